"""Undoing what OCR does to letters, for documents faxed or scanned back to text. Three readings, each for its place:

- `ocr_letters`: a table caption or a services line ("Se5sion length", "Goa1"): 0, 1 and 5 between letters (and,
  with `word_end`, ending a word) read as o, l and s; codes and numbers kept.
- `ocr_letter_slips`: a signature line ("C1ient signature: /s/ Renata 0kafor"): only 0 and 1, also a name's first
  letter, and of the same length so that offsets into the line hold.
- `ocr_fold`: a label looked up in the label tables ("P1an Dale"): not a correction but a folding, the letters OCR
  confuses (1/i/t/l, 0/o, 5/s, e/c, rn/m ...) made one, applied alike to the label and to the known labels.

They differ on purpose: a fold that is right for comparing labels would garble names, and a name's first "0" is
an "O" where a caption's is not.
"""

from __future__ import annotations

import re

__all__ = ["ocr_fold", "ocr_letter_slips", "ocr_letters"]


# a digit an OCR engine read for the letter it resembles, inside a word ("Se5sion", "C1inician", "Freqency" is no slip)
_OCR_DIGIT = re.compile(r"(?<=[A-Za-z])[015](?=[A-Za-z])")
# ... or ending a word after two letters ("Goa1")
_OCR_DIGIT_OR_END = re.compile(r"(?<=[A-Za-z])[015](?=[A-Za-z])|(?<=[A-Za-z]{2})[015](?![\w.])")
_OCR_LETTER = {"0": "o", "1": "l", "5": "s"}


def ocr_letters(text: str, *, word_end: bool = False) -> str:
    """The text with each 0, 1 or 5 that sits between two letters of a word read as the letter it resembles
    ("Se5sion length" -> "Session length", "C1inician" -> "Clinician"); with `word_end`, also one ending a word
    after two letters ("Goa1" -> "Goal"). Codes and numbers are kept: a digit with a digit, space or punctuation on
    either side is a digit ("F41.1", "H0031", "97153")."""
    pattern = _OCR_DIGIT_OR_END if word_end else _OCR_DIGIT
    return pattern.sub(lambda m: _OCR_LETTER[m.group(0)], text)


# a word of letters with an OCR slip of "1" for "l" or "0" for "O"/"o" ("C1ient", "Professiona1", "0kafor"): letters
# and single 0/1 digits only, two lower-case letters at least; never a token touching "/", ".", "-" or another digit
_SLIP_WORD = re.compile(r"(?<![\w/.-])(?=[A-Za-z01]*[a-z][A-Za-z01]*[a-z])(?=[A-Za-z]*[01])[A-Za-z01]{3,}(?![\w/-])")
# inside a word, a word's first letter ("0kafor"), or "1" ending a word after a vowel ("Professiona1"; "Goal1" keeps
# its number)
_SLIP_DIGIT = re.compile(r"(?<=[A-Za-z])[01](?=[A-Za-z])|^0(?=[a-z])|(?<=[aeiou])1$")


def ocr_letter_slips(text: str) -> str:
    """`text` with OCR digit slips inside words undone ("Qualified Professiona1" -> "Qualified Professional", "Renata
    0kafor" -> "Renata Okafor"), of the same length so that offsets hold. Digits standing alone or next to a digit
    (dates, codes, NPIs, "x10") are kept."""
    if "0" not in text and "1" not in text:
        return text

    def word(found: re.Match[str]) -> str:
        token = found.group()
        if re.search(r"[01]{2}", token):
            return token
        return _SLIP_DIGIT.sub(lambda d: {"1": "l", "0": "o"}[d.group()] if d.start() else "O", token)

    return _SLIP_WORD.sub(word, text)


# the letters a fax scanned back to text confuses ("P1an Dale" for "Plan Date", "Interventlon", "Ccrtification",
# "0bjective"), each folded to one stand-in; and the pairs it reads as one letter ("rn" for "m", "cl" for "d")
_OCR_LETTERS = str.maketrans({"1": "l", "i": "l", "t": "l", "|": "l", "!": "l", "0": "o", "5": "s", "e": "c"})
_OCR_PAIRS = (("rn", "m"), ("cl", "d"), ("vv", "w"))


def ocr_fold(text: str) -> str:
    """A normalised label with the letters OCR confuses folded together: "p1an dale" and "plan date" fold alike. A
    number standing alone ("Goal 12") is left as written."""
    words = []
    for word in text.split():
        if re.search(r"[a-z]", word):
            word = word.translate(_OCR_LETTERS)
            for pair, one in _OCR_PAIRS:
                word = word.replace(pair, one)
        words.append(word)
    return " ".join(words)
