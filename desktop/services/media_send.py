"""Sending a photo, video, voice note, document or sticker to a customer.

Meta refuses files of other types or over its size limits only after the upload (error
131053), so :func:`check_attachment` applies the limits of the Cloud API reference §7.3
first and says, in words, which limit a file breaks. :class:`MediaSending` then uploads the
bytes through the media endpoint (with progress; cancelling the task cancels the upload),
keeps a copy in the media cache, so the sent bubble shows the picture and it opens
offline, and queues the message in the outbox, which stores, sends and retries it like text
(a retry reuses the media id, valid 30 days).
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Conversation
from desktop.services.media_cache import media_path
from desktop.services.outbox import WINDOW_CLOSED, OutboxRefused
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase
from desktop.services.window import window_is_open

KB = 1024
MB = 1024 * 1024
MAX_CAPTION = 1024  # image, video and document captions

#: What WhatsApp accepts, by kind: the MIME types and the largest file (reference §7.3).
LIMITS: dict[str, tuple[tuple[str, ...], int]] = {
    "image": (("image/jpeg", "image/png"), 5 * MB),
    "video": (("video/mp4", "video/3gpp"), 16 * MB),
    "audio": (("audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg"), 16 * MB),
    "document": (
        (
            "text/plain",
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ),
        100 * MB,
    ),
    "sticker": (("image/webp",), 500 * KB),
}
STATIC_STICKER_MAX = 100 * KB
CAPTIONED = ("image", "video", "document")

_BY_EXTENSION = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".mp4": "video/mp4",
    ".3gp": "video/3gpp",
    ".3gpp": "video/3gpp",
    ".aac": "audio/aac",
    ".amr": "audio/amr",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".oga": "audio/ogg",
    ".txt": "text/plain",
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}

_CONTEXT = "MediaSend"
_ACCEPTED = QT_TRANSLATE_NOOP(
    "MediaSend",
    "WhatsApp accepts pictures (JPEG, PNG), videos (MP4, 3GP), audio (AAC, AMR, MP3, M4A, "
    "OGG), documents (PDF, TXT, Word, Excel, PowerPoint) and WebP stickers.",
)
_TOO_BIG = {
    "image": QT_TRANSLATE_NOOP(
        "MediaSend", "“{name}” is {size}: WhatsApp accepts pictures up to {limit}."
    ),
    "video": QT_TRANSLATE_NOOP(
        "MediaSend", "“{name}” is {size}: WhatsApp accepts videos up to {limit}."
    ),
    "audio": QT_TRANSLATE_NOOP(
        "MediaSend", "“{name}” is {size}: WhatsApp accepts audio files up to {limit}."
    ),
    "document": QT_TRANSLATE_NOOP(
        "MediaSend", "“{name}” is {size}: WhatsApp accepts documents up to {limit}."
    ),
}
_TOO_BIG_ADVICE = {
    "image": QT_TRANSLATE_NOOP(
        "MediaSend", "Make the picture smaller, or send it as a PDF document (up to 100 MB)."
    ),
    "video": QT_TRANSLATE_NOOP("MediaSend", "Shorten or compress the video."),
    "audio": QT_TRANSLATE_NOOP("MediaSend", "Shorten or compress the recording."),
    "document": QT_TRANSLATE_NOOP("MediaSend", "Split the document or compress it."),
}


class AttachmentRefused(Exception):
    """The file cannot be sent on WhatsApp; ``phrases`` say why and what to do."""

    def __init__(self, *phrases: Phrase) -> None:
        super().__init__(" ".join(p.render() for p in phrases))
        self.phrases = phrases


@dataclass(frozen=True)
class Attachment:
    """A file checked against Meta's limits, ready to upload."""

    path: Path
    filename: str
    mime_type: str
    kind: str  # image | video | audio | document | sticker
    size: int

    @property
    def takes_caption(self) -> bool:
        return self.kind in CAPTIONED


def size_words(size: int) -> str:
    """A size as people write it: 5 MB, 100 KB, 1.5 MB (no translation needed)."""
    if size >= MB:
        value = size / MB
        return f"{value:.0f} MB" if value >= 10 or value == int(value) else f"{value:.1f} MB"
    if size >= KB:
        return f"{size / KB:.0f} KB"
    return f"{size} B"


def sniff_mime(head: bytes) -> str | None:
    """The type the first bytes prove, for the formats whose name is often wrong."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    return None


def webp_is_animated(head: bytes) -> bool:
    """An extended WebP (VP8X) with its animation flag set."""
    return head[12:16] == b"VP8X" and len(head) > 20 and bool(head[20] & 0x02)


def check_file(filename: str, size: int, head: bytes) -> tuple[str, str]:
    """(kind, MIME type) of a file WhatsApp accepts; :class:`AttachmentRefused` if not."""
    extension = os.path.splitext(filename)[1].lower()
    mime = sniff_mime(head) or _BY_EXTENSION.get(extension)
    kind = next((k for k, (mimes, _max) in LIMITS.items() if mime in mimes), None)
    if mime is None or kind is None:
        shown = extension.lstrip(".").upper() or filename
        if mime == "image/gif":
            shown = "GIF"
        raise AttachmentRefused(
            Phrase(
                _CONTEXT,
                QT_TRANSLATE_NOOP("MediaSend", "WhatsApp does not accept {type} files."),
                {"type": shown},
            ),
            Phrase(_CONTEXT, _ACCEPTED),
        )
    if size <= 0:
        raise AttachmentRefused(
            Phrase(
                _CONTEXT,
                QT_TRANSLATE_NOOP("MediaSend", "“{name}” is empty: there is nothing to send."),
                {"name": filename},
            )
        )
    if kind == "sticker":
        animated = webp_is_animated(head)
        limit = LIMITS["sticker"][1] if animated else STATIC_STICKER_MAX
        if size > limit:
            raise AttachmentRefused(
                Phrase(
                    _CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "MediaSend",
                        "“{name}” is {size}: WhatsApp accepts WebP stickers up to 100 KB "
                        "(animated: 500 KB). Make it smaller, or send a JPEG or PNG picture.",
                    ),
                    {"name": filename, "size": size_words(size)},
                )
            )
        return kind, mime
    limit = LIMITS[kind][1]
    if size > limit:
        raise AttachmentRefused(
            Phrase(
                _CONTEXT,
                _TOO_BIG[kind],
                {"name": filename, "size": size_words(size), "limit": size_words(limit)},
            ),
            Phrase(_CONTEXT, _TOO_BIG_ADVICE[kind]),
        )
    return kind, mime


def check_attachment(path: Path) -> Attachment:
    """Read a file's size and first bytes (blocking: run it off the UI thread)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        raise AttachmentRefused(
            Phrase(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "MediaSend", "“{name}” cannot be read ({error}). Check that it still exists."
                ),
                {"name": path.name, "error": exc.strerror or type(exc).__name__},
            )
        ) from exc
    kind, mime = check_file(path.name, size, head)
    return Attachment(path=path, filename=path.name, mime_type=mime, kind=kind, size=size)


def check_caption(attachment: Attachment, caption: str) -> str | None:
    """The caption to send (None for none); :class:`AttachmentRefused` when it cannot go."""
    caption = caption.strip()
    if not caption:
        return None
    if not attachment.takes_caption:
        raise AttachmentRefused(
            Phrase(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "MediaSend",
                    "Voice notes, audio and stickers cannot have a caption on WhatsApp. "
                    "Send the text as a message of its own.",
                ),
            )
        )
    if len(caption) > MAX_CAPTION:
        raise AttachmentRefused(
            Phrase(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "MediaSend",
                    "The caption has {count} characters: WhatsApp allows {limit}. Shorten it.",
                ),
                {"count": len(caption), "limit": MAX_CAPTION},
            )
        )
    return caption


class MediaUploader(Protocol):
    async def upload_media(
        self,
        phone_number_id: str,
        data: bytes,
        mime_type: str,
        filename: str,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> str: ...


class MediaQueue(Protocol):
    async def enqueue(
        self,
        conversation_id: int,
        message_type: str,
        body: Any,
        *,
        reply_to: str | None = None,
        text: str | None = None,
    ) -> int: ...


class MediaSending:
    """Upload an attachment for one conversation and queue its message."""

    def __init__(
        self,
        db: Database,
        outbox: MediaQueue,
        api: MediaUploader,
        root: Path | None = None,
        *,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self._db = db
        self._outbox = outbox
        self._api = api
        self._root = root
        self._clock = clock or time.time

    async def send(
        self,
        conversation_id: int,
        attachment: Attachment,
        caption: str = "",
        *,
        reply_to: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Upload and queue; returns the outbox row id.

        Raises :class:`AttachmentRefused` or :class:`OutboxRefused` (nothing uploaded), a
        ``CloudApiError`` when the upload fails, and ``CancelledError`` when cancelled.
        """
        text = check_caption(attachment, caption)
        number_id, last_inbound = await self._db.run(_conversation_number, conversation_id)
        if not window_is_open(last_inbound, self._clock()):
            raise OutboxRefused(WINDOW_CLOSED)
        loop = asyncio.get_running_loop()
        data = await loop.run_in_executor(None, _read, attachment.path)
        # The file may have changed since it was checked: the bytes sent are checked again.
        check_file(attachment.filename, len(data), data[:64])
        media_id = await self._api.upload_media(
            number_id, data, attachment.mime_type, attachment.filename, progress=progress
        )
        try:  # the sent bubble shows and opens our own copy
            await loop.run_in_executor(None, _keep, media_path(media_id, self._root), data)
        except OSError:
            pass  # only the local preview is missing; the message still goes
        body: dict[str, Any] = {"id": media_id}
        if text:
            body["caption"] = text
        if attachment.kind == "document":
            body["filename"] = attachment.filename
        return await self._outbox.enqueue(conversation_id, attachment.kind, body, reply_to=reply_to)

    async def upload_for(self, conversation_id: int, attachment: Attachment) -> str:
        """Upload a file for a message of this conversation (a template's media header, sent
        in or out of the window); its media id. Raises like :meth:`send`."""
        number_id, _last_inbound = await self._db.run(_conversation_number, conversation_id)
        loop = asyncio.get_running_loop()
        data = await loop.run_in_executor(None, _read, attachment.path)
        check_file(attachment.filename, len(data), data[:64])
        media_id = await self._api.upload_media(
            number_id, data, attachment.mime_type, attachment.filename
        )
        try:
            await loop.run_in_executor(None, _keep, media_path(media_id, self._root), data)
        except OSError:
            pass
        return media_id


def _conversation_number(session: Session, conversation_id: int) -> tuple[str, int | None]:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise OutboxRefused(
            Phrase("Outbox", QT_TRANSLATE_NOOP("Outbox", "This conversation no longer exists."))
        )
    return conversation.phone_number_id, conversation.last_inbound_ts


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise AttachmentRefused(
            Phrase(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "MediaSend", "“{name}” cannot be read ({error}). Check that it still exists."
                ),
                {"name": path.name, "error": exc.strerror or type(exc).__name__},
            )
        ) from exc


def _keep(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)
