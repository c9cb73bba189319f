"""Loads the UI language: our own translations plus Qt's for standard dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.services.text import Phrase

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
SUPPORTED = ("en", "ja")

_installed: list[QTranslator] = []


def resolve_language(setting: str | None) -> str:
    """``system`` (or nothing) follows the OS locale; anything unsupported falls back to English."""
    if setting and setting != "system":
        return setting if setting in SUPPORTED else "en"
    name = QLocale.system().name().split("_")[0]
    return name if name in SUPPORTED else "en"


def install_translators(app: QCoreApplication, language: str) -> str:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS_DIR / f"wabadesk_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return language


def render(phrase: Phrase) -> str:
    """A service's phrase in the current UI language."""
    return phrase.render(QCoreApplication.translate)
