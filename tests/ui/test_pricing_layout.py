"""Every Pricing tab at 1024x700, in English and Japanese: no header, cell, label, legend or
axis label is cut short ("…") or drawn over its neighbour."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from benchmarks.make_pricing_history_db import make
from desktop.models.db import Database
from desktop.services.pricing.history import HistoryReport, price_history, read_history
from desktop.ui.pricing.fit import clipped_cells
from desktop.ui.pricing.pricing_page import PricingPage
from desktop.ui.pricing.scenario_charts import ChartBox

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "tests" / "unit" / "pricing" / "pricing-examples.json"
QM = ROOT / "resources" / "translations" / "wabadesk_ja.qm"


@pytest.fixture(autouse=True)
def _collect_on_the_ui_thread() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(scope="module")
def stored_history(tmp_path_factory: pytest.TempPathFactory) -> object:
    """Two numbers, six markets, every category: a year of traffic, small."""
    path = tmp_path_factory.mktemp("layout") / "history.sqlite3"
    make(path, 4000, 300)
    db = Database(f"sqlite:///{path}")
    try:
        return db.call(read_history)
    finally:
        db.close()


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text.replace("&nbsp;", " ")).replace("&amp;", "&")


def clipped_labels(root: QWidget) -> list[str]:
    """Single-line labels whose text is wider than the label."""
    out = []
    for label in root.findChildren(QLabel):
        if not _visible(label) or label.wordWrap() or not label.text():
            continue
        for line in _plain(label.text()).splitlines():
            if label.fontMetrics().horizontalAdvance(line) > label.contentsRect().width():
                out.append(f"label {line!r} in {label.contentsRect().width()} px")
    return out


def crowded_axes(root: QWidget) -> list[str]:
    """Category axes whose labels are wider than the space each category gets, and charts
    that still draw their own legend (it elides names to dots when narrow)."""
    out = []
    for view in root.findChildren(QChartView):
        if not _visible(view):
            continue
        chart = view.chart()
        if chart.legend().isVisible():
            out.append(f"chart {chart.title()!r} draws its own legend")
        for axis in chart.axes():
            if not isinstance(axis, QBarCategoryAxis) or not axis.isVisible():
                continue
            room = chart.plotArea().width() / max(axis.count(), 1)
            fm = QFontMetrics(axis.labelsFont())
            for text in axis.categories():
                widest = max(
                    fm.horizontalAdvance(p) for p in _plain(text.replace("<br>", "\n")).splitlines()
                )
                if widest > room:
                    out.append(f"axis label {text!r} needs {widest} px, has {room:.0f}")
    return out


def short_legends(root: QWidget) -> list[str]:
    out = []
    for box in root.findChildren(ChartBox):
        if _visible(box) and box.legend_items and not box.legend.isVisible():
            out.append("legend hidden")
        for _colour, name in box.legend_items:
            if name not in _plain(box.legend.text()):
                out.append(f"legend lacks {name!r}")
    return out


def problems(page: PricingPage) -> list[str]:
    found: list[str] = []
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        for _ in range(4):
            QApplication.processEvents()
        tab = page.tabs.widget(i)
        name = page.tabs.tabText(i)
        for view in tab.findChildren(QTableView):
            if _visible(view):
                found += [f"{name}: {p}" for p in clipped_cells(view)]
        found += [f"{name}: {p}" for p in clipped_labels(tab)]
        found += [f"{name}: {p}" for p in crowded_axes(tab)]
        found += [f"{name}: {p}" for p in short_legends(tab)]
    return found


def _page(qtbot: QtBot, stored: object) -> PricingPage:
    page = PricingPage(None)
    qtbot.addWidget(page)
    report: HistoryReport = price_history(page.book, stored)  # type: ignore[arg-type]
    page.history_tab.show_report(report)
    assert page.explain_tab.load_scenario_file(EXAMPLES)
    assert page.explain_tab.choose_scenario("pub-02-zoho-ja-ex1-user-initiated")
    page.resize(1024, 700)
    page.show()
    return page


def test_every_pricing_tab_reads_whole_at_1024x700_in_english(
    qtbot: QtBot, stored_history: object
) -> None:
    page = _page(qtbot, stored_history)
    assert page.history_tab.bill_table.rowCount() > 4
    assert problems(page) == []


def test_every_pricing_tab_reads_whole_at_1024x700_in_japanese(
    qtbot: QtBot, stored_history: object
) -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        page = _page(qtbot, stored_history)
        assert page.tabs.tabText(0) == "シナリオ"
        assert problems(page) == []
    finally:
        app.removeTranslator(translator)


def test_the_check_sees_a_cut_header(qtbot: QtBot, stored_history: object) -> None:
    """The rule above is not vacuous: a plain header squeezed to 30 px is reported."""
    from PySide6.QtWidgets import QHeaderView, QTableWidget

    table = QTableWidget(1, 2)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Conversations Nov 2024", "Amount"])
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setColumnWidth(0, 30)
    table.resize(300, 200)
    table.show()
    QApplication.processEvents()
    assert any("Conversations Nov 2024" in p for p in clipped_cells(table))
