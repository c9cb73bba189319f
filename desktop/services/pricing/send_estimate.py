"""What one template send will cost, shown before the user sends it.

Meta bills per delivered template by category and the recipient's market, free inside an
open customer-service window for some categories and eras. The send form shows the answer
with the rule behind it, using the same engine as the simulator, so the figure and the
explanation match what a later replay of the history will say.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.services.pricing.cards import RateBook, load_rate_book
from desktop.services.pricing.engine import BillingEngine
from desktop.services.pricing.markets import UnknownCountry, country_for_number
from desktop.services.pricing.model import BillingSettings, PricingEvent
from desktop.services.text import Phrase

_CATEGORIES = {
    "MARKETING": "marketing",
    "UTILITY": "utility",
    "AUTHENTICATION": "authentication",
}


@dataclass(frozen=True)
class SendEstimate:
    amount: Decimal
    currency: str
    market: str
    charged: bool
    reason: Phrase  # the billing rule, in the user's language once rendered
    unverified: bool
    rule: str = ""  # the engine's rule id (``service_allowance``, ``service_charged``…)
    delivered: bool = True  # False: the send would be refused (free-form, window closed)


def template_category(category: str) -> str | None:
    """The engine's category of a template category as Meta names it (None: unknown)."""
    return _CATEGORIES.get(category.upper())


def estimate_template_send(
    *,
    now: int,
    category: str,
    recipient_wa_id: str | None,
    last_inbound_ts: int | None,
    book: RateBook | None = None,
) -> SendEstimate | None:
    """The cost of sending one template now, or None when it cannot be told.

    (No phone number for a BSUID-only customer, an unknown country or category, or no card
    in force: the form then shows nothing rather than a wrong figure.)
    """
    kind = template_category(category)
    if kind is None:
        return None
    return estimate_send(
        now=now,
        kind="template",
        category=kind,
        recipient_wa_id=recipient_wa_id,
        last_inbound_ts=last_inbound_ts,
        book=book,
    )


def estimate_send(
    *,
    now: int,
    kind: str,
    recipient_wa_id: str | None,
    last_inbound_ts: int | None,
    category: str | None = None,
    book: RateBook | None = None,
    settings: BillingSettings | None = None,
    phone_number_id: str = "",
    waba_id: str = "",
    since: int | None = None,
    entry_point_ts: int | None = None,
    first_reply_ts: int | None = None,
) -> SendEstimate | None:
    """What the engine bills for one message sent now: a template (``kind="template"`` with
    its billing ``category``) or a free-form reply (``kind="free_form"``).

    The engine replays the customer's last message (it opens the service window) and this
    send under ``settings`` (time zone, currency, the allowance left this month). ``since``
    is the start of the billing month: a customer message before it is replayed at that
    instant, so the replay stays inside the month whose allowance ``settings`` states (the
    window is open either way). ``entry_point_ts`` (a customer message from an ad or a Page
    button) and ``first_reply_ts`` (our first reply after it) are replayed too while their
    free window may apply: everything in it is free, whatever the month's allowance.
    None when the figure cannot be told.
    """
    if not recipient_wa_id:
        return None
    try:
        country = country_for_number("+" + recipient_wa_id.lstrip("+"))
    except (UnknownCountry, ValueError):
        return None
    events = []
    if entry_point_ts is not None and entry_point_ts <= now:
        since = None  # replayed as it happened: the free window does not depend on the month
        events.append(
            PricingEvent(
                t=entry_point_ts,
                direction="in",
                kind="free_form",
                country=country,
                entry_point="ctwa",
                waba=waba_id,
                phone_number=phone_number_id,
            )
        )
        if first_reply_ts is not None and entry_point_ts <= first_reply_ts < now:
            events.append(
                PricingEvent(
                    t=first_reply_ts,
                    direction="out",
                    kind="free_form",
                    country=country,
                    waba=waba_id,
                    phone_number=phone_number_id,
                )
            )
    if (
        last_inbound_ts is not None
        and last_inbound_ts <= now
        and (entry_point_ts is None or last_inbound_ts > entry_point_ts)
    ):
        t_in = last_inbound_ts if since is None else max(last_inbound_ts, min(since, now))
        events.append(
            PricingEvent(
                t=t_in,
                direction="in",
                kind="free_form",
                country=country,
                waba=waba_id,
                phone_number=phone_number_id,
            )
        )
    events.sort(key=lambda event: event.t)
    events.append(
        PricingEvent(
            t=now,
            direction="out",
            kind=kind,
            country=country,
            category=category,
            waba=waba_id,
            phone_number=phone_number_id,
        )
    )
    try:
        result = BillingEngine(book or load_rate_book(), settings or BillingSettings()).bill(
            events, explain=True
        )
    except Exception:  # a missing card or rate: better no figure than a wrong one
        return None
    mine = [c for c in result.charges if c.t == now]
    decision = result.decisions[-1]
    if mine:
        charge = mine[-1]
        return SendEstimate(
            amount=charge.rate if charge.charged else Decimal(0),
            currency=charge.currency,
            market=charge.market,
            charged=charge.charged,
            reason=charge.phrase,
            unverified=charge.unverified,
            rule=charge.rule,
        )
    return SendEstimate(
        Decimal(0),
        result.currency,
        "",
        False,
        decision.phrase,
        False,
        rule=decision.rule,
        delivered=decision.delivered,
    )
