"""What one chat bubble shows, as plain data.

The inbox's message model and the template designer's preview both describe a message as a
:class:`BubbleSpec`; :class:`~desktop.ui.chat.bubble_renderer.BubbleRenderer` draws it. The
spec holds no Qt state except an optional header pixmap, so models can build and cache
specs cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtGui import QPixmap

if TYPE_CHECKING:  # the inbox imports this module; keep the template services out of it
    from desktop.services.templates.sample import SampleMessage

Direction = Literal["in", "out"]
Theme = Literal["light", "dark"]

#: Statuses that draw something in the bubble's corner (outgoing messages only).
STATUSES = (
    "queued",
    "sending",
    "accepted",
    "sent",
    "delivered",
    "read",
    "failed",
    "uncertain",
)

#: Button kinds the renderer has a glyph for; anything else draws like a quick reply.
BUTTON_KINDS = (
    "quick_reply",
    "url",
    "phone",
    "copy_code",
    "otp",
    "list",
    "flow",
    "voice_call",
    "catalog",
    "mpm",
    "spm",
    "app",
    "message",
)

#: Header media kinds; drawn as the pixmap if given, else as a placeholder.
MEDIA_KINDS = ("image", "video", "gif", "document", "location", "product", "sticker")


@dataclass(frozen=True)
class BubbleButton:
    """A template or interactive button, drawn as a row under the bubble."""

    label: str
    kind: str = "quick_reply"


@dataclass(frozen=True, eq=False)
class BubbleHeader:
    """A text header, or a media header (``media_kind``) with an optional picture."""

    text: str = ""
    media_kind: str | None = None
    pixmap: QPixmap | None = None
    #: Shown on a media placeholder or beside a document icon (e.g. a file name).
    placeholder: str = ""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BubbleHeader):
            return NotImplemented
        return (
            self.text == other.text
            and self.media_kind == other.media_kind
            and self.placeholder == other.placeholder
            and self.pixmap is other.pixmap
        )

    def __hash__(self) -> int:
        return hash((self.text, self.media_kind, self.placeholder, id(self.pixmap)))


@dataclass(frozen=True)
class BubbleSpec:
    """Everything one message bubble shows."""

    body: str = ""
    direction: Direction = "in"
    header: BubbleHeader | None = None
    footer: str = ""
    buttons: tuple[BubbleButton, ...] = ()
    time: str = ""
    status: str | None = None
    reply_quote: str | None = None
    reaction: str | None = None
    error: str | None = None
    theme: Theme = "light"


def spec_from_sample(
    sample: SampleMessage,
    *,
    direction: Direction = "out",
    time: str = "",
    status: str | None = None,
    theme: Theme = "light",
    header_pixmap: QPixmap | None = None,
    header_placeholder: str = "",
) -> BubbleSpec:
    """The bubble for a rendered template (designer preview and inbox alike)."""
    header: BubbleHeader | None = None
    if sample.header_media_kind:
        header = BubbleHeader(
            media_kind=sample.header_media_kind,
            pixmap=header_pixmap,
            placeholder=header_placeholder,
        )
    elif sample.header_text:
        header = BubbleHeader(text=sample.header_text)
    return BubbleSpec(
        body=sample.body,
        direction=direction,
        header=header,
        footer=sample.footer,
        buttons=tuple(BubbleButton(b.label, b.kind) for b in sample.buttons),
        time=time,
        status=status,
        theme=theme,
    )
