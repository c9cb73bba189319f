"""The two paged item models (conversations, a thread) under Qt's model tester, and failures.

``qtmodeltester`` stays connected to the model and re-checks it on every signal, so the
reloads, pages, refreshes and failed fetches below are all checked against Qt's contract.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from app_harness import parts
from qt_async import until
from sqlalchemy.orm import Session

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA

pytestmark = pytest.mark.asyncio

TANAKA = "819012345604"


def add_conversations(session: Session, count: int) -> None:
    connection = session.connection()
    for n in range(count):
        contact_id = connection.exec_driver_sql(
            "INSERT INTO contact (wa_id, profile_name, created_at) VALUES (?, ?, ?)",
            (f"4479{n:08d}", f"Customer {n}", "2026-01-01 00:00:00"),
        ).lastrowid
        connection.exec_driver_sql(
            "INSERT INTO conversation (phone_number_id, contact_id, last_message_ts,"
            " last_message_preview, unread_count) VALUES (?, ?, ?, ?, 0)",
            (NUMBER_OSAKA, contact_id, 1_700_000_000 + n, f"message {n}"),
        )


async def test_conversation_pages_survive_a_failed_fetch(
    app: RunningApp, tmp_path: Path, qtmodeltester
) -> None:
    services, inbox = parts(app)
    model = inbox.conversations
    qtmodeltester.check(model)
    await services.db.run(add_conversations, 200)
    model.PAGE = 20
    await model.reload()
    await until(lambda: not model.fetching)
    before = model.rowCount()  # the view and the tester may have asked for pages
    assert 20 <= before < 200 and model.canFetchMore()

    # The contact table disappears for a moment (a real database error, not a mock).
    database = str(tmp_path / "app.sqlite3")
    other = sqlite3.connect(database)
    other.execute("ALTER TABLE contact RENAME TO contact_away")
    other.commit()
    failures: list[str] = []
    model.fetch_failed.connect(failures.append)
    model.fetchMore()
    await until(lambda: bool(failures) and not model.fetching, what="fetch failed")
    assert model.rowCount() == before
    assert not inbox.notice.isHidden() and "database" in inbox.notice.text()
    # Before: _fetching stayed True and paging stopped for good after one error.
    assert model.canFetchMore()

    other.execute("ALTER TABLE contact_away RENAME TO contact")
    other.commit()
    other.close()
    while model.rowCount() < 200:
        count = model.rowCount()
        model.fetchMore()
        await until(lambda count=count: model.rowCount() > count, what="next page")  # type: ignore[misc]
    assert not model.canFetchMore()
    ids = [model.conversation_id(r) for r in range(200)]
    assert [model.row_of(i) for i in ids if i is not None] == list(range(200))

    # A change to shown rows repaints them in place (one range per run of rows).
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changes.append((a.row(), b.row())))
    await model.refresh(frozenset(model.conversation_id(r) or -1 for r in (2, 3, 4, 9)))
    assert changes == [(2, 4), (9, 9)]


async def test_thread_model_passes_the_model_tester_while_messages_arrive(
    app: RunningApp, qtmodeltester
) -> None:
    services, inbox = parts(app)
    model = inbox.messages
    qtmodeltester.check(model)
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "first")
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None and inbox.select_conversation(conversation_id)
    await until(lambda: model.rowCount() == 1)
    for n in range(5):
        await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, f"more {n}")
    await until(lambda: model.rowCount() == 6, what="appended")
    texts = [model.message_row(r).text for r in range(6)]  # type: ignore[union-attr]
    assert texts == ["first", *(f"more {n}" for n in range(5))]
    for row in range(6):
        message_id = model.message_id(row)
        assert message_id is not None and model.row_of(message_id) == row
    app.window.grab()
    await model.load(None)
    assert model.rowCount() == 0


async def test_a_list_closed_while_it_applies_changes_fails_nothing(
    app: RunningApp, caplog: pytest.LogCaptureFixture
) -> None:
    """A change noted while the list's refresh is under way, then the list is closed: its
    tasks are cancelled and nothing starts its (deleted) timer or reports a failure."""
    import asyncio

    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.ui.inbox.conversation_model import ConversationListModel

    services, _inbox = parts(app)
    await services.db.run(add_conversations, 5)
    model = ConversationListModel(services.db)
    await model.reload()
    failures: list[BaseException] = []
    loop = asyncio.get_running_loop()
    previous = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, context: failures.append(context.get("exception")))
    try:
        model.note_changed(frozenset({model.conversation_id(0) or -1}))
        model._apply_dirty()  # the coalescing timer fired: a refresh is under way
        await asyncio.sleep(0)  # it has started and waits for the database
        model.note_changed(frozenset({model.conversation_id(1) or -1}))  # and more changed
        model.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for _ in range(20):
            await asyncio.sleep(0.01)
    finally:
        loop.set_exception_handler(previous)
    assert not [f for f in failures if isinstance(f, RuntimeError)], failures
    assert "already deleted" not in caplog.text and "conversations:changes" not in caplog.text
