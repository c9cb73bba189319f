"""The full-text index tables (SQLite FTS5) that live beside the models, not among them.

Migration 0006 creates them with raw SQL (FTS5 virtual tables and their shadow tables have
no SQLAlchemy model), so schema comparisons must skip them: ``include_name`` is the filter
Alembic takes for that.
"""

from __future__ import annotations

from typing import Any

SEARCH_TABLES = ("message_fts", "contact_fts")


def is_search_table(name: str | None) -> bool:
    """An FTS5 table or one of its shadow tables (``message_fts_data``, ``..._idx``...)."""
    return bool(name) and any(
        name == table or (name or "").startswith(table + "_") for table in SEARCH_TABLES
    )


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """Alembic's ``include_name`` hook: everything except the search index tables."""
    return not (type_ == "table" and is_search_table(name))
