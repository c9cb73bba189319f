"""CSV of every charge, for accountants and spreadsheets (the PDF is drawn by the UI)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from desktop.services.pricing.model import Charge, iso

CSV_COLUMNS = (
    "time_utc",
    "waba",
    "phone_number",
    "contact",
    "message",
    "era",
    "pricing_model",
    "category",
    "market",
    "rate",
    "amount",
    "currency",
    "card",
    "unverified",
    "rule",
    "explanation",
)


def write_charges_csv(out: TextIO, charges: Iterable[Charge], *, only_charged: bool = True) -> int:
    """Write one row per charge (``only_charged=False`` adds free conversations too);
    returns the number of rows. Amounts are exact decimal strings."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    rows = 0
    for c in charges:
        if only_charged and not c.charged:
            continue
        writer.writerow(
            (
                iso(c.t),
                c.waba,
                c.phone_number,
                c.contact,
                c.ref,
                c.era,
                c.pricing_model,
                c.category,
                c.market,
                str(c.rate),
                str(c.rate if c.charged else 0),
                c.currency,
                c.card_id,
                "yes" if c.unverified else "",
                c.rule,
                c.phrase.render(),
            )
        )
        rows += 1
    return rows
