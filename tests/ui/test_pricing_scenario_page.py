"""Scenario page: editing the table recalculates, the charts show the estimator's numbers."""

from __future__ import annotations

import csv
import gc
import math
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.pricing import cards as C
from desktop.services.pricing.cards import load_bundled_cards
from desktop.services.pricing.eras import ERAS, PMP_2025, PMP_2026_10
from desktop.services.pricing.scenario import (
    PRESETS,
    ScenarioEstimator,
    ScenarioInputs,
    ScenarioService,
)
from desktop.ui.pricing.scenario_charts import difference_data, outlook_data, stacked_data
from desktop.ui.pricing.scenario_tab import ScenarioTab

TODAY = date(2026, 11, 25)
MONTH = date(2026, 12, 1)
APAC = "Rest of Asia Pacific"


@pytest.fixture(autouse=True)
def _collect_on_the_ui_thread():
    """Collect each test's Qt garbage here, on the UI thread, not later in a worker thread."""
    yield
    gc.collect()


@pytest.fixture(scope="module")
def book():
    return load_bundled_cards()


def rate(book, era: str, market: str, category: str) -> Decimal:
    value = book.card_for(era, MONTH, "USD").rate(market, category)
    assert value is not None and value > 0
    return value


def test_page_estimate_is_the_services_estimate(book) -> None:
    inputs = ScenarioInputs(
        volumes={APAC: {C.MARKETING: 100, C.UTILITY: 200, C.SERVICE: 1500}},
        share_utility_in_window=Decimal("0.5"),
    )
    est = ScenarioService().estimate(book, inputs, day=MONTH)
    direct = ScenarioEstimator(book, MONTH).estimate(inputs)
    assert not est.error
    assert {e: est.total(e) for e in ERAS} == {e: direct[e].total for e in ERAS}
    # July 2025 rules: half the utility templates are free inside the window.
    assert est.eras[PMP_2025].by_category[C.UTILITY] == 100 * rate(book, PMP_2025, APAC, C.UTILITY)


def test_presets_cover_the_three_businesses(book) -> None:
    assert list(PRESETS) == ["small_shop", "clinic_reminders", "ecommerce_store"]
    for inputs in PRESETS.values():
        est = ScenarioService().estimate(book, inputs, day=MONTH)
        assert set(est.eras) == set(ERAS) and not est.error
        assert est.total(PMP_2026_10) > 0
        assert len(est.outlook[PMP_2026_10]) == 12


def test_editing_a_cell_recalculates_tables_and_charts(qtbot: QtBot, book) -> None:
    tab = ScenarioTab(book, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    tab.show()
    before = tab.estimate
    assert before is not None
    model = tab.volume_model
    assert model.markets() == [APAC]
    col = 0  # marketing
    old = model.data(model.index(0, col), Qt.ItemDataRole.EditRole)
    with qtbot.waitSignal(tab.recalculated, timeout=2000) as blocker:
        assert model.setData(model.index(0, col), old + 1000)
    after = blocker.args[0]
    added = 1000 * rate(book, PMP_2026_10, APAC, C.MARKETING)
    assert after.total(PMP_2026_10) - before.total(PMP_2026_10) == added
    # The reference era (in force next month) is bold in the summary and named in the headline.
    assert tab.reference_era == PMP_2026_10
    assert "Per message Oct 2026" in tab.headline.text()
    row = ERAS.index(PMP_2026_10)
    assert tab.summary.item(row, 0).font().bold()
    assert tab.summary.item(row, 1).text().startswith("USD ")
    # The charts show exactly the estimator's figures.
    bars = tab.bars.sets[C.MARKETING]
    expected = stacked_data(after)[C.MARKETING]
    assert [round(bars.at(i), 6) for i in range(len(ERAS))] == [round(v, 6) for v in expected]
    assert expected[row] == pytest.approx(float(after.eras[PMP_2026_10].by_category["marketing"]))
    line = tab.outlook.lines[PMP_2026_10]
    assert [p.y() for p in line.points()] == pytest.approx(outlook_data(after)[PMP_2026_10])
    assert line.count() == 12
    assert tab.difference.values[row] == 0
    assert tab.difference.values == [round(v) for v in difference_data(after, PMP_2026_10)]
    # Bad input is refused and the stored number stays.
    assert not model.setData(model.index(0, col), "lots")
    assert model.data(model.index(0, col), Qt.ItemDataRole.EditRole) == old + 1000


def test_growth_bends_the_outlook_and_markets_can_be_added(qtbot: QtBot, book) -> None:
    tab = ScenarioTab(book, today=TODAY)
    qtbot.addWidget(tab)
    tab.growth_box.setValue(0.0)
    flat = outlook_data(tab.estimate)[PMP_2025]
    assert flat[0] == pytest.approx(flat[-1])
    tab.growth_box.setValue(10.0)
    grown = outlook_data(tab.estimate)[PMP_2025]
    assert grown[-1] == pytest.approx(grown[0] * 1.1**11, rel=1e-4)
    tab.market_box.setCurrentText("India")
    with qtbot.waitSignal(tab.recalculated, timeout=2000):
        tab.add_market_button.click()
    assert tab.volume_model.markets() == [APAC, "India"]
    assert tab.by_market.rowCount() == 2


def test_currency_conversion_is_marked_as_estimate(qtbot: QtBot, book) -> None:
    tab = ScenarioTab(book, today=TODAY)
    qtbot.addWidget(tab)
    tab.convert_code.setText("JPY")
    tab.convert_rate.setValue(150.0)
    total = tab.estimate.total(PMP_2026_10)
    cell = tab.summary.item(ERAS.index(PMP_2026_10), 1).text()
    assert "≈ JPY" in cell
    assert f"{(total * 150).quantize(Decimal(1)):,}" in cell
    assert "estimates" in tab.footnote.text()
    # A card currency with no card for old eras says so instead of inventing numbers.
    tab.currency_box.setCurrentText("EUR")
    assert tab.estimate.currency == "EUR" and tab.estimate.error
    assert tab.summary.item(0, 1).text() == "no card"
    assert "Cannot estimate" in tab.headline.text()


def test_scenario_exports_csv_and_pdf(qtbot: QtBot, book, tmp_path: Path) -> None:
    tab = ScenarioTab(book, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    tab.preset_box.setCurrentIndex(2)
    assert len(tab.volume_model.markets()) == 3
    rows = tab.export_csv(tmp_path / "s.csv")
    lines = list(csv.DictReader((tmp_path / "s.csv").read_text(encoding="utf-8").splitlines()))
    assert rows == len(lines) > 0
    total = sum(Decimal(r["amount"]) for r in lines if r["era"] == PMP_2026_10)
    assert total == tab.estimate.total(PMP_2026_10)
    # every era has a row, named as the page names it, even one that costs nothing
    assert {r["era"] for r in lines} == set(ERAS)
    assert {r["era_name"] for r in lines} >= {"Per message Oct 2026", "Conversations 2022"}
    tab.export_pdf(tmp_path / "s.pdf")
    data = (tmp_path / "s.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
    # the charts are drawn as vectors, on pages after the tables: no picture is embedded
    assert b"/Subtype /Image" not in data
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(tmp_path / "s.pdf"))
    assert document.pageCount() >= 3
    assert "Assumptions" in document.getAllText(0).text()


@pytest.mark.parametrize("value", [0.03, 0.1139, 0.2, 7.0, 23.0, 30.0, 1200.0, 99_999.0])
def test_axes_end_near_the_data_with_ticks_at_round_numbers(value: float) -> None:
    from desktop.ui.pricing.scenario_charts import nice_scale

    top, ticks, label_format = nice_scale(value)
    assert value <= top <= 2 * value  # 0.03 USD bars are not drawn on a 0-1 axis
    interval = top / (ticks - 1)
    mantissa = interval / 10 ** math.floor(math.log10(interval) + 1e-9)
    assert round(mantissa, 6) in (1.0, 2.0, 5.0)  # 0, 10, 20, 30: never 8, 15, 23
    labels = {label_format % (interval * k) for k in range(ticks)}
    assert len(labels) == ticks  # every tick has its own label


def test_charts_follow_the_dark_theme(qtbot: QtBot) -> None:
    from PySide6.QtCharts import QChart
    from PySide6.QtWidgets import QApplication

    from desktop.ui.pricing.scenario_charts import CategoryBarsChart
    from desktop.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "dark")
    try:
        dark = CategoryBarsChart("dark")
    finally:
        apply_theme(app, "light")
    light = CategoryBarsChart("light")
    assert dark.chart.theme() == QChart.ChartTheme.ChartThemeDark
    assert light.chart.theme() != QChart.ChartTheme.ChartThemeDark
