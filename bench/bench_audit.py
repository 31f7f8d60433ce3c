"""The audit against its floor, its throughput with --jobs 2, and its memory as the archive grows.

    python bench/bench_audit.py [--plans 300] [--rounds 5] [--small 1000] [--large 10000]
                                [--skip-throughput] [--skip-memory] [--work FOLDER]

All on plans written by bench/generate_plans.py (same seed, so the same files every run):

1. Per plan on one core, measured in this process on the same files, rounds interleaved so that a
   disturbance hits both sides (best round of each):
   - floor: read the file, unzip word/document.xml, parse it with lxml (nothing else);
   - audit: the whole per-plan work of `authcheck audit` (authcheck.audit.work.audit_plan: read,
     hash, sniff, DOCX reader, both profiles' rules, facts, the JSON line), and its parts.
   The ratio audit/floor is the issue's measure (goal: at most 2).
2. Plans per second of the real command (`authcheck audit --jobs 1` and `--jobs 2`, fresh
   processes, wall time including start-up) on the --small archive.
3. Peak memory of `authcheck audit --jobs 2` on --small and --large archives, sampled from /proc
   every 20 ms: the main process and the whole process tree (main + forkserver + workers), and
   ru_maxrss of the audit process (its workers are children of the fork server and not counted there).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from generate_plans import generate  # noqa: E402

PAYER, STATE, AS_OF = "medicare-psychotherapy", "pa-55-5200", "2026-02-01"


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{os.cpu_count()} cores ({cpu}){memory}, Python {platform.python_version()}, {platform.system()}; "
            f"load average at start {load:.2f}; {dt.date.today()}")


def archive(root: Path, count: int) -> Path:
    folder = root / f"plans-{count}"
    if not folder.exists():
        start = time.perf_counter()
        generate(folder, count)
        print(f"  (generated {count:,} plans in {time.perf_counter() - start:.1f} s)", flush=True)
    return folder


# ------------------------------------------------------------------ 1. per plan, one core


def per_plan(folder: Path, rounds: int) -> None:
    from lxml import etree

    from authcheck.api import load_library
    from authcheck.audit.discovery import discover
    from authcheck.audit.sources import read_source
    from authcheck.audit.facts import plan_facts
    from authcheck.audit.work import AuditSetup, ProfileChooser, _line, audit_plan, decode_plan
    from authcheck.engine import build_report
    from authcheck.readers import sniff_format

    refs = list(discover([str(folder)]))
    setup = AuditSetup(library=load_library(), payer=PAYER, states=(STATE,), as_of=dt.date.fromisoformat(AS_OF),
                       run_date=dt.date.fromisoformat(AS_OF), token="bench")
    profiles = ProfileChooser(setup).choose(setup.as_of).profiles
    sizes = [zipfile.ZipFile(r.location).getinfo("word/document.xml").file_size for r in refs]

    def floor() -> None:
        for ref in refs:
            with open(ref.location, "rb") as handle, zipfile.ZipFile(io.BytesIO(handle.read())) as zf:
                etree.fromstring(zf.read("word/document.xml"))

    def audit() -> None:
        for ref in refs:
            audit_plan(ref, setup)

    datas = [read_source(ref) for ref in refs]
    plans = [decode_plan(data, ref.key)[0] for data, ref in zip(datas, refs)]

    def reader() -> None:
        for data, ref in zip(datas, refs):
            decode_plan(data, ref.key)

    def check() -> None:
        for plan, ref in zip(plans, refs):
            build_report(plan, ref.key, "docx", profiles, setup.as_of)

    reports = [build_report(plan, ref.key, "docx", profiles, setup.as_of) for plan, ref in zip(plans, refs)]

    def other() -> None:
        for ref, plan, report in zip(refs, plans, reports):
            data = read_source(ref)
            sha = hashlib.sha256(data).hexdigest()
            sniff_format(data[:65536])
            _line(report, ref, sha, plan_facts(plan, ref.site))

    audit()  # warm: code sets, rule patterns, imports
    best = {"floor": float("inf"), "audit": float("inf"), "reader": float("inf"), "check": float("inf"), "other": float("inf")}
    for _ in range(rounds):
        for name, function in (("floor", floor), ("audit", audit), ("reader", reader), ("check", check), ("other", other)):
            start = time.perf_counter()
            function()
            best[name] = min(best[name], (time.perf_counter() - start) / len(refs))
    sizes.sort()
    print(f"1. Per plan on one core: {len(refs)} generated DOCX plans, word/document.xml {sizes[0] // 1024}-"
          f"{sizes[-1] // 1024} KiB (median {sizes[len(sizes) // 2] // 1024} KiB); best of {rounds} interleaved rounds")
    print(f"   floor (read file, unzip, lxml parse of document.xml)   {best['floor'] * 1000:8.3f} ms   1.0x")
    print(f"   audit per plan (audit_plan: everything)                {best['audit'] * 1000:8.3f} ms   "
          f"{best['audit'] / best['floor']:.1f}x  <- goal 2x")
    print(f"     of which the DOCX reader (bytes -> TreatmentPlan)    {best['reader'] * 1000:8.3f} ms   "
          f"{best['reader'] / best['floor']:.1f}x")
    print(f"     of which the rules of 2 profiles (plan -> report)    {best['check'] * 1000:8.3f} ms   "
          f"{best['check'] / best['floor']:.1f}x")
    print(f"     of which file read, hash, sniff, facts, JSON line    {best['other'] * 1000:8.3f} ms   "
          f"{best['other'] / best['floor']:.1f}x")
    print("   (the parts are timed apart, each its best round, so they need not add up to the whole)")


# ------------------------------------------------------------------ 2 and 3: the real command


class TreeSampler:
    """Peak RSS of the audit process (the wrapper's child) and of the audit's whole process tree, from /proc."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        self.pid = pid
        self.interval = interval
        self.main_peak = 0
        self.tree_peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._page = os.sysconf("SC_PAGE_SIZE")

    def _rss(self, pid: int) -> int:
        try:
            return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * self._page
        except (OSError, ValueError, IndexError):
            return 0

    def _tree(self) -> tuple[list[int], list[int]]:
        """(the wrapper's children, every descendant of the wrapper)."""
        parents: dict[int, int] = {}
        for entry in Path("/proc").glob("[0-9]*"):
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
        children = [pid for pid, parent in parents.items() if parent == self.pid]
        tree, frontier = list(children), list(children)
        while frontier:
            frontier = [pid for pid, parent in parents.items() if parent in frontier]
            tree.extend(frontier)
        return children, tree

    def _run(self) -> None:
        while not self._stop.is_set():
            children, tree = self._tree()
            self.main_peak = max(self.main_peak, sum(self._rss(pid) for pid in children))
            self.tree_peak = max(self.tree_peak, sum(self._rss(pid) for pid in tree))
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# Runs the command and prints, as its last stdout line, ru_maxrss (KiB) of the largest process it waited for.
_WRAPPER = (
    "import resource, subprocess, sys; "
    "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)"
)


def run_audit(folder: Path, jobs: int, out: Path, sample: bool = False) -> tuple[float, int, TreeSampler | None, int]:
    """(wall seconds, result lines, the RSS sampler, ru_maxrss KiB of the largest process reaped)."""
    if out.exists():
        shutil.rmtree(out)
    command = [sys.executable, "-m", "authcheck", "audit", str(folder), "--payer", PAYER, "--state", STATE,
               "--as-of", AS_OF, "-o", str(out), "--jobs", str(jobs)]
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", _WRAPPER, *command], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=REPO)
    sampler = TreeSampler(process.pid) if sample else None
    if sampler:
        with sampler:
            out_text, err = process.communicate()
    else:
        out_text, err = process.communicate()
    elapsed = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise SystemExit(f"audit failed ({process.returncode}): {err.decode()[-400:]}")
    lines = sum(1 for _ in (out / "results.jsonl").open("rb"))
    return elapsed, lines, sampler, int(out_text.split()[-1])


def throughput(folder: Path, work: Path) -> None:
    count = sum(1 for _ in folder.rglob("*.docx"))
    print(f"\n2. `authcheck audit` on {count:,} plans (fresh process, wall time including start-up and summaries)")
    rates = {}
    for jobs in (1, 2):
        elapsed, lines, _, _ = run_audit(folder, jobs, work / f"out-jobs{jobs}")
        assert lines == count, (lines, count)
        rates[jobs] = count / elapsed
        print(f"   --jobs {jobs}: {elapsed:6.1f} s   {rates[jobs]:7.1f} plans/s")
    print(f"   speed-up with 2 workers: {rates[2] / rates[1]:.2f}x")


def memory(small: Path, large: Path, work: Path) -> None:
    print("\n3. Peak memory of `authcheck audit --jobs 2` (sampled every 20 ms from /proc)")
    peaks = {}
    for folder in (small, large):
        count = sum(1 for _ in folder.rglob("*.docx"))
        elapsed, lines, sampler, maxrss = run_audit(folder, 2, work / f"out-mem-{count}", sample=True)
        assert sampler is not None and lines == count
        peaks[count] = (sampler.main_peak, sampler.tree_peak)
        print(f"   {count:>6,} plans: main process {sampler.main_peak / 2**20:6.1f} MiB, whole tree "
              f"{sampler.tree_peak / 2**20:6.1f} MiB (ru_maxrss of the audit process {maxrss / 1024:.1f} MiB)   "
              f"({elapsed:.0f} s, {count / elapsed:.0f} plans/s)")
    (a, a_tree), (b, b_tree) = (peaks[k] for k in sorted(peaks))
    print(f"   growth {min(peaks):,} -> {max(peaks):,} plans: main process {100 * (b - a) / a:+.1f} %, "
          f"whole tree {100 * (b_tree - a_tree) / a_tree:+.1f} %   (flat: within 15 %)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plans", type=int, default=300, help="plans for the per-plan comparison")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--work", type=Path, help="folder for the generated plans (kept between runs)")
    args = parser.parse_args()
    print("authcheck audit benchmark;", machine(), flush=True)
    work = args.work or Path(tempfile.gettempdir()) / "authcheck-bench-audit"
    work.mkdir(parents=True, exist_ok=True)
    per_plan(archive(work, args.plans), args.rounds)
    if not args.skip_throughput:
        throughput(archive(work, args.small), work)
    if not args.skip_memory:
        memory(archive(work, args.small), archive(work, args.large), work)


if __name__ == "__main__":
    main()
