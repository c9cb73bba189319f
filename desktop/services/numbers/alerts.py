"""Account alerts: a number's quality dropped, or Meta restricted or banned an account.

:class:`AccountWatch` keeps the last state it saw of every number and WABA and compares it
after each ``NumbersChanged`` (a sync or a ``phone_number_quality_update`` /
``account_update`` webhook); what got worse is published as :class:`NumberAlertsRaised`,
which the window shows in the status bar and as a desktop notification. The first look, at
start-up, only remembers: a restart never announces what was already known.

An ``UNFLAGGED`` webhook lifts a low rating without saying the new one, so a number that went
from low to "not rated" is read again from the Cloud API at once instead of waiting for the
next sync.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.models.entities import NumberQualityPoint, PhoneNumber, Waba
from desktop.services.events import Event, EventHub, NumberAlert, NumberAlertsRaised, NumbersChanged
from desktop.services.numbers.history import is_drop
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

if TYPE_CHECKING:
    from desktop.models.db import Database

COALESCE_SECONDS = 0.2
log = logging.getLogger(__name__)
_C = "AccountAlerts"
DROP_ADVICE = {
    "YELLOW": QT_TRANSLATE_NOOP(
        "AccountAlerts",
        "Quality is now medium. Check recent templates and campaigns for blocks and reports, "
        "and send less marketing until it recovers.",
    ),
    "RED": QT_TRANSLATE_NOOP(
        "AccountAlerts",
        "Quality is now low: Meta may lower the messaging limit. Pause campaigns, check recent "
        "templates for blocks and reports, and message only customers who expect it.",
    ),
}


@dataclass(frozen=True)
class NumberState:
    label: str
    quality: str | None


@dataclass(frozen=True)
class WabaState:
    name: str
    ban_state: str | None
    restrictions: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class AccountSnapshot:
    numbers: dict[str, NumberState]
    wabas: dict[str, WabaState]


def account_snapshot(session: Session) -> AccountSnapshot:
    numbers = {
        n.id: NumberState(
            " · ".join(p for p in (n.verified_name, n.display_phone_number) if p), n.quality_rating
        )
        for n in session.scalars(select(PhoneNumber))
    }
    wabas = {
        w.id: WabaState(
            w.name,
            w.ban_state,
            tuple(sorted((str(r.get("type")), r.get("expires")) for r in (w.restrictions or ()))),
        )
        for w in session.scalars(select(Waba))
    }
    return AccountSnapshot(numbers, wabas)


def alerts_between(before: AccountSnapshot, after: AccountSnapshot) -> list[NumberAlert]:
    """What got worse from ``before`` to ``after``: quality drops, new restrictions, bans."""
    out: list[NumberAlert] = []
    for number_id, now in after.numbers.items():
        old = before.numbers.get(number_id)
        if old is None or not is_drop(old.quality, now.quality):
            continue
        out.append(
            NumberAlert(
                kind="quality_drop",
                subject_id=number_id,
                title=Phrase(
                    _C,
                    QT_TRANSLATE_NOOP("AccountAlerts", "Quality of {number} dropped"),
                    MappingProxyType({"number": now.label}),
                ),
                advice=Phrase(_C, DROP_ADVICE.get(now.quality or "", DROP_ADVICE["RED"])),
            )
        )
    for waba_id, now_w in after.wabas.items():
        old_w = before.wabas.get(waba_id)
        if old_w is None:
            continue
        banned = bool(now_w.ban_state) and now_w.ban_state != old_w.ban_state
        restricted = any(r not in old_w.restrictions for r in now_w.restrictions)
        if not (banned or restricted):
            continue
        out.append(
            NumberAlert(
                kind="ban" if banned else "restriction",
                subject_id=waba_id,
                title=Phrase(
                    _C,
                    QT_TRANSLATE_NOOP("AccountAlerts", "{waba} was disabled by Meta")
                    if banned
                    else QT_TRANSLATE_NOOP("AccountAlerts", "{waba} was restricted by Meta"),
                    MappingProxyType({"waba": now_w.name}),
                ),
                advice=Phrase(
                    _C,
                    QT_TRANSLATE_NOOP(
                        "AccountAlerts",
                        "Open Numbers to see what is limited and what to do; Meta explains "
                        "the violation in WhatsApp Manager → Account quality.",
                    ),
                ),
            )
        )
    return out


def unflagged_points(session: Session) -> set[int]:
    """Unflag readings not followed by a rating yet: the newest point of a number that is
    "not rated" after Meta's ``UNFLAGGED`` (read from the history, so no change is missed)."""
    newest = (
        select(
            NumberQualityPoint.phone_number_id,
            func.max(NumberQualityPoint.id).label("point_id"),
        )
        .group_by(NumberQualityPoint.phone_number_id)
        .subquery()
    )
    rows = session.execute(
        select(NumberQualityPoint.id)
        .join(newest, NumberQualityPoint.id == newest.c.point_id)
        .join(PhoneNumber, PhoneNumber.id == NumberQualityPoint.phone_number_id)
        .where(
            NumberQualityPoint.event == "UNFLAGGED",
            or_(PhoneNumber.quality_rating.is_(None), PhoneNumber.quality_rating == "UNKNOWN"),
        )
    )
    return {point_id for (point_id,) in rows}


class AccountWatch:
    """Turns account changes that got worse into :class:`NumberAlertsRaised`, coalesced."""

    def __init__(
        self,
        db: Database,
        hub: EventHub,
        reread: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        self._db = db
        self._hub = hub
        self._reread = reread
        self._rereading: asyncio.Task[None] | None = None
        self._reread_for: set[int] = set()  # unflag readings already asked about
        self._last: AccountSnapshot | None = None
        self._scheduled: asyncio.TimerHandle | None = None
        self._running: asyncio.Task[list[NumberAlert]] | None = None
        self._due = False
        self._unsubscribe: Callable[[], None] | None = None

    async def start(self) -> None:
        self._last = await self._db.run(account_snapshot)
        if self._reread is not None:
            self._start_reread(await self._db.run(unflagged_points))
        self._unsubscribe = self._hub.subscribe(self._on_event)

    async def aclose(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._scheduled is not None:
            self._scheduled.cancel()
            self._scheduled = None
        for task in (self._running, self._rereading):
            if task is not None:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)

    def _on_event(self, event: Event) -> None:
        if not isinstance(event, NumbersChanged):
            return
        self._due = True
        if self._scheduled is None:
            self._scheduled = asyncio.get_running_loop().call_later(COALESCE_SECONDS, self._kick)

    def _kick(self) -> None:
        self._scheduled = None
        if self._running is not None and not self._running.done():
            self._running.add_done_callback(lambda _t: self._kick_if_due())
            return
        self._running = asyncio.get_running_loop().create_task(self.check())

    def _kick_if_due(self) -> None:
        if self._due and self._scheduled is None:
            self._kick()

    async def check(self) -> list[NumberAlert]:
        """Compare with the last look now; publishes and returns what got worse."""
        self._due = False
        now = await self._db.run(account_snapshot)
        before, self._last = self._last, now
        alerts = alerts_between(before, now) if before is not None else []
        if alerts:
            self._hub.publish(NumberAlertsRaised(tuple(alerts)))
        if self._reread is not None:
            self._start_reread(await self._db.run(unflagged_points))
        return alerts

    def _start_reread(self, points: set[int]) -> None:
        """Read the numbers again once per unflag (a rating the API too leaves out stays)."""
        fresh = points - self._reread_for
        if self._reread is None or not fresh:
            return
        if self._rereading is not None and not self._rereading.done():
            return  # the read under way sees this number too; the next check asks again
        self._reread_for |= fresh
        self._rereading = asyncio.get_running_loop().create_task(self._read_again(self._reread))

    @staticmethod
    async def _read_again(reread: Callable[[], Awaitable[object]]) -> None:
        try:
            await reread()
        except Exception:  # offline now: the next sync or refresh brings the rating
            log.warning("reading the numbers again after an unflag failed", exc_info=True)
