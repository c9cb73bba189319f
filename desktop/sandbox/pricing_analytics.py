"""``pricing_analytics`` on a WABA node, computed from the sandbox's own billing.

Meta's call (Graph API reference "WhatsApp Business Account Pricing Analytics", v24-v25,
and the WhatsApp "Analytics" guide, updated Jun 11 2026)::

    GET /{waba-id}?fields=pricing_analytics.start(<unix>).end(<unix>).granularity(DAILY)
        .dimensions(["PRICING_CATEGORY","PRICING_TYPE"])
    GET /{waba-id}/pricing_analytics?start=..&end=..&granularity=..&dimensions=[..]

answers ``{"pricing_analytics": {"data": [{"data_points": [{start, end, volume, cost,
pricing_category, pricing_type, country, phone_number}]}]}, "id": ...}``. Parameters:
``start``/``end`` (Unix seconds, required), ``granularity`` (HALF_HOUR, DAILY, MONTHLY,
required), ``dimensions`` (PHONE, COUNTRY, PRICING_TYPE, PRICING_CATEGORY, TIER),
``metric_types`` (VOLUME, COST), ``pricing_categories``, ``pricing_types`` (REGULAR,
FREE_CUSTOMER_SERVICE, FREE_ENTRY_POINT), ``phone_numbers``, ``country_codes``. Only
delivered messages are counted; the lookback is one year (from December 2025).

The sandbox counts every message it delivered, with the ``pricing`` object it put in the
status webhooks (category and type), and prices a ``regular`` one at the bundled rate card
of its delivery day for the recipient's market. A WABA whose currency has no bundled card
(the demo cafe is set to JPY, which Meta does not bill in) gets volumes without ``cost``,
as Meta answers for an account whose bill a partner pays.
"""

from __future__ import annotations

import calendar
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from desktop.sandbox.errors import GraphError
from desktop.sandbox.state import OutboundMessage, SandboxWorld
from desktop.services.pricing.cards import RateBook, RateCardError, load_bundled_cards
from desktop.services.pricing.eras import era_on
from desktop.services.pricing.markets import (
    UnknownCountry,
    country_for_number,
    market_for_country,
)

FIELD = "pricing_analytics"
GRANULARITIES = {"HALF_HOUR": 1800, "DAILY": 86_400, "MONTHLY": 0}
DIMENSIONS = ("PHONE", "COUNTRY", "PRICING_TYPE", "PRICING_CATEGORY", "TIER")
METRICS = ("VOLUME", "COST")
CATEGORIES = (
    "MARKETING",
    "UTILITY",
    "AUTHENTICATION",
    "AUTHENTICATION_INTERNATIONAL",
    "SERVICE",
    "MARKETING_LITE",
    "REFERRAL_CONVERSION",
)
TYPES = ("REGULAR", "FREE_CUSTOMER_SERVICE", "FREE_ENTRY_POINT")
LOOKBACK_SECONDS = 366 * 86_400
LIST_PARAMS = ("dimensions", "metric_types", "pricing_categories", "pricing_types")


def param_error(text: str) -> GraphError:
    """Meta's answer to a bad analytics parameter: code 100, the reason in the message."""
    return GraphError(100, text)


def split_fields(fields: str) -> list[str]:
    """``a,b.c(x,y).d([1,2])`` → ``["a", "b.c(x,y).d([1,2])"]`` (commas inside brackets stay)."""
    out: list[str] = []
    depth = 0
    current = ""
    for ch in fields:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        if ch == "," and depth == 0:
            if current.strip():
                out.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        out.append(current.strip())
    return out


def field_modifiers(spec: str) -> dict[str, str]:
    """``pricing_analytics.start(1).end(2)`` → ``{"start": "1", "end": "2"}``."""
    rest = spec[len(FIELD) :]
    out: dict[str, str] = {}
    i = 0
    while i < len(rest):
        if rest[i] != ".":
            raise param_error(f"Syntax error in field {FIELD}: unexpected '{rest[i]}'")
        open_at = rest.find("(", i)
        if open_at < 0:
            raise param_error(f"Syntax error in field {FIELD}: a modifier needs (...)")
        name = rest[i + 1 : open_at]
        depth, j = 0, open_at
        while j < len(rest):
            if rest[j] in "([{":
                depth += 1
            elif rest[j] in ")]}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= len(rest):
            raise param_error(f"Syntax error in field {FIELD}: unclosed '(' after {name}")
        out[name] = rest[open_at + 1 : j]
        i = j + 1
    return out


def _list(name: str, raw: object) -> list[str]:
    """A list parameter written ``["A","B"]``, ``[A,B]`` or ``A,B`` (or already a list)."""
    if isinstance(raw, list):
        items = raw
    else:
        text = str(raw).strip()
        if not text:
            return []
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError:
            parsed = [p for p in text.strip("[]").split(",")]
        items = parsed if isinstance(parsed, list) else [parsed]
    out = []
    for item in items:
        if not isinstance(item, str | int) or isinstance(item, bool):
            raise param_error(f"Param {name} must be an array of strings")
        out.append(str(item).strip().strip("\"'"))
    return [x for x in out if x]


def _enum_list(name: str, raw: object, allowed: Iterable[str]) -> list[str]:
    values = [v.upper() for v in _list(name, raw)]
    allowed = tuple(allowed)
    for value in values:
        if value not in allowed:
            raise param_error(
                f'Param {name}[0] must be one of {{{", ".join(allowed)}}} - got "{value}"'
            )
    return values


def _unix(name: str, raw: object) -> int:
    text = str(raw).strip()
    if not text.lstrip("-").isdigit() or len(text) > 12:
        raise param_error(f"Param {name} must be a UNIX timestamp (whole seconds)")
    return int(text)


@dataclass(frozen=True)
class Query:
    start: int
    end: int
    granularity: str
    dimensions: tuple[str, ...]
    metrics: tuple[str, ...]
    categories: frozenset[str]
    types: frozenset[str]
    phones: frozenset[str]
    countries: frozenset[str]


def parse_query(params: dict[str, object], now: float) -> Query:
    """Meta's parameter checks, in Meta's words; raises :class:`GraphError` (code 100)."""
    for name in ("start", "end", "granularity"):
        if name not in params or str(params[name]).strip() == "":
            raise param_error(f"The parameter {name} is required")
    start, end = _unix("start", params["start"]), _unix("end", params["end"])
    granularity = str(params["granularity"]).strip().upper()
    if granularity not in GRANULARITIES:
        raise param_error(
            'Param granularity must be one of {HALF_HOUR, DAILY, MONTHLY} - got "'
            + str(params["granularity"])[:40]
            + '"'
        )
    if end <= start:
        raise param_error("Param end must be later than start")
    if start < now - LOOKBACK_SECONDS:
        raise param_error("Param start is outside the lookback window of 1 year")
    dims = _enum_list("dimensions", params.get("dimensions", ""), DIMENSIONS)
    metrics = _enum_list("metric_types", params.get("metric_types", ""), METRICS)
    categories = _enum_list("pricing_categories", params.get("pricing_categories", ""), CATEGORIES)
    types = _enum_list("pricing_types", params.get("pricing_types", ""), TYPES)
    phones = _list("phone_numbers", params.get("phone_numbers", ""))
    countries = [c.upper() for c in _list("country_codes", params.get("country_codes", ""))]
    return Query(
        start,
        end,
        granularity,
        tuple(dict.fromkeys(dims)),
        tuple(metrics) or METRICS,
        frozenset(categories),
        frozenset(types),
        frozenset("".join(ch for ch in p if ch.isdigit()) for p in phones),
        frozenset(countries),
    )


@lru_cache(maxsize=1)
def _book() -> RateBook:
    return load_bundled_cards()


def unit_cost(category: str, pricing_type: str, country: str, t: int, currency: str) -> Decimal:
    """What one delivered message costs: the card's rate for a ``regular`` one, else 0.
    Raises :class:`RateCardError` when ``currency`` has no card."""
    if pricing_type != "regular":
        return Decimal(0)
    day = datetime.fromtimestamp(t, UTC).date()
    card = _book().card_for(era_on(day), day, currency)
    try:
        market = market_for_country(country, day)
    except UnknownCountry:
        market = "Other"
    return card.rate(market, category) or Decimal(0)


def _bucket(t: int, granularity: str) -> tuple[int, int]:
    step = GRANULARITIES[granularity]
    if step:
        start = t - t % step
        return start, start + step
    day = datetime.fromtimestamp(t, UTC)
    first = datetime(day.year, day.month, 1, tzinfo=UTC)
    days = calendar.monthrange(day.year, day.month)[1]
    return int(first.timestamp()), int(first.timestamp()) + days * 86_400


def _country(world: SandboxWorld, message: OutboundMessage) -> str:
    if message.recipient_id:
        try:
            return country_for_number(message.recipient_id)
        except (UnknownCountry, ValueError):
            pass
    customer = world.customers.get(message.customer_key)
    return customer.country_code if customer else "US"


def pricing_analytics(
    world: SandboxWorld, waba_id: str, params: dict[str, object], now: float | None = None
) -> dict[str, Any]:
    """The ``pricing_analytics`` object for ``waba_id`` (raises GraphError on bad input)."""
    query = parse_query(params, time.time() if now is None else now)
    waba = world.wabas[waba_id]
    numbers = {n.id: n for n in world.numbers_of(waba_id)}
    try:
        _book().card_for(era_on(datetime.now(UTC).date()), datetime.now(UTC).date(), waba.currency)
        priced = True
    except RateCardError:
        priced = False  # Meta leaves cost out; see the module docstring
    points: dict[tuple[tuple[int, int], tuple[tuple[str, str], ...]], list[Any]] = {}
    for message in world.outbound.values():
        number = numbers.get(message.phone_number_id)
        t = message.delivered_at
        if number is None or t is None or not query.start <= t < query.end:
            continue
        category, ptype = message.category.upper(), message.pricing_type.upper()
        country = _country(world, message)
        if (
            (query.categories and category not in query.categories)
            or (query.types and ptype not in query.types)
            or (query.phones and number.digits not in query.phones)
            or (query.countries and country not in query.countries)
        ):
            continue
        cost = (
            unit_cost(message.category, message.pricing_type, country, t, waba.currency)
            if priced
            else Decimal(0)
        )
        named = {
            "PHONE": ("phone_number", number.digits),
            "COUNTRY": ("country", country),
            "PRICING_TYPE": ("pricing_type", ptype),
            "PRICING_CATEGORY": ("pricing_category", category),
        }
        key = (
            _bucket(t, query.granularity),
            tuple(named[d] for d in query.dimensions if d in named),
        )
        slot = points.setdefault(key, [0, Decimal(0)])
        slot[0] += 1
        slot[1] += cost
    data_points = []
    for key, (volume, cost) in sorted(points.items(), key=lambda kv: kv[0][0]):
        (b_start, b_end), pairs = key
        point: dict[str, Any] = {"start": b_start, "end": b_end}
        point.update(dict(pairs))
        if "VOLUME" in query.metrics:
            point["volume"] = volume
        if "COST" in query.metrics and priced:
            point["cost"] = float(round(cost, 4))
        data_points.append(point)
    return {"data": [{"data_points": data_points}]}
