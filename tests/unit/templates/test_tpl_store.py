"""The designer's list: search and status filter, languages, local delete, send targets."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from desktop.models.db import Database
from desktop.models.entities import Contact, Conversation, PhoneNumber, Template, Waba
from desktop.sandbox.seed import _templates
from desktop.services.templates import editable_template, lint_template
from desktop.services.templates.send_targets import (
    approved_template,
    conversation_for,
    known_recipients,
    normalise_wa_id,
    senders_for_waba,
)
from desktop.services.templates.store import (
    TemplateSummary,
    delete_local_templates,
    filter_summaries,
    languages_of,
    list_template_summaries,
)


def _row(i: int, name: str, language: str, category: str, status: str) -> TemplateSummary:
    return TemplateSummary(i, "w", None, name, language, category, status, None, None)


ROWS = [
    _row(1, "order_confirmation", "en_US", "UTILITY", "APPROVED"),
    _row(2, "order_confirmation", "ja", "UTILITY", "APPROVED"),
    _row(3, "flash_promo", "en_US", "UTILITY", "REJECTED"),
    _row(4, "spring_campaign", "ja", "MARKETING", "PENDING"),
]


def test_search_and_filter() -> None:
    assert filter_summaries(ROWS) == ROWS
    assert [r.id for r in filter_summaries(ROWS, "ORDER")] == [1, 2]
    assert [r.id for r in filter_summaries(ROWS, "ja")] == [2, 4]
    assert [r.id for r in filter_summaries(ROWS, "marketing")] == [4]
    assert [r.id for r in filter_summaries(ROWS, "", "rejected")] == [3]
    assert filter_summaries(ROWS, "order", "PENDING") == []
    assert languages_of(ROWS, "order_confirmation") == ["en_US", "ja"]


@pytest.fixture
def db(db_url: str) -> Any:
    database = Database(db_url)
    database.migrate_sync()

    def seed(session: Any) -> None:
        session.add(Waba(id="w", name="Shop"))
        session.add(Waba(id="other", name="Cafe"))
        session.flush()
        session.add(
            PhoneNumber(
                id="p1",
                waba_id="w",
                display_phone_number="+1 555-010-0003",
                verified_name="Test Number",
                is_test_number=True,
            )
        )
        session.add(PhoneNumber(id="p2", waba_id="other", display_phone_number="+81 3"))
        for lang, status in (("en_US", "APPROVED"), ("ja", "PENDING")):
            session.add(
                Template(
                    waba_id="w",
                    meta_id=f"m-{lang}",
                    name="promo",
                    language=lang,
                    category="MARKETING",
                    status=status,
                    components=[{"type": "BODY", "text": "Hello there."}],
                    updated_at=datetime(2026, 11, 1, tzinfo=UTC),
                )
            )
        session.add(
            Template(
                waba_id="w", name="other", language="en_US", category="UTILITY", status="APPROVED"
            )
        )
        session.add(Contact(wa_id="16505551241", profile_name="Tom Walker"))

    database.call(seed)
    yield database
    database.close()


def test_delete_one_language_then_all(db: Database) -> None:
    rows = db.call(list_template_summaries, "w")
    assert [(r.name, r.language) for r in rows] == [
        ("other", "en_US"),
        ("promo", "en_US"),
        ("promo", "ja"),
    ]
    assert rows[1].updated_at is not None
    assert len(db.call(delete_local_templates, "w", "promo", "ja")) == 1
    assert [(r.name, r.language) for r in db.call(list_template_summaries, "w")] == [
        ("other", "en_US"),
        ("promo", "en_US"),
    ]
    assert len(db.call(delete_local_templates, "w", "promo")) == 1
    assert [r.name for r in db.call(list_template_summaries, "w")] == ["other"]
    assert db.call(delete_local_templates, "w", "missing") == []


def test_send_targets(db: Database) -> None:
    senders = db.call(senders_for_waba, "w")
    assert [(s.id, s.is_test) for s in senders] == [("p1", True)]
    assert "Test Number" in senders[0].display
    assert [(r.wa_id, r.name) for r in db.call(known_recipients)] == [("16505551241", "Tom Walker")]
    promo = db.call(list_template_summaries, "w")[1]
    choice = db.call(approved_template, promo.id)
    assert choice is not None and choice.graph["components"][0]["text"] == "Hello there."
    pending = db.call(list_template_summaries, "w")[2]
    assert db.call(approved_template, pending.id) is None
    first = db.call(conversation_for, "p1", "16505551242", "Emma Wilson")
    again = db.call(conversation_for, "p1", "16505551242", None)
    assert first == again

    def names(session: Any) -> list[str | None]:
        conv = session.get(Conversation, first)
        return [conv.contact.profile_name, conv.phone_number_id]

    assert db.call(names) == ["Emma Wilson", "p1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+1 650-555-1241", "16505551241"),
        ("819012345602", "819012345602"),
        ("(81) 90 1234 5602", "819012345602"),
        ("abc", None),
        ("123", None),
        ("", None),
    ],
)
def test_recipient_numbers(text: str, expected: str | None) -> None:
    assert normalise_wa_id(text) == expected


def test_every_seeded_template_lints_clean() -> None:
    for template in _templates("w", 1):
        graph: dict[str, Any] = {
            "name": template.name,
            "language": template.language,
            "category": template.category,
            "components": template.components,
        }
        if template.parameter_format == "NAMED":
            graph["parameter_format"] = "NAMED"
        report = lint_template(editable_template(graph))
        assert report.errors == [], (
            template.name,
            template.language,
            [i.rule for i in report.errors],
        )
