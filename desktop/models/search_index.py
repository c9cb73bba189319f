"""The full-text indexes that live beside the models, not among them.

Migration 0006 creates SQLite's FTS5 tables with raw SQL (virtual tables and their shadow
tables have no SQLAlchemy model), and 0018 PostgreSQL's pg_trgm indexes (an operator class
the models cannot say), so schema comparisons must skip them: ``include_name`` is the
filter Alembic takes for that.
"""

from __future__ import annotations

from typing import Any

SEARCH_TABLES = ("message_fts", "contact_fts")
SEARCH_INDEXES = ("message_text_trgm", "contact_text_trgm")


def is_search_table(name: str | None) -> bool:
    """An FTS5 table or one of its shadow tables (``message_fts_data``, ``..._idx``...)."""
    return bool(name) and any(
        name == table or (name or "").startswith(table + "_") for table in SEARCH_TABLES
    )


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """Alembic's ``include_name`` hook: everything except the search indexes."""
    if type_ == "index":
        return name not in SEARCH_INDEXES
    return not (type_ == "table" and is_search_table(name))
