"""Item models of the designer: the WABA's templates and the lint findings."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.services.templates.labels import (
    CATEGORY_LABELS,
    QUALITY_LABELS,
    REASON_LABELS,
    STATUS_LABELS,
    field_label,
    label_of,
)
from desktop.services.templates.lint import LintItem, LintReport
from desktop.services.templates.store import TemplateSummary
from desktop.ui.templates.languages import language_name
from desktop.ui.theme import theme_colors

#: Role returning the row's TemplateSummary / LintItem.
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex

#: Status → the theme colour it is written in (see :func:`desktop.ui.theme.theme_colors`).
_STATUS_TONES = {
    "APPROVED": "ok",
    "PENDING": "warning",
    "REJECTED": "error",
    "PAUSED": "warning",
    "DISABLED": "muted",
    "IN_APPEAL": "warning",
}


def status_color(status: str) -> str:
    """The colour a status is written in, in the current theme (muted when unknown)."""
    return theme_colors()[_STATUS_TONES.get(status.upper(), "muted")]


def _words(phrase: Any) -> str:
    return str(phrase.render(QCoreApplication.translate))


def status_words(row: TemplateSummary) -> str:
    """The status in words, with the rejection reason in words when there is one."""
    status = _words(label_of(STATUS_LABELS, row.status))
    if row.status.upper() == "REJECTED" and row.rejection_reason:
        reason = _words(label_of(REASON_LABELS, row.rejection_reason))
        status = QCoreApplication.translate("TemplateList", "{status}: {reason}").format(
            status=status, reason=reason
        )
    return status


def row_parts(row: TemplateSummary) -> list[tuple[str, bool]]:
    """The second line of a list row: (text, is the status) for language, category,
    status, quality and date, all in words."""
    parts = [
        (language_name(row.language), False),
        (_words(label_of(CATEGORY_LABELS, row.category)), False),
        (status_words(row), True),
    ]
    if row.quality_score and row.quality_score.upper() not in ("UNKNOWN", "NONE"):
        parts.append((_words(label_of(QUALITY_LABELS, row.quality_score)), False))
    if row.updated_at is not None:
        parts.append((row.updated_at.strftime("%Y-%m-%d"), False))
    return parts


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
            second = [text for text, _ in row_parts(row)]
            return f"{row.name}\n{'  ·  '.join(second)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [row.name, *(text for text, _ in row_parts(row))]
            if row.updated_at is not None:
                parts[-1] = row.updated_at.strftime("%Y-%m-%d %H:%M")
            return " / ".join(parts)
        if role == Qt.ItemDataRole.ForegroundRole and row.status.upper() in _STATUS_TONES:
            return QColor(status_color(row.status))
        if role == ITEM_ROLE:
            return row
        return None


class LintListModel(QAbstractListModel):
    """Errors first, then warnings; the text is the translated phrase with its field."""

    def __init__(self, translate: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._translate = translate
        self._items: list[LintItem] = []
        self._labels: list[str] = []

    def set_report(self, report: LintReport, template: dict[str, Any] | None = None) -> None:
        """Show ``report``'s findings, each named by the form's label for its field in
        ``template`` (the JSON path stays in the tooltip)."""
        items = report.errors + report.warnings
        labels = [self._field_words(item, template or {}) for item in items]
        if items == self._items and labels == self._labels:
            return
        self.beginResetModel()
        self._items = items
        self._labels = labels
        self.endResetModel()

    def _field_words(self, item: LintItem, template: dict[str, Any]) -> str:
        return str(field_label(item.field, template).render(self._translate))

    def _words(self, item: LintItem) -> str:
        """The finding in words; a language it names (an existing template's) by its name."""
        phrase = item.phrase
        language = phrase.args.get("language")
        if item.rule == "duplicate" and isinstance(language, str):
            phrase = replace(phrase, args={**phrase.args, "language": language_name(language)})
        return str(phrase.render(self._translate))

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
            return f"{mark} {self._labels[index.row()]}: {self._words(item)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.field or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(theme_colors()["error" if item.severity == "error" else "warning"])
        if role == ITEM_ROLE:
            return item
        return None
