"""At start, a bar above the pages asks who is at this desk (when several people work
here), with last time's choice first; it never blocks the window."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

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
        self.later = QPushButton(self.tr("Not now"), self)
        self.later.setObjectName("deskLater")
        self.later.clicked.connect(self.hide)
        self.buttons: list[QPushButton] = []
        self.hide()
        people.changed.connect(self._maybe_ask)
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
        self._remembered = remembered = self._people.work.me
        agents = self._people.agents
        if len(agents) < 2:
            return
        first = sorted(agents, key=lambda a: a.id != remembered)[:MAX_BUTTONS]
        self._layout.addWidget(self.question)
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
        self._layout.addStretch(1)
        self._layout.addWidget(self.later)
        self.show()

    def _chosen(self, agent_id: int) -> None:
        self._people.choose(agent_id)
        self.hide()
