"""Generate blind test set 4: hand-filled agency and state Word templates (plus a few FHIR/C-CDA).

Every patient, clinician, agency and identifier here is invented. NPIs carry a correct Luhn check
digit over the prefix 80840 unless a bad NPI is the intended gap. Run from anywhere:

    .venv/bin/python tests/data/blind_plans_4/make_plans.py

It rewrites the plan files and labels.json in this folder. Written blind: without reading the
readers, the rules' Python code, or any other blind set.
"""
from __future__ import annotations

import json
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------
# identifiers


def npi(base9: str, valid: bool = True) -> str:
    """A 10-digit NPI: base9 plus the Luhn check digit computed over '80840' + base9."""
    assert len(base9) == 9 and base9.isdigit()
    payload = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # rightmost payload digit is doubled (check digit goes to its right)
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    if not valid:
        check = (check + 3) % 10
    return base9 + str(check)


def npi_ok(n: str) -> bool:
    payload = "80840" + n
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


assert npi("123456789") == "1234567893"  # the CMS example
assert npi_ok("1234567893")

# --------------------------------------------------------------------------------------------
# profiles: finding kinds each can raise at error or warning (docs/reference/profiles.md)

BASE = {
    "field-missing", "date-inconsistent", "diagnosis-code-not-billable", "diagnosis-code-missing",
    "diagnosis-code-invalid", "diagnosis-missing", "identifier-invalid", "service-code-invalid",
}
PAYERS = {
    "base-treatment-plan": BASE,
    "medicare-psychotherapy": BASE | {
        "credential-missing", "signature-missing", "duration-exceeds-limit", "duration-missing",
        "goal-not-measurable", "goal-missing", "intervention-missing", "objective-not-measurable",
        "objective-not-time-bound", "plan-outdated", "amount-missing", "frequency-missing"},
    "medicare-outpatient-therapy": BASE | {
        "signature-missing", "duration-missing", "goal-not-measurable", "goal-missing",
        "intervention-missing", "credential-not-permitted", "signature-late", "plan-late",
        "review-interval-exceeded", "review-overdue", "frequency-missing"},
    "medicare-home-health": BASE | {
        "duration-missing", "goal-not-measurable", "goal-missing", "intervention-missing",
        "credential-not-permitted", "signature-missing", "review-interval-exceeded",
        "review-overdue", "frequency-missing"},
    "commercial-aba": BASE | {
        "assessment-missing", "assessment-outdated", "caregiver-goal-missing", "signature-missing",
        "diagnosis-not-covered", "duration-exceeds-limit", "baseline-missing", "goal-not-measurable",
        "goal-missing", "goal-not-time-bound", "review-date-missing", "review-interval-exceeded",
        "amount-missing"},
}
STATES = {
    None: set(),
    "pa-55-5200": {"field-missing", "signature-missing", "duration-missing", "goal-missing",
                   "intervention-missing", "objective-missing", "plan-late"},
    "ny-oasas-818": {"field-missing", "signature-missing", "diagnosis-missing", "goal-missing",
                     "intervention-missing", "signature-late", "plan-late"},
    "fl-65d-30": {"field-missing", "signature-missing", "goal-missing", "intervention-missing",
                  "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                  "plan-late", "frequency-missing", "signature-late"},
    "tx-26tac-564": {"signature-missing", "duration-missing", "goal-missing", "intervention-missing",
                     "objective-not-measurable", "objective-missing", "objective-not-time-bound",
                     "frequency-missing"},
    "ca-title9-ntp": {"field-missing", "signature-missing", "goal-missing", "objective-missing",
                      "objective-not-time-bound", "signature-late", "plan-late",
                      "review-date-missing", "review-interval-exceeded", "review-overdue"},
}

LABELS: list[dict] = []


def label(file: str, payer: str, as_of: str, gaps: list[list[str]], *, state: str | None = None,
          unsure: tuple[str, ...] = (), notes: str = "") -> None:
    """Record a plan's expectations. must_not_report = every kind the chosen profiles can raise,
    minus the intended gaps and the kinds a careful reviewer could argue either way (unsure)."""
    raisable = PAYERS[payer] | STATES[state]
    for g in gaps:
        for k in g:
            assert k in raisable, (file, k)
    gap_kinds = {k for g in gaps for k in g}
    must_not = sorted(raisable - gap_kinds - set(unsure))
    args = ["--payer", payer]
    if state:
        args += ["--state", state]
    args += ["--as-of", as_of]
    LABELS.append({"file": file, "check_with": args, "must_report": gaps,
                   "must_not_report": must_not, "notes": notes})


# --------------------------------------------------------------------------------------------
# DOCX helpers: the look of hand-filled agency templates

class Form:
    """A thin wrapper over python-docx with the constructs agency templates use."""

    def __init__(self, font: str = "Calibri", size: float = 10.5, landscape: bool = False,
                 margins: float = 0.8):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        pf = st.paragraph_format
        pf.space_after = Pt(2)
        pf.space_before = Pt(0)
        sec = self.doc.sections[0]
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Inches(margins))

    # -- page furniture
    def header(self, *lines: str, align=WD_ALIGN_PARAGRAPH.LEFT, size: float = 8):
        hdr = self.doc.sections[0].header
        p = hdr.paragraphs[0]
        for i, line in enumerate(lines):
            if i:
                p = hdr.add_paragraph()
            p.alignment = align
            r = p.add_run(line)
            r.font.size = Pt(size)

    def footer(self, *lines: str, size: float = 7.5):
        ftr = self.doc.sections[0].footer
        p = ftr.paragraphs[0]
        for i, line in enumerate(lines):
            if i:
                p = ftr.add_paragraph()
            r = p.add_run(line)
            r.font.size = Pt(size)

    # -- text
    def p(self, *parts, align=None, size=None, space_after=None, style=None, indent=None):
        """parts: str (plain) or (text, 'b'|'i'|'u'|'bi'|'sup'|'bu') tuples."""
        para = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        for part in parts:
            if isinstance(part, str):
                text, fmt = part, ""
            else:
                text, fmt = part
            r = para.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
            r.underline = "u" in fmt
            if "sup" in fmt:
                r.font.superscript = True
                r.bold = False
                r.underline = False
            if size:
                r.font.size = Pt(size)
        if align == "c":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if space_after is not None:
            para.paragraph_format.space_after = Pt(space_after)
        if indent:
            para.paragraph_format.left_indent = Inches(indent)
        return para

    def title(self, text, size=14, align="c", underline=False):
        para = self.doc.add_paragraph()
        r = para.add_run(text)
        r.bold = True
        r.underline = underline
        r.font.size = Pt(size)
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.LEFT
        para.paragraph_format.space_after = Pt(4)
        return para

    def bar(self, text, fill="D9D9D9", size=10.5):
        """A shaded one-cell table used as a section bar (common in agency forms)."""
        t = self.doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        shade(c, fill)
        c.paragraphs[0].add_run(text).bold = True
        c.paragraphs[0].runs[0].font.size = Pt(size)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(0)
        return t

    def h(self, text, level=None, caps=True, underline=False, size=None):
        """Section heading: a real Word heading (level) or a bold paragraph (level=None)."""
        if level:
            return self.doc.add_heading(text, level=level)
        para = self.doc.add_paragraph()
        r = para.add_run(text.upper() if caps else text)
        r.bold = True
        r.underline = underline
        if size:
            r.font.size = Pt(size)
        para.paragraph_format.space_before = Pt(8)
        para.paragraph_format.space_after = Pt(2)
        return para

    def tabs(self, *pairs, stops=(1.5, 3.6, 5.0), leader=False):
        """One line of 'Label:<tab>value<tab>Label:<tab>value' on tab stops."""
        para = self.doc.add_paragraph()
        for s in stops:
            para.paragraph_format.tab_stops.add_tab_stop(
                Inches(s), WD_TAB_ALIGNMENT.LEFT,
                WD_TAB_LEADER.DOTS if leader else WD_TAB_LEADER.SPACES)
        first = True
        for lab, val in pairs:
            if not first:
                para.add_run("\t")
            first = False
            para.add_run(lab).bold = False
            para.add_run("\t" + val)
        return para

    def blanks(self, *pairs, bold_labels=False, pad=4):
        """'Client Name: ____Jane Doe____   DOB: __01/02/1990__' on one line."""
        para = self.doc.add_paragraph()
        for i, (lab, val) in enumerate(pairs):
            if i:
                para.add_run("   ")
            r = para.add_run(lab + " ")
            r.bold = bold_labels
            if val:
                para.add_run("_" * pad + val + "_" * pad)
            else:
                para.add_run("_" * 22)
        return para

    def bl(self, label_text, value, sep=" "):
        """Bold label, plain value, same line."""
        return self.p((label_text, "b"), sep + value)

    def checks(self, label_text, options, checked, style="box", bold_label=True, sep="   "):
        """A checkbox row. style: box (☒/☐), square (■/□), bracket ([X]/[ ])."""
        marks = {"box": ("☒", "☐"), "square": ("■", "□"), "bracket": ("[X]", "[ ]"),
                 "check": ("☑", "☐")}[style]
        para = self.doc.add_paragraph()
        if label_text:
            r = para.add_run(label_text + "  ")
            r.bold = bold_label
        for i, opt in enumerate(options):
            if i:
                para.add_run(sep)
            para.add_run(f"{marks[0] if opt in checked else marks[1]} {opt}")
        return para

    def bullet(self, text, style="List Bullet"):
        return self.doc.add_paragraph(text, style=style)

    def numbered(self, text):
        return self.doc.add_paragraph(text, style="List Number")

    def table(self, rows, widths=None, grid=True, header=False, fill=None, size=None,
              bold_first_col=False):
        """rows: list of lists of str (or None for an empty cell)."""
        ncols = max(len(r) for r in rows)
        t = self.doc.add_table(rows=len(rows), cols=ncols)
        if grid:
            t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j in range(ncols):
                val = row[j] if j < len(row) else ""
                cell = t.cell(i, j)
                set_cell(cell, val or "", bold=(header and i == 0) or (bold_first_col and j == 0),
                         size=size)
                if header and i == 0 and fill:
                    shade(cell, fill)
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = Inches(w)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(0)
        return t

    def gap(self, n=1):
        for _ in range(n):
            self.doc.add_paragraph()

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def save(self, name):
        self.doc.save(HERE / name)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, value, bold=False, size=None):
    """Fill a cell. value: str (newlines make paragraphs) or list of (text, fmt) runs, or a
    list of such lists (one per paragraph)."""
    cell.text = ""
    para = cell.paragraphs[0]
    if isinstance(value, str):
        for k, line in enumerate(value.split("\n")):
            if k:
                para = cell.add_paragraph()
            r = para.add_run(line)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        return
    paras = value if value and isinstance(value[0], list) else [value]
    for k, runs in enumerate(paras):
        if k:
            para = cell.add_paragraph()
        for part in runs:
            text, fmt = (part, "") if isinstance(part, str) else part
            r = para.add_run(text)
            r.bold = bold or "b" in fmt
            r.italic = "i" in fmt
            r.underline = "u" in fmt
            if size:
                r.font.size = Pt(size)


def merge_down(t, col, r0, r1):
    """Merge cells of one column from row r0 to r1 (keeps r0's text)."""
    top = t.cell(r0, col)
    keep = top.text
    m = top.merge(t.cell(r1, col))
    # python-docx concatenates the text of merged cells; keep only the first
    for para in m.paragraphs[1:]:
        para._element.getparent().remove(para._element)
    if m.text != keep:
        set_cell(m, keep)
    return m


def merge_across(t, row, c0, c1):
    left = t.cell(row, c0)
    keep = left.text
    m = left.merge(t.cell(row, c1))
    for para in m.paragraphs[1:]:
        para._element.getparent().remove(para._element)
    if m.text != keep:
        set_cell(m, keep)
    return m


# ============================================================================================
# Clinicians and NPIs (all invented)

N = {
    "achebe": npi("143820957"), "blum": npi("158204733"), "reyesw": npi("167302118"),
    "kaplan": npi("119736420"), "haddad": npi("180355276"), "whitcomb": npi("127604381"),
    "okafor": npi("136590247"), "kowalczyk": npi("145028836"), "mehta": npi("110948572"),
    "novak": npi("172830649"), "raman": npi("183047265"), "brennan": npi("164920583"),
    "fishman": npi("129384756"), "yoder": npi("151730094"), "lindqvist": npi("137209468"),
    "gallo": npi("148302957"), "hofmann": npi("192038475"), "moyer_dr": npi("176302845"),
    "liu": npi("141926307"), "osei": npi("125093746"), "santos": npi("163829104"),
    "brenner": npi("170492836"), "ng": npi("138290467"), "petrov": npi("191027365"),
    "harmon": npi("153028746"), "obi": npi("120938475"), "lambert": npi("184620397"),
    "castellanos": npi("139502846"), "ruizpatel": npi("146203958"), "banks": npi("132908467"),
    "delaney": npi("157392048"), "walsh": npi("168203945"), "mills": npi("175830294"),
    "ferris": npi("149302856"), "vasquez": npi("122039485"), "tsai": npi("187302946"),
    "okafor_r": npi("130495827"), "greer": npi("156029384"), "pike": npi("182930475"),
    "lee_bcba": npi("143209586"), "tran": npi("165029384"), "ramos": npi("171039485"),
    "nguyen_bcba": npi("128390475"), "hart": npi("159302847"), "fox": npi("190283746"),
    "adeyemi": npi("134029586"), "kline": npi("162039485"), "cho": npi("147302958"),
    "vance": npi("179302846"), "marsh": npi("124093857"), "lopez": npi("188203947"),
}
BAD_NPI_CASTELLANOS = npi("139502846", valid=False)
BAD_CHECK = [k for k, v in N.items() if not npi_ok(v)]
assert not BAD_CHECK, BAD_CHECK
assert not npi_ok(BAD_NPI_CASTELLANOS)


# ============================================================================================
# Psychotherapy, Medicare (NGS LCD L33632)

def psy01():
    f = Form(font="Times New Roman", size=11)
    f.header("Harlan County Behavioral Health Services", "Older Adult Outpatient Program  |  "
             "214 Commerce St., Suite 300  |  Tel (555) 201-4470", align=WD_ALIGN_PARAGRAPH.CENTER)
    f.footer("Form HCBHS-TP1 (Rev. 06/2022)     CONFIDENTIAL: protected by 42 CFR Part 2 and HIPAA"
             "     Page 1 of 2")
    f.title("INDIVIDUALIZED TREATMENT PLAN", 14)
    f.p(("☒ Initial     ☐ Review/Update     ☐ Discharge", ""), align="c")
    f.blanks(("Client Name:", "Harold P. Jennings"), ("Record #:", "20417"))
    f.blanks(("Date of Birth:", "04/11/1951"), ("Medicare ID (MBI):", "4TR9-HK2-WN51"))
    f.blanks(("Other Insurance:", "N/A"), ("Admission Date:", "01/20/2026"))
    f.blanks(("Date of Plan:", "02/03/2026"), ("Primary Clinician:", "Lorraine Achebe, LCSW"))
    f.h("Diagnoses (ICD-10-CM)", caps=True)
    f.p("Primary:  ____F33.1  Major depressive disorder, recurrent, moderate____________")
    f.p("Secondary: ___Z63.4  Disappearance and death of family member (wife, 08/2025)____")
    f.p("Medical Hx relevant to Tx: hypertension, type 2 diabetes (per PCP); hearing aid R ear.",
        size=10)
    f.h("Presenting problem / reason for referral")
    f.p("Referred by PCP after PHQ-9 of 17 at annual wellness visit. Since his wife died in August "
        "2025, Harold has withdrawn from church and the senior center, stays in bed until noon most "
        "days and sleeps 3-4 hours a night. Denies SI/HI (C-SSRS screen negative 01/20/2026).")
    f.h("Problem #1:  Depressed mood / withdrawal")
    f.p(("Goal 1 ", "b"), "(in client's words: \"I want to get back to living\"):  ",
        "Harold will report improved mood, shown by a PHQ-9 score reduced from 17 to 9 or below "
        "by 05/01/2026.")
    f.p(("Objective 1a: ", "b"), "Harold will schedule and complete at least 3 pleasant or valued "
        "activities per week, recorded on his activity log, by 03/15/2026.  (Baseline: 0-1 per week)",
        indent=0.3)
    f.p(("Objective 1b: ", "b"), "Harold will attend the senior center lunch program at least 2 "
        "days per week by 04/01/2026.  (Baseline: 0 days since 09/2025)", indent=0.3)
    f.h("Problem #2:  Sleep disturbance")
    f.p(("Goal 2: ", "b"), "Harold will sleep at least 6 hours on 5 of 7 nights, per his sleep "
        "diary, by 04/15/2026.")
    f.p(("Objective 2a: ", "b"), "Harold will follow his wind-down routine (no TV in bed, same "
        "rise time 7:30 am) on at least 5 nights per week by 03/15/2026, per sleep diary.",
        indent=0.3)
    f.h("Interventions / Services")
    f.checks("Modality:", ["Individual psychotherapy", "Group", "Family", "Medication management"],
             {"Individual psychotherapy"})
    f.checks("Approach:", ["CBT", "Behavioral activation", "Grief counseling", "DBT skills",
                           "Motivational interviewing"], {"CBT", "Behavioral activation",
                                                          "Grief counseling"})
    f.checks("Frequency:", ["Weekly", "Every other week", "Monthly", "Other: ______"], {"Weekly"})
    f.checks("Session length:", ["53 minutes or more (90837)", "38-52 minutes (90834)",
                                 "16-37 minutes (90832)"], {"53 minutes or more (90837)"})
    f.blanks(("Estimated duration of treatment:", "6 months (through 08/03/2026)"))
    f.blanks(("Next plan review due:", "05/04/2026"))
    f.p("Discharge criteria: PHQ-9 below 10 on two consecutive monthly screens and attending "
        "senior center at least 2 days/week.", size=10)
    f.h("Signatures")
    f.p("Client participated in developing this plan and received a copy.  ☒ Yes  ☐ No", size=10)
    f.tabs(("Client:", "Harold P. Jennings"), ("Date:", "02/03/2026"), stops=(1.2, 4.5, 5.1))
    f.tabs(("Clinician:", "/s/ Lorraine Achebe, LCSW"), ("Date:", "02/03/2026"),
           stops=(1.2, 4.5, 5.1))
    f.p(f"Clinician NPI: {N['achebe']}", size=10)
    f.tabs(("Supervisor (if req.):", "N/A"), ("Date:", "N/A"), stops=(1.8, 4.5, 5.1))
    f.save("psy01_county_older_adult_underscores_clean.docx")
    label("psy01_county_older_adult_underscores_clean.docx", "medicare-psychotherapy", "2026-03-10",
          [], notes="Clean. County form with values typed over underscores, checkbox rows for "
          "modality/frequency/session length, typed /s/ signature, 'N/A' supervisor line.")


def psy02():
    f = Form(font="Georgia", size=11)
    f.header("Blum Counseling & Wellness, LLC  ·  88 Orchard Lane, Suite 2  ·  (555) 318-0092",
             align=WD_ALIGN_PARAGRAPH.CENTER)
    f.title("Treatment Plan", 15)
    f.p(("Client: ", "b"), "Margaret A. Doolittle      ", ("DOB: ", "b"), "9/22/1948      ",
        ("Medicare #: ", "b"), "7KD2UV8FG63")
    f.p(("Date: ", "b"), "January 14, 2026      ", ("Provider NPI: ", "b"), N["blum"])
    f.gap()
    f.p(("Presenting problem. ", "b"), "Mrs. Doolittle is a 77-year-old retired school librarian "
        "referred by her PCP for worry and tension that have grown since her husband's stroke in "
        "2024. She reports constant worry about his health and her finances, muscle tension, "
        "restless sleep and avoidance of driving on the highway, which keeps her from visiting her "
        "daughter in Millbrook. GAD-7 at intake (01/07/2026) was 15. No prior psychiatric Tx; no "
        "substance use; denies SI.")
    f.p(("Diagnosis. ", "b"), "F41.1 Generalized anxiety disorder (primary). Rule out mild "
        "neurocognitive disorder; MoCA 27/30 on 01/07/2026, so no cognitive Dx is made at this "
        "time.")
    f.p(("Goals and objectives. ", "b"), "Margaret's overall goal is to keep worry from running "
        "her days so that she can drive to see her daughter again. She will lower her GAD-7 score "
        "from 15 to 7 or less by April 30, 2026. She will practice diaphragmatic breathing or "
        "progressive muscle relaxation at least 5 days a week, tracked on her phone, by "
        "February 28, 2026. She will use scheduled \"worry time\" (20 minutes a day) on at least "
        "5 days a week by March 15, 2026. She will drive to her daughter's house (12 miles, "
        "partly on Route 9) at least once a week by March 31, 2026, following her graded "
        "exposure hierarchy.")
    f.p(("Treatment. ", "b"), "Individual psychotherapy using cognitive-behavioral therapy for "
        "GAD (psychoeducation, worry exposure, cognitive restructuring, relaxation training) and "
        "graded in-vivo exposure for driving. 45-minute sessions (CPT 90834) once a week for about "
        "6 months, through July 2026; sessions may move to every other week once GAD-7 stays "
        "under 10. Coordination with PCP (Dr. Haddad) about sleep medication.")
    f.p(("Review. ", "b"), "Plan to be reviewed with the client at least every 90 days; next "
        "review by 04/14/2026.")
    f.gap()
    f.p("Client signature:  Margaret A. Doolittle            Date: 01/14/2026")
    f.p("Therapist signature:  Electronically signed by Karen Blum on 01/14/2026 at 4:52 PM")
    f.save("psy02_private_practice_paragraphs_no_credential.docx")
    label("psy02_private_practice_paragraphs_no_credential.docx", "medicare-psychotherapy",
          "2026-02-02", [["credential-missing"]],
          notes="Small private practice, one paragraph per section. The therapist's e-signature "
          "names her but no credential appears with it (or anywhere on the plan; the letterhead "
          "shows only the practice name).")


def psy03():
    f = Form(font="Arial", size=10)
    f.header("RIVERBEND FAMILY COUNSELING CENTER", "Outpatient Services - Treatment Plan",
             align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    f.title("Master Treatment Plan", 13)
    st = (1.4, 3.7, 4.9)
    f.tabs(("Client Name:", "Leon Whitaker"), ("Client ID:", "RB-55102"), stops=st)
    f.tabs(("DOB:", "07/30/1956"), ("Medicare MBI:", "2WE5YC7AJ84"), stops=st)
    f.tabs(("Plan Date:", "10/06/2025"), ("Intake Date:", "09/22/2025"), stops=st)
    f.tabs(("Clinician:", "Tomas Reyes-Whitfield, MA, LPC"), ("NPI:", N["reyesw"]), stops=st)
    f.p()
    f.p(("Dx (ICD-10-CM):", "b"))
    f.tabs(("  1.", "F43.12  Post-traumatic stress disorder, chronic"), stops=(0.6,))
    f.tabs(("  2.", "F10.21  Alcohol dependence, in remission (sober since 2019)"), stops=(0.6,))
    f.p()
    f.p(("Hx:", "b"), " Vietnam-era veteran (non-VA care by choice). Nightmares 4-5 nights/week, "
        "avoids crowds and driving past the county fairgrounds, startles easily. PCL-5 = 52 on "
        "09/22/2025.")
    f.p()
    f.p(("GOAL 1:", "b"), "\tLeon will reduce PTSD symptoms, shown by a PCL-5 score below 33 by "
        "03/31/2026.")
    f.p("\tObj 1.1\tLeon will complete the CPT impact statement and at least 8 of 12 CPT worksheets "
        "by 12/31/2025.")
    f.p("\tObj 1.2\tLeon will report nightmares on no more than 2 nights/week (sleep log) by "
        "02/28/2026.")
    f.p(("GOAL 2:", "b"), "\tLeon will go to public places he now avoids.")
    f.p("\tObj 2.1\tLeon will shop at the grocery store during daytime hours at least 2 times/week "
        "without leaving early, by 01/31/2026 (baseline: 0, wife shops).")
    f.p("\tObj 2.2\tLeon will maintain sobriety: 0 drinks per week by self-report and spouse report "
        "through 03/31/2026.")
    f.p()
    f.p(("TREATMENT / SERVICES", "b"))
    f.tabs(("Type of Tx:", "Individual psychotherapy - Cognitive Processing Therapy (CPT) for PTSD"),
           stops=(1.6,))
    f.tabs(("Frequency:", "____________________"), stops=(1.6,))
    f.tabs(("Session length:", "____________________"), stops=(1.6,))
    f.tabs(("CPT code(s):", "____________________"), stops=(1.6,))
    f.tabs(("Est. duration:", "6 months (12 CPT sessions + maintenance), through 04/06/2026"),
           stops=(1.6,))
    f.tabs(("Other:", "Refer to VFW peer group; AA maintenance as client chooses"), stops=(1.6,))
    f.p()
    f.p("Clinician signature: Tomas Reyes-Whitfield, MA, LPC    Date: 10/06/2025")
    f.p("Client signature: Leon Whitaker    Date: 10/06/2025")
    f.save("psy03_tab_form_freq_and_length_blank.docx")
    label("psy03_tab_form_freq_and_length_blank.docx", "medicare-psychotherapy", "2025-10-20",
          [["frequency-missing"], ["amount-missing"]],
          unsure=("goal-not-measurable",),
          notes="Tab-aligned form. The Frequency, Session length and CPT code blanks were left "
          "empty (underscores only), so the plan states neither how often nor how long sessions "
          "are. Goal 2 is vague but measurable through its objectives; left unjudged.")


def psy04():
    f = Form(font="Calibri", size=10.5)
    f.header("Lakeshore Psychological Associates, P.C.", align=WD_ALIGN_PARAGRAPH.RIGHT)
    f.title("TREATMENT PLAN", 14)
    t = f.table([
        ["Patient: Evelyn R. Marsh", "DOB: 12/02/1944", "Medicare: 5HN7CX3PT28"],
        ["Plan established: 11/18/2024", "Therapist: Daniel Kaplan, Psy.D.", f"NPI {N['kaplan']}"],
        ["Referral: Dr. Haddad (PCP)", "Setting: Office (POS 11)", "Plan type: Initial"],
    ], grid=False, widths=[2.4, 2.5, 2.2])
    f.p(("Diagnosis", "b"))
    f.table([["ICD-10-CM", "Description", ""],
             ["F33.0", "Major depressive disorder, recurrent, mild", "Primary"],
             ["F41.1", "Generalized anxiety disorder", "Secondary"]],
            header=True, widths=[1.0, 4.3, 1.2])
    f.p(("Goals", "b"))
    t = f.table([
        ["#", "Goal / Objective", "Measure", "Target"],
        ["1", "Evelyn will decrease depressive symptoms to the mild-to-none range.",
         "PHQ-9 from 12 to 4 or below", "05/30/2025"],
        ["1a", "Evelyn will walk with her neighbor at least 3 mornings per week.",
         "Activity log", "01/31/2025"],
        ["1b", "Evelyn will call or visit one of her children at least 2 times per week.",
         "Self-report", "02/28/2025"],
        ["2", "Evelyn will reduce worry about her health.", "GAD-7 from 13 to 7 or below",
         "06/30/2025"],
        ["2a", "Evelyn will use a written coping card during worry episodes on at least 4 of 7 "
               "days.", "Coping card log", "03/31/2025"],
    ], header=True, widths=[0.4, 3.6, 1.7, 0.9])
    f.p(("Treatment", "b"))
    f.table([
        ["Service", "Session length", "Frequency", "Expected duration"],
        ["Individual psychotherapy, CBT (90834)", "45 minutes", "Weekly", "9 months"],
    ], header=True, widths=[2.8, 1.2, 1.1, 1.5])
    f.p("Plan review dates: ____________   ____________   ____________", size=9)
    f.p()
    f.table([
        ["Therapist signature", "Date"],
        ["Daniel Kaplan, Psy.D. (signed)", "11/18/2024"],
        ["Patient signature", "Date"],
        ["Evelyn R. Marsh (signed)", "11/18/2024"],
    ], grid=False, widths=[4.0, 2.0])
    f.save("psy04_layout_table_plan_from_2024.docx")
    label("psy04_layout_table_plan_from_2024.docx", "medicare-psychotherapy", "2026-01-22",
          [["plan-outdated"]],
          notes="Layout tables without borders. Plan established 11/18/2024 and never reviewed "
          "(review-date blanks empty); on 2026-01-22 it is 430 days old (> 1 year).")


def psy05():
    f = Form(font="Cambria", size=11)
    f.title("Pinewood Counseling Services", 13)
    f.p("Outpatient Psychotherapy Treatment Plan", align="c")
    f.gap()
    f.bl("Client:", "Raymond T. Kessler")
    f.bl("Date of birth:", "March 5, 1953")
    f.bl("Insurance:", "Medicare Part B, MBI 8GA3MN6RX10; secondary AARP Medigap Plan G")
    f.bl("Date of plan:", "03/02/2026")
    f.bl("Diagnosis:", "309.81 Posttraumatic Stress Disorder, chronic")
    f.bl("Presenting concerns:", "Intrusive memories and nightmares after a 2023 house fire in "
         "which his dog died; avoids cooking, startles at sirens, irritability with wife.")
    f.bl("Anticipated duration of treatment:", "12 months (03/02/2026 to 03/02/2027)")
    f.gap()
    f.bl("Goal 1:", "Reduce trauma symptoms so Raymond can cook and sleep without fear.")
    f.p("     Objective A: Decrease PCL-5 score from 48 to below 30 by 07/31/2026.")
    f.p("     Objective B: Cook a meal on the stove at least 2 times per week by 06/30/2026 "
        "(baseline: has not used the stove since 2023).")
    f.bl("Goal 2:", "Improve communication with spouse.")
    f.p("     Objective A: Use time-out and the agreed calm-down script in at least 4 of 5 arguments, "
        "per joint weekly check-in, by 05/31/2026.")
    f.gap()
    f.bl("Treatment type:", "Individual psychotherapy (Prolonged Exposure, PE), with in-vivo "
         "exposure homework between sessions")
    f.bl("Frequency:", "Weekly for 10-12 PE sessions, then every other week")
    f.bl("Session length:", "60 minutes (90837); PE sessions 90 minutes")
    f.gap()
    f.bl("Therapist:", "Nora Brennan, LICSW")
    f.bl("Signature / date:", "Nora Brennan, LICSW   03/02/2026")
    f.bl("NPI:", N["brennan"])
    f.save("psy05_bold_labels_dsm_code_twelve_months.docx")
    label("psy05_bold_labels_dsm_code_twelve_months.docx", "medicare-psychotherapy", "2026-03-20",
          [["diagnosis-code-invalid"], ["duration-exceeds-limit"]],
          notes="Bold labels with plain values on the same line. The diagnosis is written with the "
          "old DSM-IV/ICD-9 number 309.81 (not an ICD-10-CM code). Anticipated duration is 12 "
          "months, and NGS requires less than one year.")


def psy06():
    f = Form(font="Calibri", size=10)
    f.header("Northgate Behavioral Health  -  Outpatient Clinic", size=9)
    f.title("OUTPATIENT INDIVIDUALIZED TREATMENT PLAN", 13)
    f.table([
        ["Client name:  Dolores Fairbanks", "DOB:  06/14/1950", "Medicare Beneficiary ID:  3PX6RT4KE92"],
        ["Plan date:  12/01/2025", "Episode #:  2", "Primary therapist:  Alan Whitcomb, PhD"],
    ], widths=[2.5, 1.6, 2.8], size=9.5)
    f.p(("DIAGNOSES", "b"), "  (ICD-10-CM code and description)")
    f.p("1.  F41.0   Panic disorder [episodic paroxysmal anxiety]")
    f.p("2.  G47.00  Insomnia, unspecified")
    f.p(("PROBLEM LIST", "b"))
    f.p("1.  Panic attacks 3-4 times per week; avoids grocery stores and church since September.")
    f.p("2.  Difficulty falling asleep; lies awake 2+ hours most nights.")
    f.p(("GOALS", "b"), ("   (State each goal in the client's own words and in measurable terms. "
                          "Include a target date for each.)", "i"))
    f.p("1. ______________________________________________________________________________")
    f.p("2. ______________________________________________________________________________")
    f.p(("OBJECTIVES", "b"), ("   (Short-term, measurable steps toward each goal.)", "i"))
    f.p("1a. _____________________________________________________________________________")
    f.p("2a. _____________________________________________________________________________")
    f.p(("INTERVENTIONS", "b"))
    f.checks("", ["Individual therapy", "Group therapy", "Family therapy", "Medication evaluation"],
             {"Individual therapy"}, style="bracket")
    f.checks("", ["CBT", "Panic control treatment / interoceptive exposure", "CBT-I", "DBT",
                  "Supportive"], {"CBT", "Panic control treatment / interoceptive exposure",
                                  "CBT-I"}, style="bracket")
    f.checks("Frequency:", ["1x/week", "2x/month", "1x/month"], {"1x/week"}, style="bracket")
    f.checks("Session:", ["30 min (90832)", "45 min (90834)", "60 min (90837)"],
             {"45 min (90834)"}, style="bracket")
    f.p(("Expected length of treatment:", "b"), "  16 weeks")
    f.p()
    f.p("Therapist signature: Alan Whitcomb, PhD, Licensed Psychologist      Date: 12/01/2025")
    f.p(f"NPI: {N['whitcomb']}")
    f.p("Client signature: Dolores Fairbanks      Date: 12/01/2025")
    f.save("psy06_checkbox_form_goals_left_blank.docx")
    label("psy06_checkbox_form_goals_left_blank.docx", "medicare-psychotherapy", "2025-12-15",
          [["goal-missing"]],
          notes="The Goals and Objectives blanks were left empty (template instructions in "
          "italics, underscores only). Problems, interventions, frequency, session length and "
          "duration are filled. Nothing is objective-level, so objective kinds cannot apply.")


def psy07():
    f = Form(font="Times New Roman", size=11)
    f.header("Hudson Valley Center for Psychotherapy", "Treatment Plan - Medicare",
             align=WD_ALIGN_PARAGRAPH.RIGHT, size=8)
    f.title("COMPREHENSIVE TREATMENT PLAN", 13)
    f.h("Section I – Identifying Information", caps=False, underline=True)
    f.table([
        ["Name", "Walter J. Prentiss", "Date of Birth", "01/19/1949"],
        ["Medicare MBI", "9FT2-KW5-DH37", "Chart #", "HV-3318"],
        ["Date plan developed", "April 7, 2026", "Plan period", "04/07/2026 – 10/06/2026"],
    ], widths=[1.5, 2.0, 1.4, 1.8], bold_first_col=False)
    f.h("Section II – Diagnosis (DSM-5-TR / ICD-10-CM)", caps=False, underline=True)
    f.p("F41.1 – Generalized anxiety disorder (primary)")
    f.p("F10.21 – Alcohol use disorder, moderate, in sustained remission (ICD-10-CM: alcohol "
        "dependence, in remission)")
    f.h("Section III – Goals", caps=False, underline=True)
    t = f.table([
        ["Goal", "Objective", "Measure", ("Target Date" + "¹")],
        ["1. Walter will worry less and return to volunteering at the library.",
         "1.1 Reduce GAD-7 from 16 to 8 or less.", "GAD-7 monthly", "07/31/2026"],
        ["", "1.2 Volunteer at the library at least 1 shift (3 hours) per week.",
         "Volunteer log", "06/30/2026"],
        ["2. Walter will stay sober while anxiety treatment proceeds.",
         "2.1 0 drinking days per month by self-report (timeline follow-back) and wife's report.",
         "TLFB", "10/06/2026"],
        ["", "2.2 Attend at least 2 SMART Recovery meetings per week.", "Meeting log",
         "05/31/2026"],
    ], header=True, widths=[2.1, 2.7, 1.0, 0.9])
    merge_down(t, 0, 1, 2)
    merge_down(t, 0, 3, 4)
    f.h("Section IV – Services", caps=False, underline=True)
    f.table([
        ["Service", "CPT", "Session length", "Frequency", "Duration"],
        ["Individual psychotherapy (CBT for GAD; relapse-prevention skills)", "90837",
         "55 minutes", "Weekly for 12 weeks, then every other week", "6 months"],
    ], header=True, widths=[2.4, 0.6, 1.0, 1.6, 0.9])
    f.h("Section V – Coordination", caps=False, underline=True)
    f.p("PCP: Dr. Susan Haddad, MD. Release on file (signed 04/01/2026). No psychiatric medication.")
    f.h("Section VI – Signatures", caps=False, underline=True)
    f.p("/s/ Miriam Okafor, Ph.D., Licensed Psychologist          Date: 04/07/2026")
    f.p(f"NPI {N['okafor']}")
    f.p("Client: Walter J. Prentiss (signed in office)          Date: 04/07/2026")
    f.p()
    f.p(("¹ ", "sup"), "Target dates are reviewed at each 90-day plan review (next review "
        "07/06/2026).", size=8.5)
    f.save("psy07_numbered_sections_merged_goal_rows_clean.docx")
    label("psy07_numbered_sections_merged_goal_rows_clean.docx", "medicare-psychotherapy",
          "2026-05-05", [],
          notes="Clean. 'Section I – ...' numbered headings; goals table with the goal cell merged "
          "over its objective rows; footnote marker on the Target Date column header.")


# ============================================================================================
# Pennsylvania licensed psychiatric outpatient clinics (55 Pa. Code ch. 5200)

def pa01():
    f = Form(font="Arial", size=9.5)
    f.header("Allegheny Ridge Behavioral Health  -  School-Based Outpatient Satellite",
             "Penn Hills Middle School, Room 114  |  Licensed Outpatient Psychiatric Clinic", size=8)
    f.title("INDIVIDUAL TREATMENT PLAN (ITP)", 12)
    f.p("55 Pa. Code §5200.31", align="c", size=8)
    t = f.table([
        ["Child's Name:\tJaylen M. Reese", "DOB:\t03/28/2014", "Grade:\t6"],
        ["MA Recipient ID:\t4402918837", "MCO:\tCommunity HealthChoices", "School ID:\t208851"],
        ["Intake/Assessment Date:\t01/06/2026", "ITP Date:\t01/27/2026", "ITP Type:\t☒ Initial  ☐ Update"],
        ["Parent/Guardian:\tTanya Reese (mother)", "Phone:\t(555) 730-2281", "Lives with:\tmother, 2 siblings"],
    ], widths=[2.7, 2.3, 2.2], size=9)
    f.bar("DIAGNOSIS (ICD-10-CM)")
    f.p("F90.2  Attention-deficit hyperactivity disorder, combined type  (primary)")
    f.p("F91.3  Oppositional defiant disorder")
    f.bar("STRENGTHS / NEEDS")
    f.p("Strengths: loves drawing and basketball, close with grandmother, responds to praise. "
        "Needs: leaves class without permission, arguments at home over homework, 4 office "
        "referrals in December.")
    f.bar("GOALS AND OBJECTIVES")
    t = f.table([
        ["Goal", "Objective (measurable)", "Target date", "Responsible"],
        ["1. Jaylen will stay in class and follow teacher directions.",
         "1a. Jaylen will reduce office referrals from 4 per month to 1 or fewer per month "
         "(school discipline log).", "04/30/2026", "Jaylen, therapist, teacher"],
        ["", "1b. Jaylen will use his break card instead of leaving class without permission in 4 of "
             "5 opportunities per week (teacher tally).", "03/31/2026", "Jaylen, teacher"],
        ["2. Jaylen and his mother will argue less at home.",
         "2a. Mother will report arguments decreased from daily to 2 or fewer per week (weekly "
         "parent check-in).", "04/30/2026", "Jaylen, mother, therapist"],
        ["", "2b. Jaylen and mother will complete the home point chart on at least 4 of 5 school "
             "days.", "03/15/2026", "Jaylen, mother"],
    ], header=True, widths=[1.9, 3.1, 0.9, 1.3], size=9)
    merge_down(t, 0, 1, 2)
    merge_down(t, 0, 3, 4)
    f.bar("SERVICES / MODALITIES")
    f.checks("", ["Individual psychotherapy (school)", "Family psychotherapy", "Group",
                  "Psychiatric evaluation / medication management"],
             {"Individual psychotherapy (school)", "Family psychotherapy",
              "Psychiatric evaluation / medication management"}, style="bracket")
    f.table([
        ["Modality", "Frequency", "Session length", "Location"],
        ["Individual psychotherapy (90834)", "1x per week", "45 min", "School"],
        ["Family psychotherapy (90847)", "2x per month", "50 min", "Clinic / home"],
        ["Medication management (99214)", "1x per month", "15-25 min", "Clinic"],
    ], header=True, widths=[2.6, 1.3, 1.2, 1.3], size=9)
    f.p(("Anticipated length of treatment:", "b"), "  6 months (ITP review by 07/27/2026)")
    f.bar("SIGNATURES")
    f.table([
        ["Mental Health Professional", "Brianna Kowalczyk, M.S., LPC   (signed)", "01/27/2026"],
        ["Parent / Guardian", "Tanya Reese   (signed)", "01/27/2026"],
        ["Child (assent; required 14+)", "Jaylen Reese   (signed)", "01/27/2026"],
        ["Psychiatrist approval", "Anil Mehta, MD, Medical Director   (signed)", "01/29/2026"],
    ], widths=[2.0, 3.8, 1.2], size=9)
    f.p(f"MHP NPI {N['kowalczyk']}     Psychiatrist NPI {N['mehta']}", size=8)
    f.save("pa01_school_based_satellite_guardian_clean.docx")
    label("pa01_school_based_satellite_guardian_clean.docx", "base-treatment-plan", "2026-02-10",
          [], state="pa-55-5200",
          notes="Clean. PA school-based satellite ITP for an 11-year-old: labels and values in the "
          "same cell separated by tabs, merged goal cells, parent and child signatures, psychiatrist "
          "approval 2 days later. Plan 21 days after intake.")


def pa02():
    f = Form(font="Calibri", size=10.5)
    f.header("LACKAWANNA VALLEY COUNSELING SERVICES  •  Licensed Outpatient Psychiatric Clinic",
             size=8)
    f.title("Treatment Plan", 14)
    f.blanks(("Name:", "Frank Dombrowski"), ("DOB:", "08/08/1955"), ("MBI:", "6CV4DF9MT25"))
    f.blanks(("Intake date:", "09/02/2025"), ("Plan date:", "10/21/2025"),
             ("Clinician:", "Gerald Novak, MA, LPC"))
    f.h("Diagnosis")
    f.p("F33.1 Major depressive disorder, recurrent, moderate")
    f.h("Goals / Objectives")
    f.p("Goal 1: Frank will be less depressed and re-engage with family.")
    f.p("   Obj 1.1  PHQ-9 from 19 to 9 or below by 02/28/2026.")
    f.p("   Obj 1.2  Frank will eat dinner with his son's family at least 1x/week by 12/31/2025.")
    f.p("Goal 2: Frank will manage anger without yelling at his wife.")
    f.p("   Obj 2.1  Frank will use the STOP skill so that yelling episodes drop from 4/week to 1 or "
        "fewer per week (wife's report) by 01/31/2026.")
    f.h("Modalities")
    f.p("Individual psychotherapy (CBT) - 90834, 45 minutes, weekly. Psychiatric medication review "
        "(20 minutes) every 8 weeks with Dr. Raman.")
    f.p("Expected duration of treatment: 6 months")
    f.h("Signatures")
    f.p("Client Signature: _________________________________   Date: 10/21/2025")
    f.p("Clinician Signature: /s/ Gerald Novak, MA, LPC           Date: 10/21/2025")
    f.p("Psychiatrist Approval: /s/ Priya Raman, M.D.              Date: 10/23/2025")
    f.p(f"NPI (clinician) {N['novak']}    NPI (psychiatrist) {N['raman']}", size=9)
    f.save("pa02_county_clinic_late_client_line_blank.docx")
    label("pa02_county_clinic_late_client_line_blank.docx", "medicare-psychotherapy", "2025-11-12",
          [["plan-late"], ["signature-missing"]], state="pa-55-5200",
          notes="Plan dated 10/21/2025, 49 days after the 09/02/2025 intake (PA: within 30 days). "
          "The client signature line is blank although its date was pre-typed.")


def pa03():
    f = Form(font="Calibri", size=10.5)
    f.title("Keystone Family Wellness Clinic", 13)
    f.p("Individual Treatment Plan", align="c")
    f.p(("Client: ", "b"), "Crystal Ann Moyer\t", ("DOB: ", "b"), "11/02/1989\t",
        ("MA ID: ", "b"), "3018842210")
    f.p(("Intake: ", "b"), "04/20/2026\t", ("Plan: ", "b"), "05/11/2026\t",
        ("Therapist: ", "b"), "Monica Gallo, LCSW")
    f.p(("Dx: ", "b"), "Major depressive disorder, single episode, moderate (F32.1); Generalized "
        "anxiety disorder")
    f.p(("Tx Goals", "bu"))
    f.p(("Goal #1  ", "b"), "Crystal will return to work part-time (at least 20 hours per week) by "
        "08/31/2026.")
    f.p(("Objectives:  ", "b"), ("(list at least one measurable objective for each goal)", "i"))
    f.p("_____________________________________________________________________")
    f.p(("Goal #2  ", "b"), "Crystal will reduce panic attacks from 4 per week to 1 or fewer per "
        "week by 08/01/2026.")
    f.p(("Objectives:  ", "b"), "N/A")
    f.p(("Modalities / Interventions", "bu"))
    f.p("Individual psychotherapy (CBT, behavioral activation), 60 minutes weekly; medication "
        "management with Dr. Yoder monthly.")
    f.p(("Expected duration: ", "b"), "6 months")
    f.p(("Signatures", "bu"))
    f.p("Client: Crystal A. Moyer            Date: 5/11/26")
    f.p("Therapist: Monica Gallo, LCSW            Date: 5/11/26")
    f.p("Psychiatric approval: Thomas Yoder, DO            Date: 5/13/26")
    f.p(f"Therapist NPI {N['gallo']};  Dr. Yoder NPI {N['yoder']}", size=9)
    f.save("pa03_goals_without_objectives_dx_words_only.docx")
    label("pa03_goals_without_objectives_dx_words_only.docx", "base-treatment-plan", "2026-05-26",
          [["objective-missing"], ["diagnosis-code-missing"]], state="pa-55-5200",
          notes="Neither goal has an objective (one blank with the template instruction, one "
          "'N/A'). The second diagnosis, generalized anxiety disorder, is written without a code.")


def pa04():
    f = Form(font="Times New Roman", size=11)
    f.header("Susquehanna Senior Behavioral Health Clinic", "Outpatient Tx Plan     Client initials: [ RK ]",
             size=8)
    f.footer("Rev. 2/2023  -  Each page must be initialed by the client.     Page 1 of 2")
    f.title("OUTPATIENT TREATMENT PLAN", 13)
    f.table([
        ["CLIENT:  Ruth Kaminski", "DOB:  02/17/1947", "MBI:  1AD3FG5HK77"],
        ["INTAKE DATE:  06/02/2026", "PLAN DATE:  06/23/2026", "REVIEW DUE:  09/23/2026"],
    ], widths=[2.4, 2.2, 2.4], size=10)
    f.p(("Dx:  ", "b"), "F33.1 MDD, recurrent, moderate (primary);  F41.1 GAD")
    f.p(("Hx:  ", "b"), "Two prior episodes (1998, 2015), both remitted with therapy + sertraline. "
        "Widowed 2024. Lives alone; daughter nearby.")
    f.p(("PROBLEM 1 - Depression", "b"))
    f.p("GOAL:  Ruth will return to her usual activities (church choir, garden club) with "
        "improved mood.")
    f.p("   OBJ 1:  PHQ-9 will decrease from 16 to 8 or below by 09/15/2026.")
    f.p("   OBJ 2:  Ruth will attend choir practice at least 1x/week by 08/01/2026 (now 0).")
    f.p(("PROBLEM 2 - Anxiety", "b"))
    f.p("GOAL:  Ruth will worry less about living alone.")
    f.p("   OBJ 1:  GAD-7 will decrease from 12 to 6 or below by 09/15/2026.")
    f.p("   OBJ 2:  Ruth will practice paced breathing on at least 5 days per week (log) by "
        "07/31/2026.")
    f.p(("MODALITIES", "b"))
    f.checks("", ["Individual", "Group", "Family", "Med mgmt"], {"Individual", "Med mgmt"},
             style="square")
    f.p("Individual Tx: CBT + behavioral activation, 53 min (90837), 1x/week.")
    f.p("Med mgmt: Dr. Fishman every 6 weeks, 20-min visits (99213).")
    f.p(("Expected duration of Tx:", "b"), "  6 months (to 12/23/2026)")
    f.p()
    f.table([
        ["Client", "Ruth Kaminski", "06/23/2026", "Initials: RK"],
        ["Therapist", "Elaine Shapiro, LCSW  (e-signed)", "06/23/2026", ""],
        ["Psychiatrist", "Harold Fishman, D.O.  (e-signed)", "06/25/2026", ""],
    ], widths=[1.2, 3.0, 1.2, 1.2], size=10)
    f.p(f"NPI: Shapiro {npi('115203948')}   Fishman {N['fishman']}", size=8)
    f.save("pa04_initials_boxes_checkboxes_clean.docx")
    label("pa04_initials_boxes_checkboxes_clean.docx", "medicare-psychotherapy", "2026-07-14", [],
          state="pa-55-5200",
          notes="Clean. Header initials box, square checkboxes, signature grid with client "
          "initials column; plan 21 days after intake, psychiatrist co-signs 2 days later.")


def pa05():
    f = Form(font="Calibri", size=11)
    f.title("Brandywine Counseling Associates — Treatment Plan", 13, align="l")
    f.p("Client: Vincent Albanese. Date of birth 10/09/1952. Medicare MBI 2MJ8NP4QR61. Intake "
        "03/09/2026. Plan completed 03/30/2026 by Sean Delaney, LPC (NPI " + N["delaney"] + ").")
    f.h("Diagnosis", caps=False)
    f.p("Vincent meets criteria for posttraumatic stress disorder, chronic (F43.12), related to a "
        "2019 robbery at his store, and alcohol use disorder, mild (F10.10, alcohol abuse, "
        "uncomplicated); he has cut down on his own from daily to weekends.")
    f.h("Goals and objectives", caps=False)
    f.p("Vincent wants to \"stop jumping at every noise and sleep through the night.\" His first "
        "goal is fewer trauma symptoms: he will bring his PCL-5 score down from 51 to under 33 by "
        "07/31/2026, and will go back into the store he used to own (now his son's) for at least "
        "30 minutes twice a week by 06/15/2026. His second goal is to drink less: he will keep to "
        "no more than 2 drinking days per week and no more than 2 drinks per drinking day, checked "
        "with his wife and a weekly calendar, by 05/15/2026, and will reach 4 weeks in a row with "
        "no binge days (4 or more drinks) by 06/30/2026.")
    f.h("Treatment", caps=False)
    f.p("Individual trauma-focused psychotherapy (Cognitive Processing Therapy) with motivational "
        "interviewing for alcohol use, 53 to 60 minute sessions (90837) every week for the first 12 "
        "weeks, then every other week. Psychiatric evaluation and medication review (prazosin for "
        "nightmares was discussed) with Deborah Lindqvist, CRNP, in 20-minute visits every 6 "
        "weeks. We expect "
        "treatment to last about 6 months, to the end of September 2026, with a plan review at 90 "
        "days (06/29/2026).")
    f.h("Signatures", caps=False)
    f.p("Client: Vincent Albanese, signed 03/30/2026. Therapist: Sean Delaney, LPC, signed "
        "03/30/2026. Psychiatric approval (psychotherapy plan): Deborah Lindqvist, CRNP, "
        "PMHNP-BC, signed 04/02/2026, NPI " + N["lindqvist"] + ".")
    f.save("pa05_one_paragraph_per_section_crnp_clean.docx")
    label("pa05_one_paragraph_per_section_crnp_clean.docx", "medicare-psychotherapy", "2026-04-20",
          [], state="pa-55-5200",
          notes="Clean. Everything typed as one paragraph per section, signatures in one sentence "
          "list; the approving advanced practice professional is a CRNP (PA's title for a nurse "
          "practitioner). Plan 21 days after intake.")


def pa06():
    f = Form(font="Arial", size=10)
    f.header("COUNTY OF WESTMARK  -  MH/ID  -  Contracted Provider: Laurel Path Family Services",
             size=7.5)
    f.title("CHILD & ADOLESCENT OUTPATIENT TREATMENT PLAN", 12)
    f.blanks(("Youth Name:", "Sofia Ramirez-Cole"), ("DOB:", "07/04/2010"), ("Age:", "15"))
    f.blanks(("MA #:", "9130045127"), ("Intake date:", "08/18/2025"), ("Plan date:", "09/10/2025"))
    f.blanks(("Parent/Guardian:", "Marisol Ramirez (mother)"), ("Therapist:", "Kevin Ortiz, LCSW"))
    f.p()
    f.p(("I.  DIAGNOSES", "b"))
    f.p("    F32.1   Major depressive disorder, single episode, moderate")
    f.p("    F41.1   Generalized anxiety disorder")
    f.p(("II.  GOALS AND OBJECTIVES", "b"), ("   (describe in measurable terms)", "i"))
    f.p("    Goal 1:  Sofia will feel less sad and go to school every day.")
    f.p("        Objective 1a: Sofia's PHQ-A score will drop from 18 to 9 or below by 12/15/2025.")
    f.p("        Objective 1b: Sofia will miss no more than 1 school day per month (attendance "
        "record) by 11/30/2025.  Baseline: 6 absences in May.")
    f.p("    Goal 2:  Sofia will handle panic and worry at school.")
    f.p("        Objective 2a: Sofia will use a grounding skill instead of going to the nurse in 3 "
        "of 4 anxious moments per week (self-monitoring card) by 11/01/2025.")
    f.p(("III.  SERVICES", "b"))
    f.checks("    Modality:", ["Individual", "Family", "Group", "Medication management"],
             {"Individual", "Family", "Medication management"}, style="bracket")
    f.p("    Individual psychotherapy 1x/week, 45 min; family session 1x/month, 60 min; "
        "medication management with Dr. Hofmann monthly.")
    f.p("    Anticipated duration:  _____6 months (through 03/10/2026)_____")
    f.p(("IV.  SIGNATURES", "b"))
    f.p("    Youth (14 and older consents to own treatment):  Sofia Ramirez-Cole     Date: 09/10/2025")
    f.p("    Parent/Guardian:  Marisol Ramirez     Date: 09/10/2025")
    f.p("    Therapist:  Kevin Ortiz, LCSW     Date: 09/10/2025")
    f.p("    Psychiatrist review/approval:  Lena Hofmann, MD     Date: 09/12/2025")
    f.p(f"    NPIs: Ortiz {npi('118203947')}  Hofmann {N['hofmann']}", size=8.5)
    f.save("pa06_county_youth_form_underscores_clean.docx")
    label("pa06_county_youth_form_underscores_clean.docx", "base-treatment-plan", "2025-09-30",
          [], state="pa-55-5200",
          notes="Clean. County youth form with Roman-numeral sections, '(describe in measurable "
          "terms)' instruction left in, youth and parent both sign; plan 23 days after intake.")
