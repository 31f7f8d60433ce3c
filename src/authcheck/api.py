"""The Python API behind the command line: load profiles, choose them for a date, check plan files.

    from authcheck.api import load_library, select_profiles, check_file
    library = load_library()
    profiles = select_profiles(library, payer="medicare-psychotherapy", states=["pa-55-5200"], as_of=date.today())
    report = check_file("plan.docx", profiles, as_of=date.today())
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from authcheck.engine import build_report, error_report
from authcheck.findings import PlanReport
from authcheck.profiles import ProfileError, ProfileLibrary, ResolvedProfile, load_profiles
from authcheck.readers import PlanReadError, read_plan
from authcheck.rules.catalog import load_catalog

__all__ = ["check_file", "load_library", "select_profiles"]


def load_library(rules_dirs: Iterable[Path] = (), profiles_dirs: Iterable[Path] = ()) -> ProfileLibrary:
    """The shipped rules and profiles plus the user's own folders."""
    return load_profiles(load_catalog(rules_dirs), profiles_dirs)


def select_profiles(
    library: ProfileLibrary, *, payer: str, states: Sequence[str] = (), as_of: dt.date
) -> list[ResolvedProfile]:
    """Resolve one payer profile and any number of state profiles for the as-of date.

    A base profile (base-treatment-plan) is accepted as the payer for checks that concern only the
    baseline and state licensure.
    """
    chosen = [library.resolve(payer, as_of)]
    if chosen[0].spec.type == "state":
        raise ProfileError(f"{payer!r} is a state profile: use it with --state (see `authcheck profiles list`)")
    for state in states:
        resolved = library.resolve(state, as_of)
        if resolved.spec.type != "state":
            raise ProfileError(f"{state!r} is a {resolved.spec.type} profile, not a state profile (see `authcheck profiles list`)")
        if state not in [p.id for p in chosen]:
            chosen.append(resolved)
    return chosen


def check_file(path: str | Path, profiles: list[ResolvedProfile], as_of: dt.date) -> PlanReport:
    """Read and check one plan file; an unreadable file gives a report with status "error", never an exception."""
    try:
        result = read_plan(path)
    except PlanReadError as exc:
        return error_report(str(path), exc.reason, profiles, as_of)
    return build_report(result.plan, result.path, result.format, profiles, as_of)
