"""History bills each customer by the country kept with their contact (contact.country,
migration 0026) instead of parsing every number again: the bill is the one parsing gives,
a contact kept before the column (NULL) or with a value that is no country is parsed, and a
number of no country or a hostile one is left out as before."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from desktop.models.db import MIGRATIONS_DIR, Database, upgrade_schema
from desktop.models.entities import (
    Business,
    Contact,
    Conversation,
    Message,
    MessageStatus,
    PhoneNumber,
    Template,
    Waba,
)
from desktop.services.directory import upsert_contact
from desktop.services.pricing import markets
from desktop.services.pricing.cards import load_bundled_cards
from desktop.services.pricing.era_pass import bill_eras
from desktop.services.pricing.eras import AUTO, ERAS
from desktop.services.pricing.history import price_history, read_history
from desktop.services.pricing.history_read import read_timelines

# +1, +44 and +7 are shared calling codes (parsed); +81 and +55 are not.
NUMBERS = ("16505550123", "14165550199", "447700900123", "79161234567", "77012345678",
           "819012345678", "5511987654321")  # fmt: skip
HOSTILE = ("999123", "12ab!")


def ts(when: str) -> int:
    return int(datetime.fromisoformat(when).astimezone(UTC).timestamp())


def seed(session: Session) -> None:
    """Two months of replies and templates to every customer, contacts made as ingest makes
    them (their country kept), plus numbers of no country and a customer with no number."""
    rng = random.Random(5)
    session.add(Business(id="biz", name="Shop"))
    session.add(Waba(id="w1", business_id="biz", name="Shop", currency="USD", timezone="UTC"))
    session.add(PhoneNumber(id="p1", waba_id="w1", display_phone_number="81300000000"))
    session.add_all([
        Template(waba_id="w1", name="order", language="en", category="UTILITY",
                 status="APPROVED"),
        Template(waba_id="w1", name="promo", language="en", category="MARKETING",
                 status="APPROVED"),
    ])  # fmt: skip
    contacts = [upsert_contact(session, wa_id=n) for n in (*NUMBERS, *HOSTILE)]
    contacts.append(upsert_contact(session, user_id="US.nonumber"))
    convs = []
    for contact in contacts:
        conv = Conversation(phone_number_id="p1", contact_id=contact.id, unread_count=0)
        session.add(conv)
        convs.append(conv)
    session.flush()
    t = ts("2025-08-01T00:00:00+00:00")
    for k in range(400):
        conv = rng.choice(convs)
        t += rng.choice((60, 3600, 30 * 3600))
        wamid = f"wamid.{k}"
        if rng.random() < 0.4:
            session.add(Message(conversation_id=conv.id, phone_number_id="p1", wamid=wamid,
                                direction="in", type="text", payload={}, timestamp=t))  # fmt: skip
            continue
        template = rng.choice(("order", "promo", None))
        msg = Message(
            conversation_id=conv.id, phone_number_id="p1", wamid=wamid, direction="out",
            type="template" if template else "text",
            payload={"template": {"name": template, "language": {"code": "en"}}}
            if template else {},
            status="delivered", status_ts=t + 20, timestamp=t, delivered_at=t + 20,
        )  # fmt: skip
        session.add(msg)
        session.flush()
        session.add(MessageStatus(message_id=msg.id, wamid=wamid, status="delivered",
                                  timestamp=t + 20))  # fmt: skip
    session.commit()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()
    database.call(seed)
    yield database
    database.close()


def forget_parsed() -> None:
    markets._country_of_digits.cache_clear()
    markets._parsed.cache_clear()


def bills(db: Database) -> tuple[dict[str, list[Any]], dict[str, list[Any]], int, int]:
    """Every era's lines by both reads (explained and streamed) and what each left out."""
    book = load_bundled_cards()
    stored = db.call(read_history)
    report = price_history(book, stored)
    explained = {
        era: sorted(
            (m, ln.market, ln.category, str(ln.rate), ln.count)
            for m in report.months()
            for _c, ln in report.lines(m, era)
        )
        for era in (AUTO, *ERAS)
    }
    read = db.call(read_timelines, batch=7)
    (line,) = read.timelines.values()
    streamed = {
        era: sorted(
            (ln.month, ln.market, ln.category, str(ln.rate), ln.count)
            for ln in bill.lines
            if ln.count
        )
        for era, bill in bill_eras(book, line).items()
    }
    return explained, streamed, stored.left_out, read.left_out


def test_the_kept_country_bills_as_parsing_does_and_spares_the_parse(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = dict(db.call(lambda s: s.execute(select(Contact.wa_id, Contact.country)).all()))
    assert kept == {"16505550123": "US", "14165550199": "CA", "447700900123": "GB",
                    "79161234567": "RU", "77012345678": "KZ", "819012345678": "JP",
                    "5511987654321": "BR", "999123": None, "12ab!": None,
                    None: None}  # fmt: skip
    parses: list[str] = []
    real = markets.phonenumbers.parse

    def counted(number: str, region: str | None) -> Any:
        parses.append(number)
        return real(number, region)

    monkeypatch.setattr(markets.phonenumbers, "parse", counted)
    forget_parsed()
    with_kept = bills(db)
    # Only the numbers kept without a country are parsed, each once for both reads.
    assert sorted(parses) == ["+12ab!", "+999123"]

    db.call(lambda s: (s.execute(update(Contact).values(country=None)), s.commit()))
    forget_parsed()
    parses.clear()
    parsed = bills(db)
    # The shared calling codes (+1, +44, +7) and the two of no country, each once.
    assert sorted(parses) == sorted(
        ["+12ab!", "+999123", "+16505550123", "+14165550199", "+447700900123",
         "+79161234567", "+77012345678"]
    )  # fmt: skip
    assert with_kept == parsed
    explained, streamed, left_out_events, left_out_rows = with_kept
    assert explained == streamed
    assert sum(c for *_k, c in explained[AUTO]) > 100
    assert {market for _m, market, *_r in explained[AUTO]} >= {"North America", "Russia"}
    assert left_out_events > 0 and left_out_rows > 0  # the contacts of no country


def test_the_kept_country_is_the_one_billed(db: Database) -> None:
    # A country that is not the number's shows the kept value is read, not parsed again.
    db.call(
        lambda s: (
            s.execute(update(Contact).where(Contact.wa_id == "16505550123").values(country="JP")),
            s.execute(update(Contact).where(Contact.wa_id == "14165550199").values(country="zz")),
            s.commit(),
        )
    )
    stored = db.call(read_history)
    countries = {ev.contact: ev.country for h in stored.histories.values() for ev in h.events}
    assert countries["16505550123"] == "JP"
    assert countries["14165550199"] == "CA"  # "zz" is no country: the number is parsed
    assert "999123" not in countries and "12ab!" not in countries
    read = db.call(read_timelines)
    (line,) = read.timelines.values()
    assert {country for _phone, country in line.buckets} == {
        "JP", "CA", "GB", "RU", "KZ", "BR"
    }  # fmt: skip


def _migrate_to(database: Database, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _backfill(url: str) -> None:
    database = Database(url)
    try:
        _migrate_to(database, "0025_status_delivery_index")  # before the column existed
        with database.engine.begin() as conn:
            for n, wa_id in enumerate((*NUMBERS, *HOSTILE, None), start=1):
                conn.execute(
                    text(
                        "INSERT INTO contact (id, wa_id, user_id, created_at) "
                        "VALUES (:id, :wa_id, :user_id, CURRENT_TIMESTAMP)"
                    ),
                    {"id": n, "wa_id": wa_id, "user_id": None if wa_id else f"US.u{n}"},
                )
        upgrade_schema(database.engine)
        with database.engine.connect() as conn:
            kept = dict(conn.execute(text("SELECT wa_id, country FROM contact")).all())
        assert kept == {n: markets.stored_country(n) for n in (*NUMBERS, *HOSTILE, None)}
        assert kept["14165550199"] == "CA" and kept["77012345678"] == "KZ"
        assert kept["999123"] is None and kept[None] is None
    finally:
        database.close()


def test_the_migration_fills_the_country_of_stored_contacts(tmp_path: Path) -> None:
    _backfill(f"sqlite:///{tmp_path / 'old.sqlite3'}")


@pytest.mark.postgres
def test_the_migration_fills_the_country_on_postgresql(pg_url: str) -> None:
    _backfill(pg_url)


def test_the_migration_passes_over_a_number_stored_as_bytes(tmp_path: Path) -> None:
    # A damaged or hand-edited SQLite file can hold anything in a text column: the upgrade
    # must not stop the app from starting over one odd row.
    database = Database(f"sqlite:///{tmp_path / 'odd.sqlite3'}")
    try:
        _migrate_to(database, "0025_status_delivery_index")
        with database.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO contact (id, wa_id, created_at) VALUES "
                    "(1, X'81FF00', CURRENT_TIMESTAMP), (2, '819012345678', CURRENT_TIMESTAMP)"
                )
            )
        upgrade_schema(database.engine)
        with database.engine.connect() as conn:
            kept = dict(conn.execute(text("SELECT id, country FROM contact")).all())
        assert kept == {1: None, 2: "JP"}
    finally:
        database.close()
