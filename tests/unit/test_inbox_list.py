"""The conversation list: newest first from an index, a page at a time, no needless joins."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from desktop.models.db import Database
from desktop.models.entities import Conversation
from desktop.services import inbox
from desktop.services.directory import ensure_phone_number, upsert_contact, upsert_conversation
from desktop.services.inbox import ConversationFilter, PageKey

NUMBER = "1065"
OTHER = "1130"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()
    yield database
    database.close()


def seed(db: Database, stamps: list[int | None], unread: set[int] = frozenset()) -> list[int]:  # type: ignore[assignment]
    """One conversation per stamp (in that order of creation); their ids."""

    def fill(session: Any) -> list[int]:
        ensure_phone_number(session, NUMBER, "15550000001")
        ensure_phone_number(session, OTHER, "15550000002")
        ids = []
        for i, ts in enumerate(stamps):
            contact = upsert_contact(session, wa_id=f"8190{i:08d}", profile_name=f"Customer {i}")
            conv = upsert_conversation(session, OTHER if i % 3 == 2 else NUMBER, contact.id)
            conv.last_message_ts = ts
            conv.unread_count = 1 if i in unread else 0
            session.flush()
            ids.append(conv.id)
        return ids

    return db.call(fill)


def expected_order(ids: list[int], stamps: list[int | None]) -> list[int]:
    dated = sorted(
        ((ts, cid) for cid, ts in zip(ids, stamps, strict=True) if ts is not None), reverse=True
    )
    undated = sorted((cid for cid, ts in zip(ids, stamps, strict=True) if ts is None), reverse=True)
    return [cid for _, cid in dated] + undated


STAMPS: list[int | None] = [100, 300, None, 200, 300, 50, None, 300, 10, 200, 400, None, 5]


def test_newest_first_ties_by_higher_id_and_silent_ones_last(db: Database) -> None:
    ids = seed(db, STAMPS)
    assert db.call(inbox.conversation_ids) == expected_order(ids, STAMPS)


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 13, 50])
def test_pages_join_up_to_the_whole_list(db: Database, limit: int) -> None:
    ids = seed(db, STAMPS)
    collected: list[int] = []
    after: PageKey | None = None
    for _ in range(20):
        page = db.call(inbox.conversation_page, after=after, limit=limit)
        collected += page.ids
        assert len(page.ids) <= limit
        if page.next_after is None:
            break
        after = page.next_after
    assert collected == expected_order(ids, STAMPS)
    assert db.call(inbox.conversation_count) == len(STAMPS)


def test_a_conversation_moving_to_the_top_between_pages_is_not_repeated(db: Database) -> None:
    ids = seed(db, STAMPS)
    order = expected_order(ids, STAMPS)
    first = db.call(inbox.conversation_page, limit=4)
    assert first.ids == order[:4]
    moved = order[6]

    def bump(session: Any) -> None:
        session.get(Conversation, moved).last_message_ts = 1_000

    db.call(bump)
    rest = db.call(inbox.conversation_page, after=first.next_after, limit=100)
    assert rest.ids == [cid for cid in order[4:] if cid != moved]
    assert db.call(inbox.conversation_keys, [moved])[moved] == PageKey(1_000, moved)
    assert db.call(inbox.conversation_rank, PageKey(1_000, moved)) == 0


def test_filters_page_and_count_alike(db: Database) -> None:
    ids = seed(db, STAMPS, unread={0, 3, 6, 10})
    flt = ConversationFilter(unread_only=True)
    wanted = [cid for cid in expected_order(ids, STAMPS) if ids.index(cid) in {0, 3, 6, 10}]
    assert db.call(inbox.conversation_page, flt, limit=2).ids == wanted[:2]
    assert db.call(inbox.conversation_ids, flt) == wanted
    assert db.call(inbox.conversation_count, flt) == 4
    other = ConversationFilter(phone_number_id=OTHER)
    on_other = [cid for cid in expected_order(ids, STAMPS) if ids.index(cid) % 3 == 2]
    assert db.call(inbox.conversation_ids, other) == on_other
    keys = db.call(inbox.conversation_keys, ids, other)
    assert set(keys) == set(on_other)


def test_rank_is_the_row_in_the_full_list(db: Database) -> None:
    ids = seed(db, STAMPS)
    order = expected_order(ids, STAMPS)
    keys = db.call(inbox.conversation_keys, ids)
    for row, cid in enumerate(order):
        assert db.call(inbox.conversation_rank, keys[cid]) == row


def test_text_search_still_finds_names_and_numbers(db: Database) -> None:
    ids = seed(db, STAMPS)
    assert db.call(inbox.conversation_ids, ConversationFilter(text="Customer 4")) == [ids[4]]
    assert db.call(inbox.conversation_ids, ConversationFilter(text="819000000003")) == [ids[3]]


def _statements(db: Database) -> tuple[list[tuple[str, Any]], Any]:
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        seen.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", record)
    return seen, record


def _plans(db: Database, statements: list[tuple[str, Any]]) -> list[str]:
    plans = []
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        for statement, params in statements:
            rows = raw.execute("EXPLAIN QUERY PLAN " + statement, params).fetchall()
            plans.append(" | ".join(str(row[-1]) for row in rows))
    return plans


def test_the_list_is_read_from_the_index_without_sorting_or_joining(db: Database) -> None:
    seed(db, STAMPS)
    seen, record = _statements(db)
    page = db.call(inbox.conversation_page, limit=3)
    db.call(inbox.conversation_page, after=page.next_after, limit=3)
    event.remove(db.engine, "before_cursor_execute", record)
    selects = [s for s in seen if s[0].lstrip().upper().startswith("SELECT")]
    assert selects
    for (statement, _), plan in zip(selects, _plans(db, selects), strict=True):
        assert "contact" not in statement.lower()
        assert "TEMP B-TREE" not in plan, plan
    assert any("ix_conversation_recent" in plan for plan in _plans(db, selects))


def test_ingest_finds_conversations_by_contact_through_an_index(db: Database) -> None:
    seed(db, STAMPS)
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        plan = " | ".join(
            str(row[-1])
            for row in raw.execute(
                "EXPLAIN QUERY PLAN SELECT id, phone_number_id, contact_id FROM conversation "
                "WHERE contact_id IN (SELECT value FROM json_each(?))",
                ("[1, 2]",),
            )
        )
    assert "ix_conversation_contact_id" in plan, plan


def test_the_kept_conversation_is_listed_in_its_place_whatever_the_filter(db: Database) -> None:
    ids = seed(db, STAMPS, unread={0, 3})
    order = expected_order(ids, STAMPS)
    kept = ids[4]  # read, so the unread view alone leaves it out
    flt = ConversationFilter(unread_only=True, keep_id=kept)
    wanted = [cid for cid in order if cid in {ids[0], ids[3], kept}]
    assert db.call(inbox.conversation_ids, flt) == wanted
    assert db.call(inbox.conversation_count, flt) == 3
    assert db.call(inbox.conversation_page, flt, limit=2).ids == wanted[:2]
    # Nothing narrows the list: the kept one is listed once, like every other.
    assert db.call(inbox.conversation_ids, ConversationFilter(keep_id=kept)) == order


@pytest.mark.parametrize("limit", [1, 2, 3, 50])
def test_pages_with_a_kept_conversation_join_up_once(db: Database, limit: int) -> None:
    ids = seed(db, STAMPS, unread={1, 7, 11})
    order = expected_order(ids, STAMPS)
    for kept in (ids[4], ids[2], ids[12], ids[1]):  # dated, undated, last, one that matches
        flt = ConversationFilter(unread_only=True, keep_id=kept)
        wanted = [cid for cid in order if cid in {ids[1], ids[7], ids[11], kept}]
        collected: list[int] = []
        after: PageKey | None = None
        for _ in range(20):
            page = db.call(inbox.conversation_page, flt, after=after, limit=limit)
            collected += page.ids
            if page.next_after is None:
                break
            after = page.next_after
        assert collected == wanted
        assert db.call(inbox.conversation_count, flt) == len(wanted)
        keys = db.call(inbox.conversation_keys, ids, flt)
        assert set(keys) == set(wanted)
        for row, cid in enumerate(wanted):
            assert db.call(inbox.conversation_rank, keys[cid], flt) == row
