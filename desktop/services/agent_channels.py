"""The channels each agent sees: the inbox, badges, notifications and search of one desk.

A shop with a sales number and a support number may want its support staff to see only
support's chats. Each agent profile sees every channel (also channels added later) until an
admin narrows it in Settings to a set of channels; then only those. A channel is stored by
the number it uses; the numbers it used before (a replaced SIM) come with it, so narrowing
never hides a channel's older conversations, and a channel that moves to a new number
stays seen.

:class:`ChannelScope` is what the rest of the desk reads: the phone-number ids the person
at this desk sees (``None``: every one), kept current when "me", a profile's channels or
the channels change. Functions that take a Session run on the DB thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop.models.change_feed import note_agents
from desktop.models.entities import Agent, AgentChannel, PhoneNumber
from desktop.services.events import ChangesMissed, Event, NumbersChanged
from desktop.services.numbers.channels import channels_by_number
from desktop.services.tasks import TaskScope

if TYPE_CHECKING:
    from desktop.models.db import Database
    from desktop.services.events import EventHub
    from desktop.services.work import WorkDesk

log = logging.getLogger(__name__)

#: The numbers seen: ``None`` is every number, also numbers added later.
Seen = frozenset[str] | None


@dataclass(frozen=True)
class ChannelOption:
    """One channel as the Settings editor lists it (``number_id`` is what is stored)."""

    number_id: str  # the number the channel uses now
    name: str
    colour: str
    display_phone_number: str
    numbers: tuple[str, ...]  # every number whose conversations it holds


@dataclass(frozen=True)
class AgentChannels:
    """Which channels one profile sees: all of them, or those of ``number_ids``."""

    all_channels: bool
    number_ids: frozenset[str] = frozenset()


def channel_options(session: Session) -> list[ChannelOption]:
    """Every channel once (a channel with a former number is still one), by name."""
    displays = {
        number_id: shown
        for number_id, shown in session.execute(
            select(PhoneNumber.id, PhoneNumber.display_phone_number)
        )
    }
    seen: dict[str, ChannelOption] = {}
    for info in channels_by_number(session).values():
        if info.phone_number_id in seen:
            continue
        seen[info.phone_number_id] = ChannelOption(
            number_id=info.phone_number_id,
            name=info.name,
            colour=info.colour,
            display_phone_number=str(displays.get(info.phone_number_id, info.phone_number_id)),
            numbers=info.numbers,
        )
    return sorted(seen.values(), key=lambda o: (o.name.casefold(), o.display_phone_number))


def agent_channels(session: Session, agent_id: int) -> AgentChannels:
    """What ``agent_id`` sees (a profile that is gone sees everything: nobody is locked out)."""
    sees_all = session.scalar(select(Agent.sees_all_channels).where(Agent.id == agent_id))
    if sees_all is None or sees_all:
        return AgentChannels(True)
    chosen = session.scalars(
        select(AgentChannel.phone_number_id).where(AgentChannel.agent_id == agent_id)
    )
    return AgentChannels(False, frozenset(chosen))


def set_agent_channels(
    session: Session, agent_id: int, all_channels: bool, number_ids: Iterable[str] = ()
) -> None:
    """Let ``agent_id`` see every channel, or only the channels of ``number_ids``."""
    chosen = set() if all_channels else set(number_ids)
    session.execute(
        update(Agent).where(Agent.id == agent_id).values(sees_all_channels=all_channels)
    )
    session.execute(delete(AgentChannel).where(AgentChannel.agent_id == agent_id))
    session.add_all(AgentChannel(agent_id=agent_id, phone_number_id=n) for n in sorted(chosen))
    session.flush()
    note_agents(session, [agent_id])


def forget_agent_channels(session: Session, agent_id: int) -> None:
    """A profile is removed: its choices go with it."""
    session.execute(delete(AgentChannel).where(AgentChannel.agent_id == agent_id))


def visible_numbers(session: Session, agent_id: int | None) -> Seen:
    """The phone-number ids whose conversations ``agent_id`` sees; ``None``: all of them
    (nobody chosen at the desk, or a profile that sees every channel)."""
    if agent_id is None:
        return None
    choice = agent_channels(session, agent_id)
    if choice.all_channels:
        return None
    seen = set(choice.number_ids)
    for number_id, info in channels_by_number(session).items():
        if choice.number_ids.intersection(info.numbers):
            seen.add(number_id)
    return frozenset(seen)


def sees(scope: Seen, phone_number_id: str) -> bool:
    return scope is None or phone_number_id in scope


class ChannelScope:
    """The numbers the person at this desk sees, for the inbox, badges and notifications.

    :meth:`attach` follows "me" and the profiles (``work.listeners``), renamed or moved
    channels (:class:`NumbersChanged`) and missed changes; :attr:`listeners` are told when
    :attr:`numbers` changed.
    """

    def __init__(self, db: Database, work: WorkDesk, hub: EventHub | None = None) -> None:
        self._db = db
        self._work = work
        self._hub = hub
        self.numbers: Seen = None
        self.listeners: list[Callable[[], None]] = []
        self._tasks = TaskScope(on_failure=lambda name, _e: log.warning("%s failed", name))
        self._generation = 0
        self._unsubscribe: Callable[[], None] | None = None

    def sees(self, phone_number_id: str) -> bool:
        return sees(self.numbers, phone_number_id)

    async def attach(self) -> None:
        """Read the scope now and keep it current from here on."""
        self._work.listeners.append(self._changed)
        if self._hub is not None:
            self._unsubscribe = self._hub.subscribe(self._on_event)
        await self.refresh()

    def _on_event(self, event: Event) -> None:
        if isinstance(event, NumbersChanged | ChangesMissed):
            self._changed()

    def _changed(self) -> None:
        try:
            self._tasks.start(self.refresh(), name="channel-scope")
        except RuntimeError:  # no loop running or closed: nothing to keep current
            pass

    async def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        numbers = await self._db.run(visible_numbers, self._work.me)
        if generation != self._generation or numbers == self.numbers:
            return  # a newer reading is on its way, or nothing changed
        self.numbers = numbers
        for listener in list(self.listeners):
            listener()

    async def aclose(self) -> None:
        if self._changed in self._work.listeners:
            self._work.listeners.remove(self._changed)
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        await self._tasks.aclose()
