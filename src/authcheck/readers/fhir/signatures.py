"""Signatures on a FHIR plan: Provenance.signature, Composition.attester, DocumentReference.authenticator,
and e-signature statements written as CarePlan.note ("Electronically signed by Jo Lee, MD on 01/12/2026"), or
signature lines written as notes ("Parent/Guardian: Ana Ruiz (mother) - e-signed 02/10/2026 19:04").

A Provenance counts when it targets the plan (or the Composition of the document holding it);
a DocumentReference when its context names the plan, or (naming nothing) when it is a plan-of-care
note (LOINC 18776-5) in a file holding only this plan. Signer roles: see `fhir.people.signer_role`.
All but note signature lines are electronic (a line says how it was signed, if it does); a DocumentReference
gives no signing date.
"""

from __future__ import annotations

import re
from typing import Any

from authcheck.model import Signature
from authcheck.model.vocab import find_credentials
from authcheck.parsing import find_dates
from authcheck.readers.fhir.context import BuildContext
from authcheck.readers.fhir.doc import Path, each
from authcheck.readers.fhir.index import Res
from authcheck.readers.fhir.people import Person, person, signer_role
from authcheck.readers.fhir.values import codings, fhir_date, text
from authcheck.readers.phrases.signature_text import looks_like_signature, parse_signature

__all__ = ["signatures"]

_PLAN_OF_CARE_NOTE = "18776-5"


def _type_codings(value: Any) -> list[dict[str, Any]]:
    """The Codings of one Signature.type entry: the Coding itself, or those of a CodeableConcept around it."""
    if not isinstance(value, dict):
        return []
    if "coding" in value:
        return [c for c, _ in codings(value, ())]
    return [value]


def signatures(ctx: BuildContext) -> list[Signature]:
    """Every signature on the plan, Provenances first, then attesters, then authenticators."""
    targets = _signed(ctx)
    found: list[Signature] = []
    for prov in ctx.of_type("Provenance"):
        if not any(ctx.index.resolve(t, prov) in targets for t, _ in each(prov.data, "target", ())):
            continue
        for sig, spath in each(prov.data, "signature", prov.path):
            if isinstance(sig, dict):
                # Signature.type is a list of Codings in R4 (some exports wrap each in a CodeableConcept)
                kinds = [c for t, _ in each(sig, "type", ()) for c in _type_codings(t)]
                types = [str(text(c.get("code"))) for c in kinds if text(c.get("code"))]
                role_words = " ".join(text(c.get("display")) or "" for c in kinds)
                found.append(
                    _signature(
                        ctx, sig.get("who"), prov, spath, sig.get("when"), (*spath, "when"), types, role_words
                    )
                )
    if ctx.composition is not None:
        comp = ctx.composition
        for attester, apath in each(comp.data, "attester", comp.path):
            if isinstance(attester, dict) and attester.get("party") is not None:
                found.append(
                    _signature(
                        ctx,
                        attester.get("party"),
                        comp,
                        apath,
                        attester.get("time"),
                        (*apath, "time"),
                        [],
                        None,
                    )
                )
    for docref in ctx.of_type("DocumentReference"):
        ref = docref.data.get("authenticator")
        if ref is not None and _about_plan(ctx, docref, targets):
            found.append(_signature(ctx, ref, docref, docref.at("authenticator"), None, None, [], None))
    found += _note_signatures(ctx, {(s.name or "").casefold() for s in found if s.name})
    return found


# an e-signature statement opening a note or one of its sentences: "Electronically signed by Jo Lee, MD
# (Certifying physician) on 01/12/2026.", "Signed electronically by: Jo Lee", "Digitally signed by Jo Lee"
_ESIGNED = re.compile(
    r"(?:^|(?<=[.;]\s))\s*(?:(?:electronically|digitally|e-)\s*signed|signed\s+(?:electronically|digitally))"
    r"\s+by\s*:?\s*(?P<rest>[^;\n]+)",
    re.IGNORECASE,
)
_ON_DATE = re.compile(r"\s+(?:on|at|date[d:]?)\s*:?\s*$", re.IGNORECASE)


def _note_signatures(ctx: BuildContext, already: set[str]) -> list[Signature]:
    """E-signature statements written as CarePlan.note annotations (some EHRs record sign-off this way).

    The signer is the annotation's authorReference when the statement names that person (or no one),
    else the name and credentials written ("Jo Lee, MD"); a role in parentheses ("(Certifying physician)")
    helps tell the signer's role; the date is the one written, else Annotation.time. A signer already
    read from a Provenance or attester is not counted twice; a statement naming no one is not a signature.
    """
    plan = ctx.careplan
    if plan is None:
        return []
    found: list[Signature] = []
    for note, npath in each(plan.data, "note", plan.path):
        body = text(note.get("text")) if isinstance(note, dict) else None
        match = _ESIGNED.search(body or "")
        if match is None:
            if isinstance(note, dict):
                found += _labelled_note_signatures(ctx, note, npath, already)
            continue
        rest = re.split(r"(?<=[a-z]{3})\.\s", match.group("rest").strip())[0]  # its own sentence only
        dates = list(find_dates(rest))
        head = rest[: dates[0][1][0]] if dates else rest
        role_words = " ".join(re.findall(r"\(([^)]*)\)", head)) or None
        head = _ON_DATE.sub("", re.sub(r"\([^)]*\)", " ", head)).strip(" ,.-")
        name, _, creds = head.partition(",")
        name = " ".join(name.split())
        if not re.search(r"[A-Za-z]{2}", name):
            continue
        who = person(ctx.index, note.get("authorReference"), plan)
        if who is None or not who.name or not _same_name(who.name, name):
            credential = ", ".join(find_credentials(creds)) or None
            who = Person(name=name, credential=credential)
        elif not who.credential:
            who.credential = ", ".join(find_credentials(creds)) or None
        if (who.name or "").casefold() in already:
            continue
        already.add((who.name or "").casefold())
        date = dates[0][0] if dates else fhir_date(note.get("time"))
        passage = rest.strip() or None
        role = signer_role(
            who, is_author=_is_author(ctx, who) or _names_author(ctx, who), signature_types=[], context_role=role_words
        )
        sources = {"name": ctx.loc((*npath, "text"), passage)}
        if dates:
            sources["date"] = ctx.loc((*npath, "text"), passage)
        elif date:
            sources["date"] = ctx.loc((*npath, "time"), text(note.get("time")))
        found.append(
            Signature(
                role=role,
                name=who.name,
                credential=who.credential,
                npi=who.npi,
                date=date,
                method="electronic",
                signed=True,
                source=ctx.loc((*npath, "text"), passage),
                field_sources=sources,
            )
        )
    return found


# a signature line written as a note: a short label, a colon, the signer ("BCBA: Jo Lee, BCBA - e-signed 02/09/2026
# 11:58", "Parent/guardian signature: Ana Ruiz (mother) signed 02/04/2026", "Electronically signed: Jo Lee, BCBA
# 02/02/2026 14:10"); the label holds no digit (a time's "14:10" is no label)
_LABELLED_LINE = re.compile(r"^\s*(?P<label>[^:\d\n]{2,40}?)\s*:\s*(?P<value>\S.*)$")
# the act of signing, written: "signed", "e-signed", "electronically signed", "signature", a conformed "/s/"
_SIGNING_ACT = re.compile(
    r"(?<![\w-])(?:(?:e-?|electronically\s+|digitally\s+)?signed|(?:e-?)?signatures?)\b|/e?s/", re.IGNORECASE
)
# another document's signature (a release, a consent, a privacy notice), unless the line says it is the plan's
_OTHER_DOCUMENT = re.compile(
    r"\b(?:release|roi|consent|hipaa|privacy|financial|agreement|waiver|contract)s?\b", re.IGNORECASE
)


def _labelled_note_signatures(
    ctx: BuildContext, note: dict[str, Any], npath: Path, already: set[str]
) -> list[Signature]:
    """Signature lines written as a CarePlan.note, one a line: a signer's label, the signer's name and the
    act of signing with its date ("Parent/Guardian: Julien Roy (father) - e-signed 02/10/2026 19:04").

    A line counts only when it writes the act of signing ("signed", "e-signed", "signature", "/s/"), names a
    person, and gives the date (else the act is "signed" and the annotation's time is taken). A pending, blank
    or declined line, a name without the act ("Supervising BCBA: Jo Lee"), and another document's signature
    ("Parent: consent signed 02/04/2026") are not signatures."""
    plan = ctx.careplan
    body = text(note.get("text")) or ""
    found: list[Signature] = []
    for line in body.splitlines():
        labelled = _LABELLED_LINE.match(line)
        if labelled is None or len(labelled.group("label").split()) > 5:
            continue
        label, value = labelled.group("label").strip(), labelled.group("value").strip()
        act = _SIGNING_ACT.search(line)
        if act is None or (_OTHER_DOCUMENT.search(line) and not re.search(r"\bplan\b", line, re.IGNORECASE)):
            continue
        if not looks_like_signature(label, value):
            continue
        parsed = parse_signature(label, value)
        if parsed is None or not parsed.signed or not parsed.name:
            continue
        signed_word = re.search(r"(?<![\w-])(?:e-?|electronically\s+|digitally\s+)?signed\b", line, re.IGNORECASE)
        date = parsed.date or (fhir_date(note.get("time")) if signed_word else None)
        if date is None:
            continue
        who = person(ctx.index, note.get("authorReference"), plan) if plan is not None else None
        if who is None or not who.name or not _same_name(who.name, parsed.name):
            who = _author_named(ctx, parsed.name) or Person(name=parsed.name, credential=parsed.credential)
        elif not who.credential:
            who.credential = parsed.credential
        key = (who.name or "").casefold()
        if key in already:
            continue
        already.add(key)
        role = signer_role(
            who,
            is_author=_is_author(ctx, who) or _names_author(ctx, who),
            signature_types=[],
            context_role=parsed.role_label,
        )
        passage = line.strip()
        where = ctx.loc((*npath, "text"), passage)
        sources = {"name": where}
        if parsed.date is not None:
            sources["date"] = where
        elif date is not None:
            sources["date"] = ctx.loc((*npath, "time"), text(note.get("time")))
        method = parsed.method if parsed.method in ("handwritten", "electronic", "typed") else "unknown"
        found.append(
            Signature(
                role=role,
                name=who.name,
                credential=who.credential,
                npi=who.npi,
                date=date,
                method=method,
                signed=True,
                source=where,
                field_sources=sources,
            )
        )
    return found


def _author_named(ctx: BuildContext, name: str) -> Person | None:
    """The plan's author whose name is the one written, with what the file says of them (credential, NPI)."""
    if ctx.careplan is None:
        return None
    for ref, _ in each(ctx.careplan.data, "author", ()):
        author = person(ctx.index, ref, ctx.careplan)
        if author is not None and author.name and _same_name(author.name, name):
            return author
    return None


def _same_name(a: str, b: str) -> bool:
    """True when two written names are the same person's ("Arturo Benavides" / "Dr. Arturo Benavides")."""
    wa, wb = _name_words(a), _name_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", name.casefold()) if len(w) > 1 and w not in ("dr", "mr", "ms", "mrs")}


def _names_author(ctx: BuildContext, who: Person) -> bool:
    """True when a signer known only by a written name has the name of one of the plan's authors."""
    if who.res is not None or ctx.careplan is None or not who.name:
        return False
    for ref, _ in each(ctx.careplan.data, "author", ()):
        author = person(ctx.index, ref, ctx.careplan)
        if author is not None and author.name and _same_name(author.name, who.name):
            return True
    return False


def _signed(ctx: BuildContext) -> list[Res]:
    return [r for r in (ctx.careplan, ctx.composition) if r is not None]


def _about_plan(ctx: BuildContext, docref: Res, targets: list[Res]) -> bool:
    related = [r for r, _ in each(docref.data.get("context"), "related", ())]
    if related:
        return any(ctx.index.resolve(r, docref) in targets for r in related)
    return ctx.only_plan and any(
        text(c.get("code")) == _PLAN_OF_CARE_NOTE for c, _ in codings(docref.data.get("type"), ())
    )


def _is_author(ctx: BuildContext, who: Any) -> bool:
    """True when the signer is an author of the plan (matching a PractitionerRole to its Practitioner)."""
    if who is None or ctx.careplan is None:
        return False
    mine = {r for r in (who.res, who.practitioner) if r is not None}
    for ref, _ in each(ctx.careplan.data, "author", ()):
        author = person(ctx.index, ref, ctx.careplan)
        if author is not None and mine & {r for r in (author.res, author.practitioner) if r is not None}:
            return True
    return False


def _signature(
    ctx: BuildContext,
    who_ref: Any,
    origin: Res,
    path: Path,
    when: Any,
    when_path: Path | None,
    types: list[str],
    role_words: str | None,
) -> Signature:
    who = person(ctx.index, who_ref, origin)
    role = signer_role(who, is_author=_is_author(ctx, who), signature_types=types, context_role=role_words)
    date = fhir_date(when)
    sources = {}
    if date and when_path:
        sources["date"] = ctx.loc(when_path, text(when))
    if who and who.name:
        sources["name"] = ctx.loc(path, who.name)
    return Signature(
        role=role,
        name=who.name if who else None,
        credential=who.credential if who else None,
        npi=who.npi if who else None,
        date=date,
        method="electronic",
        signed=True,
        source=ctx.loc(path, who.name if who else None),
        field_sources=sources,
    )
