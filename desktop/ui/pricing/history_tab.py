"""History tab: the real bill from the local database, Meta's flags beside it, and what-ifs.

The use cases are the pricing service's (``services/pricing/history.py``); this tab runs
them off the UI thread (rows are read on the DB thread, billing runs in a worker thread).
It opens by itself: this month's bill first (the closed months kept in the database are
not billed again), then, when months are missing, the year streamed and re-priced under
every era, with progress and a Cancel button; the closed months are kept for next time.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.db import Database
from desktop.services.pricing.cards import RateBook
from desktop.services.pricing.eras import ERAS
from desktop.services.pricing.export import write_charges_csv
from desktop.services.pricing.history import (
    CONTEXT_SECONDS,
    HistoryCancelled,
    HistoryReport,
    Mismatch,
    MonthDetail,
    explain_month,
    keep_closed_months,
    price_history,
    read_history,
    reprice_year,
    resume_from,
    waba_settings,
)
from desktop.services.pricing.history_months import (
    ClosedMonths,
    load_closed_months,
    store_closed_months,
    utc_month_start,
)
from desktop.services.pricing.history_read import read_timelines
from desktop.ui.pricing.fit import fit_table, tip_cells
from desktop.ui.pricing.labels import (
    category_label,
    era_label,
    era_short,
    era_title,
    format_money,
    format_rate,
    market_label,
    render_phrase,
)
from desktop.ui.pricing.meta_figures_panel import MetaFiguresPanel
from desktop.ui.pricing.report_export import html_table, write_pdf
from desktop.ui.pricing.scenario_charts import CategoryBarsChart, stacked_amounts
from desktop.ui.task_scope import UiTaskScope
from desktop.ui.theme import theme_colors


def report_month_probe(month: str) -> int:
    """Noon UTC on the 15th of ``month`` ("YYYY-MM")."""
    year, mon = (int(x) for x in month.split("-"))
    return int(datetime(year, mon, 15, 12, tzinfo=UTC).timestamp())


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str], stretch: list[int], whole: list[int] | None = None) -> QTableWidget:
    """Columns in ``stretch`` share the spare width (and wrap); the others fit their text;
    cells of ``whole`` columns (short names) stay on one line."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    tip_cells(table)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    fit_table(table, stretch, whole=whole or [])
    return table


def _merge(into: ClosedMonths, more: ClosedMonths) -> None:
    for waba, months in more.months.items():
        for month, eras in months.items():
            for era, (currency, lines) in eras.items():
                into.keep(waba, month, era, currency, lines)
    into.left_out.update(more.left_out)


class HistoryTab(QWidget):
    """Replay button, progress and cancel; bill per month, what-if per era, mismatches."""

    replayed = Signal(object)  # HistoryReport, after the tables show it
    months_changed = Signal(object)  # HistoryReport, when re-priced closed months joined it
    failed = Signal(str)  # a message saying what went wrong and what to do

    def __init__(self, book: RateBook, db: Database | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._tasks = UiTaskScope(self)
        self.book = book
        self.db = db
        self.report: HistoryReport | None = None
        self.detail: MonthDetail | None = None  # the month shown, explained and reconciled
        self._cancel: threading.Event | None = None
        self._task: asyncio.Task[None] | None = None

        self.replay_button = QPushButton(self.tr("Replay history"))
        self.replay_button.clicked.connect(self._replay_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("Not replayed yet"))
        self.month_box = QComboBox()
        self.month_box.setMinimumWidth(120)
        self.month_box.currentIndexChanged.connect(self._show_month)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(self._export_csv)
        self.pdf_button = QPushButton(self.tr("Export PDF report…"))
        self.pdf_button.clicked.connect(self._export_pdf)
        for b in (self.csv_button, self.pdf_button):
            b.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.replay_button)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.progress, 1)
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month_box)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        if db is None:
            self.replay_button.setEnabled(False)
            self.status.setText(
                self.tr(
                    "History needs the app's database, and none is open here. Start WABA Desk "
                    "normally (sandbox or live) to replay your messages; the Scenario and "
                    "Explain tabs work without it."
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "Replay bills every stored message with the rules of its day and compares "
                    "the result with the billing flags Meta sent in status webhooks."
                )
            )

        self.bill_table = _table(
            [
                self.tr("WABA"),
                self.tr("Number"),
                self.tr("Era"),
                self.tr("Market"),
                self.tr("Category"),
                self.tr("Rate"),
                self.tr("Charged"),
                self.tr("Amount"),
            ],
            stretch=[0, 1, 2, 3, 4, 5, 7],
            # A market or category name breaks only at a space, never inside a Japanese
            # word; a rate or amount ("USD 0.0118") takes two lines only when it must.
            whole=[3, 4, 5, 7],
        )
        self.what_if_table = _table([self.tr("Rules"), self.tr("This month would cost")], [0])
        rows_height = self.what_if_table.verticalHeader().defaultSectionSize() * (len(ERAS) + 1)
        self.what_if_table.setMinimumHeight(
            rows_height + self.what_if_table.horizontalHeader().sizeHint().height() + 6
        )
        self.mismatch_table = _table(
            [
                self.tr("Time (UTC)"),
                self.tr("Message"),
                self.tr("We say"),
                self.tr("Meta says"),
                self.tr("Why"),
            ],
            stretch=[1, 2, 3, 4],
        )

        self.bill_group = bill_group = QGroupBox(self.tr("Real bill of the month"))
        QVBoxLayout(bill_group).addWidget(self.bill_table)
        what_group = QGroupBox(self.tr("What this month would have cost under each era"))
        self.what_if_chart = CategoryBarsChart(self.tr("This month under each era, by category"))
        wv = QVBoxLayout(what_group)
        wv.addWidget(self.what_if_table, 2)
        wv.addWidget(self.what_if_chart.widget, 3)
        mismatch_group = QGroupBox(self.tr("Reconciliation with Meta's billable flags"))
        mv = QVBoxLayout(mismatch_group)
        self.reconcile_label = QLabel()
        self.reconcile_label.setWordWrap(True)
        mv.addWidget(self.reconcile_label)
        mv.addWidget(self.mismatch_table)

        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(bill_group)
        upper.addWidget(what_group)
        upper.setStretchFactor(0, 2)
        upper.setStretchFactor(1, 1)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(upper)
        # Below the bill: the message-by-message reconciliation, and (when attached) Meta's
        # own monthly figures beside ours.
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setDocumentMode(True)
        self.lower_tabs.addTab(mismatch_group, self.tr("Reconciliation"))
        body.addWidget(self.lower_tabs)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        self.meta_panel: MetaFiguresPanel | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_status.hide()
        layout.addWidget(self.export_status)
        # The bill, the eras and the lower tabs need ~740 px; a 1024x700 window gives the
        # tab ~650. Rather than squeeze tables under their rows (or cut the lower tabs off),
        # the body scrolls as a whole when the window is that small.
        self.body_scroll = QScrollArea()
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidget(body)
        layout.addWidget(self.body_scroll, 1)

    def attach_meta_panel(self, panel: MetaFiguresPanel) -> None:
        """Show ``panel`` (Meta's figures) as a tab beside the reconciliation; it compares
        again whenever this tab's bill changes."""
        self.meta_panel = panel
        self.lower_tabs.addTab(panel, self.tr("Meta's figures"))
        self.replayed.connect(panel.refresh)
        self.months_changed.connect(panel.refresh)

    # --- replay ------------------------------------------------------------------------

    def _replay_clicked(self) -> None:
        task = self._tasks.spawn(self.replay(), name="pricing-history")
        self._task = task

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def showEvent(self, event: QShowEvent) -> None:
        """History is ready without a click: the first time the tab shows, bill what is
        new since the kept months (the current month, usually)."""
        super().showEvent(event)
        if self.db is not None and self.report is None and self._cancel is None:
            self._tasks.spawn(self.replay(full=False), name="pricing-history-open")
        if self.meta_panel is not None:
            self.meta_panel.fetch_once()

    async def replay(self, *, full: bool = True) -> HistoryReport | None:
        """Show this month's bill at once, then the closed months: kept ones from the
        database, missing ones re-priced from a stream of the year (progress and cancel).
        ``full`` re-prices every closed month. ``None`` when cancelled or failed before
        this month could be shown."""
        if self.db is None:
            return None
        db, book = self.db, self.book
        loop = asyncio.get_running_loop()
        cancel = threading.Event()
        self._cancel = cancel
        self.replay_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)  # busy while reading
        self.progress.setFormat(self.tr("Reading this month…"))

        def reporter(text: str) -> Callable[[int, int], None]:
            def report(done: int, total: int) -> None:
                loop.call_soon_threadsafe(self._on_progress, done, total, text)

            return report

        report: HistoryReport | None = None
        try:
            settings = await db.run(waba_settings)
            kept, mark = await db.run(load_closed_months, book)
            if full:
                kept = ClosedMonths()
            since = resume_from(kept, settings)
            year_needed = since is None
            if since is None:
                # Nothing kept: last month and this one first (their events stay for
                # explanations), then the year streamed into closed months.
                this_month = utc_month_start(int(time.time()))
                since = utc_month_start(this_month) - CONTEXT_SECONDS
            stored = await db.run(
                read_history,
                since=since,
                progress=reporter(self.tr("Reading this month… %p%")),
                cancel=cancel,
            )
            report = await asyncio.to_thread(
                price_history,
                book,
                stored,
                progress=reporter(self.tr("Billing this month… %p%")),
                cancel=cancel,
                kept=kept,
            )
            now = int(time.time())
            fresh = ClosedMonths()
            if keep_closed_months(report, fresh, settings, now):
                _merge(report.kept, fresh)
                await db.run(store_closed_months, book, fresh, mark)
            self.show_report(report)
            if year_needed:
                self.progress.setRange(0, 0)
                self.progress.setFormat(self.tr("Reading the year…"))
                read = await db.run(
                    read_timelines,
                    progress=reporter(self.tr("Reading the year… %p%")),
                    cancel=cancel,
                )
                year = await asyncio.to_thread(
                    reprice_year,
                    book,
                    read,
                    now,
                    progress=reporter(self.tr("Re-pricing every month under every era… %p%")),
                    cancel=cancel,
                )
                del read
                for waba, months in report.kept.months.items():
                    for month in months:  # months kept just now from the opening replay
                        year.months.get(waba, {}).pop(month, None)
                await db.run(store_closed_months, book, year, mark)
                if self.report is report:
                    _merge(report.kept, year)
                    self._months_changed(report)
            self._done()
        except HistoryCancelled:
            if report is None:
                self.status.setText(self.tr("Replay cancelled; nothing was changed."))
                self._idle("")
            else:
                self.status.setText(
                    self.tr(
                        "Re-pricing the closed months was cancelled; this month is shown. "
                        "Press Replay history to re-price them."
                    )
                )
                self._idle(self.tr("Cancelled"))
            return None if report is None else report
        except Exception as exc:  # shown to the user, with what to do next
            text = self.tr(
                "The replay failed: {error}. Check the rate cards (Settings) and try again."
            ).replace("{error}", str(exc))
            self.status.setText(text)
            self._idle("")
            self.failed.emit(text)
            return None
        finally:
            self.replay_button.setEnabled(True)
            self.cancel_button.setEnabled(False)
            self._cancel = None
        return report

    def _idle(self, text: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(text)

    def _done(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.setFormat(self.tr("Done"))

    def _months_changed(self, report: HistoryReport) -> None:
        """The month list after closed months arrived; the month shown stays."""
        shown = self.current_month()
        months = list(reversed(report.months()))
        self.month_box.blockSignals(True)
        self.month_box.clear()
        self.month_box.addItems(months)
        if shown in months:
            self.month_box.setCurrentIndex(months.index(shown))
        self.month_box.blockSignals(False)
        if self.current_month() != shown:
            self._show_month()
        self.months_changed.emit(report)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(text)

    # --- display -----------------------------------------------------------------------

    def show_report(self, report: HistoryReport, detail: MonthDetail | None = None) -> None:
        """Show ``report`` at its latest month (``detail``: that month explained, if known)."""
        self.report = report
        self.detail = detail
        self.month_box.blockSignals(True)
        self.month_box.clear()
        self.month_box.addItems(list(reversed(report.months())))
        self.month_box.blockSignals(False)
        notes = [self.tr("{n} messages replayed.").replace("{n}", str(report.events))]
        if report.issues:
            notes.append(
                self.tr("{n} message(s) left out:").replace("{n}", str(report.stored.left_out))
                + " "
                + render_phrase(report.issues[0])
                + (" …" if len(report.issues) > 1 else "")
            )
        notes.extend(render_phrase(n) for n in report.notices)
        if report.unverified_used:
            notes.append(self.tr("* some rates are unverified rate-card figures."))
        self.status.setText(" ".join(notes))
        for b in (self.csv_button, self.pdf_button):
            b.setEnabled(True)
        self._show_month()
        self.replayed.emit(report)

    def current_month(self) -> str:
        return self.month_box.currentText()

    @staticmethod
    def _amounts(totals: dict[str, Decimal], fallback: str) -> str:
        if not totals:
            return format_money(Decimal(0), fallback, 4)
        return " + ".join(format_money(v, c, 4) for c, v in sorted(totals.items()))

    def _show_month(self) -> None:
        report = self.report
        if report is None:
            return
        month = self.current_month()
        if self.detail is None or self.detail.month != month:
            self.detail = None
            self._tasks.spawn(self._explain_month(report, month), name="pricing-history-month")
        else:
            self._show_mismatches(self.detail)
        lines = report.lines(month)
        lines.sort(key=lambda cl: (cl[1].waba, cl[1].phone_number, cl[1].market, cl[1].category))
        fallback = next(iter(report.bills.values())).currency if report.bills else "USD"
        # One WABA (the usual case) or one number: named in the title, not on every row.
        wabas = {ln.waba for _cur, ln in lines}
        numbers = {ln.phone_number for _cur, ln in lines}
        one_waba, one_number = len(wabas) == 1, len(numbers) == 1
        self.bill_table.setColumnHidden(0, one_waba)
        self.bill_table.setColumnHidden(1, one_number)
        title = self.tr("Real bill of the month")
        if one_waba:
            title += " · " + report.name(next(iter(wabas)))
        if one_number:
            title += " · " + report.name(next(iter(numbers)))
        self.bill_group.setTitle(title)
        self.bill_table.setRowCount(len(lines) + 1)
        for r, (cur, ln) in enumerate(lines):
            cells = [
                _item(report.name(ln.waba)),
                _item(report.name(ln.phone_number)),
                _item(era_short(ln.era)),
                _item(market_label(ln.market)),
                _item(category_label(ln.category)),
                _item(format_rate(ln.rate, cur), True),
                _item(f"{ln.count:,}", True),
                _item(format_money(ln.amount, cur, 4), True),
            ]
            for c, cell in enumerate(cells):
                self.bill_table.setItem(r, c, cell)
        last = len(lines)
        total_column = 2 if one_number else 1 if one_waba else 0
        for c in range(7):
            self.bill_table.setItem(last, c, _item(self.tr("Total") if c == total_column else ""))
        total_item = _item(self._amounts(report.totals(month), fallback), True)
        font = total_item.font()
        font.setBold(True)
        total_item.setFont(font)
        self.bill_table.setItem(last, 7, total_item)
        self.what_if_table.setRowCount(len(ERAS) + 1)
        self.what_if_table.setItem(0, 0, _item(era_label("auto")))
        self.what_if_table.setItem(0, 1, _item(self._amounts(report.totals(month), fallback), True))
        for r, era in enumerate(ERAS, start=1):
            name = _item(era_label(era))
            name.setToolTip(era_title(era))
            self.what_if_table.setItem(r, 0, name)
            amount = self._amounts(report.totals(month, era), fallback)
            self.what_if_table.setItem(r, 1, _item(amount, True))
        by_era: dict[str, dict[str, Decimal]] = {}
        currencies = set()
        for era in ERAS:
            cats: dict[str, Decimal] = {}
            for cur, ln in report.lines(month, era):
                currencies.add(cur)
                cats[ln.category] = cats.get(ln.category, Decimal(0)) + ln.amount
            by_era[era] = cats
        # One axis needs one currency; several WABAs in several currencies are not mixed.
        label = currencies.pop() if len(currencies) == 1 else fallback
        self.what_if_chart.show_amounts(stacked_amounts(by_era), label)

    async def _explain_month(self, report: HistoryReport, month: str) -> None:
        """Explain and reconcile ``month`` in a worker thread, then show its mismatches."""
        self.reconcile_label.setText(self.tr("Checking this month against Meta's flags…"))
        self.mismatch_table.setRowCount(0)
        try:
            if report.covers(month):
                detail = await asyncio.to_thread(report.month_detail, month)
            else:  # a kept month: read its messages again to explain it
                assert self.db is not None
                start = utc_month_start(report_month_probe(month))
                stored = await self.db.run(
                    read_history, since=start - CONTEXT_SECONDS, until=start + 33 * 86_400
                )
                detail = await asyncio.to_thread(explain_month, self.book, stored.histories, month)
        except Exception as exc:  # shown to the user, with what to do next
            self.reconcile_label.setText(
                self.tr("This month could not be checked: {error}.").replace("{error}", str(exc))
            )
            return
        if self.report is report and self.current_month() == month:
            self.detail = detail
            self._show_mismatches(detail)

    def _show_mismatches(self, detail: MonthDetail) -> None:
        report = self.report
        assert report is not None
        rows = detail.mismatches
        self.reconcile_label.setText(
            self.tr("{checked} messages with Meta's pricing checked, {n} mismatch(es).")
            .replace("{checked}", str(detail.checked))
            .replace("{n}", str(len(rows)))
        )
        self.mismatch_table.setRowCount(len(rows))

        def verdict(billable: bool | None, category: str | None) -> str:
            head = self.tr("billable") if billable else self.tr("free")
            return f"{head} ({category_label(category)})" if category else head

        for r, m in enumerate(rows):
            when = datetime.fromtimestamp(m.t, UTC).strftime("%Y-%m-%d %H:%M")
            cells = [
                _item(when),
                self._message_item(report, m),
                _item(verdict(m.ours_billable, m.ours_category)),
                _item(verdict(m.meta_billable, m.meta_category)),
                _item(render_phrase(m.reason)),
            ]
            for c, cell in enumerate(cells):
                self.mismatch_table.setItem(r, c, cell)

    def _message_item(self, report: HistoryReport, m: Mismatch) -> QTableWidgetItem:
        """The customer and the template, as people know them; the wamid in the tooltip."""
        who = report.stored.labels.get(m.contact, m.contact)
        item = _item(f"{who} · {m.template}" if m.template else who)
        item.setToolTip(m.wamid)
        return item

    # --- export ------------------------------------------------------------------------

    def _export_csv(self) -> None:
        suggested = f"charges-{self.current_month() or 'history'}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export charges as CSV"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            self.save_csv(Path(path))

    def save_csv(self, path: Path) -> bool:
        """Export the month's charges to ``path`` and say where they went (or why not)."""
        try:
            rows = self.export_csv(path)
        except OSError as exc:
            self._export_message(
                self.tr("The CSV could not be written to {path}: {error}.")
                .replace("{path}", str(path))
                .replace("{error}", exc.strerror or str(exc)),
                error=True,
            )
            return False
        self._export_message(
            self.tr("{n} rows saved to {path}.")
            .replace("{n}", str(rows))
            .replace("{path}", str(path))
        )
        return True

    def _export_message(self, text: str, error: bool = False) -> None:
        self.export_status.setText(text)
        self.export_status.setToolTip(text)
        self.export_status.setStyleSheet(f"color: {theme_colors()['error']};" if error else "")
        self.export_status.show()

    def _export_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF report"), "bill.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path))

    def export_csv(self, path: Path) -> int:
        """Every charge of the month shown (all months when none is)."""
        assert self.report is not None
        month = self.current_month()
        if self.detail is not None and self.detail.month == month:
            charges = self.detail.charges
        else:
            charges = self.report.charges(month)
        with path.open("w", newline="", encoding="utf-8") as fh:
            return write_charges_csv(fh, charges)

    def export_pdf(self, path: Path) -> None:
        assert self.report is not None

        def text(item: QTableWidgetItem | None) -> str:
            return item.text() if item is not None else ""

        def rows(table: QTableWidget) -> list[list[str]]:
            return [
                [text(table.item(r, c)) for c in range(table.columnCount())]
                for r in range(table.rowCount())
            ]

        def headers(table: QTableWidget) -> list[str]:
            return [text(table.horizontalHeaderItem(c)) for c in range(table.columnCount())]

        body = (
            f"<p>{self.status.text()}</p>"
            + f"<h2>{self.tr('Real bill of the month')}</h2>"
            + html_table(headers(self.bill_table), rows(self.bill_table))
            + f"<h2>{self.tr('What this month would have cost under each era')}</h2>"
            + html_table(headers(self.what_if_table), rows(self.what_if_table))
            + '<p><img src="eras.png" width="420"></p>'
            + f"<h2>{self.tr('Reconciliation with Meta')}</h2><p>{self.reconcile_label.text()}</p>"
            + html_table(headers(self.mismatch_table), rows(self.mismatch_table))
        )
        title = self.tr("WhatsApp bill for {month}").replace("{month}", self.current_month())
        images: dict[str, QImage] = {"eras.png": self.what_if_chart.view.grab().toImage()}
        write_pdf(path, title, body, images)
