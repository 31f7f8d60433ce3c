"""Check the electronic request at build time where the `validate` extra is installed.

pas-bundle.json is parsed with fhir.resources' FHIR R4B models; x12-278.txt is validated with pyx12
and authcheck's 005010X217 map. The results go into manifest.json (`validation`); without the extra
the manifest says the check was not run.
"""

from __future__ import annotations

import importlib.util
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from authcheck.packets.x12_validate import validate_278

__all__ = ["validate_outputs"]


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:  # pragma: no cover - installed without metadata
        return "unknown"


def _fhir(bundle: dict[str, Any]) -> dict[str, Any]:
    if importlib.util.find_spec("fhir") is None or importlib.util.find_spec("fhir.resources") is None:
        return {"validator": None, "errors": [], "note": "not checked: pip install 'authcheck[validate]'"}
    from pydantic import ValidationError

    from fhir.resources.R4B.bundle import Bundle

    try:
        Bundle.model_validate(bundle)
        errors: list[str] = []
    except ValidationError as exc:
        errors = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors(include_url=False)][:20]
    return {"validator": f"fhir.resources {_version('fhir.resources')} (FHIR R4B models)", "errors": errors}


def _x12(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    if importlib.util.find_spec("pyx12") is None:
        return {"validator": None, "errors": [], "note": "not checked: pip install 'authcheck[validate]'"}
    return {"validator": f"pyx12 {_version('pyx12')} with authcheck's 005010X217 request map", "errors": validate_278(text)[:20]}


def validate_outputs(bundle: dict[str, Any], x12_text: str | None) -> dict[str, Any]:
    """Validation results by file name."""
    results: dict[str, Any] = {"pas-bundle.json": _fhir(bundle)}
    x12 = _x12(x12_text)
    if x12 is not None:
        results["x12-278.txt"] = x12
    return results
