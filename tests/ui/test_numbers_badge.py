"""The badge checklist on the Numbers page: the request state, asking for the badge, and the
sandbox deciding it on demand."""

from __future__ import annotations

from pathlib import Path

import pytest
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.ui.numbers.numbers_page import NumbersPage

pytestmark = pytest.mark.asyncio


async def test_request_the_badge_and_see_its_state(app: RunningApp) -> None:
    page = app.window.page("numbers")
    assert isinstance(page, NumbersPage) and page.test_environment is not None
    app.window.show_page("numbers")
    await until(lambda: page.model.rowCount() == 1, what="accounts tree")
    page.select_number(NUMBER_TOKYO)
    panel = page.checklists
    page.tabs.setCurrentWidget(panel)
    assert panel.oba_state.text() == "Request: not requested yet."
    assert panel.request_box.isVisibleTo(panel)

    panel.website.setText("sakura-cafe.example")
    await panel.send_request(NUMBER_TOKYO)
    assert "https://" in panel.request_result.text()
    panel.website.setText("https://sakura-cafe.example")
    panel.links.setPlainText("https://news.example/sakura-cafe-opens\n")
    await panel.send_request(NUMBER_TOKYO)
    assert panel.request_result.text().startswith("Request sent.")
    await until(lambda: "waiting for Meta" in panel.oba_state.text(), what="pending after sync")
    assert not panel.request_box.isVisibleTo(panel)

    env = page.test_environment
    env.event_number.setCurrentIndex(env.event_number.findData(NUMBER_TOKYO))
    await env.decide_badge("REJECTED")
    await until(lambda: "refused by Meta" in panel.oba_state.text(), what="refusal after sync")
    assert panel.request_box.isVisibleTo(panel)
    await panel.send_request(NUMBER_TOKYO)
    assert "after 30 days" in panel.request_result.text()


async def test_copy_templates_between_accounts(app: RunningApp, tmp_path: Path) -> None:
    from desktop.sandbox.seed import WABA_CAFE, WABA_SHOP

    page = app.window.page("numbers")
    assert isinstance(page, NumbersPage)
    await until(lambda: page.model.rowCount() == 1, what="accounts tree")
    panel = page.checklists
    assert panel.copy_box.isVisibleTo(panel) and panel.copy_from.count() == 2
    path = tmp_path / "cafe.json"
    await panel.copy_templates(WABA_CAFE, WABA_CAFE, str(path))
    assert "two different accounts" in panel.copy_results.toPlainText()
    await panel.copy_templates(WABA_CAFE, WABA_SHOP, str(path))
    text = panel.copy_results.toPlainText()
    assert text.startswith(f"Saved to {path}.") and path.exists()
    # the demo accounts hold the same templates: each says so, the rejected one is left out
    assert "Already in this account" in text and "Left out" in text
