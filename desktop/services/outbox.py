"""The outbox: every send is stored ``queued`` first, then drained per phone number.

Why a stored queue: a send survives a crash or a dropped connection, a burst never exceeds
the number's throughput (a token bucket per number), and a message is never sent twice for
one row. The row moves ``queued → sending → accepted`` (Meta's wamid stored) and the
webhooks carry it on to sent/delivered/read/failed. A row still ``sending`` at start-up may
have reached Meta, so it becomes ``uncertain`` and is never re-sent automatically: every
message carries a reference to its row in ``biz_opaque_callback_data``, which Meta echoes in
status webhooks, so a status proves the send arrived (``delivery_check``), and only a check
that found none offers "Send again". Failures keep Meta's error on the row; the user can
retry them.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Contact, Conversation, Message, PhoneNumber
from desktop.services.cloud_api import CloudApiError
from desktop.services.delivery_check import (
    DeliveryCheck,
    check_delivery,
    find_evidence,
    resend_allowed,
)
from desktop.services.events import ConversationsChanged, EventHub, MessagesChanged
from desktop.services.ingest import adopt_orphan_statuses
from desktop.services.ingest.statuses import send_reference
from desktop.services.message_text import readable_text
from desktop.services.rate_limit import TokenBucket
from desktop.services.tasks import TaskScope
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase
from desktop.services.window import needs_open_window, window_is_open

log = logging.getLogger(__name__)

RETRYABLE_STATES = ("failed", "uncertain")


class SendResultLike(Protocol):
    wamid: str


class MessageSender(Protocol):
    async def send_message(self, phone_number_id: str, payload: dict[str, Any]) -> Any: ...


class OutboxRefused(Exception):
    """The message cannot be queued; ``phrase`` says why and what to do."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(phrase.render())
        self.phrase = phrase


WINDOW_CLOSED = Phrase(
    "Outbox",
    QT_TRANSLATE_NOOP(
        "Outbox",
        "The customer's 24-hour window is closed: only an approved template can be sent "
        "until they write again.",
    ),
)
UNCERTAIN_ADVICE = QT_TRANSLATE_NOOP(
    "Outbox",
    "The connection dropped while sending, so WhatsApp may have received this message. "
    "Check the customer's chat before you retry it.",
)


@dataclass(frozen=True)
class OutboxConfig:
    concurrency: int = 8  # conversations sent to in parallel per number
    batch: int = 200
    max_auto_retries: int = 5
    backoff_base: float = 1.0
    backoff_max: float = 60.0


@dataclass(frozen=True)
class _Claim:
    message_id: int
    conversation_id: int
    payload: dict[str, Any]


class Outbox:
    def __init__(
        self,
        db: Database,
        hub: EventHub,
        sender: MessageSender,
        *,
        tasks: TaskScope | None = None,
        config: OutboxConfig | None = None,
        clock: Callable[[], float] = time.time,
        bucket_factory: Callable[[float], TokenBucket] = TokenBucket,
    ) -> None:
        self._db = db
        self._hub = hub
        self._sender = sender
        self._tasks = tasks or TaskScope()
        self._own_tasks = tasks is None
        self._config = config or OutboxConfig()
        self._clock = clock
        self._bucket_factory = bucket_factory
        self._wake: dict[str, asyncio.Event] = {}
        self._buckets: dict[str, TokenBucket] = {}
        self.sends_attempted = 0  # HTTP calls made, for tests and diagnostics

    # -- lifecycle --------------------------------------------------------------------------
    async def start(self) -> None:
        """Mark interrupted sends uncertain and resume every number's queue."""
        numbers = await self._db.run(_recover, self._clock())
        for number_id in numbers:
            self._ensure_sender(number_id)

    async def aclose(self) -> None:
        if self._own_tasks:
            await self._tasks.aclose()

    # -- commands ---------------------------------------------------------------------------
    async def enqueue(
        self,
        conversation_id: int,
        message_type: str,
        body: Any,
        *,
        reply_to: str | None = None,
        text: str | None = None,
    ) -> int:
        """Store a message as queued and wake its number's sender; returns the row id.

        ``text`` is what a person reads when the payload alone does not say it (a template's
        rendered body); by default it is derived from the payload.
        """
        message_id, number_id = await self._db.run(
            _enqueue, conversation_id, message_type, body, reply_to, self._clock(), text
        )
        self._publish({conversation_id}, {message_id})
        self._hub.publish(ConversationsChanged(frozenset({conversation_id})))
        self._ensure_sender(number_id)
        return message_id

    async def send_text(
        self, conversation_id: int, text: str, *, reply_to: str | None = None
    ) -> int:
        return await self.enqueue(
            conversation_id,
            "text",
            {"body": text, "preview_url": "http" in text},
            reply_to=reply_to,
        )

    async def retry(self, message_id: int) -> None:
        """Queue a failed message again, or an uncertain one a check found no report of."""
        result = await self._db.run(_requeue, message_id)
        if result is not None:
            conversation_id, number_id = result
            self._publish({conversation_id}, {message_id})
            self._ensure_sender(number_id)

    async def check_delivery(self, message_id: int) -> DeliveryCheck:
        """Whether an uncertain send reached WhatsApp, said plainly (see ``delivery_check``)."""
        found, conversation_id = await self._db.run(_check, message_id, self._clock())
        if conversation_id is not None:
            self._publish({conversation_id}, {message_id})
        return found

    def set_throughput(self, phone_number_id: str, mps: float) -> None:
        bucket = self._buckets.get(phone_number_id)
        if bucket is not None:
            bucket.set_rate(mps)

    # -- the senders ------------------------------------------------------------------------
    def _ensure_sender(self, number_id: str) -> None:
        event = self._wake.get(number_id)
        if event is None:
            event = self._wake[number_id] = asyncio.Event()
            self._tasks.start(self._run_sender(number_id, event), name=f"outbox:{number_id}")
        event.set()

    async def _run_sender(self, number_id: str, wake: asyncio.Event) -> None:
        rate = await self._db.run(_throughput, number_id)
        bucket = self._buckets.setdefault(number_id, self._bucket_factory(rate))
        gate = asyncio.Semaphore(self._config.concurrency)
        while True:
            wake.clear()
            claims, next_due = await self._db.run(
                _due, number_id, self._clock(), self._config.batch
            )
            if claims:
                chains: dict[int, list[_Claim]] = {}
                for claim in claims:
                    chains.setdefault(claim.conversation_id, []).append(claim)
                await asyncio.gather(
                    *(self._send_chain(number_id, chain, bucket, gate) for chain in chains.values())
                )
                continue
            timeout = None if next_due is None else max(0.0, next_due - self._clock())
            try:
                await asyncio.wait_for(wake.wait(), timeout)
            except TimeoutError:
                pass

    async def _send_chain(
        self, number_id: str, chain: list[_Claim], bucket: TokenBucket, gate: asyncio.Semaphore
    ) -> None:
        """One conversation's messages, in order: the next waits for the previous."""
        async with gate:
            for claim in chain:
                if not await self._send_one(number_id, claim, bucket):
                    return  # keep the order: the rest waits for this one's retry

    async def _send_one(self, number_id: str, claim: _Claim, bucket: TokenBucket) -> bool:
        await bucket.acquire()
        if not await self._db.run(_mark_sending, claim.message_id, self._clock()):
            return True  # the row changed meanwhile (deleted or retried elsewhere)
        self._publish({claim.conversation_id}, {claim.message_id})
        self.sends_attempted += 1
        ok = False
        try:
            result = await self._sender.send_message(number_id, claim.payload)
        except CloudApiError as exc:
            await self._db.run(
                _record_error,
                claim.message_id,
                exc,
                self._clock(),
                self._config,
            )
        except asyncio.CancelledError:
            await asyncio.shield(self._db.run(_mark_uncertain_if_sending, claim.message_id))
            raise
        except Exception as exc:  # a bug, not Meta: keep the row, show the error
            log.exception("sending message %s failed", claim.message_id)
            await self._db.run(_record_failure, claim.message_id, type(exc).__name__, str(exc))
        else:
            await self._db.run(_record_accepted, claim.message_id, result.wamid, self._clock())
            ok = True
        self._publish({claim.conversation_id}, {claim.message_id})
        return ok

    def _publish(self, conversation_ids: set[int], message_ids: set[int]) -> None:
        self._hub.publish(MessagesChanged(frozenset(conversation_ids), frozenset(message_ids)))


# -- DB-thread functions ----------------------------------------------------------------------


def _recover(session: Session, now: float) -> list[str]:
    interrupted = list(
        session.scalars(
            select(Message).where(Message.direction == "out", Message.status == "sending")
        )
    )
    for message in interrupted:
        message.status = "uncertain"
        message.error_title = None
        message.error_details = UNCERTAIN_ADVICE
        find_evidence(session, message)  # a status may have come before the crash
    return list(
        session.scalars(
            select(Message.phone_number_id)
            .where(Message.direction == "out", Message.status == "queued")
            .distinct()
        )
    )


def _enqueue(
    session: Session,
    conversation_id: int,
    message_type: str,
    body: Any,
    reply_to: str | None,
    now: float,
    text: str | None = None,
) -> tuple[int, str]:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise OutboxRefused(
            Phrase("Outbox", QT_TRANSLATE_NOOP("Outbox", "This conversation no longer exists."))
        )
    if needs_open_window(message_type) and not window_is_open(conversation.last_inbound_ts, now):
        raise OutboxRefused(WINDOW_CLOSED)
    contact = session.get(Contact, conversation.contact_id)
    assert contact is not None
    payload: dict[str, Any] = {"recipient_type": "individual"}
    if contact.wa_id:
        payload["to"] = "+" + contact.wa_id.lstrip("+")
    else:
        payload["recipient"] = contact.user_id
    payload["type"] = message_type
    payload[message_type] = body
    if reply_to:
        payload["context"] = {"message_id": reply_to}
    text = text or readable_text(message_type, payload)
    message = Message(
        conversation_id=conversation_id,
        phone_number_id=conversation.phone_number_id,
        direction="out",
        type=message_type,
        text=text,
        payload=payload,
        context_wamid=reply_to,
        status="queued",
        timestamp=int(now),
        attempts=0,
    )
    session.add(message)
    session.flush()
    # Meta echoes this in status webhooks: the proof that an uncertain send arrived.
    message.payload = {
        **payload,
        "biz_opaque_callback_data": send_reference(message.id, secrets.token_hex(4)),
    }
    if message_type != "reaction":  # a reaction decorates a message; the list keeps the text
        conversation.last_message_ts = int(now)
        conversation.last_message_preview = (text or message_type)[:256]
    session.flush()
    return message.id, conversation.phone_number_id


def _throughput(session: Session, number_id: str) -> float:
    number = session.get(PhoneNumber, number_id)
    return float(number.throughput_mps if number and number.throughput_mps else 80)


def _due(
    session: Session, number_id: str, now: float, limit: int
) -> tuple[list[_Claim], float | None]:
    rows = session.execute(
        select(Message.id, Message.conversation_id, Message.payload, Message.next_attempt_at)
        .where(
            Message.direction == "out",
            Message.status == "queued",
            Message.phone_number_id == number_id,
        )
        .order_by(Message.id)
        .limit(limit)
    ).all()
    claims: list[_Claim] = []
    blocked: set[int] = set()
    next_due: float | None = None
    for message_id, conversation_id, payload, next_attempt_at in rows:
        if conversation_id in blocked:
            continue
        if next_attempt_at is not None and next_attempt_at > now:
            blocked.add(conversation_id)  # later messages wait behind the one backing off
            next_due = next_attempt_at if next_due is None else min(next_due, next_attempt_at)
            continue
        claims.append(_Claim(message_id, conversation_id, dict(payload)))
    return claims, next_due


def _mark_sending(session: Session, message_id: int, now: float) -> bool:
    result = session.execute(
        update(Message)
        .where(Message.id == message_id, Message.status == "queued")
        .values(status="sending", attempts=Message.attempts + 1, status_ts=int(now))
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def _mark_uncertain_if_sending(session: Session, message_id: int) -> None:
    message = session.get(Message, message_id)
    if message is not None and message.status == "sending":
        message.status = "uncertain"
        message.error_details = UNCERTAIN_ADVICE
        find_evidence(session, message)


def _record_accepted(session: Session, message_id: int, wamid: str, now: float) -> None:
    message = session.get(Message, message_id)
    if message is None:
        return
    message.wamid = wamid
    message.status = "accepted"
    message.status_ts = int(now)
    message.error_code = message.error_title = message.error_details = None
    message.next_attempt_at = None
    session.flush()
    adopt_orphan_statuses(session, message)


def _record_error(
    session: Session, message_id: int, exc: CloudApiError, now: float, config: OutboxConfig
) -> None:
    message = session.get(Message, message_id)
    if message is None:
        return
    message.error_code = exc.code
    message.error_title = exc.title.render() if exc.title else exc.message
    message.error_details = exc.advice.render() if exc.advice else exc.details
    if exc.may_have_been_delivered:
        message.status = "uncertain"
        message.error_details = UNCERTAIN_ADVICE
        find_evidence(session, message)
    elif exc.transient and message.attempts < config.max_auto_retries:
        message.status = "queued"
        delay = min(config.backoff_max, config.backoff_base * 2 ** (message.attempts - 1))
        message.next_attempt_at = now + delay
    else:
        message.status = "failed"
        message.status_ts = int(now)


def _record_failure(session: Session, message_id: int, title: str, details: str) -> None:
    message = session.get(Message, message_id)
    if message is not None:
        message.status = "failed"
        message.error_title = title
        message.error_details = details


def _requeue(session: Session, message_id: int) -> tuple[int, str] | None:
    message = session.get(Message, message_id)
    if message is None or message.direction != "out":
        return None
    if message.status == "uncertain":
        find_evidence(session, message)  # a report that came since the check wins
    if not resend_allowed(message.status, message.error_details):
        return None
    message.status = "queued"
    message.next_attempt_at = None
    message.error_code = message.error_title = message.error_details = None
    return message.conversation_id, message.phone_number_id


def _check(session: Session, message_id: int, now: float) -> tuple[DeliveryCheck, int | None]:
    found = check_delivery(session, message_id, now)
    message = session.get(Message, message_id)
    return found, message.conversation_id if message is not None else None
