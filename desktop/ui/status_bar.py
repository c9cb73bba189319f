"""Mode, API and webhook health at a glance, plus the sandbox's customer switch."""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QStatusBar, QWidget

from desktop.services.events import DatabaseReachability, HealthChanged, MessagesChanged
from desktop.ui.task_scope import UiTaskScope

if TYPE_CHECKING:
    from desktop.models.db import Database

log = logging.getLogger(__name__)


class AppStatusBar(QStatusBar):
    # payload: True to pause the simulated customers
    pause_customers_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_label = QLabel(self)
        self.mode_label.setObjectName("modeBadge")
        self.api_label = QLabel(self)
        self.webhook_label = QLabel(self)
        self.database_label = QLabel(self)
        self.database_label.setObjectName("databaseAway")
        self.database_label.setProperty("ok", False)
        self.database_label.hide()
        self.unshown_label = QLabel(self)
        self.unshown_label.setObjectName("unshownCount")
        self.unshown_label.hide()
        self.customers = QCheckBox(self.tr("Pause simulated customers"), self)
        self.customers.hide()
        self.customers.toggled.connect(self.pause_customers_toggled)
        self.addWidget(self.mode_label)
        self.addWidget(self.api_label)
        self.addWidget(self.webhook_label)
        self.addWidget(self.database_label)
        self.addWidget(self.unshown_label)
        self.addPermanentWidget(self.customers)
        # a long notice is cut at the window's edge: hovering shows all of it
        self.messageChanged.connect(self._tooltip_for)
        self.set_starting()

    def _tooltip_for(self, message: str) -> None:
        self.setToolTip(f"<p>{html.escape(message)}</p>" if message else "")

    def set_starting(self) -> None:
        self.mode_label.setText(self.tr("Starting…"))
        self.api_label.setText("")
        self.webhook_label.setText("")

    def set_mode(self, mode: str) -> None:
        self.mode_label.setText(self.tr("Sandbox") if mode == "sandbox" else self.tr("Live"))
        self.mode_label.setProperty("mode", mode)
        self.mode_label.style().unpolish(self.mode_label)
        self.mode_label.style().polish(self.mode_label)
        self.customers.setVisible(mode == "sandbox")

    def show_health(self, health: HealthChanged) -> None:
        self.set_mode(health.mode)
        if health.api_ok is None:
            api = self.tr("API: checking…")
        elif health.api_ok:
            api = self.tr("● API connected")
        else:
            api = self.tr("● API unreachable")
        self.api_label.setText(api)
        self.api_label.setProperty("ok", bool(health.api_ok))
        self.api_label.setToolTip(health.api_detail)
        if health.webhook_ok is None:
            hook = self.tr("Webhooks: –")
        elif health.webhook_ok:
            hook = self.tr("● Webhooks receiving ({n} events)").format(n=health.webhook_events)
        else:
            hook = self.tr("● Webhooks not receiving")
        self.webhook_label.setText(hook)
        self.webhook_label.setProperty("ok", bool(health.webhook_ok))
        self.webhook_label.setToolTip(health.webhook_detail)
        for label in (self.api_label, self.webhook_label):
            label.style().unpolish(label)
            label.style().polish(label)

    def show_database(self, event: DatabaseReachability) -> None:
        """A database that stopped answering stays named here until it answers again."""
        if event.ok:
            self.database_label.hide()
            self.showMessage(self.tr("The database answers again."), 15_000)
            return
        self.database_label.setText(
            self.tr("● Database unreachable: reconnecting… (your typing is kept)")
        )
        self.database_label.setToolTip(
            self.tr(
                "WABA Desk cannot reach its database ({detail}). It keeps trying by itself; "
                "if this lasts, check the network or the database server."
            ).format(detail=html.escape(event.detail))  # a tooltip may read it as rich text
        )
        self.database_label.show()

    def set_unshown(self, count: int) -> None:
        """How many stored messages are of a type WABA Desk cannot show yet (hidden at 0)."""
        self.unshown_label.setText(
            self.tr("⚠ {n} message(s) of a type WABA Desk cannot show yet").format(n=count)
        )
        self.unshown_label.setToolTip(
            self.tr(
                "They are stored as received: right-click one in its chat and choose "
                "“Show as received (JSON)”."
            )
        )
        self.unshown_label.setVisible(count > 0)


class UnshownCounter(QObject):
    """Keeps the status bar's count of messages WABA Desk cannot show yet current.

    The whole count is read once; after that only the messages each change names are looked
    at, so ingest into a large database pays nothing for it.
    """

    def __init__(self, db: Database, status: AppStatusBar) -> None:
        super().__init__(status)
        self._db = db
        self._status = status
        self._seen: set[int] = set()
        self._counted_up_to = 0  # messages up to this id are in the first count
        self._ready = False
        self._waiting: set[int] = set()
        self.count = 0
        self._tasks = UiTaskScope(self)

    def start(self) -> None:
        """Count in the background: start-up never waits for a scan of every message."""
        self._tasks.spawn(self._count_all(), name="status:unshown")

    async def _count_all(self) -> None:
        try:
            from desktop.services.inbox import unshown_count_and_watermark  # not at start-up

            # a scan of every message: beside the DB thread, never in front of the inbox's reads
            self._counted_up_to, found = await self._db.read_aside(unshown_count_and_watermark)
        except Exception:  # a damaged database is reported by its own screen
            log.warning("could not count the messages that cannot be shown", exc_info=True)
            return
        self.count += found
        self._status.set_unshown(self.count)
        self._ready = True
        waiting, self._waiting = self._waiting, set()
        self.on_messages(MessagesChanged(frozenset(), frozenset(waiting)))

    def on_messages(self, event: MessagesChanged) -> None:
        if not self._ready:
            self._waiting |= event.message_ids
            return
        # Changes also name old messages (an edit re-draws its target): only new ones count.
        fresh = frozenset(i for i in event.message_ids if i > self._counted_up_to) - self._seen
        if fresh:
            self._seen |= fresh
            self._tasks.spawn(self._add(fresh), name="status:unshown")

    async def _add(self, ids: frozenset[int]) -> None:
        from desktop.services.inbox import unshown_message_count

        try:
            found = await self._db.run(unshown_message_count, ids)
        except Exception:
            log.warning("could not count the messages that cannot be shown", exc_info=True)
            return
        if found:
            self.count += found
            self._status.set_unshown(self.count)
