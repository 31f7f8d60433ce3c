"""Audit summaries built from results.jsonl alone: summary.json, summary.csv, summary.html.

The results file is streamed (each plan's last line once); only counters, the list of reviews due,
a bounded list of the worst plans and of unreadable plans are kept, so summarising a million plans
needs little memory. The output depends only on the set of results, not on their order, so a
local run and a Dask run give byte-identical summaries.

Definitions (docs/audit.md):
- pass rate: plans that pass / plans that could be read (pass + fail); unreadable plans are counted
  apart.
- by kind / rule: findings and plans with at least one such finding. By profile: a finding counts
  for its profile and for each profile that also requires it.
- by clinician / program / site: plans (pass, fail, unreadable), findings, and the pass rate, with
  plans that name none under "(not stated)".
- reviews due: scheduled reviews, recertifications and plan-period ends dated within the 30 days
  from the due date (`due_from`: the fixed as-of date, or the run date for --as-of plan-date; the
  latest one in the file when lines come from several runs), through due_from + 30 days.
- worst plans first: most error findings, then most findings, then key.
"""

from __future__ import annotations

import csv
import datetime as dt
import heapq
import io
import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from authcheck import __version__
from authcheck.audit.results import RESULTS_NAME, iter_results

__all__ = ["DUE_DAYS", "SUMMARY_VERSION", "build_summary", "write_summaries"]

SUMMARY_VERSION = "1"
DUE_DAYS = 30
WORST_LIMIT = 50
UNREADABLE_LIMIT = 200
NOT_STATED = "(not stated)"
_SEVERITIES = ("error", "warning", "info")


class _Group:
    __slots__ = ("plans", "passed", "failed", "unreadable", "findings", "severity")

    def __init__(self) -> None:
        self.plans = self.passed = self.failed = self.unreadable = self.findings = 0
        self.severity: Counter[str] = Counter()

    def add(self, status: str, findings: list[dict[str, Any]]) -> None:
        self.plans += 1
        self.passed += status == "pass"
        self.failed += status == "fail"
        self.unreadable += status == "error"
        self.findings += len(findings)
        self.severity.update(str(f.get("severity")) for f in findings)

    def row(self, name: str | None) -> dict[str, Any]:
        readable = self.passed + self.failed
        return {
            "name": name if name is not None else NOT_STATED, "plans": self.plans, "passed": self.passed,
            "failed": self.failed, "unreadable": self.unreadable, "findings": self.findings,
            **{f"{s}_findings": self.severity.get(s, 0) for s in _SEVERITIES},
            "pass_rate": round(self.passed / readable, 4) if readable else None,
        }


class _Tally:
    """Findings of one kind, rule or profile, and how many plans have at least one."""

    __slots__ = ("findings", "plans", "severity", "label")

    def __init__(self) -> None:
        self.findings = self.plans = 0
        self.severity: Counter[str] = Counter()
        self.label = ""

    def row(self, name: str, field: str) -> dict[str, Any]:
        row: dict[str, Any] = {field: name}
        if self.label:
            row["kind"] = self.label
        row.update({"findings": self.findings, "plans": self.plans,
                    **{f"{s}_findings": self.severity.get(s, 0) for s in _SEVERITIES}})
        return row


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def build_summary(results: Iterable[dict[str, Any]], due_from: dt.date | None = None) -> dict[str, Any]:
    """The summary of a stream of per-plan results (each plan once).

    `due_from` starts the reviews-due window; when None it is the latest "due_from" of the lines
    (then every review from that day on is held until the end, instead of only the window's).
    """
    fixed_due = due_from is not None
    status: Counter[str] = Counter()
    severity: Counter[str] = Counter()
    kinds: dict[str, _Tally] = defaultdict(_Tally)
    rules: dict[str, _Tally] = defaultdict(_Tally)
    by_profile: dict[str, _Tally] = defaultdict(_Tally)
    groups: dict[str, dict[str | None, _Group]] = {"clinician": defaultdict(_Group), "program": defaultdict(_Group),
                                                   "site": defaultdict(_Group)}
    profiles_used: Counter[tuple[str, str]] = Counter()
    as_of_basis: Counter[str] = Counter()
    formats: Counter[str] = Counter()
    earliest: str | None = None
    latest: str | None = None
    reviews: list[dict[str, Any]] = []
    worst: list[tuple[int, int, str, dict[str, Any]]] = []  # min-heap of the worst plans
    unreadable: list[tuple[str, str]] = []
    unreadable_reasons: Counter[str] = Counter()
    total_findings = 0

    for result in results:
        key = str(result.get("key"))
        state = str(result.get("status"))
        findings = [f for f in result.get("findings") or [] if isinstance(f, dict)]
        audit = result.get("audit") if isinstance(result.get("audit"), dict) else {}
        status[state] += 1
        formats[str(result.get("format"))] += 1
        as_of_basis[str(audit.get("as_of_basis"))] += 1
        as_of = result.get("as_of")
        if isinstance(as_of, str):
            earliest = as_of if earliest is None or as_of < earliest else earliest
            latest = as_of if latest is None or as_of > latest else latest
        line_due = _date(audit.get("due_from"))
        if not fixed_due and line_due is not None and (due_from is None or line_due > due_from):
            due_from = line_due
        for profile in result.get("profiles") or []:
            if isinstance(profile, dict):
                profiles_used[(str(profile.get("id")), str(profile.get("version")))] += 1
        for name, group in groups.items():
            value = audit.get(name)
            group[value if isinstance(value, str) and value else None].add(state, findings)
        total_findings += len(findings)
        seen_kinds: set[str] = set()
        seen_rules: set[str] = set()
        seen_profiles: set[str] = set()
        for finding in findings:
            sev = str(finding.get("severity"))
            severity[sev] += 1
            kind, rule = str(finding.get("kind")), str(finding.get("rule"))
            for table, name, seen in ((kinds, kind, seen_kinds), (rules, rule, seen_rules)):
                tally = table[name]
                tally.findings += 1
                tally.severity[sev] += 1
                if name not in seen:
                    seen.add(name)
                    tally.plans += 1
            rules[rule].label = kind
            for profile_id in {str(finding.get("profile")), *map(str, finding.get("also_required_by") or [])}:
                tally = by_profile[profile_id]
                tally.findings += 1
                tally.severity[sev] += 1
                if profile_id not in seen_profiles:
                    seen_profiles.add(profile_id)
                    tally.plans += 1
        if state == "error":
            reason = str(result.get("error") or "unreadable")
            unreadable_reasons[reason] += 1
            if len(unreadable) < UNREADABLE_LIMIT or key < max(unreadable)[0]:
                unreadable.append((key, reason))
                unreadable.sort()
                del unreadable[UNREADABLE_LIMIT:]
        else:
            errors = sum(1 for f in findings if f.get("severity") == "error")
            entry = {"key": key, "status": state, "errors": errors, "findings": len(findings),
                     **{f"{s}_findings": sum(1 for f in findings if f.get("severity") == s) for s in _SEVERITIES},
                     "kinds": sorted(Counter(str(f.get("kind")) for f in findings).items(), key=lambda kv: (-kv[1], kv[0])),
                     "clinician": audit.get("clinician"), "site": audit.get("site")}
            entry["kinds"] = [{"kind": k, "count": c} for k, c in entry["kinds"]]
            # heap order: fewest errors, fewest findings, then the largest key is "least bad"
            item = (errors, len(findings), _Reverse(key), entry)
            if findings:
                if len(worst) < WORST_LIMIT:
                    heapq.heappush(worst, item)  # type: ignore[arg-type]
                elif item[:3] > worst[0][:3]:
                    heapq.heapreplace(worst, item)  # type: ignore[arg-type]
        for review in audit.get("reviews") or []:
            day = _date(review.get("date")) if isinstance(review, dict) else None
            if day is None or due_from is None or day < due_from:
                continue
            if fixed_due and day > due_from + dt.timedelta(days=DUE_DAYS):
                continue
            reviews.append({"key": key, "kind": review.get("kind"), "date": review["date"],
                            "clinician": audit.get("clinician"), "site": audit.get("site")})

    readable = status["pass"] + status["fail"]
    due = _due(reviews, due_from) if due_from is not None else []
    worst_rows = [entry for *_, entry in sorted(worst, key=lambda it: (-it[0], -it[1], it[3]["key"]))]
    return {
        "summary_version": SUMMARY_VERSION,
        "authcheck_version": __version__,
        "plans": sum(status.values()),
        "passed": status["pass"],
        "failed": status["fail"],
        "unreadable": status["error"],
        "pass_rate": round(status["pass"] / readable, 4) if readable else None,
        "formats": dict(sorted(formats.items())),
        "as_of": {"basis": dict(sorted(as_of_basis.items())), "earliest": earliest, "latest": latest},
        "profiles": [{"id": pid, "version": ver, "plans": n} for (pid, ver), n in sorted(profiles_used.items())],
        "findings": {"total": total_findings, **{s: severity.get(s, 0) for s in _SEVERITIES}},
        "by_kind": _ranked(kinds, "kind"),
        "by_rule": _ranked(rules, "rule"),
        "by_profile": _ranked(by_profile, "profile"),
        "by_clinician": _group_rows(groups["clinician"]),
        "by_program": _group_rows(groups["program"]),
        "by_site": _group_rows(groups["site"]),
        "reviews_due": {"from": due_from.isoformat() if due_from else None,
                        "until": (due_from + dt.timedelta(days=DUE_DAYS)).isoformat() if due_from else None,
                        "days": DUE_DAYS, "plans": len({r["key"] for r in due}), "reviews": due},
        "worst_plans": worst_rows,
        "unreadable_plans": {"total": status["error"],
                             "by_reason": [{"reason": r, "plans": n} for r, n in
                                           sorted(unreadable_reasons.items(), key=lambda kv: (-kv[1], kv[0]))[:50]],
                             "first": [{"key": k, "reason": r} for k, r in unreadable]},
    }


class _Reverse(str):
    """A key that sorts backwards, so among equally bad plans the heap keeps the alphabetically first."""

    def __lt__(self, other: str) -> bool:  # type: ignore[override]
        return str.__gt__(self, other)

    def __gt__(self, other: str) -> bool:  # type: ignore[override]
        return str.__lt__(self, other)


def _due(reviews: list[dict[str, Any]], start: dt.date) -> list[dict[str, Any]]:
    end = start + dt.timedelta(days=DUE_DAYS)
    kept = [r for r in reviews if start <= (_date(r["date"]) or dt.date.min) <= end]
    return sorted(kept, key=lambda r: (r["date"], r["key"], str(r["kind"])))


def _ranked(table: dict[str, _Tally], field: str) -> list[dict[str, Any]]:
    return [tally.row(name, field) for name, tally in sorted(table.items(), key=lambda kv: (-kv[1].findings, kv[0]))]


def _group_rows(groups: dict[str | None, _Group]) -> list[dict[str, Any]]:
    rows = [group.row(name) for name, group in groups.items()]
    return sorted(rows, key=lambda r: (-r["plans"], r["name"] == NOT_STATED, r["name"]))


# ------------------------------------------------------------------ files

CSV_FIELDS = ["section", "name", "kind", "plans", "passed", "failed", "unreadable", "findings", "error_findings",
              "warning_findings", "info_findings", "pass_rate"]


def render_csv(summary: dict[str, Any]) -> str:
    """One table: the overall line, then a line per kind, rule, profile, clinician, program and site."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerow({"section": "overall", "name": "all plans", "plans": summary["plans"], "passed": summary["passed"],
                     "failed": summary["failed"], "unreadable": summary["unreadable"],
                     "findings": summary["findings"]["total"],
                     **{f"{s}_findings": summary["findings"][s] for s in _SEVERITIES}, "pass_rate": summary["pass_rate"]})
    for section, field in (("kind", "kind"), ("rule", "rule"), ("profile", "profile")):
        for row in summary[f"by_{section}"]:
            writer.writerow({"section": section, "name": row[field], **{k: v for k, v in row.items() if k != field}})
    for section in ("clinician", "program", "site"):
        for row in summary[f"by_{section}"]:
            writer.writerow({"section": section, **row})
    return out.getvalue()


def render_html(summary: dict[str, Any]) -> str:
    """A self-contained page (inline CSS and SVG, no script, nothing fetched)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined
    from markupsafe import Markup

    from authcheck.audit.svg import bar_chart, status_bar
    from authcheck.resources import data_dir

    env = Environment(loader=FileSystemLoader(str(data_dir("templates") / "audit")), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    charts = {
        "status": status_bar({"pass": summary["passed"], "fail": summary["failed"], "error": summary["unreadable"]}),
        "kinds": bar_chart([(r["kind"], r["findings"]) for r in summary["by_kind"][:15]], title="findings by kind"),
        "rules": bar_chart([(r["rule"], r["findings"]) for r in summary["by_rule"][:15]], title="findings by rule",
                           colour="#6a1b9a"),
        "profiles": bar_chart([(r["profile"], r["findings"]) for r in summary["by_profile"]], title="findings by profile",
                              colour="#00695c"),
    }
    for section in ("clinician", "program", "site"):
        rows = [r for r in summary[f"by_{section}"] if r["passed"] + r["failed"]][:15]
        charts[section] = bar_chart([(r["name"], round(100 * (r["pass_rate"] or 0))) for r in rows],
                                    title=f"pass rate by {section}", colour="#2e7d32", maximum=100, suffix="%")
    return env.get_template("summary.html").render(s=summary, charts={k: Markup(v) for k, v in charts.items()})


def write_summaries(outdir: Path) -> dict[str, Any]:
    """Build the summaries from OUTDIR/results.jsonl and write summary.json, summary.csv and summary.html."""
    path = outdir / RESULTS_NAME
    latest: list[dt.date] = []

    def visit(data: dict[str, Any]) -> None:
        audit = data.get("audit")
        day = _date(audit.get("due_from")) if isinstance(audit, dict) else None
        if day is not None and (not latest or day > latest[0]):
            latest[:] = [day]

    results = iter_results(path, visit=visit)
    first = next(results, None)  # the first pass over the file has run: `latest` is known
    stream = itertools.chain([first], results) if first is not None else iter(())
    summary = build_summary(stream, latest[0] if latest else None)
    files = {
        "summary.json": json.dumps(summary, indent=2, ensure_ascii=False) + "\n",
        "summary.csv": render_csv(summary),
        "summary.html": render_html(summary),
    }
    for name, text in files.items():
        tmp = outdir / (name + ".tmp")
        # a file name that is not valid UTF-8 reaches the keys as lone surrogates: write them as \udcXX
        # (inside summary.json's strings that is the JSON escape for the same character)
        tmp.write_text(text, encoding="utf-8", errors="backslashreplace", newline="\n" if name != "summary.csv" else "")
        tmp.replace(outdir / name)
    return summary
