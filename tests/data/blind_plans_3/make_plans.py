"""Generate blind test set 3: treatment plans as EHR / practice-management systems print them.

Everything here is invented (patients, providers, facilities, identifiers). The layouts imitate the
*style* of common systems' printouts and Word exports (report headers with facility letterhead,
patient banners repeated in page headers, "Printed by / Printed on" footers, field grids, status
columns, problem-goal-objective-intervention hierarchies, e-signature blocks with time zones, audit
trails, empty template sections, checkbox glyphs, code-picker text) without copying any vendor's form.

Run:  .venv/bin/python tests/data/blind_plans_3/make_plans.py
Writes the plan files and labels.json next to this script.  Deterministic.
"""
from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------------------------


def _luhn_check_digit(payload: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10


def npi(base9: str) -> str:
    """A valid-looking NPI: 9 digits + Luhn check digit computed over prefix 80840."""
    assert len(base9) == 9 and base9[0] in "12"
    return base9 + str(_luhn_check_digit("80840" + base9))


def bad_npi(base9: str) -> str:
    """Same 9 digits with a wrong check digit."""
    good = int(npi(base9)[-1])
    return base9 + str((good + 3) % 10)


def npi_ok(value: str) -> bool:
    return len(value) == 10 and value.isdigit() and _luhn_check_digit("80840" + value[:9]) == int(value[9])


assert npi("123456789") == "1234567893"  # CMS published example

# --------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------
D = date


def us(d: date) -> str:           # 01/12/2026
    return d.strftime("%m/%d/%Y")


def us_short(d: date) -> str:     # 1/12/2026
    return f"{d.month}/{d.day}/{d.year}"


def us_yy(d: date) -> str:        # 01/12/26
    return d.strftime("%m/%d/%y")


def iso(d: date) -> str:
    return d.isoformat()


def mon(d: date) -> str:          # Jan 12, 2026
    return d.strftime("%b ") + f"{d.day}, {d.year}"


def month_long(d: date) -> str:   # January 12, 2026
    return d.strftime("%B ") + f"{d.day}, {d.year}"


def add_days(d: date, n: int) -> date:
    return d + timedelta(days=n)


def age_on(dob: date, on: date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def t12(hh: int, mm: int) -> str:
    ap = "AM" if hh < 12 else "PM"
    h = hh % 12 or 12
    return f"{h}:{mm:02d} {ap}"


def t24(hh: int, mm: int) -> str:
    return f"{hh:02d}:{mm:02d}"


# --------------------------------------------------------------------------------------------
# DOCX toolkit
# --------------------------------------------------------------------------------------------
BOX_ON, BOX_OFF = "\u2612", "\u2610"    # ballot box with X / empty ballot box
CHECK = "\u2714"


def box(on: bool) -> str:
    return BOX_ON if on else BOX_OFF


def new_doc(font: str = "Calibri", size: float = 10, landscape: bool = False, margin: float = 0.7,
            different_first: bool = False) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Inches(margin))
    sec.top_margin = Inches(0.9)
    sec.bottom_margin = Inches(0.7)
    sec.header_distance = Inches(0.3)
    sec.footer_distance = Inches(0.3)
    sec.different_first_page_header_footer = different_first
    return doc


def _shade(cell, hex_fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _no_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _set_borders(table, sz: int = 4, color: str = "808080", inside: bool = True) -> None:
    tbl = table._tbl
    tblpr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for edge in edges:
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblpr.append(borders)


def _no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def _cell_text(cell, text, bold=False, size=None, italic=False, color=None, align=None) -> None:
    """Write text (str, or list of str for several paragraphs) into a cell."""
    lines = text if isinstance(text, (list, tuple)) else [text]
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(0)
        if align:
            p.alignment = align
        _runs(p, line, bold=bold, size=size, italic=italic, color=color)


def _runs(p, text, bold=False, size=None, italic=False, color=None):
    """Text with **bold** spans."""
    parts = str(text).split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def para(container, text="", bold=False, size=None, italic=False, align=None, color=None,
         space_after=2, space_before=0, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(space_before)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _runs(p, text, bold=bold, size=size, italic=italic, color=color)
    return p


def bullet(doc, text, level=0, size=None):
    p = doc.add_paragraph(style="List Bullet" if level == 0 else "List Bullet 2")
    p.paragraph_format.space_after = Pt(0)
    _runs(p, text, size=size)
    return p


def bar(doc, text, fill="1F4E79", color="FFFFFF", size=10.5, width=None):
    """A full-width shaded section bar (one-cell table), as report writers print section titles."""
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.rows[0].cells[0]
    _shade(c, fill)
    _cell_text(c, text, bold=True, size=size, color=color)
    para(doc, "", space_after=0, size=4)
    return t


def rule_heading(doc, text, size=11, color="000000", underline=True):
    p = para(doc, "", space_before=6, space_after=2)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor.from_string(color)
    if underline:
        pbdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "808080")
        pbdr.append(b)
        p._p.get_or_add_pPr().append(pbdr)
    return p


def grid(doc, pairs, cols=2, label_fill="E7E6E6", size=9, borders=True, colon=False, widths=None):
    """Label/value field grid: pairs laid out `cols` pairs per row."""
    rows = (len(pairs) + cols - 1) // cols
    t = doc.add_table(rows=rows, cols=cols * 2)
    if borders:
        _set_borders(t)
    else:
        _no_borders(t)
    for i, (label, value) in enumerate(pairs):
        r, c = divmod(i, cols)
        lc = t.rows[r].cells[c * 2]
        vc = t.rows[r].cells[c * 2 + 1]
        _cell_text(lc, label + (":" if colon else ""), bold=True, size=size)
        if label_fill:
            _shade(lc, label_fill)
        _cell_text(vc, value, size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Inches(w)
    para(doc, "", space_after=0, size=4)
    return t


def table(doc, headers, rows, fill="D9E2F3", size=8.5, repeat=True, widths=None, header_color=None,
          borders=True, bold_first_col=False):
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    if borders:
        _set_borders(t)
    hdr = t.rows[0]
    if repeat:
        _repeat_header(hdr)
    for j, h in enumerate(headers):
        _cell_text(hdr.cells[j], h, bold=True, size=size, color=header_color)
        if fill:
            _shade(hdr.cells[j], fill)
    for i, row in enumerate(rows):
        tr = t.rows[i + 1]
        _no_split(tr)
        for j, val in enumerate(row):
            _cell_text(tr.cells[j], "" if val is None else val, size=size, bold=bold_first_col and j == 0)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Inches(w)
    para(doc, "", space_after=0, size=4)
    return t


def merged_row_table(doc, headers, blocks, fill="D9E2F3", size=8.5, band_fill="F2F2F2", widths=None):
    """Table whose body has full-width band rows (a merged cell naming a problem/goal) between
    ordinary rows. blocks: list of ("band", text) or ("row", [cells])."""
    ncols = len(headers) if isinstance(headers, (list, tuple)) else int(headers)
    t = doc.add_table(rows=1 if isinstance(headers, (list, tuple)) else 0, cols=ncols)
    _set_borders(t)
    if isinstance(headers, (list, tuple)):
        _repeat_header(t.rows[0])
        for j, h in enumerate(headers):
            _cell_text(t.rows[0].cells[j], h, bold=True, size=size)
            _shade(t.rows[0].cells[j], fill)
    for kind, content in blocks:
        row = t.add_row()
        _no_split(row)
        if kind == "band":
            merged = row.cells[0].merge(row.cells[ncols - 1])
            _cell_text(merged, content, bold=True, size=size)
            _shade(merged, band_fill)
        else:
            for j, val in enumerate(content):
                _cell_text(row.cells[j], val, size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Inches(w)
    para(doc, "", space_after=0, size=4)
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _field(p, instr: str, cached: str, size=None, bold=False):
    """Insert a complex field (PAGE, NUMPAGES, DATE...) with a cached result."""
    def mk(tag, **attrs):
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        return el

    r1 = p.add_run()
    r1._r.append(mk("w:fldChar", **{"w:fldCharType": "begin"}))
    r2 = p.add_run()
    it = mk("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = p.add_run()
    r3._r.append(mk("w:fldChar", **{"w:fldCharType": "separate"}))
    r4 = p.add_run(cached)
    r5 = p.add_run()
    r5._r.append(mk("w:fldChar", **{"w:fldCharType": "end"}))
    for r in (r1, r2, r3, r4, r5):
        if size:
            r.font.size = Pt(size)
        r.bold = bold


def page_x_of_y(p, pages: int, size=8, prefix="Page ", mid=" of ", bold=False):
    _runs(p, prefix, size=size, bold=bold)
    _field(p, "PAGE", "1", size=size, bold=bold)
    _runs(p, mid, size=size, bold=bold)
    _field(p, "NUMPAGES", str(pages), size=size, bold=bold)


def header_table(part, left_lines, right_lines, size=8, widths=(4.2, 3.0), border_bottom=True):
    """Two-column borderless table in a header part (letterhead left, patient banner right)."""
    t = part.add_table(rows=1, cols=2, width=Inches(sum(widths)))
    _no_borders(t)
    _cell_text(t.rows[0].cells[0], left_lines, size=size)
    _cell_text(t.rows[0].cells[1], right_lines, size=size, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t.rows[0].cells[0].width = Inches(widths[0])
    t.rows[0].cells[1].width = Inches(widths[1])
    if border_bottom:
        p = part.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        pbdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "8")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "404040")
        pbdr.append(b)
        p._p.get_or_add_pPr().append(pbdr)
    return t


def clear_part(part):
    for p in list(part.paragraphs):
        p._p.getparent().remove(p._p)


def footer_line(part, left: str, right_pages: int | None = None, size=7.5, center: str | None = None):
    """Footer: left text, optional centre text, 'Page X of Y' at the right (tab-separated table)."""
    t = part.add_table(rows=1, cols=3 if center else 2, width=Inches(7.1))
    _no_borders(t)
    _cell_text(t.rows[0].cells[0], left, size=size)
    if center:
        _cell_text(t.rows[0].cells[1], center, size=size, align=WD_ALIGN_PARAGRAPH.CENTER)
    last = t.rows[0].cells[-1]
    p = last.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if right_pages:
        page_x_of_y(p, right_pages, size=size)
    return t


def sig_line(doc, label, value="", date_label="Date", date_value="", size=9):
    """A signature line as printed on paper forms: label, value over a rule, date."""
    t = doc.add_table(rows=2, cols=2)
    _no_borders(t)
    _cell_text(t.rows[0].cells[0], value or " ", size=size)
    _cell_text(t.rows[0].cells[1], date_value or " ", size=size)
    for c in t.rows[0].cells:
        tcpr = c._tc.get_or_add_tcPr()
        b = OxmlElement("w:tcBorders")
        bt = OxmlElement("w:bottom")
        bt.set(qn("w:val"), "single")
        bt.set(qn("w:sz"), "6")
        bt.set(qn("w:color"), "000000")
        b.append(bt)
        tcpr.append(b)
    _cell_text(t.rows[1].cells[0], label, size=7.5, italic=True)
    _cell_text(t.rows[1].cells[1], date_label, size=7.5, italic=True)
    t.rows[0].cells[0].width = Inches(5.0)
    t.rows[0].cells[1].width = Inches(2.0)
    t.rows[1].cells[0].width = Inches(5.0)
    t.rows[1].cells[1].width = Inches(2.0)
    para(doc, "", space_after=2, size=4)
    return t


def _end_with_paragraph(part):
    """Word expects header/footer stories to end with a paragraph (a table may not be last)."""
    el = part._element
    kids = [k for k in el.iterchildren() if k.tag in (qn("w:p"), qn("w:tbl"))]
    if not kids or kids[-1].tag == qn("w:tbl"):
        p = OxmlElement("w:p")
        el.append(p)


def save(doc, name, p=None):
    """Save deterministically: document properties and zip timestamps come from the print time."""
    when = datetime(2026, 1, 1, 0, 0)
    if p and p.get("printed") is not None:
        pr = p["printed"]
        when = pr[0] if isinstance(pr, tuple) else pr
    cp = doc.core_properties
    cp.author = "EHR document export"
    cp.last_modified_by = "EHR document export"
    cp.created = when
    cp.modified = when
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    for sec in doc.sections:
        parts = [sec.header, sec.footer]
        if sec.different_first_page_header_footer:
            parts += [sec.first_page_header, sec.first_page_footer]
        for part in parts:
            if not part.is_linked_to_previous:
                _end_with_paragraph(part)
    path = os.path.join(HERE, name)
    doc.save(path)
    _fix_zip_times(path, when)


def _fix_zip_times(path, when):
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    stamp = (when.year, when.month, when.day, when.hour, when.minute, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for fname, data in items:
            zi = zipfile.ZipInfo(fname, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


LABELS: list[dict] = []

KINDS_BY_PROFILE = {
    "base-treatment-plan": {
        "field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
        "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"},
    "medicare-psychotherapy": {
        "credential-missing", "signature-missing", "duration-exceeds-limit", "duration-missing",
        "goal-not-measurable", "goal-missing", "intervention-missing", "objective-not-measurable",
        "objective-not-time-bound", "plan-outdated", "amount-missing", "frequency-missing"},
    "medicare-outpatient-therapy": {
        "signature-missing", "duration-missing", "goal-not-measurable", "goal-missing",
        "intervention-missing", "credential-not-permitted", "signature-late", "plan-late",
        "review-interval-exceeded", "review-overdue", "frequency-missing", "field-missing"},
    "medicare-home-health": {
        "duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
        "credential-not-permitted", "signature-missing", "review-interval-exceeded", "review-overdue",
        "frequency-missing"},
    "commercial-aba": {
        "assessment-missing", "assessment-outdated", "caregiver-goal-missing", "signature-missing",
        "diagnosis-not-covered", "duration-exceeds-limit", "baseline-missing", "goal-not-measurable",
        "goal-missing", "goal-not-time-bound", "review-date-missing", "review-interval-exceeded",
        "amount-missing", "field-missing"},
    "ca-title9-ntp": {
        "field-missing", "signature-missing", "goal-missing", "objective-missing",
        "objective-not-time-bound", "signature-late", "plan-late", "review-date-missing",
        "review-interval-exceeded", "review-overdue"},
    "fl-65d-30": {
        "field-missing", "signature-missing", "goal-missing", "intervention-missing",
        "objective-not-measurable", "objective-missing", "objective-not-time-bound", "plan-late",
        "frequency-missing", "signature-late"},
    "ny-oasas-818": {
        "field-missing", "signature-missing", "diagnosis-missing", "goal-missing",
        "intervention-missing", "signature-late", "plan-late"},
    "pa-55-5200": {
        "field-missing", "signature-missing", "duration-missing", "goal-missing",
        "intervention-missing", "objective-missing", "plan-late"},
    "tx-26tac-564": {
        "signature-missing", "duration-missing", "goal-missing", "intervention-missing",
        "objective-not-measurable", "objective-missing", "objective-not-time-bound",
        "frequency-missing"},
}


def label(file, payer, as_of: date, must=(), unsure=(), states=(), notes=""):
    """Record the reviewer's expectation. must_not_report = every kind the chosen profiles can raise
    at error/warning, minus the gaps and the kinds the reviewer is not sure about."""
    raisable = set(KINDS_BY_PROFILE["base-treatment-plan"]) | set(KINDS_BY_PROFILE[payer])
    for s in states:
        raisable |= KINDS_BY_PROFILE[s]
    in_gaps = {k for gap in must for k in gap}
    for k in in_gaps | set(unsure):
        assert k in raisable or k in ("readability",), (file, k)
    check_with = ["--payer", payer]
    for s in states:
        check_with += ["--state", s]
    check_with += ["--as-of", iso(as_of)]
    LABELS.append({
        "file": file,
        "check_with": check_with,
        "must_report": [list(g) for g in must],
        "must_not_report": sorted(raisable - in_gaps - set(unsure)),
        "notes": notes,
    })


# --------------------------------------------------------------------------------------------
# shared helpers for the plan specs
# --------------------------------------------------------------------------------------------
def dt(d: date, hh: int, mm: int) -> datetime:
    return datetime(d.year, d.month, d.day, hh, mm)


def full_name(pt) -> str:
    return f"{pt['first']} {pt.get('mi', '') + ' ' if pt.get('mi') else ''}{pt['last']}"


def last_first(pt, upper=False) -> str:
    s = f"{pt['last']}, {pt['first']}" + (f" {pt['mi']}" if pt.get("mi") else "")
    return s.upper() if upper else s


# ============================================================================================
# Family A: large integrated EHR, behavioral health treatment plan (Epic-like print)
# ============================================================================================
def render_epic_bh(p):
    pt, org, clin = p["pt"], p["org"], p["clin"]
    doc = new_doc("Arial", 9)
    sec = doc.sections[0]
    clear_part(sec.header)
    header_table(
        sec.header,
        [f"**{org['name']}**", org["street"], org["city"], f"Phone {org['phone']}  Fax {org['fax']}"],
        [f"**{last_first(pt, upper=True)}**", f"MRN: {pt['mrn']}",
         f"DOB: {us_short(pt['dob'])} ({age_on(pt['dob'], p['plan_date'])} y.o.)  Sex: {pt['sex']}",
         f"Visit date: {us_short(p['plan_date'])}"],
    )
    clear_part(sec.footer)
    pr_dt, pr_user = p["printed"]
    footer_line(sec.footer,
                f"Printed by {pr_user} at {us_short(pr_dt.date())} {t12(pr_dt.hour, pr_dt.minute)}",
                p["pages"], center=org["name"])

    para(doc, "Treatment Plan", bold=True, size=14)
    para(doc, f"{clin['name']}, {clin['cred']} \u2014 {org['dept']}" if clin.get("cred_on_banner", True)
         else f"{clin['name']} \u2014 {org['dept']}", size=9, color="404040")
    grid(doc, [
        ("Encounter Date", us_short(p["plan_date"])),
        ("Encounter #", p["csn"]),
        ("Department", org["dept"]),
        ("Provider", f"{clin['name']}, {clin['cred']}"),
        ("Provider NPI", clin["npi"]),
        ("Encounter type", "Treatment Plan"),
        ("Coverage", pt["payer"]),
        ("Subscriber ID", pt["member_id"]),
    ], cols=2, label_fill=None, borders=False, colon=True)

    rule_heading(doc, "Problem List / Diagnoses")
    rows = []
    for d in p["dx"]:
        rows.append([d["desc"] + (" (HCC)" if d.get("hcc") else ""), d["code"],
                     "Principal" if d.get("primary") else "", us_short(d["noted"])])
    table(doc, ["Diagnosis", "ICD-10-CM", "Priority", "Noted"], rows, widths=[3.6, 1.0, 0.9, 1.0])

    rule_heading(doc, "Plan Information")
    grid(doc, [
        ("Plan type", p.get("plan_type", "Initial")),
        ("Plan status", p.get("plan_status", "Active")),
        ("Intake (90791) date", us_short(p["intake"])),
        ("Plan start date", us_short(p["plan_date"])),
        ("Expected duration of treatment", p["duration"]),
        ("Target completion date", us_short(p["target"])),
        ("Next plan review due", us_short(p["next_review"])),
        ("Discharge date", ""),
    ], cols=2)

    rule_heading(doc, "Treatment Modality / Services")
    table(doc, ["Service", "Code", "Session length", "Frequency", "Provider"],
          [[s["desc"], s["cpt"], s["length"], s["freq"], s["staff"]] for s in p["services"]],
          widths=[2.2, 1.0, 1.1, 1.4, 1.6])

    rule_heading(doc, "Standardized Measures")
    if p.get("assess"):
        table(doc, ["Measure", "Date", "Score", "Interpretation"],
              [[a[0], us_short(a[1]), a[2], a[3]] for a in p["assess"]], widths=[2.2, 1.0, 0.8, 3.0])
    else:
        para(doc, "No data recorded", italic=True)

    if p.get("page_break_before_problems"):
        page_break(doc)
    rule_heading(doc, "Problems, Goals and Objectives")
    for i, prob in enumerate(p["problems"], 1):
        bar(doc, f"Problem {i}: {prob['name']}    Status: {prob['status']}", fill="DEEAF6", color="000000",
            size=9.5)
        if prob.get("deferred_reason"):
            para(doc, f"Deferred reason: {prob['deferred_reason']}", italic=True)
            continue
        para(doc, f"Related diagnosis: {prob['dx']}    Date identified: {us_short(prob['started'])}", size=8.5)
        for j, g in enumerate(prob["goals"], 1):
            para(doc, f"**Goal {i}.{j}:** {g['text']}", space_before=3)
            para(doc, f"Goal target date: {us_short(g['target']) if g.get('target') else ''}    "
                      f"Goal status: {g.get('status', 'Active')}", size=8.5)
            rows = []
            for k, o in enumerate(g["objectives"]):
                letter = "abcdefgh"[k]
                rows.append([f"{i}.{j}.{letter}", o["text"], o.get("baseline", ""),
                             us_short(o["target"]) if o.get("target") else "", o.get("status", "Active")])
            table(doc, ["#", "Objective", "Baseline", "Target date", "Status"], rows,
                  widths=[0.5, 3.5, 1.4, 0.9, 0.8])
            para(doc, "Interventions:", bold=True, size=8.5)
            for iv in g["interventions"]:
                bullet(doc, iv, size=8.5)

    rule_heading(doc, "Strengths / Barriers")
    para(doc, f"Strengths: {p['strengths']}")
    para(doc, f"Barriers: {p['barriers']}")
    rule_heading(doc, "Crisis / Safety Plan")
    para(doc, p.get("safety", "No data recorded"), italic="No data" in p.get("safety", "No data"))
    rule_heading(doc, "Patient Participation")
    para(doc, f"{box(True)} Patient participated in developing this plan   "
              f"{box(True)} Patient received a copy   {box(False)} Patient declined to sign")

    rule_heading(doc, "Signatures")
    for s in p["sigs"]:
        para(doc, s, size=9)

    rule_heading(doc, "Revision History")
    table(doc, ["Date/Time", "User", "Action"],
          [[f"{us_short(a[0].date())} {t12(a[0].hour, a[0].minute)}", a[1], a[2]] for a in p["audit"]],
          widths=[1.6, 2.6, 2.8], fill="EDEDED")
    save(doc, p["file"], p)


# -- P01: clean, Illinois (NGS J6) -----------------------------------------------------------
CLIN_OSTROWSKI = dict(name="Lena M. Ostrowski", cred="LCSW", npi=npi("164382017"))


def plan_p01():
    plan = D(2026, 1, 12)
    intake = D(2026, 1, 5)
    pt = dict(first="Dolores", mi="A", last="Kowalczyk", dob=D(1956, 3, 9), sex="F", mrn="40088217",
              member_id="3HT7QA2WE61", payer="MEDICARE PART B / MEDICARE")
    p = dict(
        file="bp3_01_ihs_psychotherapy.docx", pt=pt,
        org=dict(name="Prairie Lakes Behavioral Health", dept="PLBH NAPERVILLE OUTPT",
                 street="1830 W. Diehl Rd, Ste 300", city="Naperville, IL 60563",
                 phone="(630) 555-0184", fax="(630) 555-0185"),
        clin=CLIN_OSTROWSKI, csn="700412889", plan_date=plan, intake=intake,
        duration="6 months", target=D(2026, 7, 13), next_review=D(2026, 4, 13),
        dx=[dict(desc="Major depressive disorder, recurrent episode, moderate", code="F33.1", primary=True,
                 noted=intake, hcc=True),
            dict(desc="Generalized anxiety disorder", code="F41.1", noted=intake),
            dict(desc="Bereavement (death of spouse 08/2025)", code="Z63.4", noted=intake)],
        services=[
            dict(desc="PSYTX W PT 45 MINUTES (individual CBT)", cpt="90834", length="45 minutes",
                 freq="Weekly", staff="Ostrowski, Lena M, LCSW"),
        ],
        assess=[("PHQ-9", intake, "18", "Moderately severe depression"),
                ("GAD-7", intake, "14", "Moderate anxiety"),
                ("C-SSRS Screen", intake, "Negative", "No current ideation or behavior")],
        problems=[
            dict(name="Depressed mood", status="Active", dx="F33.1", started=intake, goals=[dict(
                text="Dolores will have a stable mood and return to the activities she valued before her "
                     "husband's death, with a PHQ-9 score below 10 by 07/13/2026.",
                target=D(2026, 7, 13),
                objectives=[
                    dict(text="Reduce PHQ-9 total score from 18 to 9 or below.", baseline="PHQ-9 18 (1/5/2026)",
                         target=D(2026, 4, 13)),
                    dict(text="Complete at least 3 planned pleasant activities per week, as recorded in her "
                              "activity log, for 4 consecutive weeks.", baseline="0-1 per week",
                         target=D(2026, 3, 16)),
                    dict(text="Sleep 6 hours or more on at least 5 of 7 nights per sleep diary.",
                         baseline="About 4 hours per night", target=D(2026, 4, 13)),
                ],
                interventions=["Behavioral activation with weekly activity scheduling (CBT)",
                               "Cognitive restructuring of hopeless and self-critical thoughts",
                               "Sleep hygiene education and stimulus control",
                               "PHQ-9 administered every 4 weeks to track progress"])]),
            dict(name="Worry / anxiety", status="Active", dx="F41.1", started=intake, goals=[dict(
                text="Dolores will manage worry well enough to drive to errands and church on her own.",
                target=D(2026, 7, 13),
                objectives=[
                    dict(text="Reduce GAD-7 score from 14 to 7 or below.", baseline="GAD-7 14",
                         target=D(2026, 5, 11)),
                    dict(text="Practice paced breathing or progressive muscle relaxation on at least 5 days "
                              "per week, per practice log.", baseline="0 days per week", target=D(2026, 3, 2)),
                    dict(text="Drive alone to at least 2 errands per week.", baseline="0; daughter drives her",
                         target=D(2026, 5, 11)),
                ],
                interventions=["Relaxation training (paced breathing, PMR)",
                               "Worry exposure and scheduled worry time",
                               "Graded in-vivo exposure hierarchy for driving alone"])]),
            dict(name="Grief", status="Deferred", dx="Z63.4", started=intake,
                 deferred_reason="Patient prefers to address grief work after mood improves; to be "
                                 "revisited at the 90-day plan review."),
        ],
        strengths="Close relationship with daughter; active church member; motivated for treatment.",
        barriers="Does not drive at night; hearing loss (uses hearing aids).",
        safety="C-SSRS screen negative 1/5/2026. Crisis line 988 and clinic after-hours number reviewed.",
        sigs=[
            f"Electronically signed by Lena M. Ostrowski, LCSW at {us_short(plan)} {t12(16, 32)} CST",
            f"Patient signature: captured on signature pad by Dolores A Kowalczyk at {us_short(plan)} "
            f"{t12(15, 58)} CST",
        ],
        audit=[(dt(plan, 15, 41), "OSTROWSKI, LENA M", "Created"),
               (dt(plan, 16, 5), "OSTROWSKI, LENA M", "Edited"),
               (dt(plan, 16, 32), "OSTROWSKI, LENA M", "Signed"),
               (dt(D(2026, 2, 3), 10, 14), "PATEL, ANJALI (HIM)", "Printed")],
        printed=(dt(D(2026, 2, 3), 10, 14), "PATEL, ANJALI [AP4471]"), pages=3,
    )
    render_epic_bh(p)
    label(p["file"], "medicare-psychotherapy", D(2026, 2, 16),
          notes="Clean. Epic-like print; grief problem deferred with no goals; printed-on date is after the "
                "plan date and must not be read as the plan date.")


# -- P06: gaps: invalid NPI; objective target date typed with last year's year -----------------
def plan_p06():
    plan = D(2026, 3, 4)
    intake = D(2026, 2, 23)
    pt = dict(first="Raymond", mi="T", last="Lindqvist", dob=D(1949, 11, 21), sex="M", mrn="11920475",
              member_id="7KC2GN4RT85", payer="MEDICARE PART B")
    clin = dict(name="Anneliese Brandt", cred="PhD, LP", npi=bad_npi("172905338"))
    p = dict(
        file="bp3_06_ihs_psychotherapy.docx", pt=pt,
        org=dict(name="North Shore Counseling Associates - Duluth", dept="NSCA DULUTH BH",
                 street="402 E. Superior St, Suite 5", city="Duluth, MN 55802",
                 phone="(218) 555-0117", fax="(218) 555-0119"),
        clin=clin, csn="918374401", plan_date=plan, intake=intake,
        duration="24 weeks", target=D(2026, 8, 19), next_review=D(2026, 6, 3),
        dx=[dict(desc="Post-traumatic stress disorder, chronic", code="F43.12", primary=True, noted=intake),
            dict(desc="Major depressive disorder, recurrent, mild", code="F33.0", noted=intake)],
        services=[dict(desc="PSYTX W PT 60 MINUTES (Cognitive Processing Therapy)", cpt="90837",
                       length="60 minutes", freq="Weekly", staff="Brandt, Anneliese, PhD, LP")],
        assess=[("PCL-5", intake, "52", "Probable PTSD"), ("PHQ-9", intake, "11", "Moderate depression")],
        problems=[
            dict(name="Trauma-related symptoms (nightmares, avoidance)", status="Active", dx="F43.12",
                 started=intake, goals=[dict(
                     text="Raymond will have fewer trauma symptoms so he can sleep through most nights and "
                          "attend his grandson's events, with a PCL-5 under 33.",
                     target=D(2026, 8, 19),
                     objectives=[
                         dict(text="Reduce PCL-5 total from 52 to below 33.", baseline="PCL-5 52",
                              target=D(2026, 6, 3)),
                         dict(text="Report no more than 2 nightmares per week on the weekly symptom log.",
                              baseline="5-6 per week", target=D(2025, 6, 3)),
                         dict(text="Attend at least 2 crowded public events per month without leaving early.",
                              baseline="0 in the last 6 months", target=D(2026, 7, 1)),
                     ],
                     interventions=["Cognitive Processing Therapy, 12-session protocol",
                                    "Imagery rehearsal therapy for nightmares",
                                    "PCL-5 every other session"])]),
            dict(name="Low mood", status="Active", dx="F33.0", started=intake, goals=[dict(
                text="Raymond will report improved mood, with a PHQ-9 below 5.",
                target=D(2026, 8, 19),
                objectives=[
                    dict(text="Reduce PHQ-9 from 11 to 4 or below.", baseline="PHQ-9 11", target=D(2026, 6, 3)),
                    dict(text="Resume woodworking or fishing at least twice a week.", baseline="Not since 2024",
                         target=D(2026, 5, 6)),
                ],
                interventions=["Behavioral activation", "Monitor PHQ-9 monthly"])]),
        ],
        strengths="Retired machinist, strong work ethic, supportive wife.",
        barriers="Lives 40 miles from clinic in winter; reluctant to discuss combat history.",
        safety="Denies SI/HI. Firearms stored in locked safe, key held by wife (verified 2/23/2026).",
        sigs=[f"Electronically signed by Anneliese Brandt, PhD, LP at {us_short(plan)} {t12(11, 7)} CST"],
        audit=[(dt(plan, 10, 2), "BRANDT, ANNELIESE", "Created"),
               (dt(plan, 11, 7), "BRANDT, ANNELIESE", "Signed"),
               (dt(D(2026, 3, 20), 8, 55), "OKAFOR, GRACE (BILLING)", "Printed")],
        printed=(dt(D(2026, 3, 20), 8, 55), "OKAFOR, GRACE [GO2210]"), pages=3,
        page_break_before_problems=True,
    )
    assert not npi_ok(clin["npi"])
    render_epic_bh(p)
    label(p["file"], "medicare-psychotherapy", D(2026, 3, 23),
          must=[["identifier-invalid"], ["date-inconsistent"]],
          unsure=["objective-not-time-bound"],
          notes="Gaps: provider NPI fails the Luhn check digit; objective 1.1.b target date 06/03/2025 is "
                "before the plan date 03/04/2026 (year typo). Whether that objective then counts as "
                "time-bound is left unjudged.")


# ============================================================================================
# Family B: small-practice therapy EHR (TherapyNotes-like print): headings and labelled lines
# ============================================================================================
def render_tn(p):
    pt, org, clin = p["pt"], p["org"], p["clin"]
    doc = new_doc("Helvetica", 10)
    sec = doc.sections[0]
    clear_part(sec.header)
    para(sec.header, org["name"], bold=True, size=11, align="center", space_after=0)
    para(sec.header, f"{org['street']}, {org['city']}  |  {org['phone']}", size=8, align="center",
         space_after=0)
    clear_part(sec.footer)
    pr_dt = p["printed"]
    footer_line(sec.footer, f"{full_name(pt)}  |  DOB {us(pt['dob'])}  |  Printed {us(pr_dt.date())} "
                            f"{t12(pr_dt.hour, pr_dt.minute)}", p["pages"])

    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    _cell_text(t.rows[0].cells[0], [f"**Client:** {full_name(pt)}", f"**DOB:** {us(pt['dob'])}",
                                    f"**Client ID:** {pt['client_id']}",
                                    f"**Insurance:** {pt['payer']}  **Member ID:** {pt['member_id']}"], size=9)
    _cell_text(t.rows[0].cells[1], [f"**Clinician:** {clin['name']}, {clin['cred']}",
                                    f"**NPI:** {clin['npi']}",
                                    f"**Date:** {us(p['plan_date'])}",
                                    f"**Time:** {p['plan_time']}"], size=9)
    para(doc, "")
    para(doc, "Treatment Plan", bold=True, size=16)
    para(doc, p.get("plan_subtitle", "Initial Treatment Plan"), italic=True, size=9, color="595959")

    rule_heading(doc, "Diagnosis")
    for d in p["dx"]:
        para(doc, f"{d['code']} {d['desc']}" + (" (Primary)" if d.get("primary") else ""))
    if p.get("dx_note"):
        para(doc, p["dx_note"], italic=True, size=9)

    rule_heading(doc, "Presenting Problem")
    para(doc, p["presenting"])
    rule_heading(doc, "Behavioral Definitions")
    for b in p["definitions"]:
        bullet(doc, b)

    rule_heading(doc, "Goals and Objectives")
    for i, g in enumerate(p["goals"], 1):
        para(doc, f"**Goal {i}:** {g['text']}", space_before=4)
        if g.get("target") is not None:
            para(doc, f"Estimated Completion: {us(g['target'])}", size=9, color="404040")
        for k, o in enumerate(g["objectives"]):
            letter = "ABCDEFG"[k]
            para(doc, f"**Objective {i}{letter}:** {o['text']}", space_before=2)
            para(doc, "Estimated Completion: " + (us(o["target"]) if o.get("target") else ""), size=9,
                 color="404040")
            if o.get("baseline"):
                para(doc, f"Baseline: {o['baseline']}", size=9, color="404040")
        para(doc, "Treatment Strategies / Interventions: " + "; ".join(g["interventions"]) + ".", size=9)

    rule_heading(doc, "Treatment Plan Details")
    grid(doc, [(k, v) for k, v in p["details"]], cols=1, label_fill="F2F2F2", widths=[2.4, 4.6])

    if p.get("discharge"):
        rule_heading(doc, "Discharge Criteria")
        para(doc, p["discharge"])
    rule_heading(doc, "Signatures")
    for s in p["sigs"]:
        para(doc, s)
    save(doc, p["file"], p)


def plan_p02():
    plan = D(2026, 1, 20)
    intake = D(2026, 1, 13)
    pt = dict(first="Gloria", last="Baptiste-Mendez", dob=D(1957, 8, 30), sex="F", client_id="LSC-00917",
              member_id="5WQ8EJ3YK26", payer="Medicare Part B")
    clin = dict(name="Derek Haugen", cred="LPC", npi=npi("158830621"))
    p = dict(
        file="bp3_02_pp_psychotherapy.docx", pt=pt, clin=clin,
        org=dict(name="Lakeshore Counseling, LLC", street="2201 S. Oneida St, Suite 4",
                 city="Green Bay, WI 54304", phone="(920) 555-0162"),
        plan_date=plan, plan_time="2:05 PM", printed=dt(D(2026, 2, 9), 9, 40), pages=2,
        dx=[dict(code="F32.1", desc="Major depressive disorder, single episode, moderate", primary=True),
            dict(code="Z60.2", desc="Problems related to living alone")],
        presenting="Gloria is a 68-year-old retired school secretary referred by her primary care physician "
                   "after a fall in October left her housebound for six weeks. She describes low mood, "
                   "tearfulness most days, poor sleep, and withdrawal from her church choir and friends. "
                   "Intake completed 01/13/2026 (90791).",
        definitions=["Depressed mood most of the day, nearly every day, since November 2025.",
                     "Loss of interest in choir, cards club and phone calls with her sister.",
                     "Early waking (around 3:30 AM) four or more nights per week."],
        goals=[
            dict(text="Gloria will feel well enough to rejoin the activities and people that matter to her.",
                 target=D(2026, 7, 20),
                 objectives=[
                     dict(text="Gloria will lower her PHQ-9 score from 16 to 9 or less.",
                          target=D(2026, 4, 20), baseline="PHQ-9 = 16 on 01/13/2026"),
                     dict(text="Gloria will attend choir practice or another group activity at least once a "
                               "week for 4 weeks in a row.", target=D(2026, 4, 20),
                          baseline="0 group activities since November"),
                     dict(text="Gloria will call or visit a friend or her sister on at least 3 days a week.",
                          target=D(2026, 3, 16), baseline="About 1 call a week"),
                 ],
                 interventions=["Behavioral activation and activity scheduling",
                                "Cognitive restructuring (CBT)", "PHQ-9 every 4 weeks"]),
            dict(text="Gloria will sleep through the night more often.", target=D(2026, 5, 18),
                 objectives=[
                     dict(text="Gloria will sleep until at least 5:30 AM on 5 of 7 nights, per her sleep log.",
                          target=D(2026, 5, 18), baseline="2 of 7 nights"),
                 ],
                 interventions=["CBT-I components: stimulus control, sleep window, sleep hygiene"]),
        ],
        details=[("Modality", "Individual psychotherapy (CBT)"),
                 ("Recommended Frequency", "Weekly"),
                 ("Session Length", "53 minutes or more (90837)"),
                 ("Estimated Length of Treatment", "6 months"),
                 ("Next Treatment Plan Review", us(D(2026, 4, 20))),
                 ("Referrals", "Continue PCP follow-up; PT home exercise program for balance")],
        discharge="PHQ-9 below 10 on two consecutive administrations and return to weekly group activities.",
        sigs=[f"Signed by Derek Haugen, LPC on {us(plan)} at 2:05 PM CST",
              f"Client signature: Signed electronically by Gloria Baptiste-Mendez via client portal on "
              f"{us(D(2026, 1, 21))} at 9:14 AM CST"],
    )
    render_tn(p)
    label(p["file"], "medicare-psychotherapy", D(2026, 2, 10),
          notes="Clean. Session length given as '53 minutes or more (90837)'; LPC is a Medicare mental health "
                "counselor credential since 2024.")


def plan_p05():
    plan = D(2026, 2, 2)
    pt = dict(first="Harold", last="Finkelstein", dob=D(1951, 5, 14), sex="M", client_id="HVPG-2231",
              member_id="2NY6FD8KP17", payer="Medicare")
    clin = dict(name="Sarah Oyelaran", cred="LCSW-R", npi=npi("136275509"))
    p = dict(
        file="bp3_05_pp_psychotherapy.docx", pt=pt, clin=clin,
        org=dict(name="Hudson Valley Psychotherapy Group", street="14 John St, 2nd Floor",
                 city="Kingston, NY 12401", phone="(845) 555-0139"),
        plan_date=plan, plan_time="11:30 AM", printed=dt(D(2026, 2, 24), 16, 2), pages=2,
        dx=[dict(code="F31.81", desc="Bipolar II disorder", primary=True),
            dict(code="F41.1", desc="Generalized anxiety disorder")],
        presenting="Harold is a 74-year-old retired attorney referred by his psychiatrist (Dr. R. Vasquez, "
                   "medication management) for psychotherapy after a depressive episode in late 2025. Mood is "
                   "now partly stable on lamotrigine. He reports ongoing worry about finances and his wife's "
                   "health, irregular sleep, and conflict with his adult son.",
        definitions=["Depressive episodes lasting 2-3 weeks, most recently Oct-Dec 2025.",
                     "Hypomanic periods with decreased need for sleep (last summer 2025).",
                     "Persistent worry that he rates 7/10 most days."],
        goals=[
            dict(text="Harold will keep his mood stable and notice early warning signs of a mood episode.",
                 target=D(2027, 2, 1),
                 objectives=[
                     dict(text="Harold will complete a daily mood and sleep chart on at least 6 of 7 days.",
                          target=D(2026, 3, 30), baseline="No tracking"),
                     dict(text="Harold will list 3 personal early warning signs of depression and 3 of "
                               "hypomania, with an action for each.", target=D(2026, 4, 27)),
                 ],
                 interventions=["Psychoeducation on bipolar II", "Interpersonal and social rhythm therapy",
                                "Relapse prevention planning with wife present (one joint session)"]),
            dict(text="Harold will worry less and feel more in control of his day.",
                 target=None,
                 objectives=[
                     dict(text="Harold will reduce his GAD-7 score from 13 to 8 or below.",
                          target=D(2026, 6, 1), baseline="GAD-7 = 13"),
                     dict(text="Harold will use scheduled worry time instead of calling his son about money, "
                               "with no more than 1 such call per week.", target=None,
                          baseline="4-5 calls per week"),
                 ],
                 interventions=["CBT for worry", "Scheduled worry time", "Problem-solving training"]),
        ],
        details=[("Modality", "Individual psychotherapy"),
                 ("Recommended Frequency", "Weekly for 8 weeks, then every other week"),
                 ("Session Length", "45 minutes"),
                 ("Estimated Length of Treatment", "12 months"),
                 ("Next Treatment Plan Review", us(D(2026, 5, 4))),
                 ("Coordination", "Psychiatrist Dr. R. Vasquez, MD (medication management), ROI on file")],
        sigs=[f"Signed by Sarah Oyelaran, LCSW-R on {us(plan)} at 11:48 AM EST"],
    )
    render_tn(p)
    label(p["file"], "medicare-psychotherapy", D(2026, 2, 25),
          must=[["duration-exceeds-limit"], ["objective-not-time-bound"]],
          notes="Gaps: estimated length of treatment 12 months (NGS requires less than one year; goal 1 "
                "estimated completion 02/01/2027); objective 2B has no estimated completion and goal 2 has no "
                "target date either.")


# ============================================================================================
# Family C: practice-management system (SimplePractice-like) treatment plan print
# ============================================================================================
def render_sp(p):
    pt, org, clin = p["pt"], p["org"], p["clin"]
    doc = new_doc("Calibri", 10.5)
    sec = doc.sections[0]
    clear_part(sec.header)
    header_table(sec.header, [f"**{org['name']}**", org["street"], org["city"], org["phone"]],
                 [f"{full_name(pt)}", f"DOB {mon(pt['dob'])}", "Treatment Plan"], border_bottom=True)
    clear_part(sec.footer)
    footer_line(sec.footer, f"Generated {mon(p['printed'].date())}, {t12(p['printed'].hour, p['printed'].minute)}"
                            f" \u2022 {org['name']}", p["pages"])

    para(doc, full_name(pt), bold=True, size=18)
    para(doc, f"Treatment plan \u2022 {mon(p['plan_date'])}" + (" \u2022 DRAFT" if p.get("draft") else ""),
         size=10, color="595959")
    grid(doc, [("Client", full_name(pt)), ("Date of birth", mon(pt["dob"])),
               ("Insurance", pt["payer"]), ("Member ID", pt["member_id"]),
               ("Clinician", f"{clin['name']}" + (f", {clin['cred']}" if clin.get("cred") else "")),
               ("Clinician NPI", clin["npi"]),
               ("Treatment start", mon(p["start"])), ("Plan date", mon(p["plan_date"]))],
         cols=2, label_fill=None, borders=False)

    rule_heading(doc, "Diagnosis", color="2E5C8A")
    table(doc, ["Code", "Description", ""], [[d.get("code", ""), d["desc"], d.get("note", "")] for d in p["dx"]],
          fill="EAF1F8", widths=[0.9, 4.4, 1.6])

    rule_heading(doc, "Presenting problem", color="2E5C8A")
    para(doc, p["presenting"])

    rule_heading(doc, "Goals & objectives", color="2E5C8A")
    for i, g in enumerate(p["goals"], 1):
        para(doc, f"Goal {i}", bold=True, size=11, space_before=4)
        para(doc, g["text"])
        para(doc, f"Estimated completion: {mon(g['target'])}", size=9, color="595959")
        for k, o in enumerate(g["objectives"], 1):
            bullet(doc, f"**Objective {i}.{k}** \u2014 {o['text']}  (Estimated completion: {mon(o['target'])})")
        para(doc, "Interventions: " + ", ".join(g["interventions"]), size=9, space_before=2)

    rule_heading(doc, "Treatment details", color="2E5C8A")
    for k, v in p["details"]:
        para(doc, f"**{k}:** {v}")

    rule_heading(doc, "Signatures", color="2E5C8A")
    for s in p["sigs"]:
        para(doc, s)
    if p.get("history"):
        rule_heading(doc, "Document history", color="2E5C8A", size=9)
        for h in p["history"]:
            para(doc, h, size=8, color="595959")
    save(doc, p["file"], p)


def plan_p08():
    plan = D(2026, 3, 10)
    start = D(2026, 3, 3)
    pt = dict(first="Marguerite", last="O'Donnell", dob=D(1960, 12, 2), member_id="8DR4XC6MJ42",
              payer="Medicare (Part B)")
    clin = dict(name="Jordan Pike", cred="PsyD", npi=npi("117460382"))
    p = dict(
        file="bp3_08_pm_psychotherapy.docx", pt=pt, clin=clin,
        org=dict(name="Cape Ann Therapy Collective", street="65 Middle St", city="Gloucester, MA 01930",
                 phone="(978) 555-0150"),
        plan_date=plan, start=start, printed=dt(D(2026, 4, 1), 13, 22), pages=2,
        dx=[dict(code="F40.01", desc="Agoraphobia with panic disorder", note="Primary")],
        presenting="Marguerite (65) has had panic attacks since 2019 and has not driven on the highway or "
                   "shopped alone since her husband's retirement. She reports 3-4 panic attacks a week, avoids "
                   "supermarkets, church and the Route 128 bridge, and relies on her husband for errands.",
        goals=[
            dict(text="Marguerite will have fewer panic attacks and will go to the places she now avoids.",
                 target=D(2026, 9, 8),
                 objectives=[
                     dict(text="Reduce panic attacks from 3-4 per week to no more than 1 per week, as shown "
                               "in her panic log for 4 weeks in a row", target=D(2026, 6, 9)),
                     dict(text="Lower her PDSS score from 17 to 8 or below", target=D(2026, 6, 9)),
                     dict(text="Shop alone at the supermarket for at least 20 minutes on 3 occasions",
                          target=D(2026, 7, 14)),
                     dict(text="Drive across the Route 128 bridge alone at least twice",
                          target=D(2026, 9, 8)),
                 ],
                 interventions=["Panic control treatment (CBT)", "Interoceptive exposure",
                                "Graded in-vivo exposure hierarchy", "Weekly panic log review"]),
        ],
        details=[("Type of treatment", "Individual psychotherapy, CBT with exposure"),
                 ("Frequency", "Once a week"),
                 ("Session length", "53-60 minutes"),
                 ("Estimated duration", "Six months (through September 8, 2026)"),
                 ("Next review", mon(D(2026, 6, 9)))],
        sigs=[f"Signed by Jordan Pike, PsyD \u2022 {mon(plan)} at {t12(17, 3)} EDT",
              f"Client signature \u2022 Marguerite O'Donnell \u2022 {mon(plan)} at {t12(16, 51)} EDT"],
        history=[f"{mon(plan)} {t12(16, 20)} \u2014 Created by Jordan Pike",
                 f"{mon(plan)} {t12(17, 3)} \u2014 Signed by Jordan Pike",
                 f"{mon(D(2026, 4, 1))} {t12(13, 22)} \u2014 Exported to Word by front desk"],
    )
    render_sp(p)
    label(p["file"], "medicare-psychotherapy", D(2026, 4, 2),
          notes="Clean. Dates written as 'Mar 10, 2026'; single goal with four measurable, dated objectives.")


def plan_p07():
    plan = D(2026, 4, 15)
    start = D(2026, 4, 8)
    pt = dict(first="Walter", last="Brzezinski", dob=D(1954, 2, 25), member_id="4PG9TA5HX38",
              payer="Medicare")
    clin = dict(name="Tomas Reyes", cred="LMFT", npi=npi("149927364"))
    p = dict(
        file="bp3_07_pm_psychotherapy.docx", pt=pt, clin=clin, draft=True,
        org=dict(name="Shoreline Wellness Counseling", street="1171 Boston Post Rd, Unit 3",
                 city="Guilford, CT 06437", phone="(203) 555-0173"),
        plan_date=plan, start=start, printed=dt(D(2026, 4, 29), 10, 6), pages=1,
        dx=[dict(code="F41.0", desc="Panic disorder [episodic paroxysmal anxiety]", note="Primary"),
            dict(code="", desc="Alcohol use disorder, mild", note="Provisional")],
        presenting="Walter (72) reports sudden episodes of racing heart, shortness of breath and fear of dying, "
                   "2-3 times a week since a cardiac work-up in January 2026 ruled out heart disease. He drinks "
                   "3-4 beers most evenings to 'settle down'. His wife asked him to seek help.",
        goals=[
            dict(text="Walter will have fewer panic attacks and stop using alcohol to manage anxiety.",
                 target=D(2026, 10, 14),
                 objectives=[
                     dict(text="Reduce panic attacks from 2-3 per week to 1 or fewer per week per panic log",
                          target=D(2026, 7, 15)),
                     dict(text="Drink no more than 2 standard drinks on any day, for 8 consecutive weeks, per "
                               "drinking diary", target=D(2026, 8, 12)),
                     dict(text="Identify 4 non-alcohol strategies to use when panic symptoms start",
                          target=D(2026, 5, 27)),
                 ],
                 interventions=["CBT for panic", "Interoceptive exposure", "Motivational interviewing",
                                "AUDIT-C monthly"]),
        ],
        details=[("Type of treatment", "Individual psychotherapy"),
                 ("Frequency", "Weekly"),
                 ("Session length", "45 minutes"),
                 ("Estimated duration", "6 months"),
                 ("Next review", mon(D(2026, 7, 15)))],
        sigs=["Clinician signature: Pending \u2014 this treatment plan has not been signed.",
              "Client signature: Pending"],
        history=[f"{mon(plan)} {t12(15, 2)} \u2014 Created by Tomas Reyes, LMFT",
                 f"{mon(D(2026, 4, 22))} {t12(9, 40)} \u2014 Edited by Tomas Reyes, LMFT",
                 f"{mon(D(2026, 4, 29))} {t12(10, 6)} \u2014 Exported to Word by billing"],
    )
    render_sp(p)
    label(p["file"], "medicare-psychotherapy", D(2026, 4, 30),
          must=[["signature-missing"], ["diagnosis-code-missing"]],
          unsure=["credential-missing"],
          notes="Gaps: plan is a draft, clinician signature pending (the 'Created by ... LMFT' history lines are "
                "not a signature); the provisional secondary diagnosis 'Alcohol use disorder, mild' has no "
                "ICD-10-CM code. credential-missing is not judged (there is no signature to carry one).")


# ============================================================================================
# Family D: hospital EHR clinical-document print of a structured form (Cerner-like "- Text")
# ============================================================================================
def render_cerner(p):
    pt, org = p["pt"], p["org"]
    doc = new_doc("Courier New", 9, margin=0.6)
    sec = doc.sections[0]
    clear_part(sec.header)
    para(sec.header, org["name"], bold=True, size=10, align="center", space_after=0)
    para(sec.header, f"{org['street']}  {org['city']}  {org['phone']}", size=8, align="center", space_after=2)
    banner = sec.header.add_table(rows=2, cols=3, width=Inches(7.2))
    _no_borders(banner)
    _cell_text(banner.rows[0].cells[0], f"Patient Name: {last_first(pt, upper=True)}", size=8)
    _cell_text(banner.rows[0].cells[1], f"MRN: {pt['mrn']}", size=8)
    _cell_text(banner.rows[0].cells[2], f"FIN: {p['fin']}", size=8)
    _cell_text(banner.rows[1].cells[0], f"DOB/Age/Sex: {us(pt['dob'])}   "
                                        f"{age_on(pt['dob'], p['plan_date'])} years   {pt['sex']}", size=8)
    _cell_text(banner.rows[1].cells[1], f"Attending: {p['attending']}", size=8)
    _cell_text(banner.rows[1].cells[2], f"Health Plan: {pt['payer']}", size=8)
    clear_part(sec.footer)
    pr = p["printed"]
    footer_line(sec.footer, f"Report Request ID: {p['request_id']}     Print Date/Time: {us_short(pr.date())} "
                            f"{t24(pr.hour, pr.minute)} {p['tz']}", p["pages"])

    para(doc, p["doc_title"], bold=True, size=11)
    sig = p["signer_display"]
    perf = p["perform_dt"]
    grid(doc, [
        ("Document Type", "BH Treatment Plan"),
        ("Service Date/Time", f"{us(p['plan_date'])} {t24(perf.hour, perf.minute)} {p['tz']}"),
        ("Result Status", p.get("status", "Auth (Verified)")),
        ("Perform Information", f"{sig} ({us(perf.date())} {t24(perf.hour, perf.minute)} {p['tz']})"),
        ("Sign Information", p["sign_info"]),
    ], cols=1, label_fill=None, borders=False, widths=[1.8, 5.4])

    def section(title, fields):
        para(doc, title, bold=True, space_before=6)
        for k, v in fields:
            para(doc, f"  {k}:  {v}")

    section("Treatment Plan Information", p["info"])
    para(doc, "Diagnoses", bold=True, space_before=6)
    for d in p["dx"]:
        para(doc, f"  {d}")
    for i, prob in enumerate(p["problems"], 1):
        fields = [("Problem Description", prob["name"]), ("Problem Status", prob.get("status", "Active")),
                  ("Long Term Goal", prob["goal"]), ("LTG Target Date", prob["goal_target"])]
        for k, o in enumerate(prob["objectives"], 1):
            fields.append((f"Short Term Objective #{k}", o[0]))
            fields.append((f"Baseline #{k}", o[1]))
            fields.append((f"Target Date #{k}", o[2]))
        for k, iv in enumerate(prob["interventions"], 1):
            fields.append((f"Intervention #{k}", iv))
        section(f"Problem {i}", fields)
    section("Modality / Frequency", p["modality"])
    section("Plan Review", p["review"])
    section("Patient / Family Involvement", p["involvement"])
    para(doc, "")
    para(doc, "Signature Line", bold=True)
    for s in p["sig_lines"]:
        para(doc, s)
    save(doc, p["file"], p)


def plan_p03():
    plan = D(2026, 1, 27)
    pt = dict(first="Eleanor", last="Whitcombe", dob=D(1953, 6, 6), sex="Female", mrn="0771342",
              payer="MEDICARE PART B")
    perf = dt(plan, 14, 45)
    p = dict(
        file="bp3_03_hospform_psychotherapy.docx", pt=pt, fin="5520419883", attending="Webb, Marcus",
        org=dict(name="ST. BRENDAN REGIONAL HEALTH - OUTPATIENT BEHAVIORAL HEALTH",
                 street="1600 Genesee St", city="Utica, NY 13502", phone="315-555-0128"),
        plan_date=plan, perform_dt=perf, tz="EST", request_id="41820377", printed=dt(D(2026, 2, 11), 9, 41),
        pages=2, doc_title="BH Outpatient Treatment Plan - Text", signer_display="Webb, Marcus",
        sign_info=f"Webb, Marcus ({us(plan)} 15:10 EST)",
        info=[("Treatment Plan Type", "Initial"), ("Plan Start Date", us(plan)),
              ("Date of Intake Assessment", us(D(2026, 1, 20))),
              ("Medicare Beneficiary Identifier", "6EK3WN7PT09"),
              ("Rendering Provider NPI", npi("181126453")),
              ("Expected Duration of Treatment", "16 weeks"),
              ("Anticipated Discharge Date", us(D(2026, 5, 19)))],
        dx=["F34.1  Dysthymic disorder  (Primary)", "F41.9  Anxiety disorder, unspecified"],
        problems=[
            dict(name="Chronic low mood, low energy, hopelessness about retirement", goal_target=us(D(2026, 5, 19)),
                 goal="Patient will report a more hopeful outlook and re-engage in daily structure, evidenced by "
                      "a PHQ-9 of 9 or less.",
                 objectives=[("Patient will reduce PHQ-9 from 15 to 9 or less.", "PHQ-9 15 on 01/20/2026",
                              us(D(2026, 4, 21))),
                             ("Patient will follow a written daily schedule with at least 2 planned activities "
                              "on 5 of 7 days.", "No daily structure", us(D(2026, 3, 17)))],
                 interventions=["CBT for persistent depressive disorder",
                                "Behavioral activation / activity scheduling"]),
            dict(name="Worry and muscle tension", goal_target=us(D(2026, 5, 19)),
                 goal="Patient will reduce worry to a manageable level.",
                 objectives=[("Patient will reduce GAD-7 from 12 to 7 or less.", "GAD-7 12",
                              us(D(2026, 4, 21))),
                             ("Patient will practice progressive muscle relaxation at least 4 days per week.",
                              "0 days/week", us(D(2026, 3, 3)))],
                 interventions=["Relaxation training", "Cognitive restructuring of catastrophic thoughts"]),
        ],
        modality=[("Treatment Modality", "Individual psychotherapy"), ("Frequency", "Weekly"),
                  ("Session Length", ""), ("Group Therapy", "Not indicated")],
        review=[("Next Plan Review Date", us(D(2026, 4, 21))), ("Review Comments", "")],
        involvement=[("Patient participated in plan development", "Yes"),
                     ("Patient agrees with plan", "Yes"), ("Copy given to patient", "Yes")],
        sig_lines=[f"Electronically Signed on {us(plan)} 03:10 PM EST",
                   "________________________________________________",
                   "Webb, Marcus"],
    )
    render_cerner(p)
    label(p["file"], "medicare-psychotherapy", D(2026, 2, 12),
          must=[["credential-missing"], ["amount-missing"]],
          notes="Gaps: the only signature ('Webb, Marcus') shows no credential anywhere on the document; the "
                "Session Length field is blank and no CPT code is given, so the amount (session length) is not "
                "stated. MBI and NPI are in the form body, not the banner.")


def plan_p04():
    plan = D(2024, 11, 4)
    pt = dict(first="Bernice", last="Okonkwo-Hale", dob=D(1947, 1, 19), sex="Female", mrn="2208861",
              payer="MEDICARE")
    perf = dt(plan, 10, 20)
    p = dict(
        file="bp3_04_hospform_psychotherapy.docx", pt=pt, fin="7304418825", attending="Nakamura LCSW, Kenji",
        org=dict(name="SWEDISH HILLS HEALTH SYSTEM - ROCKFORD COUNSELING CENTER",
                 street="3401 N. Perryville Rd", city="Rockford, IL 61114", phone="815-555-0190"),
        plan_date=plan, perform_dt=perf, tz="CST", request_id="55107264", printed=dt(D(2026, 1, 16), 13, 5),
        pages=2, doc_title="BH Outpatient Treatment Plan - Text", signer_display="Nakamura LCSW, Kenji",
        sign_info=f"Nakamura LCSW, Kenji ({us(plan)} 11:02 CST)",
        info=[("Treatment Plan Type", "Initial"), ("Plan Start Date", us(plan)),
              ("Date of Intake Assessment", us(D(2024, 10, 28))),
              ("Medicare Beneficiary Identifier", "9AF2KD5RC31"),
              ("Rendering Provider NPI", npi("193377820")),
              ("Expected Duration of Treatment", "6 months"),
              ("Anticipated Discharge Date", us(D(2025, 5, 5)))],
        dx=["F33.1  Major depressive disorder, recurrent, moderate  (Primary)",
            "F41  Other anxiety disorders"],
        problems=[
            dict(name="Depressed mood after move to assisted living", goal_target=us(D(2025, 5, 5)),
                 goal="Patient will adjust to her new home and report improved mood (PHQ-9 below 10).",
                 objectives=[("Patient will reduce PHQ-9 from 17 to 9 or less.", "PHQ-9 17 on 10/28/2024",
                              us(D(2025, 2, 3))),
                             ("Patient will attend at least 3 community activities per week at the facility.",
                              "0-1 per week", us(D(2025, 1, 6)))],
                 interventions=["Supportive and cognitive behavioral therapy", "Reminiscence work"]),
            dict(name="Anxiety about health and finances", goal_target=us(D(2025, 5, 5)),
                 goal="Patient will worry less about health and money.",
                 objectives=[("Patient will reduce GAD-7 from 11 to 6 or less.", "GAD-7 11",
                              us(D(2025, 3, 3)))],
                 interventions=["Problem-solving therapy", "Relaxation training"]),
        ],
        modality=[("Treatment Modality", "Individual psychotherapy"), ("Frequency", "Weekly"),
                  ("Session Length", "45 minutes"), ("Group Therapy", "Not indicated")],
        review=[("Next Plan Review Date", us(D(2025, 2, 3))), ("Review Comments", "")],
        involvement=[("Patient participated in plan development", "Yes"),
                     ("Patient agrees with plan", "Yes"), ("Copy given to patient", "Yes")],
        sig_lines=[f"Electronically Signed on {us(plan)} 11:02 AM CST",
                   "________________________________________________",
                   "Nakamura LCSW, Kenji"],
    )
    render_cerner(p)
    label(p["file"], "medicare-psychotherapy", D(2026, 1, 20),
          must=[["plan-outdated"], ["diagnosis-code-not-billable"]],
          notes="Gaps: plan established 11/04/2024, no review/update recorded, used for a 01/20/2026 date of "
                "service (more than one year); secondary diagnosis 'F41' is a category, not a billable code. "
                "The credential is embedded Cerner-style in 'Nakamura LCSW, Kenji'.")


# ============================================================================================
# Family E: community mental health EHR (myAvatar-like) -- numbered hierarchy 1 / 1.1 / 1.1.a / 1.1.a.1
# ============================================================================================
def render_avatar(p):
    pt, org = p["pt"], p["org"]
    doc = new_doc("Arial", 9, landscape=False)
    sec = doc.sections[0]
    clear_part(sec.header)
    header_table(sec.header, [f"**{org['name']}**", org["sub"], f"{org['street']}, {org['city']}",
                              f"Tel {org['phone']}"],
                 [f"Client: **{last_first(pt, upper=True)}**", f"Client ID: {pt['client_id']}",
                  f"Episode: {p['episode']}   Program: {p['program']}"])
    clear_part(sec.footer)
    pr = p["printed"]
    footer_line(sec.footer, f"Report run {us(pr[0].date())} {t12(pr[0].hour, pr[0].minute)} by {pr[1]}  "
                            f"| CONFIDENTIAL - protected by PA Act 1966-6 and 55 Pa. Code 5100", p["pages"])
    para(doc, "TREATMENT PLAN", bold=True, size=14, align="center")
    para(doc, f"Plan Status: {p['status']}", align="center", size=9)
    grid(doc, [
        ("Client Name", full_name(pt)), ("Date of Birth", us(pt["dob"])),
        ("Medical Assistance ID", pt["member_id"]), ("Funding Source", pt["payer"]),
        ("Admission Date", us(p["admit"])), ("Plan Type", p.get("plan_type", "Initial")),
        ("Treatment Plan Date", us(p["plan_date"])), ("Expected Duration", p["duration"]),
        ("Plan End Date", us(p["plan_end"]) if p.get("plan_end") else ""),
        ("Next Review Date", us(p["next_review"])),
        ("Primary Clinician", p["primary_clin"]), ("Prescriber", p["prescriber"]),
    ], cols=2)
    rule_heading(doc, "Diagnoses (ICD-10-CM)")
    table(doc, ["Rank", "Code", "Description", "Type", "Date"],
          [[str(i), d[0], d[1], d[2], us(d[3])] for i, d in enumerate(p["dx"], 1)], widths=[0.5, 0.8, 3.6, 1.0, 1.0])
    rule_heading(doc, "Strengths / Preferences")
    para(doc, p["strengths"])

    for i, prob in enumerate(p["problems"], 1):
        bar(doc, f"PROBLEM #{i}:  {prob['name']}", fill="D0CECE", color="000000", size=9.5)
        para(doc, f"Status: {prob.get('status', 'Active')}    Date Identified: {us(prob['date'])}", size=8.5)
        for j, g in enumerate(prob["goals"], 1):
            para(doc, f"**GOAL #{i}.{j}:** {g['text']}", space_before=3)
            para(doc, f"Client's words: \u201c{g['words']}\u201d", italic=True, size=8.5)
            if not g["objectives"]:
                para(doc, "Objectives: No data recorded", italic=True, size=8.5)
            for k, o in enumerate(g["objectives"]):
                oid = f"{i}.{j}.{'abcdefg'[k]}"
                blocks = [("band", f"OBJECTIVE #{oid}: {o['text']}"),
                          ("row", [f"Target Date: {us(o['target'])}", f"Status: {o.get('status', 'Active')}",
                                   f"Baseline: {o.get('baseline', '')}", ""])]
                for m, iv in enumerate(o["interventions"], 1):
                    blocks.append(("row", [f"Intervention #{oid}.{m}: {iv[0]}", f"Modality: {iv[1]}",
                                           f"Frequency: {iv[2]}", f"Staff: {iv[3]}"]))
                merged_row_table(doc, 4, blocks, widths=[2.9, 1.4, 1.4, 1.4])
    rule_heading(doc, "Discharge / Transition Criteria")
    para(doc, p["discharge"])
    rule_heading(doc, "Signatures")
    table(doc, ["Signature Type", "Name", "Credentials", "Signed Date/Time", "Method"], p["sigs"],
          widths=[1.6, 1.7, 0.9, 1.6, 1.3])
    para(doc, "Client participated in development of this plan and was offered a copy.   "
              f"{box(True)} Yes   {box(False)} No", size=8.5)
    save(doc, p["file"], p)


def plan_pa1():
    admit = D(2026, 1, 5)
    plan = D(2026, 1, 26)
    pt = dict(first="Tyrell", last="Washington", dob=D(1988, 4, 3), client_id="000284417",
              member_id="8301225467", payer="HealthChoices - Community Care Behavioral Health")
    p = dict(
        file="bp3_09_cmh_pa_clinic.docx", pt=pt,
        org=dict(name="Keystone Valley Community Mental Health", sub="Licensed Outpatient Psychiatric Clinic",
                 street="515 Hamilton St", city="Allentown, PA 18101", phone="(610) 555-0132"),
        episode="2", program="OP ADULT CLINIC", status="Final", printed=(dt(D(2026, 2, 12), 8, 17), "SMCKEE"),
        pages=2, admit=admit, plan_date=plan, duration="12 months", plan_end=D(2027, 1, 25),
        next_review=D(2026, 5, 26), primary_clin="Alexis Moreno, LPC", prescriber="Rajesh Malhotra, DO",
        dx=[("F43.12", "Post-traumatic stress disorder, chronic", "Primary", admit),
            ("F33.1", "Major depressive disorder, recurrent, moderate", "Secondary", admit)],
        strengths="Employed part time at a warehouse; close to his grandmother; wants to be a reliable father "
                  "to his 6-year-old daughter. Prefers evening appointments.",
        problems=[
            dict(name="Trauma symptoms (nightmares, hypervigilance) after 2024 shooting", date=admit, goals=[dict(
                text="Tyrell will reduce trauma symptoms so he can sleep and go out in his neighborhood.",
                words="I want to sleep and not feel like I have to watch my back all the time.",
                objectives=[
                    dict(text="Tyrell will reduce his PCL-5 score from 58 to below 33.", target=D(2026, 7, 27),
                         baseline="PCL-5 58 (01/05/2026)",
                         interventions=[("Prolonged Exposure therapy", "Individual psychotherapy", "Weekly, 60 min",
                                         "Primary clinician")]),
                    dict(text="Tyrell will sleep at least 5 hours on 5 of 7 nights, per his sleep log.",
                         target=D(2026, 5, 26), baseline="2-3 hours most nights",
                         interventions=[("Medication evaluation and management (prazosin trial)",
                                         "Psychiatric medication management", "Monthly, 20-30 min", "Prescriber"),
                                        ("Sleep hygiene and imagery rehearsal", "Individual psychotherapy",
                                         "Weekly, within therapy session", "Primary clinician")]),
                ])]),
            dict(name="Depressed mood and withdrawal", date=admit, goals=[dict(
                text="Tyrell will feel less down and spend more time with his daughter and friends.",
                words="I want to enjoy stuff again.",
                objectives=[
                    dict(text="Tyrell will reduce PHQ-9 from 17 to 9 or below.", target=D(2026, 7, 27),
                         baseline="PHQ-9 17",
                         interventions=[("Behavioral activation", "Individual psychotherapy", "Weekly, 60 min",
                                         "Primary clinician")]),
                    dict(text="Tyrell will do at least 2 planned activities with his daughter each week.",
                         target=D(2026, 4, 27), baseline="About 2 per month",
                         interventions=[("Activity scheduling and review", "Individual psychotherapy",
                                         "Weekly", "Primary clinician")]),
                ])]),
        ],
        discharge="PCL-5 below 33 and PHQ-9 below 10 on two consecutive measurements; stable on medication "
                  "with PCP able to continue prescribing.",
        sigs=[["Primary Clinician", "Alexis Moreno", "LPC", f"{us(plan)} 4:12 PM", "Electronic"],
              ["Client", "Tyrell Washington", "", f"{us(plan)} 4:05 PM", "Signature pad"],
              ["Psychiatrist Approval", "Rajesh Malhotra", "DO", f"{us(D(2026, 1, 29))} 11:48 AM", "Electronic"],
              ["Clinical Supervisor", "", "", "", "Not required"]],
    )
    render_avatar(p)
    label(p["file"], "base-treatment-plan", D(2026, 2, 12), states=["pa-55-5200"],
          notes="Clean. PA licensed clinic, Medicaid (HealthChoices) funding; plan 21 days after admission; "
                "clinician, client and psychiatrist (DO) signed and dated in a signature grid. The empty "
                "'Clinical Supervisor ... Not required' row is not a missing required signature.")


def plan_pa3():
    admit = D(2025, 11, 3)
    plan = D(2025, 12, 15)
    pt = dict(first="Amber", last="Kostelnik", dob=D(1995, 9, 27), client_id="000291054",
              member_id="8417730925", payer="HealthChoices - Magellan Behavioral Health of PA")
    p = dict(
        file="bp3_10_cmh_pa_clinic.docx", pt=pt,
        org=dict(name="Susquehanna Family Counseling Services", sub="Licensed Outpatient Psychiatric Clinic",
                 street="2040 Market St", city="Camp Hill, PA 17011", phone="(717) 555-0145"),
        episode="1", program="OP ADULT MH", status="Final", printed=(dt(D(2026, 1, 8), 14, 30), "JBRANDT"),
        pages=2, admit=admit, plan_date=plan, duration="6 months", plan_end=D(2026, 6, 15),
        next_review=D(2026, 4, 14), primary_clin="Megan Troutman, LCSW", prescriber="Priya Sethi, CRNP",
        dx=[("F41.1", "Generalized anxiety disorder", "Primary", admit),
            ("F90.2", "Attention-deficit hyperactivity disorder, combined type", "Secondary", admit)],
        strengths="Works as a dental assistant; supportive partner; insight into her anxiety.",
        problems=[
            dict(name="Excessive worry affecting work", date=admit, goals=[dict(
                text="Amber will manage her worry so she can get through a workday without leaving early.",
                words="I want to stop calling off work because of my nerves.",
                objectives=[
                    dict(text="Amber will reduce her GAD-7 score from 16 to 8 or below.", target=D(2026, 3, 16),
                         baseline="GAD-7 16 (11/03/2025)",
                         interventions=[("CBT for generalized anxiety", "Individual psychotherapy",
                                         "Weekly, 45 min", "Primary clinician")]),
                    dict(text="Amber will miss no more than 1 workday per month because of anxiety.",
                         target=D(2026, 4, 14), baseline="3-4 missed days per month",
                         interventions=[("Worry postponement and problem solving", "Individual psychotherapy",
                                         "Weekly", "Primary clinician")]),
                ])]),
            dict(name="Attention problems", date=admit, goals=[dict(
                text="Amber will keep track of tasks at home and work.",
                words="I forget everything.",
                objectives=[])]),
        ],
        discharge="GAD-7 below 10 for two months and stable attendance at work.",
        sigs=[["Primary Clinician", "Megan Troutman", "LCSW", f"{us(plan)} 3:40 PM", "Electronic"],
              ["Client", "Amber Kostelnik", "", f"{us(plan)} 3:31 PM", "Signature pad"],
              ["Psychiatric CRNP Approval", "Priya Sethi", "CRNP", f"{us(D(2025, 12, 18))} 9:02 AM",
               "Electronic"]],
    )
    render_avatar(p)
    label(p["file"], "base-treatment-plan", D(2026, 1, 10), states=["pa-55-5200"],
          must=[["plan-late"], ["objective-missing"]],
          notes="Gaps: plan dated 12/15/2025, 42 days after the 11/03/2025 admission (PA: within 30 days); "
                "goal 2.1 (attention problems) has 'Objectives: No data recorded'. Approval signed by a "
                "psychiatric CRNP (an advanced practice professional).")


# ============================================================================================
# Family F: behavioral-health web EHR (Credible-like): colour header table, nested tables,
#           signature images replaced by "[signature on file]" text
# ============================================================================================
def render_credible(p):
    pt, org = p["pt"], p["org"]
    doc = new_doc("Verdana", 8.5, margin=0.6)
    sec = doc.sections[0]
    clear_part(sec.header)
    para(sec.header, f"{org['name']}  \u2022  {org['street']}, {org['city']}  \u2022  {org['phone']}",
         size=7.5, align="center", space_after=0)
    para(sec.header, f"Client: {full_name(pt)}   ID: {pt['client_id']}   DOB: {us(pt['dob'])}", size=7.5,
         align="center", space_after=0)
    clear_part(sec.footer)
    footer_line(sec.footer, f"Printed: {us(p['printed'].date())} {t12(p['printed'].hour, p['printed'].minute)}"
                            f"  Visit ID: {p['visit_id']}", p["pages"])

    t = doc.add_table(rows=2, cols=4)
    _set_borders(t, color="1F3864")
    heads = ["Client", "Client ID", "Medicaid / MA #", "Plan Date"]
    vals = [full_name(pt), pt["client_id"], pt["member_id"], us(p["plan_date"])]
    for j in range(4):
        _cell_text(t.rows[0].cells[j], heads[j], bold=True, size=8, color="FFFFFF")
        _shade(t.rows[0].cells[j], "1F3864")
        _cell_text(t.rows[1].cells[j], vals[j], size=8.5)
    para(doc, "")
    para(doc, "Individual Treatment Plan", bold=True, size=13, color="1F3864")
    grid(doc, p["top"], cols=2, label_fill="DDEBF7")

    para(doc, "Diagnosis", bold=True, size=10, color="1F3864", space_before=4)
    table(doc, ["ICD-10", "Description", "Primary"], [[d[0], d[1], CHECK if d[2] else ""] for d in p["dx"]],
          fill="DDEBF7", widths=[0.9, 5.2, 0.8])

    for i, prob in enumerate(p["problems"], 1):
        para(doc, f"Problem/Need {i}: {prob['name']}", bold=True, size=10, color="1F3864", space_before=6)
        grid(doc, [("Long Term Goal", prob["goal"]), ("In client's words", prob["words"])], cols=1,
             label_fill="F2F2F2", widths=[1.6, 5.4])
        table(doc, ["#", "Short Term Goal / Objective", "Start", "Target", "Status"],
              [[f"{i}.{k}", o[0], us(o[1]), us(o[2]), o[3]] for k, o in enumerate(prob["objectives"], 1)],
              fill="F2F2F2", widths=[0.4, 4.0, 0.9, 0.9, 0.8])
        table(doc, p["svc_headers"], prob["services"], fill="F2F2F2")
    if p.get("crisis"):
        para(doc, "Crisis Plan", bold=True, size=10, color="1F3864", space_before=6)
        para(doc, p["crisis"])
    para(doc, "Signatures", bold=True, size=10, color="1F3864", space_before=6)
    table(doc, ["Role", "Signature", "Printed Name / Credentials", "Date/Time"], p["sigs"], fill="DDEBF7",
          widths=[1.5, 2.1, 2.0, 1.4])
    save(doc, p["file"], p)


def plan_pa2():
    admit = D(2026, 2, 2)
    plan = D(2026, 2, 24)
    pt = dict(first="Danielle", last="Yurkovich", dob=D(1979, 12, 11), client_id="20417",
              member_id="7309914482")
    p = dict(
        file="bp3_11_bhweb_pa_clinic.docx", pt=pt,
        org=dict(name="Three Rivers Outpatient Behavioral Health", street="1100 Liberty Ave, 4th Fl",
                 city="Pittsburgh, PA 15222", phone="412-555-0176"),
        plan_date=plan, printed=dt(D(2026, 3, 9), 10, 3), visit_id="1188204", pages=2,
        top=[("Program", "Outpatient Psychiatric Clinic (55 Pa. Code 5200)"),
             ("Payer", "HealthChoices / Community Care Behavioral Health"),
             ("Intake / Admission Date", us(admit)), ("Plan Type", "Initial"),
             ("Plan Effective Date", us(plan)), ("Plan Expiration Date", us(D(2026, 8, 23))),
             ("Expected Duration", "6 months"), ("Next Review Due", us(D(2026, 6, 23))),
             ("Primary Therapist", "Kevin Dziedzic, LCSW"), ("Psychiatric Provider", "Holly Renner, CRNP")],
        dx=[("F31.32", "Bipolar disorder, current episode depressed, moderate", True),
            ("F17.210", "Nicotine dependence, cigarettes, uncomplicated", False)],
        svc_headers=["Service / Intervention", "Frequency", "Length", "Responsible"],
        problems=[
            dict(name="Mood instability", goal="Danielle will keep her mood stable enough to keep her job and "
                                             "care for her son.",
                 words="I want to stop crashing.",
                 objectives=[("Danielle will reduce her PHQ-9 from 18 to 9 or below.", plan, D(2026, 6, 23),
                              "Active"),
                             ("Danielle will take her mood stabilizer as prescribed on at least 26 of 28 days, per "
                              "pill organizer check.", plan, D(2026, 4, 21), "Active"),
                             ("Danielle will keep a daily mood chart on at least 6 of 7 days.", plan,
                              D(2026, 4, 21), "Active")],
                 services=[["Individual psychotherapy (CBT / IPSRT)", "Weekly", "53 min", "Primary Therapist"],
                           ["Psychiatric evaluation and medication management", "Every 4 weeks", "25 min",
                            "Psychiatric Provider"]]),
            dict(name="Tobacco use", goal="Danielle will cut down smoking.",
                 words="I want to quit before summer.",
                 objectives=[("Danielle will smoke no more than 5 cigarettes per day for 2 weeks in a row.", plan,
                              D(2026, 5, 26), "Active")],
                 services=[["Tobacco cessation counseling (within therapy)", "Every other week", "10 min",
                            "Primary Therapist"]]),
        ],
        crisis="If mood drops or thoughts of self-harm occur: call the clinic (412-555-0176), re:solve Crisis "
               "1-888-796-8226, or 988.",
        sigs=[["Client", "[signature on file - captured electronically]", "Danielle Yurkovich",
               f"{us(plan)} 1:15 PM"],
              ["Primary Therapist", "[signature on file - captured electronically]", "Kevin Dziedzic, LCSW",
               f"{us(plan)} 1:22 PM"],
              ["Psychiatric CRNP (approval)", "[signature on file - captured electronically]",
               "Holly Renner, CRNP", f"{us(D(2026, 2, 27))} 8:40 AM"]],
    )
    render_credible(p)
    label(p["file"], "base-treatment-plan", D(2026, 3, 10), states=["pa-55-5200"],
          notes="Clean. Signature images print as '[signature on file - captured electronically]' with the name "
                "and date in neighbouring cells; approval by a psychiatric CRNP.")


def plan_pa4():
    admit = D(2026, 3, 2)
    plan = D(2026, 3, 23)
    pt = dict(first="Marcus", last="Oyelowo-Pratt", dob=D(2001, 7, 19), client_id="21893",
              member_id="6802217735")
    p = dict(
        file="bp3_12_bhweb_pa_clinic.docx", pt=pt,
        org=dict(name="Three Rivers Outpatient Behavioral Health", street="1100 Liberty Ave, 4th Fl",
                 city="Pittsburgh, PA 15222", phone="412-555-0176"),
        plan_date=plan, printed=dt(D(2026, 4, 6), 15, 47), visit_id="1204417", pages=2,
        top=[("Program", "Outpatient Psychiatric Clinic (55 Pa. Code 5200)"),
             ("Payer", "HealthChoices / Community Care Behavioral Health"),
             ("Intake / Admission Date", us(admit)), ("Plan Type", "Initial"),
             ("Plan Effective Date", us(plan)), ("Plan Expiration Date", ""),
             ("Expected Duration", ""), ("Next Review Due", us(D(2026, 7, 21))),
             ("Primary Therapist", "Nicole Abernathy, LPC"), ("Psychiatric Provider", "Samuel Ferris, MD")],
        dx=[("F42.2", "Mixed obsessional thoughts and acts", True)],
        svc_headers=["Service / Intervention", "Frequency", "Length", "Responsible"],
        problems=[
            dict(name="Obsessions and checking rituals",
                 goal="Marcus will spend less time on rituals so he can attend his community college classes.",
                 words="I'm late to everything because I have to check.",
                 objectives=[("Marcus will reduce his Y-BOCS total from 26 to 15 or below.", plan, D(2026, 7, 21),
                              "Active"),
                             ("Marcus will limit checking rituals to 30 minutes or less per day, per his ERP log.",
                              plan, D(2026, 6, 22), "Active"),
                             ("Marcus will attend at least 90% of scheduled classes for 4 weeks.", plan,
                              D(2026, 5, 25), "Active")],
                 services=[["Individual psychotherapy - Exposure and Response Prevention", "Weekly", "60 min",
                            "Primary Therapist"],
                           ["Psychiatric evaluation / medication management", "Monthly", "30 min",
                            "Psychiatric Provider"]]),
        ],
        crisis="Clinic line 412-555-0176; re:solve Crisis 1-888-796-8226; 988.",
        sigs=[["Client", "[signature on file - captured electronically]", "Marcus Oyelowo-Pratt",
               f"{us(plan)} 10:52 AM"],
              ["Primary Therapist", "[signature on file - captured electronically]", "Nicole Abernathy, LPC",
               f"{us(plan)} 11:06 AM"],
              ["Psychiatrist (approval)", "Awaiting signature", "Samuel Ferris, MD", ""]],
    )
    render_credible(p)
    label(p["file"], "base-treatment-plan", D(2026, 4, 7), states=["pa-55-5200"],
          must=[["signature-missing"], ["duration-missing"]],
          notes="Gaps: psychiatrist approval row says 'Awaiting signature' with no date (psychotherapy plan needs "
                "psychiatrist/APP approval); Expected Duration and Plan Expiration Date are blank and no other "
                "duration is given (the 'Length' column is session length).")


# ============================================================================================
# Family G: outpatient rehab web EMR (WebPT-like) initial evaluation / plan of care
# ============================================================================================
def render_webpt(p):
    pt, org = p["pt"], p["org"]
    th, ref = p["therapist"], p["referring"]
    doc = new_doc("Arial", 9)
    sec = doc.sections[0]
    clear_part(sec.header)
    header_table(sec.header, [f"**{org['name']}**", org["street"], org["city"],
                              f"P: {org['phone']}  F: {org['fax']}"],
                 [f"{last_first(pt)}", f"DOB: {us(pt['dob'])}", f"Date of Service: {us(p['dos'])}",
                  f"Case: {p['case']}"])
    clear_part(sec.footer)
    pr = p["printed"]
    footer_line(sec.footer, f"Printed by {pr[1]} on {us(pr[0].date())} {t12(pr[0].hour, pr[0].minute)}",
                p["pages"], center="Confidential patient information")

    para(doc, p.get("title", "Initial Evaluation & Plan of Care"), bold=True, size=14)
    para(doc, p["discipline_line"], size=9, color="404040")
    grid(doc, [
        ("Patient", full_name(pt)), ("Date of Birth", us(pt["dob"])),
        ("Primary Insurance", p["insurance"]), ("Medicare ID (MBI)", pt["mbi"]),
        ("Account #", pt["acct"]), ("Visit #", "1"),
        ("Referring Provider", f"{ref['name']}, {ref['cred']}"), ("Referring NPI", ref["npi"]),
        ("Onset Date", us(p["onset"])), ("Start of Care", us(p["soc"])),
        ("Certification Period", f"{us(p['cert'][0])} - {us(p['cert'][1])}"),
        ("Treating Therapist", f"{th['name']}, {th['cred']}"),
    ], cols=2, label_fill="EDEDED")

    rule_heading(doc, "Diagnoses")
    for code, desc in p["med_dx"]:
        para(doc, f"Medical Diagnosis: {code} - {desc}")
    for code, desc in p["tx_dx"]:
        para(doc, f"Treatment Diagnosis: {code} - {desc}")

    rule_heading(doc, "Subjective")
    para(doc, p["subjective"])
    rule_heading(doc, "Objective")
    for title, headers, rows in p["objective"]:
        para(doc, title, bold=True, size=9)
        table(doc, headers, rows, fill="EDEDED")
    rule_heading(doc, "Assessment")
    para(doc, p["assessment"])
    para(doc, f"Rehab Potential: {p['potential']}")

    rule_heading(doc, "Goals")
    para(doc, f"Short Term Goals ({p['stg_tf']}):", bold=True)
    table(doc, ["#", "Goal", "Status"], [[str(i), g, "New"] for i, g in enumerate(p["stgs"], 1)],
          fill="EDEDED", widths=[0.3, 5.8, 0.8])
    para(doc, f"Long Term Goals ({p['ltg_tf']}):", bold=True)
    table(doc, ["#", "Goal", "Status"], [[str(i), g, "New"] for i, g in enumerate(p["ltgs"], 1)],
          fill="EDEDED", widths=[0.3, 5.8, 0.8])

    rule_heading(doc, "Plan")
    for k, v in p["plan"]:
        para(doc, f"**{k}:** {v}")
    para(doc, "Planned Interventions:", bold=True)
    table(doc, ["CPT", "Description"], p["cpts"], fill="EDEDED", widths=[0.8, 6.1])
    para(doc, f"Patient/caregiver education: {p['education']}")

    rule_heading(doc, "Therapist Signature")
    para(doc, p["therapist_sig"])
    rule_heading(doc, "Physician Certification")
    para(doc, "I certify the need for these services furnished under this plan of treatment while under my "
              "care. I have reviewed this plan of care and approve it as written or as amended below.", size=8.5,
         italic=True)
    for line in p["md_sig"]:
        para(doc, line)
    save(doc, p["file"], p)


PT_EXAMPLE_CPTS = {
    "97161": "PT evaluation, low complexity", "97162": "PT evaluation, moderate complexity",
    "97110": "Therapeutic exercise", "97112": "Neuromuscular re-education", "97140": "Manual therapy",
    "97530": "Therapeutic activities", "97116": "Gait training", "97535": "Self-care/home management training",
    "G0283": "Electrical stimulation, unattended", "97010": "Hot/cold packs",
}


def plan_pt1():
    soc = D(2026, 1, 6)
    th = dict(name="Kelly Tran", cred="PT, DPT", npi=npi("120558734"))
    ref = dict(name="Robert Alvarez", cred="MD", npi=npi("145520986"))
    pt = dict(first="Franklin", last="Mbeki-Sorensen", dob=D(1952, 10, 4), mbi="1FG7RT3UP52", acct="80411")
    p = dict(
        file="bp3_13_rehabweb_pt.docx", pt=pt, therapist=th, referring=ref,
        org=dict(name="Front Range Physical Therapy - Lakewood", street="7400 W. Alameda Ave, Suite 110",
                 city="Lakewood, CO 80226", phone="(303) 555-0121", fax="(303) 555-0122"),
        dos=soc, soc=soc, onset=D(2025, 12, 15), cert=(soc, D(2026, 4, 5)), case="R TKA 12/15/2025",
        insurance="Medicare Part B", discipline_line="Physical Therapy \u2022 Outpatient \u2022 Part B",
        printed=(dt(D(2026, 2, 10), 8, 2), "mlopez"), pages=2,
        med_dx=[("Z96.651", "Presence of right artificial knee joint"),
                ("Z47.1", "Aftercare following joint replacement surgery")],
        tx_dx=[("M62.81", "Muscle weakness (generalized)"), ("R26.2", "Difficulty in walking, not elsewhere "
                                                                     "classified")],
        subjective="73 y.o. male s/p R TKA 12/15/2025 at Lutheran Medical Center, discharged home 12/17 with "
                   "home health PT x 3 weeks (discharged 01/05/2026). Reports R knee pain 5/10 at rest, 7/10 "
                   "with stairs. Lives with wife in 2-story home, 12 steps with L rail to bedrooms. Goal: walk "
                   "his dog and return to golf.",
        objective=[
            ("Range of Motion (degrees)", ["Joint", "Motion", "Right", "Left"],
             [["Knee", "Flexion (AROM)", "88", "128"], ["Knee", "Extension (AROM)", "-8", "0"]]),
            ("Strength (MMT)", ["Muscle group", "Right", "Left"],
             [["Quadriceps", "3+/5", "5/5"], ["Hamstrings", "4-/5", "5/5"], ["Hip abductors", "4-/5", "4/5"]]),
            ("Functional Tests", ["Test", "Result", "Norm / cut-off"],
             [["Timed Up and Go", "16.2 sec with SPC", "<13.5 sec"],
              ["LEFS", "31/80", ""], ["Stairs", "Step-to pattern, bilateral rails, CGA", ""]]),
        ],
        assessment="Pt presents with decreased R knee ROM and quad strength, impaired gait and balance, and "
                   "limited stair negotiation after R TKA, limiting community ambulation and household "
                   "mobility. Pt will benefit from skilled PT to address these impairments.",
        potential="Good",
        stg_tf="4 weeks", ltg_tf="8 weeks",
        stgs=["Pt will increase R knee AROM flexion from 88 to 105 degrees to allow normal sit-to-stand.",
              "Pt will ascend/descend 12 steps with one rail and SPC, step-over-step, with supervision.",
              "Pt will be independent with initial home exercise program."],
        ltgs=["Pt will demonstrate R knee AROM 0-115 degrees for normal gait and stair mechanics.",
              "Pt will ambulate 1000 ft on level and uneven surfaces without assistive device, independently.",
              "Pt will improve LEFS score from 31/80 to 60/80 or more.",
              "Pt will complete TUG in under 12 seconds without assistive device."],
        plan=[("Frequency", "2x/week"), ("Duration", "8 weeks"),
              ("Certification Period", f"{us(soc)} through {us(D(2026, 4, 5))}"),
              ("Progress Report", "At or before visit 10")],
        cpts=[[c, PT_EXAMPLE_CPTS[c]] for c in ("97110", "97112", "97140", "97530", "97116", "97010")],
        education="Initial HEP issued (heel slides, quad sets, SAQ, standing TKE); ice 15 min after exercise.",
        therapist_sig=f"Electronically signed by Kelly Tran, PT, DPT (NPI {th['npi']}) on {us(soc)} at "
                      f"{t12(17, 12)} MST",
        md_sig=[f"Physician: Robert Alvarez, MD    NPI: {ref['npi']}",
                f"Signature: Electronically signed via WebPT physician portal by Robert Alvarez, MD on "
                f"{us(D(2026, 1, 14))} 09:12 AM MST",
                "Amendments: none"],
    )
    render_webpt(p)
    label(p["file"], "medicare-outpatient-therapy", D(2026, 2, 10),
          notes="Clean. Plan on the evaluation day (first treatment 01/06/2026), 8-week duration, cert period "
                "89 days, physician e-signed 8 days after the first treatment.")


def plan_pt3():
    soc = D(2026, 1, 13)
    th = dict(name="Brian Castellano", cred="PT", npi=npi("130671249"))
    ref = dict(name="Naomi Feldstein", cred="DO", npi=npi("168894512"))
    pt = dict(first="Patricia", last="Vanderhoek", dob=D(1949, 3, 30), mbi="2KM5VD8NE44", acct="55193")
    p = dict(
        file="bp3_14_rehabweb_pt.docx", pt=pt, therapist=th, referring=ref,
        org=dict(name="Bayside Rehab & Sports Therapy", street="88 Harbor Blvd", city="Cape Coral, FL 33904",
                 phone="(239) 555-0114", fax="(239) 555-0115"),
        dos=soc, soc=soc, onset=D(2025, 11, 20), cert=(soc, D(2026, 4, 12)), case="R shoulder pain",
        insurance="Medicare", discipline_line="Physical Therapy \u2022 Outpatient",
        printed=(dt(D(2026, 3, 2), 11, 30), "frontdesk2"), pages=2,
        med_dx=[("M75.121", "Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic")],
        tx_dx=[("M25.511", "Pain in right shoulder")],
        subjective="76 y.o. female with R shoulder pain since November 2025; MRI 12/2025 showed full-thickness "
                   "supraspinatus tear; not a surgical candidate per ortho. Difficulty reaching overhead, "
                   "dressing and sleeping on R side. Pain 6/10.",
        objective=[("Shoulder ROM (AROM, degrees)", ["Motion", "Right", "Left"],
                    [["Flexion", "95", "160"], ["Abduction", "80", "155"], ["ER at 0 deg", "30", "60"]]),
                   ("Outcome measure", ["Test", "Score"], [["QuickDASH", "61.4"]])],
        assessment="Pt presents with R shoulder pain, limited AROM and weakness of the rotator cuff, limiting "
                   "ADLs. Skilled PT indicated.",
        potential="Fair to good",
        stg_tf="3 weeks", ltg_tf="8 weeks",
        stgs=["Decrease pain.", "Improve R shoulder ROM.", "Patient education on posture and joint protection."],
        ltgs=["Improve strength.", "Improve function with ADLs.", "Return to prior level of function."],
        plan=[("Frequency", "2-3x/week"), ("Duration", "8 weeks"),
              ("Certification Period", f"{us(soc)} through {us(D(2026, 4, 12))}")],
        cpts=[[c, PT_EXAMPLE_CPTS[c]] for c in ("97110", "97140", "97530", "G0283", "97010")],
        education="HEP: pendulums, table slides, isometrics. Ice as needed.",
        therapist_sig=f"Electronically signed by Brian Castellano, PT on {us(soc)} at {t12(18, 40)} EST",
        md_sig=[f"Physician: Naomi Feldstein, DO    NPI: {ref['npi']}",
                f"Signature: Naomi Feldstein, DO \u2014 signed {us(D(2026, 2, 24))} (received by fax "
                f"{us(D(2026, 2, 25))}, scanned to chart)"],
    )
    render_webpt(p)
    label(p["file"], "medicare-outpatient-therapy", D(2026, 3, 2),
          must=[["signature-late"], ["goal-not-measurable"]],
          notes="Gaps: certification signed 02/24/2026, 42 days after the first treatment 01/13/2026 (more than "
                "30 days; warning from 2025); short- and long-term goals are all vague ('Decrease pain', "
                "'Improve strength', 'Return to prior level of function') with no measure or level.")


def plan_slp2():
    soc = D(2026, 2, 9)
    th = dict(name="Rachel Okafor-Lind", cred="MS, CCC-SLP", npi=npi("155843096"))
    ref = dict(name="Imran Chaudhry", cred="MD", npi=npi("118336702"))
    pt = dict(first="Eugene", last="Castellanos", dob=D(1944, 1, 17), mbi="3RA6HW2KT19", acct="77012")
    p = dict(
        file="bp3_15_rehabweb_slp.docx", pt=pt, therapist=th, referring=ref,
        title="Speech-Language Pathology Evaluation & Plan of Care",
        org=dict(name="Valley Speech & Swallowing Center", street="2215 N. Campbell Ave, Suite 200",
                 city="Tucson, AZ 85719", phone="(520) 555-0193", fax="(520) 555-0194"),
        dos=soc, soc=soc, onset=D(2026, 1, 3), cert=(soc, D(2026, 5, 9)), case="Dysphagia after CVA",
        insurance="Medicare Part B", discipline_line="Speech-Language Pathology \u2022 Outpatient",
        printed=(dt(D(2026, 3, 3), 15, 10), "admin.vssc"), pages=2,
        med_dx=[("I69.391", "Dysphagia following cerebral infarction")],
        tx_dx=[("R13.12", "Dysphagia, oropharyngeal phase"), ("R41.841", "Cognitive communication deficit")],
        subjective="82 y.o. male with L MCA infarct 01/03/2026, inpatient rehab 01/08-02/05/2026. Discharged on "
                   "IDDSI Level 5 minced & moist solids and Level 2 mildly thick liquids. Wife reports coughing "
                   "with meals and that he forgets to use his strategies.",
        objective=[("Clinical swallow evaluation", ["Consistency", "Observations"],
                    [["IDDSI 0 thin (cup)", "Delayed cough 3/5 trials"],
                     ["IDDSI 2 mildly thick", "No overt s/s aspiration 5/5"],
                     ["IDDSI 6 soft & bite-sized", "Prolonged mastication, oral residue"]]),
                   ("Cognitive-linguistic screen", ["Measure", "Score"], [["SLUMS", "19/30"]])],
        assessment="Moderate oropharyngeal dysphagia with reduced laryngeal elevation and delayed swallow "
                   "initiation, and mild cognitive-communication deficit affecting strategy recall.",
        potential="Good with consistent caregiver support",
        stg_tf="4 weeks", ltg_tf="12 weeks",
        stgs=["Pt will use chin tuck and small sips with IDDSI 1 slightly thick liquids with no overt signs of "
              "aspiration in 90% of trials given minimal cues.",
              "Pt will complete 3 sets of 10 effortful swallows with 80% accuracy given visual model.",
              "Pt will recall 2 of 2 safe swallow strategies at the start of meals in 4 of 5 sessions."],
        ltgs=["Pt will safely consume IDDSI Level 6 soft & bite-sized solids and Level 0 thin liquids with "
              "compensatory strategies and no overt signs of aspiration across 3 consecutive meals.",
              "Pt will independently use a written strategy card at 100% of observed meals."],
        plan=[("Frequency", "2 times per week"), ("Duration", "12 weeks"),
              ("Certification Period", f"{us(soc)} through {us(D(2026, 5, 9))}"),
              ("Instrumental assessment", "Repeat MBSS if no progress by week 6")],
        cpts=[["92610", "Evaluation of oral and pharyngeal swallowing function"],
              ["92526", "Treatment of swallowing dysfunction and/or oral function for feeding"],
              ["97129", "Therapeutic interventions for cognitive function, initial 15 minutes"]],
        education="Wife trained in IDDSI testing and strategy cueing; written handout given.",
        therapist_sig=f"Electronically signed by Rachel Okafor-Lind, MS, CCC-SLP on {us(soc)} at {t12(16, 25)} MST",
        md_sig=[f"Physician: Imran Chaudhry, MD    NPI: {ref['npi']}",
                f"Signature: Electronically signed by Imran Chaudhry, MD on {us(D(2026, 2, 12))} 7:48 AM MST"],
    )
    render_webpt(p)
    label(p["file"], "medicare-outpatient-therapy", D(2026, 3, 4),
          notes="Clean. SLP plan with 89-day certification (02/09-05/09/2026), duration 12 weeks.")


# ============================================================================================
# Family H: integrated EHR rehab plan of care (Epic-like): goal grid, checkbox intervention list,
#           certification block, cosign lines
# ============================================================================================
def render_epic_rehab(p):
    pt, org = p["pt"], p["org"]
    th, md = p["therapist"], p["certifier"]
    doc = new_doc("Segoe UI", 9)
    sec = doc.sections[0]
    clear_part(sec.header)
    header_table(sec.header, [f"**{org['name']}**", f"{org['dept']}", f"{org['street']}, {org['city']}",
                              f"{org['phone']}"],
                 [f"**{pt['last'].upper()},{pt['first'].upper()}**", f"MRN: {pt['mrn']}",
                  f"DOB: {us_short(pt['dob'])}  Legal Sex: {pt['sex']}", f"Encounter: {us_short(p['eval_date'])}"])
    clear_part(sec.footer)
    pr = p["printed"]
    footer_line(sec.footer, f"Generated on {us_short(pr.date())} {t12(pr.hour, pr.minute)}", p["pages"],
                center=f"{last_first(pt)} (MRN {pt['mrn']})")

    para(doc, p["title"], bold=True, size=13)
    grid(doc, [("Note type", "Plan of Care"), ("Service", p["service"]),
               ("Date of Service", us_short(p["eval_date"])), ("Author", f"{th['name']}, {th['cred']}"),
               ("Status", "Signed"), ("Cosigner", p.get("cosigner_display", "")),
               ("Coverage", p["coverage"]), ("Subscriber #", pt.get("member_id", "")),
               ], cols=2, label_fill=None, borders=False, colon=True)
    rule_heading(doc, "Referral")
    grid(doc, [("Referring provider", p["referral"][0]), ("Referral date", us_short(p["referral"][1])),
               ("Reason", p["referral"][2])], cols=1, label_fill="F2F2F2", widths=[1.6, 5.4])

    rule_heading(doc, "Treatment Diagnoses")
    table(doc, ["Diagnosis", "ICD-10-CM", "Onset"], [[d[1], d[0], us_short(d[2])] for d in p["dx"]],
          widths=[4.4, 1.2, 1.2])
    rule_heading(doc, "Precautions")
    para(doc, p.get("precautions", "None"))
    rule_heading(doc, "Evaluation Summary")
    para(doc, p["summary"])
    for title, headers, rows in p.get("measures", []):
        para(doc, title, bold=True, size=9)
        table(doc, headers, rows, fill="F2F2F2")

    rule_heading(doc, "Goals")
    table(doc, ["Goal", "Baseline", "Target", "Time frame", "Status"], p["goals"],
          widths=[2.8, 1.3, 1.3, 0.8, 0.8])

    rule_heading(doc, "Plan")
    para(doc, "Planned interventions:", bold=True)
    for on, text in p["interventions"]:
        para(doc, f"{box(on)} {text}")
    grid(doc, p["freq_grid"], cols=2, label_fill="F2F2F2")
    if p.get("home_program"):
        para(doc, f"Home program: {p['home_program']}")

    rule_heading(doc, "Certification")
    para(doc, "Medicare requires the physician/NPP to certify the plan of care. By signing, the certifying "
              "provider certifies that the services are medically necessary and that the patient is under their "
              "care.", italic=True, size=8)
    grid(doc, p["cert_grid"], cols=1, label_fill="F2F2F2", widths=[1.9, 5.1])

    rule_heading(doc, "Signatures")
    for s in p["sigs"]:
        para(doc, s)
    save(doc, p["file"], p)


def plan_pt2():
    ev = D(2026, 2, 2)
    th = dict(name="Oluwaseun Adeyemi", cred="PT, DPT", npi=npi("107721453"))
    md = dict(name="Catherine Lowry", cred="MD", npi=npi("126643880"))
    pt = dict(first="Herbert", last="Quist", dob=D(1947, 6, 23), sex="Male", mrn="E3318207",
              member_id="4TW9JM2HD60")
    end = D(2026, 5, 2)
    p = dict(
        file="bp3_16_ihsrehab_pt.docx", pt=pt, therapist=th, certifier=md,
        org=dict(name="Lakeland Health Rehabilitation Services", dept="LHRS OUTPATIENT NEURO REHAB",
                 street="3100 Superior Dr NW", city="Rochester, MN 55901", phone="(507) 555-0166"),
        title="Physical Therapy Plan of Care", service="Physical Therapy", eval_date=ev,
        printed=dt(D(2026, 2, 20), 11, 2), pages=2,
        coverage="MEDICARE PART B", cosigner_display="Catherine Lowry, MD",
        referral=(f"{md['name']}, {md['cred']} (Neurology)", D(2026, 1, 22),
                  "Parkinson disease with falls; evaluate and treat"),
        dx=[("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations", D(2021, 5, 1)),
            ("R26.81", "Unsteadiness on feet", D(2025, 9, 1)),
            ("Z91.81", "History of falling", D(2025, 12, 12))],
        precautions="Fall risk. Orthostatic hypotension - check BP supine/standing before gait activities.",
        summary="78 y.o. male with Parkinson disease (H&Y stage 2.5) and 3 falls in the past 3 months, the last "
                "on 12/12/2025. Shuffling gait with festination on turns, freezing at doorways. Lives with wife "
                "in a single-level home. Uses a cane outdoors.",
        measures=[("Standardized measures", ["Measure", "Score", "Interpretation"],
                   [["Mini-BESTest", "15/28", "High fall risk"], ["Timed Up and Go", "17.8 s", "Fall risk"],
                    ["10-Meter Walk Test", "0.71 m/s", "Limited community ambulator"],
                    ["30-Second Chair Stand", "7", "Below norm for age"]])],
        goals=[["Improve balance: Mini-BESTest", "15/28", "21/28 or more", "12 weeks", "New"],
               ["Gait speed (10MWT)", "0.71 m/s", "0.9 m/s or more", "12 weeks", "New"],
               ["Turn 360 degrees without freezing using cueing strategy", "Freezes 3/3 trials",
                "0 freezes in 3/3 trials", "6 weeks", "New"],
               ["30-Second Chair Stand", "7 reps", "11 reps", "8 weeks", "New"],
               ["Falls", "3 in 3 months", "0 falls", "12 weeks", "New"]],
        interventions=[(True, "Therapeutic exercise (97110)"), (True, "Neuromuscular re-education (97112)"),
                       (True, "Gait training (97116)"), (True, "Therapeutic activities (97530)"),
                       (False, "Aquatic therapy (97113)"), (False, "Manual therapy (97140)"),
                       (True, "Home exercise program / LSVT BIG-based amplitude training")],
        freq_grid=[("Frequency", "2 times per week"), ("Duration", "12 weeks"), ("Planned visits", "24"),
                   ("Plan of care dates", f"{us_short(ev)} - {us_short(end)}")],
        home_program="Daily amplitude-based exercises 15 minutes; walking program with metronome cueing.",
        cert_grid=[("Certification period", f"From {us_short(ev)} through {us_short(end)}"),
                   ("Certifying provider", f"{md['name']}, {md['cred']}  (NPI {md['npi']})"),
                   ("Certification status", "Signed"),
                   ("Certified on", f"{us_short(D(2026, 2, 5))} {t12(7, 30)} CST")],
        sigs=[f"Electronically signed by {th['name']}, {th['cred']} at {us_short(ev)} {t12(16, 51)} CST",
              f"Electronically cosigned by {md['name']}, {md['cred']} at {us_short(D(2026, 2, 5))} {t12(7, 30)} CST"],
    )
    render_epic_rehab(p)
    label(p["file"], "medicare-outpatient-therapy", D(2026, 2, 20),
          notes="Clean. Goals in a grid (baseline/target/time frame columns); 89-day certification; cosign by "
                "the neurologist within 3 days.")


def plan_pt5():
    ev = D(2026, 3, 9)
    th = dict(name="Daniel Whitfield", cred="PT", npi=npi("141178320"))
    dc = dict(name="Brandon Kessler", cred="DC", npi=npi("174430098"))
    pt = dict(first="Loretta", last="Szymanski", dob=D(1955, 2, 11), sex="Female", mrn="E4471092",
              member_id="5CN2PX8WA37")
    end = D(2026, 6, 6)
    p = dict(
        file="bp3_17_ihsrehab_pt.docx", pt=pt, therapist=th, certifier=dc,
        org=dict(name="Mercy Valley Health", dept="MVH SPINE & REHAB OUTPT",
                 street="700 Ridge Rd", city="Wheeling, WV 26003", phone="(304) 555-0187"),
        title="Physical Therapy Plan of Care", service="Physical Therapy", eval_date=ev,
        printed=dt(D(2026, 3, 27), 9, 15), pages=2,
        coverage="MEDICARE PART B", cosigner_display=f"{dc['name']}, {dc['cred']}",
        referral=(f"{dc['name']}, {dc['cred']} (Kessler Chiropractic)", D(2026, 3, 2),
                  "Low back pain with R leg symptoms"),
        dx=[("M54.41", "Lumbago with sciatica, right side", D(2026, 1, 20)),
            ("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication", D(2025, 6, 3))],
        precautions="Avoid sustained lumbar extension.",
        summary="71 y.o. female with LBP and R posterior thigh pain x 7 weeks; walking tolerance limited to 5 "
                "minutes before leg symptoms; able to shop only with a cart.",
        measures=[("Standardized measures", ["Measure", "Score"],
                   [["Oswestry Disability Index", "46%"], ["Walking tolerance", "5 min"],
                    ["Pain (NPRS)", "7/10"]])],
        goals=[["Oswestry Disability Index", "46%", "26% or less", "8 weeks", "New"],
               ["Walking tolerance", "5 minutes", "20 minutes without leg symptoms", "8 weeks", "New"],
               ["Sit-to-stand and car transfers", "Mod pain, uses arms", "Without increase in pain", "4 weeks",
                "New"],
               ["Independent with flexion-based home program", "Not started", "Independent", "3 weeks", "New"]],
        interventions=[(True, "Therapeutic exercise (97110)"), (True, "Manual therapy (97140)"),
                       (True, "Neuromuscular re-education (97112)"), (True, "Therapeutic activities (97530)"),
                       (False, "Mechanical traction (97012)"), (False, "Electrical stimulation (G0283)")],
        freq_grid=[("Frequency", "2 times per week"), ("Duration", "8 weeks"), ("Planned visits", "16"),
                   ("Plan of care dates", f"{us_short(ev)} - {us_short(end)}")],
        cert_grid=[("Certification period", f"From {us_short(ev)} through {us_short(end)}"),
                   ("Certifying provider", f"{dc['name']}, {dc['cred']}  (NPI {dc['npi']})"),
                   ("Certification status", "Signed"),
                   ("Certified on", f"{us_short(D(2026, 3, 16))} {t12(12, 5)} EDT")],
        sigs=[f"Electronically signed by {th['name']}, {th['cred']} at {us_short(ev)} {t12(17, 20)} EDT",
              f"Signed by {dc['name']}, {dc['cred']} at {us_short(D(2026, 3, 16))} {t12(12, 5)} EDT "
              f"(external provider, signed via fax - scanned)"],
    )
    render_epic_rehab(p)
    label(p["file"], "medicare-outpatient-therapy", D(2026, 3, 27),
          must=[["credential-not-permitted"]],
          unsure=["signature-missing"],
          notes="Gap: the plan of care is certified by a chiropractor (DC), who may not certify Medicare therapy "
                "plans. Whether the tool additionally reports the certification as missing is not judged.")


def plan_slp1():
    ev = D(2026, 1, 20)
    th = dict(name="Maren Holloway", cred="M.A., CCC-SLP", npi=npi("112298547"))
    np_ = dict(name="Jessica Harmon", cred="APRN-CNP", npi=npi("139904271"))
    pt = dict(first="Annette", last="Delacroix-Hughes", dob=D(1957, 9, 8), sex="Female", mrn="E2209774",
              member_id="6JD3QM9RU28")
    end = D(2026, 4, 19)
    p = dict(
        file="bp3_18_ihsrehab_slp.docx", pt=pt, therapist=th, certifier=np_,
        org=dict(name="Buckeye Regional Medical Center", dept="BRMC OUTPT SPEECH THERAPY",
                 street="410 W. 10th Ave", city="Columbus, OH 43210", phone="(614) 555-0159"),
        title="Speech Therapy Plan of Care", service="Speech-Language Pathology", eval_date=ev,
        printed=dt(D(2026, 2, 17), 14, 44), pages=2,
        coverage="MEDICARE PART B", cosigner_display=f"{np_['name']}, {np_['cred']}",
        referral=(f"{np_['name']}, {np_['cred']} (Primary care)", D(2026, 1, 9),
                  "Aphasia after stroke; evaluate and treat"),
        dx=[("I69.320", "Aphasia following cerebral infarction", D(2025, 11, 28)),
            ("R47.01", "Aphasia", D(2025, 11, 28))],
        precautions="R visual field cut; seat patient facing the clinician.",
        summary="68 y.o. female, retired bookkeeper, L MCA stroke 11/28/2025. Fluent speech with frequent "
                "semantic paraphasias and word-finding pauses; auditory comprehension mildly impaired for "
                "multi-step commands. Wants to talk on the phone with her sister and manage her bills.",
        measures=[("Standardized measures", ["Measure", "Score", "Notes"],
                   [["WAB-R Aphasia Quotient", "62.4", "Moderate anomic/conduction profile"],
                    ["Boston Naming Test (short form)", "6/15", ""],
                    ["ASHA-FACS Communication Independence", "4.9/7", ""]])],
        goals=[["Confrontation naming of common objects using semantic feature analysis", "40% accuracy",
                "80% accuracy with min cues", "10 weeks", "New"],
               ["Follow 3-step spoken directions", "50% of trials", "90% of trials", "6 weeks", "New"],
               ["Phone conversation with a familiar partner using a script", "Not attempted",
                "5-minute call with 2 or fewer communication breakdowns", "10 weeks", "New"],
               ["WAB-R Aphasia Quotient", "62.4", "70 or more", "10 weeks", "New"]],
        interventions=[(True, "Treatment of speech, language, voice, communication (92507)"),
                       (True, "Semantic feature analysis / script training"),
                       (False, "Group speech therapy (92508)"),
                       (True, "Caregiver training in supported conversation")],
        freq_grid=[("Frequency", "2 times per week"), ("Duration", "10 weeks"), ("Planned visits", "20"),
                   ("Plan of care dates", f"{us_short(ev)} - {us_short(end)}")],
        home_program="Daily naming app practice 20 minutes; scripted phone practice with sister twice a week.",
        cert_grid=[("Certification period", f"From {us_short(ev)} through {us_short(end)}"),
                   ("Certifying provider", f"{np_['name']}, {np_['cred']}  (NPI {np_['npi']})"),
                   ("Certification status", "Signed"),
                   ("Certified on", f"{us_short(D(2026, 1, 28))} {t12(13, 10)} EST")],
        sigs=[f"Electronically signed by {th['name']}, {th['cred']} at {us_short(ev)} {t12(15, 2)} EST",
              f"Electronically cosigned by {np_['name']}, {np_['cred']} at {us_short(D(2026, 1, 28))} "
              f"{t12(13, 10)} EST"],
    )
    render_epic_rehab(p)
    label(p["file"], "medicare-outpatient-therapy", D(2026, 2, 17),
          notes="Clean. Certified by a nurse practitioner written 'APRN-CNP' (Ohio style), 8 days after the "
                "first treatment.")


def plan_slp3():
    ev = D(2026, 4, 6)
    th = dict(name="Theo Vandermeer", cred="MS, CCC-SLP", npi=npi("160075318"))
    md = dict(name="Arjun Nair", cred="MD", npi=npi("184453207"))
    pt = dict(first="Gerald", last="Pennington", dob=D(1958, 12, 29), sex="Male", mrn="E5590321")
    end = D(2026, 7, 4)
    p = dict(
        file="bp3_19_ihsrehab_slp.docx", pt=pt, therapist=th, certifier=md,
        org=dict(name="Piedmont Neuro Health", dept="PNH ALS CLINIC - SPEECH THERAPY",
                 street="1 Medical Center Blvd", city="Winston-Salem, NC 27157", phone="(336) 555-0106"),
        title="Speech Therapy Plan of Care", service="Speech-Language Pathology", eval_date=ev,
        printed=dt(D(2026, 4, 21), 8, 33), pages=2,
        coverage="MEDICARE", cosigner_display=f"{md['name']}, {md['cred']}",
        referral=(f"{md['name']}, {md['cred']} (Neuromuscular)", D(2026, 3, 30),
                  "ALS with progressive dysarthria; AAC evaluation"),
        dx=[("G12.21", "Amyotrophic lateral sclerosis", D(2025, 8, 14)),
            ("R47.1", "Dysarthria and anarthria", D(2026, 1, 10))],
        summary="67 y.o. male with bulbar-onset ALS diagnosed 08/2025. Speech intelligibility declining; wife "
                "understands most of his speech, strangers do not. Wants to keep talking to his grandchildren "
                "and bank messages before speech is lost.",
        measures=[("Standardized measures", ["Measure", "Score"],
                   [["Sentence Intelligibility Test", "71% intelligible"], ["ALSFRS-R speech item", "2/4"]])],
        goals=[["Sentence intelligibility (SIT) with energy-saving strategies", "71%", "80% or more", "8 weeks",
                "New"],
               ["Message banking: record personal messages", "0 messages", "150 messages", "8 weeks", "New"],
               ["Use a trial speech-generating device to convey 10 core needs", "Not trialed",
                "10/10 needs conveyed independently", "6 weeks", "New"]],
        interventions=[(True, "Treatment of speech, language, voice, communication (92507)"),
                       (True, "Evaluation for speech-generating device (92607)"),
                       (True, "Therapeutic services for use of SGD (92609)")],
        freq_grid=[("Frequency", "TBD - pending AAC vendor trial dates"), ("Duration", "8 weeks"),
                   ("Planned visits", ""), ("Plan of care dates", f"{us_short(ev)} - {us_short(end)}")],
        cert_grid=[("Certification period", f"From {us_short(ev)} through {us_short(end)}"),
                   ("Certifying provider", f"{md['name']}, {md['cred']}  (NPI {md['npi']})"),
                   ("Certification status", "Signed"),
                   ("Certified on", f"{us_short(D(2026, 4, 9))} {t12(18, 2)} EDT")],
        sigs=[f"Electronically signed by {th['name']}, {th['cred']} at {us_short(ev)} {t12(16, 15)} EDT",
              f"Electronically cosigned by {md['name']}, {md['cred']} at {us_short(D(2026, 4, 9))} {t12(18, 2)} EDT"],
    )
    render_epic_rehab(p)
    label(p["file"], "medicare-outpatient-therapy", D(2026, 4, 21),
          must=[["field-missing"], ["frequency-missing"]],
          notes="Gaps: no Medicare member ID anywhere (Coverage 'MEDICARE', blank Subscriber #; only the "
                "hospital MRN is printed); frequency 'TBD - pending AAC vendor trial dates' states no "
                "frequency.")


def plan_ot4():
    ev = D(2026, 5, 4)
    th = dict(name="Grace Nakashima", cred="OTR/L", npi=npi("171103846"))
    md = dict(name="Paul Ekwueme", cred="MD", npi=npi("103384729"))
    pt = dict(first="Vernon", last="Achterberg", dob=D(1950, 7, 2), sex="Male", mrn="E6120488",
              member_id="7VP4KE6GT83")
    end = D(2026, 8, 1)
    p = dict(
        file="bp3_20_ihsrehab_ot.docx", pt=pt, therapist=th, certifier=md,
        org=dict(name="Cascade Pacific Health", dept="CPH OUTPATIENT OCCUPATIONAL THERAPY",
                 street="2801 N. Gantenbein Ave", city="Portland, OR 97227", phone="(503) 555-0148"),
        title="Occupational Therapy Plan of Care", service="Occupational Therapy", eval_date=ev,
        printed=dt(D(2026, 5, 22), 10, 18), pages=2,
        coverage="MEDICARE PART B", cosigner_display=f"{md['name']}, {md['cred']}",
        referral=(f"{md['name']}, {md['cred']} (PM&R)", D(2026, 4, 24), "R UE weakness after stroke"),
        dx=[("I69.331", "Monoplegia of upper limb following cerebral infarction affecting right dominant side",
             D(2026, 3, 1)),
            ("R27.8", "Other lack of coordination", D(2026, 3, 1))],
        precautions="Shoulder subluxation R - support arm in sitting; no overhead pulleys.",
        summary="75 y.o. R-hand-dominant male, L hemispheric stroke 03/01/2026. Completed inpatient rehab. "
                "Needs help with buttons, cutting food and writing. Lives with daughter.",
        measures=[("Standardized measures", ["Measure", "R", "L"],
                   [["Grip strength (lb)", "14", "62"], ["Box and Block Test", "18", "51"],
                    ["Fugl-Meyer UE (motor)", "38/66", ""]])],
        goals=[["Box and Block Test, R hand", "18 blocks", "30 blocks", "12 weeks", "New"],
               ["Upper body dressing incl. buttons", "Mod A", "Independent with button hook", "8 weeks", "New"],
               ["Cut food with adapted knife", "Dependent", "Modified independent", "6 weeks", "New"],
               ["Grip strength R", "14 lb", "25 lb", "12 weeks", "New"],
               ["Write name and a 5-word sentence legibly", "Illegible", "Legible to 2 of 2 raters", "12 weeks",
                "New"]],
        interventions=[(True, "Therapeutic exercise (97110)"), (True, "Neuromuscular re-education (97112)"),
                       (True, "Therapeutic activities (97530)"), (True, "Self-care/home management training (97535)"),
                       (False, "Orthotic management and training (97760)")],
        freq_grid=[("Frequency", "3 times per week"), ("Duration", "12 weeks"), ("Planned visits", "36"),
                   ("Plan of care dates", f"{us_short(ev)} - {us_short(end)}")],
        home_program="Graded grasp/release tasks and theraputty daily; mirror therapy 15 min twice daily.",
        cert_grid=[("Certification period", f"From {us_short(ev)} through {us_short(end)}"),
                   ("Certifying provider", f"{md['name']}, {md['cred']}  (NPI {md['npi']})"),
                   ("Certification status", "Signed"),
                   ("Certified on", f"{us_short(D(2026, 5, 11))} {t12(8, 47)} PDT")],
        sigs=[f"Electronically signed by {th['name']}, {th['cred']} at {us_short(ev)} {t12(17, 45)} PDT",
              f"Electronically cosigned by {md['name']}, {md['cred']} at {us_short(D(2026, 5, 11))} {t12(8, 47)} PDT"],
    )
    render_epic_rehab(p)
    label(p["file"], "medicare-outpatient-therapy", D(2026, 5, 22),
          notes="Clean. OT plan; 89-day certification, 12-week duration, certified 7 days after evaluation.")


# ============================================================================================
# Family I: rehab documentation system printing a CMS-700-style numbered-box plan of treatment
#           (ReDoc/Net Health-like)
# ============================================================================================
def _box_row(doc, cells, widths=None, size=8):
    """One row of numbered boxes: each cell = (box label, value)."""
    t = doc.add_table(rows=1, cols=len(cells))
    _set_borders(t, color="000000")
    for j, (lab, val) in enumerate(cells):
        c = t.rows[0].cells[j]
        _cell_text(c, [lab], size=6.5, bold=True)
        p = c.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        _runs(p, val, size=size)
        if widths:
            c.width = Inches(widths[j])
    return t


def render_cms700(p):
    pt, org = p["pt"], p["org"]
    doc = new_doc("Arial", 8.5, margin=0.5)
    sec = doc.sections[0]
    clear_part(sec.header)
    para(sec.header, f"{org['name']}  |  {org['street']}, {org['city']}  |  Ph {org['phone']}  Fax {org['fax']}",
         size=7.5, space_after=0)
    para(sec.header, f"Patient: {last_first(pt, upper=True)}   Acct: {pt['acct']}   Discipline: {p['disc_name']}",
         size=7.5, space_after=0)
    clear_part(sec.footer)
    pr = p["printed"]
    footer_line(sec.footer, f"Printed {us(pr[0].date())} {t12(pr[0].hour, pr[0].minute)} by {pr[1]}  "
                            f"\u2022 Document ID {p['doc_id']}", p["pages"])

    para(doc, "PLAN OF TREATMENT FOR OUTPATIENT REHABILITATION", bold=True, size=11, align="center")
    para(doc, "(COMPLETE FOR INITIAL CLAIMS ONLY)", size=7, align="center")
    types = ["PT", "OT", "SLP", "CR", "RT", "PS", "SN", "SW"]
    _box_row(doc, [("1. PATIENT'S LAST NAME", pt["last"].upper()), ("FIRST NAME", pt["first"].upper()),
                   ("M.I.", pt.get("mi", "")), ("2. PROVIDER NO.", org["ptan"]),
                   ("3. HICN / MBI", pt["mbi"])], widths=[1.7, 1.5, 0.5, 1.3, 1.6])
    _box_row(doc, [("4. PROVIDER NAME", org["name"]), ("5. MEDICAL RECORD NO.", pt["acct"]),
                   ("6. ONSET DATE", us(p["onset"])), ("7. SOC. DATE", us(p["soc"]))],
             widths=[2.8, 1.4, 1.2, 1.2])
    _box_row(doc, [("8. TYPE", "  ".join(f"{box(t == p['disc'])} {t}" for t in types)),
                   ("9. DATE OF BIRTH", us(pt["dob"])), ("10. VISITS FROM SOC", str(p["visits"]))],
             widths=[4.0, 1.3, 1.3])
    _box_row(doc, [("11. PRIMARY DIAGNOSIS (Pertinent Medical D.X.)", p["primary_dx"]),
                   ("12. TREATMENT DIAGNOSIS", p["tx_dx"])], widths=[3.3, 3.3])
    para(doc, "")
    para(doc, "13. PLAN OF TREATMENT FUNCTIONAL GOALS", bold=True, size=8)
    para(doc, "GOALS (Short Term)", bold=True, size=8)
    table(doc, ["#", "Goal", "Target date", "Status"], [[f"STG {i}", g[0], g[1], g[2]] for i, g in
                                                         enumerate(p["stgs"], 1)], fill="EDEDED",
          widths=[0.6, 4.3, 1.0, 0.8])
    para(doc, "OUTCOME (Long Term)", bold=True, size=8)
    table(doc, ["#", "Goal", "Target date", "Status"], [[f"LTG {i}", g[0], g[1], g[2]] for i, g in
                                                         enumerate(p["ltgs"], 1)], fill="EDEDED",
          widths=[0.6, 4.3, 1.0, 0.8])
    para(doc, "PLAN", bold=True, size=8)
    table(doc, ["Code", "Procedure", "Units/visit"], p["procedures"], fill="EDEDED", widths=[0.9, 4.6, 1.1])
    if p.get("plan_text"):
        para(doc, p["plan_text"], size=8)
    _box_row(doc, [("14. SIGNATURE (professional establishing POC including prof. designation)", p["th_sig"]),
                   ("15. FREQ / DURATION (e.g., 3/Wk x 4 Wk.)", p["freq_dur"])], widths=[4.6, 2.0])
    _box_row(doc, [("16. I CERTIFY THE NEED FOR THESE SERVICES FURNISHED UNDER THIS PLAN OF TREATMENT WHILE "
                    "UNDER MY CARE", f"{box(False)} N/A"),
                   ("17. CERTIFICATION", f"FROM {p['cert'][0]}    THROUGH {p['cert'][1]}")], widths=[4.0, 2.6])
    _box_row(doc, [("18. PHYSICIAN SIGNATURE", p["md_sig"]), ("19. DATE", p["md_date"]),
                   ("20. ON FILE (Print/type physician's name)", p["md_name"])], widths=[2.8, 1.0, 2.8])
    _box_row(doc, [("21. PRIOR HOSPITALIZATION", p["prior_hosp"]),
                   ("22. PLAN OF CARE DATE", us(p["plan_date"]))], widths=[4.6, 2.0])
    para(doc, "")
    para(doc, "23. INITIAL ASSESSMENT (History, medical complications, level of function at start of care. "
              "Reason for referral.)", bold=True, size=8)
    para(doc, p["initial"], size=8.5)
    para(doc, "24. FUNCTIONAL LEVEL (End of billing period) PROGRESS REPORT", bold=True, size=8)
    para(doc, p.get("functional_level", "No data recorded"), size=8.5, italic=True)
    if p.get("audit"):
        para(doc, "Electronic signature log", bold=True, size=8, space_before=6)
        table(doc, ["Date/Time", "User", "Event"], p["audit"], fill="EDEDED", size=7.5)
    save(doc, p["file"], p)


def plan_ot1():
    soc = D(2026, 2, 16)
    th = dict(name="Lucia Ferreira", cred="OTR/L")
    md = dict(name="Howard Bingham", cred="MD", npi=npi("119987234"))
    pt = dict(first="Miriam", last="Ashworth", mi="K", dob=D(1941, 5, 5), mbi="8FN3DT5WQ24", acct="OT-33810")
    p = dict(
        file="bp3_21_cms700_ot.docx", pt=pt, disc="OT", disc_name="Occupational Therapy",
        org=dict(name="Riverbend Outpatient Therapy", street="90 Mill Pond Rd", city="Concord, NH 03301",
                 phone="603-555-0131", fax="603-555-0132", ptan="NH4471"),
        onset=D(2026, 1, 22), soc=soc, visits=1, plan_date=soc,
        primary_dx="S52.501D - Unspecified fracture of the lower end of right radius, subsequent encounter "
                   "for closed fracture with routine healing",
        tx_dx="M62.81 - Muscle weakness (generalized); R27.8 - Other lack of coordination",
        stgs=[("Pt will increase R wrist extension AROM from 25 to 45 degrees.", us(D(2026, 3, 16)), "New"),
              ("Pt will fasten 5 medium buttons in under 60 seconds.", us(D(2026, 3, 16)), "New"),
              ("Pt will open a standard jar lid with R hand using adaptive gripper in 3 of 3 trials.", us(D(2026, 3, 9)), "New")],
        ltgs=[("Pt will demonstrate R grip strength of 30 lb or more (baseline 9 lb) for household tasks.",
               us(D(2026, 4, 13)), "New"),
              ("Pt will perform light meal preparation independently, including lifting a 2 lb pot with R hand.",
               us(D(2026, 4, 13)), "New"),
              ("QuickDASH score will improve from 68 to 30 or less.", us(D(2026, 4, 13)), "New")],
        procedures=[["97165", "OT evaluation, low complexity (completed)", "1"],
                    ["97110", "Therapeutic exercise", "1-2"], ["97140", "Manual therapy", "1"],
                    ["97530", "Therapeutic activities", "1-2"], ["97018", "Paraffin bath", "1"],
                    ["97535", "Self-care/home management training", "1"]],
        th_sig=f"Electronically signed: Lucia Ferreira, OTR/L  {us(soc)} 15:48 EST",
        freq_dur="3/Wk x 8 Wk",
        cert=(us(soc), us(D(2026, 5, 16))),
        md_sig="/es/ Howard Bingham, MD", md_date=us(D(2026, 2, 20)),
        md_name=f"Howard Bingham, MD (NPI {md['npi']})",
        prior_hosp="FROM N/A  TO N/A (ED visit 01/22/2026, closed reduction and casting)",
        initial="84 y.o. R-dominant female, FOOSH fall 01/22/2026 with distal radius fracture, casted 6 weeks; "
                "cast removed 02/12/2026. Lives alone in apartment. Reports stiffness and weakness R wrist/hand, "
                "unable to open jars, fasten buttons or lift a pot. Pain 4/10.",
        audit=[[f"{us(soc)} 15:48", "lferreira", "Signed by therapist"],
               [f"{us(D(2026, 2, 16))} 16:02", "lferreira", "Sent to physician portal"],
               [f"{us(D(2026, 2, 20))} 07:55", "hbingham", "Signed by physician"]],
        printed=(dt(D(2026, 3, 2), 12, 0), "front.desk"), doc_id="POC-88120", pages=2,
    )
    render_cms700(p)
    label(p["file"], "medicare-outpatient-therapy", D(2026, 3, 2),
          notes="Clean. CMS-700-style numbered boxes; '3/Wk x 8 Wk' frequency/duration; certification "
                "02/16-05/16/2026 (89 days); physician '/es/' signature dated 02/20/2026.")


def plan_ot2():
    soc = D(2026, 1, 16)
    plan = D(2026, 1, 22)
    md = dict(name="Ingrid Solberg", cred="MD", npi=npi("128874560"))
    pt = dict(first="Clarence", last="Odom", mi="J", dob=D(1948, 8, 14), mbi="9MT6EJ2VA71", acct="OT-33452")
    p = dict(
        file="bp3_22_cms700_ot.docx", pt=pt, disc="OT", disc_name="Occupational Therapy",
        org=dict(name="Riverbend Outpatient Therapy", street="90 Mill Pond Rd", city="Concord, NH 03301",
                 phone="603-555-0131", fax="603-555-0132", ptan="NH4471"),
        onset=D(2025, 12, 1), soc=soc, visits=3, plan_date=plan,
        primary_dx="G56.01 - Carpal tunnel syndrome, right upper limb (s/p release 12/01/2025)",
        tx_dx="M62.81 - Muscle weakness (generalized)",
        stgs=[("Pt will demonstrate scar desensitization tolerance to textured items, rating 2/10 or less.",
               us(D(2026, 2, 13)), "New"),
              ("Pt will increase R grip strength from 22 lb to 35 lb.", us(D(2026, 2, 27)), "New")],
        ltgs=[("Pt will return to woodworking hobby for 60 minutes with no increase in symptoms.",
               us(D(2026, 3, 27)), "New"),
              ("Pt will score 20 or less on the Boston Carpal Tunnel Questionnaire symptom scale (baseline 34).",
               us(D(2026, 3, 27)), "New")],
        procedures=[["97166", "OT evaluation, moderate complexity (completed 01/16/2026)", "1"],
                    ["97110", "Therapeutic exercise", "1-2"], ["97140", "Manual therapy (scar mobilization)", "1"],
                    ["97530", "Therapeutic activities", "1"],
                    ["L38O8", "Wrist hand orthosis, custom fabricated (night splint)", "1"]],
        plan_text="Evaluation and initial treatment completed 01/16/2026; treatment visits 01/19 and 01/21/2026 "
                  "before plan finalized.",
        th_sig=f"Electronically signed: Marcy Donnelly, OTR/L  {us(plan)} 17:10 EST",
        freq_dur="2/Wk x 10 Wk",
        cert=(us(soc), us(D(2026, 4, 15))),
        md_sig="/es/ Ingrid Solberg, MD", md_date=us(D(2026, 1, 27)),
        md_name=f"Ingrid Solberg, MD (NPI {md['npi']})",
        prior_hosp="FROM N/A  TO N/A",
        initial="77 y.o. R-dominant male, retired carpenter, s/p R carpal tunnel release 12/01/2025. Persistent "
                "scar hypersensitivity, weak grip and pinch, difficulty with tools.",
        printed=(dt(D(2026, 2, 10), 9, 20), "front.desk"), doc_id="POC-87944", pages=1,
    )
    render_cms700(p)
    label(p["file"], "medicare-outpatient-therapy", D(2026, 2, 10),
          must=[["plan-late"], ["service-code-invalid"]],
          notes="Gaps: the plan of care is dated 01/22/2026 although treatment began with the evaluation on "
                "01/16/2026 (visits 01/19 and 01/21 before the plan); the orthosis code 'L38O8' has a letter O "
                "for a zero and is not a well-formed HCPCS code. Certification 01/16-04/15/2026 (89 days).")


def plan_ot3():
    soc = D(2025, 10, 6)
    md = dict(name="Howard Bingham", cred="MD", npi=npi("119987234"))
    pt = dict(first="Beatrice", last="Lindgren", dob=D(1946, 3, 3), mbi="2WD8NA4KE96", acct="OT-32015")
    p = dict(
        file="bp3_23_cms700_ot.docx", pt=pt, disc="OT", disc_name="Occupational Therapy",
        org=dict(name="Riverbend Outpatient Therapy", street="90 Mill Pond Rd", city="Concord, NH 03301",
                 phone="603-555-0131", fax="603-555-0132", ptan="NH4471"),
        onset=D(2025, 9, 2), soc=soc, visits=1, plan_date=soc,
        primary_dx="G65.01 - Carpal tunnel syndrome, right upper limb",
        tx_dx="M62.81 - Muscle weakness (generalized)",
        stgs=[("Pt will don R wrist night orthosis independently.", us(D(2025, 10, 20)), "New"),
              ("Pt will report numbness waking her no more than 1 night per week.", us(D(2025, 11, 17)), "New")],
        ltgs=[("Pt will knit for 30 minutes without numbness.", us(D(2025, 12, 29)), "New"),
              ("Pt will increase R lateral pinch from 6 lb to 10 lb.", us(D(2025, 12, 29)), "New")],
        procedures=[["97165", "OT evaluation, low complexity (completed)", "1"],
                    ["97110", "Therapeutic exercise (nerve and tendon gliding)", "1"],
                    ["97530", "Therapeutic activities", "1"],
                    ["97760", "Orthotic management and training", "1"]],
        th_sig=f"Electronically signed: Lucia Ferreira, OTR/L  {us(soc)} 14:22 EDT",
        freq_dur="2/Wk x 12 Wk",
        cert=(us(soc), us(D(2026, 1, 3))),
        md_sig="/es/ Howard Bingham, MD", md_date=us(D(2025, 10, 9)),
        md_name=f"Howard Bingham, MD (NPI {md['npi']})",
        prior_hosp="FROM N/A  TO N/A",
        initial="79 y.o. female with R CTS confirmed by EMG 09/2025, conservative management. Night numbness "
                "5-6 nights/week, dropping objects, unable to knit.",
        functional_level="No data recorded",
        printed=(dt(D(2026, 1, 20), 8, 5), "billing.rt"), doc_id="POC-85337", pages=1,
    )
    render_cms700(p)
    label(p["file"], "medicare-outpatient-therapy", D(2026, 1, 20),
          must=[["review-overdue"], ["diagnosis-code-invalid"]],
          notes="Gaps: certification ran 10/06/2025-01/03/2026 and the plan is used for a 01/20/2026 date of "
                "service with no recertification or progress report recorded; primary diagnosis code 'G65.01' "
                "(transposed G56.01) does not exist in ICD-10-CM.")


def plan_pt4():
    soc = D(2026, 1, 8)
    md = dict(name="Victor Amadi", cred="DO", npi=npi("133306518"))
    pt = dict(first="Edwin", last="Harrowgate", mi="L", dob=D(1950, 11, 30), mbi="4EH2WP7CN58", acct="PT-55210")
    p = dict(
        file="bp3_24_cms700_pt.docx", pt=pt, disc="PT", disc_name="Physical Therapy",
        org=dict(name="Granite State Physical Therapy", street="12 Elm St", city="Manchester, NH 03101",
                 phone="603-555-0170", fax="603-555-0171", ptan="NH5520"),
        onset=D(2025, 12, 3), soc=soc, visits=1, plan_date=soc,
        primary_dx="S72.001D - Fracture of unspecified part of neck of right femur, subsequent encounter for "
                   "closed fracture with routine healing",
        tx_dx="R26.89 - Other abnormalities of gait and mobility; M62.81 - Muscle weakness (generalized)",
        stgs=[("Pt will ambulate 300 ft with rolling walker, modified independent.", us(D(2026, 2, 5)), "New"),
              ("Pt will perform sit-to-stand from standard chair without arms, 5 reps, independently.",
               us(D(2026, 2, 5)), "New")],
        ltgs=[("Pt will ambulate community distances (1000 ft) with a single-point cane, independently.",
               us(D(2026, 4, 2)), "New"),
              ("Pt will ascend/descend 14 stairs with one rail, step-over-step, independently.",
               us(D(2026, 4, 2)), "New"),
              ("Berg Balance Scale will improve from 38/56 to 48/56 or more.", us(D(2026, 4, 2)), "New")],
        procedures=[["97162", "PT evaluation, moderate complexity (completed)", "1"],
                    ["97110", "Therapeutic exercise", "2"], ["97116", "Gait training", "1"],
                    ["97112", "Neuromuscular re-education", "1"], ["97530", "Therapeutic activities", "1"]],
        th_sig=f"Electronically signed: Kristen Albright, PT, DPT  {us(soc)} 16:30 EST",
        freq_dur="2/Wk",
        cert=(us(soc), us(D(2026, 5, 7))),
        md_sig="/es/ Victor Amadi, DO", md_date=us(D(2026, 1, 13)),
        md_name=f"Victor Amadi, DO (NPI {md['npi']})",
        prior_hosp=f"FROM {us(D(2025, 12, 3))}  TO {us(D(2025, 12, 8))} (R hip hemiarthroplasty), SNF to "
                   f"{us(D(2025, 12, 29))}",
        initial="75 y.o. male s/p R femoral neck fracture 12/03/2025 treated with hemiarthroplasty; SNF rehab "
                "then home with home health PT until 01/06/2026. Walks household distances with rolling walker; "
                "unable to manage the 14 stairs to his bedroom without assistance.",
        printed=(dt(D(2026, 2, 4), 13, 41), "gsp.admin"), doc_id="POC-91205", pages=1,
    )
    render_cms700(p)
    label(p["file"], "medicare-outpatient-therapy", D(2026, 2, 4),
          must=[["review-interval-exceeded"], ["duration-missing"]],
          notes="Gaps: certification period 01/08/2026-05/07/2026 is 119 days (recertification at least every "
                "90 days); box 15 gives only a frequency ('2/Wk') and no number of weeks or visits, and the plan "
                "states no other duration (goal target dates are not a treatment duration).")


# ============================================================================================
# Family J: home health agency software printing a CMS-485-style certification and plan of care
#           (HCHB-like)
# ============================================================================================
def render_485(p):
    pt, org, md = p["pt"], p["org"], p["md"]
    doc = new_doc("Arial", 8, margin=0.45)
    sec = doc.sections[0]
    clear_part(sec.header)
    para(sec.header, "HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=10, align="center",
         space_after=0)
    para(sec.header, f"{last_first(pt, upper=True)}   MR# {pt['mrn']}   Episode {us(p['cert'][0])} - "
                     f"{us(p['cert'][1])}", size=7.5, align="center", space_after=0)
    clear_part(sec.footer)
    pr = p["printed"]
    footer_line(sec.footer, f"{org['name']}  Branch {org['branch']}  \u2022  Printed {us(pr.date())} "
                            f"{t12(pr.hour, pr.minute)}  \u2022  Form CMS-485 format", p["pages"])

    _box_row(doc, [("1. Patient's HI Claim No.", pt["mbi"]), ("2. Start Of Care Date", us(p["soc"])),
                   ("3. Certification Period", f"From: {us(p['cert'][0])}   To: {us(p['cert'][1])}"),
                   ("4. Medical Record No.", pt["mrn"]), ("5. Provider No.", org["ccn"])],
             widths=[1.5, 1.1, 2.1, 1.0, 1.0])
    _box_row(doc, [("6. Patient's Name and Address", f"{last_first(pt, upper=True)}\n{pt['addr']}"),
                   ("7. Provider's Name, Address and Telephone Number",
                    f"{org['name']}\n{org['street']}, {org['city']}\n{org['phone']}")], widths=[3.3, 3.4])
    _box_row(doc, [("8. Date of Birth", us(pt["dob"])), ("9. Sex", f"{box(pt['sex'] == 'M')} M  "
                                                                   f"{box(pt['sex'] == 'F')} F"),
                   ("10. Medications: Dose/Frequency/Route (N)ew (C)hanged", "; ".join(p["meds"]))],
             widths=[1.0, 0.8, 4.9])
    _box_row(doc, [("11. ICD-10-CM  Principal Diagnosis", p["dx"][0][0]), ("Date", p["dx"][0][2]),
                   ("", p["dx"][0][1])], widths=[1.6, 0.9, 4.2])
    _box_row(doc, [("12. ICD-10-PCS  Surgical Procedure", p.get("surg", ["", "", ""])[0]),
                   ("Date", p.get("surg", ["", "", ""])[2]), ("", p.get("surg", ["", "", ""])[1])],
             widths=[1.6, 0.9, 4.2])
    para(doc, "13. ICD-10-CM  Other Pertinent Diagnoses", bold=True, size=7)
    table(doc, ["ICD-10-CM", "Description", "Date", "O/E"], [[d[0], d[1], d[2], "E"] for d in p["dx"][1:]],
          fill="EDEDED", size=7.5, widths=[0.9, 4.4, 0.9, 0.5])
    _box_row(doc, [("14. DME and Supplies", p["dme"]), ("15. Safety Measures", p["safety"])], widths=[3.3, 3.4])
    _box_row(doc, [("16. Nutritional Req.", p["nutrition"]), ("17. Allergies", p["allergies"])],
             widths=[3.3, 3.4])
    fl = ["Amputation", "Bowel/Bladder (Incontinence)", "Contracture", "Hearing", "Paralysis", "Endurance",
          "Ambulation", "Speech", "Legally Blind", "Dyspnea With Minimal Exertion"]
    _box_row(doc, [("18.A. Functional Limitations", "  ".join(f"{box(x in p['fl'])} {x}" for x in fl)),
                   ("18.B. Activities Permitted", p["activities"])], widths=[3.9, 2.8])
    _box_row(doc, [("19. Mental Status", p["mental"]), ("20. Prognosis", p["prognosis"])], widths=[3.9, 2.8])
    para(doc, "")
    para(doc, "21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)", bold=True, size=7.5)
    for o in p["orders"]:
        para(doc, o, size=8)
    para(doc, "22. Goals/Rehabilitation Potential/Discharge Plans", bold=True, size=7.5, space_before=4)
    for g in p["goals"]:
        para(doc, g, size=8)
    _box_row(doc, [("23. Nurse's Signature and Date of Verbal SOC Where Applicable", p["rn_sig"]),
                   ("25. Date HHA Received Signed POT", p["received"])], widths=[4.6, 2.1])
    _box_row(doc, [("24. Physician's Name and Address", f"{md['name']}, {md['cred']}\n{md['addr']}\nNPI: {md['npi']}"),
                   ("26. Physician Certification",
                    "I certify that this patient is confined to his/her home and needs intermittent skilled "
                    "nursing care, physical therapy and/or speech therapy or continues to need occupational "
                    "therapy. The patient is under my care, and I have authorized the services on this plan of "
                    "care and will periodically review the plan. A face-to-face encounter was performed.")],
             widths=[3.0, 3.7], size=7)
    _box_row(doc, [("27. Attending Physician's Signature and Date Signed", p["md_sig"]),
                   ("28.", "Anyone who misrepresents, falsifies, or conceals essential information required for "
                           "payment of Federal funds may be subject to fine, imprisonment, or civil penalty.")],
             widths=[3.6, 3.1], size=7.5)
    if p.get("addendum"):
        page_break(doc)
        para(doc, "ADDENDUM TO PLAN OF CARE", bold=True, size=9, align="center")
        for line in p["addendum"]:
            para(doc, line, size=8)
    save(doc, p["file"], p)


def plan_hh1():
    soc = D(2026, 1, 5)
    end = add_days(soc, 59)
    md = dict(name="Theresa Kowalski", cred="MD", npi=npi("150092337"),
              addr="Bluegrass Internal Medicine, 1740 Nicholasville Rd, Lexington, KY 40503")
    pt = dict(first="Lorraine", last="Pettibone", dob=D(1939, 4, 12), sex="F", mrn="HH-104417",
              mbi="5TP2RK9JD33", addr="482 Chinoe Rd, Lexington, KY 40502")
    p = dict(
        file="bp3_25_cms485_homehealth.docx", pt=pt, md=md, soc=soc, cert=(soc, end),
        org=dict(name="Commonwealth Home Health Partners", branch="LEX-02", street="2300 Regency Rd, Suite 104",
                 city="Lexington, KY 40503", phone="(859) 555-0142", ccn="187461"),
        meds=["Furosemide 40 mg PO daily", "Carvedilol 6.25 mg PO BID", "Lisinopril 10 mg PO daily (C)",
              "Potassium chloride 20 mEq PO daily", "Insulin glargine 18 units SQ at bedtime (N)"],
        dx=[("I50.22", "Chronic systolic (congestive) heart failure", us(D(2025, 12, 28))),
            ("I11.0", "Hypertensive heart disease with heart failure", us(D(2025, 12, 28))),
            ("E11.65", "Type 2 diabetes mellitus with hyperglycemia", us(D(2025, 12, 28))),
            ("Z79.4", "Long term (current) use of insulin", us(D(2025, 12, 28))),
            ("Z91.81", "History of falling", us(D(2025, 12, 20)))],
        dme="Rolling walker, shower chair, bathroom scale, glucometer and supplies",
        safety="Fall precautions; clear pathways; emergency plan reviewed; sharps container",
        nutrition="2 g sodium, 1.5 L fluid restriction, consistent carbohydrate",
        allergies="Sulfa (rash)",
        fl=["Endurance", "Ambulation", "Dyspnea With Minimal Exertion"],
        activities="Up as tolerated; walker at all times; no driving",
        mental="Oriented; forgetful at times", prognosis="Fair",
        orders=[
            "SN: 1W1, 2W3, 1W5. Skilled assessment of cardiopulmonary status, daily weights and edema; teach CHF "
            "self-management, low-sodium diet, medication regimen and insulin self-injection; notify MD of weight "
            "gain over 3 lb in 1 day or 5 lb in 1 week. SN PRN x 2 visits for signs of CHF exacerbation.",
            "PT: 2W3, 1W3. Evaluate and treat: gait and balance training, transfer training, home exercise "
            "program, fall prevention.",
            "HHA: 2W4, 1W4 for personal care (bath, shampoo, skin care) per HHA care plan.",
            "MSW: 1W1 x 1 visit for community resources / meal delivery; PRN x 1 for long-term planning.",
        ],
        goals=[
            "SN: Patient will verbalize 3 signs and symptoms of CHF exacerbation and when to call the MD by "
            f"{us(add_days(soc, 21))}.",
            f"SN: Patient will record her weight daily on 7 of 7 days in her log by {us(add_days(soc, 28))}.",
            "SN: Patient will self-inject insulin with correct technique and dose, verified on 3 consecutive "
            f"visits, by {us(add_days(soc, 28))}.",
            f"PT: Patient will ambulate 150 ft with rolling walker with supervision by {us(add_days(soc, 42))}.",
            f"PT: Patient's Berg Balance score will improve from 36/56 to 44/56 by {us(add_days(soc, 56))}.",
            "Rehab potential: Good for stated goals.",
            "Discharge plan: Discharge to self-care with daughter's assistance when goals are met.",
        ],
        rn_sig=f"Verbal SOC order received from Dr. Theresa Kowalski {us(soc)}. /es/ Dana Whitt, RN {us(soc)} 14:10",
        received=us(D(2026, 1, 14)),
        md_sig=f"Electronically signed by Theresa Kowalski, MD via physician portal on {us(D(2026, 1, 13))} "
               f"08:02 AM EST",
        printed=dt(D(2026, 2, 2), 9, 30), pages=2,
    )
    render_485(p)
    label(p["file"], "medicare-home-health", D(2026, 2, 2),
          notes="Clean. CMS-485 layout; certification period 01/05-03/05/2026 (60-day episode); frequencies in "
                "HH notation (SN 1W1, 2W3, 1W5; PRN x 2 with a limit); physician e-signed 01/13/2026.")


def plan_hh3():
    soc = D(2026, 3, 2)
    end = add_days(soc, 59)
    md = dict(name="Gabriel Restrepo", cred="MD", npi=npi("162237049"),
              addr="Sun City Family Medicine, 10420 W. Thunderbird Blvd, Sun City, AZ 85351")
    pt = dict(first="Harlan", last="Voss", dob=D(1936, 10, 9), sex="M", mrn="HH-220981",
              mbi="6GA3WN8TE42", addr="10911 W. Palmeras Dr, Sun City, AZ 85373")
    p = dict(
        file="bp3_26_cms485_homehealth.docx", pt=pt, md=md, soc=soc, cert=(soc, end),
        org=dict(name="Desert Sage Home Health", branch="PHX-W", street="8170 N. 86th Pl, Suite 200",
                 city="Scottsdale, AZ 85258", phone="(480) 555-0179", ccn="037702"),
        meds=["Apixaban 5 mg PO BID", "Metoprolol succinate 50 mg PO daily", "Acetaminophen 650 mg PO q6h PRN pain"],
        dx=[("Z47.1", "Aftercare following joint replacement surgery", us(D(2026, 2, 24))),
            ("Z96.641", "Presence of right artificial hip joint", us(D(2026, 2, 24))),
            ("I48.91", "Unspecified atrial fibrillation", us(D(2020, 5, 1))),
            ("Z79.01", "Long term (current) use of anticoagulants", us(D(2020, 5, 1)))],
        surg=["0SR9019", "Replacement of right hip joint with metal on polyethylene synthetic substitute, "
                         "cemented, open approach", us(D(2026, 2, 24))],
        dme="Front-wheeled walker, raised toilet seat, reacher, sock aid",
        safety="Posterior hip precautions; fall precautions; bleeding precautions (anticoagulant)",
        nutrition="Regular", allergies="NKDA",
        fl=["Endurance", "Ambulation"],
        activities="WBAT R LE with walker; hip precautions x 6 weeks",
        mental="Oriented x3", prognosis="Good",
        orders=[
            "SN: 1W1, 1W2 then 1 every other week x 2. Assess surgical incision, pain, signs of DVT/bleeding; "
            "teach anticoagulant safety. Staple removal on or about 03/09/2026.",
            "PT: Evaluate and treat. Gait training, transfer training, therapeutic exercise, hip precautions, "
            "home safety evaluation.",
            "HHA: 2W3 for bathing assistance.",
        ],
        goals=[
            f"SN: Surgical incision will be fully closed with no drainage by {us(add_days(soc, 21))}.",
            f"SN: Patient will state 4 signs of bleeding to report by {us(add_days(soc, 14))}.",
            f"PT: Patient will ambulate 300 ft with front-wheeled walker independently by {us(add_days(soc, 35))}.",
            f"PT: Patient will perform tub-bench transfer with supervision by {us(add_days(soc, 28))}.",
            "Rehab potential: Good. Discharge when goals met and patient able to attend outpatient PT.",
        ],
        rn_sig=f"Verbal SOC order from Dr. Restrepo {us(soc)}. /es/ Lupe Carrillo, RN {us(soc)} 16:45",
        received="",
        md_sig="Sent to physician for signature 03/04/2026 - not yet returned",
        printed=dt(D(2026, 3, 30), 15, 12), pages=1,
    )
    render_485(p)
    label(p["file"], "medicare-home-health", D(2026, 3, 30),
          must=[["signature-missing"], ["frequency-missing"]],
          notes="Gaps: box 27 holds no physician signature ('Sent to physician for signature 03/04/2026 - not "
                "yet returned'; box 25 blank), only the RN's verbal-order note; PT is ordered 'Evaluate and "
                "treat' with no visit frequency.")


def plan_hh5():
    soc = D(2025, 11, 3)
    end = add_days(soc, 59)
    md = dict(name="Lawrence Ebbesen", cred="DO", npi=npi("176600234"),
              addr="Prairie View Clinic, 501 N. Main St, Mitchell, SD 57301")
    pt = dict(first="Opal", last="Thorsgaard", dob=D(1932, 2, 27), sex="F", mrn="HH-055318",
              mbi="7QE4CU2MH61", addr="316 E. 5th Ave, Mitchell, SD 57301")
    p = dict(
        file="bp3_27_cms485_homehealth.docx", pt=pt, md=md, soc=soc, cert=(soc, end),
        org=dict(name="Prairie View Home Care", branch="MIT-1", street="505 N. Main St",
                 city="Mitchell, SD 57301", phone="(605) 555-0126", ccn="437019"),
        meds=["Furosemide 20 mg PO daily", "Tiotropium inhaler 2 puffs daily", "Albuterol HFA 2 puffs q4h PRN",
              "Prednisone taper per MD (N)"],
        dx=[("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation", us(D(2025, 10, 27))),
            ("I50.2", "Systolic (congestive) heart failure", us(D(2024, 3, 1))),
            ("Z99.81", "Dependence on supplemental oxygen", us(D(2024, 3, 1)))],
        dme="Oxygen concentrator 2 L/min NC continuous, portable tanks, nebulizer, walker",
        safety="Oxygen safety - no smoking/open flame; fall precautions",
        nutrition="2 g sodium", allergies="Penicillin",
        fl=["Endurance", "Dyspnea With Minimal Exertion", "Hearing"],
        activities="Up as tolerated with walker and O2", mental="Oriented, hard of hearing", prognosis="Guarded",
        orders=[
            "SN: 2W2, 1W6. Assess respiratory and cardiac status, O2 saturation, edema and weights; teach "
            "inhaler technique, energy conservation, COPD action plan. SN PRN x 2 for respiratory distress.",
            "PT: 1W4. Endurance and strengthening, energy conservation during mobility.",
        ],
        goals=[
            f"SN: Patient will demonstrate correct inhaler technique on 3 consecutive visits by {us(add_days(soc, 21))}.",
            f"SN: Patient will keep O2 saturation at or above 90% at rest on 2 L/min at every visit by "
            f"{us(add_days(soc, 28))}.",
            f"PT: Patient will walk 100 ft with walker and O2 with no more than 2 rest breaks by {us(add_days(soc, 42))}.",
            "Rehab potential: Fair. Discharge to self-care with daughter when goals met.",
        ],
        rn_sig=f"Verbal SOC order 11/03/2025. /es/ Karla Hemmer, RN {us(soc)} 13:20",
        received=us(D(2025, 11, 12)),
        md_sig=f"/es/ Lawrence Ebbesen, DO   Date signed: {us(D(2025, 11, 10))}",
        printed=dt(D(2026, 1, 20), 10, 44), pages=1,
    )
    render_485(p)
    label(p["file"], "medicare-home-health", D(2026, 1, 20),
          must=[["review-overdue"], ["diagnosis-code-not-billable"]],
          notes="Gaps: certification period 11/03/2025-01/01/2026 ended and no recertification is recorded for "
                "a 01/20/2026 date of service; other pertinent diagnosis 'I50.2' is a category (billable codes "
                "are I50.20-I50.23).")


# ============================================================================================
# Family K: cloud home-health software plan of care (Axxess-like): section tables per discipline
# ============================================================================================
def render_hh_modern(p):
    pt, org = p["pt"], p["org"]
    doc = new_doc("Open Sans", 8.5, margin=0.6)
    sec = doc.sections[0]
    clear_part(sec.header)
    header_table(sec.header, [f"**{org['name']}**", f"{org['street']}, {org['city']}",
                              f"Phone: {org['phone']} | Fax: {org['fax']}"],
                 [f"**{full_name(pt)}**", f"MRN: {pt['mrn']}",
                  f"Episode: {us(p['cert'][0])} - {us(p['cert'][1])}"])
    clear_part(sec.footer)
    pr = p["printed"]
    footer_line(sec.footer, f"Printed on {us(pr.date())} {t12(pr.hour, pr.minute)} by {p['printed_by']}",
                p["pages"])
    para(doc, "Home Health Certification and Plan of Care", bold=True, size=14, color="1B4F72")
    grid(doc, [("Patient", full_name(pt)), ("DOB", us(pt["dob"])), ("Gender", pt["sex"]),
               ("Medicare Number", pt["mbi"]), ("MRN", pt["mrn"]), ("Address", pt["addr"]),
               ("Start of Care", us(p["soc"])),
               ("Certification Period", f"{us(p['cert'][0])} to {us(p['cert'][1])}"),
               ("Episode Type", p.get("episode_type", "Initial certification")),
               ("Agency CCN / NPI", f"{org['ccn']} / {org['npi']}")], cols=2, label_fill="EBF5FB")
    para(doc, "Diagnoses", bold=True, size=10, color="1B4F72", space_before=4)
    table(doc, ["Type", "ICD-10-CM", "Description", "O/E", "Date"], p["dx"], fill="EBF5FB",
          widths=[0.9, 0.9, 3.6, 0.5, 0.9])
    para(doc, "Orders for Discipline and Treatments", bold=True, size=10, color="1B4F72", space_before=4)
    table(doc, ["Discipline", "Frequency", "Orders"], p["orders"], fill="EBF5FB", widths=[0.9, 1.7, 4.2])
    para(doc, "Goals", bold=True, size=10, color="1B4F72", space_before=4)
    table(doc, ["Discipline", "Goal", "Target Date", "Status"], p["goals"], fill="EBF5FB",
          widths=[0.9, 4.2, 0.9, 0.8])
    grid(doc, [("Rehabilitation Potential", p["rehab"]), ("Discharge Plans", p["dc_plan"])], cols=1,
         label_fill="EBF5FB", widths=[1.8, 5.0])
    para(doc, "Signatures", bold=True, size=10, color="1B4F72", space_before=4)
    table(doc, ["Role", "Name", "Signature", "Date"], p["sigs"], fill="EBF5FB", widths=[1.3, 1.9, 2.6, 1.0])
    para(doc, f"Physician/Allowed practitioner NPI: {p['md_npi']}", size=8)
    save(doc, p["file"], p)


def plan_hh2():
    soc = D(2026, 2, 9)
    end = add_days(soc, 59)
    pt = dict(first="Rosalind", last="Abernathy-Cole", dob=D(1944, 6, 1), sex="Female", mrn="AX-77104",
              mbi="8HU5DX3RA27", addr="2719 Greenbriar Ln, Mobile, AL 36695")
    np_npi = npi("187765304")
    p = dict(
        file="bp3_28_hhcloud_homehealth.docx", pt=pt, soc=soc, cert=(soc, end),
        org=dict(name="Gulf Coast Home Health Services", street="6300 Airport Blvd, Suite 310",
                 city="Mobile, AL 36608", phone="(251) 555-0110", fax="(251) 555-0111", ccn="017198",
                 npi=npi("166054219")),
        dx=[["Primary", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "E", us(D(2026, 1, 30))],
            ["Secondary", "L97.512", "Non-pressure chronic ulcer of other part of right foot with fat layer exposed",
             "E", us(D(2026, 1, 30))],
            ["Secondary", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "O",
             us(D(2019, 8, 1))],
            ["Secondary", "Z79.4", "Long term (current) use of insulin", "O", us(D(2019, 8, 1))]],
        orders=[["SN", "3x/week x 3 weeks, then 2x/week x 5 weeks",
                 "Wound care R plantar forefoot ulcer: cleanse with NS, apply calcium alginate, cover with foam "
                 "dressing, change 3x/week and PRN soiling; measure wound weekly; assess glycemic control and "
                 "teach foot care and offloading."],
                ["SN", "PRN x 3 visits", "For dressing dislodgement or signs of infection"],
                ["PT", "2x/week x 3 weeks", "Gait training with offloading shoe and walker; transfer training; "
                                            "home safety."],
                ["HHA", "2x/week x 6 weeks", "Bathing assistance, foot-safe skin care (no soaking)."]],
        goals=[["SN", "R plantar ulcer will decrease in area from 2.4 cm x 1.8 cm to 1.0 cm x 1.0 cm or less.",
                us(add_days(soc, 56)), "Active"],
               ["SN", "Patient/caregiver will perform the dressing change correctly in 2 consecutive return "
                      "demonstrations.", us(add_days(soc, 21)), "Active"],
               ["SN", "Fasting glucose log will show readings of 80-180 mg/dL on 5 of 7 days.",
                us(add_days(soc, 42)), "Active"],
               ["PT", "Patient will walk 150 ft in offloading shoe with walker, modified independent.",
                us(add_days(soc, 21)), "Active"],
               ["HHA", "Patient will have 0 new areas of skin breakdown on the feet at HHA skin checks.",
                us(add_days(soc, 42)), "Active"]],
        rehab="Good for wound healing and safe ambulation", dc_plan="Discharge to self-care with husband's "
                                                                   "assistance when ulcer is healed or goals met.",
        sigs=[["Clinician", "Dana Poole, RN", "Electronically signed", us(soc)],
              ["Allowed practitioner", "Kimberly Osei, FNP-BC", "Electronically signed (physician portal)",
               us(D(2026, 2, 16))]],
        md_npi=np_npi, printed=dt(D(2026, 3, 3), 12, 55), printed_by="scheduler.gchh", pages=2,
    )
    render_hh_modern(p)
    label(p["file"], "medicare-home-health", D(2026, 3, 3),
          notes="Clean. Certified by a nurse practitioner (FNP-BC, an allowed practitioner); 60-day episode "
                "02/09-04/09/2026; every discipline has a frequency.")


def plan_hh4():
    soc = D(2026, 2, 2)
    end = D(2026, 5, 2)
    pt = dict(first="Cornelius", last="Batiste", dob=D(1941, 12, 20), sex="Male", mrn="AX-77455",
              mbi="9KR6FE2WH54", addr="1507 Elysian Fields Ave, New Orleans, LA 70117")
    md_npi = npi("143329870")
    p = dict(
        file="bp3_29_hhcloud_homehealth.docx", pt=pt, soc=soc, cert=(soc, end),
        org=dict(name="Crescent City Home Health", street="3000 Canal St, Suite 2B", city="New Orleans, LA 70119",
                 phone="(504) 555-0157", fax="(504) 555-0158", ccn="197544", npi=npi("110092846")),
        dx=[["Primary", "I69.354", "Hemiplegia and hemiparesis following cerebral infarction affecting left "
                                   "non-dominant side", "E", us(D(2026, 1, 12))],
            ["Secondary", "I10", "Essential (primary) hypertension", "O", us(D(2010, 1, 1))],
            ["Secondary", "E11.9", "Type 2 diabetes mellitus without complications", "O", us(D(2015, 1, 1))]],
        orders=[["SN", "1x/week x 9 weeks", "Assess BP, neuro status, medication adherence; teach stroke "
                                          "warning signs and diabetic diet."],
                ["PT", "2x/week x 6 weeks", "Gait, balance, transfer training, home exercise program."],
                ["OT", "2x/week x 4 weeks", "ADL retraining, L UE function, adaptive equipment."]],
        goals=[["SN", "Patient will be safe in the home.", us(add_days(soc, 60)), "Active"],
               ["SN", "Patient/caregiver will be knowledgeable about stroke risk factors and medications.",
                us(add_days(soc, 30)), "Active"],
               ["PT", "Patient will have improved endurance and balance.", us(add_days(soc, 42)), "Active"],
               ["OT", "Patient will improve ADL performance.", us(add_days(soc, 28)), "Active"]],
        rehab="Good", dc_plan="Discharge to outpatient therapy when homebound status ends.",
        sigs=[["Clinician", "Monique Fontenot, RN", "Electronically signed", us(soc)],
              ["Physician", "Alain Broussard, MD", "Electronically signed (physician portal)", us(D(2026, 2, 6))]],
        md_npi=md_npi, printed=dt(D(2026, 3, 2), 16, 20), printed_by="intake.cchh", pages=2,
    )
    render_hh_modern(p)
    label(p["file"], "medicare-home-health", D(2026, 3, 2),
          must=[["review-interval-exceeded"], ["goal-not-measurable"]],
          notes="Gaps: certification period 02/02/2026-05/02/2026 is 89 days (recertification at least every 60 "
                "days); every goal is vague ('safe in the home', 'knowledgeable', 'improved endurance', 'improve "
                "ADL performance') with no measure or level.")


# ============================================================================================
# Family L: ABA practice-management platform (CentralReach-like) treatment plan / auth request
# ============================================================================================
def render_cr(p):
    pt, org = p["pt"], p["org"]
    doc = new_doc("Calibri", 9.5, margin=0.6)
    sec = doc.sections[0]
    clear_part(sec.header)
    header_table(sec.header, [f"**{org['name']}**", f"{org['street']}, {org['city']}",
                              f"{org['phone']}  |  Tax ID {org['tin']}  |  NPI {org['npi']}"],
                 [f"Client: **{full_name(pt)}**", f"DOB: {us(pt['dob'])}", f"Client ID: {pt['client_id']}"])
    clear_part(sec.footer)
    pr = p["printed"]
    footer_line(sec.footer, f"Generated {us(pr.date())} {t12(pr.hour, pr.minute)} \u2022 {p['form_name']}",
                p["pages"])
    para(doc, p["title"], bold=True, size=14, color="2F5496")
    para(doc, p["subtitle"], size=9, color="595959")

    bar(doc, "CLIENT INFORMATION", fill="2F5496")
    grid(doc, p["client_grid"], cols=2, label_fill="DEEAF6")
    bar(doc, "DIAGNOSIS", fill="2F5496")
    grid(doc, p["dx_grid"], cols=1, label_fill="DEEAF6", widths=[2.0, 5.2])
    bar(doc, "ASSESSMENTS ADMINISTERED", fill="2F5496")
    if p["assessments"]:
        table(doc, ["Instrument", "Date", "Administered by", "Results"], p["assessments"], fill="DEEAF6",
              widths=[1.4, 0.9, 1.6, 3.3])
    else:
        para(doc, "No data recorded", italic=True)
    bar(doc, "BACKGROUND / MEDICAL NECESSITY", fill="2F5496")
    for t in p["background"]:
        para(doc, t)
    bar(doc, "SKILL ACQUISITION GOALS", fill="2F5496")
    table(doc, ["#", "Domain", "Goal", "Baseline", "Mastery criteria", "Target date", "Status"], p["skill_goals"],
          fill="DEEAF6", size=8, widths=[0.35, 0.9, 2.4, 1.1, 1.3, 0.8, 0.6])
    bar(doc, "BEHAVIOR REDUCTION GOALS", fill="2F5496")
    table(doc, ["#", "Target behavior / definition", "Goal", "Baseline", "Mastery criteria", "Target date"],
          p["behavior_goals"], fill="DEEAF6", size=8, widths=[0.35, 2.0, 1.9, 1.1, 1.2, 0.8])
    bar(doc, "CAREGIVER TRAINING GOALS", fill="2F5496")
    if p["caregiver_goals"]:
        table(doc, ["#", "Goal", "Baseline", "Mastery criteria", "Target date"], p["caregiver_goals"],
              fill="DEEAF6", size=8, widths=[0.35, 3.2, 1.2, 1.5, 0.8])
    else:
        para(doc, "No data recorded", italic=True)
    bar(doc, "SERVICE REQUEST", fill="2F5496")
    table(doc, ["CPT", "Description", "Rendering", "Units/week", "Hours/week", "Setting"], p["services"],
          fill="DEEAF6", size=8, widths=[0.6, 2.3, 0.9, 0.8, 0.8, 1.4])
    grid(doc, p["auth_grid"], cols=2, label_fill="DEEAF6")
    bar(doc, "CRISIS PLAN / COORDINATION OF CARE / DISCHARGE CRITERIA", fill="2F5496")
    for t in p["other"]:
        para(doc, t)
    bar(doc, "SIGNATURES", fill="2F5496")
    table(doc, ["Role", "Name / Credential", "Signature", "Signed"], p["sigs"], fill="DEEAF6",
          widths=[1.4, 2.0, 2.2, 1.6])
    save(doc, p["file"], p)


ORG_BRIGHTPATH = dict(name="Bright Path Autism Services, PLLC", street="9101 Burnet Rd, Suite 210",
                      city="Austin, TX 78758", phone="(512) 555-0188", tin="74-3319025", npi=npi("154437710"))


def plan_aba1():
    plan = D(2026, 1, 22)
    auth = (D(2026, 2, 1), D(2026, 7, 31))
    pt = dict(first="Mateo", last="Ruiz-Alvarez", dob=D(2021, 9, 14), client_id="BPA-1042")
    bcba = ("Hannah Kettering, M.Ed., BCBA, LBA", npi("163378421"))
    p = dict(
        file="bp3_30_abapm_aba.docx", pt=pt, org=ORG_BRIGHTPATH, printed=dt(D(2026, 2, 9), 17, 5), pages=3,
        form_name="Treatment Plan v4 (Initial)",
        title="Behavior Analytic Treatment Plan", subtitle="Initial assessment and authorization request",
        client_grid=[("Client name", full_name(pt)), ("Date of birth", us(pt["dob"])),
                     ("Age", "4 years 4 months"), ("Gender", "Male"),
                     ("Parent/guardian", "Lucia Alvarez (mother), Diego Ruiz (father)"),
                     ("Primary language", "Spanish/English"),
                     ("Insurance", "Aetna Choice POS II"), ("Member ID", "W284417903"),
                     ("Group #", "0883214-010-00001"), ("Plan date", us(plan)),
                     ("Supervising BCBA", bcba[0]), ("BCBA NPI", bcba[1])],
        dx_grid=[("Diagnosis", "F84.0 - Autistic disorder (Autism spectrum disorder, Level 2 - requiring "
                               "substantial support)"),
                 ("Diagnosed by", "Renee Castellanos, PhD, Licensed Psychologist (Dell Children's Developmental "
                                  "Clinic)"),
                 ("Date of diagnosis", us(D(2024, 3, 14))),
                 ("Diagnostic instruments", "ADOS-2 Module 1; DSM-5-TR criteria")],
        assessments=[["VB-MAPP", us(D(2026, 1, 8)), bcba[0].split(",")[0] + ", BCBA",
                      "Milestones 41/170 (Level 1-2); Barriers 38; Transition 41"],
                     ["Vineland-3 (parent interview)", us(D(2026, 1, 12)), bcba[0].split(",")[0] + ", BCBA",
                      "ABC 62; Communication 58; Daily Living 66; Socialization 60"],
                     ["FAI / ABC data (functional assessment)", us(D(2026, 1, 15)), "Hannah Kettering, BCBA",
                      "Elopement and dropping maintained by escape from demands and access to tangibles"]],
        background=["Mateo attends a half-day pre-K program and has about 15 single words, mostly echoic. He "
                    "elopes from the classroom and from the family's front yard (toward the street) several times "
                    "a week and drops to the floor during transitions. Parents report he does not respond to his "
                    "name consistently and does not request help.",
                    "Intensive ABA (focused-comprehensive) is medically necessary to build functional "
                    "communication and reduce unsafe elopement."],
        skill_goals=[
            ["1", "Communication", "Mateo will independently mand for 20 preferred items or activities using a "
                                   "word or sign.", "3 items", "80% of opportunities across 3 consecutive sessions",
             us(D(2026, 7, 15)), "Active"],
            ["2", "Communication", "Mateo will respond to his name by orienting within 3 seconds.",
             "20% of trials", "80% across 2 therapists and 3 consecutive sessions", us(D(2026, 5, 15)), "Active"],
            ["3", "Social", "Mateo will take turns in a 2-person game for 3 consecutive turns.", "0 turns",
             "4 of 5 opportunities across 3 sessions", us(D(2026, 7, 15)), "Active"],
            ["4", "Adaptive", "Mateo will wash hands independently following a 6-step visual chain.",
             "2 of 6 steps", "6 of 6 steps independently for 5 consecutive sessions", us(D(2026, 6, 15)), "Active"],
            ["5", "Listener", "Mateo will follow 1-step directions without gestures.", "30% of trials",
             "85% across 3 consecutive sessions", us(D(2026, 6, 15)), "Active"]],
        behavior_goals=[
            ["1", "Elopement: moving more than 3 feet away from the supervising adult without permission.",
             "Reduce elopement to 1 or fewer per week.", "Avg 9 per week (ABC data)",
             "1 or fewer per week for 4 consecutive weeks", us(D(2026, 7, 15))],
            ["2", "Dropping: dropping to the floor during transitions for more than 5 seconds.",
             "Reduce dropping by 80% from baseline.", "Avg 6 per day", "1 or fewer per day for 3 consecutive weeks",
             us(D(2026, 7, 15))]],
        caregiver_goals=[
            ["1", "Parents will implement the elopement safety protocol (proximity, first-then, redirect) "
                  "with 90% fidelity.", "45% fidelity", "90% fidelity on 3 consecutive observations",
             us(D(2026, 5, 15))],
            ["2", "Parents will use 3 manding opportunities during snack time with correct prompting.",
             "0 of 3 steps", "3 of 3 steps correct in 4 of 5 probes", us(D(2026, 6, 15))]],
        services=[["97153", "Adaptive behavior treatment by protocol (RBT)", "RBT", "80", "20", "Home/clinic"],
                  ["97155", "Adaptive behavior treatment with protocol modification (BCBA)", "BCBA", "12", "3",
                   "Home/clinic"],
                  ["97156", "Family adaptive behavior treatment guidance", "BCBA", "4", "1", "Home/telehealth"]],
        auth_grid=[("Authorization period requested", f"{us(auth[0])} - {us(auth[1])}"),
                   ("Expected duration of this plan", "6 months"),
                   ("Next progress report / reassessment", us(D(2026, 7, 15))),
                   ("Total weekly hours requested", "24")],
        other=["Crisis plan: if elopement toward the street occurs, staff and parents follow the safety "
               "protocol and call 911 if Mateo cannot be located within 1 minute.",
               "Coordination of care: speech therapy (Austin Pediatric Therapy) 1x/week; pediatrician Dr. N. "
               "Okoro. Releases on file.",
               "Discharge criteria: mastery of 80% of goals, elopement at 0-1 per month, and transition to "
               "school-based supports."],
        sigs=[["Supervising BCBA", bcba[0], "Electronically signed", f"{us(plan)} 3:45 PM CST"],
              ["Parent/Guardian", "Lucia Alvarez (mother)", "Electronically signed via client portal",
               f"{us(D(2026, 1, 24))} 8:12 PM CST"]],
    )
    render_cr(p)
    label(p["file"], "commercial-aba", D(2026, 2, 10),
          notes="Clean. Six-month authorization 02/01-07/31/2026; reassessment 07/15/2026 (174 days after the "
                "plan); VB-MAPP and Vineland-3 from January 2026; every goal has baseline, mastery criteria and "
                "target date; BCBA and mother signed with dates.")


def plan_aba3():
    plan = D(2026, 3, 3)
    auth = (D(2026, 3, 16), D(2026, 9, 15))
    pt = dict(first="Ava", last="Lindqvist-Boateng", dob=D(2019, 5, 2), client_id="BPA-1187")
    bcba = ("Marcus Delgado, MS, BCBA, LBA", npi("148860322"))
    p = dict(
        file="bp3_31_abapm_aba.docx", pt=pt, org=ORG_BRIGHTPATH, printed=dt(D(2026, 3, 12), 11, 40), pages=3,
        form_name="Treatment Plan v4 (Initial)",
        title="Behavior Analytic Treatment Plan", subtitle="Initial assessment and authorization request",
        client_grid=[("Client name", full_name(pt)), ("Date of birth", us(pt["dob"])),
                     ("Age", "6 years 10 months"), ("Gender", "Female"),
                     ("Parent/guardian", "Kwame Boateng (father)"), ("Primary language", "English"),
                     ("Insurance", "BlueCross BlueShield of Texas PPO"), ("Member ID", "ZGP917734028"),
                     ("Group #", "228416"), ("Plan date", us(plan)),
                     ("Supervising BCBA", bcba[0]), ("BCBA NPI", bcba[1])],
        dx_grid=[("Diagnosis", "F84.0 - Autistic disorder (ASD, Level 1)"),
                 ("Diagnosed by", "Oliver Strand, MD, Developmental-Behavioral Pediatrics"),
                 ("Date of diagnosis", us(D(2025, 10, 2))),
                 ("Diagnostic instruments", "ADOS-2 Module 3; clinical interview")],
        assessments=[["ABLLS-R", us(D(2026, 2, 17)), "Marcus Delgado, BCBA",
                      "Deficits in social interaction (L), cooperation (A) and classroom routines (J)"],
                     ["Vineland-3", us(D(2026, 2, 19)), "Marcus Delgado, BCBA",
                      "ABC 74; Socialization 66; Communication 81; Daily Living 79"]],
        background=["Ava is in 1st grade with a 504 plan. She speaks in full sentences but has frequent "
                    "meltdowns (screaming, hitting peers) when routines change, and she plays alone at recess. "
                    "Her teacher reports 3-4 office referrals a month."],
        skill_goals=[
            ["1", "Social", "Ava will initiate a play interaction with a peer using a scripted invitation.", "",
             "4 of 5 opportunities across 3 consecutive sessions", us(D(2026, 9, 1)), "Active"],
            ["2", "Social", "Ava will maintain a 4-exchange conversation on a peer-chosen topic.",
             "1 exchange", "80% of probes across 2 settings", us(D(2026, 9, 1)), "Active"],
            ["3", "Coping", "Ava will request a break using a break card when upset.", "",
             "80% of opportunities for 3 consecutive weeks", us(D(2026, 7, 1)), "Active"],
            ["4", "Flexibility", "Ava will tolerate an unexpected schedule change with no more than a verbal "
                                 "protest.", "", "90% of planned changes over 2 consecutive weeks",
             us(D(2026, 8, 1)), "Active"]],
        behavior_goals=[
            ["1", "Meltdown: screaming and/or hitting lasting more than 30 seconds.",
             "Reduce meltdowns to 1 or fewer per week.", "", "1 or fewer per week for 4 consecutive weeks",
             us(D(2026, 9, 1))]],
        caregiver_goals=[],
        services=[["97153", "Adaptive behavior treatment by protocol (RBT)", "RBT", "48", "12", "Clinic/school"],
                  ["97155", "Adaptive behavior treatment with protocol modification (BCBA)", "BCBA", "8", "2",
                   "Clinic/school"],
                  ["97156", "Family adaptive behavior treatment guidance", "BCBA", "4", "1", "Telehealth"]],
        auth_grid=[("Authorization period requested", f"{us(auth[0])} - {us(auth[1])}"),
                   ("Expected duration of this plan", "6 months"),
                   ("Next progress report / reassessment", us(D(2026, 8, 31))),
                   ("Total weekly hours requested", "15")],
        other=["Crisis plan: staff use the de-escalation protocol; no restraint.",
               "Coordination of care: school counselor and 504 team; releases on file.",
               "Discharge criteria: meltdowns at 1 or fewer per month and sustained peer play at recess."],
        sigs=[["Supervising BCBA", bcba[0], "Electronically signed", f"{us(plan)} 5:02 PM CST"],
              ["Parent/Guardian", "Kwame Boateng (father)", "Electronically signed via client portal",
               f"{us(D(2026, 3, 4))} 7:30 AM CST"]],
    )
    render_cr(p)
    label(p["file"], "commercial-aba", D(2026, 3, 12),
          must=[["caregiver-goal-missing"], ["baseline-missing"]],
          notes="Gaps: 'Caregiver Training Goals: No data recorded' (97156 is requested but no caregiver goal is "
                "written, and no other goal involves the parent); goals 1, 3 and 4 and behavior goal 1 have an "
                "empty baseline cell.")


def plan_aba5():
    plan = D(2026, 4, 7)
    auth = (D(2026, 4, 20), D(2026, 10, 19))
    pt = dict(first="Jaylen", last="Marchetti", dob=D(2023, 1, 30), client_id="BPA-1230")
    bcba = ("Priya Raman, MA, BCBA, LBA", npi("179905431"))
    p = dict(
        file="bp3_32_abapm_aba.docx", pt=pt, org=ORG_BRIGHTPATH, printed=dt(D(2026, 4, 14), 9, 5), pages=2,
        form_name="Treatment Plan v4 (Initial)",
        title="Behavior Analytic Treatment Plan", subtitle="Initial assessment and authorization request",
        client_grid=[("Client name", full_name(pt)), ("Date of birth", us(pt["dob"])),
                     ("Age", "3 years 2 months"), ("Gender", "Male"),
                     ("Parent/guardian", "Sofia Marchetti (mother)"), ("Primary language", "English"),
                     ("Insurance", "Cigna Open Access Plus"), ("Member ID", "U77104582 01"),
                     ("Group #", "3341877"), ("Plan date", us(plan)),
                     ("Supervising BCBA", bcba[0]), ("BCBA NPI", bcba[1])],
        dx_grid=[("Diagnosis", "F88 - Other disorders of psychological development (global developmental "
                               "delay); autism evaluation scheduled 06/2026"),
                 ("Secondary", "F80.2 - Mixed receptive-expressive language disorder"),
                 ("Diagnosed by", "Tamsin Greer, MD, Pediatrics"),
                 ("Date of diagnosis", us(D(2025, 12, 9))),
                 ("Diagnostic instruments", "M-CHAT-R/F positive; Bayley-4 (developmental pediatrics)")],
        assessments=[["VB-MAPP", us(D(2026, 3, 24)), "Priya Raman, BCBA", "Milestones 18/170 (Level 1)"],
                     ["Vineland-3", us(D(2026, 3, 26)), "Priya Raman, BCBA", "ABC 68"]],
        background=["Jaylen has about 5 words, limited imitation and frequent head-banging when routines change. "
                    "He has been on the waitlist for an autism diagnostic evaluation since January 2026."],
        skill_goals=[
            ["1", "Communication", "Jaylen will mand for 10 preferred items using a word, sign or picture.",
             "2 items", "80% across 3 consecutive sessions", "", "Active"],
            ["2", "Imitation", "Jaylen will imitate 10 gross motor actions.", "2 actions",
             "80% across 3 consecutive sessions", "", "Active"],
            ["3", "Listener", "Jaylen will touch named body parts (5).", "0", "80% across 2 therapists", "",
             "Active"]],
        behavior_goals=[
            ["1", "Head-banging: forehead contacting a hard surface with audible force.",
             "Reduce head-banging to 0-1 per day.", "Avg 7 per day", "0-1 per day for 4 consecutive weeks", ""]],
        caregiver_goals=[
            ["1", "Mother will use 2 functional communication prompts during meals.", "0 prompts",
             "2 prompts in 4 of 5 probes", ""]],
        services=[["97153", "Adaptive behavior treatment by protocol (RBT)", "RBT", "60", "15", "Home"],
                  ["97155", "Adaptive behavior treatment with protocol modification (BCBA)", "BCBA", "8", "2",
                   "Home"],
                  ["97156", "Family adaptive behavior treatment guidance", "BCBA", "4", "1", "Home"]],
        auth_grid=[("Authorization period requested", f"{us(auth[0])} - {us(auth[1])}"),
                   ("Expected duration of this plan", "6 months"),
                   ("Next progress report / reassessment", us(D(2026, 9, 30))),
                   ("Total weekly hours requested", "18")],
        other=["Crisis plan: protective helmet per pediatrician for head-banging episodes.",
               "Coordination of care: Early Childhood Intervention (speech) 2x/month.",
               "Discharge criteria: to be set after diagnostic evaluation."],
        sigs=[["Supervising BCBA", bcba[0], "Electronically signed", f"{us(plan)} 4:15 PM CDT"],
              ["Parent/Guardian", "Sofia Marchetti (mother)", "Pending - sent to client portal", ""]],
    )
    render_cr(p)
    label(p["file"], "commercial-aba", D(2026, 4, 14),
          must=[["diagnosis-not-covered"], ["signature-missing"], ["goal-not-time-bound"]],
          notes="Gaps: primary diagnosis F88 (global developmental delay; autism evaluation only scheduled) is "
                "not an autism spectrum diagnosis; the parent signature is 'Pending - sent to client portal' with "
                "no date; no goal has a target date (the Target date column is empty).")


# ============================================================================================
# Family M: ABA clinical platform (Rethink-like): one card (2-column table) per goal
# ============================================================================================
def render_rethink(p):
    pt, org = p["pt"], p["org"]
    doc = new_doc("Arial", 9, margin=0.7)
    sec = doc.sections[0]
    clear_part(sec.header)
    para(sec.header, f"{org['name']} \u2014 {org['city']}", size=8, color="7F7F7F", space_after=0)
    para(sec.header, f"{full_name(pt)} | DOB {us(pt['dob'])} | Member ID {pt['member_id']}", size=8,
         color="7F7F7F", space_after=0)
    clear_part(sec.footer)
    footer_line(sec.footer, f"Report generated {us(p['printed'].date())} \u2022 Confidential", p["pages"])

    para(doc, "Individualized Treatment Plan", bold=True, size=16, color="C55A11")
    para(doc, p["plan_kind"], size=10)
    rule_heading(doc, "Identifying Information", color="C55A11")
    for k, v in p["ident"]:
        para(doc, f"**{k}:** {v}")
    rule_heading(doc, "Diagnostic Information", color="C55A11")
    for k, v in p["dx"]:
        para(doc, f"**{k}:** {v}")
    rule_heading(doc, "Assessment Results", color="C55A11")
    table(doc, ["Assessment", "Date administered", "Summary"], p["assessments"], fill="FBE4D5",
          widths=[1.7, 1.2, 4.1])
    para(doc, p.get("assessment_note", ""), italic=True, size=8.5)

    for section_title, goals in p["goal_sections"]:
        rule_heading(doc, section_title, color="C55A11")
        for g in goals:
            t = doc.add_table(rows=0, cols=2)
            _set_borders(t, color="F4B183")
            for k, v in g:
                row = t.add_row()
                _no_split(row)
                _cell_text(row.cells[0], k, bold=True, size=8.5)
                _shade(row.cells[0], "FBE4D5")
                _cell_text(row.cells[1], v, size=8.5)
                row.cells[0].width = Inches(1.7)
                row.cells[1].width = Inches(5.3)
            para(doc, "", space_after=3)

    rule_heading(doc, "Recommended Services", color="C55A11")
    table(doc, ["Service", "CPT", "Hours per week", "Units per week", "Location"], p["services"], fill="FBE4D5")
    for k, v in p["period"]:
        para(doc, f"**{k}:** {v}")
    rule_heading(doc, "Signatures", color="C55A11")
    for s in p["sigs"]:
        para(doc, s)
    save(doc, p["file"], p)


def plan_aba2():
    plan = D(2026, 5, 12)
    pt = dict(first="Noor", last="Haddad", dob=D(2020, 2, 8), member_id="H60218837")
    p = dict(
        file="bp3_33_abacards_aba.docx", pt=pt,
        org=dict(name="Evergreen Behavioral Health Partners", city="Bellevue, WA"),
        printed=dt(D(2026, 5, 29), 10, 0), pages=2, plan_kind="Reassessment / continued authorization",
        ident=[("Client", full_name(pt)), ("Date of birth", us(pt["dob"])), ("Age", "6 years 3 months"),
               ("Guardian", "Samira Haddad (mother)"), ("Payer", "Premera Blue Cross"),
               ("Member ID", pt["member_id"]), ("Plan date", us(plan)),
               ("Case supervisor", "Elena Voronova, MS, BCBA (NPI " + npi("185530647") + ")")],
        dx=[("Primary diagnosis", "F84.0 Autistic disorder"),
            ("Diagnosing provider", "Dr. Kenji Watanabe, PhD, licensed psychologist, Seattle Children's Autism "
                                    "Center"),
            ("Date of diagnostic evaluation", us(D(2023, 6, 20)))],
        assessments=[["VB-MAPP (re-administration)", us(D(2026, 4, 28)), "Milestones 118/170 (Level 3 emerging)"],
                     ["Vineland-3", us(D(2026, 4, 30)), "ABC 79 (up from 70 in 05/2025)"],
                     ["PEAK-DT", us(D(2026, 5, 1)), "Direct training module 112/184"]],
        assessment_note="Full scoring protocols attached.",
        goal_sections=[
            ("Skill Acquisition", [
                [("Goal area", "Communication"), ("Goal", "Noor will answer 'wh' questions (who, what, where) "
                                                          "about a short story read aloud."),
                 ("Baseline", "35% correct (04/28/2026)"), ("Mastery criteria", "80% correct across 3 consecutive "
                                                                                 "sessions with 2 instructors"),
                 ("Start date", us(plan)), ("Target date", us(D(2026, 10, 30))), ("Status", "In progress")],
                [("Goal area", "Social"), ("Goal", "Noor will join a peer game and follow its rules for 5 minutes."),
                 ("Baseline", "1 minute with adult prompts"), ("Mastery criteria", "5 minutes on 4 of 5 "
                                                                                    "opportunities"),
                 ("Start date", us(plan)), ("Target date", us(D(2026, 10, 30))), ("Status", "In progress")],
                [("Goal area", "Daily living"), ("Goal", "Noor will complete her morning routine (dress, brush "
                                                         "teeth, pack bag) using a visual schedule."),
                 ("Baseline", "4 of 10 steps independent"), ("Mastery criteria", "10 of 10 steps independent for 5 "
                                                                                  "consecutive school days"),
                 ("Start date", us(plan)), ("Target date", us(D(2026, 9, 30))), ("Status", "In progress")]]),
            ("Behavior Reduction", [
                [("Target behavior", "Aggression (hitting, kicking) toward her brother"),
                 ("Goal", "Aggression will decrease to 1 or fewer episodes per week."),
                 ("Baseline", "Avg 4.5 per week (Mar-Apr 2026)"),
                 ("Mastery criteria", "1 or fewer per week for 6 consecutive weeks"),
                 ("Start date", us(plan)), ("Target date", us(D(2026, 10, 30))), ("Status", "In progress")]]),
            ("Parent Training", [
                [("Goal area", "Caregiver training"),
                 ("Goal", "Samira will run a 10-minute structured play session using planned ignoring and "
                          "differential reinforcement."),
                 ("Baseline", "60% fidelity"), ("Mastery criteria", "90% fidelity on 3 consecutive observations"),
                 ("Start date", us(plan)), ("Target date", us(D(2026, 8, 31))), ("Status", "In progress")]]),
        ],
        services=[["Direct ABA by technician", "97153", "15", "60", "Home/school"],
                  ["Protocol modification by BCBA", "97155", "2", "8", "Home/school"],
                  ["Parent training", "97156", "1", "4", "Home/telehealth"]],
        period=[("Requested authorization period", f"{us(D(2026, 6, 1))} through {us(D(2026, 11, 30))}"),
                ("Plan review / next reassessment due", us(D(2026, 10, 30)))],
        sigs=[f"BCBA: Elena Voronova, MS, BCBA \u2014 e-signed {us(plan)} 2:18 PM PDT",
              f"Parent/Guardian: Samira Haddad \u2014 e-signed {us(D(2026, 5, 13))} 6:40 PM PDT"],
    )
    render_rethink(p)
    label(p["file"], "commercial-aba", D(2026, 5, 29),
          notes="Clean. Continued authorization 06/01-11/30/2026; reassessment 10/30/2026 (171 days after the plan); "
                "parent-training goal with fidelity baseline and mastery; VB-MAPP re-administered 04/2026.")


def plan_aba4():
    plan = D(2026, 1, 26)
    pt = dict(first="Elliot", last="Nakagawa-Brooks", dob=D(2018, 10, 17), member_id="XEK802713554")
    p = dict(
        file="bp3_34_abacards_aba.docx", pt=pt,
        org=dict(name="Summit Pediatric Behavior Therapy", city="Denver, CO"),
        printed=dt(D(2026, 2, 3), 9, 30), pages=2, plan_kind="Continued authorization request",
        ident=[("Client", full_name(pt)), ("Date of birth", us(pt["dob"])), ("Age", "7 years 3 months"),
               ("Guardian", "Rachel Brooks (mother)"), ("Payer", "UnitedHealthcare Choice Plus"),
               ("Member ID", pt["member_id"]), ("Plan date", us(plan)),
               ("Case supervisor", "Jonah Feld, MA, BCBA (NPI " + npi("112034596") + ")")],
        dx=[("Primary diagnosis", "F84.0 Autistic disorder"),
            ("Diagnosing provider", "Dr. Alicia Montoya, PsyD, licensed psychologist"),
            ("Date of diagnostic evaluation", us(D(2022, 2, 11)))],
        assessments=[["VB-MAPP", us(D(2024, 8, 12)), "Milestones 131/170"],
                     ["Vineland-3", us(D(2024, 7, 30)), "ABC 72"]],
        assessment_note="Reassessment scheduled for 02/2026 after authorization.",
        goal_sections=[
            ("Skill Acquisition", [
                [("Goal area", "Social communication"),
                 ("Goal", "Elliot will ask a peer a follow-up question during conversation."),
                 ("Baseline", "0-1 per 10-minute probe"), ("Mastery criteria", "3 or more per 10-minute probe "
                                                                                 "across 3 sessions"),
                 ("Start date", us(plan)), ("Target date", us(D(2026, 7, 24))), ("Status", "In progress")],
                [("Goal area", "Executive function"),
                 ("Goal", "Elliot will complete a 3-step homework routine with a self-monitoring checklist."),
                 ("Baseline", "1 of 3 steps"), ("Mastery criteria", "3 of 3 steps on 4 of 5 school days"),
                 ("Start date", us(plan)), ("Target date", us(D(2026, 7, 24))), ("Status", "In progress")]]),
            ("Behavior Reduction", [
                [("Target behavior", "Verbal outbursts (yelling, swearing) lasting more than 10 seconds"),
                 ("Goal", "Outbursts will decrease to 2 or fewer per week."),
                 ("Baseline", "Avg 8 per week"), ("Mastery criteria", "2 or fewer per week for 4 consecutive weeks"),
                 ("Start date", us(plan)), ("Target date", us(D(2026, 7, 24))), ("Status", "In progress")]]),
            ("Parent Training", [
                [("Goal area", "Caregiver training"),
                 ("Goal", "Rachel will deliver the token economy as written at home."),
                 ("Baseline", "50% fidelity"), ("Mastery criteria", "90% fidelity across 3 observations"),
                 ("Start date", us(plan)), ("Target date", us(D(2026, 5, 29))), ("Status", "In progress")]]),
        ],
        services=[["Direct ABA by technician", "97153", "10", "40", "Home/community"],
                  ["Protocol modification by BCBA", "97155", "2", "8", "Home/community"],
                  ["Parent training", "97156", "1", "4", "Home"]],
        period=[("Requested authorization period", f"{us(D(2026, 2, 1))} through {us(D(2027, 1, 31))}"),
                ("Expected duration", "12 months"),
                ("Plan review / next progress report due", us(D(2026, 7, 24)))],
        sigs=[f"BCBA: Jonah Feld, MA, BCBA \u2014 e-signed {us(plan)} 11:02 AM MST",
              f"Parent/Guardian: Rachel Brooks \u2014 e-signed {us(plan)} 5:47 PM MST"],
    )
    render_rethink(p)
    label(p["file"], "commercial-aba", D(2026, 2, 3),
          must=[["assessment-outdated"], ["duration-exceeds-limit"]],
          notes="Gaps: latest standardized assessments are VB-MAPP 08/12/2024 and Vineland-3 07/30/2024, more "
                "than a year before the 01/26/2026 plan; requested authorization 02/01/2026-01/31/2027 and "
                "expected duration 12 months exceed 6 months. Next progress report 07/24/2026 is within 6 months, "
                "so the review interval itself is not a gap.")


# ============================================================================================
# Family N: addiction-treatment EMR (Kipu-like) master treatment plan
# ============================================================================================
PART2 = ("This information has been disclosed to you from records protected by federal confidentiality rules "
         "(42 CFR part 2). Further disclosure is prohibited unless expressly permitted.")


def render_kipu(p):
    pt, org = p["pt"], p["org"]
    doc = new_doc("Calibri", 9.5, margin=0.6, different_first=True)
    sec = doc.sections[0]
    # first page: letterhead; later pages: compact banner
    fph = sec.first_page_header
    clear_part(fph)
    para(fph, org["name"], bold=True, size=13, align="center", space_after=0)
    para(fph, f"{org['street']}, {org['city']}  \u2022  {org['phone']}  \u2022  {org['license']}", size=8,
         align="center", space_after=0)
    clear_part(sec.header)
    para(sec.header, f"{full_name(pt)}  |  MR# {pt['mrn']}  |  DOB {us(pt['dob'])}  |  Admit {us(p['admit'])}",
         size=8, space_after=0)
    for part in (sec.footer, sec.first_page_footer):
        clear_part(part)
        para(part, PART2, size=6.5, italic=True, space_after=0)
        footer_line(part, f"Printed by {p['printed'][1]} on {us(p['printed'][0].date())} "
                          f"{t12(p['printed'][0].hour, p['printed'][0].minute)}", p["pages"])

    para(doc, p.get("title", "Master Treatment Plan"), bold=True, size=15, align="center")
    grid(doc, [("Patient", full_name(pt)), ("MR#", pt["mrn"]), ("DOB", us(pt["dob"])),
               ("Admission Date", us(p["admit"])), ("Level of Care", p["loc"]),
               ("Plan Date", us(p["plan_date"])), ("Insurance", pt["payer"]), ("Policy / Member #", pt["member_id"]),
               ("Primary Therapist", p["therapist"]), ("Projected Length of Stay", p["los"]),
               ("Projected Discharge", us(p["proj_dc"]) if p.get("proj_dc") else ""),
               ("Plan Review Date", us(p["review"]) if p.get("review") else "")], cols=2, label_fill="E2EFDA")

    rule_heading(doc, "Diagnoses (DSM-5-TR / ICD-10-CM)", color="375623")
    table(doc, ["Code", "Diagnosis", "Type"], p["dx"], fill="E2EFDA", widths=[0.9, 5.0, 1.0])
    if p.get("asam"):
        rule_heading(doc, "ASAM Dimensions (admission)", color="375623")
        table(doc, ["Dimension", "Risk rating", "Notes"], p["asam"], fill="E2EFDA", widths=[2.3, 0.9, 3.7])
    rule_heading(doc, "Patient's Statement", color="375623")
    para(doc, f"\u201c{p['statement']}\u201d", italic=True)

    for i, prob in enumerate(p["problems"], 1):
        bar(doc, f"Problem #{i}: {prob['name']}", fill="375623")
        para(doc, f"**As evidenced by:** {prob['evidence']}")
        para(doc, f"**Long-Term Goal:** {prob['goal']}")
        table(doc, ["#", "Short-Term Objective", "Target Date", "Status"],
              [[f"{i}.{k}", o[0], us(o[1]) if o[1] else "", o[2]] for k, o in enumerate(prob["objectives"], 1)],
              fill="E2EFDA", widths=[0.4, 4.6, 1.0, 0.9])
        table(doc, ["Intervention", "Frequency", "Responsible"], prob["interventions"], fill="E2EFDA",
              widths=[3.9, 1.6, 1.4])
    if p.get("dc_plan"):
        rule_heading(doc, "Discharge / Aftercare Planning", color="375623")
        para(doc, p["dc_plan"])
    rule_heading(doc, "Signatures", color="375623")
    table(doc, ["Signer", "Name / Credentials", "Signature", "Date / Time"], p["sigs"], fill="E2EFDA",
          widths=[1.5, 2.1, 1.9, 1.5])
    if p.get("audit"):
        rule_heading(doc, "Audit Trail", color="375623", size=9)
        table(doc, ["Timestamp", "User", "Action", "IP"], p["audit"], fill="EDEDED", size=7.5)
    save(doc, p["file"], p)


def plan_fl1():
    admit = D(2026, 2, 2)
    plan = D(2026, 2, 10)
    pt = dict(first="Brandon", last="Tillery", dob=D(1990, 6, 18), mrn="SR-26-0118",
              payer="Sunshine Health (Florida Medicaid)", member_id="5533018472")
    p = dict(
        file="bp3_35_sudemr_fl_sud.docx", pt=pt, admit=admit, plan_date=plan,
        org=dict(name="Coastal Springs Recovery Center", street="4450 Gulf Breeze Pkwy", city="Gulf Breeze, FL 32563",
                 phone="(850) 555-0135", license="DCF License #FL-SA-42197"),
        loc="Residential Treatment Level 2", therapist="Allison Greer, LMHC", los="45 days",
        proj_dc=D(2026, 3, 19), review=D(2026, 3, 3),
        printed=(dt(D(2026, 2, 24), 16, 2), "ur.coordinator"), pages=3,
        dx=[["F11.20", "Opioid use disorder, severe (Opioid dependence, uncomplicated)", "Primary"],
            ["F10.20", "Alcohol use disorder, moderate (Alcohol dependence, uncomplicated)", "Secondary"],
            ["F41.1", "Generalized anxiety disorder", "Secondary"]],
        asam=[["1. Intoxication/withdrawal", "Low", "Completed detox 01/29-02/01/2026"],
              ["2. Biomedical", "Low", "Hep C antibody positive, referred"],
              ["3. Emotional/behavioral", "Moderate", "Anxiety"],
              ["4. Readiness to change", "Moderate", "Externally motivated (probation)"],
              ["5. Relapse potential", "High", "3 prior treatment episodes"],
              ["6. Recovery environment", "High", "Lives with using partner"]],
        statement="I want to stay clean this time and be there for my son.",
        problems=[
            dict(name="Opioid and alcohol use (Dimensions 4-5)",
                 evidence="Daily fentanyl use for 3 years, 2 overdoses in 2025, drinking 8-10 beers daily, "
                          "3 prior relapses within 30 days of discharge.",
                 goal="Brandon will establish abstinence and a relapse-prevention plan he can follow after "
                      "discharge.",
                 objectives=[("Brandon will identify 5 personal relapse triggers and a coping response for each, "
                              "written in his relapse-prevention plan.", D(2026, 2, 24), "In progress"),
                             ("Brandon will have 100% negative urine drug screens on all random tests during "
                              "residential stay.", D(2026, 3, 19), "In progress"),
                             ("Brandon will attend at least 4 peer-support meetings (NA/AA/SMART) per week.",
                              D(2026, 3, 3), "In progress")],
                 interventions=[["Individual therapy (CBT/relapse prevention)", "1x weekly, 50 min",
                                 "Primary therapist"],
                                ["Group therapy - relapse prevention curriculum", "5x weekly, 90 min",
                                 "Group facilitator"],
                                ["Random urine drug screen", "At least 1x weekly", "Nursing"],
                                ["MAT evaluation and buprenorphine maintenance", "Daily dosing; MD review weekly",
                                 "Medical director"]]),
            dict(name="Anxiety (Dimension 3)",
                 evidence="GAD-7 of 15 at admission; reports using alcohol to sleep.",
                 goal="Brandon will manage anxiety without alcohol.",
                 objectives=[("Brandon will reduce GAD-7 from 15 to 9 or below.", D(2026, 3, 17), "In progress"),
                             ("Brandon will practice a breathing or grounding skill at least once daily, as "
                              "recorded on his skills card, 6 of 7 days.", D(2026, 2, 27), "In progress")],
                 interventions=[["Coping skills group (DBT-informed)", "3x weekly, 60 min", "Group facilitator"],
                                ["Psychiatric evaluation and medication management", "Weekly", "Psychiatric ARNP"]]),
            dict(name="Recovery environment (Dimension 6)",
                 evidence="Partner actively using; no sober housing arranged.",
                 goal="Brandon will have a safe, substance-free place to live after discharge.",
                 objectives=[("Brandon will complete 2 sober-living applications with his case manager.",
                              D(2026, 3, 3), "In progress")],
                 interventions=[["Case management", "2x weekly, 30 min", "Case manager"],
                                ["Family session (with mother)", "Every other week", "Primary therapist"]]),
        ],
        dc_plan="Step down to IOP (Level 2.1) with sober living; continue buprenorphine with community prescriber.",
        sigs=[["Patient", "Brandon Tillery", "e-signed (tablet)", f"{us(plan)} 2:41 PM"],
              ["Primary Therapist", "Allison Greer, LMHC", "e-signed", f"{us(plan)} 3:05 PM"],
              ["Clinical Supervisor (QP)", "Dr. Marisol Ibarra, PsyD", "e-signed", f"{us(D(2026, 2, 13))} 9:20 AM"],
              ["Medical Director", "Stephen Okafor, MD", "e-signed", f"{us(D(2026, 2, 12))} 7:55 AM"]],
        audit=[[f"{us(plan)} 1:58 PM", "agreer", "Created", "10.20.4.31"],
               [f"{us(plan)} 2:41 PM", "btillery (patient kiosk)", "Patient signed", "10.20.4.77"],
               [f"{us(plan)} 3:05 PM", "agreer", "Signed", "10.20.4.31"],
               [f"{us(D(2026, 2, 12))} 7:55 AM", "sokafor", "Signed", "10.20.4.12"],
               [f"{us(D(2026, 2, 13))} 9:20 AM", "mibarra", "Countersigned", "10.20.4.15"]],
    )
    render_kipu(p)
    label(p["file"], "base-treatment-plan", D(2026, 2, 25), states=["fl-65d-30"],
          notes="Clean. Florida residential level 2 (15-day deadline): plan 8 days after admission; QP "
                "countersigned 3 days after the plan; every intervention has a frequency.")


def plan_fl2():
    admit = D(2026, 1, 2)
    plan = D(2026, 1, 14)
    pt = dict(first="Kayla", last="Broussard", dob=D(1997, 2, 9), mrn="SR-26-0007",
              payer="Florida Blue PPO", member_id="H7A442198501")
    p = dict(
        file="bp3_36_sudemr_fl_sud.docx", pt=pt, admit=admit, plan_date=plan,
        org=dict(name="Coastal Springs Recovery Center", street="4450 Gulf Breeze Pkwy", city="Gulf Breeze, FL 32563",
                 phone="(850) 555-0135", license="DCF License #FL-SA-42197"),
        loc="Residential Level 1", therapist="Trevor Malone, LCSW", los="30 days",
        proj_dc=D(2026, 2, 1), review=D(2026, 1, 28),
        printed=(dt(D(2026, 2, 9), 10, 12), "ur.coordinator"), pages=2,
        dx=[["F15.20", "Stimulant use disorder, methamphetamine, severe (Other stimulant dependence, "
                       "uncomplicated)", "Primary"],
            ["F12.20", "Cannabis use disorder, moderate (Cannabis dependence, uncomplicated)", "Secondary"]],
        statement="I'm tired of losing everything.",
        problems=[
            dict(name="Methamphetamine use",
                 evidence="Daily IV methamphetamine use x 2 years; psychosis episode 12/2025; lost job and housing.",
                 goal="Kayla will stop using methamphetamine and build skills to stay abstinent.",
                 objectives=[("Kayla will understand the disease concept of addiction.", D(2026, 1, 21),
                              "In progress"),
                             ("Kayla will list 4 high-risk situations and a refusal skill for each in her relapse "
                              "prevention workbook.", D(2026, 1, 28), "In progress"),
                             ("Kayla will have negative urine drug screens on all random tests while in residential "
                              "care.", D(2026, 2, 1), "In progress")],
                 interventions=[["Individual therapy (Matrix model)", "2x weekly, 50 min", "Primary therapist"],
                                ["Group therapy (stimulant relapse prevention)", "Daily, 90 min", "Group facilitator"],
                                ["Random urine drug screen", "2x weekly", "Nursing"]]),
            dict(name="Housing and employment",
                 evidence="Homeless prior to admission; no income.",
                 goal="Kayla will have a housing plan at discharge.",
                 objectives=[("Kayla will submit 3 applications to recovery residences.", D(2026, 1, 28),
                              "In progress")],
                 interventions=[["Case management", "2x weekly", "Case manager"]]),
        ],
        dc_plan="Recovery residence and outpatient (Level 1) aftercare.",
        sigs=[["Patient", "Kayla Broussard", "e-signed (tablet)", f"{us(plan)} 11:10 AM"],
              ["Primary Therapist", "Trevor Malone, LCSW", "e-signed", f"{us(plan)} 11:32 AM"],
              ["Clinical Supervisor (QP)", "Dr. Marisol Ibarra, PsyD", "e-signed", f"{us(D(2026, 2, 3))} 4:48 PM"]],
    )
    render_kipu(p)
    label(p["file"], "base-treatment-plan", D(2026, 2, 10), states=["fl-65d-30"],
          must=[["plan-late"], ["signature-late"], ["objective-not-measurable"]],
          notes="Gaps: residential level 1 plan due within 7 days of the 01/02/2026 admission, dated 01/14/2026 "
                "(12 days); QP countersignature 02/03/2026 is 20 days after the plan (10 allowed); objective 1.1 "
                "'understand the disease concept of addiction' is not measurable.")


def plan_tx1():
    admit = D(2026, 2, 16)
    plan = D(2026, 2, 18)
    pt = dict(first="Ramon", last="Villarreal", dob=D(1984, 11, 3), mrn="IOP-26-0442",
              payer="Superior HealthPlan (Texas Medicaid STAR)", member_id="720118453")
    p = dict(
        file="bp3_37_sudemr_tx_sud.docx", pt=pt, admit=admit, plan_date=plan,
        title="Individualized Treatment Plan",
        org=dict(name="Lone Star Recovery Associates - IOP", street="2100 N. Main Ave, Suite 300",
                 city="San Antonio, TX 78212", phone="(210) 555-0119", license="HHSC CDTF License #3108"),
        loc="Intensive Outpatient (ASAM 2.1)", therapist="Delia Garza, LCDC", los="8 weeks (IOP)",
        proj_dc=D(2026, 4, 15), review=D(2026, 3, 18),
        printed=(dt(D(2026, 3, 9), 15, 30), "records"), pages=2,
        dx=[["F10.20", "Alcohol use disorder, severe (Alcohol dependence, uncomplicated)", "Primary"],
            ["F14.10", "Cocaine use disorder, mild (Cocaine abuse, uncomplicated)", "Secondary"]],
        statement="My wife said this is my last chance.",
        problems=[
            dict(name="Alcohol use",
                 evidence="Drinking a fifth of whiskey daily; DWI 01/2026; withdrawal tremors in the morning.",
                 goal="Ramon will stop drinking and learn to handle cravings without alcohol.",
                 objectives=[("Ramon will have negative breathalyzer and EtG results at every IOP session for "
                              "4 consecutive weeks.", D(2026, 3, 25), "Active"),
                             ("Ramon will name 3 cravings triggers and practice one coping skill for each in group.",
                              D(2026, 3, 4), "Active")],
                 interventions=[["Group counseling (IOP curriculum)", "3x weekly, 3 hours", "LCDC"],
                                ["Individual counseling", "1x weekly, 50 min", "Primary counselor"],
                                ["Breathalyzer / EtG urine testing", "Each session / 1x weekly", "Staff"]]),
            dict(name="Cocaine use",
                 evidence="Weekend cocaine use with drinking.",
                 goal="Ramon will stop using cocaine.",
                 objectives=[("Ramon will have 100% negative urine drug screens for cocaine through discharge.",
                              D(2026, 4, 15), "Active")],
                 interventions=[["Urine drug screen", "1x weekly (random)", "Staff"]]),
            dict(name="Family relationships",
                 evidence="Wife considering separation.",
                 goal="Ramon will rebuild trust with his wife.",
                 objectives=[("Ramon and his wife will attend 3 family sessions and agree on 2 household rules.",
                              D(2026, 4, 8), "Active")],
                 interventions=[["Family counseling", "Every other week, 50 min", "Primary counselor"]]),
        ],
        dc_plan="Step down to outpatient aftercare group 1x weekly; AA sponsor.",
        sigs=[["Client", "Ramon Villarreal", "e-signed (tablet)", f"{us(plan)} 6:15 PM"],
              ["Counselor", "Delia Garza, LCDC", "e-signed", f"{us(plan)} 6:30 PM"],
              ["Clinical Director", "Martin Ochoa, LPC-S, LCDC", "e-signed", f"{us(D(2026, 2, 19))} 9:02 AM"]],
    )
    render_kipu(p)
    label(p["file"], "base-treatment-plan", D(2026, 3, 10), states=["tx-26tac-564"],
          notes="Clean. Texas IOP: projected length of stay 8 weeks; client and counselor signed and dated; "
                "every objective measurable and dated; every strategy has a frequency.")


# ============================================================================================
# Family O: behavioral-health/SUD EHR (Sigmund/Netsmart-like) comprehensive plan in one wide grid,
#           landscape, with a physician review block
# ============================================================================================
def render_grid_sud(p):
    pt, org = p["pt"], p["org"]
    doc = new_doc("Arial", 8.5, landscape=True, margin=0.5)
    sec = doc.sections[0]
    clear_part(sec.header)
    header_table(sec.header, [f"**{org['name']}**", org["cert"], f"{org['street']}, {org['city']}  {org['phone']}"],
                 [f"**{last_first(pt, upper=True)}**", f"Case #: {pt['case']}", f"DOB: {us(pt['dob'])}"],
                 widths=(6.0, 4.0))
    clear_part(sec.footer)
    para(sec.footer, PART2, size=6.5, italic=True, space_after=0)
    pr = p["printed"]
    footer_line(sec.footer, f"Printed {us(pr.date())} {t12(pr.hour, pr.minute)}  |  {p['form']}", p["pages"])

    para(doc, p["title"], bold=True, size=14)
    grid(doc, p["top"], cols=3, label_fill="D9D9D9")
    para(doc, "Diagnoses", bold=True, size=10, space_before=4)
    table(doc, ["ICD-10-CM", "Description", "Rank"], p["dx"], fill="D9D9D9", widths=[1.2, 7.0, 1.0])
    para(doc, "Problems, Goals, Objectives and Methods", bold=True, size=10, space_before=4)
    table(doc, ["#", "Problem", "Goal", "Objective", "Target date", "Methods / Interventions", "Frequency",
                "Staff"], p["rows"], fill="D9D9D9", size=7.5,
          widths=[0.4, 1.4, 1.5, 2.2, 0.8, 1.7, 1.0, 0.9])
    if p.get("notes"):
        para(doc, p["notes"], size=8, italic=True)
    para(doc, "Signatures", bold=True, size=10, space_before=6)
    for block in p["sig_blocks"]:
        sig_line(doc, block[0], block[1], "Date", block[2], size=8.5)
    save(doc, p["file"], p)


def plan_ny1():
    admit = D(2026, 3, 2)
    plan = D(2026, 3, 6)
    pt = dict(first="Dominic", last="Ferraro", dob=D(1979, 7, 25), case="IR-26-0311")
    p = dict(
        file="bp3_38_sudgrid_ny_sud.docx", pt=pt, printed=dt(D(2026, 3, 19), 14, 5), pages=1,
        form="Comprehensive Treatment Plan (Inpatient Rehabilitation)",
        org=dict(name="Mohawk Valley Recovery Center", cert="OASAS Operating Certificate 10342-01 \u2022 Part 818 "
                                                            "Inpatient Rehabilitation",
                 street="85 Genesee St", city="New Hartford, NY 13413", phone="(315) 555-0174"),
        title="Comprehensive Treatment Plan",
        top=[("Patient", full_name(pt)), ("Admission date", us(admit)), ("Plan date", us(plan)),
             ("Medicaid CIN", "KT48215M"), ("Payer", "Fidelis Care (Medicaid Managed Care)"),
             ("Program", "Inpatient Rehabilitation"),
             ("Responsible clinician", "Colleen Brody, CASAC"), ("Attending physician", "Viktor Ilyin, MD"),
             ("Next review", us(D(2026, 3, 20)))],
        dx=[["F10.20", "Alcohol dependence, uncomplicated (AUD, severe)", "Primary"],
            ["F13.20", "Sedative, hypnotic or anxiolytic dependence, uncomplicated", "Secondary"],
            ["K70.30", "Alcoholic cirrhosis of liver without ascites", "Secondary"]],
        rows=[["1", "Alcohol and benzodiazepine use", "Abstain from alcohol and non-prescribed sedatives",
               "Dominic will identify 5 triggers and a written coping plan for each.", us(D(2026, 3, 16)),
               "Individual counseling (CBT relapse prevention)", "2x weekly, 45 min", "CASAC"],
              ["", "", "", "Dominic will attend 100% of scheduled groups.", us(D(2026, 3, 27)),
               "Group counseling", "Daily, 60 min", "Counseling staff"],
              ["2", "Liver disease", "Follow medical plan for cirrhosis",
               "Dominic will attend hepatology follow-up and complete labs as ordered (2 of 2).",
               us(D(2026, 3, 30)), "Medical monitoring; health education", "Weekly", "Physician / RN"],
              ["3", "Family conflict", "Repair relationship with daughter",
               "Dominic and his daughter will complete 2 family sessions.", us(D(2026, 3, 27)),
               "Family session", "Weekly", "CASAC"]],
        notes="Patient participated in developing this plan and received a copy.",
        sig_blocks=[("Patient signature", "Dominic Ferraro (signed)", us(plan)),
                    ("Responsible clinical staff member", "Colleen Brody, CASAC  /s/ electronically", us(plan)),
                    ("Physician review: I have reviewed this treatment plan", "Viktor Ilyin, MD  /s/ electronically",
                     us(D(2026, 3, 9)))],
    )
    render_grid_sud(p)
    label(p["file"], "base-treatment-plan", D(2026, 3, 20), states=["ny-oasas-818"],
          notes="Clean. NY inpatient rehabilitation: plan 4 days after admission, physician review signed 7 days "
                "after admission, responsible CASAC signed. The date of birth is printed only in the page-header "
                "banner (landscape wide grid layout).")


def plan_ny2():
    admit = D(2026, 3, 5)
    plan = D(2026, 3, 10)
    pt = dict(first="Latoya", last="Pickens", dob=D(1992, 1, 4), case="IR-26-0347")
    p = dict(
        file="bp3_39_sudgrid_ny_sud.docx", pt=pt, printed=dt(D(2026, 3, 26), 9, 48), pages=1,
        form="Comprehensive Treatment Plan (Inpatient Rehabilitation)",
        org=dict(name="Mohawk Valley Recovery Center", cert="OASAS Operating Certificate 10342-01 \u2022 Part 818 "
                                                            "Inpatient Rehabilitation",
                 street="85 Genesee St", city="New Hartford, NY 13413", phone="(315) 555-0174"),
        title="Comprehensive Treatment Plan",
        top=[("Patient", full_name(pt)), ("Admission date", us(admit)), ("Plan date", us(plan)),
             ("Medicaid CIN", "RW73019P"), ("Payer", "NY Medicaid FFS"), ("Program", "Inpatient Rehabilitation"),
             ("Responsible clinician", "Abdul Rahman, LMHC, CASAC"), ("Attending physician", "Viktor Ilyin, MD"),
             ("Next review", us(D(2026, 3, 24)))],
        dx=[["F11.20", "Opioid dependence, uncomplicated", "Primary"],
            ["F43.10", "Post-traumatic stress disorder, unspecified", "Secondary"]],
        rows=[["1", "Opioid use", "Sustain recovery from opioids",
               "Latoya will complete a written relapse prevention plan with 4 triggers and responses.",
               us(D(2026, 3, 24)), "No data recorded", "", ""],
              ["2", "Trauma symptoms", "Feel safer and manage trauma reminders",
               "Latoya will use a grounding skill during distress on 5 of 7 days (diary card).",
               us(D(2026, 3, 31)), "No data recorded", "", ""],
              ["3", "Medication for OUD", "Continue MOUD after discharge",
               "Latoya will have an intake appointment with a community buprenorphine prescriber before discharge.",
               us(D(2026, 4, 3)), "No data recorded", "", ""]],
        sig_blocks=[("Patient signature", "Latoya Pickens (signed)", us(plan)),
                    ("Responsible clinical staff member", "Abdul Rahman, LMHC, CASAC  /s/ electronically", us(plan)),
                    ("Physician review: I have reviewed this treatment plan", "Viktor Ilyin, MD  /s/ electronically",
                     us(D(2026, 3, 20)))],
    )
    render_grid_sud(p)
    label(p["file"], "base-treatment-plan", D(2026, 3, 27), states=["ny-oasas-818"],
          must=[["signature-late"], ["intervention-missing"]],
          notes="Gaps: physician review signed 03/20/2026, 15 days after the 03/05/2026 admission (10 allowed); "
                "every 'Methods / Interventions' cell says 'No data recorded', so the plan states no methods of "
                "treatment. Plan itself is timely (5 days). Date of birth only in the page header.")


def plan_tx2():
    admit = D(2026, 3, 23)
    plan = D(2026, 3, 30)
    pt = dict(first="Shane", last="McAllister", dob=D(1999, 9, 12), case="OP-26-1120")
    p = dict(
        file="bp3_40_sudgrid_tx_sud.docx", pt=pt, printed=dt(D(2026, 4, 14), 11, 15), pages=2,
        form="Treatment Plan (Outpatient)",
        org=dict(name="Panhandle Plains Recovery Services", cert="HHSC Chemical Dependency Treatment Facility "
                                                                 "License #2245",
                 street="1601 S. Georgia St", city="Amarillo, TX 79102", phone="(806) 555-0163"),
        title="Individualized Treatment Plan",
        top=[("Client", full_name(pt)), ("Admission date", us(admit)), ("Plan date", us(plan)),
             ("Member ID", "BCT882019374"), ("Payer", "BlueCross BlueShield of Texas"),
             ("Program", "Outpatient (ASAM 1.0)"), ("Counselor", "Wade Hollis, LCDC"),
             ("Projected length of stay", "12 weeks"), ("Next review", us(D(2026, 4, 27)))],
        dx=[["F12.20", "Cannabis dependence, uncomplicated", "Primary"],
            ["F10.10", "Alcohol abuse, uncomplicated", "Secondary"]],
        rows=[["1", "Daily cannabis use", "Stop using cannabis",
               "Shane will provide negative THC screens on 4 consecutive weekly tests.", us(D(2026, 5, 4)),
               "Individual counseling (MI/CBT)", "Weekly, 50 min", "Counselor"],
              ["", "", "", "Shane will identify 3 alternative evening activities and do one at least 4 nights a "
                           "week.", "", "Group counseling", "2x weekly, 90 min", "Counselor"],
              ["2", "Binge drinking", "Drink safely or not at all",
               "Shane will have no more than 1 drinking day per week, per breathalyzer checks and self-report log.",
               us(D(2026, 5, 18)), "Breathalyzer at each visit; psychoeducation", "Each visit", "Staff"],
              ["3", "Probation requirements", "Complete probation terms",
               "Shane will attend 100% of scheduled probation meetings and provide attendance sheets.",
               us(D(2026, 6, 22)), "Case management", "Every other week", "Counselor"]],
        sig_blocks=[("Client signature", "Shane McAllister (signed on pad)", ""),
                    ("Counselor signature", "Wade Hollis, LCDC  /s/ electronically", us(plan)),
                    ("Clinical supervisor (QCC) review", "Not required - counselor is fully licensed", "")],
    )
    render_grid_sud(p)
    label(p["file"], "base-treatment-plan", D(2026, 4, 15), states=["tx-26tac-564"],
          must=[["objective-not-time-bound"], ["signature-missing"]],
          notes="Gaps: objective 1b (alternative evening activities) has no target date and its goal has none "
                "either; the client signed on the pad but the Date line is blank. The supervisor line is "
                "marked not required. Date of birth only in the page header.")


# ============================================================================================
# Family P: opioid treatment program dosing/EHR system (NTP) treatment plan print
# ============================================================================================
def render_ntp(p):
    pt, org = p["pt"], p["org"]
    doc = new_doc("Tahoma", 9, margin=0.65)
    sec = doc.sections[0]
    clear_part(sec.header)
    header_table(sec.header, [f"**{org['name']}**", f"{org['street']}, {org['city']}", org["license"]],
                 [f"Patient: {last_first(pt)}", f"Patient #: {pt['pid']}", f"Medi-Cal CIN: {pt['cin']}"])
    clear_part(sec.footer)
    para(sec.footer, PART2, size=6.5, italic=True, space_after=0)
    pr = p["printed"]
    footer_line(sec.footer, f"Run date {us(pr.date())} {t24(pr.hour, pr.minute)}  User: {p['user']}", p["pages"])

    para(doc, p["title"], bold=True, size=13, align="center")
    grid(doc, [("Patient name", full_name(pt)), ("Date of birth", us(pt["dob"])),
               ("Admission / maintenance start", us(p["admit"])), ("Plan effective date", us(p["plan_date"])),
               ("Program", "Narcotic Treatment Program - Maintenance"), ("Medication / dose", p["dose"]),
               ("Primary counselor", p["counselor"]), ("Take-home step", p.get("step", "Level 0")),
               ("Next quarterly update due", us(p["next"]) if p.get("next") else ""),
               ("Funding", "Drug Medi-Cal ODS")], cols=2, label_fill="FFF2CC")
    rule_heading(doc, "Diagnosis")
    if p["dx"]:
        for d in p["dx"]:
            para(doc, f"{box(True)} {d}")
    else:
        para(doc, p.get("dx_note", "No data recorded"), italic=True)
    rule_heading(doc, "Problem Areas Identified at Assessment")
    table(doc, ["Area", "Identified", "Description"], p["areas"], fill="FFF2CC", widths=[1.6, 0.8, 4.6])
    rule_heading(doc, "Goals and Short-Term Objectives")
    for i, g in enumerate(p["goals"], 1):
        para(doc, f"**Long-term goal {i}:** {g['goal']}", space_before=3)
        table(doc, ["Obj.", "Short-term goal (objective)", "Action steps", "Target date", "Status"],
              [[f"{i}{'ABCDE'[k]}", o[0], o[1], us(o[2]) if o[2] else "", "Open"]
               for k, o in enumerate(g["objectives"])], fill="FFF2CC", widths=[0.4, 2.6, 2.2, 0.9, 0.6])
    rule_heading(doc, "Services")
    table(doc, ["Service", "Frequency", "Provider"], p["services"], fill="FFF2CC", widths=[3.2, 2.2, 1.6])
    rule_heading(doc, "Review and Signatures")
    para(doc, "Per 9 CCR 10305 the plan is reviewed and countersigned by the supervising counselor and the "
              "medical director within 14 days of the effective date and updated at least every three months.",
         size=8, italic=True)
    table(doc, ["Role", "Name", "Signature", "Date signed"], p["sigs"], fill="FFF2CC", widths=[1.8, 2.0, 1.9, 1.3])
    save(doc, p["file"], p)


def plan_ca1():
    admit = D(2026, 1, 12)
    plan = D(2026, 2, 2)
    pt = dict(first="Luis", last="Echeverria", dob=D(1976, 4, 30), pid="NTP-88410", cin="92418736C")
    nxt = add_days(admit, 91)
    p = dict(
        file="bp3_41_ntp_ca_sud.docx", pt=pt, admit=admit, plan_date=plan, next=nxt,
        org=dict(name="Central Valley Comprehensive Treatment Center", street="2425 E. Ventura Ave",
                 city="Fresno, CA 93721", license="DHCS NTP License #10-0218"),
        title="NARCOTIC TREATMENT PROGRAM - INITIAL TREATMENT PLAN", dose="Methadone 85 mg PO daily",
        counselor="Rosa Delgado, CADC-II", printed=dt(D(2026, 2, 27), 8, 15), user="rdelgado", pages=2,
        dx=["F11.20  Opioid dependence, uncomplicated (Opioid use disorder, severe)",
            "F17.210  Nicotine dependence, cigarettes, uncomplicated"],
        areas=[["Substance use", "Yes", "Heroin/fentanyl use x 12 years; 1 overdose 2024"],
               ["Medical", "Yes", "Hepatitis C, untreated"], ["Employment", "Yes", "Unemployed since 2025"],
               ["Legal", "No", ""], ["Family/social", "Yes", "Estranged from sister"]],
        goals=[
            dict(goal="Luis will stop using illicit opioids and stabilize on methadone.",
                 objectives=[("Luis will have urine drug screens negative for illicit opioids on 4 consecutive "
                              "monthly tests.", "Attend daily dosing; monthly UDS", D(2026, 4, 30)),
                             ("Luis will reach a stable methadone dose with no withdrawal symptoms (COWS under 5) "
                              "at 3 consecutive weekly checks.", "Dose reviews with medical staff", D(2026, 3, 16))]),
            dict(goal="Luis will start treatment for hepatitis C.",
                 objectives=[("Luis will complete an HCV specialist visit and lab work.",
                              "Counselor assists with referral and transport", D(2026, 3, 31))]),
            dict(goal="Luis will find work.",
                 objectives=[("Luis will submit at least 5 job applications with help from the vocational "
                              "program.", "Weekly vocational group", D(2026, 4, 13))]),
        ],
        services=[["Methadone dosing", "Daily", "Nursing"],
                  ["Individual counseling", "At least 2 sessions per month (minimum 50 min/month)",
                   "Primary counselor"],
                  ["Urine drug screening", "At least monthly (random)", "Nursing"],
                  ["Medical review", "Every 90 days and as needed", "Medical director"]],
        sigs=[["Patient", "Luis Echeverria", "Signed", us(plan)],
              ["Primary counselor", "Rosa Delgado, CADC-II", "e-signed", us(plan)],
              ["Supervising counselor", "Thomas Kwan, LMFT, CADC-III", "e-signed", us(D(2026, 2, 6))],
              ["Medical director", "Anita Sorensen, MD", "e-signed", us(D(2026, 2, 9))]],
    )
    render_ntp(p)
    label(p["file"], "base-treatment-plan", D(2026, 3, 1), states=["ca-title9-ntp"],
          notes="Clean. CA NTP: plan 21 days after maintenance start; supervising counselor 4 days and medical "
                "director 7 days after the effective date; quarterly update due 04/13/2026 (91 days after "
                "admission); every short-term goal dated. The Medi-Cal CIN (member ID) is printed only in the "
                "page-header banner.")


def plan_ca2():
    admit = D(2026, 3, 16)
    plan = D(2026, 4, 6)
    pt = dict(first="Tiffany", last="Harjo", dob=D(1988, 12, 2), pid="NTP-88902", cin="93301457F")
    p = dict(
        file="bp3_42_ntp_ca_sud.docx", pt=pt, admit=admit, plan_date=plan, next=None,
        org=dict(name="Central Valley Comprehensive Treatment Center", street="2425 E. Ventura Ave",
                 city="Fresno, CA 93721", license="DHCS NTP License #10-0218"),
        title="NARCOTIC TREATMENT PROGRAM - INITIAL TREATMENT PLAN", dose="Buprenorphine/naloxone 16/4 mg SL daily",
        counselor="Marcus Bell, RADT-II", printed=dt(D(2026, 4, 20), 10, 40), user="mbell", pages=2,
        dx=[], dx_note="Refer to medical director's admission history and physical.",
        areas=[["Substance use", "Yes", "Oxycodone then fentanyl x 6 years"],
               ["Mental health", "Yes", "Depression, sees county MH"], ["Housing", "Yes", "Staying with friends"]],
        goals=[
            dict(goal="Tiffany will stop using fentanyl.",
                 objectives=[("Tiffany will have UDS negative for fentanyl on 3 consecutive tests.",
                              "Daily dosing; random UDS", D(2026, 6, 15)),
                             ("Tiffany will attend 100% of scheduled counseling sessions.",
                              "Individual counseling", D(2026, 5, 31))]),
            dict(goal="Tiffany will have stable housing.",
                 objectives=[("Tiffany will complete a housing application with the county coordinated entry "
                              "system.", "Case management", D(2026, 5, 15))]),
        ],
        services=[["Buprenorphine dosing", "Daily", "Nursing"],
                  ["Individual counseling", "At least 2 sessions per month", "Primary counselor"],
                  ["Urine drug screening", "At least monthly (random)", "Nursing"]],
        sigs=[["Patient", "Tiffany Harjo", "Signed", us(plan)],
              ["Primary counselor", "Marcus Bell, RADT-II", "e-signed", us(plan)],
              ["Supervising counselor", "", "Pending co-signature", ""],
              ["Medical director", "Anita Sorensen, MD", "e-signed", us(D(2026, 4, 10))]],
    )
    render_ntp(p)
    label(p["file"], "base-treatment-plan", D(2026, 4, 20), states=["ca-title9-ntp"],
          must=[["review-date-missing"], ["signature-missing"], ["diagnosis-missing"]],
          unsure=["review-interval-exceeded", "review-overdue"],
          notes="Gaps: 'Next quarterly update due' is blank and no review date appears anywhere; the supervising "
                "counselor line is 'Pending co-signature' (no name, no date); the diagnosis section only refers "
                "to the H&P. Whether the missing review date is also reported as an interval or overdue problem "
                "is not judged. The Medi-Cal CIN (member ID) is printed only in the page-header banner.")


# ============================================================================================
# FHIR R4 exports (EHR API bulk / $everything style Bundles)
# ============================================================================================
CPT = "http://www.ama-assn.org/go/cpt"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
NPI_SYS = "http://hl7.org/fhir/sid/us-npi"
MBI_SYS = "http://hl7.org/fhir/sid/us-mbi"
SIGTYPE = "urn:iso-astm:E1762-95:2013"


def _ref(rtype, rid, display=None):
    r = {"reference": f"{rtype}/{rid}"}
    if display:
        r["display"] = display
    return r


def _entry(base, res):
    return {"fullUrl": f"{base}/{res['resourceType']}/{res['id']}", "resource": res}


def _narr(html):
    return {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{html}</div>'}


def fhir_patient(pid, pt, mrn_sys, member_sys=MBI_SYS, member_type="MB"):
    ids = [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                                  "code": "MR"}], "text": "MRN"},
            "system": mrn_sys, "value": pt["mrn"]}]
    if pt.get("member_id"):
        ids.append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                         "code": member_type}], "text": "Member Number"},
                    "system": member_sys, "value": pt["member_id"]})
    return {"resourceType": "Patient", "id": pid,
            "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"]},
            "identifier": ids, "active": True,
            "name": [{"use": "official", "family": pt["last"], "given": [pt["first"]] + ([pt["mi"]] if pt.get("mi") else [])}],
            "gender": pt["gender"], "birthDate": iso(pt["dob"]),
            "address": [{"use": "home", "line": [pt["street"]], "city": pt["city"], "state": pt["state"],
                         "postalCode": pt["zip"]}]}


TAXONOMY = {"LCSW": ("1041C0700X", "Clinical Social Worker"), "MD": ("207Q00000X", "Family Medicine Physician"),
            "DO": ("207R00000X", "Internal Medicine Physician"), "PT": ("225100000X", "Physical Therapist"),
            "DPT": ("225100000X", "Physical Therapist"), "BCBA": ("103K00000X", "Behavior Analyst"),
            "PhD": ("103T00000X", "Psychologist"), "RN": ("163W00000X", "Registered Nurse"),
            "NP": ("363L00000X", "Nurse Practitioner")}


def fhir_practitioner(rid, name_first, name_last, cred, npi_value, tax_key=None):
    tax = TAXONOMY[tax_key or cred]
    return {"resourceType": "Practitioner", "id": rid,
            "identifier": [{"system": NPI_SYS, "value": npi_value}],
            "name": [{"family": name_last, "given": [name_first], "suffix": [cred]}],
            "qualification": [{"code": {"coding": [{"system": "http://nucc.org/provider-taxonomy",
                                                    "code": tax[0], "display": tax[1]}],
                                        "text": cred}}]}


def fhir_condition(cid, pat, code, display, snomed=None, recorded=None, category="problem-list-item",
                   asserter=None, onset=None, note=None):
    codings = []
    if code:
        codings.append({"system": ICD, "code": code, "display": display})
    if snomed:
        codings.append({"system": SCT, "code": snomed[0], "display": snomed[1]})
    res = {"resourceType": "Condition", "id": cid,
           "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                          "code": "active"}]},
           "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                              "code": "confirmed"}]},
           "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                     "code": category}]}],
           "code": {"coding": codings, "text": display},
           "subject": pat}
    if recorded:
        res["recordedDate"] = recorded
    if onset:
        res["onsetDateTime"] = onset
    if asserter:
        res["asserter"] = asserter
    if note:
        res["note"] = [{"text": note}]
    return res


def fhir_goal(gid, pat, text, due, conds=(), targets=(), start=None, notes=(), category=None):
    res = {"resourceType": "Goal", "id": gid, "lifecycleStatus": "active",
           "achievementStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/goal-achievement",
                                             "code": "in-progress"}]},
           "description": {"text": text}, "subject": pat}
    if category:
        res["category"] = [{"text": category}]
    if start:
        res["startDate"] = start
    tg = []
    for t in targets:
        item = {}
        if t.get("measure"):
            item["measure"] = t["measure"]
        if "quantity" in t:
            item["detailQuantity"] = t["quantity"]
        if "string" in t:
            item["detailString"] = t["string"]
        if due:
            item["dueDate"] = due
        tg.append(item)
    if not tg and due:
        tg.append({"dueDate": due})
    if tg:
        res["target"] = tg
    if conds:
        res["addresses"] = list(conds)
    if notes:
        res["note"] = [{"text": n} for n in notes]
    return res


def fhir_timing(freq=None, period=None, unit=None, bounds_weeks=None, duration_min=None, bounds_period=None):
    rep = {}
    if freq:
        rep.update({"frequency": freq, "period": period, "periodUnit": unit})
    if duration_min:
        rep.update({"duration": duration_min, "durationUnit": "min"})
    if bounds_weeks:
        rep["boundsDuration"] = {"value": bounds_weeks, "unit": "wk", "system": "http://unitsofmeasure.org",
                                 "code": "wk"}
    if bounds_period:
        rep["boundsPeriod"] = bounds_period
    return {"repeat": rep}


def fhir_service(sid, pat, code, display, requester, timing=None, reasons=(), authored=None, note=None,
                 quantity=None, text=None):
    res = {"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "order",
           "code": {"coding": [{"system": CPT, "code": code, "display": display}], "text": text or display},
           "subject": pat, "requester": requester}
    if authored:
        res["authoredOn"] = authored
    if timing:
        res["occurrenceTiming"] = timing
    if quantity:
        res["quantityQuantity"] = quantity
    if reasons:
        res["reasonReference"] = list(reasons)
    if note:
        res["note"] = [{"text": note}]
    return res


def fhir_provenance(pid, targets, recorded, signatures, agents):
    return {"resourceType": "Provenance", "id": pid, "target": targets, "recorded": recorded,
            "agent": agents, "signature": signatures}


def fhir_sig(code, display, when, who, data="U2lnbmF0dXJlIG9uIGZpbGU="):
    return {"type": [{"system": SIGTYPE, "code": code, "display": display}], "when": when, "who": who,
            "sigFormat": "image/jpeg", "data": data}


def write_json(name, obj):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def fhir_f1():
    base = "https://fhir.prairielakesbh.example.org/api/FHIR/R4"
    plan = D(2026, 6, 8)
    intake = D(2026, 6, 1)
    pt = dict(first="Clifford", mi="R", last="Amundsen", dob=D(1955, 1, 27), gender="male", mrn="40115932",
              member_id="1MA4XR7TQ65", street="1207 Maple Ave", city="Downers Grove", state="IL", zip="60515")
    P = _ref("Patient", "eFq1", "Clifford R Amundsen")
    clin = fhir_practitioner("pr-ostrowski", "Lena", "Ostrowski", "LCSW", CLIN_OSTROWSKI["npi"])
    C = _ref("Practitioner", "pr-ostrowski", "Lena M. Ostrowski, LCSW")
    c1 = fhir_condition("cond-1", P, "F43.22", "Adjustment disorder with anxiety",
                        ("192042008", "Adjustment disorder with anxious mood"), recorded=iso(intake),
                        category="encounter-diagnosis")
    c2 = fhir_condition("cond-2", P, "G20.A1", "Parkinson's disease without dyskinesia, without mention of "
                                               "fluctuations", None, recorded="2025-03-10", category="problem-list-item")
    g1 = fhir_goal("goal-1", P, "Clifford will adjust to his Parkinson's diagnosis with less worry: GAD-7 from 13 to "
                                "7 or below by 2026-09-07.", "2026-09-07", [_ref("Condition", "cond-1")],
                   targets=[{"measure": {"coding": [{"system": LOINC, "code": "69737-5",
                                                     "display": "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"}]},
                             "quantity": {"value": 7, "comparator": "<=", "unit": "{score}"}}],
                   start=iso(plan), notes=["Baseline GAD-7 13 on 2026-06-01."])
    g2 = fhir_goal("goal-2", P, "Clifford will resume at least 2 valued social activities per week (men's "
                                "breakfast group, grandson's games).", "2026-08-10", [_ref("Condition", "cond-1")],
                   targets=[{"string": "2 or more social activities per week for 4 consecutive weeks"}],
                   start=iso(plan), notes=["Baseline: 0 per week since diagnosis in March 2025."])
    g3 = fhir_goal("goal-3", P, "Clifford will use a worry-postponement or breathing skill when anxious on at least "
                                "5 of 7 days, per his practice log.", "2026-07-20", [_ref("Condition", "cond-1")],
                   targets=[{"string": "5 of 7 days"}], start=iso(plan))
    sr = fhir_service("sr-1", P, "90834", "Psychotherapy, 45 minutes with patient", C,
                      timing=fhir_timing(1, 1, "wk", duration_min=45,
                                         bounds_period={"start": iso(plan), "end": "2026-12-07"}),
                      reasons=[_ref("Condition", "cond-1")], authored=iso(plan),
                      note="Individual CBT; weekly, 45-minute sessions.")
    obs = {"resourceType": "Observation", "id": "obs-gad7", "status": "final",
           "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                     "code": "survey"}]}],
           "code": {"coding": [{"system": LOINC, "code": "69737-5", "display": "GAD-7 total score"}]},
           "subject": P, "effectiveDateTime": iso(intake), "valueQuantity": {"value": 13, "unit": "{score}"}}
    enc = {"resourceType": "Encounter", "id": "enc-intake", "status": "finished",
           "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
           "type": [{"coding": [{"system": CPT, "code": "90791", "display": "Psychiatric diagnostic evaluation"}]}],
           "subject": P, "participant": [{"individual": C}],
           "period": {"start": f"{iso(intake)}T13:00:00-05:00", "end": f"{iso(intake)}T14:00:00-05:00"}}
    cp = {"resourceType": "CarePlan", "id": "cp-1", "status": "active", "intent": "plan",
          "text": _narr("<p><b>Behavioral Health Treatment Plan</b></p><p>Individual psychotherapy (CBT), "
                        "45 minutes weekly, for 6 months (through 12/07/2026). Next plan review 09/08/2026.</p>"),
          "category": [{"coding": [{"system": LOINC, "code": "18776-5", "display": "Plan of care note"}],
                        "text": "Behavioral health treatment plan"}],
          "title": "Behavioral Health Treatment Plan", "description": "Expected duration: 6 months.",
          "subject": P, "period": {"start": iso(plan), "end": "2026-12-07"}, "created": f"{iso(plan)}T15:20:00-05:00",
          "author": C, "addresses": [_ref("Condition", "cond-1")],
          "goal": [_ref("Goal", "goal-1"), _ref("Goal", "goal-2"), _ref("Goal", "goal-3")],
          "activity": [{"reference": _ref("ServiceRequest", "sr-1")}],
          "note": [{"text": "Plan developed with the patient and his wife. Next treatment plan review due 2026-09-08."}]}
    prov = fhir_provenance("prov-1", [_ref("CarePlan", "cp-1")], f"{iso(plan)}T15:47:12-05:00",
                           [fhir_sig("1.2.840.10065.1.12.1.1", "Author's Signature", f"{iso(plan)}T15:47:12-05:00", C)],
                           [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                                  "code": "author"}]}, "who": C}])
    cov = {"resourceType": "Coverage", "id": "cov-1", "status": "active", "subscriberId": pt["member_id"],
           "beneficiary": P, "payor": [{"display": "Medicare Part B"}],
           "type": {"text": "Medicare Part B"}}
    bundle = {"resourceType": "Bundle", "id": "exp-20260615-001", "type": "collection",
              "timestamp": "2026-06-15T09:02:44-05:00",
              "entry": [_entry(base, r) for r in (fhir_patient("eFq1", pt, "urn:oid:1.2.840.114350.1.13.448.2.7.5.737384.14"),
                                                   cov, clin, enc, c1, c2, obs, g1, g2, g3, sr, cp, prov)]}
    name = "bp3_43_fhir_psychotherapy.json"
    write_json(name, bundle)
    label(name, "medicare-psychotherapy", D(2026, 6, 15),
          notes="Clean. Epic-style FHIR export: CarePlan (period 6 months), 3 Goals with GAD-7 target and due "
                "dates, ServiceRequest 90834 weekly 45 min, Provenance author signature by an LCSW. The Parkinson "
                "problem-list Condition (G20.A1) is a valid billable code.")


def fhir_f2():
    base = "https://fhir-ehr.cernerlike.example.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d"
    ev = D(2026, 7, 7)
    cert_end = add_days(ev, 89)
    pt = dict(first="Marjorie", last="Kettleson", dob=D(1951, 8, 2), gender="female", mrn="81150347",
              member_id="2PD7NR4KW89", street="44 Birch Hollow Rd", city="Bozeman", state="MT", zip="59715")
    P = _ref("Patient", "12724066", "KETTLESON, MARJORIE")
    th_npi = bad_npi("124418860")
    assert not npi_ok(th_npi)
    th = fhir_practitioner("4122622", "Jenna", "Whitlock", "PT", th_npi)
    th["name"][0]["suffix"] = ["PT", "DPT"]
    md_npi = npi("196632015")
    md = fhir_practitioner("4122700", "Samuel", "Okonjo", "MD", md_npi)
    TH = _ref("Practitioner", "4122622", "Whitlock, Jenna PT, DPT")
    MD = _ref("Practitioner", "4122700", "Okonjo, Samuel MD")
    enc = {"resourceType": "Encounter", "id": "97953477", "status": "finished",
           "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
           "type": [{"coding": [{"system": CPT, "code": "97162", "display": "PT evaluation, moderate complexity"}],
                     "text": "Outpatient Rehab - Initial Evaluation"}],
           "subject": P, "participant": [{"individual": TH}],
           "period": {"start": f"{iso(ev)}T08:30:00-06:00", "end": f"{iso(ev)}T09:30:00-06:00"},
           "serviceType": {"text": "Physical Therapy"}}
    c1 = fhir_condition("p-1", P, "M17.11", "Unilateral primary osteoarthritis, right knee",
                        ("239873007", "Osteoarthritis of knee"), recorded=iso(ev), category="encounter-diagnosis")
    c2 = fhir_condition("p-2", P, "R26.2", "Difficulty in walking, not elsewhere classified", None,
                        recorded=iso(ev), category="encounter-diagnosis")
    goals = [
        fhir_goal("g-1", P, "STG: Patient will increase R knee flexion AROM from 95 to 110 degrees.",
                  iso(add_days(ev, 28)), [_ref("Condition", "p-1")], start=iso(ev),
                  targets=[{"string": "110 degrees"}]),
        fhir_goal("g-2", P, "STG: Patient will rise from a standard chair without using her arms 5 times in a row.",
                  iso(add_days(ev, 28)), [_ref("Condition", "p-1")], start=iso(ev)),
        fhir_goal("g-3", P, "LTG: Patient will walk 1/2 mile on uneven ground without an assistive device.",
                  iso(add_days(ev, 56)), [_ref("Condition", "p-2")], start=iso(ev)),
        fhir_goal("g-4", P, "LTG: KOOS-JR interval score will improve from 48 to 70 or higher.",
                  iso(add_days(ev, 56)), [_ref("Condition", "p-1")], start=iso(ev),
                  targets=[{"string": "70 or higher"}]),
    ]
    timing = fhir_timing(2, 1, "wk", bounds_weeks=8)
    srs = [fhir_service("sr-97110", P, "97110", "Therapeutic exercise", TH, timing=timing, authored=iso(ev),
                        reasons=[_ref("Condition", "p-1")], note="2x/week for 8 weeks, 2 units per visit",
                        quantity={"value": 2, "unit": "units"}),
           fhir_service("sr-97140", P, "97140", "Manual therapy techniques", TH, timing=timing, authored=iso(ev),
                        reasons=[_ref("Condition", "p-1")], quantity={"value": 1, "unit": "units"}),
           fhir_service("sr-97112", P, "9711", "Neuromuscular reeducation", TH, timing=timing, authored=iso(ev),
                        reasons=[_ref("Condition", "p-2")], quantity={"value": 1, "unit": "units"}),
           fhir_service("sr-97116", P, "97116", "Gait training", TH, timing=timing, authored=iso(ev),
                        reasons=[_ref("Condition", "p-2")], quantity={"value": 1, "unit": "units"})]
    cp = {"resourceType": "CarePlan", "id": "cp-44190", "status": "active", "intent": "plan",
          "text": _narr(f"<p>Physical Therapy Plan of Care. Frequency 2x/week, duration 8 weeks. Certification "
                        f"{us(ev)} - {us(cert_end)}.</p>"),
          "category": [{"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/careplan-category",
                                    "code": "assess-plan"}]}, {"text": "Rehabilitation plan of care"}],
          "title": "Physical Therapy Plan of Care", "subject": P, "encounter": _ref("Encounter", "97953477"),
          "period": {"start": iso(ev), "end": iso(cert_end)}, "created": f"{iso(ev)}T11:15:00-06:00",
          "author": TH, "addresses": [_ref("Condition", "p-1"), _ref("Condition", "p-2")],
          "goal": [_ref("Goal", g["id"]) for g in goals],
          "activity": [{"reference": _ref("ServiceRequest", s["id"])} for s in srs]}
    prov = fhir_provenance(
        "prov-cp-44190", [_ref("CarePlan", "cp-44190")], f"{iso(add_days(ev, 6))}T07:41:00-06:00",
        [fhir_sig("1.2.840.10065.1.12.1.1", "Author's Signature", f"{iso(ev)}T11:32:00-06:00", TH),
         fhir_sig("1.2.840.10065.1.12.1.5", "Verification Signature", f"{iso(add_days(ev, 6))}T07:41:00-06:00", MD)],
        [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                               "code": "author"}]}, "who": TH},
         {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                               "code": "verifier"}]}, "who": MD}])
    bundle = {"resourceType": "Bundle", "id": "b7d1f6a0-export", "type": "searchset", "total": 1,
              "entry": [_entry(base, r) for r in (fhir_patient("12724066", pt, "urn:oid:2.16.840.1.113883.3.13.6"),
                                                   th, md, enc, c1, c2, *goals, *srs, cp, prov)]}
    for e in bundle["entry"]:
        e["search"] = {"mode": "match" if e["resource"]["resourceType"] == "CarePlan" else "include"}
    name = "bp3_44_fhir_pt.json"
    write_json(name, bundle)
    label(name, "medicare-outpatient-therapy", D(2026, 8, 3),
          must=[["identifier-invalid"], ["service-code-invalid"]],
          notes="Gaps: the treating therapist's NPI fails the check digit; ServiceRequest for neuromuscular "
                "re-education carries CPT code '9711' (truncated 97112). Otherwise complete: evaluation encounter "
                "07/07/2026 = plan date, 2x/week x 8 weeks, certification 89 days, physician verification "
                "signature 6 days after the evaluation.")


def fhir_f3():
    base = "https://api.homecare.example.net/fhir/r4"
    soc = D(2026, 5, 4)
    end = add_days(soc, 59)
    pt = dict(first="Winifred", last="Osterhaus", dob=D(1938, 9, 30), gender="female", mrn="HC-310448",
              member_id="3CQ8TH5UM20", street="902 Prospect St", city="Dubuque", state="IA", zip="52001")
    P = _ref("Patient", "pat-310448", "Winifred Osterhaus")
    md = fhir_practitioner("prac-md-1", "Harold", "Lindgren-Wu", "DO", npi("138802256"))
    rn = fhir_practitioner("prac-rn-7", "Tessa", "Kinney", "RN", npi("149930218"))
    MD = _ref("Practitioner", "prac-md-1", "Harold Lindgren-Wu, DO")
    RN = _ref("Practitioner", "prac-rn-7", "Tessa Kinney, RN")
    enc = {"resourceType": "Encounter", "id": "enc-soc", "status": "finished",
           "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "HH", "display": "home health"},
           "type": [{"text": "Start of care visit (OASIS SOC)"}], "subject": P, "participant": [{"individual": RN}],
           "period": {"start": f"{iso(soc)}T10:00:00-05:00", "end": f"{iso(soc)}T12:10:00-05:00"}}
    conds = [fhir_condition("dx-1", P, "I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 "
                                                "chronic kidney disease, or unspecified chronic kidney disease",
                            recorded=iso(soc), category="encounter-diagnosis"),
             fhir_condition("dx-2", P, "N18.4", "Chronic kidney disease, stage 4 (severe)", recorded=iso(soc),
                            category="encounter-diagnosis"),
             fhir_condition("dx-3", P, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease",
                            recorded=iso(soc), category="encounter-diagnosis"),
             fhir_condition("dx-4", P, "Z79.4", "Long term (current) use of insulin", recorded=iso(soc),
                            category="encounter-diagnosis")]
    b = {"start": iso(soc), "end": iso(end)}
    srs = [fhir_service("ord-sn", P, "G0299", "Direct skilled nursing services of a registered nurse (RN) in the "
                                              "home health setting", MD,
                        timing=fhir_timing(2, 1, "wk", bounds_weeks=4), authored=iso(soc),
                        note="SN 2W4, 1W4: assess fluid status, BP, glucose log; teach renal diet, insulin, "
                             "medication regimen.", text="Skilled nursing 2W4, 1W4"),
           fhir_service("ord-sn-prn", P, "G0299", "Direct skilled nursing services of a registered nurse (RN) in "
                                                  "the home health setting", MD, authored=iso(soc),
                        timing={"repeat": {"count": 2, "boundsPeriod": b}},
                        note="SN PRN x 2 visits for hypoglycemia or fluid overload", text="Skilled nursing PRN x 2"),
           fhir_service("ord-pt", P, "G0151", "Services performed by a qualified physical therapist in the home "
                                              "health setting", MD,
                        timing=fhir_timing(2, 1, "wk", bounds_weeks=4), authored=iso(soc),
                        note="PT 2W4: strengthening, transfers, fall prevention.", text="Physical therapy 2W4"),
           fhir_service("ord-hha", P, "G0156", "Services of home health/hospice aide", MD,
                        timing=fhir_timing(2, 1, "wk", bounds_weeks=6), authored=iso(soc),
                        note="HHA 2W6: bathing and personal care.", text="Home health aide 2W6")]
    cp = {"resourceType": "CarePlan", "id": "poc-310448-1", "status": "active", "intent": "order",
          "text": _narr(f"<p>Home Health Plan of Care, certification period {us(soc)} - {us(end)}.</p>"),
          "category": [{"text": "Home health plan of care (485)"}],
          "title": "Home Health Certification and Plan of Care",
          "description": "Orders for disciplines and treatments per physician. Rehab potential: fair. Discharge "
                         "when patient/caregiver independent with renal diet and insulin.",
          "subject": P, "encounter": _ref("Encounter", "enc-soc"), "period": b,
          "created": f"{iso(soc)}T15:30:00-05:00", "author": RN,
          "addresses": [_ref("Condition", c["id"]) for c in conds],
          "activity": [{"reference": _ref("ServiceRequest", s["id"])} for s in srs]}
    prov = fhir_provenance(
        "prov-poc", [_ref("CarePlan", "poc-310448-1")], f"{iso(add_days(soc, 7))}T18:12:00-05:00",
        [fhir_sig("1.2.840.10065.1.12.1.1", "Author's Signature", f"{iso(soc)}T15:34:00-05:00", RN),
         fhir_sig("1.2.840.10065.1.12.1.5", "Verification Signature", f"{iso(add_days(soc, 7))}T18:12:00-05:00", MD)],
        [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                               "code": "author"}]}, "who": RN},
         {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                               "code": "attester"}]}, "who": MD}])
    bundle = {"resourceType": "Bundle", "id": "poc-export-310448", "type": "collection",
              "timestamp": "2026-06-01T08:00:00-05:00",
              "entry": [_entry(base, r) for r in (fhir_patient("pat-310448", pt, "urn:oid:2.16.840.1.113883.3.7788.1"),
                                                   md, rn, enc, *conds, *srs, cp, prov)]}
    name = "bp3_45_fhir_homehealth.json"
    write_json(name, bundle)
    label(name, "medicare-home-health", D(2026, 6, 1),
          must=[["goal-missing"]],
          notes="Gap: the exported plan of care has no Goal resources and no goals in the CarePlan (only orders "
                "and a discharge note). Otherwise complete: 60-day certification, HCPCS-coded orders with "
                "frequencies (SN PRN limited to 2), DO verification signature 7 days after SOC.")


def fhir_f4():
    base = "https://fhir.aba-platform.example.io/R4"
    plan = D(2026, 6, 16)
    period = (D(2026, 7, 1), D(2026, 12, 31))
    pt = dict(first="Isaiah", last="Brennan-Okafor", dob=D(2021, 3, 9), gender="male", mrn="C-20931",
              member_id="XWJ771204583", street="5530 Ridgecrest Dr", city="Charlotte", state="NC", zip="28269")
    P = _ref("Patient", "c20931", "Isaiah Brennan-Okafor")
    bcba = fhir_practitioner("bcba-12", "Monica", "Fairweather", "BCBA", npi("157719043"))
    bcba["name"][0]["suffix"] = ["MS", "BCBA", "LBA"]
    psy = fhir_practitioner("psy-3", "Gerald", "Achebe", "PhD", npi("189904127"))
    B = _ref("Practitioner", "bcba-12", "Monica Fairweather, MS, BCBA, LBA")
    PSY = _ref("Practitioner", "psy-3", "Gerald Achebe, PhD, Licensed Psychologist")
    mom = {"resourceType": "RelatedPerson", "id": "rp-1", "patient": P,
           "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                                         "code": "MTH", "display": "mother"}]}],
           "name": [{"family": "Brennan", "given": ["Alicia"]}]}
    MOM = _ref("RelatedPerson", "rp-1", "Alicia Brennan (mother)")
    cov = {"resourceType": "Coverage", "id": "cov-1", "status": "active", "subscriberId": "XWJ771204583",
           "beneficiary": P, "relationship": {"coding": [{"code": "child"}]},
           "payor": [{"display": "Aetna Open Access Managed Choice"}]}
    dx = fhir_condition("asd", P, "F84.0", "Autistic disorder", ("408856003", "Autistic disorder"),
                        recorded="2024-09-18", onset="2024-09-18", asserter=PSY, category="encounter-diagnosis",
                        note="Diagnostic evaluation 09/18/2024 by Gerald Achebe, PhD (ADOS-2 Module 1, ADI-R).")
    goals = [
        fhir_goal("sg-1", P, "Isaiah will mand for 15 preferred items or activities using 2-word phrases.",
                  "2026-12-15", [_ref("Condition", "asd")], start=iso(period[0]), category="Communication",
                  targets=[{"string": "Mastery: 80% of opportunities across 3 consecutive sessions"}],
                  notes=["Baseline: 4 items, single words only (06/2026 probes)."]),
        fhir_goal("sg-2", P, "Isaiah will tolerate a 2-minute wait for a preferred item without problem behavior.",
                  "2026-11-15", [_ref("Condition", "asd")], start=iso(period[0]), category="Tolerance",
                  targets=[{"string": "Mastery: 2-minute wait on 4 of 5 trials for 3 consecutive sessions"}],
                  notes=["Baseline: tolerates 10 seconds."]),
        fhir_goal("bg-1", P, "Biting (teeth contacting another person's skin) will decrease to 0-1 episodes per "
                             "week.", "2026-12-15", [_ref("Condition", "asd")], start=iso(period[0]),
                  category="Behavior reduction",
                  targets=[{"string": "Mastery: 0-1 per week for 4 consecutive weeks"}],
                  notes=["Baseline: average 5 per week (ABC data, May-June 2026)."]),
        fhir_goal("cg-1", P, "Parent will implement the wait-training and functional communication procedures "
                             "during snack and play.", "2026-10-15", [_ref("Condition", "asd")],
                  start=iso(period[0]), category="Caregiver training",
                  targets=[{"string": "Mastery: 90% treatment fidelity on 3 consecutive observations"}],
                  notes=["Baseline: 40% fidelity."]),
    ]
    srs = [fhir_service("sr-97153", P, "97153", "Adaptive behavior treatment by protocol", B, authored=iso(plan),
                        reasons=[_ref("Condition", "asd")]),
           fhir_service("sr-97155", P, "97155", "Adaptive behavior treatment with protocol modification", B,
                        authored=iso(plan), reasons=[_ref("Condition", "asd")]),
           fhir_service("sr-97156", P, "97156", "Family adaptive behavior treatment guidance", B,
                        authored=iso(plan), reasons=[_ref("Condition", "asd")])]
    cp = {"resourceType": "CarePlan", "id": "tp-20931-3", "status": "active", "intent": "plan",
          "text": _narr("<p>ABA treatment plan and authorization request, 07/01/2026 - 12/31/2026.</p>"),
          "category": [{"text": "Applied behavior analysis treatment plan"}],
          "title": "ABA Treatment Plan", "subject": P,
          "period": {"start": iso(period[0]), "end": iso(period[1])}, "created": f"{iso(plan)}T16:05:00-04:00",
          "author": B, "contributor": [MOM], "addresses": [_ref("Condition", "asd")],
          "goal": [_ref("Goal", g["id"]) for g in goals],
          "activity": [{"reference": _ref("ServiceRequest", s["id"])} for s in srs] + [
              {"detail": {"kind": "Appointment", "code": {"text": "Treatment plan review and progress report"},
                          "status": "scheduled",
                          "scheduledPeriod": {"start": "2026-12-01", "end": "2026-12-01"},
                          "performer": [B]}}],
          "note": [{"text": "Requested services: direct ABA (97153), supervision (97155) and parent training "
                            "(97156); authorization for 6 months. Treatment plan review 12/01/2026."}]}
    prov = fhir_provenance(
        "prov-tp-3", [_ref("CarePlan", "tp-20931-3")], f"{iso(add_days(plan, 1))}T20:14:00-04:00",
        [fhir_sig("1.2.840.10065.1.12.1.1", "Author's Signature", f"{iso(plan)}T16:40:00-04:00", B),
         fhir_sig("1.2.840.10065.1.12.1.7", "Consent Signature", f"{iso(add_days(plan, 1))}T20:14:00-04:00", MOM)],
        [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                               "code": "author"}]}, "who": B},
         {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                               "code": "informant"}]}, "who": MOM}])
    bundle = {"resourceType": "Bundle", "id": "aba-export-20931", "type": "collection",
              "timestamp": "2026-06-29T12:00:00-04:00",
              "entry": [_entry(base, r) for r in (fhir_patient("c20931", pt, "urn:oid:2.16.840.1.113883.3.9921.2",
                                                                member_sys="urn:oid:2.16.840.1.113883.3.9921.7"),
                                                   mom, cov, bcba, psy, dx, *goals, *srs, cp, prov)]}
    name = "bp3_46_fhir_aba.json"
    write_json(name, bundle)
    label(name, "commercial-aba", D(2026, 6, 30),
          must=[["assessment-missing"], ["amount-missing"]],
          notes="Gaps: no standardized assessment (no VB-MAPP/ABLLS-R/Vineland Observation or score anywhere); the "
                "three ServiceRequests (97153, 97155, 97156) give no hours or units per week. Goals carry "
                "baselines in Goal.note and mastery criteria in target.detailString; diagnosis asserter and date "
                "are on the Condition; mother's consent signature in Provenance.")


# ============================================================================================
# C-CDA R2.1 documents (CCD with Plan of Treatment; Care Plan documents)
# ============================================================================================
from xml.sax.saxutils import escape as _x  # noqa: E402

from lxml import etree  # noqa: E402

OID_NPI = "2.16.840.1.113883.4.6"
OID_MBI = "2.16.840.1.113883.4.927"
OID_ICD10 = "2.16.840.1.113883.6.90"
OID_SCT = "2.16.840.1.113883.6.96"
OID_CPT = "2.16.840.1.113883.6.12"
OID_LOINC = "2.16.840.1.113883.6.1"
OID_NUCC = "2.16.840.1.113883.6.101"


def ts(d: date, hh=None, mm=None, tz="-0500"):
    s = d.strftime("%Y%m%d")
    if hh is not None:
        s += f"{hh:02d}{mm:02d}00{tz}"
    return s


def person_name(given, family, suffix=None):
    suf = f"<suffix>{_x(suffix)}</suffix>" if suffix else ""
    return f"<name><given>{_x(given)}</given><family>{_x(family)}</family>{suf}</name>"


def cda_header(doc_templates, code, title, eff, pt, author, custodian, extra_parts="", conf="N"):
    tmpl = "".join(f'<templateId root="{r}" extension="{e}"/>' for r, e in doc_templates)
    ids = f'<id root="{OID_MBI}" extension="{pt["mbi"]}"/>' if pt.get("mbi") else ""
    ids += f'<id root="{pt["mrn_root"]}" extension="{pt["mrn"]}"/>'
    for extra in pt.get("extra_ids", []):
        ids += f'<id root="{extra[0]}" extension="{extra[1]}"/>'
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<realmCode code="US"/>
<typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
<templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
{tmpl}
<id root="{pt['doc_root']}" extension="{pt['doc_id']}"/>
<code code="{code[0]}" codeSystem="{OID_LOINC}" codeSystemName="LOINC" displayName="{_x(code[1])}"/>
<title>{_x(title)}</title>
<effectiveTime value="{eff}"/>
<confidentialityCode code="{conf}" codeSystem="2.16.840.1.113883.5.25"/>
<languageCode code="en-US"/>
<recordTarget><patientRole>{ids}
<addr use="HP"><streetAddressLine>{_x(pt['street'])}</streetAddressLine><city>{_x(pt['city'])}</city><state>{pt['state']}</state><postalCode>{pt['zip']}</postalCode><country>US</country></addr>
<telecom use="HP" value="tel:{pt['phone']}"/>
<patient>{person_name(pt['first'], pt['last'])}
<administrativeGenderCode code="{pt['sex']}" codeSystem="2.16.840.1.113883.5.1"/>
<birthTime value="{ts(pt['dob'])}"/>
<raceCode nullFlavor="UNK"/><ethnicGroupCode nullFlavor="UNK"/>
<languageCommunication><languageCode code="en"/></languageCommunication>
</patient></patientRole></recordTarget>
<author><time value="{author['time']}"/><assignedAuthor><id root="{OID_NPI}" extension="{author['npi']}"/>
<code code="{author['taxonomy'][0]}" codeSystem="{OID_NUCC}" codeSystemName="NUCC" displayName="{_x(author['taxonomy'][1])}"/>
<addr><streetAddressLine>{_x(custodian['street'])}</streetAddressLine><city>{_x(custodian['city'])}</city><state>{custodian['state']}</state><postalCode>{custodian['zip']}</postalCode></addr>
<telecom use="WP" value="tel:{custodian['phone']}"/>
<assignedPerson>{person_name(*author['name'])}</assignedPerson>
<representedOrganization><name>{_x(custodian['name'])}</name></representedOrganization></assignedAuthor></author>
<custodian><assignedCustodian><representedCustodianOrganization><id root="{OID_NPI}" extension="{custodian['npi']}"/>
<name>{_x(custodian['name'])}</name><telecom use="WP" value="tel:{custodian['phone']}"/>
<addr><streetAddressLine>{_x(custodian['street'])}</streetAddressLine><city>{_x(custodian['city'])}</city><state>{custodian['state']}</state><postalCode>{custodian['zip']}</postalCode></addr>
</representedCustodianOrganization></assignedCustodian></custodian>
{extra_parts}"""


def cda_entity(npi_value, name, taxonomy=None, org=None):
    code = (f'<code code="{taxonomy[0]}" codeSystem="{OID_NUCC}" displayName="{_x(taxonomy[1])}"/>'
            if taxonomy else "")
    org_x = f"<representedOrganization><name>{_x(org)}</name></representedOrganization>" if org else ""
    return (f'<assignedEntity><id root="{OID_NPI}" extension="{npi_value}"/>{code}'
            f"<assignedPerson>{person_name(*name)}</assignedPerson>{org_x}</assignedEntity>")


def cda_section(templates, code, title, text_html, entries="", null=False):
    tmpl = "".join(f'<templateId root="{r}"' + (f' extension="{e}"' if e else "") + "/>" for r, e in templates)
    nf = ' nullFlavor="NI"' if null else ""
    return (f"<component><section{nf}>{tmpl}<code code=\"{code[0]}\" codeSystem=\"{OID_LOINC}\" "
            f"displayName=\"{_x(code[1])}\"/><title>{_x(title)}</title><text>{text_html}</text>{entries}"
            f"</section></component>")


def html_table(headers, rows, ids=None):
    th = "".join(f"<th>{_x(h)}</th>" for h in headers)
    body = ""
    for i, r in enumerate(rows):
        rid = f' ID="{ids[i]}"' if ids else ""
        body += f"<tr{rid}>" + "".join(f"<td>{_x(str(c))}</td>" for c in r) + "</tr>"
    return f"<table border=\"1\" width=\"100%\"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def problem_entry(idx, icd, display, snomed, onset, status="55561003"):
    return f"""<entry typeCode="DRIV"><act classCode="ACT" moodCode="EVN">
<templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>
<id root="a7e1c3f0-91b2-4c55-8d2e-0000000000{idx:02d}"/>
<code code="CONC" codeSystem="2.16.840.1.113883.5.6" displayName="Concern"/>
<statusCode code="active"/><effectiveTime><low value="{onset}"/></effectiveTime>
<entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">
<templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
<id root="b8f2d4a1-02c3-4d66-9e3f-0000000000{idx:02d}"/>
<code code="55607006" codeSystem="{OID_SCT}" displayName="Problem">
<translation code="75326-9" codeSystem="{OID_LOINC}" displayName="Problem"/></code>
<text><reference value="#prob{idx}"/></text>
<statusCode code="completed"/><effectiveTime><low value="{onset}"/></effectiveTime>
<value xsi:type="CD" code="{snomed[0]}" codeSystem="{OID_SCT}" displayName="{_x(snomed[1])}">
<translation code="{icd}" codeSystem="{OID_ICD10}" codeSystemName="ICD-10-CM" displayName="{_x(display)}"/></value>
</observation></entryRelationship></act></entry>"""


def goal_entry(gid, ref, target, start, components=""):
    return f"""<entry><observation classCode="OBS" moodCode="GOL">
<templateId root="2.16.840.1.113883.10.20.22.4.121"/>
<id root="c9a3e5b2-13d4-4e77-af40-{gid:012d}"/>
<code code="58144-7" codeSystem="{OID_LOINC}" displayName="Resident's overall goal established during assessment process"/>
<text><reference value="#{ref}"/></text>
<statusCode code="active"/>
<effectiveTime><low value="{start}"/><high value="{target}"/></effectiveTime>
{components}</observation></entry>"""


def subgoal(gid, ref, target, start):
    return f"""<entryRelationship typeCode="COMP"><observation classCode="OBS" moodCode="GOL">
<templateId root="2.16.840.1.113883.10.20.22.4.121"/>
<id root="d0b4f6c3-24e5-4f88-b051-{gid:012d}"/>
<code code="58144-7" codeSystem="{OID_LOINC}" displayName="Resident's overall goal established during assessment process"/>
<text><reference value="#{ref}"/></text><statusCode code="active"/>
<effectiveTime><low value="{start}"/><high value="{target}"/></effectiveTime>
</observation></entryRelationship>"""


def planned_proc(idx, cpt, display, ref, low, high):
    return f"""<entry><procedure classCode="PROC" moodCode="INT">
<templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
<id root="e1c5a7d4-35f6-4a99-8162-0000000000{idx:02d}"/>
<code code="{cpt}" codeSystem="{OID_CPT}" codeSystemName="CPT-4" displayName="{_x(display)}"><originalText><reference value="#{ref}"/></originalText></code>
<statusCode code="active"/>
<effectiveTime xsi:type="IVL_TS"><low value="{low}"/><high value="{high}"/></effectiveTime>
</procedure></entry>"""


def payer_section(payer_name, member_id, member_root, kind_code=("MCPOL", "managed care policy")):
    html = html_table(["Payer", "Member ID", "Coverage type"], [[payer_name, member_id, kind_code[1]]])
    entry = f"""<entry typeCode="DRIV"><act classCode="ACT" moodCode="EVN">
<templateId root="2.16.840.1.113883.10.20.22.4.60" extension="2015-08-01"/>
<id root="aa11bb22-cc33-4d44-8e55-000000000001"/>
<code code="48768-6" codeSystem="{OID_LOINC}" displayName="Payment sources"/><statusCode code="completed"/>
<entryRelationship typeCode="COMP"><sequenceNumber value="1"/><act classCode="ACT" moodCode="EVN">
<templateId root="2.16.840.1.113883.10.20.22.4.61" extension="2015-08-01"/>
<id root="aa11bb22-cc33-4d44-8e55-000000000002"/>
<code code="{kind_code[0]}" codeSystem="2.16.840.1.113883.5.4" displayName="{kind_code[1]}"/>
<statusCode code="completed"/>
<performer typeCode="PRF"><templateId root="2.16.840.1.113883.10.20.22.4.87"/><assignedEntity><id nullFlavor="UNK"/>
<representedOrganization><name>{_x(payer_name)}</name></representedOrganization></assignedEntity></performer>
<participant typeCode="COV"><templateId root="2.16.840.1.113883.10.20.22.4.89"/>
<participantRole classCode="PAT"><id root="{member_root}" extension="{member_id}"/>
<code code="SELF" codeSystem="2.16.840.1.113883.5.111" displayName="self"/></participantRole></participant>
</act></entryRelationship></act></entry>"""
    return cda_section([("2.16.840.1.113883.10.20.22.2.18", "2015-08-01")], ("48768-6", "Payment sources"),
                       "Payers", html, entry)


def write_xml(name, xml_text):
    root = etree.fromstring(xml_text.encode("utf-8"))
    data = etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8")
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(data)


def ccda_c1():
    plan = D(2026, 9, 14)
    intake = D(2026, 9, 8)
    end = D(2027, 3, 15)
    pt = dict(first="Janice", last="Throckmorton", dob=D(1957, 4, 12), sex="F", mbi="4UB9KD2EN38",
              mrn="MKE-7731902", mrn_root="1.2.840.114350.1.13.861.1.7.5.737384.14",
              doc_root="1.2.840.114350.1.13.861.1.7.8.688883.559", doc_id="TP-2026-0914-01",
              street="3318 N. Frederick Ave", city="Milwaukee", state="WI", zip="53211", phone="+1-414-555-0193")
    clin_npi = npi("118870445")
    org = dict(name="Lake Michigan Psychotherapy Associates", street="700 E. Kilbourn Ave, Suite 1400",
               city="Milwaukee", state="WI", zip="53202", phone="+1-414-555-0100", npi=npi("167708233"))
    author = dict(time=ts(plan, 15, 30, "-0500"), npi=clin_npi, taxonomy=("1041C0700X", "Clinical Social Worker"),
                  name=("Rebecca", "Lindahl", "LCSW"))
    legal = (f'<legalAuthenticator><time value="{ts(plan, 15, 58, "-0500")}"/><signatureCode code="S"/>'
             f'{cda_entity(clin_npi, ("Rebecca", "Lindahl", "LCSW"), ("1041C0700X", "Clinical Social Worker"))}'
             f"</legalAuthenticator>")
    docof = (f'<documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="{ts(plan)}"/>'
             f'<high value="{ts(end)}"/></effectiveTime><performer typeCode="PRF">'
             f'<functionCode code="PCP" codeSystem="2.16.840.1.113883.5.88" displayName="primary care provider"/>'
             f'{cda_entity(clin_npi, ("Rebecca", "Lindahl", "LCSW"))}</performer></serviceEvent></documentationOf>')
    head = cda_header([("2.16.840.1.113883.10.20.22.1.2", "2015-08-01")], ("34133-9", "Summary of episode note"),
                      "Continuity of Care Document - Outpatient Psychotherapy Treatment Plan",
                      ts(plan, 15, 58, "-0500"), pt, author, org, legal + docof)
    probs = [("F33.1", "Major depressive disorder, recurrent, moderate", ("268621008", "Recurrent major depression"),
              ts(intake)),
             ("F43.21", "Adjustment disorder with depressed mood", ("57194009", "Adjustment disorder with depressed "
                                                                                 "mood"), ts(intake))]
    prob_html = html_table(["Problem", "ICD-10-CM", "Status", "Onset"],
                           [[p[1], p[0], "Active", us(intake)] for p in probs], ids=["prob1", "prob2"])
    problems = cda_section([("2.16.840.1.113883.10.20.22.2.5.1", "2015-08-01")], ("11450-4", "Problem list"),
                           "Problems", prob_html,
                           "".join(problem_entry(i + 1, *p) for i, p in enumerate(probs)))
    ms_html = html_table(["Measure", "Date", "Score", "Interpretation"],
                         [["PHQ-9", us(intake), "17", "Moderately severe"], ["GAD-7", us(intake), "9", "Mild"]])
    mental = cda_section([("2.16.840.1.113883.10.20.22.2.56", "2015-08-01")], ("10190-7", "Mental status"),
                         "Mental Status / Standardized Measures", ms_html)
    goals_rows = [
        ("g1", "Janice will return to her part-time library volunteer job and feel in control of her mood; "
               "PHQ-9 below 10.", us(D(2027, 3, 15))),
        ("g1a", "Objective 1a: Reduce PHQ-9 from 17 to 9 or below.", us(D(2026, 12, 14))),
        ("g1b", "Objective 1b: Volunteer at the library at least 2 shifts per week for 4 consecutive weeks.",
         us(D(2027, 1, 11))),
        ("g1c", "Objective 1c: Identify and challenge 3 self-critical thoughts per week in her thought record.",
         us(D(2026, 11, 9))),
    ]
    goals_html = html_table(["Goal / objective", "Target date"], [[r[1], r[2]] for r in goals_rows],
                            ids=[r[0] for r in goals_rows])
    goal_entries = goal_entry(1, "g1", ts(D(2027, 3, 15)), ts(plan),
                              subgoal(11, "g1a", ts(D(2026, 12, 14)), ts(plan)) +
                              subgoal(12, "g1b", ts(D(2027, 1, 11)), ts(plan)) +
                              subgoal(13, "g1c", ts(D(2026, 11, 9)), ts(plan)))
    goals = cda_section([("2.16.840.1.113883.10.20.22.2.60", None)], ("61146-7", "Goals"), "Goals", goals_html,
                        goal_entries)
    pot_html = (html_table(["Service", "CPT", "Session length", "Frequency", "Start", "End"],
                           [["Individual psychotherapy (CBT)", "90837", "53-60 minutes", "Weekly", us(plan), us(end)]],
                           ids=["svc1"]) +
                "<paragraph>Plan established " + us(plan) + ". Expected duration of treatment: 6 months. "
                "Next treatment plan review: " + us(D(2026, 12, 14)) + ".</paragraph>"
                "<paragraph>Interventions: behavioral activation, cognitive restructuring, relapse-prevention "
                "planning.</paragraph>")
    pot = cda_section([("2.16.840.1.113883.10.20.22.2.10", "2014-06-09")], ("18776-5", "Plan of care note"),
                      "Plan of Treatment", pot_html,
                      planned_proc(1, "90837", "Psychotherapy, 60 minutes with patient", "svc1", ts(plan), ts(end)))
    payers = payer_section("Medicare Part B", pt["mbi"], OID_MBI, ("SUBSIDIZ", "subsidized health program"))
    xml = head + "<component><structuredBody>" + payers + problems + mental + goals + pot + \
        "</structuredBody></component></ClinicalDocument>"
    name = "bp3_47_ccda_psychotherapy.xml"
    write_xml(name, xml)
    label(name, "medicare-psychotherapy", D(2026, 10, 5),
          notes="Clean. CCD with Problems (SNOMED value with ICD-10-CM translation), Goals (goal with three "
                "dated objectives as COMP sub-goals), Plan of Treatment (90837, 53-60 minutes, weekly, 6 months "
                "ending 03/15/2027); legalAuthenticator LCSW with signature time.")


def intervention_entry(idx, cpt, display, ref, low, high):
    return f"""<entry><act classCode="ACT" moodCode="INT">
<templateId root="2.16.840.1.113883.10.20.22.4.131" extension="2015-08-01"/>
<id root="f2d6b8e5-46a7-4baa-9273-0000000000{idx:02d}"/>
<code code="362956003" codeSystem="{OID_SCT}" displayName="Procedure / intervention (navigational concept)"/>
<text><reference value="#{ref}"/></text>
<statusCode code="active"/><effectiveTime><low value="{low}"/><high value="{high}"/></effectiveTime>
<entryRelationship typeCode="REFR">{planned_proc(idx, cpt, display, ref, low, high)[7:-8]}</entryRelationship>
</act></entry>"""


CARE_PLAN_TEMPLATES = [("2.16.840.1.113883.10.20.22.1.15", "2015-08-01")]


def ccda_c2():
    ev = D(2026, 3, 2)
    cert_end = add_days(ev, 89)
    pt = dict(first="Albert", last="Nwachukwu", dob=D(1946, 11, 22), sex="M", mbi="5KA2RE7HM91",
              mrn="SLP-004518", mrn_root="2.16.840.1.113883.3.5541.1", doc_root="2.16.840.1.113883.3.5541.9",
              doc_id="CP-SLP-004518-1", street="219 Cedar Ln", city="Knoxville", state="TN", zip="37918",
              phone="+1-865-555-0182")
    slp_npi = npi("108856431")
    ref_npi = npi("130092786")
    org = dict(name="Smoky Mountain Speech & Swallow Clinic", street="1924 Alcoa Hwy, Suite 220", city="Knoxville",
               state="TN", zip="37920", phone="+1-865-555-0180", npi=npi("171150293"))
    author = dict(time=ts(ev, 16, 40, "-0500"), npi=slp_npi, taxonomy=("235Z00000X", "Speech-Language Pathologist"),
                  name=("Caroline", "Whitaker", "MA, CCC-SLP"))
    parts = (f'<participant typeCode="REF"><associatedEntity classCode="PROV"><id root="{OID_NPI}" extension="{ref_npi}"/>'
             f"<associatedPerson>{person_name('Desmond', 'Oyelaran', 'MD')}</associatedPerson></associatedEntity>"
             f"</participant>"
             f'<legalAuthenticator><time value="{ts(ev, 16, 52, "-0500")}"/><signatureCode code="S"/>'
             f'{cda_entity(slp_npi, ("Caroline", "Whitaker", "MA, CCC-SLP"), ("235Z00000X", "Speech-Language Pathologist"))}'
             f"</legalAuthenticator>"
             f'<documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="{ts(ev)}"/>'
             f'<high value="{ts(cert_end)}"/></effectiveTime></serviceEvent></documentationOf>'
             f'<componentOf><encompassingEncounter><id root="2.16.840.1.113883.3.5541.4" extension="E-22871"/>'
             f'<code code="92610" codeSystem="{OID_CPT}" displayName="Evaluation of oral and pharyngeal swallowing function"/>'
             f'<effectiveTime><low value="{ts(ev, 9, 0)}"/><high value="{ts(ev, 10, 15)}"/></effectiveTime>'
             f"</encompassingEncounter></componentOf>")
    head = cda_header(CARE_PLAN_TEMPLATES, ("18776-5", "Plan of care note"),
                      "Speech-Language Pathology Plan of Care", ts(ev, 16, 52, "-0500"), pt, author, org, parts)
    hc_html = ("<list><item ID=\"hc1\">Coughing and throat clearing with thin liquids since stroke in January "
               "2026.</item><item ID=\"hc2\">Weight loss of 6 lb since January because meals take over 45 "
               "minutes.</item><item ID=\"hc3\">Wants to eat at restaurants with his church group again.</item></list>"
               "<paragraph>Referred by Dr. Desmond Oyelaran, MD (primary care) for swallow evaluation and "
               "treatment.</paragraph>")
    concerns = cda_section([("2.16.840.1.113883.10.20.22.2.58", "2015-08-01")], ("75310-3", "Health concerns document"),
                           "Health Concerns", hc_html)
    goals_rows = [("g1", "Patient will drink IDDSI Level 0 thin liquids by cup using chin tuck with no overt signs "
                         "of aspiration in 9 of 10 trials.", us(add_days(ev, 56))),
                  ("g2", "Patient will complete a 30-minute meal of IDDSI Level 7 regular solids with 2 or fewer "
                         "cues for small bites.", us(add_days(ev, 56))),
                  ("g3", "Patient will perform 3 sets of 10 Shaker/head-lift exercises independently, as recorded "
                         "in his home log on 5 of 7 days.", us(add_days(ev, 28)))]
    goals = cda_section([("2.16.840.1.113883.10.20.22.2.60", None)], ("61146-7", "Goals"), "Goals",
                        html_table(["Goal", "Target date"], [[r[1], r[2]] for r in goals_rows],
                                   ids=[r[0] for r in goals_rows]),
                        "".join(goal_entry(i + 1, r[0], ts(add_days(ev, 56 if i < 2 else 28)), ts(ev))
                                for i, r in enumerate(goals_rows)))
    iv_rows = [("iv1", "Treatment of swallowing dysfunction (92526)", "2x/week", "8 weeks", "45 minutes"),
               ("iv2", "Home exercise program review", "Each visit", "8 weeks", "within session")]
    iv_html = (html_table(["Intervention", "Frequency", "Duration", "Session length"],
                          [list(r[1:]) for r in iv_rows], ids=[r[0] for r in iv_rows]) +
               f"<paragraph>First treatment (evaluation) date: {us(ev)}. Certification period requested: {us(ev)} - "
               f"{us(cert_end)}. Plan of care sent to Dr. Oyelaran for certification.</paragraph>")
    ivs = cda_section([("2.16.840.1.113883.10.20.21.2.3", "2015-08-01")], ("62387-6", "Interventions provided"),
                      "Interventions", iv_html,
                      intervention_entry(1, "92526", "Treatment of swallowing dysfunction and/or oral function for "
                                                     "feeding", "iv1", ts(ev), ts(add_days(ev, 56))))
    xml = head + "<component><structuredBody>" + concerns + goals + ivs + \
        "</structuredBody></component></ClinicalDocument>"
    name = "bp3_48_ccda_slp.xml"
    write_xml(name, xml)
    label(name, "medicare-outpatient-therapy", D(2026, 3, 20),
          must=[["diagnosis-missing", "diagnosis-code-missing"], ["signature-missing"]],
          notes="Gaps: no diagnosis or ICD-10-CM code anywhere (Health Concerns are narrative complaints only, no "
                "Problem section); the plan was only sent to the referring physician for certification - the "
                "referrer appears as a REF participant, the only signature is the SLP's legalAuthenticator. "
                "Otherwise complete: evaluation 03/02/2026, 2x/week x 8 weeks, 89-day certification.")


def ccda_c3():
    plan = D(2026, 8, 4)
    admit = D(2026, 7, 30)
    los_end = add_days(admit, 90)
    pt = dict(first="Cody", last="Redhawk", dob=D(1994, 5, 17), sex="M", mrn="ETX-22107",
              mrn_root="2.16.840.1.113883.3.8812.2", doc_root="2.16.840.1.113883.3.8812.9", doc_id="TP-22107-1",
              street="4410 Spur 248", city="Tyler", state="TX", zip="75707", phone="+1-903-555-0148",
              )
    cn_npi = npi("116605278")
    org = dict(name="Piney Woods Recovery Center", street="1315 S. Broadway Ave", city="Tyler", state="TX",
               zip="75701", phone="+1-903-555-0140", npi=npi("188871046"))
    author = dict(time=ts(plan, 14, 0, "-0500"), npi=cn_npi, taxonomy=("101YA0400X", "Addiction (Substance Use "
                                                                                   "Disorder) Counselor"),
                  name=("Brianna", "Castillo", "LCDC"))
    parts = (f'<authenticator><time value="{ts(plan, 13, 41, "-0500")}"/><signatureCode code="S"/>'
             f'<assignedEntity><id nullFlavor="NA"/><code code="ONESELF" codeSystem="2.16.840.1.113883.5.111" '
             f'displayName="self"/><assignedPerson>{person_name("Cody", "Redhawk")}</assignedPerson></assignedEntity>'
             f"</authenticator>"
             f'<legalAuthenticator><time value="{ts(plan, 14, 5, "-0500")}"/><signatureCode code="S"/>'
             f'{cda_entity(cn_npi, ("Brianna", "Castillo", "LCDC"), author["taxonomy"])}</legalAuthenticator>'
             f'<documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="{ts(admit)}"/>'
             f'<high value="{ts(los_end)}"/></effectiveTime></serviceEvent></documentationOf>')
    head = cda_header(CARE_PLAN_TEMPLATES, ("18776-5", "Plan of care note"), "Treatment Plan - Residential "
                      "Chemical Dependency Treatment", ts(plan, 14, 5, "-0500"), pt, author, org, parts, conf="R")
    probs = [("F11.20", "Opioid dependence, uncomplicated", ("5602001", "Opioid abuse"), ts(admit)),
             ("F15.20", "Other stimulant dependence, uncomplicated", ("699449003", "Methamphetamine dependence"),
              ts(admit))]
    problems = cda_section([("2.16.840.1.113883.10.20.22.2.5.1", "2015-08-01")], ("11450-4", "Problem list"),
                           "Problems", html_table(["Diagnosis", "ICD-10-CM", "Status"],
                                                  [[p[1], p[0], "Active"] for p in probs], ids=["prob1", "prob2"]),
                           "".join(problem_entry(i + 1, *p) for i, p in enumerate(probs)))
    rows = [("g1", "Goal 1: Cody will stop using opioids and methamphetamine.", us(los_end)),
            ("g1a", "Objective 1a: Cody will have negative urine drug screens on all random tests for 8 consecutive "
                    "weeks.", us(add_days(plan, 60))),
            ("g1b", "Objective 1b: Cody will write a relapse prevention plan listing 5 triggers and a coping skill "
                    "for each.", us(add_days(plan, 21))),
            ("g2", "Goal 2: Cody will reconnect with his family.", us(los_end)),
            ("g2a", "Objective 2a: Cody and his mother will complete 3 family sessions.", us(add_days(plan, 56))),
            ("g3", "Goal 3: Cody will have a job or school plan at discharge.", us(los_end)),
            ("g3a", "Objective 3a: Cody will complete 2 job applications or a community college enrollment form.",
             us(add_days(plan, 70)))]
    goal_entries = (goal_entry(1, "g1", ts(los_end), ts(plan),
                               subgoal(11, "g1a", ts(add_days(plan, 60)), ts(plan)) +
                               subgoal(12, "g1b", ts(add_days(plan, 21)), ts(plan))) +
                    goal_entry(2, "g2", ts(los_end), ts(plan), subgoal(21, "g2a", ts(add_days(plan, 56)), ts(plan))) +
                    goal_entry(3, "g3", ts(los_end), ts(plan), subgoal(31, "g3a", ts(add_days(plan, 70)), ts(plan))))
    goals = cda_section([("2.16.840.1.113883.10.20.22.2.60", None)], ("61146-7", "Goals"), "Goals and Objectives",
                        html_table(["Goal / objective", "Target date"], [[r[1], r[2]] for r in rows],
                                   ids=[r[0] for r in rows]), goal_entries)
    iv_rows = [("iv1", "Individual counseling (relapse prevention, MI)", "2x weekly, 50 minutes", "Primary counselor"),
               ("iv2", "Group counseling", "5x weekly, 90 minutes", "Counseling staff"),
               ("iv3", "Family counseling", "Every other week, 60 minutes", "Primary counselor"),
               ("iv4", "Random urine drug screening", "At least weekly", "Nursing"),
               ("iv5", "Vocational / education planning", "Weekly, 30 minutes", "Case manager")]
    iv_html = (html_table(["Strategy / intervention", "Frequency", "Responsible"], [list(r[1:]) for r in iv_rows],
                          ids=[r[0] for r in iv_rows]) +
               f"<paragraph>Admission date: {us(admit)}. Plan date: {us(plan)}. Projected length of stay: 90 days "
               f"(through {us(los_end)}).</paragraph>")
    ivs = cda_section([("2.16.840.1.113883.10.20.21.2.3", "2015-08-01")], ("62387-6", "Interventions provided"),
                      "Interventions", iv_html,
                      intervention_entry(1, "H0004", "Behavioral health counseling and therapy, per 15 minutes",
                                         "iv1", ts(plan), ts(los_end)) +
                      intervention_entry(2, "H0005", "Alcohol and/or drug services; group counseling by a clinician",
                                         "iv2", ts(plan), ts(los_end)))
    payers = payer_section("Superior HealthPlan (Texas Medicaid STAR)", "514408271", "2.16.840.1.113883.3.8812.7")
    xml = head + "<component><structuredBody>" + payers + problems + goals + ivs + \
        "</structuredBody></component></ClinicalDocument>"
    name = "bp3_49_ccda_tx_sud.xml"
    write_xml(name, xml)
    label(name, "base-treatment-plan", D(2026, 8, 20), states=["tx-26tac-564"],
          notes="Clean. C-CDA Care Plan: the client's agreement is the authenticator (ONESELF) with a signature "
                "time, the LCDC is the legalAuthenticator; objectives are COMP sub-goals with target dates; every "
                "strategy has a frequency; projected length of stay 90 days. The Texas Medicaid member ID is in "
                "the Payers section (policy activity), not in patientRole.")


# ============================================================================================
# main
# ============================================================================================
ALL_KINDS = {
    "diagnosis-missing", "diagnosis-code-missing", "diagnosis-code-invalid", "diagnosis-code-not-billable",
    "diagnosis-not-covered", "goal-missing", "goal-not-measurable", "goal-not-time-bound", "objective-missing",
    "objective-not-measurable", "objective-not-time-bound", "baseline-missing", "intervention-missing",
    "frequency-missing", "amount-missing", "duration-missing", "duration-exceeds-limit", "review-date-missing",
    "review-interval-exceeded", "review-overdue", "plan-late", "plan-outdated", "signature-missing",
    "signature-late", "credential-missing", "credential-not-permitted", "assessment-missing",
    "assessment-outdated", "caregiver-goal-missing", "service-code-invalid", "identifier-invalid",
    "field-missing", "date-inconsistent"}   # every kind of docs/reference/finding-kinds.md except readability (info)

PLANS = [plan_p01, plan_p02, plan_p03, plan_p04, plan_p05, plan_p06, plan_p07, plan_p08,
         plan_pa1, plan_pa3, plan_pa2, plan_pa4,
         plan_pt1, plan_pt3, plan_slp2, plan_pt2, plan_pt5, plan_slp1, plan_slp3, plan_ot4,
         plan_ot1, plan_ot2, plan_ot3, plan_pt4,
         plan_hh1, plan_hh3, plan_hh5, plan_hh2, plan_hh4,
         plan_aba1, plan_aba3, plan_aba5, plan_aba2, plan_aba4,
         plan_fl1, plan_fl2, plan_tx1, plan_ny1, plan_ny2, plan_tx2, plan_ca1, plan_ca2,
         fhir_f1, fhir_f2, fhir_f3, fhir_f4, ccda_c1, ccda_c2, ccda_c3]


def main():
    LABELS.clear()
    for fn in PLANS:
        fn()
    files = [lab["file"] for lab in LABELS]
    assert len(files) == len(set(files)), "duplicate file names"
    for f in files:
        assert os.path.exists(os.path.join(HERE, f)), f
    covered = {k for lab in LABELS for gap in lab["must_report"] for k in gap}
    missing = ALL_KINDS - covered
    assert not missing, f"kinds never used as a gap: {sorted(missing)}"
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=1)
        fh.write("\n")
    clean = sum(1 for lab in LABELS if not lab["must_report"])
    print(f"{len(LABELS)} plans ({clean} clean, {len(LABELS) - clean} with gaps)")


if __name__ == "__main__":
    main()
