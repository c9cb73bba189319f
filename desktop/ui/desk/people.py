"""The desk's people as the window shows them: one list, kept fresh for every widget here.

:class:`DeskPeople` reads the profiles whenever :class:`~desktop.services.work.WorkDesk`
says they (or "me") changed, here or on another PC, and tells its own listeners; choosing
"me" goes through the ``choose`` callback, which stores the choice (Settings) and applies it.
When the profile chosen here is removed (:class:`DeskPersonRemoved`), the stored choice is
cleared and :attr:`me_removed` names who it was, once the list no longer holds them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.services.events import DeskPersonRemoved
from desktop.services.work import AgentRow, WorkDesk, may_administer
from desktop.ui.task_scope import UiTaskScope

if TYPE_CHECKING:
    from desktop.ui.bus import QtEventBus


class DeskPeople(QObject):
    changed = Signal()
    # the profile chosen at this desk was removed (payload: its name, "" if never read)
    me_removed = Signal(str)

    def __init__(
        self,
        work: WorkDesk,
        choose: Callable[[int | None], None],
        parent: QObject | None = None,
        bus: QtEventBus | None = None,
    ) -> None:
        super().__init__(parent)
        self.work = work
        self._choose = choose
        self.agents: list[AgentRow] = []
        self.loaded = False
        self._names: dict[int, str] = {}  # every profile read, also removed ones
        self._removed: list[str] = []  # told after the next reading
        self._tasks = UiTaskScope(self)
        work.listeners.append(self.reload)
        if bus is not None:
            bus.desk_person_removed.connect(self._on_removed)
        self.reload()

    def reload(self) -> None:
        self._tasks.spawn(self._load(), name="desk:people")

    async def _load(self) -> None:
        self.agents = await self.work.agents()
        self._names.update((a.id, a.name) for a in self.agents)
        self.loaded = True
        self.changed.emit()
        removed, self._removed = self._removed, []
        for name in removed:
            self.me_removed.emit(name)

    def _on_removed(self, event: DeskPersonRemoved) -> None:
        self._removed.append(self._names.get(event.agent_id, ""))
        self._choose(None)  # the stored choice goes too: next start asks again
        self.reload()

    @property
    def me(self) -> AgentRow | None:
        return next((a for a in self.agents if a.id == self.work.me), None)

    def may_administer(self) -> bool:
        return may_administer(self.agents, self.work.me)

    def admin_names(self) -> list[str]:
        return [a.name for a in self.agents if a.is_admin]

    def choose(self, agent_id: int | None) -> None:
        self._choose(agent_id)
