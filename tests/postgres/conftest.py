"""PostgreSQL runs: a fresh database per test (``pg_url``, tests/conftest.py).

``.ci/run`` starts a PostgreSQL from the distribution's packages and sets the variable;
without it these tests are skipped. ``db_url`` is overridden here, so suites written for
SQLite run unchanged against PostgreSQL when their tests are imported into this folder.
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "postgres" in item.path.parent.parts:
            item.add_marker(pytest.mark.postgres)


@pytest.fixture
def db_url(pg_url: str) -> str:
    return pg_url
