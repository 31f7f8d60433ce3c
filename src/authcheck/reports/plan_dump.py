"""`authcheck show`: the plan model as read, each element with where it was found."""

from __future__ import annotations

import json
from typing import Any

import yaml

from authcheck.model import TreatmentPlan

__all__ = ["dump_plan"]


def _compact(value: Any) -> Any:
    """Drop empty values so the dump shows what was read, not the empty schema."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            item = _compact(item)
            if item in (None, "", [], {}) or (key == "signed" and item is True) or (key == "prn" and item is False):
                continue
            if key == "primary" and item is False:
                continue
            out[key] = item
        return out
    if isinstance(value, list):
        return [_compact(v) for v in value]
    return value


def dump_plan(plan: TreatmentPlan, *, fmt: str, source: str, fmt_name: str) -> str:
    """YAML (default) or JSON of the plan, with a header naming the file and its format."""
    data = _compact(plan.model_dump(mode="json"))
    if fmt == "json":
        return json.dumps({"source": source, "format": fmt_name, "plan": data}, indent=2, ensure_ascii=False) + "\n"
    header = f"# {source} read as {fmt_name}; `source` tells where each element was found\n"
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
