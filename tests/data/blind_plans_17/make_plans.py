#!/usr/bin/env python3
"""Blind plan set 17: writes every plan file and labels.json into this folder.

Deterministic: run with /work/main/.venv/bin/python make_plans.py. DOCX files are re-zipped with
fixed timestamps and fixed core properties, so two runs give byte-identical files.
Everything in these plans is invented (people, agencies, identifiers).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Inches

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date
FIXED_DT = dt.datetime(2026, 1, 2, 9, 0, 0)
FIXED_ZIP_TIME = (2026, 1, 2, 9, 0, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_DECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


# ----------------------------------------------------------------------------- identifiers, dates

def npi(base9: str, valid: bool = True) -> str:
    """A 10-digit NPI: 9 digits plus the Luhn check digit computed over the 80840 prefix."""
    assert len(base9) == 9 and base9.isdigit()
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:  # rightmost payload digit is doubled (check digit will be appended to its right)
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
    return total % 10 == 0


assert npi_ok("1234567893")  # the CMS worked example
assert npi("123456789") == "1234567893"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt(d, style="us"):
    if d is None:
        return ""
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "us_nz":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    raise ValueError(style)


# ----------------------------------------------------------------------------- DOCX primitives

class Doc:
    """Thin wrapper over python-docx with the raw-XML constructs converters and EHRs produce."""

    def __init__(self, font="Calibri", size=10.5, margins=0.8, landscape=False):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        rfonts.set(qn("w:eastAsia"), font)
        pf = st.paragraph_format
        pf.space_after = Pt(2)
        pf.space_before = Pt(0)
        sec = self.d.sections[0]
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Inches(margins))
        if landscape:
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        self.ids = 100
        self.ncomments = 0

    # -- body helpers
    @property
    def body(self):
        return self.d.element.body

    def append(self, el):
        sect = self.body.find(qn("w:sectPr"))
        sect.addprevious(el)
        return el

    def nid(self):
        self.ids += 1
        return self.ids

    def p(self, text="", bold=False, italic=False, size=None, align=None, style=None, font=None,
          color=None, space_after=None, keep=None):
        para = self.d.add_paragraph(style=style) if style else self.d.add_paragraph()
        if text:
            self.run(para, text, bold=bold, italic=italic, size=size, font=font, color=color)
        if align:
            para.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                              "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        if space_after is not None:
            para.paragraph_format.space_after = Pt(space_after)
        return para

    @staticmethod
    def run(para, text, bold=False, italic=False, size=None, font=None, color=None, underline=False):
        r = para.add_run(text)  # "\t" -> w:tab, "\n" -> w:br
        r.bold = bold or None
        r.italic = italic or None
        r.underline = underline or None
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
            r._element.get_or_add_rPr().find(qn("w:rFonts")).set(qn("w:eastAsia"), font)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        return r

    def lp(self, pairs, sep=": ", gap="    ", bold_labels=True):
        """One paragraph of label/value pairs."""
        para = self.d.add_paragraph()
        for i, (lab, val) in enumerate(pairs):
            if i:
                self.run(para, gap)
            self.run(para, lab + sep, bold=bold_labels)
            self.run(para, val)
        return para

    def h(self, text, level=1, styled=True, **kw):
        if styled:
            return self.d.add_heading(text, level=level)
        return self.p(text, bold=True, **kw)

    def page_break(self):
        para = self.d.add_paragraph()
        para.add_run().add_break(WD_BREAK.PAGE)
        return para

    def section_break(self, kind="new_page"):
        return self.d.add_section({"new_page": WD_SECTION.NEW_PAGE, "continuous": WD_SECTION.CONTINUOUS,
                                   "odd": WD_SECTION.ODD_PAGE}[kind])

    # -- tables
    def table(self, rows, widths=None, borders=True, header_shade=None, bold_first_col=False,
              bold_first_row=False, container=None, font_size=None, style=None):
        """rows: list of lists of cell values (str or list of str for several paragraphs, or None).
        A cell value of the form ('MERGE',) is merged into the cell on its left."""
        ncols = max(len(r) for r in rows)
        host = container if container is not None else self.d
        t = host.add_table(rows=len(rows), cols=ncols)
        if style:
            t.style = style
        elif borders:
            t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ri, row in enumerate(rows):
            for ci in range(ncols):
                val = row[ci] if ci < len(row) else ""
                cell = t.cell(ri, ci)
                if isinstance(val, tuple) and val and val[0] == "MERGE":
                    continue
                self.fill(cell, val, bold=(bold_first_col and ci == 0) or (bold_first_row and ri == 0),
                          size=font_size)
                if header_shade and ri == 0:
                    self.shade(cell, header_shade)
        # merges
        for ri, row in enumerate(rows):
            ci = 0
            while ci < len(row):
                if isinstance(row[ci], tuple) and row[ci] and row[ci][0] == "MERGE":
                    start = ci - 1
                    while start > 0 and isinstance(row[start], tuple):
                        start -= 1
                    end = ci
                    while end + 1 < len(row) and isinstance(row[end + 1], tuple) and row[end + 1][0] == "MERGE":
                        end += 1
                    a = t.cell(ri, start)
                    a.merge(t.cell(ri, end))
                    ci = end + 1
                else:
                    ci += 1
        if widths:
            for row in t.rows:
                for ci, w in enumerate(widths):
                    if ci < len(row.cells):
                        row.cells[ci].width = Inches(w)
        if not borders:
            self.no_borders(t)
        return t

    def fill(self, cell, val, bold=False, size=None):
        if val is None:
            val = ""
        lines = val if isinstance(val, list) else [val]
        first = True
        for line in lines:
            para = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            if isinstance(line, tuple) and line and line[0] == "B":
                self.run(para, line[1], bold=True, size=size)
            else:
                if line:
                    self.run(para, str(line), bold=bold, size=size)

    @staticmethod
    def shade(cell, color):
        tcpr = cell._tc.get_or_add_tcPr()
        tcpr.append(parse_xml(f'<w:shd xmlns:w="{W_NS}" w:val="clear" w:color="auto" w:fill="{color}"/>'))

    @staticmethod
    def no_borders(t):
        tblpr = t._tbl.tblPr
        for old in tblpr.findall(qn("w:tblBorders")):
            tblpr.remove(old)
        tblpr.append(parse_xml(
            f'<w:tblBorders xmlns:w="{W_NS}"><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
            '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'))

    def vmerge(self, t, col, r0, r1):
        t.cell(r0, col).merge(t.cell(r1, col))

    # -- raw XML constructs
    @staticmethod
    def _runs_xml(text, bold=False, size=None, font=None):
        rpr = ""
        if bold or size or font:
            rpr = "<w:rPr>"
            if font:
                rpr += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
            if bold:
                rpr += "<w:b/>"
            if size:
                rpr += f'<w:sz w:val="{int(size * 2)}"/>'
            rpr += "</w:rPr>"
        out = []
        parts = text.split("\n")
        for i, part in enumerate(parts):
            segs = part.split("\t")
            for j, seg in enumerate(segs):
                if seg:
                    out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(seg)}</w:t></w:r>')
                if j < len(segs) - 1:
                    out.append(f"<w:r>{rpr}<w:tab/></w:r>")
            if i < len(parts) - 1:
                out.append(f"<w:r>{rpr}<w:br/></w:r>")
        return "".join(out)

    def _paras_xml(self, lines, size=None, font=None):
        out = []
        for line in lines:
            bold = False
            if isinstance(line, tuple):
                bold, line = True, line[1]
            out.append(f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>{self._runs_xml(line, bold=bold, size=size, font=font)}</w:p>')
        return "".join(out)

    def textbox(self, lines, x_in, y_in, w_in, h_in, fallback=True, vml_only=False, size=None, border=False,
                anchor_para=None, font=None):
        """A floating text box (page-relative) holding paragraphs; modern wps with a VML fallback
        (as Word writes them) or VML only (older converters)."""
        emu = 914400
        X, Y, W, H = (int(v * emu) for v in (x_in, y_in, w_in, h_in))
        n = self.nid()
        content = f"<w:txbxContent>{self._paras_xml(lines, size=size, font=font)}</w:txbxContent>"
        ln = '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>' if border else "<a:ln><a:noFill/></a:ln>"
        vml = (f'<w:pict><v:shape id="TextBox{n}" o:spid="_x0000_s{n}" type="#_x0000_t202" '
               f'style="position:absolute;margin-left:{x_in * 72:.1f}pt;margin-top:{y_in * 72:.1f}pt;'
               f'width:{w_in * 72:.1f}pt;height:{h_in * 72:.1f}pt;z-index:{n};mso-position-horizontal-relative:page;'
               f'mso-position-vertical-relative:page" filled="f" stroked="{"t" if border else "f"}">'
               f'<v:textbox inset="0,0,0,0">{content}</v:textbox></v:shape></w:pict>')
        drawing = (
            f'<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{n}" '
            f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="page"><wp:posOffset>{X}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="page"><wp:posOffset>{Y}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{W}" cy="{H}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{W}" cy="{H}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>{ln}</wps:spPr>'
            f'<wps:txbx>{content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" '
            f'rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            f'</wp:anchor></w:drawing>')
        if vml_only:
            inner = vml
        elif fallback:
            inner = (f'<mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
                     f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>')
        else:
            inner = f'<mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice></mc:AlternateContent>'
        r = parse_xml(f"<w:r {NS_DECL}>{inner}</w:r>")
        para = anchor_para if anchor_para is not None else self.d.add_paragraph()
        para._p.append(r)
        return para

    def frame_line(self, text, x_in, y_in, w_in=7.0, h_in=0.2, bold=False, size=None, font=None):
        """A paragraph positioned absolutely on the page with w:framePr (PDF 'exact' conversion)."""
        tw = lambda v: int(v * 1440)
        xml = (f'<w:p {NS_DECL}><w:pPr><w:framePr w:w="{tw(w_in)}" w:h="{tw(h_in)}" w:hRule="exact" w:wrap="none" '
               f'w:vAnchor="page" w:hAnchor="page" w:x="{tw(x_in)}" w:y="{tw(y_in)}"/>'
               f'<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               f'{self._runs_xml(text, bold=bold, size=size, font=font)}</w:p>')
        return self.append(parse_xml(xml))

    def sdt_block(self, lines, alias, tag, size=None):
        n = self.nid()
        xml = (f'<w:sdt {NS_DECL}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(tag)}"/>'
               f'<w:id w:val="{n}"/></w:sdtPr><w:sdtContent>{self._paras_xml(lines, size=size)}</w:sdtContent></w:sdt>')
        return self.append(parse_xml(xml))

    def sdt_inline(self, para, text, alias, tag, date=None, bold=False):
        n = self.nid()
        extra = ""
        if date is not None:
            extra = (f'<w:date w:fullDate="{date.isoformat()}T00:00:00Z"><w:dateFormat w:val="M/d/yyyy"/>'
                     '<w:lid w:val="en-US"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        else:
            extra = "<w:text/>"
        xml = (f'<w:sdt {NS_DECL}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(tag)}"/>'
               f'<w:id w:val="{n}"/>{extra}</w:sdtPr><w:sdtContent>{self._runs_xml(text, bold=bold)}</w:sdtContent></w:sdt>')
        para._p.append(parse_xml(xml))
        return para

    def tracked(self, para, parts, author="Reviewer", when="2026-01-20T10:15:00Z"):
        """parts: list of (kind, text) with kind in txt/ins/del."""
        for kind, text in parts:
            n = self.nid()
            if kind == "txt":
                para._p.append(parse_xml(f"<w:r {NS_DECL}><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r>"))
            elif kind == "ins":
                para._p.append(parse_xml(
                    f'<w:ins {NS_DECL} w:id="{n}" w:author="{escape(author)}" w:date="{when}">'
                    f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))
            elif kind == "del":
                para._p.append(parse_xml(
                    f'<w:del {NS_DECL} w:id="{n}" w:author="{escape(author)}" w:date="{when}">'
                    f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))
        return para

    def comment(self, runs, text, author, initials, when):
        c = self.d.add_comment(runs, text=text, author=author, initials=initials)
        c._comment_elm.date = when
        return c

    # -- headers / footers
    def header_text(self, lines, section=None, size=8, align=None):
        sec = section or self.d.sections[0]
        hdr = sec.header
        hdr.is_linked_to_previous = False
        first = True
        for line in lines:
            para = hdr.paragraphs[0] if first else hdr.add_paragraph()
            first = False
            self.run(para, line, size=size)
            if align == "right":
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return hdr

    def footer_text(self, text, page_field=True, section=None, size=8):
        sec = section or self.d.sections[0]
        ftr = sec.footer
        ftr.is_linked_to_previous = False
        para = ftr.paragraphs[0]
        self.run(para, text, size=size)
        if page_field:
            self.run(para, "  Page ", size=size)
            para._p.append(parse_xml(f'<w:fldSimple {NS_DECL} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
            self.run(para, " of ", size=size)
            para._p.append(parse_xml(f'<w:fldSimple {NS_DECL} w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        return ftr

    # -- save
    def save(self, path, title="Treatment Plan", author="", company=""):
        cp = self.d.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.created = FIXED_DT
        cp.modified = FIXED_DT
        cp.last_printed = FIXED_DT
        cp.revision = 1
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.category = ""
        buf = io.BytesIO()
        self.d.save(buf)
        restamp(buf.getvalue(), path)


def restamp(data: bytes, path: str):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))


def wrap(text, width):
    """Greedy wrap at spaces, as a PDF line layout would."""
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines or [""]


# ----------------------------------------------------------------------------- plan content helpers

DEFAULT_LABELS = {
    "client": "Client Name", "dob": "Date of Birth", "member": "Member ID", "mrn": "MRN",
    "admission": "Admission Date", "first_tx": "Initial Evaluation / First Treatment", "plan": "Plan Date",
    "period": "Certification Period", "loc": "Level of Care", "program": "Program", "payer": "Payer",
    "dx": "Diagnoses", "problem": "Problem", "goal": "Goal", "objective": "Objective",
    "interventions": "Interventions", "target": "Target Date", "baseline": "Baseline",
    "mastery": "Mastery Criteria", "services": "Services Requested", "duration": "Expected Duration",
    "review": "Next Review", "sigs": "Signatures", "goals_head": "Goals and Objectives",
    "assess": "Assessments", "provider": "Rendering Provider",
}


def L(s, key):
    return s.get("L", {}).get(key, DEFAULT_LABELS[key])


def F(s, d):
    return fmt(d, s.get("df", "us"))


def ident_items(s):
    c = s["client"]
    items = [(L(s, "client"), c["name"])]
    if c.get("dob"):
        items.append((L(s, "dob"), F(s, c["dob"])))
    elif c.get("age"):
        items.append(("Age", c["age"]))
    if c.get("sex"):
        items.append(("Sex", c["sex"]))
    if c.get("member_id"):
        items.append((L(s, "member"), c["member_id"]))
    if c.get("mrn"):
        items.append((L(s, "mrn"), c["mrn"]))
    if s.get("payer_name"):
        items.append((L(s, "payer"), s["payer_name"]))
    if s.get("admission"):
        items.append((L(s, "admission"), F(s, s["admission"])))
    if s.get("first_tx"):
        items.append((L(s, "first_tx"), F(s, s["first_tx"])))
    if s.get("plan"):
        items.append((L(s, "plan"), F(s, s["plan"])))
    if s.get("period"):
        a, b = s["period"]
        items.append((L(s, "period"), f"{F(s, a)} {s.get('period_sep', 'through')} {F(s, b)}"))
    if s.get("loc"):
        items.append((L(s, "loc"), s["loc"]))
    if s.get("program"):
        items.append((L(s, "program"), s["program"]))
    for pr in s.get("providers", []):
        v = pr["name"] + (f", {pr['cred']}" if pr.get("cred") else "")
        if pr.get("npi"):
            v += f"  NPI {pr['npi']}"
        items.append((pr.get("label", L(s, "provider")), v))
    return items


def dx_text(s, d, style="code_first"):
    prim = " (primary)" if d.get("primary") and style == "code_first" else ""
    if d.get("code") is None:
        t = d["desc"]
    elif style == "code_first":
        t = f"{d['code']} – {d['desc']}{prim}"
    elif style == "desc_first":
        t = f"{d['desc']} ({d['code']})" + (" [Primary]" if d.get("primary") else "")
    else:
        t = f"{d['code']}  {d['desc']}"
    if d.get("by"):
        t += f"; diagnosed by {d['by']} on {F(s, d['on'])}"
    return t


def obj_text(s, o, style=None):
    style = style or s.get("obj_date", "paren")
    t = o["text"]
    if o.get("target") and style == "inline":
        t = f"{t.rstrip('.')} by {F(s, o['target'])}."
    elif o.get("target") and style == "paren":
        t = f"{t} (Target date: {F(s, o['target'])})"
    return t


def svc_text(s, v):
    parts = [v["desc"]]
    if v.get("code"):
        parts[0] += f" ({v['code']})"
    for k in ("amount", "freq", "hours", "dur"):
        if v.get(k):
            parts.append(v[k])
    return " – ".join(parts)


TIMES = ["9:12 AM", "10:47 AM", "11:05 AM", "1:36 PM", "2:58 PM", "3:41 PM", "4:20 PM", "5:03 PM"]


def sig_text(s, g, i=0, with_label=True):
    lab = (g["label"] + ": ") if with_label else ""
    name = g.get("name") or ""
    cred = f", {g['cred']}" if g.get("cred") else ""
    npi_t = f" (NPI {g['npi']})" if g.get("npi") else ""
    m = g.get("method", "typed")
    d = g.get("date")
    if g.get("blank"):
        return f"{lab}_______________________________   Date: ___________"
    if m == "esign":
        when = f" on {F(s, d)} at {TIMES[i % len(TIMES)]}" if d else ""
        return f"{lab}Electronically signed by {name}{cred}{npi_t}{when}"
    if m == "slash":
        return f"{lab}/s/ {name}{cred}{npi_t}" + (f"    Date: {F(s, d)}" if d else "    Date: ________")
    if m == "wet":
        return f"{lab}{name} (signed){cred and '   ' + cred[2:]}{npi_t}" + (f"   Date: {F(s, d)}" if d else "   Date: ________")
    return f"{lab}{name}{cred}{npi_t}" + (f"    Date signed: {F(s, d)}" if d else "    Date signed: ________")


def review_lines(s):
    out = []
    for r in s.get("reviews", []):
        if r.get("completed"):
            out.append(f"{r.get('label', 'Plan review completed')}: {F(s, r['date'])}" + (f" – {r['text']}" if r.get("text") else ""))
        else:
            out.append(f"{r.get('label', L(s, 'review'))}: {F(s, r['date'])}")
    return out


def goal_lines(s, g, gi, pi=None, numbering="1a"):
    """Plain-text lines for a goal (used by text-style renderers). Returns list of (indent, text, bold)."""
    lines = []
    glab = L(s, "goal")
    num = f"{gi + 1}" if pi is None else f"{pi + 1}.{gi + 1}"
    gt = f"{glab} {num}: {g['text']}"
    if g.get("target"):
        gt += f"  ({L(s, 'target')}: {F(s, g['target'])})"
    lines.append((0, gt, True))
    if g.get("domain"):
        lines.append((1, f"Domain: {g['domain']}", False))
    if g.get("baseline"):
        lines.append((1, f"{L(s, 'baseline')}: {g['baseline']}", False))
    if g.get("mastery"):
        lines.append((1, f"{L(s, 'mastery')}: {g['mastery']}", False))
    for oi, o in enumerate(g.get("objectives", [])):
        if numbering == "1a":
            on = f"{gi + 1}{chr(97 + oi)}"
        elif numbering == "dotted":
            on = f"{num}.{oi + 1}"
        else:
            on = f"{oi + 1}"
        lines.append((1, f"{L(s, 'objective')} {on}: {obj_text(s, o)}", False))
        if o.get("baseline"):
            lines.append((2, f"{L(s, 'baseline')}: {o['baseline']}", False))
        if o.get("mastery"):
            lines.append((2, f"{L(s, 'mastery')}: {o['mastery']}", False))
    if g.get("interventions"):
        lines.append((1, f"{L(s, 'interventions')}:", False))
        for iv in g["interventions"]:
            lines.append((2, f"- {iv}", False))
    return lines


def all_text_lines(s):
    """The whole plan as (kind, indent, text, bold) lines, in reading order, for text-like renderers."""
    out = []
    add = lambda kind, text, indent=0, bold=False: out.append((kind, indent, text, bold))
    add("title", s["title"], 0, True)
    if s.get("subtitle"):
        add("title", s["subtitle"], 0, False)
    add("ident", "")
    for b in s.get("boiler_top", []):
        add("head", b[0], 0, True)
        add("text", b[1])
    if s.get("presenting"):
        add("head", s.get("presenting_head", "Reason for Referral / Presenting Problem"), 0, True)
        add("text", s["presenting"])
    if s.get("assessments"):
        add("head", L(s, "assess"), 0, True)
        for a in s["assessments"]:
            add("text", f"{a['instrument']} administered {F(s, a['date'])}" + (f" by {a['by']}" if a.get("by") else "") + (f": {a['scores']}" if a.get("scores") else ""))
    add("head", L(s, "dx"), 0, True)
    for d in s["dx"]:
        add("text", dx_text(s, d, s.get("dx_style", "code_first")), 1)
    add("head", L(s, "goals_head"), 0, True)
    for pi, pr in enumerate(s["problems"]):
        if pr.get("title"):
            add("text", f"{L(s, 'problem')} {pi + 1}: {pr['title']}", 0, True)
        for gi, g in enumerate(pr["goals"]):
            for ind, t, b in goal_lines(s, g, gi, pi if len(s["problems"]) > 1 else None, s.get("numbering", "1a")):
                add("text", t, ind + 1, b)
    if s.get("services"):
        add("head", L(s, "services"), 0, True)
        for v in s["services"]:
            add("text", svc_text(s, v), 1)
    kv = []
    if s.get("duration"):
        kv.append(f"{L(s, 'duration')}: {s['duration']}")
    kv += review_lines(s)
    if kv:
        add("head", s.get("duration_head", "Duration and Review"), 0, True)
        for t in kv:
            add("text", t, 1)
    for b in s.get("boiler", []):
        add("head", b[0], 0, True)
        add("text", b[1])
    add("head", L(s, "sigs"), 0, True)
    if s.get("attest"):
        add("text", s["attest"])
    for i, g in enumerate(s["sigs"]):
        add("sig", sig_text(s, g, i), 1)
    return out


# ----------------------------------------------------------------------------- renderers: converted / exported

def R_frames(s):
    """PDF converted in 'exact' mode: every visual line is its own absolutely positioned paragraph, the
    running header is body text repeated on every page, page numbers are stray text, pages are sections."""
    doc = Doc(font=s.get("font", "Arial"), size=9, margins=0.5)
    width = s.get("wrap", 98)
    vis = []  # (x, text, bold)
    for kind, ind, text, bold in all_text_lines(s):
        if kind == "ident":
            items = ident_items(s)
            for k in range(0, len(items), 2):
                row = items[k:k + 2]
                vis.append(("pair", row))
            continue
        if kind == "head":
            vis.append(("gap", None))
        x = 0.6 + 0.25 * ind
        for j, chunk in enumerate(wrap(text, width - 3 * ind)):
            vis.append(("line", (x + (0.15 if j else 0), chunk, bold or kind in ("title", "head"))))
    per_page = s.get("lines_per_page", 36)
    pages = [vis[i:i + per_page] for i in range(0, len(vis), per_page)]
    hdr = s.get("running_header") or [s["org"], f"{s['title']} – {s['client']['name']}"]
    for pn, page in enumerate(pages):
        if pn:
            doc.section_break("new_page")
        y = 0.35
        for hl in hdr:
            doc.frame_line(hl, 0.6, y, size=8)
            y += 0.18
        y += 0.2
        for kind, val in page:
            if kind == "gap":
                y += 0.1
                continue
            if kind == "pair":
                xs = [0.6, 4.3]
                for (lab, v), x in zip(val, xs):
                    doc.frame_line(f"{lab}: {v}", x, y, w_in=3.6)
                y += 0.2
                continue
            x, chunk, bold = val
            doc.frame_line(chunk, x, y, w_in=7.4 - (x - 0.6), bold=bold)
            y += 0.2
        doc.frame_line(s.get("page_fmt", "Page {n} of {m}").format(n=pn + 1, m=len(pages)), 3.6, 10.4, w_in=1.5, size=8)
    return doc


def R_ocr(s):
    """Scanned and OCR'd into Word: text blocks with hard line breaks inside sentences, stray page
    numbers, the page header repeated as body text, section breaks between pages."""
    doc = Doc(font=s.get("font", "Times New Roman"), size=11, margins=1.0)
    width = s.get("wrap", 72)
    hdr = s.get("running_header") or [f"{s['org']}", f"Name: {s['client']['name']}    {L(s, 'dob')}: {F(s, s['client'].get('dob'))}"]
    per_page = s.get("blocks_per_page", 22)
    count = 0
    page = 1
    for h in hdr:
        doc.p(h, size=9)
    for kind, ind, text, bold in all_text_lines(s):
        if kind == "ident":
            items = ident_items(s)
            chunk = []
            for k in range(0, len(items), 2):
                chunk.append("   ".join(f"{a}: {b}" for a, b in items[k:k + 2]))
            doc.p("\n".join(chunk))
            count += 2
            continue
        lines = wrap(("    " * ind if False else "") + text, width)
        para = doc.p("\n".join(lines), bold=bold and kind in ("title", "head"))
        if ind:
            para.paragraph_format.left_indent = Inches(0.25 * ind)
        count += 1
        if count >= per_page:
            count = 0
            doc.p(s.get("stray_page", "- {n} -").format(n=page), align="center", size=9)
            page += 1
            doc.section_break(s.get("break_kind", "new_page"))
            for h in hdr:
                doc.p(h, size=9)
    doc.p(s.get("stray_page", "- {n} -").format(n=page), align="center", size=9)
    return doc


def _cols(cells, widths):
    """Lay out cells of text in fixed-width columns, wrapping inside each column (text reports)."""
    wrapped = [wrap(c, w - 1) if c else [""] for c, w in zip(cells, widths)]
    n = max(len(w) for w in wrapped)
    out = []
    for i in range(n):
        out.append("".join((w[i] if i < len(w) else "").ljust(wd) for w, wd in zip(wrapped, widths)).rstrip())
    return out


def R_spacecols(s):
    """A fixed-width text report from a practice-management system, pasted/opened in Word: columns
    made with spaces (or tabs), dashed rules, a report header repeated at every page break."""
    tabs = s.get("tabs", False)
    doc = Doc(font="Courier New", size=8.5 if not tabs else 10, margins=0.6)
    lines = []
    rule = "-" * (78 if tabs else 92)
    items = ident_items(s)
    if tabs:
        for k in range(0, len(items), 2):
            lines.append("\t".join(f"{a}:\t{b}" for a, b in items[k:k + 2]))
    else:
        for k in range(0, len(items), 2):
            row = items[k:k + 2]
            lines.append("".join(f"{(a + ':').ljust(22)}{b}".ljust(48) for a, b in row).rstrip())
    lines.append(rule)
    for b in s.get("boiler_top", []):
        lines += [b[0].upper()] + wrap(b[1], 90) + [""]
    if s.get("presenting"):
        lines += [s.get("presenting_head", "PRESENTING PROBLEM").upper()] + wrap(s["presenting"], 90) + [""]
    if s.get("assessments"):
        lines.append(L(s, "assess").upper())
        for a in s["assessments"]:
            lines += wrap(f"  {a['instrument']}  {F(s, a['date'])}  {a.get('by', '')}  {a.get('scores', '')}", 90)
        lines.append("")
    lines.append(L(s, "dx").upper())
    for d in s["dx"]:
        if tabs:
            lines.append(f"\t{d['code'] or ''}\t{d['desc']}" + ("\t(primary)" if d.get("primary") else "") +
                         (f"\tDx by {d['by']} {F(s, d['on'])}" if d.get("by") else ""))
        else:
            lines += _cols([d["code"] or "", d["desc"] + (" *PRIMARY*" if d.get("primary") else "") +
                            (f"; diagnosed by {d['by']} on {F(s, d['on'])}" if d.get("by") else "")], [12, 80])
    lines.append("")
    lines.append(L(s, "goals_head").upper())
    lines.append(rule)
    grid = s.get("grid", not tabs)
    for pi, pr in enumerate(s["problems"]):
        if pr.get("title"):
            lines.append(f"{L(s, 'problem').upper()} #{pi + 1}: {pr['title']}")
        for gi, g in enumerate(pr["goals"]):
            if grid:
                lines += _cols([f"{L(s, 'goal')} {gi + 1}", g["text"], F(s, g.get("target"))], [10, 66, 14])
                for key in ("baseline", "mastery", "domain"):
                    if g.get(key):
                        lines += _cols(["", f"{L(s, key) if key != 'domain' else 'Domain'}: {g[key]}", ""], [10, 66, 14])
                for oi, o in enumerate(g.get("objectives", [])):
                    lines += _cols([f"  {gi + 1}.{oi + 1}", o["text"] + (f" [{L(s, 'baseline')}: {o['baseline']}]" if o.get("baseline") else "") + (f" [{L(s, 'mastery')}: {o['mastery']}]" if o.get("mastery") else ""), F(s, o.get("target"))], [10, 66, 14])
                for iv in g.get("interventions", []):
                    lines += _cols(["", f"> {iv}", ""], [10, 66, 14])
            else:
                lines.append(f"{L(s, 'goal')} {gi + 1}:\t{g['text']}" + (f"\t{L(s, 'target')}: {F(s, g['target'])}" if g.get("target") else ""))
                for key in ("baseline", "mastery", "domain"):
                    if g.get(key):
                        lines.append(f"\t{L(s, key) if key != 'domain' else 'Domain'}:\t{g[key]}")
                for oi, o in enumerate(g.get("objectives", [])):
                    lines.append(f"\t{L(s, 'objective')} {gi + 1}{chr(97 + oi)}:\t{obj_text(s, o)}")
                    if o.get("baseline"):
                        lines.append(f"\t\t{L(s, 'baseline')}: {o['baseline']}")
                for iv in g.get("interventions", []):
                    lines.append(f"\t{L(s, 'interventions')}:\t{iv}")
            lines.append("")
    if s.get("services"):
        lines.append(L(s, "services").upper())
        if tabs:
            lines.append("\tCode\tService\tAmount\tFrequency\tDuration")
            for v in s["services"]:
                lines.append("\t" + "\t".join([v.get("code") or "", v["desc"], v.get("amount") or v.get("hours") or "", v.get("freq") or "", v.get("dur") or ""]))
        else:
            lines += _cols(["CODE", "SERVICE", "AMOUNT", "FREQUENCY", "DURATION"], [8, 30, 16, 22, 16])
            for v in s["services"]:
                lines += _cols([v.get("code") or "", v["desc"], v.get("amount") or v.get("hours") or "", v.get("freq") or "", v.get("dur") or ""], [8, 30, 16, 22, 16])
        lines.append("")
    if s.get("duration"):
        lines.append(f"{L(s, 'duration').upper()}: {s['duration']}")
    for t in review_lines(s):
        lines.append(t)
    lines.append("")
    for b in s.get("boiler", []):
        lines += [b[0].upper()] + wrap(b[1], 90) + [""]
    lines.append(L(s, "sigs").upper())
    lines.append(rule)
    if s.get("attest"):
        lines += wrap(s["attest"], 90)
    for i, g in enumerate(s["sigs"]):
        lines += wrap(sig_text(s, g, i), 90)
    lines.append(rule)
    lines.append(s.get("report_end", "*** END OF REPORT ***"))
    per = s.get("lines_per_page", 58)
    hdr = s.get("report_header") or [f"{s['org'].upper()}", f"{s['title'].upper()}"]
    page = 0
    for k in range(0, len(lines), per):
        page += 1
        if page > 1:
            doc.page_break()
        for h in hdr:
            doc.p(h.replace("{n}", str(page)), space_after=0)
        doc.p(rule, space_after=0)
        for ln in lines[k:k + per]:
            doc.p(ln, space_after=0)
    return doc


def R_textbox(s):
    """PDF converted with every text block in a floating text box (or, mode 'mixed', the demographics
    and signatures in boxes and the rest flowing)."""
    mode = s.get("tb_mode", "all")
    vml_only = s.get("vml_only", False)
    doc = Doc(font=s.get("font", "Arial"), size=9, margins=0.5)
    LH = 0.19

    class Pager:
        def __init__(self, y0=0.5):
            self.pages, self.y = [[]], y0

        def box(self, lines, x, w, bold=False, h=None, newline=True):
            hh = h or (LH * len(lines) + 0.05)
            if self.y + hh > 10.2:
                self.pages.append([])
                self.y = 0.5
            ls = [("B", lines[0])] + lines[1:] if bold else lines
            self.pages[-1].append((ls, x, self.y, w, hh))
            if newline:
                self.y += hh + 0.04

    def emit(pager, first_anchor=None):
        for pn, page in enumerate(pager.pages):
            anchor = first_anchor if (pn == 0 and first_anchor is not None) else doc.p("")
            for ls, x, yy, w, hh in page:
                doc.textbox(ls, x, yy, w, hh, anchor_para=anchor, vml_only=vml_only)
            if s.get("tb_page_numbers", True) and mode == "all":
                doc.textbox([f"{pn + 1}"], 4.1, 10.5, 0.4, 0.2, anchor_para=anchor, vml_only=vml_only)
            if pn < len(pager.pages) - 1:
                doc.section_break("new_page")

    head = Pager()
    head.box([s["org"]], 0.5, 7.5, bold=True)
    head.box([s["title"]], 0.5, 7.5, bold=True)
    items = ident_items(s)
    for k in range(0, len(items), 2):
        for j, (lab, v) in enumerate(items[k:k + 2]):
            x0 = 0.5 + j * 3.8
            head.box([lab], x0, 1.5, bold=True, h=LH, newline=False)
            head.box([v], x0 + 1.55, 2.2, h=LH, newline=False)
        head.y += LH + 0.04
    body = [t for t in all_text_lines(s) if t[0] not in ("title", "ident")]
    sig_start = max(i for i, t in enumerate(body) if t[0] == "head")
    if mode == "all":
        for kind, ind, text, bold in body:
            lines = wrap(text, 100 - 4 * ind)
            head.box(lines, 0.5 + 0.25 * ind, 7.4 - 0.25 * ind, bold=bold or kind == "head")
        emit(head)
        return doc
    emit(head)
    for _ in range(int((head.y + 0.2) / 0.16)):
        doc.p("")
    for kind, ind, text, bold in body[:sig_start]:
        para = doc.p(text, bold=bold or kind == "head")
        if ind:
            para.paragraph_format.left_indent = Inches(0.25 * ind)
    doc.page_break()
    tail = Pager(0.8)
    for kind, ind, text, bold in body[sig_start:]:
        tail.box(wrap(text, 100), 0.5 + 0.25 * ind, 7.2, bold=kind == "head", h=None)
    emit(tail)
    return doc


def R_layout(s):
    """Converted with tables used for page layout: a borderless two-column grid, section names in the
    left column, content (with nested tables) in the right, merged cells for banners."""
    doc = Doc(font=s.get("font", "Verdana"), size=9, margins=0.6)
    items = ident_items(s)
    outer = doc.d.add_table(rows=0, cols=2)
    Doc.no_borders(outer)

    def row(label, fill_fn, merge=False):
        r = outer.add_row()
        if merge:
            c = r.cells[0].merge(r.cells[1])
            fill_fn(c)
        else:
            doc.fill(r.cells[0], [("B", label)] if label else "")
            fill_fn(r.cells[1])
        r.cells[0].width = Inches(1.6)
        if not merge:
            r.cells[1].width = Inches(5.6)
        return r

    row("", lambda c: doc.fill(c, [("B", s["org"]), s.get("org_addr", ""), ("B", s["title"])]), merge=True)

    def ident(c):
        grid = [[f"{a}:", b, f"{a2}:", b2] for (a, b), (a2, b2) in zip(items[0::2], items[1::2] + [("", "")] * (len(items) % 2))]
        t = doc.table([[x.replace("::", "") if x == ":" else x for x in r] for r in grid], borders=False, container=c, font_size=8.5)
        c.paragraphs[0].text = ""
    row("Identification", ident)
    for b in s.get("boiler_top", []):
        row(b[0], lambda c, b=b: doc.fill(c, wrap(b[1], 10 ** 6)))
    if s.get("presenting"):
        row(s.get("presenting_head", "Presenting Problem"), lambda c: doc.fill(c, s["presenting"]))
    if s.get("assessments"):
        row(L(s, "assess"), lambda c: doc.fill(c, [f"{a['instrument']} – {F(s, a['date'])}" + (f" – {a['by']}" if a.get('by') else "") + (f" – {a['scores']}" if a.get('scores') else "") for a in s["assessments"]]))
    row(L(s, "dx"), lambda c: doc.fill(c, [dx_text(s, d, s.get("dx_style", "code_first")) for d in s["dx"]]))
    for pi, pr in enumerate(s["problems"]):
        def fill_problem(c, pr=pr, pi=pi):
            doc.fill(c, [("B", pr.get("title") or "")])
            for gi, g in enumerate(pr["goals"]):
                rows = [[f"{L(s, 'goal')} {gi + 1}", g["text"], F(s, g.get("target"))]]
                for key in ("baseline", "mastery"):
                    if g.get(key):
                        rows.append([L(s, key), g[key], ("MERGE",)])
                for oi, o in enumerate(g.get("objectives", [])):
                    rows.append([f"{gi + 1}.{oi + 1}", o["text"] + (f" (Baseline: {o['baseline']})" if o.get("baseline") else ""), F(s, o.get("target"))])
                if g.get("interventions"):
                    rows.append([L(s, "interventions"), "; ".join(g["interventions"]), ("MERGE",)])
                doc.table([["", "", L(s, "target")]] + rows, borders=True, container=c, font_size=8.5, bold_first_row=True)
                c.add_paragraph("")
        row(f"{L(s, 'problem')} {pi + 1}" if len(s["problems"]) > 1 else L(s, "goals_head"), fill_problem)
    if s.get("services"):
        def svc(c):
            rows = [["Code", "Service", "Amount", "Frequency", "Duration"]]
            for v in s["services"]:
                rows.append([v.get("code") or "", v["desc"], v.get("amount") or v.get("hours") or "", v.get("freq") or "", v.get("dur") or ""])
            doc.table(rows, container=c, font_size=8.5, bold_first_row=True)
        row(L(s, "services"), svc)
    kv = ([f"{L(s, 'duration')}: {s['duration']}"] if s.get("duration") else []) + review_lines(s)
    if kv:
        row(s.get("duration_head", "Duration / Review"), lambda c: doc.fill(c, kv))
    for b in s.get("boiler", []):
        row(b[0], lambda c, b=b: doc.fill(c, b[1]))

    def sigs(c):
        if s.get("attest"):
            doc.fill(c, s["attest"])
        for i, g in enumerate(s["sigs"]):
            c.add_paragraph(sig_text(s, g, i))
    row(L(s, "sigs"), sigs)
    doc.p("")
    return doc


# ----------------------------------------------------------------------------- renderers: ordinary plans

def R_epic(s):
    """Health-system EHR print: patient banner in the page header only, note sections as bold
    headings, diagnoses as 'description (code)', electronic signature stamps, printed-by footer."""
    doc = Doc(font=s.get("font", "Arial"), size=10, margins=0.7)
    c = s["client"]
    banner = [s["org"] + (" – " + s["dept"] if s.get("dept") else ""),
              f"{c['name_lf']}    {L(s, 'mrn')}: {c['mrn']}    {L(s, 'dob')}: {F(s, c['dob'])}" + (f"    Sex: {c['sex']}" if c.get("sex") else "")]
    doc.header_text(banner, size=8)
    doc.footer_text(s.get("footer", f"Printed by: {s.get('printed_by', 'HIM Release of Information')} – CONFIDENTIAL"), size=7)
    doc.p(s["title"].upper(), bold=True, size=12)
    skip = {L(s, "client"), L(s, "dob"), L(s, "mrn"), "Sex"}
    for lab, v in ident_items(s):
        if lab in skip:
            continue
        doc.lp([(lab, v)])
    styled = s.get("styled_headings", True)

    def H(t):
        if styled:
            doc.h(t, level=2)
        else:
            doc.p(t, bold=True, size=11).runs[0].underline = True

    for b in s.get("boiler_top", []):
        H(b[0])
        doc.p(b[1])
    if s.get("presenting"):
        H(s.get("presenting_head", "Presenting Problem"))
        doc.p(s["presenting"])
    if s.get("assessments"):
        H(L(s, "assess"))
        for a in s["assessments"]:
            doc.p(f"{a['instrument']} ({F(s, a['date'])})" + (f": {a['scores']}" if a.get("scores") else "") + (f" – {a['by']}" if a.get("by") else ""), style="List Bullet")
    H(L(s, "dx"))
    for d in s["dx"]:
        doc.p(dx_text(s, d, s.get("dx_style", "desc_first")), style="List Bullet")
    H(L(s, "goals_head"))
    for pi, pr in enumerate(s["problems"]):
        if pr.get("title"):
            doc.lp([(f"{L(s, 'problem')} #{pi + 1}", pr["title"])])
        for gi, g in enumerate(pr["goals"]):
            gp = doc.lp([(f"{s.get('goal_word', L(s, 'goal'))}", g["text"])])
            gp.paragraph_format.left_indent = Inches(0.2)
            for key in ("domain", "baseline", "mastery"):
                if g.get(key):
                    doc.lp([(L(s, key) if key != "domain" else "Domain", g[key])]).paragraph_format.left_indent = Inches(0.2)
            if g.get("target"):
                doc.lp([(L(s, "target"), F(s, g["target"]))]).paragraph_format.left_indent = Inches(0.2)
            for oi, o in enumerate(g.get("objectives", [])):
                para = doc.p("", style="List Number" if s.get("list_numbering") else None)
                lab = f"{L(s, 'objective')}:" if s.get("list_numbering") else f"{L(s, 'objective')} {oi + 1}:"
                doc.run(para, lab + " ", bold=True)
                doc.run(para, o["text"])
                para.paragraph_format.left_indent = Inches(0.45)
                extra = []
                if o.get("baseline"):
                    extra.append((L(s, "baseline"), o["baseline"]))
                if o.get("target"):
                    extra.append((L(s, "target"), F(s, o["target"])))
                extra.append(("Status", o.get("status", "New")))
                doc.lp(extra, gap="   ").paragraph_format.left_indent = Inches(0.65)
            if g.get("interventions"):
                doc.p(f"{L(s, 'interventions')}:", bold=True).paragraph_format.left_indent = Inches(0.2)
                for iv in g["interventions"]:
                    doc.p(iv, style="List Bullet 2")
    if s.get("services"):
        H(L(s, "services"))
        rows = [["Service", "Code", "Amount", "Frequency", "Duration"]]
        for v in s["services"]:
            rows.append([v["desc"], v.get("code") or "", v.get("amount") or v.get("hours") or "", v.get("freq") or "", v.get("dur") or ""])
        doc.table(rows, borders=s.get("svc_borders", False), bold_first_row=True, font_size=9)
    kv = ([(L(s, "duration"), s["duration"])] if s.get("duration") else [])
    if kv or s.get("reviews"):
        H(s.get("duration_head", "Duration of Treatment / Plan Review"))
        for lab, v in kv:
            doc.lp([(lab, v)])
        for t in review_lines(s):
            doc.p(t)
    for b in s.get("boiler", []):
        H(b[0])
        doc.p(b[1])
    H(L(s, "sigs"))
    if s.get("attest"):
        doc.p(s["attest"], italic=True)
    for i, g in enumerate(s["sigs"]):
        doc.p(sig_text(s, g, i))
    return doc


def R_hosp(s):
    """Hospital outpatient form typed in Word: bordered tables with shaded header rows, merged banner
    cells, a goals grid per problem, checkbox glyphs, a signature table."""
    doc = Doc(font=s.get("font", "Calibri"), size=10, margins=0.6)
    shade = s.get("shade", "D9E2F3")
    doc.header_text([s["org"] + (" | " + s["dept"] if s.get("dept") else "")], size=8)
    if s.get("footer"):
        doc.footer_text(s["footer"], size=7)
    doc.table([[[("B", s["title"].upper()), s.get("subtitle", "")], ("MERGE",)]], header_shade=shade)
    doc.p("")
    items = ident_items(s)
    grid = []
    for k in range(0, len(items), 2):
        row = items[k:k + 2] + [("", "")] * (2 - len(items[k:k + 2]))
        grid.append([row[0][0], row[0][1], row[1][0], row[1][1]])
    doc.table(grid, bold_first_col=False, widths=[1.5, 2.1, 1.5, 2.1], font_size=9)
    for b in s.get("boiler_top", []):
        doc.p(b[0], bold=True)
        doc.p(b[1])
    if s.get("presenting"):
        doc.table([[s.get("presenting_head", "Clinical Summary")], [s["presenting"]]], header_shade=shade, bold_first_row=True)
        doc.p("")
    if s.get("assessments"):
        rows = [["Instrument", "Date", "Results", "Administered by"]]
        for a in s["assessments"]:
            rows.append([a["instrument"], F(s, a["date"]), a.get("scores", ""), a.get("by", "")])
        doc.p(L(s, "assess"), bold=True)
        doc.table(rows, header_shade=shade, bold_first_row=True, font_size=9)
        doc.p("")
    rows = [["ICD-10-CM", "Description", "Primary"]]
    for d in s["dx"]:
        desc = d["desc"] + (f" (dx by {d['by']}, {F(s, d['on'])})" if d.get("by") else "")
        rows.append([d.get("code") or "", desc, "☒" if d.get("primary") else "☐"])
    doc.p(L(s, "dx"), bold=True)
    doc.table(rows, header_shade=shade, bold_first_row=True, widths=[1.1, 5.2, 0.9], font_size=9)
    doc.p("")
    doc.p(L(s, "goals_head"), bold=True, size=11)
    for pi, pr in enumerate(s["problems"]):
        rows = []
        if pr.get("title"):
            rows.append([f"{L(s, 'problem')} {pi + 1}: {pr['title']}", ("MERGE",), ("MERGE",), ("MERGE",)])
        for gi, g in enumerate(pr["goals"]):
            gt = f"{L(s, 'goal')} {pi + 1}.{gi + 1}: {g['text']}" if len(s["problems"]) > 1 else f"{L(s, 'goal')} {gi + 1}: {g['text']}"
            rows.append([gt, ("MERGE",), ("MERGE",), F(s, g.get("target")) and f"{L(s, 'target')}: {F(s, g.get('target'))}"])
            for key in ("domain", "baseline", "mastery"):
                if g.get(key):
                    rows.append([(L(s, key) if key != "domain" else "Domain") + ": " + g[key], ("MERGE",), ("MERGE",), ("MERGE",)])
            if g.get("objectives"):
                rows.append(["#", L(s, "objective"), L(s, "baseline"), L(s, "target")])
                for oi, o in enumerate(g["objectives"]):
                    rows.append([f"{chr(65 + oi)}", o["text"] + (f" Mastery: {o['mastery']}" if o.get("mastery") else ""), o.get("baseline", ""), F(s, o.get("target"))])
            if g.get("interventions"):
                rows.append([[("B", L(s, "interventions"))] + [f"• {iv}" for iv in g["interventions"]], ("MERGE",), ("MERGE",), ("MERGE",)])
        t = doc.table(rows, widths=[0.4, 4.2, 1.4, 1.2], font_size=9)
        if pr.get("title"):
            Doc.shade(t.cell(0, 0), shade)
        doc.p("")
    if s.get("services"):
        doc.p(L(s, "services"), bold=True)
        rows = [["Service", "CPT/HCPCS", "Amount", "Frequency", "Duration"]]
        for v in s["services"]:
            rows.append([v["desc"], v.get("code") or "", v.get("amount") or v.get("hours") or "", v.get("freq") or "", v.get("dur") or ""])
        doc.table(rows, header_shade=shade, bold_first_row=True, font_size=9)
        doc.p("")
    kv = ([f"{L(s, 'duration')}: {s['duration']}"] if s.get("duration") else []) + review_lines(s)
    if kv:
        doc.table([[s.get("duration_head", "Duration / Review")]] + [[k] for k in kv], header_shade=shade, bold_first_row=True)
        doc.p("")
    for b in s.get("boiler", []):
        doc.p(b[0], bold=True)
        doc.p(b[1], size=9)
    doc.p(L(s, "sigs"), bold=True)
    if s.get("attest"):
        doc.table([[s["attest"]]], font_size=9)
    rows = [["Role", "Name / Credentials", "Signature", "Date"]]
    for i, g in enumerate(s["sigs"]):
        if g.get("blank"):
            sig = ""
        elif g.get("method") == "esign":
            sig = f"e-signed {TIMES[i % len(TIMES)]}"
        elif g.get("method") == "slash":
            sig = f"/s/ {g['name']}"
        else:
            sig = s.get("wet_mark", "(signed)")
        rows.append([g["label"], ("" if g.get("blank") and not s.get("print_blank_names") else g["name"]) + (f", {g['cred']}" if g.get("cred") else "") + (f" NPI {g['npi']}" if g.get("npi") else ""),
                     sig, F(s, g.get("date")) if g.get("date") else ""])
    doc.table(rows, header_shade=shade, bold_first_row=True, widths=[1.6, 2.6, 1.6, 1.2], font_size=9)
    return doc


def R_forms(s):
    """A Word template filled in by staff: values in content controls, tracked changes left in the
    file, reviewer comments."""
    doc = Doc(font=s.get("font", "Cambria"), size=10.5, margins=0.9)
    doc.p(s["org"], bold=True, align="center", size=12)
    doc.p(s["title"], bold=True, align="center", size=14)
    doc.footer_text(s.get("footer", "Form BH-TP-02 rev. 08/2025"), size=7)
    use_sdt = s.get("sdt", True)
    for lab, v in ident_items(s):
        para = doc.p("")
        doc.run(para, lab + ": ", bold=True)
        if use_sdt:
            doc.sdt_inline(para, v, alias=lab, tag=lab.replace(" ", "")[:20])
        else:
            doc.run(para, v)
    for b in s.get("boiler_top", []):
        doc.h(b[0], 2)
        doc.p(b[1])
    if s.get("presenting"):
        doc.h(s.get("presenting_head", "Presenting Problem"), 2)
        if use_sdt:
            doc.sdt_block([s["presenting"]], "Presenting problem", "Presenting")
        else:
            doc.p(s["presenting"])
    doc.h(L(s, "dx"), 2)
    for d in s["dx"]:
        if use_sdt:
            doc.sdt_block([dx_text(s, d)], "Diagnosis", "Dx")
        else:
            doc.p(dx_text(s, d))
    doc.h(L(s, "goals_head"), 2)
    comment_on = s.get("comment_goal")
    for pi, pr in enumerate(s["problems"]):
        if pr.get("title"):
            doc.p(f"{L(s, 'problem')} {pi + 1}: {pr['title']}", bold=True)
        for gi, g in enumerate(pr["goals"]):
            para = doc.p("")
            doc.run(para, f"{L(s, 'goal')} {gi + 1}: ", bold=True)
            r = doc.run(para, g["text"])
            if g.get("target"):
                doc.run(para, f"  Target date: {F(s, g['target'])}", italic=True)
            if comment_on and comment_on[0] == (pi, gi):
                doc.comment([r], comment_on[1], comment_on[2], comment_on[3], dt.datetime(2026, 1, 21, 14, 5, tzinfo=dt.timezone.utc))
            rows = [[L(s, "objective"), L(s, "target"), "Responsible"]]
            for oi, o in enumerate(g.get("objectives", [])):
                rows.append([f"{gi + 1}.{oi + 1} {o['text']}", F(s, o.get("target")), o.get("resp", "Client / therapist")])
            if len(rows) > 1:
                doc.table(rows, header_shade="EDEDED", bold_first_row=True, widths=[4.6, 1.2, 1.4], font_size=9.5)
            if g.get("interventions"):
                doc.p(f"{L(s, 'interventions')}: " + "; ".join(g["interventions"]))
    if s.get("services"):
        doc.h(L(s, "services"), 2)
        for vi, v in enumerate(s["services"]):
            para = doc.p("", style="List Bullet")
            tr = s.get("tracked_service")
            if tr and tr[0] == vi:
                doc.tracked(para, tr[1], author=tr[2], when=tr[3])
            else:
                doc.run(para, svc_text(s, v))
    if s.get("duration") or s.get("reviews"):
        doc.h(s.get("duration_head", "Duration and Review"), 2)
        if s.get("duration"):
            para = doc.p("")
            doc.run(para, L(s, "duration") + ": ", bold=True)
            if use_sdt:
                doc.sdt_inline(para, s["duration"], "Duration", "Duration")
            else:
                doc.run(para, s["duration"])
        for t in review_lines(s):
            doc.p(t)
    for b in s.get("boiler", []):
        doc.h(b[0], 2)
        doc.p(b[1])
    doc.h(L(s, "sigs"), 2)
    if s.get("attest"):
        doc.p(s["attest"], italic=True)
    for i, g in enumerate(s["sigs"]):
        para = doc.p("")
        doc.run(para, g["label"] + ": ", bold=True)
        if g.get("blank"):
            doc.run(para, "______________________________  Date: __________")
            continue
        txt = sig_text(s, g, i, with_label=False)
        if use_sdt and g.get("date"):
            head, _, tail = txt.rpartition(F(s, g["date"]))
            doc.run(para, head)
            doc.sdt_inline(para, F(s, g["date"]), "Signature date", "SigDate", date=g["date"])
            if tail:
                doc.run(para, tail)
        else:
            doc.run(para, txt)
    return doc


def hh485_boxes(s):
    c, hh = s["client"], s["hh"]
    a, b = s["period"]
    phys = [g for g in s["sigs"] if g["role"] == "physician"][0]
    others = [g for g in s["sigs"] if g["role"] != "physician"]
    prim = [d for d in s["dx"] if d.get("primary")][0]
    oth = [d for d in s["dx"] if not d.get("primary")]
    orders = []
    for v in s["services"]:
        orders.append(f"{v['desc']}: {v.get('freq') or ''}" + (f" {v['dur']}" if v.get("dur") else "") + (f" – {v['amount']}" if v.get("amount") else ""))
    for pr in s["problems"]:
        for g in pr["goals"]:
            for iv in g.get("interventions", []):
                orders.append(iv)
    goals = []
    for pr in s["problems"]:
        for g in pr["goals"]:
            goals.append(f"{pr['title']}: {g['text']}" + (f" by {F(s, g['target'])}" if g.get("target") else ""))
            for o in g.get("objectives", []):
                goals.append(f"   - {obj_text(s, o, 'inline')}")
    goals.append(hh.get("rehab", "Rehab potential: good for stated goals."))
    goals.append(hh.get("discharge", "Discharge plan: discharge to self-care with caregiver support when goals are met."))
    phys_txt = (f"{phys['name']}, {phys.get('cred', '')}".rstrip(", ") + (f"  NPI {phys['npi']}" if phys.get("npi") else "")
                + "\n" + hh.get("phys_addr", ""))
    if phys.get("blank"):
        sig27 = "______________________________"
        date27 = ""
    else:
        sig27 = {"esign": f"Electronically signed by {phys['name']}, {phys.get('cred', '')}",
                 "slash": f"/s/ {phys['name']}, {phys.get('cred', '')}"}.get(phys.get("method"), f"{phys['name']}, {phys.get('cred', '')} (signed)")
        date27 = F(s, phys["date"]) if phys.get("date") else ""
    nurse = others[0] if others else None
    return [
        ("1", L(s, "member"), c["member_id"] or ""),
        ("2", "Start of Care Date", F(s, hh["soc"])),
        ("3", "Certification Period", f"From: {F(s, a)}   To: {F(s, b)}"),
        ("4", "Medical Record No.", c.get("mrn", "")),
        ("5", "Provider No.", hh.get("provider_no", "")),
        ("6", "Patient's Name and Address", c["name"] + "\n" + c.get("address", "")),
        ("7", "Provider's Name, Address and Telephone Number", s["org"] + "\n" + s.get("org_addr", "")),
        ("8", "Date of Birth", F(s, c["dob"]) if c.get("dob") else ""),
        ("9", "Sex", c.get("sex", "")),
        ("10", "Medications: Dose/Frequency/Route (N)ew (C)hanged", hh.get("meds", "")),
        ("11", "ICD-10-CM / Principal Diagnosis / Date", f"{prim['code'] or ''}  {prim['desc']}  {hh.get('dx_date', '')}"),
        ("12", "ICD-10-CM / Surgical Procedure / Date", hh.get("surgery", "N/A")),
        ("13", "ICD-10-CM / Other Pertinent Diagnoses / Date", "\n".join(f"{d['code'] or ''}  {d['desc']}".strip() for d in oth) or "None"),
        ("14", "DME and Supplies", hh.get("dme", "")),
        ("15", "Safety Measures", hh.get("safety", "")),
        ("16", "Nutritional Req.", hh.get("nutrition", "")),
        ("17", "Allergies", hh.get("allergies", "NKDA")),
        ("18.A", "Functional Limitations", hh.get("functional", "")),
        ("18.B", "Activities Permitted", hh.get("activities", "")),
        ("19", "Mental Status", hh.get("mental", "Oriented")),
        ("20", "Prognosis", hh.get("prognosis", "Good")),
        ("21", "Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)", "\n".join(orders)),
        ("22", "Goals/Rehabilitation Potential/Discharge Plans", "\n".join(goals)),
        ("23", "Nurse's Signature and Date of Verbal SOC Where Applicable", (sig_text(s, nurse, 1, with_label=False) if nurse else "") + (f"\nVerbal SOC {F(s, hh['verbal'])}" if hh.get("verbal") else "")),
        ("25", "Date HHA Received Signed POT", F(s, hh.get("received")) if hh.get("received") else ""),
        ("24", "Physician's Name and Address", phys_txt),
        ("26", "Certification", "I certify that this patient is confined to his/her home and needs intermittent skilled nursing care, physical therapy and/or speech therapy or continues to need occupational therapy. The patient is under my care, and I have authorized the services on this plan of care and will periodically review the plan."),
        ("27", "Attending Physician's Signature and Date Signed", sig27 + (f"\nDate signed: {date27}" if date27 else "\nDate signed: ____________")),
        ("28", "", "Anyone who misrepresents, falsifies, or conceals essential information required for payment of Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal statutes."),
    ]


def R_hh485(s):
    mode = s.get("hh_mode", "table")
    boxes = hh485_boxes(s)
    if mode == "table":
        doc = Doc(font=s.get("font", "Arial"), size=8.5, margins=0.4)
        doc.p("Department of Health and Human Services – Centers for Medicare & Medicaid Services", size=7)
        doc.p(s["title"].upper(), bold=True, align="center", size=11)
        doc.header_text([f"{s['org']} – {s['client']['name']} – {L(s, 'mrn')} {s['client'].get('mrn', '')}"], size=7)
        rows = []
        pair = []
        for num, lab, val in boxes:
            cell = [("B", f"{num}. {lab}" if lab else f"{num}.")] + val.split("\n")
            if num in ("10", "21", "22", "26", "28", "6", "7", "13"):
                if pair:
                    rows.append(pair + [("MERGE",)] * (2 - len(pair)))
                    pair = []
                rows.append([cell, ("MERGE",)])
            else:
                pair.append(cell)
                if len(pair) == 2:
                    rows.append(pair)
                    pair = []
        if pair:
            rows.append(pair + [""])
        doc.table(rows, widths=[3.8, 3.8], font_size=8)
        for b in s.get("boiler", []):
            doc.p(b[0], bold=True)
            doc.p(b[1], size=8)
        return doc
    # converted: each box is a bordered text box at its place on the form, two pages
    doc = Doc(font="Arial", size=8, margins=0.4)
    y, pages, page, prev_h = 0.6, [], [], 0.0
    page.append(([("B", s["title"].upper())], 0.4, 0.3, 7.6, 0.2))
    col = 0
    for num, lab, val in boxes:
        lines = [("B", f"{num}. {lab}" if lab else f"{num}.")]
        wide = num in ("10", "21", "22", "26", "28", "6", "7", "13")
        width = 7.6 if wide else 3.75
        for part in val.split("\n"):
            lines += wrap(part, 118 if wide else 56)
        h = 0.16 * len(lines) + 0.08
        if wide and col == 1:
            y += prev_h + 0.02
            col = 0
        if y + h > 10.3:
            pages.append(page)
            page, y, col = [], 0.5, 0
        x = 0.4 if col == 0 else 4.25
        page.append((lines, x, y, width, h))
        if wide:
            y += h + 0.02
        elif col == 0:
            col, prev_h = 1, h
        else:
            col = 0
            y += max(h, prev_h) + 0.02
    pages.append(page)
    for pn, pg in enumerate(pages):
        anchor = doc.p("")
        for ls, x, yy, w, h in pg:
            doc.textbox(ls, x, yy, w, h, anchor_para=anchor, border=True, vml_only=s.get("vml_only", False))
        doc.textbox([f"Form CMS-485   Page {pn + 1} of {len(pages)}"], 5.8, 10.6, 2.2, 0.2, anchor_para=anchor)
        if pn < len(pages) - 1:
            doc.section_break("new_page")
    return doc


RENDERERS = {"frames": R_frames, "ocr": R_ocr, "spacecols": R_spacecols, "textbox": R_textbox,
             "layout": R_layout, "epic": R_epic, "hosp": R_hosp, "forms": R_forms, "hh485": R_hh485}


# ----------------------------------------------------------------------------- boilerplate

BOIL = {
    "crisis": ("Crisis and After-Hours Information", "If you are in crisis, call or text 988 (Suicide & Crisis Lifeline) at any time, call 911, or go to the nearest emergency department. During business hours you may call the clinic front desk and ask for the on-call clinician."),
    "consent": ("Consent to Treatment", "I have taken part in writing this plan. I understand the services described, their purpose, the expected benefits and possible risks, and that I may ask questions or stop treatment at any time. I understand that this plan will be reviewed with me and changed as my needs change."),
    "rights": ("Rights and Responsibilities", "You have the right to be treated with dignity and respect, to take part in planning your care, to refuse any service, to see your record as the law allows, and to file a grievance without fear of retaliation. Please tell us 24 hours ahead if you cannot keep an appointment."),
    "privacy": ("Confidentiality", "The information in this document is protected by federal and state privacy laws. It may not be disclosed without written authorization except as permitted by law."),
    "part2": ("42 CFR Part 2 Notice", "This record is protected by federal confidentiality rules (42 CFR Part 2). Federal rules prohibit any further disclosure of this record unless further disclosure is expressly permitted by the written consent of the individual whose information is being disclosed or as otherwise permitted by 42 CFR Part 2."),
    "noshow": ("Attendance", "Three missed appointments without notice within 60 days may lead to a review of this plan with you and a change of schedule."),
    "hh_rights": ("Patient Rights", "You have received a copy of the agency's Patient Rights and Responsibilities, the OASIS privacy notice, the advance directive information and the agency's complaint hotline number. Call the agency 24 hours a day at the number on your folder."),
    "aba_consent": ("Caregiver Participation Agreement", "The parent or guardian agrees to be present or available during home sessions, to take part in scheduled caregiver training, and to tell the supervising analyst about changes in medication, school placement or health."),
    "instructions": ("How to Use This Plan", "Keep this copy with your appointment card. Bring it to each review meeting. Write down questions for your clinician on the back of this page."),
}


def sig(label, role, name, cred, date, method="typed", **kw):
    g = dict(label=label, role=role, name=name, cred=cred, date=date, method=method)
    g.update(kw)
    return g


def client(name, dob, member_id, mrn=None, sex=None, **kw):
    parts = name.split()
    c = dict(name=name, dob=dob, member_id=member_id, mrn=mrn, sex=sex,
             name_lf=f"{parts[-1].upper()}, {' '.join(parts[:-1]).upper()}")
    c.update(kw)
    return c


def G(text, target=None, objectives=(), interventions=(), **kw):
    g = dict(text=text, target=target, objectives=list(objectives), interventions=list(interventions))
    g.update(kw)
    return g


def O(text, target=None, **kw):
    o = dict(text=text, target=target)
    o.update(kw)
    return o


def SV(desc, code=None, amount=None, freq=None, dur=None, hours=None):
    return dict(desc=desc, code=code, amount=amount, freq=freq, dur=dur, hours=hours)


# ----------------------------------------------------------------------------- the plans

PLANS = []


def plan(**s):
    PLANS.append(s)
    return s


# --- Medicare psychotherapy (NGS LCD L33632) -----------------------------------------------------

plan(id="z01", slug="bh_outpatient_ehr", fmt="docx", family="epic", payer="medicare-psychotherapy", states=[],
     as_of=D(2026, 2, 10), df="us_nz",
     org="Lakeshore Regional Health System", dept="Cedar Pointe Behavioral Health Outpatient",
     title="Behavioral Health Treatment Plan", printed_by="KSTRAND (Health Information Mgmt) 02/10/2026 08:14",
     client=client("Marjorie T. Quill", D(1953, 7, 22), "4TW9G72RK18", mrn="00418273", sex="Female"),
     L={"client": "Patient", "member": "Coverage: Medicare Part B – MBI", "plan": "Date Plan Established",
        "goals_head": "Problems, Goals and Objectives", "interventions": "Interventions",
        "sigs": "Signatures", "provider": "Treating Provider"},
     payer_name="Medicare Part B", plan=D(2026, 1, 14),
     providers=[dict(name="Dana Whitlock", cred="LCSW", npi=npi("164810232"))],
     presenting="Ms. Quill was referred by her primary care physician after six months of low mood, poor sleep and withdrawal from church and senior-center activities following her husband's death. PHQ-9 at intake 17, GAD-7 14. She denies suicidal ideation and has a safety plan on file.",
     dx=[dict(code="F33.1", desc="Major depressive disorder, recurrent, moderate", primary=True),
         dict(code="F41.1", desc="Generalized anxiety disorder")],
     problems=[
         dict(title="Depressed mood and withdrawal", goals=[
             G("Marjorie will reduce depressive symptoms to a PHQ-9 score below 10.", D(2026, 7, 14), [
                 O("Marjorie will attend at least 3 of 4 scheduled activities per week at the senior center, as recorded in her activity log.", D(2026, 4, 14)),
                 O("Marjorie will follow her behavioral activation schedule on at least 5 of 7 days per week.", D(2026, 4, 14))],
               ["Cognitive behavioral therapy with behavioral activation, individual sessions of 53 minutes weekly (Dana Whitlock, LCSW)",
                "PHQ-9 repeated every 4 weeks and reviewed with the patient"])]),
         dict(title="Worry and tension", goals=[
             G("Marjorie will lower her GAD-7 score from 14 to 7 or below.", D(2026, 7, 14), [
                 O("Marjorie will practice paced breathing for 10 minutes on 5 of 7 days, recorded in her log.", D(2026, 3, 16))],
               ["Relaxation training and worry-postponement skills within the weekly session"])])],
     services=[SV("Individual psychotherapy", "90837", "53-60 minutes", "Weekly", "6 months")],
     duration="6 months (through 7/14/2026)",
     reviews=[dict(date=D(2026, 4, 14), label="Next treatment plan review")],
     boiler=[BOIL["crisis"], BOIL["privacy"]],
     attest="Patient participated in developing this plan and verbally agreed with the goals; a copy was given to the patient.",
     sigs=[sig("Treating clinician", "clinician", "Dana Whitlock", "LCSW", D(2026, 1, 14), "esign")],
     gaps=[], note="Health-system EHR print; patient name/MRN/DOB only in the page header, MBI in the body coverage line; diagnoses written 'description (code)'; e-signature stamp.")

plan(id="z02", slug="counseling_pdf_export", fmt="docx", family="frames", payer="medicare-psychotherapy", states=[],
     as_of=D(2026, 1, 22), df="us",
     org="Harbor Light Counseling Group", title="Individual Treatment Plan",
     running_header=["Harbor Light Counseling Group  •  214 Wharf Street, Suite 3  •  Fax 555-0148",
                     "Individual Treatment Plan – OSTROWSKI, WALTER P – DOB 03/05/1949"],
     client=client("Walter P. Ostrowski", D(1949, 3, 5), "7HC3M45XN62"),
     L={"client": "Client", "member": "Medicare #", "plan": "Date of Plan", "goals_head": "TREATMENT GOALS",
        "dx": "DIAGNOSIS (ICD-10-CM)", "services": "TREATMENT SERVICES", "sigs": "SIGNATURES"},
     plan=D(2025, 12, 3),
     presenting="Client is a 76-year-old retired machinist seen after the death of his wife in August 2025. He reports poor sleep, loss of interest and tearfulness most days. PHQ-9 = 13 at intake.",
     dx=[dict(code="F43.21", desc="Adjustment disorder with depressed mood", primary=True),
         dict(code="Z63.4", desc="Disappearance and death of family member")],
     problems=[dict(title="Grief with depressed mood", goals=[
         G("Walter will return to his usual daily routine, with a PHQ-9 score below 8 (currently 13).", D(2026, 6, 3), [
             O("Walter will sleep at least 6 hours on 5 of 7 nights, per his sleep diary.", D(2026, 3, 3)),
             O("Walter will attend 2 bereavement support group meetings per month.", D(2026, 2, 28)),
             O("Walter will name 3 coping strategies he used during the week at each session, 4 weeks in a row.", D(2026, 3, 3))],
           ["Grief-focused cognitive behavioral therapy, 45-minute individual sessions weekly", "Referral to parish bereavement group"])])],
     services=[SV("Individual psychotherapy", "90834", "45 minutes", "once weekly", "6 months")],
     duration="6 months", reviews=[dict(date=D(2026, 3, 3), label="Plan review due")],
     boiler=[BOIL["consent"], BOIL["crisis"]],
     sigs=[sig("Therapist", "clinician", "Renata Fuentes", "PsyD", D(2025, 12, 3), "slash", npi=npi("177204519")),
           sig("Client", "client", "Walter P. Ostrowski", None, D(2025, 12, 3), "wet")],
     gaps=[], note="PDF converted in 'exact' mode: every visual line is an absolutely positioned frame paragraph, running header repeated on each page as body text, 'Page n of m' as stray text, section break per page.")

plan(id="z03", slug="pa_clinic_text_report", fmt="docx", family="spacecols", payer="medicare-psychotherapy", states=["pa-55-5200"],
     as_of=D(2026, 1, 29), df="us",
     org="Keystone Valley Behavioral Health – Licensed Outpatient Psychiatric Clinic", title="Treatment Plan Report",
     report_header=["KEYSTONE VALLEY BEHAVIORAL HEALTH          RUN DATE 01/29/2026  PAGE {n}", "TREATMENT PLAN REPORT                      USER: MRAINES"],
     client=client("Denise R. Albright", D(1957, 11, 30), "2QA6D08FJ93", mrn="KV-220917"),
     L={"client": "CONSUMER", "dob": "DOB", "member": "MEDICARE MBI", "mrn": "CHART #", "admission": "INTAKE DATE",
        "plan": "PLAN DATE", "goal": "GOAL", "objective": "OBJ", "duration": "Anticipated length of treatment"},
     admission=D(2025, 11, 24), plan=D(2026, 1, 6),
     presenting="Consumer reports daily worry, muscle tension and avoidance of driving and shopping since a car accident in 2024.",
     dx=[dict(code="F41.1", desc="Generalized anxiety disorder", primary=True),
         dict(code="F40.10", desc="Social phobia, unspecified")],
     problems=[dict(title="Anxiety and avoidance", goals=[
         G("Denise will reduce anxiety to a GAD-7 score of 8 or less.", D(2026, 7, 6), [
             O("Denise will drive to the grocery store alone at least 2 times per week.", D(2026, 4, 6)),
             O("Denise will use a coping skill (breathing, grounding) in 4 of 5 anxious moments, recorded on her worksheet.", D(2026, 3, 6))],
           ["CBT with graded exposure – individual 45 min weekly", "Psychiatric evaluation and medication review monthly"])])],
     services=[SV("Individual psychotherapy", "90834", "45 min", "weekly", "9 months"),
               SV("Medication management", "99213", "15-20 min", "monthly", "9 months")],
     duration="9 months", reviews=[dict(date=D(2026, 4, 6), label="Next review date")],
     boiler=[BOIL["rights"]],
     sigs=[sig("Therapist", "clinician", "Tomasz Wierzbicki", "LPC", D(2026, 1, 6), "typed"),
           sig("Consumer", "client", "Denise R. Albright", None, D(2026, 1, 6), "wet"),
           sig("Psychiatrist (plan approval)", "physician", "Anil Varghese", "MD", D(2026, 1, 9), "typed")],
     gaps=[["plan-late"]], note="Plan dated 01/06/2026, 43 days after the 11/24/2025 intake (PA allows 30). Fixed-width text report with space-padded columns, wrapped goal grid and a repeated report header per page.")

plan(id="z04", slug="textbox_no_credential", fmt="docx", family="textbox", payer="medicare-psychotherapy", states=[],
     as_of=D(2026, 2, 5), df="us_short",
     org="Tidewater Family Counseling, LLC", title="Client Treatment Plan",
     client=client("Harold Benton Pryce", D(1951, 2, 14), "9KM2U61TP47"),
     L={"client": "Client", "member": "Medicare ID", "plan": "Plan Date", "provider": "Therapist"},
     plan=D(2026, 1, 8),
     providers=[dict(name="Jordan Pike", cred=None, npi=npi("152639870"))],
     presenting="Mr. Pryce describes a low, irritable mood for more than two years, with poor concentration and low energy, worse since retiring.",
     dx=[dict(code="F34.1", desc="Dysthymic disorder", primary=True)],
     problems=[dict(title="Chronic low mood", goals=[
         G("Harold will improve his mood, shown by a PHQ-9 score under 10 (baseline 15).", D(2026, 7, 8), [
             O("Harold will schedule and complete 3 pleasant activities per week, recorded in his planner.", D(2026, 3, 8)),
             O("Harold will identify and challenge 2 negative thoughts per week using a thought record.", D(2026, 4, 8))],
           ["Individual CBT, 60-minute sessions weekly", "Mood monitoring with PHQ-9 monthly"])])],
     services=[SV("Individual psychotherapy", "90837", "60 minutes", "weekly", "6 months")],
     duration="6 months", reviews=[dict(date=D(2026, 4, 8), label="Review")],
     boiler=[BOIL["consent"]],
     sigs=[sig("Therapist signature", "clinician", "Jordan Pike", None, D(2026, 1, 8), "slash"),
           sig("Client signature", "client", "Harold Benton Pryce", None, D(2026, 1, 8), "wet")],
     gaps=[["credential-missing"]], note="The therapist's signature (and every other mention of him) carries no credential. PDF converted with every text block in a floating text box (wps with VML fallback).")

plan(id="z05", slug="hospital_psych_clinic_pa", fmt="docx", family="hosp", payer="medicare-psychotherapy", states=["pa-55-5200"],
     as_of=D(2026, 2, 12), df="us",
     org="St. Barnabas University Hospital", dept="Department of Psychiatry – Adult Outpatient Clinic",
     title="Individualized Treatment Plan", subtitle="Licensed psychiatric outpatient clinic (55 Pa. Code ch. 5200)",
     footer="SBUH-PSY-114 (01/2025)  Confidential patient information",
     client=client("Gloria A. Petrakis", D(1956, 9, 9), "5RD8E34AW05", mrn="3302817", sex="F"),
     L={"client": "Patient Name", "member": "Medicare Beneficiary ID", "admission": "Intake Date",
        "plan": "Treatment Plan Date", "goal": "Goal", "objective": "Measurable Objective"},
     admission=D(2025, 12, 15), plan=D(2026, 1, 9),
     presenting="Ms. Petrakis has bipolar II disorder with recent depressive episode; hospitalized 2019. Currently depressed mood, low energy, missed two months of volunteer work.",
     dx=[dict(code="F31.81", desc="Bipolar II disorder", primary=True),
         dict(code="F41.1", desc="Generalized anxiety disorder")],
     problems=[
         dict(title="Depressive symptoms", goals=[
             G("Patient will achieve mood stability with a PHQ-9 score below 10 for two consecutive monthly checks.", D(2026, 7, 9), [
                 O("Patient will return to her volunteer shift at the library at least 1 day per week.", D(2026, 4, 9), baseline="0 days/week"),
                 O("Patient will complete a daily mood chart on at least 6 of 7 days.", D(2026, 3, 9), baseline="not charting")],
               ["Individual psychotherapy (interpersonal and social rhythm therapy), 45 minutes weekly", "Medication management by psychiatrist monthly"])]),
         dict(title="Anxiety", goals=[
             G("Patient will reduce her GAD-7 score from 12 to 6 or less.", D(2026, 7, 9), [
                 O("Patient will use one learned relaxation skill daily on at least 5 of 7 days, per self-report log.", D(2026, 3, 9), baseline="0 days")],
               ["Anxiety skills group, 60 minutes weekly"])])],
     services=[SV("Individual psychotherapy", "90834", "45 minutes", "1x/week", "6 months"),
               SV("Group psychotherapy", "90853", "60 minutes", "1x/week", "12 weeks")],
     duration="6 months", reviews=[dict(date=D(2026, 4, 9), label="Next plan review")],
     boiler=[BOIL["rights"], BOIL["crisis"]],
     attest="This plan was developed with the patient, who received a copy. The psychiatrist's signature approves the plan, which includes psychotherapy.",
     sigs=[sig("Primary Therapist", "clinician", "Kwame Oduya", "LCSW", D(2026, 1, 9), "esign"),
           sig("Patient", "client", "Gloria A. Petrakis", None, D(2026, 1, 9), "wet"),
           sig("Psychiatrist", "physician", "Helena Marsh", "MD", D(2026, 1, 12), "esign", npi=npi("129384756"))],
     gaps=[], note="Hospital clinic form typed in Word: bordered tables with shaded headers, merged banner rows, goal grid per problem, checkbox glyphs, signature table.")

plan(id="z06", slug="senior_bh_outdated", fmt="docx", family="epic", payer="medicare-psychotherapy", states=[],
     as_of=D(2026, 1, 20), df="long", styled_headings=False,
     org="Mercy Crest Health", dept="Senior Behavioral Health – Outpatient", title="Psychotherapy Plan of Care",
     client=client("Franklin D. Moss", D(1944, 12, 1), "9DE2A15VK40", mrn="MC7740213", sex="Male"),
     L={"client": "Patient", "member": "Medicare ID", "plan": "Plan of care date", "goals_head": "Treatment Goals"},
     plan=D(2024, 11, 4),
     providers=[dict(name="Celeste Amankwah", cred="PhD", npi=npi("188127364"), label="Psychologist")],
     dx=[dict(code="F32.1", desc="Major depressive disorder, single episode, moderate", primary=True)],
     problems=[dict(title="Depression after stroke", goals=[
         G("Franklin will reduce depressive symptoms to a GDS-15 score of 5 or less.", D(2025, 8, 4), [
             O("Franklin will take part in 2 social outings per week with his daughter or the day program.", D(2025, 2, 4)),
             O("Franklin will rate his mood 6/10 or higher on at least 4 days a week, per his mood log.", D(2025, 3, 4))],
           ["Individual supportive and problem-solving therapy, 45-minute sessions weekly"])])],
     services=[SV("Individual psychotherapy", "90834", "45 minutes", "weekly", "11 months")],
     duration="11 months",
     boiler=[BOIL["crisis"]],
     sigs=[sig("Psychologist", "clinician", "Celeste Amankwah", "PhD", D(2024, 11, 4), "esign")],
     gaps=[["plan-outdated"]], note="Plan established 11/04/2024 with no later review; 442 days old on the 01/20/2026 as-of date (limit 365). Health-system print with bold underlined headings, long dates.")

plan(id="z07", slug="scanned_ptsd_plan", fmt="docx", family="ocr", payer="medicare-psychotherapy", states=[],
     as_of=D(2026, 2, 24), df="us",
     org="Bluestem Psychological Services, P.C.", title="TREATMENT PLAN",
     running_header=["BLUESTEM PSYCHOLOGICAL SERVICES, P.C.", "Name: Leonard Achebe    DOB: 04/02/1955    Medicare: 8NF4K26CM71"],
     client=client("Leonard Achebe", D(1955, 4, 2), "8NF4K26CM71"),
     L={"client": "Name", "dob": "DOB", "member": "Medicare", "plan": "Date", "goals_head": "GOALS / OBJECTIVES",
        "dx": "DIAGNOSES", "services": "TREATMENT", "sigs": "SIGNATURES"},
     plan=D(2026, 1, 21),
     presenting="Veteran, 70, with nightmares, intrusive memories and avoidance of crowds since military service; symptoms worse after a house fire in 2025. PCL-5 score 52 at intake.",
     dx=[dict(code="F43.1", desc="Post-traumatic stress disorder", primary=True),
         dict(code="F10.21", desc="Alcohol dependence, in remission")],
     problems=[dict(title="Trauma symptoms", goals=[
         G("Leonard will reduce PTSD symptoms to a PCL-5 score below 33.", D(2026, 7, 21), [
             O("Leonard will complete the written impact statement and read it in session.", D(2026, 3, 4)),
             O("Leonard will go to the grocery store at a busy time at least once a week without leaving early.", D(2026, 5, 21)),
             O("Leonard will report no more than 2 nightmares per week on his sleep log.", D(2026, 6, 21))],
           ["Cognitive Processing Therapy, individual", "Sleep hygiene education"])])],
     services=[SV("Individual psychotherapy (Cognitive Processing Therapy)", None, None, "weekly for 12 weeks, then every other week", "through 06/30/2026")],
     duration="through 06/30/2026",
     boiler=[BOIL["crisis"], ("Veterans Crisis Line", "Dial 988 then press 1, or text 838255.")],
     sigs=[sig("Psychologist", "clinician", "Miriam Feldstein", "PsyD", D(2026, 1, 21), "wet"),
           sig("Client", "client", "Leonard Achebe", None, D(2026, 1, 21), "wet")],
     gaps=[["diagnosis-code-not-billable"], ["amount-missing"]],
     note="Primary diagnosis coded F43.1, a category (needs F43.10/.11/.12); the psychotherapy service states no session length and no CPT code. Scanned/OCR'd: hard line breaks inside sentences, header repeated as body text, stray page numbers, section breaks.")

plan(id="z08", slug="tracked_changes_plan", fmt="docx", family="forms", payer="medicare-psychotherapy", states=[], sdt=False,
     as_of=D(2026, 2, 3), df="abbr",
     org="Northgate Health Partners – Outpatient Behavioral Medicine", title="Outpatient Psychotherapy Treatment Plan",
     client=client("Ruth Ann Delacroix", D(1950, 10, 27), "4YH6C73JN19", mrn="NHP-0098123"),
     L={"client": "Member name", "dob": "Birth date", "member": "MBI", "mrn": "NHP record #", "plan": "Plan start date"},
     plan=D(2026, 1, 20),
     presenting="Ms. Delacroix reports panic attacks 3-4 times a week for the past year, avoidance of driving on highways, and worry about her health.",
     dx=[dict(code="F41.0", desc="Panic disorder [episodic paroxysmal anxiety]", primary=True)],
     problems=[dict(title="Panic attacks", goals=[
         G("Ruth will reduce panic attacks from 3-4 a week to no more than 1 per week.", D(2026, 7, 20), [
             O("Ruth will use interoceptive exposure exercises at home on 5 of 7 days, per her practice log.", D(2026, 3, 20), resp="Client"),
             O("Ruth will drive on the highway for 15 minutes at least twice a week.", D(2026, 5, 20), resp="Client / therapist")],
           ["Panic control treatment (CBT), individual 53-minute sessions", "Psychoeducation about the panic cycle"])])],
     comment_goal=((0, 0), "Consider adding a sleep goal at the 60-day review.", "Oren Blum, PhD (clinical supervisor)", "OB"),
     services=[SV("Individual psychotherapy", "90837", "53 minutes", "weekly", "6 months")],
     tracked_service=(0, [("txt", "Individual psychotherapy (90837) – 53 minutes – "), ("del", "every other week"), ("ins", "weekly"), ("txt", " – 6 months")],
                      "Oren Blum", "2026-01-20T16:02:00Z"),
     duration="6 months (Jan 20, 2026 – Jul 20, 2026)",
     reviews=[dict(date=D(2026, 4, 20), label="60/90-day review")],
     boiler=[BOIL["consent"], BOIL["noshow"]],
     sigs=[sig("Clinician", "clinician", "Priscilla Hume", "LMFT", D(2026, 1, 20), "esign")],
     gaps=[], note="Word form with a tracked change left in the services line (deleted 'every other week', inserted 'weekly') and a supervisor's comment on the goal.")

plan(id="z09", slug="content_controls_12mo", fmt="docx", family="forms", payer="medicare-psychotherapy", states=[], sdt=True,
     as_of=D(2026, 2, 18), df="us_nz",
     org="Cardinal Peak Medical Group – Integrated Behavioral Health", title="Behavioral Health Plan of Care",
     footer="CPMG form IBH-07 • Fill in each grey field",
     client=client("Oscar L. Whitfield", D(1952, 1, 9), "7PK8W21FD65", mrn="CP-55120"),
     L={"client": "Individual served", "member": "Medicare MBI", "mrn": "Chart no.", "plan": "Date of plan",
        "duration": "Anticipated duration of treatment"},
     plan=D(2026, 1, 27),
     presenting="Referred by primary care for depression complicating diabetes self-care; A1c rising, skipped insulin doses when low.",
     dx=[dict(code="F33.0", desc="Major depressive disorder, recurrent, mild", primary=True),
         dict(code="E11.65", desc="Type 2 diabetes mellitus with hyperglycemia")],
     problems=[dict(title="Depression affecting self-care", goals=[
         G("Oscar will reduce his PHQ-9 score from 12 to below 5.", D(2026, 10, 27), [
             O("Oscar will check his blood sugar at least 2 times a day on 6 of 7 days, per his meter log.", D(2026, 4, 27)),
             O("Oscar will walk 20 minutes on at least 4 days a week.", D(2026, 5, 27))],
           ["Problem-solving therapy and motivational interviewing, 45-minute sessions every 2 weeks"])])],
     services=[SV("Individual psychotherapy", "90834", "45 minutes", "every 2 weeks", "12 months")],
     duration="12 months", reviews=[dict(date=D(2026, 7, 27), label="Six-month review")],
     boiler=[BOIL["instructions"], BOIL["crisis"]],
     sigs=[sig("Behavioral health clinician", "clinician", "Samira Hadid", "LCSW", D(2026, 1, 27), "typed")],
     gaps=[["duration-exceeds-limit"]], note="Expected duration 12 months (the profile requires less than one year). Word form whose values sit in content controls (text and date pickers).")

plan(id="z10", slug="ccda_careplan_psych", fmt="ccda", payer="medicare-psychotherapy", states=[],
     as_of=D(2026, 2, 26),
     org="Prairie Ridge Community Hospital – Outpatient Behavioral Health", title="Behavioral Health Care Plan",
     client=client("Evelyn R. Sandoval", D(1955, 6, 30), "6TR3Q98MA27", mrn="PRCH-4410928", sex="F"),
     plan=D(2026, 2, 2),
     dx=[dict(code="F33.1", desc="Major depressive disorder, recurrent, moderate", primary=True)],
     problems=[dict(title="Depression", goals=[
         G("Evelyn will reduce depressive symptoms to a PHQ-9 score below 10.", D(2026, 8, 2), [
             O("Evelyn will attend her water-aerobics class at least 2 times per week.", D(2026, 5, 2)),
             O("Evelyn will gain insight into her relationship patterns.", D(2026, 5, 2))],
           ["Individual psychotherapy (CBT), 53 minutes weekly"])])],
     services=[SV("Individual psychotherapy", "90837", "53 minutes", "weekly", "6 months")],
     duration="6 months", period=(D(2026, 2, 2), D(2026, 8, 1)),
     sigs=[sig("Therapist", "clinician", "Marcus Lindqvist", "LPC", D(2026, 2, 2), "esign", npi=npi("140928375"))],
     gaps=[["objective-not-measurable"]], note="C-CDA Care Plan; one objective ('gain insight into her relationship patterns') names no measure or level.")

plan(id="z11", slug="pa_pdf_unsigned_client", fmt="docx", family="frames", payer="medicare-psychotherapy", states=["pa-55-5200"],
     as_of=D(2026, 2, 16), df="dash", wrap=90, page_fmt="{n}",
     org="Allegheny Ridge Counseling Center", title="Treatment Plan (Initial)",
     running_header=["ALLEGHENY RIDGE COUNSELING CENTER – Licensed Outpatient Psychiatric Clinic", "Treatment Plan (Initial)      Individual: Vernon T. Haskell      Rec# AR-10342"],
     client=client("Vernon T. Haskell", D(1958, 8, 17), "3WJ7V50DQ44", mrn="AR-10342"),
     L={"client": "Individual", "member": "Medicare ID", "mrn": "Rec#", "admission": "Date of intake",
        "plan": "Plan completed", "objective": "Objective"},
     admission=D(2026, 1, 5), plan=D(2026, 1, 26),
     presenting="Mr. Haskell sought help for anger outbursts and low mood after losing his job; strained contact with his adult daughter.",
     dx=[dict(code="F43.23", desc="Adjustment disorder with mixed anxiety and depressed mood", primary=True)],
     problems=[
         dict(title="Anger and irritability", goals=[
             G("Vernon will reduce angry outbursts from 4 a week to no more than 1 a month.", D(2026, 7, 26), [
                 O("Vernon will use a time-out and breathing plan in at least 4 of 5 conflicts, per his weekly log.", D(2026, 4, 26)),
                 O("Vernon will list 5 personal anger triggers and one coping step for each.", D(2026, 2, 26))],
               ["Individual CBT for anger, 45 minutes weekly"])]),
         dict(title="Family relationship", goals=[
             G("Vernon will have at least 2 calm phone calls a month with his daughter, by his report.", D(2026, 7, 26), [],
               ["Family session with daughter as she is willing (90847), 50 minutes monthly"])])],
     services=[SV("Individual psychotherapy", "90834", "45 min", "weekly", "6 months"),
               SV("Family psychotherapy with patient", "90847", "50 min", "monthly", "6 months")],
     duration="6 months",
     boiler=[BOIL["rights"]],
     sigs=[sig("Mental Health Professional", "clinician", "Audra Kline", "LCSW", D(2026, 1, 26), "slash"),
           sig("Individual served", "client", "", None, None, blank=True),
           sig("Psychiatrist approving plan", "physician", "Rafael Ortiz", "MD", D(2026, 1, 28), "slash")],
     gaps=[["signature-missing"], ["objective-missing"]],
     note="The individual's signature line is blank (PA requires it signed and dated); goal 2 (family relationship) has no objectives. PDF 'exact' conversion with narrower line wrap and bare page numbers.")

plan(id="z12", slug="pa_commercial_tabs", fmt="docx", family="spacecols", tabs=True, payer="base-treatment-plan", states=["pa-55-5200"],
     as_of=D(2026, 2, 20), df="us",
     org="Susquehanna Behavioral Health Associates", title="Treatment Plan",
     report_header=["Susquehanna Behavioral Health Associates\tTreatment Plan\tpg {n}"],
     client=client("Brianna K. Solis", D(1994, 5, 19), "KMH-4471-0093-2", mrn="SBHA-77812"),
     L={"client": "Client", "member": "Keystone Mutual ID", "mrn": "Acct", "admission": "Intake", "plan": "Plan Date",
        "payer": "Insurance", "duration": "Expected duration"},
     payer_name="Keystone Mutual Health Plan (commercial)",
     admission=D(2026, 1, 12), plan=D(2026, 2, 2),
     dx=[dict(code="F43.10", desc="Post-traumatic stress disorder, unspecified", primary=True)],
     problems=[dict(title="Trauma symptoms after assault", goals=[
         G("Brianna will reduce trauma symptoms to a PCL-5 score below 31 (intake 49).", D(2026, 8, 2), [
             O("Brianna will ride the bus to work alone at least 3 days per week.", D(2026, 5, 2)),
             O("Brianna will sleep 6 or more hours on at least 5 nights per week, per her sleep log.", D(2026, 4, 2))],
           ["Prolonged exposure therapy, 90-minute sessions weekly for 10 weeks, then 60-minute sessions every other week"])])],
     services=[SV("Individual psychotherapy", "90837", "60-90 minutes", "weekly, then every other week", "6 months")],
     duration="6 months (to 08/02/2026)", reviews=[dict(date=D(2026, 5, 2), label="Review due")],
     boiler=[BOIL["rights"], BOIL["privacy"]],
     sigs=[sig("Therapist", "clinician", "Natalie Bruner", "LPC", D(2026, 2, 2), "typed"),
           sig("Client", "client", "Brianna K. Solis", None, D(2026, 2, 2), "typed"),
           sig("Psychiatric CRNP (plan approval)", "physician", "Latisha Greer", "CRNP", D(2026, 2, 4), "typed")],
     gaps=[], note="Text export with tab-separated columns (not spaces), tab-separated service table, header repeated at page breaks. Plan approved by a psychiatric CRNP (Pennsylvania's nurse practitioner title).")

# --- Medicare outpatient therapy (PT/OT/SLP) ------------------------------------------------------

MOT_CERT = ("I have reviewed this plan of care and certify that the services are medically necessary, "
            "that the patient is under my care, and that the plan was established and will be reviewed at least every 90 days.")

plan(id="z13", slug="hospital_pt_tka", fmt="docx", family="hosp", payer="medicare-outpatient-therapy", states=[],
     as_of=D(2026, 2, 9), df="us",
     org="Riverside University Health", dept="Outpatient Rehabilitation Services – Physical Therapy",
     title="Physical Therapy Plan of Care / Initial Certification", footer="RUH Rehab POC v4  •  Page footer intentionally blank",
     client=client("Eleanor M. Vasquez", D(1948, 6, 11), "6GP1T92HY38", mrn="RUH-2218840", sex="F"),
     L={"client": "Patient", "member": "Medicare (MBI)", "first_tx": "Initial Evaluation Date (1st treatment)",
        "plan": "POC Date", "period": "Certification Period", "goal": "LTG", "objective": "STG",
        "goals_head": "Goals", "duration": "Duration"},
     first_tx=D(2026, 1, 12), plan=D(2026, 1, 12), period=(D(2026, 1, 12), D(2026, 4, 11)),
     providers=[dict(name="Robert Kim", cred="MD", npi=npi("133557246"), label="Referring / certifying physician")],
     presenting="72-year-old woman 3 weeks after right total knee arthroplasty (12/19/2025). Ambulates 150 ft with front-wheeled walker, CGA on stairs, R knee AROM 10-85 degrees. Prior level: independent community ambulator without device.",
     dx=[dict(code="Z47.1", desc="Aftercare following joint replacement surgery", primary=True),
         dict(code="Z96.651", desc="Presence of right artificial knee joint"),
         dict(code="R26.81", desc="Unsteadiness on feet")],
     problems=[dict(title="Impaired gait, range of motion and stair negotiation", goals=[
         G("Patient will ambulate 500 ft on level and uneven surfaces without an assistive device, independently.", D(2026, 3, 9), [
             O("Increase right knee flexion AROM from 85 to 110 degrees.", D(2026, 2, 9), baseline="85 degrees"),
             O("Ambulate 300 ft with a single-point cane, modified independent.", D(2026, 2, 9), baseline="150 ft FWW CGA")],
           ["Therapeutic exercise (97110)", "Gait training (97116)", "Manual therapy (97140)", "Home exercise program"]),
         G("Patient will ascend and descend 12 steps with one rail, modified independent, step-over-step.", D(2026, 3, 9), [
             O("Patient will climb 4 steps with one rail and contact guard.", D(2026, 2, 9), baseline="2 steps, CGA, step-to")],
           ["Neuromuscular re-education (97112)"])])],
     services=[SV("Therapeutic exercise", "97110", "2-3 units", "3x/week", "8 weeks"),
               SV("Gait training", "97116", "1 unit", "3x/week", "8 weeks"),
               SV("Manual therapy", "97140", "1 unit", "2x/week", "4 weeks"),
               SV("Neuromuscular re-education", "97112", "1 unit", "2x/week", "8 weeks")],
     duration="8 weeks", reviews=[dict(date=D(2026, 3, 9), label="Progress report / re-evaluation due")],
     attest=MOT_CERT,
     sigs=[sig("Physical Therapist", "clinician", "Alicia Brandt", "PT, DPT", D(2026, 1, 12), "esign"),
           sig("Certifying Physician", "physician", "Robert Kim", "MD", D(2026, 1, 20), "esign", npi=npi("133557246"))],
     gaps=[], note="Hospital outpatient rehab POC in bordered tables (LTG rows with STG sub-grids, shaded headers, signature table with certification statement).")

plan(id="z14", slug="hand_therapy_pdf_latecert", fmt="docx", family="frames", payer="medicare-outpatient-therapy", states=[],
     as_of=D(2026, 1, 26), df="us", font="Helvetica",
     org="Gulf Coast Hand & Upper Extremity Therapy", title="Occupational Therapy Plan of Care",
     running_header=["Gulf Coast Hand & Upper Extremity Therapy   |   OT Plan of Care", "Pt: Theodore R. Lambert   DOB 09/23/1947   MBI 1CA5H83RE26"],
     client=client("Theodore R. Lambert", D(1947, 9, 23), "1CA5H83RE26"),
     L={"client": "Pt", "member": "MBI", "first_tx": "Eval / 1st visit", "plan": "POC date",
        "period": "Cert. period", "goal": "LTG", "objective": "STG", "duration": "Duration of POC"},
     first_tx=D(2025, 12, 1), plan=D(2025, 12, 1), period=(D(2025, 12, 1), D(2026, 2, 27)),
     presenting="Right proximal humerus fracture 10/28/2025, non-operative. Pain 6/10, shoulder flexion 70 degrees, unable to reach overhead shelves or fasten bra/dress independently.",
     dx=[dict(code="S42.201D", desc="Unspecified fracture of upper end of right humerus, subsequent encounter for fracture with routine healing", primary=True),
         dict(code="M62.81", desc="Muscle weakness (generalized)")],
     problems=[dict(title=None, goals=[
         G("Pt will dress his upper body independently, including overhead shirts, in under 5 minutes.", D(2026, 2, 23), [
             O("Increase R shoulder active flexion from 70 to 120 degrees.", D(2026, 1, 12), baseline="70 deg"),
             O("Don a button-front shirt with min assist using adaptive technique.", D(2026, 1, 12), baseline="mod A")],
           ["Therapeutic exercise (97110)", "Therapeutic activities / ADL retraining (97530, 97535)"]),
         G("Pt will reach a 5 lb item on a shoulder-height shelf with the R arm, pain 2/10 or less.", D(2026, 2, 23), [],
           ["Manual therapy (97140)", "Home program"])])],
     services=[SV("Therapeutic exercise", "97110", "2 units", "2x/wk", "12 wks"),
               SV("Therapeutic activities", "97530", "1 unit", "2x/wk", "12 wks"),
               SV("Self-care/ADL training", "97535", "1 unit", "1x/wk", "8 wks"),
               SV("Manual therapy", "97140", "1 unit", "2x/wk", "6 wks")],
     duration="12 weeks", attest=MOT_CERT,
     sigs=[sig("Therapist", "clinician", "Camille Nguyen", "OTR/L", D(2025, 12, 1), "slash"),
           sig("Physician certification", "physician", "Darnell Price", "MD", D(2026, 1, 16), "slash", npi=npi("170236418"))],
     gaps=[["signature-late"]], note="Physician certified 01/16/2026, 46 days after the 12/01/2025 first treatment (30 allowed; a warning under the 2025 version). PDF 'exact' conversion with frames and repeated header.")

plan(id="z15", slug="hospital_slp_aphasia", fmt="docx", family="hosp", payer="medicare-outpatient-therapy", states=[], shade="E2EFD9",
     as_of=D(2026, 2, 3), df="abbr", font="Segoe UI",
     org="Summit Valley Medical Center", dept="Outpatient Speech-Language Pathology",
     title="Speech-Language Pathology Plan of Treatment", subtitle="Initial certification",
     client=client("Harriet O. Lindgren", D(1946, 3, 28), "2MX9P47GT83", mrn="SVMC 661-2290", sex="F"),
     L={"client": "Patient name", "member": "Medicare number", "mrn": "Med rec #", "first_tx": "Start of care (evaluation)",
        "plan": "Date of plan", "period": "Certification", "goal": "Long-term goal", "objective": "Short-term goal",
        "duration": "Plan duration"},
     period_sep="–",
     first_tx=D(2026, 1, 6), plan=D(2026, 1, 6), period=(D(2026, 1, 6), D(2026, 4, 5)),
     presenting="Left MCA stroke 11/2025 with moderate expressive aphasia and mild oropharyngeal dysphagia. Names 4/10 common objects; thin liquids with intermittent cough.",
     dx=[dict(code="I69.320", desc="Aphasia following cerebral infarction", primary=True),
         dict(code="I69.391", desc="Dysphagia following cerebral infarction")],
     problems=[dict(title="Expressive language and swallowing", goals=[
         G("Patient will name 9 of 10 common household objects with no cues.", D(2026, 4, 5), [
             O("Patient will name 7 of 10 pictured objects with phonemic cues.", D(2026, 2, 17), baseline="4/10"),
             O("Patient will produce 3-4 word phrases to state needs in 80% of opportunities.", D(2026, 3, 3), baseline="1-2 words, 30%")],
           ["Speech-language treatment (92507)"]),
         G("Patient will take thin liquids by cup with a chin tuck and no signs of aspiration across 3 consecutive sessions.", D(2026, 3, 17), [],
           ["Dysphagia treatment (92526)", "Caregiver education on safe swallow strategies"])])],
     services=[SV("Treatment of speech, language, voice, communication", "92507", "45 min", "2x/week", "12 weeks"),
               SV("Treatment of swallowing dysfunction", "92526", "30 min", "1x/week", "8 weeks")],
     duration="12 weeks",
     attest=MOT_CERT,
     sigs=[sig("Speech-Language Pathologist", "clinician", "Tobias Achterberg", "MS, CCC-SLP", D(2026, 1, 6), "esign"),
           sig("Certifying practitioner", "physician", "Priya Raman", "NP", D(2026, 1, 15), "esign", npi=npi("162839405"))],
     gaps=[], note="Hospital SLP plan of treatment in bordered tables; certified by a nurse practitioner; abbreviated month dates.")

plan(id="z16", slug="spine_pt_nonbillable", fmt="docx", family="epic", payer="medicare-outpatient-therapy", states=[],
     as_of=D(2026, 2, 16), df="us_nz", list_numbering=True,
     org="Pinnacle Health System", dept="Spine & Sports Physical Therapy – Westgate",
     title="PT Plan of Care (Medicare Certification)",
     client=client("Albert N. Szabo", D(1950, 2, 2), "5AJ1G06XE84", mrn="PHS00729911", sex="Male"),
     L={"client": "Patient", "member": "Medicare ID", "first_tx": "Date of initial evaluation (first treatment)",
        "plan": "Plan of care date", "period": "Certification period", "goal": "Long-term goal", "objective": "Short-term goal",
        "goals_head": "Goals", "duration": "Duration"},
     first_tx=D(2026, 1, 20), plan=D(2026, 1, 20), period=(D(2026, 1, 20), D(2026, 4, 19)),
     presenting="Chronic low back pain for 4 months after lifting; Oswestry 42%, sitting tolerance 20 minutes, walks 10 minutes before pain limits.",
     dx=[dict(code="M54.5", desc="Low back pain", primary=True),
         dict(code="M62.81", desc="Muscle weakness (generalized)")],
     problems=[dict(title=None, goals=[
         G("Patient will reduce Oswestry disability score from 42% to 20% or less.", D(2026, 3, 17), [
             O("Patient will sit 45 minutes without increase in pain.", D(2026, 2, 17), baseline="20 minutes"),
             O("Patient will walk 30 minutes in the community with pain no higher than 3/10.", D(2026, 2, 17), baseline="10 minutes")],
           ["Therapeutic exercise and core stabilization", "Manual therapy", "Home exercise program"])])],
     services=[SV("Therapeutic exercise", "97110", "2 units", "2x per week", "8 weeks"),
               SV("Manual therapy", "97140", "1 unit", "2x per week", "4 weeks"),
               SV("Therapeutic activities", "97530", "1 unit", "1x per week", "8 weeks")],
     duration="8 weeks",
     attest=MOT_CERT,
     sigs=[sig("Physical Therapist", "clinician", "Hannah Voss", "PT, DPT", D(2026, 1, 20), "esign"),
           sig("Certifying Physician", "physician", "Gabriel Osei", "DO", D(2026, 1, 28), "esign", npi=npi("145566721"))],
     gaps=[["diagnosis-code-not-billable"]], note="Primary diagnosis M54.5 is a category since FY2022 (needs M54.50/.51/.59). Health-system EHR print with banner in the header and numbered-list objectives.")

plan(id="z17", slug="pt_text_export_120day", fmt="docx", family="spacecols", payer="medicare-outpatient-therapy", states=[],
     as_of=D(2026, 2, 2), df="us",
     org="Lakeview Rehab Associates", title="Plan of Care and Certification",
     report_header=["LAKEVIEW REHAB ASSOCIATES - PLAN OF CARE/CERTIFICATION        PAGE {n}", "PRINTED 02/02/2026 07:58   BY FRONTDESK2"],
     client=client("Dolores F. Whitcomb", D(1945, 11, 8), "3HV5K12DW39", mrn="LRA-30417"),
     L={"client": "PATIENT", "dob": "BIRTH DATE", "member": "MEDICARE ID", "mrn": "ACCOUNT", "first_tx": "EVAL/FIRST TX DATE",
        "plan": "POC DATE", "period": "CERT PERIOD", "goal": "LTG", "objective": "STG", "duration": "DURATION"},
     period_sep="-",
     first_tx=D(2026, 1, 5), plan=D(2026, 1, 5), period=(D(2026, 1, 5), D(2026, 5, 4)),
     presenting="History of falls x2 in 6 months; Berg Balance 38/56; TUG 19 seconds; uses a cane outdoors.",
     dx=[dict(code="R26.81", desc="Unsteadiness on feet", primary=True),
         dict(code="M62.81", desc="Muscle weakness (generalized)")],
     problems=[dict(title="Balance and fall risk", goals=[
         G("Pt will improve Berg Balance score from 38/56 to 48/56 or more to reduce fall risk.", D(2026, 5, 4), [
             O("Pt will complete the TUG in 14 seconds or less.", D(2026, 3, 2), baseline="19 sec"),
             O("Pt will perform 10 sit-to-stands from a standard chair without arms, independently.", D(2026, 3, 2), baseline="5 with UE push-off")],
           ["Balance training / neuromuscular re-education (97112)", "Gait training (97116)", "HEP (Otago program)"])])],
     services=[SV("Neuromuscular re-education", "97112", "2 units", "2x/week", "16 weeks"),
               SV("Gait training", "97116", "1 unit", "2x/week", "16 weeks"),
               SV("Therapeutic exercise", "97110", "1 unit", "2x/week", "16 weeks")],
     duration="16 weeks", reviews=[dict(date=D(2026, 5, 4), label="RECERTIFICATION DUE")],
     attest=MOT_CERT,
     sigs=[sig("THERAPIST", "clinician", "Marcus Ybarra", "PT", D(2026, 1, 5), "typed"),
           sig("PHYSICIAN", "physician", "Irene Castellano", "MD", D(2026, 1, 14), "typed", npi=npi("118273645"))],
     gaps=[["review-interval-exceeded"]], note="Certification period 01/05/2026-05/04/2026 (119 days) and recertification due 05/04/2026; Medicare allows at most 90 days. Fixed-width text export with wrapped goal grid.")

plan(id="z18", slug="spine_center_dc_cert", fmt="docx", family="hosp", payer="medicare-outpatient-therapy", states=[], shade="FBE4D5",
     as_of=D(2026, 2, 25), df="us", font="Tahoma", print_blank_names=False,
     org="Cornerstone Spine & Wellness Center", dept="Physical Therapy",
     title="Physical Therapy Plan of Care", subtitle="Medicare Part B – certification required",
     client=client("Raymond J. Kowalczyk", D(1952, 4, 16), "8EC2N47TR51", mrn="CSW-11839", sex="M"),
     L={"client": "Patient", "member": "MBI", "first_tx": "First treatment (evaluation) date", "plan": "Plan date",
        "period": "Certification period", "goal": "Goal", "objective": "Short-term goal"},
     first_tx=D(2026, 2, 2), plan=D(2026, 2, 2), period=(D(2026, 2, 2), D(2026, 4, 30)),
     presenting="Neck pain with right arm paresthesia for 8 weeks; NDI 38%, cervical rotation R 40 degrees, grip R 45 lb vs L 70 lb.",
     dx=[dict(code="M54.12", desc="Radiculopathy, cervical region", primary=True)],
     problems=[dict(title="Cervical pain and radiculopathy", goals=[
         G("Patient will reduce Neck Disability Index from 38% to 14% or less.", D(2026, 4, 27), [
             O("Increase cervical rotation to the right from 40 to 65 degrees.", D(2026, 3, 16), baseline="40 deg"),
             O("Increase right grip strength from 45 lb to 60 lb.", D(2026, 3, 30), baseline="45 lb")],
           ["Therapeutic exercise", "Mechanical traction (97012)", "Manual therapy"])])],
     services=[SV("Therapeutic exercise", "97110", "2 units", "2x/week", "12 weeks"),
               SV("Mechanical traction", "97012", "1 unit", "2x/week", "6 weeks"),
               SV("Manual therapy", "97140", "1 unit", "2x/week", "12 weeks")],
     duration="12 weeks", attest=MOT_CERT,
     sigs=[sig("Physical Therapist", "clinician", "Lena Strauss", "PT", D(2026, 2, 2), "typed"),
           sig("Certifying physician", "physician", "Gregory Tate", "DC", D(2026, 2, 6), "typed", npi=npi("126354879"))],
     gaps=[["credential-not-permitted", "signature-missing"]],
     note="The certification box is signed by a chiropractor (DC), who may not certify a therapy plan of care. Multidisciplinary clinic form in bordered tables.")

plan(id="z19", slug="fhir_pt_careplan", fmt="fhir", payer="medicare-outpatient-therapy", states=[],
     as_of=D(2026, 2, 20),
     org="Meridian Health Network – Outpatient Therapy, Eastfield", title="Physical therapy plan of care",
     client=client("Cornelius B. Adeyemi", D(1949, 7, 3), "9KM2U61TP47".replace("9KM2", "4KM7"), sex="male"),
     first_tx=D(2026, 1, 26), plan=D(2026, 1, 26), period=(D(2026, 1, 26), D(2026, 4, 24)),
     dx=[dict(code="M17.11", desc="Unilateral primary osteoarthritis, right knee", primary=True)],
     problems=[dict(title=None, goals=[
         G("Patient will walk 1000 ft in the community with no assistive device and knee pain 2/10 or less.", D(2026, 4, 20), [],
           []),
         G("Patient will rise from a standard-height chair 5 times in 12 seconds or less without using his arms.", D(2026, 3, 23), [], [])])],
     services=[SV("Therapeutic exercise", "97110", "2 units", "2x/week", "12 weeks"),
               SV("Gait training", "97116", "1 unit", "2x/week", "8 weeks")],
     duration="12 weeks",
     sigs=[sig("Physical therapist", "clinician", "Yvonne Castellanos", "PT, DPT", D(2026, 1, 26), "esign", npi=npi("190817263")),
           sig("Certifying physician", "physician", "Stephen Marchetti", "MD", D(2026, 2, 3), "esign", npi=npi("157482930"))],
     gaps=[], note="FHIR R4 Bundle (Patient, Condition, Goal, ServiceRequest, CarePlan, Practitioner, Provenance signatures).")

plan(id="z20", slug="scanned_ot_vague_goal", fmt="docx", family="ocr", payer="medicare-outpatient-therapy", states=[],
     as_of=D(2026, 2, 27), df="us", wrap=66, break_kind="continuous", stray_page="Page {n}",
     org="Westbrook Occupational Therapy, PLLC", title="OCCUPATIONAL THERAPY PLAN OF CARE",
     running_header=["Westbrook Occupational Therapy, PLLC        Fax (555) 014-7720", "Patient: Marguerite E. Fontaine   DOB: 12/14/1951   Medicare #: 7PK8W21FD65"],
     client=client("Marguerite E. Fontaine", D(1951, 12, 14), "7PK8W21FD65".replace("7PK8", "6PM3")),
     L={"client": "Patient", "member": "Medicare #", "first_tx": "Date of Evaluation/First Visit", "plan": "Date of POC",
        "period": "Certification From/To", "goal": "Goal", "objective": "STG"},
     first_tx=D(2026, 2, 9), plan=D(2026, 2, 9), period=(D(2026, 2, 9), D(2026, 5, 9)),
     presenting="Right middle trigger finger release 01/22/2026. Edema, stiffness; grip R 20 lb vs L 52 lb; unable to open jars or button cuffs.",
     dx=[dict(code="M65.331", desc="Trigger finger, right middle finger", primary=True),
         dict(code="M79.641", desc="Pain in right hand")],
     problems=[dict(title=None, goals=[
         G("Pt will open a new jar and button shirt cuffs independently using the R hand.", D(2026, 4, 6), [
             O("Increase R grip strength from 20 lb to 40 lb.", D(2026, 3, 23), baseline="20 lb"),
             O("Achieve full composite fist of the R middle finger (0 cm tip-to-palm distance).", D(2026, 3, 9), baseline="2.5 cm")],
           ["Therapeutic exercise (97110)", "Scar and edema management, manual therapy (97140)"]),
         G("Improve use of right hand for daily tasks.", None, [], ["Therapeutic activities (97530)"])])],
     services=[SV("Therapeutic exercise", "97110", "2 units", "2x/week", "8 weeks"),
               SV("Manual therapy", "97140", "1 unit", "2x/week", "4 weeks"),
               SV("Therapeutic activities", "97530", "1 unit", "1x/week", "8 weeks")],
     duration="8 weeks", attest=MOT_CERT,
     sigs=[sig("Occupational Therapist", "clinician", "Beatriz Salgado", "OTR/L", D(2026, 2, 9), "wet"),
           sig("Physician", "physician", "Howard Lim", "MD", D(2026, 2, 13), "wet", npi=npi("183746529"))],
     gaps=[["goal-not-measurable"]], note="Goal 2 ('Improve use of right hand for daily tasks') has no measure, no level and no short-term goals. Scanned/OCR'd plan: hard line breaks, continuous section breaks, stray 'Page n' lines, header repeated as text.")

# --- Medicare home health ----------------------------------------------------------------------------

HH_DEFAULT = dict(provider_no="HHA 10-7731", meds="See attached medication profile (reconciled at SOC).",
                  dme="Walker, shower chair, raised toilet seat", safety="Fall precautions; clear pathways; night light",
                  nutrition="2 g sodium, carbohydrate-controlled", functional="Endurance, ambulation, dyspnea with minimal exertion",
                  activities="Up as tolerated; walker", mental="Oriented; forgetful at times", prognosis="Fair")

plan(id="z21", slug="hha_485_table", fmt="docx", family="hh485", payer="medicare-home-health", states=[],
     as_of=D(2026, 2, 11), df="us",
     org="Lakeshore Home Care (a Lakeshore Regional Health System agency)", org_addr="900 Harbor Blvd, Suite 200\n(555) 013-4400",
     title="Home Health Certification and Plan of Care",
     client=client("Winifred A. Caldwell", D(1938, 5, 2), "2QA6D08FJ93".replace("2QA6", "3QC8"), mrn="LHC-004417", sex="F",
                   address="77 Orchard Lane\nMillbrook"),
     L={"member": "Patient's Medicare No.", "mrn": "Medical Record No."},
     plan=None, period=(D(2026, 1, 7), D(2026, 3, 7)),
     hh=dict(HH_DEFAULT, soc=D(2026, 1, 7), verbal=D(2026, 1, 6), received=D(2026, 1, 16), dx_date="12/29/2025",
             phys_addr="Northside Internal Medicine, 12 Elm Court"),
     dx=[dict(code="I50.32", desc="Chronic diastolic (congestive) heart failure", primary=True),
         dict(code="I11.0", desc="Hypertensive heart disease with heart failure"),
         dict(code="E11.9", desc="Type 2 diabetes mellitus without complications")],
     problems=[
         dict(title="SN", goals=[
             G("Patient will keep daily weight gain under 3 lb in a week, with weights logged daily.", D(2026, 3, 7), [
                 O("Patient/caregiver will state 3 signs of heart failure worsening and when to call the agency.", D(2026, 1, 28))],
               ["SN to assess cardiopulmonary status, weight, edema and vital signs each visit",
                "SN to teach heart-failure diet, daily weights and medication regimen"])]),
         dict(title="PT", goals=[
             G("Patient will walk 150 ft with a rolling walker, modified independent, with no loss of balance.", D(2026, 3, 4), [],
               ["PT for gait training, balance and home exercise program"])])],
     services=[SV("SN", None, None, "1w9", None), SV("PT", None, None, "2w4, 1w4", None), SV("HHA", None, "1 hour visits", "2w6", None)],
     duration=None,
     sigs=[sig("Nurse", "other", "Colleen Avery", "RN", D(2026, 1, 7), "typed"),
           sig("Attending physician", "physician", "Nathaniel Brooks", "MD", D(2026, 1, 15), "esign", npi=npi("112358132"))],
     gaps=[], note="CMS-485-style plan of care in a two-column table of numbered boxes; orders written as visit strings (1w9, 2w4, 1w4).")

plan(id="z22", slug="hha_485_pdf_undated", fmt="docx", family="hh485", hh_mode="textbox", payer="medicare-home-health", states=[],
     as_of=D(2026, 2, 10), df="us",
     org="Riverbend Home Health Services, Inc.", org_addr="41 Commerce Park Dr.\n(555) 014-2200",
     title="Home Health Certification and Plan of Care",
     client=client("Clarence J. Whitaker", D(1940, 10, 19), "8NF4K26CM71".replace("8NF4", "9NJ2"), mrn="RHH-23170", sex="M",
                   address="1502 Dunmore St."),
     L={"member": "Patient's HI Claim No."},
     plan=None, period=(D(2026, 1, 13), D(2026, 3, 13)),
     hh=dict(HH_DEFAULT, soc=D(2026, 1, 13), received=D(2026, 1, 26), dx_date="01/08/2026",
             phys_addr="Riverbend Family Medicine, 300 Main St", functional="Ambulation, endurance",
             nutrition="Regular, encourage protein"),
     dx=[dict(code="L89.153", desc="Pressure ulcer of sacral region, stage 3", primary=True),
         dict(code="E11.9", desc="Type 2 diabetes mellitus without complications"),
         dict(code="Z74.09", desc="Other reduced mobility")],
     problems=[
         dict(title="SN", goals=[
             G("Sacral wound will decrease in size from 3.0 x 2.5 cm to 1.5 x 1.0 cm or smaller, with no signs of infection.", D(2026, 3, 13), [],
               ["SN to perform wound care to sacrum: cleanse with NS, apply calcium alginate and foam dressing every other day and PRN soiling",
                "SN to teach caregiver repositioning every 2 hours and pressure-relief cushion use"])]),
         dict(title="Caregiver", goals=[
             G("Caregiver will return-demonstrate the dressing change correctly on 2 consecutive visits.", D(2026, 2, 3), [],
               [])])],
     services=[SV("SN", None, None, "3w3, 2w6", None), SV("HHA", None, "1 hr", "2w8", None)],
     duration=None,
     sigs=[sig("Nurse", "other", "Denise Farrow", "RN", D(2026, 1, 13), "typed"),
           sig("Attending physician", "physician", "Samuel Okafor", "MD", None, "wet", npi=npi("167283940"))],
     gaps=[["signature-missing"]], note="The attending physician's signature in box 27 has no date. CMS-485 converted from PDF: every box is a bordered floating text box positioned on the page.")

plan(id="z23", slug="hha_text_export_prn", fmt="docx", family="spacecols", payer="medicare-home-health", states=[],
     as_of=D(2026, 2, 17), df="us",
     org="Heartland Home Health Services", title="Plan of Care (485) - Text Export",
     report_header=["HEARTLAND HOME HEALTH SERVICES            PLAN OF CARE            PG {n}", "PATIENT: HOLLOWAY, BERNARD K     MR# HHH-88120"],
     client=client("Bernard K. Holloway", D(1941, 1, 30), "5RD8E34AW05".replace("5RD8", "7RF2"), mrn="HHH-88120"),
     L={"client": "PATIENT", "dob": "DOB", "member": "MEDICARE NO", "mrn": "MR#", "period": "CERT PERIOD",
        "first_tx": "SOC DATE", "goal": "GOAL", "objective": "STEP", "services": "ORDERS FOR DISCIPLINES (AMOUNT/FREQUENCY/DURATION)",
        "dx": "DIAGNOSES", "goals_head": "GOALS / REHAB POTENTIAL / DISCHARGE PLANS"},
     first_tx=D(2026, 1, 20), period=(D(2026, 1, 20), D(2026, 3, 20)),
     presenting="Discharged from hospital 01/17/2026 after urosepsis; indwelling Foley catheter; weak and deconditioned.",
     presenting_head="HOMEBOUND STATUS / CLINICAL SUMMARY",
     dx=[dict(code="N39.0", desc="Urinary tract infection, site not specified", primary=True),
         dict(code="Z96.0", desc="Presence of urogenital implants"),
         dict(code=None, desc="Chronic kidney disease stage 3"),
         dict(code=None, desc="Osteoarthritis, both knees")],
     problems=[dict(title="Skilled nursing and aide care", goals=[
         G("Patient will have no signs or symptoms of urinary tract infection (temperature below 100.4 F, clear urine) for the certification period.", D(2026, 3, 20), [],
           ["SN to assess catheter patency, perform catheter care and change Foley 16 Fr monthly and PRN",
            "SN to teach patient and wife signs of UTI and when to call"]),
         G("Patient and wife will demonstrate correct catheter bag emptying and hand hygiene on 2 consecutive visits.", D(2026, 2, 17), [], []),
         G("Patient will bathe with HHA standby assist only, no more than 2 rest breaks.", D(2026, 3, 20), [],
           ["HHA for personal care and bathing"])])],
     services=[SV("SN", None, None, "1w9", None), SV("SN", None, None, "PRN for catheter problems", None),
               SV("HHA", None, "1 hr", "2w8", None)],
     duration=None,
     sigs=[sig("RN CASE MANAGER", "other", "Teresa Vaughn", "RN", D(2026, 1, 20), "typed"),
           sig("CERTIFYING PHYSICIAN", "physician", "Ambrose Kettering", "MD", D(2026, 1, 27), "typed", npi=npi("101928374"))],
     gaps=[["frequency-missing"], ["diagnosis-code-missing"]],
     note="A PRN skilled-nursing order has no visit limit; two other diagnoses are listed without ICD-10-CM codes. Fixed-width text export with wrapped columns.")

plan(id="z24", slug="ccda_hh_poc", fmt="ccda", payer="medicare-home-health", states=[],
     as_of=D(2026, 2, 19),
     org="Crescent Valley Home Health", title="Home Health Plan of Care",
     client=client("Agnes P. Thornbury", D(1937, 9, 4), "6TR3Q98MA27".replace("6TR3", "2TW5"), mrn="CVHH-5521", sex="F"),
     first_tx=D(2026, 1, 21), plan=D(2026, 1, 21), period=(D(2026, 1, 21), D(2026, 3, 21)),
     dx=[dict(code="J44.1", desc="Chronic obstructive pulmonary disease with (acute) exacerbation", primary=True),
         dict(code="Z99.81", desc="Dependence on supplemental oxygen")],
     problems=[dict(title="COPD", goals=[
         G("Patient will keep oxygen saturation at 90% or higher on 2 L/min at rest and with activity at every visit.", D(2026, 3, 21), [],
           ["SN to assess respiratory status, O2 saturation and inhaler technique each visit"]),
         G("Patient will walk 100 ft with a rolling walker and rest no more than once.", D(2026, 3, 14), [],
           ["PT for endurance and gait training"])])],
     services=[SV("Skilled nursing visits", None, None, "2w3, 1w6", None), SV("Physical therapy visits", None, None, "2w4", None)],
     sigs=[sig("Certifying physician", "physician", "Lorraine Batiste", "MD", D(2026, 1, 29), "esign", npi=npi("176543210")),
           sig("Case manager", "other", "Miriam Holt", "RN", D(2026, 1, 21), "esign")],
     gaps=[], note="C-CDA Care Plan for home health with legalAuthenticator = certifying physician.")

plan(id="z25", slug="hospital_hha_69day", fmt="docx", family="hosp", payer="medicare-home-health", states=[], shade="DEEAF6",
     as_of=D(2026, 2, 9), df="us_nz",
     org="Saint Columba Health – Home Care Services", dept="Hospital-based home health agency",
     title="Home Health Plan of Care", subtitle="Initial certification",
     client=client("Howard T. Pennington", D(1942, 8, 25), "8EC2N47TR51".replace("8EC2", "3EH9"), mrn="SCH 7739102", sex="M"),
     L={"client": "Patient", "member": "Medicare Beneficiary Identifier", "first_tx": "Start of care",
        "period": "Certification period", "goal": "Goal", "objective": "Step", "services": "Orders (discipline, frequency, duration)"},
     first_tx=D(2026, 1, 5), period=(D(2026, 1, 5), D(2026, 3, 15)),
     presenting="Post-operative care after left hip hemiarthroplasty 12/30/2025; walker, needs help with bathing; homebound due to taxing effort to leave home.",
     dx=[dict(code="S72.002D", desc="Fracture of unspecified part of neck of left femur, subsequent encounter for closed fracture with routine healing", primary=True),
         dict(code="I10", desc="Essential (primary) hypertension")],
     problems=[dict(title="Mobility after hip fracture", goals=[
         G("Patient will walk 200 ft with a rolling walker, modified independent, and climb 3 entry steps with a rail.", D(2026, 3, 9), [],
           ["PT for gait, transfer and stair training; home exercise program"]),
         G("Patient will shower using a shower chair and grab bar with set-up assist only.", D(2026, 3, 2), [],
           ["OT for bathing and dressing retraining, adaptive equipment"]),
         G("Incision will be fully healed with no signs of infection.", D(2026, 1, 30), [],
           ["SN to assess incision, pain and anticoagulant adherence"])])],
     services=[SV("SN", None, None, "1w3", None), SV("PT", None, "45-60 min", "3w3, 2w4", None), SV("OT", None, "45 min", "2w4", None)],
     duration="10 weeks (through end of certification)",
     boiler=[BOIL["hh_rights"]],
     attest="I certify that this patient is confined to the home, is under my care, needs intermittent skilled services, and that I have authorized this plan of care, which I will review periodically.",
     sigs=[sig("Clinical manager", "other", "Fiona Reyes", "RN", D(2026, 1, 5), "esign"),
           sig("Certifying practitioner", "physician", "Julian Mercer", "NP", D(2026, 1, 12), "esign", npi=npi("198765432"))],
     gaps=[["review-interval-exceeded"]], note="Certification period 01/05/2026-03/15/2026 runs 69 days (60 allowed; a warning, unverified requirement). Hospital-based agency form in bordered tables, certified by a nurse practitioner.")

plan(id="z26", slug="ehr_hh_poc", fmt="docx", family="epic", payer="medicare-home-health", states=[], styled_headings=True,
     as_of=D(2026, 2, 24), df="us",
     org="Northwind Health", dept="Northwind Home Health & Hospice – Home Health",
     title="Home Health Plan of Care (Certification)",
     client=client("Ida Mae Fairbanks", D(1935, 12, 12), "4YH6C73JN19".replace("4YH6", "5YK1"), mrn="NW00311984", sex="Female"),
     L={"client": "Patient", "member": "Medicare ID", "first_tx": "Start of Care", "period": "Certification Period",
        "goal": "Goal", "objective": "Measure", "services": "Disciplines and Visit Frequency", "goals_head": "Goals by Discipline"},
     first_tx=D(2026, 2, 2), period=(D(2026, 2, 2), D(2026, 4, 2)),
     presenting="New insulin start for type 2 diabetes with hyperglycemia; lives alone, daughter visits daily; poor vision limits insulin pen use.",
     dx=[dict(code="E11.65", desc="Type 2 diabetes mellitus with hyperglycemia", primary=True),
         dict(code="Z79.4", desc="Long term (current) use of insulin"),
         dict(code="I10", desc="Essential (primary) hypertension")],
     problems=[dict(title="Skilled nursing", goals=[
         G("Patient will self-administer insulin with the pen magnifier with correct dose on 3 consecutive observed visits.", D(2026, 3, 16), [],
           ["SN to teach insulin pen use, hypoglycemia recognition and glucose monitoring"]),
         G("Fasting blood glucose will be between 80 and 150 mg/dL on at least 5 of 7 days, per the glucose log.", D(2026, 4, 2), [],
           ["SN to review glucose log each visit and report readings over 300 to the physician"])])],
     services=[SV("Skilled nursing", None, "1 visit", "3w1, 2w2, 1w5", None), SV("Medical social worker", None, "1 visit", "1w1", None)],
     duration=None,
     boiler=[BOIL["hh_rights"]],
     sigs=[sig("RN Case Manager", "other", "Grace Oyelaran", "RN", D(2026, 2, 2), "esign"),
           sig("Certifying Physician", "physician", "Victor Almeida", "DO", D(2026, 2, 9), "esign", npi=npi("154321098"))],
     gaps=[], note="Health-system home-health plan of care as an EHR print; banner in page header; Word heading styles; e-signature stamps.")

# --- Commercial ABA ---------------------------------------------------------------------------------

def aba_services(rbt=20, bcba=3, parent=1, code153="97153", rbt_hours=True):
    return [SV("Adaptive behavior treatment by protocol (RBT)", code153, None, "5 days/week", "6 months",
               hours=f"{rbt} hours per week" if rbt_hours else None),
            SV("Protocol modification / supervision (BCBA)", "97155", None, "weekly", "6 months", hours=f"{bcba} hours per week"),
            SV("Family adaptive behavior treatment guidance", "97156", None, "weekly", "6 months", hours=f"{parent} hour per week")]


plan(id="z27", slug="childrens_hospital_aba", fmt="docx", family="hosp", payer="commercial-aba", states=[], shade="FFF2CC",
     as_of=D(2026, 2, 2), df="us",
     org="Children's Hospital of the Valley", dept="Center for Autism Services",
     title="ABA Treatment Plan and Authorization Request", subtitle="Initial authorization",
     footer="CHV-ASD-TP rev. 2025-09",
     client=client("Mateo J. Reyes", D(2019, 8, 14), "BCX829104457", mrn="CHV-1190032", sex="M"),
     L={"client": "Child's name", "member": "Blue Crest Health member ID", "plan": "Plan date", "period": "Authorization period",
        "goal": "Goal", "objective": "Step", "baseline": "Baseline", "mastery": "Mastery criterion",
        "services": "Requested services (CPT, hours per week)", "duration": "Requested duration"},
     payer_name="Blue Crest Health (commercial)",
     plan=D(2026, 1, 15), period=(D(2026, 2, 1), D(2026, 7, 31)),
     assessments=[dict(instrument="VB-MAPP", date=D(2026, 1, 6), scores="Milestones 52/170; Barriers 38", by="Sofia Lindahl, BCBA"),
                  dict(instrument="Vineland-3 (parent form)", date=D(2026, 1, 8), scores="Adaptive Behavior Composite 68", by="Sofia Lindahl, BCBA")],
     dx=[dict(code="F84.0", desc="Autistic disorder (autism spectrum disorder, level 2)", primary=True,
              by="Lila Okonkwo, PhD, licensed psychologist", on=D(2025, 10, 21))],
     problems=[
         dict(title="Communication", goals=[
             G("Mateo will request preferred items using 2-word phrases (mand) without prompts.", D(2026, 7, 31),
               baseline="Mands with single words in 20% of opportunities", mastery="80% of opportunities across 3 consecutive sessions",
               domain="Communication", interventions=["Natural environment teaching", "Mand training with transfer of stimulus control"])]),
         dict(title="Problem behavior", goals=[
             G("Mateo will reduce elopement to 1 or fewer episodes per week.", D(2026, 7, 31),
               baseline="Average 9 episodes per week (10-day ABC data)", mastery="1 or fewer episodes per week for 4 consecutive weeks",
               domain="Behavior reduction", interventions=["Function-based treatment (FCT for escape)", "Response blocking"])]),
         dict(title="Caregiver training", goals=[
             G("Parents will implement the elopement prevention protocol with 90% fidelity on the caregiver checklist.", D(2026, 5, 31),
               baseline="40% fidelity (1/5/2026 observation)", mastery="90% fidelity across 3 consecutive observed sessions",
               domain="Caregiver training", interventions=["Behavior skills training (instruction, modeling, rehearsal, feedback)"])])],
     services=aba_services(20, 3, 1),
     duration="6 months (02/01/2026 – 07/31/2026)",
     reviews=[dict(date=D(2026, 7, 15), label="Progress report and plan update due")],
     boiler=[BOIL["aba_consent"], BOIL["privacy"]],
     sigs=[sig("Supervising BCBA", "clinician", "Sofia Lindahl", "BCBA", D(2026, 1, 15), "esign", npi=npi("115599884")),
           sig("Parent/Guardian", "guardian", "Daniela Reyes", None, D(2026, 1, 16), "esign")],
     gaps=[], note="Hospital autism center form: identification grid, assessment and diagnosis tables, goal grids with baseline/mastery rows, services by CPT with hours per week, signature table.")

plan(id="z28", slug="aba_pm_software_pdf", fmt="docx", family="frames", payer="commercial-aba", states=[], wrap=100,
     as_of=D(2026, 2, 6), df="us_nz", font="Verdana",
     org="BrightPath Behavioral Therapy", title="Treatment Plan – Initial Assessment Report",
     running_header=["BrightPath Behavioral Therapy   |   Report generated by BehaviorTrack Pro 7.2", "Learner: Aiden Castellano   |   Member ID: UNH-662810477-01"],
     page_fmt="{n} / {m}",
     client=client("Aiden Castellano", None, "UNH-662810477-01", age="6 years 4 months"),
     L={"client": "Learner", "member": "Member ID", "plan": "Report date", "period": "Requested authorization",
        "goal": "Target", "baseline": "Baseline", "mastery": "Mastery", "duration": "Duration requested"},
     payer_name="United Northern Health",
     plan=D(2026, 1, 22), period=(D(2026, 2, 9), D(2026, 8, 8)),
     assessments=[dict(instrument="ABLLS-R", date=D(2026, 1, 12), scores="Total 412", by="Kendra Oduya, BCBA"),
                  dict(instrument="Vineland-3", date=D(2026, 1, 14), scores="ABC 71", by="Kendra Oduya, BCBA")],
     dx=[dict(code="F84.0", desc="Autism spectrum disorder", primary=True,
              by="Michael Trent, MD (developmental pediatrics)", on=D(2025, 6, 3))],
     problems=[
         dict(title="Social skills", goals=[
             G("Aiden will take turns in a 2-player game for 5 consecutive turns with no prompts.", D(2026, 8, 8),
               baseline="2 turns with gestural prompts", mastery="4 of 5 sessions across 2 weeks", domain="Social")]),
         dict(title="Daily living", goals=[
             G("Aiden will wash his hands completing all 8 task-analysis steps independently.", D(2026, 6, 30),
               baseline="3 of 8 steps independent", mastery="100% of steps for 5 consecutive opportunities", domain="Adaptive")]),
         dict(title="Behavior", goals=[
             G("Aiden will reduce tantrums lasting more than 1 minute to no more than 2 per week.", D(2026, 8, 8),
               baseline="12 per week", mastery="2 or fewer per week for 3 consecutive weeks", domain="Behavior reduction")])],
     services=aba_services(15, 2, 1),
     duration="6 months", reviews=[dict(date=D(2026, 7, 20), label="Re-assessment / progress report due")],
     boiler=[BOIL["aba_consent"]],
     sigs=[sig("BCBA", "clinician", "Kendra Oduya", "BCBA", D(2026, 1, 22), "esign"),
           sig("Guardian", "guardian", "Renee Castellano", None, D(2026, 1, 23), "esign")],
     gaps=[["caregiver-goal-missing"], ["field-missing"]],
     note="No goal involves the parents even though 97156 is requested; the learner's date of birth is not given (age only). Practice-management report converted from PDF: frames, repeated banner, 'n / m' page numbers.")

plan(id="z29", slug="aba_textbox_12mo_nobaseline", fmt="docx", family="textbox", tb_mode="mixed", vml_only=True,
     payer="commercial-aba", states=[], as_of=D(2026, 1, 30), df="long",
     org="Coastal Spectrum ABA, LLC", title="Behavior Analytic Treatment Plan",
     client=client("Lily Ann Prescott", D(2020, 3, 3), "AHP 4418 2290 17"),
     L={"client": "Client", "member": "Subscriber/Member ID", "plan": "Plan Date", "period": "Treatment Period",
        "duration": "Length of authorization requested"},
     plan=D(2026, 1, 5), period=(D(2026, 1, 5), D(2027, 1, 4)),
     assessments=[dict(instrument="VB-MAPP", date=D(2025, 12, 15), scores="Level 1-2; 41 milestones", by="Jonah Whitley, BCBA")],
     dx=[dict(code="F84.0", desc="Autism spectrum disorder, level 2", primary=True,
              by="Anita Desai, PhD, psychologist", on=D(2025, 9, 30))],
     problems=[
         dict(title="Communication", goals=[
             G("Lily will answer 10 different 'wh' questions about daily routines with 80% accuracy.", D(2026, 6, 30),
               baseline="2 of 10 questions answered correctly", mastery="80% across 3 consecutive sessions")]),
         dict(title="Play", goals=[
             G("Lily will engage in pretend play with a peer for 5 minutes, taking at least 3 turns.", D(2026, 6, 30),
               mastery="3 consecutive sessions with 2 different peers")]),
         dict(title="Caregiver training", goals=[
             G("Caregiver will deliver praise within 3 seconds of target behavior in 80% of observed opportunities.", D(2026, 4, 30),
               baseline="35% of opportunities", mastery="80% for 3 consecutive caregiver sessions")])],
     services=aba_services(18, 2, 1),
     duration="12 months",
     reviews=[dict(date=D(2026, 7, 1), label="Six-month progress review")],
     boiler=[BOIL["aba_consent"]],
     sigs=[sig("Supervising BCBA", "clinician", "Jonah Whitley", "BCBA", D(2026, 1, 5), "slash"),
           sig("Parent/Guardian", "guardian", "Corinne Prescott", None, D(2026, 1, 6), "wet")],
     gaps=[["baseline-missing"], ["duration-exceeds-limit"]],
     note="The play goal records no baseline; the treatment period and requested authorization run 12 months (6 allowed). Demographics and signature block in VML text boxes, body flowing.")

plan(id="z30", slug="hospital_aba_old_assessment", fmt="docx", family="hosp", payer="commercial-aba", states=[],
     as_of=D(2026, 2, 12), df="us",
     org="Mountain States Pediatric Health", dept="Behavioral Health – ABA Program",
     title="ABA Treatment Plan – Continuation Request", subtitle="Re-authorization",
     client=client("Noah E. Birchfield", D(2017, 11, 20), "MSH-ZX7715302", mrn="MSPH-4402187", sex="M"),
     L={"client": "Patient", "member": "Member ID", "plan": "Plan date", "period": "Authorization period requested"},
     plan=D(2026, 1, 20), period=(D(2026, 2, 1), D(2026, 7, 31)),
     assessments=[dict(instrument="VB-MAPP", date=D(2024, 12, 10), scores="Milestones 121/170", by="Harper Quist, BCBA"),
                  dict(instrument="Functional behavior assessment (interview and observation)", date=D(2026, 1, 9), scores="Function: escape", by="Harper Quist, BCBA")],
     dx=[dict(code="F84.0", desc="Autistic disorder", primary=True, by="Rosalind Ives, MD (child psychiatry)", on=D(2022, 5, 17))],
     problems=[
         dict(title="Communication", goals=[
             G("Noah will initiate a conversation with a peer at recess on 4 of 5 school days.", D(2026, 7, 31),
               baseline="1 of 5 days", mastery="4 of 5 days for 3 consecutive weeks")]),
         dict(title="Behavior", goals=[
             G("Noah will reduce aggression (hitting) to 0 episodes per week.", D(2026, 7, 31),
               baseline="4 episodes per week", mastery="0 episodes for 4 consecutive weeks")]),
         dict(title="Parent training", goals=[
             G("Mother will use the first-then visual and planned ignoring with 85% fidelity during homework.", D(2026, 5, 31),
               baseline="50% fidelity", mastery="85% fidelity in 3 consecutive observations")])],
     services=[SV("Adaptive behavior treatment by protocol (RBT)", "97153", "1040 units for the authorization period", "3-4 days/week", "6 months"),
               SV("Protocol modification (BCBA)", "97155", None, "weekly", "6 months", hours="2 hours per week"),
               SV("Family guidance", "97156", None, "every other week", "6 months", hours="0.5 hours per week")],
     duration="6 months", reviews=[dict(date=D(2026, 7, 10), label="Next progress review")],
     sigs=[sig("Supervising BCBA", "clinician", "Harper Quist", "BCBA-D", D(2026, 1, 20), "esign"),
           sig("Parent/Guardian", "guardian", "Megan Birchfield", None, D(2026, 1, 21), "esign")],
     gaps=[["assessment-outdated"], ["amount-missing"]],
     note="The only standardized assessment (VB-MAPP 12/10/2024) is 406 days old at the plan date (365 allowed; a warning); 97153 is requested as units per period with no hours per week. Hospital form in bordered tables.")

plan(id="z31", slug="aba_text_adhd_primary", fmt="docx", family="spacecols", payer="commercial-aba", states=[],
     as_of=D(2026, 2, 18), df="us",
     org="Great Lakes Behavior Consultants", title="ABA Plan of Care / Authorization Request",
     report_header=["GREAT LAKES BEHAVIOR CONSULTANTS         ABA PLAN OF CARE        PAGE {n}"],
     client=client("Jayden M. Okafor", D(2018, 4, 9), "LKW90217733"),
     L={"client": "CLIENT", "dob": "DOB", "member": "INS ID", "plan": "PLAN DATE", "period": "AUTH PERIOD",
        "goal": "GOAL", "baseline": "BASELINE", "mastery": "MASTERY", "duration": "DURATION"},
     payer_name="Lakewood Mutual",
     plan=D(2026, 2, 2), period=(D(2026, 2, 16), D(2026, 8, 15)),
     assessments=[dict(instrument="Vineland-3", date=D(2026, 1, 20), scores="ABC 74", by="Paula Sandberg, BCBA"),
                  dict(instrument="ABLLS-R", date=D(2026, 1, 22), scores="see report", by="Paula Sandberg, BCBA")],
     dx=[dict(code="F90.2", desc="Attention-deficit hyperactivity disorder, combined type", primary=True,
              by="Omar Haddad, MD, pediatrician", on=D(2025, 11, 4)),
         dict(code="F91.3", desc="Oppositional defiant disorder")],
     problems=[
         dict(title="On-task behavior", goals=[
             G("Jayden will stay on task during 10-minute independent seatwork for 80% of intervals.", D(2026, 8, 15),
               baseline="35% of intervals", mastery="80% of intervals across 5 consecutive sessions")]),
         dict(title="Compliance", goals=[
             G("Jayden will follow adult instructions within 10 seconds on 85% of trials.", D(2026, 8, 15),
               baseline="40% of trials", mastery="85% across 3 consecutive sessions")]),
         dict(title="Caregiver", goals=[
             G("Parent will deliver effective instructions and token reinforcement with 90% fidelity.", D(2026, 6, 15),
               baseline="45% fidelity", mastery="90% on 3 consecutive home visits")])],
     services=aba_services(10, 2, 1),
     duration="6 months", reviews=[dict(date=D(2026, 8, 1), label="NEXT REVIEW")],
     sigs=[sig("BCBA", "clinician", "Paula Sandberg", "BCBA", D(2026, 2, 2), "typed"),
           sig("PARENT/GUARDIAN", "guardian", "Chioma Okafor", None, D(2026, 2, 3), "typed")],
     gaps=[["diagnosis-not-covered"]],
     note="Primary diagnosis is ADHD (F90.2) with ODD; no autism spectrum diagnosis. Fixed-width text report.")

plan(id="z32", slug="native_aba_clean", fmt="yaml", payer="commercial-aba", states=[],
     as_of=D(2026, 3, 2),
     org="Evergreen Autism Partners", title="ABA treatment plan",
     client=client("Sienna R. Valdez", D(2021, 1, 26), "PNW-3318842-00"),
     plan=D(2026, 2, 10), period=(D(2026, 2, 16), D(2026, 8, 15)),
     assessments=[dict(instrument="VB-MAPP", date=D(2026, 1, 28), scores={"milestones": "38"}, by="Tessa Morrow, BCBA")],
     dx=[dict(code="F84.0", desc="Autism spectrum disorder", primary=True, by="Dr. Kiran Bhatt, PsyD", on=D(2025, 12, 2))],
     problems=[dict(title="Skill acquisition", goals=[
         G("Sienna will imitate 10 two-step motor actions after a model.", D(2026, 8, 15),
           baseline="3 of 10 actions", mastery="90% across 3 consecutive sessions", domain="Imitation"),
         G("Sienna will request a break with a picture card instead of screaming.", D(2026, 8, 15),
           baseline="0 independent requests; 14 screaming episodes per day", mastery="80% of break requests independent for 2 consecutive weeks",
           domain="Communication / behavior"),
         G("Father will run 10-minute play-based teaching sessions with 85% fidelity.", D(2026, 6, 15),
           baseline="30% fidelity", mastery="85% fidelity on 3 consecutive observations", domain="Caregiver training")])],
     services=aba_services(12, 2, 1),
     duration="6 months", reviews=[dict(date=D(2026, 8, 3), label="review")],
     sigs=[sig("BCBA", "clinician", "Tessa Morrow", "BCBA", D(2026, 2, 10), "electronic"),
           sig("Parent/Guardian", "guardian", "Ricardo Valdez", None, D(2026, 2, 11), "handwritten")],
     gaps=[], note="authcheck native YAML plan (schema authcheck-plan/1).")

plan(id="z33", slug="aba_layout_tables", fmt="docx", family="layout", payer="commercial-aba", states=[],
     as_of=D(2026, 2, 23), df="dash",
     org="Little Steps Behavioral Health", org_addr="2200 Prospect Ave, Suite 5",
     title="ABA Individualized Treatment Plan",
     client=client("Elijah T. Morgan", D(2019, 12, 1), "CIG-U88210345"),
     L={"client": "Client name", "member": "Member #", "plan": "Date of plan", "period": "Auth period", "duration": "Duration"},
     payer_name="Cedar Insurance Group",
     plan=D(2026, 2, 3), period=(D(2026, 2, 16), D(2026, 8, 15)),
     assessments=[dict(instrument="VB-MAPP", date=D(2026, 1, 21), scores="Milestones 64", by="Rhea Castillo, BCBA"),
                  dict(instrument="Vineland-3", date=D(2026, 1, 23), scores="ABC 70", by="Rhea Castillo, BCBA")],
     dx=[dict(code="F84.0", desc="Autism spectrum disorder", primary=True, by="Gwen Hollis, PhD", on=D(2025, 12, 9))],
     problems=[
         dict(title="Communication", goals=[
             G("Elijah will label 50 common items in books and the environment.", D(2026, 8, 15),
               baseline="12 items", mastery="90% accuracy across 2 consecutive sessions for each item",
               interventions=["Discrete trial teaching", "Incidental teaching"])]),
         dict(title="Self-care", goals=[
             G("Elijah will use the toilet with no accidents for 5 consecutive school days.", D(2026, 8, 15),
               baseline="2-3 accidents per day", mastery="0 accidents for 5 consecutive days, twice",
               interventions=["Scheduled sits with reinforcement"])]),
         dict(title="Caregiver training", goals=[
             G("Parents will follow the toileting protocol with 90% fidelity at home.", D(2026, 5, 15),
               baseline="0% fidelity (protocol not yet trained)", mastery="90% fidelity on 3 consecutive parent sessions",
               interventions=["Behavior skills training with the parents"])])],
     services=aba_services(20, 3, 1, code153="9715"),
     duration="6 months", reviews=[dict(date=D(2026, 8, 3), label="Progress review due")],
     sigs=[sig("Supervising BCBA", "clinician", "Rhea Castillo", "BCBA", D(2026, 2, 3), "typed"),
           sig("Parent/Guardian", "guardian", "Shauna Morgan", None, None, "wet")],
     gaps=[["signature-missing"], ["service-code-invalid"]],
     note="The parent's signature has no date; the RBT service is coded '9715' (four digits). Converted with borderless layout tables: section names in a left column, nested goal and service tables.")

# --- State SUD programs (NY, FL, CA, TX) --------------------------------------------------------------

def sud_services(rows):
    return [SV(*r) for r in rows]


plan(id="z34", slug="ny_inpatient_rehab_hospital", fmt="docx", family="hosp", payer="base-treatment-plan", states=["ny-oasas-818"],
     shade="D9D9D9", as_of=D(2026, 1, 30), df="us",
     org="Hudson Valley Medical Center", dept="Chemical Dependence Inpatient Rehabilitation Unit (OASAS-certified)",
     title="Comprehensive Treatment Plan", subtitle="Inpatient rehabilitation – 14 NYCRR Part 818",
     client=client("Desmond A. Kowalski", D(1986, 3, 14), "CIN AB47731K", mrn="HVMC-9902174", sex="M"),
     L={"client": "Patient", "member": "NY Medicaid CIN", "admission": "Admission date", "plan": "Treatment plan date",
        "loc": "Level of care", "problem": "Problem area", "goal": "Goal", "objective": "Objective"},
     admission=D(2026, 1, 5), plan=D(2026, 1, 9), loc="Inpatient rehabilitation",
     presenting="Daily heavy alcohol use for 6 years with two prior detox admissions; transferred from medically supervised withdrawal on 01/05/2026.",
     dx=[dict(code="F10.20", desc="Alcohol dependence, uncomplicated", primary=True),
         dict(code="F17.210", desc="Nicotine dependence, cigarettes, uncomplicated"),
         dict(code="F32.1", desc="Major depressive disorder, single episode, moderate")],
     problems=[
         dict(title="Alcohol use", goals=[
             G("Patient will remain abstinent from alcohol with negative breathalyzer on every test during the stay.", D(2026, 2, 2), [
                 O("Patient will identify 5 high-risk situations and a coping response for each in his relapse prevention plan.", D(2026, 1, 23))],
               ["Individual counseling 2x weekly, 45 minutes (CASAC)", "Group counseling daily", "Relapse prevention education"])]),
         dict(title="Depression", goals=[
             G("Patient will reduce his PHQ-9 score from 16 to below 10 before discharge.", D(2026, 2, 2), [],
               ["Psychiatric evaluation and medication management", "CBT-based mood group 3x weekly"])]),
         dict(title="Nicotine", goals=[
             G("Patient will use nicotine replacement daily and smoke 0 cigarettes on the unit.", D(2026, 2, 2), [],
               ["Nicotine replacement therapy; tobacco education group weekly"])])],
     services=[SV("Individual counseling", None, "45 minutes", "2x weekly"), SV("Group counseling", None, "60 minutes", "daily (5x weekly)"),
               SV("Psychiatric medication management", None, "20 minutes", "weekly")],
     duration="28 days (projected)",
     boiler=[BOIL["part2"], BOIL["rights"]],
     sigs=[sig("Responsible clinical staff (primary counselor)", "clinician", "Yolanda Pruitt", "CASAC", D(2026, 1, 9), "esign"),
           sig("Patient", "client", "Desmond A. Kowalski", None, D(2026, 1, 9), "wet"),
           sig("Physician review", "physician", "Stanislav Berger", "MD", D(2026, 1, 12), "esign", npi=npi("143322110"))],
     gaps=[], note="Hospital inpatient rehab unit form in bordered tables; Part 2 notice; physician review signature 7 days after admission.")

plan(id="z35", slug="ny_rehab_pdf_late", fmt="docx", family="frames", payer="base-treatment-plan", states=["ny-oasas-818"],
     as_of=D(2026, 2, 6), df="us", wrap=96,
     org="Catskill Hope Recovery Center", title="Individual Treatment Plan – Inpatient Rehabilitation",
     running_header=["Catskill Hope Recovery Center • OASAS Operating Certificate 1187-004", "Individual Treatment Plan • Client: Tamara J. Ellison • DOB 07/29/1991"],
     client=client("Tamara J. Ellison", D(1991, 7, 29), "CIN TE90213M"),
     L={"client": "Client", "member": "Medicaid CIN", "admission": "Date admitted", "plan": "Plan date"},
     admission=D(2026, 1, 12), plan=D(2026, 1, 22),
     dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True),
         dict(code="F41.1", desc="Generalized anxiety disorder")],
     problems=[
         dict(title="Opioid use disorder", goals=[
             G("Client will stay free of illicit opioids, with negative urine toxicology on all weekly tests.", D(2026, 2, 9), [
                 O("Client will attend a buprenorphine induction consult and take medication as prescribed daily.", D(2026, 1, 29)),
                 O("Client will list 3 supports to call and attend 2 community mutual-help meetings before discharge.", D(2026, 2, 9))],
               ["Medication for opioid use disorder (buprenorphine)", "Individual counseling 2x/week", "Daily group therapy"])]),
         dict(title="Anxiety", goals=[
             G("Client will use a grounding skill during 3 of 4 anxious moments, per her daily card.", D(2026, 2, 9), [],
               ["Anxiety management group 2x/week"])])],
     services=[SV("Individual counseling", None, "45 min", "2x/week"), SV("Group therapy", None, "90 min", "daily")],
     duration="28 days",
     boiler=[BOIL["part2"]],
     sigs=[sig("Primary counselor", "clinician", "Wendell Marsh", "CASAC-2", D(2026, 1, 22), "slash"),
           sig("Client", "client", "Tamara J. Ellison", None, D(2026, 1, 22), "wet"),
           sig("Physician", "physician", "Ingrid Solberg", "MD", D(2026, 1, 22), "slash")],
     gaps=[["plan-late"]], note="Plan dated 01/22/2026, 10 days after the 01/12/2026 admission (7 allowed). PDF 'exact' conversion with frames and repeated header.")

plan(id="z36", slug="ny_rehab_text_export", fmt="docx", family="spacecols", payer="base-treatment-plan", states=["ny-oasas-818"],
     as_of=D(2026, 2, 27), df="us",
     org="Finger Lakes Recovery Services", title="Treatment Plan",
     report_header=["FINGER LAKES RECOVERY SERVICES - INPATIENT REHABILITATION   PAGE {n}", "TREATMENT PLAN (PRINTED 02/27/2026)"],
     client=client("Marcus L. Abernathy", D(1979, 10, 2), "CIN MA55120Q", mrn="FLRS-20441"),
     L={"client": "CLIENT", "dob": "DOB", "member": "MEDICAID CIN", "mrn": "CASE #", "admission": "ADMIT DATE",
        "plan": "PLAN DATE", "provider": "FACILITY"},
     admission=D(2026, 2, 2), plan=D(2026, 2, 6),
     providers=[dict(name="Finger Lakes Recovery Services", cred=None, npi=npi("139988776", valid=False))],
     dx=[dict(code="F14.20", desc="Cocaine dependence, uncomplicated", primary=True),
         dict(code="F10.20", desc="Alcohol dependence, uncomplicated")],
     problems=[dict(title="Cocaine and alcohol use", goals=[
         G("Client will be abstinent from cocaine and alcohol with negative tests throughout the stay.", D(2026, 3, 2), [
             O("Client will complete 4 relapse prevention worksheets and present one in group.", D(2026, 2, 20))],
           ["Individual counseling 2x/week", "Group counseling daily", "Family session 1x"])])],
     services=[SV("Individual counseling", None, "45 min", "2x/week"), SV("Group counseling", None, "60 min", "daily")],
     duration="28 days",
     sigs=[sig("COUNSELOR", "clinician", "Paulette Greaves", "CASAC", D(2026, 2, 6), "typed"),
           sig("CLIENT", "client", "Marcus L. Abernathy", None, D(2026, 2, 6), "typed"),
           sig("PHYSICIAN REVIEW", "physician", "Arjun Mehta", "MD", D(2026, 2, 16), "typed")],
     gaps=[["signature-late"], ["identifier-invalid"]],
     note="Physician reviewed and signed 02/16/2026, 14 days after the 02/02/2026 admission (10 allowed); the facility NPI fails its check digit. Fixed-width text export.")

plan(id="z37", slug="fl_residential_textboxes", fmt="docx", family="textbox", payer="base-treatment-plan", states=["fl-65d-30"],
     as_of=D(2026, 2, 3), df="us",
     org="Suncoast Recovery Center", title="Individualized Treatment Plan – Residential",
     client=client("Kelsey D. Marchand", D(1997, 6, 21), "FL Medicaid 8840217735"),
     L={"client": "Individual", "member": "Medicaid ID", "admission": "Placement date", "plan": "Plan date", "loc": "Level of care"},
     admission=D(2026, 1, 6), plan=D(2026, 1, 16), loc="Residential Level 2",
     dx=[dict(code="F15.20", desc="Other stimulant (methamphetamine) dependence, uncomplicated", primary=True),
         dict(code="F12.20", desc="Cannabis dependence, uncomplicated")],
     problems=[
         dict(title="Substance use", goals=[
             G("Kelsey will maintain abstinence from methamphetamine and cannabis.", None, [
                 O("Kelsey will have negative results on all random urine drug screens for 30 consecutive days.", D(2026, 2, 27)),
                 O("Kelsey will write a relapse prevention plan naming 4 triggers and a coping skill for each, and review it with her counselor.", D(2026, 2, 6))],
               ["Individual counseling 1x/week, 50 minutes", "Group therapy 5x/week", "Random drug screens at least weekly"])]),
         dict(title="Recovery supports", goals=[
             G("Kelsey will build a sober support network before discharge.", None, [
                 O("Kelsey will attend 3 community recovery meetings per week and obtain a sponsor's phone number.", D(2026, 3, 13))],
               ["Case management weekly", "Peer support 2x/week"])])],
     services=[SV("Individual counseling", "H0004", "50 min", "1x/week"), SV("Group therapy", "H0005", "60 min", "5x/week"),
               SV("Case management", "T1016", "30 min", "weekly"), SV("Peer support", "H0038", "60 min", "2x/week")],
     duration="60-90 days (estimated)",
     boiler=[BOIL["part2"]],
     sigs=[sig("Individual", "client", "Kelsey D. Marchand", None, D(2026, 1, 16), "wet"),
           sig("Primary counselor", "clinician", "Dwayne Rutherford", "CAP", D(2026, 1, 16), "typed"),
           sig("Qualified professional (review)", "supervisor", "Leticia Ambrose", "LMHC", D(2026, 1, 20), "typed")],
     gaps=[], note="PDF converted with every block in a floating text box (wps + VML fallback), page numbers as boxes.")

plan(id="z38", slug="fl_intensive_inpatient_ehr", fmt="docx", family="epic", payer="base-treatment-plan", states=["fl-65d-30"],
     as_of=D(2026, 2, 2), df="us_nz", styled_headings=False,
     org="Bayfront Health System", dept="Addiction Medicine – Intensive Inpatient Unit",
     title="Substance Use Treatment Plan",
     client=client("Trevor S. Langley", D(1983, 9, 9), "SUN-HP 550183270", mrn="BHS0071622", sex="Male"),
     L={"client": "Patient", "member": "Sunshine Health Plan ID", "admission": "Admission", "plan": "Plan date",
        "loc": "Level of care", "objective": "Objective"},
     admission=D(2026, 1, 19), plan=D(2026, 1, 24), loc="Intensive Inpatient",
     dx=[dict(code="F10.239", desc="Alcohol dependence with withdrawal, unspecified", primary=True),
         dict(code="F41.1", desc="Generalized anxiety disorder")],
     problems=[dict(title="Alcohol dependence with withdrawal", goals=[
         G("Patient will complete withdrawal safely and step down to residential care.", None, [
             O("Patient will keep CIWA-Ar scores below 8 for 48 consecutive hours.", D(2026, 1, 27)),
             O("Patient will attend 4 of 5 daily groups and name 3 relapse warning signs.", D(2026, 1, 31))],
           ["Medically monitored withdrawal management (nursing and physician)", "Group therapy daily", "Individual counseling 3x/week"])])],
     services=[SV("Group therapy", "H0005", "60 minutes", "daily"), SV("Individual counseling", "H0004", "30 minutes", "3x/week")],
     duration="7-10 days",
     boiler=[BOIL["part2"]],
     sigs=[sig("Patient", "client", "Trevor S. Langley", None, D(2026, 1, 24), "wet"),
           sig("Counselor", "clinician", "Imani Caldwell", "CAC", D(2026, 1, 24), "esign"),
           sig("Qualified professional", "supervisor", "Peter Nakamura", "LCSW", D(2026, 1, 26), "esign")],
     gaps=[["plan-late"]], note="Intensive inpatient plan dated 01/24/2026, 5 days after the 01/19/2026 admission (3 allowed). Health-system EHR print with banner in the page header.")

plan(id="z39", slug="fl_daynight_layout", fmt="docx", family="layout", payer="base-treatment-plan", states=["fl-65d-30"],
     as_of=D(2026, 2, 13), df="us", font="Arial",
     org="Panhandle Behavioral Services", org_addr="Day/Night Program – 18 Bayou Rd",
     title="Treatment Plan – Day or Night Treatment",
     client=client("Angela M. Duquesne", D(1990, 2, 27), "FL Medicaid 3319054628"),
     L={"client": "Client", "member": "Medicaid #", "admission": "Admission date", "plan": "Plan date", "loc": "Level of care"},
     admission=D(2026, 1, 12), plan=D(2026, 1, 21), loc="Day or Night Treatment",
     dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True)],
     problems=[
         dict(title="Opioid use", goals=[
             G("Angela will stay free of non-prescribed opioids.", D(2026, 4, 21), [
                 O("Angela will have negative urine drug screens on every random test for 8 consecutive weeks.", D(2026, 3, 18)),
                 O("Angela will take buprenorphine as prescribed every day, per dispensing record.", D(2026, 2, 20))],
               ["Group therapy 4x/week", "MOUD coordination with prescriber"])]),
         dict(title="Employment", goals=[
             G("Angela will return to work.", None, [
                 O("Angela will complete 3 job applications each week.")],
               ["Vocational counseling weekly"])])],
     services=[SV("Group therapy", "H0005", "3 hours", "4x/week"), SV("Individual counseling", "H0004", "45 min", "1x/week"),
               SV("Vocational counseling", None, "30 min", "weekly")],
     duration="12 weeks",
     sigs=[sig("Individual", "client", "Angela M. Duquesne", None, D(2026, 1, 21), "wet"),
           sig("Staff member who developed the plan", "clinician", "Roland Baptiste", "CAC", D(2026, 1, 21), "typed"),
           sig("Qualified professional countersignature", "supervisor", "Hilary Vance", "LCSW", D(2026, 2, 4), "typed")],
     gaps=[["objective-not-time-bound"], ["signature-late"]],
     note="The employment objective has no expected completion date (nor does its goal); the qualified professional countersigned 14 days after the plan (10 allowed). Borderless layout tables with nested goal tables.")

plan(id="z40", slug="ca_ntp_pdf", fmt="docx", family="frames", payer="base-treatment-plan", states=["ca-title9-ntp"],
     as_of=D(2026, 2, 17), df="us", wrap=100,
     org="Golden Valley Narcotic Treatment Program", title="Initial Maintenance Treatment Plan",
     running_header=["Golden Valley Narcotic Treatment Program – Licensed NTP (DHCS)", "Initial Maintenance Treatment Plan     Patient: Rosalind K. Ashby     Pt ID GV-70311"],
     client=client("Rosalind K. Ashby", D(1984, 5, 11), "Medi-Cal CIN 93318207A", mrn="GV-70311"),
     L={"client": "Patient", "member": "Medi-Cal CIN", "mrn": "Pt ID", "admission": "Admission (start of maintenance)",
        "plan": "Plan effective date", "goal": "Long-term goal", "objective": "Short-term goal", "program": "Program"},
     admission=D(2026, 1, 5), plan=D(2026, 1, 27), program="Methadone maintenance",
     dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True),
         dict(code="F17.210", desc="Nicotine dependence, cigarettes, uncomplicated")],
     problems=[
         dict(title="Opioid use", goals=[
             G("Patient will stop all illicit opioid use.", None, [
                 O("Patient will reach a stable methadone dose with no withdrawal symptoms (COWS below 5) on 7 consecutive days.", D(2026, 3, 10)),
                 O("Patient will provide urine drug screens negative for fentanyl and heroin on 4 consecutive monthly tests.", D(2026, 4, 3))],
               ["Methadone dosing daily", "Counseling 50 minutes at least 2x/month", "Random UDS at least 8 per year"])]),
         dict(title="Health", goals=[
             G("Patient will address hepatitis C.", None, [
                 O("Patient will complete the hepatitis C viral load test and attend a treatment appointment.", D(2026, 3, 27))],
               ["Referral to primary care / hepatitis C clinic"])])],
     services=[SV("Methadone administration", "H0020", "daily dose", "daily"), SV("Individual counseling", "H0004", "50 min", "2x/month")],
     duration="ongoing maintenance; reassessed quarterly",
     reviews=[dict(date=D(2026, 4, 6), label="Next treatment plan update due")],
     boiler=[BOIL["part2"]],
     sigs=[sig("Primary counselor", "clinician", "Luis Carranza", "RADT II", D(2026, 1, 27), "slash"),
           sig("Patient", "client", "Rosalind K. Ashby", None, D(2026, 1, 27), "wet"),
           sig("Supervising counselor (review)", "supervisor", "Bernadette Kwan", "CADC-III", D(2026, 1, 30), "slash"),
           sig("Medical director", "physician", "Farid Nazari", "MD", D(2026, 2, 3), "slash", npi=npi("121212129"))],
     gaps=[], note="PDF 'exact' conversion with frames; NTP plan countersigned by supervising counselor and medical director within 14 days.")

plan(id="z41", slug="ca_county_otp_overdue", fmt="docx", family="hosp", payer="base-treatment-plan", states=["ca-title9-ntp"],
     as_of=D(2026, 1, 28), df="us", shade="E7E6E6",
     org="Redwood County Health System", dept="Opioid Treatment Program – Eureka Clinic",
     title="NTP Treatment Plan", subtitle="Initial plan (Title 9, §10305)",
     client=client("Gerald W. Simmons", D(1971, 12, 30), "Medi-Cal 90876543B", mrn="RCHS-3381007", sex="M"),
     L={"client": "Patient", "member": "Medi-Cal ID", "admission": "Maintenance start / admission", "plan": "Plan effective date",
        "objective": "Short-term goal"},
     admission=D(2025, 10, 6), plan=D(2025, 10, 30),
     dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True)],
     problems=[dict(title="Opioid use disorder", goals=[
         G("Patient will maintain recovery from opioid use.", None, [
             O("Patient will have UDS negative for illicit opioids on 3 consecutive monthly tests.", D(2026, 1, 5)),
             O("Patient will attend 100% of scheduled counseling sessions for 8 weeks.", D(2025, 12, 31))],
           ["Methadone dosing daily", "Individual counseling 2x/month"])])],
     services=[SV("Methadone administration", "H0020", None, "daily"), SV("Counseling", "H0004", "50 minutes", "2x/month")],
     duration="ongoing",
     reviews=[dict(date=D(2026, 1, 5), label="Treatment plan update due")],
     boiler=[BOIL["part2"]],
     sigs=[sig("Primary counselor", "clinician", "Noreen Whitlow", "SUDCC", D(2025, 10, 30), "esign"),
           sig("Patient", "client", "Gerald W. Simmons", None, D(2025, 10, 30), "wet"),
           sig("Supervising counselor", "supervisor", "Jasper Ng", "LAADC", D(2025, 11, 3), "esign"),
           sig("Medical director", "physician", "Helen Ochoa", "DO", D(2025, 11, 6), "esign")],
     gaps=[["review-overdue"]],
     note="The plan update due 01/05/2026 has passed (as of 01/28/2026) with no completed update recorded. County health-system form in bordered tables.")

plan(id="z42", slug="ca_ntp_scanned_late_md", fmt="docx", family="ocr", payer="base-treatment-plan", states=["ca-title9-ntp"],
     as_of=D(2026, 3, 2), df="us", wrap=70,
     org="Sierra Foothills Treatment Center (NTP)", title="TREATMENT PLAN – MAINTENANCE",
     running_header=["SIERRA FOOTHILLS TREATMENT CENTER", "Patient: Dominic R. Tafoya   Chart# SF-2281"],
     client=client("Dominic R. Tafoya", D(1988, 8, 8), "Medi-Cal 94410022C", mrn="SF-2281"),
     L={"client": "Patient", "member": "Medi-Cal", "mrn": "Chart#", "admission": "Admission date", "plan": "Plan date",
        "objective": "Short term goal"},
     admission=D(2026, 1, 12), plan=D(2026, 2, 2),
     dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True),
         dict(code="F15.20", desc="Other stimulant dependence, uncomplicated")],
     problems=[dict(title="Opioid and stimulant use", goals=[
         G("Dominic will stop using fentanyl and methamphetamine.", None, [
             O("Dominic will give 4 consecutive weekly urine tests negative for fentanyl.", D(2026, 3, 30)),
             O("Dominic will attend counseling at least 2 times per month for 2 months.", D(2026, 4, 2))],
           ["Methadone daily", "Counseling 2x/month", "Contingency management for stimulant use"])])],
     services=[SV("Methadone administration", "H0020", None, "daily"), SV("Counseling", "H0004", "50 min", "2x/month")],
     duration="ongoing maintenance",
     boiler=[BOIL["part2"]],
     sigs=[sig("Primary counselor", "clinician", "Ysabel Ortega", "CADC-II", D(2026, 2, 2), "wet"),
           sig("Patient", "client", "Dominic R. Tafoya", None, D(2026, 2, 2), "wet"),
           sig("Supervising counselor", "supervisor", "Grant Holloway", "LAADC", D(2026, 2, 4), "wet"),
           sig("Medical director", "physician", "Anjali Rao", "MD", D(2026, 2, 23), "wet")],
     gaps=[["signature-late"], ["review-date-missing"]],
     unsure=["review-interval-exceeded", "review-overdue"],
     note="Medical director signed 02/23/2026, 21 days after the plan's effective date (14 allowed); no date for the next plan update is given. Scanned/OCR'd plan with hard line breaks, repeated header and stray page numbers.")

plan(id="z43", slug="tx_cd_outpatient_ehr", fmt="docx", family="epic", payer="base-treatment-plan", states=["tx-26tac-564"],
     as_of=D(2026, 2, 11), df="us",
     org="Lone Star Health", dept="Chemical Dependency Intensive Outpatient – Midtown",
     title="Chemical Dependency Treatment Plan",
     client=client("Carla J. Benavides", D(1989, 4, 4), "TX Medicaid 520193384", mrn="LSH22093187", sex="Female"),
     L={"client": "Client", "member": "Medicaid ID", "admission": "Admission date", "plan": "Treatment plan date",
        "duration": "Projected length of stay", "objective": "Objective"},
     admission=D(2026, 1, 20), plan=D(2026, 1, 27),
     dx=[dict(code="F10.20", desc="Alcohol dependence, uncomplicated", primary=True)],
     problems=[
         dict(title="Alcohol use", goals=[
             G("Carla will maintain sobriety from alcohol.", D(2026, 4, 20), [
                 O("Carla will have negative breathalyzer and urine EtG results on every test for 6 consecutive weeks.", D(2026, 3, 10)),
                 O("Carla will identify 4 relapse triggers and write a coping plan for each.", D(2026, 2, 17))],
               ["Group counseling 3x/week, 3 hours (IOP)", "Individual counseling 1x/week, 60 minutes"])]),
         dict(title="Family relationships", goals=[
             G("Carla will rebuild trust with her partner.", D(2026, 4, 20), [
                 O("Carla and her partner will attend 2 family education sessions.", D(2026, 3, 31))],
               ["Family education group 1x every 2 weeks"])])],
     services=[SV("Group counseling (IOP)", "H0015", "3 hours", "3x/week"), SV("Individual counseling", "H0004", "60 minutes", "1x/week"),
               SV("Family education group", None, "90 minutes", "every 2 weeks")],
     duration="90 days",
     boiler=[BOIL["part2"], BOIL["crisis"]],
     sigs=[sig("Client", "client", "Carla J. Benavides", None, D(2026, 1, 27), "wet"),
           sig("Counselor", "clinician", "Everett Fuentes", "LCDC", D(2026, 1, 27), "esign")],
     gaps=[], note="Health-system EHR print: banner in the page header, bold section headings, e-signature stamp.")

plan(id="z44", slug="tx_native_vague_objective", fmt="yaml", payer="base-treatment-plan", states=["tx-26tac-564"],
     as_of=D(2026, 2, 25),
     org="Gulf Prairie Recovery", title="Treatment plan",
     client=client("Ramon E. Villarreal", D(1976, 11, 17), "TX-MCD-771204953"),
     admission=D(2026, 2, 2), plan=D(2026, 2, 9),
     dx=[dict(code="F11.20", desc="Opioid dependence, uncomplicated", primary=True)],
     problems=[dict(title="Opioid use", goals=[
         G("Ramon will stay in recovery from opioids.", None, [
             O("Ramon will give urine drug screens negative for opioids on every weekly test for 8 weeks.", D(2026, 4, 6)),
             O("Ramon will work on his recovery.", D(2026, 4, 6))],
           [])])],
     services=[SV("Individual counseling", "H0004", "50 minutes", "weekly"), SV("Group counseling", "H0005", "90 minutes", "3x/week")],
     duration="120 days",
     sigs=[sig("Client", "client", "Ramon E. Villarreal", None, D(2026, 2, 9), "handwritten"),
           sig("Counselor", "clinician", "Dolores Agbaje", "LCDC", D(2026, 2, 9), "electronic")],
     gaps=[["objective-not-measurable"]], note="authcheck native YAML; one objective ('work on his recovery') is not measurable.")

plan(id="z45", slug="tx_tabs_export", fmt="docx", family="spacecols", tabs=True, payer="base-treatment-plan", states=["tx-26tac-564"],
     as_of=D(2026, 2, 19), df="us_nz",
     org="Permian Basin Recovery Services", title="Individualized Treatment Plan",
     report_header=["Permian Basin Recovery Services\tIndividualized Treatment Plan\tPage {n}"],
     client=client("Dusty W. Harlan", D(1993, 7, 15), "TX Medicaid 611029847", mrn="PBRS-5532"),
     L={"client": "Client", "member": "Medicaid #", "mrn": "Client #", "admission": "Admit", "plan": "Plan date",
        "duration": "Projected length of stay"},
     admission=D(2026, 1, 26), plan=D(2026, 2, 2),
     dx=[dict(code="F15.20", desc="Other stimulant dependence, uncomplicated", primary=True),
         dict(code="F12.20", desc="Cannabis dependence, uncomplicated")],
     problems=[dict(title="Methamphetamine and cannabis use", goals=[
         G("Dusty will stop using methamphetamine and cannabis.", D(2026, 5, 1), [
             O("Dusty will give negative drug screens on all random tests for 30 consecutive days.", D(2026, 3, 16)),
             O("Dusty will attend 3 NA meetings per week and bring signed attendance sheets.", D(2026, 3, 2)),
             O("Dusty will name 5 people he can call when he has cravings and call one at least twice a week.", D(2026, 2, 23))],
           ["Group counseling 4x/week", "Individual counseling weekly"])])],
     services=[SV("Group counseling", "H0005", "2 hours", "4x/week"), SV("Individual counseling", "H0004", "50 minutes", "weekly")],
     duration="90 days",
     boiler=[BOIL["part2"], BOIL["rights"]],
     sigs=[sig("Client", "client", "Dusty W. Harlan", None, D(2026, 2, 2), "typed"),
           sig("Counselor", "clinician", "Maribel Ochoa", "LCDC", D(2026, 2, 2), "typed")],
     gaps=[], note="Text export with tab-separated columns and a tab-separated service table; header repeated at page breaks.")


# ----------------------------------------------------------------------------- FHIR, C-CDA, native writers

def _hl7(d):
    return d.strftime("%Y%m%d")


def write_fhir(s, path):
    c = s["client"]
    given, family = c["name"].rsplit(" ", 1)
    entries = []

    def add(res):
        entries.append({"fullUrl": f"urn:uuid:{res['id']}", "resource": res})
        return f"urn:uuid:{res['id']}"

    pid = add({"resourceType": "Patient", "id": "5f0c2a1e-19b3-4c55-9b1e-000000000001",
               "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": c["member_id"]}],
               "name": [{"family": family, "given": given.split()}], "gender": c.get("sex", "unknown"),
               "birthDate": c["dob"].isoformat()})
    org = add({"resourceType": "Organization", "id": "5f0c2a1e-19b3-4c55-9b1e-000000000002", "name": s["org"]})
    prac = {}
    for i, g in enumerate(s["sigs"]):
        given_p, fam_p = g["name"].rsplit(" ", 1)
        prac[g["role"]] = add({"resourceType": "Practitioner", "id": f"5f0c2a1e-19b3-4c55-9b1e-00000000001{i}",
                               "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": g["npi"]}],
                               "name": [{"family": fam_p, "given": given_p.split(), "suffix": [g["cred"]]}],
                               "qualification": [{"code": {"text": g["cred"]}}]})
    conds = []
    for i, d in enumerate(s["dx"]):
        conds.append(add({"resourceType": "Condition", "id": f"5f0c2a1e-19b3-4c55-9b1e-00000000002{i}",
                          "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                          "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": "encounter-diagnosis"}]}],
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": d["code"], "display": d["desc"]}], "text": d["desc"]},
                          "subject": {"reference": pid}, "recordedDate": s["plan"].isoformat()}))
    goals = []
    k = 0
    for pr in s["problems"]:
        for g in pr["goals"]:
            goals.append(add({"resourceType": "Goal", "id": f"5f0c2a1e-19b3-4c55-9b1e-00000000003{k}",
                              "lifecycleStatus": "active", "description": {"text": g["text"]}, "subject": {"reference": pid},
                              "startDate": s["plan"].isoformat(),
                              "target": [{"dueDate": g["target"].isoformat()}], "addresses": [{"reference": conds[0]}]}))
            k += 1
    srs = []
    for i, v in enumerate(s["services"]):
        times, per = v["freq"].split("x/")
        weeks = int(v["dur"].split()[0])
        srs.append(add({"resourceType": "ServiceRequest", "id": f"5f0c2a1e-19b3-4c55-9b1e-00000000004{i}",
                        "status": "active", "intent": "plan",
                        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": v["code"], "display": v["desc"]}], "text": v["desc"]},
                        "subject": {"reference": pid},
                        "occurrenceTiming": {"repeat": {"boundsDuration": {"value": weeks, "unit": "wk", "system": "http://unitsofmeasure.org", "code": "wk"},
                                                        "frequency": int(times), "period": 1, "periodUnit": "wk"}},
                        "quantityQuantity": {"value": int(v["amount"].split()[0]), "unit": "units per visit"},
                        "patientInstruction": f"{v['amount']} per visit, {v['freq']} for {v['dur']}",
                        "requester": {"reference": prac["clinician"]}}))
    enc = add({"resourceType": "Encounter", "id": "5f0c2a1e-19b3-4c55-9b1e-000000000050", "status": "finished",
               "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
               "type": [{"text": "Physical therapy initial evaluation (first treatment day)"}],
               "subject": {"reference": pid}, "period": {"start": s["first_tx"].isoformat(), "end": s["first_tx"].isoformat()}})
    a, b = s["period"]
    cp = add({"resourceType": "CarePlan", "id": "5f0c2a1e-19b3-4c55-9b1e-000000000060", "status": "active", "intent": "plan",
              "category": [{"text": "Outpatient physical therapy plan of care"}],
              "title": s["title"], "description": f"Physical therapy plan of care. Expected duration: {s['duration']}. Certification period {a.isoformat()} to {b.isoformat()}.",
              "subject": {"reference": pid}, "encounter": {"reference": enc},
              "period": {"start": a.isoformat(), "end": b.isoformat()}, "created": s["plan"].isoformat(),
              "author": {"reference": prac["clinician"]}, "contributor": [{"reference": prac["physician"]}],
              "addresses": [{"reference": r} for r in conds], "goal": [{"reference": r} for r in goals],
              "activity": [{"reference": {"reference": r}} for r in srs],
              "note": [{"text": f"Initial evaluation and first treatment on {s['first_tx'].isoformat()}. Recertification due by {b.isoformat()}."}]})
    for i, g in enumerate(s["sigs"]):
        code = "1.2.840.10065.1.12.1.1" if g["role"] == "clinician" else "1.2.840.10065.1.12.1.5"
        disp = "Author's Signature" if g["role"] == "clinician" else "Verification Signature"
        when = f"{g['date'].isoformat()}T{10 + i}:{15 + i * 7:02d}:00-06:00"
        add({"resourceType": "Provenance", "id": f"5f0c2a1e-19b3-4c55-9b1e-00000000007{i}", "target": [{"reference": cp}],
             "recorded": when,
             "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                             "code": "author" if g["role"] == "clinician" else "verifier"}]},
                        "who": {"reference": prac[g["role"]]}, "onBehalfOf": {"reference": org}}],
             "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": code, "display": disp}],
                            "when": when, "who": {"reference": prac[g["role"]]}, "sigFormat": "image/jpeg",
                            "data": "c2lnbmF0dXJlIG9uIGZpbGU="}]})
    bundle = {"resourceType": "Bundle", "id": f"blind17-{s['id']}", "type": "collection",
              "timestamp": f"{s['plan'].isoformat()}T17:00:00-06:00", "entry": entries}
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(bundle, f, indent=2, ensure_ascii=False)
        f.write("\n")


def _x(t):
    return escape(t)


def _name_xml(full, cred=None):
    given, fam = full.rsplit(" ", 1)
    g = "".join(f"<given>{_x(p)}</given>" for p in given.split())
    return f"<name>{g}<family>{_x(fam)}</family>{f'<suffix>{_x(cred)}</suffix>' if cred else ''}</name>"


def write_ccda(s, path):
    c = s["client"]
    plan_d = s["plan"]
    clin = [g for g in s["sigs"] if g["role"] in ("clinician", "physician")][0]
    others = [g for g in s["sigs"] if g is not clin]
    gender = {"F": "F", "M": "M"}.get(c.get("sex"), "UN")
    dx_rows = "".join(f"<tr><td>{_x(d['desc'])}</td><td>{d['code']}</td><td>{'Primary' if d.get('primary') else 'Secondary'}</td></tr>" for d in s["dx"])
    dx_entries = ""
    for i, d in enumerate(s["dx"]):
        dx_entries += f"""
        <entry><act classCode="ACT" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
          <id root="1.2.3.4.17.{s['id'][1:]}.1.{i}"/><code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>
          <statusCode code="active"/>
          <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
            <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/><id root="1.2.3.4.17.{s['id'][1:]}.2.{i}"/>
            <code code="{'59607008' if d.get('primary') else '55607006'}" codeSystem="2.16.840.1.113883.6.96" displayName="{'Primary diagnosis' if d.get('primary') else 'Problem'}"/>
            <text><reference value="#dx{i}"/></text><statusCode code="completed"/><effectiveTime><low value="{_hl7(plan_d)}"/></effectiveTime>
            <value xsi:type="CD" code="{d['code']}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{_x(d['desc'])}"/>
          </observation></entryRelationship></act></entry>"""
    goal_rows, goal_entries = "", ""
    n = 0
    for pr in s["problems"]:
        for gi, g in enumerate(pr["goals"]):
            n += 1
            goal_rows += f"<tr ID=\"goal{n}\"><td>Goal {n}</td><td>{_x(g['text'])}</td><td>{fmt(g.get('target')) if g.get('target') else ''}</td></tr>"
            objs = ""
            for oi, o in enumerate(g.get("objectives", [])):
                goal_rows += f"<tr ID=\"obj{n}_{oi}\"><td>Objective {n}.{oi + 1}</td><td>{_x(o['text'])}</td><td>{fmt(o.get('target')) if o.get('target') else ''}</td></tr>"
                objs += f"""
              <entryRelationship typeCode="COMP"><observation classCode="OBS" moodCode="GOL">
                <templateId root="2.16.840.1.113883.10.20.22.4.121"/><id root="1.2.3.4.17.{s['id'][1:]}.4.{n}.{oi}"/>
                <code nullFlavor="OTH"><originalText>{_x(o['text'])}</originalText></code>
                <text><reference value="#obj{n}_{oi}"/></text><statusCode code="active"/>
                {f'<effectiveTime value="{_hl7(o["target"])}"/>' if o.get('target') else ''}
              </observation></entryRelationship>"""
            goal_entries += f"""
        <entry><observation classCode="OBS" moodCode="GOL"><templateId root="2.16.840.1.113883.10.20.22.4.121"/>
            <id root="1.2.3.4.17.{s['id'][1:]}.3.{n}"/><code nullFlavor="OTH"><originalText>{_x(g['text'])}</originalText></code>
            <text><reference value="#goal{n}"/></text><statusCode code="active"/>
            {f'<effectiveTime value="{_hl7(g["target"])}"/>' if g.get('target') else ''}
            <author><time value="{_hl7(plan_d)}"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="{clin.get('npi', '')}"/></assignedAuthor></author>{objs}
        </observation></entry>"""
    iv_rows, iv_entries = "", ""
    for i, v in enumerate(s["services"]):
        detail = ", ".join(x for x in [v.get("amount"), v.get("freq"), v.get("dur")] if x)
        iv_rows += f"<tr ID=\"svc{i}\"><td>{_x(v['desc'])}</td><td>{v.get('code') or ''}</td><td>{_x(v.get('amount') or '')}</td><td>{_x(v.get('freq') or '')}</td><td>{_x(v.get('dur') or '')}</td></tr>"
        code_xml = (f'<code code="{v["code"]}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="{_x(v["desc"])}"/>'
                    if v.get("code") else f'<code nullFlavor="OTH"><originalText>{_x(v["desc"])}</originalText></code>')
        timing = ('<effectiveTime xsi:type="PIVL_TS" institutionSpecified="true" operator="A"><period value="1" unit="wk"/></effectiveTime>'
                  if (v.get("freq") or "").lower() == "weekly" else "")
        iv_entries += f"""
        <entry><act classCode="ACT" moodCode="INT"><templateId root="2.16.840.1.113883.10.20.22.4.146" extension="2015-08-01"/>
            <id root="1.2.3.4.17.{s['id'][1:]}.5.{i}"/><code code="362956003" codeSystem="2.16.840.1.113883.6.96" displayName="Procedure/intervention"/>
            <text><reference value="#svc{i}"/>{_x(v['desc'])}: {_x(detail)}</text><statusCode code="active"/>
            <entryRelationship typeCode="REFR"><procedure classCode="PROC" moodCode="INT">
              <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/><id root="1.2.3.4.17.{s['id'][1:]}.6.{i}"/>
              {code_xml}<text>{_x(detail)}</text><statusCode code="active"/>{timing}
            </procedure></entryRelationship></act></entry>"""
        for pr in s["problems"]:
            for g in pr["goals"]:
                for iv in g.get("interventions", []):
                    pass
    extra_iv = "".join(f"<item>{_x(iv)}</item>" for pr in s["problems"] for g in pr["goals"] for iv in g.get("interventions", []))
    period = s.get("period")
    svc_time = (f'<effectiveTime><low value="{_hl7(period[0])}"/><high value="{_hl7(period[1])}"/></effectiveTime>' if period else "")
    auth_xml = ""
    for g in others:
        auth_xml += f"""
  <authenticator><time value="{_hl7(g['date'])}"/><signatureCode code="S"/>
    <assignedEntity><id root="2.16.840.1.113883.4.6" {f'extension="{g["npi"]}"' if g.get('npi') else 'nullFlavor="UNK"'}/>
      <code displayName="{_x(g['label'])}" nullFlavor="OTH"/><assignedPerson>{_name_xml(g['name'], g.get('cred'))}</assignedPerson></assignedEntity></authenticator>"""
    summary = []
    if s.get("duration"):
        summary.append(f"Expected duration: {s['duration']}")
    if period:
        summary.append(f"Plan period: {fmt(period[0])} to {fmt(period[1])}")
    if s.get("first_tx"):
        summary.append(f"Start of care: {fmt(s['first_tx'])}")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="1.2.3.4.17" extension="{s['id']}-careplan"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Overall plan of care/advance care directives"/>
  <title>{_x(s['title'])}</title>
  <effectiveTime value="{_hl7(plan_d)}"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.4.927" extension="{c['member_id']}" assigningAuthorityName="CMS (MBI)"/>
    <id root="1.2.3.4.17.99" extension="{c.get('mrn', '')}" assigningAuthorityName="MRN"/>
    <patient>{_name_xml(c['name'])}<administrativeGenderCode code="{gender}" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="{_hl7(c['dob'])}"/></patient></patientRole></recordTarget>
  <author><time value="{_hl7(plan_d)}"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="{clin.get('npi', '')}"/>
    <assignedPerson>{_name_xml(clin['name'], clin.get('cred'))}</assignedPerson>
    <representedOrganization><name>{_x(s['org'])}</name></representedOrganization></assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="1.2.3.4.17.1"/><name>{_x(s['org'])}</name></representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator><time value="{_hl7(clin['date'])}"/><signatureCode code="S"/>
    <assignedEntity><id root="2.16.840.1.113883.4.6" extension="{clin.get('npi', '')}"/><code displayName="{_x(clin['label'])}" nullFlavor="OTH"/>
      <assignedPerson>{_name_xml(clin['name'], clin.get('cred'))}</assignedPerson></assignedEntity></legalAuthenticator>{auth_xml}
  <documentationOf><serviceEvent classCode="PCPR">{svc_time}
    <performer typeCode="PRF"><assignedEntity><id root="2.16.840.1.113883.4.6" extension="{clin.get('npi', '')}"/>
      <assignedPerson>{_name_xml(clin['name'], clin.get('cred'))}</assignedPerson></assignedEntity></performer></serviceEvent></documentationOf>
  <component><structuredBody>
    <component><section><templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
      <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/><title>Health Concerns / Diagnoses</title>
      <text><table><thead><tr><th>Diagnosis</th><th>ICD-10-CM</th><th>Rank</th></tr></thead><tbody>{dx_rows}</tbody></table></text>{dx_entries}
    </section></component>
    <component><section><templateId root="2.16.840.1.113883.10.20.22.2.60"/>
      <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/><title>Goals</title>
      <text><table><thead><tr><th>#</th><th>Goal / objective</th><th>Target date</th></tr></thead><tbody>{goal_rows}</tbody></table></text>{goal_entries}
    </section></component>
    <component><section><templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
      <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/><title>Interventions</title>
      <text><table><thead><tr><th>Service</th><th>Code</th><th>Amount</th><th>Frequency</th><th>Duration</th></tr></thead><tbody>{iv_rows}</tbody></table>
        <list>{extra_iv}</list><paragraph>{_x('; '.join(summary))}</paragraph></text>{iv_entries}
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(xml)


def _q(v):
    return json.dumps(v, ensure_ascii=False)


def write_native(s, path):
    c = s["client"]
    out = ["schema: authcheck-plan/1", f"# {s['org']} – {s['title']}",
           f"patient: {{name: {_q(c['name'])}, birth_date: {c['dob'].isoformat()}, member_id: {_q(c['member_id'])}}}"]
    out.append(f"discipline: {s.get('discipline', 'aba' if s['payer'] == 'commercial-aba' else 'sud')}")
    out.append(f"program: {_q(s['org'])}")
    if s.get("admission"):
        out.append(f"admission_date: {s['admission'].isoformat()}")
    out.append(f"plan_date: {s['plan'].isoformat()}")
    if s.get("period"):
        out.append(f"period: {{start: {s['period'][0].isoformat()}, end: {s['period'][1].isoformat()}}}")
    if s.get("duration"):
        out.append(f"expected_duration: {_q(s['duration'])}")
    out.append("diagnoses:")
    for d in s["dx"]:
        extra = ""
        if d.get("by"):
            extra = f", diagnosed_by: {_q(d['by'])}, diagnosed_on: {d['on'].isoformat()}"
        out.append(f"  - {{code: {_q(d['code'])}, description: {_q(d['desc'])}, primary: {'true' if d.get('primary') else 'false'}{extra}}}")
    if s.get("assessments"):
        out.append("assessments:")
        for a in s["assessments"]:
            scores = ", ".join(f"{k}: {_q(v)}" for k, v in a["scores"].items())
            out.append(f"  - {{instrument: {_q(a['instrument'])}, date: {a['date'].isoformat()}, scores: {{{scores}}}, administered_by: {_q(a['by'])}}}")
    out.append("problems:")
    for pr in s["problems"]:
        out.append(f"  - statement: {_q(pr['title'])}")
        out.append("    goals:")
        for g in pr["goals"]:
            out.append(f"      - statement: {_q(g['text'])}")
            for key, name in (("domain", "domain"), ("baseline", "baseline"), ("mastery", "mastery_criteria")):
                if g.get(key):
                    out.append(f"        {name}: {_q(g[key])}")
            if g.get("target"):
                out.append(f"        target_date: {g['target'].isoformat()}")
            if g.get("objectives"):
                out.append("        objectives:")
                for o in g["objectives"]:
                    out.append(f"          - statement: {_q(o['text'])}")
                    if o.get("target"):
                        out.append(f"            target_date: {o['target'].isoformat()}")
            if g.get("interventions"):
                out.append("        interventions:")
                for iv in g["interventions"]:
                    out.append(f"          - description: {_q(iv)}")
    out.append("services:")
    for v in s["services"]:
        parts = [f"code: {_q(v['code'])}", f"description: {_q(v['desc'])}"]
        if v.get("amount"):
            parts.append(f"amount: {_q(v['amount'])}")
        if v.get("hours"):
            parts.append(f"hours_per_week: {v['hours'].split()[0]}")
        if v.get("freq"):
            parts.append(f"frequency: {_q(v['freq'])}")
        if v.get("dur"):
            parts.append(f"duration: {_q(v['dur'])}")
        out.append("  - {" + ", ".join(parts) + "}")
    if s.get("reviews"):
        out.append("reviews:")
        for r in s["reviews"]:
            out.append(f"  - {{kind: review, date: {r['date'].isoformat()}, completed: {'true' if r.get('completed') else 'false'}}}")
    out.append("signatures:")
    for g in s["sigs"]:
        parts = [f"role: {g['role']}", f"name: {_q(g['name'])}"]
        if g.get("cred"):
            parts.append(f"credential: {_q(g['cred'])}")
        if g.get("date"):
            parts.append(f"date: {g['date'].isoformat()}")
        parts.append(f"method: {g['method']}")
        out.append("  - {" + ", ".join(parts) + "}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ----------------------------------------------------------------------------- expectations

BASE_K = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
          "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
# kinds each profile can report at error or warning (from `authcheck profiles show ID --resolved`, 2026 versions)
PROFILE_KINDS = {
    "base-treatment-plan": BASE_K,
    "medicare-psychotherapy": BASE_K | {"credential-missing", "signature-missing", "duration-exceeds-limit", "duration-missing",
                                        "goal-not-measurable", "goal-missing", "intervention-missing", "objective-not-measurable",
                                        "objective-not-time-bound", "plan-outdated", "amount-missing", "frequency-missing"},
    "medicare-outpatient-therapy": BASE_K | {"signature-missing", "duration-missing", "goal-not-measurable", "goal-missing",
                                             "intervention-missing", "credential-not-permitted", "signature-late", "plan-late",
                                             "review-interval-exceeded", "review-overdue", "frequency-missing"},
    "medicare-home-health": BASE_K | {"duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
                                      "credential-not-permitted", "signature-missing", "review-interval-exceeded",
                                      "review-overdue", "frequency-missing"},
    "commercial-aba": BASE_K | {"assessment-missing", "assessment-outdated", "caregiver-goal-missing", "signature-missing",
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
FL_DAYS = {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15, "residential level 3": 15,
           "residential level 4": 15, "day or night treatment": 10, "day/night treatment": 10}
TIMING = {"plan-late", "plan-outdated", "signature-late", "review-interval-exceeded", "review-overdue",
          "duration-exceeds-limit", "assessment-outdated"}
# ICD-10-CM codes confirmed billable with `authcheck codes` (2026 code set) while writing the set
BILLABLE = {"F33.1", "F41.1", "F43.21", "Z63.4", "F40.10", "F34.1", "F31.81", "F32.1", "F10.21", "F41.0", "F33.0", "E11.65",
            "F43.23", "F43.10", "Z47.1", "Z96.651", "R26.81", "S42.201D", "M62.81", "I69.320", "I69.391", "M54.12",
            "M17.11", "M65.331", "M79.641", "I50.32", "I11.0", "E11.9", "L89.153", "Z74.09", "N39.0", "Z96.0", "J44.1",
            "Z99.81", "S72.002D", "I10", "Z79.4", "F84.0", "F90.2", "F91.3", "F10.20", "F17.210", "F11.20", "F14.20",
            "F15.20", "F12.20", "F10.239"}
NOT_BILLABLE = {"F43.1", "M54.5"}


def days(a, b):
    return (b - a).days


def expected_timing(s):
    """Recompute every deadline and interval from the profile numbers; returns the timing kinds a
    reviewer would report."""
    out = set()
    profs = [s["payer"]] + s["states"]
    asof, plan_d, adm, ft, per = s["as_of"], s.get("plan"), s.get("admission"), s.get("first_tx"), s.get("period")
    sigs = {g["role"]: g for g in s["sigs"] if not g.get("blank")}
    sched = [r["date"] for r in s.get("reviews", []) if not r.get("completed")]
    if "medicare-psychotherapy" in profs:
        last = max([plan_d] + [r["date"] for r in s.get("reviews", []) if r.get("completed")])
        if days(last, asof) > 365:
            out.add("plan-outdated")
        dur = s["duration"]
        if dur.startswith("12 months"):
            out.add("duration-exceeds-limit")
        else:
            n = int(dur.split()[0]) if dur[0].isdigit() else None
            if dur.startswith("through"):
                mm, dd, yy = (int(x) for x in dur.split()[1].split("/"))
                assert days(plan_d, D(yy, mm, dd)) < 365
            elif "month" in dur:
                assert n < 12
    if "medicare-outpatient-therapy" in profs:
        if plan_d > ft:
            out.add("plan-late")
        phys = sigs.get("physician")
        if phys and phys.get("date") and days(ft, phys["date"]) > 30:
            out.add("signature-late")
        ends = [per[1]] + sched
        if any(days(ft, e) > 90 for e in ends):
            out.add("review-interval-exceeded")
        if asof > per[1]:
            out.add("review-overdue")
    if "medicare-home-health" in profs:
        start = ft or (s["hh"]["soc"] if "hh" in s else per[0])
        if any(days(start, e) > 60 for e in [per[1]] + sched):
            out.add("review-interval-exceeded")
        if asof > per[1]:
            out.add("review-overdue")
    if "commercial-aba" in profs:
        a, b = per
        if b >= add_months(a, 6):
            out.add("duration-exceeds-limit")
        if sched and days(plan_d, sched[0]) > 184:
            out.add("review-interval-exceeded")
        std = [x for x in s["assessments"] if "functional behavior" not in x["instrument"].lower()]
        if days(max(x["date"] for x in std), plan_d) > 365:
            out.add("assessment-outdated")
    if "pa-55-5200" in profs and days(adm, plan_d) > 30:
        out.add("plan-late")
    if "ny-oasas-818" in profs:
        if days(adm, plan_d) > 7:
            out.add("plan-late")
        if days(adm, sigs["physician"]["date"]) > 10:
            out.add("signature-late")
    if "fl-65d-30" in profs:
        if days(adm, plan_d) > FL_DAYS[s["loc"].lower()]:
            out.add("plan-late")
        sup = sigs.get("supervisor")
        if sup and days(plan_d, sup["date"]) > 10:
            out.add("signature-late")
    if "ca-title9-ntp" in profs:
        if days(adm, plan_d) > 28:
            out.add("plan-late")
        if sched and days(adm, sched[0]) > 92:
            out.add("review-interval-exceeded")
        if sched and asof > sched[0] and not any(r.get("completed") for r in s.get("reviews", [])):
            out.add("review-overdue")
        for role in ("supervisor", "physician"):
            if days(plan_d, sigs[role]["date"]) > 14:
                out.add("signature-late")
    return out


def self_check(s):
    gap_kinds = {k for gap in s["gaps"] for k in gap}
    exp = expected_timing(s)
    declared = {k for gap in s["gaps"] for k in gap if k in TIMING}
    assert exp == declared, (s["id"], exp, declared)
    # every dated signature falls on or after the plan date and on or before the as-of date
    anchor = s.get("plan") or (s["period"][0] if s.get("period") else None)
    for g in s["sigs"]:
        if g.get("date"):
            assert g["date"] <= s["as_of"], (s["id"], g)
            if anchor:
                assert g["date"] >= anchor, (s["id"], g)
        if g.get("npi") and s["id"] != "z36":
            assert npi_ok(g["npi"]), (s["id"], g)
    for pr in s.get("providers", []):
        if pr.get("npi"):
            assert npi_ok(pr["npi"]) == ("identifier-invalid" not in gap_kinds), s["id"]
    for pr in s["problems"]:
        for g in pr["goals"]:
            for o in g["objectives"]:
                if o.get("target") and anchor:
                    assert o["target"] > anchor, (s["id"], o)
    if s.get("admission"):
        assert s["admission"] <= s["plan"]
    for a in s.get("assessments", []):
        assert a["date"] <= s["as_of"]
    for d in s["dx"]:
        if d["code"] is None:
            assert "diagnosis-code-missing" in gap_kinds, s["id"]
        elif d["code"] in NOT_BILLABLE:
            assert "diagnosis-code-not-billable" in gap_kinds, s["id"]
        else:
            assert d["code"] in BILLABLE, (s["id"], d["code"])
    for k in gap_kinds:
        assert any(k in PROFILE_KINDS[p] for p in [s["payer"]] + s["states"]), (s["id"], k)
    assert len(s["gaps"]) <= 2


def label(s, fname):
    kinds = set()
    for p in [s["payer"]] + s["states"]:
        kinds |= PROFILE_KINDS[p]
    gap_kinds = {k for gap in s["gaps"] for k in gap}
    unsure = set(s.get("unsure", []))
    args = ["--payer", s["payer"]]
    for st in s["states"]:
        args += ["--state", st]
    args += ["--as-of", s["as_of"].isoformat()]
    note = s["note"]
    if unsure:
        note += " Not judged (unsure): " + ", ".join(sorted(unsure)) + "."
    return {"file": fname, "check_with": args, "must_report": [list(g) for g in s["gaps"]],
            "must_not_report": sorted(kinds - gap_kinds - unsure), "notes": note}


EXT = {"docx": "docx", "fhir": "json", "ccda": "xml", "yaml": "yaml"}


def main():
    labels = []
    seen = set()
    for s in PLANS:
        assert s["id"] not in seen
        seen.add(s["id"])
        self_check(s)
        fname = f"{s['id']}_{s['slug']}.{EXT[s['fmt']]}"
        path = os.path.join(OUT, fname)
        if s["fmt"] == "docx":
            doc = RENDERERS[s["family"]](s)
            doc.save(path, title=s["title"], author=s["org"][:40])
        elif s["fmt"] == "fhir":
            write_fhir(s, path)
        elif s["fmt"] == "ccda":
            write_ccda(s, path)
        else:
            write_native(s, path)
        labels.append(label(s, fname))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(labels)} plans")


if __name__ == "__main__":
    main()
