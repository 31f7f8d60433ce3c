"""`authcheck audit --include GLOB --exclude GLOB`: choosing the plans among the other files of an archive.

Archives hold more than plans (scanned PDFs, notes, spreadsheets, a drafts folder). Includes keep only the file
names that match one of them, excludes drop matching files and everything inside a matching folder or archive,
both by name and in any case, in folders, in zip archives and in folder URLs. A file named on the command line is
audited whatever its name; a near miss: a glob that matches a folder's name does not include the files inside it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from click.testing import CliRunner

from authcheck.audit.discovery import PlanRef, Selection, discover
from authcheck.cli import main

from .conftest import AS_OF, BASE_ARGS, read_lines


def names(*paths: str | Path, include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> list[str]:
    found: list[PlanRef] = list(discover([str(p) for p in paths], selection=Selection(include, exclude)))
    return [ref.key.split("/")[-1] for ref in found]


def _mixed(archive: Path) -> Path:
    """The shared archive plus what real archives hold besides plans."""
    (archive / "south" / "scan 2025-03.PDF").write_bytes(b"%PDF-1.4 scanned plan")
    (archive / "north" / "README.txt").write_text("exported 2026-01-04", encoding="utf-8")
    (archive / "drafts").mkdir()
    (archive / "drafts" / "d-draft.yaml").write_text("schema: authcheck-plan/1\n", encoding="utf-8")
    with zipfile.ZipFile(archive / "west.zip", "w") as zf:
        zf.writestr("west/e-plan.DOCX", b"PK not a docx")
        zf.writestr("west/notes.txt", "call back")
        zf.writestr("drafts/f-draft.docx", b"PK draft")
    return archive


def test_every_file_is_a_plan_without_a_selection(archive: Path) -> None:
    found = names(_mixed(archive))
    assert {"scan 2025-03.PDF", "README.txt", "d-draft.yaml", "notes.txt", "f-draft.docx"} <= set(found)


def test_includes_keep_matching_names_in_folders_and_archives(archive: Path) -> None:
    found = names(_mixed(archive), include=("*.docx", "*.yaml"))
    assert "scan 2025-03.PDF" not in found and "README.txt" not in found and "notes.txt" not in found
    assert "e-plan.DOCX" in found  # (any case)
    assert {"a-clean.yaml", "d-draft.yaml", "f-draft.docx", "broken.docx"} <= set(found)


def test_excludes_drop_files_and_whole_folders(archive: Path) -> None:
    found = names(_mixed(archive), exclude=("*.pdf", "*.txt", "drafts"))
    assert not {"scan 2025-03.PDF", "README.txt", "notes.txt", "d-draft.yaml", "f-draft.docx"} & set(found)
    assert {"a-clean.yaml", "e-plan.DOCX", "l1_psychotherapy_clean.docx"} <= set(found)


def test_an_excluded_archive_is_not_opened(archive: Path) -> None:
    found = names(_mixed(archive), exclude=("west.zip",))
    assert "e-plan.DOCX" not in found and "a-clean.yaml" in found


def test_a_folder_name_matching_an_include_includes_nothing_by_itself(archive: Path) -> None:
    assert names(_mixed(archive), include=("drafts",)) == []


def test_a_file_named_on_the_command_line_is_audited_whatever_its_name(archive: Path) -> None:
    readme = _mixed(archive) / "north" / "README.txt"
    assert names(readme, include=("*.docx",), exclude=("*.txt",)) == ["README.txt"]


def test_file_url_folders_follow_the_selection(archive: Path) -> None:
    found = names(f"file://{_mixed(archive)}", include=("*.yaml",), exclude=("drafts",))
    assert found and all(name.endswith(".yaml") for name in found) and "d-draft.yaml" not in found


def test_the_audit_command_takes_the_globs(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["audit", str(_mixed(archive)), *BASE_ARGS, "--as-of", AS_OF, "-o", str(out), "--jobs", "1",
         "--include", "*.yaml", "--include", "*.docx", "--exclude", "drafts", "--exclude", "west.zip"],
        catch_exceptions=False,
    )
    keys = sorted(line["key"].rsplit("/", 1)[1] for line in read_lines(out / "results.jsonl"))
    assert keys == ["a-clean.yaml", "b-flawed.yaml", "broken.docx", "c-clean.yaml", "l1_psychotherapy_clean.docx",
                    "l2_psychotherapy_goals_table.docx", "l4_psychotherapy_ehr_review_completed.docx"]
    assert "7 plans" in result.stderr
