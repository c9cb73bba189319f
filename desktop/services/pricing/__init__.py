"""Pricing simulator: what WhatsApp messaging costs under each of Meta's pricing eras.

No Qt anywhere in this package. The pieces, for the scenario page, charts and explain view:

Rate cards (``cards``)
    ``load_rate_book() -> RateBook`` (bundled cards + the user's imported ones);
    ``RateBook.card_for(era, day, currency) -> RateCard``; ``RateCard.rate(market, category)``,
    ``.is_unverified(market, category)`` (show a warning flag), ``.with_overrides({(market,
    category): "0.0123"})``; ``import_meta_csv(text, currency=, effective=)`` refuses a card
    with missing markets (``RateCardError`` lists them); ``save_user_card(card)``.

Engine (``engine``, ``model``)
    ``BillingEngine(book, BillingSettings(era="auto", timezone="Asia/Tokyo", ...))``;
    ``.bill(events: Sequence[PricingEvent], explain=False) -> BillResult``.
    ``BillResult.by_category()``, ``.total()``, ``.grouped("month", "market", ...)``,
    ``.lines`` (``BillLine``: month, waba, phone_number, era, card_id, market, category,
    rate, count, amount). With ``explain=True`` also ``.decisions`` (one per event: rule id,
    ``Phrase``, webhook-style pricing fields), ``.charges`` (rule, phrase, rate, card_id,
    era, ordinal, unverified) and ``.windows`` (kind "csw" | "conversation" | "fep", start,
    end, category, charged, rate): ``.for_contact(contact)`` gives one customer's timeline.
    Errors: ``PricingError`` (``.index`` of the event, ``.field``). The shared vocabulary of
    the explaining loop (``engine``) and the lean one (``fast_engine``): ``billing_core``.

Scenario files (``scenario_file``): ``load_scenarios(path)``, ``bill_scenario(s)``,
    ``result_json(id, result)`` (the CLI's ``--json`` contract); ``ScenarioError``.
History (``history``): ``read_history(session, progress=, cancel=)`` on the DB thread, then
    ``price_history(book, stored, progress=, cancel=) -> HistoryReport`` (``.lines(month,
    era)``, ``.totals(month, era)``, ``.month_detail(month)`` with charges and mismatches).
Estimator (``scenario``): ``ScenarioEstimator(book, as_of).estimate(ScenarioInputs(...))``
    ``-> {era: EraEstimate}``; ``PRESETS``; the page's use case ``ScenarioService().estimate(
    book, inputs, day=, currency=) -> ScenarioEstimate`` (an error sentence, not an exception).
Export and currency: ``export.write_charges_csv(file, charges)``;
    ``currency.convert_for_display(amount, "USD", "JPY", "150.25")`` (always an estimate).
"""
