"""Ranking of ICD-10-CM suggestions (imported on the first ``suggest`` call: rapidfuzz costs ~35 ms).

Two kinds of evidence, each scored 0-100:

- code closeness (``_code_candidates``): the written code with its dot misplaced, look-alike
  characters (O/0, I/1, l/1, S/5, Z/2, B/8), a missing X placeholder, a missing trailing part
  (completions), trailing junk, and optimal-string-alignment distance 1-2 (a typo, a missing or
  extra character, two characters swapped) over the billable codes;
- description match (``DescriptionIndex``): the description written next to the code (often the
  DSM-5-TR name) against every tabular description and inclusion term. Inclusion terms matter:
  "Autism spectrum disorder" is an inclusion term of F84.0 "Autistic disorder", and
  "Social anxiety disorder" one of F40.1 "Social phobia". A match on a code that is not billable
  counts for its billable descendants (slightly discounted), so extension codes (S33.6XXA) never
  need indexing.

Without a description, candidates rank by code closeness. With one, the description decides and
code closeness adds a bonus, so a plain typo with a matching name ranks first and a wrong code
with a clear name still finds the right one.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from rapidfuzz.utils import default_process

from authcheck.codes import _icd10cm_data as _data
from authcheck.codes._icd10cm_data import CodeList, Tabular

if TYPE_CHECKING:
    from authcheck.codes.icd10cm import ICD10CM

__all__ = ["DescriptionIndex", "descendants_ranked", "rank_invalid"]

# ---------------------------------------------------------------------------- text matching

# Abbreviations clinicians write for diagnosis names (behavioural health and therapy plans).
_ABBREVIATIONS = {
    "adhd": "attention deficit hyperactivity disorder",
    "add": "attention deficit disorder",
    "asd": "autism spectrum disorder",
    "gad": "generalized anxiety disorder",
    "mdd": "major depressive disorder",
    "ptsd": "posttraumatic stress disorder",
    "ocd": "obsessive compulsive disorder",
    "odd": "oppositional defiant disorder",
    "dmdd": "disruptive mood dysregulation disorder",
    "bpd": "borderline personality disorder",
    "aud": "alcohol use disorder",
    "oud": "opioid use disorder",
    "sud": "substance use disorder",
    "tbi": "traumatic brain injury",
    "cva": "cerebral infarction",
    "copd": "chronic obstructive pulmonary disease",
    "oa": "osteoarthritis",
    "lbp": "low back pain",
    "nos": "unspecified",
    "unspec": "unspecified",
    "w": "with",
    "wo": "without",
    "rt": "right",
    "lt": "left",
    "bilat": "bilateral",
    "r": "right",
    "l": "left",
}
_EXPAND = re.compile(r"\b({})\b".format("|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))))
_PARENTHESES = re.compile(r"\s*[\[(][^\])]*[\])]")
_UNSPECIFIED = re.compile(r"\b(?:(?:severity )?unspecified(?: severity)?|not otherwise specified|nos)\b")


def _process(text: str) -> str:
    """Lower-case; apostrophes dropped ("Kanner's" = "Kanners"); other non-alphanumerics, hyphens
    included, -> spaces (``_coverage`` rejoins "post traumatic" = "posttraumatic").

    "unspecified" is dropped on both sides: a name written without qualifiers ("Low back pain")
    then matches the unspecified code (M54.50) exactly, ahead of "Other low back pain" (M54.59),
    which is how DSM-5-TR names map to ICD-10-CM (PTSD -> F43.10).
    """
    s = default_process(text.replace("'", "").replace("\u2019", "")) if "'" in text or "\u2019" in text \
        else default_process(text)
    return _UNSPECIFIED.sub("", s) if "unspec" in s or "nos" in s or "not otherwise" in s else s


_WITHOUT = re.compile(r"\bw/o\b", re.IGNORECASE)


def _process_query(text: str) -> str:
    """``_process`` plus clinicians' abbreviations spelled out ("PTSD", "w/o", "rt")."""
    q = _process(_WITHOUT.sub(" without ", text))
    return _process(_EXPAND.sub(lambda m: _ABBREVIATIONS[m.group(1)], q))


def _coverage(query_tokens: list[str], text: str) -> float:
    """Share (0-100) of the query's words found in ``text``, allowing small misspellings and words
    written joined on one side and split on the other ("posttraumatic" / "post-traumatic")."""
    if not query_tokens:
        return 0.0
    words = text.split()
    have = set(words)
    have.update(a + b for a, b in itertools.pairwise(words))
    n = len(query_tokens)
    covered = [False] * n
    for i, tok in enumerate(query_tokens):
        if covered[i]:
            continue
        if tok in have:
            covered[i] = True
        elif i + 1 < n and tok + query_tokens[i + 1] in have:
            covered[i] = covered[i + 1] = True
        elif len(tok) > 3 and process.extractOne(tok, words, scorer=fuzz.ratio, score_cutoff=85):
            covered[i] = True
    return 100.0 * sum(covered) / n


def _similarity(a: str, b: str) -> float:
    """Similarity (0-100) of a processed query ``a`` and a processed title or term ``b``.

    token_set_ratio alone scores "anxiety" 100 against any title containing it, token_sort_ratio
    alone is harsh on titles longer than the name written; and a qualifier written but absent from
    the title ("recurrent, severe" vs "recurrent") must cost more than words the title adds
    ("without psychotic features"), hence the query-coverage term.
    """
    sort, subset = fuzz.token_sort_ratio(a, b), fuzz.token_set_ratio(a, b)
    return 0.3 * sort + 0.3 * subset + 0.4 * _coverage(a.split(), b)


class DescriptionIndex:
    """Tabular descriptions and inclusion terms (and descriptions without their bracketed gloss),
    processed with their words sorted, in tabular order, with chapter slices."""

    def __init__(self, cl: CodeList, tab: Tabular) -> None:
        self.tab = tab
        raw: list[str] = []
        owners: list[str] = []
        starts: list[tuple[str, int]] = []
        inclusion = tab.inclusion_terms
        # the parsers keep document order, which is tabular order; chapters are named "1".."22"
        for code, d in tab.descriptions.items():
            if code.isdigit():
                starts.append((code, len(raw)))
                continue
            for text in self._texts(code, d, inclusion.get(code)):
                raw.append(text)
                owners.append(code)
        self.raw = raw
        self.owners = owners
        # words sorted once: fuzz.ratio on them equals token_sort_ratio, at a sixth of the cost
        self.sorted_texts = [" ".join(sorted(_process(t).split())) for t in raw]
        bounds = [(ch, a, b) for (ch, a), (_, b) in zip(starts, starts[1:] + [("", len(raw))])]
        self.sorted_by_chapter = {ch: (self.sorted_texts[a:b], a) for ch, a, b in bounds}
        # category -> chapter, for codes that are not in the code set
        self.chapter_firsts = sorted((first, ch) for ch, first in cl.chapters)
        self._processed: dict[str, list[str]] = {}

    @staticmethod
    def _texts(code: str, description: str | None, terms: list[str] | None) -> list[str]:
        out = [description] if description else []
        if terms:
            out.extend(terms)
        if description and ("[" in description or "(" in description):
            # "Panic disorder [episodic paroxysmal anxiety]": the name without its gloss
            bare = _PARENTHESES.sub(" ", description)
            if bare.strip():
                out.append(bare)
        return out

    def texts_of(self, code: str) -> list[str]:
        """Processed texts (words in order) of a code with its own tabular entry."""
        found = self._processed.get(code)
        if found is None:
            texts = self._texts(code, self.tab.descriptions.get(code), self.tab.inclusion_terms.get(code))
            found = self._processed[code] = [_process(t) for t in texts]
        return found

    def search(self, query: str, chapter: str | None, limit: int = 30) -> dict[str, float]:
        """Best ``_similarity`` per owner code (billable or not), over the whole set and ``chapter``.

        Candidates come from native scorers (token-sort over everything; token-set within the
        chapter, which also catches a short name inside a longer title); only they are rescored.
        """
        scores: dict[int, float] = {}
        sorted_query = " ".join(sorted(query.split()))

        def collect(q: str, choices: list[str], offset: int, scorer: Any) -> None:
            for _, _, i in process.extract(q, choices, scorer=scorer, limit=limit, score_cutoff=50):
                if offset + i not in scores:
                    scores[offset + i] = _similarity(query, _process(self.raw[offset + i]))

        collect(sorted_query, self.sorted_texts, 0, fuzz.ratio)  # = token_sort_ratio
        if chapter in self.sorted_by_chapter:
            choices, offset = self.sorted_by_chapter[chapter]
            collect(sorted_query, choices, offset, fuzz.token_set_ratio)
        best: dict[str, float] = {}
        for i, score in scores.items():
            owner = self.owners[i]
            if score >= 55 and score > best.get(owner, 0.0):
                best[owner] = score
        return best


# ---------------------------------------------------------------------------- helpers


def _dotted(code: str) -> str:
    return code if len(code) <= 3 else code[:3] + "." + code[3:]


def _ancestors(cl: CodeList, code: str) -> Iterable[str]:
    return (code[:k] for k in range(len(code) - 1, 2, -1) if code[:k] in cl.valid)


# words of 7th-character meanings that say nothing about which extension is meant
_EXTENSION_STOP = frozenset({"for", "of", "the", "and", "or", "with", "in", "to", "a", "b", "c", "i", "ii", "iii",
                             "iiia", "iiib", "iiic", "type", "fracture"})


class _DescScorer:
    """Description similarity of a billable code to the query.

    A code with its own tabular entry scores its best text (description, inclusion terms), or an
    ancestor's minus 2. A 7th-character code (S72.001A) scores its base code (S72.001) plus up to 4
    for the query words its extension's meaning contains ("closed", "subsequent", "sequela"), so
    siblings tie when the query names no encounter and the tabular order (A first) decides.
    """

    def __init__(self, icd: ICD10CM, index: DescriptionIndex, query: str, hits: dict[str, float],
                 category: str | None, chapter: str | None) -> None:
        self.cl = icd._codes
        self.tab = icd._tabular
        self.index = index
        self.query = query
        self.query_words = frozenset(query.split()) - _EXTENSION_STOP
        self.hits = hits
        self.category = category
        self.chapter = chapter
        self._own: dict[str, float] = {}
        self._base: dict[str, float] = {}
        self._words: dict[str, frozenset[str]] = {}

    def _own_score(self, code: str) -> float:
        s = self._own.get(code)
        if s is None:
            s = self.hits.get(code)
            if s is None:
                s = max((_similarity(self.query, t) for t in self.index.texts_of(code)), default=0.0)
            self._own[code] = s
        return s

    def _base_score(self, code: str) -> float:
        s = self._base.get(code)
        if s is None:
            s = self._own_score(code)
            for anc in _ancestors(self.cl, code):
                s = max(s, self._own_score(anc) - 2)
            self._base[code] = s
        return s

    def _words_of(self, text: str) -> frozenset[str]:
        w = self._words.get(text)
        if w is None:
            w = self._words[text] = frozenset(_process(text).split())
        return w

    def _parts(self, code: str) -> tuple[float, float]:
        """(score before bonuses, score of the code's own texts) for tie-breaking."""
        if code in self.tab.descriptions:
            return self._base_score(code), self._own_score(code)
        parts = _data.extension_parts(code, self.tab.descriptions.get, self.tab.seven_chr.get)
        if parts is None:
            return 0.0, 0.0
        base, meaning = parts
        wanted = self.query_words - self._words_of(self.tab.descriptions[base])
        extra = 4 * len(wanted & self._words_of(meaning)) / len(wanted) if wanted else 0.0
        return self._base_score(base) + extra, self._own_score(base) + extra

    def score(self, code: str) -> float:
        s = self._parts(code)[0]
        if self.category and code.startswith(self.category):
            s += 6
        elif self.chapter and self.cl.chapter_of(self.cl.index[code]) == self.chapter:
            s += 3
        return s

    def own(self, code: str) -> float:
        return self._parts(code)[1]


# ---------------------------------------------------------------------------- code near misses

_LOOKALIKE = {"O": "0", "0": "O", "I": "1", "L": "1", "1": "IL", "S": "5", "5": "S", "Z": "2", "2": "Z",
              "B": "8", "8": "B"}
_R_DOT = "close to the code written (misplaced dot)"
_R_LOOK = "close to the code written (look-alike characters)"
_R_X = "close to the code written (X placeholder)"
_R_COMPLETE = "completes the code written"
_R_NEAR = "close to the code written"
_R_DESC = "matches the description"
_R_BOTH = "close to the code written and matches the description"


def _lookalikes(s: str, limit: int = 512) -> list[str]:
    options = [(ch, *_LOOKALIKE.get(ch, "")) for ch in s]
    return [v for v in ("".join(p) for p in itertools.islice(itertools.product(*options), limit)) if v != s]


def _code_candidates(cl: CodeList, alnum: str, had_separator: bool) -> dict[str, tuple[float, str]]:
    """Billable codes close to ``alnum`` (upper-case letters and digits only) -> (score, reason)."""
    out: dict[str, tuple[float, str]] = {}

    def add(code: str, score: float, reason: str) -> None:
        if code in cl.billable_set:
            if code not in out or score > out[code][0]:
                out[code] = (score, reason)
        elif code in cl.valid:  # e.g. "F3O" -> F30, a category: offer what is under it
            under = f"{reason}: billable code under {_dotted(code)}"
            for i, child in enumerate(cl.billable_under(code)[:20]):
                child_score = score - 5 - i / 1000  # keep direct children first
                if child not in out or child_score > out[child][0]:
                    out[child] = (child_score, under)

    if alnum in cl.valid and had_separator:
        add(alnum, 100, _R_DOT)
    variants = _lookalikes(alnum)
    for v in variants:
        if v in cl.valid:
            add(v, 100, _R_LOOK)
    # missing X placeholder(s) before the 7th character: S33.6A -> S33.6XXA
    for v in [alnum, *variants]:
        if 4 <= len(v) <= 7 and v[-1].isalpha():
            for stem in {v[:-1], v[:-1].rstrip("X")}:
                if 3 <= len(stem) < 6:
                    padded = stem + "X" * (6 - len(stem)) + v[-1]
                    if padded in cl.billable_set:
                        add(padded, 100, _R_X if v == alnum else _R_LOOK)
    category = alnum[:3]
    prefix = next((alnum[:k] for k in range(len(alnum) - 1, 2, -1) if alnum[:k] in cl.valid), None)
    if prefix is not None and alnum not in cl.valid:
        if prefix in cl.billable_set:  # trailing junk after a billable code: F41.1GAD -> F41.1
            add(prefix, 85, _R_NEAR)
        else:  # completions: S33.6X -> S33.6XXA/D/S
            found = [c for c in cl.billable_under(prefix) if c.startswith(alnum)]
            for c in found[:20]:
                add(c, 95 if len(found) <= 10 else 85, _R_COMPLETE)
    if alnum[0].isalpha() and 3 <= len(alnum) <= 8:
        cutoff = 2 if len(alnum) >= 5 else 1
        for code, dist, _ in process.extract(alnum, cl.billable, scorer=OSA.distance, score_cutoff=cutoff,
                                             limit=None):
            score = 88.0 if dist == 1 else 72.0
            if code[:3] == category:
                score += 5
            if code[0] != alnum[0]:
                score -= 12
            add(code, score, _R_NEAR)
    return out


def _code_closeness(alnum: str, code: str) -> float:
    if not alnum:
        return 0.0
    d = OSA.distance(alnum, code, score_cutoff=2)
    return {0: 100.0, 1: 88.0, 2: 72.0}.get(d, 0.0)


# ---------------------------------------------------------------------------- entry points


def _chapter_for(icd: ICD10CM, index: DescriptionIndex | None, alnum: str) -> str | None:
    cl = icd._codes
    if len(alnum) >= 3 and alnum[:3] in cl.valid:
        return cl.chapter_of(cl.index[alnum[:3]])
    if index is not None and alnum[:1].isalpha() and len(alnum) >= 3:
        k = bisect.bisect_right(index.chapter_firsts, (alnum[:3], "~")) - 1
        return index.chapter_firsts[k][1] if k >= 0 else None
    return None


def descendants_ranked(icd: ICD10CM, code: str, description: str | None) -> list[str]:
    """Billable descendants of a valid code: closest to ``description`` first, else direct children."""
    cl = icd._codes
    found = cl.billable_under(code)
    if not description or not found:
        return found
    query = _process_query(description)
    if not query:
        return found
    scorer = _DescScorer(icd, icd._desc_index, query, {}, None, None)
    pos = {c: i for i, c in enumerate(found)}
    return sorted(found, key=lambda c: (-round(scorer.score(c), 1), -scorer.own(c), pos[c]))


def rank_invalid(icd: ICD10CM, written: str, description: str | None) -> list[tuple[str, str]]:
    """Ranked (billable code, reason) for an invalid written code."""
    cl = icd._codes
    squashed = re.sub(r"\s+", "", written[:256]).upper()
    alnum = re.sub(r"[^0-9A-Z]", "", squashed)
    code_like = 3 <= len(alnum) <= 10 and len(squashed) <= 16
    cands = _code_candidates(cl, alnum, alnum != squashed) if code_like else {}
    query = _process_query(description) if description else ""
    pos = cl.index

    def by_code_only() -> list[tuple[str, str]]:
        kept = [(c, s, r) for c, (s, r) in cands.items() if s >= 70]
        ranked = sorted(kept, key=lambda t: (-t[1], pos[t[0]]))
        return [(c, r) for c, _, r in ranked]

    if not query:
        return by_code_only()

    index = icd._desc_index
    category = alnum[:3] if code_like and alnum[:3] in cl.valid else None
    chapter = _chapter_for(icd, index, alnum) if code_like else None
    hits = index.search(query, chapter)
    scorer = _DescScorer(icd, index, query, hits, category, chapter)
    pool: dict[str, tuple[float, str]] = dict(cands)
    for owner, s in sorted(hits.items(), key=lambda t: -t[1])[:15]:
        for c in [owner] if owner in cl.billable_set else cl.billable_under(owner)[:200]:
            if c not in pool:
                pool[c] = (_code_closeness(alnum, c) if code_like else 0.0, _R_NEAR)
    results: list[tuple[str, float, float, str]] = []
    scored = [(c, cs, reason, scorer.score(c)) for c, (cs, reason) in pool.items()]
    if max((ds for *_, ds in scored), default=0.0) < 60:
        return by_code_only()  # the description matches nothing ("see assessment"): ignore it
    for c, cs, reason, ds in scored:
        final = ds + max(0.0, cs - 70) / 2  # closeness to the code written breaks near-ties
        if final < 60 or (cs < 70 and ds < 70):
            continue
        if cs >= 70:
            why = _R_BOTH if ds >= 75 else reason
        else:
            why = _R_DESC
        results.append((c, final, scorer.own(c), why))
    results.sort(key=lambda t: (-round(t[1], 1), -t[2], pos[t[0]]))
    return [(c, why) for c, _, _, why in results]
