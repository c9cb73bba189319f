"""The official-business-account (blue badge) checklist for the selected number, and the
migration checklist for moving a number from another provider or another WABA.

What WABA Desk knows (display name approved, two-step verification on, not a test number)
is ticked from the number's state; what only Meta or the owner knows is marked "check".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.services.numbers.accounts_tree import NumberNode

DONE, MISSING, CHECK = "✓", "✗", "?"


def _plain(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ChecklistsPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistsPanel")
        self.setWidgetResizable(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.oba_box = QGroupBox(self.tr("Official business account (blue badge)"), body)
        oba_layout = QVBoxLayout(self.oba_box)
        self.oba_intro = _plain(self.oba_box)
        self.oba_intro.setObjectName("hint")
        self.oba_items = _plain(self.oba_box)
        oba_layout.addWidget(self.oba_intro)
        oba_layout.addWidget(self.oba_items)
        migration_box = QGroupBox(self.tr("Moving a number to WABA Desk"), body)
        migration_layout = QVBoxLayout(migration_box)
        self.migration = _plain(migration_box)
        self.migration.setText(
            "\n\n".join(
                [
                    self.tr(
                        "1. At the old provider (or in the old WhatsApp Business Account), "
                        "turn off two-step verification for the number."
                    ),
                    self.tr(
                        "2. Keep the same display name: it moves with the number and needs "
                        "no new review."
                    ),
                    self.tr(
                        "3. Templates do not move: export them from the old account and "
                        "create them again here before you switch (they need Meta's approval)."
                    ),
                    self.tr(
                        "4. Add the number here with “Add a number…”, verify it with a code "
                        "and register it with a new two-step verification PIN."
                    ),
                    self.tr(
                        "5. Conversations stored on this computer stay attached to the number."
                    ),
                    self.tr(
                        "An on-premises number moves to the Cloud API the same way: it then "
                        "sends 80 messages a second, and Meta raises that to 1,000 for busy "
                        "numbers with good quality and an unlimited messaging limit."
                    ),
                ]
            )
        )
        migration_layout.addWidget(self.migration)
        layout.addWidget(self.oba_box)
        layout.addWidget(migration_box)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_number(None)

    def show_number(self, number: NumberNode | None) -> None:
        if number is None:
            self.oba_intro.setText(self.tr("Choose a number to see what it still needs."))
            self.oba_items.setText("")
            return
        if number.is_official_business_account:
            self.oba_intro.setText(
                self.tr("{number} already has the blue badge.").format(
                    number=number.display_phone_number
                )
            )
        else:
            self.oba_intro.setText(
                self.tr(
                    "Meta grants the badge to notable, policy-compliant businesses. Request "
                    "it in WhatsApp Manager when every item below is met; after a refusal, "
                    "wait 30 days before asking again."
                )
            )
        name_ok = number.name_status == "APPROVED"
        pin = number.is_pin_enabled
        items = [
            (DONE if name_ok else MISSING, self.tr("Display name approved")),
            (
                CHECK if pin is None else (DONE if pin else MISSING),
                self.tr("Two-step verification turned on"),
            ),
            (MISSING if number.is_test else DONE, self.tr("A real number, not a test number")),
            (CHECK, self.tr("Business verified in Meta Business Settings")),
            (CHECK, self.tr("On the WhatsApp Business Platform for at least 30 days")),
            (
                CHECK,
                self.tr(
                    "Notable: press articles or other public links about the business "
                    "(not paid or promotional)"
                ),
            ),
        ]
        self.oba_items.setText("\n".join(f"{mark}  {text}" for mark, text in items))
