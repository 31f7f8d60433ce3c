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
    f.tabs(("Clinician:", "/s/ Lorraine Achebe, L.C.S.W."), ("Date:", "02/03/2026"),
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
          unsure=("diagnosis-code-missing",),
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


# ============================================================================================
# Medicare Part B outpatient therapy (PT / OT / SLP)

CERT_TEXT = ("I have reviewed this plan of care and certify that the services are medically "
             "necessary, that the patient is under my care, and that this plan is established and "
             "will be reviewed periodically.")


def pt01():
    f = Form(font="Calibri", size=10)
    f.header("SUMMIT PHYSICAL THERAPY & SPORTS REHAB  |  1407 Ridge Rd, Unit B  |  Fax (555) 640-1188",
             size=8)
    f.title("Physical Therapy Plan of Care / Certification", 13)
    f.table([
        ["Patient: Dorothy Kim-Alvarez", "DOB: 05/22/1949", "MBI: 3JK7CM2NP84"],
        ["Date of Initial Evaluation: 03/03/2026", "POC Date: 03/03/2026",
         "Certification Period: 03/03/2026 to 05/31/2026"],
        ["Referring MD: Raymond Osei, MD", "Onset: 11/2025 (gradual)", "Visit #: 1"],
    ], widths=[2.6, 2.0, 2.6], size=9.5)
    f.p(("Medical Dx / Tx Dx (ICD-10-CM): ", "b"),
        "M17.11 Unilateral primary osteoarthritis, right knee;  R26.89 Other abnormalities of gait "
        "and mobility")
    f.p(("Assessment: ", "b"), "76 y/o F with R knee OA, awaiting decision on TKA. R knee flexion "
        "AROM 95°, ext -8°; quad 3+/5. Amb 150 ft with SPC, antalgic; TUG 18 sec; LEFS 28/80. "
        "Unable to do stairs reciprocally. Good rehab potential.")
    f.p(("Short-Term Goals (4 weeks)", "b"))
    f.numbered("Pt will increase R knee flexion AROM from 95° to 110° by 03/31/2026.")
    f.numbered("Pt will amb 300 ft with SPC on level surfaces, mod I, by 03/31/2026.")
    f.p(("Long-Term Goals (8 weeks)", "b"))
    f.numbered("Pt will improve TUG from 18 sec to under 12 sec by 04/28/2026.")
    f.numbered("Pt will ascend/descend 12 stairs reciprocally with 1 rail, independently, by "
               "04/28/2026.")
    f.numbered("LEFS will improve from 28/80 to 50/80 or higher by 04/28/2026.")
    f.p(("Treatment Plan", "b"))
    f.checks("", ["97110 Therapeutic exercise", "97112 Neuromuscular re-ed", "97116 Gait training",
                  "97140 Manual therapy"], {"97110 Therapeutic exercise", "97112 Neuromuscular re-ed",
                                            "97116 Gait training", "97140 Manual therapy"},
             sep="    ")
    f.checks("", ["97530 Therapeutic activities", "97035 Ultrasound", "97014 E-stim (unattended)",
                  "HEP instruction"], {"97530 Therapeutic activities", "HEP instruction"}, sep="    ")
    f.p(("Frequency: ", "b"), "2x/week     ", ("Duration: ", "b"), "8 weeks     ",
        ("Total visits: ", "b"), "16")
    f.p()
    f.p("Therapist: Grace Liu, PT, DPT  (electronically signed)     Date: 03/03/2026     "
        f"NPI: {N['liu']}")
    f.p(("PHYSICIAN CERTIFICATION", "b"))
    f.p(CERT_TEXT, size=9)
    f.p("Signature: Raymond Osei, MD  (signed)          Date: 03/10/2026          "
        f"NPI: {N['osei']}")
    f.p("☐ I do not certify / changes requested: ______________________________", size=9)
    f.save("pt01_private_practice_checkbox_clean.docx")
    label("pt01_private_practice_checkbox_clean.docx", "medicare-outpatient-therapy", "2026-04-01",
          [], notes="Clean. Checkbox treatment list with CPT codes, numbered STG/LTG, certification "
          "signed 7 days after the evaluation; 89-day certification period.")


def pt02():
    f = Form(font="Arial", size=10)
    f.title("COASTAL MOTION PHYSICAL THERAPY", 12)
    f.p("Plan of Care", align="c")
    st = (1.7, 3.8, 5.2)
    f.tabs(("Patient:", "Arthur Lindgren"), ("DOB:", "12/30/1950"), stops=st)
    f.tabs(("Medicare ID:", "5EK2QW7TY39"), ("Acct #:", "CM-20931"), stops=st)
    f.tabs(("Eval Date:", "01/13/2026"), ("Plan Date:", "01/13/2026"), stops=st)
    f.tabs(("Cert Period:", "01/13/2026 - 04/10/2026"), ("Payer:", "Medicare Part B"), stops=st)
    f.p()
    f.tabs(("Diagnosis:", "M54.16 Radiculopathy, lumbar region"), stops=(1.7,))
    f.tabs(("", "M54.50 Low back pain, unspecified"), stops=(1.7,))
    f.p()
    f.p(("Problems:", "b"), " LBP with L LE radiating pain 6/10; sitting tolerance 15 min; "
        "ODI 46%; lumbar flexion limited 50%; unable to lift grandchild (25 lb).")
    f.p(("Goals:", "b"))
    f.p("\tSTG (3 wks):\tPain reduced from 6/10 to 3/10 or less with sitting 30 min by 02/03/2026.")
    f.p("\tLTG (6 wks):\tODI from 46% to 20% or less by 02/24/2026.")
    f.p("\tLTG (6 wks):\tPt will lift 25 lb floor to waist with proper mechanics x 5 reps, "
        "no increase in symptoms, by 02/24/2026.")
    f.p(("Plan:", "b"), " Ther ex (97110), manual therapy (97140), neuromuscular re-ed (97112), "
        "HEP, patient education in lifting mechanics.")
    f.tabs(("Frequency:", "2x/week"), ("Duration:", "6 weeks"), stops=st)
    f.p()
    f.p("Therapist signature:\tNathan Ng, PT\t01/13/2026")
    f.p(f"\tNPI {N['ng']}")
    f.p()
    f.p(("Certifying practitioner", "b"))
    f.p(CERT_TEXT, size=8.5)
    f.p("Signature:\t/s/ Paul Brenner, D.C.\tDate:\t01/20/2026")
    f.p(f"Printed name:\tDr. Paul Brenner, Chiropractic Physician\tNPI:\t{N['brenner']}")
    f.save("pt02_tab_form_certified_by_chiropractor.docx")
    label("pt02_tab_form_certified_by_chiropractor.docx", "medicare-outpatient-therapy",
          "2026-02-05", [["credential-not-permitted"]], unsure=("signature-missing",),
          notes="Tab-aligned form. The plan was certified (in time) by a chiropractor (D.C.), who "
          "cannot certify a Medicare therapy plan. Whether that also counts as 'no certification "
          "signature' is left unjudged.")


def ot01():
    f = Form(font="Calibri", size=10.5)
    f.header("Bridgeport Hand & Upper Extremity Therapy", "Occupational Therapy", size=9,
             align=WD_ALIGN_PARAGRAPH.CENTER)
    f.title("OT PLAN OF CARE", 13)
    f.table([
        ["Patient Name", "Lucille Ferreira", "DOB", "09/09/1954"],
        ["Medicare #", "8NP3RT6UV42", "Start of Care", "02/09/2026"],
        ["Date of Plan", "02/09/2026", "Certification", "02/09/2026 through 05/09/2026"],
        ["Referring", "Nadia Petrov, MD (Ortho)", "Side", "R (dominant)"],
    ], widths=[1.3, 2.3, 1.2, 2.3], size=10)
    f.p(("Diagnoses", "b"))
    f.p("S52.531D  Colles' fracture of right radius, subsequent encounter, routine healing")
    f.p("M25.631   Stiffness of right wrist, NEC")
    f.p(("Evaluation summary", "b"))
    f.p("Cast removed 02/02/2026 after ORIF 12/15/2025. R wrist ext 25°, flex 30°; grip R 18 lb vs "
        "L 52 lb; QuickDASH 61. Unable to open jars, write more than 2 lines, or fasten bra.")
    f.p(("Goals", "b"))
    f.table([
        ["", "Goal", "By"],
        ["STG 1", "R wrist AROM: extension 25° → 50°, flexion 30° → 50°", "03/09/2026"],
        ["STG 2", "Pt will write a 5-line grocery list legibly without pain > 3/10", "03/09/2026"],
        ["LTG 1", "R grip strength from 18 lb to 40 lb or more", "04/20/2026"],
        ["LTG 2", "QuickDASH from 61 to 25 or less; independent with dressing incl. fasteners",
         "04/20/2026"],
    ], header=True, widths=[0.7, 4.8, 1.0], size=10)
    f.p(("Interventions", "b"))
    f.p("97110 therapeutic exercise; 97140 manual therapy (joint mobilization, scar massage); "
        "97530 therapeutic activities (fine motor, ADL retraining); 97018 paraffin "
        "before exercise; HEP.")
    f.p(("Frequency:", "b"), "  2x/week          ", ("Duration:", "b"), "  ______________          ",
        ("Total visits:", "b"), "  ________")
    f.p()
    f.p("Therapist: Tara Harmon, OTR/L, CHT   (signed)      Date: 02/09/2026      "
        f"NPI {N['harmon']}")
    f.p(("Physician certification", "b"))
    f.p(CERT_TEXT, size=9)
    f.p("Physician signature: ___________________________________      Date: ___________")
    f.p(f"Printed name: Nadia Petrov, MD          NPI: {N['petrov']}")
    f.save("ot01_hand_therapy_duration_blank_cert_unsigned.docx")
    label("ot01_hand_therapy_duration_blank_cert_unsigned.docx", "medicare-outpatient-therapy",
          "2026-03-02", [["duration-missing"], ["signature-missing"]],
          notes="Duration and total-visits blanks left empty (the certification period does not "
          "state the duration of treatment). The physician certification block has a printed name "
          "but no signature and no date.")


def pt03():
    f = Form(font="Times New Roman", size=10.5)
    f.header("Meadowbrook Regional Hospital - Outpatient Rehabilitation Services", size=8)
    f.title("Outpatient Physical Therapy Plan of Care", 13)
    f.table([
        ["Name:  Bernard Okonkwo", "MRN:  MB00481736"],
        ["DOB:  04/04/1946", "HICN/MBI:  6TW9XY3AC57"],
        ["Initial eval / 1st Tx:  01/12/2026", "POC completed:  01/26/2026"],
        ["Cert. period:  01/12/2026 - 04/11/2026", "Referring:  Dr. Alicia Santos, MD (Neuro)"],
    ], grid=False, widths=[3.4, 3.4])
    f.p("Note: treatment began at the evaluation visit; written POC finalized 01/26/2026 after "
        "MRI report received.", size=9)
    f.p(("Dx:", "b"), " I69.351 Hemiplegia and hemiparesis following cerebral infarction "
        "affecting right dominant side;  R26.89 Other abnormalities of gait and mobility")
    f.p(("Hx:", "b"), " L MCA CVA 11/28/2025, inpatient rehab x 3 wks, d/c home with wife "
        "12/30/2025.")
    f.p(("Objective findings:", "b"), " Berg 34/56; 10MWT 0.42 m/s with hemi-walker and R AFO; "
        "R hip flexion 3-/5, ankle DF 2/5; needs CGA for sit-stand and min A on stairs.")
    f.p(("Goals", "b"))
    f.table([
        ["Goal", "Target"],
        ["STG: Berg Balance from 34/56 to 42/56 or higher", "4 weeks (02/09/2026)"],
        ["STG: Sit-to-stand from standard chair with SBA, 5 of 5 trials", "4 weeks (02/09/2026)"],
        ["LTG: Gait speed from 0.42 to 0.65 m/s or faster with quad cane and AFO", "10 weeks (03/23/2026)"],
        ["LTG: Ascend/descend 4 steps with rail, mod I", "10 weeks (03/23/2026)"],
    ], header=True, widths=[5.0, 1.8])
    f.p(("Plan", "b"))
    f.p("Gait training (97116), neuromuscular re-education (97112), therapeutic exercise (97110), "
        "therapeutic activities (97530), orthotic check-out/training (97760). Caregiver training "
        "for wife.")
    f.p(("Frequency / duration:", "b"), " 3x/week x 10 weeks (30 visits)")
    f.p()
    f.table([
        ["Therapist", "Kristin Lambert, PT, DPT, NCS  (e-sig)", "01/26/2026", f"NPI {N['lambert']}"],
        ["Certifying physician", "Alicia Santos, MD  (e-sig)", "02/23/2026", f"NPI {N['santos']}"],
    ], widths=[1.5, 2.9, 1.0, 1.5], size=9.5)
    f.p(CERT_TEXT, size=8)
    f.save("pt03_hospital_op_plan_after_eval_cert_late.docx")
    label("pt03_hospital_op_plan_after_eval_cert_late.docx", "medicare-outpatient-therapy",
          "2026-03-01", [["plan-late"], ["signature-late"]],
          notes="Treatment began at the 01/12/2026 evaluation but the written plan is dated "
          "01/26/2026 (after treatment began). The physician certified on 02/23/2026, 42 days after "
          "the first treatment day (due within 30).")


def pt04():
    f = Form(font="Calibri", size=10.5)
    f.title("Valley Forge Physical Therapy", 13, align="l")
    f.p("PLAN OF TREATMENT FOR OUTPATIENT REHABILITATION", size=9)
    f.p(("Patient's last name, first: ", "b"), "Nunez, Gloria        ",
        ("DOB: ", "b"), "07/07/1952        ", ("HICN/MBI: ", "b"), "4DF8GH2JK16")
    f.p(("Provider: ", "b"), "Valley Forge PT, LLC        ", ("Type: ", "b"), "☒ PT  ☐ OT  ☐ SLP")
    f.p(("SOC date: ", "b"), "10/06/2025        ", ("Plan date: ", "b"), "10/06/2025        ",
        ("From-through: ", "b"), "10/06/2025 - 01/03/2026")
    f.p(("Primary Dx: ", "b"), "M17.11 Unilateral primary OA, right knee     ",
        ("Treatment Dx: ", "b"), "R26.89 Other abnormalities of gait and mobility")
    f.p(("Plan of treatment / functional goals", "b"))
    f.p("Goals (short term):")
    f.p("  1) Decrease R knee pain with stairs from 7/10 to 4/10 or less within 4 weeks.", indent=0.2)
    f.p("  2) Independent with HEP (10 exercises, correct form) within 2 weeks.", indent=0.2)
    f.p("Outcome (long term):")
    f.p("  1) Amb community distances (1000 ft) without device, no LOB, by 12/15/2024.", indent=0.2)
    f.p("  2) KOOS-JR from 48 to 70 or higher by 12/29/2025.", indent=0.2)
    f.p(("Plan: ", "b"), "therapeutic exercise 97110, manual therapy 97140, gait training 97116, "
        "HEP. ", ("Frequency: ", "b"), "2x/wk  ", ("Duration: ", "b"), "12 wks")
    f.p()
    f.p("Signature (professional establishing POC incl. prof. designation):  Marcus Obi, PT   "
        "10/06/2025")
    f.p(f"NPI {N['obi']}")
    f.p("☒ Certify  ☐ N/A     Physician signature: Helen Ferris, DO (signed)     Date: 10/14/2025",
        size=10)
    f.p(f"Physician NPI {N['ferris']}", size=9)
    f.p("Recertification: _____________  (from - through)", size=9)
    f.save("pt04_cms700_style_recert_overdue_year_typo.docx")
    label("pt04_cms700_style_recert_overdue_year_typo.docx", "medicare-outpatient-therapy",
          "2026-01-20", [["review-overdue"], ["date-inconsistent"]],
          notes="CMS-700-style layout. The certification ran 10/06/2025 - 01/03/2026 and the "
          "recertification line is blank; on 2026-01-20 it is 17 days overdue. Long-term goal 1 "
          "has a year typo (12/15/2024, before the plan date).")


def ot02():
    f = Form(font="Cambria", size=10.5)
    f.title("Greenfield Occupational Therapy Associates", 13)
    f.p("Occupational Therapy Plan of Care", align="c")
    f.p()
    f.bl("Client:", "Howard Brandt")
    f.bl("Date of Birth:", "01/15/1944")
    f.bl("Medicare ID:", "7RT3WX5YC82")
    f.bl("Date of Referral:", "11/03/2025")
    f.bl("Plan Date:", "11/17/2025")
    f.bl("Certification Period:", "11/17/2025 – 02/14/2026")
    f.bl("Diagnoses:", "G20.A1 Parkinson's disease without dyskinesia, without mention of "
         "fluctuations; R27.8 Other lack of coordination")
    f.p()
    f.bl("Functional status:", "Dressing upper body min A (buttons, 12 min), lower body mod A; "
         "handwriting illegible after 1 line (micrographia); 9-Hole Peg R 48 s, L 55 s; 2 falls in "
         "bathroom in the past 3 months.")
    f.bl("Goals:", "")
    f.p("1.  Client will don/doff button-front shirt independently in 5 minutes or less using "
        "adaptive strategies by 12/31/2025.", indent=0.3)
    f.p("2.  Client will complete lower body dressing with SBA using reacher and sock aid by "
        "01/15/2026.", indent=0.3)
    f.p("3.  Client will write a 3-sentence note that his wife can read, using large-amplitude "
        "(LSVT BIG-style) strategies, by 01/31/2026.", indent=0.3)
    f.p("4.  Client will complete tub transfer with tub bench and grab bar, mod I, 3 of 3 trials, "
        "by 01/15/2026.", indent=0.3)
    f.bl("Interventions:", "97535 self-care/home management training; 97530 therapeutic "
         "activities; 97110 therapeutic exercise (amplitude training); DME recommendations (tub "
         "bench, grab bars); caregiver education.")
    f.bl("Frequency and duration:", "2 times per week for 10 weeks")
    f.p()
    f.bl("Occupational therapist:", "Priya Nair, MS, OTR/L — signed 11/17/2025 — NPI "
         + npi("177203946"))
    f.bl("Physician certification:", "Miriam Castellanos, MD — signed 11/24/2025 — NPI "
         + BAD_NPI_CASTELLANOS)
    f.save("ot02_referral_date_only_physician_npi_typo.docx")
    label("ot02_referral_date_only_physician_npi_typo.docx", "medicare-outpatient-therapy",
          "2025-12-10", [["field-missing"], ["identifier-invalid"]],
          notes="The form has a referral date and a plan date but no evaluation / start-of-care / "
          "first treatment date. The certifying physician's NPI fails its check digit. The "
          "referral date is not a treatment date, so no timeliness finding is expected.")


def slp01():
    f = Form(font="Arial", size=9.5)
    f.header("Lakeside Speech & Swallowing Center", size=9)
    f.title("SPEECH-LANGUAGE PATHOLOGY PLAN OF CARE", 12)
    t = f.table([
        ["PATIENT", "Marguerite Olander", "DOB", "10/30/1940"],
        ["MBI", "9KM4NP7QR23", "EVAL DATE", "04/13/2026"],
        ["PLAN DATE", "04/13/2026", "CERT PERIOD", "04/13/2026 – 07/10/2026"],
        ["PHYSICIAN", "Theodore Banks, MD", "SLP", "Anna Ruiz-Patel, M.A., CCC-SLP"],
    ], widths=[1.1, 2.4, 1.1, 2.4], size=9)
    for r in range(4):
        for c in (0, 2):
            shade(t.cell(r, c), "EDEDED")
    f.p(("DIAGNOSES", "b"))
    f.table([
        ["I69.391", "Dysphagia following cerebral infarction", "Medical"],
        ["R13.12", "Dysphagia, oropharyngeal phase", "Treatment"],
    ], grid=False, widths=[0.9, 4.5, 1.2])
    f.p(("ASSESSMENT", "b"))
    f.p("MBSS 04/10/2026: penetration with thin liquids (PAS 5), delayed swallow initiation, "
        "moderate vallecular residue with solids. Currently on puree + mildly thick liquids "
        "(IDDSI 2). FOIS level 3. Wants to eat at daughter's wedding in July.")
    f.p(("GOALS", "b"))
    t = f.table([
        ["Long-term goal", "Short-term objectives", "Target"],
        ["Pt will safely consume a mechanical soft diet (IDDSI 6) with thin liquids, FOIS from 3 to "
         "5 or higher.",
         "a) Pt will complete effortful swallow and chin tuck with 90% accuracy across 3 sessions.",
         "05/11/2026"],
        ["", "b) Pt will consume IDDSI 6 trials with no overt s/s of aspiration in 9 of 10 trials.",
         "06/08/2026"],
        ["", "c) Pt will use a safe-swallow strategy checklist independently at 3 of 3 observed "
             "meals.", "06/08/2026"],
    ], header=True, widths=[2.4, 3.4, 0.9], size=9)
    merge_down(t, 0, 1, 3)
    f.p(("PLAN", "b"))
    f.p("92526 treatment of swallowing dysfunction; 92507 speech/language treatment for "
        "strategy training; patient/caregiver education; repeat MBSS before discharge.")
    f.p(("FREQUENCY/DURATION", "b"), "   2x per week x 8 weeks (16 visits)")
    f.p()
    f.p("SLP signature:  Anna Ruiz-Patel, M.A., CCC-SLP (signed)     Date: 04/13/2026     "
        f"NPI {N['ruizpatel']}")
    f.p(CERT_TEXT, size=8)
    f.p("Physician signature:  Theodore Banks, MD (signed)     Date: 04/20/2026     "
        f"NPI {N['banks']}")
    f.save("slp01_dysphagia_grid_merged_goal_clean.docx")
    label("slp01_dysphagia_grid_merged_goal_clean.docx", "medicare-outpatient-therapy",
          "2026-05-04", [],
          notes="Clean. Shaded label cells, one long-term goal merged over three objectives, "
          "certification signed 7 days after the evaluation.")


def slp02():
    f = Form(font="Calibri", size=11)
    f.title("North Shore Speech Therapy, PLLC", 13)
    f.p("Cognitive-Communication Plan of Care", align="c")
    f.bl("Patient:", "Robert Faulkner")
    f.bl("DOB:", "06/06/1947")
    f.bl("Medicare:", "2GH5JK8MN40")
    f.bl("Evaluation / start of care:", "09/08/2025")
    f.bl("Plan of care date:", "09/08/2025")
    f.bl("Certification period:", "09/08/2025 through 12/05/2025")
    f.bl("ICD-10-CM:", "G31.84 Mild cognitive impairment of uncertain or unknown etiology; "
         "R41.841 Cognitive communication deficit")
    f.bl("Standardized testing:", "SLUMS 20/30; CLQT composite severity: mild; RBANS delayed "
         "memory index 74.")
    f.bl("Long-term goal:", "Robert will independently manage his medications and appointments "
         "using external memory aids, with 0 missed doses per week for 4 consecutive weeks, by "
         "11/28/2025.")
    f.bl("Short-term goals:", "")
    f.p("(1) Robert will use a smartphone calendar to recall 4 of 4 scheduled weekly events, per "
        "wife's log, by 10/20/2025.")
    f.p("(2) Robert will recall 3 key points from a 5-minute news story after a 20-minute delay "
        "with 80% accuracy across 3 sessions, by 11/03/2025.")
    f.p("(3) Robert will fill his weekly pill organizer with 100% accuracy in 3 consecutive "
        "sessions, by 10/27/2025.")
    f.bl("Treatment:", "97129 and 97130 therapeutic interventions for cognitive function; "
         "caregiver training with wife; home program.")
    f.bl("Frequency:", "1x/week, 50-minute sessions")
    f.bl("Duration:", "12 weeks")
    f.p()
    f.bl("Clinician:", "Jonathan Reyes, MS, CCC-SLP — signed 09/08/2025 — NPI " + npi("136402958"))
    f.bl("Certifying NPP:", "Kerry Walsh, NP-C — signed 09/15/2025 — NPI " + N["walsh"])
    f.save("slp02_bold_labels_np_certified_clean.docx")
    label("slp02_bold_labels_np_certified_clean.docx", "medicare-outpatient-therapy", "2025-10-06",
          [], notes="Clean. Bold labels with plain values; the plan is certified by a nurse "
          "practitioner (an NPP who may certify) 7 days after the evaluation.")


def pt05():
    f = Form(font="Courier New", size=10)
    f.title("HOMETOWN PT - FALLS CLINIC", 12, align="l")
    f.p("PT POC / CERT", size=10)
    st = (1.9, 3.9, 5.3)
    f.tabs(("Pt:", "Cecilia Drummond"), ("DOB:", "08/19/1943"), stops=st)
    f.tabs(("MBI:", "5QR2TU6VW91"), ("Ref:", "Jordan Mills, PA-C"), stops=st)
    f.tabs(("Eval/SOC:", "05/05/2026"), ("POC dt:", "05/05/2026"), stops=st)
    f.tabs(("Cert:", "05/05/2026-08/02/2026"), stops=st)
    f.p("Dx:      R26.81 Unsteadiness on feet")
    f.p("         Z91.81 Hx of falling")
    f.p("         M62.81 Muscle weakness (generalized)")
    f.p("Hx:      3 falls in 6 mo (last 04/18/2026, no fx). Lives alone, 2-story home, 14 steps.")
    f.p("Obj:     BERG 38/56. TUG 19 s w/ SPC. 5xSTS 21 s. Gait: amb 200' w/ SPC CGA, decr step "
        "length B.")
    f.p("Goals:")
    f.p("  STG1   Pt indep w/ HEP (8 ex) w/ 100% accuracy by 05/19/2026")
    f.p("  STG2   5xSTS from 21 s to 15 s or less by 06/02/2026")
    f.p("  LTG1   BERG from 38/56 to 46/56 or higher by 07/14/2026")
    f.p("  LTG2   Pt will amb 500' w/ SPC mod I, no LOB, by 07/14/2026")
    f.p("  LTG3   Pt will go up/down 14 steps w/ rail, mod I, by 07/14/2026")
    f.p("Tx:      97110 ther ex, 97112 NM re-ed/balance, 97116 gait trng, 97530 ther act, HEP")
    f.p("Freq:    2x/wk")
    f.p("Dur:     10 wks")
    f.p()
    f.p(f"PT:      /s/ Omar Haddad, PT, DPT   05/05/2026   NPI {N['haddad']}")
    f.p("Cert:    " + CERT_TEXT[:60] + "...")
    f.p(f"         /s/ Jordan Mills, PA-C     05/12/2026   NPI {N['mills']}")
    f.save("pt05_typed_monospace_abbreviations_clean.docx")
    label("pt05_typed_monospace_abbreviations_clean.docx", "medicare-outpatient-therapy",
          "2026-06-01", [], notes="Clean. Monospace, tab/space-aligned, heavy abbreviations "
          "(Pt, w/, amb, mod I, Hx, Dx); certified by a PA-C 7 days after the evaluation.")


# ============================================================================================
# Medicare home health

HH_CERT = ("I certify/recertify that this patient is confined to his/her home and needs "
           "intermittent skilled nursing care, physical therapy and/or speech therapy or continues "
           "to need occupational therapy. The patient is under my care, and I have authorized the "
           "services on this plan of care and will periodically review the plan.")


def hh01():
    f = Form(font="Arial", size=8.5, margins=0.5)
    f.p("Department of Health and Human Services / Centers for Medicare & Medicaid Services", size=7)
    f.title("HOME HEALTH CERTIFICATION AND PLAN OF CARE", 11)
    f.p("POC date: 03/02/2026 (verbal SOC)", align="r", size=7.5)
    t = f.table([
        ["1. Patient's HI Claim No.\n6HJ2KM9NP43", "2. Start Of Care Date\n03/02/2026",
         "3. Certification Period\nFrom: 03/02/2026   To: 04/30/2026", "4. Medical Record No.\nBH-11873",
         "5. Provider No.\n397421"],
        ["6. Patient's Name and Address\nLoretta Simmons\n42 Quarry Road, Apt 3\nMillbrook",
         "", "7. Provider's Name, Address and Telephone Number\nBlue Heron Home Health Care, Inc.\n"
         "900 Harbor Blvd, Suite 12\n(555) 402-7710", "", ""],
        ["8. Date of Birth\n02/11/1941", "9. Sex   ☐ M   ☒ F",
         "10. Medications: Dose/Frequency/Route (N)ew (C)hanged\nFurosemide 40 mg PO BID (C); "
         "Carvedilol 12.5 mg PO BID; Lisinopril 10 mg PO daily; Insulin glargine 18 units SQ at "
         "bedtime; Metformin 500 mg PO BID; Aspirin 81 mg PO daily", "", ""],
        ["11. ICD-10-CM   Principal Diagnosis   Date\nI50.22   Chronic systolic (congestive) heart "
         "failure   02/24/2026 (E)", "", "", "", ""],
        ["12. ICD   Surgical Procedure   Date\nN/A", "", "", "", ""],
        ["13. ICD-10-CM   Other Pertinent Diagnoses   Date\nE11.9   Type 2 diabetes mellitus without "
         "complications   2009 (O)\nZ79.4   Long term (current) use of insulin   2016 (O)", "", "", "",
         ""],
        ["14. DME and Supplies\nRolling walker, shower chair, scale, glucometer",
         "", "15. Safety Measures\nFall precautions, bleeding precautions, clear pathways", "", ""],
        ["16. Nutritional Req.\n2 g Na, 1500 mL fluid restriction, carb-controlled", "",
         "17. Allergies\nSulfa, latex", "", ""],
        ["18.A. Functional Limitations\n☒ Endurance  ☒ Ambulation  ☒ Dyspnea with minimal exertion",
         "", "18.B. Activities Permitted\n☒ Up as tolerated  ☒ Walker  ☒ Transfer bed/chair", "", ""],
        ["19. Mental Status\n☒ Oriented  ☐ Forgetful  ☐ Depressed", "",
         "20. Prognosis\n☐ Poor  ☐ Guarded  ☒ Fair  ☐ Good  ☐ Excellent", "", ""],
        ["21. Orders for Discipline and Treatments (Specify Amount/Frequency/Duration)\n"
         "SN 2W4, 1W4 (2x/wk x 4 wks, then 1x/wk x 4 wks) to assess cardiopulmonary status, "
         "weight and edema; teach 2 g Na diet, 1.5 L fluid restriction and daily weights; medication "
         "teaching and management; diabetic foot care teaching. PRN SN visits x 2 for s/s of CHF "
         "exacerbation (weight gain > 3 lb/day, increased SOB).\n"
         "PT 2W4, 1W3 (2x/wk x 4 wks, then 1x/wk x 3 wks): gait training, therapeutic exercise, "
         "home safety evaluation, energy conservation.\n"
         "HHA 2W8 (2x/wk x 8 wks): assist with bathing and personal care.", "", "", "", ""],
        ["22. Goals/Rehabilitation Potential/Discharge Plans\n"
         "SN: Pt/CG will verbalize 3 s/s of CHF exacerbation and when to call the agency/MD by "
         "03/30/2026. Pt will keep a daily weight log with no gain over 3 lb in 1 day or 5 lb in 1 "
         "week for 4 consecutive weeks by 04/30/2026. Fasting blood sugar 80-150 on 5 of 7 days by "
         "04/15/2026.\n"
         "PT: Pt will amb 150 ft with RW, mod I, on level surfaces by 04/15/2026. TUG from 24 sec to "
         "14 sec or less by 04/30/2026.\n"
         "Rehab potential: fair for stated goals. D/C plan: discharge to self-care with daughter's "
         "assistance when goals met.", "", "", "", ""],
        ["23. Nurse's Signature and Date of Verbal SOC Where Applicable:\nPatricia Gomez, RN   "
         "03/02/2026", "", "", "25. Date HHA Received Signed POT\n03/11/2026", ""],
        [f"24. Physician's Name and Address\nEleanor Vasquez, MD\n1200 Medical Park Dr\nNPI "
         f"{N['vasquez']}", "", "26. " + HH_CERT, "", ""],
        ["27. Attending Physician's Signature and Date Signed\nEleanor Vasquez, MD "
         "(electronically signed)   03/09/2026", "", "",
         "28. Anyone who misrepresents, falsifies, or conceals essential information required for "
         "payment of Federal funds may be subject to fine, imprisonment, or civil penalty under "
         "applicable Federal statutes.", ""],
    ], widths=[1.5, 1.3, 2.0, 1.4, 1.3], size=7.5)
    for r in (1, 6, 7, 8, 9, 13):
        merge_across(t, r, 0, 1)
        merge_across(t, r, 2, 4)
    merge_across(t, 2, 2, 4)
    for r in (3, 4, 5, 10, 11):
        merge_across(t, r, 0, 4)
    merge_across(t, 12, 0, 2)
    merge_across(t, 12, 3, 4)
    merge_across(t, 14, 0, 2)
    merge_across(t, 14, 3, 4)
    f.p("Form CMS-485 layout (agency EHR print)", size=6.5)
    f.save("hh01_cms485_numbered_boxes_clean.docx")
    label("hh01_cms485_numbered_boxes_clean.docx", "medicare-home-health", "2026-03-20", [],
          notes="Clean. CMS-485 numbered-box grid with merged cells; orders in 2W4 shorthand with the "
          "spelled-out frequency beside it; PRN nursing visits limited to 2; 60-day certification "
          "period; physician signature dated.")


def hh02():
    f = Form(font="Calibri", size=10)
    f.header("Sunrise Valley Home Care  •  Plan of Care / Physician Orders", size=8.5)
    f.title("PLAN OF CARE", 13)
    f.p(("Patient: ", "b"), "Chester Halvorsen     ", ("DOB: ", "b"), "11/27/1938     ",
        ("Medicare ID: ", "b"), "4WX7YC3DE58")
    f.p(("SOC: ", "b"), "01/19/2026     ", ("Cert period: ", "b"), "01/19/2026 - 03/19/2026     ",
        ("Plan date: ", "b"), "01/19/2026")
    f.p(("Attending physician: ", "b"), f"Marcus Hart, MD   NPI {N['hart']}")
    f.p(("Diagnoses", "b"))
    f.p("  1. L97.212  Non-pressure chronic ulcer of right calf with fat layer exposed (primary)")
    f.p("  2. E11.622  Type 2 diabetes mellitus with other skin ulcer")
    f.p(("Orders", "b"))
    f.table([
        ["Discipline", "Frequency / duration", "Orders"],
        ["SN", "3x/wk x 3 wks, then 2x/wk x 5 wks",
         "Wound care R calf: cleanse with NS, apply calcium alginate, cover with foam dressing, "
         "change 3x/wk and PRN soiling. Teach diabetic diet and glucose monitoring."],
        ["HHA", "2x/wk x 8 wks", "Bathing, skin care, light meal prep."],
        ["MSW", "PRN", "Evaluate for community resources and long-term planning."],
    ], header=True, widths=[0.9, 1.8, 4.2])
    f.p(("Goals", "b"))
    f.p("• R calf wound will decrease from 4.2 x 3.0 cm to 2.0 x 1.5 cm or smaller by 03/19/2026.")
    f.p("• Patient will demonstrate correct glucometer use in 3 of 3 return demonstrations by "
        "02/09/2026.")
    f.p("• Fasting glucose readings under 180 mg/dL on 6 of 7 days by 03/01/2026.")
    f.p(("Homebound status: ", "b"), "requires walker and assist of 1; leaving home is a taxing effort.")
    f.p()
    f.p("Verbal order received from Dr. Hart by Ann Becker, RN on 01/19/2026 at 14:20.")
    f.p("RN signature: Ann Becker, RN (e-signed)     Date: 01/19/2026")
    f.p()
    f.p(("Physician certification", "b"))
    f.p(HH_CERT, size=8.5)
    f.p("Physician Signature: _________________________________     Date Signed: ______________")
    f.save("hh02_agency_orders_table_msw_prn_unsigned.docx")
    label("hh02_agency_orders_table_msw_prn_unsigned.docx", "medicare-home-health", "2026-02-06",
          [["signature-missing"], ["frequency-missing"]],
          notes="The physician signature line is blank (only the RN's verbal-order note). The MSW "
          "order is 'PRN' with no limit on the number of visits, so its frequency is not stated.")


def hh03():
    f = Form(font="Arial", size=9)
    f.header("PRAIRIE STAR HOME HEALTH AGENCY", "Home Health Certification and Plan of Care", size=8)
    f.checks("Episode type:", ["Start of care", "Recertification", "Resumption of care"],
             {"Recertification"})
    st = (1.8, 3.9, 5.4)
    f.tabs(("Patient:", "Agnes Wolcott"), ("DOB:", "05/05/1936"), stops=st)
    f.tabs(("HI Claim No.:", "1CV8DE4FG27"), ("MR #:", "PS-4471"), stops=st)
    f.tabs(("Start of care:", "01/05/2026"), ("Recert date:", "03/03/2026"), stops=st)
    f.tabs(("Cert period:", "03/06/2026 to 05/04/2026"), ("Episode:", "2"), stops=st)
    f.p()
    f.p(("Principal Dx:", "b"), "\tJ44.9  Chronic obstructive pulmonary disease, unspecified")
    f.p(("Other Dx:", "b"), "\tI10  Essential (primary) hypertension")
    f.p(("Orders for discipline and treatments", "b"))
    f.p("SN 1x/wk x 9 wks: respiratory assessment, O2 safety, inhaler technique, COPD action plan, "
        "med management. PRN SN x 2 visits for increased SOB or O2 sat < 88%.")
    f.p("PT 2x/wk x 3 wks: endurance training, breathing techniques with activity, stair training.")
    f.p("HHA 1x/wk x 8 wks: shower assist.")
    f.p(("Goals", "b"))
    f.p("1. Pt will demonstrate correct MDI with spacer technique 3 of 3 times by 04/03/2026.")
    f.p("2. Pt will state 4 of 4 COPD action plan zones and what to do for each by 04/03/2026.")
    f.p("3. Pt will walk 100 ft with rollator, O2 sat 90% or higher, with no more than 1 rest "
        "break by 03/27/2026.")
    f.p("4. No COPD-related ER visit or hospitalization during the certification period "
        "(through 05/04/2026).")
    f.p(("Rehab potential / discharge plan:", "b"), " Good for stated goals; discharge to self-care "
        "with son when goals met.")
    f.p()
    f.p(HH_CERT, size=8)
    f.p("Physician: Howard Tsai, D.O.     Signature: Howard Tsai, DO (signed)     Date: 03/10/2026")
    f.p(f"NPI: {N['tsai']}     Date HHA received signed POC: 03/12/2026")
    f.p("Clinician completing recert OASIS: Janet Morrow, RN   03/03/2026")
    f.save("hh03_recertification_period_clean.docx")
    label("hh03_recertification_period_clean.docx", "medicare-home-health", "2026-03-24", [],
          notes="Clean. A recertification: start of care 01/05/2026, this plan's 60-day certification "
          "period 03/06/2026 - 05/04/2026 (recert assessment 03/03/2026). The period from the "
          "original start of care is not a review interval, so review-interval-exceeded would be a "
          "false alarm.")


def hh04():
    f = Form(font="Calibri", size=10.5)
    f.title("Cardinal Home Health Services", 13)
    f.p("Plan of Care", align="c")
    f.table([
        ["Patient", "Milton Reyes", "DOB", "09/13/1945"],
        ["Medicare #", "3EF6GH9JK05", "SOC", "02/16/2026"],
        ["Certification", "02/16/2026 – 04/16/2026", "Plan date", "02/16/2026"],
    ], widths=[1.3, 2.4, 1.1, 1.8])
    f.p(("Diagnoses:", "b"), " I11.0 Hypertensive heart disease with heart failure (primary); "
        "I50.9 Heart failure, unspecified")
    f.p(("Disciplines / frequency:", "b"))
    f.p("   SN 1W9 (1 visit/week x 9 weeks): cardiopulmonary assessment, medication reconciliation "
        "and teaching, diet teaching.")
    f.p("   PT 2W4 (2 visits/week x 4 weeks): strengthening, gait, home safety.")
    f.p(("Goals:", "b"))
    f.p("   - Patient will be safe in the home.")
    f.p("   - Patient/caregiver will have improved knowledge of the disease process.")
    f.p("   - Patient will have improved endurance and strength.")
    f.p("   - Patient will remain stable at home.")
    f.p(("Discharge plan:", "b"), " when goals are met.")
    f.p()
    f.p(HH_CERT, size=8.5)
    f.p(("Certifying practitioner: ", "b"), "Renee Okafor, APRN, FNP-BC     ",
        ("Signature: ", "b"), "R. Okafor APRN (e-signed)     ", ("Date: ", "b"), "02/20/2026")
    f.p(f"NPI {N['okafor_r']}")
    f.save("hh04_aprn_certified_goals_vague.docx")
    label("hh04_aprn_certified_goals_vague.docx", "medicare-home-health", "2026-03-05",
          [["goal-not-measurable"]],
          notes="Every goal is generic ('be safe in the home', 'improved knowledge', 'remain "
          "stable'): nothing measured, no level. Certified by an APRN/FNP (an allowed practitioner).")


def hh05():
    f = Form(font="Times New Roman", size=10.5)
    f.header("Evergreen Visiting Nurses Association", "Plan of Care", size=8.5)
    f.title("HOME HEALTH PLAN OF CARE", 13)
    f.blanks(("Patient:", "Wilbur Stanton"), ("DOB:", "10/01/1942"))
    f.blanks(("Medicare No.:", "8JK3MN5PQ70"), ("SOC:", "11/03/2025"))
    f.blanks(("Certification period:", "11/03/2025 – 01/31/2026"), ("Plan date:", "11/03/2025"))
    f.p(("Diagnoses (ICD-10-CM):", "b"))
    f.p("   Z47.1    Aftercare following joint replacement surgery (primary)")
    f.p("   Z96.651  Presence of right artificial knee joint")
    f.p("   M17.1    Primary osteoarthritis, left knee")
    f.p(("Orders:", "b"))
    f.p("   PT 3x/week x 3 weeks, then 2x/week x 3 weeks: ther ex, gait with walker then cane, "
        "stairs, HEP.")
    f.p("   SN 1x/week x 4 weeks: incision assessment, anticoagulant teaching, pain management.")
    f.p("   OT 1x/week x 3 weeks: bathing/dressing with adaptive equipment.")
    f.p(("Goals:", "b"))
    f.p("   R knee flexion from 70° to 105° or more by 12/15/2025.")
    f.p("   Amb 250 ft with SPC, mod I, by 12/22/2025.")
    f.p("   Independent LB dressing with reacher and sock aid by 11/30/2025.")
    f.p("   Incision healed without s/s infection by 11/24/2025.")
    f.p()
    f.p(HH_CERT, size=8.5)
    f.p("Physician signature: Gordon Fox, MD (signed)     Date: 11/10/2025     "
        f"NPI {N['fox']}")
    f.save("hh05_underscore_form_category_code_90_day_period.docx")
    label("hh05_underscore_form_category_code_90_day_period.docx", "medicare-home-health",
          "2025-12-01", [["diagnosis-code-not-billable"], ["review-interval-exceeded"]],
          notes="M17.1 is a category (the left-knee code is M17.12). The certification period "
          "runs 89 days (11/03/2025 - 01/31/2026); home health must be recertified at least "
          "every 60 days.")


def hh06():
    f = Form(font="Calibri", size=11)
    f.title("Magnolia Home Health, LLC", 13, align="l")
    f.p("Home Health Plan of Care and Physician Orders")
    f.p("Patient Irene Castillo, born 12/12/1939, Medicare number 2TU7VW3XY64. Start of care "
        "06/01/2026; certification period 06/01/2026 through 07/30/2026; plan of care dated "
        "06/01/2026.")
    f.p(("Diagnoses. ", "b"), "S72.001D Fracture of unspecified part of neck of right femur, "
        "subsequent encounter for closed fracture with routine healing (primary); Z96.641 "
        "Presence of right artificial hip joint.")
    f.p(("Orders. ", "b"), "Skilled nursing to visit 1 time a week for 8 weeks to assess the "
        "incision, pain and bowel function, teach the anticoagulant (enoxaparin until 06/15/2026) "
        "and hip precautions. Physical therapy 3 times a week for 2 weeks, then 2 times a week "
        "for 4 weeks, for gait training with walker, hip-precaution-safe transfers, therapeutic "
        "exercise and a home exercise program. Occupational therapy 1 time a week for 4 weeks for "
        "bathing and dressing with adaptive equipment and a tub transfer bench.")
    f.p(("Goals. ", "b"), "Irene will walk 150 feet with her walker, modified independent, by "
        "07/10/2026. She will transfer on and off the toilet and tub bench with supervision only, "
        "following hip precautions in 3 of 3 trials, by 06/30/2026. She will dress her lower body "
        "with a reacher and sock aid, needing set-up only, by 06/30/2026. Her incision will be "
        "healed with no signs of infection by 06/22/2026. Rehab potential good; she will be "
        "discharged to the care of her daughter when goals are met.")
    f.p(("Certification. ", "b"), HH_CERT)
    f.p("Signed: Samantha Greer, M.D., 06/05/2026. NPI " + N["greer"] + ".")
    f.p("Prepared by: Linda Park, RN, case manager, 06/01/2026.")
    f.save("hh06_narrative_orders_paragraphs_clean.docx")
    label("hh06_narrative_orders_paragraphs_clean.docx", "medicare-home-health", "2026-06-20", [],
          notes="Clean. A small agency's plan typed as one paragraph per section, orders spelled "
          "out ('1 time a week for 8 weeks').")


# ============================================================================================
# ABA, commercial

def aba01():
    f = Form(font="Calibri", size=10)
    f.header("Little Steps Behavioral Health, LLC  |  ABA Treatment Plan & Authorization Request",
             size=8.5)
    f.title("Behavior Analytic Treatment Plan", 14)
    f.table([
        ["Client", "Mateo Alvarez-Reyes", "DOB", "05/14/2021"],
        ["Payer", "Aetna Choice POS II", "Member ID", "W284619375"],
        ["Plan date", "01/08/2026", "Request type", "☐ Initial   ☒ Continuation"],
        ["Authorization period requested", "01/15/2026 – 07/14/2026", "Next progress review",
         "07/01/2026"],
    ], widths=[1.8, 2.0, 1.4, 1.8], bold_first_col=True)
    f.h("1. Diagnosis", caps=False, size=11)
    f.p("F84.0 Autistic disorder (autism spectrum disorder, level 2). Diagnosed 08/12/2024 by Helena "
        "Marsh, PhD, licensed psychologist (ADOS-2 Module 1, comparison score 8). Diagnostic report "
        "attached.")
    f.h("2. Assessments", caps=False, size=11)
    f.table([
        ["Instrument", "Date", "Result", "Administered by"],
        ["VB-MAPP", "12/10/2025", "Milestones 58/170 (Level 1-2); Barriers 41", "Lauren Pike, BCBA"],
        ["Vineland-3 (parent interview)", "12/15/2025", "Adaptive Behavior Composite 68",
         "Lauren Pike, BCBA"],
    ], header=True, fill="DDEBF7", widths=[1.9, 0.9, 2.7, 1.5])
    f.h("3. Treatment Goals", caps=False, size=11)
    f.table([
        ["Domain", "Goal", "Baseline", "Mastery criteria", "Target date"],
        ["Communication", "Mateo will independently mand for 20 different preferred items or "
         "activities across home and clinic.", "4 independent mands (probe 12/10/2025)",
         "80% of opportunities across 3 consecutive sessions", "06/30/2026"],
        ["Social", "Mateo will respond to his name by orienting to the speaker within 3 seconds.",
         "20% of trials", "80% of trials across 3 consecutive sessions", "05/31/2026"],
        ["Behavior reduction", "Reduce elopement from an average of 6 episodes per day to fewer than "
         "1 per day.", "6 per day (10-day average)", "0-1 episodes per day for 10 consecutive days",
         "06/30/2026"],
        ["Adaptive", "Mateo will complete all 8 handwashing steps independently.",
         "2 of 8 steps", "8/8 steps independently across 5 consecutive days", "05/31/2026"],
        ["Caregiver training", "Parent (Ms. Reyes) will implement the first-then visual schedule and "
         "token board with at least 90% fidelity.", "40% fidelity (observation 01/05/2026)",
         "90% fidelity or higher across 3 consecutive observations", "04/30/2026"],
    ], header=True, fill="DDEBF7", widths=[1.1, 2.6, 1.3, 1.4, 0.8], size=9)
    f.h("4. Requested Services", caps=False, size=11)
    f.table([
        ["CPT", "Service", "Provider", "Hours/week", "Setting"],
        ["97153", "Adaptive behavior treatment by protocol", "RBT", "20", "Home / clinic"],
        ["97155", "Protocol modification", "BCBA", "3", "Home / clinic"],
        ["97156", "Family adaptive behavior treatment guidance", "BCBA", "1", "Home"],
    ], header=True, fill="DDEBF7", widths=[0.7, 2.6, 0.8, 1.0, 1.3])
    f.p("Expected duration of this authorization: 6 months.")
    f.h("5. Signatures", caps=False, size=11)
    f.table([
        ["Supervising BCBA", "Lauren Pike, M.Ed., BCBA  (BACB #1-18-29412)", "01/08/2026"],
        ["Parent/Guardian", "Daniela Reyes (mother)", "01/09/2026"],
    ], widths=[1.6, 4.0, 1.2])
    f.p(f"BCBA NPI: {N['pike']}", size=9)
    f.save("aba01_agency_tables_clean.docx")
    label("aba01_agency_tables_clean.docx", "commercial-aba", "2026-01-20", [],
          notes="Clean. Agency template: goals table with baseline, mastery criteria and target "
          "date columns, caregiver goal, assessments 4 weeks old, 6-month period, hours per week "
          "by CPT code, BCBA and mother sign.")


def aba02():
    f = Form(font="Arial", size=9.5)
    f.header("SPECTRUM PATHWAYS ABA  -  Individualized Treatment Plan", size=8)
    f.title("ABA TREATMENT PLAN", 12)
    f.blanks(("Client:", "Olivia Chen"), ("DOB:", "02/02/2019"), ("Member ID:", "948271563-01"))
    f.blanks(("Payer:", "UnitedHealthcare / Optum"), ("Plan date:", "11/17/2025"))
    f.blanks(("Auth period:", "12/01/2025 - 05/31/2026"), ("Next review:", "05/15/2026"))
    f.checks("Request:", ["Initial", "Continued care"], {"Continued care"})
    f.p(("Diagnosis: ", "b"), "F84.0 Autistic disorder - diagnosed 03/15/2023 by Raj Patel, MD, "
        "developmental-behavioral pediatrician.")
    f.p(("Standardized assessment(s):", "b"))
    f.checks("", ["VB-MAPP", "ABLLS-R", "AFLS", "Vineland-3", "Other"], {"VB-MAPP"})
    f.p("VB-MAPP administered 07/08/2024: Milestones 96/170, Barriers 22. Re-administration "
        "scheduled for January.")
    f.p(("Goals", "b"))
    f.table([
        ["#", "Target behavior / goal", "Baseline", "Mastery", "Target"],
        ["1", "Olivia will answer 10 different WH- questions (who/what/where) about a short story.",
         "3 of 10", "80% across 3 consecutive sessions", "04/30/2026"],
        ["2", "Olivia will take turns in a 2-player board game with a peer for 5 minutes without "
              "grabbing.", "TBD at start of services", "4 of 5 opportunities, 2 consecutive weeks",
         "05/15/2026"],
        ["3", "Reduce tantrums (crying/dropping > 1 min) from an average of 8 per day to 2 or fewer "
              "per day.", "8 per day", "2 or fewer per day for 10 consecutive school days",
         "05/31/2026"],
        ["4", "Olivia will use the toilet independently with no accidents during the clinic day.",
         "N/A", "0 accidents for 10 consecutive clinic days", "05/31/2026"],
    ], header=True, widths=[0.3, 3.0, 1.1, 1.6, 0.8], size=9)
    f.p(("Services requested", "b"))
    f.p("97153  Adaptive behavior treatment by protocol (RBT) ........ 15 hours/week")
    f.p("97155  Protocol modification (BCBA) ........................... 2 hours/week")
    f.p("97156  Family adaptive behavior treatment guidance ..... 1 hour/week")
    f.p()
    f.p("BCBA: Samuel Ramos, MA, BCBA   (signed)   11/17/2025   NPI " + N["ramos"])
    f.p("Parent/Guardian: Wei Chen   (signed)   11/18/2025")
    f.save("aba02_checkbox_form_no_caregiver_goal_old_vbmapp.docx")
    label("aba02_checkbox_form_no_caregiver_goal_old_vbmapp.docx", "commercial-aba", "2025-12-01",
          [["caregiver-goal-missing"], ["assessment-outdated"], ["baseline-missing"]],
          notes="No goal involves the parent (97156 is requested but no caregiver goal is written). "
          "The only standardized assessment (VB-MAPP 07/08/2024) is 497 days old at the plan "
          "date. Goals 2 and 4 have no baseline ('TBD at start of services', 'N/A').")


def aba03():
    f = Form(font="Calibri", size=10)
    f.header("Coastal Autism Center  ·  Treatment Plan Update", size=8.5)
    f.title("ABA Treatment Plan", 13)
    f.tabs(("Client:", "Ethan Brooks"), ("DOB:", "09/09/2017"), stops=(1.2, 3.6, 4.5))
    f.tabs(("Insurance:", "Cigna Open Access Plus"), ("Member ID:", "U73920184"), stops=(1.2, 3.6, 4.5))
    f.tabs(("Plan date:", "02/20/2026"), ("Auth period:", "03/01/2026 - 08/31/2026"),
           stops=(1.2, 3.6, 4.5))
    f.tabs(("Next review:", "08/14/2026"), ("BCBA:", "Kim Nguyen, MS, BCBA"), stops=(1.2, 3.6, 4.5))
    f.p()
    f.p(("Diagnosis", "b"), ":  F84.0 Autistic disorder. Diagnostic evaluation 06/01/2022 by Maria "
        "Lopez, PsyD (report on file).")
    f.p(("Assessments", "b"), ":  Vineland-3 (teacher and parent forms) 02/02/2026 - ABC 71; "
        "AFLS Basic Living Skills 02/05/2026 - 62% of skills mastered.")
    f.p(("Goals and objectives", "b"))
    t = f.table([
        ["Goal", "Objective", "Baseline", "Mastery criterion", "Target date"],
        ["1. Ethan will initiate and maintain a 4-exchange conversation with peers.\nMastery: 4 "
         "exchanges in 80% of opportunities across 3 sessions.",
         "1a. Ethan will ask a peer a follow-up question.", "1 of 10 opportunities",
         "8 of 10 opportunities, 3 consecutive sessions", "05/29/2026"],
        ["", "1b. Ethan will stay on the peer's topic for 4 exchanges.", "1-2 exchanges",
         "4 exchanges in 80% of opportunities, 3 sessions", "08/14/2026"],
        ["2. Ethan will reduce verbal aggression (yelling insults) from 12 to 2 or fewer "
         "episodes per day.\nMastery: 2 or fewer per day for 15 consecutive school days.",
         "2a. Ethan will request a break using his card when frustrated.", "10% of opportunities",
         "80% of opportunities across 5 days", "05/29/2026"],
        ["", "2b. Verbal aggression 2 or fewer per day.", "12 per day (ABC data)",
         "15 consecutive school days", "08/14/2026"],
        ["3. Ethan will complete his morning routine independently.\nMastery: 7/7 steps, 5 "
         "consecutive days.", "3a. 7-step routine with picture checklist, no adult prompts.",
         "3 of 7 steps", "7/7 steps, 5 consecutive days", "06/30/2026"],
        ["4. Parent training: Mr. and Mrs. Brooks will use planned ignoring and the break-card "
         "procedure correctly.\nMastery: 90% fidelity across 3 observations.",
         "4a. Each parent implements the break-card procedure with 90% fidelity.",
         "50% (01/2026)", "90% across 3 observations", "05/29/2026"],
    ], header=True, widths=[2.2, 1.9, 1.0, 1.3, 0.8], size=9)
    merge_down(t, 0, 1, 2)
    merge_down(t, 0, 3, 4)
    f.p(("Services", "b"))
    f.p("97153 direct treatment by RBT: 15 hrs/wk (after school + Saturday)")
    f.p("97155 protocol modification by BCBA: 2 hrs/wk")
    f.p("97156 family guidance by BCBA: 1 hr/wk")
    f.p()
    f.p("Signatures:")
    f.p("Kim Nguyen, MS, BCBA  (signed)  02/20/2026        NPI " + N["nguyen_bcba"])
    f.p("Parent/guardian: Lisa Brooks  (signed)  02/22/2026")
    f.save("aba03_merged_goal_rows_per_objective_clean.docx")
    label("aba03_merged_goal_rows_per_objective_clean.docx", "commercial-aba", "2026-03-10", [],
          notes="Clean. One row per objective with the goal cell merged down; each goal cell "
          "carries its own mastery line; parent-training goal; 6-month period; review within 6 "
          "months.")


def aba04():
    f = Form(font="Times New Roman", size=10.5)
    f.title("HEARTLAND ABA SERVICES", 13)
    f.p("Prior Authorization Request - Applied Behavior Analysis", align="c")
    f.p()
    f.p(("Member name: ", "b"), "Liam O'Connor     ", ("DOB: ", "b"), "06/30/2020     ",
        ("Subscriber ID: ", "b"), "BCX882019374")
    f.p(("Health plan: ", "b"), "Blue Cross commercial PPO     ", ("Date of plan: ", "b"),
        "12/15/2025")
    f.p(("Requested authorization period: ", "b"), "01/01/2026 to 12/31/2026 (12 months)")
    f.p(("Next progress report / plan review: ", "b"), "________________")
    f.p(("Dx: ", "b"), "F84.0 Autistic disorder - evaluation by Priya Shah, PhD, 01/22/2025")
    f.p(("Standardized assessment: ", "b"), "VB-MAPP 12/01/2025 (Milestones 74/170); Vineland-3 "
        "12/03/2025 (ABC 70)")
    f.p(("Goals", "b"))
    goals = [
        ("Communication", "Liam will use 2-word phrases to request items and actions.",
         "5 phrases/hour", "20 phrases per hour across 3 consecutive sessions", "06/30/2026"),
        ("Behavior", "Reduce head-hitting from 15 episodes per day to 3 or fewer.", "15 per day",
         "3 or fewer per day for 10 consecutive days", "09/30/2026"),
        ("Daily living", "Liam will put on his shoes and jacket independently.", "0 of 6 steps",
         "6/6 steps on 5 consecutive days", "06/30/2026"),
        ("Caregiver", "Father will run 10-trial mand sessions at home with 85% fidelity.",
         "30% fidelity", "85% fidelity across 3 observations", "04/30/2026"),
    ]
    for i, (dom, g, base, mast, tgt) in enumerate(goals, 1):
        f.p((f"Goal {i} ({dom}): ", "b"), g)
        f.p(f"     Baseline: {base}   |   Mastery: {mast}   |   Target: {tgt}")
    f.p(("Services", "b"))
    f.p("97153 - 25 hours per week;  97155 - 4 hours per week;  97156 - 2 hours per week")
    f.p()
    f.p("Supervising BCBA: Rachel Kline, BCBA-D   (signed)   Date: 12/15/2025   NPI " + N["kline"])
    f.p("Parent/Guardian: Sean O'Connor   (signed)   Date: 12/16/2025")
    f.save("aba04_auth_request_twelve_months_no_review_date.docx")
    label("aba04_auth_request_twelve_months_no_review_date.docx", "commercial-aba", "2026-01-05",
          [["duration-exceeds-limit"], ["review-date-missing"]],
          unsure=("review-interval-exceeded",),
          notes="Requests a 12-month authorization period (limit 6 months) and leaves the next "
          "review date blank.")


def aba05():
    f = Form(font="Calibri", size=11)
    f.title("Kidsteps Behavior Consulting", 13, align="l")
    f.p("Treatment Plan — Early Intervention ABA")
    f.p()
    f.p(("Child: ", "b"), "Ava Thompson   ", ("Birthdate: ", "b"), "04/18/2022   ",
        ("Insurance ID: ", "b"), "XQH551203877")
    f.p(("Plan written: ", "b"), "01/12/2026   ", ("Service period: ", "b"),
        "01/19/2026 through 07/18/2026   ", ("Plan review: ", "b"), "07/06/2026")
    f.p(("Primary diagnosis: ", "b"), "F88 Other disorders of psychological development (global "
        "developmental delay), diagnosed 09/02/2025 by Kevin Moore, MD, pediatrician. Autism "
        "evaluation is scheduled at the developmental center for 03/2026.")
    f.p(("Assessment: ", "b"), "VB-MAPP 12/18/2025 (Milestones 22/170); Vineland-3 12/19/2025 "
        "(ABC 64).")
    f.p(("Goals", "b"))
    rows = [
        ("Ava will imitate 10 different gross-motor actions when a model is shown.", "2 actions",
         "80% across 3 sessions", "04/30/2026"),
        ("Ava will point to request a preferred item out of reach.", "0% of opportunities",
         "80% of opportunities across 3 sessions", "04/30/2026"),
        ("Ava will sit at the table for a 5-minute activity with no more than 1 prompt.",
         "1 minute", "5 minutes, 4 of 5 days", "05/31/2026"),
        ("Caregiver: Mother will use 3 naturalistic teaching strategies during play with 80% "
         "fidelity.", "20% fidelity", "80% fidelity across 3 observations", "04/15/2026"),
    ]
    f.table([["Goal", "Baseline", "Mastery criteria", "Target date"]] +
            [list(r) for r in rows], header=True, widths=[3.3, 1.1, 1.6, 0.9], size=10)
    f.p(("Services requested", "b"))
    f.table([
        ["Code", "Description", "Hours per week"],
        ["9715", "Adaptive behavior treatment by protocol (RBT)", "10"],
        ["97155", "Protocol modification (BCBA)", "2"],
        ["97156", "Family guidance (BCBA)", "1"],
    ], header=True, widths=[0.8, 3.8, 1.2])
    f.p("BCBA: Dana Lee, BCBA — signature on file, signed 01/12/2026 — NPI " + N["lee_bcba"])
    f.p("Parent: Brittany Thompson — signed 01/13/2026")
    f.save("aba05_small_practice_f88_primary_cpt_typo.docx")
    label("aba05_small_practice_f88_primary_cpt_typo.docx", "commercial-aba", "2026-01-26",
          [["diagnosis-not-covered"], ["service-code-invalid"]],
          notes="Primary diagnosis F88 (global developmental delay, autism evaluation pending) is "
          "not an autism spectrum diagnosis. The RBT service code is typed '9715' (4 digits).")


def aba06():
    f = Form(font="Verdana", size=9.5)
    f.header("Northstar Behavioral Intervention", size=8)
    f.title("Individualized ABA Treatment Plan", 12)
    f.p(("Client: ", "b"), "Noah Patel-Singh")
    f.p(("DOB: ", "b"), "11/11/2018")
    f.p(("Insurance / Member #: ", "b"), "Anthem Blue Cross PPO / YRK620184455")
    f.p(("Plan date: ", "b"), "04/06/2026")
    f.p(("Authorization period: ", "b"), "04/13/2026 – 10/12/2026")
    f.p(("Next plan review: ", "b"), "09/28/2026")
    f.p(("Diagnosis: ", "b"), "F84.0 Autistic disorder (dx 05/20/2021, Anjali Rao, MD, child "
        "psychiatrist)")
    f.p(("Assessments: ", "b"), "ABLLS-R 03/23/2026; Vineland-3 03/25/2026 (ABC 73)")
    f.p(("Goals", "b"))
    f.bullet("Noah will write his first and last name legibly on lined paper. Baseline: first name "
             "only with hand-over-hand. Mastery: 4 of 5 trials across 3 sessions. Target: "
             "08/31/2026.")
    f.bullet("Noah will wait for a preferred item for 2 minutes without screaming. Baseline: 10 "
             "seconds. Mastery: 2 minutes in 80% of opportunities across 5 sessions. Target: "
             "07/31/2026.")
    f.bullet("Reduce property destruction from 4 episodes per week to 0. Baseline: 4 per week "
             "(ABC data, 3 weeks). Mastery: 0 episodes for 4 consecutive weeks. Target: 09/30/2026.")
    f.bullet("Parent training: Mom will deliver the token economy with 90% fidelity. Baseline: 55% "
             "fidelity. Mastery: 90% across 3 observations. Target: 06/30/2026.")
    f.p(("Services", "b"))
    f.bullet("97153 – adaptive behavior treatment by protocol (RBT), home and clinic")
    f.bullet("97155 – protocol modification by the BCBA")
    f.bullet("97156 – family adaptive behavior treatment guidance")
    f.p()
    f.p("BCBA Signature: Andre Fox, MS, BCBA (e-signed)     Date: 04/06/2026")
    f.p("Parent/Guardian Signature: _____________________________     Date: ___________")
    f.save("aba06_bulleted_services_no_hours_guardian_blank.docx")
    label("aba06_bulleted_services_no_hours_guardian_blank.docx", "commercial-aba", "2026-04-20",
          [["amount-missing"], ["signature-missing"]],
          notes="Services are listed by CPT code with no hours per week (or units) at all. The "
          "parent/guardian signature and date are blank.")


def aba07():
    f = Form(font="Georgia", size=10.5)
    f.title("Evergreen Behavioral Solutions", 13)
    f.p("Applied Behavior Analysis – Treatment Plan", align="c")
    f.p()
    f.p("Client: Grace Whitman    DOB: 01/25/2016    Member ID: HMO-47720193    Plan date: 01/26/2026")
    f.p("Authorization period: 02/01/2026 to 07/31/2026. Next treatment plan review: 07/15/2026.")
    f.p("Diagnosis: F84.0 Autistic disorder, confirmed 10/14/2019 by Thomas Reid, PhD, clinical "
        "psychologist.")
    f.h("Assessment", caps=False)
    f.p("A functional behavior assessment was completed in January 2026 through a structured parent "
        "interview and 6 hours of direct observation with ABC data at home and school. Aggression "
        "and elopement appear to be maintained by escape from demands and access to tangibles.")
    f.h("Goals", caps=False)
    f.p("1. Grace will tolerate being told \"no\" or \"wait\" for a preferred item without hitting; "
        "aggression will decrease from a baseline of 5 episodes per day to 1 or fewer per day.")
    f.p("2. Grace will stay with her group during transitions at school, reducing elopement from a "
        "baseline of 3 times per day to 0.")
    f.p("3. Grace will request a break with her AAC device during difficult work; baseline 0 "
        "independent requests, goal 5 independent requests per session.")
    f.p("4. Caregiver training: Grace's parents will use a visual timer and first-then language "
        "before removing a preferred item, increasing from 30% (baseline) to 90% of observed "
        "opportunities.")
    f.h("Services", caps=False)
    f.p("97153 adaptive behavior treatment by protocol, 18 hours per week; 97155 protocol "
        "modification, 3 hours per week; 97156 family guidance, 1 hour per week.")
    f.p()
    f.p("Supervising behavior analyst: Rosa Vance, M.S., BCBA, LBA — 01/26/2026")
    f.p("Parent/guardian: Michael Whitman — 01/27/2026")
    f.save("aba07_narrative_goals_undated_fba_only.docx")
    label("aba07_narrative_goals_undated_fba_only.docx", "commercial-aba", "2026-02-10",
          [["goal-not-time-bound"], ["assessment-missing"], ["field-missing"]],
          notes="Goals have baselines and target levels but no target dates or time frames and no "
          "mastery criteria. The only assessment is an interview/observation FBA, not a "
          "standardized instrument.")


def aba08():
    f = Form(font="Calibri", size=11)
    f.header("Sunflower Developmental Services  —  Behavior Analysis", size=8.5)
    f.title("TREATMENT PLAN", 13)
    f.bl("Client name:", "Isaiah Brown")
    f.bl("Date of birth:", "07/07/2019")
    f.bl("Legal guardian:", "Bernice Brown (grandmother; guardianship order on file)")
    f.bl("Insurance:", "Humana commercial PPO — member ID H48201937")
    f.bl("Plan date:", "October 6, 2025")
    f.bl("Authorization period:", "10/13/2025 – 04/12/2026")
    f.bl("Plan review:", "03/30/2026")
    f.bl("Diagnosis:", "F84.0 Autistic disorder — diagnosed by Alicia Gomez, Psy.D., on "
         "10/10/2023 (ADOS-2, ADI-R)")
    f.bl("Assessments:", "VB-MAPP 09/22/2025 (Milestones 81/170); Vineland-3 09/25/2025 "
         "(ABC 66)")
    f.h("Goals", caps=False)
    goals = [
        ("Language", "Isaiah will label 50 common objects and actions in pictures.", "18 labels",
         "90% accuracy across 3 consecutive sessions", "03/31/2026"),
        ("Play", "Isaiah will complete a 4-step pretend-play sequence with a peer.", "1 step",
         "4 steps in 4 of 5 opportunities across 2 weeks", "02/28/2026"),
        ("Safety", "Isaiah will stop and return when an adult calls \"stop\" in the parking lot "
         "(simulated and natural trials).", "10% of trials", "100% of trials across 5 sessions",
         "01/31/2026"),
        ("Caregiver training", "Grandmother will deliver the safety-stop procedure and reinforce "
         "compliance with 90% fidelity.", "35% fidelity", "90% fidelity on 3 consecutive "
         "observations", "01/15/2026"),
    ]
    for dom, g, base, mast, tgt in goals:
        f.p((f"{dom}. ", "b"), g)
        f.p(("   Baseline: ", "b"), base, ("   Mastery: ", "b"), mast, ("   Target: ", "b"), tgt)
    f.h("Services", caps=False)
    f.bl("97153", "direct therapy by RBT — 25 hours/week")
    f.bl("97155", "protocol modification by BCBA — 4 hours/week")
    f.bl("97156", "caregiver guidance by BCBA — 1 hour/week")
    f.h("Signatures", caps=False)
    f.bl("BCBA:", "Jessica Tran, MS, BCBA, LBA  (signed 10/06/2025)  NPI " + N["tran"])
    f.bl("Legal guardian:", "Bernice Brown  (signed 10/07/2025)")
    f.save("aba08_bold_labels_grandmother_guardian_clean.docx")
    label("aba08_bold_labels_grandmother_guardian_clean.docx", "commercial-aba", "2025-10-20", [],
          notes="Clean. Bold labels with values on the same line; the legal guardian is the "
          "grandmother; signature dates written inside parentheses.")


# ============================================================================================
# Substance use disorder programs (state licensure)

def fl01():
    f = Form(font="Arial", size=9.5)
    f.header("SUNCOAST RECOVERY CENTER  -  Licensed under Ch. 397, F.S.", size=8)
    f.title("INDIVIDUALIZED TREATMENT PLAN", 12)
    f.table([
        ["Client Name:  Derek Holloway", "DOB:  03/03/1988", "Medicaid #:  7712458903"],
        ["Admission Date:  02/02/2026", "Plan Date:  02/12/2026", "Client #:  SRC-26-0117"],
    ], widths=[2.6, 2.0, 2.4], size=9.5)
    f.p(("Level of Care:", "b"))
    f.checks("", ["Residential Level 1", "Residential Level 2", "Residential Level 3",
                  "Residential Level 4"], {"Residential Level 2"})
    f.checks("", ["Day or Night Treatment", "Intensive Outpatient", "Outpatient",
                  "Medication-Assisted Treatment for Opioid Use Disorders"], set())
    f.p(("Diagnoses (ICD-10-CM):", "b"), "  F10.20 Alcohol dependence, uncomplicated;  F12.20 Cannabis "
        "dependence, uncomplicated")
    f.p(("Problem 1: ", "b"), "Daily drinking (10-12 beers) for 6 years; two DUIs; lost job 11/2025.")
    f.p(("Goal: ", "b"), "Derek will establish abstinence from alcohol and cannabis and build a "
        "recovery plan he can follow after discharge.")
    f.table([
        ["Objective", "Expected completion", "Tasks / Services (type and frequency)"],
        ["1a. Derek will have negative results on all random breathalyzer and urine drug screens.",
         "03/31/2026", "Random UDS/breathalyzer 2x per week (nursing)"],
        ["1b. Derek will list 5 personal high-risk situations and a coping response for each in "
         "his relapse prevention plan.", "03/06/2026", "Relapse prevention group 5x per week, 90 min"],
        ["1c. Derek will attend at least 3 community 12-step or SMART meetings per week and obtain a "
         "sponsor or mentor's phone number.", "03/20/2026", "Peer support / community meetings 3x per "
         "week (escorted)"],
    ], header=True, widths=[3.4, 1.1, 2.5], size=9)
    f.p(("Problem 2: ", "b"), "Conflict with partner; no stable housing after discharge.")
    f.p(("Goal: ", "b"), "Derek will have a safe, sober place to live at discharge.")
    f.table([
        ["Objective", "Expected completion", "Tasks / Services (type and frequency)"],
        ["2a. Derek will submit at least 2 applications to certified recovery residences.",
         "03/13/2026", "Case management 1x per week, 30 min"],
        ["2b. Derek and his partner will attend 2 family sessions and agree on a written visiting "
         "plan.", "03/27/2026", "Family counseling 2x per month, 60 min"],
    ], header=True, widths=[3.4, 1.1, 2.5], size=9)
    f.p(("Individual counseling: ", "b"), "1x per week, 50 minutes (primary counselor).")
    f.p(("Estimated length of stay: ", "b"), "45-60 days")
    f.p()
    f.table([
        ["Client signature", "Derek Holloway", "02/12/2026"],
        ["Primary counselor", "Tamika Jones, CAP", "02/12/2026"],
        ["Qualified professional review", "Robert Vance, LMHC", "02/16/2026"],
    ], widths=[2.2, 3.2, 1.4], size=9.5)
    f.p(f"Clinician NPI (QP): {N['vance']}", size=8)
    f.save("fl01_residential_level2_checkboxes_clean.docx")
    label("fl01_residential_level2_checkboxes_clean.docx", "base-treatment-plan", "2026-02-25", [],
          state="fl-65d-30",
          notes="Clean. Level of care by checkbox (Residential Level 2: plan due in 15 days, written "
          "in 10); objectives with expected completion dates and tasks with frequencies; QP "
          "countersigns 4 days after the plan.")


def fl02():
    f = Form(font="Calibri", size=10.5)
    f.title("Gulf Breeze Counseling & Recovery", 13)
    f.p("Treatment Plan", align="c")
    f.blanks(("Client:", "Alicia Moreno"), ("DOB:", "08/21/1995"), ("Medicaid ID:", "5520913846"))
    f.blanks(("Admission:", "05/04/2026"), ("Treatment plan date:", "05/18/2026"))
    f.p(("Level of care (check one):", "b"))
    f.checks("", ["Intensive inpatient", "Residential", "Day or night treatment",
                  "Intensive outpatient", "Outpatient", "Aftercare"], set(), style="square")
    f.p(("Diagnosis:", "b"), " F14.20 Cocaine dependence, uncomplicated")
    f.p(("GOAL 1:", "b"), " Alicia will stop using cocaine and stay abstinent.")
    f.p("   Objective 1.1: Alicia will have 8 consecutive negative weekly urine drug screens by "
        "07/13/2026.")
    f.p("   Objective 1.2: Alicia will identify 3 triggers and practice a refusal skill for each "
        "in role-play by 06/15/2026.")
    f.p(("GOAL 2:", "b"), " Alicia will keep her job at the hotel.")
    f.p("   Objective 2.1: Alicia will have 0 unexcused absences per month, per pay stubs, by "
        "07/31/2026.")
    f.p(("Services:", "b"))
    f.p("   Individual counseling - weekly, 50 min")
    f.p("   Group counseling - 2x weekly, 90 min")
    f.p("   Urine drug screen - weekly")
    f.p()
    f.p("Client signature: Alicia Moreno                         Date: 05/18/2026")
    f.p("Counselor signature: Kevin Tran, CAC                   Date: 05/18/2026")
    f.p("Qualified professional countersignature: Dana Whitley, LCSW     Date: 06/11/2026")
    f.save("fl02_unchecked_level_of_care_late_countersign.docx")
    label("fl02_unchecked_level_of_care_late_countersign.docx", "base-treatment-plan", "2026-06-15",
          [["field-missing"], ["signature-late"]], state="fl-65d-30", unsure=("plan-late",),
          notes="No level-of-care box is checked. The qualified professional countersigned "
          "06/11/2026, 24 days after the plan (within 10 calendar days required). No plan deadline "
          "can be judged without the level of care.")


def fl03():
    f = Form(font="Times New Roman", size=11)
    f.header("Palmetto Shores Treatment Center", size=9)
    f.title("MASTER TREATMENT PLAN", 13)
    f.tabs(("Client:", "Travis McAllister"), ("DOB:", "12/05/1979"), stops=(1.2, 3.8, 4.6))
    f.tabs(("Medicaid/Ins #:", "FL-MCD 3308172294"), ("Admit date:", "03/02/2026"),
           stops=(1.2, 3.8, 4.6))
    f.tabs(("Plan date:", "03/13/2026"), ("Counselor:", "Amber Walsh, CAP"), stops=(1.2, 3.8, 4.6))
    f.checks("Level of care:", ["Residential Level 1", "Residential Level 2", "Residential Level 3",
                                "Intensive Outpatient"], {"Residential Level 1"}, style="bracket")
    f.p("Dx: F11.20 Opioid dependence, uncomplicated; F10.20 Alcohol dependence, uncomplicated")
    f.p()
    f.p(("Problem #1:", "b"), " Opioid and alcohol use; 3 overdoses in past year; Narcan x 2.")
    f.p(("Goal:", "b"), " Travis will achieve and maintain recovery from opioids and alcohol.")
    f.p("   Objective A: Client will gain insight into his addiction.")
    f.p("   Objective B: Client will work on relapse prevention.")
    f.p("   Objective C: Client will participate in groups.")
    f.p(("Problem #2:", "b"), " Estranged from family.")
    f.p(("Goal:", "b"), " Travis will rebuild relationships with his family.")
    f.p("   Objective A: Client will improve family relationships.")
    f.p()
    f.p(("Services:", "b"), " Individual counseling 2x/week (50 min); process group 5x/week; "
        "psychoeducation 5x/week; MAT evaluation (buprenorphine) with the medical director within "
        "72 hours, then weekly medication visits; family session 1x/week by phone.")
    f.p()
    f.p("Client: /s/ Travis McAllister      03/13/2026")
    f.p("Counselor: /s/ Amber Walsh, CAP      03/13/2026")
    f.p("QP review: /s/ Dr. Helen Cho, MD      03/16/2026")
    f.save("fl03_res_level1_late_vague_objectives.docx")
    label("fl03_res_level1_late_vague_objectives.docx", "base-treatment-plan", "2026-03-25",
          [["plan-late"], ["objective-not-measurable"], ["objective-not-time-bound"]],
          state="fl-65d-30",
          notes="Residential Level 1 plan due within 7 days; written 11 days after admission. The "
          "objectives ('gain insight', 'work on relapse prevention', 'participate in groups', "
          "'improve family relationships') are neither measurable nor dated, and the goals carry "
          "no dates either.")


def ny01():
    f = Form(font="Arial", size=9.5)
    f.header("Catskill Ridge Addiction Treatment Center  -  OASAS-certified Inpatient Rehabilitation "
             "(14 NYCRR Part 818)", size=7.5)
    f.title("INDIVIDUAL TREATMENT/RECOVERY PLAN", 12)
    f.table([
        ["Patient:", "Brandon Kowalski", "DOB:", "01/11/1992"],
        ["Medicaid CIN:", "KM48213T", "Case #:", "CR-2026-0388"],
        ["Admission date:", "04/06/2026", "Plan date:", "04/10/2026"],
        ["Responsible clinical staff:", "Rosa Delgado, CASAC", "Attending physician:",
         "Samuel Adeyemi, MD"],
    ], widths=[1.7, 1.9, 1.5, 1.9], bold_first_col=True, size=9)
    f.p(("DIAGNOSES", "b"))
    f.p("F11.20 Opioid use disorder, severe (ICD-10-CM: opioid dependence, uncomplicated)")
    f.p("F10.20 Alcohol use disorder, moderate (alcohol dependence, uncomplicated)")
    f.p("F41.1 Generalized anxiety disorder")
    f.p(("PROBLEM AREAS / GOALS / METHODS", "b"))
    t = f.table([
        ["Problem area", "Goal", "Objectives", "Methods / approaches (frequency)", "Staff"],
        ["Substance use", "Brandon will remain abstinent from opioids and alcohol and stay on "
         "buprenorphine.", "• Negative UDS on all weekly tests through discharge.\n• Take "
         "buprenorphine 16 mg daily as prescribed, 100% of doses (med log), through discharge.",
         "Individual counseling 2x/week; group counseling 2x/day; MAT induction and daily "
         "medication administration; relapse-prevention education 5x/week", "Delgado; Adeyemi; "
         "nursing"],
        ["Mental health", "Brandon will manage anxiety without substances.", "• GAD-7 from 15 to "
         "9 or below by 05/01/2026.\n• Use 2 coping skills during cravings, per daily card, by "
         "04/24/2026.", "CBT skills group 3x/week; psychiatric consult 1x/week", "Delgado; "
         "psychiatry"],
        ["Recovery environment", "Brandon will have a sober discharge plan.", "• Outpatient intake "
         "appointment and sober housing confirmed before discharge (target 05/01/2026).",
         "Discharge planning 1x/week; family session 1x", "Delgado"],
    ], header=True, widths=[1.0, 1.6, 2.0, 1.6, 0.8], size=8.5)
    f.p(("Estimated length of stay:", "b"), " 28 days")
    f.p(("SIGNATURES", "b"))
    f.p("Responsible clinical staff:  Rosa Delgado, CASAC  (signed)   Date: 04/10/2026")
    f.p("Patient:  Brandon Kowalski  (signed)   Date: 04/10/2026")
    f.p("Physician review:  Samuel Adeyemi, MD  (signed)   Date: 04/13/2026   NPI " + N["adeyemi"])
    f.save("ny01_oasas_inpatient_problem_grid_clean.docx")
    label("ny01_oasas_inpatient_problem_grid_clean.docx", "base-treatment-plan", "2026-04-20", [],
          state="ny-oasas-818",
          notes="Clean. Problem-area grid with bullet objectives in cells; plan 4 days after "
          "admission; physician reviewed and signed 7 days after admission.")


def ny02():
    f = Form(font="Calibri", size=10.5)
    f.header("Mohawk Valley Recovery Services  •  Inpatient Rehabilitation", size=8.5)
    f.title("Comprehensive Treatment Plan", 13)
    f.p(("Name: ", "b"), "Shanice Porter     ", ("DOB: ", "b"), "06/18/1990     ",
        ("Medicaid CIN: ", "b"), "RP59204K")
    f.p(("Date of admission: ", "b"), "09/08/2025     ", ("Date of plan: ", "b"), "09/12/2025")
    f.p(("DSM-5 / ICD-10-CM Diagnosis(es): ", "b"), "__________________________  "
        "(see psychiatric evaluation)")
    f.p(("Problem 1 - Alcohol and cocaine use", "b"))
    f.p("Goal: Shanice will stop drinking and using cocaine.")
    f.p("Objectives: Negative breathalyzer and UDS on all tests through discharge; complete a "
        "written relapse prevention plan by 09/26/2025.")
    f.p("Methods: individual counseling 2x/week, group 2x/day, relapse prevention education daily.")
    f.p(("Problem 2 - Parenting / child welfare involvement", "b"))
    f.p("Goal: Shanice will meet her CPS service plan requirements.")
    f.p("Objectives: Attend 4 of 4 parenting classes offered during her stay; sign releases for "
        "the CPS caseworker by 09/15/2025.")
    f.p("Methods: parenting group 1x/week; case management 1x/week.")
    f.p()
    f.p("Primary counselor: Dwayne Mitchell, CASAC-T (signed)  09/12/2025")
    f.p("Patient: Shanice Porter (signed)  09/12/2025")
    f.p("Physician review and signature: Ellen Marsh, MD (signed)  09/30/2025  NPI " + N["marsh"])
    f.save("ny02_oasas_dx_blank_physician_late.docx")
    label("ny02_oasas_dx_blank_physician_late.docx", "base-treatment-plan", "2025-10-06",
          [["diagnosis-missing"], ["signature-late"]], state="ny-oasas-818",
          notes="The diagnosis blank was left empty ('see psychiatric evaluation'). The physician "
          "reviewed and signed on 09/30/2025, 22 days after admission (within 10 required).")


def tx01():
    f = Form(font="Arial", size=10)
    f.header("LONE STAR RECOVERY SERVICES  -  Licensed Chemical Dependency Treatment Facility", size=8)
    f.title("Individualized Treatment Plan", 12)
    f.blanks(("Client Name:", "Javier Castillo"), ("DOB:", "04/27/1985"))
    f.blanks(("Medicaid #:", "518273649"), ("Admit:", "07/07/2025"), ("Plan:", "07/14/2025"))
    f.checks("Service type:", ["Residential", "Intensive Outpatient", "Supportive Outpatient"],
             {"Intensive Outpatient"})
    f.p(("Diagnoses: ", "b"), "F15.20 Other stimulant dependence, uncomplicated (methamphetamine); "
        "F10.10 Alcohol abuse, uncomplicated")
    f.p(("Projected length of stay: ", "b"), "10 weeks in IOP (through 09/15/2025), then "
        "supportive outpatient")
    f.p()
    f.p(("PROBLEM 1: ", "b"), "Methamphetamine use 4-5 days/week; lost custody visits.")
    f.p(("Goal 1: ", "b"), "Javier will stop using methamphetamine.")
    f.p("   Obj 1A  Javier will provide negative UDS on all random tests for 6 consecutive weeks by "
        "08/25/2025.")
    f.p("   Obj 1B  Javier will write and review with his counselor a relapse prevention plan with "
        "5 triggers and 5 coping actions by 08/04/2025.")
    f.p(("PROBLEM 2: ", "b"), "Binge drinking on weekends.")
    f.p(("Goal 2: ", "b"), "Javier will not drink alcohol.")
    f.p("   Obj 2A  Javier will report 0 drinking days per week on the weekly TLFB by 08/18/2025.")
    f.p(("STRATEGIES (type / frequency / responsible)", "b"))
    f.table([
        ["Strategy", "Frequency", "Responsible"],
        ["Group counseling (IOP)", "3x/week, 3 hours", "Angela Brooks, LCDC"],
        ["Individual counseling", "1x/week, 60 min", "Angela Brooks, LCDC"],
        ["Random urine drug screen", "1x/week", "Program staff"],
        ["Chemical dependency education", "2x/week, 1 hour", "Program staff"],
    ], header=True, widths=[2.8, 1.8, 2.2])
    f.p()
    f.p("Client Signature: Javier Castillo   Date: 07/14/2025")
    f.p("Counselor Signature: Angela Brooks, LCDC   Date: 07/14/2025")
    f.save("tx01_cd_facility_iop_strategies_table_clean.docx")
    label("tx01_cd_facility_iop_strategies_table_clean.docx", "base-treatment-plan", "2025-07-28",
          [], state="tx-26tac-564",
          notes="Clean. Texas CD facility IOP: dated measurable objectives, strategies table with "
          "frequency, projected length of stay, client and LCDC sign and date.")


def tx02():
    f = Form(font="Calibri", size=10.5)
    f.header("Hill Country Residential Recovery", size=9)
    f.title("TREATMENT PLAN", 13)
    f.table([
        ["Client: Kyle Henderson", "DOB: 10/10/1998", "Medicaid/ID #: 702194836"],
        ["Admission: 01/13/2026", "Plan date: 01/20/2026", "Level: Residential"],
    ], widths=[2.4, 2.0, 2.4])
    f.p(("Diagnosis: ", "b"), "F11.20 Opioid dependence, uncomplicated (fentanyl)")
    f.p(("Goal 1: ", "b"), "Kyle will stop using fentanyl and other opioids.")
    f.p("   Objective 1.1: Kyle will have negative UDS on every random test for 4 consecutive weeks, "
        "by 02/17/2026.")
    f.p("   Objective 1.2: Kyle will demonstrate all 4 steps of naloxone nasal spray use to staff "
        "without prompts (4 of 4 steps) by 01/27/2026.")
    f.p(("Goal 2: ", "b"), "Kyle will re-establish contact with his daughter.")
    f.p("   Objective 2.1: Kyle will write and send 1 letter per week to his daughter through her "
        "mother, by 02/10/2026.")
    f.p(("Strategies / interventions", "b"), ("  (list each strategy, who provides it, and how often)",
                                                "i"))
    f.p("______________________________________________________________________________")
    f.p("______________________________________________________________________________")
    f.p(("Projected length of stay: ", "b"), "________ days")
    f.p()
    f.p("Client signature: Kyle Henderson        Date: 01/20/2026")
    f.p("Counselor signature: Marisa Delgado, LCDC        Date: 01/20/2026")
    f.save("tx02_residential_strategies_and_los_blank.docx")
    label("tx02_residential_strategies_and_los_blank.docx", "base-treatment-plan", "2026-02-02",
          [["intervention-missing"], ["duration-missing"]], state="tx-26tac-564",
          unsure=("frequency-missing",),
          notes="The strategies section and the projected length of stay were left blank "
          "(instruction text and underscores only). With no strategies at all, a frequency "
          "finding is left unjudged.")


def ca01():
    f = Form(font="Arial", size=9.5)
    f.header("Golden Valley Opioid Treatment Program  -  Narcotic Treatment Program (DHCS licensed)",
             size=8)
    f.title("INITIAL TREATMENT PLAN - MAINTENANCE", 12)
    f.table([
        ["Patient:\tRamon Esquivel", "DOB:\t05/05/1976"],
        ["Medi-Cal CIN:\t93827164A", "Program ID:\tGV-10442"],
        ["Admission (maintenance start):\t01/05/2026", "Plan date:\t01/28/2026"],
        ["Medication:\tMethadone 80 mg daily", "Next plan update due:\t04/03/2026"],
    ], widths=[3.6, 3.4], size=9)
    f.p(("Diagnosis:", "b"), " F11.20 Opioid dependence, uncomplicated")
    f.p(("Long-term goal:", "b"), " Ramon will stay off illicit opioids and return to full-time "
        "work.")
    f.p(("Short-term goals (each with target date)", "b"))
    f.table([
        ["#", "Short-term goal", "Behavioral task", "Target date"],
        ["1", "Negative for illicit opioids and fentanyl on all monthly random UDS",
         "Attend daily dosing; provide observed samples", "03/31/2026"],
        ["2", "Attend counseling sessions as scheduled (2 of 2 each month)",
         "Keep a session calendar", "03/31/2026"],
        ["3", "Obtain a California ID and apply to at least 3 jobs",
         "Work with case manager; bring proof of applications", "03/15/2026"],
        ["4", "Enroll in Medi-Cal dental and complete 1 dental visit", "Call the dental plan with "
         "counselor", "04/01/2026"],
    ], header=True, widths=[0.3, 3.0, 2.5, 1.0], size=9)
    f.p(("Services:", "b"), " Methadone dosing daily; individual counseling 50 min 2x per month "
        "(minimum per §10345); case management monthly; random UDS at least 1x per month.")
    f.p()
    f.table([
        ["Primary counselor", "Lisa Park, CADC-II", "01/28/2026"],
        ["Supervising counselor", "Michael Ortega, LAADC", "02/03/2026"],
        ["Medical Director", "Helen Cho, MD", "02/06/2026"],
        ["Patient", "Ramon Esquivel", "01/28/2026"],
    ], widths=[2.0, 3.2, 1.4], size=9.5)
    f.p(f"Medical Director NPI {N['cho']}", size=8)
    f.save("ca01_ntp_methadone_initial_plan_clean.docx")
    label("ca01_ntp_methadone_initial_plan_clean.docx", "base-treatment-plan", "2026-02-20", [],
          state="ca-title9-ntp",
          notes="Clean. Plan 23 days after the start of maintenance (28 allowed); short-term goals "
          "with target dates; update due 88 days after admission; supervisor and medical director "
          "countersign within 14 days of the plan.")


def ca02():
    f = Form(font="Times New Roman", size=11)
    f.title("Bayview Narcotic Treatment Program", 13)
    f.p("Patient Treatment Plan", align="c")
    f.bl("Patient name:", "Tanya Whitlock")
    f.bl("Date of birth:", "03/22/1983")
    f.bl("Medi-Cal ID:", "90412377C")
    f.bl("Admission to maintenance:", "08/04/2025")
    f.bl("Plan date:", "09/08/2025")
    f.bl("Next plan update due:", "____________")
    f.bl("Diagnosis:", "F11.20 Opioid dependence, uncomplicated")
    f.p()
    f.bl("Goal 1:", "Tanya will stop using heroin and fentanyl.")
    f.p("     Short-term goal 1a: 2 consecutive monthly UDS negative for illicit opioids by "
        "11/30/2025.")
    f.p("     Short-term goal 1b: Attend dosing at least 6 of 7 days per week (dosing record) by "
        "10/31/2025.")
    f.bl("Goal 2:", "Tanya will secure stable housing.")
    f.p("     Short-term goal 2a: Complete a housing application with the county coordinated entry "
        "system by 10/15/2025.")
    f.bl("Services:", "Buprenorphine daily dosing; individual counseling 2x/month; case management.")
    f.p()
    f.bl("Counselor:", "Jorge Alvarado, SUDCC   Date: 09/08/2025")
    f.bl("Supervising counselor:", "Karen Liu, LAADC   Date: 09/12/2025")
    f.bl("Medical Director:", "Paul Rivera, MD   Date: 09/29/2025   NPI " + npi("126039485"))
    f.bl("Patient:", "Tanya Whitlock   Date: 09/08/2025")
    f.save("ca02_ntp_late_plan_no_update_date_md_late.docx")
    label("ca02_ntp_late_plan_no_update_date_md_late.docx", "base-treatment-plan", "2025-10-06",
          [["plan-late"], ["review-date-missing"], ["signature-late"]], state="ca-title9-ntp",
          unsure=("review-interval-exceeded",),
          notes="Plan written 35 days after maintenance began (28 allowed); the next-update blank is "
          "empty; the medical director signed 21 days after the plan (14 allowed).")


# ============================================================================================
# FHIR R4 bundles, as small agencies' systems send them

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
NPI_SYS = "http://hl7.org/fhir/sid/us-npi"


def _entry(res):
    return {"fullUrl": f"urn:uuid:{res['id']}", "resource": res}


def _ref(res):
    return {"reference": f"urn:uuid:{res['id']}"}


def _uuid(n: int) -> str:
    return f"4b1e{n:04x}-7c2a-4d5e-9f10-{n:012x}"


def _practitioner(n, given, family, suffix, npi_value, qual=None):
    res = {"resourceType": "Practitioner", "id": _uuid(n),
           "identifier": [{"system": NPI_SYS, "value": npi_value}],
           "name": [{"family": family, "given": given, "suffix": suffix}]}
    if qual:
        res["qualification"] = [{"code": {"text": q}} for q in qual]
    return res


def _write_json(name, obj):
    (HERE / name).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def fhir01():
    """ABA practice-management system: a document Bundle with Composition attesters."""
    pat = {"resourceType": "Patient", "id": _uuid(1),
           "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                                "code": "MB", "display": "Member Number"}]},
                           "system": "urn:oid:2.16.840.1.113883.3.9921.4", "value": "ZGP449201736"},
                          {"type": {"text": "Agency client number"}, "value": "BB-00931"}],
           "name": [{"family": "Okoye", "given": ["Amara"]}], "gender": "female",
           "birthDate": "2020-08-19"}
    mom = {"resourceType": "RelatedPerson", "id": _uuid(2), "patient": _ref(pat),
           "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                                         "code": "MTH", "display": "mother"}]}],
           "name": [{"family": "Okoye", "given": ["Chioma"]}]}
    bcba = _practitioner(3, ["Megan"], "Castillo", ["MA", "BCBA"], npi("151029384"), ["BCBA"])
    psych = _practitioner(4, ["Daniel"], "Weiss", ["PhD"], npi("163920485"),
                          ["Licensed Psychologist"])
    org = {"resourceType": "Organization", "id": _uuid(5), "name": "Bright Bridge ABA Therapy",
           "identifier": [{"system": NPI_SYS, "value": npi("194023856")}]}
    cov = {"resourceType": "Coverage", "id": _uuid(6), "status": "active", "beneficiary": _ref(pat),
           "subscriberId": "ZGP449201736", "payor": [{"display": "Cigna Open Access Plus"}]}
    cond = {"resourceType": "Condition", "id": _uuid(7), "subject": _ref(pat),
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                           "code": "active"}]},
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                      "code": "encounter-diagnosis"}]}],
            "code": {"coding": [{"system": ICD10, "code": "F84.0", "display": "Autistic disorder"}],
                     "text": "Autism spectrum disorder"},
            "recordedDate": "2023-05-17", "onsetDateTime": "2023-05-17", "asserter": _ref(psych),
            "note": [{"text": "Diagnosed 05/17/2023 by Daniel Weiss, PhD, licensed psychologist "
                              "(ADOS-2 Module 2)."}]}
    obs = []
    for i, (inst, date, val) in enumerate([("VB-MAPP", "2026-02-10", "Milestones 102/170; Barriers 18"),
                                           ("Vineland-3", "2026-02-12", "Adaptive Behavior Composite 72")]):
        obs.append({"resourceType": "Observation", "id": _uuid(10 + i), "status": "final",
                    "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                              "code": "survey"}]}],
                    "code": {"text": inst}, "subject": _ref(pat), "effectiveDateTime": date,
                    "performer": [_ref(bcba)], "valueString": val})
    goal_rows = [
        ("Communication", "Amara will use 3- to 4-word sentences to comment and request during play.",
         "Baseline: 1-2 word utterances, 10 per hour", "Mastery criteria: 25 spontaneous 3+ word "
         "utterances per hour across 3 consecutive sessions", "2026-08-31"),
        ("Social", "Amara will respond to a peer's greeting with a greeting or wave.",
         "Baseline: 15% of opportunities", "Mastery criteria: 80% of opportunities across 3 "
         "consecutive sessions", "2026-07-31"),
        ("Behavior reduction", "Reduce biting from 5 episodes per week to 0.",
         "Baseline: 5 per week (4-week average)", "Mastery criteria: 0 episodes for 6 consecutive "
         "weeks", "2026-08-31"),
        ("Caregiver training", "Mother will use the 3-step prompting procedure during dressing with "
         "90% fidelity.", "Baseline: 45% fidelity (02/2026)", "Mastery criteria: 90% fidelity "
         "across 3 consecutive observations", "2026-06-30"),
    ]
    goals = []
    for i, (dom, text, base, mast, due) in enumerate(goal_rows):
        goals.append({"resourceType": "Goal", "id": _uuid(20 + i),
                      "lifecycleStatus": "active", "category": [{"text": dom}],
                      "description": {"text": text}, "subject": _ref(pat), "startDate": "2026-03-09",
                      "target": [{"measure": {"text": dom + " target"}, "detailString": mast.split(": ", 1)[1],
                                  "dueDate": due}],
                      "note": [{"text": base}, {"text": mast}]})
    srs = []
    for i, (code, disp, hrs, per) in enumerate([
            ("97153", "Adaptive behavior treatment by protocol", 20, (5, 4.0)),
            ("97155", "Adaptive behavior treatment with protocol modification", 3, (3, 1.0)),
            ("97156", "Family adaptive behavior treatment guidance", 1, (1, 1.0))]):
        srs.append({"resourceType": "ServiceRequest", "id": _uuid(30 + i), "status": "active",
                    "intent": "order", "subject": _ref(pat),
                    "code": {"coding": [{"system": CPT, "code": code, "display": disp}]},
                    "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": "2026-03-09", "end": "2026-09-08"},
                                                    "frequency": per[0], "period": 1, "periodUnit": "wk",
                                                    "duration": per[1], "durationUnit": "h"},
                                         "code": {"text": f"{hrs} hours per week"}},
                    "quantityQuantity": {"value": hrs * 4, "unit": "units per week"},
                    "requester": _ref(bcba)})
    cp = {"resourceType": "CarePlan", "id": _uuid(40), "status": "active", "intent": "plan",
          "title": "ABA Treatment Plan - continuation", "subject": _ref(pat),
          "period": {"start": "2026-03-09", "end": "2026-09-08"}, "created": "2026-03-02",
          "author": _ref(bcba), "addresses": [_ref(cond)], "goal": [_ref(g) for g in goals],
          "activity": [{"reference": _ref(s)} for s in srs] + [
              {"detail": {"kind": "Appointment", "code": {"text": "Treatment plan review and progress report"},
                          "status": "scheduled", "scheduledPeriod": {"start": "2026-08-24"},
                          "performer": [_ref(bcba)]}}]}
    comp = {"resourceType": "Composition", "id": _uuid(50), "status": "final",
            "type": {"coding": [{"system": "http://loinc.org", "code": "18776-5",
                                 "display": "Plan of care note"}]},
            "subject": _ref(pat), "date": "2026-03-02", "author": [_ref(bcba), _ref(org)],
            "title": "ABA Treatment Plan",
            "attester": [{"mode": "professional", "time": "2026-03-02T15:10:00-05:00", "party": _ref(bcba)},
                         {"mode": "personal", "time": "2026-03-03T09:42:00-05:00", "party": _ref(mom)}],
            "custodian": _ref(org),
            "section": [
                {"title": "Diagnosis", "entry": [_ref(cond)]},
                {"title": "Assessments", "entry": [_ref(o) for o in obs]},
                {"title": "Treatment plan", "entry": [_ref(cp)]},
                {"title": "Goals", "entry": [_ref(g) for g in goals]},
                {"title": "Requested services", "entry": [_ref(s) for s in srs]},
            ]}
    for sec in comp["section"]:
        sec["text"] = {"status": "generated",
                       "div": f"<div xmlns=\"http://www.w3.org/1999/xhtml\">{sec['title']}</div>"}
    resources = [comp, pat, mom, bcba, psych, org, cov, cond] + obs + [cp] + goals + srs
    bundle = {"resourceType": "Bundle", "id": "bb-aba-plan-00931-2026-03",
              "identifier": {"system": "urn:ietf:rfc:3986", "value": "urn:uuid:" + _uuid(99)},
              "type": "document", "timestamp": "2026-03-03T09:45:00-05:00",
              "entry": [_entry(r) for r in resources]}
    _write_json("fhir01_aba_practice_system_document_clean.json", bundle)
    label("fhir01_aba_practice_system_document_clean.json", "commercial-aba", "2026-03-16", [],
          notes="Clean. Document Bundle: Composition attested by the BCBA (professional) and the "
          "mother (personal); Condition F84.0 with asserter and date; VB-MAPP and Vineland-3 "
          "Observations; Goals with baseline and mastery in notes and due dates; ServiceRequests by "
          "CPT with 'N hours per week' timings; 6-month period; review scheduled 175 days out.")


def fhir02():
    """Home health agency EHR: a collection Bundle; the physician never signed; no goals yet."""
    pat = {"resourceType": "Patient", "id": _uuid(101),
           "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": "5KP2RT8WX36"},
                          {"system": "urn:oid:2.16.840.1.113883.3.7712.1", "value": "HHA-20931"}],
           "name": [{"family": "Lindqvist", "given": ["Eleanor", "M"]}], "gender": "female",
           "birthDate": "1937-03-28"}
    md = _practitioner(102, ["Victor"], "Amari", ["MD"], npi("158302947"))
    rn = _practitioner(103, ["Carla"], "Benson", ["RN"], npi("172049385"))
    org = {"resourceType": "Organization", "id": _uuid(104), "name": "Tri-County Home Health Partners",
           "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi("183920475")}]}
    conds = []
    for i, (code, disp, prim) in enumerate([("I50.32", "Chronic diastolic (congestive) heart failure", True),
                                            ("N18.30", "Chronic kidney disease, stage 3 unspecified", False)]):
        conds.append({"resourceType": "Condition", "id": _uuid(110 + i), "subject": _ref(pat),
                      "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                                "code": "problem-list-item"}]}],
                      "code": {"coding": [{"system": ICD10, "code": code, "display": disp}]},
                      "extension": [{"url": "http://agency.example/fhir/StructureDefinition/diagnosis-rank",
                                     "valueString": "primary" if prim else "secondary"}]})
    phases = [
        ("SN", "Skilled nursing: cardiopulmonary assessment, weights, diet and medication teaching",
         2, 4, "2026-04-06", "SN 2x/wk x 4 wks"),
        ("SN", "Skilled nursing: cardiopulmonary assessment, medication management",
         1, 4, "2026-05-04", "SN 1x/wk x 4 wks"),
        ("PT", "Physical therapy: gait training, therapeutic exercise, home safety",
         2, 4, "2026-04-07", "PT 2x/wk x 4 wks"),
        ("HHA", "Home health aide: bathing and personal care", 2, 8, "2026-04-06", "HHA 2x/wk x 8 wks"),
    ]
    srs = []
    for i, (disc, text, freq, weeks, start, short) in enumerate(phases):
        srs.append({"resourceType": "ServiceRequest", "id": _uuid(120 + i), "status": "active",
                    "intent": "order", "subject": _ref(pat), "requester": _ref(md),
                    "code": {"text": text}, "category": [{"text": disc}],
                    "occurrenceTiming": {"repeat": {"frequency": freq, "period": 1, "periodUnit": "wk",
                                                    "boundsDuration": {"value": weeks, "unit": "wk",
                                                                       "system": "http://unitsofmeasure.org",
                                                                       "code": "wk"}},
                                         "code": {"text": short}},
                    "authoredOn": "2026-04-06"})
    cp = {"resourceType": "CarePlan", "id": _uuid(130), "status": "active", "intent": "plan",
          "title": "Home Health Plan of Care", "subject": _ref(pat), "created": "2026-04-06",
          "period": {"start": "2026-04-06", "end": "2026-06-04"},
          "category": [{"text": "Home health certification period 1"}],
          "author": _ref(rn), "contributor": [_ref(rn)], "addresses": [_ref(c) for c in conds],
          "activity": [{"reference": _ref(s)} for s in srs],
          "note": [{"text": "Start of care 04/06/2026. Goals to be entered after the PT evaluation "
                            "visit."}]}
    prov = {"resourceType": "Provenance", "id": _uuid(140), "target": [_ref(cp)],
            "recorded": "2026-04-06T17:05:00-04:00",
            "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                            "code": "author"}]}, "who": _ref(rn)}],
            "signature": [{"type": [{"system": "urn:iso-astm:E1762-95:2013",
                                     "code": "1.2.840.10065.1.12.1.1", "display": "Author's Signature"}],
                           "when": "2026-04-06T17:05:00-04:00", "who": _ref(rn),
                           "sigFormat": "image/jpeg", "data": "U2lnbmVkIGJ5IENhcmxhIEJlbnNvbiwgUk4="}]}
    resources = [pat, org, md, rn] + conds + srs + [cp, prov]
    bundle = {"resourceType": "Bundle", "id": "tchhp-poc-20931", "type": "collection",
              "timestamp": "2026-04-07T08:00:00-04:00", "entry": [_entry(r) for r in resources]}
    _write_json("fhir02_home_health_collection_unsigned_no_goals.json", bundle)
    label("fhir02_home_health_collection_unsigned_no_goals.json", "medicare-home-health", "2026-04-20",
          [["goal-missing"], ["signature-missing"]],
          notes="Collection Bundle from an agency EHR: CarePlan with 60-day period and "
          "ServiceRequests carrying frequency and duration, but no Goal at all (a note says goals "
          "will be added later). Only the RN author's Provenance signature exists; the physician is "
          "the orderer (requester) but never signed the plan.")


def fhir03():
    """Narcotic treatment program EHR: a document Bundle; the next plan update is 6 months out."""
    pat = {"resourceType": "Patient", "id": _uuid(201),
           "identifier": [{"type": {"text": "Medi-Cal CIN"}, "system": "urn:oid:2.16.840.1.113883.3.4930.1",
                           "value": "96205318F"}],
           "name": [{"family": "Barajas", "given": ["Luis", "Alberto"]}], "gender": "male",
           "birthDate": "1981-11-02"}
    couns = _practitioner(202, ["Denise"], "Holt", ["CADC-II"], npi("164029385"), ["CADC-II"])
    sup = _practitioner(203, ["Aaron"], "Feld", ["LAADC"], npi("179203846"), ["LAADC"])
    md = _practitioner(204, ["Grace"], "Yamamoto", ["MD"], npi("140293857"), ["MD"])
    roles = []
    for i, (p, code) in enumerate([(couns, "Primary counselor"), (sup, "Supervising counselor"),
                                   (md, "Medical Director")]):
        roles.append({"resourceType": "PractitionerRole", "id": _uuid(210 + i), "practitioner": _ref(p),
                      "code": [{"text": code}]})
    org = {"resourceType": "Organization", "id": _uuid(205), "name": "Sierra Vista Narcotic Treatment Program"}
    eoc = {"resourceType": "EpisodeOfCare", "id": _uuid(206), "status": "active", "patient": _ref(pat),
           "type": [{"text": "Narcotic treatment program - methadone maintenance"}],
           "period": {"start": "2026-01-12"}, "managingOrganization": _ref(org)}
    cond = {"resourceType": "Condition", "id": _uuid(207), "subject": _ref(pat),
            "code": {"coding": [{"system": ICD10, "code": "F11.20", "display": "Opioid dependence, uncomplicated"}]}}
    goal_rows = [
        ("Stop using illicit opioids", None, None),
        ("Negative for fentanyl and heroin on 2 consecutive monthly random UDS", "2026-04-30", 0),
        ("Attend 2 of 2 scheduled counseling sessions each month", "2026-04-30", 0),
        ("Complete intake with county vocational rehabilitation", "2026-03-31", 0),
    ]
    goals = []
    for i, (text, due, parent) in enumerate(goal_rows):
        g = {"resourceType": "Goal", "id": _uuid(220 + i), "lifecycleStatus": "active",
             "description": {"text": text}, "subject": _ref(pat), "startDate": "2026-02-02"}
        g["category"] = [{"text": "Long-term goal" if due is None else "Short-term goal"}]
        if due:
            g["target"] = [{"dueDate": due}]
            g["extension"] = [{"url": "http://hl7.org/fhir/StructureDefinition/goal-relationship",
                               "extension": [{"url": "type", "valueCodeableConcept": {"coding": [
                                   {"system": "http://hl7.org/fhir/goal-relationship-type",
                                    "code": "milestone"}]}},
                                   {"url": "target", "valueReference": _ref({"id": _uuid(220)})}]}]
        goals.append(g)
    cp = {"resourceType": "CarePlan", "id": _uuid(230), "status": "active", "intent": "plan",
          "title": "Initial Maintenance Treatment Plan", "subject": _ref(pat), "created": "2026-02-02",
          "period": {"start": "2026-02-02"}, "author": _ref(couns), "addresses": [_ref(cond)],
          "goal": [_ref(g) for g in goals],
          "activity": [
              {"detail": {"kind": "MedicationRequest", "code": {"text": "Methadone dosing"}, "status": "in-progress",
                          "scheduledString": "daily", "description": "Methadone 70 mg PO daily, observed"}},
              {"detail": {"code": {"text": "Individual counseling"}, "status": "scheduled",
                          "scheduledString": "2x per month, 50 minutes"}},
              {"detail": {"kind": "Appointment", "code": {"text": "Treatment plan update"}, "status": "scheduled",
                          "scheduledPeriod": {"start": "2026-07-10"}}},
          ]}
    comp = {"resourceType": "Composition", "id": _uuid(240), "status": "final",
            "type": {"coding": [{"system": "http://loinc.org", "code": "18776-5", "display": "Plan of care note"}]},
            "subject": _ref(pat), "encounter": None, "date": "2026-02-02", "author": [_ref(couns)],
            "title": "NTP Treatment Plan",
            "attester": [
                {"mode": "personal", "time": "2026-02-02", "party": _ref(pat)},
                {"mode": "professional", "time": "2026-02-02", "party": _ref(roles[0])},
                {"mode": "professional", "time": "2026-02-05", "party": _ref(roles[1])},
                {"mode": "legal", "time": "2026-02-09", "party": _ref(roles[2])},
            ],
            "custodian": _ref(org),
            "section": [{"title": "Admission", "entry": [_ref(eoc)]},
                        {"title": "Diagnosis", "entry": [_ref(cond)]},
                        {"title": "Plan", "entry": [_ref(cp)] + [_ref(g) for g in goals]}]}
    del comp["encounter"]
    for sec in comp["section"]:
        sec["text"] = {"status": "generated",
                       "div": f"<div xmlns=\"http://www.w3.org/1999/xhtml\">{sec['title']}</div>"}
    resources = [comp, pat, couns, sup, md] + roles + [org, eoc, cond, cp] + goals
    bundle = {"resourceType": "Bundle", "id": "svntp-plan-5318", "type": "document",
              "identifier": {"system": "urn:ietf:rfc:3986", "value": "urn:uuid:" + _uuid(299)},
              "timestamp": "2026-02-09T12:00:00-08:00", "entry": [_entry(r) for r in resources]}
    _write_json("fhir03_ca_ntp_document_update_six_months_out.json", bundle)
    label("fhir03_ca_ntp_document_update_six_months_out.json", "base-treatment-plan", "2026-02-20",
          [["review-interval-exceeded"]], state="ca-title9-ntp",
          notes="Document Bundle: admission (EpisodeOfCare) 01/12/2026, plan 02/02/2026 (21 days), "
          "short-term goals with due dates, counselor/supervisor/medical director attest within 14 "
          "days. The next plan update is scheduled 07/10/2026, 179 days after admission (at most "
          "3 months).")


# ============================================================================================
# C-CDA R2.1 Care Plan documents, as small practices' EHRs send them

from xml.sax.saxutils import escape as _x  # noqa: E402

ICD10_OID = "2.16.840.1.113883.6.90"
SNOMED_OID = "2.16.840.1.113883.6.96"
CPT_OID = "2.16.840.1.113883.6.12"
NPI_OID = "2.16.840.1.113883.4.6"
MBI_OID = "2.16.840.1.113883.4.927"


def _person(given, family, suffix):
    sfx = f"<suffix>{_x(suffix)}</suffix>" if suffix else ""
    return f"<name><given>{_x(given)}</given><family>{_x(family)}</family>{sfx}</name>"


def _ccda(*, doc_id, title, date, patient, author, legal, authenticators, period, org,
          encounter, sections):
    """patient: dict(given, family, birth, gender, mbi); author/legal: dict(given, family,
    suffix, npi, time); authenticators: list of such dicts; period: (low, high)."""
    auth_xml = "".join(f"""
  <authenticator>
    <time value="{a['time']}"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="{NPI_OID}" extension="{a['npi']}"/>
      {('<code code="' + a['role_code'] + '" codeSystem="2.16.840.1.113883.6.101" displayName="' + _x(a['role_name']) + '"/>') if a.get('role_code') else ''}
      <assignedPerson>{_person(a['given'], a['family'], a['suffix'])}</assignedPerson>
    </assignedEntity>
  </authenticator>""" for a in authenticators)
    enc_xml = ""
    if encounter:
        enc_xml = f"""
  <componentOf>
    <encompassingEncounter>
      <id root="2.16.840.1.113883.19.5.99999.19" extension="{encounter['id']}"/>
      <code code="{encounter['code']}" codeSystem="{CPT_OID}" displayName="{_x(encounter['name'])}"/>
      <effectiveTime value="{encounter['date']}"/>
    </encompassingEncounter>
  </componentOf>"""
    secs = "".join(sections)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="{doc_id}"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Overall plan of care/advance care directives"/>
  <title>{_x(title)}</title>
  <effectiveTime value="{date}"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="{MBI_OID}" extension="{patient['mbi']}"/>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="{patient['mrn']}"/>
      <addr use="HP"><streetAddressLine>{_x(patient['street'])}</streetAddressLine><city>{_x(patient['city'])}</city><state>{patient['state']}</state><postalCode>{patient['zip']}</postalCode></addr>
      <patient>
        {_person(patient['given'], patient['family'], None)}
        <administrativeGenderCode code="{patient['gender']}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{patient['birth']}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{author['time']}"/>
    <assignedAuthor>
      <id root="{NPI_OID}" extension="{author['npi']}"/>
      <code code="{author['role_code']}" codeSystem="2.16.840.1.113883.6.101" displayName="{_x(author['role_name'])}"/>
      <assignedPerson>{_person(author['given'], author['family'], author['suffix'])}</assignedPerson>
      <representedOrganization><name>{_x(org)}</name></representedOrganization>
    </assignedAuthor>
  </author>
  <custodian>
    <assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.19.5.99999"/><name>{_x(org)}</name></representedCustodianOrganization></assignedCustodian>
  </custodian>
  <legalAuthenticator>
    <time value="{legal['time']}"/>
    <signatureCode code="S"/>
    <assignedEntity>
      <id root="{NPI_OID}" extension="{legal['npi']}"/>
      <assignedPerson>{_person(legal['given'], legal['family'], legal['suffix'])}</assignedPerson>
    </assignedEntity>
  </legalAuthenticator>{auth_xml}
  <documentationOf>
    <serviceEvent classCode="PCPR">
      <effectiveTime><low value="{period[0]}"/><high value="{period[1]}"/></effectiveTime>
    </serviceEvent>
  </documentationOf>{enc_xml}
  <component>
    <structuredBody>{secs}
    </structuredBody>
  </component>
</ClinicalDocument>
"""


def _problem_section(rows):
    """rows: (id, code, system_oid, system_name, display, primary: bool)."""
    trs = "".join(f"<tr ID=\"prob{i}\"><td>{_x(disp)}</td><td>{code} ({sysname})</td>"
                  f"<td>{'Primary' if prim else 'Secondary'}</td></tr>"
                  for i, (_id, code, oid, sysname, disp, prim) in enumerate(rows))
    entries = "".join(f"""
          <entry typeCode="DRIV">
            <act classCode="ACT" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>
              <id root="{_uuid(900 + i)}"/>
              <code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>
              <statusCode code="active"/>
              <entryRelationship typeCode="SUBJ">
                <observation classCode="OBS" moodCode="EVN">
                  <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>
                  <id root="{_uuid(950 + i)}"/>
                  <code code="{'282291009' if prim else '64572001'}" codeSystem="{SNOMED_OID}" displayName="{'Diagnosis' if prim else 'Condition'}"/>
                  <text><reference value="#prob{i}"/></text>
                  <statusCode code="completed"/>
                  <value xsi:type="CD" code="{code}" codeSystem="{oid}" codeSystemName="{sysname}" displayName="{_x(disp)}"/>
                </observation>
              </entryRelationship>
            </act>
          </entry>""" for i, (_id, code, oid, sysname, disp, prim) in enumerate(rows))
    return f"""
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.5.1" extension="2015-08-01"/>
          <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
          <title>Diagnoses</title>
          <text><table border="1"><thead><tr><th>Diagnosis</th><th>Code</th><th>Rank</th></tr></thead><tbody>{trs}</tbody></table></text>{entries}
        </section>
      </component>"""


def _goals_section(goals):
    """goals: list of (text, target_yyyymmdd or None, [(objective text, target), ...])."""
    items = ""
    entries = ""
    k = 0
    for gi, (gtext, gdue, objs) in enumerate(goals):
        sub = "".join(f"<item ID=\"obj{gi}_{oi}\">{_x(o)}{(' (target ' + t[4:6] + '/' + t[6:] + '/' + t[:4] + ')') if t else ''}</item>"
                      for oi, (o, t) in enumerate(objs))
        items += (f"<item ID=\"goal{gi}\">{_x(gtext)}"
                  f"{(' (target ' + gdue[4:6] + '/' + gdue[6:] + '/' + gdue[:4] + ')') if gdue else ''}"
                  + (f"<list>{sub}</list>" if objs else "") + "</item>")
        rel = "".join(f"""
                <entryRelationship typeCode="COMP">
                  <observation classCode="OBS" moodCode="GOL">
                    <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
                    <id root="{_uuid(1100 + gi * 10 + oi)}"/>
                    <code nullFlavor="OTH"><originalText><reference value="#obj{gi}_{oi}"/></originalText></code>
                    <text><reference value="#obj{gi}_{oi}"/></text>
                    <statusCode code="active"/>
                    {('<effectiveTime value="' + t + '"/>') if t else ''}
                  </observation>
                </entryRelationship>""" for oi, (o, t) in enumerate(objs))
        entries += f"""
          <entry>
            <observation classCode="OBS" moodCode="GOL">
              <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
              <id root="{_uuid(1000 + gi)}"/>
              <code nullFlavor="OTH"><originalText><reference value="#goal{gi}"/></originalText></code>
              <text><reference value="#goal{gi}"/></text>
              <statusCode code="active"/>
              {('<effectiveTime value="' + gdue + '"/>') if gdue else ''}{rel}
            </observation>
          </entry>"""
        k += 1
    return f"""
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
          <code code="61146-7" codeSystem="2.16.840.1.113883.6.1" displayName="Goals"/>
          <title>Goals</title>
          <text><list>{items}</list></text>{entries}
        </section>
      </component>"""


def _interventions_section(rows, extra_text=""):
    """rows: (cpt, name, narrative, period_value, period_unit, low, high)."""
    trs = "".join(f"<tr ID=\"int{i}\"><td>{cpt}</td><td>{_x(name)}</td><td>{_x(narr)}</td></tr>"
                  for i, (cpt, name, narr, *_r) in enumerate(rows))
    entries = "".join(f"""
          <entry>
            <procedure classCode="PROC" moodCode="INT">
              <templateId root="2.16.840.1.113883.10.20.22.4.41" extension="2014-06-09"/>
              <id root="{_uuid(1200 + i)}"/>
              <code code="{cpt}" codeSystem="{CPT_OID}" codeSystemName="CPT-4" displayName="{_x(name)}"/>
              <text><reference value="#int{i}"/></text>
              <statusCode code="active"/>
              <effectiveTime xsi:type="IVL_TS"><low value="{low}"/><high value="{high}"/></effectiveTime>
              <effectiveTime xsi:type="PIVL_TS" institutionSpecified="true" operator="A"><period value="{pv}" unit="{pu}"/></effectiveTime>
            </procedure>
          </entry>""" for i, (cpt, name, narr, pv, pu, low, high) in enumerate(rows))
    extra = f"<paragraph>{_x(extra_text)}</paragraph>" if extra_text else ""
    return f"""
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.21.2.3" extension="2015-08-01"/>
          <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>
          <title>Interventions</title>
          <text><table border="1"><thead><tr><th>CPT</th><th>Service</th><th>Amount / frequency / duration</th></tr></thead><tbody>{trs}</tbody></table>{extra}</text>{entries}
        </section>
      </component>"""


def _text_section(title, paragraphs, loinc="51848-0", loinc_name="Evaluation note"):
    body = "".join(f"<paragraph>{_x(p)}</paragraph>" for p in paragraphs)
    return f"""
      <component>
        <section>
          <code code="{loinc}" codeSystem="2.16.840.1.113883.6.1" displayName="{loinc_name}"/>
          <title>{_x(title)}</title>
          <text>{body}</text>
        </section>
      </component>"""


def ccda01():
    lcsw = dict(given="Janet", family="Solis", suffix="LCSW", npi=npi("135029486"),
                time="20260309153000-0500", role_code="1041C0700X",
                role_name="Clinical Social Worker")
    xml = _ccda(
        doc_id="PTP-2026-0309-4471", title="Psychotherapy Treatment Plan", date="20260309153000-0500",
        patient=dict(given="Ronald", family="Beaumont", birth="19500214", gender="M",
                     mbi="6QW3ER5TY82", mrn="CW-4471", street="18 Linden Ct", city="Fairview",
                     state="OH", zip="44126"),
        author=lcsw, legal=lcsw, authenticators=[], period=("20260309", "20260908"),
        org="Clearwater Counseling Group", encounter=None,
        sections=[
            _problem_section([
                (0, "F33.1", ICD10_OID, "ICD-10-CM", "Major depressive disorder, recurrent, moderate", True),
                (1, "F41.1", ICD10_OID, "ICD-10-CM", "Generalized anxiety disorder", False)]),
            _text_section("Plan Summary", [
                "Plan established 03/09/2026. Plan period 03/09/2026 through 09/08/2026 (6 months).",
                "Presenting problem: low mood, withdrawal and worry since retirement and his "
                "wife's illness; PHQ-9 18 and GAD-7 14 on 03/02/2026."]),
            _goals_section([
                ("Ronald will reduce depressive symptoms: PHQ-9 from 18 to 9 or below.", "20260630", [
                    ("Ronald will complete at least 4 scheduled pleasant or valued activities per "
                     "week, per activity log.", "20260430"),
                    ("Ronald will attend his grandson's baseball games at least 2 times per month.",
                     "20260531")]),
                ("Ronald will worry less: GAD-7 from 14 to 7 or below.", "20260731", [
                    ("Ronald will use paced breathing in at least 4 of 5 worry episodes per week, "
                     "per worry log.", "20260515")]),
            ]),
            _interventions_section([
                ("90837", "Psychotherapy, 60 minutes with patient",
                 "Individual psychotherapy (CBT, behavioral activation), 53-60 minute sessions, "
                 "once weekly for 6 months", "1", "wk", "20260309", "20260908")]),
        ])
    (HERE / "ccda01_psychotherapy_careplan_clean.xml").write_text(xml, encoding="utf-8")
    label("ccda01_psychotherapy_careplan_clean.xml", "medicare-psychotherapy", "2026-04-06", [],
          notes="Clean. C-CDA Care Plan from a small counseling practice: ICD-10-CM problems, "
          "goals with nested objective goal observations and target dates, one planned 90837 "
          "procedure with session length, weekly PIVL frequency and 6-month range; legal "
          "authenticator is the LCSW (credential in the name suffix).")


def ccda02():
    otr = dict(given="Alyssa", family="Grant", suffix="MS, OTR/L", npi=npi("142039586"),
               time="20260202160000-0600", role_code="225X00000X", role_name="Occupational Therapist")
    md = dict(given="Samuel", family="Whitfield", suffix="MD", npi=npi("186203947"),
              time="20260209101500-0600", role_code="207Q00000X", role_name="Family Medicine")
    xml = _ccda(
        doc_id="OTPOC-88213", title="Occupational Therapy Plan of Care", date="20260202160000-0600",
        patient=dict(given="Harriet", family="Coleman", birth="19450721", gender="F",
                     mbi="9AE4RW7UK38", mrn="RR-88213", street="402 Prairie Ave", city="Salina",
                     state="KS", zip="67401"),
        author=otr, legal=otr, authenticators=[md], period=("20260202", "20260502"),
        org="Riverside Rehab Outpatient Therapy",
        encounter=dict(id="ENC-88213-1", code="97166", name="Occupational therapy evaluation, moderate complexity",
                       date="20260202"),
        sections=[
            _problem_section([
                (0, "230690007", SNOMED_OID, "SNOMED CT", "Cerebrovascular accident", True),
                (1, "20022000", SNOMED_OID, "SNOMED CT", "Hemiparesis", False)]),
            _text_section("Evaluation", [
                "Initial evaluation / start of care: 02/02/2026. Plan of care date: 02/02/2026. "
                "Certification period: 02/02/2026 - 05/02/2026.",
                "Left MCA stroke 12/2025 with right hemiparesis. Needs moderate assistance for "
                "upper-body dressing and bathing; right grip 8 lb; Box and Block right 14."]),
            _goals_section([
                ("Patient will improve ADL performance.", None, []),
                ("Patient will increase strength and coordination of the right upper extremity.",
                 None, []),
                ("Patient will be more independent at home.", None, []),
            ]),
            _interventions_section([
                ("97535", "Self-care/home management training",
                 "2x per week for 8 weeks, 30-45 minutes", "0.5", "wk", "20260202", "20260330"),
                ("97530", "Therapeutic activities", "2x per week for 8 weeks, 15-30 minutes",
                 "0.5", "wk", "20260202", "20260330"),
                ("97110", "Therapeutic exercise", "2x per week for 8 weeks, 15 minutes",
                 "0.5", "wk", "20260202", "20260330"),
            ]),
            _text_section("Physician Certification", [
                "Plan of care certified by Samuel Whitfield, MD (referring physician), electronically "
                "signed 02/09/2026."], loinc="18776-5", loinc_name="Plan of care note"),
        ])
    (HERE / "ccda02_ot_careplan_snomed_only_vague_goals.xml").write_text(xml, encoding="utf-8")
    label("ccda02_ot_careplan_snomed_only_vague_goals.xml", "medicare-outpatient-therapy",
          "2026-03-02", [["diagnosis-code-missing"], ["goal-not-measurable"]],
          notes="C-CDA Care Plan from an outpatient OT clinic. Diagnoses are coded only in SNOMED CT "
          "(no ICD-10-CM code). All three goals are generic ('improve ADL performance', 'increase "
          "strength and coordination', 'be more independent'): nothing measured, no level. "
          "Evaluation/start of care 02/02/2026 is in the narrative and the encompassing encounter; "
          "the physician (authenticator) signed 7 days later.")


# ============================================================================================

PLANS = [
    psy01, psy02, psy03, psy04, psy05, psy06, psy07,
    pa01, pa02, pa03, pa04, pa05, pa06,
    pt01, pt02, ot01, pt03, pt04, ot02, slp01, slp02, pt05,
    hh01, hh02, hh03, hh04, hh05, hh06,
    aba01, aba02, aba03, aba04, aba05, aba06, aba07, aba08,
    fl01, fl02, fl03, ny01, ny02, tx01, tx02, ca01, ca02,
    fhir01, fhir02, fhir03, ccda01, ccda02,
]


def main() -> None:
    LABELS.clear()
    for make in PLANS:
        make()
    names = [lab["file"] for lab in LABELS]
    assert len(names) == len(set(names))
    for lab in LABELS:
        assert (HERE / lab["file"]).exists(), lab["file"]
    (HERE / "labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"{len(LABELS)} plans written to {HERE}")


if __name__ == "__main__":
    main()
