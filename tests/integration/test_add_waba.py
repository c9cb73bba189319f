"""Adding a WABA by id in live mode against a loopback Graph server with Meta's answers:
every missing permission and asset assignment is named, and a good id is saved and synced."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from fake_graph import FakeGraph

from desktop.services.cloud_api import CloudApiClient
from desktop.services.numbers.add_waba import WabaAdder, check_waba_access
from desktop.services.settings import AppSettings

MGMT, MSG = "whatsapp_business_management", "whatsapp_business_messaging"
WABA = "102290129340398"
OTHER = "108427389001572"


@pytest_asyncio.fixture
async def graph() -> AsyncIterator[tuple[FakeGraph, CloudApiClient]]:
    fake = FakeGraph(scopes={MGMT: [WABA], MSG: [WABA]}, wabas={WABA: "Sakura Cafe"})
    base = await fake.start()
    client = CloudApiClient(fake.token, base_url=base, version="v25.0")
    try:
        yield fake, client
    finally:
        await client.aclose()
        await fake.stop()


def said(check) -> str:  # type: ignore[no-untyped-def]
    return " | ".join(p.render() for p in check.problems)


@pytest.mark.asyncio
async def test_each_missing_piece_is_named(graph) -> None:  # type: ignore[no-untyped-def]
    fake, client = graph
    ok = await check_waba_access(client, WABA)
    assert ok.ok and ok.name == "Sakura Cafe"

    # not assigned: both permissions exist but reach only the first account
    check = await check_waba_access(client, OTHER)
    text = said(check)
    assert f"does not reach account {OTHER}" in text and "Assign assets" in text
    assert MGMT in text and MSG in text
    assert f"Meta can't show account {OTHER}" in text  # Meta's code 100 / subcode 33

    # messaging permission missing (the management one reaches every asset)
    fake.scopes = {MGMT: []}
    check = await check_waba_access(client, WABA)
    assert len(check.problems) == 1 and f"lacks the permission {MSG}" in said(check)

    # management permission missing: the WABA read is refused with code 200 as well
    fake.scopes = {MSG: [WABA]}
    text = said(await check_waba_access(client, WABA))
    assert f"lacks the permission {MGMT}" in text and "refused to show account" in text

    # an expired token
    fake.valid = False
    check = await check_waba_access(client, WABA)
    assert check.problems and "not valid any more" in said(check)
    fake.valid = True

    # not an id at all: nothing is asked
    asked = len(fake.requests)
    assert "digits only" in said(await check_waba_access(client, "cafe"))
    assert len(fake.requests) == asked


@pytest.mark.asyncio
async def test_a_good_id_is_saved_and_synced(graph) -> None:  # type: ignore[no-untyped-def]
    _fake, client = graph
    settings = AppSettings()
    saved: list[list[str]] = []
    synced: list[bool] = []

    async def sync() -> None:
        synced.append(True)

    adder = WabaAdder(client, settings, lambda s: saved.append(list(s.waba_ids)), sync)
    refused = await adder.add(OTHER)
    assert not refused.ok and settings.waba_ids == [] and not synced
    check = await adder.add(f" {WABA} ")
    assert check.ok and settings.waba_ids == [WABA] and saved == [[WABA]] and synced == [True]
    assert adder.known(WABA)
