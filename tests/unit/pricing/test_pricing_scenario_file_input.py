"""Scenario files are untrusted: any value in any field is refused as one ScenarioError."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.services.pricing.scenario_file import (
    MAX_MESSAGES,
    ScenarioError,
    bill_scenario,
    load_scenarios,
    parse_scenario,
)

EXAMPLES = Path(__file__).with_name("pricing-examples.json")
SCENARIOS: list[dict[str, Any]] = json.loads(EXAMPLES.read_text(encoding="utf-8"))
# Own rate cards with tiers, entry points, per-era rates, auth-international assumptions.
BASES = [SCENARIOS[n] for n in (5, 10, 13, 16, 17)]

HOSTILE_VALUES: list[object] = [
    None,
    True,
    -1,
    10**40,
    "x",
    "\n\x00<b>",
    "9" * 5000,
    [],
    [1, [2]],
    {},
    {"a": {"b": []}},
]


def _paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every key path inside a scenario (dict keys and list indexes)."""
    out: list[tuple[object, ...]] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in ("expected", "title", "note", "notes"):
                continue
            out.append((*prefix, key))
            out.extend(_paths(inner, (*prefix, key)))
    elif isinstance(value, list):
        for n, inner in enumerate(value[:3]):
            out.append((*prefix, n))
            out.extend(_paths(inner, (*prefix, n)))
    return out


def _set(root: Any, path: tuple[object, ...], value: object) -> None:
    for key in path[:-1]:
        root = root[key]
    root[path[-1]] = value


@pytest.mark.parametrize("base", BASES, ids=[b["id"] for b in BASES])
def test_any_value_in_any_field_bills_or_is_refused_in_one_line(base: dict[str, Any]) -> None:
    tried = 0
    for path in _paths(base):
        for value in HOSTILE_VALUES:
            scenario = copy.deepcopy(base)
            _set(scenario, path, value)
            try:
                bill_scenario(parse_scenario(scenario))
            except ScenarioError as exc:
                assert "\n" not in str(exc)
                assert len(str(exc)) < 400
            tried += 1
    assert tried > 100


def test_message_count_is_checked_before_events_are_built() -> None:
    scenario = copy.deepcopy(SCENARIOS[11])
    scenario["events"][0]["count"] = MAX_MESSAGES + 1
    with pytest.raises(ScenarioError, match=r"events\[0\]\.count"):
        parse_scenario(scenario)


def test_the_message_limit_is_for_the_whole_file(tmp_path: Path) -> None:
    one = copy.deepcopy(SCENARIOS[11])
    one["events"] = [{**one["events"][0], "count": MAX_MESSAGES // 2 + 1}]
    path = tmp_path / "two.json"
    path.write_text(json.dumps([one, {**one, "id": "second"}]), encoding="utf-8")
    with pytest.raises(ScenarioError, match="scenario 'second'"):
        load_scenarios(path)
