"""Signatures: signature lines, e-signature statements, signer sub-headings, and the role of each signer.

A mixin of the DOCX plan builder (see docx.build): it reads and writes the builder's state.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from authcheck.model import (
    Signature,
    SourceLocation,
)
from authcheck.model.vocab import find_credentials, normalize_signature_role
from authcheck.parsing import find_dates
from authcheck.readers.docx.label_split import Segment, split_labels
from authcheck.readers.docx.labels import field_key, subfield_key
from authcheck.readers.docx.phrases import (
    SignatureText,
    has_digit,
    split_name_date,
    blank_value,
    first_date,
    looks_like_signature,
    parse_signature,
    plausible_name,
    split_name_credential,
)
from authcheck.readers.docx.blocks import Table
from authcheck.readers.docx.state import BuilderState, Line


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
    agent = bool(re.search(r"\b(?:established|prepared|written|developed|authored)\s+by\s*$", label, re.I))
    if not agent and (
        field_key(label) in ("date", "plan_date", "review", "other") or subfield_key(label) == "target_date"
    ):
        return False  # ("Plan established by" names who wrote the plan, not its date)
    return normalize_signature_role(label) != "other" or bool(
        re.fullmatch(r"(?:printed\s+)?name|signer", label, re.I)
    )


def is_signature_label(label: str | None) -> bool:
    """ "Signature", "Physician signature", "Signed", "E-signed by": a label whose value is a signer."""
    return bool(label) and (
        "signature" in label.lower()
        or bool(re.search(r"\bfirma\b", label, re.I))  # "Firma del terapeuta", "Firma electrónica"
        or bool(_SIGNED_LABEL.fullmatch(label.strip()))
    )


_SIGNATURE_WORD = re.compile(r"signature|\bsigned\b|^sign\b|\bfirma\b|\bfirmad[oa]\b", re.I)
# the label of a signature's date: "Date", "Date signed", "Signed on", "Date/time", "Fecha / Date" (a bilingual form)
_DATE_LABEL = re.compile(
    r"(?:[^:/]{1,20}\s*/\s*)?(?:date(?:\s*/\s*time)?(?:\s+signed)?|signed(?:\s+on)?|dated|signature\s+date|"
    r"date\s+of\s+signature|signed\s+date(?:\s*/\s*time)?|fecha(?:\s+de\s+(?:la\s+)?firma)?|firmad[oa](?:\s+el)?)"
    r"(?:\s*/\s*fecha)?",  # "Fecha", "Date / Fecha"
    re.I,
)
# "Therapist signature date", "Date therapist signed": the date of a named signer's signature
_SIGNATURE_DATE_LABEL = re.compile(
    r"(?P<role>[A-Za-z][\w /-]{1,40}?)\s+signature\s+date|date\s+(?P<role2>[A-Za-z][\w /-]{1,40}?)\s+signed", re.I
)
# a later label on the line that introduces the signer: "Physician order: ...  Signed: Harriet Osei-Mensah, MD"
_SIGNED_LABEL = re.compile(r"(?:e-?|electronically\s+)?signed(?:\s+by)?", re.I)
# a label that says the line is an approval without naming who approves: "Approved", "Reviewed and approved by"
_APPROVED_LABEL = re.compile(r"(?:reviewed\s+and\s+)?(?:approved|certified|attested)(?:\s+by)?", re.I)
_CHECKBOX = re.compile("[☐☒☑✔✓■□]")
_CERTIFIER = re.compile(r"\b(?:certif\w*|approv\w*|attest\w*|countersign\w*|co-?sign\w*)\b", re.I)
_RUN_IN_SIGNATURES = re.compile(r"\s*(?:signatures?|sign-?offs?|signed)\s*[.:—–-]\s*(?=[A-Z])", re.I)
# the end of one signer's sentence and the next signer's label: ". Counselor: ", ". Qualified professional (QP): "
_SIGNER_SENTENCE = re.compile(r"(?<=[\w)])\.\s+(?=[A-Z][\w /&'’()-]{0,60}:\s)")
_NOT_A_SIGNER = re.compile(r"referr|\bpcp\b|primary\s+care|prescrib|emergency|contact|pharmac", re.I)
_TICK_LEAD = re.compile(r"^[☒☑✔✓■]\s*")
_COLUMN_GAP = re.compile(r"\t+|\s{3,}")
# what may stand beside a date on a line of its own under a signature: "Signed", "Date signed:", "Dated"
# ("Signed electronically 07/09/2026", "Digitally signed on ...", "Firmado electrónicamente / Electronically signed")
_SIGNED_WORDS_TEXT = (
    r"(?:date\s+)?(?:e-?|(?:electronically|digitally)\s+)?signed(?:\s+(?:electronically|digitally))?(?:\s+on)?|"
    r"(?:fecha\s+(?:de\s+)?)?firmad[oa](?:\s+(?:electr[oó]nicamente|digitalmente))?(?:\s+(?:el|en))?"
)
_SIGNED_ONLY = re.compile(rf"(?:{_SIGNED_WORDS_TEXT})(?:\s*/\s*(?:{_SIGNED_WORDS_TEXT}))?", re.I)
_DATE_WORDS_TEXT = rf"date(?:d|\s+signed)?|fecha(?:\s+de\s+(?:la\s+)?firma)?|{_SIGNED_WORDS_TEXT}"
_DATE_WORDS_ONLY = re.compile(rf"(?:{_DATE_WORDS_TEXT})(?:\s*/\s*(?:{_DATE_WORDS_TEXT}))?", re.I)


class SignaturesMixin(BuilderState):
    """Signatures: signature lines, e-signature statements, signer sub-headings, and the role of each signer."""

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
        if len(text.split()) > 4 or has_digit(text) or "_" in text:
            return
        if _CERTIFIER.search(text) and normalize_signature_role(text) in ("physician", "supervisor"):
            self.signature_role = text
        elif (text.isupper() or core.rstrip().endswith(":")) and _signer_heading_text(text):
            # "PHYSICIAN" / "THERAPIST:" over a signer's block ("Martin Albrecht, MD" / "Signed 07/09/2026")
            if normalize_signature_role(text) not in ("client", "guardian", "other"):
                self.signature_role = text

    def _signing_zone(self) -> bool:
        """True once the plan's content has been read: role lines there are sign-off lines, not header fields."""
        return self.section.key == "signatures" or bool(self.problems or self.services or self.interventions)

    def _sign_off_line(self, core: str, segments: list[Segment]) -> bool:
        """A sign-off line outside a signatures heading: "Therapist: Jane Doe, PT   01/13/26",
        "Certifying practitioner: Hannah Vo, PA-C   Date signed: 01/12/2026", "Physician / NPP: ____  Date: ___",
        or a bare "Isaac Feinberg, OTR/L   01/05/2026". Only after the plan's content (see _signing_zone)."""
        if "_" not in core and not has_digit(core):
            return False  # a sign-off line carries a date or a blank line to sign on
        if not self._signing_zone():
            return False
        first = segments[0]
        labelled_date = next(
            (seg.value for seg in segments[1:] if seg.label and _DATE_LABEL.fullmatch(seg.label.strip())), None
        )
        if first.label is None:
            if len(segments) > 1 and labelled_date is None:
                return False
            # "Isaac Feinberg, OTR/L   01/05/2026", "Ana Ruiz, BCBA   Signature on file   Date: 03/02/2026"
            parsed = parse_signature(None, first.value, labelled_date)
            return (
                parsed is not None
                and parsed.date is not None
                and parsed.credential is not None
                and parsed.name is not None
                and plausible_name(parsed.name)
            )
        if not (
            is_role_label(first.label)
            or field_key(first.label) in ("provider", "patient.name")
            or _APPROVED_LABEL.fullmatch(first.label.strip())
        ):
            return False
        if _NOT_A_SIGNER.search(first.label):
            return False  # "Referring physician: Dr. Ames, MD 01/02/2026" names a referral, not a sign-off
        if re.fullmatch(r"_{3,}", first.value.replace(" ", "")):
            return True  # a blank signature line
        value = first.value
        if not value.strip() and len(segments) > 1 and segments[1].label and not field_key(segments[1].label):
            value = f"{segments[1].label}: {segments[1].value}"  # "Physician review:  Reviewed and approved: ..."
        name_part, date, _ = split_name_date(value)
        for seg in segments[1:]:
            if seg.label and _DATE_LABEL.fullmatch(seg.label.strip()):
                date = date or first_date(seg.value)
        name, credential = split_name_credential(name_part)
        if date is not None and credential is not None and name is not None and plausible_name(name):
            return True
        # "Parent/guardian: Ana Ruiz — 01/09/2026", "Youth: Leo Ruiz   Date: 02/02/2026": a signer without a
        # credential signs with a name and a date beside it, and nothing else on the line
        if normalize_signature_role(first.label) == "other" and field_key(first.label) != "patient.name":
            return False
        parsed = parse_signature(f"{first.label} signature", value, labelled_date)
        return (
            parsed is not None
            and parsed.date is not None
            and parsed.name is not None
            and plausible_name(parsed.name)
            and len(parsed.name.split()) <= 4
        )

    def _signer_sentences(self, line: Line, core: str) -> bool:
        """Several sign-offs run together in one paragraph: "Signatures. Client: Ana Ruiz, 02/09/2026. Counselor:
        Ben Tull, CAC, 02/09/2026." Each sentence names a signer, then the name and the date (or a blank line)."""
        if core.count(":") < 2 or len(core) > 800:
            return False
        head = _RUN_IN_SIGNATURES.match(core)
        if head is None and not self._signing_zone():
            return False
        pieces = [p.strip().rstrip(".").strip() for p in _SIGNER_SENTENCE.split(core[head.end() if head else 0 :])]
        pieces = [p for p in pieces if p]
        if len(pieces) < 2:
            return False
        parsed_pieces = []
        for piece in pieces:
            segments = split_labels(piece)
            first = segments[0]
            if not first.label or not is_role_label(first.label) or _NOT_A_SIGNER.search(first.label):
                return False
            date_value = next(
                (seg.value for seg in segments[1:] if seg.label and _DATE_LABEL.fullmatch(seg.label.strip())), None
            )
            parsed = parse_signature(f"{first.label} signature", first.value, date_value)
            if parsed is None or (parsed.date is None and parsed.signed):
                return False
            if parsed.name is not None and not plausible_name(parsed.name):
                return False
            parsed_pieces.append((piece, parsed))
        for piece, parsed in parsed_pieces:
            self._add_signature(parsed, line.loc(piece))
        return True

    def _signer_rows_table(self, table: Table) -> bool:
        """A table without a header whose rows are sign-offs: "Parent / Guardian | Ana Ruiz (signed) | 01/27/2026",
        "Client | Ana Ruiz | Date | 1/5/2026", "Therapist | Jane Doe, LCSW | ______". Read after the plan's content
        or under a signatures heading only; True when the table was read that way."""
        if not (self.section.key == "signatures" or self._signing_zone()):
            return False
        rows = []
        for row in table.rows:
            cells = [c for c in row.cells if not c.merged_from_above]
            texts: list[tuple[str, int]] = []
            for cell in cells:
                # the cell's lines kept apart by a gap: "Jo Lee, LMFT" over "Signed electronically March 3, 2026"
                text = "   ".join(" ".join(part.split()) for part in cell.text.split("\n") if part.strip())
                if text and (not texts or texts[-1][0] != text):
                    texts.append((text, cell.col))
            if texts:
                rows.append((row.index, texts))
        signers = [(index, found) for index, texts in rows if (found := _signer_row(texts)) is not None]
        if not signers or len(signers) * 3 < len(rows) * 2 or (len(signers) < 2 and self.section.key != "signatures"):
            return False
        for index, (parsed, col, text) in signers:
            self._add_signature(parsed, self._cell_loc(table, index, col, text))  # type: ignore[attr-defined]
        return True

    def _paired_signature_columns(self, table: Table, header_row: int) -> bool:
        """Signers side by side in one header table, each with its own columns: "BCBA signature | Date |
        Parent/guardian signature | Date", "Firma del cliente / Client signature | Fecha / Date | Clinician
        signature | Printed name | Date". Each signature column takes the date (and printed-name) columns after it,
        up to the next signature column. True when the table was read so (two signature columns or more)."""
        header = [c for c in table.rows[header_row].cells if not c.merged_from_above]
        texts: list[tuple[str, int]] = []
        for cell in header:
            text = " ".join(cell.text.split())
            if text and (not texts or texts[-1] != (text, cell.col)):
                texts.append((text, cell.col))
        starts = [i for i, (text, _) in enumerate(texts) if _signature_header(text)]
        if len(starts) < 2:
            return False
        groups: list[tuple[str, int, int | None, int | None]] = []  # header, signature col, date col, name col
        for n, start in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else len(texts)
            date_col = name_col = None
            for text, col in texts[start + 1 : end]:
                bare = text.rstrip(":").strip()
                if date_col is None and (_DATE_LABEL.fullmatch(bare) or _DATE_LABEL.fullmatch(bare.split("/")[-1].strip())):
                    date_col = col
                elif name_col is None and re.search(r"\bname\b|\bnombre\b", bare, re.I):
                    name_col = col
            groups.append((signature_caption(texts[start][0]), texts[start][1], date_col, name_col))
        found: list[tuple[SignatureText, int, int, str]] = []
        for row in table.rows[header_row + 1 :]:
            by_col = {c.col: " ".join(c.text.split()) for c in row.cells if not c.merged_from_above}
            for head, sig_col, date_col, name_col in groups:
                value = by_col.get(sig_col, "")
                date_text = by_col.get(date_col, "") if date_col is not None else ""
                printed = by_col.get(name_col, "") if name_col is not None else ""
                if not (value or date_text or printed):
                    continue
                label = head if _SIGNATURE_WORD.search(head) else f"{head} signature"
                if blank_value(value) and printed and not blank_value(printed):
                    parsed = parse_signature(label, printed, date_text)
                    if parsed is not None:
                        parsed.signed = False  # a printed name under an empty signature line
                else:
                    parsed = parse_signature(label, value, date_text)
                if parsed is None:
                    parsed = SignatureText(role_label=None, name=None, credential=None, date=None, signed=False)
                if parsed.name is not None and not plausible_name(parsed.name):
                    return False  # not a signature grid
                found.append((parsed, row.index, sig_col, " | ".join(x for x in (value, printed, date_text) if x)))
        if not found:
            return False
        for parsed, row_index, col, text in found:
            self._add_signature(parsed, self._cell_loc(table, row_index, col, text))  # type: ignore[attr-defined]
        return True

    def _captions_below_table(self, table: Table) -> bool:
        """Signature lines with their captions underneath, as on a paper form: a row of values ("Ana Ruiz
        (signed)" | "03/06/2026") over a row of captions ("Patient signature" | "Date"). True when read so."""
        rows = [
            [(" ".join(c.text.split()), c.col) for c in row.cells if not c.merged_from_above]
            for row in table.rows
        ]
        pairs: list[int] = []
        for r in range(1, len(rows)):
            captions = [(t, col) for t, col in rows[r] if t]
            if not captions or not all(_caption_role(t) for t, _ in captions):
                continue
            if not any(_caption_role(t) == "signer" for t, _ in captions):
                continue
            if any(_caption_role(t) for t, _ in rows[r - 1] if t):
                continue  # two caption rows: not values over captions
            pairs.append(r)
        covered = {r for r in pairs} | {r - 1 for r in pairs}
        if not pairs or any(any(t for t, _ in rows[r]) for r in range(len(rows)) if r not in covered):
            return False  # other rows too (a whole form in one table): read it the usual way
        for r in pairs:
            captions = [(t, col) for t, col in rows[r] if t]
            above = {col: t for t, col in rows[r - 1]}
            for i, (text, col) in enumerate(captions):
                if _caption_role(text) != "signer":
                    continue
                # the date caption after this signer's (before the next signer's), else the first one of the row:
                # "Client signature | Date | Therapist signature | Date" dates each signer by its own column
                own = None
                for t, c in captions[i + 1 :]:
                    if _caption_role(t) == "signer":
                        break
                    if _caption_role(t) == "date":
                        own = above.get(c)
                        break
                date_value = own if own is not None else next(
                    (above.get(c) for t, c in captions if _caption_role(t) == "date"), None
                )
                value = above.get(col, "")
                parsed = parse_signature(f"{text} signature" if "sign" not in text.lower() else text, value, date_value)
                if parsed is None:
                    parsed = SignatureText(role_label=text, name=None, credential=None, date=None, signed=False)
                if parsed.name is not None and not plausible_name(parsed.name):
                    continue
                loc_text = " | ".join(x for x in (value, date_value or "") if x) or text
                self._add_signature(parsed, self._cell_loc(table, table.rows[r - 1].index, col, loc_text))  # type: ignore[attr-defined]
        return True

    def _captions_above_table(self, table: Table) -> bool:
        """Signers named in a caption row with each signer's block in the cell below: "Supervising BCBA | Parent /
        guardian" over "Naomi Reyes, MS, BCBA / NPI ... / Signed 02/02/2026 | Carla Pierce / Signed 02/02/2026"
        (a "Date" caption beside a signer's dates that signer). Each block is the name line, detail lines (NPI,
        licence, title) and the date line or a signed mark; an empty or underscored block is an unsigned line.
        Only after the plan's content; every block must carry a date, a signed mark or a blank line. True when read."""
        if not (self.section.key == "signatures" or self._signing_zone()) or len(table.rows) < 2:
            return False
        rows = [
            [(c.lines, c.col) for c in row.cells if not c.merged_from_above]
            for row in table.rows
        ]

        def flat(lines: list[str]) -> list[str]:
            return [" ".join(part.split()) for line in lines for part in line.split("\n") if part.strip()]

        def caption_row(r: int) -> bool:
            captions = [" ".join(flat(lines)) for lines, _ in rows[r] if flat(lines)]
            return bool(captions) and all(_caption_role(t) for t in captions) and any(
                _caption_role(t) == "signer" for t in captions
            )

        # each caption row with the rows of blocks under it, up to the next caption row: "Therapist | Member" over
        # a row of names and a row of "Date: ..." (up to four rows, the lines of one column read as one block)
        pairs: list[tuple[int, list[int]]] = []
        for r in range(len(rows) - 1):
            if not caption_row(r) or caption_row(r + 1):
                continue  # (two caption rows: not captions over blocks)
            below = []
            for b in range(r + 1, min(len(rows), r + 5)):
                if caption_row(b):
                    break
                below.append(b)
            pairs.append((r, below))
        covered = {r for r, _ in pairs} | {b for _, below in pairs for b in below}
        if not pairs or any(any(flat(lines) for lines, _ in rows[r]) for r in range(len(rows)) if r not in covered):
            return False
        found: list[tuple[SignatureText, int, int, str]] = []
        for r, below in pairs:
            captions = [(" ".join(flat(lines)), col) for lines, col in rows[r] if flat(lines)]
            above: dict[int, list[str]] = {}
            for b in below:
                for lines, col in rows[b]:
                    above.setdefault(col, []).extend(flat(lines))
            for i, (text, col) in enumerate(captions):
                if _caption_role(text) != "signer":
                    continue
                date_value = None
                for t, c in captions[i + 1 :]:
                    if _caption_role(t) == "signer":
                        break
                    if _caption_role(t) == "date":
                        dated = above.get(c, [])
                        if sum(1 for d in dated if first_date(d) is not None) > 1:
                            return False  # several dates under one caption: a list of signers, not one block
                        date_value = " ".join(dated) or None
                        break
                block = above.get(col, [])
                name_lines: list[str] = []
                for piece in block:
                    if date_value is None and (signed_date_line(piece) or _bare_date(piece) or _blank_date(piece)):
                        date_value = piece
                    elif not name_lines or not _detail_line(piece):
                        name_lines.append(piece)
                if len(below) > 1 and len(name_lines) > 1:
                    return False  # several names under one caption: a list, not one signer's block
                value = "   ".join(name_lines)
                if value and not blank_value(value) and date_value is None and not _STATUS_WORD.search(value):
                    return False  # a name under a role with nothing saying it was signed: a care-team table
                label = text if "sign" in text.lower() else f"{text} signature"
                parsed = parse_signature(label, value, date_value)
                if parsed is None:
                    parsed = SignatureText(role_label=text, name=None, credential=None, date=None, signed=False)
                if parsed.name is not None and not plausible_name(parsed.name):
                    return False
                if parsed.method == "unknown" and re.search(r"electronic|digital|\be-?signed", date_value or "", re.I):
                    parsed.method = "electronic"  # "Electronically signed 02/10/2026" under the name
                loc_text = " | ".join(x for x in (value, date_value or "") if x) or text
                found.append((parsed, table.rows[below[0]].index, col, loc_text))
        if not any(p.signed or p.date is not None for p, *_ in found):
            if not all(
                re.fullmatch(r"[_\s.]{3,}", " ".join(above_text) or "")
                for _, below in pairs
                for above_text in [flat(lines) for lines, _ in rows[below[0]]]
            ):
                return False  # nothing signed and no signature lines drawn: not a sign-off table
        for parsed, row_index, col, loc_text in found:
            self._add_signature(parsed, self._cell_loc(table, row_index, col, loc_text))  # type: ignore[attr-defined]
        return True

    def _fill_awaiting_signer(self, line: Line, core: str, segments: list[Segment]) -> bool:
        """The typed name and date on the line under a blank signature line ("Therapist: ______  Date: ____")."""
        signature = self._awaiting_signer
        self._awaiting_signer = None
        if signature is None or segments[0].label is not None or len(segments) > 1:
            return False
        if re.fullmatch(r"[_\s.]{3,}", core):
            self._awaiting_signer = signature  # the line itself, drawn under an e-signature statement
            return True
        # "Electronically Signed on 01/27/2026 03:10 PM" then the signer's printed name: the statement is signed
        stated = signature.method == "electronic" and signature.date is not None
        name_part, date, _ = split_name_date(core)
        name, credential = split_name_credential(name_part)
        if name is None or not plausible_name(name) or (date is None and credential is None and not stated):
            return False
        loc = line.loc(core)
        signature.name, signature.credential = name, credential or signature.credential
        signature.field_sources["name"] = loc
        if stated:
            signature.signed = True
            if signature.role == "other":
                signature.role = normalize_signature_role(
                    self._infer_role(
                        SignatureText(None, name, signature.credential, signature.date, signature.method, text=core)
                    )
                )
        if date is not None:
            signature.date, signature.signed = date, True
            signature.field_sources["date"] = loc
        self._awaiting_signer = signature if date is None and not stated else None
        return True

    def _signature_like(self, core: str, segments: list[Segment]) -> bool:
        if "_" in core or any(True for _ in find_dates(core)):
            return True
        name, credential = split_name_credential(core)
        return credential is not None and name is not None and len(core.split()) <= 8

    def _signature_line(
        self, line: Line, core: str, segments: list[Segment], *, role_line: bool = False
    ) -> bool:
        if self._signature_date_under_signer(line, segments):
            return True
        label = None
        value = core
        date_value = None
        first = segments[0]
        signed_at = next(
            (
                i
                for i, seg in enumerate(segments)
                if i
                and is_signature_label(seg.label)
                # "Therapist: Jo Lee, PT   Signed: 01/21/2026": a "Signed" that only dates the line names no signer
                and ("signature" in (seg.label or "").lower() or not (_bare_date(seg.value) or blank_value(seg.value)))
            ),
            None,
        )
        if (
            signed_at is not None
            and first.label
            and is_role_label(first.label)
            and not _SIGNATURE_WORD.search(first.label)
        ):
            # "Clinician: Jonah Feld, LICSW    Signature: Jonah Feld, LICSW    Date: ____": the role names the signer
            segments = [
                Segment(f"{first.label} signature", segments[signed_at].value, first.start, segments[signed_at].value_start),
                *segments[signed_at + 1 :],
            ]
            first = segments[0]
        elif signed_at is not None and first.label is None and (
            _CHECKBOX.search(first.value) or blank_value(first.value)
        ):
            # "☒ Certify  ☐ N/A   Physician signature: Helen Ferris, DO   Date: ...": boxes before the signature
            segments = segments[signed_at:]
            first = segments[0]
        if first.label and (role_line or _SIGNATURE_WORD.search(first.label)):
            label, value = first.label, first.value
            inner = split_labels(value) if normalize_signature_role(label) == "other" else [Segment(None, "", 0, 0)]
            if inner[0].label and is_role_label(inner[0].label) and not _NOT_A_SIGNER.search(inner[0].label):
                label, value = f"{inner[0].label} signature", inner[0].value  # "Signatures: Client: Ana Ruiz  Date: ..."
                segments = [segments[0], *inner[1:], *segments[1:]]
            for seg in segments[1:]:
                if seg.label and _DATE_LABEL.fullmatch(seg.label.strip()):
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
                if seg.label and _DATE_LABEL.fullmatch(seg.label.strip()):
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

    def _signature_date_under_signer(self, line: Line, segments: list[Segment]) -> bool:
        """ "Therapist: Oksana Bielawski, PT, DPT" then "Therapist signature date: 03/03/2026": the line above names
        the signer, this one says when the signature was made. Read as one dated signature (True)."""
        if len(segments) != 1 or not segments[0].label:
            return False
        found = _SIGNATURE_DATE_LABEL.fullmatch(segments[0].label.strip())
        if found is None or not _bare_date(segments[0].value):
            return False
        role = found.group("role") or found.group("role2")
        before = self._line_before
        if before is None or normalize_signature_role(role) == "other":
            return False
        previous, text = before
        if previous.section.title != line.section.title or (previous.table, previous.row) != (line.table, line.row):
            return False
        if previous.table is None and (
            previous.paragraph is None or line.paragraph is None or not 0 < line.paragraph - previous.paragraph <= 1
        ):
            return False
        above = split_labels(text)
        if len(above) != 1 or not above[0].label or not is_role_label(above[0].label):
            return False
        if normalize_signature_role(above[0].label) != normalize_signature_role(role):
            return False
        parsed = parse_signature(f"{above[0].label} signature", above[0].value, segments[0].value)
        if parsed is None or parsed.name is None or not parsed.signed or not plausible_name(parsed.name):
            return False
        self._add_signature(parsed, line.loc(f"{text}   {line.text.strip()}"))
        return True

    def _ticked_sign_off(self, core: str) -> str | None:
        """ "☒ Client signed: Ana Ruiz   Date: 01/16/2026", "✔ Therapist: Jo Lee, LPC — e-signed 01/27/2026": a
        ticked box before a sign-off line. The line without the box, or None when it is not such a line."""
        tick = _TICK_LEAD.match(core)
        if tick is None or not (self.section.key == "signatures" or self._signing_zone()):
            return None
        rest = core[tick.end() :]
        first = split_labels(rest)[0]
        if not first.label or not (is_role_label(first.label) or _SIGNATURE_WORD.search(first.label)):
            return None
        if _NOT_A_SIGNER.search(first.label):
            return None
        if not (looks_like_signature(first.label, rest) or any(True for _ in find_dates(rest)) or "_" in rest):
            return None
        return rest

    def _column_sign_off(self, line: Line, core: str) -> bool:
        """A sign-off laid out in columns by tabs or runs of spaces, with no colon after the role:
        "COUNSELOR      Jo Lee, SUDCC  e-signed 02/02/2026 14:20", "Client<tab>Ana Ruiz<tab>Date<tab>1/8/26".
        Read like a sign-off row of a table (see _signer_row); only after the plan's content. A typewriter form's
        underscored line works the same way: "Primary counselor ____Claudette Renaud, CADC-I____ Date 10/09/2025"."""
        spaced = core
        if ":" not in core and re.search(r"_{3,}", core):
            spaced = re.sub(r"\s*_{3,}\s*", "\t___\t", core)
        if _DASH_COLUMN.search(spaced):
            # "Medical director — Roxanne Petrosyan, DO — reviewed Oct 16, 2026", "Client | Ana Ruiz | 01/05/2026":
            # dashes or bars set the columns apart
            spaced = _DASH_COLUMN.sub("\t", spaced)
        if "\t" not in spaced and "   " not in spaced:
            return False
        if not (self.section.key == "signatures" or self._signing_zone()):
            return False
        columns = [c.strip() for c in _COLUMN_GAP.split(spaced.strip()) if c.strip()]
        if len(columns) < 2 or ":" in columns[0].rstrip(":"):
            return False
        found = _signer_row([(text, i) for i, text in enumerate(columns)])
        if found is None:
            return False
        parsed, _, _ = found
        if parsed.signed and parsed.date is None and parsed.method == "unknown":
            return False  # a role and a name with nothing that says the line was signed
        self._add_signature(parsed, line.loc(core))
        return True

    def _side_by_side_sign_offs(self, line: Line, core: str) -> bool:
        """Two or more signers on one line, in columns set apart by tabs or runs of spaces, each name followed by its
        date: "Dominic Yeboah, BCBA, LBA      11/10/2025      Lena Whitlock (guardian)      11/10/2025". Every column
        is a short name with its date, and one at least says who signs (a credential, a role in brackets or a
        signed mark). Only after the plan's content. A bar or a semicolon between labelled sign-offs sets them
        apart too: "Jo Lee, BCBA (e-signed Feb 2, 2026) | Parent: Ana Ruiz (e-signed Feb 2, 2026)"."""
        marked = _SIGN_OFF_BREAK.search(core) is not None
        if "\t" not in core and "   " not in core and not marked:
            return self._run_together_sign_offs(line, core)
        if not (self.section.key == "signatures" or self._signing_zone()):
            return False
        columns = [
            c.strip()
            for piece in _SIGN_OFF_BREAK.split(core.strip())
            for c in _COLUMN_GAP.split(piece.strip())
            if c.strip() and not re.fullmatch(r"[|;]+", c.strip())
        ]
        if any(":" in c for c in columns):
            return self._side_by_side_labelled(line, columns)
        if "\t" not in core and "   " not in core:
            return False
        if len(columns) < 3:
            return False
        found: list[tuple[SignatureText, str]] = []
        i = 0
        while i < len(columns):
            text = columns[i]
            if _bare_date(text):
                return False  # a date with no name before it
            date_text = columns[i + 1] if i + 1 < len(columns) and _bare_date(columns[i + 1]) else None
            parsed = parse_signature(None, text, date_text)
            if (
                parsed is None
                or parsed.name is None
                or parsed.date is None
                or not plausible_name(parsed.name)
                or len(parsed.name.split()) > 4
            ):
                return False
            found.append((parsed, f"{text}  {date_text}" if date_text else text))
            i += 2 if date_text else 1
        if len(found) < 2 or not any(p.credential or p.role_label or p.method != "unknown" for p, _ in found):
            return False
        for parsed, piece in found:
            self._add_signature(parsed, line.loc(piece))
        return True

    def _run_together_sign_offs(self, line: Line, core: str) -> bool:
        """ "Client signature: Ana Ruiz  Date: 05/02/2026  Therapist signature: Jo Lee, LMFT  Date: 05/03/2026": two
        signature labels on one line with only a space or two between them (cells of a one-row table, or a line
        typed without tab stops). Each signature label starts a signer of its own (see _side_by_side_labelled)."""
        if core.count(":") < 3 or not (self.section.key == "signatures" or self._signing_zone()):
            return False
        segments = split_labels(core)
        starts = [
            i
            for i, seg in enumerate(segments)
            if seg.label and _SIGNATURE_WORD.search(seg.label) and not _DATE_LABEL.fullmatch(seg.label.strip())
        ]
        if len(starts) < 2:
            return False
        columns = [
            core[seg.start : segments[i + 1].start if i + 1 < len(segments) else len(core)].strip()
            for i, seg in enumerate(segments)
            if seg.label or i == 0
        ]
        if len(columns) != len(segments):
            return False
        return self._side_by_side_labelled(line, columns)

    def _side_by_side_labelled(self, line: Line, columns: list[str]) -> bool:
        """ "Lead BCBA: Ophelia Grant, BCBA — signed 02/23/2026     Guardian: Wren Brightwater — signed 02/23/2026":
        two or more labelled sign-offs side by side; a "Date: ..." column dates the signer before it."""
        groups: list[tuple[str, str, str | None, str]] = []  # role label, value, date text, the columns' text
        for text in columns:
            segments = signer_segments(text)
            first = segments[0]
            if first.label is None:
                # "Jo Lee, BCBA (e-signed Feb 2, 2026)": a signer named by a credential or a role in brackets,
                # with a date, needs no label
                parsed = parse_signature(None, text)
                if (
                    parsed is None
                    or parsed.name is None
                    or parsed.date is None
                    or not (parsed.credential or parsed.role_label)
                    or not plausible_name(parsed.name)
                ):
                    return False
                groups.append(("", text, None, text))
                continue
            if _DATE_LABEL.fullmatch(first.label.strip()) and len(segments) == 1:
                if not groups or groups[-1][2] is not None:
                    return False
                role, value, _, piece = groups[-1]
                groups[-1] = (role, value, first.value, f"{piece}   {text}")
                continue
            if not is_role_label(first.label) or _NOT_A_SIGNER.search(first.label):
                return False
            if re.fullmatch(r"(?:printed\s+)?name|signer", first.label.strip(), re.I):
                return False
            date_text = next(
                (seg.value for seg in segments[1:] if seg.label and _DATE_LABEL.fullmatch(seg.label.strip())), None
            )
            if len(segments) > 1 and date_text is None:
                return False
            groups.append((first.label, first.value, date_text, text))
        if len(groups) < 2:
            return False
        found: list[tuple[SignatureText, str]] = []
        for role, value, date_text, piece in groups:
            parsed = parse_signature(f"{role} signature" if role else None, value, date_text)
            if parsed is None or (parsed.name is not None and not plausible_name(parsed.name)):
                return False
            if parsed.signed and parsed.date is None:
                return False  # a role and a name with nothing that says it was signed
            found.append((parsed, piece))
        for parsed, piece in found:
            self._add_signature(parsed, line.loc(piece))
        return True

    def _date_under_signature(self, line: Line, core: str) -> bool:
        """A line that holds only a date ("December 8, 2025", "Signed March 2, 2026") within a few lines below a
        signed but undated signature of the same block (its title or license line between): that signature's
        date. Never dates a blank line, and never reaches past another signature."""
        dates = list(find_dates(core))
        if len(dates) != 1:
            return False
        date, (start, end) = dates[0]
        rest = (core[:start] + " " + core[end:]).strip(" ,.;:-–—()")
        if rest and not _DATE_WORDS_ONLY.fullmatch(rest):
            return False
        if _SIGNED_ONLY.fullmatch(rest) and self._role_line_signed(line, core, date):
            return True
        if re.fullmatch(r"dated?|fecha(?:\s*/\s*date)?|date\s*/\s*fecha", rest, re.I) and self._role_line_signed(
            line, core, date, signed_word=False
        ):
            return True  # "Jo Lee, LCSW" / "Licensed Clinical Social Worker" / "Date: 03/02/2026"
        last = self.signatures[-1] if self.signatures else None
        if last is None or last.date is not None or not last.signed or last.name is None or last.source is None:
            return False
        source = last.source
        if source.section != line.section.title:
            return False
        if line.table is None:
            if source.paragraph is None or line.paragraph is None or not 0 <= line.paragraph - source.paragraph <= 3:
                return False
        elif (source.table, source.row, source.cell) != (line.table, line.row, line.cell):
            return False
        last.date = date
        last.field_sources["date"] = line.loc(core)
        return True

    def _role_line_signed(self, line: Line, core: str, date: dt.date, *, signed_word: bool = True) -> bool:
        """ "BCBA: Jo Lee, BCBA" then "Signed: 01/26/2026" on the next line (of the same cell or paragraph run), or a
        block "Martin Albrecht, MD" / "NPI 1556312095" / "Signed electronically 07/09/2026": the line above names the
        signer (a role line, or a name with a credential and no role; a title or licence number may follow the name
        after a gap) and this one says when it was signed. Up to two detail lines (a licence or NPI number, a title,
        the practice and its phone) may stand between, all in one block of lines. Without a "signed" word ("Date:
        03/02/2026") only a name with a credential is dated so."""
        if not self._signing_zone():
            return False
        nearer = line
        for previous, text in reversed(self._recent_lines[-4:-1]):
            if not _same_block(previous, nearer):
                return False
            segments = split_labels(text)
            first = segments[0]
            parsed = None
            if len(segments) == 1 and first.label is None:
                head = _COLUMN_GAP.split(text.strip())[0].strip()
                parsed = parse_signature(None, head, core)
                if parsed is not None and (parsed.credential is None or has_digit(head)):
                    parsed = None
            elif (
                signed_word
                and len(segments) == 1
                and is_role_label(first.label or "")
                and not _NOT_A_SIGNER.search(first.label or "")
                and not re.fullmatch(r"(?:printed\s+)?name|signer", first.label or "", re.I)
            ):
                parsed = parse_signature(f"{first.label} signature", first.value, core)
            if parsed is not None and parsed.name is not None and parsed.signed and plausible_name(parsed.name):
                parsed.date = date
                if re.search(r"electronic|digital|\be-?signed|electr[oó]nic", core, re.I):
                    parsed.method = "electronic"
                if parsed.role_label is None and self.signature_role and line.table is None:
                    # "CLINICAL SUPERVISOR" over the block (in a table, a role read from another cell is no guide)
                    parsed.role_label = self.signature_role
                self._add_signature(parsed, previous.loc(text))
                return True
            if not _detail_line(text):
                return False
            nearer = previous
        return False

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
        if (
            parsed.name is not None
            and len(parsed.name.split()) < 2
            and parsed.credential is None
            and parsed.date is None
            and parsed.method == "unknown"
        ):
            return False  # "User", "MHP NPI 1450288364": one word with nothing that makes it a signature
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
        self.signatures.append(signature)
        self._named_signer = signature if from_role_line and signature.date is None else None
        self._awaiting_signer = signature if not signature.signed and signature.name is None else None
        self.signature_role = None

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
            if existing.date is None and signature.date is not None:
                existing.date = signature.date
                existing.field_sources["date"] = loc
                existing.field_sources.setdefault("name", existing.source or loc)
                existing.source = loc
            if existing.method == "unknown":
                existing.method = signature.method
            self._named_signer = self._awaiting_signer = None
            return True
        return False

    def _infer_role(self, parsed: SignatureText) -> str:
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
        if creds:
            return "clinician"
        titled = _title_role(parsed)
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


_ROLE_WITH_NOTE = re.compile(r"(?P<label>[A-Za-z][^:]{0,60}?)\s*:\s+(?=\S)")


def signer_segments(text: str) -> list[Segment]:
    """split_labels, and a signer's label with a comma in its note that split_labels leaves whole: "Guardian (mother,
    legal guardian): Ottilie Vale  01/05/2026", "Parent, guardian: Ana Ruiz", "Clinician, LCSW: Jo Lee  01/02/2026"."""
    segments = split_labels(text)
    if segments[0].label is not None:
        return segments
    found = _ROLE_WITH_NOTE.match(text)
    if found is None or "," not in found.group("label"):
        return segments
    label = found.group("label").strip()
    bare = " ".join(re.sub(r"\([^)]*\)", " ", label).split()).strip(" ,")
    if not bare or names_a_person(label) or has_digit(label) or _NOT_A_SIGNER.search(label):
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
    rest = (text[:start] + " " + text[end:]).strip(" ,.;:-–—()")
    rest = re.sub(r"\s*:\s*", " ", rest).strip()
    return bool(rest) and bool(_DATE_WORDS_ONLY.fullmatch(rest) or _DATE_LABEL.fullmatch(rest))


def signed_line_after_details(lines: list[str]) -> int | None:
    """The index of the "Signed: 12/01/2025" line under a signer's name line (lines[0]), with at most two detail
    lines between ("NPI 1765402197", "License #PS-018822", a title); None when the block has no such line."""
    if len(lines) < 2 or not lines[0].strip() or has_digit(lines[0]):
        return None
    for at in range(1, min(len(lines), 4)):
        if signed_date_line(lines[at]):
            return at
        if not _detail_line(lines[at]):
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
            if role == "signature" and texts and all(_bare_date(t) for t in texts):
                roles[position] = "sign_date"  # "Signed" over "02/02/2026": when, not who
                break
    if "name" not in roles.values() and "signature" not in roles.values():
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
            if all(
                n is not None and plausible_name(n) and len(n.split()) >= 2 and normalize_signature_role(n) == "other"
                for n in names
            ):
                # "Clinician" or "Signer" over "Tomasina Marchetti": the signers' names (a "role" column that
                # holds only names says nothing of the role)
                roles[position] = "name"
                break
    return roles


def credential_names_role(text: str) -> bool:
    """ "Member", "Client", "Parent": a signer table's credential cell that says who signed, not a credential."""
    bare = " ".join(text.split()).strip(" :")
    if not bare or len(bare.split()) > 4 or has_digit(bare) or find_credentials(bare):
        return False
    return normalize_signature_role(bare) != "other"


def _blank_date(text: str) -> bool:
    """ "Date: ________", "Fecha / Date: ____": a date line left blank under a signer's name."""
    head, _, rest = text.partition(":")
    return bool(_DATE_LABEL.fullmatch(head.strip())) and bool(re.fullmatch(r"[_\s.]{3,}", rest))


def _bare_date(text: str) -> bool:
    """ "11/10/2025", "Nov 10, 2025 3:05 PM": a column that holds one date and nothing else."""
    dates = list(find_dates(text))
    if len(dates) != 1:
        return False
    start, end = dates[0][1]
    lead = text[:start].strip(" :")
    if lead and (_DATE_WORDS_ONLY.fullmatch(lead) or _DATE_LABEL.fullmatch(lead)):
        lead = ""  # "signed 06/16/2025", "Date: 1/2/2026"
    rest = _DATE_WORDS.sub(" ", lead + " " + text[end:])
    return not re.search(r"[A-Za-z]", re.sub(r"\d{1,2}:\d{2}", " ", rest))


def _signer_role_text(text: str) -> str | None:
    """The signer a row's first cell names ("Parent / Guardian", "Child (assent; required 14+)"), or None."""
    bare = " ".join(re.sub(r"\([^)]*\)", " ", text).split()).rstrip(":").strip()
    head = re.split(r"\s+[—–]+\s+|\s+-{1,2}\s+|\s*:\s+", bare)[0].strip()
    if head != bare and 0 < len(head.split()) <= 5 and normalize_signature_role(head) != "other":
        # "Medical director — reviewed and countersigned", "Supervisor: approved": the signer, then what they did
        if not has_digit(head) and not _NOT_A_SIGNER.search(head):
            name, credential = split_name_credential(head)
            if not (name is not None and credential is not None and plausible_name(name)):
                return head
    if not bare or len(bare.split()) > 5 or has_digit(bare) or _NOT_A_SIGNER.search(bare):
        return None
    name, credential = split_name_credential(bare)
    if name is not None and credential is not None and plausible_name(name):
        return None  # "Colette Marchetti, LCSW": a signer's name and credential, not a role
    if normalize_signature_role(bare) != "other":
        return text
    if len(text) <= 60 and normalize_signature_role(text) != "other":
        return text  # "Reviewed and approved (psychiatrist)"
    return None


def is_sign_off_row(texts: list[tuple[str, int]]) -> bool:
    """True when a table row (cell texts with their columns) reads as one sign-off (see _signer_row)."""
    return _signer_row(texts) is not None


def _signer_row(texts: list[tuple[str, int]]) -> tuple[SignatureText, int, str] | None:
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
            if _DATE_LABEL.fullmatch(pending_label) and date_value is None:
                date_value = text
            pending_label = None
            continue
        if _DATE_LABEL.fullmatch(bare) or (
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
        if ":" in text and not _STATUS_WORD.search(text):
            continue  # "Initials: RK", "NPI: 123...": another field of the row
        if name_value is None:
            name_value, col = text, cell_col
    if name_value is None and not blank_line:
        return None
    if name_value is not None and date_value is None and not _STATUS_WORD.search(name_value):
        return None  # a role and a name but nothing saying it is a signature
    parsed = parse_signature(f"{role} signature", name_value or "", date_value)
    if parsed is None and name_value is not None and re.search(r"[A-Za-z]{3,}", name_value):
        return None  # "Client — will attend 3 groups weekly — by 02/01/2026": words, not a signer
    if parsed is None:
        parsed = SignatureText(role_label=role, name=None, credential=None, date=None, signed=False)
    if parsed.name is not None and not plausible_name(parsed.name):
        return None
    text = " | ".join(t for t, _ in texts)
    return parsed, col, text


_DATE_LEAD = re.compile(
    r"^\s*(?:date(?:\s+signed)?|(?:(?:e-?|electronically\s+|digitally\s+)?(?:co-?|counter)?signed|reviewed|approved|"
    r"certified|attested)(?:\s+(?:electronically|digitally))?(?:\s+on)?|dated|fecha|"
    r"firmad[oa](?:\s+(?:electr[oó]nicamente|digitalmente))?(?:\s+el)?)\s*:?\s*"
    r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.I,
)
# a bar, or a semicolon before the next signer's label, between two sign-offs on one line
_SIGN_OFF_BREAK = re.compile(r"\s*\|\s*|;\s+(?=[A-Z][\w /&'’()-]{0,40}:\s)")
# a dash or a bar between the columns of a sign-off line (spaced, so "Strand-Okonjo" stays one name)
_DASH_COLUMN = re.compile(r"\s+[—–|]\s+|\s+-{1,2}\s+")
_STATUS_WORD = re.compile(r"\bsigned\b|\bsignature\b|/e?s/", re.I)
_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:am|pm|[ECMP][SD]T|UTC)\b", re.I
)


def _caption_role(text: str) -> str | None:
    """What a caption under a signature line names: "signer" ("Patient signature", "Responsible clinical staff
    member", "Physician review: I have reviewed this plan"), "date" ("Date", "Date signed"), or None."""
    bare = text.strip().rstrip(":").strip()
    if has_digit(bare) and "_" not in bare:
        bare = signature_caption(bare) if _SIGNATURE_WORD.search(bare) else _CAPTION_NUMBER.sub("", bare)  # "17. Date"
    if not bare or has_digit(bare) or "_" in bare:
        return None
    if _DATE_LABEL.fullmatch(bare):
        return "date"
    if len(bare.split()) > 12 or _NOT_A_SIGNER.search(bare):
        return None
    head = bare.split(":")[0]
    parsed = parse_signature(None, head)
    if parsed is not None and parsed.credential is not None and parsed.name is not None and plausible_name(parsed.name):
        return None  # "Viktor Ilyin, MD /s/ electronically": a signer's name, not a caption
    if re.search(r"signature|^sign\b", head, re.I) or normalize_signature_role(head) != "other":
        return "signer"  # not "Ana Ruiz (signed)": a signed value, not a caption
    return None


_TITLE_SPLIT = re.compile(r"\s*(?:,|\s[—–-]\s|\(|\)|\||\s{2,}|\t)\s*")


def _title_role(parsed: SignatureText) -> str | None:
    """The role a job title written after the signer's name gives ("Marcus Fielding, BA, Recovery Counselor",
    "Jo Lee — Staff Psychologist", "Ann Poe (Clinical Supervisor)"): clinician, supervisor or physician, or None.
    Only the pieces after the name count; a relation ("client", "mother") never makes a professional."""
    if not parsed.name or not parsed.signed:
        return None
    text = parsed.text.split(":", 1)[1] if ":" in parsed.text else parsed.text
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


# a form box's number before its caption ("17. Signature of SLP", "Box 18 - Physician signature", "(18)")
_CAPTION_NUMBER = re.compile(r"^\s*(?:box\s+)?\(?\d{1,2}[a-z]?\)?\s*[.):-]?\s+", re.I)
# what a signature caption adds after its signer: "— I certify the need for these services", ": I have reviewed ..."
_CAPTION_REMARK = re.compile(r"\s+[—–-]+\s+.*$|\s*:\s+.*$|\s*\((?:[^()]*)\)")


def signature_caption(text: str) -> str:
    """A signature column's caption without its form-box number, its hint in brackets and the attestation after
    a dash: "17. Signature of SLP (name/credentials)" -> "Signature of SLP", "18. Physician signature — I certify
    the need for these services" -> "Physician signature". Other text comes back as written (spaces folded)."""
    bare = " ".join(text.split())
    core = _CAPTION_REMARK.sub("", _CAPTION_NUMBER.sub("", bare)).strip(" :")
    return core if core and re.search(r"signature|\bfirma\b", core, re.I) else bare


def _signature_header(text: str) -> bool:
    """ "BCBA signature", "Firma del cliente / Client signature", "Signature", "17. Signature of SLP (name/
    credentials)": a header over a signature column (not "Signature date" or "Date signed", which head a date
    column)."""
    bare = signature_caption(text).rstrip(":").strip()
    if len(bare.split()) > 8 or has_digit(bare) or _DATE_LABEL.fullmatch(bare):
        return False
    if re.search(r"\bdate\b|\bfecha\b", bare, re.I):
        return False
    return bool(re.search(r"signature|\bfirma\b", bare, re.I))


def _same_block(previous: Line, line: Line) -> bool:
    """True when `previous` is the line just above `line` in one block: the next paragraph (or the same one, its
    lines broken), or the same table cell."""
    if previous.table is None and line.table is None:
        return previous.paragraph is not None and line.paragraph is not None and 0 <= line.paragraph - previous.paragraph <= 1
    return (previous.table, previous.row, previous.cell) == (line.table, line.row, line.cell)


_DETAIL_LABEL = re.compile(
    r"npi|licen[cs]e(?:\s*(?:no\.?|number|#))?|lic\.?(?:\s*#)?|phone|tel|fax|e-?mail|title|position|"
    r"credentials?|taxonomy|dea|cert(?:ification)?(?:\s*(?:no\.?|number|#))?",
    re.I,
)


def _detail_line(text: str) -> bool:
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
    name, credential = split_name_credential(_COLUMN_GAP.split(bare)[0])
    return not (name is not None and credential is not None and plausible_name(name))  # another signer


_SIGNER_HEADING = re.compile(
    r"(?:the\s+)?(?:client|patient|member|parent|guardian|parent/guardian|caregiver|clinician|"
    r"therapist|counselor|counsellor|provider|supervisor|clinical supervisor|physician|psychiatrist|psychologist|bcba|"
    r"certifying physician|attending physician|referring physician|treating therapist|treating clinician|"
    r"rendering provider|primary counselor|case manager|nurse|qualified professional|"
    r"legal guardian|legal representative|family member|staff)(?:\s+signature)?",
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
    if not text or not _signer_heading_text(text):
        return None
    return text if normalize_signature_role(text) in ("clinician", "supervisor", "physician") else None
