"""A new customer is stored with the country pricing bills their number as (contact.country),
so a year's history is not parsed again; a number no country uses is stored without one."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from desktop.models.db import Database
from desktop.models.entities import Contact
from desktop.services.directory import upsert_contact
from tests.unit.ingest.conftest import load, value_of


def countries(db: Database) -> dict[str | None, str | None]:
    return dict(db.call(lambda s: s.execute(select(Contact.wa_id, Contact.country)).all()))


def with_sender(wa_id: str) -> dict[str, Any]:
    payload = copy.deepcopy(load("in_text"))
    value = value_of(payload)
    value["contacts"][0]["wa_id"] = wa_id
    value["contacts"][0].pop("user_id")
    value["messages"][0]["from"] = wa_id
    value["messages"][0].pop("from_user_id")
    value["messages"][0]["id"] = f"wamid.from.{wa_id}"
    return payload


def test_ingest_keeps_the_country_of_a_new_customer(
    db: Database, ingest: Callable[..., Any]
) -> None:
    for wa_id in ("16505551234", "447700900123", "819012345678", "14165550199"):
        assert ingest(with_sender(wa_id)).error is None
    assert countries(db) == {
        "16505551234": "US",
        "447700900123": "GB",
        "819012345678": "JP",
        "14165550199": "CA",
    }


def test_a_number_of_no_country_is_stored_without_one(
    db: Database, ingest: Callable[..., Any]
) -> None:
    result = ingest(with_sender("999123"))
    assert result.processed and result.error is None
    assert countries(db) == {"999123": None}


def test_a_customer_known_by_user_id_gets_a_country_with_their_number(db: Database) -> None:
    def first(session: Any) -> Contact:
        return upsert_contact(session, user_id="JP.abc123")

    contact = db.call(first)
    assert contact.country is None

    def later(session: Any) -> str | None:
        found = upsert_contact(session, user_id="JP.abc123", wa_id="5511987654321")
        session.commit()
        return found.country

    assert db.call(later) == "BR"
    assert countries(db) == {"5511987654321": "BR"}
