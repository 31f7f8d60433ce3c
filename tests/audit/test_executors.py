"""Local worker processes: every plan once, a worker that dies does not stop the batch."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from authcheck.api import load_library
from authcheck.audit.discovery import discover
from authcheck.audit.executors import CRASH_REASON, InlineExecutor, LocalExecutor, Task, chunked, run_chunk
from authcheck.audit.work import AuditSetup, Outcome


def crash_on_marked_plans(chunk: list[Task]) -> list[Outcome]:
    """Runs in a worker process: dies outright (no exception, no clean-up) on a plan named *crash*."""
    if any("crash" in ref.key for ref, _ in chunk):
        os._exit(70)
    return run_chunk(chunk)


def _setup() -> AuditSetup:
    return AuditSetup(library=load_library(), payer="medicare-psychotherapy", states=("pa-55-5200",),
                      as_of=dt.date(2026, 2, 1), run_date=dt.date(2026, 2, 1), token="executor-test")


def test_chunked() -> None:
    assert [len(c) for c in chunked(iter([(None, None)] * 10), 4)] == [4, 4, 2]  # type: ignore[list-item]


def test_a_worker_that_dies_costs_only_its_plan(tmp_path: Path, write_plan: Callable[..., Path]) -> None:
    for i in range(12):
        write_plan(tmp_path / "plans" / f"p{i:02d}.yaml", note=str(i))
    write_plan(tmp_path / "plans" / "p05-crash.yaml", note="crash")
    refs = list(discover([str(tmp_path / "plans")]))
    executor = LocalExecutor(_setup(), jobs=2, chunk_size=3, task=crash_on_marked_plans)
    try:
        outcomes = list(executor.run((ref, None) for ref in refs))
    finally:
        executor.close()
    by_key = {o.key: o for o in outcomes}
    assert len(outcomes) == len(by_key) == 13  # each plan exactly once, the chunk-mates of the culprit rerun
    crashed = by_key[str(tmp_path / "plans" / "p05-crash.yaml")]
    assert crashed.status == "error" and CRASH_REASON in (crashed.line or "")
    assert all(o.status == "pass" for k, o in by_key.items() if "crash" not in k)


def test_local_workers_and_this_process_give_the_same_lines(archive: Path) -> None:
    refs = [(ref, None) for ref in discover([str(archive)])]
    setup = _setup()
    inline = sorted(o.line or "" for o in InlineExecutor(setup).run(refs))
    executor = LocalExecutor(setup, jobs=2, chunk_size=2)
    try:
        local = sorted(o.line or "" for o in executor.run(refs))
    finally:
        executor.close()
    assert inline == local and len(local) == 7
