"""Packet settings of the chosen profiles: the payer's (with what it inherits) and the attachments all require."""

from __future__ import annotations

from dataclasses import dataclass, field

from authcheck.profiles import ProfileLibrary, ResolvedProfile
from authcheck.profiles.spec import PacketSettings

__all__ = ["DISCIPLINE_SERVICE_TYPES", "PacketConfig", "RequiredAttachment", "resolve_settings"]

# X12 service type codes (element 1365) by plan discipline, used when a profile sets none:
# A6 psychotherapy, A4 psychiatric, AI substance abuse, PT physical therapy, AD occupational therapy,
# AF speech therapy, 42 home health care, MH mental health (ABA is requested as a behavioral health service).
DISCIPLINE_SERVICE_TYPES: dict[str, str] = {
    "psychotherapy": "A6", "psychiatry": "A4", "sud": "AI", "pt": "PT", "ot": "AD", "slp": "AF",
    "home-health": "42", "aba": "MH",
}


@dataclass(frozen=True)
class RequiredAttachment:
    """A document a profile wants with the request."""

    name: str
    profiles: tuple[str, ...]


@dataclass(frozen=True)
class PacketConfig:
    """Settings in force for one packet, with the profile that set each identifier."""

    settings: PacketSettings
    template: str
    attachments: list[RequiredAttachment] = field(default_factory=list)
    set_by: dict[str, str] = field(default_factory=dict)


def _chain(library: ProfileLibrary, profile: ResolvedProfile) -> list[str]:
    """Profile ids from the root ancestor down to the profile itself."""
    return list(reversed(profile.chain))


def resolve_settings(library: ProfileLibrary, profiles: list[ResolvedProfile]) -> PacketConfig:
    """Merge `packet:` sections: the payer's chain, root first, each set field replacing the parent's.

    Required attachments are the union over the payer chain and every state profile, in order.
    """
    payer = profiles[0]
    merged: dict[str, object] = {}
    set_by: dict[str, str] = {}
    for profile_id in _chain(library, payer):
        packet = library.get(profile_id).packet
        for name in packet.model_fields_set:
            if name == "required_attachments":
                continue
            merged[name] = getattr(packet, name)
            set_by[name] = profile_id
    attachments: dict[str, list[str]] = {}
    sources = [*_chain(library, payer), *[p.id for p in profiles[1:]]]
    for profile_id in sources:
        for name in library.get(profile_id).packet.required_attachments:
            key = " ".join(name.split())
            attachments.setdefault(key, [])
            if profile_id not in attachments[key]:
                attachments[key].append(profile_id)
    settings = PacketSettings.model_validate(merged)
    return PacketConfig(
        settings=settings,
        template=settings.template or "base",
        attachments=[RequiredAttachment(name, tuple(ids)) for name, ids in attachments.items()],
        set_by=set_by,
    )
