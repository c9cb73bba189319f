"""The packaging files name what really exists, so a frozen build cannot silently break."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_build_spec_parses_and_names_real_paths() -> None:
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    ast.parse(source)
    assert (ROOT / "desktop" / "__main__.py").exists()
    for folder in re.findall(r'ROOT / "([^"]+)"(?: / "([^"]+)")?(?: / "([^"]+)")?', source):
        path = ROOT.joinpath(*[p for p in folder if p])
        assert path.exists(), path
    for module in re.findall(r'"(desktop\.[a-z_.]+)"', source):
        assert (ROOT / (module.replace(".", "/") + ".py")).exists(), module


def test_console_script_points_at_the_cli() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["wabadesk"] == "desktop.cli.main:main"
    pins = [d for d in project["project"]["dependencies"] if d.startswith("PySide6")]
    assert pins and all("<6.12" in d for d in pins)  # 6.12.0 aborts on Python 3.11
