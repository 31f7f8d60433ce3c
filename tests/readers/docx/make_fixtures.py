"""Build the DOCX reader fixtures with python-docx (and a few hostile files with the standard library).

Run from the repository root:  .venv/bin/python tests/readers/docx/make_fixtures.py
The generated files are committed beside this script (fixtures/); the expectations in expected/ were
written by hand from what each document says, not from the reader's output.

Plans are invented; names, member ids and NPIs are made up. Layouts:
  l1_* Word heading styles and "Label: value" paragraphs
  l2_* form tables (label/value header tables, goals/diagnosis/service/signature tables)
  l3_* no heading styles: bold or ALL-CAPS titles, typed or Word numbered/lettered lists
  l4_* EHR exports: "Problem #1:", "Short Term Objective 1.1:", "Electronically signed by ..."
  l5_* narrative prose under headings with synonyms
  l6_* unfamiliar forms: caption-over-value grids, one table for the whole plan, multi-paragraph values,
       compound and abbreviated labels, facts without colons, sign-off lines, page footers, typed outlines
  bad_* hostile or unreadable files
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "fixtures"
FIXED_TIME = dt.datetime(2026, 1, 2, 9, 0, 0)

BUILDERS: dict[str, Callable[[], Document]] = {}


def fixture(name: str) -> Callable[[Callable[[], Document]], Callable[[], Document]]:
    def register(func: Callable[[], Document]) -> Callable[[], Document]:
        BUILDERS[name] = func
        return func

    return register


# ------------------------------------------------------------------ helpers


def new_doc() -> Document:
    doc = Document()
    props = doc.core_properties
    props.author = "authcheck fixtures"
    props.created = props.modified = FIXED_TIME
    props.last_modified_by = "authcheck fixtures"
    props.revision = 1
    return doc


def para(
    doc,
    text: str = "",
    *,
    bold: bool = False,
    style: str | None = None,
    size: int | None = None,
    indent: float | None = None,
):
    paragraph = doc.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
    if indent is not None:
        paragraph.paragraph_format.left_indent = Pt(indent)
    return paragraph


def labelled(doc, label: str, value: str, *, bold_label: bool = False):
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(f"{label}:")
    run.bold = bold_label or None
    paragraph.add_run(f" {value}" if value else "")
    return paragraph


def runs(doc, *pieces: tuple[str, bool]):
    """A paragraph made of several runs: (text, bold) pairs."""
    paragraph = doc.add_paragraph()
    for text, bold in pieces:
        run = paragraph.add_run(text)
        run.bold = bold or None
    return paragraph


def table(doc, rows: list[list[str]], *, header_bold: bool = True, style: str | None = "Table Grid"):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    if style:
        t.style = style
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = t.cell(r, c)
            lines = value.split("\n")
            cell.text = lines[0]
            for extra in lines[1:]:
                cell.add_paragraph(extra)
            if r == 0 and header_bold:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t


def signature_line(doc, label: str, name: str, date: str, *, gap: str = "    "):
    return doc.add_paragraph(f"{label}: {name}{gap}Date: {date}")


def wrap_in_content_control(paragraph) -> None:
    """Put a body paragraph inside a w:sdt content control (as EHR templates do)."""
    p = paragraph._p
    sdt = p.makeelement(qn("w:sdt"), {})
    pr = p.makeelement(qn("w:sdtPr"), {})
    alias = p.makeelement(qn("w:alias"), {qn("w:val"): "EHR field"})
    pr.append(alias)
    content = p.makeelement(qn("w:sdtContent"), {})
    sdt.append(pr)
    sdt.append(content)
    p.addprevious(sdt)
    content.append(p)


def tracked_replacement(paragraph, old: str, new: str) -> None:
    """Append a tracked change to a paragraph: `old` deleted, `new` inserted."""
    p = paragraph._p
    attrs = {qn("w:id"): "1", qn("w:author"): "Reviewer", qn("w:date"): "2026-01-02T09:00:00Z"}
    deletion = p.makeelement(qn("w:del"), attrs)
    run = p.makeelement(qn("w:r"), {})
    deleted = p.makeelement(qn("w:delText"), {})
    deleted.text = old
    run.append(deleted)
    deletion.append(run)
    insertion = p.makeelement(qn("w:ins"), {**attrs, qn("w:id"): "2"})
    run2 = p.makeelement(qn("w:r"), {})
    text = p.makeelement(qn("w:t"), {})
    text.text = new
    run2.append(text)
    insertion.append(run2)
    p.append(deletion)
    p.append(insertion)


def merge_down(t, col: int, top: int, bottom: int) -> None:
    """Vertically merge a column's cells, keeping the top cell's text (python-docx appends texts)."""
    keep = t.cell(top, col).text
    merged = t.cell(top, col).merge(t.cell(bottom, col))
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    merged.paragraphs[0].text = keep


# ================================================================== layout 1: heading styles + Label: value


@fixture("l1_psychotherapy_clean")
def l1_psychotherapy_clean():
    d = new_doc()
    d.add_heading("Outpatient Psychotherapy Treatment Plan", 0)  # p0
    d.add_heading("Identifying Information", 1)  # p1
    labelled(d, "Client", "Daniela Ortiz-Reyes")  # p2
    labelled(d, "DOB", "Feb 14, 1991")  # p3
    labelled(d, "Medicaid ID", "PA7730194215")  # p4
    labelled(d, "Payer", "Keystone Community HealthChoices")  # p5
    labelled(d, "Rendering Provider", "Samuel Okonkwo, LPC")  # p6
    labelled(d, "NPI", "1982736450")  # p7
    labelled(d, "Date of Admission", "2025-11-03")  # p8
    labelled(d, "Treatment Plan Date", "2025-11-17")  # p9
    d.add_heading("Reason for Referral", 1)  # p10
    para(
        d,
        "Referred by her primary care physician after two panic attacks at work; she now avoids "
        "driving on highways and has missed six days of work in the past month.",
    )  # p11
    d.add_heading("DSM-5 Diagnoses", 1)  # p12
    para(d, "Panic disorder (F41.0) - primary")  # p13
    para(d, "Agoraphobia, F40.00")  # p14
    d.add_heading("Goals and Measurable Objectives", 1)  # p15
    labelled(
        d, "Goal #1", "Daniela will regain the ability to drive and work without panic-driven avoidance."
    )  # p16
    p = labelled(
        d,
        "Objective 1.1",
        "Reduce panic attacks from 3 per week to 0-1 per week as tracked in a panic diary. Target date: ",
    )  # p17
    tracked_replacement(p, "01/15/2026", "02/15/2026")
    labelled(
        d,
        "Objective 1.2",
        "Drive on the interstate for 20 minutes with a SUDS rating of 3 or lower "
        "on 3 occasions. Target date: 03/01/2026",
    )  # p18
    labelled(
        d, "Intervention", "Interoceptive exposure and cognitive restructuring, 1x/week, 45-minute sessions"
    )  # p19
    labelled(d, "Intervention", "In-vivo driving exposure hierarchy, every other week, 60 minutes")  # p20
    labelled(d, "Goal #2", "Daniela will return to full-time work attendance.")  # p21
    labelled(
        d,
        "Objective 2.1",
        "Attend all scheduled work shifts for 4 consecutive weeks. Target date: 03/15/2026",
    )  # p22
    labelled(d, "Intervention", "Problem-solving and graded return-to-work planning, 1x/week")  # p23
    d.add_heading("Service Request", 1)  # p24
    para(d, "Psychotherapy, 45 min (90834): once a week")  # p25
    d.add_heading("Estimated Length of Treatment", 1)  # p26
    para(d, "16 weeks")  # p27
    d.add_heading("Treatment Plan Review", 1)  # p28
    labelled(d, "Next review", "February 16, 2026")  # p29
    d.add_heading("Signatures", 1)  # p30
    signature_line(d, "Client signature", "Daniela Ortiz-Reyes", "11/17/2025")  # p31
    signature_line(d, "Therapist signature", "Samuel Okonkwo, LPC", "11/17/2025")  # p32
    return d


@fixture("l1_sud_iop_blank_client_signature")
def l1_sud_iop_blank_client_signature():
    d = new_doc()
    d.add_heading("Substance Use Disorder Treatment Plan", 0)  # p0
    d.add_heading("Client Information", 1)  # p1
    labelled(d, "Name", "Marcus Bell")  # p2
    labelled(d, "Date of Birth", "7/2/88")  # p3
    labelled(d, "Member #", "HX-4418-2207")  # p4
    labelled(d, "Health Plan", "Magellan Behavioral Health")  # p5
    labelled(d, "Program", "Intensive Outpatient Program (IOP)")  # p6
    labelled(d, "Level of Care", "ASAM 2.1")  # p7
    labelled(d, "Primary Counselor", "Renee Castillo, LCADC")  # p8
    labelled(d, "Intake Date", "12/01/2025")  # p9
    labelled(d, "Plan Date", "12/08/2025")  # p10
    d.add_heading("Presenting Problem", 1)  # p11
    para(
        d,
        "Client reports daily alcohol use (8-10 drinks) for the past two years and a DUI arrest in "
        "October 2025; he wants to keep his job and regain his license.",
    )  # p12
    d.add_heading("Diagnosis", 1)  # p13
    para(d, "Primary: F10.20 Alcohol use disorder, moderate")  # p14
    para(d, "Secondary: F17.210 Nicotine dependence, cigarettes, uncomplicated")  # p15
    d.add_heading("Goals", 1)  # p16
    d.add_heading("Problem 1: Alcohol use", 2)  # p17
    labelled(d, "Goal 1", "Marcus will establish and maintain abstinence from alcohol.")  # p18
    labelled(
        d,
        "Objective 1a",
        "Submit negative breathalyzer and urine screens at every IOP session for "
        "30 consecutive days. Target date: 01/07/2026",
    )  # p19
    labelled(
        d,
        "Objective 1b",
        "Identify 5 personal triggers and a coping response for each on a written "
        "relapse-prevention plan. Target date: 12/22/2025",
    )  # p20
    labelled(d, "Intervention 1.1", "Group relapse-prevention counseling")  # p21
    labelled(d, "Frequency", "3 times per week, 3 hours per session")  # p22
    labelled(d, "Responsible", "Primary counselor")  # p23
    labelled(d, "Intervention 1.2", "Individual motivational interviewing, 50 minutes weekly")  # p24
    d.add_heading("Services", 1)  # p25
    para(d, "H0015 Alcohol and/or drug services, intensive outpatient: 9 hours per week")  # p26
    d.add_heading("Expected Duration", 1)  # p27
    para(d, "8-12 weeks")  # p28
    labelled(d, "Next Treatment Plan Review", "01/08/2026")  # p29
    d.add_heading("Signatures", 1)  # p30
    signature_line(d, "Client Signature", "______________________", "__________")  # p31
    signature_line(d, "Counselor Signature", "Renee Castillo, LCADC", "12/08/2025")  # p32
    signature_line(d, "Clinical Supervisor Signature", "Harold Nguyen, LCSW", "12/10/2025")  # p33
    return d


@fixture("l1_ot_nested_stg_undated_signature")
def l1_ot_nested_stg_undated_signature():
    d = new_doc()
    d.add_heading("Occupational Therapy Plan of Care", 0)  # p0
    d.add_heading("Patient", 1)  # p1
    labelled(d, "Patient Name", "Eleanor Whitfield")  # p2
    labelled(d, "DOB", "03/30/1948")  # p3
    labelled(d, "Medicare Number", "1EG4-TE5-MK72")  # p4
    labelled(d, "Insurance", "Medicare Part B")  # p5
    labelled(d, "Occupational Therapist", "Priya Raman, OTR/L")  # p6
    labelled(d, "NPI", "1467503921")  # p7
    labelled(d, "Start of Care", "01/06/2026")  # p8
    labelled(d, "Certification Period", "from 01/06/2026 to 04/05/2026")  # p9
    d.add_heading("Medical Diagnosis", 1)  # p10
    para(d, "I69.351 Hemiplegia following cerebral infarction affecting right dominant side (primary)")  # p11
    d.add_heading("Treatment Diagnosis", 1)  # p12
    para(d, "R27.8 Other lack of coordination")  # p13
    d.add_heading("Goals", 1)  # p14
    labelled(
        d,
        "LTG 1",
        "Patient will complete upper-body dressing with modified independence using "
        "adaptive equipment by 04/05/2026.",
    )  # p15
    para(
        d,
        "STG 1a: Patient will don a pullover shirt with minimal assistance (25%) within 4 weeks.",
        indent=18,
    )  # p16
    para(
        d,
        "STG 1b: Patient will fasten 3 of 4 buttons with right hand using a button hook within 6 weeks.",
        indent=18,
    )  # p17
    labelled(
        d,
        "LTG 2",
        "Patient will prepare a simple cold meal standing at the counter with "
        "supervision only by 04/05/2026.",
    )  # p18
    para(
        d,
        "STG 2a: Patient will stand at the counter for 10 minutes with contact guard within 3 weeks.",
        indent=18,
    )  # p19
    d.add_heading("Plan", 1)  # p20
    para(
        d,
        "Therapeutic activities (97530), neuromuscular re-education (97112) and self-care/ADL training "
        "(97535).",
    )  # p21
    labelled(d, "Frequency", "2x/week")  # p22
    labelled(d, "Duration", "12 weeks")  # p23
    d.add_heading("Certification", 1)  # p24
    para(d, "Therapist signature: Priya Raman, OTR/L")  # p25
    para(d, "Physician signature: Alan Brooks, MD    Date: 01/09/2026")  # p26
    return d


@fixture("l1_slp_target_dates_missing_review")
def l1_slp_target_dates_missing_review():
    d = new_doc()
    d.add_heading("Speech-Language Pathology Plan of Care", 0)  # p0
    d.add_heading("Client Information", 1)  # p1
    labelled(d, "Child's Name", "Oliver Grant")  # p2
    labelled(d, "Date of Birth", "5 January 2021")  # p3
    labelled(d, "Subscriber ID", "UHC-88213405")  # p4
    labelled(d, "Insurance", "UnitedHealthcare Choice Plus")  # p5
    labelled(d, "Speech-Language Pathologist", "Hannah Liu, M.S., CCC-SLP")  # p6
    labelled(d, "Evaluation Date", "12/02/2025")  # p7
    d.add_heading("Diagnoses", 1)  # p8
    para(d, "F80.2 Mixed receptive-expressive language disorder")  # p9
    para(d, "F80.0 Phonological disorder")  # p10
    d.add_heading("Standardized Assessments", 1)  # p11
    para(d, "CELF Preschool-3 Core Language: standard score 71 on 12/02/2025")  # p12
    para(d, "GFTA-3: standard score 68 on 12/02/2025")  # p13
    d.add_heading("Treatment Goals", 1)  # p14
    labelled(
        d,
        "Long-term goal",
        "Oliver will use 3-4 word utterances to request, comment and protest "
        "across home and daycare settings.",
    )  # p15
    labelled(
        d,
        "Short-term goal 1",
        "Oliver will produce 2-word combinations in 80% of opportunities given a model.",
    )  # p16
    labelled(d, "Target date", "March 2, 2026")  # p17
    labelled(
        d,
        "Short-term goal 2",
        "Oliver will produce final consonants /p, t, k/ in CVC words with 70% accuracy.",
    )  # p18
    labelled(d, "Target date", "April 13, 2026")  # p19
    d.add_heading("Frequency and Duration", 1)  # p20
    para(d, "Speech/language treatment (92507), 2x/week, 30-minute sessions for 6 months")  # p21
    d.add_heading("Signatures", 1)  # p22
    signature_line(d, "SLP signature", "Hannah Liu, M.S., CCC-SLP", "Dec 3, 2025")  # p23
    signature_line(d, "Parent/Guardian signature", "Megan Grant", "Dec 3, 2025")  # p24
    return d


@fixture("l1_home_health_unsigned_physician")
def l1_home_health_unsigned_physician():
    d = new_doc()
    d.add_heading("Home Health Certification and Plan of Care", 0)  # p0
    d.add_heading("Patient Information", 1)  # p1
    labelled(d, "Patient", "Walter Kim")  # p2
    labelled(d, "Birth Date", "1939-09-12")  # p3
    labelled(d, "MBI", "7QX2-WD4-RT81")  # p4
    labelled(d, "Agency", "Riverbend Home Health Services")  # p5
    labelled(d, "Start of Care Date", "01/05/2026")  # p6
    labelled(d, "Certification Period", "01/05/2026 - 03/05/2026")  # p7
    d.add_heading("Diagnoses", 1)  # p8
    para(d, "Principal diagnosis: I50.32 Chronic diastolic (congestive) heart failure")  # p9
    para(d, "Other: E11.9 Type 2 diabetes mellitus without complications")  # p10
    d.add_heading("Orders for Discipline and Treatments", 1)  # p11
    para(
        d,
        "Skilled nursing 2x/week for 4 weeks, then 1x/week for 4 weeks: cardiopulmonary assessment, "
        "medication teaching, daily weights",
    )  # p12
    para(d, "Physical therapy 2x/week for 6 weeks: gait and balance training, home exercise program")  # p13
    d.add_heading("Goals", 1)  # p14
    para(
        d,
        "Patient will verbalize 3 signs of heart failure exacerbation and when to call the agency "
        "within 2 weeks.",
    )  # p15
    para(d, "Patient will ambulate 150 feet with a rolling walker and stand-by assist by 03/05/2026.")  # p16
    d.add_heading("Physician Certification", 1)  # p17
    para(d, "Attending physician: Ruth Adebayo, MD")  # p18
    para(d, "Physician signature: ____________________  Date: ____________")  # p19
    para(d, "Nurse signature: Carla Mendes, RN    Date: 01/05/2026")  # p20
    return d


@fixture("l1_psychotherapy_flawed_codes")
def l1_psychotherapy_flawed_codes():
    d = new_doc()
    d.add_heading("Individual Treatment Plan", 0)  # p0
    d.add_heading("Demographics", 1)  # p1
    labelled(d, "Client Name", "Theo Lindqvist")  # p2
    labelled(d, "DOB", "10/09/2003")  # p3
    labelled(d, "Member ID", "BCX99120734")  # p4
    labelled(d, "Insurance", "Blue Cross PPO")  # p5
    labelled(d, "Clinician", "Ines Moreau, LMHC")  # p6
    labelled(d, "Plan Date", "1/12/26")  # p7
    d.add_heading("Diagnosis", 1)  # p8
    para(d, "F32 Major depressive disorder")  # p9
    para(d, "Generalized anxiety disorder")  # p10
    para(d, "F43.9 Reaction to severe stress, unspecified")  # p11
    d.add_heading("Goals and Objectives", 1)  # p12
    labelled(d, "Goal 1", "Theo will feel better about himself.")  # p13
    labelled(d, "Objective 1a", "Theo will work on his self-esteem.")  # p14
    labelled(d, "Objective 1b", "Theo will try to go out more with friends.")  # p15
    labelled(d, "Intervention 1.1", "Supportive therapy")  # p16
    d.add_heading("Services", 1)  # p17
    para(d, "Individual psychotherapy (90837)")  # p18
    d.add_heading("Signatures", 1)  # p19
    signature_line(d, "Client signature", "Theo Lindqvist", "1/12/26")  # p20
    signature_line(d, "Clinician signature", "Ines Moreau, LMHC", "1/12/26")  # p21
    return d


# ================================================================== layout 2: form tables


@fixture("l2_psychotherapy_goals_table")
def l2_psychotherapy_goals_table():
    d = new_doc()
    d.add_heading("Behavioral Health Treatment Plan", 0)  # p0
    table(
        d,
        [
            ["Client Name", "Jordan Ellis"],
            ["Date of Birth", "08/19/1996"],
            ["Member ID", "AET-55120983"],
            ["Insurance", "Aetna Better Health"],
            ["Clinician", "Maya Feldman, LCSW"],
            ["NPI", "1740298356"],
            ["Intake Date", "10/28/2025"],
            ["Plan Date", "11/10/2025"],
            ["Next Review Date", "02/08/2026"],
        ],
        header_bold=False,
    )  # t0
    d.add_heading("Diagnoses", 2)  # p1
    table(
        d,
        [
            ["Code", "Description", "Primary"],
            ["F33.1", "Major depressive disorder, recurrent, moderate", "Yes"],
            ["F41.1", "Generalized anxiety disorder", "No"],
        ],
    )  # t1
    d.add_heading("Treatment Goals", 2)  # p2
    t = table(
        d,
        [
            ["Problem", "Goal", "Objective", "Target date", "Intervention", "Frequency"],
            [
                "Depression",
                "Jordan will return to his usual activities and sleep routine.",
                "Complete 4 scheduled pleasant activities per week, logged in an activity diary.",
                "01/05/2026",
                "Behavioral activation",
                "Weekly",
            ],
            [
                "",
                "",
                "Reduce PHQ-9 from 17 to 9 or lower.",
                "02/02/2026",
                "CBT cognitive restructuring",
                "Weekly",
            ],
            [
                "Anxiety",
                "Jordan will manage worry at work without leaving shifts early.",
                "Use a worry-postponement routine on 5 of 7 days per self-report log.",
                "01/19/2026",
                "Worry exposure; applied relaxation",
                "Every other week",
            ],
        ],
    )  # t2
    merge_down(t, 0, 1, 2)
    merge_down(t, 1, 1, 2)
    d.add_heading("Requested Services", 2)  # p3
    table(
        d,
        [
            ["Service", "Code", "Amount", "Frequency"],
            ["Individual psychotherapy", "90837", "60 minutes", "1x/week"],
            ["Family psychotherapy with client present", "90847", "50 minutes", "monthly"],
        ],
    )  # t3
    d.add_heading("Estimated Length of Treatment", 2)  # p4
    table(d, [["Expected duration", "6 months"]], header_bold=False)  # t4
    d.add_heading("Signatures", 2)  # p5
    table(
        d,
        [
            ["Role", "Signature", "Date"],
            ["Client", "__________________", ""],
            ["Clinician", "Maya Feldman, LCSW", "11/10/2025"],
            ["Clinical Supervisor", "Paul Dorsey, LCSW-C", "11/12/2025"],
        ],
    )  # t5
    return d


@fixture("l2_aba_goal_table")
def l2_aba_goal_table():
    d = new_doc()
    d.add_heading("ABA Treatment Plan - Initial Authorization", 0)  # p0
    table(
        d,
        [
            ["Client", "Aria Thompson", "DOB", "04/11/2020"],
            ["Member ID", "CIG-300145522", "Payer", "Cigna"],
            ["BCBA", "Diego Alvarez, BCBA", "NPI", "1093847561"],
            ["Assessment Date", "11/20/2025", "Plan Date", "12/01/2025"],
            ["Authorization Period", "12/01/2025 to 05/31/2026", "Reassessment Date", "05/15/2026"],
        ],
        header_bold=False,
    )  # t0
    d.add_heading("Diagnosis", 2)  # p1
    table(d, [["ICD-10", "Diagnosis"], ["F84.0", "Autism spectrum disorder (primary)"]])  # t1
    d.add_heading("Assessments", 2)  # p2
    table(
        d,
        [
            ["Instrument", "Date Administered", "Results"],
            ["VB-MAPP", "11/20/2025", "Level 1 milestones: 14"],
            ["Vineland-3", "11/18/2025", "ABC standard score 62"],
        ],
    )  # t2
    d.add_heading("Skill Acquisition and Behavior Reduction Goals", 2)  # p3
    table(
        d,
        [
            ["Area", "Goal", "Baseline", "Mastery Criteria", "Target Date"],
            [
                "Communication",
                "Aria will mand for 15 different items or activities using vocal words.",
                "Mands for 3 items with echoic prompt",
                "15 independent mands across 2 therapists for 3 sessions",
                "04/30/2026",
            ],
            [
                "Social",
                "Aria will take turns in a 2-person game for 5 turns.",
                "1 turn with physical prompt",
                "5 turns independently in 4 of 5 trials",
                "05/15/2026",
            ],
            [
                "Behavior reduction",
                "Aria will reduce tantrums (crying/dropping > 1 min) to 2 or fewer per day.",
                "9 per day (5-day average)",
                "2 or fewer per day for 10 consecutive days",
                "05/31/2026",
            ],
            [
                "Caregiver training",
                "Parents will deliver first-then prompts with 85% fidelity.",
                "30% fidelity",
                "85% fidelity across 3 observations",
                "03/31/2026",
            ],
        ],
    )  # t3
    d.add_heading("Services Requested", 2)  # p4
    table(
        d,
        [
            ["Service", "CPT", "Units", "Frequency"],
            [
                "Adaptive behavior treatment by protocol (RBT)",
                "97153",
                "100 units per week",
                "25 hours per week",
            ],
            ["Protocol modification (BCBA)", "97155", "16 units per week", "4 hours per week"],
            ["Family treatment guidance", "97156", "8 units per month", "2 hours per month"],
        ],
    )  # t4
    d.add_heading("Signatures", 2)  # p5
    table(
        d,
        [
            ["Role", "Name", "Date"],
            ["BCBA", "Diego Alvarez, BCBA", "12/01/2025"],
            ["Parent/Guardian", "Keisha Thompson", "12/02/2025"],
        ],
    )  # t5
    return d


@fixture("l2_pt_four_column_form")
def l2_pt_four_column_form():
    d = new_doc()
    para(d, "PHYSICAL THERAPY PLAN OF CARE", bold=True, size=14)  # p0
    table(
        d,
        [
            ["Patient Name:", "Rosa Delgado", "DOB:", "12/24/1957"],
            ["Medicare ID:", "5KT9-UH2-PL66", "Referring Physician:", "Martin Cho, MD"],
            ["Therapist:", "Kevin O'Brien, PT, DPT", "NPI:", "1326450987"],
            ["Date of Evaluation:", "01/08/2026", "Certification Period:", "01/08/2026 - 03/07/2026"],
        ],
        header_bold=False,
    )  # t0
    para(d, "Diagnoses", bold=True)  # p1
    table(
        d,
        [
            ["ICD-10-CM", "Description"],
            ["M16.11", "Unilateral primary osteoarthritis, right hip"],
            ["Z96.641", "Presence of right artificial hip joint"],
        ],
    )  # t1
    para(d, "Goals", bold=True)  # p2
    table(
        d,
        [
            ["#", "Short-Term Goal (4 weeks)"],
            ["STG 1", "Increase right hip abduction strength from 3-/5 to 4/5."],
            ["STG 2", "Ascend/descend 12 stairs with one rail and modified independence."],
        ],
    )  # t2
    table(
        d,
        [
            ["#", "Long-Term Goal (8 weeks)"],
            ["LTG 1", "Ambulate community distances (1000 ft) without an assistive device."],
            ["LTG 2", "Improve Timed Up and Go from 18 seconds to under 12 seconds."],
        ],
    )  # t3
    para(d, "Plan of Care", bold=True)  # p3
    table(
        d,
        [
            ["Service", "CPT", "Units", "Frequency", "Duration"],
            ["Therapeutic exercise", "97110", "2", "2x/week", "8 weeks"],
            ["Gait training", "97116", "1", "2x/week", "8 weeks"],
        ],
    )  # t4
    para(d, "Signatures", bold=True)  # p4
    table(
        d,
        [
            ["Signature", "Printed Name", "Date"],
            ["/s/ Kevin O'Brien", "Kevin O'Brien, PT, DPT", "01/08/2026"],
            ["", "Martin Cho, MD", ""],
        ],
    )  # t5
    return d


@fixture("l2_sud_assessments_service_dates")
def l2_sud_assessments_service_dates():
    d = new_doc()
    d.add_heading("Outpatient SUD Treatment Plan", 0)  # p0
    d.add_heading("Identifying Data", 1)  # p1
    table(
        d,
        [
            ["Client Name", "Lena Morozova"],
            ["DOB", "1985-03-03"],
            ["Medicaid #", "NY88310274"],
            ["MCO", "Fidelis Care"],
            ["Counselor", "Andre Baptiste, CASAC"],
            ["Admission Date", "2025-12-15"],
            ["Plan Date", "2025-12-29"],
            ["ASAM Level", "1.0 Outpatient"],
        ],
        header_bold=False,
    )  # t0
    d.add_heading("Diagnostic Impressions", 1)  # p2
    table(
        d,
        [
            ["ICD-10", "DSM-5 Description", "Primary"],
            ["F11.20", "Opioid use disorder, moderate", "X"],
            ["F41.1", "Generalized anxiety disorder", ""],
        ],
    )  # t1
    d.add_heading("Assessment Results", 1)  # p3
    table(
        d,
        [
            ["Instrument", "Date", "Score"],
            ["PHQ-9", "12/15/2025", "14 (moderate)"],
            ["GAD-7", "12/15/2025", "12"],
            ["BAM", "12/22/2025", "Use 2, Risk 9, Protective 11"],
        ],
    )  # t2
    d.add_heading("Goals", 1)  # p4
    table(
        d,
        [
            ["Goal", "Objective", "Target Date", "Interventions", "Responsible Staff"],
            [
                "Lena will remain free of illicit opioid use while stabilized on buprenorphine.",
                "Provide negative urine drug screens for illicit opioids weekly for 8 weeks.",
                "02/23/2026",
                "Medication adherence counseling\nRelapse-prevention planning",
                "Counselor",
            ],
            [
                "Lena will reduce anxiety symptoms that trigger cravings.",
                "Reduce GAD-7 score from 12 to 7 or lower.",
                "03/30/2026",
                "CBT for anxiety",
                "Counselor",
            ],
        ],
    )  # t3
    d.add_heading("Service Plan", 1)  # p5
    table(
        d,
        [
            ["Service", "Code", "Frequency", "Start Date", "End Date"],
            ["Individual counseling", "H0004", "1x/week", "12/29/2025", "03/30/2026"],
            ["Group counseling", "H0005", "2x/week", "12/29/2025", "03/30/2026"],
        ],
    )  # t4
    d.add_heading("Signatures", 1)  # p6
    table(
        d,
        [
            ["Role", "Name and Credentials", "Date Signed"],
            ["Client", "Lena Morozova", "12/29/2025"],
            ["Counselor", "Andre Baptiste, CASAC", "12/29/2025"],
        ],
    )  # t5
    return d


@fixture("l2_slp_title_row_tables")
def l2_slp_title_row_tables():
    d = new_doc()
    d.add_heading("Pediatric Speech Therapy Plan", 0)  # p0
    table(
        d,
        [
            ["Student Name", "Mateo Silva"],
            ["DOB", "2/9/2019"],
            ["Policy #", "KP-40028813"],
            ["Payer", "Kaiser Permanente"],
            ["Therapist", "Jenna Park, CCC-SLP"],
            ["Initial Evaluation", "1/7/2026"],
            ["Plan Period", "1/12/2026 through 7/11/2026"],
        ],
        header_bold=False,
    )  # t0
    t = table(
        d, [["DIAGNOSIS", ""], ["Code", "Description"], ["F80.81", "Childhood onset fluency disorder"]]
    )  # t1
    t.cell(0, 0).merge(t.cell(0, 1)).text = "DIAGNOSIS"
    t = table(
        d,
        [
            ["TREATMENT GOALS", "", ""],
            ["Goal", "Objective", "Target Date"],
            [
                "Mateo will speak fluently in classroom discussions.",
                "Use easy onset in 8 of 10 sentences in structured conversation.",
                "4/10/2026",
            ],
            [
                "",
                "Reduce stuttering-like disfluencies from 12% to below 5% of syllables in a 5-minute "
                "conversation sample.",
                "7/10/2026",
            ],
        ],
    )  # t2
    t.cell(0, 0).merge(t.cell(0, 2)).text = "TREATMENT GOALS"
    t = table(
        d,
        [
            ["SERVICES", "", ""],
            ["Service", "Frequency", "Session Length"],
            ["Speech treatment 92507", "1x/week", "45 minutes"],
        ],
    )  # t3
    t.cell(0, 0).merge(t.cell(0, 2)).text = "SERVICES"
    t = table(
        d,
        [
            ["SIGNATURES", "", ""],
            ["Signature", "Role", "Date"],
            ["Jenna Park, CCC-SLP", "Speech-Language Pathologist", "1/12/2026"],
            ["Ana Silva", "Parent", ""],
        ],
    )  # t4
    t.cell(0, 0).merge(t.cell(0, 2)).text = "SIGNATURES"
    return d


@fixture("l2_ot_flawed_blank_cells")
def l2_ot_flawed_blank_cells():
    d = new_doc()
    d.add_heading("Outpatient Occupational Therapy Plan of Care", 0)  # p0
    table(
        d,
        [
            ["Patient", "Harold Finch"],
            ["Date of Birth", "11/2/1955"],
            ["Insurance", "Humana Medicare Advantage"],
            ["Member ID", "H4422019"],
            ["Therapist", "Sofia Rossi, OTR/L"],
            ["Evaluation Date", "12/15/2025"],
        ],
        header_bold=False,
    )  # t0
    d.add_heading("Diagnosis", 2)  # p1
    table(d, [["Code", "Description"], ["G20", "Parkinson's disease"], ["", "Fine motor impairment"]])  # t1
    d.add_heading("Goals", 2)  # p2
    table(
        d,
        [
            ["Goal", "Target Date", "Frequency"],
            ["Improve handwriting legibility.", "", ""],
            ["Patient will button a shirt independently in under 3 minutes.", "02/15/2026", ""],
        ],
    )  # t2
    d.add_heading("Signatures", 2)  # p3
    table(
        d, [["Role", "Signature", "Date"], ["Therapist", "Sofia Rossi, OTR/L", ""], ["Physician", "", ""]]
    )  # t3
    return d


@fixture("l2_sud_combined_goal_cells")
def l2_sud_combined_goal_cells():
    d = new_doc()
    d.add_heading("Co-Occurring Substance Use and Mental Health Treatment Plan", 0)  # p0
    table(
        d,
        [
            ["Client Name", "DOB", "Medicaid ID", "Payer"],
            ["Dana Whitaker", "09/30/1983", "NJ44019283", "Horizon NJ Health"],
        ],
    )  # t0
    table(
        d,
        [
            ["Clinician", "Paulo Mendes, LCADC, LPC"],
            ["Admission Date", "01/12/2026"],
            ["Plan Date", "01/26/2026"],
            ["Next Review Date", "04/26/2026"],
        ],
        header_bold=False,
    )  # t1
    para(d, "Diagnoses:", bold=True)  # p1
    para(
        d, "F10.20 Alcohol use disorder, moderate; F33.1 Major depressive disorder, recurrent, moderate"
    )  # p2
    t = table(
        d,
        [
            ["Goals & Objectives", "Target Date", "Interventions", "Frequency"],
            [
                "Goal 1: Dana will stop drinking and stay sober.\nObjective 1a: Attend 2 mutual-help meetings "
                "per week for 8 weeks.\nObjective 1b: Complete a written relapse-prevention plan.",
                "04/26/2026",
                "Relapse-prevention group",
                "2x/week",
            ],
            [
                "Goal 2: Dana will reduce depressive symptoms.\nObjective 2a: Reduce PHQ-9 from 16 to below 10.",
                "04/26/2026",
                "Individual CBT",
                "weekly",
            ],
        ],
    )  # t2
    del t
    para(d, "Client Signature: Dana Whitaker    Date: 01/26/2026")  # p3
    para(d, "Clinician Signature: /s/ Paulo Mendes, LCADC, LPC    Date: 01/26/2026")  # p4
    return d


# ================================================================== layout 3: bold / ALL-CAPS titles, typed lists


@fixture("l3_psychotherapy_bold_lettered")
def l3_psychotherapy_bold_lettered():
    d = new_doc()
    para(d, "Adolescent Counseling Treatment Plan", bold=True, size=14)  # p0
    para(d, "Youth Information", bold=True)  # p1
    para(d, "Name: Kayla Brooks")  # p2
    para(d, "Date of birth: 06/30/2010")  # p3
    para(d, "Medicaid ID: OH551207731")  # p4
    para(d, "Insurance: CareSource Ohio Medicaid")  # p5
    para(d, "Therapist: Tomás Herrera, LPCC")  # p6
    para(d, "Date of First Session: 10/6/2025")  # p7
    para(d, "Plan completed: 10/20/2025")  # p8
    para(d, "Diagnostic Summary", bold=True)  # p9
    para(d, "Major depressive disorder, single episode, moderate - F32.1")  # p10
    para(d, "Parent-child relational problem (Z62.820)")  # p11
    para(d, "Treatment Goals", bold=True)  # p12
    para(d, "1. Kayla will decrease depressive symptoms and re-engage with school.")  # p13
    para(
        d, "   a. Kayla will attend all classes 5 days per week for 4 consecutive weeks by 12/15/2025."
    )  # p14
    para(d, "   b. Kayla will reduce her PHQ-A score from 19 to 10 or below by 01/19/2026.")  # p15
    para(d, "2. Kayla and her mother will communicate without escalating arguments.")  # p16
    para(
        d,
        "   a. Kayla and her mother will use a time-out and return-to-talk plan in 4 of 5 conflicts, "
        "per weekly check-in, by 01/19/2026.",
    )  # p17
    para(d, "Interventions", bold=True)  # p18
    para(d, "- CBT for adolescent depression, weekly 53-minute individual sessions")  # p19
    para(d, "- Family therapy (90847), twice a month, 50 minutes")  # p20
    para(d, "Review Schedule", bold=True)  # p21
    para(d, "The plan will be reviewed every 90 days; next review 01/19/2026.")  # p22
    para(d, "Signatures", bold=True)  # p23
    para(d, "Youth: Kayla Brooks    Date: 10/20/2025")  # p24
    para(d, "Parent/Guardian: Denise Brooks    Date: 10/20/2025")  # p25
    para(d, "Therapist: Tomás Herrera, LPCC    Date: 10/20/2025")  # p26
    return d


@fixture("l3_sud_caps_objective_labels")
def l3_sud_caps_objective_labels():
    d = new_doc()
    para(d, "OPIOID TREATMENT PROGRAM - INDIVIDUALIZED TREATMENT PLAN", bold=True)  # p0
    para(d, "PATIENT")  # p1
    para(d, "Patient Name: Curtis Hale\tDOB: 01/17/1979\tMA ID: 0012938475")  # p2
    para(d, "Payor: Pennsylvania Medical Assistance (HealthChoices)")  # p3
    para(d, "Admission Date: 11/03/2025\tPlan Date: 11/28/2025")  # p4
    para(d, "DIAGNOSIS")  # p5
    para(d, "F11.21 Opioid use disorder, severe, in early remission, on maintenance therapy")  # p6
    para(d, "PROBLEMS, GOALS AND OBJECTIVES")  # p7
    para(d, "1. Problem: Opioid use disorder")  # p8
    para(d, "Goal 1: Curtis will maintain recovery and stabilize on methadone.")  # p9
    para(d, "Objective 1a: Attend daily dosing 6 of 7 days per week for 12 weeks. Target: 02/20/2026")  # p10
    para(
        d,
        "Objective 1b: Submit urine drug screens negative for non-prescribed opioids 2x/month for 3 "
        "consecutive months. Target: 02/28/2026",
    )  # p11
    para(d, "2. Problem: Unemployment")  # p12
    para(d, "Goal 2: Curtis will obtain part-time employment.")  # p13
    para(
        d, "Objective 2a: Complete 3 job applications per week with the case manager. Target: 01/30/2026"
    )  # p14
    para(d, "Objective 2b: Attend a vocational rehabilitation intake appointment.")  # p15
    para(d, "SERVICES AND FREQUENCY")  # p16
    para(d, "a) Methadone administration (H0020): daily")  # p17
    para(d, "b) Individual counseling (H0004): 2 sessions per month, 45 minutes")  # p18
    para(d, "c) Case management (T1016): as needed")  # p19
    para(d, "ESTIMATED LENGTH OF TREATMENT")  # p20
    para(d, "12 months")  # p21
    para(d, "PLAN REVIEW")  # p22
    para(d, "Next Review: 02/26/2026")  # p23
    para(d, "SIGNATURES")  # p24
    para(d, "Patient: Curtis Hale 11/28/2025")  # p25
    para(d, "Counselor: Jolene Price, CAADC 11/28/2025")  # p26
    para(d, "Medical Director: Sanjay Mehta, DO 12/01/2025")  # p27
    return d


@fixture("l3_aba_word_numbering")
def l3_aba_word_numbering():
    d = new_doc()
    para(d, "Applied Behavior Analysis - Behavior Plan and Service Request", bold=True)  # p0
    para(d, "Client Information", bold=True)  # p1
    para(d, "Client: Noah Patel      DOB: 9/14/2018      Member ID: TX-AM-7751902")  # p2
    para(d, "Insurance: Texas Medicaid (Superior HealthPlan)")  # p3
    para(d, "Supervising BCBA: Laura Chen, BCBA      NPI: 1588203746")  # p4
    para(d, "Plan Date: 11/14/2025      Authorization Period: 11/17/2025 - 05/16/2026")  # p5
    para(d, "Diagnosis", bold=True)  # p6
    para(
        d,
        "Autism spectrum disorder, requiring substantial support (F84.0), diagnosed by Rachel Gomez, "
        "PhD on 8/2/2022",
    )  # p7
    para(d, "Goals", bold=True)  # p8
    para(d, "Noah will follow 2-step instructions at home and school.", style="List Number")  # p9
    para(
        d,
        "Follow 2-step instructions with no more than 1 gestural prompt in 80% of trials across 3 "
        "consecutive sessions. Target date: 02/13/2026",
        style="List Number 2",
    )  # p10
    para(d, "Noah will reduce elopement in community settings.", style="List Number")  # p11
    para(
        d,
        "Reduce elopement from 4 episodes per outing to 0 episodes across 5 consecutive outings. "
        "Target date: 05/15/2026",
        style="List Number 2",
    )  # p12
    para(d, "Baseline: 4 episodes per outing (6 probes)")  # p13
    para(d, "Services", bold=True)  # p14
    para(d, "97153 Adaptive behavior treatment by protocol - 15 hours per week")  # p15
    para(d, "97155 Protocol modification - 3 hours per week")  # p16
    para(d, "Signatures", bold=True)  # p17
    para(d, "BCBA: Laura Chen, BCBA    11/14/2025")  # p18
    para(d, "Caregiver: Anjali Patel    11/15/2025")  # p19
    return d


@fixture("l3_pt_caps_flat_stg")
def l3_pt_caps_flat_stg():
    d = new_doc()
    para(d, "OUTPATIENT PHYSICAL THERAPY - PLAN OF CARE")  # p0
    para(d, "Patient: Gloria Fuentes")  # p1
    para(d, "DOB: 4/4/1962")  # p2
    para(d, "Insurance: Medicare Part B   ID: 3HJ7-RE1-QA19")  # p3
    para(d, "PT: Brian Walsh, DPT   NPI: 1851290347")  # p4
    para(d, "Eval date: 12/30/2025")  # p5
    para(d, "MEDICAL DIAGNOSIS")  # p6
    para(
        d, "M75.121 Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic"
    )  # p7
    para(d, "SHORT-TERM GOALS (3 WEEKS)")  # p8
    para(d, "1. Decrease right shoulder pain at rest from 7/10 to 4/10.")  # p9
    para(d, "2. Increase active shoulder flexion from 90 to 120 degrees.")  # p10
    para(d, "LONG-TERM GOALS (6 WEEKS)")  # p11
    para(d, "1. Reach overhead to the second kitchen shelf without pain.")  # p12
    para(d, "2. Return to golf with a modified swing.")  # p13
    para(d, "TREATMENT PLAN")  # p14
    para(d, "Therapeutic exercise, manual therapy, home exercise program.")  # p15
    para(d, "Frequency: 3x/wk x 6 wks")  # p16
    para(d, "SIGNATURES")  # p17
    para(d, "Therapist: Brian Walsh, DPT  Date: 12/30/2025")  # p18
    para(d, "Physician: ______________________  Date: ________")  # p19
    return d


@fixture("l3_home_health_conformed_signatures")
def l3_home_health_conformed_signatures():
    d = new_doc()
    para(d, "HOME HEALTH PLAN OF TREATMENT", bold=True)  # p0
    para(d, "Patient: Dorothy Vance     DOB: 2/28/1944     Medicare #: 2WX8-KM3-TT40")  # p1
    para(d, "SOC: 12/18/2025     Cert period: 12/18/2025 to 02/15/2026")  # p2
    para(d, "DIAGNOSES", bold=True)  # p3
    para(d, "1. J44.1 Chronic obstructive pulmonary disease with (acute) exacerbation")  # p4
    para(d, "2. Z99.81 Dependence on supplemental oxygen")  # p5
    para(d, "ORDERS", bold=True)  # p6
    para(
        d,
        "SN: 3 visits per week x 2 weeks, then 2 visits per week x 6 weeks for respiratory assessment "
        "and inhaler teaching",
    )  # p7
    para(d, "OT: 2 visits per week x 4 weeks for energy conservation during ADLs")  # p8
    para(d, "GOALS", bold=True)  # p9
    para(d, "a. Patient will demonstrate correct inhaler technique by 01/02/2026.")  # p10
    para(
        d,
        "b. Patient will bathe with set-up assistance only using energy conservation techniques by "
        "02/15/2026.",
    )  # p11
    para(d, "RECERTIFICATION", bold=True)  # p12
    para(d, "Recertification due: 02/14/2026")  # p13
    para(d, "SIGNATURES", bold=True)  # p14
    para(d, "/s/ Miriam Okafor, RN, Case Manager 12/18/2025")  # p15
    para(d, "/s/ Edward Lin, MD 12/22/2025")  # p16
    return d


@fixture("l3_ot_unmeasurable_no_frequency")
def l3_ot_unmeasurable_no_frequency():
    d = new_doc()
    para(d, "PEDIATRIC OCCUPATIONAL THERAPY TREATMENT PLAN")  # p0
    para(d, "CLIENT")  # p1
    para(d, "Child: Lily Moore")  # p2
    para(d, "Birthdate: 7/21/2017")  # p3
    para(d, "Insurance: Anthem Blue Cross")  # p4
    para(d, "Therapist: Grace Yoon, OTR/L")  # p5
    para(d, "DIAGNOSIS")  # p6
    para(d, "Sensory processing difficulties")  # p7
    para(d, "F82 Developmental coordination disorder")  # p8
    para(d, "GOALS")  # p9
    para(d, "1. Lily will improve her fine motor skills.")  # p10
    para(d, "   a. Lily will get better at handwriting.")  # p11
    para(d, "   b. Lily will be calmer during transitions.")  # p12
    para(d, "SERVICES")  # p13
    para(d, "Occupational therapy (97530)")  # p14
    para(d, "SIGNATURES")  # p15
    para(d, "Therapist: Grace Yoon, OTR/L")  # p16
    para(d, "Parent/Guardian: ______________  Date: ______")  # p17
    return d


# ================================================================== layout 4: EHR exports


@fixture("l4_psychotherapy_ehr_review_completed")
def l4_psychotherapy_ehr_review_completed():
    d = new_doc()
    para(d, "Treatment Plan Update - Exported from CareLogic")  # p0
    para(
        d, "Patient: Renata Souza   DOB: 03/05/1980   Member ID: MD-100293847   Payer: Maryland Medicaid"
    )  # p1
    para(d, "Provider: Felix Wagner, LCSW-C   NPI: 1457392018")  # p2
    para(d, "Admission Date: 04/14/2025   Plan Date: 10/14/2025")  # p3
    para(d, "Diagnoses:")  # p4
    para(d, "Dx 1: F43.10 - Post-traumatic stress disorder, unspecified (primary)")  # p5
    para(d, "Dx 2: F10.10 - Alcohol use disorder, mild")  # p6
    para(d, "Problem List:")  # p7
    para(d, "Problem #1: Trauma-related nightmares and avoidance")  # p8
    para(d, "Long Term Goal: Renata will sleep through the night and resume activities she avoids.")  # p9
    para(
        d,
        "Short Term Objective 1.1: Reduce nightmares from 5 to 1 or fewer nights per week per sleep log. "
        "Target date: 01/12/2026  Status: In progress",
    )  # p10
    para(
        d,
        "Short Term Objective 1.2: Complete 6 of 8 in-vivo exposure assignments. Target date: 01/12/2026  "
        "Status: New",
    )  # p11
    para(d, "Intervention: Prolonged exposure therapy")  # p12
    para(d, "Frequency: Weekly  Duration: 12 weeks  Responsible: Primary therapist")  # p13
    para(d, "Problem #2: Alcohol use to cope with symptoms")  # p14
    para(d, "Long Term Goal: Renata will drink no more than 2 drinks on any day.")  # p15
    para(
        d,
        "Short Term Objective 2.1: Log daily drinks and keep weekly totals under 7 for 8 weeks. "
        "Target date: 12/09/2025  Status: Met",
    )  # p16
    para(d, "Intervention: Motivational interviewing")  # p17
    para(d, "Frequency: Every other week")  # p18
    para(d, "Service Plan:")  # p19
    para(d, "Service: Psychotherapy 60 min (90837) - weekly")  # p20
    para(d, "Review:")  # p21
    para(d, "Progress review completed on 10/14/2025 with the client.")  # p22
    para(d, "Next Review Date: 01/12/2026")  # p23
    para(d, "Signatures:")  # p24
    para(d, "Electronically signed by Renata Souza (Client) on 10/14/2025 02:15 PM")  # p25
    para(d, "Electronically signed by Felix Wagner, LCSW-C on 10/14/2025 02:20 PM")  # p26
    return d


@fixture("l4_sud_ehr_pending_client")
def l4_sud_ehr_pending_client():
    d = new_doc()
    para(d, "ASAM Level 2.1 IOP Treatment Plan | Printed 01/05/2026")  # p0
    para(d, "Demographics:")  # p1
    para(d, "Client Name: Trevor Banks | DOB: 11/11/1992 | Medicaid ID: KY70019284")  # p2
    para(d, "Health Plan: Anthem Kentucky Medicaid | Program: Adult IOP")  # p3
    para(d, "Primary Counselor: Shauna Reid, LCADC")  # p4
    para(d, "Admit Date: 12/15/2025 | Treatment Plan Date: 12/22/2025 | Plan Review Due: 02/20/2026")  # p5
    para(d, "Diagnosis:")  # p6
    para(
        d, "Dx 1: F15.20 - Other stimulant dependence, uncomplicated (methamphetamine use disorder, moderate)"
    )  # p7
    para(d, "Problems/Goals/Objectives:")  # p8
    para(d, "Problem #1: Methamphetamine use")  # p9
    para(d, "Goal: Trevor will achieve abstinence from methamphetamine.")  # p10
    para(
        d, "Objective 1.1: Attend 9 hours of IOP programming per week for 6 weeks. Target date: 02/02/2026"
    )  # p11
    para(
        d, "Objective 1.2: Provide 6 consecutive negative weekly urine screens. Target date: 02/02/2026"
    )  # p12
    para(
        d, "Intervention: Matrix Model group sessions  Responsible: IOP counselor  Frequency: 3x/week"
    )  # p13
    para(d, "Intervention: Contingency management  Responsible: Program staff  Frequency: weekly")  # p14
    para(d, "Services:")  # p15
    para(d, "Service: H0015 Intensive outpatient program - 3 days per week, 3 hours per day")  # p16
    para(d, "Signatures:")  # p17
    para(d, "Signature pending: Client (Trevor Banks)")  # p18
    para(d, "Electronically signed by Shauna Reid, LCADC on 12/22/2025 04:41 PM")  # p19
    return d


@fixture("l4_aba_ehr_recertification")
def l4_aba_ehr_recertification():
    d = new_doc()
    para(d, "Central Reach Export - ABA Progress Report and Treatment Plan")  # p0
    para(
        d, "Client Name: Ezra Goldberg  Date of Birth: 06/01/2019  Member ID: OPT-0038812  Insurance: Optum"
    )  # p1
    para(d, "Rendering Provider: Monique Harris, BCBA  NPI: 1265930184")  # p2
    para(d, "Plan Date: 12/10/2025  Authorization Period: 12/15/2025 to 06/14/2026")  # p3
    para(d, "Diagnosis: F84.0 Autistic disorder")  # p4
    para(d, "Goals:")  # p5
    para(d, "Long Term Goal 1 (Communication): Ezra will answer 'wh' questions about a short story.")  # p6
    para(d, "Baseline: 1 of 10 correct")  # p7
    para(d, "Mastery criteria: 8 of 10 correct across 3 consecutive sessions")  # p8
    para(d, "Target date: 04/30/2026")  # p9
    para(d, "Long Term Goal 2 (Adaptive): Ezra will use the toilet independently during the day.")  # p10
    para(d, "Baseline: 2 of 6 scheduled sits voided")  # p11
    para(d, "Mastery criteria: no accidents for 10 consecutive school days")  # p12
    para(d, "Target date: 06/12/2026")  # p13
    para(d, "Services:")  # p14
    para(d, "Service: 97153 Adaptive behavior treatment by protocol: 20 hrs/week")  # p15
    para(d, "Service: 97156 Family adaptive behavior treatment guidance: 1 hr/week")  # p16
    para(d, "Recertification due: 06/01/2026")  # p17
    para(d, "Signatures:")  # p18
    para(d, "Electronically signed by Monique Harris, BCBA on 12/10/2025 11:05 AM")  # p19
    para(d, "Electronically signed by Avi Goldberg (Parent/Guardian) on 12/11/2025 08:30 PM")  # p20
    return d


@fixture("l4_pt_ehr_tabs_nested_stg")
def l4_pt_ehr_tabs_nested_stg():
    d = new_doc()
    para(d, "WebPT Plan of Care")  # p0
    para(d, "Patient:\tCharles Dunn\tDOB:\t08/08/1970")  # p1
    para(d, "Payer:\tBlue Cross Blue Shield of Illinois\tPolicy #:\tXOF992017744")  # p2
    para(d, "Therapist:\tNina Kowalczyk, PT, DPT\tNPI:\t1720394856")  # p3
    para(d, "Initial Eval:\t01/02/2026\tPOC Dates:\t01/02/2026 - 02/27/2026")  # p4
    para(d, "Diagnosis:")  # p5
    para(d, "Dx 1: M54.16 - Radiculopathy, lumbar region")  # p6
    para(d, "Dx 2: M51.26 - Other intervertebral disc displacement, lumbar region")  # p7
    para(d, "Goals:")  # p8
    para(
        d, "LTG 1: Patient will sit for 60 minutes without increase in leg symptoms. Target date: 02/27/2026"
    )  # p9
    para(
        d,
        "STG 1.1: Patient will sit for 30 minutes with symptoms no worse than 3/10. Target date: 01/23/2026",
    )  # p10
    para(
        d, "LTG 2: Patient will lift 25 lb from floor to waist with proper mechanics. Target date: 02/27/2026"
    )  # p11
    para(
        d,
        "STG 2.1: Patient will perform a hip hinge with correct form for 10 repetitions. "
        "Target date: 01/16/2026",
    )  # p12
    para(d, "Plan:")  # p13
    para(d, "Service: 97110 Therapeutic exercise - 2 units - 2x/week x 8 weeks")  # p14
    para(d, "Service: 97140 Manual therapy - 1 unit - 2x/week x 8 weeks")  # p15
    para(d, "Signatures:")  # p16
    para(d, "Electronically signed by Nina Kowalczyk, PT, DPT on 01/02/2026 5:12 PM")  # p17
    return d


@fixture("l4_slp_ehr_content_controls")
def l4_slp_ehr_content_controls():
    d = new_doc()
    para(d, "SLP Treatment Plan (EHR)")  # p0
    wrapped_1 = para(
        d, "Client Name: Amelia Ross  DOB: 10/10/2016  Member ID: WA-22019384"
    )  # (in sdt: no index)
    para(d, "Insurance: Molina Healthcare of Washington")  # p1
    wrapped_2 = para(d, "Clinician: Derek Shaw, MA, CCC-SLP  NPI: 1093746582")  # (in sdt: no index)
    para(d, "Evaluation Date: 11/30/2025  Plan Date: 12/04/2025")  # p2
    para(d, "Diagnoses:")  # p3
    para(d, "R48.8 Other symbolic dysfunctions")  # p4
    para(d, "F80.1 Expressive language disorder")  # p5
    para(d, "Goals:")  # p6
    para(d, "Goal 1: Amelia will retell a 5-event story including characters, setting and problem.")  # p7
    para(d, "Objective 1a: Include 4 story grammar elements in 4 of 5 retells. Target date: 03/04/2026")  # p8
    para(d, "Goal 2: Amelia will follow 3-step classroom directions.")  # p9
    para(
        d,
        "Objective 2a: Follow 3-step directions with one repetition in 80% of trials. Target date: "
        "03/04/2026",
    )  # p10
    para(d, "Services:")  # p11
    para(d, "Service: 92507 Speech/language treatment, individual: 1x/week, 30 minutes")  # p12
    para(d, "Signatures:")  # p13
    para(d, "Electronically signed by Derek Shaw, MA, CCC-SLP on 12/04/2025 3:00 PM")  # p14
    wrap_in_content_control(wrapped_1)
    wrap_in_content_control(wrapped_2)
    return d


@fixture("l4_psychotherapy_ehr_code_forms")
def l4_psychotherapy_ehr_code_forms():
    d = new_doc()
    para(d, "TherapyNotes - Treatment Plan")  # p0
    para(d, "Client: Gabriel Moss   DOB: 12/01/1999   Insurance: Cigna   Member ID: U88201937")  # p1
    para(d, "Clinician: Hana Sato, PsyD")  # p2
    para(d, "Date: 11/03/2025")  # p3
    para(d, "Diagnosis:")  # p4
    para(d, "DSM-5: 300.02 (F41.1) Generalized anxiety disorder")  # p5
    para(d, "F411 – GAD with panic features")  # p6
    para(d, "Insomnia disorder")  # p7
    para(d, "Treatment Goals:")  # p8
    para(d, "Problem #1: Anxiety")  # p9
    para(d, "Long Term Goal: Gabriel will manage anxiety well enough to finish his degree.")  # p10
    para(d, "Short Term Objective 1.1: Reduce GAD-7 from 16 to under 10.")  # p11
    para(d, "Short Term Objective 1.2: Submit all assignments on time for 6 consecutive weeks.")  # p12
    para(d, "Intervention: CBT, 50 minutes, weekly")  # p13
    para(d, "Signatures:")  # p14
    para(d, "Electronically signed by Hana Sato, PsyD on 11/03/2025 6:02 PM")  # p15
    para(d, "Client signature: ____________________")  # p16
    return d


# ================================================================== layout 5: narrative prose


@fixture("l5_psychotherapy_narrative")
def l5_psychotherapy_narrative():
    d = new_doc()
    d.add_heading("Psychotherapy Treatment Plan", 1)  # p0
    d.add_heading("Client Background", 2)  # p1
    para(
        d,
        "Client Name: Isabel Navarro. Date of Birth: April 2, 1987. Member ID: 8827361920. "
        "Insurance: Oscar Health. Therapist: Luke Anders, LMFT.",
    )  # p2
    para(d, "Intake Date: September 29, 2025. Plan Date: October 6, 2025.")  # p3
    d.add_heading("Presenting Concerns", 2)  # p4
    para(
        d,
        "Isabel sought therapy after her separation, describing crying spells, poor appetite and "
        "withdrawal from friends over the last three months.",
    )  # p5
    d.add_heading("Diagnostic Impressions", 2)  # p6
    para(
        d,
        "Isabel's presentation is consistent with an adjustment disorder with mixed anxiety and "
        "depressed mood (F43.23).",
    )  # p7
    d.add_heading("Treatment Goals", 2)  # p8
    para(
        d,
        "The first goal is that Isabel will re-establish a daily routine, measured by getting up by "
        "8 am and eating two meals on at least 6 days a week by November 17, 2025.",
    )  # p9
    para(
        d,
        "The second goal is that Isabel will reconnect with her support network, meeting a friend or "
        "family member at least twice a week by December 15, 2025.",
    )  # p10
    d.add_heading("Plan/Strategies", 2)  # p11
    para(
        d,
        "Sessions will use interpersonal therapy and behavioral activation. Isabel will be seen for "
        "individual psychotherapy (90834), 45 minutes, once a week.",
    )  # p12
    d.add_heading("Length of Treatment", 2)  # p13
    para(d, "We anticipate approximately 12 weeks of treatment.")  # p14
    d.add_heading("Plan Agreement", 2)  # p15
    para(d, "Isabel Navarro, client, agreed to this plan on October 6, 2025.")  # p16
    para(d, "/s/ Luke Anders, LMFT 10/06/2025")  # p17
    return d


@fixture("l5_sud_narrative_formulation")
def l5_sud_narrative_formulation():
    d = new_doc()
    d.add_heading("Outpatient Addiction Treatment Plan", 1)  # p0
    d.add_heading("About the Client", 2)  # p1
    para(
        d,
        "Client Name: Owen Fraser. Date of Birth: March 15, 1975. Medicaid ID: AZ-33019274. "
        "Health Plan: Mercy Care. Counselor: Beatriz Lopes, LAC.",
    )  # p2
    para(d, "Admission Date: November 10, 2025. Plan Date: November 24, 2025.")  # p3
    d.add_heading("Diagnostic Formulation", 2)  # p4
    para(
        d,
        "Owen meets DSM-5 criteria for alcohol use disorder, severe (F10.20) and opioid use disorder, "
        "moderate, in early remission (F11.21).",
    )  # p5
    d.add_heading("Recovery Goals", 2)  # p6
    para(
        d,
        "Owen will remain abstinent from alcohol, as shown by negative weekly breathalyzer results for "
        "12 consecutive weeks by February 16, 2026.",
    )  # p7
    para(
        d,
        "Owen will build a sober support network by attending at least 3 mutual-help meetings per week "
        "within 30 days.",
    )  # p8
    d.add_heading("Treatment Approach", 2)  # p9
    para(
        d,
        "Owen will attend group counseling (H0005) three times per week for 90 minutes and individual "
        "counseling (H0004) every other week for 45 minutes.",
    )  # p10
    d.add_heading("Anticipated Duration", 2)  # p11
    para(d, "Services are expected to continue through 05/22/2026.")  # p12
    d.add_heading("Agreement", 2)  # p13
    table(
        d,
        [
            ["Role", "Name and Credential", "Date Signed"],
            ["Client", "Owen Fraser", "November 24, 2025"],
            ["Counselor", "Beatriz Lopes, LAC", "November 24, 2025"],
        ],
    )  # t0
    return d


@fixture("l5_ot_narrative_frequency_sentence")
def l5_ot_narrative_frequency_sentence():
    d = new_doc()
    d.add_heading("Occupational Therapy Plan of Care", 1)  # p0
    d.add_heading("Client", 2)  # p1
    para(
        d,
        "Patient Name: Rosalind Achebe. DOB: 9/9/1960. Insurance: Medicare Part B. "
        "Member ID: 6TR4-JK2-WW55. Therapist: Claire Dumont, OTR/L. NPI: 1902837465.",
    )  # p2
    para(d, "Date of initial evaluation: January 7, 2026.")  # p3
    d.add_heading("Clinical Impression", 2)  # p4
    para(
        d,
        "Ms. Achebe presents with right carpal tunnel release aftercare (Z48.89) and stiffness of "
        "the right hand (M25.641), limiting grooming and meal preparation.",
    )  # p5
    d.add_heading("Functional Goals", 2)  # p6
    para(d, "Ms. Achebe will open standard jars and containers independently within 6 weeks.")  # p7
    para(d, "She will increase right grip strength from 18 lb to 35 lb by March 4, 2026.")  # p8
    d.add_heading("Plan of Treatment", 2)  # p9
    para(
        d,
        "Occupational therapy is recommended 2 times per week for 45-minute sessions over 8 weeks, "
        "including therapeutic exercise (97110) and therapeutic activities (97530).",
    )  # p10
    d.add_heading("Signatures", 2)  # p11
    para(d, "Therapist: Claire Dumont, OTR/L    Date: January 7, 2026")  # p12
    para(d, "Referring physician: Omar Haddad, MD    Date: January 12, 2026")  # p13
    return d


@fixture("l5_slp_narrative_no_code")
def l5_slp_narrative_no_code():
    d = new_doc()
    d.add_heading("Speech Therapy Treatment Plan", 1)  # p0
    d.add_heading("Background", 2)  # p1
    para(
        d,
        "Student Name: Ethan Ward. Date of Birth: 2017-11-02. Insurance: Tricare. Member ID: 4410293385. "
        "Speech-Language Pathologist: Rebecca Stone, CCC-SLP.",
    )  # p2
    para(d, "Evaluation Date: 2025-12-01.")  # p3
    d.add_heading("Diagnostic Impression", 2)  # p4
    para(d, "Results of the evaluation indicate a diagnosis of childhood apraxia of speech.")  # p5
    d.add_heading("Goals", 2)  # p6
    para(d, "Ethan will produce 2-syllable words with correct stress in 80% of attempts.")  # p7
    para(d, "Ethan will be understood by unfamiliar listeners in conversation.")  # p8
    d.add_heading("Recommendations", 2)  # p9
    para(d, "Speech therapy twice weekly for 30 minutes is recommended for 6 months.")  # p10
    d.add_heading("Signature", 2)  # p11
    para(d, "Rebecca Stone, CCC-SLP")  # p12
    return d


@fixture("l5_home_health_narrative")
def l5_home_health_narrative():
    d = new_doc()
    d.add_heading("Home Health Plan of Care Summary", 1)  # p0
    d.add_heading("Patient", 2)  # p1
    para(d, "Patient: Harriet Cole. DOB: 1/20/1936. MBI: 9AB3-CD4-EF56. Agency: Sunrise Home Care.")  # p2
    para(
        d, "Start of Care: November 3, 2025. Certification Period: November 3, 2025 to January 1, 2026."
    )  # p3
    d.add_heading("Primary Diagnosis", 2)  # p4
    para(
        d,
        "Mrs. Cole was discharged after surgical repair of a left hip fracture; aftercare is coded "
        "Z47.89 with the fracture coded S72.002D.",
    )  # p5
    d.add_heading("Goals of Care", 2)  # p6
    para(d, "Mrs. Cole will transfer bed to chair with a walker and supervision within 3 weeks.")  # p7
    para(
        d, "Mrs. Cole's daughter will manage her medication box correctly each week by December 1, 2025."
    )  # p8
    d.add_heading("Services Ordered", 2)  # p9
    para(
        d, "Skilled nursing visits twice weekly for 4 weeks; physical therapy 3 visits per week for 4 weeks."
    )  # p10
    d.add_heading("Plan Review", 2)  # p11
    para(d, "The plan will be reviewed at the next recertification on December 31, 2025.")  # p12
    d.add_heading("Signatures", 2)  # p13
    para(d, "Physician signature: Daniel Price, DO    Date: November 6, 2025")  # p14
    return d


@fixture("l5_aba_narrative_goals")
def l5_aba_narrative_goals():
    d = new_doc()
    d.add_heading("ABA Treatment Plan", 1)  # p0
    d.add_heading("Identifying Information", 2)  # p1
    para(
        d,
        "Client Name: Sofia Marino. Date of Birth: July 7, 2021. Member ID: BSC-99302811. Insurance: "
        "Blue Shield of California. BCBA: Ryan Cooper, BCBA.",
    )  # p2
    para(
        d, "Plan Date: January 5, 2026. Authorization Period Requested: January 12, 2026 to July 11, 2026."
    )  # p3
    d.add_heading("Diagnosis", 2)  # p4
    para(d, "Autism spectrum disorder, level 2 (F84.0).")  # p5
    d.add_heading("Assessment Summary", 2)  # p6
    para(d, "ADOS-2 administered 10/20/2025")  # p7
    para(d, "VB-MAPP administered December 18, 2025")  # p8
    d.add_heading("Treatment Goals", 2)  # p9
    para(d, "Goal 1 (Communication): Sofia will request help using a 3-word phrase.")  # p10
    para(d, "Baseline: 0 of 10 opportunities")  # p11
    para(d, "Mastery criteria: 8 of 10 opportunities for 3 consecutive sessions")  # p12
    para(d, "Target date: April 30, 2026")  # p13
    para(
        d, "Goal 2 (Caregiver training): Sofia's parents will run a 10-minute play routine with 80% fidelity."
    )  # p14
    para(d, "Baseline: 25% fidelity")  # p15
    para(d, "Mastery criteria: 80% fidelity across 3 observations")  # p16
    para(d, "Target date: May 29, 2026")  # p17
    d.add_heading("Plan/Strategies", 2)  # p18
    para(
        d,
        "The plan includes adaptive behavior treatment by protocol (97153), 18 hours per week; "
        "protocol modification (97155), 3 hours per week.",
    )  # p19
    d.add_heading("Length of Treatment", 2)  # p20
    para(d, "Treatment is expected to last 6 months through July 11, 2026.")  # p21
    d.add_heading("Plan Agreement", 2)  # p22
    table(
        d,
        [
            ["Role", "Name and Credential", "Date Signed"],
            ["BCBA", "Ryan Cooper, BCBA", "January 5, 2026"],
            ["Parent/Guardian", "Luca Marino", ""],
        ],
    )  # t0
    return d


# ================================================================== layout 6: unfamiliar forms (grids, one table, sign-offs)
# Written for the patterns met in a blind set of plans, in other wordings: caption-over-value boxes, label/value
# rows with several paragraphs, compound and abbreviated labels, facts without colons, sign-off lines without a
# signatures heading, page footers, typed outlines, narrative letters.


def box_row(t, row: int, boxes: list[tuple[str, str]]) -> None:
    """Fill a row of form boxes: each cell gets its caption (small, bold) on the first line, the value below."""
    for col, (caption, value) in enumerate(boxes):
        cell = t.cell(row, col)
        cell.text = ""
        first = cell.paragraphs[0]
        run = first.add_run(caption)
        run.bold = True
        run.font.size = Pt(7)
        for line in value.split("\n") if value else []:
            cell.add_paragraph(line)


def titled_box(doc, title: str, lines: list[str]):
    """A one-column table: a title row, then one cell holding the section's paragraphs."""
    t = doc.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    t.cell(0, 0).text = title
    for run in t.cell(0, 0).paragraphs[0].runs:
        run.bold = True
    cell = t.cell(1, 0)
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)
    return t


@fixture("l6_home_health_box_grid")
def l6_home_health_box_grid():
    """A 485-style grid: numbered captions over values, an unknown caption, medications that are not orders."""
    d = new_doc()
    para(d, "CERTIFICATION OF HOME HEALTH SERVICES AND PLAN OF TREATMENT", bold=True)  # p0
    para(d, "Prairie Lantern Home Care, LLC • 88 Elm Row, Salina, KS 67401")  # p1
    t = d.add_table(rows=3, cols=4)  # t0
    t.style = "Table Grid"
    box_row(t, 0, [
        ("1. MEDICARE CLAIM NUMBER", "6JW4-TR2-KA81"),
        ("2. SOC DATE", "03/02/2026"),
        ("3. CERT PERIOD", "From 03/02/2026 thru 04/30/2026"),
        ("4. CHART NO.", "PLH-5521"),
    ])
    box_row(t, 1, [
        ("6. BENEFICIARY NAME AND ADDRESS", "Odessa Whitlock\n412 Quarry Road\nSalina, KS 67401"),
        ("8. BIRTH DATE", "11/23/1937"),
        ("10. MEDICATIONS: NAME/DOSE/FREQUENCY", "Metoprolol 25 mg daily\nApixaban 5 mg twice daily"),
        ("15. SAFETY", "Oxygen in use, no smoking"),
    ])
    box_row(t, 2, [
        ("11. PRIMARY DIAGNOSIS / ICD CODE / ONSET", "J18.9 Pneumonia, unspecified organism  02/20/2026"),
        ("13. SECONDARY DIAGNOSES", "I10 Essential (primary) hypertension\nI48.91 Unspecified atrial fibrillation"),
        ("18. ACTIVITIES PERMITTED", "Up in chair, walker"),
        ("20. PROGNOSIS", "Fair"),
    ])
    t = d.add_table(rows=1, cols=1)  # t1
    t.style = "Table Grid"
    box_row(t, 0, [(
        "21. ORDERS FOR DISCIPLINES AND TREATMENTS",
        "SN 2w2, 1w4: assess lungs and oxygen saturation; teach inhaler use\n"
        "PT 3w3: gait and transfer training, home exercise program\n"
        "Call MD if temperature over 101 F or oxygen saturation under 88%.",
    )])
    t = d.add_table(rows=1, cols=1)  # t2
    t.style = "Table Grid"
    box_row(t, 0, [(
        "22. GOALS AND DISCHARGE PLANS",
        "Patient will keep oxygen saturation at 90% or above at rest on 4 of 4 visits by 04/10/2026.\n"
        "Patient will walk 100 ft with a walker and stand-by assistance by 04/24/2026.",
    )])
    t = d.add_table(rows=1, cols=2)  # t3
    t.style = "Table Grid"
    box_row(t, 0, [
        ("24. CERTIFYING PHYSICIAN NAME AND ADDRESS", "Tobias Renner, DO\nSalina Family Medicine, 9 Iron Ave\nNPI 1578392461"),
        ("27. PHYSICIAN SIGNATURE AND DATE", "Tobias Renner, DO      03/06/2026"),
    ])
    return d


@fixture("l6_pt_single_table_form")
def l6_pt_single_table_form():
    """The whole plan in one two-column table: a title row, multi-line values, sign-offs as "— signed" rows."""
    d = new_doc()
    table(
        d,
        [
            ["LAKESHORE SPORTS PHYSIOTHERAPY — PLAN OF CARE"],
            ["Patient", "Quentin Arbogast"],
            ["Date of birth", "1949-02-17"],
            ["Medicare ID", "3XK8-PL5-WQ27"],
            ["Evaluation / first visit", "March 4, 2026"],
            ["Plan of care established", "2026-03-04"],
            ["Certification period", "2026-03-04 through 2026-05-31"],
            ["Diagnoses", "S83.241D Other tear of medial meniscus, current injury, right knee, subsequent encounter\n"
                          "M62.81 Muscle weakness (generalized)"],
            ["Goals", "By 04/08/2026: knee flexion 120° or more; stairs with one rail.\n"
                      "By 05/27/2026: single-leg stance 20 seconds; Lower Extremity Functional Scale 60/80 or more."],
            ["Interventions", "97110 therapeutic exercise, 97112 neuromuscular re-education, 97140 manual therapy, "
                              "home program"],
            ["Frequency / duration", "3x/week for 6 weeks"],
            ["Rehab potential / discharge", "Good; discharge to home program."],
            ["Therapist", "Delphine Moreau, MSPT — signed 2026-03-04"],
            ["Certifying physician", "Anil Chatterjee, MD — signed Mar 9, 2026; NPI 1669482317"],
        ],
        header_bold=False,
    )  # t0
    t = d.tables[0]
    t.cell(0, 0).merge(t.cell(0, 1))
    return d


@fixture("l6_psychotherapy_compact_ehr")
def l6_psychotherapy_compact_ehr():
    """An EHR print: abbreviated labels, pipes, facts without colons, a wide gap after "GOAL 1", a sign-off line."""
    d = new_doc()
    para(d, "NORTHWIND COUNSELING            TX PLAN            Printed 05/02/2026")  # p0
    para(d, "Pt: Lionel Eberhardt | DOB 07/30/1958 | MRN: NWC-4410 | Health plan / Member ID: Keystone First / KF77120394")  # p1
    para(d, "Plan Dt: 03/16/2026 | Eval/1st Tx: 03/09/2026 | Rendering: Marisol Ybarra, LMHC | NPI: 1346720585")  # p2
    para(d, "Tx Dx: F41.0 Panic disorder [episodic paroxysmal anxiety]")  # p3
    para(d, "Svc: Psychotherapy 45 min (90834) every 2 weeks x 20 wks")  # p4
    para(d, "GOAL 1  Reduce panic attacks.")  # p5
    table(
        d,
        [
            ["Obj #", "Objective", "Target Dt"],
            ["1.1", "Reduce panic attacks from 3 per week to 1 or fewer per week", "06/15/2026"],
            ["1.2", "Ride the bus to work alone on 4 of 5 workdays", "07/13/2026"],
        ],
    )  # t0
    para(d, "Therapist: Marisol Ybarra, LMHC    Signature: Marisol Ybarra, LMHC    Date: ____________")  # p6
    return d


@fixture("l6_sud_left_column_sections")
def l6_sud_left_column_sections():
    """Section names in a left column; the right column holds paragraphs of facts, needs, goals and sign-offs."""
    d = new_doc()
    para(d, "Riverside Recovery Commons — Day Treatment", bold=True)  # p0
    table(
        d,
        [
            ["Client identification", "Ramona Quist-Hallerby, born 1987-10-02. Medicaid CIN TB55021Q.\n"
                                      "Admitted March 2, 2026. Plan written March 9, 2026."],
            ["Program", "Partial hospitalization (ASAM 2.5)"],
            ["Diagnoses", "F10.20 Alcohol use disorder, severe\n"
                          "F32.1 Major depressive disorder, single episode, moderate"],
            ["Need 1", "Daily drinking since a job loss in 2025.\n"
                       "Goal: stay sober and rebuild a daily routine.\n"
                       "Objective: attend 5 of 5 program days each week through 04/17/2026.\n"
                       "Objective: list 4 drinking triggers and a plan for each by 03/27/2026.\n"
                       "Methods: group therapy daily; individual counseling weekly."],
            ["Counselor", "Emeka Duvall, CADC — signed 03/09/2026\nClient: Ramona Quist-Hallerby — signed 03/09/2026"],
            ["Medical review", "Reviewed and approved: Dr. Hanne Solvik, MD — 03/12/2026"],
        ],
        header_bold=False,
        style=None,
    )  # t0
    return d


@fixture("l6_aba_letter_narrative")
def l6_aba_letter_narrative():
    """A letter: letterhead and address, a date line, a RE: line with the child's identifiers, prose throughout."""
    d = new_doc()
    para(d, "Juniper Path Behavior Services, LLC", bold=True)  # p0
    para(d, "1402 Harbor Street, Tacoma, WA 98402")  # p1
    para(d, "")  # p2
    para(d, "March 3, 2026")  # p3
    para(d, "")  # p4
    para(d, "RE: Treatment plan for Casimir Ondaatje (DOB 09/14/2019); Member ID WAH-3392017", bold=True)  # p5
    para(
        d,
        "Casimir is a six-year-old boy referred after his kindergarten placement broke down. He meets DSM-5 "
        "criteria for autism spectrum disorder, level 1 (F84.0), diagnosed 11/05/2024 by Ingrid Solheim, PhD. "
        "His VB-MAPP was completed on 02/20/2026.",
    )  # p6
    para(
        d,
        "The first goal of treatment is to build his requesting and conversation skills. Specifically, he "
        "will request help with a full sentence in 8 of 10 opportunities by 06/30/2026, and will answer "
        "3 social questions from a peer in 4 of 5 probes by 07/31/2026.",
    )  # p7
    para(
        d,
        "The second goal is to reduce tantrums at transitions. He will move between activities with 1 or "
        "fewer tantrums per day across 10 consecutive school days by 08/15/2026.",
    )  # p8
    para(
        d,
        "We request adaptive behavior treatment by protocol (97153) for 15 hours per week and protocol "
        "modification (97155) for 2 hours per week. His mother will attend parent training every week.",
    )  # p9
    para(d, "")  # p10
    para(d, "Sincerely,")  # p11
    para(d, "Wendell Achterberg, MA, BCBA")  # p12
    para(d, "Signed March 3, 2026")  # p13
    return d


@fixture("l6_ot_titled_boxes_footer")
def l6_ot_titled_boxes_footer():
    """One-cell titled boxes, facts joined by bullets, goal groups with time frames, an e-signature in the footer."""
    d = new_doc()
    para(d, "Bayview Hand & Occupational Therapy", bold=True)  # p0
    titled_box(d, "Patient", [
        "Rosalind Vickery • DOB 1951-06-12 • Medicare 4HN2TK7PA30",
        "OT evaluation and first treatment: 04/06/2026; plan of care date 04/06/2026",
        "Certification period 04/06/2026 through 06/30/2026",
    ])  # t0
    titled_box(d, "Diagnoses", [
        "S62.101D Fracture of unspecified carpal bone, right wrist, subsequent encounter",
        "M25.641 Stiffness of right hand",
    ])  # t1
    titled_box(d, "Long-term goals (10 weeks)", [
        "1. Independent with buttons, zippers and jar lids using the right hand.",
        "2. Grip strength right 40 lb or more.",
    ])  # t2
    titled_box(d, "Short-term goals (5 weeks)", [
        "1. Fasten 5 buttons in under 60 seconds.",
        "2. Grip strength right from 12 lb to 25 lb.",
    ])  # t3
    titled_box(d, "Plan", [
        "Frequency: 2 visits/week. Duration: 10 weeks.",
        "97110 therapeutic exercise, 97530 therapeutic activities, 97760 orthotic management as needed.",
    ])  # t4
    header = d.sections[0].header
    header.paragraphs[0].text = "Bayview Hand & Occupational Therapy • 200 Pier Road • Fax 555-0199"
    footer = d.sections[0].footer
    footer.paragraphs[0].text = "Electronically signed by Yusra Delacourt, OTR/L on 04/06/2026 at 16:40"
    footer.add_paragraph("Confidential patient information. Page 1 of 1")
    return d


@fixture("l6_psychotherapy_word_outline")
def l6_psychotherapy_word_outline():
    """Word numbering: headings at level 0, "Problem: ... Goal: ..." lines at level 1, objectives at level 2."""
    d = new_doc()
    para(d, "CEDAR HOLLOW COUNSELING — TREATMENT PLAN", bold=True)  # p0
    para(d, "Identifying Information", bold=True, style="List Number")  # p1
    para(d, "Name: Bartholomew Kincaid-Osei", style="List Number 2")  # p2
    para(d, "Date of birth: 12/01/1960", style="List Number 2")  # p3
    para(d, "Medicare ID: 2RT5-WN8-CJ46", style="List Number 2")  # p4
    para(d, "Date of this plan: 04/20/2026", style="List Number 2")  # p5
    para(d, "Diagnosis", bold=True, style="List Number")  # p6
    para(d, "F33.0 Major depressive disorder, recurrent, mild (primary)", style="List Number 2")  # p7
    para(d, "Problems, Goals and Objectives", bold=True, style="List Number")  # p8
    para(
        d,
        "Problem: withdrawal from friends since retiring. Goal: Mr. Kincaid-Osei will rebuild a weekly social routine.",
        style="List Number 2",
    )  # p9
    para(d, "Meet a friend or attend a club at least twice a week by 07/20/2026.", style="List Number 3")  # p10
    para(d, "Reduce PHQ-9 from 14 to 7 or below by 07/20/2026.", style="List Number 3")  # p11
    para(
        d,
        "Problem: poor sleep. Goal: sleep at least 6 hours on most nights.",
        style="List Number 2",
    )  # p12
    para(d, "Keep a sleep diary and reach 6 hours on 5 of 7 nights by 06/30/2026.", style="List Number 3")  # p13
    para(d, "Services", bold=True, style="List Number")  # p14
    para(d, "Individual psychotherapy (90834), 45 minutes, every week, for 6 months.", style="List Number 2")  # p15
    return d


@fixture("l6_sud_typed_problems_anchors")
def l6_sud_typed_problems_anchors():
    """Typed numbers: a problem with its "Goal:" below it, objectives under a separate heading pointed at by
    "For problem N:", lettered A1./B1. objectives, and a coded diagnosis written under an assessment heading."""
    d = new_doc()
    d.add_heading("Outpatient Recovery Plan", 1)  # p0
    para(d, "Client: Fenella Okoro-Brandt    Date of birth: 02/02/1990    Member ID: NM55810047")  # p1
    para(d, "Plan date: 05/04/2026    Admission: 04/27/2026")  # p2
    d.add_heading("Assessment Summary", 2)  # p3
    para(d, "F11.20 Opioid use disorder, severe; diagnosed 04/27/2026 by Nadim Farouk, MD.")  # p4
    d.add_heading("Identified Problems", 2)  # p5
    para(d, "1. Relapses after each detox since 2023.")  # p6
    para(d, "    Goal: Ms. Okoro-Brandt will stay in medication treatment and stop illicit opioid use.")  # p7
    para(d, "2. No stable housing.")  # p8
    para(d, "    Goal: Move into recovery housing before the next review.")  # p9
    d.add_heading("Measurable Objectives", 2)  # p10
    para(d, "For problem 1:")  # p11
    para(d, "a) Attend 90% of scheduled dosing visits each month (by 07/31/2026).")  # p12
    para(d, "b) Provide negative fentanyl screens on 4 consecutive weekly tests (by 06/30/2026).")  # p13
    para(d, "For problem 2:")  # p14
    para(d, "c) Submit 2 recovery-housing applications (by 05/29/2026).")  # p15
    d.add_heading("Services", 2)  # p16
    para(d, "Individual counseling (H0004), 50 minutes, weekly.")  # p17
    d.add_heading("Signatures", 2)  # p18
    para(d, "Client: Fenella Okoro-Brandt    Date: 05/04/2026")  # p19
    para(d, "Counselor: Ilario Benedetti, LADC    Date: 05/04/2026")  # p20
    return d


@fixture("l6_slp_signoff_lines")
def l6_slp_signoff_lines():
    """No signatures heading: sign-off lines by role, an attestation, an underscore line with the name below it."""
    d = new_doc()
    para(d, "TIDEWATER VOICE & SWALLOW CLINIC", bold=True)  # p0
    para(d, "Speech Therapy Plan of Treatment")  # p1
    para(d, "Patient: Cornelia Vasquez-Lind    DOB: 10/09/1946    MBI: 8QW3-HT6-MK29")  # p2
    para(d, "Evaluation date: 05/11/2026    Certification: 05/11/2026 - 08/08/2026")  # p3
    para(d, "Diagnosis: R13.12 Dysphagia, oropharyngeal phase")  # p4
    para(d, "GOALS", bold=True)  # p5
    para(d, "1) Patient will swallow thin liquids by cup with a chin tuck without coughing in 9 of 10 trials.")  # p6
    para(d, "2) Patient will complete 3 sets of 10 effortful swallows independently.")  # p7
    para(d, "TREATMENT", bold=True)  # p8
    para(d, "92526 swallowing treatment, 45 minutes, 2x/week for 8 weeks.")  # p9
    para(d, "Speech-language pathologist: Ottilie Brandvold, MS, CCC-SLP    05/11/2026")  # p10
    para(d, "MD/NP CERTIFICATION: I certify that these services are needed and that the patient is under my care.")  # p11
    para(d, "Physician / NP: ______________________________     Date: ____________")  # p12
    para(d, "                 Gideon Abernethy-Lowe, NP                       05/15/2026")  # p13
    para(d, "Printed name: ______________________     NPI: ______________")  # p14
    return d


@fixture("l6_aba_statement_columns")
def l6_aba_statement_columns():
    """Goal tables with unusual columns (a blank label column beside "Statement"; "Target" beside "Target date"),
    check-box service lines completed by a separate "CPT:" line, and a signature table naming roles in its
    signature column."""
    d = new_doc()
    para(d, "Summit Trail Autism Center", bold=True)  # p0
    para(d, "ABA Treatment Plan — Initial")  # p1
    table(
        d,
        [
            ["Child:", "Anneliese Brathwaite", "Date of birth:", "03/03/2021"],
            ["Insurance / Member ID:", "Cascade Care PPO / CCP-40021988", "Plan date:", "06/01/2026"],
            ["Authorization period:", "06/08/2026 to 12/07/2026", "Next plan review:", "11/20/2026"],
        ],
        header_bold=False,
    )  # t0
    para(d, "Diagnosis: F84.0 Autism spectrum disorder — diagnosed 02/11/2024 by Lorenzo Quiroga, PsyD.")  # p2
    para(d, "Assessment: VB-MAPP administered 05/20/2026 (Milestones 88/170).")  # p3
    para(d, "Goals", bold=True)  # p4
    table(
        d,
        [
            ["", "Statement", "Target date"],
            ["Goal 1", "Anneliese will use 2-word requests across settings.", ""],
            ["Obj. 1.1", "Request 10 different items with 2 words in 80% of opportunities.", "09/30/2026"],
            ["Obj. 1.2", "Answer yes/no questions correctly in 8 of 10 trials.", "10/31/2026"],
            ["Goal 2", "Parents will use planned ignoring at home.", ""],
            ["Obj. 2.1", "Parents implement planned ignoring with 90% fidelity on 3 observations.", "09/15/2026"],
        ],
    )  # t1
    table(
        d,
        [
            ["Domain", "Target", "Baseline", "Goal", "Target date"],
            ["Play", "Turn-taking", "Takes 1 turn with prompts", "Take 5 turns with a peer without prompts.",
             "11/30/2026"],
        ],
    )  # t2
    para(d, "Services", bold=True)  # p5
    para(d, "Service: ☒ Direct therapy (RBT)   ☐ Group   ")  # p6
    para(d, "Hours per week: ☐ 10   ☒ 20   ☐ 30   ")  # p7
    para(d, "CPT: 97153")  # p8
    para(d, "Other services: speech therapy twice weekly through the school district (separate plan).")  # p9
    table(
        d,
        [
            ["Signature", "Name / credentials", "Date"],
            ["Supervising BCBA", "Priyanka Hollenbeck, MEd, BCBA", "06/01/2026"],
            ["Parent/guardian", "Rowena Brathwaite", "06/02/2026"],
        ],
    )  # t3
    return d


@fixture("l6_home_health_numbered_paragraphs")
def l6_home_health_numbered_paragraphs():
    """485 content as numbered paragraphs: a numbered section heading is closed by the next box number."""
    d = new_doc()
    para(d, "GREYSTONE VISITING NURSES — HOME HEALTH PLAN OF CARE", bold=True)  # p0
    para(d, "1. HI Claim No: 7PL2-XD4-RN63      2. Start of Care: 06/01/2026")  # p1
    para(d, "3. Certification Period: 06/01/2026 - 07/30/2026")  # p2
    para(d, "6. Patient: Marguerite Osterhout, 19 Birch Lane, Reno NV 89501")  # p3
    para(d, "8. DOB: 04/04/1941")  # p4
    para(d, "11. Principal Dx: I50.22 Chronic systolic (congestive) heart failure   05/28/2026")  # p5
    para(d, "21. Orders for Discipline and Treatments", bold=True)  # p6
    para(d, "SN 2w3, 1w5: weigh daily; teach low-sodium diet; review medications.")  # p7
    para(d, "HHA 2w8 for bathing and dressing.")  # p8
    para(d, "22. Goals / Rehab Potential / Discharge Plans", bold=True)  # p9
    para(d, "Patient will report weight gain over 3 lb in a day to the agency on 100% of occurrences by 07/01/2026.")  # p10
    para(d, "Patient will bathe with aide assistance 2 times weekly without falls through 07/30/2026.")  # p11
    para(d, "23. Nurse: verbal start of care order received 06/01/2026 — Petra Lindqvist, RN")  # p12
    para(d, "24. Physician: Samuel Achterberg, MD, 14 Vine St, Reno NV   NPI 1255048312")  # p13
    para(d, "26. I certify that this patient is confined to the home and needs intermittent skilled nursing care.")  # p14
    para(d, "27. Physician's Signature: /s/ Samuel Achterberg, MD     Date Signed: 06/05/2026")  # p15
    return d


# ================================================================== hostile and unreadable files


def _zip_bytes(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 2, 9, 0, 0))
            info.compress_type = compression
            zf.writestr(info, data)
    return buffer.getvalue()


_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="word/document.xml"/></Relationships>'
)
_W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _minimal_docx(document_xml: bytes) -> bytes:
    return _zip_bytes(
        {"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _RELS, "word/document.xml": document_xml}
    )


def _ole2(stream_names: list[str]) -> bytes:
    """A small OLE2 compound file whose directory names the given streams (enough to be recognised)."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHH", header, 24, 0x3E, 3, 0xFFFE, 9)
    directory = bytearray(512)
    for i, name in enumerate(["Root Entry", *stream_names][:4]):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        directory[i * 128 : i * 128 + len(encoded)] = encoded
        struct.pack_into("<H", directory, i * 128 + 64, len(encoded))
    return bytes(header) + bytes(directory) + b"\x00" * 512


def hostile_files() -> dict[str, bytes]:
    good = io.BytesIO()
    BUILDERS["l1_psychotherapy_flawed_codes"]().save(good)
    good_bytes = _normalise_zip(good.getvalue())
    body = (
        b'<w:document xmlns:w="' + _W + b'"><w:body><w:p><w:r><w:t>Client Name: Test</w:t></w:r></w:p>'
        b"</w:body></w:document>"
    )
    entity = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;'
        b'&a;&a;&a;&a;&a;">]><w:document xmlns:w="' + _W + b'"><w:body><w:p><w:r><w:t>&b;&b;</w:t></w:r>'
        b"</w:p></w:body></w:document>"
    )
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="'
        + _W
        + b'"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>'
    )
    xlsx_types = _CONTENT_TYPES.replace(b"/word/document.xml", b"/xl/workbook.xml").replace(
        b"wordprocessingml.document.main+xml", b"spreadsheetml.sheet.main+xml"
    )
    return {
        "bad_empty.docx": b"",
        "bad_truncated.docx": good_bytes[: len(good_bytes) // 2],
        "bad_not_a_zip.docx": b"Client Name: Jane Doe\nThis is a text file renamed to .docx\n",
        "bad_random_zip.docx": _zip_bytes(
            {"notes.txt": b"not a Word document", "data/values.csv": b"a,b\n1,2\n"}
        ),
        "bad_xlsx_renamed.docx": _zip_bytes(
            {"[Content_Types].xml": xlsx_types, "xl/workbook.xml": b"<workbook/>"}
        ),
        "bad_zip_bomb.docx": _zip_bytes(
            {
                "[Content_Types].xml": _CONTENT_TYPES,
                "_rels/.rels": _RELS,
                "word/document.xml": body[: -len(b"</w:body></w:document>")]
                + b" " * (40 * 1024 * 1024)
                + b"</w:body></w:document>",
            }
        ),
        "bad_entity_expansion.docx": _minimal_docx(entity),
        "bad_external_entity.docx": _minimal_docx(xxe),
        "bad_legacy.doc": _ole2(["WordDocument", "1Table", "SummaryInformation"]),
        "bad_encrypted.docx": _ole2(["EncryptionInfo", "EncryptedPackage"]),
        "bad_malformed_xml.docx": _minimal_docx(body.replace(b"</w:p>", b"")),
        "bad_no_document_part.docx": _zip_bytes(
            {"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _RELS, "word/styles.xml": b"<styles/>"}
        ),
    }


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, builder in BUILDERS.items():
        document = builder()
        buffer = io.BytesIO()
        document.save(buffer)
        (OUT / f"{name}.docx").write_bytes(_normalise_zip(buffer.getvalue()))
    for name, data in hostile_files().items():
        (OUT / name).write_bytes(data)
    print(f"wrote {len(BUILDERS)} plans and {len(hostile_files())} hostile files to {OUT}")


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed timestamps, so regenerated files are stable."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            new = copy.copy(info)
            new.date_time = (2026, 1, 2, 9, 0, 0)
            new.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(new, source.read(info.filename))
    return buffer.getvalue()


if __name__ == "__main__":
    main()
