"""Show a bill in another currency at a rate the user typed in: always an estimate.

Meta bills in the card's currency (there is no JPY card); managers still want to see yen.
The converted figure carries the rate and a flag so the UI can print "≈ ... (estimate)".
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from desktop.services.pricing.rules import CTX
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

# Minor units for display (ISO 4217); anything else shows 2 decimals.
MINOR_UNITS = {"JPY": 0, "KRW": 0, "IDR": 0, "CLP": 0, "USD": 2, "EUR": 2, "INR": 2}


class ConversionError(ValueError):
    """A rate the user typed that cannot be used."""


@dataclass(frozen=True)
class DisplayAmount:
    """A billed amount shown in another currency."""

    billed: Decimal
    billed_currency: str
    amount: Decimal
    currency: str
    rate: Decimal
    is_estimate: bool = True

    def label(self) -> Phrase:
        return Phrase(
            CTX,
            QT_TRANSLATE_NOOP(
                "Pricing",
                "≈ {amount} {currency} (estimate at {rate} {currency} per {billed_currency})",
            ),
            {
                "amount": f"{self.amount:,}",
                "currency": self.currency,
                "rate": self.rate,
                "billed_currency": self.billed_currency,
            },
        )


def parse_user_rate(text: str) -> Decimal:
    """A conversion rate typed by the user ("150.25", "150,25" is refused to stay clear)."""
    try:
        rate = Decimal(text.strip())
    except InvalidOperation:
        raise ConversionError(
            f"'{text}' is not a number; type the rate with a dot, e.g. 150.25"
        ) from None
    if not rate.is_finite() or rate <= 0:
        raise ConversionError("the rate must be a number above 0, e.g. 150.25")
    return rate


def convert_for_display(
    amount: Decimal, billed_currency: str, to_currency: str, rate: Decimal | str
) -> DisplayAmount:
    """``amount`` (in ``billed_currency``) times ``rate`` (units of ``to_currency`` per one
    unit of the billed currency), rounded to the target's minor unit, marked as an estimate."""
    value = parse_user_rate(rate) if isinstance(rate, str) else rate
    if value <= 0:
        raise ConversionError("the rate must be a number above 0, e.g. 150.25")
    places = MINOR_UNITS.get(to_currency.upper(), 2)
    quantum = Decimal(1).scaleb(-places)
    converted = (amount * value).quantize(quantum, rounding=ROUND_HALF_EVEN)
    return DisplayAmount(amount, billed_currency.upper(), converted, to_currency.upper(), value)
