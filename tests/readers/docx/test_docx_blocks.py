"""The body walk: text as Word shows it, and indexes identical to python-docx's (paragraphs, tables, cells)."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml as docx_parse_xml
from docx.oxml.ns import nsdecls, qn

from authcheck.readers.docx.blocks import Para, Table, read_body
from authcheck.readers.docx.package import open_docx


def _blocks(document) -> tuple[list, bytes]:
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    package = open_docx(data, "t.docx")
    return read_body(package.document, package.load_styles, package.document_data), data


def _tricky_document():
    document = docx.Document()
    document.add_paragraph("First")  # p0
    t = document.add_table(rows=3, cols=3)  # t0
    t.cell(0, 0).merge(t.cell(0, 1)).text = "Spanning header"
    t.cell(0, 2).text = "Right"
    t.cell(1, 0).text = "Problem A"
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(1, 1).text = "Goal 1"
    t.cell(2, 1).text = "Goal 2"
    t.cell(1, 2).text = "x"
    inner = t.cell(2, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Nested A"
    inner.cell(0, 1).text = "Nested B"
    hidden = document.add_paragraph("Inside a content control")  # not in Document.paragraphs
    p = document.add_paragraph("Tab")  # p1
    p.add_run().add_tab()
    p.add_run("after tab")
    q = document.add_paragraph("Kept ")  # p2
    q._p.append(
        docx_parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="a"><w:r><w:delText>deleted</w:delText></w:r></w:del>'
        )
    )
    q._p.append(
        docx_parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="a"><w:r><w:t>inserted</w:t></w:r></w:ins>')
    )
    q._p.append(
        docx_parse_xml(
            f'<w:hyperlink {nsdecls("w")}><w:r><w:t xml:space="preserve"> linked</w:t></w:r></w:hyperlink>'
        )
    )
    box = document.add_paragraph("Anchor")  # p3
    box._p.append(
        docx_parse_xml(
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Box line</w:t>'
            f"</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )
    box.add_run(" text")
    document.add_paragraph("Last")  # p4
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Second table"  # t1
    sdt = hidden._p.makeelement(qn("w:sdt"), {})
    content = hidden._p.makeelement(qn("w:sdtContent"), {})
    sdt.append(content)
    hidden._p.addprevious(sdt)
    content.append(hidden._p)
    return document


def test_indexes_are_in_reading_order_and_python_docx_order_without_content_controls() -> None:
    blocks, data = _blocks(_tricky_document())
    reopened = docx.Document(io.BytesIO(data))
    paras = [b for b in blocks if isinstance(b, Para) and b.box is None]
    # reading order counts the paragraph in a content control where Word shows it, between its neighbours
    assert [p.index for p in paras] == list(range(len(reopened.paragraphs) + 1))
    assert [p.text for p in paras if p.wrapped] == ["Inside a content control"]
    # without it, the order is python-docx's (docx.renumber maps one to the other for findings)
    unwrapped = [p for p in paras if not p.wrapped]
    assert [p.text.split()[0] for p in unwrapped] == [q.text.split()[0] for q in reopened.paragraphs]
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [t.index for t in tables] == [0, 1]
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                expected = reopened.tables[table.index].rows[row.index].cells[cell.col]
                assert cell.lines[0] == expected.paragraphs[0].text


def test_cells_follow_python_docx_grid_positions() -> None:
    blocks, _ = _blocks(_tricky_document())
    table = next(b for b in blocks if isinstance(b, Table))
    assert [c.col for c in table.rows[0].cells] == [0, 2]  # the spanning cell counts for two grid columns
    merged = table.rows[2].cells[0]
    assert merged.merged_from_above and merged.lines == ["Problem A"]
    nested = table.rows[2].cells[-1]
    # a nested table's row reads across: its one-line cells make one line, joined by tabs
    assert "Nested A\tNested B" in nested.lines


def test_text_is_what_word_shows() -> None:
    blocks, _ = _blocks(_tricky_document())
    texts = {b.index: b for b in blocks if isinstance(b, Para)}
    assert texts[1].text == "Inside a content control"
    assert texts[2].text == "Tab\tafter tab"
    assert texts[3].text == "Kept inserted linked"  # deletion dropped, insertion and hyperlink kept
    assert texts[4].text == "Anchor text" and texts[4].extra == ["Box line"]


def test_heading_styles_bold_and_list_levels() -> None:
    document = docx.Document()
    document.add_heading("Plan", 0)
    document.add_heading("Goals", 2)
    bold = document.add_paragraph()
    bold.add_run("DIAGNOSIS").bold = True
    document.add_paragraph("Item", style="List Number")
    document.add_paragraph("Sub item", style="List Number 2")
    mixed = document.add_paragraph()
    mixed.add_run("Label: ").bold = True
    mixed.add_run("value")
    blocks, _ = _blocks(document)
    paras = [b for b in blocks if isinstance(b, Para)]
    assert [p.heading for p in paras] == [0, 2, None, None, None, None]
    assert [p.bold for p in paras[2:]] == [True, False, False, False]
    assert [p.list_level for p in paras[3:5]] == [0, 1]
