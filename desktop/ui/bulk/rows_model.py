"""A read-only table of texts for the bulk-send rows (checked rows, per-row results).

Model/view, not a widget per row: a CSV may hold thousands of recipients. Cells are plain
text (customer names and numbers are never markup); a row with a problem is drawn in the
theme's error colour.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


class TextRowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._bad: list[bool] = []
        self.error_colour = QColor("#c62828")

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_rows(self, rows: Sequence[tuple[str, ...]], bad: Sequence[bool]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._bad = list(bad)
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:
            if not index.isValid() or index.row() >= len(self._rows):
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                row = self._rows[index.row()]
                return row[index.column()] if index.column() < len(row) else ""
            if role == Qt.ItemDataRole.ForegroundRole and self._bad[index.row()]:
                return self.error_colour
        except Exception:  # never let an error escape into Qt
            log.exception("bulk rows: cell not shown")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        try:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
                return self._headers[section]
            if orientation == Qt.Orientation.Vertical:
                return None
        except Exception:
            log.exception("bulk rows: header not shown")
        return None
