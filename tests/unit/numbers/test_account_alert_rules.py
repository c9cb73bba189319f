"""What counts as worse, on a real SQLite file: quality drops, new restrictions and bans are
news once; improvements, repeats and what was known at start-up are not."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import PhoneNumber, Waba
from desktop.services.events import Event, EventHub, NumberAlertsRaised, NumbersChanged
from desktop.services.numbers.alerts import AccountWatch, account_snapshot, alerts_between


def _seed(session: Session) -> None:
    session.add(Waba(id="w1", name="Sakura Cafe", restrictions=[]))
    session.add(
        PhoneNumber(
            id="n1",
            waba_id="w1",
            display_phone_number="+81 3-0000-0001",
            verified_name="Tokyo",
            quality_rating="RED",  # known before start: never announced
        )
    )


def _set(session: Session, **values: object) -> None:
    number = session.get_one(PhoneNumber, "n1")
    waba = session.get_one(Waba, "w1")
    for key, value in values.items():
        setattr(waba if key in ("restrictions", "ban_state") else number, key, value)


@pytest.fixture
def db(db_url: str):
    database = Database(db_url)
    database.migrate_sync()
    database.call(_seed)
    yield database
    database.close()


def test_worse_only(db: Database) -> None:
    start = db.call(account_snapshot)
    db.call(_set, quality_rating="GREEN")
    better = db.call(account_snapshot)
    assert alerts_between(start, better) == []
    db.call(_set, quality_rating="YELLOW")
    drop = db.call(account_snapshot)
    [alert] = alerts_between(better, drop)
    assert alert.kind == "quality_drop" and alert.subject_id == "n1"
    assert alert.title.render() == "Quality of Tokyo · +81 3-0000-0001 dropped"
    assert alert.advice.render().startswith("Quality is now medium")
    db.call(_set, quality_rating="UNKNOWN")  # not a known rating: no claim either way
    assert alerts_between(drop, db.call(account_snapshot)) == []

    restriction = [{"type": "RESTRICTED_ADD_PHONE_NUMBER_ACTION", "expires": 1}]
    db.call(_set, restrictions=restriction)
    restricted = db.call(account_snapshot)
    assert [a.kind for a in alerts_between(drop, restricted)] == ["restriction"]
    assert alerts_between(restricted, restricted) == []
    db.call(_set, ban_state="DISABLE")
    [ban] = alerts_between(restricted, db.call(account_snapshot))
    assert ban.kind == "ban" and ban.title.render() == "Sakura Cafe was disabled by Meta"


def test_watch_publishes_after_numbers_changed(db: Database) -> None:
    hub = EventHub()
    seen: list[Event] = []
    hub.subscribe(seen.append)
    watch = AccountWatch(db, hub)

    async def go() -> None:
        await watch.start()
        assert await watch.check() == []  # RED at start-up is old news
        db.call(_set, quality_rating="GREEN")
        await watch.check()
        db.call(_set, quality_rating="RED")
        hub.publish(NumbersChanged(frozenset({"n1"})))
        for _ in range(200):
            if any(isinstance(e, NumberAlertsRaised) for e in seen):
                break
            await asyncio.sleep(0.01)
        await watch.aclose()

    asyncio.run(go())
    raised = [e for e in seen if isinstance(e, NumberAlertsRaised)]
    assert len(raised) == 1 and raised[0].alerts[0].advice.render().startswith("Quality is now low")


def _unflag(session: Session) -> None:
    """What ingest does with Meta's UNFLAGGED: RED becomes "not rated", with a reading."""
    from desktop.services.numbers.history import record_reading

    number = session.get_one(PhoneNumber, "n1")
    number.quality_rating = "UNKNOWN"
    session.flush()
    record_reading(session, number, "webhook", "UNFLAGGED")


def test_an_unflagged_number_is_read_again_once(db: Database) -> None:
    """Meta's UNFLAGGED lifts RED without the new rating: the watch asks for a re-read."""
    hub = EventHub()
    reads: list[str] = []
    gate = asyncio.Event()
    answer = ["YELLOW"]

    async def reread() -> None:
        reads.append("sync")
        await gate.wait()  # a slow sync: checks meanwhile do not start another
        db.call(_set, quality_rating=answer[0])

    async def go() -> None:
        watch = AccountWatch(db, hub, reread=reread)
        await watch.start()
        db.call(_unflag)
        await watch.check()
        await watch.check()
        await asyncio.sleep(0.05)
        assert reads == ["sync"]
        gate.set()
        await asyncio.sleep(0.05)
        await watch.check()  # YELLOW now: nothing more to read
        assert reads == ["sync"]
        db.call(_set, quality_rating="GREEN")
        await watch.check()  # an ordinary change is not an unflag
        assert reads == ["sync"]
        # a second unflag whose re-read finds no rating either is asked about once only
        answer[0] = "UNKNOWN"
        db.call(_unflag)
        for _ in range(3):
            await watch.check()
            await asyncio.sleep(0.02)
        assert reads == ["sync", "sync"]
        await watch.aclose()

    asyncio.run(go())
    assert db.call(lambda s: s.get_one(PhoneNumber, "n1").quality_rating) == "UNKNOWN"


def test_an_unflag_stored_while_closed_is_read_again_at_start(db: Database) -> None:
    reads: list[str] = []

    async def reread() -> None:
        reads.append("sync")

    async def go() -> None:
        db.call(_unflag)  # the receiver stored it while this desk was off
        watch = AccountWatch(db, EventHub(), reread=reread)
        await watch.start()
        await asyncio.sleep(0.05)
        await watch.aclose()

    asyncio.run(go())
    assert reads == ["sync"]


def test_a_failed_reread_is_logged_not_raised(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    async def offline() -> None:
        raise OSError("network down")

    async def go() -> None:
        watch = AccountWatch(db, EventHub(), reread=offline)
        await watch.start()
        db.call(_unflag)
        await watch.check()
        await asyncio.sleep(0.05)
        await watch.aclose()

    asyncio.run(go())
    assert "after an unflag failed" in caplog.text
