"""The migrations build exactly the tables the models describe (no forgotten column)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

import desktop.models.entities  # noqa: F401  registers the tables
from desktop.models.base import Base
from desktop.models.db import Database
from desktop.models.search_index import include_name


def test_migrated_schema_equals_the_models(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()
    db.close()
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_name": include_name})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()
