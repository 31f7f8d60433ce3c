"""Page headers and footers: read through the same bounded package reader and hardened parser as the body;
only sign-off lines (footers) and the client's identifiers (both) are taken from them, never over the body."""

from __future__ import annotations

import io
import zipfile

import docx

from authcheck.readers.docx import DocxReader
from authcheck.readers.docx.package import MAX_PAGE_PARTS, open_docx


def _plan_with(header: list[str], footer: list[str], body: list[str]) -> bytes:
    document = docx.Document()
    for text in body:
        document.add_paragraph(text)
    section = document.sections[0]
    section.header.paragraphs[0].text = header[0] if header else ""
    for text in header[1:]:
        section.header.add_paragraph(text)
    section.footer.paragraphs[0].text = footer[0] if footer else ""
    for text in footer[1:]:
        section.footer.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _replace_member(data: bytes, prefix: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info, content if info.filename.startswith(prefix) else source.read(info.filename))
    return buffer.getvalue()


BODY = [
    "Treatment Plan",
    "Goals",
    "Goal 1: Client will attend 4 of 4 weekly sessions by 05/01/2026.",
    "Services",
    "Individual psychotherapy (90834), 45 minutes, weekly.",
]


def test_a_footer_e_signature_is_read_with_a_footer_location() -> None:
    data = _plan_with(["Lakeside Clinic • Page 1"], ["Electronically signed by Ruth Amsel, LPC on 04/02/2026 14:05"], BODY)
    plan = DocxReader().read(data, "footer.docx")
    (signature,) = plan.signatures
    assert (signature.name, signature.credential, signature.method) == ("Ruth Amsel", "LPC", "electronic")
    assert signature.source is not None and signature.source.section == "Page footer"
    assert signature.source.paragraph is None and signature.source.table is None


def test_header_identifiers_fill_only_what_the_body_leaves_empty() -> None:
    data = _plan_with(["Client: Hugo Brandt    DOB: 03/04/1970    Member ID: ZX5512003"], [], ["Client: Hugo Brandt-Ames", *BODY])
    patient = DocxReader().read(data, "header.docx").patient
    assert patient.name == "Hugo Brandt-Ames"  # the body's value stays
    assert str(patient.birth_date) == "1970-03-04" and patient.member_id == "ZX5512003"
    assert patient.field_sources["member_id"].section == "Page header"


def test_letterhead_and_page_numbers_in_headers_and_footers_are_ignored() -> None:
    data = _plan_with(
        ["Harbor Counseling Services, LLC", "12 Pier St, Duluth, MN 55802"],
        ["Confidential. Page 1 of 3", "Printed 05/01/2026"],
        BODY,
    )
    plan = DocxReader().read(data, "noise.docx")
    assert plan.signatures == [] and plan.plan_date is None
    assert [s.code for s in plan.services] == ["90834"]


def test_an_unreadable_or_hostile_footer_is_skipped_and_never_expanded() -> None:
    base = _plan_with([], ["Electronically signed by Ruth Amsel, LPC on 04/02/2026"], BODY)
    broken = _replace_member(base, "word/footer", b"<w:ftr><w:p>")
    entity = _replace_member(
        base,
        "word/footer",
        b'<?xml version="1.0"?><!DOCTYPE w:ftr [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>&x;</w:t>'
        b"</w:r></w:p></w:ftr>",
    )
    for data in (broken, entity):
        plan = DocxReader().read(data, "hostile-footer.docx")
        assert plan.signatures == []
        assert [s.code for s in plan.services] == ["90834"]


def test_page_parts_are_capped() -> None:
    base = _plan_with(["Header"], ["Footer"], BODY)
    source = zipfile.ZipFile(io.BytesIO(base))
    rels = source.read("word/_rels/document.xml.rels").decode()
    extra = "".join(
        f'<Relationship Id="rIdX{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"'
        f' Target="footer{i + 10}.xml"/>'
        for i in range(MAX_PAGE_PARTS + 5)
    )
    rels = rels.replace("</Relationships>", extra + "</Relationships>")
    footer = source.read("word/footer1.xml")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info, rels.encode() if info.filename == "word/_rels/document.xml.rels" else source.read(info.filename))
        for i in range(MAX_PAGE_PARTS + 5):
            out.writestr(f"word/footer{i + 10}.xml", footer)
    package = open_docx(buffer.getvalue(), "many-footers.docx")
    assert len(package.load_page_parts()) == MAX_PAGE_PARTS
