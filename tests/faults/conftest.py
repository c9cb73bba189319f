"""Fault drills: real processes and a real PostgreSQL, broken on purpose while they work.

They need the PostgreSQL that ``.ci/run`` starts (``WABADESK_TEST_PG_URL``, and
``WABADESK_PG_DIR`` for the drill that restarts it); without it they are skipped.
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "faults" in item.path.parent.parts:
            item.add_marker(pytest.mark.postgres)
