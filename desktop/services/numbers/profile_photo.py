"""The business profile photo: checked here, uploaded with Meta's Resumable Upload API.

Steps (Meta): ``POST /{app-id}/uploads?file_name&file_length&file_type`` opens a session
(``upload:…``); ``POST /{upload-session}`` with ``file_offset: 0`` and the bytes returns a
handle ``h``; the profile is then saved with ``profile_picture_handle``. The app id is read
from the token itself (``debug_token``), so nothing more needs to be set up.

The photo rules (JPEG or PNG, at most 5 MB, square, at least 192 × 192 pixels; WhatsApp keeps
640 × 640) are the ones providers document for this field; Meta's reference names only the
handle, so an image Meta still refuses shows Meta's own words.
"""

from __future__ import annotations

import struct
from types import MappingProxyType
from typing import Any, Protocol

from desktop.services.cloud_api import CloudApiError
from desktop.services.numbers.onboarding import OnboardingError, explain
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

_C = "ProfilePhoto"
MAX_BYTES = 5 * 1024 * 1024
MIN_SIDE = 192
TYPES = {"jpeg": "image/jpeg", "png": "image/png"}


class PhotoApi(Protocol):
    async def debug_token(self) -> dict[str, Any]: ...

    async def upload_resumable(
        self, app_id: str, data: bytes, *, file_type: str, file_name: str
    ) -> str: ...

    async def update_business_profile(self, phone_number_id: str, **fields: Any) -> bool: ...


def image_kind(data: bytes) -> str | None:
    if data[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    return None


def image_size(data: bytes, kind: str) -> tuple[int, int] | None:
    """Width and height from the PNG header or the first JPEG frame marker."""
    if kind == "png":
        if len(data) < 24 or data[12:16] != b"IHDR":
            return None
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = struct.unpack(">H", data[i + 2 : i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return int(width), int(height)
        i += 2 + length
    return None


def photo_problems(data: bytes) -> list[Phrase]:
    """What is wrong with ``data`` as a profile photo, each with what to do."""
    kind = image_kind(data)
    if kind is None:
        return [
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "ProfilePhoto",
                    "This file is not a JPEG or PNG picture. Open it in an image editor and "
                    "save or export it as JPEG or PNG, then choose that file.",
                ),
            )
        ]
    problems: list[Phrase] = []
    if len(data) > MAX_BYTES:
        problems.append(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "ProfilePhoto",
                    "The picture is {size} MB; WhatsApp takes at most 5 MB. Save it smaller "
                    "(640 × 640 pixels is all WhatsApp keeps).",
                ),
                MappingProxyType({"size": f"{len(data) / 1024 / 1024:.1f}"}),
            )
        )
    size = image_size(data, kind)
    if size is None:
        problems.append(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "ProfilePhoto",
                    "The picture could not be read (the file may be damaged). Save it again "
                    "as JPEG or PNG.",
                ),
            )
        )
        return problems
    width, height = size
    if min(width, height) < MIN_SIDE:
        problems.append(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "ProfilePhoto",
                    "The picture is {width} × {height} pixels; it needs at least 192 × 192. "
                    "Use a larger picture (640 × 640 is best).",
                ),
                MappingProxyType({"width": width, "height": height}),
            )
        )
    elif width != height:
        problems.append(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "ProfilePhoto",
                    "The picture is {width} × {height} pixels; WhatsApp shows a square cut to "
                    "a circle. Crop it to a square with the logo in the middle.",
                ),
                MappingProxyType({"width": width, "height": height}),
            )
        )
    return problems


async def upload_profile_photo(
    api: PhotoApi, phone_number_id: str, data: bytes, file_name: str
) -> None:
    """Check, upload and set the photo; every failure an :class:`OnboardingError` in words."""
    problems = photo_problems(data)
    if problems:
        raise OnboardingError(problems[0])
    kind = image_kind(data) or "jpeg"
    try:
        info = await api.debug_token()
        app_id = str(info.get("app_id") or "")
        if not app_id:
            raise OnboardingError(
                Phrase(
                    _C,
                    QT_TRANSLATE_NOOP(
                        "ProfilePhoto",
                        "Meta did not say which app this token belongs to, so the picture "
                        "can't be uploaded. Check the access token in Settings.",
                    ),
                )
            )
        handle = await api.upload_resumable(
            app_id, data, file_type=TYPES[kind], file_name=file_name or f"profile.{kind}"
        )
        await api.update_business_profile(phone_number_id, profile_picture_handle=handle)
    except CloudApiError as exc:
        raise OnboardingError(explain(exc)) from exc
