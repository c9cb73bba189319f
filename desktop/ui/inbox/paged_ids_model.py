"""The base of the inbox's list models: ids in display order, rows fetched from the DB thread.

The conversation list and a thread both hold every id of what they list but only some rows,
fetched in batches on the DB thread. What they share lives here, once:

* an id → position map, so finding a row is a lookup (``list.index`` per update was
  quadratic in a long thread);
* one ``dataChanged`` per contiguous range of changed rows, not one per row;
* fetches that always end: a failed fetch is logged, reported by :attr:`fetch_failed` and
  leaves the model ready to fetch again (it used to stay "fetching" for good);
* the guard of :mod:`desktop.ui.chat.row_guard` around ``data()``: a row that cannot be
  described is logged once and described by :meth:`unavailable_data` instead.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.ui.chat.row_guard import RowFailures
from desktop.ui.task_scope import UiTaskScope

log = logging.getLogger(__name__)

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex


class PagedIdsModel(QAbstractListModel, Generic[RowT]):
    """A flat list of ids (the first :meth:`shown_count` of them visible) and their rows."""

    # a fetch from the database failed (payload: the error, for the log or a notice)
    fetch_failed = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks = UiTaskScope(self)
        self._ids: list[int] = []
        self._positions: dict[int, int] = {}
        self._rows: dict[int, RowT] = {}
        self._generation = 0  # bumped by every (re)load; older fetches are dropped
        self._fetch_task: asyncio.Task[Any] | None = None
        self.failures = RowFailures(type(self).__name__)

    # -- what subclasses write -----------------------------------------------------------------
    def shown_count(self) -> int:
        """How many of the ids are rows of the model (all of them unless paged)."""
        return len(self._ids)

    def item_data(self, position: int, item_id: int, role: int) -> Any:
        raise NotImplementedError

    def unavailable_data(self, item_id: int, role: int) -> Any:
        """What ``data()`` answers for a row whose :meth:`item_data` raised."""
        return None

    # -- Qt model API (guarded) ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.shown_count()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        position = index.row()
        if not index.isValid() or not 0 <= position < self.shown_count():
            return None
        item_id = self._ids[position]
        try:
            return self.item_data(position, item_id, role)
        except Exception as exc:
            self.failures.report(item_id, exc)
        try:
            return self.unavailable_data(item_id, role)
        except Exception as exc:
            self.failures.report(("unavailable", item_id), exc)
            return None

    # -- ids and positions ----------------------------------------------------------------------
    def _set_ids(self, ids: list[int]) -> None:
        self._ids = ids
        self._positions = {item_id: position for position, item_id in enumerate(ids)}

    def _extend_ids(self, more: Iterable[int]) -> None:
        for item_id in more:
            self._positions[item_id] = len(self._ids)
            self._ids.append(item_id)

    def row_of(self, item_id: int) -> int | None:
        position = self._positions.get(item_id)
        return position if position is not None and position < self.shown_count() else None

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < self.shown_count() else None

    def _emit_rows_changed(self, item_ids: Iterable[int]) -> None:
        """One ``dataChanged`` per run of consecutive rows among ``item_ids``."""
        positions = sorted({p for i in item_ids if (p := self.row_of(i)) is not None})
        start = 0
        for k in range(1, len(positions) + 1):
            if k == len(positions) or positions[k] != positions[k - 1] + 1:
                self.dataChanged.emit(self.index(positions[start]), self.index(positions[k - 1]))
                start = k

    # -- fetching ---------------------------------------------------------------------------------
    @property
    def fetching(self) -> bool:
        return self._fetch_task is not None and not self._fetch_task.done()

    def _start_fetch(self, work: Callable[[], Awaitable[None]], name: str) -> None:
        """Run ``work`` as this model's one fetch; it ends (well or not) without a trace left."""
        self._fetch_task = self._tasks.spawn(self._fetch_guarded(work, name), name=name)

    async def _fetch_guarded(self, work: Callable[[], Awaitable[None]], name: str) -> None:
        try:
            await work()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._report_fetch_failure(name, exc)

    def _report_fetch_failure(self, name: str, exc: Exception) -> None:
        log.warning("%s failed; the next fetch will try again", name, exc_info=exc)
        self.fetch_failed.emit(str(exc) or type(exc).__name__)
