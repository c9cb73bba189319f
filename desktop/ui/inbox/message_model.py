"""The messages of one conversation, a page at a time.

Opening a thread reads its latest messages (``OPEN_PAGE`` of them: more than the tallest
window shows, few enough to be read and painted at once; ids and rows in one indexed
query); older pages (``inbox.THREAD_PAGE`` messages each) are read when the view asks
(:meth:`fetch_older`, the user scrolled near the top) and newer ones through Qt's
``canFetchMore``/``fetchMore`` when the window does not reach the newest message (a thread
opened at a search hit). The model holds one contiguous run of the thread: ``_keys`` (where
each row sorts) beside the ids, so a new message finds its place without reading the
thread again.
"""

from __future__ import annotations

import asyncio
import bisect
from collections.abc import Callable, Coroutine, Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from desktop.models.db import Database
from desktop.services import inbox
from desktop.services.message_text import as_text
from desktop.ui.chat import BUBBLE_HIGHLIGHT_ROLE, BUBBLE_KEY_ROLE
from desktop.ui.inbox.paged_ids_model import Index, PagedIdsModel

MESSAGE_ROW_ROLE = Qt.ItemDataRole.UserRole + 20
MESSAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 21

PageRead = Callable[..., inbox.ThreadPage]


class MessageListModel(PagedIdsModel[inbox.MessageRow]):
    """Oldest first; a window of consecutive messages of the thread, grown a page at a time.

    A page the database cannot read as a whole (one stored row of an unexpected shape is
    enough) is read again one row at a time, so only the rows that fail are unavailable.
    """

    PAGE = inbox.THREAD_PAGE
    # Opening a thread: rows enough to fill a full-height window on a tall screen (a bubble is
    # at least ~36 px); the user's first scroll up reads the next page.
    OPEN_PAGE = 60

    # rows were added at the newest end (payload: how many of them came from the customer)
    appended = Signal(int)
    # the conversation was (re)loaded (payload: rows loaded)
    loaded = Signal(int)
    # a page of older messages was put above the first row (payload: rows added)
    older_loaded = Signal(int)
    # messages newer than the loaded window arrived; they are read when the user goes there
    newer_waiting = Signal()

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
        self._keys: list[inbox.MessageKey] = []
        self._orders: list[tuple[int, Any, int]] = []  # _keys' sort keys, for bisect
        self._specs: dict[int, Any] = {}
        self._unreadable: set[int] = set()  # rows the database could not give us
        self.has_older = False
        self.has_newer = False
        # the message the thread was opened at (a search hit), shown highlighted
        self.focus_id: int | None = None

    # -- Qt model API ------------------------------------------------------------------------
    def item_data(self, position: int, item_id: int, role: int) -> Any:
        if role in (MESSAGE_ID_ROLE, BUBBLE_KEY_ROLE):
            return item_id
        if role == BUBBLE_HIGHLIGHT_ROLE:
            return item_id == self.focus_id
        if item_id in self._unreadable:
            return self.unavailable_data(item_id, role)
        row = self._rows.get(item_id)
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

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Newer messages exist beyond the last row (Qt asks when the last row is shown)."""
        return not parent.isValid() and self.has_newer and bool(self._keys) and not self.fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            generation = self._generation
            self._start_fetch(lambda: self._fetch_newer(generation), "messages:newer")

    # -- what the inbox asks -----------------------------------------------------------------
    def message_id(self, row: int) -> int | None:
        return self.id_at(row)

    def message_row(self, row: int) -> inbox.MessageRow | None:
        item_id = self.id_at(row)
        return None if item_id is None else self._rows.get(item_id)

    def can_fetch_older(self) -> bool:
        return self.has_older and bool(self._keys) and not self.fetching

    def fetch_older(self) -> bool:
        """Read the page above the first row (the user scrolled near the top)."""
        if not self.can_fetch_older():
            return False
        generation = self._generation
        self._start_fetch(lambda: self._fetch_older(generation), "messages:older")
        return True

    def set_focus(self, message_id: int | None) -> None:
        """Highlight ``message_id`` (or nothing)."""
        old, self.focus_id = self.focus_id, message_id
        self._emit_rows_changed(i for i in (old, message_id) if i is not None)

    def invalidate_specs(self) -> None:
        """Theme changed: rebuild every bubble."""
        self._specs.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    # -- loading -------------------------------------------------------------------------------
    def load(
        self, conversation_id: int | None, around: int | None = None
    ) -> Coroutine[Any, Any, None]:
        """Show the latest page of ``conversation_id`` (or the page around message ``around``).

        The page is asked for at once, when this is called, not when the returned coroutine
        first runs: opening a thread repaints half the window before the loop runs a task,
        and the page's read goes ahead of that and of the other reads the change causes.
        """
        self._generation += 1
        generation = self._generation
        self._cancel_fetch()
        read: tuple[PageRead, tuple[Any, ...]] | None = None
        if conversation_id is not None:
            if around is None:
                read = (inbox.thread_latest, (conversation_id, self.OPEN_PAGE))
            else:
                read = (inbox.thread_around, (conversation_id, around, self.PAGE))
        asked: asyncio.Future[inbox.ThreadPage] | None = None
        if read is not None and _loop_running():
            asked = self._db.submit(read[0], *read[1])
        return self._show_page(generation, conversation_id, around, read, asked)

    async def _show_page(
        self,
        generation: int,
        conversation_id: int | None,
        around: int | None,
        read: tuple[PageRead, tuple[Any, ...]] | None,
        asked: asyncio.Future[inbox.ThreadPage] | None,
    ) -> None:
        page: inbox.ThreadPage | None = None
        unreadable: set[int] = set()
        if read is not None:
            found = await self._read_page(read[0], *read[1], asked=asked)
            if found is not None:
                page, unreadable = found
        if generation != self._generation:
            return
        self.beginResetModel()
        self.conversation_id = conversation_id
        keys = page.keys if page is not None else []
        self._set_keys(keys)
        self._rows = dict(page.rows) if page is not None else {}
        self._specs.clear()
        self._unreadable = unreadable
        self.has_older = page.has_older if page is not None else False
        self.has_newer = page.has_newer if page is not None else False
        self.focus_id = around if around is not None and around in self._positions else None
        self.failures.forget()
        self.endResetModel()
        self.loaded.emit(len(keys))

    async def _fetch_older(self, generation: int) -> None:
        if not self._keys or self.conversation_id is None:
            return
        first = self._keys[0]
        read = await self._read_page(inbox.thread_before, self.conversation_id, first, self.PAGE)
        if read is None or generation != self._generation or not self._keys:
            return
        page, unreadable = read
        if self._keys[0] != first:
            return
        self.has_older = page.has_older
        keys = [k for k in page.keys if k.id not in self._positions]
        if not keys:
            self.older_loaded.emit(0)
            return
        self.beginInsertRows(QModelIndex(), 0, len(keys) - 1)
        self._set_keys(keys + self._keys)
        self._rows.update(page.rows)
        self._unreadable |= unreadable
        self.endInsertRows()
        self.older_loaded.emit(len(keys))

    async def _fetch_newer(self, generation: int) -> None:
        if not self._keys or self.conversation_id is None:
            return
        last = self._keys[-1]
        read = await self._read_page(inbox.thread_after, self.conversation_id, last, self.PAGE)
        if read is None or generation != self._generation or not self._keys:
            return
        page, unreadable = read
        if self._keys[-1] != last:
            return
        self.has_newer = page.has_newer
        keys = [k for k in page.keys if k.id not in self._positions]
        self._append(keys, page.rows, unreadable, inbound=0)

    async def refresh(self, message_ids: frozenset[int]) -> None:
        """New or changed messages in this conversation: only those rows are read."""
        conversation_id = self.conversation_id
        if conversation_id is None or not message_ids:
            return
        generation = self._generation
        unknown = [i for i in message_ids if i not in self._positions]
        try:
            changes = await self._db.run(inbox.thread_changes, conversation_id, unknown)
        except Exception as exc:
            self._report_fetch_failure("messages:refresh", exc)
            return
        if generation != self._generation:
            return
        # Only what falls inside the loaded window is shown; beyond it is read on the way.
        first = self._orders[0] if self._orders else None
        last = self._orders[-1] if self._orders else None
        inside: list[inbox.MessageKey] = []
        beyond = False
        for key in changes.new:
            order = key.order()
            if self.has_older and first is not None and order < first:
                continue
            if self.has_newer and last is not None and order > last:
                beyond = True
                continue
            inside.append(key)
        known = {i for i in message_ids if i in self._positions}
        wanted = known | (changes.reacted & set(self._positions)) | {k.id for k in inside}
        rows, unreadable = await self._read_rows(sorted(wanted))
        if generation != self._generation:
            return
        self._unreadable |= unreadable
        shown = [i for i in rows.keys() | unreadable if i in self._positions]
        for message_id in shown:
            if message_id in rows:
                self._rows[message_id] = rows[message_id]
            self._specs.pop(message_id, None)
        self._emit_rows_changed(shown)
        inside = [k for k in inside if k.id not in self._positions]
        at_end = [k for k in inside if not self._orders or k.order() > self._orders[-1]]
        between = [k for k in inside if k not in at_end]
        for key in between:  # out of order (a late timestamp): rare, one row at a time
            position = bisect.bisect_left(self._orders, key.order())
            self.beginInsertRows(QModelIndex(), position, position)
            self._set_keys([*self._keys[:position], key, *self._keys[position:]])
            if key.id in rows:
                self._rows[key.id] = rows[key.id]
            self.endInsertRows()
        inbound = sum(
            1 for k in inside if (row := rows.get(k.id)) is not None and row.direction == "in"
        )
        self._append(at_end, rows, unreadable, inbound=inbound)
        if beyond:
            self.newer_waiting.emit()

    # -- the rows and keys ---------------------------------------------------------------------
    def _set_keys(self, keys: list[inbox.MessageKey]) -> None:
        self._keys = keys
        self._orders = [key.order() for key in keys]
        self._set_ids([key.id for key in keys])

    def _append(
        self,
        keys: list[inbox.MessageKey],
        rows: dict[int, inbox.MessageRow],
        unreadable: set[int],
        *,
        inbound: int,
    ) -> None:
        if not keys:
            return
        start = len(self._ids)
        self.beginInsertRows(QModelIndex(), start, start + len(keys) - 1)
        self._keys.extend(keys)
        self._orders.extend(key.order() for key in keys)
        self._extend_ids(key.id for key in keys)
        self._rows.update((k.id, rows[k.id]) for k in keys if k.id in rows)
        self._unreadable |= unreadable & {k.id for k in keys}
        self.endInsertRows()
        self.appended.emit(inbound)

    def _cancel_fetch(self) -> None:
        if self._fetch_task is not None and not self._fetch_task.done():
            self._fetch_task.cancel()
        self._fetch_task = None

    async def _read_page(
        self, read: PageRead, *args: Any, asked: asyncio.Future[inbox.ThreadPage] | None = None
    ) -> tuple[inbox.ThreadPage, set[int]] | None:
        """A page and its unreadable rows; None when the database itself failed.

        ``asked``: the same read, already submitted.
        """
        try:
            return await (asked if asked is not None else self._db.run(read, *args)), set()
        except Exception as exc:
            if _is_database_error(exc):
                self._report_fetch_failure("messages:page", exc)
                return None
        # A row of the page could not be read: read the keys alone, then row by row.
        try:
            page = await self._db.run(read, *args, rows=False)
        except Exception as exc:
            self._report_fetch_failure("messages:page", exc)
            return None
        rows, unreadable = await self._read_rows(page.ids)
        return inbox.ThreadPage(page.keys, rows, page.has_older, page.has_newer), unreadable

    async def _read_rows(self, ids: Iterable[int]) -> tuple[dict[int, inbox.MessageRow], set[int]]:
        """The rows of ``ids`` and those that cannot be read (a failed batch is read row by row).

        A row is only marked unreadable for a failure of its own: when the database itself
        fails (locked, gone), nothing is marked and the rows are asked for again later.
        """
        ids = list(ids)
        unreadable: set[int] = set()
        if not ids:
            return {}, unreadable
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


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True
