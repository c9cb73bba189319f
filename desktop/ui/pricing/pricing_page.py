"""The Pricing page: Scenario, History and Explain tabs over the bundled rate cards.

``PricingPage(db, meta=...)`` is what the main window mounts (``meta``: where Meta's own
figures come from, in live or sandbox mode). With ``db=None`` (no database open) the
History tab and explain-from-history say so and stay disabled; Scenario and explaining a
scenario file still work.
"""

from __future__ import annotations

import weakref
from datetime import date
from weakref import WeakMethod

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.models.db import Database
from desktop.services.pricing.cards import RateBook, RateCardError, load_rate_book
from desktop.services.pricing.history import HistoryReport
from desktop.services.pricing.meta_figures import MetaFiguresSource
from desktop.services.pricing.model import BillResult, PricingEvent
from desktop.ui.pricing.explain_tab import ExplainTab
from desktop.ui.pricing.history_tab import HistoryTab
from desktop.ui.pricing.meta_figures_panel import MetaFiguresPanel
from desktop.ui.pricing.rate_cards_tab import RateCardsTab
from desktop.ui.pricing.scenario_tab import ScenarioTab


class PricingPage(QWidget):
    """What next month will cost (Scenario), what past months cost (History), why (Explain),
    and with which prices (Rate cards)."""

    def __init__(
        self,
        db: Database | None,
        parent: QWidget | None = None,
        *,
        book: RateBook | None = None,
        today: date | None = None,
        meta: MetaFiguresSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        try:
            self.book = book or load_rate_book()
        except (OSError, ValueError, RateCardError) as exc:
            error = QLabel(
                self.tr(
                    "The rate cards could not be loaded ({error}). Reinstall WABA Desk or "
                    "import Meta's rate-card CSV in Settings."
                ).replace("{error}", str(exc))
            )
            error.setWordWrap(True)
            layout.addWidget(error)
            self.tabs = QTabWidget()
            return
        self.scenario_tab = ScenarioTab(self.book, today=today)
        self.history_tab = HistoryTab(self.book, db)
        history = weakref.ref(self.history_tab)  # no panel -> tab cycle (see below)
        self.meta_panel = MetaFiguresPanel(
            meta if db is not None else None,
            lambda: tab.report if (tab := history()) is not None else None,
        )
        self.history_tab.attach_meta_panel(self.meta_panel)
        self.explain_tab = ExplainTab(self.book, has_history=db is not None)
        # A weak reference: a page <-> child cycle would let Python's cyclic GC, which can
        # run on any thread (the DB thread too), delete these widgets off the UI thread.
        self.explain_tab.history_loader = WeakMethod(self._history_for_explain)
        self.history_tab.replayed.connect(self._history_replayed)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.scenario_tab, self.tr("Scenario"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self.tabs.addTab(self.explain_tab, self.tr("Explain"))
        self.cards_tab = RateCardsTab(self.book)
        self.cards_tab.bookChanged.connect(self._book_changed)
        self.tabs.addTab(self.cards_tab, self.tr("Rate cards"))
        if db is None:
            self.tabs.setTabToolTip(1, self.tr("Needs the app's database"))
        layout.addWidget(self.tabs)

    def _book_changed(self, book: RateBook) -> None:
        self.book = book
        self.history_tab.book = book
        self.explain_tab.book = book
        self.scenario_tab.set_book(book)

    def _history_replayed(self, report: HistoryReport) -> None:
        self.explain_tab.set_history_contacts([(c.key, c.label) for c in report.contacts])

    async def _history_for_explain(self, contact: str) -> tuple[list[PricingEvent], BillResult]:
        """The replayed events and bill that hold ``contact`` (replaying first if needed)."""
        report = self.history_tab.report
        if report is None:
            report = await self.history_tab.replay()
        found = report.for_contact(contact) if report is not None else None
        if found is None:
            return [], BillResult(self.book.cards[0].currency, [])
        return found
