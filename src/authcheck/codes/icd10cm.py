"""ICD-10-CM: syntax, validity, billability, descriptions and suggestions for codes in plans.

Data: the code list and tabular XML bundled with the ``simple-icd-10-cm`` package (see
``_icd10cm_data``), read lazily and kept in memory:

- the code list (validity, billability, tree shape) on the first question about a code (~40-55 ms
  in a fresh process);
- the tabular XML (descriptions) only when a description is asked for. The first few descriptions
  are found by byte search in the file (~8 ms for the first, ~2.5 ms a scan after); after
  ``_POINT_LOOKUPS`` scans, or when suggestions need descriptions, the whole file is parsed once
  (~130-170 ms cold, ~80 ms warm) and byte searches stop;
- the description index for ``suggest(code, description)`` on first need (~110-140 ms).

Nothing is cached on disk: reading back a marshalled parse measured no faster than parsing.
(``bench/bench_codes.py`` measures all of this.)

Codes are accepted with or without the dot, in any case, with surrounding spaces. Chapters ("1")
and blocks ("A00-A09") are not codes. A billable code is a valid code with no child code.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from os import PathLike
from typing import TYPE_CHECKING, Any

from authcheck.codes import _icd10cm_data as _data
from authcheck.codes._icd10cm_data import CodeList, Tabular, TabularPoints

if TYPE_CHECKING:
    from authcheck.codes._icd10cm_match import DescriptionIndex

__all__ = [
    "ICD10CM",
    "CodeInfo",
    "Suggestion",
    "format_code",
    "get_icd10cm",
    "looks_like_icd10cm",
    "normalize_code",
]

# Letter, digit, letter-or-digit, then up to four characters with an optional dot after the third.
# Exception: the FY2026 code set opened category QA0 ("Genetic disorders, NEC", chapter 17), the
# first with a letter in second place; it is spelled out so that words like "CAT" stay non-codes.
_SYNTAX = re.compile(r"(?:[A-Z][0-9][0-9A-Z]|QA[0-9])(?:\.?[0-9A-Z]{1,4})?")
_SPACE = re.compile(r"\s+")
_MAX_INPUT = 64  # longer text is not a code; never run fuzzy matching on it
_POINT_LOOKUPS = 40  # byte scans (~2.5 ms each) before parsing the whole tabular XML instead


def _squash(text: str) -> str:
    return _SPACE.sub("", text).upper()


def normalize_code(text: str) -> str:
    """Strip spaces, upper-case, drop dots: ``" f41.1 "`` -> ``"F411"`` (non-text -> "")."""
    return _squash(text).replace(".", "") if isinstance(text, str) else ""


def looks_like_icd10cm(text: str) -> bool:
    """Syntax only (no code-set lookup): ``"f41.1"``, ``"F411"``, ``"S33.6XXA"`` -> True."""
    return isinstance(text, str) and _SYNTAX.fullmatch(_squash(text)) is not None


def format_code(code: str) -> str:
    """Canonical dotted form: ``"F411"`` -> ``"F41.1"``, ``"S336XXA"`` -> ``"S33.6XXA"``, ``"F41"`` ->
    ``"F41"``. Text that is not code-shaped is returned normalised, without a dot added."""
    n = normalize_code(code)
    if len(n) > 3 and _SYNTAX.fullmatch(n):
        return n[:3] + "." + n[3:]
    return n


def _canonical(code: Any) -> str | None:
    """Undotted code if ``code`` is syntactically a code written with the dot (if any) in place."""
    if not isinstance(code, str) or len(code) > 4 * _MAX_INPUT:
        return None
    s = _squash(code)
    if not _SYNTAX.fullmatch(s):
        return None
    return s.replace(".", "")


@dataclass(frozen=True)
class Suggestion:
    """A billable code offered in place of the one written, and why."""

    code: str  # dotted
    description: str
    reason: str  # e.g. "billable code under F84", "close to the code written", "matches the description"

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "description": self.description, "reason": self.reason}


@dataclass(frozen=True)
class CodeInfo:
    """Everything a rule needs about one written code."""

    code: str  # as written, normalised and dotted ("F41.1"); kept as written when its dot is misplaced
    valid: bool
    billable: bool
    description: str | None
    suggestions: list[Suggestion] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "valid": self.valid,
            "billable": self.billable,
            "description": self.description,
            "suggestions": [s.to_dict() for s in self.suggestions],
        }


class ICD10CM:
    """The ICD-10-CM code set. Thread-safe; loads its data on first use and keeps it in memory.

    ``data_dir`` overrides where the ``code-list-*.txt`` and ``icd10c-tabular-*.xml`` files are
    looked for (default: the installed ``simple-icd-10-cm`` package).
    """

    def __init__(self, data_dir: str | PathLike[str] | None = None) -> None:
        self._files = _data.find_data_files(data_dir)
        self.version: str = self._files.version
        self.source: str = self._files.source
        self._lock = threading.Lock()
        self._cl: CodeList | None = None
        self._tab: Tabular | None = None
        self._points: TabularPoints | None = None
        self._index: DescriptionIndex | None = None

    # ------------------------------------------------------------------ loading

    @property
    def _codes(self) -> CodeList:
        cl = self._cl
        if cl is None:
            with self._lock:
                if self._cl is None:
                    with open(self._files.code_list, encoding="utf-8") as f:
                        self._cl = _data.parse_code_list(f.read())
                cl = self._cl
        return cl

    @property
    def _tabular(self) -> Tabular:
        tab = self._tab
        if tab is None:
            cl = self._codes
            with self._lock:
                if self._tab is None:
                    points = self._points
                    self._tab = _data.parse_tabular(self._files.tabular, cl, points.data if points else None)
                    self._points = None  # frees the file's bytes
                tab = self._tab
        return tab

    @property
    def _desc_index(self) -> DescriptionIndex:
        idx = self._index
        if idx is None:
            from authcheck.codes._icd10cm_match import DescriptionIndex

            cl, tab = self._codes, self._tabular
            with self._lock:
                if self._index is None:
                    self._index = DescriptionIndex(cl, tab)
                idx = self._index
        return idx

    def load(self, descriptions: bool = True, suggestions: bool = False) -> None:
        """Load now rather than on first use (e.g. before a batch run or timing-sensitive work):
        the code list; the full tabular list if ``descriptions``; the description index used by
        ``suggest(code, description)`` if ``suggestions``."""
        self._codes  # noqa: B018
        if descriptions or suggestions:
            self._tabular  # noqa: B018
        if suggestions:
            self._desc_index  # noqa: B018

    # ------------------------------------------------------------------ questions about a code

    def _lookup_key(self, code: Any) -> str | None:
        n = _canonical(code)
        return n if n is not None and n in self._codes.valid else None

    def is_valid(self, code: str) -> bool:
        """True for a code of the code set (billable or not); False for chapters, blocks, garbage."""
        return self._lookup_key(code) is not None

    def is_billable(self, code: str) -> bool:
        """True for a valid code with no child code (coded to the full number of characters)."""
        n = _canonical(code)
        return n is not None and n in self._codes.billable_set

    def description(self, code: str) -> str | None:
        """The tabular-list description, or None for an invalid code."""
        n = self._lookup_key(code)
        return None if n is None else self._description(n)

    def _description(self, n: str) -> str | None:
        """Description of a valid undotted code."""
        tab = self._tab
        if tab is None:
            points = self._point_lookup()
            if points is not None:
                found = points.full_description(n)
                if found is not None:
                    return found
            tab = self._tabular  # many lookups, or the byte search failed: parse it all
        d = tab.descriptions.get(n)
        return d if d is not None else _data.extension_description(n, tab)

    def _point_lookup(self) -> TabularPoints | None:
        points = self._points
        if points is None:
            cl = self._codes
            with self._lock:
                if self._points is None and self._tab is None:
                    with open(self._files.tabular, "rb") as f:
                        self._points = TabularPoints(f.read(), cl.valid)
                points = self._points
        if points is None or points.lookups >= _POINT_LOOKUPS:
            return None
        return points

    def billable_descendants(self, code: str, limit: int | None = None) -> list[str]:
        """Billable codes under ``code`` (dotted, tabular order); [] for a billable or invalid code."""
        n = self._lookup_key(code)
        if n is None:
            return []
        cl = self._codes
        out: list[str] = []
        for j in cl.descendants(n):
            if cl.leaf[j]:
                out.append(format_code(cl.codes[j]))
                if limit is not None and len(out) >= limit:
                    break
        return out

    def chapter(self, code: str) -> str | None:
        """The chapter number ("5" for F41.1) of a valid code."""
        n = self._lookup_key(code)
        return None if n is None else self._codes.chapter_of(self._codes.index[n])

    # ------------------------------------------------------------------ suggestions

    def suggest(self, code: str, description: str | None = None, limit: int = 5) -> list[Suggestion]:
        """Billable codes to use instead of ``code``; [] when ``code`` is billable.

        - valid but not billable (F84, S43.42): its billable descendants, direct children first, or
          those closest to ``description`` when one is given;
        - invalid: near misses of the code written (typos, missing/extra character, missing X
          placeholder or 7th character, O/0 and I/1 look-alikes, misplaced dot) and, when
          ``description`` is given (e.g. the DSM name written next to the code), codes whose
          description or inclusion terms match it, preferring the same category and chapter.
        """
        from authcheck.codes import _icd10cm_match as match

        if limit <= 0 or not isinstance(code, str):
            return []
        desc = description.strip() if isinstance(description, str) and description.strip() else None
        if desc is not None and len(desc) > 1000:
            desc = desc[:1000]
        n = self._lookup_key(code)
        cl = self._codes
        if n is not None:
            if n in cl.billable_set:
                return []
            ranked = match.descendants_ranked(self, n, desc)
            reason = f"billable code under {format_code(n)}"
            return [Suggestion(format_code(c), self._description(c) or "", reason) for c in ranked[:limit]]
        scored = match.rank_invalid(self, code, desc)
        return [Suggestion(format_code(c), self._description(c) or "", why) for c, why in scored[:limit]]

    def lookup(self, code: str, description: str | None = None, limit: int = 5) -> CodeInfo:
        """Validity, billability, description and (when not billable) suggestions for a written code."""
        written = code if isinstance(code, str) else ""
        n = self._lookup_key(written)
        if n is None:
            squashed = _squash(written[: 4 * _MAX_INPUT])
            shown = format_code(squashed) if "." not in squashed or _canonical(squashed) else squashed
            return CodeInfo(shown, False, False, None, self.suggest(written, description, limit))
        billable = n in self._codes.billable_set
        suggestions = [] if billable else self.suggest(written, description, limit)
        return CodeInfo(format_code(n), True, billable, self._description(n), suggestions)


_default: ICD10CM | None = None
_default_lock = threading.Lock()


def get_icd10cm() -> ICD10CM:
    """The process-wide ICD10CM over the installed data (created on first call, loaded lazily)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = ICD10CM()
    return _default
