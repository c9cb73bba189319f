"""Closed months of the history, billed once and kept, so opening History bills only what is
new: the current month (and any month closed since the last visit).

A month is closed a week after it ended in the WABA's zone (late delivery statuses and
Meta's ``pricing`` records have arrived by then). Its lines under the real rules and under
every era are kept in a small JSON file beside the database's other user data, with the
rate cards and the WABA settings they were billed with: a new card, an override or a
changed time zone makes the kept months invalid, and they are billed again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from desktop.services.pricing.cards import RateBook
from desktop.services.pricing.model import DAY, BillLine

VERSION = 1
SETTLE_SECONDS = 7 * DAY  # a month is closed this long after its end

# month -> era ("auto" or an era) -> (currency, lines)
MonthLines = dict[str, dict[str, tuple[str, list[BillLine]]]]


def store_path(folder: Path, db_url: str) -> Path:
    """The file for the database at ``db_url`` (one per database)."""
    digest = hashlib.sha256(db_url.encode("utf-8")).hexdigest()[:16]
    return folder / "pricing" / f"history-months-{digest}.json"


def book_fingerprint(book: RateBook) -> str:
    """Changes whenever any card, rate or override changes."""
    text = json.dumps([card.to_json() for card in book.cards], sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _line_json(line: BillLine) -> list[Any]:
    return [
        line.month, line.waba, line.phone_number, line.era, line.card_id, line.market,
        line.category, str(line.rate), line.count,
    ]  # fmt: skip


def _line(raw: list[Any]) -> BillLine:
    month, waba, phone, era, card_id, market, category, rate, count = raw
    return BillLine(
        str(month), str(waba), str(phone), str(era), str(card_id), str(market), str(category),
        Decimal(str(rate)), int(count),
    )  # fmt: skip


@dataclass
class ClosedMonths:
    """The kept months of one database; ``path`` None keeps nothing (tests, no data dir)."""

    path: Path | None
    months: dict[str, MonthLines] = field(default_factory=dict)  # waba -> MonthLines

    @classmethod
    def load(cls, path: Path | None, book: RateBook, settings: dict[str, str]) -> ClosedMonths:
        """What is kept for ``book`` and the WABAs' ``settings`` ({waba: "zone currency"});
        nothing when the file is missing, damaged, older, or billed with other cards."""
        found = cls(path)
        if path is None:
            return found
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != VERSION or data.get("book") != book_fingerprint(book):
                return found
            for waba, entry in data.get("wabas", {}).items():
                if settings.get(waba) != entry.get("settings"):
                    continue
                found.months[waba] = {
                    month: {
                        era: (str(currency), [_line(raw) for raw in lines])
                        for era, (currency, lines) in eras.items()
                    }
                    for month, eras in entry.get("months", {}).items()
                }
        except (OSError, ValueError, TypeError, KeyError, InvalidOperation):
            return cls(path)  # billed again, and written again
        return found

    def save(self, book: RateBook, settings: dict[str, str]) -> None:
        """Write the kept months (atomically: a crash leaves the old file)."""
        if self.path is None:
            return
        data = {
            "version": VERSION,
            "book": book_fingerprint(book),
            "wabas": {
                waba: {
                    "settings": settings.get(waba, ""),
                    "months": {
                        month: {
                            era: [currency, [_line_json(ln) for ln in lines]]
                            for era, (currency, lines) in eras.items()
                        }
                        for month, eras in months.items()
                    },
                }
                for waba, months in self.months.items()
            },
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        tmp.replace(self.path)

    def kept(self, waba: str) -> MonthLines:
        return self.months.get(waba, {})

    def keep(self, waba: str, month: str, era: str, currency: str, lines: list[BillLine]) -> None:
        self.months.setdefault(waba, {}).setdefault(month, {})[era] = (currency, lines)


def is_closed(month_end: int, now: int) -> bool:
    """True once ``month_end`` (Unix time) is a settling week in the past."""
    return month_end + SETTLE_SECONDS <= now


def utc_month_start(ts: int) -> int:
    """00:00 UTC on the first of the month holding ``ts`` (a zone-free lower bound)."""
    day = datetime.fromtimestamp(ts, UTC)
    first = datetime(day.year, day.month, 1, tzinfo=UTC) - timedelta(days=1)
    return int(first.timestamp())
