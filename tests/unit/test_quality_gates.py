"""The gates CI relies on stay switched on (a quiet edit to a config file would open them)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_pytest_turns_warnings_and_qt_warnings_into_failures() -> None:
    options = _pyproject()["tool"]["pytest"]["ini_options"]  # type: ignore[index]
    assert options["filterwarnings"][0] == "error"
    assert options["qt_log_level_fail"] == "WARNING"
    assert "--strict-markers" in options["addopts"] and options["xfail_strict"] is True


def test_mypy_reports_unused_ignores() -> None:
    assert _pyproject()["tool"]["mypy"]["warn_unused_ignores"] is True  # type: ignore[index]


def test_ci_and_pre_commit_run_make_lint() -> None:
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert lines.index("make lint") < lines.index("make test")
    hooks = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert "entry: make lint" in hooks
