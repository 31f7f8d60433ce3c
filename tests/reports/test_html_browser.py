"""The HTML report in a real headless browser (Playwright driving the system Chromium, never a download).

It loads offline without console errors or blocked requests, every finding is visible, the page reflows
at 200% zoom without sideways scrolling, and the print stylesheet keeps each finding in one piece.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from reports_support import DOCX_FIXTURES, EXAMPLES, check

from authcheck.reports.html import render_html
from authcheck.reports.screenshots import BROWSER_ARGS, find_chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        pytest.skip("Playwright is not installed (pip install -e '.[test]')")
    executable = find_chromium()
    if executable is None:
        pytest.skip("no Chromium on this machine (Debian: apt-get install chromium); authcheck never downloads a browser")
    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=executable, args=BROWSER_ARGS)
        except Error as exc:
            pytest.skip(f"Chromium at {executable} cannot start here: {str(exc).splitlines()[0]}")
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    reports = [
        check(EXAMPLES / "psychotherapy-flawed.yaml", "medicare-psychotherapy", ("pa-55-5200",)),
        check(EXAMPLES / "psychotherapy-clean.yaml", "medicare-psychotherapy", ("pa-55-5200",)),
        check(DOCX_FIXTURES / "l2_ot_flawed_blank_cells.docx", "medicare-outpatient-therapy"),
    ]
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(reports), encoding="utf-8")
    return path, sum(len(r.findings) for r in reports)


def _open(browser, path: Path, **context):  # type: ignore[no-untyped-def]
    page = browser.new_context(**context).new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(f"console {message.type}: {message.text}") if message.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("request", lambda request: problems.append(f"request: {request.url}") if not request.url.startswith("file:") else None)
    page.goto(path.as_uri(), wait_until="load")
    return page, problems


def test_loads_offline_with_no_console_errors_and_every_finding_visible(browser, report_file) -> None:  # type: ignore[no-untyped-def]
    path, count = report_file
    page, problems = _open(browser, path, viewport={"width": 1200, "height": 900}, offline=True)
    assert problems == []
    findings = page.locator("li.finding")
    assert findings.count() == count
    for index in range(count):
        item = findings.nth(index)
        item.scroll_into_view_if_needed()
        assert item.is_visible()
        assert item.locator(".badge").first.is_visible()
        assert item.locator(".message").is_visible() and item.locator(".fix").is_visible()
    assert page.get_by_text("Not ready for submission").first.is_visible()
    assert page.locator("nav.toc").is_visible()
    page.locator("nav.toc a").nth(1).click()
    assert page.evaluate("location.hash") == "#plan-2"


def test_reflows_at_200_percent_zoom(browser, report_file) -> None:  # type: ignore[no-untyped-def]
    path, _ = report_file
    # 200% zoom of a 1280-pixel window: a 640-CSS-pixel viewport at device scale 2.
    page, problems = _open(browser, path, viewport={"width": 640, "height": 800}, device_scale_factor=2)
    assert problems == []
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at 200% zoom"
    assert page.locator("li.finding").first.is_visible()


def test_print_keeps_findings_whole(browser, report_file) -> None:  # type: ignore[no-untyped-def]
    path, _ = report_file
    page, problems = _open(browser, path)
    page.emulate_media(media="print")
    assert page.eval_on_selector("li.finding", "e => getComputedStyle(e).breakInside") == "avoid"
    assert page.eval_on_selector("h3", "e => getComputedStyle(e).breakAfter") == "avoid"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and problems == []
