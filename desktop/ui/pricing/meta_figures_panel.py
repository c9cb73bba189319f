"""Meta's figures beside ours: the ``pricing_analytics`` Meta (or the sandbox) reports for
each month and category, next to the History tab's bill, each difference in plain words.

The use case is ``services/pricing/meta_figures.py``; this panel asks for the figures when
History first opens and on its button, and compares them with the months History has
billed (a month still being re-priced joins when it is ready).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cloud_api import CloudApiError
from desktop.services.pricing.history import HistoryReport
from desktop.services.pricing.meta_figures import (
    FigureRow,
    MetaAccount,
    MetaFiguresSource,
    comparable_months,
    compare,
    engine_figures,
)
from desktop.ui.pricing.fit import fit_table, tip_cells
from desktop.ui.pricing.labels import category_label, format_money, render_phrase
from desktop.ui.task_scope import UiTaskScope
from desktop.ui.theme import theme_colors


def _item(text: str, right: bool = False, tip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tip if tip is not None else text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def figure_category(category: str) -> str:
    """A category in the user's words; Meta's Marketing Messages API one too."""
    if category == "marketing_lite":
        return QCoreApplication.translate("MetaFiguresPanel", "Marketing (Marketing Messages API)")
    return category_label(category)


class MetaFiguresPanel(QWidget):
    """Button, status line and a table: month, category, Meta's figures, ours, why."""

    compared = Signal(object)  # list[FigureRow], after the table shows them

    def __init__(
        self,
        source: MetaFiguresSource | None,
        report: Callable[[], HistoryReport | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = UiTaskScope(self)
        self.source = source
        self._report = report
        self.accounts: list[MetaAccount] | None = None
        self.rows: list[FigureRow] = []
        self._asked = False
        self._busy = False

        self.fetch_button = QPushButton(self.tr("Get Meta's figures"))
        self.fetch_button.setToolTip(
            self.tr("Ask Meta for its own count and cost of your messages, per month")
        )
        self.fetch_button.clicked.connect(self.fetch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout()
        bar.addWidget(self.fetch_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.status, 1)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Account"),
                self.tr("Month"),
                self.tr("Category"),
                self.tr("Meta's figure"),
                self.tr("This app's bill"),
                self.tr("Difference"),
                self.tr("Why"),
            ]
        )
        self.table.horizontalHeaderItem(3).setToolTip(  # type: ignore[union-attr]
            self.tr("Charged messages and their cost, as Meta's own billing counted them")
        )
        self.table.horizontalHeaderItem(4).setToolTip(  # type: ignore[union-attr]
            self.tr("Charged messages and their cost, as this app's rules bill them")
        )
        tip_cells(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        fit_table(self.table, [6])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        if source is None:
            self.fetch_button.setEnabled(False)
            self._say(
                self.tr(
                    "Meta's figures need a connection: start WABA Desk in live mode (or the "
                    "sandbox) with its database to compare them with this bill."
                )
            )
        else:
            self._say(
                self.tr(
                    "Meta's own count and cost of your delivered messages (its pricing "
                    "analytics, from July 2025, up to a year back) beside this app's bill."
                )
            )

    # --- fetching ----------------------------------------------------------------------

    def fetch_once(self) -> None:
        """The first time History opens: ask Meta once, without a click."""
        if not self._asked and self.source is not None:
            self.fetch()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fetch_once()

    def fetch(self) -> None:
        if self.source is None or self._busy:
            return
        self._asked = True
        self._tasks.spawn(self.load(), name="pricing-meta-figures")

    async def load(self) -> list[FigureRow] | None:
        """Ask Meta (or the sandbox) and show the comparison; None when it failed."""
        if self.source is None:
            return None
        self._busy = True
        self.fetch_button.setEnabled(False)
        self._say(self.tr("Asking Meta for its figures…"))
        try:
            accounts = await self.source.fetch(int(time.time()))
        except CloudApiError as error:
            self._say(self._failure(error), error=True)
            return None
        except Exception as exc:  # shown to the user, with what to do next
            self._say(
                self.tr(
                    "Meta's figures could not be read: {error}. Press Get Meta's figures to "
                    "try again."
                ).replace("{error}", str(exc)[:200]),
                error=True,
            )
            return None
        finally:
            self._busy = False
            self.fetch_button.setEnabled(True)
        self.accounts = accounts
        return self.refresh()

    def _failure(self, error: CloudApiError) -> str:
        if error.kind == "network":
            return self.tr(
                "Meta could not be reached: this PC seems to be offline, or Meta is not "
                "answering. Check the connection, then press Get Meta's figures again."
            )
        if error.kind in ("permission", "auth"):
            return self.tr(
                "The access token may not read this account's analytics ({title}). In Meta's "
                "Business Settings → System users, give the system user the "
                "whatsapp_business_management permission and access to this WhatsApp "
                "Business Account, generate a new token and paste it in Settings."
            ).replace("{title}", render_phrase(error.title))
        return (
            self.tr("Meta did not give its figures: {title}. {advice}")
            .replace("{title}", render_phrase(error.title))
            .replace("{advice}", render_phrase(error.advice))
        )

    # --- comparing ---------------------------------------------------------------------

    def refresh(self) -> list[FigureRow]:
        """Compare Meta's figures (if fetched) with the months History has billed."""
        report = self._report()
        accounts = self.accounts
        if accounts is None:
            return []
        if report is None:
            self._say(self.tr("Meta's figures are in; waiting for History to bill the months…"))
            return []
        months = comparable_months(report.months(), int(time.time()), ZoneInfo("UTC"))
        ours = engine_figures(report, months)
        rows = compare(accounts, ours, months)
        self.rows = rows
        self._show(report, rows)
        skipped = sum(a.skipped for a in accounts)
        differ = sum(1 for r in rows if not r.agrees)
        if not rows:
            text = self.tr(
                "Neither Meta nor this app has charged or free messages since July 2025 in "
                "the months History has billed."
            )
        elif differ:
            text = self.tr(
                "{n} of {total} rows differ from Meta; each says why. Meta's figures are its "
                "own billing of delivered messages."
            )
        else:
            text = self.tr("All {total} rows agree with Meta.")
        text = text.replace("{n}", str(differ)).replace("{total}", str(len(rows)))
        if skipped:
            text += " " + self.tr("{n} figure(s) from Meta were unreadable and left out.").replace(
                "{n}", str(skipped)
            )
        self._say(text)
        self.compared.emit(rows)
        return rows

    def _show(self, report: HistoryReport, rows: list[FigureRow]) -> None:
        colors = theme_colors()
        self.table.setColumnHidden(0, len({r.waba for r in rows}) <= 1)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            meta_currency = row.meta_currency or row.ours_currency
            meta_amount = (
                format_money(row.meta_cost, meta_currency, 4) if row.meta_cost is not None else "—"
            )
            meta_count = self._messages(row.meta_count)
            if row.meta_free:
                meta_count += " " + self.tr("(+{n} free)").replace("{n}", f"{row.meta_free:,}")
            ours = format_money(row.ours_amount, row.ours_currency, 4)
            difference = row.difference
            diff_text = (
                format_money(difference, row.ours_currency, 4)
                if difference is not None
                else self._count_difference(row)
            )
            why = " ".join(render_phrase(p) for p in row.reasons)
            cells = [
                _item(report.name(row.waba)),
                _item(row.month),
                _item(figure_category(row.category)),
                _item(f"{meta_count}\n{meta_amount}", True),
                _item(f"{self._messages(row.ours_count)}\n{ours}", True),
                _item(diff_text, True),
                _item(why),
            ]
            if not row.agrees:
                for cell in (cells[5], cells[6]):
                    cell.setForeground(QColor(colors["error"]))
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
        self.table.resizeRowsToContents()

    def _messages(self, n: int) -> str:
        return self.tr("{n} message(s)").replace("{n}", f"{n:,}")

    def _count_difference(self, row: FigureRow) -> str:
        n = row.meta_count - row.ours_count
        if not n:
            return "—"
        return self.tr("{n} message(s)").replace("{n}", f"{n:+,}")

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setToolTip(text)
        self.status.setStyleSheet(f"color: {theme_colors()['error']};" if error else "")
