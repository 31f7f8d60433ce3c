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
    t = doc.add_table(rows=1, cols=len(headers))
    _set_borders(t)
    _repeat_header(t.rows[0])
    for j, h in enumerate(headers):
        _cell_text(t.rows[0].cells[j], h, bold=True, size=size)
        _shade(t.rows[0].cells[j], fill)
    for kind, content in blocks:
        row = t.add_row()
        _no_split(row)
        if kind == "band":
            merged = row.cells[0].merge(row.cells[len(headers) - 1])
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


def save(doc, name):
    doc.save(os.path.join(HERE, name))


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
    save(doc, p["file"])


# -- P01: clean, Illinois (NGS J6) -----------------------------------------------------------
CLIN_OSTROWSKI = dict(name="Lena M. Ostrowski", cred="LCSW", npi=npi("164382017"))


def plan_p01():
    plan = D(2026, 1, 12)
    intake = D(2026, 1, 5)
    pt = dict(first="Dolores", mi="A", last="Kowalczyk", dob=D(1956, 3, 9), sex="F", mrn="40088217",
              member_id="3HT7QA2WE61", payer="MEDICARE PART B / MEDICARE")
    p = dict(
        file="bp3_01_epic_psychotherapy.docx", pt=pt,
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
        file="bp3_06_epic_psychotherapy.docx", pt=pt,
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
    save(doc, p["file"])


def plan_p02():
    plan = D(2026, 1, 20)
    intake = D(2026, 1, 13)
    pt = dict(first="Gloria", last="Baptiste-Mendez", dob=D(1957, 8, 30), sex="F", client_id="LSC-00917",
              member_id="5WQ8EJ3YK26", payer="Medicare Part B")
    clin = dict(name="Derek Haugen", cred="LPC", npi=npi("158830621"))
    p = dict(
        file="bp3_02_tn_psychotherapy.docx", pt=pt, clin=clin,
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
        file="bp3_05_tn_psychotherapy.docx", pt=pt, clin=clin,
        org=dict(name="Hudson Valley Psychotherapy Group", street="14 John St, 2nd Floor",
                 city="Kingston, NY 12401", phone="(845) 555-0139"),
        plan_date=plan, plan_time="11:30 AM", printed=dt(D(2026, 2, 24), 16, 2), pages=3,
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
    save(doc, p["file"])


def plan_p08():
    plan = D(2026, 3, 10)
    start = D(2026, 3, 3)
    pt = dict(first="Marguerite", last="O'Donnell", dob=D(1960, 12, 2), member_id="8DR4XC6MJ42",
              payer="Medicare (Part B)")
    clin = dict(name="Jordan Pike", cred="PsyD", npi=npi("117460382"))
    p = dict(
        file="bp3_08_sp_psychotherapy.docx", pt=pt, clin=clin,
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
        file="bp3_07_sp_psychotherapy.docx", pt=pt, clin=clin, draft=True,
        org=dict(name="Shoreline Wellness Counseling", street="1171 Boston Post Rd, Unit 3",
                 city="Guilford, CT 06437", phone="(203) 555-0173"),
        plan_date=plan, start=start, printed=dt(D(2026, 4, 29), 10, 6), pages=2,
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
    save(doc, p["file"])


def plan_p03():
    plan = D(2026, 1, 27)
    pt = dict(first="Eleanor", last="Whitcombe", dob=D(1953, 6, 6), sex="Female", mrn="0771342",
              payer="MEDICARE PART B")
    perf = dt(plan, 14, 45)
    p = dict(
        file="bp3_03_cerner_psychotherapy.docx", pt=pt, fin="5520419883", attending="Webb, Marcus",
        org=dict(name="ST. BRENDAN REGIONAL HEALTH - OUTPATIENT BEHAVIORAL HEALTH",
                 street="1600 Genesee St", city="Utica, NY 13502", phone="315-555-0128"),
        plan_date=plan, perform_dt=perf, tz="EST", request_id="41820377", printed=dt(D(2026, 2, 11), 9, 41),
        pages=3, doc_title="BH Outpatient Treatment Plan - Text", signer_display="Webb, Marcus",
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
        file="bp3_04_cerner_psychotherapy.docx", pt=pt, fin="7304418825", attending="Nakamura LCSW, Kenji",
        org=dict(name="SWEDISH HILLS HEALTH SYSTEM - ROCKFORD COUNSELING CENTER",
                 street="3401 N. Perryville Rd", city="Rockford, IL 61114", phone="815-555-0190"),
        plan_date=plan, perform_dt=perf, tz="CST", request_id="55107264", printed=dt(D(2026, 1, 16), 13, 5),
        pages=3, doc_title="BH Outpatient Treatment Plan - Text", signer_display="Nakamura LCSW, Kenji",
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
                merged_row_table(doc, ["Detail", "", "", ""], blocks, widths=[2.9, 1.4, 1.4, 1.4])
    rule_heading(doc, "Discharge / Transition Criteria")
    para(doc, p["discharge"])
    rule_heading(doc, "Signatures")
    table(doc, ["Signature Type", "Name", "Credentials", "Signed Date/Time", "Method"], p["sigs"],
          widths=[1.6, 1.7, 0.9, 1.6, 1.3])
    para(doc, "Client participated in development of this plan and was offered a copy.   "
              f"{box(True)} Yes   {box(False)} No", size=8.5)
    save(doc, p["file"])


def plan_pa1():
    admit = D(2026, 1, 5)
    plan = D(2026, 1, 26)
    pt = dict(first="Tyrell", last="Washington", dob=D(1988, 4, 3), client_id="000284417",
              member_id="8301225467", payer="HealthChoices - Community Care Behavioral Health")
    p = dict(
        file="bp3_09_avatar_pa_clinic.docx", pt=pt,
        org=dict(name="Keystone Valley Community Mental Health", sub="Licensed Outpatient Psychiatric Clinic",
                 street="515 Hamilton St", city="Allentown, PA 18101", phone="(610) 555-0132"),
        episode="2", program="OP ADULT CLINIC", status="Final", printed=(dt(D(2026, 2, 12), 8, 17), "SMCKEE"),
        pages=4, admit=admit, plan_date=plan, duration="12 months", plan_end=D(2027, 1, 25),
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
        file="bp3_10_avatar_pa_clinic.docx", pt=pt,
        org=dict(name="Susquehanna Family Counseling Services", sub="Licensed Outpatient Psychiatric Clinic",
                 street="2040 Market St", city="Camp Hill, PA 17011", phone="(717) 555-0145"),
        episode="1", program="OP ADULT MH", status="Final", printed=(dt(D(2026, 1, 8), 14, 30), "JBRANDT"),
        pages=3, admit=admit, plan_date=plan, duration="6 months", plan_end=D(2026, 6, 15),
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
    save(doc, p["file"])


def plan_pa2():
    admit = D(2026, 2, 2)
    plan = D(2026, 2, 24)
    pt = dict(first="Danielle", last="Yurkovich", dob=D(1979, 12, 11), client_id="20417",
              member_id="7309914482")
    p = dict(
        file="bp3_11_credible_pa_clinic.docx", pt=pt,
        org=dict(name="Three Rivers Outpatient Behavioral Health", street="1100 Liberty Ave, 4th Fl",
                 city="Pittsburgh, PA 15222", phone="412-555-0176"),
        plan_date=plan, printed=dt(D(2026, 3, 9), 10, 3), visit_id="1188204", pages=3,
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
        file="bp3_12_credible_pa_clinic.docx", pt=pt,
        org=dict(name="Three Rivers Outpatient Behavioral Health", street="1100 Liberty Ave, 4th Fl",
                 city="Pittsburgh, PA 15222", phone="412-555-0176"),
        plan_date=plan, printed=dt(D(2026, 4, 6), 15, 47), visit_id="1204417", pages=3,
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
