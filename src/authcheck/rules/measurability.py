"""Is a goal or objective measurable, and is it time-bound?

Measurable: the statement names what is measured (a behaviour, a score on an instrument, range of
motion, a count, a frequency, a level of assistance, accuracy ...) AND the level to reach. Numbers
that are only dates, time frames, labels or codes do not count. Time-bound: a target date or a time
frame ("by 03/01/2026", "within 8 weeks", "by discharge").

The approach is transparent pattern analysis, not a learned model: every verdict comes with the
evidence that decided it, so a clinician can see why. Its precision and recall are measured on the
labelled tables in tests/data/objectives/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from authcheck.model.vocab import INSTRUMENT_RE
from authcheck.parsing.dates import find_dates

__all__ = ["Assessment", "assess", "forget_assessments", "is_time_bound"]

_INSTRUMENT_RE = INSTRUMENT_RE

_LABEL_RE = re.compile(
    r"^\s*(?:(?:long|short)[- ]term\s+)?(?:goal|objective|obj|stg|ltg|target|problem|intervention|step)?\s*"
    r"#?\s*(?:\d+(?:\.\d+)*[a-z]?|[a-z](?:\.\d+)?|[ivx]+)?\s*[.):\-–]\s+",
    re.IGNORECASE,
)
# "Goal 2", "Phase 3", "Level 2": labels, not targets ("from level 4 to level 6" is a target and stays)
_LABEL_WORD_RE = re.compile(
    r"(?<!\bfrom\s)(?<!\bto\s)(?<!\bat\s)(?<!\breach\s)(?<!\bachieve\s)"
    r"\b(?:goal|objective|obj|stg|ltg|problem|intervention|step|phase|level|session|visit|week|wk|day|grade|stage|tier)\s*#?\s*\d+(?:\.\d+)*[a-z]?\b",
    re.IGNORECASE,
)
_CODE_RE = re.compile(
    r"\b(?:\d{5}|\d{4}[ftu]|[a-v]\d{4}|[a-z]\d{2}\.?\d{0,4}[a-z]?|icd-?10(?:-cm)?|dsm-?(?:5|iv|5-tr)|cpt|hcpcs)\b",
    re.IGNORECASE,
)

_UNITS_OF_TIME = r"(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|sessions?|visits?|treatment sessions?)"
_NUMBER = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)"
_TIMEFRAME_PATTERNS = [
    rf"\b(?:within|in|over|during|after)\s+(?:the\s+)?(?:next\s+|first\s+|following\s+)?(?:{_NUMBER})(?:\s*(?:-|to)\s*{_NUMBER})?\s*-?\s*(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\b",
    rf"\b(?:within|by)\s+(?:the\s+)?(?:next\s+|first\s+)?(?:{_NUMBER})\s*-?\s*(?:sessions?|visits?|treatment sessions?)\b",
    rf"\bby\s+(?:{_NUMBER})\s*(?:days?|weeks?|wks?|months?|mos?)\s+(?:post|after|following)\b",
    rf"\b(?:by|before|on or before|no later than|prior to|at)\s+(?:the\s+)?(?:end\s+of\s+)?(?:week|wk|month|session|visit|day)\s*#?\s*{_NUMBER}\b",
    r"\b(?:by|before|at|prior to|upon|no later than|on or before|through|throughout|thru|until|till)\s+(?:the\s+)?(?:time\s+of\s+)?(?:end\s+of\s+(?:the\s+)?|(?!each\b|every\b)[\w-]+\s+){0,2}"
    r"(?:discharge|d/c|dc|transition|graduation|iep(?:\s+(?:date|meeting|review))?|annual\s+review|(?:due\s+)?date|deadline|re-?evaluation|re-?eval|re-?assessment|reassessment|progress report|"
    r"recert(?:ification)?|(?:treatment\s+)?plan\s+review|review|authori[sz]ation(?:\s+period)?|auth(?:orization)?\s+period|"
    r"certification(?:\s+period)?|plan\s+period|episode(?:\s+of\s+care)?|school\s+year|semester|quarter|treatment|"
    r"this\s+(?:plan|episode|authori[sz]ation|certification)(?:\s+period)?|(?:the\s+)?(?:current\s+)?(?:plan|authori[sz]ation|certification)\s+period)\b",
    r"\b(?:by|before|no later than|prior to)\s+(?:the\s+)?(?:start|beginning|end|close|conclusion|completion)\s+of\b",
    # a bounded period ("during the certification period", "for the duration of this authorization"), not "during treatment"
    r"\b(?:during|for\s+the\s+duration\s+of)\s+(?:the\s+)?(?:current\s+|this\s+|next\s+)?(?:(?:60|90)-day\s+)?"
    r"(?:certification|re-?certification|authori[sz]ation|plan|episode|school\s+year|semester|quarter)(?:\s+period)?\b",
    r"\b(?:by|before|until|through|no later than|target(?:\s+date)?:?|due:?)\s*\(?(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}\b",
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:19|20)\d{2}\b",
    rf"\b(?:target(?:\s+date)?|due|goal date|timeframe|time frame|est(?:imated)?\.?\s+(?:completion|time)|anticipated|expected)\s*(?:date)?\s*[:=]?\s*(?:in\s+|within\s+)?{_NUMBER}\s*-?\s*{_UNITS_OF_TIME}\b",
    rf"\(\s*(?:{_NUMBER})\s*-?\s*{_UNITS_OF_TIME}\s*\)",
    rf"\b(?:{_NUMBER})\s*-?\s*(?:weeks?|wks?|months?|mos?|days?)\s+(?:goal|stg|ltg|objective)\b",
    rf"\b(?:stg|ltg|goal|objective)s?\s*\(?\s*(?:{_NUMBER})\s*-?\s*(?:weeks?|wks?|months?|mos?|days?)\s*\)?",
    r"\b(?:by|before|until|through|no later than)\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?:\s+\d{4})?",
    r"\b(?:by|before|until|through)\s+(?:spring|summer|fall|autumn|winter)(?:\s+(?:break|\d{4}))?\b",
    r"\b(?:by|before|until|no later than)\s+\d{1,2}/\d{1,2}\b",
]
_PAST_CONTEXT_RE = re.compile(
    r"\b(?:s/p|status post|onset|since|surgery|injury|doi|dos|admitted|admission|diagnosed|evaluat\w*|eval|assessed|"
    r"administered|baseline|last|prior|started|began|measured|scored|completed|dated|born|soc|start of care|intake|"
    r"cva|stroke|fall|fx|fracture|tka|tha|orif|admit\w*|hospitali\w*|exacerbation|accident|mva|dob|doi)\b[^.;]*$",
    re.IGNORECASE,
)
_FUTURE_CONTEXT_RE = re.compile(r"\b(?:by|before|until|through|thru|target|due|no later than|goal date)\b[^.;]*$", re.IGNORECASE)
# (?<!-): the "by" of "stand-by assistance" starts no time frame
_TIMEFRAME_RE = re.compile("|".join(f"(?<!-)(?:{p})" for p in _TIMEFRAME_PATTERNS), re.IGNORECASE)

# Observable criteria that need no number.
_ASSIST_RE = re.compile(
    r"\b(?:indep[a-z]*?(?:ent|ant)(?:ly)?\b|indep\.?(?=\s)|modified independen\w*|return[- ]?demo\w*|mod\s*i\b|with(?:out)?\s+(?:any\s+)?(?:physical\s+|verbal\s+|visual\s+|gestural\s+|hand[- ]over[- ]hand\s+)?"
    r"(?:assistance|assist|prompts?|prompting|cues?|cueing|help|support|reminders?|redirection|an assistive device|assistive device|device|ad)\b|"
    r"(?:min(?:imal)?|mod(?:erate)?|max(?:imal)?|minimum|maximum|contact guard|stand-?by|standby|set-?up)\s*(?:assist(?:ance)?\b|\(?a\)?)|"
    r"\bcga\b|\bsba\b|\bi\s+(?:w/|with\b)|\bset-?up\s+(?:only|assist\w*|a\b)|\bsupervision\b|\bmod\s*a\b|\bmin\s*a\b|\bmax\s*a\b|\bwfl\b|\bwnl\b|within normal limits|within functional limits|"
    r"without (?:loss of balance|lob|pain|rest breaks?|errors?|incident|difficulty|compensat\w+|deviation|(?:an? )?increase in (?:symptoms|pain))|"
    r"(?:without|w/o)\s+(?:any\s+)?(?:clinical\s+|overt\s+)?(?:signs?|symptoms?|s/s|evidence)(?:\s+(?:or|and|/)\s+symptoms?)?\s+(?:of\s+)?\w+|no restrictions|without restrictions|unrestricted|full[- ]duty|"
    r"pain[- ]free|symmetrical(?:ly)?|no (?:loss of balance|lob|falls?|errors?|deviations?))",
    re.IGNORECASE,
)
_ABSOLUTE_RE = re.compile(
    r"\b(?:zero|no|0|none|free\s+(?:of|from)|without(?:\s+any)?)\s+(?:[\w-]+\s+){0,3}?(?:episodes?|incidents?|instances?|occurrences?|days?\s+of\s+use|use|uses|relapses?|"
    r"(?:drinking|using|binge|heavy[- ]drinking)\s+days?|"
    r"falls?|self[- ]harm|suicid\w+\s+(?:attempts?|gestures?)|tantrums?|outbursts?|aggressi\w+|absences?|positive\s+(?:uds|screens?|tests?|results?)|"
    r"(?:re-?)?hospitali[sz]ations?|re-?admissions?|ed visits?|er visits?|(?:urgent\s+care|emergency(?:\s+(?:room|department))?|unplanned)\s+visits?|admissions?|"
    r"(?:hospital|inpatient|psychiatric)\s+stays?|crisis\s+(?:visits?|episodes?|calls?|contacts?)|arrests?|missed\s+(?:sessions?|doses?|appointments?|injections?|shots?|medications?|meds)|physical\s+altercations?|"
    r"refusals?|elopements?|errors?|drinks?|cigarettes?|cravings?|panic attacks?|drainage|redness|"
    r"(?:skin\s+)?breakdown|pressure\s+(?:injur(?:y|ies)|ulcers?|sores?)|infections?|signs?\s+(?:(?:or|and|and/or|/|&)\s+symptoms?\s+)?of\s+\w+|"
    # "no s/s aspiration", "free of s/s infection": shorthand for signs or symptoms of a named condition
    r"s/s\s+(?:of\s+)?[a-z]\w+)\b|"
    r"\b(?:fully|completely|100\s*%)\s+(?:closed|healed|epitheliali[sz]ed|resolved)\b|"
    # a state seen at each observation: "Skin intact on heels and hips at every aide visit", "incision clean and dry
    # at each nursing visit"
    r"\b(?:intact|clean\s+and\s+dry|closed|healed)\b[^.;]{0,60}?\bat\s+(?:every|each|all)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visits?|checks?|assessments?|observations?)\b|"
    r"(?:\b(?:negative|neg\.?|clean)|\(-\))\s+(?:\w+\s+){0,2}?(?:instrument|uds|urine\s+(?:drug\s+)?(?:screens?|tests?|tox\w*)|drug\s+screens?|tox(?:icology)?\s+screens?|screens?|breathalyzers?|tests?|results?)\b|"
    # "0 positive breathalyzer or EtG results", "no positive urine drug screens": the tests named (alternatives too)
    r"\b(?:zero|no|0)\s+positive\s+(?:[\w-]+\s+(?:(?:or|and|and/or|/)\s+)?){0,3}?(?:results?|screens?|tests?|readings?|samples?)\b|"
    r"\b(?:zero|no|0)\s+positive\s+(?:[\w-]+\s+(?:or|and|and/or|/)\s+)?instrument\b|"
    r"\ball\s+(?:[\w-]+\s+){0,3}?(?:sessions?|appointments?|groups?|meetings?|doses?|visits?|classes?|screens?|tests?|injections?)\b|"
    r"\b(?:instrument|screens?|tests?|results?|samples?|collections?)\s+(?:\w+\s+)?negative\b|"
    r"\b(?:100|all)\s*%?\s+of\s+(?:scheduled\s+)?(?:sessions?|appointments?|groups?|doses?|opportunities|trials)\b|"
    # "breath alcohol tests with 0.00 results", "a 0.02 BrAC reading": a test's value written before its results
    r"\b\d*\.\d+\s*%?\s+(?:[\w-]+\s+){0,2}?(?:results?|readings?|bac|brac)\b|"
    r"\bat\s+least\s+(?:once|twice|(?:three|four|five|\d+)\s+times)\b|"
    # "(0 missed)", "with none missed": a count of zero, the noun said before it
    r"\b(?:zero|0|none)\s+missed\b|"
    # "THC levels declining to negative", "viral load to undetectable", "screens remaining negative"
    r"\b(?:levels?|results?|screens?|tests?|uds|ua|readings?|load|counts?|titers?|values?|samples?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:to|at|remain(?:s|ing)?|stay(?:s|ing)?|becom(?:e|es|ing)|reach(?:es|ing)?)\s+(?:zero|negative|undetectable|non-?detect(?:able|ed)?)\b",
    re.IGNORECASE,
)
_FREQ_CRITERION_RE = re.compile(
    rf"\b(?:{_NUMBER}|once|twice)\s*(?:[\w/&-]+\s+){{0,2}}?(?:x|×|times?|days?|nights?|sessions?|meetings?|groups?|visits?|hours?|hrs?|minutes?|mins?)?\s*"
    rf"(?:/|per|a|an|each|every)\s*(?:day|week|wk|month|night|session|hour|shift)\b|"
    r"\b(?:daily(?!\s+(?:living|activities|life|routines?|tasks|functioning|function|care|needs))|every day|each day|nightly|every night|each night|every morning|each morning|twice daily|at every session|"
    r"each session|every session|at each session|weekly|twice weekly|three times weekly|every week|each week)\b|"
    # an interval in hours ("reposition at least every 2 hours", "≥q2h"): care around the clock, never a visit schedule
    rf"(?:\bevery\s+(?:{_NUMBER})(?:\s*(?:-|to)\s*{_NUMBER})?\s*-?\s*(?:hours?|hrs?|h)\b|\bq\s*\d+(?:\s*-\s*\d+)?\s*(?:h|hrs?|hours?)\b)",
    re.IGNORECASE,
)
_COMPARATOR_RE = re.compile(
    rf"(?:\b(?:below|under|less than|fewer than|no more than|not more than|no (?:higher|greater|lower|less) than|not (?:to )?exceed(?:ing)?|at most|maximum of|max of|at least|a minimum of|minimum of|min of|more than|greater than|"
    rf"above|over|exceeding|reduce(?:d)? by|decrease(?:d)? by|increase(?:d)? by|improve(?:d)? by|up to|to|of|equal to|score of|rating of|level of|"
    rf"reach|achieve|maintain|from)\s+(?:a\s+)?(?:instrument\s+)?(?:score\s+of\s+|rating\s+of\s+|level\s+)?|[≤≥<>=]\s*|\bscore[sd]?\s*(?:of\s*)?)"
    rf"{_NUMBER}\b(?!\s*{_UNITS_OF_TIME}\b)|\b{_NUMBER}\s+or\s+(?:less|fewer|more|greater|below|above|higher|lower|better|under|over)\b|\b{_NUMBER}\s*\+",
    re.IGNORECASE,
)
_RANGE_TARGET_RE = re.compile(
    rf"\bbetween\s+(?:{_NUMBER})\s*(?:%|[a-z/]+\s+)?(?:and|-|to)\s+(?:{_NUMBER})\b|"
    rf"\b(?:{_NUMBER})\s+INSTRUMENT\b|\bINSTRUMENT\s*(?:score\s*|level\s*|reading\s*)?(?:of\s*|at\s*)?[<>≤≥]=?\s*\d",
    re.IGNORECASE,
)
_RATIO_RE = re.compile(
    rf"\b\d+(?:\.\d+)?\s*(?:%|percent\b|°|degrees?\b|/\s*\d+\b)|\b{_NUMBER}\s+(?:out\s+)?of\s+(?:the\s+)?(?:{_NUMBER}|\d+)\s*"
    r"(?:\w+\s+){0,2}?(?:trials?|opportunities|attempts?|probes?|sessions?|days?|data\s+days?|observations?|occasions?|times?|days?)?\b|"
    r"\b\d+(?:\.\d+)?\s*/\s*\d+\s*(?:trials?|opportunities|sessions?|days?)?",
    re.IGNORECASE,
)
_QUANTITY_UNITS = (
    r"(?:degrees?|°|%|percent|feet|foot|ft|'|meters?|metres?|m\b|yards?|yds?|miles?|lbs?|pounds?|kg|kilograms?|oz|ounces?|inches?|in\b|cm|"
    r"seconds?|secs?|s\b|minutes?|mins?|hours?|hrs?|steps?|stairs?|flights?|reps?|repetitions?|sets?|trials?|opportunities|attempts?|"
    r"visits?|observations?|occasions?|probes?|checks?|"
    r"times?|episodes?|incidents?|instances?|occurrences?|outbursts?|tantrums?|behaviou?rs?|words?|phrases?|sentences?|utterances?|syllables?|"
    r"sounds?|mands?|tacts?|requests?|responses?|exchanges?|turns?|items?|targets?|skills?|strategies|techniques?|triggers?|coping\s+\w+|"
    r"supports?|people|persons?|peers?|adults?|contacts?|sessions?|appointments?|meetings?|groups?|days?|nights?|weeks?|months?|hours?\s+of\s+sleep|"
    r"wpm|words per minute|mph|servings?|drinks?|cigarettes?|doses?|pills?|tests?|screens?|samples?|readings?|injections?|meals?|bites?|sips?|cups?|glasses?|errors?|cues?|prompts?|points?|levels?|grade|"
    r"activities|tasks?|steps?|components?|pages?|books?|questions?|directions?|commands?|instructions?|examples?|ways?|reasons?|goals?|"
    r"signs?|symptoms?|warning\s+signs?|thoughts?|statements?|feelings?|emotions?|lbs|bpm|mmhg|laps?|blocks?|pieces?|objects?|colors?|letters?|numbers?|"
    r"puzzles?|transitions?|lines?|plans?|applications?|jobs?|interviews?|hours?|classes?|assignments?|chores?|friends?|activities|events?|"
    r"modules?|lessons?|chapters?|worksheets?|workbooks?|exercises?|acceptances?|referrals?|letters?|notes?|sentences?|paragraphs?|"
    r"messages?|recordings?|phone\s+calls?|calls?|e-?mails?|journal\s+entries|entries|log\s+entries)"
)
# A number of days, minutes, sessions or reps after "N x" is the second factor of a dose or schedule ("PT 3 x 4 weeks",
# "2 x 45 min sessions", "3 x 10 reps"), and "x" is no word describing the counted thing: _SETS_REPS_RE reads those and
# tells sets x reps from schedules. A size stays a count ("ulcer will close (0 x 0 cm)").
_DOSE_UNITS = (
    r"(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|sessions?|visits?|times?|minutes?|mins?|hours?|hrs?|seconds?|secs?|"
    r"reps?|repetitions?|sets?)"
)
_COUNT_RE = re.compile(
    rf"(?<!every )(?<!each )(?<!per )(?:(?<!\d\s[x×]\s)(?<!\d[x×]\s)(?<!\d\s[x×])(?<!\d[x×])|(?!{_NUMBER}\s*-?\s*{_DOSE_UNITS}\b))\b(?:{_NUMBER})(?!\d)(?:\s*(?:-|to)\s*(?:{_NUMBER}))?\s*(?:\+\s*)?"
    # "2 AA or SMART meetings", "3 NA and/or AA meetings", "2 NA or SMART Recovery meetings": alternatives (a word or
    # two each) named before the counted thing
    rf"(?:(?:[\w-]+\s+){{1,2}}?(?:or|and|and/or)\s+(?=(?:[\w-]+\s+){{1,2}}?{_QUANTITY_UNITS}))?(?:new\s+|different\s+|distinct\s+|consecutive\s+|healthy\s+|positive\s+|adaptive\s+|"
    rf"specific\s+|personal\s+|relapse\s+|sober\s+|safe\s+|effective\s+|appropriate\s+|functional\s+|age-appropriate\s+|(?![x×](?:\s|\d))[\w/&]+(?:-[\w/&]+)*\s+){{0,2}}{_QUANTITY_UNITS}",
    re.IGNORECASE,
)
_VERB_COUNT_RE = re.compile(
    rf"\b(?:identify|list|name|state|describe|verbali[sz]e|write|complete|attend|demonstrate|use|practice|perform|read|produce|"
    rf"follow|make|initiate|request|share|report|record|engage in|participate in|develop|create|apply|obtain|schedule|contact|call|"
    rf"submit|choose|select|recall|explain|generate|try|learn)\s+(?:down\s+|out\s+|up\s+)?(?:at least\s+|a minimum of\s+|minimum of\s+|up to\s+)?"
    # "name the 5 body sensations of panic", "list all 4 warning signs", "identify his 3 triggers": a set of known size
    rf"(?:(?:all\s+)?(?:the|his|her|their|my|all)\s+(?=(?:{_NUMBER})\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+s\b))?"
    rf"(?:{_NUMBER})\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+s\b",
    re.IGNORECASE,
)
# One discrete product the client makes or delivers: done or not done is the observable target ("write and read an
# amends letter in a family session", "complete a written relapse prevention plan", "submit a job application",
# "review and update the written safety plan": an updated product is one too).
_PRODUCT_RE = re.compile(
    # (shorthand writes the verb as a fact: "writes impact statement + reads it aloud")
    r"\b(?:write|complete|develop|create|finish|draft|sign|submit|read|present|share|update|revise)(?:s|es)?\s+"
    # "write and read aloud an amends letter", "write and share it out loud": how the second act is done changes no product
    r"(?:(?:and|&|\+)\s+(?:read|share|present|review|sign|submit|discuss)(?:s|es)?\s+(?:aloud\s+|out\s+loud\s+|back\s+|verbally\s+)?(?:it\s+)?)?"
    # "complete written trauma account": shorthand drops the article (not "share feelings about the letter")
    r"(?:(?:a|an|one|1|the|his|her|their)\s+)?(?:written\s+|signed\s+|personal\s+|individuali[sz]ed\s+)?"
    r"(?:(?!(?:about|on|in|with|for|to|of|from|regarding|at|into|during|after|before|and|or)\b)[\w-]+\s+){0,2}?"
    r"(?:letter|safety\s+plan|relapse[- ]prevention\s+plan|crisis\s+plan|aftercare\s+plan|budget|resume|résumé|genogram|"
    r"timeline|autobiography|workbook|(?:behaviou?r(?:al)?\s+)?contract|job\s+application|housing\s+application|"
    r"(?:impact|victim\s+impact|accountability|apology)\s+statement|(?:trauma\s+)?narrative|(?:trauma|written|impact)\s+account|"
    r"essay|(?:moral\s+)?inventory|"
    r"continuing[- ]care\s+plan|discharge\s+plan)\b",
    re.IGNORECASE,
)
# Paperwork filed: done or not done ("complete CNA license reinstatement paperwork", "submit the SSI application",
# "file the housing forms"); "work on applications" states no level
_PAPERWORK_RE = re.compile(
    r"\b(?:complete|submit|file|finish|turn\s+in|send\s+in|sign\s+and\s+submit|fill\s+out)\s+"
    r"(?:(?:a|an|one|1|the|his|her|their|all)\s+)?(?!weekly|daily|monthly)(?:[\w/-]+\s+){0,4}?"
    r"(?:paperwork|application(?:\s+(?:forms?|packet))?|forms?|packet|enrollment|registration|reinstatement|renewal)\b|"
    # the same written as the outcome: "Application for meal delivery submitted by 04/24/2026", "SSI forms filed"
    r"\b(?:paperwork|application|forms?|packet|enrollment|registration|reinstatement|renewal)\b(?:\s+[\w/-]+){0,5}?\s+"
    r"(?:(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+)?(?:submitted|filed|turned\s+in|sent\s+in|filled\s+out)\b",
    re.IGNORECASE,
)
# One named appointment kept: done or not done ("complete hepatitis C specialist intake", "attend the neurology
# consultation"); a recurring one ("attend the weekly appointment", "attend appointments") states no level
_ONE_EVENT_RE = re.compile(
    r"\b(?:complete|attend|keep)\s+(?:(?:a|an|one|the|his|her|their)\s+)?"
    r"(?:(?!weekly|monthly|daily|scheduled|regular|all|each|every|any|the)[\w-]+\s+){0,3}?"
    r"(?:intake|consultation|consult|appointment)(?![\w-])",
    re.IGNORECASE,
)
# One course finished with its proof: done or not done ("complete the 12-hour DWI education course and turn in the
# certificate", "pass the state driver-safety class", "turn in proof of completion"); "attend classes" states no level
_COURSE_RE = re.compile(
    r"\b(?:complete|finish|pass)\s+(?:the|a|an|one|his|her|their)\s+(?:[\w-]+\s+){0,4}?(?:course|class|curriculum)\b"
    r"[^.;]{0,60}?\b(?:certificate|proof|transcript|completion\s+(?:form|letter|slip))\b|"
    r"\b(?:turn\s+in|submit|provide|bring|show|present)\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?(?:signed\s+)?"
    r"(?:certificate|proof)\s+of\s+(?:course\s+)?completion\b",
    re.IGNORECASE,
)
# "a 3-sentence note", "a 2-paragraph letter": one product of a stated size ("5-word sentences" is a task, not a target)
_SIZED_PRODUCT_RE = re.compile(
    r"\b(?:a|an|one)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:sentence|word|paragraph|page|item|line)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:note|letter|essay|story|summary|journal\s+entry|"
    r"list|e-?mail|text|message|card|speech|narrative|paragraph|report|description)\b",
    re.IGNORECASE,
)
# Who can read or understand the product is the level: "legibly (readable by an unfamiliar reader)", "intelligible to
# unfamiliar listeners", "understood by familiar adults"; "improve intelligibility" names no such judge
_JUDGED_BY_RE = re.compile(
    r"\b(?:readable|legible|intelligible|understandable|understood|comprehensible|decipherable)\s+(?:to|by)\s+"
    r"(?:an?\s+|the\s+|most\s+|all\s+)?(?:unfamiliar|familiar|untrained|naive|naïve|novel|new|outside|unknown)\s+"
    r"(?:communication\s+)?(?:listeners?|readers?|partners?|adults?|persons?|people|peers?|staff|strangers?)\b",
    re.IGNORECASE,
)
# Return demonstration: "will demonstrate the home exercise program correctly", "demonstrate correct inhaler technique"
_DEMONSTRATES_RE = re.compile(
    r"\b(?:demonstrat\w*|return[- ]demonstrat\w*|perform\w*|verbali[sz]\w*|state\w*)\b[^.;]{0,80}?"
    r"\b(?:correct(?:ly)?|accurate(?:ly)?|without\s+errors?)\b",  # "proper" is left undefined: not a criterion
    re.IGNORECASE,
)
_FROM_TO_RE = re.compile(rf"\bfrom\s+(?:a\s+)?(?:baseline\s+of\s+)?(?:instrument\s+)?(?:(?:level|score|grade|stage|rating|step)\s+(?:of\s+)?)?[\w/%.°-]*\d[\w/%.°-]*\s+(?:\w+\s+){{0,3}}?to\s+(?:a\s+)?(?:\w+\s+){{0,2}}?[\w/%.°<>≤-]*\d", re.IGNORECASE)
# "take the train to her daughter's home once, ...": one occurrence of an observable act (not "once she is ...")
_ONCE_RE = re.compile(r"(?<=[a-z]\s)once(?=\s*(?:[,.;(]|$|with\b|before\b|by\b|during\b|within\b|alone\b|independently\b))", re.IGNORECASE)
_MMT_RE = re.compile(r"\b[0-5][+-]?\s*/\s*5\b|\bgrade\s+[0-5][+-]?\b", re.IGNORECASE)
# shorthand from-to: "R grip 12# → 25#", "TUG 18 sec -> 12 sec": a level now, an arrow, the level to reach
_ARROW_RE = re.compile(r"\d[\w#%°'./]*\s*(?:[a-z]+\.?\s*){0,2}?(?:→|->|⇒|=>)\s*[<>≤≥~]?\s*\d[\w#%°'./]*")
# a tolerance band around a stated level: "wt stays w/in 3# of dry wt", "within 5 points of target"
_WITHIN_OF_RE = re.compile(
    rf"\b(?:within|w/in)\s+(?:{_NUMBER})\s*(?:#|lbs?|pounds?|kg|kilograms?|%|percent|points?|mmhg|mg/dl|degrees?|°|beats?|bpm)\s+of\b",
    re.IGNORECASE,
)

_VAGUE_HINT_RE = re.compile(
    r"\b(?:feel|feeling|better|improve|improved|improvement|increase|decrease|enhance|develop|gain|learn|understand|understanding|"
    r"insight|awareness|explore|work on|address|manage|cope|coping|process|discuss|be aware|recognize|reduce)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Assessment:
    """The verdict on one statement and the evidence for it."""

    measurable: bool
    time_bound: bool
    measure: str | None = None
    target: str | None = None
    time_frame: str | None = None
    reasons: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        """One sentence on why the statement is or is not measurable."""
        return self.reasons[0] if self.reasons else ""


_HISTORY_CLAUSE_RE = re.compile(
    r"\b(?:is an?|was|were|who (?:was|has|had|is)|has been|have been|lives|lived|presents? with|presenting with|presented with|"
    r"s/p|status post|recently|prior to|previously|d/c['’]?d|relapsed|history of|hx of)\b.*?(?=\bwill\b|[,;]|\.(?:\s|$)|$)",
    re.IGNORECASE,
)
_AGE_RE = re.compile(r"\b\d+\s*(?:yo|y/o|y\.o\.|-?years?[- ]old|yrs? old|-?month[- ]old)\b", re.IGNORECASE)
_HISTORY_RE = re.compile(
    rf"\b(?:in|over|during|within|for)\s+the\s+(?:last|past|previous|prior|preceding)\s+(?:{_NUMBER}\s*)?{_UNITS_OF_TIME}|"
    rf"\b(?:{_NUMBER})\s*{_UNITS_OF_TIME}\s+ago\b|\bone day at a time\b",
    re.IGNORECASE,
)


# "from FOIS level 4 to FOIS level 6", "reach Braden score 19": an instrument's scale step named as the level to
# reach is its score, not a label ("VB-MAPP level 1 mands" names the instrument's level as a label)
_INSTRUMENT_LEVEL_RE = re.compile(
    r"\b(?P<pre>from|to|reach(?:es)?|achieve[sd]?|attain(?:s)?|maintain(?:s)?)\s+(?:a\s+|an\s+|the\s+)?(?P<name>"
    + _INSTRUMENT_RE.pattern + r")\s+(?:level|score|stage|grade|rating)\s*(?:of\s+)?(?=\d)",
    re.IGNORECASE,
)


# "..., with thin liquids, FOIS level 6.": an instrument's level closing the clause is the level reached ("VB-MAPP
# level 1 mands", a level followed by what it grades, stays a label)
_INSTRUMENT_LEVEL_END_RE = re.compile(
    r"\b(?P<name>" + _INSTRUMENT_RE.pattern + r")\s+(?P<kind>level|score|stage|grade|rating)\s*(?:of\s+)?"
    r"(?=\d+(?:\.\d+)?\s*(?:[.,;)]|$|or\s+(?:higher|better|above|greater|more)\b))",
    re.IGNORECASE,
)


def _strip_noise(text: str) -> str:
    """Remove labels, codes, dates, time frames and history so that their numbers do not read as targets."""
    text = _sub(_LABEL_RE, " ", text, count=1)
    text = _INSTRUMENT_LEVEL_RE.sub(lambda m: f'{m.group("pre")} {m.group("name")} ', text)
    text = _INSTRUMENT_LEVEL_END_RE.sub(lambda m: f'{m.group("name")} {m.group("kind")} of ', text)
    text = _sub(_AGE_RE, " ", text)
    text = _sub(_HISTORY_CLAUSE_RE, " ", text)
    text = re.sub(r"\(\s*(\d+)\s*\)", r" \1 ", text)
    text = _sub(_HISTORY_RE, " HISTORY ", text)
    spans = [span for _, span in find_dates(text)]
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " DATE " + text[end:]
    text = _sub(_TIMEFRAME_RE, " TIMEFRAME ", text)
    text = _sub(_LABEL_WORD_RE, " ", text)
    text = _sub(_INSTRUMENT_RE, " INSTRUMENT ", text)
    text = _sub(_CODE_RE, " ", text)
    return " ".join(text.split())


# "Pt will be I w/ HEP", "don/doff splint I": a capital I after a word is the abbreviation for independent.
_CAPITAL_I_RE = re.compile(r"(?<=[a-z/]\s)I(?=\s*(?:$|[.,;)]|in\b|with\b|w/|for\b|by\b|on\b|at\b))")
_BASELINE_SEGMENT_RE = re.compile(
    r"\(\s*(?:baseline|currently|current(?:\s+level)?|at intake|at eval(?:uation)?|initial eval(?:uation)?)\b[^)]*\)"
    r"|(?:^|(?<=[.;]))\s*(?:baseline|current(?:ly)?|at intake|initial eval(?:uation)?)\b"
    r"(?:(?!,\s*(?:goal|target|to\s+reach|increas\w*\s+to|decreas\w*\s+to|reduc\w*\s+to)\b)[^.;])*[.;]?",
    re.IGNORECASE,
)
_SERVICE_RE = re.compile(
    r"(?i:\b(?:therapy|therapies|counsel(?:l)?ing|sessions?|treatment|tx|training|therex|exercises?|services?|program|skilled|"
    r"work(?:ing)? on|address(?:ing)?|focus(?:ing)? on|receiv\w*|engage in|be seen|be treated|monitor\w*|assess\w*|reinforce\w*|"
    r"teach\w*|instruct\w*|educat\w*)\b)|\b(?:PT|OT|ST|SLP|SN|HHA|MSW|IOP|PHP|ABA|CBT|DBT|EMDR|MAT|RBT|BCBA)\b|\(\s*\d{5}\s*\)|\b\d{5}\b",
)
_CLIENT_ACTION_RE = re.compile(r"\b(?:attend\w*|complete\w*|practic\w*|perform\w*)\b", re.IGNORECASE)
_BASELINE_BEFORE_RE = re.compile(
    r"\b(?:baseline|currently|current|presently|at present|initially|prior level|plof|previously)\b[^.;]*$", re.IGNORECASE
)
_BASELINE_AFTER_RE = re.compile(
    r"\s*(?:\(\s*)?(?:at|on)\s+(?:soc|start of care|intake|eval(?:uation)?|admission|baseline|initial eval\w*)\b", re.IGNORECASE
)
# One support the client finds or names: done or not done ("identify a sponsor by 03/06/2026", "obtain a home group",
# "establish care with a primary care provider"); "work on finding support" names none
_ONE_SUPPORT_RE = re.compile(
    r"\b(?:identify|obtain|secure|find|get|choose|select|acquire|establish(?:\s+care\s+with)?|have)\s+"
    r"(?:a|an|one|1|his|her|their|my)\s+(?:new\s+|temporary\s+|permanent\s+|12-step\s+|aa\s+|na\s+|recovery\s+|sober\s+|"
    r"community\s+|outpatient\s+|local\s+)?"
    r"(?:sponsor|home\s+group|primary\s+care\s+(?:provider|physician|doctor)|pcp|psychiatrist|therapist|counsel(?:l)?or|"
    r"prescriber|case\s+manager|recovery\s+coach|peer\s+(?:mentor|support\s+specialist)|mentor)\b",
    re.IGNORECASE,
)
# One personal document or card the client obtains: held or not held ("obtain 1 state photo ID card and show it to the
# case manager", "get a replacement Social Security card", "will obtain a bus pass"). The act opens the clause, so
# "explore options to get an ID" or "work on getting ID" (an aim, no product) is not read.
_ONE_DOCUMENT_RE = re.compile(
    r"(?:^|[.;:]\s*|\bwill\s+(?:be\s+able\s+to\s+)?|\band\s+)(?:obtain|get|acquire|secure|replace|renew|receive|pick\s+up)\s+"
    r"(?:a|an|one|1|his|her|their|the|my)\s+(?:(?!(?:about|on|in|with|for|to|of|from|and|or)\b)[\w-]+\s+){0,3}?"
    r"(?:id|identification(?:\s+card)?|(?:id|identity|insurance|medicaid|medicare|benefits?|ebt|library|social\s+security|ss)\s+card|"
    r"birth\s+certificate|driver'?s\s+licen[cs]e|licen[cs]e|passport|bus\s+pass|transit\s+pass|permit|voucher)\b",
    re.IGNORECASE,
)
# a span of activity of a stated length: "full 8-hour shifts", "two 30-minute walks", "a 4-hour school day"
_TIMED_SPAN_RE = re.compile(
    rf"\b(?:{_NUMBER})[- ](?:hours?|hrs?|minutes?|mins?)\s+(?:work\s+|school\s+)?"
    r"(?:shifts?|work\s*days?|school\s+days?|walks?|drives?|outings?|bike\s+rides?|rides?|classes|class\s+periods?)\b",
    re.IGNORECASE,
)
# a count of anything per occasion of any kind: "4 bids per recess", "3 peer greetings each lunch period"
_RATE_RE = re.compile(
    rf"\b(?:{_NUMBER})(?:\s*(?:-|to)\s*(?:{_NUMBER}))?\s+(?:[a-z-]+\s+)?[a-z-]{{3,}}\s+(?:per|each|every)\s+[a-z-]{{3,}}\b",
    re.IGNORECASE,
)
# an exercise dose the client performs: "straight leg raise without quad lag, 3 x 10", "2x15 reps", "3 sets x 10":
# sets times repetitions (or seconds); "3x/week", "3 x 4 weeks", "2 x 45 min sessions" schedule treatment instead
_SETS_REPS_RE = re.compile(
    r"(?<![\d./])\b[1-9]\d?\s*(?:sets?\s*)?[x×]\s*\d{1,3}\b(?![./]\d)"
    r"(?!\s*(?:/|-?\s*(?:per|a|an|each|every)\b|-?\s*(?:days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|visits?|sessions?|times?|"
    r"(?:minutes?|mins?|hours?|hrs?)\s+(?:sessions?|visits?|treatments?))\b))",
    re.IGNORECASE,
)
# A symptom that must be absent, read as "pain-free" and "without pain" are: "no pain below the knee", "no numbness or
# tingling in the fingers", "with no shoulder pain". A degree left undefined ("no significant pain"), a comparison ("no
# more pain than at intake") or a treatment ("no pain medication") is not its absence.
_SYMPTOM = r"(?:pain|numbness|tingling|paresthesias?|radicular\s+(?:symptoms?|pain))"
_SYMPTOM_ABSENT_RE = re.compile(
    r"\b(?:no|without|w/o)\s+(?:any\s+)?"
    r"(?:(?!(?:significant|more|much|major|severe|moderate|serious|excessive|excess|extreme|real|new|further|additional|"
    r"increased|increasing|worse|worsening|worsened|notable|noticeable|unmanageable|intolerable|unbearable|disabling|"
    r"limiting|bothersome|undue|considerable|substantial|great|greater|less|little|unusual|abnormal|"
    r"or|and|than)\b)[a-z-]+\s+)?"
    rf"{_SYMPTOM}(?:\s+(?:or|and|and/or|/|nor)\s+{_SYMPTOM})*(?![\w-])"
    r"(?!\s*(?:medications?|meds?|pills?|relievers?|killers?|management|scores?|levels?|ratings?|than|"
    r"greater|higher|worse)\b)",
    re.IGNORECASE,
)
# A named behaviour someone can count that must not happen: "without leaving the chair", "w/o hitting or screaming",
# "without removing it or crying". A feeling or an effort ("without feeling overwhelmed", "without worrying", "without
# getting upset", "without struggling") is not counted.
_BEHAVIOUR_ABSENT_RE = re.compile(
    r"\b(?:without|w/o)\s+(?:any\s+)?(?:leaving|eloping|bolting|running\s+(?:away|off|out)|wandering|escaping|crying|"
    r"whining|screaming|yelling|shouting|swearing|cursing|hitting|kicking|biting|pinching|scratching|spitting|pushing|"
    r"shoving|grabbing|throwing|hair[- ]pulling|head[- ]?banging|banging|flopping|dropping|spilling|gagging|vomiting|"
    r"retching|choking|coughing|removing|refusing|pulling|protesting|falling|stopping|interrupting|touching|mouthing|"
    r"tearing|ripping|destroying|slamming|self[- ]injuring|aggressing|(?:getting|standing)\s+up(?![\w-]))\b",
    re.IGNORECASE,
)
# A named product written legibly: "write name and a 5-word sentence legibly", "write his first and last name legibly",
# "write a 3-line grocery list legibly". With no product ("write legibly") or a comparison ("more legibly") it states
# no level.
_WRITTEN_ITEM = (
    r"(?:(?:(?:his|her|their|my|the)\s+(?:own\s+)?)?(?:(?:first|last|full|given|family)\s+(?:(?:and|&|\+)\s+(?:first|last)\s+)?)?"
    r"(?:name|signature)|(?:a|an|one)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:word|line|sentence)\s+"
    r"(?:[a-z-]+\s+)?[a-z-]+)"
)
_LEGIBLE_PRODUCT_RE = re.compile(
    rf"\b(?:write|writes|print|prints|copy|copies|sign|signs)\s+{_WRITTEN_ITEM}(?:\s+(?:and|&|\+)\s+{_WRITTEN_ITEM})?"
    r"\s+legibly\b(?!\s+than\b)",
    re.IGNORECASE,
)
_TARGET_PATTERNS = (_RANGE_TARGET_RE, _RATIO_RE, _MMT_RE, _FROM_TO_RE, _ARROW_RE, _WITHIN_OF_RE, _COMPARATOR_RE, _COUNT_RE, _VERB_COUNT_RE, _FREQ_CRITERION_RE,
                    _ABSOLUTE_RE, _ASSIST_RE, _PRODUCT_RE, _PAPERWORK_RE, _SIZED_PRODUCT_RE, _JUDGED_BY_RE, _DEMONSTRATES_RE, _ONCE_RE,
                    _ONE_EVENT_RE, _COURSE_RE, _ONE_SUPPORT_RE, _ONE_DOCUMENT_RE, _TIMED_SPAN_RE, _RATE_RE, _SETS_REPS_RE,
                    _SYMPTOM_ABSENT_RE, _BEHAVIOUR_ABSENT_RE, _LEGIBLE_PRODUCT_RE)


# Speed (behaviour unchanged): Python's regex engine is slow on long case-insensitive alternations.
# For ASCII text, IGNORECASE means exactly A-Z = a-z, so the same pattern without IGNORECASE run on
# the lowered text finds the same matches at the same positions (lowering ASCII keeps every index);
# matched text is always taken from the original string. Text with other characters, whose case
# folding has more rules, and patterns holding capitals or inline flags use the original pattern.
_FOLDED: dict[re.Pattern[str], re.Pattern[str]] = {}


def _fold(*patterns: re.Pattern[str]) -> None:
    for pattern in patterns:
        source = pattern.pattern
        if pattern.flags & re.IGNORECASE and not any(c.isupper() for c in source) and "(?" + "-" not in source \
                and "(?i" not in source:
            _FOLDED[pattern] = re.compile(source, pattern.flags & ~re.IGNORECASE)


def _finditer(pattern: re.Pattern[str], text: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """pattern.finditer(text); `lowered` is text.lower() when text is ASCII (else None). Use spans, not group()."""
    fast = _FOLDED.get(pattern)
    if fast is not None and lowered is not None:
        return fast.finditer(lowered)
    return pattern.finditer(text)


def _search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """pattern.search(text); the match may be on the lowered text: use its span, not group()."""
    fast = _FOLDED.get(pattern)
    if fast is not None and text.isascii():
        return fast.search(text.lower())
    return pattern.search(text)


def _sub(pattern: re.Pattern[str], replacement: str, text: str, count: int = 0) -> str:
    """pattern.sub(replacement, text, count) for a replacement without backslashes or group references."""
    fast = _FOLDED.get(pattern)
    if fast is None or not text.isascii():
        return pattern.sub(lambda m: replacement, text, count=count)
    pieces: list[str] = []
    last = 0
    for n, match in enumerate(fast.finditer(text.lower()), 1):
        pieces.append(text[last:match.start()])
        pieces.append(replacement)
        last = match.end()
        if count and n >= count:
            break
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _strip_baseline(text: str) -> str:
    """Drop baseline statements ("Baseline PCL-5 = 52 (12/03/2025).", "(currently 10-85°)"): they are not targets."""
    return _sub(_BASELINE_SEGMENT_RE, " ", text)


def _find_target(cleaned: str) -> str | None:
    """The first phrase that states a measurable target level.

    A frequency attached to a service ("97110 therapeutic exercise 3x/week", "counseling 1x/week")
    schedules treatment; it is not a target for the client, unless the client's own action is the
    point ("attend group 3x/week").
    """
    lowered = cleaned.lower() if cleaned.isascii() else None
    for pattern in _TARGET_PATTERNS:
        for match in _finditer(pattern, cleaned, lowered):
            if pattern is _FREQ_CRITERION_RE or pattern is _RATE_RE or pattern is _SETS_REPS_RE:
                window = cleaned[max(0, match.start() - 45): match.end() + 30]
                if _SERVICE_RE.search(window) and not _search(_CLIENT_ACTION_RE, cleaned):
                    continue
            before = cleaned[max(0, match.start() - 25): match.start()]
            after = cleaned[match.end(): match.end() + 25]
            if _search(_BASELINE_BEFORE_RE, before) or _BASELINE_AFTER_RE.match(after):
                continue
            phrase = cleaned[match.start():match.end()].strip()
            if re.fullmatch(r"(?:to|of|from|reach|achieve|maintain)\s+(?:a\s+)?(?:one|a)", phrase, re.IGNORECASE):
                continue
            return phrase
    return None


# A level alone in a field of its own ("0", "3", "≤ 2", "15 or below"): the level to reach of what the statement
# counts or scores when the statement names that quantity ("Falls reported per month", "Errands completed alone per
# week", "Berg Balance Scale", "Number of panic attacks"); beside an aim ("Improve mood" with "3") it says nothing.
_BARE_LEVEL_RE = re.compile(
    r"\s*(?:[<>≤≥~]=?\s*|(?:at\s+(?:least|most)|no\s+more\s+than|fewer\s+than|less\s+than|under|below|above|over|up\s+to)\s+)?"
    r"\d+(?:\.\d+)?\s*(?:or\s+(?:less|fewer|more|below|above|higher|lower|better|under|over)\s*)?\.?\s*",
    re.IGNORECASE,
)
_NAMED_QUANTITY_RE = re.compile(
    r"\b(?:per|a|each|every)\s+(?:day|week|wk|month|mo|night|session|hour|shift|year|visit|school\s+day)\b|"
    r"/\s*(?:day|d|wk|week|month|mo|hr|hour|session)\b|\b(?:number|#|count|frequency|rate|total)\s+of\b|"
    r"\b(?:score|rating|count|frequency|rate)\b",
    re.IGNORECASE,
)


def _level_of_named_quantity(statement: str, criteria: list[str | None] | None) -> str | None:
    """The bare level in a separate field when the statement names the quantity it is the level of, else None."""
    if not _search(_NAMED_QUANTITY_RE, statement) and not _search(_INSTRUMENT_RE, statement):
        return None
    for value in criteria or []:
        if value and _BARE_LEVEL_RE.fullmatch(value):
            return value.strip()
    return None


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = _search(pattern, text)
    return text[match.start():match.end()].strip() if match else None


# Verdicts are pure functions of their inputs; one plan asks for the same statement several times
# (each profile's measurable and time-bound rules). The engine clears the memo before each plan.
_MEMO: dict[tuple[object, ...], object] = {}
_MEMO_LIMIT = 1024


def forget_assessments() -> None:
    """Clear the memo of verdicts (the engine calls this before checking each plan)."""
    _MEMO.clear()


def _remember(key: tuple[object, ...], value: object) -> None:
    if len(_MEMO) >= _MEMO_LIMIT:
        _MEMO.clear()
    _MEMO[key] = value


def is_time_bound(text: str | None) -> str | None:
    """The date or time-frame phrase that makes a statement time-bound, or None."""
    if not text:
        return None
    key = ("time-bound", text)
    if key in _MEMO:
        return _MEMO[key]  # type: ignore[return-value]
    found = _time_bound(text)
    _remember(key, found)
    return found


def _time_bound(text: str) -> str | None:
    for _, (start, end) in find_dates(text):
        before = text[max(0, start - 30): start]
        if _search(_PAST_CONTEXT_RE, before) and not _search(_FUTURE_CONTEXT_RE, before):
            continue
        return text[start:end]
    return _first(_TIMEFRAME_RE, text)


def assess(statement: str | None, *, criteria: list[str | None] | None = None, has_target_date: bool = False) -> Assessment:
    """Judge one goal or objective.

    `criteria` are separately recorded fields that can carry the measure or the target
    (baseline, target, measure, mastery criteria); `has_target_date` is True when the plan gives a
    target date for it in a separate field.
    """
    key = ("assess", statement, tuple(criteria or ()), has_target_date)
    known = _MEMO.get(key)
    if known is not None:
        return known  # type: ignore[return-value]
    verdict = _assess(statement, criteria, has_target_date)
    _remember(key, verdict)
    return verdict


def _assess(statement: str | None, criteria: list[str | None] | None, has_target_date: bool) -> Assessment:
    text = " ".join((statement or "").split())
    extra = " ".join(c for c in (criteria or []) if c)
    time_frame = "target date" if has_target_date else (
        is_time_bound(_sub(_HISTORY_CLAUSE_RE, " ", _strip_baseline(text))) or is_time_bound(extra)
    )
    if not text and not extra:
        return Assessment(False, bool(time_frame), reasons=["there is no statement to measure"])

    cleaned = _strip_noise(_strip_baseline(f"{text} . {extra}" if extra else text))
    if _CAPITAL_I_RE.search(text):
        cleaned += " independently"
    instrument = _first(_INSTRUMENT_RE, f"{text} {extra}")
    target = _find_target(cleaned) or _level_of_named_quantity(text, criteria)
    reasons: list[str] = []
    if target:
        measurable = True
        reasons.append(f'it states a measurable target ("{target}")')
    else:
        measurable = False
        if instrument:
            reasons.append(f"it names a measure ({instrument}) but no target level to reach")
        elif _search(_VAGUE_HINT_RE, text):
            reasons.append("it describes a general aim without saying what will be measured or the level to reach")
        else:
            reasons.append("it names no measure (a score, count, frequency or level of assistance) and no target level")
    return Assessment(
        measurable=measurable,
        time_bound=bool(time_frame),
        measure=instrument,
        target=target,
        time_frame=time_frame,
        reasons=reasons,
    )


_fold(_LABEL_RE, _AGE_RE, _HISTORY_CLAUSE_RE, _HISTORY_RE, _TIMEFRAME_RE, _LABEL_WORD_RE, _INSTRUMENT_RE, _CODE_RE,
      _BASELINE_SEGMENT_RE, _CLIENT_ACTION_RE, _BARE_LEVEL_RE, _NAMED_QUANTITY_RE, _PRODUCT_RE, _PAPERWORK_RE, _SIZED_PRODUCT_RE, _DEMONSTRATES_RE, _ONCE_RE, _BASELINE_BEFORE_RE, _PAST_CONTEXT_RE, _FUTURE_CONTEXT_RE, _VAGUE_HINT_RE,
      *_TARGET_PATTERNS)
