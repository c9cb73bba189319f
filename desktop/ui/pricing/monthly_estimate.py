"""The scenario page's view of the monthly estimator (desktop.services.pricing.scenario).

The service answers "what does this month cost under each era"; this adapter adds what the
page needs around it: one object per recalculation with the card currency, the 12-month
lines, and an error sentence instead of an exception when a currency has no card for some
era or an input is out of range. No Qt here (the repaint benchmark uses it headless too).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.services.pricing import cards as C
from desktop.services.pricing.cards import RateBook, RateCardError
from desktop.services.pricing.eras import ERAS
from desktop.services.pricing.scenario import (
    PRESET_TITLES,
    PRESETS,
    EraEstimate,
    ScenarioEstimator,
    ScenarioInputError,
    ScenarioInputs,
)

VOLUME_CATEGORIES: tuple[str, ...] = (C.MARKETING, C.UTILITY, C.AUTHENTICATION, C.SERVICE)
ZERO = Decimal(0)

__all__ = [
    "PRESETS",
    "PRESET_TITLES",
    "VOLUME_CATEGORIES",
    "EraEstimate",
    "ScenarioEstimate",
    "ScenarioInputs",
    "estimate",
]


@dataclass
class ScenarioEstimate:
    """One recalculation: every era's month (``eras``) or, when it cannot be made, ``error``."""

    currency: str
    eras: dict[str, EraEstimate] = field(default_factory=dict)
    error: str = ""

    def total(self, era: str) -> Decimal:
        found = self.eras.get(era)
        return found.total if found is not None else ZERO

    @property
    def outlook(self) -> dict[str, list[Decimal]]:
        return {era: list(result.projection) for era, result in self.eras.items()}

    @property
    def unverified(self) -> bool:
        return any(r.unverified for r in self.eras.values())

    def missing(self) -> list[str]:
        return sorted({m for r in self.eras.values() for m in r.missing_rates})


_estimators: dict[tuple[int, date, str], ScenarioEstimator] = {}


def estimate(
    book: RateBook, inputs: ScenarioInputs, *, day: date, currency: str = "USD"
) -> ScenarioEstimate:
    """Every era's cost of ``inputs`` with the cards in force on ``day`` in ``currency``."""
    key = (id(book), day, currency)
    try:
        estimator = _estimators.get(key)
        if estimator is None or estimator.book is not book:
            estimator = ScenarioEstimator(book, day, currency)
            _estimators[key] = estimator
        return ScenarioEstimate(currency, estimator.estimate(inputs))
    except (RateCardError, ScenarioInputError) as exc:
        return ScenarioEstimate(currency, {}, str(exc))


def era_names() -> tuple[str, ...]:
    return ERAS
