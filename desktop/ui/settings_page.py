"""Settings: language, theme, and the live-mode credentials (secrets go to the keyring)."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.canned_replies import CannedReplies
from desktop.services.settings import (
    AppSettings,
    SecretStore,
    SecretStoreUnavailable,
    live_credentials,
    save_settings,
)
from desktop.services.work import PALETTE, LastAdmin, WorkDesk, WorkError
from desktop.ui.canned_replies_settings import CannedRepliesBox
from desktop.ui.desk.channels_editor import AgentChannelsEditor
from desktop.ui.i18n import render
from desktop.ui.inbox.inbox_page import colour_icon
from desktop.ui.notification_settings import NotificationSettingsBox
from desktop.ui.task_scope import UiTaskScope


class SettingsPage(QWidget):
    # emitted after a successful save (payload: the new AppSettings)
    saved = Signal(object)
    # emitted when the user asks to restart so that mode or language changes apply
    restart_requested = Signal()
    # payload: NotificationSettings, stored already; applies without a restart
    notifications_changed = Signal(object)

    def __init__(
        self, settings: AppSettings, secrets: SecretStore, mode: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._settings = settings
        self._secrets = secrets
        self._tasks = UiTaskScope(self)
        self._work: WorkDesk | None = None

        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("pageTitle")
        self.mode_hint = QLabel(self)
        self.mode_hint.setObjectName("hint")
        self.mode_hint.setWordWrap(True)
        self._show_mode(mode)

        # -- appearance
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("日本語", "ja")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.theme = QComboBox(self)
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        looks = QGroupBox(self.tr("Appearance"), self)
        looks_form = QFormLayout(looks)
        looks_form.addRow(self.tr("Language"), self.language)
        looks_form.addRow(self.tr("Theme"), self.theme)

        # -- live mode
        self.waba_ids = QLineEdit(", ".join(settings.waba_ids), self)
        self.waba_ids.setPlaceholderText(self.tr("e.g. 102290129340398, 104996122399160"))
        self.business_id = QLineEdit(settings.business_id, self)
        self.business_id.setPlaceholderText(self.tr("optional: lists every WABA of the business"))
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.app_secret = QLineEdit(self)
        self.app_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.verify_token = QLineEdit(self)
        self.verify_token.setEchoMode(QLineEdit.EchoMode.Password)
        for field, name in (
            (self.token, "access_token"),
            (self.app_secret, "app_secret"),
            (self.verify_token, "verify_token"),
        ):
            try:
                stored = secrets.get(name)
            except SecretStoreUnavailable:
                stored = None
            field.setPlaceholderText(
                self.tr("stored in the system keyring") if stored else self.tr("not set")
            )
        self.graph_version = QLineEdit(settings.graph_version, self)
        self.webhook_port = QSpinBox(self)
        self.webhook_port.setRange(1, 65535)
        self.webhook_port.setValue(settings.webhook_port or 8787)
        live = QGroupBox(self.tr("Live mode (Meta Cloud API)"), self)
        live_form = QFormLayout(live)
        live_form.addRow(self.tr("WABA ids"), self.waba_ids)
        live_form.addRow(self.tr("Business id"), self.business_id)
        live_form.addRow(self.tr("System-user access token"), self.token)
        live_form.addRow(self.tr("App secret"), self.app_secret)
        live_form.addRow(self.tr("Webhook verify token"), self.verify_token)
        live_form.addRow(self.tr("Graph API version"), self.graph_version)
        live_form.addRow(self.tr("Webhook port"), self.webhook_port)
        explain = QLabel(
            self.tr(
                "Secrets are kept only in the operating system's keyring, never in the database "
                "or logs. Expose the webhook port through your reverse proxy or tunnel and enter "
                "its https URL with the verify token in Meta's App Dashboard. Without a token, "
                "app secret and WABA id the app runs in sandbox mode."
            ),
            self,
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        live_form.addRow(explain)

        self.notifications = NotificationSettingsBox(settings.notifications, self)
        self.notifications.changed.connect(self._save_notifications)

        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.restart_button = QPushButton(self.tr("Restart to apply"), self)
        self.restart_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)

        body = QWidget(self)
        body.setMaximumWidth(860)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(24, 16, 24, 16)
        body_layout.addWidget(title)
        body_layout.addWidget(self.mode_hint)
        body_layout.addWidget(looks)
        self._body_layout = body_layout
        body_layout.addWidget(self.notifications)
        body_layout.addWidget(live)
        body_layout.addLayout(buttons)
        body_layout.addWidget(self.result)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        self.scroll_area = scroll
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.save_button.clicked.connect(self.save)
        self.restart_button.clicked.connect(self.restart_requested)

    # -- the desk: who "me" is -------------------------------------------------------------------
    def attach_work(self, work: WorkDesk) -> None:
        """Offer the agent profiles: the one chosen is "me" (the Mine view, "Assign to me")."""
        self._work = work
        box = QGroupBox(self.tr("At the desk"), self)
        box.setObjectName("deskBox")
        form = QFormLayout(box)
        self.me = QComboBox(box)
        self.me.setObjectName("meCombo")
        self.add_agent_button = QPushButton(self.tr("Add agent…"), box)
        row = QHBoxLayout()
        row.addWidget(self.me, 1)
        row.addWidget(self.add_agent_button)
        form.addRow(self.tr("I am"), row)
        hint = QLabel(
            self.tr(
                "Each person at the desk has a profile; conversations are assigned to one. "
                "The profile chosen here is you: the Mine view and “Assign to me” use it."
            ),
            box,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.admins = QListWidget(box)
        self.admins.setObjectName("adminList")
        self.admins.setMaximumHeight(84)  # four profiles; more scroll
        self.admins.setToolTip(
            self.tr("Admins may change Settings and Numbers; the others may only read them.")
        )
        form.addRow(self.tr("Admins"), self.admins)
        self.admins.itemChanged.connect(self._admin_toggled)
        edit_row = QHBoxLayout()
        self.rename_agent_button = QPushButton(self.tr("Rename…"), box)
        self.colour_agent_button = QPushButton(self.tr("Colour"), box)
        self.colour_menu = QMenu(self.colour_agent_button)
        for colour in PALETTE:
            action = self.colour_menu.addAction(colour_icon(colour), self._colour_name(colour))
            action.setData(colour)
            action.triggered.connect(lambda _c=False, c=colour: self._recolour_chosen(c))
        self.colour_agent_button.setMenu(self.colour_menu)
        self.remove_agent_button = QPushButton(self.tr("Remove…"), box)
        for button in (
            self.rename_agent_button,
            self.colour_agent_button,
            self.remove_agent_button,
        ):
            button.setToolTip(self.tr("For the profile selected in the list above"))
            button.setEnabled(False)
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        form.addRow("", edit_row)
        self.admins.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.rename_agent_button.clicked.connect(self._ask_rename)
        self.remove_agent_button.clicked.connect(self._ask_remove)
        self.agent_channels = AgentChannelsEditor(work, box)
        self.agent_channels.failed.connect(self._fail)
        form.addRow(self.tr("Channels seen"), self.agent_channels)
        index = self._body_layout.indexOf(self.notifications)
        self._body_layout.insertWidget(index, box)
        self.me.currentIndexChanged.connect(self._me_chosen)
        self.add_agent_button.clicked.connect(self._ask_agent)
        work.listeners.append(self._agents_changed)
        self._agents_changed()

    def attach_canned_replies(self, canned: CannedReplies) -> None:
        """Add, edit and delete the canned replies the composer offers."""
        self.canned_box = CannedRepliesBox(canned, self)
        index = self._body_layout.indexOf(self.notifications)
        self._body_layout.insertWidget(index, self.canned_box)

    def scroll_to_canned(self) -> None:
        """Bring the canned replies into view (opened from the composer's list)."""
        self.scroll_area.ensureWidgetVisible(self.canned_box)

    def _agents_changed(self) -> None:
        self._tasks.spawn(self._load_agents(), name="settings:agents")

    async def _load_agents(self) -> None:
        if self._work is None:
            return
        agents = await self._work.agents()
        self.me.blockSignals(True)
        self.me.clear()
        self.me.addItem(self.tr("Nobody chosen yet"), None)
        for agent in agents:
            self.me.addItem(agent.name, agent.id)
        self.me.setCurrentIndex(max(0, self.me.findData(self._work.me)))
        self.me.blockSignals(False)
        selected = self.selected_agent()
        self.admins.blockSignals(True)
        self.admins.clear()
        for agent in agents:
            item = QListWidgetItem(colour_icon(agent.colour), agent.name, self.admins)
            item.setData(Qt.ItemDataRole.UserRole, agent.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if agent.is_admin else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            if agent.id == selected:
                self.admins.setCurrentItem(item)
        self.admins.blockSignals(False)
        self._selection_changed()

    # -- editing a profile (an admin's work; every PC on the database follows) -------------------
    def selected_agent(self) -> int | None:
        item = self.admins.currentItem()
        agent_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return agent_id if isinstance(agent_id, int) else None

    def _selection_changed(self) -> None:
        chosen = self.selected_agent() is not None
        for button in (
            self.rename_agent_button,
            self.colour_agent_button,
            self.remove_agent_button,
        ):
            button.setEnabled(chosen)

    def _ask_rename(self) -> None:
        agent_id, item = self.selected_agent(), self.admins.currentItem()
        if agent_id is None or item is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename"), self.tr("New name of the person"), text=item.text()
        )
        if ok and name.strip():
            self._tasks.spawn(self.rename_agent(agent_id, name), name="settings:rename-agent")

    async def rename_agent(self, agent_id: int, name: str) -> None:
        if self._work is None:
            return
        try:
            await self._work.rename_agent(agent_id, name)
        except WorkError:
            self._fail(self.tr("Not renamed: type a name."))

    def _colour_name(self, colour: str) -> str:
        """The palette's colours by name: a person picks "Teal", not ``#00897b``."""
        names = {
            "#1e88e5": self.tr("Blue"),
            "#e53935": self.tr("Red"),
            "#43a047": self.tr("Green"),
            "#fb8c00": self.tr("Orange"),
            "#8e24aa": self.tr("Purple"),
            "#00897b": self.tr("Teal"),
            "#6d4c41": self.tr("Brown"),
            "#d81b60": self.tr("Pink"),
            "#3949ab": self.tr("Indigo"),
            "#7cb342": self.tr("Light green"),
        }
        return names.get(colour, self.tr("Other colour"))

    def _recolour_chosen(self, colour: str) -> None:
        agent_id = self.selected_agent()
        if agent_id is not None:
            self._tasks.spawn(self.recolour_agent(agent_id, colour), name="settings:colour")

    async def recolour_agent(self, agent_id: int, colour: str) -> None:
        if self._work is not None:
            await self._work.set_agent_colour(agent_id, colour)

    def _ask_remove(self) -> None:
        agent_id, item = self.selected_agent(), self.admins.currentItem()
        if agent_id is None or item is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove profile"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name is typed by people
        box.setText(
            self.tr(
                "Remove “{name}”? Their conversations become unassigned; the messages "
                "they sent stay."
            ).format(name=item.text())
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self._tasks.spawn(self.remove_agent(agent_id), name="settings:remove-agent")

    async def remove_agent(self, agent_id: int) -> None:
        if self._work is not None:
            await self._work.remove_agent(agent_id)

    def _admin_toggled(self, item: QListWidgetItem) -> None:
        agent_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(agent_id, int):
            on = item.checkState() == Qt.CheckState.Checked
            self._tasks.spawn(self.set_admin(agent_id, on), name="settings:admin")

    async def set_admin(self, agent_id: int, on: bool) -> None:
        if self._work is None:
            return
        try:
            await self._work.set_admin(agent_id, on)
        except LastAdmin:
            self._fail(
                self.tr(
                    "Keep at least one admin: make someone else admin first, "
                    "then take it away here."
                )
            )
            self._agents_changed()  # the tick comes back

    def _me_chosen(self) -> None:
        agent_id = self.me.currentData()
        self.choose_me(agent_id if isinstance(agent_id, int) else None)

    def choose_me(self, agent_id: int | None) -> None:
        """Store the choice at once (no Save needed) and apply it to the inbox."""
        self._settings = self._settings.model_copy(update={"agent_id": agent_id})
        try:
            save_settings(self._settings)
        except OSError as exc:
            self._fail(self.tr("Could not write the settings file: {error}").format(error=exc))
        if self._work is not None and self._work.me != agent_id:
            self._work.choose_me(agent_id)

    def _ask_agent(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Add agent"), self.tr("Name of the person at the desk")
        )
        if ok and name.strip():
            self._tasks.spawn(
                self.add_agent(name, make_me=self._work is not None and self._work.me is None),
                name="settings:add-agent",
            )

    async def add_agent(self, name: str, *, make_me: bool = False) -> None:
        if self._work is None:
            return
        agent = await self._work.add_agent(name)
        if make_me:  # the first profile added here is most likely the person adding it
            self.choose_me(agent.id)

    def _show_mode(self, mode: str) -> None:
        if mode == "live":
            self.mode_hint.setText(self.tr("Running in live mode against Meta's Cloud API."))
        else:
            self.mode_hint.setText(
                self.tr(
                    "Running in sandbox mode: a local Cloud API simulator with demo accounts and "
                    "simulated customers. Enter live credentials below to connect to Meta."
                )
            )

    def save(self) -> bool:
        """Validate, store secrets in the keyring and settings on disk; say what happened."""
        data = self._settings.model_dump()
        data.update(
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            waba_ids=[v for v in self.waba_ids.text().replace(";", ",").split(",")],
            business_id=self.business_id.text().strip(),
            graph_version=self.graph_version.text().strip(),
            webhook_port=self.webhook_port.value(),
        )
        try:
            settings = AppSettings.model_validate(data)
        except ValidationError as exc:
            problems = "; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())
            self._fail(self.tr("Not saved: {problems}").format(problems=problems))
            return False
        try:
            for field, name in (
                (self.token, "access_token"),
                (self.app_secret, "app_secret"),
                (self.verify_token, "verify_token"),
            ):
                value = field.text().strip()
                if value:
                    self._secrets.set(name, value)
                    field.clear()
                    field.setPlaceholderText(self.tr("stored in the system keyring"))
        except SecretStoreUnavailable as exc:
            self._fail(render(exc.phrase))
            return False
        try:
            save_settings(settings)
        except OSError as exc:
            self._fail(self.tr("Could not write the settings file: {error}").format(error=exc))
            return False
        self._settings = settings
        ready = live_credentials(settings, self._secrets) is not None
        self.result.setObjectName("hint")
        self.result.setText(
            self.tr("Saved. Restart WABA Desk to connect in live mode.")
            if ready
            else self.tr("Saved. Language and theme apply after a restart.")
        )
        self.result.setStyleSheet("")
        self.restart_button.show()
        self.saved.emit(settings)
        return True

    def _save_notifications(self, prefs: object) -> None:
        """Notification choices are stored and applied at once, without Save or a restart."""
        self._settings = self._settings.model_copy(update={"notifications": prefs})
        try:
            save_settings(self._settings)
        except OSError as exc:
            self._fail(self.tr("Could not write the settings file: {error}").format(error=exc))
        self.notifications_changed.emit(prefs)

    def _fail(self, text: str) -> None:
        self.result.setText(text)
        self.result.setObjectName("errorText")
        self.result.setStyleSheet("color: #ea0038;")
