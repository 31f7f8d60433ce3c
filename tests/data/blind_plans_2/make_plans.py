"""Generate the second blind end-to-end plan set (tests/data/blind_plans_2).

All patients, clinicians, agencies, identifiers and events are invented.
Run:  .venv/bin/python tests/data/blind_plans_2/make_plans.py
It writes the plan files, labels.json, and checks its own date arithmetic and NPIs.
Written without looking at the readers or rules code; see README.md.
"""
from __future__ import annotations

import datetime as dt
import json
import struct
import zlib
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

OUT = Path(__file__).resolve().parent
LABELS: list[dict] = []

# ---------------------------------------------------------------------------------------------
# identifiers and dates
# ---------------------------------------------------------------------------------------------


def npi(base9: str) -> str:
    """A valid NPI: 9 digits plus the Luhn check digit computed over the prefix 80840."""
    assert len(base9) == 9 and base9.isdigit()
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:  # rightmost digit of the payload is doubled (check digit not yet appended)
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and npi(n[:9]) == n


def bad_npi(base9: str) -> str:
    """An NPI whose check digit is wrong (the gap in some plans)."""
    good = npi(base9)
    wrong = str((int(good[-1]) + 3) % 10)
    return base9 + wrong


assert npi("123456789") == "1234567893"  # the CMS worked example

D = dt.date


def days(a: dt.date, b: dt.date) -> int:
    return (b - a).days


# ---------------------------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------------------------

PROFILE_KINDS = {  # kinds each profile can report at error or warning (authcheck profiles show --resolved)
    "base-treatment-plan": "date-inconsistent diagnosis-code-invalid diagnosis-code-missing diagnosis-code-not-billable diagnosis-missing field-missing identifier-invalid service-code-invalid",
    "medicare-psychotherapy": "amount-missing credential-missing date-inconsistent diagnosis-code-invalid diagnosis-code-missing diagnosis-code-not-billable diagnosis-missing duration-exceeds-limit duration-missing field-missing frequency-missing goal-missing goal-not-measurable identifier-invalid intervention-missing objective-not-measurable objective-not-time-bound plan-outdated service-code-invalid signature-missing",
    "medicare-outpatient-therapy": "credential-not-permitted date-inconsistent diagnosis-code-invalid diagnosis-code-missing diagnosis-code-not-billable diagnosis-missing duration-missing field-missing frequency-missing goal-missing goal-not-measurable identifier-invalid intervention-missing plan-late review-interval-exceeded review-overdue service-code-invalid signature-late signature-missing",
    "medicare-home-health": "credential-not-permitted date-inconsistent diagnosis-code-invalid diagnosis-code-missing diagnosis-code-not-billable diagnosis-missing duration-missing field-missing frequency-missing goal-missing goal-not-measurable identifier-invalid intervention-missing review-interval-exceeded review-overdue service-code-invalid signature-missing",
    "commercial-aba": "amount-missing assessment-missing assessment-outdated baseline-missing caregiver-goal-missing date-inconsistent diagnosis-code-invalid diagnosis-code-missing diagnosis-code-not-billable diagnosis-missing diagnosis-not-covered duration-exceeds-limit field-missing goal-missing goal-not-measurable goal-not-time-bound identifier-invalid review-date-missing review-interval-exceeded service-code-invalid signature-missing",
    "pa-55-5200": "duration-missing field-missing goal-missing intervention-missing objective-missing plan-late signature-missing",
    "ny-oasas-818": "diagnosis-missing field-missing goal-missing intervention-missing plan-late signature-late signature-missing",
    "fl-65d-30": "field-missing frequency-missing goal-missing intervention-missing objective-missing objective-not-measurable objective-not-time-bound plan-late signature-late signature-missing",
    "ca-title9-ntp": "field-missing goal-missing objective-missing objective-not-time-bound plan-late review-date-missing review-interval-exceeded review-overdue signature-late signature-missing",
    "tx-26tac-564": "duration-missing frequency-missing goal-missing intervention-missing objective-missing objective-not-measurable objective-not-time-bound signature-missing",
}


def label(file: str, payer: str, as_of: dt.date, must_report: list[list[str]], notes: str,
          state: str | None = None, unsure: tuple[str, ...] = ()) -> None:
    """Record the reviewer's expectations for one plan.

    must_not_report = every kind the chosen profiles can report at error/warning, minus the kinds
    of the gaps, minus kinds the reviewer is not sure about (`unsure`, explained in the notes).
    """
    check_with = ["--payer", payer]
    kinds = set(PROFILE_KINDS[payer].split())
    if state:
        check_with += ["--state", state]
        kinds |= set(PROFILE_KINDS[state].split())
    check_with += ["--as-of", as_of.isoformat()]
    for gap in must_report:
        for k in gap:
            assert k in kinds, (file, k)
    reported = {k for gap in must_report for k in gap}
    for k in unsure:
        assert k in kinds, (file, "unsure", k)
    LABELS.append({
        "file": file,
        "check_with": check_with,
        "must_report": must_report,
        "must_not_report": sorted(kinds - reported - set(unsure)),
        "notes": notes,
    })


# ---------------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------------


def new_doc(font: str = "Calibri", size: float = 10.5, landscape: bool = False, margins: float = 0.8) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margins))
    return doc


def para(container, text: str = "", bold: bool = False, italic: bool = False, size: float | None = None,
         align: str | None = None, color: str | None = None, space_after: float | None = None, style: str | None = None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
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


def runs(container, *parts, space_after: float | None = None, align: str | None = None):
    """A paragraph of mixed runs: each part is a str (plain) or (text, 'b'|'i'|'bi'|'u')."""
    p = container.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            t, fmt = part
            r = p.add_run(t)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
            r.underline = "u" in fmt
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, bold: bool = False, size: float | None = None, italic: bool = False, align: str | None = None):
    """Replace a cell's content; '\n' in text starts new paragraphs."""
    lines = text.split("\n") if isinstance(text, str) else text
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if line:
            r = p.add_run(line)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def cell_runs(cell, *parts):
    cell.paragraphs[0].text = ""
    p = cell.paragraphs[0]
    for part in parts:
        if part == "\n":
            p = cell.add_paragraph()
            continue
        if isinstance(part, str):
            p.add_run(part)
        else:
            t, fmt = part
            r = p.add_run(t)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
    return cell


def table(container, rows: list[list[str]], style: str | None = "Table Grid", header: bool = False,
          widths: list[float] | None = None, size: float | None = None, bold_first_col: bool = False):
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0) or (bold_first_col and j == 0), size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Inches(w)
    return t


def shade(cell, fill: str = "D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def no_borders(tbl):
    tblpr = tbl._tbl.tblPr
    tblpr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def page_field(paragraph, instr: str):
    r = paragraph.add_run()
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = paragraph.add_run()
    r2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    r3 = paragraph.add_run()
    r3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run("1")
    r4 = paragraph.add_run()
    r4._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def header_footer(doc, header_lines: list[str] | None = None, footer_text: str | None = None, page_numbers: bool = True):
    sec = doc.sections[0]
    if header_lines:
        hp = sec.header.paragraphs[0]
        hp.text = header_lines[0]
        hp.runs[0].font.size = Pt(8)
        for line in header_lines[1:]:
            p = sec.header.add_paragraph(line)
            p.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    if footer_text:
        r = fp.add_run(footer_text + "    ")
        r.font.size = Pt(8)
    if page_numbers:
        fp.add_run("Page ")
        page_field(fp, "PAGE")
        fp.add_run(" of ")
        page_field(fp, "NUMPAGES")


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def textbox_vml(paragraph, lines: list[str], width_pt: int = 220, height_pt: int = 70):
    """A legacy (VML) text box anchored in `paragraph`."""
    ps = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_esc(l)}</w:t></w:r></w:p>" for l in lines)
    xml = (f'<w:r {nsdecls("w", "v")}><w:pict><v:shape type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:right" strokeweight="1pt">'
           f'<v:textbox><w:txbxContent>{ps}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


_TXBX_ID = [100]


def textbox_modern(paragraph, lines: list[str], width_in: float = 3.0, height_in: float = 0.9):
    """A text box as Word 2010+ writes it: DrawingML (wps) with a VML fallback holding the same text."""
    _TXBX_ID[0] += 1
    i = _TXBX_ID[0]
    cx, cy = int(width_in * 914400), int(height_in * 914400)
    ps = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_esc(l)}</w:t></w:r></w:p>" for l in lines)
    xml = (
        f'<w:r {nsdecls("w", "wp", "a", "wps", "mc", "v", "w10", "wp14")}>'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + i}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{i}" name="Text Box {i}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{ps}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape type="#_x0000_t202" style="width:{int(width_in*72)}pt;height:{int(height_in*72)}pt">'
        f'<v:textbox><w:txbxContent>{ps}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')
    paragraph._p.append(parse_xml(xml))


def checkbox_sdt(paragraph, checked: bool, text_after: str):
    """A Word content-control check box (w14:checkbox) followed by its label."""
    ch = "2612" if checked else "2610"
    glyph = "\u2612" if checked else "\u2610"
    xml = (f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/></w:rPr>'
           f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))
    paragraph.add_run(" " + text_after + "   ")


def _png(width: int = 160, height: int = 40) -> bytes:
    """A small white PNG with a dark scribble, standing in for a scanned signature."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            import math
            yy = height / 2 + (height / 3) * math.sin(x / 9.0) * (0.6 + 0.4 * math.cos(x / 23.0))
            dark = abs(y - yy) < 1.6 and 8 < x < width - 8
            row += bytes([30, 30, 90]) if dark else bytes([255, 255, 255])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


SIG_PNG = OUT / "_signature.png"


def signature_image(paragraph, alt: str):
    if not SIG_PNG.exists():
        SIG_PNG.write_bytes(_png())
    run = paragraph.add_run()
    run.add_picture(str(SIG_PNG), width=Inches(1.4))
    for el in run._r.iter(qn("wp:docPr")):
        el.set("descr", alt)
        el.set("name", "Signature")


def save(doc, name: str):
    doc.core_properties.author = "authcheck blind set 2"
    doc.core_properties.title = ""
    doc.save(OUT / name)


# ---------------------------------------------------------------------------------------------
# NPIs used across the set (all invented; valid check digits unless the gap says otherwise)
# ---------------------------------------------------------------------------------------------

N = {k: npi(v) for k, v in {
    "iannelli": "143092871", "whitcomb": "162804517", "oyelaran": "188203476", "valdez_psy": "157730284",
    "varghese": "134580926", "pettigrew": "119046385", "bai": "170358642", "ferraro": "125093748",
    "oduya": "181440276", "lasko": "146829035", "hwang": "139502814", "mbeki": "170291436",
    "reinholt": "152847390", "castellano": "111908243", "ngabara": "197012385", "achebe": "123098745",
    "price": "166250391", "mensah": "104938276", "menon": "185012394", "kowalczyk": "131875206",
    "delacruz": "147710382", "harlan": "159304187", "strand": "128093654", "okafor_md": "164420983",
    "gutierrez_md": "190287354", "sol": "117482095", "fenwick": "135902148", "tanaka": "142608357",
    "abernathy": "176034592", "lindqvist": "183920476", "morrow": "122709568", "quist": "168235094",
    "salgado": "149063728", "brandt": "113572809", "eze": "154390276", "roux": "171846302",
    "haddad": "126740915", "pillai": "161937284", "ostrowski": "138425076", "yun": "186205437",
}.items()}
for _k, _v in N.items():
    assert npi_ok(_v), _k
