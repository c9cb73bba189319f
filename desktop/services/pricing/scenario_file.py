"""Scenario files in the format of pricing-examples.json: parse, bill, and report as JSON.

A file holds one scenario object or a list of them. Anything that would make the bill
wrong (unknown era, missing rate, unparsable time, events out of order, unknown country)
raises :class:`ScenarioError` naming the scenario and the field; no partial bill is made.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
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


class ScenarioError(ValueError):
    """One line: which scenario, which field, what is wrong."""

    def __init__(self, scenario: str, field: str, message: str) -> None:
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
    if not isinstance(value, str):
        raise ScenarioError(sid, field, "expected an ISO-8601 time such as 2025-07-01T00:00:00Z")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ScenarioError(
            sid, field, f"unparsable time '{value}' (use ISO-8601 such as 2025-07-01T00:00:00Z)"
        ) from None
    if moment.tzinfo is None:
        raise ScenarioError(sid, field, f"time '{value}' has no zone; add Z for UTC")
    return int(moment.timestamp())


def _scenario_book(card: Mapping[str, Any], sid: str) -> RateBook:
    """A scenario's own card: flat ``rates`` plus optional per-era ``rates_by_era``."""
    market = str(card.get("market") or "")
    if not market:
        raise ScenarioError(sid, "rate_card.market", "missing")
    base: dict[str, Any] = {
        "id": f"{sid}:card",
        "currency": card.get("currency", "USD"),
        "effective": PLACEHOLDER_EFFECTIVE.isoformat(),
        "source": card.get("source", ""),
        "rates": {market: dict(card.get("rates") or {})},
        "tiers": {market: dict(card.get("tiers") or {})} if card.get("tiers") else {},
        "tiers_are_illustrative": bool(card.get("tiers_are_illustrative", False)),
    }
    if not card.get("currency"):
        raise ScenarioError(sid, "rate_card.currency", "missing")
    try:
        cards: list[RateCard] = [card_from_json(base, "rate_card")]
        for era, rates in (card.get("rates_by_era") or {}).items():
            if era not in ERAS:
                raise ScenarioError(sid, f"rate_card.rates_by_era.{era}", "unknown era")
            merged = {**base["rates"][market], **dict(rates)}
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
    a = raw.get("assumptions") or {}
    if not isinstance(a, dict):
        raise ScenarioError(sid, "assumptions", "expected an object")

    def whole(name: str, default: int | None) -> int | None:
        value = a.get(name, default)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ScenarioError(sid, f"assumptions.{name}", "expected a whole number >= 0")
        return value

    mtd = a.get("month_to_date_charged") or {}
    if not isinstance(mtd, dict) or not all(isinstance(v, int) and v >= 0 for v in mtd.values()):
        raise ScenarioError(sid, "assumptions.month_to_date_charged", "expected {category: n}")
    auth = a.get("auth_international", False)
    business_country = None
    if isinstance(auth, dict):
        business_country = auth.get("business_country")
        auth = bool(auth.get("eligible", True))
    return BillingSettings(
        era=era,
        timezone=str(a.get("waba_timezone") or "UTC"),
        closed_windows="closed" in str(a.get("windows", "")).lower(),
        free_tier_monthly=whole("free_tier_monthly", 1000) or 0,
        free_tier_remaining_at_start=whole("free_tier_remaining_at_start", None),
        service_free_monthly=whole("service_free_monthly", 1000) or 0,
        service_free_remaining_at_start=whole("service_free_remaining_at_start", None),
        month_to_date_charged={
            k.replace("-", "_") if "|" not in k else k: v for k, v in mtd.items()
        },
        auth_international=bool(auth),
        business_country=business_country,
    )


def _not_delivered(ev: Mapping[str, Any]) -> bool:
    if ev.get("delivered") is False:
        return True
    if str(ev.get("status", "")).lower() in ("failed", "rejected", "undelivered"):
        return True
    outcome = str(ev.get("expected_outcome", "")).lower()
    return outcome.startswith(("rejected", "failed", "not delivered", "undelivered"))


def parse_scenario(raw: Mapping[str, Any], book: RateBook | None = None) -> Scenario:
    """One scenario object; ``book`` prices it unless it carries its own ``rate_card``."""
    if not isinstance(raw, dict):
        raise ScenarioError("?", "scenario", "expected a JSON object")
    sid = str(raw.get("id") or "?")
    era = raw.get("era")
    if not isinstance(era, str) or not is_era(era):
        raise ScenarioError(sid, "era", f"unknown era '{era}' (one of {', '.join(ERAS)}, auto)")
    settings = _settings(raw, era, sid)
    if raw.get("rate_card"):
        use_book = _scenario_book(raw["rate_card"], sid)
        settings = BillingSettings(**{**settings.__dict__, "currency": use_book.cards[0].currency})
    else:
        use_book = book or load_bundled_cards()
    recipient = raw.get("recipient") or {}
    r_country = str(recipient.get("country") or "").upper()
    r_market = recipient.get("market")
    events_raw = raw.get("events")
    if not isinstance(events_raw, list) or not events_raw:
        raise ScenarioError(sid, "events", "expected a non-empty list")
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
        country = str(ev.get("country") or r_country).upper()
        if country not in known_countries():
            raise ScenarioError(
                sid, f"{where}.country", f"unknown country '{country}' (ISO 3166 alpha-2)"
            )
        direction = ev.get("dir")
        if direction not in ("in", "out"):
            raise ScenarioError(sid, f"{where}.dir", "expected 'in' or 'out'")
        kind = ev.get("kind", "free_form")
        if kind not in ("template", "free_form"):
            raise ScenarioError(sid, f"{where}.kind", "expected 'template' or 'free_form'")
        category = ev.get("category")
        if kind == "template" and direction == "out" and not category:
            raise ScenarioError(sid, f"{where}.category", "a template needs its category")
        count = ev.get("count", 1)
        if not isinstance(count, int) or count < 1:
            raise ScenarioError(sid, f"{where}.count", "expected a whole number >= 1")
        contact = str(ev.get("contact") or "A")
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
                    entry_point=ev.get("entry_point"),
                    delivered=not _not_delivered(ev),
                    ref=where,
                    market=market,
                )
            )
    return Scenario(sid, era, settings, use_book, tuple(events), raw)


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


def load_scenarios(path: Path, book: RateBook | None = None) -> list[Scenario]:
    """Every scenario of a file (one object or a list)."""
    try:
        # Numbers with a fraction become Decimal, so a rate written as 0.0625 stays exact.
        data = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    except OSError as exc:
        raise ScenarioError(path.name, "file", f"cannot read: {exc.strerror}") from exc
    except json.JSONDecodeError as exc:
        raise ScenarioError(
            path.name, "file", f"not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    items = data if isinstance(data, list) else [data]
    if not items:
        raise ScenarioError(path.name, "file", "no scenarios in the list")
    return [parse_scenario(item, book) for item in items]


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
