"""Explain tab: why a contact's messages cost what they cost, on a drawn timeline.

Two sources: the local history (pick a contact and a day range; needs the database) or a
scenario file in the pricing-examples.json format (Meta's and Zoho's public examples can be
shown without any history). Beside the drawing, a numbered list gives each message's rule.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from weakref import WeakMethod

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.pricing.cards import RateBook
from desktop.services.pricing.export import write_charges_csv
from desktop.services.pricing.model import BillResult, PricingEvent
from desktop.services.pricing.scenario_file import (
    Scenario,
    ScenarioError,
    bill_scenario,
    parse_scenario,
    read_scenario_json,
)
from desktop.ui.chat.customer_text import isolated_html
from desktop.ui.pricing.explain_timeline import (
    ZOOM_STEP,
    ExplainTimeline,
    TimelineData,
    timeline_for,
)
from desktop.ui.pricing.labels import category_label, era_label, format_money, render_phrase
from desktop.ui.task_scope import UiTaskScope
from desktop.ui.theme import theme_colors


class ExplainTab(QWidget):
    """Contact or scenario → timeline + numbered explanations."""

    shown = Signal(object)  # TimelineData, after the timeline shows it

    def __init__(self, book: RateBook, has_history: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = UiTaskScope(self)
        self.book = book
        self.has_history = has_history
        self.scenarios: list[dict[str, Any]] = []
        self.scenario: Scenario | None = None
        self.events: list[PricingEvent] = []
        self.bill: BillResult | None = None
        self.history_contacts: list[tuple[str, str]] = []
        # Set by the page (a WeakMethod or a callable): async (contact) -> (events, bill).
        self.history_loader: Any = None

        self.from_history = QRadioButton(self.tr("From history"))
        self.from_file = QRadioButton(self.tr("From a scenario file"))
        group = QButtonGroup(self)
        group.addButton(self.from_history)
        group.addButton(self.from_file)
        self.from_history.setEnabled(has_history)
        (self.from_history if has_history else self.from_file).setChecked(True)
        self.from_history.toggled.connect(self._source_changed)

        # History controls.
        self.contact_box = QComboBox()
        self.contact_box.setMinimumWidth(220)
        self.day_from = QDateEdit()
        self.day_from.setCalendarPopup(True)
        self.day_from.setDisplayFormat("yyyy-MM-dd")
        self.day_from.setDate(QDate.currentDate().addDays(-2))
        self.days = QSpinBox()
        self.days.setRange(1, 62)
        self.days.setValue(3)
        self.days.setSuffix(self.tr(" days"))
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.clicked.connect(self._show_history_clicked)
        history_row = QHBoxLayout()
        history_row.addWidget(QLabel(self.tr("Contact")))
        history_row.addWidget(self.contact_box, 1)
        history_row.addWidget(QLabel(self.tr("From")))
        history_row.addWidget(self.day_from)
        history_row.addWidget(self.days)
        history_row.addWidget(self.show_button)
        self.history_box = QWidget()
        self.history_box.setLayout(history_row)
        history_row.setContentsMargins(0, 0, 0, 0)

        # Scenario-file controls.
        self.open_button = QPushButton(self.tr("Open scenario file…"))
        self.open_button.clicked.connect(self._open_clicked)
        self.scenario_box = QComboBox()
        self.scenario_box.setMinimumWidth(320)
        self.scenario_box.currentIndexChanged.connect(self._scenario_chosen)
        self.scenario_contact_box = QComboBox()
        self.scenario_contact_box.currentIndexChanged.connect(self._redraw_scenario)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.open_button)
        file_row.addWidget(self.scenario_box, 1)
        file_row.addWidget(QLabel(self.tr("Contact")))
        file_row.addWidget(self.scenario_contact_box)
        self.file_box = QWidget()
        self.file_box.setLayout(file_row)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("muted")
        if not has_history:
            self._set_hint(
                self.tr(
                    "History is not available here (no database is open). "
                    "Open a scenario file to explain Meta's public examples."
                )
            )

        source = QGroupBox(self.tr("What to explain"))
        sv = QVBoxLayout(source)
        radios = QHBoxLayout()
        radios.addWidget(self.from_history)
        radios.addWidget(self.from_file)
        radios.addStretch(1)
        sv.addLayout(radios)
        sv.addWidget(self.history_box)
        sv.addWidget(self.file_box)
        sv.addWidget(self.hint)

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.timeline = ExplainTimeline()
        self.steps = QListWidget()
        self.steps.setWordWrap(True)
        self.steps.setAlternatingRowColors(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.zoom_hint = QLabel(
            self.tr("Wheel or +/− to zoom, drag to move along the days, double-click to see all.")
        )
        self.zoom_hint.setObjectName("hint")
        self.zoom_hint.setWordWrap(True)
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.zoom_in_button.setShortcut("Ctrl++")
        self.zoom_in_button.clicked.connect(lambda: self.timeline.zoom(ZOOM_STEP))
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_out_button.setShortcut("Ctrl+-")
        self.zoom_out_button.clicked.connect(lambda: self.timeline.zoom(1 / ZOOM_STEP))
        self.fit_button = QPushButton(self.tr("Show all"))
        self.fit_button.clicked.connect(self.timeline.fit)
        self.timeline.view_changed.connect(self._view_changed)
        zoom_row = QHBoxLayout()
        zoom_row.addWidget(self.zoom_hint, 1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            zoom_row.addWidget(button)
        self._view_changed()

        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.title)
        tv.addLayout(zoom_row)
        tv.addWidget(self.timeline, 1)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.setToolTip(self.tr("Every charge and free conversation shown, as CSV"))
        self.csv_button.setEnabled(False)
        self.csv_button.clicked.connect(self._export_csv)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.csv_button, 0, Qt.AlignmentFlag.AlignTop)
        tv.addLayout(summary_row)
        tv.addWidget(self.export_status)
        self.export_status.hide()
        self.data: TimelineData | None = None
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.steps)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(source)
        layout.addWidget(splitter, 1)
        self._source_changed()
        self.hint.setVisible(bool(self.hint.text()))

    # --- source ------------------------------------------------------------------------

    def _view_changed(self) -> None:
        has = self.timeline.data is not None
        self.zoom_in_button.setEnabled(has)
        self.zoom_out_button.setEnabled(has and self.timeline.is_zoomed())
        self.fit_button.setEnabled(has and self.timeline.is_zoomed())

    def _set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _source_changed(self) -> None:
        history = self.from_history.isChecked()
        self.history_box.setVisible(history)
        self.file_box.setVisible(not history)

    def set_history_contacts(self, contacts: list[tuple[str, str]]) -> None:
        """``[(contact key, label)]`` from the history replay."""
        self.history_contacts = contacts
        self.contact_box.clear()
        for key, label in contacts:
            self.contact_box.addItem(label, key)

    def _show_history_clicked(self) -> None:
        if self.history_loader is not None:
            self._tasks.spawn(self.show_history(), name="pricing-explain")

    async def show_history(self) -> None:
        """Bill the history of the chosen days and draw the chosen contact."""
        key = self.contact_box.currentData()
        if key is None or self.history_loader is None:
            self._set_hint(self.tr("Replay the history first (History tab), then pick a contact."))
            return
        qd = self.day_from.date()
        start = int(datetime(qd.year(), qd.month(), qd.day(), tzinfo=UTC).timestamp())
        end = start + self.days.value() * 86_400
        self.show_button.setEnabled(False)
        try:
            loader = self.history_loader
            if isinstance(loader, WeakMethod):
                loader = loader()
            if loader is None:
                return
            events, bill = await loader(str(key))
        finally:
            self.show_button.setEnabled(True)
        self.events, self.bill = events, bill
        data = timeline_for(events, bill, str(key), start, end)
        self.title.setText(
            self.tr("<b>{contact}</b>, {start} to {end} (as billed)")
            .replace("{contact}", isolated_html(self.contact_box.currentText()))
            .replace("{start}", datetime.fromtimestamp(start, UTC).strftime("%Y-%m-%d"))
            .replace("{end}", datetime.fromtimestamp(end - 1, UTC).strftime("%Y-%m-%d"))
        )
        self._show(data)

    # --- scenario files ----------------------------------------------------------------

    def _open_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a scenario file"), "", self.tr("Scenario files (*.json)")
        )
        if path:
            self.load_scenario_file(Path(path))

    def load_scenario_file(self, path: Path) -> bool:
        """Load scenarios (one object or a list, pricing-examples.json format)."""
        try:
            raw = read_scenario_json(path)
        except ScenarioError as exc:
            self._set_hint(
                self.tr("Cannot read {file}: {error}. Pick a JSON scenario file.")
                .replace("{file}", path.name)
                .replace("{error}", str(exc))
            )
            return False
        items = raw if isinstance(raw, list) else [raw]
        self.scenarios = [s for s in items if isinstance(s, dict)]
        self.from_file.setChecked(True)
        self.scenario_box.blockSignals(True)
        self.scenario_box.clear()
        for s in self.scenarios:
            name = f"{s.get('id', '?')} — {s.get('title', '')}"
            self.scenario_box.addItem(name, s.get("id"))
            self.scenario_box.setItemData(
                self.scenario_box.count() - 1, name, Qt.ItemDataRole.ToolTipRole
            )
        self.scenario_box.blockSignals(False)
        self._set_hint("")
        if self.scenarios:
            self.scenario_box.setCurrentIndex(0)
            self._scenario_chosen(0)
        return bool(self.scenarios)

    def choose_scenario(self, scenario_id: str) -> bool:
        i = self.scenario_box.findData(scenario_id)
        if i < 0:
            return False
        self.scenario_box.setCurrentIndex(i)
        self._scenario_chosen(i)
        return True

    def _scenario_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.scenarios):
            return
        self.scenario_box.setToolTip(self.scenario_box.itemText(row))
        raw = self.scenarios[row]
        try:
            scenario = parse_scenario(raw, self.book)
            bill = bill_scenario(scenario)
        except ScenarioError as exc:
            self._set_hint(
                self.tr(
                    "This scenario cannot be billed: {error}. Fix the file and open it again."
                ).replace("{error}", str(exc))
            )
            self.timeline.set_data(None)
            self.steps.clear()
            return
        self._set_hint("")
        self.scenario, self.events, self.bill = scenario, list(scenario.events), bill
        contacts = list(dict.fromkeys(ev.contact for ev in scenario.events))
        self.scenario_contact_box.blockSignals(True)
        self.scenario_contact_box.clear()
        self.scenario_contact_box.addItems(contacts)
        self.scenario_contact_box.blockSignals(False)
        self._redraw_scenario()

    def _redraw_scenario(self) -> None:
        if self.scenario is None or self.bill is None:
            return
        contact = self.scenario_contact_box.currentText() or "A"
        data = timeline_for(self.events, self.bill, contact)
        raw = self.scenario.raw
        recipient = raw.get("recipient") or {}
        self.title.setText(
            f"<b>{html.escape(str(raw.get('title', '')))}</b><br>"
            + html.escape(
                self.tr("Era: {era} · recipient {country} ({market}) · source: {source}")
                .replace("{era}", era_label(self.scenario.era))
                .replace("{country}", str(recipient.get("country", "")))
                .replace("{market}", str(recipient.get("market", "")))
                .replace("{source}", str(raw.get("source", "")))
            )
        )
        self._show(data)

    # --- display -----------------------------------------------------------------------

    def _export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export charges as CSV"), "explain.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.save_csv(Path(path))

    def save_csv(self, path: Path) -> bool:
        """The timeline's charges (and free conversations) to ``path``; says where or why not."""
        if self.data is None:
            return False
        try:
            with path.open("w", newline="", encoding="utf-8") as fh:
                rows = write_charges_csv(fh, self.data.charges, only_charged=False)
        except OSError as exc:
            text = (
                self.tr("The CSV could not be written to {path}: {error}.")
                .replace("{path}", str(path))
                .replace("{error}", exc.strerror or str(exc))
            )
            colour = theme_colors()["error"]
            ok = False
        else:
            text = (
                self.tr("{n} rows saved to {path}.")
                .replace("{n}", str(rows))
                .replace("{path}", str(path))
            )
            colour = ""
            ok = True
        self.export_status.setText(text)
        self.export_status.setToolTip(text)
        self.export_status.setStyleSheet(f"color: {colour};" if colour else "")
        self.export_status.show()
        return ok

    def _show(self, data: TimelineData) -> None:
        self.data = data
        self.csv_button.setEnabled(True)
        self.timeline.set_data(data)
        self.steps.clear()
        for n, ev in data.events:
            decision = data.decisions.get(n)
            moment = QDateTime.fromSecsSinceEpoch(ev.t, QTimeZone.utc())
            when = QLocale().toString(moment, "ddd MM-dd HH:mm")
            if ev.direction == "in":
                who = self.tr("customer")
            elif ev.kind == "template":
                who = self.tr("{category} template").replace(
                    "{category}", category_label(ev.category or "")
                )
            else:
                who = self.tr("free-form reply")
            why = render_phrase(decision.phrase) if decision else ""
            item = QListWidgetItem(f"#{n}  {when}  {who}: {why}")
            if decision is not None and decision.billable:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.steps.addItem(item)
        charged = data.charged
        total = sum((c.rate for c in charged), Decimal(0))
        text = (
            self.tr("{n} charge(s) for this contact in this range: <b>{total}</b>")
            .replace("{n}", str(len(charged)))
            .replace("{total}", format_money(total, data.currency, 4))
        )
        if any(c.unverified for c in charged):
            text += " · " + self.tr("* includes unverified rate-card figures")
        if self.scenario is not None and self.from_file.isChecked():
            explanation = self.scenario.raw.get("explanation")
            if explanation:
                text += "<br><i>" + html.escape(str(explanation)) + "</i>"
        self.summary.setText(text)
        self.shown.emit(data)
