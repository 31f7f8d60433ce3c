"""CPT / HCPCS service-code format checks (format only: CPT content is AMA-licensed, no list ships).

- CPT Category I: 5 digits (90837). Category II: 4 digits + F (1036F). Category III: 4 digits + T
  (0591T). Proprietary Laboratory Analyses (PLA): 4 digits + U (0001U).
- HCPCS Level II: one letter + 4 digits. CMS describes Level II as the "A to V range" (HL7 THO
  CodeSystem hcpcs-Level-II, OID 2.16.840.1.113883.6.285, quoting CMS); the sections in use are
  A B C D E G H J K L M P Q R S T U V (Wikipedia "HCPCS Level 2"; HCPCS code set index). D is the
  dental range (CDT, content owned by the ADA but carried in HCPCS Level II), kept so that a dental
  code is not reported as malformed. F, I, N, O and W-Z start no Level II code.

Modifiers (two letters/digits: HN, 95, GP, 59, KX; up to four) may follow the code after "-", ":",
",", "/" or spaces; ``split_modifiers`` separates them. A modifier glued to the code ("97153HN") is
not accepted: with numeric modifiers ("9083795") it cannot be told from a malformed code.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = [
    "HCPCS_LEVEL_II_LETTERS",
    "ServiceCodeKind",
    "classify_service_code",
    "is_valid_service_code_format",
    "split_modifiers",
]

ServiceCodeKind = Literal["cpt", "cpt-category-ii", "cpt-category-iii", "cpt-pla", "hcpcs-level-ii"]

HCPCS_LEVEL_II_LETTERS = frozenset("ABCDEGHJKLMPQRSTUV")

_BASE = re.compile(r"[0-9]{5}|[0-9]{4}[FTU]|[A-Z][0-9]{4}", re.ASCII)
_CPT_SUFFIX: dict[str, ServiceCodeKind] = {"F": "cpt-category-ii", "T": "cpt-category-iii", "U": "cpt-pla"}
_MODIFIER = re.compile(r"[0-9A-Z]{2}", re.ASCII)
_SEPARATORS = re.compile(r"\s*[-:,/]\s*|\s+")


def split_modifiers(text: str) -> tuple[str, list[str]]:
    """Split ``"97153-HN"``, ``"90837 95"``, ``"G0151:GP"``, ``"97110-GP-KX"`` into (code, modifiers).

    The code is upper-cased and stripped; so are the modifiers (at most four, each separated by
    "-", ":", ",", "/" or spaces). Text that is not a code followed by well-formed modifiers is
    returned whole as the code, with no modifiers, so that the format check rejects it.
    """
    if not isinstance(text, str):
        return "", []
    s = text.strip().upper()
    m = _BASE.match(s)
    if m is None or m.end() == len(s):
        return s, []
    rest = s[m.end():]
    if not _SEPARATORS.match(rest):  # "97153HN": modifiers must be set apart from the code
        return s, []
    parts = _SEPARATORS.split(rest)[1:]
    if 1 <= len(parts) <= 4 and all(_MODIFIER.fullmatch(p) for p in parts):
        return m.group(0), parts
    return s, []


def classify_service_code(text: str) -> ServiceCodeKind | None:
    """Which kind of service code ``text`` is shaped like (modifiers allowed), or None."""
    code, _ = split_modifiers(text)
    if not _BASE.fullmatch(code):
        return None
    if code.isdigit():
        return "cpt"
    if code[0].isdigit():
        return _CPT_SUFFIX[code[4]]
    return "hcpcs-level-ii" if code[0] in HCPCS_LEVEL_II_LETTERS else None


def is_valid_service_code_format(text: str) -> bool:
    """True when ``text`` is shaped like a CPT (any category) or HCPCS Level II code."""
    return classify_service_code(text) is not None
