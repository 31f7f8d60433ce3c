"""Shared helpers for the C-CDA reader tests: fixture paths and expectation matching."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
REPO = HERE.parents[2]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "ccda"
LABELLED = SHARED / "labelled-examples"


def load_expected(xml_path: Path) -> dict[str, Any]:
    """The hand-written expectation next to a fixture (<name>.expected.yaml)."""
    return yaml.safe_load(xml_path.with_suffix("").with_suffix(".expected.yaml").read_text(encoding="utf-8"))


def assert_matches(actual: Any, expected: Any, path: str = "plan") -> None:
    """Every key the expectation names has the expected value; lists match item by item and in length.

    `null` in an expectation means the reader must leave the field empty (None or an empty list).
    """
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: expected a mapping {expected!r}, got {actual!r}"
        for key, value in expected.items():
            assert_matches(actual.get(key), value, f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{path}: expected a list, got {actual!r}"
        assert len(actual) == len(expected), (
            f"{path}: expected {len(expected)} items, got {len(actual)}: {actual!r}"
        )
        for index, (item, wanted) in enumerate(zip(actual, expected, strict=True)):
            assert_matches(item, wanted, f"{path}[{index}]")
    elif expected is None:
        assert actual in (None, [], {}), f"{path}: expected nothing, got {actual!r}"
    elif isinstance(expected, dt.date):
        assert actual == expected.isoformat(), f"{path}: expected {expected.isoformat()}, got {actual!r}"
    elif isinstance(expected, (int, float)) and not isinstance(expected, bool):
        assert isinstance(actual, (int, float)) and abs(actual - expected) < 1e-6, (
            f"{path}: expected {expected}, got {actual!r}"
        )
    else:
        assert actual == expected, f"{path}: expected {expected!r}, got {actual!r}"


def strip_namespaces(data: bytes) -> etree._Element:
    """The document with the HL7 v3 namespace removed, so the reader's pointers evaluate as plain XPath."""
    root = etree.fromstring(
        data,
        parser=etree.XMLParser(
            resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True
        ),
    )
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.startswith("{urn:hl7-org:v3}"):
            el.tag = el.tag.split("}", 1)[1]
    etree.cleanup_namespaces(root)
    return root
