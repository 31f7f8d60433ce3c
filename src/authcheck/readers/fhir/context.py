"""What every part of the FHIR plan builder shares: the document, the chosen CarePlan, source
locations, which resources belong to the plan, and the providers and diagnoses met on the way."""

from __future__ import annotations

from typing import Any

from authcheck.model import Provider, SourceLocation
from authcheck.readers.fhir.doc import FhirDocument, Path, each
from authcheck.readers.fhir.index import Res, ResourceIndex
from authcheck.readers.fhir.people import Person, person
from authcheck.readers.fhir.select import composition_for
from authcheck.readers.fhir.values import cc_text, number

__all__ = ["BuildContext"]


class BuildContext:
    """The chosen CarePlan (None for a partial plan) in its file, and the plan-wide collections."""

    def __init__(self, doc: FhirDocument, index: ResourceIndex, careplan: Res | None) -> None:
        self.doc = doc
        self.index = index
        self.careplan = careplan
        self.only_plan = len(index.of_type("CarePlan", contained=False)) <= 1 or index.root is careplan
        """True when the file holds no other CarePlan: unlinked Goals and ServiceRequests are then ours."""
        self.composition = composition_for(index, careplan)
        self.patient: Res | None = None
        self.providers: list[Provider] = []
        self._provider_keys: set[Any] = set()
        self.service_codes: list[str] = []
        self.claimed = self._claimed_by_other_plans()
        self.rank_one = self._rank_one_conditions()

    def of_type(self, *types: str) -> list[Res]:
        """Resources of these types that stand alone in the file or are contained in the plan itself
        (not those contained in, say, an ExplanationOfBenefit)."""
        return [r for r in self.index.of_type(*types) if r.container is None or r.container is self.careplan]

    def loc(self, path: Path, passage: str | None = None) -> SourceLocation:
        """A source location for a path in the file."""
        return SourceLocation(pointer=self.doc.pointer(path), text=passage)

    def sources(self, **paths: tuple[Path, str | None] | None) -> dict[str, SourceLocation]:
        """field_sources from (path, passage) pairs; None entries are left out."""
        return {name: self.loc(*value) for name, value in paths.items() if value is not None}

    def _claimed_by_other_plans(self) -> set[Res]:
        """Goals and requests that another CarePlan (not ours) lists in goal, activity.reference or
        activity.detail.goal, or ServiceRequests that name another CarePlan in basedOn."""
        claimed: set[Res] = set()
        for plan in self.index.of_type("CarePlan", contained=False):
            if plan is self.careplan:
                continue
            refs = [r for r, _ in each(plan.data, "goal", ())]
            for activity, _ in each(plan.data, "activity", ()):
                if isinstance(activity, dict):
                    refs.append(activity.get("reference"))
                    refs += [r for r, _ in each(activity.get("detail"), "goal", ())]
            claimed.update(self.index.resolve_all(refs, plan))
        for request in self.index.of_type("ServiceRequest"):
            for ref, _ in each(request.data, "basedOn", ()):
                target = self.index.resolve(ref, request)
                if target is not None and target.type == "CarePlan" and target is not self.careplan:
                    claimed.add(request)
        return claimed

    def _rank_one_conditions(self) -> set[Res]:
        """Conditions ranked 1 in an Encounter's or EpisodeOfCare's diagnosis list (the primary ones)."""
        found: set[Res] = set()
        for holder in self.of_type("Encounter", "EpisodeOfCare"):
            for item, _ in each(holder.data, "diagnosis", ()):
                if isinstance(item, dict) and number(item.get("rank")) == 1:
                    target = self.index.resolve(item.get("condition"), holder)
                    if target is not None:
                        found.add(target)
        return found

    # ------------------------------------------------------------------ providers
    def add_provider(
        self, ref: Any, origin: Res, path: Path, role: str, *, in_team: bool = False
    ) -> Person | None:
        """Record the practitioner or organisation a reference names (once) and return who it is.

        A CareTeam stands for its members (a team inside a team is not followed); patients and
        related persons are not providers.
        """
        who = person(self.index, ref, origin)
        if who is None or who.kind in ("Patient", "RelatedPerson"):
            return who
        if who.kind == "CareTeam":
            if who.res is not None and not in_team:
                for participant, ppath in each(who.res.data, "participant", who.res.path):
                    if isinstance(participant, dict):
                        member_role = cc_text(next((r for r, _ in each(participant, "role", ())), None))
                        self.add_provider(
                            participant.get("member"),
                            who.res,
                            (*ppath, "member"),
                            member_role or role,
                            in_team=True,
                        )
            return who
        key = who.res if who.res is not None else (who.name, who.npi)
        if key in self._provider_keys or not (who.name or who.npi):
            return who
        self._provider_keys.add(key)
        self.providers.append(
            Provider(
                name=who.name,
                credential=who.credential,
                npi=who.npi,
                role=role,
                organization=who.organization,
                source=self.loc(who.res.path if who.res is not None else path, who.name),
            )
        )
        return who

    def staff(self, refs: list[tuple[Any, Path]], origin: Res, role: str) -> str | None:
        """ "Name, credential; Name" of the people referenced (each recorded as a provider)."""
        names: list[str] = []
        for ref, path in refs:
            who = self.add_provider(ref, origin, path, role)
            if who and who.name:
                label = f"{who.name}, {who.credential}" if who.credential else who.name
                if label not in names:
                    names.append(label)
        return "; ".join(names) or None
