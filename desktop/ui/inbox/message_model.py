"""The messages of one conversation: ids in display order, rows fetched when shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.models.db import Database
from desktop.services import inbox
from desktop.ui.chat import BUBBLE_KEY_ROLE
from desktop.ui.tasks import spawn

MESSAGE_ROW_ROLE = Qt.ItemDataRole.UserRole + 20
MESSAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 21

Index = QModelIndex | QPersistentModelIndex


class MessageListModel(QAbstractListModel):
    """Oldest first. Missing rows are fetched in one batch per event-loop turn."""

    # emitted after rows were appended at the end (the view scrolls to the bottom)
    appended = Signal()
    # emitted when the conversation was (re)loaded
    loaded = Signal(int)

    def __init__(
        self,
        db: Database,
        spec_role: int,
        to_spec: Callable[[inbox.MessageRow | None], Any],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._spec_role = spec_role
        self._to_spec = to_spec
        self.conversation_id: int | None = None
        self._ids: list[int] = []
        self._rows: dict[int, inbox.MessageRow] = {}
        self._specs: dict[int, Any] = {}
        self._missing: set[int] = set()
        self._generation = 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        message_id = self._ids[index.row()]
        if role in (MESSAGE_ID_ROLE, BUBBLE_KEY_ROLE):
            return message_id
        row = self._rows.get(message_id)
        if row is None:
            self._request(message_id)
        if role == MESSAGE_ROW_ROLE:
            return row
        if role == self._spec_role:
            spec = self._specs.get(message_id)
            if spec is None:
                spec = self._to_spec(row)
                if row is not None:
                    self._specs[message_id] = spec
            return spec
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text if row else ""
        return None

    def row_of(self, message_id: int) -> int | None:
        try:
            return self._ids.index(message_id)
        except ValueError:
            return None

    def message_row(self, row: int) -> inbox.MessageRow | None:
        if 0 <= row < len(self._ids):
            return self._rows.get(self._ids[row])
        return None

    def invalidate_specs(self) -> None:
        """Theme changed: rebuild every bubble."""
        self._specs.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    async def load(self, conversation_id: int | None) -> None:
        self._generation += 1
        generation = self._generation
        ids: list[int] = []
        rows: dict[int, inbox.MessageRow] = {}
        if conversation_id is not None:
            ids = await self._db.run(inbox.message_ids, conversation_id)
            rows = await self._db.run(inbox.message_rows, ids[-200:])
        if generation != self._generation:
            return
        self.beginResetModel()
        self.conversation_id = conversation_id
        self._ids = ids
        self._rows = rows
        self._specs.clear()
        self._missing.clear()
        self.endResetModel()
        self.loaded.emit(len(ids))

    async def refresh(self, message_ids: frozenset[int]) -> None:
        """New or changed messages in this conversation."""
        if self.conversation_id is None:
            return
        generation = self._generation
        ids = await self._db.run(inbox.message_ids, self.conversation_id)
        changed = [i for i in message_ids if i in set(ids)]
        new = [i for i in ids if i not in self._rows and i not in set(self._ids)]
        # Reactions change their target's row: re-read every row we show when one arrives.
        rows = await self._db.run(
            inbox.message_rows, set(changed) | set(new) | self._reaction_targets()
        )
        if generation != self._generation:
            return
        if ids[: len(self._ids)] != self._ids:
            self.beginResetModel()
            self._ids = ids
            self._rows.update(rows)
            self._specs.clear()
            self.endResetModel()
            self.appended.emit()
            return
        for message_id, row in rows.items():
            self._rows[message_id] = row
            self._specs.pop(message_id, None)
            position = self.row_of(message_id)
            if position is not None:
                index = self.index(position)
                self.dataChanged.emit(index, index)
        if len(ids) > len(self._ids):
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
            self.appended.emit()

    def _reaction_targets(self) -> set[int]:
        # Cheap approximation: the last 50 shown messages may carry a new reaction.
        return set(self._ids[-50:])

    def _request(self, message_id: int) -> None:
        if not self._missing:
            spawn(self._fetch_missing(self._generation), name="messages:rows")
        self._missing.add(message_id)

    async def _fetch_missing(self, generation: int) -> None:
        import asyncio

        await asyncio.sleep(0)  # collect every row the view asks for in this paint
        wanted, self._missing = set(self._missing), set()
        rows = await self._db.run(inbox.message_rows, wanted)
        if generation != self._generation:
            return
        self._rows.update(rows)
        for message_id in rows:
            position = self.row_of(message_id)
            if position is not None:
                index = self.index(position)
                self.dataChanged.emit(index, index)
