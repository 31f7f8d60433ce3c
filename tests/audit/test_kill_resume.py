"""Kill a real `authcheck audit` process mid-run (SIGKILL, and Ctrl-C), resume it, and check that every
plan ends with exactly one result, the same as an uninterrupted run gives."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from authcheck.api import load_library
from authcheck.audit import AuditOptions, run_audit
from authcheck.audit.discovery import discover

from .conftest import AS_OF, BASE_ARGS, plan_text, read_lines

PLANS = 240
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _archive(root: Path) -> Path:
    for i in range(PLANS):
        site = root / f"site-{i % 3}"
        site.mkdir(parents=True, exist_ok=True)
        if i % 40 == 7:
            (site / f"plan-{i:03d}.docx").write_bytes(b"PK\x03\x04" + bytes([i]) * 20)  # unreadable
        else:
            code = "F32" if i % 5 == 0 else "F33.1"
            (site / f"plan-{i:03d}.yaml").write_text(plan_text(code=code, note=f"plan {i}",
                                                               plan_date=dt.date(2025, 1, 1) + dt.timedelta(days=i)))
    return root


def _start(archive: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "authcheck", "audit", str(archive), *BASE_ARGS, "--as-of", AS_OF, "-o", str(out),
               "--jobs", "1", *extra]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _wait_for_lines(path: Path, count: int, process: subprocess.Popen[bytes], timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists():
            lines = path.read_bytes().count(b"\n")
            if lines >= count:
                return lines
        if process.poll() is not None:
            pytest.fail(f"the audit ended before it could be interrupted: {process.stderr.read().decode()[-500:]}")
        time.sleep(0.002)
    pytest.fail("no results appeared")


def _children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (Linux /proc; empty elsewhere)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat")
    return not (state.exists() and state.read_text().rsplit(")", 1)[1].split()[0] == "Z")


def _reference(archive: Path, out: Path) -> dict[str, dict]:
    """An uninterrupted run in this process (the inline executor), keyed by plan."""
    run_audit(load_library(), AuditOptions(paths=[str(archive)], outdir=out, payer=BASE_ARGS[1], states=(BASE_ARGS[3],),
                                           as_of=dt.date.fromisoformat(AS_OF), executor="inline"))
    return {line["key"]: line for line in read_lines(out / "results.jsonl")}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    root = tmp_path_factory.mktemp("kill")
    archive = _archive(root / "archive")
    return archive, _reference(archive, root / "reference")


def _check_complete(archive: Path, out: Path, reference: dict[str, dict]) -> None:
    lines = read_lines(out / "results.jsonl")
    keys = [line["key"] for line in lines]
    expected = sorted(ref.key for ref in discover([str(archive)]))
    assert len(expected) == PLANS
    assert sorted(keys) == expected  # exactly one result per plan
    assert {line["key"]: line for line in lines} == reference


@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc to watch the worker processes")
def test_sigkill_mid_run_then_resume_gives_exactly_one_result_per_plan(plans: tuple[Path, dict], tmp_path: Path) -> None:
    archive, reference = plans
    out = tmp_path / "out"
    process = _start(archive, out)
    _wait_for_lines(out / "results.jsonl", 5, process)
    workers = [pid for child in _children(process.pid) for pid in [child, *_children(child)]]
    process.kill()  # SIGKILL: no clean-up at all
    process.wait()
    written = (out / "results.jsonl").read_bytes()
    done = written.count(b"\n")
    assert 5 <= done < PLANS
    # the workers notice that their parent is gone and exit
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    lingering = [pid for pid in workers if _alive(pid)]
    assert not lingering, [Path(f"/proc/{pid}/cmdline").read_bytes() for pid in lingering]
    # a torn last line, as a kill in the middle of a write leaves it
    with (out / "results.jsonl").open("ab") as handle:
        handle.write(b'{"schema_version":"1.0","source":"half a li')
    resumed = _start(archive, out, "--resume")
    _, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 1, err.decode()
    message = err.decode()
    assert f"{PLANS} plans" in message and "unchanged since the last run" in message
    skipped = int(message.split(" checked now, ")[1].split()[0].replace(",", ""))
    assert skipped >= done - 6  # everything finished before the kill was kept (unreadable files are retried)
    _check_complete(archive, out, reference)


def test_ctrl_c_stops_cleanly_and_resume_completes(plans: tuple[Path, dict], tmp_path: Path) -> None:
    archive, reference = plans
    out = tmp_path / "out"
    process = _start(archive, out)
    _wait_for_lines(out / "results.jsonl", 5, process)
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group, workers included
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err.decode()
    assert "--resume" in err.decode() and "Traceback" not in err.decode()
    done = (out / "results.jsonl").read_bytes()
    assert done.endswith(b"\n") and 5 <= done.count(b"\n") < PLANS
    for line in done.splitlines():
        json.loads(line)
    resumed = _start(archive, out, "--resume")
    _, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 1, err.decode()
    _check_complete(archive, out, reference)
    assert (out / "summary.html").exists()
