"""The bill without explanations: the same rules as ``BillingEngine.bill(explain=True)`` in a
lean loop for replays of millions of events (history, what-if per era, benchmarks).

Kept deliberately flat: every rule of engine.py appears here once, in the same order;
tests/unit/pricing/test_pricing_fast_engine.py checks both give identical bills.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from desktop.services.pricing import cards as C
from desktop.services.pricing.eras import (
    CBP_2022,
    CBP_2023,
    CBP_2024_11,
    CONVERSATION_ERAS,
    PMP_2025,
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
from desktop.services.pricing.model import BillLine, BillResult, PricingEvent

if TYPE_CHECKING:
    from desktop.services.pricing.engine import BillingEngine

FAR = -(2**62)


def bill_fast(engine: BillingEngine, events: Sequence[PricingEvent]) -> BillResult:
    """Totals only (no decisions, charges or windows) for time-ordered ``events``."""
    from desktop.services.pricing.engine import TEMPLATE_CATEGORIES, PricingError

    st = engine.settings
    tz = engine.tz
    book = engine.book
    currency = engine.currency
    extra = 1 if st.closed_windows else 0
    csw_len = st.csw_seconds + extra
    conv_len = st.conversation_seconds + extra
    fep_len = st.fep_seconds + extra
    fep_reply = st.fep_reply_seconds + extra
    fixed_era = None if st.era == "auto" else st.era
    era = fixed_era or CBP_2022
    era_next = 2**62 if fixed_era else FAR
    is_cbp = era in CONVERSATION_ERAS
    SERVICE, UTILITY, AUTH, AUTH_INTL = C.SERVICE, C.UTILITY, C.AUTHENTICATION, C.AUTH_INTL
    UIC, BIC = C.USER_INITIATED, C.BUSINESS_INITIATED
    tiered = C.TIERED_CATEGORIES
    template_cats = TEMPLATE_CATEGORIES
    auth_intl = st.auth_international
    business_country = (st.business_country or "").upper()
    free_limit_monthly = st.free_tier_monthly
    free_start = st.free_tier_remaining_at_start
    service_monthly = st.service_free_monthly
    service_start = st.service_free_remaining_at_start
    mtd = dict(st.month_to_date_charged)

    # Per-contact state, keyed by contact. Only the window end is kept for every contact;
    # entry points and conversations live in small dicts that most events never touch.
    csw: dict[str, int] = {}  # customer service window end
    fep: dict[str, int] = {}  # free entry point window end
    fep_open: dict[str, int] = {}  # a reply before this opens a FEP (ad/CTA message + 24h)
    # CBP: {category: conversation end, "": end of the latest open conversation}
    convs_of: dict[str, dict[str, int]] = {}
    unverified_used = False
    day_end = month_end = last_t = FAR
    month_key = ""
    first_month = True
    free_used: dict[str, int] = {}
    service_used: dict[str, int] = {}
    tier_pos: dict[tuple[str, str], int] = {}
    market_cache: dict[str, str] = {}
    # (market, category) -> (slot id, tiers, unverified, rate); slots[id] = (era, card, market,
    # category, rate). Counting by small int ids keeps the hot path free of tuple hashing.
    rate_cache: dict[tuple[str, str], tuple[int, object, bool, object]] = {}
    slots: list[tuple[object, ...]] = []
    slot_ids: dict[tuple[object, ...], int] = {}
    # Charges are counted in small lists [count, slot id, tiers, unverified], one per
    # (month, WABA, number) bucket and (country, category): a charge is one ``c[0] += 1``.
    counters: list[tuple[tuple[str, str, str], list[Any]]] = []
    bucket_caches: dict[tuple[str, str, str], dict[str, dict[str, list[Any]]]] = {}
    bucket_key: tuple[str, str, str] = ("", "", "")
    bucket_waba: str | None = None
    bucket_phone: str | None = None
    # The current bucket's country -> {category: counter}; valid until the card, the era or
    # the market map changes (then every bucket cache is dropped; counters stay counted).
    by_country: dict[str, dict[str, list[Any]]] = {}
    change_days = sorted({start for start, _, _ in MARKET_CHANGES})
    next_change = date.min  # force a first clear
    category_names: dict[str, str] = {}
    card: C.RateCard | None = None
    day: date | None = None
    free_limit = free_limit_monthly if free_start is None else free_start
    service_limit = service_monthly if service_start is None else service_start

    def index_of(ev: PricingEvent) -> int:
        for n, other in enumerate(events):
            if other is ev:
                return n
        return -1

    def slot_id(slot: tuple[object, ...]) -> int:
        found = slot_ids.get(slot)
        if found is None:
            found = slot_ids[slot] = len(slots)
            slots.append(slot)
        return found

    def resolve(ev: PricingEvent, market: str, category: str) -> tuple[int, object, bool, object]:
        assert card is not None and day is not None
        use_market = market
        value = card.rate(market, category)
        if value is None and market not in card.rates:
            use_market = previous_market(ev.country, day)
            value = card.rate(use_market, category)
        if value is None:
            raise PricingError(
                f"missing rate: card {card.id} has no {category} rate for {market}",
                index_of(ev),
                f"rate_card.rates.{category}",
            )
        tiers = card.tier_table(use_market, category) if category in tiered else None
        hit = (
            slot_id((era, card.id, market, category, value)),
            tiers,
            card.is_unverified(use_market, category),
            value,
        )
        rate_cache[(market, category)] = hit
        return hit

    def market_of(ev: PricingEvent) -> str:
        country = ev.country
        market = market_cache.get(country)
        if market is None:
            try:
                market = market_for_country(country, day)  # type: ignore[arg-type]
            except UnknownCountry as exc:
                raise PricingError(str(exc), index_of(ev), "country") from exc
            market_cache[country] = market
        return market

    def counter_for(
        ev: PricingEvent,
        category: str,
        cache: dict[str, dict[str, list[Any]]],
        key: tuple[str, str, str],
    ) -> list[Any]:
        market = ev.market or market_cache.get(ev.country) or market_of(ev)
        sid, tiers, unverified, _rate = rate_cache.get((market, category)) or resolve(
            ev, market, category
        )
        counter = [0, sid, tiers, unverified]
        counters.append((key, counter))
        cache.setdefault(ev.country, {})[category] = counter
        return counter

    tier_counters: dict[tuple[tuple[str, str, str], int], list[Any]] = {}

    for ev in events:
        ts = ev.t
        if ts < last_t:
            raise PricingError(
                "events out of order: each event's time must be at or after the previous one",
                index_of(ev),
                "t",
            )
        last_t = ts
        if ts >= day_end:
            day = local_date(ts, tz)
            day_end = local_midnight(day + timedelta(days=1), tz)
            if day >= next_change:
                market_cache.clear()
                bucket_caches.clear()
                by_country = {}
                bucket_waba = None
                next_change = next((d for d in change_days if d > day), date.max)
            if ts >= era_next:
                era, era_next = engine._era_at(ts)
                is_cbp = era in CONVERSATION_ERAS
                rate_cache.clear()
                bucket_caches.clear()
                by_country = {}
                bucket_waba = None
            new_card = book.card_for(era, day, currency)
            if new_card is not card:
                card = new_card
                rate_cache.clear()
                bucket_caches.clear()
                by_country = {}
                bucket_waba = None
            if ts >= month_end:
                if month_end != FAR:
                    first_month = False
                    free_limit = free_limit_monthly
                    service_limit = service_monthly
                    free_used.clear()
                    service_used.clear()
                    tier_pos.clear()
                _start, month_end, month_key = month_bounds(ts, tz)
                bucket_waba = None
        contact = ev.contact
        direction = ev.direction
        if direction == "in":
            csw[contact] = ts + csw_len
            if ev.entry_point:
                fep_open[contact] = ts + fep_reply
            continue
        if direction != "out":
            raise PricingError(
                f"direction must be 'in' or 'out', not '{direction}'", index_of(ev), "dir"
            )
        kind = ev.kind
        if kind == "template":
            is_template = True
        elif kind == "free_form":
            is_template = False
        else:
            raise PricingError(
                f"kind must be 'template' or 'free_form', not '{kind}'", index_of(ev), "kind"
            )
        # Templates look the window up only where a rule needs it (it is the costliest read).
        if not is_template and ts >= csw.get(contact, FAR):
            continue  # free-form outside the window: rejected by Meta
        if not ev.delivered:
            continue
        if is_template:
            raw = ev.category
            category = category_names.get(raw)  # type: ignore[arg-type]
            if category is None:
                if raw is None:
                    raise PricingError("a template needs its category", index_of(ev), "category")
                category = C.normalise_category(raw)
                if category not in template_cats:
                    raise PricingError(
                        f"unknown template category '{raw}'", index_of(ev), "category"
                    )
                category_names[raw] = category
            if category == AUTH and auth_intl and ev.country.upper() != business_country:
                assert card is not None
                if card.rate(ev.market or market_of(ev), AUTH_INTL) is not None:
                    category = AUTH_INTL
        else:
            category = SERVICE
        if fep:
            fep_end = fep.get(contact)
            if fep_end is not None and ts < fep_end:
                continue
        if fep_open:
            open_until = fep_open.get(contact)
            if open_until is not None:
                del fep_open[contact]
                if ts < open_until:
                    fep[contact] = ts + fep_len
                    if is_cbp:
                        convs_of.pop(contact, None)
                    continue

        if is_cbp:
            convs = convs_of.get(contact)
            any_end = convs[""] if convs is not None else FAR
            if era == CBP_2022:
                if ts < any_end:
                    continue
                conv_cat = UIC if not is_template or ts < csw.get(contact, FAR) else BIC
                end = ts + conv_len
                if convs is None:
                    convs_of[contact] = {"": end, conv_cat: end}
                else:
                    convs.clear()  # one conversation at a time in 2022
                    convs[""] = convs[conv_cat] = end
                waba = ev.waba
                used = free_used.get(waba, 0)
                if used < free_limit:
                    free_used[waba] = used + 1
                    continue
                if ev.waba != bucket_waba or ev.phone_number != bucket_phone:
                    bucket_waba, bucket_phone = ev.waba, ev.phone_number
                    bucket_key = (month_key, bucket_waba, bucket_phone)
                    by_country = bucket_caches.setdefault(bucket_key, {})
                hits = by_country.get(ev.country)
                counter = hits.get(conv_cat) if hits is not None else None
                if counter is None:
                    counter = counter_for(ev, conv_cat, by_country, bucket_key)
                    if counter[3]:
                        unverified_used = True
                counter[0] += 1
                continue
            if is_template:
                if convs is not None and ts < convs.get(category, FAR):
                    continue
                conv_cat = category
            else:
                if ts < any_end:
                    continue
                conv_cat = SERVICE
            end = ts + conv_len
            if convs is None:
                convs = convs_of[contact] = {"": end}
            convs[conv_cat] = end
            if end > convs[""]:
                convs[""] = end
            if conv_cat == SERVICE and era == CBP_2023:
                waba = ev.waba
                used = free_used.get(waba, 0)
                if used < free_limit:
                    free_used[waba] = used + 1
                    continue
            elif era == CBP_2024_11 and conv_cat == SERVICE:
                continue
            if ev.waba != bucket_waba or ev.phone_number != bucket_phone:
                bucket_waba, bucket_phone = ev.waba, ev.phone_number
                bucket_key = (month_key, bucket_waba, bucket_phone)
                by_country = bucket_caches.setdefault(bucket_key, {})
            hits = by_country.get(ev.country)
            counter = hits.get(conv_cat) if hits is not None else None
            if counter is None:
                counter = counter_for(ev, conv_cat, by_country, bucket_key)
                if counter[3]:
                    unverified_used = True
            counter[0] += 1
            continue

        if not is_template:
            if era == PMP_2025:
                continue
            phone = ev.phone_number
            used = service_used.get(phone, 0)
            if used < service_limit:
                service_used[phone] = used + 1
                continue
            if ev.waba != bucket_waba or phone != bucket_phone:
                bucket_waba, bucket_phone = ev.waba, phone
                bucket_key = (month_key, bucket_waba, bucket_phone)
                by_country = bucket_caches.setdefault(bucket_key, {})
            hits = by_country.get(ev.country)
            counter = hits.get(SERVICE) if hits is not None else None
            if counter is None:
                counter = counter_for(ev, SERVICE, by_country, bucket_key)
                if counter[3]:
                    unverified_used = True
            counter[0] += 1
            continue
        if category == UTILITY:
            if convs_of:
                convs = convs_of.get(contact)
                if convs is not None and ts < convs.get(UTILITY, FAR):
                    continue
            if era == PMP_2025 and ts < csw.get(contact, FAR):
                continue
        if ev.waba != bucket_waba or ev.phone_number != bucket_phone:
            bucket_waba, bucket_phone = ev.waba, ev.phone_number
            bucket_key = (month_key, bucket_waba, bucket_phone)
            by_country = bucket_caches.setdefault(bucket_key, {})
        hits = by_country.get(ev.country)
        counter = hits.get(category) if hits is not None else None
        if counter is None:
            counter = counter_for(ev, category, by_country, bucket_key)
            if counter[3]:
                unverified_used = True
        tiers = counter[2]
        if tiers is not None:
            market = ev.market or market_cache.get(ev.country) or market_of(ev)
            tkey = (market, category)
            pos = tier_pos.get(tkey, -1)
            if pos < 0:
                pos = mtd.get(f"{market}|{category}", mtd.get(category, 0)) if first_month else 0
            pos += 1
            tier_pos[tkey] = pos
            sid = counter[1]
            for upto, tier_rate in tiers:
                if upto is None or pos <= upto:
                    if tier_rate != slots[sid][4]:
                        tsid = slot_id((*slots[sid][:4], tier_rate))
                        tier_counter = tier_counters.get((bucket_key, tsid))
                        if tier_counter is None:
                            tier_counter = tier_counters[(bucket_key, tsid)] = [0, tsid]
                            counters.append((bucket_key, tier_counter))
                        counter = tier_counter
                    break
        counter[0] += 1

    totals: dict[tuple[tuple[str, str, str], int], int] = {}
    for key, counter in counters:
        if counter[0]:
            total_key = (key, counter[1])
            totals[total_key] = totals.get(total_key, 0) + counter[0]
    lines = [
        BillLine(month, waba, phone, *slots[sid], n)  # type: ignore[arg-type,call-arg]
        for ((month, waba, phone), sid), n in totals.items()
    ]
    return BillResult(currency, lines, unverified_used=unverified_used)
