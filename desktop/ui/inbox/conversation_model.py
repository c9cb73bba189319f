"""Conversations as an item model: ids only, rows fetched from the DB thread in pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from desktop.models.db import Database
from desktop.services import inbox
from desktop.services.message_text import as_text
from desktop.ui.inbox.paged_ids_model import Index, PagedIdsModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11


class ConversationListModel(PagedIdsModel[inbox.ConversationRow]):
    """Newest conversation first; ``fetchMore`` exposes the list a page at a time."""

    PAGE = 100
    # emitted after a reload finished (payload: number of conversations matching)
    reloaded = Signal(int)

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._shown = 0
        self._filter = inbox.ConversationFilter()

    # -- Qt model API ------------------------------------------------------------------------
    def shown_count(self) -> int:
        return self._shown

    def item_data(self, position: int, item_id: int, role: int) -> Any:
        row = self._rows.get(item_id)
        if role == ID_ROLE:
            return item_id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return as_text(row.contact_name) if row else ""
        if role == Qt.ItemDataRole.ToolTipRole and row:
            return (row.contact_wa_id and "+" + row.contact_wa_id) or row.contact_user_id
        return None

    def unavailable_data(self, item_id: int, role: int) -> Any:
        return item_id if role == ID_ROLE else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._ids) and not self.fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            generation = self._generation
            self._start_fetch(lambda: self._fetch_page(generation), "conversations:page")

    # -- loading -------------------------------------------------------------------------------
    def conversation_id(self, row: int) -> int | None:
        return self.id_at(row)

    def row_data(self, conversation_id: int) -> inbox.ConversationRow | None:
        return self._rows.get(conversation_id)

    def current_filter(self) -> inbox.ConversationFilter:
        return self._filter

    def set_filter(self, flt: inbox.ConversationFilter) -> None:
        self._filter = flt
        self._tasks.spawn(self.reload(), name="conversations:filter")

    async def reload(self) -> None:
        """Re-read the ordered ids and the first pages' rows, then reset the view."""
        self._generation += 1
        generation = self._generation
        keep = max(self._shown, self.PAGE)
        try:
            ids = await self._db.run(inbox.conversation_ids, self._filter)
            rows = await self._db.run(inbox.conversation_rows, ids[:keep])
        except Exception as exc:  # the list stays as it was; the next change tries again
            self._report_fetch_failure("conversations:reload", exc)
            return
        if generation != self._generation:
            return
        self.beginResetModel()
        self._set_ids(ids)
        self._rows = rows
        self._shown = min(len(ids), keep)
        self.failures.forget()
        self.endResetModel()
        self.reloaded.emit(len(ids))

    async def refresh(self, conversation_ids: frozenset[int]) -> None:
        """Conversations changed: reorder if needed, else repaint just their rows."""
        ids = await self._db.run(inbox.conversation_ids, self._filter)
        if ids[: self._shown] != self._ids[: self._shown] or len(ids) != len(self._ids):
            await self.reload()
            return
        shown = set(ids[: self._shown])
        wanted = [i for i in conversation_ids if i in shown]
        rows = await self._db.run(inbox.conversation_rows, wanted)
        self._rows.update(rows)
        self._emit_rows_changed(rows)

    async def _fetch_page(self, generation: int) -> None:
        start, end = self._shown, min(len(self._ids), self._shown + self.PAGE)
        rows = await self._db.run(inbox.conversation_rows, self._ids[start:end])
        if generation != self._generation or start != self._shown:
            return
        self._rows.update(rows)
        self.beginInsertRows(QModelIndex(), start, end - 1)
        self._shown = end
        self.endInsertRows()
