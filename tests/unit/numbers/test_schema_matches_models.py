"""The migrations build exactly the tables the models describe (no forgotten column)."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, String, Text, create_engine

import desktop.models.entities  # noqa: F401  registers the tables
from desktop.models.base import Base
from desktop.models.db import Database
from desktop.models.search_index import include_name


def _sqlite_ignores_lengths(
    context: Any, inspected: Any, column: Any, inspected_type: Any, metadata_type: Any
) -> bool | None:
    # SQLite does not enforce VARCHAR lengths, so migrations only widen them on servers that
    # do (0009): a length-only difference on SQLite is no difference.
    strings = [t for t in (inspected_type, metadata_type) if isinstance(t, String)]
    if len(strings) == 2 and not any(isinstance(t, Text) for t in strings):
        return False if inspected_type.length != metadata_type.length else None
    return None


def schema_differences(conn: Connection) -> list[Any]:
    opts: dict[str, Any] = {"include_name": include_name}
    if conn.dialect.name == "sqlite":
        opts["compare_type"] = _sqlite_ignores_lengths
    return list(compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata))


def test_migrated_schema_equals_the_models(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()
    db.close()
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            assert schema_differences(conn) == []
    finally:
        engine.dispose()
