"""PostgreSQL runs: a fresh database per test on the server at ``WABADESK_TEST_PG_URL``.

``.ci/run`` starts a PostgreSQL from the distribution's packages and sets the variable;
without it these tests are skipped. ``db_url`` is overridden here, so suites written for
SQLite run unchanged against PostgreSQL when their tests are imported into this folder.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

ENV = "WABADESK_TEST_PG_URL"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "postgres" in item.path.parent.parts:
            item.add_marker(pytest.mark.postgres)


@pytest.fixture
def pg_url() -> Iterator[str]:
    base = os.environ.get(ENV)
    if not base:
        pytest.skip(f"{ENV} is not set (PostgreSQL runs in .ci/run)")
    server = make_url(base)
    name = f"wd_test_{secrets.token_hex(6)}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield server.set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


@pytest.fixture
def db_url(pg_url: str) -> str:
    return pg_url
