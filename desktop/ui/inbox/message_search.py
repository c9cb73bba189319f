"""Messages matching the inbox's search box, each with its hit highlighted.

The conversation list matches names and numbers; this list answers the "or message" half
of the search box over every message (``desktop.services.search``). Typing is debounced,
and a search still running when the user types on is cancelled on the DB thread (which
ingest shares), so a burst of keystrokes costs one search, not one per key.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.db import Database
from desktop.services.search.highlight import snippet, utf16_spans
from desktop.services.search.messages import CancelToken, MessageHit, SearchResult, search_messages
from desktop.ui.task_scope import UiTaskScope

log = logging.getLogger(__name__)

HIT_ROLE = Qt.ItemDataRole.UserRole + 30
DEBOUNCE_MS = 250
SNIPPET_WIDTH = 90

Index = QModelIndex | QPersistentModelIndex


class SearchHitModel(QAbstractListModel):
    """The hits of the current search, newest first; older pages are appended."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[MessageHit] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:
            if not index.isValid() or not 0 <= index.row() < len(self._hits):
                return None
            hit = self._hits[index.row()]
            if role == HIT_ROLE:
                return hit
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{hit.contact_name}: {hit.text}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return hit.text
        except Exception:  # never out of a Qt virtual
            log.exception("search hit data failed")
        return None

    def hit(self, row: int) -> MessageHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def replace(self, hits: list[MessageHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def extend(self, hits: list[MessageHit]) -> None:
        if hits:
            start = len(self._hits)
            self.beginInsertRows(QModelIndex(), start, start + len(hits) - 1)
            self._hits.extend(hits)
            self.endInsertRows()


class SearchHitDelegate(QStyledItemDelegate):
    """Two plain-text lines: who and when, then the text around the hit, hit in bold."""

    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        try:
            line = option.fontMetrics.lineSpacing()
            return QSize(200, 2 * line + 2 * self.PAD + 2)
        except Exception:
            log.exception("search hit size failed")
            return QSize(200, 44)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        try:
            self._paint(painter, option, index)
        except Exception:  # never out of a Qt virtual
            log.exception("search hit paint failed")

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, MessageHit):
            return
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.save()
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        metrics = option.fontMetrics
        when = datetime.fromtimestamp(hit.timestamp).strftime("%Y-%m-%d %H:%M")
        when_width = metrics.horizontalAdvance(when) + self.PAD
        name_font = QFont(option.font)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(text_color)
        name_rect = QRectF(rect.left(), rect.top(), rect.width() - when_width, metrics.height())
        name = painter.fontMetrics().elidedText(
            hit.contact_name, Qt.TextElideMode.ElideRight, int(name_rect.width())
        )
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(
            QRectF(rect.right() - when_width, rect.top(), when_width, metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            when,
        )
        # The text around the first hit, every hit in bold, on one elided line.
        text, spans = snippet(hit.text, hit.spans, SNIPPET_WIDTH)
        text, spans = around_first_hit(text, spans, metrics, int(rect.width()))
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        if elided != text:  # keep what fits and its spans; "…" marks the cut, never a clip
            kept = len(elided.rstrip("…"))
            text = text[:kept] + "…"
            spans = tuple((s, min(n, kept - s)) for s, n in spans if s < kept)
        layout = QTextLayout(text, option.font)
        formats = []
        for start, length in utf16_spans(text, spans):
            fmt = QTextLayout.FormatRange()
            fmt.start, fmt.length = start, length
            char = QTextCharFormat()
            char.setFontWeight(QFont.Weight.Bold)
            char.setForeground(text_color)
            fmt.format = char
            formats.append(fmt)
        layout.setFormats(formats)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        layout.beginLayout()
        line = layout.createLine()
        if line.isValid():
            line.setLineWidth(rect.width())
        layout.endLayout()
        top = rect.top() + metrics.lineSpacing() + 2
        painter.setClipRect(QRectF(rect.left(), top, rect.width(), metrics.lineSpacing() + 2))
        layout.draw(
            painter, QRectF(rect.left(), top, rect.width(), metrics.lineSpacing()).topLeft()
        )
        painter.restore()


def around_first_hit(
    text: str, spans: tuple[tuple[int, int], ...], metrics: QFontMetrics, width: int
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` cut at the start ("…") so that its first hit shows in ``width`` pixels.

    A narrow list showed "…is out for de…" with the word searched for cut off.
    """
    if not spans or width <= 0:
        return text, spans
    first, length = spans[0]
    end = first + length
    room = width * 3 // 4  # the hit (drawn bold: wider) and a little of what follows it
    if metrics.horizontalAdvance(text[:end]) <= room:
        return text, spans
    low, high = 0, first  # the latest start that keeps the hit is ``first``
    while low < high:  # the earliest start from which "…" + text up to the hit fits
        middle = (low + high) // 2
        if metrics.horizontalAdvance("…" + text[middle:end]) <= room:
            high = middle
        else:
            low = middle + 1
    start = low
    moved = tuple((s - start + 1, n) for s, n in spans if s >= start)
    return "…" + text[start:], moved


class MessageSearchResults(QWidget):
    """The "Messages" part of the inbox search: a header, the hits, and "older matches"."""

    # a hit was chosen (payload: conversation id, message id)
    hit_chosen = Signal(int, int)
    # a search finished and its hits are listed (payload: number of hits listed)
    listed = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageSearch")
        self._db = db
        # The numbers the person at the desk sees (None: every one): hits elsewhere are left out.
        self.scope: frozenset[str] | None = None
        self._tasks = UiTaskScope(self)
        self._query = ""
        self._token: CancelToken | None = None
        self._next_before: int | None = None
        self.model = SearchHitModel(self)
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.header.setObjectName("searchHeader")
        self.view = QListView(self)
        self.view.setObjectName("searchHits")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchHitDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.more_button = QPushButton(self.tr("Show older matches"), self)
        self.more_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.more_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_search)
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)
        self.more_button.clicked.connect(self._more)
        self.hide()

    # -- what the user typed -------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Called on every keystroke: the search starts once typing pauses."""
        self._query = text.strip()
        if self._token is not None:
            self._token.cancel()
            self._token = None
        if not self._query:
            self._timer.stop()
            self.model.replace([])
            self.hide()
            return
        self._timer.start()

    def set_scope(self, numbers: frozenset[str] | None) -> None:
        """Search only these numbers' messages from now on (the shown hits are read again)."""
        self.scope = numbers
        if self._token is not None:
            self._token.cancel()
        if self._query:
            self._start_search()

    def _start_search(self) -> None:
        token = self._token = CancelToken()
        self._tasks.spawn(self._search(self._query, None, token), name="inbox:message-search")

    def _more(self) -> None:
        if self._next_before is not None and self._query:
            token = self._token = CancelToken()
            self._tasks.spawn(
                self._search(self._query, self._next_before, token), name="inbox:search-more"
            )

    async def _search(self, query: str, before: int | None, token: CancelToken) -> None:
        result: SearchResult = await self._db.run(
            search_messages, query, before_id=before, cancel=token, phone_number_ids=self.scope
        )
        if result.cancelled or token.cancelled or query != self._query:
            return
        if before is None:
            self.model.replace(result.hits)
        else:
            self.model.extend(result.hits)
        self._next_before = result.next_before
        self.more_button.setVisible(result.next_before is not None)
        self._show_header(query, result)
        self.show()
        self.listed.emit(self.model.rowCount())

    def _show_header(self, query: str, result: SearchResult) -> None:
        count = self.model.rowCount()
        if count == 0 and result.complete:
            self.header.setText(self.tr("No messages contain “{text}”.").format(text=query))
        elif not result.complete:
            self.header.setText(
                self.tr("Messages: short words are looked up in recent messages first.")
            )
        else:
            self.header.setText(self.tr("Messages"))

    def _chosen(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if hit is not None:
            self.hit_chosen.emit(hit.conversation_id, hit.message_id)
