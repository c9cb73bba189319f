"""`wabadesk self-test`: the packaging smoke test's probe, run here from the source tree."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cli_support import wabadesk


def test_self_test_migrates_a_fresh_database_and_exits_0(tmp_path: Path) -> None:
    db = tmp_path / "fresh.sqlite3"
    result = wabadesk("self-test", "--db", f"sqlite:///{db}")
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    names = {r[0] for r in sqlite3.connect(db).execute("select name from sqlite_master")}
    assert {"alembic_version", "conversation", "message"} <= names


def test_self_test_without_a_database_says_what_to_give(tmp_path: Path) -> None:
    result = wabadesk("self-test")
    assert result.returncode == 2
    assert "--db URL" in result.stderr
    assert "Traceback" not in result.stderr
