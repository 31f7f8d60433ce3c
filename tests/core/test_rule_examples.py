"""Every rule's declared pass/fail example runs as a test (ids: rule-id:example-name)."""

from __future__ import annotations

import pytest

from authcheck.rules.catalog import load_catalog
from authcheck.testing import run_example

_CATALOG = load_catalog()
_CASES = [(rule, example) for rule in _CATALOG.rules.values() for example in rule.examples]


@pytest.mark.parametrize(("rule", "example"), _CASES, ids=[f"{r.id}:{e.name}" for r, e in _CASES])
def test_rule_example(rule, example) -> None:
    result = run_example(rule, example)
    assert result.ok, result.detail
