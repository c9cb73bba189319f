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

Several app instances (PCs) may share one database. Each is a *worker* with its own name;
a row is sent only by the worker that claimed it:

* A worker claims whole conversations: the queued rows of every conversation no other live
  worker holds a row of. On PostgreSQL the conversations are locked with
  ``SELECT … FOR NO KEY UPDATE SKIP LOCKED`` first, so two workers never claim the same one;
  on SQLite the claim is one ``UPDATE`` (SQLite runs one writer at a time). A conversation
  stays with one worker, so its messages still go out in order.
* The move to ``sending`` is a compare-and-set (``WHERE status='queued' AND
  claimed_by=<me>``, rowcount checked): exactly one worker can make it, so a row is sent at
  most once whatever happens to the claims.
* Claims are a lease: a live worker renews ``claimed_at`` every ``lease / 4`` seconds. Once
  a worker has been silent for ``lease`` seconds (or, on the same computer, its process is
  gone) its queued rows are free for others, and its ``sending`` rows become ``uncertain``,
  exactly as after a crash of a single app.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.models.change_feed import note_changes
from desktop.models.db import Database
from desktop.models.entities import Contact, Conversation, Message, PhoneNumber, Template
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
HELD_STATES = ("queued", "sending")  # a claim on a row in these states is a claim on its chat
RECLAIM_SOON = 0.25  # seconds before claiming again a conversation that was locked


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
MARKETING_STOPPED = Phrase(
    "Outbox",
    QT_TRANSLATE_NOOP(
        "Outbox",
        "This customer stopped marketing messages in WhatsApp, so marketing templates are "
        "not sent to them (Meta would refuse them with error 131050). Send a utility "
        "template, or wait until they resume marketing messages.",
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
    # Seconds a worker's claims outlive its last sign of life (renewed every lease / 4). Longer
    # than a send can take, and than the clocks of two PCs may differ.
    lease: float = 60.0


def worker_name() -> str:
    """This app instance's name in ``claimed_by``: computer, process, and a random part."""
    host = socket.gethostname()[:40] or "host"
    return f"{host}:{os.getpid()}:{secrets.token_hex(4)}"


def _gone_here(worker: str) -> bool:
    """Whether ``worker`` ran on this computer in a process that has ended (POSIX only).

    Elsewhere, and for another computer, only the lease can tell that a worker is gone.
    """
    host, _, rest = worker.partition(":")
    pid_text = rest.partition(":")[0]
    if os.name != "posix" or host != (socket.gethostname()[:40] or "host"):
        return False
    if not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except OSError:  # it exists but is not ours to signal
        return False
    return False


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
        worker: str | None = None,
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
        self.worker = worker or worker_name()
        self._mine: list[asyncio.Task[Any]] = []  # the senders and the lease keeper
        self.sends_attempted = 0  # HTTP calls made, for tests and diagnostics

    # -- lifecycle --------------------------------------------------------------------------
    async def start(self) -> None:
        """Take over what gone workers left (their sends become uncertain), resume the queue."""
        await self._sweep(legacy=True)
        self._mine.append(self._tasks.start(self._keep_lease(), name="outbox:lease"))

    async def _sweep(self, *, legacy: bool = False) -> None:
        changed, numbers = await self._db.run(
            _recover, self.worker, self._clock(), self._config.lease, legacy
        )
        for conversation_id, message_ids in changed.items():
            self._publish({conversation_id}, message_ids)
        for number_id in numbers:
            self._ensure_sender(number_id)

    async def _keep_lease(self) -> None:
        """Renew this worker's claims and take over those of gone workers, until closed."""
        while True:
            await asyncio.sleep(self._config.lease / 4)
            try:
                await self._db.run(_renew, self.worker, self._clock())
                await self._sweep()
            except SQLAlchemyError:  # the database is out of reach: try again next round
                log.warning("outbox lease not renewed", exc_info=True)

    async def aclose(self) -> None:
        """Stop sending, and leave the rows this worker had claimed to the other PCs."""
        mine = [task for task in self._mine if not task.done()]
        for task in mine:
            task.cancel()
        if mine:
            await asyncio.wait(mine, timeout=5.0)
        if self._own_tasks:
            await self._tasks.aclose()
        try:  # bounded: closing must never wait on the database; the lease covers the rest
            await asyncio.wait_for(self._db.run(_release, self.worker), 5.0)
        except (SQLAlchemyError, RuntimeError, TimeoutError):  # the lease runs out instead
            log.warning("outbox claims not released", exc_info=True)

    # -- commands ---------------------------------------------------------------------------
    async def enqueue(
        self,
        conversation_id: int,
        message_type: str,
        body: Any,
        *,
        reply_to: str | None = None,
        text: str | None = None,
        not_before: float | None = None,
    ) -> int:
        """Store a message as queued and wake its number's sender; returns the row id.

        ``text`` is what a person reads when the payload alone does not say it (a template's
        rendered body); by default it is derived from the payload. ``not_before`` schedules
        it: the row waits in the outbox until that Unix time (the window is checked for then).
        """
        message_id, number_id = await self._db.run(
            _enqueue,
            conversation_id,
            message_type,
            body,
            reply_to,
            self._clock(),
            text,
            not_before,
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

    def wake(self, phone_number_id: str) -> None:
        """Look for due rows of this number now (after rows were queued by ``enqueue_in``)."""
        self._ensure_sender(phone_number_id)

    def set_throughput(self, phone_number_id: str, mps: float) -> None:
        bucket = self._buckets.get(phone_number_id)
        if bucket is not None:
            bucket.set_rate(mps)

    # -- the senders ------------------------------------------------------------------------
    def _ensure_sender(self, number_id: str) -> None:
        event = self._wake.get(number_id)
        if event is None:
            event = self._wake[number_id] = asyncio.Event()
            self._mine.append(
                self._tasks.start(self._run_sender(number_id, event), name=f"outbox:{number_id}")
            )
        event.set()

    async def _run_sender(self, number_id: str, wake: asyncio.Event) -> None:
        rate = await self._db.run(_throughput, number_id)
        bucket = self._buckets.setdefault(number_id, self._bucket_factory(rate))
        gate = asyncio.Semaphore(self._config.concurrency)
        while True:
            wake.clear()
            claims, next_due = await self._db.run(
                _due,
                number_id,
                self._clock(),
                self._config.batch,
                self.worker,
                self._config.lease,
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
        if not await self._db.run(
            _mark_sending, claim.message_id, self._clock(), self.worker, claim.conversation_id
        ):
            return True  # the row changed meanwhile (retried, or taken over by another PC)
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


def _recover(
    session: Session, me: str, now: float, lease: float, legacy: bool
) -> tuple[dict[int, set[int]], list[str]]:
    """Free the claims of gone workers; returns the rows changed and the numbers to send for.

    A gone worker's ``sending`` rows may have reached Meta: they become ``uncertain`` (a
    status that came meanwhile settles them). Its queued rows are released for any worker.
    ``legacy``: rows ``sending`` with no claimer were left by a version without claims.
    """
    holders = session.execute(
        select(Message.claimed_by, func.max(Message.claimed_at))
        .where(
            Message.direction == "out",
            Message.status.in_(HELD_STATES),
            Message.claimed_by.is_not(None),
            Message.claimed_by != me,
        )
        .group_by(Message.claimed_by)
    ).all()
    gone = [
        worker
        for worker, renewed in holders
        if worker is not None and (renewed is None or renewed < now - lease or _gone_here(worker))
    ]
    interrupted = [Message.claimed_by.in_(gone)] if gone else []
    if legacy:
        interrupted.append(Message.claimed_by.is_(None))
    changed: dict[int, set[int]] = {}
    if interrupted:
        rows = session.execute(
            update(Message)
            .where(Message.direction == "out", Message.status == "sending", or_(*interrupted))
            .values(status="uncertain", error_title=None, error_details=UNCERTAIN_ADVICE)
            .returning(Message.id, Message.conversation_id)
        ).all()
        for message_id, conversation_id in rows:
            changed.setdefault(conversation_id, set()).add(message_id)
            note_changes(session, [conversation_id], [message_id])
            message = session.get(Message, message_id)
            if message is not None:
                find_evidence(session, message)  # a status may have come before the crash
    if gone:
        session.execute(
            update(Message)
            .where(
                Message.direction == "out",
                Message.status == "queued",
                Message.claimed_by.in_(gone),
            )
            .values(claimed_by=None, claimed_at=None)
        )
    numbers = list(
        session.scalars(
            select(Message.phone_number_id)
            .where(
                Message.direction == "out",
                Message.status == "queued",
                or_(Message.claimed_by.is_(None), Message.claimed_by == me),
            )
            .distinct()
        )
    )
    return changed, numbers


def _release(session: Session, me: str) -> None:
    session.execute(
        update(Message)
        .where(Message.direction == "out", Message.status == "queued", Message.claimed_by == me)
        .values(claimed_by=None, claimed_at=None)
    )


def _renew(session: Session, me: str, now: float) -> None:
    # ``direction`` first so the outbox index (direction, status, …) finds the few held rows:
    # without it this runs a full scan of the messages every lease round (~0.3 s at 1M),
    # holding the DB thread that opens threads and stores webhooks.
    session.execute(
        update(Message)
        .where(
            Message.direction == "out", Message.status.in_(HELD_STATES), Message.claimed_by == me
        )
        .values(claimed_at=now)
    )


def _enqueue(
    session: Session,
    conversation_id: int,
    message_type: str,
    body: Any,
    reply_to: str | None,
    now: float,
    text: str | None = None,
    not_before: float | None = None,
) -> tuple[int, str]:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise OutboxRefused(
            Phrase("Outbox", QT_TRANSLATE_NOOP("Outbox", "This conversation no longer exists."))
        )
    send_at = max(now, not_before) if not_before is not None else now
    if needs_open_window(message_type) and not window_is_open(
        conversation.last_inbound_ts, send_at
    ):
        raise OutboxRefused(WINDOW_CLOSED)
    contact = session.get(Contact, conversation.contact_id)
    assert contact is not None
    if (
        message_type == "template"
        and contact.marketing_opt_out
        and _template_category(session, conversation.phone_number_id, body) == "MARKETING"
    ):
        raise OutboxRefused(MARKETING_STOPPED)
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
        timestamp=int(send_at),  # a scheduled message sits in the thread at its time
        attempts=0,
        not_before=send_at if send_at > now else None,
    )
    session.add(message)
    session.flush()
    # Meta echoes this in status webhooks: the proof that an uncertain send arrived.
    message.payload = {
        **payload,
        "biz_opaque_callback_data": send_reference(message.id, secrets.token_hex(4)),
    }
    # a reaction decorates a message (the list keeps the text); a scheduled one is not sent yet
    if message_type != "reaction" and send_at <= now:
        conversation.last_message_ts = int(now)
        conversation.last_message_preview = (text or "")[:256] or None
        conversation.last_message_type = message_type[:32]
    session.flush()
    return message.id, conversation.phone_number_id


def enqueue_in(
    session: Session,
    conversation_id: int,
    message_type: str,
    body: Any,
    *,
    now: float,
    text: str | None = None,
) -> tuple[int, str]:
    """:meth:`Outbox.enqueue`'s transaction, inside the caller's: returns (row id, number id).

    For a use case that must record its own link to the outbox row in the same transaction
    (a bulk job's row is queued exactly once, whatever crashes). Raises
    :class:`OutboxRefused`; the caller then wakes the sender with :meth:`Outbox.wake`.
    """
    return _enqueue(session, conversation_id, message_type, body, None, now, text)


def _template_category(session: Session, phone_number_id: str, body: Any) -> str | None:
    """The category of the template a send payload names, as our WABA's copy says."""
    if not isinstance(body, dict):
        return None
    name = body.get("name")
    language = body.get("language")
    code = language.get("code") if isinstance(language, dict) else None
    number = session.get(PhoneNumber, phone_number_id)
    if number is None or not isinstance(name, str) or not isinstance(code, str):
        return None
    category = session.scalar(
        select(Template.category).where(
            Template.waba_id == number.waba_id, Template.name == name, Template.language == code
        )
    )
    return category.upper() if isinstance(category, str) else None


def _throughput(session: Session, number_id: str) -> float:
    number = session.get(PhoneNumber, number_id)
    return float(number.throughput_mps if number and number.throughput_mps else 80)


def _claim(session: Session, number_id: str, now: float, limit: int, me: str, lease: float) -> bool:
    """Claim the queued rows of conversations no other live worker holds a row of.

    Returns whether some free conversation was locked by another transaction (PostgreSQL: a
    webhook updating it, another PC claiming): worth trying again in a moment.
    """
    live_elsewhere = select(Message.conversation_id).where(
        Message.direction == "out",
        Message.status.in_(HELD_STATES),
        Message.phone_number_id == number_id,
        Message.claimed_by.is_not(None),
        Message.claimed_by != me,
        Message.claimed_at >= now - lease,
    )
    free = [
        Message.direction == "out",
        Message.status == "queued",
        Message.phone_number_id == number_id,
        or_(Message.claimed_by.is_(None), Message.claimed_at < now - lease),
        or_(Message.not_before.is_(None), Message.not_before <= now),  # scheduled: not yet
    ]
    if session.get_bind().dialect.name == "postgresql":
        # Lock the conversations first: a worker claiming the same ones meanwhile is
        # skipped, and the claim below (a new statement) sees every claim committed before.
        candidates = (
            select(Conversation.id)
            .where(
                Conversation.id.in_(select(Message.conversation_id).where(*free)),
                Conversation.id.not_in(live_elsewhere),
            )
            .order_by(Conversation.id)
            .limit(limit)
        )
        conversation_ids = list(
            session.scalars(candidates.with_for_update(skip_locked=True, key_share=True))
        )
        crowded = len(conversation_ids) < len(session.scalars(candidates).all())
        if not conversation_ids:
            return crowded
        free.append(Message.conversation_id.in_(conversation_ids))
    else:
        crowded = False
    # One statement: SQLite takes its write lock before reading, so two workers' claims are
    # one after the other, and the second sees the conversations the first took.
    session.execute(
        update(Message)
        .where(
            Message.id.in_(
                select(Message.id)
                .where(*free, Message.conversation_id.not_in(live_elsewhere))
                .order_by(Message.id)
                .limit(limit)
            )
        )
        .values(claimed_by=me, claimed_at=now)
    )
    return crowded


def _due(
    session: Session, number_id: str, now: float, limit: int, me: str, lease: float
) -> tuple[list[_Claim], float | None]:
    crowded = _claim(session, number_id, now, limit, me, lease)
    rows = session.execute(
        select(Message.id, Message.conversation_id, Message.payload, Message.next_attempt_at)
        .where(
            Message.direction == "out",
            Message.status == "queued",
            Message.phone_number_id == number_id,
            Message.claimed_by == me,
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
    scheduled = session.scalar(  # the next scheduled row of this number (unclaimed until due)
        select(func.min(Message.not_before)).where(
            Message.direction == "out",
            Message.status == "queued",
            Message.phone_number_id == number_id,
            Message.not_before > now,
        )
    )
    if scheduled is not None and (next_due is None or scheduled < next_due):
        next_due = float(scheduled)
    if crowded and (next_due is None or next_due > now + RECLAIM_SOON):
        next_due = now + RECLAIM_SOON
    return claims, next_due


def _mark_sending(
    session: Session, message_id: int, now: float, me: str, conversation_id: int
) -> bool:
    """Compare-and-set ``queued → sending`` for this worker's claim: only one can win it."""
    result = session.execute(
        update(Message)
        .where(Message.id == message_id, Message.status == "queued", Message.claimed_by == me)
        .values(status="sending", attempts=Message.attempts + 1, status_ts=int(now), claimed_at=now)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        return False
    note_changes(session, [conversation_id], [message_id])
    return True


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
    elif (exc.transient and message.attempts < config.max_auto_retries) or never_sent(exc):
        # A send that never left this PC (no network, WhatsApp unreachable) waits for the
        # connection however long it is away: it cannot arrive twice.
        message.status = "queued"
        delay = min(config.backoff_max, config.backoff_base * 2 ** (message.attempts - 1))
        message.next_attempt_at = now + delay
    else:
        message.status = "failed"
        message.status_ts = int(now)


def never_sent(exc: CloudApiError) -> bool:
    """The request certainly never reached Meta (refused, unreachable, connect timeout)."""
    return exc.kind == "network" and not exc.may_have_been_delivered


def requeue_in(session: Session, message_id: int) -> tuple[int, str] | None:
    """Queue a failed message again, or an uncertain one a check found no report of;
    returns its (conversation id, number id), or None if it may not be sent again."""
    return _requeue(session, message_id)


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
    message.claimed_by = message.claimed_at = None  # any PC's outbox may send it now
    message.error_code = message.error_title = message.error_details = None
    return message.conversation_id, message.phone_number_id


def _check(session: Session, message_id: int, now: float) -> tuple[DeliveryCheck, int | None]:
    found = check_delivery(session, message_id, now)
    message = session.get(Message, message_id)
    return found, message.conversation_id if message is not None else None
