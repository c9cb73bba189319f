"""Search over every message (FTS5 trigram + a short-query fallback), contacts and numbers."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, insert, text, update

from desktop.models.db import Database, upgrade_schema
from desktop.models.entities import Contact, Message, PhoneNumber, Waba
from desktop.services import inbox
from desktop.services.directory import ensure_phone_number, upsert_contact, upsert_conversation
from desktop.services.ingest import apply_payload
from desktop.services.search import messages as search
from desktop.services.search.contacts import phone_digits
from desktop.services.search.highlight import hit_spans, snippet, utf16_spans
from desktop.services.search.messages import CancelToken, search_messages

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "webhooks"
NUMBER = "106540352242922"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()
    yield database
    database.close()


def add_thread(db: Database, wa_id: str, name: str, texts: list[str], start: int = 1) -> int:
    """A conversation with one message per text (``None`` for a media message without one)."""

    def fill(session: Any) -> int:
        ensure_phone_number(session, NUMBER, "15550783881")
        contact = upsert_contact(session, wa_id=wa_id, profile_name=name)
        # Plain SQL with only these columns: a test fills a database of an older schema too
        # (the Conversation model has columns a 0005 database does not).
        found = session.execute(
            text("SELECT id FROM conversation WHERE phone_number_id = :n AND contact_id = :c"),
            {"n": NUMBER, "c": contact.id},
        ).scalar()
        if found is None:
            session.execute(
                text(
                    "INSERT INTO conversation (phone_number_id, contact_id, unread_count) "
                    "VALUES (:n, :c, 0)"
                ),
                {"n": NUMBER, "c": contact.id},
            )
            found = session.execute(
                text("SELECT id FROM conversation WHERE phone_number_id = :n AND contact_id = :c"),
                {"n": NUMBER, "c": contact.id},
            ).scalar()
        conversation_id = int(found)
        session.execute(
            insert(Message),
            [
                dict(
                    conversation_id=conversation_id,
                    phone_number_id=NUMBER,
                    wamid=f"wamid.{wa_id}.{start + i}",
                    direction="in",
                    type="text",
                    text=body,
                    payload={},
                    timestamp=1_750_000_000 + start + i,
                )
                for i, body in enumerate(texts)
            ],
        )
        session.execute(
            text("UPDATE conversation SET last_message_ts = :ts WHERE id = :id"),
            {"ts": 1_750_000_000 + start + len(texts), "id": conversation_id},
        )
        return conversation_id

    return db.call(fill)


def found(db: Database, query: str, **kwargs: Any) -> list[str]:
    return [hit.text for hit in db.call(search_messages, query, **kwargs).hits]


def test_every_message_is_searched_not_only_each_chats_last(db: Database) -> None:
    add_thread(
        db,
        "16505551234",
        "Sheena Nelson",
        ["When is the delivery?", "ok thanks", "see you", "bye"],
    )
    assert found(db, "delivery") == ["When is the delivery?"]
    assert found(db, "DELIVERY") == ["When is the delivery?"]  # case does not matter


def test_japanese_substrings_long_and_short(db: Database) -> None:
    add_thread(
        db,
        "819012345601",
        "佐藤 花子",
        ["明日の予約を変更できますか？", "配送状況を教えてください", "了解です"],
    )
    assert found(db, "予約を変更") == ["明日の予約を変更できますか？"]  # trigram index
    result = db.call(search_messages, "予約")  # two characters: the recent-window fallback
    assert [h.text for h in result.hits] == ["明日の予約を変更できますか？"]
    assert result.complete
    assert result.hits[0].spans == ((3, 2),)
    assert found(db, "配送 教え") == ["配送状況を教えてください"]  # every term must occur
    assert found(db, "予約 配送") == []


def test_newest_first_and_paged(db: Database) -> None:
    add_thread(db, "16505551234", "Sheena", [f"delivery note {i}" for i in range(7)])
    first = db.call(search_messages, "delivery", limit=3)
    assert [h.text for h in first.hits] == [f"delivery note {i}" for i in (6, 5, 4)]
    assert first.next_before is not None
    rest = db.call(search_messages, "delivery", limit=10, before_id=first.next_before)
    assert [h.text for h in rest.hits] == [f"delivery note {i}" for i in (3, 2, 1, 0)]
    assert rest.next_before is None


def test_a_short_query_says_when_it_looked_only_at_recent_messages(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "SHORT_QUERY_WINDOW", 5)
    add_thread(db, "819012345601", "佐藤", ["予約したい"] + ["はい"] * 8)
    recent = db.call(search_messages, "予約")
    assert recent.hits == [] and not recent.complete and recent.next_before is not None
    older = db.call(search_messages, "予約", before_id=recent.next_before)
    assert [h.text for h in older.hits] == ["予約したい"] and older.complete


def test_hits_name_their_conversation_and_contact(db: Database) -> None:
    conv = add_thread(db, "16505551234", "Sheena Nelson", ["delivery today?"])
    (hit,) = db.call(search_messages, "delivery").hits
    assert (hit.conversation_id, hit.contact_name, hit.direction) == (conv, "Sheena Nelson", "in")
    assert hit.spans == ((0, 8),)


def test_query_syntax_in_what_the_user_types_is_just_text(db: Database) -> None:
    add_thread(db, "16505551234", "Sheena", ['she said "NEAR" OR (x*) 100% a_b'])
    for query in ['"NEAR"', "OR (x*)", "100%", "a_b", '"', '"NEAR" OR', "%", "_"]:
        assert found(db, query) == ['she said "NEAR" OR (x*) 100% a_b'], query
    assert found(db, "10_") == []  # LIKE wildcards are escaped


def test_the_index_follows_inserts_edits_and_deletes(db: Database) -> None:
    add_thread(db, "16505551234", "Sheena", ["original words"])

    def edit(session: Any) -> None:
        session.execute(update(Message).values(text="edited wording"))

    db.call(edit)
    assert found(db, "original") == []
    assert found(db, "wording") == ["edited wording"]

    def remove(session: Any) -> None:
        session.execute(delete(Message))

    db.call(remove)
    assert found(db, "wording") == []
    assert db.call(lambda s: s.execute(text("SELECT count(*) FROM message_fts")).scalar()) == 0


def test_reactions_are_not_results(db: Database) -> None:
    add_thread(db, "16505551234", "Sheena", ["👍👍👍 great"])

    def react(session: Any) -> None:
        session.execute(update(Message).values(type="reaction"))

    db.call(react)
    assert found(db, "👍👍👍") == []
    assert found(db, "👍") == []


def test_ingest_keeps_the_index_in_step(db: Database) -> None:
    def seed(session: Any) -> None:
        session.add(Waba(id="102290129340398", name="Sakura"))
        session.flush()
        session.add(PhoneNumber(id=NUMBER, waba_id="102290129340398", display_phone_number="1"))

    db.call(seed)
    payload = json.loads((FIXTURES / "in_text.json").read_text(encoding="utf-8"))
    body = copy.deepcopy(payload)
    message = body["entry"][0]["changes"][0]["value"]["messages"][0]
    message["text"]["body"] = "配送はいつになりますか"
    db.call(apply_payload, body)
    assert found(db, "配送はいつ") == ["配送はいつになりますか"]


def add_old_thread(database: Database, wa_id: str, name: str, texts: list[str]) -> None:
    """Rows as a 0005 database holds them: core inserts name only the columns of that time
    (today's entities carry later columns, such as the number's badge state)."""
    with database.engine.begin() as c:
        c.execute(
            insert(PhoneNumber.__table__).values(id=NUMBER, display_phone_number="15550783881")
        )
        contact_id = c.execute(
            insert(Contact.__table__).values(wa_id=wa_id, profile_name=name)
        ).inserted_primary_key[0]
        # Plain SQL: the model's conversation has work columns (status) with Python defaults.
        conversation_id = c.exec_driver_sql(
            "INSERT INTO conversation (phone_number_id, contact_id, last_message_ts, unread_count)"
            " VALUES (?, ?, ?, 0)",
            (NUMBER, contact_id, 1_750_000_001 + len(texts)),
        ).lastrowid
        for i, body in enumerate(texts):
            c.execute(
                insert(Message.__table__).values(
                    conversation_id=conversation_id,
                    phone_number_id=NUMBER,
                    wamid=f"wamid.{wa_id}.{1 + i}",
                    direction="in",
                    type="text",
                    text=body,
                    payload={},
                    timestamp=1_750_000_001 + i,
                )
            )


def test_the_migration_indexes_messages_already_stored(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from desktop.models.db import MIGRATIONS_DIR

    database = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")  # a database from before search existed
    add_old_thread(database, "16505551234", "Sheena", ["the delivery was late", "予約です"])
    upgrade_schema(database.engine)
    assert found(database, "delivery") == ["the delivery was late"]
    assert found(database, "予約で") == ["予約です"]
    database.close()


def test_a_cancelled_search_stops_and_says_so(db: Database) -> None:
    add_thread(db, "16505551234", "Sheena", [f"message {i}" for i in range(3000)])

    class CancelsWhileRunning(CancelToken):
        looks = 0

        @property
        def cancelled(self) -> bool:  # the first look (before the query) says "go on"
            self.looks += 1
            return self.looks > 1

    token = CancelsWhileRunning()
    result = db.call(search_messages, "zz", cancel=token)  # a full window scan: long enough
    assert result.cancelled and result.hits == [] and token.looks > 1
    before = CancelToken()
    before.cancel()
    assert db.call(search_messages, "message", cancel=before).cancelled
    # The session and the DB thread are fine afterwards.
    assert found(db, "message 2999") == ["message 2999"]


def test_numbers_in_any_format_find_the_same_contact(db: Database) -> None:
    noah = add_thread(db, "16505551243", "Noah Davis", ["hi"])
    add_thread(db, "16505559999", "Someone Else", ["hello"], start=10)
    hanako = add_thread(db, "819012345601", "佐藤 花子", ["こんにちは"], start=20)
    for typed in ("+1 650-555-1243", "16505551243", "650 555 1243", "(650) 555-1243"):
        flt = inbox.ConversationFilter(text=typed)
        assert db.call(inbox.conversation_ids, flt) == [noah], typed
    for typed in ("090-1234-5601", "+81 90 1234 5601", "佐藤", "花子"):
        flt = inbox.ConversationFilter(text=typed)
        assert db.call(inbox.conversation_ids, flt) == [hanako], typed
    assert db.call(inbox.conversation_ids, inbox.ConversationFilter(text="noah")) == [noah]


def test_usernames_are_found_with_or_without_the_at(db: Database) -> None:
    def fill(session: Any) -> int:
        ensure_phone_number(session, NUMBER, "15550783881")
        contact = upsert_contact(session, user_id="US.1", username="@realsheenanelson")
        return int(upsert_conversation(session, NUMBER, contact.id).id)

    conv = db.call(fill)
    for typed in ("@realsheena", "realsheena", "sheenanelson"):
        assert db.call(inbox.conversation_ids, inbox.ConversationFilter(text=typed)) == [conv]


def test_phone_digits_reads_only_what_looks_like_a_number() -> None:
    assert phone_digits("+1 650-555-1243") == ["16505551243"]
    assert phone_digits("090-1234-5601") == ["09012345601", "9012345601"]
    assert phone_digits("12") == []
    assert phone_digits("order 123") == []


def test_spans_snippets_and_utf16() -> None:
    assert hit_spans("Delivery, delivery!", ["delivery"]) == ((0, 8), (10, 8))
    assert hit_spans("abcdef", ["bcd", "cde"]) == ((1, 4),)
    long = "x" * 200 + " the delivery " + "y" * 200
    cut, spans = snippet(long, hit_spans(long, ["delivery"]), width=60)
    assert len(cut) <= 62 and cut.startswith("…") and cut.endswith("…")
    start, length = spans[0]
    assert cut[start : start + length] == "delivery"
    flat, moved = snippet("line one\n\nthe  delivery", hit_spans("x", []), width=100)
    assert flat == "line one the delivery" and moved == ()
    emoji = "🎉 delivery"
    assert utf16_spans(emoji, hit_spans(emoji, ["delivery"])) == ((3, 8),)
