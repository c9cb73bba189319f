"""Adding a number against the sandbox over HTTP: every step, every error in words, resume."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
import pytest_asyncio

from desktop.models.db import Database
from desktop.sandbox import SandboxServer
from desktop.sandbox.seed import NUMBER_TOKYO, WABA_CAFE
from desktop.services.cloud_api import CloudApiClient
from desktop.services.numbers.onboarding import (
    NumberOnboardingFlow,
    Onboarding,
    OnboardingError,
    display_name_problems,
)


@dataclass
class Rig:
    server: SandboxServer
    client: CloudApiClient
    db: Database
    clock: list[float]

    def flow(self) -> NumberOnboardingFlow:
        return NumberOnboardingFlow(self.client, self.db, clock=lambda: self.clock[0])


@pytest_asyncio.fixture
async def rig(db_url: str) -> AsyncIterator[Rig]:
    db = Database(db_url)
    await db.migrate()
    server = SandboxServer(webhook_url=None, app_secret="s", simulate_customers=False)
    base = await server.start()
    client = CloudApiClient("sandbox-token", base_url=base, version="v23.0")
    try:
        yield Rig(server, client, db, [1000.0])
    finally:
        await client.aclose()
        await server.stop()
        db.close()


async def error_text(coro: object) -> str:
    with pytest.raises(OnboardingError) as caught:
        await coro  # type: ignore[misc]
    return caught.value.phrase.render()


@pytest.mark.asyncio
async def test_add_verify_register_and_resume_after_a_restart(rig: Rig) -> None:
    flow = await rig.flow().start(WABA_CAFE, "+81 75-700-1234", "Sakura Cafe Kyoto")
    assert (flow.step, flow.e164) == ("created", "+81757001234")
    assert flow.phone_number_id in rig.server.world.numbers
    flow = await rig.flow().request_code(flow, "sms")
    assert flow.step == "code_requested"

    # A restart: a new flow object finds the unfinished one in the database.
    resumed = await rig.flow().pending()
    assert resumed == flow
    verified = await rig.flow().verify(resumed, "123-456")
    registered = await rig.flow().register(verified, "246810", "246810")
    assert registered.step == "registered"
    assert rig.server.world.numbers[str(flow.phone_number_id)].registered
    assert await rig.flow().pending() is None


@pytest.mark.asyncio
async def test_each_code_error_says_what_to_do(rig: Rig) -> None:
    flow: Onboarding = await rig.flow().start(WABA_CAFE, "+81 75-700-2222", "Sakura Cafe Kobe")
    flow = await rig.flow().request_code(flow, "VOICE")
    rig.clock[0] += 10
    assert "wait 50 seconds" in await error_text(rig.flow().request_code(flow, "SMS"))
    assert "6 digits" in await error_text(rig.flow().verify(flow, "12"))
    assert "wrong" in await error_text(rig.flow().verify(flow, "000000"))
    rig.server.numbers_admin.control("expire_code", {"phone_number_id": flow.phone_number_id})
    assert "expired" in await error_text(rig.flow().verify(flow, "123456"))
    # Asking again too soon at Meta's side (the local wait was skipped by the clock).
    rig.clock[0] += 120
    rig.server.numbers_admin.codes[str(flow.phone_number_id)].requests.append(10**12)
    assert "Too many code requests" in await error_text(rig.flow().request_code(flow, "SMS"))
    early = await error_text(rig.flow().register(flow, "246810", "246810"))
    assert "Verify the number with a code first" in early


@pytest.mark.asyncio
async def test_pin_errors_and_a_number_in_use_elsewhere(rig: Rig) -> None:
    assert "differ" in await error_text(
        rig.flow().register(_flow(NUMBER_TOKYO), "111111", "222222")
    )
    mismatch = await error_text(rig.flow().register(_flow(NUMBER_TOKYO), "999999", "999999"))
    assert "does not match" in mismatch and "WhatsApp Manager" in mismatch
    elsewhere = await error_text(rig.flow().start(WABA_CAFE, "+81 90-1234-9999", "Sakura"))
    assert "already in use" in elsewhere


@pytest.mark.asyncio
async def test_a_name_meta_would_reject_is_refused_before_submitting(rig: Rig) -> None:
    before = len(rig.server.world.numbers)
    said = await error_text(rig.flow().start(WABA_CAFE, "+81 75-700-3333", "Best WhatsApp Deals"))
    assert "WhatsApp" in said and len(rig.server.world.numbers) == before
    assert display_name_problems("Sakura Cafe 京都") == []
    assert len(display_name_problems("SAKURA CAFE 🌸 HTTPS://SAKURA.JP")) == 3
    invalid = await error_text(rig.flow().start(WABA_CAFE, "12", "Sakura"))
    assert "not a phone number" in invalid


def _flow(number_id: str) -> Onboarding:
    return Onboarding(0, WABA_CAFE, "+81345670001", "x", number_id, "verified", None, None)
