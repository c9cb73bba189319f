"""The desk's people as the window shows them: one list, kept fresh for every widget here.

:class:`DeskPeople` reads the profiles whenever :class:`~desktop.services.work.WorkDesk`
says they (or "me") changed, and tells its own listeners; choosing "me" goes through the
``choose`` callback, which stores the choice (Settings) and applies it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop.services.work import AgentRow, WorkDesk, may_administer
from desktop.ui.task_scope import UiTaskScope


class DeskPeople(QObject):
    changed = Signal()

    def __init__(
        self, work: WorkDesk, choose: Callable[[int | None], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.work = work
        self._choose = choose
        self.agents: list[AgentRow] = []
        self.loaded = False
        self._tasks = UiTaskScope(self)
        work.listeners.append(self.reload)
        self.reload()

    def reload(self) -> None:
        self._tasks.spawn(self._load(), name="desk:people")

    async def _load(self) -> None:
        self.agents = await self.work.agents()
        self.loaded = True
        self.changed.emit()

    @property
    def me(self) -> AgentRow | None:
        return next((a for a in self.agents if a.id == self.work.me), None)

    def may_administer(self) -> bool:
        return may_administer(self.agents, self.work.me)

    def admin_names(self) -> list[str]:
        return [a.name for a in self.agents if a.is_admin]

    def choose(self, agent_id: int | None) -> None:
        self._choose(agent_id)
