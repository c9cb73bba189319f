"""Every era's bill from one pass over a year of events: the history's re-price.

The lean loop (``fast_engine.py``) bills one era per pass, and the history wants six
(the rules of each day, and each era as a what-if). Most of a message's fate does not
depend on the era: whether it was delivered, whether the customer service window was
open, its template category, whether a free entry point window makes it free. So:

1. :class:`Timeline` holds one WABA's events as plain ints (time, kind and party: a
   contact at a bucket), the same whether they came from :class:`PricingEvent` s or
   straight from database rows (whose conversation is the party).
2. :func:`bill_eras` replays the window rules once (:func:`_shared_pass`), keeping only the
   messages that could cost something, each with its local day, category and whether it
   fell in the service window, then applies each era's own rules (conversations, free
   tiers, allowances, free utility in the window) to that short list, counting charges by
   (day, bucket, category). The three conversation eras share one walk; the eras billed
   per message share their counts of templates. Per-contact state is kept in lists
   (contacts are numbered), cheaper to index than dicts. Rates are looked up once per
   distinct count at the end, by the same calendar and resolver the engines use.

What this pass does not model (graduated volume tiers, authentication-international,
month-to-date or remaining-allowance starting points, forced markets) sends the WABA to
the lean loop, era by era: slower, never different. tests/unit/pricing/
test_pricing_era_pass.py holds it to the explained engine on random traffic.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from desktop.services.pricing import billing_core as core
from desktop.services.pricing import cards as C
from desktop.services.pricing.billing_core import BillingCalendar, BillingSetup
from desktop.services.pricing.cards import RateBook
from desktop.services.pricing.eras import (
    AUTO,
    CBP_2022,
    CBP_2023,
    CBP_2024_11,
    CONVERSATION_ERAS,
    ERAS,
    PMP_2025,
    local_date,
    local_midnight,
    month_bounds,
)
from desktop.services.pricing.fast_engine import (
    BIC_C,
    CATEGORY_NAMES,
    SERVICE_C,
    UIC_C,
    UTILITY_C,
    bill_fast,
)
from desktop.services.pricing.model import BillingSettings, BillLine, BillResult, PricingEvent

# Kinds of event (small ints): inbound, inbound from an ad or Page button, a delivered
# free-form reply, a delivered template of each category.
IN, IN_ENTRY, OUT_FREE_FORM = 0, 1, 2
TEMPLATE_KINDS = {C.MARKETING: 3, C.UTILITY: 4, C.AUTHENTICATION: 5, C.AUTH_INTL: 6}
# Charge categories (codes): the lean loop's.
RESET = 7  # a free entry point window opened: CBP conversations of the contact close
# A message that may cost something: (day << 32 | bucket << 3 | code, time, contact,
# in the service window), its charge key made once (a RESET's: day << 32 | RESET).
Candidate = tuple[int, int, int, bool]
_KIND_CODE = {3: 0, 4: 1, 5: 2, 6: 3, OUT_FREE_FORM: SERVICE_C}

Progress = Callable[[int, int], None]


class HistoryCancelled(Exception):
    """The user cancelled the replay; nothing was changed."""


@dataclass
class Timeline:
    """One WABA's billable events as plain ints; ``add`` in any order, ``bill_eras`` sorts
    by time (stable: equal times keep the order they were added in)."""

    waba: str
    settings: BillingSettings
    times: list[int] = field(default_factory=list)
    # kind (3 bits) | party << 3, one int per event
    infos: list[int] = field(default_factory=list)
    # party -> bucket << 3 (20 bits) | contact << 23: a contact writing to one business
    # number; history's read uses conversation ids as parties (see set_party), so it can
    # take each row's ``conversation << 3 | kind`` as it comes.
    parties: list[int] = field(default_factory=list)
    contacts: dict[str, int] = field(default_factory=dict)
    buckets: dict[tuple[str, str], int] = field(default_factory=dict)  # (phone, country)
    left_out: int = 0  # undelivered sends: they cost nothing and decide nothing
    _party_of: dict[int, int] = field(default_factory=dict)  # as in parties -> party

    def contact_index(self, key: str) -> int:
        found = self.contacts.get(key)
        if found is None:
            found = self.contacts[key] = len(self.contacts)
        return found

    def bucket_index(self, phone: str, country: str) -> int:
        key = (phone, country)
        found = self.buckets.get(key)
        if found is None:
            found = self.buckets[key] = len(self.buckets)
        return found

    def add(self, t: int, kind: int, contact: int, bucket: int) -> None:
        who = bucket << 3 | contact << 23
        party = self._party_of.get(who)
        if party is None:
            party = self._party_of[who] = len(self.parties)
            self.parties.append(who)
        self.times.append(t)
        self.infos.append(kind | party << 3)

    def set_party(self, party: int, contact: int, bucket: int) -> None:
        """Party number ``party`` (chosen by the caller: a conversation id) is ``contact``
        at ``bucket``; not for a timeline filled by :meth:`add`, which numbers its own."""
        if self._party_of:
            raise ValueError("this timeline numbers its own parties")
        parties = self.parties
        if party >= len(parties):
            parties.extend([0] * (party + 1 - len(parties)))
        parties[party] = bucket << 3 | contact << 23

    def add_event(self, ev: PricingEvent) -> None:
        """A :class:`PricingEvent` (tests, and months already read as events)."""
        kind = event_kind(ev)
        if kind is None:
            return
        self.add(
            ev.t,
            kind,
            self.contact_index(ev.contact),
            self.bucket_index(ev.phone_number, ev.country),
        )

    def __len__(self) -> int:
        return len(self.times)


def event_kind(ev: PricingEvent) -> int | None:
    """The kind of ``ev`` (None: an undelivered send, which changes nothing)."""
    if ev.direction == "in":
        return IN_ENTRY if ev.entry_point else IN
    if ev.direction != "out":
        raise core.bad_event(ev.direction, ev.kind)
    if not ev.delivered:
        return None
    if ev.kind == "free_form":
        return OUT_FREE_FORM
    if ev.kind != "template":
        raise core.bad_event(ev.direction, ev.kind)
    return TEMPLATE_KINDS[core.template_category(ev.category)]


def _plain(book: RateBook, settings: BillingSettings) -> bool:
    """True when the one-pass rules cover ``settings`` and every card."""
    if (
        settings.auth_international
        or settings.month_to_date_charged
        or settings.free_tier_remaining_at_start is not None
        or settings.service_free_remaining_at_start is not None
    ):
        return False
    return not any(card.tiers for card in book.cards)


@dataclass(slots=True)
class _Days:
    """The local days the events fall on: start time, date, era of the day, month number."""

    starts: list[int] = field(default_factory=list)
    dates: list[date] = field(default_factory=list)


def _shared_pass(
    timeline: Timeline, setup: BillingSetup, order: list[int]
) -> tuple[list[Candidate], _Days, _Keys]:
    """Apply the era-free rules once to the events ``order`` (indexes in time order, see
    :func:`time_order`) names; returns the messages that may cost something as
    :data:`Candidate` s, their days, and their keys as the per-message eras tell them
    apart.

    The events are walked a local day at a time (a bisection finds the next day's first
    event), and each party's contact and bucket are looked up once, not unpacked per event."""
    lengths = core.WindowLengths.of(setup.settings)
    csw_len, fep_len, fep_reply = lengths.csw, lengths.fep, lengths.fep_reply
    tz = setup.tz
    times, infos, parties = timeline.times, timeline.infos, timeline.parties
    contact_of = [who >> 23 for who in parties]
    slot_of = [who & (0xFFFFF << 3) for who in parties]  # bucket << 3
    far_past = core.FAR_PAST
    # Per contact (contacts are numbered 0, 1, ...): a list is cheaper to index than a dict.
    csw = [far_past] * len(timeline.contacts)
    feps: list[list[int] | None] = [None] * len(timeline.contacts)
    out: list[Candidate] = []
    append = out.append
    keys = _Keys([], [], [])
    template, utility_in_csw, service = (
        keys.templates.append,
        keys.utility_in_csw.append,
        keys.service.append,
    )
    utility = TEMPLATE_KINDS[C.UTILITY]
    days = _Days()
    kind_code = tuple(_KIND_CODE.get(kind, RESET) for kind in range(8))
    in_entry, free_form, reset = IN_ENTRY, OUT_FREE_FORM, RESET
    time_of = times.__getitem__
    first = 0
    while first < len(order):
        local = local_date(times[order[first]], tz)
        day = len(days.starts) << 32
        days.starts.append(local_midnight(local, tz))
        days.dates.append(local)
        after = bisect_left(
            order, local_midnight(local + timedelta(days=1), tz), first + 1, key=time_of
        )
        for i in order[first:after]:
            info = infos[i]
            kind = info & 7
            contact = contact_of[info >> 3]
            if kind <= in_entry:
                csw[contact] = times[i] + csw_len
                if kind == in_entry:
                    state = feps[contact]
                    if state is None:
                        feps[contact] = [far_past, times[i] + fep_reply]
                    else:
                        state[1] = times[i] + fep_reply
                continue
            t = times[i]
            in_csw = csw[contact] > t
            if kind == free_form and not in_csw:
                continue  # refused by Meta outside the window: nothing to pay
            state = feps[contact]
            if state is not None:
                # Rule: free entry point window (the first delivered reply after the ad
                # decides; opening it closes the contact's CBP conversations).
                if t < state[0]:
                    continue
                open_until = state[1]
                state[1] = far_past
                if t < open_until:
                    state[0] = t + fep_len
                    append((day | reset, t, contact, False))
                    continue
            key = day | slot_of[info >> 3] | kind_code[kind]
            append((key, t, contact, in_csw))
            if kind == free_form:
                service(key)
            elif in_csw and kind == utility:
                utility_in_csw(key)
            else:
                template(key)
        first = after
    return out, days, keys


def _era_counts(
    cands: list[Candidate],
    day_eras: list[str],
    day_months: list[int],
    lengths: core.WindowLengths,
    st: BillingSettings,
    phone_of_bucket: list[int],
) -> dict[int, int]:
    """One era's charges as ``{day << 32 | bucket << 3 | code: count}``."""
    counts: dict[int, int] = {}
    conv_len = lengths.conversation
    conv_any: dict[int, int] = {}
    conv_ends: list[dict[int, int]] = [{} for _ in CATEGORY_NAMES]
    util_ends = conv_ends[UTILITY_C]
    free_limit, service_limit = st.free_tier_monthly, st.service_free_monthly
    free_used = 0
    service_used: dict[int, int] = {}
    far_past = core.FAR_PAST
    cur_day = -1
    month = None
    era = ""
    is_cbp = per_category = who_started = service_free = utility_free_in_csw = False
    for key, t, contact, in_csw in cands:
        day, code = key >> 32, key & 7
        if day != cur_day:
            cur_day = day
            if day_months[day] != month:
                if month is not None:
                    free_used = 0
                    service_used.clear()
                month = day_months[day]
            if day_eras[day] != era:
                era = day_eras[day]
                is_cbp = era in CONVERSATION_ERAS
                per_category = is_cbp and era != CBP_2022
                who_started = era == CBP_2022
                service_free = era in (CBP_2024_11, PMP_2025)
                utility_free_in_csw = era == PMP_2025
        if code == RESET:
            if is_cbp:
                conv_any.pop(contact, None)
                for ends in conv_ends:
                    ends.pop(contact, None)
            continue
        if who_started:
            code = UIC_C if in_csw else BIC_C
        if is_cbp:
            # Rule: inside an open conversation -> free; else it opens one.
            ends = conv_ends[code] if per_category and code != SERVICE_C else conv_any
            if ends.get(contact, far_past) > t:
                continue
            conv_any[contact] = t + conv_len
            if per_category:
                conv_ends[code][contact] = t + conv_len
            # Rule: free tier (2022 any, 2023 service) and free service (2024-11).
            if code == SERVICE_C and service_free:
                continue
            if (who_started or code == SERVICE_C) and free_used < free_limit:
                free_used += 1
                continue
        elif code == SERVICE_C:
            # Rule: PMP service replies are free until Oct 2026, then after an allowance.
            if service_free:
                continue
            phone = phone_of_bucket[(key >> 3) & 0xFFFFF]
            used = service_used.get(phone, 0)
            if used < service_limit:
                service_used[phone] = used + 1
                continue
        elif code == UTILITY_C:
            # Rule: a CBP utility conversation still open after the switch; utility in the
            # service window (Jul 2025 - Sep 2026).
            if util_ends.get(contact, far_past) > t:
                continue
            if utility_free_in_csw and in_csw:
                continue
        key = key & ~7 | code  # UIC_C or BIC_C in 2022
        counts[key] = counts.get(key, 0) + 1
    return counts


def _conversation_counts(
    cands: list[Candidate],
    day_months: list[int],
    lengths: core.WindowLengths,
    st: BillingSettings,
    contacts: int,
) -> dict[str, Counter[int]]:
    """:func:`_era_counts` of the three conversation eras, each in force on every day, from
    one walk over the messages. Which messages open a conversation depends only on the
    era's kind of conversation: one per contact (2022) or one per contact and category
    (2023 and 2024-11, which differ only in how a service conversation is paid). The
    monthly free tier then takes the first openings of each month in time order."""
    conv_len = lengths.conversation
    far_past = core.FAR_PAST
    # Conversation ends per contact (numbered 0, 1, ...; far_past: none open).
    any_2022 = [far_past] * contacts
    conv_any = [far_past] * contacts
    conv_ends = [[far_past] * contacts for _ in range(SERVICE_C)]  # template categories
    opened_2022: list[int] = []
    opened: list[int] = []  # template conversations (2023 and 2024-11)
    service: list[int] = []  # service conversations (free tier 2023, free 2024-11)
    uic, bic = UIC_C, BIC_C
    for key, t, contact, in_csw in cands:
        code = key & 7
        if code == RESET:
            any_2022[contact] = conv_any[contact] = far_past
            for ends in conv_ends:
                ends[contact] = far_past
            continue
        # Rule: inside an open conversation -> free; else it opens one.
        if any_2022[contact] <= t:
            any_2022[contact] = t + conv_len
            opened_2022.append(key & ~7 | (uic if in_csw else bic))
        if code == SERVICE_C:
            if conv_any[contact] <= t:
                conv_any[contact] = t + conv_len
                service.append(key)
        else:
            ends = conv_ends[code]
            if ends[contact] <= t:
                ends[contact] = conv_any[contact] = t + conv_len
                opened.append(key)
    per_category = Counter(opened)
    # Rule: free tier (2022 any conversation, 2023 service) and free service (2024-11).
    return {
        CBP_2022: _after_free_tier(opened_2022, day_months, st.free_tier_monthly, Counter()),
        CBP_2023: _after_free_tier(service, day_months, st.free_tier_monthly, per_category.copy()),
        CBP_2024_11: per_category,
    }


def _after_free_tier(
    keys: list[int], day_months: list[int], limit: int, counts: Counter[int]
) -> Counter[int]:
    """``counts`` plus the time-ordered ``keys`` left after ``limit`` free ones a month
    (keys are ``day << 32 | ...``, so a month's keys are found by bisection)."""
    first = 0
    for day in range(1, len(day_months) + 1):
        if day < len(day_months) and day_months[day] == day_months[first]:
            continue
        lo = bisect_left(keys, first << 32) + limit
        hi = bisect_left(keys, day << 32)
        if lo < hi:
            counts.update(keys[lo:hi])
        first = day
    return counts


@dataclass
class _Keys:
    """The candidates' charge keys (``day << 32 | bucket << 3 | code``, in time order) as
    the per-message eras tell them apart, made once for every era that needs them."""

    templates: list[int]  # templates, but utility inside the service window
    utility_in_csw: list[int]
    service: list[int]
    _counted: dict[tuple[int, int, int], Counter[int]] = field(default_factory=dict)

    def between(self, keys: list[int], first: int, after: int) -> list[int]:
        """The keys of days ``first`` to ``after`` (excluded)."""
        return keys[bisect_left(keys, first << 32) : bisect_left(keys, after << 32)]

    def counted(self, which: int, first: int, after: int) -> Counter[int]:
        """``Counter`` of the templates (0) or the utility in the window (1) of those days
        (kept: every era billed per message counts the same templates)."""
        found = self._counted.get((which, first, after))
        if found is None:
            keys = self.templates if which == 0 else self.utility_in_csw
            found = self._counted[which, first, after] = Counter(self.between(keys, first, after))
        return found


def _per_message_counts(
    keys: _Keys,
    day_eras: list[str],
    day_months: list[int],
    st: BillingSettings,
    phone_of_bucket: list[int],
) -> Counter[int]:
    """:func:`_era_counts` when every day is billed per message (no conversation is open
    at any switch): templates are charged or not by themselves, so they are counted in
    bulk; only service replies, after the monthly allowance per number, go one by one."""
    counts: Counter[int] = Counter()
    runs: list[tuple[str, int, int]] = []  # (era, first day, day after)
    for day, era in enumerate(day_eras):
        if runs and runs[-1][0] == era:
            runs[-1] = (era, runs[-1][1], day + 1)
        else:
            runs.append((era, day, day + 1))
    for era, first, after in runs:
        counts.update(keys.counted(0, first, after))
        if era == PMP_2025:
            continue  # Rule: service replies free; utility free inside the service window.
        counts.update(keys.counted(1, first, after))
        # Rule: service replies charged after the monthly allowance per number.
        charged: list[int] = []
        used: dict[tuple[int, int], int] = {}
        limit = st.service_free_monthly
        for key in keys.between(keys.service, first, after):
            slot = (phone_of_bucket[(key >> 3) & 0xFFFFF], day_months[key >> 32])
            n = used.get(slot, 0)
            if n < limit:
                used[slot] = n + 1
            else:
                charged.append(key)
        counts.update(charged)
    return counts


def _lines(
    setup: BillingSetup,
    timeline: Timeline,
    days: _Days,
    counts: Mapping[int, int],
) -> BillResult:
    """Price the counts with the engines' calendar and resolver, day by day."""
    calendar = BillingCalendar(setup)
    buckets = list(timeline.buckets)
    totals: dict[tuple[str, str, core.RateSlot], int] = {}
    unverified = False
    cur_day = -1
    waba = timeline.waba
    for key in sorted(counts):
        day = key >> 32
        if day != cur_day:
            cur_day = day
            calendar.enter_day(days.starts[day])
        phone, country = buckets[(key >> 3) & 0xFFFFF]
        category = CATEGORY_NAMES[key & 7]
        market = calendar.markets.market(country)
        rate = calendar.rates.rate(market, category, country)
        line_key = (calendar.month_key, phone, rate.slot)
        totals[line_key] = totals.get(line_key, 0) + counts[key]
        unverified = unverified or rate.unverified
    lines = [
        BillLine(month, waba, phone, era, card_id, market, category, rate, n)
        for (month, phone, (era, card_id, market, category, rate)), n in totals.items()
    ]
    return BillResult(setup.currency, lines, unverified_used=unverified)


def _events_of(timeline: Timeline, order: list[int]) -> list[PricingEvent]:
    """The timeline back as events, for the lean loop (rare settings, tiered cards)."""
    names = {i: key for key, i in timeline.contacts.items()}
    buckets = list(timeline.buckets)
    kinds = {v: k for k, v in TEMPLATE_KINDS.items()}
    out: list[PricingEvent] = []
    for i in order:
        t = timeline.times[i]
        info = timeline.infos[i]
        kind = info & 7
        who = timeline.parties[info >> 3]
        phone, country = buckets[(who >> 3) & 0xFFFFF]
        contact = names[who >> 23]
        if kind <= IN_ENTRY:
            entry = "ctwa" if kind == IN_ENTRY else None
            out.append(PricingEvent(t, "in", "free_form", country, None, contact, entry,
                                    True, timeline.waba, phone))  # fmt: skip
        elif kind == OUT_FREE_FORM:
            out.append(PricingEvent(t, "out", "free_form", country, None, contact, None,
                                    True, timeline.waba, phone))  # fmt: skip
        else:
            out.append(PricingEvent(t, "out", "template", country, kinds[kind], contact,
                                    None, True, timeline.waba, phone))  # fmt: skip
    return out


def time_order(timeline: Timeline) -> list[int]:
    """The indexes of the events in time order, equal times in the order added (the sort
    is stable; the events' own time objects are read later, none made per event)."""
    return sorted(range(len(timeline)), key=timeline.times.__getitem__)


def bill_eras(
    book: RateBook,
    timeline: Timeline,
    eras: Iterable[str] = (AUTO, *ERAS),
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    months_out: set[str] | None = None,
) -> dict[str, BillResult]:
    """``{era: bill}`` of ``timeline`` for each of ``eras`` ("auto": each day's rules);
    the lines are those :class:`BillingEngine` gives for the same events. ``months_out``
    is given every local month ("YYYY-MM") holding an event (from the order the bills
    sort anyway)."""
    wanted = list(eras)
    report = progress or (lambda done, total: None)
    steps = 1 + len(wanted)
    order = time_order(timeline)
    base = BillingSetup.of(book, timeline.settings)
    if months_out is not None:
        months_out.update(_months_of(timeline.times, order, base))
    if not _plain(book, timeline.settings):
        events = _events_of(timeline, order)
        out: dict[str, BillResult] = {}
        for n, era in enumerate(wanted, start=1):
            _check(cancel)
            out[era] = bill_fast(BillingSetup.of(book, replace(timeline.settings, era=era)), events)
            report(n, len(wanted))
        return out
    cands, days, keys = _shared_pass(timeline, base, order)
    del order
    report(1, steps)
    months: list[int] = []
    for d in days.dates:
        months.append(d.year * 12 + d.month)
    lengths = core.WindowLengths.of(timeline.settings)
    phone_index: dict[str, int] = {}
    phone_of_bucket = [
        phone_index.setdefault(phone, len(phone_index)) for phone, _country in timeline.buckets
    ]
    fixed: dict[str, Mapping[int, int]] = {}

    def counts_of(era: str, st: BillingSettings) -> Mapping[int, int]:
        """``era``'s counts with ``era`` in force on every day (kept for AUTO's slices)."""
        found = fixed.get(era)
        if found is None:
            if era in CONVERSATION_ERAS:
                fixed.update(
                    _conversation_counts(cands, months, lengths, st, len(timeline.contacts))
                )
                return fixed[era]
            found = fixed[era] = _per_message_counts(
                keys, [era] * len(days.starts), months, st, phone_of_bucket
            )
        return found

    out = {}
    for n, era in enumerate(wanted, start=2):
        _check(cancel)
        setup = BillingSetup.of(book, replace(timeline.settings, era=era))
        counts: Mapping[int, int]
        if era != AUTO:
            counts = counts_of(era, setup.settings)
        else:
            calendar = BillingCalendar(setup)
            day_eras = [calendar.era_at(start)[0] for start in days.starts]
            runs = _month_runs(day_eras, months)
            if runs is not None and all(
                e in wanted and e not in CONVERSATION_ERAS for e, _f, _a in runs
            ):
                # Per-message days only, each era from a month's start: the days of each
                # run are billed as under that era alone (nothing carries across a run).
                counts = {}
                for run_era, first, after in runs:
                    era_counts = counts_of(run_era, replace(setup.settings, era=run_era))
                    counts.update(
                        (key, c) for key, c in era_counts.items() if first <= key >> 32 < after
                    )
            elif CONVERSATION_ERAS.isdisjoint(day_eras):
                counts = _per_message_counts(
                    keys, day_eras, months, setup.settings, phone_of_bucket
                )
            else:
                counts = _era_counts(
                    cands, day_eras, months, lengths, setup.settings, phone_of_bucket
                )
        out[era] = _lines(setup, timeline, days, counts)
        report(n, steps)
    return out


def _months_of(times: list[int], order: list[int], setup: BillingSetup) -> set[str]:
    """The local months of the events ``order`` names (see :func:`time_order`; a zone
    lookup per month: a bisection to the next month's first event)."""
    out: set[str] = set()
    time_of = times.__getitem__
    i = 0
    while i < len(order):
        _start, end, key = month_bounds(times[order[i]], setup.tz)
        out.add(key)
        i = bisect_left(order, end, i + 1, key=time_of)
    return out


def _month_runs(day_eras: list[str], months: list[int]) -> list[tuple[str, int, int]] | None:
    """``(era, first day, day after)`` of each run of days under one era; None when a run
    starts within a month (its allowances would carry over from the era before)."""
    runs: list[tuple[str, int, int]] = []
    for day, era in enumerate(day_eras):
        if runs and runs[-1][0] == era:
            continue
        if day and months[day] == months[day - 1]:
            return None
        if runs:
            runs[-1] = (runs[-1][0], runs[-1][1], day)
        runs.append((era, day, day))
    if runs:
        runs[-1] = (runs[-1][0], runs[-1][1], len(day_eras))
    return runs


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise HistoryCancelled()
