"""Which Meta market a recipient belongs to: phone number -> country -> market.

Meta prices by the recipient's calling code (longest prefix), published as a mapping of
countries to markets; some countries left a regional market on a given date. Countries in
no list are "Other". Source: Meta's pricing page,
https://developers.facebook.com/docs/whatsapp/pricing (the market of each country).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

OTHER = "Other"
NORTH_AMERICA = "North America"
REST_AFRICA = "Rest of Africa"
REST_APAC = "Rest of Asia Pacific"
REST_CEE = "Rest of Central & Eastern Europe"
REST_WE = "Rest of Western Europe"
REST_LATAM = "Rest of Latin America"
REST_ME = "Rest of Middle East"

STANDALONE_2025: dict[str, str] = {
    "AR": "Argentina", "BR": "Brazil", "CL": "Chile", "CO": "Colombia", "EG": "Egypt",
    "FR": "France", "DE": "Germany", "IN": "India", "ID": "Indonesia", "IL": "Israel",
    "IT": "Italy", "MY": "Malaysia", "MX": "Mexico", "NL": "Netherlands", "NG": "Nigeria",
    "PK": "Pakistan", "PE": "Peru", "RU": "Russia", "SA": "Saudi Arabia",
    "ZA": "South Africa", "ES": "Spain", "TR": "Turkey", "AE": "United Arab Emirates",
    "GB": "United Kingdom", "US": NORTH_AMERICA, "CA": NORTH_AMERICA,
}  # fmt: skip

REGIONS: dict[str, tuple[str, ...]] = {
    REST_AFRICA: (
        "DZ", "AO", "BJ", "BW", "BF", "BI", "CM", "TD", "CG", "ER", "ET", "GA", "GM", "GH",
        "GW", "CI", "KE", "LS", "LR", "LY", "MG", "MW", "ML", "MR", "MA", "MZ", "NA", "NE",
        "RW", "SN", "SL", "SO", "SS", "SD", "SZ", "TZ", "TG", "TN", "UG", "ZM",
    ),
    REST_APAC: (
        "AF", "AU", "BD", "KH", "CN", "JP", "LA", "MN", "NP", "NZ", "PG", "PH", "LK", "TW",
        "TJ", "TH", "TM", "UZ", "VN", "HK", "SG",
    ),
    REST_CEE: (
        "AL", "AM", "AZ", "BY", "BG", "HR", "CZ", "GE", "GR", "LV", "LT", "MD", "MK", "RS",
        "SK", "SI", "UA", "HU", "PL", "RO",
    ),
    REST_WE: ("AT", "BE", "DK", "FI", "IE", "NO", "PT", "SE", "CH"),
    REST_LATAM: (
        "BO", "CR", "DO", "EC", "SV", "GT", "HT", "HN", "JM", "NI", "PA", "PY", "PR", "UY",
        "VE",
    ),
    REST_ME: ("BH", "IQ", "JO", "KW", "LB", "OM", "YE", "QA"),
}  # fmt: skip

# (first local day, country, market): moves between markets, in date order.
MARKET_CHANGES: tuple[tuple[date, str, str], ...] = (
    (date(2025, 10, 1), "ZW", REST_AFRICA),
    (date(2026, 7, 1), "HK", "Hong Kong"),
    (date(2026, 7, 1), "HU", "Hungary"),
    (date(2026, 7, 1), "PL", "Poland"),
    (date(2026, 7, 1), "QA", "Qatar"),
    (date(2026, 7, 1), "RO", "Romania"),
    (date(2026, 7, 1), "SG", "Singapore"),
    (date(2026, 10, 1), "BD", "Bangladesh"),
    (date(2026, 10, 1), "IQ", "Iraq"),
    (date(2026, 10, 1), "NP", "Nepal"),
    (date(2026, 10, 1), "LK", "Sri Lanka"),
    (date(2026, 10, 1), "KZ", "Kazakhstan"),
    (date(2026, 10, 1), "KW", "Kuwait"),
    (date(2026, 10, 1), "MA", "Morocco"),
    (date(2026, 10, 1), "OM", "Oman"),
    (date(2026, 10, 1), "UA", "Ukraine"),
)

# Kazakhstan shares +7 with Russia; before it became a market Meta billed it by the code.
_BASE_EXTRA = {"KZ": "Russia"}

_BASE: dict[str, str] = {**STANDALONE_2025, **_BASE_EXTRA}
for _market, _countries in REGIONS.items():
    for _cc in _countries:
        _BASE[_cc] = _market

# Markets that exist from the start of per-market pricing (before any move).
BASE_MARKETS: frozenset[str] = frozenset(set(_BASE.values()) | {OTHER})
ALL_MARKETS: tuple[str, ...] = tuple(sorted(BASE_MARKETS | {m for _, _, m in MARKET_CHANGES}))


class UnknownCountry(ValueError):
    """A country code that is not an ISO 3166 region WhatsApp numbers can belong to."""


@lru_cache(maxsize=1)
def known_countries() -> frozenset[str]:
    regions: set[str] = set()
    for codes in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.values():
        regions.update(codes)
    regions.discard("001")
    return frozenset(regions)


@lru_cache(maxsize=4096)
def market_for_country(country: str, day: date) -> str:
    """Meta's market for recipients in ``country`` (ISO alpha-2) on local ``day``."""
    cc = country.upper()
    if cc not in known_countries():
        raise UnknownCountry(f"unknown country code '{country}' (use ISO 3166 alpha-2, e.g. JP)")
    market = _BASE.get(cc, OTHER)
    for start, changed, new_market in MARKET_CHANGES:
        if changed == cc and day >= start:
            market = new_market
    return market


def previous_market(country: str, day: date) -> str:
    """The market ``country`` had before its latest move on or before ``day`` (for old cards)."""
    cc = country.upper()
    market = _BASE.get(cc, OTHER)
    result = market
    for start, changed, new_market in MARKET_CHANGES:
        if changed == cc and day >= start:
            result = market
            market = new_market
    return result


def country_for_number(number: str) -> str:
    """ISO country of a WhatsApp number ("+81 90...", "8190...", wa_id digits).

    A calling code used by one country alone (+81, +55, +91...) answers at once; only
    shared ones (+1, +44, +7...) need the number parsed (history reads a million rows).
    Each number is looked up once per process, with its "+" or without, and so is one that
    no country uses.
    """
    text = number.strip()
    digits = text[1:] if text.startswith("+") else text
    country, problem = _country_of_digits(digits) if digits.isdigit() else _parsed(number)
    if problem:
        raise UnknownCountry(problem)
    return country


def stored_country(wa_id: str | None) -> str | None:
    """The country to keep with a contact's ``wa_id`` (``Contact.country``); None when it
    has no number or no country uses it (readers then parse the number themselves)."""
    if not wa_id:
        return None
    try:
        return country_for_number(wa_id)
    except UnknownCountry:
        return None


def usable_country(stored: str | None, wa_id: str | None) -> str:
    """A contact's country as pricing uses it: the stored one when it is a country at all,
    else parsed from ``wa_id`` ("" when neither tells)."""
    if stored and stored in known_countries():
        return stored
    if not wa_id:
        return ""
    try:
        return country_for_number(wa_id)
    except UnknownCountry:
        return ""


@lru_cache(maxsize=200_000)
def _country_of_digits(number: str) -> tuple[str, str]:
    for length in (1, 2, 3):
        regions = COUNTRY_CODE_TO_REGION_CODE.get(int(number[:length]))
        if regions is not None:
            if len(regions) == 1 and regions[0] != "001" and len(number) > length + 3:
                return str(regions[0]), ""
            break
    return _parsed(number)


@lru_cache(maxsize=65_536)
def _parsed(number: str) -> tuple[str, str]:
    """``(country, "")``, or ``("", why not)``."""
    text = number.strip()
    if not text.startswith("+"):
        text = "+" + text
    try:
        parsed = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return "", f"'{number}' is not a phone number with a country code"
    region = phonenumbers.region_code_for_number(parsed)
    if not region or region == "001":
        # Not a valid number in any plan: fall back to the calling code's main region.
        region = phonenumbers.region_code_for_country_code(parsed.country_code or 0)
    if not region or region == "ZZ" or region == "001":
        return "", f"no country uses the calling code of '{number}'"
    return region, ""
