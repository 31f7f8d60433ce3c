"""docs/packets.md stays true: every option of the command and every template variable is documented,
and the README shows how to make a packet."""

from __future__ import annotations

import re

from authcheck.cli_packet import packet

from .helpers import EXAMPLES, REPO

DOC = (REPO / "docs" / "packets.md").read_text(encoding="utf-8")


def test_every_option_is_documented() -> None:
    for parameter in packet.params:
        for option in getattr(parameter, "opts", []):
            if option.startswith("--") and option != "--help":
                assert f"`{option}" in DOC, option


def test_every_template_variable_is_documented(build) -> None:
    from authcheck.packets import build as build_module

    seen: dict = {}
    original = build_module.build_context

    def spy(**kwargs):  # type: ignore[no-untyped-def]
        seen.update(original(**kwargs))
        return seen

    build_module.build_context = spy
    try:
        build(EXAMPLES / "aba-clean.yaml", "commercial-aba")
    finally:
        build_module.build_context = original
    table = DOC[DOC.index("### Variables"):DOC.index("## Validating the outputs")]
    for key in seen:
        assert f"`{key}`" in table, key
    for key in seen["plan"]:
        assert f"`{key}`" in table, f"plan.{key}"


def test_readme_shows_how_to_make_a_packet() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(r"authcheck packet \S+ --payer", readme)
    assert "docs/packets.md" in readme
    assert (REPO / "examples" / "packet" / "README.md").exists()
