"""`wabadesk numbers`: the exact JSON contracts, and webhooks that change what it prints.

The end-to-end test runs the real path: the sandbox posts signed webhooks over loopback HTTP
to the app's receiver, which stores them in SQLite; the CLI, a separate process, reads them.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from cli_support import wabadesk

from desktop.models.db import Database
from desktop.sandbox import SandboxServer
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TEST, NUMBER_TOKYO
from desktop.services.accounts import sync_accounts
from desktop.services.cloud_api import CloudApiClient
from desktop.services.events import EventHub
from desktop.services.webhooks import WebhookReceiver

SECRET = "numbers-secret"
FIELDS = {
    "phone_number_id": str,
    "waba_id": str,
    "display_phone_number": str,
    "verified_name": (str, type(None)),
    "quality_rating": (str, type(None)),
    "messaging_limit_tier": (str, type(None)),
    "throughput_mps": (int, type(None)),
    "status": (str, type(None)),
    "is_test": bool,
}


def numbers_json(db_url: str) -> dict[str, dict[str, Any]]:
    done = wabadesk("numbers", "list", "--db", db_url, "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert list(data) == ["numbers"]
    for row in data["numbers"]:
        assert list(row) == list(FIELDS)
        for key, kind in FIELDS.items():
            assert isinstance(row[key], kind), (key, row[key])
    return {row["phone_number_id"]: row for row in data["numbers"]}


@dataclass
class Stack:
    db_url: str
    sandbox: SandboxServer
    control: httpx.AsyncClient


@pytest_asyncio.fixture
async def stack(db_url: str) -> AsyncIterator[Stack]:
    db = Database(db_url)
    await db.migrate()
    hub = EventHub()
    receiver = WebhookReceiver(db, hub, app_secret=SECRET, verify_token="t")
    url = await receiver.start("127.0.0.1", 0)
    sandbox = SandboxServer(
        webhook_url=url, app_secret=SECRET, simulate_customers=False, review_delay=0.05
    )
    base = await sandbox.start()
    client = CloudApiClient("sandbox-token", base_url=base, version="v23.0")
    try:
        await sync_accounts(client, db, hub, business_id=sandbox.business_id, sandbox=True)
        async with httpx.AsyncClient(
            base_url=f"{base}/_sandbox", headers={"Authorization": "Bearer sandbox-token"}
        ) as control:
            yield Stack(db_url, sandbox, control)
    finally:
        await client.aclose()
        await sandbox.stop()
        await receiver.stop()
        db.close()


@pytest.mark.asyncio
async def test_webhooks_about_numbers_change_what_numbers_list_prints(stack: Stack) -> None:
    before = numbers_json(stack.db_url)
    assert set(before) == {NUMBER_TOKYO, NUMBER_OSAKA, NUMBER_TEST}
    tokyo = before[NUMBER_TOKYO]
    assert (tokyo["quality_rating"], tokyo["messaging_limit_tier"]) == ("GREEN", "TIER_10K")
    assert (tokyo["throughput_mps"], tokyo["status"], tokyo["is_test"]) == (80, "CONNECTED", False)
    assert before[NUMBER_TEST]["is_test"] is True

    r = await stack.control.post(
        "/numbers/quality", json={"phone_number_id": NUMBER_TOKYO, "rating": "RED"}
    )
    assert r.status_code == 200 and r.json()["webhook"] == "FLAGGED"
    r = await stack.control.post("/numbers/limit", json={"tier": "TIER_100K"})
    assert r.status_code == 200, r.text
    await stack.sandbox.flush_webhooks()

    after = numbers_json(stack.db_url)
    assert after[NUMBER_TOKYO]["quality_rating"] == "RED"
    assert {row["messaging_limit_tier"] for row in after.values()} == {"TIER_100K"}
    assert after[NUMBER_OSAKA]["quality_rating"] == before[NUMBER_OSAKA]["quality_rating"]


def test_numbers_list_of_an_empty_database_is_an_empty_list(db_url: str) -> None:
    Database(db_url).migrate_sync()
    done = wabadesk("numbers", "list", "--db", db_url, "--json")
    assert (done.returncode, json.loads(done.stdout)) == (0, {"numbers": []})


def test_numbers_list_without_a_database_says_so(tmp_path: Path) -> None:
    done = wabadesk("numbers", "list", "--db", f"sqlite:///{tmp_path / 'none.sqlite3'}")
    assert done.returncode != 0 and "no database" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_link_json_contract() -> None:
    done = wabadesk(
        "numbers", "link", "+81 90-1234-5678", "--text", "席は空いてますか? 2 名", "--json"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "url": "https://wa.me/819012345678?text=%E5%B8%AD%E3%81%AF%E7%A9%BA%E3%81%84%E3%81%A6"
        "%E3%81%BE%E3%81%99%E3%81%8B%3F%202%20%E5%90%8D",
        "e164": "+819012345678",
    }


def test_link_prints_the_url_and_writes_the_qr(tmp_path: Path) -> None:
    done = wabadesk("numbers", "link", "1 (415) 555-0100", "--qr", str(tmp_path / "qr.svg"))
    assert (done.returncode, done.stdout) == (0, "https://wa.me/14155550100\n")
    assert (tmp_path / "qr.svg").read_text().lstrip().startswith("<?xml")


@pytest.mark.parametrize("phone", ["12", "not a number", "+999 1234"])
def test_an_invalid_number_exits_2_with_one_line(phone: str) -> None:
    done = wabadesk("numbers", "link", phone)
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "number" in done.stderr
