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


# A 96x96 smiling-face sticker with a transparent background and a white outline, as
# WhatsApp stickers are drawn (a WebP of 2 KB; Meta allows 100 KB for a static sticker).
_WEBP_STICKER = (
    "UklGRjgIAABXRUJQVlA4WAoAAAAQAAAAXwAAXwAAQUxQSEgCAAARkKP9/9o2f/01aAxUW3ArM7N0gTCM2g0HCB0C"
    "D2C4hHMDQxm1W9rCWf/PbxH+ft/CGBGO3DZyJOk0cXOXq/YH6v9Ra9JfCuqbm/VgyZ+00M69UW0PrijTy0G7egPl"
    "VGelGVFBh81lR/76p4cnVMrjg6eil+uFATHYn9dS2Otficmv67YIj3vEaO8RPyP7hlg1eyPM+DGxG3us36cdQwKa"
    "bc2Ge0RCdlwmZkMSM5xh4V5MgkZ3GXh1RqKevSrN3TMS9vRu2StiEjcqd4EbEoBhmcexjwjCji7ONoG4VXwxMigY"
    "r+hSGhOM8Ugx9gnIvWJ1xiBhHhW5Y4+g7Nr5rBOYa/ml5hsaX3Ue8wTnXF6+6uPRt7J5SoA+yeYAkf3sbHuCyLGT"
    "xTJBupxFE5NG1tURJsOMi28QqNfTVFGppGmj0kozQKWfPvMKlcvUiZME60QqT+DiJ1nCZTFJgEuQpI5LLckmLhv4"
    "4G/gn4J/I/zfNf66hL+uwtcF/LqGX5fxcwV+LoLPdfi5FD9Xw/cF+H0Nfl/2Z/WVSn9F44uG7+vh5xIafq4CPxdC"
    "n2tFRYf4noHZ9x5+rog/F4Wf65abS0cIc2n0ufod8P8FTl+p8t6NRY/eVRzOhnL8nlE8uh2xR3UVl3pbZAUxW1ox"
    "6gncIvIUryN7zDvN7ohi91GPtYw9UhLaa2xZ4OuarYTU8yxxqT+nlaDWk4PjkuFz/4mlpHWWG8PCwb+x7CgMreuV"
    "Vv8yp2XstyrXLYWlNeEvBrWNjVqw6E9Y6r9RBVZQOCDKBQAAMCIAnQEqYABgAD4pEIZCoaEONv9+DAFCWYAxnoWf"
    "wHZecu6d+M35M9HbtP3u/JbMe+Qv879s3aT+6r3AP0+/w/2q9wDzAfq1+xvYs/wHqAf13+xdaZ6AH7HemT7JH7h/"
    "uB7MH/57P/gJf7X+G/6X+Tv+Rsi/4c/HfMBzg6+O9JwP0teNj0V88L0f7Bn6t/8DsLftp7JP6zNpkN94svPkUut4"
    "JNFJ4UR6DxbqF5D9gnAQNC5FADG59WkLF9iZIpCQpiFYxoqYD3Il+2CDtC8eYis2RiS+PtUCaEGICOynPZ1UH8vs"
    "PgpHOHoTHS9ezfbRSn1FAlISFMv9NoRCpH9DEJ0BLkDiGnDQ6LV2JcRg26zYUoEw6HqicIrAAP7/YBmz+G45/w3a"
    "nPVw1m0hxcOTvLcmNnmNtoRZ6oRjB4/1iyjPr+FIlOILoR425jCfIqypUs+1mU/B/oOqe4bj49/2X9QvgL4iaSvZ"
    "d0sVVyaOQ/CQovBi5fzpdZ2J36efIOLk+IQv8IlLES7RqslYBc/VQfPUEs2+zaEtkd1yTo2RZuRPXa6H9/X3rozf"
    "BpAH/6L2lfw3HP8n3/zRZrBqs7mqRa+/HzIHyIHcbJgSdRz8iULDjwje6YV0a9SHyVQ7YmCxpwUBQXrq3x0dgZAN"
    "eXblK2toTTW/y3oH8AslXMrA7u56pvwEe4x/biRCZnLx7bhyRq+rTEDM1fv22OPx2te046r4xHb/q8QT2A0+ikl9"
    "lraZOmKC31tjjG8dyf847KemRVkOUcFJ4XNo60lbmodG0p6sNJNJEoVwBl3yK/W3rIae/5AS+w1Yi//34+RUjbmO"
    "3rs9dv2N86LhNKEa4BFwV+nJu8UTeA/REhL0qfKyQeCcTgtPBce5mv/Mo7h685bEzMR5+3cxl3d7rpbcOnm6ZK23"
    "2vt2sxAWLEJPDWJn+m88Iwy3d6H7dYchcqUNAvLX9Qm9mBSbwwMu51CPRzeZPUSWpqpd6NrcIBH7R67eZZ/oIZP/"
    "nH8MdNBEGE7LAuQopEsruwl67F2MWGV7B4q3/vLmYDStSP3dOMrTlU3esi5JjBtphz3X+zuFM4IBLt9X4EMtqaPV"
    "SPNcUPYz4zi8tAA1RxdMx/d1E99U96+Pq1Jh6uRJkG0UWGL/Qv+kjChIFJ5f/caI5SXwFa8Q0BT/973dNlXTUoGu"
    "fhr50nUzZarL2mfYtNkLEWZ/k1bAHY9QwU8A3FoeM3StZOB+Ld7yMUH4fka7Wvj05qr5d9RUGmDTMiHfKMbDwKe9"
    "Pmb/Q2trb77drzPj98dmBREvBqiWMmfu01fynIUP9hpXH5CZ1wEczxcPBwaC4a3IlhXLSKfOGqae4ImM30r0sALL"
    "TAKllzzz2rm/1cY6XUHWcmnuDvn+Tm/TA6zkBq1a1J1+pPjdKpz8vg2gP+8Uc4JJxLkuryPvh6+xGMe864P0BEnO"
    "8phgWusSUEr3dAx+PrfqymVCdbW862EdjENRTwwxOXoGVje5Z65K5H3AcT0BRP8Wema4UYpatyeRGUoZVfkJ0FgY"
    "dbmYR974n+Y2bmaug2SVfVN+5WGqYTGU+nZHrfNMzJtCECZMG4GxtqkVlhbmxChrwh5Xa74DZ69WR40a2xB5HOsO"
    "K1Xz/I9WI5mtrK+siFglq1svqZvCyhdzD5LwC6BaCYO3VoKBwCk1/quJ1xf4dbFUreQoayc82XMphy3nPs9JmCBz"
    "Wek8uGKsnLy76l7VymWp0UUhotYSRu/2DPtc3G8f+qg2MKZfd4gmyznNjD/Wbg+soLe945f/7EYPwRctuDLVUHTq"
    "cIhic6AHGBZlBbk8LY1WARGkw9NrY6+TNGFpK/frei9yMKxBvw9KGTE5OlMp5f1deLF4xnejglhY6whlW0Npmo1D"
    "+5B0ZRkdS7zE/kWFwv8aaoAhpNybM2PsESLaN2FBYovXqheVHCP+qhC7M2Izb/XSTnNblLrsTX3BhHq//+mVgAAA"
)


def sample_webp() -> bytes:
    return base64.b64decode(_WEBP_STICKER)


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
