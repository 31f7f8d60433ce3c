"""packet.pdf from LibreOffice where it is installed: the page count matches the document's own page
numbering and the text is the packet's; without a converter the packet is still written and one line says why."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from authcheck.packets.pdf import find_converter, normalize_pdf

from .helpers import EXAMPLES, cli, read_json

needs_soffice = pytest.mark.skipif(find_converter() is None, reason="LibreOffice (soffice) is not installed")


@needs_soffice
def test_pdf_pages_and_text(build) -> None:
    from pypdf import PdfReader

    result = build(EXAMPLES / "psychotherapy-clean.yaml", "medicare-psychotherapy", pdf=True, payer_id="12345")
    pdf = result.out_dir / "packet.pdf"
    reader = PdfReader(str(pdf))
    pages = [page.extract_text() for page in reader.pages]
    count = len(pages)
    assert count >= 5  # cover, letter, summary, checklist, attachments each start a page
    for number, text in enumerate(pages, start=1):
        compact = " ".join(text.split())
        assert f"Page {number} of {count}" in compact, (number, compact[-200:])
        assert "Dana Whitfield · Member ID 1EG4TE5MK73" in compact
    first = " ".join(pages[0].split())
    assert first.startswith("Medicare documentation packet")
    assert "90837" in first and "F33.1" in first and "1234567893" in first
    everything = " ".join(" ".join(pages).split())
    for heading in ("Letter of medical necessity", "Plan summary", "Requirements checklist", "Attachments"):
        assert heading in everything
    assert "Client will reduce the PHQ-9 score from 17 to below 10." in everything
    manifest = read_json(result.out_dir / "manifest.json")
    assert any(f["name"] == "packet.pdf" for f in manifest["files"])


@needs_soffice
def test_pdf_is_reproducible(build) -> None:
    first = build(EXAMPLES / "aba-clean.yaml", "commercial-aba", pdf=True, date=dt.date(2026, 2, 3))
    second = build(EXAMPLES / "aba-clean.yaml", "commercial-aba", pdf=True, date=dt.date(2026, 2, 3))
    data = (first.out_dir / "packet.pdf").read_bytes()
    assert data == (second.out_dir / "packet.pdf").read_bytes()
    assert b"/CreationDate(D:20260203000000Z" in data
    assert (first.out_dir / "manifest.json").read_bytes() == (second.out_dir / "manifest.json").read_bytes()


def test_without_a_converter_the_docx_is_still_written(tmp_path: Path) -> None:
    out = tmp_path / "packet"
    result = cli("packet", str(EXAMPLES / "psychotherapy-clean.yaml"), "--payer", "medicare-psychotherapy", "--as-of", "2026-02-01",
                 "-o", str(out), env={"AUTHCHECK_SOFFICE": "none"})
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stdout.splitlines() if "packet.pdf" in line]
    assert notes == ["  note: packet.pdf not written: no PDF converter found (install LibreOffice, "
                     "e.g. apt-get install libreoffice-writer-nogui)"]
    assert (out / "packet.docx").exists() and not (out / "packet.pdf").exists()
    assert any(item["file"] == "packet.pdf" for item in read_json(out / "manifest.json")["not_written"])


def test_a_converter_that_fails_is_one_note(tmp_path: Path) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nexit 3\n", encoding="utf-8")
    fake.chmod(0o755)
    out = tmp_path / "packet"
    result = cli("packet", str(EXAMPLES / "psychotherapy-clean.yaml"), "--payer", "medicare-psychotherapy", "--as-of", "2026-02-01",
                 "-o", str(out), env={"AUTHCHECK_SOFFICE": str(fake)})
    assert result.exit_code == 0
    assert "note: packet.pdf not written: LibreOffice failed (exit code 3)" in result.stdout


def test_normalize_pdf_keeps_lengths_and_offsets() -> None:
    data = (b"%PDF-1.4\n1 0 obj\n<</Producer(x)\n/CreationDate(D:20261122215815Z')>>\nendobj\n"
            b"trailer\n<</Size 24/Root 22 0 R\n/Info 23 0 R\n/ID [ <A7E4A7F987B4DC3679DC3088B109FD3A>\n"
            b"<A7E4A7F987B4DC3679DC3088B109FD3A> ]\n/DocChecksum /6429DC39822D1F97ED50D7AF7A3E9EC3\n>>\nstartxref\n17445\n%%EOF\n")
    key = "ab" * 32
    out = normalize_pdf(data, dt.date(2026, 2, 3), key)
    assert len(out) == len(data)
    assert b"/CreationDate(D:20260203000000Z')" in out
    ids = re.findall(rb"<([0-9A-F]{32})>", out)
    assert ids == [b"AB" * 16, b"AB" * 16]
    assert b"/DocChecksum /" + b"AB" * 16 in out
    assert normalize_pdf(out, dt.date(2026, 2, 3), key) == out
