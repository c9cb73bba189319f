"""Monthly estimator: era rules on aggregates, presets, projection, speed, bad input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.services.pricing.cards import load_bundled_cards
from desktop.services.pricing.eras import ERAS
from desktop.services.pricing.scenario import (
    PRESETS,
    ScenarioEstimator,
    ScenarioInputError,
    ScenarioInputs,
)


@pytest.fixture(scope="module")
def estimator() -> ScenarioEstimator:
    return ScenarioEstimator(load_bundled_cards(), date(2026, 11, 1))


def test_pmp_rules_on_aggregates(estimator: ScenarioEstimator) -> None:
    inputs = ScenarioInputs(
        volumes={"Brazil": {"marketing": 100, "utility": 200, "service": 1500}},
        share_utility_in_window=Decimal("0.5"),
        share_customer_started=Decimal("1"),
        service_free_monthly=1000,
    )
    result = estimator.estimate(inputs)
    pmp = result["pmp-2025"]
    # 100 marketing x 0.0625 + 100 utility outside the window x 0.0068; service free.
    assert pmp.by_category == {"marketing": Decimal("6.2500"), "utility": Decimal("0.6800")}
    oct26 = result["pmp-2026-10"]
    # All 200 utility charged; 500 service messages after the 1,000 allowance.
    assert oct26.by_category["utility"] == Decimal("1.3600")
    assert oct26.by_category["service"] == Decimal("3.4000")
    assert oct26.total == Decimal("11.0100")


def test_cbp_eras_use_conversations_and_free_tiers(estimator: ScenarioEstimator) -> None:
    inputs = ScenarioInputs(
        volumes={"Brazil": {"marketing": 3000, "service": 9000}},
        share_customer_started=Decimal("0.75"),
        messages_per_conversation=Decimal("3"),
        free_tier_monthly=1000,
    )
    result = estimator.estimate(inputs)
    # 4,000 conversations: 3,000 customer-started, 1,000 business-started.
    c22 = result["cbp-2022"].by_category
    assert c22["user_initiated"] + c22["business_initiated"] == result["cbp-2022"].total
    c23 = result["cbp-2023"].by_category
    assert c23["service"] == Decimal("2000") * Decimal("0.0300")  # 1,000 free
    assert "service" not in result["cbp-2024-11"].by_category  # free since Nov 2024


def test_presets_cover_every_era_with_a_projection(estimator: ScenarioEstimator) -> None:
    assert set(PRESETS) == {"small_shop", "clinic_reminders", "ecommerce_store"}
    for inputs in PRESETS.values():
        result = estimator.estimate(inputs)
        assert set(result) == set(ERAS)
        for era_result in result.values():
            assert len(era_result.projection) == 12
            assert era_result.projection[0] == era_result.total
            if inputs.monthly_growth > 0 and era_result.total > 0:
                assert era_result.projection[-1] > era_result.projection[0]
            assert not era_result.missing_rates
        assert result["pmp-2026-10"].total >= result["pmp-2025"].total
    # Its speed (the page recomputes on every keystroke) is measured by
    # benchmarks/bench_scenario_repaint.py, not asserted here.


@pytest.mark.parametrize(
    "bad",
    [
        {"share_customer_started": Decimal("1.5")},
        {"messages_per_conversation": Decimal("0")},
        {"volumes": {"Brazil": {"promo": 10}}},
        {"volumes": {"Brazil": {"marketing": -1}}},
    ],
)
def test_bad_inputs_are_refused(estimator: ScenarioEstimator, bad: dict[str, object]) -> None:
    inputs = ScenarioInputs(**{"volumes": {"Brazil": {"marketing": 1}}, **bad})  # type: ignore[arg-type]
    with pytest.raises(ScenarioInputError):
        estimator.estimate(inputs)


def test_scenario_service_follows_the_book_it_is_given() -> None:
    """The page's estimate uses the cards it is handed now, never a stale estimator."""
    from dataclasses import replace as _replace

    from desktop.services.pricing.cards import RateBook
    from desktop.services.pricing.eras import PMP_2026_10
    from desktop.services.pricing.scenario import PRESETS, ScenarioService

    service = ScenarioService()
    day = date(2026, 11, 1)
    book = load_bundled_cards()
    before = service.estimate(book, PRESETS["small_shop"], day=day).total(PMP_2026_10)
    for _ in range(3):  # new books, possibly at a freed book's address
        card = book.card_for(PMP_2026_10, day, "USD")
        doubled = _replace(
            card,
            rates={m: {c: v * 2 for c, v in r.items()} for m, r in card.rates.items()},
        )
        other = RateBook([c for c in book.cards if c is not card] + [doubled])
        after = service.estimate(other, PRESETS["small_shop"], day=day).total(PMP_2026_10)
        assert after == 2 * before
        del other, doubled
