"""Alembic environment: runs on the connection handed in by ``desktop.models.db``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from desktop.models import entities  # noqa: F401  registers the tables
from desktop.models.base import Base
from desktop.models.search_index import include_name

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        connectable = engine_from_config(
            config.get_section(config.config_ini_section, {}),
            prefix="sqlalchemy.",
            poolclass=pool.NullPool,
        )
        with connectable.connect() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,  # FTS5 tables are made by raw SQL, not models
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
