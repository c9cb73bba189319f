"""Meta's type and size limits (Cloud API reference §7.3), checked before any upload."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.sandbox.media_samples import sample_pdf, sample_png, sample_webp
from desktop.services.media_send import (
    KB,
    MB,
    AttachmentRefused,
    check_attachment,
    check_caption,
    check_file,
    size_words,
)

PNG = sample_png()[:64]
PDF = sample_pdf()[:64]
JPEG = b"\xff\xd8\xff\xe0" + bytes(60)
STATIC_WEBP = sample_webp()[:64]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ANIMATED_WEBP = b"RIFF\x00\x00\x00\x00WEBPVP8X\x0a\x00\x00\x00\x02" + bytes(43)


def refused(filename: str, size: int, head: bytes = b"") -> str:
    with pytest.raises(AttachmentRefused) as caught:
        check_file(filename, size, head)
    return str(caught.value)


@pytest.mark.parametrize(
    ("filename", "head", "limit", "kind", "mime"),
    [
        ("photo.jpg", JPEG, 5 * MB, "image", "image/jpeg"),
        ("photo.png", PNG, 5 * MB, "image", "image/png"),
        ("clip.mp4", b"", 16 * MB, "video", "video/mp4"),
        ("clip.3gp", b"", 16 * MB, "video", "video/3gpp"),
        ("voice.ogg", b"", 16 * MB, "audio", "audio/ogg"),
        ("song.mp3", b"", 16 * MB, "audio", "audio/mpeg"),
        ("memo.amr", b"", 16 * MB, "audio", "audio/amr"),
        ("invoice.pdf", PDF, 100 * MB, "document", "application/pdf"),
        ("notes.txt", b"hello", 100 * MB, "document", "text/plain"),
        ("sheet.xlsx", b"PK", 100 * MB, "document", XLSX),
        ("static.webp", STATIC_WEBP, 100 * KB, "sticker", "image/webp"),
        ("moving.webp", ANIMATED_WEBP, 500 * KB, "sticker", "image/webp"),
    ],
)
def test_each_kind_is_accepted_up_to_its_limit_and_refused_one_byte_over(
    filename: str, head: bytes, limit: int, kind: str, mime: str
) -> None:
    assert check_file(filename, limit, head) == (kind, mime)
    message = refused(filename, limit + 1, head)
    assert size_words(limit) in message  # the limit, in words


def test_the_refusal_names_the_size_the_limit_and_what_to_do() -> None:
    message = refused("holiday.jpg", 7 * MB + 300 * KB, JPEG)
    assert message.startswith("“holiday.jpg” is 7.3 MB: WhatsApp accepts pictures up to 5 MB.")
    assert "PDF document" in message


def test_a_refused_type_lists_what_whatsapp_accepts() -> None:
    message = refused("setup.exe", 1000, b"MZ")
    assert "WhatsApp does not accept EXE files." in message
    assert "JPEG, PNG" in message and "PDF" in message


def test_a_gif_is_refused_whatever_its_name_says() -> None:
    assert "GIF" in refused("funny.png", 1000, b"GIF89a" + bytes(20))


def test_the_first_bytes_win_over_a_wrong_extension() -> None:
    # A JPEG saved as .png would fail at Meta with 131053 if uploaded as image/png.
    assert check_file("photo.png", 1000, JPEG) == ("image", "image/jpeg")


def test_an_empty_file_is_refused() -> None:
    assert "empty" in refused("blank.pdf", 0, b"")


def test_check_attachment_reads_the_file(tmp_path: Path) -> None:
    path = tmp_path / "見積.pdf"
    path.write_bytes(sample_pdf())
    attachment = check_attachment(path)
    assert (attachment.kind, attachment.mime_type, attachment.size) == (
        "document",
        "application/pdf",
        len(sample_pdf()),
    )
    with pytest.raises(AttachmentRefused, match="cannot be read"):
        check_attachment(tmp_path / "gone.pdf")


def test_captions_only_where_whatsapp_shows_them(tmp_path: Path) -> None:
    picture = tmp_path / "a.png"
    picture.write_bytes(sample_png())
    voice = tmp_path / "v.ogg"
    voice.write_bytes(b"OggS" + bytes(100))
    assert check_caption(check_attachment(picture), "  Our menu  ") == "Our menu"
    assert check_caption(check_attachment(picture), "   ") is None
    with pytest.raises(AttachmentRefused, match="1024"):
        check_caption(check_attachment(picture), "x" * 1025)
    with pytest.raises(AttachmentRefused, match="cannot have a caption"):
        check_caption(check_attachment(voice), "listen")
    assert check_caption(check_attachment(voice), "") is None


def test_size_words() -> None:
    assert [size_words(n) for n in (5 * MB, 100 * KB, 1536 * KB, 16 * MB, 12)] == [
        "5 MB",
        "100 KB",
        "1.5 MB",
        "16 MB",
        "12 B",
    ]
