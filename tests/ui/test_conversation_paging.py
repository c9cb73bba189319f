"""The conversation list reads keyset pages and applies ingest's changes in place, coalesced.

500 conversations are written straight into the app's SQLite file; customers then write
through the sandbox's real webhooks, and the list is watched through its model signals.
"""

from __future__ import annotations

import pytest
from app_harness import parts
from qt_async import until
from sqlalchemy.orm import Session

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA

pytestmark = pytest.mark.asyncio

COUNT = 500


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


async def test_the_list_reads_pages_and_moves_changed_rows_in_place(app: RunningApp) -> None:
    services, inbox = parts(app)
    model = inbox.conversations
    await services.db.run(add_conversations, COUNT)
    await model.reload()
    await until(lambda: not model.fetching)
    shown = model.rowCount()
    assert model.PAGE <= shown < COUNT and model.canFetchMore()  # a page, not 500 ids
    assert model.row_data(model.conversation_id(0) or -1).contact_name == "Customer 499"  # type: ignore[union-attr]

    # The conversation open in the thread moves to the top when its customer writes.
    opened = model.conversation_id(5)
    assert opened is not None and inbox.select_conversation(opened)
    await until(lambda: inbox.current_conversation_id == opened)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    refreshes = model.refreshes
    await services.sandbox.customer_says(NUMBER_OSAKA, "447900000494", "is it ready?")
    await until(lambda: model.conversation_id(0) == opened, what="moved to the top")
    assert inbox.conversation_view.currentIndex().row() == 0  # still selected, not reopened
    assert inbox.current_conversation_id == opened
    assert model.rowCount() == shown and resets == []  # moved in place, no re-read list

    # A customer far below the pages read so far comes in at the top.
    await services.sandbox.customer_says(NUMBER_OSAKA, "447900000003", "hello again")
    await until(lambda: model.rowCount() == shown + 1, what="inserted")
    # (both wrote within the same second or two: either may be first)
    top = {model.row_data(model.conversation_id(r) or -1).contact_wa_id for r in (0, 1)}  # type: ignore[union-attr]
    assert top == {"447900000003", "447900000494"}
    assert [model.row_of(i) for i in map(model.conversation_id, range(model.rowCount()))] == list(
        range(model.rowCount())
    )
    assert resets == []

    # A burst of changes costs one or two refreshes, not one each.
    before = model.refreshes
    for n in range(20):
        model.note_changed(frozenset({model.conversation_id(n) or -1}))
    await until(lambda: model.refreshes > before, what="coalesced refresh")
    await until(lambda: not model._coalesce.isActive() and not model._applying)
    assert model.refreshes - before <= 2
    assert model.refreshes - refreshes <= 6

    # The rest of the list is still there, a page at a time.
    while model.canFetchMore():
        count = model.rowCount()
        model.fetchMore()
        await until(lambda count=count: model.rowCount() > count, what="next page")  # type: ignore[misc]
    assert model.rowCount() == COUNT
    ids = [model.conversation_id(r) for r in range(COUNT)]
    assert len(set(ids)) == COUNT
    numbers = [model.row_data(i).contact_wa_id for i in ids[:3] if i is not None]  # type: ignore[union-attr]
    assert set(numbers[:2]) == {"447900000003", "447900000494"}
    assert numbers[2] == "447900000499"


def touch(session: Session, ids: list[int], start: int) -> None:
    """New last messages for ``ids``, the first of them newest (as a burst of ingest)."""
    for n, conversation_id in enumerate(ids):
        session.connection().exec_driver_sql(
            "UPDATE conversation SET last_message_ts = ? WHERE id = ?",
            (start - n, conversation_id),
        )


async def test_a_burst_of_moves_is_one_re_sort_and_the_open_chat_stays_selected(
    app: RunningApp,
) -> None:
    from desktop.ui.inbox.conversation_model import ConversationListModel

    services, inbox = parts(app)
    model = inbox.conversations
    await services.db.run(add_conversations, COUNT)
    await model.reload()
    await until(lambda: not model.fetching)
    opened = model.conversation_id(30)
    assert opened is not None and inbox.select_conversation(opened)
    await until(lambda: inbox.current_conversation_id == opened)

    # Thirty chats of the first page get a new message at once, the open one among them.
    burst = [i for r in range(20, 50) if (i := model.conversation_id(r)) is not None]
    assert opened in burst and len(burst) > model.MOVES_ONE_BY_ONE
    await services.db.run(touch, burst, 1_800_000_000)
    moves: list[int] = []  # the refresh each signal came from (opening the chat causes one)
    layouts: list[int] = []
    model.rowsMoved.connect(lambda *_: moves.append(model.refreshes))
    model.layoutChanged.connect(lambda *_: layouts.append(model.refreshes))
    model.note_changed(frozenset(burst))
    await until(lambda: bool(layouts) and not model._applying, what="re-sorted")

    assert len(layouts) == 1 and layouts[0] not in moves  # one re-sort, not thirty moves
    shown = [model.conversation_id(r) for r in range(model.rowCount())]
    assert shown[: len(burst)] == burst  # newest first, as the burst wrote them
    fresh = ConversationListModel(services.db)
    await fresh.reload()
    assert shown[: fresh.rowCount()] == [fresh.conversation_id(r) for r in range(fresh.rowCount())]
    assert [model.row_of(i) for i in shown if i is not None] == list(range(len(shown)))
    # The open chat moved with its row: still selected, and not reopened.
    row = inbox.conversation_view.currentIndex().row()
    assert row == model.row_of(opened) == burst.index(opened)
    assert inbox.current_conversation_id == opened
    fresh.deleteLater()
