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
# Categories as small ints: counters are indexed by them, and comparing ints is cheap.
CATEGORY_NAMES = (
    C.MARKETING,
    C.UTILITY,
    C.AUTHENTICATION,
    C.AUTH_INTL,
    C.SERVICE,
    C.USER_INITIATED,
    C.BUSINESS_INITIATED,
)
_CODE = {name: code for code, name in enumerate(CATEGORY_NAMES)}
UTILITY_C, AUTH_C, AUTH_INTL_C, SERVICE_C = (
    _CODE[C.UTILITY],
    _CODE[C.AUTHENTICATION],
    _CODE[C.AUTH_INTL],
    _CODE[C.SERVICE],
)
UIC_C, BIC_C = _CODE[C.USER_INITIATED], _CODE[C.BUSINESS_INITIATED]
# At a day's start a window dict is rebuilt without its ended windows once it has grown
# past _PRUNE_GROWTH times its size after the last rebuild plus _PRUNE_SLACK: a rebuild
# copies fewer entries than were added since the last one, so it costs O(1) per event.
_PRUNE_GROWTH = 2
_PRUNE_SLACK = 2048


def _live(windows: dict[str, int], now: int) -> dict[str, int]:
    """``windows`` without the ones that ended at or before ``now`` (they decide nothing:
    every later event is at or after ``now``, and a missing window reads as ended)."""
    return {who: end for who, end in windows.items() if end > now}


def _live_feps(feps: dict[str, list[int]], now: int) -> dict[str, list[int]]:
    """Entry point state still able to matter after ``now``."""
    return {who: both for who, both in feps.items() if both[0] > now or both[1] > now}


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
    tiered = C.TIERED_CATEGORIES
    template_cats = TEMPLATE_CATEGORIES
    auth_intl = st.auth_international
    business_country = (st.business_country or "").upper()
    free_limit_monthly = st.free_tier_monthly
    free_start = st.free_tier_remaining_at_start
    service_monthly = st.service_free_monthly
    service_start = st.service_free_remaining_at_start
    mtd = dict(st.month_to_date_charged)
    n_codes = len(CATEGORY_NAMES)

    # Per-contact state: {contact: end} dicts of int seconds, one per kind of window.
    csw: dict[str, int] = {}  # customer service window end
    # Free entry point: [window end, a reply before this opens one (ad/CTA message + 24h)].
    feps: dict[str, list[int]] = {}
    conv_any: dict[str, int] = {}  # CBP: end of the latest open conversation
    # CBP-2023 on: conversation end per category code (2022 needs only ``conv_any``).
    conv_ends: list[dict[str, int]] = [{} for _ in CATEGORY_NAMES]
    csw_keep = conv_keep = feps_keep = 0  # sizes right after the last rebuild
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
    # (month, WABA, number) bucket, country and category: a charge is one ``c[0] += 1``.
    counters: list[tuple[tuple[str, str, str], list[Any]]] = []
    bucket_caches: dict[tuple[str, str, str], dict[str, list[list[Any] | None]]] = {}
    bucket_key: tuple[str, str, str] = ("", "", "")
    bucket_waba: str | None = None
    bucket_phone: str | None = None
    # The current bucket's country -> [counter or None per category code]; valid until the
    # card, the era or the market map changes (then every bucket cache is dropped; the
    # counters stay counted) or the month ends.
    by_country: dict[str, list[list[Any] | None]] = {}
    change_days = sorted({start for start, _, _ in MARKET_CHANGES})
    next_change = date.min  # force a first clear
    codes: dict[str, int] = {}  # template category as written -> code
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

    def counter_for(ev: PricingEvent, code: int) -> list[Any]:
        """The counter of ``ev``'s bucket, country and category ``code`` (made on first use)."""
        nonlocal bucket_waba, bucket_phone, bucket_key, by_country, unverified_used
        if ev.waba != bucket_waba or ev.phone_number != bucket_phone:
            bucket_waba, bucket_phone = ev.waba, ev.phone_number
            bucket_key = (month_key, bucket_waba, bucket_phone)
            by_country = bucket_caches.setdefault(bucket_key, {})
        hits = by_country.get(ev.country)
        if hits is None:
            hits = by_country[ev.country] = [None] * n_codes
        counter = hits[code]
        if counter is None:
            category = CATEGORY_NAMES[code]
            market = ev.market or market_cache.get(ev.country) or market_of(ev)
            sid, tiers, unverified, _rate = rate_cache.get((market, category)) or resolve(
                ev, market, category
            )
            counter = hits[code] = [0, sid, tiers, unverified]
            counters.append((bucket_key, counter))
            if unverified:
                unverified_used = True
        return counter

    def category_code(ev: PricingEvent) -> int:
        """The code of ``ev``'s template category, first time it is written this way."""
        raw = ev.category
        if raw is None:
            raise PricingError("a template needs its category", index_of(ev), "category")
        category = C.normalise_category(raw)
        if category not in template_cats:
            raise PricingError(f"unknown template category '{raw}'", index_of(ev), "category")
        code = codes[raw] = _CODE[category]
        return code

    def auth_code(ev: PricingEvent) -> int:
        """Authentication, or authentication-international for a foreign recipient."""
        assert card is not None
        if ev.country.upper() != business_country and (
            card.rate(ev.market or market_of(ev), C.AUTH_INTL) is not None
        ):
            return AUTH_INTL_C
        return AUTH_C

    def bad_event(ev: PricingEvent) -> PricingError:
        """The error for an event with an unknown direction or kind."""
        if ev.direction not in ("in", "out"):
            return PricingError(
                f"direction must be 'in' or 'out', not '{ev.direction}'", index_of(ev), "dir"
            )
        return PricingError(
            f"kind must be 'template' or 'free_form', not '{ev.kind}'", index_of(ev), "kind"
        )

    def entry_point_reply(contact: str, ts: int, is_cbp: bool) -> bool:
        """Free entry point rules for a delivered outbound message: True if it is free."""
        state = feps[contact]
        if ts < state[0]:
            return True  # inside the free entry point window
        open_until = state[1]
        state[1] = FAR  # the first reply after the ad decides, whatever it is
        if ts < open_until:
            state[0] = ts + fep_len
            if is_cbp:
                # The FEP conversation closes every other open conversation.
                conv_any.pop(contact, None)
                for ends in conv_ends:
                    ends.pop(contact, None)
            return True
        return False

    def entry_point_message(contact: str, ts: int) -> None:
        """An inbound message from an ad or a Page button: a reply within 24h opens a FEP."""
        state = feps.get(contact)
        if state is None:
            feps[contact] = [FAR, ts + fep_reply]
        else:
            state[1] = ts + fep_reply

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
        new_bucket = False
        if day >= next_change:
            market_cache.clear()
            bucket_caches.clear()
            new_bucket = True
            next_change = next((d for d in change_days if d > day), date.max)
        if ts >= era_next:
            era, era_next = engine._era_at(ts)
            rate_cache.clear()
            bucket_caches.clear()
            new_bucket = True
        new_card = book.card_for(era, day, currency)
        if new_card is not card:
            card = new_card
            rate_cache.clear()
            bucket_caches.clear()
            new_bucket = True
        if ts >= month_end:
            if month_end != FAR:
                first_month = False
                free_limit = free_limit_monthly
                service_limit = service_monthly
                free_used.clear()
                service_used.clear()
                tier_pos.clear()
            _start, month_end, month_key = month_bounds(ts, tz)
            new_bucket = True
        if new_bucket:
            bucket_waba = None
            by_country = {}
        # Ended windows decide nothing; dropping them keeps the dicts small and cache-warm.
        if len(csw) > _PRUNE_GROWTH * csw_keep + _PRUNE_SLACK:
            csw = _live(csw, last_t)
            csw_keep = len(csw)
        if len(conv_any) > _PRUNE_GROWTH * conv_keep + _PRUNE_SLACK:
            conv_any = _live(conv_any, last_t)
            now = last_t  # (a comprehension would make ``last_t`` a slower cell variable)
            conv_ends = [_live(ends, now) for ends in conv_ends]
            conv_keep = len(conv_any)
        if len(feps) > _PRUNE_GROWTH * feps_keep + _PRUNE_SLACK:
            feps = _live_feps(feps, last_t)
            feps_keep = len(feps)

        j = bisect_left(seq, day_end, i + 1, n_events, key=_TIME)
        day_events = seq[i:j] if i or j < n_events else seq
        stop: PricingEvent | None = None
        day_start_t = last_t
        # Hot-loop locals (closures share the same objects through cell variables).
        codes_d, any_d, feps_d = codes, conv_any, feps

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
                        entry_point_message(contact, ts)
                    continue
                kind = ev.kind
                if kind == "free_form" and direction == "out":
                    if contact not in csw or ts >= csw[contact] or not ev.delivered:
                        continue  # outside the window: rejected by Meta
                    code = UIC_C
                elif kind == "template" and direction == "out":
                    if not ev.delivered:
                        continue
                    try:
                        code = codes_d[ev.category]  # type: ignore[index]
                    except KeyError:
                        code = category_code(ev)
                    if code == AUTH_C and auth_intl:
                        auth_code(ev)  # may raise, as in the explaining loop
                    code = UIC_C if contact in csw and ts < csw[contact] else BIC_C
                else:
                    raise bad_event(ev)
                if contact in feps_d and entry_point_reply(contact, ts, True):
                    continue
                if contact in any_d and ts < any_d[contact]:
                    continue
                any_d[contact] = ts + conv_len
                waba = ev.waba
                used = free_used.get(waba, 0)
                if used < free_limit:
                    free_used[waba] = used + 1
                    continue
                try:
                    counter = by_country[ev.country][code]
                except KeyError:
                    counter = None
                if counter is None or ev.waba != bucket_waba or ev.phone_number != bucket_phone:
                    counter = counter_for(ev, code)
                counter[0] += 1

        elif era in CONVERSATION_ERAS:
            # ---- CBP-2023 / CBP-2024-11: a conversation per category ------------------
            service_is_free = era == CBP_2024_11
            service_in_tier = era == CBP_2023
            service_ends = conv_ends[SERVICE_C]
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
                        entry_point_message(contact, ts)
                    continue
                kind = ev.kind
                if kind == "free_form" and direction == "out":
                    if contact not in csw or ts >= csw[contact] or not ev.delivered:
                        continue  # outside the window: rejected by Meta
                    if contact in feps_d and entry_point_reply(contact, ts, True):
                        continue
                    if contact in any_d and ts < any_d[contact]:
                        continue
                    code = SERVICE_C
                    service_ends[contact] = any_d[contact] = ts + conv_len
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
                    try:
                        code = codes_d[ev.category]  # type: ignore[index]
                    except KeyError:
                        code = category_code(ev)
                    if code == AUTH_C and auth_intl:
                        code = auth_code(ev)
                    if contact in feps_d and entry_point_reply(contact, ts, True):
                        continue
                    ends = conv_ends[code]
                    if contact in ends and ts < ends[contact]:
                        continue
                    ends[contact] = any_d[contact] = ts + conv_len
                else:
                    raise bad_event(ev)
                try:
                    counter = by_country[ev.country][code]
                except KeyError:
                    counter = None
                if counter is None or ev.waba != bucket_waba or ev.phone_number != bucket_phone:
                    counter = counter_for(ev, code)
                counter[0] += 1

        else:
            # ---- PMP: per delivered template; service charged from October 2026 -------
            service_is_free = era == PMP_2025
            utility_free_in_csw = era == PMP_2025
            util_ends = conv_ends[UTILITY_C]
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
                        entry_point_message(contact, ts)
                    continue
                kind = ev.kind
                if kind == "free_form" and direction == "out":
                    if contact not in csw or ts >= csw[contact] or not ev.delivered:
                        continue  # outside the window: rejected by Meta
                    if contact in feps_d and entry_point_reply(contact, ts, False):
                        continue
                    if service_is_free:
                        continue
                    phone = ev.phone_number
                    used = service_used.get(phone, 0)
                    if used < service_limit:
                        service_used[phone] = used + 1
                        continue
                    code = SERVICE_C
                elif kind == "template" and direction == "out":
                    if not ev.delivered:
                        continue
                    try:
                        code = codes_d[ev.category]  # type: ignore[index]
                    except KeyError:
                        code = category_code(ev)
                    if code == AUTH_C and auth_intl:
                        code = auth_code(ev)
                    if contact in feps_d and entry_point_reply(contact, ts, False):
                        continue
                    if code == UTILITY_C:
                        # Transition: a CBP utility conversation still open after the switch.
                        if contact in util_ends and ts < util_ends[contact]:
                            continue
                        if utility_free_in_csw and contact in csw and ts < csw[contact]:
                            continue
                else:
                    raise bad_event(ev)
                try:
                    counter = by_country[ev.country][code]
                except KeyError:
                    counter = None
                if counter is None or ev.waba != bucket_waba or ev.phone_number != bucket_phone:
                    counter = counter_for(ev, code)
                tiers = counter[2]
                if tiers is not None:
                    category = CATEGORY_NAMES[code]
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
