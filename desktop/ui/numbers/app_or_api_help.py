""" "Business app or API?": the platform facts an owner needs to choose, in one short page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget


class AppOrApiHelp(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appOrApiHelp")
        self.setWindowTitle(self.tr("WhatsApp Business app or the API?"))
        self.resize(620, 560)
        sections = [
            (
                self.tr("The WhatsApp Business app"),
                self.tr(
                    "Free, on one phone (plus linked devices). Good when a few people answer "
                    "customers by hand: catalogue, quick replies, labels and away messages. "
                    "No automation beyond that and no shared inbox for a team on several PCs."
                ),
            ),
            (
                self.tr("The WhatsApp Business Platform (the API, what WABA Desk uses)"),
                self.tr(
                    "Several people and several numbers in one inbox, templates for messages "
                    "you start (reminders, receipts, offers), up to 80 messages a second per "
                    "number (1,000 after Meta's upgrade), webhooks into your own systems. "
                    "Answering a customer within 24 hours of their message is free; messages "
                    "you start with a template are paid per message. The number can't be used "
                    "in the WhatsApp app at the same time, unless it is shared (below)."
                ),
            ),
            (
                self.tr("Both on one number (coexistence)"),
                self.tr(
                    "A number already in the WhatsApp Business app can also be connected to "
                    "the API through a provider, keeping the app on the phone. Chats appear "
                    "in both; the number sends at most 20 messages a second. It is onboarded "
                    "through the provider's sign-up, not by adding the number here."
                ),
            ),
            (
                self.tr("What a number needs for the API"),
                self.tr(
                    "It belongs to your business, has a country and area code (no short "
                    "codes), can receive an SMS or a phone call for the code, and is not "
                    "active in the WhatsApp or WhatsApp Business app (delete the account "
                    "there first, or use coexistence). Moving a number from another provider "
                    "keeps its display name: turn off two-step verification at the old "
                    "provider first."
                ),
            ),
        ]
        body = QWidget(self)
        layout = QVBoxLayout(body)
        for title, text in sections:
            heading = QLabel(title, body)
            heading.setObjectName("threadTitle")
            heading.setTextFormat(Qt.TextFormat.PlainText)
            heading.setWordWrap(True)
            paragraph = QLabel(text, body)
            paragraph.setTextFormat(Qt.TextFormat.PlainText)
            paragraph.setWordWrap(True)
            layout.addWidget(heading)
            layout.addWidget(paragraph)
            layout.addSpacing(8)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
