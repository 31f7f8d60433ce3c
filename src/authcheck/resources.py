"""Where the shipped rule catalog, profiles and templates live, installed or in a source checkout."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["data_dir"]

_NAMES = ("rules", "payer_profiles", "templates")


@cache
def data_dir(name: str) -> Path:
    """The shipped folder `name` ("rules", "payer_profiles" or "templates").

    An installed wheel carries them inside the package (authcheck/_data/<name>); a source checkout
    or editable install has them at the repository root.
    """
    if name not in _NAMES:
        raise ValueError(f"unknown data folder {name!r}; one of {_NAMES}")
    packaged = Path(str(resources.files("authcheck"))) / "_data" / name
    if packaged.is_dir():
        return packaged
    source = Path(__file__).resolve().parents[2] / name
    if source.is_dir():
        return source
    raise FileNotFoundError(f"authcheck's {name} folder is missing from this installation ({packaged})")
