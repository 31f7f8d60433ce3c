"""manifest.json lists every file with its SHA-256, the profiles and versions used, the authcheck
version, the settings and templates, and the findings of the check run at build time."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import authcheck
from authcheck.api import check_file, select_profiles

from .helpers import AS_OF, CLEAN, EXAMPLES, read_json


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {"manifest.json"}


@pytest.mark.parametrize(("name", "payer", "states"), CLEAN, ids=[c[0] for c in CLEAN])
def test_manifest_hashes_and_contents(build, library, tmp_path: Path, name: str, payer: str, states: list[str]) -> None:
    attachment = tmp_path / "notes.txt"
    attachment.write_text("Invented supporting note.", encoding="utf-8")
    result = build(EXAMPLES / name, payer, states, attachments=(str(attachment),), payer_id="12345")
    out = result.out_dir
    manifest = read_json(out / "manifest.json")
    listed = {f["name"]: f for f in manifest["files"]}
    assert set(listed) == _files(out)  # every file, attachments included, and nothing else
    for file_name, entry in listed.items():
        data = (out / file_name).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest(), file_name
        assert entry["bytes"] == len(data)
    assert "attachments/notes.txt" in listed and manifest["other_attachments"] == ["notes.txt"]
    assert manifest["authcheck_version"] == authcheck.__version__
    assert manifest["schema"] == "authcheck-packet/1"
    profiles = select_profiles(library, payer=payer, states=states, as_of=AS_OF)
    assert [(p["id"], p["version"]) for p in manifest["profiles"]] == [(p.id, p.version) for p in profiles]
    plan_bytes = (EXAMPLES / name).read_bytes()
    assert manifest["plan"] == {"file": name, "format": "native", "sha256": hashlib.sha256(plan_bytes).hexdigest(),
                                "bytes": len(plan_bytes)}
    report = check_file(EXAMPLES / name, profiles, AS_OF).to_json_dict()
    assert manifest["findings"] == report["findings"] and manifest["counts"] == report["counts"]
    assert manifest["as_of"] == manifest["date"] == "2026-02-01"
    template_names = {t["name"] for t in manifest["templates"]}
    assert {"packet.md.j2", "cover.md.j2", "letter.md.j2", "checklist.md.j2"} <= template_names
    for entry in manifest["templates"]:
        assert entry["from"].startswith("shipped:") and len(entry["sha256"]) == 64
    assert manifest["validation"]["pas-bundle.json"]["errors"] == []
    assert manifest["validation"]["pas-bundle.json"]["validator"].startswith("fhir.resources ")
    if (out / "x12-278.txt").exists():
        assert manifest["validation"]["x12-278.txt"] == {
            "validator": manifest["validation"]["x12-278.txt"]["validator"], "errors": []}
        assert manifest["validation"]["x12-278.txt"]["validator"].startswith("pyx12 ")
    else:
        assert "x12-278.txt" not in manifest["validation"]
    assert {"file": "packet.pdf", "reason": "--no-pdf"} in manifest["not_written"]
    for item in manifest["not_written"]:
        assert not (out / item["file"]).exists() and item["reason"]


def test_manifest_names_the_settings_and_who_set_them(build) -> None:
    manifest = read_json(build(EXAMPLES / "home-health-clean.yaml", "medicare-home-health").out_dir / "manifest.json")
    settings = manifest["packet_settings"]
    assert settings["template"] == "medicare" and settings["place_of_service"] == "12"
    assert settings["set_by"]["place_of_service"] == "medicare-home-health"
    assert {t["from"] for t in manifest["templates"]} == {"shipped:medicare", "shipped:base"}
    cover = next(t for t in manifest["templates"] if t["name"] == "cover.md.j2")
    assert cover["from"] == "shipped:medicare"
