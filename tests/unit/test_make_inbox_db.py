"""The scale generator builds a database the app reads as its own, shaped as promised."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks import make_inbox_db
from desktop.models.db import Database
from desktop.services import inbox

NOW = 1_790_000_000


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("scale") / "inbox.sqlite3"
    args = make_inbox_db.parse_args(
        [
            "--out",
            str(out),
            "--messages",
            "16000",
            "--conversations",
            "300",
            "--big",
            "1",
            "--now",
            str(NOW),
            "--quiet",
        ]
    )
    make_inbox_db.build(args)
    return out


def test_sizes_and_the_big_thread(built: Path) -> None:
    conn = sqlite3.connect(built)
    assert conn.execute("SELECT count(*) FROM message").fetchone()[0] == 16000
    assert conn.execute("SELECT count(*) FROM conversation").fetchone()[0] == 300
    biggest = conn.execute(
        "SELECT count(*) AS n FROM message GROUP BY conversation_id ORDER BY n DESC LIMIT 1"
    ).fetchone()[0]
    assert biggest == 12000
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_mixed_types_and_about_a_third_japanese(built: Path) -> None:
    conn = sqlite3.connect(built)
    kinds = {row[0] for row in conn.execute("SELECT DISTINCT type FROM message")}
    assert {"text", "image", "sticker", "reaction", "template", "interactive", "order"} <= kinds
    texts = [
        row[0]
        for row in conn.execute(
            "SELECT text FROM message WHERE type = 'text' AND conversation_id != "
            "(SELECT conversation_id FROM message GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)"
        )
    ]
    japanese = sum(1 for t in texts if any("\u3040" <= ch <= "\u9fff" for ch in t))
    assert 0.2 < japanese / len(texts) < 0.4


def test_ids_grow_with_time_and_conversations_agree_with_their_messages(built: Path) -> None:
    conn = sqlite3.connect(built)
    stamps = [row[0] for row in conn.execute("SELECT timestamp FROM message ORDER BY id")]
    assert stamps == sorted(stamps)
    mismatched = conn.execute(
        "SELECT count(*) FROM conversation c WHERE c.last_message_ts IS NOT "
        "(SELECT max(timestamp) FROM message m "
        " WHERE m.conversation_id = c.id AND m.type != 'reaction')"
    ).fetchone()[0]
    assert mismatched == 0


def test_billing_only_for_priced_statuses_of_outbound_messages(built: Path) -> None:
    conn = sqlite3.connect(built)
    statuses = {row[0] for row in conn.execute("SELECT DISTINCT status FROM billing_record")}
    assert statuses == {"sent", "delivered"}
    inbound_billed = conn.execute(
        "SELECT count(*) FROM billing_record b JOIN message m ON m.wamid = b.wamid "
        "WHERE m.direction = 'in'"
    ).fetchone()[0]
    assert inbound_billed == 0
    categories = {row[0] for row in conn.execute("SELECT DISTINCT category FROM billing_record")}
    assert {"service", "utility", "marketing"} <= categories


def test_the_app_reads_it(built: Path) -> None:
    db = Database(f"sqlite:///{built}")
    try:
        db.migrate_sync()  # already at head: nothing to do
        ids = db.call(inbox.conversation_ids)
        assert len(ids) == 300
        rows = db.call(inbox.conversation_rows, ids[:20])
        assert sum(1 for row in rows.values() if row.last_message_preview) > 10
        messages = db.call(inbox.message_rows, range(1, 200))
        assert len(messages) == 199
    finally:
        db.close()
