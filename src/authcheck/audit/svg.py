"""Small inline SVG charts for the HTML summary: horizontal bars and one stacked status bar.

Drawn as markup strings (no plotting library, nothing fetched); every label is XML-escaped because
labels include names taken from plans and from users' own rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from authcheck.quotes import clip

__all__ = ["bar_chart", "status_bar"]

_FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="12"'
_STATUS_COLOURS = {"pass": "#2e7d32", "fail": "#c62828", "error": "#6d4c41"}


def bar_chart(rows: Sequence[tuple[str, int]], *, title: str, colour: str = "#1565c0", width: int = 640,
              label_chars: int = 34, maximum: int | None = None, suffix: str = "") -> str:
    """Horizontal bars, one per (label, value); `maximum` (default: the largest value) spans the chart."""
    if not rows:
        return ""
    bar_h, gap, label_w, value_w = 18, 6, 8 * min(label_chars, max(len(label) for label, _ in rows)) + 12, 60
    plot_w = max(120, width - label_w - value_w)
    top = maximum or max(value for _, value in rows) or 1
    height = len(rows) * (bar_h + gap) + gap
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label={quoteattr(title)}><title>{escape(title)}</title>'
    ]
    for i, (label, value) in enumerate(rows):
        y = gap + i * (bar_h + gap)
        length = max(1, round(plot_w * value / top)) if value else 0
        parts.append(
            f'<text x="{label_w - 8}" y="{y + bar_h - 5}" text-anchor="end" {_FONT} fill="#222">'
            f"<title>{escape(label)}</title>{escape(clip(label, label_chars))}</text>"
            f'<rect x="{label_w}" y="{y}" width="{length}" height="{bar_h}" rx="2" fill="{colour}"/>'
            f'<text x="{label_w + length + 6}" y="{y + bar_h - 5}" {_FONT} fill="#222">{value:,}{escape(suffix)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def status_bar(counts: dict[str, int], *, width: int = 640) -> str:
    """One bar split into pass / fail / error shares, with a legend."""
    total = sum(counts.get(k, 0) for k in _STATUS_COLOURS)
    if not total:
        return ""
    height, bar_h = 48, 22
    names = {"pass": "pass", "fail": "fail", "error": "unreadable"}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="plans by status"><title>plans by status</title>'
    ]
    x = 0.0
    legend_x = 0
    for status, colour in _STATUS_COLOURS.items():
        value = counts.get(status, 0)
        share = width * value / total
        if value:
            parts.append(f'<rect x="{x:.1f}" y="0" width="{share:.1f}" height="{bar_h}" fill="{colour}">'
                         f"<title>{names[status]}: {value:,}</title></rect>")
        x += share
        label = f"{names[status]} {value:,} ({100 * value / total:.1f}%)"
        parts.append(f'<rect x="{legend_x}" y="{bar_h + 10}" width="12" height="12" fill="{colour}"/>'
                     f'<text x="{legend_x + 16}" y="{bar_h + 21}" {_FONT} fill="#222">{escape(label)}</text>')
        legend_x += 16 + 8 * len(label) + 24
    parts.append("</svg>")
    return "".join(parts)
