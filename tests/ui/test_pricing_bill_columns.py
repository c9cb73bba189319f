"""The History tab's bill in the window at 1024x700: every column reads whole without
scrolling sideways, and a market or category name never breaks inside a Japanese word
(「その他のアジア太平洋」 on one line, not 「その他の／アジア太／平洋」).

Set ``WABADESK_SCREENSHOTS=folder`` to keep the PNGs (English and Japanese, light and dark).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_pricing_layout import stored_history  # noqa: F401 - the fixture

from desktop.services.pricing.history import price_history
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import MainWindow
from desktop.ui.pricing.fit import CELL_PAD, clipped_cells
from desktop.ui.pricing.pricing_page import PricingPage
from desktop.ui.theme import apply_theme

CASES = [("en", "light"), ("ja", "dark"), ("en", "dark"), ("ja", "light")]
MARKET, CATEGORY = 3, 4


@pytest.fixture
def look(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    language, theme = request.param
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, language)
    apply_theme(app, theme)
    try:
        yield language, theme
    finally:
        install_translators(app, "en")
        apply_theme(app, "light")


@pytest.mark.parametrize("look", CASES, ids=["-".join(c) for c in CASES], indirect=True)
def test_the_bill_reads_whole_at_1024x700(
    qtbot: QtBot,
    stored_history: object,  # noqa: F811
    look: tuple[str, str],
    tmp_path: Path,
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    page = PricingPage(None)
    window.add_page("pricing", "Pricing", "¤", page)
    window.show_page("pricing")
    page.history_tab.show_report(price_history(page.book, stored_history))  # type: ignore[arg-type]
    window.resize(1024, 700)
    window.show()
    page.tabs.setCurrentWidget(page.history_tab)
    table = page.history_tab.bill_table
    qtbot.waitUntil(lambda: table.horizontalHeader().minimumHeight() > 0)
    for _ in range(5):
        QApplication.processEvents()
    folder = Path(os.environ.get("WABADESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(folder / f"pricing_history_{'_'.join(look)}.png"))

    assert table.rowCount() > 4
    assert not table.horizontalScrollBar().isVisible(), [
        table.columnWidth(c) for c in range(table.columnCount())
    ]
    assert clipped_cells(table) == []
    fm = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in (MARKET, CATEGORY):
            item = table.item(row, column)
            text = item.text() if item is not None else ""
            for word in text.split():  # breaks only at a space, if anywhere
                assert fm.horizontalAdvance(word) <= table.columnWidth(column) - CELL_PAD, word
