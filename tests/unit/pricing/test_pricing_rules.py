"""Each billing rule on both sides of its boundary (half-open windows: [start, start+24h))."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pricing_helpers import bill, book, ev, t, totals

from desktop.services.pricing.engine import PricingError
from desktop.services.pricing.model import PricingEvent

# -- customer service window: 23:59 vs 24:00 ------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("2025-09-02T09:59:59Z", {"user_initiated": (1, Decimal("0.0300"))}),
        ("2025-09-02T10:00:00Z", {}),  # free-form at exactly +24h: rejected, not charged
    ],
)
def test_cbp2022_csw_boundary(reply: str, expected: dict[str, tuple[int, Decimal]]) -> None:
    events = [ev("2025-09-01T10:00:00Z", "in"), ev(reply, "out")]
    result = bill(events, "cbp-2022", free_tier_remaining_at_start=0)
    assert totals(result) == expected
    if not expected:
        assert result.decisions[-1].rule == "rejected_outside_csw"


def test_closed_window_convention_is_configurable() -> None:
    events = [ev("2025-09-01T10:00:00Z", "in"), ev("2025-09-02T10:00:00Z", "out")]
    result = bill(events, "cbp-2022", free_tier_remaining_at_start=0, closed_windows=True)
    assert totals(result) == {"user_initiated": (1, Decimal("0.0300"))}


@pytest.mark.parametrize(
    ("second", "count"), [("2025-09-02T09:59:59Z", 1), ("2025-09-02T10:00:00Z", 2)]
)
def test_cbp_conversation_lasts_exactly_24h(second: str, count: int) -> None:
    events = [
        ev("2025-09-01T10:00:00Z", "out", "template", "marketing"),
        ev(second, "out", "template", "marketing"),
    ]
    result = bill(events, "cbp-2023")
    assert totals(result)["marketing"][0] == count


@pytest.mark.parametrize(("utility_at", "free"), [("2025-08-05T04:59:00Z", True),
                                                  ("2025-08-05T05:00:00Z", False)])  # fmt: skip
def test_pmp_utility_in_window_free_until_24h(utility_at: str, free: bool) -> None:
    events = [ev("2025-08-04T05:00:00Z", "in"), ev(utility_at, "out", "template", "utility")]
    result = bill(events, "pmp-2025")
    assert totals(result) == ({} if free else {"utility": (1, Decimal("0.0068"))})


def test_pmp_marketing_and_authentication_charged_inside_window() -> None:
    events = [
        ev("2025-08-04T05:00:00Z", "in"),
        ev("2025-08-04T05:01:00Z", "out", "template", "marketing"),
        ev("2025-08-04T05:02:00Z", "out", "template", "authentication"),
        ev("2025-08-04T05:03:00Z", "out"),
    ]
    assert totals(bill(events, "pmp-2025")) == {
        "marketing": (1, Decimal("0.0625")),
        "authentication": (1, Decimal("0.0068")),
    }


def test_oct_2026_service_and_in_window_utility_charged_after_allowance() -> None:
    events = [
        ev("2026-10-05T09:00:00Z", "in"),
        ev("2026-10-05T09:01:00Z", "out"),
        ev("2026-10-05T09:02:00Z", "out"),
        ev("2026-10-05T09:03:00Z", "out", "template", "utility"),
    ]
    result = bill(events, "pmp-2026-10", service_free_remaining_at_start=1)
    assert totals(result) == {
        "service": (1, Decimal("0.0100")),
        "utility": (1, Decimal("0.0068")),
    }
    assert result.decisions[1].rule == "service_allowance"


# -- free entry point -----------------------------------------------------------------


@pytest.mark.parametrize(("reply", "fep"), [("2025-09-02T11:59:00Z", True),
                                            ("2025-09-02T12:00:00Z", False)])  # fmt: skip
def test_fep_needs_a_reply_within_24h(reply: str, fep: bool) -> None:
    events = [
        ev("2025-09-01T12:00:00Z", "in", entry_point="ctwa"),
        ev(reply, "out", "template", "utility"),
        ev("2025-09-03T12:00:00Z", "out", "template", "marketing"),
    ]
    result = bill(events, "pmp-2025")
    if fep:
        assert totals(result) == {}
        windows = [w for w in result.windows if w.kind == "fep"]
        assert len(windows) == 1 and windows[0].end - windows[0].start == 72 * 3600
    else:
        assert totals(result)["marketing"] == (1, Decimal("0.0625"))


@pytest.mark.parametrize(("after", "charged"), [(0, 1), (-1, 0)])
def test_fep_window_is_72h(after: int, charged: int) -> None:
    start = t("2025-09-01T15:00:00Z")
    events = [
        ev("2025-09-01T12:00:00Z", "in", entry_point="page_cta"),
        ev("2025-09-01T15:00:00Z", "out"),
        PricingEvent(start + 72 * 3600 + after, "out", "template", "BR", "marketing"),
    ]
    assert totals(bill(events, "pmp-2025")).get("marketing", (0, 0))[0] == charged


def test_cbp_fep_closes_other_conversations_and_blocks_new_ones() -> None:
    events = [
        ev("2024-12-01T09:00:00Z", "out", "template", "marketing"),
        ev("2024-12-01T10:00:00Z", "in", entry_point="ctwa"),
        ev("2024-12-01T10:30:00Z", "out"),
        ev("2024-12-02T12:00:00Z", "out", "template", "utility"),
    ]
    result = bill(events, "cbp-2024-11")
    assert totals(result) == {"marketing": (1, Decimal("0.0625"))}
    assert [w.category for w in result.windows if w.kind != "csw"] == [
        "marketing",
        "referral_conversion",
    ]


# -- free tiers and their monthly reset in the WABA time zone ---------------------------------


def test_cbp2023_free_service_tier_resets_at_local_midnight() -> None:
    # Tokyo is UTC+9: 2024-02-29T15:30Z is already 1 March there.
    events = [
        ev("2024-02-29T10:00:00Z", "in", contact="A"),
        ev("2024-02-29T10:01:00Z", "out", contact="A"),
        ev("2024-02-29T10:02:00Z", "in", contact="B"),
        ev("2024-02-29T10:03:00Z", "out", contact="B"),
        ev("2024-02-29T15:20:00Z", "in", contact="C"),
        ev("2024-02-29T15:30:00Z", "out", contact="C"),
    ]
    result = bill(events, "cbp-2023", timezone="Asia/Tokyo", free_tier_remaining_at_start=1)
    assert totals(result) == {"service": (1, Decimal("0.0100"))}
    charged = [c for c in result.charges if c.charged]
    assert [c.contact for c in charged] == ["B"]
    utc = bill(events, "cbp-2023", free_tier_remaining_at_start=1)
    assert totals(utc) == {"service": (2, Decimal("0.0200"))}


def test_cbp2022_free_tier_counts_every_kind_and_is_per_waba() -> None:
    events = [
        ev("2022-06-10T10:00:00Z", "out", "template", "marketing", contact="A", waba="w1"),
        ev("2022-06-10T10:00:00Z", "out", "template", "marketing", contact="B", waba="w2"),
        ev("2022-06-10T11:00:00Z", "out", "template", "utility", contact="C", waba="w1"),
    ]
    result = bill(events, "cbp-2022", free_tier_remaining_at_start=1)
    assert totals(result) == {"business_initiated": (1, Decimal("0.0500"))}


def test_cbp2024_11_service_free_unlimited() -> None:
    events = [ev("2024-11-05T10:00:00Z", "in"), ev("2024-11-05T10:01:00Z", "out")]
    result = bill(events, "cbp-2024-11", free_tier_remaining_at_start=0)
    assert totals(result) == {}
    assert result.charges[0].rule == "service_free"


# -- volume tiers -------------------------------------------------------------------------


def test_volume_tier_threshold_and_monthly_reset() -> None:
    card = book(tiers={"utility": [[2, "0.0068"], [None, "0.0060"]]})
    events = [
        ev("2025-09-30T10:00:00Z", "out", "template", "utility", contact=c) for c in "ABC"
    ] + [ev("2025-10-01T00:00:00Z", "out", "template", "utility", contact="D")]
    result = bill(events, "pmp-2025", card)
    assert [(c.ordinal, c.rate) for c in result.charges] == [
        (1, Decimal("0.0068")),
        (2, Decimal("0.0068")),
        (3, Decimal("0.0060")),
        (1, Decimal("0.0068")),  # counters reset on the 1st
    ]
    assert totals(result)["utility"] == (4, Decimal("0.0264"))


def test_authentication_international() -> None:
    events = [ev("2025-08-04T03:00:00Z", "out", "template", "authentication")]
    assert totals(bill(events, "pmp-2025", auth_international=True)) == {
        "authentication_international": (1, Decimal("0.0300"))
    }
    same_country = bill(events, "pmp-2025", auth_international=True, business_country="BR")
    assert totals(same_country) == {"authentication": (1, Decimal("0.0068"))}


# -- the era switch at 2025-07-01 00:00 -------------------------------------------------------


@pytest.mark.parametrize(("when", "model"), [("2025-06-30T23:59:59Z", "CBP"),
                                             ("2025-07-01T00:00:00Z", "PMP")])  # fmt: skip
def test_era_switch_at_midnight(when: str, model: str) -> None:
    result = bill([ev(when, "out", "template", "marketing")], "auto")
    assert result.charges[0].pricing_model == model


def test_era_switch_follows_the_waba_time_zone() -> None:
    # 2025-06-30T15:00Z is 2025-07-01 00:00 in Tokyo.
    result = bill([ev("2025-06-30T15:00:00Z", "out", "template", "marketing")], "auto",
                  timezone="Asia/Tokyo")  # fmt: skip
    assert result.charges[0].era == "pmp-2025"


def test_utility_conversation_open_across_the_switch_covers_utility_templates() -> None:
    events = [
        ev("2025-06-30T20:00:00Z", "out", "template", "utility"),
        ev("2025-07-01T19:59:00Z", "out", "template", "utility"),
        ev("2025-07-01T20:00:00Z", "out", "template", "utility"),
    ]
    result = bill(events, "auto")
    assert [c.pricing_model for c in result.charges] == ["CBP", "PMP"]
    assert result.decisions[1].rule == "transition_cbp_conversation"


# -- bad input ------------------------------------------------------------------------------


def test_out_of_order_and_unknown_country_are_errors() -> None:
    events = [ev("2025-08-04T03:00:00Z", "in"), ev("2025-08-04T02:00:00Z", "in")]
    for explain in (True, False):
        from desktop.services.pricing.engine import BillingEngine
        from desktop.services.pricing.model import BillingSettings

        engine = BillingEngine(book(), BillingSettings(era="pmp-2025"))
        with pytest.raises(PricingError) as info:
            engine.bill(events, explain=explain)
        assert info.value.index == 1 and info.value.field == "t"
        bad = [PricingEvent(t("2025-08-04T03:00:00Z"), "out", "template", "XX", "marketing")]
        with pytest.raises(PricingError, match="unknown country"):
            engine.bill(bad, explain=explain)


def test_missing_rate_is_an_error_not_a_zero() -> None:
    from desktop.services.pricing.cards import RateBook, card_from_json
    from desktop.services.pricing.engine import BillingEngine
    from desktop.services.pricing.model import BillingSettings

    card = card_from_json({"effective": "2000-01-01", "rates": {"Brazil": {"utility": "0.01"}}})
    engine = BillingEngine(RateBook([card]), BillingSettings(era="pmp-2025"))
    events = [ev("2025-08-04T03:00:00Z", "out", "template", "marketing")]
    for explain in (True, False):
        with pytest.raises(PricingError, match="missing rate"):
            engine.bill(events, explain=explain)


def test_explain_exposes_rule_rate_card_and_windows_for_one_contact() -> None:
    events = [
        ev("2023-09-05T09:00:00Z", "in", contact="A"),
        ev("2023-09-05T09:10:00Z", "out", contact="A"),
        ev("2023-09-05T12:00:00Z", "out", "template", "marketing", contact="A"),
        ev("2023-09-05T12:00:00Z", "out", "template", "marketing", contact="B"),
    ]
    result = bill(events, "cbp-2023", free_tier_remaining_at_start=0).for_contact("A")
    kinds = [(w.kind, w.category) for w in result.windows]
    assert kinds == [("csw", None), ("conversation", "service"), ("conversation", "marketing")]
    assert all(w.end > w.start for w in result.windows)
    charge = result.charges[-1]
    assert (charge.rule, charge.rate, charge.card_id) == ("conversation_opened",
                                                          Decimal("0.0625"), "test")  # fmt: skip
    assert "marketing" in charge.phrase.render()
    assert {d.contact for d in result.decisions} == {"A"}
