"""Inputs and outputs of the billing engine: events in, charges, windows and totals out.

Money is ``Decimal`` everywhere. Times are Unix seconds (UTC); ``iso()`` formats them.
Everything here is plain data so the UI (explain timeline, charts) and the CLI can use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from types import MappingProxyType

from desktop.services.pricing.eras import AUTO
from desktop.services.text import Phrase

DAY = 86_400


def iso(ts: int) -> str:
    """``2025-07-01T00:00:00Z`` for Unix seconds ``ts``."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(slots=True)
class PricingEvent:
    """One message as billing sees it (treat as immutable; not frozen because frozen
    dataclasses are several times slower to build, and history replays build millions).

    ``direction`` is "in" (customer -> business) or "out"; ``kind`` "template" or
    "free_form"; ``category`` the template's category (marketing, utility, authentication,
    authentication_international); ``country`` the customer's ISO country; ``entry_point``
    "ctwa" or "page_cta" on an inbound message that came from an ad or a Page button;
    ``delivered`` False for a send that failed or was rejected.
    """

    t: int
    direction: str
    kind: str
    country: str
    category: str | None = None
    contact: str = "A"
    entry_point: str | None = None
    delivered: bool = True
    waba: str = ""
    phone_number: str = ""
    ref: str = ""
    market: str | None = None  # forced market (a scenario's stated mapping), else derived


@dataclass(frozen=True)
class BillingSettings:
    """Rules that are assumptions rather than facts; defaults follow Meta's published rules."""

    era: str = AUTO
    timezone: str = "UTC"
    currency: str | None = None  # None: the first card's currency (USD for bundled cards)
    csw_seconds: int = DAY
    conversation_seconds: int = DAY
    fep_seconds: int = 3 * DAY
    fep_reply_seconds: int = DAY
    # Meta leaves "exactly +24h" undefined: half-open [start, end) unless this is True.
    closed_windows: bool = False
    # CBP free tier: 2022 any conversation, 2023 service conversations; per WABA per month.
    free_tier_monthly: int = 1000
    free_tier_remaining_at_start: int | None = None
    # Oct-2026 free service messages per phone number per month (reported, unverified).
    service_free_monthly: int = 1000
    service_free_remaining_at_start: int | None = None
    # PMP volume-tier position already reached this month: {category: n} or
    # {"Market|category": n}.
    month_to_date_charged: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    auth_international: bool = False
    business_country: str | None = None


@dataclass(frozen=True, slots=True)
class Charge:
    """A charge (or a free conversation/message worth explaining) and the rule behind it."""

    t: int
    contact: str
    category: str
    market: str
    rate: Decimal
    currency: str
    card_id: str
    era: str
    pricing_model: str  # "CBP" | "PMP"
    rule: str
    phrase: Phrase
    charged: bool
    ordinal: int | None = None
    unverified: bool = False
    waba: str = ""
    phone_number: str = ""
    ref: str = ""
    conversation_end: int | None = None


@dataclass(slots=True)
class Window:
    """A bar on the explain timeline: customer service window, conversation or FEP."""

    kind: str  # "csw" | "conversation" | "fep"
    contact: str
    start: int
    end: int
    category: str | None = None
    charged: bool = False
    rate: Decimal | None = None
    card_id: str | None = None
    rule: str = ""
    why: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    """What billing decided for one event, in the shape of Meta's ``pricing`` webhook."""

    index: int
    t: int
    contact: str
    rule: str
    phrase: Phrase
    billable: bool
    pricing_model: str | None
    pricing_type: str | None
    category: str | None
    delivered: bool = True


@dataclass(frozen=True, slots=True)
class BillLine:
    """Aggregated charges sharing month, account, number, market, category and rate."""

    month: str
    waba: str
    phone_number: str
    era: str
    card_id: str
    market: str
    category: str
    rate: Decimal
    count: int

    @property
    def amount(self) -> Decimal:
        return self.rate * self.count


@dataclass
class BillResult:
    """The bill of a run of events, plus (when asked for) the explanation of every event."""

    currency: str
    lines: list[BillLine]
    charges: list[Charge] = field(default_factory=list)
    windows: list[Window] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    unverified_used: bool = False

    def by_category(self) -> dict[str, tuple[int, Decimal]]:
        """``{category: (count, amount)}`` in first-charged order."""
        counts: dict[str, int] = {}
        amounts: dict[str, Decimal] = {}
        for line in self.lines:
            if not line.count:
                continue
            cat = line.category
            counts[cat] = counts.get(cat, 0) + line.count
            amounts[cat] = amounts[cat] + line.amount if cat in amounts else line.amount
        return {cat: (counts[cat], amounts[cat]) for cat in counts}

    def total(self) -> Decimal:
        amounts = [line.amount for line in self.lines if line.count]
        if not amounts:
            return Decimal("0")
        total = amounts[0]
        for amount in amounts[1:]:
            total += amount
        return total

    def grouped(self, *keys: str) -> dict[tuple[str, ...], tuple[int, Decimal]]:
        """Counts and amounts grouped by BillLine fields, e.g. ``grouped("month", "market")``."""
        out: dict[tuple[str, ...], tuple[int, Decimal]] = {}
        for line in self.lines:
            key = tuple(str(getattr(line, k)) for k in keys)
            count, amount = out.get(key, (0, Decimal("0")))
            out[key] = (count + line.count, amount + line.amount)
        return out

    def for_contact(self, contact: str) -> BillResult:
        """Only one contact's explanation (for the explain timeline)."""
        return BillResult(
            currency=self.currency,
            lines=[],
            charges=[c for c in self.charges if c.contact == contact],
            windows=[w for w in self.windows if w.contact == contact],
            decisions=[d for d in self.decisions if d.contact == contact],
            unverified_used=self.unverified_used,
        )
