"""Scenarios saved and opened as files, named in the scenario box; exports say where they went."""

from __future__ import annotations

import csv
import gc
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.pricing.cards import RateBook, load_bundled_cards
from desktop.services.pricing.scenario import PRESETS
from desktop.ui.pricing.explain_tab import ExplainTab
from desktop.ui.pricing.scenario_tab import CUSTOM, ScenarioTab

TODAY = date(2026, 11, 25)
EXAMPLES = Path(__file__).resolve().parents[1] / "unit" / "pricing" / "pricing-examples.json"


@pytest.fixture(autouse=True)
def _collect_on_the_ui_thread() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(scope="module")
def book() -> RateBook:
    return load_bundled_cards()


def test_save_names_the_scenario_edit_makes_it_custom_open_brings_it_back(
    qtbot: QtBot, book: RateBook, tmp_path: Path
) -> None:
    tab = ScenarioTab(book, today=TODAY)
    qtbot.addWidget(tab)
    tab.preset_box.setCurrentIndex(2)  # the e-commerce preset
    assert tab.inputs() == PRESETS["ecommerce_store"]
    assert tab.save_scenario(tmp_path / "Brazil launch")  # .json is added
    path = tmp_path / "Brazil launch.json"
    assert path.exists()
    assert tab.scenario_name() == "Brazil launch"
    assert str(path) in tab.file_status.text()
    saved_total = tab.estimate.total("pmp-2026-10")

    tab.messages_box.setValue(tab.messages_box.value() + 2)  # an edit by the user
    assert tab.preset_box.currentData() == CUSTOM
    assert tab.scenario_name() == "Custom"
    tab.preset_box.setCurrentIndex(0)  # another preset
    assert tab.inputs() == PRESETS["small_shop"]

    assert tab.open_scenario(path)
    assert tab.scenario_name() == "Brazil launch"
    assert tab.inputs() == PRESETS["ecommerce_store"]
    assert tab.estimate.total("pmp-2026-10") == saved_total


def test_newer_and_broken_files_are_refused_with_a_reason(
    qtbot: QtBot, book: RateBook, tmp_path: Path
) -> None:
    tab = ScenarioTab(book, today=TODAY)
    qtbot.addWidget(tab)
    assert tab.save_scenario(tmp_path / "s.json")
    raw = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    raw["version"] = 9
    (tmp_path / "future.json").write_text(json.dumps(raw), encoding="utf-8")
    before = tab.inputs()
    assert not tab.open_scenario(tmp_path / "future.json")
    assert "newer WABA Desk" in tab.file_status.text()
    assert "9" in tab.file_status.text()
    (tmp_path / "notes.json").write_text("shopping list", encoding="utf-8")
    assert not tab.open_scenario(tmp_path / "notes.json")
    assert "not a WABA Desk scenario file" in tab.file_status.text()
    assert tab.inputs() == before  # nothing changed
    assert not tab.save_scenario(tmp_path / "no such folder" / "x.json")
    assert "could not be saved" in tab.file_status.text()


def test_explain_exports_its_charges_and_says_where(
    qtbot: QtBot, book: RateBook, tmp_path: Path
) -> None:
    tab = ExplainTab(book, has_history=False)
    qtbot.addWidget(tab)
    assert not tab.csv_button.isEnabled()
    assert tab.load_scenario_file(EXAMPLES)
    assert tab.choose_scenario("pub-02-zoho-ja-ex1-user-initiated")
    assert tab.csv_button.isEnabled()
    target = tmp_path / "explain.csv"
    assert tab.save_csv(target)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert [r["amount"] for r in rows if r["amount"] != "0"] == ["0.0224", "0.0224"]
    assert str(target) in tab.export_status.text()
    assert not tab.save_csv(tmp_path / "missing" / "x.csv")
    assert "could not be written" in tab.export_status.text()
