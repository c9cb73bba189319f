"""Meta's pricing eras: their names, start dates and the era in force on a given day.

Era switches happen at 00:00 on the start date in the WABA's time zone, so callers pass a
local date (see :func:`local_date`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

CBP_2022 = "cbp-2022"
CBP_2023 = "cbp-2023"
CBP_2024_11 = "cbp-2024-11"
PMP_2025 = "pmp-2025"
PMP_2026_10 = "pmp-2026-10"
AUTO = "auto"

# Eras in order with the first local day they apply to.
ERA_STARTS: tuple[tuple[str, date], ...] = (
    (CBP_2022, date(2022, 2, 1)),
    (CBP_2023, date(2023, 6, 1)),
    (CBP_2024_11, date(2024, 11, 1)),
    (PMP_2025, date(2025, 7, 1)),
    (PMP_2026_10, date(2026, 10, 1)),
)
ERAS: tuple[str, ...] = tuple(name for name, _ in ERA_STARTS)
ERA_INDEX: dict[str, int] = {name: i for i, name in enumerate(ERAS)}
CONVERSATION_ERAS = frozenset({CBP_2022, CBP_2023, CBP_2024_11})

ERA_TITLES: dict[str, str] = {
    CBP_2022: "Conversation-based, user/business-initiated (Feb 2022 - May 2023)",
    CBP_2023: "Conversation-based, four categories (Jun 2023 - Oct 2024)",
    CBP_2024_11: "Conversation-based, free service (Nov 2024 - Jun 2025)",
    PMP_2025: "Per-message, utility free in the window (Jul 2025 - Sep 2026)",
    PMP_2026_10: "Per-message, service and in-window utility charged (from Oct 2026)",
}


def is_era(name: str) -> bool:
    return name in ERA_INDEX or name == AUTO


def era_on(day: date) -> str:
    """The era in force on local ``day`` (days before Feb 2022 get the first era)."""
    current = CBP_2022
    for name, start in ERA_STARTS:
        if day >= start:
            current = name
    return current


def local_date(ts: int, tz: ZoneInfo | None) -> date:
    """The calendar day of Unix time ``ts`` in ``tz`` (UTC when unknown)."""
    return datetime.fromtimestamp(ts, tz or UTC).date()


def local_midnight(day: date, tz: ZoneInfo | None) -> int:
    """Unix time of 00:00 on ``day`` in ``tz``."""
    return int(datetime(day.year, day.month, day.day, tzinfo=tz or UTC).timestamp())


def month_bounds(ts: int, tz: ZoneInfo | None) -> tuple[int, int, str]:
    """``(start, end, "YYYY-MM")`` of the local calendar month holding ``ts``."""
    day = local_date(ts, tz)
    first = day.replace(day=1)
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return local_midnight(first, tz), local_midnight(nxt, tz), f"{first:%Y-%m}"
