#!/usr/bin/env python
"""Blind set 32: converted / exported treatment plans (PDF-to-Word, EHR print-to-Word, web-form
copies, stitched documents).  Every person, agency, identifier and date is invented.

Run with /work/main/.venv/bin/python make_plans.py ; writes the plan files and labels.json next to
this script.  Output is byte-stable (fixed zip timestamps, fixed core properties).
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import re
import zipfile
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parent

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
}
NSDECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())

# --------------------------------------------------------------------------------------------
# identifiers and dates
# --------------------------------------------------------------------------------------------


def luhn_npi_check(base9: str) -> int:
    digits = [int(c) for c in "80840" + base9]
    total = 0
    # the check digit will be appended, so the rightmost payload digit is doubled
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def npi(base9: str) -> str:
    assert len(base9) == 9 and base9.isdigit()
    return base9 + str(luhn_npi_check(base9))


def npi_valid(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and luhn_npi_check(n[:9]) == int(n[9])


def bad_npi(base9: str) -> str:
    good = npi(base9)
    wrong = (int(good[9]) + 3) % 10
    return base9 + str(wrong)


assert npi("123456789") == "1234567893"  # CMS published example


def D(y, m, d) -> date:
    return date(y, m, d)


def us(d: date) -> str:
    return d.strftime("%m/%d/%Y")


def us_short(d: date) -> str:
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def us_nopad(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def longd(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def abbr(d: date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def dmy(d: date) -> str:
    return f"{d.day} {d.strftime('%b')} {d.year}"


def iso(d: date) -> str:
    return d.isoformat()


def dash(d: date) -> str:
    return d.strftime("%m-%d-%Y")


def days(a: date, b: date) -> int:
    return (b - a).days


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar

    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


# --------------------------------------------------------------------------------------------
# raw WordprocessingML helpers
# --------------------------------------------------------------------------------------------


def _t(text: str) -> str:
    """Runs' inner content for text with \t (tab) and \n (line break)."""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<w:br/>")
        for j, seg in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            if seg:
                out.append(f'<w:t xml:space="preserve">{escape(seg)}</w:t>')
    return "".join(out)


def rpr(b=False, i=False, sz=None, font=None, caps=False, u=False, color=None, smallcaps=False) -> str:
    p = []
    if font:
        p.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if b:
        p.append("<w:b/><w:bCs/>")
    if i:
        p.append("<w:i/>")
    if caps:
        p.append("<w:caps/>")
    if smallcaps:
        p.append("<w:smallCaps/>")
    if color:
        p.append(f'<w:color w:val="{color}"/>')
    if sz:
        p.append(f'<w:sz w:val="{int(sz * 2)}"/><w:szCs w:val="{int(sz * 2)}"/>')
    if u:
        p.append('<w:u w:val="single"/>')
    return f"<w:rPr>{''.join(p)}</w:rPr>" if p else ""


def R(text: str, **fmt) -> str:
    return f"<w:r>{rpr(**fmt)}{_t(text)}</w:r>"


def MR(text: str, **fmt) -> str:
    """Mini markup: **bold** segments."""
    parts = text.split("**")
    out = []
    for k, seg in enumerate(parts):
        if not seg:
            continue
        f = dict(fmt)
        if k % 2 == 1:
            f["b"] = True
        out.append(R(seg, **f))
    return "".join(out)


def PPR(style=None, jc=None, tabs=None, before=None, after=None, frame=None, ind=None, keep=False,
        border_bottom=False, shade=None, line=None) -> str:
    p = []
    if style:
        p.append(f'<w:pStyle w:val="{style}"/>')
    if keep:
        p.append("<w:keepNext/>")
    if frame:
        p.append(frame)
    if border_bottom:
        p.append('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>')
    if shade:
        p.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>')
    if tabs:
        ts = "".join(
            f'<w:tab w:val="{t[1] if len(t) > 1 else "left"}"'
            + (f' w:leader="{t[2]}"' if len(t) > 2 else "")
            + f' w:pos="{t[0]}"/>'
            for t in tabs
        )
        p.append(f"<w:tabs>{ts}</w:tabs>")
    if before is not None or after is not None or line is not None:
        a = ""
        if before is not None:
            a += f' w:before="{before}"'
        if after is not None:
            a += f' w:after="{after}"'
        if line is not None:
            a += f' w:line="{line}" w:lineRule="auto"'
        p.append(f"<w:spacing{a}/>")
    if ind:
        p.append(ind)
    if jc:
        p.append(f'<w:jc w:val="{jc}"/>')
    return f"<w:pPr>{''.join(p)}</w:pPr>" if p else ""


def P(inner: str = "", **ppr) -> str:
    return f"<w:p>{PPR(**ppr)}{inner}</w:p>"


def frame_pr(x_twips: int, y_twips: int, w_twips: int, v_anchor="page", h_anchor="page") -> str:
    return (f'<w:framePr w:w="{w_twips}" w:hSpace="180" w:wrap="around" w:vAnchor="{v_anchor}" '
            f'w:hAnchor="{h_anchor}" w:x="{x_twips}" w:y="{y_twips}"/>')


def sym_box(checked: bool) -> str:
    return f'<w:r><w:sym w:font="Wingdings" w:char="{"F078" if checked else "F0A8"}"/></w:r>'


class Ids:
    def __init__(self):
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


def sdt_checkbox(ids: Ids, checked: bool) -> str:
    n = ids.next()
    glyph = "☒" if checked else "☐"
    return (
        f'<w:sdt><w:sdtPr><w:id w:val="{700000 + n}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'
    )


def sdt_text(ids: Ids, tag: str, inner_runs: str) -> str:
    n = ids.next()
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/><w:id w:val="{800000 + n}"/>'
            f'</w:sdtPr><w:sdtContent>{inner_runs}</w:sdtContent></w:sdt>')


def ins(ids: Ids, runs: str, author: str, when: str) -> str:
    return f'<w:ins w:id="{900 + ids.next()}" w:author="{escape(author)}" w:date="{when}">{runs}</w:ins>'


def dele(ids: Ids, text: str, author: str, when: str) -> str:
    return (f'<w:del w:id="{900 + ids.next()}" w:author="{escape(author)}" w:date="{when}"><w:r>'
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


EMU_PER_IN = 914400


def wps_textbox(ids: Ids, paras_xml: str, x_in: float, y_in: float, w_in: float, h_in: float,
                border: bool = False) -> str:
    """A DrawingML text box (wps:txbx) anchored to the page, with the VML fallback Word writes."""
    n = ids.next()
    x, y, cx, cy = (int(v * EMU_PER_IN) for v in (x_in, y_in, w_in, h_in))
    ln = '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>' if border else "<a:ln><a:noFill/></a:ln>"
    stroked = "t" if border else "f"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251650000 + n}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:noFill/>{ln}</wps:spPr>'
        f'<wps:txbx><w:txbxContent>{paras_xml}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0">'
        '<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict>'
        f'<v:shape id="Text Box {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{x_in * 72:.1f}pt;margin-top:{y_in * 72:.1f}pt;width:{w_in * 72:.1f}pt;'
        f'height:{h_in * 72:.1f}pt;z-index:{n};mso-position-horizontal-relative:page;mso-position-vertical-relative:page" '
        f'filled="f" stroked="{stroked}"><v:textbox inset="0,0,0,0"><w:txbxContent>{paras_xml}</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def vml_textbox(ids: Ids, paras_xml: str, x_pt: float, y_pt: float, w_pt: float, h_pt: float,
                shape: str = "shape") -> str:
    """A VML-only text box (older converters): v:shape or v:rect with v:textbox."""
    n = ids.next()
    style = (f"position:absolute;margin-left:{x_pt}pt;margin-top:{y_pt}pt;width:{w_pt}pt;height:{h_pt}pt;"
             f"z-index:{n};mso-position-horizontal-relative:page;mso-position-vertical-relative:page")
    if shape == "rect":
        return (f'<w:r><w:pict><v:rect id="_x0000_s{2000 + n}" style="{style}" filled="f" stroked="f">'
                f'<v:textbox inset="0,0,0,0"><w:txbxContent>{paras_xml}</w:txbxContent></v:textbox></v:rect></w:pict></w:r>')
    return (
        '<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>'
        f'</v:shapetype><v:shape id="_x0000_s{2000 + n}" type="#_x0000_t202" style="{style}" filled="f" stroked="f">'
        f'<v:textbox inset="0,0,0,0"><w:txbxContent>{paras_xml}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )


# --------------------------------------------------------------------------------------------
# document wrapper
# --------------------------------------------------------------------------------------------


class Doc:
    def __init__(self, font="Calibri", size=11, author="Agency user", title="Treatment Plan", margins=None):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr_el = st.element.get_or_add_rPr()
        rf = rpr_el.find(qn("w:rFonts"))
        if rf is not None:
            rf.set(qn("w:eastAsia"), font)
        self.ids = Ids()
        self.author = author
        self.title = title
        self.body = self.d.element.body
        if margins:
            s = self.d.sections[0]
            from docx.shared import Inches

            s.left_margin = s.right_margin = Inches(margins)
            s.top_margin = s.bottom_margin = Inches(margins)

    # raw XML into the body (before the final sectPr)
    def raw(self, xml: str):
        el = parse_xml(f"<w:body {NSDECL}>{xml}</w:body>")
        sect = self.body.find(qn("w:sectPr"))
        for child in list(el):
            sect.addprevious(child)

    def p(self, text="", **kw):
        fmt = {k: kw.pop(k) for k in list(kw) if k in ("b", "i", "sz", "font", "caps", "u", "color", "smallcaps")}
        self.raw(P(MR(text, **fmt), **kw))

    def lines(self, text: str, **kw):
        for ln in text.split("\n"):
            self.p(ln, **kw)

    def heading(self, text, level=1):
        self.d.add_heading(text, level=level)

    def page_break(self):
        self.raw('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def table(self, rows, style="Table Grid", bold_header=True, widths=None, merges=(), font_size=None,
              bold_first_col=False):
        ncols = max(len(r) for r in rows)
        t = self.d.add_table(rows=len(rows), cols=ncols)
        if style:
            t.style = self.d.styles[style]
        for i, row in enumerate(rows):
            for j in range(ncols):
                val = row[j] if j < len(row) else ""
                cell = t.cell(i, j)
                cell.text = ""
                par = cell.paragraphs[0]
                for k, line in enumerate(str(val).split("\n")):
                    if k:
                        par = cell.add_paragraph()
                    for s_i, seg in enumerate(line.split("**")):
                        if not seg:
                            continue
                        run = par.add_run(seg)
                        if s_i % 2 == 1 or (bold_header and i == 0) or (bold_first_col and j == 0):
                            run.bold = True
                        if font_size:
                            run.font.size = Pt(font_size)
        for (r1, c1, r2, c2) in merges:
            a = t.cell(r1, c1)
            b = t.cell(r2, c2)
            keep = a.text
            m = a.merge(b)
            # merged cells keep the first cell's text only
            for par in m.paragraphs[1:]:
                if not par.text.strip():
                    par._p.getparent().remove(par._p)
        if widths:
            from docx.shared import Inches

            for row in t.rows:
                for j, w in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = Inches(w)
        return t

    def header_text(self, lines, footer=None, page_field=False):
        sec = self.d.sections[0]
        hp = sec.header.paragraphs[0]
        hp.text = lines[0]
        for ln in lines[1:]:
            sec.header.add_paragraph(ln)
        if footer is not None:
            fp = sec.footer.paragraphs[0]
            fp.text = footer
            if page_field:
                fp._p.append(parse_xml(
                    f'<w:r {NSDECL}><w:t xml:space="preserve">   Page </w:t></w:r>'))
                for instr in ("PAGE",):
                    fp._p.append(parse_xml(f'<w:r {NSDECL}><w:fldChar w:fldCharType="begin"/></w:r>'))
                    fp._p.append(parse_xml(f'<w:r {NSDECL}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'))
                    fp._p.append(parse_xml(f'<w:r {NSDECL}><w:fldChar w:fldCharType="separate"/></w:r>'))
                    fp._p.append(parse_xml(f'<w:r {NSDECL}><w:t>1</w:t></w:r>'))
                    fp._p.append(parse_xml(f'<w:r {NSDECL}><w:fldChar w:fldCharType="end"/></w:r>'))

    def comment_on_last_paragraph(self, text, author, initials):
        par = self.d.paragraphs[-1]
        if par.runs:
            self.d.add_comment(par.runs, text=text, author=author, initials=initials)

    def save(self, name: str):
        cp = self.d.core_properties
        cp.author = self.author
        cp.last_modified_by = self.author
        cp.title = self.title
        cp.created = _dt.datetime(2026, 1, 1, 9, 0, 0)
        cp.modified = _dt.datetime(2026, 1, 1, 9, 0, 0)
        cp.revision = 1
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.category = ""
        bio = io.BytesIO()
        self.d.save(bio)
        write_stable_zip(bio.getvalue(), OUT / name)


def write_stable_zip(blob: bytes, path: Path):
    zin = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2026-01-01T09:00:00Z"', data)
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def wrap(text: str, width: int = 86) -> list[str]:
    """Break text into lines the way a PDF converter does (at word boundaries)."""
    words = text.split()
    lines, cur = [], ""
    for w_ in words:
        if cur and len(cur) + 1 + len(w_) > width:
            lines.append(cur)
            cur = w_
        else:
            cur = f"{cur} {w_}" if cur else w_
    if cur:
        lines.append(cur)
    return lines


# --------------------------------------------------------------------------------------------
# block renderers.  A plan's content is a list of blocks:
#   ("title", text) ("sub", text) ("h", text) ("para", text) ("list", [text]) ("kv", [(label, value)])
#   ("grid", [header], [[cell]]) ("sig", [sig]) ("check", label, [(option, checked)]) ("raw", xml)
#   ("pb",)  a sig is {"label", "sig", "name", "date", "extra"}
# --------------------------------------------------------------------------------------------


def sig_line(s: dict, style: str = "colon") -> str:
    lab, sg, dt_ = s["label"], s.get("sig", ""), s.get("date", "")
    if style == "colon":
        return f"{lab}: {sg}\tDate: {dt_}"
    if style == "under":
        return f"{sg}\t{dt_}\n{lab}\tDate"
    if style == "esig":
        return f"{lab}: Electronically signed by {sg} on {dt_}" if sg else f"{lab}: ______________________  Date: ________"
    return f"{lab} {sg} {dt_}"


class LineLayout:
    """Collects (runs_xml, ppr) lines, then writes them with running header/footer text in the body."""

    def __init__(self, doc: Doc, width=86, lines_per_page=40, header=None, footer="Page {k} of {n}",
                 mode="paras", size=None, font=None, header_every_page=True, tabs_default=None):
        self.doc, self.width, self.lpp = doc, width, lines_per_page
        self.header, self.footer, self.mode = header or [], footer, mode
        self.fmt = {}
        if size:
            self.fmt["sz"] = size
        if font:
            self.fmt["font"] = font
        self.items = []  # (runs, ppr, group)  group: lines of one logical paragraph share an id
        self.group = 0
        self.header_every_page = header_every_page
        self.tabs_default = tabs_default

    def add(self, runs: str, **ppr):
        self.items.append((runs, ppr, self.group))

    def text(self, text: str, wrapw=None, new_group=True, **ppr):
        fmt = {k: ppr.pop(k) for k in list(ppr) if k in ("b", "i", "sz", "caps", "u", "font")}
        f = dict(self.fmt)
        f.update(fmt)
        if new_group:
            self.group += 1
        for ln in (wrap(text, wrapw or self.width) if "\t" not in text else [text]):
            self.add(MR(ln, **f), **ppr)

    def blank(self):
        self.group += 1
        self.add("")
        self.group += 1

    def emit(self):
        pages = [self.items[i:i + self.lpp] for i in range(0, len(self.items), self.lpp)] or [[]]
        n = len(pages)
        for k, page in enumerate(pages, 1):
            if self.header and (k == 1 or self.header_every_page):
                for h in self.header:
                    self.doc.raw(P(MR(h, **dict(self.fmt, sz=8)), after=0))
                self.doc.raw(P("", after=0))
            if self.mode == "paras":
                for runs, ppr, _g in page:
                    ppr = dict(ppr)
                    ppr.setdefault("after", 0)
                    self.doc.raw(P(runs, **ppr))
            else:  # "br": lines of one logical paragraph joined by hard line breaks
                cur_g, buf, buf_ppr = None, [], {}
                for runs, ppr, g in page + [(None, {}, -1)]:
                    if g != cur_g and buf:
                        self.doc.raw(P("<w:r><w:br/></w:r>".join(buf), **dict(buf_ppr, after=buf_ppr.get("after", 60))))
                        buf = []
                    if runs is None:
                        break
                    cur_g, buf_ppr = g, ppr
                    buf.append(runs if runs else R(""))
            if self.footer:
                self.doc.raw(P("", after=0))
                self.doc.raw(P(R(self.footer.format(k=k, n=n), **dict(self.fmt, sz=8)), jc="center", after=0))
            if k < n:
                self.doc.page_break()


def grid_lines(header, rows, widths_chars, tab_pos):
    """Tab-aligned pseudo-columns: each row wrapped inside its column, continuation lines keep alignment."""
    out = []
    for r_i, row in enumerate([header] + rows):
        cols = [wrap(str(c), w) or [""] for c, w in zip(row, widths_chars)]
        height = max(len(c) for c in cols)
        for li in range(height):
            cells = [c[li] if li < len(c) else "" for c in cols]
            line = "\t".join(cells)
            if r_i == 0:
                line = "**" + line.replace("\t", "**\t**") + "**"
            out.append(line)
    tabs = [(p, "left") for p in tab_pos]
    return out, tabs


def render_lines(doc: Doc, blocks, *, width=86, lpp=42, header=None, footer="Page {k} of {n}", mode="paras",
                 size=None, font=None, kv_cols=1, grid_widths=None, sig_style="colon", check_style="glyph",
                 header_every_page=True):
    """PDF-to-Word style: every visual line its own paragraph (or hard breaks), running header and
    page numbers typed into the body."""
    sec = doc.d.sections[0]
    tw = int((sec.page_width - sec.left_margin - sec.right_margin) / 635)  # text width in twips
    fname = font or doc.d.styles["Normal"].font.name or ""
    mono = any(m in fname for m in ("Courier", "Consolas", "Lucida Console"))
    cw = (size or doc.d.styles["Normal"].font.size.pt) * 20 * (0.6 if mono else 0.55)
    width = min(width, int(tw / cw))
    L = LineLayout(doc, width, lpp, header, footer, mode, size, font, header_every_page)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            L.text(b[1], b=True, jc="center", sz=(size or 11) + 3)
        elif kind == "sub":
            L.text(b[1], jc="center")
        elif kind == "h":
            L.blank()
            L.text(b[1].upper(), b=True)
        elif kind == "para":
            L.text(b[1])
        elif kind == "list":
            for it in b[1]:
                L.group += 1
                for j, ln in enumerate(wrap(it, width - 4)):
                    L.add(MR(("•\t" if j == 0 else "\t") + ln, **L.fmt), tabs=[(360, "left")])
        elif kind == "kv":
            pairs = b[1]
            if kv_cols == 1:
                for lab, val in pairs:
                    L.text(f"{lab}: {val}" if lab else val)
            else:
                for i in range(0, len(pairs), kv_cols):
                    chunk = pairs[i:i + kv_cols]
                    L.group += 1
                    L.add(MR("\t".join(f"{lab}: {val}" for lab, val in chunk), **L.fmt),
                          tabs=[(int(tw * (j + 1) / kv_cols), "left") for j in range(kv_cols - 1)])
        elif kind == "grid":
            header, rows = b[1], b[2]
            ncol = len(header)
            wc = b[3] if len(b) > 3 else (grid_widths if grid_widths and len(grid_widths) == ncol
                                          else [max(8, (width - 2) // ncol)] * ncol)
            total = sum(wc) + 2 * (ncol - 1)
            if total > width:
                wc = [max(3, int(w * (width - 2 * (ncol - 1)) / sum(wc))) for w in wc]
            pos, acc = [], 0
            for w in wc[:-1]:
                acc += w + 2
                pos.append(int(acc * cw))
            lines, tabs = grid_lines(header, rows, wc, pos)
            L.group += 1
            for ln in lines:
                L.add(MR(ln, **dict(L.fmt, sz=(size or 11) - 1)), tabs=tabs)
        elif kind == "sig":
            L.blank()
            for s in b[1]:
                L.group += 1
                for ln in sig_line(s, sig_style).split("\n"):
                    L.add(MR(ln, **L.fmt), tabs=[(int(tw * 0.62), "left")])
                if s.get("extra"):
                    L.text(s["extra"], i=True)
                L.blank()
        elif kind == "check":
            label, opts = b[1], b[2]
            if check_style == "glyph":
                s = "   ".join(("☒ " if c else "☐ ") + o for o, c in opts)
            else:
                s = "  ".join(("[X] " if c else "[ ] ") + o for o, c in opts)
            L.text(f"{label} {s}" if label else s)
        elif kind == "raw":
            L.group += 1
            L.items.append(("__RAW__" + b[1], {}, L.group))
        elif kind == "pb":
            # force a new page by filling the current one
            rem = (-len(L.items)) % L.lpp
            L.items.extend([("", {}, -2)] * rem)
        elif kind == "blank":
            L.blank()
    # raw blocks are emitted as is
    items = []
    for runs, ppr, g in L.items:
        items.append((runs, ppr, g))
    L.items = items
    _emit_with_raw(L)


def _emit_with_raw(L: LineLayout):
    # LineLayout.emit writes P(runs); raw XML items are written directly
    orig_raw = L.doc.raw
    pages = [L.items[i:i + L.lpp] for i in range(0, len(L.items), L.lpp)] or [[]]
    n = len(pages)
    for k, page in enumerate(pages, 1):
        if L.header and (k == 1 or L.header_every_page):
            for h in L.header:
                orig_raw(P(MR(h, **dict(L.fmt, sz=8)), after=0))
            orig_raw(P("", after=0))
        cur_g, buf, buf_ppr = None, [], {}

        def flush():
            if buf:
                orig_raw(P("<w:r><w:br/></w:r>".join(buf), **dict(buf_ppr, after=buf_ppr.get("after", 60))))
                buf.clear()

        for runs, ppr, g in page:
            if runs.startswith("__RAW__"):
                flush()
                orig_raw(runs[7:])
                continue
            if L.mode == "paras":
                pp = dict(ppr)
                pp.setdefault("after", 0)
                orig_raw(P(runs, **pp))
            else:
                if g != cur_g:
                    flush()
                cur_g, buf_ppr = g, ppr
                buf.append(runs if runs else R(""))
        flush()
        if L.footer:
            orig_raw(P("", after=0))
            orig_raw(P(R(L.footer.format(k=k, n=n), **dict(L.fmt, sz=8)), jc="center", after=0))
        if k < n:
            L.doc.page_break()


def render_ehr(doc: Doc, blocks, *, kv_mode="runon", grid_mode="records", shade="D9D9D9", sig_mode="esig",
               label_bold=True, check_style="glyph", runon_sep=""):
    """EHR print-to-Word: shaded section bars, label/value runs printed back to back, records per row."""
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.raw(P(R(b[1], b=True, sz=13), after=60))
        elif kind == "sub":
            doc.raw(P(R(b[1], sz=9), after=60))
        elif kind == "h":
            doc.raw(P(R(b[1], b=True), shade=shade, before=120, after=40))
        elif kind == "para":
            doc.raw(P(MR(b[1]), after=40))
        elif kind == "list":
            for it in b[1]:
                doc.raw(P(MR("- " + it), after=0))
        elif kind == "kv":
            pairs = b[1]
            if kv_mode == "runon":
                runs = "".join(R(f"{lab}:", b=label_bold) + R(f"{val}{runon_sep}") for lab, val in pairs)
                doc.raw(P(runs, after=40))
            elif kv_mode == "lines":
                for lab, val in pairs:
                    doc.raw(P(R(f"{lab}: ", b=label_bold) + R(val), after=0))
            elif kv_mode == "table4":
                rows = []
                for i in range(0, len(pairs), 2):
                    ch = pairs[i:i + 2]
                    row = []
                    for lab, val in ch:
                        row += [f"**{lab}**" if lab else "", val]
                    rows.append(row)
                doc.table(rows, style="Table Grid", bold_header=False)
            elif kv_mode == "table2":
                doc.table([[f"**{lab}**" if lab else "", val] for lab, val in pairs], style="Table Grid",
                          bold_header=False)
        elif kind == "grid":
            header, rows = b[1], b[2]
            if grid_mode == "records":
                for row in rows:
                    runs = "".join(R(f"{h}:", b=label_bold) + R(f"{c} ") for h, c in zip(header, row) if h)
                    doc.raw(P(runs, after=40))
            elif grid_mode == "runon":
                for row in rows:
                    runs = "".join(R(f"{h}:", b=label_bold) + R(f"{c}") for h, c in zip(header, row) if h)
                    doc.raw(P(runs, after=40))
            else:
                doc.table([header] + rows)
        elif kind == "sig":
            for s in b[1]:
                if sig_mode == "esig":
                    if s.get("sig"):
                        txt = f"{s['label']}: Electronically signed by {s['sig']} on {s['date']}" if s.get("date") \
                            else f"{s['label']}: Electronically signed by {s['sig']}"
                    else:
                        txt = f"{s['label']}: ____________________________   Date: __________"
                    doc.raw(P(R(txt), after=40))
                else:
                    doc.raw(P(R(f"{s['label']}:", b=label_bold) + R(s.get("sig", "")) + R("Date:", b=label_bold)
                              + R(s.get("date", "")), after=40))
                if s.get("extra"):
                    doc.raw(P(R(s["extra"], i=True, sz=9), after=40))
        elif kind == "check":
            label, opts = b[1], b[2]
            if check_style == "glyph":
                s = "  ".join(("☒" if c else "☐") + o for o, c in opts)
            else:
                s = " ".join(("[X]" if c else "[ ]") + o for o, c in opts)
            doc.raw(P(R(f"{label}:", b=label_bold) + R(s), after=40))
        elif kind == "raw":
            doc.raw(b[1])
        elif kind == "pb":
            doc.page_break()
        elif kind == "blank":
            doc.raw(P(""))


def render_form(doc: Doc, blocks, *, bracket_labels=True, check_style="sdt", required_star=False, content_controls=True):
    """Web-form copy: field names in brackets, check-box glyphs or check-box content controls, tables."""
    ids = doc.ids

    def box(c):
        if check_style == "sdt":
            return sdt_checkbox(ids, c)
        if check_style == "sym":
            return sym_box(c)
        if check_style == "brackets":
            return R("[X]" if c else "[ ]")
        return R("☒" if c else "☐", font="Segoe UI Symbol")

    def lab(x):
        if not x:
            return ""
        if bracket_labels:
            return f"[{x}]"
        return f"{x}{' *' if required_star else ''}"

    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.raw(P(R(b[1], b=True, sz=14), jc="center", after=40))
        elif kind == "sub":
            doc.raw(P(R(b[1], sz=9, color="595959"), jc="center", after=120))
        elif kind == "h":
            doc.raw(P(R(b[1], b=True, sz=12, color="1F3864"), border_bottom=True, before=200, after=60))
        elif kind == "para":
            doc.raw(P(MR(b[1]), after=60))
        elif kind == "list":
            for it in b[1]:
                doc.raw(P(box(True) + R(" " + it), after=0))
        elif kind == "kv":
            rows = [[lab(a), v] for a, v in b[1]]
            t = doc.table(rows, style="Table Grid", bold_header=False, widths=[2.2, 4.3])
            if content_controls:
                # wrap value runs in plain-text content controls, as form exports do
                for i, row in enumerate(t.rows):
                    cell_p = row.cells[1].paragraphs[0]._p
                    runs = cell_p.findall(qn("w:r"))
                    if not runs:
                        continue
                    sdt = parse_xml(
                        f'<w:sdt {NSDECL}><w:sdtPr><w:alias w:val="{escape(b[1][i][0] or "Field")}"/>'
                        f'<w:tag w:val="fld{ids.next()}"/></w:sdtPr><w:sdtContent/></w:sdt>')
                    content = sdt.find(qn("w:sdtContent"))
                    runs[0].addprevious(sdt)
                    for r_ in runs:
                        content.append(r_)
        elif kind == "grid":
            doc.table([b[1]] + b[2])
        elif kind == "sig":
            rows = [["Signer", "Signature", "Date"]]
            for s in b[1]:
                rows.append([s["label"], s.get("sig", ""), s.get("date", "")])
            doc.table(rows)
            for s in b[1]:
                if s.get("extra"):
                    doc.raw(P(R(s["extra"], i=True, sz=9)))
        elif kind == "check":
            label, opts = b[1], b[2]
            inner = R(f"{lab(label)} " if label else "", b=True)
            for o, c in opts:
                inner += box(c) + R(f" {o}   ")
            doc.raw(P(inner, after=60))
        elif kind == "raw":
            doc.raw(b[1])
        elif kind == "pb":
            doc.page_break()
        elif kind == "blank":
            doc.raw(P(""))


def kv_box_paras(pairs, size=9, label_bold=True) -> str:
    return "".join(P(R(f"{a}: " if a else "", b=label_bold, sz=size) + R(v, sz=size), after=0) for a, v in pairs)


def lines_box_paras(lines, size=9, b=False) -> str:
    return "".join(P(MR(ln, sz=size, b=b), after=0) for ln in lines)


# --------------------------------------------------------------------------------------------
# profiles: finding kinds each can report at error or warning (from `authcheck profiles show ID
# --resolved --as-of 2026-xx`; info-only kinds such as readability, and amount-missing under
# medicare-outpatient-therapy, are left out)
# --------------------------------------------------------------------------------------------

BASE = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
        "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
PROFILE_KINDS = {
    "base-treatment-plan": BASE,
    "medicare-psychotherapy": BASE | {"credential-missing", "signature-missing", "duration-exceeds-limit",
                                      "duration-missing", "goal-not-measurable", "goal-missing",
                                      "intervention-missing", "objective-not-measurable",
                                      "objective-not-time-bound", "plan-outdated", "amount-missing",
                                      "frequency-missing"},
    "medicare-outpatient-therapy": BASE | {"signature-missing", "duration-missing", "goal-not-measurable",
                                           "goal-missing", "intervention-missing", "credential-not-permitted",
                                           "signature-late", "plan-late", "review-interval-exceeded",
                                           "review-overdue", "frequency-missing"},
    "medicare-home-health": BASE | {"duration-missing", "goal-not-measurable", "goal-missing",
                                    "intervention-missing", "credential-not-permitted", "signature-missing",
                                    "review-interval-exceeded", "review-overdue", "frequency-missing"},
    "commercial-aba": BASE | {"assessment-missing", "assessment-outdated", "caregiver-goal-missing",
                              "signature-missing", "diagnosis-not-covered", "duration-exceeds-limit",
                              "baseline-missing", "goal-not-measurable", "goal-missing", "goal-not-time-bound",
                              "review-date-missing", "review-interval-exceeded", "amount-missing"},
    "pa-55-5200": {"field-missing", "signature-missing", "duration-missing", "goal-missing",
                   "intervention-missing", "objective-missing", "plan-late"},
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

LABELS: list[dict] = []


def label(file, payer, states, as_of: date, gaps, notes, unsure=()):
    kinds = set(PROFILE_KINDS[payer])
    for s in states:
        kinds |= PROFILE_KINDS[s]
    gap_kinds = {k for g in gaps for k in g}
    for g in gaps:
        assert any(k in kinds for k in g), (file, g)
    cw = ["--payer", payer]
    for s in states:
        cw += ["--state", s]
    cw += ["--as-of", iso(as_of)]
    LABELS.append({
        "file": file,
        "check_with": cw,
        "must_report": [list(g) for g in gaps],
        "must_not_report": sorted(kinds - gap_kinds - set(unsure)),
        "notes": notes,
    })


# --------------------------------------------------------------------------------------------
# shared boilerplate
# --------------------------------------------------------------------------------------------

CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline), call 911, or go to the nearest "
          "emergency department. After-hours on-call clinician: (555) 013-4400.")
CONSENT = ("I participated in developing this plan. It was explained to me and I received a copy. I understand "
           "I may ask for changes at any time and that I may refuse any part of treatment. I understand that "
           "information about my treatment is protected by federal and state confidentiality law.")
RIGHTS = ("Clients have the right to be treated with dignity, to take part in planning, to see their record as "
          "the law allows, and to file a grievance without retaliation. Ask the front desk for the grievance form.")
PRIVACY_FOOTER = "CONFIDENTIAL - contains protected health information. Do not re-disclose without authorization."


# ============================================================================================
# PSYCHOTHERAPY (medicare-psychotherapy, some with pa-55-5200)
# ============================================================================================


def l01():
    plan, asof = D(2026, 2, 23), D(2026, 4, 14)
    phq = D(2026, 2, 16)
    t1, t2, gdate = D(2026, 5, 25), D(2026, 4, 20), D(2026, 8, 24)
    assert days(plan, asof) <= 365 and all(t > plan for t in (t1, t2, gdate)) and days(plan, gdate) < 365
    clin_npi = npi("146038271")
    doc = Doc(font="Times New Roman", size=10.5, author="Converted", title="ITP Okafor")
    hdr = ["Riverbend Counseling Associates  |  412 Mill Race Rd, Suite 3, Harrow, OH 44021  |  (555) 013-2200",
           "INDIVIDUAL TREATMENT PLAN - Dolores Okafor - DOB 09/02/1956"]
    blocks = [
        ("title", "INDIVIDUAL TREATMENT PLAN"),
        ("sub", "Outpatient Behavioral Health - Medicare Part B"),
        ("kv", [("Client Name", "Dolores A. Okafor"), ("Date of Birth", "09/02/1956"),
                ("Medicare Beneficiary ID (MBI)", "5QW2JT8NF41"), ("Record #", "RCA-20931"),
                ("Plan Date", us(plan)), ("Plan Type", "Initial"),
                ("Treating Clinician", f"Harold Brennan, LCSW (NPI {clin_npi})")]),
        ("h", "Reason for referral / presenting problem"),
        ("para", "Ms. Okafor is a 69-year-old widowed woman referred by her primary care physician after a PHQ-9 "
                 "of 18 at her annual wellness visit. She reports low mood most days since the death of her "
                 "sister fourteen months ago, loss of interest in church and the senior center, early waking "
                 "around 3 a.m., and fatigue. She denies suicidal ideation, intent or plan (C-SSRS screen "
                 "negative 02/16/2026). She lives alone; her son visits on Sundays. Strengths: insight, "
                 "faith community, good health literacy, motivated for treatment."),
        ("h", "Diagnosis (ICD-10-CM)"),
        ("para", "F33.1  Major depressive disorder, recurrent, moderate (primary)"),
        ("h", "Problem 1: Depressed mood and withdrawal"),
        ("para", f"Goal 1: Dolores will return to her usual weekly activities with a stable mood, shown by a PHQ-9 "
                 f"score below 10, by {us(gdate)}."),
        ("para", f"Objective 1a: Dolores will reduce her PHQ-9 score from 18 (baseline {us(phq)}) to 12 or lower "
                 f"by {us(t1)}."),
        ("para", f"Objective 1b: Dolores will attend the senior center or a church group at least 2 times a week "
                 f"for 4 consecutive weeks, as recorded in her activity log, by {us(t1)}. Baseline: 0 times a week."),
        ("para", "Interventions: cognitive behavioral therapy; behavioral activation with weekly activity "
                 "scheduling; grief-focused work on the loss of her sister."),
        ("h", "Problem 2: Sleep disturbance"),
        ("para", f"Goal 2: Dolores will sleep at least 6 hours on 5 of 7 nights, per her sleep diary, by "
                 f"{us(gdate)}."),
        ("para", f"Objective 2a: Dolores will follow a written wind-down routine on at least 5 nights a week for 3 "
                 f"consecutive weeks, as recorded in her sleep diary, by {us(t2)}."),
        ("para", "Interventions: CBT for insomnia components (stimulus control, sleep scheduling), sleep diary "
                 "review each session."),
        ("h", "Services"),
        ("grid", ["Service", "CPT", "Session length", "Frequency", "Duration"],
         [["Individual psychotherapy", "90837", "53-60 minutes", "Once a week", f"6 months (through {us(gdate)})"]]),
        ("para", "Care coordination with PCP (Dr. L. Amadi) at least quarterly, with the client's written consent."),
        ("h", "Discharge criteria"),
        ("para", "PHQ-9 below 10 on two consecutive administrations and goals 1 and 2 met; client able to use "
                 "relapse prevention plan independently."),
        ("h", "Crisis plan"),
        ("para", CRISIS),
        ("h", "Client participation"),
        ("para", "The client helped write these goals and agrees with the plan. " + CONSENT),
        ("sig", [{"label": "Clinician signature", "sig": "/s/ Harold Brennan, LCSW", "date": us(plan)}]),
    ]
    render_lines(doc, blocks, width=92, lpp=34, header=hdr, footer="Page {k} of {n}", mode="paras",
                 grid_widths=[24, 6, 14, 12, 24])
    doc.save("l01_itp_converted_pdf.docx")
    label("l01_itp_converted_pdf.docx", "medicare-psychotherapy", [], asof, [],
          "Clean. PDF-to-Word conversion: every visual line is its own paragraph, the running page header "
          "(agency, client name, DOB) and 'Page k of n' are typed into the body between pages; services as "
          "tab-aligned pseudo-columns.")


def l02():
    intake, plan, asof = D(2026, 3, 9), D(2026, 3, 30), D(2026, 5, 5)
    appr = D(2026, 4, 2)
    o1, o2, o3, g = D(2026, 5, 29), D(2026, 6, 26), D(2026, 6, 26), D(2026, 7, 20)
    assert days(intake, plan) == 21 <= 30 and plan <= appr <= asof and days(plan, asof) <= 365
    assert all(x > plan for x in (o1, o2, o3, g)) and days(plan, g) < 365
    doc = Doc(font="Arial", size=10, author="Acrobat PDFMaker", title="Treatment Plan")
    ids = doc.ids
    left = kv_box_paras([("Individual", "Terrence L. Vail"), ("DOB", "12/11/1961"), ("MBI", "7FD3KM4YT25"),
                         ("Chart No.", "00-51873")])
    right = kv_box_paras([("Intake Date", us(intake)), ("Plan Date", us(plan)),
                          ("Program", "Adult Outpatient - Licensed Psychiatric Clinic"),
                          ("Clinician", "Renata Solis, LPC")])
    title = lines_box_paras(["Lakeshore Community Mental Health Clinic",
                             "TREATMENT PLAN (55 Pa. Code §5200.31)"], size=12, b=True)
    doc.raw(P(wps_textbox(ids, title, 0.8, 0.55, 6.8, 0.55)
              + wps_textbox(ids, left, 0.8, 1.2, 3.2, 0.9, border=True)
              + wps_textbox(ids, right, 4.3, 1.2, 3.3, 0.9, border=True)))
    for _ in range(6):
        doc.raw(P("", after=0))
    blocks = [
        ("h", "Diagnosis"),
        ("para", "F41.1 Generalized anxiety disorder (primary)"),
        ("h", "Presenting concerns"),
        ("para", "Mr. Vail (64) reports constant worry about finances and his wife's health, muscle tension, "
                 "irritability and poor concentration for over a year; GAD-7 = 16 at intake. He retired from "
                 "the steel mill in 2024. No substance use concerns; drinks 1-2 beers a week."),
        ("h", "Goals and objectives"),
        ("para", f"GOAL 1. Terrence will manage worry so that it no longer limits his daily life: GAD-7 below 8 by "
                 f"{us(g)}."),
        ("para", f"1.1 Terrence will reduce his GAD-7 score from 16 to 10 or less by {us(o1)}."),
        ("para", f"1.2 Terrence will use a scheduled 'worry period' and paced breathing on at least 5 of 7 days a "
                 f"week, as tracked on his phone app, by {us(o2)}."),
        ("para", f"GOAL 2. Terrence will return to one valued activity he stopped: volunteering at the food bank "
                 f"at least once a week by {us(g)}."),
        ("para", f"2.1 Terrence will complete 3 graded steps of his activity plan (call the coordinator, visit, "
                 f"work one shift) by {us(o3)}."),
        ("h", "Treatment modalities / services"),
        ("list", ["Individual psychotherapy (CBT for GAD), CPT 90834, 45 minutes, weekly",
                  "Psychiatric evaluation completed 03/09/2026; no medication recommended at this time"]),
        ("para", "Expected duration of treatment: 16 weeks from the plan date, then review for discharge."),
        ("para", "Next plan update: 06/29/2026 or sooner if needs change."),
        ("h", "Crisis and after-hours"),
        ("para", CRISIS),
    ]
    render_lines(doc, blocks, width=95, lpp=60, header=None, footer=None, mode="br")
    sigs = lines_box_paras([
        "SIGNATURES",
        f"Individual: Terrence L. Vail (signed on tablet)        Date: {us(plan)}",
        f"Mental health professional: Renata Solis, LPC  /s/     Date: {us(plan)}",
        f"Approved - psychiatrist: Anil Mehra, MD  /s/           Date: {us(appr)}",
    ], size=9)
    doc.raw(P(wps_textbox(ids, sigs, 0.8, 8.6, 6.8, 1.2, border=True)))
    doc.save("l02_pa_plan_textboxes.docx")
    label("l02_pa_plan_textboxes.docx", "medicare-psychotherapy", ["pa-55-5200"], asof, [],
          "Clean. PDF export whose header block (title, client box, plan box) and signature block are "
          "DrawingML text boxes (wps:txbx with VML fallback) anchored to empty paragraphs; the body is "
          "paragraphs with hard line breaks mid-sentence. Intake to plan 21 days; psychiatrist approval dated.")


def l03():
    plan, asof = D(2026, 5, 18), D(2026, 6, 10)
    o1, o2, o3 = D(2026, 8, 17), D(2026, 7, 20), D(2026, 9, 14)
    assert all(x > plan for x in (o1, o2, o3)) and asof >= plan
    doc = Doc(font="Segoe UI", size=9, author="EHR Print Service", title="Plan of Care")
    blocks = [
        ("title", "Plan of Care - Behavioral Health"),
        ("sub", f"Printed 06/01/2026 08:14 by FRONTDESK2   Encounter: OP-BH   Facility: Harbor Point Psychology Group"),
        ("h", "Patient Information"),
        ("kv", [("Patient", "FERREIRA-DIAZ, MARISOL"), ("DOB", "04/27/1949"), ("Sex", "F"), ("MRN", "00482913"),
                ("Medicare ID", ""), ("Secondary Ins", ""), ("Preferred Language", "English / Spanish")]),
        ("kv", [("Plan Date", us(plan)), ("Plan Status", "Active"), ("Author", "ACHTERBERG, GWEN PsyD")]),
        ("h", "Problems / Diagnoses"),
        ("kv", [("Dx 1", "F43.10 Post-traumatic stress disorder, unspecified"), ("Onset", "2025"), ("Dx 2", "")]),
        ("h", "Goal 1"),
        ("kv", [("Problem", "Intrusive memories and avoidance after home invasion (11/2025)"),
                ("Goal", "Patient will resume shopping and church attendance without panic."),
                ("Target Date", us(o3))]),
        ("kv", [("Objective 1.1", "Patient will lower her PCL-5 score from 52 to below 33"),
                ("Target", us(o1)), ("Status", "New")]),
        ("kv", [("Objective 1.2", "Patient will complete 8 of 10 planned in-vivo exposure steps on her hierarchy"),
                ("Target", us(o1)), ("Status", "New")]),
        ("h", "Goal 2"),
        ("kv", [("Problem", "Sleep disruption, nightmares 4-5 nights/week"),
                ("Goal", "Patient will have nightmares on no more than 1 night per week by the target date."),
                ("Target Date", us(o3))]),
        ("kv", [("Objective 2.1", "Patient will practice imagery rehearsal nightly and log nightmares, with at least "
                                  "6 of 7 log entries completed each week"),
                ("Target", us(o2)), ("Status", "New")]),
        ("h", "Interventions"),
        ("grid", ["Service", "Modality", "Frequency", "Duration", "Provider"],
         [["Individual psychotherapy", "Prolonged exposure; imagery rehearsal therapy", "Weekly", "6 months",
           "Gwen Achterberg, PsyD"]]),
        ("h", "Coordination"),
        ("para", "PCP: Dr. H. Lindgren. Release of information on file (05/18/2026)."),
        ("h", "Signatures"),
        ("sig", [{"label": "Clinician", "sig": "Gwen Achterberg, PsyD", "date": f"{us(plan)} 15:42"}]),
        ("para", "End of report."),
    ]
    render_ehr(doc, blocks, kv_mode="runon", grid_mode="runon")
    doc.save("l03_ehr_runon_labels.docx")
    label("l03_ehr_runon_labels.docx", "medicare-psychotherapy", [], asof,
          [["amount-missing"], ["field-missing"]],
          "Gaps: the session length of psychotherapy is never stated (no minutes, no time-based CPT code); the "
          "'Medicare ID' label is printed empty (only an internal MRN is given), so the member ID is missing. "
          "EHR print-to-Word with run-on label/value runs ('Frequency:WeeklyDuration:6 months') and empty labels.")


def l04():
    plan, asof = D(2026, 1, 12), D(2026, 3, 20)
    o1, o2, o3, g = D(2026, 4, 13), D(2026, 4, 13), D(2026, 5, 11), D(2026, 7, 13)
    rev = D(2026, 4, 13)
    assert all(x > plan for x in (o1, o2, o3, g, rev)) and days(plan, g) < 365
    doc = Doc(font="Calibri", size=10, author="webform", title="Treatment Plan Form")
    ids = doc.ids
    blocks = [
        ("title", "Outpatient Psychotherapy Treatment Plan"),
        ("sub", "Submitted via Clearwater Family Therapy client portal - form TP-2 - copy for the record"),
        ("h", "Section A - Client"),
        ("kv", [("ClientFullName", "Walter J. Kowalczyk"), ("ClientDOB", "07/19/1952"),
                ("InsuranceType", "Medicare Part B"), ("MemberID_MBI", "2RN5XC7UP38"),
                ("PlanDate", us(plan)), ("ClinicianName", "Simone Adeyemi, LMFT")]),
        ("h", "Section B - Diagnosis"),
        ("kv", [("PrimaryDx_ICD10", "F32.1 Major depressive disorder, single episode, moderate"),
                ("SecondaryDx_ICD10", "Z63.0 Problems in relationship with spouse or partner")]),
        ("h", "Section C - Goals and Objectives"),
        ("para", f"**Goal 1** Walter will feel less depressed and take part in daily life again, with a PHQ-9 score "
                 f"of 9 or less by {us(g)}."),
        ("para", f"   Objective 1.1 - Walter will go for a walk of 20 minutes or more on at least 4 days a week, "
                 f"recorded on his calendar, by {us(o1)}. (Baseline: 0-1 days a week.)"),
        ("para", f"   Objective 1.2 - Walter will lower his PHQ-9 from 16 to 12 or less by {us(o2)}."),
        ("para", f"**Goal 2** Walter and his wife will argue less and solve problems together: no more than 1 "
                 f"argument a week that either of them rates 'severe', by {us(g)}."),
        ("para", f"   Objective 2.1 - Walter will use the time-out and 'speaker-listener' steps in at least 3 of 4 "
                 f"disagreements logged per week by {us(o3)}."),
        ("h", "Section D - Services"),
        ("check", "Modality", [("Individual", True), ("Group", False), ("Family/Couple (conjoint)", True)]),
        ("check", "Session length", [("30 min (90832)", False), ("45 min (90834)", True), ("60 min (90837)", False)]),
        ("check", "Frequency", [("Weekly", True), ("Every 2 weeks", False), ("Monthly", False)]),
        ("check", "Expected duration", [("3 months", False), ("6 months", True), ("9 months", False)]),
        ("para", "Conjoint sessions (90847, 50 minutes) once a month within the weekly schedule, with the "
                 "client's consent."),
        ("kv", [("NextReviewDate", us(rev)), ("InterventionsText",
                 "CBT; behavioral activation; couples communication skills (Gottman-informed)")]),
        ("h", "Section E - Signatures"),
        ("sig", [{"label": "Client", "sig": "Walter J. Kowalczyk (typed e-signature)", "date": us(plan)},
                 {"label": "Clinician", "sig": "Simone Adeyemi, LMFT (typed e-signature)", "date": us(plan)}]),
        ("para", "By typing your name you agree that this is your electronic signature. " + CONSENT),
    ]
    render_form(doc, blocks, bracket_labels=True, check_style="sdt")
    doc.save("l04_portal_form_copy.docx")
    label("l04_portal_form_copy.docx", "medicare-psychotherapy", [], asof, [],
          "Clean. Web-form copy: field names in brackets ([ClientFullName]) in a form table with values in "
          "content controls; modality, session length, frequency and duration chosen with check-box content "
          "controls (checked/unchecked glyphs).")


def l05():
    intake, plan, asof = D(2026, 5, 11), D(2026, 6, 1), D(2026, 7, 8)
    appr = D(2026, 6, 3)
    g1, g2 = D(2026, 11, 30), D(2026, 9, 28)
    assert days(intake, plan) == 21 and plan <= appr <= asof and g1 > plan and g2 > plan and days(plan, g1) < 365
    doc = Doc(font="Calibri", size=11, author="records", title="Intake and Plan")
    # --- part 1: intake note, as typed in the clinic's note template
    doc.raw(P(R("NORTHGATE BEHAVIORAL HEALTH CLINIC", b=True, sz=12), jc="center", after=0))
    doc.raw(P(R("Comprehensive Intake Assessment", sz=11), jc="center", after=200))
    doc.table([["Name: Keisha M. Lamberton", "DOB: 03/15/1970", f"Intake date: {us(intake)}"],
               ["Medicare MBI: 6YC8UA1PK07", "Clinician: Owen Thibodeaux, LCSW", "Location: Northgate - Suite B"]],
              bold_header=False)
    for h, t in [
        ("Chief complaint", "\"I can't get out of bed and I worry all the time.\""),
        ("History of present illness", "56-year-old woman, laid off in January, with a second episode of "
         "depression (first in 2018, treated with sertraline and therapy). Sleeps 10-11 hours, poor appetite, "
         "worry about bills and her adult son. Denies SI/HI. PHQ-9 = 19, GAD-7 = 14."),
        ("Psychiatric history", "One prior outpatient episode (2018). No hospitalizations. No suicide attempts."),
        ("Substance use", "Denies alcohol and drug use. AUDIT-C 0."),
        ("Mental status", "Casually groomed, psychomotor slowing, mood 'down', affect constricted, thought "
         "process linear, no psychosis, insight and judgment fair."),
        ("Diagnostic impression", "F33.1 Major depressive disorder, recurrent, moderate; F41.1 Generalized "
         "anxiety disorder."),
        ("Recommendations", "Outpatient psychotherapy; psychiatric evaluation for medication; treatment plan to "
         "be completed within 30 days."),
    ]:
        doc.raw(P(R(h + ": ", b=True) + R(t), after=80))
    doc.raw(P(R(f"Owen Thibodeaux, LCSW   {us(intake)}", i=True), after=0))
    doc.page_break()
    # --- part 2: the plan, pasted from the EHR's plan screen
    doc.raw(P(R("TREATMENT PLAN", b=True, sz=14, font="Cambria"), after=0))
    doc.raw(P(R(f"Client: Keisha M. Lamberton    DOB 03/15/1970    MBI 6YC8UA1PK07", font="Cambria"), after=0))
    doc.raw(P(R(f"Date of intake: {us(intake)}    Treatment plan date: {us(plan)}    Level: Outpatient",
                font="Cambria"), after=160))
    doc.raw(P(R("Diagnoses: ", b=True, font="Cambria") + R("F33.1 Major depressive disorder, recurrent, moderate "
              "(primary); F41.1 Generalized anxiety disorder", font="Cambria"), after=120))
    doc.table([
        ["Problem", "Goal", "Interventions"],
        ["Depressed mood, inactivity",
         f"Keisha will reduce her PHQ-9 from 19 to below 10 and be out of bed by 9 a.m. on at least 5 days a "
         f"week by {us(g1)}.",
         "CBT, behavioral activation, activity scheduling; psychiatric medication evaluation"],
        ["Worry",
         f"Keisha will reduce her GAD-7 from 14 to 7 or less by {us(g2)}.",
         "CBT for worry, problem-solving therapy, relaxation training"],
    ])
    doc.raw(P(R("Services: individual psychotherapy, CPT 90834, 45 minutes, once a week; medication "
                "management by the clinic psychiatrist, 99214, 25 minutes, monthly.", font="Cambria"), before=120))
    doc.raw(P(R("Expected duration: 6 months.", font="Cambria")))
    doc.raw(P(R(CRISIS, font="Cambria", sz=9, i=True)))
    doc.page_break()
    # --- part 3: signature page from another template (older form, different look)
    doc.raw(P(R("FORM SP-7  (rev. 04/2019)", sz=8), jc="right", after=0))
    doc.raw(P(R("SIGNATURE PAGE - TREATMENT PLAN / PLAN UPDATE", b=True, caps=True, font="Arial", sz=11),
              jc="center", after=200))
    doc.raw(P(R(CONSENT, font="Arial", sz=9), after=200))
    doc.table([
        ["", "Signature", "Printed name / credentials", "Date"],
        ["Individual / Parent / Guardian", "", "", ""],
        ["Mental Health Professional", "/s/ Owen Thibodeaux", "Owen Thibodeaux, LCSW", us(plan)],
        ["Psychiatrist / Advanced Practice Professional", "/s/ Priya Raman", "Priya Raman, MD", us(appr)],
    ], font_size=9)
    doc.raw(P(R("Copy given to individual:  Yes ___  No ___", font="Arial", sz=9), before=200))
    doc.save("l05_intake_then_plan_stitched.docx")
    label("l05_intake_then_plan_stitched.docx", "medicare-psychotherapy", ["pa-55-5200"], asof,
          [["signature-missing"], ["objective-missing"]],
          "Gaps: the individual's signature row of the signature page is blank; the plan has goals and "
          "interventions but no objectives (PA requires goals and objectives). Stitched document: intake note "
          "(with its own date and diagnostic impression), the plan pasted in another font, then a signature "
          "page from an older form (SP-7 rev. 2019).")


def l06():
    plan, asof = D(2026, 4, 6), D(2026, 5, 27)
    o = [D(2026, 7, 6), D(2026, 8, 3), D(2026, 7, 6), D(2026, 10, 5)]
    assert all(x > plan for x in o) and days(plan, asof) <= 365
    doc = Doc(font="Courier New", size=9.5, author="scan2word", title="TX PLAN")
    hdr = ["OSTROWSKI, BERNARD     DOB 01/30/1958     MBI 8KV1PD6WE52",
           "Marchetti Psychological Services - Treatment Plan"]
    blocks = [
        ("title", "PSYCHOLOGICAL TREATMENT PLAN"),
        ("kv", [("Patient", "Bernard Ostrowski"), ("Date of birth", "01/30/1958"),
                ("Medicare #", "8KV1PD6WE52"), ("Plan established", us(plan)),
                ("Psychologist", "Lucia Marchetti, PhD"), ("License", "PS-018832")], ),
        ("h", "Diagnosis"),
        ("grid", ["ICD-10-CM", "Description", "Status"],
         [["F41.1", "Generalized anxiety disorder", "Primary"],
          ["G47.00", "Insomnia, unspecified", "Secondary (per PCP)"]], [10, 50, 30]),
        ("h", "Goals / objectives"),
        ("grid", ["#", "Goal or objective", "Measure", "Target date"],
         [["G1", "Bernard will worry less and enjoy retirement: GAD-7 score of 7 or lower.", "GAD-7 (now 15)",
           us(o[3])],
          ["1a", "Bernard will lower his GAD-7 score from 15 to 10 or lower.", "GAD-7 monthly", us(o[0])],
          ["1b", "Bernard will practice diaphragmatic breathing for 10 minutes at least 5 days a week.",
           "Practice log", us(o[1])],
          ["G2", "Bernard will sleep at least 6.5 hours a night on 5 of 7 nights.", "Sleep diary (now 4.5 h)",
           us(o[3])],
          ["2a", "Bernard will keep a fixed rise time (7:00 a.m.) on at least 6 of 7 mornings.", "Sleep diary",
           us(o[2])]]),
        ("h", "Treatment"),
        ("grid", ["Service", "Code", "Amount", "Frequency"],
         [["Individual psychotherapy (CBT, CBT-I)", "90837", "60 min", "1x/week"]], [40, 10, 14, 14]),
        ("kv", [("Estimated duration of treatment", "12 months"),
                ("Reassessment", "GAD-7 and sleep diary reviewed monthly")]),
        ("h", "Signature"),
        ("sig", [{"label": "Psychologist", "sig": "Lucia Marchetti, PhD (signed)", "date": us(plan)}]),
    ]
    render_lines(doc, blocks, width=96, lpp=48, header=hdr, footer="- {k} -", mode="paras",
                 grid_widths=[6, 52, 22, 12])
    doc.save("l06_tab_columns_plan.docx")
    label("l06_tab_columns_plan.docx", "medicare-psychotherapy", [], asof, [["duration-exceeds-limit"]],
          "Gap: estimated duration of treatment is 12 months; the NGS article requires a duration of less than "
          "one year (strict). Courier pseudo-columns aligned with tabs (diagnoses, goal/objective table, "
          "services), each visual line its own paragraph.")


def l07():
    plan, asof = D(2026, 7, 13), D(2026, 8, 19)
    g1, o1a, o1b = D(2027, 1, 13), D(2026, 10, 12), D(2026, 11, 9)
    assert all(x > plan for x in (g1, o1a, o1b)) and days(plan, g1) < 365
    doc = Doc(font="Times New Roman", size=11, author="OmniPage", title="Treatment Plan")
    ids = doc.ids
    # page 1: VML text boxes for the letterhead and the identification block (older converter output)
    head = lines_box_paras(["GREENFIELD VETERANS & FAMILY COUNSELING", "88 Chestnut Ave, Lowell Falls, MA 01850"],
                           size=10, b=True)
    idb = kv_box_paras([("Client", "Augustine P. Ramsey"), ("D.O.B.", "10/05/1948"), ("Medicare No.", "9JP4WN3HA16"),
                        ("Date of Plan", us(plan)), ("Therapist", "Farrah Qureshi, LICSW")], size=10)
    doc.raw(P(vml_textbox(ids, head, 72, 40, 460, 32) + vml_textbox(ids, idb, 72, 80, 300, 80, shape="rect")))
    for _ in range(7):
        doc.raw(P("", after=0))
    # section labels sit in frames at the left margin, their text in the main flow (typical OCR output)

    def framed(label_txt, body_lines):
        doc.raw(P(R(label_txt, b=True, sz=10), frame=frame_pr(720, 0, 1700, v_anchor="text", h_anchor="page"),
                  after=0))
        for ln in body_lines:
            doc.raw(P(MR(ln), ind='<w:ind w:left="1800"/>', after=0))
        doc.raw(P("", after=0))

    framed("DIAGNOSIS", ["F43.1  Post-traumatic stress disorder (PTSD)  - primary",
                         "Z91.82 Personal history of military deployment"])
    framed("HISTORY", wrap("Vietnam-era Army veteran, 77, seen at the request of his daughter. Since a car "
                           "accident in March he has had nightmares, startle, and avoids driving. He attends VA "
                           "primary care; no VA mental health care at present. PCL-5 = 49 at intake (06/29/2026).", 70))
    framed("GOAL 1", wrap(f"Augustine will drive to his weekly appointments and to church on his own again by "
                          f"{us(g1)}.", 70))
    framed("Obj. 1a", wrap(f"Augustine will lower his PCL-5 from 49 to 35 or below by {us(o1a)}.", 70))
    framed("Obj. 1b", wrap(f"Augustine will complete 6 of the 8 driving steps on his exposure hierarchy by "
                           f"{us(o1b)}.", 70))
    framed("GOAL 2", wrap("Augustine will sleep through the night more often, with fewer nightmares.", 70))
    framed("Obj. 2a", wrap("Augustine will reduce nightmares from 5 nights a week to 1 night a week or fewer, as "
                           "recorded in his sleep log.", 70))
    framed("SERVICES", wrap("Individual psychotherapy (Cognitive Processing Therapy, imagery rehearsal), CPT "
                            "90834, 45 minutes, weekly. Expected length of treatment: 6 months from the date of "
                            "plan.", 70))
    framed("CRISIS", wrap("Veterans Crisis Line: dial 988 then press 1. " + CRISIS, 70))
    sig = lines_box_paras([f"Therapist signature: /s/ Farrah Qureshi, LICSW          Date: {us(plan)}"], size=10)
    doc.raw(P(vml_textbox(ids, sig, 72, 690, 460, 24)))
    doc.save("l07_ocr_vml_frames.docx")
    label("l07_ocr_vml_frames.docx", "medicare-psychotherapy", [], asof,
          [["diagnosis-code-not-billable"], ["objective-not-time-bound"]],
          "Gaps: primary diagnosis coded F43.1 (a subcategory, not billable; F43.10-F43.12 are); goal 2 and its "
          "objective 2a have no target date or time frame (only the overall 6-month length of treatment). OCR "
          "conversion: letterhead, identification block and signature in VML text boxes (v:shape, v:rect); "
          "section labels in frames (w:framePr) beside indented text.",
          unsure=())
    assert "Z91.82"  # billable history code, checked with authcheck codes


def l08():
    adm, plan, asof = D(2026, 7, 20), D(2026, 8, 10), D(2026, 9, 15)
    appr = D(2026, 8, 14)
    end = D(2027, 2, 10)
    o1, o2, o3 = D(2026, 11, 9), D(2026, 10, 12), D(2026, 12, 7)
    assert days(adm, plan) == 21 and plan <= appr <= asof and days(plan, end) < 365
    assert all(x > plan for x in (o1, o2, o3, end))
    doc = Doc(font="Verdana", size=8.5, author="EHR", title="Treatment Plan Report")
    blocks = [
        ("title", "TREATMENT PLAN REPORT"),
        ("sub", "Keystone Valley Behavioral Health  -  Licensed Outpatient Psychiatric Clinic  -  Site 02"),
        ("h", "Diagnoses"),
        ("kv", [("Primary Dx", "F31.81 Bipolar II disorder"), ("Secondary Dx", ""), ("Medical Dx", ""),
                ("Dx Date", us(adm))]),
        ("h", "Problems, Goals, Objectives"),
        ("kv", [("Problem #1", "Mood episodes disrupting work"),
                ("Long Term Goal", "Yvonne will keep her job with no mood-related absences for 3 months in a row."),
                ("LTG Target", us(end)),
                ("Short Term Objective 1A", "Yvonne will complete a daily mood chart on at least 6 of 7 days a week"),
                ("STO Target", us(o2)),
                ("Short Term Objective 1B", "Yvonne will identify 3 early warning signs of hypomania and write them "
                                            "into her relapse plan"),
                ("STO Target", us(o1)),
                ("Intervention", "Interpersonal and social rhythm therapy; psychoeducation; medication management")]),
        ("kv", [("Problem #2", "Sleep schedule irregular"),
                ("Long Term Goal", "Yvonne will keep a regular sleep schedule."),
                ("LTG Target", us(o3)),
                ("Short Term Objective 2A", "Yvonne will go to bed between 10 and 11 p.m. on at least 5 of 7 "
                                            "nights, per her sleep log"),
                ("STO Target", us(o3)),
                ("Intervention", "Social rhythm metric review each session")]),
        ("h", "Services"),
        ("grid", ["Service", "CPT", "Minutes", "Frequency", "Staff"],
         [["Individual psychotherapy", "90837", "60", "Weekly", "D. Whitlock, LPC"],
          ["Medication management", "99214", "25", "Every 4 weeks", "G. Obuya, CRNP"]]),
        ("kv", [("Anticipated Duration", f"6 months (through {us(end)})"), ("Review Due", us(o3))]),
        ("h", "Demographics"),
        ("kv", [("Name", "Yvonne R. Castellano"), ("Guardian", ""), ("MBI", "1MA6GH9RT84"), ("Sex", "F"),
                ("Birth Date", "05/22/1963"), ("Phone", "(555) 014-7781")]),
        ("h", "Plan Information"),
        ("kv", [("Admission Date", us(adm)), ("Plan Type", "Initial"), ("Plan Date", us(plan)),
                ("Level of Care", "Outpatient")]),
        ("h", "Signatures"),
        ("sig", [{"label": "Individual", "sig": "Yvonne R. Castellano (signature pad)", "date": us(plan)},
                 {"label": "Primary Clinician", "sig": "Daniel Whitlock, LPC", "date": us(plan)},
                 {"label": "Approved by Psychiatrist/APP", "sig": "Grace Obuya, CRNP (psychiatric nurse practitioner)",
                  "date": us(appr)}]),
    ]
    render_ehr(doc, blocks, kv_mode="table4", grid_mode="table")
    doc.save("l08_ehr_report_odd_order.docx")
    label("l08_ehr_report_odd_order.docx", "medicare-psychotherapy", ["pa-55-5200"], asof, [],
          "Clean. EHR report printed to Word: diagnoses and goals first, demographics and plan dates at the end, "
          "label/value pairs in 4-column tables with empty labels (Secondary Dx, Guardian) and repeated labels "
          "('STO Target'); approval by a psychiatric CRNP (a nurse practitioner, Pennsylvania's title).")


# --------------------------------------------------------------------------------------------
# FHIR R4 helpers
# --------------------------------------------------------------------------------------------

def fhir_write(name: str, bundle: dict):
    (OUT / name).write_text(json.dumps(bundle, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def fx_patient(pid, family, given, birth, mbi):
    return {"resourceType": "Patient", "id": pid,
            "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                                 "code": "MB", "display": "Member Number"}]},
                            "system": "http://hl7.org/fhir/sid/us-mbi", "value": mbi}],
            "name": [{"use": "official", "family": family, "given": given}], "birthDate": birth}


def fx_practitioner(pid, family, given, cred, npi_):
    return {"resourceType": "Practitioner", "id": pid,
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi_}],
            "name": [{"family": family, "given": given, "suffix": [cred]}],
            "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360",
                                                     "code": cred, "display": cred}], "text": cred}}]}


def fx_condition(cid, pat, code, display, onset=None):
    c = {"resourceType": "Condition", "id": cid,
         "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                        "code": "active"}]},
         "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                            "code": "confirmed"}]},
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                   "code": "problem-list-item"}]}],
         "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": code, "display": display}],
                  "text": display},
         "subject": {"reference": f"Patient/{pat}"}}
    if onset:
        c["onsetDateTime"] = onset
    return c


def fx_goal(gid, pat, text, due, measure=None, detail=None, start=None, cond=None):
    g = {"resourceType": "Goal", "id": gid, "lifecycleStatus": "active",
         "description": {"text": text}, "subject": {"reference": f"Patient/{pat}"}}
    if start:
        g["startDate"] = start
    t = {}
    if measure:
        t["measure"] = {"text": measure}
    if detail:
        t.update(detail)
    if due:
        t["dueDate"] = due
    if t:
        g["target"] = [t]
    if cond:
        g["addresses"] = [{"reference": f"Condition/{cond}"}]
    return g


def fx_bundle(bid, resources, ts):
    return {"resourceType": "Bundle", "id": bid, "type": "collection", "timestamp": ts,
            "entry": [{"fullUrl": f"urn:uuid:{bid}-{i:02d}-{r['resourceType'].lower()}-{r['id']}",
                       "resource": r} for i, r in enumerate(resources)]}


def l09():
    plan, asof = D(2025, 5, 12), D(2026, 6, 30)
    end = D(2026, 3, 31)
    gd = [D(2025, 9, 15), D(2025, 11, 10), D(2026, 3, 31)]
    assert days(plan, asof) == 414 > 365 and days(plan, end) < 365 and all(x > plan for x in gd)
    pat, pr = "pt-4471", "pr-lcsw-02"
    cl_npi = npi("152093866")
    res = [
        fx_patient(pat, "Haverford", ["Lionel", "T."], "1957-03-28", "2HU4DX7KP51"),
        fx_practitioner(pr, "Nakashima", ["Eileen"], "LCSW", cl_npi),
        fx_condition("cond-1", pat, "F33.1", "Major depressive disorder, recurrent, moderate", "2025-04-28"),
        fx_goal("goal-1", pat, "Lionel will reduce his PHQ-9 score from 17 to 9 or below.", iso(gd[2]),
                measure="PHQ-9 total score", detail={"detailQuantity": {"value": 9, "comparator": "<=",
                                                                         "unit": "score"}},
                start=iso(plan), cond="cond-1"),
        fx_goal("goal-2", pat, "Lionel will attend his grandson's weekend games or another social activity at "
                               "least 2 times a month.", iso(gd[1]), start=iso(plan), cond="cond-1"),
        fx_goal("goal-3", pat, "Lionel will complete a written relapse-prevention plan listing 3 warning signs "
                               "and 3 coping actions.", iso(gd[0]), start=iso(plan), cond="cond-1"),
        {"resourceType": "ServiceRequest", "id": "sr-1", "status": "active", "intent": "order",
         "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90834",
                              "display": "Psychotherapy, 45 minutes with patient"}],
                  "text": "Individual psychotherapy (CBT), 45 minutes"},
         "subject": {"reference": f"Patient/{pat}"},
         "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": iso(plan), "end": iso(end)},
                                         "frequency": 1, "period": 1, "periodUnit": "wk",
                                         "duration": 45, "durationUnit": "min"}},
         "requester": {"reference": f"Practitioner/{pr}"},
         "reasonReference": [{"reference": "Condition/cond-1"}]},
        {"resourceType": "CarePlan", "id": "cp-1",
         "text": {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">Outpatient "
                  "psychotherapy treatment plan for Lionel T. Haverford</div>"},
         "status": "active", "intent": "plan",
         "category": [{"coding": [{"system": "http://snomed.info/sct", "code": "736351001",
                                   "display": "Mental health care plan"}]}],
         "title": "Outpatient psychotherapy treatment plan",
         "subject": {"reference": f"Patient/{pat}"},
         "period": {"start": iso(plan), "end": iso(end)},
         "created": iso(plan),
         "author": {"reference": f"Practitioner/{pr}", "display": "Eileen Nakashima, LCSW"},
         "addresses": [{"reference": "Condition/cond-1"}],
         "goal": [{"reference": "Goal/goal-1"}, {"reference": "Goal/goal-2"}, {"reference": "Goal/goal-3"}],
         "activity": [{"reference": {"reference": "ServiceRequest/sr-1"}}],
         "note": [{"text": "Expected duration: through 03/31/2026 (about 10 months). Interventions: CBT, "
                           "behavioral activation, relapse prevention."}]},
        {"resourceType": "Provenance", "id": "prov-1", "target": [{"reference": "CarePlan/cp-1"}],
         "recorded": f"{iso(plan)}T16:05:00-05:00",
         "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                         "code": "author"}]},
                    "who": {"reference": f"Practitioner/{pr}", "display": "Eileen Nakashima, LCSW"}}],
         "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1",
                                  "display": "Author's Signature"}],
                        "when": f"{iso(plan)}T16:05:00-05:00",
                        "who": {"reference": f"Practitioner/{pr}", "display": "Eileen Nakashima, LCSW"},
                        "sigFormat": "image/png", "data": "aVZCT1J3MEtHZ29BQUFBTlNVaEVVZ0FBQUFFQUFBQUJDQVlBQUFBZkZjU0pBQUFBRFVsRVFWUjQybU5rWVBoZkR3QUNod0dBNjBlNmtnQUFBQUJKUlU1RXJrSmdnZz09"}]},
    ]
    fhir_write("l09_fhir_export_bundle.json", fx_bundle("b-l09", res, f"{iso(D(2026, 6, 29))}T10:00:00Z"))
    label("l09_fhir_export_bundle.json", "medicare-psychotherapy", [], asof, [["plan-outdated"]],
          "Gap: the plan was created 2025-05-12 and no review is recorded, so on 2026-06-30 it is 414 days old "
          "(over the one-year limit). FHIR R4 collection Bundle (Patient, Practitioner, Condition, Goals, "
          "ServiceRequest with Timing, CarePlan, Provenance with an author signature).")


def l10():
    plan, asof = D(2026, 9, 8), D(2026, 10, 6)
    a, b, c, g1, g2 = D(2026, 12, 7), D(2027, 1, 4), D(2026, 11, 16), D(2027, 3, 8), D(2027, 1, 25)
    end = plan + timedelta(weeks=26)
    assert end == D(2027, 3, 9) and all(x > plan for x in (a, b, c, g1, g2)) and days(plan, end) < 365
    doc = Doc(font="Arial", size=9, author="Converted from PDF", title="plan")
    doc.raw(P(R("Cedar Hollow Psychology, PLLC", b=True, sz=12), after=0))
    doc.raw(P(R("Psychotherapy Treatment Plan", sz=11), after=120))
    doc.table([["CLIENT", "Harriet Mbeki-Lowe", "DOB", "02/14/1955"],
               ["MEDICARE ID", "3PE7RK2HD90", "PLAN DATE", us(plan)],
               ["CLINICIAN", "Conrad Villanueva, PsyD", "NPI", npi("160427735")],
               ["DIAGNOSIS", "F43.12 Post-traumatic stress disorder, chronic", "", ""]],
              bold_header=False, bold_first_col=True, merges=[(3, 1, 3, 3)])
    doc.raw(P("", after=0))
    rows = [["GOAL", "OBJECTIVES", "TARGET DATE", "INTERVENTIONS"],
            [f"1. Harriet will leave home for errands without a companion by {us(g1)}.",
             "a. Harriet will reduce her PCL-5 score from 47", us(a), "Cognitive processing therapy;"],
            ["", "to 30 or below.", "", "in-vivo exposure hierarchy;"],
            ["", "b. Harriet will complete 2 errands alone each", us(b), "weekly homework review"],
            ["", "week for 4 weeks in a row (now 0).", "", ""],
            [f"2. Harriet will sleep at least 6 hours on 5 of 7 nights by {us(g2)}.",
             "a. Harriet will use her grounding routine after", us(c), "Imagery rehearsal; sleep"],
            ["", "nightmares on at least 4 of 5 logged nights.", "", "hygiene; sleep diary"]]
    doc.table(rows, merges=[(1, 0, 4, 0), (5, 0, 6, 0)], widths=[1.8, 2.6, 0.9, 1.6])
    doc.raw(P("", after=0))
    doc.table([["SERVICE", "CPT", "LENGTH", "FREQUENCY"],
               ["Individual psychotherapy", "90837", "60 minutes", "weekly"],
               ["Group psychotherapy (trauma", "90853", "90 minutes", "weekly, 12"],
               ["skills group)", "", "", "sessions"]], merges=[(2, 0, 3, 0), (2, 3, 3, 3)])
    doc.raw(P(R(f"Expected duration: 26 weeks (to {us(end)}).  Progress review every 90 days.", sz=9), before=120))
    doc.raw(P(R(CRISIS, sz=8, i=True)))
    doc.raw(P(R("Signed: Conrad Villanueva, PsyD, Licensed Psychologist", sz=9) + R("\t") +
              R(f"Date signed: {us(plan)}", sz=9), tabs=[(6000, "left")], before=240))
    doc.save("l10_pdf_table_fragments.docx")
    label("l10_pdf_table_fragments.docx", "medicare-psychotherapy", [], asof, [],
          "Clean. PDF table conversion: each visual line became a table row, sentences continue in the next "
          "row, goal cells merged vertically across their objectives' rows, service rows split over two rows "
          "with merged cells.")


def l45():
    adm, plan, asof = D(2026, 9, 21), D(2026, 10, 14), D(2026, 11, 3)
    appr = D(2026, 10, 19)
    old_t, o1, o2, g = D(2026, 11, 30), D(2026, 12, 14), D(2027, 1, 11), D(2027, 4, 12)
    assert days(adm, plan) == 23 <= 30 and all(x > plan for x in (o1, o2, g)) and days(plan, g) < 365
    doc = Doc(font="Georgia", size=10.5, author="Jonah Feldstein", title="Treatment plan - draft 3")
    ids = doc.ids
    A, WHEN = "Miriam Kessler", "2026-10-14T15:20:00Z"

    def para(inner, **kw):
        doc.raw(P(inner, **kw))

    para(R("SUSQUEHANNA RIVER COUNSELING CENTER", b=True, sz=12), jc="center", after=0)
    para(R("Outpatient Psychiatric Clinic - Treatment Plan", sz=10), jc="center", after=200)
    para(R("Individual: Rosalind Achebe") + R("\n") + R("Date of birth: 06/30/1966") + R("\n") +
         R("Medicare MBI: 4VB8NT2RJ63") + R("\n") + R(f"Intake/admission: {us(adm)}") + R("\n") +
         R(f"Plan date: {us(plan)}") + R("\n") + R("Clinician: Jonah Feldstein"), after=160)
    para(R("Diagnosis: ", b=True) + R("F43.23 Adjustment disorder with mixed anxiety and depressed mood"), after=160)
    para(R("Goal 1", b=True) + R(": Rosalind will return to full-time work duties without leaving early because "
                                 "of anxiety, for 4 weeks in a row, by ") + R(us(g)) + R("."), after=60)
    para(R("Objective 1a: Rosalind will lower her GAD-7 from 13 to 7 or less by ")
         + dele(ids, us(old_t), A, WHEN) + ins(ids, R(us(o1)), A, WHEN) + R("."), after=60)
    doc.comment_on_last_paragraph("Per supervision 10/13: give the objectives realistic dates.", A, "MK")
    para(R("Objective 1b: Rosalind will use a written problem-solving worksheet for at least 3 work stressors "
           f"a week, as shown in her log, by {us(o2)}."), after=60)
    para(R("Goal 2", b=True) + R(": Rosalind will sleep at least 6 hours on 5 of 7 nights, per her sleep diary, "
                                 f"by {us(g)}."), after=60)
    para(R(f"Objective 2a: Rosalind will stop screen use by 10 p.m. on at least 5 of 7 nights by {us(o1)}."),
         after=160)
    para(R("Modality: individual psychotherapy (CBT, problem-solving therapy), ")
         + dele(ids, "every other week", A, WHEN) + ins(ids, R("weekly"), A, WHEN) + R(". ")
         + ins(ids, R("Session length 45 minutes (90834)."), A, WHEN), after=60)
    para(R("Expected duration of treatment: 6 months."), after=60)
    para(R(RIGHTS, sz=9, i=True), after=200)
    para(R("Signatures", b=True), after=60)
    para(R(f"Individual: Rosalind Achebe (signed in office)   Date: {us(plan)}"), after=0)
    para(R(f"Electronically signed: Jonah Feldstein   {us(plan)} 4:12 PM"), after=0)
    para(R(f"Plan approved: Miriam Kessler, DO, Medical Director (psychiatrist)   Date: {us(appr)}"), after=0)
    doc.save("l45_tracked_changes_plan.docx")
    label("l45_tracked_changes_plan.docx", "medicare-psychotherapy", ["pa-55-5200"], asof,
          [["credential-missing"]],
          "Gap: the treating clinician's e-signature (and the clinician line at the top) carry no credential. "
          "Converted draft with unaccepted tracked changes (a target date and the frequency replaced, the "
          "session length inserted) and a reviewer comment; header block as one paragraph with hard line breaks.")


# ============================================================================================
# MEDICARE OUTPATIENT THERAPY (PT / OT / SLP)
# ============================================================================================

def mot_dates(ev, cert_end, md_sig, asof, late=False):
    """Self-check of the certification timing against the profile numbers (90-day recert, 30-day sig)."""
    assert days(ev, cert_end) <= 90, "certification longer than 90 days"
    if not late:
        assert days(ev, md_sig) <= 30
    assert md_sig >= ev and asof >= md_sig


def l11():
    ev, asof = D(2026, 2, 9), D(2026, 3, 25)
    cert_end, md = D(2026, 5, 9), D(2026, 2, 16)
    mot_dates(ev, cert_end, md, asof)
    assert asof < cert_end and days(ev, cert_end) == 89
    doc = Doc(font="Arial", size=9.5, author="PDF2Word", title="Plan of Care")
    ids = doc.ids
    t = lines_box_paras(["SUMMIT RIDGE PHYSICAL THERAPY", "Initial Evaluation & Plan of Care - Medicare Part B"],
                        size=12, b=True)
    a = kv_box_paras([("Patient", "Eugene R. Halvorsen"), ("DOB", "06/08/1944"), ("MBI", "4TF9JN2QX63"),
                      ("Referring MD", "Margaret Oyelaran, MD")], size=9)
    b = kv_box_paras([("Eval date / 1st visit", us(ev)), ("POC date", us(ev)),
                      ("Cert period", f"{us(ev)} - {us(cert_end)}"), ("Therapist", "Colin Drummond, PT, DPT")], size=9)
    doc.raw(P(wps_textbox(ids, t, 0.75, 0.5, 7.0, 0.5) + wps_textbox(ids, a, 0.75, 1.1, 3.4, 0.8)
              + wps_textbox(ids, b, 4.3, 1.1, 3.4, 0.8)))
    for _ in range(6):
        doc.raw(P("", after=0))
    blocks = [
        ("h", "Diagnoses"),
        ("para", "Medical: M17.11 Unilateral primary osteoarthritis, right knee.  Treatment: R26.81 Unsteadiness on "
                 "feet; M62.81 Muscle weakness (generalized)."),
        ("h", "Assessment"),
        ("para", "81 y/o M with progressive R knee OA, 2 falls in 6 months. R knee flexion 95 deg, extension -8 deg; "
                 "quad strength 3+/5; TUG 18.4 s; gait with SPC 150 ft before rest. Good rehab potential; wife "
                 "assists at home."),
        ("h", "Long-term goals (8 weeks)"),
        ("list", ["Pt will ambulate 500 ft with SPC on level surfaces independently.",
                  "Pt will increase R knee flexion AROM from 95 to 115 degrees.",
                  "Pt will decrease TUG from 18.4 s to under 12 s to reduce fall risk."]),
        ("h", "Short-term goals (4 weeks)"),
        ("list", ["Pt will ascend/descend 4 steps with rail and SPC with supervision.",
                  "Pt will perform HEP of 6 exercises independently with correct form."]),
        ("h", "Plan"),
        ("para", "Frequency: 3x/week. Duration: 8 weeks. Interventions: therapeutic exercise (97110), manual "
                 "therapy (97140), gait training (97116), therapeutic activities (97530), HEP instruction. "
                 "Evaluation 97162 billed on the first visit."),
        ("h", "Certification"),
        ("para", "I have reviewed this plan of care and certify that the services are medically necessary and "
                 "will be furnished while the patient is under my care."),
    ]
    render_lines(doc, blocks, width=100, lpp=80, header=None, footer=None, mode="paras")
    sig = lines_box_paras([f"Therapist: Colin Drummond, PT, DPT  (e-signed {us(ev)})",
                           f"Physician: Margaret Oyelaran, MD   NPI {npi('133870452')}   Signature on file - "
                           f"signed {us(md)}"], size=9)
    doc.raw(P(wps_textbox(ids, sig, 0.75, 9.2, 7.0, 0.6, border=True)))
    doc.save("l11_pt_poc_textboxes.docx")
    label("l11_pt_poc_textboxes.docx", "medicare-outpatient-therapy", [], asof, [],
          "Clean. PT plan of care exported from PDF: title, patient box, dates box and signature block in "
          "DrawingML text boxes; body lines as separate paragraphs. Certification 89 days; physician signed 7 "
          "days after the first visit.")


def l12():
    ev, asof = D(2026, 3, 2), D(2026, 4, 20)
    cert_end, md = D(2026, 5, 29), D(2026, 4, 12)
    mot_dates(ev, cert_end, md, asof, late=True)
    assert days(ev, md) == 41 > 30 and asof < cert_end
    doc = Doc(font="Tahoma", size=8.5, author="EHR print", title="OT POC")
    blocks = [
        ("title", "Occupational Therapy Plan of Care"),
        ("sub", "Bayside Rehab Outpatient - printed from TheraChart 04/13/2026 09:02"),
        ("kv", [("Patient", "SORENSEN-BLAKE, INGRID"), ("DOB", "11/21/1939"), ("Medicare MBI", "5GW3MT8LC27"),
                ("Account", "BR-77120")]),
        ("kv", [("Evaluation Date", us(ev)), ("Start of Care", us(ev)), ("Plan Date", us(ev)),
                ("Certification From", us(ev)), ("Certification Through", us(cert_end))]),
        ("h", "Diagnosis"),
        ("kv", [("Medical Dx", "S42.201D Unspecified fracture of upper end of right humerus, subsequent encounter "
                               "for fracture with routine healing"),
                ("Treatment Dx", "M25.611 Stiffness of right shoulder, not elsewhere classified")]),
        ("h", "Goals"),
        ("kv", [("LTG 1", "Pt will don and doff a pullover shirt with modified independence using adaptive "
                          "technique"), ("Timeframe", "6 weeks")]),
        ("kv", [("LTG 2", "Pt will increase R shoulder flexion AROM from 70 to 120 degrees for overhead "
                          "reaching"), ("Timeframe", "8 weeks")]),
        ("kv", [("LTG 3", "Pt will improve QuickDASH score from 68 to below 40"), ("Timeframe", "8 weeks")]),
        ("h", "Treatment Plan"),
        ("kv", [("Frequency", "2x/week"), ("Duration", "8 weeks"), ("Interventions",
                "97110 ther ex; 97140 manual therapy; 97535 self-care/ADL training; 97530 ther activities")]),
        ("h", "Signatures"),
        ("sig", [{"label": "Therapist", "sig": "Alma Reyes-Whitford, OTR/L", "date": us(ev)},
                 {"label": "Certifying Physician", "sig": "Rafael Dominguez, MD", "date": us(md)}]),
        ("para", "Physician certification received by fax; original on file."),
    ]
    render_ehr(doc, blocks, kv_mode="runon")
    doc.save("l12_ot_ehr_runon.docx")
    label("l12_ot_ehr_runon.docx", "medicare-outpatient-therapy", [], asof, [["signature-late"]],
          "Gap: the certifying physician signed 04/12/2026, 41 days after the first treatment day 03/02/2026 "
          "(due within 30 days; a warning under the 2025-01 version). EHR print with label/value runs printed "
          "back to back ('Frequency:2x/weekDuration:8 weeks').")


def l13():
    ev, asof = D(2026, 4, 13), D(2026, 5, 18)
    cert_end, md = D(2026, 7, 10), D(2026, 4, 20)
    mot_dates(ev, cert_end, md, asof)
    doc = Doc(font="Calibri", size=10, author="forms", title="PT Plan of Care form")
    blocks = [
        ("title", "Physical Therapy Plan of Care / Certification"),
        ("sub", "Keller Spine & Sports PT - online intake form export"),
        ("h", "Patient"),
        ("kv", [("Patient Name", "Lorraine Pettibone"), ("Date of Birth", "08/30/1950"),
                ("Medicare Beneficiary Identifier", "6HX2RA5KV18"), ("Date of Initial Evaluation", us(ev)),
                ("Plan of Care Start", us(ev)), ("Plan of Care End", us(cert_end))]),
        ("h", "Diagnosis"),
        ("kv", [("ICD-10 (1)", "M54.50 Low back pain, unspecified"), ("ICD-10 (2)", "M62.81 Muscle weakness (generalized)")]),
        ("h", "Goals"),
        ("para", "1. Decrease Oswestry Disability Index from 46% to 20% or less within 10 weeks."),
        ("para", "2. Patient will lift 15 lb from floor to waist with proper body mechanics, independently, within "
                 "8 weeks."),
        ("para", "3. Increase sitting tolerance from 15 minutes to 60 minutes within 6 weeks."),
        ("h", "Treatment"),
        ("check", "Interventions", [("Ther ex 97110", True), ("Neuro re-ed 97112", True), ("Manual 97140", True),
                                    ("Aquatic 97113", False), ("Traction 97012", False)]),
        ("check", "Frequency", [("1x/wk", False), ("2x/wk", True), ("3x/wk", False)]),
        ("check", "Duration", [("4 wks", False), ("8 wks", False), ("10 wks", True), ("12 wks", False)]),
        ("h", "Certification"),
        ("para", "I certify the need for these services furnished under this plan of treatment while under my care."),
        ("sig", [{"label": "Physical Therapist", "sig": "Ian Castellanos, PT, DPT (e-signed)", "date": us(ev)},
                 {"label": "Physician/NPP Certification", "sig": "Bradley Kwan, DC (e-signed)", "date": us(md)}]),
    ]
    render_form(doc, blocks, bracket_labels=False, check_style="glyph", required_star=True, content_controls=False)
    doc.save("l13_pt_form_export.docx")
    label("l13_pt_form_export.docx", "medicare-outpatient-therapy", [], asof, [["credential-not-permitted"]],
          "Gap: the plan is certified by a chiropractor (DC), who may not certify a Medicare therapy plan. Web "
          "form export with asterisked labels and check-box glyphs for interventions, frequency and duration. "
          "Unsure: whether a DC certification also counts as a missing physician signature, so "
          "signature-missing is left out of must_not_report.",
          unsure=("signature-missing",))


def l14():
    ev, asof = D(2026, 5, 4), D(2026, 6, 22)
    cert_end, md = D(2026, 8, 31), D(2026, 5, 11)
    assert days(ev, cert_end) == 119 > 90 and days(ev, md) <= 30 and asof < cert_end
    doc = Doc(font="Courier New", size=9, author="converted", title="SLP POC")
    hdr = ["Meadowlark Speech & Swallowing Center         SLP PLAN OF CARE         MBI 7JK5WQ1EN49"]
    blocks = [
        ("title", "SPEECH-LANGUAGE PATHOLOGY PLAN OF CARE"),
        ("kv", [("Patient", "Thaddeus Whitcombe"), ("DOB", "03/03/1942"), ("MBI", "7JK5WQ1EN49"),
                ("Evaluation/1st tx", us(ev)), ("Plan date", us(ev)), ("Onset", "03/28/2026 (CVA)")], ),
        ("h", "Diagnoses"),
        ("grid", ["Code", "Description"], [["I69.320", "Aphasia following cerebral infarction"],
                                           ["R13.12", "Dysphagia, oropharyngeal phase"]], [10, 70]),
        ("h", "Goals"),
        ("grid", ["Goal", "Baseline", "Target", "By"],
         [["Name common objects in confrontation naming", "9/25", "20/25", "16 weeks"],
          ["Follow 2-step commands", "50%", "90% of trials", "12 weeks"],
          ["Drink thin liquid by cup with chin tuck, no s/s aspiration", "n/a - nectar", "9/10 trials", "8 weeks"],
          ["Use written choice board to express needs", "2/10", "8/10 opportunities", "8 weeks"]]),
        ("h", "Plan"),
        ("grid", ["Service", "CPT", "Freq", "Duration"],
         [["Treatment of speech/language", "92507", "2x/week", "16 weeks"],
          ["Treatment of swallowing", "92526", "1x/week", "8 weeks"]], [32, 8, 12, 12]),
        ("kv", [("Certification period", f"{us(ev)} through {us(cert_end)}"),
                ("Recertification due", us(cert_end))]),
        ("h", "Signatures"),
        ("sig", [{"label": "SLP", "sig": "Quentin Abara, MS, CCC-SLP", "date": us(ev)},
                 {"label": "Physician", "sig": "Helena Marsh, MD", "date": us(md)}]),
    ]
    render_lines(doc, blocks, width=96, lpp=50, header=hdr, footer="Page {k} of {n}", mode="paras",
                 grid_widths=[44, 16, 20, 12], sig_style="under")
    doc.save("l14_slp_tab_columns.docx")
    label("l14_slp_tab_columns.docx", "medicare-outpatient-therapy", [], asof, [["review-interval-exceeded"]],
          "Gap: the certification period runs 119 days (05/04/2026 to 08/31/2026) with recertification due at "
          "its end; Medicare requires recertification at least every 90 days. Tab-aligned pseudo-columns "
          "(goals with baseline/target/time frame, services), signatures written under the line with the "
          "role below.")


def l15():
    ev, asof = D(2026, 6, 8), D(2026, 7, 15)
    cert_end = D(2026, 9, 4)
    assert days(ev, cert_end) == 88 and asof < cert_end
    doc = Doc(font="Calibri", size=10.5, author="scan", title="OT eval + POC + cert")
    # part 1: evaluation note
    doc.raw(P(R("HEARTHSTONE OUTPATIENT REHABILITATION", b=True, sz=12), after=0))
    doc.raw(P(R("Occupational Therapy Initial Evaluation", sz=11), after=120))
    doc.raw(P(R(f"Patient: Philippa Ndiaye   DOB: 12/09/1947   MBI: 8LM6XD3GT52   Date of service: {us(ev)}"),
              after=120))
    for h, t in [
        ("Subjective", "78 y/o F with Parkinson's disease (dx 2019) reports slower dressing, difficulty with "
         "buttons and writing checks, and fear of falling in the tub. Lives with husband in a 1-story home."),
        ("Objective", "9-hole peg test R 48 s, L 41 s. Grip R 14 kg, L 16 kg. Tub transfer min A with grab bar. "
         "Handwriting micrographic, 60% legible. Timed Up and Go 15.2 s."),
        ("Assessment", "Deficits in fine motor coordination, ADL performance and transfer safety. Good potential "
         "to meet goals with skilled OT."),
    ]:
        doc.raw(P(R(h + ": ", b=True) + R(t), after=80))
    # part 2: plan of care
    doc.raw(P(R("PLAN OF CARE", b=True, sz=11), before=200, after=60))
    doc.table([["Diagnoses (ICD-10-CM)", "G20.A1 Parkinson's disease without dyskinesia, without mention of "
                                         "fluctuations; R26.81 Unsteadiness on feet"],
               ["Plan of care date / first treatment", us(ev)],
               ["Certification period", f"{us(ev)} to {us(cert_end)}"],
               ["Frequency / duration", "2 times per week for 12 weeks"],
               ["Interventions", "97530 therapeutic activities; 97535 self-care/home management training; "
                                 "97112 neuromuscular re-education; 97110 therapeutic exercise"]],
              bold_header=False, bold_first_col=True)
    doc.raw(P(R("Goals (12 weeks)", b=True), before=120, after=40))
    for gtxt in ["1. Pt will complete tub transfer using tub bench with stand-by assistance.",
                 "2. Pt will improve R hand 9-hole peg test from 48 s to under 35 s.",
                 "3. Pt will fasten 5 medium buttons on her blouse independently in under 3 minutes.",
                 "4. Pt will write a 3-line note with 90% legibility using built-up pen and large-amplitude "
                 "strategy."]:
        doc.raw(P(R(gtxt), after=20))
    doc.raw(P(R(f"Therapist: Lorenzo Whitfield-Ames, OTR/L    signed {us(ev)}"), before=160))
    doc.page_break()
    # part 3: physician certification page (the physician office's own fax-back template)
    doc.raw(P(R("FAX  |  From: Lindqvist Neurology Associates  |  Pages: 1 of 1", sz=8), after=0))
    doc.raw(P(R("PHYSICIAN CERTIFICATION OF THERAPY PLAN OF CARE", b=True, sz=12), jc="center", before=200, after=200))
    doc.raw(P(R("Patient: Philippa Ndiaye        DOB 12/09/1947")))
    doc.raw(P(R("Therapy discipline:  ") + R("☒", font="Segoe UI Symbol") + R(" OT   ") +
              R("☐", font="Segoe UI Symbol") + R(" PT   ") + R("☐", font="Segoe UI Symbol") + R(" SLP")))
    doc.raw(P(R("I have reviewed the attached plan of care and certify that the services are medically necessary. "
                "The patient is under my care.")))
    doc.raw(P(R("Physician signature: ") + R("/s/ Victor Lindqvist, MD", i=True) + R("\t") +
              R("Date: ____________"), tabs=[(6200, "left")], before=240))
    doc.raw(P(R(f"Printed name: Victor Lindqvist, MD       NPI: {npi('141275529')}")))
    doc.raw(P(R("Please sign, date and fax back to (555) 019-2210.", i=True, sz=9)))
    doc.save("l15_ot_eval_poc_faxcert.docx")
    label("l15_ot_eval_poc_faxcert.docx", "medicare-outpatient-therapy", [], asof, [["signature-missing"]],
          "Gap: the physician's certification is signed but the date line is blank (an undated certification). "
          "Stitched: evaluation note, plan of care table and goals, then a faxed physician certification page "
          "from the physician office's own template.")


def l16():
    ev, asof = D(2026, 7, 6), D(2026, 8, 24)
    cert_end, md = D(2026, 10, 3), D(2026, 7, 9)
    mot_dates(ev, cert_end, md, asof)
    assert asof < cert_end
    doc = Doc(font="Times New Roman", size=11, author="Readiris", title="PT plan")
    ids = doc.ids
    head = lines_box_paras(["PINECREST ORTHOPEDIC PHYSICAL THERAPY", "Plan of Treatment for Outpatient Rehabilitation"],
                           size=11, b=True)
    idb = lines_box_paras([f"Patient's last name, first: ABERNATHY, CORNELIUS    HICN/MBI: 9NP7YF4HU63",
                           f"DOB: 04/17/1951        Onset: 06/22/2026 (R TKA)        SOC date: {us(ev)}",
                           f"Plan of treatment established: {us(ev)}     Cert period: {us(ev)} to {us(cert_end)}"],
                          size=9)
    doc.raw(P(vml_textbox(ids, head, 54, 36, 500, 30) + vml_textbox(ids, idb, 54, 72, 500, 44)))
    for _ in range(6):
        doc.raw(P("", after=0))
    doc.raw(P(R("Diagnoses: ", b=True) + R("Z47.1 Aftercare following joint replacement surgery; Z96.651 Presence "
                                           "of right artificial knee joint; M62.81 Muscle weakness (generalized)")))
    doc.raw(P(R("Functional goals (long term, 12 weeks):", b=True), before=120))
    for gtxt in ["- Increase R knee flexion from 85 to 115 degrees and extension from -10 to 0 degrees.",
                 "- Ambulate 1000 ft on community surfaces without assistive device, independently.",
                 "- Negotiate 12 stairs reciprocally with one rail, modified independent.",
                 "- Improve LEFS score from 22/80 to 55/80."]:
        doc.raw(P(R(gtxt), after=0))
    doc.raw(P(R("Short term (4 weeks): ", b=True) + R("knee flexion 100 degrees; ambulate 300 ft with cane, "
                                                      "supervision; independent with HEP."), before=80))
    doc.raw(P(R("Plan: ", b=True) + R("3x/week for 6 weeks, then 2x/week for 6 weeks (12 weeks total). Ther ex 97110, "
                                      "manual therapy 97140, gait training 97116, neuromuscular re-ed 97112, "
                                      "vasopneumatic device 97016 for edema.")))
    sig = lines_box_paras([f"Therapist: Greta Halloran, PT    {us(ev)}",
                           f"I certify the need for these services. Physician: Naomi Fairbanks, DO    "
                           f"Date: {us(md)}"], size=9)
    doc.raw(P(vml_textbox(ids, sig, 54, 660, 500, 40, shape="rect")))
    doc.save("l16_pt_vml_textboxes.docx")
    label("l16_pt_vml_textboxes.docx", "medicare-outpatient-therapy", [], asof, [],
          "Clean. OCR conversion of a CMS-700-like plan: letterhead, identification lines and the "
          "therapist/physician certification in VML text boxes (v:shape and v:rect), goals as dash lines.")


def l17():
    ev, asof = D(2026, 1, 12), D(2026, 5, 4)
    cert_end, md = D(2026, 4, 10), D(2026, 1, 20)
    mot_dates(ev, cert_end, md, asof)
    assert days(ev, cert_end) == 88 and days(cert_end, asof) == 24 > 0
    doc = Doc(font="Calibri", size=10, author="Print to PDF", title="POC")
    hdr = ["WINIFRED CASTELLANOS  |  DOB 09/12/1945  |  MBI 1PQ8ZG5JV74",
           "Tri-County Balance & Falls Clinic - Physical Therapy - Plan of Care"]
    blocks = [
        ("title", "Physical Therapy Plan of Care"),
        ("kv", [("Patient", "Winifred Castellanos"), ("Date of birth", "09/12/1945"), ("MBI", "1PQ8ZG5JV74"),
                ("Evaluation and first treatment", us(ev)), ("Plan of care date", us(ev)),
                ("Certification period", f"{us(ev)} to {us(cert_end)}")], ),
        ("h", "Diagnosis"),
        ("para", "R26.81 Unsteadiness on feet; Z91.81 History of falling; M62.81 Muscle weakness (generalized)"),
        ("h", "Evaluation summary"),
        ("para", "80 y/o F, 3 falls in the past year (no fractures). Berg Balance Scale 38/56; gait speed 0.6 m/s; "
                 "5x sit-to-stand 19 s; uses a cane outdoors. Lives alone in an apartment with an elevator; "
                 "daughter nearby. Goals below were set with the patient."),
        ("h", "Goals"),
        ("list", ["Increase Berg Balance Scale from 38/56 to at least 48/56 within 12 weeks.",
                  "Increase gait speed from 0.6 m/s to at least 0.9 m/s within 12 weeks.",
                  "Patient will complete her home exercise program independently 5 days a week within 4 weeks.",
                  "Patient will rise from the floor using a safe technique with supervision within 8 weeks."]),
        ("h", "Plan"),
        ("para", "Therapeutic exercise (97110), neuromuscular re-education/balance training (97112), gait "
                 "training (97116), therapeutic activities (97530). Frequency 2x per week; duration 12 weeks."),
        ("h", "Falls-prevention education"),
        ("para", "Home safety checklist reviewed; night lights, bath mat, remove throw rugs. The patient received "
                 "the clinic's falls-prevention booklet and the emergency contact card. " + CRISIS.split(". ")[0]
                 + "."),
        ("h", "Signatures"),
        ("sig", [{"label": "Physical therapist", "sig": "Owen Marbury, PT, DPT", "date": us(ev)},
                 {"label": "Certifying practitioner", "sig": "Elliot Park, NP", "date": us(md)}]),
        ("para", "Progress note to the certifying practitioner at visit 10."),
    ]
    render_lines(doc, blocks, width=92, lpp=28, header=hdr, footer="Page {k} of {n}", mode="br",
                 sig_style="esig")
    doc.save("l17_pt_repeated_headers.docx")
    label("l17_pt_repeated_headers.docx", "medicare-outpatient-therapy", [], asof, [["review-overdue"]],
          "Gap: the certification period ended 04/10/2026 and no recertification or later review is recorded; "
          "on 05/04/2026 it is 24 days overdue (warning). PDF print with the running header (name, DOB, MBI) "
          "and 'Page k of n' repeated in the body, paragraphs broken with hard line breaks.")


def l18():
    ev, asof = D(2026, 8, 17), D(2026, 9, 28)
    cert_end, md = D(2026, 11, 14), D(2026, 8, 24)
    mot_dates(ev, cert_end, md, asof)
    assert days(ev, cert_end) == 89 and asof < cert_end
    doc = Doc(font="Arial", size=9, author="EHR", title="SLP Plan of Care")
    blocks = [
        ("title", "Speech Therapy - Plan of Care (Certification)"),
        ("sub", "Oakmont Neuro Rehab | Outpatient | Report generated 08/24/2026 17:40"),
        ("h", "Treatment Plan"),
        ("kv", [("Frequency", "4x/week x 4 weeks, then 1x/week x 4 weeks"), ("Duration", "8 weeks"),
                ("Amount", "1 session/day, 60 min"),
                ("Treatment", "92507 speech treatment (LSVT LOUD protocol, 16 sessions); home practice program"),
                ("Plan of care dates", f"{us(ev)} - {us(cert_end)}")]),
        ("h", "Goals"),
        ("kv", [("LTG #1", "Pt will improve speech intelligibility in conversation with unfamiliar listeners "
                           "from 60% to 85%"), ("Target", "8 weeks"), ("Baseline", "60%")]),
        ("kv", [("STG #1", "Pt will sustain 'ah' at 75 dB SPL or louder (30 cm) on 8 of 10 trials"),
                ("Target", "4 weeks"), ("Baseline", "64 dB")]),
        ("kv", [("STG #2", "Pt will read a paragraph aloud at 70 dB or louder with 90% intelligibility"),
                ("Target", "6 weeks"), ("Baseline", "", )]),
        ("h", "Patient"),
        ("kv", [("Name", "DELACROIX-HUNT, AMBROSE"), ("Gender", "M"), ("DOB", "02/25/1938"),
                ("Primary Payer", "Medicare Part B"), ("Member #", "2QR9AH6KW85"), ("Referring", "Sunita Varghese, MD")]),
        ("h", "Encounter"),
        ("kv", [("Eval Date", us(ev)), ("First Treatment Date", us(ev)), ("POC Created", us(ev))]),
        ("h", "Diagnoses"),
        ("kv", [("1", "R47.1 Dysarthria and anarthria"),
                ("2", "G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations")]),
        ("h", "Signatures"),
        ("sig", [{"label": "Speech-Language Pathologist", "sig": "Marguerite Osei-Bonsu, M.A., CCC-SLP",
                  "date": us(ev)},
                 {"label": "Certifying Physician", "sig": "Sunita Varghese, MD", "date": us(md)}]),
    ]
    render_ehr(doc, blocks, kv_mode="lines")
    doc.save("l18_slp_ehr_label_value.docx")
    label("l18_slp_ehr_label_value.docx", "medicare-outpatient-therapy", [], asof, [],
          "Clean. EHR print in an unusual order (treatment plan and goals before patient and encounter data), "
          "label/value lines with one empty label (Baseline), diagnoses numbered by bare labels '1', '2'.")


# ============================================================================================
# MEDICARE HOME HEALTH
# ============================================================================================

def mhh_dates(soc, cert_end, md, asof):
    assert days(soc, cert_end) <= 60, "cert period over 60 days"
    assert soc <= md <= asof and asof <= cert_end


def boxes_485(doc: Doc, boxes, size=7.5):
    """Numbered CMS-485 style boxes as bordered text boxes anchored to one paragraph."""
    runs = ""
    for (x, y, w, h, lab, lines) in boxes:
        paras = P(R(lab, b=True, sz=size - 0.5), after=0) + "".join(P(MR(ln, sz=size), after=0) for ln in lines)
        runs += wps_textbox(doc.ids, paras, x, y, w, h, border=True)
    doc.raw(P(runs))


def l19():
    soc, cert_end, md, asof = D(2026, 3, 2), D(2026, 4, 30), D(2026, 3, 6), D(2026, 4, 10)
    recv = D(2026, 3, 9)
    mhh_dates(soc, cert_end, md, asof)
    assert days(soc, cert_end) == 59
    gd = [D(2026, 3, 30), D(2026, 3, 23), D(2026, 4, 27), D(2026, 4, 27)]
    assert all(soc < x <= cert_end for x in gd)
    phys_npi = npi("157730284")
    doc = Doc(font="Arial", size=8, author="HHA", title="485")
    doc.raw(P(R("Department of Health and Human Services - Centers for Medicare & Medicaid Services", sz=7), after=0))
    doc.raw(P(R("HOME HEALTH CERTIFICATION AND PLAN OF CARE", b=True, sz=10), jc="center", after=0))
    boxes_485(doc, [
        (0.5, 1.0, 1.9, 0.45, "1. Patient's HI Claim No.", ["3RS1BJ7LX96"]),
        (2.4, 1.0, 1.2, 0.45, "2. Start Of Care Date", [us(soc)]),
        (3.6, 1.0, 2.2, 0.45, "3. Certification Period", [f"From: {us(soc)}   To: {us(cert_end)}"]),
        (5.8, 1.0, 1.1, 0.45, "4. Medical Record No.", ["HH-30318"]),
        (6.9, 1.0, 1.1, 0.45, "5. Provider No.", ["397123"]),
        (0.5, 1.45, 3.75, 0.8, "6. Patient's Name and Address",
         ["PEMBERTON, GLADYS", "77 Orchard Lane", "Millbrook, PA 17055"]),
        (4.25, 1.45, 3.75, 0.8, "7. Provider's Name, Address and Telephone Number",
         ["Blue Heron Home Health Services", "1400 Market St, Camp Hill, PA 17011", "(555) 016-3000"]),
        (0.5, 2.25, 1.5, 0.4, "8. Date of Birth", ["05/04/1937"]),
        (2.0, 2.25, 0.8, 0.4, "9. Sex", ["F"]),
        (2.8, 2.25, 5.2, 0.4, "10. Medications: Dose/Frequency/Route (N)ew (C)hanged",
         ["furosemide 40 mg PO daily (C); carvedilol 6.25 mg PO BID; insulin glargine 18 units SC nightly; "
          "tiotropium 18 mcg inh daily"]),
        (0.5, 2.65, 3.75, 0.5, "11. ICD-10-CM  Principal Diagnosis  Date",
         ["I50.22  Chronic systolic (congestive) heart failure   02/24/2026 (E)"]),
        (4.25, 2.65, 3.75, 0.5, "12. ICD-10-CM  Surgical Procedure  Date", ["N/A"]),
        (0.5, 3.15, 3.75, 0.7, "13. ICD-10-CM  Other Pertinent Diagnoses  Date",
         ["E11.65  Type 2 diabetes mellitus with hyperglycemia  02/24/2026", "Z79.4  Long term (current) use of insulin",
          "J44.9  Chronic obstructive pulmonary disease, unspecified"]),
        (4.25, 3.15, 3.75, 0.7, "14. DME and Supplies", ["rolling walker, scale, glucometer, shower chair"]),
        (0.5, 3.85, 3.75, 0.4, "15. Safety Measures", ["fall precautions, O2 safety, bleeding precautions"]),
        (4.25, 3.85, 3.75, 0.4, "16. Nutritional Req.", ["2 g sodium, consistent carbohydrate, 1.5 L fluid restriction"]),
        (0.5, 4.25, 7.5, 0.35, "17. Allergies", ["NKDA"]),
        (0.5, 4.6, 3.75, 0.5, "18.A. Functional Limitations", ["Endurance; ambulation; dyspnea with minimal exertion"]),
        (4.25, 4.6, 3.75, 0.5, "18.B. Activities Permitted", ["Up as tolerated; walker; partial weight bearing N/A"]),
        (0.5, 5.1, 3.75, 0.35, "19. Mental Status", ["Oriented; forgetful"]),
        (4.25, 5.1, 3.75, 0.35, "20. Prognosis", ["Fair"]),
    ])
    doc.page_break()
    boxes_485(doc, [
        (0.5, 0.7, 7.5, 2.6, "21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)", [
            "SN 2w2, 1w6: skilled observation and assessment of cardiopulmonary status; teach HF self-management "
            "(daily weights, low-sodium diet, symptoms to report); teach diabetic management and insulin "
            "administration; medication reconciliation and teaching.",
            "SN PRN x 2 visits for HF symptoms (weight gain over 3 lb in a day or 5 lb in a week, increased "
            "shortness of breath).",
            "PT 2w4: evaluation done 03/03/2026; gait and balance training, therapeutic exercise, home safety.",
            "HHA 2w4: bathing, personal care, light meal preparation.",
            "Notify physician: weight gain > 3 lb/day or 5 lb/week, SBP < 90 or > 160, FBS < 70 or > 300."]),
        (0.5, 3.3, 7.5, 1.7, "22. Goals/Rehabilitation Potential/Discharge Plans", [
            f"Pt will verbalize 3 signs and symptoms of HF exacerbation and when to call the agency by {us(gd[0])}.",
            f"Pt will weigh herself daily and record the weight in her log 7 of 7 days by {us(gd[1])}.",
            f"Pt's fasting blood glucose will be 80-150 mg/dL on 90% of readings by {us(gd[2])}.",
            f"Pt will ambulate 150 ft with rolling walker with supervision by {us(gd[3])}.",
            "Rehab potential: good for stated goals. Discharge plan: to self-care with daughter's assistance when "
            "goals are met; anticipated in 8 weeks."]),
        (0.5, 5.0, 3.75, 0.6, "23. Nurse's Signature and Date of Verbal SOC Where Applicable",
         [f"Bethany Kowalski, RN   verbal SOC {us(soc)}"]),
        (4.25, 5.0, 3.75, 0.6, "25. Date HHA Received Signed POT", [us(recv)]),
        (0.5, 5.6, 3.75, 0.8, "24. Physician's Name and Address",
         ["Theodore Amankwah, MD", "Heartland Internal Medicine, 20 Front St, Camp Hill, PA 17011",
          f"NPI {phys_npi}"]),
        (4.25, 5.6, 3.75, 0.8, "26. ", ["I certify that this patient is confined to his/her home and needs "
                                       "intermittent skilled nursing care and physical therapy. The patient is under "
                                       "my care, and I have authorized the services on this plan of care."]),
        (0.5, 6.4, 3.75, 0.55, "27. Attending Physician's Signature and Date Signed",
         [f"/s/ Theodore Amankwah, MD (electronically signed)   {us(md)}"]),
        (4.25, 6.4, 3.75, 0.55, "28. ", ["Anyone who misrepresents, falsifies, or conceals essential information "
                                        "required for payment of Federal funds may be subject to fine, imprisonment, "
                                        "or civil penalty under applicable Federal laws."]),
    ])
    doc.raw(P(R("Form CMS-485 layout reproduced by agency software. Page 2 of 2", sz=6), before=7000))
    doc.save("l19_hh_485_boxes.docx")
    label("l19_hh_485_boxes.docx", "medicare-home-health", [], asof, [],
          "Clean. CMS-485-style plan exported as bordered text boxes (one per numbered box, wps:txbx with VML "
          "fallback) anchored to two paragraphs; orders in home-health notation (SN 2w2, 1w6; SN PRN x 2). "
          "Certification 59 days.")


def l20():
    soc, cert_end, md, asof = D(2026, 5, 11), D(2026, 7, 9), D(2026, 5, 14), D(2026, 6, 15)
    mhh_dates(soc, cert_end, md, asof)
    g = [D(2026, 6, 8), D(2026, 7, 6)]
    doc = Doc(font="Consolas", size=8.5, author="HCHB print", title="POC")
    blocks = [
        ("title", "PLAN OF CARE / PHYSICIAN ORDERS"),
        ("sub", "Silver Creek Home Care  |  Branch 02  |  Printed 05/15/2026 07:55"),
        ("kv", [("Patient", "FAIRWEATHER, MORTIMER J"), ("DOB", "07/19/1940"), ("MBI", "4SU2CK8MY07"),
                ("MRN", "SCH-88214")]),
        ("kv", [("SOC", us(soc)), ("Cert Period", f"{us(soc)} - {us(cert_end)}"), ("Episode", "1"),
                ("POC Date", us(soc))]),
        ("h", "Diagnoses"),
        ("kv", [("Primary", "N31.9 Neuromuscular dysfunction of bladder, unspecified"),
                ("Other", "I69.351 Hemiplegia and hemiparesis following cerebral infarction affecting right "
                          "dominant side"), ("Other", "")]),
        ("h", "Orders"),
        ("grid", ["Discipline", "Frequency", "Duration", "Orders"],
         [["SN", "1w8", "8 weeks", "Assess GU status, indwelling Foley 16 Fr; change catheter monthly and as "
                                   "needed; teach catheter care to patient and wife"],
          ["SN", "PRN", "cert period", "Catheter problems (blockage, leakage, dislodgement)"],
          ["HHA", "2w8", "8 weeks", "Personal care, bathing, catheter bag emptying"]]),
        ("h", "Goals"),
        ("kv", [("Goal 1", f"Pt's wife will return-demonstrate catheter care and bag change correctly in 2 of 2 "
                           f"observed visits by {us(g[0])}")]),
        ("kv", [("Goal 2", "Pt will have no signs of UTI (temp below 100.4 F, no cloudy or foul urine) at every SN "
                           "visit throughout the certification period")]),
        ("kv", [("Goal 3", f"Pt will transfer bed to wheelchair with minimal assistance of 1 by {us(g[1])}")]),
        ("kv", [("Rehab Potential", "Fair"), ("D/C Plan", "Remain home with wife; D/C when goals met")]),
        ("h", "Physician"),
        ("kv", [("Attending", "Lillian Dufresne, DO"), ("NPI", npi("176630159")), ("Phone", "(555) 017-2200")]),
        ("sig", [{"label": "Physician Signature", "sig": "Lillian Dufresne, DO", "date": us(md)},
                 {"label": "Clinician", "sig": "Paula Gutierrez, RN", "date": us(soc)}]),
    ]
    render_ehr(doc, blocks, kv_mode="runon", grid_mode="runon")
    doc.save("l20_hh_orders_runon.docx")
    label("l20_hh_orders_runon.docx", "medicare-home-health", [], asof, [["frequency-missing"]],
          "Gap: the second SN order is PRN for catheter problems with no limit on the number of visits (42 CFR "
          "409.43 requires a limit for PRN visits). EHR print-to-Word: orders printed as run-on records "
          "('Discipline:SNFrequency:PRNDuration:cert period...'), empty 'Other' diagnosis label.")


def l21():
    soc, cert_end, md, asof = D(2026, 7, 20), D(2026, 9, 17), D(2026, 7, 23), D(2026, 8, 31)
    mhh_dates(soc, cert_end, md, asof)
    g = [D(2026, 9, 14), D(2026, 8, 10), D(2026, 8, 31), D(2026, 9, 14)]
    assert all(soc < x <= cert_end for x in g)
    doc = Doc(font="Lucida Console", size=8.5, author="converted", title="Home health POC")
    hdr = ["Magnolia Home Health Agency, Inc.  Home Health Plan of Care  Patient: CALLOWAY, BEATRIX"]
    blocks = [
        ("title", "HOME HEALTH PLAN OF CARE"),
        ("kv", [("Patient", "Beatrix Calloway"), ("DOB", "10/30/1943"), ("Medicare No", "5TV3DM9NZ18"),
                ("Start of care", us(soc)), ("Certification", f"{us(soc)} - {us(cert_end)}"),
                ("Plan date", us(soc))], ),
        ("h", "Diagnoses"),
        ("grid", ["ICD-10", "Description", "Type"],
         [["L89.153", "Pressure ulcer of sacral region, stage 3", "Primary"],
          ["E11.9", "Type 2 diabetes mellitus without complications", "Other"],
          ["Z74.09", "Other reduced mobility", "Other"]], [9, 60, 12]),
        ("h", "Orders"),
        ("grid", ["Disc", "Freq/Duration", "Treatment"],
         [["SN", "3w3, 2w5", "Sacral wound care: cleanse with NS, apply calcium alginate and foam border "
                             "dressing, change every other day and as soiled; measure weekly; teach pressure "
                             "relief and nutrition"],
          ["HHA", "2w8", "Bathing, skin checks, repositioning reminders"],
          ["MSW", "1w1", "Community resources; caregiver support"],
          ["RD", "1 visit", "Protein/calorie assessment (phone if needed)"]], [6, 14, 74]),
        ("h", "Goals"),
        ("grid", ["#", "Goal", "Target"],
         [["1", "Sacral wound decreases from 4.0 x 3.0 x 0.5 cm to 2.0 x 1.5 cm or smaller", us(g[0])],
          ["2", "Daughter (caregiver) return-demonstrates the dressing change correctly on 2 visits", us(g[1])],
          ["3", "Patient is turned at least every 2 hours while in bed, per turning log, 7 of 7 days", us(g[2])],
          ["4", "Fasting glucose 80-150 mg/dL on 90% of readings", us(g[3])]]),
        ("kv", [("Discharge plan", "Discharge to daughter's care when wound healed or goals met, about 8 weeks"),
                ("Rehab potential", "Good")]),
        ("h", "Physician"),
        ("kv", [("Name", "Oscar Bellweather, MD"), ("NPI", npi("119284663"))]),
        ("sig", [{"label": "Physician signature", "sig": "Oscar Bellweather, MD (e-signed)", "date": us(md)},
                 {"label": "RN case manager", "sig": "Leona Fairchild, RN", "date": us(soc)}]),
    ]
    render_lines(doc, blocks, width=100, lpp=46, header=hdr, footer="page {k}/{n}", mode="paras",
                 grid_widths=[8, 62, 14], kv_cols=2)
    doc.save("l21_hh_tab_columns.docx")
    label("l21_hh_tab_columns.docx", "medicare-home-health", [], asof, [],
          "Clean. Home health plan converted to monospaced tab-aligned pseudo-columns (diagnoses, orders, goals), "
          "identification as two label/value pairs per line, running header repeated in the body.")


def l22():
    soc, cert_end, md, asof = D(2026, 9, 8), D(2026, 11, 6), D(2026, 9, 14), D(2026, 10, 12)
    mhh_dates(soc, cert_end, md, asof)
    g = [D(2026, 10, 5), D(2026, 10, 19), D(2026, 11, 2)]
    bad = bad_npi("170384452")
    assert not npi_valid(bad)
    doc = Doc(font="Calibri", size=10, author="records", title="SOC packet")
    doc.raw(P(R("START OF CARE - OASIS-E EXCERPT (for plan of care)", b=True, sz=11), after=60))
    doc.table([["M0030 Start of care date", us(soc)], ["M0040 Patient name", "Horace Tremblay"],
               ["M0066 Birth date", "01/17/1936"], ["M0063 Medicare number", "6UW4EN1PA29"],
               ["M1021 Primary diagnosis", "J44.9 Chronic obstructive pulmonary disease, unspecified"],
               ["M1023 Other diagnoses", "R06.02 Shortness of breath; Z99.81 Dependence on supplemental oxygen"],
               ["M1400 Dyspnea", "2 - With moderate exertion"], ["M1860 Ambulation", "2 - Requires one-handed device"]],
              bold_header=False, bold_first_col=True, font_size=9)
    doc.raw(P(R("Assessment completed by Nadine Fournier, RN on " + us(soc) + ".", i=True, sz=9), after=200))
    doc.raw(P(R("PLAN OF CARE", b=True, sz=12), jc="center", before=200, after=60))
    doc.raw(P(R(f"Certification period {us(soc)} to {us(cert_end)}.  Plan of care date {us(soc)}.")))
    doc.raw(P(R("Orders", b=True)))
    for o in ["SN 2w3, 1w5: cardiopulmonary assessment, O2 safety teaching, inhaler technique, COPD action plan.",
              "PT 2w4: endurance training, energy conservation, gait with cane.",
              "SN may draw CBC and BMP x 1 on 09/22/2026."]:
        doc.raw(P(R("• " + o), after=0))
    doc.raw(P(R("Goals", b=True), before=120))
    for gt in [f"Patient will demonstrate correct inhaler technique with spacer, 5 of 5 steps, by {us(g[0])}.",
               f"Patient will walk 200 ft with cane with SpO2 at or above 90% on 2 L O2 by {us(g[1])}.",
               f"Patient will name 3 early signs of a COPD flare and the action for each by {us(g[2])}."]:
        doc.raw(P(R("• " + gt), after=0))
    doc.raw(P(R("Expected duration of services: 8 weeks; discharge to self-care when goals met.")))
    doc.page_break()
    doc.raw(P(R("RIVERSTONE HOME HEALTH", b=True, sz=10) + R("\t") + R("Physician Certification Statement", sz=10),
              tabs=[(5400, "left")], border_bottom=True))
    doc.raw(P(R("I certify that this patient is confined to the home, needs intermittent skilled nursing and "
                "physical therapy, is under my care, and that a face-to-face encounter was performed on 09/03/2026 "
                "related to the primary reason for home health."), before=200))
    doc.table([["Certifying physician", "Ruth Adebayo-Klein, MD"], ["NPI", bad],
               ["Signature", "Ruth Adebayo-Klein, MD  (signed electronically via portal)"], ["Date signed", us(md)]],
              bold_header=False, bold_first_col=True)
    doc.raw(P(R(f"Agency NPI {npi('184725106')}   |   Received {us(D(2026, 9, 15))}", sz=8), before=200))
    doc.save("l22_hh_oasis_poc_certpage.docx")
    label("l22_hh_oasis_poc_certpage.docx", "medicare-home-health", [], asof, [["identifier-invalid"]],
          f"Gap: the certifying physician's NPI {bad} fails the Luhn check digit (the agency NPI is valid). "
          "Stitched: OASIS item table (M0030, M0063...), the plan of care, then a certification page from "
          "the agency's portal template with the signature in a table.")


def l23():
    soc, cert_end, md, asof = D(2026, 2, 16), D(2026, 4, 16), D(2026, 2, 19), D(2026, 3, 16)
    mhh_dates(soc, cert_end, md, asof)
    g1, g3_typo = D(2026, 3, 27), D(2026, 1, 30)
    assert g3_typo < soc < g1
    doc = Doc(font="Calibri", size=10, author="portal", title="Referral + POC form")
    blocks = [
        ("title", "Home Health Plan of Care"),
        ("sub", "Copied from the Lakeview Health partner portal - Form HH-POC v3"),
        ("h", "Patient"),
        ("kv", [("Patient_Name", "Evangeline Marchbanks"), ("Patient_DOB", "04/02/1941"),
                ("Medicare_MBI", "7VX5FP2QB30"), ("SOC_Date", us(soc)), ("Cert_From", us(soc)),
                ("Cert_To", us(cert_end))]),
        ("h", "Diagnoses"),
        ("kv", [("Dx_Primary", "Z47.1 Aftercare following joint replacement surgery"),
                ("Dx_Other_1", "Z96.641 Presence of right artificial hip joint"),
                ("Dx_Other_2", "M62.81 Muscle weakness (generalized)")]),
        ("h", "Disciplines and frequency"),
        ("check", "Disciplines", [("SN", True), ("PT", True), ("OT", True), ("ST", False), ("MSW", False),
                                  ("HHA", False)]),
        ("kv", [("PT_Frequency", "3w2, 2w4"), ("SN_Frequency", "1w4"), ("OT_Frequency", "1w4"),
                ("Expected_Duration", "6 weeks")]),
        ("kv", [("Treatments", "PT: gait training, ther ex, transfer training, hip precautions. SN: incision "
                               "assessment, anticoagulant teaching, pain management. OT: ADL retraining, "
                               "tub transfer bench, adaptive equipment.")]),
        ("h", "Goals"),
        ("kv", [("Goal_1", f"Patient will ambulate 200 ft with rolling walker, modified independent, by {us(g1)}."),
                ("Goal_2", "Patient will have improved understanding of her medications."),
                ("Goal_3", f"Patient will climb 3 steps to enter the home with rail and stand-by assist by "
                           f"{us(g3_typo)}.")]),
        ("h", "Physician"),
        ("check", "Face-to-face encounter documented", [("Yes", True), ("No", False)]),
        ("sig", [{"label": "Certifying physician", "sig": "Marcus Oyelowo, MD", "date": us(md)},
                 {"label": "Agency RN", "sig": "Delia Santangelo, RN", "date": us(soc)}]),
    ]
    render_form(doc, blocks, bracket_labels=True, check_style="brackets", content_controls=False)
    doc.save("l23_hh_portal_form.docx")
    label("l23_hh_portal_form.docx", "medicare-home-health", [], asof,
          [["goal-not-measurable"], ["date-inconsistent"]],
          "Gaps: goal 2 ('improved understanding of her medications') says nothing measurable; goal 3's target "
          "date 01/30/2026 is before the start of care (a typo). Web-portal copy with bracketed field names "
          "([Patient_Name]) and [X]/[ ] check boxes.")


def l24():
    soc, cert_end, md, asof = D(2026, 4, 6), D(2026, 6, 4), D(2026, 4, 9), D(2026, 5, 11)
    mhh_dates(soc, cert_end, md, asof)
    g = [D(2026, 5, 29), D(2026, 5, 15), D(2026, 6, 1)]
    assert all(soc < x <= cert_end for x in g)
    pat, md_id = "hh-pt-2231", "pr-md-771"
    md_npi = npi("138492071")

    def sr(sid, code_text, freq, weeks, disc):
        return {"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "order",
                "category": [{"text": "Home health"}],
                "code": {"text": code_text},
                "subject": {"reference": f"Patient/{pat}"},
                "occurrenceTiming": {"repeat": {"boundsDuration": {"value": weeks, "unit": "wk",
                                                                   "system": "http://unitsofmeasure.org",
                                                                   "code": "wk"},
                                                "frequency": freq, "period": 1, "periodUnit": "wk"},
                                     "code": {"text": f"{disc} {freq}w{weeks}"}},
                "requester": {"reference": f"Practitioner/{md_id}"},
                "authoredOn": iso(soc)}

    res = [
        fx_patient(pat, "Ashworth", ["Reginald"], "1939-08-08", "8WY6GQ3RC41"),
        fx_practitioner(md_id, "Montgomery", ["Clara"], "MD", md_npi),
        fx_condition("c1", pat, "I69.351", "Hemiplegia and hemiparesis following cerebral infarction affecting "
                                           "right dominant side", "2026-03-20"),
        fx_condition("c2", pat, "R26.81", "Unsteadiness on feet"),
        fx_goal("g1", pat, "Patient will ambulate 150 ft with hemi-walker with stand-by assistance.", iso(g[0]),
                start=iso(soc), cond="c1"),
        fx_goal("g2", pat, "Patient's wife will return-demonstrate safe assisted transfer bed to chair on 2 "
                           "consecutive visits.", iso(g[1]), start=iso(soc), cond="c1"),
        fx_goal("g3", pat, "Patient will dress his upper body with set-up only.", iso(g[2]), start=iso(soc),
                cond="c1"),
        sr("sr-pt", "Physical therapy: gait training, transfer training, therapeutic exercise", 2, 8, "PT"),
        sr("sr-ot", "Occupational therapy: ADL retraining, upper extremity function", 1, 6, "OT"),
        sr("sr-sn", "Skilled nursing: assess neuro and cardiovascular status, medication teaching", 1, 8, "SN"),
        {"resourceType": "CarePlan", "id": "hh-cp", "status": "active", "intent": "plan",
         "title": "Home health plan of care", "description": "Home health certification and plan of care",
         "subject": {"reference": f"Patient/{pat}"}, "created": iso(soc),
         "period": {"start": iso(soc), "end": iso(cert_end)},
         "author": {"reference": f"Practitioner/{md_id}", "display": "Clara Montgomery, MD"},
         "addresses": [{"reference": "Condition/c1"}, {"reference": "Condition/c2"}],
         "goal": [{"reference": "Goal/g1"}, {"reference": "Goal/g2"}, {"reference": "Goal/g3"}],
         "activity": [{"reference": {"reference": "ServiceRequest/sr-pt"}},
                      {"reference": {"reference": "ServiceRequest/sr-ot"}},
                      {"reference": {"reference": "ServiceRequest/sr-sn"}}]},
        {"resourceType": "Provenance", "id": "prov-hh", "target": [{"reference": "CarePlan/hh-cp"}],
         "recorded": f"{iso(md)}T11:30:00-04:00",
         "activity": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-DataOperation",
                                  "code": "UPDATE"}], "text": "Physician certification"},
         "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                         "code": "verifier", "display": "Verifier"}]},
                    "who": {"reference": f"Practitioner/{md_id}", "display": "Clara Montgomery, MD"}}],
         "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.5",
                                  "display": "Verification Signature"}],
                        "when": f"{iso(md)}T11:30:00-04:00",
                        "who": {"reference": f"Practitioner/{md_id}", "display": "Clara Montgomery, MD"},
                        "sigFormat": "application/jose", "data": "ZXlKaGJHY2lPaUpTVXpJMU5pSjkuLi5zaWduZWQ="}]},
    ]
    fhir_write("l24_fhir_home_health.json", fx_bundle("b-l24", res, f"{iso(D(2026, 4, 10))}T08:00:00Z"))
    label("l24_fhir_home_health.json", "medicare-home-health", [], asof, [],
          "Clean. FHIR R4 collection Bundle: CarePlan with a 59-day certification period, ServiceRequests with "
          "weekly Timing and boundsDuration (PT 2w8, OT 1w6, SN 1w8), Goals with due dates, and the physician's "
          "certification as a Provenance verification signature.")


# ============================================================================================
# COMMERCIAL ABA
# ============================================================================================

def aba_dates(plan, auth_start, auth_end, review, assess, dx_on, sigs, asof, allow_old_assess=False,
              allow_long_auth=False):
    assert days(plan, review) <= 184 and review > plan
    if not allow_long_auth:
        assert auth_end <= add_months(auth_start, 6) - timedelta(days=0)
        assert days(auth_start, auth_end) <= 184
    if not allow_old_assess:
        assert all(days(a, plan) <= 365 for a in assess)
    assert all(a <= asof for a in assess) and dx_on < plan
    assert all(plan <= s <= asof for s in sigs)


def aba_goals(n, pr, dates, variant="A", caregiver="Parent", no_caregiver=False):
    """Goal dicts: domain, goal, baseline, mastery, target."""
    his = {"he": "his", "she": "her"}[pr]
    if variant == "A":
        gs = [
            ("Communication", f"{n} will independently request (mand) for preferred items and activities using "
                              f"2-word phrases.", "2 independent mands per 30-minute session",
             "10 different independent mands per session across 3 consecutive sessions"),
            ("Social", f"{n} will respond to {his} name by turning toward the speaker within 3 seconds.",
             "20% of opportunities", "80% of opportunities across 3 consecutive sessions with 2 different staff"),
            ("Behavior reduction", f"{n} will reduce elopement (leaving the instructional area without permission).",
             "average 6 episodes per day", "0-1 episodes per day for 4 consecutive weeks"),
            ("Daily living", f"{n} will complete a 4-step handwashing routine independently.",
             "1 of 4 steps independent", "4 of 4 steps independent in 80% of opportunities across 3 consecutive sessions"),
        ]
    else:
        gs = [
            ("Language", f"{n} will label (tact) 50 common items, actions and pictures.", "14 items mastered",
             "50 items, each at 90% accuracy across 2 consecutive probes"),
            ("Coping", f"{n} will wait up to 2 minutes for a preferred item without problem behavior.",
             "10 seconds", "2 minutes on 80% of trials across 3 consecutive sessions"),
            ("Behavior reduction", f"{n} will reduce aggression (hitting, kicking, scratching) toward others.",
             "average 11 episodes per day", "2 or fewer episodes per day for 3 consecutive weeks"),
            ("Self-care", f"{n} will initiate using the toilet when needed.", "0 self-initiations per day",
             "at least 3 self-initiations per day on 5 consecutive school days"),
        ]
    if not no_caregiver:
        gs.append(("Caregiver training", f"{caregiver} will implement the first-then board and token system "
                                         f"during home routines with high fidelity.",
                   "45% fidelity on the treatment-integrity checklist",
                   "90% fidelity or higher across 3 consecutive observed sessions"))
    else:
        gs.append(("Transitions", f"{n} will move between activities when the visual timer ends without "
                                  f"dropping to the floor.", "30% of transitions",
                   "90% of transitions across 5 consecutive sessions"))
    return [dict(domain=d, goal=g, baseline=b, mastery=m, target=us(dates[i % len(dates)]))
            for i, (d, g, b, m) in enumerate(gs)]


def l25():
    plan, asof = D(2026, 2, 2), D(2026, 3, 10)
    a0, a1 = D(2026, 2, 9), D(2026, 8, 8)
    review, vb, vin, dxon = D(2026, 7, 27), D(2026, 1, 20), D(2026, 1, 22), D(2025, 11, 18)
    gsig = D(2026, 2, 3)
    aba_dates(plan, a0, a1, review, [vb, vin], dxon, [plan, gsig], asof)
    tds = [D(2026, 8, 3), D(2026, 6, 29), D(2026, 8, 3), D(2026, 7, 6), D(2026, 5, 4)]
    goals = aba_goals("Mateo", "he", tds, "A", caregiver="Mateo's mother")
    doc = Doc(font="Garamond", size=11, author="converted", title="ABA Treatment Plan")
    hdr = ["BrightPath Behavioral Services  -  ABA Treatment Plan  -  CONFIDENTIAL",
           "Client: Mateo Rivas-Quintero   DOB 06/14/2019   Member ID BXK443918207"]
    blocks = [
        ("title", "APPLIED BEHAVIOR ANALYSIS - INITIAL TREATMENT PLAN"),
        ("kv", [("Client", "Mateo Rivas-Quintero"), ("Date of birth", "06/14/2019"),
                ("Health plan", "Evergreen Health Plan (commercial)"), ("Member ID", "BXK443918207"),
                ("Plan date", us(plan)), ("Requested authorization period", f"{us(a0)} to {us(a1)}"),
                ("Next plan review / progress report", us(review))]),
        ("h", "Diagnosis"),
        ("para", f"F84.0 Autistic disorder (autism spectrum disorder, level 2). Diagnosed by Elaine Forsythe, PhD, "
                 f"licensed psychologist, on {us(dxon)} (ADOS-2 Module 1 and clinical interview; report attached)."),
        ("h", "Assessments"),
        ("para", f"VB-MAPP administered {us(vb)} by Natalie Osei, BCBA: Milestones 62/170, Barriers 41. "
                 f"Vineland-3 (parent interview form) {us(vin)}: Adaptive Behavior Composite 66. Functional "
                 f"behavior assessment (interview, ABC data) 01/2026 for elopement."),
        ("h", "Treatment goals"),
    ]
    for i, g in enumerate(goals, 1):
        blocks.append(("para", f"Goal {i} ({g['domain']}): {g['goal']}"))
        blocks.append(("para", f"Baseline: {g['baseline']}. Mastery criterion: {g['mastery']}. "
                               f"Target date: {g['target']}."))
    blocks += [
        ("h", "Requested services"),
        ("grid", ["CPT", "Service", "Hours per week", "Provider"],
         [["97153", "Adaptive behavior treatment by protocol", "20", "RBT"],
          ["97155", "Protocol modification / supervision", "3", "BCBA"],
          ["97156", "Family adaptive behavior treatment guidance", "1.5", "BCBA"]]),
        ("para", "Sessions in the home and at preschool, Monday to Friday. Crisis plan for elopement attached."),
        ("h", "Coordination of care"),
        ("para", "Speech therapy (private, 1x/week) and preschool teacher; releases on file."),
        ("h", "Signatures"),
        ("sig", [{"label": "Supervising BCBA", "sig": "Natalie Osei, MS, BCBA (signed)", "date": us(plan)},
                 {"label": "Parent/Guardian", "sig": "Lucia Quintero (mother) (signed)", "date": us(gsig)}]),
    ]
    render_lines(doc, blocks, width=88, lpp=36, header=hdr, footer="Page {k} of {n}", mode="paras",
                 grid_widths=[8, 44, 16, 12])
    doc.save("l25_aba_converted_lines.docx")
    label("l25_aba_converted_lines.docx", "commercial-aba", [], asof, [],
          "Clean. PDF-to-Word ABA plan: every visual line a paragraph, running header with client name, DOB and "
          "member ID repeated between pages, 'Page k of n' in the body, services as tab-aligned pseudo-columns.")


def l26():
    plan, asof = D(2026, 4, 6), D(2026, 5, 12)
    a0, a1 = D(2026, 4, 13), D(2026, 10, 12)
    review, ab, vin, dxon = D(2026, 9, 28), D(2026, 3, 23), D(2026, 3, 25), D(2025, 8, 5)
    gsig = D(2026, 4, 7)
    aba_dates(plan, a0, a1, review, [ab, vin], dxon, [plan, gsig], asof)
    tds = [D(2026, 10, 5), D(2026, 8, 31), D(2026, 10, 5), D(2026, 9, 7), D(2026, 7, 6)]
    goals = aba_goals("Ezra", "he", tds, "B", caregiver="Caregiver (Ms. Blumenthal)")
    doc = Doc(font="Segoe UI", size=8.5, author="EHR", title="ABA plan print")
    blocks = [
        ("title", "Treatment Plan - Applied Behavior Analysis"),
        ("sub", "Printed from CentralReach-style EHR 04/07/2026 | Harborlight Autism Center"),
        ("h", "Client"),
        ("kv", [("Client Name", "Ezra Blumenthal"), ("DOB", "10/03/2020"), ("Payer", "Northstar Health"),
                ("Subscriber ID", "QHP7720391-01"), ("Guardian", "Rachel Blumenthal (mother)")]),
        ("kv", [("Plan Date", us(plan)), ("Auth Start", us(a0)), ("Auth End", us(a1)), ("Reassessment Due", us(review))]),
        ("h", "Diagnosis"),
        ("kv", [("ICD-10", "F84.0 Autistic disorder"), ("Diagnosing Provider", "Samuel Okonkwo, MD "
                                                                             "(developmental pediatrics)"),
                ("Diagnosis Date", us(dxon))]),
        ("h", "Assessment"),
        ("kv", [("Instrument", "ABLLS-R"), ("Date", us(ab)), ("Result", "skills below age in requests, labeling, "
                                                                        "cooperation")]),
        ("kv", [("Instrument", "Vineland-3"), ("Date", us(vin)), ("Result", "ABC 71")]),
        ("h", "Goals"),
    ]
    for i, g in enumerate(goals, 1):
        base = "" if i == 3 else g["baseline"]
        blocks.append(("kv", [(f"Goal {i}", g["goal"]), ("Domain", g["domain"]), ("Baseline", base),
                              ("Mastery", g["mastery"]), ("Target Date", g["target"])]))
    blocks += [
        ("h", "Services Requested"),
        ("grid", ["CPT", "Description", "Hrs/Wk"],
         [["97153", "Direct ABA by RBT", "15"], ["97155", "BCBA protocol modification", "2"],
          ["97156", "Caregiver guidance", "1"]]),
        ("h", "Signatures"),
        ("sig", [{"label": "BCBA", "sig": "Imani Whitaker, BCBA", "date": us(plan)},
                 {"label": "Parent/Guardian", "sig": "Rachel Blumenthal", "date": us(gsig)}]),
    ]
    render_ehr(doc, blocks, kv_mode="runon", grid_mode="runon")
    doc.save("l26_aba_ehr_print.docx")
    label("l26_aba_ehr_print.docx", "commercial-aba", [], asof, [["baseline-missing"]],
          "Gap: goal 3 (aggression) prints an empty 'Baseline:' label; every other goal has one. EHR print with "
          "run-on label/value runs ('Baseline:Mastery:2 or fewer...') and empty labels.")


def l27():
    plan, asof = D(2026, 6, 1), D(2026, 7, 6)
    a0, a1 = D(2026, 6, 8), D(2026, 12, 7)
    review, vb, dxon = D(2026, 11, 23), D(2026, 5, 18), D(2024, 4, 10)
    gsig = D(2026, 6, 1)
    aba_dates(plan, a0, a1, review, [vb], dxon, [plan, gsig], asof)
    tds = [D(2026, 11, 30), D(2026, 9, 28), D(2026, 11, 30), D(2026, 10, 26), D(2026, 9, 14)]
    goals = aba_goals("Kai", "he", tds, "A", no_caregiver=True)
    for g in goals:
        assert not re.search(r"parent|caregiver|family|mother|father|guardian|\bmom\b|\bdad\b", g["goal"] + g["domain"], re.I)
    doc = Doc(font="Courier New", size=8.5, author="converted", title="ABA TX PLAN")
    hdr = ["SUNWARD ABA CLINIC            TREATMENT PLAN            KAI NAKAMURA-PRICE"]
    blocks = [
        ("title", "ABA TREATMENT PLAN - REAUTHORIZATION"),
        ("kv", [("Client", "Kai Nakamura-Price"), ("DOB", "03/22/2018"), ("Insurer", "Cascade Mutual"),
                ("Member ID", "MCX-55102-887"), ("Plan date", us(plan)), ("Auth period", f"{us(a0)}-{us(a1)}"),
                ("Next review", us(review)), ("Guardian", "Erin Price")], ),
        ("h", "Diagnosis"),
        ("para", f"F84.0 Autistic disorder - diagnosed {us(dxon)} by Beatriz Salgado, PsyD (licensed psychologist)."),
        ("h", "Assessment"),
        ("para", f"VB-MAPP re-administered {us(vb)}: Milestones 88/170 (up from 71). Barriers score 30."),
        ("h", "Goals"),
        ("grid", ["#", "Goal", "Baseline", "Mastery", "Target"],
         [[str(i), g["goal"], g["baseline"], g["mastery"], g["target"]] for i, g in enumerate(goals, 1)]),
        ("h", "Service request"),
        ("grid", ["Code", "Service", "Hrs/wk", "Setting"],
         [["97153", "Adaptive behavior tx by protocol (RBT)", "25", "clinic"],
          ["9715", "Protocol modification (BCBA)", "2", "clinic"]], [6, 44, 8, 10]),
        ("h", "Signatures"),
        ("sig", [{"label": "BCBA", "sig": "/s/ Colette Nwachukwu, BCBA", "date": us(plan)},
                 {"label": "Guardian", "sig": "/s/ Erin Price", "date": us(gsig)}]),
    ]
    render_lines(doc, blocks, width=110, lpp=60, header=hdr, footer="Page {k} of {n}", mode="paras",
                 grid_widths=[3, 40, 20, 30, 11])
    doc.save("l27_aba_tab_columns.docx")
    label("l27_aba_tab_columns.docx", "commercial-aba", [], asof,
          [["caregiver-goal-missing"], ["service-code-invalid"]],
          "Gaps: no goal involves parent or caregiver training (and no caregiver service is requested); the "
          "protocol-modification row gives the code '9715' (a truncated 97155). Courier pseudo-columns with "
          "tab stops, goal cells wrapped over several lines.")


def l28():
    plan, asof = D(2026, 8, 3), D(2026, 9, 1)
    a0, a1 = D(2026, 8, 10), D(2027, 2, 9)
    review, vb, dxon = D(2027, 1, 25), D(2025, 5, 27), D(2023, 5, 2)
    gsig = D(2026, 8, 4)
    aba_dates(plan, a0, a1, review, [vb], dxon, [plan, gsig], asof, allow_old_assess=True)
    assert days(vb, plan) == 433 > 365
    tds = [D(2027, 1, 11), D(2026, 12, 14), D(2027, 1, 11), D(2026, 11, 16), D(2026, 10, 12)]
    goals = aba_goals("Amara", "she", tds, "B", caregiver="Amara's father")
    goals[0]["target"] = ""
    doc = Doc(font="Calibri", size=10, author="portal", title="ABA Authorization Request")
    ids = doc.ids
    blocks = [
        ("title", "ABA Treatment Plan and Authorization Request"),
        ("sub", "Submitted through the Meridian Provider Portal - printable copy"),
        ("h", "1. Member"),
        ("kv", [("Member Name", "Amara Oyelaran-Fisk"), ("Member DOB", "09/09/2017"), ("Member ID", "TRV30918844"),
                ("Parent/Guardian", "Tobias Fisk (father)")]),
        ("h", "2. Request"),
        ("check", "Request type", [("Initial", False), ("Continuation", True)]),
        ("kv", [("Plan Date", us(plan)), ("Requested Start", us(a0)), ("Requested End", us(a1)),
                ("Next Review Date", us(review))]),
        ("h", "3. Diagnosis"),
        ("kv", [("Primary ICD-10", "F84.0 Autistic disorder"), ("Diagnosed By", "Harold Nguyen, PhD"),
                ("Date of Diagnosis", us(dxon))]),
        ("h", "4. Standardized assessment"),
        ("kv", [("Instrument", "VB-MAPP"), ("Date administered", us(vb)),
                ("Score summary", "Milestones 104/170; Barriers 22; Transition 38")]),
        ("h", "5. Goals"),
    ]
    for i, g in enumerate(goals, 1):
        blocks.append(("kv", [(f"Goal {i} ({g['domain']})", g["goal"]), ("Baseline", g["baseline"]),
                              ("Mastery criteria", g["mastery"]), ("Target date", g["target"])]))
    blocks += [
        ("h", "6. Services"),
        ("grid", ["CPT", "Description", "Hours/week", "Units/week"],
         [["97153", "Adaptive behavior treatment by protocol", "18", "72"],
          ["97155", "Adaptive behavior treatment with protocol modification", "2.5", "10"],
          ["97156", "Family adaptive behavior treatment guidance", "1", "4"]]),
        ("h", "7. Attestation"),
        ("check", "", [("I attest the information is accurate and complete", True)]),
        ("sig", [{"label": "Supervising BCBA", "sig": "Jocelyn Ferreira, PhD, BCBA-D", "date": us(plan)},
                 {"label": "Parent/Guardian", "sig": "Tobias Fisk", "date": us(gsig)}]),
    ]
    render_form(doc, blocks, bracket_labels=False, check_style="sym", content_controls=True)
    doc.save("l28_aba_portal_request.docx")
    label("l28_aba_portal_request.docx", "commercial-aba", [], asof,
          [["assessment-outdated"], ["goal-not-time-bound"]],
          "Gaps: the only standardized assessment (VB-MAPP 05/27/2025) is 433 days old at the plan date (limit "
          "365; warning); goal 1 has an empty target date. Provider-portal copy: form tables with values in "
          "content controls, Wingdings check-box symbols (w:sym).")


def l29():
    plan, asof = D(2026, 3, 16), D(2026, 4, 20)
    a0, a1 = D(2026, 3, 23), D(2026, 9, 22)
    review, vin, dxon = D(2026, 9, 8), D(2026, 2, 10), D(2026, 1, 12)
    gsig = D(2026, 3, 17)
    aba_dates(plan, a0, a1, review, [vin], dxon, [plan, gsig], asof)
    tds = [D(2026, 9, 14), D(2026, 7, 13), D(2026, 9, 14), D(2026, 8, 10), D(2026, 6, 15)]
    goals = aba_goals("Oliver", "he", tds, "B", caregiver="Parent (Mr. or Mrs. Szymanski)")
    doc = Doc(font="Cambria", size=10.5, author="records", title="Eval summary + BIP")
    doc.raw(P(R("PSYCHOLOGICAL EVALUATION - SUMMARY OF FINDINGS", b=True, sz=12), after=60))
    doc.raw(P(R(f"Oliver Szymanski  |  DOB 12/01/2016  |  Evaluated {us(dxon)} by Celeste Amari, PhD, licensed "
                f"psychologist", sz=9), after=120))
    for t in ["Reason for referral: aggression at school, noncompliance, and inattention; school asked whether "
              "autism should be considered.",
              "Instruments: ADOS-2 Module 3 (total 5, below the autism spectrum cut-off), Conners-4, Vineland-3, "
              "WISC-V.",
              "Diagnostic impressions: F90.2 Attention-deficit hyperactivity disorder, combined type; F91.3 "
              "Oppositional defiant disorder. Autism spectrum disorder was considered and is not supported by "
              "the current evaluation.",
              "Recommendation: behavior-analytic intervention for aggression and noncompliance with parent "
              "training; medication consult with pediatrician."]:
        doc.raw(P(R(t), after=80))
    doc.raw(P(R("-- end of summary --", i=True, sz=9), jc="center", after=200))
    doc.page_break()
    blocks = [
        ("title", "BEHAVIOR-ANALYTIC TREATMENT PLAN"),
        ("kv", [("Client", "Oliver Szymanski"), ("DOB", "12/01/2016"), ("Member ID", "NWH-8830147"),
                ("Payer", "Northwind Health (commercial)"), ("Plan date", us(plan)),
                ("Authorization requested", f"{us(a0)} through {us(a1)}"), ("Plan review", us(review))]),
        ("h", "Diagnoses"),
        ("list", [f"F90.2 Attention-deficit hyperactivity disorder, combined type (primary) - Celeste Amari, PhD, "
                  f"{us(dxon)}", "F91.3 Oppositional defiant disorder"]),
        ("h", "Assessment"),
        ("para", f"Vineland-3 Comprehensive Parent/Caregiver Form {us(vin)}: ABC 74; Socialization 70. ABC data "
                 f"and functional behavior assessment February 2026."),
        ("h", "Goals"),
    ]
    for i, g in enumerate(goals, 1):
        blocks.append(("para", f"{i}. {g['goal']} Baseline: {g['baseline']}. Mastery: {g['mastery']}. "
                               f"Target: {g['target']}."))
    blocks += [
        ("h", "Services"),
        ("list", ["97153 adaptive behavior treatment by protocol - 10 hours/week",
                  "97155 protocol modification by BCBA - 2 hours/week",
                  "97156 family treatment guidance - 1 hour/week"]),
    ]
    render_ehr(doc, blocks, kv_mode="lines", shade="DEEAF6")
    doc.page_break()
    doc.raw(P(R("Agreement to Treatment Plan", b=True, sz=13, font="Arial"), jc="center", after=40))
    doc.raw(P(R("(signature page - template BIP-SIG-02)", sz=8, font="Arial"), jc="center", after=200))
    doc.table([["Role", "Name", "Signature", "Date"],
               ["BCBA", "Thomas Greenleaf, BCBA", "T. Greenleaf", us(plan)],
               ["Parent/Guardian", "Anna Szymanski", "Anna Szymanski", us(gsig)]])
    doc.save("l29_aba_eval_plus_plan.docx")
    label("l29_aba_eval_plus_plan.docx", "commercial-aba", [], asof, [["diagnosis-not-covered"]],
          "Gap: the primary diagnosis is F90.2 ADHD (with F91.3); autism was ruled out, so ABA is not covered "
          "under this policy. Stitched: evaluation summary first, the plan pasted from the EHR, then a signature "
          "page from another template (BIP-SIG-02).")


def l30():
    plan, asof = D(2026, 9, 14), D(2026, 10, 19)
    a0, a1 = D(2026, 9, 21), D(2027, 3, 20)
    review, vb, vin, dxon = D(2027, 3, 8), D(2026, 8, 31), D(2026, 9, 2), D(2026, 6, 30)
    gsig = D(2026, 9, 15)
    aba_dates(plan, a0, a1, review, [vb, vin], dxon, [plan, gsig], asof)
    tds = [D(2027, 3, 1), D(2026, 12, 14), D(2027, 2, 15), D(2027, 1, 18), D(2026, 11, 30)]
    goals = aba_goals("Sienna", "she", tds, "A", caregiver="Caregiver (Jordan Cole)")
    doc = Doc(font="Arial", size=9, author="Acrobat", title="ABA plan")
    ids = doc.ids
    title = lines_box_paras(["LITTLE STEPS ABA", "Individualized Treatment Plan - Initial Authorization"], size=12, b=True)
    c1 = kv_box_paras([("Client", "Sienna Abernathy-Cole"), ("DOB", "01/28/2021"), ("Member ID", "LPK90021553"),
                       ("Plan", "Ridgeline Health PPO")])
    c2 = kv_box_paras([("Plan date", us(plan)), ("Auth period", f"{us(a0)} - {us(a1)}"),
                       ("Plan review due", us(review)), ("BCBA", "Priyanka Desai, BCBA")])
    doc.raw(P(wps_textbox(ids, title, 0.7, 0.45, 7.1, 0.55) + wps_textbox(ids, c1, 0.7, 1.05, 3.4, 0.8, border=True)
              + wps_textbox(ids, c2, 4.3, 1.05, 3.5, 0.8, border=True)))
    for _ in range(6):
        doc.raw(P("", after=0))
    doc.raw(P(R("Diagnosis: ", b=True) + R(f"F84.0 Autistic disorder; diagnosed {us(dxon)} by Marcus Hale, MD "
                                           f"(child neurology).")))
    doc.raw(P(R("Standardized assessments: ", b=True) + R(f"VB-MAPP {us(vb)} (Milestones 31/170); Vineland-3 "
                                                          f"{us(vin)} (ABC 62).")))
    doc.raw(P(R("Goals", b=True), before=120))
    t = doc.table([["Domain", "Goal", "Baseline", "Mastery criterion", "Target date"]] +
                  [[g["domain"], g["goal"], g["baseline"], g["mastery"], g["target"]] for g in goals], font_size=8.5)
    doc.raw(P(R("Services requested", b=True), before=120))
    doc.raw(P(R("97153 direct treatment (RBT) 15 hours per week; 97155 protocol modification (BCBA) 2 hours per "
                "week; 97156 caregiver guidance (BCBA) 1 hour per week.")))
    doc.raw(P(R(CRISIS, sz=8, i=True)))
    sig = lines_box_paras([f"BCBA: Priyanka Desai, MS, BCBA   e-signed {us(plan)} 17:02",
                           f"Parent/guardian: Jordan Cole   e-signed {us(gsig)} 08:15"], size=9)
    doc.raw(P(wps_textbox(ids, sig, 0.7, 9.3, 7.1, 0.5, border=True)))
    doc.save("l30_aba_textboxes.docx")
    label("l30_aba_textboxes.docx", "commercial-aba", [], asof, [],
          "Clean. PDF export with the title, client box, plan-dates box and e-signature block in DrawingML text "
          "boxes; goals in a normal table; services as a sentence.")


def l31():
    plan, asof = D(2026, 5, 4), D(2026, 6, 8)
    a0, a1 = D(2026, 5, 11), D(2026, 11, 10)
    review, vb, dxon = D(2026, 10, 26), D(2026, 4, 20), D(2025, 2, 14)
    aba_dates(plan, a0, a1, review, [vb], dxon, [plan], asof)
    tds = [D(2026, 10, 19), D(2026, 8, 17), D(2026, 10, 19), D(2026, 9, 14), D(2026, 7, 20)]
    goals = aba_goals("Declan", "he", tds, "B", caregiver="Declan's mother")
    doc = Doc(font="Times New Roman", size=10.5, author="OCR", title="Declan plan")
    ids = doc.ids
    head = lines_box_paras(["KESTREL BEHAVIOR CONSULTANTS", "ABA TREATMENT PLAN"], size=11, b=True)
    doc.raw(P(vml_textbox(ids, head, 60, 36, 480, 30)))
    for _ in range(3):
        doc.raw(P("", after=0))

    def fr(lbl, txt):
        doc.raw(P(R(lbl, b=True, sz=9.5), frame=frame_pr(700, 0, 1900, v_anchor="text"), after=0))
        for ln in wrap(txt, 72):
            doc.raw(P(R(ln), ind='<w:ind w:left="2100"/>', after=0))
        doc.raw(P("", after=0))

    fr("CLIENT", "Declan O'Rourke, DOB 04/05/2019, member ID AHX-4471902 (Tidewater Health Plan)")
    fr("DATES", f"Plan {us(plan)}; authorization {us(a0)} - {us(a1)}; next review {us(review)}")
    fr("DIAGNOSIS", f"F84.0 Autistic disorder. Diagnosed {us(dxon)} by Anjali Menon, PhD, licensed psychologist.")
    fr("ASSESSMENT", f"VB-MAPP {us(vb)}: Milestones 47/170, Barriers 36. Vineland-3 scheduled at review.")
    for i, g in enumerate(goals, 1):
        fr(f"GOAL {i}", f"{g['goal']} Baseline: {g['baseline']}. Mastery: {g['mastery']}. Target date: {g['target']}.")
    fr("SERVICES", "97153 direct ABA 20 hours/week; 97155 BCBA protocol modification 3 hours/week; 97156 caregiver "
                   "guidance 2 hours/week.")
    doc.raw(P(R("Signatures", b=True), before=200))
    doc.table([["Signer", "Signature", "Printed name", "Date"],
               ["BCBA", "Rebecca Lindholm", "Rebecca Lindholm, MA, BCBA", us(plan)],
               ["Parent / Guardian", "Siobhan O'Rourke", "Siobhan O'Rourke (mother)", ""]])
    doc.save("l31_aba_frames_sigtable.docx")
    label("l31_aba_frames_sigtable.docx", "commercial-aba", [], asof, [["signature-missing"]],
          "Gap: the parent signed the signature table but left the date cell empty (an undated guardian "
          "signature). OCR output: letterhead in a VML text box, section labels in frames (w:framePr) to the "
          "left of indented text, signature table at the end.")


# ============================================================================================
# SUBSTANCE USE (base-treatment-plan + NY / FL / CA / TX)
# ============================================================================================

def sud_problems(n, dates, substances="alcohol and cocaine", variant="A", dated=True, vague_obj=False,
                 freq=True):
    """Problems with goals, objectives (text, date) and interventions."""
    d = [us(x) if dated else "" for x in dates]
    p1 = {"problem": f"Continued use of {substances} despite loss of job and housing",
          "goal": f"{n} will stop using {substances} and stay abstinent.",
          "objectives": [(f"{n} will have negative urine drug screens on all random tests for 4 consecutive weeks.",
                          d[0]),
                         (f"{n} will name 3 personal high-risk situations and a written coping plan for each, "
                          f"and present them in group.", d[1])],
          "interventions": ["Individual counseling (CBT, motivational interviewing)" + (", 1x/week, 50 minutes" if freq else ""),
                            "Relapse prevention group" + (", 5x/week, 90 minutes" if freq else "")]}
    p2 = {"problem": "Few sober supports; spends time with peers who use",
          "goal": f"{n} will build a sober support network.",
          "objectives": [(f"{n} will attend at least 3 mutual-support meetings (AA/NA/SMART) a week, verified by "
                          f"signed attendance sheets, for 4 weeks in a row.", d[2]),
                         (f"{n} will list 2 sober supports with phone numbers on the relapse-prevention plan.", d[3])],
          "interventions": ["Recovery support group" + (", 2x/week" if freq else ""),
                            "Peer recovery coaching" + (", 1x/week, 30 minutes" if freq else "")]}
    p3 = {"problem": "Anxiety and poor sleep in early recovery",
          "goal": f"{n} will manage anxiety without using substances.",
          "objectives": [(f"{n} will lower the GAD-7 score from 15 to 9 or less.", d[4]),
                         (f"{n} will practice a relaxation skill at least once a day on 5 of 7 days, recorded on "
                          f"a daily card.", d[5])],
          "interventions": ["Psychiatric evaluation and medication management" + (", 1x/month, 20 minutes" if freq else ""),
                            "Stress-management skills group" + (", 1x/week, 60 minutes" if freq else "")]}
    if variant == "B":
        p3 = {"problem": "Opioid withdrawal and cravings",
              "goal": f"{n} will stay on medication for opioid use disorder and reduce cravings.",
              "objectives": [(f"{n} will take the daily methadone dose as ordered on at least 26 of 28 days.", d[4]),
                             (f"{n} will rate cravings 3/10 or lower on at least 5 of 7 daily ratings.", d[5])],
              "interventions": ["Medication-assisted treatment (methadone), daily dosing" if freq else
                                "Medication-assisted treatment (methadone)",
                                "Individual counseling" + (", 2x/month, 50 minutes" if freq else "")]}
    if vague_obj:
        p3 = dict(p3)
        p3["objectives"] = [(f"{n} will explore feelings related to past trauma.", d[4]), p3["objectives"][1]]
    return [p1, p2, p3]


def sud_blocks_numbered(probs, obj_label="Objective", goal_label="Goal", date_fmt=" Target date: {d}."):
    blocks = []
    for i, p in enumerate(probs, 1):
        blocks.append(("h", f"Problem {i}: {p['problem']}"))
        blocks.append(("para", f"{goal_label} {i}: {p['goal']}"))
        for j, (o, dt_) in enumerate(p["objectives"]):
            lab = f"{obj_label} {i}{'abc'[j]}"
            text = f"{lab}: {o}"
            if dt_:
                text = (text[:-1] if date_fmt.startswith(" by") else text) + date_fmt.format(d=dt_)
            blocks.append(("para", text))
        blocks.append(("para", "Interventions: " + "; ".join(p["interventions"]) + "."))
    return blocks


def l32():
    adm, plan, md, asof = D(2026, 3, 3), D(2026, 3, 8), D(2026, 3, 10), D(2026, 4, 1)
    assert days(adm, plan) == 5 <= 7 and days(adm, md) == 7 <= 10 and md >= plan
    ds = [D(2026, 3, 31), D(2026, 3, 24), D(2026, 4, 7), D(2026, 3, 20), D(2026, 4, 14), D(2026, 3, 27)]
    assert all(x > plan for x in ds)
    probs = sud_problems("Desmond", ds)
    doc = Doc(font="Arial", size=8.5, author="EHR", title="Treatment plan")
    blocks = [
        ("title", "Comprehensive Treatment Plan - Inpatient Rehabilitation"),
        ("sub", "Hudson Ridge Recovery Center  |  OASAS Operating Certificate 8812-0401  |  Printed 03/11/2026"),
        ("h", "Patient"),
        ("kv", [("Name", "ACHTERBERG, DESMOND K"), ("DOB", "08/19/1984"), ("Medicaid CIN", "AB12345C"),
                ("Case #", "HR-26-0311"), ("Admission Date", us(adm)), ("Plan Date", us(plan)),
                ("Program", "Inpatient Rehabilitation (Part 818)"), ("Est. Length of Stay", "28 days")]),
        ("h", "Diagnoses"),
        ("kv", [("Dx 1", "F10.20 Alcohol dependence, uncomplicated"), ("Dx 2", "F14.20 Cocaine dependence, "
                                                                             "uncomplicated"),
                ("Dx 3", "F41.1 Generalized anxiety disorder")]),
    ]
    for i, p in enumerate(probs, 1):
        blocks.append(("h", f"Problem Area {i}"))
        kv = [("Problem", p["problem"]), ("Goal", p["goal"])]
        for j, (o, dt_) in enumerate(p["objectives"]):
            kv += [(f"Objective {i}.{j + 1}", o), ("Target", dt_)]
        kv += [("Methods/Interventions", "; ".join(p["interventions"]))]
        blocks.append(("kv", kv))
    blocks += [
        ("h", "Discharge Planning"),
        ("para", "Referral to outpatient (Part 822) program near home; sober housing application started."),
        ("h", "Signatures"),
        ("sig", [{"label": "Responsible Clinical Staff (Primary Counselor)", "sig": "Brianna Coleman, CASAC",
                  "date": us(plan)},
                 {"label": "Physician Review", "sig": "Yusuf Karimi, MD", "date": us(md)},
                 {"label": "Patient", "sig": "Desmond Achterberg", "date": us(plan)}]),
    ]
    render_ehr(doc, blocks, kv_mode="table2")
    doc.save("l32_ny_inpatient_ehr.docx")
    label("l32_ny_inpatient_ehr.docx", "base-treatment-plan", ["ny-oasas-818"], asof, [],
          "Clean. NY OASAS inpatient plan printed from an EHR: label/value tables with repeated 'Target' labels, "
          "e-signature lines. Plan 5 days after admission, physician review signed on day 7.")


def l33():
    adm, plan, md, asof = D(2026, 6, 15), D(2026, 6, 24), D(2026, 6, 25), D(2026, 7, 20)
    assert days(adm, plan) == 9 > 7 and days(adm, md) == 10 <= 10 and md >= plan
    ds = [D(2026, 7, 10), D(2026, 7, 3), D(2026, 7, 10), D(2026, 7, 1), D(2026, 7, 13), D(2026, 7, 6)]
    assert all(x > plan for x in ds)
    bad = bad_npi("128840637")
    assert not npi_valid(bad)
    probs = sud_problems("Colleen", ds, substances="heroin and fentanyl", variant="A")
    doc = Doc(font="Times New Roman", size=10.5, author="Print to PDF", title="ITP")
    hdr = ["Lakeside Pines Inpatient Rehabilitation  ·  Individual Treatment Plan",
           "Resident: Colleen Harrigan   DOB 02/11/1990   CIN CD67890E"]
    blocks = [
        ("title", "INDIVIDUALIZED TREATMENT PLAN"),
        ("kv", [("Resident", "Colleen Harrigan"), ("Date of birth", "02/11/1990"), ("Medicaid CIN", "CD67890E"),
                ("Date of admission", us(adm)), ("Date of plan", us(plan))]),
        ("h", "Diagnoses (ICD-10-CM)"),
        ("para", "F11.20 Opioid dependence, uncomplicated; F41.1 Generalized anxiety disorder"),
    ] + sud_blocks_numbered(probs, obj_label="Obj.", date_fmt=" by {d}.") + [
        ("h", "Physician review"),
        ("para", f"Reviewed with the treatment team. Buprenorphine induction completed 06/17/2026. Reviewing "
                 f"physician: Elias Brandt, MD, NPI {bad}."),
        ("sig", [{"label": "Primary counselor", "sig": "/s/ Marcus Webb, CASAC-T", "date": us(plan)},
                 {"label": "Physician", "sig": "/s/ Elias Brandt, MD", "date": us(md)},
                 {"label": "Resident", "sig": "/s/ Colleen Harrigan", "date": us(plan)}]),
    ]
    render_lines(doc, blocks, width=90, lpp=34, header=hdr, footer="Page {k} of {n}", mode="paras")
    doc.save("l33_ny_itp_lines.docx")
    label("l33_ny_itp_lines.docx", "base-treatment-plan", ["ny-oasas-818"], asof,
          [["plan-late"], ["identifier-invalid"]],
          f"Gaps: plan dated 9 days after admission (due within 7); the reviewing physician's NPI {bad} fails "
          "the check digit. PDF-to-Word: each line its own paragraph, running header (resident, DOB, CIN) and "
          "page numbers typed into the body. The physician signed on day 10, in time.")


def l34():
    adm, plan, md, asof = D(2026, 9, 1), D(2026, 9, 6), D(2026, 9, 15), D(2026, 10, 5)
    assert days(adm, plan) == 5 and days(adm, md) == 14 > 10
    ds = [D(2026, 9, 27), D(2026, 9, 20), D(2026, 9, 27), D(2026, 9, 18), D(2026, 9, 29), D(2026, 9, 22)]
    assert all(x > plan for x in ds)
    probs = sud_problems("Ruben", ds, substances="alcohol and opioids")
    doc = Doc(font="Calibri", size=10.5, author="records", title="Admission packet excerpt")
    # part 1: nursing admission note
    doc.raw(P(R("NURSING ADMISSION NOTE", b=True), after=40))
    doc.raw(P(R(f"Patient: Ruben Echeverria   DOB 11/30/1979   CIN EF24680G   Admitted {us(adm)} 14:20 from "
                f"Maple Street withdrawal unit."), after=80))
    doc.raw(P(R("Vitals stable. CIWA-Ar 4, COWS 3. Last drink 08/28/2026; last opioid use 08/27/2026. Belongings "
                "searched per policy. Oriented to unit rules and the resident handbook."), after=80))
    doc.raw(P(R("N. Abernethy, RN", i=True), after=240))
    # part 2: plan
    doc.raw(P(R("TREATMENT PLAN", b=True, sz=13), border_bottom=True, after=80))
    doc.table([["Patient", "Ruben Echeverria", "DOB", "11/30/1979"],
               ["Medicaid CIN", "EF24680G", "Admitted", us(adm)],
               ["Plan completed", us(plan), "Unit", "Inpatient Rehabilitation - 2 West"]],
              bold_header=False)
    doc.raw(P(R("Diagnoses: ", b=True) + R("F10.209 Alcohol dependence (per referral); F11.20 Opioid dependence, "
                                           "uncomplicated")))
    for i, p in enumerate(probs, 1):
        doc.raw(P(R(f"Problem {i}. {p['problem']}", b=True), before=120, after=0))
        doc.raw(P(R(f"Goal: {p['goal']}"), after=0))
        for j, (o, dt_) in enumerate(p["objectives"]):
            doc.raw(P(R(f"   {i}.{j + 1} {o} (target {dt_})"), after=0))
        doc.raw(P(R("   Treatment methods: " + "; ".join(p["interventions"])), after=0))
    doc.raw(P(R("Primary counselor: Hector Villalobos, CASAC   signed " + us(plan)), before=200))
    doc.raw(P(R("Patient: Ruben Echeverria   signed " + us(plan))))
    doc.page_break()
    # part 3: physician review sheet from the medical department's template
    doc.raw(P(R("MEDICAL DEPARTMENT - PHYSICIAN TREATMENT PLAN REVIEW", b=True, font="Arial", sz=11), jc="center"))
    doc.table([["Patient name", "Ruben Echeverria"], ["Reviewed plan dated", us(plan)],
               ["Medical problems addressed", "Elevated LFTs - recheck 10/2026; hepatitis C screening ordered"],
               ["Physician", "Adaeze Nwosu, DO"], ["Signature", "Adaeze Nwosu, DO"], ["Date", us(md)]],
              bold_header=False, bold_first_col=True)
    doc.save("l34_ny_stitched_md_review.docx")
    label("l34_ny_stitched_md_review.docx", "base-treatment-plan", ["ny-oasas-818"], asof,
          [["signature-late"], ["diagnosis-code-invalid"]],
          "Gaps: the physician review is signed 09/15/2026, 14 days after admission (due within 10); the "
          "alcohol diagnosis is coded F10.209, which does not exist in ICD-10-CM. Stitched: nursing admission "
          "note, the plan, then the medical department's physician review sheet from another template.")


def fl_check(adm, plan, level_days, qp, plan_late=False, qp_late=False):
    if plan_late:
        assert days(adm, plan) > level_days
    else:
        assert days(adm, plan) <= level_days
    if qp_late:
        assert days(plan, qp) > 10
    else:
        assert 0 <= days(plan, qp) <= 10


def l35():
    adm, plan, qp, asof = D(2026, 1, 20), D(2026, 2, 2), D(2026, 2, 6), D(2026, 3, 2)
    fl_check(adm, plan, 15, qp)
    ds = [D(2026, 3, 2), D(2026, 2, 23), D(2026, 3, 16), D(2026, 2, 27), D(2026, 3, 30), D(2026, 3, 9)]
    assert all(x > plan for x in ds)
    probs = sud_problems("Tamika", ds, substances="methamphetamine and alcohol")
    doc = Doc(font="Calibri", size=10, author="portal", title="Residential treatment plan")
    blocks = [
        ("title", "Individualized Treatment Plan - Residential"),
        ("sub", "Palmetto Shores Recovery (DCF license 65D-30) - e-form export"),
        ("h", "Client information"),
        ("kv", [("Client Name", "Tamika Harrowgate"), ("Date of Birth", "06/06/1992"),
                ("Florida Medicaid ID", "9012345678"), ("Admission / Placement Date", us(adm)),
                ("Treatment Plan Date", us(plan))]),
        ("check", "Level of care", [("Intensive Inpatient", False), ("Residential Level 1", False),
                                    ("Residential Level 2", True), ("Residential Level 3", False),
                                    ("Day or Night Treatment", False), ("Outpatient", False)]),
        ("h", "Diagnoses"),
        ("kv", [("Primary", "F15.20 Other stimulant dependence, uncomplicated"),
                ("Secondary", "F10.20 Alcohol dependence, uncomplicated")]),
        ("h", "Problems, goals and objectives"),
    ]
    for i, p in enumerate(probs, 1):
        rows = [(f"Problem {i}", p["problem"]), (f"Goal {i}", p["goal"])]
        for j, (o, dt_) in enumerate(p["objectives"]):
            rows += [(f"Objective {i}.{j + 1}", o), ("Expected completion", dt_)]
        rows += [("Services / tasks", "; ".join(p["interventions"]))]
        blocks.append(("kv", rows))
    blocks += [
        ("h", "Signatures"),
        ("sig", [{"label": "Client", "sig": "Tamika Harrowgate", "date": us(plan)},
                 {"label": "Staff member who developed the plan", "sig": "Luis Ortega, CAP", "date": us(plan)},
                 {"label": "Qualified professional (countersignature)", "sig": "Naomi Price, LMHC",
                  "date": us(qp)}]),
    ]
    render_form(doc, blocks, bracket_labels=False, check_style="sdt", content_controls=True)
    doc.save("l35_fl_residential_form.docx")
    label("l35_fl_residential_form.docx", "base-treatment-plan", ["fl-65d-30"], asof, [],
          "Clean. Florida residential level 2 plan (due within 15 days; written on day 13): web-form copy with "
          "the level of care chosen by a check-box content control among six, label/value form tables with "
          "values in content controls, countersigned on day 4.")


def l36():
    adm, plan, qp, asof = D(2026, 4, 13), D(2026, 4, 18), D(2026, 4, 20), D(2026, 5, 1)
    fl_check(adm, plan, 3, qp, plan_late=True)
    assert days(adm, plan) == 5
    ds = [D(2026, 4, 28), D(2026, 4, 23), D(2026, 4, 30), D(2026, 4, 24), D(2026, 4, 30), D(2026, 4, 27)]
    assert all(x > plan for x in ds)
    probs = sud_problems("Garrett", ds, substances="alcohol")
    doc = Doc(font="Courier New", size=9, author="scan", title="TX PLAN")
    hdr = ["GULF COAST DETOX & STABILIZATION - INTENSIVE INPATIENT - TREATMENT PLAN"]
    blocks = [
        ("title", "INDIVIDUAL TREATMENT PLAN"),
        ("kv", [("Client", "Garrett Holloway"), ("DOB", "03/14/1987"), ("Medicaid ID", "5566778899"),
                ("Admitted", us(adm)), ("Level of care", "Intensive Inpatient"), ("Plan date", us(plan))], ),
        ("h", "Diagnosis"),
        ("para", "F10.20 Alcohol dependence, uncomplicated"),
        ("h", "Plan"),
        ("grid", ["Prob", "Goal / objective", "Due"],
         sum(([[str(i), "GOAL: " + p["goal"], ""]] +
              [[f"{i}{'ab'[j]}", o, dt_] for j, (o, dt_) in enumerate(p["objectives"])] +
              [["", "Services: " + "; ".join(p["interventions"]), ""]]
              for i, p in enumerate(probs, 1)), [])),
        ("h", "Signatures"),
        ("sig", [{"label": "Client", "sig": "Garrett Holloway", "date": us(plan)},
                 {"label": "Counselor", "sig": "Danielle Pruitt, LMHC", "date": us(plan)},
                 {"label": "Qualified professional review", "sig": "Victor Szabo, LCSW", "date": us(qp)}]),
    ]
    render_lines(doc, blocks, width=100, lpp=60, header=hdr, footer="Page {k} of {n}", mode="paras",
                 grid_widths=[5, 78, 11])
    doc.save("l36_fl_intensive_tabs.docx")
    label("l36_fl_intensive_tabs.docx", "base-treatment-plan", ["fl-65d-30"], asof, [["plan-late"]],
          "Gap: intensive inpatient plan written 5 days after admission (due within 3). Courier pseudo-columns "
          "with tab stops: problem number, goal/objective text wrapped over several lines, due date.")


def l37():
    adm, plan, qp, asof = D(2026, 7, 6), D(2026, 7, 14), D(2026, 7, 27), D(2026, 8, 10)
    fl_check(adm, plan, 10, qp, qp_late=True)
    assert days(plan, qp) == 13
    ds = [D(2026, 8, 11), D(2026, 7, 28), D(2026, 8, 25), D(2026, 8, 4), D(2026, 9, 8), D(2026, 8, 18)]
    assert all(x > plan for x in ds)
    probs = sud_problems("Priscilla", ds, substances="cannabis and alcohol")
    doc = Doc(font="Arial", size=9.5, author="PDF export", title="Day treatment plan")
    ids = doc.ids
    t = lines_box_paras(["SEABREEZE COMMUNITY RECOVERY - DAY/NIGHT PROGRAM",
                         "Treatment Plan"], size=11, b=True)
    c1 = kv_box_paras([("Name", "Priscilla Vang"), ("DOB", "12/19/1996"), ("Medicaid #", "7788990011")])
    c2 = kv_box_paras([("Admission", us(adm)), ("Plan date", us(plan)), ("Level of care", "Day or Night Treatment")])
    doc.raw(P(wps_textbox(ids, t, 0.8, 0.5, 7.0, 0.5) + wps_textbox(ids, c1, 0.8, 1.05, 3.3, 0.6, border=True)
              + wps_textbox(ids, c2, 4.3, 1.05, 3.5, 0.6, border=True)))
    for _ in range(5):
        doc.raw(P("", after=0))
    blocks = [("h", "Diagnoses"), ("para", "F12.20 Cannabis dependence, uncomplicated; F10.20 Alcohol dependence, "
                                          "uncomplicated")]
    blocks += sud_blocks_numbered(probs, obj_label="Objective", date_fmt=" Expected completion: {d}.")
    render_lines(doc, blocks, width=96, lpp=200, header=None, footer=None, mode="br")
    sig = lines_box_paras([f"Client: Priscilla Vang   {us(plan)}",
                           f"Staff (plan author): Jerome Whitlock, BA, Recovery Specialist   {us(plan)}",
                           f"Qualified professional countersignature: Helena Brandt, LCSW   {us(qp)}"], size=9)
    doc.raw(P(wps_textbox(ids, sig, 0.8, 9.0, 7.0, 0.7, border=True)))
    doc.save("l37_fl_daynight_textboxes.docx")
    label("l37_fl_daynight_textboxes.docx", "base-treatment-plan", ["fl-65d-30"], asof, [["signature-late"]],
          "Gap: the plan's author is not a qualified professional and the QP countersigned 13 days after the "
          "plan date (due within 10 calendar days). Header boxes and the signature block are DrawingML text "
          "boxes; body paragraphs with hard line breaks. Plan on day 8 of a day/night program (10 allowed).")


def l38():
    adm, plan, qp, asof = D(2026, 8, 3), D(2026, 8, 24), D(2026, 8, 27), D(2026, 9, 21)
    fl_check(adm, plan, 30, qp)
    probs = sud_problems("Curtis", [plan] * 6, substances="fentanyl", variant="B", dated=False)
    doc = Doc(font="Tahoma", size=8.5, author="EHR", title="MAT plan")
    blocks = [
        ("title", "Treatment Plan - Medication-Assisted Treatment"),
        ("sub", "Coastal Bend Treatment Center - Opioid Treatment Program - printed 09/02/2026"),
        ("kv", [("Client", "BELLAMY, CURTIS"), ("DOB", "05/08/1983"), ("Medicaid ID", "3344556677"),
                ("Admit Date", us(adm)), ("Level of Care", "Medication-assisted treatment for opioid addiction"),
                ("Plan Date", us(plan)), ("Plan Type", "Master")]),
        ("kv", [("Dx", "F11.20 Opioid dependence, uncomplicated"), ("Dx", "F17.210 Nicotine dependence, "
                                                                          "cigarettes, uncomplicated")]),
    ]
    for i, p in enumerate(probs, 1):
        blocks.append(("h", f"Problem {i}"))
        kv = [("Problem", p["problem"]), ("Goal", p["goal"]), ("Goal Target", "ongoing")]
        for j, (o, _d) in enumerate(p["objectives"]):
            kv += [(f"Obj {i}{'ab'[j]}", o), ("Target", "")]
        kv += [("Interventions", "; ".join(p["interventions"]))]
        blocks.append(("kv", kv))
    blocks += [
        ("h", "Signatures"),
        ("sig", [{"label": "Client", "sig": "Curtis Bellamy", "date": us(plan)},
                 {"label": "Counselor", "sig": "Monique Ridley, CAP", "date": us(plan)},
                 {"label": "Qualified Professional", "sig": "Anton Greer, MD", "date": us(qp)}]),
    ]
    render_ehr(doc, blocks, kv_mode="runon")
    doc.save("l38_fl_mat_runon.docx")
    label("l38_fl_mat_runon.docx", "base-treatment-plan", ["fl-65d-30"], asof, [["objective-not-time-bound"]],
          "Gap: no objective has an expected completion date (each 'Target:' label is empty; goals say "
          "'ongoing'). EHR print with run-on label/value text ('Target:Obj 1b:...'). MAT plan on day 21 (30 "
          "allowed).")


def ca_check(adm, plan, sup, md, review, asof, sup_missing=False, md_missing=False, review_missing=False):
    assert days(adm, plan) <= 28
    if not sup_missing:
        assert 0 <= days(plan, sup) <= 14
    if not md_missing:
        assert 0 <= days(plan, md) <= 14
    if not review_missing:
        assert plan < review and days(adm, review) <= 92 and review >= asof


def l39():
    adm, plan, sup, md, review, asof = (D(2026, 2, 2), D(2026, 2, 20), D(2026, 2, 26), D(2026, 2, 27),
                                        D(2026, 5, 1), D(2026, 3, 23))
    ca_check(adm, plan, sup, md, review, asof)
    ds = [D(2026, 3, 20), D(2026, 3, 13), D(2026, 4, 3), D(2026, 3, 6), D(2026, 4, 17), D(2026, 3, 20)]
    assert all(plan < x <= plan + timedelta(days=90) for x in ds)
    probs = sud_problems("Dominic", ds, substances="fentanyl", variant="B")
    doc = Doc(font="Calibri", size=10.5, author="records", title="NTP chart excerpt")
    doc.raw(P(R("ADMISSION HISTORY AND PHYSICAL - NARCOTIC TREATMENT PROGRAM", b=True), after=40))
    doc.raw(P(R(f"Dominic Ferrante, DOB 07/27/1975, Medi-Cal BIC 91234567A. Date of admission and first methadone "
                f"dose: {us(adm)}. Opioid use disorder, severe; 9 years of use, fentanyl by inhalation for 2 years. "
                f"COWS 11 on arrival. Initial dose methadone 30 mg, titrate per protocol. Hepatitis C antibody "
                f"positive 2023, untreated."), after=80))
    doc.raw(P(R("Irene Castillo, MD, Medical Director - H&P completed " + us(adm), i=True), after=240))
    doc.raw(P(R("INITIAL TREATMENT PLAN (MAINTENANCE)", b=True, sz=12), jc="center", after=60))
    doc.table([["Patient", "Dominic Ferrante", "Medi-Cal BIC", "91234567A"],
               ["Date of birth", "07/27/1975", "Admission date", us(adm)],
               ["Plan effective date", us(plan), "Next plan update due", us(review)]], bold_header=False)
    doc.raw(P(R("Diagnosis: ", b=True) + R("F11.20 Opioid dependence, uncomplicated; B18.2 Chronic viral hepatitis C"),
              before=120))
    for i, p in enumerate(probs, 1):
        doc.raw(P(R(f"Need {i}: {p['problem']}", b=True), before=120, after=0))
        doc.raw(P(R(f"Long-term goal: {p['goal']}"), after=0))
        for j, (o, dt_) in enumerate(p["objectives"]):
            doc.raw(P(R(f"Short-term goal {i}.{j + 1}: {o}  Target date: {dt_}"), after=0))
        doc.raw(P(R("Action steps / services: " + "; ".join(p["interventions"]) + "."), after=0))
    doc.raw(P(R(f"Primary counselor: Alejandra Reyes, CADC-II   Signed {us(plan)}"), before=200))
    doc.page_break()
    doc.raw(P(R("TREATMENT PLAN REVIEW AND COUNTERSIGNATURE", b=True, caps=True, font="Arial"), jc="center"))
    doc.raw(P(R("(Title 9 §10305 - form NTP-14)", sz=8, font="Arial"), jc="center", after=200))
    doc.table([["Reviewer", "Name / credential", "Signature", "Date"],
               ["Supervising counselor", "Terrence Boateng, LAADC", "T. Boateng", us(sup)],
               ["Medical director", "Irene Castillo, MD", "I. Castillo MD", us(md)]])
    doc.raw(P(R("Patient acknowledgment: I took part in this plan. Dominic Ferrante  " + us(plan)), before=200))
    doc.save("l39_ca_ntp_stitched.docx")
    label("l39_ca_ntp_stitched.docx", "base-treatment-plan", ["ca-title9-ntp"], asof, [],
          "Clean. California NTP: admission H&P note first (with the first dose date), the initial plan, then a "
          "review/countersignature page from another form. Plan on day 18 (28 allowed); supervising counselor "
          "and medical director sign on days 6 and 7 after the plan; next update 88 days after admission.")


def l40():
    adm, plan, sup, md, review, asof = (D(2026, 3, 2), D(2026, 3, 20), D(2026, 3, 25), D(2026, 3, 30),
                                        D(2026, 6, 1), D(2026, 4, 27))
    ca_check(adm, plan, sup, md, review, asof)
    assert days(adm, review) == 91
    ds = [D(2026, 4, 17), D(2026, 4, 3), D(2026, 5, 1), D(2026, 4, 10), D(2026, 5, 15), D(2026, 4, 24)]
    assert all(x > plan for x in ds)
    probs = sud_problems("Lorena", ds, substances="heroin", variant="B")
    doc = Doc(font="Arial", size=8.5, author="EHR", title="NTP plan")
    blocks = [
        ("title", "Treatment Plan"),
        ("sub", "Bayview Methadone Clinic | Narcotic Treatment Program | printed by jsmith 03/31/2026"),
        ("kv", [("Patient", "Lorena Quintanilla"), ("DOB", "01/09/1988"), ("Medi-Cal", "98765432B"),
                ("Admit", us(adm)), ("Plan Effective", us(plan)), ("Plan Update Due", us(review)),
                ("Phase", "Maintenance - Phase I")]),
        ("kv", [("Diagnosis", "F11.20 Opioid dependence, uncomplicated")]),
    ]
    for i, p in enumerate(probs, 1):
        blocks.append(("h", f"Problem #{i}: {p['problem']}"))
        kv = [("Goal", p["goal"])]
        for j, (o, dt_) in enumerate(p["objectives"]):
            kv += [(f"STG {i}{'AB'[j]}", o), ("Target", dt_)]
        kv += [("Interventions", "; ".join(p["interventions"]))]
        blocks.append(("kv", kv))
    blocks += [
        ("h", "Signatures"),
        ("sig", [{"label": "Primary Counselor", "sig": "Samuel Ortiz, SUDCC", "date": us(plan)},
                 {"label": "Supervising Counselor", "sig": "Maribel Estrada, CADC-III", "date": us(sup)},
                 {"label": "Medical Director", "sig": "Hiroshi Tanaka, MD", "date": us(md)},
                 {"label": "Patient", "sig": "Lorena Quintanilla", "date": us(plan)}]),
    ]
    render_ehr(doc, blocks, kv_mode="table4")
    doc.save("l40_ca_ntp_ehr.docx")
    label("l40_ca_ntp_ehr.docx", "base-treatment-plan", ["ca-title9-ntp"], asof, [],
          "Clean. NTP plan printed from an EHR: 4-column label/value tables with repeated 'Target' labels, "
          "e-signature lines. Next update 91 days after admission (92 allowed); countersignatures on days 5 and 10.")


def l41():
    adm, plan, sup, asof = D(2026, 5, 4), D(2026, 5, 26), D(2026, 6, 1), D(2026, 6, 15)
    ca_check(adm, plan, sup, None, None, asof, md_missing=True, review_missing=True)
    ds = [D(2026, 6, 23), D(2026, 6, 9), D(2026, 7, 7), D(2026, 6, 16), D(2026, 7, 21), D(2026, 6, 30)]
    assert all(x > plan for x in ds)
    probs = sud_problems("Wendell", ds, substances="oxycodone and heroin", variant="B")
    doc = Doc(font="Times New Roman", size=10.5, author="PDF convert", title="NTP plan")
    hdr = ["Sierra Foothills Treatment Services - NTP - Treatment Plan",
           "Pt: PRYOR, WENDELL   DOB 10/14/1969   BIC 93456789C"]
    blocks = [
        ("title", "NARCOTIC TREATMENT PROGRAM - INITIAL TREATMENT PLAN"),
        ("kv", [("Patient", "Wendell Pryor"), ("DOB", "10/14/1969"), ("Medi-Cal BIC", "93456789C"),
                ("Admission", us(adm)), ("Plan date", us(plan))]),
        ("h", "Diagnosis"),
        ("para", "F11.20 Opioid dependence, uncomplicated"),
    ] + sud_blocks_numbered(probs, obj_label="Short-term goal", goal_label="Long-term goal",
                            date_fmt=" Target date: {d}.") + [
        ("h", "Plan updates"),
        ("para", "The plan will be reviewed and updated as the patient progresses."),
        ("sig", [{"label": "Primary counselor", "sig": "Rosa Delgado, CADC-I", "date": us(plan)},
                 {"label": "Supervising counselor", "sig": "Kevin Osei, LAADC", "date": us(sup)},
                 {"label": "Patient", "sig": "Wendell Pryor", "date": us(plan)}]),
    ]
    render_lines(doc, blocks, width=90, lpp=36, header=hdr, footer="Page {k} of {n}", mode="paras")
    doc.save("l41_ca_ntp_lines.docx")
    label("l41_ca_ntp_lines.docx", "base-treatment-plan", ["ca-title9-ntp"], asof,
          [["signature-missing"], ["review-date-missing"]],
          "Gaps: no medical director review or countersignature anywhere; no date is set for the next plan "
          "update ('as the patient progresses'). PDF-to-Word: each line its own paragraph, running header and "
          "page numbers typed into the body.")


def l42():
    plan, asof = D(2026, 3, 9), D(2026, 4, 6)
    ds = [D(2026, 4, 6), D(2026, 3, 23), D(2026, 4, 20), D(2026, 3, 30), D(2026, 5, 4), D(2026, 4, 13)]
    assert all(x > plan for x in ds)
    probs = sud_problems("Savannah", ds, substances="methamphetamine")
    doc = Doc(font="Calibri", size=10, author="web", title="TX plan form")
    blocks = [
        ("title", "Client Treatment Plan"),
        ("sub", "Big Sky Recovery Center, Amarillo TX - licensed chemical dependency treatment facility - "
                "online form copy"),
        ("h", "Client"),
        ("kv", [("Client name", "Savannah Redbird"), ("Date of birth", "04/04/1998"), ("Medicaid ID", "512345678"),
                ("Date of admission", "03/02/2026"), ("Plan date", us(plan)),
                ("Projected length of stay", "90 days (intensive outpatient, then supportive outpatient)")]),
        ("h", "Diagnosis"),
        ("kv", [("ICD-10-CM", "F15.20 Other stimulant dependence, uncomplicated")]),
        ("h", "Goals, objectives, strategies"),
    ]
    for i, p in enumerate(probs, 1):
        rows = [(f"Problem {i}", p["problem"]), ("Goal", p["goal"])]
        for j, (o, dt_) in enumerate(p["objectives"]):
            rows += [(f"Objective {i}{'ab'[j]} (by {dt_})", o)]
        rows += [("Strategies (type and frequency)", "; ".join(p["interventions"]))]
        blocks.append(("kv", rows))
    blocks += [
        ("h", "Client rights and consent"),
        ("list", ["I received the client handbook and the grievance procedure.",
                  "I took part in writing this plan and agree with it."]),
        ("para", RIGHTS),
        ("h", "Signatures"),
        ("sig", [{"label": "Client", "sig": "Savannah Redbird", "date": us(plan)},
                 {"label": "Counselor", "sig": "Wade Kimbrough, LCDC", "date": us(plan)}]),
    ]
    render_form(doc, blocks, bracket_labels=True, check_style="glyph", content_controls=False)
    doc.save("l42_tx_web_form.docx")
    label("l42_tx_web_form.docx", "base-treatment-plan", ["tx-26tac-564"], asof, [],
          "Clean. Texas plan copied from a web form: bracketed field names, target dates inside the objective "
          "labels ('[Objective 1a (by 04/06/2026)]'), check-box glyph list for consents.")


def l43():
    plan, asof = D(2026, 6, 8), D(2026, 7, 6)
    ds = [D(2026, 7, 6), D(2026, 6, 22), D(2026, 7, 20), D(2026, 6, 29), D(2026, 8, 3), D(2026, 7, 13)]
    assert all(x > plan for x in ds)
    probs = sud_problems("Abel", ds, substances="fentanyl", variant="B")
    doc = Doc(font="Arial", size=9, author="converted", title="Plan")
    ids = doc.ids
    t = lines_box_paras(["RIO GRANDE RECOVERY SERVICES", "Individualized Treatment Plan - Outpatient"], size=11, b=True)
    c = kv_box_paras([("Client", "Abel Fuentes-Carrillo"), ("DOB", "09/21/1986"), ("Medicaid", "523456789"),
                      ("Plan date", us(plan))])
    doc.raw(P(wps_textbox(ids, t, 0.8, 0.5, 4.5, 0.5) + wps_textbox(ids, c, 5.4, 0.5, 2.4, 0.75, border=True)))
    for _ in range(5):
        doc.raw(P("", after=0))
    blocks = [
        ("h", "Diagnosis (DSM-5-TR)"),
        ("para", "Opioid use disorder, severe, on maintenance therapy"),
        ("h", "Plan"),
        ("grid", ["No.", "Goal / objective", "Target"],
         sum(([[str(i), "GOAL: " + p["goal"], ""]] +
              [[f"{i}{'ab'[j]}", o, dt_] for j, (o, dt_) in enumerate(p["objectives"])] +
              [["", "Strategies: " + "; ".join(p["interventions"]), ""]]
              for i, p in enumerate(probs, 1)), [])),
        ("kv", [("Next plan review", us(D(2026, 7, 8)))]),
        ("h", "Signatures"),
        ("sig", [{"label": "Client", "sig": "Abel Fuentes-Carrillo", "date": us(plan)},
                 {"label": "Counselor", "sig": "Leticia Moreno, LCDC", "date": us(plan)}]),
    ]
    render_lines(doc, blocks, width=100, lpp=200, header=None, footer=None, mode="paras", grid_widths=[5, 80, 11])
    doc.save("l43_tx_textbox_tabs.docx")
    label("l43_tx_textbox_tabs.docx", "base-treatment-plan", ["tx-26tac-564"], asof,
          [["duration-missing"], ["diagnosis-code-missing"]],
          "Gaps: no projected length of stay or other treatment duration anywhere (only objective target dates "
          "and a review date); the diagnosis is written in DSM-5-TR words with no ICD-10-CM code. Title and "
          "client block in DrawingML text boxes; the plan as tab-aligned pseudo-columns.")


def l44():
    plan, asof = D(2026, 10, 5), D(2026, 10, 26)
    ds = [D(2026, 11, 2), D(2026, 10, 19), D(2026, 11, 9), D(2026, 10, 26), D(2026, 11, 16), D(2026, 10, 30)]
    assert all(x > plan for x in ds)
    probs = sud_problems("Jasper", ds, substances="alcohol and cannabis", vague_obj=True)
    doc = Doc(font="Segoe UI", size=8.5, author="EHR", title="Treatment plan")
    blocks = [
        ("title", "Treatment Plan"),
        ("sub", "Pecan Valley Counseling & Recovery | Intensive Outpatient | printed 10/06/2026 09:12"),
        ("kv", [("Client", "WHITCOMB, JASPER"), ("DOB", "02/17/2001"), ("Medicaid", "534567890"),
                ("Plan Date", us(plan)), ("Projected LOS", "6 weeks IOP"), ("Counselor", "Nadia Petrov, LCDC")]),
        ("kv", [("Dx", "F10.20 Alcohol dependence, uncomplicated"), ("Dx", "F12.20 Cannabis dependence, "
                                                                         "uncomplicated")]),
    ]
    for i, p in enumerate(probs, 1):
        blocks.append(("h", f"Problem {i}"))
        kv = [("Problem", p["problem"]), ("Goal", p["goal"])]
        for j, (o, dt_) in enumerate(p["objectives"]):
            kv += [(f"Objective {i}.{j + 1}", o), ("Target Date", dt_)]
        kv += [("Strategies", "; ".join(p["interventions"]))]
        blocks.append(("kv", kv))
    blocks += [
        ("h", "Signatures"),
        ("sig", [{"label": "Client", "sig": "Jasper Whitcomb", "date": us(plan)},
                 {"label": "Counselor", "sig": "Nadia Petrov, LCDC", "date": us(plan)}]),
    ]
    render_ehr(doc, blocks, kv_mode="runon")
    doc.save("l44_tx_iop_runon.docx")
    label("l44_tx_iop_runon.docx", "base-treatment-plan", ["tx-26tac-564"], asof, [["objective-not-measurable"]],
          "Gap: objective 3.1 ('Jasper will explore feelings related to past trauma') is not measurable. EHR "
          "print with run-on label/value text ('Objective 3.1:Jasper will explore...Target Date:11/09/2026').")


# ============================================================================================

PLANS = [l01, l02, l03, l04, l05, l06, l07, l08, l09, l10, l11, l12, l13, l14, l15, l16, l17, l18, l19, l20,
         l21, l22, l23, l24, l25, l26, l27, l28, l29, l30, l31, l32, l33, l34, l35, l36, l37, l38, l39, l40,
         l41, l42, l43, l44, l45]


def main():
    LABELS.clear()
    for f in PLANS:
        f()
    LABELS.sort(key=lambda e: e["file"])
    files = sorted(p.name for p in OUT.iterdir() if p.suffix in (".docx", ".json", ".xml", ".yaml")
                   and p.name != "labels.json")
    assert files == [e["file"] for e in LABELS], (files, [e["file"] for e in LABELS])
    for e in LABELS:
        assert "readability" not in e["must_not_report"]
        flat = {k for g in e["must_report"] for k in g}
        assert not flat & set(e["must_not_report"])
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    clean = sum(1 for e in LABELS if not e["must_report"])
    print(f"{len(LABELS)} plans written ({clean} clean)")


if __name__ == "__main__":
    main()
