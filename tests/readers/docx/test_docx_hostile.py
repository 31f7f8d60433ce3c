"""Untrusted files: every unreadable or hostile input gives a one-line PlanReadError, quickly."""

from __future__ import annotations

import gc
import io
import sys
import time
import zipfile
from pathlib import Path

import pytest
from docx_helpers import FIXTURES

from authcheck.readers import PlanReadError, read_plan
from authcheck.readers.docx import DocxReader
from authcheck.readers.docx.package import MAX_TOTAL_UNCOMPRESSED, open_docx

CASES = {
    "bad_empty.docx": "empty",
    "bad_truncated.docx": "corrupt or truncated",
    "bad_not_a_zip.docx": "not a supported plan format",
    "bad_random_zip.docx": "not a Word document",
    "bad_xlsx_renamed.docx": "Excel workbook",
    "bad_zip_bomb.docx": "zip bomb",
    "bad_entity_expansion.docx": "DTD or entities",
    "bad_external_entity.docx": "DTD or entities",
    "bad_legacy.doc": "old binary Word .doc",
    "bad_encrypted.docx": "password-protected",
    "bad_malformed_xml.docx": "not well-formed XML",
    "bad_no_document_part.docx": "not a Word document",
}


def test_every_hostile_fixture_is_covered() -> None:
    on_disk = {p.name for p in FIXTURES.glob("bad_*")}
    assert on_disk == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_file_gives_one_line_error(name: str) -> None:
    path = FIXTURES / name
    start = time.perf_counter()
    with pytest.raises(PlanReadError) as info:
        read_plan(path)
    elapsed = time.perf_counter() - start
    message = str(info.value)
    assert "\n" not in message
    assert CASES[name].lower() in message.lower(), message
    assert message.startswith(str(path))
    assert elapsed < 2.0


def test_entities_are_never_expanded_or_fetched() -> None:
    with pytest.raises(PlanReadError) as info:
        DocxReader().read((FIXTURES / "bad_external_entity.docx").read_bytes(), "x.docx")
    assert "root:" not in str(info.value)


def test_sniff_accepts_word_packages_and_ole2() -> None:
    reader = DocxReader()
    assert reader.sniff((FIXTURES / "l1_psychotherapy_clean.docx").read_bytes()[:65536])
    assert reader.sniff((FIXTURES / "bad_legacy.doc").read_bytes())
    assert reader.sniff((FIXTURES / "bad_random_zip.docx").read_bytes())
    assert not reader.sniff(b"schema: authcheck-plan/1\n")
    assert not reader.sniff(b"<?xml version='1.0'?><ClinicalDocument/>")


def _zip(members: dict[str, bytes], flag_encrypted: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    data = bytearray(buffer.getvalue())
    if flag_encrypted:  # set the "encrypted" bit in every local and central header
        for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            start = 0
            while (start := data.find(signature, start)) != -1:
                data[start + offset] |= 0x1
                start += 4
    return bytes(data)


def test_encrypted_zip_is_refused() -> None:
    data = _zip({"word/document.xml": b"<w:document/>"}, flag_encrypted=True)
    with pytest.raises(PlanReadError, match="encrypted"):
        open_docx(data, "enc.docx")


def test_total_size_limit_is_checked_before_inflating(monkeypatch: pytest.MonkeyPatch) -> None:
    members = {f"word/part{i}.xml": b"x" * 1000 for i in range(5)}
    monkeypatch.setattr("authcheck.readers.docx.package.MAX_TOTAL_UNCOMPRESSED", 3000)
    with pytest.raises(PlanReadError, match="inflate to more than"):
        open_docx(_zip(members), "big.docx")
    assert MAX_TOTAL_UNCOMPRESSED == 100 * 1024 * 1024


def test_member_lying_about_its_size_is_refused() -> None:
    good = (FIXTURES / "l1_psychotherapy_clean.docx").read_bytes()
    data = bytearray(good)
    # shrink the declared uncompressed size of word/document.xml in the central directory
    name = b"word/document.xml"
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) != -1:
        name_len = int.from_bytes(data[start + 28 : start + 30], "little")
        if data[start + 46 : start + 46 + name_len] == name:
            data[start + 24 : start + 28] = (10).to_bytes(4, "little")
            break
        start += 4
    with pytest.raises(PlanReadError):
        open_docx(bytes(data), "lying.docx")


def test_a_big_document_reads_in_linear_time(tmp_path: Path) -> None:
    """Four times the document costs about four times the work (no quadratic loops).

    Work is counted in function calls, not seconds, so the test does not depend on the machine's load;
    bench/ measures the time.
    """
    import docx

    def build(n: int) -> bytes:
        document = docx.Document()
        for i in range(n):
            document.add_heading(f"Goals {i}", 1)
            document.add_paragraph(f"Goal {i}: Client will reduce panic attacks from 4 to 1 per week.")
            document.add_paragraph(
                f"Objective {i}a: Practise breathing 5 days per week. Target date: 01/05/2026"
            )
            document.add_paragraph("Intervention: CBT, weekly, 45 minutes")
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    def calls(data: bytes, name: str) -> tuple[int, object]:
        """Python function calls made while reading: a machine-independent measure of the work done."""
        count = 0

        def profile(frame: object, event: str, arg: object) -> None:
            nonlocal count
            if event in ("call", "c_call"):
                count += 1

        sys.setprofile(profile)
        try:
            plan = reader.read(data, name)
        finally:
            sys.setprofile(None)
        return count, plan

    reader = DocxReader()
    small, large = build(300), build(1200)
    reader.read(small, "warm.docx")
    reader.read(large, "warm-large.docx")  # fill the caches, so both counts measure steady work
    small_calls, _ = calls(small, "small.docx")
    large_calls, plan = calls(large, "large.docx")
    assert len(list(plan.iter_goals())) == 1200
    assert large_calls < 4.5 * small_calls, (small_calls, large_calls)
