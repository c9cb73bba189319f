"""The messages of one conversation: ids in display order, rows fetched when shown."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from desktop.models.db import Database
from desktop.services import inbox
from desktop.services.message_text import as_text
from desktop.ui.chat import BUBBLE_KEY_ROLE
from desktop.ui.inbox.paged_ids_model import PagedIdsModel

MESSAGE_ROW_ROLE = Qt.ItemDataRole.UserRole + 20
MESSAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 21


class MessageListModel(PagedIdsModel[inbox.MessageRow]):
    """Oldest first. Missing rows are fetched in one batch per event-loop turn.

    A batch the database cannot read (one stored row of an unexpected shape is enough) is
    read again one row at a time, so only the rows that fail are shown as unavailable.
    """

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
        *,
        unavailable: Callable[[], Any] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._spec_role = spec_role
        self._to_spec = to_spec
        self._unavailable = unavailable
        self.conversation_id: int | None = None
        self._specs: dict[int, Any] = {}
        self._missing: set[int] = set()
        self._unreadable: set[int] = set()  # rows the database could not give us

    def item_data(self, position: int, item_id: int, role: int) -> Any:
        if role in (MESSAGE_ID_ROLE, BUBBLE_KEY_ROLE):
            return item_id
        if item_id in self._unreadable:
            return self.unavailable_data(item_id, role)
        row = self._rows.get(item_id)
        if row is None:
            self._request(item_id)
        if role == MESSAGE_ROW_ROLE:
            return row
        if role == self._spec_role:
            spec = self._specs.get(item_id)
            if spec is None:
                spec = self._to_spec(row)
                if row is not None:
                    self._specs[item_id] = spec
            return spec
        if role == Qt.ItemDataRole.DisplayRole:
            return as_text(row.text) if row else ""
        return None

    def unavailable_data(self, item_id: int, role: int) -> Any:
        if role in (MESSAGE_ID_ROLE, BUBBLE_KEY_ROLE):
            return item_id
        if role == MESSAGE_ROW_ROLE:
            return self._rows.get(item_id)
        if role == self._spec_role:
            return self._unavailable()
        return None

    def message_id(self, row: int) -> int | None:
        return self.id_at(row)

    def message_row(self, row: int) -> inbox.MessageRow | None:
        item_id = self.id_at(row)
        return None if item_id is None else self._rows.get(item_id)

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
            try:
                ids = await self._db.run(inbox.message_ids, conversation_id)
            except Exception as exc:
                self._report_fetch_failure("messages:load", exc)
            rows, unreadable = await self._read_rows(ids[-200:])
        else:
            rows, unreadable = {}, set()
        if generation != self._generation:
            return
        self.beginResetModel()
        self.conversation_id = conversation_id
        self._set_ids(ids)
        self._rows = rows
        self._specs.clear()
        self._missing.clear()
        self._unreadable = unreadable
        self.failures.forget()
        self.endResetModel()
        self.loaded.emit(len(ids))

    async def refresh(self, message_ids: frozenset[int]) -> None:
        """New or changed messages in this conversation."""
        if self.conversation_id is None:
            return
        generation = self._generation
        try:
            ids = await self._db.run(inbox.message_ids, self.conversation_id)
        except Exception as exc:
            self._report_fetch_failure("messages:refresh", exc)
            return
        known = self._positions
        listed = set(ids)
        changed = [i for i in message_ids if i in listed]
        new = [i for i in ids if i not in known]
        # Reactions change their target's row: re-read every row we show when one arrives.
        rows, unreadable = await self._read_rows(set(changed) | set(new) | self._reaction_targets())
        if generation != self._generation:
            return
        self._unreadable |= unreadable
        if ids[: len(self._ids)] != self._ids:
            self.beginResetModel()
            self._set_ids(ids)
            self._rows.update(rows)
            self._specs.clear()
            self.endResetModel()
            self.appended.emit()
            return
        for message_id, row in rows.items():
            self._rows[message_id] = row
            self._specs.pop(message_id, None)
        self._emit_rows_changed(rows)
        if len(ids) > len(self._ids):
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, len(ids) - 1)
            self._extend_ids(ids[start:])
            self.endInsertRows()
            self.appended.emit()

    def _reaction_targets(self) -> set[int]:
        # Cheap approximation: the last 50 shown messages may carry a new reaction.
        return set(self._ids[-50:])

    def _request(self, message_id: int) -> None:
        if message_id in self._missing:
            return
        if not self._missing:
            generation = self._generation
            self._start_fetch(lambda: self._fetch_missing(generation), "messages:rows")
        self._missing.add(message_id)

    async def _fetch_missing(self, generation: int) -> None:
        await asyncio.sleep(0)  # collect every row the view asks for in this paint
        wanted, self._missing = set(self._missing), set()
        rows, unreadable = await self._read_rows(wanted)
        if generation != self._generation:
            return
        self._rows.update(rows)
        self._unreadable |= unreadable
        self._emit_rows_changed(set(rows) | unreadable)

    async def _read_rows(
        self, ids: set[int] | list[int]
    ) -> tuple[dict[int, inbox.MessageRow], set[int]]:
        """The rows of ``ids`` and those that cannot be read (a failed batch is read row by row).

        A row is only marked unreadable for a failure of its own: when the database itself
        fails (locked, gone), nothing is marked and the rows are asked for again later.
        """
        unreadable: set[int] = set()
        try:
            return await self._db.run(inbox.message_rows, ids), unreadable
        except Exception as exc:
            if _is_database_error(exc):
                self._report_fetch_failure("messages:rows", exc)
                return {}, unreadable
        rows: dict[int, inbox.MessageRow] = {}
        for message_id in ids:
            try:
                rows.update(await self._db.run(inbox.message_rows, [message_id]))
            except Exception as exc:
                if _is_database_error(exc):
                    self._report_fetch_failure("messages:rows", exc)
                    break
                self.failures.report(message_id, exc)
                unreadable.add(message_id)
        return rows, unreadable


def _is_database_error(exc: BaseException) -> bool:
    """Raised by the database layer (locked, I/O), not by a row's content."""
    return any(
        cls.__module__.split(".")[0] in ("sqlalchemy", "sqlite3") for cls in type(exc).__mro__
    )
