"""The selected number's inbox channel: its name, its colour, and changing its number.

Edits go through :class:`desktop.services.numbers.channels.Channels`; the inbox hears about
them through ``NumbersChanged``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.numbers.channels import (
    NAME_LIMIT,
    PALETTE,
    ChannelError,
    ChannelInfo,
    Channels,
)
from desktop.ui.i18n import render
from desktop.ui.task_scope import UiTaskScope


class ChannelBox(QGroupBox):
    # emitted after a saved change (the page reloads)
    changed = Signal()

    def __init__(self, channels: Channels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Inbox channel"))
        self.setObjectName("channelBox")
        self._tasks = UiTaskScope(self)
        self._channels = channels
        self._number_id: str | None = None
        self._others: list[tuple[str, str]] = []
        self._info: ChannelInfo | None = None

        self.intro = QLabel(self)
        self.intro.setObjectName("hint")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_LIMIT)
        self.name.setPlaceholderText(self.tr("Channel name, e.g. Front desk"))
        self.name.setAccessibleName(self.tr("Channel name"))
        self.swatches = QButtonGroup(self)
        self.swatches.setExclusive(True)
        swatch_row = QHBoxLayout()
        swatch_row.setSpacing(4)
        for colour in PALETTE:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setFixedSize(24, 24)
            button.setAccessibleName(self.tr("Colour {colour}").format(colour=colour))
            button.setToolTip(colour)
            button.setProperty("colour", colour)
            button.setStyleSheet(
                f"QPushButton {{ background: {colour}; border: 2px solid transparent;"
                " border-radius: 12px; }"
                " QPushButton:checked { border: 2px solid palette(text); }"
            )
            self.swatches.addButton(button)
            swatch_row.addWidget(button)
        swatch_row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save channel"), self)
        self.save_button.clicked.connect(self._save_clicked)
        self.move_button = QPushButton(self.tr("Use another number…"), self)
        self.move_button.setToolTip(
            self.tr(
                "The channel moves to the other number; this number's conversations stay "
                "in the channel"
            )
        )
        self.move_button.clicked.connect(self._ask_move)
        self.former = QLabel(self)
        self.former.setTextFormat(Qt.TextFormat.PlainText)
        self.former.setWordWrap(True)
        self.former.setObjectName("hint")
        self.result = QLabel(self)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)

        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addLayout(swatch_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(name_row)
        layout.addLayout(buttons)
        layout.addWidget(self.former)
        layout.addWidget(self.result)

    def show_channel(
        self,
        number_id: str,
        info: ChannelInfo | None,
        others: Sequence[tuple[str, str]],
        labels: dict[str, str],
    ) -> None:
        """``others``: (id, label) of numbers the channel could move to; ``labels`` names all."""
        if number_id != self._number_id:
            self.result.clear()
        self._number_id, self._info, self._others = number_id, info, list(others)
        current = info is None or info.phone_number_id == number_id
        self.name.setText(info.name if info else "")
        colour = info.colour if info else PALETTE[0]
        for button in self.swatches.buttons():
            button.setChecked(button.property("colour") == colour)
        self.name.setEnabled(current)
        self.save_button.setEnabled(current)
        self.move_button.setEnabled(current and bool(others))
        if info is not None and not current:
            self.intro.setText(
                self.tr(
                    "This number was replaced: its conversations show in the channel “{name}”, "
                    "which now uses {number}."
                ).format(name=info.name, number=labels.get(info.phone_number_id, ""))
            )
        else:
            self.intro.setText(
                self.tr("The inbox shows this number's conversations under this name and colour.")
            )
        earlier = [labels.get(n, n) for n in (info.numbers[1:] if info else ())]
        self.former.setText(
            self.tr("Earlier numbers of this channel: {numbers}").format(numbers=", ".join(earlier))
            if earlier
            else ""
        )
        self.former.setVisible(bool(earlier))

    def chosen_colour(self) -> str:
        button = self.swatches.checkedButton()
        return str(button.property("colour")) if button is not None else PALETTE[0]

    def _save_clicked(self) -> None:
        if self._number_id is not None:
            self._tasks.spawn(
                self.save(self._number_id, self.name.text(), self.chosen_colour()),
                name="save-channel",
            )

    def _ask_move(self) -> None:
        if self._number_id is None or not self._others:
            return
        names = [label for _id, label in self._others]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Use another number"),
            self.tr(
                "Which number should this channel use from now on? Conversations of the "
                "current number stay in the channel."
            ),
            names,
            0,
            False,
        )
        if ok and choice in names:
            target = self._others[names.index(choice)][0]
            self._tasks.spawn(self.move_to(self._number_id, target), name="move-channel")

    async def save(self, number_id: str, name: str, colour: str) -> None:
        await self._do(
            partial(self._channels.save, number_id, name, colour), self.tr("Channel saved.")
        )

    async def move_to(self, number_id: str, target: str) -> None:
        await self._do(
            partial(self._channels.move, number_id, target),
            self.tr("The channel now uses the other number; earlier conversations stay in it."),
        )

    async def _do(self, action: Callable[[], Awaitable[object]], done: str) -> None:
        try:
            await action()
        except ChannelError as exc:
            self.result.setObjectName("errorText")
            self.result.setText(render(exc.phrase))
        else:
            self.result.setObjectName("hint")
            self.result.setText(done)
            self.changed.emit()
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
