"""Signatures laid out in tables: signer rows, signature columns, captions over or under signers.

"Parent / Guardian | Ana Ruiz (signed) | 01/27/2026" rows, "BCBA signature | Date | Parent/guardian
signature | Date" columns side by side, a row of values over a row of captions as on a paper form, and
role captions over each signer's block of name, details and signed date. `SignatureTablesMixin`, a mixin
of the DOCX plan builder (see docx.build), is asked by the table reader (docx.table_reader) whether a
table is one of these, and records each signature through `SignaturesMixin` (docx.signatures).
"""

from __future__ import annotations

import re

from authcheck.model.vocab import normalize_signature_role
from authcheck.readers.phrases.signature_text import is_image_mark
from authcheck.readers.phrases import (
    SignatureText,
    has_digit,
    blank_value,
    first_date,
    parse_signature,
    plausible_name,
)
from authcheck.readers.docx.blocks import Row, Table
from authcheck.readers.docx.signatures import (
    DATE_LABEL,
    NOT_A_SIGNER,
    SIGNATURE_WORD,
    STATUS_WORD,
    SignaturesMixin,
    bare_date,
    detail_line,
    fuller_name,
    signed_date_line,
    signer_row,
)


class SignatureTablesMixin(SignaturesMixin):
    """Signatures in tables: signer rows, side-by-side signature columns, captions under or over signers."""

    def _signer_rows_table(self, table: Table, *, every_row: bool = False) -> bool:
        """A table without a header whose rows are sign-offs: "Parent / Guardian | Ana Ruiz (signed) | 01/27/2026",
        "Client | Ana Ruiz | Date | 1/5/2026", "Therapist | Jane Doe, LCSW | ______". Read after the plan's content
        or under a signatures heading only; with `every_row`, only when every row with text is a sign-off. True when
        the table was read that way."""
        if not (self.section.key == "signatures" or self._signing_zone()):
            return False
        rows = [(row.index, texts) for row in table.rows if (texts := _row_texts(row))]
        signers = [(index, found) for index, texts in rows if (found := signer_row(texts)) is not None]
        if not signers or len(signers) * 3 < len(rows) * 2 or (len(signers) < 2 and self.section.key != "signatures"):
            return False
        if every_row and len(signers) != len(rows):
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
        roles: dict[int, str] = {}  # the signer's role column before a bare "Signature" column, by the group's start
        for n, start in enumerate(starts):
            before = start - 1
            if before >= 0 and (n == 0 or before > starts[n - 1] + 1) and _role_column(texts[before][0], texts[start][0]):
                roles[n] = texts[before][0]
        for n, start in enumerate(starts):
            end = starts[n + 1] - (1 if n + 1 in roles else 0) if n + 1 < len(starts) else len(texts)
            date_col = name_col = None
            for text, col in texts[start + 1 : end]:
                bare = text.rstrip(":").strip()
                if date_col is None and (DATE_LABEL.fullmatch(bare) or DATE_LABEL.fullmatch(bare.split("/")[-1].strip())):
                    date_col = col
                elif name_col is None and re.search(r"\bname\b|\bnombre\b", bare, re.I):
                    name_col = col
            if n in roles:
                # "Supervising BCBA | Signature | Date | Parent/guardian | Signature | Date": the column before each
                # bare "Signature" names who signs there, and holds the signer's printed name
                groups.append((f"{roles[n]} signature", texts[start][1], date_col, texts[start - 1][1]))
                continue
            groups.append((signature_caption(texts[start][0]), texts[start][1], date_col, name_col))
        if (
            header_row == 0
            and len(table.rows) > 2
            and all(date_col is None and name_col is None for _, _, date_col, name_col in groups)
            and self._captions_above_table(table)
        ):
            # "Client signature | Counselor signature" over a row of signatures, a row of dates and a row of printed
            # names: each column is one signer's block, not a signer a row
            return True
        found: list[tuple[SignatureText, int, int, str]] = []
        for row in table.rows[header_row + 1 :]:
            by_col = {c.col: " ".join(c.text.split()) for c in row.cells if not c.merged_from_above}
            for head, sig_col, date_col, name_col in groups:
                value = by_col.get(sig_col, "")
                date_text = by_col.get(date_col, "") if date_col is not None else ""
                printed = by_col.get(name_col, "") if name_col is not None else ""
                if not (value or date_text or printed):
                    continue
                label = head if SIGNATURE_WORD.search(head) else f"{head} signature"
                if blank_value(value) and printed and not blank_value(printed):
                    parsed = parse_signature(label, printed, date_text)
                    if parsed is not None:
                        parsed.signed = False  # a printed name under an empty signature line
                else:
                    parsed = parse_signature(label, value, date_text)
                    if parsed is not None and printed and not blank_value(printed):
                        fuller_name(parsed, printed)  # "/s/ Corinne Talbot" beside "Corinne Talbot, M.Ed., BCBA"
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

    def _signer_block_cells(self, table: Table) -> bool:
        """Each cell a signer's block with the caption under the signature, as a two-column signature table of a
        Google Docs export writes it: "Clayton Whitfield" / "Client signature" / "Date: 06/02/2025" | "e-signed:
        Tamika Greene, LCDC" / "Primary counselor" / "Date: 06/02/2025". The caption names the signer of the lines
        above it; the date line under it dates them. True when every filled cell is such a block (read so)."""
        if not self._signing_zone():
            return False
        blocks: list[tuple[int, int, str, str, str | None]] = []
        for row in table.rows:
            for cell in row.cells:
                if cell.merged_from_above:
                    continue
                lines = [" ".join(t.split()) for t in cell.lines if t.strip()]
                if not lines:
                    continue
                at = next((i for i, t in enumerate(lines) if i and _caption_role(t) == "signer"), None)
                if at is None or any(_caption_role(t) for t in lines[:at]) or len(lines) > at + 2 or at > 2:
                    return False
                if ":" in lines[at].rstrip(":") or has_digit(lines[at]) or any(len(t) > 80 for t in lines[:at]):
                    return False  # a caption alone under a short signature, not "Provider signature: /s/ ..."
                below = lines[at + 1] if at + 1 < len(lines) else None
                date_text = None
                if below is not None:
                    head, colon, rest = below.partition(":")
                    if colon and DATE_LABEL.fullmatch(head.strip()):
                        date_text = rest.strip()
                    elif bare_date(below):
                        date_text = below
                    else:
                        return False
                blocks.append((row.index, cell.col, lines[at], " ".join(lines[:at]), date_text))
        if not blocks:
            return False
        for row_index, col, caption, value, date_text in blocks:
            label = caption if SIGNATURE_WORD.search(caption) else f"{caption} signature"
            parsed = parse_signature(label, value, date_text)
            if parsed is None or (parsed.name is not None and not plausible_name(parsed.name)):
                parsed = SignatureText(role_label=caption, name=None, credential=None, date=None, signed=False)
            loc_text = " | ".join(x for x in (value, caption, date_text or "") if x)
            self._add_signature(parsed, self._cell_loc(table, row_index, col, loc_text))  # type: ignore[attr-defined]
        return True

    def _captions_above_table(self, table: Table) -> bool:
        """Signers named in a caption row with each signer's block in the cell below: "Supervising BCBA | Parent /
        guardian" over "Naomi Reyes, MS, BCBA / NPI ... / Signed 02/02/2026 | Carla Pierce / Signed 02/02/2026"
        (a "Date" caption beside a signer's dates that signer). Each block is the name line, detail lines (NPI,
        licence, title) and the date line or a signed mark; an empty or underscored block is an unsigned line.
        Only after the plan's content; every block must carry a date, a signed mark or a blank line. True when read."""
        if not (self.section.key == "signatures" or self._signing_zone()) or len(table.rows) < 2:
            return False
        if _role_signature_pairs(table):
            # "Supervising BCBA | Signature | Date | Parent/guardian | Signature | Date" over the printed names, the
            # signatures and the dates: each signer's role column with its own signature and date columns
            return self._paired_signature_columns(table, 0)
        rows = [
            [(c.lines, c.col) for c in row.cells if not c.merged_from_above]
            for row in table.rows
        ]

        def flat(lines: list[str]) -> list[str]:
            return [" ".join(part.split()) for line in lines for part in line.split("\n") if part.strip()]

        def caption_row(r: int) -> bool:
            captions = [" ".join(flat(lines)) for lines, _ in rows[r] if flat(lines)]
            if any(is_image_mark(t) for t in captions):
                return False  # "[signature image]": a signature in its place, no caption
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
        blank_lines = 0  # signers whose signature cell was left empty over their printed name
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
                # "Client signature" over an empty (or underscored) cell, then the date and the printed name: the
                # signature line was left blank, and the name printed under it signs nothing
                line_row = [t for lines, c in rows[below[0]] if c == col for t in flat(lines)]
                left_blank = (
                    len(below) > 1
                    and SIGNATURE_WORD.search(text) is not None
                    and all(re.fullmatch(r"[_\s.]*", t) for t in line_row)
                    and any(flat(lines) for b in below[1:] for lines, c in rows[b] if c == col)
                )
                if left_blank:
                    block = block[len(line_row) :]
                name_lines: list[str] = []
                marks: list[str] = []  # a signature image's place: the signed mark of the block, no name
                for piece in block:
                    if is_image_mark(piece) or _TYPED_MARK.fullmatch(piece):
                        marks.append(piece)  # ("/s/" alone: a typed signature in its cell, the name printed below)
                    elif date_value is None and (signed_date_line(piece) or bare_date(piece) or _blank_date(piece)):
                        date_value = piece
                    elif not name_lines or not detail_line(piece):
                        name_lines.append(_NAME_CAPTION.sub("", piece))  # "Printed name: Ana Ruiz" under the line
                if len(below) > 1 and len(name_lines) > 1:
                    return False  # several names under one caption: a list, not one signer's block
                value = "   ".join(name_lines + marks[:1])
                if (
                    value and not blank_value(value) and date_value is None and not STATUS_WORD.search(value)
                    and not left_blank
                ):
                    return False  # a name under a role with nothing saying it was signed: a care-team table
                label = text if "sign" in text.lower() else f"{text} signature"
                parsed = parse_signature(label, value, date_value)
                if parsed is None:
                    parsed = SignatureText(role_label=text, name=None, credential=None, date=None, signed=False)
                if parsed.name is not None and not plausible_name(parsed.name):
                    return False
                if left_blank and not marks:
                    parsed.signed = False
                    blank_lines += 1
                if parsed.method == "unknown" and re.search(r"electronic|digital|\be-?signed", date_value or "", re.I):
                    parsed.method = "electronic"  # "Electronically signed 02/10/2026" under the name
                loc_text = " | ".join(x for x in (value, date_value or "") if x) or text
                found.append((parsed, table.rows[below[0]].index, col, loc_text))
        if not any(p.signed or p.date is not None for p, *_ in found) and blank_lines < len(found):
            if not all(
                re.fullmatch(r"[_\s.]{3,}", " ".join(above_text) or "")
                for _, below in pairs
                for above_text in [flat(lines) for lines, _ in rows[below[0]]]
            ):
                return False  # nothing signed and no signature lines drawn: not a sign-off table
        for parsed, row_index, col, loc_text in found:
            self._add_signature(parsed, self._cell_loc(table, row_index, col, loc_text))  # type: ignore[attr-defined]
        return True


def _row_texts(row: Row) -> list[tuple[str, int]]:
    """A row's distinct cell texts with their columns, a cell's lines kept apart by a gap ("Jo Lee, LMFT" over
    "Signed electronically March 3, 2026")."""
    texts: list[tuple[str, int]] = []
    for cell in row.cells:
        if cell.merged_from_above:
            continue
        text = "   ".join(" ".join(part.split()) for part in cell.text.split("\n") if part.strip())
        if text and (not texts or texts[-1][0] != text):
            texts.append((text, cell.col))
    return texts


def _blank_date(text: str) -> bool:
    """ "Date: ________", "Fecha / Date: ____": a date line left blank under a signer's name."""
    head, _, rest = text.partition(":")
    return bool(DATE_LABEL.fullmatch(head.strip())) and bool(re.fullmatch(r"[_\s.]{3,}", rest))


def _caption_role(text: str) -> str | None:
    """What a caption under a signature line names: "signer" ("Patient signature", "Responsible clinical staff
    member", "Physician review: I have reviewed this plan"), "date" ("Date", "Date signed"), or None."""
    bare = text.strip().rstrip(":").strip()
    if has_digit(bare) and "_" not in bare:
        bare = signature_caption(bare) if SIGNATURE_WORD.search(bare) else _CAPTION_NUMBER.sub("", bare)  # "17. Date"
    if not bare or has_digit(bare) or "_" in bare:
        return None
    if DATE_LABEL.fullmatch(bare):
        return "date"
    if len(bare.split()) > 12 or NOT_A_SIGNER.search(bare):
        return None
    head = bare.split(":")[0]
    if re.match(r"(?:I|We)\s+[a-z]", head):
        return None  # "I certify this patient needs skilled therapy": the statement signed, not a signer's caption
    parsed = parse_signature(None, head)
    if parsed is not None and parsed.credential is not None and parsed.name is not None and plausible_name(parsed.name):
        return None  # "Viktor Ilyin, MD /s/ electronically": a signer's name, not a caption
    if re.search(r"signature|^sign\b", head, re.I) or normalize_signature_role(head) != "other":
        return "signer"  # not "Ana Ruiz (signed)": a signed value, not a caption
    return None


# a conformed signature typed alone in a signature cell, naming nobody: "/s/", "/es/", "/S/"
_TYPED_MARK = re.compile(r"\s*/\s*e?s\s*/\s*", re.I)
# the caption of a printed-name line in a signer's block: "Printed name:", "Print name:", "Name:"
_NAME_CAPTION = re.compile(r"^\s*(?:(?:printed|print|typed)\s+)?name\s*:\s*(?=\S)", re.I)
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


def _role_signature_pairs(table: Table) -> bool:
    """True when the first row is signers side by side, each a role column then a bare "Signature" column:
    "Supervising BCBA | Signature | Date | Parent/guardian | Signature | Date"."""
    texts: list[str] = []
    for cell in table.rows[0].cells:
        text = " ".join(cell.text.split())
        if cell.merged_from_above or not text or (texts and texts[-1] == text):
            continue
        texts.append(text)
    starts = [i for i, text in enumerate(texts) if _signature_header(text)]
    return len(starts) >= 2 and all(
        i > 0 and (n == 0 or i - 1 > starts[n - 1] + 1) and _role_column(texts[i - 1], texts[i])
        for n, i in enumerate(starts)
    )


def _role_column(caption: str, signature_header: str) -> bool:
    """ "Supervising BCBA", "Parent/guardian" before a bare "Signature" header: a column naming the signer's role
    (a signature header that names its signer itself, "BCBA signature", needs none)."""
    bare = caption.rstrip(":").strip()
    if normalize_signature_role(signature_caption(signature_header).rstrip(":").strip()) != "other":
        return False
    if not bare or len(bare.split()) > 4 or has_digit(bare) or DATE_LABEL.fullmatch(bare) or _signature_header(bare):
        return False
    if re.search(r"date|fecha|name|nombre|npi", bare, re.I) or NOT_A_SIGNER.search(bare):
        return False
    return normalize_signature_role(bare) != "other"


def _signature_header(text: str) -> bool:
    """ "BCBA signature", "Firma del cliente / Client signature", "Signature", "17. Signature of SLP (name/
    credentials)": a header over a signature column (not "Signature date" or "Date signed", which head a date
    column)."""
    bare = signature_caption(text).rstrip(":").strip()
    if len(bare.split()) > 8 or has_digit(bare) or DATE_LABEL.fullmatch(bare):
        return False
    if re.search(r"\bdate\b|\bfecha\b", bare, re.I):
        return False
    return bool(re.search(r"signature|\bfirma\b", bare, re.I))
