"""The pricing timeline in Japanese, with the translation the app ships."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from desktop.services.pricing.cards import load_bundled_cards
from desktop.ui.pricing.explain_tab import ExplainTab

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "tests" / "unit" / "pricing" / "pricing-examples.json"


@pytest.fixture(autouse=True)
def _collect_on_the_ui_thread():
    yield
    gc.collect()


def test_timeline_reads_in_japanese(qtbot: QtBot, tmp_path: Path) -> None:
    qm = ROOT / "resources" / "translations" / "wabadesk_ja.qm"  # what the app ships
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        tab = ExplainTab(load_bundled_cards(), has_history=False)
        qtbot.addWidget(tab)
        assert tab.from_file.text() == "シナリオファイルから"
        assert tab.load_scenario_file(EXAMPLES)
        assert tab.choose_scenario("pub-02-zoho-ja-ex1-user-initiated")
        assert tab.timeline.lane_names()[0] == "メッセージ"
        texts = [tab.steps.item(i).text() for i in range(tab.steps.count())]
        assert any("ユーザー開始会話を開始" in t for t in texts)
        assert "課金2件" in tab.summary.text()
    finally:
        app.removeTranslator(translator)


def test_market_names_read_in_japanese_in_prices_and_reasons(qtbot: QtBot) -> None:
    from desktop.services.pricing.markets import ALL_MARKETS
    from desktop.services.pricing.rules import rule_phrase
    from desktop.ui.pricing.labels import MARKET_NAMES, market_label, render_phrase

    assert set(MARKET_NAMES) == set(ALL_MARKETS)  # every market the engine knows
    qm = ROOT / "resources" / "translations" / "wabadesk_ja.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        assert market_label("Rest of Asia Pacific") == "その他のアジア太平洋"
        assert market_label("A market from a newer card") == "A market from a newer card"
        sentence = render_phrase(rule_phrase("service_charged", market="North America"))
        assert "北米" in sentence and "North America" not in sentence
    finally:
        app.removeTranslator(translator)
