"""Cut a body with thousands of messages into parts that each take one short transaction.

The receiver has one writer. A body with 8,000 messages (a client replaying history, or an
attacker with the app secret) written in one transaction held that writer for tens of
seconds, and every other webhook waited. Its parts are written one after the other, each in
its own transaction (shared with whatever else is queued), and the body is answered 200 and
stored raw only with its last part. Writing is idempotent by Meta's ids, so a crash between
parts loses nothing: Meta delivers the body again and the parts already written are found.
"""

from __future__ import annotations

from typing import Any

from desktop.models.wire import Envelope

# Messages and statuses per part: a few hundred is a fraction of a second of writing even
# when every message comes from a new customer.
PART_ITEMS = 250


def item_count(envelope: Envelope) -> int:
    """Messages and statuses the body carries."""
    total = 0
    for entry in envelope.entry:
        for change in entry.changes:
            if change.field == "messages":
                for name in ("messages", "statuses"):
                    items = change.value.get(name)
                    total += len(items) if isinstance(items, list) else 0
    return total


def split_envelope(envelope: Envelope, limit: int = PART_ITEMS) -> list[dict[str, Any]]:
    """Bodies (plain JSON) with at most ``limit`` messages and statuses each, in order.

    Every other change rides in the first part. Each piece of a ``messages`` change keeps
    its metadata; its errors go with its first piece, and contacts go with the messages they
    sent (all of them when there is only one, which is how Meta names the sender then).
    """
    parts: list[list[tuple[str, str, dict[str, Any]]]] = [[]]
    room = limit
    for entry in envelope.entry:
        for change in entry.changes:
            value = change.value
            if change.field != "messages":
                parts[0].append((entry.id, change.field, value))
                continue
            lists = {
                n: value[n] for n in ("messages", "statuses") if isinstance(value.get(n), list)
            }
            base = {k: v for k, v in value.items() if k not in lists and k != "contacts"}
            items = [(n, item) for n, found in lists.items() for item in found]
            first = True
            while first or items:
                if room == 0:
                    parts.append([])
                    room = limit
                taken, items = items[:room], items[room:]
                piece = dict(base) if first else {k: v for k, v in base.items() if k != "errors"}
                messages = [item for n, item in taken if n == "messages"]
                statuses = [item for n, item in taken if n == "statuses"]
                piece["contacts"] = _contacts_for(value.get("contacts"), messages)
                if messages:
                    piece["messages"] = messages
                if statuses:
                    piece["statuses"] = statuses
                parts[-1].append((entry.id, change.field, piece))
                room -= len(taken)
                first = False
    return [_envelope_of(envelope, part) for part in parts if part]


def _contacts_for(contacts: Any, messages: list[Any]) -> Any:
    if not isinstance(contacts, list) or len(contacts) <= 1:
        return contacts if contacts is not None else []
    senders = set()
    for message in messages:
        if isinstance(message, dict):
            for key in ("from", "from_user_id"):
                if message.get(key) is not None:
                    senders.add(str(message[key]))
    return [
        c
        for c in contacts
        if isinstance(c, dict)
        and (str(c.get("wa_id")) in senders or str(c.get("user_id")) in senders)
    ]


def _envelope_of(
    envelope: Envelope, changes: list[tuple[str, str, dict[str, Any]]]
) -> dict[str, Any]:
    entries: dict[str, list[dict[str, Any]]] = {}
    for entry_id, field, value in changes:
        entries.setdefault(entry_id, []).append({"field": field, "value": value})
    return {
        "object": envelope.object,
        "entry": [{"id": entry_id, "changes": found} for entry_id, found in entries.items()],
    }
