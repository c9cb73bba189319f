"""Draws one WhatsApp-style chat bubble from a :class:`BubbleSpec`.

The inbox's delegate and the template designer's preview both call this class, so a
template looks in the preview exactly as it will in the inbox. The body goes through
:func:`desktop.services.formatting.whatsapp_to_html` into ONE reused ``QTextDocument``
(the qutebrowser completion-delegate pattern); everything else is drawn with ``QPainter``.

Geometry is computed once per (spec, width) by :meth:`BubbleRenderer.layout`; ``size_for``
and ``paint`` both use it.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTextDocument,
    QTextOption,
)

from desktop.services.formatting import (
    DARK_MARKUP_COLORS,
    LIGHT_MARKUP_COLORS,
    QUOTE_BLOCK_STATE,
    whatsapp_to_html,
)
from desktop.ui.chat.bubble_spec import BubbleButton, BubbleHeader, BubbleSpec
from desktop.ui.chat.row_images import RowImages

_CONTEXT = "BubbleRenderer"

# Geometry in device-independent pixels.
OUTER_H = 10  # gap between the view's edge and the bubble's tail
OUTER_V = 3
TAIL = 8
PAD_H = 9
PAD_V = 6
RADIUS = 8.0
BUBBLE_MIN_MAX = 300  # the widest a bubble may grow on a narrow (phone-like) view
BUTTON_H = 38.0
BUTTON_GAP = 3.0
META_GAP = 10.0
TICK_W = 16.0
MEDIA_MAX_W = 330  # media bubbles stay phone-sized on a wide inbox
MAX_VISIBLE_BUTTONS = 3  # Meta: more than three → two shown plus "See all options"
_DOCUMENTS_KEPT = 160  # bodies kept laid out (a few screens of bubbles)
_LAYOUTS_KEPT = 400  # bubble geometries kept, per (spec, width)
STICKER = 140  # stickers are drawn on the chat background, phone-sized


@dataclass(frozen=True)
class BubbleColors:
    """WhatsApp's palette for one theme."""

    chat_background: str
    incoming: str
    outgoing: str
    text: str
    secondary: str
    button_text: str
    tick_read: str
    error: str
    quote_background_in: str
    quote_background_out: str
    quote_bar: str
    placeholder: str
    shadow: str
    reaction_background: str


LIGHT_COLORS = BubbleColors(
    chat_background="#efeae2",
    incoming="#ffffff",
    outgoing="#d9fdd3",
    text="#111b21",
    secondary="#667781",
    button_text="#027eb5",
    tick_read="#53bdeb",
    error="#ea0038",
    quote_background_in="#f5f6f6",
    quote_background_out="#d1f4cc",
    quote_bar="#06cf9c",
    placeholder="#dfe5e7",
    shadow="#21000000",
    reaction_background="#ffffff",
)

DARK_COLORS = BubbleColors(
    chat_background="#0b141a",
    incoming="#202c33",
    outgoing="#005c4b",
    text="#e9edef",
    secondary="#8696a0",
    button_text="#53bdeb",
    tick_read="#53bdeb",
    error="#f15c6d",
    quote_background_in="#1d282f",
    quote_background_out="#025144",
    quote_bar="#06cf9c",
    placeholder="#2a3942",
    shadow="#40000000",
    reaction_background="#202c33",
)

_BUTTON_GLYPHS = {
    "quick_reply": "\u21a9",  # ↩
    "url": "\u2197",  # ↗
    "phone": "\u260e",  # ☎
    "voice_call": "\u260e",
    "copy_code": "\u2750",  # ❐
    "otp": "\u2750",
    "list": "\u2630",  # ☰
    "flow": "\u2630",
    "catalog": "\u2630",
    "mpm": "\u2630",
    "spm": "\u2630",
    "app": "\u2197",
    "message": "\U0001f4ac",  # 💬
}

_MEDIA_GLYPHS = {
    "image": "\U0001f5bc",  # 🖼
    "video": "\u25b6",  # ▶
    "gif": "GIF",
    "document": "\U0001f4c4",  # 📄
    "location": "\U0001f4cd",  # 📍
    "product": "\U0001f6cd",  # 🛍
    "sticker": "\U0001f642",  # 🙂
}

_WIDE_MEDIA = ("image", "video", "gif", "location", "product")


def colors_for(theme: str) -> BubbleColors:
    return DARK_COLORS if theme == "dark" else LIGHT_COLORS


def media_label(kind: str) -> str:
    """The translated name of a header media kind, for placeholders."""
    labels = {
        "image": QCoreApplication.translate("BubbleRenderer", "Image"),
        "video": QCoreApplication.translate("BubbleRenderer", "Video"),
        "gif": QCoreApplication.translate("BubbleRenderer", "GIF"),
        "document": QCoreApplication.translate("BubbleRenderer", "Document"),
        "location": QCoreApplication.translate("BubbleRenderer", "Location"),
        "product": QCoreApplication.translate("BubbleRenderer", "Product"),
        "sticker": QCoreApplication.translate("BubbleRenderer", "Sticker"),
    }
    return labels.get(kind, kind)


def visible_buttons(buttons: tuple[BubbleButton, ...]) -> list[BubbleButton]:
    """The button rows WhatsApp shows: all up to three, else two and "See all options"."""
    if len(buttons) <= MAX_VISIBLE_BUTTONS:
        return list(buttons)
    see_all = QCoreApplication.translate("BubbleRenderer", "See all options")
    return [*buttons[: MAX_VISIBLE_BUTTONS - 1], BubbleButton(see_all, "list")]


@lru_cache(maxsize=512)
def _body_html(body: str, theme: str) -> str:
    return whatsapp_to_html(body, DARK_MARKUP_COLORS if theme == "dark" else LIGHT_MARKUP_COLORS)


@dataclass
class BubbleLayout:
    """Where each part of one bubble goes, relative to the item's top-left corner."""

    size: QSize
    bubble: QRectF
    html: str = ""
    content_width: float = 0.0
    text_width: float = 0.0  # the width the body document is painted at
    quote: QRectF | None = None
    media: QRectF | None = None
    header_text: QRectF | None = None
    body: QRectF | None = None
    footer: QRectF | None = None
    meta: QRectF = field(default_factory=QRectF)
    reaction: QRectF | None = None
    error: QRectF | None = None
    buttons: list[tuple[QRectF, BubbleButton]] = field(default_factory=list)


def _relative_geometry(lay: BubbleLayout, origin: QPointF) -> tuple[object, ...]:
    """Every part's place relative to ``origin``: equal tuples paint the same image."""

    def place(rect: QRectF | None) -> tuple[float, float, float, float] | None:
        if rect is None:
            return None
        return (rect.x() - origin.x(), rect.y() - origin.y(), rect.width(), rect.height())

    return (
        place(lay.bubble),
        lay.text_width,
        place(lay.quote),
        place(lay.media),
        place(lay.header_text),
        place(lay.body),
        place(lay.footer),
        place(lay.meta),
        place(lay.reaction),
        place(lay.error),
        tuple(place(rect) for rect, _button in lay.buttons),
    )


class BubbleRenderer:
    """Measures and paints chat bubbles; one instance per view (it owns a QTextDocument)."""

    def __init__(self, font: QFont | None = None) -> None:
        base = QFont(font) if font is not None else QFont(QGuiApplication.font())
        base.setPixelSize(14)
        self.body_font = base
        self.header_font = QFont(base)
        self.header_font.setPixelSize(15)
        self.header_font.setBold(True)
        self.footer_font = QFont(base)
        self.footer_font.setPixelSize(13)
        self.small_font = QFont(base)
        self.small_font.setPixelSize(11)
        self.button_font = QFont(base)
        self.button_font.setPixelSize(14)
        self.button_font.setWeight(QFont.Weight.Medium)
        self.glyph_font = QFont(base)
        self.glyph_font.setPixelSize(28)
        self._doc = self._new_document()
        self._doc_html: str | None = None
        # Recent bodies keep their laid-out document and recent bubbles their geometry: a
        # thread repaints (and a resize measures) the same bubbles again and again, and
        # parsing a body's HTML is most of what measuring or painting one costs.
        self._docs: OrderedDict[str, QTextDocument] = OrderedDict()
        self._layouts: OrderedDict[tuple[BubbleSpec, int], BubbleLayout] = OrderedDict()

    def _new_document(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.body_font)
        doc.setUndoRedoEnabled(False)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        return doc

    # -- measuring -------------------------------------------------------------------------

    def size_for(self, spec: BubbleSpec, max_width: int) -> QSize:
        """The item size that shows ``spec`` in a view ``max_width`` pixels wide."""
        return QSize(self.layout(spec, max_width).size)

    def _set_body(self, html: str, width: float) -> None:
        if html != self._doc_html:
            doc = self._docs.get(html)
            if doc is None:
                doc = self._new_document()
                doc.setHtml(html)
                self._docs[html] = doc
                if len(self._docs) > _DOCUMENTS_KEPT:
                    self._docs.popitem(last=False)
            else:
                self._docs.move_to_end(html)
            self._doc = doc
            self._doc_html = html
        if self._doc.textWidth() != width:
            self._doc.setTextWidth(width)

    def layout(self, spec: BubbleSpec, max_width: int) -> BubbleLayout:
        """Where each part of ``spec`` goes at ``max_width`` (kept for recent bubbles)."""
        try:
            key = (spec, max_width)
            cached = self._layouts.get(key)
        except TypeError:  # a spec holding something unhashable is laid out every time
            return self._layout(spec, max_width)
        if cached is not None:
            self._layouts.move_to_end(key)
            return cached
        lay = self._layout(spec, max_width)
        self._layouts[key] = lay
        if len(self._layouts) > _LAYOUTS_KEPT:
            self._layouts.popitem(last=False)
        return lay

    def _layout(self, spec: BubbleSpec, max_width: int) -> BubbleLayout:
        avail = max(120, max_width - 2 * OUTER_H - TAIL)
        bubble_max = min(avail, max(BUBBLE_MIN_MAX, int(avail * 0.72)))
        content_max = float(bubble_max - 2 * PAD_H)
        small = QFontMetricsF(self.small_font)
        foot_fm = QFontMetricsF(self.footer_font)
        head_fm = QFontMetricsF(self.header_font)
        button_fm = QFontMetricsF(self.button_font)
        header = spec.header
        media_kind = header.media_kind if header is not None else None
        header_text = header.text if header is not None and not media_kind else ""

        html = _body_html(spec.body, spec.theme) if spec.body else ""
        want = 48.0
        if html:
            self._set_body(html, content_max)
            want = max(want, math.ceil(self._doc.idealWidth()))
        if header_text:
            want = max(want, head_fm.horizontalAdvance(header_text) + 1)
        if spec.footer:
            want = max(want, foot_fm.horizontalAdvance(spec.footer) + 1)
        if spec.reply_quote:
            want = max(want, foot_fm.horizontalAdvance(spec.reply_quote) + 20)
        rows = visible_buttons(spec.buttons)
        for button in rows:
            glyph = _BUTTON_GLYPHS.get(button.kind, _BUTTON_GLYPHS["quick_reply"])
            want = max(want, button_fm.horizontalAdvance(f"{glyph}  {button.label}") + 24 - PAD_H)
        if media_kind in _WIDE_MEDIA:
            want = max(want, MEDIA_MAX_W - 2 * PAD_H)
        elif media_kind == "sticker":
            want = max(want, float(STICKER))
        elif media_kind:
            want = max(want, 200.0)
        meta_text = spec.time
        ticks = spec.direction == "out" and spec.status is not None
        meta_w = small.horizontalAdvance(meta_text) + (TICK_W + 3 if ticks else 0)
        want = max(want, meta_w)
        content_w = min(float(math.ceil(want)), content_max)

        # Time and ticks share the last text line when there is room, as on a phone.
        # The body stays laid out at content_max: its lines are no wider than the ideal
        # width, so a narrower bubble shows the same wrapping without a second layout.
        last_line = self._last_line_width(spec, html, content_w, content_max, foot_fm)
        inline_meta = False
        if meta_w > 0 and last_line is not None:
            need = last_line + META_GAP + meta_w
            if need <= content_w:
                inline_meta = True
            elif need <= content_max:
                content_w = float(math.ceil(need))
                inline_meta = True
        bubble_w = content_w + 2 * PAD_H

        lay = BubbleLayout(
            size=QSize(),
            bubble=QRectF(),
            html=html,
            content_width=content_w,
            # Painted in the bubble's own text column: the lines measured at content_max fit
            # in it (it is at least the body's ideal width), and a right-to-left paragraph
            # aligns to the bubble's edge, not to an edge beyond it.
            text_width=content_w,
        )
        y = float(PAD_V)
        if spec.reply_quote:
            text_h = foot_fm.boundingRect(
                QRectF(0, 0, content_w - 16, 1000),
                Qt.TextFlag.TextWordWrap,
                spec.reply_quote,
            ).height()
            text_h = min(text_h, foot_fm.lineSpacing() * 3)
            lay.quote = QRectF(PAD_H, y, content_w, text_h + 10)
            y += text_h + 10 + 5
        if media_kind in _WIDE_MEDIA:
            top = 3.0 if not spec.reply_quote else y
            media_w = bubble_w - 6
            ratio = 0.5 if media_kind == "location" else 9 / 16
            pixmap = header.pixmap if header is not None else None
            if pixmap is not None and not pixmap.isNull() and pixmap.width() > 0:
                ratio = min(1.25, max(0.4, pixmap.height() / pixmap.width()))
            lay.media = QRectF(3, top, media_w, round(media_w * ratio))
            y = top + lay.media.height() + 6
        elif media_kind == "sticker":
            lay.media = QRectF(PAD_H, y, STICKER, STICKER)
            y += STICKER + 4
        elif media_kind:
            lay.media = QRectF(PAD_H, y, content_w, 52)
            y += 52 + 6
        if header_text:
            h = head_fm.boundingRect(
                QRectF(0, 0, content_w, 10000), Qt.TextFlag.TextWordWrap, header_text
            ).height()
            lay.header_text = QRectF(PAD_H, y, content_w, h)
            y += h + 3
        if html:
            h = math.ceil(self._doc.size().height())
            lay.body = QRectF(PAD_H, y, content_w, h)
            y += h
        if spec.footer:
            y += 3
            h = foot_fm.boundingRect(
                QRectF(0, 0, content_w, 10000), Qt.TextFlag.TextWordWrap, spec.footer
            ).height()
            lay.footer = QRectF(PAD_H, y, content_w, h)
            y += h
        if meta_w > 0:
            line_h = small.height()
            if inline_meta:
                lay.meta = QRectF(PAD_H + content_w - meta_w, y - line_h + 1, meta_w, line_h)
            else:
                y += 2
                lay.meta = QRectF(PAD_H + content_w - meta_w, y, meta_w, line_h)
                y += line_h
        bubble_h = y + PAD_V

        # Place the bubble; everything above was relative to its top-left corner.
        left = float(OUTER_H + TAIL)
        if spec.direction == "out":
            left = max_width - OUTER_H - TAIL - bubble_w
        top = float(OUTER_V)
        lay.bubble = QRectF(left, top, bubble_w, bubble_h)
        for name in ("quote", "media", "header_text", "body", "footer"):
            rect = getattr(lay, name)
            if rect is not None:
                setattr(lay, name, rect.translated(left, top))
        if meta_w > 0:
            lay.meta = lay.meta.translated(left, top)
        y = top + bubble_h

        if spec.reaction:
            pill_w = foot_fm.horizontalAdvance(spec.reaction) + 16
            pill_w = max(pill_w, 28.0)
            x = left + 10 if spec.direction == "in" else left + bubble_w - 10 - pill_w
            lay.reaction = QRectF(x, y - 5, pill_w, 22)
            y += 19
        if spec.error:
            h = small.boundingRect(
                QRectF(0, 0, bubble_w - 18, 1000), Qt.TextFlag.TextWordWrap, spec.error
            ).height()
            lay.error = QRectF(left, y + 3, bubble_w, h)
            y += h + 3
        for button in rows:
            y += BUTTON_GAP
            lay.buttons.append((QRectF(left, y, bubble_w, BUTTON_H), button))
            y += BUTTON_H
        lay.size = QSize(max_width, math.ceil(y + OUTER_V))
        return lay

    def _last_line_width(
        self,
        spec: BubbleSpec,
        html: str,
        width: float,
        text_width: float,
        foot_fm: QFontMetricsF,
    ) -> float | None:
        """Width of the last text line (footer, else body), or None if there is no text."""
        if spec.footer:
            if "\n" in spec.footer:
                return None
            w = foot_fm.horizontalAdvance(spec.footer)
            return w if w <= width else None
        if not html:
            return None
        self._set_body(html, text_width)
        block = self._doc.lastBlock()
        block_layout = block.layout()
        if block_layout is None or block_layout.lineCount() == 0:
            return None
        if block.textDirection() == Qt.LayoutDirection.RightToLeft:
            return None  # the line ends on the left: the time goes below it, not over it
        line = block_layout.lineAt(block_layout.lineCount() - 1)
        return block.blockFormat().leftMargin() + line.naturalTextWidth()

    # -- painting --------------------------------------------------------------------------

    def paint(self, painter: QPainter, rect: QRectF, spec: BubbleSpec) -> None:
        """Draw ``spec`` in ``rect`` (the item rectangle of a view, or a preview)."""
        rect = QRectF(rect)
        lay = self.layout(spec, int(rect.width()))
        self._paint_laid_out(painter, rect.topLeft(), lay, spec)

    def paint_kept(
        self, painter: QPainter, rect: QRectF, spec: BubbleSpec, images: RowImages
    ) -> None:
        """:meth:`paint`, copied from ``images`` when this bubble was painted before.

        The image covers the bubble and what hangs off it (tail, reaction, buttons), not
        the row: a bubble whose geometry inside it is the same at another width (a short
        message, or any message on the other side of a resize) is the same image.
        """
        rect = QRectF(rect)
        lay = self.layout(spec, int(rect.width()))
        area = self._painted_area(lay)
        origin = QPointF(math.floor(area.left()), math.floor(area.top()))
        size = QSize(
            max(1, math.ceil(area.right() - origin.x())),
            max(1, math.ceil(area.bottom() - origin.y())),
        )
        try:
            look = (spec, _relative_geometry(lay, origin))
            hash(look)
        except TypeError:  # a spec holding something unhashable is painted every time
            self._paint_laid_out(painter, rect.topLeft(), lay, spec)
            return
        images.draw(
            painter,
            look,
            rect.topLeft() + origin,
            size,
            lambda inner: self._paint_laid_out(inner, -origin, lay, spec),
        )

    @staticmethod
    def _painted_area(lay: BubbleLayout) -> QRectF:
        """Everything a bubble paints, in item coordinates, with room for the tail and pens."""
        area = lay.bubble.adjusted(-TAIL - 2, -2, TAIL + 2, 3)
        for part in (lay.quote, lay.media, lay.header_text, lay.body, lay.footer, lay.reaction):
            if part is not None:
                area = area.united(part)
        if lay.error is not None:
            area = area.united(lay.error)
        if not lay.meta.isEmpty():
            area = area.united(lay.meta)
        for button_rect, _button in lay.buttons:
            area = area.united(button_rect)
        return area.adjusted(-2, -2, 2, 2)

    def _paint_laid_out(
        self, painter: QPainter, origin: QPointF, lay: BubbleLayout, spec: BubbleSpec
    ) -> None:
        colors = colors_for(spec.theme)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.translate(origin)
        fill = QColor(colors.outgoing if spec.direction == "out" else colors.incoming)

        sticker = spec.header is not None and spec.header.media_kind == "sticker"
        if not sticker or spec.body or spec.reply_quote:
            path = self._bubble_path(lay.bubble, spec.direction)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colors.shadow))
            bubble = lay.bubble  # shadow: only the bottom edge shows, so fill just a strip
            painter.drawRoundedRect(
                QRectF(bubble.left(), bubble.bottom() + 1 - 2 * RADIUS, bubble.width(), 2 * RADIUS),
                RADIUS,
                RADIUS,
            )
            painter.setBrush(fill)
            painter.drawPath(path)

        if lay.quote is not None and spec.reply_quote:
            self._paint_quote(painter, lay.quote, spec, colors)
        if lay.media is not None and spec.header is not None:
            self._paint_media(painter, lay.media, spec, colors)
        if lay.header_text is not None and spec.header is not None:
            painter.setFont(self.header_font)
            painter.setPen(QColor(colors.text))
            painter.drawText(lay.header_text, Qt.TextFlag.TextWordWrap, spec.header.text)
        if lay.body is not None:
            self._paint_body(painter, lay, colors)
        if lay.footer is not None:
            painter.setFont(self.footer_font)
            painter.setPen(QColor(colors.secondary))
            painter.drawText(lay.footer, Qt.TextFlag.TextWordWrap, spec.footer)
        if not lay.meta.isEmpty():
            self._paint_meta(painter, lay.meta, spec, colors)
        if lay.reaction is not None and spec.reaction:
            self._paint_reaction(painter, lay.reaction, spec.reaction, colors)
        if lay.error is not None and spec.error:
            self._paint_error(painter, lay.error, spec.error, colors)
        for button_rect, button in lay.buttons:
            self._paint_button(painter, button_rect, button, fill, colors)
        painter.restore()

    @staticmethod
    def _bubble_path(bubble: QRectF, direction: str) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(bubble, RADIUS, RADIUS)
        tail = QPainterPath()
        if direction == "out":
            x = bubble.right()
            tail.moveTo(x - RADIUS, bubble.top())
            tail.lineTo(x + TAIL, bubble.top())
            tail.quadTo(x + 1, bubble.top() + 2, x, bubble.top() + TAIL + 5)
            tail.lineTo(x - RADIUS, bubble.top() + TAIL + 5)
        else:
            x = bubble.left()
            tail.moveTo(x + RADIUS, bubble.top())
            tail.lineTo(x - TAIL, bubble.top())
            tail.quadTo(x - 1, bubble.top() + 2, x, bubble.top() + TAIL + 5)
            tail.lineTo(x + RADIUS, bubble.top() + TAIL + 5)
        tail.closeSubpath()
        return path.united(tail)

    def _paint_body(self, painter: QPainter, lay: BubbleLayout, colors: BubbleColors) -> None:
        assert lay.body is not None
        self._set_body(lay.html, lay.text_width)
        painter.save()
        painter.translate(lay.body.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(context.palette)
        palette.setColor(QPalette.ColorRole.Text, QColor(colors.text))
        context.palette = palette
        doc_layout = self._doc.documentLayout()
        doc_layout.draw(painter, context)
        # WhatsApp's bar beside quoted lines.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colors.secondary))
        block = self._doc.begin()
        while block.isValid():
            if block.userState() == QUOTE_BLOCK_STATE:
                box = doc_layout.blockBoundingRect(block)
                painter.drawRoundedRect(QRectF(1, box.top() + 1, 3, box.height() - 2), 1.5, 1.5)
            block = block.next()
        painter.restore()

    def _paint_quote(
        self, painter: QPainter, rect: QRectF, spec: BubbleSpec, colors: BubbleColors
    ) -> None:
        back = (
            colors.quote_background_out if spec.direction == "out" else colors.quote_background_in
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(back))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setBrush(QColor(colors.quote_bar))
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        painter.setFont(self.footer_font)
        painter.setPen(QColor(colors.secondary))
        text_rect = rect.adjusted(10, 5, -6, -5)
        fm = QFontMetricsF(self.footer_font)
        lines = int(max(1, text_rect.height() // fm.lineSpacing()))
        text = spec.reply_quote or ""
        if lines == 1:
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.save()
        painter.setClipRect(text_rect)
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, text)
        painter.restore()

    def _paint_media(
        self, painter: QPainter, rect: QRectF, spec: BubbleSpec, colors: BubbleColors
    ) -> None:
        header = spec.header
        assert header is not None
        kind = header.media_kind or "image"
        clip = QPainterPath()
        clip.addRoundedRect(rect, 6, 6)
        painter.save()
        painter.setClipPath(clip)
        pixmap = header.pixmap
        if kind == "sticker":
            self._paint_sticker(painter, rect, header, colors)
            painter.restore()
            return
        if kind in _WIDE_MEDIA and pixmap is not None and not pixmap.isNull():
            scaled = pixmap.scaled(
                rect.size().toSize(),
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = rect.left() + (rect.width() - scaled.width()) / 2
            y = rect.top() + (rect.height() - scaled.height()) / 2
            painter.drawPixmap(QPointF(x, y), scaled)
        else:
            painter.fillRect(rect, QColor(colors.placeholder))
            glyph = _MEDIA_GLYPHS.get(kind, "?")
            label = header.placeholder or media_label(kind)
            painter.setPen(QColor(colors.secondary))
            if kind in _WIDE_MEDIA:
                painter.setFont(self.glyph_font)
                glyph_rect = QRectF(rect.left(), rect.center().y() - 30, rect.width(), 36)
                painter.drawText(glyph_rect, Qt.AlignmentFlag.AlignCenter, glyph)
                painter.setFont(self.footer_font)
                label_rect = QRectF(rect.left() + 8, rect.center().y() + 8, rect.width() - 16, 20)
                painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, label)
            else:
                painter.setFont(self.header_font)
                painter.drawText(
                    QRectF(rect.left() + 8, rect.top(), 28, rect.height()),
                    Qt.AlignmentFlag.AlignVCenter,
                    glyph,
                )
                painter.setFont(self.footer_font)
                painter.setPen(QColor(colors.text))
                fm = QFontMetricsF(self.footer_font)
                text = fm.elidedText(label, Qt.TextElideMode.ElideMiddle, rect.width() - 48)
                painter.drawText(
                    QRectF(rect.left() + 40, rect.top(), rect.width() - 48, rect.height()),
                    Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
        if kind == "video" and pixmap is not None and not pixmap.isNull():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 110))
            painter.drawEllipse(rect.center(), 24, 24)
            painter.setFont(self.glyph_font)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, _MEDIA_GLYPHS["video"])
        painter.restore()

    def _paint_sticker(
        self, painter: QPainter, rect: QRectF, header: BubbleHeader, colors: BubbleColors
    ) -> None:
        """The sticker itself (its first frame when animated), or a sticker-shaped stand-in."""
        pixmap = header.pixmap
        if pixmap is not None and not pixmap.isNull():
            scaled = pixmap.scaled(
                rect.size().toSize(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = rect.left() + (rect.width() - scaled.width()) / 2
            y = rect.top() + (rect.height() - scaled.height()) / 2
            painter.drawPixmap(QPointF(x, y), scaled)
            return
        painter.setPen(QPen(QColor(colors.secondary), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(colors.placeholder))
        painter.drawRoundedRect(rect.adjusted(8, 8, -8, -8), 28, 28)
        painter.setFont(self.glyph_font)
        painter.setPen(QColor(colors.secondary))
        glyph_rect = QRectF(rect.left(), rect.center().y() - 30, rect.width(), 36)
        painter.drawText(glyph_rect, Qt.AlignmentFlag.AlignCenter, _MEDIA_GLYPHS["sticker"])
        painter.setFont(self.footer_font)
        label_rect = QRectF(rect.left() + 12, rect.center().y() + 8, rect.width() - 24, 20)
        painter.drawText(
            label_rect,
            Qt.AlignmentFlag.AlignCenter,
            header.placeholder or media_label("sticker"),
        )

    def _paint_meta(
        self, painter: QPainter, rect: QRectF, spec: BubbleSpec, colors: BubbleColors
    ) -> None:
        painter.setFont(self.small_font)
        painter.setPen(QColor(colors.secondary))
        ticks = spec.direction == "out" and spec.status is not None
        text_rect = rect.adjusted(0, 0, -(TICK_W + 3) if ticks else 0, 0)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, spec.time
        )
        if ticks and spec.status is not None:
            box = QRectF(rect.right() - TICK_W, rect.center().y() - 5.5, TICK_W, 11)
            self.paint_status(painter, box, spec.status, colors)

    @staticmethod
    def paint_status(painter: QPainter, box: QRectF, status: str, colors: BubbleColors) -> None:
        """Ticks for ``status`` inside ``box`` (about 16×11 px)."""
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        grey = QColor(colors.secondary)
        if status in ("sent", "delivered", "read"):
            color = QColor(colors.tick_read) if status == "read" else grey
            pen = QPen(color, 1.5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            offsets = (0.0,) if status == "sent" else (0.0, 4.5)
            for dx in offsets:
                left = box.left() + dx + (2.0 if status == "sent" else 0.0)
                check = QPainterPath()
                check.moveTo(left, box.top() + 6)
                check.lineTo(left + 3, box.top() + 9)
                check.lineTo(left + 10, box.top() + 1.5)
                painter.drawPath(check)
        elif status in ("queued", "sending", "accepted"):
            pen = QPen(grey, 1.2)
            painter.setPen(pen)
            center = QPointF(box.center().x(), box.center().y())
            painter.drawEllipse(center, 5, 5)
            painter.drawLine(center, QPointF(center.x(), center.y() - 3.2))
            painter.drawLine(center, QPointF(center.x() + 2.5, center.y()))
        else:  # failed, uncertain, or something new: a round mark
            color = QColor(colors.error) if status == "failed" else grey
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            center = QPointF(box.center().x(), box.center().y())
            painter.drawEllipse(center, 5.5, 5.5)
            painter.setPen(QColor("#ffffff"))
            font = QFont(painter.font())
            font.setPixelSize(9)
            font.setBold(True)
            painter.setFont(font)
            mark = "!" if status == "failed" else "?"
            painter.drawText(
                QRectF(center.x() - 5.5, center.y() - 5.5, 11, 11),
                Qt.AlignmentFlag.AlignCenter,
                mark,
            )
        painter.restore()

    def _paint_reaction(
        self, painter: QPainter, rect: QRectF, emoji: str, colors: BubbleColors
    ) -> None:
        painter.setPen(QPen(QColor(colors.chat_background), 2))
        painter.setBrush(QColor(colors.reaction_background))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setFont(self.footer_font)
        painter.setPen(QColor(colors.text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, emoji)

    def _paint_error(
        self, painter: QPainter, rect: QRectF, text: str, colors: BubbleColors
    ) -> None:
        self.paint_status(painter, QRectF(rect.left(), rect.top() + 1, 12, 11), "failed", colors)
        painter.setFont(self.small_font)
        painter.setPen(QColor(colors.error))
        painter.drawText(rect.adjusted(16, 0, 0, 0), Qt.TextFlag.TextWordWrap, text)

    def _paint_button(
        self,
        painter: QPainter,
        rect: QRectF,
        button: BubbleButton,
        fill: QColor,
        colors: BubbleColors,
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colors.shadow))
        painter.drawRoundedRect(
            QRectF(rect.left(), rect.bottom() + 1 - 2 * RADIUS, rect.width(), 2 * RADIUS),
            RADIUS,
            RADIUS,
        )
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        glyph = _BUTTON_GLYPHS.get(button.kind, _BUTTON_GLYPHS["quick_reply"])
        fm = QFontMetricsF(self.button_font)
        label = fm.elidedText(button.label, Qt.TextElideMode.ElideRight, rect.width() - 48)
        painter.setFont(self.button_font)
        painter.setPen(QColor(colors.button_text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{glyph}  {label}")
