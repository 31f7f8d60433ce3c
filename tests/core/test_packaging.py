"""The wheel carries rules/, payer_profiles/ and templates/, and an installed copy finds them without the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        check=True, capture_output=True,
    )
    return next(out.glob("authcheck-*.whl"))


def test_wheel_contains_the_data_folders(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "authcheck/_data/rules/plan-timely.yaml" in names
    assert "authcheck/_data/payer_profiles/medicare-psychotherapy.yaml" in names
    assert any(n.startswith("authcheck/_data/templates/") for n in names)
    assert "authcheck/py.typed" in names


def test_installed_wheel_checks_a_plan_outside_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    plan = tmp_path / "plan.yaml"
    plan.write_bytes((REPO / "examples" / "psychotherapy-flawed.yaml").read_bytes())
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = (
        "import authcheck, authcheck.resources as r, sys;"
        "print(authcheck.__file__); print(r.data_dir('rules'));"
        "from authcheck.cli import run; sys.argv=['authcheck','check','plan.yaml','--payer','medicare-psychotherapy',"
        "'--as-of','2026-02-01','-q']; run()"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    lines = result.stdout.splitlines()
    assert lines[0].startswith(str(target)), result.stdout + result.stderr
    assert lines[1].startswith(str(target)) and lines[1].endswith("_data/rules")
    assert result.returncode == 1 and lines[-1].startswith("FAIL"), result.stdout + result.stderr
