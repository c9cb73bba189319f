"""Templates from one WABA to another against the sandbox over HTTP: exported to a file,
linted, re-created, and a result in words for each one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import delete

from desktop.models.db import Database
from desktop.models.entities import Template
from desktop.sandbox import SandboxServer
from desktop.sandbox.seed import WABA_CAFE, WABA_SHOP
from desktop.services.accounts import sync_accounts
from desktop.services.cloud_api import CloudApiClient
from desktop.services.events import EventHub
from desktop.services.templates.files import load_templates
from desktop.services.templates.submission import TemplateSubmission
from desktop.services.templates.transfer import TemplateTransfer


@pytest.mark.asyncio
async def test_copy_templates_to_another_account(db_url: str, tmp_path: Path) -> None:
    db = Database(db_url)
    await db.migrate()
    server = SandboxServer(webhook_url=None, app_secret="s", simulate_customers=False)
    base = await server.start()
    client = CloudApiClient("sandbox-token", base_url=base, version="v23.0")
    try:
        world = server.world
        shop = [t for t in world.templates.values() if t.waba_id == WABA_SHOP]
        kept = {shop[0].name, shop[1].name}  # the new account has two of them already
        for t in shop:
            if t.name not in kept:
                del world.templates[t.id]
        hub = EventHub()
        await sync_accounts(client, db, hub, business_id=world.business.id)

        def forget_one_locally(session) -> None:  # type: ignore[no-untyped-def]
            # known to Meta but not to this computer: Meta itself refuses the duplicate
            session.execute(
                delete(Template).where(Template.waba_id == WABA_SHOP, Template.name == shop[1].name)
            )
            session.add(
                Template(
                    waba_id=WABA_CAFE,
                    name="broken_offer",
                    language="en_US",
                    category="MARKETING",
                    status="APPROVED",
                    components=[{"type": "BODY", "text": "{{1}}"}],
                )
            )

        await db.run(forget_one_locally)
        transfer = TemplateTransfer(db, TemplateSubmission(db, lambda: client, hub))
        path = tmp_path / "cafe-templates.json"
        results = await transfer.copy(WABA_CAFE, WABA_SHOP, path)

        exported = json.loads(path.read_text(encoding="utf-8"))["data"]
        assert len(exported) == len(results) == len(load_templates(path))
        by_name = {r.name: r for r in results}
        assert by_name[shop[0].name].outcome == "exists"
        assert by_name[shop[1].name].outcome == "refused"
        assert "Refused:" in by_name[shop[1].name].render()
        assert by_name["broken_offer"].outcome == "lint"
        assert "Open it in the designer" in by_name["broken_offer"].render()
        rejected = [t for t in exported if t["status"] == "REJECTED"]
        assert rejected and all(by_name[t["name"]].outcome == "left_out" for t in rejected)
        submitted = [r for r in results if r.outcome == "submitted"]
        assert submitted and all("Submitted for review" in r.render() for r in submitted)
        at_meta = {(t.name, t.language) for t in world.templates.values() if t.waba_id == WABA_SHOP}
        assert {(r.name, r.language) for r in submitted} <= at_meta
        assert ("broken_offer", "en_US") not in at_meta
        with pytest.raises(ValueError):
            await transfer.copy(WABA_CAFE, WABA_CAFE, path)
    finally:
        await client.aclose()
        await server.stop()
        db.close()
