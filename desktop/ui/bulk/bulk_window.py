"""Bulk send: pick recipients and an approved template, check every row, confirm, follow.

Three steps in one window: *Recipients and template* (a CSV file or the contacts of a
number, optionally one label; the template; which column fills which variable), *Check*
(each row's problem in words, a few rows as WhatsApp bubbles, the estimated total and the
messaging limit it uses; the send button names how many valid rows it sends to) and
*Progress*. All checking, pricing and sending is done by ``desktop.services.bulk``; this
window only collects choices and displays.
"""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.bulk.csv_import import MAX_BYTES, CsvRefused, CsvTable, read_csv
from desktop.services.bulk.plan import (
    CONTACT_FIELDS,
    FIELD_FIRST_NAME,
    FIELD_NAME,
    FIELD_NUMBER,
    BulkPlan,
    Recipient,
    Source,
    Variable,
    bulk_templates,
    check_rows,
    guess_mapping,
    recipients_from_csv,
    recipients_from_inbox,
    template_variables,
)
from desktop.services.inbox import NumberRow, TemplateChoice, number_rows
from desktop.services.pricing.cards import load_rate_book
from desktop.services.templates import render_sample
from desktop.services.templates.labels import CATEGORY_LABELS, label_of
from desktop.services.templates.model import MessageTemplate, TemplateShapeError
from desktop.services.work import LabelRow, labels
from desktop.ui.bulk.progress_view import BulkProgressView
from desktop.ui.bulk.rows_model import TextRowsModel
from desktop.ui.chat import BubblePreview, spec_from_sample
from desktop.ui.i18n import render
from desktop.ui.task_scope import UiTaskScope

if TYPE_CHECKING:
    from desktop.models.db import Database
    from desktop.services.bulk.runner import BulkRunner

PREVIEW_ROWS = 3


class BulkSendServices(Protocol):
    """What a bulk send uses: queries on ``db`` and the job ``runner``."""

    @property
    def db(self) -> Database: ...
    @property
    def runner(self) -> BulkRunner: ...


@dataclass(frozen=True)
class BulkSendParts:
    db: Database
    runner: BulkRunner


class BulkSendWindow(QDialog):
    def __init__(
        self, services: BulkSendServices, parent: QWidget | None = None, *, theme: str = "light"
    ) -> None:
        super().__init__(parent)
        self._tasks = UiTaskScope(self)
        self.setObjectName("bulkSendWindow")
        self.setWindowTitle(self.tr("Bulk send"))
        self.setModal(False)
        self.resize(1000, 660)
        self._services = services
        self._theme = theme
        self._book: Any = None
        self._table: CsvTable | None = None
        self._csv_name = ""
        self._template: TemplateChoice | None = None
        self._variables: list[Variable] = []
        self._mapping_widgets: dict[str, tuple[QComboBox, QLineEdit]] = {}
        self.plan: BulkPlan | None = None
        self.ready = False  # numbers, labels and the first templates are listed

        self.pages = QStackedWidget(self)
        self.setup_page = self._build_setup()
        self.check_page = self._build_check()
        self.progress_view = BulkProgressView(services.runner, self)
        self.pages.addWidget(self.setup_page)
        self.pages.addWidget(self.check_page)
        self.pages.addWidget(self.progress_view)
        self.new_button = QPushButton(self.tr("New bulk send"), self)
        self.new_button.clicked.connect(self.start_over)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setToolTip(
            self.tr("A running bulk send goes on when this window is closed.")
        )
        self.close_button.clicked.connect(self.close)
        footer = QHBoxLayout()
        footer.addWidget(self.new_button)
        footer.addStretch(1)
        footer.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(footer)
        self.new_button.hide()

    # -- step 1: recipients, template, values ---------------------------------------------
    def _build_setup(self) -> QWidget:
        page = QWidget(self)
        self.number_combo = QComboBox(page)
        self.csv_radio = QRadioButton(self.tr("A CSV file"), page)
        self.contacts_radio = QRadioButton(self.tr("Contacts of this number"), page)
        self.csv_radio.setChecked(True)
        group = QButtonGroup(page)
        group.addButton(self.csv_radio)
        group.addButton(self.contacts_radio)
        self.choose_csv = QPushButton(self.tr("Choose file…"), page)
        self.csv_label = QLabel(self.tr("No file chosen"), page)
        self.csv_label.setObjectName("hint")
        self.csv_label.setTextFormat(Qt.TextFormat.PlainText)
        self.csv_label.setWordWrap(True)
        self.number_column = QComboBox(page)
        self.name_column = QComboBox(page)
        self.label_combo = QComboBox(page)
        self.template_list = QListWidget(page)
        self.template_list.setObjectName("bulkTemplates")
        self.no_templates = QLabel(
            self.tr("This number's account has no approved template yet. Create one in Templates."),
            page,
        )
        self.no_templates.setWordWrap(True)
        self.no_templates.hide()
        self.values_host = QWidget(page)
        self.values_form = QFormLayout(self.values_host)
        self.values_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values_hint = QLabel(
            self.tr("Choose which column fills each of the template's values."), page
        )
        self.values_hint.setObjectName("hint")
        self.values_hint.setWordWrap(True)
        self.setup_problem = QLabel(page)
        self.setup_problem.setObjectName("errorText")
        self.setup_problem.setWordWrap(True)
        self.setup_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.check_button = QPushButton(self.tr("Check the rows"), page)
        self.check_button.setDefault(True)

        source = QGridLayout()
        source.addWidget(self.csv_radio, 0, 0)
        source.addWidget(self.choose_csv, 0, 1)
        source.addWidget(self.csv_label, 0, 2)
        columns = QHBoxLayout()
        columns.addWidget(QLabel(self.tr("Number column"), page))
        columns.addWidget(self.number_column, 1)
        columns.addWidget(QLabel(self.tr("Name column"), page))
        columns.addWidget(self.name_column, 1)
        source.addLayout(columns, 1, 1, 1, 2)
        source.addWidget(self.contacts_radio, 2, 0)
        labelled = QHBoxLayout()
        labelled.addWidget(QLabel(self.tr("With label"), page))
        labelled.addWidget(self.label_combo, 1)
        source.addLayout(labelled, 2, 1, 1, 2)
        source.setColumnStretch(2, 1)
        top = QFormLayout()
        top.addRow(self.tr("Send from"), self.number_combo)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Approved template"), page))
        left.addWidget(self.template_list, 1)
        left.addWidget(self.no_templates)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Values"), page))
        right.addWidget(self.values_hint)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.values_host)
        right.addWidget(scroll, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.setup_problem, 1)
        bottom.addWidget(self.check_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        heading = QLabel(self.tr("Recipients"), page)
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        layout.addLayout(source)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self.number_combo.currentIndexChanged.connect(
            lambda _i: self._tasks.spawn(self._load_templates(), name="bulk:templates")
        )
        self.choose_csv.clicked.connect(self._choose_file)
        self.csv_radio.toggled.connect(lambda _on: self._source_changed())
        self.template_list.currentItemChanged.connect(lambda cur, _prev: self._chosen(cur))
        self.check_button.clicked.connect(
            lambda: self._tasks.spawn(self.check(), name="bulk:check")
        )
        return page

    def start_loading(self) -> None:
        self._tasks.spawn(self.load(), name="bulk:load")

    async def load(self) -> None:
        db = self._services.db
        numbers: list[NumberRow] = await db.run(number_rows)
        found: list[LabelRow] = await db.run(labels)
        self._book = await asyncio.get_running_loop().run_in_executor(None, load_rate_book)
        self.label_combo.clear()
        self.label_combo.addItem(self.tr("Any label"), None)
        for label in found:
            self.label_combo.addItem(label.name, label.id)
        self.number_combo.blockSignals(True)
        self.number_combo.clear()
        for number in numbers:
            if number.waba_id is None:
                continue
            text = f"{number.label} ({number.display_phone_number})"
            if number.is_test_number:
                text += " " + self.tr("(test number)")
            self.number_combo.addItem(text, number.id)
        self.number_combo.blockSignals(False)
        await self._load_templates()
        self._source_changed()
        self.ready = True

    @property
    def phone_number_id(self) -> str | None:
        value = self.number_combo.currentData()
        return str(value) if value is not None else None

    async def choose_number(self, phone_number_id: str) -> bool:
        """Send from this number; its templates are listed when this returns."""
        index = self.number_combo.findData(phone_number_id)
        if index < 0:
            return False
        self.number_combo.blockSignals(True)
        self.number_combo.setCurrentIndex(index)
        self.number_combo.blockSignals(False)
        await self._load_templates()
        return True

    async def _load_templates(self) -> None:
        number = self.phone_number_id
        choices = await self._services.db.run(bulk_templates, number) if number else []
        if number != self.phone_number_id:
            return  # the user chose another number meanwhile: its own load fills the list
        self.template_list.clear()
        for choice in choices:
            category = render(label_of(CATEGORY_LABELS, choice.category))
            item = QListWidgetItem(f"{choice.name} · {choice.language} · {category}")
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setToolTip(item.text())
            self.template_list.addItem(item)
        self.no_templates.setVisible(not choices)
        if choices:
            self.template_list.setCurrentRow(0)
        else:
            self._chosen(None)

    def choose_template(self, name: str, language: str) -> bool:
        for row in range(self.template_list.count()):
            choice = self.template_list.item(row).data(Qt.ItemDataRole.UserRole)
            if choice.name == name and choice.language == language:
                self.template_list.setCurrentRow(row)
                return True
        return False

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import recipients"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self._tasks.spawn(self.import_csv(path), name="bulk:csv")

    async def import_csv(self, path: str | os.PathLike[str]) -> bool:
        """Read the file (refused with a reason when unusable); True when it can be used."""
        place = Path(path)
        self.csv_radio.setChecked(True)
        try:
            if place.stat().st_size > MAX_BYTES:  # refused before reading it at all
                data = b"\0" * (MAX_BYTES + 1)
            else:
                data = await asyncio.get_running_loop().run_in_executor(None, place.read_bytes)
            table = read_csv(data)
        except CsvRefused as exc:
            self._table = None
            self.csv_label.setText(place.name)
            self.setup_problem.setText(render(exc.phrase))
            self._fill_columns()
            return False
        except OSError as exc:
            self._table = None
            self.setup_problem.setText(
                self.tr("The file cannot be opened: {error}").format(error=exc.strerror or exc)
            )
            self._fill_columns()
            return False
        self._table = table
        self._csv_name = place.name
        self.csv_label.setText(
            self.tr("{file}: {rows} rows, {columns} columns").format(
                file=place.name, rows=len(table.rows), columns=len(table.columns)
            )
        )
        self.setup_problem.setText("")
        self._fill_columns()
        return True

    def _columns(self) -> list[tuple[str, str]]:
        """(key, label) of what can fill a value: the CSV's columns or the contact's fields."""
        if self.contacts_radio.isChecked():
            names = {
                FIELD_NAME: self.tr("Contact name"),
                FIELD_FIRST_NAME: self.tr("First name"),
                FIELD_NUMBER: self.tr("Phone number"),
            }
            return [(key, names[key]) for key in CONTACT_FIELDS]
        return [(c, c) for c in (self._table.columns if self._table else [])]

    def _source_changed(self) -> None:
        csv = self.csv_radio.isChecked()
        for widget in (self.choose_csv, self.number_column, self.name_column):
            widget.setEnabled(csv)
        self.label_combo.setEnabled(not csv)
        self._fill_columns()

    def _fill_columns(self) -> None:
        table = self._table
        for combo, guess in (
            (self.number_column, table.number_column if table else None),
            (self.name_column, table.name_column if table else None),
        ):
            combo.clear()
            if combo is self.name_column:
                combo.addItem(self.tr("(none)"), None)
            for column in table.columns if table else []:
                combo.addItem(column, column)
            if guess is not None:
                combo.setCurrentIndex(combo.findData(guess))
        self._build_values()

    def _chosen(self, item: QListWidgetItem | None) -> None:
        self._template = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self._variables = []
        if self._template is not None:
            try:
                self._variables = template_variables(
                    MessageTemplate.from_graph(self._template.graph)
                )
            except TemplateShapeError as exc:
                self.setup_problem.setText(
                    self.tr("This template cannot be read: {error}").format(error=exc)
                )
        self._build_values()

    def _build_values(self) -> None:
        while self.values_form.rowCount():
            self.values_form.removeRow(0)
        self._mapping_widgets.clear()
        columns = self._columns()
        taken = {self.number_column.currentData(), FIELD_NUMBER}  # the number fills no value
        guess = guess_mapping(self._variables, [key for key, _ in columns if key not in taken])
        if self.contacts_radio.isChecked():
            first = next((v.key for v in self._variables if v.key.startswith("body:")), None)
            if first is not None:  # most templates greet the customer first
                guess[first] = Source(FIELD_FIRST_NAME)
        for variable in self._variables:
            combo = QComboBox(self.values_host)
            for key, label in columns:
                combo.addItem(label, key)
            combo.addItem(self.tr("Same text for everyone…"), None)
            text = QLineEdit(self.values_host)
            text.setPlaceholderText(self.tr("Text"))
            source = guess.get(variable.key)
            index = combo.findData(source.column) if source and source.column else -1
            combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
            text.setEnabled(combo.currentData() is None)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, t=text: t.setEnabled(c.currentData() is None)
            )
            row = QWidget(self.values_host)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(combo, 1)
            line.addWidget(text, 1)
            label = render(variable.label_phrase) if variable.label_phrase else variable.label
            self.values_form.addRow(label, row)
            self._mapping_widgets[variable.key] = (combo, text)
        self.values_hint.setVisible(bool(self._variables))
        if self._template is not None and not self._variables:
            self.values_form.addRow(QLabel(self.tr("This template has no values to fill.")))

    def mapping(self) -> dict[str, Source]:
        found: dict[str, Source] = {}
        for key, (combo, text) in self._mapping_widgets.items():
            column = combo.currentData()
            found[key] = Source(str(column)) if column is not None else Source(None, text.text())
        return found

    def set_fixed_text(self, key: str, text: str) -> None:
        combo, edit = self._mapping_widgets[key]
        combo.setCurrentIndex(combo.count() - 1)
        edit.setText(text)

    async def _recipients(self) -> tuple[list[Recipient], str] | None:
        if self.contacts_radio.isChecked():
            number = self.phone_number_id
            assert number is not None
            label_id = self.label_combo.currentData()
            found = await self._services.db.run(recipients_from_inbox, number, label_id)
            source = self.label_combo.currentText() if label_id is not None else ""
            return found, source or self.number_combo.currentText()
        if self._table is None:
            self.setup_problem.setText(self.tr("Choose a CSV file of recipients first."))
            return None
        number_column = self.number_column.currentData()
        if number_column is None:
            self.setup_problem.setText(self.tr("Choose the column that holds the phone number."))
            return None
        name_column = self.name_column.currentData()
        return recipients_from_csv(self._table, str(number_column), name_column), self._csv_name

    async def check(self) -> BulkPlan | None:
        """Check every row (step 2); nothing is sent yet."""
        number, template = self.phone_number_id, self._template
        if number is None or template is None:
            self.setup_problem.setText(self.tr("Choose the number to send from and a template."))
            return None
        got = await self._recipients()
        if got is None:
            return None
        recipients, source = got
        if not recipients:
            self.setup_problem.setText(self.tr("No recipients: nobody matches this choice."))
            return None
        self.setup_problem.setText("")
        self.check_button.setEnabled(False)
        try:
            plan = await self._services.db.run(
                check_rows,
                number,
                template,
                recipients,
                self.mapping(),
                now=int(time.time()),
                book=self._book,
                source=source,
            )
        finally:
            self.check_button.setEnabled(True)
        self.plan = plan
        self._show_plan(plan)
        self.pages.setCurrentWidget(self.check_page)
        return plan

    # -- step 2: the check ----------------------------------------------------------------
    def _build_check(self) -> QWidget:
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        self.rows_model = TextRowsModel(
            [self.tr("Row"), self.tr("Number"), self.tr("Name"), self.tr("Check")], self
        )
        self.rows_view = QTableView(page)
        self.rows_view.setObjectName("bulkRows")
        self.rows_view.setModel(self.rows_model)
        self.rows_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.setWordWrap(True)
        self.rows_view.verticalHeader().hide()
        header = self.rows_view.horizontalHeader()
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.previews: list[BubblePreview] = []
        preview_host = QWidget(page)
        preview_layout = QVBoxLayout(preview_host)
        for _ in range(PREVIEW_ROWS):
            preview = BubblePreview(preview_host)
            self.previews.append(preview)
            preview_layout.addWidget(preview)
        preview_layout.addStretch(1)
        preview_scroll = QScrollArea(page)
        preview_scroll.setObjectName("bulkPreview")
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setWidget(preview_host)
        preview_scroll.setMinimumWidth(300)
        self.cost = QLabel(page)
        self.cost.setWordWrap(True)
        self.tier = QLabel(page)
        self.tier.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back"), page)
        self.send_button = QPushButton(page)
        self.send_button.setObjectName("primary")
        splitter = QSplitter(page)
        splitter.addWidget(self.rows_view)
        splitter.addWidget(preview_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.cost)
        layout.addWidget(self.tier)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentWidget(self.setup_page))
        self.send_button.clicked.connect(lambda: self._tasks.spawn(self.send(), name="bulk:send"))
        return page

    def _show_plan(self, plan: BulkPlan) -> None:
        sendable, problems, opted = plan.sendable, plan.with_problems, plan.opted_out
        summary = self.tr("{ok} of {total} rows can be sent.").format(
            ok=len(sendable), total=len(plan.rows)
        )
        if problems:
            summary += " " + self.tr(
                "{count} have a problem (listed first) and are left out."
            ).format(count=len(problems))
        if opted:
            summary += " " + self.tr(
                "{count} stopped marketing messages in WhatsApp and are skipped."
            ).format(count=len(opted))
        self.summary.setText(summary)
        # rows with a problem first, so they are seen before the user confirms
        ordered = problems + opted + sendable
        shown = []
        for row in ordered:
            if row.problems:
                check = " ".join(render(p) for p in row.problems)
            elif row.opted_out:
                check = self.tr("Skipped: stopped marketing messages")
            else:
                check = self.tr("Ready")
            shown.append((str(row.position), row.number, row.name, check))
        self.rows_model.set_rows(shown, [bool(r.problems) for r in ordered])
        for index in range(min(len(problems), 200)):  # a problem is read whole, wrapped
            self.rows_view.resizeRowToContents(index)
        assert plan.template is not None
        for preview, row in zip(self.previews, sendable[:PREVIEW_ROWS], strict=False):
            sample = render_sample(
                plan.template.graph, row.body_values, header_value=row.header_value
            )
            preview.setSpec(spec_from_sample(sample, status=None, theme=self._theme))  # type: ignore[arg-type]
            preview.setToolTip(f"+{row.wa_id} {row.name}".strip())
            preview.show()
        for preview in self.previews[len(sendable[:PREVIEW_ROWS]) :]:
            preview.hide()
        self.cost.setText(self._cost_text(plan))
        self.tier.setText(self._tier_text(plan))
        self.tier.setObjectName("errorText" if plan.tier.over else "")
        self.tier.style().unpolish(self.tier)
        self.tier.style().polish(self.tier)
        self.send_button.setText(self.tr("Send to {count} recipients").format(count=len(sendable)))
        self.send_button.setEnabled(bool(sendable))

    def _cost_text(self, plan: BulkPlan) -> str:
        cost = plan.cost
        if cost.amounts:
            total = ", ".join(
                f"{currency} {amount.quantize(Decimal('0.0001')).normalize():f}"
                for currency, amount in sorted(cost.amounts.items())
            )
        else:
            total = self.tr("free")
        text = self.tr("Estimated cost: {total} ({charged} charged, {free} free).").format(
            total=total, charged=cost.charged, free=cost.free
        )
        if cost.unknown:
            text += " " + self.tr("{count} recipients cannot be priced (unknown market).").format(
                count=cost.unknown
            )
        return text

    def _tier_text(self, plan: BulkPlan) -> str:
        tier = plan.tier
        if tier.tier is None:
            limit = self.tr("not known yet (sync the numbers)")
        elif tier.limit is None:
            limit = self.tr("unlimited")
        else:
            limit = self.tr("{limit} customers a day").format(limit=f"{tier.limit:,}")
        text = self.tr(
            "Messaging limit: {limit}. Reached in the last 24 hours: {used}; this send adds "
            "{new} new customers outside their 24-hour window."
        ).format(limit=limit, used=tier.used_24h, new=tier.new_in_job)
        if tier.over:
            text += " " + self.tr(
                "This is over the limit: WhatsApp will not deliver the rest until the 24 hours "
                "have passed. Send to fewer recipients, or later."
            )
        return text

    async def send(self) -> int | None:
        """Store the job for the valid rows and show its progress; returns the job id."""
        plan = self.plan
        if plan is None or not plan.sendable:
            return None
        self.send_button.setEnabled(False)
        job_id = await self._services.runner.create(plan)
        self.show_job(job_id)
        return job_id

    # -- step 3: progress -----------------------------------------------------------------
    def show_job(self, job_id: int) -> None:
        self.progress_view.show_job(job_id)
        self.pages.setCurrentWidget(self.progress_view)
        self.new_button.show()

    def start_over(self) -> None:
        self.plan = None
        self.new_button.hide()
        self.pages.setCurrentWidget(self.setup_page)
