"""National Provider Identifier (NPI) format and check digit.

CMS, "Requirements for Check Digit in the NPI" (NPS standard): the 10th digit is a Luhn check digit
computed over the card-issuer prefix 80840 followed by the first 9 digits. Doubling every other digit
starting from the rightmost of the 9 and summing, the prefix 80840 always contributes 24, so:
check = (10 - (24 + luhn_sum(first 9 digits)) % 10) % 10. CMS's example: 123456789 -> 3 (1234567893).
"""

from __future__ import annotations

import re

__all__ = ["is_valid_npi", "npi_check_digit", "npi_problem"]

_PREFIX_SUM = 24  # Luhn contribution of the 80840 prefix


def npi_check_digit(first9: str) -> int:
    """Check digit for the first nine digits of an NPI."""
    if len(first9) != 9 or not first9.isascii() or not first9.isdigit():
        raise ValueError("an NPI check digit is computed over exactly 9 digits")
    total = _PREFIX_SUM
    for i, ch in enumerate(reversed(first9)):
        d = ord(ch) - 48
        if i % 2 == 0:  # rightmost, then every other digit, is doubled
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def npi_problem(text: str) -> str | None:
    """Why ``text`` is not a valid NPI, in a few words; None when it is one.

    Only surrounding whitespace is tolerated: separators, letters or other digits counts are errors.
    """
    if not isinstance(text, str):
        return "is not text"
    s = text.strip()
    if not s:
        return "is empty"
    if not (s.isascii() and s.isdigit()):
        if re.fullmatch(r"[0-9][0-9\s.\-]*[0-9]", s):
            digits = sum("0" <= ch <= "9" for ch in s)
            return f"contains separators ({digits} digits); an NPI is 10 digits with nothing between them"
        return "contains characters other than digits"
    if len(s) != 10:
        return f"has {len(s)} digit{'s' if len(s) != 1 else ''}, an NPI has 10"
    if s[0] not in "12":
        # NPIs are issued from 1xxxxxxxxx (individuals) and 2xxxxxxxxx (organisations)
        return f"starts with {s[0]}; NPIs start with 1 or 2"
    expected = npi_check_digit(s[:9])
    if int(s[9]) != expected:
        return f"check digit should be {expected}, not {s[9]}"
    return None


def is_valid_npi(text: str) -> bool:
    """True for exactly 10 digits (surrounding spaces allowed) with a correct check digit."""
    return npi_problem(text) is None
