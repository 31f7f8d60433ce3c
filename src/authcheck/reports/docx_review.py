"""The clinician's own Word file back, with one Word comment per finding (`--format docx`).

The copy is the original document with comment markers added and nothing else changed: no text,
run, style, table or section is touched. Each comment is anchored where its finding points:

1. a body paragraph (SourceLocation.paragraph, an index into python-docx `Document.paragraphs`);
2. a table cell (SourceLocation.table/row/cell, into `Document.tables[t].rows[r].cells[c]`);
3. for something missing, the heading of the section where it belongs: the heading the reader
   recorded (SourceLocation.section), or else a heading of the document that the DOCX reader's
   section vocabulary files under the same section (a missing plan date goes to "Dates");
4. otherwise the top of the document.

A first comment at the top gives the result. Comment markers are placed at the XML level
(`w:commentRangeStart`/`w:commentRangeEnd` inside the paragraph and a reference run at its end),
so empty paragraphs and text inside hyperlinks or content controls can carry comments too.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from authcheck.findings import Finding, PlanReport
from authcheck.reports.ordering import group_by_section
from authcheck.reports.summary import SEVERITY_LABEL, citation_of, counts_phrase, profile_phrase, verdict_of
from authcheck.unread import hint_sentence

__all__ = ["AUTHOR", "Anchor", "ReviewError", "anchor_for", "review_docx", "write_reviewed_docx", "write_reviews"]

AUTHOR = "authcheck"
INITIALS = "AC"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# Standard section names (authcheck.rules.paths) -> the DOCX reader's section keys, in preference order.
_SECTION_KEYS: dict[str, tuple[str, ...]] = {
    "Client information": ("client", "provider"),
    "Plan dates": ("dates",),
    "Presenting problem": ("presenting_problem",),
    "Diagnosis": ("diagnosis",),
    "Assessments": ("assessments",),
    "Goals and objectives": ("goals", "objectives"),
    "Interventions": ("interventions", "services"),
    "Services and frequency": ("services", "frequency"),
    "Expected duration": ("duration", "frequency", "services"),
    "Review schedule": ("review", "dates"),
    "Signatures": ("signatures",),
}


class ReviewError(Exception):
    """The plan cannot be returned as an annotated Word file (not DOCX, unreadable, same path...)."""


@dataclass(frozen=True)
class Anchor:
    """Where a comment goes: the first and last paragraph elements of its range, and how it was found."""

    first: Any
    last: Any
    how: str  # "paragraph", "cell", "section", "top"


def _clean(text: str) -> str:
    return _XML_UNSAFE.sub("", text)


def _text(paragraph: Any) -> str:
    return "".join(t.text or "" for t in paragraph._p.iter(f"{{{_W}}}t")).strip()


def _heading_like(paragraph: Any) -> bool:
    text = _text(paragraph)
    if not text or len(text) > 90 or len(text.split()) > 10:
        return False
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.lower().startswith(("heading", "title", "subtitle")):
        return True
    runs = [r for r in paragraph.runs if r.text.strip()]
    if runs and all(r.bold for r in runs):
        return True
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and text.upper() == text or text.endswith(":")


def _all_paragraphs(document: Any) -> Iterator[Any]:
    """Body paragraphs, then paragraphs in table cells (python-docx order; merged cells once)."""
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                yield from cell.paragraphs


class _Paragraphs:
    """Every paragraph of a document once, with what anchoring needs to know about it."""

    def __init__(self, document: Any) -> None:
        from authcheck.readers.docx.sections import normalize_title

        self.document = document
        self.body = list(document.paragraphs)
        self.all = list(_all_paragraphs(document))
        self.texts = [_text(p) for p in self.all]
        self.titles = [normalize_title(t) if t and len(t) <= 200 else "" for t in self.texts]
        self._keys: list[str | None] | None = None

    def keys(self) -> list[str | None]:
        """The reader's section key of each heading-like paragraph (None for other paragraphs)."""
        if self._keys is None:
            from authcheck.readers.docx.sections import match_section

            self._keys = [
                match_section(text.rstrip(":")).key if _heading_like(paragraph) else None
                for paragraph, text in zip(self.all, self.texts, strict=True)
            ]
        return self._keys

    def top(self) -> Any:
        for paragraph, text in zip(self.all, self.texts, strict=True):
            if text:
                return paragraph
        if self.all:
            return self.all[0]
        return self.document.add_paragraph()  # an empty document: nothing else to anchor on

    def section_heading(self, title: str) -> Any | None:
        """The paragraph whose text is the section title as written (a heading or a table title cell)."""
        from authcheck.readers.docx.sections import normalize_title

        wanted = normalize_title(title)
        if not wanted:
            return None
        fallback = None
        for paragraph, have in zip(self.all, self.titles, strict=True):
            if have == wanted:
                return paragraph
            if fallback is None and have.startswith(wanted) and _heading_like(paragraph):
                fallback = paragraph
        return fallback

    def heading_for_section(self, standard: str) -> Any | None:
        """A heading that the reader's vocabulary files under the standard section, in preference order."""
        wanted = _SECTION_KEYS.get(standard, ())
        if not wanted:
            return None
        found: dict[str, Any] = {}
        for paragraph, key in zip(self.all, self.keys(), strict=True):
            if key in wanted and key not in found:
                found[key] = paragraph
        return next((found[k] for k in wanted if k in found), None)


def anchor_for(document: Any, finding: Finding, paragraphs: _Paragraphs | None = None) -> Anchor:
    """Where the comment for `finding` belongs in `document` (a python-docx Document)."""
    index = paragraphs or _Paragraphs(document)
    source = finding.location.source
    if source is not None:
        if source.paragraph is not None and 0 <= source.paragraph < len(index.body):
            paragraph = index.body[source.paragraph]
            return Anchor(paragraph._p, paragraph._p, "paragraph")
        if source.table is not None and 0 <= source.table < len(document.tables):
            rows = document.tables[source.table].rows
            if source.row is not None and 0 <= source.row < len(rows):
                cells = rows[source.row].cells
                position = source.cell if source.cell is not None and 0 <= source.cell < len(cells) else 0
                cell_paragraphs = cells[position].paragraphs
                if cell_paragraphs:
                    return Anchor(cell_paragraphs[0]._p, cell_paragraphs[-1]._p, "cell")
        if source.section:
            heading = index.section_heading(source.section)
            if heading is not None:
                return Anchor(heading._p, heading._p, "section")
    heading = index.section_heading(finding.location.section) or index.heading_for_section(finding.location.section)
    if heading is not None:
        return Anchor(heading._p, heading._p, "section")
    top = index.top()
    return Anchor(top._p, top._p, "top")


def _mark(anchor: Anchor, comment_id: int) -> None:
    """Put the comment range around the anchor's paragraphs and the reference run after it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    start = OxmlElement("w:commentRangeStart", attrs={qn("w:id"): str(comment_id)})
    position = 0
    for child in anchor.first:  # after the paragraph properties and the starts of earlier comments
        if child.tag in (qn("w:pPr"), qn("w:commentRangeStart")):
            position += 1
        else:
            break
    anchor.first.insert(position, start)
    anchor.last.append(OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): str(comment_id)}))
    run = OxmlElement("w:r")
    run_properties = OxmlElement("w:rPr")
    run_properties.append(OxmlElement("w:rStyle", attrs={qn("w:val"): "CommentReference"}))
    run.append(run_properties)
    run.append(OxmlElement("w:commentReference", attrs={qn("w:id"): str(comment_id)}))
    anchor.last.append(run)


def _comment_text(finding: Finding, how: str) -> str:
    citation = citation_of(finding)
    source = citation.text if citation.verified else (
        f"{citation.text} (not confirmed in source text{': ' + citation.note if citation.note else ''})"
    )
    lines = [f"{SEVERITY_LABEL[finding.severity].upper()}: {finding.location.element} ({finding.kind})"]
    if how == "section":
        lines.append("Where: not found at one place in the document; this comment marks the section where it belongs.")
    elif how == "top":
        lines.append("Where: not tied to one place in the document.")
    lines.append(f"What is wrong: {finding.message}")
    hint = hint_sentence(finding)
    if hint:
        lines.append(f"Check first: {hint}")
    lines.append(f"How to fix: {finding.fix}")
    if finding.example:
        lines.append(f"Example: {finding.example}")
    lines.append(f"Source: {source}. Rule {finding.rule}, required by {', '.join([finding.profile, *finding.also_required_by])}.")
    return _clean("\n".join(lines))


def _summary_text(report: PlanReport) -> str:
    verdict = verdict_of(report)
    profiles = "; ".join(profile_phrase(p) for p in report.profiles)
    lines = [
        f"authcheck: {verdict.headline.upper()}. {verdict.detail}",
        f"Findings: {counts_phrase(report.counts)}. Checked against {profiles}, as of {report.as_of}.",
    ]
    if report.findings:
        lines.append("Each finding has its own comment where the problem is, in document order. Errors must be fixed "
                     "before submission; warnings are worth a look; info is advice. Nothing in the document was changed.")
    lines += [f"Note: {note}" for note in report.notes]
    return _clean("\n".join(lines))


def review_docx(report: PlanReport, source: str | Path | None = None) -> bytes:
    """The annotated copy of the plan's Word file, as bytes."""
    if report.status == "error":
        raise ReviewError(f"{report.source}: could not be checked, so there is nothing to annotate: {report.error}")
    if report.format != "docx":
        raise ReviewError(
            f"{report.source} is a {report.format} plan, not a Word (DOCX) file: --format docx returns annotated "
            "Word files only (use --format html or text)"
        )
    path = Path(source or report.source)
    try:
        import docx

        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds; the user needs one line
        raise ReviewError(f"{path}: cannot open the Word file to annotate it: {exc}") from None
    paragraphs = _Paragraphs(document)
    top = paragraphs.top()
    summary = document.comments.add_comment(_summary_text(report), author=AUTHOR, initials=INITIALS)
    _mark(Anchor(top._p, top._p, "top"), summary.comment_id)
    ordered = [finding for group in group_by_section(report) for finding in group.findings]
    for finding in ordered:
        anchor = anchor_for(document, finding, paragraphs)
        comment = document.comments.add_comment(_comment_text(finding, anchor.how), author=AUTHOR, initials=INITIALS)
        _mark(anchor, comment.comment_id)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_reviewed_docx(report: PlanReport, output: Path) -> Path:
    """Write the annotated copy to `output` (never over the plan itself) and return the path."""
    source = Path(report.source)
    try:
        if output.exists() and output.resolve() == source.resolve():
            raise ReviewError(f"{output}: refusing to write over the plan itself; choose another output name")
    except OSError:
        pass
    data = review_docx(report, source)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(data)
    except OSError as exc:
        raise ReviewError(f"{output}: cannot write: {exc.strerror or exc}") from None
    return output


def write_reviews(targets: list[tuple[PlanReport, Path]]) -> tuple[list[str], list[str]]:
    """Write each annotated copy: one line per plan written (its summary and the file), one per failure."""
    from authcheck.reports.text import summary_line

    written: list[str] = []
    problems: list[str] = []
    for report, target in targets:
        try:
            write_reviewed_docx(report, target)
        except ReviewError as exc:
            problems.append(str(exc))
        else:
            written.append(f"{summary_line(report)}\n  annotated copy: {target}")
    return written, problems
