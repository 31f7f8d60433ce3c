"""Signature phrases: signature lines, e-signature statements, signed marks, unsigned and awaiting lines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from authcheck.model.vocab import normalize_signature_role
from authcheck.parsing import find_dates
from authcheck.parsing.dates import MONTH_NAME_TEXT
from authcheck.readers.phrases.common import blank_value, first_date
from authcheck.readers.phrases.names import split_name_credential


@dataclass
class SignatureText:
    """A signature as read from a line: role label as written, name, credential, date, method, signed."""

    role_label: str | None
    name: str | None
    credential: str | None
    date: dt.date | None
    method: str = "unknown"
    signed: bool = True
    text: str = ""
    date_text: str | None = None


_IMAGE_MARK_TEXT = (
    r"\[\s*(?:(?:scanned\s+|wet\s+|ink\s+|e-?|electronic\s+|digital\s+)?signature(?:\s+(?:image|on\s+file|"
    # "[signature captured on pad]", "[signature obtained in clinic]": where the captured signature sits
    r"(?:captured|obtained|collected|received|scanned|attached|applied)\b[^\]\d]{0,30}))?|image\s+of\s+signature|signed)\s*\]"
)
_IMAGE_MARK = re.compile(_IMAGE_MARK_TEXT, re.I)
# the words naming a system e-signatures are made in or requested through: "physician portal", "the EHR", "DocuSign"
SIGNING_SYSTEM = r"portal|ehr|emr|system|docusign|app|platform|inbox|workflow"
# the system an e-signature was made in, between "e-signed" and the signer: "via physician portal", "in the EHR",
# "through DocuSign"
_SIGNED_IN = (
    r"(?:(?:via|through|in|using)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{SIGNING_SYSTEM})\b\s*,?\s*)?"
)
_ESIGNED = re.compile(
    r"\b(?:electronically|digitally|e-?)\s*(?:co-?)?signed\s*(?:\([^)]{1,60}\))?\s*" + _SIGNED_IN
    + r"(?:by)?\s*:?\s*(?P<rest>.*)$|"
    r"^\s*(?:co-?)?signed\s+(?:(?:electronically|digitally)\s*(?:by)?|by)\s*:?\s*(?P<rest2>.*)$",
    re.I,
)
# "signed 02/13/2026", "Signed December 2, 2024", "Date signed: 01/12/2026", "Signed ________ (date)"
_SIGNED_DATE = re.compile(
    r"\bsigned\s*(?:on\s*)?:?\s*(?=\d{1,4}[/\-.]\d|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?[\s-][A-Z][a-z]{2}|_{3,})",
    re.I,
)
_SIGNED_WORDS = re.compile(r"\s*[—–-]?\s*\b(?:date\s+)?signed\b\s*(?:on\b)?\s*:?\s*(?:_{2,}\s*)?(?:\(\s*date\s*\))?", re.I)
_CONFORMED = re.compile(r"/e?s/\s*(?P<rest>.*)$", re.I)
# a name typed between slashes as the signature: "/Yolanda Pruitt-Abara, APRN/", "/Marisol Quintanar, OTR/L/"
_SLASHED_NAME = re.compile(r"^\s*/\s*(?P<inner>(?:Dr\.?\s+)?[A-Z][^/\d]*?(?:/[A-Z]{1,2})?)\s*/(?=\s|$|[,;])")
# a mark written beside the signer's name saying the line is signed: "Jane Doe, LCSW (e-signed)",
# "Jane Doe — electronically signed 01/05/2026", "Signature on file", "/s/ electronically", "(signed)"
# a date written with its month's name first ("February 13, 2026", "Feb. 13 2026"), as a lookahead's alternative
_MONTH_DAY = rf"{MONTH_NAME_TEXT}\.?\s+\d"
_STATUS_MARK = re.compile(
    r"\(\s*(?P<e1>(?:electronically|digitally|e-?)\s*)?(?:co-?)?signed(?P<e2>\s+electronically)?"
    # "(e-signed via portal)", "(e-signed 02/09/2026)", "(e-signed Feb 2, 2026)"
    r"(?:(?:\s*:\s*|\s+)(?:(?:via|on|through)\b|(?=\d|" + _MONTH_DAY + r"))[^)]*)?"
    r"\s*\)"
    # the shorthand of a hurried typist: "(e-sig)", "(esig)", "(e-signature)", "(electronic sig.)"
    r"|\(\s*(?P<e6>e-?|electronic\s+)sig(?:nature|\.)?\s*\)"
    r"|\bsignature\s+on\s+file\b|(?P<e3>/e?s/\s*(?:electronically|digitally)|/es/)"
    # a placeholder where the signature image sits: "[signature image]", "[image of signature]", "[signed]"
    rf"|{_IMAGE_MARK_TEXT}"
    r"|(?:^|\s[—–-]\s|\s{2,}|,\s*)(?P<e4>(?:electronically|digitally|e-?)\s*)?(?:co-?)?signed(?P<e5>\s+electronically)?\b"
    r"(?!\s*(?:on\s*)?:?\s*_)"  # not "Signed: ______", a blank line to sign on
    # where or how it was signed: "signed via portal", "signed in clinic", "signed at the visit", "signed in person"
    r"(?:\s+(?:(?:via|through)\s+[\w -]{1,30}?|(?:in|at|during|using|with)\s+[A-Za-z][\w -]{0,29}?|"
    # "signed on tablet", "signed on the signature pad": the device it was signed on (not a date, not "on file")
    r"on\s+(?!file\b|" + _MONTH_DAY + r")[A-Za-z][\w -]{0,29}?)"
    r"(?=\s{2,}|\s*$|\s+(?:on\s+)?\d|\s+(?:on\s+)?" + _MONTH_DAY + r"))?"
    # "Renata Szabo, MD   e-sig 3/18/26": the shorthand after a gap, before the date
    r"|(?:\s[—–-]\s|\s{2,}|,\s*)(?P<e7>e-?sig)\.?(?=\s*(?:on\s+)?(?:\d|" + _MONTH_DAY + r")|\s*$)"
    # "Dr R. Villanueva MD e-signed 2/13/2026": an e-signature word one space after the name, before the date
    # (or with the system it was made in: "Ana Ruiz, LCSW e-signed via patient portal 01/05/2026")
    r"|(?<=[\w.)])\s(?P<e8>(?:electronically|digitally|e-)\s*signed)\b(?:\s+" + _SIGNED_IN + r")?"
    r"(?=\s*(?:on\s+)?(?:\d|" + _MONTH_DAY + r")|\s*$)",
    re.I,
)
# a relationship written after a signer's name: "Ana Ruiz, parent", "Ana Ruiz (mother)"
_RELATION_WORD = (
    r"(?:legal\s+)?(?:parent|guardian|mother|father|grandmother|grandfather|foster\s+(?:parent|mother|father)|"
    r"caregiver|spouse|client|patient|self|stepmother|stepfather|step-?parent)"
)
# (several at once: "Nathan Price, father/legal guardian", "Ana Ruiz, mother and legal guardian")
_RELATION = re.compile(
    rf",\s*(?P<rel>{_RELATION_WORD}(?:\s*(?:/|&|\band\b|\bor\b)\s*{_RELATION_WORD})*)\b\.?"
    r"(?=\s*(?:$|[—–(|,;-]|\s{2}|(?:e-?|electronically\s+)?signed\b|\d))",
    re.I,
)
# a status mark opening a value, saying how the line was signed before the printed name: "signed on tablet",
# "signed in clinic", "e-signed via portal" (the mark alone; "signed 3/9/26" keeps its date for the name's reading)
_LEADING_SIGNED = re.compile(
    r"\s*(?:(?:electronically|digitally|e-?)\s*)?signed(?:\s+electronically)?\s+(?:via|through|on|in|at|during|using|with)\s+[A-Za-z]",
    re.I,
)
_TICKED_SIGNED = re.compile(r"[☒☑✔✓■]\s*(?=(?:(?:electronically|digitally|e-?)\s*)?signed\b)", re.I)
# what may stand before "signature" in a status phrase: a co-signature, a countersignature, an e-signature
_SIG_KIND = r"(?:co-?|counter-?|e-?|electronic\s+|digital\s+)?"
_UNSIGNED = re.compile(
    # (a co-signature or countersignature still to come: "pending co-signature", "awaiting countersignature",
    # "co-signature pending", "not yet co-signed", "routed for co-signature", "Awaiting e-signature")
    rf"\b(?:pending\s+{_SIG_KIND}signature|{_SIG_KIND}signature\s+pending|"
    rf"awaiting\s+{_SIG_KIND}signature|not\s+(?:yet\s+)?(?:co-?|counter-?|e-?)?signed|unsigned|"
    rf"(?:routed|sent|forwarded)\s+for\s+{_SIG_KIND}signature|"
    # "Co-signature routed to Ana Ruiz, MD on 09/23/2025", "Signature requested from Dr. Lee", "e-signature request
    # sent to physician portal 01/08/2026": a request, not a signature
    rf"{_SIG_KIND}signature\s+(?:request(?:ed)?(?:\s+(?:sent|routed|forwarded))?|routed|sent|forwarded)"
    r"(?=\s+(?:to|from|via)\b)|"
    r"refused\s+to\s+sign|declined\s+to\s+sign|did\s+not\s+sign|signature\s+required|needs?\s+signature|"
    r"to\s+be\s+signed|not\s+available\s+to\s+sign|unable\s+to\s+sign)\b",
    re.I,
)
# where a signature request is sent when it is not a person: "physician portal", "EHR inbox", "the provider's queue"
_REQUEST_PLACE = re.compile(rf"\b(?:{SIGNING_SYSTEM}|queue|e-?mail|fax)\b", re.I)
# a signature's value that opens with its status: "PENDING - e-signature request sent ...", "Awaiting (sent 1/8/26)"
_PENDING_LEAD = re.compile(r"^\s*[(\[]?\s*(?:status\s*:\s*)?(?:pending|awaiting|outstanding)\b[\s:;,.)\]–—-]*", re.I)


_REQUIRED = re.compile(r"signature\s+required|needs?\s+signature", re.I)
# who an unsigned line waits on: "routed to P. Raman, MD", "(sent to Dr. Ames)"
_ROUTED_TO = re.compile(r"^[\s(:;,\-–—]*(?:(?:routed|sent|forwarded|assigned)\s+)?(?:to|from)\s*:?\s+", re.I)


def is_image_mark(text: str) -> bool:
    """ "[signature image]", "[image of signature]": the whole text is the place of a signature image (a picture in
    a signature cell is read as "[signature image]")."""
    return _IMAGE_MARK.fullmatch(text.strip()) is not None


def says_unsigned(text: str) -> bool:
    """True when a signature cell says it is not signed: "Awaiting signature", "Pending signature", "Not signed",
    "E-signature PENDING", "Pending"."""
    return bool(_UNSIGNED.search(text) or _PENDING_LEAD.match(text))


_ROLE_PAREN = re.compile(r"\((?P<role>[^)]{2,40})\)")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}\b)?")
_ROLE_WORDS = re.compile(
    r"client|patient|member|consumer|individual|participant|guardian|parent|caregiver|legal|representative|"
    r"clinician|therapist|counselor|provider|bcba|supervisor|physician|psychiatrist|prescriber|doctor|"
    r"practitioner|case manager|staff|author|nurse|social worker|psychologist|analyst|director|family|youth|"
    r"certif|referring|rendering|treating|qualified|lpha|qmhp|rbt|slp|otr|pt\b|ot\b|mother|father|grand|foster|spouse",
    re.I,
)


# what a reviewer writes before the name: "reviewed and approved — Conrad Ellingsen, MD", "Approved by - Jo Lee"
# (the two acts joined by "and", "&", "+" or "/": "reviewed + signed Dr. Abiola Eze MD", "Reviewed/approved - Dr. ...")
_APPROVAL_LEAD = re.compile(
    r"^(?:(?:plan\s+)?(?:reviewed|approved|certified|attested)"
    r"(?:\s*(?:and|&|\+|/)\s*(?:(?:approved|signed|certified|reviewed)\b)?)?"
    r"(?:\s+by)?)\s*(?:[—–-]\s*|(?=\s[A-Z]))",
    re.I,
)
# a sign-off line that opens with what the signer did, then the signer: "signed Marcus Feld 03-09-2026", "signed RM
# 03-19-2026 (Rosa Mendelssohn, NP)", "reviewed + signed Dr. Abiola Eze MD 2/24/26", "Reviewed/approved - Dr. Ilse
# Brandt MD (psychiatrist)  3/2/26" (the signer's name starts with a capital letter)
_ACT_THEN_SIGNER = re.compile(
    r"^\s*(?:(?P<approval>(?:plan\s+)?(?:reviewed|approved|certified|attested|countersigned|co-?signed)"
    r"(?:\s*(?:and|&|\+|/)\s*(?:approved|signed|certified|reviewed|countersigned)\b)?)|"
    r"(?:e-?|electronically\s+|digitally\s+)?signed)"
    r"(?P<by>\s+by)?\s*(?:[:—–-]+\s*|\s+)(?-i:(?=(?:Dr\.?\s+)?[A-Z]))",
    re.I,
)


# a sentence before the signer's name: "I have reviewed this treatment plan.  Dr. Ana Ruiz, MD"
# (or a dash before the name: "I have reviewed this treatment plan. — Lorraine Bastien, MD")
_STATEMENT_LEAD = re.compile(r"^.*[a-z]{2}[.!]\s+(?:[—–-]+\s*)?(?=(?:Dr\.?\s+)?[A-Z][\w'’-]*\.?\s+[A-Z])")
# a label that is itself an e-signature statement: "Electronically signed", "E-signed by", "Digitally signed on"
_ESIGNED_LABEL = re.compile(
    r"(?:electronically|digitally|e-?)\s*(?:co-?)?signed(?:\s+(?:by|on))?|firma\s+(?:electr[oó]nica|digital)|"
    r"firmad[oa]\s+(?:electr[oó]nicamente|digitalmente)(?:\s+por)?",
    re.I,
)
# a signer named inside the value: "Cliente / Client: Héctor Ibáñez", "Qualified professional: Jo Lee, LCSW"
_ROLE_IN_VALUE = re.compile(r"(?P<role>[A-Za-zÀ-ÿ][\w /&'’().-]{1,60}?)\s*:\s+(?P<rest>\S.*)$")
_NOT_A_SIGNER_ROLE = re.compile(r"referr|\bpcp\b|primary\s+care|emergency|contact|pharmac", re.I)
_VIA_SYSTEM = re.compile(r"\s+(?:via|through|using)\s+[\w .-]{1,40}$", re.I)


# the label of a birth date written just before it: "DOB", "D.O.B.:", "Date of birth", "born"
_BIRTH_LEAD = re.compile(r"\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?)\s*[:#-]?\s*$", re.I)


def split_name_date(rest: str) -> tuple[str, dt.date | None, str | None]:
    """Split "Jane Doe, LCSW on 01/05/2026 10:32 AM" into the name part, the date, and the date text."""
    found = list(find_dates(rest))
    # a birth date beside the name ("Theodore Lambert  DOB 09/23/1947") says who the person is, never when they signed
    births = [(lead.start(), end) for _, (start, end) in found if (lead := _BIRTH_LEAD.search(rest, 0, start))]
    dates = [(d, (s, e)) for d, (s, e) in found if not any(b0 <= s < b1 for b0, b1 in births)]
    date = date_text = None
    if dates:
        date, (start, end) = dates[0]
        date_text = rest[start:end]
        rest = rest[:start]
    for b0, b1 in reversed(births):
        if b0 < len(rest):
            rest = f"{rest[:b0]} {rest[b1:]}"
    rest = _TIME.sub("", rest)
    # ("Ruth Ingersoll, LCSW-R   Reviewed 03/17/2026": a reviewer's sign-off word before the date is no part of the name)
    rest = re.sub(
        r"\b(?:on|at|dated?|date\s*signed|signed|(?:(?<=\s\s)|(?<=\t))(?:reviewed|approved|countersigned)(?:\s+on)?)\s*:?\s*$",
        "",
        rest.strip(),
        flags=re.I,
    )
    rest = _VIA_SYSTEM.sub("", rest)  # "Harriet Osei-Mensah, MD via ProviderLink": the system that took the signature
    rest = _SIGNED_WORDS.sub(" ", rest)
    rest = re.sub(r"\(\s*date\s*\)|\(?\s*\bNPI\b.*$|\(\s*\)", " ", rest, flags=re.I)
    rest = re.sub(r"(?:^|\s)[A-Za-z][\w /'’-]{0,30}:\s*_{2,}[_\s]*", " ", rest)  # "Printed name: ______" is blank
    rest = rest.strip(" ,;:-–—_")
    if rest.endswith("(") and rest.count("(") > rest.count(")"):
        rest = rest[:-1].strip(" ,;:-–—_")  # "Webb, Marcus (01/27/2026 15:10)": the bracket held the date
    if ":" in rest:  # "Reviewed and approved: Dr. Ilse Marchetti, DO"
        rest = rest.rsplit(":", 1)[1].strip(" ,;-–—_")
    rest = _APPROVAL_LEAD.sub("", rest)  # "reviewed and approved — Conrad Ellingsen, MD"
    statement = _STATEMENT_LEAD.match(rest)
    if statement and len(statement.group(0).split()) >= 4:
        rest = rest[statement.end() :]  # "I have reviewed this treatment plan.  Dr. Rutger Abernathy-Lowe, MD"
    return rest, date, date_text


# a letter's closing on the signer's line: "Sincerely,", "Respectfully submitted,", "Best regards,"
_CLOSING_LEAD = re.compile(
    r"^(?:(?:yours\s+)?sincerely(?:\s+yours)?|respectfully(?:\s+submitted)?|(?:with\s+)?(?:best\s+|kind\s+|warm\s+)?"
    r"regards|cordially|(?:with\s+)?thanks|thank\s+you)\s*,\s*",
    re.I,
)
# a slip the typist took back on the spot and corrected after it: "Jo Lee PTA? no - Jo Lee, PT", "J. Lee?? No, Jo Lee"
_TAKEN_BACK = re.compile(r"^[^?:]{1,60}?\?{1,2}\s*no\b[\s,.;:–—-]*(?=[A-Za-z(/])", re.I)


# a Spanish signing mark after the signer's name, alone or with its English gloss after a slash: "firmado
# electrónicamente / electronically signed 09/08/2026", "firma / signed 09/10/2026", "firmado 09/10/2026"
_SPANISH_MARK = re.compile(
    r"(?P<mark>\bfirma(?:d[oa])?(?:\s+(?P<e>electr[oó]nic(?:amente|a)|digital(?:mente)?)\b)?)"
    r"(?P<gloss>\s*/\s*(?=(?:(?:electronically|digitally)\s+|e-?)?signed\b))?(?!\s+(?:del?|por|de\s+la)\b)",
    re.I,
)


def _english_status(value: str) -> str:
    """A value's Spanish signing mark in English, or dropped before its English gloss: "Tomás Echeverría, BCBA —
    firmado electrónicamente / electronically signed 09/08/2026" reads as "... — electronically signed 09/08/2026".
    Only after some text (the signer's name); "Firma del cliente", a label, is left alone."""

    def english(m: re.Match[str]) -> str:
        if m.group("gloss"):
            return ""
        if not re.search(r"[A-Za-zÀ-ÿ]", value[: m.start()]) or not re.match(r"firmad", m.group(0), re.I):
            return m.group(0)  # (alone, "firma" is the noun: "firma pendiente" is no signing)
        if re.match(r"\s*(?:pendiente|requerida|no\b)", value[m.end() :], re.I):
            return m.group(0)
        return "electronically signed" if m.group("e") else "signed"

    return _SPANISH_MARK.sub(english, value) if "firma" in value.lower() else value


# a tick opening a signature label: an EHR's signature stamp ("✓ Electronically signed", "☑ Signed")
_TICK_LABEL = re.compile(r"^\s*[☒☑✔✓■]\s*(?=\S)")


def parse_signature(label: str | None, value: str, date_value: str | None = None) -> SignatureText | None:
    """Read one signature from a labelled line ("Client signature: Jane Doe  Date: 01/05/2026"), an
    e-signature statement ("Electronically signed by Jane Doe, LCSW on 01/05/2026 10:32 AM"), a conformed
    signature ("/s/ Jane Doe, LCSW 1/5/26") or a pending one ("Pending signature: BCBA (Michael Walsh, BCBA)").

    `label` is the line's label when it names a signature; `date_value` the value of a "Date:" next to it.
    A blank or underscore-only name is unsigned; a name without a date is signed but undated.
    """
    written = value
    value = _english_status(value)  # "— firmado electrónicamente / electronically signed 09/08/2026"
    text = _TAKEN_BACK.sub("", value.strip())  # "Gwendolyn Achterberg PTA? no - Gwendolyn Achterberg, PT  9/9/24"
    text = _CLOSING_LEAD.sub("", text)  # "Sincerely, Beatriz Solano, OTR/L   01/12/2026": a letter's closing, then its signer
    if label:
        label = _TICK_LABEL.sub("", label)  # "✓ Electronically signed" over the signer: a stamp's tick, not a role
    whole = f"{label}: {written}" if label else written
    method = "unknown"
    role_label = None
    if label and _ESIGNED_LABEL.fullmatch(label.strip()):
        method = "electronic"  # "Electronically signed: Jordan Pike  03/02/2026", "E-signed by: ..."
    if label:
        role_label = re.sub(
            r"\b(?:electronically|digitally)\b|\b(?:e-?)?signatures?\b|(?:\be-?)?\bsigned\b|\bsign\b|\bof\b|\bby\b|"
            r"\bpending\b|\bname\b|\bprinted\b|\bon\b|"
            # Spanish: "Firma del terapeuta", "Firma electrónica", "Firmado por"
            r"\bfirmas?\b|\bfirmad[oa]\b|\bdel?\b|\bpor\b|\bla\b|\belectr[oó]nic(?:a|amente)\b",
            " ",
            label,
            flags=re.I,
        )
        role_label = " ".join(role_label.split()).strip(" /:-,") or None
    # (a label's "signature required if under 18" says who must sign, not that the line is unsigned)
    unsigned = bool(_UNSIGNED.search(value) or _PENDING_LEAD.match(value)) or any(
        not _REQUIRED.fullmatch(m.group(0)) for m in _UNSIGNED.finditer(label or "")
    )
    if label and not unsigned and _signed_without_name(text) and not _names_person(role_label):
        # "Client: signed copy on file (paper signature 02/12/2026)": the signer signed, on paper or on a system,
        # and the line gives no name
        date = first_date(text) or (first_date(date_value) if date_value else None)
        if _ESIGN_WORDS.search(text):
            method = "electronic"
        elif _PAPER_WORDS.search(text):
            method = "handwritten"
        return SignatureText(role_label, None, None, date, method, True, whole.strip(), date_text=None)
    inner = _ROLE_IN_VALUE.match(text)
    if inner and (role_label is None or normalize_signature_role(role_label) == "other"):
        head = inner.group("role").strip()
        if normalize_signature_role(head) != "other" and not _NOT_A_SIGNER_ROLE.search(head):
            # "Cliente / Client: Héctor Ibáñez" under a "Firma / Signature" header: the value names its signer
            role_label, text = head, inner.group("rest")
    relation = _RELATION.search(text)
    if relation and normalize_signature_role(relation.group("rel")) in ("guardian", "client"):
        if role_label is None or normalize_signature_role(role_label) in ("client", "other"):
            role_label = relation.group("rel")  # "Ana Ruiz, mother — signed 01/05/2026"
        text = text[: relation.start()] + text[relation.end() :]
    text = _TICKED_SIGNED.sub("", text)  # "Dylan Marsh, BCBA  ☒ e-signed 01/02/2026": the ticked box is the mark
    status = _STATUS_MARK.search(text)
    if status is not None and not unsigned and not text[: status.start()].strip() and (
        _IMAGE_MARK.fullmatch(status.group(0).strip()) or _LEADING_SIGNED.match(status.group(0))
    ):
        # "[signature captured on pad] Derek Lamonte  02/20/2026": the signature's placeholder, then the printed name
        # ("signed on tablet  R. Ekwueme  Date: 3/9/26": how it was signed, then the printed name)
        after = text[status.end() :].strip(" —–-|:;,")
        named = split_name_credential(split_name_date(after)[0])[0] if after else None
        if named and plausible_name(named):
            if _ESIGN_WORDS.search(status.group(0)) and not _IMAGE_MARK.fullmatch(status.group(0).strip()):
                method = "electronic"  # "e-signed via portal  Ana Ruiz", "signed on tablet  Ana Ruiz"
            text = after
            status = None
    if status is not None and not unsigned:
        before = text[: status.start()].strip(" —–-|:;,(")
        named = split_name_credential(split_name_date(before)[0])[0] if before else None
        if named and status.group("e8") and len(named.split()) < 2:
            named = None  # "Note e-signed 3/2/26": one word before the mark is no signer's name
        if named and plausible_name(named):
            # "Jane Doe, LCSW (e-signed) 01/05/2026", "Jane Doe — signed 01/05/2026": the name is before the mark
            if any(status.group(g) for g in ("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8")):
                method = "electronic"
            after = text[status.end() :]
            if text[: status.start()].rstrip().endswith(("(", "[")):
                after = re.sub(r"^\s*[)\]]", "", after)  # "(signature on file)": the mark's own brackets
            marked = next(iter(find_dates(status.group(0))), None)
            if marked is not None and not any(True for _ in find_dates(after)):
                start, end = marked[1]
                after = f"{after} {status.group(0)[start:end]}"  # "(e-signed 02/09/2026)": the date in the mark
            text = f"{before} {after}"
    m = _ESIGNED.search(text)
    if m:
        method = "electronic"
        text = m.group("rest") if m.group("rest") is not None else m.group("rest2")
    else:
        c = _CONFORMED.search(text)
        if c:
            method = "electronic" if "/es/" in c.group(0).lower() else "typed"
            # (the blank line the mark was typed on is no part of the printed name: "Jo Lee, LPC  ____/s/ J. Lee___")
            printed = text[: c.start()].strip(" —–-|:;,_")
            text = c.group("rest")
            # "Paulette Greer, LCSW   /s/ P. Greer   Date: ...": the printed name before the mark is the fuller one
            fuller = _printed_before_mark(printed, text)
            if fuller is None:
                fuller = _printed_before_bare_mark(printed, text)
            if fuller is not None:
                dates = list(find_dates(text))
                text = f"{fuller} {text[dates[0][1][0]:]}" if dates else fuller
        slashed = _SLASHED_NAME.match(text) if c is None else None
        if slashed:
            # "/Yolanda Pruitt-Abara, APRN/  04/09/2026": a name typed between slashes, a conformed signature
            method = "typed"
            text = f"{slashed.group('inner')} {text[slashed.end():]}"
    # a request for the signature sent to a place, not a person ("PENDING - e-signature request sent to physician
    # portal 01/08/2026"): the line is unsigned, whoever the request went to
    requested = False
    if unsigned and not m:
        requested = bool(_PENDING_LEAD.match(text))
        text = _PENDING_LEAD.sub("", _UNSIGNED.sub(" ", text))
        text = re.sub(r"^\s*[:\-–—]\s*", "", text)
        routed = _ROUTED_TO.match(text)
        if routed is not None:
            # "(pending co-signature: routed to P. Raman, MD 02/10/2026)": the signer still to sign, not yet signed
            text = text[routed.end() :].rstrip(" )")
            requested = True
            if _REQUEST_PLACE.search(split_name_date(text)[0]):
                # "sent to EHR inbox 04/02/2026", "to physician portal": a place the request went, not a person
                dates = list(find_dates(text))
                text = text[dates[0][1][0] : dates[0][1][1]] if dates else ""
    paren = _ROLE_PAREN.search(text)
    if paren:
        inner = paren.group("role").strip()
        outside = (text[: paren.start()] + " " + text[paren.end() :]).strip(" :-")
        outside_name = split_name_date(outside)[0]
        if _ROLE_WORDS.search(inner) and "," not in inner:  # "Jane Doe (Client)", "(Parent/Guardian)"
            role_label = role_label or inner
            text = outside
        elif (
            outside_name
            and not has_date(inner)
            and not re.search(r"\bnpi\b|\blic(?:ense)?\b|#|\d{4,}", inner, re.I)  # "(NPI 1133552087)"
            and len(outside_name.split()) <= 3
            and _ROLE_WORDS.search(outside_name)
            and not _ROLE_WORDS.search(inner.split(",")[0])
        ):
            # "BCBA (Michael Walsh, BCBA)", "Client (Trevor Banks)": the bracket holds the signer
            role_label = role_label or outside_name
            text = inner + " " + outside[len(outside_name) :]
        elif outside_name and _initials_of(outside_name, inner):
            # "signed RM 03-19-2026 (Rosa Mendelssohn, NP)": the signer's typed initials, her name in the bracket
            at = outside.find(outside_name)
            text = f"{inner}  {outside[:at]} {outside[at + len(outside_name):]}"
    name_part, date, date_text = split_name_date(text)
    if date is None and date_value and not blank_value(date_value):
        date = first_date(date_value)
        date_text = date_value.strip()
    signed_on = _date_after_signed(value)
    if signed_on is not None and date is not None and signed_on[0] != date:
        date, date_text = signed_on  # "Jo Lee, RN — verbal order 04/03/2026 — signed 04/06/2026": when it was signed
    name_part = re.sub(r"^[_\s.\-–]+|[_\s]+$", "", name_part)
    if ":" in name_part:  # "Reviewed and approved: Dr. Ilse Marchetti, DO"
        name_part = name_part.rsplit(":", 1)[1].strip()
    author = _AUTHOR_LEAD.match(name_part)
    if author is not None:
        # "Plan prepared by Theodora Achebe, RN, BSN, case manager": the author, when a person is named after it
        named = split_name_credential(name_part[author.end() :])[0]
        if named is not None and plausible_name(named):
            name_part = name_part[author.end() :]
            role_label = role_label or f"{author.group('verb')} by"
    if re.fullmatch(
        r"(?:the\s+)?(?:client|patient|parent|guardian|parent/guardian|member|caregiver|youth|child|signer)",
        name_part,
        re.I,
    ):
        role_label = role_label or name_part  # "Client refused to sign"
        name_part = ""
    if blank_value(name_part) or re.fullmatch(r"[_\s./\-]*", name_part or ""):
        name = credential = None
    else:
        name, credential = split_name_credential(name_part)
        if name is not None and not plausible_name(name) and (split := _role_before_name(name)) is not None:
            # "/s/ supervisor Oscar Bermudez, LAADC", "/s/ Medical Director Helen Cho, MD": the role, then the signer
            role_label, name = role_label or split[0], split[1]
        if name is not None and not plausible_name(name):
            name = None  # "My signature means I took part in writing this plan": a statement, not a signer
            if credential is None and not requested:
                return None
    if name is None and credential is None and method == "unknown" and not role_label and not unsigned:
        return None
    signed = not unsigned and (name is not None or credential is not None)
    if signed and method == "unknown":
        # "Daniela Reyes (DocuSign)", "Arjun Mehta MD (wet signature, faxed back)": how it was signed, beside the name
        if _ESIGN_NOTE.search(value):
            method = "electronic"
        elif _PAPER_WORDS.search(value):
            method = "handwritten"
    return SignatureText(
        role_label=role_label,
        name=name,
        credential=credential,
        date=date,
        method=method,
        signed=signed,
        text=whole.strip(),
        date_text=date_text,
    )


# "signed 04/06/2026", "signed on: April 6, 2026", "date signed 4/6/26" (not "co-signed", another signer's act)
_SIGNED_THEN_DATE = re.compile(r"(?<![\w-])(?:(?:e-?|electronically\s+|digitally\s+)?signed|date\s+signed)\s*(?:on\b)?\s*:?\s*$", re.I)


def _date_after_signed(value: str) -> tuple[dt.date, str] | None:
    """The date written right after a "signed" word in a value holding two dates or more, or None: "verbal order
    04/03/2026 — signed 04/06/2026" was signed on the 6th."""
    found = list(find_dates(value))
    if len(found) < 2:
        return None
    after = [(d, value[s:e]) for d, (s, e) in found if _SIGNED_THEN_DATE.search(value[max(0, s - 40) : s])]
    return after[0] if len(after) == 1 else None


# the words of a value that says a signature was made and names nobody: "signed copy on file (paper signature
# 02/12/2026)", "Signature on file", "Original signed - in chart", "E-signed via physician portal 3/2/26"
_STATUS_ONLY_WORD = re.compile(
    r"(?:e-?)?signed|(?:e-?)?signatures?|sig|copy|paper|wet|ink|original|hard|scanned|faxed|on|in|file|chart|record|"
    r"obtained|received|kept|electronically|electronic|digitally|digital|via|through|pad|and|the|at|"
    r"intake|visit|person|clinic|office|"
    # the device it was signed on: "signed on tablet", "signed on the iPad", "signed at the kiosk"
    r"tablet|ipad|kiosk|device|stylus|touch-?screen|screen|"
    # where an e-signature was made: "via physician portal", "in the EHR", "through the patient app"
    rf"{SIGNING_SYSTEM}|physician|provider|patient|member|client",
    re.I,
)
_ESIGN_WORDS = re.compile(r"\b(?:e-?sign\w*|electronic\w*|digital\w*|portal|docusign|pad|tablet|ipad|kiosk|stylus|touch-?screen)\b", re.I)
_ESIGN_NOTE = re.compile(r"\b(?:docusign|adobe\s+sign|e-?sign(?:ed|ature)|electronic(?:ally)?|digital(?:ly)?)\b", re.I)
_PAPER_WORDS = re.compile(r"\b(?:paper|wet|ink|hard\s+copy)\b", re.I)


def _names_person(label: str | None) -> bool:
    """ "Nathan Price, father/legal guardian": a label that is the signer's own name before a relation or title."""
    if not label or "," not in label:
        return False
    head = label.split(",")[0].strip()
    return len(head.split()) >= 2 and plausible_name(head) and normalize_signature_role(head) == "other"


def _signed_without_name(text: str) -> bool:
    """True when a signer's value only says it was signed (and where, how or when) and names nobody."""
    bare = text
    for _, (start, end) in reversed(list(find_dates(text))):
        bare = bare[:start] + " " + bare[end:]
    bare = _TIME.sub(" ", bare)
    words = [w for w in re.split(r"[\s(),;:/.–—]+|\s-+\s", bare) if w.strip("-")]
    if not words or not any(re.fullmatch(r"(?:e-?)?sign(?:ed|atures?)|sig|file", w, re.I) for w in words):
        return False
    return all(_STATUS_ONLY_WORD.fullmatch(w) for w in words)


_AUTHOR_LEAD = re.compile(
    r"(?:(?:this\s+)?(?:treatment\s+)?(?:plan(?:\s+of\s+care)?|report|document|evaluation)\s+)?(?:was\s+)?"
    r"(?P<verb>prepared|written|completed|developed|authored|established)\s+by\s*:?\s*",
    re.I,
)


def _printed_before_mark(printed: str, signed: str) -> str | None:
    """The name and credential printed before a conformed mark ("Paulette Greer, LCSW" before "/s/ P. Greer")
    when the mark signs the same person (same surname) and the printed text says more (a credential). Or None."""
    if not printed or has_date(printed):
        return None
    name, credential = split_name_credential(printed)
    if name is None or credential is None or not plausible_name(name):
        return None
    signed_name, signed_credential = split_name_credential(split_name_date(signed)[0])
    if signed_credential is not None:
        return None
    if signed_name and signed_name.split()[-1].casefold() != name.split()[-1].casefold():
        return None
    return printed


def _printed_before_bare_mark(printed: str, signed: str) -> str | None:
    """The name printed before a conformed mark that names nobody after it ("Alexis Moore   /s/   May 12, 2026",
    "Alexis Moore /s/"): the mark signs the printed name. Or None when a name follows the mark."""
    if not printed or has_date(printed) or split_name_date(signed)[0].strip(" ,;:-–—_()"):
        return None
    name = split_name_credential(printed)[0]
    if name is None or not plausible_name(name):
        return None
    return printed


def has_date(text: str) -> bool:
    return any(True for _ in find_dates(text))


_NOT_A_NAME = re.compile(
    r"\d|#|[☐☒☑✔✓■□●◻◼]|\b(?:is|are|was|were|will|has|have|had|the|this|that|my|our|we|i|means|agree|plan|reviewed|certify|"
    r"license[ds]?|licensed|clinical|program|services?|statement|signature|signed|date|who|whom|which|any|anyone|"
    r"or|and|of|for|to|in|on|with|under|by|may|information|required|verbal|soc|name|role|credentials?|"
    # a practice or agency under the signer's name ("Reyes Family Therapy | (575) 555-0188")
    r"therapy|counseling|counselling|clinic|center|centre|practice|associates|llc|inc|pllc|hospital|agency|"
    r"department|university|institute)\b",
    re.I,
)


_JOB_TITLE = re.compile(
    r"\b(?:analyst|therapist|counsel(?:l)?or|clinician|supervis(?:or|ing)|director|physician|psychiatrist|"
    r"psychologist|practitioner|worker|manager|specialist|coordinator|certified|behaviou?r(?:al)?|provider|staff|"
    # a role's qualifier before a credential ("Lead BCBA", "Treating LCSW", "Attending MD"): a caption, not a name
    r"lead|primary|treating|attending|rendering|certifying|consulting|overseeing|responsible|assigned|assistant)\b",
    re.I,
)


def plausible_name(text: str) -> bool:
    """True when text can be a signer's name: one to six words, no digits, not a sentence or a title line."""
    words = text.split()
    if _JOB_TITLE.search(text):
        return False  # "Supervising Board Certified Behavior Analyst": the signer's title under the name
    if len([w for w in words if re.fullmatch(r"[a-z][a-z'’]*", w) and w not in _NAME_PARTICLES]) >= 2:
        return False  # "If you need help right away": a capitalised sentence, not a name ("Ana de la Cruz" is one)
    return 0 < len(words) <= 6 and not _NOT_A_NAME.search(text) and any(c.isupper() for c in text)


# the lower-case words inside a person's name: "Ana de la Cruz", "Pieter van der Berg", "Omar bin Said"
_NAME_PARTICLES = frozenset(
    {"de", "del", "della", "la", "le", "los", "las", "da", "das", "do", "dos", "di", "du", "van", "von", "der", "den",
     "ter", "ten", "y", "e", "bin", "ibn", "al", "el", "ben", "st", "mac", "dit", "zu", "op"}
)


_SIGNATURE_LABEL = re.compile(r"signature|\bsigned\b|^sign\b|\bfirma\b|\bfirmad[oa]\b", re.I)
_CONFORMED_MARK = re.compile(r"(?:^|\s)/e?s/\s*\w", re.I)
_PENDING = re.compile(r"^\s*(?:pending|awaiting)\s+signature", re.I)


# A release, consent or agreement that was signed: a different document from the plan
_OTHER_DOCUMENT_SIGNED = re.compile(
    r"\b(?:release|roi|consent|authori[sz]ation|agreement|contract|waiver|notice\s+of\s+privacy|hipaa|lease)s?\b"
    r"(?:\s+(?:of|for|to)\s+[\w-]+(?:\s+[\w-]+){0,3})?\s*(?:form\s+)?(?:is\s+|was\s+)?(?:on\s+file\s*)?[(,;:-]?\s*"
    r"(?:signed|e-?signed)\b",
    re.IGNORECASE,
)


def looks_like_signature(label: str | None, text: str) -> bool:
    """True when a line is a signature statement or a signature line."""
    if label and _SIGNATURE_LABEL.search(label):
        return True
    slashed = _SLASHED_NAME.match(text)
    if slashed and (has_date(text[slashed.end() :]) or split_name_credential(slashed.group("inner"))[1]):
        named = split_name_credential(slashed.group("inner"))[0]
        if named and plausible_name(named):
            return True  # "/Yolanda Pruitt-Abara, APRN/   04/09/2026": a name typed between slashes
    if _act_then_signer(text):
        return True
    lowered = text.lower()
    if "sign" not in lowered and "/s/" not in lowered and "/es/" not in lowered:
        return False  # ("/es/ Jane Roe": an electronic-signature mark, like "/s/")
    if _OTHER_DOCUMENT_SIGNED.search(text):
        return False  # "Release on file (signed 04/01/2026)": another document's signature, not the plan's
    return bool(
        _ESIGNED.search(text)
        or _CONFORMED_MARK.search(text)
        or _PENDING.match(text)
        or _SIGNED_DATE.search(text)
        or _IMAGE_MARK.search(text)
    )


def _act_then_signer(text: str) -> bool:
    """ "signed Marcus Feld 03-09-2026", "reviewed + signed Dr. Abiola Eze MD 2/24/26": a line that opens with the act
    of signing or approving, then names the signer, and holds the date it was done. An approval names a professional
    (a credential, "Dr." or "by" before the name); a bare "signed" names a person of two to four words."""
    lead = _ACT_THEN_SIGNER.match(text)
    if lead is None or len(list(find_dates(text))) != 1 or len(text) > 120:
        return False
    if _OTHER_DOCUMENT_SIGNED.search(text) or _UNSIGNED.search(text):
        return False
    parsed = parse_signature(None, text)
    if parsed is None or parsed.name is None or parsed.date is None or not plausible_name(parsed.name):
        return False
    if not 2 <= len(parsed.name.split()) <= 4:
        return False
    if lead.group("approval"):
        titled = re.match(r"\s*dr\.?\s", text[lead.end() :], re.I) is not None
        return bool(parsed.credential or titled or lead.group("by"))
    return True


_INITIALS = re.compile(r"(?-i:[A-Z]\.?\s?[A-Z]\.?(?:\s?[A-Z]\.?)?)")


def _initials_of(initials: str, full: str) -> bool:
    """True when `initials` ("RM", "R.M.", "R. M.") are those of the name written in `full` ("Rosa Mendelssohn, NP")."""
    if not _INITIALS.fullmatch(initials.strip()):
        return False
    name = split_name_credential(full)[0]
    if name is None or not plausible_name(name) or not 2 <= len(name.split()) <= 4:
        return False
    letters = re.sub(r"[^A-Z]", "", initials)
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return letters == "".join(w[0] for w in words) or letters == words[0][0] + words[-1][0]


def _role_before_name(text: str) -> tuple[str, str] | None:
    """ "supervisor Oscar Bermudez" -> ("supervisor", "Oscar Bermudez"), "Medical Director Helen Cho" -> ("Medical
    Director", "Helen Cho"): a signer's role of one to three words written before the name without a colon. None
    unless the rest is a name of two to four words."""
    words = text.split()
    for size in range(1, min(3, len(words) - 2) + 1):
        role, rest = " ".join(words[:size]), " ".join(words[size:])
        if re.search(r"\d", role) or normalize_signature_role(role) == "other" or _NOT_A_SIGNER_ROLE.search(role):
            continue
        if 2 <= len(rest.split()) <= 4 and plausible_name(rest):
            return role, rest
    return None
