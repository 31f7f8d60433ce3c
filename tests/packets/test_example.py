"""examples/packet/ is what its documented command builds today."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

from .helpers import REPO, cli, docx_text

EXAMPLE = REPO / "examples" / "packet"
COMMAND = "the command in examples/packet/README.md (run from the repository root)"


def _documented_command() -> list[str]:
    readme = (EXAMPLE / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(authcheck packet .*?)\n```", readme, re.DOTALL)
    assert block, "examples/packet/README.md has no `authcheck packet` command"
    return shlex.split(block.group(1).replace("\\\n", " "))[1:]


def _without_pdf(manifest: dict) -> dict:
    """The manifest less what depends on the machine: the PDF (LibreOffice and fonts) and validator versions."""
    manifest = dict(manifest)
    manifest["validation"] = {name: outcome["errors"] for name, outcome in manifest["validation"].items()}
    manifest["files"] = [f for f in manifest["files"] if f["name"] != "packet.pdf"]
    manifest["not_written"] = [f for f in manifest["not_written"] if f["file"] != "packet.pdf"]
    return manifest


def test_example_packet_is_current(tmp_path: Path, monkeypatch) -> None:
    args = _documented_command()
    out = tmp_path / "packet"
    args[args.index("-o") + 1] = str(out)
    monkeypatch.chdir(REPO)
    result = cli(*args, "--no-pdf")
    assert result.exit_code == 0, result.output
    committed = EXAMPLE / "medicare-psychotherapy"
    for name in ("pas-bundle.json", "x12-278.txt", "attachments/psychiatric-diagnostic-evaluation.txt"):
        assert (out / name).read_bytes() == (committed / name).read_bytes(), f"{name} is out of date: run {COMMAND}"
    assert docx_text(out / "packet.docx") == docx_text(committed / "packet.docx"), f"packet.docx is out of date: run {COMMAND}"
    assert (out / "packet.docx").read_bytes() == (committed / "packet.docx").read_bytes()
    fresh = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    kept = json.loads((committed / "manifest.json").read_text(encoding="utf-8"))
    assert _without_pdf(fresh) == _without_pdf(kept), f"manifest.json is out of date: run {COMMAND}"
    assert (committed / "packet.pdf").read_bytes().startswith(b"%PDF")
