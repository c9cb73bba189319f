"""Admin profiles: someone may always change Settings and Numbers, and nobody is locked out
(by a new database, by taking the role away, or by upgrading a database with profiles)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.models.db import MIGRATIONS_DIR, Database, upgrade_schema
from desktop.services import work


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()
    yield database
    database.close()


def test_the_first_profile_is_admin_and_the_last_admin_stays(db: Database) -> None:
    assert work.may_administer([], None)  # a new database: everybody may
    ana = db.call(work.add_agent, "Ana")
    ken = db.call(work.add_agent, "Ken")
    assert (ana.is_admin, ken.is_admin) == (True, False)
    profiles = db.call(work.agents)
    assert work.may_administer(profiles, ana.id)
    assert not work.may_administer(profiles, ken.id)
    assert not work.may_administer(profiles, None)

    with pytest.raises(work.LastAdmin):
        db.call(work.set_admin, ana.id, False)
    db.call(work.set_admin, ken.id, True)
    db.call(work.set_admin, ana.id, False)  # Ken is admin now, so Ana may stop being one
    assert [(a.name, a.is_admin) for a in db.call(work.agents)] == [("Ana", False), ("Ken", True)]
    mika = db.call(work.add_agent, "Mika")
    db.call(work.remove_agent, ken.id)  # the last admin leaves: the oldest left takes over
    assert [(a.name, a.is_admin) for a in db.call(work.agents)] == [("Ana", True), ("Mika", False)]
    db.call(work.remove_agent, ana.id)
    db.call(work.remove_agent, mika.id)  # the last profile of all may go
    assert db.call(work.agents) == []


def test_upgrading_a_database_with_profiles_makes_the_oldest_admin(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    database = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0015_message_agent")  # before admins existed
    with database.engine.begin() as connection:
        for name, colour in (("Mika", "#1e88e5"), ("Ana", "#e53935")):
            connection.execute(
                text("INSERT INTO agent (name, colour, created_at) VALUES (:n, :c, '2026-01-01')"),
                {"n": name, "c": colour},
            )
    upgrade_schema(database.engine)
    assert [(a.name, a.is_admin) for a in database.call(work.agents)] == [
        ("Ana", False),
        ("Mika", True),
    ]
    database.close()
