"""What a month of traffic costs under every pricing era, from a few volumes and shares.

The scenario page recalculates on every edit, so this is arithmetic on counts, not an event
replay: per market, monthly conversations by category and five shares give the number of
charged conversations (CBP) or charged messages (PMP) per era, priced with the rate card in
force for that era. No Qt here; the page and the benchmark both call :func:`estimate`.

Model (also shown to the user on the page):

* ``volumes[market][category]``: conversations started per month; marketing, utility and
  authentication ones open with a template, service ones are started by the customer.
* ``messages_per_conversation``: business messages in one conversation (the first of a
  template conversation is the template, the rest are replies inside the customer's window).
* ``customer_started_share``: share of template conversations in which the customer wrote
  first (CBP-2022 bills those as user-initiated; their replies are service messages).
* ``utility_in_window_share``: share of utility templates sent inside an open window.
* ``ctwa_share``: share of service conversations that come from a click-to-WhatsApp ad or
  Page button (free 72-hour entry point window in every era).
* ``growth_per_month``: month-over-month growth used for the 12-month outlook.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from desktop.services.pricing import cards as C
from desktop.services.pricing.cards import RateBook, RateCard, RateCardError
from desktop.services.pricing.eras import (
    CBP_2022,
    CBP_2023,
    CBP_2024_11,
    ERAS,
    PMP_2025,
    PMP_2026_10,
)

VOLUME_CATEGORIES: tuple[str, ...] = (C.MARKETING, C.UTILITY, C.AUTHENTICATION, C.SERVICE)
ZERO = Decimal(0)
ONE = Decimal(1)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class ScenarioInputs:
    """Everything the scenario page edits."""

    volumes: Mapping[str, Mapping[str, int]]
    messages_per_conversation: Decimal = Decimal(3)
    customer_started_share: Decimal = Decimal("0.3")
    utility_in_window_share: Decimal = Decimal("0.5")
    ctwa_share: Decimal = Decimal("0.1")
    growth_per_month: Decimal = Decimal("0.02")
    free_tier_monthly: int = 1000
    service_free_monthly: int = 1000
    phone_numbers: int = 1


@dataclass(frozen=True)
class Preset:
    key: str
    title: str  # English; the page translates it
    inputs: ScenarioInputs


@dataclass(frozen=True)
class CategoryCost:
    """Charged units (conversations or messages) and their cost for one market and category."""

    market: str
    category: str
    units: Decimal
    rate: Decimal
    unverified: bool

    @property
    def amount(self) -> Decimal:
        return self.units * self.rate


@dataclass
class EraEstimate:
    era: str
    currency: str
    card_id: str = ""
    lines: list[CategoryCost] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # "Market/category" without a rate
    error: str = ""

    @property
    def unverified(self) -> bool:
        return any(line.unverified and line.units for line in self.lines)

    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)

    def by_category(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for line in self.lines:
            out[line.category] = out.get(line.category, ZERO) + line.amount
        return out

    def by_market(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for line in self.lines:
            out[line.market] = out.get(line.market, ZERO) + line.amount
        return out


@dataclass
class ScenarioEstimate:
    """One month under every era, plus the 12-month outlook per era."""

    currency: str
    eras: dict[str, EraEstimate]
    outlook: dict[str, list[Decimal]]  # era -> 12 monthly totals

    def total(self, era: str) -> Decimal:
        return self.eras[era].total()


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _share(value: Decimal) -> Decimal:
    return min(max(value, ZERO), ONE)


def _units(inputs: ScenarioInputs, era: str, scale: Decimal) -> dict[str, dict[str, Decimal]]:
    """Charged units per market and billing category for one era (before free allowances)."""
    m = max(inputs.messages_per_conversation, ONE)
    s = _share(inputs.customer_started_share)
    u = _share(inputs.utility_in_window_share)
    c = _share(inputs.ctwa_share)
    out: dict[str, dict[str, Decimal]] = {}
    for market, row in inputs.volumes.items():
        mk = Decimal(max(row.get(C.MARKETING, 0), 0)) * scale
        ut = Decimal(max(row.get(C.UTILITY, 0), 0)) * scale
        au = Decimal(max(row.get(C.AUTHENTICATION, 0), 0)) * scale
        sv = Decimal(max(row.get(C.SERVICE, 0), 0)) * scale
        paid_service = sv * (ONE - c)
        templates = mk + ut + au
        if era == CBP_2022:
            units = {
                C.BUSINESS_INITIATED: templates * (ONE - s),
                C.USER_INITIATED: templates * s + paid_service,
            }
        elif era in (CBP_2023, CBP_2024_11):
            units = {C.MARKETING: mk, C.UTILITY: ut, C.AUTHENTICATION: au}
            if era == CBP_2023:
                units[C.SERVICE] = paid_service
        elif era == PMP_2025:
            units = {C.MARKETING: mk, C.UTILITY: ut * (ONE - u), C.AUTHENTICATION: au}
        else:  # PMP_2026_10: replies inside the window are charged service messages
            replies = paid_service * m + templates * s * (m - ONE)
            units = {C.MARKETING: mk, C.UTILITY: ut, C.AUTHENTICATION: au, C.SERVICE: replies}
        out[market] = units
    return out


def _apply_free(
    units: dict[str, dict[str, Decimal]], categories: frozenset[str], free: Decimal
) -> None:
    """Take ``free`` units off ``categories``, spread in proportion over the markets."""
    pool = sum((v for row in units.values() for k, v in row.items() if k in categories), ZERO)
    if pool <= 0 or free <= 0:
        return
    keep = max(pool - free, ZERO) / pool
    for row in units.values():
        for k in row:
            if k in categories:
                row[k] = row[k] * keep


def _card(book: RateBook, era: str, day: date, currency: str) -> RateCard:
    return book.card_for(era, day, currency)


def estimate_era(
    book: RateBook,
    inputs: ScenarioInputs,
    era: str,
    *,
    day: date,
    currency: str = "USD",
    scale: Decimal = ONE,
) -> EraEstimate:
    """One month of ``inputs`` (times ``scale``) billed under ``era``'s rules and card."""
    result = EraEstimate(era, currency)
    try:
        card = _card(book, era, day, currency)
    except RateCardError as exc:
        result.error = str(exc)
        return result
    result.card_id = card.id
    units = _units(inputs, era, scale)
    if era == CBP_2022:
        free = Decimal(inputs.free_tier_monthly)
        _apply_free(units, frozenset({C.BUSINESS_INITIATED, C.USER_INITIATED}), free)
    elif era == CBP_2023:
        _apply_free(units, frozenset({C.SERVICE}), Decimal(inputs.free_tier_monthly))
    elif era == PMP_2026_10:
        allowance = Decimal(inputs.service_free_monthly * max(inputs.phone_numbers, 1))
        _apply_free(units, frozenset({C.SERVICE}), allowance)
    for market, row in units.items():
        for category, count in row.items():
            rate = card.rate(market, category)
            if rate is None:
                if count:
                    result.missing.append(f"{market}/{category}")
                continue
            result.lines.append(
                CategoryCost(market, category, count, rate, card.is_unverified(market, category))
            )
    return result


def estimate(
    book: RateBook,
    inputs: ScenarioInputs,
    *,
    day: date,
    currency: str = "USD",
    eras: tuple[str, ...] = ERAS,
    months: int = 12,
) -> ScenarioEstimate:
    """Next month under every era, and the next ``months`` months' totals with growth."""
    per_era = {era: estimate_era(book, inputs, era, day=day, currency=currency) for era in eras}
    outlook: dict[str, list[Decimal]] = {}
    growth = ONE + inputs.growth_per_month
    for era, result in per_era.items():
        # Free allowances do not scale with growth, so the line is recomputed per month
        # only when an allowance applies; otherwise it is the base total times growth^k.
        base = result.total()
        has_allowance = era in (CBP_2022, CBP_2023, PMP_2026_10)
        line: list[Decimal] = []
        factor = ONE
        for _ in range(months):
            if has_allowance and not result.error:
                line.append(
                    estimate_era(
                        book, inputs, era, day=day, currency=currency, scale=factor
                    ).total()
                )
            else:
                line.append(base * factor)
            factor *= growth
        outlook[era] = line
    return ScenarioEstimate(currency, per_era, outlook)


def _inputs(volumes: dict[str, dict[str, int]], **kw: object) -> ScenarioInputs:
    return ScenarioInputs(volumes=volumes, **kw)  # type: ignore[arg-type]


PRESETS: tuple[Preset, ...] = (
    Preset(
        "small_shop",
        "Typical small shop (Japan)",
        _inputs(
            {"Rest of Asia Pacific": {"marketing": 400, "utility": 300, "authentication": 0,
                                      "service": 900}},
            messages_per_conversation=Decimal(4),
            customer_started_share=Decimal("0.4"),
            utility_in_window_share=Decimal("0.6"),
            ctwa_share=Decimal("0.15"),
            growth_per_month=Decimal("0.03"),
        ),
    ),
    Preset(
        "clinic",
        "Clinic with appointment reminders",
        _inputs(
            {"Rest of Asia Pacific": {"marketing": 0, "utility": 2400, "authentication": 200,
                                      "service": 600}},
            messages_per_conversation=Decimal(2),
            customer_started_share=Decimal("0.2"),
            utility_in_window_share=Decimal("0.25"),
            ctwa_share=Decimal("0"),
            growth_per_month=Decimal("0.01"),
        ),
    ),
    Preset(
        "ecommerce",
        "E-commerce store (several markets)",
        _inputs(
            {
                "Rest of Asia Pacific": {"marketing": 6000, "utility": 9000,
                                         "authentication": 3000, "service": 2500},
                "North America": {"marketing": 2000, "utility": 3000, "authentication": 1000,
                                  "service": 800},
                "India": {"marketing": 5000, "utility": 4000, "authentication": 6000,
                          "service": 1500},
                "United Kingdom": {"marketing": 800, "utility": 1200, "authentication": 300,
                                   "service": 400},
            },
            messages_per_conversation=Decimal(3),
            customer_started_share=Decimal("0.25"),
            utility_in_window_share=Decimal("0.4"),
            ctwa_share=Decimal("0.2"),
            growth_per_month=Decimal("0.05"),
        ),
    ),
)  # fmt: skip


def preset(key: str) -> Preset:
    for p in PRESETS:
        if p.key == key:
            return p
    raise KeyError(key)
