"""The vocabulary both billing loops share: errors, window lengths, the replay's calendar
(local day, era, rate card, month), the one rate resolver, the monthly allowances and the
per-contact state.

``engine.py`` (every decision explained) and ``fast_engine.py`` (totals only, for millions
of events) apply the same rules; whatever is not a rule (which card, which rate, which
market, which month, how much of a free allowance is left) is decided here, once, so the
two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.services.pricing import cards as C
from desktop.services.pricing.cards import RateBook, RateCard, Tier
from desktop.services.pricing.eras import (
    AUTO,
    CBP_2022,
    CONVERSATION_ERAS,
    ERA_STARTS,
    is_era,
    local_date,
    local_midnight,
    month_bounds,
)
from desktop.services.pricing.markets import (
    MARKET_CHANGES,
    UnknownCountry,
    market_for_country,
    previous_market,
)
from desktop.services.pricing.model import BillingSettings, Window

FAR_PAST = -(2**62)
FAR_FUTURE = 2**62
TEMPLATE_CATEGORIES = frozenset({C.MARKETING, C.UTILITY, C.AUTHENTICATION, C.AUTH_INTL})
_MARKET_CHANGE_DAYS = tuple(sorted({start for start, _, _ in MARKET_CHANGES}))


class PricingError(ValueError):
    """Input that cannot be billed exactly: names the event index and the field."""

    def __init__(self, message: str, index: int | None = None, field: str = "") -> None:
        super().__init__(message)
        self.index = index
        self.field = field

    def at(self, index: int) -> PricingError:
        """The same error, naming event ``index``."""
        return PricingError(str(self), index, self.field)


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``, or a PricingError on the ``timezone`` field."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise PricingError(
            f"unknown time zone '{name[:60]}' (use an IANA name such as Asia/Tokyo)",
            field="timezone",
        ) from exc


@dataclass(frozen=True, slots=True)
class BillingSetup:
    """What a replay needs besides its events: the cards, the settings, the zone."""

    book: RateBook
    settings: BillingSettings
    tz: ZoneInfo
    currency: str

    @classmethod
    def of(cls, book: RateBook, settings: BillingSettings) -> BillingSetup:
        if not is_era(settings.era):
            raise PricingError(f"unknown era '{settings.era}'", field="era")
        return cls(
            book, settings, zone(settings.timezone), settings.currency or book.cards[0].currency
        )


@dataclass(frozen=True, slots=True)
class WindowLengths:
    """Window lengths in seconds; closed windows (``[start, end]``) count one more second."""

    csw: int
    conversation: int
    fep: int
    fep_reply: int

    @classmethod
    def of(cls, st: BillingSettings) -> WindowLengths:
        extra = 1 if st.closed_windows else 0
        return cls(
            st.csw_seconds + extra,
            st.conversation_seconds + extra,
            st.fep_seconds + extra,
            st.fep_reply_seconds + extra,
        )


# The BillLine fields charges are counted by: (era, card id, market, category, rate).
RateSlot = tuple[str, str, str, str, Decimal]


@dataclass(frozen=True, slots=True)
class Rate:
    """A resolved rate and the BillLine slot its charges are counted in."""

    value: Decimal
    tiers: tuple[Tier, ...] | None
    unverified: bool
    card_id: str
    slot: RateSlot

    def at_tier(self, position: int) -> Rate:
        """The rate of the ``position``-th charge this month (itself below any tier change)."""
        if self.tiers is None:
            return self
        for upto, tier_rate in self.tiers:
            if upto is None or position <= upto:
                if tier_rate == self.value:
                    return self
                era, card_id, market, category, _ = self.slot
                return Rate(
                    tier_rate,
                    None,
                    self.unverified,
                    card_id,
                    (era, card_id, market, category, tier_rate),
                )
        return self


class RateResolver:
    """The one place a (market, category) becomes a rate on the current card.

    A market the card does not list yet (a country that just left a regional market) is
    priced at its previous market's rate. Cached until the card or the era changes.
    """

    def __init__(self) -> None:
        self.card: RateCard | None = None
        self.era = ""
        self.day = date.min
        self._cache: dict[tuple[str, str], Rate] = {}

    def use(self, card: RateCard, era: str, day: date) -> bool:
        """Price with ``card`` under ``era`` from local ``day``; True if the rates changed."""
        self.day = day
        if card is self.card and era == self.era:
            return False
        self.card, self.era = card, era
        self._cache.clear()
        return True

    def rate(self, market: str, category: str, country: str) -> Rate:
        hit = self._cache.get((market, category))
        return hit if hit is not None else self._resolve(market, category, country)

    def has_rate(self, market: str, category: str) -> bool:
        assert self.card is not None
        return self.card.rate(market, category) is not None

    def _resolve(self, market: str, category: str, country: str) -> Rate:
        card = self.card
        assert card is not None
        use_market = market
        value = card.rate(market, category)
        if value is None and market not in card.rates:
            use_market = previous_market(country, self.day)
            value = card.rate(use_market, category)
        if value is None:
            raise PricingError(
                f"missing rate: card {card.id} has no {category} rate for {market}",
                field=f"rate_card.rates.{category}",
            )
        tiers = card.tier_table(use_market, category) if category in C.TIERED_CATEGORIES else None
        hit = Rate(
            value,
            tiers,
            card.is_unverified(use_market, category),
            card.id,
            (self.era, card.id, market, category, value),
        )
        self._cache[(market, category)] = hit
        return hit


class MarketMap:
    """Country -> Meta market on the current day (cached until the map changes)."""

    def __init__(self) -> None:
        self.day = date.min
        self._cache: dict[str, str] = {}

    def use(self, day: date) -> None:
        self.day = day
        self._cache.clear()

    def market(self, country: str) -> str:
        found = self._cache.get(country)
        if found is None:
            try:
                found = market_for_country(country, self.day)
            except UnknownCountry as exc:
                raise PricingError(str(exc), field="country") from exc
            self._cache[country] = found
        return found


class BillingCalendar:
    """Where the replay is in time: local day, era in force, card, market map and month.

    ``enter_day(ts)`` moves to the local day holding ``ts`` and says what changed; both
    loops call it when an event falls at or after ``day_end``.
    """

    RATES = 1  # the era or the card changed
    MONTH = 2  # a new calendar month (allowances start again)
    MARKETS = 4  # a country moved to another market

    def __init__(self, setup: BillingSetup) -> None:
        self.setup = setup
        self.tz = setup.tz
        fixed = None if setup.settings.era == AUTO else setup.settings.era
        self.era = fixed or CBP_2022
        self.era_next = FAR_FUTURE if fixed else FAR_PAST
        self._era_bounds = [(local_midnight(start, self.tz), name) for name, start in ERA_STARTS]
        self.day = date.min
        self.day_end = FAR_PAST
        self.month_key = ""
        self.month_end = FAR_PAST
        self.first_month = True
        self.rates = RateResolver()
        self.markets = MarketMap()
        self._next_market_change = date.min

    @property
    def is_cbp(self) -> bool:
        return self.era in CONVERSATION_ERAS

    def era_at(self, ts: int) -> tuple[str, int]:
        """Era in force at ``ts`` (auto mode) and the time the next era starts."""
        current = ERA_STARTS[0][0]
        nxt = FAR_FUTURE
        for start, name in self._era_bounds:
            if ts >= start:
                current = name
            else:
                nxt = start
                break
        return current, nxt

    def enter_day(self, ts: int) -> int:
        """Settle the local day of ``ts``; returns RATES | MONTH | MARKETS flags."""
        changed = 0
        day = local_date(ts, self.tz)
        self.day = day
        self.day_end = local_midnight(day + timedelta(days=1), self.tz)
        if day >= self._next_market_change:
            self.markets.use(day)
            self._next_market_change = next((d for d in _MARKET_CHANGE_DAYS if d > day), date.max)
            changed |= self.MARKETS
        else:
            self.markets.day = day
        if ts >= self.era_next:
            self.era, self.era_next = self.era_at(ts)
        card = self.setup.book.card_for(self.era, day, self.setup.currency)
        if self.rates.use(card, self.era, day):
            changed |= self.RATES
        if ts >= self.month_end:
            if self.month_end != FAR_PAST:
                self.first_month = False
            _start, self.month_end, self.month_key = month_bounds(ts, self.tz)
            changed |= self.MONTH
        return changed


class MonthAllowances:
    """This month's free tier (per WABA), service allowance (per number) and volume-tier
    positions (per market and category), with the starting points a user may set."""

    def __init__(self, st: BillingSettings) -> None:
        self.st = st
        self.first_month = True
        self.free_used: dict[str, int] = {}
        self.service_used: dict[str, int] = {}
        self.tier_pos: dict[tuple[str, str], int] = {}
        self._mtd = dict(st.month_to_date_charged)
        self.free_limit = self._start(st.free_tier_monthly, st.free_tier_remaining_at_start)
        self.service_limit = self._start(
            st.service_free_monthly, st.service_free_remaining_at_start
        )

    @staticmethod
    def _start(monthly: int, remaining: int | None) -> int:
        return monthly if remaining is None else remaining

    def new_month(self) -> None:
        """A month after the first: every allowance is whole again."""
        self.first_month = False
        self.free_used.clear()
        self.service_used.clear()
        self.tier_pos.clear()
        self.free_limit = self.st.free_tier_monthly
        self.service_limit = self.st.service_free_monthly

    def take_free_tier(self, waba: str) -> int | None:
        """Use one free conversation of ``waba``'s tier: how many of the month's are used
        (counting those used before the replay began), or None when none is left."""
        used = self.free_used.get(waba, 0)
        if used >= self.free_limit:
            return None
        self.free_used[waba] = used + 1
        return used + 1 + self.st.free_tier_monthly - self.free_limit

    def take_service(self, phone: str) -> int | None:
        """Use one free service message of number ``phone``; None when none is left."""
        used = self.service_used.get(phone, 0)
        if used >= self.service_limit:
            return None
        self.service_used[phone] = used + 1
        return used + 1

    def next_tier_position(self, market: str, category: str) -> int:
        """The position of one more charge of ``category`` in ``market`` this month."""
        key = (market, category)
        pos = self.tier_pos.get(key, -1)
        if pos < 0:
            mtd = self._mtd
            pos = mtd.get(f"{market}|{category}", mtd.get(category, 0)) if self.first_month else 0
        pos += 1
        self.tier_pos[key] = pos
        return pos


@dataclass(slots=True)
class ContactState:
    """What billing remembers about one customer (times are Unix seconds, ends exclusive)."""

    csw_end: int = FAR_PAST  # customer service window
    fep_end: int = FAR_PAST  # free entry point window
    fep_open_until: int = FAR_PAST  # a reply before this opens a free entry point window
    conversation_end: int = FAR_PAST  # CBP: the latest open conversation's end
    conversations: dict[str, int] = field(default_factory=dict)  # CBP: category -> end
    csw_window: Window | None = None  # the bar being drawn for the open service window


def template_category(raw: str | None) -> str:
    """The category of a template as billing names it (raises on an unknown one)."""
    if raw is None:
        raise PricingError("a template needs its category", field="category")
    category = C.normalise_category(raw)
    if category not in TEMPLATE_CATEGORIES:
        raise PricingError(f"unknown template category '{raw}'", field="category")
    return category


def bad_event(direction: str, kind: str) -> PricingError:
    """The error for an event with an unknown direction or kind."""
    if direction not in ("in", "out"):
        return PricingError(f"direction must be 'in' or 'out', not '{direction}'", field="dir")
    return PricingError(f"kind must be 'template' or 'free_form', not '{kind}'", field="kind")


def out_of_order(index: int) -> PricingError:
    return PricingError(
        "events out of order: each event's time must be at or after the previous one",
        index,
        "t",
    )
