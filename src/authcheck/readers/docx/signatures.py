"""Signatures, the shared part: the signer vocabulary, and recording each signature.

The vocabulary is what every layout asks of a phrase, a row or a column: does a label name a signer's
role ("Therapist", "Parent/Guardian") or a signature ("Physician signature", "E-signed by"), is a line a
signed date ("Signed: 12/01/2025") or a detail of a signer's block ("NPI 1556312095"), is a row of cells
one sign-off, what the columns of a signer table hold. `SignaturesMixin`, a mixin of the DOCX plan
builder (see docx.build), keeps the signer sub-headings and records each signature found: it merges one
signer written twice and infers the role the page does not state. Signatures written in lines are read
in docx.signature_lines, those laid out in tables in docx.signature_tables; both build on this module.
"""

from __future__ import annotations

import re
from functools import lru_cache

from authcheck.model import (
    Signature,
    SourceLocation,
    TextBlock,
)
from authcheck.model.vocab import find_credentials, normalize_signature_role
from authcheck.parsing import find_dates
from authcheck.readers.docx.label_split import Segment, split_labels
from authcheck.readers.docx.labels import field_key, subfield_key
from authcheck.readers.phrases import (
    SignatureText,
    has_digit,
    first_date,
    looks_like_signature,
    parse_signature,
    plausible_name,
    split_name_credential,
)
from authcheck.readers.docx.blocks import Table
from authcheck.readers.docx.state import BuilderState


@lru_cache(maxsize=4096)
def names_a_person(text: str) -> bool:
    """ "Adaeze Okonkwo-Reyes, MD", "Dr. Lionel Pratt DO": a signer's own name with a credential (two words or
    more), which a role word in the credential ("MD", "RN") must not turn into a role caption."""
    head = " ".join(text.split()).rstrip(":").strip()
    if not head or has_digit(head) or len(head.split()) > 8:
        return False
    name, credential = split_name_credential(head)
    return name is not None and credential is not None and len(name.split()) >= 2 and plausible_name(name)


@lru_cache(maxsize=4096)
def is_role_label(label: str) -> bool:
    """ "Therapist", "Youth", "Parent/Guardian", "Medical Director": a label naming who signs."""
    if names_a_person(label):
        return False  # "Adaeze Okonkwo-Reyes, MD" over her NPI and signed date: the signer, not a role
    if _POSSESSED_THING.search(label):
        return False  # "Individual's rights", "Client's strengths", "Parents' concerns": about the person, not a signer
    agent = bool(re.search(r"\b(?:established|prepared|written|developed|authored)\s+by\s*$", label, re.I))
    if not agent and (
        field_key(label) in ("date", "plan_date", "review", "other") or subfield_key(label) == "target_date"
    ):
        return False  # ("Plan established by" names who wrote the plan, not its date)
    return normalize_signature_role(label) != "other" or bool(
        re.fullmatch(r"(?:printed\s+)?name|signer", label, re.I)
    )


# a possessive followed by something other than the person's signature, name, initials or consent
_POSSESSED_THING = re.compile(
    r"\w(?:['’]s|s['’])\s+(?!(?:(?:e-?|electronic\s+|digital\s+)?signature|sign|name|printed|initials|"
    r"consent|acknowledg|agreement|approval|date)\w*)[a-z]",
    re.I,
)


def is_signature_label(label: str | None) -> bool:
    """ "Signature", "Physician signature", "Signed", "E-signed by": a label whose value is a signer."""
    return bool(label) and (
        "signature" in label.lower()
        or bool(re.search(r"\bfirma\b", label, re.I))  # "Firma del terapeuta", "Firma electrónica"
        or bool(_SIGNED_LABEL.fullmatch(label.strip()))
    )


SIGNATURE_WORD = re.compile(r"signature|\bsigned\b|^sign\b|\bfirma\b|\bfirmad[oa]\b", re.I)
# the label of a signature's date: "Date", "Date signed", "Signed on", "Date/time", "Fecha / Date" (a bilingual form)
DATE_LABEL = re.compile(
    r"(?:[^:/]{1,20}\s*/\s*)?(?:date(?:\s*/\s*time)?(?:\s+signed)?|signed(?:\s+on)?|dated|signature\s+date|"
    r"date\s+of\s+signature|signed\s+date(?:\s*/\s*time)?|fecha(?:\s+de\s+(?:la\s+)?firma)?|firmad[oa](?:\s+el)?)"
    r"(?:\s*/\s*fecha)?",  # "Fecha", "Date / Fecha"
    re.I,
)
# a later label on the line that introduces the signer: "Physician order: ...  Signed: Harriet Osei-Mensah, MD"
_SIGNED_LABEL = re.compile(r"(?:e-?|electronically\s+)?signed(?:\s+by)?", re.I)
# a note in brackets closing a heading: "Clinical supervisor review (qualified professional)"
_HEADING_NOTE = re.compile(r"\s*\([^()]{1,40}\)\s*$")
# a reviewer's box named by its act: "Clinical supervisor review", "Physician sign-off" (not "reviewed", a statement)
_REVIEW_HEADING = re.compile(r"\b(?:review|sign-?off)\s*$", re.I)
_CERTIFIER = re.compile(r"\b(?:certif\w*|approv\w*|attest\w*|countersign\w*|co-?sign\w*)\b", re.I)
# a signature of an earlier version of the plan, reported as history: "Prior certification on file: signed by ...",
# "Previous plan of care signed by ... on 11/07/2025", "Original POC: signed ..." (not this plan's signature)
_EARLIER_DOCUMENT = re.compile(
    r"\b(?:prior|previous|preceding|earlier|original|last|superseded)\s+(?:(?:treatment|service|care)\s+)?"
    r"(?:re-?)?(?:certification|cert|plan(?:\s+of\s+(?:care|treatment))?|poc|isp|itp|version|update|review)s?\b",
    re.I,
)
NOT_A_SIGNER = re.compile(r"referr|\bpcp\b|primary\s+care|prescrib|emergency|contact|pharmac", re.I)
COLUMN_GAP = re.compile(r"\t+|\s{3,}")
# what may stand beside a date on a line of its own under a signature: "Signed", "Date signed:", "Dated"
# ("Signed electronically 07/09/2026", "Digitally signed on ...", "Firmado electrónicamente / Electronically signed")
_SIGNED_WORDS_TEXT = (
    r"(?:date\s+)?(?:e-?|(?:electronically|digitally)\s+)?signed(?:\s+(?:electronically|digitally))?(?:\s+on)?|"
    r"(?:fecha\s+(?:de\s+)?)?firmad[oa](?:\s+(?:electr[oó]nicamente|digitalmente))?(?:\s+(?:el|en))?"
)
SIGNED_ONLY = re.compile(rf"(?:{_SIGNED_WORDS_TEXT})(?:\s*/\s*(?:{_SIGNED_WORDS_TEXT}))?", re.I)
# a signature kept on paper and said to be on file, with or without a "signed" word: "Signature on file - signed",
# "Signed (signature on file)", "Sig on file", "Original signed, on file"
ON_FILE = re.compile(
    rf"(?:(?:{_SIGNED_WORDS_TEXT}|original\s+signed)\s*[-–—,;:(]?\s*)?(?:(?:signature|sig\.?)\s+)?on\s+file\)?"
    rf"(?:\s*[-–—,;:(]?\s*(?:{_SIGNED_WORDS_TEXT})\)?)?",
    re.I,
)
_DATE_WORDS_TEXT = rf"date(?:d|\s+signed)?|fecha(?:\s+de\s+(?:la\s+)?firma)?|{_SIGNED_WORDS_TEXT}"
DATE_WORDS_ONLY = re.compile(rf"(?:{_DATE_WORDS_TEXT})(?:\s*/\s*(?:{_DATE_WORDS_TEXT}))?", re.I)


class SignaturesMixin(BuilderState):
    """Signatures, the shared part: signer sub-headings, and recording each signature with its role."""

    def _field_signature_name(self, value: str, loc: SourceLocation) -> None:
        name, credential = split_name_credential(value)
        if self.signatures and self.signatures[-1].name is None:
            sig = self.signatures[-1]
            sig.name, sig.credential = name, sig.credential or credential
        elif name:
            # a signer with no role on the page takes one from the credential, title or provider list (_infer_role)
            role = self.signature_role or self._infer_role(SignatureText(None, name, credential, None, text=value))
            self.signatures.append(
                Signature(
                    role=role,
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
        if _signer_heading_text(text):
            self.signature_role = text
            return True
        return False

    def _certifier_heading(self, core: str, segments: list[Segment]) -> None:
        """ "Certifying practitioner", "Physician approval": a short heading after the plan's content that names who
        signs the lines below it. Remembered as the role of the next signature that names none; the line is
        still read as usual."""
        if segments[0].label is not None or len(segments) > 1 or not self._signing_zone():
            return
        text = core.rstrip(":").strip()
        # ("CLINICAL SUPERVISOR REVIEW (qualified professional)": a note in brackets after the heading is not counted)
        bare = _HEADING_NOTE.sub("", text) or text
        if len(bare.split()) > 4 or has_digit(text) or "_" in text:
            return
        if (_CERTIFIER.search(text) or _REVIEW_HEADING.search(bare)) and normalize_signature_role(text) in (
            "physician", "supervisor"
        ):
            # ("Clinical supervisor review", "Physician review": the reviewer's box, over the line they sign)
            self.signature_role = text
        elif (text.isupper() or core.rstrip().endswith(":")) and _signer_heading_text(text):
            # "PHYSICIAN" / "THERAPIST:" over a signer's block ("Martin Albrecht, MD" / "Signed 07/09/2026")
            if normalize_signature_role(text) not in ("client", "guardian", "other"):
                self.signature_role = text

    def _signing_zone(self) -> bool:
        """True once the plan's content has been read: role lines there are sign-off lines, not header fields."""
        return self.section.key == "signatures" or bool(self.problems or self.services or self.interventions)

    def _add_signature(
        self, parsed: SignatureText, loc: SourceLocation, *, from_role_line: bool = False
    ) -> None:
        name_at = (parsed.text or "").find(parsed.name) if parsed.name else -1
        lead = (parsed.text or "")[: name_at if name_at >= 0 else None]
        if _EARLIER_DOCUMENT.search(parsed.role_label or "") or _EARLIER_DOCUMENT.search(lead):
            return  # the sign-off of the plan before this one, kept in its history
        context = loc.text if loc is not None else None  # a signer table's row: the name and title cells beside the mark
        role = parsed.role_label or self._infer_role(parsed, context)
        if normalize_signature_role(role) == "other" and not _TECHNICIAN_ROLE.search(role):
            role = self._infer_role(parsed, context)  # "Mental health professional" signing as "Rachel Bern, MA, LPC"
        signature = Signature(
            role=role or "other",
            name=parsed.name,
            credential=parsed.credential,
            date=parsed.date,
            method=parsed.method,
            signed=parsed.signed,
            source=loc,
        )
        if self._merge_same_signer(signature, loc):
            self.signature_role = None
            return
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
        if normalize_signature_role(signature.role) in ("client", "guardian"):
            self._drop_client_banner(loc)
        if not parsed.role_label or normalize_signature_role(parsed.role_label) == "other":
            self.roles_guessed.add(id(signature))  # the role only inferred (a credential, a provider's name)
        self.signatures.append(signature)
        self._named_signer = signature if from_role_line and signature.date is None else None
        self._awaiting_signer = signature if not signature.signed and signature.name is None else None
        self.signature_role = None

    def _drop_client_banner(self, loc: SourceLocation) -> None:
        """ "Client: Elijah Brantley" heading a signature page, then "Parent/Guardian: Tanya Brantley  Date: ..." (or
        "Client signature: ..."): the first line only names whose page it is, as a page banner does; it is no sign-off
        of the client's once another client or guardian line follows in the same section. Only a line of the label and
        the client's name alone counts (no date, no signature word, no blank to sign on)."""
        for existing in self.signatures:
            text = existing.source.text if existing.source and existing.source.text else ""
            if (
                normalize_signature_role(existing.role) == "client"
                and existing.date is None
                and existing.method == "unknown"
                and existing.source is not None
                and existing.source.section == loc.section
                and _NAME_BANNER.fullmatch(text)
                and (existing.name or "").casefold() == (self.patient.name or "").casefold()
            ):
                self.signatures.remove(existing)
                self.free.append(TextBlock(heading=existing.source.section, text=text, source=existing.source))
                return

    def _merge_same_signer(self, signature: Signature, loc: SourceLocation) -> bool:
        """One signer written twice: "Physician: Ana Ruiz, MD  NPI ..." over "Signature: Ana Ruiz, MD — signed
        02/24/2026", or a signature box beside a printed-name box. The two lines are one signature (True);
        two dated signatures of the same person on different dates stay two."""
        if signature.name is None:
            return False
        key = signature.name.casefold()
        for existing in reversed(self.signatures):
            if (existing.name or "").casefold() != key:
                continue
            if existing.date is not None and signature.date is not None and existing.date != signature.date:
                return False
            if "other" not in (existing.role, signature.role) and existing.role != signature.role:
                return False
            if existing.role == "other":
                existing.role = signature.role
            existing.credential = existing.credential or signature.credential
            existing.signed = existing.signed or signature.signed
            if existing.date is None and signature.date is not None and signature.signed:
                # (the date of a request for the signature, "routed to her on 09/23/2025", is no signing date)
                existing.date = signature.date
                existing.field_sources["date"] = loc
                existing.field_sources.setdefault("name", existing.source or loc)
                existing.source = loc
            if existing.method == "unknown":
                existing.method = signature.method
            self._named_signer = self._awaiting_signer = None
            return True
        return False

    def _author_without_role(self) -> None:
        """ "signed: J. Okonkwo   3/9/26" as a plan's only signature: with no professional signer on the page, the
        one signer whom a bare "Signed"/"Signature" label introduces, who is not the client and shares no surname
        with the client (a relative), is the plan's author, the clinician. Run once the whole plan is read."""
        self._analyst_without_clinician()
        if any(s.role in ("clinician", "supervisor", "physician") for s in self.signatures):
            return
        unnamed = [s for s in self.signatures if s.role == "other" and s.signed]
        if len(unnamed) != 1 or not unnamed[0].name or not plausible_name(unnamed[0].name):
            return
        signature = unnamed[0]
        text = signature.source.text if signature.source and signature.source.text else ""
        label = text.split(":", 1)
        # ("signed Marcus Feld 03-09-2026": the bare word, without a colon, before the signer's name)
        if (len(label) != 2 or not _BARE_SIGN_LABEL.fullmatch(label[0].strip())) and not _BARE_SIGN_LEAD.match(text):
            return
        client = (self.patient.name or "").casefold().replace(",", " ").split()
        surname = signature.name.casefold().replace(",", " ").split()[-1]
        if not client or surname in client:
            return  # the client, or someone of the client's family
        signature.role = "clinician"

    def _analyst_without_clinician(self) -> None:
        """ "Clinical director / BCBA-D: Ruairi Castellano, PhD, BCBA-D — e-signed 02/23/2026" as an ABA plan's only
        professional signer: the behavior analyst who directs or supervises the case is the supervising BCBA, the
        plan's treating clinician. Only when no line of the plan is the clinician's (a lead BCBA's, signed or blank),
        and only for a signer whose credential is a behavior analyst's."""
        if any(s.role == "clinician" for s in self.signatures):
            return
        analysts = [
            s for s in self.signatures
            if s.role == "supervisor" and s.signed and set(find_credentials(s.credential or "")) & _ANALYST_CREDENTIALS
        ]
        if len(analysts) == 1:
            analysts[0].role = "clinician"

    def _patient_by_shorthand(self) -> None:
        """ "Pt: Denise Carmody  3/9/26": a "Pt" label is the patient, not a physical therapist, when the signer it
        introduces is the client and shows no credential. Run once the whole plan is read (the client's name may be
        found late)."""
        for signature in self.signatures:
            text = signature.source.text if signature.source and signature.source.text else ""
            if (
                signature.role == "clinician"
                and not signature.credential
                and (_PT_SHORTHAND.match(text) or _PT_SIGNATURE.search(text))
                and self._names_client(signature.name)
            ):
                signature.role = "client"

    def _names_client(self, name: str | None) -> bool:
        """True when a signer's name is the client's: the same surname and first initial ("D. Carmody")."""
        client = re.findall(r"[^\W\d_][\w'’-]*", (self.patient.name or "").casefold())
        signer = re.findall(r"[^\W\d_][\w'’-]*", (name or "").casefold())
        if not client or not signer:
            return False
        if "," in (self.patient.name or "") and len(client) > 1:
            client = client[1:] + client[:1]  # "Carmody, Denise"
        return signer[-1] == client[-1] and signer[0][0] == client[0][0]

    def _infer_role(self, parsed: SignatureText, context: str | None = None) -> str:
        """The role of a signer whose line names none: the client by name, a provider's role, the credential, a job
        title after the name (in the line, or in `context`, the whole row the line was read from)."""
        name = (parsed.name or "").lower()
        if name and self.patient.name and name == self.patient.name.lower():
            return "client"
        creds = find_credentials(parsed.credential or "")
        clinicians = {(p.name or "").lower() for p in self.providers if p.name}
        if name and name in clinicians:
            for provider in self.providers:
                # "Attending: Jo Lee, PhD" names a provider; "Attending" is no signer role, so she signs as the clinician
                if (
                    (provider.name or "").lower() == name
                    and provider.role
                    and normalize_signature_role(provider.role) != "other"
                ):
                    return provider.role
            return "clinician"
        if set(creds) & {"MD", "DO", "NP", "PA", "DPM", "CNS", "APRN", "DC", "OD"}:
            # (a chiropractor, podiatrist or optometrist signs a plan as the referring or certifying practitioner)
            return "physician"
        titled = _title_role(parsed) or (_title_role(parsed, context) if context else None)
        if titled == "supervisor" and not set(creds) & _ANALYST_CREDENTIALS:
            # "Tamsin Reyes-Holloway, LCSW (supervising counselor)": the title after the credential says she
            # countersigns (a behavior analyst's "supervising" title stays the ABA plan's treating clinician)
            return titled
        if creds and set(creds) <= _TECHNICIAN_CREDENTIALS:
            return "other"  # "Jasmine Cole, RBT": a technician carries out the plan; the signature is not the clinician's
        if creds:
            return "clinician"
        if titled is not None:
            return titled  # "Marcus Fielding, BA, Recovery Counselor": the title after the name says who signs
        if (
            name
            and parsed.method == "electronic"
            and not re.search(r"\bco-?signed\b", parsed.text, re.I)
            and not any(s.role == "clinician" for s in self.signatures)
        ):
            # "Electronically signed by Thomas Whitcomb on ...": a record's e-signature is its author's, the clinician
            return "clinician"
        return "other"


# "Pt", "Pt.", "Pt signature", "Pt's sig": shorthand for the patient, or a physical therapist's title
# (or "pt | Agnes Lindqvist | 2/20/26", the role cell of a signer table's row)
# ... or within a sentence: "Pt participated in this plan. Pt signature on file: Raymond T. Quist 03/03/2026"
_PT_SIGNATURE = re.compile(r"\bpt(?:'s|’s|\.)?\s+(?:signature|sig\.?)\b", re.I)
_PT_SHORTHAND = re.compile(r"\s*pt(?:'s|’s|\.)?(?:\s+(?:signature|sig\.?|name))?\s*(?::|\s{2,}|\t|\s[—–|-])", re.I)
# a signature label that names no signer: "Signed", "Signed by", "Signature", "E-signed"
_BARE_SIGN_LABEL = re.compile(r"(?:(?:e-?|electronically\s+|digitally\s+)?signed(?:\s+by)?|signature|sig\.?)", re.I)
_BARE_SIGN_LEAD = re.compile(r"\s*(?:(?i:e-?|electronically\s+|digitally\s+)?(?i:signed)(?:\s+(?i:by))?)\s+(?=[A-Z])")

# a line naming the client and nothing else: "Client: Elijah Brantley", "Patient name: Ana Ruiz"
_NAME_BANNER = re.compile(r"(?:client|patient|member|consumer|individual)(?:'s)?(?:\s+name)?\s*:\s*[A-Z][\w'’. -]*", re.I)

# what an approver's line says the signer did, before a dash and the signer's label: "Approved", "Reviewed and
# approved", "Countersigned", "Certified"
_APPROVAL_LEAD = re.compile(
    r"\s*(?:(?:reviewed|read)\s+(?:and|&)\s+)?(?:approved|reviewed|co-?signed|countersigned|certified|attested)"
    r"(?:\s+by)?\s*[—–-]*\s*",
    re.I,
)
_ROLE_WITH_NOTE = re.compile(r"(?P<label>[A-Za-z][^:]{0,60}?)\s*:\s+(?=\S)")


def signer_segments(text: str) -> list[Segment]:
    """split_labels, and a signer's label with a comma in its note that split_labels leaves whole: "Guardian (mother,
    legal guardian): Ottilie Vale  01/05/2026", "Parent, guardian: Ana Ruiz", "Clinician, LCSW: Jo Lee  01/02/2026"."""
    segments = split_labels(text)
    if segments[0].label is not None:
        return segments
    if (
        len(segments) > 1
        and _APPROVAL_LEAD.fullmatch(segments[0].value)
        and segments[1].label
        and is_role_label(segments[1].label)
        and not NOT_A_SIGNER.search(segments[1].label)
    ):
        # "Approved — Psychiatrist: Jo Lee, DO   Date: ...": what the signer did, a dash, then the signer's label
        head = Segment(text[: segments[1].value_start].strip().rstrip(":").strip(), segments[1].value, 0,
                       segments[1].value_start)
        return [head, *segments[2:]]
    found = _ROLE_WITH_NOTE.match(text)
    if found is None or "," not in found.group("label"):
        return segments
    label = found.group("label").strip()
    bare = " ".join(re.sub(r"\([^)]*\)", " ", label).split()).strip(" ,")
    if not bare or names_a_person(label) or has_digit(label) or NOT_A_SIGNER.search(label):
        return segments
    if not all(is_role_label(part.strip()) or find_credentials(part) for part in bare.split(",") if part.strip()):
        return segments
    if not is_role_label(bare.split(",")[0].strip()):
        return segments
    rest = split_labels(text[found.end() :])
    shift = found.end()
    head = Segment(label, rest[0].value if rest[0].label is None else "", 0, shift)
    tail = [Segment(seg.label, seg.value, seg.start + shift, seg.value_start + shift) for seg in rest]
    return [head, *tail[1:]] if rest[0].label is None else [head, *tail]


def signed_date_line(text: str) -> bool:
    """ "Signed: 12/01/2025", "Date signed 12/01/2025", "Date: Dec 1, 2025": a line under a signer's name that
    holds only the date it was signed (with "Signed"/"Date" words and nothing else)."""
    dates = list(find_dates(text))
    if len(dates) != 1:
        return False
    start, end = dates[0][1]
    # (the time of day after the date: "Electronically signed March 16, 2026 2:05 PM", "Signed 02/02/2026 14:20 EST")
    rest = (text[:start] + " " + _TIME_OF_DAY.sub("", text[end:])).strip(" ,.;:-–—()")
    rest = re.sub(r"\s*:\s*", " ", rest).strip()
    return bool(rest) and bool(
        DATE_WORDS_ONLY.fullmatch(rest) or DATE_LABEL.fullmatch(rest) or _REVIEWED_ONLY.fullmatch(rest)
    )


# a reviewer's or approver's sign-off under the name: "Reviewed March 17, 2026", "Approved and signed on 02/02/2026"
_REVIEWED_ONLY = re.compile(
    r"(?:date\s+)?(?:(?:electronically|digitally)\s+)?(?:reviewed|approved|co-?signed|countersigned|attested)"
    r"(?:\s+(?:and|&)\s+(?:approved|signed))?(?:\s+(?:electronically|digitally))?(?:\s+on)?",
    re.I,
)
_TIME_OF_DAY = re.compile(
    r"^[\s,@]*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*\(?(?:[ECMP][SD]T|UTC)\)?)?\s*$", re.I
)
# the time of day after a signature's date ("14:22 EST", "at 2:05 pm"), as an e-signature stamp prints it
TIME_OF_DAY = _TIME_OF_DAY


def signed_line_after_details(lines: list[str]) -> int | None:
    """The index of the "Signed: 12/01/2025" line under a signer's name line (lines[0]), with at most two detail
    lines between ("NPI 1765402197", "License #PS-018822", a title); None when the block has no such line."""
    if len(lines) < 2 or not lines[0].strip() or has_digit(lines[0]):
        return None
    for at in range(1, min(len(lines), 4)):
        if signed_date_line(lines[at]):
            return at
        if not detail_line(lines[at]):
            return None
    return None


def signer_table_columns(table: Table, header_row: int, columns: dict[int, str]) -> dict[int, str]:
    """The column roles of a signer table, set right where the header words mislead: a "Signed" column that holds
    only dates is the signing date ("Clinician | Credentials | Signed" over "Jo Lee | LPC | 02/02/2026"), and a
    column headed by a signer's role ("Clinician", "Therapist", "Signer") that holds people's names is the name
    column (the row's role then comes from its credential, or a role word in the credential cell)."""
    roles = dict(columns)
    header = table.rows[header_row].cells
    data = table.rows[header_row + 1 :]

    def values(position: int) -> list[str]:
        if position >= len(header):
            return []
        col = header[position].col
        found = []
        for row in data:
            cell = next((c for c in row.cells if c.col == col), None)
            text = " ".join(cell.text.split()) if cell is not None else ""
            if text:
                found.append(text)
        return found

    if "sign_date" not in roles.values():
        for position, role in list(roles.items()):
            texts = values(position)
            if role == "signature" and texts and all(bare_date(t) for t in texts):
                roles[position] = "sign_date"  # "Signed" over "02/02/2026": when, not who
                break
    signature_cols = [p for p, r in roles.items() if r == "signature"]
    if len(signature_cols) == 1 and not {"role", "name"} & set(roles.values()):
        # "Signatures |  | date" over "pt | Agnes Lindqvist | 2/20/26": the column under the "Signatures" caption
        # says who signs, the uncaptioned one beside it holds the signers' names
        position = signature_cols[0]
        texts = values(position)
        names = [
            p for p in range(len(header)) if p not in roles and not header[p].text.strip() and values(p)
            and all(_person(t) for t in values(p))
        ]
        if texts and len(names) == 1 and all(_signer_role_text(t) for t in texts):
            roles[position], roles[names[0]] = "role", "signature"
            return roles
        # "Signed |  | Date" over "Ana Ruiz | Individual | 02-20-2026": the captioned column holds the signers' names,
        # the uncaptioned one beside it says who each of them is
        described = [
            p for p in range(len(header)) if p not in roles and not header[p].text.strip() and values(p)
            and len(values(p)) == len(texts) and all(_signer_role_text(t) for t in values(p))
        ]
        if texts and len(described) == 1 and all(_person(t) for t in texts):
            roles[described[0]] = "role"
            return roles
    if "role" not in roles.values() and ("name" in roles.values() or signature_cols):
        # "Reviewer | Name / credential | Signature | Date" over "Supervising counselor | Terrence Boateng, LAADC | ...":
        # a column under a caption the table kinds do not know whose every cell names a signer's role (and no person)
        # says who signs each row
        described = [
            p for p in range(len(header)) if p not in roles and values(p)
            and len(values(p)) == len(data) and all(_signer_role_text(t) and not _person(t) for t in values(p))
        ]
        if len(described) == 1:
            roles[described[0]] = "role"
    status_only = len(signature_cols) == 1 and all(_signed_status_only(t) for t in values(signature_cols[0]))
    if "name" not in roles.values() and ("signature" not in roles.values() or len(signature_cols) == 1):
        # ("Physician/Allowed Practitioner | NPI | Signature" over "Winston Marsh, DO | ... | Signed electronically"
        # or "... | /s/ W. Marsh": the signature column says the row was signed, the role column names who)
        for position, cell in enumerate(header):
            if position in roles and roles[position] != "role":
                continue
            caption = " ".join(cell.text.split()).rstrip(":")
            texts = values(position)
            if not caption or len(caption.split()) > 4 or has_digit(caption) or not texts:
                continue
            signer_caption = roles.get(position) == "role" or normalize_signature_role(caption) != "other"
            if not signer_caption or names_a_person(caption):
                continue
            names = [split_name_credential(t)[0] for t in texts]
            if signature_cols and not status_only and not _signs_own_name(table, header_row, position, signature_cols[0]):
                continue  # a signature cell naming somebody else: the role column is no list of the signers
            if all(
                n is not None and plausible_name(n) and len(n.split()) >= 2 and normalize_signature_role(n) == "other"
                for n in names
            ):
                # "Clinician" or "Signer" over "Tomasina Marchetti": the signers' names (a "role" column that
                # holds only names says nothing of the role)
                roles[position] = "name"
                break
    return roles


_STATUS_ONLY_WORDS = re.compile(
    r"\([^)]*\)|/e?s/|\b(?:e-?signed|signed|signature|electronically|electronic|digitally|digital|on\s+file|via|by|"
    r"portal|yes|x|✓|✔)\b|[.,;:–—-]",
    re.I,
)


def _signs_own_name(table: Table, header_row: int, name_position: int, sig_position: int) -> bool:
    """True when every row's signature cell is blank, only says it was signed, or repeats the surname written in
    the row's cell under `name_position` ("Marguerite Olsen, NP" beside "/s/ M. Olsen")."""
    header = table.rows[header_row].cells
    if max(name_position, sig_position) >= len(header):
        return False
    name_col, sig_col = header[name_position].col, header[sig_position].col
    for row in table.rows[header_row + 1 :]:
        by_col = {c.col: " ".join(c.text.split()) for c in row.cells}
        name, signature = by_col.get(name_col, ""), by_col.get(sig_col, "")
        if not signature or _signed_status_only(signature):
            continue
        person = split_name_credential(name)[0] if name else None
        if not person or person.split()[-1].casefold() not in signature.casefold():
            return False
    return True


def _signed_status_only(text: str) -> bool:
    """ "Signed electronically (Kinnser portal)", "/s/", "E-signed", "Signature on file": a signature cell that says
    the row was signed and names nobody."""
    return bool(STATUS_WORD.search(text) or re.search(r"\bon\s+file\b|^[x✓✔]$", text, re.I)) and not re.search(
        r"[A-Za-z]", _STATUS_ONLY_WORDS.sub(" ", text)
    )


def credential_names_role(text: str) -> bool:
    """ "Member", "Client", "Parent": a signer table's credential cell that says who signed, not a credential."""
    bare = " ".join(text.split()).strip(" :")
    if not bare or len(bare.split()) > 4 or has_digit(bare) or find_credentials(bare):
        return False
    return normalize_signature_role(bare) != "other"


def bare_date(text: str) -> bool:
    """ "11/10/2025", "Nov 10, 2025 3:05 PM": a column that holds one date and nothing else."""
    dates = list(find_dates(text))
    if len(dates) != 1:
        return False
    start, end = dates[0][1]
    lead = text[:start].strip(" :")
    if lead and (DATE_WORDS_ONLY.fullmatch(lead) or DATE_LABEL.fullmatch(lead)):
        lead = ""  # "signed 06/16/2025", "Date: 1/2/2026"
    rest = _DATE_WORDS.sub(" ", lead + " " + text[end:])
    return not re.search(r"[A-Za-z]", re.sub(r"\d{1,2}:\d{2}", " ", rest))


def _signer_role_text(text: str) -> str | None:
    """The signer a row's first cell names ("Parent / Guardian", "Child (assent; required 14+)"), or None."""
    bare = " ".join(re.sub(r"\([^)]*\)", " ", text).split()).rstrip(":").strip()
    head = re.split(r"\s+[—–]+\s+|\s+-{1,2}\s+|\s*:\s+", bare)[0].strip()
    if head != bare and 0 < len(head.split()) <= 5 and normalize_signature_role(head) != "other":
        # "Medical director — reviewed and countersigned", "Supervisor: approved": the signer, then what they did
        if not has_digit(head) and not NOT_A_SIGNER.search(head):
            name, credential = split_name_credential(head)
            if not (name is not None and credential is not None and plausible_name(name)):
                return head
    if not bare or len(bare.split()) > 5 or has_digit(bare) or NOT_A_SIGNER.search(bare):
        return None
    name, credential = split_name_credential(bare)
    if name is not None and credential is not None and plausible_name(name):
        return None  # "Colette Marchetti, LCSW": a signer's name and credential, not a role
    if normalize_signature_role(bare) != "other":
        return text
    if len(text) <= 60 and normalize_signature_role(text) != "other":
        return text  # "Reviewed and approved (psychiatrist)"
    return None


def fuller_name(parsed: SignatureText, printed: str) -> None:
    """ "Physician: Lena Ortiz, MD  NPI ...  Signature: Electronically signed L. Ortiz MD": the signature abbreviates
    the name printed beside the role (same surname, the same first initial); the signer is the printed name."""
    if parsed.name is None:
        return
    name, credential = split_name_credential(strip_licence(COLUMN_GAP.split(printed.strip())[0]))
    if name is None or not plausible_name(name) or len(name.split()) < 2:
        return
    short, full = parsed.name.split(), name.split()
    if len(short) < 2 or short[-1].casefold() != full[-1].casefold():
        return
    if short[0].casefold() == full[0].casefold():
        # "Clinical supervisor: Louise Karr, PsyD   signature: Louise Karr": the same person, her credential printed
        parsed.credential = parsed.credential or credential
        return
    if len(name) <= len(parsed.name) or not re.fullmatch(r"[A-Z]\.?", short[0]) or short[0][0] != full[0][0]:
        return
    parsed.name = name
    parsed.credential = parsed.credential or credential


def is_sign_off_row(texts: list[tuple[str, int]]) -> bool:
    """True when a table row (cell texts with their columns) reads as one sign-off (see signer_row)."""
    return signer_row(texts) is not None


def signer_row(texts: list[tuple[str, int]]) -> tuple[SignatureText, int, str] | None:
    """One sign-off row: the role cell, then the signer's name and the date (or blank lines), in any order;
    a "Date" cell labels the cell after it. None when the row is something else (a header field, a goal)."""
    if len(texts) < 2:
        return None
    role = _signer_role_text(texts[0][0])
    if role is None:
        return None
    name_value = date_value = None
    col = texts[1][1]
    blank_line = False
    pending_label: str | None = None
    for text, cell_col in texts[1:]:
        bare = text.rstrip(":").strip()
        if pending_label is not None:
            if DATE_LABEL.fullmatch(pending_label) and date_value is None:
                date_value = text
            pending_label = None
            continue
        if DATE_LABEL.fullmatch(bare) or (
            len(bare.split()) <= 3 and not has_digit(bare) and field_key(bare) and ":" not in text[:-1]
            and text.endswith(":")
        ):
            pending_label = bare  # "Date" | "1/5/2026"
            continue
        if re.fullmatch(r"[_\s.]{3,}", text):
            blank_line = True
            continue
        dated = _DATE_LEAD.sub("", text)  # "Date 01/14/2026", "Date: 01/14/2026": the label and the date in one cell
        if first_date(dated) is not None and not re.search(r"[A-Za-z]{3,}", _DATE_WORDS.sub(" ", dated)):
            date_value = date_value or dated
            continue
        if ":" in text and not STATUS_WORD.search(text):
            continue  # "Initials: RK", "NPI: 123...": another field of the row
        if name_value is None:
            name_value, col = text, cell_col
    if name_value is None and not blank_line:
        return None
    if name_value is not None and date_value is None and not STATUS_WORD.search(name_value):
        return None  # a role and a name but nothing saying it is a signature
    parsed = parse_signature(f"{role} signature", name_value or "", date_value)
    if parsed is None and name_value is not None and re.search(r"[A-Za-z]{3,}", name_value):
        return None  # "Client — will attend 3 groups weekly — by 02/01/2026": words, not a signer
    if parsed is None:
        parsed = SignatureText(role_label=role, name=None, credential=None, date=None, signed=False)
    if parsed.name is not None and not plausible_name(parsed.name):
        return None
    printed = _name_after_role(texts[0][0], role)
    if printed:
        # "Therapist: Mirela Okafor, LCSW | Signature: /s/ Mirela Okafor": the name printed after the role carries the
        # credential (or the full name) the signature cell leaves out
        fuller_name(parsed, printed)
    text = " | ".join(t for t, _ in texts)
    return parsed, col, text


def _name_after_role(text: str, role: str) -> str | None:
    """The signer's name written after the role in a row's first cell ("Therapist: Jo Lee, LCSW" -> "Jo Lee, LCSW"),
    or None when the cell holds the role alone."""
    bare = " ".join(re.sub(r"\([^)]*\)", " ", text).split()).rstrip(":").strip()
    parts = re.split(r"\s+[—–]+\s+|\s+-{1,2}\s+|\s*:\s+", bare, maxsplit=1)
    if len(parts) != 2 or parts[0].strip() != role.strip() or has_digit(parts[1]):
        return None
    return parts[1].strip()


_DATE_LEAD = re.compile(
    r"^\s*(?:date(?:\s+signed)?|(?:(?:e-?|electronically\s+|digitally\s+)?(?:co-?|counter)?signed|reviewed|approved|"
    r"certified|attested)(?:\s+(?:electronically|digitally))?(?:\s+on)?|dated|fecha|"
    r"firmad[oa](?:\s+(?:electr[oó]nicamente|digitalmente))?(?:\s+el)?)\s*:?\s*"
    r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.I,
)
STATUS_WORD = re.compile(r"\bsigned\b|\bsignature\b|/e?s/", re.I)
_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:am|pm|[ECMP][SD]T|UTC)\b", re.I
)


_TITLE_SPLIT = re.compile(r"\s*(?:,|\s[—–-]\s|\(|\)|\||\s{2,}|\t)\s*")


# credentials of a behavior analyst, and of the technicians who carry out an ABA plan under one
_ANALYST_CREDENTIALS = frozenset({"BCBA", "LBA", "BCABA", "LABA", "QBA"})
_TECHNICIAN_CREDENTIALS = frozenset({"RBT", "BCAT"})
_TECHNICIAN_ROLE = re.compile(r"\brbt\b|\bbcat\b|\btechnician\b|\bbt\b|\btech\b", re.I)


def _title_role(parsed: SignatureText, text: str | None = None) -> str | None:
    """The role a job title written after the signer's name gives ("Marcus Fielding, BA, Recovery Counselor",
    "Jo Lee — Staff Psychologist", "Ann Poe (Clinical Supervisor)"): clinician, supervisor or physician, or None.
    Only the pieces after the name count; a relation ("client", "mother") never makes a professional."""
    if not parsed.name or not parsed.signed:
        return None
    text = text if text is not None else parsed.text
    text = text.split(":", 1)[1] if ":" in text else text
    at = text.find(parsed.name)
    if at < 0:
        return None
    for piece in _TITLE_SPLIT.split(text[at + len(parsed.name) :]):
        piece = piece.strip(" .;")
        if not piece or has_digit(piece) or len(piece.split()) > 5 or not re.search(r"[a-z]{3}", piece):
            continue
        role = normalize_signature_role(piece)
        if role in ("clinician", "supervisor", "physician"):
            return role
    return None


# a licence or NPI number written after a signer's name and credential: "(PA #PS-0194422)", "(lic. PT-33871)",
# ", License #LP-20931", "  NPI 1234567893"
_LICENCE_TAIL = re.compile(
    r"[\s,;]*(?:\((?:[A-Z]{2}\s+)?(?:(?:lic(?:en[cs]e)?\.?|npi|cert(?:ification)?\.?)\s*(?:no\.?|number|#)?|#)"
    r"\s*[:#]?\s*[A-Z]{0,4}[-\s]?\d[\w-]*\)|"
    r"\b(?:[A-Z]{2}\s+)?(?:lic(?:en[cs]e)?\.?|npi)\s*(?:no\.?|number|#)?\s*[:#]?\s*[A-Z]{0,4}-?\d[\w-]*)\s*$",
    re.I,
)


def strip_licence(text: str) -> str:
    """A signer's line without the licence or NPI number after the name: "Elias Quill, PsyD, Licensed Psychologist
    (PA #PS-0194422)" -> "Elias Quill, PsyD, Licensed Psychologist"; other text is returned as it is."""
    return _LICENCE_TAIL.sub("", text).strip()


_DETAIL_LABEL = re.compile(
    r"npi|licen[cs]e(?:\s*(?:no\.?|number|#))?|lic\.?(?:\s*#)?|phone|tel|fax|e-?mail|title|position|"
    r"credentials?|taxonomy|dea|cert(?:ification)?(?:\s*(?:no\.?|number|#))?",
    re.I,
)


def detail_line(text: str) -> bool:
    """A line of a signer's block between the name and the signed date: "NPI 1556312095", "License #PS-018822",
    "Staff Psychologist", "Reyes Family Therapy | (575) 555-0188". Not a date, a signature or another signer."""
    bare = text.strip()
    if not bare or len(bare.split()) > 10 or any(True for _ in find_dates(bare)) or "_" in bare:
        return False
    if looks_like_signature(None, bare):
        return False
    first = split_labels(bare)[0]
    if first.label is not None:
        return bool(_DETAIL_LABEL.fullmatch(first.label.strip()))
    name, credential = split_name_credential(COLUMN_GAP.split(bare)[0])
    return not (name is not None and credential is not None and plausible_name(name))  # another signer


_SIGNER_HEADING = re.compile(
    r"(?:the\s+)?(?:client|patient|member|parent|guardian|parent/guardian|caregiver|clinician|"
    r"therapist|counselor|counsellor|provider|supervisor|clinical supervisor|physician|psychiatrist|psychologist|bcba|"
    r"certifying physician|attending physician|referring physician|treating therapist|treating clinician|"
    r"rendering provider|primary counselor|case manager|nurse|qualified professional|"
    r"legal guardian|legal representative|family member|staff|"
    # "Supervising counselor", "Medical director" over an e-signature stamp: the countersigning professional
    r"supervising\s+(?:counselor|counsellor|clinician|therapist|physician|practitioner|psychologist)|"
    r"(?:medical|clinical|program)\s+director)"
    # ("Qualified professional countersignature", "Supervisor co-signature": the countersigner's block)
    r"(?:\s+(?:(?:counter|co)-?)?signature)?",
    re.I,
)


def _signer_heading_text(text: str) -> bool:
    """ "Clinician", "PHYSICIAN", "Parent/Guardian signature", "Cliente / Client": a short line naming one signer
    (a bilingual heading names it in either language)."""
    text = text.strip()
    if _SIGNER_HEADING.fullmatch(text):
        return True
    halves = [h.strip() for h in text.split(" / ")]
    return len(halves) == 2 and any(_SIGNER_HEADING.fullmatch(h) for h in halves)


def names_one_signer(title: str) -> str | None:
    """ "PHYSICIAN", "Clinical supervisor", "Terapeuta / Therapist": a heading over one professional signer's block
    (after the plan's content), returned as the role of the signature under it; None for anything else, and for
    the client or a guardian (a "Caregiver" heading more often heads goals than a signature)."""
    text = title.strip().rstrip(":").strip()
    bare = _HEADING_NOTE.sub("", text).strip() or text
    if bare and normalize_signature_role(text) in ("supervisor", "physician") and len(bare.split()) <= 4:
        # "CLINICAL SUPERVISOR REVIEW (qualified professional)", "Physician sign-off": a reviewer's box
        head = _REVIEW_HEADING.sub("", bare).strip()
        if head != bare and head and _signer_heading_text(head):
            return text
    if not text or not _signer_heading_text(text):
        return None
    return text if normalize_signature_role(text) in ("clinician", "supervisor", "physician") else None


def _person(text: str) -> bool:
    """ "Agnes Lindqvist", "R. Chaudhry, MD", "Samuel Ortega-Baez LCSW": a cell holding a person's name (with or
    without a credential) and nothing else."""
    name, _ = split_name_credential(strip_licence(text))
    return name is not None and plausible_name(name) and not has_digit(text) and normalize_signature_role(name) == "other"
