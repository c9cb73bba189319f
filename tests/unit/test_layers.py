"""Imports point down (ui → services → models) and the code passes ruff: checked in CI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_services_and_models_never_import_qt() -> None:
    # ruff's banned-api rule (TID251) forbids PySide6/qasync outside desktop/ui and app.py.
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--select", "TID251", "desktop"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout


def test_services_import_without_qt_installed() -> None:
    code = (
        "import sys, importlib, pkgutil\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'qasync', 'shiboken6'):\n"
        "            raise ImportError('Qt is not allowed below the UI: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import desktop.services, desktop.models, desktop.sandbox\n"
        "for pkg in (desktop.services, desktop.models, desktop.sandbox):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' not in info.name:\n"
        "            importlib.import_module(info.name)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_ruff_passes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "desktop", "tests", "benchmarks", "tools"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:]


# -- what each room may import (read from the source, so TYPE_CHECKING imports count) ---------
DESKTOP = ROOT / "desktop"

#: Modules under ui/ that need no Qt or use the ORM: use cases waiting to move into services.
#: None are left; keep it empty.
UI_KNOWN_OFFENDERS: frozenset[str] = frozenset()


def imported_modules(path: Path) -> set[str]:
    """Every absolute module name ``path`` imports, at any depth (functions included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def modules_under(folder: str) -> list[Path]:
    return sorted(
        p
        for p in (DESKTOP / folder).rglob("*.py")
        if "migrations" not in p.relative_to(DESKTOP).parts
    )


def offenders(folder: str, banned: tuple[str, ...]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in modules_under(folder):
        bad = sorted(
            name
            for name in imported_modules(path)
            if any(name == b or name.startswith(b + ".") for b in banned)
        )
        if bad:
            found[str(path.relative_to(ROOT))] = bad
    return found


def test_services_and_models_never_import_the_sandbox_or_the_composition_root() -> None:
    banned = ("desktop.sandbox", "desktop.runtime", "desktop.ui", "desktop.app", "desktop.cli")
    assert offenders("services", banned) == {}
    assert offenders("models", banned) == {}


def test_ui_never_imports_the_sandbox_or_the_composition_root() -> None:
    # Pages receive their services from app.py; the simulator is reached through services.
    assert offenders("ui", ("desktop.sandbox", "desktop.runtime", "desktop.cli")) == {}


def test_ui_never_imports_sqlalchemy_or_the_orm_entities() -> None:
    found = offenders("ui", ("sqlalchemy", "desktop.models.entities", "desktop.models.base"))
    assert set(found) <= UI_KNOWN_OFFENDERS, found


def test_every_ui_module_needs_qt() -> None:
    # A module under ui/ without Qt is a use case or a helper in the wrong room.
    qtless = [
        str(path.relative_to(ROOT))
        for path in modules_under("ui")
        if path.name != "__init__.py"
        and not any(n.split(".")[0] in ("PySide6", "qasync") for n in imported_modules(path))
    ]
    assert set(qtless) <= UI_KNOWN_OFFENDERS, qtless


def test_known_offenders_still_exist() -> None:
    # An entry whose module moved away must leave the list, or it would excuse a newcomer.
    assert [p for p in UI_KNOWN_OFFENDERS if not (ROOT / p).exists()] == []
