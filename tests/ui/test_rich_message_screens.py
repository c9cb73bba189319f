"""The reply-button, list, location and contact forms and their bubbles at 1024x700, in
English and Japanese, light and dark. Screenshots go to ``$WABADESK_SCREENSHOTS``."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from app_harness import parts, start_app, stop_app
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA
from desktop.services.rich_messages import (
    ContactCardDraft,
    ListDraft,
    ListRow,
    ListSection,
    LocationDraft,
    ReplyButtonsDraft,
    RichMessageSending,
)
from desktop.ui.i18n import install_translators
from desktop.ui.inbox.rich_message_forms import (
    ContactCardForm,
    ListForm,
    LocationForm,
    ReplyButtonsForm,
    RichMessageForm,
)

pytestmark = pytest.mark.asyncio

CASES = [("en", "light"), ("ja", "dark"), ("en", "dark"), ("ja", "light")]
TANAKA = "819012345604"


@pytest_asyncio.fixture(params=CASES, ids=["-".join(c) for c in CASES])
async def shown(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[RunningApp, str, str]]:
    language, theme = request.param
    qt_app = QApplication.instance()
    assert qt_app is not None
    install_translators(qt_app, language)
    running = await start_app(tmp_path, theme=theme)
    try:
        running.window.resize(1024, 700)
        yield running, language, theme
    finally:
        await stop_app(running)
        install_translators(qt_app, "en")


async def shot(widget: QWidget, name: str, tmp_path: Path) -> None:
    await asyncio.sleep(0.1)  # let Qt lay out what was just added before the picture
    folder = Path(os.environ.get("WABADESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / name))


def labels_fit(form: RichMessageForm) -> None:
    """Every label of the form shows its whole text (wraps, never clips)."""
    for label in form.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.wordWrap():
            continue
        needed = label.fontMetrics().horizontalAdvance(label.text())
        assert needed <= label.width() + 1, (label.text(), needed, label.width())


async def test_forms_and_bubbles(shown: tuple[RunningApp, str, str], tmp_path: Path) -> None:
    app, language, theme = shown
    services, inbox = parts(app)
    assert services.sandbox is not None
    japanese = language == "ja"
    await services.sandbox.customer_says(
        NUMBER_OSAKA, TANAKA, "予約を変更したいです" if japanese else "Can I change my booking?"
    )
    await services.sandbox.flush_webhooks()
    await until(lambda: inbox.conversations.rowCount() == 1, what="chat listed")
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None and inbox.select_conversation(conversation_id)
    await until(lambda: inbox.composer.window_open, what="window open")
    suffix = f"{language}-{theme}.png"

    sending = RichMessageSending(services.outbox)
    buttons_id = await sending.send(
        conversation_id,
        ReplyButtonsDraft(
            body="ご予約を変更しますか？" if japanese else "Would you like to change your booking?",
            buttons=("変更する", "キャンセル", "そのまま")
            if japanese
            else ("Change", "Cancel", "Keep it"),
            header="ご予約" if japanese else "Your booking",
            footer="カフェ大阪" if japanese else "Cafe Osaka",
        ),
    )
    await sending.send(
        conversation_id,
        ListDraft(
            body="ご都合のよい時間は？" if japanese else "Which time suits you?",
            button="時間を選ぶ" if japanese else "Pick a time",
            sections=(ListSection("", (ListRow("10:00", "静か" if japanese else "Quiet"),)),),
        ),
    )
    await sending.send(
        conversation_id, LocationDraft("34.7025", "135.4959", "大阪駅", "大阪市北区梅田3-1-1")
    )
    await sending.send(conversation_id, ContactCardDraft("田中 花子", "+81 90-1234-5604"))
    wamid = await until_wamid(services, buttons_id)
    await services.sandbox.customer_says(
        NUMBER_OSAKA,
        TANAKA,
        type="interactive",
        payload={
            "type": "button_reply",
            "button_reply": {"id": "button-2", "title": "キャンセル" if japanese else "Cancel"},
            "context": {"from": "81612345678", "id": wamid},
        },
    )
    await services.sandbox.flush_webhooks()
    await until(
        lambda: (
            sum(
                1
                for r in range(inbox.messages.rowCount())
                if (row := inbox.messages.message_row(r)) is not None and row.direction == "in"
            )
            == 2
        ),
        what="the tap shown",
    )
    inbox.thread_view.go_to_latest()
    QApplication.processEvents()
    await shot(app.window, f"rich-thread-{suffix}", tmp_path)
    first = next(
        r for r in range(inbox.messages.rowCount()) if inbox.messages.id_at(r) == buttons_id
    )
    inbox.thread_view.scrollTo(
        inbox.messages.index(first), QAbstractItemView.ScrollHint.PositionAtTop
    )
    await shot(app.window, f"rich-thread-top-{suffix}", tmp_path)
    assert inbox.rich_messages.button.isVisible()

    rich = inbox.rich_messages
    buttons = rich.open_form("buttons")
    assert isinstance(buttons, ReplyButtonsForm)
    buttons.body.setPlainText(
        "ご予約を変更しますか？" if japanese else "Would you like to change it?"
    )
    buttons.button_fields[0].setText("変更する" if japanese else "Yes, change it please")
    buttons.button_fields[1].setText("キャンセル" if japanese else "Cancel")
    buttons.header.setText("ご予約" if japanese else "Your booking")
    buttons.refresh()
    await shot(buttons, f"rich-buttons-form-{suffix}", tmp_path)
    labels_fit(buttons)
    buttons.close()

    listing = rich.open_form("list")
    assert isinstance(listing, ListForm)
    listing.body.setPlainText("ご都合のよい時間は？" if japanese else "Which time suits you?")
    listing.list_button.setText("時間を選ぶ" if japanese else "Pick a time")
    listing.sections[0][2][0][0].setText("10:00")
    listing.sections[0][2][0][1].setText("静かな時間帯" if japanese else "Quiet hours")
    listing.add_section()
    listing.sections[1][2][0][0].setText("18:00")
    listing.refresh()
    await shot(listing, f"rich-list-form-{suffix}", tmp_path)
    labels_fit(listing)
    listing.close()

    place = rich.open_form("location")
    assert isinstance(place, LocationForm)
    place.latitude.setText("34.7025")
    place.longitude.setText("135.4959")
    place.name.setText("大阪駅")
    place.refresh()
    await shot(place, f"rich-location-form-{suffix}", tmp_path)
    labels_fit(place)
    place.close()

    card = rich.open_form("contact")
    assert isinstance(card, ContactCardForm)
    card.name.setText("田中 花子")
    card.number.setText("12345")
    card.refresh()
    await shot(card, f"rich-contact-form-{suffix}", tmp_path)
    labels_fit(card)
    card.close()


async def until_wamid(services: object, message_id: int) -> str:
    from desktop.models.entities import Message

    db = services.db  # type: ignore[attr-defined]
    found: list[str] = []

    def probe() -> bool:
        wamid = db.call(lambda s: s.get(Message, message_id).wamid)
        if wamid:
            found.append(wamid)
        return bool(wamid)

    await until(probe, what="wamid stored")
    return found[0]
