"""Benchmark of authcheck.codes (plain script: `python bench/bench_codes.py [--runs N]`).

Everything is measured in fresh interpreters, in this run: the bare `python -c pass` start-up, then,
in a child process, the import of authcheck.codes, the first is_billable (code-list load), the
first description (byte search in the tabular XML), the full tabular parse, the first suggest
calls and the steady-state time per suggest call; finally `import simple_icd_10_cm` (the package
whose data we read) for comparison. Medians over --runs processes; ratios against the bare start-up.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

CHILD = r"""
import json, time
t0 = time.perf_counter()
import authcheck.codes as codes
t1 = time.perf_counter()
icd = codes.get_icd10cm()
assert icd.is_billable("F41.1")
t2 = time.perf_counter()
assert icd.description("F41.1") == "Generalized anxiety disorder"
t3 = time.perf_counter()
assert icd.description("S33.6XXA").endswith(", initial encounter")
t4 = time.perf_counter()
icd.load()                                    # full tabular parse
t5 = time.perf_counter()
assert icd.suggest("F4l.1")[0].code == "F41.1"  # imports rapidfuzz
t6 = time.perf_counter()
assert icd.suggest("F84.1", "Autism spectrum disorder")[0].code == "F84.0"  # builds the description index
t7 = time.perf_counter()

NO_DESC = ["F4l.1", "F84.1", "S33.6A", "F32", "S43.42", "F4.11", "148.91", "F32.O", "S33.6XX", "Z99.99",
           "F43.100", "M54.6X", "hello", "12345", "T36.01A"]
WITH_DESC = [("F41.4", "Generalized anxiety disorder"),
             ("F33.7", "Major depressive disorder, recurrent, moderate"),
             ("F90.3", "Attention-deficit/hyperactivity disorder, combined presentation"),
             ("F43.13", "Posttraumatic stress disorder"), ("F40.12", "Social anxiety disorder"),
             ("Z99.999", "Generalized anxiety disorder"), ("XYZ", "Autism spectrum disorder"),
             ("M17.7", "Primary osteoarthritis, right knee"),
             ("F32", "Major depressive disorder, single episode, moderate"),
             ("R26.3", "Difficulty in walking"), ("", "Panic disorder"), ("F4l.1", "see assessment")]

def per_call(calls, repeat=3):
    times = []
    for _ in range(repeat):
        for args in calls:
            s = time.perf_counter()
            icd.suggest(*args)
            times.append(time.perf_counter() - s)
    times.sort()
    return {"median": times[len(times) // 2], "p95": times[int(len(times) * 0.95)], "max": times[-1]}

lookups = [("F41.1",), ("f411",), ("S33.6XXA",), ("F84.1",), ("hello",)]
s = time.perf_counter()
for _ in range(2000):
    for (c,) in lookups:
        icd.is_billable(c)
per_billable = (time.perf_counter() - s) / (2000 * len(lookups))

print(json.dumps({
    "import authcheck.codes": t1 - t0,
    "first is_billable (code list load)": t2 - t1,
    "first description (byte search)": t3 - t2,
    "first 7th-character description": t4 - t3,
    "full tabular XML parse (load())": t5 - t4,
    "first suggest (imports rapidfuzz)": t6 - t5,
    "first suggest with description (index build)": t7 - t6,
    "suggest, no description": per_call([(c,) for c in NO_DESC]),
    "suggest, with description": per_call(WITH_DESC),
    "is_billable per call": per_billable,
}))
"""


def _wall(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    return time.perf_counter() - start


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per measurement (default 5)")
    runs = parser.parse_args().runs
    py = sys.executable

    baseline = statistics.median(_wall([py, "-c", "pass"]) for _ in range(max(runs, 5)))

    samples: list[dict[str, object]] = []
    for _ in range(runs):
        out = subprocess.run([py, "-c", CHILD], check=True, capture_output=True, text=True)
        samples.append(json.loads(out.stdout))
    child_wall = statistics.median(_wall([py, "-c", "import authcheck.codes"]) for _ in range(runs))

    simple_runs = max(1, runs // 2)
    simple_wall = statistics.median(_wall([py, "-c", "import simple_icd_10_cm"]) for _ in range(simple_runs))
    timed_import = ("import json,time; t=time.perf_counter(); import simple_icd_10_cm; "
                    "print(json.dumps(time.perf_counter()-t))")
    simple_in = json.loads(subprocess.run([py, "-c", timed_import], check=True, capture_output=True,
                                          text=True).stdout)

    version = sys.version.split()[0]
    print(f"authcheck.codes benchmark ({runs} fresh processes each; medians), python {version}")
    print(f"  {'bare `python -c pass` (wall)':48}{_ms(baseline)}   1.00x")
    label = "`python -c 'import authcheck.codes'` (wall)"
    print(f"  {label:48}{_ms(child_wall)}  {child_wall / baseline:5.2f}x")
    print("  in-process, each step in the order of a first use:")
    for key in samples[0]:
        values = [s[key] for s in samples]
        if isinstance(values[0], dict):
            med = statistics.median(v["median"] for v in values)  # type: ignore[index]
            p95 = statistics.median(v["p95"] for v in values)  # type: ignore[index]
            mx = max(v["max"] for v in values)  # type: ignore[index]
            print(f"    {key:46}{_ms(med)}   (p95 {p95 * 1000:.1f} ms, max {mx * 1000:.1f} ms)"
                  f"  {med / baseline:5.2f}x")
        elif key == "is_billable per call":
            print(f"    {key:46}{statistics.median(values) * 1e6:8.2f} us")  # type: ignore[arg-type]
        else:
            med = statistics.median(values)  # type: ignore[arg-type]
            print(f"    {key:46}{_ms(med)}  {med / baseline:5.2f}x")
    print("  for comparison, simple_icd_10_cm:")
    label = "`python -c 'import simple_icd_10_cm'` (wall)"
    print(f"    {label:46}{_ms(simple_wall)}  {simple_wall / baseline:5.2f}x")
    print(f"    {'import simple_icd_10_cm (in-process)':46}{_ms(simple_in)}  {simple_in / baseline:5.2f}x")


if __name__ == "__main__":
    main()
