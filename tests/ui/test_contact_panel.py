"""The customer's details beside the thread: plain text, renamed everywhere, notes kept."""

from __future__ import annotations

import asyncio
import os
from decimal import Decimal
from pathlib import Path

import pytest
from app_harness import parts
from PySide6.QtGui import QGuiApplication
from qt_async import until
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.app import RunningApp
from desktop.models.entities import Contact
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.services.pricing.message_cost import MonthSpend

HOSTILE = "<img src=/etc/passwd><a href='x'>Sato</a>"


@pytest.mark.asyncio
async def test_panel_shows_the_customer_and_saves_name_and_notes(app: RunningApp) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_TOKYO, "819012345601", "予約できますか？")
    await until(lambda: inbox.conversations.rowCount() == 1, what="listed")
    conversation_id = inbox.conversations.conversation_id(0)

    def set_hostile_name(session: Session):
        contact = session.scalars(select(Contact).where(Contact.wa_id == "819012345601")).one()
        contact.profile_name = HOSTILE

    await services.db.run(set_hostile_name)
    assert inbox.select_conversation(conversation_id)
    panel = inbox.contact_panel
    assert panel is not None and not panel.isVisible()
    inbox.contact_button.setChecked(True)
    # (the first details read imports the phone-number geocoder: seconds on a busy machine)
    await until(lambda: panel.details is not None, timeout=60, what="details loaded")
    assert panel.heading.text() == HOSTILE  # literal, never an image or a link
    assert panel.heading.textFormat().name == "PlainText"
    assert panel.number.text() == "+81 90-1234-5601"
    assert panel.channels.count() == 1
    assert not panel.channels.item(0).icon().isNull()  # the channel's colour, as in the list
    await until(lambda: panel.cost.text() == "Nothing charged yet", what="this month's cost")
    spend = MonthSpend(NUMBER_TOKYO, Decimal("0.0766"), "USD", 2, 1, 0, None)
    panel.show_cost({NUMBER_TOKYO: spend}, {NUMBER_TOKYO: "Front desk"})
    assert panel.cost.text().startswith("USD 0.0766 for 2 charged messages")
    assert "country is unknown" in panel.cost.text()
    assert panel.cost.toolTip() == "Front desk: USD 0.0766"
    folder = os.environ.get("WABADESK_SCREENSHOTS")
    if folder:
        app.window.resize(1280, 800)
        app.window.grab().save(str(Path(folder) / "inbox_contact_panel_en_light.png"))

    panel.copy_number.click()
    assert QGuiApplication.clipboard().text() == "+819012345601"

    panel.local_name.setText("佐藤様（常連）")
    panel.local_name.editingFinished.emit()
    await until(
        lambda: (
            (inbox.conversations.row_data(conversation_id) or None) is not None
            and inbox.conversations.row_data(conversation_id).contact_name == "佐藤様（常連）"
        ),
        what="list shows the desk's name",
    )
    await until(lambda: "佐藤様（常連）" in inbox.title.text(), what="header renamed")

    panel.notes.setPlainText("Prefers mornings.")

    def notes(session: Session):
        return session.scalars(select(Contact.notes).where(Contact.wa_id == "819012345601")).one()

    stored: list[str | None] = [None]

    async def poll_notes() -> None:
        stored[0] = await services.db.run(notes)

    # The notes are saved a moment after typing stops; wait for the row, not for a label.
    for _ in range(300):
        await poll_notes()
        if stored[0] == "Prefers mornings.":
            break
        await asyncio.sleep(0.1)
    assert stored[0] == "Prefers mornings."
    assert panel.notes.toPlainText() == "Prefers mornings."  # never cleared by a reload
    inbox.contact_button.setChecked(False)
    assert not panel.isVisible()
