"""Rate cards: Meta's prices per market and category, versioned by effective date.

A card is data (``resources/pricing/cards/*.json``): currency, effective date, the era whose
rules it prices, source, rates, optional graduated volume tiers, and which figures are
unverified (the UI shows that flag). A :class:`RateBook` holds several cards and picks the one
in force for an era on a local day. Users can import Meta's CSV and override single rates.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.services.pricing.eras import ERA_INDEX, ERA_STARTS, ERAS, era_on
from desktop.services.pricing.markets import BASE_MARKETS, MARKET_CHANGES

CARDS_DIR = Path(__file__).resolve().parents[3] / "resources" / "pricing" / "cards"

# Charge categories (CBP-2022 has its own two).
MARKETING = "marketing"
UTILITY = "utility"
AUTHENTICATION = "authentication"
AUTH_INTL = "authentication_international"
SERVICE = "service"
BUSINESS_INITIATED = "business_initiated"
USER_INITIATED = "user_initiated"
REFERRAL = "referral_conversion"
CATEGORIES: tuple[str, ...] = (
    MARKETING, UTILITY, AUTHENTICATION, AUTH_INTL, SERVICE, BUSINESS_INITIATED, USER_INITIATED,
)  # fmt: skip
TIERED_CATEGORIES = frozenset({UTILITY, AUTHENTICATION, AUTH_INTL})

Tier = tuple[int | None, Decimal]


class RateCardError(ValueError):
    """A card that cannot be used; the message says what is wrong and how to fix it."""


def normalise_category(name: str) -> str:
    """Meta spells auth-international with a hyphen in one field and ``_`` in another."""
    return name.strip().lower().replace("-", "_").replace(" ", "_")


MAX_RATE = Decimal(1_000_000)  # no message costs a million in any currency


def _shown(value: object) -> str:
    """A cell or JSON value as a short single line for an error message."""
    text = value if isinstance(value, str | int | Decimal) else type(value).__name__
    text = str(text)[:41] if not isinstance(value, int) or value.bit_length() < 128 else "number"
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= 40 else text[:39] + "…"


def parse_rate(value: object, where: str) -> Decimal:
    if isinstance(value, float):
        raise RateCardError(f"{where}: write rates as decimal strings, not floats")
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise RateCardError(f"{where}: expected a decimal number, not {_shown(value)}")
    if isinstance(value, str) and len(value) > 40:
        raise RateCardError(
            f"{where}: a rate is a short decimal number, not {len(value):,} characters"
        )
    try:
        rate = Decimal(value.strip() if isinstance(value, str) else value)
    except (InvalidOperation, ValueError):
        raise RateCardError(f"{where}: '{_shown(value)}' is not a decimal number") from None
    places = rate.as_tuple().exponent
    if not isinstance(places, int) or not 0 <= rate <= MAX_RATE or places < -12:
        raise RateCardError(
            f"{where}: a rate must be a number from 0 to {MAX_RATE:,} with at most 12 decimal "
            f"places, got '{_shown(value)}'"
        )
    return rate


#: Meta's pricing page, where its rate cards are published for download.
PRICING_PAGE = "https://developers.facebook.com/docs/whatsapp/pricing"


@dataclass(frozen=True)
class CardCitation:
    """Where a card's figures come from, as a reader needs it: who published them, on which
    page and when, a link, and how they reached the card (``method``)."""

    publisher: str = ""
    page: str = ""
    published: str = ""  # ISO date
    link: str = ""
    method: str = ""  # "copy" | "derived" | "mixed" | "import"


@dataclass(frozen=True)
class RateCard:
    """One currency's prices from one effective date."""

    id: str
    currency: str
    effective: date
    era: str | None
    source: str
    rates: Mapping[str, Mapping[str, Decimal]]
    tiers: Mapping[str, Mapping[str, tuple[Tier, ...]]] = field(default_factory=dict)
    unverified: Mapping[str, frozenset[str]] = field(default_factory=dict)
    overridden: Mapping[str, frozenset[str]] = field(default_factory=dict)
    tiers_are_illustrative: bool = False
    partial: bool = False
    notes: str = ""
    cited: CardCitation = field(default_factory=CardCitation)

    def rate(self, market: str, category: str) -> Decimal | None:
        return self.rates.get(market, {}).get(category)

    def tier_table(self, market: str, category: str) -> tuple[Tier, ...] | None:
        return self.tiers.get(market, {}).get(category)

    def is_unverified(self, market: str, category: str) -> bool:
        """True when the figure is not confirmed by two sources, or a user override."""
        return category in self.unverified.get(market, frozenset()) or category in (
            self.overridden.get(market, frozenset())
        )

    def markets(self) -> tuple[str, ...]:
        return tuple(sorted(self.rates))

    def with_overrides(self, overrides: Mapping[tuple[str, str], Decimal | str]) -> RateCard:
        """A copy with ``{(market, category): rate}`` replaced and flagged as user-entered."""
        rates = {m: dict(r) for m, r in self.rates.items()}
        flagged = {m: set(c) for m, c in self.overridden.items()}
        for (market, category), value in overrides.items():
            cat = normalise_category(category)
            rates.setdefault(market, {})[cat] = parse_rate(value, f"override {market}/{cat}")
            flagged.setdefault(market, set()).add(cat)
        return replace(
            self,
            id=f"{self.id}+overrides",
            rates=rates,
            overridden={m: frozenset(c) for m, c in flagged.items()},
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "currency": self.currency,
            "effective": self.effective.isoformat(),
            "era": self.era,
            "source": self.source,
            "rates": {m: {c: str(v) for c, v in r.items()} for m, r in self.rates.items()},
            "tiers": {
                m: {c: [[u, str(v)] for u, v in t] for c, t in cats.items()}
                for m, cats in self.tiers.items()
            },
            "unverified": {m: sorted(c) for m, c in self.unverified.items() if c},
            "overridden": {m: sorted(c) for m, c in self.overridden.items() if c},
            "tiers_are_illustrative": self.tiers_are_illustrative,
            "partial": self.partial,
            "notes": self.notes,
            "cited": {
                "publisher": self.cited.publisher,
                "page": self.cited.page,
                "published": self.cited.published,
                "link": self.cited.link,
                "method": self.cited.method,
            },
        }


def _parse_tiers(raw: object, where: str) -> tuple[Tier, ...]:
    if not isinstance(raw, list) or not raw:
        raise RateCardError(f"{where}: tiers are a list of [upto_inclusive or null, rate]")
    tiers: list[Tier] = []
    previous = 0
    for i, row in enumerate(raw):
        if not isinstance(row, list | tuple) or len(row) != 2:
            raise RateCardError(f"{where}[{i}]: expected [upto_inclusive or null, rate]")
        upto = row[0]
        if upto is not None and (
            not isinstance(upto, int) or isinstance(upto, bool) or not previous < upto < 10**15
        ):
            raise RateCardError(f"{where}[{i}]: thresholds must be increasing whole numbers")
        if upto is None and i != len(raw) - 1:
            raise RateCardError(f"{where}[{i}]: only the last tier may be open-ended (null)")
        tiers.append((upto, parse_rate(row[1], f"{where}[{i}]")))
        previous = upto or previous
    return tuple(tiers)


def _mapping(value: object, where: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise RateCardError(f"{where}: expected an object, not {_shown(value)}")
    return value


def _names(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RateCardError(f"{where}: expected a list of category names")
    return value


def card_from_json(data: Mapping[str, Any], where: str = "rate card") -> RateCard:
    """A card from the bundled JSON format (see resources/pricing/README.md)."""
    if not isinstance(data, dict):
        raise RateCardError(f"{where}: expected an object, not {_shown(data)}")
    try:
        effective = date.fromisoformat(str(data["effective"]))
    except (KeyError, ValueError) as exc:
        raise RateCardError(f"{where}.effective: expected a date like 2025-07-01") from exc
    era = data.get("era")
    if era is not None and (not isinstance(era, str) or era not in ERA_INDEX):
        raise RateCardError(f"{where}.era: unknown era '{_shown(era)}' (one of {', '.join(ERAS)})")
    raw_rates = data.get("rates")
    if not isinstance(raw_rates, dict) or not raw_rates:
        raise RateCardError(f"{where}.rates: missing")
    rates = {
        market: {
            normalise_category(c): parse_rate(v, f"{where}.rates.{market}.{c}")
            for c, v in _mapping(cats, f"{where}.rates.{market}").items()
        }
        for market, cats in raw_rates.items()
    }
    tiers = {
        market: {
            normalise_category(c): _parse_tiers(t, f"{where}.tiers.{market}.{c}")
            for c, t in _mapping(cats, f"{where}.tiers.{market}").items()
        }
        for market, cats in _mapping(data.get("tiers"), f"{where}.tiers").items()
    }
    unverified = {
        m: frozenset(normalise_category(c) for c in _names(cats, f"{where}.unverified.{m}"))
        for m, cats in _mapping(data.get("unverified"), f"{where}.unverified").items()
    }
    return RateCard(
        id=str(data.get("id") or f"{data.get('currency', 'USD')}-{effective}"),
        currency=str(data.get("currency", "USD")).upper(),
        effective=effective,
        era=era,
        source=str(data.get("source", "")),
        rates=rates,
        tiers=tiers,
        unverified=unverified,
        tiers_are_illustrative=bool(data.get("tiers_are_illustrative", False)),
        partial=bool(data.get("partial", False)),
        notes=str(data.get("notes", "")),
        cited=_citation(data.get("cited")),
    )


def _citation(raw: Any) -> CardCitation:
    """A card's ``cited`` object; anything missing or of the wrong type reads as empty."""
    if not isinstance(raw, dict):
        return CardCitation()

    def text(key: str) -> str:
        value = raw.get(key)
        return value.strip()[:300] if isinstance(value, str) else ""

    link = text("link")
    return CardCitation(
        publisher=text("publisher"),
        page=text("page"),
        published=text("published"),
        link=link if link.startswith("https://") else "",
        method=text("method"),
    )


class RateBook:
    """Several cards; answers "which card prices era E on local day D in currency C"."""

    def __init__(self, cards: Iterable[RateCard]) -> None:
        self.cards: tuple[RateCard, ...] = tuple(sorted(cards, key=lambda c: c.effective))
        if not self.cards:
            raise RateCardError("no rate cards loaded")
        self._cache: dict[tuple[str, date, str | None], RateCard] = {}

    def currencies(self) -> tuple[str, ...]:
        return tuple(sorted({c.currency for c in self.cards}))

    def card_for(self, era: str, day: date, currency: str | None = None) -> RateCard:
        """The card for ``era`` on ``day``.

        Cards of that era win over era-less ones; among them the latest effective on or
        before ``day``, else (a what-if of an era before it began) the era's first card, or
        (a what-if of an era after it ended) its last one.
        """
        key = (era, day, currency)
        found = self._cache.get(key)
        if found is not None:
            return found
        pool = [c for c in self.cards if currency is None or c.currency == currency]
        if not pool:
            raise RateCardError(f"no rate card in {currency}; import Meta's {currency} card")
        complete = [c for c in pool if not c.partial] or pool
        own = [c for c in complete if c.era == era] or [c for c in complete if c.era is None]
        if not own:
            own = [c for c in complete if c.era is not None and era_on(c.effective) == era]
        if not own:
            raise RateCardError(f"no rate card prices era {era}; import one for it")
        in_force = [c for c in own if c.effective <= day]
        card = in_force[-1] if in_force else own[0]
        self._cache[key] = card
        return card

    def with_card(self, card: RateCard) -> RateBook:
        return RateBook([*self.cards, card])


def load_bundled_cards(directory: Path = CARDS_DIR) -> RateBook:
    """Every card shipped in resources/pricing/cards."""
    return RateBook(_shipped_cards(directory))


@lru_cache(maxsize=4)
def _shipped_cards(directory: Path) -> tuple[RateCard, ...]:
    """Read once per process: the shipped files do not change while the app runs, and
    parsing them costs ~0.1 s each time (the pricing page, the composer's price line and
    the thread's costs each ask)."""
    cards = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cards.append(card_from_json(data, path.name))
    return tuple(cards)


def markets_required_on(day: date) -> frozenset[str]:
    """Every market Meta prices on ``day`` (for checking an imported card)."""
    return frozenset(BASE_MARKETS | {m for start, _, m in MARKET_CHANGES if start <= day})


_CSV_COLUMNS = {
    "marketing": MARKETING,
    "utility": UTILITY,
    "authentication": AUTHENTICATION,
    "authentication_international": AUTH_INTL,
    "authentication_intl": AUTH_INTL,
    "service": SERVICE,
    "business_initiated": BUSINESS_INITIATED,
    "user_initiated": USER_INITIATED,
}


def _column_category(header: str) -> str | None:
    key = normalise_category(header)
    for prefix in ("", "cost_per_", "rate_"):
        if key.startswith(prefix) and key[len(prefix) :] in _CSV_COLUMNS:
            return _CSV_COLUMNS[key[len(prefix) :]]
    for name, cat in _CSV_COLUMNS.items():
        if key.startswith(name):
            return cat
    return None


# Meta's CSV is about 10 KB: a few dozen markets, a handful of short cells each. A file far
# beyond that is not a rate card, and refusing it early keeps the import instant.
MAX_CSV_BYTES = 1_000_000
MAX_CSV_ROWS = 2_000
MAX_CSV_CELL = 200


def read_meta_csv(
    path: Path, *, currency: str, effective: date, source: str = "Meta CSV import"
) -> RateCard:
    """:func:`import_meta_csv` of a file, refusing one too large or not UTF-8 up front."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CSV_BYTES + 1)
    except OSError as exc:
        raise RateCardError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    if len(data) > MAX_CSV_BYTES:
        raise RateCardError(
            f"{path.name} is larger than {MAX_CSV_BYTES // 1_000_000} MB; Meta's rate-card CSV "
            "is about 10 KB, so this is not one"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RateCardError(
            f"{path.name} is not UTF-8 text (byte {exc.start:,}); save it as UTF-8 CSV"
        ) from None
    return import_meta_csv(text, currency=currency, effective=effective, source=source)


def _csv_rows(text: str) -> list[list[str]]:
    """The rows of a rate-card CSV; refuses oversize cells and row counts."""
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text))
    try:
        for row in reader:
            if len(rows) >= MAX_CSV_ROWS:
                raise RateCardError(
                    f"more than {MAX_CSV_ROWS:,} rows; a rate card has one row per market"
                )
            for cell in row:
                if len(cell) > MAX_CSV_CELL:
                    raise RateCardError(
                        f"line {reader.line_num}: a cell of {len(cell):,} characters; "
                        f"rate-card cells are short (at most {MAX_CSV_CELL})"
                    )
            rows.append(row)
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise RateCardError(
                f"line {reader.line_num}: a cell longer than {MAX_CSV_CELL} characters; "
                "rate-card cells are short"
            ) from None
        raise RateCardError(f"line {reader.line_num}: not readable as CSV ({exc})") from None
    return rows


def import_meta_csv(
    text: str, *, currency: str, effective: date, source: str = "Meta CSV import"
) -> RateCard:
    """A card from Meta's published rate-card CSV (one row per market).

    Notes above the header row are skipped. A card missing any market Meta prices on
    ``effective`` is refused with the list of what is missing.
    """
    rows = _csv_rows(text)
    header_at = None
    for i, row in enumerate(rows):
        cells = [c.strip().lower() for c in row]
        if (
            cells
            and ("market" in cells[0] or "country" in cells[0])
            and any(_column_category(c) for c in row[1:])
        ):
            header_at = i
            break
    if header_at is None:
        raise RateCardError(
            "no header row found: the CSV needs a 'Market' column and category columns "
            "such as Marketing, Utility, Authentication"
        )
    header = rows[header_at]
    columns = [(j, _column_category(h)) for j, h in enumerate(header) if j > 0]
    rates: dict[str, dict[str, Decimal]] = {}
    for n, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
        if not row or not row[0].strip():
            continue
        market = row[0].strip()
        cats: dict[str, Decimal] = {}
        for j, cat in columns:
            if cat is None or j >= len(row):
                continue
            cell = row[j].strip().replace("$", "").replace("₹", "").replace("€", "")
            if cell in ("", "-", "n/a", "N/A"):
                continue
            cats[cat] = parse_rate(cell, f"line {n}, {header[j].strip()}")
        if cats:
            rates[market] = cats
    missing = sorted(markets_required_on(effective) - set(rates))
    if missing:
        raise RateCardError(
            f"the card has no rows for {len(missing)} market(s): {', '.join(missing)}; "
            "import Meta's complete CSV for this currency"
        )
    era = era_on(effective) if effective >= ERA_STARTS[0][1] else None
    return RateCard(
        id=f"{currency.upper()}-{effective.isoformat()}-imported",
        currency=currency.upper(),
        effective=effective,
        era=era,
        source=source,
        rates=rates,
        cited=CardCitation(
            publisher="Meta",
            page=f"{currency.upper()} rate card (CSV)",
            published=effective.isoformat(),
            link=PRICING_PAGE,
            method="import",
        ),
    )


def user_cards_dir() -> Path:
    """Where imported and edited cards are kept (the user data folder, not resources/)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("wabadesk", appauthor=False)) / "pricing" / "cards"


def save_user_card(card: RateCard, directory: Path | None = None) -> Path:
    """Store an imported or overridden card as JSON; returns its path."""
    folder = directory or user_cards_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{card.id}.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(card.to_json(), indent=1, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)  # never leave a half-written card behind
    return path


def load_rate_book(user_dir: Path | None = None) -> RateBook:
    """Bundled cards plus the user's imported ones (a user card with the same currency and
    effective date as a bundled one replaces it)."""
    bundled = load_bundled_cards().cards
    folder = user_dir or user_cards_dir()
    user: list[RateCard] = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            card = card_from_json(data, path.name)
            overridden = {m: frozenset(c) for m, c in (data.get("overridden") or {}).items()}
            user.append(replace(card, overridden=overridden))
    taken = {(c.currency, c.effective, c.era) for c in user}
    return RateBook([*(c for c in bundled if (c.currency, c.effective, c.era) not in taken), *user])
