"""pas-bundle.json is a valid FHIR R4 Da Vinci PAS request Bundle: it parses with fhir.resources' R4B
models, carries every element the PAS profiles require (read from their StructureDefinitions), and
holds the plan's data; what the plan lacks is sent as data-absent-reason, never invented."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from authcheck.codes import get_icd10cm
from authcheck.readers import read_plan

from .helpers import CLEAN, EXAMPLES, LABELLED, PAS_PROFILES, read_json

DATA_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
PAS = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/"


def _resources(bundle: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for entry in bundle["entry"]:
        out.setdefault(entry["resource"]["resourceType"], []).append(entry["resource"])
    return out


def _absent(value: Any) -> bool:
    return isinstance(value, dict) and any(e.get("url") == DATA_ABSENT for e in value.get("extension", []))


def _present(node: dict[str, Any], name: str) -> bool:
    """An element is there when it has a value, or (for a primitive) a data-absent-reason extension."""
    if name.endswith("[x]"):
        stem = name[:-3]
        return any(k.startswith(stem) and k != stem and not k.startswith("_") for k in node)
    return name in node or f"_{name}" in node


def _required_paths(profile_url: str) -> list[tuple[str, ...]]:
    """Element paths (below the resource, no slices) that the profile's snapshot marks min >= 1."""
    name = profile_url.rsplit("/", 1)[-1]
    path = PAS_PROFILES / f"StructureDefinition-{name}.json"
    if not path.exists():
        return []
    definition = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for element in definition["snapshot"]["element"]:
        parts = element["id"].split(".")[1:]
        if (element.get("min", 0) >= 1 and parts and ":" not in element["id"]
                and not any(p in ("extension", "modifierExtension", "url", "id") for p in parts)):
            out.append(tuple(parts))
    return out


def _check_required(resource: dict[str, Any], profile_url: str) -> list[str]:
    problems = []
    for parts in _required_paths(profile_url):
        parents = [resource]
        for part in parts[:-1]:
            children = []
            for parent in parents:
                value = parent.get(part.replace("[x]", ""))
                if isinstance(value, list):
                    children += [v for v in value if isinstance(v, dict)]
                elif isinstance(value, dict):
                    children.append(value)
            parents = children
        for parent in parents:
            if not _present(parent, parts[-1]):
                problems.append(".".join(parts))
    return problems


def _bundle(build, name: str, payer: str, states: list[str], **options: Any) -> tuple[dict[str, Any], Any]:
    result = build(EXAMPLES / name, payer, states, **options)
    return read_json(result.out_dir / "pas-bundle.json"), result


@pytest.mark.parametrize(("name", "payer", "states"), CLEAN, ids=[c[0] for c in CLEAN])
def test_bundle_parses_with_fhir_r4_models_and_has_the_pas_required_elements(build, name: str, payer: str, states: list[str]) -> None:
    from fhir.resources.R4B.bundle import Bundle

    bundle, _ = _bundle(build, name, payer, states)
    parsed = Bundle.model_validate(bundle)  # raises on any structural error
    assert parsed.type == "collection" and parsed.identifier and parsed.timestamp
    assert bundle["meta"]["profile"] == [PAS + "profile-pas-request-bundle"]
    assert bundle["entry"][0]["resource"]["resourceType"] == "Claim"
    full_urls = {entry["fullUrl"] for entry in bundle["entry"]}
    assert len(full_urls) == len(bundle["entry"])
    references = [m for m in json.dumps(bundle).split('"reference": "')[1:]]
    for reference in references:
        assert reference.split('"', 1)[0] in full_urls  # every reference resolves inside the bundle
    if PAS_PROFILES.exists():
        for entry in bundle["entry"]:
            resource = entry["resource"]
            for profile in resource.get("meta", {}).get("profile", []):
                assert not _check_required(resource, profile), (resource["resourceType"], _check_required(resource, profile))
        assert _check_required(bundle, PAS + "profile-pas-request-bundle") == []


@pytest.mark.parametrize(("name", "payer", "states"), CLEAN, ids=[c[0] for c in CLEAN])
def test_bundle_carries_the_plan(build, name: str, payer: str, states: list[str]) -> None:
    bundle, result = _bundle(build, name, payer, states)
    plan = read_plan(EXAMPLES / name).plan
    resources = _resources(bundle)
    claim = resources["Claim"][0]
    assert claim["use"] == "preauthorization" and claim["status"] == "active"
    assert claim["created"] == "2026-02-01"
    patient = resources["Patient"][0]
    assert patient["identifier"][0]["value"] == plan.patient.member_id
    assert patient["birthDate"] == plan.patient.birth_date.isoformat()
    assert patient["name"][0]["text"] == plan.patient.name
    assert _absent(patient["_gender"])  # the plan model has no gender: never guessed
    coverage = resources["Coverage"][0]
    assert coverage["subscriberId"] == plan.patient.member_id
    insurer = next(o for o in resources["Organization"] if PAS + "profile-insurer" in o["meta"]["profile"])
    assert insurer["name"] == plan.payer
    for practitioner in resources.get("Practitioner", []):
        identifier = practitioner["identifier"][0]
        assert identifier["system"] == "http://hl7.org/fhir/sid/us-npi"
        if "value" in identifier:
            assert identifier["value"] in {p.npi for p in plan.providers}
        else:  # the plan names no NPI: required by PAS, sent as unknown
            assert _absent(identifier["_value"]) and not any(p.npi for p in plan.providers)
    # diagnoses: Claim.diagnosis and Conditions with ICD-10-CM codes
    icd = get_icd10cm()
    codes = [icd.lookup(d.code).code for d in plan.diagnoses]
    assert [d["diagnosisCodeableConcept"]["coding"][0]["code"] for d in claim["diagnosis"]] == codes
    assert all(d["diagnosisCodeableConcept"]["coding"][0]["system"] == "http://hl7.org/fhir/sid/icd-10-cm" for d in claim["diagnosis"])
    assert sorted(c["code"]["coding"][0]["code"] for c in resources["Condition"]) == sorted(codes)
    # items: service codes, quantities, service periods
    assert [i["productOrService"]["coding"][0]["code"] for i in claim["item"]] == [s.code for s in plan.services]
    for item, service in zip(claim["item"], plan.services, strict=True):
        start = service.start or (plan.period.start if plan.period else plan.plan_date)
        assert item["servicedPeriod"]["start"] == start.isoformat()
        urls = [e["url"] for e in item["extension"]]
        assert PAS + "extension-serviceItemRequestType" in urls and PAS + "extension-certificationType" in urls
    # the plan itself, base64
    documents = resources["DocumentReference"]
    plan_document = next(d for d in documents if d["type"].get("coding", [{}])[0].get("code") == "18776-5")
    attachment = plan_document["content"][0]["attachment"]
    assert base64.b64decode(attachment["data"]) == (EXAMPLES / name).read_bytes()
    assert attachment["size"] == len((EXAMPLES / name).read_bytes())
    supporting = claim["supportingInfo"][0]
    assert supporting["valueReference"]["reference"] == next(
        e["fullUrl"] for e in bundle["entry"] if e["resource"] is plan_document)
    assert result.out_dir.joinpath("pas-bundle.json").read_bytes().endswith(b"\n")


def test_frequency_hours_and_duration_travel_in_service_requests(build) -> None:
    bundle, _ = _bundle(build, "aba-clean.yaml", "commercial-aba", [])
    requests = _resources(bundle)["ServiceRequest"]
    ratios = [(r["code"]["coding"][0]["code"], r["quantityRatio"]["numerator"]["value"], r["quantityRatio"]["denominator"]["code"])
              for r in requests]
    assert ratios == [("97153", 20, "wk"), ("97155", 3, "wk"), ("97156", 2, "mo")]  # "2 hours per month" stays per month
    bundle, _ = _bundle(build, "home-health-clean.yaml", "medicare-home-health", [])
    timing = _resources(bundle)["ServiceRequest"][0]["occurrenceTiming"]["repeat"]
    assert timing["frequency"] == 2 and timing["period"] == 1 and timing["periodUnit"] == "wk"


def test_settings_fill_what_the_plan_cannot(build) -> None:
    medicare, _ = _bundle(build, "home-health-clean.yaml", "medicare-home-health", [])
    resources = _resources(medicare)
    assert resources["Patient"][0]["identifier"][0]["system"] == "http://hl7.org/fhir/sid/us-mbi"
    assert resources["Claim"][0]["type"]["coding"][0]["code"] == "institutional"
    item = resources["Claim"][0]["item"][0]
    assert item["locationCodeableConcept"]["coding"][0]["code"] == "12"
    assert item["category"]["coding"][0]["code"] == "42"
    aba, result = _bundle(build, "aba-clean.yaml", "commercial-aba", [])
    resources = _resources(aba)
    assert _absent(resources["Patient"][0]["identifier"][0]["_system"])  # no member-ID namespace set: absent, not guessed
    assert _absent(resources["Claim"][0]["item"][0]["locationCodeableConcept"])
    missing = {m["element"] for m in read_json(result.out_dir / "manifest.json")["missing"]}
    assert {"member ID namespace", "place of service", "member gender"} <= missing
    office, _ = _bundle(build, "aba-clean.yaml", "commercial-aba", [], place_of_service="11", payer_id="60054")
    resources = _resources(office)
    assert resources["Claim"][0]["item"][0]["locationCodeableConcept"]["coding"][0]["code"] == "11"
    insurer = next(o for o in resources["Organization"] if PAS + "profile-insurer" in o["meta"]["profile"])
    assert insurer["identifier"][0]["value"] == "60054"


def test_a_plan_without_member_id_or_services_is_sent_with_the_gaps_marked(build, tmp_path: Path) -> None:
    from fhir.resources.R4B.bundle import Bundle

    source = (EXAMPLES / "psychotherapy-clean.yaml").read_text(encoding="utf-8")
    services = source[source.index("services:"):source.index("reviews:")]
    plan = tmp_path / "plan.yaml"
    plan.write_text(source.replace("  member_id: 1EG4TE5MK73\n", "").replace(services, ""), encoding="utf-8")
    result = build(plan, "medicare-psychotherapy", force=True)
    bundle = read_json(result.out_dir / "pas-bundle.json")
    Bundle.model_validate(bundle)
    resources = _resources(bundle)
    assert "identifier" not in resources["Patient"][0]
    assert _absent(resources["Coverage"][0]["identifier"][0]["_value"])
    assert "item" not in resources["Claim"][0]  # documented: PAS requires Claim.item; the manifest says it is missing
    missing = {m["element"] for m in read_json(result.out_dir / "manifest.json")["missing"]}
    assert {"member ID", "requested services"} <= missing


LABELLED_FHIR = sorted(p.name for p in LABELLED.glob("plan_03*_fhir_*.json")) if LABELLED.exists() else []


@pytest.mark.skipif(not LABELLED_FHIR, reason="../shared/labelled-examples is not here")
@pytest.mark.parametrize("name", LABELLED_FHIR)
def test_fhir_plans_give_valid_bundles_too(build, name: str) -> None:
    from fhir.resources.R4B.bundle import Bundle

    payer = "medicare-psychotherapy" if "psychotherapy" in name else "medicare-outpatient-therapy"
    result = build(LABELLED / name, payer, force=True)
    bundle = read_json(result.out_dir / "pas-bundle.json")
    Bundle.model_validate(bundle)
    document = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "DocumentReference")
    assert document["content"][0]["attachment"]["contentType"] == "application/json"
    assert base64.b64decode(document["content"][0]["attachment"]["data"]) == (LABELLED / name).read_bytes()
