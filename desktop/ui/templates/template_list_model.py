"""Item models of the designer: the WABA's templates and the lint findings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.services.templates.lint import LintItem, LintReport
from desktop.services.templates.store import TemplateSummary

#: Role returning the row's TemplateSummary / LintItem.
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex

_STATUS_COLORS = {
    "APPROVED": "#1fa855",
    "PENDING": "#c98a00",
    "REJECTED": "#d1384a",
    "PAUSED": "#c98a00",
    "DISABLED": "#8696a0",
    "IN_APPEAL": "#c98a00",
}


def status_color(status: str) -> str:
    """The colour a status is written in (grey when unknown)."""
    return _STATUS_COLORS.get(status.upper(), "#8696a0")


class TemplateListModel(QAbstractListModel):
    """One row per stored template (name, language, status) of the chosen WABA."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TemplateSummary] = []

    def set_rows(self, rows: list[TemplateSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[TemplateSummary]:
        return list(self._rows)

    def row_of(self, template_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == template_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = row.status
            if row.status == "REJECTED" and row.rejection_reason:
                status = f"{row.status} ({row.rejection_reason})"
            second = [row.language, row.category.title(), status]
            if row.quality_score and row.quality_score not in ("UNKNOWN", "NONE"):
                second.append(row.quality_score)
            if row.updated_at is not None:
                second.append(row.updated_at.strftime("%Y-%m-%d"))
            return f"{row.name}\n{'  ·  '.join(second)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [row.name, row.language, row.category, row.status]
            if row.rejection_reason:
                parts.append(row.rejection_reason)
            if row.quality_score:
                parts.append(row.quality_score)
            if row.updated_at is not None:
                parts.append(row.updated_at.strftime("%Y-%m-%d %H:%M"))
            return " / ".join(parts)
        if role == Qt.ItemDataRole.ForegroundRole and row.status in _STATUS_COLORS:
            return QColor(_STATUS_COLORS[row.status])
        if role == ITEM_ROLE:
            return row
        return None


class LintListModel(QAbstractListModel):
    """Errors first, then warnings; the text is the translated phrase with its field."""

    def __init__(self, translate: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._translate = translate
        self._items: list[LintItem] = []

    def set_report(self, report: LintReport) -> None:
        items = report.errors + report.warnings
        if items == self._items:
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def items(self) -> list[LintItem]:
        return list(self._items)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "✖" if item.severity == "error" else "⚠"
            where = f"{item.field}: " if item.field else ""
            return f"{mark} {where}{item.phrase.render(self._translate)}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#d1384a" if item.severity == "error" else "#a86b00")
        if role == ITEM_ROLE:
            return item
        return None
