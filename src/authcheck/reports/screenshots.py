"""Screenshots of HTML reports with a local headless Chromium, for reviewers (`make screenshots`).

    python -m authcheck.reports.screenshots out/ report-failing.html report-passing.html

Uses Playwright driving the system's Chromium (never a downloaded browser); when Playwright is not
installed, falls back to Chromium's own `--headless --screenshot`. The browser runs with networking
features off; the report itself fetches nothing. Nothing here is used by `authcheck check`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["BROWSER_ARGS", "find_chromium", "screenshot"]

BROWSER_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-extensions", "--disable-sync", "--metrics-recording-only", "--no-default-browser-check",
]
_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable")


def find_chromium() -> str | None:
    """A local Chromium: $AUTHCHECK_CHROMIUM, else a system install, else None."""
    configured = os.environ.get("AUTHCHECK_CHROMIUM")
    if configured and Path(configured).is_file():
        return configured
    for candidate in _CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    return found


def screenshot(html: Path, png: Path, *, width: int = 1000, full_page: bool = True, zoom: float = 1.0) -> None:
    """Write a PNG of the page at `html` (a local file) to `png`."""
    browser_path = find_chromium()
    if browser_path is None:
        raise RuntimeError("no Chromium found (install Debian's chromium or set AUTHCHECK_CHROMIUM)")
    png.parent.mkdir(parents=True, exist_ok=True)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _cli_screenshot(browser_path, html, png, width)
        return
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browser_path, args=BROWSER_ARGS)
        try:
            page = browser.new_page(viewport={"width": int(width / zoom), "height": 900}, device_scale_factor=zoom)
            page.goto(html.resolve().as_uri())
            page.screenshot(path=str(png), full_page=full_page)
        finally:
            browser.close()


def _cli_screenshot(browser: str, html: Path, png: Path, width: int) -> None:
    subprocess.run(
        [browser, *BROWSER_ARGS, f"--screenshot={png.resolve()}", f"--window-size={width},4000", html.resolve().as_uri()],
        check=True, capture_output=True, timeout=120,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Screenshot each HTML file given into the output folder (first argument)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2:
        print("usage: python -m authcheck.reports.screenshots OUTDIR REPORT.html...", file=sys.stderr)
        return 2
    outdir = Path(args[0])
    for name in args[1:]:
        html = Path(name)
        target = outdir / f"{html.stem}.png"
        zoomed = outdir / f"{html.stem}-200pct.png"
        try:
            screenshot(html, target)
            screenshot(html, zoomed, width=1000, zoom=2.0, full_page=False)
        except Exception as exc:  # noqa: BLE001 - a missing or broken browser is reported in one line
            print(f"screenshots: {html}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}", file=sys.stderr)
            return 2
        print(f"wrote {target} and {zoomed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
