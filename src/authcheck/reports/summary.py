"""The words every report uses for a plan's result: verdict, counts, profiles, severities, citations.

Shared by the terminal, HTML and Word reports so that a plan reads the same wherever it is looked at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from authcheck.findings import Finding, PlanReport, ProfileRef

__all__ = [
    "SEVERITY_ICON",
    "SEVERITY_LABEL",
    "Citation",
    "Verdict",
    "citation_of",
    "counts_phrase",
    "plural",
    "profile_phrase",
    "verdict_of",
]

SEVERITY_LABEL = {"error": "Error", "warning": "Warning", "info": "Info"}
# Shapes differ as well as colours, so severity never rests on colour alone.
SEVERITY_ICON = {"error": "\u2716", "warning": "\u25b2", "info": "\u2139"}


def plural(count: int, word: str) -> str:
    """ "1 error", "2 errors"."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def counts_phrase(counts: dict[str, int]) -> str:
    """ "6 errors, 3 warnings, 1 info"."""
    return f"{plural(counts.get('error', 0), 'error')}, {plural(counts.get('warning', 0), 'warning')}, {counts.get('info', 0)} info"


def profile_phrase(profile: ProfileRef) -> str:
    """ "medicare-psychotherapy 2015-10 (payer)"."""
    return f"{profile.id} {profile.version} ({profile.type})"


@dataclass(frozen=True)
class Verdict:
    """Whether the plan is ready to submit, in a headline and one sentence."""

    status: str  # "pass", "fail" or "error"
    headline: str
    detail: str
    icon: str


def verdict_of(report: PlanReport) -> Verdict:
    """The plan's result in plain words."""
    if report.status == "error":
        return Verdict("error", "Could not be checked", f"authcheck could not read this file: {report.error}", "!")
    counts = report.counts
    rest = []
    if counts.get("warning"):
        rest.append(f"{plural(counts['warning'], 'warning')} worth a look")
    if counts.get("info"):
        rest.append(f"{counts['info']} info")
    tail = f" ({' and '.join(rest)})" if rest else ""
    if report.status == "pass":
        return Verdict("pass", "Ready for submission", f"No errors under these profiles{tail}.", "\u2714")
    return Verdict(
        "fail",
        "Not ready for submission",
        f"{plural(counts['error'], 'error')} must be fixed before the plan is submitted{tail}.",
        "\u2716",
    )


@dataclass(frozen=True)
class Citation:
    """A finding's source, split from the engine's "[unverified: ...]" marking."""

    text: str
    verified: bool
    note: str | None


_UNVERIFIED = re.compile(r"^(?P<text>.*?)\s*\[unverified(?::\s*(?P<note>.*))?\]\s*$", re.DOTALL)


def citation_of(finding: Finding) -> Citation:
    """The citation text, whether it was confirmed in source text, and the note saying why not."""
    match = _UNVERIFIED.match(finding.citation)
    if match and not finding.verified:
        return Citation(match.group("text"), False, match.group("note"))
    return Citation(finding.citation, finding.verified, None)
