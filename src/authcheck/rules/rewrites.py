"""Example rewrites for fixes that show rather than tell, built from the plan's own words.

For an objective such as "Client will improve coping skills." the example keeps the client's
subject and the objective's topic and adds what makes it measurable: a measure, a target level and
a date ("Client will use 2 coping skills ... on at least 4 of 7 days a week, as recorded in a daily
log, by 2026-04-15."). Topics are recognised by words in the statement, checked against the plan's
discipline where a word means different things (communication in speech therapy vs. family therapy).
When no topic is recognised, the example keeps the statement's own aim and frames it with slots to
fill ("... measured by <hint>, from [today's level] to [target level] by <date>").

The numbers in an example are illustrations, never clinical advice, and nothing here changes the
plan: authcheck suggests, the clinician decides.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["aim_of", "example_date", "measurable_example", "rewrite_statement", "subject_of"]

_EXAMPLES = {
    "psychotherapy": "{who} will reduce the GAD-7 score from 15 to 7 or below by {date}, measured monthly in session.",
    "psychiatry": "{who} will reduce the PHQ-9 score from 18 to below 10 by {date}, measured at each medication visit.",
    "sud": "{who} will abstain from alcohol, confirmed by negative breathalyzer and urine drug screens at every weekly session, "
    "for 8 consecutive weeks by {date}.",
    "pt": "{who} will increase right knee flexion AROM from 95 to 120 degrees and ascend 12 stairs with one rail, "
    "without assistance, by {date}.",
    "ot": "{who} will complete upper-body dressing with set-up assistance only in 4 of 5 trials by {date}.",
    "slp": "{who} will produce /r/ in the initial position of words with 80% accuracy across 3 consecutive sessions by {date}.",
    "aba": "{who} will independently request 10 preferred items (mand) in 80% of opportunities across 3 consecutive "
    "sessions by {date} (baseline: 2 items with full prompts).",
    "home-health": "{who} will self-administer all scheduled medications with 100% accuracy per pill-box check at 3 "
    "consecutive visits by {date}.",
}
_DEFAULT = "{who} will use 2 of the practised coping strategies on at least 4 of 7 days per week, as recorded in a daily log, by {date}."

_DEFAULT_WHO = {"pt": "Patient", "ot": "Patient", "slp": "Patient", "home-health": "Patient", "aba": "Child"}

# What to measure, by discipline, for the fill-in frame used when no topic is recognised.
_HINTS = {
    "psychotherapy": "a score (such as the PHQ-9 or GAD-7) or how many days a week it happens",
    "psychiatry": "a symptom score (such as the PHQ-9) or how many days a week it happens",
    "sud": "days without use, negative screens or meetings attended",
    "pt": "distance, time, range of motion, strength grade or level of help",
    "ot": "level of help, trials completed or accuracy",
    "slp": "percent accuracy across trials or sessions",
    "aba": "percent of opportunities or times per session",
    "home-health": "level of help, accuracy or a vital sign",
}
_DEFAULT_HINT = "a count, a score or a level of help"

BEHAVIORAL = ("psychotherapy", "psychiatry", "sud", "aba")
PHYSICAL = ("pt", "ot", "home-health")


def example_date(start: dt.date | None, as_of: dt.date, days: int = 90) -> str:
    """A plausible target date for an example: `days` after the plan date (or the as-of date)."""
    return ((start or as_of) + dt.timedelta(days=days)).isoformat()


# ------------------------------------------------------------------ reading the statement

_LABEL = re.compile(
    r"^\s*(?:(?:long|short)[- ]term\s+)?(?:goal|objective|obj|stg|ltg|problem|target(?:\s+behaviou?r)?)\s*#?\s*"
    r"(?:\d+(?:\.\d+)*[a-z]?|[a-z](?:\.\d+)?|[ivx]+)?\s*(?:\([^)]{0,30}\))?\s*[:.)\-–]\s*",
    re.IGNORECASE,
)
_LEADING_TIME = re.compile(r"^(?:by|within|over|in|during|after|before|at|for)\b[^,]{0,70},\s*", re.IGNORECASE)
_TRAILING_TIME = re.compile(
    r"\s*,?\s*\b(?:by|within|over|in|during|before|at)\s+(?:the\s+)?(?:next\s+|end\s+of\s+(?:the\s+)?)?"
    r"(?:\d[\d/.-]*|\w+\s+\d{1,2}(?:,\s*\d{4})?|\d+\s+(?:days?|weeks?|wks?|months?|mos?|years?)|discharge|"
    r"(?:treatment\s+)?plan\s+review|authorization(?:\s+period)?|review|recertification|[a-z]+\s+(?:days?|weeks?|wks?|months?))"
    r"[^.;]*?(?=[.;]|$)",
    re.IGNORECASE,
)
_EVIDENCE = re.compile(
    r"\s*,?\s*\b(?:as\s+evidenced\s+by|as\s+measured\s+by|as\s+shown\s+by|evidenced\s+by|aeb|per)\b[^.;]*", re.IGNORECASE
)
_SUBJECTS = {
    "client": "Client", "cl": "Client", "patient": "Patient", "pt": "Patient", "child": "Child", "student": "Student",
    "member": "Member", "resident": "Resident", "individual": "Individual", "consumer": "Consumer", "learner": "Learner",
    "participant": "Participant", "youth": "Youth", "adolescent": "Adolescent", "teen": "Teen", "i": "I",
    "parent": "Parent", "parents": "Parents", "caregiver": "Caregiver", "caregivers": "Caregivers", "cg": "Caregiver",
    "guardian": "Guardian", "family": "Family", "mother": "Mother", "father": "Father", "grandparent": "Grandparent",
}
_SUBJECT = re.compile(
    r"^(?:the\s+)?(?P<who>" + "|".join(sorted(_SUBJECTS, key=len, reverse=True)) + r")\.?(?:['’]s)?\s+"
    r"(?:will|shall|is\s+to|are\s+to|to|would|wants?\s+to|want)\b\s*",
    re.IGNORECASE,
)
_NAMED_SUBJECT = re.compile(r"^(?P<who>[A-Z][a-z]+(?:\s+[A-Z]\.)?)\s+(?:will|shall)\b(?!\s+be\s+\w+(?:ed|en)\b)\s*")
# Statements whose subject is staff describe an intervention, not what the client will do.
_STAFF_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:sn|rn|lpn|nurse|therapist|clinician|counsell?or|staff|rbt|bcba|technician|provider|aide|hha)\b"
    r"(?:\s+(?:will|to|shall)\b)?\s*",
    re.IGNORECASE,
)
_CAREGIVER = re.compile(r"(?i)(?:parents?|caregivers?|guardians?|mother|father|family|grandparents?)$")
_CODES = re.compile(r"\s*\((?:[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?|\d{5})[^)]*\)")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def _core(statement: str) -> str:
    """The sentence that says what the person will do, without labels, codes or a leading time phrase."""
    text = " ".join(statement.split())
    text = _CODES.sub("", _LABEL.sub("", text, count=1))
    sentences = _sentences(text) or [text]
    with_will = [s for s in sentences if re.search(r"\bwill\b", s, re.IGNORECASE)]
    text = with_will[0] if with_will else sentences[0]
    text = _LEADING_TIME.sub("", text).strip()
    return _LABEL.sub("", text, count=1).strip()


def subject_of(statement: str | None, discipline: str | None = None) -> str:
    """Who the statement is about, as the plan says it ("Client", "Patient", "Jordan", "I"), or a default."""
    core = _core(statement or "")
    match = _SUBJECT.match(core)
    if match:
        return _SUBJECTS[match.group("who").lower()]
    named = _NAMED_SUBJECT.match(core)
    if named and named.group("who").lower() not in ("this", "goal", "objective", "treatment", "therapy", "services"):
        return named.group("who")
    return _DEFAULT_WHO.get(discipline or "", "Client")


def aim_of(statement: str) -> str:
    """What the statement aims at, without subject, time frame, vague evidence or final stop: "improve coping skills"."""
    core = _core(statement)
    core = _SUBJECT.sub("", core, count=1)
    core = _NAMED_SUBJECT.sub("", core, count=1)
    core = _STAFF_SUBJECT.sub("", core, count=1)
    core = _EVIDENCE.sub("", core)
    core = _TRAILING_TIME.sub("", core)
    core = re.sub(r"^be\s+able\s+to\s+", "", core.strip(), flags=re.IGNORECASE)
    core = re.sub(r"^↑\s*", "increase ", re.sub(r"^↓\s*", "decrease ", core))
    core = core.strip(" .;:,")
    return core[:1].lower() + core[1:] if core and not core[:2].isupper() else core


# ------------------------------------------------------------------ topics

Build = Callable[[re.Match[str], str, str], str]


@dataclass(frozen=True)
class _Topic:
    """A topic recognised by its words, and the measurable example that keeps it."""

    name: str
    pattern: re.Pattern[str]
    build: Build  # (match, who, statement) -> the example, with "{date}" left to fill
    disciplines: tuple[str, ...] = ()  # empty: any discipline; else only these (or an unknown discipline)


_TOPICS: list[_Topic] = []


def _topic(name: str, pattern: str, disciplines: tuple[str, ...] = ()) -> Callable[[Build], Build]:
    def register(build: Build) -> Build:
        _TOPICS.append(_Topic(name, re.compile(pattern, re.IGNORECASE), build, disciplines))
        return build

    return register


def _fixed(name: str, pattern: str, template: str, disciplines: tuple[str, ...] = ()) -> None:
    def build(_match: re.Match[str], who: str, _statement: str) -> str:
        return template.replace("{who}", who)

    _TOPICS.append(_Topic(name, re.compile(pattern, re.IGNORECASE), build, disciplines))


def _first(options: list[tuple[str, str]], text: str, default: str) -> str:
    return next((name for pattern, name in options if re.search(pattern, text, re.IGNORECASE)), default)


_BODY_PART = re.compile(
    r"\b(?:(?:right|left|r|l|bilateral)\s+)?(?:shoulder|knee|hip|ankle|elbow|wrist|lumbar|cervical|thoracic|neck|back|trunk|"
    r"hand|finger|thumb|spine|foot|leg|arm)s?\b",
    re.IGNORECASE,
)


def _body_part(statement: str, default: str) -> str:
    match = _BODY_PART.search(statement)
    if not match:
        return default
    part = match.group(0).lower()
    return re.sub(r"^r\s", "right ", re.sub(r"^l\s", "left ", part))


# The topic mentioned first in the statement wins; the order below breaks ties.

_fixed("safety-plan", r"\bsuicid\w*|\bself[- ]harm\w*|\bsafety plan|\bmaintain safety|\bstay safe",
       "{who} will name 3 personal warning signs and 2 people to call from the safety plan, without prompts, "
       "at 3 consecutive sessions by {date}.", (*BEHAVIORAL, "other"))


@_topic("education", r"\b(?:educat\w*|instruct(?:ed|ing)?\b|taught|teach(?:es|ing)?\b|learn(?:s|ing)?\b(?!\s+(?:to|and)\b)(?:\s+(?:about|how))?|"
        r"knowledge(?:able)?|understand\w*|awareness|aware|recogni[sz]e\w*)\s+"
        r"(?:(?:of|on|in|about|re:?|regarding|that|into)\s+)*(?:(?:the\s+)?(?:pt|patient|client|caregivers?|cg|family)\s+"
        r"(?:(?:on|in|about|re:?)\s+)?)?(?P<what>[^.;]{3,100})")
def _education(match: re.Match[str], who: str, statement: str) -> str:
    what = re.split(r"\s+and\s+will\b|,\s*and\b|\s+so\s+that\b|\s+in\s+order\s+to\b", match.group("what").strip())[0]
    what = _EVIDENCE.sub("", _TRAILING_TIME.sub("", what)).strip(" .;:,")
    what = re.sub(r"\s+(?:in|during)\s+(?:psychoed\w*|group|session|individual)\b.*$", "", what, flags=re.IGNORECASE)
    skill = re.search(r"\b(?:skills?|techniques?|strategies|exercises?)\b", what, re.IGNORECASE)
    if skill:
        found = _best_topic(what, None, skip="education")
        if found and found[0].name in ("relaxation", "coping", "home-exercise", "energy", "sensory"):
            return found[0].build(found[1], who, statement)
    if re.search(r"precaution", what, re.IGNORECASE):
        return f"{who} will state and follow {what} in 4 of 4 observed opportunities without cues by {{date}}."
    if re.match(r"(?i)how to\b|use\b|manage\b|check\b|take\b", what) or re.search(
            r"(?i)\b(?:monitoring|checks?|care|injections?|use of|transfers?)\s*$", what):
        return f"{who} will show {what} correctly, with every step right on return demonstration, at 2 consecutive sessions by {{date}}."
    return (f"{who} will explain {what} in their own words (teach-back), naming at least 3 key points correctly, at 2 "
            "consecutive sessions by {date}.")


_fixed("refusal", r"\bsay(?:ing)? no\b|\brefusal skills|\bturn(?:ing)? down\b|\bdrink refusal|\bdrug refusal",
       "{who} will practise saying no to offers of drugs or alcohol in role-play at 3 of 3 sessions and report refusing "
       "every offer in a weekly log for 4 consecutive weeks by {date}.")
_fixed("cravings", r"\bcraving", "{who} will rate cravings at 3 or lower on a 0-10 scale at 4 consecutive weekly sessions by {date}.")
_fixed("triggers", r"\btriggers?\b|\bwarning signs?\b|\brelapse\b|\bhigh[- ]risk situations?",
       "{who} will name 3 personal triggers for use and a coping step for each, written in the relapse-prevention plan "
       "and reviewed with the counselor at 2 consecutive sessions, by {date}.")
_fixed("hospital", r"\bhospitali[sz]\w*|\breadmissions?\b|\b(?:er|ed|emergency) visits?|\bcrisis (?:visits?|calls?)",
       "{who} will have 0 hospital admissions or emergency visits for 90 consecutive days, per the record, by {date}.")
_fixed("support", r"\b12[- ]step|\b(?-i:AA|NA)\b|\bsupport (?:network|groups?|meetings?)|\bsober support|\bsponsor|\bmeetings\b",
       "{who} will attend 2 recovery support meetings a week (for example AA, NA or SMART Recovery), verified by "
       "sign-in sheets, for 8 consecutive weeks by {date}.")
_fixed("aftercare", r"\baftercare\b|\bdischarge plan|\bcontinuing care|\bstep[- ]down",
       "{who} will complete a written aftercare plan naming 2 community supports and 1 follow-up appointment, "
       "reviewed and signed at least 2 weeks before discharge and by {date}.")

_SUBSTANCES = [
    (r"alcohol|drink", "alcohol"), (r"opioid|opiate|heroin|fentanyl|oxycodone|pain pills", "opioids"),
    (r"methamphetamine|\bmeth\b", "methamphetamine"), (r"cocaine|crack", "cocaine"), (r"cannabis|marijuana|\bthc\b", "cannabis"),
    (r"benzo", "benzodiazepines"), (r"nicotine|smok|tobacco|vap", "nicotine"),
]


@_topic("abstinence", r"\bsobri\w*|\bsober\b|\babstain\w*|\babstinen\w*|\bsubstance use|\bdrug use|\bdrinking\b|\balcohol\b|"
        r"\bopioids?\b|\bheroin\b|\bfentanyl\b|\bmethamphetamine|\bcocaine\b|\bcannabis\b|\bmarijuana\b|\brecovery\b|\bsmok\w*")
def _abstinence(_match: re.Match[str], who: str, statement: str) -> str:
    substance = _first(_SUBSTANCES, statement, "alcohol and drugs")
    if substance == "nicotine":
        return (f"{who} will stay nicotine-free for 4 consecutive weeks, confirmed by self-report and a carbon monoxide test "
                "at each weekly session, by {date}.")
    return (f"{who} will stay abstinent from {substance} for 8 consecutive weeks, confirmed by negative urine drug screens "
            "at every weekly session, by {date}.")


@_topic("medication", r"\bmedications?\b|\bmeds\b|\badheren\w*|\bprescri\w*|\bpills?\b")
def _medication(_match: re.Match[str], who: str, statement: str) -> str:
    if re.search(r"organi[sz]er|set up|self[- ]administ|pill[- ]?box", statement, re.IGNORECASE):
        return f"{who} will fill a weekly pill organizer with 100% accuracy, checked by the clinician, at 3 consecutive visits by {{date}}."
    return f"{who} will take all prescribed medications on at least 27 of 30 days, confirmed by pill count at each visit, by {{date}}."


# Home health
_fixed("glucose", r"\bglucose\b|\bblood sugar|\bdiabet\w*|\binsulin\b",
       "{who} will check and record blood glucose correctly, every step right on return demonstration, at 3 consecutive "
       "visits by {date}.")
_fixed("heart-failure", r"\bchf\b|\bheart failure|\bweigh(?:s|ing)?\b|\bdaily weights?",
       "{who} will weigh daily and report a gain of more than 3 lb in 2 days, with 100% accuracy on weight-log review, at 3 "
       "consecutive visits by {date}.")
_fixed("blood-pressure", r"\bblood pressure|\bbp\b|\bhypertens\w*|\bvital signs?",
       "{who} will keep blood pressure below 140/90 at 3 consecutive visits by {date}.")


@_topic("breathing", r"\brespirat\w*|\boxygen\b|\bspo2\b|\bsaturation|\bspirometer|\bshort(?:ness)? of breath|\bcopd\b|\bdyspnea")
def _breathing(_match: re.Match[str], who: str, statement: str) -> str:
    if re.search(r"spirometer", statement, re.IGNORECASE):
        return f"{who} will use the incentive spirometer 10 times an hour while awake, reaching 1,500 mL, at 3 consecutive visits by {{date}}."
    return f"{who} will keep oxygen saturation at 92% or above at rest and after walking 50 feet at 3 consecutive visits by {{date}}."


_fixed("wound", r"\bwounds?\b|\bdressing changes?\b|\bincision\b|\bulcers?\b",
       "{who} will change the dressing with clean technique, every step right on return demonstration, at 2 consecutive "
       "visits by {date}.")
_fixed("sodium", r"\bsodium\b|\b(?-i:Na)\b|\blow[- ]salt|\bfluid restriction",
       "{who} will keep a food log showing 2 g of sodium or less a day on at least 5 of 7 days at 3 consecutive visits by {date}.")

# Behavioral health
_fixed("sleep", r"\bsleep\w*|\binsomnia|\bnightmares?",
       "{who} will sleep at least 6 hours on 5 of 7 nights, as recorded in a sleep diary, for 4 consecutive weeks by {date}.")
_fixed("panic", r"\bpanic", "{who} will have 1 or fewer panic attacks a week, as recorded in a daily log, for 4 consecutive weeks by {date}.")
_fixed("grief", r"\bgrie\w*|\bbereave\w*|\bmourn\w*|\bloss of\b",
       "{who} will do 2 valued activities a week that stopped after the loss, as recorded in an activity log, for 4 "
       "consecutive weeks by {date}.", (*BEHAVIORAL, "other"))
_fixed("trauma", r"\bptsd\b|\btrauma\w*|\bflashbacks?|\bavoidance|\bpcl-?5",
       "{who} will lower the PCL-5 score by at least 10 points from intake, to 33 or below, measured monthly, by {date}.",
       (*BEHAVIORAL, "other"))


@_topic("anxiety", r"\banxi\w*|\bworr(?:y|ies|ied)\b|\bnervous|\bfears?\b|\bgad-?7\b|\bbai\b", (*BEHAVIORAL, "other"))
def _anxiety(_match: re.Match[str], who: str, statement: str) -> str:
    if re.search(r"\bbai\b|beck anxiety", statement, re.IGNORECASE):
        return f"{who} will lower the Beck Anxiety Inventory score to 15 or below (from the intake score), measured monthly, by {{date}}."
    return f"{who} will lower the GAD-7 score to 7 or below (from the intake score), measured monthly in session, by {{date}}."


@_topic("depression", r"\bdepress\w*|\bmood\b|\bsad(?:ness)?\b|\bhopeless\w*|\bphq-?9\b|\bbdi\b", (*BEHAVIORAL, "other"))
def _depression(_match: re.Match[str], who: str, statement: str) -> str:
    if re.search(r"\bbdi\b|beck depression", statement, re.IGNORECASE):
        return f"{who} will lower the BDI-II score to 13 or below (from the intake score), measured monthly, by {{date}}."
    return f"{who} will lower the PHQ-9 score to below 10 (from the intake score), measured at each monthly review, by {{date}}."


_fixed("relaxation", r"\brelax\w*|\bmindful\w*|\bbreathing\b|\bgrounding\b",
       "{who} will practise a relaxation technique for 10 minutes on at least 5 of 7 days, as recorded in a daily log, by {date}.",
       (*BEHAVIORAL, "other"))
_fixed("coping", r"\bcop(?:e|es|ing)\b|\bstress\w*|\bcalm\w*|\bmanage (?:emotions|feelings)|\bemotion(?:al)? regulation|\bdistress\b",
       "{who} will use 2 coping skills (for example paced breathing or a short walk) when stressed, on at least 4 of 7 "
       "days a week, as recorded in a daily log, by {date}.",
       (*BEHAVIORAL, "other"))
_fixed("feelings", r"\bfeelings?\b|\bemotions?\b|\bopen(?:ly)? about",
       "{who} will name and share at least 1 feeling in each session, per therapist observation, for 4 consecutive "
       "sessions by {date}.", (*BEHAVIORAL, "other"))

_BEHAVIORS = [
    (r"self[- ]injur\w*|\bsib\b", "self-injury (SIB)"), (r"aggress\w*|hitting|kicking|biting", "aggression"),
    (r"tantrums?|meltdowns?", "tantrums"), (r"elop\w*|running away", "elopement"), (r"scripting|stereotyp\w*", "scripting"),
    (r"outbursts?|anger", "angry outbursts"), (r"non-?compliance|refusals?", "refusals"), (r"\bpbs?\b", "problem behavior"),
    (r"problem behaviou?rs?|challenging behaviou?rs?|disruptive", "problem behavior"),
]


@_topic("behavior", r"\bfunctional communication\b|\b(?-i:PB)\b|\bself[- ]injur\w*|\bsib\b|\baggress\w*|\bhitting\b|\bkicking\b|\bbiting\b|\btantrums?|\bmeltdowns?|"
        r"\belop\w*|\bscripting\b|\bstereotyp\w*|\boutbursts?|\banger\b|\bnon-?compliance|\bproblem behaviou?rs?|"
        r"\bchallenging behaviou?rs?|\bdisruptive")
def _behavior(_match: re.Match[str], who: str, statement: str) -> str:
    behavior = _first(_BEHAVIORS, statement, "problem behavior")
    if re.search(r"functional communication|instead of|replace", statement, re.IGNORECASE):
        return (f"{who} will ask for a break or help with a word, sign or picture card instead of {behavior} in 80% of "
                "opportunities across 3 consecutive sessions by {date}.")
    return (f"{who} will reduce {behavior} from the baseline rate to 1 or fewer episodes per week, measured by daily "
            "behavior data, for 3 consecutive weeks by {date}.")


_fixed("conflict", r"\bargu\w*|\bconflicts?\b|\bfights?\b|\bfighting\b",
       "{who} will take a time-out and come back to finish the talk calmly in at least 3 of 4 disagreements a week, as "
       "recorded in a weekly log, for 4 consecutive weeks by {date}.", (*BEHAVIORAL, "other"))
_FAMILY = re.compile(r"\b(?:family|wife|husband|spouse|partner|marriage|marital|kids|children|son|daughter)\b", re.IGNORECASE)


@_topic("relationships", r"\brelationships?\b(?!\s+between)|\btrust\b|\bisolat\w*|\bwithdraw\w*|\blonel\w*|\bcommunicat\w*",
        ("psychotherapy", "psychiatry", "sud", "other"))
def _relationships(_match: re.Match[str], who: str, statement: str) -> str:
    if _FAMILY.search(statement):
        return (f"{who} will use \"I\" statements to raise a concern with family in at least 3 of 4 family sessions, per "
                "therapist observation, by {date}.")
    return (f"{who} will take part in 1 social activity with another person each week, as recorded in a weekly log, for 6 "
            "consecutive weeks by {date}.")


_fixed("thinking", r"\bthoughts?\b|\bcognitive\b|\binsight\b|\bself[- ]talk|\bbeliefs?\b|\bdistortions?",
       "{who} will complete a thought record for 1 upsetting situation each week, naming the thought, the feeling and a "
       "balanced alternative, in 4 of 4 weeks by {date}.", (*BEHAVIORAL, "other"))
_fixed("self-esteem", r"\bself[- ]?(?:esteem|worth|image|confidence)|\bconfiden\w*",
       "{who} will name 3 personal strengths and rate self-worth at 6 or higher on a 0-10 scale at 3 consecutive sessions by {date}.",
       (*BEHAVIORAL, "other"))
_fixed("school", r"\bschool\b|\bclasses\b|\bhomework\b",
       "{who} will attend at least 90% of school days, per school attendance records, for the 8 weeks before {date}.",
       (*BEHAVIORAL, "other"))
_fixed("work", r"\b(?:return to|go to|attend|keep|find|obtain)\s+(?:a\s+)?(?:work|job|employment)\b|\bemployment\b|\bcall(?:ing)? out sick",
       "{who} will go to work on at least 90% of scheduled shifts, per pay stubs or employer report, for 4 consecutive weeks by {date}.",
       (*BEHAVIORAL, "other"))
_fixed("leisure", r"\bleisure\b|\bhobb\w*|\bquality of life\b|\bpleasant activit\w*|\brecovery activit\w*",
       "{who} will take part in 2 planned leisure activities a week, as recorded in an activity log, for 4 consecutive "
       "weeks by {date}.")


@_topic("caregiver", r"\bparent training|\bcaregiver training|\bparent (?:will|to)\b|\bcaregivers? (?:will|to)\b")
def _caregiver(_match: re.Match[str] | None, who: str, statement: str) -> str:
    if not _CAREGIVER.match(who):
        who = "Caregiver" if re.search(r"(?i)\bcaregiver|\bcg\b", statement) else "Parent"
    strategy = "the strategies taught in training"
    found = re.search(r"\b(?:on|use|implement|demonstrate)\s+(?:the\s+|a\s+)?(?:safe\s+|proper\s+|correct\s+)?(reinforcement|prompting|visual schedules?|first-then|token \w+|"
                      r"behavior plan|wound care|transfers?|exercises?)\w*", statement, re.IGNORECASE)
    if found:
        strategy = f"{found.group(1).lower()} as taught"
    return f"{who} will carry out {strategy} with at least 90% fidelity across 3 consecutive observations by {{date}}."


# Physical and occupational therapy
_fixed("home-exercise", r"\bhep\b|\bhome exercise",
       "{who} will do the home exercise program on at least 5 of 7 days, as recorded in an exercise log, for 4 consecutive "
       "weeks by {date}.", PHYSICAL)
_fixed("edema", r"\bedema\b|\bswelling\b|\boedema\b",
       "{who} will reduce swelling by at least 1 cm in circumference from the intake measurement by {date}.", PHYSICAL)
_fixed("home-safety", r"\bsafe(?:ty|ly)?\b",
       "{who} will follow 3 home-safety steps (clear walkways, walker within reach, night lights) with no falls reported at "
       "4 consecutive weekly visits by {date}.", PHYSICAL)


@_topic("range-of-motion", r"\brange of motion\b|\b[ap]?rom\b|\bflexion\b|\bextension\b|\bstiff\w*|\brotation\b|"
        r"\b(?:shoulder|knee|hip|neck|cervical|lumbar|spine|ankle|wrist|elbow)\s+(?:mobility|motion|movement)\b", PHYSICAL)
def _range_of_motion(_match: re.Match[str], who: str, statement: str) -> str:
    part = _body_part(statement, "the affected joint's")
    return f"{who} will increase {part} range of motion by at least 20 degrees from the intake measurement (goniometer) by {{date}}."


@_topic("balance", r"\bbalance\b|\bfalls?\b|\bfall risk|\bunsteady|\bpostural control", PHYSICAL)
def _balance(_match: re.Match[str], who: str, statement: str) -> str:
    if re.search(r"\bsitting\b|\bseated\b", statement, re.IGNORECASE):
        return f"{who} will sit unsupported at the edge of the bed for 5 minutes without loss of balance in 3 of 3 trials by {{date}}."
    return f"{who} will raise the Berg Balance Scale score to 45/56 or higher (from the intake score) by {{date}}."


@_topic("walking", r"\bgait\b|\bwalk\w*|\bambulat\w*|\bendurance\b|\bmobility\b", PHYSICAL)
def _walking(_match: re.Match[str], who: str, statement: str) -> str:
    if re.search(r"\bspeed\b|\bvelocity", statement, re.IGNORECASE):
        return f"{who} will walk at 1.0 m/s or faster on the 10-meter walk test, from the intake speed, by {{date}}."
    if re.search(r"\bendurance\b|\btolerance\b", statement, re.IGNORECASE):
        return f"{who} will walk at least 300 meters in the 6-minute walk test, from the intake distance, by {{date}}."
    return f"{who} will walk 300 feet with a rolling walker and supervision only, without a rest break, in 3 consecutive sessions by {{date}}."


_fixed("stairs", r"\bstairs?\b|\bsteps to enter|\bcurbs?\b",
       "{who} will go up and down 12 stairs with one rail and no help in 3 consecutive sessions by {date}.", PHYSICAL)
_fixed("transfers", r"\btransfers?\b|\bsit[- ]to[- ]stand|\bbed mobility",
       "{who} will move from sitting to standing and from bed to chair with supervision only in 5 of 5 trials by {date}.",
       PHYSICAL)


@_topic("strength", r"\bstrength\w*|\bstrong\w*|\bweak\w*|\bpinch\b|\bgrip\b|\btherex\b|\btherapeutic exercise", PHYSICAL)
def _strength(_match: re.Match[str], who: str, statement: str) -> str:
    grip = re.search(r"\b(pinch|grip)\b", statement, re.IGNORECASE)
    if grip:
        kind = grip.group(1).lower()
        gauge = "pinch gauge" if kind == "pinch" else "hand dynamometer"
        return f"{who} will increase {kind} strength by at least 5 lb from the intake measurement on a {gauge} by {{date}}."
    part = _body_part(statement, "the weak muscle groups'")
    if re.search(r"\ble\b|lower extremit", statement, re.IGNORECASE):
        part = "leg"
    return (f"{who} will increase {part} strength by at least one grade on manual muscle testing (for example from 3/5 to 4/5) "
            "by {date}.")


@_topic("pain", r"\bpain\b|\bache\w*|\bsoreness", PHYSICAL)
def _pain(_match: re.Match[str], who: str, statement: str) -> str:
    part = _body_part(statement, "")
    where = f"{part} pain" if part else "pain"
    return f"{who} will report {where} at 3/10 or lower on the 0-10 pain scale during daily activities at 3 consecutive visits by {{date}}."


_fixed("body-mechanics", r"\bposture\b|\bbody mechanics\b|\blifting\b|\bergonom\w*|\bcore stability",
       "{who} will use safe lifting body mechanics in 4 of 5 trials without cues by {date}.", PHYSICAL)
_fixed("voice-care", r"\b(?:voice|vocal) hygiene\b",
       "{who} will follow 4 voice-care habits (for example drinking water and not clearing the throat) on at least 5 of 7 "
       "days, per daily log, by {date}.")

_ADLS = [(r"dress|button|zipper", "upper- and lower-body dressing"), (r"bath|shower", "bathing"), (r"toilet", "toileting"),
         (r"groom|(?<!voice )(?<!vocal )hygiene", "grooming"), (r"feed|eating", "self-feeding")]


@_topic("self-care", r"\badls?\b|\bself[- ]care\b|\bdress\w*|\bbutton\w*|\bbath\w*|\bshower\w*|\btoilet\w*|\bgroom\w*|"
        r"(?<!voice )(?<!vocal )\bhygiene\b|\bself[- ]feeding|\bdaily living|\bfeeding\b")
def _self_care(_match: re.Match[str], who: str, statement: str) -> str:
    task = _first(_ADLS, statement, "dressing, bathing and grooming")
    if task == "toileting" and not re.search(r"\b(?:adl|commode|transfer)", statement, re.IGNORECASE):
        return f"{who} will urinate in the toilet on at least 80% of scheduled toilet trips for 5 consecutive days by {{date}}."
    return f"{who} will complete {task} with set-up help only in 4 of 5 trials by {{date}}."


_fixed("iadl", r"\biadls?\b|\bmeals?\b|\bcook\w*|\blaundry\b|\bhousehold\b|\bshopping\b|\bmoney\b|\bhome management|\bkitchen\b",
       "{who} will prepare a simple hot meal safely with supervision only in 3 of 4 sessions by {date}.")
_fixed("fine-motor", r"\bfine motor\b|\b(?-i:FM)\b|\bletter formation|\bhandwriting\b|\blegib\w*|\bscissors\b|\bdexterity\b|\btyping\b|\bkeyboard",
       "{who} will copy a 10-word sentence with at least 80% of letters legible (or typed correctly) in 4 of 5 trials by {date}.",
       ("ot", "other"))
_fixed("energy", r"\benergy conservation\b|\bpacing\b|\bfatigue\b",
       "{who} will use 3 energy-saving steps (sitting to dress, resting between tasks, planning the day) during morning "
       "self-care in 4 of 5 sessions by {date}.", PHYSICAL)
_fixed("sensory", r"\bsensory\b|\bself[- ]regulat\w*",
       "{who} will use a chosen sensory strategy to stay calm and on task for 10 minutes in 4 of 5 sessions by {date}.")
_fixed("visual-perception", r"\bvisual[- ](?:perceptual|motor|perception)",
       "{who} will complete a 24-piece puzzle with no more than 2 cues in 4 of 5 trials by {date}.")

# Speech-language pathology
_fixed("swallowing", r"\bswallow\w*|\bdysphagia\b|\boral intake\b|\baspirat\w*|\bliquids?\b|\b(?-i:PO)\b",
       "{who} will eat a soft-solid diet with no signs of aspiration at 3 consecutive meals, per clinician observation, by {date}.")
_fixed("oral-motor", r"\boral[- ]motor\b",
       "{who} will do the oral-motor exercise set (10 repetitions each) with correct form on at least 5 of 7 days, per home "
       "log, for 4 consecutive weeks by {date}.")
_fixed("intelligibility", r"\bintelligib\w*|\bspeech clarity|\bclear(?:er)? speech|\bbe understood",
       "{who} will be understood by an unfamiliar listener in at least 80% of utterances in a 5-minute conversation by {date}.")


@_topic("articulation", r"\barticulat\w*|\bspeech sounds?\b|\bphonolog\w*|/[a-z]{1,3}/|\bsounds?\b|\bcvc\b|\bsyllables?\b")
def _articulation(_match: re.Match[str], who: str, statement: str) -> str:
    sound = re.search(r"/[a-z]{1,3}/", statement, re.IGNORECASE)
    target = sound.group(0) if sound else ("CVC words" if re.search(r"\bcvc\b", statement, re.IGNORECASE) else "the target sounds")
    where = "" if target == "CVC words" else " in words"
    return f"{who} will produce {target}{where} with 80% accuracy across 3 consecutive sessions by {{date}}."


_fixed("fluency", r"\bfluen\w*|\bstutter\w*|\bstammer\w*",
       "{who} will speak with at least 95% fluent syllables in a 5-minute conversation, using an easy-onset strategy, in 3 "
       "consecutive sessions by {date}.")
_fixed("voice", r"\bvoice\b|\bvocal\b|\bloud\w*|\bhoarse\w*",
       "{who} will speak at 70 dB or louder (measured at 30 cm) for 5 minutes of conversation in 4 of 5 trials by {date}.")
_fixed("word-finding", r"\bword[- ]finding\b|\bnaming\b|\banomia\b|\bword retrieval\b",
       "{who} will name 8 of 10 common objects within 5 seconds each across 3 consecutive sessions by {date}.")
_fixed("memory", r"\bmemory\b|\brecall\b|\bcognitive[- ]linguistic",
       "{who} will recall 3 items of new information after a 10-minute delay, using a memory strategy, in 4 of 5 trials by {date}.")
_fixed("questions", r"\bwh-?\s?questions?\b|\banswer\w*\b.*\bquestions?\b|\bcomprehension\b",
       "{who} will answer WH-questions about a short story with 80% accuracy across 3 consecutive sessions by {date}.")


@_topic("directions", r"\bdirections?\b|\binstructions?\b|\bcommands?\b|\bcompl(?:iance|y)\b|\bdemands?\b")
def _directions(_match: re.Match[str], who: str, statement: str) -> str:
    steps = re.search(r"\b(\d|one|two|three)[- ]step\b", statement, re.IGNORECASE)
    count = {"one": "1", "two": "2", "three": "3"}.get(steps.group(1).lower(), steps.group(1)) if steps else "2"
    return f"{who} will follow {count}-step directions with 80% accuracy across 3 consecutive sessions by {{date}}."


@_topic("grammar", r"\bgrammar\w*|\bmorpholog\w*|\bverbs?\b|\bverb\+|\bplurals?\b|\bpronouns?\b|\bpast tense\b")
def _grammar(_match: re.Match[str], who: str, statement: str) -> str:
    form = re.search(r"\buse\s+(.{2,30}?)\s+in\s+(?:sentences|conversation)", statement, re.IGNORECASE)
    target = form.group(1) if form else "the target grammar form"
    return f"{who} will use {target} correctly in sentences with 80% accuracy across 3 consecutive sessions by {{date}}."


_fixed("pragmatics", r"\bpragmatic\w*|\bconversation\w*|\bturn[- ]taking\b|\bsocial skills?\b|\bpeers?\b|\bfriends?\b",
       "{who} will start a conversation with a peer and keep it going for at least 3 turns in 4 of 5 opportunities, per "
       "teacher or caregiver report, by {date}.")
_fixed("manding", r"\bmand\w*|\brequest\w*|\bask(?:ing)? for\b|\bwants and needs\b",
       "{who} will independently request 10 preferred items (mand) in 80% of opportunities across 3 consecutive sessions by {date}.")


@_topic("expressive-language", r"\bexpressive\b|\bphrases?\b|\bsentences?\b|\bvocabulary\b|\blanguage\b|\butterances?\b|\baphasia\b")
def _expressive(_match: re.Match[str], who: str, statement: str) -> str:
    length = re.search(r"\b(\d)[- ]word\b", statement)
    words = length.group(1) if length else "3"
    return f"{who} will use {words}-word phrases to request and comment in 80% of opportunities across 3 consecutive sessions by {{date}}."


_fixed("communication", r"\bcommunicat\w*|\baac\b|\bdevice\b|\bsigns?\b",
       "{who} will use words, signs or a device to make at least 10 requests per session in 3 consecutive sessions by {date}.")

# Applied behavior analysis
_fixed("assessment-score", r"\bvb-?mapp\b|\bablls\w*|\bmilestones\b",
       "{who} will raise the VB-MAPP Milestones score by at least 15 points from the last assessment, at the reassessment due "
       "by {date}.")
_fixed("generalization", r"\bgenerali[sz]\w*",
       "{who} will show each mastered skill with 2 new people and in 2 new settings in 80% of probes by {date}.")
_fixed("responding-to-name", r"\brespond\w* to (?:(?:his|her|their|own)\s+)?name",
       "{who} will look at the speaker within 3 seconds when called by name in 80% of opportunities across 3 consecutive "
       "sessions by {date}.")
_fixed("joint-attention", r"\bjoint attention\b",
       "{who} will look where an adult points (respond to joint attention) in 80% of opportunities across 3 consecutive "
       "sessions by {date}.")
_fixed("transitions", r"\btransitions?\b",
       "{who} will move to the next activity within 2 minutes with no more than 1 prompt in 80% of transitions across 5 "
       "consecutive sessions by {date}.")
_fixed("sharing", r"\bshar(?:e|es|ing)\b|\btake turns\b",
       "{who} will share a toy with a peer when asked in 4 of 5 opportunities across 3 consecutive sessions by {date}.")
_fixed("play", r"\bplay\w*\b",
       "{who} will play next to or with a peer for 5 minutes without adult prompts in 4 of 5 opportunities by {date}.")
@_topic("imitation", r"\bimitat\w*|\bechoic")
def _imitation(_match: re.Match[str], who: str, statement: str) -> str:
    if re.search(r"(?i)echoic|sounds?|words?|syllables?|vocal", statement):
        return f"{who} will repeat an adult's single sounds or words (echoic) in 80% of trials across 3 consecutive sessions by {{date}}."
    return f"{who} will imitate 10 actions with objects in 80% of trials across 3 consecutive sessions by {{date}}."
_fixed("waiting", r"\btolerat\w* (?:for |of )?(?:waiting|denied|no\b|delays?)|\bwait\w*|\bdelays?\b|\bdenied\b|\bhear(?:ing)? no\b",
       "{who} will wait up to 2 minutes for a preferred item without problem behavior in 80% of opportunities across 3 "
       "consecutive sessions by {date}.", ("aba", "slp", "ot", "other"))
_fixed("attention", r"\battention\b|\bon[- ]task\b|\bfocus\w*|\bconcentrat\w*",
       "{who} will stay on a table-top task for 10 minutes with no more than 2 cues in 4 of 5 sessions by {date}.")
_fixed("independence", r"\bindependen\w*|\bprior level of function|\bplof\b|\bfunction(?:al|ing)?\b|\breturn home",
       "{who} will complete dressing, bathing and a simple meal with supervision only in 4 of 5 sessions by {date}.",
       PHYSICAL)


def _fits(topic: _Topic, discipline: str | None) -> bool:
    return not topic.disciplines or discipline in (None, "other") or discipline in topic.disciplines


def _best_topic(text: str, discipline: str | None, skip: str = "") -> tuple[_Topic, re.Match[str]] | None:
    """The topic mentioned first in `text`; the catalogue order breaks ties."""
    best: tuple[int, int, _Topic, re.Match[str]] | None = None
    for order, topic in enumerate(_TOPICS):
        if topic.name == skip or not _fits(topic, discipline):
            continue
        match = topic.pattern.search(text)
        if match and (best is None or (match.start(), order) < best[:2]):
            best = (match.start(), order, topic, match)
    return (best[2], best[3]) if best else None


def _frame(who: str, aim: str, discipline: str | None) -> str:
    hint = _HINTS.get(discipline or "", _DEFAULT_HINT)
    return f"{who} will {aim}, measured by [a measure such as {hint}], from [today's level] to [target level] by {{date}}."


def _default(who: str, discipline: str | None) -> str:
    return _EXAMPLES.get(discipline or "", _DEFAULT).replace("{who}", who)


def rewrite_statement(statement: str, discipline: str | None, target_date: str) -> str:
    """A measurable, time-bound version of `statement` that keeps its subject and topic."""
    core = _core(statement)
    staff = bool(_STAFF_SUBJECT.match(core)) and not _SUBJECT.match(core)
    who = _DEFAULT_WHO.get(discipline or "", "Client") if staff else subject_of(statement, discipline)
    aim = aim_of(statement)
    if _CAREGIVER.match(who):
        return _caregiver(None, who, f"{aim} {statement}").replace("{date}", target_date)
    found = _best_topic(aim, discipline) or _best_topic(statement, discipline)
    if found:
        topic, match = found
        return topic.build(match, who, f"{aim} {statement}").replace("{date}", target_date)
    if staff:
        return f"Say what the {who.lower()} will do, not what staff will do: {_default(who, discipline)}".replace("{date}", target_date)
    passive = not (_SUBJECT.match(core) or _NAMED_SUBJECT.match(core)) and re.search(r"\bwill\b", core, re.IGNORECASE)
    if passive or len(aim.split()) > 16 or len(aim.split()) < 2 or not re.match(r"[a-z]", aim):
        return f"For example: {_default(who, discipline)}".replace("{date}", target_date)
    return _frame(who, aim, discipline).replace("{date}", target_date)


def measurable_example(discipline: str | None, target_date: str, statement: str | None = None) -> str:
    """A measurable, time-bound statement in the plan's discipline; built from `statement` when given."""
    if statement and statement.strip():
        return rewrite_statement(statement, discipline, target_date)
    return _default(_DEFAULT_WHO.get(discipline or "", "Client"), discipline).replace("{date}", target_date)
