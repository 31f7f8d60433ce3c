"""Run an audit: discover plans, skip what a previous run already did, check the rest, stream results.

OUTDIR holds:
- results.jsonl: one line per plan (see results.py), written as each plan is done;
- run.json: the run's settings (payer, states, as-of, run date), so `--resume` continues the same
  audit and refuses to mix in different settings;
- summary.json / summary.csv / summary.html, written when the run ends.

Nothing is logged; the only output besides those files is the progress bar and a count line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from authcheck import __version__
from authcheck.audit.discovery import PlanRef, Selection, discover
from authcheck.audit.executors import DaskExecutor, ExecutorError, InlineExecutor, LocalExecutor, Task
from authcheck.audit.results import RESULTS_NAME, Prior, ResultsWriter, compact, prior_index
from authcheck.audit.summary import write_summaries
from authcheck.audit.work import AuditSetup, ProfileChooser, audit_plan
from authcheck.profiles import ProfileError, ProfileLibrary

__all__ = ["AuditError", "AuditOptions", "AuditRun", "run_audit"]

MANIFEST_NAME = "run.json"
PLAN_DATE = "plan-date"


class AuditError(Exception):
    """The audit cannot start (bad options, an OUTDIR holding another audit); one line."""


@dataclass
class AuditOptions:
    """The settings of one `authcheck audit` run. `as_of`: a date, PLAN_DATE, or None (today / resumed run's)."""

    paths: list[str]
    outdir: Path
    payer: str
    states: tuple[str, ...] = ()
    as_of: dt.date | str | None = None
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    resume: bool = False
    executor: str = "local"  # local | dask | inline
    scheduler: str | None = None
    chunk_size: int = 4
    include: tuple[str, ...] = ()  # glob patterns of the file names that are plans (none: every file)
    exclude: tuple[str, ...] = ()  # glob patterns of file and folder names to skip


@dataclass
class AuditRun:
    """What happened: plans found, checked now, skipped (already done), and the summary."""

    found: int = 0
    checked: int = 0
    skipped: int = 0
    kept_not_found: int = 0
    summary: dict[str, Any] = field(default_factory=dict)


def _manifest(options: AuditOptions) -> tuple[dt.date | None, dt.date, dict[str, Any]]:
    """(as-of date or None for plan-date, run date, run.json to write), checked against run.json when resuming."""
    path = options.outdir / MANIFEST_NAME
    results = options.outdir / RESULTS_NAME
    previous: dict[str, Any] | None = None
    if path.exists():
        try:
            previous = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            previous = None
    if not options.resume and results.exists() and results.stat().st_size > 0:
        raise AuditError(f"{options.outdir} already holds an audit ({RESULTS_NAME}); continue it with --resume, "
                         "or choose another output folder")
    as_of = options.as_of
    run_date = dt.date.today()
    if options.resume and previous and results.exists():
        if previous.get("payer") != options.payer or list(previous.get("states") or []) != list(options.states):
            raise AuditError(f"{options.outdir} holds an audit for --payer {previous.get('payer')} "
                             f"{' '.join('--state ' + s for s in previous.get('states') or [])}".rstrip()
                             + "; resume it with the same profiles, or choose another output folder")
        before = previous.get("as_of")
        if as_of is None:
            as_of = PLAN_DATE if before == PLAN_DATE else dt.date.fromisoformat(before) if before else None
        elif (as_of.isoformat() if isinstance(as_of, dt.date) else as_of) != before:
            raise AuditError(f"{options.outdir} holds an audit as of {before}; resume it with the same --as-of "
                             "(or leave it out), or choose another output folder")
        if previous.get("run_date"):
            run_date = dt.date.fromisoformat(previous["run_date"])
    if as_of is None:
        as_of = run_date
    manifest = {"authcheck_version": __version__, "payer": options.payer, "states": list(options.states),
                "as_of": as_of if isinstance(as_of, str) else as_of.isoformat(), "run_date": run_date.isoformat(),
                "paths": list(options.paths)}
    return (None if as_of == PLAN_DATE else as_of), run_date, manifest  # type: ignore[return-value]


def _write_manifest(outdir: Path, manifest: dict[str, Any]) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    tmp = outdir / (MANIFEST_NAME + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    tmp.replace(outdir / MANIFEST_NAME)


def _check_profiles(library: ProfileLibrary, options: AuditOptions, as_of: dt.date | None, run_date: dt.date) -> None:
    """Fail fast on an unknown or misplaced profile id (the per-plan dates are resolved later)."""
    from authcheck.api import select_profiles

    try:
        if as_of is not None:
            select_profiles(library, payer=options.payer, states=options.states, as_of=as_of)
            return
        for profile_id, wanted in [(options.payer, ("payer", "base")), *[(s, ("state",)) for s in options.states]]:
            spec = library.get(profile_id)
            if spec.type not in wanted:
                flag = "--state" if spec.type == "state" else "--payer"
                raise ProfileError(f"{profile_id!r} is a {spec.type} profile: use it with {flag}")
    except ProfileError as exc:
        raise AuditError(str(exc)) from exc


def _skip_hash(prior: Prior | None, setup: AuditSetup, chooser: ProfileChooser, cache: dict[str, str | None]) -> str | None:
    """The content hash a plan must still have for its previous result to stand, or None to redo it.

    A previous result stands when the plan's bytes are unchanged and the profiles it was checked
    against are what this run would use for the same date (same versions, rules and parameters).
    Unreadable plans are retried unless their bytes were read (then the same bytes fail the same way).
    """
    if prior is None or not prior.sha or not prior.fingerprint or not prior.as_of:
        return None
    if setup.as_of is not None:
        if prior.basis != "fixed" or prior.as_of != setup.as_of.isoformat():
            return None
    elif prior.basis not in ("plan-date", "period-start") and not (
        prior.basis == "run-date" and prior.as_of == setup.run_date.isoformat()
    ):
        return None
    if prior.as_of not in cache:
        try:
            cache[prior.as_of] = chooser.choose(dt.date.fromisoformat(prior.as_of)).fingerprint
        except (ProfileError, ValueError):
            cache[prior.as_of] = None
    return prior.sha if cache[prior.as_of] == prior.fingerprint else None


def _tasks(refs: list[PlanRef], priors: dict[str, Prior], setup: AuditSetup) -> Iterator[Task]:
    chooser = ProfileChooser(setup)
    cache: dict[str, str | None] = {}
    for ref in refs:
        yield ref, _skip_hash(priors.get(ref.key), setup, chooser, cache)


def _executor(options: AuditOptions, setup: AuditSetup) -> Any:
    if options.executor == "dask":
        if not options.scheduler:
            raise AuditError("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
        try:
            return DaskExecutor(setup, options.scheduler, chunk_size=options.chunk_size)
        except ExecutorError as exc:
            raise AuditError(str(exc)) from exc
    if options.executor == "inline":
        return InlineExecutor(setup)
    if options.executor != "local":
        raise AuditError(f"unknown executor {options.executor!r} (local or dask)")
    return LocalExecutor(setup, options.jobs, chunk_size=options.chunk_size)


def run_audit(
    library: ProfileLibrary,
    options: AuditOptions,
    *,
    progress: Callable[[int, int], Any] | None = None,
    started: Callable[[int], Any] | None = None,
) -> AuditRun:
    """Run the audit; `started(total)` is called once the plans are known, `progress(done, total)` after each plan.

    KeyboardInterrupt (Ctrl-C, or SIGTERM, which is turned into one) stops the run after closing
    the results file; everything written so far stays and `--resume` continues.
    """
    as_of, run_date, manifest = _manifest(options)
    _check_profiles(library, options, as_of, run_date)
    setup = AuditSetup(library=library, payer=options.payer, states=tuple(options.states), as_of=as_of,
                       run_date=run_date, token=uuid.uuid4().hex)
    results_path = options.outdir / RESULTS_NAME
    selection = Selection(include=tuple(options.include), exclude=tuple(options.exclude))
    refs = list(discover(options.paths, exclude=options.outdir, selection=selection))
    run = AuditRun(found=len(refs))
    priors: dict[str, Prior] = {}
    if options.resume and results_path.exists():
        # one line per plan from here on; results of plans not found this time are kept (a mistyped
        # PATH must not wipe an audit), and so are their lines in the summaries
        compact(results_path, lambda key: True)
        priors = prior_index(results_path)
        found = {ref.key for ref in refs}
        run.kept_not_found = sum(1 for key in priors if key not in found)
        del found
    executor = _executor(options, setup)
    _write_manifest(options.outdir, manifest)
    previous_sigterm = signal.getsignal(signal.SIGTERM)
    replaced = 0

    def on_sigterm(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        signal.signal(signal.SIGTERM, on_sigterm)
    except ValueError:  # not the main thread
        previous_sigterm = None
    finished = False
    try:
        if hasattr(executor, "start"):
            executor.start()
        if started is not None:
            started(len(refs))
        done = 0
        with ResultsWriter(results_path) as writer:
            # discovery errors need no worker
            for ref in refs:
                if ref.kind == "error":
                    outcome = audit_plan(ref, setup)
                    writer.write(outcome.line or "")
                    replaced += ref.key in priors
                    run.checked += 1
                    done += 1
                    if progress is not None:
                        progress(done, len(refs))
            work = [ref for ref in refs if ref.kind != "error"]
            del refs
            for outcome in executor.run(_tasks(work, priors, setup)):
                if outcome.line is None:
                    run.skipped += 1
                else:
                    writer.write(outcome.line)
                    run.checked += 1
                    replaced += outcome.key in priors
                done += 1
                if progress is not None:
                    progress(done, run.found)
        finished = True
    finally:
        executor.close(wait=finished)
        if previous_sigterm is not None:
            signal.signal(signal.SIGTERM, previous_sigterm)
    if replaced:
        compact(results_path, lambda key: True)  # a redone plan's earlier line goes
    run.summary = write_summaries(options.outdir)
    return run
