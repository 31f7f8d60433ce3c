"""Run rules' declared example cases: the same harness the test suite and `authcheck rules test` use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from authcheck.engine import run_rule
from authcheck.readers import PlanReadError
from authcheck.readers.native import plan_from_data
from authcheck.rules.catalog import Catalog
from authcheck.rules.spec import RuleExample, RuleSpec

__all__ = ["DEFAULT_EXAMPLE_DATE", "ExampleResult", "run_example", "run_rule_examples"]

DEFAULT_EXAMPLE_DATE = dt.date(2026, 2, 1)


@dataclass(frozen=True)
class ExampleResult:
    """Whether one example case behaved as declared."""

    rule: str
    name: str
    ok: bool
    detail: str


def run_example(rule: RuleSpec, example: RuleExample) -> ExampleResult:
    """Run the rule alone on the example's plan with the example's parameter overrides."""
    try:
        plan = plan_from_data(example.plan, f"{rule.id}:{example.name}")
        params = rule.validated_params({**rule.params, **example.params})
    except (PlanReadError, ValueError) as exc:
        return ExampleResult(rule.id, example.name, False, f"example cannot be used: {exc}")
    hits = run_rule(plan, rule, params, example.as_of or DEFAULT_EXAMPLE_DATE)
    if example.expect == "pass":
        ok = not hits
        detail = "passed" if ok else f"expected no finding, got {len(hits)} at {', '.join(h.path for h in hits)}"
    else:
        wanted = example.findings
        ok = bool(hits) and (wanted is None or len(hits) == wanted)
        detail = f"{len(hits)} finding(s)" if ok else f"expected {wanted or 'at least 1'} finding(s), got {len(hits)}"
    return ExampleResult(rule.id, example.name, ok, detail)


def run_rule_examples(catalog: Catalog) -> list[ExampleResult]:
    """Every example of every rule in the catalog."""
    return [run_example(rule, example) for rule in catalog.rules.values() for example in rule.examples]
