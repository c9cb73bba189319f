"""Bundled rate cards: complete, decimal, picked by era and date; CSV import and overrides."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.services.pricing.cards import (
    RateCardError,
    card_from_json,
    import_meta_csv,
    load_bundled_cards,
    markets_required_on,
)
from desktop.services.pricing.eras import ERAS
from desktop.services.pricing.scenario_file import bill_scenario, parse_scenario, result_json

EXAMPLES = Path(__file__).with_name("pricing-examples.json")


def test_every_usd_card_covers_every_market_of_its_date() -> None:
    book = load_bundled_cards()
    usd = [c for c in book.cards if c.currency == "USD"]
    assert {c.era for c in usd} == set(ERAS)
    for card in usd:
        missing = markets_required_on(card.effective) - set(card.rates)
        assert not missing, (card.id, missing)
        for market, rates in card.rates.items():
            assert all(isinstance(v, Decimal) for v in rates.values()), (card.id, market)


def test_card_in_force_follows_effective_dates_and_eras() -> None:
    book = load_bundled_cards()
    assert book.card_for("cbp-2023", date(2024, 7, 31), "USD").id == "USD-2024-07-01"
    assert book.card_for("cbp-2023", date(2024, 8, 1), "USD").id == "USD-2024-08-01"
    assert book.card_for("pmp-2025", date(2025, 9, 30), "USD").id == "USD-2025-07-01"
    assert book.card_for("pmp-2025", date(2025, 10, 1), "USD").id == "USD-2025-10-01"
    # What-if: an era applied to days outside it uses its nearest card.
    assert book.card_for("cbp-2022", date(2026, 3, 1), "USD").id == "USD-2022-02-01"
    assert book.card_for("pmp-2026-10", date(2023, 1, 1), "USD").id == "USD-2026-10-01"
    assert book.card_for("pmp-2025", date(2026, 1, 5), "INR").currency == "INR"


def test_japan_is_rest_of_asia_pacific_with_the_reference_rates() -> None:
    book = load_bundled_cards()
    card = book.card_for("cbp-2023", date(2023, 6, 1), "USD")
    assert card.rate("Rest of Asia Pacific", "marketing") == Decimal("0.0732")
    pmp = book.card_for("pmp-2025", date(2025, 7, 1), "USD")
    assert pmp.rate("Rest of Asia Pacific", "utility") == Decimal("0.0113")


def test_unverified_figures_are_flagged() -> None:
    book = load_bundled_cards()
    card = book.card_for("pmp-2025", date(2025, 7, 1), "USD")
    assert card.is_unverified("Colombia", "utility")
    assert not card.is_unverified("Brazil", "marketing")


def test_override_replaces_a_rate_and_flags_it() -> None:
    card = load_bundled_cards().card_for("pmp-2025", date(2025, 7, 1), "USD")
    changed = card.with_overrides({("Brazil", "marketing"): "0.0700"})
    assert changed.rate("Brazil", "marketing") == Decimal("0.0700")
    assert changed.is_unverified("Brazil", "marketing")
    assert card.rate("Brazil", "marketing") == Decimal("0.0625")  # original untouched


def test_bundled_cards_bill_the_public_scenarios_like_their_own_cards() -> None:
    """Every public scenario except the illustrative-tier one costs the same on our cards."""
    book = load_bundled_cards()
    for raw in json.loads(EXAMPLES.read_text(encoding="utf-8")):
        if raw.get("rate_card", {}).get("tiers_are_illustrative"):
            continue
        raw = copy.deepcopy(raw)
        currency = raw.pop("rate_card")["currency"]
        scenario = parse_scenario(raw, book)
        scenario = replace(scenario, settings=replace(scenario.settings, currency=currency))
        got = result_json(scenario.id, bill_scenario(scenario))
        assert got["total"] == raw["expected"]["total"], scenario.id


CSV_HEAD = (
    "Cost per message in USD,,,\n"
    "Notes: rates effective 2025-07-01,,,\n"
    "Market,Marketing,Utility,Authentication,Authentication-International\n"
)


def _csv(markets: set[str]) -> str:
    rows = [f"{m},$0.0100,0.0020,0.0020," for m in sorted(markets)]
    return CSV_HEAD + "\n".join(rows) + "\n"


def test_import_meta_csv_complete_card() -> None:
    markets = set(markets_required_on(date(2025, 7, 1)))
    card = import_meta_csv(_csv(markets), currency="usd", effective=date(2025, 7, 1))
    assert card.currency == "USD" and card.era == "pmp-2025"
    assert card.rate("Brazil", "marketing") == Decimal("0.0100")
    assert card.rate("Brazil", "authentication_international") is None


def test_import_refuses_missing_markets_and_lists_them() -> None:
    markets = set(markets_required_on(date(2025, 7, 1))) - {"Brazil", "Other"}
    with pytest.raises(RateCardError) as info:
        import_meta_csv(_csv(markets), currency="USD", effective=date(2025, 7, 1))
    assert "Brazil" in str(info.value) and "Other" in str(info.value)
    assert "2 market(s)" in str(info.value)


def test_float_rates_are_refused() -> None:
    with pytest.raises(RateCardError, match="decimal strings"):
        card_from_json({"effective": "2025-07-01", "rates": {"Brazil": {"marketing": 0.06}}})


def test_imported_card_is_saved_and_replaces_the_bundled_one(tmp_path: Path) -> None:
    from desktop.services.pricing.cards import load_rate_book, save_user_card

    markets = set(markets_required_on(date(2025, 7, 1)))
    card = import_meta_csv(_csv(markets), currency="USD", effective=date(2025, 7, 1))
    card = card.with_overrides({("Brazil", "utility"): "0.0070"})
    save_user_card(card, tmp_path)
    book = load_rate_book(tmp_path)
    chosen = book.card_for("pmp-2025", date(2025, 8, 1), "USD")
    assert chosen.rate("Brazil", "marketing") == Decimal("0.0100")
    assert chosen.rate("Brazil", "utility") == Decimal("0.0070")
    assert chosen.is_unverified("Brazil", "utility")
    assert len([c for c in book.cards if c.currency == "USD"]) == 14


def test_csv_import_refuses_oversize_files_and_cells_with_a_message(tmp_path: Path) -> None:
    from desktop.services.pricing.cards import MAX_CSV_BYTES, read_meta_csv

    def refused(name: str, content: bytes) -> str:
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(RateCardError) as caught:
            read_meta_csv(path, currency="USD", effective=date(2025, 7, 1))
        return str(caught.value)

    header = b"Market,Marketing,Utility\n"
    assert "larger than 1 MB" in refused("big.csv", header + b"India,0.01,0\n" * 100_000)
    assert MAX_CSV_BYTES == 1_000_000
    assert "cell" in refused("wide.csv", header + b"India," + b"9" * 500 + b",0\n")
    assert "cell" in refused("quote.csv", header + b'"' + b"x" * 200_000)
    assert "rows" in refused("rows.csv", header + b"I,1,1\n" * 5_000)
    assert "not UTF-8" in refused("latin1.csv", header + "Perú,0.1,0\n".encode("latin-1"))
    assert "decimal" in refused("rate.csv", header + b"India,1e999999,0\n")


def test_a_cards_citation_is_read_defensively_and_survives_a_round_trip() -> None:
    from desktop.services.pricing.cards import CardCitation, card_from_json

    base = {
        "id": "X",
        "currency": "USD",
        "effective": "2026-10-01",
        "rates": {"India": {"marketing": "0.0107"}},
    }
    for hostile in (None, "Meta", ["x"], {"publisher": 5, "link": "javascript:alert(1)"}):
        assert card_from_json({**base, "cited": hostile}).cited == CardCitation()
    cited = {
        "publisher": "Meta",
        "page": "Pricing on the WhatsApp Business Platform",
        "published": "2026-10-01",
        "link": "https://developers.facebook.com/docs/whatsapp/pricing",
        "method": "copy",
    }
    card = card_from_json({**base, "cited": cited})
    assert card.cited.page == "Pricing on the WhatsApp Business Platform"
    assert card_from_json(card.to_json()).cited == card.cited
