"""Live updates from the other PCs: LISTEN on PostgreSQL, publish on this app's event hub.

Every transaction that changes messages or conversations on a shared PostgreSQL database
sends a notice (:mod:`desktop.models.change_feed`), and so does every change to the agent
profiles. :class:`LiveUpdates` listens for them on its own connection and publishes
:class:`MessagesChanged`, :class:`ConversationsChanged` and :class:`AgentsChanged` on the hub,
as if this PC had made the change, so the views refresh what changed. Its own
notices are skipped (the services already published them). On SQLite it does nothing.

The connection lives in a thread with psycopg's blocking ``notifies()``: an asyncio
psycopg connection needs a selector event loop, which the Qt loop is not on Windows. Each
notice crosses to the loop with ``call_soon_threadsafe``. A lost connection is opened again
every ``retry`` seconds; notices sent while it was down are lost, so once it is back a
:class:`ChangesMissed` tells the views to read what they show again.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable

from sqlalchemy.engine import make_url

from desktop.models.change_feed import CHANNEL, Notice, parse_notice
from desktop.services.events import (
    AgentsChanged,
    ChangesMissed,
    ConversationsChanged,
    EventHub,
    MessagesChanged,
)

log = logging.getLogger(__name__)


def listens(url: str) -> bool:
    """Whether a database at ``url`` sends change notices (PostgreSQL does)."""
    try:
        return make_url(url).get_backend_name() == "postgresql"
    except Exception:
        return False


def libpq_url(url: str) -> str:
    """A SQLAlchemy PostgreSQL URL as psycopg (libpq) takes it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class LiveUpdates:
    """Publishes the other PCs' changes on ``hub`` while started (PostgreSQL only)."""

    def __init__(self, url: str, hub: EventHub, origin: str, *, retry: float = 1.0) -> None:
        self._url = url
        self._hub = hub
        self._origin = origin
        self._retry = retry
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.notices = 0  # notices from other PCs published, for diagnostics and tests
        self.gaps = 0  # times the connection came back after being lost

    @property
    def active(self) -> bool:
        return self._thread is not None

    def start(self) -> bool:
        """Start listening (on PostgreSQL); returns whether it did. Call on the loop thread."""
        if self._thread is not None or not listens(self._url):
            return False
        self._loop = asyncio.get_running_loop()
        self._thread = threading.Thread(target=self._run, name="live-updates", daemon=True)
        self._thread.start()
        return True

    async def listening(self, timeout: float = 10.0) -> bool:
        """Wait until the connection listens (tests; a notice before that is not heard)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, self._listening.wait, timeout)

    async def aclose(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        await asyncio.get_running_loop().run_in_executor(None, thread.join, 10.0)

    # -- the listening thread ----------------------------------------------------------------
    def _run(self) -> None:
        import psycopg

        connected_before = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(libpq_url(self._url), autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._listening.set()
                    if connected_before:  # notices sent while away are lost: say so
                        self._call_on_loop(self._publish_gap)
                    connected_before = True
                    while not self._stop.is_set():
                        for notify in conn.notifies(timeout=0.25):
                            self._hand_over(notify.payload)
            except psycopg.Error as exc:
                self._listening.clear()
                log.warning("live updates: %s; trying again in %.0f s", exc, self._retry)
                self._stop.wait(self._retry)

    def _hand_over(self, payload: str) -> None:
        notice = parse_notice(payload)
        if notice is None or notice.origin == self._origin:
            return
        self._call_on_loop(self._publish, notice)

    def _call_on_loop(self, fn: Callable[..., None], *args: object) -> None:
        if self._loop is None:
            return
        try:
            self._loop.call_soon_threadsafe(fn, *args)
        except RuntimeError:  # the loop has closed: the app is going away
            self._stop.set()

    def _publish_gap(self) -> None:
        self.gaps += 1
        try:
            self._hub.publish(ChangesMissed("live updates"))
        except Exception:
            log.exception("a subscriber failed on ChangesMissed")

    def _publish(self, notice: Notice) -> None:
        self.notices += 1
        events: list[MessagesChanged | ConversationsChanged | AgentsChanged] = []
        if notice.agent_ids:  # first: rows that name an agent are read after the agent
            events.append(AgentsChanged(notice.agent_ids))
        if notice.message_ids:
            events.append(MessagesChanged(notice.conversation_ids, notice.message_ids))
        if notice.conversation_ids:
            events.append(ConversationsChanged(notice.conversation_ids))
        for event in events:
            try:
                self._hub.publish(event)
            except Exception:  # one subscriber's bug must not stop the others' updates
                log.exception("a subscriber failed on %s", type(event).__name__)
