"""The application icon and the compiled translations load (what a frozen build can lose)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop import app as app_module
from desktop.app import make_application
from desktop.ui import self_check


def test_the_application_has_its_icon_and_every_translation(qapp: QApplication) -> None:
    app = make_application()
    assert not app.windowIcon().isNull()
    assert self_check.qt_resource_problems(app) == []


def test_a_missing_icon_or_catalogue_is_reported(
    qapp: QApplication, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(app_module, "APP_ICON", tmp_path / "nothing.png")
    monkeypatch.setattr(self_check, "TRANSLATIONS_DIR", tmp_path)
    previous = qapp.windowIcon()
    try:
        problems = self_check.qt_resource_problems(make_application())
    finally:
        qapp.setWindowIcon(previous)
    assert len(problems) == 2
    assert "icon" in problems[0] and "ja translation" in problems[1]
