"""At start, a bar above the pages asks who is at this desk (when several people work
here), with last time's choice first; it never blocks the window. It asks again, saying
why, when the profile chosen here is removed (on this PC or another one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.work import AgentRow
from desktop.ui.desk.people import DeskPeople

MAX_BUTTONS = 6  # more people than this: the switcher's menu lists them all


class DeskPrompt(QFrame):
    def __init__(self, people: DeskPeople, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskPrompt")
        self._people = people
        self._asked = False
        self._remembered: int | None = None
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 12, 6)
        self.question = QLabel(self.tr("Who is at this desk?"), self)
        self.question.setObjectName("deskQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)  # may hold a typed name
        self.question.setWordWrap(True)
        self.later = QPushButton(self.tr("Not now"), self)
        self.later.setObjectName("deskLater")
        self.later.clicked.connect(self.hide)
        self.buttons: list[QPushButton] = []
        self._extra: list[QWidget] = []
        self.hide()
        people.changed.connect(self._maybe_ask)
        people.me_removed.connect(self.ask_again)
        self._maybe_ask()

    def _maybe_ask(self) -> None:
        """Ask once, when the profiles are first known and there are several; answered
        elsewhere (the switcher, Settings), the question goes away."""
        if self._asked:
            if self._people.work.me != self._remembered:
                self.hide()
            return
        if not self._people.loaded:
            return
        self._asked = True
        self._remembered = self._people.work.me
        if len(self._people.agents) < 2:
            return
        self._ask(self._people.agents, self._remembered)

    def ask_again(self, removed_name: str) -> None:
        """The profile chosen here is gone: say so, and ask who is at the desk now."""
        self._asked = True
        self._remembered = self._people.work.me
        if removed_name:
            text = self.tr(
                "The profile “{name}” was removed, so nobody is chosen at this desk. "
                "Who is at this desk?"
            ).format(name=removed_name)
        else:
            text = self.tr("The profile chosen at this desk was removed. Who is at this desk?")
        self.question.setText(text)
        self._ask(self._people.agents, None)
        if not self._people.agents:
            hint = QLabel(self.tr("Add people in Settings."), self)
            hint.setObjectName("hint")
            self._layout.insertWidget(1, hint)
            self._extra.append(hint)

    def _clear(self) -> None:
        for widget in (*self.buttons, *self._extra):
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self.buttons = []
        self._extra = []
        while self._layout.count():  # the question, the stretch and "Not now"
            self._layout.takeAt(0)

    def _ask(self, agents: list[AgentRow], remembered: int | None) -> None:
        self._clear()
        first = sorted(agents, key=lambda a: a.id != remembered)[:MAX_BUTTONS]
        self._layout.addWidget(self.question, 1 if len(first) < 2 else 0)
        for agent in first:
            button = QPushButton(agent.name, self)
            button.setObjectName("deskChoice")
            if agent.id == remembered:
                button.setDefault(True)
                button.setToolTip(self.tr("Chosen last time"))
            button.clicked.connect(lambda _c=False, a=agent.id: self._chosen(a))
            self._layout.addWidget(button)
            self.buttons.append(button)
        if len(agents) > len(first):
            more = QLabel(self.tr("Others: the round button at the foot of the left bar."), self)
            more.setObjectName("hint")
            self._layout.addWidget(more)
            self._extra.append(more)
        self._layout.addStretch(1)
        self._layout.addWidget(self.later)
        self.show()

    def _chosen(self, agent_id: int) -> None:
        self._people.choose(agent_id)
        self.hide()
