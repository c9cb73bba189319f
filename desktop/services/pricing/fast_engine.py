"""The bill without explanations: the same rules as ``BillingEngine.bill(explain=True)`` in a
lean loop for replays of millions of events (history, what-if per era, benchmarks).

Events are replayed one local day at a time: the day's slice is found by bisection, and the
era, card, month and market map are settled once per day, so each event runs through a loop
written for its era alone (CBP-2022, CBP-2023/2024-11, PMP) with no per-event era dispatch.
Per-contact state is kept in flat ``{contact: end}`` dicts of int seconds; windows that have
ended are dropped now and then so those dicts stay small. Money is only touched at the end.

Every rule of engine.py appears here once per era loop, in the same order;
tests/unit/pricing/test_pricing_fast_engine.py checks both give identical bills.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, timedelta
from operator import attrgetter
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
_TIME = attrgetter("t")
# A window dict is rebuilt without its ended windows once it holds this many more entries
# than after the last rebuild (amortised: each entry is copied at most a few times).
_PRUNE_SLACK = 2048


def _live(windows: dict[str, int], now: int) -> dict[str, int]:
    """``windows`` without the ones that ended at or before ``now`` (they decide nothing:
    every later event is at or after ``now``, and a missing window reads as ended)."""
    return {who: end for who, end in windows.items() if end > now}


def misplaced_at(day_events: Sequence[PricingEvent], last_t: int, day_end: int) -> int:
    """Position of the first event before its predecessor or after the day's end."""
    for k, ev in enumerate(day_events):
        if ev.t < last_t or ev.t >= day_end:
            return k
        last_t = ev.t
    return len(day_events)


def bill_fast(engine: BillingEngine, events: Sequence[PricingEvent]) -> BillResult:
    """Totals only (no decisions, charges or windows) for time-ordered ``events``."""
    from desktop.services.pricing.engine import TEMPLATE_CATEGORIES, PricingError

    seq: Sequence[PricingEvent] = events if isinstance(events, (list, tuple)) else list(events)
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

    # Per-contact state: one {contact: end} dict per kind of window, ints only.
    csw: dict[str, int] = {}  # customer service window end
    fep: dict[str, int] = {}  # free entry point window end
    fep_open: dict[str, int] = {}  # a reply before this opens a FEP (ad/CTA message + 24h)
    conv_any: dict[str, int] = {}  # CBP: end of the latest open conversation
    # CBP-2023 on: conversation end per category (2022 needs only ``conv_any``).
    conv_of: dict[str, dict[str, int]] = {}
    csw_keep = conv_keep = 0  # sizes right after the last rebuild
    unverified_used = False
    month_end = last_t = FAR
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
    tier_counters: dict[tuple[tuple[str, str, str], int], list[Any]] = {}

    def index_of(ev: PricingEvent) -> int:
        for n, other in enumerate(seq):
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

    def counter_for(ev: PricingEvent, category: str) -> list[Any]:
        """The counter of ``ev``'s bucket, country and ``category`` (made on first use)."""
        nonlocal bucket_waba, bucket_phone, bucket_key, by_country, unverified_used
        if ev.waba != bucket_waba or ev.phone_number != bucket_phone:
            bucket_waba, bucket_phone = ev.waba, ev.phone_number
            bucket_key = (month_key, bucket_waba, bucket_phone)
            by_country = bucket_caches.setdefault(bucket_key, {})
        hits = by_country.get(ev.country)
        if hits is None:
            hits = by_country[ev.country] = {}
        counter = hits.get(category)
        if counter is None:
            market = ev.market or market_cache.get(ev.country) or market_of(ev)
            sid, tiers, unverified, _rate = rate_cache.get((market, category)) or resolve(
                ev, market, category
            )
            counter = [0, sid, tiers, unverified]
            counters.append((bucket_key, counter))
            hits[category] = counter
            if unverified:
                unverified_used = True
        return counter

    def category_of(ev: PricingEvent) -> str:
        """The normalised template category of ``ev`` (cached per spelling)."""
        raw = ev.category
        if raw is None:
            raise PricingError("a template needs its category", index_of(ev), "category")
        category = C.normalise_category(raw)
        if category not in template_cats:
            raise PricingError(f"unknown template category '{raw}'", index_of(ev), "category")
        category_names[raw] = category
        return category

    def bad_event(ev: PricingEvent) -> PricingError:
        """The error for an event with an unknown direction or kind."""
        if ev.direction not in ("in", "out"):
            return PricingError(
                f"direction must be 'in' or 'out', not '{ev.direction}'", index_of(ev), "dir"
            )
        return PricingError(
            f"kind must be 'template' or 'free_form', not '{ev.kind}'", index_of(ev), "kind"
        )

    def auth_category(ev: PricingEvent) -> str:
        """Authentication, or authentication-international for a foreign recipient."""
        assert card is not None
        if ev.country.upper() != business_country and (
            card.rate(ev.market or market_of(ev), AUTH_INTL) is not None
        ):
            return AUTH_INTL
        return AUTH

    def open_fep(contact: str, ts: int, is_cbp: bool) -> bool:
        """Free entry point rules for a delivered outbound message: True if it is free."""
        fep_end = fep.get(contact)
        if fep_end is not None and ts < fep_end:
            return True
        open_until = fep_open.pop(contact, None)
        if open_until is not None and ts < open_until:
            fep[contact] = ts + fep_len
            if is_cbp:
                # The FEP conversation closes every other open conversation.
                conv_any.pop(contact, None)
                for ends in conv_of.values():
                    ends.pop(contact, None)
            return True
        return False

    n_events = len(seq)
    i = 0
    while i < n_events:
        first = seq[i]
        ts = first.t
        if ts < last_t:
            raise PricingError(
                "events out of order: each event's time must be at or after the previous one",
                i,
                "t",
            )
        # ---- settle the day of ``first``: market map, era, card, month ----------------
        day = local_date(ts, tz)
        day_end = local_midnight(day + timedelta(days=1), tz)
        if day >= next_change:
            market_cache.clear()
            bucket_caches.clear()
            next_change = next((d for d in change_days if d > day), date.max)
        if ts >= era_next:
            era, era_next = engine._era_at(ts)
            rate_cache.clear()
            bucket_caches.clear()
        new_card = book.card_for(era, day, currency)
        if new_card is not card:
            card = new_card
            rate_cache.clear()
            bucket_caches.clear()
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
        by_country = {}
        # Ended windows decide nothing; dropping them keeps the dicts small and cache-warm.
        if len(csw) > csw_keep + _PRUNE_SLACK:
            csw = _live(csw, last_t)
            csw_keep = len(csw)
        if len(conv_any) > conv_keep + _PRUNE_SLACK:
            conv_any = _live(conv_any, last_t)
            for cat in conv_of:
                conv_of[cat] = _live(conv_of[cat], last_t)
            conv_keep = len(conv_any)
        if len(fep_open) > _PRUNE_SLACK:
            fep_open = _live(fep_open, last_t)
        if len(fep) > _PRUNE_SLACK:
            fep = _live(fep, last_t)

        j = bisect_left(seq, day_end, i + 1, n_events, key=_TIME)
        day_events = seq[i:j] if i or j < n_events else seq
        stop: PricingEvent | None = None
        day_start_t = last_t

        if era == CBP_2022:
            # ---- CBP-2022: one conversation at a time, user- or business-initiated ----
            for ev in day_events:
                ts = ev.t
                if ts < last_t or ts >= day_end:
                    stop = ev
                    break
                last_t = ts
                contact = ev.contact
                direction = ev.direction
                if direction == "in":
                    csw[contact] = ts + csw_len
                    if ev.entry_point:
                        fep_open[contact] = ts + fep_reply
                    continue
                kind = ev.kind
                if kind == "free_form" and direction == "out":
                    if contact not in csw or ts >= csw[contact] or not ev.delivered:
                        continue  # outside the window: rejected by Meta
                    conv_cat = UIC
                elif kind == "template" and direction == "out":
                    if not ev.delivered:
                        continue
                    category = category_names.get(ev.category) or category_of(ev)  # type: ignore[arg-type]
                    if category == AUTH and auth_intl:
                        category = auth_category(ev)
                    conv_cat = UIC if contact in csw and ts < csw[contact] else BIC
                else:
                    raise bad_event(ev)
                if (contact in fep or contact in fep_open) and open_fep(contact, ts, True):
                    continue
                if contact in conv_any and ts < conv_any[contact]:
                    continue
                conv_any[contact] = ts + conv_len
                waba = ev.waba
                used = free_used.get(waba, 0)
                if used < free_limit:
                    free_used[waba] = used + 1
                    continue
                hits = by_country.get(ev.country)
                counter = hits.get(conv_cat) if hits is not None else None
                if counter is None or ev.waba != bucket_waba or ev.phone_number != bucket_phone:
                    counter = counter_for(ev, conv_cat)
                counter[0] += 1

        elif era in CONVERSATION_ERAS:
            # ---- CBP-2023 / CBP-2024-11: a conversation per category ------------------
            service_is_free = era == CBP_2024_11
            service_in_tier = era == CBP_2023
            ends_of = conv_of.get
            for ev in day_events:
                ts = ev.t
                if ts < last_t or ts >= day_end:
                    stop = ev
                    break
                last_t = ts
                contact = ev.contact
                direction = ev.direction
                if direction == "in":
                    csw[contact] = ts + csw_len
                    if ev.entry_point:
                        fep_open[contact] = ts + fep_reply
                    continue
                kind = ev.kind
                if kind == "free_form" and direction == "out":
                    if contact not in csw or ts >= csw[contact] or not ev.delivered:
                        continue  # outside the window: rejected by Meta
                    if (contact in fep or contact in fep_open) and open_fep(contact, ts, True):
                        continue
                    if contact in conv_any and ts < conv_any[contact]:
                        continue
                    conv_cat = SERVICE
                    end = ts + conv_len
                    conv_any[contact] = end
                    ends = ends_of(SERVICE)
                    if ends is None:
                        ends = conv_of[SERVICE] = {}
                    ends[contact] = end
                    if service_is_free:
                        continue
                    if service_in_tier:
                        waba = ev.waba
                        used = free_used.get(waba, 0)
                        if used < free_limit:
                            free_used[waba] = used + 1
                            continue
                elif kind == "template" and direction == "out":
                    if not ev.delivered:
                        continue
                    conv_cat = category_names.get(ev.category) or category_of(ev)  # type: ignore[arg-type]
                    if conv_cat == AUTH and auth_intl:
                        conv_cat = auth_category(ev)
                    if (contact in fep or contact in fep_open) and open_fep(contact, ts, True):
                        continue
                    ends = ends_of(conv_cat)
                    if ends is None:
                        ends = conv_of[conv_cat] = {}
                    elif contact in ends and ts < ends[contact]:
                        continue
                    end = ends[contact] = conv_any[contact] = ts + conv_len
                else:
                    raise bad_event(ev)
                hits = by_country.get(ev.country)
                counter = hits.get(conv_cat) if hits is not None else None
                if counter is None or ev.waba != bucket_waba or ev.phone_number != bucket_phone:
                    counter = counter_for(ev, conv_cat)
                counter[0] += 1

        else:
            # ---- PMP: per delivered template; service charged from October 2026 -------
            service_is_free = era == PMP_2025
            utility_free_in_csw = era == PMP_2025
            util_ends = conv_of.get(UTILITY) or {}
            for ev in day_events:
                ts = ev.t
                if ts < last_t or ts >= day_end:
                    stop = ev
                    break
                last_t = ts
                contact = ev.contact
                direction = ev.direction
                if direction == "in":
                    csw[contact] = ts + csw_len
                    if ev.entry_point:
                        fep_open[contact] = ts + fep_reply
                    continue
                kind = ev.kind
                if kind == "free_form" and direction == "out":
                    if contact not in csw or ts >= csw[contact] or not ev.delivered:
                        continue  # outside the window: rejected by Meta
                    if (contact in fep or contact in fep_open) and open_fep(contact, ts, False):
                        continue
                    if service_is_free:
                        continue
                    phone = ev.phone_number
                    used = service_used.get(phone, 0)
                    if used < service_limit:
                        service_used[phone] = used + 1
                        continue
                    category = SERVICE
                elif kind == "template" and direction == "out":
                    if not ev.delivered:
                        continue
                    category = category_names.get(ev.category) or category_of(ev)  # type: ignore[arg-type]
                    if category == AUTH and auth_intl:
                        category = auth_category(ev)
                    if (contact in fep or contact in fep_open) and open_fep(contact, ts, False):
                        continue
                    if category == UTILITY:
                        # Transition: a CBP utility conversation still open after the switch.
                        if contact in util_ends and ts < util_ends[contact]:
                            continue
                        if utility_free_in_csw and contact in csw and ts < csw[contact]:
                            continue
                else:
                    raise bad_event(ev)
                hits = by_country.get(ev.country)
                counter = hits.get(category) if hits is not None else None
                if counter is None or ev.waba != bucket_waba or ev.phone_number != bucket_phone:
                    counter = counter_for(ev, category)
                tiers = counter[2]
                if tiers is not None:
                    market = ev.market or market_cache.get(ev.country) or market_of(ev)
                    tkey = (market, category)
                    pos = tier_pos.get(tkey, -1)
                    if pos < 0:
                        pos = (
                            mtd.get(f"{market}|{category}", mtd.get(category, 0))
                            if first_month
                            else 0
                        )
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

        if stop is None:
            i = j
        else:
            # Out of order, or (unsorted input fooled the bisection) in a later day: the
            # next pass starts at that event and raises or settles its day.
            i += misplaced_at(day_events, day_start_t, day_end)

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
