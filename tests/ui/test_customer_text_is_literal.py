"""A customer's name, username or message is shown as the characters they typed, never markup.

Before: the thread header, its subtitle, the "Replying to" bar and the explain tab's contact
label were QLabels in AutoText/RichText mode, so a profile name ``<img src=/some/local.png>``
loaded and showed that local file and ``<table width=100000>`` widened the window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_harness import parts
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from qt_async import until
from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.app import RunningApp
from desktop.models.entities import Contact
from desktop.sandbox.seed import NUMBER_OSAKA
from desktop.services.pricing.cards import load_bundled_cards
from desktop.ui.pricing.explain_tab import ExplainTab

pytestmark = pytest.mark.asyncio

TANAKA = "819012345604"
EXAMPLES = Path(__file__).resolve().parents[1] / "unit" / "pricing" / "pricing-examples.json"


def hostile_texts(tmp_path: Path) -> list[str]:
    picture = tmp_path / "local.png"
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    return [
        f"<img src={picture}>",
        '<a href="https://evil.example/">click me</a>',
        "<table width=100000><tr><td>wide</td></tr></table>",
        "\u202eevil\u202c <b>bold</b>",
    ]


def assert_literal(label: QLabel, text: str) -> None:
    """``label`` shows ``text`` character for character, and only as plain text."""
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert text in label.text()
    # What Qt actually lays out: a 400 px picture or a 100,000 px table would show here.
    hint = label.sizeHint()
    assert hint.height() < 200 and hint.width() < 5000, (text, hint)
    if "\u202e" in text:
        # The override is closed inside the customer's text: it cannot reverse ours.
        start = label.text().index(text)
        assert label.text()[start - 1] == "\u2068"
        assert label.text()[start + len(text)] == "\u2069"


async def test_hostile_names_show_literally_in_the_thread(app: RunningApp, tmp_path: Path) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "hello")
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None and inbox.select_conversation(conversation_id)
    await until(lambda: inbox.messages.rowCount() == 1)
    for text in hostile_texts(tmp_path):

        def rename(session: Session, text: str = text) -> None:
            session.execute(
                update(Contact)
                .where(Contact.wa_id == TANAKA)
                .values(profile_name=text, username=text[:64])
            )

        await services.db.run(rename)
        await inbox.conversations.reload()
        await until(lambda text=text: text in inbox.title.text(), what="renamed")  # type: ignore[misc]
        assert_literal(inbox.title, text)
        assert_literal(inbox.subtitle, text[:64])
        inbox.composer.set_reply("wamid.x", text)
        quoted = text if len(text) <= 80 else text[:79] + "…"  # the bar shortens quotes
        assert_literal(inbox.composer.reply_label, quoted)
        app.window.grab()  # the whole window paints with these names


async def test_hostile_contact_label_is_escaped_in_the_explain_tab(
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    tab = ExplainTab(load_bundled_cards(), has_history=True)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.load_scenario_file(EXAMPLES)
    assert tab.events and tab.bill is not None
    events, bill = tab.events, tab.bill
    contact = events[0].contact

    async def loader(_key: str) -> tuple[object, object]:
        return events, bill

    tab.history_loader = loader
    for text in hostile_texts(tmp_path):
        tab.set_history_contacts([(contact, text)])
        await tab.show_history()
        shown = tab.title.text()
        # The label stays rich text for our own <b>, so the customer's text must be escaped.
        assert "<img" not in shown and "<table" not in shown and "<a " not in shown
        assert tab.title.sizeHint().height() < 200 and tab.title.sizeHint().width() < 5000
        assert "\u2068" in shown and "\u2069" in shown
