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
    xml = (f'<w:ins {nsdecls("w")} w:id="{abs(hash(text)) % 1000 + 100}" w:author="{author}" '
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
           "log, up from none at present. She will also sleep at least 6 hours on 5 of 7 nights, as tracked in "
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
