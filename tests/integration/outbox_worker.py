"""One app instance's outbox alone in its own process, for the several-PCs tests.

``python outbox_worker.py DB_URL GRAPH_BASE NAME``: opens the database, prints ``ready``,
waits for a line on stdin (so two workers start together), sends through the Graph API at
``GRAPH_BASE`` until nothing is queued or sending, then prints how many sends it made.
"""

from __future__ import annotations

import asyncio
import sys

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Message
from desktop.services.cloud_api import CloudApiClient
from desktop.services.events import EventHub
from desktop.services.outbox import Outbox, OutboxConfig


def left(session: Session) -> int:
    held = select(func.count(Message.id)).where(Message.status.in_(("queued", "sending")))
    return session.scalar(held) or 0


async def main(url: str, base: str, name: str) -> None:
    db = Database(url)
    client = CloudApiClient("sandbox-token", base_url=base)
    outbox = Outbox(db, EventHub(), client, worker=name, config=OutboxConfig(batch=10))
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    await outbox.start()
    while await db.run(left):
        await asyncio.sleep(0.02)
    await outbox.aclose()
    await client.aclose()
    db.close()
    print(f"sent {outbox.sends_attempted}", flush=True)


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:4]))
