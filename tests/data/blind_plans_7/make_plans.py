#!/usr/bin/env python3
"""Write the blind_plans_7 test set: 40 invented treatment plans and labels.json.

Deterministic: run it with the project's venv python; DOCX files are re-zipped with fixed
timestamps and fixed core properties so the output is byte-stable.
Every person, agency, NPI and member ID here is invented.
"""
import datetime as dt
import io
import json
import os
import re
import zipfile
from xml.sax.saxutils import escape as _esc


def X(t):
    return _esc(t, {'"': '&quot;'})

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Inches

OUT = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
LABELS = []

# ---------------------------------------------------------------- identifiers
def npi(nine):
    """Append the Luhn check digit computed over the 80840 prefix."""
    digits = "80840" + nine
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return nine + str((10 - total % 10) % 10)


def bad_npi(nine):
    good = npi(nine)
    return good[:-1] + str((int(good[-1]) + 3) % 10)

# ---------------------------------------------------------------- labels
BASE = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
        "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
KINDS = {
    "base-treatment-plan": BASE,
    "medicare-outpatient-therapy": BASE | {"signature-missing", "duration-missing", "goal-not-measurable", "goal-missing",
        "intervention-missing", "credential-not-permitted", "signature-late", "plan-late",
        "review-interval-exceeded", "review-overdue", "frequency-missing"},
    "medicare-psychotherapy": BASE | {"credential-missing", "signature-missing", "duration-exceeds-limit", "duration-missing",
        "goal-not-measurable", "goal-missing", "intervention-missing", "objective-not-measurable",
        "objective-not-time-bound", "plan-outdated", "amount-missing", "frequency-missing"},
    "medicare-home-health": BASE | {"duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
        "credential-not-permitted", "signature-missing", "review-interval-exceeded", "review-overdue",
        "frequency-missing"},
    "commercial-aba": BASE | {"assessment-missing", "assessment-outdated", "caregiver-goal-missing", "signature-missing",
        "diagnosis-not-covered", "duration-exceeds-limit", "baseline-missing", "goal-not-measurable",
        "goal-missing", "goal-not-time-bound", "review-date-missing", "review-interval-exceeded",
        "amount-missing"},
    "pa-55-5200": {"field-missing", "plan-late", "goal-missing", "objective-missing", "intervention-missing",
        "duration-missing", "signature-missing"},
    "ny-oasas-818": {"field-missing", "plan-late", "signature-missing", "signature-late", "diagnosis-missing",
        "goal-missing", "intervention-missing"},
    "fl-65d-30": {"field-missing", "plan-late", "goal-missing", "objective-missing", "objective-not-measurable",
        "objective-not-time-bound", "intervention-missing", "frequency-missing", "signature-missing",
        "signature-late"},
    "ca-title9-ntp": {"field-missing", "plan-late", "goal-missing", "objective-missing", "objective-not-time-bound",
        "review-date-missing", "review-interval-exceeded", "review-overdue", "signature-missing",
        "signature-late"},
    "tx-26tac-564": {"signature-missing", "duration-missing", "goal-missing", "objective-missing",
        "objective-not-measurable", "objective-not-time-bound", "intervention-missing", "frequency-missing"},
}


def label(file, payer, as_of, gaps=(), state=None, unsure=(), notes=""):
    check_with = ["--payer", payer]
    if state:
        check_with += ["--state", state]
    check_with += ["--as-of", as_of]
    kinds = set(KINDS[payer]) | (set(KINDS[state]) if state else set())
    gap_kinds = {k for g in gaps for k in g}
    LABELS.append({
        "file": file,
        "check_with": check_with,
        "must_report": [list(g) for g in gaps],
        "must_not_report": sorted(kinds - gap_kinds - set(unsure)),
        "notes": notes,
    })

# ---------------------------------------------------------------- docx helpers
FIXED = dt.datetime(2026, 1, 1, 8, 0, 0)


def new_doc(title, landscape=False, font="Calibri", size=10):
    doc = Document()
    cp = doc.core_properties
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    cp.author = cp.last_modified_by = "blind-set generator"
    cp.title = title
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    if landscape:
        s = doc.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    doc._footnotes = []
    return doc


def P(doc_or_cell, text="", bold=False, size=None, style=None, align=None, italic=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def H(doc, text, level=1):
    return doc.add_heading(text, level=level)


def run(p, text, bold=False, italic=False, size=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    return r


def cell_text(cell, text, bold=False, size=None):
    """Write text into a cell; '\n' becomes a line break inside one paragraph."""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(parts) - 1:
            r.add_break()
    return p


def table(doc, header, rows, style="Table Grid", size=None, bold_first_col=False):
    t = doc.add_table(rows=0, cols=len(header or rows[0]))
    t.style = style
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            cell_text(c, h, bold=True, size=size)
    for row in rows:
        cells = t.add_row().cells
        for i, (c, v) in enumerate(zip(cells, row)):
            cell_text(c, v, bold=bold_first_col and i == 0, size=size)
    return t


def kv(doc, pairs, cols=2, size=None):
    """Label/value grid; cols=4 puts two pairs per row."""
    rows = []
    per = cols // 2
    for i in range(0, len(pairs), per):
        row = []
        for k, v in pairs[i:i + per]:
            row += [k, v]
        row += [""] * (cols - len(row))
        rows.append(row)
    t = doc.add_table(rows=0, cols=cols)
    t.style = "Table Grid"
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v, bold=(j % 2 == 0), size=size)
    return t


def header_footer(doc, header=None, footer=None):
    s = doc.sections[0]
    if header:
        s.header.paragraphs[0].text = header
    if footer:
        s.footer.paragraphs[0].text = footer


def field_simple(p, instr, result):
    p._p.append(parse_xml(
        f'<w:fldSimple {W} w:instr="{X(instr)}"><w:r><w:t xml:space="preserve">{X(result)}</w:t></w:r></w:fldSimple>'))


def formtext(p, name, result):
    for x in (
        f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
        f'<w:r {W}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
        f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {W}><w:t xml:space="preserve">{X(result)}</w:t></w:r>',
        f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(x))


def checkbox(p, name, checked):
    for x in (
        f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{1 if checked else 0}"/>'
        f'</w:checkBox></w:ffData></w:fldChar></w:r>',
        f'<w:r {W}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(x))


_rev = [100]


def ins(p, text, author, date):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"><w:r>'
        f'<w:t xml:space="preserve">{X(text)}</w:t></w:r></w:ins>'))


def dele(p, text, author, date):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"><w:r>'
        f'<w:delText xml:space="preserve">{X(text)}</w:delText></w:r></w:del>'))


def hyperlink(p, url, text):
    rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    p._p.append(parse_xml(
        f'<w:hyperlink {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        f'r:id="{rid}"><w:r><w:rPr><w:u w:val="single"/><w:color w:val="0563C1"/></w:rPr>'
        f'<w:t xml:space="preserve">{X(text)}</w:t></w:r></w:hyperlink>'))


_shape = [0]


def textbox(doc, lines, width=300, height=90):
    _shape[0] += 1
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{X(l)}</w:t></w:r></w:p>' for l in lines)
    p = doc.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {W} {V}><w:pict><v:shape id="tb{_shape[0]}" type="#_x0000_t202" '
        f'style="width:{width}pt;height:{height}pt" strokeweight="1pt"><v:textbox><w:txbxContent>{paras}'
        f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    return p


def footnote(doc, p, text):
    doc._footnotes.append(text)
    n = len(doc._footnotes)
    p._p.append(parse_xml(
        f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))


def _write_footnotes(doc):
    if not doc._footnotes:
        return
    body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for i, t in enumerate(doc._footnotes, 1):
        body += (f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                 f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {X(t)}</w:t></w:r></w:p></w:footnote>')
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{body}</w:footnotes>'
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def comment(doc, r, text, author, initials):
    doc.add_comment(r, text=text, author=author, initials=initials)


def vmerge(t, col, r1, r2):
    a = t.cell(r1, col)
    b = t.cell(r2, col)
    m = a.merge(b)
    # keep only the first paragraph's text
    for extra in m.paragraphs[1:]:
        if not extra.text.strip():
            extra._p.getparent().remove(extra._p)
    return m


def save(doc, name):
    _write_footnotes(doc)
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2026-01-01T08:00:00Z"', data)
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(out.getvalue())


def sig_line(doc, role, name, date, extra=""):
    p = P(doc)
    run(p, f"{role}: ", bold=True)
    run(p, name if name else "______________________________")
    run(p, "    Date: ", bold=True)
    run(p, date if date else "______________")
    if extra:
        run(p, "   " + extra, italic=True, size=8)
    return p

OPT = "medicare-outpatient-therapy"
PSY = "medicare-psychotherapy"
HH = "medicare-home-health"
ABA = "commercial-aba"
BTP = "base-treatment-plan"

# ============================================================ outpatient therapy (PT/OT/SLP)

def p01():
    f = "p01_pt_hospital_banner.docx"
    doc = new_doc("Outpatient Rehabilitation Plan of Care")
    t = table(doc, None, [["RIVERBEND COMMUNITY HOSPITAL\nOutpatient Rehabilitation Services",
                           "PHYSICAL THERAPY\nINITIAL PLAN OF CARE / CERTIFICATION"]], size=12)
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.bold = True
    kv(doc, [("Patient", "Gerald Okonkwo-Marsh"), ("DOB", "03/14/1951"),
             ("Medicare MBI", "4TN8HX2MK61"), ("MRN", "RB-0448127"),
             ("Referring physician", "Ramon Aldana, MD (NPI " + npi("184729301") + ")"), ("Payer", "Medicare Part B"),
             ("Evaluation / 1st treatment date", "02/09/2026"), ("Plan of care date", "02/09/2026"),
             ("Certification period", "02/09/2026 to 05/08/2026"), ("Onset", "01/19/2026 (R THA)")], cols=4)
    P(doc)
    P(doc, "Treatment Diagnoses", bold=True)
    table(doc, ["ICD-10-CM", "Description", ""], [
        ["Z47.1", "Aftercare following joint replacement surgery", "Primary"],
        ["Z96.641", "Presence of right artificial hip joint", "Secondary"],
        ["M62.81", "Muscle weakness (generalized)", "Secondary"]])
    P(doc, "Assessment: 74-year-old male 3 weeks s/p right total hip arthroplasty (posterior approach). Ambulates 150 ft "
           "with front-wheeled walker and contact guard; 5x sit-to-stand 21 sec; TUG 19 sec; hip abduction 3-/5.")
    P(doc, "PLAN OF CARE MATRIX", bold=True, size=11)
    table(doc, ["#", "Long-term goal (by 05/04/2026)", "Baseline", "Short-term goal (by 03/09/2026)"], [
        ["1", "Ambulate 500 ft with single-point cane, modified independent, on level and uneven surfaces.",
         "150 ft, FWW, contact guard", "Ambulate 300 ft with FWW, supervision."],
        ["2", "Timed Up and Go under 12 seconds to reduce fall risk.", "19 sec", "TUG under 16 seconds."],
        ["3", "Ascend/descend 12 steps with one rail, step-over-step, independent.", "4 steps, step-to, 2 rails, min A",
         "8 steps with one rail, supervision."],
        ["4", "Right hip abduction strength 4/5 to allow single-limb stance 10 sec.", "3-/5; SLS 2 sec",
         "Hip abduction 3+/5; SLS 5 sec."]])
    P(doc)
    P(doc, "Interventions / Frequency / Duration", bold=True)
    table(doc, ["CPT", "Intervention", "Frequency", "Duration"], [
        ["97161", "PT evaluation, low complexity (completed 02/09/2026)", "once", "-"],
        ["97110", "Therapeutic exercise, 2-3 units/visit", "3x/wk", "12 weeks"],
        ["97116", "Gait training incl. stairs, 1-2 units/visit", "3x/wk", "12 weeks"],
        ["97530", "Therapeutic activities (transfers), 1 unit/visit", "3x/wk", "12 weeks"]])
    P(doc, "Expected duration of this plan: 12 weeks (36 visits). Prognosis: good.")
    P(doc, "Certification", bold=True)
    P(doc, "I have reviewed this plan of care and certify that the services are medically necessary and furnished while "
           "the patient is under my care.", size=8, italic=True)
    sig_line(doc, "Therapist", "Lena Marchetti, PT, DPT  (NPI " + npi("162233004") + ")", "02/09/2026")
    sig_line(doc, "Certifying physician", "Ramon Aldana, MD  [signature image]", "02/16/2026")
    header_footer(doc, footer="Riverbend Community Hospital Rehab | Okonkwo-Marsh, G | MRN RB-0448127 | Page 1")
    save(doc, f)
    label(f, OPT, "2026-03-20", notes="Clean. Hospital outpatient PT (post-THA): two-cell banner table, 4-column "
          "identifier grid, Plan of Care matrix with LTG/STG columns, CPT/frequency/duration table, [signature image] "
          "for the certifier, identifiers in the footer. Eval=plan date 02/09/2026, cert period 88 days, certified day 7.")


def p02():
    f = "p02_pt_private_practice_late_cert.docx"
    doc = new_doc("Physical Therapy Plan of Care")
    P(doc, "Summit Ridge Physical Therapy, LLC", bold=True, size=14, align="c")
    P(doc, "412 Alder Mill Road, Suite 3 · Tel 555-0143 · Fax 555-0144", size=8, align="c")
    P(doc, "PLAN OF CARE — MEDICARE PART B", bold=True, align="c")
    P(doc, "Patient: Dolores Fairweather-Quist    DOB: 11/02/1946    MBI: 7WD2-QE5-NK38")
    P(doc, "Start of care (initial evaluation and first treatment): January 6, 2026")
    P(doc, "Plan established: January 6, 2026      Cert. period: 01/06/2026 – 04/05/2026")
    P(doc, "Dx: M17.11 Unilateral primary osteoarthritis, right knee; R26.89 Other abnormalities of gait and mobility")
    P(doc, "Problem list", bold=True)
    for s in ["R knee pain 6/10 with stairs; knee flexion AROM 0-92°.",
              "Unable to rise from standard chair without arms; 30-second chair stand 4 reps.",
              "Community ambulation limited to 1 block."]:
        P(doc, s, style="List Bullet")
    P(doc, "Goals (to be met in 8 weeks, by 03/03/2026)", bold=True)
    for s in ["Increase R knee flexion AROM from 92° to 115° to allow reciprocal stair climbing.",
              "30-second chair stand from 4 to 10 repetitions without UE support.",
              "Walk 4 blocks (about 1,300 ft) without rest, pain 3/10 or less.",
              "Independent with written home exercise program, 5 days/week, per patient log."]:
        P(doc, s, style="List Number")
    P(doc, "Treatment plan", bold=True)
    P(doc, "Therapeutic exercise (97110), manual therapy (97140), neuromuscular re-education (97112), gait training "
           "(97116). Frequency BIW x 8 wks (16 visits), 45-60 minutes per visit.")
    P(doc, "Therapist: Andre Kessler-Noor, PT, MPT    NPI " + npi("173308214") + "    Signed 01/06/2026")
    P(doc)
    P(doc, "PHYSICIAN CERTIFICATION", bold=True)
    p = P(doc, "☒ I certify the need for these services furnished under this plan of treatment while under my care. "
               "☐ Changes requested (see attached).", size=9)
    sig_line(doc, "Physician", "/es/ Yvonne Castellucci, MD  NPI " + npi("149920371"), "02/20/2026 11:05 AM")
    save(doc, f)
    label(f, OPT, "2026-03-02", gaps=[["signature-late"]], notes="Gap: certification signed 02/20/2026, 45 days after "
          "the first treatment (01/06/2026); due within 30 days (warning under the 2025-01 version). Layout: private "
          "practice one-pager, bullets and Word-numbered list, 'BIW x 8 wks', ☒/☐ attestation, /es/ signature with a "
          "time. Cert period 89 days.")


def p03():
    f = "p03_ot_hand_landscape_merged.docx"
    doc = new_doc("Occupational Therapy Plan of Care", landscape=True)
    header_footer(doc, header="Lakeshore Hand & Upper Extremity Center — OT Plan of Care — Pt: Bernadette Uwimana  DOB 07/30/1956  MBI 2HC6-RT1-WY47",
                  footer="Confidential patient information. Chart # LH-22981")
    P(doc, "OCCUPATIONAL THERAPY — HAND THERAPY PLAN OF CARE", bold=True, size=13)
    kv(doc, [("Date of plan", "March 3, 2026"), ("Initial evaluation / first treatment", "March 3, 2026"),
             ("Certification from", "03/03/2026"), ("Certification through", "05/29/2026"),
             ("Referring provider", "Talia Brennan, PA-C"), ("Primary payer", "Medicare")], cols=6)
    P(doc)
    P(doc, "Diagnoses: S52.571D Other intraarticular fracture of lower end of right radius, subsequent encounter for "
           "closed fracture with routine healing; M25.631 Stiffness of right wrist, NEC.")
    t = table(doc, ["Functional area", "Long-term goal", "Short-term goal", "Target"], [
        ["Wrist / forearm ROM", "R wrist extension from 25° to 55° for push-up from chair.", "Wrist ext to 40°.", "04/14/2026"],
        ["", "R forearm supination from 40° to 75° to turn door knobs and receive change.", "Supination 60°.", "04/14/2026"],
        ["Grip / ADL", "R grip strength from 9 lb to 30 lb (Jamar pos. 2) to open jars.", "Grip 18 lb.", "05/26/2026"],
        ["", "QuickDASH from 59 to 25 or lower.", "QuickDASH 45 or lower.", "05/26/2026"]])
    vmerge(t, 0, 1, 2)
    vmerge(t, 0, 3, 4)
    P(doc)
    t2 = table(doc, ["Intervention", "CPT", "Frequency", "Duration", "Amount"], [
        ["Therapeutic exercise", "97110", "2-3x/wk", "x 8 wks", "2 units"],
        ["Manual therapy / joint mobilization", "97140", "2-3x/wk", "x 8 wks", "1 unit"],
        ["Orthotic management and training", "97760", "2-3x/wk", "x 8 wks", "1 unit"],
        ["Therapeutic activities (ADL)", "97530", "2-3x/wk", "x 8 wks", "1 unit"]])
    vmerge(t2, 2, 1, 4)
    vmerge(t2, 3, 1, 4)
    P(doc, "Rehab potential good. Home program: tendon glides and AROM hourly while awake.")
    sig_line(doc, "OT", "Silvia Marangoni, OTR/L, CHT", "03/03/2026")
    sig_line(doc, "Certifying practitioner", "Talia Brennan, PA-C   NPI " + npi("156603218"), "03/05/2026")
    save(doc, f)
    label(f, OPT, "2026-04-10", notes="Clean. Landscape OT hand-therapy plan; identifiers only in the page header; "
          "6-column key/value grid; goal table and intervention table with vertically merged cells (frequency "
          "'2-3x/wk' and duration 'x 8 wks' merged over four rows). Certifier is a PA-C (physician assistant). "
          "Unsure: that 'PA-C' is taken as PA.")


def p04():
    f = "p04_ot_corf_formfields.docx"
    doc = new_doc("OT Plan of Treatment")
    P(doc, "Harborview CORF — Occupational Therapy Plan of Treatment", bold=True, size=13)
    p = P(doc, "Printed: ")
    field_simple(p, ' DATE \\@ "MM/dd/yyyy" ', "02/25/2026")
    rows = [("Patient name", "Cornelius Abernathy-Sato"), ("Date of birth", "09/09/1949"), ("Medicare ID", "6PX3-MA8-JV25"),
            ("Evaluation date (first treatment)", "01/20/2026"), ("Plan date", "01/20/2026"),
            ("Certification period", "01/20/2026 through 04/19/2026"),
            ("Diagnosis (ICD-10-CM)", "G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations"),
            ("Treatment diagnosis", "R27.8 Other lack of coordination"),
            ("Frequency", "2x/week"), ("Duration", "12 weeks"), ("Visit length", "55 minutes")]
    for i, (k, v) in enumerate(rows):
        p = P(doc)
        run(p, k + ": ", bold=True)
        formtext(p, f"Text{i+1}", v)
    P(doc, "Goals", bold=True)
    for g in ["By 04/13/2026 patient will button a shirt with 6 buttons in under 3 minutes (baseline 7 min 40 s).",
              "By 04/13/2026 Nine-Hole Peg Test R hand from 48 s to 35 s or less.",
              "By 03/16/2026 patient will complete shower transfer with tub bench and grab bar with supervision only "
              "(baseline: moderate assist x1)."]:
        P(doc, g, style="List Number")
    P(doc, "Interventions: 97530 therapeutic activities (LSVT BIG-based amplitude training), 97535 self-care/home "
           "management training, 97110 therapeutic exercise; caregiver (wife) instruction in bathroom safety.")
    p = P(doc, "Physician certification ")
    checkbox(p, "Check1", True)
    run(p, " Plan approved as written")
    sig_line(doc, "Occupational therapist", "Farrah Lindqvist, OTR/L", "01/20/2026")
    sig_line(doc, "Physician", "Deepa Raman, DO  (NPI " + npi("128844590") + ")  signed electronically", "01/27/2026 3:18 PM CST")
    save(doc, f)
    label(f, OPT, "2026-02-25", notes="Clean. CORF OT plan where every value sits in a legacy FORMTEXT form field "
          "(result text only), a DATE field showing the print date, a FORMCHECKBOX approval box, Word-numbered goals. "
          "Frequency '2x/week', duration '12 weeks'. Cert period 89 days; certified day 7.")


def p05():
    f = "p05_slp_dysphagia_long_cert.docx"
    doc = new_doc("SLP Plan of Care")
    H(doc, "Speech-Language Pathology Plan of Care", 1)
    P(doc, "Cedar Valley Medical Center · Outpatient Therapy Department", italic=True)
    kv(doc, [("Patient", "Ignatius Pembroke-Lowe"), ("Date of Birth", "Apr 22, 1944"), ("Medicare Beneficiary ID", "9RK5-UC7-HD13"),
             ("Evaluation Date", "Feb 2, 2026"), ("Plan of Care Date", "Feb 2, 2026"),
             ("Certification Period", "2/2/26 – 6/1/26"), ("Recertification due", "6/1/26")])
    p = P(doc, "Medical diagnosis: I69.391 Dysphagia following cerebral infarction")
    footnote(doc, p, "Left MCA infarct 12/28/2025; discharged from inpatient rehabilitation 01/29/2026.")
    P(doc, "Treatment diagnosis: R13.12 Dysphagia, oropharyngeal phase")
    p = P(doc, "Instrumental assessment: MBSS 01/27/2026, Penetration-Aspiration Scale 6 on thin liquids. Reference: ")
    hyperlink(p, "https://example.org/iddsi", "IDDSI framework")
    P(doc, "Goals", bold=True)
    for g in ["Patient will tolerate IDDSI level 6 soft & bite-sized solids with no overt signs of aspiration in 9/10 "
              "trials within 16 weeks (currently level 5 minced & moist).",
              "Patient will use chin-tuck and effortful swallow with 90% accuracy, independently, within 8 weeks "
              "(baseline 40% with moderate cues).",
              "Functional Oral Intake Scale from 4 to 6 within 16 weeks."]:
        P(doc, g, style="List Bullet")
    P(doc, "Plan", bold=True)
    P(doc, "92526 treatment of swallowing dysfunction, 2x/week, 45 minutes; 92507 as needed for cognitive-linguistic "
           "screening follow-up, 1x/week, 30 minutes. Expected duration: 16 weeks.")
    sig_line(doc, "Speech-language pathologist", "Maren Osei-Bonsu, MS, CCC-SLP", "02/02/2026")
    sig_line(doc, "Physician certification", "Augustin Velde, MD  NPI " + npi("131177742"), "02/10/2026")
    save(doc, f)
    label(f, OPT, "2026-03-10", gaps=[["review-interval-exceeded"]],
          notes="Gap: certification period 2/2/26-6/1/26 and recertification due 6/1/26 = 119 days after the first "
          "treatment; recertification is required at least every 90 days. Layout: heading styles, 2-column grid, "
          "short numeric dates (2/2/26), a footnote on the diagnosis, a hyperlink, bullets. Duration 16 weeks is stated "
          "(not a duration gap).")


def p06():
    f = "p06_slp_aphasia_textbox_header.docx"
    doc = new_doc("SLP Plan of Care")
    header_footer(doc, header="PATIENT: Winifred Achterberg | DOB 12/05/1952 | MBI 3FE9-WN4-TC72 | Acct 00917734",
                  footer="Northgate Neuro Rehab Clinic · SLP POC · printed 04/06/2026")
    P(doc, "Northgate Neuro Rehab Clinic", bold=True, size=14)
    P(doc, "Speech Therapy Initial Evaluation Summary & Plan of Care", bold=True)
    P(doc, "Evaluation / first treatment: 04/06/2026. Plan date: 04/06/2026. Certification: 04/06/2026 - 07/03/2026.")
    P(doc, "Diagnosis: I69.320 Aphasia following cerebral infarction (primary); R47.1 Dysarthria and anarthria.")
    P(doc, "Western Aphasia Battery-R Aphasia Quotient 58.4 (moderate Broca's aphasia). Naming 32% on confrontation "
           "naming of 50 common objects.")
    textbox(doc, ["TREATMENT ORDERS", "92507 Speech/language treatment, individual", "Frequency: 2x/week",
                  "Duration: 10 weeks", "Session length: 45 minutes"], width=260, height=95)
    P(doc, "Long-term goals (10 weeks)", bold=True)
    for g in ["Name 40 of 50 common objects (80%) with semantic cues only, by 06/12/2026.",
              "Produce 5-word sentences to express needs in 8/10 opportunities with minimal cues, by 06/12/2026.",
              "Use a written word/picture board to repair breakdowns in 4 of 5 conversations, by 06/12/2026."]:
        P(doc, g, style="List Number")
    P(doc, "Short-term goals (5 weeks)", bold=True)
    for g in ["Name 25/50 objects with phonemic cues by 05/08/2026.", "Answer yes/no questions with 90% accuracy by 05/08/2026."]:
        P(doc, g, style="List Bullet")
    sig_line(doc, "SLP", "Ottilie Rasmussen, MA, CCC-SLP (NPI " + npi("115066321") + ")", "04/06/2026")
    sig_line(doc, "Certifying NPP", "Corinne Vasquez, NP", "04/13/2026")
    save(doc, f)
    label(f, OPT, "2026-05-15", notes="Clean. Patient identifiers only in the page header; frequency, duration, "
          "session length and the CPT code only inside a VML text box (shape); goals in Word numbering. Certified "
          "by an NP on day 7; certification 88 days.")


def p07():
    f = "p07_pt_chiropractor_cert.docx"
    doc = new_doc("PT Plan of Care")
    P(doc, "Bayside Spine & Sports Physical Therapy", bold=True, size=13)
    P(doc, "PLAN OF CARE", bold=True)
    P(doc, "Patient: Lucius Treadwell-Amari   D.O.B. 1950-08-17   Medicare #: 8YT1-KD6-PM54")
    P(doc, "Initial evaluation and first visit: May 4, 2026. Plan date: May 4, 2026. Certification period May 4, 2026 - July 31, 2026.")
    P(doc, "Diagnoses", bold=True)
    P(doc, "M48.061 Spinal stenosis, lumbar region without neurogenic claudication", style="List Bullet")
    P(doc, "M54.50 Low back pain, unspecified", style="List Bullet")
    P(doc, "Objective findings: Oswestry Disability Index 46%; standing tolerance 5 minutes; lumbar flexion 50% limited.")
    P(doc, "Goals", bold=True)
    for g in ["Reduce Oswestry Disability Index from 46% to 26% or less by 07/27/2026.",
              "Increase standing tolerance from 5 to 20 minutes to prepare a meal by 06/29/2026.",
              "Walk 15 minutes continuously in the community with pain 3/10 or less by 07/27/2026."]:
        P(doc, g, style="List Bullet")
    P(doc, "Plan: therapeutic exercise 97110, manual therapy 97140, neuromuscular re-education 97112; 2x per week for "
           "12 weeks; 3-4 units per visit.")
    sig_line(doc, "Physical therapist", "Imani Drosdowsky, PT, DPT", "05/04/2026")
    sig_line(doc, "Certifying physician", "Brent Yoakum, DC  NPI " + npi("190238475"), "05/08/2026")
    save(doc, f)
    label(f, OPT, "2026-06-01", gaps=[["credential-not-permitted"]], unsure=["signature-missing"],
          notes="Gap: the plan is certified by a chiropractor (DC), who may not certify Medicare therapy plans. "
          "Layout: plain paragraphs with bullets, ISO birth date. Unsure: whether a DC signature on the certifying "
          "line also counts as no physician signature (signature-missing left out of must_not_report).")

# ---------------------------------------------------------------- FHIR helpers
def fid(n):
    return f"00000000-0000-4000-8000-{n:012d}"


def ent(res):
    return {"fullUrl": "urn:uuid:" + res["id"], "resource": res}


def patient(n, family, given, birth, member):
    return {"resourceType": "Patient", "id": fid(n), "identifier": [{"type": {"text": "Member ID"}, "value": member}],
            "name": [{"family": family, "given": given}], "birthDate": birth}


def practitioner(n, family, given, cred, npi_):
    return {"resourceType": "Practitioner", "id": fid(n),
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi_}],
            "name": [{"family": family, "given": given, "suffix": [cred]}],
            "qualification": [{"code": {"text": cred}}]}


def provenance(n, target, who, when, kind):
    codes = {"author": ("1.2.840.10065.1.12.1.1", "Author's Signature"),
             "verify": ("1.2.840.10065.1.12.1.5", "Verification Signature"),
             "consent": ("1.2.840.10065.1.12.1.7", "Consent Signature")}
    c, d = codes[kind]
    return {"resourceType": "Provenance", "id": fid(n), "target": [{"reference": "urn:uuid:" + target}],
            "recorded": when, "agent": [{"who": {"reference": "urn:uuid:" + who}}],
            "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013", "code": c, "display": d}],
                           "when": when, "who": {"reference": "urn:uuid:" + who},
                           "sigFormat": "application/jose", "data": "ZXhhbXBsZQ=="}]}


def condition(n, pat, code, display, system="http://hl7.org/fhir/sid/icd-10-cm", extra=None):
    c = {"resourceType": "Condition", "id": fid(n),
         "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                   "code": "encounter-diagnosis"}]}],
         "code": {"coding": [{"system": system, "code": code, "display": display}], "text": display},
         "subject": {"reference": "urn:uuid:" + pat}}
    c.update(extra or {})
    return c


def goal(n, pat, text, due, addresses=None, measure=None, baseline=None):
    g = {"resourceType": "Goal", "id": fid(n), "lifecycleStatus": "active", "description": {"text": text},
         "subject": {"reference": "urn:uuid:" + pat}, "target": [{"dueDate": due}]}
    if measure:
        g["target"][0]["measure"] = {"text": measure[0]}
        g["target"][0]["detailString"] = measure[1]
    if addresses:
        g["addresses"] = [{"reference": "urn:uuid:" + a} for a in addresses]
    if baseline:
        g["note"] = [{"text": "Baseline: " + baseline}]
    return g


def activity(code, display, text, freq, period, unit, dur=None, dur_unit=None, start=None, end=None):
    rep = {"frequency": freq, "period": period, "periodUnit": unit}
    if dur:
        rep["duration"], rep["durationUnit"] = dur, dur_unit
    if start:
        rep["boundsPeriod"] = {"start": start, "end": end}
    return {"detail": {"kind": "ServiceRequest",
                       "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": code, "display": display}],
                                "text": display},
                       "status": "scheduled", "description": text, "scheduledTiming": {"repeat": rep}}}


def write_json(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def p08():
    f = "p08_fhir_pt_knee.json"
    pat = patient(1, "Haverford-Imoto", ["Rosalind"], "1952-05-19", "5MJ2-HV7-QA90".replace("-", ""))
    pt = practitioner(2, "Szabo-Mensah", ["Kai"], "PT", npi("167702391"))
    md = practitioner(3, "Lindgren", ["Oskar"], "MD", npi("182240076"))
    cond = condition(4, pat["id"], "M17.1", "Unilateral primary osteoarthritis of knee")
    enc = {"resourceType": "Encounter", "id": fid(5), "status": "finished",
           "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
           "type": [{"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97162",
                                 "display": "PT evaluation, moderate complexity"}], "text": "Initial PT evaluation (first treatment)"}],
           "subject": {"reference": "urn:uuid:" + pat["id"]}, "period": {"start": "2026-03-16T09:00:00-04:00", "end": "2026-03-16T10:00:00-04:00"}}
    g1 = goal(6, pat["id"], "Increase right knee flexion AROM from 98 to 120 degrees to climb stairs reciprocally within 10 weeks.", "2026-05-25", [cond["id"]])
    g2 = goal(7, pat["id"], "Improve KOOS JR interval score from 48 to 70 or higher within 12 weeks.", "2026-06-08", [cond["id"]])
    g3 = goal(8, pat["id"], "Walk 1,000 feet without an assistive device, pain 3/10 or less, within 10 weeks.", "2026-05-25", [cond["id"]])
    cp = {"resourceType": "CarePlan", "id": fid(9), "status": "active", "intent": "plan",
          "title": "Physical therapy plan of care (Medicare certification)",
          "description": "Right knee osteoarthritis with pain and loss of flexion limiting stairs and community walking. "
                         "Expected duration: 12 weeks (24 visits).",
          "subject": {"reference": "urn:uuid:" + pat["id"]}, "encounter": {"reference": "urn:uuid:" + enc["id"]},
          "period": {"start": "2026-03-16", "end": "2026-06-12"}, "created": "2026-03-16",
          "author": {"reference": "urn:uuid:" + pt["id"]}, "contributor": [{"reference": "urn:uuid:" + md["id"]}],
          "addresses": [{"reference": "urn:uuid:" + cond["id"]}],
          "goal": [{"reference": "urn:uuid:" + g["id"]} for g in (g1, g2, g3)],
          "activity": [activity("97110", "Therapeutic exercise", "Therapeutic exercise, 2 units per visit, 2x/week x 12 weeks", 2, 1, "wk", start="2026-03-16", end="2026-06-08"),
                       activity("97140", "Manual therapy", "Manual therapy, 1 unit per visit, 2x/week x 12 weeks", 2, 1, "wk", start="2026-03-16", end="2026-06-08"),
                       activity("97116", "Gait training", "Gait training, 1 unit per visit, 2x/week x 12 weeks", 2, 1, "wk", start="2026-03-16", end="2026-06-08")]}
    prov1 = provenance(10, cp["id"], pt["id"], "2026-03-16T15:40:00-04:00", "author")
    prov2 = provenance(11, cp["id"], md["id"], "2026-03-23T08:12:00-04:00", "verify")
    write_json(f, {"resourceType": "Bundle", "id": fid(99), "type": "collection", "timestamp": "2026-03-23T08:15:00-04:00",
                   "entry": [ent(r) for r in (pat, pt, md, cond, enc, g1, g2, g3, cp, prov1, prov2)]})
    label(f, OPT, "2026-04-20", gaps=[["diagnosis-code-not-billable"]],
          unsure=["diagnosis-code-invalid", "signature-missing", "signature-late"],
          notes="Gap: the only diagnosis is M17.1, an ICD-10-CM category (needs M17.11/M17.12). FHIR R4 collection "
          "Bundle: evaluation Encounter (first treatment 2026-03-16), CarePlan period 88 days, Timing-coded "
          "frequency 2/wk with boundsPeriod, physician certification as a Provenance verification signature "
          "(2026-03-23). Unsure: whether Provenance signatures are read as the certification (signature kinds left "
          "out) and whether a category is also called invalid.")


def p09():
    f = "p09_ot_shoulder_no_duration_bad_npi.docx"
    doc = new_doc("OT Plan of Care")
    P(doc, "Meadowlark Therapy Partners", bold=True, size=13)
    P(doc, "Occupational Therapy — Plan of Care", bold=True)
    kv(doc, [("Client", "Evangeline Marchbanks"), ("Birth date", "06/28/1953"), ("Medicare ID", "1UA7-CC3-LE86"),
             ("Initial eval / first treatment", "01/12/2026"), ("POC date", "01/12/2026"),
             ("Certification period", "01/12/2026 – 04/11/2026"),
             ("Therapist NPI", bad_npi("138849201")),
             ("Diagnoses", "M75.121 Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic\n"
                           "M19.011 Primary osteoarthritis, right shoulder")])
    p = P(doc, "Patient education materials: ")
    hyperlink(p, "https://example.org/shoulder-home-program", "shoulder home program (patient portal)")
    P(doc, "Goals", bold=True)
    for g in ["Increase R shoulder active flexion from 85° to 140° to reach the second kitchen shelf, by 04/06/2026.",
              "Don and doff a pullover shirt independently (currently moderate assist), by 03/09/2026.",
              "QuickDASH from 68 to 35 or lower by 04/06/2026."]:
        P(doc, g, style="List Bullet")
    P(doc, "Treatment", bold=True)
    for s in ["97110 Therapeutic exercise — 3x/week, 2 units", "97530 Therapeutic activities (ADL retraining) — 3x/week, 1 unit",
              "97140 Manual therapy — 3x/week, 1 unit"]:
        P(doc, s, style="List Bullet")
    sig_line(doc, "Occupational therapist", "Rosario Baptiste-Kline, OTR/L", "01/12/2026")
    sig_line(doc, "Physician", "Halvard Esterhuizen, MD (NPI " + npi("147712098") + ")", "01/14/2026")
    save(doc, f)
    label(f, OPT, "2026-02-20", gaps=[["duration-missing"], ["identifier-invalid"]],
          notes="Gaps: (1) no expected duration: frequencies say 3x/week but nowhere for how many weeks or visits; only "
          "the certification period is given, which the profile says does not state the duration; (2) the therapist "
          "NPI fails the Luhn check digit. Layout: 2-column grid with a line break inside the diagnosis cell, "
          "hyperlink, bulleted goals and treatment lines.")


def p10():
    f = "p10_ccda_slp_dysarthria.xml"
    sl_npi, md_npi = npi("176650434"), npi("121198807")
    goals = ["Increase vocal intensity in conversation from 62 dB to 72 dB SPL at 30 cm in 8 of 10 trials by 05/11/2026.",
             "Produce intelligible sentences (90% intelligibility to an unfamiliar listener) in structured tasks by 05/11/2026.",
             "Use a loud-voice strategy independently in a 5-minute phone conversation by 04/13/2026."]
    ivs = ["Speech/language treatment (92507): 2x/week, 45-minute sessions, for 12 weeks (LSVT LOUD-based intensity training)",
           "Home practice program: daily, 15 minutes, with log reviewed weekly"]
    gx = "".join(f'<item ID="goal{i+1}">{g}</item>' for i, g in enumerate(goals))
    ix = "".join(f'<item ID="iv{i+1}">{g}</item>' for i, g in enumerate(ivs))
    gent = "".join(f'''
        <entry><observation classCode="OBS" moodCode="GOL">
          <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
          <id root="6a1f0c44-0000-4000-8000-00000000010{i}"/>
          <code nullFlavor="OTH"><originalText><reference value="#goal{i+1}"/></originalText></code>
          <text><reference value="#goal{i+1}"/></text>
          <statusCode code="active"/>
          <effectiveTime value="{'20260413' if i == 2 else '20260511'}"/>
        </observation></entry>''' for i in range(len(goals)))
    ient = "".join(f'''
        <entry><act classCode="ACT" moodCode="INT">
          <templateId root="2.16.840.1.113883.10.20.22.4.131" extension="2015-08-01"/>
          <id root="6a1f0c44-0000-4000-8000-00000000020{i}"/>
          <code code="{'92507' if i == 0 else '410290001'}" codeSystem="{'2.16.840.1.113883.6.12' if i == 0 else '2.16.840.1.113883.6.96'}" displayName="{'Treatment of speech, language, voice' if i == 0 else 'Home program'}"/>
          <text><reference value="#iv{i+1}"/></text>
          <statusCode code="active"/>
        </act></entry>''' for i in range(len(ivs)))
    dx = [("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations"), ("R47.1", "Dysarthria and anarthria")]
    dxt = "".join(f'<item ID="concern{i+1}">{c} {d}</item>' for i, (c, d) in enumerate(dx))
    dent = "".join(f'''
        <entry><act classCode="ACT" moodCode="EVN">
          <templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
          <id root="6a1f0c44-0000-4000-8000-00000000030{i}"/>
          <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health Concern"/>
          <text><reference value="#concern{i+1}"/></text>
          <statusCode code="active"/><effectiveTime value="20260217"/>
          <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
            <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
            <id root="6a1f0c44-0000-4000-8000-00000000040{i}"/>
            <code code="29308-4" codeSystem="2.16.840.1.113883.6.1" displayName="Diagnosis"/>
            <statusCode code="completed"/><effectiveTime><low value="20260217"/></effectiveTime>
            <value xsi:type="CD" code="{c}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{d}"/>
          </observation></entryRelationship>
        </act></entry>''' for i, (c, d) in enumerate(dx))
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="6a1f0c44-0000-4000-8000-000000000001"/>
  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Plan of care note"/>
  <title>Speech-Language Pathology Plan of Care</title>
  <effectiveTime value="20260217"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget><patientRole>
    <id extension="3QW8EJ2RT59" root="2.16.840.1.113883.4.927"/>
    <patient><name><given>Thaddeus</given><family>Kowalski-Brandt</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="19480311"/></patient>
  </patientRole></recordTarget>
  <author><time value="20260217"/><assignedAuthor>
    <id extension="{sl_npi}" root="2.16.840.1.113883.4.6"/>
    <assignedPerson><name><given>Philippa</given><family>Nakashima</family><suffix>MS, CCC-SLP</suffix></name></assignedPerson>
  </assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.19.5"/><name>Willowbrook Outpatient Rehabilitation</name></representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator><time value="20260217"/><signatureCode code="S"/><assignedEntity>
    <id extension="{sl_npi}" root="2.16.840.1.113883.4.6"/>
    <assignedPerson><name><given>Philippa</given><family>Nakashima</family><suffix>MS, CCC-SLP</suffix></name></assignedPerson>
  </assignedEntity></legalAuthenticator>
  <authenticator><time value="20260224"/><signatureCode code="S"/><assignedEntity>
    <id extension="{md_npi}" root="2.16.840.1.113883.4.6"/>
    <code code="208D00000X" codeSystem="2.16.840.1.113883.6.101" displayName="General Practice physician (certifying)"/>
    <assignedPerson><name><given>Leopold</given><family>Achebe-Strand</family><suffix>MD</suffix></name></assignedPerson>
  </assignedEntity></authenticator>
  <documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="20260217"/><high value="20260515"/></effectiveTime></serviceEvent></documentationOf>
  <componentOf><encompassingEncounter><id root="6a1f0c44-0000-4000-8000-000000000002"/>
    <code code="92524" codeSystem="2.16.840.1.113883.6.12" displayName="Behavioral and qualitative analysis of voice and resonance (initial evaluation, first treatment)"/>
    <effectiveTime><low value="20260217"/></effectiveTime></encompassingEncounter></componentOf>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
      <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health Concerns Document"/>
      <title>Health Concerns</title>
      <text><list>{dxt}</list></text>{dent}
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
      <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>
      <title>Goals</title>
      <text><list>{gx}</list></text>{gent}
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
      <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions"/>
      <title>Interventions</title>
      <text><list>{ix}</list><paragraph>Expected duration: 12 weeks. Certification period 02/17/2026 - 05/15/2026; recertification due by 05/15/2026.</paragraph></text>{ient}
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
'''
    with open(os.path.join(OUT, f), "w", encoding="utf-8") as fh:
        fh.write(xml)
    label(f, OPT, "2026-03-20", unsure=["signature-missing", "signature-late", "field-missing"],
          notes="Clean. C-CDA R2.1 Care Plan: author/legalAuthenticator SLP, certifying MD as <authenticator> "
          "signed 2026-02-24, encompassingEncounter low = evaluation/first treatment 2026-02-17, serviceEvent "
          "period 87 days, ICD-10-CM diagnoses in Health Concerns, goals with effectiveTime target dates, 92507 "
          "2x/week 45 min x 12 weeks. Unsure: how a C-CDA carries the physician certification and the first "
          "treatment date (signature-missing, signature-late, field-missing left out).")

# ============================================================ psychotherapy
def psy_goals(doc, goals, mode="table"):
    """goals: list of (goal, [(objective, target)]), interventions string list."""
    if mode == "table":
        rows = []
        for i, (g, objs) in enumerate(goals, 1):
            for j, (o, d) in enumerate(objs):
                rows.append([f"Goal {i}" if j == 0 else "", g if j == 0 else "", f"{i}{'abc'[j]}. {o}", d])
        t = table(doc, ["#", "Goal", "Objective", "Target date"], rows)
        return t
    for i, (g, objs) in enumerate(goals, 1):
        P(doc, f"Goal {i}: {g}", bold=True)
        for j, (o, d) in enumerate(objs):
            P(doc, f"Objective {i}{'abc'[j]}: {o} Target date: {d}.", style="List Bullet")


def p11():
    f = "p11_psy_ehr_review_printout.docx"
    doc = new_doc("Treatment Plan Review", font="Courier New", size=9)
    hdr = "TREATMENT PLAN REVIEW          Pt: Marisol Thibodeaux-Lang   DOB: 10/04/1955   MBI: 5CE2-NV9-XR41"
    for page, (sec, body) in enumerate([
        ("DEMOGRAPHICS / PLAN", ["Plan Type: Initial Treatment Plan          Plan Date: 01/22/2026",
                                 "Program: Outpatient Psychotherapy          Payer: Medicare Part B",
                                 "Diagnosis 1 (Primary): F33.1  Major depressive disorder, recurrent, moderate",
                                 "Diagnosis 2: F41.1  Generalized anxiety disorder",
                                 "Expected Duration: 26 weeks (target completion 07/23/2026)",
                                 "Modality: Individual psychotherapy, CBT/behavioral activation",
                                 "Service: 90837 Psychotherapy 60 min (53+ minutes) -- Frequency: q week",
                                 "  entered by nfeldstein 01/22/2026 14:20 CST"]),
        ("PROBLEMS / GOALS / OBJECTIVES", [
            "Problem 1: Depressed mood, withdrawal from activities",
            "  Goal 1: Return to valued daily activities with stable mood.",
            "    Obj 1a: Reduce PHQ-9 from 19 to 9 or below.  Target: 04/23/2026",
            "    Obj 1b: Complete 3 scheduled pleasant activities per week, per activity log.  Target: 03/05/2026",
            "Problem 2: Excessive worry",
            "  Goal 2: Worry no longer keeps client from leaving home.",
            "    Obj 2a: Reduce GAD-7 from 15 to 7 or below.  Target: 05/21/2026",
            "    Obj 2b: Attend 2 community outings per week without leaving early.  Target: 04/09/2026",
            "  last modified by nfeldstein 01/22/2026 14:31 CST"]),
        ("SIGNATURES", ["Electronically signed by: Naomi Feldstein, LCSW  NPI " + npi("192283746") + "  on 01/22/2026 14:37 CST",
                        "Client signature: Marisol Thibodeaux-Lang  signed on signature pad 01/22/2026 14:40 CST",
                        "Printed by: jbarrow  04/01/2026 09:12 EDT"])], 1):
        P(doc, hdr, bold=True)
        P(doc, f"Page {page} of 3        ===== {sec} =====")
        for line in body:
            P(doc, line)
        if page < 3:
            doc.add_page_break()
    save(doc, f)
    label(f, PSY, "2026-04-01", notes="Clean. Monospaced EHR 'Treatment Plan Review' printout: header line repeated on "
          "each page in the body, page breaks, indented Problem/Goal/Obj lines, 'entered by'/'last modified by' user "
          "names with time stamps and time zones, 'q week' frequency, 90837 (53+ minutes) as the amount, 26-week "
          "duration, electronic signature with credential.")


def p12():
    f = "p12_psy_pa_county_form_client_unsigned.docx"
    doc = new_doc("County Mental Health Treatment Plan")
    P(doc, "LACKAWAXEN COUNTY BEHAVIORAL HEALTH — OUTPATIENT CLINIC", bold=True, align="c")
    P(doc, "INDIVIDUAL TREATMENT PLAN (Form BH-7)", bold=True, align="c")
    P(doc, "Instructions: complete all boxes. Box 9 must be signed by the individual or the individual's "
           "representative. The plan must be completed within 30 days of intake. Attach Form BH-7a if more space is needed.",
      size=7, italic=True)
    table(doc, None, [
        ["1. Individual's name\nTobias Wetherill-Anand", "2. Date of birth\n02/11/1958", "3. Medicare / MA ID\n6HN4-FJ2-EE37"],
        ["4. Intake date\n03/02/2026", "5. Plan date\n03/23/2026", "6. Expected duration\n6 months (to 09/23/2026)"],
        ["7. Diagnoses (ICD-10-CM)\nF41.1 Generalized anxiety disorder\nF33.0 Major depressive disorder, recurrent, mild",
         "8. Modalities / services\n90834 Individual psychotherapy, 45 min, weekly\n90853 Group CBT skills, 60 min, every 2 weeks", ""]])
    P(doc, "Box 8a. Goals and objectives", bold=True)
    psy_goals(doc, [("Reduce worry so that it no longer limits work at the hardware store.",
                     [("GAD-7 from 16 to 8 or below on monthly administration.", "06/22/2026"),
                      ("Use a worry-postponement routine on at least 5 of 7 days, per diary.", "05/04/2026")]),
                    ("Improve sleep.", [("Sleep 6 or more hours on 5 of 7 nights per sleep log.", "05/18/2026")])])
    P(doc, "9. Signatures", bold=True)
    table(doc, ["Role", "Name / credential", "Signature", "Date"], [
        ["Individual", "Tobias Wetherill-Anand", "", ""],
        ["Mental health professional", "Renata Kowalczyk, LPC", "/es/ Renata Kowalczyk, LPC", "03/23/2026"],
        ["Psychiatrist approval", "Ibrahim Solano, MD  NPI " + npi("160078219"), "[signature image]", "03/25/2026"]])
    P(doc, "Individual was given a copy: ☐ yes ☐ no", size=8)
    save(doc, f)
    label(f, PSY, "2026-04-15", state="pa-55-5200", gaps=[["signature-missing"]],
          notes="Gap: the individual's signature and date cells (box 9) are empty. County form with numbered boxes, "
          "small italic instructions, line breaks inside cells, a signature table with an '/es/' clinician "
          "signature and a '[signature image]' psychiatrist approval. Intake 03/02 -> plan 03/23 (21 days).")


def p13():
    f = "p13_psy_memo_twelve_months.docx"
    doc = new_doc("Treatment plan memo", font="Georgia", size=11)
    P(doc, "MEMORANDUM", bold=True, size=16)
    for k, v in [("TO", "Client record — Medicare Part B"), ("FROM", "Marguerite Olawale, PhD, Licensed Psychologist"),
                 ("DATE", "September 8, 2025"), ("RE", "Treatment plan for Cassius Delacroix-Wynn (DOB 1/30/1961; MBI 8DF3-KA6-WM20)")]:
        p = P(doc)
        run(p, f"{k}:\t", bold=True)
        run(p, v)
    P(doc, "_" * 60)
    P(doc, "Mr. Delacroix-Wynn is a 64-year-old veteran seen for intake on 09/02/2025 with nightmares, hypervigilance "
           "and avoidance following a 2019 industrial accident. Diagnosis: F43.12 Post-traumatic stress disorder, chronic. "
           "PCL-5 total 52.")
    P(doc, "I will see him weekly for 60-minute sessions of cognitive processing therapy (CPT code 90837). Expected duration: "
           "12 months (through 09/08/2026), given chronicity.")
    P(doc, "Goals and objectives:")
    P(doc, "1. Reduce PTSD symptoms to a sub-clinical level: PCL-5 from 52 to below 33 by 03/09/2026.", style="List Number")
    P(doc, "2. Drive on the interstate to his daughter's home (45 minutes) at least twice a month by 01/12/2026; currently "
           "avoids all highways.", style="List Number")
    P(doc, "3. Reduce nightmares from 5 per week to 1 or fewer per week, per sleep diary, by 12/15/2025.", style="List Number")
    P(doc, "/es/ Marguerite Olawale, PhD    09/08/2025 4:10 PM ET    NPI " + npi("113358022"))
    save(doc, f)
    label(f, PSY, "2025-12-01", gaps=[["duration-exceeds-limit"]],
          notes="Gap: expected duration 12 months (through 09/08/2026); the NGS article requires less than one year. "
          "Private-practice memo layout (TO/FROM/DATE/RE with tabs), narrative paragraphs with the amount and "
          "frequency in prose, Word-numbered goals each carrying its own date, typed '/es/' signature with time.")


def p14():
    f = "p14_psy_pa_tracked_changes.docx"
    doc = new_doc("Outpatient Treatment Plan")
    P(doc, "Keystone Ridge Psychiatric Outpatient Clinic — Treatment Plan", bold=True, size=13)
    kv(doc, [("Client", "Philomena Haddad-Rourke"), ("DOB", "05/17/1957"), ("Member ID (MBI)", "2PV7-TY4-CG58"),
             ("Intake date", "02/04/2026"), ("Plan date", "02/18/2026"), ("Expected duration", "20 weeks (ends 07/08/2026)"),
             ("Diagnosis", "F41.0 Panic disorder [episodic paroxysmal anxiety]")], cols=4)
    P(doc)
    p = P(doc, "Service: individual psychotherapy 90834, 45 minutes, ")
    dele(p, "every other week", "J. Whitcomb", "2026-02-18T10:02:00Z")
    ins(p, "weekly", "J. Whitcomb", "2026-02-18T10:02:00Z")
    run(p, "; interoceptive exposure and panic-control CBT.")
    P(doc, "Goals and objectives", bold=True)
    p = P(doc)
    r = run(p, "Goal 1: Client will drive to the grocery store alone without a panic attack.")
    comment(doc, r, "Consider adding a second goal for work attendance at the 90-day review.", "H. Tran", "HT")
    for o in ["Objective 1a: Reduce panic attacks from 4 per week to 1 or fewer per week (panic log) by 05/13/2026.",
              "Objective 1b: Reduce Panic Disorder Severity Scale score from 17 to 8 or less by 06/10/2026.",
              "Objective 1c: Complete 10 of 12 assigned exposure exercises by 04/15/2026."]:
        P(doc, o, style="List Bullet")
    p = P(doc, "")
    ins(p, "Objective 1d: Drive alone 2 miles to the pharmacy on 3 occasions by 04/29/2026.", "J. Whitcomb", "2026-02-18T10:05:00Z")
    P(doc, "Signatures", bold=True)
    sig_line(doc, "Client", "Philomena Haddad-Rourke", "02/18/2026")
    sig_line(doc, "Clinician", "Jonah Whitcomb, LPC", "02/18/2026")
    sig_line(doc, "Psychiatrist approval", "Hollis Tran, MD  (NPI " + npi("139904417") + ")", "02/20/2026")
    save(doc, f)
    label(f, PSY, "2026-03-30", state="pa-55-5200",
          notes="Clean. Tracked changes: the frequency 'every other week' is a tracked deletion and 'weekly' a "
          "tracked insertion (either reading states a frequency); objective 1d is a whole tracked-insertion "
          "paragraph; a Word comment on Goal 1. Intake 02/04 -> plan 02/18 (14 days); client, LPC and MD sign.")


def p15():
    f = "p15_psy_group_practice_outdated.docx"
    doc = new_doc("Treatment Plan")
    P(doc, "Pinecrest Counseling Associates", bold=True, size=13)
    P(doc, "INDIVIDUAL TREATMENT PLAN", bold=True)
    kv(doc, [("Name", "Augustina Ferreira-Blake"), ("Date of birth", "08/08/1954"), ("Medicare ID", "4GK9-XP1-UB63"),
             ("Plan established", "01/15/2025"), ("Diagnosis", "F43.23 Adjustment disorder with mixed anxiety and depressed mood"),
             ("Service", "90834 individual psychotherapy, 45 minutes, 1x/week"), ("Expected duration", "9 months")])
    P(doc)
    psy_goals(doc, [("Adjust to widowhood and resume social roles.",
                     [("Attend a bereavement group 2 times per month, per attendance sheet.", "04/15/2025"),
                      ("Reduce PHQ-9 from 14 to 7 or below.", "07/15/2025")]),
                    ("Manage finances independently.",
                     [("Pay all monthly bills on time for 3 consecutive months, per client report and bank statements.", "06/30/2025")])],
              mode="list")
    sig_line(doc, "Therapist", "Caspian Oyelaran-Reid, LMFT", "01/15/2025")
    save(doc, f)
    label(f, PSY, "2026-02-10", gaps=[["plan-outdated"]],
          notes="Gap: plan established 01/15/2025 with no recorded review; on 2026-02-10 it is 391 days old (limit 365). "
          "Layout: 2-column grid, goals as bold lines with bulleted objectives. Expected duration 9 months has ended, "
          "but no other rule is tied to that.")


def p16():
    f = "p16_fhir_psy_depression.json"
    pat = patient(21, "Okoro-Lindahl", ["Benedikt"], "1956-12-01", "7TR3FE8HW24")
    clin = practitioner(22, "Achterberg-Moss", ["Delphine"], "LCSW", npi("126670581"))
    cond = condition(23, pat["id"], "F32.1", "Major depressive disorder, single episode, moderate")
    g1 = goal(24, pat["id"], "Reduce PHQ-9 from 17 to 9 or below.", "2026-05-04", [cond["id"]], measure=("PHQ-9 total score", "9 or below"))
    g2 = goal(25, pat["id"], "Walk outdoors for 20 minutes on at least 4 days per week, per activity log.", "2026-04-06", [cond["id"]],
              measure=("Days per week with 20-minute walk", "4 or more"))
    g3 = goal(26, pat["id"], "Return to volunteering at the library 1 half-day per week.", "2026-06-29", [cond["id"]],
              measure=("Half-days volunteered per week", "1"))
    cp = {"resourceType": "CarePlan", "id": fid(27), "status": "active", "intent": "plan", "title": "Outpatient psychotherapy treatment plan",
          "description": "Individual psychotherapy (behavioral activation and cognitive therapy) for moderate depression. Expected duration: 6 months.",
          "subject": {"reference": "urn:uuid:" + pat["id"]}, "period": {"start": "2026-02-02", "end": "2026-08-01"},
          "created": "2026-02-02", "author": {"reference": "urn:uuid:" + clin["id"]},
          "addresses": [{"reference": "urn:uuid:" + cond["id"]}], "goal": [{"reference": "urn:uuid:" + g["id"]} for g in (g1, g2, g3)],
          "activity": [activity("90834", "Psychotherapy, 45 minutes", "Individual psychotherapy, 45-minute sessions, weekly",
                                1, 1, "wk", 45, "min", "2026-02-02", "2026-08-01")]}
    prov = provenance(28, cp["id"], clin["id"], "2026-02-02T16:05:00-05:00", "author")
    write_json(f, {"resourceType": "Bundle", "id": fid(98), "type": "collection", "timestamp": "2026-02-02T16:06:00-05:00",
                   "entry": [ent(r) for r in (pat, clin, cond, g1, g2, g3, cp, prov)]})
    label(f, PSY, "2026-03-15", unsure=["signature-missing", "credential-missing"],
          notes="Clean. FHIR R4 Bundle: CarePlan created 2026-02-02 with a 6-month period, goals with target measure/"
          "detail and dueDate, an activity with Timing frequency 1/wk and duration 45 min, clinician credential in "
          "Practitioner.name.suffix and qualification, signature as a Provenance author signature. No separate "
          "objectives (goals carry the measures). Unsure: how FHIR signatures are read (signature kinds left out).")


def p17():
    f = "p17_psy_pa_late_plan.docx"
    doc = new_doc("Treatment plan")
    P(doc, "Susquehanna Valley Counseling Center", bold=True, size=12)
    P(doc, "Comprehensive Treatment Plan — Outpatient Psychiatric Clinic", bold=True)
    kv(doc, [("Client name", "Leopoldine Ashgrove"), ("Date of birth", "1/9/1960"), ("MBI", "3WJ6-DN8-KR15"),
             ("Date of intake", "10/1/2025"), ("Treatment plan date", "11/12/2025"), ("Anticipated length of treatment", "16 weeks"),
             ("ICD-10-CM", "F43.10 Post-traumatic stress disorder, unspecified")], cols=4)
    P(doc, "Modalities", bold=True)
    P(doc, "Individual psychotherapy (90837), 60 minutes, once a week", style="List Bullet")
    P(doc, "Medication management by psychiatrist (99214), 25 minutes, monthly", style="List Bullet")
    psy_goals(doc, [("Decrease trauma symptoms.",
                     [("PCL-5 from 48 to 30 or below.", "02/25/2026"),
                      ("Sleep through the night (no more than 1 awakening) on 5 of 7 nights, per sleep log.", "01/28/2026")]),
                    ("Resume shopping independently.",
                     [("Go to the supermarket alone 1x/week for 4 consecutive weeks.", "02/11/2026")])])
    P(doc)
    table(doc, ["Signer", "Signature", "Date"], [
        ["Client", "Leopoldine Ashgrove", "11/12/2025"],
        ["Therapist", "Ezekiel Vandermolen, LCSW", "11/12/2025"],
        ["Psychiatrist", "Saoirse Delgado-Hunt, DO", "11/14/2025"]])
    save(doc, f)
    label(f, PSY, "2025-12-10", state="pa-55-5200", gaps=[["plan-late"]],
          notes="Gap: intake 10/1/2025, plan 11/12/2025 = 42 days (PA requires within 30 days). Short numeric dates "
          "without leading zeros, 4-column grid, bulleted modalities, goal/objective table with blank goal cells on "
          "continuation rows, signature table.")


def p18():
    f = "p18_psy_pa_no_approval.docx"
    doc = new_doc("Individual Service Plan", landscape=True)
    P(doc, "ALLEGHENY PLATEAU BEHAVIORAL HEALTH — INDIVIDUAL SERVICE PLAN", bold=True)
    P(doc, "Client: Barnaby Quartermaine | DOB 07/07/1952 | MBI 9CA1-HE3-TN72 | Intake 04/01/2026 | Plan date 04/20/2026 | "
           "Dx F43.23 Adjustment disorder with mixed anxiety and depressed mood")
    table(doc, ["Goal", "Objectives (measurable)", "Target", "Interventions / frequency"], [
        ["1. Cope with retirement-related loss of role.", "1a. Identify and start 2 structured weekly activities (log).\n"
         "1b. PHQ-9 from 13 to 6 or lower.", "06/01/2026\n07/13/2026", "Individual psychotherapy 90834, 45 min, weekly"],
        ["2. Reduce conflict with spouse.", "2a. Arguments reduced from 5 per week to 1 or fewer per week (self-report log).",
         "07/13/2026", "Individual psychotherapy 90834, 45 min, weekly; one joint session 90847, 50 min, monthly"]])
    P(doc, "Estimated duration of treatment: through 07/31/2026 (about 4 months).")
    sig_line(doc, "Client signature", "Barnaby Quartermaine", "04/20/2026")
    sig_line(doc, "Mental health professional", "Genevieve Oduya, LCSW  NPI " + npi("154432198"), "04/20/2026")
    save(doc, f)
    label(f, PSY, "2026-05-20", state="pa-55-5200", gaps=[["signature-missing"]],
          notes="Gap: no approval by a psychiatrist or advanced practice professional anywhere on a plan that includes "
          "psychotherapy (PA 5200.31); only the client and the LCSW sign. Landscape table with line breaks inside "
          "cells; identifiers in one pipe-separated line.")


def p19():
    f = "p19_psy_no_credential_undated_objectives.docx"
    doc = new_doc("Plan of treatment")
    header_footer(doc, header="Provider: Tobias Renner   |   Fernhill Therapy Studio")
    H(doc, "Plan of Treatment", 1)
    kv(doc, [("Client", "Ottoline Barraclough"), ("DOB", "04/03/1959"), ("Medicare #", "5KM8-WQ2-AF46"),
             ("Date established", "03/03/2026"), ("Diagnosis", "F41.1 Generalized anxiety disorder"),
             ("Treatment", "90834 psychotherapy, 45 minutes, weekly, for 20 weeks")])
    P(doc)
    table(doc, ["Goal", "Objective", "Target date"], [
        ["Reduce anxiety so client can resume choir.", "GAD-7 from 14 to 6 or less.", "ongoing"],
        ["", "Attend choir rehearsal 1x/week for 4 consecutive weeks.", "ongoing"],
        ["Improve sleep onset.", "Fall asleep within 30 minutes on 5 of 7 nights (sleep log).", "ongoing"]])
    P(doc)
    P(doc, "/es/ Tobias Renner   03/03/2026 10:15")
    save(doc, f)
    label(f, PSY, "2026-04-10", gaps=[["credential-missing"], ["objective-not-time-bound", "goal-not-time-bound"]],
          notes="Gaps: (1) the clinician's signature '/es/ Tobias Renner' carries no credential, nor does the header; "
          "(2) every objective's target date is 'ongoing' and goals have no dates (the plan-level '20 weeks' is the "
          "treatment duration, not an objective date). Layout: header with provider name, heading style, grid, "
          "goal table.")

# ============================================================ home health
def hh_head(doc, agency, pat, dob, mbi, soc, cert_from, cert_to, dx):
    P(doc, agency, bold=True, size=12)
    P(doc, "HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True)
    table(doc, None, [
        [f"1. Patient's HI claim no.\n{mbi}", f"2. Start of care date\n{soc}", f"3. Certification period\nFrom: {cert_from}   To: {cert_to}"],
        [f"4. Patient name\n{pat}", f"5. Date of birth\n{dob}", "6. Provider\n" + agency],
        ["7. Principal diagnosis / other pertinent diagnoses\n" + "\n".join(dx), "", ""]], size=9)


def p20():
    f = "p20_hh_aide_plan_and_nursing_orders.docx"
    doc = new_doc("Home Health Plan of Care")
    hh_head(doc, "Tri-County Visiting Nurses, Inc.", "Wilhelmina Crabtree-Oduya", "02/14/1941", "1RW4-FT7-YE92",
            "03/09/2026", "03/09/2026", "05/07/2026",
            ["I50.22 Chronic systolic (congestive) heart failure", "E11.9 Type 2 diabetes mellitus without complications",
             "Z99.81 Dependence on supplemental oxygen"])
    P(doc, "Plan of care date: 03/09/2026 (start of care visit)")
    P(doc, "8. Orders for discipline and treatments (specify amount/frequency/duration)", bold=True)
    table(doc, ["Discipline", "Code", "Frequency / duration", "Orders"], [
        ["SN", "G0299", "1w1, 2w3, 1w4 (through 05/07/2026)", "Assess cardiopulmonary status, daily weights, teach low-sodium diet, medication reconciliation."],
        ["SN PRN", "G0299", "PRN x 2 for weight gain over 3 lb in 2 days or increased edema", "Focused cardiopulmonary assessment; notify MD."],
        ["PT", "G0151", "2w4", "Strengthening, gait and balance training, home safety."],
        ["HHA", "G0156", "2w8", "Personal care per aide care plan below."]])
    P(doc, "9. Goals / rehabilitation potential / discharge plans", bold=True)
    for g in ["Patient will weigh self daily and record weights with 100% accuracy by 04/06/2026 (currently not weighing).",
              "No more than 1 ED visit or hospitalization for heart failure during the certification period.",
              "Fasting blood sugar 80-150 mg/dL on 5 of 7 days by 04/20/2026 (currently 180-240).",
              "Walk 150 feet in the home with a rollator and standby assist by 04/06/2026 (currently 40 feet, min assist)."]:
        P(doc, g, style="List Number")
    P(doc, "Expected duration of services: 60-day certification period, through 05/07/2026. Rehab potential fair.")
    P(doc, "HOME HEALTH AIDE CARE PLAN", bold=True)
    table(doc, ["Task", "Every visit", "Weekly", "Notes"], [
        ["Tub/shower bath with shower chair", "☒", "☐", "Standby assist"], ["Shampoo", "☐", "☒", ""],
        ["Skin care, lotion to feet", "☒", "☐", "Report any open area to RN"], ["Assist with dressing", "☒", "☐", ""],
        ["Light meal prep (2 g sodium)", "☐", "☐", "Not ordered"]], size=9)
    P(doc, "Aide supervisory visit by RN every 14 days.", size=8, italic=True)
    P(doc, "Nurse's signature and date of verbal SOC where applicable: Felicity Ambrose, RN  03/06/2026 (verbal SOC order)")
    P(doc, "Attending physician's signature and date signed:", bold=True)
    sig_line(doc, "Physician", "Marisol Etxeberria, MD  NPI " + npi("185567012") + "  [signature image]", "03/16/2026")
    save(doc, f)
    label(f, HH, "2026-04-10", unsure=["date-inconsistent"],
          notes="Clean. CMS-485-style numbered boxes with line breaks in cells, discipline orders with home-health "
          "frequency notation (1w1, 2w3, 1w4; 2w4; 2w8), a PRN order with a visit limit, goals with dates, a home "
          "health aide care plan grid with ☒/☐ checkboxes. SOC 03/09, cert 59 days, MD signed 03/16. "
          "Unsure: the RN's verbal-SOC note is dated 03/06 (before the plan date) and might be read as an early "
          "signature (date-inconsistent left out).")


def p21():
    f = "p21_hh_prn_without_limit.docx"
    doc = new_doc("Home Health Plan of Care")
    hh_head(doc, "Blue Heron Home Health Services", "Archibald Nwachukwu", "09/23/1938", "4EK2-PP6-WD51",
            "01/12/2026", "01/12/2026", "03/12/2026",
            ["N31.9 Neuromuscular dysfunction of bladder, unspecified", "Z46.6 Encounter for fitting and adjustment of urinary device",
             "I10 Essential (primary) hypertension"])
    P(doc, "8. Orders", bold=True)
    t = table(doc, ["Discipline", "Orders and frequency"], [
        ["Skilled nursing", "SN 1w9 for indwelling catheter care and teaching; change Foley 16 Fr monthly and PRN.\n"
                            "Duration: 9 weeks (01/12/2026 - 03/12/2026)."],
        ["Skilled nursing PRN", "SN PRN for catheter problems (blockage, leakage, dislodgement)."],
        ["Home health aide", "HHA 2w9 for bathing and personal care."]])
    P(doc, "Goals", bold=True)
    for g in ["Caregiver (son) will perform catheter care with return demonstration 3 of 3 times by 02/09/2026.",
              "Patient will have no catheter-associated urinary tract infection during the certification period (0 CAUTI).",
              "Blood pressure below 150/90 on 4 of 4 weekly readings by 03/09/2026."]:
        P(doc, g, style="List Bullet")
    sig_line(doc, "Certifying physician", "Evander Quist-Holloway, DO  NPI " + npi("117730956"), "01/19/2026")
    save(doc, f)
    label(f, HH, "2026-02-15", gaps=[["frequency-missing"]],
          notes="Gap: 'SN PRN for catheter problems' has no limit on the number of PRN visits (42 CFR 409.43 requires "
          "one). The other orders state frequency (1w9, 2w9) and duration. Box layout shared with p20/p22, orders table "
          "with line breaks inside cells.")


def p22():
    f = "p22_hh_unsigned_certification.docx"
    doc = new_doc("Home Health Plan of Care")
    hh_head(doc, "Sunfield Home Care Network", "Rosamund Iwasaki-Pell", "06/30/1944", "7NB5-GM3-HC84",
            "05/04/2026", "05/04/2026", "07/02/2026",
            ["L89.153 Pressure ulcer of sacral region, stage 3", "E11.9 Type 2 diabetes mellitus without complications",
             "Z74.09 Other reduced mobility"])
    P(doc, "Orders", bold=True)
    for s in ["SN 3w2, 2w6 for wound care: cleanse sacral wound with normal saline, apply calcium alginate and foam dressing; "
              "measure wound weekly.", "RD evaluation 1w1 for protein intake.",
              "HHA 3w8 for bathing, repositioning every 2 hours while awake, skin inspection."]:
        P(doc, s, style="List Bullet")
    P(doc, "Services through the end of the certification period (07/02/2026).")
    P(doc, "Goals", bold=True)
    for g in ["Sacral wound will decrease from 4.2 x 3.1 cm to 2.0 x 1.5 cm or smaller by 06/29/2026.",
              "Patient/daughter will demonstrate off-loading with a 30-degree tilt every 2 hours, 3 of 3 return demonstrations, by 05/25/2026.",
              "Daily protein intake 60 g or more on 5 of 7 days per food log by 06/01/2026."]:
        P(doc, g, style="List Number")
    P(doc, "Verbal start-of-care order received 05/04/2026 from Dr. Pell Arvanitis by Hyacinth Boateng, RN.", size=9)
    P(doc, "Physician's certification: I certify that this patient is confined to the home and needs intermittent skilled "
           "nursing care. The patient is under my care, and I have authorized the services on this plan of care.",
      size=8, italic=True)
    sig_line(doc, "Physician's name", "Pell Arvanitis, MD  NPI " + npi("171145680"), None)
    P(doc, "Physician's signature: ______________________________")
    save(doc, f)
    label(f, HH, "2026-05-28", gaps=[["signature-missing"]],
          notes="Gap: the certifying physician's name is printed but the signature and date lines are blank (only a "
          "verbal start-of-care order noted by the RN). Bulleted orders (3w2, 2w6; 1w1; 3w8), certification "
          "statement in small italics.")


def p23():
    f = "p23_ccda_hh_hip_fracture.xml"
    rn_npi, md_npi = npi("168830125"), npi("133390478")
    dx = [("S72.001D", "Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with routine healing"),
          ("Z91.81", "History of falling")]
    goals = [("Walk 300 feet with a rolling walker, modified independent, by 07/13/2026 (baseline 60 feet with contact guard).", "20260713"),
             ("Transfer bed to chair independently by 06/29/2026 (baseline minimal assist).", "20260629"),
             ("Tinetti balance score from 14/28 to 22/28 or higher by 07/27/2026.", "20260727")]
    ivs = [("G0151", "Physical therapy visits: 2w4, 1w4 (through 07/30/2026) - gait, transfer and balance training, home exercise program"),
           ("G0152", "Occupational therapy visits: 1w4 - bathroom transfers, adaptive equipment, energy conservation"),
           ("G0299", "Skilled nursing visits: 1w2 - medication teaching (anticoagulant), incision check")]
    dxt = "".join(f'<item ID="c{i}">{c} {d}</item>' for i, (c, d) in enumerate(dx))
    dent = "".join(f'''
        <entry><act classCode="ACT" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.132" extension="2015-08-01"/>
          <id root="7b2e1d55-0000-4000-8000-00000000030{i}"/><code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health Concern"/>
          <text><reference value="#c{i}"/></text><statusCode code="active"/><effectiveTime value="20260601"/>
          <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
            <id root="7b2e1d55-0000-4000-8000-00000000040{i}"/><code code="29308-4" codeSystem="2.16.840.1.113883.6.1" displayName="Diagnosis"/>
            <statusCode code="completed"/><effectiveTime><low value="20260601"/></effectiveTime>
            <value xsi:type="CD" code="{c}" codeSystem="2.16.840.1.113883.6.90" codeSystemName="ICD-10-CM" displayName="{d}"/>
          </observation></entryRelationship></act></entry>''' for i, (c, d) in enumerate(dx))
    gxt = "".join(f'<item ID="g{i}">{g}</item>' for i, (g, _) in enumerate(goals))
    gent = "".join(f'''
        <entry><observation classCode="OBS" moodCode="GOL"><templateId root="2.16.840.1.113883.10.20.22.4.121"/>
          <id root="7b2e1d55-0000-4000-8000-00000000010{i}"/><code nullFlavor="OTH"><originalText><reference value="#g{i}"/></originalText></code>
          <text><reference value="#g{i}"/></text><statusCode code="active"/><effectiveTime value="{d}"/></observation></entry>''' for i, (g, d) in enumerate(goals))
    ixt = "".join(f'<item ID="i{i}">{t} ({c})</item>' for i, (c, t) in enumerate(ivs))
    ient = "".join(f'''
        <entry><act classCode="ACT" moodCode="INT"><templateId root="2.16.840.1.113883.10.20.22.4.131" extension="2015-08-01"/>
          <id root="7b2e1d55-0000-4000-8000-00000000020{i}"/><code code="{c}" codeSystem="2.16.840.1.113883.6.285" codeSystemName="HCPCS"/>
          <text><reference value="#i{i}"/></text><statusCode code="active"/></act></entry>''' for i, (c, t) in enumerate(ivs))
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="7b2e1d55-0000-4000-8000-000000000001"/>
  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Plan of care note"/>
  <title>Home Health Certification and Plan of Care</title>
  <effectiveTime value="20260601"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget><patientRole>
    <id extension="6WE3TR9KD45" root="2.16.840.1.113883.4.927"/>
    <patient><name><given>Cordelia</given><family>Montgomery-Ebi</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="19390405"/></patient>
  </patientRole></recordTarget>
  <author><time value="20260601"/><assignedAuthor>
    <id extension="{rn_npi}" root="2.16.840.1.113883.4.6"/>
    <assignedPerson><name><given>Lucinda</given><family>Farrow</family><suffix>RN</suffix></name></assignedPerson>
    <representedOrganization><name>Prairie Wind Home Health Agency</name></representedOrganization>
  </assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.19.5"/><name>Prairie Wind Home Health Agency</name></representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator><time value="20260605"/><signatureCode code="S"/><assignedEntity>
    <id extension="{md_npi}" root="2.16.840.1.113883.4.6"/>
    <assignedPerson><name><given>Rafferty</given><family>Olumide</family><suffix>MD</suffix></name></assignedPerson>
  </assignedEntity></legalAuthenticator>
  <documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="20260601"/><high value="20260730"/></effectiveTime>
    <performer typeCode="PRF"><assignedEntity><id extension="{md_npi}" root="2.16.840.1.113883.4.6"/>
      <assignedPerson><name><given>Rafferty</given><family>Olumide</family><suffix>MD</suffix></name></assignedPerson></assignedEntity></performer>
  </serviceEvent></documentationOf>
  <component><structuredBody>
    <component><section><templateId root="2.16.840.1.113883.10.20.22.2.58" extension="2015-08-01"/>
      <code code="75310-3" codeSystem="2.16.840.1.113883.6.1" displayName="Health Concerns Document"/><title>Health Concerns</title>
      <text><list>{dxt}</list></text>{dent}
    </section></component>
    <component><section><templateId root="2.16.840.1.113883.10.20.22.2.60"/>
      <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/><title>Goals</title>
      <text><list>{gxt}</list></text>{gent}
    </section></component>
    <component><section><templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
      <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions"/><title>Interventions</title>
      <text><list>{ixt}</list><paragraph>Start of care 06/01/2026. Certification period 06/01/2026 - 07/30/2026. Expected duration: 8 weeks.</paragraph></text>{ient}
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
'''
    with open(os.path.join(OUT, f), "w", encoding="utf-8") as fh:
        fh.write(xml)
    label(f, HH, "2026-06-20", unsure=["signature-missing"],
          notes="Clean. C-CDA R2.1 Care Plan from a home health agency: RN author, certifying MD as legalAuthenticator "
          "(2026-06-05), serviceEvent period = 60-day certification (59 days), HCPCS-coded interventions with 2w4/1w4/"
          "1w2 frequencies, goals with baselines and effectiveTime targets. Unsure: whether the legalAuthenticator is "
          "taken as the certifying physician (signature-missing left out).")


def p24():
    f = "p24_hh_landscape_90_day_cert.docx"
    doc = new_doc("Home Health POC", landscape=True)
    header_footer(doc, header="Patient: Fitzgerald Amankwah-Rhys   DOB 03/27/1947   HI claim no. 2TX8-BN5-QR63",
                  footer="Greenmarsh Home Health · POC v3 · Page 1 of 1")
    P(doc, "GREENMARSH HOME HEALTH — PLAN OF CARE / CERTIFICATION", bold=True, size=12)
    P(doc, "Start of care: 02/16/2026    Certification period: 02/16/2026 to 05/16/2026    Plan date: 02/16/2026")
    P(doc, "Diagnoses: J44.1 Chronic obstructive pulmonary disease with (acute) exacerbation (principal); "
           "I11.0 Hypertensive heart disease with heart failure; Z99.81 Dependence on supplemental oxygen")
    t = table(doc, ["Discipline", "Visit frequency", "Goal", "Target date"], [
        ["Skilled nursing (G0299)", "2w4, 1w8", "SpO2 at or above 90% on 2 L O2 during ADLs on all visits.", "04/13/2026"],
        ["", "", "Patient states 4 of 4 COPD exacerbation warning signs and the action plan.", "03/16/2026"],
        ["Physical therapy (G0151)", "2w6", "Walk 200 ft with 2-wheeled walker on O2, Borg dyspnea 3/10 or less (baseline 50 ft, Borg 7).", "03/30/2026"],
        ["", "", "30-second chair stand from 3 to 8 repetitions.", "03/30/2026"],
        ["Home health aide (G0156)", "2w10", "Bathing with energy conservation, no desaturation below 88%.", "04/27/2026"]])
    vmerge(t, 0, 1, 2)
    vmerge(t, 1, 1, 2)
    vmerge(t, 0, 3, 4)
    vmerge(t, 1, 3, 4)
    P(doc, "Expected duration: 13 weeks (through 05/16/2026).")
    sig_line(doc, "Certifying practitioner", "Juniper Abernethy-Cole, NP  NPI " + npi("145561732"), "02/20/2026")
    save(doc, f)
    label(f, HH, "2026-03-10", gaps=[["review-interval-exceeded"]],
          notes="Gap: certification period 02/16/2026-05/16/2026 = 89 days; home health plans are recertified at "
          "least every 60 days (warning, unverified requirement). Landscape page, identifiers only in the header, "
          "table with vertically merged discipline and frequency cells. Certified by an NP on day 4.")


def p25():
    f = "p25_hh_icd9_secondary.docx"
    doc = new_doc("Home Health Plan of Care")
    P(doc, "Orchard Lane Home Health — Plan of Care", bold=True, size=13)
    kv(doc, [("Patient", "Barnabas Eriksdottir-Vale"), ("DOB", "10/15/1950"), ("Medicare no.", "5LC3-YV8-MP27"),
             ("Start of care", "04/13/2026"), ("Certification", "04/13/2026 – 06/11/2026"), ("Referral", "Hospital discharge 04/10/2026")], cols=4)
    P(doc)
    p = P(doc, "Diagnoses", bold=True)
    table(doc, ["Code", "Description"], [
        ["E11.621", "Type 2 diabetes mellitus with foot ulcer (principal)"],
        ["L97.512", "Non-pressure chronic ulcer of other part of right foot with fat layer exposed"],
        ["250.00", "Diabetes mellitus type II without complication (from referral)"]])
    p = P(doc, "Wound care per agency protocol")
    footnote(doc, p, "Protocol WC-12, rev. 2025: silver alginate under foam, off-loading shoe at all times when walking.")
    run(p, "; see ")
    hyperlink(p, "https://example.org/offloading", "off-loading shoe instructions")
    P(doc, "Orders: SN 3w3, 2w5 (8 weeks) wound care and diabetic teaching (G0299); PT 1w4 gait with off-loading shoe (G0151). "
           "Duration: through 06/11/2026.")
    P(doc, "Goals", bold=True)
    for g in ["Right foot ulcer area from 3.0 cm2 to 1.0 cm2 or less by 06/08/2026.",
              "Fasting glucose 90-150 mg/dL on 6 of 7 days (glucometer log) by 05/25/2026.",
              "Patient wears the off-loading shoe for all walking, 7 of 7 days, by 04/27/2026."]:
        P(doc, g, style="List Bullet")
    sig_line(doc, "Physician", "Ottavio Brennan-Sato, MD  NPI " + npi("119974406"), "04/16/2026")
    save(doc, f)
    label(f, HH, "2026-05-01", gaps=[["diagnosis-code-invalid", "diagnosis-code-missing"]],
          unsure=["diagnosis-code-not-billable"],
          notes="Gap: a secondary diagnosis is written with the ICD-9-CM code 250.00, which is not an ICD-10-CM code. "
          "Footnote and hyperlink inside the same paragraph, 4-column grid, diagnosis table. Unsure whether the "
          "invalid code is also reported as not billable.")

# ============================================================ ABA
def p26():
    f = "p26_aba_bip_operational_definitions.docx"
    doc = new_doc("Individualized Behavior Intervention Plan")
    P(doc, "BRIGHTPATH AUTISM SERVICES", bold=True, size=13, align="c")
    P(doc, "Individualized Behavior Intervention Plan & Treatment Plan (Initial Authorization Request)", bold=True, align="c")
    kv(doc, [("Client", "Mateo Quintanilla-Reyes"), ("DOB", "06/02/2019 (6 y 7 m)"), ("Member ID", "XQB448210937"),
             ("Plan date", "01/20/2026"), ("Authorization period", "02/01/2026 - 07/31/2026"), ("Next plan review", "07/20/2026"),
             ("Diagnosis", "F84.0 Autistic disorder — diagnosed 08/14/2024 by Wren Halvorsen, PhD, licensed psychologist"),
             ("Supervising BCBA", "Priya Castellanos, MS, BCBA (NPI " + npi("158812234") + ")")], cols=4)
    P(doc, "Assessments", bold=True)
    table(doc, ["Instrument", "Date", "Result"], [
        ["VB-MAPP", "01/08/2026", "Milestones 74/170; Barriers 38"], ["Vineland-3 (parent form)", "01/09/2026", "ABC standard score 64"],
        ["Functional behavior assessment (interview, ABC data)", "01/06/2026-01/13/2026", "Aggression maintained by escape from demands"]])
    P(doc, "Operational definitions", bold=True)
    P(doc, "Aggression: any instance of hitting, kicking or scratching another person with force; each contact counted separately. "
           "Non-examples: high-fives, accidental contact during play.", style="List Bullet")
    P(doc, "Elopement: moving more than 3 feet from the assigned area without permission.", style="List Bullet")
    P(doc, "Graph summary: Figure 1 (line graph, daily rate of aggression, 10 baseline sessions) shows a stable baseline of "
           "4.2 per hour with no trend; Figure 2 (bar graph) shows elopement on 7 of 10 observed days.", italic=True)
    P(doc, "Goals", bold=True)
    table(doc, ["Domain", "Goal", "Baseline", "Mastery criteria", "Target date"], [
        ["Behavior reduction", "Reduce aggression to 0.5 or fewer per hour.", "4.2 per hour", "0.5 or fewer per hour for 4 consecutive weeks", "07/15/2026"],
        ["Behavior reduction", "Reduce elopement to 0 occurrences per day.", "7 of 10 days with elopement", "0 per day for 10 consecutive school days", "07/15/2026"],
        ["Communication", "Request a break using a break card or 'break please'.", "0 independent requests", "80% of opportunities across 3 consecutive sessions", "05/29/2026"],
        ["Parent training", "Parent will deliver a first-then demand sequence with 90% fidelity.", "45% fidelity (checklist)",
         "90% fidelity across 3 consecutive observed sessions", "05/29/2026"]])
    P(doc, "Requested services", bold=True)
    table(doc, ["CPT", "Service", "Hours per week"], [
        ["97153", "Adaptive behavior treatment by protocol (RBT)", "20 hours per week"],
        ["97155", "Protocol modification by BCBA", "3 hours per week"],
        ["97156", "Family adaptive behavior treatment guidance", "1 hour per week"]])
    P(doc, "Expected duration: 6 months (authorization period), with review on 07/20/2026.")
    sig_line(doc, "BCBA", "Priya Castellanos, MS, BCBA", "01/20/2026")
    sig_line(doc, "Parent/Guardian", "Lucia Reyes (mother)", "01/22/2026")
    save(doc, f)
    label(f, ABA, "2026-02-15", notes="Clean. Behavior intervention plan with operational definitions, graphs "
          "described in text, an FBA listed next to VB-MAPP and Vineland-3 (both 12 days before the plan), goal "
          "table with baseline/mastery/target columns, a 'Parent training' goal, hours per week by CPT code, "
          "authorization period under 6 months, review 181 days after the plan date, BCBA and mother sign.")


def p27():
    f = "p27_aba_school_iep_grid_no_caregiver.docx"
    doc = new_doc("School-Based ABA Plan", landscape=True)
    P(doc, "Maple Hollow Unified — Contracted ABA Services", bold=True)
    P(doc, "INDIVIDUALIZED TREATMENT PLAN (school setting)", bold=True, size=12)
    kv(doc, [("Student", "Ezra Abernathy-Lum"), ("DOB", "09/19/2017"), ("Insurance member #", "HPZ-7730-1184"),
             ("Plan date", "12/15/2025"), ("Service period", "01/05/2026 through the end of the school year (06/12/2026)"),
             ("Progress reports", "03/13/2026 and 06/12/2026"),
             ("Diagnosis", "F84.0 Autistic disorder; diagnosed 05/02/2022 by Harriet Nkemelu, MD, developmental pediatrician"),
             ("Assessment", "ABLLS-R 11/20/2025 (Tasks A-H); Vineland-3 teacher form 11/21/2025, ABC 71")], cols=4)
    P(doc)
    table(doc, ["Area of need", "Present level (baseline)", "Annual goal", "Measurable short-term benchmarks", "Criteria", "Evaluation", "Responsible"], [
        ["Classroom routines", "Follows 2 of 8 steps of the arrival routine independently",
         "Ezra will complete the 8-step arrival routine independently.", "By 03/13/2026: 5 of 8 steps\nBy 06/12/2026: 8 of 8 steps",
         "8/8 steps on 4 of 5 days", "Task analysis data, daily", "RBT / teacher"],
        ["Social communication", "Initiates peer greetings 0 times per recess",
         "Ezra will greet a peer by name during recess.", "By 03/13/2026: 1 per recess with gestural prompt\nBy 06/12/2026: 2 per recess independently",
         "2 per recess for 5 consecutive days", "Frequency count", "RBT"],
        ["Self-regulation", "Screams 12 times per school day (mean of 10 days)",
         "Reduce screaming to 2 or fewer times per day.", "By 03/13/2026: 6 or fewer\nBy 06/12/2026: 2 or fewer",
         "2 or fewer per day for 10 consecutive days", "Frequency count, graphed weekly", "BCBA / RBT"]], size=8)
    P(doc)
    table(doc, ["Service", "Code", "Hours per week", "Location"], [
        ["Direct ABA by RBT", "97153", "15 hours per week", "School"], ["BCBA supervision / protocol modification", "97155", "2 hours per week", "School"]])
    P(doc, "Signatures", bold=True)
    sig_line(doc, "BCBA", "Oren Feldmann-Achebe, BCBA", "12/15/2025")
    sig_line(doc, "Parent/guardian", "Marisa Lum", "12/17/2025")
    save(doc, f)
    label(f, ABA, "2026-01-20", gaps=[["caregiver-goal-missing"]],
          notes="Gap: no goal or objective involves the parent or caregiver; all goals are carried out at school by "
          "RBT/teacher (the parent only signs). Landscape IEP-like 7-column grid with present levels, annual goals "
          "and dated benchmarks inside cells (line breaks), 'through the end of the school year (06/12/2026)'. "
          "Period 01/05-06/12/2026 (under 6 months); progress report 03/13/2026.")


def p28():
    f = "p28_aba_outdated_vbmapp.docx"
    doc = new_doc("ABA Treatment Plan")
    P(doc, "Cornerstone Behavioral Health — ABA Treatment Plan (Continuation Request)", bold=True, size=12)
    for k, v in [("Client", "Sylvie Okafor-Dunn"), ("Date of birth", "04/11/2020"), ("Subscriber ID", "WQ5518802-01"),
                 ("Plan date", "12/01/2025"), ("Requested authorization period", "12/08/2025 – 06/07/2026"),
                 ("Treatment plan review", "05/29/2026"),
                 ("Diagnosis", "F84.0 Autistic disorder, diagnosed 02/03/2023 by Anselm Rudd, PsyD")]:
        p = P(doc)
        run(p, k + ": ", bold=True)
        run(p, v)
    P(doc, "1. Assessment", bold=True)
    P(doc, "VB-MAPP administered 09/10/2024: Milestones 58; Barriers 41. Direct observation and caregiver interview "
           "11/17/2025 to 11/21/2025. No standardized re-assessment has been completed since 09/2024.")
    P(doc, "2. Goals", bold=True)
    goals = [("Mand for 15 different items or activities without prompts across a session", "4 different items", "80% of opportunities across 3 consecutive sessions", "04/30/2026"),
             ("Tolerate 'no' or 'wait' for 2 minutes without a tantrum", "tantrum in 9 of 10 trials", "8 of 10 trials across 3 sessions", "03/31/2026"),
             ("Caregiver will run a 10-minute manding session with 90% fidelity", "50% fidelity", "90% on 3 consecutive observations", "03/31/2026")]
    for i, (g, b, m, d) in enumerate(goals, 1):
        P(doc, f"2.{i} {g}. Baseline: {b}. Mastery: {m}. Target date: {d}.", style="List Number")
    P(doc, "3. Requested services", bold=True)
    P(doc, "97153 - 15 hours per week; 97155 - 2 hours per week; 97156 - 1 hour per week.")
    sig_line(doc, "Supervising BCBA", "Thora Vasquez-Lind, M.Ed., BCBA (NPI " + npi("111178826") + ")", "12/01/2025")
    sig_line(doc, "Guardian", "Ifeoma Okafor", "12/03/2025")
    save(doc, f)
    label(f, ABA, "2025-12-20", gaps=[["assessment-outdated"]],
          notes="Gap: the only standardized assessment (VB-MAPP 09/10/2024) is 447 days old at the plan date; the "
          "profile accepts at most 365 days (warning, unverified). Observation and interview are not standardized. "
          "Bold-label paragraphs, numbered goals with inline baseline/mastery/target.")


def p29():
    f = "p29_aba_twelve_month_period.docx"
    doc = new_doc("ABA Plan")
    header_footer(doc, header="Evergreen Spectrum Therapies | Client: Rafferty Nguyen-Holm | DOB 03/03/2021 | Member ID: CGN90022817")
    P(doc, "Comprehensive ABA Treatment Plan", bold=True, size=13)
    P(doc, "Plan date: February 2, 2026. Authorization period requested: 02/09/2026 - 02/08/2027 (12 months). "
           "Progress review scheduled 08/03/2026.")
    P(doc, "Diagnosis: F84.0 Autistic disorder (diagnostic evaluation 10/21/2024, Noor Haddad, PhD, licensed psychologist).")
    P(doc, "Standardized assessment: Vineland-3 (interview form) 01/26/2026, ABC 59; AFLS Basic Living Skills 01/27/2026.")
    P(doc, "Goals", bold=True)
    for g in ["Toileting: initiate toilet use 4 of 5 times per day (baseline 0 of 5). Mastery: 4/5 daily for 10 consecutive days. Target date: 07/31/2026.",
              "Communication: use 2-word phrases to request in 80% of opportunities (baseline 10%). Mastery: 80% across 3 consecutive sessions. Target date: 06/30/2026.",
              "Parent training: parents will implement the toileting schedule with 90% fidelity (baseline 30%). Mastery: 90% on 3 consecutive probes. Target date: 05/29/2026."]:
        P(doc, g, style="List Bullet")
    P(doc, "Services: 97153 25 hrs/week; 97155 4 hrs/week; 97156 2 hrs/month (0.5 hours per week).")
    sig_line(doc, "BCBA", "Lorcan Whitfield-Ayo, BCBA", "02/02/2026")
    sig_line(doc, "Parent", "Hanh Nguyen", "02/04/2026")
    save(doc, f)
    label(f, ABA, "2026-03-01", gaps=[["duration-exceeds-limit"]], unsure=["review-interval-exceeded", "amount-missing"],
          notes="Gap: a 12-month authorization period (02/09/2026-02/08/2027) against a limit of 6 months. Identifiers "
          "only in the page header; goals with inline baseline/mastery/target. Unsure: whether the period end is also "
          "treated as a review date (review-interval-exceeded left out) and whether '2 hrs/month (0.5 hours per "
          "week)' is read as hours per week (amount-missing left out).")


def p30():
    f = "p30_aba_adhd_primary.docx"
    doc = new_doc("Behavior Treatment Plan")
    P(doc, "Keel Harbor Behavior Consultants", bold=True, size=12)
    P(doc, "ABA TREATMENT PLAN", bold=True)
    kv(doc, [("Client", "Juniper Castellano-Reid"), ("DOB", "11/30/2018"), ("Member ID", "AEX-550-918-22"),
             ("Plan date", "03/30/2026"), ("Authorization period", "04/06/2026 to 10/05/2026"), ("Next review", "09/25/2026"),
             ("Primary diagnosis", "F90.2 Attention-deficit hyperactivity disorder, combined type (diagnosed 01/15/2025 by Calla Brightwater, MD)"),
             ("Secondary diagnosis", "F80.2 Mixed receptive-expressive language disorder"),
             ("Assessment", "Vineland-3 03/16/2026 ABC 72; ABLLS-R 03/18/2026")])
    P(doc)
    table(doc, ["Goal", "Baseline", "Mastery criterion", "Target date"], [
        ["Remain seated during 15-minute table work with 1 or fewer prompts", "3 minutes, 6 prompts", "15 min, 1 or fewer prompts, 5 consecutive sessions", "07/31/2026"],
        ["Complete 3-step instructions", "30% of trials", "80% across 3 consecutive sessions", "08/28/2026"],
        ["Parent will use a token economy with 85% fidelity at home", "20% fidelity", "85% on 3 consecutive observations", "06/26/2026"]])
    P(doc, "Services requested: 97153 12 hours per week; 97155 2 hours per week; 97156 1 hour per week.")
    sig_line(doc, "BCBA", "Wendeline Osei, MA, BCBA", "03/30/2026")
    sig_line(doc, "Guardian", "Marco Castellano", "03/31/2026")
    save(doc, f)
    label(f, ABA, "2026-04-15", gaps=[["diagnosis-not-covered"]],
          notes="Gap: the primary diagnosis is F90.2 (ADHD) with a language disorder; no autism spectrum diagnosis, "
          "which the policy requires. Everything else complete (assessments 2 weeks old, baselines, mastery, "
          "parent goal, hours per week, period 6 months, review 179 days).")


def p31():
    f = "p31_fhir_aba_no_baselines.json"
    pat = patient(41, "Adeyemi-Larsen", ["Theo"], "2020-08-14", "UHC88104429")
    bcba = practitioner(42, "Marchetti-Obi", ["Selene"], "BCBA", npi("186609943"))
    rp = {"resourceType": "RelatedPerson", "id": fid(43), "patient": {"reference": "urn:uuid:" + pat["id"]},
          "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "MTH", "display": "mother"}]}],
          "name": [{"family": "Adeyemi-Larsen", "given": ["Folake"]}]}
    psy = practitioner(44, "Varga", ["Imre"], "PhD", npi("124458817"))
    cond = condition(45, pat["id"], "F84.0", "Autistic disorder",
                     extra={"recordedDate": "2023-11-02", "asserter": {"reference": "urn:uuid:" + psy["id"], "display": "Imre Varga, PhD, licensed psychologist"}})
    obs = {"resourceType": "Observation", "id": fid(46), "status": "final",
           "code": {"text": "VB-MAPP Milestones Assessment"}, "subject": {"reference": "urn:uuid:" + pat["id"]},
           "effectiveDateTime": "2026-04-02", "valueQuantity": {"value": 61, "unit": "milestones"}}
    g1 = goal(47, pat["id"], "Theo will mand for 20 different items or activities independently.", "2026-09-30", [cond["id"]],
              measure=("Independent mands per session", "20 different items, 80% of opportunities across 3 consecutive sessions"))
    g2 = goal(48, pat["id"], "Theo will tolerate transitions between activities without crying.", "2026-08-31", [cond["id"]],
              measure=("Transitions without crying", "9 of 10 transitions for 5 consecutive days"))
    g3 = goal(49, pat["id"], "Parent will implement a visual transition schedule with 90% fidelity.", "2026-07-31", [cond["id"]],
              measure=("Caregiver fidelity checklist", "90% across 3 consecutive observations"))
    cp = {"resourceType": "CarePlan", "id": fid(50), "status": "active", "intent": "plan", "title": "ABA treatment plan",
          "description": "Applied behavior analysis treatment for autism spectrum disorder. Authorization period 2026-04-20 to 2026-10-19. Next treatment plan review 2026-10-09.",
          "subject": {"reference": "urn:uuid:" + pat["id"]}, "period": {"start": "2026-04-20", "end": "2026-10-19"},
          "created": "2026-04-13", "author": {"reference": "urn:uuid:" + bcba["id"]},
          "addresses": [{"reference": "urn:uuid:" + cond["id"]}], "supportingInfo": [{"reference": "urn:uuid:" + obs["id"]}],
          "goal": [{"reference": "urn:uuid:" + g["id"]} for g in (g1, g2, g3)],
          "activity": [activity("97153", "Adaptive behavior treatment by protocol", "97153: 18 hours per week", 18, 1, "wk", 1, "h", "2026-04-20", "2026-10-19"),
                       activity("97155", "Adaptive behavior treatment with protocol modification", "97155: 3 hours per week", 3, 1, "wk", 1, "h", "2026-04-20", "2026-10-19"),
                       activity("97156", "Family adaptive behavior treatment guidance", "97156: 1 hour per week", 1, 1, "wk", 1, "h", "2026-04-20", "2026-10-19"),
                       {"detail": {"kind": "Appointment", "code": {"text": "Treatment plan review"}, "status": "scheduled",
                                   "description": "Treatment plan review", "scheduledPeriod": {"start": "2026-10-09"}}}]}
    prov1 = provenance(51, cp["id"], bcba["id"], "2026-04-13T17:20:00-05:00", "author")
    prov2 = provenance(52, cp["id"], rp["id"], "2026-04-14T08:45:00-05:00", "consent")
    write_json(f, {"resourceType": "Bundle", "id": fid(97), "type": "collection", "timestamp": "2026-04-14T09:00:00-05:00",
                   "entry": [ent(r) for r in (pat, bcba, rp, psy, cond, obs, g1, g2, g3, cp, prov1, prov2)]})
    label(f, ABA, "2026-05-01", gaps=[["baseline-missing"]],
          unsure=["signature-missing", "review-date-missing", "review-interval-exceeded", "field-missing"],
          notes="Gap: no goal records a baseline (current level); targets and mastery criteria are given. FHIR R4 "
          "Bundle: Condition with asserter/recordedDate (who diagnosed and when), VB-MAPP Observation 11 days before "
          "the plan, Goal.target measure/detailString as mastery, activities with CPT and 18/3/1 hours per week, a "
          "scheduled review activity, BCBA and mother sign via Provenance. Unsure: how FHIR review dates, signatures, "
          "diagnosed-by and mastery criteria are read (those kinds left out).")


def p32():
    f = "p32_aba_parent_training_heading.docx"
    doc = new_doc("ABA Treatment Plan", landscape=True)
    header_footer(doc, header="Tidewater ABA Collaborative — Treatment Plan — CONFIDENTIAL",
                  footer="Client: Amara Lindqvist-Oyelowo · Member ID 88213-ZK-4 · Page 1")
    P(doc, "Client: Amara Lindqvist-Oyelowo    DOB: 01/25/2021    Member ID: 88213-ZK-4    Plan date: 05/11/2026")
    P(doc, "Authorization period: 05/18/2026 – 11/17/2026.   Re-assessment and plan review: 11/06/2026.")
    P(doc, "Diagnosis: F84.0 Autistic disorder — diagnosed 07/08/2024 by Beatrix Omondi, PsyD (licensed psychologist).")
    P(doc, "Standardized assessments: VB-MAPP 04/27/2026 (Milestones 88); Vineland-3 04/29/2026 (ABC 67).")
    t = table(doc, ["Domain", "Goal", "Baseline", "Mastery", "Target date"], [
        ["Language", "Answer 'wh-' questions about a picture (who, what, where).", "20% correct", "80% across 3 consecutive sessions", "09/30/2026"],
        ["", "Tact 50 common items.", "18 items", "50 items, 90% on 2 consecutive probes", "10/30/2026"],
        ["Daily living", "Wash hands (7-step task analysis) independently.", "2 of 7 steps", "7 of 7 steps on 5 consecutive days", "08/31/2026"]])
    vmerge(t, 0, 1, 2)
    H(doc, "Parent Training", 2)
    for g in ["Mother will prompt and reinforce hand-washing steps with 90% fidelity across 3 consecutive observed sessions "
              "by 08/31/2026 (baseline 35% fidelity); mastery: 90% fidelity on 3 consecutive observations.",
              "Father will run a 10-minute tacting game at home 4 days per week, per home data sheet, by 07/31/2026 "
              "(baseline 0 days per week); mastery: 4 days/week for 3 consecutive weeks."]:
        P(doc, g, style="List Bullet")
    P(doc, "Services requested", bold=True)
    for s in ["97153 adaptive behavior treatment by protocol: 15 hours per week", "97155 protocol modification: 2.5 hours per week",
              "97156 family guidance: 1 hour per week"]:
        P(doc, s, style="List Bullet")
    sig_line(doc, "Supervising BCBA", "Cormac Delacroix, MS, BCBA-D  /es/", "05/11/2026 6:02 PM EDT")
    sig_line(doc, "Parent/Guardian", "Signe Lindqvist", "05/13/2026")
    save(doc, f)
    label(f, ABA, "2026-06-01", notes="Clean. Landscape; identifiers in the body line and in the footer; goal table "
          "with a vertically merged domain cell; caregiver goals as bullets under a 'Parent Training' heading, each "
          "with baseline and mastery; period 05/18-11/17/2026 (6 months); review 179 days after the plan date. "
          "BCBA-D credential; '/es/' with time zone.")

# ============================================================ SUD
def sud_sigs(doc, rows):
    table(doc, ["Role", "Printed name / credential", "Signature", "Date / time"], rows, size=9)


def p33():
    f = "p33_sud_ny_master_treatment_plan.docx"
    doc = new_doc("Master Treatment Plan", landscape=True, size=9)
    P(doc, "HUDSON HIGHLANDS RECOVERY CENTER — OASAS-certified Inpatient Rehabilitation (Part 818)", bold=True)
    P(doc, "MASTER TREATMENT PLAN", bold=True, size=12)
    kv(doc, [("Patient", "Desmond Achterberg-Nolan"), ("DOB", "12/19/1984"), ("Medicaid CIN", "KX44719Q"),
             ("Admission", "02/02/2026 10:45 PM"), ("Plan date", "02/06/2026"), ("Level of care", "Inpatient rehabilitation"),
             ("Diagnoses", "F10.20 Alcohol dependence, uncomplicated\nF12.20 Cannabis dependence, uncomplicated"),
             ("Estimated length of stay", "28 days")], cols=4)
    P(doc)
    table(doc, ["Problem", "Goal", "Objective", "Intervention", "Staff", "Target Date"], [
        ["1. Alcohol use: daily drinking of 12+ beers for 6 years; withdrawal on admission.",
         "Maintain abstinence from alcohol and plan for continuing care.",
         "1a. Identify 5 personal relapse triggers and a coping response for each, written in workbook.",
         "Individual counseling 2x/week (45 min); relapse-prevention group daily Mon-Fri (60 min).",
         "Primary counselor (CASAC)", "02/16/2026"],
        ["", "", "1b. Attend 4 mutual-help meetings per week on unit (sign-in log).",
         "On-site AA/SMART meetings, 4x/week.", "Recovery coach", "02/27/2026"],
        ["2. Cannabis use nightly to sleep.", "Sleep without cannabis.",
         "2a. Sleep 6+ hours on 5 of 7 nights per nursing sleep log, without substances.",
         "Sleep hygiene education 1x/week; nursing assessment nightly.", "RN", "02/20/2026"],
        ["3. No housing after discharge.", "Secure sober housing.",
         "3a. Complete 2 recovery-residence applications.", "Case management 2x/week (30 min).", "Case manager", "02/25/2026"]])
    P(doc)
    sud_sigs(doc, [["Responsible clinical staff member", "Rosalind Ekwueme, CASAC", "/es/", "02/06/2026 3:15 PM"],
                   ["Physician review", "Tadeusz Marchetti, MD  NPI " + npi("176608210"), "[signature image]", "02/09/2026 9:40 AM"],
                   ["Patient", "Desmond Achterberg-Nolan", "signed", "02/06/2026"]])
    save(doc, f)
    label(f, BTP, "2026-02-20", state="ny-oasas-818",
          notes="Clean. Landscape residential Master Treatment Plan: Problem/Goal/Objective/Intervention/Staff/Target "
          "Date columns with long wrapping cells and blank continuation cells, admission time in 12-hour clock, "
          "signature table. Admission 02/02 -> plan 02/06 (4 days), physician MD review 02/09 (7 days).")


def p34():
    f = "p34_sud_ny_late_physician.docx"
    doc = new_doc("Treatment Plan", font="Arial", size=9)
    for line in ["Saranac Ridge Treatment Services — EHR: ClearChart v9", "TREATMENT PLAN (INITIAL)       Printed 04/01/2026 08:03 EDT by user mreyes"]:
        P(doc, line, bold=True)
    P(doc, "Patient: Lorelei Vandenberg-Osei   DOB: 08/04/1991   Medicaid ID: QT88510L   Admit: 03/10/2026 14:22 EDT")
    P(doc, "Program: Inpatient rehabilitation (Part 818)   Plan date: 03/15/2026   Expected length of stay: 21-28 days")
    P(doc, "Dx: F11.20 Opioid dependence, uncomplicated; F15.20 Other stimulant dependence, uncomplicated")
    P(doc, "---- PROBLEM 1: Opioid use disorder ----")
    P(doc, "Goal: Remain free of non-prescribed opioids and start MOUD before discharge.")
    P(doc, "Obj 1.1: Accept buprenorphine induction and report cravings at 3/10 or less on daily check-ins by 03/24/2026.")
    P(doc, "Methods: medication evaluation by physician; individual counseling 2x/week; MOUD education group 3x/week.")
    P(doc, "---- PROBLEM 2: Stimulant use ----")
    P(doc, "Goal: Develop a relapse-prevention plan for methamphetamine use.")
    P(doc, "Obj 2.1: Complete a written relapse-prevention plan reviewed with counselor by 03/31/2026.")
    P(doc, "Methods: CBT relapse-prevention group daily; contingency management 3x/week.")
    P(doc, "---- SIGNATURES ----")
    P(doc, "Primary counselor: Abelard Nkosi, CASAC-T — e-signed 03/15/2026 17:05 EDT")
    P(doc, "Patient: Lorelei Vandenberg-Osei — signed 03/15/2026 17:10 EDT")
    P(doc, "Physician: Imogen Castellanos, DO (NPI " + npi("162279934") + ") — e-signed 03/24/2026 16:52 EDT")
    save(doc, f)
    label(f, BTP, "2026-04-01", state="ny-oasas-818", gaps=[["signature-late"]],
          notes="Gap: the physician signed on 03/24/2026, 14 days after admission (03/10/2026); Part 818 requires "
          "review and signature within 10 days. EHR printout style with dashed section headers, user name and "
          "time stamps with time zones. Plan 5 days after admission (timely).")


def p35():
    f = "p35_sud_fl_residential_formfields.docx"
    doc = new_doc("Individualized Treatment Plan")
    P(doc, "Gulf Breeze Recovery Residence — Individualized Treatment Plan (65D-30.0044)", bold=True)
    for k, v in [("Client name", "Percival Oyelaran-Stone"), ("Date of birth", "05/05/1979"), ("Medicaid / member ID", "FL8830127741"),
                 ("Date of admission/placement", "01/05/2026"), ("Level of care", "Residential Level 2"),
                 ("Plan completed", "01/14/2026"), ("Diagnosis", "F14.20 Cocaine dependence, uncomplicated; F10.20 Alcohol dependence, uncomplicated")]:
        p = P(doc)
        run(p, k + ": ", bold=True)
        formtext(p, re.sub(r"\W", "", k)[:18], v)
    P(doc, "Goals, measurable objectives, services", bold=True)
    table(doc, ["Goal", "Objective (measurable, behavioral)", "Expected completion", "Service / frequency"], [
        ["Abstain from cocaine and alcohol.", "Produce negative urine drug screens on 8 of 8 random tests.", "03/02/2026",
         "Random UDS 2x/week; individual counseling (H0004) 1x/week, 50 min"],
        ["", "Name 4 high-risk situations and a written plan for each.", "02/09/2026", "Relapse-prevention group (H0005) 5x/week"],
        ["Repair family relationships.", "Participate in 3 family sessions with mother.", "03/16/2026", "Family counseling 1x every 2 weeks"],
        ["Prepare for employment.", "Submit 5 job applications and attend 1 job interview.", "03/30/2026", "Vocational group 2x/week"]])
    P(doc, "Attestations", bold=True)
    p = P(doc)
    checkbox(p, "Att1", True)
    run(p, " Client participated in developing this plan and received a copy.")
    sud_sigs(doc, [["Client", "Percival Oyelaran-Stone", "signed", "01/14/2026"],
                   ["Primary counselor", "Delphine Ruiz-Abara, CAP", "/es/", "01/14/2026"],
                   ["Qualified professional (countersign)", "Augustin Meyer-Obi, LMHC", "/es/", "01/16/2026"]])
    save(doc, f)
    label(f, BTP, "2026-02-01", state="fl-65d-30",
          notes="Clean. Florida residential level 2: header values in FORMTEXT fields, FORMCHECKBOX attestation, "
          "goal/objective/completion/service-frequency table ('1x every 2 weeks'), signature table. Admission 01/05 "
          "-> plan 01/14 (9 days, limit 15); countersigned 2 days after the plan.")


def p36():
    f = "p36_sud_fl_intensive_inpatient_late_vague.docx"
    doc = new_doc("Treatment Plan")
    P(doc, "Seagrass Detox & Intensive Inpatient Program", bold=True, size=12)
    kv(doc, [("Client", "Anselm Rutherford-Diallo"), ("DOB", "09/01/1988"), ("Member ID", "SNX4410298"),
             ("Admitted", "04/01/2026"), ("Level of care", "Intensive Inpatient"), ("Plan date", "04/06/2026"),
             ("Diagnoses", "F11.23 Opioid dependence with withdrawal; F13.20 Sedative, hypnotic or anxiolytic dependence, uncomplicated")], cols=4)
    P(doc)
    P(doc, "Goal 1: Complete medically monitored withdrawal and engage in ongoing treatment.", bold=True)
    P(doc, "Objective 1A: Client will gain insight into relapse triggers by 04/30/2026.", style="List Bullet")
    P(doc, "Objective 1B: Client will attend 10 of 10 scheduled groups per week (attendance log) by 04/20/2026.", style="List Bullet")
    P(doc, "Goal 2: Leave with an aftercare plan.", bold=True)
    P(doc, "Objective 2A: Schedule an intake appointment with an outpatient MOUD provider before discharge, by 04/24/2026.", style="List Bullet")
    P(doc, "Services: nursing withdrawal monitoring every 4 hours (COWS); individual counseling 3x/week, 45 min; "
           "group therapy 2x/day; case management 2x/week.")
    sud_sigs(doc, [["Client", "Anselm Rutherford-Diallo", "signed", "04/06/2026"],
                   ["Counselor", "Marguerite Osei-Lindahl, CAP", "/es/", "04/06/2026"]])
    save(doc, f)
    label(f, BTP, "2026-04-20", state="fl-65d-30", gaps=[["plan-late"], ["objective-not-measurable"]],
          notes="Gaps: (1) intensive inpatient plan due within 3 days; admitted 04/01, plan 04/06 (5 days); "
          "(2) Objective 1A 'gain insight into relapse triggers' names nothing measurable. Layout: 4-column grid, "
          "bold goals with bulleted objectives, services in one sentence, signature table.")


def p37():
    f = "p37_sud_ca_ntp_maintenance.docx"
    doc = new_doc("NTP Treatment Plan")
    P(doc, "Golden Poppy Narcotic Treatment Program — Initial Maintenance Treatment Plan", bold=True)
    P(doc, "Patient: Evangelina Moreau-Tafoya    DOB: 1986-02-28    Medi-Cal CIN: 91288374A", bold=False)
    P(doc, "Admission (start of maintenance): May 4, 2026    Plan effective date: May 26, 2026    Next plan update due: Aug 3, 2026")
    P(doc, "Diagnosis: F11.20 Opioid dependence, uncomplicated")
    P(doc, "Long-term goal: Stable recovery with no illicit opioid use and full-time employment within 12 months.", bold=True)
    P(doc, "Short-term goals (each 90 days or less):", bold=True)
    for o in ["Provide 4 consecutive monthly urine samples negative for illicit opioids and fentanyl by 08/03/2026.",
              "Attend counseling 4 of 4 sessions each month (minimum 50 minutes per month) through 08/03/2026.",
              "Obtain a primary care appointment and hepatitis C screening by 07/01/2026.",
              "Reach a stable methadone dose with no withdrawal symptoms (COWS under 5) by 06/30/2026."]:
        P(doc, o, style="List Number")
    P(doc, "Services: methadone dosing (H0020) daily, observed; individual counseling (H0004) weekly, 50 min; "
           "medical review monthly.")
    sud_sigs(doc, [["Primary counselor", "Rafaela Quintero, RADT-II", "/es/", "05/26/2026"],
                   ["Supervising counselor", "Lionel Bancroft, CADC-III", "/es/", "05/29/2026"],
                   ["Medical director", "Ximena Oduya, MD  NPI " + npi("149987762"), "[signature image]", "06/02/2026"],
                   ["Patient", "Evangelina Moreau-Tafoya", "signed", "05/26/2026"]])
    save(doc, f)
    label(f, BTP, "2026-06-15", state="ca-title9-ntp",
          notes="Clean. Admission 05/04 -> plan 05/26 (22 days, limit 28); next update 08/03/2026 = 91 days after "
          "admission (limit 92); supervising counselor 3 days and medical director 7 days after the plan (limit 14). "
          "Month-name dates and ISO birth date, Word-numbered short-term goals each with a date.")


def p38():
    f = "p38_sud_ca_ntp_no_review_date.docx"
    doc = new_doc("NTP Treatment Plan")
    header_footer(doc, header="Coastal Range OTP · Patient: Florian Achebe-Marsh · DOB 10/10/1975 · Medi-Cal 55102938F")
    H(doc, "Treatment Plan — Narcotic Treatment Program", 1)
    P(doc, "Admission date: 02/09/2026. Treatment plan date: 03/02/2026.")
    P(doc, "Diagnosis: F11.20 Opioid dependence, uncomplicated; F17.210 Nicotine dependence, cigarettes, uncomplicated")
    table(doc, ["Goal", "Short-term goal", "Target date"], [
        ["Stop illicit opioid use", "Two consecutive monthly urine tests negative for fentanyl", "05/01/2026"],
        ["", "Attend weekly counseling 4 of 4 weeks per month", "05/29/2026"],
        ["Reduce smoking", "Cut cigarettes from 20 to 10 per day (self-report and CO monitor)", "05/15/2026"]])
    P(doc, "Services: buprenorphine (H0033) daily dosing; counseling 50 min weekly (H0004).")
    sud_sigs(doc, [["Counselor", "Bartholomew Iyer, SUDCC", "/es/", "03/02/2026"],
                   ["Supervising counselor", "Odalys Serrano, LAADC", "/es/", "03/06/2026"],
                   ["Medical director", "Konrad Abiodun, DO", "/es/", "03/09/2026"]])
    save(doc, f)
    label(f, BTP, "2026-03-20", state="ca-title9-ntp", gaps=[["review-date-missing"]],
          unsure=["review-interval-exceeded", "review-overdue"],
          notes="Gap: the plan never states when it will next be updated or reviewed (required at least every 3 "
          "months). Identifiers only in the header, heading style, goal table. Plan 21 days after admission; "
          "countersignatures 4 and 7 days after the plan. Unsure how the interval rules react to no review date.")


def p39():
    f = "p39_native_tx_client_undated.yaml"
    plan = {
        "schema": "authcheck-plan/1",
        "patient": {"name": "Ysolde Barrientos-Kaye", "birth_date": "1993-07-21", "member_id": "TXM0048821937"},
        "payer": "Texas Medicaid managed care",
        "program": "Chemical dependency treatment facility - intensive residential",
        "discipline": "sud",
        "level_of_care": "Intensive residential",
        "admission_date": "2026-04-06",
        "plan_date": "2026-04-10",
        "expected_duration": "30 days (projected length of stay)",
        "providers": [{"name": "Caleb Osterhout", "credential": "LCDC", "npi": npi("197743016"), "role": "counselor",
                       "organization": "Brazos Bend Recovery Center"}],
        "diagnoses": [{"code": "F15.20", "description": "Other stimulant dependence, uncomplicated", "primary": True}],
        "problems": [
            {"statement": "Methamphetamine use daily for 3 years",
             "goals": [{"statement": "Maintain abstinence from methamphetamine.",
                        "objectives": [
                            {"statement": "Identify 5 triggers and a coping skill for each, written in the recovery workbook.",
                             "target_date": "2026-04-24",
                             "interventions": [{"description": "Relapse-prevention group", "frequency": "5x/week", "amount": "60 minutes"}]},
                            {"statement": "Provide negative urine drug screens on 4 of 4 weekly tests.", "target_date": "2026-05-06",
                             "interventions": [{"description": "Urine drug screen", "frequency": "weekly"}]}]}]},
            {"statement": "Unemployed, no sober support network",
             "goals": [{"statement": "Build a sober support network.",
                        "objectives": [{"statement": "Attend 3 NA meetings per week and obtain a sponsor's phone number.",
                                        "target_date": "2026-05-01",
                                        "interventions": [{"description": "Individual counseling", "frequency": "2x/week",
                                                           "amount": "50 minutes", "service_code": "H0004"}]}]}]}],
        "signatures": [
            {"role": "clinician", "name": "Caleb Osterhout", "credential": "LCDC", "date": "2026-04-10", "method": "electronic"},
            {"role": "client", "name": "Ysolde Barrientos-Kaye", "method": "handwritten"}],
    }
    with open(os.path.join(OUT, f), "w", encoding="utf-8") as fh:
        fh.write("# Invented plan (blind_plans_7). Texas chemical dependency treatment facility.\n")
        yaml.safe_dump(plan, fh, sort_keys=False, allow_unicode=True, width=110)
    label(f, BTP, "2026-05-10", state="tx-26tac-564", gaps=[["signature-missing"]],
          notes="Gap: the client signed but did not date the plan (26 TAC 564.804: client signs and dates). Native "
          "authcheck YAML; interventions nested under objectives with frequencies; projected length of stay 30 days.")


def p40():
    f = "p40_sud_tx_iop_comments_bullets.docx"
    doc = new_doc("Treatment Plan")
    header_footer(doc, header="Llano Estacado Recovery Services — Intensive Outpatient",
                  footer="Client: Horatio Villanueva-Stark | DOB 02/02/1982 | Member ID TXC-7720-4419 | CONFIDENTIAL 42 CFR Part 2")
    P(doc, "INDIVIDUALIZED TREATMENT PLAN", bold=True, size=13)
    P(doc, "Admission: 02/02/2026     Plan date: 02/05/2026     Projected length of stay: 12 weeks (through 04/30/2026)")
    P(doc, "Diagnosis: F10.20 Alcohol dependence, uncomplicated")
    P(doc, "Problem 1 — Alcohol use", bold=True)
    p = P(doc, "Goal 1: Stay sober and keep his commercial driver's license.")
    comment(doc, p.runs[0], "Client chose this wording himself.", "A. Ferris", "AF")
    for o in ["Objective 1.1: Report 0 drinking days per week on the weekly timeline follow-back for 8 consecutive weeks by 04/02/2026.",
              "Objective 1.2: Blow 0.00 on 12 of 12 random breathalyzer tests by 04/23/2026.",
              "Objective 1.3: List 3 warning signs of relapse and 1 action for each, by 02/26/2026."]:
        P(doc, o, style="List Bullet")
    P(doc, "Strategies", bold=True)
    for s in ["IOP group (H0015), 3 hours per day, 3 days per week (Mon/Wed/Thu)", "Individual counseling (H0004), 50 min, every 2 weeks",
              "Random breathalyzer, 1-2x/week", "Family education night, 1x/month"]:
        P(doc, s, style="List Number")
    sud_sigs(doc, [["Client", "Horatio Villanueva-Stark", "signed", "02/05/2026"],
                   ["Counselor", "Annaliese Ferris, LCDC  NPI " + npi("183329567"), "/es/", "02/05/2026 11:20 AM CST"]])
    save(doc, f)
    label(f, BTP, "2026-03-05", state="tx-26tac-564",
          notes="Clean. Texas IOP plan: identifiers only in header/footer, a Word comment on Goal 1, bulleted "
          "objectives with target dates, Word-numbered strategies with frequencies ('3 days per week', 'every 2 "
          "weeks', '1-2x/week', '1x/month'), projected length of stay 12 weeks, client and counselor sign and date.")


def main():
    for fn in [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20,
               p21, p22, p23, p24, p25, p26, p27, p28, p29, p30, p31, p32, p33, p34, p35, p36, p37, p38, p39, p40]:
        fn()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(f"wrote {len(LABELS)} plans")


if __name__ == "__main__":
    main()
