"""Scenario files in the format of pricing-examples.json: parse, bill, and report as JSON.

A file holds one scenario object or a list of them. Anything that would make the bill
wrong (unknown era, missing rate, unparsable time, events out of order, unknown country)
raises :class:`ScenarioError` naming the scenario and the field; no partial bill is made.
A file is untrusted input: an unreadable, hostile or oversized one (binary, not UTF-8,
nested 100,000 deep, a 5,000-digit number, millions of messages) is refused the same way,
before any work proportional to what it asks for.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.services.pricing.cards import (
    RateBook,
    RateCard,
    RateCardError,
    card_from_json,
    load_bundled_cards,
)
from desktop.services.pricing.engine import BillingEngine, PricingError
from desktop.services.pricing.eras import ERAS, is_era
from desktop.services.pricing.markets import UnknownCountry, known_countries
from desktop.services.pricing.model import BillingSettings, BillResult, PricingEvent, iso

PLACEHOLDER_EFFECTIVE = date(2000, 1, 1)
# A scenario file describes a handful of conversations; real traffic is billed by the
# history replay. These bounds keep a hostile file from costing minutes or gigabytes
# (one explained message costs about 1 KB and 15 µs).
MAX_FILE_BYTES = 8_000_000
MAX_MESSAGES = 20_000  # per file, after expanding every event's ``count``
MAX_COUNT = 10**15  # beyond any month of traffic; keeps numbers from being absurd
# Event times outside these years are typos (and beyond them datetime cannot go).
EARLIEST = int(datetime(2000, 1, 1, tzinfo=UTC).timestamp())
LATEST = int(datetime(2200, 1, 1, tzinfo=UTC).timestamp())


def shown(value: object, limit: int = 40) -> str:
    """``value`` as one short line for a message (file content can be anything)."""
    text = value if isinstance(value, str) else type(value).__name__
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        digits = len(str(abs(value))) if isinstance(value, int) and value.bit_length() < 256 else 0
        text = str(value) if digits else "a very large number"
    clean = "".join(ch if ch.isprintable() else "?" for ch in text[: limit + 1])
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def described(value: object) -> str:
    """What a JSON value is, in words: "the text 'x'", "a list", "the number 5"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"the text '{shown(value)}'"
    if isinstance(value, int | float | Decimal):
        return f"the number {shown(value)}"
    return "a list" if isinstance(value, list) else "an object"


class ScenarioError(ValueError):
    """One line: which scenario, which field, what is wrong."""

    def __init__(self, scenario: str, field: str, message: str) -> None:
        scenario, message = shown(scenario, 60), " ".join(message.split())
        super().__init__(f"scenario '{scenario}': {field}: {message}")
        self.scenario = scenario
        self.field = field


@dataclass(frozen=True)
class Scenario:
    id: str
    era: str
    settings: BillingSettings
    book: RateBook
    events: tuple[PricingEvent, ...]
    raw: Mapping[str, Any]


def _parse_time(value: object, sid: str, field: str) -> int:
    if not isinstance(value, str) or len(value) > 64:
        raise ScenarioError(sid, field, "expected an ISO-8601 time such as 2025-07-01T00:00:00Z")
    try:
        moment = datetime.fromisoformat(value.strip())
        if moment.tzinfo is None:
            raise ScenarioError(sid, field, f"time '{shown(value)}' has no zone; add Z for UTC")
        ts = moment.timestamp()
    except (ValueError, OverflowError):
        raise ScenarioError(
            sid,
            field,
            f"unparsable time '{shown(value)}' (use ISO-8601 such as 2025-07-01T00:00:00Z)",
        ) from None
    if not EARLIEST <= ts < LATEST:
        raise ScenarioError(sid, field, f"time '{shown(value)}' is not between 2000 and 2200")
    return int(ts)


def _text(value: object, sid: str, field: str, default: str = "", limit: int = 200) -> str:
    """A short string field (absent: ``default``)."""
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ScenarioError(sid, field, f"expected text, not {described(value)}")
    text = str(value) if isinstance(value, str) or value.bit_length() < 64 else ""
    if not text or len(text) > limit:
        raise ScenarioError(sid, field, f"expected text of at most {limit} characters")
    return text


def _object(value: object, sid: str, field: str) -> Mapping[str, Any]:
    """A JSON object field (absent or null: empty)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ScenarioError(sid, field, f"expected an object, not {described(value)}")
    return value


def _scenario_book(card: object, sid: str) -> RateBook:
    """A scenario's own card: flat ``rates`` plus optional per-era ``rates_by_era``."""
    card = _object(card, sid, "rate_card")
    market = _text(card.get("market"), sid, "rate_card.market", limit=40)
    if not market:
        raise ScenarioError(sid, "rate_card.market", "missing")
    currency = _text(card.get("currency"), sid, "rate_card.currency", limit=3)
    if not currency:
        raise ScenarioError(sid, "rate_card.currency", "missing")
    tiers = _object(card.get("tiers"), sid, "rate_card.tiers")
    base: dict[str, Any] = {
        "id": f"{sid}:card",
        "currency": currency,
        "effective": PLACEHOLDER_EFFECTIVE.isoformat(),
        "source": _text(card.get("source"), sid, "rate_card.source", limit=2000),
        "rates": {market: dict(_object(card.get("rates"), sid, "rate_card.rates"))},
        "tiers": {market: dict(tiers)} if tiers else {},
        "tiers_are_illustrative": bool(card.get("tiers_are_illustrative", False)),
    }
    try:
        cards: list[RateCard] = [card_from_json(base, "rate_card")]
        by_era = _object(card.get("rates_by_era"), sid, "rate_card.rates_by_era")
        for era, rates in by_era.items():
            if era not in ERAS:
                raise ScenarioError(sid, f"rate_card.rates_by_era.{shown(era)}", "unknown era")
            era_rates = _object(rates, sid, f"rate_card.rates_by_era.{era}")
            merged = {**base["rates"][market], **era_rates}
            cards.append(
                card_from_json(
                    {**base, "id": f"{sid}:card:{era}", "era": era, "rates": {market: merged}},
                    f"rate_card.rates_by_era.{era}",
                )
            )
    except RateCardError as exc:
        raise ScenarioError(sid, "rate_card", str(exc)) from exc
    return RateBook(cards)


def _settings(raw: Mapping[str, Any], era: str, sid: str) -> BillingSettings:
    a = _object(raw.get("assumptions"), sid, "assumptions")

    def whole(name: str, default: int | None) -> int | None:
        value = a.get(name, default)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < MAX_COUNT:
            raise ScenarioError(sid, f"assumptions.{name}", "expected a whole number >= 0")
        return value

    mtd = _object(a.get("month_to_date_charged"), sid, "assumptions.month_to_date_charged")
    if not all(
        isinstance(v, int) and not isinstance(v, bool) and 0 <= v < MAX_COUNT for v in mtd.values()
    ):
        raise ScenarioError(sid, "assumptions.month_to_date_charged", "expected {category: n}")
    auth = a.get("auth_international", False)
    business_country = None
    if isinstance(auth, dict):
        business_country = _text(
            auth.get("business_country"), sid, "assumptions.auth_international.business_country"
        )
        auth = bool(auth.get("eligible", True))
    windows = a.get("windows", "")
    return BillingSettings(
        era=era,
        timezone=_text(a.get("waba_timezone"), sid, "assumptions.waba_timezone", "UTC", 64),
        closed_windows=isinstance(windows, str) and "closed" in windows.lower(),
        free_tier_monthly=whole("free_tier_monthly", 1000) or 0,
        free_tier_remaining_at_start=whole("free_tier_remaining_at_start", None),
        service_free_monthly=whole("service_free_monthly", 1000) or 0,
        service_free_remaining_at_start=whole("service_free_remaining_at_start", None),
        month_to_date_charged={
            k.replace("-", "_") if "|" not in k else k: v for k, v in mtd.items()
        },
        auth_international=bool(auth),
        business_country=business_country or None,
    )


def _not_delivered(ev: Mapping[str, Any]) -> bool:
    if ev.get("delivered") is False:
        return True
    if str(ev.get("status", "")).lower() in ("failed", "rejected", "undelivered"):
        return True
    outcome = str(ev.get("expected_outcome", "")).lower()
    return outcome.startswith(("rejected", "failed", "not delivered", "undelivered"))


def parse_scenario(
    raw: object, book: RateBook | None = None, *, max_messages: int = MAX_MESSAGES
) -> Scenario:
    """One scenario object; ``book`` prices it unless it carries its own ``rate_card``.

    More than ``max_messages`` messages (counting each event's ``count``) are refused
    before any of them is built.
    """
    if not isinstance(raw, dict):
        raise ScenarioError("?", "scenario", f"expected a JSON object, not {described(raw)}")
    sid = raw.get("id")
    sid = sid if isinstance(sid, str) and sid else str(sid) if isinstance(sid, int) else "?"
    era = raw.get("era")
    if not isinstance(era, str) or not is_era(era):
        raise ScenarioError(
            sid, "era", f"unknown era '{shown(era)}' (one of {', '.join(ERAS)}, auto)"
        )
    settings = _settings(raw, era, sid)
    if raw.get("rate_card") is not None:
        use_book = _scenario_book(raw["rate_card"], sid)
        settings = BillingSettings(**{**settings.__dict__, "currency": use_book.cards[0].currency})
    else:
        use_book = book or load_bundled_cards()
    recipient = _object(raw.get("recipient"), sid, "recipient")
    r_country = _text(recipient.get("country"), sid, "recipient.country", limit=8).upper()
    r_market = _text(recipient.get("market"), sid, "recipient.market", limit=40) or None
    events_raw = raw.get("events")
    if not isinstance(events_raw, list) or not events_raw:
        raise ScenarioError(sid, "events", "expected a non-empty list")
    _check_message_count(events_raw, sid, max_messages)
    events: list[PricingEvent] = []
    previous = None
    for n, ev in enumerate(events_raw):
        where = f"events[{n}]"
        if not isinstance(ev, dict):
            raise ScenarioError(sid, where, "expected an object")
        t = _parse_time(ev.get("t"), sid, f"{where}.t")
        if previous is not None and t < previous:
            raise ScenarioError(
                sid, f"{where}.t", "events out of order (each time must be >= the previous one)"
            )
        previous = t
        country = (_text(ev.get("country"), sid, f"{where}.country", limit=8) or r_country).upper()
        if country not in known_countries():
            raise ScenarioError(
                sid, f"{where}.country", f"unknown country '{shown(country)}' (ISO 3166 alpha-2)"
            )
        direction = ev.get("dir")
        if direction not in ("in", "out"):
            raise ScenarioError(sid, f"{where}.dir", "expected 'in' or 'out'")
        kind = ev.get("kind", "free_form")
        if kind not in ("template", "free_form"):
            raise ScenarioError(sid, f"{where}.kind", "expected 'template' or 'free_form'")
        category = _text(ev.get("category"), sid, f"{where}.category", limit=60) or None
        if kind == "template" and direction == "out" and not category:
            raise ScenarioError(sid, f"{where}.category", "a template needs its category")
        count = ev.get("count", 1)
        contact = _text(ev.get("contact"), sid, f"{where}.contact", "A")
        entry_point = _text(ev.get("entry_point"), sid, f"{where}.entry_point", limit=40)
        market = r_market if r_market and country == r_country else None
        for k in range(count):
            events.append(
                PricingEvent(
                    t=t,
                    direction=direction,
                    kind=kind,
                    country=country,
                    category=category,
                    contact=contact if count == 1 else f"{contact}/{k + 1}",
                    entry_point=entry_point or None,
                    delivered=not _not_delivered(ev),
                    ref=where,
                    market=market,
                )
            )
    return Scenario(sid, era, settings, use_book, tuple(events), raw)


def _check_message_count(events_raw: list[Any], sid: str, max_messages: int) -> None:
    """Refuse a scenario whose events ask for more than ``max_messages`` messages."""
    total = 0
    for n, ev in enumerate(events_raw):
        count = ev.get("count", 1) if isinstance(ev, dict) else 1
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise ScenarioError(sid, f"events[{n}].count", "expected a whole number >= 1")
        total += count
        if total > max_messages:
            asked = f"{count:,}" if count < MAX_COUNT else "a very large number of"
            raise ScenarioError(
                sid,
                f"events[{n}].count",
                f"{asked} messages is more than a scenario file may hold "
                f"({max_messages:,} in all); bill real traffic from the History tab",
            )


def bill_scenario(scenario: Scenario) -> BillResult:
    """Bill one parsed scenario with every decision explained."""
    try:
        return BillingEngine(scenario.book, scenario.settings).bill(scenario.events, explain=True)
    except PricingError as exc:
        field = exc.field
        if exc.index is not None:
            ref = scenario.events[exc.index].ref
            field = (
                f"{ref}.{exc.field}"
                if not exc.field.startswith("rate_card")
                else (f"{exc.field} (needed by {ref})")
            )
        raise ScenarioError(scenario.id, field or "scenario", str(exc)) from exc
    except (RateCardError, UnknownCountry) as exc:
        raise ScenarioError(scenario.id, "rate_card", str(exc)) from exc


class ScenarioFileError(ScenarioError):
    """The file itself cannot be read as scenarios (names the file, not a scenario)."""

    def __init__(self, path: Path, message: str) -> None:
        ValueError.__init__(self, f"{shown(path.name, 80)}: {message}")
        self.scenario = ""
        self.field = "file"


def _parse_number(text: str) -> Decimal:
    """JSON numbers with a fraction become Decimal, so a rate written 0.0625 stays exact."""
    value = Decimal(text)
    if not value.is_finite() or abs(value.adjusted()) > 30:
        raise ValueError(f"the number {shown(text)} is out of range")
    return value


def _parse_int(text: str) -> int:
    if len(text) > 30:
        raise ValueError(f"a whole number of {len(text):,} digits is out of range")
    return int(text)


def read_scenario_json(path: Path) -> object:
    """The JSON of a scenario file, or :class:`ScenarioFileError` saying why it is unusable."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ScenarioFileError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise ScenarioFileError(
            path, f"too large for a scenario file (more than {MAX_FILE_BYTES // 1_000_000} MB)"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScenarioFileError(
            path, f"not UTF-8 text (byte {exc.start:,}); save it as UTF-8 JSON"
        ) from None
    try:
        return json.loads(
            text,
            parse_float=_parse_number,
            parse_int=_parse_int,
            parse_constant=_no_constant,
        )
    except json.JSONDecodeError as exc:
        raise ScenarioFileError(
            path, f"not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise ScenarioFileError(path, "not a scenario file: nested too deeply") from None
    except ValueError as exc:
        raise ScenarioFileError(path, f"not a scenario file: {exc}") from None


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


def load_scenarios(path: Path, book: RateBook | None = None) -> list[Scenario]:
    """Every scenario of a file (one object or a list), at most MAX_MESSAGES in all."""
    data = read_scenario_json(path)
    items = data if isinstance(data, list) else [data]
    if not items:
        raise ScenarioFileError(path, "no scenarios in the list")
    scenarios: list[Scenario] = []
    budget = MAX_MESSAGES
    for item in items:
        scenario = parse_scenario(item, book, max_messages=budget)
        budget -= len(scenario.events)
        scenarios.append(scenario)
    return scenarios


def result_json(scenario_id: str, result: BillResult) -> dict[str, Any]:
    """The CLI's ``--json`` contract for one scenario."""
    charges_by_category = {
        cat: {"count": count, "amount": str(amount)}
        for cat, (count, amount) in result.by_category().items()
    }
    conversations = []
    for w in result.windows:
        if w.kind == "csw":
            continue
        item: dict[str, Any] = {
            "contact": w.contact,
            "category": w.category,
            "start": iso(w.start),
            "end": iso(w.end),
            "charged": w.charged,
        }
        if w.charged and w.rate is not None:
            item["rate"] = str(w.rate)
        item["why"] = w.why
        conversations.append(item)
    charged_messages = []
    for c in result.charges:
        if not c.charged:
            continue
        msg: dict[str, Any] = {
            "t": iso(c.t),
            "contact": c.contact,
            "category": c.category,
            "market": c.market,
            "rate": str(c.rate),
            "pricing_model": c.pricing_model,
            "rule": c.rule,
            "card": c.card_id,
            "why": c.phrase.render(),
        }
        if c.ordinal is not None:
            msg["ordinal"] = c.ordinal
        if c.unverified:
            msg["unverified"] = True
        charged_messages.append(msg)
    return {
        "id": scenario_id,
        "charges_by_category": charges_by_category,
        "total": {"currency": result.currency, "amount": str(result.total())},
        "conversations": conversations,
        "charged_messages": charged_messages,
    }
