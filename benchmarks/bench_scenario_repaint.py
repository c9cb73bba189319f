"""Scenario page: time from a cell edit to the tables and charts repainted with the new figures.

Each edited run: ``setData`` on a volume cell (what the table's editor does on Enter), which
recalculates every era and updates the tables and charts, then the pending events are
processed and the whole page is rendered (``grab()`` paints every widget and chart).
Baseline, measured in the same run: the same processing and rendering with no edit and no
recalculation. Also shown: the recalculation alone. Target: edit-to-repaint under 100 ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_scenario_repaint.py [--runs 60]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.pricing.cards import load_bundled_cards
from desktop.ui.pricing.scenario_tab import ScenarioTab
from desktop.ui.theme import apply_theme


def summary(name: str, samples: list[float]) -> float:
    ms = sorted(s * 1000 for s in samples)
    median = statistics.median(ms)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    print(f"{name:<42} median {median:7.2f} ms   p95 {p95:7.2f} ms   max {ms[-1]:7.2f} ms")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--preset", type=int, default=2, help="0 shop, 1 clinic, 2 e-commerce")
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    apply_theme(app, "light")  # type: ignore[arg-type]
    book = load_bundled_cards()
    tab = ScenarioTab(book, today=date(2026, 11, 25))
    tab.resize(1400, 900)
    tab.show()
    tab.preset_box.setCurrentIndex(args.preset)
    app.processEvents()
    tab.grab()  # warm up fonts, chart layouts and caches
    model = tab.volume_model
    rows, cols = model.rowCount(), model.columnCount()

    edited: list[float] = []
    baseline: list[float] = []
    recalc_only: list[float] = []
    seen: list[object] = []
    tab.recalculated.connect(seen.append)
    for i in range(args.runs):
        # Baseline: repaint the same widgets, nothing changed.
        t0 = time.perf_counter()
        app.processEvents()
        tab.grab()
        baseline.append(time.perf_counter() - t0)

        index = model.index(i % rows, i % cols)
        value = model.data(index, Qt.ItemDataRole.EditRole) + 37
        before = len(seen)
        t0 = time.perf_counter()
        model.setData(index, value)
        app.processEvents()
        tab.grab()
        edited.append(time.perf_counter() - t0)
        assert len(seen) == before + 1, "the edit did not recalculate"

        inputs = tab.inputs()
        t0 = time.perf_counter()
        tab.scenarios.estimate(book, inputs, day=tab.month, currency="USD")
        recalc_only.append(time.perf_counter() - t0)

    print(
        f"scenario page, preset {tab.preset_box.currentText()!r}, {rows} market(s), "
        f"{args.runs} runs"
    )
    edit_median = summary("cell edit -> recalculated + repainted", edited)
    base_median = summary("baseline: repaint only, no recalculation", baseline)
    summary("recalculation alone (all eras, 12 months)", recalc_only)
    print(f"ratio edit/baseline (median): {edit_median / base_median:.2f}x")
    print(f"edit -> repaint extra cost (median): {edit_median - base_median:.2f} ms")
    verdict = "OK" if edit_median < 100 else "TOO SLOW"
    print(f"target < 100 ms: {verdict}")


if __name__ == "__main__":
    main()
