"""The blue-badge request against the sandbox over HTTP: asking, the state from a sync and
from the approval webhook, and every refusal in words."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
import pytest_asyncio

from desktop.models.db import Database
from desktop.models.entities import PhoneNumber
from desktop.sandbox import SandboxServer
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TEST, NUMBER_TOKYO
from desktop.services.accounts import sync_accounts
from desktop.services.cloud_api import CloudApiClient
from desktop.services.events import EventHub
from desktop.services.numbers.badge import BadgeRequest, request_badge, request_state
from desktop.services.numbers.onboarding import OnboardingError
from desktop.services.numbers.sandbox_controls import SandboxControls
from desktop.services.numbers.updates import AccountChange, apply_account_change

GOOD = BadgeRequest(
    business_website_url="https://sakura-cafe.example",
    supporting_links=("https://news.example/sakura-cafe-opens",),
    primary_country_of_operation="Japan",
    primary_language="Japanese",
)


@dataclass
class Rig:
    server: SandboxServer
    client: CloudApiClient
    controls: SandboxControls
    db: Database

    async def sync(self) -> None:
        await sync_accounts(
            self.client, self.db, EventHub(), business_id=self.server.world.business.id
        )

    async def state(self, number_id: str) -> str:
        def read(session) -> str:  # type: ignore[no-untyped-def]
            n = session.get_one(PhoneNumber, number_id)
            return request_state(n.oba_status, n.is_official_business_account)

        return await self.db.run(read)


@pytest_asyncio.fixture
async def rig(db_url: str) -> AsyncIterator[Rig]:
    db = Database(db_url)
    await db.migrate()
    server = SandboxServer(webhook_url=None, app_secret="s", simulate_customers=False)
    base = await server.start()
    client = CloudApiClient("sandbox-token", base_url=base, version="v23.0")
    try:
        yield Rig(server, client, SandboxControls(base, "sandbox-token"), db)
    finally:
        await client.aclose()
        await server.stop()
        db.close()


async def refusal(rig: Rig, number_id: str, request: BadgeRequest = GOOD) -> str:
    with pytest.raises(OnboardingError) as caught:
        await request_badge(rig.client, number_id, request, await rig.state(number_id))
    return caught.value.phrase.render()


@pytest.mark.asyncio
async def test_request_review_and_decisions(rig: Rig) -> None:
    await rig.sync()
    assert await rig.state(NUMBER_TOKYO) == "not_requested"

    # checked before anything is sent
    no_site = BadgeRequest("sakura-cafe.example", GOOD.supporting_links)
    assert "http://" in await refusal(rig, NUMBER_TOKYO, no_site)
    no_links = BadgeRequest(GOOD.business_website_url, ())
    assert "well known" in await refusal(rig, NUMBER_TOKYO, no_links)
    assert rig.server.world.numbers[NUMBER_TOKYO].oba_status == "NOT_STARTED"
    # Meta's refusal for a test number, in words
    assert "Test numbers can't get the badge" in await refusal(rig, NUMBER_TEST)

    await request_badge(rig.client, NUMBER_TOKYO, GOOD, "not_requested")
    await rig.sync()
    assert await rig.state(NUMBER_TOKYO) == "pending"
    assert "being reviewed" in await refusal(rig, NUMBER_TOKYO)

    # approval: the account_update webhook alone moves the state
    await rig.controls.decide_badge(NUMBER_TOKYO, "APPROVED")
    body = {"event": "VERIFIED_ACCOUNT", "phone_number": "81345670001"}

    def apply(session) -> set[str]:  # type: ignore[no-untyped-def]
        waba_id = session.get_one(PhoneNumber, NUMBER_TOKYO).waba_id
        return apply_account_change(session, AccountChange(waba_id, "account_update", body), [])

    assert NUMBER_TOKYO in await rig.db.run(apply)
    assert await rig.state(NUMBER_TOKYO) == "approved"
    await rig.sync()
    assert await rig.state(NUMBER_TOKYO) == "approved"
    assert "already" in await refusal(rig, NUMBER_TOKYO)

    # refusal: no webhook, the next sync shows it; asking again within 30 days is refused
    await request_badge(rig.client, NUMBER_OSAKA, GOOD, "not_requested")
    await rig.controls.decide_badge(NUMBER_OSAKA, "REJECTED")
    await rig.sync()
    assert await rig.state(NUMBER_OSAKA) == "rejected"
    assert "after 30 days" in await refusal(rig, NUMBER_OSAKA)
