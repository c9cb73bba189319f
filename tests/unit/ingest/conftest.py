"""Fixtures for ingest tests: a migrated database with our WABA and number, and payloads."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.models.db import Database
from desktop.models.entities import PhoneNumber, Waba

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "webhooks"
WABA_ID = "102290129340398"
NUMBER_ID = "106540352242922"


def load(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def value_of(payload: dict[str, Any]) -> dict[str, Any]:
    return payload["entry"][0]["changes"][0]["value"]


def status_payload(wamid: str, status: str, ts: int, **extra: Any) -> dict[str, Any]:
    """A status webhook from the ``status_<status>`` fixture, retargeted."""
    name = f"status_{status}"
    payload = copy.deepcopy(load(name)) if (FIXTURES / f"{name}.json").exists() else None
    if payload is None:
        payload = copy.deepcopy(load("status_read"))
    st = value_of(payload)["statuses"][0]
    st.update({"id": wamid, "status": status, "timestamp": str(ts)}, **extra)
    return payload


@pytest.fixture(autouse=True, params=["sqlite-fast-path", "core", "core-expanding-in"])
def store_kind(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run every ingest test on each way of writing: the SQLite fast path and plain Core."""
    from desktop.services.ingest import queries

    kind = str(request.param)
    if kind != "sqlite-fast-path":
        store = queries.Store("sqlite" if kind == "core" else "generic")
        monkeypatch.setattr(queries, "store_for", lambda _conn: store)
    return kind


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()

    def seed(session: Any) -> None:
        session.add(Waba(id=WABA_ID, name="Sakura Flowers"))
        session.flush()
        session.add(
            PhoneNumber(id=NUMBER_ID, waba_id=WABA_ID, display_phone_number="+1 555-078-3881")
        )

    database.call(seed)
    yield database
    database.close()


@pytest.fixture
def ingest(db: Database) -> Callable[..., Any]:
    from desktop.services.ingest import apply_payload

    def run(payload: dict[str, Any]) -> Any:
        return db.call(apply_payload, payload)

    return run
