"""Diagnoses from FHIR Conditions and reason codes.

An ICD-10-CM coding (any spelling `normalize_code_system` knows: the FHIR URI, the OID
2.16.840.1.113883.6.90) gives code and system "ICD-10-CM"; a condition coded only in another
system (SNOMED CT, WHO ICD-10) gives code None with that system's name and its text or display, so
the rules can report it as described but not ICD-10-CM coded. Refuted and entered-in-error
Conditions are not diagnoses. The same code (or, uncoded, the same description) is listed once.
"""

from __future__ import annotations

import re
from typing import Any

from authcheck.model import Diagnosis, SourceLocation
from authcheck.model.vocab import normalize_code_system
from authcheck.readers.fhir.context import BuildContext
from authcheck.parsing.diagnoses import find_diagnosed_by
from authcheck.readers.fhir.doc import Path, each
from authcheck.readers.fhir.index import Res
from authcheck.readers.fhir.people import person
from authcheck.readers.fhir.values import cc_text, codings, fhir_date, find_coding, text

__all__ = ["Diagnoses"]

_SKIP_VERIFICATION = {"refuted", "entered-in-error"}
_INACTIVE_CLINICAL = {"inactive", "resolved", "remission"}


# words that grade or qualify a condition rather than name it
_QUALIFIERS = frozenset(
    "disorder disorders disease diseases condition conditions problem problems issue issues use mood type chronic acute "
    "recurrent single episode episodes current moderate mild severe unspecified other with without and due poorly well "
    "controlled uncontrolled occurring co-occurring cooccurring medical primary secondary related symptoms uncomplicated "
    "complicated major minor persistent partial full remission early sustained the for not".split()
)


def _telling_words(description: str | None) -> frozenset[str]:
    """The words of a condition's name that tell which condition it is, each cut to its first five letters
    ("depressed" and "depressive" alike)."""
    words = re.findall(r"[a-z][a-z-]*[a-z]", (description or "").lower())
    return frozenset(w[:5] for w in words if len(w) >= 3 and w not in _QUALIFIERS)


class Diagnoses:
    """The plan's diagnoses, in the order the plan links them."""

    def __init__(self, ctx: BuildContext) -> None:
        self.ctx = ctx
        self.items: list[Diagnosis] = []
        self._seen: set[Any] = set()
        self._named_only: list[Diagnosis] = []  # from a reference that only names the condition (a display)

    def add_reference(self, ref: Any, origin: Res, path: Path) -> Res | None:
        """Add the Condition a reference names; return the resource it names (None if unresolved or refuted).

        An unresolved reference with a display still gives an uncoded diagnosis; a reference to
        another kind of resource (an Observation a goal addresses) is returned but adds nothing.
        """
        target = self.ctx.index.resolve(ref, origin)
        if target is None:
            display = text(ref.get("display")) if isinstance(ref, dict) else None
            if display and display.lower() not in self._seen:
                self._seen.add(display.lower())
                named = Diagnosis(description=display, source=self.ctx.loc(path, display))
                self._named_only.append(named)
                self._append(named)
            return None
        if target.type != "Condition":
            return target
        return target if self.add_condition(target) else None

    def add_condition(self, condition: Res) -> bool:
        """Add a Condition resource; False when it is refuted or entered in error."""
        verification = {text(c.get("code")) for c, _ in codings(condition.data.get("verificationStatus"), ())}
        if verification & _SKIP_VERIFICATION:
            return False
        if condition not in self._seen:
            self._seen.add(condition)
            self._append(self._diagnosis(condition.data.get("code"), condition.at("code"), condition))
        return True

    def add_reasons(self, obj: dict[str, Any], path: Path, origin: Res) -> None:
        """reasonReference (Conditions) and reasonCode (codes) of an activity or a request."""
        for ref, rpath in each(obj, "reasonReference", path):
            self.add_reference(ref, origin, rpath)
        for cc, cpath in each(obj, "reasonCode", path):
            key = (cc_text(cc) or "").lower()
            icd = find_coding(cc, cpath, "ICD-10-CM")
            if icd:
                key = str(text(icd[0].get("code"))).upper()
            if key and key not in self._seen:
                self._seen.add(key)
                self._append(self._diagnosis(cc, cpath))

    def add_active_conditions(self, patient: Res | None) -> None:
        """The patient's active Conditions in the file (used when the plan links none)."""
        for condition in self.ctx.of_type("Condition"):
            clinical = {text(c.get("code")) for c, _ in codings(condition.data.get("clinicalStatus"), ())}
            if clinical & _INACTIVE_CLINICAL:
                continue
            subject = self.ctx.index.resolve(condition.data.get("subject"), condition)
            if patient is not None and subject is not None and subject is not patient:
                continue
            self.add_condition(condition)

    def drop_names_of_coded(self) -> None:
        """A reference that only names what it addresses ("addresses": [{"display": "Depressed mood (major depressive
        disorder, recurrent)"}]) is the plan's coded diagnosis when every telling word of the name is in a coded
        diagnosis's description (F33.1 "Major depressive disorder, recurrent, moderate"): the goal names the problem
        the plan has coded, no diagnosis of its own. A name with a word no coded diagnosis has ("Social anxiety
        disorder" beside coded generalized anxiety disorder) stays an uncoded diagnosis."""
        coded = [_telling_words(d.description) for d in self.items if d.code and d.description]
        if not coded or not self._named_only:
            return
        dropped = set()
        for named in self._named_only:
            words = _telling_words(named.description)
            if words and any(words <= known for known in coded):
                dropped.add(id(named))
        if dropped:
            self.items[:] = [d for d in self.items if id(d) not in dropped]

    def _append(self, diagnosis: Diagnosis | None) -> None:
        if diagnosis is None:
            return
        for known in self.items:
            if diagnosis.code and known.code == diagnosis.code and known.system == diagnosis.system:
                return
            if (
                not diagnosis.code
                and not known.code
                and diagnosis.description
                and known.description
                and known.description.lower() == diagnosis.description.lower()
            ):
                return
        self.items.append(diagnosis)

    def _diagnosis(self, cc: Any, path: Path, condition: Res | None = None) -> Diagnosis | None:
        if not isinstance(cc, dict):
            return None
        loc = self.ctx.loc
        icd = find_coding(cc, path, "ICD-10-CM")
        description = text(cc.get("text"))
        sources: dict[str, SourceLocation] = {}
        if icd:
            coding, coding_path = icd
            code, system = text(coding.get("code")), "ICD-10-CM"
            if not description and text(coding.get("display")):
                description = text(coding.get("display"))
                sources["description"] = loc((*coding_path, "display"), description)
            sources["code"] = loc((*coding_path, "code"), code)
            sources["system"] = loc((*coding_path, "system"), text(coding.get("system")))
        else:
            code = None
            first = next(iter(codings(cc, path)), None)
            system = normalize_code_system(text(first[0].get("system"))) if first else None
            if first:
                sources["system"] = loc((*first[1], "system"), text(first[0].get("system")))
            description = description or cc_text(cc)
        if description and "description" not in sources:
            sources["description"] = loc((*path, "text") if text(cc.get("text")) else path, description)
        if not (code or description):
            return None
        diagnosed_on = diagnosed_by = None
        if condition is not None:
            data = condition.data
            for ext, _ in each(data, "extension", ()):
                if isinstance(ext, dict) and str(ext.get("url", "")).endswith("condition-assertedDate"):
                    diagnosed_on = fhir_date(ext.get("valueDateTime"))
            diagnosed_on = diagnosed_on or fhir_date(data.get("recordedDate"))
            asserter = person(self.ctx.index, data.get("asserter"), condition)
            diagnosed_by = asserter.name if asserter else None
            for note, _ in each(data, "note", ()):
                stated = find_diagnosed_by(text(note.get("text")) if isinstance(note, dict) else None)
                if stated:
                    diagnosed_by = diagnosed_by or stated.by
                    diagnosed_on = diagnosed_on or stated.on
        return Diagnosis(
            code=code,
            system=system,
            description=description,
            primary=condition is not None and condition in self.ctx.rank_one,
            diagnosed_by=diagnosed_by,
            diagnosed_on=diagnosed_on,
            source=loc(condition.path if condition else path, description or code),
            field_sources=sources,
        )
