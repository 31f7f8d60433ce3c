"""The Dask executor gives the same results and summaries as the local one (a LocalCluster on loopback)."""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from authcheck.cli import main

from .conftest import AS_OF, BASE_ARGS, read_lines

distributed = pytest.importorskip("distributed")

SUMMARY_FILES = ("summary.json", "summary.csv", "summary.html")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=2, processes=False, protocol="tcp", host="127.0.0.1",
                                       dashboard_address=":0", silence_logs=logging.WARNING)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


@pytest.fixture
def dask_archive(archive: Path) -> Path:
    plans = archive / "north" / "a-clean.yaml"
    with zipfile.ZipFile(archive / "south" / "batch.zip", "w") as zf:
        zf.write(plans, "east/zipped.yaml")
        zf.writestr("../escape.yaml", "x")
    return archive


def _audit(*args: str) -> object:
    return CliRunner().invoke(main, ["audit", *args, *BASE_ARGS, "--as-of", AS_OF], catch_exceptions=False)


def test_dask_run_equals_local_run(dask_archive: Path, tmp_path: Path, scheduler: str,
                                   caplog: pytest.LogCaptureFixture) -> None:
    local, remote = tmp_path / "local", tmp_path / "dask"
    first = _audit(str(dask_archive), "-o", str(local), "--jobs", "2")
    with caplog.at_level(logging.DEBUG):
        second = _audit(str(dask_archive), "-o", str(remote), "--executor", "dask", "--scheduler", scheduler)
    assert first.exit_code == second.exit_code == 1, second.output
    local_lines = sorted((local / "results.jsonl").read_text().splitlines())
    dask_lines = sorted((remote / "results.jsonl").read_text().splitlines())
    assert len(local_lines) == 9 and local_lines == dask_lines
    for name in SUMMARY_FILES:
        assert (local / name).read_bytes() == (remote / name).read_bytes(), name
    # nothing of the plans reached the logs (client and workers run in this process here)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Dana Whitfield" not in logged and "F33.1" not in logged and "a-clean.yaml" not in logged


def test_dask_resume_skips_what_is_done(dask_archive: Path, tmp_path: Path, scheduler: str) -> None:
    out = tmp_path / "out"
    _audit(str(dask_archive), "-o", str(out), "--executor", "dask", "--scheduler", scheduler)
    again = _audit(str(dask_archive), "-o", str(out), "--executor", "dask", "--scheduler", scheduler, "--resume")
    assert "unchanged since the last run" in again.stderr
    keys = [line["key"] for line in read_lines(out / "results.jsonl")]
    assert len(keys) == len(set(keys)) == 9


def test_fsspec_urls_read_by_the_workers_give_the_same_results(dask_archive: Path, tmp_path: Path, scheduler: str) -> None:
    local, remote = tmp_path / "local", tmp_path / "url"
    _audit(str(dask_archive), "-o", str(local), "--jobs", "1")
    _audit(f"file://{dask_archive}", "-o", str(remote), "--executor", "dask", "--scheduler", scheduler)

    def normalised(out: Path, prefix: str) -> dict[str, dict]:
        lines = {}
        for line in read_lines(out / "results.jsonl"):
            key = line.pop("key").removeprefix(prefix)
            assert line.pop("source").removeprefix(prefix) == key
            lines[key] = line
        return lines

    assert normalised(local, str(dask_archive)) == normalised(remote, f"file://{dask_archive}")


def test_unreachable_scheduler_is_a_usage_error(tmp_path: Path, archive: Path) -> None:
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(main, ["audit", str(archive), *BASE_ARGS, "-o", str(tmp_path / "o"), "--executor", "dask",
                                           "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2 and "Dask scheduler" in result.stderr and "Traceback" not in result.output
