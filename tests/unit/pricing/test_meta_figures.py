"""Meta's pricing_analytics beside the engine's bill: reading hostile points, and the
explanation of each difference derived from the figures."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services.pricing.meta_figures import (
    MetaAccount,
    OurTotals,
    comparable_months,
    compare,
    month_of,
    read_points,
)

TOKYO = ZoneInfo("Asia/Tokyo")
LA = ZoneInfo("America/Los_Angeles")
JUL_1 = int(datetime(2026, 7, 1, tzinfo=UTC).timestamp())
AUG_1 = int(datetime(2026, 8, 1, tzinfo=UTC).timestamp())


def point(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "start": JUL_1,
        "end": JUL_1 + 86_400,
        "pricing_category": "UTILITY",
        "pricing_type": "REGULAR",
        "volume": 3,
        "cost": 0.0339,
    }
    base.update(fields)
    return {k: v for k, v in base.items() if v is not ...}


def account(*points: dict[str, Any], currency: str | None = "USD") -> MetaAccount:
    read, _skipped = read_points(points, ZoneInfo("UTC"))
    return MetaAccount("W", currency, read)


def texts(row: Any) -> str:
    return " | ".join(r.render() for r in row.reasons)


def test_a_utc_day_falls_in_its_own_month_in_every_zone() -> None:
    # Meta's daily buckets are UTC days; 1 July UTC is still July in Tokyo and Los Angeles
    assert month_of(JUL_1, JUL_1 + 86_400, TOKYO) == "2026-07"
    assert month_of(JUL_1, JUL_1 + 86_400, LA) == "2026-07"
    assert month_of(AUG_1 - 86_400, AUG_1, LA) == "2026-07"


def test_same_figures_agree() -> None:
    meta = account(point(volume=3, cost=0.0339))
    ours = {("W", "2026-07", "utility"): OurTotals("USD", 3, Decimal("0.0339"))}
    [row] = compare([meta], ours, ["2026-07"])
    assert row.agrees and row.difference == 0
    assert texts(row) == "Agrees with Meta."


def test_meta_counts_messages_this_app_never_saw() -> None:
    meta = account(point(volume=5, cost=0.0565))
    ours = {("W", "2026-07", "utility"): OurTotals("USD", 2, Decimal("0.0226"))}
    [row] = compare([meta], ours, ["2026-07"])
    assert not row.agrees and row.difference == Decimal("0.0339")
    assert "Meta counted 3 more charged utility message(s)" in texts(row)
    assert "another app or PC" in texts(row)
    assert "Rate differs" not in texts(row)  # same rate per message on both sides


def test_a_different_rate_is_named_with_both_figures() -> None:
    meta = account(point(volume=10, cost=0.34))
    ours = {("W", "2026-07", "utility"): OurTotals("USD", 10, Decimal("0.4"))}
    [row] = compare([meta], ours, ["2026-07"])
    assert not row.agrees
    assert "Meta charged USD 0.0340 per message, the rate card says USD 0.0400" in texts(row)
    assert "volume-tier" in texts(row)  # Meta cheaper on a tiered category


def test_rounding_only() -> None:
    meta = account(point(volume=3, cost=0.03))
    ours = {("W", "2026-07", "utility"): OurTotals("USD", 3, Decimal("0.0339"))}
    [row] = compare([meta], ours, ["2026-07"])
    assert row.agrees and "rounding" in texts(row)


def test_free_messages_are_said_but_do_not_disagree() -> None:
    meta = account(point(pricing_category="SERVICE", pricing_type="FREE_CUSTOMER_SERVICE", cost=0))
    [row] = compare([meta], {}, ["2026-07"])
    assert row.agrees and row.meta_free == 3 and row.meta_count == 0
    assert "3 free service message(s)" in texts(row)


def test_another_currency_compares_counts_only() -> None:
    meta = account(point(volume=2, cost=5), currency="JPY")
    ours = {("W", "2026-07", "utility"): OurTotals("USD", 2, Decimal("0.0226"))}
    [row] = compare([meta], ours, ["2026-07"])
    assert row.agrees and row.difference is None
    assert "Meta bills this account in JPY; these figures are in USD" in texts(row)


def test_no_amount_from_meta_compares_counts_only() -> None:
    meta = account(point(volume=2, cost=...))
    ours = {("W", "2026-07", "utility"): OurTotals("USD", 2, Decimal("0.0226"))}
    [row] = compare([meta], ours, ["2026-07"])
    assert row.agrees and row.difference is None and "no amount" in texts(row)


def test_months_before_per_message_pricing_are_left_out() -> None:
    ours = {("W", "2025-05", "marketing"): OurTotals("USD", 2, Decimal("0.1"))}
    assert compare([account()], ours, ["2025-05"]) == []


def test_nothing_from_meta_for_a_month_we_billed() -> None:
    ours = {("W", "2026-07", "marketing"): OurTotals("USD", 2, Decimal("0.1464"))}
    [row] = compare([MetaAccount("W", "USD")], ours, ["2026-07"])
    assert not row.agrees and "no charged marketing messages" in texts(row)


def test_group_and_authentication_international_categories() -> None:
    meta = account(
        point(pricing_category="GROUP_MARKETING", volume=1, cost=0.0732),
        point(pricing_category="AUTHENTICATION_INTERNATIONAL", volume=1, cost=0.028),
    )
    rows = compare([meta], {}, ["2026-07"])
    assert [r.category for r in rows] == ["marketing", "authentication_international"]


def test_wrong_typed_fields_are_skipped_and_counted() -> None:
    raw: list[object] = [
        point(),
        "not a point",
        None,
        point(volume="three"),
        point(volume=-1),
        point(volume=True),
        point(start=None),
        point(pricing_category=7),
        point(pricing_category="UTILITY<script>"),
        point(cost="free"),
        point(cost=float("nan")),
        point(cost=-1),
        point(volume="4", cost="0.0452", start=str(JUL_1)),
    ]
    points, skipped = read_points(raw, ZoneInfo("UTC"))
    assert skipped == 11
    assert [(p.volume, p.cost) for p in points] == [
        (3, Decimal("0.0339")),
        (4, Decimal("0.0452")),
    ]


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
POINT_FIELDS = st.fixed_dictionaries(
    {},
    optional={
        "start": JSONISH | st.integers(0, 2**41) | st.integers(10**10, 10**11),
        "end": JSONISH,
        "volume": JSONISH | st.integers(-5, 10**13),
        "cost": JSONISH | st.decimals(allow_nan=True).map(str),
        "pricing_category": JSONISH
        | st.sampled_from(["MARKETING", "UTILITY", "SERVICE", "MARKETING_LITE", "GROUP_UTILITY"]),
        "pricing_type": JSONISH | st.sampled_from(["REGULAR", "FREE_ENTRY_POINT"]),
    },
)


@settings(max_examples=300, deadline=None)
@given(st.lists(POINT_FIELDS | JSONISH, max_size=8))
def test_hostile_points_never_break_the_comparison(raw: list[object]) -> None:
    points, skipped = read_points(raw, TOKYO)
    assert len(points) + skipped == len(raw)
    rows = compare([MetaAccount("W", "USD", points)], {}, [p.month for p in points])
    for row in rows:
        assert row.meta_count >= 0 and row.meta_free >= 0
        assert row.reasons and all(r.render() for r in row.reasons)


def test_only_months_meta_answers_for_whole_are_compared() -> None:
    now = int(datetime(2026, 12, 3, tzinfo=UTC).timestamp())
    months = ["2025-06", "2025-07", "2025-12", "2026-01", "2026-11", "2026-12"]
    # a year back is 3 Dec 2025: December 2025 is only partly inside Meta's lookback
    assert comparable_months(months, now, ZoneInfo("UTC")) == ["2026-01", "2026-11", "2026-12"]
    early = int(datetime(2026, 3, 1, tzinfo=UTC).timestamp())
    assert comparable_months(months, early, ZoneInfo("UTC"))[0] == "2025-07"
