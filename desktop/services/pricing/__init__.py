"""Pricing simulator: what WhatsApp messaging costs under each of Meta's pricing eras.

Entry points (no Qt anywhere in this package):

* :class:`~desktop.services.pricing.engine.BillingEngine` bills :class:`PricingEvent` s with a
  :class:`~desktop.services.pricing.cards.RateBook` (``load_bundled_cards()``) under
  :class:`BillingSettings`; ``bill(events, explain=True)`` also returns every decision,
  charge and window for the explain timeline.
* :mod:`~desktop.services.pricing.scenario_file`: scenario files (pricing-examples.json).
* :mod:`~desktop.services.pricing.history`: the real bill from the local database.
* :mod:`~desktop.services.pricing.scenario`: the fast monthly estimator and its presets.
* :mod:`~desktop.services.pricing.export` and :mod:`~desktop.services.pricing.currency`.
"""
