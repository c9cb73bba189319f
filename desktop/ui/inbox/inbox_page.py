"""The inbox: every conversation on the left, the selected thread and the composer right."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.agent_channels import ChannelScope
from desktop.services.canned_replies import CannedReplies, placeholder_values
from desktop.services.contacts import conversation_with
from desktop.services.delivery_check import needs_check, resend_allowed
from desktop.services.emoji_catalog import RecentEmoji
from desktop.services.events import (
    AgentsChanged,
    ChangesMissed,
    ConversationsChanged,
    MessagesChanged,
    NumbersChanged,
)
from desktop.services.inbox import (
    ConversationFilter,
    ConversationRow,
    MessageRow,
    conversation_rows,
    stored_payload_text,
    thread_latest,
)
from desktop.services.message_text import as_text
from desktop.services.outbox import OutboxRefused
from desktop.services.pricing.message_cost import MonthSpendMeter
from desktop.services.pricing.reply_price import ReplyPricer
from desktop.services.work import ANY, STATUSES, AgentRow, LabelRow, WorkConflict
from desktop.ui.bus import QtEventBus
from desktop.ui.chat import BUBBLE_SPEC_ROLE
from desktop.ui.chat.customer_text import OneLineLabel, isolated, plain_label
from desktop.ui.i18n import render
from desktop.ui.inbox.attachment_bar import AttachmentBar, AttachmentSender
from desktop.ui.inbox.audio_player import AudioPlayer
from desktop.ui.inbox.bubble_specs import contact_cards, spec_for_message, unavailable_spec
from desktop.ui.inbox.channel_filter import ChannelFilter
from desktop.ui.inbox.composer import Composer
from desktop.ui.inbox.contact_panel import ContactPanel
from desktop.ui.inbox.conversation_delegate import ConversationDelegate, status_word
from desktop.ui.inbox.conversation_model import ID_ROLE, ConversationListModel
from desktop.ui.inbox.first_paint import FirstPaint
from desktop.ui.inbox.forwarding import Forwarding
from desktop.ui.inbox.media_viewer import MediaActions, MediaFiles
from desktop.ui.inbox.message_info import MessageInfoDialog
from desktop.ui.inbox.message_model import MessageListModel
from desktop.ui.inbox.message_search import MessageSearchResults
from desktop.ui.inbox.month_meter import MonthMeter
from desktop.ui.inbox.new_chat import NewChat, NewChatDialog
from desktop.ui.inbox.quote_jump import QuoteJump
from desktop.ui.inbox.rich_messages import RichMessages
from desktop.ui.inbox.row_marks import channel_name
from desktop.ui.inbox.template_send_dialog import TemplateSendDialog
from desktop.ui.inbox.thread_view import ThreadView
from desktop.ui.task_scope import UiTaskScope

if TYPE_CHECKING:
    from desktop.models.db import Database
    from desktop.services.outbox import Outbox
    from desktop.services.read_receipts import ReadReceipts
    from desktop.services.recipients import RecipientDirectory
    from desktop.services.work import WorkDesk


log = logging.getLogger(__name__)

WARM_UP_MS = 300  # after the list first shows: the window is painted and idle by then
WARM_UP_BUBBLES = 12  # about a screen of them

CLOSING_HOURS = (1, 3, 8)
STATUS_VIEWS: dict[str, tuple[str, ...]] = {
    "active": ("open", "pending"),
    "open": ("open",),
    "pending": ("pending",),
    "resolved": ("resolved",),
}


def colour_icon(colour: str) -> QIcon:
    """A round swatch of an agent's or label's colour, for menus and combo boxes."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


@dataclass(frozen=True)
class InboxServices:
    """What the inbox uses: queries on ``db``, sends through ``outbox``, read receipts."""

    db: Database
    outbox: Outbox
    recipients: RecipientDirectory  # for the template send dialog
    read_receipts: ReadReceipts
    theme: str
    # status, assignment and labels (absent: the inbox offers none of it)
    work: WorkDesk | None = None
    # the price of the next reply (absent: one reading the bundled and imported cards)
    pricer: ReplyPricer | None = None
    # canned replies shared by every PC, and this desk's recently used emoji
    canned: CannedReplies | None = None
    recent_emoji: RecentEmoji | None = None
    # sending files: upload and queue (absent: no attach button)
    media_sending: AttachmentSender | None = None
    # received and sent files: open, save, copy, view, play (absent: none of it)
    media_files: MediaFiles | None = None
    # the channels the person at the desk sees (absent: every channel)
    scope: ChannelScope | None = None


class InboxPage(QWidget):
    def __init__(
        self, services: InboxServices, bus: QtEventBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = UiTaskScope(self)
        self.setObjectName("inboxPage")
        self._services = services
        self._theme = services.theme
        self.conversations = ConversationListModel(services.db, self)
        self.messages = MessageListModel(
            services.db,
            BUBBLE_SPEC_ROLE,
            lambda row: spec_for_message(row, self._theme),
            self,
            unavailable=lambda: unavailable_spec(self._theme),
        )
        self._pricer = services.pricer or ReplyPricer(services.db)
        self._current: int | None = None
        # The open conversation's row, also while a filter or a search does not list it.
        self._current_row: ConversationRow | None = None
        # Unsent drafts per person at the desk, then per conversation: switching the profile
        # puts one person's half-typed reply away and brings the other's back.
        self._drafts_of: dict[int | None, dict[int, str]] = {}
        self._draft_owner: int | None = None
        self._sending: set[int] = set()  # conversations whose reply is being stored
        self._pending_select: int | None = None
        self._warmed = False  # the first open's reads and fonts, done before it is asked for
        self.contact_panel: ContactPanel | None = None

        # -- left: search, number filter, conversation list
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, number or message"))
        self.search.setClearButtonEnabled(True)
        self.number_filter = QComboBox(self)
        self.number_filter.setObjectName("channelFilter")
        self.number_filter.addItem(self.tr("All channels"), None)
        # channel names, colours and unread counts per channel (see channel_filter)
        self.channel_filter = ChannelFilter(self.number_filter, services.db, self)
        self.view_filter = QComboBox(self)
        self.view_filter.setObjectName("viewFilter")
        self.view_filter.addItem(self.tr("All conversations"), "all")
        self.view_filter.addItem(self.tr("Mine"), "mine")
        self.view_filter.addItem(self.tr("Unassigned"), "unassigned")
        self.view_filter.addItem(self.tr("Unread"), "unread")
        self.view_filter.addItem(self.tr("Waiting for us"), "waiting")
        for hours in CLOSING_HOURS:
            self.view_filter.addItem(
                self.tr("Window closes within {hours} h").format(hours=hours),
                "closing" if hours == 3 else f"closing{hours}",
            )
        self.view_filter.setToolTip(
            self.tr(
                "Waiting for us: the customer wrote last. Window closes: answer these first, "
                "after 24 hours only paid templates can reach them."
            )
        )
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Open and pending"), "active")
        self.status_filter.addItem(self.tr("Open"), "open")
        self.status_filter.addItem(self.tr("Pending"), "pending")
        self.status_filter.addItem(self.tr("Resolved"), "resolved")
        self.status_filter.addItem(self.tr("Any status"), "any")
        self.label_filter = QComboBox(self)
        self.label_filter.setObjectName("labelFilter")
        self.label_filter.addItem(self.tr("All labels"), None)
        self.conversation_view = QListView(self)
        self.conversation_view.setObjectName("conversationList")
        self.conversation_view.setModel(self.conversations)
        self.conversation_view.setItemDelegate(ConversationDelegate(self.conversation_view))
        self.conversation_view.setUniformItemSizes(True)
        # Rows elide their text to the list's width: it never scrolls sideways.
        self.conversation_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversation_view.setMouseTracking(True)
        self.conversation_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.empty_label = QLabel(
            self.tr("No conversations yet. Messages from customers appear here."), self
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("placeholder")
        left = QWidget(self)
        left.setObjectName("inboxLeft")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        self.new_chat_button = QToolButton(left)
        self.new_chat_button.setObjectName("newChatButton")
        self.new_chat_button.setText(self.tr("New chat"))
        self.new_chat_button.setToolTip(
            self.tr("Write to a number or a contact; a new chat starts with a template (Ctrl+N)")
        )
        self.new_chat_button.clicked.connect(lambda: self.start_new_chat())
        search_row.addWidget(self.new_chat_button)
        left_layout.addLayout(search_row)
        filters = QHBoxLayout()
        for combo in (self.number_filter, self.view_filter):
            # Half the row each, whatever their longest item: the popup shows it in full.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, 1)
        left_layout.addLayout(filters)
        work_filters = QHBoxLayout()
        work_filters.addWidget(self.status_filter, 1)
        work_filters.addWidget(self.label_filter, 1)
        left_layout.addLayout(work_filters)
        self.month_meter = MonthMeter(left)  # what each channel cost this month
        left_layout.addWidget(self.month_meter)
        self._meter = MonthSpendMeter(services.db)
        self._meter_timer = QTimer(self)  # statuses come in bursts: read once per burst
        self._meter_timer.setSingleShot(True)
        self._meter_timer.setInterval(3000)
        self._meter_timer.timeout.connect(self.refresh_month_meter)
        left_layout.addWidget(self.conversation_view, 1)
        left_layout.addWidget(self.empty_label)
        self.message_results = MessageSearchResults(services.db, left)  # hits in every message
        left_layout.addWidget(self.message_results, 1)
        # opens the bulk-send window (connected by the app, which owns the bulk runner)
        self.bulk_button = QPushButton(self.tr("Bulk send…"), left)
        self.bulk_button.setObjectName("bulkSendButton")
        left_layout.addWidget(self.bulk_button)
        self._open_after_reload: int | None = None
        self._open_at: tuple[int, int] | None = None  # (conversation, message) of a search hit

        # -- right: header, thread, composer
        # The header shows the customer's chosen name and username: never as markup.
        self.title = OneLineLabel(self)
        self.title.setObjectName("threadTitle")
        self.subtitle = OneLineLabel(self)
        self.subtitle.setObjectName("threadSubtitle")
        header = QWidget(self)
        header.setObjectName("threadHeader")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(16, 8, 8, 8)
        header_layout = QVBoxLayout()
        header_layout.setSpacing(0)
        header_layout.addWidget(self.title)
        header_layout.addWidget(self.subtitle)
        header_row.addLayout(header_layout, 1)
        self.header_tools = QHBoxLayout()  # buttons that open side panels (customer details)
        self._work = services.work
        self._agents: list[AgentRow] = []
        self._labels: list[LabelRow] = []
        self.status_button = QToolButton(header)
        self.status_button.setObjectName("statusButton")
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.status_button.clicked.connect(self.toggle_resolved)
        self.assign_button = QToolButton(header)
        self.assign_button.setObjectName("assignButton")
        self.assign_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.assign_menu = QMenu(self.assign_button)
        self.assign_button.setMenu(self.assign_menu)
        self.labels_button = QToolButton(header)
        self.labels_button.setObjectName("labelsButton")
        self.labels_button.setText(self.tr("Labels"))
        self.labels_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.labels_menu = QMenu(self.labels_button)
        self.labels_button.setMenu(self.labels_menu)
        self._work_row: ConversationRow | None = None
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.assign_menu.aboutToShow.connect(self._fill_assign_menu)
        self.labels_menu.aboutToShow.connect(self._fill_labels_menu)
        for button in (self.status_button, self.assign_button, self.labels_button):
            self.header_tools.addWidget(button)
            button.setVisible(self._work is not None)
        self.resolve_action = QAction(self.tr("Resolve"), self)
        self.resolve_action.setShortcut(QKeySequence("Ctrl+E"))
        self.resolve_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.resolve_action.triggered.connect(self.toggle_resolved)
        self.addAction(self.resolve_action)
        self._add_keys()
        header_row.addLayout(self.header_tools)
        self.thread_view = ThreadView(self)  # pages, keeps the reader's place, the pill
        self.thread_view.setModel(self.messages)
        self.thread_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.quote_jump = QuoteJump(self.thread_view, self.messages, services.db)
        self.new_chat = NewChat(services, self, notice=lambda text: self._show_notice(text))
        self.new_chat.opened.connect(self._open_new_chat)
        self.forwarding = Forwarding(
            services,
            self,
            notice=lambda text: self._show_notice(text),
            open_template=lambda target: self.open_template_dialog(target),
        )
        self.quote_jump.not_found.connect(
            lambda: self._show_notice(
                self.tr(
                    "The quoted message is not stored on this computer (it may be older than "
                    "the history WABA Desk has)."
                )
            )
        )
        self.composer = Composer(self)
        self.composer.tools.recent = services.recent_emoji or RecentEmoji(None)
        # The notice bar: what went wrong, and "Try again" on its right when that can help.
        self.notice_bar = QLabel(self)
        self.notice_bar.setObjectName("notice")  # the theme's notice background
        self.notice = plain_label(QLabel(self.notice_bar))  # may quote Meta's error details
        self.notice.setObjectName("noticeText")
        self.notice.setWordWrap(True)
        self.notice_retry = QPushButton(self.tr("Try again"), self.notice_bar)
        self.notice_retry.setObjectName("noticeRetry")
        self.notice_retry.hide()
        self.notice_retry.clicked.connect(self._retry_send)
        notice_row = QHBoxLayout(self.notice_bar)
        notice_row.setContentsMargins(0, 0, 0, 0)
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.notice_retry, 0, Qt.AlignmentFlag.AlignVCenter)
        self._hide_notice()
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(header)
        right_layout.addWidget(self.thread_view, 1)
        right_layout.addWidget(self.notice_bar)
        right_layout.addWidget(self.composer)
        self._add_media(services, right_layout)
        # reply buttons, lists, locations and contact cards (forms, sending, thread actions)
        self.rich_messages = RichMessages(
            services.db,
            services.outbox,
            self.composer,
            self,
            conversation=lambda: self._current,
            number=self._current_number,
            theme=lambda: self._theme,
        )
        self.rich_messages.sent.connect(self._attachment_sent)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 760])
        self.splitter = splitter
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        # -- wiring
        self.search.textChanged.connect(self._filter_changed)
        self.search.textChanged.connect(self.message_results.set_query)
        self.message_results.hit_chosen.connect(self._open_search_hit)
        self.number_filter.currentIndexChanged.connect(self._filter_changed)
        self.view_filter.currentIndexChanged.connect(self._filter_changed)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.label_filter.currentIndexChanged.connect(self._filter_changed)
        self.conversation_view.selectionModel().currentChanged.connect(self._conversation_chosen)
        self.conversations.reloaded.connect(self._after_reload)
        # The header follows its row: a rename or a new message updates it in place.
        self.conversations.dataChanged.connect(lambda *_: self._show_thread_header())
        self.composer.send_requested.connect(self._send)
        self.composer.template_requested.connect(lambda: self.open_template_dialog())
        self.thread_view.customContextMenuRequested.connect(self._thread_menu)
        self.conversations.fetch_failed.connect(self._database_failed)
        self.messages.fetch_failed.connect(self._database_failed)
        bus.messages_changed.connect(self._on_messages_changed)
        bus.conversations_changed.connect(self._on_conversations_changed)
        bus.changes_missed.connect(self._on_changes_missed)
        bus.numbers_changed.connect(self._on_numbers_changed)
        bus.agents_changed.connect(self._on_agents_changed)
        self._show_thread_header()

    async def start(self) -> None:
        scope = self._services.scope
        if scope is not None:
            scope.listeners.append(self._scope_changed)
            self._use_scope()
        await self._load_numbers()
        if self._services.canned is not None:
            self._services.canned.listeners.append(self._canned_changed)
            await self._load_canned()
        if self._work is not None:
            self._work.listeners.append(self._work_lists_changed)
            self._draft_owner = self._work.me
            await self._load_work_lists()
        self.conversations.use_filter(self._filter())
        await self.conversations.reload()
        self.number_filter.currentIndexChanged.connect(lambda _i: self.refresh_month_meter())
        self.refresh_month_meter()

    # -- selection -------------------------------------------------------------------------------
    @property
    def current_conversation_id(self) -> int | None:
        return self._current

    def select_conversation(self, conversation_id: int) -> bool:
        row = self.conversations.row_of(conversation_id)
        if row is None:
            return False
        self.conversation_view.selectionModel().setCurrentIndex(
            self.conversations.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def _conversation_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # Only a row the user chose opens a thread: the list losing its current row (a reset,
        # a search that does not list it) leaves the open conversation open.
        if current.isValid() and isinstance(chosen := current.data(ID_ROLE), int):
            self._show_conversation(chosen)

    def _show_conversation(self, conversation_id: int | None) -> None:
        if conversation_id == self._current:
            return
        # Each conversation keeps its unsent draft while the user looks elsewhere.
        if self._current is not None:
            self._drafts[self._current] = self.composer.editor.toPlainText()
        self.composer.editor.setPlainText(
            self._drafts.pop(conversation_id, "") if conversation_id else ""
        )
        self.composer.set_reply(None, None)
        self._current = conversation_id
        self._current_row = None
        # The thread is read first: the DB thread serves its reads in the order asked.
        at, self._open_at = self._open_at, None
        around = at[1] if at is not None and at[0] == conversation_id else None
        loading = self._tasks.spawn(self.messages.load(conversation_id, around), name="thread:load")
        self._media_follow(conversation_id)
        self.composer.set_busy(conversation_id in self._sending)
        self._hide_notice()
        self._show_thread_header()
        self.composer.price_line.show_unknown()
        if conversation_id is not None:
            self._tasks.spawn(self._after_shown(conversation_id, loading), name="thread:shown")
        if self._current_row is None and conversation_id is not None:
            self._tasks.spawn(self._fetch_current_row(), name="thread:header")
        wanted, listed = self._filter(), self.conversations.current_filter()
        if wanted != listed:  # the list keeps the conversation now open, not the last one
            only_kept = replace(wanted, keep_id=None) == replace(listed, keep_id=None)
            self.conversations.set_filter(wanted, reload=not only_kept)

    async def _after_shown(self, conversation_id: int, loading: asyncio.Task[Any] | None) -> None:
        """What else opening a conversation reads, once its messages are on screen.

        The price of the next reply and the read receipts (which change the list) wait for
        the thread's first paint: see :mod:`desktop.ui.inbox.first_paint`.
        """
        paint = FirstPaint(
            self.thread_view.viewport(), lambda: self.messages.conversation_id == conversation_id
        )
        if loading is not None:
            await asyncio.wait([loading])
        await paint.wait()
        if conversation_id == self._current:
            self.refresh_price()
        # Opened is read, even when another was opened since (as it was before it painted).
        await self._services.read_receipts.mark_conversation_read(conversation_id)

    def _open_search_hit(self, conversation_id: int, message_id: int) -> None:
        """Show the whole list again, then open the hit's thread at the hit (listed or not)."""
        if conversation_id == self._current:
            self._tasks.spawn(self.messages.load(conversation_id, message_id), name="thread:hit")
        else:
            self._open_at = (conversation_id, message_id)
            self._open_after_reload = conversation_id
        self.search.clear()

    def _after_reload(self, count: int) -> None:
        if count > 0 and not self._warmed:
            self._warmed = True
            warm = QTimer(self)
            warm.setSingleShot(True)
            warm.timeout.connect(self._warm_up)
            warm.start(WARM_UP_MS)
        self.empty_label.setText(self._empty_text())
        self.empty_label.setVisible(count == 0)
        # A search that matches no conversation (only messages) gives the hits the room.
        self.conversation_view.setVisible(count > 0 or not self.search.text().strip())
        pending, self._pending_select = self._pending_select, None
        if pending is not None and self.select_conversation(pending):
            return
        if self._open_after_reload is not None:
            target, self._open_after_reload = self._open_after_reload, None
            if not self.select_conversation(target):
                self._show_conversation(target)
        if self._current is not None:
            row = self.conversations.row_of(self._current)
            if row is not None:
                self.conversation_view.selectionModel().setCurrentIndex(
                    self.conversations.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        self._show_thread_header()

    def _warm_up(self) -> None:
        """Once the list shows and no conversation is open yet: read the newest one's latest
        page and lay out and paint a few of its bubbles offscreen. The first open of a session
        compiled the thread's queries and loaded fonts (Japanese among them) and took twice
        as long as the next; now it costs what they do.
        """
        if self._current is not None or self.conversations.rowCount() == 0:
            return
        if not self.isVisible():  # closing, or another page is shown: nothing to gain
            return
        first = self.conversations.conversation_id(0)
        if first is not None:
            self._tasks.spawn(self._warm_thread(first), name="thread:warm-up")

    async def _warm_thread(self, conversation_id: int) -> None:
        try:
            page = await self._services.db.run(
                thread_latest, conversation_id, MessageListModel.OPEN_PAGE
            )
            if self._current is not None:
                return
            renderer = self.thread_view.bubbles.renderer
            width = max(200, self.thread_view.viewport().width())
            image = QImage(32, 32, QImage.Format.Format_ARGB32_Premultiplied)
            painter = QPainter(image)
            try:
                for key in page.keys[-WARM_UP_BUBBLES:]:
                    spec = spec_for_message(page.rows.get(key.id), self._theme)
                    size = renderer.layout(spec, width).size
                    renderer.paint(painter, QRectF(0, 0, size.width(), size.height()), spec)
            finally:
                painter.end()
        except Exception:  # only ever a head start: the open reads and paints for itself
            log.debug("warming up the thread view failed", exc_info=True)

    def _empty_text(self) -> str:
        text = self.search.text().strip()
        if text:
            return self.tr("No conversations match “{text}”.").format(text=isolated(text[:80]))
        status = self.status_filter.currentData()
        if self._narrowed() and not (status == "active" and self._only_status_narrows()):
            return self.tr("No conversations in this view. Choose another view to see more.")
        if status == "active":
            return self.tr(
                "No open or pending conversations. New messages from customers appear here."
            )
        return self.tr("No conversations yet. Messages from customers appear here.")

    async def _fetch_current_row(self) -> None:
        """Read the open conversation's row when the list does not hold it."""
        conversation_id = self._current
        if conversation_id is None:
            return
        rows = await self._services.db.run(conversation_rows, [conversation_id])
        if conversation_id == self._current and conversation_id in rows:
            self._current_row = rows[conversation_id]
            self._show_thread_header()

    def _show_thread_header(self) -> None:
        if self._current is not None:
            listed = self.conversations.row_data(self._current)
            if listed is not None:
                self._current_row = listed
        row = self._current_row
        if self._current is None:
            self.title.setText(self.tr("No conversation selected"))
            self.subtitle.setText("")
            self.composer.set_window(None, has_conversation=False)
            if self.attachments is not None:
                self.attachments.refresh()
            self._show_work(None)
            return
        if row is None:  # being read: the header stays as it was for that moment
            return
        self._show_work(row)
        self.title.setText(isolated(row.contact_name))
        who = "+" + row.contact_wa_id if row.contact_wa_id else (row.contact_user_id or "")
        if row.username:
            who += "  @" + isolated(row.username.removeprefix("@"))
        self.subtitle.setText(
            self.tr("{who} · to {number}").format(who=who, number=channel_name(row))
        )
        self.composer.set_window(row.window_closes_at)
        if self.attachments is not None:
            self.attachments.refresh()

    def attach_contact_panel(self, panel: ContactPanel, bus: QtEventBus) -> None:
        """The customer's details to the right of the thread, opened from the header."""
        self.contact_panel = panel
        panel.hide()
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(2, 0)
        button = QToolButton(self)
        button.setObjectName("contactButton")
        button.setText(self.tr("Customer details"))
        button.setCheckable(True)
        button.setShortcut(QKeySequence("Ctrl+I"))
        button.setToolTip(self.tr("Name, number, notes and channels of this customer (Ctrl+I)"))
        self.header_tools.addWidget(button)
        self.contact_button = button

        def toggled(on: bool) -> None:
            panel.setVisible(on)
            if on:
                sizes = self.splitter.sizes()
                self.splitter.setSizes([sizes[0], max(300, sizes[1] - 280), 280])
                panel.show_conversation(self._current)

        button.toggled.connect(toggled)
        self.conversation_view.selectionModel().currentChanged.connect(
            lambda *_: panel.show_conversation(self._current) if panel.isVisible() else None
        )
        panel.open_conversation.connect(self._open_from_panel)

        def changed(event: ConversationsChanged) -> None:
            if panel.isVisible() and self._current in event.conversation_ids:
                self._tasks.spawn(panel.reload(), name="contact:reload")

        bus.conversations_changed.connect(changed)

    def _open_from_panel(self, conversation_id: int) -> None:
        if not self.select_conversation(conversation_id):
            # Hidden by a filter or search: show every conversation, then select it.
            self.search.clear()
            self.number_filter.setCurrentIndex(0)
            self.view_filter.setCurrentIndex(0)
            self._pending_select = conversation_id

    # -- filters -------------------------------------------------------------------------------
    def _only_status_narrows(self) -> bool:
        return (
            self.number_filter.currentData() is None
            and self.view_filter.currentData() == "all"
            and self.label_filter.currentData() is None
        )

    def _narrowed(self) -> bool:
        """A view, a number or a label leaves some conversations out (search aside)."""
        return (
            self.number_filter.currentData() is not None
            or self.view_filter.currentData() != "all"
            or self.status_filter.currentData() != "any"
            or self.label_filter.currentData() is not None
        )

    def _filter(self) -> ConversationFilter:
        """What the list shows: the search and the chosen view, plus the open conversation.

        The open conversation stays listed (and selected) when a view would leave it out,
        until the user opens another one. A search lists only what matches.
        """
        view = self.view_filter.currentData()
        status = self.status_filter.currentData()
        text = self.search.text()
        closing = {"closing": 3, **{f"closing{h}": h for h in CLOSING_HOURS}}.get(view)
        me = self._work.me if self._work is not None else None
        label = self.label_filter.currentData()
        flt = ConversationFilter(
            text=text,
            phone_number_id=self.number_filter.currentData(),
            unread_only=view == "unread",
            closing_within=closing * 3600 if closing else None,
            statuses=STATUS_VIEWS.get(status, ()),
            # "Mine" before a profile is chosen in Settings: nobody's, so nothing is listed
            assignee_id=(me if me is not None else -1) if view == "mine" else None,
            unassigned_only=view == "unassigned",
            waiting_only=view == "waiting",
            label_id=label if isinstance(label, int) else None,
            phone_number_ids=self._scope_numbers(),
        )
        if self._narrowed() and not text.strip() and self._current is not None:
            flt = replace(flt, keep_id=self._current)
        return flt

    def _filter_changed(self) -> None:
        self.conversations.set_filter(self._filter())

    # -- the channels the person at the desk sees -----------------------------------------------
    def _scope_numbers(self) -> frozenset[str] | None:
        scope = self._services.scope
        return scope.numbers if scope is not None else None

    def _use_scope(self) -> None:
        numbers = self._scope_numbers()
        self.channel_filter.scope = numbers
        self.message_results.set_scope(numbers)

    def _scope_changed(self) -> None:
        """Another person sits down, or an admin changed what they see: a chat on a channel
        they do not see closes (its draft is kept), and the lists show their channels."""
        self._use_scope()
        row = self._current_row
        scope = self._services.scope
        if row is not None and scope is not None and not scope.sees(row.phone_number_id):
            self.conversation_view.selectionModel().clear()
            self._show_conversation(None)
        self._tasks.spawn(self._rescope(), name="inbox:scope")

    async def _rescope(self) -> None:
        await self.channel_filter.load()  # the chosen channel may be gone: all channels then
        self.conversations.set_filter(self._filter())

    async def _load_numbers(self) -> None:
        await self.channel_filter.load()

    # -- live updates ---------------------------------------------------------------------------
    def _on_messages_changed(self, event: MessagesChanged) -> None:
        if not self._meter_timer.isActive():
            self._meter_timer.start()
        self.conversations.note_changed(event.conversation_ids)  # coalesced, in place
        self.channel_filter.note_changed()
        self._refresh_unlisted_current(event.conversation_ids)
        if self._current is not None and self._current in event.conversation_ids:
            self._tasks.spawn(self._refresh_thread(event.message_ids), name="thread:refresh")

    async def _refresh_thread(self, message_ids: frozenset[int]) -> None:
        await self.messages.refresh(message_ids)
        # A customer wrote while the thread is open: it is read, and the window moved.
        if self._current is not None and self.isVisible():
            await self._services.read_receipts.mark_conversation_read(self._current)
        self._show_thread_header()
        self.refresh_price()

    def _on_changes_missed(self, _event: ChangesMissed) -> None:
        """Changes may have gone unannounced (the database was away): read it all again."""
        self._tasks.spawn(self._read_again(), name="inbox:read-again")

    async def _read_again(self) -> None:
        await self.conversations.reload()
        self.channel_filter.note_changed()
        if self._current is not None:
            await self.messages.load(self._current)
            self._show_thread_header()

    def _on_conversations_changed(self, event: ConversationsChanged) -> None:
        self.conversations.note_changed(event.conversation_ids)
        self.channel_filter.note_changed()
        self._refresh_unlisted_current(event.conversation_ids)

    def _on_agents_changed(self, event: AgentsChanged) -> None:
        """Profiles were renamed, recoloured or removed (here or on another PC): the rows
        and the header that show them as assignee are read again (the menus follow
        :meth:`_work_lists_changed`)."""
        assigned = self.conversations.assigned_to(event.agent_ids)
        row = self._current_row
        if row is not None and self._current is not None and row.assignee_id in event.agent_ids:
            assigned |= {self._current}
        if assigned:
            self._on_conversations_changed(ConversationsChanged(frozenset(assigned)))

    def _refresh_unlisted_current(self, changed: frozenset[int]) -> None:
        """The open conversation changed while the list does not hold it: re-read its row."""
        current = self._current
        if current is None or current not in changed:
            return
        if self.conversations.row_of(current) is None:
            self._tasks.spawn(self._fetch_current_row(), name="thread:header")

    def refresh_price(self) -> None:
        """Ask what the next reply in the open conversation costs; the composer shows it."""
        self.composer.price_line.show_unknown()
        if self._current is not None:
            self._tasks.spawn(self._show_price(self._current), name="composer:price")

    async def _show_price(self, conversation_id: int) -> None:
        me = self._work.me if self._work is not None else None
        values = await self._services.db.run(placeholder_values, conversation_id, me)
        if conversation_id == self._current:
            self.composer.tools.values = values  # for canned replies' placeholders
        price = await self._pricer.price(conversation_id)
        if conversation_id == self._current:
            self.composer.show_price(price)

    def refresh_month_meter(self) -> None:
        """Read what each channel cost this month; the meter shows the chosen one."""
        self._tasks.spawn(self._show_month_meter(), name="inbox:month-meter")

    async def _show_month_meter(self) -> None:
        spends = await self._meter.read()
        names = {
            data: self.number_filter.itemText(i)
            for i in range(self.number_filter.count())
            if isinstance(data := self.number_filter.itemData(i), str)
        }
        chosen = self.number_filter.currentData()
        self.month_meter.show_spend(spends, names, chosen if isinstance(chosen, str) else None)

    def _canned_changed(self) -> None:
        self._tasks.spawn(self._load_canned(), name="composer:canned")

    async def _load_canned(self) -> None:
        if self._services.canned is not None:
            self.composer.tools.set_replies(await self._services.canned.all())

    # -- keyboard ------------------------------------------------------------------------------
    def _add_keys(self) -> None:
        """The inbox's keys; they act while the inbox page is shown, whatever has the focus."""
        keys: list[tuple[str, Callable[[], object]]] = [
            ("Ctrl+F", self.focus_search),
            ("Ctrl+K", self.focus_search),
            ("Escape", self.escape),
            ("Alt+Up", lambda: self.step_conversation(-1)),
            ("Alt+Down", lambda: self.step_conversation(1)),
            ("Ctrl+Shift+U", self.next_unread),
            ("Ctrl+N", self.start_new_chat),
        ]
        for sequence, slot in keys:
            action = QAction(self)
            action.setShortcut(QKeySequence(sequence))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.search.returnPressed.connect(self._open_first_match)

    def start_new_chat(self) -> NewChatDialog:
        """Ctrl+N: write to a number or a contact, from the channel shown (or the chat's)."""
        channel = self.number_filter.currentData()
        if channel is None:
            channel = self._current_number()
        return self.new_chat.ask(channel)

    def _open_new_chat(self, conversation_id: int) -> None:
        """Show the whole list again with the new chat in it, selected."""
        self._open_after_reload = conversation_id
        if self.search.text():
            self.search.clear()  # reloads the list
        else:
            self.conversations.set_filter(self._filter())

    def focus_search(self) -> None:
        """Ctrl+F / Ctrl+K: the search box, its text selected (typing replaces it)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _open_first_match(self) -> None:
        """Enter in the search box opens the first conversation listed, ready to type."""
        first = self.conversations.conversation_id(0)
        if first is not None:
            self.select_conversation(first)
            self.composer.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def escape(self) -> None:
        """Esc: close the search first, else stop replying to a quoted message."""
        if self.search.hasFocus() or self.search.text():
            self.search.clear()
            self.composer.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        if self.composer.reply_wamid is not None:
            self.composer.set_reply(None, None)

    def step_conversation(self, step: int) -> bool:
        """Alt+Up / Alt+Down: the previous or next conversation in the list."""
        count = self.conversations.rowCount()
        if count == 0:
            return False
        row = self.conversations.row_of(self._current) if self._current is not None else None
        target = 0 if row is None else max(0, min(count - 1, row + step))
        if target == row:
            return False
        conversation_id = self.conversations.conversation_id(target)
        return conversation_id is not None and self.select_conversation(conversation_id)

    def next_unread(self) -> bool:
        """Ctrl+Shift+U: the next conversation below the open one with unread messages."""
        count = self.conversations.rowCount()
        row = self.conversations.row_of(self._current) if self._current is not None else None
        start = -1 if row is None else row
        for offset in range(1, count + 1):
            conversation_id = self.conversations.conversation_id((start + offset) % count)
            listed = self.conversations.row_data(conversation_id) if conversation_id else None
            if listed is not None and listed.unread_count > 0 and conversation_id != self._current:
                return self.select_conversation(listed.id)
        return False

    # -- work: status, assignee, labels ----------------------------------------------------------
    @property
    def _drafts(self) -> dict[int, str]:
        return self._drafts_of.setdefault(self._draft_owner, {})

    def _switch_drafts(self, owner: int | None) -> None:
        """The person at the desk changed: keep the old one's text, show the new one's."""
        if owner == self._draft_owner:
            return
        current = self._current
        if current is not None and current not in self._sending:
            self._drafts[current] = self.composer.editor.toPlainText()
        self._draft_owner = owner
        if current is not None and current not in self._sending:
            self.composer.editor.setPlainText(self._drafts.pop(current, ""))

    def _work_lists_changed(self) -> None:
        if self._work is not None:
            self._switch_drafts(self._work.me)
        self._tasks.spawn(self._load_work_lists(), name="work:lists")

    async def _load_work_lists(self) -> None:
        if self._work is None:
            return
        self._agents = await self._work.agents()
        self._labels = await self._work.labels()
        current = self.label_filter.currentData()
        self.label_filter.blockSignals(True)
        while self.label_filter.count() > 1:
            self.label_filter.removeItem(1)
        for label in self._labels:
            self.label_filter.addItem(colour_icon(label.colour), label.name, label.id)
        index = self.label_filter.findData(current)
        self.label_filter.setCurrentIndex(max(0, index))
        self.label_filter.blockSignals(False)
        if index < 0 and current is not None:
            self._filter_changed()  # the chosen label is gone
        self._show_work(self._current_row if self._current is not None else None)

    def _show_work(self, row: ConversationRow | None) -> None:
        """The header's status, assignee and label buttons for the open conversation.

        Their menus are filled when they open (``aboutToShow``): building them on every
        conversation opened was most of what showing the header cost.
        """
        self._work_row = row
        for button in (self.status_button, self.assign_button, self.labels_button):
            button.setEnabled(row is not None)
        self.resolve_action.setEnabled(row is not None and self._work is not None)
        status = row.status if row else "open"
        self.status_button.setText(
            self.tr("Reopen") if status == "resolved" else self.tr("Resolve")
        )
        self.status_button.setToolTip(
            self.tr("Status: {status}. Ctrl+E resolves or reopens.").format(
                status=status_word(status)
            )
        )
        self.assign_button.setText(
            row.assignee_name if row and row.assignee_name else self.tr("Unassigned")
        )
        self.assign_button.setToolTip(self.tr("Who answers this conversation"))
        on = {label.id for label in row.labels} if row else set()
        self.labels_button.setText(
            self.tr("Labels ({count})").format(count=len(on)) if on else self.tr("Labels")
        )
        if self.contact_panel is not None:
            self.contact_panel.show_labels(list(row.labels) if row else [])

    def _fill_status_menu(self) -> None:
        row = self._work_row
        status = row.status if row else "open"
        self.status_menu.clear()
        for value in STATUSES:
            action = self.status_menu.addAction(status_word(value))
            action.setCheckable(True)
            action.setChecked(value == status)
            action.triggered.connect(lambda _c=False, v=value: self.set_status(v))

    def _fill_assign_menu(self) -> None:
        row = self._work_row
        self.assign_menu.clear()
        me = self._work.me if self._work is not None else None
        mine = next((a for a in self._agents if a.id == me), None)
        if mine is not None:
            to_me = self.assign_menu.addAction(
                self.tr("Assign to me ({name})").format(name=mine.name)
            )
            to_me.triggered.connect(lambda: self.assign(mine.id))
            self.assign_menu.addSeparator()
        elif not self._agents:
            hint = self.assign_menu.addAction(self.tr("Add agents in Settings"))
            hint.setEnabled(False)
        for agent in self._agents:
            action = self.assign_menu.addAction(colour_icon(agent.colour), agent.name)
            action.setCheckable(True)
            action.setChecked(row is not None and row.assignee_id == agent.id)
            action.triggered.connect(lambda _c=False, a=agent.id: self.assign(a))
        self.assign_menu.addSeparator()
        nobody = self.assign_menu.addAction(self.tr("Unassigned"))
        nobody.setCheckable(True)
        nobody.setChecked(row is not None and row.assignee_id is None)
        nobody.triggered.connect(lambda: self.assign(None))

    def _fill_labels_menu(self) -> None:
        row = self._work_row
        on = {label.id for label in row.labels} if row else set()
        self.labels_menu.clear()
        for label in self._labels:
            action = self.labels_menu.addAction(colour_icon(label.colour), label.name)
            action.setCheckable(True)
            action.setChecked(label.id in on)
            action.toggled.connect(lambda checked, i=label.id: self.set_label(i, checked))
        if self._labels:
            self.labels_menu.addSeparator()
        new = self.labels_menu.addAction(self.tr("New label…"))
        new.triggered.connect(self._ask_new_label)

    def _work_on_current(self, name: str, make: Callable[[WorkDesk, int], Awaitable[None]]) -> bool:
        work, conversation_id = self._work, self._current
        if work is None or conversation_id is None:
            return False

        async def run() -> None:
            try:
                await make(work, conversation_id)
            except WorkConflict as conflict:
                self._show_notice(self._conflict_text(conflict))
            except Exception as exc:
                log.warning("%s failed for conversation %s", name, conversation_id, exc_info=True)
                self._show_notice(
                    self.tr("That change was not saved ({error}). Try again.").format(
                        error=str(exc)[:200] or type(exc).__name__
                    )
                )

        self._tasks.spawn(run(), name=name)
        return True

    def _conflict_text(self, conflict: WorkConflict) -> str:
        """What the desk that lost a simultaneous change is told."""
        if conflict.assignee_name:
            now = self.tr("it is {status} and assigned to {name}").format(
                status=status_word(conflict.status).lower(), name=conflict.assignee_name
            )
        else:
            now = self.tr("it is {status} and unassigned").format(
                status=status_word(conflict.status).lower()
            )
        return self.tr(
            "Someone else changed this conversation a moment ago: {now}. Your change was not made."
        ).format(now=now)

    def _seen(self) -> ConversationRow | None:
        """The open conversation as this window shows it (what a change expects to find)."""
        row = self._current_row
        return row if row is not None and row.id == self._current else None

    def set_status(self, status: str) -> bool:
        row = self._seen()
        seen = row.status if row is not None else ANY
        return self._work_on_current("work:status", lambda w, c: w.set_status(c, status, seen))

    def toggle_resolved(self) -> bool:
        """Ctrl+E: resolve the open conversation, or reopen it if it is resolved."""
        row = self._current_row
        resolved = row is not None and row.id == self._current and row.status == "resolved"
        return self.set_status("open" if resolved else "resolved")

    def assign(self, agent_id: int | None) -> bool:
        row = self._seen()
        seen = row.assignee_id if row is not None else ANY
        return self._work_on_current("work:assign", lambda w, c: w.assign(c, agent_id, seen))

    def set_label(self, label_id: int, on: bool) -> bool:
        return self._work_on_current("work:label", lambda w, c: w.set_labelled(c, label_id, on))

    def _ask_new_label(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New label"), self.tr("Name of the label (for example: Booking)")
        )
        if ok and name.strip():
            self.add_label(name)

    def add_label(self, name: str) -> bool:
        """Create a label (or find the one of that name) and put it on the open conversation."""

        async def create(work: WorkDesk, conversation_id: int) -> None:
            label = await work.add_label(name)
            await work.set_labelled(conversation_id, label.id, True)

        return self._work_on_current("work:new-label", create)

    def _on_numbers_changed(self, _event: NumbersChanged) -> None:
        self._tasks.spawn(self._load_numbers(), name="numbers:reload")
        # A channel renamed or recoloured: the rows show its new name and colour.
        self._tasks.spawn(self.conversations.reload(), name="numbers:rows")

    # -- sending ---------------------------------------------------------------------------------
    def _send(self, text: str) -> None:
        conversation_id = self._current
        if conversation_id is None or conversation_id in self._sending:
            return
        self._sending.add(conversation_id)  # at once: a second Enter must not send it again
        self.composer.set_busy(True)
        self.thread_view.follow_latest()  # the reply shows below the newest message
        self._tasks.spawn(
            self._send_text(conversation_id, text, self.composer.reply_wamid),
            name="composer:send",
        )

    async def _send_text(
        self, conversation_id: int, text: str, reply_to: str | None = None
    ) -> None:
        """Store the reply in the outbox; the composer lets go of the text only once stored.

        Until the row is committed the text stays in the composer (read-only) and, if the
        user moves to another conversation, in that conversation's draft. A failure says
        so above the composer, with "Try again" when trying again can help.
        """
        self._sending.add(conversation_id)
        if conversation_id == self._current:
            self.composer.set_busy(True)
        self._hide_notice()
        failure: str | None = None
        retry = False
        try:
            message_id = await self._services.outbox.send_text(
                conversation_id, text, reply_to=reply_to
            )
        except OutboxRefused as exc:
            failure = render(exc.phrase)
        except Exception as exc:  # the database is busy, gone or full: the words are kept
            log.warning("reply to conversation %s not stored", conversation_id, exc_info=True)
            failure = self._unsaved_reply_text(exc)
            retry = True
        finally:
            self._sending.discard(conversation_id)
        if failure is None and self._work is not None:
            try:  # who sent it, for its message info; the reply itself is stored already
                await self._work.record_sender(message_id)
            except Exception:
                log.warning("sender of message %s not recorded", message_id, exc_info=True)
        if conversation_id == self._current:
            self.composer.set_busy(False)
            if failure is None:
                self.composer.sent(text)
            elif not self.composer.editor.toPlainText().strip():
                self.composer.editor.setPlainText(text)  # nothing the user typed is lost
        elif failure is None and self._drafts.get(conversation_id, "").strip() == text:
            del self._drafts[conversation_id]
        if failure is not None:
            self._show_notice(failure, retry=retry)

    def _unsaved_reply_text(self, exc: Exception) -> str:
        reason = str(exc).lower()
        if "locked" in reason or "busy" in reason:
            return self.tr(
                "Your reply was not sent: the database is busy (another program may be using "
                "it). The text is still in the box below; try again in a moment."
            )
        return self.tr(
            "Your reply was not sent: it could not be saved ({error}). The text is still in "
            "the box below; try again."
        ).format(error=str(exc)[:200] or type(exc).__name__)

    def _retry_send(self) -> None:
        self._hide_notice()
        self.composer.submit()

    async def react(self, conversation_id: int, wamid: str, emoji: str) -> None:
        """Put (or with "" remove) the business's reaction on a customer's message."""
        try:
            await self._services.outbox.enqueue(
                conversation_id, "reaction", {"message_id": wamid, "emoji": emoji}
            )
        except OutboxRefused as exc:
            self._show_notice(render(exc.phrase))

    def open_template_dialog(self, conversation_id: int | None = None) -> TemplateSendDialog | None:
        """The template picker for the current conversation, or for ``conversation_id``.

        Non-modal, so the loop runs.
        """
        target = conversation_id if conversation_id is not None else self._current
        if target is None:
            return None
        dialog = TemplateSendDialog(self._services, target, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._tasks.spawn(dialog.load(), name="templates:choices")
        dialog.show()
        return dialog

    def _show_notice(self, text: str, *, retry: bool = False) -> None:
        self.notice.setText(text)
        self.notice_retry.setVisible(retry)
        self.notice.show()
        self.notice_bar.show()

    def _hide_notice(self) -> None:
        self.notice_bar.hide()
        self.notice.hide()
        self.notice_retry.hide()

    def _database_failed(self, error: str) -> None:
        self._show_notice(
            self.tr(
                "The inbox could not read the database ({error}). It tries again with the "
                "next change; if this stays, restart WABA Desk."
            ).format(error=error[:200])
        )

    # -- files both ways --------------------------------------------------------------------------
    def _add_media(self, services: InboxServices, column: QVBoxLayout) -> None:
        """The attachment bar above the reply box; open, save, view and play files in the thread."""
        self.audio_player = AudioPlayer(self)
        column.insertWidget(column.indexOf(self.thread_view) + 1, self.audio_player)
        self.attachments: AttachmentBar | None = None
        if services.media_sending is not None:
            bar = AttachmentBar(
                services.media_sending,
                self,
                window_open=lambda: self.composer.window_open,
                reply_to=lambda: self.composer.reply_wamid,
            )
            column.insertWidget(column.indexOf(self.composer), bar)
            self.composer.add_tool(bar.attach_button)
            for target in (self.composer.editor, self.composer.editor.viewport()):
                bar.watch(target)
            bar.watch(self.thread_view.viewport())
            bar.notice.connect(self._show_notice)
            bar.sent.connect(self._attachment_sent)
            # Enter in an empty reply box sends the file waiting above it.
            self.composer.editor.submit.connect(
                lambda: bar.send() if not self.composer.editor.toPlainText().strip() else None
            )
            self.attachments = bar
        self.media_actions: MediaActions | None = None
        if services.media_files is not None:
            self.media_actions = MediaActions(services.media_files, self)
            self.media_actions.notice.connect(self._show_notice)
            self.media_actions.play_requested.connect(self.audio_player.play_file)
        self.thread_view.doubleClicked.connect(self._thread_double_clicked)

    def _media_follow(self, conversation_id: int | None) -> None:
        self.audio_player.stop_and_hide()
        if self.attachments is not None:
            self.attachments.show_conversation(conversation_id)

    def _attachment_sent(self, message_id: int) -> None:
        self.composer.set_reply(None, None)
        self.thread_view.follow_latest()
        if self._work is not None:
            self._tasks.spawn(self._work.record_sender(message_id), name="attach:sender")

    def _thread_double_clicked(self, index: QModelIndex) -> None:
        row = self.messages.message_row(index.row()) if index.isValid() else None
        if row is not None and self.rich_messages.activate(row):
            return
        if row is not None and self.media_actions is not None:
            self.media_actions.activate(row)

    def _thread_menu(self, position: QPoint) -> None:
        index = self.thread_view.indexAt(position)
        menu = self.thread_menu(index.row()) if index.isValid() else None
        if menu is not None:
            menu.exec(self.thread_view.viewport().mapToGlobal(position))
            menu.deleteLater()

    def thread_menu(self, row_number: int) -> QMenu | None:
        """The context menu of one message (also of one the inbox could not read or show)."""
        message_id = self.messages.message_id(row_number)
        if message_id is None:
            return None
        menu = QMenu(self)
        raw = QAction(self.tr("Copy as received (JSON)"), menu)
        raw.setObjectName("copyRaw")
        raw.triggered.connect(
            lambda: self._tasks.spawn(self._copy_stored_payload(message_id), name="thread:copy-raw")
        )
        row = self.messages.message_row(row_number)
        if row is None:
            menu.addAction(raw)
            return menu
        copy = QAction(self.tr("Copy text"), menu)
        text = as_text(row.text)
        copy.setEnabled(bool(text))
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(text))
        menu.addAction(copy)
        forward = QAction(self.tr("Forward…"), menu)
        forward.setObjectName("forward")
        forward.setEnabled(bool(text.strip()))
        forward.triggered.connect(lambda: self.forwarding.choose_target(text))
        menu.addAction(forward)
        if self._work is not None:
            info = QAction(self.tr("Message info…"), menu)
            info.setObjectName("messageInfo")
            info.triggered.connect(
                lambda: self._tasks.spawn(self.show_message_info(row.id), name="thread:info")
            )
            menu.addAction(info)
        if row.wamid and self._current is not None:
            reply = QAction(self.tr("Reply"), menu)
            reply.setEnabled(self.composer.window_open)
            reply.triggered.connect(
                lambda: self.composer.set_reply(row.wamid, text or as_text(row.type))
            )
            menu.addAction(reply)
        if row.direction == "in" and row.wamid and self._current is not None:
            react = menu.addMenu(self.tr("React"))
            react.setEnabled(self.composer.window_open)
            conversation_id, wamid = self._current, row.wamid
            for emoji in ("👍", "❤️", "😂", "🙏", "😮"):
                action = QAction(emoji, react)
                action.triggered.connect(
                    lambda _checked=False, e=emoji: self._tasks.spawn(
                        self.react(conversation_id, wamid, e), name="outbox:react"
                    )
                )
                react.addAction(action)
            if row.reaction:
                remove = QAction(self.tr("Remove reaction"), react)
                remove.triggered.connect(
                    lambda: self._tasks.spawn(
                        self.react(conversation_id, wamid, ""), name="outbox:react"
                    )
                )
                react.addAction(remove)
        if self.media_actions is not None:
            self.media_actions.add_actions(menu, row)
        self.rich_messages.add_actions(menu, row)
        self._add_type_actions(menu, row)
        if row.direction == "out" and needs_check(row.status, row.error_details):
            # An uncertain send may have arrived: look for WhatsApp's report before resending.
            check = QAction(self.tr("Check whether it arrived"), menu)
            check.setObjectName("checkDelivery")
            check.triggered.connect(
                lambda: self._tasks.spawn(self._check(row.id), name="outbox:check")
            )
            menu.addAction(check)
        elif row.direction == "out" and resend_allowed(row.status, row.error_details):
            retry = QAction(self.tr("Send again"), menu)
            retry.setObjectName("sendAgain")
            retry.triggered.connect(
                lambda: self._tasks.spawn(self._retry(row.id), name="outbox:retry")
            )
            menu.addAction(retry)
        menu.addSeparator()
        shown = QAction(self.tr("Show as received (JSON)"), menu)
        shown.setObjectName("showRaw")
        shown.triggered.connect(
            lambda: self._tasks.spawn(self._show_stored_payload(message_id), name="thread:raw")
        )
        menu.addAction(shown)
        menu.addAction(raw)
        return menu

    def _add_type_actions(self, menu: QMenu, row: MessageRow) -> None:
        """What a person can do with this kind of message beyond reading the bubble."""
        if row.earlier_texts:
            earlier = QAction(self.tr("Show earlier versions"), menu)
            earlier.setObjectName("showEarlier")
            versions = "\n\n".join(
                self.tr("Version {n}:").format(n=n) + "\n" + text
                for n, text in enumerate(row.earlier_texts, start=1)
            )
            earlier.triggered.connect(lambda: self.show_text(self.tr("Earlier versions"), versions))
            menu.addAction(earlier)
        if row.revoked:
            deleted = QAction(self.tr("Show what the deleted message said"), menu)
            deleted.setObjectName("showDeleted")
            said = as_text(row.text) or self.tr("(no text)")
            deleted.triggered.connect(lambda: self.show_text(self.tr("Deleted message"), said))
            menu.addAction(deleted)
        for name, phone, wa_id in contact_cards(row) if row.type == "contacts" else []:
            who = f"{name} ({phone})" if name else phone
            if wa_id and self._current is not None:
                write = QAction(self.tr("Message {who}").format(who=who), menu)
                write.setObjectName("messageContact")
                write.triggered.connect(
                    lambda _checked=False, w=wa_id: self._tasks.spawn(
                        self._message_contact(w), name="thread:message-contact"
                    )
                )
                menu.addAction(write)
            copy_number = QAction(self.tr("Copy number {phone}").format(phone=phone), menu)
            copy_number.setObjectName("copyNumber")
            copy_number.triggered.connect(
                lambda _checked=False, p=phone: QGuiApplication.clipboard().setText(p)
            )
            menu.addAction(copy_number)

    def show_text(self, title: str, text: str) -> QDialog:
        """Customer text on demand, as plain text in a read-only box."""
        dialog = QDialog(self)
        dialog.setObjectName("shownText")
        dialog.setWindowTitle(title)
        layout = QVBoxLayout(dialog)
        box = QPlainTextEdit(dialog)
        box.setReadOnly(True)
        box.setPlainText(text)
        layout.addWidget(box)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        close.rejected.connect(dialog.reject)
        layout.addWidget(close)
        dialog.resize(520, 360)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    async def _show_stored_payload(self, message_id: int) -> None:
        text = await self._services.db.run(stored_payload_text, message_id)
        self.show_text(self.tr("As received"), _pretty_json(text or ""))

    async def _message_contact(self, wa_id: str) -> None:
        """Open (or start) the chat with a shared contact, on the number of this chat."""
        number = self._current_number()
        if number is None:
            return
        conversation_id = await self._services.db.run(conversation_with, number, wa_id)
        await self.conversations.reload()
        self._open_from_panel(conversation_id)

    def _current_number(self) -> str | None:
        row = self._current_row
        return row.phone_number_id if row is not None and row.id == self._current else None

    async def show_message_info(self, message_id: int) -> MessageInfoDialog | None:
        """Sent, delivered and read times and the agent who sent it, in a small window."""
        if self._work is None:
            return None
        info = await self._work.message_info(message_id)
        if info is None:
            return None
        dialog = MessageInfoDialog(info, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    async def _copy_stored_payload(self, message_id: int) -> None:
        text = await self._services.db.run(stored_payload_text, message_id)
        QGuiApplication.clipboard().setText(text or "")

    async def _check(self, message_id: int) -> None:
        found = await self._services.outbox.check_delivery(message_id)
        self._show_notice(render(found.phrase))

    async def _retry(self, message_id: int) -> None:
        await self._services.outbox.retry(message_id)


def _pretty_json(text: str) -> str:
    try:
        return json.dumps(json.loads(text), ensure_ascii=False, indent=2)
    except ValueError:
        return text
