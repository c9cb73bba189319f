"""Re-emits the services' plain events as typed Qt signals for widgets and item models.

Services publish on the :class:`~desktop.services.events.EventHub`; widgets never subscribe
to the hub or publish themselves, they connect to one signal per event type here. The
:data:`SIGNAL_OF` table routes each event type to its signal (a test checks it names every
event type).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.services.events import (
    AgentsChanged,
    ChangesMissed,
    ConversationsChanged,
    CustomerMessagesArrived,
    DatabaseReachability,
    DeskPersonRemoved,
    ErrorReported,
    Event,
    EventHub,
    HealthChanged,
    MessagesChanged,
    NumberAlertsRaised,
    NumbersChanged,
    TemplatesChanged,
    UnreadCountsChanged,
)

#: Event type → the name of the bus signal that carries it.
SIGNAL_OF: dict[type[Any], str] = {
    MessagesChanged: "messages_changed",
    ConversationsChanged: "conversations_changed",
    TemplatesChanged: "templates_changed",
    NumbersChanged: "numbers_changed",
    AgentsChanged: "agents_changed",
    DeskPersonRemoved: "desk_person_removed",
    HealthChanged: "health_changed",
    DatabaseReachability: "database_reachability",
    ChangesMissed: "changes_missed",
    ErrorReported: "error_reported",
    CustomerMessagesArrived: "customer_messages_arrived",
    UnreadCountsChanged: "unread_counts_changed",
    NumberAlertsRaised: "number_alerts_raised",
}


class QtEventBus(QObject):
    # payload: MessagesChanged (conversation ids, message ids)
    messages_changed = Signal(MessagesChanged)
    # payload: ConversationsChanged (conversation ids)
    conversations_changed = Signal(ConversationsChanged)
    # payload: TemplatesChanged (WABA ids, template row ids)
    templates_changed = Signal(TemplatesChanged)
    # payload: NumbersChanged (phone number ids)
    numbers_changed = Signal(NumbersChanged)
    # payload: AgentsChanged (agent profile ids: added, edited or removed)
    agents_changed = Signal(AgentsChanged)
    # payload: DeskPersonRemoved (the profile chosen at this desk is gone)
    desk_person_removed = Signal(DeskPersonRemoved)
    # payload: HealthChanged snapshot for the status bar
    health_changed = Signal(HealthChanged)
    # payload: DatabaseReachability (the database stopped or started answering)
    database_reachability = Signal(DatabaseReachability)
    # payload: ChangesMissed (views read what they show again)
    changes_missed = Signal(ChangesMissed)
    # payload: ErrorReported (title, advice)
    error_reported = Signal(ErrorReported)
    # payload: CustomerMessagesArrived (notices: who wrote, on which number, a preview)
    customer_messages_arrived = Signal(CustomerMessagesArrived)
    # payload: UnreadCountsChanged (total, per phone-number id)
    unread_counts_changed = Signal(UnreadCountsChanged)
    # payload: NumberAlertsRaised (quality drops, restrictions and bans, in words)
    number_alerts_raised = Signal(NumberAlertsRaised)

    def __init__(self, hub: EventHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._emit: dict[type[Any], Callable[[Any], None]] = {
            event_type: getattr(self, name).emit for event_type, name in SIGNAL_OF.items()
        }
        unsubscribe = hub.subscribe(self._dispatch)
        self._unsubscribe = unsubscribe
        # A deleted bus must not be called by the hub (the lambda does not hold self).
        self.destroyed.connect(lambda *_: unsubscribe())

    def detach(self) -> None:
        self._unsubscribe()

    def _dispatch(self, event: Event) -> None:
        emit = self._emit.get(type(event))
        if emit is not None:
            emit(event)
