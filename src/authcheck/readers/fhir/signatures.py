"""Signatures on a FHIR plan: Provenance.signature, Composition.attester, DocumentReference.authenticator.

A Provenance counts when it targets the plan (or the Composition of the document holding it);
a DocumentReference when its context names the plan, or (naming nothing) when it is a plan-of-care
note (LOINC 18776-5) in a file holding only this plan. Signer roles: see `fhir.people.signer_role`.
All are electronic; a DocumentReference gives no signing date.
"""

from __future__ import annotations

from typing import Any

from authcheck.model import Signature
from authcheck.readers.fhir.context import BuildContext
from authcheck.readers.fhir.doc import Path, each
from authcheck.readers.fhir.index import Res
from authcheck.readers.fhir.people import person, signer_role
from authcheck.readers.fhir.values import cc_text, codings, fhir_date, text

__all__ = ["signatures"]

_PLAN_OF_CARE_NOTE = "18776-5"


def signatures(ctx: BuildContext) -> list[Signature]:
    """Every signature on the plan, Provenances first, then attesters, then authenticators."""
    targets = _signed(ctx)
    found: list[Signature] = []
    for prov in ctx.of_type("Provenance"):
        if not any(ctx.index.resolve(t, prov) in targets for t, _ in each(prov.data, "target", ())):
            continue
        for sig, spath in each(prov.data, "signature", prov.path):
            if isinstance(sig, dict):
                types = [
                    str(text(c.get("code"))) for t, _ in each(sig, "type", ()) for c, _ in codings(t, ())
                ]
                role_words = " ".join(cc_text(t) or "" for t, _ in each(sig, "type", ()))
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
    return found


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
