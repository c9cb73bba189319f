from __future__ import annotations

import asyncio

from desktop.services.rate_limit import TokenBucket


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_burst_then_steady_rate() -> None:
    t = FakeTime()
    bucket = TokenBucket(80, clock=t.clock, sleep=t.sleep)

    async def take(n: int) -> None:
        for _ in range(n):
            await bucket.acquire()

    asyncio.run(take(80))
    assert t.now == 0.0  # the saved-up burst needs no waiting
    asyncio.run(take(160))
    # 160 more tokens at 80/s need two seconds of (simulated) waiting, never less.
    assert abs(t.now - 2.0) < 1e-9


def test_rate_change_applies() -> None:
    t = FakeTime()
    bucket = TokenBucket(10, clock=t.clock, sleep=t.sleep)

    async def take(n: int) -> None:
        for _ in range(n):
            await bucket.acquire()

    asyncio.run(take(10))
    bucket.set_rate(1)
    asyncio.run(take(3))
    assert t.now >= 2.0
