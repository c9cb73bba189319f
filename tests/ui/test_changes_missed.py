"""What another PC wrote while this one heard nothing (the database or its change feed was
away) shows as soon as the connection is back: the inbox reads its list and thread again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from app_harness import parts
from qt_async import until

from desktop.app import RunningApp
from desktop.models.db import Database
from desktop.services.events import ChangesMissed
from desktop.services.ingest.apply import apply_payload

pytestmark = pytest.mark.asyncio

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "webhooks"


async def test_the_inbox_reads_again_after_changes_went_unannounced(app: RunningApp) -> None:
    services, inbox = parts(app)
    assert inbox.conversations.rowCount() == 0
    payload = json.loads((FIXTURES / "in_text.json").read_text(encoding="utf-8"))
    other_pc = Database(services.db.url)  # stores a message and tells nobody here
    try:
        other_pc.call(apply_payload, payload)
    finally:
        other_pc.close()
    assert inbox.conversations.rowCount() == 0
    services.hub.publish(ChangesMissed("database"))
    await until(lambda: inbox.conversations.rowCount() == 1, what="read again")
