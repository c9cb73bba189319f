"""The sandbox marks messages billable as Meta does on the day they are sent."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.sandbox.simulation import meta_pricing_type
from desktop.sandbox.state import SERVICE_ALLOWANCE, SandboxWorld

JULY_2025_RULES = date(2026, 9, 30)
OCTOBER_2026_RULES = date(2026, 10, 1)


@pytest.mark.parametrize(
    ("day", "category", "in_window", "allowance_left", "expected"),
    [
        (JULY_2025_RULES, "service", True, True, "free_customer_service"),
        (JULY_2025_RULES, "service", True, False, "free_customer_service"),
        (JULY_2025_RULES, "utility", True, False, "free_customer_service"),
        (JULY_2025_RULES, "utility", False, False, "regular"),
        (JULY_2025_RULES, "marketing", True, False, "regular"),
        (OCTOBER_2026_RULES, "service", True, True, "free_customer_service"),
        (OCTOBER_2026_RULES, "service", True, False, "regular"),
        (OCTOBER_2026_RULES, "utility", True, False, "regular"),
        (OCTOBER_2026_RULES, "authentication", True, False, "regular"),
    ],
)
def test_pricing_type_follows_the_rules_of_the_day(
    day: date, category: str, in_window: bool, allowance_left: bool, expected: str
) -> None:
    got = meta_pricing_type(day, category, in_window=in_window, allowance_left=allowance_left)
    assert got == expected


def test_service_allowance_is_per_number_and_month() -> None:
    import random

    from desktop.sandbox.seed import build_world

    t = 1_790_000_000.0  # 2026-09-21
    world: SandboxWorld = build_world(random.Random(1), t)
    assert all(world.take_service_allowance("n1", t) for _ in range(SERVICE_ALLOWANCE))
    assert not world.take_service_allowance("n1", t)
    assert world.take_service_allowance("n2", t)
    assert world.take_service_allowance("n1", t + 31 * 86_400)  # next month
