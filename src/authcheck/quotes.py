"""Shortening passages quoted in findings and source locations."""

from __future__ import annotations


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending in "…" when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def one_line_quote(text: str | None, limit: int) -> str:
    """`text` on one line (runs of white space made one space), clipped to `limit`; "" for none."""
    return clip(" ".join((text or "").split()), limit)
