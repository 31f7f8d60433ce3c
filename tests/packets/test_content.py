"""Every section of packet.docx says what the plan says: cover sheet, letter of medical necessity, plan
summary, requirements checklist, attachments. Checked against the plan model for every clean example
and for plans in other formats (DOCX, C-CDA) from the labelled examples."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from authcheck.api import select_profiles
from authcheck.codes import get_icd10cm
from authcheck.packets.context import show_date
from authcheck.readers import read_plan
from authcheck.rules.paths import label_for, nearest_source

from .helpers import AS_OF, CLEAN, EXAMPLES, LABELLED, cli, docx_text, read_json, section


def _sections(text: str) -> dict[str, str]:
    """The packet's sections by name (the cover is everything before the first other section)."""
    names = ["Open documentation gaps", "Letter of medical necessity", "Plan summary", "Requirements checklist", "Attachments"]
    positions = sorted((text.rindex(f"\n{n}\n"), n) for n in names if f"\n{n}\n" in text)  # headings follow the cover list
    out = {"cover": text[: positions[0][0]]}
    for (start, name), following in zip(positions, [*positions[1:], (len(text), "")], strict=True):
        out[name] = text[start:following[0]]
    return out


def _check_packet(plan_path: Path, out: Path, payer: str, states: list[str], library, as_of: dt.date) -> None:
    plan = read_plan(plan_path).plan
    text = docx_text(out / "packet.docx")
    parts = _sections(text)
    cover, letter, summary = parts["cover"], parts["Letter of medical necessity"], parts["Plan summary"]
    checklist, attachments = parts["Requirements checklist"], parts["Attachments"]
    icd = get_icd10cm()

    # cover sheet: payer, member, requesting provider, services, diagnoses, contact
    if plan.payer:
        assert f"To: {plan.payer}" in cover
    member_row = next(line for line in cover.splitlines() if plan.patient.member_id and plan.patient.member_id in line)
    assert plan.patient.name in member_row and show_date(plan.patient.birth_date) in member_row
    npis = [p.npi for p in plan.providers if p.npi]
    if npis:
        provider_row = next(line for line in cover.splitlines() if npis[0] in line)
        provider = next(p for p in plan.providers if p.npi == npis[0])
        assert provider.name in provider_row
    for service in plan.services:
        row = next(line for line in cover.splitlines() if line.startswith(service.code + " |"))
        start = service.start or (plan.period.start if plan.period else None) or plan.plan_date
        assert show_date(start) in row
        if service.hours_per_week:
            assert "hours per" in row
    for diagnosis in plan.diagnoses:
        code = icd.lookup(diagnosis.code).code
        row = next(line for line in cover.splitlines() if line.startswith(code + " |"))
        assert icd.description(code) in row
        assert (row.split(" | ")[-1] == "primary") == (diagnosis is plan.primary_diagnosis())

    # letter of medical necessity: diagnosis, presenting problem, goals, objectives, interventions, duration, reviews
    for diagnosis in plan.diagnoses:
        assert icd.lookup(diagnosis.code).code in letter
    if plan.presenting_problem:
        assert " ".join(plan.presenting_problem.split()) in letter
    for _, goal in plan.iter_goals():
        assert goal.statement in letter
        for value in (goal.baseline, goal.mastery_criteria, show_date(goal.target_date)):
            if value:
                assert value in letter
    for _, _, objective in plan.iter_objectives():
        assert objective.statement in letter
        if objective.baseline:
            assert f"Baseline: {objective.baseline}" in letter
        if objective.target_date:
            assert f"Target date: {show_date(objective.target_date)}" in letter
    for _, intervention in plan.iter_interventions():
        row = next(line for line in letter.splitlines() if intervention.description and line.startswith(intervention.description))
        for detail in (intervention.frequency, intervention.duration, intervention.amount):
            if detail is not None and detail.text:
                assert detail.text in row
    if plan.expected_duration and plan.expected_duration.text:
        assert f"Expected duration: {plan.expected_duration.text}" in letter
    for review in plan.scheduled_reviews:
        assert show_date(review.date) in letter

    # plan summary: dates and signatures
    assert show_date(plan.plan_date) in summary
    for signature in plan.signatures:
        if signature.name:
            assert signature.name in summary

    # requirements checklist: every requirement, met, with where in the plan
    profiles = select_profiles(library, payer=payer, states=states, as_of=as_of)
    rules = {rule_id: req for p in profiles for rule_id, req in p.requirements.items()}
    rows = [line for line in checklist.splitlines() if " | " in line][1:]
    assert len(rows) == len(rules)
    for requirement in rules.values():
        row = next(line for line in rows if line.startswith(requirement.rule.title + " |"))
        assert row.split(" | ")[1] in ("Met", "Warning", "Note"), row
    for index, diagnosis in enumerate(plan.diagnoses):
        source = nearest_source(plan, f"diagnoses[{index}]")
        if source is not None and source.describe():
            billable = next(line for line in rows if line.startswith(rules["diagnosis-code-billable"].rule.title))
            assert f"{label_for(plan, f'diagnoses[{index}]')} (" in billable and source.describe() in billable

    # attachments: each required one listed, missing (none were given)
    manifest = read_json(out / "manifest.json")
    for item in manifest["attachments"]:
        row = next(line for line in attachments.splitlines() if line.startswith(item["name"] + " |"))
        assert "MISSING: not attached" in row


@pytest.mark.parametrize(("name", "payer", "states"), CLEAN, ids=[c[0] for c in CLEAN])
def test_every_section_says_what_the_plan_says(build, library, name: str, payer: str, states: list[str]) -> None:
    result = build(EXAMPLES / name, payer, states)
    _check_packet(EXAMPLES / name, result.out_dir, payer, states, library, AS_OF)


def _labelled(kind: str) -> list[tuple[str, str, dt.date]]:
    path = LABELLED / "labels.json"
    if not path.exists():
        return []
    out = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        args = item["check_with"]
        if kind in item["file"] and not item["must_report"] and "--state" not in args:
            out.append((item["file"], args[args.index("--payer") + 1], dt.date.fromisoformat(args[args.index("--as-of") + 1])))
    return out


PLANS_IN_OTHER_FORMATS = [*_labelled("_L1_"), *_labelled("_L5_"), *_labelled("ccda")]


@pytest.mark.skipif(not PLANS_IN_OTHER_FORMATS, reason="../shared/labelled-examples is not here")
@pytest.mark.parametrize(("name", "payer", "as_of"), PLANS_IN_OTHER_FORMATS, ids=[p[0] for p in PLANS_IN_OTHER_FORMATS])
def test_plans_in_other_formats_and_layouts(build, library, name: str, payer: str, as_of: dt.date) -> None:
    result = build(LABELLED / name, payer, as_of=as_of, force=True)
    _check_packet(LABELLED / name, result.out_dir, payer, [], library, as_of)
    text = docx_text(result.out_dir / "packet.docx")
    plan = read_plan(LABELLED / name).plan
    # where the DOCX/C-CDA reader found the diagnosis is named in the checklist (table/paragraph or XPath)
    source = nearest_source(plan, "diagnoses[0]")
    if source is not None and source.describe():
        assert source.describe() in section(text, "Requirements checklist", "Attachments")


def test_contact_and_missing_values_are_visible(build, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    source = (EXAMPLES / "psychotherapy-clean.yaml").read_text(encoding="utf-8")
    plan.write_text(source.replace("  birth_date: 1958-04-17\n", ""), encoding="utf-8")
    text = docx_text(build(plan, "medicare-psychotherapy", force=True).out_dir / "packet.docx")  # no birth date: an error
    assert "MISSING: contact name and phone/fax" in text
    assert "MISSING: date of birth" in text
    with_contact = build(EXAMPLES / "psychotherapy-clean.yaml", "medicare-psychotherapy", contact="Front desk, 555-0100")
    assert "Front desk, 555-0100" in docx_text(with_contact.out_dir / "packet.docx")


def test_plan_text_with_markup_characters_prints_literally(build, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    source = (EXAMPLES / "psychotherapy-clean.yaml").read_text(encoding="utf-8")
    odd = "# Not a heading | not a cell **not bold** !!not an alert!! \\ backslash"
    plan.write_text(source.replace("    statement: Depressed mood\n", f"    statement: \"{odd.replace(chr(92), chr(92) * 2)}\"\n"),
                    encoding="utf-8")
    text = docx_text(build(plan, "medicare-psychotherapy").out_dir / "packet.docx")
    assert f"Problem 1: {odd}" in text


def test_functional_impairment_passages_are_quoted(build, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    source = (EXAMPLES / "psychotherapy-clean.yaml").read_text(encoding="utf-8")
    extra = ("free_text:\n  - heading: Functional impairment\n    text: Misses two workdays a week; stopped driving.\n"
             "  - heading: Billing notes\n    text: Not part of the letter.\n")
    plan.write_text(source + extra, encoding="utf-8")
    letter = section(docx_text(build(plan, "medicare-psychotherapy").out_dir / "packet.docx"),
                     "Letter of medical necessity", "Plan summary")
    assert "Functional impairment: Misses two workdays a week; stopped driving." in letter
    assert "Not part of the letter" not in letter


def test_attachments_named_or_recognised_are_present_and_copied(tmp_path: Path) -> None:
    evaluation = tmp_path / "eval.pdf"
    evaluation.write_bytes(b"%PDF-1.4 invented evaluation")
    signed = tmp_path / "signed-treatment-plan.pdf"
    signed.write_bytes(b"%PDF-1.4 invented signed plan")
    other = tmp_path / "letter-from-school.txt"
    other.write_text("Invented.", encoding="utf-8")
    out = tmp_path / "packet"
    result = cli("packet", str(EXAMPLES / "psychotherapy-clean.yaml"), "--payer", "medicare-psychotherapy", "--as-of", "2026-02-01",
                 "--no-pdf", "-o", str(out), "--attach", f"psychiatric diagnostic evaluation={evaluation}",
                 "--attach", str(signed), "--attach", str(other))
    assert result.exit_code == 0, result.output
    assert "required attachments missing" not in result.stdout
    for path in (evaluation, signed, other):
        assert (out / "attachments" / path.name).read_bytes() == path.read_bytes()
    attachments = section(docx_text(out / "packet.docx"), "Attachments")
    assert "psychiatric diagnostic evaluation (90791/90792) | medicare-psychotherapy | present | eval.pdf" in attachments
    assert "signed treatment plan | medicare-psychotherapy | present | signed-treatment-plan.pdf" in attachments
    assert "letter-from-school.txt" in attachments
    manifest = read_json(out / "manifest.json")
    assert all(a["present"] for a in manifest["attachments"])
    assert manifest["other_attachments"] == ["letter-from-school.txt"]


def test_an_attachment_name_no_profile_requires_is_refused(tmp_path: Path) -> None:
    evaluation = tmp_path / "eval.pdf"
    evaluation.write_bytes(b"%PDF-1.4")
    result = cli("packet", str(EXAMPLES / "psychotherapy-clean.yaml"), "--payer", "medicare-psychotherapy", "--as-of", "2026-02-01",
                 "--no-pdf", "-o", str(tmp_path / "p"), "--attach", f"x-ray report={evaluation}")
    assert result.exit_code == 2
    assert "not an attachment the profiles require" in result.stderr and "signed treatment plan" in result.stderr
