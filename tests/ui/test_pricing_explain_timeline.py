"""Explain timeline: Meta's and Zoho's public examples, drawn and explained message by message."""

from __future__ import annotations

import gc
import json
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.pricing.cards import load_bundled_cards
from desktop.ui.pricing.explain_tab import ExplainTab
from desktop.ui.pricing.explain_timeline import LANE_CONV, LANE_CSW, LANE_FEP

EXAMPLES = Path(__file__).resolve().parents[1] / "unit" / "pricing" / "pricing-examples.json"


@pytest.fixture(autouse=True)
def _collect_on_the_ui_thread():
    """Collect each test's Qt garbage here, on the UI thread, not later in a worker thread."""
    yield
    gc.collect()


@pytest.fixture
def tab(qtbot: QtBot):
    widget = ExplainTab(load_bundled_cards(), has_history=False)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    assert widget.load_scenario_file(EXAMPLES)
    return widget


def expected_total(scenario_id: str) -> Decimal:
    for s in json.loads(EXAMPLES.read_text(encoding="utf-8")):
        if s["id"] == scenario_id:
            return Decimal(s["expected"]["total"]["amount"])
    raise KeyError(scenario_id)


def lane_of(tab: ExplainTab, rect) -> int:
    lay = tab.timeline._layout()
    for i, (top, h) in enumerate(lay.lanes):
        if top <= rect.center().y() <= top + h:
            return i
    return -1


def test_zoho_example_2_reads_as_one_bic_and_one_uic(tab: ExplainTab) -> None:
    assert tab.choose_scenario("pub-03-zoho-en-ex2-business-initiated")
    data = tab.timeline.data
    assert data is not None
    assert [c.category for c in data.charged] == ["business_initiated", "user_initiated"]
    assert data.total() == expected_total("pub-03-zoho-en-ex2-business-initiated")
    # One numbered line per message; the two charged ones say why.
    assert tab.steps.count() == len(data.events) == 4
    assert "business-initiated conversation" in tab.steps.item(0).text()
    assert tab.steps.item(0).font().bold()
    assert "no new charge" in tab.steps.item(2).text()
    assert "user-initiated conversation" in tab.steps.item(3).text()
    # Drawn: both conversations as bars, the customer's window as a bar, hover texts exist.
    tab.timeline.grab()
    hits = tab.timeline.hits()
    conv_bars = [t for r, t in hits if lane_of(tab, r) == LANE_CONV]
    assert len(conv_bars) == 2 and all("Opens a 24-hour" in t for t in conv_bars)
    assert [t for r, t in hits if lane_of(tab, r) == LANE_CSW]
    assert "USD 0.08" in tab.summary.text()


def test_free_entry_point_window_is_drawn_and_free(tab: ExplainTab) -> None:
    assert tab.choose_scenario("pub-11-cbp-free-entry-point-72h")
    data = tab.timeline.data
    assert data is not None
    assert [w.kind for w in data.windows].count("fep") == 1
    fep = next(w for w in data.windows if w.kind == "fep")
    assert fep.end - fep.start == 72 * 3600
    assert data.total() == expected_total("pub-11-cbp-free-entry-point-72h")
    tab.timeline.grab()
    assert [t for r, t in tab.timeline.hits() if lane_of(tab, r) == LANE_FEP]
    texts = [tab.steps.item(i).text() for i in range(tab.steps.count())]
    assert any("free entry point" in t for t in texts)


@pytest.mark.parametrize(
    "scenario_id",
    [
        "pub-01-zoho-en-ex1-user-initiated",
        "pub-02-zoho-ja-ex1-user-initiated",
        "pub-08-cbp2023-meta-doc-categories",
        "pub-12-pmp-meta-charge-example",
        "pub-18-pmp-2026-10-service-and-utility-charged-AED",
    ],
)
def test_public_examples_total_on_the_timeline(tab: ExplainTab, scenario_id: str) -> None:
    assert tab.choose_scenario(scenario_id)
    data = tab.timeline.data
    assert data is not None and data.events
    contacts = {ev.contact for _, ev in data.events}
    assert len(contacts) == 1  # one contact at a time
    if tab.scenario_contact_box.count() == 1:
        assert data.total() == expected_total(scenario_id)
    assert data.currency in tab.summary.text()


def test_a_broken_file_is_reported_and_nothing_is_drawn(tab: ExplainTab, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert not tab.load_scenario_file(bad)
    assert "Cannot read bad.json" in tab.hint.text()
    # A scenario the engine refuses: explained, and the timeline is cleared.
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps([{"id": "x", "era": "cbp-2099", "events": []}]), encoding="utf-8")
    assert tab.load_scenario_file(broken)
    assert "cannot be billed" in tab.hint.text() and "era" in tab.hint.text()
    assert tab.timeline.data is None


def busy_day_timeline():
    """Forty messages of one customer in one afternoon, inside a three-day view."""
    from desktop.services.pricing.engine import BillingEngine
    from desktop.services.pricing.model import BillingSettings, PricingEvent
    from desktop.ui.pricing.explain_timeline import timeline_for

    base = 1_790_000_000
    events = []
    for i in range(20):
        events.append(PricingEvent(base + i * 600, "in", "free_form", "JP"))
        events.append(PricingEvent(base + i * 600 + 60, "out", "free_form", "JP"))
    bill = BillingEngine(load_bundled_cards(), BillingSettings()).bill(events, explain=True)
    return timeline_for(events, bill, "A", base - 86_400, base + 2 * 86_400)


def test_zoom_and_pan_tell_a_busy_day_apart(tab: ExplainTab, qtbot: QtBot) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    timeline = tab.timeline
    timeline.set_data(busy_day_timeline())
    assert not tab.fit_button.isEnabled() and tab.zoom_in_button.isEnabled()
    timeline.grab()
    whole = sorted(r.center().x() for r, t in timeline.hits() if t.startswith("#"))
    assert len(whole) == 40 and whole[-1] - whole[0] < 160  # squeezed into a few pixels

    # The wheel zooms around the pointer, which stays on the same moment.
    data = timeline.data
    assert data is not None
    lay = timeline._layout()
    at = (whole[0] + whole[-1]) / 2
    before = timeline.view[0] + (at - lay.left) / (lay.right - lay.left) * (
        timeline.view[1] - timeline.view[0]
    )
    for _ in range(8):
        wheel = QWheelEvent(
            QPointF(at, 40),
            QPointF(timeline.mapToGlobal(QPoint(int(at), 40))),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        timeline.wheelEvent(wheel)
    start, end = timeline.view
    assert end - start < (data.end - data.start) / 5
    after = start + (at - lay.left) / (lay.right - lay.left) * (end - start)
    assert abs(after - before) < (end - start) / 50
    assert tab.fit_button.isEnabled() and tab.zoom_out_button.isEnabled()
    timeline.grab()
    zoomed = sorted(r.center().x() for r, t in timeline.hits() if t.startswith("#"))
    assert zoomed[-1] - zoomed[0] > 4 * (whole[-1] - whole[0])

    # Dragging to the left shows later hours; never past the end of the timeline.
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=QPoint(500, 60))
    qtbot.mouseMove(timeline, QPoint(300, 60))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=QPoint(300, 60))
    assert timeline.view[0] > start and timeline.view[1] - timeline.view[0] == end - start
    timeline.zoom_to(data.end, data.end + 10**9)
    assert timeline.view[1] == data.end and timeline.view[1] - timeline.view[0] >= 600

    # The closest zoom is ten minutes; a double click shows everything again.
    timeline.zoom(1e-9)
    assert timeline.view[1] - timeline.view[0] == 600
    qtbot.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(400, 60))
    assert timeline.view == (data.start, data.end) and not tab.fit_button.isEnabled()
