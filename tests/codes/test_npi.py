"""NPI check digit (Luhn over 80840 + the first nine digits)."""

from __future__ import annotations

import random

import pytest

from authcheck.codes import is_valid_npi, npi_problem
from authcheck.codes.npi import npi_check_digit


def _luhn_valid(number: str) -> bool:
    """Independent textbook Luhn check over the full card-issuer form 80840 + NPI."""
    digits = [int(c) for c in number]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


VALID = ["1234567893", "1993999998", " 1234567893 ", "1234567893\n", "2000000002", "1000000004"]


@pytest.mark.parametrize("npi", VALID)
def test_valid(npi: str) -> None:
    assert is_valid_npi(npi)
    assert npi_problem(npi) is None
    assert _luhn_valid("80840" + npi.strip())


PROBLEMS = [
    ("1234567891", "check digit should be 3, not 1"),
    ("1234567890", "check digit should be 3, not 0"),
    ("1993999990", "check digit should be 8, not 0"),
    ("123456789", "has 9 digits, an NPI has 10"),
    ("12345678931", "has 11 digits, an NPI has 10"),
    ("1", "has 1 digit, an NPI has 10"),
    ("", "is empty"),
    ("   ", "is empty"),
    ("123456789A", "contains characters other than digits"),
    ("NPI 1234567893", "contains characters other than digits"),
    ("123-456-7893", "contains separators (10 digits); an NPI is 10 digits with nothing between them"),
    ("12345 67893", "contains separators (10 digits); an NPI is 10 digits with nothing between them"),
    ("１２３４５６７８９３", "contains characters other than digits"),
    ("3234567890", "starts with 3; NPIs start with 1 or 2"),
    ("0234567891", "starts with 0; NPIs start with 1 or 2"),
]


@pytest.mark.parametrize(("text", "problem"), PROBLEMS)
def test_problems(text: str, problem: str) -> None:
    assert npi_problem(text) == problem
    assert not is_valid_npi(text)


def test_non_text() -> None:
    assert npi_problem(1234567893) == "is not text"  # type: ignore[arg-type]
    assert not is_valid_npi(None)  # type: ignore[arg-type]


def test_check_digit_agrees_with_textbook_luhn() -> None:
    rng = random.Random(20260401)
    for _ in range(2000):
        first9 = str(rng.choice("12")) + "".join(rng.choice("0123456789") for _ in range(8))
        npi = first9 + str(npi_check_digit(first9))
        assert _luhn_valid("80840" + npi)
        assert is_valid_npi(npi)
        wrong = first9 + str((int(npi[-1]) + rng.randint(1, 9)) % 10)
        assert not _luhn_valid("80840" + wrong)
        assert npi_problem(wrong) == f"check digit should be {npi[-1]}, not {wrong[-1]}"


def test_single_digit_typos_and_transpositions_are_caught() -> None:
    npi = "1234567893"
    for i in range(10):
        for d in "0123456789":
            typo = npi[:i] + d + npi[i + 1:]
            if typo != npi:
                assert not is_valid_npi(typo), typo
    for i in range(9):
        swapped = npi[:i] + npi[i + 1] + npi[i] + npi[i + 2:]
        if swapped != npi and {npi[i], npi[i + 1]} != {"0", "9"}:  # Luhn's known blind spot: 09 <-> 90
            assert not is_valid_npi(swapped), swapped


@pytest.mark.parametrize("bad", ["12345678", "1234567890123"])
def test_check_digit_input(bad: str) -> None:
    with pytest.raises(ValueError):
        npi_check_digit(bad)
