"""Adding an account by id from the Numbers page in live mode, against a loopback Graph
server: what is missing is listed in words; a reachable account is added."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from pytestqt.qtbot import QtBot

from desktop.models.db import Database
from desktop.services.cloud_api import CloudApiClient
from desktop.services.numbers.add_waba import WabaAdder
from desktop.services.settings import AppSettings
from desktop.ui.numbers.numbers_page import NumbersPage, NumbersServices

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
from fake_graph import FakeGraph

pytestmark = pytest.mark.asyncio
WABA = "102290129340398"


@pytest_asyncio.fixture
async def live(db_url: str) -> AsyncIterator[tuple[FakeGraph, CloudApiClient, Database]]:
    fake = FakeGraph(scopes={"whatsapp_business_management": [WABA]}, wabas={WABA: "Sakura Cafe"})
    base = await fake.start()
    client = CloudApiClient(fake.token, base_url=base, version="v25.0")
    db = Database(db_url)
    await db.migrate()
    try:
        yield fake, client, db
    finally:
        await client.aclose()
        await fake.stop()
        db.close()


async def test_add_an_account_by_id(qtbot: QtBot, live) -> None:  # type: ignore[no-untyped-def]
    fake, client, db = live
    settings = AppSettings()
    synced: list[int] = []

    async def sync() -> None:
        synced.append(1)

    adder = WabaAdder(client, settings, lambda _s: None, sync)
    page = NumbersPage(NumbersServices(db=db, refresh_accounts=sync, add_waba=adder), None)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    assert page.add_waba_button.isVisible()

    await page.add_waba(WABA)
    text = page.account_result.text()
    assert text.startswith(f"Account {WABA} was not added:")
    assert "lacks the permission whatsapp_business_messaging" in text
    assert settings.waba_ids == [] and not synced

    fake.scopes["whatsapp_business_messaging"] = []
    await page.add_waba(WABA)
    assert page.account_result.text().startswith(f"Added Sakura Cafe ({WABA})")
    assert settings.waba_ids == [WABA] and synced == [1]
