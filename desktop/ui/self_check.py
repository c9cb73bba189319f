"""What a packaged app needs from Qt, checked without opening a window.

A frozen build that lacks a Qt plugin, the icon or the compiled translations still starts,
but looks broken to the user; `wabadesk self-test` runs these checks so the packaging smoke
test (tools/package_smoke.sh) fails instead.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from desktop.ui.i18n import SUPPORTED, TRANSLATIONS_DIR


def qt_resource_problems(app: QApplication) -> list[str]:
    """One line per missing piece; empty when the icon and every translation load."""
    problems = []
    if app.windowIcon().isNull():
        problems.append("the application icon (resources/icons/wabadesk.png) did not load")
    for language in SUPPORTED:
        if language == "en":
            continue
        path = TRANSLATIONS_DIR / f"wabadesk_{language}.qm"
        if not QTranslator().load(str(path)):
            problems.append(f"the {language} translation ({path}) did not load")
    return problems
