"""Blind plan set 30: a mixed month of plans from many small practices and agencies.

Deterministic: run with /work/main/.venv/bin/python make_plans.py (from any folder).
Writes every plan file and labels.json next to this script. Everything is invented.
"""
import io
import json
import re
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Inches, RGBColor

OUT = Path(__file__).resolve().parent
LABELS = []
FIXED = datetime(2026, 1, 2, 9, 0, 0)

# ---------------------------------------------------------------- kinds by profile (error/warning only)
# from `authcheck profiles show ID --resolved --as-of 2026-03-01` (readability and info kinds left out)
BASE = {"field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
        "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid"}
KINDS = {
    "base-treatment-plan": BASE,
    "medicare-psychotherapy": BASE | {"credential-missing", "signature-missing", "duration-exceeds-limit",
                                      "duration-missing", "goal-not-measurable", "goal-missing",
                                      "intervention-missing", "objective-not-measurable",
                                      "objective-not-time-bound", "plan-outdated", "amount-missing",
                                      "frequency-missing"},
    # service-amount is info here: amount-missing is not listed
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


def label(file, payer, states, as_of, gaps, notes, unsure=()):
    kinds = set(KINDS[payer])
    for s in states:
        kinds |= KINDS[s]
    gap_kinds = {k for g in gaps for k in g}
    for k in gap_kinds:
        assert k in kinds, (file, k)
    cw = ["--payer", payer]
    for s in states:
        cw += ["--state", s]
    cw += ["--as-of", as_of.isoformat()]
    LABELS.append({
        "file": file,
        "check_with": cw,
        "must_report": [list(g) for g in gaps],
        "must_not_report": sorted(kinds - gap_kinds - set(unsure)),
        "notes": notes,
    })


# ---------------------------------------------------------------- small utilities
def npi(base9):
    """Return a 10-digit NPI with a valid Luhn check digit over the 80840 prefix."""
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n):
    return npi(n[:9]) == n


def D(y, m, d):
    return date(y, m, d)


def days(a, b):
    return (b - a).days


def us(d):
    return d.strftime("%m/%d/%Y")


def short(d):
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def longd(d):
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def abbr(d):
    return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")


def dmy(d):
    return f"{d.day} {d.strftime('%B %Y')}"


def iso(d):
    return d.isoformat()


def dash(d):
    return d.strftime("%m-%d-%Y")


BOX_ON, BOX_OFF = "\u2612", "\u2610"


def new_doc(font="Calibri", size=10, margins=0.8, landscape=False):
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


def P(doc_or_cell, parts, bold=False, size=None, align=None, italic=False, style=None, space_after=None):
    """parts: str or list of (text, bold) tuples."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, bold)]
    for text, b in parts:
        r = p.add_run(text)
        r.bold = b
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def LV(doc_or_cell, lab, val, sep=": "):
    return P(doc_or_cell, [(lab + sep, True), (val, False)])


def H(doc, text, level=1):
    return doc.add_heading(text, level=level)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n") if isinstance(text, str) else [text]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def T(container, rows, style="Table Grid", header_bold=True, first_col_bold=False, size=None):
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j in range(ncols):
            v = row[j] if j < len(row) else ""
            cell_text(t.cell(i, j), v, bold=(header_bold and i == 0) or (first_col_bold and j == 0), size=size)
    return t


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def merge_row(t, r, text, bold=True, fill=None):
    c = t.cell(r, 0).merge(t.cell(r, len(t.columns) - 1))
    cell_text(c, text, bold=bold)
    if fill:
        shade(c, fill)
    return c


def header_text(doc, text, footer=None):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = text
    if footer:
        sec.footer.paragraphs[0].text = footer


def textbox(doc, lines, width_pt=230, height_pt=110, bold_first=True):
    """A floating VML text box anchored in its own paragraph (as old Word templates have)."""
    paras = []
    for i, line in enumerate(lines):
        esc = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        b = "<w:rPr><w:b/></w:rPr>" if (bold_first and i == 0) else ""
        paras.append(f"<w:p><w:r>{b}<w:t xml:space=\"preserve\">{esc}</w:t></w:r></w:p>")
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:shape id="tb{len(lines)}{width_pt}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:right" strokeweight="0.75pt">'
        f'<v:textbox><w:txbxContent>{"".join(paras)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def sdt_run(p, text, tag="field"):
    """A plain-text content control around a run inside paragraph p."""
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:text/></w:sdtPr>'
           f'<w:sdtContent><w:r><w:t xml:space="preserve">{esc}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(parse_xml(xml))


def sdt_field(doc, lab, value, tag):
    p = doc.add_paragraph()
    r = p.add_run(lab + " ")
    r.bold = True
    sdt_run(p, value, tag)
    return p


def ins_run(p, text, author="Front Desk"):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    xml = (f'<w:ins {nsdecls("w")} w:id="{sum(map(ord, text)) % 1000 + 100}" w:author="{author}" '
           f'w:date="2026-01-02T09:00:00Z"><w:r><w:t xml:space="preserve">{esc}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(xml))


def del_run(p, text, author="Front Desk"):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    xml = (f'<w:del {nsdecls("w")} w:id="{len(text) + 900}" w:author="{author}" '
           f'w:date="2026-01-02T09:00:00Z"><w:r><w:delText xml:space="preserve">{esc}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(xml))


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(doc, name, title="Treatment Plan"):
    cp = doc.core_properties
    cp.author = "Practice Staff"
    cp.last_modified_by = "Practice Staff"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.endswith(".xml"):
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2026-01-02T09:00:00Z"', data)
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    (OUT / name).write_bytes(out.getvalue())


CRISIS = ("If you are in crisis, call or text 988 (Suicide & Crisis Lifeline) or go to the nearest "
          "emergency room. For after-hours needs call the on-call clinician through the main office line.")
CONSENT = ("I have participated in developing this plan. I understand the services recommended, the risks and "
           "benefits, and that I may refuse or withdraw from treatment at any time. I have received a copy of "
           "the Notice of Privacy Practices and the client rights statement.")


# ================================================================ medicare-psychotherapy
def d01():
    # all-prose letter to the referring physician, clean
    pd, asof = D(2026, 3, 4), D(2026, 3, 20)
    tg = D(2026, 6, 3)
    assert days(pd, tg) == 91
    doc = new_doc(font="Georgia", size=11, margins=1.0)
    P(doc, "Harbor Light Counseling, PLLC", bold=True, size=14)
    P(doc, "418 Wharf Street, Suite 2 · Bayonne · Tel. 201-555-0148", size=9)
    P(doc, longd(pd))
    P(doc, "Dr. Leonard Farris\nFarris Family Medicine\n77 Kennedy Blvd")
    P(doc, [("Re: ", True), ("Mrs. Rosalind Okafor, born 09/14/1957, Medicare MBI 4TX9-QP2-KM61", False)])
    P(doc, "Dear Dr. Farris,")
    P(doc, "Thank you for referring Mrs. Okafor. I completed her diagnostic evaluation on 02/25/2026 and we "
           "established the following plan of treatment together today. She presents with a second episode of "
           "low mood since her husband's death last spring, poor sleep, and withdrawal from church and family "
           "activities. Her PHQ-9 at intake was 16.")
    P(doc, "Her diagnosis is major depressive disorder, recurrent, moderate (F33.1). There is no history of "
           "psychosis or mania and she denies suicidal intent; a safety plan is on file.")
    P(doc, "The goal of treatment is for Mrs. Okafor to return to her usual activities with a stable mood. "
           f"By {longd(tg)} she will lower her PHQ-9 score from 16 to 9 or below. By the same date she will "
           "attend church or a family gathering at least 2 times per week, as recorded in her weekly activity "
           "log, up from none at present. By that date she will also sleep at least 6 hours on 5 of 7 nights, as tracked in "
           "her sleep diary.")
    P(doc, "I will see her for individual psychotherapy (CPT 90837), 53-minute sessions once a week, using "
           "cognitive behavioral therapy with behavioral activation and grief-focused work. I expect treatment "
           "to last about 6 months, through early September 2026, and we will review the plan and her scores "
           "every 90 days.")
    P(doc, "Please call me with any questions. A copy of this plan has been given to Mrs. Okafor.")
    P(doc, "Sincerely,")
    P(doc, "Electronically signed by Naomi Castellanos, LCSW on " + us(pd))
    P(doc, "Naomi Castellanos, LCSW\nLicensed Clinical Social Worker · NPI " + npi("164839275"))
    P(doc, "cc: patient chart", italic=True, size=8)
    save(doc, "d01_letter_psychotherapy.docx")
    label("d01_letter_psychotherapy.docx", "medicare-psychotherapy", [], asof, [],
          "Clean. All-prose letter to the referring physician; goals/objectives in a paragraph, service in prose, "
          "e-signature line at the end.")


def d02():
    # psych + PA, all-table form, clean
    adm, pd, asof = D(2026, 2, 9), D(2026, 3, 2), D(2026, 3, 23)
    assert days(adm, pd) == 21 <= 30
    doc = new_doc(font="Arial", size=9, margins=0.6)
    t = T(doc, [["KEYSTONE VALLEY BEHAVIORAL HEALTH CLINIC — INDIVIDUALIZED TREATMENT PLAN", "", "", ""],
                ["Individual", "Terrence J. Whitlock", "DOB", "06/02/1961"],
                ["Medicare #", "7MN2-RT4-YH83", "Record #", "KVB-20417"],
                ["Intake date", us(adm), "Plan date", us(pd)],
                ["Program", "Licensed outpatient clinic", "Expected duration", "6 months (through 09/01/2026)"]],
          header_bold=False, first_col_bold=False)
    merge_row(t, 0, "KEYSTONE VALLEY BEHAVIORAL HEALTH CLINIC — INDIVIDUALIZED TREATMENT PLAN", fill="BFBFBF")
    for r in range(1, 5):
        for c in (0, 2):
            shade(t.cell(r, c), "EDEDED")
    P(doc, "")
    T(doc, [["ICD-10-CM", "Diagnosis", "Primary"],
            ["F41.1", "Generalized anxiety disorder", "X"],
            ["F51.01", "Primary insomnia", ""]])
    P(doc, "")
    t = T(doc, [["#", "Goal / Objective", "Measure", "Target date"],
                ["Goal 1", "Terrence will worry less so that he can drive to appointments and shop on his own.", "GAD-7", ""],
                ["1a", "Reduce GAD-7 from 15 to 7 or below.", "GAD-7 monthly", "06/01/2026"],
                ["1b", "Drive alone to the grocery store at least 2 times per week.", "Self-report log", "06/01/2026"],
                ["Goal 2", "Terrence will get restful sleep most nights.", "Sleep diary", ""],
                ["2a", "Sleep 6 or more hours on at least 5 of 7 nights.", "Sleep diary", "06/01/2026"]])
    P(doc, "")
    T(doc, [["Modality / service", "CPT", "Session length", "Frequency", "Staff"],
            ["Individual psychotherapy (CBT for anxiety, CBT-I)", "90834", "45 minutes", "1x per week", "Therapist"],
            ["Medication management", "99213", "15 minutes", "Every 4 weeks", "Psychiatrist"]])
    P(doc, "")
    T(doc, [["Signatures", "Name / credential", "Date"],
            ["Individual", "Terrence J. Whitlock (signed)", us(pd)],
            ["Mental health professional", "Dana Pruitt, LPC", us(pd)],
            ["Approving psychiatrist", "Harold Zeng, MD", us(D(2026, 3, 5))]])
    P(doc, "Next plan review: 06/01/2026", size=8)
    save(doc, "d02_tableform_psych_pa.docx")
    label("d02_tableform_psych_pa.docx", "medicare-psychotherapy", ["pa-55-5200"], asof, [],
          "Clean. All-table form (merged title row, shaded label cells, signature table with psychiatrist approval).")


def d03():
    # outline numbered, diagnosis category only (F43.2)
    pd, asof = D(2026, 3, 10), D(2026, 3, 27)
    doc = new_doc(font="Times New Roman", size=11)
    P(doc, "Maple Row Psychological Associates", bold=True, align="c", size=13)
    P(doc, "TREATMENT PLAN", bold=True, align="c")
    P(doc, "I.  IDENTIFYING INFORMATION", bold=True)
    P(doc, "    A. Patient: Everett L. Danforth")
    P(doc, "    B. Date of birth: " + abbr(D(1952, 11, 30)))
    P(doc, "    C. Medicare Beneficiary Identifier: 2HK7-WE5-PN19")
    P(doc, "    D. Date plan established: " + abbr(pd))
    P(doc, "II.  DIAGNOSIS", bold=True)
    P(doc, "    A. F43.2  Adjustment disorder, following relocation to assisted living")
    P(doc, "III. PROBLEMS, GOALS AND OBJECTIVES", bold=True)
    P(doc, "    A. Problem: tearfulness, irritability with staff, isolation in room since the move in January.")
    P(doc, "        1. Goal: Mr. Danforth will adjust to his new home and take part in community life.")
    P(doc, "            a. Objective: attend at least 3 group activities per week, per activity staff sign-in, by 06/10/2026.")
    P(doc, "            b. Objective: reduce staff-reported irritable episodes from about 5 per week to 1 or fewer per week by 06/10/2026.")
    P(doc, "            c. Objective: name 2 things he values about the new setting in session, by 04/30/2026.")
    P(doc, "IV.  TREATMENT", bold=True)
    P(doc, "    A. Type: individual supportive and problem-solving psychotherapy, CPT 90834.")
    P(doc, "    B. Amount: 45-minute sessions.  C. Frequency: weekly.  D. Duration: 4 months (through 07/10/2026).")
    P(doc, "V.   SIGNATURE", bold=True)
    P(doc, "    Gretchen Abernethy, PsyD, Licensed Psychologist            Date: " + abbr(pd))
    save(doc, "d03_outline_psych.docx")
    label("d03_outline_psych.docx", "medicare-psychotherapy", [], asof, [["diagnosis-code-not-billable"]],
          "Gap: diagnosis coded only as the category F43.2 (needs F43.20-F43.29). Layout: roman/letter outline numbering.")


def d04():
    # two-column layout (section with 2 text columns), no session length
    pd, asof = D(2026, 3, 12), D(2026, 4, 1)
    doc = new_doc(font="Calibri", size=10)
    P(doc, "RIVERSTONE WELLNESS — Outpatient Plan of Care", bold=True, size=13)
    P(doc, f"Client: Marguerite Soliz    DOB: 02/19/1949    MBI: 5RW3-KD8-TT42    Date: {us(pd)}")
    sectPr = doc.sections[0]._sectPr
    # new continuous section with two columns
    new_sec = doc.add_section(0)  # WD_SECTION.CONTINUOUS == 0
    cols = new_sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        new_sec._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "432")
    H(doc, "Diagnosis", 2)
    P(doc, "F33.1 Major depressive disorder, recurrent, moderate")
    H(doc, "Presenting concerns", 2)
    P(doc, "Low mood, hopelessness after hip fracture, stopped seeing friends, PHQ-9 of 18 on 03/05/2026.")
    H(doc, "Goal", 2)
    P(doc, "Ms. Soliz will feel hopeful and resume social contact.")
    H(doc, "Objectives", 2)
    P(doc, "1. PHQ-9 below 10 by 06/12/2026.")
    P(doc, "2. Phone or visit a friend at least 3 times a week by 05/15/2026 (weekly log).")
    P(doc, "3. Complete 2 pleasant activities per day on 5 of 7 days by 06/12/2026.")
    H(doc, "Treatment", 2)
    P(doc, "Individual psychotherapy (CPT 90834), CBT and behavioral activation, 45-minute sessions, "
           "for 16 weeks.")
    H(doc, "Clinician", 2)
    P(doc, f"Signed: Alondra Whitfield, LMFT   {us(pd)}")
    sec3 = doc.add_section(0)
    c3 = sec3._sectPr.find(qn("w:cols"))
    if c3 is None:
        c3 = OxmlElement("w:cols")
        sec3._sectPr.append(c3)
    c3.set(qn("w:num"), "1")
    P(doc, CRISIS, italic=True, size=8)
    save(doc, "d04_twocolumn_psych.docx")
    label("d04_twocolumn_psych.docx", "medicare-psychotherapy", [], asof, [["frequency-missing"]],
          "Gap: psychotherapy has session length and duration but no frequency. Layout: two-column "
          "section between one-column header and footer text.")


def d05():
    # old plan with dated review table, plan outdated on as-of
    pd, asof = D(2025, 2, 18), D(2026, 3, 30)
    assert days(pd, asof) > 365
    doc = new_doc(font="Cambria", size=10)
    header_text(doc, "Northgate Counseling Center  |  Treatment Plan", footer="Pt: Abernathy, Clive  DOB 04/08/1955  MBI 8QE4-NV6-JA27")
    H(doc, "Treatment Plan", 1)
    LV(doc, "Patient", "Clive R. Abernathy")
    LV(doc, "Date of birth", "04/08/1955")
    LV(doc, "Medicare ID", "8QE4-NV6-JA27")
    LV(doc, "Plan established", us(pd))
    LV(doc, "Diagnosis", "F42.2 Mixed obsessional thoughts and acts")
    H(doc, "Goals", 2)
    P(doc, "Goal: Mr. Abernathy will spend less time on checking rituals so he can leave home on time.")
    P(doc, "   Objective 1: reduce Y-BOCS total from 26 to 16 or below by 08/18/2025.")
    P(doc, "   Objective 2: reduce time spent checking from about 2 hours to under 30 minutes per day, by self-monitoring log, by 08/18/2025.")
    H(doc, "Plan of treatment", 2)
    P(doc, "Exposure and response prevention, individual psychotherapy 90837 (53 minutes), weekly, for 9 months.")
    H(doc, "Review schedule", 2)
    T(doc, [["Review due", "Completed", "By"], ["05/18/2025", "", ""], ["08/18/2025", "", ""]])
    P(doc, "")
    P(doc, f"Clinician: Yusuf Haddad, PhD, licensed psychologist — signed {us(pd)}")
    save(doc, "d05_header_footer_outdated_psych.docx")
    label("d05_header_footer_outdated_psych.docx", "medicare-psychotherapy", [], asof, [["plan-outdated"]],
          "Gap: plan dated 02/18/2025 and no completed review, 405 days old on the as-of date 03/30/2026. "
          "Identifiers also in header/footer; empty review table.")


def d06():
    # psych + PA: identifiers only in header, plan written 46 days after intake
    adm, pd, asof = D(2026, 1, 5), D(2026, 2, 20), D(2026, 3, 16)
    assert days(adm, pd) == 46 > 30
    doc = new_doc(font="Verdana", size=9)
    header_text(doc, "Lackawanna Family Guidance Clinic    Client: Bernadette M. Kowalczyk    DOB: 07/23/1958    "
                "MBI: 3FG8-JX2-RD54    Chart# 55-1182",
                footer="Confidential — 55 Pa. Code Chapter 5200 clinic record. Page 1 of 1")
    P(doc, "INITIAL TREATMENT PLAN", bold=True, align="c", size=12)
    T(doc, [["Intake/admission", "Plan completed", "Anticipated length of treatment"],
            [dash(adm), dash(pd), "26 weeks"]], style="Light Grid Accent 1")
    P(doc, "")
    P(doc, "Diagnoses: F43.12 Post-traumatic stress disorder, chronic (primary); F10.10 Alcohol abuse, uncomplicated")
    P(doc, "Strengths: supportive sister, stable housing, motivated to stop nightmares.", italic=True)
    P(doc, "Goal A — Reduce trauma symptoms so Bernadette can sleep and go out alone.", bold=True)
    P(doc, f"  A.1  PCL-5 score from 52 to 33 or lower by {dash(D(2026, 5, 20))}.")
    P(doc, f"  A.2  Walk to the pharmacy alone at least 2 times per week by {dash(D(2026, 4, 30))}.")
    P(doc, "Goal B — Stop using alcohol to cope.", bold=True)
    P(doc, f"  B.1  Alcohol-free days on at least 6 of 7 days per week, per weekly self-report, by {dash(D(2026, 5, 20))}.")
    P(doc, "Modalities: individual trauma-focused psychotherapy (cognitive processing therapy) 90837, 53 minutes, weekly; "
           "psychiatric evaluation and medication review 99214 monthly.")
    P(doc, "")
    T(doc, [["Signed", "", "Date"],
            ["Bernadette M. Kowalczyk", "Individual", dash(pd)],
            ["Owen Latimer, LCSW", "Mental health professional", dash(pd)],
            ["Priya Venkataraman, CRNP", "Advanced practice professional (approval)", dash(D(2026, 2, 23))]])
    save(doc, "d06_header_ids_psych_pa_late.docx")
    label("d06_header_ids_psych_pa_late.docx", "medicare-psychotherapy", ["pa-55-5200"], asof, [["plan-late"]],
          "Gap: plan completed 02/20/2026, 46 days after intake 01/05/2026 (PA allows 30). Client identifiers only in "
          "the page header; hyphen dates; approval by a CRNP.",
          unsure=())


def d07():
    # e-signature stamp without credential
    pd, asof = D(2026, 3, 11), D(2026, 3, 25)
    doc = new_doc(font="Segoe UI", size=9)
    P(doc, "CEDAR POINT TELEHEALTH — Behavioral Health Plan", bold=True, size=12)
    T(doc, [["Name", "Lorraine Gutierrez-Bell", "Birth date", "1955-05-03"],
            ["Member ID (MBI)", "6PL1-CM7-WQ38", "Plan date", iso(pd)]], header_bold=False, first_col_bold=True)
    P(doc, "")
    P(doc, "Dx: F41.0 Panic disorder [episodic paroxysmal anxiety]", bold=True)
    P(doc, "Problem list & goals", bold=True)
    P(doc, "Problem 1. Panic attacks in stores and on the bus.")
    P(doc, "Goal 1. Lorraine will use public transit again without panic.")
    P(doc, f"  Obj 1.1  Panic attacks reduced from 4 per week to 1 or fewer per week (panic log), target {iso(D(2026, 6, 11))}.")
    P(doc, f"  Obj 1.2  Ride the bus 3 stops with no more than mild anxiety (SUDS 30 or lower) on 3 occasions, target {iso(D(2026, 5, 11))}.")
    P(doc, "Services: video psychotherapy 90834-95, 45 min, 1x/week, 12 weeks; interoceptive and in vivo exposure, CBT.")
    P(doc, "")
    t = T(doc, [["\u2713 Electronically signed\nKaren Ostrowski\n" + iso(pd) + " 14:22 EST\nCedar Point Telehealth EHR"]],
          header_bold=False)
    shade(t.cell(0, 0), "F2F2F2")
    save(doc, "d07_esign_stamp_psych.docx")
    label("d07_esign_stamp_psych.docx", "medicare-psychotherapy", [], asof, [["credential-missing"]],
          "Gap: the only clinician signature (an EHR e-signature stamp) carries no credential, and none is written "
          "anywhere else. ISO dates, telehealth modifier on the code.")


def d08():
    # check-box grid layout; objective 2a without a date
    pd, asof = D(2026, 3, 3), D(2026, 3, 31)
    doc = new_doc(font="Arial", size=9, margins=0.5)
    P(doc, "Sunnybrook Counseling Group — TREATMENT PLAN / PLAN DE TRATAMIENTO", bold=True)
    T(doc, [["Client name", "Date of birth", "Medicare #", "Date"],
            ["Reginald P. Osei", "12/01/1950", "9JD5-AZ3-HU76", us(pd)]])
    P(doc, "")
    P(doc, "Diagnosis (ICD-10-CM):  F32.1  Major depressive disorder, single episode, moderate")
    P(doc, "")
    P(doc, "Treatment type (check all that apply)", bold=True)
    T(doc, [[f"{BOX_ON} Individual psychotherapy", f"{BOX_OFF} Group psychotherapy", f"{BOX_OFF} Family psychotherapy"],
            [f"{BOX_ON} CBT", f"{BOX_OFF} DBT skills", f"{BOX_ON} Problem-solving therapy"],
            [f"CPT: {BOX_OFF} 90832  {BOX_ON} 90834  {BOX_OFF} 90837", f"Length: {BOX_ON} 45 min  {BOX_OFF} 60 min",
             f"Frequency: {BOX_ON} weekly  {BOX_OFF} biweekly  {BOX_OFF} monthly"],
            [f"Duration: {BOX_OFF} 3 mo  {BOX_ON} 6 mo  {BOX_OFF} 9 mo", "", ""]], header_bold=False)
    P(doc, "")
    T(doc, [["Goal", "Objective", "Target date"],
            ["1. Reginald will regain energy and interest in daily life.", "1a. PHQ-9 from 15 to under 10", "06/03/2026"],
            ["", "1b. Walk 20 minutes on at least 4 days per week (step log)", "05/01/2026"],
            ["2. Reginald will reconnect with his children.", "2a. Call or visit at least one of his children 2 times per week", ""]])
    P(doc, "")
    P(doc, f"Therapist: Ingrid Sorensen, LPC       Signature: /s/ Ingrid Sorensen, LPC       Date: {us(pd)}")
    save(doc, "d08_checkbox_grid_psych.docx")
    label("d08_checkbox_grid_psych.docx", "medicare-psychotherapy", [], asof, [["objective-not-time-bound"]],
          "Gap: objective 2a has no target date (its goal has none either). Treatment type, code, length, "
          "frequency and duration given as check-box grid (checked = \u2612).")


def d09():
    # psych + PA, plan as numbered sections, client signature line left blank
    adm, pd, asof = D(2026, 2, 16), D(2026, 3, 9), D(2026, 3, 24)
    assert days(adm, pd) == 21
    doc = new_doc(font="Calibri", size=11)
    P(doc, "Susquehanna Community Mental Health — Outpatient Clinic", bold=True, size=12)
    P(doc, "Treatment Plan (initial)", size=12)
    P(doc, f"Consumer: Delphine A. Marchetti     D.O.B.: 10/11/1960     Medicare: 1VB6-ER9-ZK53")
    P(doc, f"Date of intake: {abbr(adm)}     Date of plan: {abbr(pd)}")
    P(doc, "1. Diagnosis", bold=True)
    P(doc, "F31.81 Bipolar II disorder (current episode depressed)")
    P(doc, "2. Goals and objectives", bold=True)
    P(doc, "Goal 1: Keep mood stable and avoid hospitalization.")
    P(doc, "  Objective 1.1: Take medications as prescribed on at least 27 of 30 days per pill-box check, by June 9, 2026.")
    P(doc, "  Objective 1.2: Complete a daily mood chart on at least 5 of 7 days and bring it to each session, by April 30, 2026.")
    P(doc, "Goal 2: Return to part-time volunteer work.")
    P(doc, "  Objective 2.1: Volunteer at the library at least 4 hours per week by June 9, 2026.")
    P(doc, "3. Treatment modalities", bold=True)
    P(doc, "Individual psychotherapy (interpersonal and social rhythm therapy), CPT 90834, 45 minutes, every week. "
           "Psychiatric medication management, 99214, monthly.")
    P(doc, "4. Expected duration: 6 months", bold=True)
    P(doc, "5. Signatures", bold=True)
    P(doc, "Consumer signature: ______________________________   Date: ____________")
    P(doc, f"Therapist: Wendell Haskins, LPC   signature on file   Date: {abbr(pd)}")
    P(doc, f"Psychiatrist approval: Miriam Feld, DO   /s/   Date: {abbr(D(2026, 3, 12))}")
    P(doc, "Consumer was given a copy of this plan: yes / no", size=8)
    save(doc, "d09_numbered_psych_pa_nosig.docx")
    label("d09_numbered_psych_pa_nosig.docx", "medicare-psychotherapy", ["pa-55-5200"], asof, [["signature-missing"]],
          "Gap: consumer signature line and its date left blank (PA requires the individual's signature). Numbered sections.")


def d10():
    # one page, duration 12 months (must be less than one year)
    pd, asof = D(2026, 3, 17), D(2026, 3, 31)
    doc = new_doc(font="Calibri", size=10)
    P(doc, "Lakeshore Psychiatry & Therapy — Plan of Care", bold=True, align="c")
    P(doc, f"Pt: Harriet Vandermeer | DOB 03/29/1947 | MBI 2CT4-GH1-MM90 | Plan date {short(pd)}")
    P(doc, "Dx: F41.1 Generalized anxiety disorder; F51.01 Primary insomnia")
    P(doc, "Goal: less worry and better sleep. Obj 1: GAD-7 from 17 to 8 or less by 9/17/26. "
           "Obj 2: fall asleep within 30 minutes on 5 of 7 nights (sleep diary) by 7/17/26.")
    P(doc, "Tx: individual CBT (90837), 53 min, every other week. Est. duration of treatment: 12 months.")
    P(doc, f"Clinician: Tobias Renner, PsyD — signed {short(pd)}")
    save(doc, "d10_onepage_psych_duration.docx")
    label("d10_onepage_psych_duration.docx", "medicare-psychotherapy", [], asof, [["duration-exceeds-limit"]],
          "Gap: estimated duration 12 months; the profile requires less than one year (strict). One-page, dense lines.")


def d11():
    # identifying info in a text box; no member ID anywhere
    pd, asof = D(2026, 3, 5), D(2026, 3, 26)
    doc = new_doc(font="Book Antiqua", size=10)
    P(doc, "Quiet Harbor Therapy Collective", bold=True, size=14)
    textbox(doc, ["CLIENT", "Name: Ambrose Kittredge", "DOB: 01/17/1954", f"Plan date: {us(pd)}",
                  "Clinician: Felicity Moreau, LICSW"])
    P(doc, "Individual Treatment Plan", bold=True, size=12)
    P(doc, "Reason for referral: chronic grief and social withdrawal after the death of his partner; GDS-15 score 10.")
    P(doc, "Diagnosis: F43.21 Adjustment disorder with depressed mood")
    P(doc, "Goal: Ambrose will rebuild a weekly routine that includes other people.", bold=True)
    P(doc, "\u2022 Attend the senior center lunch program at least 2 days per week by 05/29/2026.")
    P(doc, "\u2022 Reduce GDS-15 from 10 to 5 or below by 06/05/2026.")
    P(doc, "Interventions: grief-focused individual psychotherapy (90834), 45-minute sessions weekly for 3 months; "
           "behavioral activation homework.")
    P(doc, "")
    P(doc, f"Felicity Moreau, LICSW        {us(pd)}")
    P(doc, "_________________________________", size=8)
    P(doc, "Clinician signature / date", size=8)
    save(doc, "d11_textbox_psych_noid.docx")
    label("d11_textbox_psych_noid.docx", "medicare-psychotherapy", [], asof, [["field-missing"]],
          "Gap: no Medicare/member ID anywhere (name and DOB are in a floating text box). Bulleted objectives.")


def d12():
    # long, boilerplate-heavy packet, clean; tracked change and a comment
    pd, asof = D(2026, 3, 18), D(2026, 4, 2)
    doc = new_doc(font="Calibri", size=10)
    header_text(doc, "Blue Heron Counseling, LLC", footer="Blue Heron Counseling · 2200 Orchard Pkwy · Form BH-TP rev. 2019")
    P(doc, "WELCOME PACKET AND TREATMENT PLAN", bold=True, align="c", size=14)
    H(doc, "About our practice", 2)
    for _ in range(2):
        P(doc, "Blue Heron Counseling provides outpatient psychotherapy for adults and older adults. Sessions are "
               "scheduled in advance; please give 24 hours notice of cancellation. We bill Medicare and most "
               "commercial plans. Co-payments are due at the time of service.")
    H(doc, "Your rights", 2)
    P(doc, "You have the right to be treated with dignity, to take part in planning your care, to see your record, "
           "to file a complaint without retaliation, and to refuse treatment.")
    H(doc, "Crisis resources", 2)
    P(doc, CRISIS)
    page_break(doc)
    H(doc, "Treatment plan", 1)
    T(doc, [["Client", "Winifred A. Castellano"], ["Date of birth", "08/05/1951"],
            ["Medicare Beneficiary ID", "4KM8-TR2-WF61"], ["Secondary insurance", "AARP Medigap Plan G"],
            ["Date of plan", us(pd)]], header_bold=False, first_col_bold=True)
    P(doc, "")
    P(doc, [("Diagnosis: ", True), ("F40.10 Social phobia, unspecified", False)])
    p = P(doc, [("Problem: ", True), ("avoids leaving home except for medical visits; ", False)])
    ins_run(p, "stopped attending choir in 2024.")
    P(doc, [("Long-term goal: ", True), ("Winifred will take part in community activities she enjoys.", False)])
    p = P(doc, "Short-term objective 1: attend choir practice at least 1 time per week by 06/17/2026.")
    doc.add_comment(p.runs[0], text="Confirm choir schedule with client.", author="B. Quist", initials="BQ")
    P(doc, "Short-term objective 2: Liebowitz Social Anxiety Scale from 78 to 55 or lower by 07/15/2026.")
    P(doc, "Short-term objective 3: start and hold a 5-minute conversation with a neighbor on 3 occasions by 05/15/2026.")
    P(doc, [("Interventions: ", True),
            ("CBT for social anxiety with graded exposure; individual psychotherapy CPT 90837, 53 minutes, once weekly.", False)])
    P(doc, [("Expected duration: ", True), ("20 weeks, then review.", False)])
    P(doc, "")
    H(doc, "Consent", 2)
    P(doc, CONSENT)
    T(doc, [["", "Signature", "Date"],
            ["Client", "Winifred A. Castellano", us(pd)],
            ["Therapist", "Bartholomew Quist, LCSW-C", us(pd)]])
    page_break(doc)
    H(doc, "Financial policy", 2)
    for _ in range(3):
        P(doc, "By signing the intake forms you authorize Blue Heron Counseling to bill your insurance and to "
               "release the minimum information necessary for payment. You remain responsible for any balance "
               "not paid by your insurance, including deductibles and non-covered services.")
    save(doc, "d12_long_boilerplate_psych.docx")
    label("d12_long_boilerplate_psych.docx", "medicare-psychotherapy", [], asof, [],
          "Clean. Three-page packet: welcome text, rights, crisis numbers, then the plan, consent, signature table, "
          "financial policy. One tracked insertion and one comment in the plan.")


# ================================================================ medicare-outpatient-therapy
def d13():
    # classic boxed plan-of-care form, PT, clean
    ev, asof = D(2026, 3, 2), D(2026, 3, 30)
    cert_end = ev + timedelta(days=89)
    md = D(2026, 3, 6)
    assert days(ev, cert_end) == 89 <= 90 and days(ev, md) <= 30 and asof < cert_end
    doc = new_doc(font="Arial", size=8, margins=0.5)
    P(doc, "PLAN OF CARE FOR OUTPATIENT REHABILITATION", bold=True, align="c", size=11)
    t = T(doc, [["1. PATIENT'S LAST NAME\nPelletier", "FIRST NAME\nGeorgette", "M.I.\nR", "2. PROVIDER NO.\n" + npi("150274936")],
                ["3. PROVIDER NAME\nRiverbend Physical Therapy", "4. MEDICARE NO.\n5WE2-HB7-QK15", "5. START OF CARE\n" + us(ev), "6. TYPE\n\u2612 PT \u2610 OT \u2610 SLP"],
                ["7. PRIMARY DIAGNOSIS\nM17.11 Unilateral primary OA, right knee", "8. TREATMENT DX\nR26.89 Other abnormalities of gait", "9. ONSET DATE\n01/10/2026", "10. SOC DATE / EVAL\n" + us(ev)],
                ["11. DATE OF BIRTH\n06/21/1946", "12. CERTIFICATION\nFROM " + us(ev) + " THROUGH " + us(cert_end), "13. PLAN DATE\n" + us(ev), "14. VISITS FROM SOC\n1"]],
          header_bold=False, size=8)
    P(doc, "")
    t = T(doc, [["15. PLAN OF TREATMENT — FUNCTIONAL GOALS", "PLAN"],
                ["Short term (4 weeks):\n1. Knee flexion AROM from 95\u00b0 to 110\u00b0.\n2. Timed Up and Go from 18 s to under 14 s.\n"
                 "Long term (8 weeks):\n3. Walk 500 feet on level ground without an assistive device, pain 3/10 or less.\n"
                 "4. Climb 12 stairs reciprocally with one rail, modified independent.",
                 "97110 therapeutic exercise\n97112 neuromuscular re-education\n97116 gait training\n97140 manual therapy\n97530 therapeutic activities\nHome exercise program"],
                ["16. FREQUENCY / DURATION: 2x/week x 8 weeks", ""]], header_bold=True, size=8)
    merge_row(t, 2, "16. FREQUENCY / DURATION: 2x/week x 8 weeks")
    P(doc, "")
    T(doc, [["17. THERAPIST SIGNATURE (name, professional designation)", "DATE"],
            ["Janelle Brookside, PT, DPT", us(ev)],
            ["18. I CERTIFY THE NEED FOR THESE SERVICES FURNISHED UNDER THIS PLAN OF TREATMENT WHILE UNDER MY CARE", "DATE"],
            ["Anil Bhattacharya, MD   NPI " + npi("120936475"), us(md)]], size=8)
    save(doc, "d13_boxed_poc_pt.docx")
    label("d13_boxed_poc_pt.docx", "medicare-outpatient-therapy", [], asof, [],
          "Clean. Numbered-box plan-of-care form (CMS-700 style) with certification box; goals and plan in two columns.")


def d14():
    # OT: evaluation narrative + plan, goals in a nested table, clean
    ev, asof = D(2026, 3, 9), D(2026, 4, 6)
    cert_end = D(2026, 5, 31)
    np_d = D(2026, 3, 13)
    assert days(ev, cert_end) == 83 and days(ev, np_d) == 4
    doc = new_doc(font="Calibri", size=10)
    P(doc, "Hands@Home Occupational Therapy — Outpatient Clinic", bold=True, size=12)
    P(doc, "OT Initial Evaluation and Plan of Care", size=11)
    T(doc, [["Patient", "Cornelius Ambrose Fitch", "DOB", "02/14/1944"],
            ["MBI", "7TK3-PD8-LX20", "Referring", "Sabine Kerr, NP"],
            ["Evaluation date (first visit)", us(ev), "Certification period", f"{us(ev)} – {us(cert_end)}"]], header_bold=False)
    H(doc, "Assessment", 2)
    P(doc, "Mr. Fitch is an 82-year-old man 6 weeks after a right MCA stroke (I69.351 hemiplegia following cerebral "
           "infarction affecting right dominant side). He needs moderate assistance for upper-body dressing and "
           "minimal assistance for grooming. Grip strength right 12 lb, left 58 lb. He lives with his wife, who is "
           "able to help. Good rehabilitation potential.")
    H(doc, "Goals", 2)
    outer = T(doc, [["Goal area", "Goals (target date)"], ["Self-care", ""], ["Upper extremity", ""]])
    inner = outer.cell(1, 1).add_table(rows=2, cols=2)
    inner.style = "Table Grid"
    cell_text(inner.cell(0, 0), "Upper-body dressing with supervision only, using one-handed techniques")
    cell_text(inner.cell(0, 1), "04/20/2026")
    cell_text(inner.cell(1, 0), "Grooming at sink standing 5 minutes, modified independent")
    cell_text(inner.cell(1, 1), "05/15/2026")
    inner2 = outer.cell(2, 1).add_table(rows=1, cols=2)
    inner2.style = "Table Grid"
    cell_text(inner2.cell(0, 0), "Right grip strength from 12 lb to 25 lb")
    cell_text(inner2.cell(0, 1), "05/29/2026")
    H(doc, "Plan", 2)
    P(doc, "Interventions: therapeutic activities (97530), self-care/ADL training (97535), neuromuscular "
           "re-education (97112), therapeutic exercise (97110); caregiver instruction.")
    P(doc, "Frequency: 3 times per week.  Duration: 10 weeks.  Plan established at evaluation on " + us(ev) + ".")
    H(doc, "Signatures", 2)
    P(doc, f"Therapist: Lucinda Varga, OTR/L   {us(ev)}")
    P(doc, f"Physician/NPP certification: I have reviewed this plan and certify the need for services. "
           f"Sabine Kerr, NP    Date signed: {us(np_d)}")
    save(doc, "d14_narrative_nested_ot.docx")
    label("d14_narrative_nested_ot.docx", "medicare-outpatient-therapy", [], asof, [],
          "Clean. Evaluation narrative then plan; goals in tables nested inside a goal-area table; certification by an NP.")


def d15():
    # PT, physician certification 41 days after first treatment
    ev, asof = D(2026, 2, 3), D(2026, 3, 20)
    md = D(2026, 3, 16)
    cert_end = D(2026, 5, 3)
    assert days(ev, md) == 41 > 30 and days(ev, cert_end) == 89
    doc = new_doc(font="Tahoma", size=9)
    header_text(doc, f"Summit Spine & Sport PT   |   Hollis, Reuben T.   DOB 11/09/1950   Medicare 3RD7-WN4-CE88")
    P(doc, "PHYSICAL THERAPY PLAN OF CARE", bold=True, size=12)
    P(doc, f"Initial evaluation / first date of service: {abbr(ev)}")
    P(doc, f"Plan of care date: {abbr(ev)}      Certification period: {abbr(ev)} to {abbr(cert_end)}")
    P(doc, "Medical diagnosis: M54.50 Low back pain, unspecified. Treatment diagnosis: M62.81 Muscle weakness (generalized).")
    P(doc, "GOALS", bold=True)
    P(doc, "STG (3 wks): Oswestry Disability Index from 46% to 30% or less.")
    P(doc, "STG (3 wks): Sit for 30 minutes with pain no more than 4/10.")
    P(doc, "LTG (8 wks): Lift 20 lb floor to waist with correct mechanics 5 times without increase in pain.")
    P(doc, "LTG (8 wks): Return to golf (9 holes) with pain 2/10 or less.")
    P(doc, "TREATMENT PLAN", bold=True)
    P(doc, "Therapeutic exercise 97110, manual therapy 97140, neuromuscular re-ed 97112, dry needling as indicated, HEP.")
    P(doc, "Frequency 2x per week; duration 8 weeks (16 visits).")
    P(doc, f"Therapist: Colm Regan, PT, DPT, OCS — electronically signed {abbr(ev)}")
    P(doc, "PHYSICIAN CERTIFICATION", bold=True)
    P(doc, "I have reviewed this plan of care and certify a continuing need for these services.")
    P(doc, f"Physician: Marisol Estrada, DO      Signature: Marisol Estrada DO      Date: {abbr(md)}")
    save(doc, "d15_header_pt_cert_late.docx")
    label("d15_header_pt_cert_late.docx", "medicare-outpatient-therapy", [], asof, [["signature-late"]],
          "Gap: physician certification dated 03/16/2026, 41 days after the first treatment 02/03/2026 (due within 30; "
          "warning since 2025). Identifiers in page header; STG/LTG lines.")


def d16():
    # PT certified by a chiropractor
    ev, asof = D(2026, 3, 4), D(2026, 3, 26)
    dc = D(2026, 3, 9)
    cert_end = D(2026, 5, 29)
    assert days(ev, cert_end) == 86
    doc = new_doc(font="Calibri", size=10)
    P(doc, "Prairie Motion Physical Therapy", bold=True, size=13, align="c")
    P(doc, "Plan of Care / Certification", align="c")
    for lab, val in [("Patient name", "Eudora M. Blackwood"), ("Date of birth", "5/2/1949"),
                     ("Medicare number", "6QA9-KE3-RP47"), ("Evaluation date", short(ev)),
                     ("Plan date", short(ev)), ("Cert. period", f"{short(ev)} - {short(cert_end)}"),
                     ("Diagnosis", "M54.50 Low back pain, unspecified; R26.2 Difficulty in walking")]:
        LV(doc, lab, val, sep=":\t")
    P(doc, "Long-term goals (12 weeks)", bold=True)
    P(doc, "1) Stand and walk 15 minutes for shopping with pain at most 3/10.")
    P(doc, "2) Five-times sit-to-stand from 19 s to 13 s or less.")
    P(doc, "3) Modified Oswestry from 40% to 20% or less.")
    P(doc, "Plan: therapeutic exercise (97110), manual therapy (97140), gait training (97116), home program. "
           "Frequency: two times a week. Duration: 12 weeks.")
    P(doc, f"Therapist signature: Levi Sandoval, PT  Date: {short(ev)}")
    P(doc, f"Referring/certifying provider: Dr. Thaddeus Grange, DC   Signature: T. Grange, D.C.   Date: {short(dc)}")
    save(doc, "d16_tabbed_pt_dc.docx")
    label("d16_tabbed_pt_dc.docx", "medicare-outpatient-therapy", [], asof, [["credential-not-permitted"]],
          "Gap: the certifying signer is a chiropractor (DC), who may not certify Medicare therapy plans. "
          "Tab-separated label/value lines, short dates. A reviewer may also see the certification as missing "
          "(signature-missing would be a warning); signature-missing is left out of must_not_report.",
          unsure=("signature-missing",))


def d17():
    # SLP, certification period of 120 days
    ev, asof = D(2026, 3, 2), D(2026, 3, 27)
    cert_end = D(2026, 6, 29)
    md = D(2026, 3, 5)
    assert days(ev, cert_end) == 119 > 90
    doc = new_doc(font="Garamond", size=11)
    P(doc, "Clear Voice Speech Therapy", bold=True, size=14)
    P(doc, "Speech-Language Pathology Plan of Treatment", italic=True)
    T(doc, [["Patient: Philippa Drummond-Reyes", "DOB: 08/30/1941", "MBI: 8HN5-UW2-GB39"],
            [f"Evaluation/first visit: {longd(ev)}", f"Plan date: {longd(ev)}", f"Certification: {longd(ev)} through {longd(cert_end)}"]],
          header_bold=False, style=None)
    P(doc, "Diagnoses: I69.320 Aphasia following cerebral infarction; R13.12 Dysphagia, oropharyngeal phase.")
    P(doc, "Goals", bold=True)
    for g in ["Name common objects with 80% accuracy given a phonemic cue (baseline 35%).",
              "Follow 2-step spoken directions with 90% accuracy (baseline 50%).",
              "Eat a mechanical soft diet with thin liquids using a chin tuck with no signs of aspiration on 3 consecutive sessions."]:
        P(doc, g, style="List Number")
    P(doc, "Treatment: speech/language treatment 92507, swallowing treatment 92526, caregiver training. "
           "Frequency: 2 sessions per week. Expected duration: 16 weeks.")
    P(doc, f"Speech-language pathologist: Oriana Caldwell, M.S., CCC-SLP  (signed {longd(ev)})")
    P(doc, f"Certifying physician: Howard Pennington, MD  (signed {longd(md)})")
    save(doc, "d17_slp_cert_120days.docx")
    label("d17_slp_cert_120days.docx", "medicare-outpatient-therapy", [], asof, [["review-interval-exceeded"]],
          "Gap: certification period 03/02/2026 through 06/29/2026 (119 days) and 16-week duration; "
          "recertification is required at least every 90 days. Borderless header table, Word numbered list.")


def d18():
    # OT, no frequency
    ev, asof = D(2026, 3, 16), D(2026, 4, 3)
    cert_end = D(2026, 6, 5)
    md = D(2026, 3, 20)
    assert days(ev, cert_end) == 81
    doc = new_doc(font="Calibri Light", size=10, landscape=True)
    P(doc, "Desert Willow Hand & Occupational Therapy — Plan of Care", bold=True, size=12)
    T(doc, [["Pt name", "DOB", "Medicare ID", "Eval date", "POC date", "Cert from", "Cert to"],
            ["Ignatius Warrick", "04/04/1952", "2BF6-YM1-HT73", us(ev), us(ev), us(ev), us(cert_end)]])
    P(doc, "")
    T(doc, [["Diagnosis", "Problem", "Goal (by 06/05/2026)", "Interventions"],
            ["S42.201D Fracture of upper end of right humerus, subsequent encounter",
             "Cannot reach overhead or behind back; needs help with bathing and dressing",
             "Shoulder flexion AROM from 90\u00b0 to 140\u00b0; independent upper- and lower-body dressing; "
             "reach a 2-lb item on a shoulder-height shelf 5 of 5 tries",
             "97110 therapeutic exercise; 97140 manual therapy; 97535 self-care training; 97530 therapeutic activities"]])
    P(doc, "")
    P(doc, "Duration of plan: 11 weeks. Home exercise program issued.")
    P(doc, f"OT: Rosalind Achterberg, OTR/L, CHT  {us(ev)}          Physician: Kwame Asante, MD  {us(md)}")
    save(doc, "d18_landscape_ot_nofreq.docx")
    label("d18_landscape_ot_nofreq.docx", "medicare-outpatient-therapy", [], asof, [["frequency-missing"]],
          "Gap: no visit frequency anywhere (duration 11 weeks given). Landscape page with wide one-row tables.")


# ================================================================ medicare-home-health
def hh_orders_table(doc, rows):
    return T(doc, [["Discipline", "Orders / interventions", "Frequency"]] + rows, size=8)


def d19():
    # CMS-485 style box form, clean
    soc, asof = D(2026, 3, 2), D(2026, 3, 25)
    cert_end = soc + timedelta(days=59)
    sig = D(2026, 3, 9)
    assert cert_end == D(2026, 4, 30) and days(soc, cert_end) == 59 <= 60
    doc = new_doc(font="Courier New", size=8, margins=0.4)
    P(doc, "HOME HEALTH CERTIFICATION AND PLAN OF CARE", bold=True, align="c", size=10)
    T(doc, [["1. Patient's HI Claim No.\n1MR4-CX7-TA52", "2. Start Of Care Date\n" + us(soc),
             "3. Certification Period\nFrom: " + us(soc) + "  To: " + us(cert_end), "4. Medical Record No.\nGVH-30771"],
            ["6. Patient's Name and Address\nAgatha Lindqvist\n14 Pine Hollow Rd, Unit B", "7. Provider's Name\nGreen Valley Home Health\nNPI " + npi("193857204"),
             "8. Date of Birth\n07/19/1938", "9. Sex  \u2610 M  \u2612 F"],
            ["11. ICD-10-CM / Principal Diagnosis\nI50.32 Chronic diastolic (congestive) heart failure", "13. Other Pertinent Diagnoses\nJ44.9 COPD, unspecified\nZ99.81 Dependence on supplemental oxygen", "", ""]],
          header_bold=False, size=8)
    P(doc, "")
    P(doc, "21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)", bold=True, size=8)
    P(doc, "SN 1w1, 2w3, 1w4: assess cardiopulmonary status, weight and edema each visit; teach low-sodium diet, "
           "daily weights and when to call; medication reconciliation and teaching.", size=8)
    P(doc, "PT 2w4: gait and balance training, home exercise program, fall-prevention teaching.", size=8)
    P(doc, "HHA 2w4: assist with bathing and personal care.", size=8)
    P(doc, "22. Goals/Rehabilitation Potential/Discharge Plans", bold=True, size=8)
    P(doc, "Patient will report weight gain over 3 lb in a day or 5 lb in a week to the agency 100% of the time by "
           "04/13/2026. Patient will state 3 of 3 low-sodium diet rules by 03/30/2026. Patient will walk 150 ft "
           "with rolling walker and standby assist by 04/27/2026. Tinetti score from 16 to 21 by 04/27/2026. "
           "Rehab potential good. Discharge when goals met, to care of self and daughter.", size=8)
    T(doc, [["23. Nurse's Signature and Date of Verbal SOC\nElsa Marchbanks, RN  " + us(soc), "25. Date HHA Received Signed POT\n" + us(D(2026, 3, 10))],
            ["24. Physician's Name and Address\nRaymond Okonkwo, MD\nNPI " + npi("162540389"),
             "27. Attending Physician's Signature and Date Signed\nRaymond Okonkwo, MD   " + us(sig)]], header_bold=False, size=8)
    save(doc, "d19_cms485_style_hh.docx")
    label("d19_cms485_style_hh.docx", "medicare-home-health", [], asof, [],
          "Clean. Numbered-box home health certification form; orders in 2w4 notation; goals as a paragraph in box 22.")


def d20():
    # content controls form, clean
    soc, asof = D(2026, 3, 9), D(2026, 4, 1)
    cert_end = D(2026, 5, 7)
    sig = D(2026, 3, 12)
    assert days(soc, cert_end) == 59
    doc = new_doc(font="Calibri", size=10)
    P(doc, "Brightwater Home Care Services", bold=True, size=13)
    P(doc, "Plan of Care (60-day episode)", size=11)
    sdt_field(doc, "Patient:", "Bartholomew Ng", "PatientName")
    sdt_field(doc, "Date of birth:", "09/03/1940", "DOB")
    sdt_field(doc, "Medicare ID:", "5ZC2-LQ8-FN64", "MBI")
    sdt_field(doc, "Start of care:", us(soc), "SOC")
    sdt_field(doc, "Episode:", f"{us(soc)} through {us(cert_end)}", "Episode")
    sdt_field(doc, "Primary diagnosis:", "L89.153 Pressure ulcer of sacral region, stage 3", "Dx1")
    sdt_field(doc, "Secondary:", "E11.9 Type 2 diabetes mellitus without complications", "Dx2")
    H(doc, "Services", 2)
    hh_orders_table(doc, [["Skilled nursing", "Wound care to sacrum per wound protocol, assess healing, teach turning schedule", "3w3, 2w5"],
                          ["Home health aide", "Bathing, skin checks", "2w8"],
                          ["Registered dietitian", "Protein/calorie intake for wound healing", "1w1"]])
    H(doc, "Goals", 2)
    P(doc, "1. Sacral wound will decrease from 3.2 x 2.5 cm to 1.5 x 1.0 cm or smaller by 05/04/2026.")
    P(doc, "2. Caregiver will turn patient every 2 hours as shown by turning log on 6 of 7 days by 04/06/2026.")
    P(doc, "3. Fasting blood glucose at or below 150 mg/dL on 5 of 7 days by 04/20/2026.")
    H(doc, "Certification", 2)
    p = doc.add_paragraph()
    p.add_run("Certifying practitioner: ").bold = True
    sdt_run(p, "Lena Sokolova, NP", "Certifier")
    p.add_run("    Signed: ")
    sdt_run(p, us(sig), "CertDate")
    P(doc, "Clinical manager: Dorian Heller, RN", size=9)
    save(doc, "d20_content_controls_hh.docx")
    label("d20_content_controls_hh.docx", "medicare-home-health", [], asof, [],
          "Clean. Every header field in a content control; orders table with visit-frequency codes; NP certifies.")


def d21():
    # PRN visits without a limit
    soc, asof = D(2026, 3, 3), D(2026, 3, 24)
    cert_end = D(2026, 5, 1)
    sig = D(2026, 3, 6)
    assert days(soc, cert_end) == 59
    doc = new_doc(font="Arial", size=9)
    header_text(doc, "Heritage Hearth Home Health · Plan of Care", footer="Pt: Montgomery, Ida L. · MRN HH-88214")
    T(doc, [["Patient", "Ida L. Montgomery", "Medicare ID", "9GP3-XW6-DE15"],
            ["DOB", "01/26/1935", "SOC", us(soc)],
            ["Certification period", f"{us(soc)} - {us(cert_end)}", "Dx", "E11.621 Type 2 diabetes with foot ulcer; I10"]],
          header_bold=False, first_col_bold=False)
    P(doc, "")
    P(doc, "Orders", bold=True)
    P(doc, "SN 2w4, 1w4 for wound care to left plantar ulcer, diabetic teaching and foot inspection.")
    P(doc, "SN PRN for dressing dislodgement or soiling.")
    P(doc, "PT 1w4 for home safety evaluation and strengthening.")
    P(doc, "Measurable goals", bold=True)
    P(doc, "- Left plantar ulcer 1.8 x 1.2 cm will close (0 x 0 cm) by 04/28/2026.")
    P(doc, "- Patient/daughter will perform daily foot check and record it on 7 of 7 days by 03/31/2026.")
    P(doc, "- Patient will walk 100 ft with a walker and offloading shoe, no loss of balance, by 04/21/2026.")
    P(doc, f"Physician: Celeste Abara, MD — signed and dated {us(sig)}")
    save(doc, "d21_prn_nolimit_hh.docx")
    label("d21_prn_nolimit_hh.docx", "medicare-home-health", [], asof, [["frequency-missing"]],
          "Gap: a PRN skilled nursing order without a visit limit. Header/footer identifiers, dash bullets.")


def d22():
    # physician signature pending (unsigned)
    soc, asof = D(2026, 3, 16), D(2026, 4, 2)
    cert_end = D(2026, 5, 14)
    assert days(soc, cert_end) == 59
    doc = new_doc(font="Calibri", size=10)
    P(doc, "CARING HANDS HOME HEALTH AGENCY", bold=True, align="c")
    P(doc, "Interim Plan of Care — sent to physician for signature", align="c", italic=True)
    P(doc, f"Patient: Solomon Whitaker-Hayes   DOB: 10/02/1943   Medicare #: 4LA7-RK2-VB98")
    P(doc, f"SOC: {abbr(soc)}   Cert period: {abbr(soc)} – {abbr(cert_end)}")
    P(doc, "Principal dx: S72.001D Fracture of unspecified part of neck of right femur, subsequent encounter, routine healing")
    P(doc, "Other dx: Z96.641 Presence of right artificial hip joint; I10 Essential hypertension")
    P(doc, "Disciplines and frequency: PT 3w2, 2w4; OT 1w1, 2w3; SN 1w1 for medication reconciliation.")
    P(doc, "Interventions: gait training, transfer training, therapeutic exercise, posterior hip precautions, "
           "ADL retraining with adaptive equipment, medication teaching.")
    P(doc, "Goals: walk 200 ft with a rolling walker, modified independent, by 05/08/2026; transfer toilet and tub "
           "bench independently by 04/30/2026; dress lower body with reacher and sock aid independently by 04/24/2026.")
    T(doc, [["Clinician", "Signature / date"],
            ["Hollis Vantreese, PT (case manager)", f"Hollis Vantreese, PT  {us(soc)}"],
            ["Attending physician: Benedikt Aurand, MD", "Awaiting signature — faxed " + us(D(2026, 3, 18))]])
    save(doc, "d22_unsigned_physician_hh.docx")
    label("d22_unsigned_physician_hh.docx", "medicare-home-health", [], asof, [["signature-missing"]],
          "Gap: the attending physician has not signed (awaiting signature, faxed). Short narrative form with signature table.")


def d23():
    # certification period ended, no recertification
    soc, asof = D(2026, 1, 5), D(2026, 3, 23)
    cert_end = D(2026, 3, 5)
    sig = D(2026, 1, 9)
    assert days(soc, cert_end) == 59 and asof > cert_end
    doc = new_doc(font="Times New Roman", size=10)
    P(doc, "Evergreen Visiting Nurses", bold=True, size=13)
    P(doc, "HOME HEALTH PLAN OF CARE", bold=True)
    P(doc, "SECTION 1 – PATIENT", bold=True)
    P(doc, "1.1 Name: Thomasina Radcliffe   1.2 DOB: 04/11/1939   1.3 MBI: 3NX8-GE5-PU26")
    P(doc, f"1.4 Start of care: {us(soc)}   1.5 Certification period: {us(soc)} to {us(cert_end)}")
    P(doc, "SECTION 2 – DIAGNOSES", bold=True)
    P(doc, "2.1 J44.1 Chronic obstructive pulmonary disease with (acute) exacerbation (primary)")
    P(doc, "2.2 Z99.81 Dependence on supplemental oxygen")
    P(doc, "SECTION 3 – ORDERS", bold=True)
    P(doc, "3.1 SN 2w3, 1w5: respiratory assessment, O2 saturation, inhaler technique teaching, COPD action plan.")
    P(doc, "3.2 OT 1w4: energy conservation, bathing with shower chair.")
    P(doc, "SECTION 4 – GOALS", bold=True)
    P(doc, "4.1 Patient will demonstrate correct inhaler technique 3 of 3 times by 01/26/2026.")
    P(doc, "4.2 Patient will bathe with shower chair, SpO2 at or above 90% throughout, by 02/16/2026.")
    P(doc, "4.3 No ER visits for COPD during the episode (0 visits by 03/05/2026).")
    P(doc, "SECTION 5 – CERTIFICATION", bold=True)
    P(doc, f"5.1 Physician: Ingeborg Halvorsen, DO    Signed: {us(sig)}")
    save(doc, "d23_sections_hh_lapsed.docx")
    label("d23_sections_hh_lapsed.docx", "medicare-home-health", [], asof, [["review-overdue"]],
          "Gap: certification period ended 03/05/2026; no recertification recorded or scheduled by the as-of date "
          "03/23/2026. Decimal-numbered sections.")


def d24():
    # certifying podiatrist; agency NPI mistyped
    soc, asof = D(2026, 3, 10), D(2026, 3, 31)
    cert_end = D(2026, 5, 8)
    sig = D(2026, 3, 12)
    good = npi("148306917")
    bad = good[:-1] + str((int(good[-1]) + 3) % 10)
    assert days(soc, cert_end) == 59 and not npi_ok(bad)
    doc = new_doc(font="Calibri", size=10)
    t = T(doc, [["Willow Creek Home Health", f"Agency NPI: {bad}"], ["Plan of Care / Certification", "Page 1 of 1"]],
          header_bold=True, style=None)
    P(doc, "")
    T(doc, [["Beneficiary", "Augustin Delacroix-Pryce"], ["Birth date", "12/12/1946"], ["Medicare no.", "7QE1-CF9-WJ84"],
            ["SOC / episode", f"{us(soc)} / {us(soc)} – {us(cert_end)}"],
            ["Diagnoses", "E11.621 Type 2 diabetes mellitus with foot ulcer; L97.412 Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed"]],
          header_bold=False, first_col_bold=True)
    P(doc, "")
    T(doc, [["Discipline", "Frequency", "Treatment"],
            ["SN", "3w4, 2w4", "Wound care right heel: cleanse, measure, dress per order; offloading teaching; glucose log review"],
            ["HHA", "2w6", "Personal care"]])
    P(doc, "")
    P(doc, "Goals: right heel ulcer from 2.4 x 2.0 cm to 1.0 x 0.8 cm or smaller by 05/05/2026; patient will wear the "
           "offloading boot whenever up, on 7 of 7 days per caregiver log, by 03/24/2026; fasting glucose under "
           "160 mg/dL on 5 of 7 days by 04/21/2026.")
    P(doc, f"Certifying practitioner: Gideon Farrow, DPM (podiatry)    Date: {us(sig)}")
    P(doc, f"Case manager: Perpetua Oduya, RN    Date: {us(soc)}")
    save(doc, "d24_podiatrist_badnpi_hh.docx")
    label("d24_podiatrist_badnpi_hh.docx", "medicare-home-health", [], asof,
          [["credential-not-permitted"], ["identifier-invalid"]],
          "Gaps: the plan is certified by a podiatrist (DPM), not one of MD/DO/NP/CNS/PA; the agency NPI fails its check "
          "digit. Label/value tables. A reviewer may also treat the physician signature as missing, so "
          "signature-missing is left out of must_not_report.",
          unsure=("signature-missing",))


# ================================================================ commercial-aba
def aba_goals(child, parent, tgt, with_parent=True):
    g = [
        dict(domain="Communication", goal=f"{child} will mand for preferred items using 2-word phrases.",
             baseline="4 independent 2-word mands per hour (probe, 5 sessions)",
             mastery="20 or more independent 2-word mands per hour across 3 consecutive sessions", target=tgt),
        dict(domain="Social", goal=f"{child} will respond to his/her name by making eye contact within 3 seconds.",
             baseline="30% of opportunities", mastery="80% of opportunities across 3 consecutive sessions with 2 therapists",
             target=tgt),
        dict(domain="Behavior reduction", goal=f"{child} will reduce elopement from the therapy area.",
             baseline="6.5 episodes per 3-hour session (ABC data, 10 sessions)",
             mastery="0.5 or fewer episodes per session for 4 consecutive weeks", target=tgt),
    ]
    if with_parent:
        g.append(dict(domain="Caregiver training",
                      goal=f"{parent} will implement the elopement protocol (block, redirect, reinforce staying) during home routines.",
                      baseline="40% fidelity on the treatment integrity checklist",
                      mastery="90% fidelity across 3 consecutive observations", target=tgt))
    return g


def d25():
    # large all-table ABA request, clean
    pd, asof = D(2026, 3, 2), D(2026, 3, 19)
    start, end = D(2026, 3, 9), D(2026, 9, 8)
    vb = D(2026, 2, 16)
    rev = D(2026, 8, 24)
    assert days(vb, pd) <= 365 and days(pd, rev) <= 184 and end < D(2026, 9, 9)
    doc = new_doc(font="Arial", size=8, margins=0.5, landscape=True)
    t = T(doc, [["BRIGHT STEPS ABA — TREATMENT PLAN AND AUTHORIZATION REQUEST", "", "", "", "", ""],
                ["Child", "Mateo Esquivel-Ruiz", "DOB", "05/14/2021", "Member ID", "UHC 948217730-01"],
                ["Plan date", us(pd), "Auth period", f"{us(start)} – {us(end)}", "Next progress review", us(rev)],
                ["Diagnosis", "F84.0 Autistic disorder", "Diagnosed by", "Renata Vos, PhD (licensed psychologist)", "Eval date", "11/20/2025"],
                ["Assessment", "VB-MAPP", "Administered", us(vb), "Score", "Milestones 41/170; Barriers 38"],
                ["Assessment", "Vineland-3", "Administered", us(vb), "Score", "Adaptive Behavior Composite 64"]],
          header_bold=False, size=8)
    merge_row(t, 0, "BRIGHT STEPS ABA — TREATMENT PLAN AND AUTHORIZATION REQUEST", fill="C6E0B4")
    P(doc, "")
    rows = [["#", "Domain", "Goal", "Baseline", "Mastery criterion", "Target date"]]
    for i, g in enumerate(aba_goals("Mateo", "Mother (Ms. Ruiz)", D(2026, 9, 1)), 1):
        rows.append([str(i), g["domain"], g["goal"].replace("his/her", "his"), g["baseline"], g["mastery"], us(g["target"])])
    T(doc, rows, size=8)
    P(doc, "")
    T(doc, [["CPT", "Service", "Hours/week", "Provider"],
            ["97153", "Adaptive behavior treatment by protocol (RBT)", "20 hours per week", "RBT"],
            ["97155", "Protocol modification (BCBA)", "3 hours per week", "BCBA"],
            ["97156", "Family adaptive behavior treatment guidance", "1 hour per week", "BCBA"]], size=8)
    P(doc, "")
    T(doc, [["Supervising BCBA", "Signature", "Date", "Parent/guardian", "Signature", "Date"],
            ["Corinne Talbot, M.Ed., BCBA", "/s/ Corinne Talbot", us(pd), "Lucía Ruiz (mother)", "Lucía Ruiz", us(D(2026, 3, 3))]], size=8)
    save(doc, "d25_alltable_aba.docx")
    label("d25_alltable_aba.docx", "commercial-aba", [], asof, [],
          "Clean. Landscape all-table request: header grid with merged title, goals table with baseline/mastery/target "
          "columns, service table with hours per week, signature row.")


def d26():
    # outline-style ABA plan with goal blocks, clean
    pd, asof = D(2026, 3, 16), D(2026, 4, 1)
    start, end = D(2026, 3, 23), D(2026, 9, 22)
    ab = D(2026, 3, 2)
    rev = D(2026, 6, 22)
    assert days(pd, rev) <= 184 and days(ab, pd) == 14
    doc = new_doc(font="Calibri", size=10)
    P(doc, "Little Harbor Behavioral Services", bold=True, size=14)
    P(doc, "Individualized Behavior Intervention Plan", size=12)
    P(doc, "1.0 Identifying information", bold=True)
    P(doc, "1.1 Learner: Abigail Thorsen-Nakamura     1.2 DOB: 2019-08-07     1.3 Subscriber ID: AET-W771203958")
    P(doc, f"1.4 Plan date: {iso(pd)}     1.5 Requested period: {iso(start)} to {iso(end)} (6 months)")
    P(doc, "2.0 Diagnosis", bold=True)
    P(doc, "2.1 F84.0 Autistic disorder — diagnosed 2023-05-11 by Theodore Banerjee, MD, developmental pediatrician.")
    P(doc, "3.0 Assessments", bold=True)
    P(doc, f"3.1 ABLLS-R administered {iso(ab)}: strengths in visual performance; deficits in requests, labeling, "
           "social interaction. 3.2 Functional behavior assessment (interview and ABC observation) {0}: "
           "aggression maintained by escape.".format(iso(ab)))
    P(doc, "4.0 Goals", bold=True)
    goals = [
        ("4.1", "Abigail will label 50 common items when shown a picture.", "12 of 50 items correct (probe 03/02)", "90% correct across 3 consecutive sessions", "2026-09-15"),
        ("4.2", "Abigail will complete a 4-step handwashing routine independently.", "1 of 4 steps independent", "4 of 4 steps independent on 5 consecutive days", "2026-07-31"),
        ("4.3", "Abigail will reduce aggression (hitting, scratching) during table work.", "3.2 per hour", "fewer than 0.3 per hour for 4 consecutive weeks", "2026-09-15"),
        ("4.4", "Parent training: Mr. and Mrs. Thorsen-Nakamura will use planned ignoring plus first-then prompts at home.", "35% fidelity on checklist", "90% fidelity in 3 consecutive home sessions", "2026-06-30"),
    ]
    for num, g, b, m, tdt in goals:
        P(doc, f"{num} {g}")
        P(doc, f"      Baseline: {b}.  Mastery: {m}.  Target date: {tdt}.")
    P(doc, "5.0 Services requested", bold=True)
    P(doc, "5.1 97153 direct treatment by RBT — 15 hours per week")
    P(doc, "5.2 97155 BCBA protocol modification — 2 hours per week")
    P(doc, "5.3 97156 family guidance — 1 hour per week")
    P(doc, "6.0 Review", bold=True)
    P(doc, f"6.1 Progress review and plan update on {iso(rev)}; reassessment before the end of the period.")
    P(doc, "7.0 Signatures", bold=True)
    P(doc, f"7.1 Behavior analyst: Priscilla Oyelaran, BCBA-D — signed {iso(pd)}")
    P(doc, f"7.2 Parent/guardian: Kenji Nakamura — signed {iso(D(2026, 3, 17))}")
    save(doc, "d26_decimal_outline_aba.docx")
    label("d26_decimal_outline_aba.docx", "commercial-aba", [], asof, [],
          "Clean. Decimal-outline plan (1.0/1.1...), goal blocks with baseline/mastery/target on a second line, an FBA "
          "alongside the standardized ABLLS-R.")


def d27():
    # no caregiver goal
    pd, asof = D(2026, 3, 5), D(2026, 3, 26)
    start, end = D(2026, 3, 9), D(2026, 9, 8)
    vb = D(2026, 1, 28)
    rev = D(2026, 9, 1)
    assert days(pd, rev) == 180 <= 184
    doc = new_doc(font="Century Gothic", size=9)
    header_text(doc, "Spectrum Pathways ABA · Treatment Plan", footer="Client: Oliver Brandt · DOB 02/03/2020 · Cigna ID U55821934 02")
    P(doc, "TREATMENT PLAN — INITIAL", bold=True, size=12)
    P(doc, f"Client: Oliver Brandt   Date of birth: 02/03/2020   Insurance ID: U55821934 02   Plan date: {abbr(pd)}")
    P(doc, f"Authorization period requested: {abbr(start)} through {abbr(end)}   Next review: {abbr(rev)}")
    P(doc, "Diagnosis: F84.0 Autistic disorder, per diagnostic evaluation by Ines Carvalho, PsyD, on 10/08/2025.")
    P(doc, f"Standardized assessment: VB-MAPP on {abbr(vb)} — Level 1 milestones 14/15, Level 2 9/15; barriers score 22.")
    for i, g in enumerate(aba_goals("Oliver", "", D(2026, 8, 31), with_parent=False), 1):
        P(doc, f"Target {i} ({g['domain']}): {g['goal'].replace('his/her', 'his')}", bold=True)
        P(doc, f"Baseline — {g['baseline']}. Criterion — {g['mastery']}. By {abbr(g['target'])}.")
    P(doc, "Parent involvement: parents are welcome to observe sessions.", italic=True)
    P(doc, "Requested services: 97153 — 25 hrs/week; 97155 — 4 hrs/week.")
    P(doc, f"BCBA: Fiona Gallagher, MA, BCBA   Signature: Fiona Gallagher   Date: {abbr(pd)}")
    P(doc, f"Parent/Guardian: Heike Brandt   Signature: Heike Brandt   Date: {abbr(pd)}")
    save(doc, "d27_header_aba_nocaregiver.docx")
    label("d27_header_aba_nocaregiver.docx", "commercial-aba", [], asof, [["caregiver-goal-missing"]],
          "Gap: no goal or objective involves parent/caregiver training (only a note that parents may observe; no 97156). "
          "Bold target lines with criteria underneath; identifiers repeated in footer.")


def d28():
    # VB-MAPP 490 days old at plan date
    pd, asof = D(2026, 3, 9), D(2026, 3, 27)
    vb = D(2024, 11, 4)
    start, end = D(2026, 3, 16), D(2026, 9, 15)
    rev = D(2026, 6, 15)
    assert days(vb, pd) == 490 > 365
    doc = new_doc(font="Calibri", size=10)
    P(doc, "Keystone Autism Center — Continuation Request / Treatment Plan", bold=True, size=12)
    T(doc, [["Patient", "Dominic Farkas"], ["DOB", "06/22/2018"], ["Member #", "BCBS XKP402118876"],
            ["Plan date", us(pd)], ["Requested", f"{us(start)} to {us(end)}"], ["Reassessment / review due", us(rev)]],
          header_bold=False, first_col_bold=True)
    P(doc, "")
    P(doc, "Diagnosis: F84.0 Autistic disorder (Dr. Nadia Petrov, PhD, evaluation 04/02/2022)")
    P(doc, f"Most recent standardized assessment: VB-MAPP, {us(vb)} (Milestones 88/170). Progress since then is from "
           "ongoing data collection; reassessment is planned during the next period.")
    rows = [["Goal", "Baseline (Feb 2026)", "Mastery", "Target"]]
    for g in aba_goals("Dominic", "Dominic's father", D(2026, 9, 8)):
        rows.append([g["goal"].replace("his/her", "his"), g["baseline"], g["mastery"], us(g["target"])])
    T(doc, rows)
    P(doc, "")
    P(doc, "Services: 97153 18 hours/week; 97155 3 hours/week; 97156 1 hour/week.")
    P(doc, f"Signed: Marcus Delgado, BCBA ({us(pd)});  Gábor Farkas, father/guardian ({us(pd)})")
    save(doc, "d28_continuation_aba_oldvbmapp.docx")
    label("d28_continuation_aba_oldvbmapp.docx", "commercial-aba", [], asof, [["assessment-outdated"]],
          "Gap: latest standardized assessment (VB-MAPP 11/04/2024) is 490 days old at the plan date (max 365; warning). "
          "Two-column label table, goals table, both signatures on one line.")


def d29():
    # one goal without baseline
    pd, asof = D(2026, 3, 12), D(2026, 3, 30)
    vb = D(2026, 2, 20)
    start, end = D(2026, 3, 16), D(2026, 9, 15)
    rev = D(2026, 9, 8)
    assert days(pd, rev) == 180
    doc = new_doc(font="Georgia", size=10)
    P(doc, "Mosaic Behavior Partners", bold=True, size=13)
    P(doc, "ABA Plan of Care", italic=True)
    textbox(doc, ["Member", "Zara Whitcombe-Adeyemi", "DOB 09/30/2020", "ID 8841-207-553 (Optum)", f"Plan {us(pd)}"],
            width_pt=180, height_pt=90)
    P(doc, "Dx: F84.0 Autistic disorder. Diagnosed 01/15/2024 by Lionel Fairbanks, MD (child psychiatrist).")
    P(doc, f"Assessment: Vineland-3 ({us(vb)}) ABC 61; VB-MAPP ({us(vb)}) Milestones 52.")
    P(doc, f"Authorization period: {us(start)} to {us(end)}.  Treatment plan review: {us(rev)}.")
    P(doc, "Skill acquisition", bold=True)
    T(doc, [["Goal", "Baseline", "Mastery criteria", "Target"],
            ["Zara will request help using a full sentence.", "1 of 10 opportunities", "8 of 10 opportunities, 3 consecutive sessions", "09/08/2026"],
            ["Zara will tolerate a 10-minute haircut routine without crying.", "", "10 minutes with no crying on 3 consecutive trials", "09/08/2026"],
            ["Zara will take turns in a 2-player game with a peer.", "0 of 5 turns", "5 of 5 turns on 3 consecutive days", "09/08/2026"]])
    P(doc, "Parent training", bold=True)
    T(doc, [["Goal", "Baseline", "Mastery criteria", "Target"],
            ["Ms. Whitcombe will use a visual timer and token board during bedtime.", "50% fidelity", "90% fidelity, 3 consecutive observations", "07/15/2026"]])
    P(doc, "Hours: 97153 at 20 hours per week; 97155 at 2 hours per week; 97156 at 1 hour per week.")
    P(doc, f"BCBA signature: Eleanor Prewitt, BCBA   {us(pd)}     Guardian signature: Adaeze Whitcombe   {us(pd)}")
    save(doc, "d29_textbox_aba_nobaseline.docx")
    label("d29_textbox_aba_nobaseline.docx", "commercial-aba", [], asof, [["baseline-missing"]],
          "Gap: the haircut-tolerance goal has an empty baseline cell. Member block in a floating text box; goals in "
          "two tables under 'Skill acquisition' and 'Parent training' headings.")


def d30():
    # 12-month authorization period and no review date
    pd, asof = D(2026, 3, 3), D(2026, 3, 20)
    start, end = D(2026, 3, 9), D(2027, 3, 8)
    vb = D(2026, 2, 10)
    doc = new_doc(font="Calibri", size=10)
    P(doc, "Sunrise Pediatric Therapies — Applied Behavior Analysis", bold=True, size=12)
    P(doc, f"Patient: Caspian Lindgren | DOB: 12/18/2017 | Member ID: HUM-X2209387 | Date: {us(pd)}")
    P(doc, f"Plan period: {us(start)} – {us(end)} (12 months)")
    P(doc, "Diagnosis: F84.0 Autistic disorder (diagnosed by Harriet Osei-Bonsu, PhD, 09/09/2022)")
    P(doc, f"Assessment: AFLS Basic Living Skills, {us(vb)}: 142/300; Vineland-3 ABC 70 ({us(vb)}).")
    P(doc, "Goals:", bold=True)
    for i, g in enumerate(aba_goals("Caspian", "Mr. Lindgren", D(2026, 12, 15)), 1):
        P(doc, f"{i}. {g['goal'].replace('his/her', 'his')} Baseline: {g['baseline']}. Mastery: {g['mastery']}. "
               f"Target: {us(g['target'])}.")
    P(doc, "Requested: 97153 — 15 hours per week; 97155 — 2 hours per week; 97156 — 1 hour per week.")
    P(doc, f"Christopher Aldana, BCBA {us(pd)}  ·  Signe Lindgren (parent) {us(pd)}")
    save(doc, "d30_compact_aba_12months.docx")
    label("d30_compact_aba_12months.docx", "commercial-aba", [], asof,
          [["duration-exceeds-limit"], ["review-date-missing"]],
          "Gaps: 12-month plan period (max 6 months) and no review date. Compact one-page layout, goals as numbered "
          "sentences with inline baseline/mastery/target.")


def d31():
    # services with codes but no hours per week
    pd, asof = D(2026, 3, 18), D(2026, 4, 2)
    start, end = D(2026, 3, 23), D(2026, 9, 22)
    vb = D(2026, 3, 4)
    rev = D(2026, 6, 23)
    doc = new_doc(font="Calibri", size=10)
    P(doc, "Cornerstone Behavioral Health — ABA Services", bold=True, size=12)
    T(doc, [[f"Client: Leilani Kahananui", "DOB: 03/11/2022", "Payer ID: AET-W993014672"],
            [f"Plan date: {us(pd)}", f"Period: {us(start)}–{us(end)}", f"Review: {us(rev)}"]], header_bold=False)
    P(doc, "Diagnosis: F84.0 Autistic disorder — Dr. Mele Fonoti, PhD, 12/02/2025.")
    P(doc, f"Standardized assessment: VB-MAPP {us(vb)} (Milestones 22; Barriers 41).")
    t = T(doc, [["Domain", "Objective", "Baseline", "Criterion", "Target date"]] +
          [[g["domain"], g["goal"].replace("his/her", "her"), g["baseline"], g["mastery"], us(g["target"])]
           for g in aba_goals("Leilani", "Leilani's grandmother", D(2026, 9, 15))])
    P(doc, "")
    P(doc, "Service plan", bold=True)
    T(doc, [["Code", "Description", "Setting"],
            ["97153", "Adaptive behavior treatment by protocol", "Home and clinic"],
            ["97155", "Protocol modification by BCBA", "Clinic"],
            ["97156", "Family guidance", "Home"]])
    P(doc, "Hours will be scheduled according to family availability and authorization.", italic=True)
    P(doc, f"Rowan Delacourt, BCBA — {us(pd)}        Makana Kahananui, legal guardian — {us(pd)}")
    save(doc, "d31_aba_nohours.docx")
    label("d31_aba_nohours.docx", "commercial-aba", [], asof, [["amount-missing"]],
          "Gap: service table lists CPT codes but no hours per week ('scheduled according to family availability'); "
          "warning under the profile.")


# ================================================================ SUD programs (base payer + state)
def sud_sigs(doc, rows, style="Table Grid"):
    return T(doc, [["Role", "Name / credential", "Signature", "Date"]] + rows, style=style)


def d32():
    # NY OASAS inpatient rehab, clean; multidisciplinary grid
    adm, pd, md, asof = D(2026, 3, 2), D(2026, 3, 6), D(2026, 3, 9), D(2026, 3, 20)
    assert days(adm, pd) == 4 <= 7 and days(adm, md) == 7 <= 10
    doc = new_doc(font="Arial", size=9)
    header_text(doc, "Hudson Ridge Recovery Center — OASAS Certified Inpatient Rehabilitation (Part 818)")
    P(doc, "COMPREHENSIVE TREATMENT PLAN", bold=True, align="c", size=11)
    T(doc, [["Patient", "Desmond A. Okonjo", "DOB", "04/27/1983"],
            ["Medicaid CIN", "KQ48291M", "Admission", us(adm)],
            ["Plan date", us(pd), "Primary counselor", "Alisha Brennan, CASAC"]], header_bold=False, first_col_bold=False)
    P(doc, "")
    P(doc, "Diagnoses: F10.20 Alcohol dependence, uncomplicated; F41.1 Generalized anxiety disorder")
    T(doc, [["Problem area", "Goal", "Objectives (target)", "Methods / responsible staff"],
            ["Alcohol use", "Desmond will stay abstinent and build a recovery plan for discharge.",
             "Attend 2 groups daily (attendance log) by 03/20/2026; complete a written relapse-prevention plan with 3 triggers and 3 coping steps by 03/27/2026",
             "Group counseling daily; individual counseling 2x/week — CASAC"],
            ["Anxiety", "Lower anxiety without alcohol.", "GAD-7 from 14 to 9 or less by 03/30/2026",
             "Psychiatric evaluation and medication management weekly — MD; CBT skills group 3x/week"],
            ["Family/social", "Repair contact with his sister.", "One family session completed by 03/27/2026",
             "Family session — counselor"]])
    P(doc, "Estimated length of stay: 28 days. Discharge planning begins on admission.")
    sud_sigs(doc, [["Patient", "Desmond A. Okonjo", "signed", us(pd)],
                   ["Responsible clinical staff", "Alisha Brennan, CASAC", "signed", us(pd)],
                   ["Physician", "Gideon Amsel, MD", "reviewed and signed", us(md)]])
    save(doc, "d32_ny_inpatient_grid.docx")
    label("d32_ny_inpatient_grid.docx", "base-treatment-plan", ["ny-oasas-818"], asof, [],
          "Clean. NY inpatient rehab: problem-area grid with methods column, signature table (physician within 10 days of admission).")


def d33():
    # NY OASAS, physician signed 16 days after admission
    adm, pd, md, asof = D(2026, 3, 2), D(2026, 3, 8), D(2026, 3, 18), D(2026, 3, 25)
    assert days(adm, pd) == 6 and days(adm, md) == 16 > 10
    doc = new_doc(font="Times New Roman", size=11)
    P(doc, "Saratoga Springs Addiction Treatment Center", bold=True, align="c")
    P(doc, "Individual Treatment Plan — Inpatient Rehabilitation", align="c")
    P(doc, f"Resident: Margarethe Vollmer-Cruz          Date of birth: June 4, 1976")
    P(doc, f"Client ID / Medicaid: LM20934K          Admitted: {longd(adm)}          Plan: {longd(pd)}")
    P(doc, "Diagnosis: F11.20 Opioid dependence, uncomplicated; F15.20 Other stimulant dependence, uncomplicated.")
    P(doc, "Problem 1: Opioid and methamphetamine use with two overdoses in 2025.", bold=True)
    P(doc, "Goal: Margarethe will complete inpatient treatment and transition to outpatient MAT.")
    P(doc, "Objective: start buprenorphine induction and reach a stable dose with COWS below 5 by 03/15/2026.")
    P(doc, "Objective: complete 10 relapse-prevention group sessions by 03/27/2026.")
    P(doc, "Methods: medically supervised induction (MD), daily group therapy, individual counseling twice weekly, "
           "peer recovery support, naloxone training.")
    P(doc, "Problem 2: No stable housing after discharge.", bold=True)
    P(doc, "Goal: secure sober housing. Objective: submit 2 sober-living applications by 03/24/2026. "
           "Methods: case management weekly.")
    P(doc, "Anticipated discharge: 04/01/2026.")
    P(doc, f"Primary counselor: Tobias Wren, CASAC-T — {us(pd)}")
    P(doc, f"Resident: Margarethe Vollmer-Cruz — {us(pd)}")
    P(doc, f"Reviewed by physician: Shirin Farahani, MD — {us(md)}")
    save(doc, "d33_ny_prose_md_late.docx")
    label("d33_ny_prose_md_late.docx", "base-treatment-plan", ["ny-oasas-818"], asof, [["signature-late"]],
          "Gap: physician review signature dated 03/18/2026, 16 days after admission 03/02/2026 (due within 10). "
          "Centered prose form, problem blocks.")


def d34():
    # Florida residential level 2, clean
    adm, pd, qp, asof = D(2026, 3, 3), D(2026, 3, 12), D(2026, 3, 16), D(2026, 3, 27)
    assert days(adm, pd) == 9 <= 15 and days(pd, qp) == 4 <= 10
    doc = new_doc(font="Calibri", size=10)
    P(doc, "Gulf Breeze Recovery — Residential Services", bold=True, size=12)
    P(doc, "Individualized Treatment Plan (65D-30)", size=10)
    T(doc, [["Individual", "Raymond Castellanos Jr."], ["DOB", "11/19/1990"], ["Medicaid ID", "9310447265"],
            ["Admission/placement", us(adm)], ["Level of care", "Residential Level 2"], ["Plan date", us(pd)]],
          header_bold=False, first_col_bold=True)
    P(doc, "")
    P(doc, "Diagnosis: F14.20 Cocaine dependence, uncomplicated; F10.10 Alcohol abuse, uncomplicated")
    rows = [["Goal", "Measurable behavioral objective", "Expected completion", "Service / frequency"],
            ["1. Remain drug- and alcohol-free", "1a. Provide negative urine drug screens on 100% of random tests", "05/12/2026", "Random UDS weekly; group counseling 5x/week"],
            ["", "1b. Identify 5 high-risk situations and a coping response for each in writing", "04/09/2026", "Individual counseling 1x/week"],
            ["2. Prepare for employment", "2a. Complete 3 job applications and one mock interview", "05/05/2026", "Vocational group 2x/week"]]
    T(doc, rows)
    P(doc, "")
    sud_sigs(doc, [["Individual", "Raymond Castellanos Jr.", "R. Castellanos Jr.", us(pd)],
                   ["Primary counselor", "Jenna Whitlow, CAP", "J. Whitlow", us(pd)],
                   ["Qualified professional (review)", "Marisol Quintero, LMHC", "M. Quintero", us(qp)]])
    save(doc, "d34_fl_residential.docx")
    label("d34_fl_residential.docx", "base-treatment-plan", ["fl-65d-30"], asof, [],
          "Clean. Florida residential level 2: label table, goal/objective/completion/frequency table, signature table "
          "with QP review 4 days after the plan.")


def d35():
    # Florida intensive inpatient, QP countersignature 14 days after the plan
    adm, pd, qp, asof = D(2026, 3, 9), D(2026, 3, 11), D(2026, 3, 25), D(2026, 3, 31)
    assert days(adm, pd) == 2 <= 3 and days(pd, qp) == 14 > 10
    doc = new_doc(font="Arial Narrow", size=10)
    P(doc, "PALMETTO DETOX & STABILIZATION UNIT", bold=True)
    P(doc, f"Client: Yolanda Beauchamp   DOB 07/07/1987   Medicaid 6620198834   Admitted {short(adm)}   "
           f"LOC: Intensive inpatient   Plan written {short(pd)}")
    P(doc, "Dx: F10.239 Alcohol dependence with withdrawal, unspecified")
    P(doc, "GOAL 1 Complete withdrawal safely.")
    P(doc, f"  Obj 1.1 CIWA-Ar below 8 for 48 consecutive hours by {short(D(2026, 3, 16))}. Services: nursing assessment every 4 hours; physician daily.")
    P(doc, "GOAL 2 Link to the next level of care.")
    P(doc, f"  Obj 2.1 Attend intake appointment at residential program by {short(D(2026, 3, 20))}. Services: case management daily.")
    P(doc, f"  Obj 2.2 Attend 1 psychoeducation group per day on 4 of 5 days by {short(D(2026, 3, 18))}. Services: group daily.")
    P(doc, f"Client signature: Yolanda Beauchamp  {short(pd)}")
    P(doc, f"Counselor: Terrell Ashby, CAC  {short(pd)}")
    P(doc, f"QP review/countersignature: Nadine Fairweather, LCSW  {short(qp)}")
    save(doc, "d35_fl_detox_qp_late.docx")
    label("d35_fl_detox_qp_late.docx", "base-treatment-plan", ["fl-65d-30"], asof, [["signature-late"]],
          "Gap: qualified-professional countersignature dated 14 days after the plan (Florida allows 10). Terse "
          "line-per-item form with short dates.")


def d36():
    # California NTP, clean
    adm, pd, asof = D(2026, 2, 16), D(2026, 3, 9), D(2026, 3, 30)
    sup, med = D(2026, 3, 13), D(2026, 3, 18)
    rev = D(2026, 5, 15)
    assert days(adm, pd) == 21 <= 28 and days(adm, rev) == 88 <= 92 and days(pd, sup) <= 14 and days(pd, med) == 9
    doc = new_doc(font="Calibri", size=10)
    P(doc, "Central Valley Opioid Treatment Program", bold=True, size=12)
    P(doc, "Initial Maintenance Treatment Plan", size=11)
    T(doc, [["Patient", "Ezequiel Montoya-Harlan", "DOB", "01/30/1979"],
            ["Medi-Cal CIN", "91827364A", "Admission (maintenance start)", us(adm)],
            ["Plan effective", us(pd), "Next plan update due", us(rev)]], header_bold=False)
    P(doc, "")
    P(doc, "Diagnosis: F11.20 Opioid dependence, uncomplicated")
    P(doc, "Long-term goal: Ezequiel will stop using illicit opioids and keep full-time work.", bold=True)
    T(doc, [["Short-term goal", "Target date", "Action steps"],
            ["Negative UDS for fentanyl on 4 consecutive weekly tests", "04/20/2026", "Dose adjustment by MD; weekly UDS"],
            ["Attend counseling 4 of 4 scheduled sessions each month", "04/30/2026", "Individual counseling 50 min twice monthly"],
            ["Enroll in the employer assistance program", "05/08/2026", "Counselor referral"]])
    P(doc, "Services: methadone dosing daily (H0020); individual counseling (H0004) twice monthly.")
    P(doc, "")
    T(doc, [["Primary counselor", "Supervising counselor", "Medical director"],
            [f"Lupe Arreola, RADT\n{us(pd)}", f"Gordon Whitehorse, CADC-II\n{us(sup)}", f"Anjali Raman, MD\n{us(med)}"]])
    save(doc, "d36_ca_ntp_signature_columns.docx")
    label("d36_ca_ntp_signature_columns.docx", "base-treatment-plan", ["ca-title9-ntp"], asof, [],
          "Clean. California NTP: short-term goals table, signatures in three side-by-side columns (role header, "
          "name and date below).")


def d37():
    # California NTP, update 119 days after admission; typo in a service code
    adm, pd, asof = D(2026, 2, 2), D(2026, 2, 25), D(2026, 3, 18)
    sup, med = D(2026, 3, 2), D(2026, 3, 4)
    rev = D(2026, 6, 1)
    assert days(adm, pd) == 23 and days(adm, rev) == 119 > 92 and days(pd, rev) == 96 > 92
    doc = new_doc(font="Verdana", size=9)
    header_text(doc, "Coastal Bay NTP  •  Pt ID 40-2291  •  Hargrove, Celestine", footer="Form NTP-7 (2017)")
    P(doc, "TREATMENT PLAN", bold=True, size=12)
    P(doc, f"Name: Celestine Hargrove     DOB: 3/3/1969     Medi-Cal: 88123456B")
    P(doc, f"Date of admission: {us(adm)}     Plan date: {us(pd)}")
    P(doc, "Diagnosis: F11.20 Opioid dependence, uncomplicated; Z79.891 Long term (current) use of opiate analgesic")
    P(doc, "Problem: daily heroin and fentanyl use for 6 years.")
    P(doc, "Goal: reach a stable methadone dose and stop illicit use.")
    P(doc, "  Short-term goal 1: methadone dose stable with no withdrawal complaints for 14 days — by 03/25/2026")
    P(doc, "  Short-term goal 2: 2 consecutive UDS negative for opioids other than methadone — by 04/15/2026")
    P(doc, "  Short-term goal 3: obtain a primary care appointment — by 04/01/2026")
    P(doc, "Services: methadone administration H020 daily; counseling H0004, 50 minutes, 2x per month.")
    P(doc, f"Plan update due: {us(rev)}")
    P(doc, f"Counselor: Marco Benedetti, SUDCC I — {us(pd)}")
    P(doc, f"Supervising counselor: Ruth-Ann Palmore, LAADC — {us(sup)}")
    P(doc, f"Medical director: Felix Oduya, DO — {us(med)}")
    save(doc, "d37_ca_ntp_interval_code.docx")
    label("d37_ca_ntp_interval_code.docx", "base-treatment-plan", ["ca-title9-ntp"], asof,
          [["review-interval-exceeded"], ["service-code-invalid"]],
          "Gaps: next plan update 06/01/2026 is 119 days after admission (96 after the plan; max 92); methadone "
          "administration written as 'H020' (not a HCPCS code). Header identifiers, indented short-term goals.")


def d38():
    # Texas outpatient, old template with DSM-IV number and a vague objective
    pd, asof = D(2026, 3, 10), D(2026, 3, 24)
    doc = new_doc(font="Times New Roman", size=11)
    P(doc, "Lone Star Counseling & Recovery", bold=True, align="c")
    P(doc, "Chemical Dependency Treatment Plan", align="c")
    T(doc, [["Client", "DOB", "Client ID / Medicaid", "Plan date"],
            ["Beauregard T. Winslow", "08/16/1988", "517730294", us(pd)]])
    P(doc, "")
    P(doc, "Diagnosis: 304.00 Opioid dependence (Axis I)")
    P(doc, "Projected length of stay: 90 days (intensive outpatient, then supportive outpatient).")
    P(doc, "PROBLEM 1 — Opioid use", bold=True)
    P(doc, "Goal: Beau will stop using opioids.")
    P(doc, "Objective 1: Beau will give urine screens negative for opioids on 4 of 4 weekly tests by 04/30/2026.")
    P(doc, "Strategy: IOP group 3 times per week, 3 hours each; UDS weekly.")
    P(doc, "PROBLEM 2 — Relationships", bold=True)
    P(doc, "Goal: Beau will improve his relationships with his family.")
    P(doc, "Objective 2: Beau will gain insight into how his use affects his family by 05/15/2026.")
    P(doc, "Strategy: individual counseling once per week; family session every other week.")
    P(doc, f"Client: Beauregard T. Winslow   Signature: B. T. Winslow   Date: {us(pd)}")
    P(doc, f"Counselor: Loretta Banks, LCDC   Signature: Loretta Banks, LCDC   Date: {us(pd)}")
    save(doc, "d38_tx_dsm_vague.docx")
    label("d38_tx_dsm_vague.docx", "base-treatment-plan", ["tx-26tac-564"], asof,
          [["objective-not-measurable"], ["diagnosis-code-invalid", "diagnosis-code-missing"]],
          "Gaps: objective 2 ('gain insight') is not measurable; the diagnosis is written with the DSM-IV number 304.00, "
          "not an ICD-10-CM code (diagnosis-code-missing is accepted too). Problem blocks with strategies.")


def d41():
    # psych + PA, clean: two stacked forms, tracked correction of the plan date, comment
    adm, pd, asof = D(2026, 2, 23), D(2026, 3, 13), D(2026, 3, 31)
    apr = D(2026, 3, 16)
    assert days(adm, pd) == 18
    doc = new_doc(font="Calibri", size=10)
    P(doc, "ALLEGHENY RIVER COUNSELING CLINIC", bold=True, align="c", size=12)
    P(doc, "Treatment Plan — Adult Outpatient", align="c")
    t = T(doc, [["Name of individual: Cordelia Vasquez-Lund", "Birthdate: 05/27/1956"],
                ["Medicare ID: 2WP5-JT8-NC43", "Date of intake: " + us(adm)],
                ["Expected duration of treatment: 24 weeks", ""]], header_bold=False)
    c = t.cell(2, 1)
    c.text = ""
    p = c.paragraphs[0]
    p.add_run("Date of plan: ")
    del_run(p, "03/12/2026")
    ins_run(p, us(pd))
    P(doc, "")
    P(doc, "Diagnosis: F33.1 Major depressive disorder, recurrent, moderate; F41.1 Generalized anxiety disorder")
    T(doc, [["Goal", "Objectives", "Target"],
            ["I. Cordelia will get through the work day without leaving early because of anxiety or low mood.",
             "a) Leave work early no more than 1 day per month (self-report calendar)\nb) PHQ-9 from 17 to 9 or below",
             "06/12/2026\n06/12/2026"],
            ["II. Cordelia will use coping skills when worry starts.",
             "a) Use paced breathing or a grounding skill in at least 4 of 5 worry episodes (log)",
             "05/15/2026"]])
    P(doc, "")
    P(doc, "Treatment modalities: individual psychotherapy (CBT), CPT 90837, 53 minutes, once a week; "
           "medication evaluation and management with the clinic psychiatrist every 6 weeks (99214).")
    P(doc, "")
    T(doc, [["Individual", "Therapist (MHP)", "Psychiatrist approval"],
            ["Cordelia Vasquez-Lund\n" + us(pd), "Desmond Achebe, LPC\n" + us(pd), "Lorna Castellane, MD\n" + us(apr)]])
    save(doc, "d41_tracked_date_psych_pa.docx")
    label("d41_tracked_date_psych_pa.docx", "medicare-psychotherapy", ["pa-55-5200"], asof, [],
          "Clean. Grid form whose plan date was corrected with a tracked change (deleted 03/12, inserted 03/13); "
          "signatures in three columns.")


def d42():
    # home health, clean: one-page agency summary with discipline check-boxes
    soc, asof = D(2026, 3, 23), D(2026, 4, 8)
    cert_end = D(2026, 5, 21)
    sig = D(2026, 3, 26)
    assert days(soc, cert_end) == 59
    doc = new_doc(font="Arial", size=9)
    P(doc, "Tri-County Home Health — Plan of Care Summary", bold=True, size=11)
    P(doc, f"Pt: Wilhelmina Sorrento   DOB 02/02/1937   Medicare 5HJ1-VK9-QD70   SOC {abbr(soc)}   "
           f"Cert {abbr(soc)} - {abbr(cert_end)}")
    P(doc, "Dx: G20.A1 Parkinson's disease without dyskinesia, without mention of fluctuations; R26.89 Other abnormalities of gait and mobility")
    T(doc, [[f"{BOX_ON} PT  2w4, 1w4", f"{BOX_ON} OT  1w4", f"{BOX_OFF} SLP", f"{BOX_OFF} SN", f"{BOX_ON} HHA  2w8"]],
      header_bold=False)
    P(doc, "Treatments: gait training with LSVT BIG strategies, balance training, transfer training, home safety, "
           "bathing and dressing training with adaptive equipment, aide for bathing.")
    P(doc, "Goals: Timed Up and Go from 24 s to 16 s or less by 05/15/2026; no falls during the episode "
           "(0 falls on the falls log by 05/21/2026); bathe using a tub bench with standby assist by 05/01/2026.")
    P(doc, f"Certifying physician: Augustin Prevost, MD  — e-signed {abbr(sig)}")
    save(doc, "d42_checkbox_disciplines_hh.docx")
    label("d42_checkbox_disciplines_hh.docx", "medicare-home-health", [], asof, [],
          "Clean. One-page summary; disciplines and frequencies in a one-row check-box strip.")


# ================================================================ native YAML
def d39():
    pd, asof = D(2026, 3, 13), D(2026, 3, 27)
    text = f"""schema: authcheck-plan/1
patient: {{name: Ximena Caldera-Pruitt, birth_date: 1994-02-08, member_id: "622018457"}}
payer: Texas Medicaid (STAR)
discipline: sud
program: Outpatient chemical dependency treatment
plan_date: {iso(pd)}
admission_date: 2026-03-04
expected_duration: 12 weeks (projected length of stay)
diagnoses:
  - {{code: F12.20, description: "Cannabis dependence, uncomplicated", primary: true}}
  - {{code: F41.1, description: Generalized anxiety disorder}}
problems:
  - statement: Daily cannabis use that led to job loss
    goals:
      - statement: Ximena will stop using cannabis and return to work.
        objectives:
          - statement: Ximena will give urine screens negative for THC on 4 consecutive weekly tests.
            target_date: 2026-05-01
            interventions:
              - {{description: "Outpatient group counseling (relapse prevention)", frequency: 3 times per week, amount: 90 minutes}}
          - statement: Ximena will submit at least 3 job applications per week for 4 weeks.
            target_date: 2026-05-29
            interventions:
              - {{description: Individual counseling with vocational focus, frequency: weekly, amount: 60 minutes}}
  - statement: Uses cannabis to manage anxiety
    goals:
      - statement: Ximena will manage anxiety without cannabis.
        objectives:
          - statement: Ximena will lower her GAD-7 score from 13 to 8 or less.
            target_date: 2026-06-05
            interventions:
              - {{description: CBT anxiety-skills group, frequency: 1 time per week, amount: 60 minutes}}
signatures:
  - {{role: client, name: Ximena Caldera-Pruitt, date: {iso(pd)}, method: handwritten}}
  - {{role: clinician, name: Abelardo Quiroga, credential: LCDC, date: {iso(pd)}, method: electronic}}
"""
    (OUT / "d39_native_tx.yaml").write_text(text)
    label("d39_native_tx.yaml", "base-treatment-plan", ["tx-26tac-564"], asof, [],
          "Clean. Native authcheck YAML, Texas outpatient SUD, interventions with frequency under each objective.")


def d40():
    ev, asof = D(2024, 10, 21), D(2024, 11, 12)
    cert_end = D(2025, 1, 18)
    md = D(2024, 10, 25)
    assert days(ev, cert_end) == 89 and days(ev, md) == 4
    text = f"""schema: authcheck-plan/1
patient: {{name: Horace Fenwick-Abbey, birth_date: 1941-07-30, member_id: 6TR2-EK4-MA19}}
payer: Medicare Part B
discipline: pt
providers:
  - {{name: Beatrix Olumide, credential: PT, npi: "{npi('138475602')}", role: therapist, organization: Millbrook Physical Therapy}}
first_treatment_date: {iso(ev)}
plan_date: {iso(ev)}
period: {{start: {iso(ev)}, end: {iso(cert_end)}}}
expected_duration: 8 weeks
diagnoses:
  - {{code: Z96.651, description: Presence of right artificial knee joint, primary: true}}
  - {{code: Z47.1, description: Aftercare following joint replacement surgery}}
problems:
  - statement: Limited knee motion and walking after right total knee replacement
    goals:
      - statement: Patient will walk 1000 feet in the community without an assistive device and with pain 2/10 or less.
        target_date: 2024-12-16
      - statement: Patient will reach right knee flexion of 115 degrees or more (from 85 degrees).
        target_date: 2024-12-16
      - statement: Patient will climb 14 stairs reciprocally with one rail.
        target_date: 2024-12-16
services:
  - {{code: "97110", description: Therapeutic exercise, frequency: 3x/week, duration: 8 weeks}}
  - {{code: "97116", description: Gait training, frequency: 3x/week, duration: 8 weeks}}
  - {{code: "97140", description: Manual therapy, frequency: 3x/week, duration: 8 weeks}}
signatures:
  - {{role: clinician, name: Beatrix Olumide, credential: PT, date: {iso(ev)}}}
  - {{role: physician, name: Wendell Ashcroft, credential: MD, npi: "{npi('175309264')}", date: {iso(md)}}}
"""
    (OUT / "d40_native_pt_2024.yaml").write_text(text)
    label("d40_native_pt_2024.yaml", "medicare-outpatient-therapy", [], asof, [],
          "Clean. Native YAML PT plan checked as of 2024-11-12 (the 2015-10 profile version, before the 2025 change).")


def main():
    for f in (d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20,
              d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31, d32, d33, d34, d35, d36, d37, d38, d41, d42, d39, d40):
        f()
    for lab in LABELS:
        assert (OUT / lab["file"]).exists(), lab["file"]
        assert "readability" not in lab["must_not_report"]
    assert len({lab["file"] for lab in LABELS}) == len(LABELS)
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
