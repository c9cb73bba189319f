"""Small but real media files made in code, so simulated customers can send media.

The inbox downloads inbound media and shows it; the bytes must therefore open in real
decoders: a PNG picture, an Ogg Opus voice note, a one-page PDF, a WebP sticker and an MP4
header. Nothing is read from disk.
"""

from __future__ import annotations

import base64
import struct
import zlib
from collections.abc import Callable


def sample_png(width: int = 48, height: int = 48) -> bytes:
    """A green-and-white checked RGB PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            if (x // 8 + y // 8) % 2:
                rows += bytes((37, 211, 102))
            else:
                rows += bytes((255, 255, 255))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def _ogg_crc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else (crc << 1)
            crc &= 0xFFFFFFFF
    return crc


def _ogg_page(packets: list[bytes], *, serial: int, seq: int, granule: int, flags: int) -> bytes:
    lacing = bytearray()
    for packet in packets:
        size = len(packet)
        while size >= 255:
            lacing.append(255)
            size -= 255
        lacing.append(size)
    header = (
        b"OggS"
        + bytes((0, flags))
        + struct.pack("<qIII", granule, serial, seq, 0)
        + bytes((len(lacing),))
        + bytes(lacing)
    )
    page = header + b"".join(packets)
    crc = _ogg_crc(page)
    return page[:22] + struct.pack("<I", crc) + page[26:]


def sample_ogg_opus(seconds: int = 1) -> bytes:
    """An Ogg Opus mono voice note of silence (20 ms frames)."""
    serial = 0x5A4D
    head = b"OpusHead" + struct.pack("<BBHIhB", 1, 1, 312, 48000, 0, 0)
    vendor = b"wabadesk-sandbox"
    tags = b"OpusTags" + struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", 0)
    frames = [b"\xf8\xff\xfe"] * (50 * seconds)
    return (
        _ogg_page([head], serial=serial, seq=0, granule=0, flags=0x02)
        + _ogg_page([tags], serial=serial, seq=1, granule=0, flags=0)
        + _ogg_page(frames, serial=serial, seq=2, granule=312 + 48000 * seconds, flags=0x04)
    )


def sample_pdf(text: str = "Invoice 2026-0042") -> bytes:
    """A one-page PDF showing ``text`` (ASCII)."""
    safe = text.encode("ascii", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 24 Tf 72 720 Td (" + safe + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += str(number).encode() + b" 0 obj\n" + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objects) + 1).encode() + b"\n0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += b"trailer\n<< /Size " + str(len(objects) + 1).encode() + b" /Root 1 0 R >>\n"
    out += b"startxref\n" + str(xref).encode() + b"\n%%EOF\n"
    return bytes(out)


# A 1x1 lossless WebP (the smallest valid sticker image).
_WEBP_1X1 = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="


def sample_webp() -> bytes:
    return base64.b64decode(_WEBP_1X1)


def sample_mp4() -> bytes:
    """An ISO-BMFF file header (ftyp + empty mdat): enough to be typed as MP4."""
    ftyp = struct.pack(">I", 24) + b"ftypisom" + struct.pack(">I", 512) + b"isomiso2"
    mdat = struct.pack(">I", 8) + b"mdat"
    return ftyp + mdat


# message type -> (mime type, file name)
SAMPLE_MEDIA: dict[str, tuple[str, str]] = {
    "image": ("image/png", "photo.png"),
    "audio": ("audio/ogg; codecs=opus", "voice.ogg"),
    "document": ("application/pdf", "invoice.pdf"),
    "sticker": ("image/webp", "sticker.webp"),
    "video": ("video/mp4", "clip.mp4"),
}


def sample_bytes(message_type: str) -> bytes:
    factories: dict[str, Callable[[], bytes]] = {
        "image": sample_png,
        "audio": sample_ogg_opus,
        "document": sample_pdf,
        "sticker": sample_webp,
        "video": sample_mp4,
    }
    return factories[message_type]()
