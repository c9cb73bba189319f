"""A what-if scenario (the Scenario tab's inputs) saved as a small JSON file and read back.

The file names its format and version; a file from a newer version is refused with that
version, a damaged or hostile one with what is wrong. Amounts and shares are decimal strings,
never floats, so a saved scenario gives exactly the same estimate when opened again.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from desktop.services.pricing.scenario import ScenarioInputError, ScenarioInputs

FORMAT = "wabadesk-pricing-scenario"
VERSION = 1
MAX_BYTES = 1_000_000  # a scenario lists a few markets; anything bigger is not one
MAX_MARKETS = 200
MAX_VOLUME = 10**12
DECIMAL_FIELDS = (
    "share_customer_started",
    "messages_per_conversation",
    "share_utility_in_window",
    "ctwa_share",
    "monthly_growth",
)
INT_FIELDS = ("free_tier_monthly", "service_free_monthly", "phone_numbers")


class ScenarioFileError(ValueError):
    """A scenario file that cannot be used. ``kind``: "unreadable", "not_scenario",
    "newer" (``version`` is the file's) or "invalid" (``detail`` says what)."""

    def __init__(self, kind: str, detail: str = "", version: int | None = None) -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail
        self.version = version


@dataclass(frozen=True)
class SavedScenario:
    name: str
    inputs: ScenarioInputs
    currency: str = "USD"


def scenario_to_json(saved: SavedScenario) -> dict[str, Any]:
    inputs = saved.inputs
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": saved.name,
        "currency": saved.currency,
        "volumes": {m: dict(cats) for m, cats in inputs.volumes.items()},
        **{name: str(getattr(inputs, name)) for name in DECIMAL_FIELDS},
        **{name: int(getattr(inputs, name)) for name in INT_FIELDS},
    }


def save_scenario(path: Path, saved: SavedScenario) -> None:
    """Write ``saved`` to ``path`` whole or not at all (a temporary file, then a rename)."""
    text = json.dumps(scenario_to_json(saved), ensure_ascii=False, indent=2) + "\n"
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def load_scenario(path: Path) -> SavedScenario:
    """The scenario in ``path``; raises :class:`ScenarioFileError` saying what is wrong."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ScenarioFileError("unreadable", exc.strerror or str(exc)) from exc
    if len(raw) > MAX_BYTES:
        raise ScenarioFileError("not_scenario", f"larger than {MAX_BYTES:,} bytes")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ScenarioFileError("not_scenario", "not JSON text") from exc
    return scenario_from_json(data)


def scenario_from_json(data: Any) -> SavedScenario:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ScenarioFileError("not_scenario", "no WABA Desk scenario format marker")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ScenarioFileError("invalid", "version must be a whole number")
    if version > VERSION:
        raise ScenarioFileError("newer", f"version {version}", version=version)
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ScenarioFileError("invalid", "name is missing")
    currency = data.get("currency", "USD")
    if not isinstance(currency, str) or len(currency) != 3 or not currency.isalpha():
        raise ScenarioFileError("invalid", "currency must be a 3-letter code such as USD")
    volumes = data.get("volumes")
    if not isinstance(volumes, dict) or len(volumes) > MAX_MARKETS:
        raise ScenarioFileError("invalid", "volumes must map markets to categories")
    clean: dict[str, dict[str, int]] = {}
    for market, cats in volumes.items():
        if not isinstance(cats, dict):
            raise ScenarioFileError("invalid", f"volumes of {market} must be a mapping")
        row: dict[str, int] = {}
        for cat, n in cats.items():
            if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= MAX_VOLUME:
                raise ScenarioFileError("invalid", f"{market}/{cat}: not a whole number >= 0")
            row[str(cat)] = n
        clean[str(market)[:100]] = row
    fields: dict[str, Any] = {}
    for field_name in DECIMAL_FIELDS:
        if field_name in data:
            value = data[field_name]
            try:
                if not isinstance(value, (str, int)) or isinstance(value, bool):
                    raise InvalidOperation
                number = Decimal(str(value))
                if not number.is_finite() or abs(number) > 1000:
                    raise InvalidOperation
            except InvalidOperation as exc:
                raise ScenarioFileError("invalid", f"{field_name}: not a number") from exc
            fields[field_name] = number
    for field_name in INT_FIELDS:
        if field_name in data:
            value = data[field_name]
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10**9:
                raise ScenarioFileError("invalid", f"{field_name}: not a whole number >= 0")
            fields[field_name] = value
    inputs = ScenarioInputs(volumes=clean, **fields)
    try:
        inputs.validate()
    except ScenarioInputError as exc:
        raise ScenarioFileError("invalid", str(exc)) from exc
    return SavedScenario(name.strip()[:120], inputs, currency.upper())
