"""Conversations as an item model: ids only, rows fetched from the DB thread in pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.models.db import Database
from desktop.services import inbox
from desktop.ui.tasks import spawn

ROW_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11

Index = QModelIndex | QPersistentModelIndex


class ConversationListModel(QAbstractListModel):
    """Newest conversation first; ``fetchMore`` exposes the list a page at a time."""

    PAGE = 100
    # emitted after a reload finished (payload: number of conversations matching)
    reloaded = Signal(int)

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._ids: list[int] = []
        self._shown = 0
        self._rows: dict[int, inbox.ConversationRow] = {}
        self._filter = inbox.ConversationFilter()
        self._fetching = False
        self._generation = 0

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        conversation_id = self._ids[index.row()]
        row = self._rows.get(conversation_id)
        if role == ID_ROLE:
            return conversation_id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return row.contact_name if row else ""
        if role == Qt.ItemDataRole.ToolTipRole and row:
            return (row.contact_wa_id and "+" + row.contact_wa_id) or row.contact_user_id
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._ids) and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            spawn(self._fetch_page(self._generation), name="conversations:page")

    # -- loading -------------------------------------------------------------------------------
    def conversation_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < self._shown else None

    def row_of(self, conversation_id: int) -> int | None:
        try:
            position = self._ids.index(conversation_id)
        except ValueError:
            return None
        return position if position < self._shown else None

    def row_data(self, conversation_id: int) -> inbox.ConversationRow | None:
        return self._rows.get(conversation_id)

    def set_filter(self, flt: inbox.ConversationFilter) -> None:
        self._filter = flt
        spawn(self.reload(), name="conversations:filter")

    async def reload(self) -> None:
        """Re-read the ordered ids and the first pages' rows, then reset the view."""
        self._generation += 1
        generation = self._generation
        keep = max(self._shown, self.PAGE)
        ids = await self._db.run(inbox.conversation_ids, self._filter)
        rows = await self._db.run(inbox.conversation_rows, ids[:keep])
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        self._rows = rows
        self._shown = min(len(ids), keep)
        self._fetching = False
        self.endResetModel()
        self.reloaded.emit(len(ids))

    async def refresh(self, conversation_ids: frozenset[int]) -> None:
        """Conversations changed: reorder if needed, else repaint just their rows."""
        ids = await self._db.run(inbox.conversation_ids, self._filter)
        if ids[: self._shown] != self._ids[: self._shown] or len(ids) != len(self._ids):
            await self.reload()
            return
        wanted = [i for i in conversation_ids if i in set(ids[: self._shown])]
        rows = await self._db.run(inbox.conversation_rows, wanted)
        self._rows.update(rows)
        for conversation_id in rows:
            position = self.row_of(conversation_id)
            if position is not None:
                index = self.index(position)
                self.dataChanged.emit(index, index)

    async def _fetch_page(self, generation: int) -> None:
        start, end = self._shown, min(len(self._ids), self._shown + self.PAGE)
        rows = await self._db.run(inbox.conversation_rows, self._ids[start:end])
        if generation != self._generation:
            return
        self._rows.update(rows)
        self.beginInsertRows(QModelIndex(), start, end - 1)
        self._shown = end
        self.endInsertRows()
        self._fetching = False
