"""`wa.me` links, their QR codes and a "Chat on WhatsApp" HTML button for any number.

A click-to-chat link carries the number in full international form, digits only (no ``+``,
no trunk zero, no punctuation), and optionally a prefilled text percent-encoded as UTF-8 with
``%20`` for spaces, so Japanese and emoji survive every browser and QR scanner.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import phonenumbers
import segno

from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

WA_ME = "https://wa.me/"
WHATSAPP_GREEN = "#25D366"
_CONTEXT = "ClickToChat"


class InvalidPhoneNumber(ValueError):
    """The text is not a dialable international number; ``phrase`` says why in words."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(phrase.render())
        self.phrase = phrase


@dataclass(frozen=True)
class ChatLink:
    url: str
    e164: str

    @property
    def digits(self) -> str:
        return self.e164.lstrip("+")


def region_of(display_number: str) -> str | None:
    """The country (``JP``) a number in any international form belongs to, if known."""
    digits = "".join(ch for ch in display_number if ch.isdigit())
    try:
        region = phonenumbers.region_code_for_number(phonenumbers.parse("+" + digits))
    except phonenumbers.NumberParseException:
        return None
    return region if region and region != "ZZ" else None


def parse_number(text: str, default_region: str | None = None) -> phonenumbers.PhoneNumber:
    """Any common format (``+81 90-1234-5678``, ``(+1) 555 123 4567``, ``0081…``) or raises.

    Without a ``+`` or ``00`` prefix the number must be national to ``default_region``.
    """
    raw = text.strip()
    if not raw:
        raise InvalidPhoneNumber(
            Phrase(_CONTEXT, QT_TRANSLATE_NOOP("ClickToChat", "Enter a phone number."))
        )
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    elif default_region is None and raw[0].isdigit():
        raw = "+" + raw  # the wa.me convention: full international digits without '+'
    try:
        number = phonenumbers.parse(raw, default_region)
    except phonenumbers.NumberParseException:
        raise InvalidPhoneNumber(
            Phrase(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "ClickToChat",
                    "“{text}” is not a phone number: write it in international form, "
                    "for example +81 90 1234 5678.",
                ),
                {"text": text.strip()},
            )
        ) from None
    if not phonenumbers.is_possible_number(number):
        raise InvalidPhoneNumber(
            Phrase(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "ClickToChat",
                    "{text} has the wrong number of digits for its country: check the "
                    "country code and the number.",
                ),
                {"text": text.strip()},
            )
        )
    if not phonenumbers.is_valid_number(number) and not is_meta_test_number(number):
        raise InvalidPhoneNumber(
            Phrase(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "ClickToChat",
                    "{text} is not a number in use in any country: check the country code "
                    "and the digits.",
                ),
                {"text": text.strip()},
            )
        )
    return number


def is_meta_test_number(number: phonenumbers.PhoneNumber) -> bool:
    """Meta's test numbers are North American 555 numbers, which no real plan assigns."""
    return number.country_code == 1 and str(number.national_number).startswith("555")


def e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def chat_link(phone: str, text: str | None = None) -> ChatLink:
    """The ``https://wa.me/<digits>[?text=…]`` link for ``phone``; raises InvalidPhoneNumber."""
    canonical = e164(parse_number(phone))
    url = WA_ME + canonical.lstrip("+")
    if text:
        url += "?text=" + quote(text, safe="", encoding="utf-8")
    return ChatLink(url=url, e164=canonical)


def qr_code(url: str) -> segno.QRCode:
    """A QR code of ``url`` with medium error correction (survives a small logo or print wear)."""
    return segno.make_qr(url, error="m")


def qr_bytes(url: str, kind: str, *, colour: str = "#000000", scale: int = 8) -> bytes:
    """The QR code as ``png`` or ``svg`` bytes, dark modules in ``colour`` on white."""
    out = io.BytesIO()
    qr_code(url).save(out, kind=kind, scale=scale, border=4, dark=colour, light="#ffffff")
    return out.getvalue()


def save_qr(url: str, path: Path, *, colour: str = "#000000", scale: int = 8) -> None:
    """Write the QR code to ``path``: PNG or SVG chosen by the file's extension."""
    kind = path.suffix.lower().lstrip(".")
    if kind not in ("png", "svg"):
        raise ValueError(
            Phrase(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "ClickToChat",
                    "A QR code can be saved as .png or .svg, not “{name}”: change the file "
                    "name's ending.",
                ),
                {"name": path.name},
            ).render()
        )
    path.write_bytes(qr_bytes(url, kind, colour=colour, scale=scale))


def button_html(url: str, label: str = "Chat on WhatsApp", *, colour: str = WHATSAPP_GREEN) -> str:
    """A self-contained HTML snippet of a "Chat on WhatsApp" button for a website."""
    return (
        f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener" '
        f'style="display:inline-block;padding:10px 18px;border-radius:24px;'
        f"background:{html.escape(colour, quote=True)};color:#ffffff;font:600 15px/1.2 "
        f'system-ui,sans-serif;text-decoration:none">{html.escape(label)}</a>'
    )
