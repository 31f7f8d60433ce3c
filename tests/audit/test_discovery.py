"""Discovery: folders, zip archives, list files, hostile zip entries, symlinks, the output folder."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest

from authcheck.audit.discovery import PlanRef, discover, is_url, zip_member_problem
from authcheck.audit.sources import SourceError, read_source


def refs(*paths: str | Path, exclude: Path | None = None) -> list[PlanRef]:
    return list(discover([str(p) for p in paths], exclude=exclude))


def test_folder_is_walked_recursively_in_name_order_skipping_hidden_and_lock_files(archive: Path) -> None:
    found = refs(archive)
    keys = [r.key for r in found]
    root = str(archive)
    assert keys == [
        f"{root}/north/a-clean.yaml",
        f"{root}/north/b-flawed.yaml",
        f"{root}/south/2025/c-clean.yaml",
        f"{root}/south/broken.docx",
        f"{root}/south/l1_psychotherapy_clean.docx",
        f"{root}/south/l2_psychotherapy_goals_table.docx",
        f"{root}/south/l4_psychotherapy_ehr_review_completed.docx",
    ]
    assert all(r.kind == "file" for r in found)
    assert {r.key.rsplit("/", 1)[1]: r.site for r in found}["c-clean.yaml"] == "south"
    assert {r.site for r in found} == {"north", "south"}


def test_relative_root_keeps_its_spelling_in_keys(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(archive.parent)
    keys = [r.key for r in refs("./archive/north/")]
    assert keys == ["archive/north/a-clean.yaml", "archive/north/b-flawed.yaml"]
    assert all(r.site is None for r in refs("archive/north"))  # plans directly in a root have no site folder


def test_output_folder_inside_a_root_is_not_audited(archive: Path) -> None:
    out = archive / "north" / "audit-out"
    out.mkdir()
    (out / "results.jsonl").write_text("{}\n")
    assert not [r for r in refs(archive, exclude=out) if "audit-out" in r.key]


def test_missing_path_and_overlapping_roots(archive: Path) -> None:
    found = refs(archive / "nope", archive / "north", archive)
    assert found[0].kind == "error" and found[0].error == "no such file or folder"
    keys = [r.key for r in found[1:]]
    assert len(keys) == len(set(keys)) == 7  # the north plans are audited once, under the first key
    assert keys[0].endswith("north/a-clean.yaml") and keys[2].endswith("south/2025/c-clean.yaml")


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_zip_archive_members_are_plans_with_sites(archive: Path, tmp_path: Path) -> None:
    plan = (archive / "north" / "a-clean.yaml").read_bytes()
    z = _zip(tmp_path / "plans.zip", {"east/p1.yaml": plan, "p2.yaml": plan, "__MACOSX/._p2.yaml": b"x",
                                       "east/": b"", ".DS_Store": b"x"})
    found = refs(z)
    assert [(r.key, r.kind, r.member, r.site) for r in found] == [
        (f"{z}!/east/p1.yaml", "zip", "east/p1.yaml", "east"),
        (f"{z}!/p2.yaml", "zip", "p2.yaml", None),
    ]
    assert read_source(found[0]) == plan


def test_zip_in_a_folder_is_opened_and_inherits_the_site(archive: Path) -> None:
    plan = (archive / "north" / "a-clean.yaml").read_bytes()
    (archive / "west").mkdir()
    _zip(archive / "west" / "batch.zip", {"p.yaml": plan})
    zipped = [r for r in refs(archive) if r.kind == "zip"]
    assert [(r.key.rsplit("/", 2)[-2:], r.site) for r in zipped] == [(["batch.zip!", "p.yaml"], "west")]


def test_hostile_zip_entries_are_refused_with_error_lines(tmp_path: Path) -> None:
    z = tmp_path / "evil.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("ok.yaml", "schema: authcheck-plan/1\n")
        zf.writestr("../../etc/escape.yaml", "x")
        zf.writestr("/abs/path.yaml", "x")
        zf.writestr("a/../../b.yaml", "x")
        zf.writestr("C:/windows/evil.yaml", "x")
        link = zipfile.ZipInfo("link.yaml")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
        zf.writestr("inner.zip", b"PK\x05\x06" + b"\x00" * 18)
        with pytest.warns(UserWarning, match="Duplicate name"):
            zf.writestr("ok.yaml", "duplicate")
    found: dict[str, PlanRef] = {}
    for ref in refs(z):
        found.setdefault(ref.member, ref)
    assert found["ok.yaml"].kind == "zip"
    assert "'..'" in found["../../etc/escape.yaml"].error
    assert "'..'" in found["a/../../b.yaml"].error
    assert "absolute" in found["/abs/path.yaml"].error
    assert "absolute" in found["C:/windows/evil.yaml"].error
    assert "symbolic link" in found["link.yaml"].error
    assert "zip archive inside a zip archive" in found["inner.zip"].error
    duplicates = [r for r in refs(z) if "duplicate" in r.key]
    assert len(duplicates) == 1 and duplicates[0].kind == "error"
    assert read_source(found["ok.yaml"]) == b"schema: authcheck-plan/1\n"  # the first entry of a repeated name
    for ref in refs(z):
        if ref.kind == "error":
            with pytest.raises(SourceError):
                read_source(ref)


def test_zip_member_problem_flags_encryption() -> None:
    info = zipfile.ZipInfo("plan.docx")
    info.flag_bits |= 0x1
    assert "encrypted" in zip_member_problem(info)


def test_zip_bomb_member_is_refused_without_inflating(tmp_path: Path) -> None:
    z = tmp_path / "bomb.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.docx", b"\x00" * (60 * 1024 * 1024))  # over the 50 MB plan limit
        zf.writestr("dense.docx", b"A" * (8 * 1024 * 1024))  # 8 MB from a few kB: ratio far over 200:1
    big, dense = refs(z)
    with pytest.raises(SourceError, match="larger than"):
        read_source(big)
    with pytest.raises(SourceError, match="zip bomb"):
        read_source(dense)


def test_zip_member_lying_about_its_size_is_not_read_past_the_declared_size(tmp_path: Path) -> None:
    z = tmp_path / "liar.zip"
    _zip(z, {"plan.yaml": b"x" * 5000})
    data = bytearray(z.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 24:central + 28] = (100).to_bytes(4, "little")  # declared size 100, real 5000
    z.write_bytes(bytes(data))
    (ref,) = refs(z)
    with pytest.raises(SourceError):
        read_source(ref)


def test_unreadable_zip_is_one_error_line(tmp_path: Path) -> None:
    z = tmp_path / "torn.zip"
    z.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    (ref,) = refs(z)
    assert ref.kind == "error" and ref.error.startswith("cannot open zip archive")


def test_list_file_with_at_sign_and_lst_suffix(archive: Path, tmp_path: Path) -> None:
    lists = tmp_path / "lists"
    lists.mkdir()
    text = "# plans to audit\n\n../archive/north/a-clean.yaml\n" + f"{archive / 'south' / '2025'}\n" + "missing.yaml\n@nested.lst\n"
    (lists / "plans.txt").write_text(text)
    (lists / "plans.lst").write_text(text)
    by_at = refs(f"@{lists / 'plans.txt'}")
    by_suffix = refs(lists / "plans.lst")
    for found in (by_at, by_suffix):
        assert [r.kind for r in found] == ["file", "file", "error", "error"]
        assert found[0].key.endswith("lists/../archive/north/a-clean.yaml") is False  # normalised
        assert found[0].key.endswith("archive/north/a-clean.yaml")
        assert found[1].key.endswith("south/2025/c-clean.yaml")
        assert found[2].error == "no such file or folder"
        assert "list file inside a list file" in found[3].error
    assert refs("@" + str(lists / "absent.txt"))[0].error.startswith("cannot read list file")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlinks_are_not_followed_out_of_the_root(archive: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.yaml").write_text("schema: authcheck-plan/1\n")
    os.symlink(outside / "secret.yaml", archive / "north" / "link-out.yaml")
    os.symlink(outside, archive / "north" / "dir-out")
    os.symlink(archive / "south" / "2025" / "c-clean.yaml", archive / "north" / "link-in.yaml")
    os.symlink(archive / "south", archive / "north" / "dir-in")
    os.symlink(tmp_path / "nowhere.yaml", archive / "north" / "broken.yaml")
    found = {r.key.split("/archive/", 1)[1]: r for r in refs(archive)}
    assert found["north/link-out.yaml"].kind == "error" and "outside" in found["north/link-out.yaml"].error
    assert found["north/dir-out"].kind == "error" and "outside" in found["north/dir-out"].error
    assert found["north/broken.yaml"].error == "broken symlink"
    assert "north/dir-in/2025/c-clean.yaml" not in found  # folder symlinks are not descended
    # a file link inside the root is read; its target is audited once (under the first key met)
    linked = found["north/link-in.yaml"]
    assert linked.kind == "file" and linked.location == str((archive / "south" / "2025" / "c-clean.yaml").resolve())
    assert "south/2025/c-clean.yaml" not in found
    assert not any("secret" in k for k in found)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_file_swapped_for_a_symlink_after_discovery_is_not_followed(archive: Path, tmp_path: Path) -> None:
    (ref,) = [r for r in refs(archive) if r.key.endswith("a-clean.yaml")]
    target = tmp_path / "elsewhere.yaml"
    target.write_text("schema: authcheck-plan/1\n")
    Path(ref.location).unlink()
    os.symlink(target, ref.location)
    with pytest.raises(SourceError):
        read_source(ref)


def test_url_detection() -> None:
    assert is_url("s3://bucket/plans") and is_url("file:///tmp/x") and is_url("gcs://b/p.zip")
    assert not is_url("C:\\plans") and not is_url("plans/a.docx") and not is_url("@list.txt")


def test_file_url_folder_is_listed_with_sites(archive: Path) -> None:
    found = refs(f"file://{archive}")
    assert [r.kind for r in found] == ["url"] * 7
    assert found[0].key == f"file://{archive}/north/a-clean.yaml" and found[0].site == "north"
    assert read_source(found[0]) == (archive / "north" / "a-clean.yaml").read_bytes()
