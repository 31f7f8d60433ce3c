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

import itertools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from rapidfuzz.utils import default_process

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
_EXPAND = re.compile(r"\b(%s)\b" % "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True)))


_PARENTHESES = re.compile(r"\s*[\[(][^\])]*[\])]")
_UNSPECIFIED = re.compile(r"\b(?:unspecified|not otherwise specified|nos)\b")


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


def _process_query(text: str) -> str:
    q = _process(text)
    return _process(_EXPAND.sub(lambda m: _ABBREVIATIONS[m.group(1)], q))


def _coverage(query_tokens: list[str], text: str) -> float:
    """Share (0-100) of the query's words found in ``text``, allowing small misspellings and words
    written joined on one side and split on the other ("posttraumatic" / "post-traumatic")."""
    if not query_tokens:
        return 0.0
    words = text.split()
    have = set(words)
    have.update(a + b for a, b in zip(words, words[1:]))
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
    return 0.3 * fuzz.token_sort_ratio(a, b) + 0.3 * fuzz.token_set_ratio(a, b) + 0.4 * _coverage(a.split(), b)


class DescriptionIndex:
    """Processed tabular descriptions and inclusion terms, in tabular order, with chapter slices."""

    def __init__(self, cl: CodeList, tab: Tabular) -> None:
        texts: list[str] = []
        owners: list[str] = []
        chapter_bounds: dict[str, tuple[int, int]] = {}
        starts = cl.chapter_starts + [len(cl.codes)]
        for k, (chapter, _) in enumerate(cl.chapters):
            lo = len(texts)
            for code in cl.codes[starts[k] : starts[k + 1]]:
                d = tab.descriptions.get(code)
                if d:
                    texts.append(d)
                    owners.append(code)
                for term in tab.inclusion_terms.get(code, ()):
                    texts.append(term)
                    owners.append(code)
                if d and ("[" in d or "(" in d):
                    # "Panic disorder [episodic paroxysmal anxiety]": the name without its gloss
                    bare = _PARENTHESES.sub(" ", d)
                    if bare.strip():
                        texts.append(bare)
                        owners.append(code)
            chapter_bounds[chapter] = (lo, len(texts))
        self.texts = [_process(t) for t in texts]
        self.owners = owners
        self.by_chapter = {ch: (self.texts[a:b], a) for ch, (a, b) in chapter_bounds.items()}
        # category -> chapter, for codes that are not in the code set
        self.chapter_firsts = sorted((first, ch) for ch, first in cl.chapters)

    def search(self, query: str, chapter: str | None, limit: int = 30) -> dict[str, float]:
        """Best ``_similarity`` per owner code (billable or not), over the whole set and ``chapter``.

        Candidates come from native scorers (token_sort over everything, token_set within the
        chapter, which also catches a short name inside a longer title); only they are rescored.
        """
        scores: dict[int, float] = {}

        def collect(choices: list[str], offset: int, scorer: Any) -> None:
            for _, _, i in process.extract(query, choices, scorer=scorer, limit=limit, score_cutoff=50):
                if offset + i not in scores:
                    scores[offset + i] = _similarity(query, self.texts[offset + i])

        if chapter in self.by_chapter:
            choices, offset = self.by_chapter[chapter]
            collect(choices, offset, fuzz.token_sort_ratio)
            collect(choices, offset, fuzz.token_set_ratio)
        # the whole code set (a ~30 ms scan) only when the chapter has no close match
        if max(scores.values(), default=0.0) < 90:
            collect(self.texts, 0, fuzz.token_sort_ratio)
        best: dict[str, float] = {}
        for i, score in scores.items():
            owner = self.owners[i]
            if score >= 55 and score > best.get(owner, 0.0):
                best[owner] = score
        return best


# ---------------------------------------------------------------------------- helpers


def _generation(cl: CodeList, parent: str, code: str) -> int:
    """1 for a child of ``parent``, 2 for a grandchild, ... (placeholder X's are not levels)."""
    return 1 + sum(1 for k in range(len(parent) + 1, len(code)) if code[:k] in cl.valid)


def _billable_under(cl: CodeList, code: str) -> list[str]:
    """Billable descendants, direct children first, then tabular order."""
    leaf, codes = cl.leaf, cl.codes
    found = [codes[j] for j in cl.descendants(code) if leaf[j]]
    order = {c: i for i, c in enumerate(found)}
    return sorted(found, key=lambda c: (_generation(cl, code, c), order[c]))


def _ancestors(cl: CodeList, code: str) -> Iterable[str]:
    return (code[:k] for k in range(len(code) - 1, 2, -1) if code[:k] in cl.valid)


class _DescScorer:
    """Description similarity of a billable code: its own texts, or its ancestors' minus 2."""

    def __init__(self, icd: ICD10CM, query: str, hits: dict[str, float], category: str | None,
                 chapter: str | None) -> None:
        self.icd = icd
        self.cl = icd._codes
        self.tab = icd._tabular
        self.query = query
        self.hits = hits
        self.category = category
        self.chapter = chapter
        self._cache: dict[str, float] = {}

    def _texts(self, code: str) -> list[str]:
        out = [self.icd._description(code) or ""]
        out.extend(self.tab.inclusion_terms.get(code, ()))
        return out

    def _own(self, code: str) -> float:
        if code in self._cache:
            return self._cache[code]
        s = self.hits.get(code)
        if s is None:
            s = max((_similarity(self.query, _process(t)) for t in self._texts(code) if t), default=0.0)
        self._cache[code] = s
        return s

    def score(self, code: str) -> float:
        s = self._own(code)
        for anc in _ancestors(self.cl, code):
            s = max(s, self._own(anc) - 2)
        if self.category and code.startswith(self.category):
            s += 6
        elif self.chapter and self.cl.chapter_of(self.cl.index[code]) == self.chapter:
            s += 3
        return min(s, 100.0)

    def own(self, code: str) -> float:
        return self._own(code)


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
        elif code in cl.valid:
            for child in _billable_under(cl, code)[:20]:
                if child not in out or score - 5 > out[child][0]:
                    out[child] = (score - 5, f"billable code under {child[:3]}" if len(code) == 3 else reason)

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
    if category in cl.valid and alnum not in cl.valid:
        # completions: S33.6X -> S33.6XXA/D/S
        found = [c for c in _billable_under(cl, category) if c.startswith(alnum)]
        for c in found[:20]:
            add(c, 95 if len(found) <= 10 else 85, _R_COMPLETE)
        # trailing junk after a billable code: F41.1GAD -> F41.1
        for k in range(len(alnum) - 1, 2, -1):
            if alnum[:k] in cl.billable_set:
                add(alnum[:k], 85, _R_NEAR)
                break
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
        import bisect

        k = bisect.bisect_right(index.chapter_firsts, (alnum[:3], "~")) - 1
        return index.chapter_firsts[k][1] if k >= 0 else None
    return None


def descendants_ranked(icd: ICD10CM, code: str, description: str | None) -> list[str]:
    """Billable descendants of a valid code: closest to ``description`` first, else direct children."""
    cl = icd._codes
    found = _billable_under(cl, code)
    if not description or not found:
        return found
    query = _process_query(description)
    if not query:
        return found
    scorer = _DescScorer(icd, query, {}, None, None)
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

    if not query:
        ranked = sorted(((c, s, r) for c, (s, r) in cands.items() if s >= 70), key=lambda t: (-t[1], pos[t[0]]))
        return [(c, r) for c, _, r in ranked]

    index = icd._desc_index
    category = alnum[:3] if code_like and alnum[:3] in cl.valid else None
    chapter = _chapter_for(icd, index, alnum) if code_like else None
    hits = index.search(query, chapter)
    scorer = _DescScorer(icd, query, hits, category, chapter)
    pool: dict[str, tuple[float, str]] = dict(cands)
    for owner, s in sorted(hits.items(), key=lambda t: -t[1])[:15]:
        for c in [owner] if owner in cl.billable_set else _billable_under(cl, owner)[:200]:
            if c not in pool:
                pool[c] = (_code_closeness(alnum, c) if code_like else 0.0, _R_NEAR)
    results: list[tuple[str, float, float, str]] = []
    for c, (cs, reason) in pool.items():
        ds = scorer.score(c)
        final = ds + (cs - 60) / 2 if cs > 60 else ds
        if final < 60 or (cs < 70 and ds < 70):
            continue
        if cs >= 70:
            why = _R_BOTH if ds >= 75 else reason
        else:
            why = _R_DESC
        results.append((c, final, scorer.own(c), why))
    results.sort(key=lambda t: (-round(t[1], 1), -t[2], pos[t[0]]))
    return [(c, why) for c, _, _, why in results]
