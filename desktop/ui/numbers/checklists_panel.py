"""The official-business-account (blue badge) checklist for the selected number, and the
migration checklist for moving a number from another provider or another WABA.

What WABA Desk knows (display name approved, two-step verification on, not a test number)
is ticked from the number's state; what only Meta or the owner knows is marked "check".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.numbers.accounts_tree import NumberNode
from desktop.services.numbers.badge import (
    BadgeApi,
    BadgeRequest,
    RequestState,
    request_badge,
    request_state,
)
from desktop.services.numbers.onboarding import OnboardingError
from desktop.services.templates.transfer import TemplateTransfer
from desktop.ui.i18n import render
from desktop.ui.task_scope import UiTaskScope

DONE, MISSING, CHECK = "✓", "✗", "?"


def _plain(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ChecklistsPanel(QScrollArea):
    # emitted after a badge request was accepted by Meta (the page syncs to show its state)
    badge_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        badges: BadgeApi | None = None,
        transfer: TemplateTransfer | None = None,
    ) -> None:
        super().__init__(parent)
        self._transfer = transfer
        self.setObjectName("checklistsPanel")
        self._tasks = UiTaskScope(self)
        self._badges = badges
        self._number: NumberNode | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.oba_box = QGroupBox(self.tr("Official business account (blue badge)"), body)
        oba_layout = QVBoxLayout(self.oba_box)
        self.oba_intro = _plain(self.oba_box)
        self.oba_intro.setObjectName("hint")
        self.oba_items = _plain(self.oba_box)
        self.oba_state = _plain(self.oba_box)
        self.oba_state.setObjectName("oba_state")
        oba_layout.addWidget(self.oba_intro)
        oba_layout.addWidget(self.oba_state)
        oba_layout.addWidget(self.oba_items)
        self.request_box = self._build_request_form(body)
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
        self.copy_box = self._build_copy_box(migration_box)
        migration_layout.addWidget(self.copy_box)
        layout.addWidget(self.oba_box)
        layout.addWidget(self.request_box)
        layout.addWidget(migration_box)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_number(None)

    def _build_request_form(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Request the badge"), parent)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.website = QLineEdit(box)
        self.website.setPlaceholderText("https://")
        self.links = QPlainTextEdit(box)
        self.links.setPlaceholderText(
            self.tr("One per line: news articles or public pages about the business")
        )
        self.links.setFixedHeight(72)
        self.country = QLineEdit(box)
        self.country.setPlaceholderText(self.tr("e.g. Japan"))
        self.language = QLineEdit(box)
        self.language.setPlaceholderText(self.tr("e.g. Japanese"))
        self.request_button = QPushButton(self.tr("Send the request to Meta"), box)
        self.request_button.clicked.connect(self._request_clicked)
        self.request_result = _plain(box)
        form.addRow(self.tr("Business website"), self.website)
        form.addRow(self.tr("Links that show it is well known"), self.links)
        form.addRow(self.tr("Main country"), self.country)
        form.addRow(self.tr("Main language"), self.language)
        form.addRow(self.request_button)
        form.addRow(self.request_result)
        box.setVisible(False)
        return box

    def _build_copy_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Re-create templates in another account"), parent)
        self.copy_from = QComboBox(box)
        self.copy_to = QComboBox(box)
        for combo in (self.copy_from, self.copy_to):  # long names must not widen the page
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.copy_button = QPushButton(self.tr("Export and re-create…"), box)
        self.copy_button.setToolTip(
            self.tr(
                "Saves the templates of the first account to a file, checks each against "
                "Meta's rules, and submits it to the second account"
            )
        )
        self.copy_button.clicked.connect(self._copy_clicked)
        self.copy_results = QPlainTextEdit(box)
        self.copy_results.setReadOnly(True)
        self.copy_results.setObjectName("copyResults")
        self.copy_results.setMinimumHeight(120)
        self.copy_results.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From"), box))
        row.addWidget(self.copy_from, 1)
        row.addWidget(QLabel(self.tr("to"), box))
        row.addWidget(self.copy_to, 1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.copy_results)
        box.setVisible(self._transfer is not None)
        return box

    def set_wabas(self, wabas: list[tuple[str, str]]) -> None:
        """``(waba_id, name)`` of every account, for copying templates between them."""
        for combo, fallback in ((self.copy_from, 0), (self.copy_to, 1)):
            current = combo.currentData()
            combo.clear()
            for waba_id, name in wabas:
                combo.addItem(f"{name} ({waba_id})", waba_id)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else min(fallback, combo.count() - 1))
        self.copy_button.setEnabled(len(wabas) > 1)

    def _copy_clicked(self) -> None:
        source, target = self.copy_from.currentData(), self.copy_to.currentData()
        if not source or not target:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the exported templates"),
            f"templates-{source}.json",
            self.tr("Template files (*.json)"),
        )
        if path:
            self._tasks.spawn(self.copy_templates(str(source), str(target), path), name="copy")

    async def copy_templates(self, source: str, target: str, path: str) -> None:
        if self._transfer is None:
            return
        self.copy_results.setVisible(True)
        if source == target:
            self.copy_results.setPlainText(self.tr("Choose two different accounts."))
            return
        self.copy_button.setEnabled(False)
        self.copy_results.setPlainText(self.tr("Exporting and submitting…"))
        try:
            results = await self._transfer.copy(source, target, path)
        except OSError as exc:
            self.copy_results.setPlainText(
                self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return
        finally:
            self.copy_button.setEnabled(True)
        lines = [self.tr("Saved to {path}.").format(path=path)]
        if not results:
            lines.append(self.tr("The first account has no templates on this computer."))
        lines.extend(
            f"{r.name} ({r.language}): {r.render(QCoreApplication.translate)}" for r in results
        )
        self.copy_results.setPlainText("\n".join(lines))

    def state_text(self, state: RequestState) -> str:
        return {
            "not_requested": self.tr("Request: not requested yet."),
            "pending": self.tr("Request: waiting for Meta's review (usually a few days)."),
            "approved": self.tr("Request: approved. The number shows the blue badge."),
            "rejected": self.tr(
                "Request: refused by Meta. Ask again after 30 days, with stronger links "
                "about the business."
            ),
        }[state]

    def current_state(self) -> RequestState:
        number = self._number
        if number is None:
            return "not_requested"
        return request_state(number.oba_status, number.is_official_business_account)

    def _request_clicked(self) -> None:
        if self._number is not None:
            self._tasks.spawn(self.send_request(self._number.id), name="badge-request")

    async def send_request(self, number_id: str) -> None:
        if self._badges is None:
            return
        request = BadgeRequest(
            business_website_url=self.website.text(),
            supporting_links=tuple(self.links.toPlainText().splitlines()),
            primary_country_of_operation=self.country.text(),
            primary_language=self.language.text(),
        )
        try:
            await request_badge(self._badges, number_id, request, self.current_state())
        except OnboardingError as exc:
            self.request_result.setObjectName("errorText")
            self.request_result.setText(render(exc.phrase))
        else:
            self.request_result.setObjectName("hint")
            self.request_result.setText(
                self.tr("Request sent. Meta reviews it and answers here, usually within days.")
            )
            self.badge_requested.emit()
        self.request_result.style().unpolish(self.request_result)
        self.request_result.style().polish(self.request_result)

    def show_number(self, number: NumberNode | None) -> None:
        if number is None or (self._number is not None and number.id != self._number.id):
            self.request_result.clear()
        self._number = number
        if number is None:
            self.oba_intro.setText(self.tr("Choose a number to see what it still needs."))
            self.oba_items.setText("")
            self.oba_state.setText("")
            self.request_box.setVisible(False)
            return
        state = self.current_state()
        self.oba_state.setText(self.state_text(state))
        self.request_box.setVisible(
            self._badges is not None and state in ("not_requested", "rejected")
        )
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
                    "it below (or in WhatsApp Manager) when every item is met; after a "
                    "refusal, wait 30 days before asking again."
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
