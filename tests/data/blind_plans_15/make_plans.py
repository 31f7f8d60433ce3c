#!/usr/bin/env python3
"""Blind plan set 15: writes every plan file and labels.json into this folder.

Deterministic: run with /work/main/.venv/bin/python make_plans.py; DOCX files are re-zipped with fixed
timestamps and fixed core properties, so two runs give byte-identical output.

Everything here is invented: names, agencies, identifiers, NPIs (valid Luhn check digits over the
80840 prefix unless an invalid NPI is the plan's gap).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Inches, Cm

OUT = Path(__file__).resolve().parent
D = date
FIXED_DT = dt.datetime(2026, 1, 1, 8, 0, 0)

# ---------------------------------------------------------------------------------------------
# identifiers


def luhn_npi_check(base9: str) -> str:
    """Check digit of an NPI: Luhn over '80840' + the first nine digits."""
    digits = [int(c) for c in "80840" + base9]
    total = 0
    # rightmost digit of the payload is doubled (the check digit will sit to its right)
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi(base9: str) -> str:
    assert len(base9) == 9 and base9[0] in "12"
    return base9 + luhn_npi_check(base9)


def npi_valid(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and luhn_npi_check(n[:9]) == n[9]


def bad_npi(base9: str) -> str:
    good = npi(base9)
    wrong = str((int(good[9]) + 3) % 10)
    return base9 + wrong


# known example from the CMS specification: 123456789 -> check digit 3
assert npi("123456789") == "1234567893"

# ---------------------------------------------------------------------------------------------
# dates


def fd(d: date, style: str = "us") -> str:
    if d is None:
        return ""
    m, dd, y = d.month, d.day, d.year
    return {
        "us": f"{m:02d}/{dd:02d}/{y}",
        "us1": f"{m}/{dd}/{y}",
        "us2": f"{m}/{dd}/{y % 100:02d}",
        "iso": d.isoformat(),
        "long": d.strftime("%B ") + f"{dd}, {y}",
        "med": d.strftime("%b ") + f"{dd}, {y}",
        "dmy": f"{dd} " + d.strftime("%B ") + str(y),
        "dash": f"{m:02d}-{dd:02d}-{y}",
        "ehr": f"{dd:02d}-" + d.strftime("%b") + f"-{y}",
    }[style]


def days(a: date, b: date) -> int:
    return (b - a).days


# ---------------------------------------------------------------------------------------------
# DOCX low-level helpers

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def new_doc(font="Calibri", size=10.5, margins=0.8, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margins))
    return doc


def para(doc_or_cell, text="", bold=False, size=None, align=None, italic=False, style=None, color=None,
         space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def lv(doc_or_cell, label, value, sep=" ", bold_label=True, size=None):
    """A 'Label: value' paragraph with a bold label."""
    p = doc_or_cell.add_paragraph()
    r = p.add_run(label)
    r.bold = bold_label
    if size:
        r.font.size = Pt(size)
    r2 = p.add_run(sep + value if value else sep)
    if size:
        r2.font.size = Pt(size)
    return p


def runs(p, *parts):
    """parts: (text, bold) tuples or plain strings."""
    for part in parts:
        if isinstance(part, tuple):
            r = p.add_run(part[0])
            r.bold = part[1]
        else:
            p.add_run(part)
    return p


def first_para(cell):
    return cell.paragraphs[0]


def ctext(cell, text, bold=False, size=None, align=None, italic=False):
    """Set a cell's text (first paragraph); further lines separated by '\n' become paragraphs."""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if line:
            r = p.add_run(line)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table(container, rows, header=True, style="Table Grid", fill="D9D9D9", size=None, widths=None,
          bold_first_col=False):
    """rows: list of lists of str. Returns the table."""
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j in range(ncols):
            val = row[j] if j < len(row) else ""
            c = t.cell(i, j)
            ctext(c, val, bold=(header and i == 0) or (bold_first_col and j == 0), size=size)
            if header and i == 0 and fill:
                shade(c, fill)
    if header:
        repeat_header(t.rows[0])
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Inches(w)
    return t


def merged_row(t, text, fill="BFBFBF", bold=True, size=None):
    row = t.add_row()
    c = row.cells[0].merge(row.cells[-1])
    ctext(c, text, bold=bold, size=size)
    if fill:
        shade(c, fill)
    return c


def add_row(t, values, bold=False, size=None):
    row = t.add_row()
    for j, v in enumerate(values):
        ctext(row.cells[j], v, bold=bold, size=size)
    return row


def field(p, instr, shown="1"):
    """Complex field (PAGE, NUMPAGES, DATE ...) with a cached result."""
    def fc(kind):
        r = OxmlElement("w:r")
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), kind)
        r.append(f)
        return r
    p._p.append(fc("begin"))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    it.text = f" {instr} "
    r.append(it)
    p._p.append(r)
    p._p.append(fc("separate"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = shown
    r.append(t)
    p._p.append(r)
    p._p.append(fc("end"))


def simple_field(p, instr, shown):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), f" {instr} ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = shown
    r.append(t)
    f.append(r)
    p._p.append(f)


def page_x_of_y(p, prefix="Page "):
    p.add_run(prefix)
    field(p, "PAGE", "1")
    p.add_run(" of ")
    field(p, "NUMPAGES", "2")


def _run_el(text, bold=False, deleted=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


_rev_id = [100]


def tracked(p, kind, text, author="Reviewer", when="2026-01-01T09:00:00Z"):
    """Append a tracked insertion (kind='ins') or deletion (kind='del') to paragraph p."""
    _rev_id[0] += 1
    el = OxmlElement(f"w:{kind}")
    el.set(qn("w:id"), str(_rev_id[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), when)
    el.append(_run_el(text, deleted=(kind == "del")))
    p._p.append(el)


def sdt_inline(p, text, alias, tag=None, bold=False):
    """A plain-text content control inside paragraph p."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    pr.append(a)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag or alias.replace(" ", ""))
    pr.append(tg)
    _rev_id[0] += 1
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(_rev_id[0]))
    pr.append(i)
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    content.append(_run_el(text, bold=bold))
    sdt.append(content)
    p._p.append(sdt)
    return sdt


def sdt_block(doc, paragraphs_text, alias):
    """Block-level content control holding whole paragraphs (appended at the end of the body)."""
    body = doc.element.body
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    pr.append(a)
    _rev_id[0] += 1
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(_rev_id[0]))
    pr.append(i)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    for txt in paragraphs_text:
        p = OxmlElement("w:p")
        if isinstance(txt, tuple):
            p.append(_run_el(txt[0], bold=True))
            p.append(_run_el(txt[1]))
        else:
            p.append(_run_el(txt))
        content.append(p)
    sdt.append(content)
    body.insert(len(body) - 1, sdt)  # before sectPr
    return sdt


def comment(doc, run_or_runs, text, author="QA Reviewer", initials="QA"):
    c = doc.add_comment(run_or_runs, text=text, author=author, initials=initials)
    c._comment_elm.date = FIXED_DT
    return c


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def header_text(doc, lines, size=8, align=None, table_cells=None):
    hdr = doc.sections[0].header
    hdr.is_linked_to_previous = False
    first = True
    if table_cells:
        t = hdr.add_table(rows=1, cols=len(table_cells), width=Inches(7))
        for j, v in enumerate(table_cells):
            ctext(t.cell(0, j), v, size=size)
    for line in lines:
        p = hdr.paragraphs[0] if first and not table_cells else hdr.add_paragraph()
        first = False
        r = p.add_run(line)
        r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return hdr


def footer(doc, text, size=7.5, pages=True, align=None):
    ftr = doc.sections[0].footer
    p = ftr.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    if pages:
        p.add_run("   ")
        page_x_of_y(p)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return ftr


def save_docx(doc, name, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    buf = io.BytesIO()
    doc.save(buf)
    rezip(buf.getvalue(), OUT / name)


def rezip(data: bytes, path: Path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------------
# labels: finding kinds each profile can report at error or warning (from `authcheck profiles show
# ID --resolved`, read by the author for the as-of dates used here; info-only kinds left out)

BASE = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
        "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
KINDS = {
    "base-treatment-plan": BASE,
    "medicare-psychotherapy": BASE | {"credential-missing", "signature-missing", "duration-exceeds-limit",
                                      "duration-missing", "goal-not-measurable", "goal-missing",
                                      "intervention-missing", "objective-not-measurable",
                                      "objective-not-time-bound", "plan-outdated", "amount-missing",
                                      "frequency-missing"},
    # service-amount is info-only under this profile: amount-missing is never listed
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

# profile numbers used by the self-checks below
PSY_PLAN_MAX_AGE = 365
PA_PLAN_DAYS = 30
OT_PHYS_DAYS = 30
OT_REVIEW_DAYS = 90
HH_REVIEW_DAYS = 60
ABA_ASSESS_DAYS = 365
ABA_REVIEW_DAYS = 184
NY_PLAN_DAYS = 7
NY_PHYS_DAYS = 10
FL_DAYS = {"intensive inpatient": 3, "residential level 1": 7, "residential level 2": 15,
           "day or night treatment": 10}
FL_QP_DAYS = 10
CA_PLAN_DAYS = 28
CA_REVIEW_DAYS = 92
CA_SIGN_DAYS = 14

LABELS: list[dict] = []


def label(file, payer, states, as_of, gaps, notes, unsure=()):
    kinds = set(KINDS[payer])
    for s in states:
        kinds |= KINDS[s]
    gap_kinds = {k for g in gaps for k in g}
    assert gap_kinds <= kinds | {"diagnosis-code-not-billable"}, (file, gap_kinds - kinds)
    must_not = sorted(kinds - gap_kinds - set(unsure))
    args = ["--payer", payer]
    for s in states:
        args += ["--state", s]
    args += ["--as-of", as_of.isoformat()]
    if unsure:
        notes = notes + " Not listed in must_not_report (unsure): " + ", ".join(sorted(unsure)) + "."
    LABELS.append({"file": file, "check_with": args, "must_report": [list(g) for g in gaps],
                   "must_not_report": must_not, "notes": notes})


# ---------------------------------------------------------------------------------------------
# shared invented people and organisations

NPI = {k: npi(v) for k, v in {
    "okafor": "148213907", "brandvold": "162044781", "quill": "175530912", "haddad": "130982744",
    "lindqvist": "193307265", "marsh": "120448830", "tanaka": "158872316", "osei": "184401529",
    "vukovic": "116620947", "feld": "171093358", "rourke": "143385016", "dasilva": "129870463",
    "kowal": "187652209", "emberly": "165021874", "sato": "152298637", "ferro": "138840715",
    "achebe": "176604392", "greer": "190257148", "lund": "124476509", "pham": "169911283",
    "boateng": "115538026", "ilves": "183360471", "mcbride": "147702865", "arroyo": "131196548",
    "nakamura": "196048312", "veldt": "122985637", "halloran": "159376204", "ostrowski": "187120459",
    "clinic1": "134889206", "clinic2": "170062318", "clinic3": "126630954", "hha1": "145571380",
    "hha2": "198274016", "aba1": "161108743", "sud1": "139925670", "sud2": "177803214",
    "sud3": "150496382", "rehab1": "112874309", "rehab2": "185550627",
}.items()}
for _k, _v in NPI.items():
    assert npi_valid(_v), _k


# =============================================================================================
# RENDERER 1: "Meridian BH" EHR export (grid-heavy, repeated page header, audit trail)


def render_meridian(P):
    o = P.get("opt", {})
    doc = new_doc(font="Arial", size=9, margins=0.6)
    c = P["client"]
    header_text(doc, [], size=7.5, table_cells=[
        f"{o.get('vendor', 'MERIDIAN BH')} | {P['agency']}",
        f"{c['name'].upper()}   DOB {fd(c['dob'], o.get('dfmt', 'us'))}",
        f"MRN {c['mrn']}   {o.get('mid_label', 'Ins ID')} {c['mid']}" if o.get("mid_in_header", True) else f"MRN {c['mrn']}",
    ])
    footer(doc, f"Printed {fd(P['printed'], 'us')} {o.get('printed_time', '09:14')} by {o.get('printed_by', 'kfrost')}"
                f"  |  CONFIDENTIAL - contains protected health information  |  Doc ID {o.get('docid', 'TP-0048812')}")
    para(doc, o.get("title", "INDIVIDUALIZED TREATMENT PLAN"), bold=True, size=13, align="c")
    para(doc, o.get("subtitle", "Outpatient Behavioral Health - Initial Plan"), italic=True, align="c", size=9)
    # demographics grid
    demo = [["Patient Name", c["name"], "Date of Birth", fd(c["dob"], o.get("dfmt", "us"))],
            ["MRN", c["mrn"], o.get("mid_label", "Ins ID"), c["mid"] if not o.get("mid_in_header_only") else "see header"],
            ["Payer", P.get("payer_name", "Medicare Part B"), "Program", P.get("program", "Adult Outpatient")]]
    if P.get("admit"):
        demo.append([o.get("admit_label", "Intake Date"), fd(P["admit"], o.get("dfmt", "us")),
                     o.get("plan_label", "Plan Date"), fd(P["plan_date"], o.get("dfmt", "us"))])
    else:
        demo.append(["Primary Clinician", f"{P['clin']['name']}, {P['clin']['cred']}" if P['clin'].get('cred') else P['clin']['name'],
                     o.get("plan_label", "Plan Date"), fd(P["plan_date"], o.get("dfmt", "us"))])
    if o.get("mid_in_header_only"):
        demo[1] = ["MRN", c["mrn"], "Plan Type", "Initial"]
    para(doc, "Section 1 - Identifying Information", bold=True, color="1F3864")
    table(doc, demo, header=False, bold_first_col=True, size=8.5)
    para(doc, "")
    para(doc, "Section 2 - Diagnoses (ICD-10-CM)", bold=True, color="1F3864")
    rows = [["Seq", "Code", "Description", "Type", "Status"]]
    for i, (code, desc, prim) in enumerate(P["dx"], 1):
        rows.append([str(i), code, desc, "Primary" if prim else "Secondary", "Active"])
    table(doc, rows, size=8.5, fill="C6D9F1")
    para(doc, "")
    if P.get("presenting"):
        para(doc, "Section 3 - Presenting Problem / Clinical Summary", bold=True, color="1F3864")
        para(doc, P["presenting"], size=9)
    para(doc, "Section 4 - Problems, Goals and Objectives", bold=True, color="1F3864")
    for pi, pr in enumerate(P["problems"], 1):
        t = table(doc, [[f"Problem #{pi}: {pr['problem']}", "", "", ""]], header=False, size=8.5)
        hdr = t.rows[0].cells[0].merge(t.rows[0].cells[3])
        shade(hdr, "DCE6F1")
        add_row(t, ["Long Term Goal", pr["goal"], "Target", fd(pr.get("goal_date"), o.get("dfmt", "us")) or "-"], size=8.5)
        add_row(t, ["Obj #", "Short Term Objective", "Target Date", "Status"], bold=True, size=8.5)
        for oi, ob in enumerate(pr["objectives"], 1):
            add_row(t, [f"{pi}.{oi}", ob["text"], fd(ob.get("date"), o.get("dfmt", "us")) if ob.get("date") else "", "Active"], size=8.5)
        add_row(t, ["Interventions", "\n".join(pr["interventions"]), "Staff", pr.get("staff", P["clin"]["name"])], size=8.5)
        para(doc, "")
    para(doc, "Section 5 - Services / Modalities", bold=True, color="1F3864")
    rows = [["CPT", "Service", "Session Length", "Frequency", "Duration", "Provider"]]
    for s in P["services"]:
        rows.append([s.get("code", ""), s["desc"], s.get("amount") or "", s.get("freq") or "", s.get("dur", ""),
                     s.get("staff", P["clin"]["name"])])
    table(doc, rows, size=8.5, fill="C6D9F1")
    para(doc, "")
    lv(doc, o.get("dur_label", "Estimated Length of Treatment:"), P["duration"], size=9)
    for r in P.get("reviews", []):
        lv(doc, "Next Scheduled Review:" if not r.get("done") else "Review Completed:",
           fd(r["date"], o.get("dfmt", "us")), size=9)
    if o.get("boilerplate", True):
        para(doc, "Section 6 - Crisis Plan / Patient Rights", bold=True, color="1F3864")
        para(doc, "If you are in crisis after hours call or text 988 (Suicide & Crisis Lifeline) or go to the "
                  "nearest emergency department. The clinic answering service can be reached at 555-0148. "
                  "You have the right to participate in the development of this plan, to receive a copy, and "
                  "to request a review at any time. Information in this record is protected under 45 CFR "
                  "Parts 160 and 164 and may not be re-disclosed without authorization.", size=8)
    page_break(doc)
    para(doc, "Section 7 - Signatures", bold=True, color="1F3864")
    for s in P["sigs"]:
        if s.get("blank"):
            para(doc, f"{s['label']}: ________________________________   Date: ____________", size=9)
            continue
        stamp = (f"Electronically signed by {s['name']}" + (f", {s['cred']}" if s.get("cred") else "") +
                 f" ({s['label']}) on {fd(s['date'], o.get('dfmt', 'us'))} {s.get('time', '10:02')}")
        p = para(doc, stamp, size=9, italic=True)
        if s.get("npi"):
            p.add_run(f"   NPI {s['npi']}").font.size = Pt(9)
    if o.get("audit", True):
        para(doc, "")
        para(doc, "Document Audit Trail", bold=True, size=8)
        rows = [["Event", "User", "Date/Time"]]
        rows.append(["Draft created", o.get("printed_by", "kfrost"), f"{fd(P['plan_date'], 'us')} 08:41"])
        for s in P["sigs"]:
            if not s.get("blank"):
                rows.append([f"Signed ({s['label']})", s["name"], f"{fd(s['date'], 'us')} {s.get('time', '10:02')}"])
        rows.append(["Printed", o.get("printed_by", "kfrost"), f"{fd(P['printed'], 'us')} {o.get('printed_time', '09:14')}"])
        table(doc, rows, size=7.5, fill="EEEEEE")
    return doc


# =============================================================================================
# RENDERER 2: "Sessionly" practice-management export (paragraph labels, numbered goals)


def render_sessionly(P):
    o = P.get("opt", {})
    doc = new_doc(font="Helvetica", size=10.5, margins=1.0)
    c = P["client"]
    df = o.get("dfmt", "long")
    hdr = header_text(doc, [f"{P['agency']} · {P.get('address', '')}"], size=8, align="c")
    footer(doc, f"Generated by Sessionly on {fd(P['printed'], 'med')}. {c['name']} - Treatment Plan", pages=True)
    para(doc, "Treatment Plan", bold=True, size=18)
    tl = o.get("client_label", "Client")
    lv(doc, f"{tl}:", c["name"])
    lv(doc, "Date of birth:", fd(c["dob"], df))
    lv(doc, o.get("mid_label", "Insurance member ID:"), c["mid"])
    lv(doc, "Clinician:", f"{P['clin']['name']}" + (f", {P['clin']['cred']}" if P['clin'].get('cred') and not o.get("no_cred") else ""))
    if P.get("admit"):
        lv(doc, o.get("admit_label", "Intake date:"), fd(P["admit"], df))
    lv(doc, o.get("plan_label", "Plan created:"), fd(P["plan_date"], df))
    para(doc, "")
    para(doc, "Diagnosis", bold=True, size=13)
    for code, desc, prim in P["dx"]:
        para(doc, f"{code} – {desc}" + (" (primary)" if prim else ""), style="List Bullet")
    para(doc, "Presenting problem", bold=True, size=13)
    para(doc, P.get("presenting", ""))
    para(doc, "Goals & objectives", bold=True, size=13)
    for pi, pr in enumerate(P["problems"], 1):
        p = para(doc, "")
        runs(p, (f"Problem {pi}: ", True), pr["problem"])
        p = para(doc, "")
        runs(p, ("Goal: ", True), pr["goal"])
        for oi, ob in enumerate(pr["objectives"], 1):
            p = para(doc, "")
            p.paragraph_format.left_indent = Inches(0.3)
            runs(p, (f"Objective {pi}{chr(96 + oi)}: ", True), ob["text"])
            if ob.get("date"):
                p = para(doc, f"Target date: {fd(ob['date'], df)}", italic=True)
                p.paragraph_format.left_indent = Inches(0.3)
        p = para(doc, "")
        runs(p, ("Interventions: ", True), "; ".join(pr["interventions"]))
        para(doc, "")
    para(doc, o.get("svc_heading", "Treatment modality & frequency"), bold=True, size=13)
    for s in P["services"]:
        bits = [s["desc"]]
        if s.get("code"):
            bits[0] += f" ({s['code']})"
        if s.get("amount"):
            bits.append(s["amount"])
        if s.get("freq"):
            bits.append(s["freq"])
        para(doc, ", ".join(bits), style="List Bullet")
    lv(doc, o.get("dur_label", "Estimated length of treatment:"), P["duration"])
    for r in P.get("reviews", []):
        lv(doc, "Next review:", fd(r["date"], df))
    para(doc, "")
    para(doc, "Consent", bold=True, size=13)
    para(doc, "I participated in creating this plan and I agree with the goals listed above. I understand I "
              "may ask for changes at any time and that I may stop treatment at any time. In an emergency "
              "call 911 or 988.", size=9)
    para(doc, "Signatures", bold=True, size=13)
    for s in P["sigs"]:
        if s.get("blank"):
            para(doc, f"{s['label']}: ______________________________")
            para(doc, "Date: ____________")
            continue
        p = para(doc, "")
        runs(p, (f"{s['label']}: ", True))
        if s.get("how") == "slash":
            p.add_run(f"/s/ {s['name']}" + (f", {s['cred']}" if s.get("cred") else ""))
            para(doc, f"Date: {fd(s['date'], df)}")
        elif s.get("how") == "tablet":
            p.add_run(f"{s['name']} — signed on tablet {fd(s['date'], 'us')} {s.get('time', '4:12 PM')}")
        else:
            p.add_run(f"Signed electronically by {s['name']}" + (f", {s['cred']}" if s.get("cred") else "") +
                      f" on {fd(s['date'], df)} at {s.get('time', '3:47 PM')}")
    return doc


# =============================================================================================
# RENDERER 3: "CareGrid PM" one big table with merged section rows and nested objective tables


def render_caregrid(P):
    o = P.get("opt", {})
    doc = new_doc(font="Times New Roman", size=10, margins=0.7)
    c = P["client"]
    df = o.get("dfmt", "us1")
    header_text(doc, [f"{P['agency'].upper()}", "CareGrid PM  ▪  Treatment Plan  ▪  Form TP-3 rev 08/2024"], size=8, align="c")
    footer(doc, f"{c['name']} | {o.get('mid_label', 'Member #')} {c['mid']} | Printed {fd(P['printed'], 'us')}")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    cc = t.rows[0].cells[0].merge(t.rows[0].cells[3])
    ctext(cc, "TREATMENT / SERVICE PLAN", bold=True, size=12, align="c")
    shade(cc, "A6A6A6")
    merged_row(t, "A. INDIVIDUAL INFORMATION")
    add_row(t, [o.get("client_label", "Individual served"), c["name"], "DOB", fd(c["dob"], df)])
    add_row(t, [o.get("mid_label", "Member #"), c["mid"], "Record #", c["mrn"]])
    add_row(t, [o.get("admit_label", "Date of intake"), fd(P.get("admit"), df),
                o.get("plan_label", "Date plan developed"), fd(P["plan_date"], df)])
    merged_row(t, "B. DIAGNOSES")
    for code, desc, prim in P["dx"]:
        r = t.add_row()
        ctext(r.cells[0], code)
        d = r.cells[1].merge(r.cells[3])
        ctext(d, desc + (" — primary" if prim else ""))
    merged_row(t, "C. GOALS, OBJECTIVES AND INTERVENTIONS")
    for pi, pr in enumerate(P["problems"], 1):
        r = t.add_row()
        ctext(r.cells[0], f"Need {pi}", bold=True)
        d = r.cells[1].merge(r.cells[3])
        ctext(d, pr["problem"])
        r = t.add_row()
        ctext(r.cells[0], "Goal")
        d = r.cells[1].merge(r.cells[3])
        ctext(d, pr["goal"])
        r = t.add_row()
        ctext(r.cells[0], "Objectives")
        d = r.cells[1].merge(r.cells[3])
        inner = d.add_table(rows=1, cols=3)
        inner.style = "Table Grid"
        ctext(inner.cell(0, 0), "#", bold=True)
        ctext(inner.cell(0, 1), "Measurable objective", bold=True)
        ctext(inner.cell(0, 2), "Target date", bold=True)
        for oi, ob in enumerate(pr["objectives"], 1):
            rr = inner.add_row()
            ctext(rr.cells[0], f"{pi}.{oi}")
            ctext(rr.cells[1], ob["text"])
            ctext(rr.cells[2], fd(ob.get("date"), df) if ob.get("date") else "")
        r = t.add_row()
        ctext(r.cells[0], "Interventions / Modality")
        d = r.cells[1].merge(r.cells[3])
        ctext(d, "\n".join(pr["interventions"]))
    merged_row(t, "D. SERVICES")
    add_row(t, ["Service (code)", "Amount", "Frequency", "Duration"], bold=True)
    svc_rows = []
    for s in P["services"]:
        svc_rows.append(add_row(t, [f"{s['desc']} ({s['code']})" if s.get("code") else s["desc"], s.get("amount") or "",
                                    s.get("freq") or "", s.get("dur", "")]))
    r = t.add_row()
    ctext(r.cells[0], o.get("dur_label", "Expected duration of treatment"))
    d = r.cells[1].merge(r.cells[3])
    ctext(d, P["duration"])
    for rv in P.get("reviews", []):
        r = t.add_row()
        ctext(r.cells[0], "Plan review due")
        d = r.cells[1].merge(r.cells[3])
        ctext(d, fd(rv["date"], df))
    merged_row(t, "E. SIGNATURES")
    add_row(t, ["Role", "Name / Credentials", "Signature", "Date"], bold=True)
    for s in P["sigs"]:
        if s.get("blank"):
            add_row(t, [s["label"], s.get("name", ""), "", ""])
        else:
            add_row(t, [s["label"], s["name"] + (f", {s['cred']}" if s.get("cred") else ""),
                        s.get("sigtext", f"/s/ {s['name']}"), fd(s["date"], df)])
    doc._svc_rows = svc_rows
    para(doc, "")
    para(doc, "Individual's rights: You may request a copy of this plan, a review of this plan, or a second "
              "opinion at any time. Grievance line: 555-0177. Crisis: 988.", size=8, italic=True)
    return doc


# =============================================================================================
# RENDERER 4: freehand plans typed in Word by solo practitioners


def render_freehand_psych(P):
    o = P.get("opt", {})
    doc = new_doc(font=o.get("font", "Cambria"), size=11, margins=1.0)
    c = P["client"]
    df = o.get("dfmt", "us2")
    if o.get("letterhead"):
        para(doc, o["letterhead"], align="c", size=9, italic=True)
    para(doc, o.get("title", "TREATMENT PLAN"), bold=True, align="c", size=13)
    idl = o.get("id_line")
    if idl:
        para(doc, idl)
    else:
        bits = [f"{o.get('client_label', 'Name')}: {c['name']}"]
        if c.get("dob"):
            bits.append(f"DOB {fd(c['dob'], df)}")
        bits.append(f"{o.get('mid_label', 'Medicare #')} {c['mid']}")
        para(doc, "    ".join(bits))
    para(doc, f"{o.get('plan_label', 'Date')}: {fd(P['plan_date'], df)}" +
         (f"     {o.get('admit_label', 'Intake')}: {fd(P['admit'], df)}" if P.get("admit") else ""))
    para(doc, "")
    dx = "; ".join(f"{code} {desc}" for code, desc, prim in P["dx"])
    para(doc, f"{o.get('dx_label', 'Dx')}: {dx}")
    if P.get("presenting"):
        para(doc, f"{o.get('pp_label', 'Reason for referral')}: {P['presenting']}")
    para(doc, "")
    para(doc, o.get("goals_heading", "Goals:"), bold=True)
    for pi, pr in enumerate(P["problems"], 1):
        para(doc, f"{pi}) {pr['goal']}")
        for oi, ob in enumerate(pr["objectives"]):
            line = f"     {chr(97 + oi)}. {ob['text']}"
            if ob.get("date"):
                line += o.get("date_join", " - by ") + fd(ob["date"], df)
            para(doc, line)
        if pr.get("interventions") and not o.get("interventions_once"):
            para(doc, f"     {o.get('int_label', 'Tx')}: " + ", ".join(pr["interventions"]))
    para(doc, "")
    if o.get("interventions_once"):
        para(doc, o.get("int_heading", "Interventions") + ": " + "; ".join(o["interventions_once"]))
    for s in P["services"]:
        para(doc, s["line"])
    para(doc, f"{o.get('dur_label', 'Duration')}: {P['duration']}")
    for r in P.get("reviews", []):
        para(doc, f"{o.get('review_label', 'Review')}: {fd(r['date'], df)}")
    if o.get("extra"):
        for e in o["extra"]:
            para(doc, e)
    para(doc, "")
    para(doc, "")
    for s in P["sigs"]:
        if s.get("blank"):
            para(doc, "_______________________________   __________")
            para(doc, f"{s['label']}                                    date")
            continue
        para(doc, s.get("sigline", f"{s['name']}" + (f", {s['cred']}" if s.get("cred") else "") + f"    {fd(s['date'], df)}"))
        if s.get("sub"):
            para(doc, s["sub"], size=9)
    return doc


# =============================================================================================
# RENDERER 5: outpatient rehab plan of care export ("PTelligent" / "RehabGrid")


def render_rehab(P):
    o = P.get("opt", {})
    grid = o.get("grid", False)
    doc = new_doc(font="Segoe UI" if not grid else "Arial", size=9.5, margins=0.7)
    c = P["client"]
    df = o.get("dfmt", "us")
    header_text(doc, [f"{P['agency']}   |   {P.get('address', '')}   |   Ph 555-0190   Fax 555-0191",
                      f"Provider NPI {P.get('org_npi', '')}"], size=7.5)
    ftr = footer(doc, f"{c['name']}  DOB {fd(c['dob'], 'us')}  {o.get('mid_label', 'MBI')} {c['mid']}  -  "
                      f"{o.get('vendor', 'PTelligent')} v7.3", size=7)
    para(doc, o.get("title", "PLAN OF CARE / CERTIFICATION"), bold=True, size=13, align="c")
    para(doc, o.get("subtitle", "Initial Evaluation - Physical Therapy"), align="c", size=10)
    rows = [["Patient", c["name"], "DOB", fd(c["dob"], df)],
            [o.get("mid_label", "MBI"), c["mid"], "Acct #", c["mrn"]],
            ["Referring Provider", P["phys"]["name"] + ", " + P["phys"]["cred"], "Referring NPI", P["phys"]["npi"]],
            [o.get("first_label", "Start of Care"), fd(P["first_tx"], df), o.get("eval_label", "Evaluation Date"), fd(P["plan_date"], df)],
            ["Cert Period", f"{fd(P['period'][0], df)} - {fd(P['period'][1], df)}", "Payer", "Medicare Part B"]]
    table(doc, rows, header=False, bold_first_col=True, size=8.5)
    para(doc, "")
    para(doc, "Diagnoses", bold=True)
    rows = [["", "ICD-10", "Description"]]
    for code, desc, prim in P["dx"]:
        rows.append(["Medical" if prim else "Treatment", code, desc])
    table(doc, rows, size=8.5)
    para(doc, "")
    para(doc, "Assessment", bold=True)
    para(doc, P["presenting"], size=9)
    if P.get("measures"):
        para(doc, "Objective Measures", bold=True)
        table(doc, [["Measure", "Result"]] + P["measures"], size=8.5)
    para(doc, "")
    for gset in P["goal_sets"]:
        para(doc, gset["heading"], bold=True)
        if grid:
            rows = [["#", "Goal", "Target", "Status"]]
            for i, (txt, tdate) in enumerate(gset["goals"], 1):
                rows.append([f"{gset['prefix']}{i}", txt, fd(tdate, df) if isinstance(tdate, date) else (tdate or ""), "New"])
            table(doc, rows, size=8.5, fill="E2EFDA")
        else:
            for i, (txt, tdate) in enumerate(gset["goals"], 1):
                extra = ""
                if isinstance(tdate, date):
                    extra = f" (by {fd(tdate, df)})"
                elif tdate:
                    extra = f" {tdate}"
                para(doc, f"{gset['prefix']}{i}: {txt}{extra}", size=9)
    para(doc, "")
    para(doc, "Plan of Care", bold=True)
    rows = [["CPT", "Intervention", "Frequency", "Duration"]]
    for s in P["services"]:
        rows.append([s["code"], s["desc"], s.get("freq") or "", s.get("dur") or ""])
    table(doc, rows, size=8.5)
    for line in P.get("plan_lines", []):
        para(doc, line, size=9)
    para(doc, "")
    para(doc, "Patient/caregiver education and home exercise program issued. Patient agrees with plan. "
              "Rehab potential: good. Precautions: falls.", size=8.5, italic=True)
    # therapist
    th = P["therapist"]
    p = para(doc, "", size=9)
    runs(p, ("Therapist: ", True), f"Electronically signed by {th['name']}, {th['cred']} on {fd(th['date'], df)} 17:05"
                                    + (f"  NPI {th['npi']}" if th.get("npi") else ""))
    para(doc, "")
    # certification box
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.cell(0, 0)
    ctext(cell, "PHYSICIAN / NPP CERTIFICATION", bold=True)
    cell.add_paragraph("I have reviewed this plan of care and certify that the services are medically necessary, "
                       "that the patient is under my care, and that the plan is established and will be "
                       "reviewed at least every 90 days.")
    ph = P["phys"]
    sig = cell.add_table(rows=2, cols=4)
    sig.style = "Table Grid"
    for j, h in enumerate(["Certifying Physician/NPP", "NPI", "Signature", "Date"]):
        ctext(sig.cell(0, j), h, bold=True, size=8)
    if ph.get("blank"):
        vals = [ph["name"] + ", " + ph["cred"], ph["npi"], "", ""]
    else:
        vals = [ph["name"] + ", " + ph["cred"], ph["npi"], ph.get("sigtext", "e-signed via fax portal"), fd(ph["date"], df)]
    for j, v in enumerate(vals):
        ctext(sig.cell(1, j), v, size=8.5)
    para(doc, "")
    para(doc, "Please sign and return within 14 days to fax 555-0191. Thank you for the referral.", size=8)
    return doc


# =============================================================================================
# RENDERER 6: CMS-485 style home health certification and plan of care


def render_485(P):
    o = P.get("opt", {})
    doc = new_doc(font="Arial", size=8, margins=0.5)
    c = P["client"]
    df = o.get("dfmt", "us")
    para(doc, "HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, size=11, align="c")
    footer(doc, f"{P['agency']}   Form HH-485 (agency copy)   Patient: {c['name']}", size=7)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    add_row(t, [f"1. Patient's HI Claim No.\n{c['mid']}", f"2. Start Of Care Date\n{fd(P['first_tx'], df)}",
                f"3. Certification Period\nFrom: {fd(P['period'][0], df)}  To: {fd(P['period'][1], df)}",
                f"4. Medical Record No.\n{c['mrn']}"])
    add_row(t, [f"5. Provider No.\n{P.get('prov_no', '')}", "", "", ""])
    r = t.add_row()
    a = r.cells[0].merge(r.cells[1])
    ctext(a, f"6. Patient's Name and Address\n{c['name']}\n{c.get('address', '')}")
    b = r.cells[2].merge(r.cells[3])
    ctext(b, f"7. Provider's Name, Address and Telephone Number\n{P['agency']}\n{P.get('address', '')}")
    add_row(t, [f"8. Date of Birth\n{fd(c['dob'], df)}", f"9. Sex\n{c.get('sex', 'F')}", "", ""])
    prim = [d for d in P["dx"] if d[2]][0]
    others = [d for d in P["dx"] if not d[2]]
    r = t.add_row()
    ctext(r.cells[0], f"11. ICD-10-CM\n{prim[0]}")
    x = r.cells[1].merge(r.cells[2])
    ctext(x, f"Principal Diagnosis\n{prim[1]}")
    ctext(r.cells[3], f"Date\n{fd(P['first_tx'], df)}")
    r = t.add_row()
    ctext(r.cells[0], "13. ICD-10-CM\n" + "\n".join(d[0] for d in others))
    x = r.cells[1].merge(r.cells[3])
    ctext(x, "Other Pertinent Diagnoses\n" + "\n".join(d[1] for d in others))
    r = t.add_row()
    x = r.cells[0].merge(r.cells[3])
    ctext(x, f"10. Medications: Dose/Frequency/Route (N)ew (C)hanged\n{P.get('meds', '')}")
    r = t.add_row()
    x = r.cells[0].merge(r.cells[1])
    ctext(x, f"14. DME and Supplies\n{P.get('dme', '')}")
    y = r.cells[2].merge(r.cells[3])
    ctext(y, f"15. Safety Measures\n{P.get('safety', '')}")
    r = t.add_row()
    x = r.cells[0].merge(r.cells[3])
    ctext(x, f"18.A. Functional Limitations: {P.get('func', '')}\n18.B. Activities Permitted: {P.get('activities', '')}")
    r = t.add_row()
    x = r.cells[0].merge(r.cells[3])
    ctext(x, "21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)\n" + "\n".join(P["orders"]))
    r = t.add_row()
    x = r.cells[0].merge(r.cells[3])
    ctext(x, "22. Goals/Rehabilitation Potential/Discharge Plans\n" + "\n".join(P["goals_text"]))
    r = t.add_row()
    x = r.cells[0].merge(r.cells[1])
    rn = P["rn"]
    ctext(x, f"23. Nurse's Signature and Date of Verbal SOC Where Applicable:\n{rn['name']}, {rn['cred']} (e-signed) {fd(rn['date'], df)}")
    ctext(r.cells[2].merge(r.cells[3]), f"25. Date HHA Received Signed POT\n{fd(P.get('received'), df) if P.get('received') else ''}")
    ph = P["phys"]
    r = t.add_row()
    x = r.cells[0].merge(r.cells[1])
    ctext(x, f"24. Physician's Name and Address\n{ph['name']}, {ph['cred']}\n{ph.get('address', '')}\nNPI: {ph['npi']}")
    y = r.cells[2].merge(r.cells[3])
    ctext(y, "26. I certify that this patient is confined to his/her home and needs intermittent skilled nursing "
             "care, physical therapy and/or speech therapy or continues to need occupational therapy. The patient "
             "is under my care, and I have authorized the services on this plan of care and will periodically "
             "review the plan. A face-to-face encounter was performed.")
    r = t.add_row()
    x = r.cells[0].merge(r.cells[1])
    if ph.get("blank"):
        ctext(x, "27. Attending Physician's Signature and Date Signed\n\n______________________________   ________")
    else:
        ctext(x, f"27. Attending Physician's Signature and Date Signed\n{ph.get('sigtext', 'Electronically signed: ' + ph['name'] + ', ' + ph['cred'])}   {fd(ph['date'], df)}")
    y = r.cells[2].merge(r.cells[3])
    ctext(y, "28. Anyone who misrepresents, falsifies, or conceals essential information required for payment of "
             "Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal laws.", size=6.5)
    if P.get("addendum"):
        page_break(doc)
        para(doc, "ADDENDUM TO PLAN OF TREATMENT", bold=True, align="c")
        para(doc, f"Patient: {c['name']}   HI Claim No. {c['mid']}   SOC {fd(P['first_tx'], df)}")
        for line in P["addendum"]:
            para(doc, line)
    return doc


# =============================================================================================
# RENDERER 7: home health agency EHR export (sections, nested tables)


def render_hh_agency(P):
    o = P.get("opt", {})
    doc = new_doc(font="Calibri", size=9.5, margins=0.7)
    c = P["client"]
    df = o.get("dfmt", "us")
    header_text(doc, [f"{P['agency']}  ·  {o.get('vendor', 'HomeChart 12')}  ·  Plan of Care",
                      f"Patient: {c['name']}   MRN: {c['mrn']}   Episode: {fd(P['period'][0], df)}-{fd(P['period'][1], df)}"], size=7.5)
    footer(doc, f"Confidential. Printed {fd(P['printed'], df)} by {o.get('printed_by', 'intake.coordinator')}.", size=7)
    para(doc, "PLAN OF CARE", bold=True, size=14)
    rows = [["Patient", c["name"], "DOB", fd(c["dob"], df)],
            ["Medicare ID", c["mid"], "SOC", fd(P["first_tx"], df)],
            ["Cert period", f"{fd(P['period'][0], df)} through {fd(P['period'][1], df)}", "Episode", o.get("episode", "1 of 1")]]
    table(doc, rows, header=False, bold_first_col=True)
    para(doc, "")
    para(doc, "Diagnoses", bold=True, size=11)
    table(doc, [["M1021/M1023", "ICD-10-CM", "Description"]] +
          [["Primary" if p else "Other", code, desc] for code, desc, p in P["dx"]])
    para(doc, "")
    para(doc, "Orders by discipline", bold=True, size=11)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    ctext(t.cell(0, 0), "Discipline", bold=True)
    ctext(t.cell(0, 1), "Orders (visits / frequency / duration) and goals", bold=True)
    for disc in P["disciplines"]:
        r = t.add_row()
        ctext(r.cells[0], disc["name"], bold=True)
        cell = r.cells[1]
        ctext(cell, disc["orders"])
        if disc.get("goals"):
            inner = cell.add_table(rows=1, cols=2)
            inner.style = "Table Grid"
            ctext(inner.cell(0, 0), "Goal", bold=True)
            ctext(inner.cell(0, 1), "By", bold=True)
            for g, when in disc["goals"]:
                rr = inner.add_row()
                ctext(rr.cells[0], g)
                ctext(rr.cells[1], fd(when, df) if isinstance(when, date) else when)
    para(doc, "")
    for line in P.get("misc", []):
        lv(doc, line[0], line[1])
    para(doc, "")
    para(doc, "Physician Certification", bold=True, size=11)
    ph = P["phys"]
    t = table(doc, [["Physician/Allowed Practitioner", "NPI", "Signature", "Date signed"],
                    [ph["name"] + ", " + ph["cred"], ph["npi"], "" if ph.get("blank") else ph.get("sigtext", "Signed via portal"),
                     "" if ph.get("blank") else fd(ph["date"], df)]])
    rn = P["rn"]
    para(doc, f"Plan prepared by {rn['name']}, {rn['cred']}, case manager, {fd(rn['date'], df)}.", italic=True)
    return doc


# =============================================================================================
# RENDERER 8: ABA agency treatment plan / authorization request


def render_aba(P):
    o = P.get("opt", {})
    doc = new_doc(font="Calibri", size=10, margins=0.75, landscape=o.get("landscape", False))
    c = P["client"]
    df = o.get("dfmt", "us")
    header_text(doc, [f"{P['agency']} | Behavior Analytic Treatment Plan | {o.get('hdr_id', 'Learner')}: {c['name']}"], size=8)
    footer(doc, f"{o.get('footer', 'Confidential')} | Tax ID 00-0000000 | Group NPI {P.get('org_npi', '')}", size=7)
    para(doc, o.get("title", "ABA Treatment Plan & Authorization Request"), bold=True, size=15)
    para(doc, o.get("kind", "Initial Assessment / Treatment Plan"), italic=True)
    rows = [[o.get("client_label", "Learner"), c["name"], "DOB", fd(c["dob"], df)],
            ["Member ID", c["mid"], "Payer", P.get("payer_name", "Commercial")],
            ["Guardian", P["guardian"], "Plan Date", fd(P["plan_date"], df)],
            ["Authorization period", f"{fd(P['period'][0], df)} to {fd(P['period'][1], df)}", "Next Plan Review",
             fd(P["review"], df) if P.get("review") else (P.get("review_text") or "")]]
    table(doc, rows, header=False, bold_first_col=True)
    para(doc, "")
    para(doc, "1. Diagnosis", bold=True, size=12)
    for code, desc, prim in P["dx"]:
        para(doc, f"{code}  {desc}" + ("  (primary)" if prim else ""))
    para(doc, P["dx_source"], size=9)
    para(doc, "2. Assessments", bold=True, size=12)
    rows = [["Instrument", "Date administered", "Administered by", "Summary"]]
    for a in P["assess"]:
        rows.append([a["inst"], fd(a["date"], df), a["by"], a["summary"]])
    table(doc, rows)
    para(doc, "")
    para(doc, "3. Background / Reason for Referral", bold=True, size=12)
    para(doc, P["presenting"], size=9.5)
    para(doc, "4. Treatment Goals", bold=True, size=12)
    for sec in P["goal_sections"]:
        para(doc, sec["heading"], bold=True)
        rows = [["#", "Target / Goal", "Baseline", "Mastery Criteria", "Target Date"]]
        for i, g in enumerate(sec["goals"], 1):
            rows.append([f"{sec['prefix']}{i}", g["text"], g.get("baseline", ""), g.get("mastery", ""),
                         fd(g["date"], df) if g.get("date") else ""])
        table(doc, rows, size=9, fill="FCE4D6")
        para(doc, "")
    para(doc, "5. Requested Services", bold=True, size=12)
    rows = [["CPT", "Service", "Rendering", "Hours/Week", "Units (auth period)"]]
    for s in P["services"]:
        rows.append([s["code"], s["desc"], s["staff"], s.get("hpw", ""), s.get("units", "")])
    table(doc, rows)
    for line in P.get("svc_notes", []):
        para(doc, line, size=9)
    para(doc, "")
    para(doc, "6. Coordination of care / Transition and discharge criteria", bold=True, size=12)
    para(doc, P.get("discharge", "Discharge will be considered when goals are mastered and skills generalize "
                                 "across settings and people, or when the learner no longer shows benefit."), size=9)
    para(doc, "7. Signatures", bold=True, size=12)
    rows = [["Name", "Role", "Signature", "Date"]]
    for s in P["sigs"]:
        if s.get("blank"):
            rows.append([s.get("name", ""), s["label"], "", ""])
        else:
            rows.append([s["name"] + (f", {s['cred']}" if s.get("cred") else ""), s["label"],
                         s.get("sigtext", "signed electronically"), fd(s["date"], df)])
    table(doc, rows)
    return doc


# =============================================================================================
# RENDERER 9: SUD program plan (ASAM dimensions, signature grid)


def render_sud(P):
    o = P.get("opt", {})
    doc = new_doc(font="Arial", size=9, margins=0.6)
    c = P["client"]
    df = o.get("dfmt", "us")
    header_text(doc, [f"{P['agency']}", f"{o.get('hdr', 'Individualized Recovery Plan')}   {c['name']}   "
                      f"{o.get('id_label', 'Client ID')}: {c['mrn']}"], size=8)
    footer(doc, f"{o.get('footer', '42 CFR Part 2 protected record - redisclosure prohibited')}", size=7)
    para(doc, o.get("title", "INDIVIDUALIZED TREATMENT PLAN"), bold=True, size=13, align="c")
    rows = [[o.get("client_label", "Client"), c["name"], "DOB", fd(c["dob"], df)],
            [o.get("mid_label", "Medicaid/Insurance ID"), c["mid"], "Admission Date", fd(P["admit"], df)],
            ["Level of Care", P.get("loc", ""), "Plan Date", fd(P["plan_date"], df)],
            ["Primary Counselor", f"{P['clin']['name']}, {P['clin']['cred']}", o.get("dur_label", "Projected Length of Stay"), P.get("duration", "")]]
    if o.get("no_loc_row"):
        rows[2] = ["Program", P.get("program", ""), "Plan Date", fd(P["plan_date"], df)]
    table(doc, rows, header=False, bold_first_col=True)
    para(doc, "")
    para(doc, "Diagnoses (DSM-5-TR / ICD-10-CM)", bold=True)
    table(doc, [["Code", "Diagnosis", ""]] + [[code, desc, "Primary" if p else ""] for code, desc, p in P["dx"]])
    para(doc, "")
    for dim in P["dims"]:
        t = table(doc, [[dim["dim"], ""]], header=False)
        h = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        shade(h, "D9E2F3")
        add_row(t, ["Problem", dim["problem"]])
        add_row(t, ["Goal", dim["goal"] + (f"  (Target: {fd(dim['goal_date'], df)})" if dim.get("goal_date") else "")])
        for i, ob in enumerate(dim["objectives"], 1):
            add_row(t, [f"Objective {i}", ob["text"] + (f"\nTarget date: {fd(ob['date'], df)}" if ob.get("date") else "")])
        add_row(t, ["Interventions\n(type / frequency / staff)", "\n".join(dim["interventions"])])
        para(doc, "")
    if P.get("services"):
        para(doc, "Service Schedule", bold=True)
        table(doc, [["Code", "Service", "Frequency", "Responsible"]] +
              [[s["code"], s["desc"], s.get("freq") or "", s.get("staff", "")] for s in P["services"]])
        para(doc, "")
    for r in P.get("reviews", []):
        lv(doc, "Next Treatment Plan Review:", fd(r["date"], df))
    if P.get("discharge"):
        lv(doc, "Discharge criteria:", P["discharge"])
    para(doc, "")
    para(doc, "Signatures", bold=True)
    rows = [["", "Printed name / credentials", "Signature", "Date"]]
    for s in P["sigs"]:
        if s.get("blank"):
            rows.append([s["label"], s.get("name", ""), "", ""])
        else:
            rows.append([s["label"], s["name"] + (f", {s['cred']}" if s.get("cred") else ""),
                         s.get("sigtext", "electronically signed"), fd(s["date"], df) if s.get("date") else ""])
    table(doc, rows)
    para(doc, "")
    para(doc, "My signature shows I took part in writing this plan and received a copy. I was told about my rights, "
              "the grievance procedure and the program rules.", size=8, italic=True)
    return doc


# ---------------------------------------------------------------------------------------------
# small post-processing helpers for variety


def cell_to_sdt(cell, alias):
    """Move a cell's text into a plain-text content control."""
    p = cell.paragraphs[0]
    txt = "".join(r.text for r in p.runs)
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    sdt_inline(p, txt, alias)


def find_cell(doc, text):
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                if c.text.strip() == text:
                    return c
    raise KeyError(text)


def find_para(doc, startswith):
    for p in doc.paragraphs:
        if p.text.startswith(startswith):
            return p
    raise KeyError(startswith)


# =============================================================================================
# PLANS: Medicare outpatient psychotherapy (NGS LCD L33632), some with Pennsylvania 55 Pa. Code 5200

def psych_label(P, gaps, notes, unsure=()):
    label(P["file"], "medicare-psychotherapy", P.get("states", []), P["as_of"], gaps, notes, unsure)


def check_psych(P, late_ok=False, outdated=False):
    """Self-checks against the profile numbers."""
    pd = P["plan_date"]
    if not outdated:
        assert days(pd, P["as_of"]) <= PSY_PLAN_MAX_AGE, P["file"]
    for s in P["sigs"]:
        if not s.get("blank"):
            assert pd <= s["date"] <= P["as_of"], (P["file"], s)
    for pr in P["problems"]:
        for ob in pr["objectives"]:
            if ob.get("date") and not P.get("bad_target"):
                assert ob["date"] > pd, P["file"]
    if "pa-55-5200" in P.get("states", []):
        d = days(P["admit"], pd)
        assert (d > PA_PLAN_DAYS) == late_ok, (P["file"], d)


def x01():
    P = dict(file="x01_meridian_psychotherapy_pa.docx", states=["pa-55-5200"], as_of=D(2026, 3, 10),
             agency="Susquehanna Valley Counseling Center", printed=D(2026, 2, 10),
             client=dict(name="Delphine R. Achterberg", dob=D(1957, 6, 14), mrn="MBH-0041877", mid="4QN7XT2WJ58"),
             admit=D(2026, 1, 14), plan_date=D(2026, 2, 5), program="Adult Outpatient (Licensed Psychiatric Clinic)",
             clin=dict(name="Rosalind Marsh", cred="LPC"),
             dx=[("F33.1", "Major depressive disorder, recurrent, moderate", True), ("F41.1", "Generalized anxiety disorder", False)],
             presenting="68-year-old widowed woman referred by her PCP for low mood, withdrawal from church and "
                        "family activities, poor sleep and constant worry since her husband's death in 2024. "
                        "PHQ-9 = 19 and GAD-7 = 14 at intake (01/14/2026). Denies SI/HI; safety plan reviewed.",
             problems=[
                 dict(problem="Depressed mood and withdrawal from usual activities",
                      goal="Delphine will return to her usual weekly activities (church choir, lunch with her sister) with a PHQ-9 score below 10.",
                      goal_date=D(2026, 8, 5),
                      objectives=[dict(text="Reduce PHQ-9 score from 19 to 12 or below, measured monthly in session.", date=D(2026, 5, 5)),
                                  dict(text="Attend at least 2 planned social activities per week for 4 consecutive weeks, as recorded on her activity log.", date=D(2026, 6, 5))],
                      interventions=["Behavioral activation and CBT in individual psychotherapy", "Grief-focused work (dual process model)"]),
                 dict(problem="Worry and sleep disruption",
                      goal="Delphine will sleep at least 6 hours on 5 of 7 nights with a GAD-7 score of 8 or less.",
                      goal_date=D(2026, 8, 5),
                      objectives=[dict(text="Lower GAD-7 score from 14 to 8 or less.", date=D(2026, 5, 5)),
                                  dict(text="Use paced breathing or progressive muscle relaxation at bedtime on at least 5 nights per week, per sleep diary.", date=D(2026, 4, 5))],
                      interventions=["CBT for worry (worry time, cognitive restructuring)", "Sleep hygiene education and relaxation training"])],
             services=[dict(code="90837", desc="Individual psychotherapy", amount="60 minutes", freq="Weekly", dur="6 months"),
                       dict(code="90853", desc="Group psychotherapy - Grief & Loss group", amount="90 minutes", freq="Weekly", dur="12 weeks")],
             duration="6 months (through 08/05/2026)",
             reviews=[dict(date=D(2026, 5, 5))],
             sigs=[dict(label="Consumer", name="Delphine R. Achterberg", date=D(2026, 2, 5), time="11:20"),
                   dict(label="Primary Clinician", name="Rosalind Marsh", cred="LPC", date=D(2026, 2, 5), time="11:31", npi=NPI["marsh"]),
                   dict(label="Psychiatric Approval", name="Tobias Okafor", cred="MD", date=D(2026, 2, 9), time="16:48", npi=NPI["okafor"])],
             opt=dict(vendor="MERIDIAN BH 2025.4", docid="TP-0048812", mid_label="Medicare MBI"))
    check_psych(P)
    doc = render_meridian(P)
    save_docx(doc, P["file"], "Treatment Plan", "Meridian BH")
    psych_label(P, [], "Clean. Meridian-style EHR export: identifiers repeated in a page-header table, grid tables per "
                       "problem with merged header rows, service grid, e-signature stamps on page 2, audit trail "
                       "table and printed-by footer with PAGE/NUMPAGES fields. Intake 01/14/2026, plan 02/05/2026 (22 days).")


def x02():
    P = dict(file="x02_freehand_lcsw_psychotherapy.docx", as_of=D(2026, 3, 20),
             client=dict(name="Marguerite Oyelaran", dob=None, mid="7HD2MK4RT19"),
             plan_date=D(2026, 3, 3),
             dx=[("F43.23", "Adjustment d/o w mixed anxiety & depressed mood", True)],
             presenting="retired teacher, moved into senior apt after hip fx, tearful, not sleeping, 'I dont know anyone here'",
             problems=[
                 dict(goal="Adjust to the move - Pt will leave apt for a social/community activity at least 3x/wk",
                      objectives=[dict(text="identify 4 activities in the bldg or at the senior ctr she is willing to try", date=D(2026, 3, 31)),
                                  dict(text="attend 2 of them for 3 wks in a row (self report + calendar)", date=D(2026, 4, 28))],
                      interventions=["supportive therapy", "behavioral activation"]),
                 dict(goal="Mood - PHQ-9 down from 15 to under 10",
                      objectives=[dict(text="PHQ-9 under 10 on 2 consecutive monthly checks", date=D(2026, 6, 2)),
                                  dict(text="sleep 6+ hrs on 5 of 7 nights per sleep log", date=D(2026, 5, 5))],
                      interventions=["CBT-I strategies", "cognitive restructuring"])],
             services=[dict(line="Plan: individual therapy, weekly (Tues mornings), in office. Daughter may join 1 session w/ pt consent.")],
             duration="approx 16 wks - reassess at wk 8",
             sigs=[dict(name="Joan Brandvold", cred="LCSW", date=D(2026, 3, 3),
                        sigline="Joan Brandvold, LCSW   3/3/26", sub=f"NPI {NPI['brandvold']}")],
             opt=dict(client_label="Client", mid_label="Medicare", dfmt="us2", title="Tx Plan",
                      letterhead="Joan Brandvold, LCSW  ~  Individual & Family Therapy  ~  Lewes, DE", goals_heading="GOALS"))
    check_psych(P)
    doc = render_freehand_psych(P)
    save_docx(doc, P["file"], "tx plan oyelaran", "Joan")
    psych_label(P, [["amount-missing"], ["field-missing"]],
                "Gaps: the only service ('individual therapy, weekly') gives no session length and no CPT code, and "
                "the client's date of birth is nowhere in the plan. Layout: freehand Word plan by a solo LCSW, "
                "lower-case abbreviations, identifiers on one line, typed signature with NPI underneath.")


def x03():
    P = dict(file="x03_sessionly_psychotherapy.docx", as_of=D(2026, 2, 18),
             agency="Clearwater Counseling Collective", address="210 Pier Ave, Suite 4, Hermosa Beach CA", printed=D(2026, 1, 23),
             client=dict(name="Terrence Ballantyne", dob=D(1961, 11, 2), mid="6JE3PM1UV07"),
             plan_date=D(2026, 1, 22), clin=dict(name="Ines Haddad", cred="LMFT"),
             dx=[("F43.1", "Post-traumatic stress disorder", True), ("F10.10", "Alcohol abuse, uncomplicated", False)],
             presenting="Vietnam-era veteran's son; former firefighter with nightmares, hypervigilance and avoidance after a "
                        "2019 structure-fire fatality. PCL-5 = 52 at intake. Drinks 4-5 beers most nights to sleep.",
             problems=[
                 dict(problem="Intrusive memories, nightmares and avoidance",
                      goal="Terrence will reduce PTSD symptoms to a PCL-5 score below 33.",
                      objectives=[dict(text="Complete the 12-session Cognitive Processing Therapy protocol, attending at least 10 of 12 sessions.", date=D(2026, 4, 30)),
                                  dict(text="Reduce nightmares from 5 nights a week to 2 or fewer, per sleep log.", date=D(2026, 5, 29))],
                      interventions=["Cognitive Processing Therapy (CPT)", "Imagery rehearsal for nightmares"]),
                 dict(problem="Alcohol use to manage sleep",
                      goal="Terrence will limit drinking to no more than 2 standard drinks on no more than 2 days a week.",
                      objectives=[dict(text="Keep a daily drink log and bring it to every session, with no more than 2 drinks on any day for 6 consecutive weeks.", date=D(2026, 5, 29))],
                      interventions=["Motivational interviewing", "Relapse-prevention skills"])],
             services=[dict(code="90837", desc="Individual psychotherapy", amount="60 minutes", freq="once a week")],
             duration="20 weeks",
             reviews=[dict(date=D(2026, 4, 23))],
             sigs=[dict(label="Clinician signature", name="Ines Haddad", cred="LMFT", date=D(2026, 1, 22), time="5:05 PM"),
                   dict(label="Client signature", name="Terrence Ballantyne", date=D(2026, 1, 22), how="tablet", time="4:58 PM")],
             opt=dict(dfmt="long", mid_label="Medicare Beneficiary ID:"))
    check_psych(P)
    doc = render_sessionly(P)
    save_docx(doc, P["file"], "Treatment Plan", "Sessionly")
    psych_label(P, [["diagnosis-code-not-billable"]],
                "Gap: the primary diagnosis is coded F43.1, a category (billable codes are F43.10/F43.11/F43.12). "
                "Layout: practice-management export with bold 'Label:' paragraphs, bulleted diagnoses, 'Objective 1a:' "
                "numbering, target dates on their own italic lines, electronic/tablet signature lines.")


def x04():
    P = dict(file="x04_caregrid_psychotherapy_pa.docx", states=["pa-55-5200"], as_of=D(2026, 1, 30),
             agency="Allegheny Ridge Behavioral Health, Inc.", printed=D(2026, 1, 13),
             client=dict(name="Ronald T. Skibinski", dob=D(1955, 2, 27), mid="9AD1RE6GH42", mrn="AR-220931"),
             admit=D(2025, 12, 1), plan_date=D(2026, 1, 9),
             dx=[("F31.81", "Bipolar II disorder", True), ("F41.1", "Generalized anxiety disorder", False)],
             problems=[
                 dict(problem="Mood instability with depressive episodes; missed medication doses",
                      goal="Ronald will keep his mood stable enough to keep his part-time job, with no more than 1 missed work day per month due to mood.",
                      objectives=[dict(text="Take prescribed medication as ordered on at least 27 of 30 days each month, per pill organizer check in session.", date=D(2026, 3, 31)),
                                  dict(text="Complete a daily mood chart at least 6 of 7 days and bring it to each session.", date=D(2026, 2, 28))],
                      interventions=["Individual psychotherapy using IPSRT (interpersonal and social rhythm therapy)", "Medication management by psychiatrist monthly"]),
                 dict(problem="Worry about finances and health",
                      goal="Ronald will manage worry so that it interferes with sleep on no more than 2 nights a week.",
                      objectives=[dict(text="Name 3 early warning signs of worry spirals and one coping step for each.", date=D(2026, 2, 27)),
                                  dict(text="Reduce GAD-7 from 13 to 7 or below.", date=D(2026, 5, 29))],
                      interventions=["CBT for anxiety: cognitive restructuring, worry postponement"])],
             services=[dict(code="90834", desc="Individual psychotherapy", amount="45 min", freq="weekly", dur="6 months"),
                       dict(code="99214", desc="Medication management (E/M)", amount="25 min", freq="monthly", dur="6 months")],
             duration="6 months",
             reviews=[dict(date=D(2026, 7, 9))],
             sigs=[dict(label="Individual", name="Ronald T. Skibinski", date=D(2026, 1, 9), sigtext="Ronald T Skibinski"),
                   dict(label="Mental Health Professional", name="Colin Greer", cred="LCSW", date=D(2026, 1, 9)),
                   dict(label="Psychiatrist (approval)", name="Hana Tanaka", cred="MD", date=D(2026, 1, 12))],
             opt=dict(dfmt="us1", mid_label="MA/Medicare #"))
    check_psych(P, late_ok=True)
    assert days(P["admit"], P["plan_date"]) == 39
    doc = render_caregrid(P)
    save_docx(doc, P["file"], "Treatment Plan", "CareGrid")
    psych_label(P, [["plan-late"]],
                "Gap: intake 12/1/2025, plan developed 1/9/2026, 39 days later (PA 5200.31 allows 30). Layout: one big "
                "table with merged full-width section rows, objectives in a nested table inside a merged cell, "
                "signature rows inside the same table; header/footer carry agency and member number.")


def x05():
    P = dict(file="x05_freehand_psychologist_psychotherapy.docx", as_of=D(2026, 1, 6),
             client=dict(name="Yvette Marchetti-Olsen", dob=D(1960, 4, 9), mid="3FW8NA5KC16"),
             plan_date=D(2025, 11, 18),
             dx=[("F41.0", "Panic disorder", True)],
             presenting="Panic attacks ~4/wk since cardiac w/u was negative (Aug 2025); stopped driving on highways; "
                        "avoids grocery store alone. PDSS 17.",
             problems=[
                 dict(goal="Reduce panic attacks from about 4 per week to 1 or fewer per week.",
                      objectives=[dict(text="Reduce Panic Disorder Severity Scale (PDSS) score from 17 to 8 or below", date=D(2026, 2, 17)),
                                  dict(text="Complete at least 8 of 10 assigned interoceptive exposure exercises, per practice log", date=D(2026, 1, 20))]),
                 dict(goal="Return to driving on the highway alone at least twice a week.",
                      objectives=[dict(text="Drive 3 exits on the interstate with spouse in the car, peak SUDS 4 or lower", date=D(2026, 1, 31)),
                                  dict(text="Pt will gain insight into how avoidance keeps her fear going", date=D(2026, 2, 17))])],
             services=[dict(line="Treatment: CBT w/ interoceptive + in vivo exposure. Individual psychotherapy 45 min (90834), 1x/wk.")],
             duration="12-16 weeks (through approx. 3/10/26)",
             sigs=[dict(name="Elias Quill", cred="PsyD", date=D(2025, 11, 18),
                        sigline="Elias Quill, PsyD, Licensed Psychologist (PA #PS-0194422)", sub="Signed 11-18-2025")],
             opt=dict(letterhead="HARBOR STREET PSYCHOLOGY  |  Elias Quill, PsyD  |  41 Harbor St, Erie PA  |  555-0123",
                      title="Treatment Plan", id_line=None, client_label="Patient", mid_label="Medicare ID:", dfmt="us2",
                      plan_label="Date of plan", date_join="  (target ", goals_heading="Goals / objectives"))
    # freehand date format with trailing parenthesis
    for pr in P["problems"]:
        pr["interventions"] = []
    check_psych(P)
    doc = render_freehand_psych(P)
    # close the "(target ..." parentheses the freehand layout opened
    for p in doc.paragraphs:
        if "(target " in p.text:
            p.add_run(")")
    save_docx(doc, P["file"], "", "EQ")
    psych_label(P, [["objective-not-measurable"]],
                "Gap: objective 2b 'Pt will gain insight into how avoidance keeps her fear going' names no measure or "
                "level (it has a target date). Layout: psychologist's own Word letterhead, lettered objectives with "
                "'(target m/d/yy)' suffixes, one treatment line with CPT, signature with licence number and a "
                "'Signed 11-18-2025' line.")


def x06():
    P = dict(file="x06_meridian_psychotherapy_outdated.docx", as_of=D(2026, 1, 12),
             agency="Lakes Region Counseling Services", printed=D(2026, 1, 8),
             client=dict(name="Cornelius Abernathy-Pratt", dob=D(1952, 12, 19), mrn="LRC-118204", mid="2PT5WJ9EA33"),
             plan_date=D(2024, 10, 21), clin=dict(name="Magnus Lindqvist", cred="LICSW"),
             dx=[("F32.1", "Major depressive disorder, single episode, moderate", True)],
             presenting="Retired machinist with low mood, anhedonia and isolation after stroke of his brother. PHQ-9 = 16.",
             problems=[
                 dict(problem="Depressed mood",
                      goal="Cornelius will report mood stable enough to resume volunteering at the food pantry, with PHQ-9 below 10.",
                      goal_date=D(2025, 7, 21),
                      objectives=[dict(text="Reduce PHQ-9 from 16 to 9 or below.", date=D(2025, 3, 21)),
                                  dict(text="Schedule and complete 3 pleasant or valued activities each week for 6 consecutive weeks.", date=D(2025, 1, 31))],
                      interventions=["Behavioral activation", "Problem-solving therapy"])],
             services=[dict(code="90834", desc="Individual psychotherapy", amount="45 minutes", freq="Weekly", dur="9 months")],
             duration="9 months", reviews=[dict(date=D(2025, 1, 21))],
             sigs=[dict(label="Patient", name="Cornelius Abernathy-Pratt", date=D(2024, 10, 21)),
                   dict(label="Therapist", name="Magnus Lindqvist", cred="LICSW", date=D(2024, 10, 21), npi=NPI["lindqvist"])],
             opt=dict(vendor="MERIDIAN BH 2024.2", docid="TP-0031170", mid_label="MBI", dfmt="ehr", title="TREATMENT PLAN",
                      subtitle="Outpatient - Initial (reprinted for claim review)", printed_by="billing02", boilerplate=False))
    check_psych(P, outdated=True)
    assert days(P["plan_date"], P["as_of"]) == 448 > PSY_PLAN_MAX_AGE
    doc = render_meridian(P)
    save_docx(doc, P["file"], "Treatment Plan", "Meridian BH")
    psych_label(P, [["plan-outdated"]],
                "Gap: plan dated 21-Oct-2024, no completed review recorded; on the as-of date 2026-01-12 it is 448 days "
                "old (NGS accepts at most one year). Layout: EHR export with DD-Mon-YYYY dates, identifiers in a header "
                "table, audit trail, 'reprinted for claim review'.",
                unsure=["objective-not-time-bound"])


def x07():
    P = dict(file="x07_sessionly_psychotherapy_pa_nosig.docx", states=["pa-55-5200"], as_of=D(2026, 3, 16),
             agency="Brandywine Family Behavioral Health", address="88 Lancaster Ave, Malvern PA", printed=D(2026, 2, 24),
             client=dict(name="Priscilla Oduya", dob=D(1958, 7, 30), mid="5KM2TB7XR90"),
             admit=D(2026, 2, 2), plan_date=D(2026, 2, 20), clin=dict(name="Devon Pham", cred="LPC"),
             dx=[("F42.2", "Mixed obsessional thoughts and acts", True)],
             presenting="Checking rituals (stove, locks) up to 2 hours a day; late to appointments; Y-BOCS 26 at intake.",
             problems=[
                 dict(problem="Checking rituals",
                      goal="Priscilla will spend less than 30 minutes a day on checking.",
                      objectives=[dict(text="Reduce Y-BOCS total score from 26 to 15 or below.", date=D(2026, 6, 19)),
                                  dict(text="Leave home after a single check of the stove and locks on at least 5 of 7 days, per ERP log.", date=D(2026, 5, 20))],
                      interventions=["Exposure and response prevention (ERP)", "Psychoeducation on OCD"]),
                 dict(problem="Isolation",
                      goal="Priscilla will resume attending her book club twice a month.",
                      objectives=[dict(text="Attend book club at least 2 times a month for 2 consecutive months.", date=D(2026, 6, 19))],
                      interventions=["Behavioral activation"])],
             services=[dict(code="90837", desc="Individual psychotherapy (ERP)", amount="53-60 minutes", freq="1x per week"),
                       dict(code="90833", desc="Psychotherapy add-on with psychiatric E/M", amount="30 minutes", freq="monthly")],
             duration="6 months",
             reviews=[dict(date=D(2026, 5, 20))],
             sigs=[dict(label="Clinician signature", name="Devon Pham", cred="LPC", date=D(2026, 2, 20), time="2:10 PM"),
                   dict(label="Psychiatrist approval", name="Reza Nakamura", cred="DO", date=D(2026, 2, 23), time="8:02 AM"),
                   dict(label="Client signature", blank=True)],
             opt=dict(dfmt="us", client_label="Individual", admit_label="Intake date:", plan_label="Plan date:"))
    check_psych(P)
    doc = render_sessionly(P)
    save_docx(doc, P["file"], "Treatment Plan", "Sessionly")
    psych_label(P, [["signature-missing"]],
                "Gap: the client (individual) signature line and its date are blank; PA 5200.31 requires the "
                "individual's dated signature. Layout: practice-management paragraph export, 'Individual:' label, "
                "e-signed clinician and psychiatrist lines above a blank client line.")


def x08():
    P = dict(file="x08_caregrid_psychotherapy_pa_tracked.docx", states=["pa-55-5200"], as_of=D(2026, 4, 13),
             agency="Monongahela Valley Guidance Clinic", printed=D(2026, 3, 24),
             client=dict(name="Wilhelmina (Billie) Szabo", dob=D(1963, 3, 3), mid="8UV4CN2HT65", mrn="MVG-77812"),
             admit=D(2026, 3, 2), plan_date=D(2026, 3, 19),
             dx=[("F43.10", "Post-traumatic stress disorder, unspecified", True), ("F32.A", "Depression, unspecified", False)],
             problems=[
                 dict(problem="Trauma symptoms (flashbacks, startle) after a home invasion in 2025",
                      goal="Billie will sleep through the night at least 5 nights a week and return to shopping alone.",
                      objectives=[dict(text="Reduce PCL-5 score from 48 to 30 or lower.", date=D(2026, 7, 17)),
                                  dict(text="Go to the grocery store alone at least once a week for 4 weeks in a row.", date=D(2026, 6, 19))],
                      interventions=["Prolonged Exposure therapy (individual)", "Grounding skills"]),
                 dict(problem="Low mood",
                      goal="Billie will report a PHQ-9 score under 10.",
                      objectives=[dict(text="Complete at least 3 scheduled pleasant activities weekly, per activity log, for 6 consecutive weeks.", date=D(2026, 6, 19))],
                      interventions=["Behavioral activation"])],
             services=[dict(code="90837", desc="Individual psychotherapy", amount="60 min", freq="weekly", dur="6 months")],
             duration="6 months (03/19/2026 - 09/18/2026)",
             reviews=[dict(date=D(2026, 6, 19))],
             sigs=[dict(label="Individual", name="Wilhelmina Szabo", date=D(2026, 3, 19), sigtext="W. Szabo"),
                   dict(label="Mental Health Professional", name="Ayodele Boateng", cred="LCSW", date=D(2026, 3, 19)),
                   dict(label="Advanced Practice Professional (approval)", name="Leah Ilves", cred="CRNP", date=D(2026, 3, 23))],
             opt=dict(dfmt="us", client_label="Individual served"))
    check_psych(P)
    doc = render_caregrid(P)
    # tracked change: frequency was "every other week", changed to "weekly" (accepted view = weekly)
    svc_row = doc._svc_rows[0]
    freq_cell = svc_row.cells[2]
    p = freq_cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    tracked(p, "del", "every other week", author="Ayodele Boateng", when="2026-03-19T10:12:00Z")
    tracked(p, "ins", "weekly", author="Ayodele Boateng", when="2026-03-19T10:12:00Z")
    # a comment on the goal
    cell = find_cell(doc, "Billie will report a PHQ-9 score under 10.")
    comment(doc, cell.paragraphs[0].runs[0], "Consider adding a target date for the goal itself at the 90-day review.",
            author="L. Ilves", initials="LI")
    save_docx(doc, P["file"], "Treatment Plan", "CareGrid")
    psych_label(P, [], "Clean. CareGrid single-table layout with merged section rows and nested objective tables; "
                       "the service frequency carries a tracked change (deleted 'every other week', inserted "
                       "'weekly'), a reviewer comment on a goal; approval by a CRNP (advanced practice professional). "
                       "Intake 03/02/2026, plan 03/19/2026 (17 days).", unsure=[])


def x09():
    P = dict(file="x09_meridian_psychotherapy_controls.docx", as_of=D(2026, 5, 1),
             agency="Pinecrest Behavioral Associates", printed=D(2026, 4, 9),
             client=dict(name="Augustin Ferreira-Lowe", dob=D(1950, 10, 5), mrn="PBA-30077", mid="1CX6KW3MF28"),
             plan_date=D(2026, 4, 7), clin=dict(name="Sunita Vukovic", cred="PhD"),
             dx=[("F40.10", "Social phobia, unspecified", True), ("F33.0", "Major depressive disorder, recurrent, mild", False)],
             presenting="Avoids church and family gatherings since retirement; panic-like fear of being judged when speaking. "
                        "LSAS 78 at intake.",
             problems=[
                 dict(problem="Social anxiety",
                      goal="Augustin will attend church services and one family gathering a month without leaving early.",
                      goal_date=D(2026, 10, 7),
                      objectives=[dict(text="Reduce Liebowitz Social Anxiety Scale (LSAS) score from 78 to 50 or below.", date=D(2026, 8, 7)),
                                  dict(text="Complete 10 graded exposure tasks from his hierarchy, rating peak anxiety each time.", date=D(2026, 7, 7))],
                      interventions=["CBT for social anxiety with graded exposure"]),
                 dict(problem="Low mood",
                      goal="Augustin will keep his PHQ-9 score at 5 or below for 3 consecutive months.",
                      goal_date=D(2026, 10, 7),
                      objectives=[dict(text="Walk with a friend or neighbor at least 3 times a week, per activity log.", date=D(2026, 6, 7))],
                      interventions=["Behavioral activation", "Relapse-prevention plan"])],
             services=[dict(code="90834", desc="Individual psychotherapy", amount="45 minutes", freq="Weekly x 12, then every other week", dur="6 months")],
             duration="6 months", reviews=[dict(date=D(2026, 7, 7))],
             sigs=[dict(label="Client", name="Augustin Ferreira-Lowe", date=D(2026, 4, 7), time="13:55"),
                   dict(label="Treating Psychologist", name="Sunita Vukovic", cred="PhD", date=D(2026, 4, 7), time="14:20", npi=NPI["vukovic"])],
             opt=dict(vendor="MERIDIAN BH 2026.1", docid="TP-0051309", mid_label="Medicare ID", dfmt="us", printed_by="svukovic",
                      title="TREATMENT PLAN", subtitle="Individual Therapy Plan"))
    check_psych(P)
    doc = render_meridian(P)
    # identifiers and dates as content controls
    for txt, alias in [(P["client"]["name"], "Patient Name"), (P["client"]["mid"], "Insurance ID"),
                       (fd(P["client"]["dob"], "us"), "DOB"), (fd(P["plan_date"], "us"), "Plan Date")]:
        try:
            cell_to_sdt(find_cell(doc, txt), alias)
        except KeyError:
            pass
    p = find_para(doc, "Estimated Length of Treatment:")
    comment(doc, p.runs[0], "Pt asked whether sessions can move to telehealth in winter - OK per policy.", author="Front Desk", initials="FD")
    save_docx(doc, P["file"], "Treatment Plan", "Meridian BH")
    psych_label(P, [], "Clean. Meridian EHR export whose identifier and plan-date cells are plain-text content "
                       "controls; a front-desk comment on the duration line; frequency 'Weekly x 12, then every "
                       "other week'; no intake date (not needed without a state profile).")


def x10():
    P = dict(file="x10_freehand_licsw_duration.docx", as_of=D(2026, 2, 2),
             client=dict(name="Gideon Okonkwo-Reyes", dob=D(1966, 1, 23), mid="4RH9DP6QN21"),
             plan_date=D(2026, 1, 8),
             dx=[("F43.12", "PTSD, chronic", True), ("F41.1", "GAD", False)],
             presenting="Bus driver, assaulted on route 2023; on disability. Nightmares, avoids buses, irritability at home.",
             problems=[
                 dict(goal="Decrease PTSD sx - PCL-5 from 58 to below 33",
                      objectives=[dict(text="PCL-5 below 45 at the 3 month check", date=D(2026, 4, 8)),
                                  dict(text="ride a city bus for 2 stops with wife, SUDS 5 or less, 3 times", date=D(2026, 5, 8))],
                      interventions=["Prolonged Exposure", "in vivo hierarchy"]),
                 dict(goal="Less irritability at home: no more than 1 angry outburst a week per wife's and client's log",
                      objectives=[dict(text="use time-out + breathing in 4 of 5 logged conflicts", date=D(2026, 4, 8))],
                      interventions=["anger mgmt skills", "1-2 conjoint sessions"])],
             services=[dict(line="Individual psychotherapy 60 min (90837) once weekly; conjoint session (90847) 50 min x 1-2 as needed within the plan."),
                       ],
             duration="12 months",
             reviews=[dict(date=D(2026, 4, 8))],
             sigs=[dict(name="Nadia Haddad", cred="LICSW", date=D(2026, 1, 8), sigline="/s/ Nadia Haddad, LICSW   1/8/2026")],
             opt=dict(title="TREATMENT PLAN", client_label="Client", mid_label="Medicare #", dfmt="us1",
                      dur_label="Anticipated duration of treatment", review_label="Next review",
                      int_label="Interventions"))
    check_psych(P)
    doc = render_freehand_psych(P)
    save_docx(doc, P["file"], "Treatment Plan - Okonkwo-Reyes", "NH")
    psych_label(P, [["duration-exceeds-limit"]],
                "Gap: 'Anticipated duration of treatment: 12 months': the NGS article requires a duration of less than "
                "one year. Layout: freehand Word plan, /s/ typed signature, numbered goals with lettered objectives "
                "and ' - by m/d/yyyy' dates.", unsure=["frequency-missing", "amount-missing"])


def x11():
    P = dict(file="x11_sessionly_psychotherapy_nocred.docx", as_of=D(2026, 3, 3),
             agency="Northgate Wellness Therapy", address="1400 N Main St, Ann Arbor MI", printed=D(2026, 2, 12),
             client=dict(name="Florence Adebayo-Kline", dob=D(1959, 5, 17), mid="7GT1HX8BE54"),
             plan_date=D(2026, 2, 11), clin=dict(name="Jordan Pike", cred=""),
             dx=[("F41.1", "Generalized anxiety disorder", True)],
             presenting="Constant worry about adult children and health; muscle tension; GAD-7 16.",
             problems=[
                 dict(problem="Excessive worry",
                      goal="Florence will reduce her GAD-7 score from 16 to 9 or less.",
                      objectives=[dict(text="Practice scheduled 'worry time' on at least 5 days a week for 4 weeks, per log.", date=D(2026, 4, 10)),
                                  dict(text="Identify and challenge 2 catastrophic predictions per week on a thought record.", date=D(2026, 5, 11))],
                      interventions=["CBT for GAD", "Applied relaxation"])],
             services=[dict(code="90834", desc="Individual psychotherapy", amount="45 minutes", freq="weekly")],
             duration="16 weeks",
             sigs=[dict(label="Therapist", name="Jordan Pike", date=D(2026, 2, 11), how="slash"),
                   dict(label="Client", name="Florence Adebayo-Kline", date=D(2026, 2, 11), how="slash")],
             opt=dict(dfmt="us", no_cred=True, plan_label="Date of plan:"))
    check_psych(P)
    doc = render_sessionly(P)
    save_docx(doc, P["file"], "Treatment Plan", "Sessionly")
    psych_label(P, [["credential-missing"]],
                "Gap: the therapist signs '/s/ Jordan Pike' with no credential anywhere on the plan (the 'Clinician:' "
                "field has the name only). Layout: practice-management paragraph export, /s/ signatures with dates on "
                "the next line.")


def x13():
    P = dict(file="x13_sessionly_psychotherapy_clean.docx", as_of=D(2026, 6, 1),
             agency="Cedar Hollow Counseling", address="7 Elm Ct, Burlington VT", printed=D(2026, 5, 13),
             client=dict(name="Horace Quintanilla", dob=D(1954, 8, 8), mid="3NB5QR2YT47"),
             plan_date=D(2026, 5, 12), clin=dict(name="Greta Kowal", cred="LCMHC"),
             dx=[("F43.22", "Adjustment disorder with anxiety", True), ("Z63.4", "Disappearance and death of family member", False)],
             presenting="Anxiety and poor concentration since his wife entered memory care in March 2026.",
             problems=[
                 dict(problem="Anxiety and caregiver guilt",
                      goal="Horace will visit his wife twice a week and manage the visits with anxiety he rates 4/10 or lower.",
                      objectives=[dict(text="Rate anxiety after each visit on a 0-10 scale, with 8 of 10 visits rated 4 or lower.", date=D(2026, 8, 12)),
                                  dict(text="Attend a caregiver support group at least twice a month for 2 months.", date=D(2026, 9, 12))],
                      interventions=["Supportive and CBT-based individual therapy", "Referral to Alzheimer's caregiver support group"])],
             services=[dict(code="90832", desc="Individual psychotherapy", amount="30 minutes", freq="every other week"),
                       dict(code="90834", desc="Individual psychotherapy", amount="45 minutes", freq="weekly during the first month")],
             duration="4 months", reviews=[dict(date=D(2026, 8, 12))],
             sigs=[dict(label="Clinician signature", name="Greta Kowal", cred="LCMHC", date=D(2026, 5, 12), time="10:40 AM"),
                   dict(label="Client signature", name="Horace Quintanilla", date=D(2026, 5, 12), how="tablet", time="10:36 AM")],
             opt=dict(dfmt="med", mid_label="Medicare number:"))
    check_psych(P)
    doc = render_sessionly(P)
    save_docx(doc, P["file"], "Treatment Plan", "Sessionly")
    psych_label(P, [], "Clean. Practice-management export, 'Mon d, yyyy' dates, two services with different "
                       "frequencies, a Z-code secondary diagnosis, e-signature and tablet signature lines.")


def x14():
    P = dict(file="x14_freehand_psychotherapy_datetypo.docx", as_of=D(2026, 2, 9),
             client=dict(name="Lorraine Batchelder", dob=D(1956, 3, 12), mid="6WQ3EM8VU19"),
             plan_date=D(2026, 1, 12), bad_target=True,
             dx=[("F33.1", "MDD recurrent moderate", True)],
             presenting="Recurrent depression, 3rd episode; stopped gardening/church; PHQ9 = 17",
             problems=[
                 dict(goal="Improve mood: PHQ-9 below 10",
                      objectives=[dict(text="Pt will complete 3 pleasant activities per wk (activity log)", date=D(2025, 12, 31)),
                                  dict(text="PHQ-9 to 12 or lower", date=D(2026, 3, 12))],
                      interventions=["CBT", "behavioral activation"]),
                 dict(goal="Re-connect w/ church group - attend Sunday service 3 of 4 Sundays per month",
                      objectives=[dict(text="attend 2 Sundays in Feb, then 3 in March", date=D(2026, 3, 31))],
                      interventions=["problem solving"])],
             services=[dict(line="Sessions: 50 minute individual psychotherapy (90834) every week, office or telehealth")],
             duration="6 months",
             sigs=[dict(name="Phoebe McBride", cred="LMHC", date=D(2026, 1, 12),
                        sigline="Phoebe McBride LMHC  -  signed 1/12/26")],
             opt=dict(title="Treatment plan", client_label="Pt", mid_label="MCR ID", dfmt="us2", date_join=" -- by "))
    check_psych(P)
    assert P["problems"][0]["objectives"][0]["date"] < P["plan_date"]
    doc = render_freehand_psych(P)
    save_docx(doc, P["file"], "Treatment plan", "PM")
    psych_label(P, [["date-inconsistent"]],
                "Gap: objective 1a is due '12/31/25', before the plan date 1/12/26 (a year typo); dates contradict. "
                "Layout: freehand Word plan, 'Pt'/'MCR ID' labels, objectives with ' -- by m/d/yy'.",
                unsure=["objective-not-time-bound"])


# =============================================================================================
# PLANS: Medicare Part B outpatient therapy (PT / OT / SLP)


def check_ot(P, late=False, long_period=False, overdue=False):
    ft, pd = P["first_tx"], P["plan_date"]
    assert pd <= ft, P["file"]                                   # plan established by the first treatment day
    ph = P["phys"]
    if not ph.get("blank"):
        assert (days(ft, ph["date"]) > OT_PHYS_DAYS) == late, (P["file"], days(ft, ph["date"]))
        assert pd <= ph["date"] <= P["as_of"]
    assert (days(ft, P["period"][1]) > OT_REVIEW_DAYS) == long_period, (P["file"], days(ft, P["period"][1]))
    assert (P["as_of"] > P["period"][1]) == overdue, P["file"]
    assert pd <= P["therapist"]["date"] <= P["as_of"]


def ot_label(P, gaps, notes, unsure=()):
    label(P["file"], "medicare-outpatient-therapy", [], P["as_of"], gaps, notes, unsure)


def x15():
    ft = D(2026, 1, 12)
    P = dict(file="x15_ptelligent_pt_poc.docx", as_of=D(2026, 2, 16),
             agency="Stonebridge Physical Therapy", address="500 Quarry Rd, Bldg C, Lititz PA 17543", org_npi=NPI["rehab1"],
             client=dict(name="Harold V. Pennington", dob=D(1949, 3, 2), mid="2WX5HT8QA31", mrn="SPT-10442"),
             first_tx=ft, plan_date=ft, period=(ft, D(2026, 4, 11)),
             dx=[("M17.11", "Unilateral primary osteoarthritis, right knee", True), ("R26.89", "Other abnormalities of gait and mobility", False),
                 ("M62.81", "Muscle weakness (generalized)", False)],
             presenting="76 y/o male with progressive R knee OA, declined TKA for now. Reports pain 6/10 with stairs, "
                        "2 near-falls in last month. Antalgic gait, decreased R knee flexion AROM 95 deg, quad lag. "
                        "Skilled PT needed to address ROM, strength, gait and fall risk.",
             measures=[["TUG", "18.2 sec"], ["LEFS", "31/80"], ["R knee flexion AROM", "95 deg"], ["5x Sit to Stand", "17.9 sec"]],
             goal_sets=[dict(heading="Short Term Goals (4 weeks)", prefix="STG ", goals=[
                            ("Pt will ambulate 300 ft with single point cane and SBA on level surfaces", D(2026, 2, 9)),
                            ("Increase R knee flexion AROM from 95 to 110 degrees", D(2026, 2, 9))]),
                        dict(heading="Long Term Goals (10 weeks)", prefix="LTG ", goals=[
                            ("Pt will ascend/descend 12 steps with 1 rail independently using a reciprocal pattern", D(2026, 3, 23)),
                            ("TUG will improve from 18.2 to under 13.5 sec to reduce fall risk", D(2026, 3, 23)),
                            ("LEFS will improve from 31/80 to 55/80 or better", D(2026, 3, 23))])],
             services=[dict(code="97110", desc="Therapeutic exercise", freq="2x/week", dur="10 weeks"),
                       dict(code="97112", desc="Neuromuscular re-education (balance)", freq="2x/week", dur="10 weeks"),
                       dict(code="97116", desc="Gait training", freq="2x/week", dur="10 weeks"),
                       dict(code="97140", desc="Manual therapy", freq="2x/week", dur="10 weeks")],
             plan_lines=["Frequency/Duration: 2x/week x 10 weeks (20 visits). Progress report at least every 10th visit."],
             therapist=dict(name="Colleen Tanaka", cred="PT, DPT", date=ft, npi=NPI["tanaka"]),
             phys=dict(name="Marcus Lindqvist", cred="MD", npi=NPI["lindqvist"], date=D(2026, 1, 20), sigtext="/es/ Marcus Lindqvist MD"),
             opt=dict(dfmt="us", first_label="Start of Care / 1st Tx", eval_label="Plan/Eval Date"))
    check_ot(P)
    doc = render_rehab(P)
    save_docx(doc, P["file"], "Plan of Care", "PTelligent")
    ot_label(P, [], "Clean. Outpatient PT plan of care export: identifiers in a label grid and again in the footer, "
                    "STG/LTG lists with '(by date)', CPT grid with frequency and duration, therapist e-signature, "
                    "certification statement in a bordered one-cell box holding a nested signature table. First "
                    "treatment 01/12/2026, certified 01/20/2026 (8 days), period 89 days.")


def x16():
    ft = D(2026, 2, 2)
    P = dict(file="x16_riverbend_ot_poc_latecert.docx", as_of=D(2026, 3, 20),
             agency="Riverbend Hand & Upper Extremity Therapy", address="12 Mill St, Easton MD", org_npi=NPI["rehab2"],
             client=dict(name="Odessa Fairweather", dob=D(1944, 12, 1), mid="9TR4XK1MD62", mrn="RB-5521"),
             first_tx=ft, plan_date=ft, period=(ft, D(2026, 4, 30)),
             dx=[("S42.201D", "Unspecified fracture of upper end of right humerus, subsequent encounter, routine healing", True),
                 ("M25.611", "Stiffness of right shoulder, not elsewhere classified", False)],
             presenting="81 y/o R-hand-dominant female, fall on ice 12/20/2025, proximal humerus fx treated non-operatively; "
                        "sling d/c'd 1/28/26. Unable to reach overhead cabinets, fasten bra, or wash hair; needs daughter's "
                        "help with upper-body dressing. QuickDASH 72.",
             measures=[["R shoulder flexion AROM", "70 deg"], ["R shoulder ER", "15 deg"], ["QuickDASH", "72/100"]],
             goal_sets=[dict(heading="Long-Term Goals (by end of certification)", prefix="LTG ", goals=[
                            ("Pt will don/doff a front-closing shirt and bra independently", D(2026, 4, 24)),
                            ("Pt will wash and comb hair independently using R UE", D(2026, 4, 24)),
                            ("R shoulder flexion AROM will increase from 70 to 120 degrees to reach 2nd kitchen shelf", D(2026, 4, 24)),
                            ("QuickDASH score will improve from 72 to 40 or lower", D(2026, 4, 24))])],
             services=[dict(code="97110", desc="Therapeutic exercise", freq="3x/wk", dur="8 wks"),
                       dict(code="97140", desc="Manual therapy techniques", freq="3x/wk", dur="8 wks"),
                       dict(code="97535", desc="Self-care/home management training", freq="1x/wk", dur="8 wks")],
             plan_lines=["Plan: OT 3x/wk x 8 wks, then 2x/wk x 4 wks as needed within the cert period."],
             therapist=dict(name="Bettina Arroyo", cred="OTR/L", date=ft, npi=NPI["arroyo"]),
             phys=dict(name="Priya Osei", cred="DO", npi=NPI["osei"], date=D(2026, 3, 16), sigtext="Priya Osei DO (signed, faxed back)"),
             opt=dict(dfmt="us1", title="OCCUPATIONAL THERAPY PLAN OF CARE", subtitle="Initial Evaluation & Plan - OT",
                      first_label="First treatment date", eval_label="Date of evaluation", mid_label="Medicare ID", vendor="RehabTrack"))
    check_ot(P, late=True)
    assert days(ft, P["phys"]["date"]) == 42
    doc = render_rehab(P)
    save_docx(doc, P["file"], "OT Plan of Care", "RehabTrack")
    ot_label(P, [["signature-late"]],
                "Gap: first treatment 2/2/2026, the certifying DO signed 3/16/2026, 42 days later (timely certification "
                "is within 30 days; a warning under the 2025-01 version). Layout: OT plan-of-care export, single LTG "
                "list, m/d/yyyy dates, certification box with nested signature table.")


def x17():
    ft = D(2026, 1, 7)
    P = dict(file="x17_lakeshore_slp_poc_longcert.docx", as_of=D(2026, 2, 10),
             agency="Lakeshore Speech & Swallowing Clinic", address="3301 Shore Dr, Racine WI", org_npi=NPI["clinic1"],
             client=dict(name="Walter J. Kaminski", dob=D(1947, 7, 4), mid="5EY7TP3WK80", mrn="LSS-2207"),
             first_tx=ft, plan_date=ft, period=(ft, D(2026, 5, 6)),
             dx=[("I69.320", "Aphasia following cerebral infarction", True), ("I69.391", "Dysphagia following cerebral infarction", False)],
             presenting="78 y/o male 7 weeks post L MCA CVA; discharged from IRF 12/30/2025. Moderate expressive aphasia "
                        "(WAB-R AQ 58.4), word-finding pauses, mild oropharyngeal dysphagia on thin liquids (PAS 5 on MBS 12/18/25).",
             goal_sets=[dict(heading="Long-term goals (16 weeks)", prefix="LTG ", goals=[
                            ("Pt will name 20 common household objects with 90% accuracy given no more than minimal cues", D(2026, 4, 29)),
                            ("Pt will produce 5-7 word sentences to state needs in conversation with 80% intelligibility to unfamiliar listeners", D(2026, 4, 29)),
                            ("Pt will safely take thin liquids by cup using chin tuck with no signs of aspiration in 9 of 10 trials", D(2026, 4, 29))]),
                        dict(heading="Short-term goals (6 weeks)", prefix="STG ", goals=[
                            ("Pt will complete 3-word phrases with 80% accuracy given a phonemic cue", D(2026, 2, 18))])],
             services=[dict(code="92507", desc="Treatment of speech, language, voice, communication", freq="2x/week", dur="16 weeks"),
                       dict(code="92526", desc="Treatment of swallowing dysfunction", freq="1x/week", dur="16 weeks")],
             plan_lines=["Home program: naming cards daily with spouse. Re-eval / progress report by 10th visit."],
             therapist=dict(name="Maeve Halloran", cred="MS, CCC-SLP", date=ft, npi=NPI["halloran"]),
             phys=dict(name="Elena Vukovic", cred="NP", npi=NPI["vukovic"], date=D(2026, 1, 15), sigtext="e-signed E. Vukovic NP"),
             opt=dict(dfmt="us", title="SPEECH-LANGUAGE PATHOLOGY PLAN OF CARE", subtitle="Outpatient SLP - Initial Certification",
                      first_label="Treatment start", eval_label="Eval date"))
    check_ot(P, long_period=True)
    assert days(ft, P["period"][1]) == 119
    doc = render_rehab(P)
    save_docx(doc, P["file"], "SLP Plan of Care", "PTelligent")
    ot_label(P, [["review-interval-exceeded"]],
                "Gap: certification period 01/07/2026-05/06/2026 runs 119 days from the first treatment; "
                "recertification is required at least every 90 days. Layout: SLP plan-of-care export, LTG before STG, "
                "certifying NP.")


def x18():
    ft = D(2026, 3, 3)
    P = dict(file="x18_freehand_pt_noduration.docx", as_of=D(2026, 3, 30),
             client=dict(name="Bernadette Kowalczyk", dob=D(1951, 9, 21), mid="1KA8VN4HJ36"),
             plan_date=ft, first_tx=ft, period=(ft, D(2026, 5, 31)),
             dx=[("M48.061", "Spinal stenosis, lumbar, w/o neurogenic claudication", True), ("M54.50", "LBP", False)],
             presenting="74F, LBP x 2 yrs, worse standing > 10 min; walks 1 block then sits. ODI 46%. Lives alone, 2 steps to enter.",
             problems=[
                 dict(goal="LTG: walk 4 blocks (about 1/4 mile) w/o sitting rest, pain 3/10 or less",
                      objectives=[dict(text="STG: stand 20 min at kitchen counter to cook, pain 4/10 or less", date=D(2026, 3, 31)),
                                  dict(text="STG: independent w/ HEP (flexion bias + core) 5 of 7 days per log", date=D(2026, 3, 24))],
                      interventions=["ther ex", "manual", "gait/endurance"]),
                 dict(goal="LTG: ODI from 46% to 25% or lower",
                      objectives=[dict(text="STG: sit-to-stand x 10 from standard chair w/o UE in under 15 sec", date=D(2026, 4, 14))],
                      interventions=["neuro re-ed / balance"])],
             services=[dict(line="Freq: 2x/wk.  CPT 97110, 97140, 97112, 97116.")],
             duration="", sigs=[],
             therapist=dict(name="Gavin Rourke", cred="PT", date=ft),
             phys=dict(name="Simone Feld", cred="MD", npi=NPI["feld"], date=D(2026, 3, 9)),
             opt=dict(title="PT Plan of Care", client_label="Pt", mid_label="Medicare", dfmt="us2",
                      letterhead="Rourke Physical Therapy, PLLC - 9 Canal St, Frederick MD - NPI " + NPI["rourke"],
                      plan_label="Eval / 1st visit", int_label="Tx"))
    check_ot(P)
    P["opt"]["extra"] = [f"Cert period: {fd(P['period'][0], 'us2')} - {fd(P['period'][1], 'us2')}",
                         "Rehab potential good. Pt agrees w/ POC.",
                         "",
                         "Gavin Rourke, PT   3/3/26",
                         "",
                         "Physician certification - I certify the need for these services furnished under this plan of "
                         "treatment while under my care.",
                         "Simone Feld, MD   NPI " + NPI["feld"] + "   signed 3/9/26"]
    doc = render_freehand_psych(P)
    # the freehand renderer prints "Duration: " when given; drop that empty line for this plan
    for p in doc.paragraphs:
        if p.text.strip() == "Duration:":
            p._p.getparent().remove(p._p)
    save_docx(doc, P["file"], "", "Gavin")
    ot_label(P, [["duration-missing"]],
                "Gap: the plan gives frequency (2x/wk) and a certification period but never the duration of treatment "
                "(weeks or visits); the profile says the certification period does not state it. Layout: solo PT's "
                "freehand Word plan with STG/LTG abbreviations, signatures typed as plain lines at the end.")


def x20():
    ft = D(2026, 4, 6)
    P = dict(file="x20_ptelligent_pt_badnpi.docx", as_of=D(2026, 4, 27),
             agency="Cascade Orthopedic & Sports Rehab", address="2250 Willamette St, Eugene OR", org_npi=NPI["clinic2"],
             client=dict(name="Leonard Ashby-Nkemelu", dob=D(1953, 1, 15), mid="8PD2WV6FN13", mrn="COS-90213"),
             first_tx=ft, plan_date=ft, period=(ft, D(2026, 7, 4)),
             dx=[("Z96.651", "Presence of right artificial knee joint", False), ("Z47.1", "Aftercare following joint replacement surgery", True),
                 ("R26.2", "Difficulty in walking, not elsewhere classified", False)],
             presenting="73 y/o s/p R TKA 03/24/2026, discharged home with RW. Knee flexion 85 deg, extension lag -8 deg, "
                        "walks household distances with RW. Goal is to return to golf (walking 9 holes).",
             measures=[["R knee AROM", "-8 to 85 deg"], ["10MWT", "0.62 m/s"], ["KOOS JR", "48"]],
             goal_sets=[dict(heading="Goals", prefix="Goal ", goals=[
                            ("Increase R knee AROM to 0-115 degrees", D(2026, 5, 18)),
                            ("Pt will walk 1000 ft on uneven ground without an assistive device, independently", D(2026, 6, 15)),
                            ("Gait speed will improve from 0.62 to 1.0 m/s or faster", D(2026, 6, 15)),
                            ("Pt will ascend/descend a flight of stairs reciprocally without rail, independently", D(2026, 6, 15))])],
             services=[dict(code="97110", desc="Therapeutic exercise", freq="3x/week x 4 wks, then 2x/week x 6 wks", dur="10 weeks"),
                       dict(code="97140", desc="Manual therapy", freq="3x/week x 4 wks, then 2x/week x 6 wks", dur="10 weeks"),
                       dict(code="97116", desc="Gait training", freq="2x/week", dur="10 weeks")],
             therapist=dict(name="Ravi Nakamura", cred="PT, DPT, OCS", date=ft, npi=NPI["nakamura"]),
             phys=dict(name="Josephine Veldt", cred="MD", npi=bad_npi("122985637"), date=D(2026, 4, 10), sigtext="Signed - J. Veldt MD"),
             opt=dict(dfmt="us", first_label="SOC", eval_label="Initial Eval"))
    check_ot(P)
    assert not npi_valid(P["phys"]["npi"])
    doc = render_rehab(P)
    save_docx(doc, P["file"], "Plan of Care", "PTelligent")
    ot_label(P, [["identifier-invalid"]],
                f"Gap: the referring/certifying surgeon's NPI {P['phys']['npi']} fails the Luhn check digit (written in "
                "the identification grid and the certification table). Layout: PT plan-of-care export, goals under "
                "one 'Goals' heading, split-frequency wording.")


def x21():
    ft = D(2025, 12, 1)
    P = dict(file="x21_rehabgrid_ot_poc.docx", as_of=D(2026, 1, 9),
             agency="Prairie View Therapy Services", address="18 W Second St, Hastings NE", org_npi=NPI["clinic3"],
             client=dict(name="Ingrid Solberg-Maas", dob=D(1940, 2, 22), mid="6VB1KQ9RC04", mrn="PVT-3318"),
             first_tx=ft, plan_date=ft, period=(ft, D(2026, 2, 28)),
             dx=[("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations", True),
                 ("R27.8", "Other lack of coordination", False), ("Z91.81", "History of falling", False)],
             presenting="85 y/o with Parkinson's disease (dx 2019); daughter reports increasing difficulty with buttons, "
                        "utensils and shower transfers. 1 fall in shower 11/2025. 9-hole peg test R 41 sec, L 38 sec.",
             measures=[["9-Hole Peg Test", "R 41 s / L 38 s"], ["Shower transfer", "Min A"], ["Barthel Index", "65/100"]],
             goal_sets=[dict(heading="Short Term Goals - 4 weeks", prefix="STG", goals=[
                            ("Pt will button a 5-button cardigan independently within 3 minutes", D(2025, 12, 29)),
                            ("Pt will feed self with built-up utensils with modified independence, spilling no more than once per meal", D(2025, 12, 29))]),
                        dict(heading="Long Term Goals - 12 weeks", prefix="LTG", goals=[
                            ("Pt will complete tub-bench shower transfers with supervision only", D(2026, 2, 23)),
                            ("Barthel Index will improve from 65 to 80 or better", D(2026, 2, 23))])],
             services=[dict(code="97535", desc="Self-care / home management training", freq="2x/week", dur="12 weeks"),
                       dict(code="97530", desc="Therapeutic activities", freq="2x/week", dur="12 weeks"),
                       dict(code="97112", desc="Neuromuscular re-education", freq="1x/week", dur="12 weeks")],
             plan_lines=["Caregiver (daughter) training on transfers and adaptive equipment included in sessions."],
             therapist=dict(name="Hollis Greer", cred="OTR/L", date=ft, npi=NPI["greer"]),
             phys=dict(name="Anders Lund", cred="MD", npi=NPI["lund"], date=D(2025, 12, 5), sigtext="Electronically signed by Anders Lund, MD"),
             opt=dict(grid=True, dfmt="us", title="PLAN OF TREATMENT FOR OUTPATIENT REHABILITATION",
                      subtitle="Occupational Therapy - Initial Certification", vendor="RehabGrid",
                      first_label="Onset / SOC date", eval_label="Plan established"))
    check_ot(P)
    doc = render_rehab(P)
    save_docx(doc, P["file"], "Plan of Treatment", "RehabGrid")
    ot_label(P, [], "Clean. Grid-heavy OT export: goals in shaded tables with repeated header rows, CPT grid, "
                    "certification box; first treatment 12/01/2025, certified 12/05/2025, period 89 days.")


def x22():
    ft = D(2026, 1, 20)
    P = dict(file="x22_ptelligent_pt_chiro.docx", as_of=D(2026, 2, 20),
             agency="Keystone Spine & Balance PT", address="71 Market St, Sunbury PA", org_npi=NPI["clinic2"],
             client=dict(name="Eustace Delacroix", dob=D(1955, 10, 28), mid="3HU6RM2CP95", mrn="KSB-4410"),
             first_tx=ft, plan_date=ft, period=(ft, D(2026, 4, 19)),
             dx=[("M54.16", "Radiculopathy, lumbar region", True), ("R26.89", "Other abnormalities of gait and mobility", False)],
             presenting="70 y/o with L5 radicular pain L leg x 3 months, foot drop mild. Referred by his chiropractor.",
             measures=[["ODI", "52%"], ["Single-leg stance L", "3 s"]],
             goal_sets=[dict(heading="Goals (8 weeks)", prefix="#", goals=[
                            ("Oswestry Disability Index will decrease from 52% to 30% or less", D(2026, 3, 17)),
                            ("Pt will stand on L leg for 10 seconds to allow safe stair climbing", D(2026, 3, 17)),
                            ("Pt will walk 20 minutes in the community with leg pain 3/10 or lower", D(2026, 3, 17))])],
             services=[dict(code="97110", desc="Therapeutic exercise", freq="2x/wk", dur="8 wks"),
                       dict(code="97112", desc="Neuromuscular re-education", freq="2x/wk", dur="8 wks"),
                       dict(code="97140", desc="Manual therapy", freq="1x/wk", dur="8 wks")],
             therapist=dict(name="Tamsin Ostrowski", cred="PT", date=ft, npi=NPI["ostrowski"]),
             phys=dict(name="Kyle Brandvold", cred="DC", npi=NPI["brandvold"], date=D(2026, 1, 23), sigtext="K. Brandvold, DC"),
             opt=dict(dfmt="us"))
    check_ot(P)
    doc = render_rehab(P)
    save_docx(doc, P["file"], "Plan of Care", "PTelligent")
    ot_label(P, [["credential-not-permitted"]],
                "Gap: the only certification signature is by a chiropractor (DC), who may not certify a Medicare therapy "
                "plan of care. Layout: PT plan-of-care export with certification box.",
                unsure=["signature-missing", "signature-late"])


def x23():
    ft = D(2025, 12, 8)
    P = dict(file="x23_freehand_pt_recert_overdue.docx", as_of=D(2026, 3, 23),
             client=dict(name="Clarence Mbeki-Holt", dob=D(1946, 6, 6), mid="7MX3DA5TE28"),
             plan_date=ft, first_tx=ft, period=(ft, D(2026, 3, 7)),
             dx=[("R29.6", "Repeated falls", True), ("M62.81", "Muscle weakness (generalized)", False)],
             presenting="3 falls in 6 months, walks w/ cane, Berg 38/56.",
             problems=[
                 dict(goal="Berg Balance from 38 to 46/56 or better",
                      objectives=[dict(text="tandem stance 20 sec each side w/o UE support", date=D(2026, 1, 19))],
                      interventions=["balance training", "ther ex"]),
                 dict(goal="Walk 500 ft outdoors w/ cane independently, incl. curbs",
                      objectives=[dict(text="curb step up/down w/ cane, SBA", date=D(2026, 1, 19))],
                      interventions=["gait training"])],
             services=[dict(line="PT 2x/wk x 12 wks (97110, 97112, 97116)")],
             duration="12 wks", sigs=[],
             therapist=dict(name="Mirela Dasilva", cred="PT", date=ft),
             phys=dict(name="Kenji Sato", cred="MD", npi=NPI["sato"], date=D(2025, 12, 15)),
             opt=dict(title="PHYSICAL THERAPY - PLAN OF CARE", client_label="Patient", mid_label="MBI", dfmt="us1",
                      plan_label="Date of eval / start of care"))
    check_ot(P, overdue=True)
    P["opt"]["extra"] = [f"Certification period {fd(P['period'][0], 'us1')} through {fd(P['period'][1], 'us1')}",
                         "", "Mirela Dasilva, PT (lic. PT-33871)  12/8/2025",
                         "", "Certifying physician: Kenji Sato, MD   NPI " + NPI["sato"],
                         "Signature on file - signed 12/15/2025",
                         "", "Progress note 2/16/2026: pt progressing, Berg 43/56, continue per POC."]
    doc = render_freehand_psych(P)
    save_docx(doc, P["file"], "", "")
    ot_label(P, [["review-overdue"]],
                "Gap: the certification period ended 3/7/2026 and no recertification is recorded; on 3/23/2026 "
                "treatment continues (progress note) beyond the certified period. Layout: freehand PT plan, goals "
                "with lettered STGs, a later progress note appended (not a recertification).",
                unsure=["review-interval-exceeded"])


# =============================================================================================
# PLANS: Medicare home health plan of care


def check_hh(P, long_period=False):
    soc = P["first_tx"]
    assert P["period"][0] == soc
    assert (days(soc, P["period"][1]) > HH_REVIEW_DAYS) == long_period, (P["file"], days(soc, P["period"][1]))
    assert P["as_of"] <= P["period"][1], P["file"]
    ph = P["phys"]
    if not ph.get("blank"):
        assert soc <= ph["date"] <= P["as_of"]
    assert soc <= P["rn"]["date"] <= P["as_of"]


def hh_label(P, gaps, notes, unsure=()):
    label(P["file"], "medicare-home-health", [], P["as_of"], gaps, notes, unsure)


def x24():
    soc = D(2026, 1, 5)
    P = dict(file="x24_hh485_cert_plan.docx", as_of=D(2026, 2, 2),
             agency="Blue Heron Home Health Agency", address="410 Commerce Pkwy, Suite 2, Dover DE 19901 (302) 555-0160",
             prov_no="087123",
             client=dict(name="Beatrice L. Fontaine", dob=D(1938, 9, 30), mid="5RC9J27TM84", mrn="BH-26-0012", sex="F",
                         address="27 Hollis Ln, Camden DE 19934"),
             first_tx=soc, period=(soc, D(2026, 3, 5)),
             dx=[("I11.0", "Hypertensive heart disease with heart failure", True), ("I50.9", "Heart failure, unspecified", False),
                 ("E11.9", "Type 2 diabetes mellitus without complications", False), ("Z79.4", "Long term (current) use of insulin", False)],
             meds="Furosemide 40 mg PO daily (C); Metoprolol succinate 50 mg PO daily; Insulin glargine 18 units SC at bedtime (N); "
                  "Lisinopril 10 mg PO daily; Atorvastatin 40 mg PO at bedtime",
             dme="Rolling walker, shower chair, glucometer, scale", safety="Fall precautions, clear pathways, emergency plan, sharps container",
             func="Endurance, ambulation, dyspnea with minimal exertion", activities="Up as tolerated, walker, partial weight bearing not applicable",
             orders=["SN 2w3, 1w5 for skilled assessment of cardiopulmonary status, teaching CHF diet/daily weights, diabetic "
                     "management and insulin administration, medication management.",
                     "SN PRN x 2 visits for weight gain > 3 lb in 2 days or > 5 lb in a week, or new edema/dyspnea.",
                     "PT 2w4 for gait training, therapeutic exercise, transfer training, home safety evaluation.",
                     "HHA 1w8 for bathing and personal care assistance."],
             goals_text=["Pt will verbalize 3 signs/symptoms of CHF exacerbation and when to call the agency/MD by 02/02/2026.",
                         "Pt will weigh self daily and record weight in log 7/7 days by 02/16/2026.",
                         "Fasting blood sugar will remain between 80 and 150 mg/dL on 90% of readings by 03/05/2026.",
                         "Pt will ambulate 150 ft with rolling walker with supervision on level surfaces by 02/02/2026.",
                         "Rehab potential: good for stated goals. Discharge plan: to self-care with daughter's assistance when goals are met."],
             rn=dict(name="Wendy Sato", cred="RN", date=D(2026, 1, 6)),
             received=D(2026, 1, 21),
             phys=dict(name="Aaron Ferro", cred="MD", npi=NPI["ferro"], address="Kent Internal Medicine, 90 S Governors Ave, Dover DE",
                       date=D(2026, 1, 19), sigtext="/s/ Aaron Ferro, MD (signed via physician portal)"))
    check_hh(P)
    doc = render_485(P)
    save_docx(doc, P["file"], "Home Health Certification and Plan of Care", "Blue Heron HH")
    hh_label(P, [], "Clean. CMS-485 style form reproduced as one table of numbered boxes with merged cells "
                    "(HI claim no., SOC, certification period, diagnoses, orders in box 21, goals in box 22, physician "
                    "in box 24, signature and date in box 27). Orders use 2w3/1w5/PRN x 2 notation. Period 59 days.")


def x25():
    soc = D(2026, 2, 9)
    P = dict(file="x25_homechart_hh_prn.docx", as_of=D(2026, 3, 2),
             agency="Sunrise Valley Home Care", printed=D(2026, 2, 21),
             client=dict(name="Raymond O. Twombly", dob=D(1942, 4, 18), mid="8QE4FN6XW71", mrn="SV-55120"),
             first_tx=soc, period=(soc, D(2026, 4, 9)),
             dx=[("L89.153", "Pressure ulcer of sacral region, stage 3", True), ("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations", False),
                 ("R26.89", "Other abnormalities of gait and mobility", False)],
             disciplines=[
                 dict(name="Skilled Nursing", orders="SN 3w2, 2w4, 1w2 for wound assessment and care to sacral pressure ulcer: cleanse with NS, "
                                                     "apply calcium alginate, cover with foam border dressing; teach caregiver repositioning q2h.",
                      goals=[("Sacral wound will decrease in size from 3.2 x 2.5 cm to 1.5 x 1.0 cm or smaller", D(2026, 4, 9)),
                             ("Caregiver will return-demonstrate correct dressing change independently", D(2026, 3, 9))]),
                 dict(name="Physical Therapy", orders="PT 2w4 for transfer training, bed mobility, pressure relief techniques, therapeutic exercise.",
                      goals=[("Pt will perform bed-to-chair transfers with contact guard assist", D(2026, 3, 23))]),
                 dict(name="Home Health Aide", orders="HHA PRN for bathing and personal care assistance.", goals=[]),
                 dict(name="Medical Social Worker", orders="MSW 1 visit (1w1) for community resource planning and long-term care options.",
                      goals=[("Family will be given at least 2 long-term care options and written contact information", D(2026, 3, 2))])],
             misc=[("Homebound status:", "Requires assistance of another person and a wheelchair to leave home; leaving home is a taxing effort."),
                   ("Rehab potential / discharge plan:", "Fair; discharge when wound healed and caregiver independent with care.")],
             rn=dict(name="Theodora Achebe", cred="RN, BSN", date=D(2026, 2, 9)),
             phys=dict(name="Winston Marsh", cred="DO", npi=NPI["marsh"], date=D(2026, 2, 20), sigtext="Signed electronically (Kinnser portal)"),
             opt=dict(dfmt="us", vendor="HomeChart 12", printed_by="kking"))
    check_hh(P)
    doc = render_hh_agency(P)
    save_docx(doc, P["file"], "Plan of Care", "HomeChart")
    hh_label(P, [["frequency-missing"]],
                "Gap: the home health aide order is 'HHA PRN' with no limit on the number of visits; a PRN order needs "
                "one. Layout: agency EHR export with a discipline table whose order cells hold nested goal tables; "
                "identifiers and episode in a repeated page header.")


def x27():
    soc = D(2026, 4, 13)
    P = dict(file="x27_hh485_unsigned.docx", as_of=D(2026, 4, 30),
             agency="Granite State Visiting Nurses", address="14 Pleasant St, Concord NH 03301 (603) 555-0115", prov_no="307744",
             client=dict(name="Agnes Whitcombe", dob=D(1935, 1, 9), mid="2CK7HY3VN58", mrn="GSVN-4471", sex="F",
                         address="3 Birch Hill Rd, Bow NH 03304"),
             first_tx=soc, period=(soc, D(2026, 6, 11)),
             dx=[("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation", True),
                 ("I50.9", "Heart failure, unspecified", False)],
             meds="Tiotropium 18 mcg inhaled daily; Albuterol HFA 2 puffs q4h PRN; Prednisone 40 mg PO daily x 5 days (N); "
                  "Furosemide 20 mg PO daily; O2 2 L/min via NC continuous",
             dme="Oxygen concentrator, portable tanks, nebulizer, shower chair", safety="Oxygen safety, no smoking, fall precautions",
             func="Endurance, dyspnea with minimal exertion", activities="As tolerated with rest periods",
             orders=["SN 2w2, 1w6 for respiratory assessment, COPD/CHF teaching, oxygen safety, medication management.",
                     "PT 2w3, 1w3 for endurance training, energy conservation, therapeutic exercise.",
                     "OT 1w4 for ADL training with energy conservation."],
             goals_text=["Pt will state 3 early signs of COPD exacerbation and her action plan by 05/11/2026.",
                         "SpO2 will remain 90% or higher on 2 L O2 at rest on all SN visits by 06/11/2026.",
                         "Pt will walk 100 ft with rollator and 2 or fewer rest breaks by 05/25/2026.",
                         "Pt will complete upper-body bathing seated with modified independence by 05/25/2026.",
                         "Discharge: when goals met, to care of son."],
             rn=dict(name="Carla Ilves", cred="RN", date=D(2026, 4, 13)),
             phys=dict(name="Anita Achebe", cred="MD", npi=NPI["achebe"], address="Concord Pulmonary Associates, 250 Pleasant St, Concord NH",
                       blank=True))
    check_hh(P)
    doc = render_485(P)
    save_docx(doc, P["file"], "Home Health Certification and Plan of Care", "GSVN")
    hh_label(P, [["signature-missing"]],
                "Gap: box 27 (attending physician's signature and date) is blank; the plan shows only the nurse's "
                "verbal-SOC signature. The physician is named in box 24. Layout: CMS-485 style numbered-box table.")


def x28():
    soc = D(2025, 11, 17)
    P = dict(file="x28_homechart_hh_clean.docx", as_of=D(2025, 12, 15),
             agency="Lowcountry Home Health Services", printed=D(2025, 11, 26),
             client=dict(name="Cyrus P. Vandenberg", dob=D(1944, 5, 23), mid="4TJ8WB2KE09", mrn="LHH-8830"),
             first_tx=soc, period=(soc, D(2026, 1, 15)),
             dx=[("Z47.1", "Aftercare following joint replacement surgery", True), ("Z96.641", "Presence of right artificial hip joint", False),
                 ("E11.9", "Type 2 diabetes mellitus without complications", False)],
             disciplines=[
                 dict(name="PT", orders="PT 3w2, 2w3 (12 visits) for gait training, posterior hip precautions, therapeutic exercise, "
                                         "stair training, home safety.",
                      goals=[("Pt will ambulate 250 ft with a cane independently, maintaining hip precautions", D(2026, 1, 5)),
                             ("Pt will climb 4 steps with rail and cane with supervision", D(2025, 12, 29))]),
                 dict(name="SN", orders="SN 1w3 for incision assessment, anticoagulant teaching, diabetic foot check; PRN x 1 for staple removal.",
                      goals=[("Surgical incision will be fully healed with no signs of infection", D(2025, 12, 8)),
                             ("Pt will state 3 bleeding precautions while on apixaban", D(2025, 12, 1))]),
                 dict(name="OT", orders="OT 1w2 for lower-body dressing with adaptive equipment.",
                      goals=[("Pt will don pants and socks using reacher and sock aid with modified independence", D(2025, 12, 8))])],
             misc=[("Homebound status:", "Unable to leave home without a walker and assistance of another person after hip arthroplasty."),
                   ("Discharge plan:", "To outpatient PT when ambulating community distances.")],
             rn=dict(name="Marisol Pham", cred="RN", date=D(2025, 11, 17)),
             phys=dict(name="Grace Lund", cred="NP", npi=NPI["lund"], date=D(2025, 11, 25), sigtext="Grace Lund, NP - e-signed"),
             opt=dict(dfmt="us1", vendor="HomeChart 11", printed_by="medrec", episode="1st 60-day period"))
    check_hh(P)
    doc = render_hh_agency(P)
    save_docx(doc, P["file"], "Plan of Care", "HomeChart")
    hh_label(P, [], "Clean. Agency EHR export with nested goal tables inside discipline order cells; certified "
                    "by a nurse practitioner (allowed practitioner); PRN order carries a limit ('PRN x 1'). Period 59 days.")


def x29():
    soc = D(2026, 1, 26)
    P = dict(file="x29_hh485_addendum.docx", as_of=D(2026, 2, 20),
             agency="Northwoods Home Health & Hospice", address="600 Lake Ave, Duluth MN 55802 (218) 555-0133", prov_no="247019",
             client=dict(name="Olaf T. Magnusson", dob=D(1939, 11, 11), mid="9HF5PC1UR37", mrn="NW-1179", sex="M",
                         address="4 Spruce Ct, Hermantown MN"),
             first_tx=soc, period=(soc, D(2026, 3, 26)),
             dx=[("I69.351", "Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side", True),
                 ("I69.320", "Aphasia following cerebral infarction", False), ("R13.12", "Dysphagia, oropharyngeal phase", False)],
             meds="Clopidogrel 75 mg PO daily; Atorvastatin 80 mg PO daily; Amlodipine 5 mg PO daily",
             dme="Hemi-walker, wheelchair, tub transfer bench, thickener", safety="Aspiration precautions, fall precautions",
             func="Paralysis (R), speech, ambulation", activities="Transfers with assist, wheelchair, hemi-walker",
             orders=["SN 1w4 for cardiovascular/neuro assessment, medication teaching, aspiration precautions.",
                     "PT 3w3, 2w5 for gait training with hemi-walker, balance, transfers.",
                     "OT 2w6 for ADL retraining, RUE neuromuscular re-education.",
                     "ST 2w8 for expressive language and swallowing treatment (see addendum)."],
             goals_text=["See addendum for discipline goals. Rehab potential: good. Discharge to home with wife when goals met."],
             addendum=["Goals (continued from box 22):",
                       "PT: Pt will walk 75 ft with hemi-walker and contact guard assist by 03/20/2026.",
                       "PT: Pt will transfer bed to wheelchair with supervision by 03/06/2026.",
                       "OT: Pt will dress upper body with minimal assist using one-handed technique by 03/20/2026.",
                       "ST: Pt will name 15 of 20 functional objects with minimal cues by 03/20/2026.",
                       "ST: Pt will swallow nectar-thick liquids with no overt signs of aspiration in 10 of 10 trials by 03/06/2026.",
                       "SN: Pt/wife will state 4 stroke warning signs (BE FAST) by 02/16/2026."],
             rn=dict(name="Linnea Boateng", cred="RN", date=D(2026, 1, 26)),
             received=D(2026, 2, 5),
             phys=dict(name="Henrik Ostrowski", cred="MD", npi=NPI["ostrowski"], address="Essentia Neurology, 400 E 3rd St, Duluth MN",
                       date=D(2026, 2, 3), sigtext="Henrik Ostrowski MD"))
    check_hh(P)
    doc = render_485(P)
    save_docx(doc, P["file"], "Home Health Certification and Plan of Care", "Northwoods")
    hh_label(P, [], "Clean. CMS-485 style form whose box 22 points to an addendum page holding the discipline "
                    "goals; orders in 3w3, 2w5 notation; period 01/26/2026-03/26/2026 (59 days).")


# =============================================================================================
# PLANS: commercial ABA


def check_aba(P, old_assess=False, long_period=False):
    pd = P["plan_date"]
    latest = max(a["date"] for a in P["assess"])
    assert latest <= pd
    assert (days(latest, pd) > ABA_ASSESS_DAYS) == old_assess, (P["file"], days(latest, pd))
    s, e = P["period"]
    six = D(s.year + (s.month + 6 - 1) // 12, (s.month + 6 - 1) % 12 + 1, s.day)
    assert (e > six) == long_period, P["file"]
    if P.get("review"):
        assert 0 < days(pd, P["review"]) <= ABA_REVIEW_DAYS, P["file"]
    for sec in P.get("goal_sections", []):
        for g in sec["goals"]:
            if g.get("date"):
                assert g["date"] > pd
    for sg in P["sigs"]:
        if not sg.get("blank"):
            assert pd <= sg["date"] <= P["as_of"], (P["file"], sg)


def aba_label(P, gaps, notes, unsure=()):
    label(P["file"], "commercial-aba", [], P["as_of"], gaps, notes, unsure)


def aba_services(extra_family=True, h153="20", h155="3", h156="1"):
    s = [dict(code="97153", desc="Adaptive behavior treatment by protocol (RBT)", staff="RBT", hpw=f"{h153} hours/week"),
         dict(code="97155", desc="Adaptive behavior treatment with protocol modification (BCBA)", staff="BCBA", hpw=f"{h155} hours/week")]
    if extra_family:
        s.append(dict(code="97156", desc="Family adaptive behavior treatment guidance", staff="BCBA", hpw=f"{h156} hour/week"))
    for x in s:
        x["units"] = str(int(float(x["hpw"].split()[0]) * 4 * 26)) + " units"
    return s


def x30():
    pd = D(2026, 1, 15)
    P = dict(file="x30_aba_agency_clean.docx", as_of=D(2026, 2, 3),
             agency="Bright Steps Behavioral Services", org_npi=NPI["aba1"], payer_name="Aetna PPO",
             client=dict(name="Mateo J. Villanueva-Roth", dob=D(2020, 8, 11), mid="XHP441782093"),
             guardian="Lucia Villanueva (mother)", plan_date=pd, period=(pd, D(2026, 7, 14)), review=D(2026, 7, 1),
             dx=[("F84.0", "Autistic disorder (autism spectrum disorder, level 2)", True)],
             dx_source="Diagnosis made by Renata Kowal, PhD, licensed psychologist, on 09/12/2024 (ADOS-2 Module 1; report attached).",
             assess=[dict(inst="VB-MAPP", date=D(2025, 12, 18), by="Simone Emberly, BCBA", summary="Milestones 41/170; Level 1-2 mix; barriers: prompt dependence, impaired mands"),
                     dict(inst="Vineland-3 (parent interview)", date=D(2025, 12, 20), by="Simone Emberly, BCBA", summary="ABC standard score 64")],
             presenting="5-year-old boy with ASD. Uses about 15 single words; elopes in community settings 3-4 times per outing; "
                        "tantrums (crying, dropping to floor) averaging 6 per day at home, 8-12 minutes each.",
             goal_sections=[
                 dict(heading="Communication", prefix="C", goals=[
                     dict(text="Mateo will independently mand for preferred items and activities using 2-word phrases", baseline="0 two-word mands per hour (single words, 4 per hour)",
                          mastery="10 two-word mands per hour across 3 consecutive sessions with 2 therapists", date=D(2026, 7, 1)),
                     dict(text="Mateo will respond to his name by orienting within 3 seconds", baseline="20% of opportunities",
                          mastery="80% of opportunities across 3 consecutive sessions", date=D(2026, 5, 15))]),
                 dict(heading="Behavior Reduction", prefix="B", goals=[
                     dict(text="Reduce tantrums (crying with dropping to the floor lasting 1 minute or more)", baseline="6 per day (parent data, 10 days)",
                          mastery="1 or fewer per day for 4 consecutive weeks", date=D(2026, 7, 1)),
                     dict(text="Reduce elopement in community settings", baseline="3-4 per outing",
                          mastery="0 episodes across 5 consecutive outings", date=D(2026, 7, 1))]),
                 dict(heading="Parent Training", prefix="PT", goals=[
                     dict(text="Mrs. Villanueva will implement the tantrum protocol (planned ignoring plus FCT prompt) with fidelity",
                          baseline="35% fidelity on BST checklist", mastery="90% fidelity across 3 consecutive observations", date=D(2026, 5, 15)),
                     dict(text="Parent will run a 10-minute mand session at home using the prompting hierarchy", baseline="not yet trained (0%)",
                          mastery="85% fidelity across 2 consecutive sessions", date=D(2026, 6, 15))])],
             services=aba_services(),
             svc_notes=["Services in home and clinic, Monday-Friday. Reassessment (97151) will be requested separately before the review."],
             sigs=[dict(name="Simone Emberly", cred="BCBA", label="Supervising BCBA", date=pd, sigtext="S. Emberly"),
                   dict(name="Lucia Villanueva", label="Parent/Guardian", date=D(2026, 1, 16), sigtext="Lucia Villanueva")],
             opt=dict(dfmt="us"))
    check_aba(P)
    doc = render_aba(P)
    save_docx(doc, P["file"], "ABA Treatment Plan", "Bright Steps")
    aba_label(P, [], "Clean. ABA agency plan: identification grid with authorization period and next review, "
                     "assessments table, goal tables per domain with baseline / mastery / target date columns, a "
                     "Parent Training section, CPT table with hours per week, signature table.")


def x31():
    pd = D(2026, 2, 4)
    P = dict(file="x31_aba_agency_nocaregiver.docx", as_of=D(2026, 2, 26),
             agency="Summit Autism Center", org_npi=NPI["aba1"], payer_name="Cigna",
             client=dict(name="Kenji A. Whitford", dob=D(2018, 3, 29), mid="U8847120391"),
             guardian="Amara Whitford", plan_date=pd, period=(D(2026, 2, 9), D(2026, 8, 8)), review=D(2026, 7, 27),
             dx=[("F84.0", "Autistic disorder", True), ("F90.2", "Attention-deficit hyperactivity disorder, combined type", False)],
             dx_source="ASD diagnosed 06/03/2022 by Dr. Paulo Ferro, MD, developmental-behavioral pediatrician.",
             assess=[dict(inst="ABLLS-R", date=D(2026, 1, 14), by="Noor Haddad, BCBA", summary="Deficits in requests, social interaction, group instruction"),
                     dict(inst="FBA (interview + ABC observation)", date=D(2026, 1, 21), by="Noor Haddad, BCBA", summary="Aggression maintained by escape from demands")],
             presenting="7-year-old in 2nd grade with ASD and ADHD; hits peers and staff when given non-preferred work (avg 9 "
                        "per school day); does not initiate play with peers.",
             goal_sections=[
                 dict(heading="Social Skills", prefix="S", goals=[
                     dict(text="Kenji will initiate a play interaction with a peer (verbal invitation or offering a toy)", baseline="0 per 30-min recess",
                          mastery="3 initiations per 30-min recess across 5 consecutive days", date=D(2026, 7, 27)),
                     dict(text="Kenji will take turns in a board game with 1 peer without leaving the game", baseline="2 turns before leaving",
                          mastery="completes a 10-minute game in 4 of 5 opportunities", date=D(2026, 6, 30))]),
                 dict(heading="Behavior Reduction", prefix="B", goals=[
                     dict(text="Reduce aggression (hitting, kicking) toward peers and staff", baseline="9 per school day",
                          mastery="1 or fewer per day for 10 consecutive school days", date=D(2026, 7, 27)),
                     dict(text="Kenji will request a break using his break card when given a non-preferred task", baseline="0% of opportunities",
                          mastery="80% of opportunities across 3 consecutive sessions", date=D(2026, 5, 29))]),
                 dict(heading="Adaptive / Daily Living", prefix="A", goals=[
                     dict(text="Kenji will complete his 6-step morning routine using a picture schedule", baseline="2 of 6 steps independently",
                          mastery="6 of 6 steps independently on 5 consecutive days", date=D(2026, 7, 27))])],
             services=aba_services(extra_family=False, h153="15", h155="2"),
             svc_notes=["RBT services delivered in clinic 3 days a week and at school 2 days a week (school team consulted)."],
             sigs=[dict(name="Noor Haddad", cred="BCBA", label="Supervising Behavior Analyst", date=pd),
                   dict(name="Amara Whitford", label="Guardian", date=D(2026, 2, 5), sigtext="Amara Whitford (e-signed)")],
             opt=dict(dfmt="us1", client_label="Client", hdr_id="Client"))
    check_aba(P)
    doc = render_aba(P)
    save_docx(doc, P["file"], "ABA Treatment Plan", "Summit Autism Center")
    aba_label(P, [["caregiver-goal-missing"]],
                "Gap: no goal or objective involves the parent/caregiver learning or applying a procedure (no caregiver "
                "section, no 97156). Layout: ABA agency plan with domain goal tables, assessment table, CPT/hours table.")


def x32():
    pd = D(2026, 1, 28)
    P = dict(file="x32_aba_agency_oldassessment.docx", as_of=D(2026, 2, 16),
             agency="Little Harbor ABA", org_npi=NPI["aba1"], payer_name="UnitedHealthcare / Optum",
             client=dict(name="Sophia Brennan-Atwood", dob=D(2019, 12, 3), mid="921877456-01"),
             guardian="Declan Atwood (father)", plan_date=pd, period=(pd, D(2026, 7, 27)), review=D(2026, 7, 20),
             dx=[("F84.0", "Autistic disorder", True)],
             dx_source="Diagnosed 10/21/2022 by Maren Lindqvist, PsyD, licensed psychologist (ADOS-2, ADI-R).",
             assess=[dict(inst="VB-MAPP", date=D(2024, 11, 20), by="Oren Pham, BCBA", summary="Milestones 88/170; Level 2 complete")],
             presenting="6-year-old girl continuing ABA (year 2). Gains in mands and listener responding; current needs are "
                        "conversation, toileting, and flopping during transitions.",
             goal_sections=[
                 dict(heading="Language", prefix="L", goals=[
                     dict(text="Sophia will answer 'wh' questions about a short story read aloud", baseline="30% correct",
                          mastery="80% correct across 3 consecutive sessions", date=D(2026, 7, 20)),
                     dict(text="Sophia will maintain a conversation on a topic for 4 exchanges", baseline="1 exchange",
                          mastery="4 exchanges in 4 of 5 probes", date=D(2026, 7, 20))]),
                 dict(heading="Daily Living", prefix="D", goals=[
                     dict(text="Sophia will initiate toileting by requesting the bathroom", baseline="0 self-initiations per day",
                          mastery="2 or more self-initiated voids per day with no accidents for 10 consecutive days", date=D(2026, 7, 20))]),
                 dict(heading="Behavior", prefix="B", goals=[
                     dict(text="Reduce flopping during transitions", baseline="5 per day",
                          mastery="0-1 per day for 15 consecutive days", date=D(2026, 6, 30))]),
                 dict(heading="Caregiver Training", prefix="CG", goals=[
                     dict(text="Father will use a visual timer and first-then board at transitions", baseline="40% fidelity",
                          mastery="90% fidelity across 3 consecutive observations", date=D(2026, 5, 29))])],
             services=aba_services(h153="18", h155="2.5"),
             svc_notes=["Standardized re-assessment is planned at the next review."],
             sigs=[dict(name="Oren Pham", cred="M.Ed., BCBA", label="BCBA", date=pd),
                   dict(name="Declan Atwood", label="Parent", date=pd)],
             opt=dict(dfmt="us", title="Continued Treatment Plan - ABA", kind="Re-authorization / Progress Report"))
    check_aba(P, old_assess=True)
    assert days(D(2024, 11, 20), pd) == 434
    doc = render_aba(P)
    save_docx(doc, P["file"], "ABA Treatment Plan", "Little Harbor ABA")
    aba_label(P, [["assessment-outdated"]],
                "Gap: the only standardized assessment (VB-MAPP) is dated 11/20/2024, 434 days before the plan date "
                "(the profile accepts 365). Layout: re-authorization plan in the ABA agency format.")


def x34():
    pd = D(2026, 2, 24)
    P = dict(file="x34_aba_landscape_clean.docx", as_of=D(2026, 3, 10),
             agency="Coastal Kids Behavior Therapy", org_npi=NPI["aba1"], payer_name="Blue Cross Blue Shield",
             client=dict(name="Elijah M. Costanza", dob=D(2021, 6, 17), mid="JQK900231457"),
             guardian="Rosa Costanza (mother)", plan_date=pd, period=(D(2026, 3, 1), D(2026, 8, 31)), review=D(2026, 8, 21),
             dx=[("F84.0", "Autism spectrum disorder", True)],
             dx_source="Evaluated and diagnosed on 01/09/2026 by Dr. Ines Boateng, PhD (licensed psychologist); ADOS-2 Toddler Module.",
             assess=[dict(inst="VB-MAPP", date=D(2026, 2, 3), by="Talia Sato, BCBA", summary="Milestones 14/170 (Level 1)"),
                     dict(inst="Vineland-3 (caregiver form)", date=D(2026, 2, 5), by="Talia Sato, BCBA", summary="ABC 61")],
             presenting="4-year-old boy newly diagnosed; no functional words; leads adults by the hand; head-hitting when "
                        "routines change (avg 14 per day).",
             goal_sections=[
                 dict(heading="Early Communication", prefix="EC", goals=[
                     dict(text="Elijah will mand using an approximation or sign for 10 different items", baseline="0 items",
                          mastery="10 items, each independently on 2 consecutive days", date=D(2026, 8, 21)),
                     dict(text="Elijah will imitate 10 gross motor actions", baseline="2 actions",
                          mastery="90% correct across 3 sessions", date=D(2026, 7, 1))]),
                 dict(heading="Behavior Reduction", prefix="BR", goals=[
                     dict(text="Reduce head-hitting", baseline="14 per day", mastery="2 or fewer per day for 4 consecutive weeks", date=D(2026, 8, 21))]),
                 dict(heading="Caregiver Goals", prefix="CG", goals=[
                     dict(text="Rosa will use mand-modeling during snack time", baseline="20% fidelity",
                          mastery="90% fidelity across 3 consecutive observations", date=D(2026, 6, 1)),
                     dict(text="Rosa will block head-hitting and redirect using the BIP", baseline="not yet trained",
                          mastery="90% fidelity in 3 consecutive observations", date=D(2026, 6, 1))])],
             services=aba_services(h153="25", h155="4", h156="2"),
             sigs=[dict(name="Talia Sato", cred="BCBA", label="Supervising BCBA", date=pd, sigtext="/s/ T. Sato"),
                   dict(name="Rosa Costanza", label="Parent/Legal Guardian", date=D(2026, 2, 25), sigtext="/s/ R. Costanza")],
             opt=dict(dfmt="us", landscape=True, title="Applied Behavior Analysis - Initial Treatment Plan", kind="Initial request"))
    check_aba(P)
    doc = render_aba(P)
    save_docx(doc, P["file"], "ABA Treatment Plan", "Coastal Kids")
    aba_label(P, [], "Clean. Landscape ABA plan; authorization 03/01/2026-08/31/2026 (6 months), review 08/21/2026; "
                     "caregiver goals name the mother by first name under a 'Caregiver Goals' heading; /s/ signatures.")


def x36():
    pd = D(2026, 4, 2)
    P = dict(file="x36_aba_agency_notcovered.docx", as_of=D(2026, 4, 20),
             agency="Bright Steps Behavioral Services", org_npi=NPI["aba1"], payer_name="Aetna PPO",
             client=dict(name="Aaliyah Okafor-Brandt", dob=D(2022, 1, 30), mid="XHP559013377"),
             guardian="Nkechi Okafor (mother)", plan_date=pd, period=(pd, D(2026, 10, 1)), review=D(2026, 9, 18),
             dx=[("F88", "Other disorders of psychological development (global developmental delay)", True),
                 ("F80.2", "Mixed receptive-expressive language disorder", False)],
             dx_source="Diagnosed 02/11/2026 by Dr. Lena Achterberg, MD, developmental pediatrician. Autism evaluation is scheduled for 06/2026.",
             assess=[dict(inst="VB-MAPP", date=D(2026, 3, 12), by="Simone Emberly, BCBA", summary="Milestones 22/170"),
                     dict(inst="Vineland-3", date=D(2026, 3, 14), by="Simone Emberly, BCBA", summary="ABC 68")],
             presenting="4-year-old girl with global delays and limited speech (about 10 words); no aggression; family requests "
                        "ABA to build communication and daily-living skills while awaiting autism evaluation.",
             goal_sections=[
                 dict(heading="Communication", prefix="C", goals=[
                     dict(text="Aaliyah will mand for 15 items using single words", baseline="4 words used as mands",
                          mastery="15 items independently across 2 consecutive days", date=D(2026, 9, 18))]),
                 dict(heading="Daily Living", prefix="D", goals=[
                     dict(text="Aaliyah will wash hands following a 5-step visual sequence", baseline="1 of 5 steps",
                          mastery="5 of 5 steps independently on 3 consecutive days", date=D(2026, 8, 1))]),
                 dict(heading="Parent Training", prefix="P", goals=[
                     dict(text="Mother will use time-delay prompting during meals", baseline="25% fidelity",
                          mastery="90% fidelity across 3 observations", date=D(2026, 7, 1))])],
             services=aba_services(h153="12", h155="2"),
             sigs=[dict(name="Simone Emberly", cred="BCBA", label="Supervising BCBA", date=pd),
                   dict(name="Nkechi Okafor", label="Parent/Guardian", date=pd)],
             opt=dict(dfmt="us"))
    check_aba(P)
    doc = render_aba(P)
    save_docx(doc, P["file"], "ABA Treatment Plan", "Bright Steps")
    aba_label(P, [["diagnosis-not-covered"]],
                "Gap: the primary diagnosis is F88 (global developmental delay), not autism spectrum disorder (F84.x); "
                "the ASD evaluation is only scheduled. Layout: ABA agency format.")


def x37():
    pd = D(2026, 1, 6)
    P = dict(file="x37_aba_export_noreview.docx", as_of=D(2026, 1, 26),
             agency="Piedmont Behavior Partners", org_npi=NPI["aba1"], payer_name="Anthem",
             client=dict(name="Tobias R. Lindgren", dob=D(2017, 9, 9), mid="YRL300928144"),
             guardian="Karin Lindgren", plan_date=pd, period=(pd, D(2026, 7, 5)), review=None,
             review_text="as clinically indicated",
             dx=[("F84.0", "Autistic disorder", True)],
             dx_source="Diagnosis: 04/15/2021, Aidan Marsh, PhD, licensed psychologist.",
             assess=[dict(inst="Vineland-3", date=D(2025, 12, 10), by="Hanna Ferro, BCBA", summary="ABC 70"),
                     dict(inst="AFLS (Basic Living Skills)", date=D(2025, 12, 11), by="Hanna Ferro, BCBA", summary="Dressing, toileting deficits")],
             presenting="8-year-old with ASD; verbal; needs help with self-care and community safety; skin-picking when anxious.",
             goal_sections=[
                 dict(heading="Self-care", prefix="SC", goals=[
                     dict(text="Tobias will dress himself for school using a checklist", baseline="3 of 8 steps independent",
                          mastery="8 of 8 steps independent on 5 consecutive school days", date=D(2026, 6, 26))]),
                 dict(heading="Safety", prefix="SF", goals=[
                     dict(text="Tobias will stop at curbs and wait for an adult before crossing", baseline="40% of crossings",
                          mastery="100% of crossings across 10 consecutive outings", date=D(2026, 6, 26))]),
                 dict(heading="Behavior", prefix="BX", goals=[
                     dict(text="Reduce skin-picking episodes", baseline="12 per day", mastery="3 or fewer per day for 3 consecutive weeks", date=D(2026, 6, 26))]),
                 dict(heading="Caregiver", prefix="CG", goals=[
                     dict(text="Caregiver will deliver the competing-item procedure when picking starts", baseline="30% fidelity",
                          mastery="90% fidelity across 3 consecutive observations", date=D(2026, 4, 30))])],
             services=aba_services(h153="10", h155="2"),
             sigs=[dict(name="Hanna Ferro", cred="BCBA", label="BCBA", date=pd),
                   dict(name="Karin Lindgren", label="Guardian", date=D(2026, 1, 7))],
             opt=dict(dfmt="iso", title="TREATMENT PLAN (ABA) - SYSTEM EXPORT", kind="Exported from BehaviorLink practice system",
                      footer="Export 2026-01-07 14:02 | user hferro | page"))
    check_aba(P)
    doc = render_aba(P)
    save_docx(doc, P["file"], "ABA Treatment Plan", "Piedmont")
    aba_label(P, [["review-date-missing"]],
                "Gap: no date for the next plan review ('Next Plan Review: as clinically indicated'). Layout: ABA plan "
                "export with ISO dates.", unsure=["review-interval-exceeded"])


def render_freehand_aba(P):
    """A BCBA's own Word document: loose headings, goals as numbered paragraphs with inline baseline/mastery."""
    o = P.get("opt", {})
    doc = new_doc(font="Georgia", size=11, margins=1.0)
    c = P["client"]
    df = o.get("dfmt", "us2")
    para(doc, P["agency"], bold=True, align="c")
    para(doc, "Behavior Plan / Treatment Plan for ABA services", align="c", italic=True)
    para(doc, "")
    para(doc, f"Child: {c['name']}   DOB: {fd(c['dob'], df)}   Ins. ID: {c['mid']}")
    para(doc, f"Parent(s): {P['guardian']}")
    para(doc, f"Date of plan: {fd(P['plan_date'], df)}.  Auth. requested {fd(P['period'][0], df)} thru {fd(P['period'][1], df)}.  "
              f"Plan will be reviewed by {fd(P['review'], df)} (or sooner).")
    para(doc, "")
    para(doc, "Dx", bold=True)
    for code, desc, prim in P["dx"]:
        para(doc, f"{code} {desc}")
    para(doc, P["dx_source"])
    para(doc, "Assessment", bold=True)
    for a in P["assess"]:
        para(doc, f"{a['inst']} given {fd(a['date'], df)} by {a['by']} -- {a['summary']}")
    para(doc, "Why ABA / background", bold=True)
    para(doc, P["presenting"])
    para(doc, "GOALS", bold=True)
    n = 0
    for sec in P["goal_sections"]:
        para(doc, sec["heading"], italic=True)
        for g in sec["goals"]:
            n += 1
            para(doc, f"{n}. {g['text']}")
            bits = []
            if g.get("baseline"):
                bits.append(f"BL: {g['baseline']}")
            if g.get("mastery"):
                bits.append(f"Mastery: {g['mastery']}")
            if g.get("date"):
                bits.append(f"target {fd(g['date'], df)}")
            para(doc, "    " + ". ".join(bits))
    para(doc, "SERVICES REQUESTED", bold=True)
    for s in P["services"]:
        para(doc, f"- {s['code']} {s['desc']}: {s['hpw']}")
    for line in P.get("svc_notes", []):
        para(doc, line)
    para(doc, "")
    para(doc, "Crisis: if your child is in danger call 911. After-hours line 555-0102. Parents can call me with questions anytime.", size=9)
    para(doc, "")
    for s in P["sigs"]:
        if s.get("blank"):
            para(doc, f"__________________________  date ______   ({s['label']})")
        else:
            para(doc, f"{s['name']}" + (f", {s['cred']}" if s.get("cred") else "") + f"  ({s['label']})   {fd(s['date'], df)}")
    return doc


def x33():
    pd = D(2026, 3, 4)
    P = dict(file="x33_freehand_bcba_nobaseline.docx", as_of=D(2026, 3, 25),
             agency="Jade Lindqvist, MS, BCBA - Independent Behavior Consulting",
             client=dict(name="Leo Marchand-Ruiz", dob=D(2019, 5, 6), mid="BCX7731920"),
             guardian="Camille Marchand and Diego Ruiz", plan_date=pd, period=(D(2026, 3, 9), D(2026, 9, 8)), review=D(2026, 8, 26),
             dx=[("F84.0", "Autism spectrum disorder", True)],
             dx_source="(dx by Dr. Oksana Ilves, PhD, psychologist, 11/2/2023)",
             assess=[dict(inst="VB-MAPP", date=D(2026, 2, 16), by="J. Lindqvist, BCBA", summary="milestones 96/170, barriers: defiance, weak LR"),
                     dict(inst="Vineland-3", date=D(2026, 2, 18), by="J. Lindqvist, BCBA", summary="ABC 72")],
             presenting="Leo is 6, in kindergarten w/ aide. Refuses/yells when asked to stop preferred activities (about 8x/day), "
                        "won't use the toilet at school, plays next to but not with other kids.",
             goal_sections=[
                 dict(heading="Transitions / behavior", prefix="", goals=[
                     dict(text="Leo will transition from preferred to non-preferred activity within 1 min of a 2-minute warning, with no yelling",
                          baseline="2 of 10 transitions", mastery="9 of 10 transitions for 2 wks", date=D(2026, 8, 26)),
                     dict(text="Decrease yelling/refusal episodes", baseline="about 8 per day",
                          mastery="2 or fewer per day for 3 wks in a row", date=D(2026, 8, 26))]),
                 dict(heading="Social play", prefix="", goals=[
                     dict(text="Leo will play a cooperative game with a peer for 5 min, taking at least 4 turns",
                          mastery="4 of 5 opportunities across 2 settings", date=D(2026, 8, 26))]),
                 dict(heading="Parent training", prefix="", goals=[
                     dict(text="Camille and Diego will use the 2-minute warning + first/then routine at home",
                          baseline="about 30% of steps correct", mastery="90% fidelity on 3 checks", date=D(2026, 6, 30))])],
             services=aba_services(h153="12", h155="2", h156="1"),
             svc_notes=["Sessions at home after school and 1 day at school (school agreed)."],
             sigs=[dict(name="Jade Lindqvist", cred="MS, BCBA", label="BCBA", date=pd),
                   dict(name="Camille Marchand", label="parent", date=D(2026, 3, 5))],
             opt=dict(dfmt="us2"))
    check_aba(P)
    doc = render_freehand_aba(P)
    save_docx(doc, P["file"], "Leo plan", "Jade")
    aba_label(P, [["baseline-missing"]],
                "Gap: goal 3 (cooperative game with a peer) states mastery and a target date but no baseline. Layout: "
                "independent BCBA's freehand Word plan; goals numbered across italic domain sub-headings with an "
                "inline 'BL: ... Mastery: ... target m/d/yy' line under each.")


def x35():
    pd = D(2026, 2, 10)
    P = dict(file="x35_freehand_bcba_clean.docx", as_of=D(2026, 3, 2),
             agency="Ridgeway ABA (Owen Veldt, BCBA-D)",
             client=dict(name="Nora J. Castellanos", dob=D(2020, 11, 19), mid="HMO40018827"),
             guardian="Paloma Castellanos (mom)", plan_date=pd, period=(D(2026, 2, 16), D(2026, 8, 15)), review=D(2026, 8, 3),
             dx=[("F84.0", "Autistic disorder", True)],
             dx_source="Dx made 7/8/2024 by Dr. Tomasz Kowal, MD, child psychiatrist.",
             assess=[dict(inst="ABLLS-R", date=D(2026, 1, 27), by="O. Veldt, BCBA-D", summary="gaps in imitation, requests, labeling"),
                     dict(inst="Vineland-3", date=D(2026, 1, 29), by="O. Veldt, BCBA-D", summary="ABC 66")],
             presenting="Nora (5) speaks in 1-2 word phrases, bites her hand when frustrated (~5/day), not toilet trained.",
             goal_sections=[
                 dict(heading="Communication", prefix="", goals=[
                     dict(text="Nora will request help using 'help please' when a task is difficult", baseline="0 per session",
                          mastery="5 independent requests per session for 3 sessions", date=D(2026, 7, 31)),
                     dict(text="Nora will label 50 common objects", baseline="12 objects", mastery="50 objects at 90% on 2 probes", date=D(2026, 7, 31))]),
                 dict(heading="Behavior", prefix="", goals=[
                     dict(text="Reduce hand-biting", baseline="~5/day", mastery="0-1/day for 4 consecutive weeks", date=D(2026, 7, 31))]),
                 dict(heading="Toileting", prefix="", goals=[
                     dict(text="Nora will void in the toilet on a 90-min schedule", baseline="10% of trips",
                          mastery="80% of trips for 2 consecutive weeks", date=D(2026, 7, 31))]),
                 dict(heading="Mom / home", prefix="", goals=[
                     dict(text="Mom will run the toileting schedule with praise and a token board", baseline="50% of steps",
                          mastery="90% fidelity on 3 home visits", date=D(2026, 5, 29))])],
             services=aba_services(h153="20", h155="3", h156="1.5"),
             sigs=[dict(name="Owen Veldt", cred="BCBA-D", label="supervising behavior analyst", date=pd),
                   dict(name="Paloma Castellanos", label="parent/guardian", date=pd)],
             opt=dict(dfmt="us1"))
    check_aba(P)
    doc = render_freehand_aba(P)
    save_docx(doc, P["file"], "ABA plan Nora", "Owen")
    aba_label(P, [], "Clean. Independent BCBA-D's freehand plan: inline 'BL / Mastery / target' lines, parent goal "
                     "written as 'Mom will ...' under 'Mom / home', services as dash bullets with hours per week.")


# =============================================================================================
# PLANS: substance use disorder programs (base-treatment-plan + a state profile)


def sud_label(P, state, gaps, notes, unsure=()):
    label(P["file"], "base-treatment-plan", [state], P["as_of"], gaps, notes, unsure)


def sigs_ok(P):
    for s in P["sigs"]:
        if not s.get("blank") and s.get("date"):
            assert P["plan_date"] <= s["date"] <= P["as_of"], (P["file"], s)


def sig_of(P, label_start):
    return [s for s in P["sigs"] if s["label"].startswith(label_start)][0]


def opioid_dims(pd, undated_obj=False, vague_obj=False, months=3):
    t1, t2, t3 = pd + timedelta(days=30), pd + timedelta(days=60), pd + timedelta(days=85)
    dims = [
        dict(dim="Dimension 1 - Acute Intoxication / Withdrawal Potential; Dimension 5 - Relapse, Continued Use Potential",
             problem="Opioid use disorder (fentanyl), daily IV use until admission; cravings rated 8/10.",
             goal="Client will stop all non-prescribed opioid use and stay engaged in medication for OUD.",
             objectives=[dict(text="Client will provide urine drug screens negative for non-prescribed opioids on 100% of random weekly tests for 4 consecutive weeks.", date=t2),
                         dict(text="Client will identify 5 personal triggers and a coping response for each on a written relapse-prevention plan.", date=t1)],
             interventions=["Buprenorphine induction and weekly medication management - medical staff",
                            "Relapse-prevention group 5x/week, 60 min - counselor",
                            "Individual counseling 1x/week, 50 min - primary counselor"]),
        dict(dim="Dimension 3 - Emotional, Behavioral or Cognitive Conditions",
             problem="Depressed mood and poor sleep (PHQ-9 = 15).",
             goal="Client will manage mood without using substances.",
             objectives=[dict(text="Client will reduce PHQ-9 from 15 to 9 or below.", date=t3),
                         dict(text="Client will use 2 coping skills from DBT group when distressed, as reported in at least 4 of 5 weekly check-ins.", date=t2)],
             interventions=["DBT skills group 2x/week - clinician", "Psychiatric evaluation within 14 days - psychiatrist"]),
        dict(dim="Dimension 6 - Recovery / Living Environment",
             problem="No stable housing; partner still using.",
             goal="Client will have a safe, substance-free place to live at discharge.",
             objectives=[dict(text="Client will complete 2 recovery-housing applications with case manager.", date=t1),
                         dict(text="Client will attend 3 outside mutual-support meetings (NA or SMART) per week and get attendance sheets signed.", date=t2)],
             interventions=["Case management 1x/week - case manager", "Mutual-support meeting linkage"])]
    if undated_obj:
        dims[2]["objectives"][1]["date"] = None
    if vague_obj:
        dims[1]["objectives"][1]["text"] = "Client will work on feelings and learn about depression and recovery."
    return dims


def alcohol_dims(pd):
    t1, t2 = pd + timedelta(days=21), pd + timedelta(days=45)
    return [
        dict(dim="Dimension 5 - Relapse Potential",
             problem="Alcohol use disorder, severe; 3 prior treatment episodes; drinking a fifth of vodka daily before admission.",
             goal="Client will remain abstinent from alcohol and build a relapse-prevention plan.",
             objectives=[dict(text="Client will have breathalyzer and EtG results negative on 100% of tests during treatment.", date=t2),
                         dict(text="Client will write a relapse-prevention plan naming 4 high-risk situations and 2 responses for each.", date=t1)],
             interventions=["Relapse-prevention group daily (M-F), 90 min - counselor", "Individual counseling weekly, 45 min - primary counselor"]),
        dict(dim="Dimension 2 - Biomedical Conditions",
             problem="Elevated liver enzymes and hypertension.",
             goal="Client will follow up on medical conditions.",
             objectives=[dict(text="Client will attend 1 primary care appointment and bring back the visit summary.", date=t2)],
             interventions=["Nursing assessment weekly - nurse", "Referral to primary care - case manager"]),
        dict(dim="Dimension 4 - Readiness to Change",
             problem="Ambivalent; states 'I can cut back on my own'.",
             goal="Client will state his own reasons to stay sober.",
             objectives=[dict(text="Client will complete a decisional balance worksheet listing at least 4 costs of drinking and share it in group.", date=t1)],
             interventions=["Motivational interviewing in individual sessions weekly - primary counselor"])]


def x38():
    adm, pd = D(2026, 2, 2), D(2026, 2, 6)
    P = dict(file="x38_sud_ny_inpatient_clean.docx", as_of=D(2026, 2, 20),
             agency="Hudson Bend Recovery Center - OASAS Certified Inpatient Rehabilitation (Part 818)",
             client=dict(name="Desmond K. Farraday", dob=D(1988, 7, 19), mid="NY Medicaid CIN AB12345C", mrn="HB-260114"),
             admit=adm, plan_date=pd, loc="Inpatient Rehabilitation (Part 818)", duration="21-28 days",
             clin=dict(name="Tamara Osei", cred="CASAC"),
             dx=[("F11.20", "Opioid use disorder, severe (opioid dependence, uncomplicated)", True),
                 ("F17.210", "Nicotine dependence, cigarettes, uncomplicated", False)],
             dims=opioid_dims(pd),
             services=[dict(code="H0018", desc="Behavioral health; short-term residential (inpatient rehabilitation per diem)", freq="daily", staff="treatment team")],
             discharge="Completes relapse-prevention plan, stable on buprenorphine, outpatient and housing appointments made.",
             sigs=[dict(label="Client", name="Desmond K. Farraday", date=pd),
                   dict(label="Responsible clinical staff", name="Tamara Osei", cred="CASAC", date=pd),
                   dict(label="Physician", name="Ferdinand Rourke", cred="MD", date=D(2026, 2, 9)),
                   dict(label="Clinical supervisor", name="Judith Kowal", cred="LCSW-R", date=D(2026, 2, 9))],
             opt=dict(dfmt="us", id_label="Case #", mid_label="Medicaid CIN"))
    P["client"]["mid"] = "AB12345C"
    sigs_ok(P)
    assert days(adm, pd) <= NY_PLAN_DAYS and days(adm, sig_of(P, "Physician")["date"]) <= NY_PHYS_DAYS
    doc = render_sud(P)
    save_docx(doc, P["file"], "Treatment Plan", "Hudson Bend")
    sud_label(P, "ny-oasas-818", [], "Clean. SUD program plan in ASAM-dimension tables (problem / goal / objectives / "
                                     "interventions), signature grid; admission 02/02/2026, plan 02/06/2026 (4 days), "
                                     "physician signed 02/09/2026 (7 days after admission).")


def x39():
    adm, pd = D(2026, 1, 5), D(2026, 1, 15)
    P = dict(file="x39_sud_ny_inpatient_late.docx", as_of=D(2026, 1, 28),
             agency="Catskill Ridge Addiction Treatment Center - Inpatient Rehabilitation",
             client=dict(name="Marisol Etxeberria", dob=D(1979, 2, 8), mid="CD67890E", mrn="CR-0412"),
             admit=adm, plan_date=pd, loc="Inpatient rehabilitation", duration="28 days",
             clin=dict(name="Vincent Achterberg", cred="CASAC-G"),
             dx=[("F10.20", "Alcohol use disorder, severe", True), ("F41.1", "Generalized anxiety disorder", False)],
             dims=alcohol_dims(pd),
             services=[],
             sigs=[dict(label="Patient", name="Marisol Etxeberria", date=pd, sigtext="M. Etxeberria"),
                   dict(label="Primary Counselor", name="Vincent Achterberg", cred="CASAC-G", date=pd),
                   dict(label="Medical Director", name="Oona Halloran", cred="DO", date=D(2026, 1, 15))],
             opt=dict(dfmt="us1", title="COMPREHENSIVE TREATMENT PLAN", client_label="Patient", mid_label="Medicaid CIN"))
    sigs_ok(P)
    assert days(adm, pd) == 10 > NY_PLAN_DAYS
    assert days(adm, sig_of(P, "Medical")["date"]) == 10 <= NY_PHYS_DAYS
    doc = render_sud(P)
    save_docx(doc, P["file"], "Treatment Plan", "Catskill Ridge")
    sud_label(P, "ny-oasas-818", [["plan-late"]],
              "Gap: admitted 1/5/2026, plan dated 1/15/2026, 10 days later (Part 818 requires 7). The physician "
              "(medical director, DO) signed on day 10, which is in time. Layout: ASAM-dimension tables, no separate "
              "service schedule (frequencies in the interventions rows).")


def x40():
    adm, pd = D(2026, 3, 9), D(2026, 3, 13)
    P = dict(file="x40_freehand_sud_ny_latephys.docx", as_of=D(2026, 4, 1),
             client=dict(name="Bartholomew 'Bart' Quaye", dob=D(1971, 10, 2), mid="EF24680G"),
             admit=adm, plan_date=pd,
             dx=[("F10.02", "Alcohol use d/o, severe", True), ("F14.20", "Cocaine use d/o, moderate-severe", False)],
             presenting="admitted from detox 3/9; drinking ~12 beers/day + crack on weekends. Lost job. Wants to get back with his kids.",
             problems=[
                 dict(goal="Stay sober - no alcohol or cocaine during treatment",
                      objectives=[dict(text="all breathalyzers + UDS negative (random, 2x/wk)", date=D(2026, 4, 3)),
                                  dict(text="write relapse prevention plan w/ 5 triggers + 2 coping plans each, present in group", date=D(2026, 3, 27))],
                      interventions=["RP group daily", "indiv counseling 1x/wk"]),
                 dict(goal="Family - reconnect w/ children safely",
                      objectives=[dict(text="1 supervised call per week w/ kids (logged by CM)", date=D(2026, 4, 3))],
                      interventions=["family session x1 w/ ex-wife if she agrees", "parenting group 1x/wk"])],
             services=[dict(line="Level of care: inpatient rehab (818). Expected LOS 3-4 wks.")],
             duration="3-4 wks", sigs=[],
             opt=dict(title="Tx Plan (inpatient rehab)", client_label="Pt", mid_label="Medicaid #", dfmt="us2",
                      plan_label="Plan date", admit_label="Adm", dx_label="DSM-5 / ICD", pp_label="Hx", int_label="how",
                      dur_label="LOS"))
    P["opt"]["extra"] = ["", "Counselor: Renée Lindgren, CASAC-T  3/13/26", "Pt: Bart Quaye  3/13/26",
                         "Reviewed & signed: Dr. Ignatius Pham, MD  3/24/26"]
    P["sigs_chk"] = [D(2026, 3, 13), D(2026, 3, 24)]
    assert all(pd <= d <= P["as_of"] for d in P["sigs_chk"])
    assert days(adm, pd) <= NY_PLAN_DAYS and days(adm, D(2026, 3, 24)) == 15 > NY_PHYS_DAYS
    doc = render_freehand_psych(P)
    save_docx(doc, P["file"], "", "RL")
    sud_label(P, "ny-oasas-818", [["signature-late"], ["diagnosis-code-invalid", "diagnosis-code-not-billable"]],
              "Gaps: admitted 3/9/26, physician review/signature 3/24/26, 15 days later (Part 818: within 10); the "
              "primary diagnosis code F10.02 does not exist (transposed F10.20). Layout: counselor's freehand Word "
              "plan, abbreviations, signatures as typed lines at the end with m/d/yy dates.")


def x41():
    adm, pd = D(2026, 1, 12), D(2026, 1, 22)
    P = dict(file="x41_sud_fl_residential_clean.docx", as_of=D(2026, 2, 9),
             agency="Gulf Breeze Recovery Residence, Inc. (DCF-licensed, 65D-30)",
             client=dict(name="Tatiana Rosales-Whitby", dob=D(1992, 4, 25), mid="FL-MCD 8801234567", mrn="GBR-1207"),
             admit=adm, plan_date=pd, loc="Residential Level 2", duration="60-90 days",
             clin=dict(name="Marcus Dasilva", cred="CAP"),
             dx=[("F15.20", "Stimulant use disorder (methamphetamine), severe", True), ("F43.10", "Post-traumatic stress disorder, unspecified", False)],
             dims=opioid_dims(pd),
             services=[dict(code="H0019", desc="Residential treatment (per diem)", freq="daily", staff="program"),
                       dict(code="H0004", desc="Individual counseling", freq="1x/week, 50 min", staff="primary counselor"),
                       dict(code="H0005", desc="Group counseling", freq="5x/week", staff="counselors")],
             sigs=[dict(label="Individual served", name="Tatiana Rosales-Whitby", date=pd, sigtext="T. Rosales-Whitby"),
                   dict(label="Staff member who developed the plan", name="Marcus Dasilva", cred="CAP", date=pd),
                   dict(label="Qualified Professional (countersignature)", name="Helena Greer", cred="LMHC", date=D(2026, 1, 27))],
             opt=dict(dfmt="us", client_label="Individual", mid_label="Medicaid ID"))
    # stimulant client: adjust the first dimension wording
    P["dims"][0]["problem"] = "Methamphetamine use daily (smoked) for 4 years; cravings 7/10."
    P["dims"][0]["goal"] = "Tatiana will stop all methamphetamine and other drug use."
    P["dims"][0]["objectives"][0]["text"] = "Tatiana will have urine drug screens negative for all drugs on 100% of random weekly tests for 4 consecutive weeks."
    P["dims"][0]["interventions"] = ["Contingency management (prize draws) 2x/week - counselor",
                                     "Relapse-prevention group 5x/week, 60 min - counselor",
                                     "Individual counseling 1x/week, 50 min - primary counselor"]
    P["client"]["mid"] = "8801234567"
    sigs_ok(P)
    assert days(adm, pd) <= FL_DAYS["residential level 2"]
    assert days(pd, sig_of(P, "Qualified")["date"]) <= FL_QP_DAYS
    doc = render_sud(P)
    save_docx(doc, P["file"], "Treatment Plan", "Gulf Breeze")
    sud_label(P, "fl-65d-30", [], "Clean. Florida residential level 2 plan in ASAM-dimension tables with a service "
                                  "schedule; admission 01/12/2026, plan 01/22/2026 (10 of 15 days), qualified "
                                  "professional countersigned 01/27/2026 (5 days).")


def x42():
    adm, pd = D(2026, 2, 16), D(2026, 2, 20)
    P = dict(file="x42_sud_fl_res1_undated.docx", as_of=D(2026, 3, 5),
             agency="Palmetto Pines Treatment Center",
             client=dict(name="Jerome Beauchamp", dob=D(1985, 12, 12), mid="9034417721", mrn="PP-3309"),
             admit=adm, plan_date=pd, loc="Residential Level 1", duration="90 days",
             clin=dict(name="Simone Ferro", cred="CAC"),
             dx=[("F11.20", "Opioid use disorder, severe", True)],
             dims=opioid_dims(pd, undated_obj=True),
             services=[dict(code="H0019", desc="Residential treatment", freq="daily", staff="program"),
                       dict(code="H0004", desc="Individual counseling", freq="weekly", staff="primary counselor")],
             sigs=[dict(label="Client", name="Jerome Beauchamp", date=pd),
                   dict(label="Counselor", name="Simone Ferro", cred="CAC", date=pd),
                   dict(label="Qualified professional", name="Abel Tanaka", cred="LCSW", date=D(2026, 2, 24))],
             opt=dict(dfmt="dash"))
    sigs_ok(P)
    assert days(adm, pd) <= FL_DAYS["residential level 1"]
    assert days(pd, sig_of(P, "Qualified")["date"]) <= FL_QP_DAYS
    doc = render_sud(P)
    save_docx(doc, P["file"], "Treatment Plan", "Palmetto Pines")
    sud_label(P, "fl-65d-30", [["objective-not-time-bound"]],
              "Gap: in Dimension 6 the objective on attending 3 mutual-support meetings a week has no target date, "
              "and that goal has none either. Layout: ASAM-dimension tables, MM-DD-YYYY dates.")


def x43():
    adm, pd = D(2026, 3, 2), D(2026, 3, 10)
    P = dict(file="x43_freehand_sud_fl_latecountersign.docx", as_of=D(2026, 3, 30),
             client=dict(name="Lucinda Prewitt", dob=D(1990, 8, 14), mid="7710023345"),
             admit=adm, plan_date=pd,
             dx=[("F10.20", "Alcohol use disorder, severe", True), ("F33.1", "Major depressive disorder, recurrent, moderate", False)],
             presenting="Referred by drug court. Drinking daily, 2 DUIs. Lives with mother. Works part-time at a nursery.",
             problems=[
                 dict(goal="Abstain from alcohol",
                      objectives=[dict(text="Lucinda will have 100% negative breath and EtG tests (random 2x/week) for 30 consecutive days", date=D(2026, 4, 24)),
                                  dict(text="Lucinda will list 5 triggers and 2 coping responses for each in her relapse prevention plan", date=D(2026, 3, 31))],
                      interventions=["Group counseling 3x/week (3 hrs)", "Individual counseling 1x/week"]),
                 dict(goal="Court compliance",
                      objectives=[dict(text="Lucinda will attend 100% of scheduled court status hearings and bring a signed attendance letter", date=D(2026, 5, 29))],
                      interventions=["Case management 1x/week - court liaison"]),
                 dict(goal="Mood",
                      objectives=[dict(text="PHQ-9 from 16 to 10 or lower", date=D(2026, 5, 8))],
                      interventions=["Psychiatric med evaluation once; med mgmt monthly"])],
             services=[dict(line="Level of care: Day or Night Treatment (5 days/wk, 9a-1p)")],
             duration="about 10 weeks, then step down to IOP", sigs=[],
             opt=dict(title="INDIVIDUALIZED TREATMENT PLAN", client_label="Individual", mid_label="Medicaid #", dfmt="us1",
                      letterhead="Bayfront Counseling & Recovery - Day/Night Program - Sarasota, FL", plan_label="Date plan completed",
                      admit_label="Admission", dx_label="Diagnoses", pp_label="Summary", int_label="Services", dur_label="Expected length"))
    P["opt"]["extra"] = ["", "Individual: Lucinda Prewitt  (signed)  3/10/2026",
                         "Counselor who developed plan: Owen McBride, CAC   3/10/2026",
                         "Qualified professional review/countersignature: Dr. Petra Lund, LMHC   3/23/2026"]
    assert days(adm, pd) <= FL_DAYS["day or night treatment"]
    assert days(pd, D(2026, 3, 23)) == 13 > FL_QP_DAYS
    doc = render_freehand_psych(P)
    save_docx(doc, P["file"], "", "")
    sud_label(P, "fl-65d-30", [["signature-late"]],
              "Gap: plan completed 3/10/2026, the qualified professional countersigned 3/23/2026, 13 days later "
              "(65D-30.0044: within 10). Layout: program's Word plan typed freehand, level of care written in a "
              "services line, signatures as typed lines.")


def x44():
    adm, pd = D(2026, 1, 6), D(2026, 1, 27)
    P = dict(file="x44_sud_ca_ntp_clean.docx", as_of=D(2026, 2, 24),
             agency="Golden Valley Narcotic Treatment Program (Opioid Treatment Program, DHCS-licensed)",
             client=dict(name="Rafael Montoya-Greer", dob=D(1983, 3, 17), mid="91234567A", mrn="GV-88812"),
             admit=adm, plan_date=pd, loc="Opioid treatment program - methadone maintenance", duration="ongoing; reviewed every 3 months",
             clin=dict(name="Dana Okonkwo", cred="SUDCC II"),
             dx=[("F11.20", "Opioid use disorder, severe", True)],
             dims=opioid_dims(pd),
             services=[dict(code="H0020", desc="Methadone administration (daily dosing)", freq="daily", staff="nursing"),
                       dict(code="H0004", desc="Individual counseling", freq="at least 50 min per month (2x/month)", staff="primary counselor")],
             reviews=[dict(date=D(2026, 4, 6))],
             sigs=[dict(label="Patient", name="Rafael Montoya-Greer", date=pd),
                   dict(label="Primary counselor", name="Dana Okonkwo", cred="SUDCC II", date=pd),
                   dict(label="Supervising counselor", name="Ruth Emberly", cred="LAADC", date=D(2026, 2, 3)),
                   dict(label="Medical Director", name="Samuel Kowalczyk", cred="MD", date=D(2026, 2, 5))],
             opt=dict(dfmt="us", title="INITIAL TREATMENT PLAN - MAINTENANCE", client_label="Patient", mid_label="Medi-Cal CIN"))
    P["dims"][0]["interventions"][0] = "Methadone dosing daily with physician dose adjustments - medical director"
    sigs_ok(P)
    assert days(adm, pd) <= CA_PLAN_DAYS
    assert days(adm, P["reviews"][0]["date"]) <= CA_REVIEW_DAYS
    assert days(pd, D(2026, 2, 3)) <= CA_SIGN_DAYS and days(pd, D(2026, 2, 5)) <= CA_SIGN_DAYS
    assert P["as_of"] < P["reviews"][0]["date"]
    doc = render_sud(P)
    save_docx(doc, P["file"], "Treatment Plan", "Golden Valley NTP")
    sud_label(P, "ca-title9-ntp", [], "Clean. California NTP maintenance plan in ASAM-dimension tables; admission "
                                      "01/06/2026, plan 01/27/2026 (21 of 28 days), supervising counselor 02/03 and "
                                      "medical director 02/05 (within 14 days), next review 04/06/2026 (90 days after admission).")


def x45():
    adm, pd = D(2025, 12, 1), D(2025, 12, 22)
    P = dict(file="x45_sud_ca_ntp_review.docx", as_of=D(2026, 1, 20),
             agency="Harbor Light OTP - Long Beach",
             client=dict(name="Guadalupe Arriaga", dob=D(1976, 6, 3), mid="93388110F", mrn="HL-5530"),
             admit=adm, plan_date=pd, loc="Narcotic treatment program (methadone)", duration="maintenance, indefinite",
             clin=dict(name="Curtis Vandenberg", cred="CADC-II"),
             dx=[("F11.20", "Opioid use disorder, severe", True), ("F12.20", "Cannabis use disorder, moderate", False)],
             dims=opioid_dims(pd),
             services=[dict(code="H0020", desc="Methadone dosing", freq="daily", staff="nursing"),
                       dict(code="H0004", desc="Individual counseling", freq="2x/month, 50 min", staff="counselor")],
             reviews=[dict(date=D(2026, 6, 22))],
             sigs=[dict(label="Patient", name="Guadalupe Arriaga", date=pd),
                   dict(label="Primary counselor", name="Curtis Vandenberg", cred="CADC-II", date=pd),
                   dict(label="Supervising counselor", name="Ines Quill", cred="LMFT", date=D(2025, 12, 29)),
                   dict(label="Medical Director", name="Philippa Sato", cred="DO", date=D(2026, 1, 2))],
             opt=dict(dfmt="long", client_label="Patient", mid_label="Medi-Cal ID"))
    sigs_ok(P)
    assert days(adm, pd) <= CA_PLAN_DAYS
    assert days(adm, P["reviews"][0]["date"]) == 203 > CA_REVIEW_DAYS
    assert days(pd, D(2026, 1, 2)) <= CA_SIGN_DAYS
    doc = render_sud(P)
    save_docx(doc, P["file"], "Treatment Plan", "Harbor Light OTP")
    sud_label(P, "ca-title9-ntp", [["review-interval-exceeded"]],
              "Gap: next treatment plan review set for June 22, 2026, 203 days after admission (tit. 9 10305: "
              "updated at least every 3 months). Layout: ASAM-dimension tables with long-form dates.")


def x46():
    pd = D(2026, 2, 17)
    P = dict(file="x46_freehand_sud_tx_clean.docx", as_of=D(2026, 3, 9),
             client=dict(name="Dwayne A. Holloway", dob=D(1987, 1, 29), mid="520019384"),
             admit=D(2026, 2, 13), plan_date=pd,
             dx=[("F15.20", "Stimulant use disorder, amphetamine-type, severe", True), ("F12.20", "Cannabis use disorder, moderate", False)],
             presenting="Oilfield worker, meth use daily x 3 yrs, cannabis nightly. Lost CDL after positive test. Motivated - wants license back.",
             problems=[
                 dict(goal="Problem 1 (Dimension 5): Stop all drug use",
                      objectives=[dict(text="Dwayne will have negative UDS on 100% of random weekly screens during his stay", date=D(2026, 3, 30)),
                                  dict(text="Dwayne will name 5 triggers for meth use and a plan for each in writing, and review it with his counselor", date=D(2026, 3, 3))],
                      interventions=["relapse prevention group 5x/week", "individual counseling 1x/week (1 hr)"]),
                 dict(goal="Problem 2 (Dimension 6): Work/legal - get his CDL back",
                      objectives=[dict(text="Dwayne will complete the DOT return-to-duty steps list with the case manager (3 of 3 steps started)", date=D(2026, 3, 24))],
                      interventions=["case management 1x/week"]),
                 dict(goal="Problem 3 (Dimension 3): Anger",
                      objectives=[dict(text="No more than 1 verbal outburst per week on the unit, per staff behavior log, for 3 weeks in a row", date=D(2026, 3, 30))],
                      interventions=["anger management group 2x/week"])],
             services=[dict(line="Residential treatment, projected length of stay: 45 days (est. discharge 3/30/26).")],
             duration="45 days", sigs=[],
             opt=dict(title="TREATMENT PLAN", client_label="Client", mid_label="Medicaid ID", dfmt="us2",
                      letterhead="Lone Star Recovery Ranch  -  Licensed Chemical Dependency Treatment Facility  -  Abilene, TX",
                      plan_label="Plan date", admit_label="Admit", dx_label="Diagnosis", pp_label="Summary",
                      int_label="Strategies", dur_label="Projected LOS"))
    P["opt"]["extra"] = ["", "Client signature: Dwayne Holloway      date 2/17/26",
                         "Counselor: Maribel Arroyo, LCDC      date 2/17/26"]
    doc = render_freehand_psych(P)
    save_docx(doc, P["file"], "", "")
    sud_label(P, "tx-26tac-564", [], "Clean. Texas residential plan typed freehand: problems labelled by ASAM "
                                     "dimension, lettered objectives with ' - by m/d/yy', strategies with frequencies, "
                                     "projected LOS, typed client and counselor signature lines with dates.")


def x47():
    adm, pd = D(2026, 3, 2), D(2026, 3, 3)
    P = dict(file="x47_sud_tx_vague_undated.docx", as_of=D(2026, 3, 20),
             agency="Piney Woods Recovery Center (licensed CDTF)",
             client=dict(name="Krystal Dunleavy", dob=D(1995, 9, 9), mid="612034877", mrn="PW-771"),
             admit=adm, plan_date=pd, loc="Residential", duration="30-45 days",
             clin=dict(name="Hector Nakamura", cred="LCDC"),
             dx=[("F11.20", "Opioid use disorder, severe", True)],
             dims=opioid_dims(pd, vague_obj=True),
             services=[dict(code="H0018", desc="Residential treatment", freq="daily", staff="program"),
                       dict(code="H0004", desc="Individual counseling", freq="weekly, 60 min", staff="counselor")],
             sigs=[dict(label="Client", name="Krystal Dunleavy", date=None, sigtext="Krystal Dunleavy"),
                   dict(label="Counselor", name="Hector Nakamura", cred="LCDC", date=pd)],
             opt=dict(dfmt="us", mid_label="Medicaid #"))
    sigs_ok(P)
    doc = render_sud(P)
    save_docx(doc, P["file"], "Treatment Plan", "Piney Woods")
    sud_label(P, "tx-26tac-564", [["objective-not-measurable"], ["signature-missing"]],
              "Gaps: Dimension 3 objective 2 'Client will work on feelings and learn about depression and recovery' "
              "is not measurable; the client signed but the date cell beside her signature is empty (26 TAC 564.804: "
              "signs and dates). Layout: ASAM-dimension tables and signature grid.")


def x48():
    adm, pd = D(2026, 1, 19), D(2026, 1, 20)
    P = dict(file="x48_sud_tx_alcohol_clean.docx", as_of=D(2026, 2, 6),
             agency="Brazos Bend Treatment Services - Adult Residential",
             client=dict(name="Wendell T. Okoro", dob=D(1968, 12, 30), mid="700123456", mrn="BB-2026-044"),
             admit=adm, plan_date=pd, loc="Adult residential", duration="28 days (projected discharge 02/16/2026)",
             clin=dict(name="Ursula Feld", cred="LCDC"),
             dx=[("F10.20", "Alcohol use disorder, severe", True), ("I10", "Essential (primary) hypertension", False)],
             dims=alcohol_dims(pd),
             services=[dict(code="H0018", desc="Residential treatment", freq="daily", staff="program"),
                       dict(code="H0005", desc="Group counseling", freq="5 days a week, 90 min", staff="counselors"),
                       dict(code="H0004", desc="Individual counseling", freq="weekly, 45 min", staff="primary counselor")],
             discharge="Completes relapse-prevention plan, outpatient appointment and sponsor contact arranged.",
             sigs=[dict(label="Client", name="Wendell T. Okoro", date=pd, sigtext="W. Okoro"),
                   dict(label="Counselor", name="Ursula Feld", cred="LCDC", date=pd)],
             opt=dict(dfmt="us", title="MASTER TREATMENT PLAN", hdr="Master Treatment Plan", footer="Confidential - 42 CFR Part 2"))
    sigs_ok(P)
    doc = render_sud(P)
    save_docx(doc, P["file"], "Treatment Plan", "Brazos Bend")
    sud_label(P, "tx-26tac-564", [], "Clean. Texas adult residential master plan in ASAM-dimension tables with a "
                                     "service schedule (frequencies), projected length of stay, client and counselor "
                                     "signatures with dates.")


# =============================================================================================
# FHIR R4 and C-CDA plans

CPT = "http://www.ama-assn.org/go/cpt"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
NPI_SYS = "http://hl7.org/fhir/sid/us-npi"
MBI_SYS = "http://hl7.org/fhir/sid/us-mbi"


def ref(rtype, rid):
    return {"reference": f"urn:uuid:{rid}"}


def entry(rid, res):
    return {"fullUrl": f"urn:uuid:{rid}", "resource": res}


def uid(n):
    return f"5b1e0f15-0000-4000-8000-{n:012d}"


def practitioner(rid, given, family, cred, npi_value, cred_display):
    return entry(rid, {"resourceType": "Practitioner", "id": rid,
                       "identifier": [{"system": NPI_SYS, "value": npi_value}],
                       "name": [{"family": family, "given": [given], "suffix": [cred], "text": f"{given} {family}, {cred}"}],
                       "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360", "code": cred,
                                                               "display": cred_display}], "text": cred}}]})


def signature(when, who, code="1.2.840.10065.1.12.1.1", display="Author's Signature"):
    return {"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": code, "display": display}],
            "when": when, "who": who, "sigFormat": "image/png", "data": "iVBORw0KGgo="}


def x12():
    pd = D(2026, 3, 5)
    ids = {k: uid(i) for i, k in enumerate(["pat", "prac", "c1", "c2", "g1", "g2", "g3", "sr1", "sr2", "cp", "prov"], 1)}
    pat = entry(ids["pat"], {"resourceType": "Patient", "id": ids["pat"],
                             "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB",
                                                                  "display": "Member Number"}]},
                                             "system": MBI_SYS, "value": "2MK6VD8HN43"},
                                            {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                                             "system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "WPC-40412"}],
                             "name": [{"use": "official", "family": "Hargreave", "given": ["Lillian", "May"]}],
                             "gender": "female", "birthDate": "1956-02-19"})
    prac = practitioner(ids["prac"], "Tomas", "Emberly", "LCSW", NPI["emberly"], "Licensed Clinical Social Worker")
    cond = []
    for key, code, disp, cat in [("c1", "F33.1", "Major depressive disorder, recurrent, moderate", "encounter-diagnosis"),
                                  ("c2", "F41.1", "Generalized anxiety disorder", "encounter-diagnosis")]:
        cond.append(entry(ids[key], {"resourceType": "Condition", "id": ids[key],
                                     "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                                     "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed"}]},
                                     "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": cat}]}],
                                     "code": {"coding": [{"system": ICD, "code": code, "display": disp}], "text": disp},
                                     "subject": ref("Patient", ids["pat"]), "recordedDate": "2026-02-26"}))
    goals = []
    gdefs = [("g1", "Lillian will reduce her PHQ-9 score from 18 to below 10.", "44261-6", "PHQ-9 total score", {"comparator": "<", "value": 10, "unit": "{score}"}, "2026-06-05", "c1"),
             ("g2", "Lillian will reduce her GAD-7 score from 15 to 8 or less.", "69737-5", "GAD-7 total score", {"comparator": "<=", "value": 8, "unit": "{score}"}, "2026-07-03", "c2"),
             ("g3", "Lillian will leave the house for a social or community activity at least 3 times a week for 4 consecutive weeks, per activity log.", None, None, None, "2026-05-08", "c1")]
    for key, text, loinc, ldisp, q, due, c in gdefs:
        tgt = {"dueDate": due}
        if loinc:
            tgt["measure"] = {"coding": [{"system": "http://loinc.org", "code": loinc, "display": ldisp}]}
            tgt["detailQuantity"] = q
        else:
            tgt["detailString"] = "3 or more outings per week for 4 consecutive weeks"
        goals.append(entry(ids[key], {"resourceType": "Goal", "id": ids[key], "lifecycleStatus": "active",
                                      "description": {"text": text}, "subject": ref("Patient", ids["pat"]),
                                      "startDate": pd.isoformat(), "target": [tgt], "addresses": [ref("Condition", ids[c])]}))
    srs = []
    for key, code, disp, mins in [("sr1", "90837", "Psychotherapy, 60 minutes with patient", 60)]:
        srs.append(entry(ids[key], {"resourceType": "ServiceRequest", "id": ids[key], "status": "active", "intent": "plan",
                                    "code": {"coding": [{"system": CPT, "code": code, "display": disp}], "text": "Individual psychotherapy (CBT)"},
                                    "subject": ref("Patient", ids["pat"]),
                                    "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": "2026-03-05", "end": "2026-09-04"},
                                                                    "frequency": 1, "period": 1, "periodUnit": "wk",
                                                                    "duration": mins, "durationUnit": "min"}},
                                    "requester": ref("Practitioner", ids["prac"]),
                                    "reasonReference": [ref("Condition", ids["c1"]), ref("Condition", ids["c2"])]}))
    cp = entry(ids["cp"], {"resourceType": "CarePlan", "id": ids["cp"], "status": "active", "intent": "plan",
                           "category": [{"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/careplan-category", "code": "assess-plan"}]}],
                           "title": "Outpatient psychotherapy treatment plan",
                           "description": "Individual CBT for recurrent depression and generalized anxiety; behavioral activation and worry management.",
                           "subject": ref("Patient", ids["pat"]),
                           "period": {"start": "2026-03-05", "end": "2026-09-04"}, "created": "2026-03-05",
                           "author": ref("Practitioner", ids["prac"]),
                           "addresses": [ref("Condition", ids["c1"]), ref("Condition", ids["c2"])],
                           "goal": [ref("Goal", ids[k]) for k in ("g1", "g2", "g3")],
                           "activity": [{"reference": ref("ServiceRequest", ids["sr1"])},
                                        {"detail": {"kind": "ServiceRequest", "status": "scheduled",
                                                    "description": "Behavioral activation with weekly activity scheduling; cognitive restructuring for worry",
                                                    "goal": [ref("Goal", ids["g1"]), ref("Goal", ids["g3"])]}}],
                           "note": [{"text": "Plan reviewed with patient, who agrees with goals. Next review 2026-06-04."}]})
    prov = entry(ids["prov"], {"resourceType": "Provenance", "id": ids["prov"], "target": [ref("CarePlan", ids["cp"])],
                               "recorded": "2026-03-05T15:42:00-05:00",
                               "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "author"}]},
                                          "who": ref("Practitioner", ids["prac"])}],
                               "signature": [signature("2026-03-05T15:42:00-05:00", ref("Practitioner", ids["prac"]))]})
    bundle = {"resourceType": "Bundle", "id": "x12-psychotherapy-plan", "type": "collection", "timestamp": "2026-03-05T16:00:00-05:00",
              "entry": [pat, prac] + cond + goals + srs + [cp, prov]}
    name = "x12_fhir_psychotherapy_careplan.json"
    (OUT / name).write_text(json.dumps(bundle, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    as_of = D(2026, 3, 25)
    assert days(pd, as_of) <= PSY_PLAN_MAX_AGE and days(pd, D(2026, 9, 4)) < 365
    label(name, "medicare-psychotherapy", [], as_of, [],
          "Clean. FHIR R4 collection Bundle: Patient (MBI identifier), Practitioner with NPI and LCSW qualification, "
          "ICD-10-CM Conditions, Goals with LOINC measures, detail values and due dates, a ServiceRequest with "
          "weekly 60-minute timing bounded to 6 months, CarePlan period 2026-03-05..2026-09-04, and a Provenance "
          "author signature dated 2026-03-05.")


def x19():
    ft = D(2026, 2, 9)
    ids = {k: uid(100 + i) for i, k in enumerate(["pat", "pt", "md", "c1", "c2", "enc", "g1", "g2", "g3", "sr1", "sr2", "sr3", "cp", "prov"], 1)}
    pat = entry(ids["pat"], {"resourceType": "Patient", "id": ids["pat"],
                             "identifier": [{"system": MBI_SYS, "value": "6TW2JH9KX15",
                                             "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}]}}],
                             "name": [{"family": "Okwuosa", "given": ["Benedict"]}], "gender": "male", "birthDate": "1950-07-07"})
    ptr = practitioner(ids["pt"], "Sigrid", "Halloran", "PT", NPI["halloran"], "Physical Therapist")
    md = practitioner(ids["md"], "Omar", "Greer", "MD", NPI["greer"], "Doctor of Medicine")
    conds = []
    for key, code, disp in [("c1", "M75.121", "Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic"),
                            ("c2", "M62.81", "Muscle weakness (generalized)")]:
        conds.append(entry(ids[key], {"resourceType": "Condition", "id": ids[key],
                                      "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                                      "code": {"coding": [{"system": ICD, "code": code, "display": disp}]},
                                      "subject": ref("Patient", ids["pat"])}))
    enc = entry(ids["enc"], {"resourceType": "Encounter", "id": ids["enc"], "status": "finished",
                             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
                             "type": [{"coding": [{"system": CPT, "code": "97162", "display": "PT evaluation, moderate complexity"}],
                                       "text": "Initial evaluation and first treatment"}],
                             "subject": ref("Patient", ids["pat"]), "period": {"start": "2026-02-09T09:00:00-06:00", "end": "2026-02-09T10:00:00-06:00"},
                             "participant": [{"individual": ref("Practitioner", ids["pt"])}]})
    gdefs = [("g1", "Patient will actively flex the right shoulder to 150 degrees to reach the second kitchen shelf.", "2026-04-06"),
             ("g2", "QuickDASH score will improve from 55 to 25 or lower.", "2026-05-04"),
             ("g3", "Patient will improve shoulder function and be more comfortable at home.", "2026-05-04")]
    goals = [entry(ids[k], {"resourceType": "Goal", "id": ids[k], "lifecycleStatus": "active",
                            "category": [{"text": "Long-term goal"}],
                            "description": {"text": t}, "subject": ref("Patient", ids["pat"]), "target": [{"dueDate": due}]})
             for k, t, due in gdefs]
    srs = []
    for key, code, disp in [("sr1", "97110", "Therapeutic exercise"), ("sr2", "97140", "Manual therapy techniques"),
                            ("sr3", "97530", "Therapeutic activities")]:
        srs.append(entry(ids[key], {"resourceType": "ServiceRequest", "id": ids[key], "status": "active", "intent": "plan",
                                    "code": {"coding": [{"system": CPT, "code": code, "display": disp}]},
                                    "subject": ref("Patient", ids["pat"]),
                                    "occurrenceTiming": {"repeat": {"boundsDuration": {"value": 12, "unit": "wk", "system": "http://unitsofmeasure.org", "code": "wk"},
                                                                    "frequency": 2, "period": 1, "periodUnit": "wk"}},
                                    "requester": ref("Practitioner", ids["pt"])}))
    cp = entry(ids["cp"], {"resourceType": "CarePlan", "id": ids["cp"], "status": "active", "intent": "plan",
                           "title": "Physical therapy plan of care - right shoulder",
                           "subject": ref("Patient", ids["pat"]), "encounter": ref("Encounter", ids["enc"]),
                           "period": {"start": "2026-02-09", "end": "2026-05-09"}, "created": "2026-02-09",
                           "author": ref("Practitioner", ids["pt"]), "contributor": [ref("Practitioner", ids["md"])],
                           "addresses": [ref("Condition", ids["c1"]), ref("Condition", ids["c2"])],
                           "goal": [ref("Goal", ids[k]) for k in ("g1", "g2", "g3")],
                           "activity": [{"reference": ref("ServiceRequest", ids[k])} for k in ("sr1", "sr2", "sr3")],
                           "note": [{"text": "Frequency 2x/week for 12 weeks. First treatment on the day of the initial evaluation, 2026-02-09. "
                                             "Certification period 2026-02-09 to 2026-05-09."}]})
    prov = entry(ids["prov"], {"resourceType": "Provenance", "id": ids["prov"], "target": [ref("CarePlan", ids["cp"])],
                               "recorded": "2026-02-12T11:20:00-06:00",
                               "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "author"}]},
                                          "who": ref("Practitioner", ids["pt"])},
                                         {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "code": "verifier"}],
                                                   "text": "Certifying physician"},
                                          "who": ref("Practitioner", ids["md"])}],
                               "signature": [signature("2026-02-09T16:30:00-06:00", ref("Practitioner", ids["pt"])),
                                             signature("2026-02-12T11:20:00-06:00", ref("Practitioner", ids["md"]),
                                                       "1.2.840.10065.1.12.1.5", "Verification Signature")]})
    bundle = {"resourceType": "Bundle", "id": "x19-pt-plan-of-care", "type": "collection", "timestamp": "2026-02-12T11:30:00-06:00",
              "entry": [pat, ptr, md] + conds + [enc] + goals + srs + [cp, prov]}
    name = "x19_fhir_pt_plan_of_care.json"
    (OUT / name).write_text(json.dumps(bundle, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    as_of = D(2026, 3, 2)
    assert days(ft, D(2026, 2, 12)) <= OT_PHYS_DAYS and days(ft, D(2026, 5, 9)) <= OT_REVIEW_DAYS
    label(name, "medicare-outpatient-therapy", [], as_of, [["goal-not-measurable"]],
          "Gap: long-term goal 3 'Patient will improve shoulder function and be more comfortable at home' names no "
          "measure or level. FHIR R4 Bundle: Encounter for the evaluation/first treatment, CarePlan with period and "
          "created date, ServiceRequests 2x/week bounded 12 weeks, Provenance with therapist author signature and "
          "certifying physician verification signature (3 days after first treatment).")


def x26():
    soc, end = D(2026, 3, 2), D(2026, 4, 30)
    assert days(soc, end) <= HH_REVIEW_DAYS
    signed = D(2026, 3, 11)
    as_of = D(2026, 3, 20)
    assert soc <= signed <= as_of <= end

    def ts(d):
        return d.strftime("%Y%m%d")

    problems = [("I63.512", "Cerebral infarction due to unspecified occlusion or stenosis of left middle cerebral artery"),
                ("I69.351", "Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side"),
                ("E11.9", "Type 2 diabetes mellitus without complications")]
    problems = problems[1:]  # sequela coding after discharge: the acute infarct code is not used in home health
    goals = [("Patient will transfer bed to chair with standby assistance", D(2026, 4, 13)),
             ("Patient will walk 50 feet with a hemi-walker and contact guard assist", D(2026, 4, 27)),
             ("Patient will be safe in her home.", D(2026, 4, 30)),
             ("Caregiver will check and record fasting blood sugar daily, 7 of 7 days, per log", D(2026, 3, 23))]
    orders = [("SN", "Skilled nursing 1w1, 2w3, 1w4 for assessment, diabetic teaching, medication management"),
              ("PT", "Physical therapy 2w4, 1w4 for transfers, gait training with hemi-walker, home exercise program"),
              ("OT", "Occupational therapy 1w6 for ADL retraining and adaptive equipment")]
    x = []
    a = x.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    a('<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">')
    a('  <realmCode code="US"/>')
    a('  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>')
    a('  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>')
    a('  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>')
    a('  <id root="2.16.840.1.113883.3.9999.26" extension="HH-POC-26-0302-117"/>')
    a('  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Plan of care note"/>')
    a('  <title>Home Health Plan of Care and Certification</title>')
    a(f'  <effectiveTime value="{ts(soc)}"/>')
    a('  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>')
    a('  <languageCode code="en-US"/>')
    a('  <recordTarget><patientRole>')
    a('    <id root="2.16.840.1.113883.4.927" extension="3LQ8XE5MD62"/>')
    a('    <id root="2.16.840.1.113883.3.9999.26.2" extension="CHH-20931"/>')
    a('    <addr use="HP"><streetAddressLine>1180 Magnolia Dr</streetAddressLine><city>Florence</city><state>AL</state><postalCode>35630</postalCode></addr>')
    a('    <patient><name use="L"><given>Orpha</given><given>J.</given><family>Castellane</family></name>')
    a('      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>')
    a('      <birthTime value="19410503"/></patient>')
    a('  </patientRole></recordTarget>')
    a(f'  <author><time value="{ts(soc)}"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="{NPI["pham"]}"/>')
    a('    <assignedPerson><name><given>Nia</given><family>Pham</family><suffix>RN</suffix></name></assignedPerson>')
    a('    <representedOrganization><name>Cypress Shoals Home Health</name></representedOrganization></assignedAuthor></author>')
    a('  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.4.6" extension="' + NPI["hha2"] + '"/>')
    a('    <name>Cypress Shoals Home Health</name></representedCustodianOrganization></assignedCustodian></custodian>')
    a(f'  <legalAuthenticator><time value="{ts(signed)}"/><signatureCode code="S"/>')
    a(f'    <assignedEntity><id root="2.16.840.1.113883.4.6" extension="{NPI["mcbride"]}"/>')
    a('      <code code="207Q00000X" codeSystem="2.16.840.1.113883.6.101" displayName="Family Medicine Physician"/>')
    a('      <assignedPerson><name><given>Declan</given><family>McBride</family><suffix>MD</suffix></name></assignedPerson>')
    a('    </assignedEntity></legalAuthenticator>')
    a('  <documentationOf><serviceEvent classCode="PCPR">')
    a(f'    <effectiveTime><low value="{ts(soc)}"/><high value="{ts(end)}"/></effectiveTime>')
    a(f'    <performer typeCode="PRF"><assignedEntity><id root="2.16.840.1.113883.4.6" extension="{NPI["pham"]}"/>')
    a('      <assignedPerson><name><given>Nia</given><family>Pham</family><suffix>RN</suffix></name></assignedPerson></assignedEntity></performer>')
    a('  </serviceEvent></documentationOf>')
    a('  <component><structuredBody>')
    # health concerns / problems
    a('  <component><section>')
    a('    <templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>')
    a('    <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health concerns document"/>')
    a('    <title>Health Concerns / Diagnoses</title>')
    a('    <text><table border="1"><thead><tr><th>ICD-10-CM</th><th>Diagnosis</th><th>Type</th></tr></thead><tbody>')
    for i, (code, desc) in enumerate(problems):
        a(f'      <tr><td>{code}</td><td ID="prob{i}">{desc}</td><td>{"Primary" if i == 0 else "Secondary"}</td></tr>')
    a('    </tbody></table></text>')
    for i, (code, desc) in enumerate(problems):
        a('    <entry><act classCode="ACT" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>')
        a('      <code code="75310-3" codeSystem="2.16.840.1.113883.6.1"/><statusCode code="active"/>')
        a('      <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">')
        a('        <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>')
        a('        <code code="282291009" codeSystem="2.16.840.1.113883.6.96" displayName="Diagnosis"/>')
        a(f'        <text><reference value="#prob{i}"/></text><statusCode code="completed"/>')
        a(f'        <effectiveTime><low value="{ts(soc)}"/></effectiveTime>')
        a(f'        <value xsi:type="CD" code="{code}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{desc}"/>')
        a('      </observation></entryRelationship></act></entry>')
    a('  </section></component>')
    # goals
    a('  <component><section>')
    a('    <templateId root="2.16.840.1.113883.10.20.22.2.60"/>')
    a('    <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>')
    a('    <title>Goals</title>')
    a('    <text><list>')
    for i, (g, d) in enumerate(goals):
        a(f'      <item ID="goal{i}">{g} Target date: {fd(d, "us")}.</item>')
    a('    </list></text>')
    for i, (g, d) in enumerate(goals):
        a('    <entry><observation classCode="OBS" moodCode="GOL"><templateId root="2.16.840.1.113883.10.20.22.4.121"/>')
        a(f'      <id root="2.16.840.1.113883.3.9999.26.3" extension="goal-{i + 1}"/>')
        a('      <code code="58144-7" codeSystem="2.16.840.1.113883.6.1" displayName="Resident\'s overall goal"/>')
        a(f'      <text><reference value="#goal{i}"/>{g}</text><statusCode code="active"/>')
        a(f'      <effectiveTime value="{ts(d)}"/>')
        a('    </observation></entry>')
    a('  </section></component>')
    # interventions / orders
    a('  <component><section>')
    a('    <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>')
    a('    <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>')
    a('    <title>Orders for Discipline and Treatments</title>')
    a('    <text><table border="1"><thead><tr><th>Discipline</th><th>Orders (frequency and duration)</th></tr></thead><tbody>')
    for i, (disc, txt) in enumerate(orders):
        a(f'      <tr><td>{disc}</td><td ID="ord{i}">{txt}</td></tr>')
    a('    </tbody></table></text>')
    for i, (disc, txt) in enumerate(orders):
        a('    <entry><encounter classCode="ENC" moodCode="INT"><templateId root="2.16.840.1.113883.10.20.22.4.40" extension="2014-06-09"/>')
        a(f'      <id root="2.16.840.1.113883.3.9999.26.4" extension="order-{i + 1}"/>')
        a(f'      <code nullFlavor="OTH"><originalText>{disc} home visits</originalText></code>')
        a(f'      <text><reference value="#ord{i}"/>{txt}</text><statusCode code="active"/>')
        a(f'      <effectiveTime xsi:type="IVL_TS"><low value="{ts(soc)}"/><high value="{ts(end)}"/></effectiveTime>')
        a('    </encounter></entry>')
    a('  </section></component>')
    a('  <component><section>')
    a('    <code code="18776-5" codeSystem="2.16.840.1.113883.6.1"/>')
    a('    <title>Certification</title>')
    a('    <text><paragraph>Certification period: ' + fd(soc, "us") + ' - ' + fd(end, "us") + '. Start of care ' + fd(soc, "us") +
      '. I certify that this patient is confined to the home and needs intermittent skilled nursing and physical therapy; '
      'the patient is under my care and I have authorized the services on this plan of care. Electronically signed by '
      'Declan McBride, MD on ' + fd(signed, "us") + '.</paragraph></text>')
    a('  </section></component>')
    a('  </structuredBody></component>')
    a('</ClinicalDocument>')
    name = "x26_ccda_home_health_plan.xml"
    (OUT / name).write_text("\n".join(x) + "\n", encoding="utf-8")
    label(name, "medicare-home-health", [], as_of, [["goal-not-measurable"]],
          "Gap: goal 3 'Patient will be safe in her home.' names no measure or level. C-CDA R2.1 Care Plan document: "
          "MBI in recordTarget, ICD-10-CM in Health Concerns, goal observations with target dates, orders as "
          "planned encounters with 1w1, 2w3, 1w4 text, serviceEvent period 03/02-04/30/2026 (59 days), "
          "legalAuthenticator MD signed 03/11/2026.")


# =============================================================================================


PLANS = [x01, x02, x03, x04, x05, x06, x07, x08, x09, x10, x11, x12, x13, x14,
         x15, x16, x17, x18, x19, x20, x21, x22, x23,
         x24, x25, x26, x27, x28, x29,
         x30, x31, x32, x33, x34, x35, x36, x37,
         x38, x39, x40, x41, x42, x43, x44, x45, x46, x47, x48]


def main():
    for f in OUT.iterdir():
        if f.name.startswith("x") and f.suffix in (".docx", ".json", ".xml", ".yaml"):
            f.unlink()
    LABELS.clear()
    _rev_id[0] = 100
    for fn in PLANS:
        fn()
    files = sorted(f.name for f in OUT.iterdir() if f.name.startswith("x") and f.suffix in (".docx", ".json", ".xml"))
    assert files == sorted(l["file"] for l in LABELS), (files, [l["file"] for l in LABELS])
    LABELS.sort(key=lambda l: l["file"])
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(LABELS)} plans written")


if __name__ == "__main__":
    main()
