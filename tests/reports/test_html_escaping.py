"""Plan text is untrusted: markup and attribute injections in a plan render as text in the HTML report."""

from __future__ import annotations

from pathlib import Path

import docx
import lxml.html
import yaml
from reports_support import check

from authcheck.reports.html import render_html

SCRIPT = "<script>alert('pwned')</script>"
ATTRIBUTE = "\" onmouseover=\"alert(1)\" data-x=\""
TAGS = "</blockquote><img src=x onerror=alert(2)><a href='javascript:alert(3)'>click</a>"
STYLE = "</style><style>body{display:none}</style>"


def _hostile_plan(tmp_path: Path) -> Path:
    plan = {
        "patient": {"name": f"Ana {ATTRIBUTE} Ruiz", "birth_date": "1990-01-01"},
        "plan_date": "2026-01-05",
        "discipline": "psychotherapy",
        "diagnoses": [{"code": "F41", "description": f"Anxiety {SCRIPT}"}],
        "problems": [{"statement": TAGS, "goals": [{"statement": f"Client will improve coping skills {SCRIPT}",
                                                    "objectives": [{"statement": f"Client will feel better {ATTRIBUTE}"},
                                                                   {"statement": f"Client will talk more {TAGS}"}]}]}],
        "services": [{"code": "90834", "description": f"Psychotherapy {STYLE}"}],
        "signatures": [{"role": "client", "name": f"{TAGS}", "signed": False}],
    }
    path = tmp_path / "hostile <b>plan<i> \" onload=\"x.yaml"
    path.write_text(yaml.safe_dump(plan), encoding="utf-8")
    return path


def _assert_inert(html: str) -> lxml.html.HtmlElement:
    root = lxml.html.document_fromstring(html)
    assert not root.xpath("//script | //img | //iframe | //object | //embed | //link")
    assert len(root.xpath("//style")) == 1
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        assert not [name for name in element.attrib if name.lower().startswith("on")], element.attrib
        assert all("javascript:" not in value.lower() for value in element.attrib.values())
        assert "data-x" not in element.attrib
    assert not root.xpath("//a[not(starts-with(@href, '#'))]")
    return root


def test_markup_and_attribute_injection_in_a_plan_render_as_text(tmp_path: Path) -> None:
    report = check(_hostile_plan(tmp_path))
    assert report.status != "error"
    html = render_html([report, report])
    root = _assert_inert(html)
    text = root.text_content()
    assert SCRIPT in text  # shown to the reader as written, not run
    assert "onmouseover" in text and "<img src=x onerror=alert(2)>" in text
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "hostile <b>plan<i>" in text  # the file name is plan-controlled too


def test_a_word_heading_with_markup_renders_as_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading(f"Diagnosis {SCRIPT}", 1)
    document.add_paragraph("F41 Other anxiety disorders")
    document.add_heading(f"Goals {ATTRIBUTE}", 1)
    document.add_paragraph("Goal 1: Client will improve coping skills.")
    path = tmp_path / "hostile.docx"
    document.save(str(path))
    report = check(path)
    html = render_html([report])
    root = _assert_inert(html)
    headings = [h.text_content() for h in root.iter("h3")]
    assert any(SCRIPT in h for h in headings), headings
