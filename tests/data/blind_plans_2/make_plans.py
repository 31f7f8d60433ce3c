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


_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "w10": "urn:schemas-microsoft-com:office:word",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
}


def ns(*prefixes: str) -> str:
    return " ".join(f'xmlns:{p}="{_NS[p]}"' for p in prefixes)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def textbox_vml(paragraph, lines: list[str], width_pt: int = 220, height_pt: int = 70):
    """A legacy (VML) text box anchored in `paragraph`."""
    ps = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_esc(l)}</w:t></w:r></w:p>" for l in lines)
    xml = (f'<w:r {ns("w", "v")}><w:pict><v:shape type="#_x0000_t202" '
           f'style="position:absolute;margin-left:0;margin-top:0;width:{width_pt}pt;height:{height_pt}pt;z-index:251659264;'
           f'mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" '
           f'strokeweight="1pt">'
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
        f'<w:r {ns("w", "wp", "a", "wps", "mc", "v", "w10", "wp14")}>'
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
        f'<mc:Fallback><w:pict><v:shape type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:{int(width_in*72)}pt;height:{int(height_in*72)}pt;mso-position-horizontal:right;mso-position-horizontal-relative:margin">'
        f'<v:textbox><w:txbxContent>{ps}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')
    paragraph._p.append(parse_xml(xml))


def checkbox_sdt(paragraph, checked: bool, text_after: str):
    """A Word content-control check box (w14:checkbox) followed by its label."""
    ch = "2612" if checked else "2610"
    glyph = "\u2612" if checked else "\u2610"
    xml = (f'<w:sdt {ns("w", "w14")}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
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


# =============================================================================================
# Medicare psychotherapy (NGS) -- DOCX
# =============================================================================================


def p01():
    """Form table with labels in the left column and long values spanning merged cells. Clean."""
    f = "bp2_01_psych_formgrid.docx"
    doc = new_doc("Arial", 10)
    para(doc, "LAKESHORE COUNSELING ASSOCIATES, S.C.", bold=True, size=13, align="center", space_after=0)
    para(doc, "1418 N. 8th Street, Sheboygan, WI 53081  ·  (920) 555-0148", size=8, align="center", space_after=2)
    para(doc, "INDIVIDUALIZED TREATMENT PLAN — OUTPATIENT", bold=True, size=11, align="center")
    t = doc.add_table(rows=9, cols=4)
    t.style = "Table Grid"
    data = [
        ("Client name", "Harriet M. Vossberg", "Date of birth", "04/22/1951"),
        ("Medicare MBI", "5KD3-WN7-PJ42", "Record #", "LCA-22817"),
        ("Plan established", "Jan. 5th, 2026", "Intake / 90791", "12/18/2025"),
    ]
    for i, (a, b, c, d_) in enumerate(data):
        cell_text(t.cell(i, 0), a, bold=True); shade(t.cell(i, 0))
        cell_text(t.cell(i, 1), b)
        cell_text(t.cell(i, 2), c, bold=True); shade(t.cell(i, 2))
        cell_text(t.cell(i, 3), d_)
    merged = [
        ("Diagnoses\n(ICD-10-CM / DSM-5-TR)",
         "1. F33.1  Major depressive disorder, recurrent episode, moderate  (primary)\n"
         "2. F41.1  Generalized anxiety disorder"),
        ("Presenting concerns",
         "Ms. Vossberg is a 74-year-old widowed retired bookkeeper referred by her primary care physician after "
         "six months of low mood, withdrawal from church and family activities, early waking and constant worry "
         "about her health and finances. PHQ-9 at intake 18, GAD-7 14. Denies suicidal ideation; no prior "
         "hospitalizations. Lives alone; daughter visits weekly."),
        ("Type of treatment",
         "Individual psychotherapy (CPT 90837): cognitive behavioral therapy with behavioral activation, "
         "cognitive restructuring and worry-postponement / problem-solving training."),
    ]
    for k, (lab, val) in enumerate(merged):
        i = 3 + k
        cell_text(t.cell(i, 0), lab, bold=True); shade(t.cell(i, 0))
        m = t.cell(i, 1).merge(t.cell(i, 3))
        cell_text(m, val)
    cell_text(t.cell(6, 0), "Session length", bold=True); shade(t.cell(6, 0))
    cell_text(t.cell(6, 1), "53–60 minutes")
    cell_text(t.cell(6, 2), "Frequency", bold=True); shade(t.cell(6, 2))
    cell_text(t.cell(6, 3), "Once weekly")
    cell_text(t.cell(7, 0), "Expected duration", bold=True); shade(t.cell(7, 0))
    cell_text(t.cell(7, 1).merge(t.cell(7, 3)),
              "6 months (01/05/2026 – 07/05/2026). Plan reviewed with client at 3 months (on or about 04/06/2026).")
    cell_text(t.cell(8, 0), "Treating clinician", bold=True); shade(t.cell(8, 0))
    cell_text(t.cell(8, 1).merge(t.cell(8, 3)), f"Rosa Iannelli, LCSW — NPI {N['iannelli']}")

    para(doc, "")
    para(doc, "GOALS, OBJECTIVES AND MEASURES", bold=True, size=10.5)
    g = doc.add_table(rows=1, cols=3)
    g.style = "Table Grid"
    for j, h in enumerate(["Goal / objective", "How measured", "Target date"]):
        cell_text(g.rows[0].cells[j], h, bold=True); shade(g.rows[0].cells[j], "BFBFBF")
    rows = [
        ("GOAL 1 — Lift depressed mood so that Harriet returns to her usual church and family activities.", "", ""),
        ("   1.1  PHQ-9 total score will fall from 18 (12/18/2025) to 9 or below.", "PHQ-9 every 4 weeks", "04/06/2026"),
        ("   1.2  Harriet will plan and complete at least 3 pleasant or valued activities each week for 4 weeks in a row.",
         "Activity log reviewed in session", "03/02/2026"),
        ("GOAL 2 — Keep worry about health and money from running her day.", "", ""),
        ("   2.1  GAD-7 total score will fall from 14 to 7 or below.", "GAD-7 every 4 weeks", "05/04/2026"),
        ("   2.2  Harriet will use a 20-minute scheduled 'worry time' instead of worrying all day on at least 5 of 7 days.",
         "Weekly worry log", "03/30/2026"),
    ]
    for a, b, c in rows:
        r = g.add_row().cells
        cell_text(r[0], a, bold=a.startswith("GOAL"))
        cell_text(r[1], b)
        cell_text(r[2], c)
    para(doc, "")
    para(doc, "Client participated in writing this plan and agrees with the goals above.", italic=True, size=9)
    runs(doc, ("Clinician: ", "b"), "Rosa Iannelli, LCSW     ", ("Date: ", "b"), "1/5/26")
    runs(doc, ("Client: ", "b"), "Harriet M. Vossberg     ", ("Date: ", "b"), "1/5/26")
    save(doc, f)
    label(f, "medicare-psychotherapy", D(2026, 3, 10), [],
          "Clean. Labels in the left column, long values in merged cells; plan date 'Jan. 5th, 2026'; "
          "signature dates '1/5/26'. Amount 53-60 min, weekly, 6 months.")


def p02():
    """SOAP-style note that doubles as the plan. Gaps: no session length; plan older than one year."""
    f = "bp2_02_psych_soap.docx"
    doc = new_doc("Times New Roman", 11)
    para(doc, "Valdez Psychological Services, LLC", bold=True, size=12, space_after=0)
    para(doc, "220 Commerce Ct, Suite 4, Waukesha WI 53186", size=9)
    para(doc, "INITIAL TREATMENT PLAN (SOAP FORMAT)", bold=True, align="center")
    runs(doc, ("Pt: ", "b"), "Leonard Ashby    ", ("DOB: ", "b"), "09/30/1948    ", ("MBI: ", "b"), "7TN2XE5RK19")
    runs(doc, ("Date of plan: ", "b"), "01/08/2025    ", ("Payer: ", "b"), "Medicare Part B (NGS)")
    para(doc, "")
    runs(doc, ("S: ", "b"),
         "Pt is a 76 y/o retired machinist seen for intake on referral from Dr. Kaur (PCP). Reports 'my nerves are shot' "
         "since his heart surgery in 2024: constant worry that he will have another attack, trouble falling asleep, "
         "tension in neck and shoulders, avoids driving on the highway. Wife reports irritability. Denies SI/HI.")
    runs(doc, ("O: ", "b"),
         "Alert, oriented x4, casually dressed, fidgety. Mood 'worried', affect anxious, congruent. Thought process "
         "linear. GAD-7 = 16 (severe). PHQ-9 = 8. Cognition grossly intact (MoCA 27/30 per PCP).")
    runs(doc, ("A: ", "b"),
         "f41.1 Generalized anxiety disorder (primary). Health-related worry maintained by checking and avoidance. "
         "Good candidate for outpatient CBT; motivated.")
    runs(doc, ("P: ", "b"), "Treatment plan as follows.")
    items = [
        "Problem: excessive worry and avoidance since cardiac event.",
        "Long-term goal: Pt will manage worry well enough to drive to his grandson's games and sleep through the night.",
        "   Obj. A — GAD-7 will drop from 16 to below 8 by 07/08/2025.",
        "   Obj. B — Pt will drive on the highway at least once a week for 4 straight weeks by 05/30/2025 (driving log).",
        "   Obj. C — Pt will fall asleep within 30 minutes on at least 5 nights a week by 04/08/2025 (sleep diary).",
        "Interventions: individual psychotherapy using CBT for GAD — psychoeducation, worry exposure, graded in-vivo "
        "exposure to highway driving, progressive muscle relaxation, stimulus control for sleep.",
        "Frequency: individual psychotherapy once a week.",
        "Duration: 9 months (through 10/08/2025), then re-evaluate.",
        "Coordination: copy of plan to Dr. Kaur.",
    ]
    for it in items:
        para(doc, it, space_after=2)
    para(doc, "")
    para(doc, "Electronically signed by Gabriel Valdez, Psy.D., Licensed Psychologist on 01/08/2025 16:41", italic=True)
    para(doc, f"NPI {N['valdez_psy']}", size=9)
    save(doc, f)
    label(f, "medicare-psychotherapy", D(2026, 2, 20), [["amount-missing"], ["plan-outdated"]],
          "Gap 1: no session length anywhere ('individual psychotherapy once a week', no CPT code, no minutes). "
          "Gap 2: plan dated 01/08/2025, no completed review recorded; on the as-of date 2026-02-20 it is 408 days old "
          "(NGS: no older than one year). Diagnosis written lower-case 'f41.1'. MBI written without dashes.")


def p03():
    """Numbered paragraphs, no headings. Gaps: 12-month duration; clinician signature without credential."""
    f = "bp2_03_psych_numbered.docx"
    doc = new_doc("Georgia", 10.5)
    para(doc, "Northgate Behavioral Health", bold=True, size=12, space_after=0)
    para(doc, "Treatment plan", italic=True)
    paras = [
        "Marisol Quintero-Hale (date of birth 02/11/1957; Medicare beneficiary identifier 2GH6-TD1-MC83) was evaluated "
        "at Northgate Behavioral Health on 01/21/2026, and this plan was written on 2026/01/28.",
        "She meets criteria for post-traumatic stress disorder, chronic (F43.12), related to a home invasion in 2019. "
        "Current symptoms are nightmares most nights, hypervigilance, avoidance of leaving the house after dark and "
        "startle. PCL-5 total at evaluation was 52.",
        "Treatment will be individual trauma-focused psychotherapy using Cognitive Processing Therapy, in 60-minute "
        "sessions (CPT 90837) once per week, with written practice assignments between sessions.",
        "Expected duration of treatment: 12 months, through January 2027.",
        "The overall goal is that Ms. Quintero-Hale can go out in the evening, sleep without frequent nightmares and no "
        "longer meet criteria for PTSD. Her PCL-5 total will fall from 52 to below 33 by 04/29/2026.",
        "Nightmares will decrease from about 5 per week to 1 or fewer per week, as recorded in her sleep log, by 05/27/2026.",
        "She will walk to the corner store after dark with her sister at least twice a week, and then alone at least once "
        "a week, by 06/24/2026.",
        "Progress will be reviewed with her every 90 days and the plan revised as needed.",
        "Ms. Quintero-Hale took part in developing this plan and received a copy.",
    ]
    for i, t_ in enumerate(paras, 1):
        para(doc, f"{i}.  {t_}", space_after=6)
    para(doc, "")
    para(doc, "Electronically signed by Thomas Whitcomb on 02/02/2026 09:05.", italic=True)
    para(doc, f"Rendering provider NPI: {N['whitcomb']}", size=9)
    save(doc, f)
    label(f, "medicare-psychotherapy", D(2026, 3, 15), [["duration-exceeds-limit"], ["credential-missing"]],
          "Gap 1: expected duration 12 months; NGS requires a duration of less than one year. "
          "Gap 2: the only signature, 'Electronically signed by Thomas Whitcomb', shows no credential and none appears "
          "anywhere in the plan. No headings: every element is in a numbered paragraph; plan date written 2026/01/28.")


def p04():
    """EHR printout: demographics only in the page header, text box, repeated table header row, page noise. Clean."""
    f = "bp2_04_psych_ehrprint.docx"
    doc = new_doc("Calibri", 10)
    header_footer(doc,
                  ["Riverbend Psychological Services — Behavioral Health Record — printed 03/04/2026 09:12",
                   "Patient: DELACROIX, VIVIAN R    DOB: 07/14/1955    MBI: 9QA4-RV6-HN57    Acct: 0093381"],
                  "Printed by: jkeller  |  CONFIDENTIAL PATIENT INFORMATION")
    p = para(doc, "TREATMENT PLAN — OUTPATIENT PSYCHOTHERAPY", bold=True, size=12)
    textbox_vml(p, ["Plan status: FINAL (signed)", "Encounter: 03/02/2026  90837", "Location: Riverbend – Main Office"])
    para(doc, "Plan Date  03/02/2026          Plan Type  Initial          Program  Adult Outpatient", size=9.5)
    para(doc, "Rendering: Marcus Oyelaran, PhD (Licensed Psychologist)   NPI " + N["oyelaran"], size=9.5)
    para(doc, "")
    para(doc, "DIAGNOSES", bold=True)
    table(doc, [["Rank", "Description", "Code"],
                ["1", "Bipolar II disorder, current or most recent episode depressed", "(F31.81)"],
                ["2", "Relationship distress with spouse or intimate partner", "(Z63.0)"]], header=True, size=9.5)
    para(doc, "")
    para(doc, "PROBLEMS / GOALS / OBJECTIVES", bold=True)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["#", "Statement", "Target", "Status"]
    for j, h in enumerate(hdr):
        cell_text(t.rows[0].cells[j], h, bold=True, size=9.5); shade(t.rows[0].cells[j])
    repeat_header(t.rows[0])
    body = [
        ("P1", "Problem: depressive episode with low energy, oversleeping and loss of interest.", "", "Active"),
        ("LTG 1", "Mood will stabilize: PHQ-9 below 10 on every monthly screen for 8 consecutive weeks.", "08/31/2026", "Active"),
        ("STG 1a", "Vivian will complete a daily mood and sleep chart on at least 6 of 7 days for 4 weeks.", "04/13/2026", "Active"),
        ("STG 1b", "PHQ-9 will fall from 16 (03/02/2026) to 9 or below.", "06/01/2026", "Active"),
        ("STG 1c", "Vivian will keep a regular wake time (within 1 hour of 7:00 am) on at least 5 days a week.", "05/04/2026", "Active"),
        ("#", "Statement", "Target", "Status"),  # header row repeated by the print engine after a page break
        ("P2", "Problem: frequent arguments with husband that escalate to yelling.", "", "Active"),
        ("LTG 2", "Arguments that escalate to yelling will decrease from about 4 per week to 1 or fewer per week.", "06/29/2026", "Active"),
        ("STG 2a", "Vivian will use a time-out and the speaker-listener technique in at least 3 of 4 disagreements a week (self-report log).", "05/04/2026", "Active"),
    ]
    for row in body:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v, size=9.5, bold=(row[0] == "#"))
    para(doc, "— Page 2 of 3 —", size=8, align="center", color="808080")
    para(doc, "TREATMENT / MODALITIES", bold=True)
    table(doc, [["Service", "CPT", "Length", "Frequency", "Responsible"],
                ["Individual psychotherapy — interpersonal and social rhythm therapy (IPSRT), CBT for depression",
                 "90837", "53+ min", "Weekly", "M. Oyelaran, PhD"],
                ["Family psychotherapy with patient present (spouse)", "90847", "50 min", "Monthly", "M. Oyelaran, PhD"]],
          header=True, size=9.5)
    para(doc, "Medication management continues with psychiatrist Dr. L. Haddad (outside provider); coordinated by release.", size=9.5)
    para(doc, "")
    para(doc, "Estimated length of treatment: 6 months (03/02/2026 – 08/31/2026). Next plan review: 06/01/2026.", size=9.5)
    para(doc, "— Page 3 of 3 —", size=8, align="center", color="808080")
    para(doc, "SIGNATURES", bold=True)
    para(doc, "e-signed by Marcus Oyelaran, PhD, Licensed Psychologist  03/02/2026 14:22", size=9.5)
    para(doc, "Patient acknowledgement: reviewed with patient, who agrees with plan (verbal), 03/02/2026", size=9.5)
    save(doc, f)
    label(f, "medicare-psychotherapy", D(2026, 4, 15), [],
          "Clean. Patient name, DOB and MBI appear only in the page header (as EHR printouts do). Codes in "
          "parentheses. The goals table repeats its header row mid-table; a VML text box holds the plan status; "
          "'Page 2 of 3' noise lines in the body.")


def p05():
    """Spanish-English bilingual headings. Gaps: category code F43.2; objectives marked 'Ongoing'."""
    f = "bp2_05_psych_bilingual.docx"
    doc = new_doc("Calibri", 10.5)
    para(doc, "Centro Comunitario de Salud Mental La Esperanza", bold=True, size=12, align="center", space_after=0)
    para(doc, "Plan de Tratamiento / Treatment Plan", bold=True, align="center")
    para(doc, "Datos del paciente / Patient information", bold=True, color="1F4E79")
    table(doc, [["Nombre / Name", "Ernesto Villalobos Ruiz"],
                ["Fecha de nacimiento / Date of birth", "11/03/1953"],
                ["Número de Medicare / Medicare number (MBI)", "4CE8-PF2-XT36"],
                ["Fecha del plan / Plan date", "01/19/2026"]], style=None, bold_first_col=True)
    para(doc, "Diagnóstico / Diagnosis", bold=True, color="1F4E79")
    para(doc, "Trastorno de adaptación con ansiedad y ánimo deprimido / Adjustment disorder with mixed anxiety and "
              "depressed mood — F43.2")
    para(doc, "Problema / Presenting problem", bold=True, color="1F4E79")
    para(doc, "Desde la muerte de su esposa en octubre 2025, el Sr. Villalobos duerme mal, llora a diario y dejó de ir al "
              "centro de mayores. / Since his wife's death in October 2025, Mr. Villalobos sleeps poorly, cries daily "
              "and stopped going to the senior center. PHQ-9: 15.")
    para(doc, "Metas y objetivos / Goals and objectives", bold=True, color="1F4E79")
    t = table(doc, [["", "Meta u objetivo / Goal or objective", "Fecha meta / Target date"],
                    ["Meta 1 / Goal 1", "Reducir la tristeza y volver a sus actividades. / Reduce sadness and return to his usual activities.", ""],
                    ["Objetivo 1a / Objective 1a", "Asistirá a por lo menos 2 actividades sociales por semana. / Ernesto will attend at least 2 social activities per week (senior center, church), as recorded in his calendar.", "Continuo / Ongoing"],
                    ["Objetivo 1b / Objective 1b", "PHQ-9 bajará de 15 a menos de 10. / PHQ-9 will decrease from 15 to below 10.", "Continuo / Ongoing"],
                    ["Meta 2 / Goal 2", "Dormir mejor. / Sleep better.", ""],
                    ["Objetivo 2a / Objective 2a", "Dormirá 6 horas o más en 5 de 7 noches (diario de sueño). / Will sleep 6 hours or more on 5 of 7 nights per sleep diary.", "Continuo / Ongoing"]],
              header=True, size=9.5)
    para(doc, "Servicios / Services", bold=True, color="1F4E79")
    para(doc, "Psicoterapia individual (terapia de duelo, activación conductual) / Individual psychotherapy (grief-focused "
              "therapy, behavioral activation) — CPT 90834 — 45 minutos / minutes — semanal / weekly.")
    para(doc, "Duración / Duration: 16 semanas / 16 weeks (hasta / through 05/11/2026).")
    para(doc, "Firmas / Signatures", bold=True, color="1F4E79")
    para(doc, "Terapeuta / Therapist: Lucía Valdez, LMHC     Fecha / Date: 01/19/2026")
    para(doc, f"NPI: {npi('158120463')}", size=9)
    para(doc, "Firma del paciente / Client signature: Ernesto Villalobos R.     Fecha: 19 de enero de 2026")
    save(doc, f)
    label(f, "medicare-psychotherapy", D(2026, 2, 25), [["diagnosis-code-not-billable"], ["objective-not-time-bound"]],
          "Gap 1: F43.2 is an ICD-10-CM category (adjustment disorders); the described condition is F43.23. "
          "Gap 2: every objective's target date is 'Continuo / Ongoing' and the goals have no dates either. "
          "Unsure: whether the plan-level duration (16 weeks) should count as the objectives' time frame; I judge not. "
          "Client signature date is written in Spanish ('19 de enero de 2026'); the client signature is not required "
          "by this profile.")


# =============================================================================================
# FHIR R4 helpers
# =============================================================================================

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
SCT = "http://snomed.info/sct"
CPT = "http://www.ama-assn.org/go/cpt"
LOINC = "http://loinc.org"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
NPI_SYS = "http://hl7.org/fhir/sid/us-npi"
MBI_SYS = "http://hl7.org/fhir/sid/us-mbi"
ASTM = "urn:iso-astm:E1762-95:2013"
SIG_DATA = "ZXhhbXBsZSBzaWduYXR1cmUgYmxvY2s="  # base64 placeholder for the signed hash


def fx_entry(res: dict) -> dict:
    return {"fullUrl": f"urn:uuid:{res['id']}", "resource": res}


def fx_ref(res: dict, display: str | None = None) -> dict:
    r = {"reference": f"urn:uuid:{res['id']}"}
    if display:
        r["display"] = display
    return r


def fx_patient(pid, family, given, birth, member_id=None, member_system=MBI_SYS, mrn=None, gender="female"):
    ids = []
    if mrn:
        ids.append({"type": {"coding": [{"system": V2_0203, "code": "MR"}]}, "system": "urn:oid:2.16.840.1.113883.19.5", "value": mrn})
    if member_id:
        ids.append({"type": {"coding": [{"system": V2_0203, "code": "MB", "display": "Member Number"}]},
                    "system": member_system, "value": member_id})
    return {"resourceType": "Patient", "id": pid, "identifier": ids,
            "name": [{"use": "official", "family": family, "given": given}], "gender": gender, "birthDate": birth}


def fx_practitioner(pid, family, given, suffix, npi_value, qual_text):
    return {"resourceType": "Practitioner", "id": pid,
            "identifier": [{"system": NPI_SYS, "value": npi_value}],
            "name": [{"family": family, "given": given, "suffix": [suffix]}],
            "qualification": [{"code": {"text": qual_text}}]}


def fx_condition(cid, patient, code, display, system=ICD10, sct=None, onset=None, recorded=None, recorder=None, note=None, primary=False):
    coding = []
    if sct:
        coding.append({"system": SCT, "code": sct[0], "display": sct[1]})
    if code:
        coding.append({"system": system, "code": code, "display": display})
    c = {"resourceType": "Condition", "id": cid,
         "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
         "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed"}]},
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                   "code": "encounter-diagnosis" if primary else "problem-list-item"}]}],
         "code": {"coding": coding, "text": display}, "subject": fx_ref(patient)}
    if onset:
        c["onsetDateTime"] = onset
    if recorded:
        c["recordedDate"] = recorded
    if recorder:
        c["recorder"] = fx_ref(recorder)
    if note:
        c["note"] = [{"text": note}]
    return c


def fx_goal(gid, patient, text, due=None, start=None, measure=None, detail=None, addresses=None, note=None, category=None):
    g = {"resourceType": "Goal", "id": gid, "lifecycleStatus": "active", "description": {"text": text},
         "subject": fx_ref(patient)}
    if category:
        g["category"] = [{"text": category}]
    if start:
        g["startDate"] = start
    tgt = {}
    if measure:
        tgt["measure"] = {"text": measure}
    if detail:
        tgt.update(detail)
    if due:
        tgt["dueDate"] = due
    if tgt:
        g["target"] = [tgt]
    if addresses:
        g["addresses"] = [fx_ref(a) for a in addresses]
    if note:
        g["note"] = [{"text": note}]
    return g


def fx_provenance(pid, targets, who, when, sig_type=("1.2.840.10065.1.12.1.1", "Author's Signature"), role="author"):
    return {"resourceType": "Provenance", "id": pid, "target": [fx_ref(t) for t in targets], "recorded": when,
            "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                            "code": role}]}, "who": fx_ref(who)}],
            "signature": [{"type": [{"system": ASTM, "code": sig_type[0], "display": sig_type[1]}], "when": when,
                           "who": fx_ref(who), "sigFormat": "application/signature+xml", "data": SIG_DATA}]}


def fx_bundle(bid, resources, btype="collection", timestamp=None):
    b = {"resourceType": "Bundle", "id": bid, "type": btype, "entry": [fx_entry(r) for r in resources]}
    if timestamp:
        b["timestamp"] = timestamp
    return b


def write_json(name, obj):
    (OUT / name).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def p06():
    """FHIR R4 collection Bundle: psychotherapy CarePlan with Goals, Condition, Provenance signature. Clean."""
    f = "bp2_06_psych_fhir.json"
    pat = fx_patient("7f1c2a64-2b0e-4c1f-9d1a-6b2f0c4e8a11", "Pruszynski", ["Walter", "J."], "1950-06-02",
                     member_id="6MJ2UK8EW41", mrn="RB-440271", gender="male")
    pr = fx_practitioner("0d6f4c0e-4a63-4a55-bd8e-71c9f2b3e902", "Kowalczyk", ["Sofia"], "LCSW", N["kowalczyk"],
                         "Licensed Clinical Social Worker")
    cond = fx_condition("c3e0a7de-8f2b-4b8b-9a55-2f7d1e6c5b01", pat, "F41.0", "Panic disorder [episodic paroxysmal anxiety]",
                        sct=("371631005", "Panic disorder"), onset="2025-09", recorded="2026-02-02", primary=True)
    g1 = fx_goal("a1b2c3d4-0001-4e5f-8a9b-000000000001", pat,
                 "Panic attacks will decrease from about 4 per week to no more than 1 per week (panic log).",
                 due="2026-05-04", start="2026-02-09", measure="Panic attacks per week",
                 detail={"detailQuantity": {"value": 1, "comparator": "<=", "unit": "per week"}}, addresses=[cond])
    g2 = fx_goal("a1b2c3d4-0002-4e5f-8a9b-000000000002", pat,
                 "Panic Disorder Severity Scale (PDSS) total will fall from 16 to 7 or below.",
                 due="2026-06-01", start="2026-02-09", measure="PDSS total score",
                 detail={"detailQuantity": {"value": 7, "comparator": "<=", "unit": "score"}}, addresses=[cond])
    g3 = fx_goal("a1b2c3d4-0003-4e5f-8a9b-000000000003", pat,
                 "Walter will ride the bus alone to the senior center at least twice a week for 4 consecutive weeks.",
                 due="2026-06-29", start="2026-02-09", addresses=[cond])
    cp = {"resourceType": "CarePlan", "id": "5c9e7b10-3d2a-4f7e-a1c4-9e8d7f6a5b40",
          "status": "active", "intent": "plan",
          "category": [{"coding": [{"system": LOINC, "code": "80791-7", "display": "Behavioral health Plan of care note"}],
                        "text": "Behavioral health treatment plan"}],
          "title": "Outpatient psychotherapy treatment plan",
          "description": "Cognitive behavioral therapy for panic disorder with interoceptive and in-vivo exposure.",
          "subject": fx_ref(pat, "Walter J. Pruszynski"),
          "period": {"start": "2026-02-09", "end": "2026-07-31"},
          "created": "2026-02-09",
          "author": fx_ref(pr, "Sofia Kowalczyk, LCSW"),
          "addresses": [fx_ref(cond)],
          "goal": [fx_ref(g1), fx_ref(g2), fx_ref(g3)],
          "activity": [
              {"detail": {"kind": "ServiceRequest",
                          "code": {"coding": [{"system": CPT, "code": "90837", "display": "Psychotherapy, 60 minutes with patient"}],
                                   "text": "Individual psychotherapy (CBT for panic disorder)"},
                          "status": "scheduled",
                          "scheduledTiming": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk",
                                                         "duration": 53, "durationUnit": "min"}},
                          "performer": [fx_ref(pr)],
                          "description": "Weekly 53-minute sessions: psychoeducation, interoceptive exposure, cognitive "
                                         "restructuring of catastrophic misinterpretations, graded in-vivo exposure (bus, stores)."}},
          ],
          "note": [{"text": "Plan reviewed with the client, who agrees with it. Expected duration about 5 1/2 months (through 07/31/2026)."}]}
    prov = fx_provenance("e2f1d0c9-7b6a-4c5d-9e8f-1a2b3c4d5e6f", [cp], pr, "2026-02-09T15:30:00-06:00")
    cov = {"resourceType": "Coverage", "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "status": "active",
           "subscriberId": "6MJ2UK8EW41", "beneficiary": fx_ref(pat),
           "payor": [{"display": "Medicare Part B (National Government Services)"}]}
    write_json(f, fx_bundle("b2-06", [pat, pr, cov, cond, g1, g2, g3, cp, prov], timestamp="2026-02-09T15:31:00-06:00"))
    label(f, "medicare-psychotherapy", D(2026, 3, 20), [],
          "Clean. Amount and frequency only in CarePlan.activity.detail.scheduledTiming (53 min, 1/wk); duration is "
          "CarePlan.period (02/09-07/31/2026). Signature is a Provenance with an author's signature; credential in "
          "Practitioner.name.suffix. Goals are FHIR Goals with due dates (no separate objectives).")


# =============================================================================================
# C-CDA helpers (strings; validated for well-formedness with lxml at the end)
# =============================================================================================

OID_ICD10 = "2.16.840.1.113883.6.90"
OID_ICD9 = "2.16.840.1.113883.6.103"
OID_SCT = "2.16.840.1.113883.6.96"
OID_CPT = "2.16.840.1.113883.6.12"
OID_HCPCS = "2.16.840.1.113883.6.285"
OID_LOINC = "2.16.840.1.113883.6.1"
OID_NPI = "2.16.840.1.113883.4.6"
OID_MBI = "2.16.840.1.113883.4.927"


def x(s: str) -> str:
    return _esc(s).replace('"', "&quot;")


def cda_name(given: str, family: str, suffix: str | None = None) -> str:
    g = "".join(f"<given>{x(p)}</given>" for p in given.split())
    s = f"<suffix>{x(suffix)}</suffix>" if suffix else ""
    return f"<name>{g}<family>{x(family)}</family>{s}</name>"


def cda_doc(*, doc_id, title, code=("18776-5", "Plan of care note"), templates=("2.16.840.1.113883.10.20.22.1.15",),
            effective, patient_ids, given, family, gender, birth, author_time, author_npi, author_name, org_name,
            legal=None, authenticators=(), service_low=None, service_high=None, encompassing=None, sections="",
            participants="", guardian=None) -> str:
    """A C-CDA R2.1 document. `legal` / `authenticators`: (time, npi, (given, family, suffix)) or None."""
    ids = "".join(f'<id root="{r}" extension="{x(e)}"/>' for r, e in patient_ids)
    tmpl = '<templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>' + "".join(
        f'<templateId root="{t}" extension="2015-08-01"/>' for t in templates)
    guard = ""
    if guardian:
        guard = (f'<guardian><code code="PRN" codeSystem="2.16.840.1.113883.5.111" displayName="parent"/>'
                 f'<guardianPerson>{cda_name(*guardian)}</guardianPerson></guardian>')

    def ent(tag, t, n, nm):
        return (f"<{tag}><time value=\"{t}\"/><signatureCode code=\"S\"/><assignedEntity>"
                f'<id root="{OID_NPI}" extension="{n}"/><assignedPerson>{cda_name(*nm)}</assignedPerson>'
                f"</assignedEntity></{tag}>")

    legal_xml = ent("legalAuthenticator", *legal) if legal else ""
    auth_xml = "".join(ent("authenticator", *a) for a in authenticators)
    svc = ""
    if service_low:
        high = f'<high value="{service_high}"/>' if service_high else ""
        svc = (f'<documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="{service_low}"/>{high}'
               f'</effectiveTime></serviceEvent></documentationOf>')
    enc = ""
    if encompassing:
        low, high, enc_code = encompassing
        hi = f'<high value="{high}"/>' if high else ""
        enc = (f'<componentOf><encompassingEncounter><id root="2.16.840.1.113883.19.5.99" extension="{doc_id[-6:]}"/>'
               f'<code code="{enc_code[0]}" codeSystem="2.16.840.1.113883.5.4" displayName="{x(enc_code[1])}"/>'
               f'<effectiveTime><low value="{low}"/>{hi}</effectiveTime></encompassingEncounter></componentOf>')
    a_given, a_family, a_suffix = author_name
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  {tmpl}
  <id root="{doc_id}"/>
  <code code="{code[0]}" codeSystem="{OID_LOINC}" codeSystemName="LOINC" displayName="{x(code[1])}"/>
  <title>{x(title)}</title>
  <effectiveTime value="{effective}"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      {ids}
      <patient>
        {cda_name(given, family)}
        <administrativeGenderCode code="{gender}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{birth}"/>
        {guard}
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{author_time}"/>
    <assignedAuthor>
      <id root="{OID_NPI}" extension="{author_npi}"/>
      <assignedPerson>{cda_name(a_given, a_family, a_suffix)}</assignedPerson>
      <representedOrganization><name>{x(org_name)}</name></representedOrganization>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.19.5"/><name>{x(org_name)}</name></representedCustodianOrganization></assignedCustodian></custodian>
  {legal_xml}
  {auth_xml}
  {participants}
  {svc}
  {enc}
  <component>
    <structuredBody>
{sections}
    </structuredBody>
  </component>
</ClinicalDocument>
"""


def cda_section(template, loinc, title, text_xml, entries="") -> str:
    return f"""      <component>
        <section>
          <templateId root="{template}" extension="2015-08-01"/>
          <code code="{loinc[0]}" codeSystem="{OID_LOINC}" displayName="{x(loinc[1])}"/>
          <title>{x(title)}</title>
          <text>{text_xml}</text>
          {entries}
        </section>
      </component>
"""


def cda_table(headers, rows, ids=None) -> str:
    h = "".join(f"<th>{x(c)}</th>" for c in headers)
    body = ""
    for i, r in enumerate(rows):
        rid = f' ID="{ids[i]}"' if ids else ""
        body += f"<tr{rid}>" + "".join(f"<td>{x(c)}</td>" for c in r) + "</tr>"
    return f'<table border="1"><thead><tr>{h}</tr></thead><tbody>{body}</tbody></table>'


def cda_problem(pid, code, system, display, low, translation=None, ref=None) -> str:
    tr = ""
    if translation:
        tr = f'<translation code="{translation[0]}" codeSystem="{translation[1]}" displayName="{x(translation[2])}"/>'
    text = f'<text><reference value="#{ref}"/></text>' if ref else ""
    return f"""<entry><act classCode="ACT" moodCode="EVN">
            <templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
            <id root="{pid}"/>
            <code code="75310-3" codeSystem="{OID_LOINC}" displayName="Health concern"/>
            <statusCode code="active"/>
            <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
              <id root="{pid}-obs"/>
              <code code="55607006" codeSystem="{OID_SCT}" displayName="Problem"/>
              {text}
              <statusCode code="completed"/>
              <effectiveTime><low value="{low}"/></effectiveTime>
              <value xsi:type="CD" code="{code}" codeSystem="{system}" displayName="{x(display)}">{tr}</value>
            </observation></entryRelationship>
          </act></entry>"""


def cda_goal(gid, text, due, ref=None, start=None) -> str:
    eff = f'<effectiveTime value="{due}"/>' if due and not start else (
        f'<effectiveTime><low value="{start}"/><high value="{due}"/></effectiveTime>' if due else "")
    r = f'<text><reference value="#{ref}"/>{x(text)}</text>' if ref else f"<text>{x(text)}</text>"
    return f"""<entry><observation classCode="OBS" moodCode="GOL">
            <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
            <id root="{gid}"/>
            <code code="58144-7" codeSystem="{OID_LOINC}" displayName="Resident's overall goal established during assessment process"/>
            {r}
            <statusCode code="active"/>
            {eff}
          </observation></entry>"""


def cda_planned(pid, code, system, display, text, period=None, width=None, low=None, high=None) -> str:
    """A planned procedure (intervention) with optional frequency (PIVL_TS) and bounds."""
    times = ""
    if low:
        hi = f'<high value="{high}"/>' if high else ""
        times += f'<effectiveTime xsi:type="IVL_TS"><low value="{low}"/>{hi}</effectiveTime>'
    if period:
        times += (f'<effectiveTime xsi:type="PIVL_TS" institutionSpecified="true" operator="A">'
                  f'<period value="{period[0]}" unit="{period[1]}"/></effectiveTime>')
    return f"""<entry><act classCode="ACT" moodCode="INT">
            <templateId root="2.16.840.1.113883.10.20.22.4.146"/>
            <id root="{pid}"/>
            <code code="362956003" codeSystem="{OID_SCT}" displayName="Intervention"/>
            <text>{x(text)}</text>
            <statusCode code="active"/>
            <entryRelationship typeCode="REFR"><procedure classCode="PROC" moodCode="INT">
              <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
              <id root="{pid}-proc"/>
              <code code="{code}" codeSystem="{system}" displayName="{x(display)}"/>
              <text>{x(text)}</text>
              <statusCode code="active"/>
              {times}
            </procedure></entryRelationship>
          </act></entry>"""


def cda_payers(text: str, member_id: str, payer: str) -> str:
    """A C-CDA Payers section (narrative plus a coverage activity with the member id)."""
    return cda_section("2.16.840.1.113883.10.20.22.2.18", ("48768-6", "Payment sources"), "Payers",
                       cda_table(["Payer", "Member ID"], [[payer, member_id]]),
                       f"""<entry><act classCode="ACT" moodCode="EVN">
            <templateId root="2.16.840.1.113883.10.20.22.4.60" extension="2015-08-01"/>
            <id root="{member_id}-cov"/>
            <code code="48768-6" codeSystem="{OID_LOINC}" displayName="Payment sources"/>
            <statusCode code="completed"/>
            <entryRelationship typeCode="COMP"><act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.61" extension="2015-08-01"/>
              <id root="2.16.840.1.113883.19" extension="{x(member_id)}"/>
              <code code="{text}" codeSystem="2.16.840.1.113883.3.221.5" displayName="{x(payer)}"/>
              <statusCode code="completed"/>
              <participant typeCode="COV"><participantRole classCode="PAT">
                <id root="2.16.840.1.113883.19.5.8" extension="{x(member_id)}"/>
                <code code="SELF" codeSystem="2.16.840.1.113883.5.111" displayName="self"/>
              </participantRole></participant>
            </act></entryRelationship>
          </act></entry>""")


def write_xml(name, s):
    (OUT / name).write_text(s, encoding="utf-8")


def p07():
    """C-CDA Care Plan document, outpatient psychotherapy. Clean."""
    f = "bp2_07_psych_ccda.xml"
    prob_rows = [["Major depressive disorder, recurrent, mild", "F33.0", "Primary"],
                 ["Primary insomnia", "F51.01", "Secondary"]]
    hc = cda_section("2.16.840.1.113883.10.20.22.2.58", ("75310-3", "Health concerns document"), "Health Concerns",
                     cda_table(["Concern", "ICD-10-CM", "Rank"], prob_rows, ids=["hc1", "hc2"]),
                     cda_problem("6f7a0c1e-1111-4b2a-9c3d-000000000001", "370143000", OID_SCT, "Major depressive disorder",
                                 "20251201", translation=("F33.0", OID_ICD10, "Major depressive disorder, recurrent, mild"), ref="hc1")
                     + cda_problem("6f7a0c1e-1111-4b2a-9c3d-000000000002", "192453008", OID_SCT, "Primary insomnia",
                                   "20251201", translation=("F51.01", OID_ICD10, "Primary insomnia"), ref="hc2"))
    goals = [
        ("g1", "Long-term goal: Dorothy will return to her volunteer shifts at the library and enjoy them again; PHQ-9 below 5 on two consecutive monthly screens.", "20260706"),
        ("g2", "Objective 1: PHQ-9 total will fall from 12 to 7 or below.", "20260406"),
        ("g3", "Objective 2: Dorothy will do at least one planned pleasant activity on 5 days of every week, as shown in her activity diary.", "20260309"),
        ("g4", "Objective 3: Insomnia Severity Index will fall from 19 to 10 or below, with sleep onset under 30 minutes on 5 of 7 nights.", "20260504"),
    ]
    gs = cda_section("2.16.840.1.113883.10.20.22.2.60", ("61146-7", "Goals"), "Goals",
                     cda_table(["Goal / objective", "Target date"],
                               [[g[1], f"{g[2][4:6]}/{g[2][6:]}/{g[2][:4]}"] for g in goals], ids=[g[0] for g in goals]),
                     "".join(cda_goal(f"8d2e0f31-2222-4c3b-8d4e-00000000000{i}", g[1], g[2], ref=g[0]) for i, g in enumerate(goals, 1)))
    iv = cda_section("2.16.840.1.113883.10.20.21.2.3", ("62387-6", "Interventions provided"), "Interventions",
                     cda_table(["Intervention", "CPT", "Session length", "Frequency"],
                               [["Individual psychotherapy: CBT for depression with behavioral activation and CBT-I (sleep restriction, stimulus control)",
                                 "90834", "45 minutes", "Once a week"]]),
                     cda_planned("9e3f1a42-3333-4d4c-9e5f-000000000001", "90834", OID_CPT, "Psychotherapy, 45 minutes with patient",
                                 "Individual psychotherapy, 45-minute sessions once a week (CBT, behavioral activation, CBT-I)",
                                 period=("1", "wk"), low="20260112", high="20260706"))
    doc = cda_doc(doc_id="2b4d6f80-7a9c-4e1b-b3d5-f7091a2b3c4d", title="Behavioral Health Treatment Plan",
                  effective="20260112143000-0600", patient_ids=[(OID_MBI, "8VE1-GT3-CK25"), ("2.16.840.1.113883.19.5", "MB-557102")],
                  given="Dorothy A.", family="Fairbanks-Lowe", gender="F", birth="19461219", author_time="20260112143000-0600",
                  author_npi=N["tanaka"], author_name=("Kenji", "Tanaka", "LMFT"), org_name="Prairie Oaks Family Therapy",
                  legal=("20260112150500-0600", N["tanaka"], ("Kenji", "Tanaka", "LMFT")),
                  service_low="20260112", service_high="20260706", sections=cda_payers("1", "8VE1GT3CK25", "Medicare Part B") + hc + gs + iv)
    write_xml(f, doc)
    label(f, "medicare-psychotherapy", D(2026, 2, 20), [],
          "Clean. C-CDA Care Plan: diagnoses as SNOMED CT values with ICD-10-CM translations; goals as goal "
          "observations; 45-min weekly planned procedure (PIVL_TS); plan period in serviceEvent (01/12-07/06/2026); "
          "legalAuthenticator is the LMFT. MBI as patientRole/id with the CMS MBI OID.")


# =============================================================================================
# Pennsylvania psychiatric outpatient clinics (55 Pa. Code 5200)
# =============================================================================================


def p08():
    """Diagnosis appears only in the table's header row. Medicare + PA. Clean."""
    f = "bp2_08_pa_dxheader.docx"
    doc = new_doc("Cambria", 10, landscape=True, margins=0.6)
    para(doc, "Susquehanna Valley Outpatient Clinic  —  Licensed Psychiatric Outpatient Clinic (55 Pa. Code ch. 5200)",
         bold=True, size=11)
    para(doc, "1200 Market St, Harrisburg, PA 17103", size=8.5)
    table(doc, [["Client", "Gerald Huntzinger", "DOB", "03/08/1954", "Medicare ID", "1HW5-YC9-AM36"],
                ["Date of intake", "12/15/2025", "Treatment plan completed", "January 5, 2026", "Clinic record", "SVOC-19922"]],
          size=9, bold_first_col=False)
    para(doc, "")
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 4))
    cell_text(top, "Dx: F33.1 – Major depressive disorder, recurrent, moderate          Plan for: Gerald Huntzinger", bold=True)
    shade(top, "C6D9F1")
    for j, h in enumerate(["Problem", "Goal", "Objectives (measurable)", "Modality / frequency", "Target date"]):
        cell_text(t.cell(1, j), h, bold=True); shade(t.cell(1, j))
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    rows = [
        ("1. Depressed mood, hopelessness, stopped leaving the house since retirement.",
         "Gerald will feel hopeful and active again.",
         "1a. BDI-II from 31 to below 14.\n1b. Leave the house for a planned activity at least 4 days a week, per activity log.",
         "Individual psychotherapy (CBT), 45 min, weekly", "1a: 05/04/2026\n1b: 03/16/2026"),
        ("2. Social isolation; no contact with friends outside family.",
         "Rebuild a social routine.",
         "2a. Attend the men's breakfast group at church at least twice a month.\n2b. Call or meet one friend at least once a week for 6 weeks.",
         "Individual psychotherapy (CBT/behavioral activation), 45 min, weekly", "2a: 04/06/2026\n2b: 04/20/2026"),
        ("3. Sleep and appetite disturbance; antidepressant started by PCP.",
         "Stable sleep on the current medication plan.",
         "3a. Sleep at least 6 hours on 6 of 7 nights (sleep log).\n3b. Attend 100% of scheduled medication visits (no missed visits).",
         "Medication management (99214), 25 min, every 4 weeks — A. Varghese, MD", "3a: 04/06/2026\n3b: 07/05/2026"),
    ]
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v, size=9)
    para(doc, "")
    para(doc, "Expected duration of treatment: 6 months (through 07/05/2026). Plan will be updated at least every 180 "
              "days or sooner if needed.", size=9.5)
    para(doc, "")
    sig = table(doc, [["Mental health professional", "Beth Ann Pettigrew, LPC", "Date", "1/5/2026"],
                      ["Client", "Gerald Huntzinger", "Date", "1/5/2026"],
                      ["Reviewed and approved (psychiatrist)", "Anil Varghese, M.D.", "Date", "1/7/2026"]], size=9.5,
                bold_first_col=True)
    para(doc, f"NPIs: Pettigrew {N['pettigrew']}; Varghese {N['varghese']}", size=8)
    save(doc, f)
    label(f, "medicare-psychotherapy", D(2026, 3, 1), [],
          "Clean. The only place the diagnosis appears is the merged header row of the goals table ('Dx: F33.1 ...'). "
          "Intake 12/15/2025, plan 01/05/2026 (21 days). Psychiatrist 'Anil Varghese, M.D.' approves (credential "
          "with periods). Landscape page; header rows marked to repeat.", state="pa-55-5200")


def _stacked(doc, label_text, value, size=10):
    para(doc, label_text.upper(), size=7.5, color="7F7F7F", space_after=0)
    para(doc, value, size=size, space_after=6)


def p09():
    """Labels stacked above their values. Gaps: plan 46 days after intake; no psychiatrist/APP approval."""
    f = "bp2_09_pa_stacked.docx"
    doc = new_doc("Segoe UI", 10)
    para(doc, "Allegheny Riverside Counseling Center", bold=True, size=13, space_after=0)
    para(doc, "Outpatient Mental Health — Individualized Treatment Plan", size=10, color="404040")
    _stacked(doc, "Individual", "Tamika Rawlings-Dunbar")
    _stacked(doc, "Date of birth", "08/27/1988")
    _stacked(doc, "Medical Assistance recipient no. / MCO", "4401938276  ·  Commonwealth Community HealthChoices")
    _stacked(doc, "Intake date", "11/03/2025")
    _stacked(doc, "Date plan completed", "12/19/2025")
    _stacked(doc, "Diagnoses", "F41.1 Generalized anxiety disorder; F40.10 Social anxiety disorder (social phobia)")
    _stacked(doc, "Strengths", "Motivated, employed part-time, supportive sister, good insight.")
    para(doc, "GOALS AND OBJECTIVES", bold=True, size=10.5)
    items = [
        ("Goal 1.", "Tamika will manage anxiety well enough to keep her job and go to her son's school events."),
        ("Objective 1.1", "GAD-7 will decrease from 17 to 9 or less by 03/19/2026."),
        ("Objective 1.2", "She will use paced breathing or a thought record when anxious at least once a day on 5 of 7 days (log) by 02/13/2026."),
        ("Goal 2.", "Reduce avoidance of social situations."),
        ("Objective 2.1", "She will complete 8 of the 10 steps on her exposure hierarchy (through speaking at a parent-teacher meeting) by 05/15/2026."),
        ("Objective 2.2", "Liebowitz Social Anxiety Scale will decrease from 78 to 50 or less by 06/19/2026."),
    ]
    for a, b in items:
        runs(doc, (a + " ", "b"), b, space_after=3)
    _stacked(doc, "Treatment modalities", "Individual psychotherapy (CBT with exposure), 45-minute sessions weekly; "
                                          "CBT skills group for anxiety, 90 minutes, weekly for 10 weeks.")
    _stacked(doc, "Expected duration", "9 months")
    para(doc, "SIGNATURES", bold=True, size=10.5)
    _stacked(doc, "Mental health professional", "Jordan Mbeki, LCSW        Date: 12/19/2025")
    _stacked(doc, "Individual", "Tamika Rawlings-Dunbar        Date: 12/19/2025")
    _stacked(doc, "Psychiatrist / advanced practice professional approval", "_______________________________        Date: __________")
    para(doc, f"Clinician NPI {N['mbeki']}", size=8)
    save(doc, f)
    label(f, "base-treatment-plan", D(2026, 1, 20), [["plan-late"], ["signature-missing"]],
          "Gap 1: intake 11/03/2025, plan completed 12/19/2025 = 46 days (PA: within 30 days). "
          "Gap 2: the psychiatrist/APP approval line is blank although the plan includes psychotherapy. "
          "Labels are set in small grey capitals above each value.", state="pa-55-5200")


def p10():
    """Check-box grid for modality, frequency, session length and duration. Gaps: a goal without objectives;
    diagnosis without a code."""
    f = "bp2_10_pa_checkboxes.docx"
    doc = new_doc("Calibri", 10)
    para(doc, "LEHIGH GAP BEHAVIORAL HEALTH — OUTPATIENT CLINIC", bold=True, size=12, align="center")
    para(doc, "Treatment Plan (initial)", align="center")
    table(doc, [["Name: Raymond Koenig", "DOB: 05/16/1952", "Medicare #: 3PF7HJ2WD58"],
                ["Intake/assessment date: 02/16/2026", "Plan date: 03/09/2026", "Clinician: Carmen Delacruz, M.S., LPC"]],
          size=9.5)
    para(doc, "")
    runs(doc, ("Diagnosis: ", "b"), "Persistent depressive disorder (dysthymia), early onset, with anxious distress")
    para(doc, "")
    para(doc, "SERVICES", bold=True)
    grid = doc.add_table(rows=5, cols=2)
    grid.style = "Table Grid"
    cell_text(grid.cell(0, 0), "Modality", bold=True)
    p = grid.cell(0, 1).paragraphs[0]
    checkbox_sdt(p, True, "Individual psychotherapy"); checkbox_sdt(p, False, "Group"); checkbox_sdt(p, False, "Family")
    checkbox_sdt(p, True, "Medication management")
    cell_text(grid.cell(1, 0), "Frequency — individual", bold=True)
    p = grid.cell(1, 1).paragraphs[0]
    checkbox_sdt(p, False, "2x/week"); checkbox_sdt(p, True, "1x/week"); checkbox_sdt(p, False, "every 2 weeks"); checkbox_sdt(p, False, "monthly")
    cell_text(grid.cell(2, 0), "Frequency — medication management", bold=True)
    p = grid.cell(2, 1).paragraphs[0]
    checkbox_sdt(p, False, "every 2 weeks"); checkbox_sdt(p, True, "monthly"); checkbox_sdt(p, False, "every 3 months")
    cell_text(grid.cell(3, 0), "Session length — individual", bold=True)
    p = grid.cell(3, 1).paragraphs[0]
    checkbox_sdt(p, False, "30 min"); checkbox_sdt(p, True, "45 min"); checkbox_sdt(p, False, "60 min")
    cell_text(grid.cell(4, 0), "Expected duration", bold=True)
    p = grid.cell(4, 1).paragraphs[0]
    checkbox_sdt(p, False, "3 months"); checkbox_sdt(p, True, "6 months"); checkbox_sdt(p, False, "12 months")
    para(doc, "Medication management visits (99213) are 20 minutes with Dr. Abernathy.", size=9)
    para(doc, "")
    para(doc, "GOALS / OBJECTIVES", bold=True)
    runs(doc, ("Goal 1: ", "b"), "Raymond will have more good days than bad days and restart activities he gave up.")
    runs(doc, ("     Objective 1A: ", "b"), "PHQ-9 will go from 14 to 7 or lower by 06/08/2026.")
    runs(doc, ("     Objective 1B: ", "b"), "Raymond will work in his wood shop at least 3 afternoons a week by 04/27/2026 (self-report log).")
    runs(doc, ("Goal 2: ", "b"), "Raymond will reconnect with his adult children: a phone call or visit with at least one of "
                                 "them every week by 06/08/2026.")
    para(doc, "")
    para(doc, "SIGNATURES", bold=True)
    table(doc, [["Therapist", "Carmen Delacruz, M.S., LPC", "3/9/2026"],
                ["Client", "Raymond Koenig", "3/9/2026"],
                ["Psychiatrist (approval)", "Miriam Abernathy, DO", "3/11/2026"]], size=9.5)
    para(doc, f"NPI: Delacruz {N['delacruz']}  Abernathy {N['abernathy']}", size=8)
    save(doc, f)
    label(f, "medicare-psychotherapy", D(2026, 4, 10), [["objective-missing"], ["diagnosis-code-missing"]],
          "Gap 1: Goal 2 has no objectives (PA requires goals and objectives). Gap 2: the only diagnosis, persistent "
          "depressive disorder, is written without an ICD-10-CM code. Services, frequency, session length and duration "
          "are given only as Word content-control check boxes (checked = ☒). Medicare MBI without dashes.",
          state="pa-55-5200")


def p11():
    """Adolescent plan in a borderless two-column layout; parent co-signs; CRNP approves. Clean."""
    f = "bp2_11_pa_adolescent.docx"
    doc = new_doc("Calibri", 10)
    para(doc, "Blue Mountain Family Counseling · School-Based Outpatient Program", bold=True, size=12)
    lay = doc.add_table(rows=1, cols=2)
    no_borders(lay)
    left, right = lay.cell(0, 0), lay.cell(0, 1)
    cell_runs(left, ("Youth: ", "b"), "Caleb Ostrander", "\n", ("Born: ", "b"), "10/02/2010", "\n",
              ("Medical Assistance ID: ", "b"), "2209483716", "\n", ("Parent/guardian: ", "b"), "Denise Ostrander (mother)")
    cell_runs(right, ("Intake: ", "b"), "01/12/2026 (school referral)", "\n", ("Plan written: ", "b"), "02/02/2026", "\n",
              ("Therapist: ", "b"), "Dana Lindqvist, MSW, LCSW", "\n", ("Psychiatric provider: ", "b"), "Kendra Bai, CRNP")
    para(doc, "")
    runs(doc, ("Why Caleb is here. ", "b"),
         "Caleb is a 15-year-old tenth grader referred by his school counselor for falling grades, missing school, "
         "sadness and irritability since his parents separated last spring. He has trouble starting and finishing work.")
    runs(doc, ("Diagnoses. ", "b"), "Major depressive disorder, single episode, moderate (F32.1); ADHD, predominantly "
                                   "inattentive presentation (F90.0).")
    runs(doc, ("Treatment will last ", "b"), "through the end of the school year (June 12, 2026), then be reviewed for summer.")
    para(doc, "")
    lay2 = doc.add_table(rows=4, cols=2)
    no_borders(lay2)
    blocks = [
        ("GOAL A — Mood", "Caleb will feel less down and more like himself.\n"
                          "A1. PHQ-A score will drop from 17 to 9 or lower by 04/13/2026.\n"
                          "A2. Caleb will name a trigger and use a coping skill from his list in at least 4 of 5 "
                          "tough moments each week (weekly check-in card) by 03/16/2026."),
        ("GOAL B — School", "Caleb will be back on track at school.\n"
                            "B1. Attendance of at least 95% of school days for each month from March through May 2026.\n"
                            "B2. Turn in at least 80% of assignments each week, per the teacher report, by 04/27/2026."),
        ("GOAL C — Family", "Caleb and his mother will argue less at home.\n"
                            "C1. Arguments that end in yelling or slammed doors will drop from about 5 a week to 1 or "
                            "fewer a week by 05/11/2026 (mother's log)."),
        ("HOW WE WILL HELP", "• Individual psychotherapy (CBT for adolescent depression): 45 minutes, once a week at school.\n"
                             "• Family psychotherapy with Caleb and his mother: 50 minutes, every other week.\n"
                             "• Medication evaluation and management with Kendra Bai, CRNP: every 4 weeks.\n"
                             "• Therapist consults with the school counselor monthly."),
    ]
    for i, (h, body) in enumerate(blocks):
        cell_text(lay2.cell(i, 0), h, bold=True)
        cell_text(lay2.cell(i, 1), body)
    para(doc, "")
    para(doc, "We made this plan together.", italic=True)
    for who, nm, dte in [("Youth", "Caleb Ostrander", "02/02/2026"), ("Parent/guardian", "Denise Ostrander", "02/02/2026"),
                         ("Therapist", "Dana Lindqvist, MSW, LCSW", "02/02/2026"),
                         ("Approved by (psychiatric CRNP)", "Kendra Bai, CRNP", "02/04/2026")]:
        runs(doc, (f"{who}: ", "b"), nm, "      ", ("Date: ", "b"), dte, space_after=2)
    para(doc, f"NPI — Lindqvist {N['lindqvist']} · Bai {N['bai']}", size=8)
    save(doc, f)
    label(f, "base-treatment-plan", D(2026, 2, 15), [],
          "Clean. Borderless two-column layout tables; duration 'through the end of the school year (June 12, 2026)'; "
          "approval by a psychiatric CRNP (Pennsylvania's title for a nurse practitioner, an advanced practice "
          "professional). Intake 01/12, plan 02/02/2026 (21 days). Youth and mother both sign.", state="pa-55-5200")


def p47():
    """Fill-in-the-blank form with underscores. Gaps: modalities left blank; therapist signature undated."""
    f = "bp2_47_pa_blankform.docx"
    doc = new_doc("Courier New", 10)
    para(doc, "WYOMING VALLEY MENTAL HEALTH CLINIC          FORM TP-1 (rev. 2019)", bold=True)
    para(doc, "INDIVIDUAL TREATMENT PLAN", bold=True)
    lines = [
        "Name: __Andre Baptiste______________   D.O.B.: __01/30/1979__   MA #: __7720194583__",
        "Date of intake/assessment: __01/05/2026__        Date of this plan: __01/26/2026__",
        "Diagnosis (ICD-10-CM): __F43.10 Post-traumatic stress disorder, unspecified; F10.20 Alcohol use disorder, moderate__",
        "",
        "PROBLEM #1: __Intrusive memories and nightmares after a 2024 workplace accident; avoids driving.__",
        "  GOAL: __Andre will drive to work and sleep through most nights.__",
        "  OBJECTIVE A: __PCL-5 from 49 to below 30 by 04/27/2026.__",
        "  OBJECTIVE B: __Drive the 12-mile route to work alone on at least 4 days a week by 04/06/2026.__",
        "PROBLEM #2: __Drinking to fall asleep.__",
        "  GOAL: __Stop using alcohol to sleep.__",
        "  OBJECTIVE A: __Zero drinks on at least 6 of 7 nights for 4 weeks in a row, by 03/30/2026 (self-report and spouse).__",
        "",
        "TREATMENT MODALITIES / SERVICES (type, frequency): ________________________________________",
        "______________________________________________________________________________",
        "",
        "EXPECTED DURATION OF TREATMENT: __6 months__",
        "",
        "Individual: __Andre Baptiste__   Date: __01/26/2026__",
        "Therapist: __/s/ Leah Morrow, MA, LPC__   Date: ____________",
        "Psychiatrist/APP approval: __/s/ Omar Haddad, MD__   Date: __01/28/2026__",
    ]
    for l in lines:
        para(doc, l, space_after=1)
    para(doc, f"(NPI Morrow {N['morrow']} / Haddad {N['haddad']})", size=8)
    save(doc, f)
    label(f, "base-treatment-plan", D(2026, 2, 20), [["intervention-missing"], ["signature-missing"]],
          "Gap 1: the treatment modalities/services line is left blank; no interventions anywhere. "
          "Gap 2: the therapist's signature ('/s/ Leah Morrow, MA, LPC') has a blank date. Typewriter-style form "
          "with values between underscores.", state="pa-55-5200")


# =============================================================================================
# Medicare Part B outpatient therapy (PT / OT / SLP) -- DOCX
# =============================================================================================


def p12():
    """PT plan of care after TKA: LTG/STG lists, onset vs. SOC dates, certification block. Clean."""
    f = "bp2_12_pt_tka_cert.docx"
    soc, cert_end, md_sig = D(2026, 1, 12), D(2026, 3, 12), D(2026, 1, 16)
    assert days(soc, cert_end) <= 90 and days(soc, md_sig) <= 30
    doc = new_doc("Arial", 9.5)
    para(doc, "CEDAR RIDGE PHYSICAL THERAPY & REHAB", bold=True, size=12, space_after=0)
    para(doc, "3125 Broadway Ave NW, Rochester MN 55901 · Fax (507) 555-0190", size=8)
    para(doc, "PLAN OF CARE / INITIAL CERTIFICATION — PHYSICAL THERAPY", bold=True, align="center")
    table(doc, [["Patient", "Eleanor Whitford-Kane", "DOB", "06/15/1949", "HICN/MBI", "2RM8-CD4-VN61"],
                ["Onset (surgery) date", "12/29/2025", "SOC / eval date", "01/12/2026", "Cert period", "01/12/2026 – 03/12/2026"],
                ["Referring MD", "Lydia Ferraro, MD", "Visits to date", "1 (evaluation)", "Payer", "Medicare Part B"]], size=8.5,
          bold_first_col=False)
    para(doc, "")
    runs(doc, ("Medical Dx: ", "b"), "Z47.1 Aftercare following joint replacement surgery; Z96.651 Presence of right "
                                     "artificial knee joint.   ", ("Treatment Dx: ", "b"),
         "M25.661 Stiffness of right knee; R26.2 Difficulty in walking.")
    runs(doc, ("Assessment: ", "b"),
         "76 y/o female 2 weeks s/p R TKA (12/29/2025). Presents with R knee AROM 10–85°, quad lag, antalgic gait with "
         "front-wheeled walker, LEFS 22/80. Good rehab potential; lives with spouse in a 2-story home with 12 steps.")
    para(doc, "GOALS", bold=True)
    para(doc, "Short-term goals (4 weeks):", italic=True, space_after=0)
    for g in ["STG 1. R knee flexion AROM ≥ 100°.", "STG 2. Ambulate 300 ft with single-point cane, modified independent.",
              "STG 3. Timed Up and Go < 14 seconds."]:
        para(doc, g, space_after=0)
    para(doc, "Long-term goals (8 weeks):", italic=True, space_after=0)
    for g in ["LTG 1. R knee AROM 0–115° or better.", "LTG 2. Ambulate community distances (> 1000 ft) without an assistive device, independently.",
              "LTG 3. Ascend/descend 12 steps reciprocally with one rail, independently.", "LTG 4. LEFS from 22/80 to ≥ 55/80."]:
        para(doc, g, space_after=0)
    para(doc, "")
    para(doc, "PLAN", bold=True)
    table(doc, [["Interventions", "97110 therapeutic exercise · 97140 manual therapy · 97116 gait training · 97530 therapeutic activities · home exercise program · cryotherapy"],
                ["Frequency", "2x/wk"], ["Duration", "8 weeks (16 visits)"], ["Amount", "Up to 4 units per visit"]],
          size=9, bold_first_col=True)
    para(doc, "Therapist: Dana K. Oduya, PT, DPT    NPI " + N["oduya"] + "    Date: 01/12/2026", size=9)
    para(doc, "")
    cert = doc.add_table(rows=1, cols=1)
    cert.style = "Table Grid"
    c = cert.cell(0, 0)
    cell_text(c, "PHYSICIAN CERTIFICATION\n"
                 "I have reviewed this plan of care and certify that the services are required and that the patient is "
                 "under my care. ☒ Certify as written   ☐ Certify with changes   ☐ Do not certify\n"
                 "Physician signature: [signature on file]\n"
                 f"Printed name: Lydia Ferraro, MD      NPI: {N['ferraro']}      Date: 01/16/2026", size=9)
    save(doc, f)
    label(f, "medicare-outpatient-therapy", D(2026, 2, 10), [],
          "Clean. Onset (surgery) date 12/29/2025 differs from SOC/evaluation date 01/12/2026 (first treatment = "
          "plan date). Cert period 59 days; physician certified 01/16/2026 (4 days). Physician signature shown as "
          "'[signature on file]' with printed name, credential and date in the box. Frequency '2x/wk', duration "
          "'8 weeks (16 visits)'.")


def p13():
    """PT check-box grid (Unicode boxes). Gaps: certified by a chiropractor; a goal date typed in the past year."""
    f = "bp2_13_pt_checkgrid.docx"
    doc = new_doc("Calibri", 10)
    para(doc, "Summit Spine & Sport Physical Therapy", bold=True, size=12)
    para(doc, "Initial Evaluation & Plan of Care", size=10.5)
    table(doc, [["Patient: Russell Dembinski", "DOB: 12/01/1956", "Medicare MBI: 6AT3-WQ5-KE72"],
                ["Evaluation/1st visit: 01/20/2026", "Plan date: 01/20/2026", "Cert: 01/20/2026 to 03/03/2026"]], size=9.5)
    runs(doc, ("Dx: ", "b"), "M54.16 Radiculopathy, lumbar region (primary); M54.50 Low back pain, unspecified")
    runs(doc, ("Subjective: ", "b"), "L-sided low back pain radiating to L calf for 3 months; pain 7/10 with sitting > 20 min; "
                                    "unable to golf or do yard work. Oswestry 46%.")
    para(doc, "")
    g = table(doc, [["Frequency", "☐ 1x/wk    ☒ 2x/wk    ☐ 3x/wk    ☐ Other: ______"],
                    ["Duration", "☐ 4 wks    ☒ 6 wks    ☐ 8 wks    ☐ Other: ______"],
                    ["Interventions", "☒ Ther ex (97110)   ☒ Manual therapy (97140)   ☒ Neuromuscular re-ed (97112)   "
                                      "☐ Gait training (97116)   ☒ Home exercise program   ☐ E-stim (G0283)   ☐ Traction (97012)"],
                    ["Units/visit", "3–4"]], size=9.5, bold_first_col=True)
    para(doc, "")
    para(doc, "Goals", bold=True)
    table(doc, [["", "Goal", "Target date"],
                ["STG", "Independent with HEP (centralization and core stabilization), demonstrated with correct form.", "02/13/2025"],
                ["STG", "Sit 45 minutes with pain ≤ 3/10.", "02/17/2026"],
                ["LTG", "Oswestry disability index from 46% to ≤ 20%.", "03/03/2026"],
                ["LTG", "Lift 25 lb floor to waist with proper mechanics and no increase in leg symptoms.", "03/03/2026"],
                ["LTG", "Play 9 holes of golf with pain ≤ 2/10.", "03/03/2026"]], header=True, size=9.5)
    para(doc, "")
    para(doc, "Therapist: Marco Salgado, PT, DPT (NPI " + N["salgado"] + ")   Signed 01/20/2026", size=9.5)
    para(doc, "")
    para(doc, "CERTIFICATION OF PLAN OF CARE", bold=True)
    para(doc, "Referring / certifying provider: Brent Lasko, D.C. — Lasko Family Chiropractic (NPI " + N["lasko"] + ")", size=9.5)
    para(doc, "Signature: Brent Lasko, DC        Date: 01/22/2026", size=9.5)
    save(doc, f)
    label(f, "medicare-outpatient-therapy", D(2026, 2, 15),
          [["credential-not-permitted", "signature-missing"], ["date-inconsistent"]],
          "Gap 1: the plan is certified only by a chiropractor (D.C.), who cannot certify a Medicare therapy plan; "
          "a tool may report it as a non-permitted credential or as a missing physician/NPP certification. "
          "Gap 2: the first STG target date is 02/13/2025, before the 01/20/2026 plan (a typo). "
          "Frequency, duration and interventions are Unicode check boxes (☒ = selected).")


def p14():
    """SLP dysphagia plan with 'LTG #1' / 'STO 1.a' labels. Gaps: no duration (only a cert period); no member ID."""
    f = "bp2_14_slp_dysphagia.docx"
    doc = new_doc("Calibri", 10)
    para(doc, "Mercy Lakes Outpatient Rehabilitation — Speech-Language Pathology", bold=True, size=11.5)
    para(doc, "PLAN OF TREATMENT FOR OUTPATIENT REHABILITATION", bold=True)
    table(doc, [["Patient name", "Beatrice Okonkwo-Salas", "MRN", "0048812"],
                ["Date of birth", "09/09/1944", "Primary insurance", "Medicare Part B (card on file)"],
                ["Onset date", "12/30/2025 (CVA)", "SOC / evaluation", "02/02/2026"],
                ["Plan established", "02/02/2026", "Certification period", "02/02/2026 – 05/01/2026"]], size=9.5,
          bold_first_col=True)
    runs(doc, ("Diagnoses: ", "b"), "I69.391 Dysphagia following cerebral infarction; R13.12 Dysphagia, oropharyngeal phase")
    runs(doc, ("Clinical swallow / MBSS 01/28/2026: ", "b"),
         "moderate oropharyngeal dysphagia; delayed swallow initiation, reduced base-of-tongue retraction; silent "
         "aspiration of thin liquids; currently on puree with mildly thick liquids (IDDSI level 2).")
    para(doc, "")
    para(doc, "LTG #1  Patient will safely consume a mechanical soft (IDDSI 6) diet with thin liquids, with no signs or "
              "symptoms of aspiration across 3 consecutive meals, with supervision only.", space_after=2)
    para(doc, "     STO 1.a  Patient will perform effortful swallow and chin tuck with 80% accuracy given minimal cues in 4 of 5 trials.", space_after=2)
    para(doc, "     STO 1.b  Patient will tolerate trials of thin liquid by cup sip with no overt signs of aspiration in 90% of trials.", space_after=2)
    para(doc, "LTG #2  Patient/caregiver will independently state and use 3 safe-swallow strategies during all meals.", space_after=2)
    para(doc, "     STO 2.a  Daughter will cue small bites/sips and double swallow correctly in 4 of 5 observed meal trials.", space_after=2)
    para(doc, "")
    runs(doc, ("Treatment plan: ", "b"), "Treatment of swallowing dysfunction (92526), including oral-motor and "
                                        "pharyngeal strengthening, effortful swallow, Shaker/CTAR exercises, bolus trials, "
                                        "caregiver training.")
    runs(doc, ("Frequency: ", "b"), "3x/week")
    runs(doc, ("Rehab potential: ", "b"), "Good for stated goals.")
    para(doc, "")
    para(doc, "Clinician: Nadia Morrow-Ellis, M.A., CCC-SLP      02/02/2026", size=9.5)
    para(doc, "Certifying physician: Signed: Paul Reinholt, MD   02/05/2026   NPI " + N["reinholt"], size=9.5)
    save(doc, f)
    label(f, "medicare-outpatient-therapy", D(2026, 3, 15), [["duration-missing"], ["field-missing"]],
          "Gap 1: frequency is stated but no duration (no weeks, visits or end of treatment); the certification "
          "period does not state the duration (profile note, MBPM 220.1.2). Gap 2: no Medicare member ID ('card on "
          "file'; the MRN is not a member ID). Onset date (CVA) differs from SOC/evaluation date.")


def p15():
    """PT EHR printout with page header, flowsheet-style measures and a literally repeated table header. Clean."""
    f = "bp2_15_pt_ehr.docx"
    doc = new_doc("Calibri", 9.5)
    header_footer(doc, ["NorthStar Rehab EMR  ·  Plan of Care  ·  MARCHETTI, THEODORE  ·  DOB 04/04/1947",
                        "Report generated 02/10/2026 16:03 by system"], "NorthStar Rehab — Medford Clinic")
    para(doc, "PHYSICAL THERAPY PLAN OF CARE", bold=True, size=11)
    table(doc, [["Patient", "Theodore Marchetti", "Medicare ID", "5EP9-AK3-TJ48"],
                ["Date of birth", "04/04/1947", "Referral", "Miguel Castellano, DO (PCP)"],
                ["Initial evaluation (first treatment)", "2/3/2026", "Plan of care date", "2/3/2026"],
                ["Certification from", "2/3/2026", "Certification through", "5/3/2026"]], size=9, bold_first_col=True)
    para(doc, "")
    para(doc, "Diagnosis codes", bold=True)
    table(doc, [["ICD-10", "Description", "Type"], ["M17.11", "Unilateral primary osteoarthritis, right knee", "Medical"],
                ["R26.81", "Unsteadiness on feet", "Treatment"], ["Z91.81", "History of falling", "Treatment"]], header=True, size=9)
    para(doc, "")
    para(doc, "Objective measures (02/03/2026)", bold=True)
    table(doc, [["Test", "Result", "Norm / cut-off"], ["Timed Up and Go", "16.2 s", "< 13.5 s"], ["Berg Balance Scale", "41/56", "> 45/56"],
                ["5x Sit to Stand", "18.4 s", "< 15 s"], ["R knee flexion AROM", "98°", "—"], ["Gait speed", "0.72 m/s", "> 1.0 m/s"]],
          header=True, size=9)
    para(doc, "")
    para(doc, "Goals", bold=True)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Goal", "Measure", "Time frame"]):
        cell_text(t.rows[0].cells[j], h, bold=True, size=9); shade(t.rows[0].cells[j])
    goals = [("Reduce fall risk: TUG < 13.5 s.", "TUG", "12 weeks"),
             ("Berg Balance ≥ 47/56.", "Berg", "12 weeks"),
             ("Walk 1,000 ft in the community with no device, independently, at ≥ 1.0 m/s.", "Gait speed / distance", "12 weeks"),
             ("Goal", "Measure", "Time frame"),
             ("Rise from a standard chair without using arms 5 times in < 15 s.", "5xSTS", "6 weeks"),
             ("Independent with home exercise program.", "Return demonstration", "4 weeks")]
    for row in goals:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v, size=9, bold=row[0] == "Goal")
    para(doc, "")
    para(doc, "Plan of treatment", bold=True)
    para(doc, "Therapeutic exercise (97110), neuromuscular re-education/balance (97112), gait training (97116), "
              "therapeutic activities (97530), home exercise program. 2x/week x 12 weeks. 3–4 units per session.")
    para(doc, "")
    para(doc, "Electronically signed: Wendell Fenwick, PT  2/3/2026 17:40  NPI " + N["fenwick"])
    para(doc, "Physician certification: Electronically signed by Miguel Castellano, DO  2/10/2026 08:15  NPI " + N["castellano"])
    save(doc, f)
    label(f, "medicare-outpatient-therapy", D(2026, 3, 1), [],
          "Clean. Patient header repeated in the page header; the goals table repeats its header row mid-table; a "
          "flowsheet of test results precedes the goals. Cert 2/3-5/3/2026 (89 days); duration 12 weeks; "
          "physician e-signature 2/10/2026 (7 days after the first treatment).")


def p16():
    """OT plan with modern (DrawingML + VML fallback) text boxes. Gaps: certification 52 days after the first
    treatment; therapist NPI fails its check digit."""
    f = "bp2_16_ot_textboxes.docx"
    first, md = D(2026, 1, 6), D(2026, 2, 27)
    assert days(first, md) == 52
    doc = new_doc("Calibri", 10)
    p = para(doc, "Harborview Hand & Occupational Therapy", bold=True, size=12)
    textbox_modern(p, ["Medicare Part B", "Beneficiary: Gloria Espinal", "MBI 4HK2-PN6-RY93 · DOB 07/21/1950"])
    para(doc, "Occupational Therapy Plan of Care", size=11)
    para(doc, "")
    p2 = para(doc, "Evaluation date: January 6, 2026. This plan of care was established at the evaluation.")
    textbox_modern(p2, ["Certification period", "01/06/2026 through 03/06/2026"], width_in=2.6, height_in=0.8)
    para(doc, "Mrs. Espinal, a right-hand-dominant 75-year-old, fell on ice on 11/28/2025 and sustained a right proximal "
              "humerus fracture treated non-operatively (S42.201D, subsequent encounter, routine healing). She also has "
              "generalized weakness (M62.81). She now needs help with upper-body dressing, bathing and reaching into "
              "cabinets; she lives alone and wants to remain independent. Shoulder flexion AROM 70°, abduction 60°; "
              "QuickDASH 68.")
    para(doc, "")
    para(doc, "Goals to be met in 8 weeks:", bold=True)
    for g in ["1. Dress her upper body independently, including fastening a bra, with adaptive strategies as needed.",
              "2. Right shoulder flexion AROM to at least 130° and abduction to at least 110°, to reach a shelf at shoulder height.",
              "3. Shower with tub-transfer bench, modified independent.",
              "4. QuickDASH score from 68 to 35 or less."]:
        para(doc, g, space_after=1)
    para(doc, "")
    para(doc, "Treatment: therapeutic exercise (97110), therapeutic activities (97530), self-care/ADL training (97535), "
              "manual therapy (97140) as needed. Two visits per week for eight weeks; about 45–55 minutes per visit.")
    para(doc, "")
    para(doc, f"Ingrid Roux, OTR/L   NPI {bad_npi('171846302')}   signed 01/06/2026")
    para(doc, "")
    para(doc, "Physician certification — I certify the need for these services furnished under this plan of treatment "
              "while under my care.")
    para(doc, f"Chinedu Eze, MD   NPI {N['eze']}   Signature: C. Eze, MD   Date: 02/27/2026")
    save(doc, f)
    label(f, "medicare-outpatient-therapy", D(2026, 3, 5), [["signature-late"], ["identifier-invalid"]],
          "Gap 1: first treatment (evaluation) 01/06/2026, physician certification dated 02/27/2026 = 52 days "
          "(due within 30; a warning under the 2025 rules). Gap 2: the therapist's NPI fails the Luhn check. "
          "The patient's name, MBI and DOB and the certification period are only inside text boxes "
          "(DrawingML with a VML fallback holding the same text).")


def p17():
    """PT plan written as a letter to the referring physician, certification returned by fax. Clean."""
    f = "bp2_17_pt_letter.docx"
    doc = new_doc("Garamond", 11.5)
    para(doc, "Balance & Vestibular Therapy of Ann Arbor", bold=True, size=13, space_after=0)
    para(doc, "640 Packard St · Ann Arbor, MI 48104 · phone (734) 555-0112 · fax (734) 555-0113", size=9)
    para(doc, "")
    para(doc, "January 27, 2026")
    para(doc, "Eun-ji Hwang, DO\nHuron Valley Internal Medicine\nFax (734) 555-0177")
    para(doc, "")
    para(doc, "RE: Agnes Thornbury — date of birth February 19, 1941 — Medicare 7CW4-EF8-HD23")
    para(doc, "")
    para(doc, "Dear Dr. Hwang,")
    para(doc, "Thank you for referring Mrs. Thornbury, whom I evaluated today, January 27, 2026, for dizziness and falls. "
              "She reports two falls since November and brief spinning when rolling to the right in bed. Right "
              "Dix-Hallpike was positive. Berg Balance Scale 38/56, Timed Up and Go 19 seconds with a cane, Dizziness "
              "Handicap Inventory 48. My diagnoses are benign paroxysmal vertigo, right ear (H81.11), unsteadiness on "
              "feet (R26.81) and history of falling (Z91.81).")
    para(doc, "I recommend physical therapy twice a week for eight weeks (through March 24, 2026), each visit about "
              "45 minutes, including canalith repositioning (95992), balance and neuromuscular re-education (97112), "
              "gait training (97116), therapeutic exercise (97110) and a home program. By the end of the eight weeks "
              "I expect that she will:")
    for g in ["have a negative right Dix-Hallpike test with no positional vertigo for two weeks;",
              "score at least 46/56 on the Berg Balance Scale;",
              "complete the Timed Up and Go in less than 13.5 seconds;",
              "walk 500 feet outdoors on uneven ground with her cane, modified independent, with no loss of balance;",
              "lower her Dizziness Handicap Inventory from 48 to below 30."]:
        para(doc, "•  " + g, space_after=0)
    para(doc, "")
    para(doc, "Please review the plan, sign the certification below and fax it back. Thank you for the referral.")
    para(doc, "Sincerely,")
    sp = para(doc, "")
    signature_image(sp, "Signature of Priya Pillai")
    para(doc, f"Priya Pillai, PT, DPT, NCS\nNPI {N['pillai']}")
    para(doc, "")
    para(doc, "PHYSICIAN CERTIFICATION — I have reviewed this plan of care and certify that these services are "
              "medically necessary.", bold=True, size=10)
    para(doc, f"Signed: Eun-ji Hwang, DO    Date: 2/3/2026    NPI {N['hwang']}    (returned by fax 2/3/2026)", size=10)
    save(doc, f)
    label(f, "medicare-outpatient-therapy", D(2026, 2, 25), [],
          "Clean. A letter: evaluation (first treatment) and plan on 01/27/2026, written out as 'January 27, 2026'; "
          "frequency and duration in words ('twice a week for eight weeks'); goals are a bulleted list in the "
          "letter; the therapist's signature is an image followed by her typed name; the physician certifies "
          "2/3/2026 (7 days).")


def p18():
    """SLP aphasia plan in a landscape table with baseline/target columns; '09-Feb-26' dates. Clean."""
    f = "bp2_18_slp_aphasia.docx"
    doc = new_doc("Calibri", 9.5, landscape=True, margins=0.6)
    para(doc, "RIVERSIDE NEURO REHAB — OUTPATIENT SPEECH-LANGUAGE PATHOLOGY — PLAN OF CARE", bold=True, size=11)
    table(doc, [["Name", "Howard Linwood", "DOB", "03-Mar-52", "MBI", "3NA6-JT2-QM84", "Eval / SOC", "09-Feb-26"],
                ["Plan date", "09-Feb-26", "Cert", "09-Feb-26 to 19-Apr-26", "Referring", "Naomi Strand, MD", "Onset", "22-Dec-25"]],
          size=8.5)
    para(doc, "")
    runs(doc, ("Diagnoses: ", "b"), "I69.320 Aphasia following cerebral infarction (primary); R41.841 Cognitive "
                                   "communication deficit.")
    runs(doc, ("Frequency/duration: ", "b"), "2 x wk x 10 wks (20 visits), 45–60 min sessions, CPT 92507.")
    para(doc, "")
    t = table(doc, [["#", "Goal", "Baseline (09-Feb-26)", "Target", "By"],
                    ["LTG 1", "Name common objects and people in conversation", "30% accuracy, max cues", "80% accuracy, independent", "19-Apr-26"],
                    ["STG 1.1", "Confrontation naming of 50 functional nouns", "12/50", "35/50 with phonemic cues", "16-Mar-26"],
                    ["LTG 2", "Follow spoken directions at home", "1-step commands 60%", "2-step commands 90% accuracy", "19-Apr-26"],
                    ["STG 2.1", "Yes/no questions about personal information", "70%", "95% accuracy", "09-Mar-26"],
                    ["LTG 3", "Communicate basic needs to wife by phone", "unable", "4 of 5 calls with wife confirming message understood", "19-Apr-26"]],
              header=True, size=9)
    para(doc, "")
    para(doc, "Approaches: semantic feature analysis, constraint-induced language therapy, script training, "
              "communication partner training with spouse.")
    para(doc, "")
    para(doc, "Therapist: Claire Yun, M.S., CCC-SLP — NPI " + N["yun"] + " — signed 09-Feb-26")
    para(doc, "Physician/NPP: Naomi Strand, MD — NPI " + N["strand"] + " — e-signed 12-Feb-26")
    save(doc, f)
    label(f, "medicare-outpatient-therapy", D(2026, 3, 20), [],
          "Clean. Every date is written DD-Mon-YY ('09-Feb-26'); frequency and duration combined as "
          "'2 x wk x 10 wks'; goals table with separate baseline, target and date columns. Cert 69 days; physician "
          "signed 3 days after the first treatment. The DOB '03-Mar-52' has a two-digit year (1952, not 2052).")


def p19():
    """PT (LSVT BIG) plan with codes written without dots. Gaps: retired code G20; no first treatment date."""
    f = "bp2_19_pt_parkinson.docx"
    doc = new_doc("Verdana", 9)
    para(doc, "Twin Rivers Neuro PT — LSVT BIG® Program", bold=True, size=11)
    para(doc, "Plan of Care", size=10)
    runs(doc, ("Patient: ", "b"), "Franklin Obuya   ", ("DOB: ", "b"), "11/11/1945   ", ("MBI: ", "b"), "8DG3RM7WE15")
    runs(doc, ("Date of plan: ", "b"), "1/20/2026   ", ("Certification: ", "b"), "1/20/2026–3/16/2026")
    para(doc, "")
    table(doc, [["Code", "Diagnosis"], ["G20", "Parkinson's disease"], ["R2681", "Unsteadiness on feet"],
                ["R262", "Difficulty in walking, NEC"]], header=True, size=9)
    para(doc, "")
    para(doc, "Findings: Hoehn & Yahr stage 2.5. Shuffling gait with freezing at doorways; gait speed 0.78 m/s; "
              "Mini-BESTest 17/28; 6-Minute Walk 265 m; 2 falls in 3 months.", size=9)
    para(doc, "")
    para(doc, "Goals (end of program)", bold=True)
    for g in ["Gait speed ≥ 1.0 m/s on the 10-Meter Walk Test.", "Mini-BESTest ≥ 22/28.", "6-Minute Walk ≥ 350 m.",
              "No more than 1 freezing episode per day at doorways at home (patient diary).",
              "Independent with daily LSVT BIG home program (return demonstration)."]:
        para(doc, "  ▪ " + g, space_after=0)
    para(doc, "")
    para(doc, "Plan", bold=True)
    para(doc, "LSVT BIG intensive phase: 4 sessions/week x 4 weeks (16 sessions), 60 minutes each — neuromuscular "
              "re-education (97112), therapeutic exercise (97110), gait training (97116). Then 1 session/week x 4 weeks "
              "for carry-over. Total duration 8 weeks.")
    para(doc, "")
    para(doc, "PT: Jonas Abernathy-Reed, PT, DPT, LSVT BIG certified — NPI " + N["quist"] + " — 1/20/2026")
    para(doc, "Certified by: Julia Harlan, MD (neurology) — NPI " + N["harlan"] + " — 1/23/2026")
    save(doc, f)
    label(f, "medicare-outpatient-therapy", D(2026, 2, 28),
          [["diagnosis-code-not-billable", "diagnosis-code-invalid"], ["field-missing"]],
          "Gap 1: G20 (Parkinson's disease) was a billable code until 09/30/2023; since the FY2024 expansion it is a "
          "category (G20.A1 etc.), so it is not a billable code for 2026 claims (either kind reports it). "
          "Gap 2: the plan gives no evaluation / first treatment / SOC date (only the plan date and the cert "
          "period). Other codes are written without dots (R2681, R262), which are valid billable codes.")


# =============================================================================================
# Medicare Part B outpatient therapy -- FHIR and C-CDA
# =============================================================================================


def fx_service_request(sid, patient, code, display, text, timing=None, performer=None, requester=None, note=None,
                       period=None, system=CPT, quantity=None, category=None):
    s = {"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "plan",
         "code": {"coding": [{"system": system, "code": code, "display": display}], "text": text},
         "subject": fx_ref(patient)}
    if category:
        s["category"] = [{"text": category}]
    if timing:
        s["occurrenceTiming"] = {"repeat": timing}
    if period:
        s["occurrencePeriod"] = {"start": period[0], "end": period[1]}
    if quantity:
        s["quantityQuantity"] = quantity
    if requester:
        s["requester"] = fx_ref(requester)
    if performer:
        s["performer"] = [fx_ref(performer)]
    if note:
        s["note"] = [{"text": note}]
    return s


def p20():
    """FHIR document Bundle (Composition with attesters), PT after rotator cuff repair. Clean."""
    f = "bp2_20_pt_fhir_document.json"
    pat = fx_patient("1d7e4b2a-20aa-4c11-8e21-5a0f3c2d1e01", "Vandermeer", ["Curtis"], "1955-08-23",
                     member_id="9RT5HM2AX36", gender="male")
    pt = fx_practitioner("1d7e4b2a-20aa-4c11-8e21-5a0f3c2d1e02", "Tanaka-Reyes", ["Miles"], "PT", npi("144820739"), "Physical Therapist, DPT")
    md = fx_practitioner("1d7e4b2a-20aa-4c11-8e21-5a0f3c2d1e03", "Okafor", ["Helena"], "MD", N["okafor_md"], "Orthopaedic surgeon (MD)")
    c1 = fx_condition("1d7e4b2a-20aa-4c11-8e21-5a0f3c2d1e11", pat, "Z47.89", "Encounter for other orthopedic aftercare", primary=True,
                      recorded="2026-01-14")
    c2 = fx_condition("1d7e4b2a-20aa-4c11-8e21-5a0f3c2d1e12", pat, "M75.121",
                      "Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic", recorded="2026-01-14",
                      note="Arthroscopic repair 12/10/2025.")
    enc = {"resourceType": "Encounter", "id": "1d7e4b2a-20aa-4c11-8e21-5a0f3c2d1e20", "status": "finished",
           "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
           "type": [{"coding": [{"system": CPT, "code": "97162", "display": "PT evaluation, moderate complexity"}],
                     "text": "Physical therapy initial evaluation"}],
           "subject": fx_ref(pat), "participant": [{"individual": fx_ref(pt)}],
           "period": {"start": "2026-01-14T09:00:00-05:00", "end": "2026-01-14T10:05:00-05:00"}}
    goals = [
        fx_goal("1d7e4b2a-20aa-4c11-8e21-5a0f3c2d1e31", pat, "Active right shoulder flexion from 95 degrees to at least 150 degrees.",
                due="2026-03-11", measure="Shoulder flexion AROM (degrees)", detail={"detailQuantity": {"value": 150, "comparator": ">=", "unit": "deg"}}, addresses=[c2]),
        fx_goal("1d7e4b2a-20aa-4c11-8e21-5a0f3c2d1e32", pat, "QuickDASH from 61 to 30 or less.", due="2026-03-11",
                measure="QuickDASH", detail={"detailQuantity": {"value": 30, "comparator": "<=", "unit": "score"}}, addresses=[c2]),
        fx_goal("1d7e4b2a-20aa-4c11-8e21-5a0f3c2d1e33", pat, "Place a 5 lb object on an overhead shelf with the right arm, independently.",
                due="2026-03-11", addresses=[c2]),
        fx_goal("1d7e4b2a-20aa-4c11-8e21-5a0f3c2d1e34", pat, "Sleep on the right side through the night with pain no higher than 2/10.",
                due="2026-02-11", addresses=[c2]),
    ]
    wk8 = {"frequency": 2, "period": 1, "periodUnit": "wk", "boundsDuration": {"value": 8, "unit": "wk", "system": "http://unitsofmeasure.org", "code": "wk"}}
    srs = [fx_service_request(f"1d7e4b2a-20aa-4c11-8e21-5a0f3c2d1e4{i}", pat, c, d_, t_, timing=wk8, performer=pt, requester=md,
                              note="1-2 units per visit")
           for i, (c, d_, t_) in enumerate([("97110", "Therapeutic exercise", "Therapeutic exercise (post-op RTC protocol, phase II-III)"),
                                             ("97140", "Manual therapy", "Manual therapy / joint mobilization"),
                                             ("97530", "Therapeutic activities", "Functional reaching and lifting tasks")], 1)]
    cp = {"resourceType": "CarePlan", "id": "1d7e4b2a-20aa-4c11-8e21-5a0f3c2d1e50", "status": "active", "intent": "plan",
          "title": "Physical therapy plan of care", "subject": fx_ref(pat), "encounter": fx_ref(enc),
          "period": {"start": "2026-01-14", "end": "2026-03-11"}, "created": "2026-01-14", "author": fx_ref(pt),
          "addresses": [fx_ref(c1), fx_ref(c2)], "goal": [fx_ref(g) for g in goals],
          "activity": [{"reference": fx_ref(s)} for s in srs],
          "note": [{"text": "Frequency 2x/week for 8 weeks. Rehab potential good."}]}
    comp = {"resourceType": "Composition", "id": "1d7e4b2a-20aa-4c11-8e21-5a0f3c2d1e60", "status": "final",
            "type": {"coding": [{"system": LOINC, "code": "18776-5", "display": "Plan of care note"}]},
            "subject": fx_ref(pat), "encounter": fx_ref(enc), "date": "2026-01-14T16:20:00-05:00", "author": [fx_ref(pt)],
            "title": "Physical Therapy Plan of Care and Certification",
            "attester": [{"mode": "professional", "time": "2026-01-14T16:20:00-05:00", "party": fx_ref(pt)},
                         {"mode": "legal", "time": "2026-01-19T08:02:00-05:00", "party": fx_ref(md)}],
            "section": [
                {"title": "Diagnoses", "code": {"coding": [{"system": LOINC, "code": "11450-4", "display": "Problem list"}]},
                 "entry": [fx_ref(c1), fx_ref(c2)]},
                {"title": "Goals", "code": {"coding": [{"system": LOINC, "code": "61146-7", "display": "Goals"}]},
                 "entry": [fx_ref(g) for g in goals]},
                {"title": "Plan of treatment", "code": {"coding": [{"system": LOINC, "code": "18776-5", "display": "Plan of care note"}]},
                 "entry": [fx_ref(cp)] + [fx_ref(s) for s in srs]}]}
    res = [comp, pat, pt, md, enc, c1, c2] + goals + srs + [cp]
    write_json(f, fx_bundle("b2-20", res, btype="document", timestamp="2026-01-19T08:03:00-05:00"))
    label(f, "medicare-outpatient-therapy", D(2026, 2, 10), [],
          "Clean. FHIR document Bundle: signatures are Composition.attester (therapist 'professional' 01/14, "
          "physician 'legal' 01/19/2026); first treatment = evaluation Encounter 01/14/2026 referenced by the "
          "CarePlan; frequency and duration in ServiceRequest.occurrenceTiming (2/wk, boundsDuration 8 wk); "
          "CarePlan.period 56 days.")


def p21():
    """FHIR collection, SLP dysphagia. Gaps: no frequency anywhere; a transposed ICD-10-CM code."""
    f = "bp2_21_slp_fhir.json"
    pat = fx_patient("3e9a1c70-21bb-4d22-9f32-6b1a4d3e2f01", "Petrakis", ["Lorraine"], "1948-04-30", member_id="1UF7VD2GN49")
    slp = fx_practitioner("3e9a1c70-21bb-4d22-9f32-6b1a4d3e2f02", "Gutierrez", ["Alma"], "CCC-SLP", N["gutierrez_md"],
                          "Speech-Language Pathologist")
    md = fx_practitioner("3e9a1c70-21bb-4d22-9f32-6b1a4d3e2f03", "Brandt", ["Oskar"], "MD", N["brandt"], "Physiatrist (MD)")
    c1 = fx_condition("3e9a1c70-21bb-4d22-9f32-6b1a4d3e2f11", pat, "R13.21", "Dysphagia, oropharyngeal phase", primary=True)
    c2 = fx_condition("3e9a1c70-21bb-4d22-9f32-6b1a4d3e2f12", pat, "I69.391", "Dysphagia following cerebral infarction")
    enc = {"resourceType": "Encounter", "id": "3e9a1c70-21bb-4d22-9f32-6b1a4d3e2f20", "status": "finished",
           "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
           "type": [{"coding": [{"system": CPT, "code": "92610", "display": "Evaluation of oral and pharyngeal swallowing function"}]}],
           "subject": fx_ref(pat), "period": {"start": "2026-02-16T13:00:00-06:00", "end": "2026-02-16T14:00:00-06:00"}}
    goals = [
        fx_goal("3e9a1c70-21bb-4d22-9f32-6b1a4d3e2f31", pat,
                "Advance from puree to a soft and bite-sized (IDDSI 6) diet with no signs of aspiration over 3 consecutive meals.",
                due="2026-05-10", addresses=[c1]),
        fx_goal("3e9a1c70-21bb-4d22-9f32-6b1a4d3e2f32", pat,
                "Complete 10 repetitions of effortful swallow and Masako maneuver with 90% accuracy and minimal cues.",
                due="2026-03-30", addresses=[c1]),
        fx_goal("3e9a1c70-21bb-4d22-9f32-6b1a4d3e2f33", pat,
                "Husband will cue the chin-tuck and small-sip strategies correctly at 4 of 5 observed meals.",
                due="2026-04-13", addresses=[c1]),
    ]
    sr = fx_service_request("3e9a1c70-21bb-4d22-9f32-6b1a4d3e2f40", pat, "92526", "Treatment of swallowing dysfunction",
                            "Swallowing therapy: oral-motor and pharyngeal exercises, compensatory strategies, diet trials",
                            period=("2026-02-16", "2026-05-10"), performer=slp, requester=md, note="Sessions of 45 minutes.")
    cp = {"resourceType": "CarePlan", "id": "3e9a1c70-21bb-4d22-9f32-6b1a4d3e2f50", "status": "active", "intent": "plan",
          "title": "Speech-language pathology plan of care (dysphagia)", "subject": fx_ref(pat), "encounter": fx_ref(enc),
          "period": {"start": "2026-02-16", "end": "2026-05-10"}, "created": "2026-02-16", "author": fx_ref(slp),
          "addresses": [fx_ref(c1), fx_ref(c2)], "goal": [fx_ref(g) for g in goals],
          "activity": [{"reference": fx_ref(sr)},
                       {"detail": {"status": "scheduled", "description": "Caregiver education on safe-swallow strategies and diet textures",
                                   "code": {"text": "Caregiver training"}}}]}
    prov1 = fx_provenance("3e9a1c70-21bb-4d22-9f32-6b1a4d3e2f61", [cp], slp, "2026-02-16T17:10:00-06:00")
    prov2 = fx_provenance("3e9a1c70-21bb-4d22-9f32-6b1a4d3e2f62", [cp], md, "2026-02-20T09:45:00-06:00",
                          sig_type=("1.2.840.10065.1.12.1.5", "Verification Signature"), role="verifier")
    write_json(f, fx_bundle("b2-21", [pat, slp, md, enc, c1, c2] + goals + [sr, cp, prov1, prov2]))
    label(f, "medicare-outpatient-therapy", D(2026, 3, 20), [["frequency-missing"], ["diagnosis-code-invalid"]],
          "Gap 1: no frequency anywhere: the ServiceRequest has an occurrencePeriod (02/16-05/10/2026) and a session "
          "length but no timing, and the caregiver-training activity has no schedule. Gap 2: primary diagnosis coded "
          "R13.21, which does not exist (transposed R13.12; the display text says oropharyngeal phase). Physician "
          "certification is a Provenance verification signature 4 days after the evaluation Encounter. Unsure: the "
          "only duration is the ServiceRequest.occurrencePeriod (about 12 weeks); I count it as a stated duration, "
          "but the profile counts only expected duration or a service duration, so duration-missing is not judged.",
          unsure=("duration-missing",))


def p22():
    """C-CDA Care Plan, OT after hip arthroplasty. Gaps: recertification overdue on the as-of date; vague goals."""
    f = "bp2_22_ot_ccda.xml"
    ev, cert_end, asof = D(2025, 11, 17), D(2026, 2, 14), D(2026, 3, 2)
    assert days(ev, cert_end) <= 90 and asof > cert_end
    hc = cda_section("2.16.840.1.113883.10.20.22.2.58", ("75310-3", "Health concerns document"), "Health Concerns",
                     cda_table(["Diagnosis", "ICD-10-CM"], [["Aftercare following joint replacement surgery", "Z47.1"],
                                                             ["Presence of right artificial hip joint", "Z96.641"],
                                                             ["Muscle weakness (generalized)", "M62.81"]]),
                     cda_problem("aa11aa11-0001-4000-8000-000000000001", "Z47.1", OID_ICD10, "Aftercare following joint replacement surgery", "20251103")
                     + cda_problem("aa11aa11-0001-4000-8000-000000000002", "Z96.641", OID_ICD10, "Presence of right artificial hip joint", "20251103")
                     + cda_problem("aa11aa11-0001-4000-8000-000000000003", "M62.81", OID_ICD10, "Muscle weakness (generalized)", "20251117"))
    goal_text = ["Improve independence with ADLs.", "Increase safety in the home.",
                 "Improve upper-body strength for functional tasks."]
    gs = cda_section("2.16.840.1.113883.10.20.22.2.60", ("61146-7", "Goals"), "Goals",
                     "<list>" + "".join(f"<item>{x(g)}</item>" for g in goal_text) + "</list>",
                     "".join(cda_goal(f"bb22bb22-0002-4000-8000-00000000000{i}", g, "20260214") for i, g in enumerate(goal_text, 1)))
    iv = cda_section("2.16.840.1.113883.10.20.21.2.3", ("62387-6", "Interventions provided"), "Interventions",
                     "<paragraph>Initial evaluation / first treatment: 11/17/2025. Certification period 11/17/2025 - "
                     "02/14/2026. Expected duration 12 weeks.</paragraph>"
                     + cda_table(["Intervention", "CPT", "Frequency"],
                                 [["Self-care / home management training (hip precautions, adaptive equipment)", "97535", "2x per week"],
                                  ["Therapeutic activities (tub and toilet transfers)", "97530", "2x per week"]]),
                     cda_planned("cc33cc33-0003-4000-8000-000000000001", "97535", OID_CPT, "Self-care/home management training",
                                 "Self-care/home management training, 2x per week for 12 weeks", period=("0.5", "wk"), low="20251117", high="20260214")
                     + cda_planned("cc33cc33-0003-4000-8000-000000000002", "97530", OID_CPT, "Therapeutic activities",
                                   "Therapeutic activities, 2x per week for 12 weeks", period=("0.5", "wk"), low="20251117", high="20260214"))
    pot = cda_section("2.16.840.1.113883.10.20.22.2.10", ("18776-5", "Plan of care note"), "Plan of Treatment",
                      "<paragraph>Recertification due 02/14/2026 (progress report and updated plan to physician).</paragraph>",
                      """<entry><act classCode="ACT" moodCode="INT">
            <templateId root="2.16.840.1.113883.10.20.22.4.39" extension="2014-06-09"/>
            <id root="dd44dd44-0004-4000-8000-000000000001"/>
            <code code="410547008" codeSystem="2.16.840.1.113883.6.96" displayName="Review of care plan"/>
            <text>Recertification of the plan of care due</text>
            <statusCode code="active"/>
            <effectiveTime value="20260214"/>
          </act></entry>""")
    doc = cda_doc(doc_id="5e6f7081-9a2b-4c3d-8e4f-a1b2c3d4e522", title="Occupational Therapy Plan of Care",
                  effective="20251117154500-0500", patient_ids=[(OID_MBI, "6WN4KP8CE27")], given="Mildred", family="Haverford",
                  gender="F", birth="19380505", author_time="20251117154500-0500", author_npi=npi("127730586"),
                  author_name=("Greta", "Fenwick", "OTR/L"), org_name="Lakeside Outpatient Therapy",
                  legal=("20251117160000-0500", npi("127730586"), ("Greta", "Fenwick", "OTR/L")),
                  authenticators=[("20251120091500-0500", npi("167304825"), ("Samuel", "Adeyemi", "MD"))],
                  service_low="20251117", service_high="20260214",
                  encompassing=("20251117", "20251117", ("AMB", "ambulatory")), sections=cda_payers("1", "6WN4KP8CE27", "Medicare Part B") + hc + gs + iv + pot)
    write_xml(f, doc)
    label(f, "medicare-outpatient-therapy", asof, [["review-overdue"], ["goal-not-measurable"]],
          "Gap 1: certification period ended / recertification was due 02/14/2026 and no recertification is "
          "recorded by the as-of date 03/02/2026. Gap 2: all three goals are vague ('Improve independence with "
          "ADLs' ...) with no measure or level and no objectives. First treatment 11/17/2025 = encompassing "
          "encounter and narrative; physician (authenticator, MD) signed 11/20/2025. Frequency as PIVL_TS period "
          "0.5 wk plus '2x per week' narrative.")


# =============================================================================================
# Medicare home health
# =============================================================================================


def p23():
    """CMS-485-style plan with numbered boxes; orders written 'SN 2w2, 1w6'. Clean."""
    f = "bp2_23_hh_485.docx"
    soc, end = D(2026, 1, 7), D(2026, 3, 7)
    assert days(soc, end) <= 60
    doc = new_doc("Arial", 8)
    para(doc, "HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=10, align="center")
    t = doc.add_table(rows=0, cols=6)
    t.style = "Table Grid"

    def row(*cells_spec):
        cells = t.add_row().cells
        j = 0
        for text, span in cells_spec:
            c = cells[j]
            if span > 1:
                c = c.merge(cells[j + span - 1])
            cell_text(c, text, size=8)
            j += span

    row(("1. Patient's HI Claim No.\n2TY6HC3PE58", 1), ("2. Start Of Care Date\n01/07/2026", 1),
        ("3. Certification Period\nFrom: 01/07/2026   To: 03/07/2026", 2), ("4. Medical Record No.\n00371-B", 1), ("5. Provider No.\n147302", 1))
    row(("6. Patient's Name and Address\nBRANDYWINE, LUCILLE M\n88 Orchard Lane, Kenosha WI 53142", 3),
        ("7. Provider's Name, Address and Telephone Number\nTri-County Home Health Services\n410 Main St, Racine WI 53403  (262) 555-0140", 3))
    row(("8. Date of Birth\n08/08/1939", 2), ("9. Sex   ☐ M  ☒ F", 1), ("10. Medications: Dose/Frequency/Route (N)ew (C)hanged\n"
                                                                       "Furosemide 40 mg PO daily (C); carvedilol 12.5 mg PO BID; insulin glargine 18 units SC at bedtime (N); apixaban 5 mg PO BID", 3))
    row(("11. ICD-10-CM   Principal Diagnosis   Date\nI50.22   Chronic systolic (congestive) heart failure   12/28/2025 (E)", 6))
    row(("12. ICD-10-PCS   Surgical Procedure   Date\nN/A", 6))
    row(("13. ICD-10-CM   Other Pertinent Diagnoses   Date\nE11.9   Type 2 diabetes mellitus without complications   (O)\n"
         "Z79.4   Long term (current) use of insulin   12/28/2025\nI48.91   Unspecified atrial fibrillation   (O)", 6))
    row(("14. DME and Supplies\nRolling walker, shower chair, digital scale, glucometer", 3),
        ("15. Safety Measures\nFall precautions; bleeding precautions; clear pathways", 3))
    row(("16. Nutritional Req.\n2 g sodium; 1500 mL fluid restriction; consistent-carbohydrate diet", 3),
        ("17. Allergies\nSulfa (rash)", 3))
    row(("18.A. Functional Limitations\n☐ Amputation ☐ Bowel/Bladder ☐ Contracture ☐ Hearing ☐ Paralysis ☒ Endurance "
         "☒ Ambulation ☐ Speech ☐ Legally Blind ☒ Dyspnea with minimal exertion", 3),
        ("18.B. Activities Permitted\n☒ Up as tolerated ☒ Walker ☒ Partial weight bearing ☐ Wheelchair ☒ Exercises prescribed", 3))
    row(("19. Mental Status\n☒ Oriented ☐ Comatose ☒ Forgetful ☐ Depressed ☐ Disoriented", 3), ("20. Prognosis\n☐ Poor ☐ Guarded ☒ Fair ☐ Good", 3))
    row(("21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)\n"
         "SN 2w2, 1w6: assess cardiopulmonary status, vital signs, edema and daily weight log; teach CHF self-management "
         "(2 g Na diet, fluid restriction, daily weights, when to call); teach insulin self-administration and glucose "
         "monitoring; medication reconciliation and teaching. SN 2 PRN visits for weight gain > 3 lb in 2 days or increased dyspnea.\n"
         "PT 2w3, 1w3: evaluate and treat; therapeutic exercise, gait and transfer training with rolling walker, home safety.\n"
         "HHA 2w4: assist with bathing and personal care.", 6))
    row(("22. Goals/Rehabilitation Potential/Discharge Plans\n"
         "1) Patient will state 4 signs/symptoms of CHF exacerbation and when to call the agency/MD by 01/31/2026.\n"
         "2) Patient will weigh herself daily and record weights on 7 of 7 days by 01/28/2026.\n"
         "3) Patient will self-administer insulin with correct technique and dose, independently, by 02/14/2026.\n"
         "4) Patient will ambulate 150 ft with rolling walker with standby assist by 02/20/2026.\n"
         "Rehab potential: good. Discharge to self-care with daughter's assistance when goals are met.", 6))
    row(("23. Nurse's Signature and Date of Verbal SOC Where Applicable\nJanet Lisowski, RN   01/07/2026", 4),
        ("25. Date HHA Received Signed POT\n01/15/2026", 2))
    row((f"24. Physician's Name and Address\nGloria Ng-Abara, MD\nLakeview Internal Medicine, 900 Sheridan Rd, Kenosha WI 53140\nNPI {N['ngabara']}", 3),
        ("26. I certify/recertify that this patient is confined to his/her home and needs intermittent skilled nursing "
         "care, physical therapy and/or speech therapy or continues to need occupational therapy. The patient is under my "
         "care, and I have authorized the services on this plan of care and will periodically review the plan.", 3))
    row(("27. Attending Physician's Signature and Date Signed\nGloria Ng-Abara, MD (signed)      01/14/2026", 4),
        ("28. Anyone who misrepresents, falsifies, or conceals essential information required for payment of Federal "
         "funds may be subject to fine, imprisonment, or civil penalty under applicable Federal statutes.", 2))
    save(doc, f)
    label(f, "medicare-home-health", D(2026, 2, 1), [],
          "Clean. A CMS-485-style grid of numbered boxes in merged table cells. Orders use home-health shorthand "
          "('SN 2w2, 1w6', 'PT 2w3, 1w3', 'HHA 2w4') that states frequency and duration; PRN visits are limited "
          "to 2. Cert period 59 days; physician signed 01/14/2026. Sex box uses check marks.")


def p24():
    """Home-health plan as an EHR narrative printout. Gaps: physician signature undated; MSW visits 'as needed'
    without a limit; goals deferred to another document."""
    f = "bp2_24_hh_narrative.docx"
    doc = new_doc("Calibri", 10)
    header_footer(doc, ["Evergreen Home Care Agency · Certification & Plan of Care · Episode 2 of 2 — printed 02/11/2026"],
                  "Evergreen Home Care — Confidential")
    para(doc, "Home Health Certification and Plan of Care", bold=True, size=12)
    para(doc, "Patient: QUINLAN, HERBERT J   DOB 02/02/1942   Medicare 4MR9-TA6-YK21   MR# EHC-20817")
    para(doc, "Start of care 02/03/2026 · Certification period 02/03/2026 – 04/03/2026 · Plan date 02/03/2026")
    para(doc, "")
    para(doc, "Diagnoses: J44.1 Chronic obstructive pulmonary disease with (acute) exacerbation (primary); J96.11 Chronic "
              "respiratory failure with hypoxia; Z99.81 Dependence on supplemental oxygen.")
    para(doc, "")
    para(doc, "Homebound status: leaves home only for medical appointments with the help of his son; dyspneic after "
              "20 feet; on 2 L O2 continuous.")
    para(doc, "")
    para(doc, "Orders", bold=True)
    para(doc, "Skilled nursing: 3 visits/week x 2 weeks, then 2 visits/week x 4 weeks, then 1 visit/week x 2 weeks — "
              "cardiopulmonary assessment, oxygen safety, inhaler technique, COPD action plan teaching, medication management.")
    para(doc, "Physical therapy: 2 visits/week x 4 weeks — energy conservation, breathing techniques, strengthening, gait.")
    para(doc, "Medical social worker: evaluation and follow-up visits as needed for community resources and long-term planning.")
    para(doc, "")
    para(doc, "Goals/outcomes: Refer to OASIS and the discipline-specific care plans.", italic=True)
    para(doc, "Rehab potential: fair. Discharge plan: remain at home with son; outpatient pulmonary rehab when able.")
    para(doc, "")
    para(doc, "Physician certification: I certify that this patient is confined to the home and needs intermittent "
              "skilled nursing and physical therapy. The patient is under my care and I have authorized these services.")
    para(doc, f"Physician: Samuel Achebe, MD   NPI {N['achebe']}")
    para(doc, "Signature: /s/ Samuel Achebe, MD          Date signed: ___/___/______")
    save(doc, f)
    label(f, "medicare-home-health", D(2026, 3, 10),
          [["signature-missing"], ["frequency-missing"], ["goal-missing", "goal-not-measurable"]],
          "Gap 1: the certifying physician's signature has no date. Gap 2: medical social worker visits 'as needed' "
          "with no number or limit (42 CFR 409.43: PRN orders need a limit). Gap 3: no goals in the plan "
          "('Refer to OASIS and the discipline-specific care plans'); goals-present is a warning in this profile. "
          "SN and PT frequencies with durations are written out.")


def p25():
    """Home-health wound-care plan in a label/value table; NP certifies. Gap: an 87-day certification period."""
    f = "bp2_25_hh_wound.docx"
    s, e = D(2026, 2, 2), D(2026, 4, 30)
    assert days(s, e) == 87
    doc = new_doc("Calibri", 10)
    para(doc, "Bayside Visiting Nurses — Plan of Care", bold=True, size=12)
    table(doc, [["Patient", "Ruth Abernethy"], ["DOB", "10/10/1948"], ["Medicare MBI", "7KV2-DX9-NA64"],
                ["Start of care", "02/02/2026"], ["Certification period", "02/02/2026 through 04/30/2026"],
                ["Primary diagnosis", "E11.621 Type 2 diabetes mellitus with foot ulcer"],
                ["Secondary diagnoses", "L97.412 Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed; Z79.4 Long term (current) use of insulin"],
                ["Wound", "Right plantar heel 3.2 x 2.1 x 0.4 cm, 20% slough, moderate serous drainage (02/02/2026)"]],
          size=9.5, bold_first_col=True)
    para(doc, "")
    para(doc, "Disciplines and visit frequency", bold=True)
    table(doc, [["Discipline", "Frequency", "Services"],
                ["Skilled nursing", "Three times a week for four weeks, then twice a week for eight weeks",
                 "Wound assessment and measurement weekly; cleanse with NS, apply calcium alginate and bordered foam, offloading boot; "
                 "diabetic teaching; glucose log review"],
                ["Home health aide", "Once a week for twelve weeks", "Bathing and personal care"]], header=True, size=9.5)
    para(doc, "")
    para(doc, "Goals", bold=True)
    for g in ["Wound will decrease to 1.0 x 1.0 x 0.1 cm or smaller with no slough by 04/30/2026.",
              "Fasting blood glucose below 150 mg/dL on at least 5 of 7 days, per patient log, by 03/16/2026.",
              "Patient's husband will perform the dressing change with correct clean technique, independently, by 03/02/2026.",
              "No signs of wound infection during the certification period."]:
        para(doc, "– " + g, space_after=0)
    para(doc, "")
    para(doc, "Certifying practitioner: Yolanda Price, APRN, FNP-BC    NPI " + N["price"])
    para(doc, "Signature: Yolanda Price, APRN    Date: 02/06/2026")
    para(doc, "RN case manager: Hector Salas, RN    02/02/2026")
    save(doc, f)
    label(f, "medicare-home-health", D(2026, 2, 20), [["review-interval-exceeded"]],
          "Gap: the certification period runs 87 days (02/02-04/30/2026); home-health plans must be reviewed and "
          "recertified at least every 60 days (warning, unverified). Certified by a nurse practitioner written "
          "'APRN, FNP-BC' (an allowed practitioner). Frequencies in words.")


def p26():
    """Home-health orders as a discipline grid where an 'X' under a column header selects the frequency. Clean."""
    f = "bp2_26_hh_xgrid.docx"
    soc, end = D(2026, 3, 2), D(2026, 4, 30)
    assert days(soc, end) <= 60
    doc = new_doc("Tahoma", 9)
    para(doc, "Great Plains Home Health — Physician Orders / Plan of Care", bold=True, size=11)
    table(doc, [["Patient: Vernon Castellanos", "DOB: 05/25/1944", "MBI: 9HE4-QW7-VT32"],
                ["SOC: 03/02/2026", "Cert period: 03/02/2026 – 04/30/2026", "Physician: Paul Mensah, MD"]], size=9)
    para(doc, "")
    runs(doc, ("Primary dx: ", "b"), "S72.141D — Displaced intertrochanteric fracture of right femur, subsequent encounter "
                                    "for closed fracture with routine healing (ORIF 02/18/2026)")
    runs(doc, ("Other dx: ", "b"), "R26.2 Difficulty in walking; Z91.81 History of falling; I10 Essential hypertension")
    para(doc, "")
    para(doc, "Disciplines ordered: ☒ SN   ☒ PT   ☒ OT   ☐ ST   ☐ MSW   ☒ HHA")
    table(doc, [["Discipline", "1x/wk", "2x/wk", "3x/wk", "No. of weeks", "Focus"],
                ["SN", "X", "", "", "4", "Incision check, anticoagulant teaching, pain management, med reconciliation"],
                ["PT", "", "", "X", "2", "Gait and transfer training with walker, strengthening, WBAT R LE"],
                ["PT", "", "X", "", "4", "(after the first 2 weeks) progression to cane, stairs, home exercise program"],
                ["OT", "", "X", "", "3", "ADL retraining, tub-transfer bench, hip kit"],
                ["HHA", "", "X", "", "4", "Bathing, personal care"]], header=True, size=8.5)
    para(doc, "")
    para(doc, "Goals (measurable):", bold=True)
    for g in ["Ambulate 200 ft with a walker, modified independent, by 04/13/2026.",
              "Transfer in and out of the tub with a bench and standby assist by 04/06/2026.",
              "Timed Up and Go under 20 seconds by 04/27/2026 (initial 34 s).",
              "Patient and wife will demonstrate the home exercise program correctly by 03/30/2026.",
              "Incision healed with no signs of infection by 03/23/2026."]:
        para(doc, "[ ] " + g, space_after=0)
    para(doc, "")
    para(doc, "Physician signature: electronically signed — Paul Mensah, MD — 03/06/2026 — NPI " + N["mensah"])
    para(doc, "Clinician completing plan: Sandra Quist, RN, BSN — 03/02/2026")
    save(doc, f)
    label(f, "medicare-home-health", D(2026, 4, 1), [],
          "Clean. Frequency is an 'X' under a column header (1x/wk, 2x/wk, 3x/wk) with a separate number of weeks; "
          "PT has two rows (3x/wk x 2 then 2x/wk x 4). Goal list uses '[ ]' bullets that are not check boxes. "
          "Cert period 59 days; physician e-signed 03/06/2026.")


def p27():
    """FHIR collection, home-health wound care with CarePlan activities per discipline. Clean."""
    f = "bp2_27_hh_fhir.json"
    pat = fx_patient("4f0b2d81-27cc-4e33-8a43-7c2b5e4f3a01", "Vasquez-Thorne", ["Irene"], "1941-01-17", member_id="3WD8FG2HK57")
    md = fx_practitioner("4f0b2d81-27cc-4e33-8a43-7c2b5e4f3a02", "Lindgren", ["Arthur"], "MD", npi("132957046"), "Physician (MD)")
    rn = fx_practitioner("4f0b2d81-27cc-4e33-8a43-7c2b5e4f3a03", "Oyelowo", ["Grace"], "RN", npi("175530194"), "Registered Nurse")
    c1 = fx_condition("4f0b2d81-27cc-4e33-8a43-7c2b5e4f3a11", pat, "L89.153", "Pressure ulcer of sacral region, stage 3", primary=True)
    c2 = fx_condition("4f0b2d81-27cc-4e33-8a43-7c2b5e4f3a12", pat, "I10", "Essential (primary) hypertension")
    c3 = fx_condition("4f0b2d81-27cc-4e33-8a43-7c2b5e4f3a13", pat, "Z74.09", "Other reduced mobility")
    goals = [
        fx_goal("4f0b2d81-27cc-4e33-8a43-7c2b5e4f3a21", pat, "Sacral wound will decrease from 4.0 x 3.0 x 0.5 cm to 2.0 x 1.5 x 0.2 cm or smaller.",
                due="2026-04-16", addresses=[c1]),
        fx_goal("4f0b2d81-27cc-4e33-8a43-7c2b5e4f3a22", pat, "Daughter will reposition the patient at least every 2 hours while awake, documented on the turning log 7 of 7 days.",
                due="2026-03-09", addresses=[c1]),
        fx_goal("4f0b2d81-27cc-4e33-8a43-7c2b5e4f3a23", pat, "Daughter will perform the dressing change with correct technique on 2 consecutive observed visits.",
                due="2026-03-16", addresses=[c1]),
    ]

    def act(code, text, freq, weeks, start):
        return {"detail": {"kind": "ServiceRequest", "code": {"coding": [{"system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "code": code}], "text": text},
                           "status": "scheduled", "performer": [fx_ref(rn)] if code == "G0299" else [],
                           "scheduledTiming": {"repeat": {"frequency": freq, "period": 1, "periodUnit": "wk",
                                                          "boundsPeriod": {"start": start, "end": (dt.date.fromisoformat(start) + dt.timedelta(weeks=weeks)).isoformat()}}},
                           "description": text}}
    cp = {"resourceType": "CarePlan", "id": "4f0b2d81-27cc-4e33-8a43-7c2b5e4f3a30", "status": "active", "intent": "order",
          "category": [{"text": "Home health plan of care"}], "title": "Home Health Certification and Plan of Care",
          "subject": fx_ref(pat), "period": {"start": "2026-02-16", "end": "2026-04-16"}, "created": "2026-02-16",
          "author": fx_ref(rn), "addresses": [fx_ref(c1), fx_ref(c2), fx_ref(c3)], "goal": [fx_ref(g) for g in goals],
          "activity": [act("G0299", "Skilled nursing: wound care (cleanse, hydrocolloid/foam), assessment, caregiver teaching", 3, 4, "2026-02-16"),
                       act("G0299", "Skilled nursing: wound care and assessment", 2, 4, "2026-03-16"),
                       act("G0156", "Home health aide: bathing and personal care", 2, 8, "2026-02-16")],
          "note": [{"text": "Homebound: bed-to-chair only with assistance of one. Discharge when wound is 2.0 x 1.5 cm or smaller "
                            "and daughter is independent with care."}]}
    prov = fx_provenance("4f0b2d81-27cc-4e33-8a43-7c2b5e4f3a40", [cp], md, "2026-02-20T11:00:00-05:00",
                         sig_type=("1.2.840.10065.1.12.1.5", "Verification Signature"), role="verifier")
    prov_rn = fx_provenance("4f0b2d81-27cc-4e33-8a43-7c2b5e4f3a41", [cp], rn, "2026-02-16T18:00:00-05:00")
    write_json(f, fx_bundle("b2-27", [pat, md, rn, c1, c2, c3] + goals + [cp, prov_rn, prov]))
    label(f, "medicare-home-health", D(2026, 3, 10), [],
          "Clean. CarePlan activities per discipline with scheduledTiming frequency and boundsPeriod (SN 3/wk x 4 "
          "then 2/wk x 4; HHA 2/wk x 8); CarePlan.period 59 days; physician (MD) certification as a Provenance "
          "verification signature on 02/20/2026. Activity codes are HCPCS G-codes.")


def p28():
    """C-CDA Care Plan, home health. Gaps: diagnoses coded only in SNOMED CT; no duration or certification end."""
    f = "bp2_28_hh_ccda.xml"
    hc = cda_section("2.16.840.1.113883.10.20.22.2.58", ("75310-3", "Health concerns document"), "Health Concerns",
                     cda_table(["Problem", "Status"], [["Heart failure", "Active"], ["Type 2 diabetes mellitus", "Active"]]),
                     cda_problem("ee55ee55-0005-4000-8000-000000000001", "84114007", OID_SCT, "Heart failure", "20260105")
                     + cda_problem("ee55ee55-0005-4000-8000-000000000002", "44054006", OID_SCT, "Diabetes mellitus type 2", "20190301"))
    goals = [("Patient will weigh himself every morning and record the weight on 7 of 7 days.", "20260203"),
             ("Patient will name 3 symptoms that mean he must call the nurse (weight gain over 3 lb in 2 days, swelling, shortness of breath).", "20260210"),
             ("Fasting glucose between 80 and 180 mg/dL on at least 5 of 7 days per log.", "20260317"),
             ("Walk 100 feet inside the home with a cane and no rest break.", "20260303")]
    gs = cda_section("2.16.840.1.113883.10.20.22.2.60", ("61146-7", "Goals"), "Goals",
                     cda_table(["Goal", "Target"], [[g, f"{d_[4:6]}/{d_[6:]}/{d_[:4]}"] for g, d_ in goals]),
                     "".join(cda_goal(f"ff66ff66-0006-4000-8000-00000000000{i}", g, d_) for i, (g, d_) in enumerate(goals, 1)))
    iv = cda_section("2.16.840.1.113883.10.20.21.2.3", ("62387-6", "Interventions provided"), "Interventions",
                     cda_table(["Discipline", "Frequency", "Services"],
                               [["Skilled nursing", "Weekly", "Cardiopulmonary assessment, CHF and diabetes teaching, medication review"],
                                ["Physical therapy", "2x/week", "Strengthening, gait training, home safety"]]),
                     cda_planned("ab77ab77-0007-4000-8000-000000000001", "G0299", OID_HCPCS, "Direct skilled nursing services of a registered nurse",
                                 "Skilled nursing visit weekly", period=("1", "wk"))
                     + cda_planned("ab77ab77-0007-4000-8000-000000000002", "G0151", OID_HCPCS, "Services performed by a qualified physical therapist in the home health setting",
                                   "Physical therapy visit 2x/week", period=("0.5", "wk")))
    doc = cda_doc(doc_id="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c28", title="Home Health Plan of Care",
                  effective="20260120100000-0600", patient_ids=[(OID_MBI, "5PA3CT8RW16")], given="Bernard", family="Leclair",
                  gender="M", birth="19360704", author_time="20260120100000-0600", author_npi=npi("158842067"),
                  author_name=("Theresa", "Wojcik", "RN"), org_name="Heartland Home Health Partners",
                  legal=("20260123083000-0600", npi("149925803"), ("Victor", "Almanza", "MD")),
                  service_low="20260120", sections=cda_payers("1", "5PA3CT8RW16", "Medicare (home health)") + hc + gs + iv)
    write_xml(f, doc)
    label(f, "medicare-home-health", D(2026, 2, 10), [["diagnosis-code-missing"], ["duration-missing"]],
          "Gap 1: both problems are coded only in SNOMED CT (no ICD-10-CM code or translation). Gap 2: no duration: "
          "service frequencies have no number of weeks, the serviceEvent has a start but no end, and no "
          "certification end date is given. Physician (MD) is the legalAuthenticator, dated 01/23/2026.",
          unsure=("review-interval-exceeded",))


# =============================================================================================
# Commercial ABA
# =============================================================================================


def p29():
    """ABA plan with a programs table (baseline / mastery / target date columns). Clean."""
    f = "bp2_29_aba_programs.docx"
    plan, a_start, a_end = D(2026, 1, 12), D(2026, 1, 15), D(2026, 7, 14)
    assert days(D(2025, 12, 10), plan) <= 365
    doc = new_doc("Calibri", 9.5, landscape=True, margins=0.6)
    para(doc, "BRIGHT PATH AUTISM SERVICES · Individualized ABA Treatment Plan & Authorization Request", bold=True, size=11.5)
    table(doc, [["Client", "Mateo Alvarez-Greene", "DOB", "04/18/2021", "Member ID", "BCX884210937", "Plan", "Anthem Blue Cross PPO"],
                ["Plan date", "01/12/2026", "Requested period", "01/15/2026 – 07/14/2026", "Progress review", "04/15/2026", "Reassessment", "06/15/2026"]],
          size=8.5)
    para(doc, "")
    runs(doc, ("Diagnosis: ", "b"), "F84.0 Autistic disorder (autism spectrum disorder, level 2). Diagnosed 03/14/2025 by "
                                   "Priya Menon, PhD, licensed psychologist (ADOS-2, ADI-R).")
    runs(doc, ("Assessments: ", "b"), "VB-MAPP 12/10/2025 — Milestones 58/170, Barriers 41; Vineland-3 12/12/2025 — "
                                     "Adaptive Behavior Composite 64 (communication 61, daily living 66, socialization 62). "
                                     "Administered by Hannah Kowal, M.S., BCBA.")
    para(doc, "")
    t = table(doc, [["Domain", "Goal", "Baseline", "Mastery criterion", "Target date"],
                    ["Communication (mand)", "Mateo will independently request 20 different preferred items or activities using 2-word phrases.",
                     "3 single-word mands, full vocal prompts (12/2025 probes)", "80% of opportunities across 3 consecutive sessions with 2 therapists", "04/15/2026"],
                    ["Listener", "Follow 1-step instructions without gestures (e.g., 'get your shoes').", "20% of trials", "90% across 3 consecutive sessions", "05/15/2026"],
                    ["Social", "Respond to his name by orienting within 3 seconds.", "30% of opportunities", "80% across 3 consecutive sessions", "03/31/2026"],
                    ["Behavior reduction", "Reduce elopement (leaving the designated area without permission).", "6.2 episodes/day (10-day ABC data)",
                     "Fewer than 1 episode/day for 10 consecutive days", "07/14/2026"],
                    ["Adaptive (toileting)", "Void in the toilet on a 90-minute schedule.", "10% of scheduled trips", "80% of trips across 5 consecutive days", "06/30/2026"],
                    ["Caregiver training", "Parents will implement the first-then visual schedule and planned ignoring protocol.",
                     "45% fidelity (BST checklist 12/18/2025)", "≥ 90% fidelity across 3 consecutive observed sessions", "04/30/2026"]],
              header=True, size=8.5)
    para(doc, "")
    table(doc, [["CPT", "Service", "Hours per week", "Rendering"],
                ["97153", "Adaptive behavior treatment by protocol (RBT)", "20", "RBT under BCBA supervision"],
                ["97155", "Protocol modification / supervision (BCBA)", "3", "BCBA"],
                ["97156", "Family adaptive behavior treatment guidance", "1", "BCBA"]], header=True, size=8.5)
    para(doc, "")
    para(doc, f"Supervising BCBA: Hannah Kowal, M.S., BCBA (cert. 1-19-43321)  NPI {npi('119843207')}   Signed 01/12/2026")
    para(doc, "Parent/guardian: Lucia Alvarez-Greene (mother)   Signed 01/13/2026")
    save(doc, f)
    label(f, "commercial-aba", D(2026, 2, 5), [],
          "Clean. Programs table with domain, baseline, mastery criterion and target date columns; caregiver "
          "training row; hours per week by CPT; 6-month period with a progress review at 3 months; diagnosis with "
          "evaluator and date; assessments one month old.")


def p30():
    """ABA plan written as prose blocks with 'Target', 'Benchmark', 'Outcome' labels. Gaps: no caregiver goal;
    the only standardized assessment is 15 months old."""
    f = "bp2_30_aba_targets.docx"
    plan = D(2026, 1, 20)
    assert days(D(2024, 10, 14), plan) > 365
    doc = new_doc("Book Antiqua", 10.5)
    para(doc, "Cornerstone Behavioral Health — ABA Services", bold=True, size=12)
    para(doc, "Treatment Plan — Continuation of Services", italic=True)
    para(doc, "Isaiah Whitlock, born September 2, 2018. Member ID 992013847-01 (UnitedHealthcare / Optum Behavioral Health). "
              "Plan prepared January 20, 2026 for the authorization period 02/01/2026 to 07/31/2026. A progress report "
              "will be submitted by 07/15/2026.")
    para(doc, "Isaiah was diagnosed with autism spectrum disorder (F84.0, autistic disorder) on 11/05/2022 by Lionel Harte, "
              "MD, developmental pediatrician. His most recent standardized assessment is the ABLLS-R, administered "
              "10/14/2024 (see attached grid); scores have been tracked since then with program data.")
    para(doc, "")
    blocks = [
        ("Target 1 — Reciprocal conversation",
         "Isaiah will take 4 or more back-and-forth turns on a topic chosen by a peer.",
         "Baseline: 1 turn on average (probe 01/2026).",
         "Benchmark (04/20/2026): 2–3 turns in 60% of opportunities.",
         "Outcome (07/31/2026): 4+ turns in 80% of opportunities across 3 consecutive sessions (mastery)."),
        ("Target 2 — Transitions",
         "Reduce the duration of tantrums when an activity ends.",
         "Baseline: average 14 minutes per episode, 3 episodes per day.",
         "Benchmark (04/20/2026): average under 7 minutes.",
         "Outcome (07/31/2026): average under 3 minutes for 10 consecutive school days (mastery)."),
        ("Target 3 — Cooperative play",
         "Isaiah will play a turn-taking board game with a peer to the end of the game.",
         "Baseline: leaves the game after 2 turns.",
         "Benchmark (04/20/2026): completes a short game with 1 prompt.",
         "Outcome (07/31/2026): completes 3 of 4 games independently across 2 weeks (mastery)."),
        ("Target 4 — Self-care",
         "Isaiah will complete his morning routine (toilet, wash, dress, brush teeth) from a picture checklist.",
         "Baseline: 3 of 9 steps independently.",
         "Benchmark (04/20/2026): 6 of 9 steps.",
         "Outcome (07/31/2026): 9 of 9 steps independently on 5 consecutive days (mastery)."),
    ]
    for title, *lines in blocks:
        para(doc, title, bold=True, space_after=1)
        for l in lines:
            para(doc, l, space_after=1)
        para(doc, "", space_after=2)
    para(doc, "Services requested", bold=True)
    para(doc, "97153 adaptive behavior treatment by protocol: 15 hours per week. 97155 protocol modification by the BCBA: "
              "2 hours per week. 97156 family adaptive behavior treatment guidance: 1 hour every other week (0.5 hour per week).")
    para(doc, "")
    para(doc, "Nora Lindahl, M.Ed., BCBA — signed 01/20/2026 — NPI " + npi("120593846"))
    para(doc, "Keisha Whitlock, parent — signed 01/21/2026")
    save(doc, f)
    label(f, "commercial-aba", D(2026, 2, 10), [["caregiver-goal-missing"], ["assessment-outdated"]],
          "Gap 1: none of the four targets involves the parent/caregiver (family guidance 97156 is requested, but "
          "there is no caregiver-training goal). Gap 2: the latest standardized assessment (ABLLS-R 10/14/2024) is "
          "463 days old at the plan date (warning, unverified). Targets are prose blocks with 'Baseline', "
          "'Benchmark' and 'Outcome' lines; mastery criteria are inside the Outcome line, marked '(mastery)'.")


def p31():
    """ABA request printed from an EHR (headers, page numbers, repeated header row). Gaps: primary diagnosis
    ADHD (not covered); a four-digit service code."""
    f = "bp2_31_aba_ehr.docx"
    doc = new_doc("Calibri", 9.5)
    header_footer(doc, ["CentralReach-style export · ABA Treatment Plan · PETROVIC, LIAM · DOB 06/30/2019 · Member W338410992"],
                  "Kids Thrive Behavioral · printed 01/06/2026")
    para(doc, "ABA TREATMENT PLAN — INITIAL AUTHORIZATION REQUEST", bold=True, size=11)
    table(doc, [["Client", "Liam Petrovic"], ["DOB", "06/30/2019"], ["Insurance / member ID", "Aetna Choice POS II — W338410992"],
                ["Plan date", "01/05/2026"], ["Authorization period requested", "01/12/2026 – 07/11/2026"],
                ["Progress review", "04/13/2026"]], size=9, bold_first_col=True)
    para(doc, "")
    para(doc, "Diagnoses", bold=True)
    table(doc, [["", "Code", "Description", "Diagnosed by / date"],
                ["Primary", "F90.2", "Attention-deficit hyperactivity disorder, combined type", "Sandra Kim, PsyD — 08/20/2025"],
                ["Secondary", "F80.2", "Mixed receptive-expressive language disorder", "Sandra Kim, PsyD — 08/20/2025"]], header=True, size=9)
    para(doc, "Assessments: Vineland-3 (12/01/2025) ABC 71; functional behavior assessment 12/2025 (function of aggression: escape from demands).", size=9)
    para(doc, "")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Goal", "Baseline", "Mastery", "Target date", "Status"]
    for j, h in enumerate(hdr):
        cell_text(t.rows[0].cells[j], h, bold=True, size=9); shade(t.rows[0].cells[j])
    rows = [("Reduce aggression (hitting, kicking) during table work.", "9 per hour", "≤ 1 per hour for 10 consecutive sessions", "07/11/2026", "New"),
            ("Request a break with a break card instead of aggression.", "0% of opportunities", "80% across 3 consecutive sessions", "04/13/2026", "New"),
            ("Remain seated and engaged during a 10-minute table task.", "2 minutes", "10 minutes on 4 of 5 days", "05/11/2026", "New"),
            ("Goal", "Baseline", "Mastery", "Target date", "Status"),
            ("Parent will deliver demands using the high-probability request sequence with fidelity.", "35% fidelity", "≥ 85% fidelity across 3 observations", "04/27/2026", "New")]
    for r in rows:
        cells = t.add_row().cells
        for j, v in enumerate(r):
            cell_text(cells[j], v, size=9, bold=r[0] == "Goal")
    para(doc, "")
    table(doc, [["Code", "Service", "Hours/week"], ["9153", "Adaptive behavior treatment by protocol", "10"],
                ["97155", "Protocol modification (BCBA)", "2"], ["97156", "Family guidance (BCBA)", "1"]], header=True, size=9)
    para(doc, "")
    para(doc, "BCBA: Rafael Ortega, BCBA   e-signed 01/05/2026 15:02   NPI " + npi("133860527"))
    para(doc, "Parent/guardian: Milica Petrovic   signed 01/05/2026")
    save(doc, f)
    label(f, "commercial-aba", D(2026, 3, 1), [["diagnosis-not-covered"], ["service-code-invalid"]],
          "Gap 1: the primary diagnosis is ADHD (F90.2) with a language disorder; no autism spectrum diagnosis, so "
          "ABA is not covered under this policy. Gap 2: the direct-therapy code is written '9153' (four digits; "
          "97153 intended). Demographics also in the page header; goals table repeats its header row.")


def p32():
    """Spanish-English ABA plan. Gaps: a 12-month authorization period; the parent signature line is blank."""
    f = "bp2_32_aba_bilingual.docx"
    doc = new_doc("Calibri", 10)
    para(doc, "Centro de Terapia Conductual Sol Naciente / Rising Sun Behavioral Therapy Center", bold=True, size=12)
    para(doc, "Plan de tratamiento ABA / ABA Treatment Plan", bold=True)
    table(doc, [["Nombre / Name", "Sofía Ramírez Beltrán"], ["Fecha de nacimiento / DOB", "02/14/2020"],
                ["Seguro / Insurance", "Molina Marketplace — ID MOL-44718203"],
                ["Fecha del plan / Plan date", "01/05/2026"],
                ["Periodo de autorización / Authorization period", "01/05/2026 – 01/04/2027"],
                ["Revisión de progreso / Progress review", "07/05/2026"]], size=9.5, bold_first_col=True)
    para(doc, "")
    runs(doc, ("Diagnóstico / Diagnosis: ", "b"), "F84.0 Trastorno del espectro autista / Autism spectrum disorder — "
                                                 "diagnosticado por / diagnosed by Elena Cortés, PhD, psicóloga licenciada / licensed psychologist, 05/06/2024.")
    runs(doc, ("Evaluaciones / Assessments: ", "b"), "VB-MAPP 12/03/2025 (Milestones 71/170); Vineland-3 12/03/2025 (ABC 66).")
    para(doc, "")
    table(doc, [["Meta / Goal", "Línea base / Baseline", "Criterio de dominio / Mastery", "Fecha meta / Target date"],
                ["Pedirá ayuda con palabras / Sofía will ask for help using words (\"ayuda, por favor\").", "0 de 10 oportunidades / 0 of 10",
                 "8 de 10 en 3 sesiones seguidas / 8 of 10 across 3 consecutive sessions", "04/06/2026"],
                ["Esperará su turno / Wait for her turn in a group game.", "10 segundos / 10 seconds",
                 "2 minutos en 4 de 5 días / 2 minutes on 4 of 5 days", "05/04/2026"],
                ["Reducir mordidas / Reduce biting.", "4 por día / 4 per day", "0 por día durante 15 días / 0 per day for 15 days", "07/05/2026"],
                ["Los padres usarán refuerzo diferencial / Parents will use differential reinforcement during meals.",
                 "30% fidelidad / 30% fidelity", "90% fidelidad en 3 observaciones / 90% fidelity in 3 observations", "04/20/2026"]],
          header=True, size=9)
    para(doc, "")
    table(doc, [["CPT", "Servicio / Service", "Horas por semana / Hours per week"],
                ["97153", "Tratamiento por protocolo / Treatment by protocol (RBT)", "18"],
                ["97155", "Modificación de protocolo / Protocol modification (BCBA)", "3"],
                ["97156", "Guía familiar / Family guidance", "1"]], header=True, size=9)
    para(doc, "")
    para(doc, "Firmas / Signatures", bold=True)
    para(doc, "BCBA: Andrés Villalba, M.A., BCBA — Fecha / Date: 01/05/2026 — NPI " + npi("145509273"))
    para(doc, "Padre/Madre/Tutor — Parent/Guardian: ______________________________  Fecha / Date: __________")
    save(doc, f)
    label(f, "commercial-aba", D(2026, 2, 1), [["duration-exceeds-limit"], ["signature-missing"]],
          "Gap 1: the authorization period is 12 months (01/05/2026-01/04/2027); the limit is 6 months. Gap 2: the "
          "parent/guardian signature line is blank. Bilingual labels throughout. Unsure: whether the 12-month period "
          "should also count against the review interval (the progress review on 07/05/2026 is within 184 days).",
          unsure=("review-interval-exceeded",))


def p33():
    """ABA request on a two-column form. Gaps: baselines 'to be collected'; no review or progress-report date."""
    f = "bp2_33_aba_form.docx"
    doc = new_doc("Arial", 9.5)
    para(doc, "SUMMIT ABA PARTNERS — TREATMENT PLAN / PRIOR AUTHORIZATION", bold=True, size=11, align="center")
    t = doc.add_table(rows=7, cols=4)
    t.style = "Table Grid"
    pairs = [("Client", "Owen Fitzgerald-Marsh", "Date of birth", "11/27/2017"),
             ("Payer", "Cigna Open Access Plus", "Member ID", "U55120934"),
             ("Plan date", "01/08/2026", "Service period", "01/15/2026 to 07/14/2026")]
    for i, (a, b, c, d_) in enumerate(pairs):
        cell_text(t.cell(i, 0), a, bold=True); cell_text(t.cell(i, 1), b); cell_text(t.cell(i, 2), c, bold=True); cell_text(t.cell(i, 3), d_)
    cell_text(t.cell(3, 0), "Diagnosis", bold=True)
    cell_text(t.cell(3, 1).merge(t.cell(3, 3)), "F84.0 Autistic disorder — diagnosed 06/02/2021 by Grace Holloway, PhD (licensed psychologist)")
    cell_text(t.cell(4, 0), "Assessments", bold=True)
    cell_text(t.cell(4, 1).merge(t.cell(4, 3)), "AFLS Basic Living Skills and Home Skills 12/15/2025; Vineland-3 12/15/2025 (ABC 69)")
    cell_text(t.cell(5, 0), "Services requested", bold=True)
    cell_text(t.cell(5, 1).merge(t.cell(5, 3)), "97153 — 12 hours/week; 97155 — 2 hours/week; 97156 — 1 hour/week")
    cell_text(t.cell(6, 0), "Setting", bold=True)
    cell_text(t.cell(6, 1).merge(t.cell(6, 3)), "Home and community")
    para(doc, "")
    table(doc, [["#", "Goal", "Baseline", "Mastery criterion", "Target date"],
                ["1", "Owen will order a meal at a counter-service restaurant independently.", "To be collected in the first 2 weeks of treatment", "3 of 3 community trials", "05/15/2026"],
                ["2", "Owen will tolerate haircuts and dental cleanings without aggression.", "To be collected in the first 2 weeks of treatment", "0 aggressive acts across 2 consecutive appointments", "07/14/2026"],
                ["3", "Owen will use a visual schedule to complete his after-school routine.", "TBD", "90% of steps on 5 consecutive days", "04/15/2026"],
                ["4", "Caregivers will run the token economy with fidelity.", "TBD", "≥ 90% fidelity across 3 observed sessions", "04/30/2026"]],
          header=True, size=9)
    para(doc, "")
    para(doc, "Supervising BCBA: Tobias Wren, BCBA-D — 01/08/2026 — NPI " + npi("156630428"))
    para(doc, "Parent/guardian: Allison Marsh — 01/09/2026")
    save(doc, f)
    label(f, "commercial-aba", D(2026, 1, 30), [["baseline-missing"], ["review-date-missing"]],
          "Gap 1: no goal has a baseline ('To be collected in the first 2 weeks' / 'TBD'). Gap 2: no date for a "
          "progress review, reassessment or plan update anywhere (only the service period). Unsure: without a "
          "review date a tool may also report the review interval (plan date to period end is 187 days); that is "
          "the same gap, so review-interval-exceeded is not judged.", unsure=("review-interval-exceeded",))


def p34():
    """ABA initial request with a VML text box and content-control check boxes; includes a 97151 reassessment
    request in units. Clean."""
    f = "bp2_34_aba_checkbox.docx"
    plan = D(2026, 3, 2)
    doc = new_doc("Calibri", 10)
    p = para(doc, "Little Steps Autism Center", bold=True, size=13)
    textbox_vml(p, ["AUTHORIZATION REQUEST", "Requested start: 03/09/2026", "Requested end: 09/08/2026"], width_pt=170, height_pt=75)
    para(doc, "Applied Behavior Analysis — Treatment Plan")
    p = para(doc, "Request type: ")
    checkbox_sdt(p, True, "Initial"); checkbox_sdt(p, False, "Continuation")
    p = para(doc, "Setting: ")
    checkbox_sdt(p, True, "Home"); checkbox_sdt(p, True, "Clinic"); checkbox_sdt(p, False, "School")
    para(doc, "")
    table(doc, [["Child: Ava Nakamura-Sullivan", "DOB: 07/07/2022", "Member ID: BSC-K70244519 (Blue Shield of California PPO)"],
                ["Plan date: 03/02/2026", "Progress review: 06/08/2026", "BCBA: Imani Okafor, BCBA"]], size=9.5)
    para(doc, "")
    runs(doc, ("ICD-10: ", "b"), "F84.0 (DSM-5-TR 299.00 Autism Spectrum Disorder, Level 2, with accompanying language "
                                "impairment) — diagnosed 10/22/2025 by Marcus Feld, MD, developmental-behavioral pediatrician.")
    runs(doc, ("Standardized assessments (01/26/2026): ", "b"), "VB-MAPP Milestones 22/170, Barriers 38; Vineland-3 ABC 61.")
    para(doc, "")
    goals = [
        ("Echoic", "Ava will echo 2-syllable words on request.", "5 of 20 words", "80% of trials across 3 consecutive sessions", "06/08/2026"),
        ("Mand", "Ava will request 15 preferred items with a word or word approximation without prompts.", "0 independent mands", "15 items, 80% of opportunities across 3 sessions", "07/20/2026"),
        ("Imitation", "Ava will imitate 10 two-step gross-motor actions.", "2 of 10", "9 of 10 across 2 consecutive sessions", "05/11/2026"),
        ("Behavior", "Reduce head-hitting during transitions.", "12 per day", "≤ 2 per day for 10 consecutive days", "09/08/2026"),
        ("Caregiver", "Father and mother will prompt and reinforce mands during snack using the prompt hierarchy.", "40% fidelity", "90% fidelity across 3 consecutive observations", "05/25/2026"),
    ]
    table(doc, [["Area", "Goal", "Baseline", "Mastery", "Target"]] + [list(g) for g in goals], header=True, size=9)
    para(doc, "")
    table(doc, [["CPT", "Service", "Requested"],
                ["97153", "Adaptive behavior treatment by protocol (RBT)", "25 hours/week"],
                ["97155", "Protocol modification (BCBA)", "4 hours/week"],
                ["97156", "Family adaptive behavior treatment guidance", "1.5 hours/week"],
                ["97151", "Behavior identification reassessment (end of period)", "24 units (6 hours) total"]], header=True, size=9)
    para(doc, "")
    para(doc, "Imani Okafor, BCBA   NPI " + npi("181077394") + "   Signature on file   Date: 03/02/2026")
    para(doc, "Parent/guardian: Kenji Nakamura-Sullivan   Signed   Date: 03/03/2026")
    save(doc, f)
    label(f, "commercial-aba", D(2026, 4, 1), [],
          "Clean. A VML text box holds the requested period (03/09-09/08/2026); request type and setting are "
          "content-control check boxes; ICD-10 code next to the DSM-5-TR name and number (299.00 is not an "
          "ICD-10-CM code and should not be read as one). Unsure: the 97151 reassessment is requested as units "
          "per period, not hours per week; a reviewer would not call that a missing amount, but the hours-per-week "
          "rule might.", unsure=("amount-missing",))


def p35():
    """FHIR collection, ABA. Gaps: no standardized assessment recorded; BCBA NPI fails its check digit."""
    f = "bp2_35_aba_fhir.json"
    pat = fx_patient("5a1c3e92-35dd-4f44-9b54-8d3c6f5a4b01", "Brooks", ["Jaylen"], "2019-12-03", gender="male")
    bcba = fx_practitioner("5a1c3e92-35dd-4f44-9b54-8d3c6f5a4b02", "Marchand", ["Elise"], "BCBA", bad_npi("176334590"),
                           "Board Certified Behavior Analyst")
    psy = fx_practitioner("5a1c3e92-35dd-4f44-9b54-8d3c6f5a4b03", "Oduya", ["Samuel"], "PhD", npi("129975034"), "Licensed psychologist")
    parent = {"resourceType": "RelatedPerson", "id": "5a1c3e92-35dd-4f44-9b54-8d3c6f5a4b04", "patient": fx_ref(pat),
              "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "MTH", "display": "mother"}]}],
              "name": [{"family": "Brooks", "given": ["Tanya"]}]}
    cov = {"resourceType": "Coverage", "id": "5a1c3e92-35dd-4f44-9b54-8d3c6f5a4b05", "status": "active",
           "subscriberId": "HMN-7731905522", "beneficiary": fx_ref(pat), "relationship": {"coding": [{"code": "child"}]},
           "payor": [{"display": "Humana commercial PPO"}]}
    cond = fx_condition("5a1c3e92-35dd-4f44-9b54-8d3c6f5a4b11", pat, "F84.0", "Autistic disorder", primary=True,
                        recorded="2024-09-12", recorder=psy, note="Diagnosed by Samuel Oduya, PhD, licensed psychologist, on 09/12/2024 (ADOS-2).")

    def goal(i, text, baseline, mastery, due, category=None):
        return fx_goal(f"5a1c3e92-35dd-4f44-9b54-8d3c6f5a4b2{i}", pat, text, due=due, start="2026-02-02",
                       detail={"detailString": mastery}, addresses=[cond], note=f"Baseline: {baseline}", category=category)
    goals = [goal(1, "Jaylen will answer 'wh' questions about a short story.", "2 of 10 correct", "8 of 10 across 3 consecutive sessions", "2026-05-04"),
             goal(2, "Jaylen will initiate play with a peer by inviting them to join.", "0 initiations per 30-minute session", "3 initiations per session on 4 of 5 sessions", "2026-06-01"),
             goal(3, "Reduce screaming during non-preferred tasks.", "11 episodes per hour", "2 or fewer per hour for 10 consecutive sessions", "2026-08-01"),
             goal(4, "Mother will implement the calm-down routine and praise replacement behavior.", "30% fidelity", "90% fidelity across 3 observations", "2026-04-27", category="Caregiver training")]
    weekly = lambda n_days, hours: {"frequency": n_days, "period": 1, "periodUnit": "wk", "duration": hours, "durationUnit": "h"}
    srs = [fx_service_request("5a1c3e92-35dd-4f44-9b54-8d3c6f5a4b41", pat, "97153", "Adaptive behavior treatment by protocol",
                              "Direct ABA by RBT: 20 hours per week", timing=weekly(5, 4), performer=bcba),
           fx_service_request("5a1c3e92-35dd-4f44-9b54-8d3c6f5a4b42", pat, "97155", "Adaptive behavior treatment with protocol modification",
                              "BCBA protocol modification: 3 hours per week", timing=weekly(3, 1), performer=bcba),
           fx_service_request("5a1c3e92-35dd-4f44-9b54-8d3c6f5a4b43", pat, "97156", "Family adaptive behavior treatment guidance",
                              "Parent training: 1 hour per week", timing=weekly(1, 1), performer=bcba)]
    cp = {"resourceType": "CarePlan", "id": "5a1c3e92-35dd-4f44-9b54-8d3c6f5a4b50", "status": "active", "intent": "plan",
          "title": "ABA treatment plan", "subject": fx_ref(pat), "period": {"start": "2026-02-02", "end": "2026-08-01"},
          "created": "2026-01-26", "author": fx_ref(bcba), "addresses": [fx_ref(cond)], "goal": [fx_ref(g) for g in goals],
          "activity": [{"reference": fx_ref(s)} for s in srs] + [
              {"detail": {"status": "scheduled", "code": {"text": "Treatment plan progress review"},
                          "scheduledPeriod": {"start": "2026-05-01", "end": "2026-05-01"},
                          "description": "Progress review and plan update with family"}}]}
    prov_bcba = fx_provenance("5a1c3e92-35dd-4f44-9b54-8d3c6f5a4b61", [cp], bcba, "2026-01-26T14:00:00-05:00")
    prov_parent = {"resourceType": "Provenance", "id": "5a1c3e92-35dd-4f44-9b54-8d3c6f5a4b62", "target": [fx_ref(cp)],
                   "recorded": "2026-01-27T10:20:00-05:00",
                   "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "attester"}]},
                              "who": fx_ref(parent)}],
                   "signature": [{"type": [{"system": ASTM, "code": "1.2.840.10065.1.12.1.7", "display": "Consent Signature"}],
                                  "when": "2026-01-27T10:20:00-05:00", "who": fx_ref(parent), "sigFormat": "image/png", "data": SIG_DATA}]}
    write_json(f, fx_bundle("b2-35", [pat, bcba, psy, parent, cov, cond] + goals + srs + [cp, prov_bcba, prov_parent]))
    label(f, "commercial-aba", D(2026, 2, 15), [["assessment-missing"], ["identifier-invalid"]],
          "Gap 1: no standardized assessment (no Observation, no mention of VB-MAPP/Vineland/ABLLS etc.). Gap 2: "
          "the BCBA's NPI fails its check digit. Member ID only in Coverage.subscriberId. Baselines are in "
          "Goal.note ('Baseline: ...'), mastery criteria in Goal.target.detailString; hours per week as "
          "timing (5 days x 4 h); parent signature is a Provenance consent signature by a RelatedPerson.")


def p36():
    """authcheck YAML, ABA continuation plan. Clean."""
    f = "bp2_36_aba_native.yaml"
    text = f"""schema: authcheck-plan/1
patient: {{name: Noah Baptiste-Lang, birth_date: 2020-05-19, member_id: "ZXK440918327"}}
payer: Blue Cross Blue Shield of Illinois (PPO)
program: Home-based ABA
discipline: aba
plan_date: 2026-03-16
period: {{start: 2026-03-23, end: 2026-09-22}}
expected_duration: 6 months
providers:
  - {{name: Camille Duarte, credential: BCBA, npi: "{npi('137702956')}", role: supervising BCBA, organization: Northshore ABA Collaborative}}
diagnoses:
  - {{code: F84.0, description: Autistic disorder, primary: true, diagnosed_by: "Rachel Obi, PhD, licensed clinical psychologist", diagnosed_on: 2023-08-10}}
assessments:
  - {{instrument: VB-MAPP, date: 2026-02-20, scores: {{milestones: 121, barriers: 19}}, administered_by: "Camille Duarte, BCBA"}}
  - {{instrument: Vineland-3, date: 2026-02-20, scores: {{adaptive_behavior_composite: 74}}, administered_by: "Camille Duarte, BCBA"}}
problems:
  - label: Communication
    statement: Limited conversational language with peers
    goals:
      - label: Goal 1
        statement: Noah will ask a peer a related question during play.
        baseline: 1 question per 20-minute play session
        mastery_criteria: 4 or more questions per session across 3 consecutive sessions
        target_date: 2026-06-22
  - label: Behavior
    statement: Elopement in community settings
    goals:
      - label: Goal 2
        statement: Reduce elopement in stores and parking lots.
        baseline: 3 episodes per community outing
        mastery_criteria: 0 episodes across 8 consecutive outings
        target_date: 2026-09-22
  - label: Daily living
    statement: Dependent for dressing
    goals:
      - label: Goal 3
        statement: Noah will dress himself (shirt, pants, socks, shoes) with no more than one verbal prompt.
        baseline: 2 of 8 steps independently
        mastery_criteria: 8 of 8 steps on 5 consecutive mornings
        target_date: 2026-07-20
  - label: Caregiver training
    statement: Parents learning to prevent elopement
    goals:
      - label: Goal 4
        domain: Caregiver training
        statement: Parents will use the hand-holding and wait-for-signal protocol on community outings.
        baseline: 50% fidelity
        mastery_criteria: 90% fidelity across 3 observed outings
        target_date: 2026-06-08
services:
  - {{code: "97153", description: Adaptive behavior treatment by protocol, hours_per_week: 15}}
  - {{code: "97155", description: Protocol modification by BCBA, hours_per_week: 2}}
  - {{code: "97156", description: Family adaptive behavior treatment guidance, hours_per_week: 1}}
reviews:
  - {{kind: progress-report, date: 2026-06-22, completed: false}}
signatures:
  - {{role: clinician, name: Camille Duarte, credential: BCBA, date: 2026-03-16, method: electronic}}
  - {{role: guardian, name: Marie Baptiste-Lang, date: 2026-03-17, method: handwritten}}
"""
    (OUT / f).write_text(text, encoding="utf-8")
    label(f, "commercial-aba", D(2026, 4, 1), [],
          "Clean. Native YAML continuation plan with every commercial-ABA element stated explicitly.")


# =============================================================================================
# Substance use disorder plans against state profiles (payer: base-treatment-plan)
# =============================================================================================


def p37():
    """Florida residential level 2: problem/goal/objective matrix with vertically merged problem cells. Clean."""
    f = "bp2_37_sud_fl_residential.docx"
    adm, plan, qp = D(2026, 1, 5), D(2026, 1, 14), D(2026, 1, 16)
    assert days(adm, plan) <= 15 and days(plan, qp) <= 10
    doc = new_doc("Calibri", 9.5, landscape=True, margins=0.6)
    para(doc, "GULF COAST RECOVERY CENTER — Residential Treatment (Fla. Admin. Code 65D-30)", bold=True, size=11)
    para(doc, "INDIVIDUALIZED TREATMENT PLAN", bold=True)
    table(doc, [["Client", "Tyrone Beckwith", "DOB", "03/19/1990", "Insurance ID", "Florida Blue H7K224019385"],
                ["Admission date", "01/05/2026", "Level of care", "Residential Level 2 (ASAM 3.5)", "Plan date", "01/14/2026"]],
          size=9)
    runs(doc, ("Diagnoses: ", "b"), "F10.20 Alcohol use disorder, severe; F12.20 Cannabis use disorder, moderate")
    para(doc, "")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Problem", "Goal", "Measurable objectives", "Target date", "Interventions (type / frequency / staff)"]):
        cell_text(t.rows[0].cells[j], h, bold=True, size=9); shade(t.rows[0].cells[j])
    plan_rows = [
        ("1. Daily heavy drinking for 6 years; two DUI arrests; withdrawal seizures in 2024.", "Maintain abstinence from alcohol and cannabis.",
         [("1a. Negative breathalyzer and urine drug screens on 100% of random tests while in residence.", "02/28/2026",
           "Random UDS/BAC at least 1x/week — nursing"),
          ("1b. Identify 5 personal relapse triggers and a written coping plan for each, reviewed with counselor.", "01/30/2026",
           "Relapse prevention group 3x/week — counselor"),
          ("1c. Attend at least 3 mutual-support meetings (AA/SMART) per week and obtain a temporary sponsor.", "02/13/2026",
           "On-site AA/SMART meetings 3x/week — peer specialist")]),
        ("2. Unemployed, lost housing; no sober support network.", "Prepare a safe discharge.",
         [("2a. Complete 3 job applications and 1 mock interview.", "02/20/2026", "Vocational group 1x/week — case manager"),
          ("2b. Obtain 1 written acceptance from a sober-living home (or a signed family housing agreement) before discharge.", "03/02/2026",
           "Case management 1x/week, 30 min — case manager")]),
        ("3. Low mood and poor sleep since admission.", "Stabilize mood and sleep.",
         [("3a. PHQ-9 from 15 to below 10.", "02/20/2026", "Individual counseling 1x/week, 50 min (CBT) — primary counselor; "
                                                            "psychiatric medication management every 2 weeks — ARNP")]),
    ]
    for problem, goal, objs in plan_rows:
        start = len(t.rows)
        for o, d_, iv in objs:
            cells = t.add_row().cells
            cell_text(cells[2], o, size=9); cell_text(cells[3], d_, size=9); cell_text(cells[4], iv, size=9)
        end = len(t.rows) - 1
        pc = t.cell(start, 0).merge(t.cell(end, 0)) if end > start else t.cell(start, 0)
        gc = t.cell(start, 1).merge(t.cell(end, 1)) if end > start else t.cell(start, 1)
        cell_text(pc, problem, size=9); cell_text(gc, goal, size=9)
    para(doc, "")
    para(doc, "Also: process group 5x/week (90 min); family session every 2 weeks; recovery education daily.", size=9)
    para(doc, "")
    table(doc, [["Client signature", "Tyrone Beckwith", "01/14/2026"],
                ["Primary counselor", "Jasmine Ortiz, CAP", "01/14/2026"],
                ["Qualified professional review", "Helen Farraday, LMHC", "01/16/2026"]], size=9.5, bold_first_col=True)
    save(doc, f)
    label(f, "base-treatment-plan", D(2026, 2, 1), [],
          "Clean. Residential level 2: plan 9 days after admission (limit 15); QP countersigned 2 days after the "
          "plan. Problem and goal cells are merged vertically across their objectives; each objective row has its "
          "own target date and intervention with frequency.", state="fl-65d-30")


def p38():
    """Florida intensive inpatient plan written with bold run-in headings. Gaps: plan 7 days after admission
    (limit 3); qualified-professional countersignature 16 days after the plan (limit 10)."""
    f = "bp2_38_sud_fl_inpatient.docx"
    adm, plan, qp = D(2026, 2, 2), D(2026, 2, 9), D(2026, 2, 25)
    assert days(adm, plan) == 7 and days(plan, qp) == 16
    doc = new_doc("Cambria", 10.5)
    para(doc, "Palmetto Shores Treatment Center", bold=True, size=12)
    runs(doc, ("Client. ", "b"), "Melissa Grant-Ocampo, date of birth 12/12/1985, Aetna member AV-5520318842.")
    runs(doc, ("Level of care. ", "b"), "Intensive inpatient treatment.")
    runs(doc, ("Admission. ", "b"), "Admitted 02/02/2026 after medically supervised withdrawal at St. Jude's.")
    runs(doc, ("Plan date. ", "b"), "02/09/2026.")
    runs(doc, ("Diagnoses. ", "b"), "Opioid use disorder, severe (F11.20); generalized anxiety disorder (F41.1).")
    runs(doc, ("Presenting problems. ", "b"), "Daily IV fentanyl use for 3 years, two overdoses (most recent 01/2026), "
                                              "anxiety, estrangement from her children's father, pending custody review.")
    para(doc, "")
    runs(doc, ("Goal 1 — stay off opioids. ", "b"),
         "Objective 1.1: Melissa will take buprenorphine/naloxone as prescribed with 100% of doses observed by nursing "
         "through 03/09/2026. Objective 1.2: She will list 6 high-risk situations and a refusal or exit plan for each by "
         "02/20/2026. Objective 1.3: All urine drug screens negative for non-prescribed opioids through 03/09/2026.")
    runs(doc, ("Goal 2 — manage anxiety without drugs. ", "b"),
         "Objective 2.1: GAD-7 from 16 to 10 or lower by 03/06/2026. Objective 2.2: Practice a grounding or breathing "
         "skill at least twice daily, recorded on her skills card, by 02/23/2026.")
    runs(doc, ("Goal 3 — family. ", "b"),
         "Objective 3.1: Complete a parenting-in-recovery workbook (8 modules) by 03/06/2026.")
    para(doc, "")
    runs(doc, ("Services. ", "b"), "Individual counseling twice a week (50 minutes); group therapy daily; MAT "
                                   "(buprenorphine/naloxone) daily with medical reviews weekly; family/parenting group once a week; "
                                   "psychiatric evaluation and follow-up every 2 weeks.")
    para(doc, "")
    runs(doc, ("Signatures. ", "b"), "Client: Melissa Grant-Ocampo, 02/09/2026. Counselor: Brian Tully, CAC, 02/09/2026. "
                                     "Qualified professional (clinical supervisor): Renata Solis, LCSW, 02/25/2026.")
    save(doc, f)
    label(f, "base-treatment-plan", D(2026, 3, 1), [["plan-late"], ["signature-late"]],
          "Gap 1: intensive inpatient plan completed 7 days after admission (limit 3 days). Gap 2: the qualified "
          "professional countersigned on 02/25/2026, 16 days after the plan (limit 10). Headings are bold run-ins "
          "at the start of paragraphs; objectives are sentences inside the goal paragraph.", state="fl-65d-30")


def p39():
    """authcheck YAML, Florida opioid treatment. Gaps: no level of care; a vague objective."""
    f = "bp2_39_sud_fl_native.yaml"
    text = f"""schema: authcheck-plan/1
patient: {{name: Curtis Lamont Fairweather, birth_date: 1978-09-03, member_id: "FLMCD-6029384157"}}
payer: Florida Medicaid (Sunshine Health)
discipline: sud
admission_date: 2026-01-12
plan_date: 2026-02-05
expected_duration: 12 months
providers:
  - {{name: Monique Adair, credential: CAP, npi: "{npi('163318208')}", role: primary counselor, organization: Suncoast Medication-Assisted Recovery}}
diagnoses:
  - {{code: F11.20, description: "Opioid dependence, uncomplicated (opioid use disorder, severe)", primary: true}}
problems:
  - label: Problem 1
    statement: Opioid use with two overdoses in 2025
    goals:
      - statement: Curtis will stop using illicit opioids.
        objectives:
          - statement: Urine drug screens negative for fentanyl and heroin on 4 consecutive monthly tests.
            target_date: 2026-06-05
          - statement: Curtis will take his methadone dose daily with no more than 1 missed dose per month.
            target_date: 2026-04-05
        interventions:
          - {{description: Methadone dosing and medical monitoring, frequency: daily}}
          - {{description: Individual counseling, amount: 50 minutes, frequency: 2 sessions per month}}
  - label: Problem 2
    statement: Cravings and stress at work
    goals:
      - statement: Curtis will handle cravings without using.
        objectives:
          - statement: Client will improve coping skills to manage cravings.
            target_date: 2026-04-05
        interventions:
          - {{description: Relapse prevention group, amount: 90 minutes, frequency: weekly}}
signatures:
  - {{role: client, name: Curtis L. Fairweather, date: 2026-02-05}}
  - {{role: clinician, name: Monique Adair, credential: CAP, date: 2026-02-05}}
  - {{role: supervisor, name: Dr. Felipe Arango, credential: PhD, date: 2026-02-09}}
"""
    (OUT / f).write_text(text, encoding="utf-8")
    label(f, "base-treatment-plan", D(2026, 3, 15), [["field-missing"], ["objective-not-measurable"]],
          "Gap 1: the level of care is not stated anywhere (the methadone dosing intervention implies an OTP, but "
          "the plan does not state its level of care). Gap 2: objective 'Client will improve coping skills to manage "
          "cravings' names no measure or level.", state="fl-65d-30")


def p40():
    """New York OASAS inpatient rehabilitation, EHR printout with a confidentiality text box. Clean."""
    f = "bp2_40_sud_ny_inpatient.docx"
    adm, plan, md = D(2026, 1, 20), D(2026, 1, 26), D(2026, 1, 28)
    assert days(adm, plan) <= 7 and days(adm, md) <= 10
    doc = new_doc("Calibri", 9.5)
    header_footer(doc, ["Hudson Ridge Recovery Center · OASAS Certified Inpatient Rehabilitation (Part 818)",
                        "Client: O'ROURKE-VANCE, KEVIN · DOB 07/07/1979 · CIN TR48213K · Adm 01/20/2026"],
                  "Report: TXPLAN_v4 · run 01/28/2026 17:55")
    p = para(doc, "COMPREHENSIVE TREATMENT PLAN", bold=True, size=12)
    textbox_modern(p, ["CONFIDENTIAL — 42 CFR Part 2", "Redisclosure prohibited"], width_in=2.3, height_in=0.55)
    para(doc, "Admitted: Jan. 20th, 2026     Plan completed: 01/26/2026     Unit: Men's Rehab 2")
    para(doc, "")
    para(doc, "DIAGNOSES (DSM-5-TR / ICD-10-CM)", bold=True)
    para(doc, "Opioid use disorder, severe — F11.20\nStimulant (methamphetamine) use disorder, moderate — F15.20\n"
              "Tobacco use disorder — F17.210")
    para(doc, "")
    para(doc, "PROBLEM AREAS, GOALS AND METHODS", bold=True)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Problem area", "Goal and objectives", "Methods / frequency"]):
        cell_text(t.rows[0].cells[j], h, bold=True, size=9); shade(t.rows[0].cells[j])
    repeat_header(t.rows[0])
    rows = [("Substance use — opioids and methamphetamine daily for 4 years",
             "Goal: abstinence from illicit substances.\nObj: all urine toxicology negative for illicit drugs during the stay; "
             "complete a written relapse-prevention plan by 02/10/2026.",
             "Individual counseling 2x/week; group counseling 3x/day; buprenorphine induction and daily dosing; UDS weekly and random."),
            ("Medical — hepatitis C antibody positive; dental pain",
             "Goal: connect to medical care.\nObj: hepatitis C RNA test and infectious-disease appointment scheduled before discharge.",
             "Nursing education 1x/week; referral by medical staff."),
            ("Family — estranged from mother and sister",
             "Goal: rebuild family support.\nObj: participate in at least 2 family sessions before discharge.",
             "Family session weekly (phone or in person)."),
            ("Discharge — no housing",
             "Goal: safe discharge plan.\nObj: accepted to a supportive living program by 02/13/2026.",
             "Case management 2x/week.")]
    for r in rows:
        cells = t.add_row().cells
        for j, v in enumerate(r):
            cell_text(cells[j], v, size=9)
    para(doc, "")
    para(doc, "SIGNATURES", bold=True)
    para(doc, "Responsible clinical staff member: Marcus Bell, CASAC — signed 01/26/2026")
    para(doc, "Client: Kevin O'Rourke-Vance — signed 01/26/2026")
    para(doc, f"Physician review: Anita Sharma, M.D. — reviewed and signed 01/28/2026 — NPI {npi('150246873')}")
    save(doc, f)
    label(f, "base-treatment-plan", D(2026, 2, 20), [],
          "Clean. Admission written 'Jan. 20th, 2026' in the body (also 'Adm 01/20/2026' in the page header); plan "
          "6 days after admission, physician signed 8 days after. A modern text box holds the 42 CFR Part 2 notice. "
          "Medicaid CIN as member ID.", state="ny-oasas-818")


def p41():
    """New York OASAS plan organized by the six ASAM dimensions. Gaps: physician signed 15 days after
    admission; no diagnosis."""
    f = "bp2_41_sud_ny_asam.docx"
    adm, plan, md = D(2026, 3, 2), D(2026, 3, 6), D(2026, 3, 17)
    assert days(adm, plan) <= 7 and days(adm, md) == 15
    doc = new_doc("Calibri", 10)
    para(doc, "Finger Lakes Addiction Treatment Center — Inpatient Rehabilitation", bold=True, size=12)
    para(doc, "Individual Treatment Plan (ASAM dimensions)", italic=True)
    table(doc, [["Patient", "Angela Ferreira"], ["Date of birth", "4/25/1992"], ["Medicaid CIN", "KM73920P"],
                ["Admission", "2-Mar-26"], ["Plan date", "6-Mar-26"]], style=None, size=9.5, bold_first_col=True)
    para(doc, "")
    dims = [
        ("Dimension 1 — Acute intoxication / withdrawal", "Admitted in opioid withdrawal (COWS 14); stabilized on buprenorphine.",
         "Goal: complete withdrawal management safely. Method: daily nursing assessment, buprenorphine daily, COWS every shift until < 5."),
        ("Dimension 2 — Biomedical", "Cellulitis of left forearm (injection site), on antibiotics.",
         "Goal: infection resolved. Method: wound care daily by nursing; medical follow-up weekly."),
        ("Dimension 3 — Emotional / behavioral / cognitive", "Trauma history; nightmares; panic symptoms.",
         "Goal: learn 3 grounding skills. Method: individual counseling 2x/week; trauma-informed group daily."),
        ("Dimension 4 — Readiness to change", "Contemplative; 'here for my kids'.",
         "Goal: identify 3 reasons for recovery in her own words. Method: motivational interviewing in individual sessions."),
        ("Dimension 5 — Relapse potential", "Daily fentanyl use for 5 years; 1 prior rehab stay (2023) with relapse in 2 weeks.",
         "Goal: written relapse-prevention plan before discharge. Method: relapse-prevention group 5x/week."),
        ("Dimension 6 — Recovery environment", "Partner uses; children with grandmother.",
         "Goal: safe housing at discharge. Method: case management 2x/week; family session with mother weekly."),
    ]
    for h, assess, goal in dims:
        para(doc, h, bold=True, space_after=0)
        para(doc, "Assessment: " + assess, space_after=0)
        para(doc, goal, space_after=6)
    para(doc, "Signed:", bold=True)
    para(doc, "Leah Brandt, LMSW, CASAC (primary counselor)  3/6/2026")
    para(doc, "Angela Ferreira (patient)  3/6/2026")
    para(doc, f"Samir Qureshi, MD (physician review)  3/17/2026   NPI {npi('112693058')}")
    save(doc, f)
    label(f, "base-treatment-plan", D(2026, 4, 1), [["signature-late"], ["diagnosis-missing", "diagnosis-code-missing"]],
          "Gap 1: the physician reviewed and signed 15 days after admission (Part 818: within 10 days). Gap 2: no "
          "diagnosis is stated (the ASAM dimensions describe withdrawal, cellulitis, trauma symptoms, but no "
          "diagnosis or code). Dates like '2-Mar-26'.", state="ny-oasas-818")


def p42():
    """Texas chemical dependency IOP plan with Roman-numeral sections. Clean."""
    f = "bp2_42_sud_tx_iop.docx"
    doc = new_doc("Times New Roman", 11)
    para(doc, "LONE STAR RECOVERY SERVICES, LLC", bold=True, size=12, align="center", space_after=0)
    para(doc, "Licensed Chemical Dependency Treatment Facility — Intensive Outpatient Program", size=9, align="center")
    para(doc, "TREATMENT PLAN", bold=True, align="center")
    para(doc, "I.  IDENTIFYING INFORMATION", bold=True)
    para(doc, "Client: Marcus Delgado-Pryor     DOB: 08/14/1996     BCBSTX member ID: ZGP884102274\n"
              "Date of admission: 01/12/2026     Date of plan: 01/16/2026")
    para(doc, "II.  DIAGNOSIS", bold=True)
    para(doc, "Cocaine use disorder, severe (F14.20). Alcohol use disorder, mild (F10.10).")
    para(doc, "III.  PROJECTED LENGTH OF STAY", bold=True)
    para(doc, "8 weeks in IOP (through 03/13/2026), followed by step-down to weekly outpatient aftercare.")
    para(doc, "IV.  PROBLEMS, GOALS AND OBJECTIVES", bold=True)
    items = [
        ("Problem 1:", "Cocaine use 3–4 times a week, with spending that led to eviction."),
        ("   Goal 1:", "Marcus will stop using cocaine."),
        ("      Objective 1.1 (target 02/13/2026):", "Marcus will provide negative urine drug screens on all weekly tests for 4 consecutive weeks."),
        ("      Objective 1.2 (target 01/30/2026):", "Marcus will write down 5 high-risk situations and a plan to avoid or cope with each, and review it in group."),
        ("Problem 2:", "Drinking increases cocaine use."),
        ("   Goal 2:", "Keep alcohol from triggering drug use."),
        ("      Objective 2.1 (target 02/27/2026):", "Marcus will drink no more than 2 days a week, with no more than 2 drinks on those days, per his daily log."),
        ("Problem 3:", "No sober support."),
        ("   Goal 3:", "Build a recovery support network."),
        ("      Objective 3.1 (target 02/20/2026):", "Attend at least 2 NA or SMART Recovery meetings a week and report on them in group."),
    ]
    for a, b in items:
        runs(doc, (a + " ", "b"), b, space_after=1)
    para(doc, "V.  STRATEGIES (type and frequency)", bold=True)
    for s in ["IOP group counseling — 3 hours a day, 3 days a week (Mon/Wed/Thu).",
              "Individual counseling — 1 hour, once a week.",
              "Chemical dependency education — 1 hour, twice a week (within IOP days).",
              "Urine drug screens — weekly and at random."]:
        para(doc, "•  " + s, space_after=0)
    para(doc, "VI.  SIGNATURES", bold=True)
    para(doc, "Client: Marcus Delgado-Pryor          Date: 01/16/2026")
    para(doc, "Counselor: Brianna Holt, LCDC          Date: 01/16/2026")
    save(doc, f)
    label(f, "base-treatment-plan", D(2026, 2, 15), [],
          "Clean. Roman-numeral sections; target dates are inside the objective labels ('Objective 1.1 (target "
          "02/13/2026):'); projected length of stay 8 weeks; strategies with type and frequency; client and "
          "LCDC counselor signed and dated.", state="tx-26tac-564")


def p43():
    """Texas residential plan in a table without a target-date column. Gaps: objectives have no dates or time
    frames; length of stay 'until discharge criteria are met'."""
    f = "bp2_43_sud_tx_residential.docx"
    doc = new_doc("Arial", 9.5)
    para(doc, "Piney Woods Treatment Center — Residential Chemical Dependency Treatment", bold=True, size=11)
    table(doc, [["Client", "Crystal Vandyke", "DOB", "01/09/1988"],
                ["Medicaid ID", "551209384 (Superior HealthPlan)", "Admission", "02/23/2026"],
                ["Plan date", "02/26/2026", "Projected length of stay", "Until discharge criteria are met"]], size=9)
    runs(doc, ("Diagnoses: ", "b"), "F15.20 Amphetamine-type substance use disorder, severe; F43.10 Post-traumatic stress disorder")
    para(doc, "")
    table(doc, [["Problem", "Goal", "Objectives", "Interventions (who / how often)"],
                ["Methamphetamine use daily; lost custody of her son.", "Remain abstinent.",
                 "a) Negative urine screens on all random tests.\nb) Identify 5 triggers and a coping response for each.",
                 "Individual counseling 2x/week (counselor); relapse-prevention group daily; random UDS 1x/week"],
                ["Trauma symptoms (nightmares, hypervigilance).", "Reduce trauma symptoms.",
                 "a) PCL-5 from 58 to below 40.\nb) Use a grounding skill during at least 4 of 5 episodes of distress (skills card).",
                 "Seeking Safety group 3x/week; psychiatric follow-up every 2 weeks"],
                ["Child custody and CPS service plan.", "Meet CPS service-plan requirements.",
                 "a) Attend 100% of scheduled parenting classes (8 sessions).\nb) Complete all 3 sessions of the CPS-required psychological evaluation.",
                 "Parenting class 1x/week; case management 1x/week"]], header=True, size=9)
    para(doc, "")
    para(doc, "Client: Crystal Vandyke     02/26/2026")
    para(doc, "Counselor: Dwayne Ashford, LCDC     02/26/2026")
    save(doc, f)
    label(f, "base-treatment-plan", D(2026, 3, 20), [["objective-not-time-bound"], ["duration-missing"]],
          "Gap 1: no objective has a target date or time frame (there is no date column and no dates in the text). "
          "Gap 2: 'Projected length of stay: Until discharge criteria are met' does not project a length of stay. "
          "Unsure: a tool could read 'until discharge' as a duration phrase; I judge it is not one.",
          state="tx-26tac-564")


def p44():
    """California NTP initial maintenance plan; each table cell holds its label above its value. Clean."""
    f = "bp2_44_sud_ca_ntp.docx"
    adm, plan, sup, mdd, rev = D(2026, 1, 8), D(2026, 1, 29), D(2026, 2, 3), D(2026, 2, 5), D(2026, 4, 6)
    assert days(adm, plan) <= 28 and days(plan, sup) <= 14 and days(plan, mdd) <= 14 and days(adm, rev) <= 92
    doc = new_doc("Calibri", 10)
    para(doc, "Valle Central Narcotic Treatment Program", bold=True, size=12, space_after=0)
    para(doc, "Initial Treatment Plan — Methadone Maintenance (Title 9, §10305)", size=10)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    cells = [("Patient", "Rafael Montoya-Leal"), ("Date of birth", "06/06/1983"), ("Medi-Cal CIN", "91234567A"),
             ("Admission (start of maintenance)", "01/08/2026"), ("Plan effective date", "01/29/2026"), ("Next plan update due", "04/06/2026"),
             ("Diagnosis", "F11.20 Opioid use disorder, severe"), ("Current dose", "Methadone 80 mg daily"), ("Counselor", "Yesenia Cruz, SUDCC II")]
    for k, (lab, val) in enumerate(cells):
        c = t.cell(k // 3, k % 3)
        c.paragraphs[0].text = ""
        r = c.paragraphs[0].add_run(lab)
        r.bold = True
        r.font.size = Pt(8)
        c.add_paragraph(val)
    para(doc, "")
    para(doc, "Long-term goal: Rafael will live free of illicit opioids, keep his job and regain visits with his daughter.", bold=True)
    para(doc, "Short-term goals (each within 90 days):", bold=True)
    table(doc, [["#", "Short-term goal", "Action steps", "Target date"],
                ["1", "Urine drug screens negative for opiates/fentanyl on 3 consecutive monthly tests.", "Daily observed dosing; monthly random UDS; dose review with physician", "04/06/2026"],
                ["2", "Attend 100% of scheduled counseling sessions (at least 4 per month).", "Individual counseling 50 min weekly", "03/02/2026"],
                ["3", "Enroll in a hepatitis C treatment program.", "Referral to county clinic; counselor follow-up", "03/16/2026"],
                ["4", "Complete 2 supervised visits with his daughter.", "Family court paperwork with counselor", "04/06/2026"]], header=True, size=9)
    para(doc, "")
    para(doc, "Signatures", bold=True)
    para(doc, "Primary counselor: Yesenia Cruz, SUDCC II — [signature on file] — 01/29/2026")
    para(doc, "Patient: Rafael Montoya-Leal — [signature on file] — 01/29/2026")
    para(doc, "Supervising counselor review: Tomás Herrera, LAADC — [signature on file] — 02/03/2026")
    para(doc, f"Medical director review: Lena Sol, MD — [signature on file] — 02/05/2026 — NPI {npi('191036684')}")
    save(doc, f)
    label(f, "base-treatment-plan", D(2026, 3, 1), [],
          "Clean. Each cell of the header grid holds a small bold label above its value. Plan 21 days after the "
          "start of maintenance; supervising counselor 5 days and medical director (MD) 7 days after the plan "
          "effective date; next update 88 days after admission. Signatures are '[signature on file]' lines.",
          state="ca-title9-ntp")


def p45():
    """California NTP plan update written as a narrative note. Gaps: medical director line blank; no admission
    (start of maintenance) date anywhere."""
    f = "bp2_45_sud_ca_narrative.docx"
    doc = new_doc("Calibri", 10.5)
    para(doc, "Harbor Methadone Clinic — Counseling Note / Treatment Plan", bold=True, size=12)
    para(doc, "Patient Deshawn Tillery (DOB 10/30/1975, Medi-Cal 94417726B) met with his counselor on 02/10/2026 to "
              "write his treatment plan. He is on methadone 95 mg daily and reports using fentanyl about twice a month, "
              "mostly on paydays. He works nights at a warehouse and lives with his brother.")
    para(doc, "Diagnosis: F11.20 Opioid use disorder, severe.")
    para(doc, "Goal: stop all fentanyl use and keep his job.")
    para(doc, "Short-term goals:")
    for g in ["1) Negative UDS for fentanyl on all tests in March and April (by 04/30/2026).",
              "2) Use his payday plan (direct deposit to savings, call sponsor) on every payday through 03/31/2026.",
              "3) Attend individual counseling every week (at least 4 sessions a month) through 04/30/2026.",
              "4) Get a primary care appointment for blood pressure by 03/15/2026."]:
        para(doc, g, space_after=0)
    para(doc, "Plan will be updated by 05/08/2026 or sooner if needed.")
    para(doc, "")
    para(doc, "Counselor: Alicia Boone, RADT-II — signed 02/10/2026")
    para(doc, "Patient: Deshawn Tillery — signed 02/10/2026")
    para(doc, "Supervising counselor: Marisa Quon, CADC-III — signed 02/12/2026")
    para(doc, "Medical Director: ______________________________   Date: __________")
    save(doc, f)
    label(f, "base-treatment-plan", D(2026, 3, 10), [["signature-missing"], ["field-missing"]],
          "Gap 1: the medical director's review/countersignature line is blank. Gap 2: the plan never states the "
          "admission / start-of-maintenance date, so the 28-day and 3-month timing cannot be checked. Plan update "
          "due 05/08/2026 (87 days after the plan date). Unsure: with no admission date a tool may also question "
          "the review interval; I left review-interval-exceeded out of the must-not list.",
          state="ca-title9-ntp", unsure=("review-interval-exceeded",))


def p46():
    """C-CDA, New York OASAS inpatient rehabilitation. Gap: plan completed 9 days after admission."""
    f = "bp2_46_sud_ny_ccda.xml"
    adm, plan = D(2026, 1, 5), D(2026, 1, 14)
    assert days(adm, plan) == 9
    hc = cda_section("2.16.840.1.113883.10.20.22.2.5.1", ("11450-4", "Problem list"), "Problems",
                     cda_table(["Diagnosis", "ICD-10-CM"], [["Alcohol dependence with withdrawal, uncomplicated", "F10.230"],
                                                             ["Nicotine dependence, cigarettes, uncomplicated", "F17.210"]]),
                     cda_problem("a1a1a1a1-4646-4000-8000-000000000001", "F10.230", OID_ICD10, "Alcohol dependence with withdrawal, uncomplicated", "20260105")
                     + cda_problem("a1a1a1a1-4646-4000-8000-000000000002", "F17.210", OID_ICD10, "Nicotine dependence, cigarettes, uncomplicated", "20260105"))
    goals = [("Remain abstinent from alcohol for the rest of the stay, confirmed by breathalyzer on all random tests.", "20260204"),
             ("Write a relapse-prevention plan naming 5 triggers and a coping action for each.", "20260126"),
             ("Reduce cigarettes from 20 a day to 0 with nicotine replacement by discharge.", "20260204")]
    gs = cda_section("2.16.840.1.113883.10.20.22.2.60", ("61146-7", "Goals"), "Goals",
                     cda_table(["Goal", "Target"], [[g, f"{d_[4:6]}/{d_[6:]}/{d_[:4]}"] for g, d_ in goals]),
                     "".join(cda_goal(f"b2b2b2b2-4646-4000-8000-00000000000{i}", g, d_) for i, (g, d_) in enumerate(goals, 1)))
    iv = cda_section("2.16.840.1.113883.10.20.22.2.10", ("18776-5", "Plan of care note"), "Plan of Treatment",
                     "<paragraph>Admission date: 01/05/2026. Treatment plan completed: 01/14/2026.</paragraph>"
                     + cda_table(["Method", "Frequency"], [["Individual counseling", "2x per week"], ["Group counseling", "2x per day"],
                                                           ["Nicotine replacement therapy and education", "Daily"],
                                                           ["Family program", "Weekly"]]),
                     cda_planned("c3c3c3c3-4646-4000-8000-000000000001", "H0004", OID_HCPCS, "Behavioral health counseling and therapy, per 15 minutes",
                                 "Individual counseling, 2x per week", period=("0.5", "wk"))
                     + cda_planned("c3c3c3c3-4646-4000-8000-000000000002", "H0005", OID_HCPCS, "Alcohol and/or drug services; group counseling by a clinician",
                                   "Group counseling, 2x per day", period=("12", "h")))
    doc = cda_doc(doc_id="4c5d6e7f-8091-4a2b-9c3d-4e5f60718246", title="Inpatient Rehabilitation Treatment Plan",
                  effective="20260114160000-0500", patient_ids=[("2.16.840.1.113883.3.249.7", "PL55203T")], given="Gregory", family="Pham",
                  gender="M", birth="19890227", author_time="20260114160000-0500", author_npi=npi("140072915"),
                  author_name=("Denise", "Albright", "CASAC"), org_name="Mohawk Valley Recovery Center",
                  legal=("20260114171500-0500", npi("118865437"), ("Howard", "Liebman", "MD")),
                  authenticators=[("20260114160500-0500", npi("140072915"), ("Denise", "Albright", "CASAC"))],
                  encompassing=("20260105", None, ("IMP", "inpatient encounter")), sections=cda_payers("2", "PL55203T", "New York State Medicaid") + hc + gs + iv)
    write_xml(f, doc)
    label(f, "base-treatment-plan", D(2026, 2, 1), [["plan-late"]],
          "Gap: admitted 01/05/2026 (encompassing inpatient encounter start and narrative), plan completed "
          "01/14/2026 = 9 days (Part 818: within 7). The physician (MD, legalAuthenticator) signed on 01/14/2026, "
          "9 days after admission, which is in time. Medicaid CIN as patientRole/id.", state="ny-oasas-818")


# =============================================================================================
# main
# =============================================================================================

PLANS = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20,
         p21, p22, p23, p24, p25, p26, p27, p28, p29, p30, p31, p32, p33, p34, p35, p36, p37, p38, p39, p40,
         p41, p42, p43, p44, p45, p46, p47]


def _check_outputs():
    from lxml import etree
    for lab in LABELS:
        path = OUT / lab["file"]
        assert path.exists(), path
        if path.suffix == ".xml":
            etree.fromstring(path.read_bytes(), etree.XMLParser(resolve_entities=False, no_network=True))
        elif path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".docx":
            Document(str(path))


def main():
    for fn in PLANS:
        fn()
    if SIG_PNG.exists():
        SIG_PNG.unlink()
    _check_outputs()
    LABELS.sort(key=lambda e: e["file"])
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    clean = sum(1 for e in LABELS if not e["must_report"])
    print(f"{len(LABELS)} plans ({clean} clean, {len(LABELS) - clean} with gaps)")


if __name__ == "__main__":
    main()
