"""Signatures: signature lines, e-signature statements, signer sub-headings, and the role of each signer.

A mixin of the DOCX plan builder (see docx.build): it reads and writes the builder's state.
"""

from __future__ import annotations

import re
from functools import lru_cache

from authcheck.model import (
    Signature,
    SourceLocation,
)
from authcheck.model.vocab import find_credentials, normalize_signature_role
from authcheck.parsing import find_dates
from authcheck.readers.docx.labels import (
    Segment,
    field_key,
    subfield_key,
)
from authcheck.readers.docx.phrases import (
    SignatureText,
    _name_date,
    blank_value,
    first_date,
    looks_like_signature,
    parse_signature,
    plausible_name,
    split_name_credential,
)
from authcheck.readers.docx.state import BuilderState, Line


@lru_cache(maxsize=4096)
def _is_role_label(label: str) -> bool:
    """ "Therapist", "Youth", "Parent/Guardian", "Medical Director": a label naming who signs."""
    if field_key(label) in ("date", "plan_date", "review", "other") or subfield_key(label) == "target_date":
        return False
    return normalize_signature_role(label) != "other" or bool(
        re.fullmatch(r"(?:printed\s+)?name|signer", label, re.I)
    )


_SIGNATURE_WORD = re.compile(r"signature|\bsigned\b|^sign\b", re.I)
_NOT_A_SIGNER = re.compile(r"referr|\bpcp\b|primary\s+care|prescrib|emergency|contact|pharmac", re.I)


class SignaturesMixin(BuilderState):
    """Signatures: signature lines, e-signature statements, signer sub-headings, and the role of each signer."""

    def _field_signature_name(self, value: str, loc: SourceLocation) -> None:
        name, credential = split_name_credential(value)
        if self.signatures and self.signatures[-1].name is None:
            sig = self.signatures[-1]
            sig.name, sig.credential = name, sig.credential or credential
        elif name:
            self.signatures.append(
                Signature(
                    role=self.signature_role or "other",
                    name=name,
                    credential=credential,
                    signed=True,
                    source=loc,
                )
            )
        return None

    def _signer_heading(self, core: str, segments: list[Segment]) -> bool:
        """A short line naming a signer ("Clinician", "Parent/Guardian:") in the signatures section."""
        text = core.rstrip(":").strip()
        if segments[0].label and segments[0].value:
            return False
        if len(text.split()) > 4:
            return False
        if any(True for _ in find_dates(text)) or "_" in text:
            return False
        if re.fullmatch(
            r"(?:the\s+)?(?:client|patient|member|parent|guardian|parent/guardian|caregiver|clinician|"
            r"therapist|counselor|provider|supervisor|clinical supervisor|physician|psychiatrist|bcba|"
            r"certifying physician|referring physician|treating therapist|rendering provider|"
            r"legal guardian|legal representative|family member|staff)(?:\s+signature)?",
            text,
            re.I,
        ):
            self.signature_role = text
            return True
        return False

    def _signing_zone(self) -> bool:
        """True once the plan's content has been read: role lines there are sign-off lines, not header fields."""
        return self.section.key == "signatures" or bool(self.problems or self.services or self.interventions)

    def _sign_off_line(self, core: str, segments: list[Segment]) -> bool:
        """A sign-off line outside a signatures heading: "Therapist: Jane Doe, PT   01/13/26",
        "Certifying practitioner: Hannah Vo, PA-C   Date signed: 01/12/2026", "Physician / NPP: ____  Date: ___",
        or a bare "Isaac Feinberg, OTR/L   01/05/2026". Only after the plan's content (see _signing_zone)."""
        if "_" not in core and not any(c.isdigit() for c in core):
            return False  # a sign-off line carries a date or a blank line to sign on
        if not self._signing_zone():
            return False
        first = segments[0]
        if first.label is None:
            if len(segments) > 1:
                return False
            name_part, date, _ = _name_date(core)
            name, credential = split_name_credential(name_part)
            return date is not None and credential is not None and name is not None and plausible_name(name)
        if not (_is_role_label(first.label) or field_key(first.label) in ("provider", "patient.name")):
            return False
        if _NOT_A_SIGNER.search(first.label):
            return False  # "Referring physician: Dr. Ames, MD 01/02/2026" names a referral, not a sign-off
        if re.fullmatch(r"_{3,}", first.value.replace(" ", "")):
            return True  # a blank signature line
        value = first.value
        if not value.strip() and len(segments) > 1 and segments[1].label and not field_key(segments[1].label):
            value = f"{segments[1].label}: {segments[1].value}"  # "Physician review:  Reviewed and approved: ..."
        name_part, date, _ = _name_date(value)
        for seg in segments[1:]:
            if seg.label and re.fullmatch(r"date(?: signed)?|signed(?: on)?|dated", seg.label.strip(), re.I):
                date = date or first_date(seg.value)
        name, credential = split_name_credential(name_part)
        return date is not None and credential is not None and name is not None and plausible_name(name)

    def _fill_awaiting_signer(self, line: Line, core: str, segments: list[Segment]) -> bool:
        """The typed name and date on the line under a blank signature line ("Therapist: ______  Date: ____")."""
        signature = self._awaiting_signer
        self._awaiting_signer = None
        if signature is None or segments[0].label is not None or len(segments) > 1:
            return False
        name_part, date, _ = _name_date(core)
        name, credential = split_name_credential(name_part)
        if name is None or not plausible_name(name) or (date is None and credential is None):
            return False
        loc = line.loc(core)
        signature.name, signature.credential = name, credential or signature.credential
        signature.field_sources["name"] = loc
        if date is not None:
            signature.date, signature.signed = date, True
            signature.field_sources["date"] = loc
        self._awaiting_signer = signature if date is None else None
        return True

    def _signature_like(self, core: str, segments: list[Segment]) -> bool:
        if "_" in core or any(True for _ in find_dates(core)):
            return True
        name, credential = split_name_credential(core)
        return credential is not None and name is not None and len(core.split()) <= 8

    def _signature_line(
        self, line: Line, core: str, segments: list[Segment], *, role_line: bool = False
    ) -> bool:
        label = None
        value = core
        date_value = None
        first = segments[0]
        signed_at = next(
            (i for i, seg in enumerate(segments) if i and seg.label and "signature" in seg.label.lower()), None
        )
        if (
            signed_at is not None
            and first.label
            and _is_role_label(first.label)
            and not _SIGNATURE_WORD.search(first.label)
        ):
            # "Clinician: Jonah Feld, LICSW    Signature: Jonah Feld, LICSW    Date: ____": the role names the signer
            segments = [
                Segment(f"{first.label} signature", segments[signed_at].value, first.start, segments[signed_at].value_start),
                *segments[signed_at + 1 :],
            ]
            first = segments[0]
        if first.label and (role_line or re.search(r"signature|\bsigned\b|^sign\b", first.label, re.I)):
            label, value = first.label, first.value
            for seg in segments[1:]:
                if seg.label and re.fullmatch(
                    r"(?:date|date signed|signed on|signature date|dated)", seg.label.strip(), re.I
                ):
                    date_value = seg.value
                elif (
                    seg.label and field_key(seg.label) in ("patient.name", "provider") and blank_value(value)
                ):
                    value = seg.value  # "Signature: ____  Printed name: Jane Doe" keeps signed False below
                elif seg.label and re.search(r"credential", seg.label, re.I) and not blank_value(seg.value):
                    value = f"{value}, {seg.value}" if not blank_value(value) else value
                elif seg.label and not value.strip() and not field_key(seg.label) and not subfield_key(seg.label):
                    value = f"{seg.label}: {seg.value}"  # "Physician review:  Reviewed and approved: Dr. ..."
        elif first.label is None and len(segments) > 1:
            for seg in segments[1:]:
                if seg.label and re.fullmatch(
                    r"(?:date|date signed|signed on|dated)", seg.label.strip(), re.I
                ):
                    date_value = seg.value
                    value = segments[0].value
        parsed = parse_signature(label, value, date_value)
        if parsed is None:
            return self._date_for_last_signature(line, core)
        if parsed.role_label is None and self.signature_role:
            parsed.role_label = self.signature_role
        self._add_signature(
            parsed, line.loc(core), from_role_line=role_line and not looks_like_signature(first.label, core)
        )
        return True

    def _date_for_last_signature(self, line: Line, core: str) -> bool:
        """ "Signed December 2, 2024" under a signer's name: the date of the signature just above."""
        if not re.match(r"\s*(?:date\s+)?signed\b|\s*dated?\b", core, re.I):
            return False
        date = first_date(core)
        last = self.signatures[-1] if self.signatures else None
        if date is None or last is None or last.date is not None or not last.signed:
            return False
        if last.source is None or last.source.section != line.section.title:
            return False
        last.date = date
        last.field_sources["date"] = line.loc(core)
        return True

    def _signature_text(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        if len(core.split()) > 14:
            return False  # a paragraph of legal or consent text under the signatures is not a signature
        parsed = parse_signature(self.signature_role and f"{self.signature_role} signature", core, None)
        if parsed is None or (parsed.name is None and parsed.date is None and not parsed.role_label):
            return False
        self._add_signature(parsed, line.loc(core))
        return True

    def _add_signature(
        self, parsed: SignatureText, loc: SourceLocation, *, from_role_line: bool = False
    ) -> None:
        role = parsed.role_label or self._infer_role(parsed)
        if normalize_signature_role(role) == "other":
            role = self._infer_role(parsed)  # "Mental health professional" signing as "Rachel Bern, MA, LPC"
        signature = Signature(
            role=role or "other",
            name=parsed.name,
            credential=parsed.credential,
            date=parsed.date,
            method=parsed.method,
            signed=parsed.signed,
            source=loc,
        )
        previous = self.signatures[-1] if self.signatures else None
        if (
            previous is not None
            and self._named_signer is previous
            and signature.name is None
            and previous.date is None
            and previous.role == signature.role
            and previous.source
            and loc
            and previous.source.section == loc.section
        ):
            # "Attending physician: Ruth Adebayo, MD" followed by "Physician signature: ____": she has not signed
            previous.signed, previous.date, previous.method = (
                signature.signed,
                signature.date,
                signature.method,
            )
            previous.field_sources["name"] = previous.source
            previous.source = loc
            self._named_signer = None
            return
        self.signatures.append(signature)
        self._named_signer = signature if from_role_line and signature.date is None else None
        self._awaiting_signer = signature if not signature.signed and signature.name is None else None
        self.signature_role = None

    def _infer_role(self, parsed: SignatureText) -> str:
        name = (parsed.name or "").lower()
        if name and self.patient.name and name == self.patient.name.lower():
            return "client"
        creds = find_credentials(parsed.credential or "")
        clinicians = {(p.name or "").lower() for p in self.providers if p.name}
        if name and name in clinicians:
            for provider in self.providers:
                if (provider.name or "").lower() == name and provider.role:
                    return provider.role
            return "clinician"
        if set(creds) & {"MD", "DO", "NP", "PA", "DPM", "CNS", "APRN"}:
            return "physician"
        if creds:
            return "clinician"
        return "other"
