"""Template and number updates, other fields, and bodies of unexpected shape."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.models.db import Database
from desktop.models.entities import (
    Contact,
    Conversation,
    Message,
    PhoneNumber,
    Template,
    WebhookEvent,
)
from desktop.services.ingest import apply_payloads, normalise_language
from desktop.services.templates.store import delete_local_templates
from tests.unit.ingest.conftest import NUMBER_ID, WABA_ID, load, value_of


def add_template(db: Database, **fields: Any) -> int:
    def make(session: Any) -> int:
        values = {
            "waba_id": WABA_ID,
            "name": "order_update",
            "language": "en_US",
            "category": "UTILITY",
            "status": "PENDING",
        }
        values.update(fields)
        template = Template(**values)
        session.add(template)
        session.flush()
        return template.id

    return db.call(make)


def template(db: Database, template_id: int) -> Template:
    return db.call(lambda s: s.get(Template, template_id))


def test_language_is_normalised() -> None:
    assert normalise_language("en-US") == "en_US"
    assert normalise_language("ja") == "ja"


def test_status_update_by_name_and_language(db: Database, ingest: Callable[..., Any]) -> None:
    tid = add_template(db)
    result = ingest(load("template_status_approved"))
    assert result.error is None and result.template_ids == {tid}
    assert result.template_waba_ids == {WABA_ID}
    row = template(db, tid)
    assert (row.status, row.meta_id, row.rejection_reason) == (
        "APPROVED",
        "1689556908129835",
        None,
    )


def test_rejection_by_meta_id_keeps_reason(db: Database, ingest: Callable[..., Any]) -> None:
    tid = add_template(db, name="abandoned_cart", language="en", meta_id="1689556908129836")
    ingest(load("template_status_rejected"))
    row = template(db, tid)
    assert row.status == "REJECTED"
    assert row.rejection_reason is not None
    assert row.rejection_reason.startswith("INVALID_FORMAT")
    assert "next to each other" in row.rejection_reason


def test_quality_and_category_updates(db: Database, ingest: Callable[..., Any]) -> None:
    tid = add_template(db, meta_id="1689556908129835", status="APPROVED")
    ingest(load("template_quality"))
    ingest(load("template_category"))
    row = template(db, tid)
    assert (row.quality_score, row.category, row.status) == ("YELLOW", "MARKETING", "APPROVED")


def test_unknown_template_is_not_created_and_flagged(
    db: Database, ingest: Callable[..., Any]
) -> None:
    result = ingest(load("template_status_rejected"))
    assert result.processed and "abandoned_cart" in (result.error or "")
    assert result.template_ids == set()
    assert db.call(lambda s: s.scalar(select(func.count()).select_from(Template))) == 0
    event = db.call(lambda s: s.scalar(select(WebhookEvent)))
    assert event.processed and "not in the local list" in event.error


def test_late_status_does_not_bring_back_a_deleted_template(
    db: Database, ingest: Callable[..., Any]
) -> None:
    add_template(db, meta_id="1689556908129835")
    removed = db.call(lambda s: delete_local_templates(s, WABA_ID, "order_update"))
    assert removed
    result = ingest(load("template_status_approved"))  # sent before Meta saw the deletion
    assert result.processed and result.template_ids == set()
    assert db.call(lambda s: s.scalar(select(func.count()).select_from(Template))) == 0
    assert "order_update" in (result.error or "")


def test_number_quality_and_name_updates(db: Database, ingest: Callable[..., Any]) -> None:
    first = ingest(load("number_quality"))
    second = ingest(load("number_name"))
    assert first.phone_number_ids == {NUMBER_ID} == second.phone_number_ids
    number = db.call(lambda s: s.get(PhoneNumber, NUMBER_ID))
    assert number.messaging_limit_tier == "TIER_2K"
    assert (number.name_status, number.verified_name) == ("APPROVED", "Sakura Flowers")


def test_number_update_for_unknown_number_is_flagged(
    db: Database, ingest: Callable[..., Any]
) -> None:
    payload = load("number_quality")
    value_of(payload)["display_phone_number"] = "819000000000"
    result = ingest(payload)
    assert result.processed and "819000000000" in (result.error or "")


def test_other_fields_are_kept_raw(db: Database, ingest: Callable[..., Any]) -> None:
    result = ingest(load("account_update"))
    assert result.processed and result.error is None
    event = db.call(lambda s: s.scalar(select(WebhookEvent)))
    assert event.processed and "VERIFIED_ACCOUNT" in event.raw


def test_webhook_level_errors_are_noted(db: Database, ingest: Callable[..., Any]) -> None:
    result = ingest(load("webhook_error"))
    assert result.processed and "131000" in (result.error or "")


def test_unexpected_shape_is_stored_unprocessed(db: Database, ingest: Callable[..., Any]) -> None:
    payload = load("in_text")
    del value_of(payload)["metadata"]
    result = ingest(payload)
    assert not result.processed and "metadata" in (result.error or "")
    event = db.call(lambda s: s.scalar(select(WebhookEvent)))
    assert event.processed is False and "metadata" in event.error
    assert db.call(lambda s: s.scalar(select(func.count()).select_from(Message))) == 0


def test_one_odd_body_does_not_spoil_its_batch(db: Database) -> None:
    good = load("in_text")
    bad: Any = ["not", "an", "envelope"]
    results = db.call(apply_payloads, [("good", good), ("bad", bad), ("good2", load("in_image"))])
    assert [r.processed for r in results] == [True, False, True]
    assert db.call(lambda s: s.scalar(select(func.count()).select_from(Message))) == 2
    assert db.call(lambda s: s.scalar(select(func.count()).select_from(WebhookEvent))) == 3


def test_a_failing_batch_leaves_nothing_behind(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Everything a batch writes is one transaction: a late failure undoes the early writes."""
    from desktop.services.ingest import queries

    real_store_for = queries.store_for

    class Boom(RuntimeError):
        pass

    def failing_store(conn: Any) -> Any:
        store = real_store_for(conn)

        class Failing(type(store)):  # type: ignore[misc]
            def insert_events(self, conn: Any, rows: Any) -> None:
                raise Boom("disk vanished")

        failing = Failing.__new__(Failing)
        failing.__dict__.update(store.__dict__)
        return failing

    monkeypatch.setattr(queries, "store_for", failing_store)
    with pytest.raises(Boom):
        db.call(apply_payloads, [("a", load("in_text")), ("b", load("in_image"))])
    monkeypatch.setattr(queries, "store_for", real_store_for)
    for entity in (Message, WebhookEvent, Conversation, Contact):
        assert db.call(lambda s, e=entity: s.scalar(select(func.count()).select_from(e))) == 0
