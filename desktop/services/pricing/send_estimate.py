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
    kind = _CATEGORIES.get(category.upper())
    if kind is None or not recipient_wa_id:
        return None
    try:
        country = country_for_number("+" + recipient_wa_id.lstrip("+"))
    except (UnknownCountry, ValueError):
        return None
    events = []
    if last_inbound_ts is not None and last_inbound_ts <= now:
        events.append(
            PricingEvent(t=last_inbound_ts, direction="in", kind="free_form", country=country)
        )
    events.append(
        PricingEvent(t=now, direction="out", kind="template", country=country, category=kind)
    )
    try:
        result = BillingEngine(book or load_rate_book(), BillingSettings()).bill(
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
        )
    return SendEstimate(Decimal(0), result.currency, "", False, decision.phrase, False)
