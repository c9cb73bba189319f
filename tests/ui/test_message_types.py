"""Every message type Meta sends, posted to the real receiver, drawn as a person reads it.

Each body goes over loopback HTTP into the webhook receiver and its SQLite file; the thread
is then read the way the inbox reads it and every bubble is built and painted. The texts
checked are the bubble specs' (what the renderer draws), in English and in Japanese.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRectF, QTranslator
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models.entities import Conversation
from desktop.services import inbox
from desktop.ui.chat import BubbleRenderer, BubbleSpec, colors_for
from desktop.ui.inbox.bubble_specs import spec_for_message
from desktop.ui.inbox.conversation_delegate import preview_line
from desktop.ui.status_bar import AppStatusBar
from tests import message_types as mt
from tests.integration.webhook_support import running_receiver

ROOT = Path(__file__).resolve().parents[2]


async def _thread_specs(db_url: str) -> dict[str, tuple[inbox.MessageRow, BubbleSpec]]:
    """Post every body to the receiver; the bubbles of the one thread, by wamid."""
    async with running_receiver(db_url) as harness:
        for name, body in mt.thread():
            response = await harness.post(json.dumps(body).encode())
            assert response.status_code == 200, name

        def read(session: Any) -> dict[str, inbox.MessageRow]:
            (conversation_id,) = session.scalars(select(Conversation.id)).all()
            ids = inbox.message_ids(session, conversation_id)
            return {r.wamid or "": r for r in inbox.message_rows(session, ids).values()}

        rows = harness.db.call(read)
    return {wamid: (row, spec_for_message(row)) for wamid, row in rows.items()}


def _paint(spec: BubbleSpec) -> QImage:
    renderer = BubbleRenderer()
    size = renderer.size_for(spec, 520)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor(colors_for(spec.theme).chat_background))
    painter = QPainter(image)
    renderer.paint(painter, QRectF(0, 0, size.width(), size.height()), spec)
    painter.end()
    return image


@pytest.fixture
def japanese(qtbot: QtBot) -> Iterator[None]:
    del qtbot
    translator = QTranslator()
    assert translator.load(str(ROOT / "resources" / "translations" / "wabadesk_ja.qm"))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


@pytest.mark.asyncio
async def test_every_type_reads_as_a_person_would(qtbot: QtBot, db_url: str) -> None:
    del qtbot
    specs = await _thread_specs(db_url)
    body = {wamid: spec.body for wamid, (_row, spec) in specs.items()}
    w = mt.wamid

    # edit: the original bubble, with the new text and "edited"; revoke: the original, emptied
    edited = specs[w(1)][1]
    assert edited.body == "Is the green vase available?"
    assert edited.time.startswith("edited ") and edited.reaction == "❤️"
    assert body[w(2)] == "🚫 _This message was deleted_"
    assert "Sorry" not in body[w(2)]
    assert body[w(3)] == "This one" and specs[w(3)][1].header is not None
    # a sticker is drawn as a sticker, not as an image placeholder
    sticker = specs[w(5)][1]
    assert sticker.header is not None and sticker.header.media_kind == "sticker"
    assert sticker.body == ""
    assert body[w(6)] == "🎤 Voice message"
    assert body[w(9)] == "Philz Coffee\n101 Forest Ave, Palo Alto, CA 94301"
    # contacts: every name, phone and email, with the two actions
    cards = specs[w(10)][1]
    assert cards.body.splitlines() == [
        "👤 Lucía Gómez",
        "📞 +1 (983) 555-2319",
        "📞 +1 (983) 555-0100",
        "✉ lucia@example.com",
        "👤 Kenji Sato",
        "📞 +81 90-1234-5678",
    ]
    assert [b.label for b in cards.buttons] == ["Message", "Copy number"]
    # the customer's answer to our buttons or list: what they picked, said as such
    assert body[w(11)] == "☑ Change" and specs[w(11)][1].footer == "Tapped the button"
    assert body[w(12)] == "☑ Priority Mail Express\n_Next Day to 2 Days_"
    assert specs[w(12)][1].footer == "Picked from the list"
    assert [b.label for b in specs[w(9)][1].buttons] == ["Open in map"]
    assert body[w(13)].splitlines() == [
        "📋 *Form submitted*",
        "Delivery date: 2026-12-05",
        "Size: M",
        "Gift wrap: Yes",
    ]
    assert body[w(14)].startswith("📞 Allowed you to call them until ")
    assert body[w(15)] == "Stop promotions"
    assert body[w(16)].splitlines() == [
        "🛒 *Order*",
        "2 × vase-green at 30.00 USD = 60.00 USD",
        "1 × card-thanks at 4.50 USD = 4.50 USD",
        "*Total: 64.50 USD*",
        "Gift wrap please",
    ]
    # unsupported and 131060, explained to the business that received them
    assert body[w(18)].startswith("⚠ The customer sent something WhatsApp does not pass on")
    assert body[w(19)].startswith("⚠ This message is unavailable.")
    assert specs[w(18)][1].error is None and specs[w(19)][1].error is None
    assert "choose another" not in body[w(18)].lower()
    # a type nobody knows yet: named, never blank
    assert body[w(20)] == "A message of type “hologram” that WABA Desk cannot show yet"
    assert body[w(21)] == (
        "📱 _The customer changed their phone number to +12195555358. This chat continues._"
    )
    assert body[w(22)] == "New number, same me"
    assert body[w(23)] == "📱 _The customer's WhatsApp account changed. This chat continues._"
    echo = specs[w(24)][1]
    assert (echo.direction, echo.footer, echo.status) == ("out", "Sent from the phone", "sent")
    assert all(spec.body or spec.header for _row, spec in specs.values())
    for _row, spec in specs.values():  # every bubble paints
        assert not _paint(spec).isNull()


@pytest.mark.asyncio
async def test_bubbles_read_in_japanese(qtbot: QtBot, db_url: str, japanese: None) -> None:
    del qtbot, japanese
    specs = await _thread_specs(db_url)
    w = mt.wamid
    assert specs[w(2)][1].body == "🚫 _このメッセージは削除されました_"
    assert specs[w(1)][1].time.startswith("編集済み ")
    assert [b.label for b in specs[w(10)][1].buttons] == ["メッセージを送る", "番号をコピー"]
    assert "合計" in specs[w(16)][1].body
    assert "hologram" in specs[w(20)][1].body and "WABA Desk" in specs[w(20)][1].body
    assert specs[w(24)][1].footer == "スマートフォンから送信済み"


def test_chat_list_line_is_never_blank(qtbot: QtBot) -> None:
    del qtbot
    assert preview_line("image", "") == "📷 Photo"
    assert preview_line("image", "This one") == "📷 This one"
    assert preview_line("order", "") == "🛒 Order"
    assert preview_line("reaction", "❤️") == "👍 ❤️"
    assert preview_line("sticker", "") == "🙂 Sticker"
    assert preview_line("hologram", "") == "❓ Message of type “hologram”"
    assert preview_line("text", "Hello *there*") == "Hello there"
    # Meta's notice is English whatever the user reads: the list says it in their language.
    assert preview_line("system", "User A changed from 1650 to 1219") == "📱 Account change"
    for kind in ("audio", "video", "document", "location", "contacts", "unsupported", "system"):
        assert preview_line(kind, "").strip()


def test_status_bar_counts_what_cannot_be_shown(qtbot: QtBot) -> None:
    bar = AppStatusBar()
    qtbot.addWidget(bar)
    bar.set_unshown(0)
    assert bar.unshown_label.isHidden()
    bar.set_unshown(2)
    assert not bar.unshown_label.isHidden()
    assert bar.unshown_label.text() == "⚠ 2 message(s) of a type WABA Desk cannot show yet"


def test_status_bar_notice_is_whole_in_its_tooltip_and_never_markup(qtbot: QtBot) -> None:
    bar = AppStatusBar()
    qtbot.addWidget(bar)
    bar.showMessage("Quality of <b>Tokyo</b> dropped: " + "pause campaigns " * 20)
    assert bar.toolTip().startswith("<p>Quality of &lt;b&gt;Tokyo&lt;/b&gt; dropped")
    assert bar.toolTip().endswith("pause campaigns </p>")
    bar.clearMessage()
    assert bar.toolTip() == ""


@pytest.mark.asyncio
async def test_a_downloaded_sticker_is_drawn_without_a_bubble(
    qtbot: QtBot, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.sandbox.media_samples import sample_webp
    from desktop.ui.inbox import bubble_specs

    del qtbot
    (tmp_path / "1003383421387258").write_bytes(sample_webp())  # as the media cache keeps it
    monkeypatch.setattr(bubble_specs, "media_path", lambda media_id: tmp_path / media_id)
    specs = await _thread_specs(db_url)
    sticker = specs[mt.wamid(5)][1]
    assert sticker.header is not None and sticker.header.pixmap is not None
    assert sticker.header.pixmap.width() == 96
    image = _paint(sticker)
    renderer = BubbleRenderer()
    layout = renderer.layout(sticker, 520)
    assert layout.media is not None
    centre = layout.media.center().toPoint()
    assert image.pixelColor(centre).name() != QColor("#ffffff").name()  # the sticker's face
    # No white bubble behind it: the chat background shows around the sticker.
    corner = layout.media.topLeft().toPoint()
    assert image.pixelColor(corner).name() == QColor(colors_for("light").chat_background).name()
