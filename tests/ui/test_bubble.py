"""The shared chat bubble: sizes, buttons, ticks, colours, the delegate's cache, the preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.ui.chat import (
    BUBBLE_KEY_ROLE,
    BUBBLE_SPEC_ROLE,
    DARK_COLORS,
    LIGHT_COLORS,
    BubbleButton,
    BubbleDelegate,
    BubbleHeader,
    BubblePreview,
    BubbleRenderer,
    BubbleSpec,
    colors_for,
)

WIDTH = 420


@pytest.fixture
def renderer(qapp: object) -> BubbleRenderer:
    del qapp
    return BubbleRenderer()


def render(renderer: BubbleRenderer, spec: BubbleSpec, width: int = WIDTH) -> QImage:
    size = renderer.size_for(spec, width)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor(colors_for(spec.theme).chat_background))
    painter = QPainter(image)
    renderer.paint(painter, QRectF(0, 0, size.width(), size.height()), spec)
    painter.end()
    return image


def count_colour(image: QImage, rect: QRectF, colour: str, tolerance: int = 40) -> int:
    target = QColor(colour)
    found = 0
    r = rect.toAlignedRect().intersected(image.rect())
    for x in range(r.left(), r.right() + 1):
        for y in range(r.top(), r.bottom() + 1):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - target.red())
                + abs(c.green() - target.green())
                + abs(c.blue() - target.blue())
                <= tolerance
            ):
                found += 1
    return found


def test_height_grows_with_text(renderer: BubbleRenderer) -> None:
    short = renderer.size_for(BubbleSpec(body="Hi", time="10:00"), WIDTH)
    medium = renderer.size_for(BubbleSpec(body="Hello there " * 10, time="10:00"), WIDTH)
    long = renderer.size_for(BubbleSpec(body="Hello there " * 60, time="10:00"), WIDTH)
    assert short.height() < medium.height() < long.height()
    assert short.width() == medium.width() == WIDTH


def test_narrower_view_means_taller_bubble(renderer: BubbleRenderer) -> None:
    spec = BubbleSpec(body="word " * 200, time="10:00")
    assert renderer.size_for(spec, 300).height() > renderer.size_for(spec, 900).height()


def test_bubble_width_hugs_short_text_and_sits_on_its_side(renderer: BubbleRenderer) -> None:
    short = renderer.layout(BubbleSpec(body="Hi", time="10:00"), WIDTH)
    long = renderer.layout(BubbleSpec(body="Hello there " * 20, time="10:00"), WIDTH)
    assert short.bubble.width() < long.bubble.width()
    out = renderer.layout(BubbleSpec(body="Hi", time="10:00", direction="out"), WIDTH)
    assert short.bubble.left() < WIDTH / 2 < out.bubble.right()


def test_short_text_puts_time_on_the_same_line(renderer: BubbleRenderer) -> None:
    one_line = renderer.size_for(BubbleSpec(body="Hi", time="10:00"), WIDTH).height()
    text_only = renderer.size_for(BubbleSpec(body="Hi"), WIDTH).height()
    assert one_line == text_only
    # a last line too full for the time pushes it onto a row of its own
    full = "x" * 10 + " word" * 200
    lay = renderer.layout(BubbleSpec(body=full), WIDTH)
    assert lay.body is not None
    wrapped_full = renderer.size_for(BubbleSpec(body=full, time="10:00"), WIDTH).height()
    assert wrapped_full >= lay.size.height()


def test_japanese_text_wraps_and_draws(renderer: BubbleRenderer, tmp_path: Path) -> None:
    spec = BubbleSpec(body="こんにちは、田中さん。ご注文は発送されました。" * 6, time="9:41")
    lay = renderer.layout(spec, 360)
    assert lay.body is not None and lay.body.height() > 40  # wrapped to several lines
    image = render(renderer, spec, 360)
    image.save(str(tmp_path / "japanese.png"))
    assert count_colour(image, lay.body, LIGHT_COLORS.text, tolerance=120) > 200


@pytest.mark.parametrize(("count", "rows"), [(0, 0), (1, 1), (2, 2), (3, 3), (4, 3), (10, 3)])
def test_buttons_shown(renderer: BubbleRenderer, count: int, rows: int) -> None:
    buttons = tuple(BubbleButton(f"Option {i}", "quick_reply") for i in range(count))
    lay = renderer.layout(BubbleSpec(body="Pick one", buttons=buttons), WIDTH)
    assert len(lay.buttons) == rows
    labels = [b.label for _, b in lay.buttons]
    if count > 3:
        assert labels == ["Option 0", "Option 1", "See all options"]
        assert lay.buttons[-1][1].kind == "list"
    else:
        assert labels == [f"Option {i}" for i in range(count)]
    for rect, _ in lay.buttons:
        assert rect.top() >= lay.bubble.bottom()
        assert rect.width() == lay.bubble.width()


def test_buttons_add_height(renderer: BubbleRenderer) -> None:
    plain = renderer.size_for(BubbleSpec(body="Pick"), WIDTH).height()
    two = renderer.size_for(
        BubbleSpec(body="Pick", buttons=(BubbleButton("A"), BubbleButton("B", "url"))), WIDTH
    ).height()
    assert two >= plain + 2 * 38


def meta_image(renderer: BubbleRenderer, status: str | None, theme: str = "light") -> tuple:
    spec = BubbleSpec(body="Hello", time="10:00", direction="out", status=status, theme=theme)
    lay = renderer.layout(spec, WIDTH)
    tick_box = QRectF(lay.meta.right() - 17, lay.meta.top() - 1, 18, lay.meta.height() + 2)
    return render(renderer, spec), tick_box


def test_ticks_per_status(renderer: BubbleRenderer) -> None:
    grey = LIGHT_COLORS.secondary
    blue = LIGHT_COLORS.tick_read
    red = LIGHT_COLORS.error
    counts = {}
    for status in (None, "queued", "sent", "delivered", "read", "failed", "uncertain"):
        image, box = meta_image(renderer, status)
        counts[status] = (
            count_colour(image, box, grey, 60),
            count_colour(image, box, blue, 60),
            count_colour(image, box, red, 60),
        )
    assert counts[None][1:] == (0, 0)
    assert counts["sent"][0] > 0 and counts["sent"][1] == 0
    assert counts["delivered"][0] > counts["sent"][0] * 1.4  # two ticks, not one
    assert counts["read"][1] > counts["sent"][0] and counts["read"][0] < counts["read"][1]
    assert counts["failed"][2] > 20 and counts["failed"][1] == 0
    assert counts["queued"][0] > 0 and counts["queued"][1] == 0 and counts["queued"][2] == 0
    assert counts["uncertain"][0] > 20 and counts["uncertain"][2] == 0


def test_incoming_messages_have_no_ticks(renderer: BubbleRenderer) -> None:
    with_status = renderer.layout(BubbleSpec(body="x", time="10:00", status="read"), WIDTH)
    without = renderer.layout(BubbleSpec(body="x", time="10:00"), WIDTH)
    assert with_status.meta.width() == without.meta.width()


@pytest.mark.parametrize(
    ("theme", "direction", "colour"),
    [
        ("light", "in", LIGHT_COLORS.incoming),
        ("light", "out", LIGHT_COLORS.outgoing),
        ("dark", "in", DARK_COLORS.incoming),
        ("dark", "out", DARK_COLORS.outgoing),
    ],
)
def test_preview_colours(
    qtbot: QtBot, theme: str, direction: str, colour: str, tmp_path: Path
) -> None:
    preview = BubblePreview()
    qtbot.addWidget(preview)
    spec = BubbleSpec(
        body="*Hello* _world_ 日本語",
        footer="Reply STOP to opt out",
        direction=direction,  # type: ignore[arg-type]
        time="12:30",
        status="read",
        theme=theme,  # type: ignore[arg-type]
    )
    preview.setSpec(spec)
    preview.resize(360, preview.heightForWidth(360))
    image = preview.grab().toImage()
    image.save(str(tmp_path / f"preview_{theme}_{direction}.png"))
    background = QColor(colors_for(theme).chat_background)
    assert image.pixelColor(2, 2) == background
    lay = preview.renderer.layout(spec, 360)
    inside = lay.bubble.translated(0, 8)
    x = int(inside.left() + 3)
    y = int(inside.bottom() - 3)
    assert image.pixelColor(x, y) == QColor(colour)


def test_header_media_placeholder_and_pixmap(renderer: BubbleRenderer) -> None:
    from PySide6.QtGui import QPixmap

    placeholder = BubbleSpec(header=BubbleHeader(media_kind="image"), body="Sale")
    lay = renderer.layout(placeholder, WIDTH)
    assert lay.media is not None and lay.body is not None
    assert lay.media.bottom() <= lay.body.top()
    image = render(renderer, placeholder)
    assert count_colour(image, lay.media, LIGHT_COLORS.placeholder, 6) > lay.media.width() * 20

    pixmap = QPixmap(200, 100)
    pixmap.fill(QColor("#ff0000"))
    with_picture = BubbleSpec(header=BubbleHeader(media_kind="image", pixmap=pixmap), body="Sale")
    lay = renderer.layout(with_picture, WIDTH)
    assert lay.media is not None
    assert abs(lay.media.height() / lay.media.width() - 0.5) < 0.02
    image = render(renderer, with_picture)
    assert (
        count_colour(image, lay.media, "#ff0000", 10) > lay.media.width() * lay.media.height() * 0.8
    )


def test_reply_quote_reaction_and_error_take_space(renderer: BubbleRenderer) -> None:
    base = BubbleSpec(body="Sure", time="10:00", direction="out", status="failed")
    full = BubbleSpec(
        body="Sure",
        time="10:00",
        direction="out",
        status="failed",
        reply_quote="Can you deliver tomorrow?",
        reaction="👍",
        error="Not delivered. Check the number and try again.",
    )
    a = renderer.layout(base, WIDTH)
    b = renderer.layout(full, WIDTH)
    assert b.quote is not None and b.reaction is not None and b.error is not None
    assert b.size.height() > a.size.height() + 40
    image = render(renderer, full)
    assert count_colour(image, b.error, LIGHT_COLORS.error, 60) > 20
    assert count_colour(image, b.quote, LIGHT_COLORS.quote_bar, 30) > 10


def test_quote_lines_get_a_bar(renderer: BubbleRenderer) -> None:
    quoted = BubbleSpec(body="> quoted", theme="light")
    plain = BubbleSpec(body="quoted", theme="light")
    lay = renderer.layout(quoted, WIDTH)
    assert lay.body is not None
    bar = QRectF(lay.body.left(), lay.body.top(), 5, lay.body.height())
    assert count_colour(render(renderer, quoted), bar, LIGHT_COLORS.secondary, 30) > 10
    lay_plain = renderer.layout(plain, WIDTH)
    assert lay_plain.body is not None
    bar_plain = QRectF(lay_plain.body.left() - 1, lay_plain.body.top(), 2, lay_plain.body.height())
    assert count_colour(render(renderer, plain), bar_plain, LIGHT_COLORS.secondary, 30) == 0


def make_model(specs: list[BubbleSpec]) -> QStandardItemModel:
    model = QStandardItemModel()
    for i, spec in enumerate(specs):
        item = QStandardItem()
        item.setData(spec, BUBBLE_SPEC_ROLE)
        item.setData(1000 + i, BUBBLE_KEY_ROLE)
        model.appendRow(item)
    return model


def test_delegate_caches_sizes_per_row_and_width(qtbot: QtBot, tmp_path: Path) -> None:
    specs = [
        BubbleSpec(body=f"Message {i} " + "text " * (i * 7), time="10:0{i}", direction=d)
        for i, d in enumerate(["in", "out", "in", "out"])
    ]
    model = make_model(specs)
    view = QListView()
    qtbot.addWidget(view)
    delegate = BubbleDelegate(view)
    view.setItemDelegate(delegate)
    view.setModel(model)
    view.resize(500, 600)
    view.show()
    qtbot.waitExposed(view)
    opt = QStyleOptionViewItem()
    opt.initFrom(view)
    opt.widget = view
    index = model.index(2, 0)
    delegate.invalidate()
    before = delegate.size_computations
    first = delegate.sizeHint(opt, index)
    again = delegate.sizeHint(opt, index)
    assert first == again
    assert delegate.size_computations == before + 1
    # a changed spec for the same id is measured again
    model.item(2).setData(BubbleSpec(body="changed " * 100, time="10:09"), BUBBLE_SPEC_ROLE)
    changed = delegate.sizeHint(opt, index)
    assert delegate.size_computations == before + 2
    assert changed.height() > first.height()
    # another width is another cache entry
    view.resize(300, 600)
    narrower = delegate.sizeHint(opt, index)
    assert delegate.size_computations == before + 3
    assert narrower.height() > changed.height()
    delegate.invalidate(1002)
    delegate.sizeHint(opt, index)
    assert delegate.size_computations == before + 4
    view.grab().save(str(tmp_path / "list.png"))


def test_delegate_paints_rows_in_a_view(qtbot: QtBot, tmp_path: Path) -> None:
    specs = [
        BubbleSpec(body="Hello 👋", time="10:00"),
        BubbleSpec(body="Hi! *Order 12* is ready", time="10:01", direction="out", status="read"),
    ]
    view = QListView()
    qtbot.addWidget(view)
    view.setItemDelegate(BubbleDelegate(view))
    view.setModel(make_model(specs))
    view.setStyleSheet(f"QListView {{ background: {LIGHT_COLORS.chat_background}; }}")
    view.resize(480, 300)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    image.save(str(tmp_path / "rows.png"))
    rect0 = view.visualRect(view.model().index(0, 0))
    rect1 = view.visualRect(view.model().index(1, 0))
    assert rect1.top() >= rect0.bottom()
    left_half = QRectF(QRect(0, rect0.top(), 240, rect0.height()))
    right_half = QRectF(QRect(240, rect1.top(), 240, rect1.height()))
    assert count_colour(image, left_half, LIGHT_COLORS.incoming, 3) > 200
    assert count_colour(image, right_half, LIGHT_COLORS.outgoing, 3) > 200


def test_preview_height_for_width_and_update(qtbot: QtBot) -> None:
    preview = BubblePreview()
    qtbot.addWidget(preview)
    preview.setSpec(BubbleSpec(body="short"))
    small = preview.heightForWidth(360)
    preview.setSpec(BubbleSpec(body="long text " * 80, buttons=(BubbleButton("Yes"),)))
    assert preview.heightForWidth(360) > small
    assert preview.hasHeightForWidth()
    assert preview.spec().buttons[0].label == "Yes"
    assert Qt.ItemDataRole.UserRole + 1 == BUBBLE_SPEC_ROLE


def test_template_sample_becomes_the_same_bubble(renderer: BubbleRenderer, tmp_path: Path) -> None:
    from desktop.services.templates import render_sample
    from desktop.ui.chat import spec_from_sample

    template = {
        "name": "order_update",
        "language": "ja",
        "category": "UTILITY",
        "components": [
            {
                "type": "HEADER",
                "format": "TEXT",
                "text": "ご注文 {{1}} について",
                "example": {"header_text": ["860198"]},
            },
            {
                "type": "BODY",
                "text": "{{1}} 様、ご注文は *発送済み* です。\n- 配送: {{2}}\n- お問い合わせ: https://shop.example",
                "example": {"body_text": [["田中", "明日"]]},
            },
            {"type": "FOOTER", "text": "配信停止は「停止」"},
            {
                "type": "BUTTONS",
                "buttons": [
                    {"type": "QUICK_REPLY", "text": "停止"},
                    {"type": "QUICK_REPLY", "text": "了解"},
                    {"type": "QUICK_REPLY", "text": "質問"},
                    {"type": "QUICK_REPLY", "text": "その他"},
                ],
            },
        ],
    }
    spec = spec_from_sample(render_sample(template), time="9:41", status="delivered")
    assert spec.header is not None and spec.header.text == "ご注文 860198 について"
    assert spec.body.startswith("田中 様")
    assert [b.label for b in spec.buttons] == ["停止", "了解", "質問", "その他"]
    lay = renderer.layout(spec, 360)
    assert [b.label for _, b in lay.buttons] == ["停止", "了解", "See all options"]
    render(renderer, spec, 360).save(str(tmp_path / "template_ja.png"))
    media = spec_from_sample(
        render_sample(
            {
                "components": [
                    {"type": "HEADER", "format": "DOCUMENT"},
                    {"type": "BODY", "text": "x"},
                ]
            }
        ),
        header_placeholder="invoice.pdf",
    )
    assert media.header is not None and media.header.media_kind == "document"
    assert media.header.placeholder == "invoice.pdf"


def test_a_preview_that_cannot_draw_stays_blank_and_logs_once(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    """No exception leaves the preview's paint or size virtuals (Qt calls them from C++)."""
    from desktop.ui.chat import BubblePreview, BubbleSpec

    class Broken:
        def paint(self, *_args: object) -> None:
            raise ValueError("a spec the renderer cannot draw")

        def size_for(self, *_args: object) -> None:
            raise ValueError("a spec the renderer cannot measure")

    preview = BubblePreview(renderer=Broken())  # type: ignore[arg-type]
    qtbot.addWidget(preview)
    preview.setSpec(BubbleSpec(body="hello"))
    assert preview.heightForWidth(300) == 80
    preview.resize(300, 120)
    preview.grab()
    preview.grab()
    assert caplog.text.count("could not be drawn") == 1
    assert caplog.text.count("could not be measured") == 1


def test_right_to_left_text_stays_inside_its_bubble(renderer: BubbleRenderer) -> None:
    """Arabic or Hebrew aligns to the bubble's own edge, and the time goes below it."""
    for spec in (
        BubbleSpec(body="مرحبا كيف حالك", time="10:00"),
        BubbleSpec(body="שלום", time="10:01", direction="out", status="read"),
    ):
        image = render(renderer, spec)
        lay = renderer.layout(spec, WIDTH)
        text = colors_for(spec.theme).text
        inside = count_colour(image, lay.bubble, text, tolerance=60)
        everywhere = count_colour(image, QRectF(image.rect()), text, tolerance=60)
        assert inside > 20 and everywhere == inside, spec.body
        assert lay.body is not None and lay.meta.top() >= lay.body.bottom() - 1
