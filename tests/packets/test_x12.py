"""x12-278.txt is a valid X12 005010X217 278 request (pyx12, with authcheck's map of the transaction),
carries the plan's data, and is not written when a required value is missing."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from authcheck.codes import get_icd10cm, normalize_code
from authcheck.packets.x12_validate import validate_278
from authcheck.readers import read_plan

from .helpers import EXAMPLES, LABELLED, cli, read_json

WITH_NPI = [
    ("psychotherapy-clean.yaml", "medicare-psychotherapy", ["pa-55-5200"]),
    ("pt-clean.yaml", "medicare-outpatient-therapy", []),
    ("aba-clean.yaml", "commercial-aba", []),
]


def _segments(text: str) -> list[list[str]]:
    return [segment.strip().split("*") for segment in text.split("~") if segment.strip()]


@pytest.mark.parametrize(("name", "payer", "states"), WITH_NPI, ids=[w[0] for w in WITH_NPI])
def test_278_is_valid_and_carries_the_plan(build, name: str, payer: str, states: list[str]) -> None:
    result = build(EXAMPLES / name, payer, states, payer_id="12345", place_of_service="11")
    text = (result.out_dir / "x12-278.txt").read_text(encoding="ascii")
    assert validate_278(text) == []
    plan = read_plan(EXAMPLES / name).plan
    segments = _segments(text)
    ids = [s[0] for s in segments]
    assert ids[:4] == ["ISA", "GS", "ST", "BHT"] and ids[-3:] == ["SE", "GE", "IEA"]
    assert segments[2] == ["ST", "278", "0001", "005010X217"]
    assert segments[3][1:3] == ["0007", "13"]
    nm1 = {s[1]: s for s in segments if s[0] == "NM1"}
    assert nm1["X3"][8:10] == ["PI", "12345"]
    assert nm1["1P"][8:10] == ["XX", plan.providers[0].npi]
    assert nm1["IL"][3] == plan.patient.name.split()[-1].upper() and nm1["IL"][8:10] == ["MI", plan.patient.member_id]
    assert ["DMG", "D8", plan.patient.birth_date.strftime("%Y%m%d")] in segments
    hi = next(s for s in segments if s[0] == "HI")
    icd = get_icd10cm()
    assert hi[1:] == [f"{'ABK' if i == 0 else 'ABF'}:{normalize_code(icd.lookup(d.code).code)}"
                      for i, d in enumerate(sorted(plan.diagnoses, key=lambda d: d is not plan.primary_diagnosis()))]
    assert [s[1].split(":")[1] for s in segments if s[0] == "SV1"] == [s.code for s in plan.services]
    event = next(s for s in segments if s[0] == "UM")
    assert event[4] == "11:B"
    period = f"{plan.period.start:%Y%m%d}-{plan.period.end:%Y%m%d}"
    assert ["DTP", "AAH", "RD8", period] in segments
    assert sum(1 for s in segments if s[:3] == ["DTP", "472", "RD8"]) == len(plan.services)
    hl = [s for s in segments if s[0] == "HL"]
    assert [h[3] for h in hl] == ["20", "21", "22", "EV", *["SS"] * len(plan.services)]


def test_frequency_and_duration_in_hsd(build) -> None:
    psychotherapy = build(EXAMPLES / "psychotherapy-clean.yaml", "medicare-psychotherapy", payer_id="12345")
    segments = _segments((psychotherapy.out_dir / "x12-278.txt").read_text(encoding="ascii"))
    assert ["HSD", "", "", "WK", "1", "34", "6"] in segments  # weekly, for 6 months
    aba = build(EXAMPLES / "aba-clean.yaml", "commercial-aba", payer_id="12345")
    segments = _segments((aba.out_dir / "x12-278.txt").read_text(encoding="ascii"))
    hsd = [s for s in segments if s[0] == "HSD"]
    assert hsd == [["HSD", "HS", "20", "", "", "35", "1"], ["HSD", "HS", "3", "", "", "35", "1"], ["HSD", "HS", "2", "", "", "34", "1"]]


def test_envelope_options(build) -> None:
    result = build(EXAMPLES / "pt-clean.yaml", "medicare-outpatient-therapy", payer_id="12345", submitter_id="CLINIC01",
                   x12_usage="T")
    text = (result.out_dir / "x12-278.txt").read_text(encoding="ascii")
    assert validate_278(text) == []
    isa = _segments(text)[0]
    assert isa[6] == "CLINIC01".ljust(15) and isa[8] == "12345".ljust(15) and isa[15] == "T"
    assert isa[9] == "260201" and isa[10] == "0000"


@pytest.mark.parametrize(("options", "reason"), [
    ({}, "payer identifier"),
    ({"payer_id": "X" * 16}, "longer than the 15 characters"),
])
def test_not_written_without_the_payer_identifier(build, options: dict[str, str], reason: str) -> None:
    result = build(EXAMPLES / "psychotherapy-clean.yaml", "medicare-psychotherapy", **options)
    assert not (result.out_dir / "x12-278.txt").exists()
    not_written = read_json(result.out_dir / "manifest.json")["not_written"]
    assert any(item["file"] == "x12-278.txt" and reason in item["reason"] for item in not_written)
    assert any(reason in message for message in result.messages)


def test_not_written_without_the_requesting_providers_npi(build) -> None:
    result = build(EXAMPLES / "home-health-clean.yaml", "medicare-home-health", payer_id="12345")
    assert not (result.out_dir / "x12-278.txt").exists()
    reasons = [i["reason"] for i in read_json(result.out_dir / "manifest.json")["not_written"] if i["file"] == "x12-278.txt"]
    assert reasons and "requesting provider NPI" in reasons[0]


def test_command_line_says_why_in_one_note(tmp_path) -> None:
    out = tmp_path / "p"
    result = cli("packet", str(EXAMPLES / "psychotherapy-clean.yaml"), "--payer", "medicare-psychotherapy", "--as-of", "2026-02-01",
                 "--no-pdf", "-o", str(out))
    assert result.exit_code == 0
    assert "note: x12-278.txt not written: payer identifier: give --payer-id" in result.stdout


def test_the_validator_catches_broken_requests(build) -> None:
    result = build(EXAMPLES / "psychotherapy-clean.yaml", "medicare-psychotherapy", payer_id="12345")
    text = (result.out_dir / "x12-278.txt").read_text(encoding="ascii")
    count = next(s for s in _segments(text) if s[0] == "SE")[1]
    broken = {
        "segment count": text.replace(f"SE*{count}*", f"SE*{int(count) - 1}*"),
        "payer ID": text.replace("*PI*12345~", "~"),
        "request category": text.replace("UM*HS*I*A6~", "UM*ZZ*I*A6~", 1),
        "birth date": text.replace("DMG*D8*19580417", "DMG*D8*19581317"),
        "hierarchy": text.replace("HL*5*4*SS*0", "HL*5*4*XX*0"),
        "version": text.replace("*005010X217~", "*005010X222~", 1),
        "member ID": text.replace("*MI*1EG4TE5MK73~", "*MI~"),
    }
    for what, variant in broken.items():
        assert variant != text, what
        assert validate_278(variant), what


def _labelled_with_npi() -> list[tuple[str, str, dt.date]]:
    path = LABELLED / "labels.json"
    if not path.exists():
        return []
    out = []
    for index, item in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        args = item["check_with"]
        if item["file"].endswith(".docx") and index % 3:
            continue  # every third DOCX layout, and every FHIR and C-CDA plan
        out.append((item["file"], args[args.index("--payer") + 1], dt.date.fromisoformat(args[args.index("--as-of") + 1])))
    return out


LABELLED_PLANS = _labelled_with_npi()


@pytest.mark.skipif(not LABELLED_PLANS, reason="../shared/labelled-examples is not here")
def test_every_labelled_plan_gives_a_valid_278_or_a_reason(build) -> None:
    written = 0
    for name, payer, as_of in LABELLED_PLANS:
        result = build(LABELLED / name, payer, as_of=as_of, force=True, payer_id="12345")
        target = result.out_dir / "x12-278.txt"
        if target.exists():
            written += 1
            assert validate_278(target.read_text(encoding="ascii")) == [], name
        else:
            assert read_json(result.out_dir / "manifest.json")["not_written"], name
    assert written >= len(LABELLED_PLANS) // 2
