"""The annotated Word copy: comments land where each finding points, and the document is otherwise unchanged."""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from functools import cache
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.shared import Pt
from lxml import etree
from reports_support import (
    AS_OF,
    DOCX_FIXTURES,
    EXAMPLES,
    W,
    check,
    docx_layout_fixtures,
    payer_for,
    placed_comments,
)

from authcheck.cli import main
from authcheck.reports import docx_targets
from authcheck.reports.docx_review import AUTHOR, ReviewError, review_docx

FIXTURES = docx_layout_fixtures()
ONE_PER_LAYOUT = [next(p for p in FIXTURES if p.name.startswith(f"l{n}_")) for n in range(1, 6)]


@cache
def _review(path: Path):  # type: ignore[no-untyped-def]
    report = check(path, payer_for(path))
    return report, review_docx(report)


def _reviewed(path: Path):  # type: ignore[no-untyped-def]
    report, data = _review(path)
    return report, docx.Document(io.BytesIO(data))


def _cell_paragraphs(document, table: int, row: int, cell: int) -> list[object]:  # type: ignore[no-untyped-def]
    return [p._p for p in document.tables[table].rows[row].cells[cell].paragraphs]


def _text(element) -> str:  # type: ignore[no-untyped-def]
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_each_finding_gets_one_comment_where_its_source_points(path: Path, tally) -> None:  # type: ignore[no-untyped-def]
    report, document = _reviewed(path)
    comments = placed_comments(document)
    assert comments, "no comments at all"
    summary, *rest = comments
    assert summary.first_paragraph is next(p._p for p in document.paragraphs if p.text.strip()) or not any(
        p.text.strip() for p in document.paragraphs
    )
    assert "FOR SUBMISSION" in summary.text.splitlines()[0]
    assert len(rest) == len(report.findings)
    unmatched = Counter(f"{f.location.element} ({f.kind})" for f in report.findings)
    for comment in rest:
        unmatched[comment.text.splitlines()[0].split(": ", 1)[1]] -= 1
    assert not +unmatched, f"findings without their comment: {+unmatched}"
    for finding in report.findings:
        first_line = f"{finding.severity.upper()}: {finding.location.element} ({finding.kind})"
        candidates = [c for c in rest if c.text.splitlines()[0] == first_line and finding.message in c.text]
        assert candidates, first_line
        source = finding.location.source
        if source is not None and source.paragraph is not None:
            wanted = document.paragraphs[source.paragraph]._p
            assert any(c.first_paragraph is wanted for c in candidates), (first_line, source)
            tally("DOCX comments on the flagged paragraph", True)
        elif source is not None and source.table is not None:
            cell = _cell_paragraphs(document, source.table, source.row, source.cell)
            assert any(c.first_paragraph is cell[0] and c.last_paragraph is cell[-1] for c in candidates), (first_line, source)
            tally("DOCX comments on the flagged table cell", True)
        else:
            where = [line for c in candidates for line in c.text.splitlines() if line.startswith("Where:")]
            assert where, f"{first_line}: a comment not on its own passage must say so"
            tally("DOCX comments on a section heading or the top", True)


@pytest.mark.parametrize("path", ONE_PER_LAYOUT, ids=lambda p: p.stem)
def test_missing_elements_go_to_the_heading_of_their_section(path: Path) -> None:
    report, document = _reviewed(path)
    for comment in placed_comments(document)[1:]:
        lines = comment.text.splitlines()
        if not any(line.startswith("Where: not found at one place") for line in lines):
            continue
        heading = _text(comment.first_paragraph).strip()
        assert heading and len(heading.split()) <= 10, heading


def _heading_doc(tmp_path: Path) -> Path:
    """A plan with headings but no dates, no duration and no signatures at all."""
    document = docx.Document()
    document.add_heading("Outpatient Treatment Plan", 0)
    document.add_heading("Client Information", 1)
    document.add_paragraph("Client Name: Ana Ruiz")
    document.add_paragraph("Member ID: A1234567")
    document.add_heading("Diagnosis", 1)
    document.add_paragraph("F41.1 Generalized anxiety disorder")
    document.add_heading("Goals and Objectives", 1)
    document.add_paragraph("Goal 1: Ana will reduce the GAD-7 score from 15 to 7 or below by 04/30/2026.")
    document.add_heading("Services", 1)
    document.add_paragraph("Individual psychotherapy (90834): 45 minutes, weekly")
    document.add_heading("Signatures", 1)
    path = tmp_path / "headings_only.docx"
    document.save(str(path))
    return path


def test_something_missing_is_commented_on_the_heading_where_it_belongs(tmp_path: Path) -> None:
    path = _heading_doc(tmp_path)
    report = check(path, "medicare-psychotherapy")
    document = docx.Document(io.BytesIO(review_docx(report)))
    by_kind: dict[str, list[str]] = {}
    for comment in placed_comments(document)[1:]:
        kind = comment.text.splitlines()[0].rsplit("(", 1)[1].rstrip(")")
        by_kind.setdefault(kind, []).append(_text(comment.first_paragraph))
    assert "Services" in by_kind["duration-missing"]
    assert "Signatures" in by_kind["signature-missing"]
    # The plan has no dates section: a missing plan date is commented at the top.
    assert by_kind["field-missing"] and "Outpatient Treatment Plan" in by_kind["field-missing"]


def _strip_comments(xml: bytes) -> bytes:
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(xml, parser)
    for tag in ("commentRangeStart", "commentRangeEnd"):
        for element in list(root.iter(f"{W}{tag}")):
            element.getparent().remove(element)
    for reference in list(root.iter(f"{W}commentReference")):
        run = reference.getparent()
        run.getparent().remove(run)
    return etree.tostring(root, method="c14n")


def _canonical(xml: bytes) -> bytes:
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
    return etree.tostring(etree.fromstring(xml, parser), method="c14n")


def _content(document) -> list[object]:  # type: ignore[no-untyped-def]
    """Text, styles and run formatting of every paragraph and table cell, comment reference runs left out."""
    def runs(paragraph) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
        out = []
        for run in paragraph.runs:
            if run._r.find(f"{W}commentReference") is not None:
                continue
            font = run.font
            out.append((run.text, run.style.name if run.style is not None else None, run.bold, run.italic, run.underline,
                        font.name, font.size, str(font.color.rgb) if font.color and font.color.type else None))
        return out

    def paragraph(p) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
        return (p.text, p.style.name if p.style is not None else None, p.alignment, tuple(runs(p)))

    body = [paragraph(p) for p in document.paragraphs]
    tables = [[[[paragraph(p) for p in cell.paragraphs] for cell in row.cells] for row in table.rows] for table in document.tables]
    sections = [(s.page_width, s.page_height, s.left_margin, s.right_margin, s.orientation) for s in document.sections]
    return [body, tables, sections]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_the_document_itself_is_unchanged(path: Path) -> None:
    _, reviewed = _review(path)
    assert _content(docx.Document(str(path))) == _content(docx.Document(io.BytesIO(reviewed)))
    with zipfile.ZipFile(path) as before, zipfile.ZipFile(io.BytesIO(reviewed)) as after:
        old, new = set(before.namelist()), set(after.namelist())
        assert old <= new and new - old <= {"word/comments.xml"}
        assert _strip_comments(after.read("word/document.xml")) == _canonical(before.read("word/document.xml"))
        for name in sorted(old - {"word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"}):
            a, b = before.read(name), after.read(name)
            if a != b and name.endswith((".xml", ".rels")):
                assert _canonical(a) == _canonical(b), name
            elif a != b:
                pytest.fail(f"{name} changed")
        types = after.read("[Content_Types].xml").decode()
        rels = after.read("word/_rels/document.xml.rels").decode()
        assert "comments+xml" in types and "relationships/comments" in rels


def test_comments_read_as_plain_advice() -> None:
    report, document = _reviewed(DOCX_FIXTURES / "l1_psychotherapy_flawed_codes.docx")
    comments = list(document.comments)
    assert all(c.author == AUTHOR for c in comments)
    summary = comments[0].text
    assert summary.startswith("authcheck: NOT READY FOR SUBMISSION")
    assert "medicare-psychotherapy" in summary and str(AS_OF) in summary
    billable = next(c.text for c in comments if "diagnosis-code-not-billable" in c.text)
    assert "What is wrong:" in billable and "How to fix:" in billable and "F32.9" in billable
    vague = next(c.text for c in comments if "objective-not-measurable" in c.text)
    assert "Example:" in vague and "by 20" in vague


def test_comment_text_drops_characters_word_cannot_store() -> None:
    report = check(DOCX_FIXTURES / "l1_psychotherapy_flawed_codes.docx")
    finding = report.findings[0]
    hostile = finding.model_copy(update={"message": "bell\x07 and vertical tab\x0b inside"})
    report = report.model_copy(update={"findings": [hostile, *report.findings[1:]]})
    reviewed = docx.Document(io.BytesIO(review_docx(report)))
    texts = [c.text for c in reviewed.comments]
    assert any("bell and vertical tab inside" in t for t in texts)
    assert all("\x07" not in t and "\x0b" not in t for t in texts)


def test_non_docx_plans_are_refused_with_one_line(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    result = CliRunner().invoke(main, ["check", str(EXAMPLES / "psychotherapy-flawed.yaml"), "--payer", "medicare-psychotherapy",
                                       "--format", "docx", "-o", str(target)])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "not a Word (DOCX) file" in result.output
    assert not target.exists()
    with pytest.raises(ReviewError):
        review_docx(check(EXAMPLES / "psychotherapy-flawed.yaml"))


def test_docx_needs_an_output_and_a_folder_for_several_plans(tmp_path: Path) -> None:
    plan = str(DOCX_FIXTURES / "l1_psychotherapy_flawed_codes.docx")
    other = str(DOCX_FIXTURES / "l2_ot_flawed_blank_cells.docx")
    runner = CliRunner()
    no_output = runner.invoke(main, ["check", plan, "--payer", "medicare-psychotherapy", "--format", "docx"])
    assert no_output.exit_code == 2 and "-o" in no_output.output
    one_file = runner.invoke(main, ["check", plan, other, "--payer", "medicare-psychotherapy", "--format", "docx",
                                    "-o", str(tmp_path / "both.docx")])
    assert one_file.exit_code == 2 and "must be a folder" in one_file.output
    assert not (tmp_path / "both.docx").exists()
    folder = tmp_path / "reviewed"
    ok = runner.invoke(main, ["check", plan, other, "--payer", "medicare-psychotherapy", "--format", "docx", "-o", str(folder),
                              "--as-of", str(AS_OF)])
    assert ok.exit_code == 1, ok.output
    assert sorted(p.name for p in folder.iterdir()) == ["l1_psychotherapy_flawed_codes.reviewed.docx",
                                                        "l2_ot_flawed_blank_cells.reviewed.docx"]
    for written in folder.iterdir():
        assert len(docx.Document(str(written)).comments) > 1


def test_an_unreadable_plan_does_not_stop_the_others(tmp_path: Path) -> None:
    plan = str(DOCX_FIXTURES / "l1_psychotherapy_flawed_codes.docx")
    bad = str(DOCX_FIXTURES / "bad_truncated.docx")
    result = CliRunner().invoke(main, ["check", plan, bad, "--payer", "medicare-psychotherapy", "--format", "docx",
                                       "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert [p.name for p in tmp_path.iterdir()] == ["l1_psychotherapy_flawed_codes.reviewed.docx"]


def test_the_plan_itself_is_never_overwritten(tmp_path: Path) -> None:
    plan = tmp_path / "plan.docx"
    plan.write_bytes((DOCX_FIXTURES / "l1_psychotherapy_flawed_codes.docx").read_bytes())
    before = plan.read_bytes()
    result = CliRunner().invoke(main, ["check", str(plan), "--payer", "medicare-psychotherapy", "--format", "docx", "-o", str(plan)])
    assert result.exit_code == 2 and "refusing to write over the plan" in result.output
    assert plan.read_bytes() == before


def test_same_named_plans_get_distinct_files(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "plan.docx", tmp_path / "b" / "plan.docx"
    for path in (first, second):
        path.parent.mkdir()
        path.write_bytes((DOCX_FIXTURES / "l1_psychotherapy_clean.docx").read_bytes())
    targets = docx_targets([check(first), check(second)], tmp_path / "out")
    assert [t.name for _, t in targets] == ["plan.reviewed.docx", "plan-2.reviewed.docx"]


def test_a_passing_plan_gets_only_the_summary_comment(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Progress note").runs[0].font.size = Pt(14)
    path = tmp_path / "note.docx"
    document.save(str(path))
    report = check(path, "base-treatment-plan")
    reviewed = docx.Document(io.BytesIO(review_docx(report)))
    comments = placed_comments(reviewed)
    assert len(comments) == 1 + len(report.findings)
    assert _text(comments[0].first_paragraph) == "Progress note"
