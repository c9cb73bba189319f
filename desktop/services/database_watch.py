"""Whether the database answers, said in the window the moment it stops and starts again.

On several PCs the database is a server on the network: a cable pulled, a NAS restarting or
a server update takes it away while the desk is open. Every read and write already fails
cleanly then (and nothing typed is lost); this watch asks the database one cheap question
every few seconds, more often while it is away, and publishes only the changes, so the
status bar can say "unreachable" and then "reconnected" without anyone clicking.
"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.models.db import Database, DatabaseUnavailable
from desktop.services.events import ChangesMissed, DatabaseReachability, EventHub

log = logging.getLogger(__name__)

AWAY_INTERVAL = 1.0  # while the database is away, ask this often


def _ping(session: Session) -> None:
    session.execute(text("SELECT 1"))


class DatabaseWatch:
    def __init__(self, db: Database, hub: EventHub) -> None:
        self._db = db
        self._hub = hub
        self.reachable = True

    async def check(self) -> bool:
        """Ask once; publish :class:`DatabaseReachability` if the answer changed."""
        try:
            await self._db.run(_ping)
            ok, detail = True, ""
        except (SQLAlchemyError, DatabaseUnavailable, OSError) as exc:
            ok, detail = False, _first_line(exc)
        if ok != self.reachable:
            self.reachable = ok
            if ok:
                log.info("the database answers again")
            else:
                log.warning("the database does not answer: %s", detail)
            self._hub.publish(DatabaseReachability(ok, detail))
            if ok:  # what others wrote meanwhile was not announced to this PC
                self._hub.publish(ChangesMissed("database"))
        return ok

    async def run(self, interval: float) -> None:
        """Check forever (cancelled at shutdown)."""
        while True:
            try:
                ok = await self.check()
            except Exception:  # the watch must never take the app down
                log.exception("database check failed")
                ok = True
            await asyncio.sleep(interval if ok else min(interval, AWAY_INTERVAL))


def _first_line(exc: BaseException) -> str:
    text_ = str(getattr(exc, "orig", None) or exc).strip()
    return text_.splitlines()[0][:200] if text_ else type(exc).__name__
