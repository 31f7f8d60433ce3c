"""The per-plan work of an audit: read the bytes, hash them, read the plan, choose profiles, check.

The same function runs in a local worker process, in the audit's own process or on a Dask worker,
so results do not depend on where a plan was checked. It never raises for a bad plan: every
problem becomes an error line with a one-line reason. Nothing here logs or prints plan content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from authcheck import __version__
from authcheck.audit.discovery import PlanRef
from authcheck.audit.facts import plan_facts
from authcheck.audit.sources import SourceError, read_source
from authcheck.engine import build_report, error_report
from authcheck.findings import PlanReport
from authcheck.model import TreatmentPlan
from authcheck.profiles import ProfileError, ProfileLibrary, ResolvedProfile
from authcheck.readers import PlanReadError, read_plan_bytes

__all__ = ["AuditSetup", "Outcome", "ProfileChooser", "audit_chunk", "audit_plan", "crash_outcome", "decode_plan",
           "profiles_fingerprint"]


@dataclass(frozen=True)
class AuditSetup:
    """What every worker needs to check plans the same way (pickled once per worker).

    `as_of` is the one date of a fixed-date audit, or None for `--as-of plan-date`, where each plan
    is checked as of its own plan date (else the start of its plan period, else `run_date`).
    """

    library: ProfileLibrary
    payer: str
    states: tuple[str, ...]
    as_of: dt.date | None
    run_date: dt.date
    token: str = field(default="")  # distinguishes setups in a worker's caches

    @property
    def due_from(self) -> dt.date:
        """The first day of the "reviews due in the next 30 days" window."""
        return self.as_of or self.run_date


class Outcome(NamedTuple):
    """What one plan's work gives back: its key, status, the results line (None when skipped)."""

    key: str
    status: str
    line: str | None


def profiles_fingerprint(profiles: list[ResolvedProfile]) -> str:
    """A hash of everything the resolved profiles demand (versions, rules, parameters, citations)."""
    parts: list[Any] = []
    for profile in profiles:
        requirements = {
            rule_id: [req.rule.model_dump(mode="json"), req.raw_params, req.severity, req.citation, req.verified, req.note]
            for rule_id, req in sorted(profile.requirements.items())
        }
        parts.append([profile.id, profile.version, profile.ref().model_dump(mode="json"), requirements])
    blob = json.dumps([__version__, parts], sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


class _Chosen(NamedTuple):
    profiles: list[ResolvedProfile]
    fingerprint: str


class ProfileChooser:
    """Resolves the payer and state profiles for a date, cached by the versions in force.

    Many dates share one set of versions, so an archive spanning years resolves each set once.
    """

    def __init__(self, setup: AuditSetup) -> None:
        self.setup = setup
        self._by_versions: dict[tuple[str | None, ...], _Chosen] = {}
        self._specs = sorted(setup.library.specs.values(), key=lambda s: s.id)

    def choose(self, day: dt.date) -> _Chosen:
        """The profiles in force on `day` and their fingerprint; ProfileError when none is."""
        versions = tuple(getattr(spec.version_for(day), "version", None) for spec in self._specs)
        cached = self._by_versions.get(versions)
        if cached is None:
            from authcheck.api import select_profiles

            # a ProfileError (no version in force on `day`) names the day, so it is not cached
            profiles = select_profiles(self.setup.library, payer=self.setup.payer, states=self.setup.states, as_of=day)
            cached = self._by_versions[versions] = _Chosen(profiles, profiles_fingerprint(profiles))
        return cached


_CHOOSERS: dict[str | int, ProfileChooser] = {}
_CHOOSERS_LOCK = threading.Lock()


def _chooser(setup: AuditSetup) -> ProfileChooser:
    """This process's chooser for the setup (a worker deserialises the setup once, or a few times)."""
    key = setup.token or id(setup)
    with _CHOOSERS_LOCK:
        chooser = _CHOOSERS.get(key)
        if chooser is None:
            chooser = ProfileChooser(setup)
            if len(_CHOOSERS) >= 4:  # one audit at a time in practice; keep memory flat
                _CHOOSERS.clear()
            _CHOOSERS[key] = chooser
        return chooser


def decode_plan(data: bytes, display: str) -> tuple[TreatmentPlan, str]:
    """Read plan bytes of any supported format, exactly as `authcheck check` reads a file."""
    result = read_plan_bytes(data, display)
    return result.plan, result.format


def _plan_day(plan: TreatmentPlan | None, setup: AuditSetup) -> tuple[dt.date, str]:
    if setup.as_of is not None:
        return setup.as_of, "fixed"
    if plan is not None and plan.plan_date is not None:
        return plan.plan_date, "plan-date"
    if plan is not None and plan.period is not None and plan.period.start is not None:
        return plan.period.start, "period-start"
    return setup.run_date, "run-date"


def _line(report: PlanReport, ref: PlanRef, sha: str | None, audit: dict[str, Any]) -> str:
    data = report.to_json_dict()
    data["key"] = ref.key
    data["content_sha256"] = sha
    data["audit"] = audit
    line = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a JSON plan ("\\ud800"): keep the line valid UTF-8
        line = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return line


def _error(ref: PlanRef, setup: AuditSetup, message: str, sha: str | None, size: int | None,
           plan: TreatmentPlan | None = None) -> Outcome:
    day, basis = _plan_day(plan, setup)
    try:
        chosen = _chooser(setup).choose(day)
        profiles, fingerprint = chosen.profiles, chosen.fingerprint
    except ProfileError:
        profiles, fingerprint = [], None
    report = error_report(ref.key, message, profiles, day)
    audit = {"as_of_basis": basis, "due_from": setup.due_from.isoformat(), "profiles_fingerprint": fingerprint,
             "authcheck_version": __version__, "bytes": size, "site": ref.site}
    return Outcome(ref.key, "error", _line(report, ref, sha, audit))


def audit_plan(ref: PlanRef, setup: AuditSetup, prior_sha: str | None = None) -> Outcome:
    """Check one plan; when its content hash equals `prior_sha` the work is skipped (line None)."""
    try:
        data = read_source(ref)
    except SourceError as exc:
        return _error(ref, setup, str(exc), None, None)
    except Exception as exc:  # noqa: BLE001 - a storage fault must not stop the batch
        return _error(ref, setup, f"cannot read: {type(exc).__name__}: {exc}", None, None)
    sha = hashlib.sha256(data).hexdigest()
    if prior_sha is not None and sha == prior_sha:
        return Outcome(ref.key, "skipped", None)
    size = len(data)
    try:
        plan, fmt = decode_plan(data, ref.key)
    except PlanReadError as exc:
        return _error(ref, setup, exc.reason, sha, size)
    del data
    day, basis = _plan_day(plan, setup)
    try:
        chosen = _chooser(setup).choose(day)
    except ProfileError as exc:
        return _error(ref, setup, f"no profiles for this plan's date: {exc}", sha, size, plan)
    try:
        report = build_report(plan, ref.key, fmt, chosen.profiles, day)
        facts = plan_facts(plan, ref.site)
    except Exception as exc:  # noqa: BLE001 - a rule fault on one plan must not stop the batch
        return _error(ref, setup, f"internal error while checking: {type(exc).__name__}: {exc}", sha, size, plan)
    audit = {"as_of_basis": basis, "due_from": setup.due_from.isoformat(), "profiles_fingerprint": chosen.fingerprint,
             "authcheck_version": __version__, "bytes": size, **facts}
    return Outcome(ref.key, report.status, _line(report, ref, sha, audit))


def crash_outcome(ref: PlanRef, setup: AuditSetup, message: str) -> Outcome:
    """The error line of a plan whose worker died (recorded by the process that saw it die)."""
    return _error(ref, setup, message, None, None)


def audit_chunk(refs: list[tuple[PlanRef, str | None]], setup: AuditSetup) -> list[Outcome]:
    """Several plans in a row (one task for a worker)."""
    return [audit_plan(ref, setup, prior) for ref, prior in refs]
