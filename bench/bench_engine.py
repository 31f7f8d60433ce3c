"""Engine time per plan against the time to read the plan, and CLI start-up against a bare `python -c pass`.

Both sides of every ratio are measured in the same run on the same machine. Run: python bench/bench_engine.py
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2026, 2, 1)
PLANS = [
    ("examples/psychotherapy-flawed.yaml", "medicare-psychotherapy", ["pa-55-5200"]),
    ("examples/aba-clean.yaml", "commercial-aba", []),
    ("examples/pt-flawed.yaml", "medicare-outpatient-therapy", []),
    ("../shared/labelled-examples/plan_011_L2_aba.docx", "commercial-aba", []),
    ("../shared/labelled-examples/plan_020_L4_psychotherapy.docx", "medicare-psychotherapy", ["pa-55-5200"]),
]


def best_of(function: Callable[[], object], repeat: int = 7, number: int = 20) -> float:
    """Best mean seconds per call over `repeat` rounds of `number` calls (the least disturbed round)."""
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            function()
        rounds.append((time.perf_counter() - start) / number)
    return min(rounds)


def startup(args: list[str], repeat: int = 7) -> float:
    """Median wall time of a fresh process."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, capture_output=True, check=False, cwd=REPO)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    sys.path.insert(0, str(REPO / "src"))
    from authcheck.api import load_library, select_profiles
    from authcheck.engine import check_plan
    from authcheck.readers import read_plan

    library = load_library()
    print("Engine time per plan vs reading the plan (best of 7 rounds x 20 runs)")
    print(f"{'plan':<58} {'read ms':>8} {'engine ms':>10} {'engine/read':>12}")
    for name, payer, states in PLANS:
        path = REPO / name
        if not path.exists():
            print(f"{name:<58} (not present, skipped)")
            continue
        profiles = select_profiles(library, payer=payer, states=states, as_of=AS_OF)
        plan = read_plan(path).plan
        check_plan(plan, profiles, AS_OF)  # warm the code sets once, as a batch run would
        read_s = best_of(lambda: read_plan(path))
        engine_s = best_of(lambda: check_plan(plan, profiles, AS_OF))
        print(f"{name:<58} {read_s * 1000:8.2f} {engine_s * 1000:10.2f} {engine_s / read_s:12.2f}")

    print("\nStart-up (median of 7 fresh processes)")
    bare = startup([sys.executable, "-c", "pass"])
    cli = [sys.executable, "-m", "authcheck"]
    rows = [
        ("python -c pass (baseline)", bare),
        ("authcheck --version", startup([*cli, "--version"])),
        ("authcheck rules list", startup([*cli, "rules", "list"])),
        ("authcheck check (native plan, 2 profiles)", startup([*cli, "check", "examples/psychotherapy-flawed.yaml",
                                                              "--payer", "medicare-psychotherapy", "--state", "pa-55-5200",
                                                              "--as-of", "2026-02-01", "-q"])),
    ]
    for label, seconds in rows:
        print(f"{label:<46} {seconds * 1000:8.1f} ms   {seconds / bare:6.1f}x baseline")


if __name__ == "__main__":
    main()
