"""`wabadesk pricing simulate` bills the 18 public scenarios exactly and refuses bad input."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from cli_support import REPO_ROOT
from cli_support import wabadesk as run_cli

# A copy of /work/shared/reference/pricing-examples.json (the 18 public test vectors).
EXAMPLES = REPO_ROOT / "tests" / "unit" / "pricing" / "pricing-examples.json"
SCENARIOS: list[dict[str, Any]] = json.loads(EXAMPLES.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def all_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    path = tmp_path_factory.mktemp("scen") / "all.json"
    path.write_text(json.dumps(SCENARIOS), encoding="utf-8")
    proc = run_cli("pricing", "simulate", str(path), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == {"results"}
    return {r["id"]: r for r in data["results"]}


def _matches(expected: dict[str, Any], got: list[dict[str, Any]]) -> bool:
    keys = [k for k in expected if k not in ("why", "note")]
    return any(all(g.get(k) == expected[k] for k in keys) for g in got)


def test_eighteen_public_scenarios_are_present() -> None:
    assert len(SCENARIOS) == 18


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["id"] for s in SCENARIOS])
def test_public_scenario_billed_exactly(
    scenario: dict[str, Any], all_results: dict[str, dict[str, Any]]
) -> None:
    result = all_results[scenario["id"]]
    expected = scenario["expected"]
    assert set(result) == {
        "id", "charges_by_category", "total", "conversations", "charged_messages"
    }  # fmt: skip
    assert result["charges_by_category"] == expected["charges_by_category"]
    assert result["total"] == expected["total"]
    # Exact decimal strings, and the total is the sum of the categories.
    total = sum((Decimal(v["amount"]) for v in result["charges_by_category"].values()), Decimal(0))
    assert total == Decimal(result["total"]["amount"])
    for section in ("conversations", "charged_messages"):
        for item in expected.get(section, []):
            assert _matches(item, result[section]), (section, item, result[section])


def test_single_scenario_object_and_table_output(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(SCENARIOS[6]), encoding="utf-8")
    proc = run_cli("pricing", "simulate", str(path))
    assert proc.returncode == 0, proc.stderr
    assert SCENARIOS[6]["id"] in proc.stdout
    assert "0.1491 USD" in proc.stdout


def test_help() -> None:
    proc = run_cli("pricing", "simulate", "--help")
    assert proc.returncode == 0
    assert "FILE" in proc.stdout and "--json" in proc.stdout


def _broken(mutate: Any) -> dict[str, Any]:
    scenario = copy.deepcopy(SCENARIOS[11])  # pub-12, PMP India
    mutate(scenario)
    return scenario


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda s: s.update(era="pmp-2099"), "era"),
        (lambda s: s["rate_card"]["rates"].pop("marketing"), "rate_card.rates.marketing"),
        (lambda s: s["events"][1].update(t="yesterday at noon"), "events[1].t"),
        (lambda s: s["events"][2].update(t="2025-08-04T01:00:00Z"), "events[2].t"),
        (lambda s: s["events"][0].update(country="XX"), "events[0].country"),
    ],
    ids=["unknown-era", "missing-rate", "bad-time", "out-of-order", "unknown-country"],
)
def test_bad_input_is_one_line_exit_2(tmp_path: Path, mutate: Any, field: str) -> None:
    scenario = _broken(mutate)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([SCENARIOS[0], scenario]), encoding="utf-8")
    proc = run_cli("pricing", "simulate", str(path), "--json")
    assert proc.returncode == 2
    assert proc.stdout == ""  # never a (partial or wrong) bill
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1
    assert scenario["id"] in lines[0] and field in lines[0]


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    proc = run_cli("pricing", "simulate", str(tmp_path / "nope.json"))
    assert proc.returncode == 2
    assert "cannot read" in proc.stderr


def test_bundled_cards_and_exact_numeric_rates(tmp_path: Path) -> None:
    bundled = copy.deepcopy(SCENARIOS[11])  # pub-12 without its own card
    del bundled["rate_card"]
    numeric = copy.deepcopy(SCENARIOS[12])  # pub-13 with JSON numbers as rates
    numeric["rate_card"]["rates"] = {"marketing": 0.0625, "authentication": 0.0068}
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([bundled, numeric]), encoding="utf-8")
    proc = run_cli("pricing", "simulate", str(path), "--json")
    assert proc.returncode == 0, proc.stderr
    first, second = json.loads(proc.stdout)["results"]
    assert first["total"] == {"currency": "USD", "amount": "0.0121"}
    assert first["charged_messages"][0]["card"] == "USD-2025-07-01"
    assert second["total"] == {"currency": "USD", "amount": "0.2011"}


def _event(**extra: Any) -> dict[str, Any]:
    return {
        "t": "2025-07-01T00:00:00Z",
        "dir": "out",
        "country": "IN",
        "kind": "template",
        "category": "marketing",
        **extra,
    }


HOSTILE_FILES: dict[str, tuple[bytes, str]] = {
    # name: (file content, what the one line must say)
    "deep-nesting": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "not-utf8": ('{"id": "café"}'.encode("latin-1"), "not UTF-8"),
    "huge-integer": (
        json.dumps({"id": "n", "era": "pmp-2025", "events": [_event()]})
        .replace('"n"', "1" + "0" * 5000)
        .encode(),
        "5,001 digits",
    ),
    "binary-garbage": (bytes(range(256)) * 16, "not UTF-8"),
    "rate-card-text": (
        json.dumps(
            {"id": "rc", "era": "pmp-2025", "rate_card": "x", "events": [_event()]}
        ).encode(),
        "scenario 'rc': rate_card: expected an object",
    ),
    "ten-million-messages": (
        json.dumps({"id": "m", "era": "pmp-2025", "events": [_event(count=10_000_000)]}).encode(),
        "scenario 'm': events[0].count: 10,000,000 messages",
    ),
    "count-beyond-any-int": (
        json.dumps({"id": "m", "era": "pmp-2025", "events": [_event(count=10**25)]}).encode(),
        "scenario 'm': events[0].count",
    ),
    "nan-rate": (
        b'{"id": "r", "era": "pmp-2025", "rate_card": {"market": "India", "currency": "USD",'
        b' "rates": {"marketing": NaN}}, "events": []}',
        "NaN",
    ),
    "empty-file": (b"", "not JSON"),
}


@pytest.mark.parametrize("name", list(HOSTILE_FILES))
def test_hostile_file_is_one_line_exit_2(tmp_path: Path, name: str) -> None:
    content, said = HOSTILE_FILES[name]
    path = tmp_path / f"{name}.json"
    path.write_bytes(content)
    proc = run_cli("pricing", "simulate", str(path))
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert path.name in lines[0] and said in lines[0]
