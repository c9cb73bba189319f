"""Meta's own numbers beside ours: ``pricing_analytics`` per month and category, compared
with the History tab's bill, each difference said in plain words.

Meta's ``pricing_analytics`` (per-message pricing, from July 2025; one year of lookback;
data points in UTC buckets) reports, per bucket, ``volume`` and ``cost`` of *delivered*
messages with their ``pricing_category`` (MARKETING, UTILITY, AUTHENTICATION,
AUTHENTICATION_INTERNATIONAL, SERVICE, MARKETING_LITE, GROUP_* …) and ``pricing_type``
(REGULAR = charged, FREE_CUSTOMER_SERVICE, FREE_ENTRY_POINT). ``cost`` is in the WABA's
billing currency and is left out when a partner's credit line pays.

:func:`read_points` reads Meta's points field by field (any field may be missing or of the
wrong type: such a point is skipped and counted, never trusted); :func:`engine_figures`
takes the History report's monthly lines (the engine's bill, kept or replayed);
:func:`compare` puts them side by side and explains each row from the figures alone.
:func:`fetch_meta_figures` is the use case the History tab runs (no Qt here).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Waba
from desktop.services.pricing import cards as C
from desktop.services.pricing.billing_core import PricingError, zone
from desktop.services.pricing.history import HistoryReport
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

CTX = "PricingMeta"
FIRST_MONTH = "2025-07"  # pricing_analytics covers per-message pricing only
LOOKBACK_SECONDS = 365 * 86_400
MAX_VOLUME = 10**12  # more messages than the world sends: a hostile figure, skipped
MAX_COST = Decimal(10**12)
MAX_TIME = 10**11  # seconds: year 5138, inside what datetime can show
CHARGED = "REGULAR"
FREE_TYPES = ("FREE_CUSTOMER_SERVICE", "FREE_ENTRY_POINT", "FREE_GROUP_CUSTOMER_SERVICE")
CATEGORY_ORDER = (
    C.MARKETING,
    C.UTILITY,
    C.AUTHENTICATION,
    C.AUTH_INTL,
    C.SERVICE,
    "marketing_lite",
    C.REFERRAL,
)
TIERED = frozenset({C.UTILITY, C.AUTHENTICATION, C.AUTH_INTL})


def _p(source: str, **args: Any) -> Phrase:
    return Phrase(CTX, source, args)


AGREES = QT_TRANSLATE_NOOP("PricingMeta", "Agrees with Meta.")
CURRENCY = QT_TRANSLATE_NOOP(
    "PricingMeta",
    "Meta bills this account in {meta}; these figures are in {ours} (there is no {meta} "
    "rate card here), so only the counts are compared.",
)
NO_COST = QT_TRANSLATE_NOOP(
    "PricingMeta",
    "Meta gave counts but no amount (it leaves the amount out when a partner pays the "
    "bill), so only the counts are compared.",
)
META_MORE = QT_TRANSLATE_NOOP(
    "PricingMeta",
    "Meta counted {n} more charged {category} message(s): sent from another app or PC on "
    "this account, or their status reports never reached this app.",
)
OURS_MORE = QT_TRANSLATE_NOOP(
    "PricingMeta",
    "This app charged {n} more {category} message(s) than Meta counted: Meta counts only "
    "delivered messages, its latest day can be missing for up to a day, and where our rules "
    "differ from Meta's the Reconciliation tab lists the messages.",
)
META_NONE = QT_TRANSLATE_NOOP(
    "PricingMeta",
    "Meta reported no charged {category} messages this month; if the month has just ended, "
    "try again tomorrow.",
)
RATE = QT_TRANSLATE_NOOP(
    "PricingMeta",
    "Rate differs: Meta charged {meta} per message, the rate card says {ours}. Check the "
    "card in the Rate cards tab or import Meta's current one.",
)
TIER_HINT = QT_TRANSLATE_NOOP(
    "PricingMeta", "Meta's volume-tier discount lowers its rate once a month's volume is high."
)
ROUNDING = QT_TRANSLATE_NOOP(
    "PricingMeta", "Same count; the amounts differ only by rounding ({difference})."
)
FREE = QT_TRANSLATE_NOOP(
    "PricingMeta",
    "Meta also counted {n} free {category} message(s) (in the customer service window or a "
    "free entry point window); free messages are not on the bill.",
)


# -- Meta's points ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MetaPoint:
    """One usable data point: its month in the WABA's zone, category, type and figures."""

    month: str
    category: str  # our category id (``marketing``, ``authentication_international`` …)
    pricing_type: str  # Meta's, upper case; "" when Meta did not say
    volume: int
    cost: Decimal | None


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str) and 0 < len(value) <= 20 and value.strip().isdigit():
        return int(value.strip())
    return None


def _money(value: object) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if not isinstance(value, int | float | str) or (isinstance(value, str) and len(value) > 30):
        return None
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    if not amount.is_finite() or amount < 0 or amount > MAX_COST:
        return None
    return amount


def meta_category(value: object) -> str | None:
    """Meta's ``pricing_category`` as our category id (``GROUP_UTILITY`` → utility)."""
    if not isinstance(value, str) or not 0 < len(value) <= 60:
        return None
    name = C.normalise_category(value)
    if name.startswith("group_"):
        name = name[len("group_") :]
    if not name or not all(ch.isalnum() or ch == "_" for ch in name):
        return None
    return name


def month_of(start: int, end: int | None, tz: ZoneInfo) -> str:
    """The local month of a bucket: its middle (a UTC day's noon stays on its date in
    every zone from UTC-12 to UTC+11)."""
    middle = (start + end) // 2 if end is not None and end > start else start + 43_200
    return datetime.fromtimestamp(middle, tz).strftime("%Y-%m")


def read_points(raw: Iterable[object], tz: ZoneInfo) -> tuple[list[MetaPoint], int]:
    """Meta's data points as :class:`MetaPoint` s, and how many were unusable."""
    points: list[MetaPoint] = []
    skipped = 0
    for item in raw:
        if not isinstance(item, Mapping):
            skipped += 1
            continue
        start, end = _int(item.get("start")), _int(item.get("end"))
        volume = _int(item.get("volume"))
        category = meta_category(item.get("pricing_category"))
        if (
            start is None
            or not 0 <= start < MAX_TIME
            or (end is not None and not 0 <= end < MAX_TIME)
            or volume is None
            or not 0 <= volume <= MAX_VOLUME
            or category is None
        ):
            skipped += 1
            continue
        raw_type = item.get("pricing_type")
        ptype = raw_type.strip().upper()[:40] if isinstance(raw_type, str) else ""
        cost = _money(item.get("cost")) if "cost" in item else None
        if "cost" in item and item.get("cost") is not None and cost is None:
            skipped += 1
            continue
        points.append(MetaPoint(month_of(start, end, tz), category, ptype, volume, cost))
    return points, skipped


# -- side by side -------------------------------------------------------------------------


@dataclass
class MetaTotals:
    """Meta's figures of one month and category: charged and free volumes, cost."""

    charged: int = 0
    free: int = 0
    cost: Decimal | None = None  # None: Meta gave no amount for any point

    def add(self, point: MetaPoint) -> None:
        charged = point.pricing_type == CHARGED or (
            point.pricing_type not in FREE_TYPES and bool(point.cost)
        )
        if charged:
            self.charged += point.volume
        else:
            self.free += point.volume
        if point.cost is not None:
            self.cost = (self.cost or Decimal(0)) + point.cost


@dataclass
class OurTotals:
    """The engine's bill of one month and category (charged messages only)."""

    currency: str
    count: int = 0
    amount: Decimal = Decimal(0)


@dataclass(frozen=True)
class MetaAccount:
    """What Meta answered for one WABA (or why it could not be asked)."""

    waba: str
    currency: str | None
    points: list[MetaPoint] = field(default_factory=list)
    skipped: int = 0


@dataclass(frozen=True)
class FigureRow:
    """One month and category of one WABA: Meta's figures, ours, and why they differ."""

    waba: str
    month: str
    category: str
    meta_count: int
    meta_free: int
    meta_cost: Decimal | None
    meta_currency: str | None
    ours_count: int
    ours_amount: Decimal
    ours_currency: str
    agrees: bool
    reasons: tuple[Phrase, ...]

    @property
    def comparable(self) -> bool:
        """True when both amounts exist in the same currency."""
        return self.meta_cost is not None and self.meta_currency in (None, self.ours_currency)

    @property
    def difference(self) -> Decimal | None:
        """Meta's amount minus ours (None when they cannot be compared)."""
        if not self.comparable or self.meta_cost is None:
            return None
        return self.meta_cost - self.ours_amount


def engine_figures(
    report: HistoryReport, months: Iterable[str]
) -> dict[tuple[str, str, str], OurTotals]:
    """``{(waba, month, category): totals}`` of the engine's real bill (History's lines)."""
    out: dict[tuple[str, str, str], OurTotals] = {}
    for month in months:
        for currency, line in report.lines(month):
            key = (line.waba, month, line.category)
            totals = out.setdefault(key, OurTotals(currency))
            totals.count += line.count
            totals.amount += line.amount
    return out


def _rate(amount: Decimal, count: int) -> Decimal:
    return (amount / count).quantize(Decimal("0.0001")) if count else Decimal(0)


def _money_text(amount: Decimal, currency: str) -> str:
    return f"{currency} {amount.quantize(Decimal('0.0001')):,}"


def _tolerance(count: int) -> Decimal:
    """Meta rounds each bucket's cost (to cents in the Business Manager's export); allow a
    half cent per data point plus a hundredth of a cent per message."""
    return Decimal("0.01") + Decimal("0.0001") * count


def explain(
    category: str,
    meta: MetaTotals | None,
    meta_currency: str | None,
    ours: OurTotals,
) -> tuple[bool, tuple[Phrase, ...]]:
    """Whether Meta and the engine agree on one row, and why not, from the figures alone."""
    reasons: list[Phrase] = []
    agrees = True
    m = meta or MetaTotals()
    same_currency = meta_currency is None or meta_currency == ours.currency
    if not same_currency:
        reasons.append(_p(CURRENCY, meta=meta_currency, ours=ours.currency))
    elif m.cost is None and m.charged:
        reasons.append(_p(NO_COST))
    if meta is None or (m.charged == 0 and ours.count):
        if ours.count:
            agrees = False
            reasons.append(_p(META_NONE, category=category))
    elif m.charged > ours.count:
        agrees = False
        reasons.append(_p(META_MORE, n=m.charged - ours.count, category=category))
    elif m.charged < ours.count:
        agrees = False
        reasons.append(_p(OURS_MORE, n=ours.count - m.charged, category=category))
    if same_currency and m.cost is not None and m.charged and ours.count:
        difference = m.cost - ours.amount
        meta_rate, our_rate = _rate(m.cost, m.charged), _rate(ours.amount, ours.count)
        rates_differ = abs(meta_rate - our_rate) * m.charged > _tolerance(m.charged)
        if rates_differ:
            agrees = False
            reasons.append(
                _p(
                    RATE,
                    meta=_money_text(meta_rate, ours.currency),
                    ours=_money_text(our_rate, ours.currency),
                )
            )
            if category in TIERED and meta_rate < our_rate:
                reasons.append(_p(TIER_HINT))
        elif m.charged == ours.count and difference:
            reasons.append(_p(ROUNDING, difference=_money_text(difference, ours.currency)))
    if m.free:
        reasons.append(_p(FREE, n=m.free, category=category))
    if agrees and not any(r.source in (CURRENCY, NO_COST) for r in reasons):
        reasons.insert(0, _p(AGREES))
    return agrees, tuple(reasons)


def _order(category: str) -> int:
    return CATEGORY_ORDER.index(category) if category in CATEGORY_ORDER else len(CATEGORY_ORDER)


def compare(
    accounts: Sequence[MetaAccount],
    ours: Mapping[tuple[str, str, str], OurTotals],
    months: Iterable[str],
    fallback_currency: str = "USD",
) -> list[FigureRow]:
    """Rows per WABA × month × category where either side has messages, newest month first.

    ``months`` limits both sides (months before per-message pricing are left out: Meta's
    pricing analytics do not cover them)."""
    wanted = {m for m in months if m >= FIRST_MONTH}
    rows: list[FigureRow] = []
    for account in accounts:
        meta: dict[tuple[str, str], MetaTotals] = {}
        for point in account.points:
            if point.month in wanted:
                meta.setdefault((point.month, point.category), MetaTotals()).add(point)
        keys = set(meta) | {
            (month, cat) for (waba, month, cat) in ours if waba == account.waba and month in wanted
        }
        for month, category in keys:
            our = ours.get(
                (account.waba, month, category),
                OurTotals(
                    next(
                        (t.currency for (w, _m, _c), t in ours.items() if w == account.waba),
                        account.currency or fallback_currency,
                    )
                ),
            )
            theirs = meta.get((month, category))
            if theirs is not None and not (theirs.charged or theirs.free or our.count):
                continue
            agrees, reasons = explain(category, theirs, account.currency, our)
            rows.append(
                FigureRow(
                    waba=account.waba,
                    month=month,
                    category=category,
                    meta_count=theirs.charged if theirs else 0,
                    meta_free=theirs.free if theirs else 0,
                    meta_cost=theirs.cost if theirs else None,
                    meta_currency=account.currency,
                    ours_count=our.count,
                    ours_amount=our.amount,
                    ours_currency=our.currency,
                    agrees=agrees,
                    reasons=reasons,
                )
            )
    rows.sort(key=lambda r: (r.waba, _neg_month(r.month), _order(r.category), r.category))
    return rows


def _neg_month(month: str) -> tuple[int, int]:
    year, mon = (int(x) for x in month.split("-"))
    return (-year, -mon)


# -- the use case -------------------------------------------------------------------------


class AnalyticsSource(Protocol):
    """The one client call this needs (``CloudApiClient.pricing_analytics``)."""

    async def pricing_analytics(
        self,
        waba_id: str,
        *,
        start: int,
        end: int,
        granularity: str = ...,
        dimensions: Sequence[str] = ...,
    ) -> tuple[list[dict[str, Any]], str | None]: ...


def comparable_months(months: Iterable[str], now: int, tz: ZoneInfo) -> list[str]:
    """The months Meta answers for whole: from July 2025 and the first local month that
    starts inside the one-year lookback (an older month would look empty on Meta's side)."""
    start = datetime.fromtimestamp(lookback_start(now), tz)
    year, month = (start.year, start.month + 1) if start.month < 12 else (start.year + 1, 1)
    first = max(f"{year:04d}-{month:02d}", FIRST_MONTH)
    return [m for m in months if m >= first]


def lookback_start(now: int) -> int:
    """The earliest second Meta answers for: a year back, and not before July 2025."""
    first = int(datetime(2025, 7, 1, tzinfo=UTC).timestamp()) - 86_400
    return max(now - LOOKBACK_SECONDS + 3600, first)


async def fetch_meta_figures(
    client: AnalyticsSource,
    wabas: Sequence[tuple[str, str]],
    now: int,
) -> list[MetaAccount]:
    """Meta's points for each ``(waba_id, timezone)`` over the lookback year (daily buckets,
    by category and type). A :class:`CloudApiError` from any WABA is raised unchanged."""
    start = lookback_start(now)
    accounts: list[MetaAccount] = []
    for waba, tz_name in wabas:
        raw, currency = await client.pricing_analytics(
            waba,
            start=start,
            end=now + 1,  # the end is exclusive: a message delivered this second counts
            granularity="DAILY",
            dimensions=("PRICING_CATEGORY", "PRICING_TYPE"),
        )
        try:
            tz = zone(tz_name or "UTC")
        except PricingError:
            tz = ZoneInfo("UTC")
        points, skipped = read_points(raw, tz)
        code = currency.strip().upper()[:8] if currency else None
        accounts.append(MetaAccount(waba, code, points, skipped))
    return accounts


def waba_zones(session: Session) -> list[tuple[str, str]]:
    """``[(waba_id, time zone)]`` of every account the app knows (DB thread)."""
    rows = session.execute(select(Waba.id, Waba.timezone).order_by(Waba.id))
    return [(wid, tz or "UTC") for wid, tz in rows]


class MetaFiguresSource:
    """What the History tab asks for Meta's figures: the accounts from the database, their
    analytics from Meta (or the sandbox) through the app's client."""

    def __init__(self, db: Database, client: Callable[[], AnalyticsSource]) -> None:
        self.db = db
        self.client = client

    async def fetch(self, now: int) -> list[MetaAccount]:
        wabas = await self.db.run(waba_zones)
        return await fetch_meta_figures(self.client(), wabas, now)
