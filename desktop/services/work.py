"""The desk's work on conversations: status, the agent answering, and labels.

A conversation is ``open`` (someone must answer), ``pending`` (waiting on the customer or on
someone else) or ``resolved`` (done). A new message from the customer reopens it (ingest
does that, in the same statement that bumps the unread count). Agent profiles are shared
by every PC on the database; "me" is the profile of the person at this desk, and an admin
profile guards Settings and Numbers (no passwords: a shared desk PC needs none).

Every function takes a Session and runs on the DB thread; callers publish
:class:`~desktop.services.events.ConversationsChanged` for what they changed. Changes to the
profiles are noted on the change feed in their own transaction (the other PCs hear of them)
and published as :class:`~desktop.services.events.AgentsChanged`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.models.change_feed import note_agents, note_changes
from desktop.models.entities import (
    Agent,
    Conversation,
    ConversationLabel,
    Label,
    Message,
    MessageAgent,
    MessageStatus,
)
from desktop.services.agent_channels import (
    AgentChannels,
    ChannelOption,
    agent_channels,
    channel_options,
    forget_agent_channels,
    set_agent_channels,
)
from desktop.services.events import (
    AgentsChanged,
    ChangesMissed,
    ConversationsChanged,
    DeskPersonRemoved,
    Event,
)
from desktop.services.tasks import TaskScope

if TYPE_CHECKING:
    from desktop.models.db import Database
    from desktop.services.events import EventHub

log = logging.getLogger(__name__)

STATUSES = ("open", "pending", "resolved")
# Avatar and label colours, in the order new ones take them (readable on light and dark).
PALETTE = (
    "#1e88e5",
    "#e53935",
    "#43a047",
    "#fb8c00",
    "#8e24aa",
    "#00897b",
    "#6d4c41",
    "#d81b60",
    "#3949ab",
    "#7cb342",
)
MAX_NAME = 64
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class WorkError(ValueError):
    """A name or value the desk cannot use (shown to the user as it is)."""


@dataclass(frozen=True)
class AgentRow:
    id: int
    name: str
    colour: str
    is_admin: bool = False


@dataclass(frozen=True)
class LabelRow:
    id: int
    name: str
    colour: str


def _clean_name(name: str, limit: int) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise WorkError("empty")
    return cleaned[:limit]


def _next_colour(session: Session, entity: type[Agent] | type[Label]) -> str:
    count = int(session.scalar(select(func.count()).select_from(entity)) or 0)
    return PALETTE[count % len(PALETTE)]


# -- agents -----------------------------------------------------------------------------------
def agents(session: Session) -> list[AgentRow]:
    return [
        AgentRow(a.id, a.name, a.colour, bool(a.is_admin))
        for a in session.scalars(select(Agent).order_by(func.lower(Agent.name), Agent.id))
    ]


def add_agent(session: Session, name: str) -> AgentRow:
    """A new profile; the first one of the database is its admin (someone must be)."""
    first = session.scalar(select(func.count()).select_from(Agent)) == 0
    agent = Agent(name=_clean_name(name, 128), colour=_next_colour(session, Agent), is_admin=first)
    session.add(agent)
    session.flush()
    note_agents(session, [agent.id])
    return AgentRow(agent.id, agent.name, agent.colour, first)


def agent_exists(session: Session, agent_id: int) -> bool:
    return session.get(Agent, agent_id) is not None


class LastAdmin(WorkError):
    """The change would leave profiles but no admin, and nobody could change Settings."""


def set_admin(session: Session, agent_id: int, on: bool) -> None:
    """Make a profile admin or not; the last admin stays one."""
    if not on:
        others = session.scalar(
            select(func.count()).select_from(Agent).where(Agent.is_admin, Agent.id != agent_id)
        )
        if not others:
            raise LastAdmin(str(agent_id))
    session.execute(update(Agent).where(Agent.id == agent_id).values(is_admin=on))
    note_agents(session, [agent_id])


def may_administer(profiles: Iterable[AgentRow], me: int | None) -> bool:
    """Whether the person at the desk may change Settings and Numbers: an admin may, and
    everybody may while no profile is admin (a new database)."""
    admins = [a.id for a in profiles if a.is_admin]
    return not admins or me in admins


def rename_agent(session: Session, agent_id: int, name: str) -> None:
    session.execute(update(Agent).where(Agent.id == agent_id).values(name=_clean_name(name, 128)))
    note_agents(session, [agent_id])


def set_agent_colour(session: Session, agent_id: int, colour: str) -> None:
    """The avatar's colour, ``#rrggbb``."""
    if not _COLOUR.fullmatch(colour):
        raise WorkError(colour)
    session.execute(update(Agent).where(Agent.id == agent_id).values(colour=colour.lower()))
    note_agents(session, [agent_id])


def remove_agent(session: Session, agent_id: int) -> list[int]:
    """Delete a profile; its conversations become unassigned (their ids are returned).
    When the last admin goes, the oldest profile left becomes admin: someone always is."""
    agent = session.get(Agent, agent_id)
    changed = [agent_id]
    if agent is not None and agent.is_admin:
        others = select(Agent.id).where(Agent.id != agent_id)
        if session.scalar(others.where(Agent.is_admin).limit(1)) is None:
            heir = session.scalar(others.order_by(Agent.id).limit(1))
            if heir is not None:
                session.execute(update(Agent).where(Agent.id == heir).values(is_admin=True))
                changed.append(heir)
    ids = list(session.scalars(select(Conversation.id).where(Conversation.assignee_id == agent_id)))
    session.execute(
        update(Conversation).where(Conversation.assignee_id == agent_id).values(assignee_id=None)
    )
    forget_agent_channels(session, agent_id)
    session.execute(delete(Agent).where(Agent.id == agent_id))
    note_changes(session, ids)
    note_agents(session, changed)
    return ids


# -- labels -----------------------------------------------------------------------------------
def labels(session: Session) -> list[LabelRow]:
    return [
        LabelRow(label.id, label.name, label.colour)
        for label in session.scalars(select(Label).order_by(func.lower(Label.name), Label.id))
    ]


def add_label(session: Session, name: str, colour: str | None = None) -> LabelRow:
    """A new label, or the one already called ``name`` (names are unique, any case)."""
    cleaned = _clean_name(name, MAX_NAME)
    existing = session.scalar(select(Label).where(func.lower(Label.name) == cleaned.lower()))
    if existing is not None:
        return LabelRow(existing.id, existing.name, existing.colour)
    label = Label(name=cleaned, colour=colour or _next_colour(session, Label))
    session.add(label)
    session.flush()
    return LabelRow(label.id, label.name, label.colour)


def set_label_colour(session: Session, label_id: int, colour: str) -> list[int]:
    """Recolour a label; the conversations carrying it are returned (their rows repaint)."""
    session.execute(update(Label).where(Label.id == label_id).values(colour=colour))
    ids = list(
        session.scalars(
            select(ConversationLabel.conversation_id).where(ConversationLabel.label_id == label_id)
        )
    )
    note_changes(session, ids)
    return ids


def remove_label(session: Session, label_id: int) -> list[int]:
    ids = list(
        session.scalars(
            select(ConversationLabel.conversation_id).where(ConversationLabel.label_id == label_id)
        )
    )
    session.execute(delete(ConversationLabel).where(ConversationLabel.label_id == label_id))
    session.execute(delete(Label).where(Label.id == label_id))
    note_changes(session, ids)
    return ids


def set_labelled(session: Session, conversation_id: int, label_id: int, on: bool) -> None:
    """Put ``label_id`` on the conversation or take it off (doing it twice is harmless, also
    when another desk does the same at the same moment)."""
    exists = session.get(ConversationLabel, (conversation_id, label_id)) is not None
    if on and not exists:
        try:
            with session.begin_nested():
                session.add(ConversationLabel(conversation_id=conversation_id, label_id=label_id))
        except IntegrityError:
            pass  # another desk put it on first
    elif not on and exists:
        session.execute(
            delete(ConversationLabel).where(
                ConversationLabel.conversation_id == conversation_id,
                ConversationLabel.label_id == label_id,
            )
        )
    note_changes(session, [conversation_id])


def labels_of(session: Session, conversation_ids: Iterable[int]) -> dict[int, list[LabelRow]]:
    """The labels on each conversation, by name (conversations without any are left out)."""
    ids = list(conversation_ids)
    found: dict[int, list[LabelRow]] = {}
    if not ids:
        return found
    query = (
        select(ConversationLabel.conversation_id, Label)
        .join(Label, Label.id == ConversationLabel.label_id)
        .where(ConversationLabel.conversation_id.in_(ids))
        .order_by(func.lower(Label.name), Label.id)
    )
    for conversation_id, label in session.execute(query):
        found.setdefault(conversation_id, []).append(LabelRow(label.id, label.name, label.colour))
    return found


# -- status and assignment ----------------------------------------------------------------------
# Several desks may change one conversation at the same moment (on a shared database). Each
# change says what the desk saw before it (``seen``): it is made only if that is still so, in
# one conditional UPDATE, so two desks end in one clear state and the one that lost is told
# what the other did (:class:`WorkConflict`). Making the change that is already there is no
# conflict. ``seen=ANY`` changes it whatever it was.
ANY: object = object()


class WorkConflict(RuntimeError):
    """Someone else changed the conversation first; it stays as they left it."""

    def __init__(self, status: str, assignee_name: str | None) -> None:
        super().__init__(status, assignee_name)
        self.status = status
        self.assignee_name = assignee_name


def _conflict(session: Session, conversation_id: int) -> WorkConflict:
    row = session.execute(
        select(Conversation.status, Agent.name)
        .outerjoin(Agent, Agent.id == Conversation.assignee_id)
        .where(Conversation.id == conversation_id)
    ).first()
    if row is None:
        raise WorkError(str(conversation_id))
    status = row[0] if row[0] in STATUSES else "open"
    return WorkConflict(status, row[1] if isinstance(row[1], str) else None)


def set_status(session: Session, conversation_id: int, status: str, seen: object = ANY) -> None:
    """Set the status if it is still ``seen``; :class:`WorkConflict` if someone changed it."""
    if status not in STATUSES:
        raise WorkError(status)
    query = update(Conversation).where(Conversation.id == conversation_id)
    if seen is not ANY and seen != status:
        was: ColumnElement[bool] = Conversation.status.in_([seen, status])
        if seen == "open":  # a row from before statuses existed reads as open
            was = or_(was, Conversation.status.is_(None))
        query = query.where(was)
    if session.execute(query.values(status=status)).rowcount == 0:  # type: ignore[attr-defined]
        raise _conflict(session, conversation_id)
    note_changes(session, [conversation_id])


def assign(
    session: Session, conversation_id: int, agent_id: int | None, seen: object = ANY
) -> None:
    """Give the conversation to an agent (``None``: unassigned) if its assignee is still
    ``seen``; :class:`WorkConflict` if someone gave it to another meanwhile."""
    if agent_id is not None and session.get(Agent, agent_id) is None:
        raise WorkError(str(agent_id))
    query = update(Conversation).where(Conversation.id == conversation_id)
    if seen is not ANY and seen != agent_id:
        query = query.where(
            or_(
                *(
                    Conversation.assignee_id.is_(None)
                    if who is None
                    else Conversation.assignee_id == who
                    for who in (seen, agent_id)
                )
            )
        )
    if session.execute(query.values(assignee_id=agent_id)).rowcount == 0:  # type: ignore[attr-defined]
        raise _conflict(session, conversation_id)
    note_changes(session, [conversation_id])


# -- who sent what, and when it arrived ----------------------------------------------------------
@dataclass(frozen=True)
class MessageInfo:
    """A message's history: when it was written or queued, and each report Meta sent."""

    message_id: int
    direction: str
    timestamp: int | None  # received (inbound) or queued by us (outbound), Unix seconds
    # Meta's reports, earliest first: ("sent" | "delivered" | "read" | "played" | "failed", ts)
    statuses: tuple[tuple[str, int], ...]
    agent_name: str | None  # who at the desk sent it (outbound, when known)


def record_sender(session: Session, message_id: int, agent_id: int) -> None:
    if session.get(MessageAgent, message_id) is None:
        session.add(MessageAgent(message_id=message_id, agent_id=agent_id))


def message_info(session: Session, message_id: int) -> MessageInfo | None:
    row = session.execute(
        select(Message.id, Message.direction, Message.timestamp).where(Message.id == message_id)
    ).first()
    if row is None:
        return None
    statuses = tuple(
        (str(status), int(ts))
        for status, ts in session.execute(
            select(MessageStatus.status, MessageStatus.timestamp)
            .where(MessageStatus.message_id == message_id)
            .order_by(MessageStatus.timestamp, MessageStatus.id)
        )
        if isinstance(ts, int | float) and not isinstance(ts, bool)
    )
    agent = session.scalar(
        select(Agent.name)
        .join(MessageAgent, MessageAgent.agent_id == Agent.id)
        .where(MessageAgent.message_id == message_id)
    )
    stamp = row.timestamp if isinstance(row.timestamp, int) else None
    return MessageInfo(row.id, str(row.direction), stamp, statuses, agent)


class WorkDesk:
    """The inbox's work use cases; each change is published for the list and the panel.

    ``me`` is the agent profile chosen in Settings (None until one is chosen). Whoever shows
    the agents or labels registers in :attr:`listeners` to hear that the lists changed: a
    profile changed here or on another PC (:class:`AgentsChanged` on the hub), "me" changed,
    or a label. When "me" is removed (here, on another PC, or before this start: see
    :meth:`check_me`), nobody is chosen any more and :class:`DeskPersonRemoved` is published.
    """

    def __init__(self, db: Database, hub: EventHub, me: int | None = None) -> None:
        self._db = db
        self._hub = hub
        self.me = me
        self.listeners: list[Callable[[], None]] = []
        self._tasks = TaskScope(on_failure=lambda name, _e: log.warning("%s failed", name))
        self._unsubscribe: Callable[[], None] | None = hub.subscribe(self._on_event)

    def _changed(self, conversation_ids: Iterable[int]) -> None:
        ids = frozenset(conversation_ids)
        if ids:
            self._hub.publish(ConversationsChanged(ids))

    def _agents_changed(self, agent_ids: Iterable[int]) -> None:
        """Profiles changed here: the same event as another PC's change (see ``_on_event``)."""
        self._hub.publish(AgentsChanged(frozenset(agent_ids)))

    def _on_event(self, event: Event) -> None:
        if isinstance(event, AgentsChanged):
            self._lists_changed()
            if self.me is not None and self.me in event.agent_ids:
                self._check_me_soon()
        elif isinstance(event, ChangesMissed):  # profiles may have changed unannounced
            self._lists_changed()
            self._check_me_soon()

    def _check_me_soon(self) -> None:
        if self.me is None:
            return
        try:
            self._tasks.start(self.check_me(), name="work:check-me")
        except RuntimeError:  # no loop running, or closed: nothing to keep current
            pass

    def _lists_changed(self) -> None:
        for listener in list(self.listeners):
            listener()

    async def check_me(self) -> bool:
        """Whether "me" was found removed; then nobody is chosen and the window is told."""
        me = self.me
        if me is None or await self._db.run(agent_exists, me) or self.me != me:
            return False
        self.me = None
        self._hub.publish(DeskPersonRemoved(me))
        self._lists_changed()
        return True

    async def aclose(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        await self._tasks.aclose()

    def choose_me(self, agent_id: int | None) -> None:
        """The profile this user answers as (stored in Settings by the caller)."""
        self.me = agent_id
        self._lists_changed()

    async def agents(self) -> list[AgentRow]:
        return await self._db.run(agents)

    async def labels(self) -> list[LabelRow]:
        return await self._db.run(labels)

    async def add_agent(self, name: str) -> AgentRow:
        agent = await self._db.run(add_agent, name)
        self._agents_changed([agent.id])
        return agent

    async def rename_agent(self, agent_id: int, name: str) -> None:
        await self._db.run(rename_agent, agent_id, name)
        self._agents_changed([agent_id])

    async def set_agent_colour(self, agent_id: int, colour: str) -> None:
        await self._db.run(set_agent_colour, agent_id, colour)
        self._agents_changed([agent_id])

    async def remove_agent(self, agent_id: int) -> None:
        """Remove a profile; removing "me" leaves nobody chosen (as on the other PCs)."""
        self._changed(await self._db.run(remove_agent, agent_id))
        self._agents_changed([agent_id])
        if self.me == agent_id:
            await self.check_me()

    async def set_admin(self, agent_id: int, on: bool) -> None:
        await self._db.run(set_admin, agent_id, on)
        self._agents_changed([agent_id])

    async def channel_options(self) -> list[ChannelOption]:
        return await self._db.run(channel_options)

    async def agent_channels(self, agent_id: int) -> AgentChannels:
        return await self._db.run(agent_channels, agent_id)

    async def set_agent_channels(
        self, agent_id: int, all_channels: bool, number_ids: Iterable[str] = ()
    ) -> None:
        """Let a profile see every channel or only some (an admin's choice in Settings)."""
        await self._db.run(set_agent_channels, agent_id, all_channels, tuple(number_ids))
        self._agents_changed([agent_id])

    async def add_label(self, name: str, colour: str | None = None) -> LabelRow:
        label = await self._db.run(add_label, name, colour)
        self._lists_changed()
        return label

    async def set_label_colour(self, label_id: int, colour: str) -> None:
        self._changed(await self._db.run(set_label_colour, label_id, colour))
        self._lists_changed()

    async def remove_label(self, label_id: int) -> None:
        self._changed(await self._db.run(remove_label, label_id))
        self._lists_changed()

    async def set_status(self, conversation_id: int, status: str, seen: object = ANY) -> None:
        """Raises :class:`WorkConflict` (after publishing the change) if another desk was
        first, so every view shows what it did."""
        try:
            await self._db.run(set_status, conversation_id, status, seen)
        finally:
            self._changed([conversation_id])

    async def assign(self, conversation_id: int, agent_id: int | None, seen: object = ANY) -> None:
        """As :meth:`set_status`, for the assignee."""
        try:
            await self._db.run(assign, conversation_id, agent_id, seen)
        finally:
            self._changed([conversation_id])

    async def record_sender(self, message_id: int) -> None:
        """Remember that "me" sent this message (nothing when no profile is chosen)."""
        if self.me is not None:
            await self._db.run(record_sender, message_id, self.me)

    async def message_info(self, message_id: int) -> MessageInfo | None:
        return await self._db.run(message_info, message_id)

    async def set_labelled(self, conversation_id: int, label_id: int, on: bool) -> None:
        await self._db.run(set_labelled, conversation_id, label_id, on)
        self._changed([conversation_id])
