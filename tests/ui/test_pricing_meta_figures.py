"""Meta's figures beside ours on the History tab: the whole app in sandbox mode (the sandbox
answers pricing_analytics from its own billing), a month that differs, and the messages
for an offline PC and a token without permission."""

from __future__ import annotations

import gc
from decimal import Decimal
from typing import Any

import pytest
from app_harness import reply_and_send_a_utility_template
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox import SandboxServer
from desktop.services.cloud_api import CloudApiClient, RetryPolicy
from desktop.services.pricing.meta_figures import MetaAccount, MetaFiguresSource, MetaPoint
from desktop.services.pricing.model import BillLine
from desktop.ui.pricing.fit import clipped_cells
from desktop.ui.pricing.meta_figures_panel import MetaFiguresPanel
from desktop.ui.pricing.pricing_page import PricingPage
from desktop.ui.theme import theme_colors

SATO = "819012345601"


@pytest.fixture(autouse=True)
def _collect_on_the_ui_thread():
    yield
    gc.collect()


def cells(panel: MetaFiguresPanel) -> list[list[str]]:
    table = panel.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


@pytest.mark.asyncio
async def test_meta_figures_of_the_sandbox_beside_the_replayed_bill(
    app: RunningApp, qtbot: QtBot
) -> None:
    """A customer writes to Sakura Cafe (a JPY account), we reply and send a utility
    template; History opens and Meta's figures appear beside the bill by themselves."""
    await reply_and_send_a_utility_template(app, SATO)
    page = app.window.page("pricing")
    assert isinstance(page, PricingPage)
    app.window.show_page("pricing")
    page.tabs.setCurrentWidget(page.history_tab)  # no click: History and Meta's figures load
    panel = page.meta_panel
    await until(lambda: bool(panel.rows), timeout=15, what="Meta's figures compared")
    rows = {row[2]: row for row in cells(panel)}
    utility = rows["Utility"]
    # Meta (the sandbox) and the engine both charged one utility message; the cafe is billed
    # in JPY, for which there is no card: only the counts are compared, and that is said.
    assert utility[3] == "1 message(s)\n—"  # Meta gave no JPY amount the app could check
    assert utility[4].startswith("1 message(s)\nUSD ")
    assert "Meta bills this account in JPY; these figures are in USD" in utility[6]
    service = rows["Service"]
    assert service[3] == "0 message(s) (+1 free)\n—" and service[4] == "0 message(s)\nUSD 0.0000"
    assert "1 free service message(s)" in service[6]
    assert all(r.agrees for r in panel.rows)
    assert panel.status.text().startswith(f"All {len(panel.rows)} rows agree with Meta.")
    assert page.history_tab.lower_tabs.tabText(1) == "Meta's figures"
    # at the window's size every cell and header of the comparison shows whole
    page.history_tab.lower_tabs.setCurrentWidget(panel)
    await until(lambda: not clipped_cells(panel.table), what="the comparison fits")


class FakeReport:
    """The two things the comparison reads of History's report: months and their lines."""

    def __init__(self, lines: list[tuple[str, BillLine]]) -> None:
        self._lines = lines

    def months(self) -> list[str]:
        return sorted({ln.month for _c, ln in self._lines})

    def lines(self, month: str) -> list[tuple[str, BillLine]]:
        return [(c, ln) for c, ln in self._lines if ln.month == month]

    def name(self, ident: str) -> str:
        return {"W1": "Lucky Shrub", "W2": "Sakura Cafe"}.get(ident, ident)


class FixedSource:
    def __init__(self, accounts: list[MetaAccount]) -> None:
        self.accounts = accounts

    async def fetch(self, now: int) -> list[MetaAccount]:
        return self.accounts


@pytest.mark.asyncio
async def test_a_month_that_differs_is_shown_in_red_with_why(qtbot: QtBot) -> None:
    line = BillLine(
        "2026-08", "W1", "P1", "pmp-2025", "c", "North America", "utility", Decimal("0.0034"), 2
    )
    report = FakeReport([("USD", line)])
    meta = MetaAccount(
        "W1", "USD", [MetaPoint("2026-08", "utility", "REGULAR", 5, Decimal("0.0170"))]
    )
    panel = MetaFiguresPanel(FixedSource([meta]), lambda: report)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    rows = await panel.load()
    assert rows is not None and len(rows) == 1 and not rows[0].agrees
    [row] = cells(panel)
    assert row[1:6] == [
        "2026-08",
        "Utility",
        "5 message(s)\nUSD 0.0170",
        "2 message(s)\nUSD 0.0068",
        "USD 0.0102",
    ]
    assert "Meta counted 3 more charged utility message(s)" in row[6]
    assert "another app or PC" in row[6]
    red = panel.table.item(0, 6).foreground().color().name()  # type: ignore[union-attr]
    assert red == theme_colors()["error"].lower()
    assert panel.table.isColumnHidden(0)  # one account: not repeated on every row
    assert panel.status.text().startswith("1 of 1 rows differ from Meta")


@pytest.mark.asyncio
async def test_offline_and_permission_problems_say_what_to_do(qtbot: QtBot, tmp_path: Any) -> None:
    from desktop.models.db import Database

    db = Database(f"sqlite:///{tmp_path / 'meta.sqlite3'}")
    await db.migrate()
    server = SandboxServer(webhook_url=None, app_secret="s", simulate_customers=False)
    await server.start()
    once = RetryPolicy(attempts=1)
    offline = CloudApiClient("t", base_url="http://127.0.0.1:9", retry=once)
    wrong = CloudApiClient("not-the-token", base_url=server.base_url, retry=once)
    try:
        from desktop.models.entities import Waba

        def add_waba(session: Any) -> None:
            session.add(Waba(id="102290129340398", name="Sakura Cafe"))

        await db.run(add_waba)
        panel = MetaFiguresPanel(MetaFiguresSource(db, lambda: offline), lambda: None)
        qtbot.addWidget(panel)
        assert await panel.load() is None
        assert "offline" in panel.status.text() and "Get Meta's figures" in panel.status.text()
        assert panel.fetch_button.isEnabled()
        panel.source = MetaFiguresSource(db, lambda: wrong)
        assert await panel.load() is None
        text = panel.status.text()
        assert "System users" in text and "whatsapp_business_management" in text
        assert "Settings" in text
    finally:
        await offline.aclose()
        await wrong.aclose()
        await server.stop()
        db.close()
