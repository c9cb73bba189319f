"""Scenario files: saved and read back exactly; newer, damaged and hostile files refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.services.pricing.scenario import PRESETS, ScenarioService
from desktop.services.pricing.scenario_store import (
    VERSION,
    SavedScenario,
    ScenarioFileError,
    load_scenario,
    save_scenario,
)


def test_a_saved_scenario_reads_back_equal_and_estimates_the_same(tmp_path: Path) -> None:
    from datetime import date

    from desktop.services.pricing.cards import load_bundled_cards

    inputs = PRESETS["ecommerce_store"]
    path = tmp_path / "東京店.json"
    save_scenario(path, SavedScenario("東京店 2027", inputs, "USD"))
    back = load_scenario(path)
    assert back.name == "東京店 2027"
    assert back.inputs == inputs
    assert back.currency == "USD"
    book = load_bundled_cards()
    service = ScenarioService()
    month = date(2027, 1, 1)
    first = service.estimate(book, inputs, day=month, currency="USD")
    again = service.estimate(book, back.inputs, day=month, currency="USD")
    assert first.eras.keys() == again.eras.keys()
    assert all(first.total(e) == again.total(e) for e in first.eras)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["share_customer_started"] == "0.3"  # decimals as strings, never floats
    assert not list(tmp_path.glob("*.part"))


def test_a_file_from_a_newer_version_is_refused_with_its_version(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    save_scenario(path, SavedScenario("x", PRESETS["small_shop"]))
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["version"] = VERSION + 3
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ScenarioFileError) as err:
        load_scenario(path)
    assert err.value.kind == "newer"
    assert err.value.version == VERSION + 3


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"\x00\xff\x00 binary", "not_scenario"),
        (b"[1, 2, 3]", "not_scenario"),
        (b'{"format": "something-else"}', "not_scenario"),
        (b"[" * 100_000, "not_scenario"),
        (b" " * 1_000_001, "not_scenario"),
    ],
)
def test_files_that_are_not_scenarios_are_refused(
    tmp_path: Path, content: bytes, kind: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ScenarioFileError) as err:
        load_scenario(path)
    assert err.value.kind == kind


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"share_customer_started": "1.5"}, "between 0 and 1"),
        ({"share_customer_started": 0.5}, "not a number"),  # floats are not exact: refused
        ({"volumes": {"Brazil": {"marketing": -4}}}, "Brazil/marketing"),
        ({"volumes": {"Brazil": {"postcards": 4}}}, "unknown category"),
        ({"phone_numbers": True}, "phone_numbers"),
        ({"name": ""}, "name"),
        ({"currency": "dollars"}, "currency"),
        ({"monthly_growth": "NaN"}, "monthly_growth"),
    ],
)
def test_damaged_fields_are_named(tmp_path: Path, change: dict[str, object], fragment: str) -> None:
    path = tmp_path / "s.json"
    save_scenario(path, SavedScenario("s", PRESETS["small_shop"]))
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw.update(change)
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ScenarioFileError) as err:
        load_scenario(path)
    assert err.value.kind == "invalid"
    assert fragment in err.value.detail


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(ScenarioFileError) as err:
        load_scenario(tmp_path / "nowhere.json")
    assert err.value.kind == "unreadable"
