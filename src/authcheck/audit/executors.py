"""Where the per-plan work runs: local worker processes, this process, or a Dask distributed cluster.

Every executor takes an iterator of tasks (a PlanRef and the content hash of its previous result,
for --resume) and yields one Outcome per plan as soon as it is done, in completion order. Only a
bounded window of tasks is in flight, so memory does not grow with the archive.

A worker that dies (a crash in a native library, the out-of-memory killer) must not stop the batch:
the plans that were in flight are run again one at a time, and a plan that kills its worker on its
own is recorded as an error line.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from authcheck.audit.discovery import PlanRef
from authcheck.audit.work import AuditSetup, Outcome, audit_chunk, audit_plan, crash_outcome

__all__ = ["CRASH_REASON", "DaskExecutor", "ExecutorError", "InlineExecutor", "LocalExecutor", "Task", "chunked", "run_chunk"]

Task = tuple[PlanRef, "str | None"]
CRASH_REASON = "the worker process died while checking this file (a crash or out of memory); the file was skipped"


class ExecutorError(Exception):
    """The executor cannot run (no cluster, mismatched workers); the message is one line."""


def chunked(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    """Consecutive groups of at most `size` tasks."""
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class InlineExecutor:
    """Runs every plan in this process, one after another (benchmarks and tests)."""

    def __init__(self, setup: AuditSetup) -> None:
        self.setup = setup

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        for ref, prior in tasks:
            yield audit_plan(ref, self.setup, prior)

    def close(self, wait: bool = True) -> None:
        pass


# ------------------------------------------------------------------ local worker processes

_WORKER_SETUP: AuditSetup | None = None


def _parent_gone(pid: int) -> bool:
    """True when the audit process has exited (gone, or a zombie waiting to be reaped)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (OSError, IndexError):
        return False


def _watch_parent(pid: int) -> None:
    """Exit when the audit process dies (SIGKILL gives it no chance to stop its workers)."""
    while not _parent_gone(pid):
        time.sleep(0.5)
    os._exit(1)


def _init_worker(blob: bytes, parent: int) -> None:
    global _WORKER_SETUP
    _WORKER_SETUP = pickle.loads(blob)
    # Ctrl-C reaches the whole process group; the parent decides, workers finish their chunk.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), name="authcheck-parent-watch", daemon=True).start()


def run_chunk(chunk: list[Task]) -> list[Outcome]:
    """The task a local worker runs: several plans with the setup it received when it started."""
    assert _WORKER_SETUP is not None
    return audit_chunk(chunk, _WORKER_SETUP)


def _warm() -> int:
    return 0


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        # workers are forked from a server that has imported the audit code once
        context.set_forkserver_preload(["authcheck.audit.work"])
        return context
    return multiprocessing.get_context("spawn")


class LocalExecutor:
    """N worker processes on this machine (`--jobs N`)."""

    def __init__(self, setup: AuditSetup, jobs: int, chunk_size: int = 4,
                 task: Callable[[list[Task]], list[Outcome]] | None = None) -> None:
        self.setup = setup
        self.jobs = max(1, jobs)
        self.chunk_size = max(1, chunk_size)
        self.task = task or run_chunk  # a module-level function (workers import it by name)
        self._blob = pickle.dumps(setup, protocol=pickle.HIGHEST_PROTOCOL)
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        """Start the workers now (before a progress bar starts its thread) and wait until they are up."""
        self._pool = ProcessPoolExecutor(self.jobs, mp_context=_context(), initializer=_init_worker,
                                         initargs=(self._blob, os.getpid()))
        for future in [self._pool.submit(_warm) for _ in range(self.jobs)]:
            future.result()

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self.start()

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        if self._pool is None:
            self.start()
        window = self.jobs * 3
        chunks = chunked(tasks, self.chunk_size)
        pending: dict[Future[list[Outcome]], list[Task]] = {}
        suspects: list[Task] = []

        def fill() -> None:
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    return
                assert self._pool is not None
                pending[self._pool.submit(self.task, chunk)] = chunk

        fill()
        while pending:
            done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                chunk = pending.pop(future)
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    suspects.extend(chunk)
                    broken = True
                    continue
                yield from outcomes
            if broken:
                suspects.extend(task for chunk in pending.values() for task in chunk)
                pending.clear()
                self._restart()
                yield from self._isolate(suspects)
                suspects = []
            fill()

    def _isolate(self, suspects: list[Task]) -> Iterator[Outcome]:
        """Run each plan that was in flight when a worker died on its own; the culprit gets an error line."""
        for ref, prior in suspects:
            assert self._pool is not None
            try:
                yield from self._pool.submit(self.task, [(ref, prior)]).result()
            except BrokenProcessPool:
                self._restart()
                yield crash_outcome(ref, self.setup, CRASH_REASON)

    def close(self, wait: bool = True) -> None:
        """Stop the workers; with wait=False (an interrupted run) do not wait for plans in progress."""
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None


# ------------------------------------------------------------------ Dask distributed


def _worker_version() -> str:
    from authcheck import __version__

    return __version__


class DaskExecutor:
    """The same per-plan work on an existing Dask distributed cluster (`--executor dask`)."""

    def __init__(self, setup: AuditSetup, scheduler: str, chunk_size: int = 4, window_per_thread: int = 3) -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise ExecutorError("--executor dask needs the dask extra: pip install 'authcheck[dask]'") from exc
        self.setup = setup
        self.chunk_size = max(1, chunk_size)
        try:
            # connect timeout: dask config distributed.comm.timeouts.connect (default 30 s)
            self.client = Client(scheduler, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ExecutorError(f"cannot connect to the Dask scheduler at {scheduler}: {exc}") from exc
        self._check_workers()
        threads = sum(self.client.nthreads().values()) or 1
        self.window = max(2, threads * window_per_thread)
        self._setup_future = self.client.scatter(setup, broadcast=True, hash=False)
        self._run = uuid.uuid4().hex[:12]
        self._live: dict[str, Any] = {}

    def _check_workers(self) -> None:
        from authcheck import __version__

        try:
            versions = self.client.run(_worker_version)
        except Exception as exc:  # noqa: BLE001 - a worker without authcheck fails to unpickle the call
            raise ExecutorError(f"Dask workers cannot run authcheck ({type(exc).__name__}); install authcheck {__version__} on every worker") from exc
        if not versions:
            raise ExecutorError("the Dask cluster has no workers")
        wrong = sorted({v for v in versions.values() if v != __version__})
        if wrong:
            raise ExecutorError(f"Dask workers run authcheck {', '.join(wrong)}; this client runs {__version__}: install the same version everywhere")

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        from distributed import as_completed

        chunks = chunked(tasks, self.chunk_size)
        pending: dict[str, list[Task]] = {}
        futures = as_completed(loop=self.client.loop)
        self._live = {}
        count = 0

        def submit(chunk: list[Task]) -> None:
            nonlocal count
            count += 1
            key = f"authcheck-audit-{self._run}-{count}"  # no paths in task keys (they reach logs)
            future = self.client.submit(audit_chunk, chunk, self._setup_future, key=key, pure=False, retries=0)
            pending[future.key] = chunk
            self._live[future.key] = future
            futures.add(future)

        def fill() -> None:
            while len(pending) < self.window:
                chunk = next(chunks, None)
                if chunk is None:
                    return
                submit(chunk)

        fill()
        for future in futures:
            chunk = pending.pop(future.key)
            try:
                outcomes = future.result()
            except Exception:  # noqa: BLE001 - KilledWorker, a lost worker: retry alone, then record
                if len(chunk) > 1:
                    for task in chunk:
                        submit([task])
                    continue
                outcomes = [crash_outcome(chunk[0][0], self.setup, CRASH_REASON)]
            finally:
                self._live.pop(future.key, None)
                future.release()
            yield from outcomes
            fill()

    def close(self, wait: bool = True) -> None:
        try:
            if self._live:
                self.client.cancel(list(self._live.values()))
            self._live = {}
            self.client.close()
        except Exception:  # noqa: BLE001 - closing must not fail the run
            pass
