from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from desktop.services.pricing.send_estimate import estimate_template_send


def ts(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


def test_marketing_template_to_japan_is_charged_at_the_market_rate() -> None:
    estimate = estimate_template_send(
        now=ts("2026-11-25T10:00:00"),
        category="MARKETING",
        recipient_wa_id="819012345601",
        last_inbound_ts=None,
    )
    assert estimate is not None and estimate.charged
    assert estimate.amount > 0 and estimate.currency == "USD"
    assert estimate.market == "Rest of Asia Pacific"


def test_utility_inside_the_window_before_october_2026_is_free() -> None:
    now = ts("2025-08-10T10:00:00")
    inside = estimate_template_send(
        now=now, category="UTILITY", recipient_wa_id="16505551234", last_inbound_ts=now - 3600
    )
    outside = estimate_template_send(
        now=now,
        category="UTILITY",
        recipient_wa_id="16505551234",
        last_inbound_ts=now - 25 * 3600,
    )
    assert inside is not None and not inside.charged and inside.amount == Decimal(0)
    assert outside is not None and outside.charged and outside.amount > 0
    assert inside.reason.render() != outside.reason.render()


def test_unknown_recipient_or_category_gives_no_figure() -> None:
    now = ts("2026-11-25T10:00:00")
    assert (
        estimate_template_send(
            now=now, category="MARKETING", recipient_wa_id=None, last_inbound_ts=None
        )
        is None
    )
    assert (
        estimate_template_send(
            now=now, category="SOMETHING", recipient_wa_id="16505551234", last_inbound_ts=None
        )
        is None
    )
