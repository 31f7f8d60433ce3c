"""Findings are grouped by section in the order the document has them, whatever its format."""

from __future__ import annotations

from pathlib import Path

import docx

from authcheck.model import SourceLocation
from authcheck.reports.ordering import docx_block_positions, position_key


def test_word_paragraphs_and_tables_interleave_in_body_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("first")                      # paragraph 0, body 0
    document.add_table(rows=2, cols=2)                    # table 0, body 1
    document.add_paragraph("after the first table")      # paragraph 1, body 2
    document.add_table(rows=1, cols=1)                    # table 1, body 3
    path = tmp_path / "order.docx"
    document.save(str(path))
    positions = docx_block_positions(path)
    assert positions == ((0, 2), (1, 3))
    keys = {
        "p0": position_key(SourceLocation(paragraph=0), positions),
        "t0r1": position_key(SourceLocation(table=0, row=1, cell=0), positions),
        "t0r0c1": position_key(SourceLocation(table=0, row=0, cell=1), positions),
        "p1": position_key(SourceLocation(paragraph=1), positions),
        "t1": position_key(SourceLocation(table=1, row=0, cell=0), positions),
    }
    assert sorted(keys, key=keys.__getitem__) == ["p0", "t0r0c1", "t0r1", "p1", "t1"]


def test_unreadable_word_file_falls_back_without_failing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    assert docx_block_positions(broken) is None
    assert docx_block_positions(tmp_path / "missing.docx") is None


def test_pointers_and_lines_sort_numerically() -> None:
    entries = ["/entry/10/resource/goal/0", "/entry/2/resource/goal/1", "/entry/2/resource/goal/0"]
    keys = sorted(entries, key=lambda p: position_key(SourceLocation(pointer=p)))  # type: ignore[arg-type,return-value]
    assert keys == ["/entry/2/resource/goal/0", "/entry/2/resource/goal/1", "/entry/10/resource/goal/0"]
    xpaths = ["/ClinicalDocument/component/structuredBody/component[10]/section", "/ClinicalDocument/component/structuredBody/component[3]/section"]
    assert sorted(xpaths, key=lambda p: position_key(SourceLocation(pointer=p)))[0].endswith("[3]/section")  # type: ignore[arg-type,return-value]
    assert position_key(SourceLocation(line=3)) < position_key(SourceLocation(line=12))  # type: ignore[operator]
    assert position_key(None) is None and position_key(SourceLocation(section="Goals")) is None
