"""Re-emits the services' plain events as typed Qt signals for widgets and item models."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.services.events import (
    ConversationsChanged,
    CustomerMessagesArrived,
    ErrorReported,
    Event,
    EventHub,
    HealthChanged,
    MessagesChanged,
    NumbersChanged,
    TemplatesChanged,
    UnreadCountsChanged,
)


class QtEventBus(QObject):
    # payload: MessagesChanged (conversation ids, message ids)
    messages_changed = Signal(object)
    # payload: ConversationsChanged
    conversations_changed = Signal(object)
    # payload: TemplatesChanged
    templates_changed = Signal(object)
    # payload: NumbersChanged
    numbers_changed = Signal(object)
    # payload: HealthChanged snapshot for the status bar
    health_changed = Signal(object)
    # payload: ErrorReported (title, advice)
    error_reported = Signal(object)
    # payload: CustomerMessagesArrived (notices: who wrote, on which number, a preview)
    customer_messages_arrived = Signal(object)
    # payload: UnreadCountsChanged (total, per phone-number id)
    unread_counts_changed = Signal(object)

    def __init__(self, hub: EventHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = hub.subscribe(self._dispatch)

    def detach(self) -> None:
        self._unsubscribe()

    def _dispatch(self, event: Event) -> None:
        if isinstance(event, MessagesChanged):
            self.messages_changed.emit(event)
        elif isinstance(event, ConversationsChanged):
            self.conversations_changed.emit(event)
        elif isinstance(event, TemplatesChanged):
            self.templates_changed.emit(event)
        elif isinstance(event, NumbersChanged):
            self.numbers_changed.emit(event)
        elif isinstance(event, HealthChanged):
            self.health_changed.emit(event)
        elif isinstance(event, ErrorReported):
            self.error_reported.emit(event)
        elif isinstance(event, CustomerMessagesArrived):
            self.customer_messages_arrived.emit(event)
        elif isinstance(event, UnreadCountsChanged):
            self.unread_counts_changed.emit(event)
