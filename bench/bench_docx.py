"""Time the DOCX reader against the floor of unzipping and parsing word/document.xml with lxml.

Run from the repository root:  .venv/bin/python tests/readers/docx/bench_docx.py [files...]
Without arguments it times the labelled examples and two large generated plans.
"""

from __future__ import annotations

import copy
import io
import statistics
import sys
import time
import zipfile
from pathlib import Path

import docx

from authcheck.xmlsafe import parse_xml
from authcheck.readers.docx import DocxReader

HERE = Path(__file__).resolve().parent
LABELLED = HERE.parents[1] / "shared" / "labelled-examples"


def floor(data: bytes) -> None:
    """Unzip and parse the main document part only."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parse_xml(zf.read("word/document.xml"))


def best_of(func, data: bytes, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(data)
        times.append(time.perf_counter() - start)
    return min(times) if repeat < 5 else statistics.median(times)


def grown(path: Path, copies: int) -> bytes:
    """A plan whose body is repeated `copies` times (a long plan with many problems, goals and tables)."""
    document = docx.Document(str(path))
    body = document.element.body
    children = [c for c in body.iterchildren() if not c.tag.endswith("sectPr")]
    sect = body[-1]
    w_t = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
    for n in range(copies - 1):
        for child in children:
            clone = copy.deepcopy(child)
            for t in clone.iter(w_t):  # keep every line unique, as in a real long plan
                if t.text and len(t.text) > 12 and t.text[-1].isalpha():
                    t.text = f"{t.text} {n}x"
            sect.addprevious(clone)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def report(name: str, data: bytes, repeat: int) -> None:
    reader = DocxReader()
    base = best_of(floor, data, repeat)
    full = best_of(lambda d: reader.read(d, name), data, repeat)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        size = zf.getinfo("word/document.xml").file_size
    print(
        f"{name:42} document.xml {size / 1024:9.1f} KiB  floor {base * 1000:8.2f} ms  "
        f"reader {full * 1000:8.2f} ms  ratio {full / base:5.2f}"
    )


def main(argv: list[str]) -> None:
    files = [Path(a) for a in argv] or sorted(LABELLED.glob("*.docx"))
    totals = [0.0, 0.0]
    reader = DocxReader()
    for path in files:
        data = path.read_bytes()
        totals[0] += best_of(floor, data, 20)
        totals[1] += best_of(lambda d, name=path.name: reader.read(d, name), data, 20)
    print(
        f"{len(files)} plans: floor {totals[0] * 1000 / len(files):.2f} ms/plan, "
        f"reader {totals[1] * 1000 / len(files):.2f} ms/plan, ratio {totals[1] / totals[0]:.2f}"
    )
    if not argv and files:
        for source, copies in ((files[0], 300), (files[6], 300), (files[18], 300)):
            report(f"{source.stem} x{copies}", grown(source, copies), 3)


if __name__ == "__main__":
    main(sys.argv[1:])
