"""The documentation stays true: generated reference pages are current, and README commands exist."""

from __future__ import annotations

from pathlib import Path

from authcheck.docs import write_reference

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_reference_pages_are_current(library) -> None:
    for path, text in write_reference(library, DOCS / "reference").items():
        assert path.exists(), f"{path} is missing: run `python -m authcheck.docs`"
        assert path.read_text(encoding="utf-8") == text, f"{path} is out of date: run `python -m authcheck.docs`"


def test_readme_and_docs_link_to_existing_files() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    for name in ("plan-format.md", "json-output.md", "profiles.md", "rules.md", "measurability.md", "architecture.md"):
        assert f"docs/{name}" in readme
        assert (DOCS / name).exists(), name
    assert "make demo" in readme and "make test" in readme
