"""CPT / HCPCS service-code format checks (format only: CPT content is AMA-licensed, no list ships).

- CPT Category I: 5 digits (90837). Category II: 4 digits + F (1036F). Category III: 4 digits + T
  (0591T). Proprietary Laboratory Analyses (PLA): 4 digits + U (0001U).
- HCPCS Level II: one letter + 4 digits. CMS describes Level II as the "A to V range" (HL7 THO
  CodeSystem hcpcs-Level-II, OID 2.16.840.1.113883.6.285, quoting CMS); the sections in use are
  A B C D E G H J K L M P Q R S T U V (Wikipedia "HCPCS Level 2"; HCPCS code set index). D is the
  dental range (CDT, content owned by the ADA but carried in HCPCS Level II), kept so that a dental
  code is not reported as malformed. F, I, N, O and W-Z start no Level II code.

Modifiers (two letters/digits: HN, 95, GP, 59, KX) may be attached with "-", ":", a space or
nothing after a separator; ``split_modifiers`` separates them.
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

_BASE = re.compile(r"[0-9]{5}|[0-9]{4}[FTU]|[A-Z][0-9]{4}")
_MODIFIER = re.compile(r"[0-9A-Z]{2}")
_SEPARATORS = re.compile(r"\s*[-:,/]\s*|\s+")


def split_modifiers(text: str) -> tuple[str, list[str]]:
    """Split ``"97153-HN"``, ``"90837 95"``, ``"G0151:GP"``, ``"97110-GP-KX"`` into (code, modifiers).

    The code part is upper-cased and stripped; modifiers are returned upper-cased. Text that does not
    end in well-formed modifiers is returned whole as the code (with no modifiers), so the format
    check then rejects it.
    """
    if not isinstance(text, str):
        return "", []
    s = text.strip().upper()
    m = _BASE.match(s)
    if m is None:
        return s, []
    base, rest = m.group(0), s[m.end():]
    if not rest:
        return base, []
    parts = [p for p in _SEPARATORS.split(rest)]
    if parts and parts[0] == "" and _SEPARATORS.match(rest):
        parts = parts[1:]
    else:  # modifiers must be separated from the code
        return s, []
    if parts and all(_MODIFIER.fullmatch(p) for p in parts) and len(parts) <= 4:
        return base, parts
    return s, []


def classify_service_code(text: str) -> ServiceCodeKind | None:
    """Which kind of service code ``text`` is shaped like (modifiers allowed), or None."""
    code, _ = split_modifiers(text)
    if len(code) != 5:
        return None
    if code.isdigit():
        return "cpt"
    head, last = code[:4], code[4]
    if head.isdigit():
        return {"F": "cpt-category-ii", "T": "cpt-category-iii", "U": "cpt-pla"}.get(last)  # type: ignore[return-value]
    if code[0] in HCPCS_LEVEL_II_LETTERS and code[1:].isdigit():
        return "hcpcs-level-ii"
    return None


def is_valid_service_code_format(text: str) -> bool:
    """True when ``text`` is shaped like a CPT (any category) or HCPCS Level II code."""
    return classify_service_code(text) is not None
