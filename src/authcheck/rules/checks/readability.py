"""`readability`: the goals and objectives the client reads and signs are written in plain language.

The grade is the Automated Readability Index (ARI, Smith & Senter 1967), computed with textstat:
4.71 x characters per word + 0.5 x words per sentence - 21.43, read as a US school grade. ARI counts
characters, not syllables, for two reasons: clinical vocabulary (acronyms, instrument names,
numbers) defeats syllable counters, and textstat counts English syllables with NLTK's CMU
dictionary, which it downloads from the internet on first use; authcheck never touches the network,
so only textstat's character-based formulas are used. Like every readability formula it measures
only word and sentence length, so the result is a rough indicator, never a verdict on clarity.

The text is pooled: every goal and objective statement, one or more sentences each, scored together;
the sentence whose removal would lower that grade most is the hardest one, which the finding quotes
and points at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from authcheck.rules.checks.base import CheckContext, CheckParams, Hit, register

__all__ = ["FORMULA", "PLAIN_WORDS", "ReadabilityParams", "Sentence", "grade_of", "plain_word_hints", "sentences_of"]

FORMULA = "Automated Readability Index"

# Clinical and formal words with everyday alternatives, for the hint in the finding's example.
PLAIN_WORDS: dict[str, str] = {
    "ambulate": "walk", "ambulation": "walking", "utilize": "use", "utilization": "use", "utilizing": "using",
    "demonstrate": "show", "demonstrates": "shows", "facilitate": "help", "implement": "carry out", "initiate": "start",
    "terminate": "stop", "cease": "stop", "sufficient": "enough", "adequate": "enough", "additional": "more",
    "approximately": "about", "assistance": "help", "independently": "on their own", "independent": "on their own",
    "participate": "take part", "participation": "taking part", "verbalize": "say", "verbalizes": "says",
    "identify": "name", "articulate": "say", "comprehend": "understand", "obtain": "get", "maintain": "keep",
    "modify": "change", "symptomatology": "symptoms",
    "mechanisms": "ways", "strategies": "ways", "techniques": "ways", "interventions": "steps", "adherence": "sticking to",
    "compliance": "following", "medication": "medicine", "medications": "medicines", "cognitive": "thinking",
    "behavioral": "behavior", "emotional": "feelings", "dysregulation": "trouble calming down", "abstinence": "not using",
    "psychoeducation": "learning about", "functional": "everyday", "functioning": "day-to-day life",
    "exacerbation": "flare-up", "utilise": "use", "endeavor": "try", "commence": "start", "subsequent": "next",
    "prior": "before", "ascend": "go up", "descend": "go down", "sobriety": "staying sober", "tolerate": "handle", "regarding": "about", "contingent": "depending", "ameliorate": "ease", "manifest": "show",
}

_LABEL = re.compile(
    r"^\s*(?:(?:long|short)[- ]term\s+)?(?:goal|objective|obj|stg|ltg|problem|target)?\s*#?\s*"
    r"(?:\d+(?:\.\d+)*[a-z]?|[a-z](?:\.\d+)?|[ivx]+)?\s*(?:\([^)]{1,20}\))?\s*[.):\-–]\s+",
    re.IGNORECASE,
)
_CODE_IN_PARENS = re.compile(r"\s*\((?:[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?|\d{5})(?:[,;/ ]+(?:[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?|\d{5}))*\)")
_DATE = re.compile(r"\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b")
# A sentence ends at . ! ? or ; followed by a space, except after common abbreviations and initials.
_ABBREVIATIONS = ("e.g", "i.e", "vs", "approx", "dr", "mr", "mrs", "ms", "pt", "etc", "min", "max", "wk", "wks", "hrs", "a.m", "p.m")
_SPLIT = re.compile(r"(?<=[.!?;])\s+")


@dataclass(frozen=True)
class Sentence:
    """One sentence of patient-facing text, where it came from, and its counts."""

    text: str
    path: str
    words: int
    characters: int

    @property
    def grade(self) -> float:
        """This sentence's grade on its own."""
        return grade_of(self.characters, self.words, 1)


def grade_of(characters: int, words: int, sentences: int) -> float:
    """The ARI grade for these counts (0 for empty text)."""
    if not words or not sentences:
        return 0.0
    return 4.71 * characters / words + 0.5 * words / sentences - 21.43


def _clean(statement: str) -> str:
    text = " ".join(statement.split())
    text = _LABEL.sub("", text, count=1)
    text = _CODE_IN_PARENS.sub("", text)
    return _DATE.sub("date", text).strip()


def _split(text: str) -> list[str]:
    pieces: list[str] = []
    for piece in _SPLIT.split(text):
        if pieces and pieces[-1].lower().rstrip(".").rsplit(" ", 1)[-1] in _ABBREVIATIONS:
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    return [p.strip() for p in pieces if re.search(r"[A-Za-z]", p)]


def sentences_of(statement: str, path: str) -> list[Sentence]:
    """The sentences of one statement with textstat's word and character counts."""
    import textstat

    out = []
    for text in _split(_clean(statement)):
        words = textstat.lexicon_count(text, removepunct=True)
        if words:
            out.append(Sentence(text, path, words, textstat.char_count(text, ignore_spaces=True)))
    return out


def plain_word_hints(sentence: str, limit: int = 4) -> list[tuple[str, str]]:
    """Words of the sentence that have an everyday alternative, in the order they appear."""
    found: list[tuple[str, str]] = []
    for word in re.findall(r"[A-Za-z]+", sentence):
        plain = PLAIN_WORDS.get(word.lower())
        if plain and all(word.lower() != w.lower() for w, _ in found):
            found.append((word, plain))
        if len(found) == limit:
            break
    return found


class ReadabilityParams(CheckParams):
    """How plain the client-facing text must be."""

    max_grade: float = Field(default=8, ge=1, le=20, description="Highest acceptable US school grade (Automated Readability Index).")
    target: Literal["goals", "objectives", "goals_and_objectives"] = Field(
        default="goals_and_objectives", description="Which statements are client-facing."
    )
    min_words: int = Field(
        default=10, ge=1, description="Plans with fewer words of goals and objectives than this are not graded (too little text)."
    )


def _statements(ctx: CheckContext, target: str) -> Iterator[tuple[str, str]]:
    for path, goal in ctx.plan.iter_goals():
        if target in ("goals", "goals_and_objectives") and goal.statement:
            yield path, goal.statement
        if target in ("objectives", "goals_and_objectives"):
            for index, objective in enumerate(goal.objectives):
                if objective.statement:
                    yield f"{path}.objectives[{index}]", objective.statement


def _suggestion(sentence: Sentence) -> str:
    hints = plain_word_hints(sentence.text)
    if hints:
        pairs = "; ".join(f'"{word}" -> "{plain}"' for word, plain in hints)
        return f"Plainer words for this sentence: {pairs}."
    if sentence.words > 15:
        return f"Split this {sentence.words}-word sentence into two or three sentences of 15 words or fewer, one idea each."
    return 'Say it the way you would to the client, e.g. "You will walk to the mailbox and back on your own, 5 days a week."'


def _hardest(sentences: list[Sentence]) -> Sentence:
    """The sentence that raises the pooled grade most: the grade without it is lowest.

    Scoring sentences alone would favour three-word fragments with one long word; this weighs a
    sentence's length and its words together, as a reader meets them.
    """
    if len(sentences) == 1:
        return sentences[0]
    characters = sum(s.characters for s in sentences)
    words = sum(s.words for s in sentences)
    return min(sentences, key=lambda s: (grade_of(characters - s.characters, words - s.words, len(sentences) - 1), -s.words))


@register(
    "readability",
    ReadabilityParams,
    provides={"grade", "hardest_sentence", "hardest_grade", "formula", "words", "sentences", "suggestion"},
)
def check_readability(ctx: CheckContext, params: ReadabilityParams) -> Iterator[Hit]:
    """Goals and objectives read at or below a school grade level (plain language for the client)."""
    sentences = [s for path, text in _statements(ctx, params.target) for s in sentences_of(text, path)]
    words = sum(s.words for s in sentences)
    if words < params.min_words:
        return
    grade = grade_of(sum(s.characters for s in sentences), words, len(sentences))
    if grade <= params.max_grade:
        return
    hardest = _hardest(sentences)
    yield Hit(
        path=hardest.path,
        fields={
            "grade": round(grade, 1),
            "hardest_sentence": hardest.text,
            "hardest_grade": round(hardest.grade, 1),
            "formula": FORMULA,
            "words": words,
            "sentences": len(sentences),
            "suggestion": _suggestion(hardest),
        },
        quote=hardest.text,
        evidence={
            "grade": round(grade, 1),
            "formula": FORMULA,
            "max_grade": params.max_grade,
            "hardest_grade": round(hardest.grade, 1),
            "words": words,
            "sentences": len(sentences),
        },
    )
