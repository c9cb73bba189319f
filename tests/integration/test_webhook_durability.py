"""What the receiver commits: durably (synchronous=FULL), and a re-delivered body only once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models.entities import Message, WebhookEvent
from desktop.services.ingest import deliveries
from desktop.services.webhooks import receiver as receiver_module
from tests.integration.webhook_support import count, fixture_json, running_receiver, value_of


@pytest.mark.asyncio
async def test_receiver_commits_with_synchronous_full(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    real = receiver_module.apply_payloads

    def spying(session: Any, bodies: Any) -> Any:
        seen.append(session.connection().exec_driver_sql("PRAGMA synchronous").scalar())
        return real(session, bodies)

    monkeypatch.setattr(receiver_module, "apply_payloads", spying)
    async with running_receiver(db_url) as h:
        response = await h.post(json.dumps(fixture_json("in_text")).encode())
        assert response.status_code == 200
        # Other work on the database keeps the configured level (NORMAL).
        level = h.db.call(lambda s: s.connection().exec_driver_sql("PRAGMA synchronous").scalar())
        assert level == 1
    assert seen == [2]


@pytest.mark.asyncio
async def test_redelivered_large_body_is_stored_once(db_url: str, tmp_path: Path) -> None:
    payload = fixture_json("in_text")
    value_of(payload)["messages"][0]["text"]["body"] = "x" * 3_300_000
    body = json.dumps(payload).encode()
    database = Path(db_url.removeprefix("sqlite:///"))
    async with running_receiver(db_url, max_body=3_500_000) as h:

        def size_on_disk() -> int:
            h.db.call(lambda s: s.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)"))
            return database.stat().st_size

        assert (await h.post(body)).status_code == 200
        first = size_on_disk()
        for _ in range(19):
            assert (await h.post(body)).status_code == 200
        growth = size_on_disk() - first
        assert count(h.db, Message) == 1
        events = h.db.call(
            lambda s: [(deliveries(s, e), e.processed) for e in s.scalars(select(WebhookEvent))]
        )
        assert events == [(20, True)]
    # Nineteen more deliveries of 3.3 MB cost a counter, not another 63 MB.
    assert growth < len(body) // 10
