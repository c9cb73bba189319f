"""Sandbox only: the test number's allowed recipients (cap 5) and events on demand.

Meta's test numbers may message only the recipients listed in API Setup; the sandbox keeps
the same rule. Quality drops and limit changes arrive as real webhooks, so the rest of the
page (and the status bar notice) behaves exactly as it would with a live number.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.numbers.click_to_chat import InvalidPhoneNumber, chat_link
from desktop.services.numbers.sandbox_controls import (
    ALLOWED_RECIPIENTS_CAP,
    SandboxControlError,
    SandboxControls,
    TestNumber,
)
from desktop.ui.i18n import render
from desktop.ui.numbers import labels
from desktop.ui.task_scope import UiTaskScope

TIERS = ("TIER_250", "TIER_2K", "TIER_10K", "TIER_100K", "TIER_UNLIMITED")


class TestEnvironmentPanel(QWidget):
    # emitted after a badge decision (the app syncs to see a refusal, which has no webhook)
    badge_decided = Signal()

    def __init__(self, controls: SandboxControls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = UiTaskScope(self)
        self.setObjectName("testEnvironmentPanel")
        self._controls = controls
        self._test_numbers: list[TestNumber] = []

        intro = QLabel(
            self.tr(
                "The sandbox behaves like Meta's test setup: a test number can message only "
                "the recipients listed here, at most {cap}. The buttons below make WhatsApp "
                "events happen now, so you can see how WABA Desk reacts."
            ).format(cap=ALLOWED_RECIPIENTS_CAP),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setObjectName("hint")

        recipients_box = QGroupBox(self.tr("Allowed recipients of the test number"), self)
        self.test_number = QComboBox(recipients_box)
        self.test_number.currentIndexChanged.connect(self._show_recipients)
        self.recipients = QListWidget(recipients_box)
        self.recipients.setObjectName("allowedRecipients")
        self.recipients.setMaximumHeight(130)
        self.new_recipient = QLineEdit(recipients_box)
        self.new_recipient.setPlaceholderText(self.tr("+1 650 555 1234"))
        self.add_button = QPushButton(self.tr("Add"), recipients_box)
        self.add_button.clicked.connect(lambda: self._run(self._add()))
        self.remove_button = QPushButton(self.tr("Remove the selected one"), recipients_box)
        self.remove_button.clicked.connect(lambda: self._run(self._remove()))
        self.count = QLabel(recipients_box)
        self.count.setObjectName("hint")
        box = QVBoxLayout(recipients_box)
        box.addWidget(self.test_number)
        box.addWidget(self.recipients)
        row = QHBoxLayout()
        row.addWidget(self.new_recipient, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        box.addLayout(row)
        box.addWidget(self.count)

        events_box = QGroupBox(self.tr("Make something happen"), self)
        self.event_number = QComboBox(events_box)
        self.drop_button = QPushButton(self.tr("Quality drops to low"), events_box)
        self.drop_button.clicked.connect(lambda: self._run(self._quality("RED")))
        self.recover_button = QPushButton(self.tr("Quality recovers"), events_box)
        self.recover_button.clicked.connect(lambda: self._run(self._quality("GREEN")))
        self.tier = QComboBox(events_box)
        for tier in TIERS:
            self.tier.addItem(labels.messaging_limit(tier), tier)
        self.limit_button = QPushButton(self.tr("Change the business's limit"), events_box)
        self.limit_button.clicked.connect(lambda: self._run(self._limit()))
        self.approve_badge_button = QPushButton(self.tr("Approve the badge request"), events_box)
        self.approve_badge_button.clicked.connect(lambda: self._run(self.decide_badge("APPROVED")))
        self.refuse_badge_button = QPushButton(self.tr("Refuse the badge request"), events_box)
        self.refuse_badge_button.clicked.connect(lambda: self._run(self.decide_badge("REJECTED")))
        events = QVBoxLayout(events_box)
        row1 = QHBoxLayout()
        row1.addWidget(self.event_number, 1)
        row1.addWidget(self.drop_button)
        row1.addWidget(self.recover_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.tier, 1)
        row2.addWidget(self.limit_button)
        row3 = QHBoxLayout()
        row3.addWidget(self.approve_badge_button)
        row3.addWidget(self.refuse_badge_button)
        row3.addStretch(1)
        events.addLayout(row1)
        events.addLayout(row2)
        events.addLayout(row3)

        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(recipients_box)
        layout.addWidget(events_box)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def set_numbers(self, numbers: list[tuple[str, str]]) -> None:
        """Numbers for the event buttons: ``(phone_number_id, label)``."""
        current = self.event_number.currentData()
        self.event_number.clear()
        for number_id, label in numbers:
            self.event_number.addItem(label, number_id)
        index = self.event_number.findData(current)
        self.event_number.setCurrentIndex(max(index, 0))

    async def load(self) -> None:
        try:
            self._test_numbers = await self._controls.test_numbers()
        except (SandboxControlError, OSError) as exc:
            self.error.setText(str(exc))
            return
        current = self.test_number.currentData()
        self.test_number.clear()
        for n in self._test_numbers:
            self.test_number.addItem(n.display_phone_number, n.phone_number_id)
        index = self.test_number.findData(current)
        self.test_number.setCurrentIndex(max(index, 0))
        self._show_recipients()

    def _show_recipients(self) -> None:
        number = next(
            (n for n in self._test_numbers if n.phone_number_id == self.test_number.currentData()),
            None,
        )
        self.recipients.clear()
        recipients = number.allowed_recipients if number else ()
        for wa_id in recipients:
            self.recipients.addItem("+" + wa_id)
        self.count.setText(
            self.tr("{n} of {cap} recipients").format(n=len(recipients), cap=ALLOWED_RECIPIENTS_CAP)
        )
        self.add_button.setEnabled(number is not None and len(recipients) < ALLOWED_RECIPIENTS_CAP)
        self.remove_button.setEnabled(bool(recipients))

    def _run(self, coro: Coroutine[Any, Any, None]) -> None:
        self._tasks.spawn(self._guarded(coro), name="test-environment")

    async def _guarded(self, coro: Coroutine[Any, Any, None]) -> None:
        self.error.clear()
        try:
            await coro
        except SandboxControlError as exc:
            self.error.setText(str(exc))
        except InvalidPhoneNumber as exc:
            self.error.setText(render(exc.phrase))

    async def _add(self) -> None:
        link = chat_link(self.new_recipient.text())
        await self._controls.allow(str(self.test_number.currentData()), link.digits)
        self.new_recipient.clear()
        await self.load()

    async def _remove(self) -> None:
        item = self.recipients.currentItem() or self.recipients.item(0)
        if item is None:
            return
        await self._controls.disallow(str(self.test_number.currentData()), item.text().lstrip("+"))
        await self.load()

    async def _quality(self, rating: str) -> None:
        number_id = self.event_number.currentData()
        if number_id:
            await self._controls.set_quality(str(number_id), rating)

    async def decide_badge(self, decision: str) -> None:
        """Meta's answer to the selected number's badge request (a refusal has no webhook)."""
        number_id = self.event_number.currentData()
        if number_id:
            await self._controls.decide_badge(str(number_id), decision)
            self.badge_decided.emit()

    async def _limit(self) -> None:
        await self._controls.set_limit(str(self.tier.currentData()))
