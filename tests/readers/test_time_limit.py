"""Reading is time-bounded in the main thread and in worker threads (a Dask worker's thread pool)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from authcheck.readers import PlanReadError, read_plan
from authcheck.readers.native import NativeReader
from authcheck.readers.time_limit import ReadTimeout, time_limit

PLAN = "schema: authcheck-plan/1\npatient:\n  name: Ana Ruiz\nplan_date: 2026-03-01\n"


def busy(self: object, data: bytes, path: str) -> object:
    """A reader stuck in Python code (a pathological loop), even one that swallows its own errors."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            sum(range(1000))
        except Exception:  # noqa: BLE001 - the timeout must not be swallowed by this
            pass
    raise AssertionError("not interrupted")


def test_a_reader_in_a_worker_thread_is_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    monkeypatch.setattr(NativeReader, "read", busy)
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(read_plan, path, max_seconds=0.3)
        with pytest.raises(PlanReadError, match="took longer than 0.3 s"):
            future.result(timeout=10)
    assert time.monotonic() - started < 4


def test_a_block_that_ends_in_time_is_never_interrupted_later() -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(50):
                with time_limit(0.01):
                    pass
            time.sleep(0.1)  # any timer still pending would fire here
            sum(range(10000))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert errors == []


def test_no_bound_when_seconds_is_zero() -> None:
    with time_limit(0):
        time.sleep(0.01)


def test_the_main_thread_uses_the_interval_timer() -> None:
    with pytest.raises(ReadTimeout):
        with time_limit(0.05):
            time.sleep(1)
