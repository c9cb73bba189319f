"""Readable, translated names for eras, categories and amounts on the pricing pages."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication

from desktop.services.pricing import cards as C
from desktop.services.pricing import eras as E
from desktop.services.pricing.currency import MINOR_UNITS, DisplayAmount, convert_for_display
from desktop.services.pricing.rules import rule_phrase
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

CTX = "PricingLabels"


def era_label(era: str) -> str:
    names = {
        E.CBP_2022: QCoreApplication.translate("PricingLabels", "Conversations 2022"),
        E.CBP_2023: QCoreApplication.translate("PricingLabels", "Conversations 2023"),
        E.CBP_2024_11: QCoreApplication.translate("PricingLabels", "Conversations Nov 2024"),
        E.PMP_2025: QCoreApplication.translate("PricingLabels", "Per message Jul 2025"),
        E.PMP_2026_10: QCoreApplication.translate("PricingLabels", "Per message Oct 2026"),
        E.AUTO: QCoreApplication.translate("PricingLabels", "As billed (era of each message)"),
    }
    return names.get(era, era)


def era_short(era: str) -> str:
    """Chart-axis size: CBP = conversation-based, PMP = per-message pricing."""
    names = {
        E.CBP_2022: QCoreApplication.translate("PricingLabels", "CBP 2022"),
        E.CBP_2023: QCoreApplication.translate("PricingLabels", "CBP 2023"),
        E.CBP_2024_11: QCoreApplication.translate("PricingLabels", "CBP 11/2024"),
        E.PMP_2025: QCoreApplication.translate("PricingLabels", "PMP 7/2025"),
        E.PMP_2026_10: QCoreApplication.translate("PricingLabels", "PMP 10/2026"),
        E.AUTO: QCoreApplication.translate("PricingLabels", "As billed"),
    }
    return names.get(era, era)


def era_title(era: str) -> str:
    titles = {
        E.CBP_2022: QCoreApplication.translate(
            "PricingLabels", "Conversation-based, user/business-initiated (Feb 2022 - May 2023)"
        ),
        E.CBP_2023: QCoreApplication.translate(
            "PricingLabels", "Conversation-based, four categories (Jun 2023 - Oct 2024)"
        ),
        E.CBP_2024_11: QCoreApplication.translate(
            "PricingLabels", "Conversation-based, free service (Nov 2024 - Jun 2025)"
        ),
        E.PMP_2025: QCoreApplication.translate(
            "PricingLabels", "Per-message, utility free in the window (Jul 2025 - Sep 2026)"
        ),
        E.PMP_2026_10: QCoreApplication.translate(
            "PricingLabels", "Per-message, service and in-window utility charged (from Oct 2026)"
        ),
    }
    return titles.get(era, era)


def category_label(category: str) -> str:
    names = {
        C.MARKETING: QCoreApplication.translate("PricingLabels", "Marketing"),
        C.UTILITY: QCoreApplication.translate("PricingLabels", "Utility"),
        C.AUTHENTICATION: QCoreApplication.translate("PricingLabels", "Authentication"),
        C.AUTH_INTL: QCoreApplication.translate("PricingLabels", "Authentication (international)"),
        C.SERVICE: QCoreApplication.translate("PricingLabels", "Service"),
        C.BUSINESS_INITIATED: QCoreApplication.translate("PricingLabels", "Business-initiated"),
        C.USER_INITIATED: QCoreApplication.translate("PricingLabels", "User-initiated"),
        C.REFERRAL: QCoreApplication.translate("PricingLabels", "Free entry point"),
    }
    return names.get(category, category)


CATEGORY_COLORS = {
    C.MARKETING: "#e8833a",
    C.UTILITY: "#3a86e8",
    C.AUTHENTICATION: "#8e5ad6",
    C.AUTH_INTL: "#b07ae6",
    C.SERVICE: "#00a884",
    C.BUSINESS_INITIATED: "#d35454",
    C.USER_INITIATED: "#2bb0a0",
}
ERA_COLORS = {
    E.CBP_2022: "#9aa5ab",
    E.CBP_2023: "#6f8fa8",
    E.CBP_2024_11: "#3a86e8",
    E.PMP_2025: "#00a884",
    E.PMP_2026_10: "#e8833a",
}


@dataclass(frozen=True)
class DisplayConversion:
    """An optional display-only conversion (e.g. USD to JPY) at a rate the user typed."""

    currency: str
    rate: Decimal

    def convert(self, amount: Decimal, billed_currency: str) -> DisplayAmount:
        return convert_for_display(amount, billed_currency, self.currency, self.rate)


def format_money(amount: Decimal, currency: str, places: int = 2) -> str:
    """``USD 1,234.50``."""
    q = Decimal(1).scaleb(-places)
    value = amount.quantize(q, rounding=ROUND_HALF_UP)
    # English and Japanese both group thousands with "," and use "." for decimals.
    return f"{currency} {value:,.{places}f}"


def format_rate(rate: Decimal, currency: str) -> str:
    return f"{currency} {rate.normalize():f}" if rate else f"{currency} 0"


def format_with_conversion(
    amount: Decimal, currency: str, conversion: DisplayConversion | None
) -> str:
    """``USD 12.35 (≈ JPY 1,914)``: the converted part is an estimate, never a bill."""
    text = format_money(amount, currency)
    if conversion is None:
        return text
    shown = conversion.convert(amount, currency)
    places = MINOR_UNITS.get(shown.currency, 2)
    return f"{text} (≈ {format_money(shown.amount, shown.currency, places)})"


#: Meta's market names (rate-card rows), marked for translation; a market not listed here
#: (a newer card's) is shown as the card names it.
MARKET_NAMES = {
    "Argentina": QT_TRANSLATE_NOOP("PricingMarkets", "Argentina"),
    "Bangladesh": QT_TRANSLATE_NOOP("PricingMarkets", "Bangladesh"),
    "Brazil": QT_TRANSLATE_NOOP("PricingMarkets", "Brazil"),
    "Chile": QT_TRANSLATE_NOOP("PricingMarkets", "Chile"),
    "Colombia": QT_TRANSLATE_NOOP("PricingMarkets", "Colombia"),
    "Egypt": QT_TRANSLATE_NOOP("PricingMarkets", "Egypt"),
    "France": QT_TRANSLATE_NOOP("PricingMarkets", "France"),
    "Germany": QT_TRANSLATE_NOOP("PricingMarkets", "Germany"),
    "Hong Kong": QT_TRANSLATE_NOOP("PricingMarkets", "Hong Kong"),
    "Hungary": QT_TRANSLATE_NOOP("PricingMarkets", "Hungary"),
    "India": QT_TRANSLATE_NOOP("PricingMarkets", "India"),
    "Indonesia": QT_TRANSLATE_NOOP("PricingMarkets", "Indonesia"),
    "Iraq": QT_TRANSLATE_NOOP("PricingMarkets", "Iraq"),
    "Israel": QT_TRANSLATE_NOOP("PricingMarkets", "Israel"),
    "Italy": QT_TRANSLATE_NOOP("PricingMarkets", "Italy"),
    "Kazakhstan": QT_TRANSLATE_NOOP("PricingMarkets", "Kazakhstan"),
    "Kuwait": QT_TRANSLATE_NOOP("PricingMarkets", "Kuwait"),
    "Malaysia": QT_TRANSLATE_NOOP("PricingMarkets", "Malaysia"),
    "Mexico": QT_TRANSLATE_NOOP("PricingMarkets", "Mexico"),
    "Morocco": QT_TRANSLATE_NOOP("PricingMarkets", "Morocco"),
    "Nepal": QT_TRANSLATE_NOOP("PricingMarkets", "Nepal"),
    "Netherlands": QT_TRANSLATE_NOOP("PricingMarkets", "Netherlands"),
    "Nigeria": QT_TRANSLATE_NOOP("PricingMarkets", "Nigeria"),
    "North America": QT_TRANSLATE_NOOP("PricingMarkets", "North America"),
    "Oman": QT_TRANSLATE_NOOP("PricingMarkets", "Oman"),
    "Other": QT_TRANSLATE_NOOP("PricingMarkets", "Other"),
    "Pakistan": QT_TRANSLATE_NOOP("PricingMarkets", "Pakistan"),
    "Peru": QT_TRANSLATE_NOOP("PricingMarkets", "Peru"),
    "Poland": QT_TRANSLATE_NOOP("PricingMarkets", "Poland"),
    "Qatar": QT_TRANSLATE_NOOP("PricingMarkets", "Qatar"),
    "Rest of Africa": QT_TRANSLATE_NOOP("PricingMarkets", "Rest of Africa"),
    "Rest of Asia Pacific": QT_TRANSLATE_NOOP("PricingMarkets", "Rest of Asia Pacific"),
    "Rest of Central & Eastern Europe": QT_TRANSLATE_NOOP(
        "PricingMarkets", "Rest of Central & Eastern Europe"
    ),
    "Rest of Latin America": QT_TRANSLATE_NOOP("PricingMarkets", "Rest of Latin America"),
    "Rest of Middle East": QT_TRANSLATE_NOOP("PricingMarkets", "Rest of Middle East"),
    "Rest of Western Europe": QT_TRANSLATE_NOOP("PricingMarkets", "Rest of Western Europe"),
    "Romania": QT_TRANSLATE_NOOP("PricingMarkets", "Romania"),
    "Russia": QT_TRANSLATE_NOOP("PricingMarkets", "Russia"),
    "Saudi Arabia": QT_TRANSLATE_NOOP("PricingMarkets", "Saudi Arabia"),
    "Singapore": QT_TRANSLATE_NOOP("PricingMarkets", "Singapore"),
    "South Africa": QT_TRANSLATE_NOOP("PricingMarkets", "South Africa"),
    "Spain": QT_TRANSLATE_NOOP("PricingMarkets", "Spain"),
    "Sri Lanka": QT_TRANSLATE_NOOP("PricingMarkets", "Sri Lanka"),
    "Turkey": QT_TRANSLATE_NOOP("PricingMarkets", "Turkey"),
    "Ukraine": QT_TRANSLATE_NOOP("PricingMarkets", "Ukraine"),
    "United Arab Emirates": QT_TRANSLATE_NOOP("PricingMarkets", "United Arab Emirates"),
    "United Kingdom": QT_TRANSLATE_NOOP("PricingMarkets", "United Kingdom"),
}


def market_label(market: str) -> str:
    """A market in the UI language ("Rest of Asia Pacific" → 「その他のアジア太平洋」)."""
    return (
        QCoreApplication.translate("PricingMarkets", market) if market in MARKET_NAMES else market
    )


def render_phrase(phrase: Phrase) -> str:
    """A pricing rule's sentence in the UI language, with category ids as readable names."""
    args = dict(phrase.args)
    if isinstance(args.get("category"), str):
        args["category"] = category_label(args["category"]).lower()
    if isinstance(args.get("market"), str):
        args["market"] = market_label(args["market"])
    return Phrase(phrase.context, phrase.source, args).render(QCoreApplication.translate)


def rule_sentence(rule: str) -> str:
    """The sentence of an argument-free rule (window openings) in the UI language."""
    try:
        return render_phrase(rule_phrase(rule))
    except (KeyError, IndexError):
        return rule
