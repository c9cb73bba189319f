"""A conversation made of odd stored rows opens, paints every bubble, and the app survives.

Before: a stored timestamp of 1000000000000 (milliseconds, from a misbehaving sender), a
location whose name is a number, an order whose ``product_items`` is not a list, an
interactive message whose header is a string... raised inside ``data()`` / ``paint()`` and
killed the process every time the conversation was opened. The rows are written straight
into the SQLite file, as a damaged file or an older ingest would have left them.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from app_harness import parts
from PySide6.QtGui import QGuiApplication
from qt_async import until
from sqlalchemy.orm import Session

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA
from desktop.ui.chat import BUBBLE_SPEC_ROLE, BubbleSpec
from desktop.ui.chat.row_guard import unavailable_text
from desktop.ui.inbox.message_model import MESSAGE_ROW_ROLE

pytestmark = pytest.mark.asyncio

TANAKA = "819012345604"
NOT_JSON = "{not json at all"

# (type, text, payload as stored (JSON text or anything), timestamp, extra columns)
HOSTILE: list[tuple[Any, Any, Any, Any, dict[str, Any]]] = [
    ("text", "milliseconds", {"text": {"body": "x"}}, 1_000_000_000_000, {}),
    ("text", "beyond int64", {"text": {"body": "x"}}, 1e20, {}),  # SQLite keeps it as REAL
    ("text", "negative time", {"text": {"body": "x"}}, -5, {}),
    ("text", "time as text", {"text": {"body": "x"}}, "yesterday", {}),
    ("location", None, {"location": {"name": 12345, "address": ["a"], "latitude": "x"}}, 1, {}),
    ("order", "", {"order": {"product_items": "not a list"}}, 2, {}),
    (
        "interactive",
        "",
        {
            "interactive": {
                "type": "button",
                "header": "a string",
                "action": {"buttons": "none"},
                "body": 5,
            }
        },
        3,
        {},
    ),
    ("interactive", "", {"interactive": "just text"}, 4, {}),
    ("template", None, {"template": {"name": 5, "language": "en"}}, 5, {}),
    ("image", None, {"image": {"id": {"nested": 1}, "filename": 9}}, 6, {}),
    ("contacts", None, {"contacts": {"name": "not a list"}}, 7, {}),
    ("text", 42, {"text": {"body": 42}}, 8, {}),
    ("text", "payload is a list", [1, 2, 3], 9, {}),
    ("text", "payload is not JSON", NOT_JSON, 10, {}),
    ("x" * 300, None, {}, 11, {}),
    (
        "text",
        "odd error",
        {"text": {"body": "x"}},
        12,
        {"direction": "out", "status": "failed", "error_code": "abc", "error_title": 7},
    ),
    ("reaction", None, {"reaction": "not an object"}, 13, {}),
]


def insert_hostile_rows(session: Session, conversation_id: int, phone_number_id: str) -> None:
    connection = session.connection()
    for n, (kind, text, payload, ts, extra) in enumerate(HOSTILE):
        columns = {
            "conversation_id": conversation_id,
            "phone_number_id": phone_number_id,
            "wamid": f"wamid.hostile.{n}",
            "direction": "in",
            "type": kind,
            "text": text,
            "payload": payload if isinstance(payload, str) else json.dumps(payload),
            "timestamp": ts,
            "attempts": 0,
            "created_at": "2026-01-01 00:00:00",
            **extra,
        }
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        connection.exec_driver_sql(
            f"INSERT INTO message ({names}) VALUES ({marks})", tuple(columns.values())
        )
    connection.exec_driver_sql(
        "UPDATE conversation SET last_message_ts = ?, last_message_preview = ?, unread_count = ?,"
        " last_inbound_ts = ? WHERE id = ?",
        (1e20, 12345, "many", "yesterday", conversation_id),
    )


async def test_conversation_of_hostile_rows_opens_and_paints(
    app: RunningApp, caplog: pytest.LogCaptureFixture
) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "hello")
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None
    await services.db.run(insert_hostile_rows, conversation_id, NUMBER_OSAKA)
    fetch_failures: list[str] = []
    inbox.conversations.fetch_failed.connect(fetch_failures.append)
    inbox.messages.fetch_failed.connect(fetch_failures.append)
    await inbox.conversations.reload()
    row = inbox.conversations.row_data(conversation_id)
    assert row is not None and row.last_message_preview == "12345"  # read, not refused
    caplog.set_level(logging.ERROR)
    assert inbox.select_conversation(conversation_id)
    shown = 1 + sum(1 for kind, *_ in HOSTILE if kind != "reaction")
    await until(lambda: inbox.messages.rowCount() == shown, what="thread loaded")

    # Paint the whole window, then every bubble of the thread, several times.
    for _ in range(3):
        app.window.grab()
        for row in range(inbox.messages.rowCount()):
            inbox.thread_view.scrollTo(inbox.messages.index(row))
            inbox.thread_view.viewport().grab()
        inbox.conversation_view.viewport().grab()
    specs = [
        inbox.messages.index(row).data(BUBBLE_SPEC_ROLE) for row in range(inbox.messages.rowCount())
    ]
    assert all(isinstance(spec, BubbleSpec) for spec in specs)
    # Readable rows keep what can be shown; the unreadable one says so.
    bodies = [spec.body for spec in specs]
    assert "milliseconds" in bodies and "beyond int64" in bodies
    assert "12345" in bodies  # the location's name, although it is a number
    # an order without a list of items
    assert any("No products could be read" in body for body in bodies)
    assert bodies.count(unavailable_text()) == 1  # only the row that is not JSON
    assert fetch_failures == []  # odd rows are not database failures

    # Each failing row is logged once, however often it is painted.
    logged = [r for r in caplog.records if "could not be shown" in r.getMessage()]
    assert len(logged) == len({r.getMessage() for r in logged})

    # The raw JSON of the unreadable row is there from its context menu.
    bad_row = bodies.index(unavailable_text())
    assert inbox.messages.index(bad_row).data(MESSAGE_ROW_ROLE) is None
    menu = inbox.thread_menu(bad_row)
    assert menu is not None
    copy_raw = next(a for a in menu.actions() if a.objectName() == "copyRaw")
    copy_raw.trigger()
    await until(lambda: QGuiApplication.clipboard().text() == NOT_JSON, what="raw copied")
    # ...and from the menu of a readable row too.
    menu = inbox.thread_menu(bodies.index("odd error"))
    assert menu is not None
    next(a for a in menu.actions() if a.objectName() == "copyRaw").trigger()
    await until(lambda: '"body": "x"' in QGuiApplication.clipboard().text())
