"""The inbox at 1024×700 and 1400×900: the list with channels and labels, a thread with days.

Set ``WABADESK_SCREENSHOTS=folder`` to keep the PNGs (light and dark, English and Japanese)
for a look by eye. Without it the English light and Japanese dark cases run, and each
checks that nothing scrolls sideways.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from pathlib import Path

import httpx
import pytest
from app_harness import parts, start_app, stop_app
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from qt_async import until
from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.models.entities import Message
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TOKYO
from desktop.services.numbers.channels import PALETTE, Channels
from desktop.services.webhooks import sign
from desktop.ui.i18n import install_translators
from tests import message_types as mt

CASES = [("en", "light"), ("ja", "dark")]
if os.environ.get("WABADESK_SCREENSHOTS"):
    CASES = [("en", "light"), ("en", "dark"), ("ja", "light"), ("ja", "dark")]

OLIVER = "447700900123"
SATO = "819012345601"
DAY = 24 * 3600


@pytest.mark.asyncio
@pytest.mark.parametrize(("language", "theme"), CASES)
async def test_inbox_list_and_thread_fit(
    qtbot: QtBot, tmp_path: Path, language: str, theme: str
) -> None:
    app_instance = QCoreApplication.instance()
    assert app_instance is not None
    install_translators(app_instance, language)
    app = await start_app(tmp_path, theme=theme)
    try:
        services, inbox = parts(app)
        channels = Channels(services.db, services.hub)
        await channels.save(NUMBER_TOKYO, "東京 Front desk", PALETTE[1])
        await channels.save(NUMBER_OSAKA, "Osaka shop", PALETTE[3])
        await services.sandbox.customer_says(NUMBER_TOKYO, OLIVER, "Do you open on Sunday?")
        await services.sandbox.customer_says(NUMBER_OSAKA, OLIVER, "Is my order ready?")
        await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "予約を変更したいです")
        await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "明日の午後は空いていますか？")
        await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "よろしくお願いします")
        await until(lambda: inbox.conversations.rowCount() == 3, what="three chats listed")
        sato = next(
            cid
            for r in range(3)
            if (cid := inbox.conversations.conversation_id(r)) is not None
            and (row := inbox.conversations.row_data(cid)) is not None
            and row.contact_wa_id == SATO
        )
        await until(lambda: inbox.messages.rowCount() == 0 or True)

        # Sato's messages: one two days ago, one yesterday, one today.
        def spread(session: Session) -> None:
            ids = list(
                session.scalars(
                    Message.__table__.select()
                    .with_only_columns(Message.id)
                    .where(Message.conversation_id == sato)
                    .order_by(Message.id)
                )
            )
            now = int(time.time())
            for message_id, ago in zip(ids, (2 * DAY + 600, DAY + 300, 60), strict=False):
                session.execute(
                    update(Message).where(Message.id == message_id).values(timestamp=now - ago)
                )

        await services.db.run(spread)
        assert inbox.select_conversation(sato)
        assert inbox.add_label("Booking")
        await until(lambda: inbox.messages.rowCount() == 3, what="thread open")
        await until(
            lambda: (row := inbox.conversations.row_data(sato)) is not None and bool(row.labels),
            what="label on the row",
        )
        await inbox.messages.load(sato)
        keep = os.environ.get("WABADESK_SCREENSHOTS")
        folder = Path(keep) if keep else tmp_path
        folder.mkdir(parents=True, exist_ok=True)
        for size in ((1024, 700), (1400, 900)):
            app.window.resize(*size)
            await asyncio.sleep(0.3)  # let the layouts settle
            name = f"inbox_channels_{language}_{theme}_{size[0]}x{size[1]}.png"
            assert app.window.grab().save(str(folder / name))
            assert not inbox.thread_view.horizontalScrollBar().isVisible(), size
            assert not inbox.conversation_view.horizontalScrollBar().isVisible(), size
    finally:
        await stop_app(app)
        install_translators(app_instance, "en")


@pytest.mark.asyncio
@pytest.mark.parametrize(("language", "theme"), CASES)
async def test_every_type_thread_and_dialogs_fit(
    qtbot: QtBot, tmp_path: Path, language: str, theme: str
) -> None:
    """A thread with every message type never scrolls sideways; New chat and Forward fit."""
    app_instance = QCoreApplication.instance()
    assert app_instance is not None
    install_translators(app_instance, language)
    app = await start_app(tmp_path, theme=theme)
    try:
        services, inbox = parts(app)
        sandbox = services.sandbox
        async with httpx.AsyncClient(timeout=30) as client:
            for _name, body in mt.thread():
                raw = json.dumps(body).encode()
                response = await client.post(
                    sandbox._webhook_url,  # the app's own receiver, as the sandbox posts
                    content=raw,
                    headers={"X-Hub-Signature-256": sign(sandbox._app_secret, raw)},
                )
                assert response.status_code == 200
        await until(lambda: inbox.conversations.rowCount() >= 1, what="Sheena listed")
        conversation_id = inbox.conversations.conversation_id(0)
        assert conversation_id is not None and inbox.select_conversation(conversation_id)
        await until(lambda: inbox.messages.rowCount() > 15, what="every type in the thread")
        keep = os.environ.get("WABADESK_SCREENSHOTS")
        folder = Path(keep) if keep else tmp_path
        folder.mkdir(parents=True, exist_ok=True)
        for size in ((1024, 700), (1400, 900)):
            app.window.resize(*size)
            await asyncio.sleep(0.3)
            inbox.thread_view.scrollToBottom()
            await asyncio.sleep(0.2)
            name = f"inbox_every_type_{language}_{theme}_{size[0]}x{size[1]}.png"
            assert app.window.grab().save(str(folder / name))
            assert not inbox.thread_view.horizontalScrollBar().isVisible(), size

        app.window.resize(1024, 700)
        dialog = inbox.start_new_chat()
        await until(lambda: dialog.channel.count() >= 3, what="channels offered")
        dialog.number.setText("12345")
        dialog.submit()
        await until(lambda: dialog.problem.isVisible(), what="refusal shown")
        await asyncio.sleep(0.2)
        assert dialog.grab().save(str(folder / f"new_chat_{language}_{theme}.png"))
        dialog.reject()

        forward = inbox.forwarding.choose_target("Is the green vase available?")
        await until(lambda: forward.model.rowCount() >= 1, what="chats offered")
        await asyncio.sleep(0.2)
        assert forward.grab().save(str(folder / f"forward_{language}_{theme}.png"))
        forward.reject()
    finally:
        await stop_app(app)
        install_translators(app_instance, "en")
