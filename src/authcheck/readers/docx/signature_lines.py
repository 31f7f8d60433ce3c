"""Signatures written in paragraphs and lines: sign-off lines, signature and e-signature statements.

"Therapist: Jane Doe, PT   01/13/26", "Signature: ____  Date: ____" with the name typed on the line
below, "Electronically signed by ... on ...", approvals ("Reviewed and approved by: ..."), several
signers in one sentence or side by side in columns, and a signed date on its own line under a signer's
name. `SignatureLinesMixin`, a mixin of the DOCX plan builder (see docx.build), reads them and records
each one through `SignaturesMixin` (docx.signatures).
"""

from __future__ import annotations

import datetime as dt
import re

from authcheck.model import Signature, SourceLocation
from authcheck.model.vocab import normalize_signature_role
from authcheck.parsing import find_dates
from authcheck.readers.docx.label_split import Segment, split_labels
from authcheck.readers.docx.labels import field_key, subfield_key
from authcheck.readers.phrases import (
    SignatureText,
    says_unsigned,
    has_digit,
    split_name_date,
    blank_value,
    first_date,
    looks_like_signature,
    parse_signature,
    plausible_name,
    split_name_credential,
)
from authcheck.readers.phrases.signature_text import SIGNING_SYSTEM
from authcheck.readers.docx.signatures import (
    COLUMN_GAP,
    DATE_LABEL,
    DATE_WORDS_ONLY,
    NOT_A_SIGNER,
    ON_FILE,
    SIGNATURE_WORD,
    SIGNED_ONLY,
    TIME_OF_DAY,
    SignaturesMixin,
    bare_date,
    detail_line,
    fuller_name,
    is_role_label,
    is_signature_label,
    signer_row,
    signer_segments,
    strip_licence,
    names_a_person,
)
from authcheck.readers.docx.signature_tables import signature_caption
from authcheck.readers.docx.blocks import Cell, Row, Table
from authcheck.readers.docx.state import Line
from authcheck.readers.docx.tables import TableKind, signer_header_roles


# "Therapist signature date", "Date therapist signed": the date of a named signer's signature
_SIGNATURE_DATE_LABEL = re.compile(
    r"(?P<role>[A-Za-z][\w /-]{1,40}?)\s+signature\s+date|date\s+(?P<role2>[A-Za-z][\w /-]{1,40}?)\s+signed", re.I
)
# a label that says the line is an approval without naming who approves: "Approved", "Reviewed and approved by"
_APPROVED_LABEL = re.compile(r"(?:reviewed\s+and\s+)?(?:approved|certified|attested)(?:\s+by)?", re.I)
_CHECKBOX = re.compile("[☐☒☑✔✓■□]")
# (the first signer's role may follow in lower case: "Signed - client: Ana Ruiz 02/10/2026; staff: Jo Lee, LMHC ...")
_RUN_IN_SIGNATURES = re.compile(
    r"\s*(?:signatures?|sign-?offs?|signed)\s*[.:—–-]\s*(?=[A-Z]|(?-i:[a-z])[\w /&'’()-]{0,40}:\s)", re.I
)
# the end of one signer's sentence and the next signer's label: ". Counselor: ", ". Qualified professional (QP): ",
# or a semicolon after the signer's date before the next signer's label, in either case: "...02/10/2026;  staff: "
_SIGNER_SENTENCE = re.compile(
    r"(?<=[\w)])\.\s+(?=[A-Z][\w /&'’()-]{0,60}:\s)|(?<=\d);\s+(?=[A-Za-z][\w /&'’()-]{0,40}:\s)"
)
_TICK_LEAD = re.compile(r"^[☒☑✔✓■]\s*")
# "Signed:" opening a list of signers parted by semicolons; a role written without a colon before a signer's name
# (the document signed may be named first: "Plan signed:", "Addendum signed:", "Update signatures:")
_SIGNED_LIST_HEAD = re.compile(
    r"^\s*(?:(?:(?:treatment\s+)?plan(?:\s+of\s+care)?|poc|addendum|amendment|update|review|revision|"
    r"recert(?:ification)?|progress\s+report|report)\s+)?(?:signed|signatures?|e-?signed|signed\s+by)\s*:\s*",
    re.I,
)
# (with or without a colon after it: "client Ana Ruiz 03/10/2025", "Parent/guardian: Ana Ruiz 03/10/2025")
_LEADING_ROLE = re.compile(r"^(?P<role>[A-Za-z][\w/'’-]*(?:\s+[a-z][\w/'’-]*)?)\s*:?\s+(?=[A-Z])")
# a spaced slash, middle dot or bullet after one signer's date: "Noor Haddadin BCBA  3/2/26  /  Moira McAllister
# (mother) 3/2/26", "Jo Lee, BCBA 03/03/2026  ·  Ana Ruiz (parent) 03/03/2026"
_DATED_SLASH_BREAK = re.compile(r"(?<=\d)\s+[/·•]\s+(?=[A-Za-z])")
# a bar, a semicolon before the next signer's label, or one of those after a date, between two sign-offs on one line
_SIGN_OFF_BREAK = re.compile(rf"\s*\|\s*|;\s+(?=[A-Z][\w /&'’()-]{{0,40}}:\s)|{_DATED_SLASH_BREAK.pattern}")
# a role opening a sign-off line, set apart from the rest by two spaces or more: "Counselor  Jo Lee, CAC  9/21/2026"
_ROLE_GAP = re.compile(r"(?P<role>[A-Za-z][\w/'’.-]*(?: [\w/'’.-]+){0,3})(?: {2,}|\t+)(?P<rest>\S.*)$")
_TWO_SPACE_GAP = re.compile(r"\t+|\s{2,}")
# a dash or a bar between the columns of a sign-off line (spaced, so "Strand-Okonjo" stays one name)
_DASH_COLUMN = re.compile(r"\s+[—–|]\s+|\s+-{1,2}\s+")


def _label_columns_joined(columns: list[str]) -> list[str]:
    """Columns with a label standing alone ("Counselor:") joined to the value after it: a tab or a run of spaces
    after a colon aligns the value, it does not start a column. A label followed by another label keeps its column
    ("Signature:<TAB>Date:<TAB>01/02/2026")."""
    joined: list[str] = []
    for column in columns:
        if joined and joined[-1].endswith(":") and ":" not in column:
            joined[-1] = f"{joined[-1]} {column}"
        else:
            joined.append(column)
    return joined


_PROFESSIONAL = ("clinician", "supervisor", "physician")


# the label of another document's sign-off filed with the plan: "Consent signed by", "Release of information signature",
# "ROI e-signed by" (a consent to the plan itself, "Consent to treatment plan signature", is the plan's)
_OTHER_DOCUMENT_SIGNER = re.compile(
    r"(?:informed\s+|treatment\s+|general\s+)?(?:consents?|releases?(?:\s+of\s+information)?|roi|waiver|"
    r"acknowledge?ments?\s+of\s+(?:receipt|rights|notices?))(?!.*\bplan\b)(?:\s+(?:to|for|of)\s+[\w-]+(?:\s+[\w-]+){0,2})?"
    r"(?:\s+form)?\s+(?:signed(?:\s+by)?|signature|e-?signed(?:\s+by)?)",
    re.I,
)
# a detail line of a sign-off: its date, a witness, a relationship
_SIGN_OFF_DETAIL = re.compile(r"(?:date(?:\s+signed)?|witness(?:ed\s+by)?|relationship|time)\b", re.I)


class SignatureLinesMixin(SignaturesMixin):
    """Signatures in paragraphs and lines: sign-off lines, e-signature statements, dates under a signer."""

    def _other_document_sign_off(self, line: Line, label: str | None) -> bool:
        """True for another document's sign-off ("Consent signed by: Ana Ruiz (client)" on a consent page) and the
        detail lines right under it in one block ("Date: 09/22/2025", "Witness: Lee Park"): that document's
        signature, not one on the plan."""
        if label and _OTHER_DOCUMENT_SIGNER.fullmatch(label.strip()):
            self._other_sign_off = line
            return True
        previous, self._other_sign_off = self._other_sign_off, None
        if previous is None or not label or not _SIGN_OFF_DETAIL.match(label.strip()):
            return False
        if not self._same_block(previous, line):
            return False
        self._other_sign_off = line
        return True

    def _same_block(self, previous: Line, line: Line) -> bool:
        """True when `previous` is the line just above `line` in one block: the same paragraph (its lines broken) or
        the next one, or the same table cell."""
        if previous.table is None and line.table is None:
            if previous.paragraph is None:
                return False
            return previous.paragraph == line.paragraph or self._next_paragraph(previous.paragraph, line.paragraph)
        return (previous.table, previous.row, previous.cell) == (line.table, line.row, line.cell)

    def _next_paragraph(self, first: int | None, second: int | None) -> bool:
        """True when body paragraph `second` follows `first` with nothing but one empty paragraph between, if any
        (a signer's name, a blank line, "Signed 11-18-2025": one block, as a reader sees it)."""
        if first is None or second is None or not 0 < second - first <= 2:
            return False
        return all(i in self.blank_paragraphs for i in range(first + 1, second))

    def _sign_off_line(self, core: str, segments: list[Segment]) -> bool:
        """A sign-off line outside a signatures heading: "Therapist: Jane Doe, PT   01/13/26",
        "Certifying practitioner: Hannah Vo, PA-C   Date signed: 01/12/2026", "Physician / NPP: ____  Date: ___",
        or a bare "Isaac Feinberg, OTR/L   01/05/2026". Only after the plan's content (see _signing_zone)."""
        if "_" not in core and not has_digit(core):
            return False  # a sign-off line carries a date or a blank line to sign on
        if not self._signing_zone():
            return False
        after = _after_statement(segments)
        if after is not None:
            return self._sign_off_line(core, after)  # "Services are medically necessary. Physician: ..."
        first = segments[0]
        labelled_date = next(
            (seg.value for seg in segments[1:] if seg.label and DATE_LABEL.fullmatch(seg.label.strip())), None
        )
        if first.label is None:
            if len(segments) > 1 and labelled_date is None:
                return False
            # "Isaac Feinberg, OTR/L   01/05/2026", "Ana Ruiz, BCBA   Signature on file   Date: 03/02/2026"
            parsed = parse_signature(None, first.value, labelled_date)
            if parsed is None or parsed.date is None or parsed.name is None or not plausible_name(parsed.name):
                return False
            # "Camille Ortiz  (parent)   3/5/26": a signer without a credential names her role in brackets, and the
            # line holds nothing but the name, the bracket and the date
            return parsed.credential is not None or (
                len(segments) == 1 and _bracketed_signer(first.value, parsed)
            )
        if not (
            is_role_label(first.label)
            or field_key(first.label) in ("provider", "patient.name")
            or _APPROVED_LABEL.fullmatch(first.label.strip())
        ):
            return False
        if NOT_A_SIGNER.search(first.label):
            return False  # "Referring physician: Dr. Ames, MD 01/02/2026" names a referral, not a sign-off
        if re.fullmatch(r"_{3,}", first.value.replace(" ", "")):
            return True  # a blank signature line
        value = first.value
        if not value.strip() and len(segments) > 1 and segments[1].label and not field_key(segments[1].label):
            value = f"{segments[1].label}: {segments[1].value}"  # "Physician review:  Reviewed and approved: ..."
        name_part, date, _ = split_name_date(value)
        for seg in segments[1:]:
            if seg.label and DATE_LABEL.fullmatch(seg.label.strip()):
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

    # the caption line last read as the caption under a sign-off line (see _caption_under_sign_off)
    _caption_below: Line | None = None

    def _caption_under_sign_off(self, line: Line, core: str, *, pending: bool = False) -> bool:
        """A paper form typed in paragraphs: a sign-off line ("/s/ Jo Lee   3/2/26", "Ana Ruiz<TAB>3/2/26", a blank
        "________   ______") with the signer's caption on the line under it ("Therapist", "Client signature<TAB>Date"),
        or several signers side by side over their captions ("Client signature   Date   Therapist signature   Date").
        The caption gives the line its signer: a signature read from the line without a role takes the caption's,
        and a name and a date that nothing else made a signature are one. Only after the plan's content, and not
        when a caption stands over the sign-off line too (captions over their lines, read as such elsewhere).
        `pending`: the line is not yet among the lines read (asked before a paragraph is taken for a heading: a
        "Client" caption is no client section); when True is returned it is recorded as read."""
        if not self._signing_zone() or len(core) > 160 or ":" in core.rstrip(":"):
            return False
        columns = [c.strip() for c in COLUMN_GAP.split(core.strip()) if c.strip()]
        printed = [_caption_printed_name(c) for c in columns]  # "Supervising Counselor (Leticia Obuya)"
        columns = [caption if caption is not None else c for c, (caption, _) in zip(columns, printed)]
        kinds = [_line_caption(c) for c in columns]
        signers = [i for i, kind in enumerate(kinds) if kind == "signer"]
        if None in kinds or not signers or len(columns) > 2 * len(signers):
            return False
        names = [printed[i][1] for i in signers]
        captions = [signature_caption(columns[i]) for i in signers]
        roles = [normalize_signature_role(c) for c in captions]
        if "other" in roles:
            return False
        recent = [*self._recent_lines, (line, core)] if pending else self._recent_lines
        if len(recent) < 2:
            return False
        above, value = recent[-2]
        if not self._same_block(above, line) or above.section.title != line.section.title:
            return False
        if len(recent) >= 3:
            before, before_text = recent[-3]
            if (
                self._same_block(before, above)
                and before is not self._caption_below
                and all(_line_caption(c) for c in COLUMN_GAP.split(before_text.strip()) if c.strip())
            ):
                return False  # a caption over the sign-off line as well: the captions head their lines
        here = (above.section.title, above.paragraph, above.table, above.row, above.cell)
        recorded: list[Signature] = []
        for signature in reversed(self.signatures):
            where = signature.source
            if where is None or (where.section, where.paragraph, where.table, where.row, where.cell) != here:
                break
            recorded.insert(0, signature)
        if recorded:
            # the line was read as sign-offs already: each caption names the signer above it, in order
            # a role only inferred from a professional's credential ("Gabriela Nunez, LAADC" read as a clinician)
            # gives way to the caption that names it ("Supervising counselor"); a role the line or a heading named
            # does not
            inferred = normalize_signature_role(value) == "other"
            if len(recorded) != len(roles) and self._reread_under_captions(line, above, value, columns, kinds, captions, recorded):
                self._caption_below = line
                self._read_caption(line, core, pending)
                return True
            if len(recorded) != len(roles) or any(
                s.role not in ("other", r)
                and not (inferred and id(s) in self.roles_guessed and s.role in _PROFESSIONAL and r in _PROFESSIONAL)
                for s, r in zip(recorded, roles)
            ):
                return False  # the line names its own signers
            for signature, role, name in zip(recorded, roles, names):
                signature.role = role
                if signature.name is None and name is not None:
                    signature.name = name
                    signature.field_sources["name"] = line.loc(core)
            self._caption_below = line
            self._read_caption(line, core, pending)
            return True
        found = _captioned_values(value, columns, kinds, captions)
        if found is None:
            return False
        free = self.free[-1] if self.free else None
        if free is not None and value in (free.text or "") and above.holds(free.source):
            self.free.pop()  # the sign-off line, kept as text until its caption was read
        for (parsed, piece), name in zip(found, names):
            if parsed.name is None and name is not None:
                parsed.name = name  # a blank line over "Supervising Counselor (Leticia Obuya)": hers, unsigned
            self._add_signature(parsed, above.loc(piece))
        self._caption_below = line
        self._read_caption(line, core, pending)
        return True

    def _reread_under_captions(
        self,
        line: Line,
        above: Line,
        value: str,
        columns: list[str],
        kinds: list[str | None],
        captions: list[str],
        recorded: list[Signature],
    ) -> bool:
        """ "Owen Sallow, LCSW<TAB>Renata Pike   02/11/2026" over "Therapist signature<TAB>Client signature / date": the
        line above was read as one signer, but the captions under it name more, one per column. The line is read again,
        column by column under its captions, and replaces what was read (True); False leaves it as read."""
        if len(captions) < 2 or len(recorded) >= len(captions):
            return False
        found = _captioned_values(value, columns, kinds, captions)
        if found is None or len(found) != len(captions):
            return False
        for signature in recorded:
            self.signatures.remove(signature)
            self.roles_guessed.discard(id(signature))
        self._named_signer = self._awaiting_signer = None
        for parsed, piece in found:
            self._add_signature(parsed, above.loc(piece))
        return True

    def _read_caption(self, line: Line, core: str, pending: bool) -> None:
        if pending:
            self._line_before, self._line_now = self._line_now, (line, core)
            self._recent_lines = [*self._recent_lines[-4:], (line, core)]

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
            if not first.label or not is_role_label(first.label) or NOT_A_SIGNER.search(first.label):
                return False
            date_value = next(
                (seg.value for seg in segments[1:] if seg.label and DATE_LABEL.fullmatch(seg.label.strip())), None
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

    def _signed_list(self, line: Line, core: str) -> bool:
        """Several signers listed after one "Signed:", parted by semicolons, each with a date: "Signed: Samuel
        Whitehorse, LCSW 03/10/2025; client Loretta M. Abeyta 03/10/2025". The first may name no role (the plan's
        author); each one after it opens with its role, written without a colon ("client", "parent", "supervisor")."""
        head = _SIGNED_LIST_HEAD.match(core)
        if head is None or ";" not in core:
            return False
        pieces = [p.strip().rstrip(".").strip() for p in core[head.end() :].split(";")]
        if len(pieces) < 2 or not all(pieces):
            return False
        parsed_pieces = []
        for i, piece in enumerate(pieces):
            if len(list(find_dates(piece))) != 1:
                return False
            role = _LEADING_ROLE.match(piece)
            if role is not None and not is_role_label(role.group("role")):
                role = None
            if role is not None and NOT_A_SIGNER.search(role.group("role")):
                return False  # "...; referring physician: Jo Lee, MD 03/10/2025" names a referral, not a signer
            label = f"{role.group('role')} signature" if role else "Signature"
            parsed = parse_signature(label, piece[role.end() :] if role else piece)
            if parsed is None or parsed.name is None or parsed.date is None or not plausible_name(parsed.name):
                return False
            if role is None and i and not (parsed.role_label and is_role_label(parsed.role_label)):
                # "...; Ana Ruiz 03/10/2025": a second signer must say who signs, before the name or after it
                # ("...; Gábor Farkas, father/guardian (03/09/2026)", "...; Ana Ruiz (mother) 03/10/2025")
                return False
            if parsed.role_label and NOT_A_SIGNER.search(parsed.role_label):
                return False
            parsed_pieces.append((piece, parsed))
        for piece, parsed in parsed_pieces:
            self._add_signature(parsed, line.loc(piece))
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
        if COLUMN_GAP.search(name_part.strip()):
            # "Kyle Brandvold, DC<TAB>1620447817<TAB>K. Brandvold, DC<TAB>01/23/2026" under "Physician<TAB>NPI<TAB>
            # Signature<TAB>Date": the values of the columns; the signer is the first that names a person
            name_part = next(
                (c for c in COLUMN_GAP.split(name_part.strip()) if (n := split_name_credential(c)[0]) and plausible_name(n)),
                name_part,
            )
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

    def _tab_signer_rows(self, line: Line, core: str) -> bool:
        """A signer table typed with tab stops: a header line of signer columns ("Certifying practitioner<TAB>NPI<TAB>
        Signature<TAB>Date") and one sign-off a line under it ("Marguerite Olsen, NP<TAB>1234567893<TAB>/s/<TAB>
        02/11/2026"), in one block of lines. The lines are read like the rows of a signer table (see
        record_tables); True when this line was one of them."""
        header = self._tab_signer_header
        if "\t" not in core:
            self._tab_signer_header = None
            return False
        columns = [c.strip() for c in core.split("\t")]
        if header is not None and self._same_block(header[0], line):
            head_columns = [c.strip() for c in header[1].split("\t")]
            if len(columns) <= len(head_columns) + 1 and any(columns):
                rows = [
                    Row(0, [Cell(i, [text]) for i, text in enumerate(head_columns)]),
                    Row(1, [Cell(i, [text]) for i, text in enumerate(columns)]),
                ]
                roles = signer_header_roles(rows[0]) or {}
                before = len(self.signatures)
                self._signatures_table(Table(None, rows), TableKind("signatures", roles, 0))  # type: ignore[attr-defined]
                for signature in self.signatures[before:]:
                    signature.source = line.loc(core)
                self._tab_signer_header = (line, header[1])  # the next line may be the next signer
                return True
        self._tab_signer_header = None
        if not (self.section.key == "signatures" or self._signing_zone()):
            return False
        if signer_header_roles(Row(0, [Cell(i, [text]) for i, text in enumerate(columns)])) is None:
            return False
        self._tab_signer_header = (line, core)
        self._free(line, core)  # kept with the section's text, as a table's header row is
        return True

    def _signature_like(self, core: str, segments: list[Segment]) -> bool:
        if "_" in core or any(True for _ in find_dates(core)):
            return True
        name, credential = split_name_credential(core)
        return credential is not None and name is not None and len(core.split()) <= 8

    def _signature_line(
        self, line: Line, core: str, segments: list[Segment], *, role_line: bool = False
    ) -> bool:
        if self._signature_date_under_signer(line, segments) or self._date_row_under_signer(line, segments):
            return True
        after = _after_statement(segments)
        if after is not None:
            # "I certify the need for these services. Physician: Naomi Fairbanks, DO   Date: 07/09/2026": a converted
            # form's statement run into the sign-off line under it; the line is read from the signer's label on
            segments, role_line = after, True
        label = None
        value = core
        date_value = None
        first = segments[0]
        printed = None
        signed_at = next(
            (
                i
                for i, seg in enumerate(segments)
                if i
                and is_signature_label(seg.label)
                # "Therapist: Jo Lee, PT   Signed: 01/21/2026": a "Signed" that only dates the line names no signer
                and ("signature" in (seg.label or "").lower() or not (bare_date(seg.value) or blank_value(seg.value)))
            ),
            None,
        )
        if (
            signed_at is not None
            and first.label
            and is_role_label(first.label)
            and not SIGNATURE_WORD.search(first.label)
        ):
            # "Clinician: Jonah Feld, LICSW    Signature: Jonah Feld, LICSW    Date: ____": the role names the signer
            printed = first.value
            segments = [
                Segment(f"{first.label} signature", segments[signed_at].value, first.start, segments[signed_at].value_start),
                *segments[signed_at + 1 :],
            ]
            first = segments[0]
        elif (
            signed_at is None
            and first.label
            and is_role_label(first.label)
            and not SIGNATURE_WORD.search(first.label)
            and (inline := _INLINE_SIGNATURE.search(first.value)) is not None
        ):
            # "Intern: Rachel Amadi, MA (Graduate Intern)   signature: R. Amadi   Date: ...": a lower-case
            # "signature:" after a gap, which the label split leaves inside the value
            printed = first.value[: inline.start()]
            segments = [
                Segment(f"{first.label} signature", first.value[inline.end() :], first.start, first.value_start + inline.end()),
                *segments[1:],
            ]
            first = segments[0]
        elif signed_at is not None and first.label is None and (
            _CHECKBOX.search(first.value) or blank_value(first.value)
        ):
            # "☒ Certify  ☐ N/A   Physician signature: Helen Ferris, DO   Date: ...": boxes before the signature
            segments = segments[signed_at:]
            first = segments[0]
        if first.label and (role_line or SIGNATURE_WORD.search(first.label)):
            label, value = first.label, first.value
            inner = split_labels(value) if normalize_signature_role(label) == "other" else [Segment(None, "", 0, 0)]
            if inner[0].label and is_role_label(inner[0].label) and not NOT_A_SIGNER.search(inner[0].label):
                label, value = f"{inner[0].label} signature", inner[0].value  # "Signatures: Client: Ana Ruiz  Date: ..."
                segments = [segments[0], *inner[1:], *segments[1:]]
            for seg in segments[1:]:
                if seg.label and DATE_LABEL.fullmatch(seg.label.strip()):
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
                if seg.label and DATE_LABEL.fullmatch(seg.label.strip()):
                    date_value = seg.value
                    value = segments[0].value
        parsed = parse_signature(label, value, date_value)
        if parsed is None:
            if self._blank_line_under_signer(line, label, value, date_value):
                return True
            return self._date_for_last_signature(line, core)
        if printed:
            fuller_name(parsed, printed)
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
        if found is None or not bare_date(segments[0].value):
            return False
        role = found.group("role") or found.group("role2")
        before = self._line_before
        if before is None or normalize_signature_role(role) == "other":
            return False
        previous, text = before
        if previous.section.title != line.section.title or (previous.table, previous.row) != (line.table, line.row):
            return False
        if previous.table is None and not self._next_paragraph(previous.paragraph, line.paragraph):
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

    def _table_opens_under(self, line: Line, above: SourceLocation) -> bool:
        """True when `line`, a row of a form table (the first three rows at most), is read right after the paragraph
        `above` with only earlier rows of the same table between: "Jo Lee, MD" over the rows "Date signed | 04/08/2026"
        and "NPI | 1234567893", the signer's details laid out as a form table under the name."""
        if line.row is None or line.row > 2:
            return False
        for previous, _ in reversed(self._recent_lines[:-1]):
            if previous.table == line.table and previous.row is not None and previous.row < line.row:
                continue  # an earlier row of this table ("NPI | ..." over "Date signed | ...")
            return previous.table is None and previous.holds(above)
        return False

    def _statement_then_sign_off(self, line: Line, core: str, segments: list[Segment]) -> bool:
        """ "I certify the need for these services. Physician: Naomi Fairbanks, DO   Date: 07/09/2026": an attestation
        run into the sign-off line under it (a converted form). Read as that sign-off line (True); False for a
        statement alone or one followed by anything but a signer's label and value."""
        return _after_statement(segments) is not None and self._signature_line(line, core, segments)

    def _date_row_under_signer(self, line: Line, segments: list[Segment]) -> bool:
        """A signer's form table or block of lines: "Certifying physician | Ruth Adebayo-Klein, MD", "NPI | ...",
        "Signature | ... (signed electronically)", "Date signed | 09/14/2026". The date row, naming no signer, dates
        the signature read just above it (signed, undated) in the same table (three rows up at most) or in the
        paragraphs just above. True when it did."""
        if len(segments) != 1 or not segments[0].label or not DATE_LABEL.fullmatch(segments[0].label.strip()):
            return False
        date = first_date(segments[0].value) if bare_date(segments[0].value) else None
        last = self.signatures[-1] if self.signatures else None
        if date is None or last is None or last.date is not None or not last.signed or last.source is None:
            return False
        above = last.source
        if above.section != line.section.title:
            return False
        if line.table is not None and above.table is None:
            if not self._table_opens_under(line, above):
                return False
        elif line.table is not None:
            if above.table != line.table or above.row is None or line.row is None or not 0 < line.row - above.row <= 3:
                return False
        elif above.table is not None or above.paragraph is None or line.paragraph is None:
            return False
        elif not 0 < line.paragraph - above.paragraph <= 3:
            return False
        last.date = date
        last.field_sources["date"] = line.loc(line.text.strip())
        return True

    def _ticked_sign_off(self, core: str) -> str | None:
        """ "☒ Client signed: Ana Ruiz   Date: 01/16/2026", "✔ Therapist: Jo Lee, LPC — e-signed 01/27/2026": a
        ticked box before a sign-off line. The line without the box, or None when it is not such a line."""
        tick = _TICK_LEAD.match(core)
        if tick is None or not (self.section.key == "signatures" or self._signing_zone()):
            return None
        rest = core[tick.end() :]
        first = split_labels(rest)[0]
        if not first.label or not (is_role_label(first.label) or SIGNATURE_WORD.search(first.label)):
            return None
        if NOT_A_SIGNER.search(first.label):
            return None
        if not (looks_like_signature(first.label, rest) or any(True for _ in find_dates(rest)) or "_" in rest):
            return None
        return rest

    def _column_sign_off(self, line: Line, core: str) -> bool:
        """A sign-off laid out in columns by tabs or runs of spaces, with no colon after the role:
        "COUNSELOR      Jo Lee, SUDCC  e-signed 02/02/2026 14:20", "Client<tab>Ana Ruiz<tab>Date<tab>1/8/26".
        Read like a sign-off row of a table (see signer_row); only after the plan's content. A typewriter form's
        underscored line works the same way: "Primary counselor ____Claudette Renaud, CADC-I____ Date 10/09/2025"."""
        spaced = core
        if ":" not in core and re.search(r"_{3,}", core):
            spaced = re.sub(r"\s*_{3,}\s*", "\t___\t", core)
        if _DASH_COLUMN.search(spaced):
            # "Medical director — Roxanne Petrosyan, DO — reviewed Oct 16, 2026", "Client | Ana Ruiz | 01/05/2026":
            # dashes or bars set the columns apart
            spaced = _DASH_COLUMN.sub("\t", spaced)
        lead = _ROLE_GAP.match(spaced.strip())
        if lead is not None and (
            not is_role_label(lead.group("role")) or spaced.strip()[lead.end("role") : lead.start("rest")] != "  "
        ):
            lead = None  # only a role set apart by exactly two spaces needs this; wider gaps split as columns below
        if "\t" not in spaced and "   " not in spaced and lead is None:
            return False
        if not (self.section.key == "signatures" or self._signing_zone()):
            return False
        columns = [c.strip() for c in COLUMN_GAP.split(spaced.strip()) if c.strip()]
        if lead is not None:
            # "Client signature  Ana Ruiz   9/21/2026", "Counselor  Jo Lee, CAC  9/21/2026": a role set apart from
            # its signer by a gap of two spaces
            rest = lead.group("rest")
            gap = COLUMN_GAP if ("\t" in rest or "   " in rest) else _TWO_SPACE_GAP
            columns = [lead.group("role")] + [c.strip() for c in gap.split(rest) if c.strip()]
        if len(columns) < 2 or ":" in columns[0].rstrip(":"):
            return False
        if len(columns) == 2:
            columns = [columns[0], *_name_then_date(columns[1])]  # "Therapist - Lionel Baptiste, PT  11/3/25"
        found = signer_row([(text, i) for i, text in enumerate(columns)])
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
            for c in COLUMN_GAP.split(piece.strip())
            if c.strip() and not re.fullmatch(r"[|;]+", c.strip())
        ]
        columns = _label_columns_joined(columns)
        if len(columns) < 2:
            return False  # "Counselor:<TAB>Jo Lee, CADC — signed 02/23/2026": one sign-off, its value aligned by a tab
        head = _SIGNED_LIST_HEAD.match(columns[0])
        if head is not None and columns[0][head.end() :].strip():
            # "Signed:  Priya Venkataraman  03/20/2026      Roland Meeks, LPC  03/20/2026": one "Signed:" heads the
            # signers side by side after it, each a name with its date
            columns = [columns[0][head.end() :].strip(), *columns[1:]]
        if any(":" in c for c in columns):
            return self._side_by_side_labelled(line, columns)
        if "\t" not in core and "   " not in core and not _DATED_SLASH_BREAK.search(core):
            return False
        if len(columns) < 2:
            # (two columns may be two signers, each a name with its date: "Ana Ruiz  2/19/2026     Jo Lee, LMHC  2/19/2026")
            return False
        found: list[tuple[SignatureText, str]] = []
        i = 0
        while i < len(columns):
            text = columns[i]
            if bare_date(text):
                return False  # a date with no name before it
            date_text = columns[i + 1] if i + 1 < len(columns) and bare_date(columns[i + 1]) else None
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
            if seg.label and SIGNATURE_WORD.search(seg.label) and not DATE_LABEL.fullmatch(seg.label.strip())
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
            if first.label is None and len(segments) == 1 and bare_date(text) and groups and groups[-1][2] is None:
                # "BCBA: Jo Lee, BCBA   signed 02/16/2026     Guardian: Ana Ruiz   signed 02/18/2026": the date
                # column of the signer before it
                role, value, _, piece = groups[-1]
                groups[-1] = (role, value, text, f"{piece}   {text}")
                continue
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
            if DATE_LABEL.fullmatch(first.label.strip()) and len(segments) == 1:
                if not groups or groups[-1][2] is not None:
                    return False
                role, value, _, piece = groups[-1]
                groups[-1] = (role, value, first.value, f"{piece}   {text}")
                continue
            if not is_role_label(first.label) or NOT_A_SIGNER.search(first.label):
                return False
            if re.fullmatch(r"(?:printed\s+)?name|signer", first.label.strip(), re.I):
                return False
            date_text = next(
                (seg.value for seg in segments[1:] if seg.label and DATE_LABEL.fullmatch(seg.label.strip())), None
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
        if not dates:
            return self._signed_under_signer(line, core) or self._status_beside_signer(line, core)
        if len(dates) != 1:
            return False
        date, (start, end) = dates[0]
        rest = (core[:start] + " " + core[end:]).strip(" ,.;:-–—()")
        if rest and not core[:start].strip() and TIME_OF_DAY.fullmatch(core[end:]):
            rest = ""  # "2026-03-11 14:22 EST" under an e-signature stamp's signer: the date with its time of day
        # "Signature on file - signed 12/15/2025" under "Certifying physician: Kenji Sato, MD  NPI ...": signed on paper
        on_file = bool(ON_FILE.fullmatch(rest)) and bool(re.search(r"\bsig", rest, re.I))
        # ("Signature / Date   03/17/2026": the caption of the line "/s/ Nathan Reyes, PsyD" was typed on, with its date)
        caption = bool(_SIGNATURE_DATE_CAPTION.fullmatch(rest))
        if rest and not DATE_WORDS_ONLY.fullmatch(rest) and not on_file and not caption:
            return False
        if (SIGNED_ONLY.fullmatch(rest) or on_file) and self._role_line_signed(line, core, date):
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

    def _signed_under_signer(self, line: Line, core: str, *, pending: bool = False) -> bool:
        """ "Constance Ibekwe, MD" / "Electronically signed" / "Date: 04/22/2025": a line that only says the signer
        named above it signed (the date, if any, follows on a line of its own). Never "Signed:" left blank, nor a
        "Date signed" caption. `pending`: the line is not yet among the lines read (asked before a paragraph is
        taken for a heading: "Digitally signed" there opens no signatures section); when True is returned it is
        recorded as read."""
        bare = core.strip(" .;-–—()")
        if len(bare) > 40 or core.rstrip().endswith(":") or "_" in core or re.match(r"date\b|fecha\b", bare, re.I):
            return False
        on_file = bool(ON_FILE.fullmatch(bare)) and bool(re.search(r"\bsig", bare, re.I))
        if not (SIGNED_ONLY.fullmatch(bare) or on_file) or any(True for _ in find_dates(core)):
            return False
        if not pending:
            return self._role_line_signed(line, core, None)
        before = self._recent_lines
        self._recent_lines = [*before[-4:], (line, core)]
        if not self._role_line_signed(line, core, None):
            self._recent_lines = before
            return False
        self._line_before, self._line_now = self._line_now, (line, core)
        return True

    def _status_beside_signer(self, line: Line, core: str) -> bool:
        """ "Ferris Lamb, MD (Medical Director) | E-signature PENDING | 02/25/2026" in a layout table's row, or a signer's
        name with "Awaiting signature" on the line under it: a cell or line that only gives the signature's status says
        the signer named just before it (in the same row, or the paragraph above) has not signed yet. A status that
        names somebody else's signature ("Supervisor co-signature pending") is left alone."""
        bare = " ".join(core.split())
        if len(bare) > 60 or not says_unsigned(bare) or not self._signing_zone():
            return False
        rest = _STATUS_FILLER.sub(" ", _UNSIGNED_WORDS.sub(" ", bare))
        if re.search(r"[A-Za-z]", rest) or re.search(r"\b(?:co-?|counter-?)sign", bare, re.I):
            return False
        last = self.signatures[-1] if self.signatures else None
        if last is None or not last.signed or last.name is None or last.source is None:
            return False
        source = last.source
        if source.section != line.section.title:
            return False
        if line.table is not None:
            if (source.table, source.row) != (line.table, line.row) or source.cell == line.cell:
                return False
        elif source.table is not None or not self._next_paragraph(source.paragraph, line.paragraph):
            return False
        if last.date is not None and "date" not in last.field_sources:
            return False  # dated on its own line: signed as written
        last.signed = False
        last.date = None  # (the date beside a request is when it was sent, not a signing date)
        last.field_sources.pop("date", None)
        last.field_sources["signed"] = line.loc(core)
        return True

    def _role_line_signed(self, line: Line, core: str, date: dt.date | None, *, signed_word: bool = True) -> bool:
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
            if not self._same_block(previous, nearer):
                return False
            segments = split_labels(text)
            first = segments[0]
            parsed = None
            if len(segments) == 1 and first.label is None:
                # (a licence number after the name and title is a detail of the block: "Elias Quill, PsyD (PA #PS-0194422)")
                head = strip_licence(COLUMN_GAP.split(text.strip())[0].strip())
                parsed = parse_signature(None, head, core)
                if parsed is not None and (parsed.credential is None or has_digit(head)):
                    parsed = None
            elif (
                signed_word
                and len(segments) == 1
                and is_role_label(first.label or "")
                and not NOT_A_SIGNER.search(first.label or "")
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
            if not detail_line(text):
                return False
            nearer = previous
        return False

    def _blank_line_under_signer(
        self, line: Line, label: str | None, value: str, date_value: str | None
    ) -> bool:
        """ "Attending physician's signature and date signed: Irene Vandermolen, MD" then, in the same cell or the
        next paragraph, "Signature: ________   Date: ________": the line above only printed the signer's name; the
        blank line under it says she has not signed. A signer already dated or e-signed is left as read."""
        if label is None or not _BARE_SIGNATURE_LABEL.fullmatch(label.strip()):
            return False
        if not blank_value(value) or (date_value is not None and not blank_value(date_value)):
            return False
        last = self.signatures[-1] if self.signatures else None
        if (
            last is None
            or last.name is None
            or last.date is not None
            or not last.signed
            or last.method != "unknown"
            or last.source is None
        ):
            return False
        here = line.loc(value)
        above = last.source
        if above.section != here.section:
            return False
        if here.table is not None:
            same_block = (above.table, above.row, above.cell) == (here.table, here.row, here.cell) or (
                # a signer's form table: "Certifying physician | Ruth Adebayo-Klein, MD" then "Signature | ______"
                above.table == here.table
                and above.row is not None
                and here.row is not None
                and 0 < here.row - above.row <= 2
            )
        else:
            same_block = above.table is None and (
                above.paragraph == here.paragraph or self._next_paragraph(above.paragraph, here.paragraph)
            )
        if not same_block:
            return False
        last.signed = False
        last.field_sources.setdefault("name", above)
        last.source = here
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


# the words of a signature's status cell besides the status itself: "E-signature PENDING (sent via portal)"
_UNSIGNED_WORDS = re.compile(
    r"\b(?:pending|awaiting|outstanding|not\s+(?:yet\s+)?signed|unsigned|requested|request|sent|routed|status)\b", re.I
)
_STATUS_FILLER = re.compile(
    r"\b(?:e-?|electronic|digital)?\s*-?\s*signatures?\b|"
    rf"\b(?:via|to|the|for|by|{SIGNING_SYSTEM}|e-?mail|electronic|digital)\b|[():;,.\-–—/]",
    re.I,
)


# the caption under a sign-off line, with the date written beside it: "Signature / Date", "Signature and date"
_SIGNATURE_DATE_CAPTION = re.compile(r"signature\s*(?:/|&|and|\+)\s*date\s*:?", re.I)
# a signature line's label that names no signer: "Signature:", "Signed:", "Sign here:"
_BARE_SIGNATURE_LABEL = re.compile(r"(?:e-?)?signature|signed(?:\s+by)?|sign\s+here", re.I)


# a signature written after the printed name and a gap, its label in lower case: "...   signature: R. Amadi"
_INLINE_SIGNATURE = re.compile(r"(?:\s{2,}|\t)(?:e-?)?signature\s*:\s*(?=\S)", re.I)


_BRACKETED_SIGNER = re.compile(
    r"(?P<name>[^()\d:]+?)\s*\((?P<role>[^()\d]{3,40})\)[\s,;–—-]*(?:(?:signed|dated?)\b\s*:?\s*)?(?P<date>\S.*)"
)


def _bracketed_signer(text: str, parsed: SignatureText) -> bool:
    """ "Camille Ortiz (parent)  3/5/26", "Rory Baptiste (client) — 04/02/2026": a name, the signer's role in
    brackets (client, parent or guardian, or a professional's title) and the signed date, and nothing else."""
    found = _BRACKETED_SIGNER.fullmatch(text.strip())
    if found is None or " ".join(found.group("name").split()).strip(" ,") != parsed.name:
        return False
    if not bare_date(found.group("date")) or len(parsed.name.split()) > 4:
        return False
    return normalize_signature_role(found.group("role")) != "other"


def _after_statement(segments: list[Segment]) -> list[Segment] | None:
    """The segments of a sign-off line after a statement run into it: an unlabelled sentence of three words or more
    that ends with a full stop, then a label naming a signer ("Physician:", "Supervising counselor:") with a value.
    None for any other line (a label first, a fragment without a full stop, a sentence followed by a field)."""
    if len(segments) < 2 or segments[0].label is not None:
        return None
    statement, signer = segments[0].value.strip(), segments[1]
    if len(statement.split()) < 3 or not statement.endswith((".", "!")) or "_" in statement:
        return None
    if not signer.label or not signer.value.strip() or not is_role_label(signer.label) or NOT_A_SIGNER.search(signer.label):
        return None
    return segments[1:]


# a signer's caption with the printed name in brackets: "Supervising Counselor (Leticia Obuya)"
_CAPTION_WITH_NAME = re.compile(r"(?P<caption>[^()]+?)\s*\((?P<name>[^()]+)\)\s*")


def _caption_printed_name(text: str) -> tuple[str | None, str | None]:
    """ "Supervising Counselor (Leticia Obuya)" -> ("Supervising Counselor", "Leticia Obuya"): a signer caption typed
    under a sign-off line with the signer's printed name (two to four words, a credential allowed) in brackets.
    (None, None) for any other text ("Parent (mother)", "Therapist", a name with a role in brackets)."""
    found = _CAPTION_WITH_NAME.fullmatch(text.strip())
    if found is None or _line_caption(found.group("caption")) != "signer":
        return None, None
    name, _ = split_name_credential(found.group("name"))
    if name is None or has_digit(name) or not 2 <= len(name.split()) <= 4 or not plausible_name(name):
        return None, None
    if normalize_signature_role(name) != "other":
        return None, None  # "Client (parent or guardian)": a role, not a name
    return found.group("caption"), name


def _line_caption(text: str) -> str | None:
    """What a caption typed on a line under a sign-off line names: "signer" ("Therapist", "Client signature",
    "Signature of parent/guardian"), "date" ("Date", "Date signed"), or None (a name, a sentence, a value)."""
    bare = text.strip().rstrip(":").strip()
    if not bare or has_digit(bare) or "_" in bare or len(bare.split()) > 5:
        return None
    dated = _DATED_CAPTION.fullmatch(bare)
    if dated is not None and _line_caption(dated.group("head")) == "signer":
        return "signer"  # "Client signature / date": one signer's caption over the name and the date it was signed
    if DATE_LABEL.fullmatch(bare):
        return "date"
    if NOT_A_SIGNER.search(bare) or names_a_person(bare):
        return None
    head = signature_caption(bare)
    words = re.sub(r"\b(?:signature|sign|of|the|e-?signature)\b", " ", head, flags=re.I).strip(" /")
    if not words or not _ROLE_CAPTION.fullmatch(" ".join(words.split())):
        return None
    return "signer" if normalize_signature_role(head) != "other" else None


# a signer's caption that covers the date as well: "Client signature / date", "Therapist signature & date"
_DATED_CAPTION = re.compile(r"(?P<head>.+?)\s*(?:/|&|\band\b)\s*date(?:\s+signed)?", re.I)


# a role caption as typed under a signature line: a role word or two ("Therapist", "Parent / guardian", "Clinical
# supervisor"), nothing else
_ROLE_CAPTION = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:\s*[/&]\s*|\s+)?(?:[A-Za-z][A-Za-z'’-]*)?(?:\s+[A-Za-z][A-Za-z'’-]*)?")


_BLANK_LINE = re.compile(r"[_\s.]{3,}")


def _captioned_values(
    value: str, columns: list[str], kinds: list[str | None], captions: list[str]
) -> list[tuple[SignatureText, str]] | None:
    """The sign-offs of a line over its captions (see _caption_under_sign_off): one signer's name and date (or blank
    lines) over one signer caption, or each column over the caption under it. None when the line is no such thing
    (a labelled field, a sentence, a name with nothing saying it was signed)."""
    if split_labels(value)[0].label is not None:
        return None
    parts = [c.strip() for c in COLUMN_GAP.split(value.strip()) if c.strip()]
    if _BLANK_LINE.fullmatch(value) and len(captions) == 1:
        parts = [value]
    signer_at = [i for i, kind in enumerate(kinds) if kind == "signer"]
    if len(parts) != len(columns) and len(captions) >= 2 and len(signer_at) == len(columns):
        # "Owen Sallow, LCSW<TAB>Renata Pike   02/11/2026" over "Therapist signature<TAB>Client signature / date": a
        # column of a name and its date under one caption, its date set apart by a gap
        grouped: list[str] = []
        for part in parts:
            if grouped and bare_date(part) and not any(True for _ in find_dates(grouped[-1])):
                grouped[-1] = f"{grouped[-1]}   {part}"
            else:
                grouped.append(part)
        if len(grouped) == len(columns):
            split = [_name_then_date(part) for part in grouped]  # [name, date] or [the column as it was]
            return _captioned_pieces(captions, [(piece[0], piece[1] if len(piece) == 2 else None) for piece in split])
    if len(parts) == len(columns):
        pieces = []
        for at in signer_at:
            date_at = at + 1 if at + 1 < len(kinds) and kinds[at + 1] == "date" else None
            pieces.append((parts[at], parts[date_at] if date_at is not None else None))
    elif len(captions) == 1 and len(parts) <= 2:
        pieces = [(parts[0], parts[1] if len(parts) == 2 else None)]
    else:
        return None
    return _captioned_pieces(captions, pieces)


def _captioned_pieces(
    captions: list[str], pieces: list[tuple[str, str | None]]
) -> list[tuple[SignatureText, str]] | None:
    """Each signer caption's name and date text read as its signature (see _captioned_values). A name under a caption
    with nothing saying it was signed is no signature, unless another signer of the same line dated theirs: then it is
    that signer's undated signature ("Owen Sallow, LCSW" over "Therapist signature" beside the client's dated one)."""
    found: list[tuple[SignatureText, str]] = []
    undated: list[SignatureText] = []
    for caption, (name_text, date_text) in zip(captions, pieces):
        piece = f"{name_text}   {date_text}" if date_text else name_text
        if date_text is not None:
            date_text = _DATE_HEAD.sub("", date_text).strip() or None  # "______   Date: ______": the date's own label
        if date_text is not None and not bare_date(date_text) and not _BLANK_LINE.fullmatch(date_text):
            return None
        if _BLANK_LINE.fullmatch(name_text):
            found.append((SignatureText(role_label=caption, name=None, credential=None, date=None, signed=False), piece))
            continue
        if has_digit(name_text):
            return None
        dated = date_text if date_text and not _BLANK_LINE.fullmatch(date_text) else None
        parsed = parse_signature(f"{caption} signature", name_text, dated)
        if parsed is None or parsed.name is None or not plausible_name(parsed.name) or len(parsed.name.split()) > 4:
            return None
        if parsed.date is None and parsed.method == "unknown":
            undated.append(parsed)
        found.append((parsed, piece))
    if undated and (len(captions) < 2 or not any(p.date is not None for p, _ in found)):
        return None  # a name with nothing saying it was signed: a caption under a name is no signature
    return found


# the label of a sign-off line's date column: "Date:", "Date signed:"
_DATE_HEAD = re.compile(r"^\s*date(?:\s+signed)?\s*:\s*", re.I)


def _name_then_date(text: str) -> list[str]:
    """A signer's column that ends with the signed date ("Lionel Baptiste, PT  11/3/25", "Colette Duval 3/12/26") split
    into the name and the date, as two columns of a sign-off row; any other text is one column as it was. Only a name
    (with a credential, or of two to four words) then one date and nothing after it is split."""
    dates = list(find_dates(text))
    if len(dates) != 1:
        return [text]
    start, end = dates[0][1]
    head, tail = text[:start].strip(" ,;–—-"), text[end:].strip()
    if not head or tail or has_digit(head) or ":" in head:
        return [text]
    name, credential = split_name_credential(head)
    if name is None or not plausible_name(name) or not (credential or 2 <= len(name.split()) <= 4):
        return [text]
    return [head, text[start:end]]
