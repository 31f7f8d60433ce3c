"""Packet layout comes from templates: the profile picks a payer override, a user folder overrides the
shipped files file by file, and every template renders in a sandbox with undefined names as errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from authcheck.api import load_library
from authcheck.packets import PacketInputError

from .helpers import EXAMPLES, cli, docx_text, read_json, section

PSYCHOTHERAPY = EXAMPLES / "psychotherapy-clean.yaml"


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_profile_chooses_the_shipped_override_and_the_rest_falls_back_to_base(build) -> None:
    medicare = docx_text(build(PSYCHOTHERAPY, "medicare-psychotherapy").out_dir / "packet.docx")
    assert medicare.startswith("Medicare documentation packet")
    letter = section(medicare, "Letter of medical necessity", "Plan summary")
    assert "Plan of care certification" in letter and "Robert Alvarez | MD" in letter
    assert "Goals and measurable objectives" in letter  # the base letter around the override's block
    aba = docx_text(build(EXAMPLES / "aba-clean.yaml", "commercial-aba").out_dir / "packet.docx")
    assert aba.startswith("Prior-authorization request")
    assert "ABA service request by CPT code" in aba and "97153 | Adaptive behavior treatment by protocol | 20 hours per week" in aba
    assert "Caregiver training" in aba and "Parent will implement a first-then visual schedule" in aba
    base = docx_text(build(EXAMPLES / "sud-residential-clean.yaml", "base-treatment-plan", ["fl-65d-30"]).out_dir / "packet.docx")
    assert base.startswith("Prior-authorization request")
    assert "Plan of care certification" not in base and "ABA service request" not in base


def test_user_templates_override_file_by_file(build, tmp_path: Path) -> None:
    user = tmp_path / "templates"
    _write(user, "medicare/letter.md.j2",
           '{% extends "base/letter.md.j2" %}{% block extra %}\n## Our clinic\nReviewed by {{ provider.name }}.\n{% endblock %}\n')
    _write(user, "base/attachments.md.j2", "# Attachments\nSee the enclosed list ({{ attachments|length }}).\n")
    result = build(PSYCHOTHERAPY, "medicare-psychotherapy", templates_dir=user)
    text = docx_text(result.out_dir / "packet.docx")
    assert "Our clinic\nReviewed by Maya Chen." in text
    assert "Plan of care certification" not in text  # the user's medicare letter replaced the shipped one
    assert text.startswith("Medicare documentation packet")  # cover still from the shipped medicare set
    assert "See the enclosed list (2)." in text
    sources = {t["name"]: t["from"] for t in read_json(result.out_dir / "manifest.json")["templates"]}
    assert sources["letter.md.j2"] == "user:medicare" and sources["attachments.md.j2"] == "user:base"
    assert sources["cover.md.j2"] == "shipped:medicare"


def test_a_user_profile_picks_its_own_template_set_and_identifiers(tmp_path: Path) -> None:
    profiles = tmp_path / "profiles"
    _write(profiles, "acme-behavioral.yaml", """\
id: acme-behavioral
title: ACME Health behavioral health (invented, for tests)
type: payer
description: Extends the Medicare psychotherapy profile with ACME's packet settings.
extends: medicare-psychotherapy
citation: none (test profile)
last_verified: 2026-01-01
packet:
  template: acme
  payer_name: ACME Health
  payer_id: ACME1
  place_of_service: "11"
versions:
  - version: "1"
    effective: {from: 2025-01-01}
""")
    templates = tmp_path / "templates"
    _write(templates, "acme/cover.md.j2", "# ACME authorization request\nMember: {{ member.name }}, payer {{ payer.name }} ({{ payer.id }})\n")
    out = tmp_path / "packet"
    result = cli("packet", str(PSYCHOTHERAPY), "--payer", "acme-behavioral", "--as-of", "2026-02-01", "--no-pdf", "-o", str(out),
                 "--profiles-dir", str(profiles), "--templates-dir", str(templates))
    assert result.exit_code == 0, result.output
    text = docx_text(out / "packet.docx")
    assert text.startswith("ACME authorization request\nMember: Dana Whitfield, payer ACME Health (ACME1)")
    assert "Letter of medical necessity" in text  # no acme letter anywhere: the base letter
    assert "Plan of care certification" not in text  # ... not the medicare one of the parent profile's set
    x12 = (out / "x12-278.txt").read_text(encoding="ascii")
    assert "NM1*X3*2*ACME HEALTH*****PI*ACME1~" in x12 and "UM*HS*I*A6*11:B~" in x12
    manifest = read_json(out / "manifest.json")
    assert manifest["packet_settings"]["set_by"]["template"] == "acme-behavioral"
    assert manifest["packet_settings"]["member_id_system"] == "http://hl7.org/fhir/sid/us-mbi"  # inherited
    assert [a["name"] for a in manifest["attachments"]] == ["psychiatric diagnostic evaluation (90791/90792)", "signed treatment plan"]


@pytest.mark.parametrize("payload", [
    "{{ ''.__class__.__mro__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ member.__class__ }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
])
def test_templates_render_in_a_sandbox(build, tmp_path: Path, payload: str) -> None:
    user = tmp_path / "templates"
    _write(user, "base/cover.md.j2", f"# Cover\n{payload}\n")
    with pytest.raises(PacketInputError, match="SecurityError|unsafe"):
        build(PSYCHOTHERAPY, "medicare-psychotherapy", templates_dir=user)


def test_an_undefined_name_is_an_error_not_a_blank(tmp_path: Path) -> None:
    user = tmp_path / "templates"
    _write(user, "base/cover.md.j2", "# Cover\nMember: {{ membr.name }}\n")
    out = tmp_path / "packet"
    result = cli("packet", str(PSYCHOTHERAPY), "--payer", "medicare-psychotherapy", "--as-of", "2026-02-01", "--no-pdf",
                 "-o", str(out), "--templates-dir", str(user))
    assert result.exit_code == 2
    assert "'membr' is undefined" in result.stderr and "cover.md.j2 line 2" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not out.exists()


def test_an_unknown_template_set_is_an_error(library, build, tmp_path: Path) -> None:
    profiles = tmp_path / "profiles"
    _write(profiles, "acme.yaml", """\
id: acme
title: ACME (invented)
type: payer
description: Names a template set that does not exist.
extends: base-treatment-plan
citation: none
last_verified: 2026-01-01
packet: {template: nowhere}
versions:
  - version: "1"
    effective: {from: 2025-01-01}
""")
    with pytest.raises(PacketInputError, match="template set 'nowhere' not found"):
        build(PSYCHOTHERAPY, "acme", lib=load_library((), [profiles]))
