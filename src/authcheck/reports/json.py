"""JSON report: one object per plan (the public contract in docs/json-output.md); several plans give an array."""

from __future__ import annotations

import json

from authcheck.findings import PlanReport

__all__ = ["render_json"]


def render_json(reports: list[PlanReport]) -> str:
    """Stable, indented JSON; a single plan gives an object, several give an array."""
    data = [r.to_json_dict() for r in reports]
    return json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False) + "\n"
