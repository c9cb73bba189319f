"""The bill without explanations: the rules of ``engine.ExplainedReplay`` in one lean loop,
for replays of millions of events (history, what-if per era, benchmarks).

Events are replayed one local day at a time: the day's slice is found by bisection, and the
era, card, month and market map are settled once per day by the shared
:class:`~desktop.services.pricing.billing_core.BillingCalendar`. Per-contact state is kept
column-wise, in flat ``{contact: end}`` dicts of int seconds (one per kind of window),
rather than as a :class:`ContactState` per contact: that is what makes this loop 2-3x
faster. Windows that have ended are dropped now and then so those dicts stay small.
Charges are counted in small per-bucket counters; money is only touched at the end.

tests/unit/pricing/test_pricing_fast_engine.py checks both loops give identical bills.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from operator import attrgetter

from desktop.services.pricing import billing_core as core
from desktop.services.pricing import cards as C
from desktop.services.pricing.billing_core import BillingCalendar, PricingError, Rate
from desktop.services.pricing.eras import CBP_2022, CBP_2024_11, CONVERSATION_ERAS, PMP_2025
from desktop.services.pricing.model import BillLine, BillResult, PricingEvent

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

Bucket = tuple[str, str, str]  # (month, WABA, phone number)


class Counter:
    """Charges of one bucket at one rate: the hot path does ``counter.n += 1``."""

    __slots__ = ("bucket", "n", "rate")

    def __init__(self, rate: Rate, bucket: Bucket) -> None:
        self.n = 0
        self.rate = rate
        self.bucket = bucket


def _live(windows: dict[str, int], now: int) -> dict[str, int]:
    """``windows`` without the ones that ended at or before ``now`` (they decide nothing:
    every later event is at or after ``now``, and a missing window reads as ended)."""
    return {who: end for who, end in windows.items() if end > now}


class LeanReplay:
    """One totals-only replay; ``run`` settles each day, ``_day`` applies the rules."""

    def __init__(self, setup: core.BillingSetup, events: Sequence[PricingEvent]) -> None:
        self.setup = setup
        self.events = events
        st = setup.settings
        self.lengths = core.WindowLengths.of(st)
        self.calendar = BillingCalendar(setup)
        self.allowances = core.MonthAllowances(st)
        self.auth_intl = st.auth_international
        self.business_country = (st.business_country or "").upper()
        # Column-wise per-contact state (see the module docstring).
        self.csw: dict[str, int] = {}  # customer service window end
        # Free entry point: [window end, a reply before this opens one (ad message + 24h)].
        self.feps: dict[str, list[int]] = {}
        self.conv_any: dict[str, int] = {}  # CBP: end of the latest open conversation
        # CBP-2023 on: conversation end per category code (2022 needs only ``conv_any``).
        self.conv_ends: list[dict[str, int]] = [{} for _ in CATEGORY_NAMES]
        self._kept = [0, 0, 0]  # dict sizes right after the last prune
        self.counters: list[Counter] = []
        # The current bucket's {country: [counter or None per category code]}; dropped
        # when the rates, the market map or the month change (the counters stay counted).
        self.bucket: Bucket = ("", "", "")
        self.by_country: dict[str, list[Counter | None]] = {}
        self._buckets: dict[Bucket, dict[str, list[Counter | None]]] = {}
        self._tier_counters: dict[tuple[Bucket, core.RateSlot], Counter] = {}
        self.codes: dict[str | None, int] = {}  # template category as written -> code
        self.last_t = core.FAR_PAST

    # -- the replay ------------------------------------------------------------------------

    def run(self) -> BillResult:
        seq, n_events, i = self.events, len(self.events), 0
        calendar = self.calendar
        while i < n_events:
            if seq[i].t < self.last_t:
                raise core.out_of_order(i)
            self._enter_day(seq[i].t)
            day_end = calendar.day_end
            j = bisect_left(seq, day_end, i + 1, n_events, key=_TIME)
            day_events = seq[i:j] if i or j < n_events else seq
            done = self._day(day_events, day_end, i)
            # Stopped early: out of order, or (unsorted input fooled the bisection) in a later
            # day; the next pass starts at that event and raises or settles its day.
            i = j if done == len(day_events) else i + done
        return self._result()

    def _enter_day(self, ts: int) -> None:
        changed = self.calendar.enter_day(ts)
        if changed & BillingCalendar.MONTH and not self.calendar.first_month:
            self.allowances.new_month()
        if changed:
            if changed & (BillingCalendar.RATES | BillingCalendar.MARKETS):
                self._buckets.clear()
            self.bucket = ("", "", "")  # the next charge looks its bucket up again
            self.by_country = {}
        self._prune()

    def _prune(self) -> None:
        """Ended windows decide nothing; dropping them keeps the dicts small and cache-warm."""
        now, kept = self.last_t, self._kept
        if len(self.csw) > _PRUNE_GROWTH * kept[0] + _PRUNE_SLACK:
            self.csw = _live(self.csw, now)
            kept[0] = len(self.csw)
        if len(self.conv_any) > _PRUNE_GROWTH * kept[1] + _PRUNE_SLACK:
            self.conv_any = _live(self.conv_any, now)
            self.conv_ends = [_live(ends, now) for ends in self.conv_ends]
            kept[1] = len(self.conv_any)
        if len(self.feps) > _PRUNE_GROWTH * kept[2] + _PRUNE_SLACK:
            self.feps = {who: f for who, f in self.feps.items() if f[0] > now or f[1] > now}
            kept[2] = len(self.feps)

    def _day(self, day_events: Sequence[PricingEvent], day_end: int, first: int) -> int:
        """Apply the rules to one day's events (the first is event ``first``); returns how
        many were in place (the rest are out of order or of a later day)."""
        era = self.calendar.era
        is_cbp = era in CONVERSATION_ERAS
        per_category = is_cbp and era != CBP_2022  # CBP-2023 on: a conversation per category
        who_started = era == CBP_2022  # CBP-2022: user- or business-initiated
        service_free = era in (CBP_2024_11, PMP_2025)
        utility_free_in_csw = era == PMP_2025
        csw_len, conv_len = self.lengths.csw, self.lengths.conversation
        csw, conv_any, conv_ends = self.csw, self.conv_any, self.conv_ends
        feps, codes, by_country = self.feps, self.codes, self.by_country
        bucket = self.bucket
        util_ends, service_ends = conv_ends[UTILITY_C], conv_ends[SERVICE_C]
        last_t = self.last_t
        done = 0
        try:
            for ev in day_events:
                ts = ev.t
                if ts < last_t or ts >= day_end:
                    break
                done += 1
                last_t = ts
                contact = ev.contact
                direction = ev.direction
                if direction == "in":
                    csw[contact] = ts + csw_len
                    if ev.entry_point:
                        self._entry_point_message(contact, ts)
                    continue
                kind = ev.kind
                in_csw = contact in csw and ts < csw[contact]
                # Rule: refused or not delivered -> nothing to pay.
                if kind == "free_form" and direction == "out":
                    if not in_csw or not ev.delivered:
                        continue
                    code = SERVICE_C
                elif kind == "template" and direction == "out":
                    if not ev.delivered:
                        continue
                    try:
                        code = codes[ev.category]
                    except KeyError:
                        code = self._category_code(ev)
                    if code == AUTH_C and self.auth_intl:
                        code = self._auth_code(ev)
                else:
                    raise core.bad_event(direction, kind)
                if who_started:
                    code = UIC_C if in_csw else BIC_C
                # Rule: free entry point window.
                if contact in feps and self._entry_point(contact, ts, is_cbp):
                    continue
                if is_cbp:
                    # Rule: inside an open conversation -> free; else it opens one.
                    ends = conv_ends[code] if per_category and code != SERVICE_C else conv_any
                    if contact in ends and ts < ends[contact]:
                        continue
                    conv_any[contact] = ts + conv_len
                    if per_category:
                        (service_ends if code == SERVICE_C else conv_ends[code])[contact] = (
                            ts + conv_len
                        )
                    # Rule: free tier (2022 any, 2023 service) and free service (2024-11).
                    if code == SERVICE_C and service_free:
                        continue
                    if (who_started or code == SERVICE_C) and (
                        self.allowances.take_free_tier(ev.waba) is not None
                    ):
                        continue
                elif code == SERVICE_C:
                    # Rule: PMP service replies are free until Oct 2026, then after an allowance.
                    if service_free or self.allowances.take_service(ev.phone_number) is not None:
                        continue
                elif code == UTILITY_C:
                    # Rule: a CBP utility conversation still open after the switch; utility in
                    # the service window (Jul 2025 - Sep 2026).
                    if contact in util_ends and ts < util_ends[contact]:
                        continue
                    if utility_free_in_csw and in_csw:
                        continue
                # Rule: charged; counted in the bucket's counter for the country and category.
                if ev.waba != bucket[1] or ev.phone_number != bucket[2] or not bucket[0]:
                    bucket, by_country = self._enter_bucket(ev)
                hits = by_country.get(ev.country)
                counter = hits[code] if hits is not None else None
                if counter is None:
                    counter = self._new_counter(ev, code)
                if counter.rate.tiers is not None and not is_cbp:
                    counter = self._tier_counter(ev, counter)
                counter.n += 1
        except PricingError as exc:
            raise exc.at(first + done - 1) from exc.__cause__
        self.last_t = last_t
        return done

    # -- helpers the loop calls now and then -----------------------------------------------

    def _enter_bucket(self, ev: PricingEvent) -> tuple[Bucket, dict[str, list[Counter | None]]]:
        self.bucket = (self.calendar.month_key, ev.waba, ev.phone_number)
        self.by_country = self._buckets.setdefault(self.bucket, {})
        return self.bucket, self.by_country

    def _market(self, ev: PricingEvent) -> str:
        return ev.market or self.calendar.markets.market(ev.country)

    def _new_counter(self, ev: PricingEvent, code: int) -> Counter:
        hits = self.by_country.setdefault(ev.country, [None] * len(CATEGORY_NAMES))
        rate = self.calendar.rates.rate(self._market(ev), CATEGORY_NAMES[code], ev.country)
        counter = hits[code] = Counter(rate, self.bucket)
        self.counters.append(counter)
        return counter

    def _tier_counter(self, ev: PricingEvent, counter: Counter) -> Counter:
        """The counter at this charge's volume-tier rate."""
        rate = counter.rate
        _era, _card, market, category, _value = rate.slot
        tier_rate = rate.at_tier(self.allowances.next_tier_position(market, category))
        if tier_rate is rate:
            return counter
        key = (self.bucket, tier_rate.slot)
        found = self._tier_counters.get(key)
        if found is None:
            found = self._tier_counters[key] = Counter(tier_rate, self.bucket)
            self.counters.append(found)
        return found

    def _category_code(self, ev: PricingEvent) -> int:
        """The code of ``ev``'s template category, the first time it is written this way."""
        code = self.codes[ev.category] = _CODE[core.template_category(ev.category)]
        return code

    def _auth_code(self, ev: PricingEvent) -> int:
        """Authentication, or authentication-international for a foreign recipient."""
        if ev.country.upper() != self.business_country and self.calendar.rates.has_rate(
            self._market(ev), C.AUTH_INTL
        ):
            return AUTH_INTL_C
        return AUTH_C

    def _entry_point_message(self, contact: str, ts: int) -> None:
        """An inbound message from an ad or a Page button: a reply within 24h opens a FEP."""
        state = self.feps.get(contact)
        if state is None:
            self.feps[contact] = [core.FAR_PAST, ts + self.lengths.fep_reply]
        else:
            state[1] = ts + self.lengths.fep_reply

    def _entry_point(self, contact: str, ts: int, is_cbp: bool) -> bool:
        """Free entry point rules for a delivered outbound message: True if it is free."""
        state = self.feps[contact]
        if ts < state[0]:
            return True  # inside the free entry point window
        open_until = state[1]
        state[1] = core.FAR_PAST  # the first reply after the ad decides, whatever it is
        if ts < open_until:
            state[0] = ts + self.lengths.fep
            if is_cbp:
                # The FEP conversation closes every other open conversation.
                self.conv_any.pop(contact, None)
                for ends in self.conv_ends:
                    ends.pop(contact, None)
            return True
        return False

    def _result(self) -> BillResult:
        totals: dict[tuple[Bucket, core.RateSlot], int] = {}
        unverified = False
        for counter in self.counters:
            if counter.n:
                key = (counter.bucket, counter.rate.slot)
                totals[key] = totals.get(key, 0) + counter.n
                unverified = unverified or counter.rate.unverified
        lines = [
            BillLine(month, waba, phone, era, card_id, market, category, rate, n)
            for ((month, waba, phone), (era, card_id, market, category, rate)), n in totals.items()
        ]
        return BillResult(self.setup.currency, lines, unverified_used=unverified)


def bill_fast(setup: core.BillingSetup, events: Sequence[PricingEvent]) -> BillResult:
    """Totals only (no decisions, charges or windows) for time-ordered ``events``."""
    seq = events if isinstance(events, list | tuple) else list(events)
    return LeanReplay(setup, seq).run()
