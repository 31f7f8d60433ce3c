"""Match a section title as written ("Diagnostic Impressions:", "Plan/Strategies") to a canonical section.

Titles are normalised (case, numbering such as "II." or "3)", trailing colons, punctuation), then
compared with rapidfuzz against a synonym table. The best-scoring canonical section wins, and only
when its score reaches THRESHOLD. The table also lists sections that a plan has but that carry
none of the structured elements (the document title, discharge plan, strengths, safety plan ...):
they compete in the match so that "Discharge Plan" goes to `discharge` rather than scraping past the threshold of
`diagnosis`.

Scoring per synonym is the larger of rapidfuzz `ratio` on the whole normalised title and a
token-set score (the synonym's words all present in the title, with fuzzy word matching for
spelling variants such as "Diagnoses"/"Diagnosis"), the latter discounted slightly so that an exact
title beats a title that merely contains the synonym.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from authcheck.readers.docx.labels import one_word_slip
from authcheck.readers.docx.spanish import SECTIONS_ES, fold_accents

__all__ = ["CANONICAL", "SYNONYMS", "THRESHOLD", "SectionMatch", "match_section", "normalize_title"]

THRESHOLD = 86.0

# Sections whose content the reader interprets.
CANONICAL = (
    "client",
    "provider",
    "dates",
    "presenting_problem",
    "diagnosis",
    "goals",
    "objectives",
    "interventions",
    "frequency",
    "services",
    "duration",
    "review",
    "signatures",
    "assessments",
)

# fmt: off
SYNONYMS: dict[str, tuple[str, ...]] = {
    "client": (
        "client information", "patient information", "identifying information", "identifying data",
        "demographics", "patient demographics", "client demographics", "about the client", "client data",
        "member information", "client profile", "patient info", "client info", "recipient information",
        "consumer information", "individual information", "child information", "participant information",
        "patient", "client", "member", "beneficiary information", "student information",
        "client identification", "patient identification",
    ),
    "provider": (
        "provider information", "clinician information", "treating provider", "rendering provider",
        "agency information", "provider", "treatment team", "care team", "practitioner information",
        "therapist information", "program information", "facility information",
    ),
    "dates": (
        "plan dates", "dates", "timeline", "plan details", "plan information", "key dates",
        "treatment plan dates", "episode information", "authorization information", "certification",
        "certification period", "authorization period", "dates of service", "plan period dates",
        "episode of care", "admission information",
    ),
    "presenting_problem": (
        "presenting problem", "presenting problems", "reason for referral", "chief complaint",
        "presenting concerns", "background and presenting concerns", "reason for treatment",
        "referral reason", "presenting issues", "presenting issue", "history of presenting problem",
        "current symptoms", "reason for services", "identified concerns", "reason for admission",
        "presenting symptoms", "clinical presentation", "referral information", "statement of need",
        "identified needs", "reason for evaluation", "problem statement", "medical necessity",
        "history of present illness", "background information", "background", "clinical formulation",
        "case formulation", "formulation", "clinical summary and formulation",
    ),
    "diagnosis": (
        "diagnosis", "diagnoses", "diagnostic impression", "diagnostic impressions", "dsm 5 diagnosis",
        "dsm 5 diagnoses", "dsm 5", "icd 10 diagnosis", "icd 10 diagnoses", "icd 10 cm diagnoses",
        "diagnostic summary", "dx", "clinical impression", "clinical impressions", "medical diagnosis",
        "treatment diagnosis", "diagnostic formulation", "diagnosis codes", "diagnostic codes",
        "primary diagnosis", "admitting diagnosis", "behavioral health diagnosis", "diagnostic information",
        "diagnostic assessment summary", "working diagnosis", "diagnoses icd 10", "diagnosis icd 10",
        "diagnostic criteria", "impression",
    ),
    "goals": (
        "goals", "goal", "treatment goals", "goals and objectives", "goals objectives", "long term goals",
        "long term goal", "ltg", "ltgs", "problem list", "problems goals objectives", "problems and goals",
        "treatment plan goals", "measurable goals", "functional goals", "plan goals", "goal areas",
        "service plan goals", "client goals", "patient goals", "goals and interventions",
        "problem list goals", "goals objectives and interventions", "treatment objectives and goals",
        "rehabilitation goals", "therapy goals", "behavior goals", "skill acquisition goals",
        "target behaviors", "treatment targets", "individualized goals", "recovery goals", "problems",
        "identified problems", "goal and objective", "problem goal objective", "plan of care goals",
        "smart goals", "measurable outcomes", "outcomes", "expected outcomes", "patient outcomes",
        "goals and outcomes", "goals outcomes", "continued goals", "current goals", "updated goals",
        "revised goals", "new goals", "proposed goals",
        # plain-language and person-centred headings ("What we're working toward", "What I want to work on")
        "what we are working toward", "what we are working towards", "what we are working on",
        "what we will work on", "what we will teach", "skills we will teach",
        "what i want to work on", "what i am working on", "what i want to achieve",
        "what we want to achieve", "what we hope to achieve", "where we want to be", "where i want to be",
        "what i want to change", "things i want to change", "my recovery goals", "skill acquisition targets",
        "target skills", "skill targets", "behavior reduction targets", "goals and targets",
    ),
    "objectives": (
        "objectives", "objective", "short term goals", "short term goal", "short term objectives",
        "measurable objectives", "benchmarks", "stg", "stgs", "short term objective", "treatment objectives",
        "short term targets",
    ),
    "interventions": (
        "interventions", "intervention", "planned interventions", "modalities", "treatment modalities",
        "strategies", "plan strategies", "treatment approach", "treatment approaches", "methods",
        "therapeutic interventions", "treatment interventions", "clinical interventions",
        "treatment strategies", "intervention strategies", "interventions and modalities",
        "therapeutic approach", "treatment methods", "procedures", "planned procedures",
        "treatment recommendations", "recommendations", "treatment plan and interventions",
        "modalities and interventions", "teaching and training", "skilled interventions", "plan",
        "how we will help", "what we will do", "how we will get there", "treatment to be provided",
        "how we will work on it", "how we will work together", "how we will work", "approach", "our approach",
        "clinical approach", "therapy approach", "action plan", "plan of action", "action steps",
        "what we will do together",
    ),
    "frequency": (
        "frequency", "frequency of services", "frequency and duration", "session frequency",
        "service frequency", "treatment frequency", "frequency intensity", "intensity",
        "frequency and intensity", "frequency of treatment", "visit frequency", "frequency of visits",
        "dosage", "intensity of services", "schedule", "session schedule", "treatment schedule",
        "service schedule", "visit schedule", "appointment schedule", "meeting schedule", "schedule of services",
        "how often we will meet", "when we will meet",
    ),
    "services": (
        "services", "services requested", "requested services", "service plan", "services and frequency",
        "authorization request", "recommended services", "services units requested", "service authorization",
        "service request", "treatment services", "units requested", "services to be provided",
        "planned services", "service summary", "requested authorization", "cpt codes", "billing codes",
        "service details", "hours requested", "services and units", "prior authorization request",
        "recommended hours", "service recommendations", "orders", "physician orders", "treatment orders",
        "orders for discipline and treatments", "disciplines and treatments", "skilled services",
        "services ordered", "home health orders", "orders for services",
        "visit plan", "visit orders", "visits ordered", "disciplines and visits", "disciplines and frequencies",
        "discipline frequency", "discipline and frequency",
    ),
    "duration": (
        "duration", "expected duration", "estimated length of treatment", "length of treatment",
        "duration of treatment", "anticipated duration", "estimated duration",
        "estimated duration of services", "plan period", "projected length of stay",
        "expected length of stay", "treatment duration", "anticipated length of service",
        "estimated length of stay", "anticipated length of treatment", "duration of services",
        "length of stay", "expected length of treatment", "duration of plan",
        "anticipated treatment duration", "projected duration", "estimated treatment duration",
        "length of service",
    ),
    "review": (
        "review date", "review dates", "next review", "next review date", "recertification", "plan review",
        "review schedule", "treatment plan review", "reassessment", "re evaluation", "reevaluation",
        "progress review", "review and recertification", "plan updates", "review", "reviews",
        "recertification date", "progress reports", "progress report", "plan review schedule",
        "treatment plan review date", "periodic review", "schedule of reviews", "schedule of plan reviews",
        "progress review schedule",
    ),
    "signatures": (
        "signatures", "signature", "plan agreement", "authentication", "attestation",
        "consent and signatures", "acknowledgment", "acknowledgement", "signed", "approval", "sign off",
        "client agreement", "participation and signatures", "client participation", "agreement",
        "signatures and dates", "authorization and signatures", "provider signature", "clinician signature",
        "certification signatures", "physician certification", "electronic signatures", "signature page",
        "consent", "approvals", "client and family participation", "review and signatures",
    ),
    "assessments": (
        "assessments", "assessment", "standardized assessments", "assessment results", "assessment summary",
        "assessment tools", "testing", "measures", "outcome measures", "standardized testing",
        "evaluation results", "objective measures", "test results", "screening results",
        "standardized measures", "assessment instruments", "assessments administered", "standardized tests",
        "rating scales", "functional assessment", "evaluation", "evaluation findings", "assessment data",
        "objective tests", "standardized assessment results", "tests and measures", "screening tools",
        "psychometric testing",
    ),
    # Sections without structured elements: they compete so that near misses land here.
    "title": (
        "treatment plan", "plan of care", "individualized treatment plan", "individual treatment plan",
        "individual service plan", "service plan of care", "care plan", "treatment plan of care",
        "individualized service plan", "person centered plan", "person centered service plan",
        "treatment plan update", "treatment plan review form", "plan of care and certification",
        "initial treatment plan", "master treatment plan", "comprehensive treatment plan",
        "treatment plan and authorization request", "printed from ehr", "plan of treatment",
        "individual recovery plan", "individualized recovery plan", "recovery plan", "person centered recovery plan",
        "individual recovery and rehabilitation plan",
    ),
    "discharge": (
        "discharge plan", "discharge criteria", "discharge planning", "transition plan", "aftercare",
        "aftercare plan", "discharge", "transition and discharge plan", "discharge goals",
        "discharge summary", "discharge and transition", "step down plan",
    ),
    "other": (
        "strengths", "barriers", "strengths and barriers", "needs", "strengths needs abilities preferences",
        "risk assessment", "risk", "crisis plan", "safety plan", "medications", "current medications",
        "history", "medical history", "psychiatric history", "social history", "coordination of care",
        "prognosis", "rehab potential", "rehabilitation potential", "precautions", "functional status",
        "current level of function", "prior level of function", "caregiver involvement", "family involvement",
        # a school plan's account of how the student does now (an IEP's "present levels")
        "present levels", "present levels of performance", "present level of performance",
        "present levels of academic achievement and functional performance", "plaafp",
        "notes", "comments", "additional information", "summary", "clinical summary", "progress",
        "progress notes", "progress summary", "mental status", "mental status exam", "allergies", "education",
        "home program", "home exercise program", "cultural considerations", "preferences",
        "crisis intervention plan", "substance use history", "legal", "employment", "housing",
        "support system", "natural supports", "transportation", "medical necessity statement",
        "client statement", "client's words", "vision", "discipline", "disclaimer", "confidentiality",
        "instructions", "contact information",
        # a clinician's shorthand headings of a home-health or therapy form ("Meds", "Func/Activity")
        "meds", "med list", "meds list", "medication list", "functional limitations", "activities permitted",
        "func activity", "functional activity", "func status",
        # a fax or mail cover page sent with the plan: its date is the day it was sent, not the plan's
        "fax", "facsimile", "fax cover", "fax cover sheet", "facsimile cover sheet", "fax cover page",
        "fax transmittal", "facsimile transmittal", "fax transmittal sheet", "cover sheet", "cover page",
        "transmittal", "transmittal sheet", "fax transmission", "facsimile transmission",
        # notices handed to every client (rights, policies, privacy): no element of the plan is stated there
        "rights", "client rights", "patient rights", "your rights", "rights and responsibilities",
        "rights responsibilities", "grievance procedure", "grievances", "policies", "attendance policy",
        "cancellation policy", "no show policy", "financial policy", "notice of privacy practices",
        # goals of the plan before this one, reported on, not set ("Previous goal | Status")
        "previous goals", "previous goal", "prior goals", "prior goal", "past goals", "goals from previous plan",
        "progress on previous goals", "previous goal status", "mastered goals", "goals mastered",
    ),
}
# fmt: on
# Spanish titles ("Diagnóstico", "Metas", "Servicios solicitados": see docx.spanish) match as written only (accents
# aside): fuzzily, "diagnostico" would claim the English near miss "Diagnostic"
_SPANISH_TITLES = {title: key for key, titles in SECTIONS_ES.items() for title in titles}

_NUMBERING = re.compile(
    r"^\s*(?:(?:section|part|step)\s+)?(?:[ivxlc]{1,6}|\d{1,3}(?:\.\d{1,3})*|[a-z])\s*[.)\]:\-–]\s+|^\s*[\-•*▪●◦]\s*",
    re.IGNORECASE,
)
_PUNCT = re.compile(r"[^\w\s]+")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
# "What we're working toward", "How we'll get there": contractions written out, as the synonyms are
_CONTRACTED = {"'re": " are", "'ll": " will", "'ve": " have", "'m": " am", "n't": " not", "'d": " would"}
_CONTRACTIONS = re.compile(r"(?<=\w)(['’]re|['’]ll|['’]ve|['’]m|n['’]t|['’]d)\b", re.IGNORECASE)


def normalize_title(title: str, *, keep_parentheses: bool = True) -> str:
    """Lower-case, drop list numbering, colons and punctuation: "II. Diagnoses (ICD-10-CM):" -> "diagnoses icd 10 cm"."""
    text = _NUMBERING.sub("", fold_accents(title.strip()), count=1)
    if not keep_parentheses:
        text = _PARENS.sub(" ", text)
    text = _CONTRACTIONS.sub(lambda m: _CONTRACTED[m.group(1).lower()], text.replace("’", "'"))
    text = text.replace("&", " and ").replace("'s", "s")
    text = _PUNCT.sub(" ", text.lower())
    words = text.split()
    if len(words) >= 3 and all(len(w) == 1 and w.isalpha() for w in words):
        return "".join(words)  # "F A X", "G O A L S": a title typed letter-spaced
    return " ".join(words)


@dataclass(frozen=True)
class SectionMatch:
    """The canonical section a title matched, the synonym that matched best, and the score (0-100)."""

    key: str | None
    synonym: str | None
    score: float


_STOP = {"and", "of", "the", "for", "to", "a", "an", "with", "plan", "s", "in", "or", "by", "on", "per"}


def _words(text: str) -> list[str]:
    return [w for w in text.split() if w not in _STOP]


_INDEX: list[tuple[str, str, list[str]]] = [
    (key, synonym, _words(synonym)) for key, synonyms in SYNONYMS.items() for synonym in synonyms
]
_SYNONYM_TEXTS = [synonym for _, synonym, _ in _INDEX]
_VOCABULARY = sorted({word for _, _, words in _INDEX for word in words})
_BY_WORD: dict[str, list[int]] = {}
for _position, (_key, _synonym, _syn_words) in enumerate(_INDEX):
    for _word in set(_syn_words):
        _BY_WORD.setdefault(_word, []).append(_position)


def _word_matches(title_words: list[str]) -> dict[str, float]:
    """For each vocabulary word of the synonyms, its best match among the title's words (exact, or fuzzy
    when both words have four letters or more), as rapidfuzz ratio 0-100; words scoring under 80 are left out."""
    found: dict[str, float] = {}
    for tw in title_words:
        if tw in _BY_WORD:
            found[tw] = 100.0
        if len(tw) < 4:
            continue
        for word, score, _ in process.extract(
            tw, _VOCABULARY, scorer=fuzz.ratio, score_cutoff=80, limit=None
        ):
            if len(word) >= 4 and score > found.get(word, 0.0):
                found[word] = score
    return found


# words that start a phrase qualifying the title's head noun ("Goals to be achieved ...", "Services requested for ...")
_QUALIFIERS = {"to", "for", "by", "at", "during", "that", "which", "we", "i", "as", "until", "through", "this", "from"}


def _leads(text: str, synonym: str) -> bool:
    """True when the title opens with the synonym and goes on with a qualifying phrase, not another noun."""
    words, head = text.split(), synonym.split()
    return len(words) > len(head) and words[: len(head)] == head and words[len(head)] in _QUALIFIERS


# the words of a notice's title (a client's rights, a policy, the privacy notice, the grievance procedure)
_NOTICE = re.compile(r"\b(?:rights|responsibilities|polic(?:y|ies)|grievances?|privacy|no\s+show)\b")


_AND_JOIN = re.compile(r"\s+(?:and|&)\s+", re.I)


@lru_cache(maxsize=4096)
def match_section(title: str) -> SectionMatch:
    """The canonical section for a title, or SectionMatch(None, ...) when nothing reaches THRESHOLD.

    Keys are those of SYNONYMS; "title", "discharge" and "other" are real answers meaning "a section
    we know, with no structured elements".
    """
    full = normalize_title(title)
    bare = normalize_title(title, keep_parentheses=False)
    if not bare:
        return SectionMatch(None, None, 0.0)
    for text in (full, bare):
        if text in _SPANISH_TITLES:
            return SectionMatch(_SPANISH_TITLES[text], text, 100.0)
    best = SectionMatch(None, None, 0.0)
    for text in dict.fromkeys((full, bare)):
        whole = process.extractOne(text, _SYNONYM_TEXTS, scorer=fuzz.ratio)
        if whole is not None and whole[1] > best.score:
            key, synonym, _ = _INDEX[whole[2]]
            best = SectionMatch(key, synonym, float(whole[1]))
        words = _words(text)
        if not words:
            continue
        matched = _word_matches(words)
        candidates = {i for word in matched for i in _BY_WORD.get(word, ())}
        title_letters = max(1, sum(len(w) for w in words))
        for position in sorted(candidates):
            key, synonym, syn_words = _INDEX[position]
            if not syn_words or any(w not in matched for w in syn_words):
                continue
            average = sum(matched[w] for w in syn_words) / len(syn_words)
            coverage = sum(len(w) for w in syn_words) / title_letters
            # Discount titles with many extra words: "goals" should not claim "discharge goals summary".
            score = average * (0.9 + 0.06 * min(1.0, coverage))
            if _leads(text, synonym):
                score = max(score + 3.0, 94.5)  # "Goals to be achieved by the end of the plan period": the head noun names the section
            if score > best.score:
                best = SectionMatch(key, synonym, score)
    if _NOTICE.search(full) and re.search(r"\bsignatures?\b", full):
        return SectionMatch("signatures", "signatures", 96.0)  # "Client rights and signatures": signed there
    if _NOTICE.search(full) and best.key not in ("signatures", "other") and best.score < 99:
        # "Your Rights as an Individual Receiving Services", "Financial policy for services": a notice, whatever
        # section word it also names
        return SectionMatch("other", "rights", 96.0)
    head, colon, tail = _NUMBERING.sub("", title.strip(), count=1).partition(":")
    if colon and tail.strip() and len(head.split()) <= 3:
        # "10. Medications: Dose/Frequency/Route": the title's head names a section of no plan elements; what
        # follows the colon says what each entry under it holds, not what the section is
        named = match_section(head)
        if named.key == "other" and named.score >= 95:
            return named
    if "/" in title and best.key in ("services", "title"):
        # "ABA TREATMENT PLAN / PRIOR AUTHORIZATION REQUEST": a form that is the plan and the request for it, named
        # in its title; a section of requested services is titled by the request alone
        parts = [match_section(p) for p in re.split(r"\s*/\s*", _NUMBERING.sub("", title.strip(), count=1)) if p.strip()]
        plan = next((m for m in parts if m.key == "title" and m.score >= THRESHOLD), None)
        if plan is not None and any(m.key == "services" and "request" in (m.synonym or "") for m in parts):
            return plan
    joined = "/" in title and (best.key not in CANONICAL or best.score < 95)
    # "Goals and discharge plan": titles joined by "and" only when the whole names a section without elements
    # ("Diagnosis and assessment" stays what it matched; "Initial Treatment Plan & Authorization Request" stays a title)
    joined_by_and = _AND_JOIN.search(title) is not None and best.key in ("discharge", "other")
    if joined or joined_by_and:
        # "22. Goals / Rehab Potential / Discharge Plans": the first alternative that is a section with elements
        splitter = r"\s*/\s*" if joined else _AND_JOIN.pattern
        for part in re.split(splitter, _NUMBERING.sub("", title.strip(), count=1)):
            found = match_section(part) if part.strip() and "/" not in part and not _AND_JOIN.search(part) else None
            if found is not None and found.key in CANONICAL and found.score >= 95:
                return found
    if best.score < SLIP_SCORE and title.isascii():  # ("Evaluación" is Spanish, no slip)
        slipped = _one_slip(bare)
        if slipped is not None:
            return slipped
    if best.score < THRESHOLD:
        return SectionMatch(None, best.synonym, best.score)
    return best


# the score of a title one typing slip from a synonym ("Diagnosys", "Intervnetions"): a weak heading's
# (docx.state.WEAK_HEADING_SCORE), so that the title alone on its line opens the section
SLIP_SCORE = 92.0


def _one_slip(text: str) -> SectionMatch | None:
    """The section a title of eight letters or more names with one typing slip (a letter wrong, missing, extra or two
    swapped), which the ratio scores too low in a short title. The slip leaves the first and last letters alone, so that
    another word's ending is none ("Diagnosed" is not "Diagnoses"), and all synonyms that near must name one section."""
    if len(text) < 8:
        return None
    near = process.extract(text, _SYNONYM_TEXTS, scorer=DamerauLevenshtein.distance, score_cutoff=1, limit=None)
    found = {(_INDEX[i][0], synonym) for synonym, _, i in near if one_word_slip(text, synonym, 8)}
    if len({key for key, _ in found}) != 1:
        return None
    key, synonym = min(found)
    return SectionMatch(key, synonym, SLIP_SCORE)


# the title of an earlier or another record filed with the plan: a past episode ("Past Treatment History", "Previous
# Home Health Episode (history)", "Review of Previous Plan"), diagnoses of earlier records or ruled out, a discharge
# summary, a history and physical, a referral letter kept on file. What is written under it (dates, periods,
# diagnoses, services, goals, signatures) is that record's, not the plan's.
_EARLIER_RECORD = re.compile(
    # (not "Previous reviews" / "Prior plan updates": the reviews of this plan, the review dates the rules need)
    r"\b(?:previous|prior|past|former|earlier)\b(?!\s+(?:to|level|auth\w*|approval|notice|\d|"
    r"(?:(?:treatment\s+)?plan\s+)?(?:reviews?|updates?|revisions?)\b))|"
    r"\bruled[\s-]+out\b|\(\s*(?:history|historical)\s*\)|\bfor\s+history\b|\bdischarge\s+summary\b|"
    r"\bhistory\s+(?:and|&)\s+physical\b|\bh\s*&\s*p\b|\breferral\s+(?:letter|correspondence)\b|"
    r"\bcorrespondence\b|\bcopy\s+on\s+file\b|"
    # a log of what was already done or granted: "Authorization History", "Visit Log", "Billing history"
    r"\b(?:authori[sz]ations?|auth|visits?|billing|claims?)\s+(?:history|log)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def earlier_record(title: str) -> bool:
    """True when a section title names an earlier or another record filed with the plan (see _EARLIER_RECORD)."""
    return bool(title) and _EARLIER_RECORD.search(fold_accents(title)) is not None
