"""Settings and Numbers change the whole business's setup, so only an admin profile may
change them (while no profile is admin, everybody may). A page that is locked stays
readable; a bar at its top says who can unlock it and how."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.desk.people import DeskPeople


class AdminLock(QFrame):
    def __init__(self, page: QWidget, people: DeskPeople, switch: Callable[[], None]) -> None:
        super().__init__(page)
        self.setObjectName("adminLock")
        self._page = page
        self._people = people
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.text = QLabel(self)
        self.text.setObjectName("notice")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # profile names are typed by people
        self.switch_button = QPushButton(self.tr("Switch person…"), self)
        self.switch_button.clicked.connect(switch)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.switch_button)
        page_layout = page.layout()
        if isinstance(page_layout, QBoxLayout):
            page_layout.insertWidget(0, self)
        self.hide()
        people.changed.connect(self.apply)
        self.apply()

    @property
    def locked(self) -> bool:
        return not self.isHidden()

    def apply(self) -> None:
        allowed = self._people.may_administer()
        layout = self._page.layout()
        for i in range(layout.count() if layout is not None else 0):
            item = layout.itemAt(i)  # type: ignore[union-attr]
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self:
                widget.setEnabled(allowed)
        names = ", ".join(self._people.admin_names())
        self.text.setText(
            self.tr(
                "Only an admin can change this page ({names}). If that is you, switch to your "
                "profile; otherwise ask them."
            ).format(names=names)
        )
        self.setVisible(not allowed)
