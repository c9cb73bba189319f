"""The list says which of our numbers a chat is on, and counts unread chats per channel.

Two customers with the same name on two channels are two rows that read differently (the
channel's name and colour are in the row's data and painted); a failed last send is marked;
the channel chooser shows each channel's unread conversations and follows reading.
"""

from __future__ import annotations

import pytest
from app_harness import parts
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TOKYO
from desktop.services.numbers.channels import PALETTE, Channels
from desktop.ui.inbox.conversation_delegate import ConversationDelegate
from desktop.ui.inbox.conversation_model import ROW_ROLE
from desktop.ui.inbox.inbox_page import InboxPage
from desktop.ui.inbox.row_marks import initials, window_state

OLIVER = "447700900123"


def rows_named(inbox: InboxPage, name: str) -> list[object]:
    model = inbox.conversations
    rows = [model.index(r).data(ROW_ROLE) for r in range(model.rowCount())]
    return [row for row in rows if row is not None and row.contact_name == name]


def paint_every_row(inbox: InboxPage) -> QImage:
    """Paint each row with the list's delegate, as the view would."""
    view = inbox.conversation_view
    delegate = view.itemDelegate()
    assert isinstance(delegate, ConversationDelegate)
    image = QImage(
        QSize(360, 100 * max(1, inbox.conversations.rowCount())), QImage.Format.Format_ARGB32
    )
    painter = QPainter(image)
    try:
        for r in range(inbox.conversations.rowCount()):
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.rect = QRect(0, r * 100, 360, 88)
            delegate.paint(painter, option, inbox.conversations.index(r))
    finally:
        painter.end()
    assert len(delegate.failures) == 0  # every row painted, none fell back
    return image


@pytest.mark.asyncio
async def test_same_name_on_two_channels_reads_differently(app: RunningApp) -> None:
    services, inbox = parts(app)
    channels = Channels(services.db, services.hub)
    await channels.save(NUMBER_TOKYO, "Tokyo front desk", PALETTE[1])
    await channels.save(NUMBER_OSAKA, "Osaka shop", PALETTE[3])
    await services.sandbox.customer_says(NUMBER_TOKYO, OLIVER, "Do you open on Sunday?")
    await services.sandbox.customer_says(NUMBER_OSAKA, OLIVER, "Is my order ready?")
    await until(lambda: len(rows_named(inbox, "Oliver Brown")) == 2, what="both Olivers listed")

    def channels_shown() -> set[tuple[str, str]]:
        return {(r.channel_name, r.channel_colour) for r in rows_named(inbox, "Oliver Brown")}

    await until(
        lambda: channels_shown() == {("Tokyo front desk", PALETTE[1]), ("Osaka shop", PALETTE[3])},
        what="each row on its channel",
    )
    tips = {
        inbox.conversations.index(inbox.conversations.row_of(r.id)).data(3)  # ToolTipRole
        for r in rows_named(inbox, "Oliver Brown")
    }
    assert any("Tokyo front desk" in t for t in tips) and any("Osaka shop" in t for t in tips)
    for row in rows_named(inbox, "Oliver Brown"):
        assert window_state(row.window_closes_at)[1]  # the customer just wrote: open
    paint_every_row(inbox)

    # Unread per channel in the chooser, and reading one chat lowers its channel's count.
    await until(
        lambda: inbox.channel_filter.unread == {NUMBER_TOKYO: 1, NUMBER_OSAKA: 1},
        what="unread per channel",
    )
    combo = inbox.number_filter
    texts = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    tips = {combo.itemData(i): combo.itemData(i, 3) for i in range(combo.count())}
    assert texts[None] == "All channels"
    assert tips[None] == "All channels: Unread conversations: 2"
    assert texts[NUMBER_TOKYO].startswith("Tokyo front desk (")
    assert tips[NUMBER_TOKYO].endswith(": Unread conversations: 1")
    assert texts[NUMBER_OSAKA].startswith("Osaka shop (")
    assert not combo.itemIcon(combo.findData(NUMBER_OSAKA)).isNull()
    osaka = next(
        r.id for r in rows_named(inbox, "Oliver Brown") if r.phone_number_id == NUMBER_OSAKA
    )
    assert inbox.select_conversation(osaka)
    await until(
        lambda: inbox.channel_filter.unread == {NUMBER_TOKYO: 1}, what="read chat counted off"
    )
    await until(
        lambda: combo.itemData(combo.findData(NUMBER_OSAKA), 3).endswith("No unread conversations")
    )
    assert combo.itemData(0, 3) == "All channels: Unread conversations: 1"

    # Renaming a channel on the Numbers page renames it in the rows.
    await channels.save(NUMBER_OSAKA, "Osaka counter", PALETTE[3])
    await until(
        lambda: ("Osaka counter", PALETTE[3]) in channels_shown(), what="renamed in the list"
    )


@pytest.mark.asyncio
async def test_failed_last_send_is_marked(app: RunningApp) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, OLIVER, "Where are you?")
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None and services.outbox is not None
    row = inbox.conversations.row_data(conversation_id)
    assert row is not None and not row.last_send_failed
    # Meta refuses a location without latitude (131008): the send fails.
    await services.outbox.enqueue(conversation_id, "location", {"longitude": 135.5})

    def marked() -> bool:
        listed = inbox.conversations.row_data(conversation_id)
        return listed is not None and listed.last_send_failed

    await until(marked, timeout=15, what="failed send marked in the list")
    tip = inbox.conversations.index(0).data(3)
    assert "Your last message was not sent." in tip
    paint_every_row(inbox)


def test_row_marks_words() -> None:
    assert initials("Aiko Tanaka") == "AT"
    assert initials("Ben") == "B"
    assert initials("  ") == "?"
    assert window_state(None) == ("Window closed", False)
    assert window_state(1000.0, now=2000.0) == ("Window closed", False)
    assert window_state(1000.0 + 5 * 3600 + 10, now=1000.0) == ("5 h left", True)
    assert window_state(1000.0 + 40 * 60 + 5, now=1000.0) == ("40 min left", True)
    assert window_state("not a time") == ("Window closed", False)
