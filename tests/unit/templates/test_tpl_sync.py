"""Account sync: a template deleted in WhatsApp Manager leaves the local list too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from desktop.models.db import Database
from desktop.models.entities import Template, Waba
from desktop.services.accounts import sync_accounts
from desktop.services.events import EventHub
from desktop.services.templates.store import list_template_summaries

BODY = [{"type": "BODY", "text": "Your table is ready."}]


class Api:
    def __init__(self, listed: list[dict[str, Any]], on_list: Any = None) -> None:
        self.listed = listed
        self.on_list = on_list

    async def get_business(self, business_id: str) -> dict[str, Any]:
        return {"id": business_id, "name": "Cafe Group"}

    async def list_owned_wabas(self, business_id: str) -> list[dict[str, Any]]:
        return [{"id": "waba-1", "name": "Cafe"}]

    async def get_waba(self, waba_id: str) -> dict[str, Any]:
        return {"id": waba_id, "name": "Cafe"}

    async def list_phone_numbers(self, waba_id: str, *, fields: Any = None) -> list[Any]:
        return []

    async def list_templates(self, waba_id: str) -> list[dict[str, Any]]:
        if self.on_list is not None:
            self.on_list()
        return self.listed


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()
    long_ago = datetime.now(UTC) - timedelta(days=3)

    def seed(session: Any) -> None:
        session.add(Waba(id="waba-1", name="Cafe"))
        session.add(Waba(id="waba-2", name="Other"))
        for waba, name in (("waba-1", "kept"), ("waba-1", "deleted_at_meta"), ("waba-2", "x")):
            session.add(
                Template(
                    waba_id=waba,
                    meta_id=f"m-{name}",
                    name=name,
                    language="en_US",
                    category="UTILITY",
                    status="APPROVED",
                    components=BODY,
                    updated_at=long_ago,
                )
            )

    database.call(seed)
    yield database
    database.close()


def names(db: Database, waba: str) -> list[str]:
    return [r.name for r in db.call(list_template_summaries, waba)]


@pytest.mark.asyncio
async def test_sync_removes_templates_meta_no_longer_lists(db: Database) -> None:
    listed = [
        {
            "id": "m-kept",
            "name": "kept",
            "language": "en_US",
            "status": "APPROVED",
            "category": "UTILITY",
            "components": BODY,
        }
    ]
    await sync_accounts(Api(listed), db, EventHub(), business_id="biz")
    assert names(db, "waba-1") == ["kept"]
    assert names(db, "waba-2") == ["x"]  # another account's list was not fetched: untouched


@pytest.mark.asyncio
async def test_a_template_stored_while_the_list_was_fetched_is_kept(db: Database) -> None:
    def submitted_meanwhile() -> None:
        def add(session: Any) -> None:
            session.add(
                Template(
                    waba_id="waba-1",
                    meta_id="m-new",
                    name="just_submitted",
                    language="en_US",
                    category="UTILITY",
                    status="PENDING",
                    components=BODY,
                    updated_at=datetime.now(UTC) + timedelta(seconds=1),
                )
            )

        db.call(add)

    await sync_accounts(Api([], on_list=submitted_meanwhile), db, EventHub(), business_id="b")
    assert names(db, "waba-1") == ["just_submitted"]


@pytest.mark.asyncio
async def test_sync_names_the_portfolio_and_keeps_its_id_when_the_name_is_out_of_reach(
    db: Database,
) -> None:
    from desktop.models.entities import Business
    from desktop.services.cloud_api.errors import missing_token

    def business_name() -> str:
        return db.call(lambda s: s.get_one(Business, "biz").name)

    class NoAccess(Api):
        async def get_business(self, business_id: str) -> dict[str, Any]:
            raise missing_token()

    await sync_accounts(NoAccess([]), db, EventHub(), business_id="biz")
    assert business_name() == "biz"
    await sync_accounts(Api([]), db, EventHub(), business_id="biz")
    assert business_name() == "Cafe Group"
    await sync_accounts(NoAccess([]), db, EventHub(), business_id="biz")
    assert business_name() == "Cafe Group"  # a later failure does not forget it
