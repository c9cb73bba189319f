"""The sample file of an image, video or document header, checked and uploaded for review.

Meta reviews a media header from a sample it holds: the file is uploaded with the Resumable
Upload API (``POST /{app-id}/uploads`` opens a session, ``POST /{upload-session}`` sends the
bytes and returns a handle ``4::…``) and the handle goes in ``example.header_handle``. The
app id is read from the token (``debug_token``). Types and sizes are the template header
limits of the Cloud API reference (§7.3): a file Meta would refuse is refused here first,
with the limit in words, before anything is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from desktop.services.cloud_api import CloudApiError
from desktop.services.media_send import MB, sniff_mime
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

_C = "HeaderSample"

#: header format → (accepted MIME types, largest file, the types in words)
HEADER_FILES: dict[str, tuple[tuple[str, ...], int, str]] = {
    "IMAGE": (("image/jpeg", "image/png"), 5 * MB, "JPEG or PNG"),
    "VIDEO": (("video/mp4",), 16 * MB, "MP4"),
    "DOCUMENT": (("application/pdf",), 100 * MB, "PDF"),
}


class HeaderSampleError(Exception):
    """Why the sample was not uploaded, in words with what to do."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(phrase.render())
        self.phrase = phrase


class UploadApi(Protocol):
    async def debug_token(self) -> dict[str, Any]: ...

    async def upload_resumable(
        self, app_id: str, data: bytes, *, file_type: str, file_name: str
    ) -> str: ...


@dataclass(frozen=True)
class HeaderSample:
    handle: str  # Meta's ``4::…`` handle for ``example.header_handle``
    file_name: str
    size: int
    mime_type: str


def _file_type(head: bytes) -> str | None:
    """What the first bytes prove: the app's usual sniffing, plus MP4 video (``ftyp``)."""
    if head[4:8] == b"ftyp" and not head[8:11].startswith((b"3g", b"M4A")):
        return "video/mp4"
    mime = sniff_mime(head)
    return "image/jpeg" if mime == "image/jpg" else mime


def _error(text: str, **values: object) -> HeaderSampleError:
    return HeaderSampleError(Phrase(_C, text, MappingProxyType(dict(values))))


def check_header_file(path: Path, header_format: str) -> tuple[bytes, str]:
    """The file's bytes and type, or :class:`HeaderSampleError` saying which limit it breaks."""
    rule = HEADER_FILES.get(header_format.upper())
    if rule is None:
        raise _error(
            QT_TRANSLATE_NOOP(
                "HeaderSample", "Only an image, video or document header takes a sample file."
            )
        )
    mimes, limit, words = rule
    try:
        size = path.stat().st_size
        if size > limit:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "HeaderSample",
                    "{file} is {size} MB; a {kind} header sample may be at most {limit} MB. "
                    "Choose a smaller file.",
                ),
                file=path.name,
                size=f"{size / MB:.1f}",
                kind=words,
                limit=limit // MB,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise _error(
            QT_TRANSLATE_NOOP(
                "HeaderSample", "{file} could not be read ({reason}). Choose another file."
            ),
            file=path.name,
            reason=exc.strerror or type(exc).__name__,
        ) from exc
    if not data:
        raise _error(
            QT_TRANSLATE_NOOP("HeaderSample", "{file} is empty. Choose another file."),
            file=path.name,
        )
    mime = _file_type(data[:64])
    if mime not in mimes:
        raise _error(
            QT_TRANSLATE_NOOP(
                "HeaderSample",
                "{file} is not a {kind} file, which this header needs. Save or export it as "
                "{kind} and choose that file.",
            ),
            file=path.name,
            kind=words,
        )
    return data, str(mime)


async def upload_header_sample(api: UploadApi, path: Path, header_format: str) -> HeaderSample:
    """Check ``path`` and upload it with the Resumable Upload API; its handle for review."""
    data, mime = check_header_file(path, header_format)
    try:
        info = await api.debug_token()
        app_id = str(info.get("app_id") or "") if isinstance(info, dict) else ""
        if not app_id:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "HeaderSample",
                    "The access token does not name its app, so nothing can be uploaded. "
                    "Use a token of your Meta app (Settings).",
                )
            )
        handle = await api.upload_resumable(app_id, data, file_type=mime, file_name=path.name)
    except CloudApiError as exc:
        raise HeaderSampleError(exc.advice) from exc
    if not handle:
        raise _error(
            QT_TRANSLATE_NOOP(
                "HeaderSample",
                "Meta took the file but sent no handle back. Try again in a moment.",
            )
        )
    return HeaderSample(handle, path.name, len(data), mime)
