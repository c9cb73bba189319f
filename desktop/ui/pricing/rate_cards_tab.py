"""Rate cards tab: which cards price each era, which figures are unverified, and importing
Meta's published rate-card CSV (e.g. for a currency no bundled card covers).

An import that fails (missing markets, a bad number) changes nothing and says what to fix;
a good one is saved in the user's data folder and every tab recalculates with it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.pricing.cards import (
    RateBook,
    RateCard,
    RateCardError,
    load_rate_book,
    read_meta_csv,
    save_user_card,
)
from desktop.ui.pricing.fit import fit_table, tip_cells
from desktop.ui.pricing.labels import era_short


class RateCardsTab(QWidget):
    """The loaded cards and an importer for Meta's CSV."""

    bookChanged = Signal(object)  # RateBook, after a card was imported

    def __init__(
        self, book: RateBook, user_dir: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.user_dir = user_dir
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Card"),
                self.tr("Currency"),
                self.tr("Effective"),
                self.tr("Era"),
                self.tr("Markets"),
                self.tr("Unverified figures"),
                self.tr("Source"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        fit_table(self.table, stretch=[6])
        tip_cells(self.table)
        self.table.itemDoubleClicked.connect(self._open_source)
        self.unverified_note = QLabel(
            self.tr(
                "Unverified figures were found in only one source or calculated from another "
                "currency; charges that use them are marked * and may differ from Meta's "
                "invoice by a fraction of a cent."
            )
        )
        self.unverified_note.setObjectName("muted")
        self.unverified_note.setWordWrap(True)

        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText(self.tr("e.g. JPY"))
        self.currency.setFixedWidth(70)
        self.effective = QDateEdit()
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.effective.setDate(QDate.currentDate())
        self.import_button = QPushButton(self.tr("Import Meta CSV…"))
        self.import_button.clicked.connect(self._import_clicked)
        self.result = QLabel()
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Currency")))
        row.addWidget(self.currency)
        row.addWidget(QLabel(self.tr("Effective from")))
        row.addWidget(self.effective)
        row.addWidget(self.import_button)
        row.addStretch(1)
        box = QGroupBox(self.tr("Import a rate card"))
        bv = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "Download Meta's rate-card CSV for your billing currency from the WhatsApp "
                "pricing page, then import it here. Cards must list every market."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        bv.addWidget(hint)
        bv.addLayout(row)
        bv.addWidget(self.result)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unverified_note)
        layout.addWidget(box)
        self.show_book(book)

    def show_book(self, book: RateBook) -> None:
        self.book = book
        cards = list(reversed(book.cards))
        self.table.setRowCount(len(cards))
        for r, card in enumerate(cards):
            unverified = sum(len(c) for c in card.unverified.values())
            overridden = sum(len(c) for c in card.overridden.values())
            flags = str(unverified) + (
                f" + {overridden} " + self.tr("edited") if overridden else ""
            )
            cells = [
                card.id,
                card.currency,
                card.effective.isoformat(),
                era_short(card.era) if card.era else "",
                str(len(card.rates)),
                flags,
                self.source_text(card),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 5 and (unverified or overridden):
                    item.setToolTip(
                        self.tr("Figures confirmed by one source only, or entered by hand.")
                    )
                if c == 6:
                    item.setToolTip(self.source_tip(card))
                    item.setData(Qt.ItemDataRole.UserRole, card.cited.link)
                self.table.setItem(r, c, item)
        tip_cells(self.table)

    def source_text(self, card: RateCard) -> str:
        """Publisher · page · date, as a reader cites it."""
        cited = card.cited
        parts = [p for p in (cited.publisher, cited.page, cited.published) if p]
        return " · ".join(parts) if parts else self.tr("Not stated")

    def source_tip(self, card: RateCard) -> str:
        """How the figures reached the card, in one sentence, and where to read more."""
        methods = {
            "copy": self.tr("Meta's own figures, taken from a copy of its published card."),
            "derived": self.tr(
                "Calculated from Meta's card in another currency (at Meta's own conversion "
                "factor) or from a provider's list with its mark-up removed, and checked "
                "against other sources."
            ),
            "mixed": self.tr(
                "Meta's card with later changes taken from Meta's and providers' "
                "announcements; figures marked unverified come from one source only."
            ),
            "import": self.tr("Imported by you from Meta's rate-card CSV."),
        }
        lines = [
            self.source_text(card),
            methods.get(card.cited.method, self.tr("How the figures were found is not stated.")),
        ]
        if card.partial:
            lines.append(
                self.tr("Covers only some markets: used only for bills in {currency}.").replace(
                    "{currency}", card.currency
                )
            )
        if card.cited.link:
            lines.append(self.tr("Double-click to open {link}").replace("{link}", card.cited.link))
        return "\n".join(lines)

    def _open_source(self, item: QTableWidgetItem) -> None:
        link = item.data(Qt.ItemDataRole.UserRole) if item.column() == 6 else None
        if isinstance(link, str) and link.startswith("https://"):
            QDesktopServices.openUrl(QUrl(link))

    def _import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Meta rate-card CSV"), "", self.tr("CSV files (*.csv)")
        )
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> bool:
        """Import ``path`` with the currency and date typed above; True when it was saved."""
        code = self.currency.text().strip().upper()
        if len(code) != 3 or not code.isalpha():
            self.result.setText(
                self.tr("Type the card's currency first (three letters, e.g. JPY).")
            )
            return False
        qd = self.effective.date()
        try:
            card = read_meta_csv(
                path, currency=code, effective=date(qd.year(), qd.month(), qd.day())
            )
            save_user_card(card, self.user_dir)
            book = load_rate_book(self.user_dir)
        except (OSError, RateCardError) as exc:
            self.result.setText(
                self.tr("Not imported, nothing changed: {error}").replace("{error}", str(exc))
            )
            return False
        self.result.setText(
            self.tr("Imported {card} ({n} markets).")
            .replace("{card}", card.id)
            .replace("{n}", str(len(card.rates)))
        )
        self.show_book(book)
        self.bookChanged.emit(book)
        return True
