"""A send that never left this PC waits for the network however long it is away; one that
may have reached Meta is never sent again by itself (the bulk drill: tests/faults)."""

from __future__ import annotations

import pytest
from test_outbox import RecordingSender, setup_db, until

from desktop.models.entities import Message
from desktop.services.cloud_api.errors import network_error
from desktop.services.events import EventHub
from desktop.services.outbox import Outbox, OutboxConfig


def offline() -> list:
    """What the client raises when the connection is refused: the request never left."""
    return [
        network_error(
            ConnectionRefusedError("refused"),
            host="graph",
            may_have_been_delivered=False,
            secret=None,
        )
    ]


@pytest.mark.asyncio
async def test_no_network_for_longer_than_the_retries_last_still_sends_once(db_url: str) -> None:
    db, conv = setup_db(db_url)
    config = OutboxConfig(backoff_base=0.01, backoff_max=0.02, max_auto_retries=3)
    sender = RecordingSender(fail={n: offline() for n in range(1, 9)})  # 8 refusals in a row
    outbox = Outbox(db, EventHub(), sender, config=config)
    await outbox.start()
    mid = await outbox.send_text(conv, "hi")

    async def accepted() -> bool:
        return db.call(lambda s: s.get(Message, mid).status) == "accepted"

    await until(accepted)
    await outbox.aclose()
    assert len(sender.calls) == 9  # more than max_auto_retries, and never "failed" between
    row = db.call(lambda s: s.get(Message, mid))
    assert row.attempts == 9 and row.error_title is None
    db.close()


@pytest.mark.asyncio
async def test_a_send_cut_off_after_it_was_written_is_not_sent_again(db_url: str) -> None:
    db, conv = setup_db(db_url)
    lost = network_error(
        ConnectionResetError("reset"), host="graph", may_have_been_delivered=True, secret=None
    )
    sender = RecordingSender(fail={1: [lost]})
    outbox = Outbox(db, EventHub(), sender, config=OutboxConfig(backoff_base=0.01))
    await outbox.start()
    mid = await outbox.send_text(conv, "hi")

    async def uncertain() -> bool:
        return db.call(lambda s: s.get(Message, mid).status) == "uncertain"

    await until(uncertain)
    await outbox.aclose()
    assert len(sender.calls) == 1
    db.close()
