"""Payer and state-licensure profiles: file format and resolution."""

from authcheck.profiles.resolve import ProfileError, ProfileLibrary, ResolvedProfile, ResolvedRequirement, load_profiles
from authcheck.profiles.spec import ProfileSpec, ProfileVersion, Requirement

__all__ = [
    "ProfileError",
    "ProfileLibrary",
    "ProfileSpec",
    "ProfileVersion",
    "Requirement",
    "ResolvedProfile",
    "ResolvedRequirement",
    "load_profiles",
]
