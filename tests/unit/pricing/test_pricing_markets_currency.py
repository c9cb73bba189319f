"""Recipient number -> country -> market; display conversion marked as an estimate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.services.pricing import markets
from desktop.services.pricing.currency import ConversionError, convert_for_display
from desktop.services.pricing.markets import (
    UnknownCountry,
    country_for_number,
    market_for_country,
    stored_country,
    usable_country,
)


@pytest.mark.parametrize(
    ("number", "market"),
    [
        ("+81 90 1234 5678", "Rest of Asia Pacific"),
        ("12125550123", "North America"),
        ("+1 809 555 1234", "Rest of Latin America"),  # Dominican Republic shares +1
        ("+1 876 555 1234", "Rest of Latin America"),  # Jamaica
        ("+82 10 1234 5678", "Other"),  # South Korea is in no list
        ("+55 11 98765 4321", "Brazil"),
    ],
)
def test_market_from_number(number: str, market: str) -> None:
    assert market_for_country(country_for_number(number), date(2025, 8, 1)) == market


@pytest.mark.parametrize(
    ("country", "day", "market"),
    [
        ("PL", date(2026, 6, 30), "Rest of Central & Eastern Europe"),
        ("PL", date(2026, 7, 1), "Poland"),
        ("ZW", date(2025, 9, 30), "Other"),
        ("ZW", date(2025, 10, 1), "Rest of Africa"),
        ("BD", date(2026, 10, 1), "Bangladesh"),
    ],
)
def test_markets_move_on_their_date(country: str, day: date, market: str) -> None:
    assert market_for_country(country, day) == market


def test_unknown_country() -> None:
    with pytest.raises(UnknownCountry):
        market_for_country("XX", date(2025, 1, 1))
    with pytest.raises(UnknownCountry):
        country_for_number("+999 123")


def test_a_number_is_parsed_once_with_or_without_its_plus(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parses: list[str] = []
    real = markets.phonenumbers.parse

    def counted(text: str, region: str | None) -> object:
        parses.append(text)
        return real(text, region)

    monkeypatch.setattr(markets.phonenumbers, "parse", counted)
    # Numbers no other test looks up, so no earlier call has cached them.
    for number in ("16505550987", "+16505550987", " +16505550987 ", "16505550987"):
        assert country_for_number(number) == "US"
    for _ in range(3):  # a number no country uses is not parsed again either
        with pytest.raises(UnknownCountry):
            country_for_number("+9990001")
    assert country_for_number("+44 7700 900987") == "GB"
    assert country_for_number("+44 7700 900987") == "GB"
    assert parses == ["+16505550987", "+9990001", "+44 7700 900987"]


@pytest.mark.parametrize(
    ("stored", "wa_id", "country"),
    [
        ("CA", "16505550123", "CA"),  # what is kept wins (it was parsed when stored)
        (None, "16505550123", "US"),  # kept before the column: parsed
        ("zz", "14165550199", "CA"),  # no country: parsed instead
        ("", "447700900123", "GB"),
        (None, "999123", ""),  # no country uses +999
        (None, "12ab!", ""),
        (None, None, ""),
        ("XX", None, ""),
    ],
)
def test_usable_country(stored: str | None, wa_id: str | None, country: str) -> None:
    assert usable_country(stored, wa_id) == country


def test_stored_country() -> None:
    assert stored_country("14165550199") == "CA"
    assert stored_country("819012345678") == "JP"
    assert stored_country("999123") is None
    assert stored_country("") is None
    assert stored_country(None) is None


def test_display_conversion_is_an_estimate_in_minor_units() -> None:
    shown = convert_for_display(Decimal("0.1491"), "USD", "JPY", "150.25")
    assert shown.amount == Decimal("22") and shown.currency == "JPY" and shown.is_estimate
    assert "estimate" in shown.label().render()
    assert convert_for_display(Decimal("10"), "usd", "eur", Decimal("0.9")).amount == Decimal(
        "9.00"
    )
    for bad in ("0", "-1", "abc", "1,5"):
        with pytest.raises(ConversionError):
            convert_for_display(Decimal("1"), "USD", "JPY", bad)
