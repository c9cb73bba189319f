"""The billing engine: replays messages under one pricing era (or each event's own era).

One pass over time-ordered events keeps, per contact, the customer service window, the
open conversations (CBP) and the free entry point window; per WABA the monthly free tier;
per phone number the Oct-2026 service allowance; per market and category the monthly
volume-tier position. Charges are counted per (month, WABA, number, market, category,
rate) and multiplied once at the end, so a million events stay a tight loop. With
``explain=True`` every decision, charge and window is also recorded for the timeline.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.services.pricing import cards as C
from desktop.services.pricing.cards import RateBook, RateCard
from desktop.services.pricing.eras import (
    AUTO,
    CBP_2022,
    CBP_2023,
    CBP_2024_11,
    CONVERSATION_ERAS,
    ERA_STARTS,
    PMP_2025,
    PMP_2026_10,
    era_on,
    is_era,
    local_date,
    local_midnight,
    month_bounds,
)
from desktop.services.pricing.markets import UnknownCountry, market_for_country, previous_market
from desktop.services.pricing.model import (
    BillingSettings,
    BillLine,
    BillResult,
    Charge,
    Decision,
    PricingEvent,
    Window,
)
from desktop.services.pricing.rules import rule_phrase

FAR_PAST = -(2**62)
TEMPLATE_CATEGORIES = frozenset({C.MARKETING, C.UTILITY, C.AUTHENTICATION, C.AUTH_INTL})

# Per-contact state slots.
# Per-contact state: [csw_end, fep_end, fep_eligible_until, any_conversation_end,
#                     {category: conversation_end}, csw_window, fep_window] (indexes 0-6).


class PricingError(ValueError):
    """Input that cannot be billed exactly: names the event index and the field."""

    def __init__(self, message: str, index: int | None = None, field: str = "") -> None:
        super().__init__(message)
        self.index = index
        self.field = field


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise PricingError(
            f"unknown time zone '{name}' (use an IANA name such as Asia/Tokyo)", field="timezone"
        ) from exc


class BillingEngine:
    """Bills events with a :class:`RateBook` under :class:`BillingSettings`."""

    def __init__(self, book: RateBook, settings: BillingSettings | None = None) -> None:
        self.book = book
        self.settings = settings or BillingSettings()
        if not is_era(self.settings.era):
            raise PricingError(f"unknown era '{self.settings.era}'", field="era")
        self.tz = _zone(self.settings.timezone)
        self.currency = self.settings.currency or book.cards[0].currency
        self._era_bounds = [(local_midnight(start, self.tz), name) for name, start in ERA_STARTS]

    # -- lookups -----------------------------------------------------------------------

    def _era_at(self, ts: int) -> tuple[str, int]:
        """Era in force at ``ts`` (auto mode) and the time the next era starts."""
        current = ERA_STARTS[0][0]
        nxt = 2**62
        for start, name in self._era_bounds:
            if ts >= start:
                current = name
            else:
                nxt = start
                break
        return current, nxt

    def bill(self, events: Iterable[PricingEvent], *, explain: bool = False) -> BillResult:
        """The bill for ``events`` (must be in time order).

        ``explain=False`` returns only ``lines`` (the totals), from a leaner loop with the
        same rules; ``explain=True`` also fills ``decisions``, ``charges`` and ``windows``.
        """
        if not explain:
            from desktop.services.pricing.fast_engine import bill_fast

            seq = events if isinstance(events, Sequence) else list(events)
            return bill_fast(self, seq)
        st = self.settings
        fixed_era = None if st.era == AUTO else st.era
        tz = self.tz
        csw_len = st.csw_seconds + (1 if st.closed_windows else 0)
        conv_len = st.conversation_seconds + (1 if st.closed_windows else 0)
        fep_len = st.fep_seconds + (1 if st.closed_windows else 0)
        fep_reply = st.fep_reply_seconds + (1 if st.closed_windows else 0)

        contacts: dict[str, list[object]] = {}
        # (month, waba, phone number, (era, card id, market, category, rate)) -> count
        counts: dict[tuple[str, str, str, tuple[object, ...]], int] = {}
        charges: list[Charge] = []
        windows: list[Window] = []
        decisions: list[Decision] = []
        unverified_used = False

        month_end = FAR_PAST
        month_key = ""
        first_month = True
        free_used: dict[str, int] = {}
        service_used: dict[str, int] = {}
        tier_pos: dict[tuple[str, str], int] = {}
        day_end = FAR_PAST
        day: date | None = None
        era = fixed_era or CBP_2022
        era_next = 2**62 if fixed_era else FAR_PAST
        card: RateCard | None = None
        market_cache: dict[str, str] = {}
        rate_cache: dict[
            tuple[str, str],
            tuple[Decimal, tuple[C.Tier, ...] | None, bool, str, tuple[object, ...]],
        ] = {}
        tiered = C.TIERED_CATEGORIES
        last_t = FAR_PAST
        mtd = dict(st.month_to_date_charged)
        # Hot-loop locals (module globals and attributes are slower to reach).
        FAR = FAR_PAST
        SERVICE, UTILITY, AUTH = C.SERVICE, C.UTILITY, C.AUTHENTICATION
        template_cats = TEMPLATE_CATEGORIES
        category_names: dict[str, str] = {}
        auth_intl = st.auth_international
        is_cbp = era in CONVERSATION_ERAS

        def resolve(
            i: int, country: str, market: str, category: str
        ) -> tuple[Decimal, tuple[C.Tier, ...] | None, bool, str, tuple[object, ...]]:
            """Rate, tiers, unverified flag, card id and count slot; cached per card/era."""
            assert card is not None and day is not None
            use_market = market
            value = card.rate(market, category)
            if value is None and market not in card.rates:
                use_market = previous_market(country, day)
                value = card.rate(use_market, category)
            if value is None:
                raise PricingError(
                    f"missing rate: card {card.id} has no {category} rate for {market}",
                    i,
                    f"rate_card.rates.{category}",
                )
            tiers = card.tier_table(use_market, category) if category in tiered else None
            hit = (
                value,
                tiers,
                card.is_unverified(use_market, category),
                card.id,
                (era, card.id, market, category, value),
            )
            rate_cache[(market, category)] = hit
            return hit

        for i, ev in enumerate(events):
            ts = ev.t
            if ts < last_t:
                raise PricingError(
                    "events out of order: each event's time must be at or after the previous one",
                    i,
                    "t",
                )
            last_t = ts
            if ts >= day_end:
                day = local_date(ts, tz)
                day_end = local_midnight(day + timedelta(days=1), tz)
                market_cache.clear()
                if ts >= era_next:
                    era, era_next = self._era_at(ts)
                    is_cbp = era in CONVERSATION_ERAS
                    rate_cache.clear()
                new_card = self.book.card_for(era, day, self.currency)
                if new_card is not card:
                    card = new_card
                    rate_cache.clear()
                if ts >= month_end:
                    if month_end != FAR_PAST:
                        first_month = False
                        free_used.clear()
                        service_used.clear()
                        tier_pos.clear()
                    _start, month_end, month_key = month_bounds(ts, tz)
            country = ev.country
            market = ev.market or market_cache.get(country)
            if market is None:
                try:
                    market = market_for_country(country, day)  # type: ignore[arg-type]
                except UnknownCountry as exc:
                    raise PricingError(str(exc), i, "country") from exc
                market_cache[country] = market
            state = contacts.get(ev.contact)
            if state is None:
                state = [FAR, FAR, FAR, FAR, {}, None, None]
                contacts[ev.contact] = state

            # ---- inbound ------------------------------------------------------------
            if ev.direction == "in":
                if explain:
                    win = state[5]
                    if win is not None and ts < state[0]:  # type: ignore[operator]
                        win.end = ts + csw_len  # type: ignore[attr-defined]
                    else:
                        win = Window("csw", ev.contact, ts, ts + csw_len, rule="csw_opened")
                        windows.append(win)
                        state[5] = win
                    decisions.append(
                        Decision(
                            i,
                            ts,
                            ev.contact,
                            "csw_opened",
                            rule_phrase("csw_opened"),
                            False,
                            None,
                            None,
                            None,
                        )
                    )
                state[0] = ts + csw_len
                if ev.entry_point:
                    state[2] = ts + fep_reply
                continue
            if ev.direction != "out":
                raise PricingError(
                    f"direction must be 'in' or 'out', not '{ev.direction}'", i, "dir"
                )

            # ---- outbound -----------------------------------------------------------
            is_template = ev.kind == "template"
            if not is_template and ev.kind != "free_form":
                raise PricingError(
                    f"kind must be 'template' or 'free_form', not '{ev.kind}'", i, "kind"
                )
            in_csw = ts < state[0]  # type: ignore[operator]
            if not ev.delivered or (not is_template and not in_csw):
                if explain:
                    rule = "not_delivered" if not ev.delivered else "rejected_outside_csw"
                    decisions.append(
                        Decision(
                            i,
                            ts,
                            ev.contact,
                            rule,
                            rule_phrase(rule),
                            False,
                            None,
                            None,
                            None,
                            delivered=False,
                        )
                    )
                continue
            category = SERVICE
            if is_template:
                raw = ev.category
                if raw is None:
                    raise PricingError("a template needs its category", i, "category")
                category = category_names.get(raw) or C.normalise_category(raw)
                category_names[raw] = category
                if category not in template_cats:
                    raise PricingError(f"unknown template category '{raw}'", i, "category")
                if (
                    category == AUTH
                    and auth_intl
                    and (
                        st.business_country is None
                        or st.business_country.upper() != country.upper()
                    )
                ):
                    assert card is not None
                    if card.rate(market, C.AUTH_INTL) is not None:
                        category = C.AUTH_INTL
            model = "CBP" if is_cbp else "PMP"

            # Free entry point: opens at the first delivered reply within 24h of the ad.
            if ts < state[2] and ts >= state[1]:  # type: ignore[operator]
                state[1] = ts + fep_len
                state[2] = FAR
                if is_cbp:
                    # The FEP conversation closes every other open conversation.
                    state[4] = {}
                    state[3] = FAR
                if explain:
                    win = Window(
                        "fep",
                        ev.contact,
                        ts,
                        ts + fep_len,
                        C.REFERRAL,
                        False,
                        rule="fep_opened",
                        why="free entry point",
                    )
                    windows.append(win)
                    state[6] = win
                    decisions.append(
                        Decision(
                            i,
                            ts,
                            ev.contact,
                            "fep_opened",
                            rule_phrase("fep_opened"),
                            False,
                            model,
                            "free_entry_point" if not is_cbp else None,
                            C.REFERRAL,
                        )
                    )
                continue
            if ts < state[1]:  # type: ignore[operator]
                if explain:
                    decisions.append(
                        Decision(
                            i,
                            ts,
                            ev.contact,
                            "inside_fep",
                            rule_phrase("inside_fep"),
                            False,
                            model,
                            "free_entry_point" if not is_cbp else None,
                            C.REFERRAL,
                        )
                    )
                continue

            waba = ev.waba
            if is_cbp:
                convs: dict[str, int] = state[4]  # type: ignore[assignment]
                if era == CBP_2022:
                    if ts < state[3]:  # type: ignore[operator]
                        if explain:
                            open_cat = next(iter(convs), "")
                            decisions.append(
                                Decision(
                                    i,
                                    ts,
                                    ev.contact,
                                    "inside_conversation",
                                    rule_phrase("inside_conversation", category=open_cat),
                                    False,
                                    model,
                                    None,
                                    open_cat,
                                )
                            )
                        continue
                    conv_cat = C.USER_INITIATED if in_csw else C.BUSINESS_INITIATED
                    convs.clear()
                elif is_template:
                    if ts < convs.get(category, FAR):
                        if explain:
                            decisions.append(
                                Decision(
                                    i,
                                    ts,
                                    ev.contact,
                                    "inside_conversation",
                                    rule_phrase("inside_conversation", category=category),
                                    False,
                                    model,
                                    None,
                                    category,
                                )
                            )
                        continue
                    conv_cat = category
                else:
                    if ts < state[3]:  # type: ignore[operator]
                        if explain:
                            open_cat = max(convs, key=lambda k: convs[k]) if convs else ""
                            decisions.append(
                                Decision(
                                    i,
                                    ts,
                                    ev.contact,
                                    "inside_conversation",
                                    rule_phrase("inside_conversation", category=open_cat),
                                    False,
                                    model,
                                    None,
                                    open_cat,
                                )
                            )
                        continue
                    conv_cat = C.SERVICE
                end = ts + conv_len
                convs[conv_cat] = end
                if end > state[3]:  # type: ignore[operator]
                    state[3] = end
                # Free tier / free service.
                free_rule = None
                limit = st.free_tier_monthly
                if era == CBP_2022 or (era == CBP_2023 and conv_cat == C.SERVICE):
                    if first_month and st.free_tier_remaining_at_start is not None:
                        limit = st.free_tier_remaining_at_start
                    used = free_used.get(waba, 0)
                    if used < limit:
                        free_used[waba] = used + 1
                        free_rule = "free_tier"
                elif era == CBP_2024_11 and conv_cat == C.SERVICE:
                    free_rule = "service_free"
                if free_rule is not None:
                    if explain:
                        if free_rule == "free_tier":
                            done = free_used[waba]
                            lim = st.free_tier_monthly
                            if first_month and st.free_tier_remaining_at_start is not None:
                                done += lim - st.free_tier_remaining_at_start
                            phrase = rule_phrase(free_rule, category=conv_cat, used=done, limit=lim)
                        else:
                            phrase = rule_phrase(free_rule)
                        windows.append(
                            Window(
                                "conversation",
                                ev.contact,
                                ts,
                                end,
                                conv_cat,
                                False,
                                None,
                                None,
                                free_rule,
                                phrase.render(),
                            )
                        )
                        charges.append(
                            Charge(
                                ts,
                                ev.contact,
                                conv_cat,
                                market,
                                Decimal(0),
                                self.currency,
                                "",
                                era,
                                model,
                                free_rule,
                                phrase,
                                False,
                                None,
                                False,
                                waba,
                                ev.phone_number,
                                ev.ref,
                                end,
                            )
                        )
                        decisions.append(
                            Decision(
                                i, ts, ev.contact, free_rule, phrase, False, model, None, conv_cat
                            )
                        )
                    continue
                hit = rate_cache.get((market, conv_cat)) or resolve(i, country, market, conv_cat)
                rate, _tiers, unverified, card_id, slot = hit
                key = (month_key, waba, ev.phone_number, slot)
                counts[key] = counts.get(key, 0) + 1
                if unverified:
                    unverified_used = True
                if explain:
                    phrase = rule_phrase("conversation_opened", category=conv_cat, market=market)
                    windows.append(
                        Window(
                            "conversation",
                            ev.contact,
                            ts,
                            end,
                            conv_cat,
                            True,
                            rate,
                            card_id,
                            "conversation_opened",
                            phrase.render(),
                        )
                    )
                    charges.append(
                        Charge(
                            ts,
                            ev.contact,
                            conv_cat,
                            market,
                            rate,
                            self.currency,
                            card_id,
                            era,
                            model,
                            "conversation_opened",
                            phrase,
                            True,
                            None,
                            unverified,
                            waba,
                            ev.phone_number,
                            ev.ref,
                            end,
                        )
                    )
                    decisions.append(
                        Decision(
                            i,
                            ts,
                            ev.contact,
                            "conversation_opened",
                            phrase,
                            True,
                            model,
                            None,
                            conv_cat,
                        )
                    )
                continue

            # ---- per-message pricing ----------------------------------------------------
            if not is_template:
                if era == PMP_2025:
                    if explain:
                        decisions.append(
                            Decision(
                                i,
                                ts,
                                ev.contact,
                                "pmp_free_form_free",
                                rule_phrase("pmp_free_form_free"),
                                False,
                                model,
                                "free_customer_service",
                                C.SERVICE,
                            )
                        )
                    continue
                # Oct 2026: service messages are charged, after the monthly allowance.
                phone = ev.phone_number
                limit = st.service_free_monthly
                if first_month and st.service_free_remaining_at_start is not None:
                    limit = st.service_free_remaining_at_start
                used = service_used.get(phone, 0)
                if used < limit:
                    service_used[phone] = used + 1
                    if explain:
                        phrase = rule_phrase(
                            "service_allowance", used=used + 1, limit=st.service_free_monthly
                        )
                        decisions.append(
                            Decision(
                                i,
                                ts,
                                ev.contact,
                                "service_allowance",
                                phrase,
                                False,
                                model,
                                "free_customer_service",
                                C.SERVICE,
                            )
                        )
                    continue
                hit = rate_cache.get((market, SERVICE)) or resolve(i, country, market, SERVICE)
                rate, _tiers, unverified, card_id, slot = hit
                key = (month_key, waba, phone, slot)
                counts[key] = counts.get(key, 0) + 1
                if unverified:
                    unverified_used = True
                if explain:
                    phrase = rule_phrase("service_charged", market=market)
                    charges.append(
                        Charge(
                            ts,
                            ev.contact,
                            C.SERVICE,
                            market,
                            rate,
                            self.currency,
                            card_id,
                            era,
                            model,
                            "service_charged",
                            phrase,
                            True,
                            None,
                            unverified,
                            waba,
                            phone,
                            ev.ref,
                        )
                    )
                    decisions.append(
                        Decision(
                            i,
                            ts,
                            ev.contact,
                            "service_charged",
                            phrase,
                            True,
                            model,
                            "regular",
                            C.SERVICE,
                        )
                    )
                continue

            if category == UTILITY:
                convs = state[4]  # type: ignore[assignment]
                if ts < convs.get(UTILITY, FAR):
                    # Transition: a CBP utility conversation still open after the switch.
                    if explain:
                        decisions.append(
                            Decision(
                                i,
                                ts,
                                ev.contact,
                                "transition_cbp_conversation",
                                rule_phrase("transition_cbp_conversation"),
                                False,
                                "CBP",
                                None,
                                C.UTILITY,
                            )
                        )
                    continue
                if in_csw and era == PMP_2025:
                    if explain:
                        decisions.append(
                            Decision(
                                i,
                                ts,
                                ev.contact,
                                "pmp_utility_in_csw_free",
                                rule_phrase("pmp_utility_in_csw_free"),
                                False,
                                model,
                                "free_customer_service",
                                C.UTILITY,
                            )
                        )
                    continue
            hit = rate_cache.get((market, category)) or resolve(i, country, market, category)
            rate, tiers, unverified, card_id, slot = hit
            rule = "pmp_template_charged"
            pos = 0
            if tiers is not None or explain:
                tkey = (market, category)
                pos = tier_pos.get(tkey, -1)
                if pos < 0:
                    pos = (
                        mtd.get(f"{market}|{category}", mtd.get(category, 0)) if first_month else 0
                    )
                pos += 1
                tier_pos[tkey] = pos
                if tiers is not None:
                    for upto, tier_rate in tiers:
                        if upto is None or pos <= upto:
                            if tier_rate != rate:
                                rule = "pmp_tier_charged"
                                rate = tier_rate
                                slot = (era, card_id, market, category, rate)
                            break
            key = (month_key, waba, ev.phone_number, slot)
            counts[key] = counts.get(key, 0) + 1
            if unverified:
                unverified_used = True
            if explain:
                phrase = rule_phrase(rule, category=category, market=market, ordinal=pos)
                charges.append(
                    Charge(
                        ts,
                        ev.contact,
                        category,
                        market,
                        rate,
                        self.currency,
                        card_id,
                        era,
                        model,
                        rule,
                        phrase,
                        True,
                        pos,
                        unverified,
                        waba,
                        ev.phone_number,
                        ev.ref,
                    )
                )
                decisions.append(
                    Decision(i, ts, ev.contact, rule, phrase, True, model, "regular", category)
                )

        lines = [
            BillLine(month, waba, phone, *slot, n)  # type: ignore[arg-type,call-arg]
            for (month, waba, phone, slot), n in counts.items()
        ]
        return BillResult(self.currency, lines, charges, windows, decisions, unverified_used)


def bill_under_every_era(
    book: RateBook, settings: BillingSettings, events: Sequence[PricingEvent]
) -> dict[str, BillResult]:
    """ "What would this have cost under era X" for every era (plus the real "auto" bill)."""
    from dataclasses import replace

    out: dict[str, BillResult] = {}
    for name in (AUTO, CBP_2022, CBP_2023, CBP_2024_11, PMP_2025, PMP_2026_10):
        out[name] = BillingEngine(book, replace(settings, era=name)).bill(events)
    return out


__all__ = ["BillingEngine", "PricingError", "bill_under_every_era", "era_on"]
