"""Domain events: what changed, by id. Services publish; the UI's Qt adapter re-emits.

Events are frozen dataclasses so they can cross from the DB thread to the loop safely and
so a subscriber can never mutate what another one sees.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from desktop.services.text import Phrase


@dataclass(frozen=True)
class MessagesChanged:
    """Messages were added or updated (new inbound, status moved, outbox progress)."""

    conversation_ids: frozenset[int]
    message_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ConversationsChanged:
    conversation_ids: frozenset[int]


@dataclass(frozen=True)
class TemplatesChanged:
    waba_ids: frozenset[str]
    template_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class NumbersChanged:
    phone_number_ids: frozenset[str]


@dataclass(frozen=True)
class AgentsChanged:
    """Agent profiles were added, renamed, recoloured, made admin or not, given other
    channels, or removed (on this PC or, through the change feed, on another one)."""

    agent_ids: frozenset[int]


@dataclass(frozen=True)
class DeskPersonRemoved:
    """The profile chosen at this desk was removed (on another PC, or before this start):
    nobody is chosen now, and the window asks who is at the desk."""

    agent_id: int


@dataclass(frozen=True)
class HealthChanged:
    """Connection health shown in the status bar."""

    mode: str  # "sandbox" | "live"
    api_ok: bool | None
    api_detail: str = ""
    webhook_ok: bool | None = None
    webhook_detail: str = ""
    webhook_events: int = 0


@dataclass(frozen=True)
class ChangesMissed:
    """Changes may have happened that no event told of: the database or the other PCs'
    change feed was away for a while. Views read what they show again."""

    reason: str = ""


@dataclass(frozen=True)
class DatabaseReachability:
    """The database stopped answering (``ok`` False, with the driver's words) or answers
    again (``ok`` True). Published only when it changes."""

    ok: bool
    detail: str = ""


@dataclass(frozen=True)
class ErrorReported:
    """A failure the user should see, with what to do next."""

    title: Phrase
    advice: Phrase
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ArrivalNotice:
    """One customer message worth telling the desk about."""

    conversation_id: int
    message_id: int
    sender: str  # the contact as the inbox names them (customer-supplied: plain text only)
    channel: str  # our number's name or display number
    phone_number_id: str
    preview: Phrase  # the message text, or a word for its kind ("Photo")
    silent: bool  # a muted channel or quiet hours: badges only, no banner and no sound


@dataclass(frozen=True)
class CustomerMessagesArrived:
    """New inbound messages (not echoes, not history imports), oldest first."""

    notices: tuple[ArrivalNotice, ...]


@dataclass(frozen=True)
class UnreadCountsChanged:
    """Unread messages over all conversations, and per phone-number id of ours."""

    total: int
    per_channel: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class NumberAlert:
    """Something about our accounts got worse: a quality drop, a restriction, a ban."""

    kind: str  # "quality_drop" | "restriction" | "ban"
    subject_id: str  # the phone-number id (quality) or the WABA id (restriction, ban)
    title: Phrase
    advice: Phrase


@dataclass(frozen=True)
class NumberAlertsRaised:
    alerts: tuple[NumberAlert, ...]


Event: TypeAlias = (
    MessagesChanged
    | ConversationsChanged
    | TemplatesChanged
    | NumbersChanged
    | AgentsChanged
    | DeskPersonRemoved
    | HealthChanged
    | DatabaseReachability
    | ChangesMissed
    | ErrorReported
    | CustomerMessagesArrived
    | UnreadCountsChanged
    | NumberAlertsRaised
)
Subscriber: TypeAlias = Callable[[Event], None]


class EventHub:
    """In-process publish/subscribe; subscribers are plain callables run on the loop thread."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, event: Event) -> None:
        for subscriber in list(self._subscribers):
            subscriber(event)
