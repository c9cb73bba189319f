"""Rate cards tab: importing Meta's CSV adds a currency everywhere; a bad file changes nothing."""

from __future__ import annotations

import csv
import gc
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.services.pricing.cards import load_bundled_cards
from desktop.ui.pricing.pricing_page import PricingPage


@pytest.fixture(autouse=True)
def _collect_on_the_ui_thread():
    yield
    gc.collect()


def meta_csv(path: Path, *, drop: str | None = None) -> Path:
    """A CSV shaped like Meta's download, from the bundled Oct-2026 USD card's figures."""
    card = load_bundled_cards().card_for("pmp-2026-10", date(2026, 11, 1), "USD")
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Rates effective October 1, 2026"])
        out.writerow(["Market", "Marketing", "Utility", "Authentication", "Service"])
        for market, rates in sorted(card.rates.items()):
            if market == drop:
                continue
            row = [market]
            for cat in ("marketing", "utility", "authentication", "service"):
                row.append(str(rates[cat] * 150) if cat in rates else "")
            out.writerow(row)
    return path


def test_import_adds_the_currency_and_bad_files_change_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    page = PricingPage(None)
    qtbot.addWidget(page)
    tab = page.cards_tab
    before = tab.table.rowCount()
    assert before == len(page.book.cards) > 10
    tab.currency.setText("JPY")
    tab.effective.setDate(QDate(2026, 10, 1))
    # A card missing a market is refused with the market named; nothing is saved.
    broken = meta_csv(tmp_path / "broken.csv", drop="India")
    assert not tab.import_csv(broken)
    assert "India" in tab.result.text() and "nothing changed" in tab.result.text()
    assert "JPY" not in page.book.currencies()
    # A complete card is saved in the user's folder and every tab can use JPY now.
    assert tab.import_csv(meta_csv(tmp_path / "jpy.csv"))
    assert "JPY" in page.book.currencies()
    assert tab.table.rowCount() == before + 1
    scenario = page.scenario_tab
    assert scenario.currency_box.findText("JPY") >= 0
    scenario.currency_box.setCurrentText("JPY")
    # Only the Oct-2026 era has a JPY card: the page says so instead of guessing.
    assert scenario.estimate is not None and scenario.estimate.currency == "JPY"
    assert page.history_tab.book is page.book and page.explain_tab.book is page.book


def test_sources_read_as_publisher_page_and_date_with_how_they_were_found(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from desktop.ui.pricing.rate_cards_tab import RateCardsTab

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    tab = RateCardsTab(load_bundled_cards())
    qtbot.addWidget(tab)
    sources = {
        tab.table.item(r, 0).text(): tab.table.item(r, 6) for r in range(tab.table.rowCount())
    }
    june = sources["USD-2023-06-01"]
    assert june.text() == ("Meta · Conversation-based pricing (USD rate card) · 2023-06-01")
    assert "copy of its published card" in june.toolTip()
    derived = sources["USD-2025-07-01"].toolTip()
    assert "another currency" in derived and "pricing.md" not in derived  # no research notes
    assert "only some markets" in sources["EUR-2026-07-01"].toolTip()
    tab.table.itemDoubleClicked.emit(june)
    assert opened == ["https://developers.facebook.com/docs/whatsapp/pricing"]
    assert "marked *" in tab.unverified_note.text()
    for r in range(tab.table.rowCount()):
        assert "Table" not in tab.table.item(r, 6).text()
