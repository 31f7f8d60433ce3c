"""Write N realistic, invented DOCX treatment plans for the audit benchmark.

    python bench/generate_plans.py OUTDIR --count 1000 [--seed 7] [--flawed 0.35]

Plans are written straight as OOXML (a zip of XML parts, as Word saves them), which is ~50x faster
than python-docx and lets the generator vary the markup as real files do. Each plan picks:

- a layout: 1 heading styles + "Label: value"; 2 form tables; 3 bold/ALL-CAPS titles and typed
  numbered lists; 4 EHR export lines ("Problem #1:", "Short Term Objective 1.1:", "Electronically
  signed by"); 5 narrative prose under headings with synonyms (the layouts of tests/readers/docx);
- a markup style: "lean" (python-docx-like: one run per paragraph, no revision ids) or "word"
  (as Word saves: rsid attributes, run properties, text split across runs, proofing marks,
  bookmarks, a custom paragraph style that needs styles.xml);
- a size: 1-6 problems, 1-2 goals each, 1-4 objectives per goal, 0-14 paragraphs of history;
- a discipline (psychotherapy, SUD, PT, OT, SLP, ABA), a clinician, a program, a site folder
  (site-NN/YYYY/), a plan date in 2024-2025;
- for a share of plans (--flawed), one to three documentation flaws: no ICD-10 code, an invalid or
  a category code, an unmeasurable objective, no target dates, no frequency, a blank client
  signature, no review date, no plan date, no diagnosis section.

All names, ids and NPIs are invented. The same seed always gives the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXED_TIME = (2026, 1, 2, 9, 0, 0)

FIRST = ["Ana", "Ben", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Imani", "Jonas", "Keiko", "Luis",
         "Maya", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Victor", "Wen", "Yara", "Zoe"]
LAST = ["Abbott", "Baptiste", "Castro", "Dunn", "Eze", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen", "Kowalski",
        "Lindqvist", "Moreau", "Nguyen", "Okafor", "Petrov", "Quintero", "Rahman", "Silva", "Tanaka", "Ueda", "Vargas",
        "Walsh", "Xu", "Yilmaz", "Zielinski"]
PAYERS = ["Keystone Community HealthChoices", "Magellan Behavioral Health", "Medicare Part B", "Aetna Better Health",
          "UnitedHealthcare Community Plan", "Pennsylvania Medical Assistance"]


@dataclass(frozen=True)
class Discipline:
    name: str
    title: str
    credentials: tuple[str, ...]
    programs: tuple[str, ...]
    diagnoses: tuple[tuple[str, str], ...]
    problems: tuple[str, ...]
    goals: tuple[str, ...]
    objectives: tuple[str, ...]
    interventions: tuple[str, ...]
    services: tuple[tuple[str, str, str], ...]


DISCIPLINES = {
    "psychotherapy": Discipline(
        "psychotherapy", "Outpatient Psychotherapy Treatment Plan", ("LPC", "LCSW", "LMFT", "PsyD", "PhD"),
        ("Adult Outpatient", "Child and Family Services", "Trauma Recovery Program"),
        (("F33.1", "Major depressive disorder, recurrent, moderate"), ("F41.1", "Generalized anxiety disorder"),
         ("F43.10", "Post-traumatic stress disorder, unspecified"), ("F41.0", "Panic disorder"),
         ("F43.23", "Adjustment disorder with mixed anxiety and depressed mood")),
        ("Depressed mood", "Worry and anxiety", "Trauma-related avoidance", "Panic attacks", "Social withdrawal"),
        ("{n} will return to usual activities and a regular sleep routine.",
         "{n} will manage worry at work without leaving shifts early.",
         "{n} will resume activities avoided since the trauma."),
        ("Reduce PHQ-9 from {a} to {b} or lower", "Complete {c} scheduled pleasant activities per week, logged in a diary",
         "Reduce panic attacks from {c} per week to 0-1 per week per panic log",
         "Use a coping skill in {c} of 5 stressful situations per weekly self-report",
         "Attend all scheduled work shifts for {c} consecutive weeks"),
        ("Cognitive behavioral therapy", "Behavioral activation", "Prolonged exposure therapy",
         "Interpersonal therapy", "Motivational interviewing"),
        (("90834", "Individual psychotherapy", "45 minutes"), ("90837", "Individual psychotherapy", "60 minutes"),
         ("90847", "Family psychotherapy with client present", "50 minutes")),
    ),
    "sud": Discipline(
        "sud", "Substance Use Disorder Treatment Plan", ("LCADC", "CAADC", "LCSW"),
        ("Intensive Outpatient Program", "Opioid Treatment Program", "Adult Outpatient SUD"),
        (("F10.20", "Alcohol use disorder, moderate"), ("F11.20", "Opioid dependence, uncomplicated"),
         ("F15.20", "Other stimulant dependence, uncomplicated"), ("F12.20", "Cannabis dependence, uncomplicated")),
        ("Alcohol use", "Opioid use", "Unemployment", "Unstable housing"),
        ("{n} will establish and maintain abstinence.", "{n} will obtain part-time employment.",
         "{n} will secure stable housing."),
        ("Submit negative urine screens at every session for {c} consecutive weeks",
         "Identify {c} personal triggers and a coping response for each on a written relapse-prevention plan",
         "Complete {c} job applications per week with the case manager",
         "Attend {c} mutual-help meetings per week, verified by attendance sheet"),
        ("Group relapse-prevention counseling", "Individual motivational interviewing", "Case management",
         "Contingency management"),
        (("H0015", "Intensive outpatient program", "3 hours"), ("H0004", "Individual counseling", "45 minutes"),
         ("H0005", "Group counseling", "90 minutes")),
    ),
    "pt": Discipline(
        "pt", "Outpatient Physical Therapy Plan of Care", ("DPT", "PT"), ("Outpatient Rehabilitation", "Sports Medicine"),
        (("M75.121", "Complete rotator cuff tear of right shoulder, not specified as traumatic"),
         ("M54.50", "Low back pain, unspecified"), ("M17.11", "Unilateral primary osteoarthritis, right knee")),
        ("Shoulder pain", "Impaired gait", "Reduced range of motion"),
        ("Patient will reach overhead to the second kitchen shelf without pain.",
         "Patient will walk 500 feet in the community without an assistive device."),
        ("Decrease pain at rest from {c}/10 to 2/10", "Increase active flexion from 90 to {a}0 degrees",
         "Ambulate {a}0 feet with a rolling walker and stand-by assist"),
        ("Therapeutic exercise", "Manual therapy", "Gait training", "Neuromuscular re-education"),
        (("97110", "Therapeutic exercise", "30 minutes"), ("97140", "Manual therapy", "15 minutes"),
         ("97116", "Gait training", "15 minutes")),
    ),
    "ot": Discipline(
        "ot", "Occupational Therapy Plan of Care", ("OTR/L",), ("Outpatient Rehabilitation",),
        (("I69.351", "Hemiplegia following cerebral infarction affecting right dominant side"),
         ("R27.8", "Other lack of coordination")),
        ("Dressing", "Meal preparation"),
        ("Patient will complete upper-body dressing with modified independence.",
         "Patient will prepare a simple cold meal with supervision only."),
        ("Don a pullover shirt with minimal assistance in {c} of 5 trials",
         "Stand at the counter for {a} minutes with contact guard"),
        ("Therapeutic activities", "Self-care/ADL training"),
        (("97530", "Therapeutic activities", "30 minutes"), ("97535", "Self-care/ADL training", "15 minutes")),
    ),
    "slp": Discipline(
        "slp", "Speech-Language Pathology Plan of Care", ("CCC-SLP",), ("Pediatric Therapy",),
        (("F80.2", "Mixed receptive-expressive language disorder"), ("F80.0", "Phonological disorder")),
        ("Expressive language", "Speech sound production"),
        ("{n} will use 3-4 word utterances to request and comment at home and daycare.",),
        ("Produce 2-word combinations in {c}0% of opportunities given a model",
         "Produce final consonants in CVC words with {c}0% accuracy"),
        ("Speech/language treatment", "Parent coaching"),
        (("92507", "Speech/language treatment", "30 minutes"),),
    ),
    "aba": Discipline(
        "aba", "Applied Behavior Analysis Treatment Plan", ("BCBA",), ("Autism Services", "Early Intervention ABA"),
        (("F84.0", "Autistic disorder"),),
        ("Following instructions", "Elopement", "Functional communication"),
        ("{n} will follow 2-step instructions at home and school.", "{n} will reduce elopement in community settings."),
        ("Follow 2-step instructions with no more than 1 gestural prompt in {c}0% of trials across 3 sessions",
         "Reduce elopement from {c} episodes per outing to 0 across 5 consecutive outings"),
        ("Discrete trial training", "Functional communication training", "Parent training"),
        (("97153", "Adaptive behavior treatment by protocol", "15 hours per week"),
         ("97155", "Protocol modification", "3 hours per week")),
    ),
}
DISCIPLINE_WEIGHTS = {"psychotherapy": 50, "sud": 20, "pt": 10, "ot": 5, "slp": 5, "aba": 10}
FLAWS = ("no-code", "invalid-code", "category-code", "unmeasurable", "no-target-dates", "no-frequency",
         "blank-client-signature", "no-review", "no-plan-date", "no-diagnosis", "no-approval-signature")
PSYCHIATRISTS = ["Ruth Adebayo, MD", "Sanjay Mehta, DO", "Alan Brooks, MD", "Lena Kovacs, CRNP"]
HISTORY = [
    "{n} reports that symptoms began about {c} months ago after a change at work and a move to a new apartment.",
    "Sleep has been poor, with early waking most nights, and appetite is reduced; {n} denies current suicidal ideation.",
    "Family history is notable for depression in a parent; {n} lives with a partner and two children.",
    "{n} previously attended counseling for six sessions in 2019 and found relaxation training helpful.",
    "Strengths include a supportive sibling, steady employment until recently, and motivation for treatment.",
    "Barriers include transportation on weekends, shift work, and limited childcare on clinic evenings.",
    "The clinician reviewed the intake assessment, collateral information and prior records with {n}.",
    "{n} prefers morning appointments and agreed to complete homework between sessions.",
]


@dataclass
class Plan:
    """What one generated plan says, before it is laid out."""

    d: Discipline
    client: str
    dob: str
    member_id: str
    payer: str
    clinician: str
    credential: str
    npi: str
    program: str
    admission: dt.date
    plan_date: dt.date | None
    review: dt.date | None
    diagnoses: list[tuple[str, str]]
    problems: list[dict]
    services: list[tuple[str, str, str, str]]
    duration: str
    history: list[str]
    client_signed: bool
    approver: str | None
    flaws: list[str] = field(default_factory=list)


def npi(rng: random.Random) -> str:
    """A made-up NPI with a valid check digit (Luhn over the 80840 prefix), as real NPIs have."""
    body = str(rng.randrange(10**8, 2 * 10**8))
    digits = [int(c) for c in "80840" + body]
    total = 0
    for i, digit in enumerate(reversed(digits)):
        if i % 2 == 0:
            digit *= 2
            digit = digit - 9 if digit > 9 else digit
        total += digit
    return body + str((10 - total % 10) % 10)


def _date(day: dt.date, rng: random.Random) -> str:
    return rng.choice([day.strftime("%m/%d/%Y"), day.isoformat(), day.strftime("%B %-d, %Y"), f"{day.month}/{day.day}/{day:%y}"])


def make_plan(rng: random.Random, flawed_share: float) -> Plan:
    name = rng.choices(list(DISCIPLINE_WEIGHTS), weights=list(DISCIPLINE_WEIGHTS.values()))[0]
    d = DISCIPLINES[name]
    client = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    first = client.split()[0]
    admission = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
    plan_date = admission + dt.timedelta(days=rng.randrange(3, 25))
    flaws = rng.sample(FLAWS, rng.randint(1, 3)) if rng.random() < flawed_share else []
    codes = rng.sample(d.diagnoses, min(len(d.diagnoses), rng.randint(1, 2)))
    if "invalid-code" in flaws:
        codes[0] = ("F99.99", codes[0][1])
    if "category-code" in flaws:
        codes[0] = (codes[0][0].split(".")[0], codes[0][1])
    if "no-code" in flaws:
        codes = [("", desc) for _, desc in codes]
    problems = []
    for p in range(rng.randint(1, 6)):
        goals = []
        for _ in range(rng.randint(1, 2)):
            objectives = []
            for _ in range(rng.randint(1, 4)):
                text = rng.choice(d.objectives).format(a=rng.randint(12, 20), b=rng.randint(5, 9), c=rng.randint(2, 8))
                if "unmeasurable" in flaws and rng.random() < 0.5:
                    text = rng.choice(["Feel better about daily life", "Gain insight into patterns", "Improve coping"])
                target = None if "no-target-dates" in flaws else plan_date + dt.timedelta(days=rng.randrange(30, 180))
                objectives.append({"text": text, "target": target})
            interventions = []
            for _ in range(rng.randint(1, 3)):
                freq = None if "no-frequency" in flaws else rng.choice(["1x/week", "weekly", "2x/week", "twice a month", "3 times per week"])
                interventions.append({"text": rng.choice(d.interventions), "freq": freq,
                                      "minutes": rng.choice(["45 minutes", "50 minutes", "60 minutes", "30 minutes"])})
            goals.append({"text": rng.choice(d.goals).format(n=first), "objectives": objectives, "interventions": interventions})
        problems.append({"text": d.problems[p % len(d.problems)], "goals": goals})
    services = [(code, desc, amount, rng.choice(["1x/week", "weekly", "2x/week"]) if "no-frequency" not in flaws else "")
                for code, desc, amount in rng.sample(d.services, rng.randint(1, len(d.services)))]
    history = [rng.choice(HISTORY).format(n=first, c=rng.randint(2, 18)) for _ in range(rng.choice([0, 0, 2, 4, 8, 14]))]
    credential = rng.choice(d.credentials)
    clinician = f"{rng.choice(FIRST)} {rng.choice(LAST[:12])}"
    return Plan(
        d=d, client=client, dob=_date(dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(0, 25000)), rng),
        member_id=f"{rng.choice(['PA', 'MA', 'HX', 'KY'])}{rng.randrange(10**9, 10**10)}", payer=rng.choice(PAYERS),
        clinician=clinician, credential=credential, npi=npi(rng),
        program=rng.choice(d.programs), admission=admission,
        plan_date=None if "no-plan-date" in flaws else plan_date,
        review=None if "no-review" in flaws else plan_date + dt.timedelta(days=rng.choice([60, 90, 90, 120])),
        diagnoses=[] if "no-diagnosis" in flaws else codes, problems=problems, services=services,
        duration=rng.choice(["12 weeks", "6 months", "16 weeks", "90 days"]), history=history,
        client_signed="blank-client-signature" not in flaws, flaws=flaws,
        approver=None if "no-approval-signature" in flaws or rng.random() < 0.1 else rng.choice(PSYCHIATRISTS),
    )


class Writer:
    """Builds document.xml in one of two markup styles."""

    def __init__(self, rng: random.Random, word_style: bool) -> None:
        self.rng = rng
        self.word = word_style
        self.parts: list[str] = []
        self.bookmark = 0

    def _rsid(self) -> str:
        return f"{self.rng.randrange(0x100000, 0xFFFFFF):08X}"

    def _run(self, text: str, bold: bool = False, caps: bool = False) -> str:
        props = []
        if self.word:
            props.append('<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>')
        if bold:
            props.append("<w:b/><w:bCs/>")
        if caps:
            props.append("<w:caps/>")
        if self.word:
            props.append('<w:sz w:val="22"/><w:szCs w:val="22"/>')
        rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
        attrs = f' w:rsidR="{self._rsid()}"' if self.word else ""
        return f'<w:r{attrs}>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    def para(self, text: str = "", *, style: str | None = None, bold: bool = False, caps: bool = False,
             indent: int | None = None) -> None:
        ppr = []
        if style:
            ppr.append(f'<w:pStyle w:val="{style}"/>')
        if self.word:
            ppr.append('<w:spacing w:after="120" w:line="259" w:lineRule="auto"/>')
        if indent:
            ppr.append(f'<w:ind w:left="{indent}"/>')
        runs: list[str] = []
        if self.word and len(text) > 24 and self.rng.random() < 0.6:
            # Word splits text into runs at edits and proofing marks
            cut = self.rng.randrange(8, len(text) - 8)
            runs.append(self._run(text[:cut], bold, caps))
            runs.append('<w:proofErr w:type="spellStart"/>')
            runs.append(self._run(text[cut:], bold, caps))
            runs.append('<w:proofErr w:type="spellEnd"/>')
        elif text:
            runs.append(self._run(text, bold, caps))
        if self.word and self.rng.random() < 0.05:
            self.bookmark += 1
            runs.insert(0, f'<w:bookmarkStart w:id="{self.bookmark}" w:name="_Toc{self.bookmark}"/>')
            runs.append(f'<w:bookmarkEnd w:id="{self.bookmark}"/>')
        attrs = f' w:rsidR="{self._rsid()}" w:rsidRDefault="{self._rsid()}" w:rsidP="{self._rsid()}"' if self.word else ""
        pp = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
        self.parts.append(f"<w:p{attrs}>{pp}{''.join(runs)}</w:p>")

    def table(self, rows: list[list[str]], header_bold: bool = True) -> None:
        cols = max(len(r) for r in rows)
        width = 9000 // cols
        grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(cols))
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for r, row in enumerate(rows):
            out.append("<w:tr>")
            for value in row + [""] * (cols - len(row)):
                cell_paras = []
                for line in value.split("\n"):
                    saved, self.parts = self.parts, []
                    self.para(line, bold=header_bold and r == 0)
                    cell_paras.append(self.parts[0])
                    self.parts = saved
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(cell_paras)}</w:tc>')
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.parts.append("".join(out))

    def xml(self) -> bytes:
        sect = ('<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
                'w:left="1440" w:header="720" w:footer="720" w:gutter="0"/><w:cols w:space="720"/></w:sectPr>')
        head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W_NS}" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="">'
                "<w:body>")
        return (head + "".join(self.parts) + sect + "</w:body></w:document>").encode("utf-8")


def _sig(plan: Plan, rng: random.Random) -> tuple[str, str]:
    day = plan.plan_date or plan.admission + dt.timedelta(days=10)
    return (f"{plan.clinician}, {plan.credential}", _date(day, rng))


def layout_headings(plan: Plan, w: Writer, rng: random.Random) -> None:
    heading = "PlanHeading" if w.word and rng.random() < 0.3 else "Heading1"
    w.para(plan.d.title, style="Title")
    w.para("Identifying Information", style=heading)
    fields = [("Client", plan.client), ("DOB", plan.dob), ("Member ID", plan.member_id), ("Payer", plan.payer),
              ("Program", plan.program), ("Rendering Provider", f"{plan.clinician}, {plan.credential}"),
              ("NPI", plan.npi), ("Date of Admission", _date(plan.admission, rng))]
    if plan.plan_date:
        fields.append(("Treatment Plan Date", _date(plan.plan_date, rng)))
    for label, value in fields:
        w.para(f"{label}: {value}")
    if plan.history:
        w.para("History and Presenting Problem", style=heading)
        for text in plan.history:
            w.para(text)
    if plan.diagnoses:
        w.para("DSM-5 Diagnoses", style=heading)
        for i, (code, desc) in enumerate(plan.diagnoses):
            w.para(f"{desc} ({code})" + (" - primary" if i == 0 else "") if code else desc)
    w.para("Goals and Measurable Objectives", style=heading)
    for p, problem in enumerate(plan.problems, 1):
        w.para(f"Problem {p}: {problem['text']}", style="Heading2")
        for g, goal in enumerate(problem["goals"], 1):
            w.para(f"Goal #{p}.{g}: {goal['text']}")
            for o, obj in enumerate(goal["objectives"], 1):
                target = f" Target date: {_date(obj['target'], rng)}" if obj["target"] else ""
                w.para(f"Objective {p}.{g}.{o}: {obj['text']}.{target}")
            for iv in goal["interventions"]:
                freq = f", {iv['freq']}" if iv["freq"] else ""
                w.para(f"Intervention: {iv['text']}{freq}, {iv['minutes']} sessions")
    w.para("Service Request", style=heading)
    for code, desc, amount, freq in plan.services:
        w.para(f"{desc}, {amount} ({code})" + (f": {freq}" if freq else ""))
    w.para("Estimated Length of Treatment", style=heading)
    w.para(plan.duration)
    if plan.review:
        w.para("Treatment Plan Review", style=heading)
        w.para(f"Next review: {_date(plan.review, rng)}")
    w.para("Signatures", style=heading)
    name, day = _sig(plan, rng)
    w.para(f"Client signature: {plan.client}    Date: {day}" if plan.client_signed else "Client signature: ____________________    Date: ________")
    w.para(f"Therapist signature: {name}    Date: {day}")
    if plan.approver:
        w.para(f"Psychiatrist signature: {plan.approver}    Date: {day}")


def layout_tables(plan: Plan, w: Writer, rng: random.Random) -> None:
    w.para(plan.d.title, style="Title")
    rows = [["Client Name", plan.client], ["Date of Birth", plan.dob], ["Member ID", plan.member_id],
            ["Insurance", plan.payer], ["Program", plan.program], ["Clinician", f"{plan.clinician}, {plan.credential}"],
            ["NPI", plan.npi], ["Intake Date", _date(plan.admission, rng)]]
    if plan.plan_date:
        rows.append(["Plan Date", _date(plan.plan_date, rng)])
    if plan.review:
        rows.append(["Next Review Date", _date(plan.review, rng)])
    w.table(rows, header_bold=False)
    if plan.history:
        w.para("Clinical Summary", style="Heading2")
        for text in plan.history:
            w.para(text)
    if plan.diagnoses:
        w.para("Diagnoses", style="Heading2")
        w.table([["Code", "Description", "Primary"]] + [[c, d, "Yes" if i == 0 else "No"] for i, (c, d) in enumerate(plan.diagnoses)])
    w.para("Treatment Goals", style="Heading2")
    grid = [["Problem", "Goal", "Objective", "Target date", "Intervention", "Frequency"]]
    for problem in plan.problems:
        for goal in problem["goals"]:
            iv = goal["interventions"][0]
            for o, obj in enumerate(goal["objectives"]):
                grid.append([problem["text"] if o == 0 else "", goal["text"] if o == 0 else "", obj["text"] + ".",
                             obj["target"].strftime("%m/%d/%Y") if obj["target"] else "", iv["text"], iv["freq"] or ""])
    w.table(grid)
    w.para("Requested Services", style="Heading2")
    w.table([["Service", "Code", "Amount", "Frequency"]] + [[d, c, a, f] for c, d, a, f in plan.services])
    w.para("Estimated Length of Treatment", style="Heading2")
    w.table([["Expected duration", plan.duration]], header_bold=False)
    w.para("Signatures", style="Heading2")
    name, day = _sig(plan, rng)
    w.table([["Role", "Signature", "Date"],
             ["Client", plan.client if plan.client_signed else "__________________", day if plan.client_signed else ""],
             ["Clinician", name, day]] + ([["Psychiatrist", plan.approver, day]] if plan.approver else []))


def layout_caps(plan: Plan, w: Writer, rng: random.Random) -> None:
    caps = rng.random() < 0.5

    def title(text: str) -> None:
        if caps:
            w.para(text.upper())
        else:
            w.para(text, bold=True)

    title(plan.d.title)
    title("Client Information")
    w.para(f"Name: {plan.client}\tDOB: {plan.dob}\tMember ID: {plan.member_id}")
    w.para(f"Insurance: {plan.payer}")
    w.para(f"Program: {plan.program}")
    w.para(f"Therapist: {plan.clinician}, {plan.credential}\tNPI: {plan.npi}")
    w.para(f"Admission Date: {_date(plan.admission, rng)}" + (f"\tPlan Date: {_date(plan.plan_date, rng)}" if plan.plan_date else ""))
    for text in plan.history:
        w.para(text)
    if plan.diagnoses:
        title("Diagnostic Summary")
        for code, desc in plan.diagnoses:
            w.para(f"{desc} - {code}" if code else desc)
    title("Treatment Goals")
    n = 0
    for problem in plan.problems:
        for goal in problem["goals"]:
            n += 1
            w.para(f"{n}. {goal['text']}")
            for o, obj in enumerate(goal["objectives"]):
                target = f" by {obj['target'].strftime('%m/%d/%Y')}" if obj["target"] else ""
                w.para(f"   {'abcdefgh'[o]}. {obj['text']}{target}.")
    title("Interventions")
    for problem in plan.problems:
        for goal in problem["goals"]:
            for iv in goal["interventions"]:
                w.para(f"- {iv['text']}" + (f", {iv['freq']}" if iv["freq"] else "") + f", {iv['minutes']}")
    title("Services and Frequency")
    for code, desc, amount, freq in plan.services:
        w.para(f"{desc} ({code}): {amount}" + (f", {freq}" if freq else ""))
    title("Estimated Length of Treatment")
    w.para(plan.duration)
    if plan.review:
        title("Review Schedule")
        w.para(f"Next Review: {_date(plan.review, rng)}")
    title("Signatures")
    name, day = _sig(plan, rng)
    w.para(f"Client: {plan.client}    Date: {day}" if plan.client_signed else "Client: ______________________  Date: ________")
    w.para(f"Therapist: {name}    Date: {day}")
    if plan.approver:
        w.para(f"Medical Director: {plan.approver}    Date: {day}")


def layout_ehr(plan: Plan, w: Writer, rng: random.Random) -> None:
    w.para(f"{plan.d.title} - Exported from CareLogic")
    w.para(f"Patient: {plan.client}   DOB: {plan.dob}   Member ID: {plan.member_id}   Payer: {plan.payer}")
    w.para(f"Provider: {plan.clinician}, {plan.credential}   NPI: {plan.npi}   Program: {plan.program}")
    w.para(f"Admission Date: {_date(plan.admission, rng)}" + (f"   Plan Date: {_date(plan.plan_date, rng)}" if plan.plan_date else ""))
    if plan.history:
        w.para("Assessment Summary:")
        for text in plan.history:
            w.para(text)
    if plan.diagnoses:
        w.para("Diagnoses:")
        for i, (code, desc) in enumerate(plan.diagnoses, 1):
            w.para(f"Dx {i}: {code} - {desc}" + (" (primary)" if i == 1 else "") if code else f"Dx {i}: {desc}")
    w.para("Problem List:")
    for p, problem in enumerate(plan.problems, 1):
        w.para(f"Problem #{p}: {problem['text']}")
        for goal in problem["goals"]:
            w.para(f"Long Term Goal: {goal['text']}")
            for o, obj in enumerate(goal["objectives"], 1):
                target = f" Target date: {obj['target'].strftime('%m/%d/%Y')}" if obj["target"] else ""
                w.para(f"Short Term Objective {p}.{o}: {obj['text']}.{target}  Status: {rng.choice(['New', 'In progress'])}")
            for iv in goal["interventions"]:
                w.para(f"Intervention: {iv['text']}")
                w.para(f"Frequency: {iv['freq']}  Duration: {plan.duration}  Responsible: Primary therapist" if iv["freq"]
                       else "Responsible: Primary therapist")
    w.para("Service Plan:")
    for code, desc, amount, freq in plan.services:
        w.para(f"Service: {desc} {amount} ({code})" + (f" - {freq}" if freq else ""))
    w.para(f"Estimated Length of Treatment: {plan.duration}")
    if plan.review:
        w.para(f"Next Review Date: {plan.review.strftime('%m/%d/%Y')}")
    w.para("Signatures:")
    day = plan.plan_date or plan.admission
    if plan.client_signed:
        w.para(f"Electronically signed by {plan.client} (Client) on {day:%m/%d/%Y} 02:15 PM")
    else:
        w.para(f"Signature pending: Client ({plan.client})")
    w.para(f"Electronically signed by {plan.clinician}, {plan.credential} on {day:%m/%d/%Y} 02:20 PM")
    if plan.approver:
        w.para(f"Electronically signed by {plan.approver} (Psychiatrist) on {day:%m/%d/%Y} 04:05 PM")


def layout_narrative(plan: Plan, w: Writer, rng: random.Random) -> None:
    first = plan.client.split()[0]
    w.para(plan.d.title, style="Heading1")
    w.para("Client Background", style="Heading2")
    w.para(f"Client Name: {plan.client}. Date of Birth: {plan.dob}. Member ID: {plan.member_id}. "
           f"Insurance: {plan.payer}. Therapist: {plan.clinician}, {plan.credential}. Program: {plan.program}.")
    w.para(f"Intake Date: {_date(plan.admission, rng)}." + (f" Plan Date: {plan.plan_date:%B %-d, %Y}." if plan.plan_date else ""))
    if plan.history:
        w.para("Presenting Concerns", style="Heading2")
        for text in plan.history:
            w.para(text)
    if plan.diagnoses:
        w.para("Diagnostic Impressions", style="Heading2")
        code, desc = plan.diagnoses[0]
        w.para(f"{first}'s presentation is consistent with {desc.lower()}" + (f" ({code})." if code else "."))
    w.para("Treatment Goals", style="Heading2")
    ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"]
    n = 0
    for problem in plan.problems:
        for goal in problem["goals"]:
            obj = goal["objectives"][0]
            target = f" by {obj['target']:%B %-d, %Y}" if obj["target"] else ""
            w.para(f"The {ordinals[n % len(ordinals)]} goal is that {goal['text'].rstrip('.')}, measured as: "
                   f"{obj['text'][0].lower()}{obj['text'][1:]}{target}.")
            n += 1
    w.para("Plan/Strategies", style="Heading2")
    code, desc, amount, freq = plan.services[0]
    ivs = sorted({iv["text"].lower() for p in plan.problems for g in p["goals"] for iv in g["interventions"]})
    w.para(f"Sessions will use {', '.join(ivs)}. {first} will be seen for {desc.lower()} ({code}), {amount}"
           + (f", {freq}." if freq else "."))
    w.para("Length of Treatment", style="Heading2")
    w.para(f"We anticipate approximately {plan.duration} of treatment.")
    if plan.review:
        w.para(f"The plan will be reviewed on {plan.review:%B %-d, %Y}.")
    w.para("Plan Agreement", style="Heading2")
    day = plan.plan_date or plan.admission
    if plan.client_signed:
        w.para(f"{plan.client}, client, agreed to this plan on {day:%B %-d, %Y}.")
    w.para(f"/s/ {plan.clinician}, {plan.credential} {day:%m/%d/%Y}")
    if plan.approver:
        w.para(f"Reviewed and approved: /s/ {plan.approver} {day:%m/%d/%Y}")


LAYOUTS = [layout_headings, layout_tables, layout_caps, layout_ehr, layout_narrative]

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
).encode()
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
).encode()
_DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    "</Relationships>"
).encode()
_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>authcheck bench</dc:creator></cp:coreProperties>'
).encode()


def _styles() -> bytes:
    """A styles part of the usual size: built-in styles plus a custom heading style based on Heading 1."""
    styles = ['<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>']
    for n in range(1, 10):
        styles.append(f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/>'
                      f'<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="{n - 1}"/></w:pPr>'
                      '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>')
    styles.append('<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>')
    styles.append('<w:style w:type="paragraph" w:customStyle="1" w:styleId="PlanHeading"><w:name w:val="Plan Heading"/>'
                  '<w:basedOn w:val="Heading1"/><w:rPr><w:color w:val="1F3864"/></w:rPr></w:style>')
    for name in ("List Paragraph", "No Spacing", "Table Grid", "Body Text", "Quote", "Intense Quote", "Caption",
                 "TOC Heading", "Footnote Text", "Header", "Footer", "Hyperlink", "Balloon Text", "Comment Text"):
        sid = name.replace(" ", "")
        styles.append(f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
                      '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                      '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="20"/></w:rPr></w:style>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W_NS}">'
            + "".join(styles) + "</w:styles>").encode()


_STYLES = _styles()


def docx_bytes(document_xml: bytes) -> bytes:
    """A Word package around one document part (fixed timestamps, so output is reproducible)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS),
                           ("word/document.xml", document_xml), ("word/_rels/document.xml.rels", _DOC_RELS),
                           ("word/styles.xml", _STYLES), ("docProps/core.xml", _CORE)):
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buffer.getvalue()


def generate(out: Path, count: int, *, seed: int = 7, flawed: float = 0.35, sites: int = 8) -> list[Path]:
    """Write `count` plans under out/site-NN/YYYY/ and return their paths."""
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        plan = make_plan(rng, flawed)
        writer = Writer(rng, word_style=rng.random() < 0.5)
        rng.choice(LAYOUTS)(plan, writer, rng)
        year = (plan.plan_date or plan.admission).year
        folder = out / f"site-{rng.randrange(1, sites + 1):02d}" / str(year)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"plan-{i:06d}.docx"
        path.write_bytes(docx_bytes(writer.xml()))
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--flawed", type=float, default=0.35, help="share of plans with documentation flaws")
    parser.add_argument("--sites", type=int, default=8)
    args = parser.parse_args()
    paths = generate(args.out, args.count, seed=args.seed, flawed=args.flawed, sites=args.sites)
    print(f"wrote {len(paths)} plans under {args.out}")


if __name__ == "__main__":
    main()
