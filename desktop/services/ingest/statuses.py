"""How a message's delivery status may move, and adopting statuses that beat the send.

Meta delivers statuses out of order and more than once, so a message only ever moves
forward: ``sent < delivered < read < played``. ``failed`` is terminal and wins over any
status below ``read``; a ``failed`` reported after ``read`` cannot happen in practice (the
user has read the message), so the message stays ``read`` and the ``failed`` row is only kept
in ``message_status``. Outbox states (``queued``, ``sending``, ``accepted``, ``uncertain``)
rank below every status Meta reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from desktop.models.entities import Message, MessageStatus

STATUS_RANKS = {
    "sent": 10,
    "delivered": 20,
    # Between delivered and read: failed overrides sent/delivered but never read.
    "failed": 25,
    "read": 30,
    "played": 40,
}


def status_rank(status: str | None) -> int:
    """Order of delivery statuses; anything Meta did not report (outbox states) ranks 0."""
    return STATUS_RANKS.get(status or "", 0)


def should_advance(current: str | None, new: str) -> bool:
    """Whether a message in ``current`` moves to ``new`` (never backwards; failed is final)."""
    if current == "failed":
        return False
    return status_rank(new) > status_rank(current)


@dataclass(frozen=True)
class StatusFact:
    """One reported status, as far as the message row is concerned."""

    status: str
    timestamp: int
    errors: Sequence[dict[str, Any]] | None = None


@dataclass
class MessageState:
    """The delivery fields of a message row, advanced in memory before one write."""

    status: str | None
    status_ts: int | None
    error_code: int | None = None
    error_title: str | None = None
    error_details: str | None = None
    changed: bool = False

    def apply(self, facts: Iterable[StatusFact]) -> None:
        for fact in sorted(facts, key=lambda f: (status_rank(f.status), f.timestamp)):
            if not should_advance(self.status, fact.status):
                continue
            self.status = fact.status
            self.status_ts = fact.timestamp
            self.changed = True
            if fact.status == "failed":
                self.error_code, self.error_title, self.error_details = first_error(fact.errors)


DELIVERED = ("delivered", "read")


def first_delivery(facts: Iterable[StatusFact]) -> int | None:
    """The earliest ``delivered`` or ``read`` time among ``facts`` (None: neither), kept
    as ``message.delivered_at`` (pricing bills an outbound message at its delivery)."""
    return min((f.timestamp for f in facts if f.status in DELIVERED), default=None)


def first_error(
    errors: Sequence[dict[str, Any]] | None,
) -> tuple[int | None, str | None, str | None]:
    """``(code, title, details)`` of the first error Meta reported, if any."""
    if not errors:
        return None, None, None
    error = errors[0]
    code = error.get("code")
    data = error.get("error_data")
    details = data.get("details") if isinstance(data, dict) else data
    title = error.get("title") or error.get("message")
    return (
        code if isinstance(code, int) else None,
        title if isinstance(title, str) else None,
        details if isinstance(details, str) else None,
    )


def adopt_orphan_statuses(session: Session, message: Message) -> bool:
    """Attach statuses stored before ``message.wamid`` was known and apply them to it.

    A status webhook can arrive before the send response's wamid is stored; such statuses are
    kept as orphans. The outbox calls this right after storing a wamid. Returns whether any
    orphan was adopted.
    """
    if not message.wamid:
        return False
    orphans = list(
        session.scalars(
            select(MessageStatus).where(
                MessageStatus.wamid == message.wamid, MessageStatus.orphan.is_(True)
            )
        )
    )
    if not orphans:
        return False
    if message.id is None:
        session.flush()
    state = MessageState(
        status=message.status,
        status_ts=message.status_ts,
        error_code=message.error_code,
        error_title=message.error_title,
        error_details=message.error_details,
    )
    facts = [StatusFact(o.status, o.timestamp, o.errors) for o in orphans]
    state.apply(facts)
    first = first_delivery(facts)
    if first is not None and (message.delivered_at is None or first < message.delivered_at):
        message.delivered_at = first
    for orphan in orphans:
        orphan.message_id = message.id
        orphan.orphan = False
    if state.changed:
        message.status = state.status
        message.status_ts = state.status_ts
        message.error_code = state.error_code
        message.error_title = state.error_title
        message.error_details = state.error_details
    session.flush()
    return True


# -- sends whose answer never came ------------------------------------------------------------
#: Our id of a send, put in ``biz_opaque_callback_data``: Meta echoes it in every status.
SEND_REFERENCE_PREFIX = "wabadesk:"
#: Outbox states of a row whose send may have reached Meta without us learning its wamid.
CLAIMABLE_STATES = ("uncertain", "queued")


def send_reference(message_id: int, token: str) -> str:
    """The ``biz_opaque_callback_data`` of outbox row ``message_id`` (``token``: random)."""
    return f"{SEND_REFERENCE_PREFIX}{message_id}:{token}"


def referenced_row(callback_data: str | None) -> int | None:
    """The outbox row id a ``send_reference`` names (None for anything else)."""
    if not callback_data or not callback_data.startswith(SEND_REFERENCE_PREFIX):
        return None
    row, _, token = callback_data[len(SEND_REFERENCE_PREFIX) :].partition(":")
    return int(row) if row.isdigit() and token else None


def claim_uncertain_sends(
    conn: Connection, statuses: Sequence[tuple[str, str | None]]
) -> list[str]:
    """Give the wamids of ``(wamid, callback_data)`` statuses to the sends they prove arrived.

    A send whose answer was lost (a crash, a dropped connection) is ``uncertain`` and has no
    wamid, so its statuses would stay orphans; the reference the outbox put in the message
    names the row. Only a row still without a wamid, whose stored reference is exactly the
    echoed one, is claimed. Returns the wamids claimed.
    """
    wanted: dict[int, tuple[str, str]] = {}
    for wamid, callback in statuses:
        row_id = referenced_row(callback)
        if row_id is not None and callback is not None:
            wanted.setdefault(row_id, (wamid, callback))
    if not wanted:
        return []
    rows = conn.execute(
        select(Message.id, Message.payload).where(
            Message.id.in_(list(wanted)),
            Message.direction == "out",
            Message.wamid.is_(None),
            Message.status.in_(CLAIMABLE_STATES),
        )
    ).all()
    claimed = []
    for row in rows:
        wamid, callback = wanted[row.id]
        payload = row.payload if isinstance(row.payload, dict) else {}
        if payload.get("biz_opaque_callback_data") != callback:
            continue
        conn.execute(
            update(Message)
            .where(Message.id == row.id, Message.wamid.is_(None))
            .values(wamid=wamid, error_title=None, error_details=None, next_attempt_at=None)
        )
        claimed.append(wamid)
    return claimed
