"""Locate and parse the ICD-10-CM data files bundled with the ``simple-icd-10-cm`` package.

The package is never imported (its import builds a full tree and costs ~1.7 s); we only find its
directory with ``importlib.util.find_spec`` and read two files from ``data/``:

- ``code-list-*.txt``: every code, undotted, in tabular (pre-)order, one per line, interleaved with
  chapter numbers ("1".."22") and block ranges ("A00-A09"; a block of one category is written as the
  category itself, e.g. "B99" twice in a row). Validity and the tree shape come from this file alone.
- ``icd10c-tabular-*.xml``: the CDC/NCHS tabular list, read only when descriptions are needed.

File names are found by glob, so a data update of the package does not break us.
"""

from __future__ import annotations

import bisect
import fnmatch
import importlib.util
import itertools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

__all__ = [
    "CodeList",
    "DataFiles",
    "Tabular",
    "TabularPoints",
    "build_extension_description",
    "extension_description",
    "extension_parts",
    "find_data_files",
    "parse_code_list",
    "parse_tabular",
    "parse_tabular_fast",
    "parse_tabular_lxml",
]

PACKAGE = "simple_icd_10_cm"
DISTRIBUTION = "simple-icd-10-cm"

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_DATE_IN_NAME = re.compile(r"({})-(?:(\d{{1,2}})-)?(\d{{4}})".format("|".join(_MONTHS)))


@dataclass(frozen=True)
class DataFiles:
    """Paths of the two data files, plus what can be said about them without parsing them."""

    code_list: str
    tabular: str
    version: str  # e.g. "ICD-10-CM 2026 (April 1, 2026 update)"
    source: str  # e.g. "simple-icd-10-cm 1.5.0"


def _name_date(path: str) -> tuple[int, int, int]:
    m = _DATE_IN_NAME.search(os.path.basename(path))
    if not m:
        return (0, 0, 0)
    return (int(m.group(3)), _MONTHS.index(m.group(1)) + 1, int(m.group(2) or 0))


def _newest(directory: str, pattern: str) -> str | None:
    try:
        found = fnmatch.filter(os.listdir(directory), pattern)
    except OSError:
        return None
    if not found:
        return None
    # newest release by the date in the name; the name itself breaks ties deterministically
    return os.path.join(directory, max(found, key=lambda p: (_name_date(p), p)))


def _package_dir() -> str | None:
    spec = importlib.util.find_spec(PACKAGE)  # a top-level name: found without being imported
    if spec is None or not spec.submodule_search_locations:
        return None
    return str(next(iter(spec.submodule_search_locations)))


def _distribution_version(package_dir: str | None) -> str:
    if package_dir is not None:
        # <site-packages>/simple_icd_10_cm-1.5.0.dist-info: cheaper than importlib.metadata (~40 ms)
        parent = os.path.dirname(package_dir)
        infos = _glob_names(parent, f"{PACKAGE}-*.dist-info")
        if len(infos) == 1:
            return infos[0][len(PACKAGE) + 1 : -len(".dist-info")]
    try:
        from importlib.metadata import version

        return version(DISTRIBUTION)
    except Exception:  # noqa: BLE001 - the version is informative only
        return "unknown version"


def _glob_names(directory: str, pattern: str) -> list[str]:
    try:
        return fnmatch.filter(os.listdir(directory), pattern)
    except OSError:
        return []


def _describe_version(tabular: str) -> str:
    year = ""
    try:
        with open(tabular, "rb") as f:
            head = f.read(4096).decode("utf-8", "replace")
        m = re.search(r"<version>\s*([^<\s]+)\s*</version>", head)
        year = m.group(1) if m else ""
    except OSError:
        pass
    y, mo, d = _name_date(tabular)
    if y and d:
        update = f" ({_MONTHS[mo - 1]} {d}, {y} update)"
    else:
        update = f" ({_MONTHS[mo - 1]} {y} update)" if y else ""
    return f"ICD-10-CM {year or (str(y) if y else '')}".rstrip() + update


def find_data_files(data_dir: str | os.PathLike[str] | None = None) -> DataFiles:
    """Find the newest code list and tabular XML in ``data_dir`` (default: the package's data/)."""
    package_dir = _package_dir()
    if data_dir is None:
        if package_dir is None:
            raise FileNotFoundError(f"the {DISTRIBUTION} package is not installed")
        data_dir = os.path.join(package_dir, "data")
    directory = os.fspath(data_dir)
    code_list = _newest(directory, "code-list-*.txt")
    tabular = _newest(directory, "icd10c-tabular-*.xml")
    if code_list is None or tabular is None:
        raise FileNotFoundError(f"no ICD-10-CM code list / tabular XML in {directory}")
    return DataFiles(code_list, tabular, _describe_version(tabular),
                     f"{DISTRIBUTION} {_distribution_version(package_dir)}")


# --------------------------------------------------------------------------- code list


class CodeList:
    """The code list, undotted, in tabular pre-order (chapters and blocks removed).

    Only what validity and billability need is built eagerly; the rest on first use.
    """

    def __init__(self, codes: list[str], billable: list[str], chapters: list[tuple[str, str]]) -> None:
        self.codes = codes
        self.billable = billable  # leaves, tabular order
        self.valid: frozenset[str] = frozenset(codes)
        self.billable_set: frozenset[str] = frozenset(billable)
        self.chapters = chapters  # (chapter number, its first code), tabular order
        self._under: dict[str, list[str]] = {}

    @cached_property
    def chapter_starts(self) -> list[int]:
        return [self.index[first] for _, first in self.chapters]

    @cached_property
    def index(self) -> dict[str, int]:
        return {c: i for i, c in enumerate(self.codes)}

    @cached_property
    def leaf(self) -> list[bool]:
        b = self.billable_set
        return [c in b for c in self.codes]

    def chapter_of(self, i: int) -> str:
        """Chapter number of ``codes[i]``."""
        k = bisect.bisect_right(self.chapter_starts, i) - 1
        return self.chapters[k][0] if k >= 0 else ""

    def billable_under(self, code: str) -> list[str]:
        """Billable descendants of a valid code: direct children first, then by tabular order
        (placeholder X's are not levels: S33.6XXA is a child of S33.6). Cached."""
        found = self._under.get(code)
        if found is None:
            leaf, codes, valid = self.leaf, self.codes, self.valid
            rng = self.descendants(code)
            start = rng.start
            n = len(code)

            def key(j: int) -> tuple[int, int]:
                c = codes[j]
                return (sum(1 for k in range(n + 1, len(c)) if c[:k] in valid), j - start)

            found = [codes[j] for j in sorted((j for j in rng if leaf[j]), key=key)]
            if len(self._under) < 4096:
                self._under[code] = found
        return found

    def descendants(self, code: str) -> range:
        """Index range of the descendants of ``code`` (pre-order: they follow it contiguously)."""
        i = self.index[code]
        j = i + 1
        codes = self.codes
        n = len(codes)
        while j < n and codes[j].startswith(code):
            j += 1
        return range(i + 1, j)


def parse_code_list(text: str) -> CodeList:
    """Parse the code-list file. Lines may carry text after the code (only the first word counts)."""
    if " " in text or "\t" in text:
        words = [ln.split(None, 1)[0].replace(".", "") for ln in text.splitlines() if ln.strip()]
    else:
        words = text.split()
    marks = [i for i, w in enumerate(words) if w.isdigit()]
    # drop chapters and blocks; a one-category block is written as the category, twice in a row
    kept = [w for w in words if "-" not in w and not w.isdigit()]
    codes = [c for c, p in zip(kept, [""] + kept) if c != p]
    nxt = codes[1:]
    nxt.append("")
    billable = [c for c, n in zip(codes, nxt) if not n.startswith(c)]
    # a chapter starts at the first code after its number (blocks in between)
    chapters: list[tuple[str, str]] = []
    for m in marks:
        first = next((w for w in words[m + 1 : m + 50] if "-" not in w and not w.isdigit()), None)
        if first is not None:
            chapters.append((words[m], first))
    return CodeList(codes, billable, chapters)


# --------------------------------------------------------------------------- tabular XML


@dataclass
class Tabular:
    """What we keep from the tabular XML, keyed by undotted code."""

    descriptions: dict[str, str]  # every <diag> (and chapter) name -> <desc>
    seven_chr: dict[str, dict[str, str]]  # codes carrying a <sevenChrDef>: char -> meaning
    inclusion_terms: dict[str, list[str]]  # <inclusionTerm> notes of a diag


# One pass over the file: a <name> followed by its <desc> opens a diag (or chapter); a <section ...>
# closes the scope of the last name (sections carry no <name>); <sevenChrDef> and <inclusionTerm>
# belong to the last name seen, because in this file a code's own elements always precede its
# children (the tests check the result against the lxml parser).
_TABULAR_TOKENS = re.compile(
    rb"<name>([^<]*)</name>\s*<desc>([^<]*)</desc>"
    rb"|<section\b"
    rb"|<sevenChrDef>(.*?)</sevenChrDef>"
    rb"|<inclusionTerm>(.*?)</inclusionTerm>",
    re.DOTALL,
)
_SEVEN_TOKENS = re.compile(
    r'<extension\s+char="([^"]*)"\s*>([^<]*)</extension>|<note>([^<]*)</note>|<extension\b'
)
_NOTE = re.compile(r"<note>([^<]*)</note>")


def _text(s: str) -> str:
    if "&" not in s:
        return s
    import html

    return html.unescape(s)


def _parse_seven(body: str) -> dict[str, str]:
    out: dict[str, str] = {}
    last: str | None = None
    for m in _SEVEN_TOKENS.finditer(body):
        if m.group(1) is not None:
            last = _text(m.group(1))
            out[last] = _text(m.group(2))
        elif m.group(3) is not None:
            if last is not None:  # a note qualifies the extension before it (as simple_icd_10_cm does)
                out[last] = out[last] + "/" + _text(m.group(3))
        else:
            raise ValueError("unexpected <extension> element")
    return out


def parse_tabular_fast(data: bytes) -> Tabular:
    """Regex scan of the tabular XML bytes (~5x faster than lxml). Callers validate the result.

    Names and descriptions (47k) are decoded in two batches rather than one by one.
    """
    names_b: list[bytes] = []
    descs_b: list[bytes] = []
    owned: list[tuple[int, bytes, bytes]] = []  # (index of owning name, sevenChrDef, inclusionTerm)
    owner = -1
    for name, desc, seven, incl in _TABULAR_TOKENS.findall(data):
        if name:
            names_b.append(name)
            descs_b.append(desc)
            owner = len(names_b) - 1
        elif seven or incl:
            owned.append((owner, seven, incl))
        else:  # <section: what follows until the next <name> belongs to no code
            owner = -1
    names = b"\n".join(names_b).decode("utf-8").replace(".", "").split("\n")
    joined = b"\0".join(descs_b).decode("utf-8")
    descs = joined.split("\0")
    if "&" in joined:
        descs = [_text(d) for d in descs]
    names = [n.strip() for n in names] if any(n != n.strip() for n in names) else names
    descriptions = dict(zip(names, descs))
    seven_chr: dict[str, dict[str, str]] = {}
    inclusion: dict[str, list[str]] = {}
    for i, seven, incl in owned:
        if seven:
            if i < 0:
                raise ValueError("<sevenChrDef> outside a code")
            seven_chr[names[i]] = _parse_seven(seven.decode("utf-8"))
        elif i >= 0:
            inclusion.setdefault(names[i], []).extend(_text(t) for t in _NOTE.findall(incl.decode("utf-8")))
    return Tabular(descriptions, seven_chr, inclusion)


def parse_tabular_lxml(path: str | os.PathLike[str]) -> Tabular:
    """Reference parser (the hardened lxml parser); used when the fast scan looks wrong."""
    from lxml import etree

    from authcheck.xmlsafe import safe_parser

    root = etree.parse(str(path), safe_parser()).getroot()
    descriptions: dict[str, str] = {}
    seven: dict[str, dict[str, str]] = {}
    inclusion: dict[str, list[str]] = {}
    for el in root.iter("diag", "chapter"):
        name = el.findtext("name")
        if name is None:
            continue
        code = name.strip().replace(".", "")
        descriptions[code] = el.findtext("desc") or ""
        for sd in el.findall("sevenChrDef"):
            defs: dict[str, str] = {}
            last: str | None = None
            for child in sd:
                if child.tag == "extension":
                    last = child.get("char", "")
                    defs[last] = child.text or ""
                elif child.tag == "note" and last is not None and child.text is not None:
                    defs[last] = defs[last] + "/" + child.text
            seven[code] = defs
        for it in el.findall("inclusionTerm"):
            inclusion.setdefault(code, []).extend(n.text or "" for n in it.findall("note"))
    return Tabular(descriptions, seven, inclusion)


def parse_tabular(path: str | os.PathLike[str], code_list: CodeList | None = None,
                  data: bytes | None = None) -> Tabular:
    """Parse the tabular XML (``data``: its bytes, if already read): fast scan, validated against
    the code list, else the lxml parser."""
    try:
        if data is None:
            with open(path, "rb") as f:
                data = f.read()
        result = parse_tabular_fast(data)
    except ValueError:  # includes UnicodeDecodeError
        return parse_tabular_lxml(path)
    if code_list is not None and not _covers(result, code_list):
        return parse_tabular_lxml(path)
    return result


def _covers(tab: Tabular, cl: CodeList) -> bool:
    """Cheap sanity check of a parse: codes missing from the XML are 7th-character codes, and a
    sample of them gets a description built from a <sevenChrDef>."""
    if not tab.descriptions or not cl.codes:
        return False
    derived = cl.valid.difference(tab.descriptions.keys())
    if any(len(c) != 7 for c in derived):
        return False
    return all(extension_description(c, tab) is not None for c in itertools.islice(derived, 0, None, 100))


def extension_base(code: str, has_description: Callable[[str], bool]) -> str | None:
    """The code a 7th-character code extends: drop the 7th character, then placeholder X's."""
    base = code[:-1]
    while not has_description(base) and base.endswith("X") and len(base) > 3:
        base = base[:-1]
    return base if has_description(base) else None


def extension_parts(code: str, description_of: Callable[[str], str | None],
                    seven_chr_of: Callable[[str], dict[str, str] | None]) -> tuple[str, str] | None:
    """(base code, meaning of the 7th character) of a code built from a <sevenChrDef>.

    The meaning is defined on the base code itself or else on its nearest ancestor that defines
    7th characters (as simple_icd_10_cm reads them).
    """
    if len(code) != 7:
        return None
    base = extension_base(code, lambda c: description_of(c) is not None)
    if base is None:
        return None
    for k in range(len(base), 2, -1):
        defs = seven_chr_of(base[:k])
        if defs is not None:
            meaning = defs.get(code[-1])
            return None if meaning is None else (base, meaning)
    return None


def build_extension_description(code: str, description_of: Callable[[str], str | None],
                                seven_chr_of: Callable[[str], dict[str, str] | None]) -> str | None:
    """Description of a code built from a <sevenChrDef> (not in the XML as a <diag>): as
    simple_icd_10_cm builds it, the base code's description, ", ", the 7th character's meaning."""
    parts = extension_parts(code, description_of, seven_chr_of)
    if parts is None:
        return None
    base_description = description_of(parts[0])
    return None if base_description is None else base_description + ", " + parts[1]


def extension_description(code: str, tab: Tabular) -> str | None:
    """``build_extension_description`` over a parsed tabular list."""
    return build_extension_description(code, tab.descriptions.get, tab.seven_chr.get)


class TabularPoints:
    """Answers for a few codes straight from the XML bytes (~2 ms a code, no full parse).

    A code's <name> is unique in the file and its own <desc>/<sevenChrDef> precede its first child
    <diag>, so both are found by plain byte searches from the name onwards.
    """

    _DESC = re.compile(rb"\s*<desc>([^<]*)</desc>")

    def __init__(self, data: bytes, valid: frozenset[str]) -> None:
        self.data = data
        self.valid = valid
        self._descriptions: dict[str, str | None] = {}
        self.lookups = 0  # byte scans done, so the owner can switch to a full parse

    def _after_name(self, code: str) -> int:
        dotted = code if len(code) <= 3 else code[:3] + "." + code[3:]
        needle = b"<name>" + dotted.encode("ascii", "replace") + b"</name>"
        i = self.data.find(needle)
        return -1 if i < 0 else i + len(needle)

    def description(self, code: str) -> str | None:
        """The <desc> of the <diag> named ``code`` (None for 7th-character codes)."""
        if code in self._descriptions:
            return self._descriptions[code]
        found: str | None = None
        if code in self.valid:
            self.lookups += 1
            p = self._after_name(code)
            m = self._DESC.match(self.data, p) if p >= 0 else None
            found = None if m is None else _text(m.group(1).decode("utf-8"))
        self._descriptions[code] = found
        return found

    def seven_chr(self, code: str) -> dict[str, str] | None:
        if code not in self.valid:
            return None
        self.lookups += 1
        p = self._after_name(code)
        if p < 0:
            return None
        ends = [q for q in (self.data.find(b"<diag>", p), self.data.find(b"</diag>", p)) if q >= 0]
        end = min(ends) if ends else len(self.data)
        start = self.data.find(b"<sevenChrDef>", p, end)
        if start < 0:
            return None
        stop = self.data.find(b"</sevenChrDef>", start, end)
        if stop < 0:
            raise ValueError("unterminated <sevenChrDef>")
        return _parse_seven(self.data[start + len(b"<sevenChrDef>") : stop].decode("utf-8"))

    def full_description(self, code: str) -> str | None:
        """Description of a code, including 7th-character codes."""
        own = self.description(code)
        if own is not None:
            return own
        return build_extension_description(code, self.description, self.seven_chr)
