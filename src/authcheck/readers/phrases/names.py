"""Names and credentials: "Nora Murphy, PsyD", "Webb, Marcus", initials before a name."""

from __future__ import annotations

import re

from authcheck.model.vocab import CREDENTIALS, normalize_credential


# an abbreviation written like a credential that the credential list does not know ("MSN", "CCC", "QCC")
_DEGREE_LIKE = re.compile(r"[A-Z]{2,5}(?:-[A-Z]{1,4})?")
# honorifics, English and Spanish ("Dra. Lucía Herrera", "Lic. Ana Ruiz", "Sra. Ortiz")
_TITLES = re.compile(r"^(?:dr|dra|mr|mrs|ms|miss|prof|profa|sr|sra|srta|lic|lcda|lcdo)\.?\s+", re.I)
_NAME_SEPARATOR = re.compile(r"\s+[—–|•·]\s*|\s+-\s+|\s*[•·|]\s+")
_LEVEL_GAP = re.compile(r"\b([A-Z]{2,}(?:-[A-Z]+)?)\s+(I{1,3}|IV)\b")
_CRED_SPLIT = re.compile(r"[\s/]+")
_INITIALS = re.compile(r"(?:[A-Z]\.?\s?){1,3}")
_ID_TAIL = re.compile(r"[\s,;(]*\b(?:NPI|Lic(?:ense)?\.?\s*(?:#|No\.?|number)|License)\b\s*[:#]?\s*[\w-]*\d[\w-]*\)?.*$")
_INVERTED_NAME = re.compile(
    r"(?P<last>[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?)(?P<creds>(?:\s+[A-Z][A-Za-z./-]*[A-Z])*)\s*,\s*"
    r"(?P<first>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z]\.?)?)"
)

_LAST_FIRST_CREDENTIALS = re.compile(
    r"(?P<last>[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?)\s*,\s*(?P<first>[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?(?:\s+[A-Z]\.?)?)"
    r"(?P<creds>(?:\s*,\s*[A-Za-z][A-Za-z./-]*(?:\s*/\s*[A-Za-z][A-Za-z./-]*)?)+)"
)


def _is_credential(token: str) -> bool:
    token = token.strip(" .;:()")
    if not token:
        return False
    if normalize_credential(token) in CREDENTIALS or token.upper().replace(".", "") in CREDENTIALS:
        # a surname such as "Ma" or "Do" is not a credential unless written in capitals or with dots
        return not re.fullmatch(r"[A-Z][a-z]", token) or token in ("Ph", "Md")
    return False


def split_name_credential(text: str) -> tuple[str | None, str | None]:
    """ "Nora Murphy, PsyD" -> ("Nora Murphy", "PsyD"); "Omar Johnson, PT, DPT" -> ("Omar Johnson", "PT, DPT")."""
    text = " ".join(text.replace("\u00a0", " ").split()).strip(" ,;:-")
    if text.endswith(("(", "[")):
        text = text[:-1].strip(" ,;:-")  # "Jo Lee, LPC (" cut before "NPI 1326504184)": the bracket held the identifier
    # "Jane Doe, LCSW — [signature on file] — ...", "Jane Doe, PsyD • Mar 10": the name ends at a separator
    text = _ID_TAIL.sub("", text)  # "Osric Delahunt, MD NPI 1109426928": the identifier is not part of the credential
    pieces = [p for p in _NAME_SEPARATOR.split(text) if re.search(r"[A-Za-z]", p)]
    if len(pieces) > 1 and _INITIALS.fullmatch(pieces[0].strip()) and not _is_credential(pieces[0]):
        pieces = pieces[1:]  # "IS — Ingrid Solvang, OTR/L": the signer's initials before the full name
    text = (pieces[0] if pieces else "").strip(" ,;:-")
    text = _LEVEL_GAP.sub(r"\1-\2", text)  # "SUDCC II" is one credential
    if not text:
        return None, None
    trailing = re.fullmatch(r"(?P<rest>.+?)\s*\((?P<note>[^()]*)\)", text)
    if trailing and re.search(r"[A-Za-z]", trailing.group("note")) and not all(
        _is_credential(t) for t in _CRED_SPLIT.split(trailing.group("note").replace(",", " ")) if t
    ):
        text = trailing.group("rest")  # "Julia Harlan, MD (neurology)", "Ana Ruiz (mother)": a note, not the name
    bracketed = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<cred>[^()]+)\)", text)
    if bracketed and all(_is_credential(t) for t in _CRED_SPLIT.split(bracketed.group("cred").replace(",", " ")) if t):
        name, credential = split_name_credential(bracketed.group("name"))  # "Marcus Hale (LPC)"
        inner = bracketed.group("cred").strip()
        return name, (f"{credential}, {inner}" if credential else inner)
    inverted = _INVERTED_NAME.fullmatch(text)
    if inverted and not _is_credential(inverted.group("first").split()[0]):
        # "Webb, Marcus", "Nakamura LCSW, Kenji": a record system's "Last, First" with the credential after the surname
        creds = [t for t in (inverted.group("creds") or "").split() if t]
        if all(_is_credential(t) for t in creds):
            return f"{inverted.group('first')} {inverted.group('last')}", (" ".join(creds) or None)
    last_first = _LAST_FIRST_CREDENTIALS.fullmatch(text)
    if last_first and not _is_credential(last_first.group("first").split()[0]):
        creds = [c.strip() for c in last_first.group("creds").split(",") if c.strip()]
        if creds and all(_is_credential(c) or all(_is_credential(t) for t in _CRED_SPLIT.split(c) if t) for c in creds):
            # "LINDQVIST, PAUL, DO", "Webb, Marcus A, LCSW": a record system's "Last, First" with the credential after
            return f"{last_first.group('first')} {last_first.group('last')}", ", ".join(creds)
    if "," in text:
        parts = [p.strip() for p in text.split(",")]
        name = parts[0]
        creds = []
        unknown: list[str] = []  # "MSN" in "Jolene Farris, MSN, APRN, FNP-BC": a degree the list does not know
        for part in parts[1:]:
            tokens = [t for t in _CRED_SPLIT.split(part) if t]
            if " " in part and len(tokens) > 1 and _is_credential(part) and (creds or unknown):
                break  # "Elias Quill, PsyD, Licensed Psychologist": the title spelled out after the credential
            if _is_credential(part) or (tokens and all(_is_credential(t) for t in tokens)):
                creds.extend(unknown)
                unknown = []
                creds.append(part)
            elif _DEGREE_LIKE.fullmatch(part):
                unknown.append(part)
            else:
                # "Psy.D.    Licensed Psychologist (PA PS018842)", "LMFT ________Oscar Lindahl________": the
                # credentials that open the piece, then a title or the signature drawn after them
                lead = []
                for token in tokens:
                    if not _is_credential(token) or not (token.isupper() or "." in token or token[1:] != token[1:].lower()):
                        break
                    lead.append(token)
                rest = part[len(" ".join(lead)) :].strip() if lead else ""
                if lead and len(lead) < len(tokens) and re.match(r"[A-Z_(]", rest):
                    creds.extend(unknown)
                    creds.append(" ".join(lead))
                break
        if not creds and len(parts) == 2 and all(_is_credential(t) for t in name.split()):
            return None, text  # "LCSW, CADC" alone
        tokens = name.split()
        while len(tokens) > 2 and _is_credential(tokens[-1]) and tokens[-1].isupper():
            creds.insert(0, tokens.pop())  # "Jordan Albright BCBA, LBA"
        name = _TITLES.sub("", " ".join(tokens)).strip()
        return (name or None), (", ".join(creds) or None)
    tokens = text.split()
    creds_tail: list[str] = []
    while (
        len(tokens) > 1
        and _is_credential(tokens[-1])
        and (tokens[-1].isupper() or "." in tokens[-1] or any(c.isupper() for c in tokens[-1][1:]))
    ):
        creds_tail.insert(0, tokens.pop())
    name = _TITLES.sub("", " ".join(tokens)).strip()
    return (name or None), (" ".join(creds_tail) or None)
