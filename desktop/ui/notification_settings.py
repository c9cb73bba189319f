"""Settings → Notifications: banners, sound, quiet hours and muted channels, applied at once."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from desktop.services.settings import NotificationSettings


class NotificationSettingsBox(QGroupBox):
    # payload: NotificationSettings, after any change (the caller stores and applies it)
    changed = Signal(object)

    def __init__(self, settings: NotificationSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Notifications"), parent)
        self._muted = set(settings.muted_channels)
        self.desktop = QCheckBox(self.tr("Show a desktop notification for new messages"), self)
        self.desktop.setChecked(settings.desktop)
        self.sound = QCheckBox(self.tr("Play a sound for new messages"), self)
        self.sound.setChecked(settings.sound)
        self.quiet = QCheckBox(self.tr("Quiet hours: no notification and no sound"), self)
        self.quiet.setChecked(settings.quiet_hours)
        self.quiet_from = QSpinBox(self)
        self.quiet_until = QSpinBox(self)
        for box, value in (
            (self.quiet_from, settings.quiet_from),
            (self.quiet_until, settings.quiet_until),
        ):
            box.setRange(0, 23)
            box.setSuffix(self.tr(":00"))
            box.setValue(value)
        hours = QHBoxLayout()
        hours.addWidget(QLabel(self.tr("from"), self))
        hours.addWidget(self.quiet_from)
        hours.addWidget(QLabel(self.tr("until"), self))
        hours.addWidget(self.quiet_until)
        hours.addStretch(1)
        self.channels = QListWidget(self)
        self.channels.setMaximumHeight(110)
        self.channels.setToolTip(self.tr("Unticked numbers still count unread messages, silently."))
        self.problem = QLabel(self)
        self.problem.setObjectName("hint")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()

        form = QFormLayout(self)
        form.addRow(self.desktop)
        form.addRow(self.sound)
        form.addRow(self.quiet)
        form.addRow("", hours)
        form.addRow(self.tr("Ring for these numbers"), self.channels)
        form.addRow(self.problem)

        for check in (self.desktop, self.sound, self.quiet):
            check.toggled.connect(self._emit)
        for spin in (self.quiet_from, self.quiet_until):
            spin.valueChanged.connect(self._emit)
        self.channels.itemChanged.connect(self._emit)
        self.quiet.toggled.connect(self._enable_hours)
        self._enable_hours(settings.quiet_hours)

    def _enable_hours(self, on: bool) -> None:
        self.quiet_from.setEnabled(on)
        self.quiet_until.setEnabled(on)

    def set_channels(self, channels: Sequence[tuple[str, str]]) -> None:
        """Our numbers as (phone-number id, name shown to the user)."""
        self.channels.blockSignals(True)
        self.channels.clear()
        for number_id, label in channels:
            item = QListWidgetItem(label, self.channels)
            item.setData(Qt.ItemDataRole.UserRole, number_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if number_id in self._muted else Qt.CheckState.Checked
            )
        self.channels.blockSignals(False)

    def set_problem(self, reason: str) -> None:
        """Why desktop notifications cannot appear on this machine (empty: they can)."""
        self.problem.setText(reason)
        self.problem.setVisible(bool(reason))

    def value(self) -> NotificationSettings:
        for row in range(self.channels.count()):
            item = self.channels.item(row)
            number_id = str(item.data(Qt.ItemDataRole.UserRole))
            if item.checkState() == Qt.CheckState.Checked:
                self._muted.discard(number_id)
            else:
                self._muted.add(number_id)
        return NotificationSettings(
            desktop=self.desktop.isChecked(),
            sound=self.sound.isChecked(),
            muted_channels=sorted(self._muted),
            quiet_hours=self.quiet.isChecked(),
            quiet_from=self.quiet_from.value(),
            quiet_until=self.quiet_until.value(),
        )

    def _emit(self, *_args: object) -> None:
        self.changed.emit(self.value())
