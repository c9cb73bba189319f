"""Conversations as an item model: keyset pages of ids and rows, changes applied in place."""

from __future__ import annotations

import bisect
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal

from desktop.models.db import Database
from desktop.services import inbox
from desktop.services.message_text import as_text
from desktop.ui.inbox.paged_ids_model import Index, PagedIdsModel
from desktop.ui.inbox.row_marks import row_tooltip

ROW_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11


class ConversationListModel(PagedIdsModel[inbox.ConversationRow]):
    """Newest conversation first, read a keyset page at a time (``fetchMore``).

    The model holds the first pages of the list, never every id: 50,000 conversations cost
    one page. Changes from ingest are applied in place, coalesced: the changed ids collect
    for :data:`COALESCE_MS` and are then read in one small query (where each now sorts,
    and its row), and their rows are moved, inserted, removed or repainted. The list is not
    read again, so the DB thread stays free for ingest.
    """

    PAGE = 100
    COALESCE_MS = 250  # at most four refreshes a second
    # More rows moving at once than this are re-sorted in one layout change, not moved singly.
    MOVES_ONE_BY_ONE = 8
    # emitted after a reload finished (payload: conversations listed, 0 when none match)
    reloaded = Signal(int)

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._filter = inbox.ConversationFilter()
        self._keys: dict[int, inbox.PageKey] = {}
        self._orders: list[tuple[int, float, int]] = []  # sort keys of _ids, for bisect
        self._next: inbox.PageKey | None = None  # where the next page starts; None: no more
        self._dirty: set[int] = set()
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(self.COALESCE_MS)
        self._coalesce.timeout.connect(self._apply_dirty)
        self._applying = False
        self.refreshes = 0  # coalesced refreshes run (how often the DB was asked)

    # -- Qt model API ------------------------------------------------------------------------
    def item_data(self, position: int, item_id: int, role: int) -> Any:
        row = self._rows.get(item_id)
        if role == ID_ROLE:
            return item_id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return as_text(row.contact_name) if row else ""
        if role == Qt.ItemDataRole.ToolTipRole and row:
            return row_tooltip(row)
        return None

    def unavailable_data(self, item_id: int, role: int) -> Any:
        return item_id if role == ID_ROLE else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next is not None and not self.fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            generation = self._generation
            self._start_fetch(lambda: self._fetch_page(generation), "conversations:page")

    # -- what the inbox asks -------------------------------------------------------------------
    def conversation_id(self, row: int) -> int | None:
        return self.id_at(row)

    def row_data(self, conversation_id: int) -> inbox.ConversationRow | None:
        return self._rows.get(conversation_id)

    def current_filter(self) -> inbox.ConversationFilter:
        return self._filter

    def use_filter(self, flt: inbox.ConversationFilter) -> None:
        """Take ``flt`` for the next (re)load, without reading anything now."""
        self._filter = flt

    def set_filter(self, flt: inbox.ConversationFilter, *, reload: bool = True) -> None:
        """List what ``flt`` matches; ``reload=False`` re-reads only if the ids changed."""
        # Only the kept conversation changed: the one let go and the one now kept are checked
        # with the next coalesced changes (a thread being opened reads and paints first).
        kept = frozenset(i for i in (self._filter.keep_id, flt.keep_id) if i is not None)
        self._filter = flt
        if reload:
            self._tasks.spawn(self.reload(), name="conversations:filter")
        else:
            self.note_changed(kept)

    # -- loading -------------------------------------------------------------------------------
    async def reload(self) -> None:
        """Read the first pages again (as many as were shown), then reset the view."""
        self._generation += 1
        generation = self._generation
        keep = max(len(self._ids), self.PAGE)
        flt = self._filter
        try:
            page, rows = await self._db.run(inbox.conversation_page_rows, flt, None, keep)
        except Exception as exc:  # the list stays as it was; the next change tries again
            self._report_fetch_failure("conversations:reload", exc)
            return
        if generation != self._generation:
            return
        self.beginResetModel()
        self._set_page(page)
        self._rows = rows
        self.failures.forget()
        self.endResetModel()
        self.reloaded.emit(len(self._ids))

    async def _fetch_page(self, generation: int) -> None:
        after = self._next
        if after is None:
            return
        page, rows = await self._db.run(
            inbox.conversation_page_rows, self._filter, after, self.PAGE
        )
        if generation != self._generation or after != self._next:
            return
        ids = [i for i in page.ids if i not in self._positions]
        self._next = page.next_after
        if not ids:
            return
        start = len(self._ids)
        self.beginInsertRows(QModelIndex(), start, start + len(ids) - 1)
        for item_id in ids:
            self._keys[item_id] = page.keys[item_id]
            self._orders.append(_order(page.keys[item_id]))
        self._extend_ids(ids)
        self._rows.update(rows)
        self.endInsertRows()

    def assigned_to(self, agent_ids: frozenset[int]) -> set[int]:
        """The conversations read so far that are assigned to one of ``agent_ids``."""
        return {i for i, row in self._rows.items() if row.assignee_id in agent_ids}

    # -- changes from ingest -------------------------------------------------------------------
    def note_changed(self, conversation_ids: frozenset[int]) -> None:
        """Conversations changed: applied together with others within :data:`COALESCE_MS`."""
        self._dirty |= conversation_ids
        if not self._coalesce.isActive() and not self._applying:
            self._coalesce.start()

    def _apply_dirty(self) -> None:
        if self._dirty:
            self._tasks.spawn(self._apply_coalesced(), name="conversations:changes")

    async def _apply_coalesced(self) -> None:
        self._applying = True
        try:
            changed, self._dirty = self._dirty, set()
            await self.refresh(frozenset(changed))
        finally:
            self._applying = False
            # a model closed meanwhile (its tasks are cancelled) has no timer left to start
            if self._dirty and shiboken6.isValid(self._coalesce):
                self._coalesce.start()

    async def refresh(self, conversation_ids: frozenset[int]) -> None:
        """Move, add, drop or repaint the rows of ``conversation_ids``; the rest stay as read."""
        if not conversation_ids:
            return
        generation = self._generation
        self.refreshes += 1
        try:
            keys, rows = await self._db.run(
                inbox.conversation_changes, self._filter, conversation_ids
            )
        except Exception as exc:
            self._report_fetch_failure("conversations:refresh", exc)
            return
        if generation != self._generation:
            return
        was_empty = not self._ids
        repaint: list[int] = []
        moved: dict[int, inbox.PageKey] = {}
        added: dict[int, inbox.PageKey] = {}
        dropped: list[int] = []
        for conversation_id in sorted(conversation_ids):
            key = keys.get(conversation_id)
            listed = conversation_id in self._positions
            # Beyond the last row read, a conversation is read with its page, not now.
            belongs = key is not None and (self._next is None or _order(key) <= _order(self._next))
            if belongs and key is not None:
                if conversation_id in rows:
                    self._rows[conversation_id] = rows[conversation_id]
                (moved if listed else added)[conversation_id] = key
                repaint.append(conversation_id)
            elif listed:
                dropped.append(conversation_id)
        if len(moved) > self.MOVES_ONE_BY_ONE:
            self._reorder(moved)
        else:
            for conversation_id, key in moved.items():
                self._move(conversation_id, key)
        for conversation_id in dropped:
            self._remove(conversation_id)
        for conversation_id, key in added.items():
            self._insert(conversation_id, key)
        self._emit_rows_changed(repaint)
        if was_empty != (not self._ids):
            self.reloaded.emit(len(self._ids))  # the list became empty, or stopped being

    # -- keeping the rows in order -------------------------------------------------------------
    def _set_page(self, page: inbox.ConversationPage) -> None:
        self._keys = {i: page.keys[i] for i in page.ids}
        self._orders = [_order(page.keys[i]) for i in page.ids]
        self._next = page.next_after
        self._set_ids(list(page.ids))

    def _reindex(self, start: int) -> None:
        for position in range(start, len(self._ids)):
            self._positions[self._ids[position]] = position

    def _insert(self, conversation_id: int, key: inbox.PageKey) -> None:
        order = _order(key)
        position = bisect.bisect_left(self._orders, order)
        self.beginInsertRows(QModelIndex(), position, position)
        self._ids.insert(position, conversation_id)
        self._orders.insert(position, order)
        self._keys[conversation_id] = key
        self._reindex(position)
        self.endInsertRows()

    def _remove(self, conversation_id: int) -> None:
        position = self._positions[conversation_id]
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._ids[position]
        del self._orders[position]
        del self._positions[conversation_id]
        self._keys.pop(conversation_id, None)
        self._rows.pop(conversation_id, None)
        self._reindex(position)
        self.endRemoveRows()

    def _reorder(self, moved: dict[int, inbox.PageKey]) -> None:
        """Many rows moved (a burst of ingest): one layout change instead of a move each.

        Persistent indexes (the selection, the open conversation) follow their rows.
        """
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self.id_at(index.row()) for index in persistent]
        self._keys.update(moved)
        ids = sorted(self._ids, key=lambda item_id: _order(self._keys[item_id]))
        self._orders = [_order(self._keys[item_id]) for item_id in ids]
        self._set_ids(ids)
        self.changePersistentIndexList(
            persistent,
            [
                self.index(self._positions[item_id], index.column())
                if item_id is not None and item_id in self._positions
                else QModelIndex()
                for item_id, index in zip(held, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _move(self, conversation_id: int, key: inbox.PageKey) -> None:
        source = self._positions[conversation_id]
        order = _order(key)
        self._keys[conversation_id] = key
        if order == self._orders[source]:
            return
        rest = self._orders[:source] + self._orders[source + 1 :]
        target = bisect.bisect_left(rest, order)  # its position once moved
        if target == source:
            self._orders[source] = order
            return
        # Moved, not removed and inserted: the selection (the open conversation) follows it.
        destination = target if target < source else target + 1
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        del self._ids[source]
        del self._orders[source]
        self._ids.insert(target, conversation_id)
        self._orders.insert(target, order)
        self._reindex(min(source, target))
        self.endMoveRows()


def _order(key: inbox.PageKey) -> tuple[int, float, int]:
    """An ascending sort key for the list's order: newest first, undated last, then id.

    (A damaged row's time may be text; SQLite sorts text above numbers, so it goes first.)
    """
    ts: object = key.last_message_ts
    if ts is None:
        return (2, 0.0, -key.id)
    if isinstance(ts, int | float):
        return (1, -float(ts), -key.id)
    return (0, 0.0, -key.id)
