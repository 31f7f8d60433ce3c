"""The packet markup: blocks, inline styles, and escaping that keeps plan text literal."""

from __future__ import annotations

import pytest

from authcheck.packets.markup import Run, escape, parse_inline, parse_markup, plain_text


def test_blocks() -> None:
    blocks = parse_markup(
        "# Title\n\n## Part\n### Sub\nplain **bold** and !!alert!!\n- item\n-- sub item\n> note\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n::: pagebreak\nafter\n"
    )
    assert [(b.kind, b.level) for b in blocks] == [
        ("heading", 1), ("heading", 2), ("heading", 3), ("paragraph", 1), ("bullet", 1), ("bullet", 2), ("note", 1),
        ("table", 1), ("pagebreak", 1), ("paragraph", 1),
    ]
    assert blocks[3].runs == [Run("plain "), Run("bold", bold=True), Run(" and "), Run("alert", bold=True, alert=True)]
    table = blocks[7]
    assert table.header and [[r[0].text for r in row] for row in table.rows] == [["a", "b"], ["1", "2"]]
    assert plain_text(blocks).splitlines()[-3:] == ["a | b", "1 | 2", "after"]


def test_a_table_without_rule_row_has_no_header() -> None:
    (table,) = parse_markup("| a | b |\n| c | d |\n")
    assert not table.header and len(table.rows) == 2


@pytest.mark.parametrize("text", [
    "# not a heading", "- not a bullet", "> not a note", "::: pagebreak", "| not | a table |", "**not bold**",
    "!!not alert!!", "back\\slash", "a*b!c|d", "trailing \\", "  spaces   collapse  ", "2026-01-20 — F33.1 (line 24)",
])
def test_escaped_text_is_literal(text: str) -> None:
    (block,) = parse_markup(escape(text))
    assert block.kind == "paragraph"
    assert "".join(r.text for r in block.runs) == " ".join(text.split())
    assert not any(r.bold or r.alert for r in block.runs)
    (cell_block,) = parse_markup(f"| {escape(text)} | x |")
    assert "".join(r.text for r in cell_block.rows[0][0]) == " ".join(text.split())


def test_escape_makes_one_line() -> None:
    assert "\n" not in escape("line one\nline two")
    assert parse_inline(escape("line one\nline two"))[0].text == "line one line two"
