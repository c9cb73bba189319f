"""The billing engine: replays messages under one pricing era (or each event's own era).

One pass over time-ordered events keeps, per contact, the customer service window, the
open conversations (CBP) and the free entry point window; per WABA the monthly free tier;
per phone number the Oct-2026 service allowance; per market and category the monthly
volume-tier position. ``bill(events)`` gives the totals from the lean loop in
``fast_engine.py``; ``bill(events, explain=True)`` replays them here, recording every
decision, charge and window for the explain timeline. Both take the calendar, rates,
markets and allowances from ``billing_core.py``; the identical-bill test holds them to
the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from desktop.services.pricing import cards as C
from desktop.services.pricing.billing_core import (
    FAR_PAST,
    BillingCalendar,
    BillingSetup,
    ContactState,
    MonthAllowances,
    PricingError,
    Rate,
    RateSlot,
    WindowLengths,
    bad_event,
    out_of_order,
    template_category,
)
from desktop.services.pricing.cards import RateBook
from desktop.services.pricing.eras import CBP_2022, CBP_2023, CBP_2024_11, PMP_2025, era_on
from desktop.services.pricing.fast_engine import bill_fast
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
from desktop.services.text import Phrase

FREE_CUSTOMER_SERVICE = "free_customer_service"
FREE_ENTRY_POINT = "free_entry_point"


class BillingEngine:
    """Bills events with a :class:`RateBook` under :class:`BillingSettings`."""

    def __init__(self, book: RateBook, settings: BillingSettings | None = None) -> None:
        self.book = book
        self.settings = settings or BillingSettings()
        self.setup = BillingSetup.of(book, self.settings)
        self.tz = self.setup.tz
        self.currency = self.setup.currency

    def bill(self, events: Iterable[PricingEvent], *, explain: bool = False) -> BillResult:
        """The bill for ``events`` (must be in time order).

        ``explain=False`` returns only ``lines`` (the totals), from a leaner loop with the
        same rules; ``explain=True`` also fills ``decisions``, ``charges`` and ``windows``.
        """
        if not explain:
            seq = events if isinstance(events, Sequence) else list(events)
            return bill_fast(self.setup, seq)
        return ExplainedReplay(self.setup).run(events)


class ExplainedReplay:
    """One explained replay: each rule is a method, called in the order Meta applies it."""

    def __init__(self, setup: BillingSetup) -> None:
        self.setup = setup
        self.st = setup.settings
        self.lengths = WindowLengths.of(self.st)
        self.calendar = BillingCalendar(setup)
        self.allowances = MonthAllowances(self.st)
        self.contacts: dict[str, ContactState] = {}
        # (month, waba, phone number, (era, card id, market, category, rate)) -> count
        self.counts: dict[tuple[str, str, str, RateSlot], int] = {}
        self.charges: list[Charge] = []
        self.windows: list[Window] = []
        self.decisions: list[Decision] = []
        self.unverified_used = False

    # -- the replay ------------------------------------------------------------------------

    def run(self, events: Iterable[PricingEvent]) -> BillResult:
        calendar = self.calendar
        last_t = calendar.day_end
        for i, ev in enumerate(events):
            if ev.t < last_t:
                raise out_of_order(i)
            last_t = ev.t
            if ev.t >= calendar.day_end:
                self._enter_day(ev.t)
            try:
                self._event(i, ev)
            except PricingError as exc:
                raise exc.at(i) from exc.__cause__
        lines = [
            BillLine(month, waba, phone, era, card_id, market, category, rate, n)
            for (
                month,
                waba,
                phone,
                (era, card_id, market, category, rate),
            ), n in self.counts.items()
        ]
        return BillResult(
            self.setup.currency,
            lines,
            self.charges,
            self.windows,
            self.decisions,
            self.unverified_used,
        )

    def _enter_day(self, ts: int) -> None:
        changed = self.calendar.enter_day(ts)
        if changed & BillingCalendar.MONTH and not self.calendar.first_month:
            self.allowances.new_month()

    def _event(self, i: int, ev: PricingEvent) -> None:
        market = ev.market or self.calendar.markets.market(ev.country)
        state = self.contacts.get(ev.contact)
        if state is None:
            state = self.contacts[ev.contact] = ContactState()
        if ev.direction == "in":
            self._inbound(i, ev, state)
        elif ev.direction != "out" or ev.kind not in ("template", "free_form"):
            raise bad_event(ev.direction, ev.kind)
        else:
            self._outbound(i, ev, state, market)

    # -- rules -----------------------------------------------------------------------------

    def _inbound(self, i: int, ev: PricingEvent, state: ContactState) -> None:
        """A customer's message opens (or extends) the 24-hour customer service window."""
        ts, end = ev.t, ev.t + self.lengths.csw
        win = state.csw_window
        if win is not None and ts < state.csw_end:
            win.end = end
        else:
            win = Window("csw", ev.contact, ts, end, rule="csw_opened")
            self.windows.append(win)
            state.csw_window = win
        self._decide(i, ev, "csw_opened")
        state.csw_end = end
        if ev.entry_point:
            state.fep_open_until = ts + self.lengths.fep_reply

    def _outbound(self, i: int, ev: PricingEvent, state: ContactState, market: str) -> None:
        """A business message: refused, free or charged, by the era's rules."""
        is_template = ev.kind == "template"
        in_csw = ev.t < state.csw_end
        if not ev.delivered or (not is_template and not in_csw):
            rule = "not_delivered" if not ev.delivered else "rejected_outside_csw"
            self._decide(i, ev, rule, delivered=False)
            return
        category = self._template_category(ev, market) if is_template else C.SERVICE
        if self._entry_point(i, ev, state):
            return
        if self.calendar.is_cbp:
            self._conversation(i, ev, state, category, market, in_csw)
        elif not is_template:
            self._pmp_service(i, ev, market)
        elif category == C.UTILITY and self._pmp_free_utility(i, ev, state, in_csw):
            return
        else:
            self._pmp_template(i, ev, category, market)

    def _template_category(self, ev: PricingEvent, market: str) -> str:
        """The template's category; authentication to a foreign number may be priced as
        authentication-international where the card has that rate."""
        category = template_category(ev.category)
        st = self.st
        if (
            category == C.AUTHENTICATION
            and st.auth_international
            and (st.business_country is None or st.business_country.upper() != ev.country.upper())
            and self.calendar.rates.has_rate(market, C.AUTH_INTL)
        ):
            return C.AUTH_INTL
        return category

    def _entry_point(self, i: int, ev: PricingEvent, state: ContactState) -> bool:
        """Free entry point: the first delivered reply within 24 h of an ad or Page button
        opens a free 72-hour window (closing every open CBP conversation). True if free."""
        ts, cbp = ev.t, self.calendar.is_cbp
        model = "CBP" if cbp else "PMP"
        pricing_type = None if cbp else FREE_ENTRY_POINT
        if state.fep_end <= ts < state.fep_open_until:
            state.fep_end = ts + self.lengths.fep
            state.fep_open_until = FAR_PAST
            if cbp:
                state.conversations = {}
                state.conversation_end = FAR_PAST
            self.windows.append(
                Window(
                    "fep",
                    ev.contact,
                    ts,
                    state.fep_end,
                    C.REFERRAL,
                    False,
                    rule="fep_opened",
                    why="free entry point",
                )
            )
            self._decide(
                i, ev, "fep_opened", model=model, pricing_type=pricing_type, category=C.REFERRAL
            )
            return True
        if ts < state.fep_end:
            self._decide(
                i, ev, "inside_fep", model=model, pricing_type=pricing_type, category=C.REFERRAL
            )
            return True
        return False

    def _conversation(
        self,
        i: int,
        ev: PricingEvent,
        state: ContactState,
        category: str,
        market: str,
        in_csw: bool,
    ) -> None:
        """CBP: a message inside an open conversation is free; otherwise it opens one."""
        era, ts, convs = self.calendar.era, ev.t, state.conversations
        if era == CBP_2022:  # one conversation at a time, named after who started it
            covered, open_cat = ts < state.conversation_end, next(iter(convs), "")
            conv_cat = C.USER_INITIATED if in_csw else C.BUSINESS_INITIATED
        elif ev.kind == "template":  # a conversation per category
            covered, open_cat = ts < convs.get(category, FAR_PAST), category
            conv_cat = category
        else:  # a service reply: any open conversation covers it
            covered = ts < state.conversation_end
            open_cat = max(convs, key=lambda k: convs[k]) if convs else ""
            conv_cat = C.SERVICE
        if covered:
            phrase = rule_phrase("inside_conversation", category=open_cat)
            self._decide(i, ev, "inside_conversation", phrase, model="CBP", category=open_cat)
            return
        end = ts + self.lengths.conversation
        if era == CBP_2022:
            convs.clear()
        convs[conv_cat] = end
        state.conversation_end = max(state.conversation_end, end)
        if self._free_conversation(i, ev, conv_cat, market, end):
            return
        phrase = rule_phrase("conversation_opened", category=conv_cat, market=market)
        rate = self._rate(market, conv_cat, ev.country)
        self._count(ev, rate)
        self.windows.append(
            Window(
                "conversation",
                ev.contact,
                ts,
                end,
                conv_cat,
                True,
                rate.value,
                rate.card_id,
                "conversation_opened",
                phrase.render(),
            )
        )
        self._charge(
            i, ev, "conversation_opened", phrase, conv_cat, market, rate, conversation_end=end
        )

    def _free_conversation(
        self, i: int, ev: PricingEvent, conv_cat: str, market: str, end: int
    ) -> bool:
        """CBP free tier (2022: any conversation; 2023: service) and free service (2024-11)."""
        era = self.calendar.era
        if era == CBP_2022 or (era == CBP_2023 and conv_cat == C.SERVICE):
            used = self.allowances.take_free_tier(ev.waba)
            if used is None:
                return False
            rule = "free_tier"
            phrase = rule_phrase(
                rule, category=conv_cat, used=used, limit=self.st.free_tier_monthly
            )
        elif era == CBP_2024_11 and conv_cat == C.SERVICE:
            rule, phrase = "service_free", rule_phrase("service_free")
        else:
            return False
        self.windows.append(
            Window(
                "conversation",
                ev.contact,
                ev.t,
                end,
                conv_cat,
                False,
                None,
                None,
                rule,
                phrase.render(),
            )
        )
        self._charge(i, ev, rule, phrase, conv_cat, market, None, conversation_end=end)
        return True

    def _pmp_service(self, i: int, ev: PricingEvent, market: str) -> None:
        """PMP free-form replies: free until October 2026, then charged after the monthly
        allowance per phone number."""
        if self.calendar.era == PMP_2025:
            self._decide(
                i,
                ev,
                "pmp_free_form_free",
                model="PMP",
                pricing_type=FREE_CUSTOMER_SERVICE,
                category=C.SERVICE,
            )
            return
        used = self.allowances.take_service(ev.phone_number)
        if used is not None:
            phrase = rule_phrase("service_allowance", used=used, limit=self.st.service_free_monthly)
            self._decide(
                i,
                ev,
                "service_allowance",
                phrase,
                model="PMP",
                pricing_type=FREE_CUSTOMER_SERVICE,
                category=C.SERVICE,
            )
            return
        rate = self._rate(market, C.SERVICE, ev.country)
        self._count(ev, rate)
        phrase = rule_phrase("service_charged", market=market)
        self._charge(i, ev, "service_charged", phrase, C.SERVICE, market, rate)

    def _pmp_free_utility(
        self, i: int, ev: PricingEvent, state: ContactState, in_csw: bool
    ) -> bool:
        """Utility templates that cost nothing: inside a CBP utility conversation still open
        after the switch, or (July 2025 to September 2026) inside the service window."""
        if ev.t < state.conversations.get(C.UTILITY, FAR_PAST):
            self._decide(i, ev, "transition_cbp_conversation", model="CBP", category=C.UTILITY)
            return True
        if in_csw and self.calendar.era == PMP_2025:
            self._decide(
                i,
                ev,
                "pmp_utility_in_csw_free",
                model="PMP",
                pricing_type=FREE_CUSTOMER_SERVICE,
                category=C.UTILITY,
            )
            return True
        return False

    def _pmp_template(self, i: int, ev: PricingEvent, category: str, market: str) -> None:
        """A delivered template is charged per message, at its volume tier's rate."""
        base = self._rate(market, category, ev.country)
        position = self.allowances.next_tier_position(market, category)
        rate = base.at_tier(position)
        rule = "pmp_tier_charged" if rate is not base else "pmp_template_charged"
        self._count(ev, rate)
        phrase = rule_phrase(rule, category=category, market=market, ordinal=position)
        self._charge(i, ev, rule, phrase, category, market, rate, ordinal=position)

    # -- records ---------------------------------------------------------------------------

    def _rate(self, market: str, category: str, country: str) -> Rate:
        rate = self.calendar.rates.rate(market, category, country)
        if rate.unverified:
            self.unverified_used = True
        return rate

    def _count(self, ev: PricingEvent, rate: Rate) -> None:
        key = (self.calendar.month_key, ev.waba, ev.phone_number, rate.slot)
        self.counts[key] = self.counts.get(key, 0) + 1

    def _charge(
        self,
        i: int,
        ev: PricingEvent,
        rule: str,
        phrase: Phrase,
        category: str,
        market: str,
        rate: Rate | None,
        *,
        ordinal: int | None = None,
        conversation_end: int | None = None,
    ) -> None:
        """Record a charge (``rate``) or a free conversation worth explaining (None)."""
        model = "CBP" if self.calendar.is_cbp else "PMP"
        self.charges.append(
            Charge(
                t=ev.t,
                contact=ev.contact,
                category=category,
                market=market,
                rate=rate.value if rate else Decimal(0),
                currency=self.setup.currency,
                card_id=rate.card_id if rate else "",
                era=self.calendar.era,
                pricing_model=model,
                rule=rule,
                phrase=phrase,
                charged=rate is not None,
                ordinal=ordinal,
                unverified=rate.unverified if rate else False,
                waba=ev.waba,
                phone_number=ev.phone_number,
                ref=ev.ref,
                conversation_end=conversation_end,
            )
        )
        self._decide(
            i,
            ev,
            rule,
            phrase,
            billable=rate is not None,
            model=model,
            pricing_type="regular" if model == "PMP" and rate else None,
            category=category,
        )

    def _decide(
        self,
        i: int,
        ev: PricingEvent,
        rule: str,
        phrase: Phrase | None = None,
        *,
        billable: bool = False,
        model: str | None = None,
        pricing_type: str | None = None,
        category: str | None = None,
        delivered: bool = True,
    ) -> None:
        self.decisions.append(
            Decision(
                index=i,
                t=ev.t,
                contact=ev.contact,
                rule=rule,
                phrase=phrase or rule_phrase(rule),
                billable=billable,
                pricing_model=model,
                pricing_type=pricing_type,
                category=category,
                delivered=delivered,
            )
        )


__all__ = ["BillingEngine", "ExplainedReplay", "PricingError", "era_on"]
