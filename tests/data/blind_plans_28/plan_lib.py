"""Helpers for make_plans.py (blind set 28): a small DOCX writer with byte-stable output."""
import datetime as dt
import io
import re
import zipfile
from copy import deepcopy

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)


def D(s):
    return dt.date.fromisoformat(s)


def days(a, b):
    """days from a to b (b - a)"""
    return (D(b) - D(a)).days


def npi(base9):
    base9 = str(base9)
    assert len(base9) == 9 and base9.isdigit()
    digits = "80840" + base9
    total = 0
    # Luhn: double every second digit from the right of the payload (check digit position excluded)
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n):
    digits = "80840" + n
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d_ = int(ch)
        if i % 2 == 1:
            d_ *= 2
            if d_ > 9:
                d_ -= 9
        total += d_
    return total % 10 == 0


_REV = [0]


def _rev_id():
    _REV[0] += 1
    return str(_REV[0])


TOKEN = re.compile(r"(\*\*.+?\*\*|~~.+?~~|\{-.+?-\}|\{\+.+?\+\}|__.+?__)")


class Doc:
    """Thin wrapper over python-docx with run markup:
    **bold**  ~~strike~~  {-tracked deletion-}  {+tracked insertion+}  __underline__"""

    def __init__(self, font="Calibri", size=11, margins=None):
        self.d = docx.Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        self.sec = self.d.sections[0]

    # ---- runs -------------------------------------------------------
    def runs(self, p, text, bold=False, italic=False, size=None, caps=False):
        for part in TOKEN.split(text):
            if not part:
                continue
            if part.startswith("**"):
                r = p.add_run(part[2:-2]); r.bold = True
            elif part.startswith("~~"):
                r = p.add_run(part[2:-2]); r.font.strike = True
            elif part.startswith("__"):
                r = p.add_run(part[2:-2]); r.underline = True
            elif part.startswith("{-"):
                self._tracked(p, part[2:-2], "w:del")
                continue
            elif part.startswith("{+"):
                self._tracked(p, part[2:-2], "w:ins")
                continue
            else:
                r = p.add_run(part)
                if bold:
                    r.bold = True
            if italic:
                r.italic = True
            if size:
                r.font.size = Pt(size)
            if caps:
                r.font.all_caps = True
        return p

    def _tracked(self, p, text, tag):
        el = OxmlElement(tag)
        el.set(qn("w:id"), _rev_id())
        el.set(qn("w:author"), "K. Ortega")
        el.set(qn("w:date"), "2026-01-02T09:00:00Z")
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        el.append(r)
        p._p.append(el)

    # ---- blocks -----------------------------------------------------
    def p(self, text="", bold=False, italic=False, size=None, style=None, align=None, caps=False):
        par = self.d.add_paragraph(style=style)
        self.runs(par, text, bold=bold, italic=italic, size=size, caps=caps)
        if align is not None:
            par.alignment = align
        return par

    def h(self, text, level=1):
        return self.d.add_heading(text, level=level)

    def lst(self, items, numbered=False):
        for it in items:
            self.p(it, style="List Number" if numbered else "List Bullet")

    def br(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows, header=True, widths=None, style="Table Grid", bold_first_col=False):
        t = self.d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        if style:
            t.style = style
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                self.cell(c, val, bold=(header and i == 0) or (bold_first_col and j == 0))
        return t

    def cell(self, c, val, bold=False):
        lines = val if isinstance(val, list) else [val]
        par = c.paragraphs[0]
        for k, line in enumerate(lines):
            if k:
                par = c.add_paragraph()
            self.runs(par, line, bold=bold)

    def fields(self, pairs, sep=": ", bold_label=True):
        for lab, val in pairs:
            par = self.d.add_paragraph()
            r = par.add_run(lab + sep)
            r.bold = bold_label
            self.runs(par, val)

    def sdt_field(self, label, value, tag="field"):
        """Label, then the value inside an inline content control."""
        par = self.d.add_paragraph()
        r = par.add_run(label + " ")
        r.bold = True
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        al = OxmlElement("w:alias"); al.set(qn("w:val"), label.rstrip(":"))
        tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag)
        pr.append(al); pr.append(tg)
        content = OxmlElement("w:sdtContent")
        rr = OxmlElement("w:r")
        t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = value
        rr.append(t)
        content.append(rr)
        sdt.append(pr); sdt.append(content)
        par._p.append(sdt)
        return par

    def merge_row(self, t, i):
        row = t.rows[i]
        a = row.cells[0]
        b = row.cells[len(row.cells) - 1]
        txt = a.text
        m = a.merge(b)
        # keep only the first cell's text
        for par in m.paragraphs[1:]:
            par._p.getparent().remove(par._p)
        return m

    def header(self, text):
        hp = self.sec.header.paragraphs[0]
        self.runs(hp, text, size=8)

    def footer(self, text):
        fp = self.sec.footer.paragraphs[0]
        self.runs(fp, text, size=8)

    def comment(self, par, text, author="QA Reviewer"):
        if par.runs:
            self.d.add_comment(par.runs, text=text, author=author, initials="QA")

    def shade(self, cell, fill="D9D9D9"):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    # ---- output -----------------------------------------------------
    def save(self, path, title="Treatment Plan"):
        cp = self.d.core_properties
        cp.author = "Clinical Records"
        cp.last_modified_by = "Clinical Records"
        cp.title = title
        cp.created = FIXED
        cp.modified = FIXED
        cp.last_printed = FIXED
        cp.revision = 1
        buf = io.BytesIO()
        self.d.save(buf)
        stable_zip(buf.getvalue(), path)


def stable_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            content = zin.read(name)
            if name.endswith(".xml") or name.endswith(".rels"):
                content = re.sub(rb'w:date="[^"]*"', b'w:date="2026-01-02T09:00:00Z"', content)
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    with open(path, "wb") as f:
        f.write(out.getvalue())
