"""Why a message cost what it cost: stable rule ids with an English, translatable sentence.

The explain timeline shows one of these per event; the id is stable for code and tests, the
:class:`~desktop.services.text.Phrase` is what a person reads.
"""

from __future__ import annotations

from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

CTX = "Pricing"

RULE_TEXT: dict[str, str] = {
    "csw_opened": QT_TRANSLATE_NOOP(
        "Pricing", "The customer wrote: a 24-hour customer service window is open."
    ),
    "inbound_free": QT_TRANSLATE_NOOP("Pricing", "Messages from customers are never charged."),
    "not_delivered": QT_TRANSLATE_NOOP("Pricing", "Not delivered, so not charged."),
    "rejected_outside_csw": QT_TRANSLATE_NOOP(
        "Pricing",
        "Rejected: a free-form message needs an open customer service window; "
        "send an approved template instead.",
    ),
    "fep_opened": QT_TRANSLATE_NOOP(
        "Pricing",
        "Reply within 24 hours to a click-to-WhatsApp ad or Page button: "
        "a free 72-hour entry point window opens.",
    ),
    "inside_fep": QT_TRANSLATE_NOOP(
        "Pricing", "Inside the free entry point window: every message is free."
    ),
    "inside_conversation": QT_TRANSLATE_NOOP(
        "Pricing", "Inside an open {category} conversation: no new charge."
    ),
    "conversation_opened": QT_TRANSLATE_NOOP(
        "Pricing", "Opens a 24-hour {category} conversation, charged at the {market} rate."
    ),
    "free_tier": QT_TRANSLATE_NOOP(
        "Pricing",
        "Opens a {category} conversation, free: within the monthly free tier ({used} of {limit}).",
    ),
    "service_free": QT_TRANSLATE_NOOP(
        "Pricing",
        "Opens a service conversation, free: service conversations are free since November 2024.",
    ),
    "pmp_template_charged": QT_TRANSLATE_NOOP(
        "Pricing", "Delivered {category} template: charged per message at the {market} rate."
    ),
    "pmp_tier_charged": QT_TRANSLATE_NOOP(
        "Pricing",
        "Delivered {category} template #{ordinal} this month: volume-tier rate for {market}.",
    ),
    "pmp_free_form_free": QT_TRANSLATE_NOOP(
        "Pricing", "Non-template message inside the customer service window: free."
    ),
    "pmp_utility_in_csw_free": QT_TRANSLATE_NOOP(
        "Pricing",
        "Utility template inside the customer service window: free (July 2025 to September 2026).",
    ),
    "transition_cbp_conversation": QT_TRANSLATE_NOOP(
        "Pricing", "Inside a utility conversation opened before per-message pricing: free."
    ),
    "service_charged": QT_TRANSLATE_NOOP(
        "Pricing", "Service reply: charged per message from October 2026 at the {market} rate."
    ),
    "service_allowance": QT_TRANSLATE_NOOP(
        "Pricing",
        "Service reply: free within the monthly allowance ({used} of {limit}, unverified).",
    ),
}


def rule_phrase(rule: str, **args: object) -> Phrase:
    """The readable sentence of ``rule`` with its values filled in."""
    return Phrase(CTX, RULE_TEXT[rule], dict(args))
