"""Run every benchmark under bench/ in turn (each prints its own ratios against a baseline from the same run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

for script in sorted(HERE.glob("bench_*.py")):
    print(f"\n===== {script.name} =====", flush=True)
    subprocess.run([sys.executable, str(script)], check=False)
