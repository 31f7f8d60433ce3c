"""Fixtures for packet tests: build a packet through the API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .helpers import AS_OF


@pytest.fixture(scope="session")
def build(library, tmp_path_factory) -> Callable[..., Any]:
    """Build a packet through the API: build(plan, payer, states=(), out=None, **request options)."""
    from authcheck.api import select_profiles
    from authcheck.packets import PacketRequest, build_packet

    def run(plan: Path | str, payer: str, states: list[str] | tuple[str, ...] = (), out: Path | None = None,
            as_of: dt.date = AS_OF, lib: Any = None, **options: Any) -> Any:
        used = lib or library
        profiles = select_profiles(used, payer=payer, states=list(states), as_of=as_of)
        target = out or tmp_path_factory.mktemp("packet")
        options.setdefault("pdf", False)
        options.setdefault("date", as_of)
        request = PacketRequest(plan=Path(plan), profiles=profiles, as_of=as_of, out_dir=target, **options)
        return build_packet(request, used)

    return run
