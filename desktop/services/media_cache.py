"""Customers' photos and files, downloaded as soon as they arrive and kept locally.

Meta's media URLs live five minutes and media ids seven days, so the inbox fetches every
inbound attachment right after its webhook is stored and keeps it in the data folder; the
bubble then shows the real picture, also offline and long after Meta has forgotten it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.db import Database, data_dir
from desktop.models.entities import Message
from desktop.services.cloud_api import CloudApiError
from desktop.services.events import EventHub, MessagesChanged
from desktop.services.tasks import TaskScope

log = logging.getLogger(__name__)

MEDIA_TYPES = ("image", "sticker", "video", "document", "audio")
_SAFE = re.compile(r"[^A-Za-z0-9._-]")


class MediaDownloader(Protocol):
    async def download_media(
        self, media_id: str, *, phone_number_id: str | None = None
    ) -> tuple[bytes, str]: ...


def media_dir() -> Path:
    return data_dir() / "media"


def media_path(media_id: str, root: Path | None = None) -> Path:
    """Where the bytes of ``media_id`` are kept (the name is made safe for any file system)."""
    return (root or media_dir()) / _SAFE.sub("_", media_id)


def media_id_of(message_type: str, payload: dict[str, Any]) -> str | None:
    body = payload.get(message_type)
    if message_type in MEDIA_TYPES and isinstance(body, dict):
        media_id = body.get("id")
        return str(media_id) if media_id else None
    return None


class MediaCache:
    """Downloads inbound media for messages that changed, then says they changed again."""

    def __init__(
        self,
        db: Database,
        hub: EventHub,
        api: MediaDownloader,
        root: Path | None = None,
        *,
        tasks: TaskScope | None = None,
    ) -> None:
        self._db = db
        self._hub = hub
        self._api = api
        self.root = root or media_dir()
        self._pending: set[str] = set()
        self._tasks = tasks or TaskScope()
        self._own_tasks = tasks is None
        self._unsubscribe: Callable[[], None] | None = None

    def attach(self) -> None:
        self._unsubscribe = self._hub.subscribe(self._on_event)

    def _on_event(self, event: object) -> None:
        if isinstance(event, MessagesChanged) and event.message_ids:
            self._tasks.start(self.fetch_for(event.message_ids), name="media:fetch")

    async def fetch_for(self, message_ids: Iterable[int]) -> list[int]:
        """Download what these messages attach and we do not have yet; returns their ids."""
        wanted = await self._db.run(_inbound_media, list(message_ids))
        fetched: dict[int, int] = {}
        for message_id, conversation_id, phone_number_id, media_id in wanted:
            path = media_path(media_id, self.root)
            if path.exists() or media_id in self._pending:
                continue
            self._pending.add(media_id)
            try:
                data, _mime = await self._api.download_media(
                    media_id, phone_number_id=phone_number_id
                )
                await asyncio.get_running_loop().run_in_executor(None, _write, path, data)
                fetched[message_id] = conversation_id
            except CloudApiError as exc:  # kept for a later try; the bubble shows a placeholder
                log.info("media %s not downloaded: %s", media_id, exc.message)
            except OSError as exc:
                log.warning("media %s not saved: %s", media_id, exc)
            finally:
                self._pending.discard(media_id)
        if fetched:
            self._hub.publish(MessagesChanged(frozenset(fetched.values()), frozenset(fetched)))
        return list(fetched)

    async def file_for(self, message_id: int) -> Path | None:
        """The local file of a message's media, downloaded now if it is not here yet.

        None when the message has no media. A failed download raises ``CloudApiError``
        (Meta keeps a customer's media 7 days) or ``OSError`` (the disk).
        """
        found = await self._db.run(_media_of, message_id)
        if found is None:
            return None
        phone_number_id, media_id = found
        path = media_path(media_id, self.root)
        if path.exists():
            return path
        data, _mime = await self._api.download_media(media_id, phone_number_id=phone_number_id)
        await asyncio.get_running_loop().run_in_executor(None, _write, path, data)
        return path

    async def aclose(self) -> None:
        """Stop listening first: a webhook stored while the app shuts down starts no fetch."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._own_tasks:
            await self._tasks.aclose()


def _inbound_media(session: Session, ids: list[int]) -> list[tuple[int, int, str, str]]:
    rows = session.execute(
        select(
            Message.id,
            Message.conversation_id,
            Message.phone_number_id,
            Message.type,
            Message.payload,
        ).where(Message.id.in_(ids), Message.direction == "in", Message.type.in_(MEDIA_TYPES))
    )
    found = []
    for message_id, conversation_id, phone_number_id, message_type, payload in rows:
        media_id = media_id_of(message_type, payload or {})
        if media_id:
            found.append((message_id, conversation_id, phone_number_id, media_id))
    return found


def _media_of(session: Session, message_id: int) -> tuple[str, str] | None:
    """(phone number id, media id) of any message with media, sent or received."""
    row = session.execute(
        select(Message.phone_number_id, Message.type, Message.payload).where(
            Message.id == message_id
        )
    ).first()
    if row is None:
        return None
    media_id = media_id_of(row.type, row.payload or {})
    return (row.phone_number_id, media_id) if media_id else None


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)
