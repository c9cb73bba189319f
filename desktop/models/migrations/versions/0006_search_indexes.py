"""search: FTS5 trigram indexes over every message's text and over contacts, kept by triggers

Search must cover every message, in Japanese as well as English. FTS5's trigram tokenizer
matches any substring of three or more characters (Japanese has no spaces between words, so
word tokenizers cannot find 予約 inside 明日の予約を変更), and it is an external-content
table, so the text is stored once, in ``message``. Triggers keep it in step with whatever
writes messages (ingest's raw inserts, the outbox, edits), so no writer has to remember it;
this migration builds it for databases that already hold messages. Reactions are left out:
they are not bubbles a search result could open. Contacts get the same kind of index over
name, username and number, so typing in the inbox's search box does not scan 50,000 rows.

PostgreSQL has no FTS5; there search falls back to ILIKE (see desktop/services/search).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 20:05:00
"""

from __future__ import annotations

from alembic import op


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

INDEXED = "{row}.text IS NOT NULL AND {row}.type != 'reaction'"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    new, old = INDEXED.format(row="new"), INDEXED.format(row="old")
    op.execute(
        "CREATE VIRTUAL TABLE message_fts USING fts5("
        "text, content='message', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        f"CREATE TRIGGER message_fts_insert AFTER INSERT ON message WHEN {new} BEGIN "
        "INSERT INTO message_fts(rowid, text) VALUES (new.id, new.text); END"
    )
    op.execute(
        f"CREATE TRIGGER message_fts_delete AFTER DELETE ON message WHEN {old} BEGIN "
        "INSERT INTO message_fts(message_fts, rowid, text) VALUES ('delete', old.id, old.text); "
        "END"
    )
    op.execute(
        "CREATE TRIGGER message_fts_update AFTER UPDATE OF text, type ON message BEGIN "
        "INSERT INTO message_fts(message_fts, rowid, text) "
        f"SELECT 'delete', old.id, old.text WHERE {old}; "
        f"INSERT INTO message_fts(rowid, text) SELECT new.id, new.text WHERE {new}; "
        "END"
    )
    op.execute(
        "INSERT INTO message_fts(rowid, text) "
        "SELECT id, text FROM message WHERE text IS NOT NULL AND type != 'reaction'"
    )
    _contact_index()


CONTACT_COLUMNS = ("profile_name", "username", "wa_id")


def _contact_index() -> None:
    columns = ", ".join(CONTACT_COLUMNS)
    new = ", ".join(f"new.{c}" for c in CONTACT_COLUMNS)
    old = ", ".join(f"old.{c}" for c in CONTACT_COLUMNS)
    op.execute(
        f"CREATE VIRTUAL TABLE contact_fts USING fts5({columns}, "
        "content='contact', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN "
        f"INSERT INTO contact_fts(rowid, {columns}) VALUES (new.id, {new}); END"
    )
    op.execute(
        "CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN "
        f"INSERT INTO contact_fts(contact_fts, rowid, {columns}) "
        f"VALUES ('delete', old.id, {old}); END"
    )
    op.execute(
        f"CREATE TRIGGER contact_fts_update AFTER UPDATE OF {columns} ON contact BEGIN "
        f"INSERT INTO contact_fts(contact_fts, rowid, {columns}) "
        f"VALUES ('delete', old.id, {old}); "
        f"INSERT INTO contact_fts(rowid, {columns}) VALUES (new.id, {new}); END"
    )
    op.execute("INSERT INTO contact_fts(contact_fts) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in ("message", "contact"):
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{trigger}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
