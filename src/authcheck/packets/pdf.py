"""packet.pdf from packet.docx with LibreOffice headless (Debian: apt-get install libreoffice-writer-nogui).

LibreOffice runs with a throw-away profile folder (so it never touches the user's own and never
waits on a lock), no restore, and a time limit; its process group is killed on timeout. The PDF
it writes carries the conversion time and a random file ID; both are replaced by values from the
packet date and the request key (same-length byte substitutions, so the cross-reference table stays
valid), which makes the PDF as reproducible as the DOCX.

Set AUTHCHECK_SOFFICE to the converter's path, or to "none" to skip the PDF.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PdfResult", "convert_to_pdf", "find_converter", "normalize_pdf"]

TIMEOUT_SECONDS = 180


@dataclass(frozen=True)
class PdfResult:
    """The PDF bytes, or None with a one-line reason."""

    data: bytes | None
    message: str | None = None


def find_converter() -> str | None:
    """The LibreOffice executable, or None."""
    configured = os.environ.get("AUTHCHECK_SOFFICE")
    if configured is not None:
        if configured.strip().lower() in ("", "none", "off", "0"):
            return None
        return configured if Path(configured).exists() or shutil.which(configured) else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def normalize_pdf(data: bytes, day: dt.date, key: str) -> bytes:
    """Replace the creation/modification dates, the file ID and the checksum with reproducible values."""
    stamp = f"D:{day:%Y%m%d}000000Z".encode()

    def date(match: re.Match[bytes]) -> bytes:
        inner = match.group(2)
        new = (stamp + b"'" * len(inner))[: len(inner)] if len(inner) >= len(stamp) else inner
        return match.group(1) + new + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)\)", date, data)
    ident = key.upper().encode()

    def hex_id(match: re.Match[bytes]) -> bytes:
        size = len(match.group(1))
        return b"<" + (ident * (size // len(ident) + 1))[:size] + b">"

    data = re.sub(rb"(?<=/ID \[ )<([0-9A-Fa-f]+)>", hex_id, data)
    data = re.sub(rb"(?<=>\n)<([0-9A-Fa-f]+)>(?= \])", hex_id, data)
    data = re.sub(rb"(?<=/DocChecksum /)([0-9A-Fa-f]+)", lambda m: (ident * 4)[: len(m.group(1))], data)
    return data


def convert_to_pdf(docx: Path, day: dt.date, key: str, timeout: int = TIMEOUT_SECONDS) -> PdfResult:
    """Convert a DOCX to PDF bytes with LibreOffice, or say in one line why not."""
    converter = find_converter()
    if converter is None:
        return PdfResult(None, "packet.pdf not written: no PDF converter found (install LibreOffice, "
                               "e.g. apt-get install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory(prefix="authcheck-pdf-") as tmp:
        work = Path(tmp)
        profile = work / "profile"
        out = work / "out"
        out.mkdir()
        source = work / "packet.docx"
        shutil.copyfile(docx, source)
        command = [
            converter, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nolockcheck",
            "--nodefault", "--nologo", "--convert-to", "pdf", "--outdir", str(out), str(source),
        ]
        try:
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                       start_new_session=True, cwd=tmp)
        except OSError as exc:
            return PdfResult(None, f"packet.pdf not written: cannot run {converter}: {exc.strerror or exc}")
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return PdfResult(None, f"packet.pdf not written: LibreOffice did not finish within {timeout} s")
        target = out / "packet.pdf"
        if process.returncode != 0 or not target.exists():
            return PdfResult(None, f"packet.pdf not written: LibreOffice failed (exit code {process.returncode})")
        return PdfResult(normalize_pdf(target.read_bytes(), day, key))
