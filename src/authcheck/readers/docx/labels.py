"""Labels as plans write them ("Date of Birth:", "Short Term Objective 1.1:", "Target date:") and what they mean.

Three vocabularies:
- FIELDS: plan-level fields (client name, member id, plan date, next review date ...);
- SUBFIELDS: facts about the goal, objective or intervention being read (baseline, target date,
  mastery criteria, frequency, responsible staff ...);
- element labels (`element_label`): the start of a problem, goal, objective or intervention.

Also the list markers typed as text ("1.", "a)", "•": `strip_list_marker`). Cutting a line into its labels and
values is docx.label_split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from authcheck.parsing import find_dates
from authcheck.readers.phrases import has_digit
from authcheck.readers.phrases.ocr import ocr_fold
from authcheck.readers.docx.spanish import FIELDS_ES, SUBFIELDS_ES, fold_accents

__all__ = [
    "FIELDS",
    "FIELD_INDEX",
    "SUBFIELDS",
    "ElementLabel",
    "date_label_key",
    "element_label",
    "expand_abbreviations",
    "field_key",
    "form_field_label",
    "label_parts",
    "normalize_label",
    "strip_list_marker",
    "subfield_key",
    "version_date_label",
]


def normalize_label(label: str) -> str:
    """Lower-case, '&' to 'and', punctuation to spaces (keeping '#'): "Date of Birth (MM/DD/YYYY)" -> "date of birth mm dd yyyy"."""
    text = fold_accents(label.lower()).replace("&", " and ").replace("’", "'").replace("'s", "s")
    text = re.sub(r"[^\w#]+", " ", text)
    text = re.sub(r"(?<=\w)#", " #", text)  # "ID#" is "ID #"
    return " ".join(text.split())


# fmt: off
FIELDS: dict[str, tuple[str, ...]] = {
    "patient.name": (
        "client name", "patient name", "name", "client", "patient", "member name", "individual",
        "consumer name", "childs name", "child name", "student name", "resident name", "participant name",
        "beneficiary name", "patient client name", "client patient name", "name of client", "name of patient",
        "individual name", "client full name", "patient full name", "consumer", "youth name",
        "recipient name", "member", "child", "client legal name", "full name", "beneficiary", "participant",
        "patients name", "patients name and address", "recipient", "resident", "youth",
        "patients last name first", "last name first", "clients last name first", "patient last name first",
        # a form that asks the family name and the given name in boxes of their own ("1. PATIENT'S LAST NAME")
        "last name", "patients last name", "patient last name", "clients last name", "client last name",
        "members last name", "member last name", "surname", "family name",
        # the person served, by the word a setting uses for them (a school's student, a program's enrollee)
        "student", "pupil", "pupil name", "learner", "learner name", "adolescent", "adolescent name", "minor",
        "minor name", "infant", "infant name", "toddler", "enrollee", "enrollee name", "person served",
        "person served name", "name of person served", "individual served", "service recipient",
        "person receiving services", "individual receiving services", "name of individual", "name of youth",
        "name of child", "name of student", "name of member", "patient client", "client patient",
        "name of person", "name of consumer", "name of resident", "name of participant",
    ),
    # the given name in a box of its own, beside the family name: joined to it
    "patient.given_name": (
        "first name", "patients first name", "patient first name", "clients first name", "client first name",
        "members first name", "member first name", "given name",
    ),
    "patient.birth_date": (
        "date of birth", "dob", "birth date", "d o b", "birthdate", "client dob", "patient dob", "born",
        "date of birth mm dd yyyy", "client date of birth", "patient date of birth", "birthday",
    ),
    "patient.member_id": (
        "member id", "member #", "member number", "medicaid id", "medicaid #", "medicaid number",
        "insurance id", "subscriber id", "policy number", "policy #", "policy id", "medicare id", "mbi",
        "medicare number", "medicare beneficiary identifier", "recipient id", "ma id", "member id #",
        "insurance member id", "id number", "beneficiary id", "health plan id", "plan id", "insured id",
        "subscriber #", "id #", "identification number", "insurance id #", "medical assistance id",
        "payer id number", "hicn", "medicare #", "medicare no", "id", "member no", "subscriber number",
        "ins id", "insurance #", "medicaid cin", "cin", "medi cal cin", "medi cal id", "medi cal #",
        "medicare beneficiary id", "hi claim no", "hi claim number", "patients hi claim no",
        "health insurance claim number", "medicare claim number", "member id number", "medicaid id number",
        "medicare", "medicaid", "medi cal", "payer id", "payor id",
        "ma #", "ma no", "ma number", "medical assistance #", "medical assistance number",
        "medical assistance no", "recipient no", "recipient number", "recipient #",
        "medical assistance recipient no", "medical assistance recipient number",
        # California's Benefits Identification Card, and member IDs named by the state program or plan that issues them
        "bic", "bic #", "bic number", "bic no", "medi cal bic", "medi cal bic #", "medicaid bic",
        "benefits identification card", "benefits identification card number", "medicare beneficiary number",
        "member subscriber id", "subscriber member id", "tricare id", "ahcccs id", "tenncare id", "masshealth id",
        "apple health id", "husky id", "badgercare id", "soonercare id", "kancare id", "medi cal number",
        # the payer's name shortened as typists do ("Mcare ID 2HK5-PL8-WW03", "Mcaid # 4410")
        "mcare", "mcare id", "mcare #", "mcare no", "mcare number", "mcaid", "mcaid id", "mcaid #", "mcaid no",
    ),
    "payer": (
        "insurance", "payer", "payor", "insurer", "health plan", "insurance plan", "primary insurance",
        "funding source", "carrier", "insurance company", "managed care organization", "mco",
        "insurance payer", "payer name", "insurance name", "coverage", "plan name", "primary payer", "funder",
        "insurance provider",
    ),
    "program": (
        "program", "service program", "program name", "treatment program", "program type", "service line",
        "clinic program",
    ),
    "level_of_care": (
        "level of care", "loc", "asam level", "asam level of care", "level of service", "service level",
        "treatment setting", "setting", "care level", "asam loc", "recommended level of care",
    ),
    "discipline": (
        "discipline", "service type", "therapy type", "type of therapy", "treatment type",
        "therapy discipline", "type of service", "therapy", "specialty", "service discipline",
    ),
    "provider": (
        "clinician", "therapist", "treating therapist", "provider", "rendering provider", "clinician name",
        "counselor", "primary clinician", "bcba", "supervising bcba", "case manager", "treating clinician",
        "psychologist", "psychiatrist", "attending", "attending physician", "physician",
        "referring physician", "referring provider", "certifying physician", "primary therapist",
        "treating provider", "provider name", "therapist name", "clinical supervisor", "supervisor", "lpha",
        "prepared by", "completed by", "author", "plan author", "primary counselor", "behavior analyst",
        "lead bcba", "speech language pathologist", "occupational therapist", "physical therapist", "slp",
        "pt", "ot", "treating physician", "prescriber", "primary care physician", "pcp",
        "rendering clinician", "assigned clinician", "assigned therapist", "staff", "written by",
        "clinician credentials", "therapist credentials", "licensed clinician", "physician name", "rendering",
        "rendered by", "clinician of record",
        "physicians name", "attending physicians name", "physicians name and address", "name of physician",
    ),
    "provider.npi": (
        "npi", "npi #", "npi number", "provider npi", "clinician npi", "therapist npi", "rendering npi",
    ),
    "provider.organization": (
        "agency", "organization", "practice", "facility", "clinic", "provider organization", "agency name",
        "practice name", "facility name", "clinic name", "organization name", "provider agency",
        "group practice",
    ),
    "admission_date": (
        "admission date", "intake date", "date of admission", "admit date", "date of intake",
        "enrollment date", "date admitted", "admission", "intake", "date of enrollment", "episode start date",
        "date of first contact", "opening date", "case open date", "date opened", "start of services",
        "intake assessment date", "date of entry", "program admission date",
        "program entry", "program entry date", "date of program entry", "entry date", "entry into program",
        "entered program", "program enrollment", "program enrollment date", "program start date",
        "date of program admission", "service entry date",
        "admitted", "admitted on", "admit", "admit dt", "intake dt",
        # a residential program's admission: the day the client was placed in the program's care
        "placement date", "date of placement", "residential placement date", "program placement date",
    ),
    "first_treatment_date": (
        "evaluation date", "date of evaluation", "initial evaluation date", "eval date", "start of care",
        "soc", "soc date", "start of care date", "date of first visit", "first visit date",
        "first treatment date", "evaluation first treatment date", "date of initial evaluation",
        "initial evaluation", "initial eval date", "date of first treatment", "first date of service",
        "date of first service", "first session date", "date of initial assessment",
        "initial assessment date", "evaluation", "date of eval", "onset of treatment", "treatment start date",
        "first appointment", "date of first session", "initial eval", "eval", "eval date",
        "evaluation completed", "date evaluated", "initial visit", "initial visit date", "1st visit",
        "first visit", "soc date", "start of care date", "evaluation and first treatment",
        "initial evaluation and first treatment", "evaluation first treatment", "eval 1st tx",
        "date of service eval", "date of service evaluation", "date of service initial evaluation",
        "date of service initial eval", "eval date of service", "evaluation date of service",
        # shorthand for the first visit that was also the evaluation ("1st tx (eval)", "Initial eval + tx")
        "first treatment", "1st treatment", "first tx", "1st tx", "initial evaluation and treatment",
        "initial evaluation treatment", "evaluation and treatment", "evaluation treatment", "eval and tx",
        "eval tx", "initial eval and tx", "initial eval tx",
    ),
    "plan_date": (
        "plan date", "date of plan", "treatment plan date", "plan of care date", "poc date",
        "date plan developed", "plan developed", "plan written", "isp date", "itp date",
        "date of treatment plan", "date written", "plan created", "date created", "date completed",
        "date of service plan", "service plan date", "date plan completed", "plan completion date",
        "care plan date", "date of plan of care", "plan effective date", "document date", "date of report",
        "report date", "plan completed", "plan signed", "date of plan development", "plan developed on",
        "date of this plan", "plan of treatment date", "plan of care established", "plan established",
        "plan of care", "plan dt", "plan of treatment", "date plan written", "plan written on",
        "date established", "established", "established on", "date developed", "date prepared", "prepared on",
        "date of development", "poc completed", "poc dated", "poc written", "poc established", "plan dated",
        # the date of this version of a plan that is updated, revised or amended (`fields.dates` prefers it to the
        # first plan's date the same header states)
        "date of this update", "this update", "date of update", "current update", "date of plan update",
        "date of treatment plan update", "date of this report", "plan update date",
        "date of this revision", "date of revision", "revision date", "date revised", "plan revised",
        "date plan revised", "date plan updated", "plan updated on", "date updated", "updated on", "amendment date",
        "date of amendment", "date amended", "date of this amendment", "plan amended", "revised on", "amended on",
    ),
    # the date of the note or encounter the plan was written at (an EHR print's "Date of Service:"): the plan's
    # date when no plan date is written
    "document_date": (
        "date of service", "dos", "service date", "service date time", "encounter date", "date of encounter",
        "encounter", "visit date", "date of visit", "note date", "date of note", "encounter date time",
        "visit date time", "date of service time",
    ),
    "period": (
        "authorization period", "authorization period requested", "certification period", "cert period",
        "plan period", "treatment period", "plan of care period", "dates of service requested",
        "service period", "requested authorization period", "auth period", "episode dates", "plan dates",
        "poc period", "plan of care dates", "certification dates", "authorization dates",
        "requested dates of service", "dates of service", "period", "plan effective dates", "effective dates",
        "requested period", "certification from", "dates covered", "span of plan", "plan span", "poc dates",
        "cert dates", "authorization dates requested", "plan of care certification period",
        "from through", "from thru", "from to", "certification from through", "period from through",
        # "Plan effective: 03/01/2026 to 02/28/2027", "Plan year: ...": the span the plan is in force
        "plan effective", "plan in effect", "in effect", "effective", "effective period", "period covered",
        "coverage period", "plan year", "plan term", "authorization year", "service year", "treatment year",
        # "Authorization requested: 1 February 2026 through 31 August 2026": the span the request covers
        "authorization requested", "requested authorization", "authorization request", "auth requested",
        # "cert per 3/16/26-5/14/26", "auth per 3/16/26 - 9/15/26": "period" cut short
        "cert per", "certification per", "auth per", "authorization per", "poc per",
    ),
    "period.start": (
        "start date", "plan start date", "authorization start", "authorization start date", "from",
        "begin date", "start of authorization", "certification start", "certification start date",
        "plan start", "effective date", "requested start date", "service start date", "from date",
        "certification from", "certified from", "cert from", "authorized from", "authorization from",
        # the plan of care's own span ("POC start | 01/05/2026 | POC end | 04/04/2026")
        "poc start", "poc begin", "poc begins", "poc from", "plan of care start", "plan of care start date",
        "plan of care begins", "plan of care from", "certification period start", "cert period start",
        "period start", "start of period", "start of plan", "start of certification", "authorization begins",
        "plan begins", "plan effective from", "effective from", "requested start", "requested from",
    ),
    "period.end": (
        "end date", "plan end date", "authorization end", "authorization end date", "through", "to", "thru",
        "expiration date", "through date", "certification end", "certification end date", "plan end",
        "requested end date", "service end date", "to date", "expires", "authorization expires",
        "certification through", "certification thru", "certification to", "certified through", "cert through",
        "cert thru", "authorized through", "authorization through",
        "poc end", "poc end date", "poc through", "poc thru", "poc to", "poc ends", "poc expires",
        "plan of care end", "plan of care ends", "plan of care through", "plan of care thru", "plan of care to",
        "plan of care expires", "certification period end", "cert period end", "period end", "end of period",
        "end of plan", "end of certification", "certification expires", "authorization ends", "plan ends",
        "plan expires", "effective through", "effective to", "effective until", "valid through", "valid until",
        "requested end", "requested through",
    ),
    "expected_duration": (
        "expected duration", "estimated length of treatment", "length of treatment", "duration of treatment",
        "anticipated duration", "estimated duration", "duration", "treatment duration", "est duration",
        "approx duration", "approximate duration", "proj duration", "dur", "est length of treatment", "est length of stay",
        "projected length of stay", "expected length of stay", "anticipated length of stay",
        "estimated length of stay", "length of stay", "anticipated length of treatment",
        "duration of services", "expected length of treatment", "estimated duration of services",
        "estimated duration of treatment", "duration of plan", "anticipated discharge date",
        "estimated discharge date", "projected discharge date", "expected discharge date",
        "anticipated discharge", "projected discharge", "estimated completion", "plan duration",
        "duration of care", "length of service", "estimated treatment duration",
        "expected treatment duration", "anticipated end date",
        "los", "projected los", "expected los", "estimated los", "anticipated los", "est los",
    ),
    "review": (
        "next review date", "review date", "next review", "plan review date", "treatment plan review date",
        "review due", "next plan review", "next treatment plan review", "review due date", "plan review due",
        "reassessment date", "next reassessment", "re evaluation date", "reevaluation date",
        "re evaluation due", "next re evaluation", "date of next review", "scheduled review",
        "next scheduled review", "review by", "next update", "plan update due", "update due",
        "isp review date", "next isp review", "review", "target review date", "next progress review",
        "progress review date", "next review due", "progress review", "plan review", "date of review",
        "date of plan review", "date of treatment plan review",
    ),
    "recertification": (
        "recertification date", "recertification due", "recert date", "recert due", "next recertification",
        "recertification", "recertification due date", "next recert", "recert",
    ),
    "progress_report": (
        "progress report due", "next progress report", "progress report date", "progress note due",
        "progress reports", "progress report", "progress reports due", "progress report dates",
    ),
    "review.completed": (
        "last review date", "date of last review", "reviewed on", "date reviewed", "last reviewed",
        "review completed", "progress review completed", "previous review", "last plan review",
        "plan reviewed",
    ),
    "presenting_problem": (
        "presenting problem", "reason for referral", "chief complaint", "presenting concerns",
        "presenting issue", "presenting issues", "reason for treatment", "referral reason",
        "presenting symptoms", "reason for services", "problem statement", "reason for evaluation",
        "reason for admission", "statement of need", "chief complaint presenting problem",
        "history of presenting problem", "presenting problems",
    ),
    "diagnosis": (
        "diagnosis", "diagnoses", "dx", "icd 10", "icd 10 cm", "icd 10 code", "icd 10 codes", "dsm 5",
        "dsm 5 diagnosis", "diagnostic impression", "diagnosis code", "diagnosis codes", "medical diagnosis",
        "treatment diagnosis", "dx code", "icd code", "icd 10 diagnosis", "clinical diagnosis",
        "diagnosis icd 10", "other diagnoses", "additional diagnoses", "additional diagnosis",
        "behavioral health diagnosis", "mental health diagnosis", "dsm 5 icd 10", "icd 10 dsm 5",
        "referring diagnosis", "diagnosis description", "rule out", "med dx", "medical dx", "tx dx",
        "treatment dx", "dx codes",
        # the manual named before the word ("DSM-5-TR diagnoses", "ICD-10-CM diagnoses", "DSM diagnosis")
        "dsm 5 diagnoses", "dsm 5 tr", "dsm 5 tr diagnosis", "dsm 5 tr diagnoses", "dsm diagnosis", "dsm diagnoses",
        "dsm iv diagnosis", "dsm iv diagnoses", "dsm iv tr diagnosis", "icd 10 diagnoses", "icd 10 cm diagnosis",
        "icd 10 cm diagnoses", "icd diagnosis", "icd diagnoses", "dsm 5 tr icd 10 cm",
    ),
    "diagnosis.primary": (
        "primary diagnosis", "primary dx", "principal diagnosis", "primary icd 10", "primary icd 10 code",
        "diagnosis primary", "primary diagnosis code", "dx 1", "diagnosis 1", "primary", "principal dx",
        "principal diagnosis code",
    ),
    "diagnosis.secondary": (
        "secondary diagnosis", "secondary dx", "secondary diagnoses", "dx 2", "dx 3", "dx 4", "dx 5",
        "diagnosis 2", "diagnosis 3", "diagnosis 4", "secondary", "tertiary diagnosis",
        "co occurring diagnosis", "other dx", "other pertinent diagnoses", "pertinent diagnoses",
        "other diagnosis",
    ),
    # who made the diagnosis above and when ("Diagnosed by: ...", "Date of diagnosis: ...")
    "diagnosed_by": (
        "diagnosed by", "diagnosing provider", "diagnosing clinician", "diagnosing physician",
        "diagnosing psychologist", "diagnosing professional", "diagnostician", "diagnosis made by",
        "diagnosis by", "dx by", "dx made by", "diagnosing provider name", "diagnostic evaluator",
        "diagnosis confirmed by", "diagnosis established by", "diagnosing practitioner",
    ),
    "diagnosed_on": (
        "date of diagnosis", "diagnosis date", "date diagnosed", "diagnosed on", "dx date", "date of dx",
        "date of diagnostic evaluation", "diagnostic evaluation date", "date of diagnostic assessment",
        "diagnostic assessment date", "date of initial diagnosis", "initial diagnosis date",
        "diagnostic evaluation", "diagnostic evaluation completed",
    ),
    "frequency": (
        "frequency", "session frequency", "frequency of services", "frequency of sessions",
        "service frequency", "treatment frequency", "visit frequency", "frequency of visits",
        "frequency of treatment", "freq", "frequency and duration", "frequency intensity",
        "frequency of contact", "how often", "frequency duration", "freq dur",
        # "VISITS: 2 per week x 12 weeks": how often the visits are
        "visits", "visits per week", "sessions per week", "visit schedule", "therapy frequency",
        "frequency of therapy", "frequency of care",
    ),
    "amount": (
        "session length", "session duration", "length of session", "duration of session",
        "minutes per session", "amount", "units", "units requested", "units per session", "session time",
        "time per session", "length of sessions", "amount of service", "minutes", "session", "visit length",
        "length of visit",
    ),
    "hours_per_week": (
        "hours per week", "hours requested", "weekly hours", "requested hours", "intensity",
        "direct hours per week", "hours week", "total hours per week", "recommended hours", "hours",
        # an EHR column's short caption ("Hrs/Wk", "Hrs/week", "Hours/wk")
        "hrs wk", "hrs week", "hours wk", "hrs per wk", "hours per wk", "weekly hrs",
    ),
    "service": (
        "service", "services", "requested service", "service requested", "services requested", "cpt",
        "cpt code", "hcpcs", "procedure code", "service code", "cpt codes", "billing code", "modality",
        "services to be provided", "recommended services", "type of service requested", "svc", "svcs",
        "type of treatment", "treatment modality", "visit orders", "orders",
        # "Type/amount/frequency: Individual psychotherapy (90834), 45-minute sessions, weekly"
        "type amount frequency", "type amount and frequency", "type frequency amount",
        "type amount frequency duration", "type amount frequency and duration",
    ),
    "assessment": (
        "assessment", "assessments", "standardized assessment", "assessment tool", "assessment tools",
        "instrument", "assessment results", "standardized measures", "outcome measure", "outcome measures",
        "assessments administered", "test administered", "screening", "standardized tests", "measures used",
        "assessments this period", "assessments completed", "assessments used", "assessments conducted",
        "assessments given", "most recent assessment", "most recent standardized assessment",
    ),
    "interventions": (
        "planned interventions", "interventions", "treatment interventions", "modalities", "strategies",
        "treatment modalities", "treatment", "rx", "treatment approach", "methods", "approaches",
        "methods approaches", "strategies and frequency", "treatment methods",
        "tx",  # "Tx: CBT, behavioral activation" under a goal: its treatment, in the common shorthand
        # "how: RP group daily, indiv counseling 1x/wk" under a goal: how it will be reached
        "how", "how we will help", "how staff will help",
    ),
    "plan_title": ("title", "document", "form"),
    # labels recognised so that they do not fuzzily match something else; their values are kept as text
    "other": (
        "assessment date", "date of assessment", "date of service", "dos", "printed", "print date",
        "date printed", "time", "page", "location", "phone", "address", "fax", "email", "gender", "sex",
        "age", "pronouns", "race", "ethnicity", "language", "primary language", "school", "grade",
        "emergency contact", "pharmacy", "allergies", "status", "referral source", "referred by", "last seen",
        "visit type", "encounter", "encounter date", "place of service", "pos", "mrn", "medical record no",
        "medical record number", "medical record #", "record #", "record no", "record number", "case #",
        "case no", "case number", "chart #", "chart number", "account #", "account number", "provider no",
        "provider number", "onset", "date of onset", "onset date", "surgery date", "date of surgery",
        "rehab potential", "rehabilitation potential", "prognosis", "medications", "dme and supplies",
        "safety measures", "nutritional req", "functional limitations", "activities permitted",
        "mental status", "homebound status", "secondary insurance",
        "diagnostic instruments", "diagnostic tools", "diagnostic measures", "instruments used",
        "tools used", "diagnostic criteria used", "medical history", "relevant history",
        "relevant medical history", "history relevant to treatment", "medical history relevant to treatment",
        "pertinent history", "pertinent medical history", "past medical history", "pmh", "medical hx",
    ),
    "date": ("date", "date signed", "signed date", "date of signature"),
}
# fmt: on

# fmt: off
SUBFIELDS: dict[str, tuple[str, ...]] = {
    "baseline": (
        "baseline", "current level", "present level", "current performance", "baseline data",
        "baseline level", "current status", "present level of performance", "baseline performance",
        "current baseline", "baseline score", "baseline measure", "baseline frequency", "current functioning",
        "plof", "prior level of function", "current level of functioning", "current level baseline",
        "baseline current level", "present level baseline", "baseline present level", "current baseline level",
    ),
    "target": (
        "target", "target level", "criterion", "desired outcome", "expected outcome", "target score",
        "goal level", "target behavior level", "expected level", "outcome",
    ),
    "target_date": (
        "target date", "target completion date", "target achievement date", "projected completion date",
        "expected completion date", "estimated completion date", "due date", "anticipated completion date",
        "goal date", "achieve by", "completion date", "date to be achieved", "by date", "projected date",
        "expected date of achievement", "target dates", "estimated date of achievement",
        "target date for completion", "projected achievement date", "anticipated achievement date",
        "expected achievement date", "deadline", "date to be met", "to be achieved by", "target completion",
        "estimated achievement date", "by", "estimated completion", "expected completion", "anticipated completion",
        "projected completion", "completion", "target completion date", "goal target date", "date of completion",
        # ABA: the date a goal is expected to be mastered
        "mastery date", "projected mastery date", "anticipated mastery date", "expected mastery date",
        "target mastery date", "estimated mastery date", "est mastery date", "date of mastery", "mastery by",
        "projected mastery", "anticipated mastery", "expected mastery", "target date for mastery",
    ),
    "time_frame": (
        "time frame", "timeframe", "time line", "target time frame", "expected time frame",
        "anticipated time frame", "within",
    ),
    "mastery_criteria": (
        "mastery criteria", "mastery criterion", "mastery", "criteria for mastery", "criterion for mastery",
        "success criteria", "criteria", "mastery criteria met when", "mastered when", "criteria for success",
        "generalization criteria",
        # IEP-style goals: "Evaluation criteria: 8 of 10 opportunities across 3 consecutive school days"
        "evaluation criteria", "evaluation criterion", "criteria for evaluation",
    ),
    "measure": (
        "measure", "measurement", "measured by", "measurement method", "data collection",
        "method of measurement", "evaluation method", "how measured", "assessment method", "evidence",
        "measurement tool", "data collection method", "how progress will be measured", "progress measured by",
        "method",
    ),
    "domain": (
        "area", "domain", "goal area", "skill area", "program area", "category", "area of need", "life area",
        "goal domain", "functional area", "skill domain",
        "target behavior", "target behaviour", "target skill", "behavior targeted", "skill targeted",
    ),
    "status": (
        "status", "progress", "goal status", "current progress", "progress to date", "date initiated",
        "start date", "date opened", "date established", "initiated", "date added", "priority",
    ),
    "responsible": (
        "responsible", "responsible staff", "responsible party", "person responsible", "staff responsible",
        "provided by", "responsible person", "who", "staff", "responsible provider", "responsible discipline",
        "implemented by", "delivered by", "by whom", "responsible clinician",
    ),
    "frequency": ("frequency", "how often", "freq", "session frequency", "frequency of intervention"),
    "amount": (
        "amount", "session length", "duration of session", "length of session", "minutes", "units",
        "session duration", "time",
    ),
    "duration": ("duration", "length", "for how long", "duration of intervention", "intervention duration"),
    "service_code": ("cpt", "cpt code", "hcpcs", "code", "service code", "billing code", "procedure code"),
    "modality": ("modality", "type", "approach", "method of delivery", "setting"),
}
# fmt: on


# the Spanish of bilingual forms ("Fecha de nacimiento", "Diagnosticado por", "Línea base"): see docx.spanish
_SPANISH_ONLY = frozenset(
    {normalize_label(label) for labels in FIELDS_ES.values() for label in labels}
    - {normalize_label(label) for labels in FIELDS.values() for label in labels}
)
for _key, _labels in FIELDS_ES.items():
    FIELDS[_key] = FIELDS.get(_key, ()) + _labels
_SPANISH_SUB_ONLY = frozenset(
    {normalize_label(label) for labels in SUBFIELDS_ES.values() for label in labels}
    - {normalize_label(label) for labels in SUBFIELDS.values() for label in labels}
)
for _key, _labels in SUBFIELDS_ES.items():
    SUBFIELDS[_key] = SUBFIELDS.get(_key, ()) + _labels


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for key, labels in table.items():
        for label in labels:
            index.setdefault(normalize_label(label), key)
    return index


FIELD_INDEX = _index(FIELDS)
_SUBFIELD_INDEX = _index(SUBFIELDS)
# fuzzy matching (for typos) is against the English labels: "Diagnostic" is no misspelt "diagnostico"
_FIELD_CHOICES = [label for label in FIELD_INDEX if len(label) >= 6 and label not in _SPANISH_ONLY]
_SUBFIELD_CHOICES = [label for label in _SUBFIELD_INDEX if len(label) >= 6 and label not in _SPANISH_SUB_ONLY]


def _lookup(label: str, index: dict[str, str], choices: list[str]) -> str | None:
    key = normalize_label(label)
    if not key:
        return None
    if key in index:
        return index[key]
    bare = normalize_label(re.sub(r"\([^)]*\)", " ", label))
    if bare and bare in index:
        return index[bare]
    if len(bare) >= 6 and not has_digit(bare):  # "Goal 12": numbered labels are not typos
        found = process.extractOne(bare, choices, scorer=fuzz.ratio, score_cutoff=91)
        if found and found[0][0] == bare[0] and abs(len(found[0]) - len(bare)) <= 3:
            return index[found[0]]
        slipped = _one_slip(bare, index, choices) if label.isascii() else None  # ("Evaluación" is no slip of a label)
        if slipped is not None:
            return slipped
    return _ocr_lookup(bare, index) if label.isascii() else None


_OCR_SHORTEST = 6  # letters of a label read through OCR slips ("Dale" alone is a name, not the label "Date")


_OCR_INDEXES: dict[int, dict[str, str | None]] = {}


def _ocr_lookup(bare: str, index: dict[str, str]) -> str | None:
    """The field of a label read through OCR slips: its folded form equals the folded form of known labels of one field
    only, and it has some letters (not one short word)."""
    if sum(ch.isalpha() for ch in bare) < _OCR_SHORTEST:
        return None
    folded = _OCR_INDEXES.get(id(index))
    if folded is None:
        folded = {}
        for known, field in index.items():
            key = ocr_fold(known)
            folded[key] = field if folded.get(key, field) == field else None  # two fields alike: neither
        _OCR_INDEXES[id(index)] = folded
    return folded.get(ocr_fold(bare))


def _one_slip(bare: str, index: dict[str, str], choices: list[str]) -> str | None:
    """ "Frequancy", "Assesment", "Diagnsis": a label of seven letters or more one typing slip (a letter wrong, missing,
    extra or two swapped) from a known label, which the ratio scores under its cutoff in a short word. The slip must
    leave the first and last letters alone, so that another word's ending is no slip ("Diagnosed" is not "Diagnoses",
    "Serviced" not "Services"), and all labels that near must name one field."""
    if len(bare) < 7:
        return None
    near = process.extract(bare, choices, scorer=DamerauLevenshtein.distance, score_cutoff=1, limit=None)
    keys = {index[label] for label, _, _ in near if one_word_slip(bare, label, 7)}
    return keys.pop() if len(keys) == 1 else None


def one_word_slip(written: str, known: str, shortest: int) -> bool:
    """Whether `written` is `known` with a slip in one word of `shortest` letters or more that leaves the word's first
    and last letters alone ("frequancy" for "frequency"; not "tp date" for "to date", nor "diagnosed" for "diagnoses")."""
    pairs = [(a, b) for a, b in zip(written.split(), known.split()) if a != b]
    if len(written.split()) != len(known.split()) or len(pairs) != 1:
        return False
    a, b = pairs[0]
    return (
        min(len(a), len(b)) >= shortest and a[0] == b[0] and a[-1] == b[-1] and DamerauLevenshtein.distance(a, b) == 1
    )


# Abbreviations plans write in labels ("Plan Dt", "Tx Dx", "Svc", "Pt. Name"), expanded when a label is not known.
_ABBREVIATIONS = {
    "dt": "date", "tx": "treatment", "svc": "service", "svcs": "services", "freq": "frequency", "dur": "duration",
    "eval": "evaluation", "1st": "first", "med": "medical", "pt": "patient", "hx": "history", "appt": "appointment",
    "auth": "authorization", "cert": "certification", "recert": "recertification", "adm": "admission",
    # a plan's own initials: "TP date" (treatment plan), "IPOC date" (individualized plan of care)
    "tp": "treatment plan", "ipoc": "plan of care",
}
# Words naming someone other than the client: "Mother date of birth" is not the client's date of birth.
_OTHER_PERSON = {
    "mother", "father", "parent", "parents", "guardian", "spouse", "emergency", "referring", "sibling", "caregiver",
    "teacher", "pcp", "physician", "therapist", "clinician", "provider", "counselor", "staff", "supervisor",
    "prescriber", "agency", "school", "contact", "secondary", "previous", "prior", "last",
    # nor is a date qualified as another time or another document's ("Next update date", "Form revision date")
    "next", "upcoming", "following", "form",
}
# Known labels of one word that may follow a qualifier ("Client DOB", "Maintenance admission").
_SHORT_TAILS = {"dob", "mbi", "cin", "bic", "admission", "admitted", "intake"}
# the words that end an identifier's label ("Medicaid No.", "Policy Number", "MBI #")
_NUMBER_WORDS = {"no", "number", "num", "nbr", "#"}
_BOX_NUMBER = re.compile(r"^\s*\d{1,2}(?:\s*\.\s*[A-Za-z])?\s*[.)]\s+")
_ALTERNATIVES = re.compile(r"\s*/\s*|\s+&\s+|\s+and\s+", re.IGNORECASE)


def _expanded(key: str) -> str:
    words = key.split()
    if len(words) < 2:
        return key
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)


def expand_abbreviations(label: str) -> str:
    """A label of two words or more normalised with its abbreviations written out: "Pt name" -> "patient name",
    "Tx plan dt" -> "treatment plan date" (a word alone, "Pt", is left as written)."""
    return _expanded(normalize_label(label))


def _simple_field_key(label: str) -> str | None:
    """A label as written, its abbreviations expanded, or a known label after a qualifier ("Florida Medicaid ID")."""
    found = _lookup(label, FIELD_INDEX, _FIELD_CHOICES)
    if found:
        return found
    bare = normalize_label(re.sub(r"\([^)]*\)", " ", label))
    expanded = _expanded(bare)
    if expanded != bare and expanded in FIELD_INDEX:
        return FIELD_INDEX[expanded]
    words = expanded.split()
    if len(words) >= 2 and words[-1] in _NUMBER_WORDS:
        # "Medicaid No.", "Policy Number", "MBI #", "Medicaid ID No.": the same identifier as "Medicaid ID"
        stem = words[:-1] if words[-2] == "id" else [*words[:-1], "id"]
        for tried in (" ".join(stem), " ".join(words[:-1])):
            if FIELD_INDEX.get(tried) == "patient.member_id":
                return "patient.member_id"
    for start in range(1, len(words)):
        if words[start - 1] in _OTHER_PERSON:
            break
        tail = words[start:]
        text = " ".join(tail)
        if (len(tail) >= 2 or text in _SHORT_TAILS) and text in FIELD_INDEX:
            key = FIELD_INDEX[text]
            return key if key != "other" else None
    return None


# the details a box asks for beside who made a diagnosis: "credential", "license", "title", "NPI", "name", or a date
_DIAGNOSTICIAN_DETAIL = re.compile(r"(?:credentials?|licen[cs]e(?:\s*(?:no|number|#))?|title|npi|name|discipline)\.?")


def _diagnostician_details(label: str) -> bool:
    """True for a box asking who made the diagnosis with their details and the date ("Diagnosing provider,
    credential and date of evaluation", "Diagnosed by, license no. and date"): the evaluation named there is the
    diagnostic one, not the plan's first treatment."""
    pieces = [p.strip() for p in re.split(r"\s*,\s*|\s*/\s*|\s+and\s+|\s+&\s+", label) if p.strip()]
    if len(pieces) < 3 or _simple_field_key(pieces[0]) != "diagnosed_by":
        return False
    return all(_diagnostician_detail(p) for p in pieces[1:])


def _diagnostician_detail(piece: str) -> bool:
    key = _simple_field_key(piece)
    return (
        _DIAGNOSTICIAN_DETAIL.fullmatch(normalize_label(piece)) is not None
        or key in ("date", "diagnosed_on")
        or (key == "first_treatment_date" and re.search(r"evaluat|assess", piece, re.IGNORECASE) is not None)
    )


def label_parts(label: str) -> list[tuple[str, str | None]]:
    """The alternatives of a compound label ("Health plan / Member ID", "Eval/1st Tx") with the field each names."""
    bare = re.sub(r"\([^)]*\)", " ", _BOX_NUMBER.sub("", label))  # "(SPECIFY AMOUNT/FREQUENCY)" is a note
    parts = [p.strip() for p in _ALTERNATIVES.split(bare) if p.strip()]
    if len(parts) < 2:
        return []
    return [(part, _simple_field_key(part) or (subfield_key(part) and None)) for part in parts]


def _combined(keys: list[str]) -> str | None:
    """One field for the parts of a compound label, when they agree (or one is the more specific)."""
    named = [k for k in keys if k not in ("date", "other")]
    distinct = set(named)
    if len(distinct) == 1:
        return named[0]
    if distinct and all(k.startswith("diagnosis") for k in distinct):
        specific = [k for k in named if k != "diagnosis"]
        return specific[0] if len(set(specific)) == 1 else None
    if distinct == {"frequency", "expected_duration"}:
        return "frequency"  # "Freq/Dur: 2x/wk x 8 wks": the frequency reader takes the duration too
    if distinct == {"interventions", "frequency"}:
        return "interventions"  # "Interventions and frequency: group therapy 3 hours per day, ...": each with its own
    if distinct and distinct <= {"review", "progress_report", "recertification"}:
        return named[0]  # "Plan review / progress report due": one scheduled review
    if "period.end" in distinct and distinct <= {"period", "period.start", "period.end"}:
        return "period"  # "Cert. from / to", "POC from / through": both ends of the period in one value
    return None


# the order a name box asks for: "last name, first name, M.I.", "Last/First/MI", "surname, given name"
_NAME_ORDER = re.compile(
    r"\b(?:last|sur|family)(?:\s*name)?\s*[,/]\s*(?:first|given)(?:\s*name)?"
    r"(?:\s*[,/]\s*(?:middle(?:\s+(?:name|initial))?|m\.?\s*i\b\.?))?"
    r"|\b(?:first|given)(?:\s*name)?\s*[,/]\s*(?:(?:middle(?:\s+initial)?|m\.?\s*i\b\.?)\s*[,/]\s*)?"
    r"(?:last|sur|family)(?:\s*name)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def field_key(label: str) -> str | None:
    """The plan field a label names ("Clinician NPI" -> "provider.npi"), or None.

    Besides the vocabulary (exact, then fuzzy), a label is tried without its form-box number ("3. Certification
    Period"), with abbreviations expanded ("Plan Dt"), as a known label after a qualifier ("Florida Medicaid ID"),
    and as alternatives that agree ("Start of care / evaluation date", "MA / Medicare ID").
    """
    key = normalize_label(label)
    if label.strip(" .:") in ("Pt", "pt"):
        return "patient.name"  # "Pt:" in an EHR print, "pt:" in shorthand is the patient ("PT:" is a physical therapist)
    if re.search(r"\bnpi\b", key):
        return "provider.npi"
    if "signature" in key or key.startswith("signed") or key.endswith(" signed"):
        return "signature"
    found = _lookup(label, FIELD_INDEX, _FIELD_CHOICES)
    if found:
        return found
    unnumbered = _BOX_NUMBER.sub("", label)
    if unnumbered != label:
        found = _lookup(unnumbered, FIELD_INDEX, _FIELD_CHOICES)
        if found:
            return found
    if _NAME_ORDER.search(unnumbered):
        # "1. PATIENT'S LAST NAME, FIRST NAME, M.I.": a name box that spells out the order the name is written in
        named = _NAME_ORDER.sub(" name ", unnumbered)
        return field_key(named) if _NAME_ORDER.search(named) is None else None
    if _diagnostician_details(unnumbered):
        return "diagnosed_by"
    parts = label_parts(label)
    if parts:
        found = _combined([k for _, k in parts if k])
        if found is None:
            # "Inicio / Start of care": when the Spanish half reads otherwise, the English half says what is meant
            english = [k for part, k in parts if k and normalize_label(re.sub(r"\([^)]*\)", " ", part)) not in _SPANISH_ONLY]
            if len(english) < len([k for _, k in parts if k]):
                found = _combined(english)
        return found
    found = _simple_field_key(unnumbered)
    if found is None and _QUALIFIER.match(unnumbered):
        found = _lookup(_QUALIFIER.sub("", unnumbered), FIELD_INDEX, _FIELD_CHOICES)  # "Recommended Frequency"
    if found is None:
        span = _SPAN_OF.match(normalize_label(unnumbered))
        if span is not None and _lookup(span.group("head"), FIELD_INDEX, _FIELD_CHOICES) == "expected_duration":
            found = "expected_duration"  # "Expected duration of IOP", "Estimated length of stay in residential"
    if found is None and _MORE_OF.search(unnumbered):
        # "Anticipated additional duration", "Remaining length of treatment": how much longer an updated plan runs
        more = _lookup(_MORE_OF.sub(" ", unnumbered).strip(), FIELD_INDEX, _FIELD_CHOICES)
        found = more if more == "expected_duration" else None
    if found is None and _FIRST_PERSON.match(unnumbered):
        # a plan written in the client's voice: "My name", "My birthday", "My counselor"
        found = _lookup(_FIRST_PERSON.sub("", unnumbered), FIELD_INDEX, _FIELD_CHOICES)
    if found is None:
        # "Certification period from" / "Plan of care dates through": one end of a period, each in a box of its own
        end = _PERIOD_END.match(normalize_label(unnumbered))
        if end is not None and _lookup(end.group("head"), FIELD_INDEX, _FIELD_CHOICES) == "period":
            found = "period.start" if end.group("end") in ("from", "begins", "start", "starts") else "period.end"
    if found is None:
        qualified = qualified_quantity(unnumbered)
        found = qualified[0] if qualified is not None else None  # "Frequency — individual", "Group frequency"
    return found


# the kinds of service a frequency or session-length label may name beside its noun ("Frequency — individual",
# "Session length (group)", "Med management frequency")
_SERVICE_KIND = re.compile(
    r"\b(?:individual|group|family|couples?|marital|conjoint|medications?|meds?|psychiatric|psychiatry|therapy|"
    r"psychotherapy|counseling|counselling|case\s+management|skills|nursing|aide|peer|pt|ot|st|slp|speech|physical|"
    r"occupational|aba|parent|caregiver|tcm|cbt|dbt|emdr|play|art|music|rehab|rehabilitation)\b",
    re.IGNORECASE,
)
_DASH_QUALIFIED = re.compile(r"^\s*(?P<head>[A-Za-z][A-Za-z ]{2,30}?)\s+[—–-]\s+(?P<kind>[A-Za-z][A-Za-z /&.'-]{1,40}?)\s*$")
_PAREN_QUALIFIED = re.compile(r"^\s*(?P<head>[A-Za-z][A-Za-z ]{2,30}?)\s*\((?P<kind>[A-Za-z][A-Za-z /&.'-]{1,40})\)\s*$")
_KIND_FIRST = re.compile(
    r"^\s*(?P<kind>[A-Za-z][A-Za-z /&.'-]{1,40}?)\s+(?P<head>frequency|freq\.?|session\s+length|visit\s+length|"
    r"session\s+duration|length\s+of\s+sessions?)\s*$",
    re.IGNORECASE,
)
_QUANTITY_KEYS = ("frequency", "amount")


@lru_cache(maxsize=4096)
def qualified_quantity(label: str) -> tuple[str, str] | None:
    """The quantity ("frequency" or "amount") and the kind of service a label names together: ("frequency",
    "individual") of "Frequency — individual" and "Frequency (individual)", ("amount", "group") of "Session length
    (group)", ("frequency", "Group therapy") of "Group therapy frequency". None for a quantity label alone, one known
    as a whole ("Therapy frequency"), or one qualified by a note ("Frequency (revised 01/09/2026)", "Units (auth
    period)")."""
    if normalize_label(label) in FIELD_INDEX:
        return None
    for pattern in (_DASH_QUALIFIED, _PAREN_QUALIFIED, _KIND_FIRST):
        match = pattern.match(label)
        if match is None:
            continue
        kind = " ".join(_QUALIFIER.sub("", match.group("kind")).split()).strip(" -–—/&.")
        key = _lookup(match.group("head"), FIELD_INDEX, _FIELD_CHOICES)
        if key in _QUANTITY_KEYS and kind and _SERVICE_KIND.search(kind):
            return key, kind
    return None


_PERIOD_END = re.compile(r"^(?P<head>\w.*?)\s+(?P<end>from|begins|start|starts|through|thru|to|until|ends|end)$")


# a span label naming what it is the span of ("Expected duration of IOP", "Anticipated length of stay in detox")
_SPAN_OF = re.compile(
    r"^(?P<head>(?:expected|estimated|anticipated|projected|approximate|planned|est|approx)\s+"
    r"(?:duration|length(?:\s+of\s+(?:stay|treatment|service|services))?|los))\s+(?:of|for|in|at)\s+\S.{0,40}$"
)
_FIRST_PERSON = re.compile(r"^\s*(?:my|your)\s+(?=\S)", re.IGNORECASE)
_MORE_OF = re.compile(r"\b(?:additional|remaining|further|continued|extended)\s+(?=\S)", re.IGNORECASE)


# Words that qualify a label without changing what it names ("Recommended frequency", "Requested units")
_QUALIFIER = re.compile(
    r"^\s*(?:recommended|requested|planned|proposed|prescribed|ordered|approved|authori[sz]ed|current|total|"
    r"initial)\s+(?=\S)",
    re.IGNORECASE,
)


# the words of a label dating this version of a plan that updates, reviews, revises or recertifies an earlier one:
# "Date of this annual update", "This 90-day review", "Date of this progress report", "Recert written", "Update
# prepared on" (the words after normalize_label)
_VERSION_NOUN = (
    r"(?:update|revision|amendment|addendum|report|review|recertification|recert|re certification|reauthorization|"
    r"re authorization|re evaluation|reevaluation|reassessment)"
)
_VERSION_WORDS = re.compile(
    rf"\bthis\s+(?:[a-z0-9]+\s+){{0,3}}?{_VERSION_NOUN}\b(?!\s+(?:due|scheduled|planned|period|episode)\b)|"
    r"\b(?:update|revision|amendment|addendum|recertification|recert|re certification|reauthorization|"
    r"re authorization|progress report)\s+(?:written|prepared|created|developed|dated|made)\b"
)


def version_date_label(label: str) -> bool:
    """True for a label that dates this version of an updated plan ("Date of this annual update", "Recert written"),
    not a review to come ("Next update due") nor an earlier one ("Last review")."""
    words = _expanded(normalize_label(_BOX_NUMBER.sub("", label)))
    if not words or len(words.split()) > 8 or re.search(r"\b(?:next|last|previous|prior|due|upcoming)\b", words):
        return False
    return _VERSION_WORDS.search(words) is not None


# What a label whose value is a date is about, by its words, when the label itself is not in the vocabulary
# ("Plan of care established", "Maintenance admission", "Next treatment plan update due"). Checked in order.
_DATE_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("none", re.compile(
        r"\b(?:sign(?:ed|ature)?|received|printed?|onset|surgery|injury|discharged?|death|died|referr(?:al|ed)|"
        r"diagnosed|diagnosis|dx|last|previous|prior|expir\w*|end|ends|ending|through|thru|until|from|to|"
        r"administered|assessed|tested|test|screen\w*|birthday|hospitali[sz]\w*|incident|arrest|court)\b"
    )),
    ("patient.birth_date", re.compile(r"\b(?:birth|dob|born)\b")),
    # a review still to come, said as a sentence: "This plan will be reviewed by", "To be updated no later than"
    ("review", re.compile(r"\b(?:will|to|shall)\s+be\s+(?:reviewed|updated|re ?evaluated|reassessed|revised)\b")),
    # the date of this version of a plan that updates an earlier one ("Date of this annual update", "Recert written")
    ("plan_date", _VERSION_WORDS),
    # the span a recertification or reauthorization covers ("Recert period: 04/03/2026 - 06/30/2026"), no review date
    ("period", re.compile(
        r"\b(?:recert\w*|re certification|reauthori[sz]ation|re authori[sz]ation|renewal)\s+(?:period|episode|span|dates)\b"
    )),
    ("review", re.compile(r"\b(?:review|reviews|update|re ?evaluation|reassessment|recert\w*|progress report)\b")),
    # the start of the client's stay in a program: "Maintenance start", "Program start", "Start of services"
    ("admission_date", re.compile(
        r"\b(?:maintenance|program|services?|enrollment|residential|detox(?:ification)?|induction|opening)\s+"
        r"(?:start|started|starts|began|begun|begins|entry|entered|commenced)\b|"
        r"\b(?:start|began|beginning|commencement)\s+of\s+(?:maintenance|program|services?|enrollment|residential|"
        r"detox(?:ification)?|induction)\b"
    )),
    ("period", re.compile(r"\b(?:certification|authori[sz]ation|period|episode|span)\b")),
    ("admission_date", re.compile(r"\b(?:admission|admitted|admit|intake|enrollment|enrolled)\b")),
    ("first_treatment_date", re.compile(
        r"\b(?:evaluation|eval|evaluated|start of care|soc|(?:started|began|begun) (?:services|treatment|therapy)|"
        r"(?:treatment|therapy) (?:start|started|began|begun)|start of (?:treatment|therapy)|"
        r"(?:first|initial|1st) (?:(?:pt|ot|st|slp|patient|speech|therapy|"
        r"physical therapy|occupational therapy|speech therapy)\s+)?(?:visit|treatment|session|service|assessment))\b"
        # ("Initial treatment plan: 01/10/2024" dates the first plan, not the first treatment)
        r"(?! plan\b)"
    )),
    # (an IEP is a student's plan: "IEP meeting date" is the day it was made)
    ("plan_date", re.compile(r"\b(?:plan|poc|isp|itp|pot|iep)\b")),
    # the document's own date written as a bare participle before it: "Prepared March 2, 2026 for Ana Ruiz"
    ("plan_date", re.compile(r"^(?:prepared|written)$")),
]


_ADMITTED_TO = re.compile(
    r"^(?:date\s+(?:of\s+)?)?(?:admission|admitted|admit|enrollment|enrolled)\s+(?:date\s+)?(?:to|into|in)\s+"
    r"(?!.*\b(?:sign\w*|discharg\w*|prior|previous|last|end|through|until)\b)"
)


# the client's case opened at the agency: "Opened to clinic (intake)", "Case opened", "Date opened", "Chart opened"
_OPENED = re.compile(
    r"^(?:(?:date\s+)?(?:case|chart|file|record|client)\s+)?(?:date\s+)?opened"
    r"(?:\s+(?:to|at|in|with)\s+(?:the\s+)?(?:clinic|program|agency|services?|practice|outpatient|treatment|op))?"
    r"(?:\s+(?:date|intake|admission))?$"
)


@lru_cache(maxsize=4096)
def date_label_key(label: str) -> str | None:
    """For a label whose value is a date but whose words are not a known label, the plan field its words name:
    "Plan of care established" -> plan_date, "Maintenance admission" -> admission_date, "Date of Eval" ->
    first_treatment_date, "Treatment plan update due" -> review; None when they name none or something else
    (a signature, an onset, a discharge, a last review)."""
    words = _expanded(normalize_label(_BOX_NUMBER.sub("", label)))
    if words in ("cert", "recert", "eval", "adm", "auth"):
        words = _ABBREVIATIONS[words]  # "Cert: 02/09/2026 - 04/09/2026": a date word alone, abbreviated
    if not words or len(words.split()) > 8:
        return None
    if _ADMITTED_TO.match(words) or _OPENED.match(words):
        return "admission_date"  # "Admission to maintenance", "Admitted to residential": where, not a range
    for key, pattern in _DATE_WORDS:
        if pattern.search(words):
            return None if key == "none" else key
    return None


@lru_cache(maxsize=8192)
def subfield_key(label: str) -> str | None:
    """The goal/objective/intervention fact a label names ("Mastery criteria" -> "mastery_criteria"), or None.

    A label is also tried without an item number ("Target Date #1", "Baseline 2") and without the element it
    qualifies ("Goal target date", "LTG Target Date", "Objective status")."""
    found = _lookup(label, _SUBFIELD_INDEX, _SUBFIELD_CHOICES)
    if found is not None:
        return found
    expanded = _expanded(normalize_label(label))
    if expanded != normalize_label(label) and expanded in _SUBFIELD_INDEX:
        return _SUBFIELD_INDEX[expanded]  # "target dt", "tx freq": a fact's label in shorthand
    unnumbered = _ITEM_NUMBER.sub("", label).strip()
    for bare in (unnumbered, _ELEMENT_QUALIFIER.sub("", unnumbered).strip()):
        if bare and bare != label.strip():
            found = _lookup(bare, _SUBFIELD_INDEX, _SUBFIELD_CHOICES)
            if found is not None:
                return found
    return None


# "Target Date #1", "Baseline 2", "Status 1.1": a fact label numbered after the element it belongs to
_ITEM_NUMBER = re.compile(r"\s*(?:#\s*)?\d{1,2}(?:\.\d{1,2})*[a-z]?\s*$", re.IGNORECASE)
# "Goal target date", "LTG Target Date", "Objective status": the element a fact belongs to, before the fact
_ELEMENT_QUALIFIER = re.compile(
    r"^(?:long[\s-]*term\s+goal|short[\s-]*term\s+(?:goal|objective)|goal|objective|obj\.?|ltg|stg|sto|lto|"
    r"intervention|problem|need)\s+(?=\S)",
    re.IGNORECASE,
)


# ----------------------------------------------------------------------------------------------
# Element labels: the start of a problem, goal, objective or intervention.

# "1", "1.1", "1a", "1.1.a", "#2.1.a.1", "A", "iv": outline numbers of any depth
_NUM = (
    r"(?:\s*(?:#|no\.?|number)?\s*(?P<num>\d{1,3}(?:[.-]\d{1,2}(?!\d)|[.-]?[a-z](?![a-z]))*"  # "1.1", "1-A", "2-1"
    r"|(?!a1c\b)[a-z][.-]?\d{1,2}(?:\.\d{1,2}|\.?[a-z](?![a-z]))*\b"  # "A1", "A.1", "W-2": goal A's objectives
    r"|[a-z]\b|[ivx]{1,4}\b))?"
)
# "Problem/Need 1", "Short Term Goal / Objective": a second name for the same element
_ALSO = r"(?:\s*/\s*[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)?"
# a note in parentheses, which may hold parentheses of its own ("Long-term goals (by 3/30/2026 (12 weeks)):")
_PAREN = r"(?:\s*\((?P<paren>(?:[^()]|\([^()]{0,30}\)){1,60})\))?"
_KINDS = [
    (
        "problem",
        r"(?:identified\s+)?(?:problema|necesidad|[áa]rea\s+de\s+necesidad|problem|need|issue|concern|problem\s+area|"
        r"area\s+of\s+need|barrier|prob\.?)",
    ),
    (
        "goal",
        r"(?:long[\s-]*term\s+goal|ltg|lto|lrg|annual\s+goal|goal|treatment\s+goal|functional\s+goal|behavior\s+goal|"
        r"skill\s+acquisition\s+goal|behavior\s+reduction\s+goal|caregiver\s+goal|parent\s+training\s+goal|"
        r"(?:caregiver|parent|family)\s+(?:training\s+|education\s+)?goal|skill[\s-]+building\s+goal|"
        r"behaviou?r\s+(?:reduction|decrease|intervention)\s+goal|replacement\s+(?:behaviou?r|skill)\s+goal|"
        r"(?:communication|social(?:\s+skills?)?|adaptive(?:\s+behaviou?r)?|self[\s-]+care|daily\s+living|safety|"
        r"play|academic|language|motor|feeding|toileting)\s+goal|"
        r"long[\s-]*range\s+goal|discharge\s+goal|recovery\s+goal|rehab(?:ilitation)?\s+goal|"
        # Spanish forms: "Meta 1", "Meta a largo plazo", "Objetivo general"
        r"meta\s+a\s+largo\s+plazo|objetivo\s+a\s+largo\s+plazo|objetivo\s+general|meta(?!\s+a\s+corto))",
    ),
    (
        "objective",
        r"(?:short[\s-]*term\s+(?:goal|objective)|stg|sto|srg|objective|obj\.?|benchmark|measurable\s+objective|"
        r"short[\s-]*range\s+goal|target|sub[\s-]*goal|action\s+step|step|"
        r"meta\s+a\s+corto\s+plazo|objetivo\s+a\s+corto\s+plazo|objetivo\s+espec[íi]fico|objetivo)",
    ),
    (
        "intervention",
        r"(?:intervention|treatment\s+intervention|planned\s+intervention|clinical\s+intervention|"
        r"strategy|modality|method|approach|intervenci[óo]n|intervenciones|estrategia)",
    ),
]
# "Meta 1 / Goal 1", "Objective 1a / Objetivo 1a": the numbered label written again in a second language
_ANY_KIND = "|".join(pattern for _, pattern in _KINDS)
_ALSO_NUMBERED = rf"(?:\s*/\s*(?:{_ANY_KIND})\s*(?:#\s*)?\d{{1,3}}(?:\.\d{{1,2}}|\.?[a-z](?![a-z]))*)?"
_ELEMENT_RE = re.compile(
    r"^(?P<label>(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _KINDS)
    + rf")(?P<plural>s)?{_ALSO}{_NUM}{_ALSO_NUMBERED}{_PAREN})\s*(?:(?:[:\-–—)]|\.(?!\d))\s*|(?<=\S)(?:\s{{2,}}|\t\s*)(?=\S)|"
    rf"(?<=[\d.-][a-z0-9])\s(?=\S)|(?<=\s[a-z]\d)\s(?=\S)|(?<=\d|\.)\s(?=\S)|\s*$)(?P<value>.*)$",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class ElementLabel:
    """A recognised element start: kind, its label as written, number, parenthesised note, and the value."""

    kind: str  # problem | goal | objective | intervention
    label: str
    plural: bool
    number: str | None
    note: str | None
    value: str
    long_term: bool | None  # True for LTG/long-term goal, False for STG/short-term goal, None otherwise


_ELEMENT_START = re.compile(
    r"^(?:identified\s+)?(?:prob|need|issue|concern|area|barrier|long|ltg|lto|lrg|srg|annual|goal|treatment|functional|recovery|rehab|"
    r"behavio|skill|caregiver|parent|discharge|short|stg|sto|objective|obj|benchmark|measurable|target|sub|step|action|"
    r"family|replacement|communication|social|adaptive|self|daily|safety|play|academic|language|motor|feeding|toileting|"
    r"intervention|planned|clinical|strategy|modality|method|approach|problema|necesidad|[áa]rea|meta|objetivo|intervenci|"
    r"estrategia)",
    re.IGNORECASE,
)


# who does the work when it is the staff's ("Case manager will ...", "Therapist to ..."): a treatment, not a step
_STAFF_SUBJECT = re.compile(
    r"^\s*(?:the\s+)?(?:case\s+manager|therapist|clinician|counsel+or|staff|provider|bcba|rbt|nurse|psychiatrist|"
    r"prescriber|peer\s+(?:specialist|support)|care\s+coordinator|cm|tcm)\b",
    re.IGNORECASE,
)


def _dated_step(value: str) -> bool:
    """ "Action step: Yvette will return the form by 02/13/2026": a step the client takes by a date, an objective
    of the goal above it (an action step the staff take, or one with no date, is not)."""
    return (
        bool(re.search(r"\b(?:will|shall)\b", value, re.IGNORECASE))
        and not _STAFF_SUBJECT.match(value)
        and any(True for _ in find_dates(value))
    )


@lru_cache(maxsize=4096)
def element_label(text: str) -> ElementLabel | None:
    """Recognise "Goal 1 (Communication): ...", "Short Term Objective 1.1: ...", "LTG 2:", "Problem #1: ..."."""
    if not _ELEMENT_START.match(text):
        return None
    match = _ELEMENT_RE.match(text)
    if not match:
        return None
    kind = next(k for k, _ in _KINDS if match.group(k))
    word = match.group(kind).lower()
    number = match.group("num")
    value = match.group("value").strip()
    sep_end = match.start("value")
    separator = text[match.end("label") : sep_end].strip()
    label = match.group("label").strip()
    # "Target" and "Step"/"Method"/"Strategy"/"Need"/"Issue"/"Concern"/"Barrier" are ordinary words:
    # they start an element only with a number or a colon, and "Target:" alone is a sub-field.
    if word in (
        "prob",
        "prob.",
        "target",
        "step",
        "method",
        "strategy",
        "need",
        "issue",
        "concern",
        "barrier",
        "modality",
        "approach",
        "necesidad",
        "estrategia",
        "meta",
    ) or word.startswith("sub"):
        # "Strategy: IOP group 3 days/week" names a treatment; the other words need a number
        # "Approach: CBT and behavioral activation, weekly" under a goal names its treatment too
        named = word in ("strategy", "modality", "approach", "estrategia", "meta") and separator == ":" and bool(value)
        bare = word.startswith("prob") and not separator and _bare_element(word, label, number, value)  # "Prob 1  ..."
        # "Prob #1" alone on its line: the heading of a problem, its statement on the lines below
        bare = bare or (word.startswith("prob") and not separator and not value and bool(number)
                        and re.fullmatch(r"\d{1,2}", number or "") is not None)
        if not named and not bare and (not number or separator not in (":", "-", "–", "—", ")", ".")):
            return None
    if word.startswith("action") and not _dated_step(value):
        return None  # "Action steps: staff will ...": a heading of the treatments, or a step with no date of its own
    if word.rstrip(".") == "obj" and not number and (separator in ("", ":", ")") and not label.endswith(".") or not value):
        return None  # a bare "Obj:" is the objective findings of a SOAP note, not an objective ("obj - ..." is one)
    gap = text[match.end("label") : sep_end]
    outline = bool(number) and bool(re.search(r"\d[.a-z-]|[a-z][.-]?\d|[a-z]\.", number, re.I))  # "1.1", "2a", "A1"
    wide = bool(re.fullmatch(r"\s{2,}|\t\s*", gap))
    if not separator and value and not (number and (wide or outline)) and not _bare_element(word, label, number, value):
        return None  # "GOAL 1  Decrease symptoms." (a wide gap) and "Objective 1.1 GAD-7 ..." still start an element
    if (separator or wide) and not number and label.endswith(".") and not _opens_statement(value):
        return None  # "Obj. to the change in schedule": a sentence
    if match.group("plural") and not number and not value:
        return None  # "Treatment Goals", "Planned Interventions": a heading, not an element
    if separator == "." and not number:
        return None
    if number and re.fullmatch(r"[a-z]", number, re.IGNORECASE) and separator not in (":", ")", ".", "-", "–", "—"):
        return None  # "Goal A — Mood", "Obj. B: ..." start elements; "Goal a new ..." does not
    long_term = None
    if re.match(r"long|ltg|lto|lrg|annual|long[\s-]*range", word) or "largo" in word:
        long_term = True
    elif re.match(r"short|stg|sto|srg", word) or "corto" in word:
        long_term = False
    return ElementLabel(
        kind=kind,
        label=label,
        plural=bool(match.group("plural")) or word.endswith("iones"),  # "Intervenciones"
        number=number,
        note=match.group("paren"),
        value=value,
        long_term=long_term,
    )


# the abbreviations of an element that are no English word ("LTG  sustained abstinence", "STG improve sleep")
_ELEMENT_ACRONYMS = frozenset({"ltg", "stg", "sto", "lto", "lrg", "srg"})
# the words of an element's own kind that open it with a bare number ("Goal 1 feel safe", "Obj 2 PHQ-9 ...")
_NUMBERED_WORDS = re.compile(r"(?:long[\s-]*term\s+|short[\s-]*term\s+)?(?:goal|objective|obj\.?|problem|prob\.?)$|"
                             r"ltg|stg|sto|lto|lrg|srg")
# words that go on a sentence about an element, or report on it, rather than open its statement ("goal 1 of the program
# was met", "Goal 2 met", "Obj. to the change", "Goal 3 times a week")
_NOT_A_STATEMENT = frozenset({
    "of", "to", "was", "were", "is", "are", "has", "have", "had", "will", "would", "should", "can", "may", "be", "been",
    "and", "or", "the", "a", "an", "in", "on", "for", "from", "at", "as", "by", "with", "that", "which", "this", "per",
    "met", "achieved", "mastered", "discontinued", "continued", "continues", "continue", "remains", "remain",
    "partially", "not", "ongoing", "progressing", "revised", "updated", "unchanged", "deferred", "pending", "status",
    "progress", "times", "time", "x", "more", "less", "out", "through", "thru", "above", "below", "same",
})


def _opens_statement(value: str) -> bool:
    """Whether a value's first word can open an element's statement (not a word going on a sentence, nor a report on
    the element, nor a fact's label: "target date: 6/1/26")."""
    first = value.split(None, 1)[0].lower().strip(",.;:") if value.split() else ""
    if not first or first in _NOT_A_STATEMENT:
        return False
    head = value.split(":", 1)[0] if ":" in value else ""
    return not (head and len(head.split()) <= 4 and subfield_key(head))


def _bare_element(word: str, label: str, number: str | None, value: str) -> bool:
    """A colon-less element label before its statement with a single space or a wide gap: a goal, objective or problem
    with a bare number ("Goal 1 feel safe at home", "Obj 1 PCL-5 from 48 to under 33", "Prob 1  daily drinking"), an
    acronym of one ("LTG  sustained abstinence"), or an abbreviation closed by its dot ("obj. negative breathalyzer
    ..."), when the words after it open a statement rather than go on a sentence."""
    kind_word = " ".join(word.lower().split())
    if number is not None:
        if not re.fullmatch(r"\d{1,2}", number) or not _NUMBERED_WORDS.fullmatch(kind_word):
            return False
    elif not (kind_word in _ELEMENT_ACRONYMS or (label.endswith(".") and kind_word.rstrip(".") in ("obj", "prob"))):
        return False
    return _opens_statement(value)


# ----------------------------------------------------------------------------------------------
# List markers typed as text.

_MARKER_RE = re.compile(
    r"^\s*(?P<marker>"
    r"(?P<deep>\d{1,2}\.\d{1,2}\.1?\d(?:\.\d{1,2})?)[.)]?(?=\s)"  # 3.1.1  2.1.3.1 (not "12.01.26", a date)
    r"|\(?(?P<num>\d{1,2})[.)](?P<sub>[a-z]|\d{1,2})?[.)]?"  # 1.  1)  (1)  1.a  1.2
    r"|\(?(?P<num2>\d{1,2})(?P<sub2>[a-z])[.)]"  # 1a.  1a)
    r"|(?P<let2>[A-Za-z])(?P<dig2>\d)[.)]"  # A1.  b2)  (one digit: "F84." would be a code)
    r"|(?P<let3>[A-Za-z])\.(?P<dig3>\d{1,2})(?:\.\d{1,2})?[.)]?(?=\s)"  # A.1  C.1.2 (a letter's own outline)
    r"|\(?(?P<letter>[a-z])[.)]"  # a.  a)  (a)
    r"|\(?(?P<roman>(?:i{1,3}|iv|v|vi{1,3}|ix|x))[.)]"  # i.  iv)
    r"|(?P<upper>[A-Z]|I{1,3}|IV|VI{0,3}|IX|X)[.)](?=\s{2,}|\t)"  # typed outline "A.  ", "II.  " (wide gap)
    r"|[•·▪●◦‣∙○■□➢►▸▹▻◆◇❖➤➔→⇒⁃\-–*]|\[\s?\](?!.*\[\s?[xX✓✔]?\s?\])"  # bullets (an empty "[ ]" typed as a bullet, not a row of boxes)
    r")\s+(?=\S)",
)


def strip_list_marker(text: str) -> tuple[str, str | None, int | None]:
    """Remove a typed list marker: returns (rest, marker, depth) with depth 0 for "1.", 1 for "a." / "1.a" / "A1.",
    2 for "i.", None for bullets and for the capital letters and numerals of a typed outline ("A.  ", "II.  ")."""
    match = _MARKER_RE.match(text)
    if not match:
        return text, None, None
    marker = match.group("marker")
    rest = text[match.end() :]
    if match.group("deep") is not None:
        depth = 2
    elif match.group("num") is not None:
        depth = 1 if match.group("sub") else 0
    elif match.group("let3") is not None:
        depth = 2 if match.group("marker").rstrip(".)").count(".") >= 2 else 1
    elif match.group("num2") is not None or match.group("letter") is not None or match.group("let2") is not None:
        depth = 1
    elif match.group("roman") is not None:
        depth = 2
    else:
        depth = None
    return rest, marker, depth


# A web form's field name copied with the form ("[ClientFullName]", "[MemberID_MBI]", "[Session length]"): written in
# square brackets, its words run together in capitals (camel case) or joined by underscores.
_FORM_FIELD = re.compile(r"\[(?P<name>[A-Za-z][A-Za-z0-9_ ./-]{1,40})\]")
# the words a form's field name ends on that give the field's kind, not what it holds ("InterventionsText")
_FIELD_KIND_WORDS = frozenset({"text", "txt", "field", "value", "fld", "input"})
_CAMEL_CUT = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def form_field_label(name: str) -> str | None:
    """The label a form's bracketed field name stands for: "[ClientFullName]" -> "Client Full Name",
    "[MemberID_MBI]" -> "Member ID (MBI)" (the parts after the first underscore qualify it), "[InterventionsText]"
    -> "Interventions"; None when `name` is not a bracketed field name (a note in brackets, "[sic]", "[X]")."""
    match = _FORM_FIELD.fullmatch(name.strip())
    if match is None:
        return None
    raw = match.group("name").strip()
    if "_" not in raw and " " not in raw and _CAMEL_CUT.search(raw) is None:
        # one plain word: a field only when it names one ("[Frequency]"), not a note ("[sic]", "[X]")
        return raw if field_key(raw) not in (None, "other") or subfield_key(raw) is not None else None
    parts = [part for part in raw.split("_") if part]
    # words joined by underscores are the label's ("Patient_Name"); a code after them qualifies it ("MemberID_MBI")
    notes = []
    while len(parts) > 1 and re.fullmatch(r"[A-Z]{2,}\d*", parts[-1]):
        notes.insert(0, parts.pop())
    words = _CAMEL_CUT.sub(" ", " ".join(parts)).split()
    if len(words) > 1 and words[-1].casefold() in _FIELD_KIND_WORDS:
        words = words[:-1]
    label = " ".join(words)
    if len(parts) > 1 and field_key(label) in (None, "other"):
        # "Dx_Primary", "Dx_Other_1": the field's head first, its qualifier after it ("Primary Dx", "Dx (Other 1)")
        head, qualifier = _CAMEL_CUT.sub(" ", parts[0]), _CAMEL_CUT.sub(" ", " ".join(parts[1:]))
        for candidate in (f"{qualifier} {head}", f"{head} ({qualifier})"):
            if field_key(candidate) not in (None, "other"):
                label = candidate
                break
    return f"{label} ({' '.join(notes)})" if notes else label
