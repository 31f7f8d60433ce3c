"""The HTML report's structure: golden outlines (elements, classes, headings, not pixels) and the rules it keeps.

Regenerate the golden files after an intended change with:
    AUTHCHECK_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/reports/test_html_report.py
and read the diff before committing it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner
from reports_support import AS_OF, DOCX_FIXTURES, EXAMPLES, GOLDEN, check

from authcheck.cli import main
from authcheck.findings import PlanReport
from authcheck.reports.html import render_html

_KEEP_TEXT = {"h1", "h2", "h3", "h4", "title", "dt", "th", "caption"}
_KEEP_TEXT_CLASSES = {"verdict", "verdict-detail", "badge", "count", "status", "section-hint", "all-clear", "kind"}
_FLAG_CLASSES = {"quote", "message", "fix", "example", "source", "where", "note"}


def _squash(text: str) -> str:
    return " ".join(text.split())


def outline(html: str) -> str:
    """One line per structural element: tag, id, classes; heading and label texts; no prose of findings."""
    root = lxml.html.document_fromstring(html)
    lines: list[str] = [f"html lang={root.get('lang')}"]
    for meta in root.iter("meta"):
        name = meta.get("name") or meta.get("http-equiv") or ("charset" if meta.get("charset") else "?")
        content = meta.get("content") or meta.get("charset") or ""
        lines.append(f"meta {name}={re.sub(r'authcheck [0-9][^ ]*', 'authcheck VERSION', content)}")

    def walk(element: lxml.html.HtmlElement, depth: int) -> None:
        if not isinstance(element.tag, str) or element.tag in ("head", "style", "meta"):
            return
        classes = set((element.get("class") or "").split())
        structural = (
            element.tag in {"header", "main", "nav", "article", "section", "footer", "table", "ol", "ul", "li", "dl",
                            "figure", "blockquote", "h1", "h2", "h3", "h4", "title"}
            or classes & (_KEEP_TEXT_CLASSES | _FLAG_CLASSES)
        )
        if structural:
            label = element.tag + (f"#{element.get('id')}" if element.get("id") else "")
            label += "".join(f".{c}" for c in sorted(classes))
            if element.tag in _KEEP_TEXT or classes & _KEEP_TEXT_CLASSES:
                label += f"  {_squash(element.text_content())!r}"
            lines.append("  " * depth + label)
            depth += 1
        for child in element:
            walk(child, depth)

    title = root.find(".//title")
    lines.append(f"title {_squash(title.text_content())!r}")
    walk(root.body, 0)
    return "\n".join(lines) + "\n"


def _reports(case: str) -> list[PlanReport]:
    if case == "failing":
        return [check(EXAMPLES / "psychotherapy-flawed.yaml", "medicare-psychotherapy", ("pa-55-5200",))]
    if case == "passing":
        return [check(EXAMPLES / "psychotherapy-clean.yaml", "medicare-psychotherapy", ("pa-55-5200",))]
    if case == "docx":
        return [check(DOCX_FIXTURES / "l2_ot_flawed_blank_cells.docx", "medicare-outpatient-therapy")]
    if case == "several":
        return [
            check(EXAMPLES / "psychotherapy-flawed.yaml"),
            check(EXAMPLES / "psychotherapy-clean.yaml"),
            check(DOCX_FIXTURES / "bad_truncated.docx"),
        ]
    raise ValueError(case)


CASES = ["failing", "passing", "docx", "several"]


@pytest.mark.parametrize("case", CASES)
def test_structure_matches_the_golden_outline(case: str) -> None:
    html = render_html(_reports(case))
    got = outline(html)
    golden = GOLDEN / f"html-{case}.txt"
    if os.environ.get("AUTHCHECK_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(got, encoding="utf-8")
    assert golden.exists(), f"{golden} missing: run with AUTHCHECK_UPDATE_GOLDEN=1"
    assert got == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES)
def test_page_is_self_contained_accessible_and_printable(case: str) -> None:
    reports = _reports(case)
    html = render_html(reports)
    root = lxml.html.document_fromstring(html)
    # Self-contained: no scripts, no external stylesheets, fonts, images or frames; a CSP that forbids them.
    assert not root.xpath("//script | //link | //img | //iframe | //object | //embed")
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", html) and "@import" not in html and "url(" not in html
    csp = root.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp and "default-src 'none'" in csp[0]
    assert "@media print" in html and "break-inside: avoid" in html
    assert root.get("lang") == "en" and root.xpath("//meta[@name='viewport']")
    # One h1, and heading levels never skip.
    levels = [int(h.tag[1]) for h in root.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), levels
    # Every finding is there, and its severity is a word and an icon, not only a colour.
    findings = root.xpath("//li[contains(@class, 'finding ')]")
    assert len(findings) == sum(len(r.findings) for r in reports)
    for item, severity in zip(findings, [f.severity for r in reports for f in _document_order(r)], strict=True):
        badge = item.xpath(".//span[contains(@class, 'badge--')]")[0]
        assert severity.lower() in badge.text_content().lower()
        assert badge.xpath("./span[@class='icon'][@aria-hidden='true']")
    # Identifiers are unique and made from positions, never from plan text.
    ids = root.xpath("//@id")
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)
    # Text sizes and widths are relative so that the page reflows when zoomed (borders may be in px).
    css = root.xpath("//style")[0].text
    fixed = re.findall(r"(?<![\w-])(?:font-size|font|width|max-width|min-width|height)\s*:\s*([\d.]+)px", css)
    assert all(float(v) <= 1 for v in fixed), fixed  # only the 1px of the visually-hidden pattern


def _document_order(report: PlanReport) -> list:  # type: ignore[type-arg]
    from authcheck.reports.ordering import group_by_section

    return [f for g in group_by_section(report) for f in g.findings]


def test_banner_says_ready_or_not_with_counts_profiles_and_date() -> None:
    root = lxml.html.document_fromstring(render_html(_reports("failing")))
    banner = root.xpath("//section[contains(@class, 'banner')]")[0]
    text = _squash(banner.text_content())
    assert "Not ready for submission" in text
    assert "6 errors" in text and "3 warnings" in text and "0 info" in text
    assert "medicare-psychotherapy 2015-10 (payer)" in text and "pa-55-5200" in text and str(AS_OF) in text
    passing = lxml.html.document_fromstring(render_html(_reports("passing")))
    assert "Ready for submission" in _squash(passing.xpath("//p[@class='verdict']")[0].text_content())
    assert passing.xpath("//p[@class='all-clear']")


def test_finding_shows_location_quote_message_fix_example_and_citation() -> None:
    report = _reports("failing")[0]
    root = lxml.html.document_fromstring(render_html([report]))
    vague = next(f for f in report.findings if f.kind == "objective-not-measurable")
    item = next(li for li in root.xpath("//li[contains(@class, 'finding ')]") if vague.kind in li.text_content())
    text = _squash(item.text_content())
    assert vague.location.element in text and "Client will improve coping skills." in text and "line 26" in text
    assert "What is wrong:" in text and "How to fix:" in text and "Example:" in text
    assert "coping skills" in _squash(item.xpath(".//p[@class='example']")[0].text_content())
    assert "Unverified" in text and "objectives-measurable" in text


def test_sections_follow_the_word_document_order() -> None:
    report = _reports("docx")[0]
    root = lxml.html.document_fromstring(render_html([report]))
    titles = [_squash(h.text_content()).rsplit(" (", 1)[0] for h in root.xpath("//h3[@class='section-title']")]
    assert titles.index("Diagnosis") < titles.index("Goals") or "Goals" not in titles
    # The plan date is missing from this plan: findings without a place come first, marked as such.
    first = root.xpath("//section[contains(@class, 'section')]")[0]
    assert first.xpath(".//p[@class='section-hint']")


def test_several_plans_get_a_table_of_contents_with_status() -> None:
    root = lxml.html.document_fromstring(render_html(_reports("several")))
    rows = root.xpath("//nav[contains(@class, 'toc')]//tbody/tr")
    assert [_squash(r.xpath("./td")[0].text_content()) for r in rows] == [
        "\u2716 Not ready for submission", "\u2714 Ready for submission", "! Could not be checked"]
    links = [a.get("href") for a in root.xpath("//nav//a")]
    assert links == ["#plan-1", "#plan-2", "#plan-3"] and all(root.xpath(f"//*[@id='{h[1:]}']") for h in links)


def test_cli_writes_html(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["check", str(EXAMPLES / "psychotherapy-flawed.yaml"), str(EXAMPLES / "psychotherapy-clean.yaml"),
                                       "--payer", "medicare-psychotherapy", "--as-of", str(AS_OF), "--format", "html",
                                       "-o", str(target)])
    assert result.exit_code == 1 and result.output == ""
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.count('class="plan"') == 2
