"""Cutting a large body into parts: nothing lost, nothing doubled, senders travel along."""

from __future__ import annotations

from typing import Any

from desktop.models.wire import Envelope
from desktop.services.ingest.split import item_count, split_envelope


def body(messages: int, statuses: int, contacts: int | None = None) -> dict[str, Any]:
    count = messages if contacts is None else contacts
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "1555", "phone_number_id": "106540352242922"},
        "contacts": [{"wa_id": f"81{i:06d}"} for i in range(count)],
        "messages": [
            {"from": f"81{i % count:06d}", "id": f"wamid.M{i}", "timestamp": "1", "type": "text"}
            for i in range(messages)
        ],
        "statuses": [
            {"id": f"wamid.S{i}", "status": "sent", "timestamp": "1"} for i in range(statuses)
        ],
        "errors": [{"code": 131000, "title": "Something"}],
    }
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "102290129340398",
                "changes": [
                    {"field": "account_update", "value": {"event": "VERIFIED_ACCOUNT"}},
                    {"field": "messages", "value": value},
                ],
            }
        ],
    }


def values(part: dict[str, Any]) -> list[dict[str, Any]]:
    return [c["value"] for e in part["entry"] for c in e["changes"] if c["field"] == "messages"]


def test_parts_hold_every_item_once_within_the_limit() -> None:
    envelope = Envelope.model_validate(body(530, 270))
    assert item_count(envelope) == 800
    parts = split_envelope(envelope, 100)
    assert len(parts) == 8
    for part in parts:
        assert item_count(Envelope.model_validate(part)) <= 100
    messages = [m["id"] for p in parts for v in values(p) for m in v.get("messages", [])]
    statuses = [s["id"] for p in parts for v in values(p) for s in v.get("statuses", [])]
    assert messages == [f"wamid.M{i}" for i in range(530)]
    assert statuses == [f"wamid.S{i}" for i in range(270)]


def test_each_part_carries_its_senders_metadata_and_other_changes_once() -> None:
    parts = split_envelope(Envelope.model_validate(body(250, 0)), 100)
    for part in parts:
        for value in values(part):
            senders = {m["from"] for m in value.get("messages", [])}
            assert {c["wa_id"] for c in value["contacts"]} == senders
            assert value["metadata"]["phone_number_id"] == "106540352242922"
    fields = [c["field"] for p in parts for e in p["entry"] for c in e["changes"]]
    assert fields.count("account_update") == 1
    assert sum("errors" in v for p in parts for v in values(p)) == 1


def test_a_single_contact_goes_with_every_part() -> None:
    parts = split_envelope(Envelope.model_validate(body(250, 0, contacts=1)), 100)
    assert all(len(v["contacts"]) == 1 for p in parts for v in values(p))
