"""The same plan, profiles, --as-of and --date give the same bytes: no clock, no random identifiers."""

from __future__ import annotations

import datetime as dt
import uuid
import zipfile

import pytest

from .helpers import CLEAN, EXAMPLES, docx_text, read_json

OUTPUTS = ("packet.docx", "pas-bundle.json", "x12-278.txt", "manifest.json")


@pytest.mark.parametrize(("name", "payer", "states"), CLEAN, ids=[c[0] for c in CLEAN])
def test_two_builds_are_byte_identical(build, name: str, payer: str, states: list[str]) -> None:
    first = build(EXAMPLES / name, payer, states, payer_id="12345", date=dt.date(2026, 2, 3))
    second = build(EXAMPLES / name, payer, states, payer_id="12345", date=dt.date(2026, 2, 3))
    assert first.out_dir != second.out_dir
    for output in OUTPUTS:
        a, b = first.out_dir / output, second.out_dir / output
        assert a.exists() == b.exists()
        if a.exists():
            assert a.read_bytes() == b.read_bytes(), output
    assert docx_text(first.out_dir / "packet.docx") == docx_text(second.out_dir / "packet.docx")


def test_dates_come_from_the_options_not_the_clock(build) -> None:
    day = dt.date(2026, 2, 3)
    result = build(EXAMPLES / "psychotherapy-clean.yaml", "medicare-psychotherapy", payer_id="12345", date=day)
    import docx

    core = docx.Document(str(result.out_dir / "packet.docx")).core_properties
    assert core.created.date() == core.modified.date() == day and core.revision == 1 and core.author == "authcheck"
    with zipfile.ZipFile(result.out_dir / "packet.docx") as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    bundle = read_json(result.out_dir / "pas-bundle.json")
    assert bundle["timestamp"] == "2026-02-03T00:00:00Z"
    claim = bundle["entry"][0]["resource"]
    assert claim["created"] == "2026-02-03"
    x12 = (result.out_dir / "x12-278.txt").read_text(encoding="ascii")
    assert "*260203*0000*" in x12 and "*20260203*0000*" in x12
    assert "02/03/2026" in docx_text(result.out_dir / "packet.docx")


def test_identifiers_are_derived_from_content(build) -> None:
    base = build(EXAMPLES / "psychotherapy-clean.yaml", "medicare-psychotherapy", payer_id="12345")
    later = build(EXAMPLES / "psychotherapy-clean.yaml", "medicare-psychotherapy", payer_id="12345", date=dt.date(2026, 2, 9))
    a, b = read_json(base.out_dir / "pas-bundle.json"), read_json(later.out_dir / "pas-bundle.json")
    for entry in a["entry"]:
        assert uuid.UUID(entry["resource"]["id"]).version == 5  # name-based, not random
        assert entry["fullUrl"] == f"urn:uuid:{entry['resource']['id']}"
    assert a["id"] != b["id"]  # another request date is another request
    isa_a = (base.out_dir / "x12-278.txt").read_text(encoding="ascii").split("~")[0]
    isa_b = (later.out_dir / "x12-278.txt").read_text(encoding="ascii").split("~")[0]
    assert isa_a.split("*")[13] != isa_b.split("*")[13]
    assert read_json(base.out_dir / "manifest.json")["request_key"] != read_json(later.out_dir / "manifest.json")["request_key"]
