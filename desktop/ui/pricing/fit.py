"""Tables that fit a narrow window: header labels wrap instead of being cut, cells wrap onto
more lines with rows as tall as they need, and every cell and header carries its full text
as a tooltip.

``fit_table(view, stretch=...)`` gives a table these manners; ``WrapHeader`` is the header.
``text_fits`` is the one rule both the widgets and the layout test use.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QTableWidget, QWidget

WRAP = int(Qt.TextFlag.TextWordWrap)
# Room a header section or cell keeps around its text (style margins, sort arrow, grid).
HEADER_PAD = 12
HEADER_TEXT_MARGIN = 8  # what the style keeps around a header label's text
CELL_PAD = 6


def wrapped_size(fm: QFontMetrics, text: str, width: int) -> QSize:
    """The size ``text`` takes when wrapped at ``width`` pixels (wider if a word is wider)."""
    rect = fm.boundingRect(QRect(0, 0, max(width, 1), 100_000), WRAP, text)
    return QSize(rect.width(), rect.height())


def text_fits(fm: QFontMetrics, text: str, width: int, height: int, wrap: bool) -> bool:
    """True when ``text`` shows whole in ``width`` x ``height`` (wrapping if ``wrap``)."""
    if not text:
        return True
    if not wrap:
        return fm.horizontalAdvance(text) <= width and fm.height() * text.count("\n") <= height
    size = wrapped_size(fm, text, width)
    return size.width() <= width and size.height() <= height


class WrapHeader(QHeaderView):
    """A horizontal header whose labels wrap onto more lines (never elided); it grows as
    tall as its longest label needs at the current column widths."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap)
        )
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.sectionResized.connect(self._schedule_fit)
        self.sectionCountChanged.connect(self._schedule_fit)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_height)

    def label(self, logical: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        """As narrow as the label's longest word (or a few characters), as wide as one line."""
        try:
            base = super().sectionSizeFromContents(logicalIndex)
            text = self.label(logicalIndex)
            fm = self.fontMetrics()
            narrowest = wrapped_size(fm, text, 1).width()
            width = max(narrowest, min(fm.horizontalAdvance(text), fm.averageCharWidth() * 6))
            return QSize(min(base.width(), width + HEADER_PAD), base.height())
        except Exception:
            return QSize(60, 24)

    def needed_height(self) -> int:
        fm = self.fontMetrics()
        tallest = fm.height()
        for logical in range(self.count()):
            if self.isSectionHidden(logical):
                continue
            width = self.sectionSize(logical) - HEADER_TEXT_MARGIN
            tallest = max(tallest, wrapped_size(fm, self.label(logical), width).height())
        return tallest + HEADER_TEXT_MARGIN

    def _schedule_fit(self, *_args: object) -> None:
        self._fit_timer.start()

    def fit_height(self) -> None:
        height = self.needed_height()
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            view = self.parent()
            if isinstance(view, QTableView):
                view.updateGeometries()


def fit_table(
    view: QTableView,
    stretch: Iterable[int] = (),
    *,
    wrap_cells: bool = True,
    whole: Iterable[int] = (),
) -> WrapHeader:
    """Give ``view`` a wrapping header and columns that fit: every column is at least as wide
    as its header's longest word and its cells' longest word (the others as wide as their
    contents), and the ``stretch`` columns share what is left; cells wrap and rows grow to
    show them whole. Too narrow a window scrolls sideways rather than cutting a word.

    Japanese has no spaces, so any character may start a new line: a short name such as
    「その他のアジア太平洋」 or 「ユーティリティ」 would break in the middle. In the ``whole``
    columns (names, not sentences) a cell wraps only at its spaces: "Rest of Asia Pacific"
    may take two lines, 「その他のアジア太平洋」 takes one."""
    header = WrapHeader(view)
    view.setHorizontalHeader(header)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    view.setWordWrap(wrap_cells)
    view.setTextElideMode(Qt.TextElideMode.ElideNone if wrap_cells else Qt.TextElideMode.ElideRight)
    ColumnFitter(view, list(stretch), wrap_cells, list(whole))
    return header


class ColumnFitter(QObject):
    """Sizes the columns of one view whenever its data or its width changes (coalesced)."""

    SAMPLE_ROWS = 300  # longest words are looked for in the first rows only

    def __init__(
        self, view: QTableView, stretch: list[int], wrap_cells: bool, whole: list[int] | None = None
    ) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.wrap_cells = wrap_cells
        self.whole = whole or []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (
                model.dataChanged,
                model.rowsInserted,
                model.rowsRemoved,
                model.modelReset,
                model.layoutChanged,
                model.columnsInserted,
                model.headerDataChanged,
            ):
                signal.connect(self.schedule)
        self.schedule()

    def schedule(self, *_args: object) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
                self.schedule()
        except Exception:
            pass
        return False

    def _longest_word(self, column: int) -> int:
        """The widest word of the column's cells (in a ``whole`` column, words are what lies
        between spaces)."""
        model = self.view.model()
        fm = self.view.fontMetrics()
        widest = 0
        for row in range(min(model.rowCount(), self.SAMPLE_ROWS)):
            text = model.data(model.index(row, column))
            if not text:
                continue
            if column in self.whole:
                widest = max([widest, *(fm.horizontalAdvance(w) for w in str(text).split())])
            else:
                widest = max(widest, wrapped_size(fm, str(text), 1).width())
        return widest + CELL_PAD + 2

    def _widest_line(self, column: int) -> int:
        """The width the column's cells take on one line each."""
        model = self.view.model()
        fm = self.view.fontMetrics()
        widest = 0
        for row in range(min(model.rowCount(), self.SAMPLE_ROWS)):
            text = model.data(model.index(row, column))
            if text:
                widest = max([widest, *(fm.horizontalAdvance(t) for t in str(text).splitlines())])
        return widest + CELL_PAD + 2

    def fit(self) -> None:
        view = self.view
        model = view.model()
        header = view.horizontalHeader()
        if model is None or not isinstance(header, WrapHeader):
            return
        columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        widths: dict[int, int] = {}
        for c in columns:
            least = header.sectionSizeFromContents(c).width()
            if c in self.whole or (c in self.stretch and self.wrap_cells):
                widths[c] = max(least, self._longest_word(c))
            else:
                widths[c] = max(least, view.sizeHintForColumn(c))
        growing = [c for c in columns if c in self.stretch]
        spare = view.viewport().width() - sum(widths.values())
        # First the ``whole`` columns go onto one line, those that need least first (so
        # as many as can be read on one line are).
        needs = {c: self._widest_line(c) - widths[c] for c in columns if c in self.whole}
        for c in sorted(needs, key=lambda c: needs[c]):
            grow = min(spare, max(0, needs[c]))
            if grow <= 0:
                continue
            widths[c] += grow
            spare -= grow
        if spare > 0 and growing:
            share = spare // len(growing)
            for c in growing:
                widths[c] += share
            widths[growing[-1]] += spare - share * len(growing)
        for c, width in widths.items():
            if header.sectionSize(c) != width:
                header.resizeSection(c, width)
        if self.wrap_cells:
            view.resizeRowsToContents()
        header.fit_height()


def tip_cells(table: QTableWidget) -> None:
    """Every cell and header of ``table`` shows its full text as a tooltip."""
    for c in range(table.columnCount()):
        head = table.horizontalHeaderItem(c)
        if head is not None and not head.toolTip():
            head.setToolTip(head.text())
        for r in range(table.rowCount()):
            item = table.item(r, c)
            if item is not None and item.text() and not item.toolTip():
                item.setToolTip(item.text())


def clipped_cells(view: QTableView) -> list[str]:
    """The visible texts of ``view`` (header labels and cells) that do not show whole."""
    out: list[str] = []
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return out
    hfm = header.fontMetrics()
    for c in range(model.columnCount()):
        if view.isColumnHidden(c):
            continue
        text = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        wraps = isinstance(header, WrapHeader)
        width = header.sectionSize(c) - HEADER_TEXT_MARGIN
        if not text_fits(hfm, text, width, header.height() - 4, wraps):
            out.append(f"header {c}: {text!r} in {width}x{header.height()}")
    fm = view.fontMetrics()
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            if view.isColumnHidden(c):
                continue
            index = model.index(r, c, QModelIndex())
            text = str(model.data(index) or "")
            width = view.columnWidth(c) - CELL_PAD
            height = view.rowHeight(r)
            if not text_fits(fm, text, width, height, view.wordWrap()):
                out.append(f"cell {r},{c}: {text!r} in {width}x{height}")
    return out
