"""A time bound on reading one plan, in the main thread and in worker threads alike.

In the main thread a POSIX interval timer (SIGALRM) interrupts the reader. Signals only reach the main
thread, so in any other thread (a Dask worker runs tasks in a thread pool) a timer thread raises the
timeout in the reading thread instead, with CPython's PyThreadState_SetAsyncExc. Either way the timeout
arrives between two Python bytecodes: a single long C call (one huge regex or XML parse) finishes first,
which the readers' size bounds keep short.
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["ReadTimeout", "time_limit"]


class ReadTimeout(BaseException):
    """Raised inside the block when its time is up; a BaseException so that a reader's own
    `except Exception` cannot swallow it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block with ReadTimeout after `seconds` (no bound when `seconds` <= 0)."""
    if seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _thread_timer(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise ReadTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_timer(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False}

    def expire() -> None:
        with lock:  # never raise into the thread once it has left the block
            if not state["done"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(ReadTimeout))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["done"] = True
