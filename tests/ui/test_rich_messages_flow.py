"""Reply buttons, a list, a location and a contact card sent from the inbox of the running
app over real HTTP to the sandbox; the customer's tap shown as their pick, quoting the
question; nothing of it outside the 24-hour window. And two bubbles that said too little:
a scheduled message's planned time, a withdrawn bulk message (no "Send again")."""

from __future__ import annotations

import time
from typing import Any

import pytest
from app_harness import parts, set_last_inbound
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from qt_async import until

from desktop.app import RunningApp
from desktop.runtime.app_services import AppServices
from desktop.sandbox.seed import NUMBER_OSAKA
from desktop.services.delivery_check import WITHDRAWN_ADVICE
from desktop.services.inbox import MessageRow
from desktop.ui.inbox.bubble_specs import spec_for_message
from desktop.ui.inbox.inbox_page import InboxPage
from desktop.ui.inbox.rich_message_forms import (
    ContactCardForm,
    ListForm,
    LocationForm,
    ReplyButtonsForm,
)

TANAKA = "819012345604"
SENT = ("sent", "delivered", "read")


async def open_chat(services: AppServices, inbox: InboxPage) -> int:
    assert services.sandbox is not None
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "予約を変更したいです")
    await services.sandbox.flush_webhooks()
    await until(lambda: inbox.conversations.rowCount() == 1, what="chat listed")
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None
    await until(lambda: inbox.select_conversation(conversation_id), what="selected")
    await until(lambda: inbox.messages.conversation_id == conversation_id, what="opened")
    await until(lambda: inbox.composer.window_open, what="window open")
    return conversation_id


def received(services: AppServices, kind: str) -> list[dict[str, Any]]:
    assert services.sandbox is not None
    return [m.body for m in services.sandbox.world.outbound.values() if m.type == kind]


def rows(inbox: InboxPage) -> list[MessageRow]:
    found = (inbox.messages.message_row(r) for r in range(inbox.messages.rowCount()))
    return [row for row in found if row is not None]


def row_number(inbox: InboxPage, message_id: int) -> int:
    return next(
        r for r in range(inbox.messages.rowCount()) if inbox.messages.id_at(r) == message_id
    )


async def sent_row(inbox: InboxPage, kind: str, count: int = 1) -> MessageRow:
    def found() -> list[MessageRow]:
        return [
            r for r in rows(inbox) if r.direction == "out" and r.type == kind and r.status in SENT
        ]

    await until(lambda: len(found()) >= count, what=f"{kind} sent and shown")
    return found()[count - 1]


@pytest.mark.asyncio
async def test_each_kind_from_the_inbox_and_the_customer_s_tap(app: RunningApp) -> None:
    services, inbox = parts(app)
    assert services.sandbox is not None
    rich = inbox.rich_messages
    assert not rich.button.isEnabled()  # no chat open yet
    await open_chat(services, inbox)
    assert rich.button.isEnabled() and rich.button.isVisible()

    # reply buttons
    rich.actions["buttons"].trigger()
    form = rich.form
    assert isinstance(form, ReplyButtonsForm) and form.isVisible()
    form.body.setPlainText("ご予約を変更しますか？")
    for field, title in zip(
        form.button_fields, ("変更する", "キャンセル", "そのまま"), strict=True
    ):
        field.setText(title)
    form.refresh()
    assert form.send_button.isEnabled()
    form.send_button.click()
    await until(lambda: rich.form is None, what="form closed once stored")
    await until(lambda: received(services, "interactive"), what="sandbox got the buttons")
    sent = received(services, "interactive")[0]["interactive"]
    assert [b["reply"]["title"] for b in sent["action"]["buttons"]] == [
        "変更する",
        "キャンセル",
        "そのまま",
    ]
    question = await sent_row(inbox, "interactive")
    spec = spec_for_message(question)
    assert spec.body == "ご予約を変更しますか？"
    assert [b.label for b in spec.buttons] == ["変更する", "キャンセル", "そのまま"]

    # the customer taps one: their pick, quoting the question
    await services.sandbox.customer_says(
        NUMBER_OSAKA,
        TANAKA,
        type="interactive",
        payload={
            "type": "button_reply",
            "button_reply": {"id": "button-2", "title": "キャンセル"},
            "context": {"from": "81612345678", "id": question.wamid},
        },
    )
    await services.sandbox.flush_webhooks()
    await until(
        lambda: any(r.direction == "in" and r.type == "interactive" for r in rows(inbox)),
        what="the tap shown",
    )
    tap = next(r for r in rows(inbox) if r.direction == "in" and r.type == "interactive")
    tap_spec = spec_for_message(tap)
    assert tap_spec.body == "☑ キャンセル" and tap_spec.footer == "Tapped the button"
    assert tap_spec.reply_quote == "ご予約を変更しますか？"

    # a list
    list_form = rich.open_form("list")
    assert isinstance(list_form, ListForm)
    list_form.body.setPlainText("Which time suits you?")
    list_form.list_button.setText("Times")
    list_form.sections[0][2][0][0].setText("10:00")
    list_form.sections[0][2][0][1].setText("Morning, quiet")
    pair = list_form.add_option(0)
    assert pair is not None
    pair[0].setText("18:00")
    list_form.refresh()
    list_form.send_button.click()
    await until(lambda: len(received(services, "interactive")) == 2, what="sandbox got the list")
    listed = await sent_row(inbox, "interactive", 2)
    assert [b.label for b in spec_for_message(listed).buttons] == ["Times"]
    menu = inbox.thread_menu(row_number(inbox, listed.id))
    assert menu is not None
    show = next(a for a in menu.actions() if a.objectName() == "showListOptions")
    show.trigger()
    sheet = app.window.findChild(QDialog, "listOptions")
    assert sheet is not None and sheet.isVisible()
    sheet.close()

    # a location
    location = rich.open_form("location")
    assert isinstance(location, LocationForm)
    location.latitude.setText("34.7025")
    location.longitude.setText("135.4959")
    location.name.setText("大阪駅")
    location.refresh()
    location.send_button.click()
    await until(lambda: received(services, "location"), what="sandbox got the place")
    assert received(services, "location")[0]["location"] == {
        "latitude": 34.7025,
        "longitude": 135.4959,
        "name": "大阪駅",
    }
    place = await sent_row(inbox, "location")
    assert [b.label for b in spec_for_message(place).buttons] == ["Open in map"]
    menu = inbox.thread_menu(row_number(inbox, place.id))
    assert menu is not None
    names = [a.objectName() for a in menu.actions()]
    assert "openMap" in names
    next(a for a in menu.actions() if a.objectName() == "copyMapLink").trigger()
    assert QGuiApplication.clipboard().text() == (
        "https://www.openstreetmap.org/?mlat=34.7025&mlon=135.4959#map=16/34.7025/135.4959"
    )

    # a contact card, picked from the desk's contacts
    card_form = rich.open_form("contact")
    assert isinstance(card_form, ContactCardForm)
    card_form.search.setText("8190123456")
    await until(lambda: card_form.matches.count() > 0, what="contacts found")
    card_form.matches.setCurrentRow(0)
    card_form.refresh()
    assert card_form.number.text() == "+" + TANAKA
    card_form.name.setText("Tanaka Hanako")
    card_form.refresh()
    card_form.send_button.click()
    await until(lambda: received(services, "contacts"), what="sandbox got the card")
    card = received(services, "contacts")[0]["contacts"][0]
    assert card["name"]["formatted_name"] == "Tanaka Hanako"
    assert card["phones"][0]["wa_id"] == TANAKA
    shown = await sent_row(inbox, "contacts")
    assert spec_for_message(shown).body.splitlines() == ["👤 Tanaka Hanako", "📞 +81 90-1234-5604"]


@pytest.mark.asyncio
async def test_nothing_of_it_outside_the_window(app: RunningApp) -> None:
    services, inbox = parts(app)
    conversation_id = await open_chat(services, inbox)
    form = inbox.rich_messages.open_form("buttons")
    assert isinstance(form, ReplyButtonsForm)
    form.close()
    await set_last_inbound(services, conversation_id, hours_ago=30)
    await inbox.conversations.reload()
    await until(lambda: not inbox.composer.window_open, what="window closed")
    assert not inbox.rich_messages.button.isEnabled()
    assert inbox.rich_messages.open_form("location") is None
    # the composer still points to templates
    assert inbox.composer.template_button.property("primary") is True


def _row(**changes: Any) -> MessageRow:
    base: dict[str, Any] = {
        "id": 1,
        "conversation_id": 1,
        "wamid": None,
        "direction": "out",
        "type": "text",
        "text": "See you tomorrow",
        "payload": {"type": "text", "text": {"body": "See you tomorrow"}},
        "status": "queued",
        "timestamp": int(time.time()),
        "context_wamid": None,
        "quoted_text": None,
        "reaction": None,
        "error_code": None,
        "error_title": None,
        "error_details": None,
    }
    base.update(changes)
    return MessageRow(**base)


def test_a_scheduled_bubble_says_when_it_goes(qtbot: Any) -> None:
    del qtbot
    later = int(time.time()) + 26 * 3600
    spec = spec_for_message(_row(timestamp=later))
    assert spec.footer.startswith("🕒 Scheduled for ")
    assert spec.status == "queued"
    assert spec_for_message(_row()).footer == ""  # queued now: not scheduled
    assert spec_for_message(_row(timestamp=later, status="sent")).footer == ""


def test_a_withdrawn_bulk_message_is_no_failure(qtbot: Any) -> None:
    del qtbot
    for status in ("withdrawn", "failed"):  # "failed" + the advice: rows of older versions
        spec = spec_for_message(_row(status=status, error_details=WITHDRAWN_ADVICE))
        assert spec.status is None and spec.error is None
        assert spec.footer == "Not sent: the bulk send was cancelled"
    failed = spec_for_message(_row(status="failed", error_code=131026, error_title="x"))
    assert failed.status == "failed" and failed.error


@pytest.mark.asyncio
async def test_a_withdrawn_message_offers_no_send_again(app: RunningApp) -> None:
    services, inbox = parts(app)
    conversation_id = await open_chat(services, inbox)
    # queued for tomorrow (so no status report can overtake the withdrawal), then withdrawn
    message_id = await services.outbox.enqueue(
        conversation_id,
        "text",
        {"body": "Spring sale"},
        not_before=time.time() + 20 * 3600,
    )

    def withdraw(session: Any) -> None:
        from desktop.models.entities import Message

        message = session.get(Message, message_id)
        message.status = "withdrawn"
        message.error_details = WITHDRAWN_ADVICE

    await services.db.run(withdraw)
    await inbox.messages.load(conversation_id)
    await until(
        lambda: any(r.id == message_id and r.status == "withdrawn" for r in rows(inbox)),
        what="withdrawn shown",
    )
    menu = inbox.thread_menu(row_number(inbox, message_id))
    assert menu is not None
    names = [a.objectName() for a in menu.actions()]
    assert "sendAgain" not in names and "checkDelivery" not in names
