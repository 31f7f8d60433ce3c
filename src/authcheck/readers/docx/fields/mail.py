"""A payer's e-mail pasted into a plan ("Payer correspondence (pasted):", "-----Original Message-----", "From: UM
<um@plan.test>", "Subject: RE: ...") is correspondence about the plan, not part of it: its header and body fill no
plan field and make no service. What its body says about a service the plan lists by code ("As agreed, individual
psychotherapy 90837 (53 minutes) once weekly is appropriate ...") completes that service's missing frequency,
amount or hours, as a reader does when the plan defers to the agreement ("per payer agreement below"). The e-mail
runs to the next section heading.
"""

from __future__ import annotations

import re

from authcheck.readers.docx.fields.services import fill_missing_quantities
from authcheck.readers.phrases import parse_service
from authcheck.readers.docx.state import BuilderState, Line, Section

__all__ = ["PastedMailMixin"]

# a caption over the pasted e-mail: "Payer correspondence (pasted):", "Authorization email (pasted):", "E-mail from
# the health plan:" (a bare "Email:" is a contact's label)
_CAPTION = re.compile(
    r"^[^:]{0,60}(?:\bcorrespondence\b|\be-?mail\b[^:]{0,40}\b(?:pasted|payer|plan|authori[sz]ation|forwarded|copied"
    r"|below|from|approval|approved)\b|\b(?:pasted|payer|authori[sz]ation|forwarded|approval)\b[^:]{0,40}\be-?mail\b)"
    r"[^:]{0,40}:$",
    re.I,
)
# the start of the e-mail itself: a client's separator line, or a sender with an address
_START = re.compile(
    r"^-{2,}\s*(?:original|forwarded)\s+message\s*-{2,}$|^from\s*:\s*[^:]{0,80}(?:<[^<>\s]+@[^<>\s]+>|\b\S+@\S+\.\w+)",
    re.I,
)
_HEADER = re.compile(r"^(?:from|sent|date|to|cc|bcc|subject|reply-to)\s*:", re.I)


class PastedMailMixin(BuilderState):
    """Lines of a pasted e-mail: kept as free text; the quantities it agrees for a listed service fill its gaps."""

    _mail_section: Section | None = None  # the section the pasted e-mail sits in, while it is being read

    def _mail_line(self, line: Line, core: str) -> bool:
        """True when `core` is a line of a pasted e-mail (read here, and kept as free text)."""
        if self._mail_section is not None and self.section is not self._mail_section:
            self._mail_section = None  # a heading after the e-mail: the plan goes on
        if self._mail_section is None:
            if not (_START.match(core) or _CAPTION.match(core)):
                return False
            self._mail_section = self.section
        elif not _HEADER.match(core):
            self._agreed_quantities(line, core)
        self._free(line, core)
        return True

    def _agreed_quantities(self, line: Line, core: str) -> None:
        """ "individual psychotherapy 90837 (53 minutes) once weekly": a listed service's missing quantities."""
        if not any(s.code for s in self.services):
            return
        for item in parse_service(core, require_code=True):
            if not item.code:
                continue
            for service in self.services:
                if service.code == item.code:
                    fill_missing_quantities(service, item, line.loc(core), ("frequency", "amount"))
                    if item.hours_per_week is not None and service.hours_per_week is None:
                        service.hours_per_week = item.hours_per_week
