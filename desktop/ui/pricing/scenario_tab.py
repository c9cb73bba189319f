"""Scenario tab: edit a month of traffic, see what it costs under every era, side by side.

Every edit recalculates at once (the estimator is arithmetic, about a millisecond) and
updates the tables and charts in place; ``recalculated`` fires when the screen shows the
new figures (tests and the repaint benchmark wait on it).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.pricing import cards as C
from desktop.services.pricing.cards import RateBook
from desktop.services.pricing.eras import ERAS, era_on
from desktop.services.pricing.scenario import (
    PRESET_TITLES,
    PRESETS,
    VOLUME_CATEGORIES,
    ScenarioEstimate,
    ScenarioInputs,
    ScenarioService,
)
from desktop.services.pricing.scenario_store import VERSION as SCENARIO_VERSION
from desktop.services.pricing.scenario_store import (
    SavedScenario,
    ScenarioFileError,
    load_scenario,
    save_scenario,
)
from desktop.ui.pricing.fit import fit_table
from desktop.ui.pricing.labels import (
    DisplayConversion,
    category_label,
    era_label,
    era_short,
    era_title,
    format_money,
    format_with_conversion,
)
from desktop.ui.pricing.report_export import html_table, write_pdf, write_scenario_csv
from desktop.ui.pricing.scenario_charts import CategoryBarsChart, DifferenceChart, OutlookChart
from desktop.ui.theme import theme_colors

CUSTOM = "custom"  # the scenario box's entry once the user has edited the inputs

_Index = QModelIndex | QPersistentModelIndex


def _cell(
    table: QTableWidget, row: int, col: int, text: str, align: Qt.AlignmentFlag | None = None
) -> QTableWidgetItem:
    """The item at (row, col) showing ``text``: reused when present (cheaper on every edit)."""
    item = table.item(row, col)
    if item is None:
        item = QTableWidgetItem(text)
        if align is not None:
            item.setTextAlignment(align)
        item.setToolTip(text)
        table.setItem(row, col, item)
    elif item.text() != text:
        item.setText(text)
        item.setToolTip(text)
    return item


def next_month_start(today: date) -> date:
    return date(today.year + (today.month == 12), today.month % 12 + 1, 1)


class VolumeTableModel(QAbstractTableModel):
    """Monthly conversations per market (rows) and category (columns); the user edits cells."""

    volumesChanged = Signal()  # after any cell edit, add or removal

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._markets: list[str] = []
        self._rows: list[dict[str, int]] = []

    def set_volumes(self, volumes: dict[str, dict[str, int]]) -> None:
        self.beginResetModel()
        self._markets = list(volumes)
        self._rows = [dict(volumes[m]) for m in self._markets]
        self.endResetModel()
        self.volumesChanged.emit()

    def volumes(self) -> dict[str, dict[str, int]]:
        return {m: dict(r) for m, r in zip(self._markets, self._rows, strict=True)}

    def markets(self) -> list[str]:
        return list(self._markets)

    def add_market(self, market: str) -> bool:
        if market in self._markets:
            return False
        n = len(self._markets)
        self.beginInsertRows(QModelIndex(), n, n)
        self._markets.append(market)
        self._rows.append(dict.fromkeys(VOLUME_CATEGORIES, 0))
        self.endInsertRows()
        self.volumesChanged.emit()
        return True

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._markets):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._markets[row]
            del self._rows[row]
            self.endRemoveRows()
            self.volumesChanged.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._markets)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(VOLUME_CATEGORIES)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()].get(VOLUME_CATEGORIES[index.column()], 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,}"
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            number = int(str(value).replace(",", "").strip() or 0)
        except ValueError:
            return False  # the editor keeps the old value: bad input never loses data
        if number < 0:
            return False
        self._rows[index.row()][VOLUME_CATEGORIES[index.column()]] = number
        self.dataChanged.emit(index, index)
        self.volumesChanged.emit()
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            category = VOLUME_CATEGORIES[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return category_label(category)
            if role == Qt.ItemDataRole.DisplayRole:
                short = {C.AUTHENTICATION: self.tr("Auth.")}
                return short.get(category) or category_label(category)
            return None
        return self._markets[section] if role == Qt.ItemDataRole.DisplayRole else None


def _percent_box(value: Decimal, maximum: float = 100.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, maximum)
    box.setDecimals(1)
    box.setSuffix(" %")
    box.setSingleStep(5.0)
    box.setValue(float(value * 100))
    return box


class ScenarioTab(QWidget):
    """Scenario inputs on the left; results per era, charts and export on the right."""

    recalculated = Signal(object)  # ScenarioEstimate, after tables and charts show it

    def __init__(self, book: RateBook, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenarios = ScenarioService()
        self.book = book
        self.today = today or datetime.now(UTC).date()
        self.month = next_month_start(self.today)
        self.reference_era = era_on(self.month)
        self.estimate: ScenarioEstimate | None = None
        self._loading = False
        self._named: dict[str, ScenarioInputs] = {}  # "file:NAME" -> inputs opened or saved

        # --- inputs ------------------------------------------------------------------
        self.preset_box = QComboBox()
        for key in PRESETS:
            self.preset_box.addItem(self._preset_title(key), key)
        self.preset_box.currentIndexChanged.connect(self._load_preset)

        self.volume_model = VolumeTableModel(self)
        self.volume_view = QTableView()
        self.volume_view.setModel(self.volume_model)
        self.volume_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        fit_table(self.volume_view, stretch=range(len(VOLUME_CATEGORIES)), wrap_cells=False)
        self.volume_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.volume_view.setMinimumHeight(130)
        self.volume_model.volumesChanged.connect(self._input_changed)

        self.market_box = QComboBox()
        markets = sorted(self.book.card_for(self.reference_era, self.month).markets())
        self.market_box.addItems(markets)
        self.add_market_button = QPushButton(self.tr("Add market"))
        self.add_market_button.clicked.connect(self._add_market)
        self.remove_market_button = QPushButton(self.tr("Remove selected"))
        self.remove_market_button.clicked.connect(self._remove_market)

        self.messages_box = QDoubleSpinBox()
        self.messages_box.setRange(1.0, 50.0)
        self.messages_box.setDecimals(1)
        self.customer_box = _percent_box(Decimal("0.3"))
        self.utility_window_box = _percent_box(Decimal("0.5"))
        self.ctwa_box = _percent_box(Decimal("0.1"))
        self.growth_box = _percent_box(Decimal("0.02"))
        self.growth_box.setRange(-50.0, 100.0)
        self.numbers_box = QSpinBox()
        self.numbers_box.setRange(1, 50)
        for box in (
            self.messages_box,
            self.customer_box,
            self.utility_window_box,
            self.ctwa_box,
            self.growth_box,
        ):
            box.valueChanged.connect(self._input_changed)
        self.numbers_box.valueChanged.connect(self._input_changed)

        self.currency_box = QComboBox()
        self.currency_box.addItems(list(self.book.currencies()))
        self.currency_box.setCurrentText("USD")
        self.currency_box.currentIndexChanged.connect(self.recalculate)
        self.convert_code = QLineEdit()
        self.convert_code.setPlaceholderText(self.tr("e.g. JPY"))
        self.convert_code.setMaxLength(3)
        self.convert_code.setFixedWidth(60)
        self.convert_rate = QDoubleSpinBox()
        self.convert_rate.setRange(0.0, 1_000_000.0)
        self.convert_rate.setDecimals(4)
        self.convert_rate.setSpecialValueText(self.tr("off"))
        self.convert_code.textChanged.connect(self.recalculate)
        self.convert_rate.valueChanged.connect(self.recalculate)

        form = QFormLayout()
        form.addRow(self.tr("Messages per conversation"), self.messages_box)
        form.addRow(self.tr("Customer-started conversations"), self.customer_box)
        form.addRow(self.tr("Utility templates sent inside the window"), self.utility_window_box)
        form.addRow(self.tr("Customer-started via click-to-WhatsApp ads"), self.ctwa_box)
        form.addRow(self.tr("Growth per month"), self.growth_box)
        form.addRow(self.tr("Business phone numbers"), self.numbers_box)

        market_row = QHBoxLayout()
        market_row.addWidget(self.market_box, 1)
        market_row.addWidget(self.add_market_button)
        market_row.addWidget(self.remove_market_button)

        volumes_group = QGroupBox(self.tr("Business messages per month, by market and category"))
        vg = QVBoxLayout(volumes_group)
        hint = QLabel(
            self.tr(
                "Marketing, utility and authentication: templates sent. Service: free-form "
                "replies to customers. Double-click a cell to edit."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        vg.addWidget(hint)
        vg.addWidget(self.volume_view, 1)
        vg.addLayout(market_row)

        shares_group = QGroupBox(self.tr("How your conversations go"))
        shares_group.setLayout(form)

        currency_group = QGroupBox(self.tr("Currency"))
        cg = QFormLayout(currency_group)
        cg.addRow(self.tr("Rate card currency"), self.currency_box)
        conv_row = QHBoxLayout()
        conv_row.addWidget(self.convert_code)
        conv_row.addWidget(QLabel(self.tr("per 1 unit:")))
        conv_row.addWidget(self.convert_rate, 1)
        cg.addRow(self.tr("Also show in"), conv_row)
        self.convert_note = QLabel(
            self.tr("Converted amounts are estimates at the rate you enter; Meta bills the card.")
        )
        self.convert_note.setWordWrap(True)
        self.convert_note.setObjectName("muted")
        cg.addRow(self.convert_note)

        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open a scenario saved as a file"))
        self.open_button.clicked.connect(self._open_clicked)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save this scenario as a file"))
        self.save_button.clicked.connect(self._save_clicked)
        preset_row = QHBoxLayout()
        preset_row.addWidget(QLabel(self.tr("Scenario")))
        preset_row.addWidget(self.preset_box, 1)
        preset_row.addWidget(self.open_button)
        preset_row.addWidget(self.save_button)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(preset_row)
        lv.addWidget(volumes_group, 1)
        lv.addWidget(shares_group)
        lv.addWidget(currency_group)

        # --- results -----------------------------------------------------------------
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QTableWidget(len(ERAS), 3)
        self.summary.setHorizontalHeaderLabels(
            [self.tr("Era"), self.tr("Next month"), self.tr("Card")]
        )
        self.summary.verticalHeader().setVisible(False)
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_table(self.summary, stretch=[0])
        self.summary.setAlternatingRowColors(True)
        self.by_market = QTableWidget(0, len(ERAS) + 1)
        self.by_market.setHorizontalHeaderLabels([self.tr("Market")] + [era_short(e) for e in ERAS])
        for c, era in enumerate(ERAS, start=1):
            head = self.by_market.horizontalHeaderItem(c)
            if head is not None:
                head.setToolTip(era_title(era))
        self.by_market.verticalHeader().setVisible(False)
        self.by_market.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_table(self.by_market, stretch=[0])
        self.by_market.setAlternatingRowColors(True)
        self.result_tabs = QTabWidget()
        self.result_tabs.addTab(self.summary, self.tr("By era"))
        self.result_tabs.addTab(self.by_market, self.tr("By market"))
        rows = self.summary.verticalHeader().defaultSectionSize() * len(ERAS)
        self.result_tabs.setMinimumHeight(rows + 3 * self.fontMetrics().height() + 24)
        self.footnote = QLabel()
        self.footnote.setWordWrap(True)
        self.footnote.setObjectName("muted")

        self.bars = CategoryBarsChart(self.tr("Next month by category, per era"))
        self.outlook = OutlookChart(self.tr("Next 12 months, per era"), self.tr("Months from now"))
        self.difference = DifferenceChart(self.tr("Difference between eras"))

        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(self._export_csv)
        self.pdf_button = QPushButton(self.tr("Export PDF report…"))
        self.pdf_button.clicked.connect(self._export_pdf)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self._open_folder)
        self.open_folder_button.hide()
        self._saved_folder: Path | None = None
        self.file_status = QLabel()
        self.file_status.setObjectName("muted")
        self.file_status.setWordWrap(True)
        self.file_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_status, 1)
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)

        charts = QGridLayout()
        charts.addWidget(self.bars.widget, 0, 0)
        charts.addWidget(self.difference.widget, 0, 1)
        charts.addWidget(self.outlook.widget, 1, 0, 1, 2)

        results = QWidget()
        rv = QVBoxLayout(results)
        rv.setContentsMargins(0, 0, 4, 0)
        rv.addWidget(self.headline)
        rv.addWidget(self.result_tabs)
        rv.addWidget(self.footnote)
        rv.addLayout(charts, 1)
        # A short window scrolls the results instead of squeezing charts and tables.
        scroll = QScrollArea()
        scroll.setWidget(results)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_scroll = scroll
        right = QWidget()
        outer = QVBoxLayout(right)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left.setMinimumWidth(360)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 900])
        frame = QVBoxLayout(self)
        frame.setContentsMargins(8, 8, 8, 8)
        frame.addWidget(splitter)
        splitter.setFrameShape(QFrame.Shape.NoFrame)

        self._load_preset(0)

    def set_book(self, book: RateBook) -> None:
        """Use ``book`` (e.g. after a card import) and recalculate."""
        self.book = book
        current = self.currency_box.currentText()
        self.currency_box.blockSignals(True)
        self.currency_box.clear()
        self.currency_box.addItems(list(book.currencies()))
        self.currency_box.setCurrentText(current)
        self.currency_box.blockSignals(False)
        self.recalculate()

    # --- presets -----------------------------------------------------------------------

    def _preset_title(self, key: str) -> str:
        titles = {
            "small_shop": self.tr("Typical small shop (Japan)"),
            "clinic_reminders": self.tr("Clinic with appointment reminders"),
            "ecommerce_store": self.tr("E-commerce store (several markets)"),
        }
        return titles.get(key, PRESET_TITLES.get(key, key))

    def _load_preset(self, row: int) -> None:
        key = self.preset_box.itemData(row)
        inputs = PRESETS.get(key) or self._named.get(key)
        if inputs is not None:  # "Custom" is only a label: choosing it changes nothing
            self.set_inputs(inputs)

    def scenario_name(self) -> str:
        return self.preset_box.currentText()

    def _show_name(self, key: str, text: str) -> None:
        """Select the entry ``key`` (added with ``text`` when new) without loading it."""
        index = self.preset_box.findData(key)
        if index < 0:
            self.preset_box.addItem(text, key)
            index = self.preset_box.count() - 1
        else:
            self.preset_box.setItemText(index, text)
        self.preset_box.blockSignals(True)
        self.preset_box.setCurrentIndex(index)
        self.preset_box.blockSignals(False)
        self.preset_box.setToolTip(text)

    def _input_changed(self) -> None:
        """An edit by the user: the inputs are no longer the preset's or the file's."""
        if self._loading:
            return
        if self.preset_box.currentData() != CUSTOM:
            self._show_name(CUSTOM, self.tr("Custom"))
        self.recalculate()

    # --- scenario files ----------------------------------------------------------------

    def _open_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open scenario"), "", self.tr("Scenario files (*.json)")
        )
        if path:
            self.open_scenario(Path(path))

    def _save_clicked(self) -> None:
        current = self.scenario_name() if self.preset_box.currentData() != CUSTOM else ""
        suggested = (current or self.tr("My scenario")) + ".json"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save scenario"), suggested, self.tr("Scenario files (*.json)")
        )
        if path:
            self.save_scenario(Path(path))

    def save_scenario(self, path: Path) -> bool:
        """Save the inputs to ``path``; the scenario takes the file's name."""
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        name = path.stem
        saved = SavedScenario(name, self.inputs(), self.currency_box.currentText())
        try:
            save_scenario(path, saved)
        except OSError as exc:
            self._file_message(
                self.tr("The scenario could not be saved to {path}: {error}.")
                .replace("{path}", str(path))
                .replace("{error}", exc.strerror or str(exc)),
                error=True,
            )
            return False
        key = "file:" + name
        self._named[key] = saved.inputs
        self._show_name(key, name)
        self._file_message(self.tr("Scenario saved to {path}.").replace("{path}", str(path)))
        return True

    def open_scenario(self, path: Path) -> bool:
        """Load the scenario in ``path``, shown under its own name; False (and a message
        saying why) when the file cannot be used."""
        try:
            saved = load_scenario(path)
        except ScenarioFileError as exc:
            self._file_message(self._file_problem(exc, path), error=True)
            return False
        key = "file:" + saved.name
        self._named[key] = saved.inputs
        if saved.currency in self.book.currencies():
            self.currency_box.blockSignals(True)
            self.currency_box.setCurrentText(saved.currency)
            self.currency_box.blockSignals(False)
        self._show_name(key, saved.name)
        self.set_inputs(saved.inputs)
        self._file_message(self.tr("Opened {path}.").replace("{path}", str(path)))
        return True

    def _file_problem(self, exc: ScenarioFileError, path: Path) -> str:
        if exc.kind == "newer":
            return (
                self.tr(
                    "{path} was saved by a newer WABA Desk (scenario format {version}); this "
                    "version reads format {supported}. Update WABA Desk to open it."
                )
                .replace("{path}", str(path))
                .replace("{version}", str(exc.version))
                .replace("{supported}", str(SCENARIO_VERSION))
            )
        if exc.kind == "unreadable":
            return (
                self.tr("{path} could not be read: {error}.")
                .replace("{path}", str(path))
                .replace("{error}", exc.detail)
            )
        if exc.kind == "not_scenario":
            return self.tr("{path} is not a WABA Desk scenario file.").replace("{path}", str(path))
        return (
            self.tr("{path} is a scenario file with a problem: {error}.")
            .replace("{path}", str(path))
            .replace("{error}", exc.detail)
        )

    def _file_message(self, text: str, error: bool = False) -> None:
        self.file_status.setText(text)
        self.file_status.setToolTip(text)
        self.file_status.setStyleSheet(f"color: {theme_colors()['error']};" if error else "")

    def set_inputs(self, inputs: ScenarioInputs) -> None:
        self._loading = True
        try:
            self.messages_box.setValue(float(inputs.messages_per_conversation))
            self.customer_box.setValue(float(inputs.share_customer_started * 100))
            self.utility_window_box.setValue(float(inputs.share_utility_in_window * 100))
            self.ctwa_box.setValue(float(inputs.ctwa_share * 100))
            self.growth_box.setValue(float(inputs.monthly_growth * 100))
            self.numbers_box.setValue(inputs.phone_numbers)
            self.volume_model.set_volumes({m: dict(r) for m, r in inputs.volumes.items()})
        finally:
            self._loading = False
        self.recalculate()

    def inputs(self) -> ScenarioInputs:
        def share(box: QDoubleSpinBox) -> Decimal:
            return Decimal(str(round(box.value(), 1))) / 100

        base = ScenarioInputs(volumes=self.volume_model.volumes())
        return replace(
            base,
            messages_per_conversation=Decimal(str(round(self.messages_box.value(), 1))),
            share_customer_started=share(self.customer_box),
            share_utility_in_window=share(self.utility_window_box),
            ctwa_share=share(self.ctwa_box),
            monthly_growth=share(self.growth_box),
            phone_numbers=self.numbers_box.value(),
        )

    def conversion(self) -> DisplayConversion | None:
        code = self.convert_code.text().strip().upper()
        rate = self.convert_rate.value()
        if len(code) != 3 or rate <= 0 or code == self.currency_box.currentText():
            return None
        return DisplayConversion(code, Decimal(str(rate)))

    def _add_market(self) -> None:
        self.volume_model.add_market(self.market_box.currentText())

    def _remove_market(self) -> None:
        rows = sorted({i.row() for i in self.volume_view.selectedIndexes()}, reverse=True)
        for row in rows:
            self.volume_model.remove_row(row)

    # --- results -----------------------------------------------------------------------

    def recalculate(self) -> None:
        if self._loading:
            return
        est = self.scenarios.estimate(
            self.book, self.inputs(), day=self.month, currency=self.currency_box.currentText()
        )
        self.estimate = est
        self._show(est)
        self.recalculated.emit(est)

    def _show(self, est: ScenarioEstimate) -> None:
        conv = self.conversion()
        cur = est.currency
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, era in enumerate(ERAS):
            name = _cell(self.summary, row, 0, era_short(era))
            name.setToolTip(era_title(era))
            if era == self.reference_era and not name.font().bold():
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            result = est.eras.get(era)
            if result is None:
                total = _cell(self.summary, row, 1, self.tr("no card"), right)
                total.setToolTip(est.error)
                total.setForeground(QColor("#ea0038"))
                _cell(self.summary, row, 2, "")
            else:
                mark = " *" if result.unverified else ""
                text = format_with_conversion(result.total, cur, conv) + mark
                total = _cell(self.summary, row, 1, text, right)
                total.setForeground(self.palette().text())
                total.setToolTip(
                    "\n".join(
                        f"{category_label(c)}: {format_money(a, cur)}"
                        for c, a in result.by_category.items()
                        if a
                    )
                )
                _cell(self.summary, row, 2, result.card_id)
        markets = self.volume_model.markets()
        self.by_market.setRowCount(len(markets))
        for r, market in enumerate(markets):
            _cell(self.by_market, r, 0, market)
            for c, era in enumerate(ERAS, start=1):
                result = est.eras.get(era)
                amount = result.by_market.get(market, Decimal(0)) if result else Decimal(0)
                _cell(self.by_market, r, c, format_money(amount, cur), right)
        month_name = self.month.strftime("%Y-%m")
        if est.error:
            self.headline.setText(
                self.tr(
                    "<b>Cannot estimate:</b> {error}. Pick another currency or fix the input."
                ).replace("{error}", est.error)
            )
        else:
            ref_total = format_with_conversion(est.total(self.reference_era), cur, conv)
            self.headline.setText(
                self.tr("<b>Next month ({month})</b> under today's rules ({era}): <b>{total}</b>")
                .replace("{month}", month_name)
                .replace("{era}", era_label(self.reference_era))
                .replace("{total}", ref_total)
            )
        notes = [self.tr("CBP: conversation-based pricing; PMP: per-message pricing.")]
        if est.unverified:
            notes.append(
                self.tr("* includes rate-card figures that are unverified (one source only).")
            )
        if conv is not None:
            notes.append(
                self.tr("≈ amounts in {code} are estimates at 1 {cur} = {rate} {code}.")
                .replace("{code}", conv.currency)
                .replace("{cur}", cur)
                .replace("{rate}", f"{conv.rate:f}")
            )
        missing = est.missing()
        if missing:
            notes.append(self.tr("No rate for: {items}.").replace("{items}", ", ".join(missing)))
        self.footnote.setText("  ".join(notes))
        self.bars.update(est)
        self.outlook.update(est)
        self.difference.update(
            est,
            self.reference_era,
            self.tr("Difference to {era} (per month)").replace(
                "{era}", era_short(self.reference_era)
            ),
        )

    # --- export ------------------------------------------------------------------------

    def _export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export charges as CSV"), "scenario.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            target = Path(path)
            try:
                rows = self.export_csv(target)
            except OSError as exc:
                self._file_message(
                    self.tr("The CSV could not be written to {path}: {error}.")
                    .replace("{path}", str(target))
                    .replace("{error}", exc.strerror or str(exc)),
                    error=True,
                )
                return
            self._file_message(
                self.tr("{n} rows saved to {path}.")
                .replace("{n}", str(rows))
                .replace("{path}", str(target))
            )
            self._saved_folder = target.parent
            self.open_folder_button.show()

    def _export_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF report"), "scenario.pdf", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        target = Path(path)
        try:
            self.export_pdf(target)
        except OSError as exc:
            self._file_message(
                self.tr("The PDF could not be written to {path}: {error}.")
                .replace("{path}", str(target))
                .replace("{error}", exc.strerror or str(exc)),
                error=True,
            )
            return
        if not target.exists():
            self._file_message(
                self.tr(
                    "The PDF could not be written to {path}: check that the folder exists."
                ).replace("{path}", str(target)),
                error=True,
            )
            return
        self._file_message(self.tr("Report saved to {path}.").replace("{path}", str(target)))
        self._saved_folder = target.parent
        self.open_folder_button.show()

    def _open_folder(self) -> None:
        if self._saved_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._saved_folder)))

    def export_csv(self, path: Path) -> int:
        assert self.estimate is not None
        return write_scenario_csv(path, self.estimate, ERAS, era_label)

    def _inputs_rows(self) -> list[list[str]]:
        """The scenario's assumptions, as the form labels them."""
        inputs = self.inputs()
        rows = [
            [self.tr("Month"), self.month.strftime("%Y-%m")],
            [self.tr("Currency"), self.currency_box.currentText()],
            [self.tr("Phone numbers"), str(inputs.phone_numbers)],
            [self.tr("Messages per conversation"), f"{inputs.messages_per_conversation}"],
            [self.tr("Customer-started share"), f"{inputs.share_customer_started * 100:.1f} %"],
            [self.tr("Utility inside the window"), f"{inputs.share_utility_in_window * 100:.1f} %"],
            [self.tr("From ads or Page buttons"), f"{inputs.ctwa_share * 100:.1f} %"],
            [self.tr("Monthly growth"), f"{inputs.monthly_growth * 100:.1f} %"],
        ]
        conv = self.conversion()
        if conv is not None:
            rows.append([self.tr("Shown converted to"), f"{conv.currency} × {conv.rate}"])
        return rows

    def export_pdf(self, path: Path) -> None:
        est = self.estimate
        assert est is not None
        conv = self.conversion()
        summary_rows = [
            [
                era_label(e),
                format_with_conversion(est.eras[e].total, est.currency, conv)
                + (" *" if est.eras[e].unverified else ""),
                est.eras[e].card_id,
            ]
            if e in est.eras
            else [era_label(e), self.tr("no card"), ""]
            for e in ERAS
        ]
        detail_rows = [
            [era_label(e), market, category_label(category), format_money(amount, est.currency)]
            for e in ERAS
            if e in est.eras
            for (market, category), amount in sorted(est.eras[e].by_market_category.items())
            if amount
        ]
        volume_rows = [
            [market, category_label(category), f"{count:,}"]
            for market, by_category in sorted(self.inputs().volumes.items())
            for category, count in sorted(by_category.items())
            if count
        ]
        body = (
            f"<p>{self.headline.text()}</p>"
            + html_table([self.tr("Era"), self.tr("Next month"), self.tr("Card")], summary_rows)
            + f"<p>{self.footnote.text()}</p>"
            + f"<h2>{self.tr('Assumptions')}</h2>"
            + html_table([self.tr("Input"), self.tr("Value")], self._inputs_rows())
            + f"<h2>{self.tr('Messages per month')}</h2>"
            + html_table([self.tr("Market"), self.tr("Category"), self.tr("Messages")], volume_rows)
            + f"<h2>{self.tr('Charges by era, market and category')}</h2>"
            + html_table(
                [self.tr("Era"), self.tr("Market"), self.tr("Category"), self.tr("Amount")],
                detail_rows,
            )
        )
        title = self.tr("WhatsApp pricing scenario for {month}").replace(
            "{month}", self.month.strftime("%Y-%m")
        )
        charts = [
            (self.tr("Next month by era"), self.bars.view),
            (self.tr("Difference to the reference era"), self.difference.view),
            (self.tr("Twelve months ahead"), self.outlook.view),
        ]
        write_pdf(path, title, body, charts=charts)
