"""Helpers for packet tests: run the command line, read DOCX text, find the shared test data."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"
PAS_PROFILES = SHARED / "corpus" / "fhir" / "pas-2.2.1-profiles"
LABELLED = SHARED / "labelled-examples"
AS_OF = dt.date(2026, 2, 1)

# (example file, payer, states) of every shipped clean example
CLEAN = [
    ("psychotherapy-clean.yaml", "medicare-psychotherapy", ["pa-55-5200"]),
    ("pt-clean.yaml", "medicare-outpatient-therapy", []),
    ("home-health-clean.yaml", "medicare-home-health", []),
    ("aba-clean.yaml", "commercial-aba", []),
    ("sud-residential-clean.yaml", "base-treatment-plan", ["fl-65d-30", "tx-26tac-564"]),
]


def cli(*args: str, env: dict[str, str] | None = None) -> Any:
    """Run `authcheck ARGS` in-process."""
    from authcheck.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)


def docx_text(path: Path) -> str:
    """Every paragraph and table row of a DOCX in body order (cells joined by " | "), footers last."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            lines.append(Paragraph(child, document).text)
        elif child.tag.endswith("}tbl"):
            for row in Table(child, document).rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
    for section in document.sections:
        lines += [p.text for p in section.footer.paragraphs]
    return "\n".join(lines)


def section(text: str, heading: str, until: str | None = None) -> str:
    """The text from a heading line to the next given heading (or the end)."""
    start = text.rindex(f"\n{heading}\n") if f"\n{heading}\n" in text else text.index(heading)
    end = text.index(f"\n{until}\n", start + 1) if until and f"\n{until}\n" in text[start + 1:] else len(text)
    return text[start:end]


def read_json(path: Path) -> Any:
    """A JSON file's content."""
    return json.loads(path.read_text(encoding="utf-8"))
