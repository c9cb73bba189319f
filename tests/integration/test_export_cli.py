from __future__ import annotations

import json
from pathlib import Path

from cli_support import wabadesk
from damaged_db import CONVERSATIONS, make_damaged_db, make_history_db
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Message
from desktop.services.directory import ensure_phone_number, upsert_contact, upsert_conversation


def seed(session: Session) -> None:
    number = ensure_phone_number(session, "111", "15550001111")
    contact = upsert_contact(session, wa_id="819012345678", profile_name="佐藤 花子")
    conv = upsert_conversation(session, number.id, contact.id)
    session.add_all(
        [
            Message(
                conversation_id=conv.id,
                phone_number_id="111",
                wamid="wamid.in1",
                direction="in",
                type="text",
                text="こんにちは",
                payload={},
                timestamp=100,
            ),
            Message(
                conversation_id=conv.id,
                phone_number_id="111",
                wamid="wamid.out1",
                direction="out",
                type="text",
                text="Hello!",
                payload={},
                status="read",
                timestamp=160,
                context_wamid="wamid.in1",
            ),
            Message(
                conversation_id=conv.id,
                phone_number_id="111",
                wamid="wamid.in2",
                direction="in",
                type="reaction",
                text="👍",
                payload={},
                timestamp=170,
            ),
        ]
    )


def test_export_prints_the_contract_shape(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()
    db.call(seed)
    db.close()
    result = wabadesk("export", "--db", db_url)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data == {
        "conversations": [
            {
                "phone_number_id": "111",
                "contact_wa_id": "819012345678",
                "contact_name": "佐藤 花子",
                "messages": [
                    {
                        "wamid": "wamid.in1",
                        "direction": "in",
                        "type": "text",
                        "text": "こんにちは",
                        "status": None,
                        "timestamp": 100,
                        "context_wamid": None,
                    },
                    {
                        "wamid": "wamid.out1",
                        "direction": "out",
                        "type": "text",
                        "text": "Hello!",
                        "status": "read",
                        "timestamp": 160,
                        "context_wamid": "wamid.in1",
                    },
                    {
                        "wamid": "wamid.in2",
                        "direction": "in",
                        "type": "reaction",
                        "text": "👍",
                        "status": None,
                        "timestamp": 170,
                        "context_wamid": None,
                    },
                ],
            }
        ]
    }


def test_export_refuses_a_missing_database(tmp_path: Path) -> None:
    result = wabadesk("export", "--db", f"sqlite:///{tmp_path / 'nope.sqlite3'}")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "no database at" in result.stderr
    assert not (tmp_path / "nope.sqlite3").exists()


def test_export_reports_a_corrupt_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 500)
    result = wabadesk("export", "--db", f"sqlite:///{bad}")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "damaged" in result.stderr
    assert bad.read_bytes() == b"garbage" * 500


def test_help_everywhere() -> None:
    for args in (["--help"], ["export", "--help"]):
        result = wabadesk(*args)
        assert result.returncode == 0
        assert "usage:" in result.stdout


def test_export_refuses_a_database_damaged_inside_in_one_line(tmp_path: Path) -> None:
    url = make_damaged_db(tmp_path / "damaged.sqlite3")
    result = wabadesk("export", "--db", url)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "damaged" in result.stderr and "--readable-only" in result.stderr


def test_export_readable_only_saves_what_a_damaged_database_still_holds(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    url = make_history_db(path)
    whole = json.loads(wabadesk("export", "--db", url).stdout)["conversations"]
    from damaged_db import damage

    damage(path)
    result = wabadesk("export", "--readable-only", "--db", url)
    assert result.returncode == 0, result.stderr
    saved = json.loads(result.stdout)["conversations"]
    assert 0 < len(saved) < CONVERSATIONS
    assert all(thread in whole for thread in saved)  # what is exported is exact
    lost = CONVERSATIONS - len(saved)
    assert result.stderr.strip().count("\n") == 0
    assert f"{lost} conversation(s) could not be read" in result.stderr


def test_export_of_a_directory_is_one_line(tmp_path: Path) -> None:
    result = wabadesk("export", "--db", f"sqlite:///{tmp_path}")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0, result.stderr
