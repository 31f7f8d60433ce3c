"""Score labelled plan folders and print each plan that is not as the reviewer expects (a development tool).

    .venv/bin/python tests/core/score_blind.py tests/data/blind_plans_25 [more folders] [-v] [-q]

-v prints every plan and the false-alarm kinds by count; -q prints the totals only. The held-out sets
(tests/data/blind_plans_5 and tests/data/blind_plans_31) only ever print their totals, whatever the options: they
are measured, never looked into.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from label_scoring import score_label  # noqa: E402

HELD_OUT = frozenset({"blind_plans_5", "blind_plans_31"})


def main(argv: list[str]) -> int:
    from authcheck.api import load_library

    folders = [Path(a) for a in argv if not a.startswith("-")]
    verbose, quiet = "-v" in argv, "-q" in argv
    library = load_library()
    for folder in folders:
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        held_out = folder.resolve().name in HELD_OUT
        good = gaps = found = 0
        false_alarms: Counter[str] = Counter()
        for label in labels:
            result = score_label(library, folder, label)
            gaps += result.gaps
            found += result.gaps - len(result.missed)
            false_alarms.update(result.false_alarms)
            good += result.as_expected
            if quiet or held_out or (result.as_expected and not verbose):
                continue
            mark = "OK " if result.as_expected else "BAD"
            detail = "" if result.as_expected else f"  missed={result.missed} false={result.false_alarms} error={result.error}"
            print(f"{mark} {label['file']}{detail}")
        kinds = f"  {dict(false_alarms.most_common())}" if verbose and not held_out else ""
        print(f"{folder}: {good}/{len(labels)} as expected; gaps {found}/{gaps}; false-alarm kinds {sum(false_alarms.values())}{kinds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
