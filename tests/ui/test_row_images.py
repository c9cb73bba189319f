"""Rows painted once and copied after: the same pixels, a new image for every new look.

A bubble or a conversation row copied from its kept image must look exactly as painting it
would; anything the row shows changing (a tick, a count, the selection, the width it wraps
at) must paint a new image, never show the old one.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyleOptionViewItem

from desktop.services.inbox import ConversationRow
from desktop.ui.chat import (
    BUBBLE_KEY_ROLE,
    BUBBLE_SPEC_ROLE,
    BubbleDelegate,
    BubbleSpec,
    colors_for,
)
from desktop.ui.chat.bubble_renderer import BubbleRenderer
from desktop.ui.chat.row_images import RowImages
from desktop.ui.inbox.conversation_delegate import ConversationDelegate
from desktop.ui.inbox.conversation_model import ROW_ROLE

LONG = "Could you move my booking to Friday at seven? " * 4


def canvas(size: QSize, colour: str) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(colour))
    return image


def differing_pixels(a: QImage, b: QImage, tolerance: int = 3) -> int:
    """Pixels whose channels differ by more than ``tolerance`` (edge rounding aside)."""
    assert a.size() == b.size()
    found = 0
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            if (
                max(abs(p.red() - q.red()), abs(p.green() - q.green()), abs(p.blue() - q.blue()))
                > tolerance
            ):
                found += 1
    return found


def bubble_both_ways(spec: BubbleSpec, width: int) -> tuple[QImage, QImage, RowImages]:
    renderer = BubbleRenderer()
    size = QSize(width, renderer.size_for(spec, width).height())
    background = colors_for(spec.theme).chat_background
    direct, kept = canvas(size, background), canvas(size, background)
    images = RowImages()
    painter = QPainter(direct)
    renderer.paint(painter, QRectF(0, 0, size.width(), size.height()), spec)
    painter.end()
    painter = QPainter(kept)
    renderer.paint_kept(painter, QRectF(0, 0, size.width(), size.height()), spec, images)
    painter.end()
    return direct, kept, images


def test_a_kept_bubble_looks_as_a_painted_one(qapp: QApplication) -> None:
    del qapp
    specs = [
        BubbleSpec(body="Hello *there* 😀", time="10:00"),
        BubbleSpec(
            body="明日の予約を変更できますか？\n" + LONG,
            direction="out",
            status="read",
            time="10:01",
            reply_quote="Your table is ready",
            reaction="👍",
        ),
        BubbleSpec(body="Sent?", direction="out", status="failed", time="9:59", error="Not sent"),
        BubbleSpec(body="Dark", theme="dark", direction="out", status="delivered", time="8:00"),
    ]
    for spec in specs:
        direct, kept, images = bubble_both_ways(spec, 560)
        assert images.painted == 1
        # Compositing an image antialiased on transparency rounds edge pixels a little.
        assert differing_pixels(direct, kept) <= direct.width() * direct.height() // 200, spec


def test_a_bubble_is_painted_once_per_look_and_again_when_it_changes(
    qapp: QApplication,
) -> None:
    del qapp
    renderer = BubbleRenderer()
    images = RowImages()
    target = canvas(QSize(700, 400), "#efeae2")
    painter = QPainter(target)
    sent = BubbleSpec(body="See you at seven", direction="out", status="sent", time="10:00")
    long = BubbleSpec(body=LONG, time="10:02")
    try:
        for width in (600, 600, 640):  # a short bubble is the same image at another width
            renderer.paint_kept(painter, QRectF(0, 0, width, 60), sent, images)
        assert (images.painted, images.copied) == (1, 2)
        renderer.paint_kept(painter, QRectF(0, 0, 600, 60), replace(sent, status="read"), images)
        assert images.painted == 2  # the ticks changed: a new image, not the old one
        renderer.paint_kept(painter, QRectF(0, 100, 600, 200), long, images)
        renderer.paint_kept(painter, QRectF(0, 100, 700, 200), long, images)
        assert images.painted == 4  # a long body wraps at another width: painted again
    finally:
        painter.end()


def test_images_are_kept_within_their_budget(qapp: QApplication) -> None:
    del qapp
    images = RowImages(budget=200 * 100 * 4 * 3)  # three 200×100 images
    target = canvas(QSize(10, 10), "#ffffff")
    painter = QPainter(target)
    try:
        for n in range(5):
            images.draw(
                painter, ("row", n), target.rect().topLeft(), QSize(200, 100), lambda p: None
            )
        assert len(images) == 3 and images.bytes_kept <= images.budget
        images.draw(painter, ("row", 0), target.rect().topLeft(), QSize(200, 100), lambda p: None)
        assert images.painted == 6  # the oldest went first and is painted again
    finally:
        painter.end()


def conversation(**changes: object) -> ConversationRow:
    row = ConversationRow(
        id=7,
        phone_number_id="111",
        number_label="Tokyo",
        waba_name=None,
        contact_name="佐藤 花子",
        contact_wa_id="819012345678",
        contact_user_id=None,
        username=None,
        last_message_ts=1_700_000_000,
        last_message_preview="明日の予約",
        unread_count=2,
        window_closes_at=None,
    )
    return replace(row, **changes)  # type: ignore[arg-type]


def paint_conversation(
    delegate: ConversationDelegate, view: QListView, row: ConversationRow, selected: bool
) -> QImage:
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData(row, ROW_ROLE)
    model.appendRow(item)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 360, 88)
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    image = canvas(QSize(360, 88), "#ffffff")
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    assert len(delegate.failures) == 0
    return image


def test_a_conversation_row_is_copied_until_what_it_shows_changes(qapp: QApplication) -> None:
    del qapp
    view = QListView()
    delegate = ConversationDelegate(view)
    first = paint_conversation(delegate, view, conversation(), False)
    again = paint_conversation(delegate, view, conversation(), False)
    assert (delegate.images.painted, delegate.images.copied) == (1, 1)
    assert differing_pixels(first, again, tolerance=0) == 0
    read = paint_conversation(delegate, view, conversation(unread_count=0), False)
    selected = paint_conversation(delegate, view, conversation(unread_count=0), True)
    assert delegate.images.painted == 3
    assert differing_pixels(first, read) > 0 and differing_pixels(read, selected) > 0
    # A row holding something that cannot be a key (a damaged value) is painted, not kept.
    odd = conversation(waba_name=["not", "hashable"])
    paint_conversation(delegate, view, odd, False)
    assert delegate.images.painted == 3


def test_the_bubble_delegate_paints_from_its_images(qapp: QApplication) -> None:
    del qapp
    model = QStandardItemModel()
    for n in range(3):
        item = QStandardItem()
        item.setData(BubbleSpec(body=f"message {n}", time="10:0{n}"), BUBBLE_SPEC_ROLE)
        item.setData(n, BUBBLE_KEY_ROLE)
        model.appendRow(item)
    view = QListView()
    delegate = BubbleDelegate(view)
    view.setItemDelegate(delegate)
    view.setModel(model)
    view.resize(420, 300)
    view.grab()
    view.grab()
    assert delegate.images.painted == 3 and delegate.images.copied >= 3
    model.item(1).setData(
        BubbleSpec(body="message 1", time="10:01", reaction="❤"), BUBBLE_SPEC_ROLE
    )
    view.grab()
    assert delegate.images.painted == 4  # the row with a new reaction, and only that one
