"""Message info: when a message was sent, delivered and read, and who at the desk sent it."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.services.message_text import as_timestamp
from desktop.services.work import MessageInfo


def when(ts: object) -> str:
    """A stored Unix time in the user's locale, to the second ("" if it cannot be one)."""
    stamp = as_timestamp(ts)
    if stamp is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(stamp)
    locale = QLocale()
    day = locale.toString(moment.date(), QLocale.FormatType.LongFormat)
    return f"{day} {moment.time().toString('HH:mm:ss')}"


class MessageInfoDialog(QDialog):
    def __init__(self, info: MessageInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageInfo")
        self.setWindowTitle(self.tr("Message info"))
        self.setMinimumWidth(360)
        form = QFormLayout()
        self.rows: dict[str, str] = {}

        def add(label: str, value: str) -> None:
            shown = QLabel(value, self)
            shown.setTextFormat(Qt.TextFormat.PlainText)  # an agent's name is typed by a person
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
            self.rows[label] = value

        words = {
            "sent": self.tr("Sent"),
            "delivered": self.tr("Delivered"),
            "read": self.tr("Read"),
            "played": self.tr("Played"),
            "failed": self.tr("Failed"),
        }
        if info.direction == "in":
            add(self.tr("Received"), when(info.timestamp) or self.tr("Unknown"))
        else:
            add(self.tr("Sent by"), info.agent_name or self.tr("Not recorded"))
            add(self.tr("Written"), when(info.timestamp) or self.tr("Unknown"))
            reported = {status: ts for status, ts in reversed(info.statuses)}  # the first report
            for status in ("sent", "delivered", "read", "played", "failed"):
                if status in reported:
                    add(words[status], when(reported[status]))
                elif status in ("sent", "delivered", "read"):
                    add(words[status], self.tr("Not yet reported"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
