"""search on PostgreSQL: trigram indexes over message text and contacts (pg_trgm)

SQLite searches through FTS5 trigram tables (0006); PostgreSQL gets the same kind of index
with pg_trgm's GIN operator class, so ILIKE '%term%' over a year of messages is an index
lookup and Japanese substrings of three characters or more are found as on SQLite. The
extension is "trusted" (PostgreSQL 13+), so the database's owner may create it; where it
cannot be created, search still works, without the index, and a warning says why.

Revision ID: 0018_pg_trigram_search
Revises: 0017_agent_admin
Create Date: 2026-12-03 08:05:00
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0018_pg_trigram_search"
down_revision = "0017_agent_admin"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError as exc:
        log.warning("pg_trgm is not available (%s); search works without its index", exc.orig)
        return
    op.execute(
        "CREATE INDEX IF NOT EXISTS message_text_trgm ON message "
        "USING gin (text gin_trgm_ops) WHERE text IS NOT NULL AND type <> 'reaction'"
    )
    op.execute(
        "CREATE INDEX IF NOT EXISTS contact_text_trgm ON contact USING gin "
        "(profile_name gin_trgm_ops, username gin_trgm_ops, wa_id gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS contact_text_trgm")
    op.execute("DROP INDEX IF EXISTS message_text_trgm")
