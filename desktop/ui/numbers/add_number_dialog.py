"""Add a number step by step: number and name, code by SMS or call, PIN and registration.

Every step is stored by ``NumberOnboardingFlow`` before the dialog moves on, so closing the
dialog or the app loses nothing: the next time it opens at the step where it stopped.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.numbers.click_to_chat import InvalidPhoneNumber
from desktop.services.numbers.onboarding import (
    NumberOnboardingFlow,
    Onboarding,
    OnboardingError,
    display_name_problems,
    split_number,
)
from desktop.ui.i18n import render
from desktop.ui.numbers.app_or_api_help import AppOrApiHelp
from desktop.ui.task_scope import UiTaskScope

STEP_PAGE = {"new": 0, "created": 1, "code_requested": 1, "verified": 2, "registered": 3}


def _text(parent: QWidget, text: str = "", name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def _mark(label: QLabel, wrong: bool) -> None:
    """Show a live check as an error (red) or as a hint (muted)."""
    name = "errorText" if wrong else "hint"
    if label.objectName() != name:
        label.setObjectName(name)
        label.style().unpolish(label)
        label.style().polish(label)


class AddNumberDialog(QDialog):
    # emitted when a number was registered (the page then refreshes from the API)
    registered = Signal()

    def __init__(
        self,
        flow: NumberOnboardingFlow,
        wabas: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        after_register: Callable[[], Awaitable[None]] | None = None,
        regions: Mapping[str, str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = UiTaskScope(self)
        # per account, the country its numbers are in: a number typed without "+81" is local
        self._regions = dict(regions or {})
        self.setObjectName("addNumberDialog")
        self.setWindowTitle(self.tr("Add a phone number"))
        self.resize(640, 560)
        self._flow = flow
        self._state: Onboarding | None = None
        self._after_register = after_register
        self._busy = False

        self.steps = _text(self, name="hint")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._number_page(wabas))
        self.pages.addWidget(self._code_page())
        self.pages.addWidget(self._pin_page())
        self.pages.addWidget(self._done_page())
        self.error = _text(self, name="errorText")
        self.error.hide()
        self.close_button = QPushButton(self.tr("Close (you can continue later)"), self)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._check_number()
        self._check_name()
        self._show_step(0)

    # -- pages ------------------------------------------------------------------------------
    def _number_page(self, wabas: list[tuple[str, str]]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.waba = QComboBox(page)
        for waba_id, name in wabas:
            self.waba.addItem(name, waba_id)
        self.waba.currentIndexChanged.connect(lambda _i: self._check_number())
        self.number = QLineEdit(page)
        self.number.setObjectName("newNumber")
        self.number.setPlaceholderText(self.tr("+81 90-1234-5678"))
        self.number.textChanged.connect(self._check_number)
        self.number_hint = _text(page, name="hint")
        self.name = QLineEdit(page)
        self.name.setObjectName("displayName")
        self.name.setMaxLength(75)
        self.name.textChanged.connect(self._check_name)
        self.name_hint = _text(page, name="hint")
        form.addRow(self.tr("Account"), self.waba)
        form.addRow(self.tr("Phone number"), self.number)
        form.addRow("", self.number_hint)
        form.addRow(self.tr("Display name"), self.name)
        form.addRow("", self.name_hint)
        conditions = _text(
            page,
            self.tr(
                "The number must belong to your business, have a country and area code, "
                "and receive an SMS or a phone call. It must not be active in the WhatsApp "
                "or WhatsApp Business app: delete that account first. To keep using it in "
                "the WhatsApp Business app as well (coexistence), connect it through a "
                "provider instead."
            ),
        )
        help_button = QPushButton(self.tr("Business app or API?"), page)
        help_button.clicked.connect(lambda: AppOrApiHelp(self).exec())
        self.add_button = QPushButton(self.tr("Add the number"), page)
        self.add_button.setObjectName("sendButton")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(lambda: self._run(self._add()))
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(conditions)
        row = QHBoxLayout()
        row.addWidget(help_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def _code_page(self) -> QWidget:
        page = QWidget(self)
        self.sms = QRadioButton(self.tr("Text message (SMS)"), page)
        self.voice = QRadioButton(self.tr("Phone call"), page)
        self.sms.setChecked(True)
        group = QButtonGroup(page)
        group.addButton(self.sms)
        group.addButton(self.voice)
        self.send_code = QPushButton(self.tr("Send the code"), page)
        self.send_code.clicked.connect(lambda: self._run(self._request_code()))
        self.resend_hint = _text(page, name="hint")
        self.code = QLineEdit(page)
        self.code.setObjectName("verificationCode")
        self.code.setPlaceholderText("123456")
        self.code.setMaxLength(7)
        self.verify_button = QPushButton(self.tr("Verify"), page)
        self.verify_button.setObjectName("sendButton")
        self.verify_button.clicked.connect(lambda: self._run(self._verify()))
        layout = QVBoxLayout(page)
        self.code_intro = _text(page)
        layout.addWidget(self.code_intro)
        layout.addWidget(self.sms)
        layout.addWidget(self.voice)
        row = QHBoxLayout()
        row.addWidget(self.send_code)
        row.addWidget(self.resend_hint, 1)
        layout.addLayout(row)
        layout.addWidget(_text(page, self.tr("Verification code")))
        row2 = QHBoxLayout()
        row2.addWidget(self.code)
        row2.addWidget(self.verify_button)
        layout.addLayout(row2)
        layout.addStretch(1)
        return page

    def _pin_page(self) -> QWidget:
        page = QWidget(self)
        self.pin = QLineEdit(page)
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)
        self.pin_again = QLineEdit(page)
        self.pin_again.setObjectName("pinAgain")
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setMaxLength(6)
        self.register_button = QPushButton(self.tr("Register the number"), page)
        self.register_button.setObjectName("sendButton")
        self.register_button.clicked.connect(lambda: self._run(self._register()))
        form = QFormLayout()
        form.addRow(self.tr("Two-step verification PIN"), self.pin)
        form.addRow(self.tr("The same PIN again"), self.pin_again)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _text(
                page,
                self.tr(
                    "Choose a 6-digit two-step verification PIN; Meta asks for it whenever "
                    "the number is registered again. If the number already has a PIN, type "
                    "that one. Forgotten? Reset it in WhatsApp Manager (Phone numbers → "
                    "Settings → Two-step verification) and come back."
                ),
            )
        )
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.register_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.done_text = _text(page)
        layout.addWidget(self.done_text)
        layout.addStretch(1)
        return page

    # -- flow -------------------------------------------------------------------------------
    async def resume(self) -> None:
        """Open at the step where an unfinished flow stopped (after a restart too)."""
        state = await self._flow.pending()
        if state is not None:
            self._state = state
            self.number.setText(state.e164)
            self.name.setText(state.display_name)
            index = self.waba.findData(state.waba_id)
            if index >= 0:
                self.waba.setCurrentIndex(index)
            self._show_step(STEP_PAGE.get(state.step, 0))

    def _show_step(self, index: int) -> None:
        titles = [
            self.tr("1. The number"),
            self.tr("2. Verification code"),
            self.tr("3. Register"),
            self.tr("Done"),
        ]
        self.steps.setText("   ›   ".join(titles[: index + 1]))
        self.pages.setCurrentIndex(index)
        if self._state is not None:
            self.code_intro.setText(
                self.tr("Meta sends a 6-digit code to {number}. Choose how:").format(
                    number=self._state.e164
                )
            )
            self.done_text.setText(
                self.tr(
                    "{number} is registered. Meta now reviews the display name “{name}”; "
                    "the number shows the outcome in the list. Until it is approved, "
                    "messages may show the number instead of the name."
                ).format(number=self._state.e164, name=self._state.display_name)
            )
        self.close_button.setText(
            self.tr("Close") if index == 3 else self.tr("Close (you can continue later)")
        )
        self._tick()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _run(self, coro: Coroutine[Any, Any, None]) -> None:
        if self._busy:
            coro.close()
            return
        self._tasks.spawn(self._guarded(coro), name="add-number")

    async def _guarded(self, coro: Coroutine[Any, Any, None]) -> None:
        self._busy = True
        self.pages.setEnabled(False)
        self._fail("")
        try:
            await coro
        except OnboardingError as exc:
            self._fail(render(exc.phrase))
        finally:
            self._busy = False
            self.pages.setEnabled(True)

    async def _add(self) -> None:
        try:
            number = split_number(self.number.text(), self._region())[0]
        except InvalidPhoneNumber:
            number = self.number.text()  # the flow says what is wrong with it
        self._state = await self._flow.start(str(self.waba.currentData()), number, self.name.text())
        self._show_step(1)

    async def _request_code(self) -> None:
        assert self._state is not None
        method = "VOICE" if self.voice.isChecked() else "SMS"
        self._state = await self._flow.request_code(self._state, method)
        self._timer.start()
        self._tick()

    async def _verify(self) -> None:
        assert self._state is not None
        self._state = await self._flow.verify(self._state, self.code.text())
        self._show_step(2)

    async def _register(self) -> None:
        assert self._state is not None
        self._state = await self._flow.register(self._state, self.pin.text(), self.pin_again.text())
        self._show_step(3)
        self.registered.emit()
        if self._after_register is not None:
            await self._after_register()

    # -- live checks ------------------------------------------------------------------------
    def _check_number(self) -> None:
        try:
            number, _, _ = split_number(self.number.text(), self._region())
        except InvalidPhoneNumber as exc:
            self.number_hint.setText(render(exc.phrase) if self.number.text() else "")
            self._number_ok = False
            _mark(self.number_hint, True)
        else:
            self.number_hint.setText(self.tr("Will be added as {number}").format(number=number))
            self._number_ok = True
            _mark(self.number_hint, False)
        self._update_add()

    def _region(self) -> str | None:
        return self._regions.get(str(self.waba.currentData()))

    def _check_name(self) -> None:
        problems = display_name_problems(self.name.text())
        self.name_hint.setText(
            "\n".join(render(p) for p in problems)
            if self.name.text()
            else self.tr("The name customers see; Meta reviews it after registration.")
        )
        self._name_ok = not problems
        _mark(self.name_hint, bool(problems) and bool(self.name.text()))  # not before typing
        self._update_add()

    def _update_add(self) -> None:
        ok = getattr(self, "_number_ok", False) and getattr(self, "_name_ok", False)
        self.add_button.setEnabled(ok and self.waba.count() > 0)

    def _tick(self) -> None:
        wait = self._state.seconds_until_resend(time.time()) if self._state else 0
        self.send_code.setEnabled(wait == 0)
        if wait:
            self.resend_hint.setText(
                self.tr("You can ask for another code in {seconds} s").format(seconds=wait)
            )
        else:
            self.resend_hint.setText(
                self.tr("Code sent. Didn't arrive? Send it again or choose a phone call.")
                if self._state is not None and self._state.step == "code_requested"
                else ""
            )
            self._timer.stop()
