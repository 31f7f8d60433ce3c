"""Shared helpers for the report tests: build reports from plan files, read Word comments back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from authcheck.api import check_file, load_library, select_profiles
from authcheck.findings import PlanReport

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
DOCX_FIXTURES = REPO / "tests" / "readers" / "docx" / "fixtures"
LABELLED = REPO.parent / "shared" / "labelled-examples"
GOLDEN = Path(__file__).resolve().parent / "golden"
AS_OF = dt.date(2026, 2, 1)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Profiles that make each discipline's fixtures produce findings of many kinds.
PAYER_FOR = {
    "psychotherapy": "medicare-psychotherapy", "sud": "medicare-psychotherapy", "pt": "medicare-outpatient-therapy",
    "ot": "medicare-outpatient-therapy", "slp": "medicare-outpatient-therapy", "home": "medicare-home-health",
    "aba": "commercial-aba",
}


@cache
def library():  # type: ignore[no-untyped-def]
    return load_library()


def check(path: Path | str, payer: str = "medicare-psychotherapy", states: tuple[str, ...] = (),
          as_of: dt.date = AS_OF) -> PlanReport:
    profiles = select_profiles(library(), payer=payer, states=list(states), as_of=as_of)
    return check_file(path, profiles, as_of)


def payer_for(path: Path) -> str:
    """The payer profile for a fixture, from the discipline in its name (l2_pt_four_column_form.docx -> PT)."""
    for word, payer in PAYER_FOR.items():
        if f"_{word}" in path.stem.lower():
            return payer
    return "base-treatment-plan"


def docx_layout_fixtures() -> list[Path]:
    """Every readable DOCX fixture of layouts L1-L5, plus the labelled examples when present."""
    files = sorted(p for p in DOCX_FIXTURES.glob("l[1-5]_*.docx"))
    if LABELLED.exists():
        files += sorted(LABELLED.glob("plan_*_L[1-5]_*.docx"))
    return files


@dataclass(frozen=True)
class PlacedComment:
    """A Word comment read back from a document: its text and the paragraph elements it spans."""

    comment_id: int
    text: str
    first_paragraph: object
    last_paragraph: object


def placed_comments(document) -> list[PlacedComment]:  # type: ignore[no-untyped-def]
    """Every comment with the paragraphs its range starts and ends in, in document order."""
    texts = {c.comment_id: c.text for c in document.comments}
    body = document.element.body
    ends = {int(e.get(f"{W}id")): e.getparent() for e in body.iter(f"{W}commentRangeEnd")}
    out = []
    for start in body.iter(f"{W}commentRangeStart"):
        cid = int(start.get(f"{W}id"))
        out.append(PlacedComment(cid, texts[cid], start.getparent(), ends[cid]))
    return out
