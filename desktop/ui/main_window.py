"""The main window: a navigation rail, one page per tool, and the health status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shortcuts_sheet import HELP_KEYS, PAGE_KEYS, ShortcutsSheet
from desktop.ui.status_bar import AppStatusBar

log = logging.getLogger(__name__)


class NavButton(QToolButton):
    """A rail button that can carry a red count (unread messages on Inbox)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge = 0

    def set_badge(self, count: int) -> None:
        if count != self.badge:
            self.badge = count
            self.setToolTip(self.tr("{count} unread").format(count=count) if count else "")
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.badge <= 0:
            return
        try:
            text = "99+" if self.badge > 99 else str(self.badge)
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(11)
            painter.setFont(font)
            width = max(18.0, painter.fontMetrics().horizontalAdvance(text) + 10.0)
            pill = QRectF(self.width() - width - 4, 4, width, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e53935"))
            painter.drawRoundedRect(pill, 9, 9)
            painter.setPen(QColor("white"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            painter.end()
        except Exception:  # never let a paint error escape into Qt
            log.exception("could not draw the badge")


class MainWindow(QMainWindow):
    # emitted when the user closes the window (the app then shuts its services down)
    closing = Signal()
    # a page added to be built on first use was built (payload: the page)
    page_built = Signal(QWidget)

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("WABA Desk"))
        self.resize(1200, 780)
        self.setMinimumSize(820, 560)
        self._pages: dict[str, QWidget] = {}
        # pages built the first time they are shown or asked for (see add_page's ``build``)
        self._builders: dict[str, Callable[[], QWidget]] = {}
        # where failed background tasks of the pages go (set by app.py: the error log)
        self.task_failures: Callable[[str, BaseException], None] | None = None
        self._buttons: dict[str, NavButton] = {}

        self.rail = QWidget(self)
        self.rail.setObjectName("navRail")
        self.rail.setFixedWidth(92)
        self._rail_layout = QVBoxLayout(self.rail)
        self._rail_layout.setContentsMargins(6, 12, 6, 12)
        self._rail_layout.setSpacing(6)
        self._rail_layout.addStretch(1)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)

        self.stack = QStackedWidget(self)
        self.starting = QLabel(self.tr("Starting WABA Desk…"), self)
        self.starting.setObjectName("placeholder")
        self.starting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.starting.setWordWrap(True)
        self.stack.addWidget(self.starting)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        column = QWidget(central)
        self._column = QVBoxLayout(column)  # bars above the pages, then the pages
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.stack, 1)
        layout.addWidget(column, 1)
        self.setCentralWidget(central)
        self.status = AppStatusBar(self)
        self.setStatusBar(self.status)
        self._titles: dict[str, str] = {}
        for keys in HELP_KEYS:
            QShortcut(QKeySequence(keys), self).activated.connect(self.show_shortcuts)
        for index, keys in enumerate(PAGE_KEYS):
            QShortcut(QKeySequence(keys), self).activated.connect(
                lambda index=index: self._show_page_at(index)
            )

    def report_task_failure(self, name: str, error: BaseException) -> None:
        """A page's background task failed (see ``desktop.ui.task_scope``)."""
        if self.task_failures is not None:
            self.task_failures(name, error)

    def add_page(
        self,
        key: str,
        title: str,
        glyph: str,
        page: QWidget | None = None,
        *,
        bottom: bool = False,
        build: Callable[[], QWidget] | None = None,
    ) -> None:
        """Add a tool to the rail; pages appear only once they are built.

        ``build`` instead of ``page``: the page is made the first time it is shown or asked
        for (a page nobody opens costs start-up nothing; the Pricing page's charts and rate
        cards take ~0.1-0.2 s to build).
        """
        if page is None:
            if build is None:
                raise ValueError("add_page needs a page or a way to build it")
            page = QWidget()  # stands in the stack until the page is built
            self._builders[key] = build
        page.setObjectName(page.objectName() or f"{key}Page")
        self._pages[key] = page
        self._titles[key] = title
        self.stack.addWidget(page)
        button = NavButton(self.rail)
        button.setObjectName("navButton")
        button.setText(f"{glyph}\n{title}")
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(
            button.sizePolicy().horizontalPolicy(), button.sizePolicy().verticalPolicy()
        )
        button.setMinimumSize(80, 56)
        button.clicked.connect(lambda: self.show_page(key))
        self._group.addButton(button)
        self._buttons[key] = button
        if bottom:
            self._rail_layout.addWidget(button)
        else:
            self._rail_layout.insertWidget(
                self._rail_layout.count() - 1 - self._bottom_count(), button
            )
        if self.stack.currentWidget() is self.starting and not bottom:
            self.show_page(key)

    def add_bar(self, bar: QWidget) -> None:
        """A bar across the top of every page (the question of who is at the desk)."""
        self._column.insertWidget(self._column.count() - 1, bar)

    def add_to_rail_foot(self, widget: QWidget) -> None:
        """A widget at the very foot of the rail, below the bottom pages."""
        self._rail_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)

    def _bottom_count(self) -> int:
        stretch_at = next(
            i
            for i in range(self._rail_layout.count())
            if (item := self._rail_layout.itemAt(i)) is not None and item.spacerItem()
        )
        return self._rail_layout.count() - 1 - stretch_at

    def show_page(self, key: str) -> None:
        self.stack.setCurrentWidget(self._built(key))
        self._buttons[key].setChecked(True)

    def _built(self, key: str) -> QWidget:
        """The page of ``key``, made now if it was added to be built on first use."""
        build = self._builders.pop(key, None)
        if build is None:
            return self._pages[key]
        stand_in = self._pages[key]
        page = build()
        page.setObjectName(page.objectName() or f"{key}Page")
        index = self.stack.indexOf(stand_in)
        self.stack.insertWidget(index, page)
        if self.stack.currentWidget() is stand_in:
            self.stack.setCurrentWidget(page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self._pages[key] = page
        self.page_built.emit(page)
        return page

    def rail_order(self) -> list[str]:
        """Page keys as the rail shows them, top to bottom."""
        order = []
        for i in range(self._rail_layout.count()):
            widget = (item := self._rail_layout.itemAt(i)) and item.widget()
            for key, button in self._buttons.items():
                if widget is button:
                    order.append(key)
        return order

    def _show_page_at(self, index: int) -> None:
        order = self.rail_order()
        if 0 <= index < len(order):
            self.show_page(order[index])

    def show_shortcuts(self) -> ShortcutsSheet:
        sheet = ShortcutsSheet([self._titles[k] for k in self.rail_order()], self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        return sheet

    def set_unread(self, total: int) -> None:
        """Unread messages on the Inbox button and in the title (seen from the taskbar)."""
        if "inbox" in self._buttons:
            self._buttons["inbox"].set_badge(total)
        title = self.tr("WABA Desk")
        self.setWindowTitle(f"({total}) {title}" if total > 0 else title)

    def unread_badge(self, key: str) -> int:
        button = self._buttons.get(key)
        return button.badge if button is not None else 0

    def page(self, key: str) -> QWidget | None:
        return self._built(key) if key in self._pages else None

    def set_starting_text(self, text: str) -> None:
        self.starting.setText(text)
        self.stack.setCurrentWidget(self.starting)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
