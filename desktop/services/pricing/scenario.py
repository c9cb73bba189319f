"""The scenario page's monthly estimator: volumes in, cost per era out, in well under 10 ms.

No events are simulated: a month is described by message volumes per market and category
plus a few shares, and each era's rules are applied to those aggregates:

* conversations per market ``C = business messages / messages_per_conversation``;
* customer-started ``C·p`` (``p = share_customer_started``), of which ``ctwa_share`` came
  from click-to-WhatsApp ads or Page buttons (free entry point: free in every era);
* business-started ``C·(1-p)``, split over template categories in proportion to template
  volumes sent outside the window;
* CBP-2022: user-initiated = paid customer-started, business-initiated = business-started,
  the first 1,000 conversations free (shared pro rata);
* CBP-2023 / CBP-2024-11: service conversations = paid customer-started (1,000 free / all
  free); utility templates inside the window still open utility conversations;
* PMP-2025: every template charged except utility inside the window; service free;
* PMP-2026-10: every template charged; service messages outside free entry points charged
  after the monthly allowance.

Amounts are Decimal, rounded to 4 places per market and category. It is an estimate: the
exact bill of real traffic comes from the engine (history replay or scenario files).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

from desktop.services.pricing import cards as C
from desktop.services.pricing.cards import RateBook
from desktop.services.pricing.eras import (
    CBP_2022,
    CBP_2023,
    CBP_2024_11,
    ERAS,
    PMP_2025,
    PMP_2026_10,
)

TEMPLATE_KINDS = (C.MARKETING, C.UTILITY, C.AUTHENTICATION, C.AUTH_INTL)
INPUT_CATEGORIES = (*TEMPLATE_KINDS, C.SERVICE)
CENT = Decimal("0.0001")
ZERO = Decimal(0)
ONE = Decimal(1)


class ScenarioInputError(ValueError):
    """An input the estimator cannot use; says which and what is allowed."""


@dataclass(frozen=True)
class ScenarioInputs:
    """A month of traffic.

    ``volumes[market][category]``: business messages per month; categories marketing,
    utility, authentication, authentication_international (templates) and service
    (free-form replies). Shares are fractions 0..1; growth is per month (0.05 = +5 %).
    """

    volumes: Mapping[str, Mapping[str, int]]
    share_customer_started: Decimal = Decimal("0.5")
    messages_per_conversation: Decimal = Decimal("3")
    share_utility_in_window: Decimal = Decimal("0.5")
    ctwa_share: Decimal = Decimal("0")
    monthly_growth: Decimal = Decimal("0")
    free_tier_monthly: int = 1000
    service_free_monthly: int = 1000  # Oct-2026 allowance per number (unverified)
    phone_numbers: int = 1

    def validate(self) -> None:
        for name in ("share_customer_started", "share_utility_in_window", "ctwa_share"):
            value = getattr(self, name)
            if not ZERO <= Decimal(value) <= ONE:
                raise ScenarioInputError(f"{name} must be between 0 and 1 (e.g. 0.25)")
        if Decimal(self.messages_per_conversation) < ONE:
            raise ScenarioInputError("messages_per_conversation must be at least 1")
        if Decimal(self.monthly_growth) <= Decimal(-1):
            raise ScenarioInputError("monthly_growth must be above -1 (e.g. 0.05 for +5 %)")
        for market, cats in self.volumes.items():
            for cat, n in cats.items():
                if cat not in INPUT_CATEGORIES:
                    raise ScenarioInputError(
                        f"{market}: unknown category '{cat}' (use {', '.join(INPUT_CATEGORIES)})"
                    )
                if not isinstance(n, int) or n < 0:
                    raise ScenarioInputError(f"{market}/{cat}: volume must be a whole number >= 0")


@dataclass(frozen=True)
class EraEstimate:
    """One era's monthly cost of the inputs and its 12-month projection."""

    era: str
    currency: str
    card_id: str
    by_market_category: dict[tuple[str, str], Decimal]
    total: Decimal
    projection: tuple[Decimal, ...]
    unverified: bool = False
    missing_rates: tuple[str, ...] = field(default_factory=tuple)

    @property
    def by_category(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for (_m, cat), amount in self.by_market_category.items():
            out[cat] = out.get(cat, ZERO) + amount
        return out

    @property
    def by_market(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for (market, _c), amount in self.by_market_category.items():
            out[market] = out.get(market, ZERO) + amount
        return out


class ScenarioEstimator:
    """Resolves each era's card once (``as_of`` day, ``currency``); ``estimate()`` is cheap."""

    def __init__(self, book: RateBook, as_of: date, currency: str = "USD") -> None:
        self.book = book
        self.as_of = as_of
        self.currency = currency
        self.cards = {era: book.card_for(era, as_of, currency) for era in ERAS}

    def _rate(
        self, era: str, market: str, category: str, missing: set[str]
    ) -> tuple[Decimal, bool]:
        card = self.cards[era]
        rate = card.rate(market, category)
        if rate is None and category == C.AUTH_INTL:
            rate = card.rate(market, C.AUTHENTICATION)
        if rate is None:
            missing.add(f"{market}/{category}")
            return ZERO, False
        return rate, card.is_unverified(market, category)

    def _month(
        self, inputs: ScenarioInputs, era: str, factor: Decimal
    ) -> tuple[dict[tuple[str, str], Decimal], bool, set[str]]:
        p = Decimal(inputs.share_customer_started)
        k = Decimal(inputs.messages_per_conversation)
        u = Decimal(inputs.share_utility_in_window)
        f = Decimal(inputs.ctwa_share)
        counts: dict[tuple[str, str], Decimal] = {}
        for market, cats in inputs.volumes.items():
            vol = {c: Decimal(cats.get(c, 0)) * factor for c in INPUT_CATEGORIES}
            if era in (PMP_2025, PMP_2026_10):
                for c in TEMPLATE_KINDS:
                    n = vol[c]
                    if c == C.UTILITY and era == PMP_2025:
                        n = n * (ONE - u)
                    counts[(market, c)] = n
                if era == PMP_2026_10:
                    counts[(market, C.SERVICE)] = vol[C.SERVICE] * (ONE - p * f)
                continue
            total_msgs = sum(vol.values(), ZERO)
            conversations = total_msgs / k
            customer_paid = conversations * p * (ONE - f)
            business = conversations * (ONE - p)
            outside = {
                c: (vol[c] * (ONE - u) if c == C.UTILITY else vol[c]) for c in TEMPLATE_KINDS
            }
            outside_total = sum(outside.values(), ZERO)
            if era == CBP_2022:
                counts[(market, C.USER_INITIATED)] = customer_paid
                counts[(market, C.BUSINESS_INITIATED)] = business
                continue
            counts[(market, C.SERVICE)] = customer_paid
            for c in TEMPLATE_KINDS:
                share = outside[c] / outside_total if outside_total else ZERO
                n = business * share
                if c == C.UTILITY:
                    n += vol[c] * u / k  # in-window utility still opens a conversation
                counts[(market, c)] = n
        # Free allowances, shared pro rata over what they cover.
        if era == CBP_2022:
            self._free(counts, None, Decimal(inputs.free_tier_monthly))
        elif era == CBP_2023:
            self._free(counts, C.SERVICE, Decimal(inputs.free_tier_monthly))
        elif era == CBP_2024_11:
            for key in counts:
                if key[1] == C.SERVICE:
                    counts[key] = ZERO
        elif era == PMP_2026_10:
            allowance = Decimal(inputs.service_free_monthly * inputs.phone_numbers)
            self._free(counts, C.SERVICE, allowance)
        amounts: dict[tuple[str, str], Decimal] = {}
        unverified = False
        missing: set[str] = set()
        for (market, cat), n in counts.items():
            if n <= 0:
                continue
            rate, flag = self._rate(era, market, cat, missing)
            unverified = unverified or flag
            amounts[(market, cat)] = (rate * n).quantize(CENT, rounding=ROUND_HALF_EVEN)
        return amounts, unverified, missing

    @staticmethod
    def _free(counts: dict[tuple[str, str], Decimal], category: str | None, free: Decimal) -> None:
        keys = [k for k in counts if category is None or k[1] == category]
        covered = sum((counts[k] for k in keys), ZERO)
        if covered <= 0:
            return
        paid_share = max(ZERO, covered - free) / covered
        for key in keys:
            counts[key] = counts[key] * paid_share

    def estimate(self, inputs: ScenarioInputs, months: int = 12) -> dict[str, EraEstimate]:
        """Every era's estimate of ``inputs`` with a ``months``-long projection."""
        inputs.validate()
        growth = ONE + Decimal(inputs.monthly_growth)
        out: dict[str, EraEstimate] = {}
        for era in ERAS:
            amounts, unverified, missing = self._month(inputs, era, ONE)
            total = sum(amounts.values(), ZERO)
            projection = [total]
            factor = ONE
            for _ in range(1, months):
                factor *= growth
                month_amounts, _u, _m = self._month(inputs, era, factor)
                projection.append(sum(month_amounts.values(), ZERO))
            out[era] = EraEstimate(
                era,
                self.cards[era].currency,
                self.cards[era].id,
                amounts,
                total,
                tuple(projection),
                unverified,
                tuple(sorted(missing)),
            )
        return out


PRESETS: dict[str, ScenarioInputs] = {
    # A shop in Japan: orders, delivery notices, answers to customers, a monthly newsletter.
    "small_shop": ScenarioInputs(
        volumes={"Rest of Asia Pacific": {"marketing": 400, "utility": 300, "service": 1200}},
        share_customer_started=Decimal("0.7"),
        messages_per_conversation=Decimal("4"),
        share_utility_in_window=Decimal("0.6"),
        ctwa_share=Decimal("0.1"),
        monthly_growth=Decimal("0.03"),
    ),
    # A clinic: appointment reminders the day before, a few questions, rare campaigns.
    "clinic_reminders": ScenarioInputs(
        volumes={"Rest of Asia Pacific": {"marketing": 50, "utility": 2000, "service": 800}},
        share_customer_started=Decimal("0.4"),
        messages_per_conversation=Decimal("3"),
        share_utility_in_window=Decimal("0.1"),
        ctwa_share=Decimal("0"),
        monthly_growth=Decimal("0.01"),
    ),
    # An online store selling abroad: campaigns, order updates, OTP logins, support.
    "ecommerce_store": ScenarioInputs(
        volumes={
            "Brazil": {
                "marketing": 12000,
                "utility": 9000,
                "authentication": 3000,
                "service": 3000,
            },
            "India": {"marketing": 6000, "utility": 4000, "authentication": 2000, "service": 2000},
            "North America": {"marketing": 2000, "utility": 2000, "service": 1000},
        },
        share_customer_started=Decimal("0.3"),
        messages_per_conversation=Decimal("3"),
        share_utility_in_window=Decimal("0.5"),
        ctwa_share=Decimal("0.2"),
        monthly_growth=Decimal("0.08"),
    ),
}

PRESET_TITLES: dict[str, str] = {
    "small_shop": "Typical small shop",
    "clinic_reminders": "Clinic with reminders",
    "ecommerce_store": "E-commerce store",
}


VOLUME_CATEGORIES: tuple[str, ...] = (C.MARKETING, C.UTILITY, C.AUTHENTICATION, C.SERVICE)


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


class ScenarioService:
    """The scenario page's use case: every era's cost of the inputs, or an error sentence
    instead of an exception (a currency with no card for some era, an input out of range).

    Keeps the estimator of the last (book, day, currency): the page recalculates on every
    keystroke with the same cards, and a new book or day simply replaces it.
    """

    def __init__(self) -> None:
        self._estimator: ScenarioEstimator | None = None

    def estimate(
        self, book: RateBook, inputs: ScenarioInputs, *, day: date, currency: str = "USD"
    ) -> ScenarioEstimate:
        """Every era's cost of ``inputs`` with the cards in force on ``day`` in ``currency``."""
        try:
            estimator = self._estimator
            if (
                estimator is None
                or estimator.book is not book
                or estimator.as_of != day
                or estimator.currency != currency
            ):
                estimator = self._estimator = ScenarioEstimator(book, day, currency)
            return ScenarioEstimate(currency, estimator.estimate(inputs))
        except (C.RateCardError, ScenarioInputError) as exc:
            return ScenarioEstimate(currency, {}, str(exc))
