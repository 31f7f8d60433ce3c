"""Who the plan is about and who writes it: the client's name, birth date and member ID, the payer, program,
level of care and discipline, the providers with their NPIs and organization, and the plan's title.

A member ID written after the payer's name ("Florida Blue H7K224019385", "Aetna Choice POS II — W338410992")
is told apart here from a plan name, a date or "pending"; an order under a services heading ("PT: Evaluate and
treat") is not taken for a provider; and an NPI written on a signer's own sign-off line is given to that
signer.
"""

from __future__ import annotations

import re

from authcheck.model import Provider, Signature, SourceLocation
from authcheck.model.vocab import normalize_discipline
from authcheck.parsing import find_dates
from authcheck.readers.docx.fields.services import ORDERED_DISCIPLINE
from authcheck.readers.docx.inline import inline_facts
from authcheck.readers.docx.labels import normalize_label
from authcheck.readers.phrases import blank_value, first_date, has_digit, member_id_token, split_name_credential
from authcheck.readers.docx.state import BuilderState, Line

# a "Type of service:" value that names a requested service: a CPT/HCPCS-shaped code or a kind of session
_NAMES_A_SERVICE = re.compile(
    r"\b(?:\d{4}[0-9FTU]|[A-V]\d{4})\b|psychotherap|counsel+ing|\b(?:individual|family|group|couples?)\s+(?:therapy|session)",
    re.I,
)

__all__ = ["PartyFieldsMixin"]


# an ID written after the payer's name in a payer or member-ID value ("Florida Blue H7K224019385", "Aetna
# Choice POS II — W338410992", "FL-MCD 3308172294", "Desert Sky Health DSH-0038817-02"): the last word, with at
# least four digits
_TRAILING_ID = re.compile(r"(?:^|[\s—–(#:])(?P<id>(?=[A-Za-z0-9\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]*)[\s).]*$")
# "Molina Marketplace — ID MOL-44718203", "BCBS (ID# XJ-22019)"
_NAMED_ID = re.compile(r"(?<![\w-])(?:ID|Id|id)\s*(?:#|no\.?|number)?\s*[:#]?\s*(?P<id>[A-Za-z0-9][A-Za-z0-9\-]{3,24}[A-Za-z0-9])")
# "Medicare Part B (7GK3PW6EM25)", "Aetna Better Health (#AB1234567)": an identifier alone in brackets after the
# payer's name: one token of at least six characters, three digits or more, that is no year or date
_BRACKETED_ID = re.compile(r"\(\s*#?\s*(?P<id>(?=[A-Za-z0-9\-]*\d[A-Za-z0-9\-]*\d[A-Za-z0-9\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]{4,22}[A-Za-z0-9])\s*\)")


def id_after_payer(value: str) -> str | None:
    """The client's ID ending a value that opens with the payer's name ("Desert Sky Health  DSH-0038817-02"), or
    None (see _id_after_payer)."""
    return _id_after_payer(value)


def _id_after_payer(value: str) -> str | None:
    """The member ID that ends a value starting with the payer's name; None when the last word is not an
    identifier (a date, a plan name, "pending")."""
    named = _NAMED_ID.search(value)
    if named and member_id_token(named.group("id")):
        return member_id_token(named.group("id"))
    match = _TRAILING_ID.search(value.strip())
    if match is None or sum(c.isdigit() for c in match.group("id")) < 4 or any(True for _ in find_dates(match.group("id"))):
        return None
    if not re.search(r"[A-Za-z]{2}", value[: match.start("id")]):
        return None  # no payer name before it
    return member_id_token(match.group("id"))


_ID_GROUP = re.compile(r"[A-Z0-9]{1,6}")
_PHONE = re.compile(r"^\(?\d{3}\)?\s\d{3}\s\d{4}$")
_SPACED_DATE = re.compile(r"^(?:\d{1,2}\s\d{1,2}\s(?:\d{2}|\d{4})|\d{4}\s\d{1,2}\s\d{1,2})$")


def grouped_member_id(value: str) -> str | None:
    """An identifier typed in groups of letters and digits ("KPA 0931 5561 7", "W284 471 903"), as written: the
    whole value, or its end after the payer's name and a dash, colon or "#" ("Aetna Choice POS II — W284 471 903").
    Two groups or more holding six digits or more in all; a leading group of letters only ("KPA") when the value is
    the identifier alone. None for a date, a telephone number or words."""
    text = re.sub(r"\s*\([^()]*\)\s*$", "", " ".join(value.split())).strip(" .;,")  # "(Aetna)" after it
    pieces = re.split(r"\s*[—–:#|]\s*|\s+-\s+", text)
    whole = len(pieces) == 1
    tokens = pieces[-1].split()
    check_letter: list[str] = []
    if len(tokens) >= 3 and re.fullmatch(r"[A-Z]", tokens[-1]) and tokens[-2].isdigit() and tokens[-3].isdigit():
        check_letter = [tokens.pop()]  # "9 1234 5678 A": a Medi-Cal CIN's check letter after its digit groups
    taken: list[str] = []
    for token in reversed(tokens):
        if not _ID_GROUP.fullmatch(token):
            break
        if not has_digit(token):
            if whole and len(taken) == len(tokens) - 1 and token.isalpha() and len(token) <= 4:
                taken.append(token)  # "KPA 0931 5561 7": the plan's letters before the number
            break
        taken.append(token)
    if len(taken) < 2 or (not whole and len(taken) != len(tokens)):
        return None
    found = " ".join(reversed(taken))
    if (
        sum(c.isdigit() for c in found) < 6
        or _PHONE.match(found)
        or _SPACED_DATE.match(found)
        or any(True for _ in find_dates(found))
    ):
        return None
    found = " ".join([found, *check_letter])
    if whole and len(taken) != len(tokens):
        return None  # "Medicaid 2026 0101 55": words before the groups with no separator name no payer clearly
    return found


# an NPI as written after its label, whatever its length ("NPI 167239405", "NPI# 1234-567-890"): seven to twelve
# digits, dashes allowed between them
_WRITTEN_NPI = re.compile(r"(?<![\w-])NPI\s*(?:#|no\.?|number)?\s*[:#]?\s*(?P<value>\d(?:-?\d){6,11})(?![\w-])", re.I)


def written_npis(text: str) -> list[str]:
    """The NPIs written after an "NPI" label in `text`, as written (a mistyped one too), in order."""
    return [m.group("value") for m in _WRITTEN_NPI.finditer(text)]


def _name_before(text: str) -> tuple[str | None, str | None]:
    """The clinician's name and credential that end `text` ("... provided by Dr. Jo Lee, PsyD (" -> ("Jo Lee",
    "PsyD")), or (None, None) when no capitalised name and credential stand right before."""
    words = text.rstrip(" ,(;-–—").split()
    for k in range(min(8, len(words)), 1, -1):
        name, credential = split_name_credential(" ".join(words[-k:]))
        if name and credential and 2 <= len(name.split()) <= 4 and all(w[:1].isupper() for w in name.split()):
            return name, credential
    return None, None


def _signer_lines(signature: Signature) -> list[SourceLocation]:
    """The lines a signature was read from: its own line, then the line that named the signer when that is another
    (a name line over a dated "Signed: ..." line)."""
    found: list[SourceLocation] = []
    for source in (signature.source, signature.field_sources.get("name")):
        if source is not None and source.text and all(source.text != known.text for known in found):
            found.append(source)
    return found


class PartyFieldsMixin(BuilderState):
    """The client, the payer and program, the providers and their NPIs, the organization, the plan's title."""

    def _signer_npis(self) -> None:
        """ "Ingrid Roux, OTR/L   NPI 1718463026   signed 01/06/2026": an NPI written on a signer's own line (one
        NPI, on no other signer's line) is that signer's, so that a mistyped one can be checked. The line that named
        the signer counts as hers too when the signature was dated on a line of its own ("Certifying physician: Jo
        Lee, MD   NPI 1357924684" over "Signed: Jo Lee, MD   01/21/2026")."""
        lines: dict[str, int] = {}
        for signature in self.signatures:
            for text in {source.text for source in _signer_lines(signature)}:
                lines[text] = lines.get(text, 0) + 1
        for signature in self.signatures:
            if signature.npi is not None:
                continue
            for source in _signer_lines(signature):
                if lines[source.text] > 1:
                    continue
                npis = [f.value for f in inline_facts(source.text) if f.key == "provider.npi"]
                if not npis:
                    npis = written_npis(source.text)  # "Jo Lee, MD  NPI 16723940  signed ...": mistyped, kept to check
                if len(npis) == 1:
                    signature.npi = npis[0]
                    signature.field_sources["npi"] = source
                    break
        self._npis_in_prose()

    def _npis_in_prose(self) -> None:
        """ "Services will be provided by Dr. Jo Lee, PsyD (NPI 167239405), at ...": an NPI written in a sentence the
        reader kept as free text, with no ten digits (a mistyped one, which docx.inline does not take), is kept as
        written for the NPI check: the provider named by the name and credential right before it, or a provider of
        its own. An NPI already read for a provider or signer is not read again."""
        known = {p.npi for p in self.providers} | {s.npi for s in self.signatures}
        for block in self.free:
            text = block.text or ""
            if "npi" not in text.lower():
                continue
            for match in _WRITTEN_NPI.finditer(text):
                npi = match.group("value")
                if npi in known or re.fullmatch(r"\d{10}", npi):
                    continue
                known.add(npi)
                name, credential = _name_before(text[: match.start()])
                provider = next((p for p in self.providers if name and p.name == name and p.npi is None), None)
                if provider is None:
                    provider = Provider(name=name, credential=credential, source=block.source)
                    self.providers.append(provider)
                provider.npi = npi
                if block.source is not None:
                    provider.field_sources["npi"] = block.source

    def _field_patient_name(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        if self.section.key == "signatures":
            return self._field_signature_name(value, loc)
        if self.patient.name is None:
            name = value.strip()
            facts = [f.start for f in inline_facts(name) if f.key != "patient.name"]
            if facts:  # "Eamon Przybylski (DOB 11/02/2019)": the name ends where the next fact starts
                name = name[: min(facts)]
            # "..., 77 W. Calle"; "Ana Ruiz 77 Quarry Lane, Millbrook": a "name and address" box's lines run together,
            # the street number ends the name
            name = re.split(r"\s{2,}|[\t\n]|\s*[;|•·▪(]|,\s*(?=\d)|\s+(?=\d+[A-Za-z]?\s+[A-Z])", name)[0].strip(" ,-–—")
            if not name:
                return None
            self.patient.name = name
            self.patient.field_sources["name"] = loc
            if self.patient.source is None:
                self.patient.source = loc
        return None

    def _field_patient_given_name(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        """ "FIRST NAME: MATTHIAS" beside "PATIENT'S LAST NAME: GRUNEWALD-OKAFOR": joined to the family name."""
        given = value.strip(" ,")
        if self.section.key == "signatures" or not given or len(given.split()) > 3 or has_digit(given):
            return None
        if re.search(r"\b(?:parent|mother|father|guardian|caregiver|spouse|emergency|contact)", label, re.I):
            return None  # ("Parent first name" is near "Patient first name" in spelling only)
        if self.patient.name is None:
            return self._field_patient_name(label, given, loc, line)
        family = self.patient.field_sources.get("name")
        if family is not None and re.search(r"\b(?:last|sur|family)\s*name", family.text or "", re.I):
            if len(self.patient.name.split()) == 1:
                self.patient.name = f"{given} {self.patient.name}"
        return None

    def _field_patient_birth_date(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        date = first_date(value)
        if date and self.patient.birth_date is None:
            self.patient.birth_date = date
            self.patient.field_sources["birth_date"] = loc
        return None

    def _field_patient_member_id(self, label: str, value: str, loc: SourceLocation, line: Line) -> str | None:
        token = grouped_member_id(value) or member_id_token(value) or _id_after_payer(value)
        if token is None:
            if (
                normalize_label(label) in ("medicare", "medicaid", "medi cal")
                and not blank_value(value)
                and not re.fullmatch(r"(?:yes|no|y|n|x|none|[☒☑☐✓✔]\s*\w*)", value.strip(), re.I)
            ):
                self._set_plan("payer", value.strip(), loc)  # "Medicare: Part B" names the payer
                return None
            return "skip"
        if self.patient.member_id is None:
            self.patient.member_id = token
            self.patient.field_sources["member_id"] = loc
        return None

    def _field_payer(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        facts = [f.start for f in inline_facts(value)]
        named = _NAMED_ID.search(value)
        if named is None:
            named = _BRACKETED_ID.search(value)
            if named is not None and re.fullmatch(r"(?:19|20)\d\d|\d{1,2}-\d{1,2}-\d{2,4}", named.group("id")):
                named = None
        if named and self.patient.member_id is None and member_id_token(named.group("id")):
            # "Molina Marketplace — ID MOL-44718203": the payer's line names the client's ID
            facts.append(named.start())
            self.patient.member_id = member_id_token(named.group("id"))
            self.patient.field_sources["member_id"] = loc
        grouped = grouped_member_id(value) if named is None else None
        folded = " ".join(value.split())
        if grouped is not None and grouped != folded and folded.rfind(grouped) > 0:
            # "Aetna Choice POS II — W284 471 903": the number typed in groups after the payer's name
            if self.patient.member_id is None:
                self.patient.member_id = grouped
                self.patient.field_sources["member_id"] = loc
            value = folded
            facts = [f.start for f in inline_facts(value)] + [value.rfind(grouped)]
        payer = value[: min(facts)] if facts else value  # "Suncoast Health Plan, member ID UHX-5503"
        self._set_plan("payer", payer.strip(" ,;-–—") or None, loc)
        return None

    def _field_program(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._set_plan("program", value.strip(), loc)
        return None

    def _field_level_of_care(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._set_plan("level_of_care", value.strip(), loc)
        return None

    def _field_discipline(self, label: str, value: str, loc: SourceLocation, line: Line) -> str | None:
        try:
            discipline = normalize_discipline(value)
        except ValueError:
            discipline = None
        if discipline is None and _NAMES_A_SERVICE.search(value):
            # "Type of service: Individual psychotherapy (90837)": the service itself, not a therapy discipline
            return self._field_service(label, value, loc, line)  # type: ignore[attr-defined]
        if discipline and self.discipline_stated is None:
            self.discipline_stated = discipline
            self.plan_sources["discipline"] = loc
        return None

    def _field_provider(self, label: str, value: str, loc: SourceLocation, line: Line) -> str | None:
        if blank_value(value):
            return "ok"
        if self.section.key == "services" and ORDERED_DISCIPLINE.match(f"{label}: {value}"):
            return "skip"  # "PT: Evaluate and treat" under an orders heading is an order, not a person
        name, credential = split_name_credential(value)
        if name is None and credential is None:
            return None
        if name and (re.search(r"\d", name) or len(name.split()) > 6):
            return "skip"  # "OT: 2 visits per week ..." is an order, not a person
        for known in self.providers:
            if known.name == name and name:
                return None
        provider = Provider(name=name, credential=credential, role=label.strip(), source=loc)
        npis = written_npis(value)
        known = {p.npi for p in self.providers} | {s.npi for s in self.signatures}
        if len(npis) == 1 and npis[0] not in known:
            # "Treating clinician: Jo Lee, PsyD (NPI 167239405)": her NPI as written, a mistyped one too
            provider.npi = npis[0]
            provider.field_sources["npi"] = loc
        self.providers.append(provider)
        return "ok"

    def _field_provider_npi(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        match = re.search(r"\b\d{10}\b", value)
        if match is None:
            in_label = re.search(r"\d[\d -]{5,}\d", label)
            if in_label is not None:
                # "NPI 1673829101: I certify ...": the number was written in the label (a cell's "Jo Lee, MD   NPI
                # 1673829101" read as a label beside the next cell); what follows it is no NPI
                value, match = in_label.group(0), None
        if match is None:
            # a mistyped NPI ("12345678", "1234-567-890", "NPI: 1O34567893") is kept to be checked; a sentence or
            # a word ("I certify that ...") is no NPI at all
            match = re.match(r"\s*(\S*\d\S*)", value) or re.fullmatch(r"\s*(\S+)\s*", value)
        if not match:
            return None
        npi = match.group(match.lastindex or 0).strip(".,;")
        role_words = re.sub(r"\bnpi\b|#|number|no\.?", " ", label, flags=re.I).strip().lower()
        if self._named_npi(npi, loc, line):
            return None
        target = None
        for provider in reversed(self.providers):
            if provider.npi is None and (not role_words or role_words in (provider.role or "").lower()):
                target = provider
                break
        if target is None:
            for provider in reversed(self.providers):
                if provider.npi is None:
                    target = provider
                    break
        if target is None:
            target = Provider(role=role_words or None, source=loc)
            self.providers.append(target)
        target.npi = npi
        target.field_sources["npi"] = loc
        return None

    def _named_npi(self, npi: str, loc: SourceLocation, line: Line | None) -> bool:
        """ "Isadora Velasquez-Hahn, MD   NPI 1499012356": an NPI written right after a clinician's name and
        credential is that clinician's (a provider or signer of that name, else a provider of its own)."""
        text = line.text if line is not None else ""
        at = text.find(npi)
        if at < 0:
            return False
        before = re.sub(r"\bnpi\b\s*(?:#|no\.?|number)?\s*[:#]?\s*$", "", text[:at], flags=re.I)
        before = re.split(r"[:;|•\t]|\s{3,}(?=\S+\s*$)", before.strip(" ,"))[-1].strip(" ,")
        name, credential = split_name_credential(before)
        if not name or not credential or len(name.split()) > 4 or not all(w[:1].isupper() for w in name.split()):
            return False
        for signature in self.signatures:
            if signature.name == name and signature.npi is None:
                signature.npi = npi
                signature.field_sources["npi"] = loc
                return True
        provider = next((p for p in self.providers if p.name == name), None)
        if provider is None:
            provider = Provider(name=name, credential=credential, source=loc)
            self.providers.append(provider)
        if provider.npi is not None:
            return provider.npi == npi
        provider.npi = npi
        provider.field_sources["npi"] = loc
        return True

    def _field_provider_organization(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        if self.organization is None:
            self.organization = value.strip()
            self.plan_sources["organization"] = loc
        return None

    def _field_plan_title(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        if self.title is None:
            self.title, self.title_loc = value.strip(), loc
        return None
