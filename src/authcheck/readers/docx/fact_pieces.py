"""A goal's facts written as short pieces, with or without a colon: "Baseline 2 mands per session; mastery 80% of
opportunities across 3 sessions; by 07/31/2026", "Baseline - 10%. Mastered at 80%. Target Aug 3, 2026.",
"Línea base 2 de 10; criterio 8 de 10; fecha meta 07/31/2026".

`fact_line` rewrites such a line with the labels the label splitter knows ("Baseline: ...; Mastery criteria: ...;
Target date: ..."); `fact_tail` takes such pieces off the end of a goal's own sentence.
"""

from __future__ import annotations

import re

from authcheck.readers.docx.labels import subfield_key
from authcheck.readers.phrases import first_date

# the label a piece opens with, then its separator (a colon, a dash, "is", or only a space) and its value
_PIECE = re.compile(
    r"^\s*(?P<label>"
    r"(?:current\s+|initial\s+)?baseline(?:\s+(?:level|data|performance))?|l[íi]nea\s+(?:de\s+)?base|"
    r"bl(?=\s*[:=])|"  # "BL: 0 per session", the behavior analyst's shorthand (only with a colon: "BL LE" is bilateral)
    r"current\s+level|nivel\s+actual|"
    r"mastery(?:\s+criteri(?:on|a))?(?:\s+(?:at|when|is))?|mastered\s+(?:at|when|with|once|if)|"
    r"criteri(?:on|a)(?:\s+for\s+mastery)?|criterio(?:\s+de\s+(?:dominio|logro))?|"
    r"(?:target|due|goal|projected(?:\s+mastery)?|expected(?:\s+mastery)?|mastery)\s+date|"
    r"fecha\s+(?:meta|objetivo|l[íi]mite|de\s+logro)|target|due|by|para\s+el|antes\s+del?"
    r")(?=[\s:=—–-])(?:\s*(?:[:=]|[—–-]{1,2})\s*|\s+(?:is|was|es)\s+|\s+)(?P<value>\S.*?)\s*[.;,]?\s*$",
    re.I,
)

# where one piece ends: a semicolon, a bar, a sentence end (not the point of "Dr."), or a comma before a fact label
_BREAK = re.compile(
    r"\s*[;|]\s*|(?<=[a-z0-9%)\]])\.\s+(?=[A-ZÁÉÍÓÚa-z])|"
    r",\s+(?=(?:baseline|mastery|mastered|criteri\w*|target\s+date|l[íi]nea\s+base|fecha\s+meta)\b|by\s+\d)",
    re.I,
)

_DATE_KIND = re.compile(r"date|fecha|^(?:target|due|by|para\s+el|antes\s+del?)$", re.I)
_TIME_WORDS = re.compile(
    r"\b(?:weeks?|months?|days?|end\s+of|discharge|semanas?|mes(?:es)?|d[íi]as?|fin\s+de)\b", re.I
)


def _canonical(label: str, value: str) -> str | None:
    """The label a piece stands for ("Baseline", "Mastery criteria", "Target date"), or None when the piece is no
    fact of a goal ("Target behavior will ...", "By the time he leaves, Tom will ...")."""
    words = " ".join(label.lower().split())
    if re.search(r"\bwill\b|\bpodr[áa]\b", value, re.I):
        return None  # a sentence of its own, not a fact's value
    if re.match(r"(?:by|on|date|fecha)\b|[:=]", value, re.I):
        return None  # "Mastery by: 07/15/2026", "Mastery date: ...": a label of its own (docx.labels)
    if words.startswith(("baseline", "current", "initial", "línea", "linea", "nivel")) or words == "bl":
        return "Baseline"
    if _DATE_KIND.search(words):
        date = first_date(value)
        if date is not None:
            return "Target date" if len(value.split()) <= 5 else None
        if words in ("target",):
            return None  # "Target 80% of opportunities" is a level, read elsewhere
        if _TIME_WORDS.search(value) and len(value.split()) <= 6:
            return "Target date"  # "by week 2", "by the end of the authorization period": a time frame
        return None
    if words.startswith(("mastery", "mastered", "criteri")):
        return "Mastery criteria"
    return None


def _pieces(text: str) -> list[tuple[str, str, str]] | None:
    """Each piece of a line as (its canonical label, its value, its label as written); None unless every piece is a
    goal's fact."""
    pieces = [p for p in _BREAK.split(text.strip()) if p and p.strip(" .;,")]
    if not pieces:
        return None
    out: list[tuple[str, str, str]] = []
    for piece in pieces:
        match = _PIECE.match(piece)
        if match is None:
            return None
        value = match.group("value").strip(" .;,")
        label = _canonical(match.group("label"), value)
        if label is None or not value:
            return None
        out.append((label, value, " ".join(match.group("label").split())))
    return out


def fact_line(text: str) -> str | None:
    """A line of a goal's facts rewritten with known labels ("Baseline: 2 mands; Mastery criteria: 80% ...;
    Target date: 07/31/2026"); None unless every piece of the line is such a fact. A single piece counts when it is a
    baseline or mastery criterion with a number in it ("Baseline 2 mands per session")."""
    pieces = _pieces(text)
    if not pieces:
        return None
    if pieces[0][0] == "Target date" and not re.match(r"\s*(?:target|due|goal|fecha|projected|expected)", text, re.I):
        return None  # "By 07/31/2026, ..." opening a line is a goal's own wording, not its facts
    if len(pieces) == 1 and (
        pieces[0][0] == "Target date" or not re.search(r"\d", pieces[0][1]) or re.match(r"[^:]{1,40}:", text)
    ):
        return None  # "Criterion: 8 of 10 ...": one labelled fact is read as written
    if len({piece[0] for piece in pieces}) != len(pieces):
        return None
    return "; ".join(f"{_written(piece)}: {piece[1]}" for piece in pieces)


def _written(piece: tuple[str, str, str]) -> str:
    """The label to write for a piece: as written when the reader knows it ("Criterion" keeps the meaning the reader
    gives it), else the canonical one ("Mastered at" -> "Mastery criteria", "by" -> "Target date")."""
    label, _, written = piece
    if label != "Target date" and subfield_key(written) is not None:
        return written[:1].upper() + written[1:]
    return label


# a goal's own sentences: "Leo will mand for 10 items. Baseline 2 mands per session. Mastered at 80% ..."
_SENTENCE = re.compile(r"(?<=[a-z0-9%)\]])\.\s+(?=[A-ZÁÉÍÓÚ])|\s*;\s*")


def fact_tail(statement: str, *, min_words: int = 3) -> tuple[str, list[tuple[str, str]]]:
    """A goal's sentence without the fact pieces that close it, and those facts as (label, value): "Leo will mand
    for 10 items. Baseline 2 mands per session. Mastered at 80% of opportunities. Target Aug 3, 2026." -> "Leo will
    mand for 10 items.", [("Baseline", ...), ("Mastery criteria", ...), ("Target date", "Aug 3, 2026")]. The
    statement is kept whole unless at least one sentence of its own words is left (`min_words`; 1 for a fact's own
    value: "80% over 3 sessions. Target date 08/03/2026")."""
    spans = [0] + [m.end() for m in _SENTENCE.finditer(statement)]
    facts: list[tuple[str, str, str]] = []
    cut = len(statement)
    for start in reversed(spans[1:]):
        piece = statement[start:cut]
        found = _pieces(piece)
        if not found or len(found) != 1:
            break
        facts.insert(0, found[0])
        cut = start
    if not facts:
        return statement, []
    head = statement[:cut].rstrip(" ;")
    if len(head.split()) < min_words or (min_words > 1 and not any(fact[0] != "Target date" for fact in facts)):
        return statement, []  # "Target Aug 3, 2026." alone closing a goal is read with its words (docx.goals)
    if len({fact[0] for fact in facts}) != len(facts):
        return statement, []
    if min_words == 1:
        head = head.rstrip(" .")  # a fact's value, not a sentence
    elif not head.endswith((".", "!", "?")):
        head += "."
    return head, [(_written(fact), fact[1]) for fact in facts]


# a short title before a goal's sentence: "Communication. Leo will mand ...", "Daily living - Toileting. Ana will ..."
_TITLE = re.compile(r"^\s*(?P<title>[A-ZÁÉÍÓÚ][^\W\d_]*(?:[ /&,'’-]+[^\W\d_]+){0,3})\s*[.:]\s+(?P<rest>\S.*)$", re.S)
_NOT_TITLE = re.compile(
    r"^(?:reduce|increase|improve|decrease|maintain|stop|achieve|learn|use|demonstrate|attend|complete|remain|stay|"
    r"abstain|manage|return|develop|follow|identify|engage|walk|eliminate|establish|obtain|enhance|build|gain|be|"
    r"become|have|live|get|keep|take|make|practice|practise|no|not|he|she|they|client|patient|pt|the|his|her|"
    r"reducir|mejorar|aumentar|mantener|el|la)\b",
    re.I,
)

# "Mrs. Morrissey will ...", "Dr. Lee will ...", "J. Ruiz will ...": the point of a name's title, not a goal's area
_HONORIFIC = re.compile(r"(?:mr|mrs|ms|mx|dr|sr|sra|srta|st|prof|rev|jr|[a-z])", re.I)


def goal_title(statement: str) -> tuple[str, str] | None:
    """ "Communication. Leo will mand for 10 items." -> ("Communication", "Leo will mand for 10 items."): a goal's
    area written as a short title before its own sentence; None when the words before the first stop are a sentence
    of the goal's own ("Reduce anxiety. Ana will ...")."""
    match = _TITLE.match(statement)
    if match is None:
        return None
    title, rest = match.group("title").strip(), match.group("rest").strip()
    if _NOT_TITLE.match(title) or re.search(r"\bwill\b", title, re.I) or _HONORIFIC.fullmatch(title):
        return None
    if not re.search(r"\b(?:will|podr[áa]|va\s+a)\b", rest, re.I) or len(rest.split()) < 4:
        return None
    return title, rest


# a goal's own sentence after a fact's value: "He will transition ...", "Parents will use ...", "Mom and dad will ..."
# (not a note on the measurement: "Data will be collected weekly", "It will be re-probed")
_GOAL_SENTENCE_START = re.compile(
    r"(?<=[a-z0-9%)\]])(?:\.|;)\s+(?=(?!(?i:data|it|this|these|that|baseline|probes?|measures?|scores?|levels?)\b)"
    r"[A-ZÁÉÍÓÚ][\w'’-]*(?:\s+(?:and\s+|&\s+)?[\w'’-]+){0,3}\s+(?:will|podr[áa])\s+(?!be\s+\w+ed\b)\w)",
)


def goal_after_fact(value: str) -> tuple[str, str] | None:
    """ "tantrums on 70% of transitions. He will transition within 1 minute ..." -> ("tantrums on 70% of
    transitions", "He will transition within 1 minute ..."): a fact's value (a baseline written first) followed by the
    goal's own sentence; None when no such sentence follows, or the value itself is already a goal's sentence."""
    match = _GOAL_SENTENCE_START.search(value)
    if match is None:
        return None
    head, rest = value[: match.start()].strip(" ;"), value[match.end():].strip()
    if not head or re.search(r"\b(?:will|podr[áa])\b", head, re.I) or len(rest.split()) < 4:
        return None
    return head, rest
