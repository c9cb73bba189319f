"""The Numbers page: business → WABAs → numbers, each number's state in words, its quality
history, restrictions with what to do, and click-to-chat.

It reads through ``desktop.services.numbers`` on the DB thread, refreshes from the API on
demand, and follows webhooks live through the event bus. Quality drops and restrictions are
announced by ``desktop.services.numbers.alerts`` (status bar, desktop notification).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.db import Database
from desktop.services.cloud_api import CloudApiError
from desktop.services.events import NumbersChanged
from desktop.services.numbers import management
from desktop.services.numbers.accounts_tree import (
    NO_BUSINESS,
    BusinessNode,
    NumberNode,
    WabaNode,
    all_numbers,
    load_accounts_tree,
)
from desktop.services.numbers.add_waba import WabaAdder
from desktop.services.numbers.badge import BadgeApi
from desktop.services.numbers.channels import ChannelInfo, Channels
from desktop.services.numbers.click_to_chat import region_of
from desktop.services.numbers.history import quality_history
from desktop.services.numbers.management import ManagementApi
from desktop.services.numbers.onboarding import NumberOnboardingFlow, OnboardingError
from desktop.services.numbers.profile import ProfileApi
from desktop.services.numbers.profile_photo import PhotoApi
from desktop.services.numbers.sandbox_controls import SandboxControls
from desktop.services.templates.transfer import TemplateTransfer
from desktop.ui.bus import QtEventBus
from desktop.ui.i18n import render
from desktop.ui.numbers import labels
from desktop.ui.numbers.add_number_dialog import AddNumberDialog
from desktop.ui.numbers.app_or_api_help import AppOrApiHelp
from desktop.ui.numbers.channel_box import ChannelBox
from desktop.ui.numbers.checklists_panel import ChecklistsPanel
from desktop.ui.numbers.click_to_chat_panel import ClickToChatPanel
from desktop.ui.numbers.profile_editor import ProfileEditor
from desktop.ui.numbers.quality_chart import COLOUR, QualityHistoryChart
from desktop.ui.numbers.test_environment_panel import TestEnvironmentPanel
from desktop.ui.task_scope import UiTaskScope

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "business" | "waba" | "number"
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class NumbersServices:
    """What the Numbers page uses: the local database, an account refresh from the API, the
    add-number use case and, in sandbox mode only, the test-environment controls."""

    db: Database
    refresh_accounts: Callable[[], Awaitable[None]]
    onboarding: NumberOnboardingFlow | None = None
    sandbox_controls: SandboxControls | None = None
    profiles: ProfileApi | None = None
    management: ManagementApi | None = None
    channels: Channels | None = None
    badges: BadgeApi | None = None
    templates: TemplateTransfer | None = None
    photos: PhotoApi | None = None
    add_waba: WabaAdder | None = None  # live mode only


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    # a light ring keeps the dot visible on a selected row of the same colour
    painter.setPen(QPen(QColor(255, 255, 255, 200), 1.2))
    painter.drawEllipse(QRectF(1, 1, 10, 10))
    painter.end()
    return QIcon(pixmap)


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class NumbersPage(QWidget):
    # payload: a sentence for the status bar (a refresh failure, a saved QR code)
    notice = Signal(str)
    # emitted after the tree was (re)loaded from the database
    loaded = Signal()

    def __init__(
        self, services: NumbersServices, bus: QtEventBus | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = UiTaskScope(self)
        self.setObjectName("numbersPage")
        self._services = services
        self._tree: list[BusinessNode] = []
        self._numbers: dict[str, NumberNode] = {}
        self._channels: dict[str, ChannelInfo] = {}
        self._wabas: dict[str, WabaNode] = {}
        self._selected: tuple[str, str] | None = None
        self._reload_pending = False
        self._loading = False

        self.title = QLabel(self.tr("Numbers and accounts"), self)
        self.title.setObjectName("pageTitle")
        self.busy = QLabel(self)
        self.busy.setObjectName("hint")
        self.busy.setTextFormat(Qt.TextFormat.PlainText)
        self.refresh_button = QPushButton(self.tr("Refresh from WhatsApp"), self)
        self.refresh_button.setToolTip(
            self.tr("Fetch every account and number again from the WhatsApp Business Platform")
        )
        self.refresh_button.clicked.connect(
            lambda: self._tasks.spawn(self.refresh(), name="numbers-refresh")
        )
        self.add_button = QPushButton(self.tr("Add a number…"), self)
        self.add_button.setVisible(services.onboarding is not None)
        self.add_button.clicked.connect(
            lambda: self._tasks.spawn(self.open_add_number(), name="add-number")
        )
        self.add_waba_button = QPushButton(self.tr("Add an account by id…"), self)
        self.add_waba_button.setVisible(services.add_waba is not None)
        self.add_waba_button.setToolTip(
            self.tr(
                "Add a WhatsApp Business Account by its id, after checking the token reaches it"
            )
        )
        self.add_waba_button.clicked.connect(self._ask_waba_id)
        self.account_result = _value_label(self)
        self.account_result.setVisible(False)
        self.help_button = QPushButton(self.tr("Business app or API?"), self)
        self.help_button.clicked.connect(lambda: AppOrApiHelp(self).exec())
        self.add_dialog: AddNumberDialog | None = None

        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("accountsTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)  # number rows have two lines
        self.tree.setIconSize(QSize(12, 12))
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.selectionModel().currentChanged.connect(self._on_current)

        self.tabs = QTabWidget(self)
        self.click_to_chat = ClickToChatPanel(self)
        self.click_to_chat.notice.connect(self.notice)
        self.overview = self._build_overview()
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.click_to_chat, self.tr("Click to chat"))
        self.profile = ProfileEditor(lambda: services.profiles, self, lambda: services.photos)
        self.profile.notice.connect(self.notice)
        self.tabs.addTab(self.profile, self.tr("Business profile"))
        self.checklists = ChecklistsPanel(self, services.badges, services.templates)
        self.checklists.badge_requested.connect(
            lambda: self._tasks.spawn(self.refresh(), name="numbers-refresh")
        )
        self.tabs.addTab(self.checklists, self.tr("Badge and migration"))
        self.test_environment: TestEnvironmentPanel | None = None
        if services.sandbox_controls is not None:
            self.test_environment = TestEnvironmentPanel(services.sandbox_controls, self)
            self.test_environment.badge_decided.connect(
                lambda: self._tasks.spawn(self.refresh(), name="numbers-refresh")
            )
            self.tabs.addTab(self.test_environment, self.tr("Test environment"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("numbersSplitter")
        splitter.addWidget(self.tree)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([280, 660])
        splitter.setChildrenCollapsible(False)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.busy)
        header.addWidget(self.help_button)
        header.addWidget(self.add_waba_button)
        header.addWidget(self.add_button)
        header.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(header)
        layout.addWidget(self.account_result)
        layout.addWidget(splitter, 1)

        if bus is not None:
            bus.numbers_changed.connect(self._on_numbers_changed)
        elif self.channel_box is not None:
            self.channel_box.changed.connect(lambda: self._on_numbers_changed(None))

    # -- building ---------------------------------------------------------------------------
    def _build_overview(self) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setObjectName("numberOverview")
        body = QWidget(scroll)
        layout = QVBoxLayout(body)

        self.heading = QLabel(body)
        self.heading.setObjectName("threadTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.subheading = _value_label(body)
        self.subheading.setObjectName("hint")
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)

        self.details_box = QGroupBox(self.tr("This number"), body)
        self.form = QFormLayout(self.details_box)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, title in (
            ("display", self.tr("Phone number")),
            ("name", self.tr("Display name")),
            ("code", self.tr("Number verification")),
            ("status", self.tr("Connection")),
            ("quality", self.tr("Quality rating")),
            ("limit", self.tr("Messaging limit")),
            ("throughput", self.tr("Throughput")),
            ("platform", self.tr("Platform")),
            ("test", self.tr("Test number")),
            ("oba", self.tr("Official business account")),
            ("coexistence", self.tr("Also in the WhatsApp Business app")),
            ("pin", self.tr("Two-step verification PIN")),
        ):
            value = _value_label(self.details_box)
            self.fields[key] = value
            self.form.addRow(title, value)
        layout.addWidget(self.details_box)
        self.history_box = QGroupBox(self.tr("Quality history (kept on this computer)"), body)
        history_layout = QVBoxLayout(self.history_box)
        self.chart = QualityHistoryChart(self.history_box)
        history_layout.addWidget(self.chart)
        layout.addWidget(self.history_box)

        self.channel_box: ChannelBox | None = None
        if self._services.channels is not None:
            self.channel_box = ChannelBox(self._services.channels, body)
            layout.addWidget(self.channel_box)

        self.manage_box = QGroupBox(self.tr("Manage this number"), body)
        manage = QVBoxLayout(self.manage_box)
        manage_row = QHBoxLayout()
        self.rename_button = QPushButton(self.tr("Change display name…"), self.manage_box)
        self.rename_button.clicked.connect(self._ask_rename)
        self.pin_button = QPushButton(self.tr("Change PIN…"), self.manage_box)
        self.pin_button.clicked.connect(self._ask_pin)
        self.deregister_button = QPushButton(self.tr("Deregister…"), self.manage_box)
        self.deregister_button.clicked.connect(self._ask_deregister)
        for button in (self.rename_button, self.pin_button, self.deregister_button):
            manage_row.addWidget(button)
        manage_row.addStretch(1)
        manage.addLayout(manage_row)
        self.manage_result = _value_label(self.manage_box)
        manage.addWidget(self.manage_result)
        self.manage_box.setVisible(False)
        layout.addWidget(self.manage_box)

        self.account_box = QGroupBox(self.tr("Account standing"), body)
        account_layout = QVBoxLayout(self.account_box)
        self.account_text = _value_label(self.account_box)
        account_layout.addWidget(self.account_text)
        layout.addWidget(self.account_box)

        layout.addStretch(1)

        self.empty = QLabel(
            self.tr("No accounts yet. Press “Refresh from WhatsApp” to fetch them."), body
        )
        self.empty.setObjectName("placeholder")
        self.empty.setWordWrap(True)
        layout.insertWidget(0, self.empty)
        scroll.setWidget(body)
        self._show_nothing()
        return scroll

    # -- loading ------------------------------------------------------------------------------
    async def load(self) -> None:
        """Read the accounts tree (and the channels) from the database."""
        if self._loading:
            self._reload_pending = True
            return
        self._loading = True
        try:
            while True:
                self._reload_pending = False
                tree = await self._services.db.run(load_accounts_tree)
                if self._services.channels is not None:
                    self._channels = await self._services.channels.all()
                self._apply_tree(tree)
                if not self._reload_pending:
                    break
        finally:
            self._loading = False
        self.loaded.emit()

    async def open_add_number(self) -> None:
        """Open the add-number steps, at the step an unfinished flow stopped at."""
        if self._services.onboarding is None:
            return
        wabas = [(w.id, w.name) for w in self._wabas.values()]
        regions = {
            w.id: next(filter(None, (region_of(n.display_phone_number) for n in w.numbers)), None)
            for w in self._wabas.values()
        }
        anywhere = next(filter(None, regions.values()), None)
        dialog = AddNumberDialog(
            self._services.onboarding,
            wabas,
            self,
            after_register=self.refresh,
            regions={waba_id: region or anywhere for waba_id, region in regions.items()},
        )
        self.add_dialog = dialog
        await dialog.resume()
        dialog.open()

    def _ask_waba_id(self) -> None:
        waba_id, ok = QInputDialog.getText(
            self,
            self.tr("Add an account by id"),
            self.tr(
                "WhatsApp Business Account id (WhatsApp Manager → Account tools → Business info). "
                "WABA Desk first checks that the access token reaches it."
            ),
        )
        if ok and waba_id.strip():
            self._tasks.spawn(self.add_waba(waba_id), name="add-waba")

    async def add_waba(self, waba_id: str) -> None:
        adder = self._services.add_waba
        if adder is None:
            return
        self.add_waba_button.setEnabled(False)
        self.account_result.setVisible(True)
        self.account_result.setObjectName("hint")
        self.account_result.setText(self.tr("Checking the access token with Meta…"))
        try:
            check = await adder.add(waba_id)
        except CloudApiError as exc:
            self.account_result.setObjectName("errorText")
            self.account_result.setText(render(exc.advice))
            return
        finally:
            self.add_waba_button.setEnabled(True)
            self.account_result.style().unpolish(self.account_result)
            self.account_result.style().polish(self.account_result)
        if check.ok:
            self.account_result.setText(
                self.tr("Added {name} ({id}): its numbers and templates are listed now.").format(
                    name=check.name or check.waba_id, id=check.waba_id
                )
            )
            await self.load()
            return
        self.account_result.setObjectName("errorText")
        self.account_result.setText(
            self.tr("Account {id} was not added:").format(id=check.waba_id)
            + "\n"
            + "\n".join(f"• {render(p)}" for p in check.problems)
        )
        self.account_result.style().unpolish(self.account_result)
        self.account_result.style().polish(self.account_result)

    async def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self.busy.setText(self.tr("Refreshing…"))
        try:
            await self._services.refresh_accounts()
        except CloudApiError as exc:
            self.busy.setText("")
            self.notice.emit(self.tr("Refresh failed: {reason}").format(reason=render(exc.advice)))
            return
        finally:
            self.refresh_button.setEnabled(True)
        self.busy.setText(
            self.tr("Updated at {time}").format(time=datetime.now().strftime("%H:%M"))
        )
        await self.load()

    def _on_numbers_changed(self, _event: NumbersChanged | None) -> None:
        self._tasks.spawn(self.load(), name="numbers-reload")

    def _apply_tree(self, tree: list[BusinessNode]) -> None:
        self._tree = tree
        self._numbers = all_numbers(tree)
        self._wabas = {w.id: w for b in tree for w in b.wabas}
        self._rebuild_model()
        self.checklists.set_wabas([(w.id, w.name) for w in self._wabas.values()])
        self._restore_selection()
        if self.test_environment is not None:
            self.test_environment.set_numbers(
                [
                    (n.id, f"{n.verified_name or ''} · {n.display_phone_number}".strip(" ·"))
                    for n in self._numbers.values()
                ]
            )
            self._tasks.spawn(self.test_environment.load(), name="test-environment")

    def _rebuild_model(self) -> None:
        self.model.clear()
        root = self.model.invisibleRootItem()
        for business in self._tree:
            b_item = QStandardItem(self._business_title(business))
            b_item.setData("business", KIND_ROLE)
            b_item.setData(business.id, ID_ROLE)
            b_item.setToolTip(b_item.text())
            root.appendRow(b_item)
            for waba in business.wabas:
                w_item = QStandardItem(waba.name)
                w_item.setData("waba", KIND_ROLE)
                w_item.setData(waba.id, ID_ROLE)
                w_item.setToolTip(waba.name)
                if waba.restrictions or waba.ban_state:
                    w_item.setIcon(_dot(COLOUR["RED"]))
                b_item.appendRow(w_item)
                for number in waba.numbers:
                    channel = self._channels.get(number.id)
                    name = (
                        channel.name
                        if channel is not None and channel.named
                        else number.verified_name or number.display_phone_number
                    )
                    # two lines: the name, then the number, both readable in a narrow tree
                    text = f"{name}\n{number.display_phone_number}"
                    n_item = QStandardItem(text)
                    n_item.setData("number", KIND_ROLE)
                    n_item.setData(number.id, ID_ROLE)
                    n_item.setToolTip(text)
                    n_item.setIcon(_dot(COLOUR.get(number.quality_rating or "", "#8696a0")))
                    w_item.appendRow(n_item)
        self.tree.expandAll()
        self.empty.setVisible(not self._tree)

    def _business_title(self, business: BusinessNode) -> str:
        if business.id == NO_BUSINESS:
            return self.tr("Accounts added by id")
        if not business.name or business.name == business.id:
            return self.tr("Business portfolio {id}").format(id=business.id)
        return business.name

    def _restore_selection(self) -> None:
        target = self._selected
        first_number: QModelIndex | None = None
        for b_row in range(self.model.rowCount()):
            b_index = self.model.index(b_row, 0)
            for w_row in range(self.model.rowCount(b_index)):
                w_index = self.model.index(w_row, 0, b_index)
                if target == ("waba", w_index.data(ID_ROLE)):
                    self.tree.setCurrentIndex(w_index)
                    return
                for n_row in range(self.model.rowCount(w_index)):
                    n_index = self.model.index(n_row, 0, w_index)
                    if first_number is None:
                        first_number = n_index
                    if target == ("number", n_index.data(ID_ROLE)):
                        self.tree.setCurrentIndex(n_index)
                        return
            if target == ("business", b_index.data(ID_ROLE)):
                self.tree.setCurrentIndex(b_index)
                return
        if first_number is not None:
            self.tree.setCurrentIndex(first_number)
        else:
            self._show_nothing()

    # -- selection ----------------------------------------------------------------------------
    def select_number(self, phone_number_id: str) -> None:
        self._selected = ("number", phone_number_id)
        self._restore_selection()

    def select_account(self, subject_id: str) -> None:
        """A number or a WABA by its id (what an account alert names)."""
        kind = "waba" if subject_id in self._wabas and subject_id not in self._numbers else "number"
        self._selected = (kind, subject_id)
        self._restore_selection()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        kind, ident = current.data(KIND_ROLE), current.data(ID_ROLE)
        if not kind:
            return
        self._selected = (str(kind), str(ident))
        if kind == "number" and ident in self._numbers:
            self._show_number(self._numbers[ident])
        elif kind == "waba" and ident in self._wabas:
            self._show_waba(self._wabas[ident])
        elif kind == "business":
            business = next((b for b in self._tree if b.id == ident), None)
            if business is not None:
                self._show_business(business)

    def _show_nothing(self) -> None:
        self.heading.setText(self.tr("Choose a number"))
        self.subheading.setText("")
        self.details_box.hide()
        self.manage_box.hide()
        self.account_box.hide()
        self.history_box.hide()
        self.click_to_chat.set_number(None)
        self._no_number()

    def _no_number(self) -> None:
        if self.channel_box is not None:
            self.channel_box.hide()
        if hasattr(self, "profile"):
            self.profile.set_number(None)
            self.checklists.show_number(None)

    def _show_business(self, business: BusinessNode) -> None:
        self.heading.setText(self._business_title(business))
        lines = [
            self.tr("Messaging limit of the whole business: {limit}").format(
                limit=labels.messaging_limit(business.messaging_limit_tier)
            )
        ]
        if business.max_phone_numbers:
            lines.append(
                self.tr("Phone numbers it may register: {n}").format(n=business.max_phone_numbers)
            )
        count = sum(len(w.numbers) for w in business.wabas)
        lines.append(
            self.tr("{wabas} WhatsApp Business Accounts, {numbers} numbers").format(
                wabas=len(business.wabas), numbers=count
            )
        )
        self.subheading.setText("\n".join(lines))
        self.details_box.hide()
        self.manage_box.hide()
        self.history_box.hide()
        self.account_box.hide()
        self.click_to_chat.set_number(None)
        self._no_number()

    def _show_waba(self, waba: WabaNode) -> None:
        self.heading.setText(waba.name)
        self.subheading.setText(
            self.tr("WhatsApp Business Account {id} · {count} numbers").format(
                id=waba.id, count=len(waba.numbers)
            )
        )
        self.details_box.hide()
        self.manage_box.hide()
        self.history_box.hide()
        self._show_standing(waba)
        self.click_to_chat.set_number(None)
        self._no_number()

    def _show_number(self, number: NumberNode) -> None:
        waba = self._wabas.get(number.waba_id)
        self.heading.setText(number.verified_name or number.display_phone_number)
        self.subheading.setText(
            self.tr("In {waba}").format(waba=waba.name if waba else number.waba_id)
        )
        f = self.fields
        f["display"].setText(number.display_phone_number)
        f["name"].setText(
            f"{number.verified_name or '—'} · {labels.name_status(number.name_status)}"
        )
        f["code"].setText(labels.code_status(number.code_verification_status))
        f["status"].setText(labels.status(number.status))
        f["quality"].setText(labels.quality(number.quality_rating))
        f["limit"].setText(
            self.tr("{limit} (shared by every number of the business)").format(
                limit=labels.messaging_limit(number.messaging_limit_tier)
            )
        )
        f["throughput"].setText(labels.throughput(number.throughput_mps, number.is_on_biz_app))
        f["platform"].setText(labels.platform(number.platform_type))
        f["test"].setText(
            self.tr("Yes: it can message only up to 5 allowed recipients")
            if number.is_test
            else self.tr("No")
        )
        f["oba"].setText(labels.yes_no(number.is_official_business_account))
        f["coexistence"].setText(
            self.tr("Yes: messages are shared with the app on the phone (20 messages a second)")
            if number.is_on_biz_app
            else labels.yes_no(number.is_on_biz_app)
        )
        f["pin"].setText(
            labels.yes_no(number.is_pin_enabled)
            if number.is_pin_enabled is not None
            else self.tr("Not reported yet")
        )
        self.details_box.show()
        if self.channel_box is not None:
            labels_of = {n.id: self._number_label(n) for n in self._numbers.values()}
            info = self._channels.get(number.id)
            others = [
                (n.id, labels_of[n.id])
                for n in self._numbers.values()
                if n.id != number.id and (info is None or n.id not in info.numbers)
            ]
            self.channel_box.show_channel(number.id, info, others, labels_of)
            self.channel_box.show()
        self.manage_box.setVisible(self._services.management is not None)
        self.manage_result.clear()
        if waba is not None:
            self._show_standing(waba)
        self.history_box.show()
        self.click_to_chat.set_number(number.display_phone_number)
        self.profile.set_number(number.id, number.verified_name or "", number.display_phone_number)
        self.checklists.show_number(number)
        self._tasks.spawn(self._load_history(number.id), name="numbers-history")

    @staticmethod
    def _number_label(number: NumberNode) -> str:
        return f"{number.verified_name or ''} · {number.display_phone_number}".strip(" ·")

    def _show_standing(self, waba: WabaNode) -> None:
        lines: list[str] = []
        ban = labels.ban(waba.ban_state, waba.ban_date)
        if ban:
            lines.append(ban)
        lines.extend(labels.restriction(r) for r in waba.restrictions)
        violation = labels.violation(waba.violation_type)
        if violation:
            lines.append(violation)
        if waba.account_review_status and waba.account_review_status != "APPROVED":
            lines.append(
                self.tr("Account review: {state}").format(
                    state=labels.account_review(waba.account_review_status)
                )
            )
        if not lines:
            lines.append(self.tr("No restrictions: this account can send normally."))
        self.account_text.setText("\n\n".join(lines))
        self.account_box.show()

    # -- managing a number ---------------------------------------------------------------------
    def _current_number(self) -> NumberNode | None:
        if self._selected and self._selected[0] == "number":
            return self._numbers.get(self._selected[1])
        return None

    def _ask_rename(self) -> None:
        number = self._current_number()
        if number is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Change display name"),
            self.tr(
                "New display name for {number}. Meta reviews it again; once approved, "
                "register the number again within 14 days."
            ).format(number=number.display_phone_number),
            text=number.verified_name or "",
        )
        if ok and name:
            self._tasks.spawn(self.rename_number(number.id, name), name="rename-number")

    def _ask_pin(self) -> None:
        number = self._current_number()
        if number is None:
            return
        title = self.tr("Change PIN")
        pin, ok = QInputDialog.getText(
            self,
            title,
            self.tr("New 6-digit two-step verification PIN"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        repeat, ok = QInputDialog.getText(
            self, title, self.tr("The same PIN again"), QLineEdit.EchoMode.Password
        )
        if ok:
            self._tasks.spawn(self.change_number_pin(number.id, pin, repeat), name="change-pin")

    def _ask_deregister(self) -> None:
        number = self._current_number()
        if number is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Deregister"),
            self.tr(
                "Deregister {number}? It stops sending and receiving until it is registered "
                "again; its history stays here. Meta allows 10 register or deregister "
                "requests in 72 hours."
            ).format(number=number.display_phone_number),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._tasks.spawn(self.deregister_number(number.id), name="deregister-number")

    async def rename_number(self, number_id: str, new_name: str) -> None:
        await self._manage(
            management.change_display_name(self._management(), number_id, new_name),
            self.tr("New display name submitted: Meta reviews it, usually within a day."),
        )

    async def change_number_pin(self, number_id: str, pin: str, repeat: str) -> None:
        await self._manage(
            management.change_pin(self._management(), number_id, pin, repeat),
            self.tr("Two-step verification PIN changed. Keep it somewhere safe."),
        )

    async def deregister_number(self, number_id: str) -> None:
        number = self._numbers.get(number_id)
        await self._manage(
            management.deregister(
                self._management(),
                number_id,
                coexistence=bool(number and number.is_on_biz_app),
            ),
            self.tr("Deregistered. Register it again with “Add a number…” to use it."),
        )

    def _management(self) -> ManagementApi:
        assert self._services.management is not None
        return self._services.management

    async def _manage(self, action: Awaitable[None], done: str) -> None:
        self.manage_result.setObjectName("hint")
        try:
            await action
        except OnboardingError as exc:
            self.manage_result.setObjectName("errorText")
            self.manage_result.setText(render(exc.phrase))
        else:
            self.manage_result.setText(done)
            self._tasks.spawn(self.refresh(), name="numbers-refresh")
        self.manage_result.style().unpolish(self.manage_result)
        self.manage_result.style().polish(self.manage_result)

    async def _load_history(self, number_id: str) -> None:
        readings = await self._services.db.run(quality_history, number_id)
        if self._selected != ("number", number_id):
            return
        self.chart.show_history(readings, datetime.now(UTC))
