"""A bulk job: stored, then handed to the outbox row by row, exactly once each.

Why a job table and not one big ``enqueue`` loop: the job must survive a restart halfway
without sending anyone twice, and must pause and cancel. Each recipient is a
:class:`~desktop.models.entities.BulkRow`; handing one to the outbox writes the outbox's
message row *and* the link ``bulk_row.message_id`` in one transaction, so after any crash
a row is either still ``pending`` (nothing was queued) or linked to its one message, which
the outbox itself never sends twice. A job still ``running`` at start-up is resumed.

The runner keeps about one second of the number's throughput queued at a time (the
outbox's token bucket paces the actual sends), so Pause and Cancel take effect within a
second and a cancelled job leaves at most that many messages to withdraw.

When the network to Meta goes away mid-job, sends that never left wait in the outbox and
go out by themselves once it is back (the progress says how many wait). A send cut off
after it was written may have reached Meta: it is never re-sent blindly. WhatsApp's status
reports echo the row's reference, so most such sends are settled by a report; before the
job ends, one that stays unreported for ``settle_after`` seconds while later sends of the
same job *were* reported (so reports do come through) did not arrive, and is sent again
once. Without such evidence it is left ``uncertain`` for a person to check.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import phonenumbers
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.models.change_feed import note_changes
from desktop.models.db import Database
from desktop.models.entities import BulkJob, BulkRow, Message, PhoneNumber
from desktop.services.bulk.plan import BulkPlan
from desktop.services.cloud_api.error_catalog import lookup
from desktop.services.delivery_check import (
    REPORT_GRACE,
    WITHDRAWN,
    WITHDRAWN_ADVICE,
    check_delivery,
    find_evidence,
    is_withdrawn,
)
from desktop.services.events import ConversationsChanged, EventHub, MessagesChanged
from desktop.services.outbox import (
    MARKETING_STOPPED,
    Outbox,
    OutboxRefused,
    enqueue_in,
    requeue_in,
)
from desktop.services.tasks import TaskScope
from desktop.services.templates.send_targets import conversation_for
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

log = logging.getLogger(__name__)

CONTEXT = "BulkRunner"
SENT_STATES = ("accepted", "sent", "delivered", "read", "played")
CANCELLED = WITHDRAWN_ADVICE  # the outbox row's advice and the bulk row's problem
RESENT = QT_TRANSLATE_NOOP(
    "BulkRunner",
    "The connection broke while this was sent and WhatsApp never reported it, while it "
    "reported the messages sent after it, so it was sent again once.",
)
RETRYING = QT_TRANSLATE_NOOP(
    "BulkRunner",
    "WhatsApp cannot be reached at the moment: {n} messages wait and go out by themselves "
    "when the connection is back. Nobody gets a message twice.",
)
CHECKING = QT_TRANSLATE_NOOP(
    "BulkRunner",
    "The connection broke while {n} messages were sent: waiting for WhatsApp's reports to "
    "tell whether they arrived, before any is sent again.",
)
REPORTED = ("sent", "delivered", "read", "played")  # statuses only Meta's webhooks give
# An interrupted send with no later evidence is left to a person once no report of the job
# came for this many times ``settle_after``.
GIVE_UP_FACTOR = 5


@dataclass(frozen=True)
class BulkProgress:
    job_id: int
    state: str  # running | paused | cancelled | done
    total: int  # rows stored (valid recipients, opted-out ones included)
    waiting: int  # not handed to the outbox yet
    sending: int  # in the outbox, not answered yet
    sent: int  # accepted by WhatsApp (and maybe delivered or read since)
    failed: int  # Meta's error (or refused by the outbox)
    uncertain: int  # interrupted mid-send: may have arrived, never re-sent blindly
    skipped: int  # opted out of marketing messages
    cancelled: int
    template: str = ""
    source: str = ""
    retrying: int = 0  # in the outbox, tried before, waiting to be tried again (no network)
    resent: int = 0  # interrupted, never reported while later ones were: sent again once
    # What holds the job up, in words (no network; interrupted sends being checked)
    problem: Phrase | None = None

    @property
    def finished(self) -> int:
        return self.sent + self.failed + self.uncertain + self.skipped + self.cancelled

    @property
    def active(self) -> bool:
        return self.state in ("running", "paused") and (self.waiting or self.sending) > 0


@dataclass(frozen=True)
class RowResult:
    position: int
    wa_id: str
    name: str
    number: str  # the number as people write it: +81 90-5555-0108
    # waiting | sending | sent | delivered | read | failed | uncertain | skipped | cancelled
    outcome: str
    error_code: int | None
    problem: Phrase | None  # what went wrong, in words, with what to do next


@dataclass(frozen=True)
class _Fed:
    number_id: str
    conversation_ids: frozenset[int]
    message_ids: frozenset[int]


class BulkRunner:
    """Creates bulk jobs and feeds their rows to the outbox; pause, resume, cancel."""

    def __init__(
        self,
        db: Database,
        hub: EventHub,
        outbox: Outbox,
        *,
        tasks: TaskScope | None = None,
        clock: Callable[[], float] = time.time,
        poll: float = 0.2,
        window: int | None = None,
        settle_after: float = REPORT_GRACE,
    ) -> None:
        self._db = db
        self._hub = hub
        self._outbox = outbox
        self._tasks = tasks or TaskScope()
        self._own_tasks = tasks is None
        self._clock = clock
        self._poll = poll
        self._window = window  # rows kept in the outbox at once (default: one second's worth)
        self._settle_after = settle_after  # seconds an interrupted send may wait for a report
        self._feeders: dict[int, asyncio.Task[Any]] = {}

    async def start(self) -> list[int]:
        """Resume the jobs that were running when the app stopped; returns their ids."""
        jobs: list[int] = await self._db.run(_jobs_in_state, "running")
        for job_id in jobs:
            self._feed_later(job_id)
        return jobs

    async def aclose(self) -> None:
        feeders = [t for t in self._feeders.values() if not t.done()]
        for task in feeders:
            task.cancel()
        if feeders:
            await asyncio.wait(feeders, timeout=5.0)
        if self._own_tasks:
            await self._tasks.aclose()

    # -- commands ---------------------------------------------------------------------------
    async def create(self, plan: BulkPlan) -> int:
        """Store the job for the plan's valid rows and start sending; returns the job id."""
        job_id: int = await self._db.run(_create_job, plan)
        self._feed_later(job_id)
        return job_id

    async def pause(self, job_id: int) -> None:
        await self._db.run(_set_state, job_id, "paused", ("running",))

    async def resume(self, job_id: int) -> None:
        if await self._db.run(_set_state, job_id, "running", ("paused",)):
            self._feed_later(job_id)

    async def cancel(self, job_id: int) -> None:
        """Stop the job: rows not handed over are cancelled, queued ones withdrawn."""
        changed: dict[int, set[int]] = await self._db.run(_cancel, job_id)
        for conversation_id, message_ids in changed.items():
            self._hub.publish(MessagesChanged(frozenset({conversation_id}), frozenset(message_ids)))

    async def progress(self, job_id: int) -> BulkProgress | None:
        return await self._db.run(_progress, job_id)

    async def results(self, job_id: int) -> list[RowResult]:
        return await self._db.run(_results, job_id)

    async def jobs(self) -> list[BulkProgress]:
        """Every job, newest first."""
        return await self._db.run(_all_progress)

    # -- feeding ----------------------------------------------------------------------------
    def _feed_later(self, job_id: int) -> None:
        running = self._feeders.get(job_id)
        if running is not None and not running.done():
            return
        self._feeders[job_id] = self._tasks.start(self._feed(job_id), name=f"bulk:{job_id}")

    async def _feed(self, job_id: int) -> None:
        window = self._window
        if window is None:
            window = max(1, int(await self._db.run(_throughput_of_job, job_id)))
        while True:
            state, in_flight, waiting = await self._db.run(_flight, job_id)
            if state != "running":
                return
            if waiting and in_flight < window:
                fed: _Fed | None = await self._db.run(
                    _hand_over, job_id, window - in_flight, self._clock()
                )
                if fed is not None:
                    if fed.message_ids:
                        self._hub.publish(MessagesChanged(fed.conversation_ids, fed.message_ids))
                        self._hub.publish(ConversationsChanged(fed.conversation_ids))
                        self._outbox.wake(fed.number_id)
                    continue
            elif not waiting and not in_flight:
                unsettled, again = await self._db.run(
                    _settle, job_id, self._clock(), self._settle_after
                )
                if again is not None and again.message_ids:
                    self._hub.publish(MessagesChanged(again.conversation_ids, again.message_ids))
                    self._outbox.wake(again.number_id)
                    continue
                if not unsettled:
                    await self._db.run(_set_state, job_id, "done", ("running",))
                    return
            await asyncio.sleep(self._poll)


# -- DB-thread functions ----------------------------------------------------------------------


def _jobs_in_state(session: Session, state: str) -> list[int]:
    return list(session.scalars(select(BulkJob.id).where(BulkJob.state == state)))


def _create_job(session: Session, plan: BulkPlan) -> int:
    job = BulkJob(
        phone_number_id=plan.phone_number_id,
        template_name=plan.template.name,
        template_language=plan.template.language,
        template_category=plan.template.category,
        source=plan.source[:256],
        state="running",
    )
    session.add(job)
    session.flush()
    for row in plan.rows:
        if row.problems or row.wa_id is None:
            continue  # the user confirmed sending to the valid rows only
        session.add(
            BulkRow(
                job_id=job.id,
                position=row.position,
                wa_id=row.wa_id,
                name=row.name[:256] or None,
                components=row.components,
                text=row.text or None,
                state="skipped" if row.opted_out else "pending",
                problem=MARKETING_STOPPED.source if row.opted_out else None,
            )
        )
    session.flush()
    return job.id


def _throughput_of_job(session: Session, job_id: int) -> float:
    job = session.get(BulkJob, job_id)
    number = session.get(PhoneNumber, job.phone_number_id) if job is not None else None
    return float(number.throughput_mps if number is not None and number.throughput_mps else 80)


def _flight(session: Session, job_id: int) -> tuple[str, int, int]:
    """The job's state, its rows still in the outbox, and its rows not handed over."""
    job = session.get(BulkJob, job_id)
    if job is None:
        return "gone", 0, 0
    in_flight = session.scalar(
        select(func.count())
        .select_from(BulkRow)
        .join(Message, Message.id == BulkRow.message_id)
        .where(
            BulkRow.job_id == job_id,
            BulkRow.state == "queued",
            Message.status.in_(("queued", "sending")),
        )
    )
    waiting = session.scalar(
        select(func.count())
        .select_from(BulkRow)
        .where(BulkRow.job_id == job_id, BulkRow.state == "pending")
    )
    return job.state, int(in_flight or 0), int(waiting or 0)


def _hand_over(session: Session, job_id: int, room: int, now: float) -> _Fed | None:
    """Queue up to ``room`` pending rows; each row and its outbox message in this transaction."""
    job = session.get(BulkJob, job_id)
    if job is None or job.state != "running":
        return None
    rows = list(
        session.scalars(
            select(BulkRow)
            .where(BulkRow.job_id == job_id, BulkRow.state == "pending")
            .order_by(BulkRow.position, BulkRow.id)
            .limit(room)
        )
    )
    if not rows:
        return None
    conversations: set[int] = set()
    messages: set[int] = set()
    for row in rows:
        conversation_id = conversation_for(session, job.phone_number_id, row.wa_id, row.name)
        body = {
            "name": job.template_name,
            "language": {"code": job.template_language},
            "components": list(row.components or []),
        }
        try:
            with session.begin_nested():
                message_id, _number = enqueue_in(
                    session, conversation_id, "template", body, now=now, text=row.text
                )
        except OutboxRefused as exc:
            row.state = "refused"
            row.problem = exc.phrase.source
            continue
        row.state = "queued"
        row.message_id = message_id
        conversations.add(conversation_id)
        messages.add(message_id)
    session.flush()
    if messages:
        note_changes(session, conversations, messages)
    return _Fed(job.phone_number_id, frozenset(conversations), frozenset(messages))


def _settle(
    session: Session, job_id: int, now: float, settle_after: float
) -> tuple[int, _Fed | None]:
    """The job's interrupted sends, at its end: a report settles one; one unreported for
    ``settle_after`` seconds while a later send of the job was reported is sent again.
    Returns how many are still being waited for, and what was queued again."""
    job = session.get(BulkJob, job_id)
    if job is None:
        return 0, None
    rows = session.execute(
        select(BulkRow, Message)
        .join(Message, Message.id == BulkRow.message_id)
        .where(BulkRow.job_id == job_id, Message.status == "uncertain")
        .order_by(Message.id)
    ).all()
    waiting = 0
    conversations: set[int] = set()
    messages: set[int] = set()
    for row, message in rows:
        if find_evidence(session, message):
            conversations.add(message.conversation_id)
            continue
        sent_at = float(message.status_ts or 0)
        age = now - sent_at
        if age < settle_after:
            waiting += 1
            continue
        reported_later = session.scalar(
            select(Message.id)
            .join(BulkRow, BulkRow.message_id == Message.id)
            .where(
                BulkRow.job_id == job_id,
                Message.id > message.id,
                Message.status.in_(REPORTED),
                Message.status_ts > sent_at,
            )
            .limit(1)
        )
        if reported_later is None:
            # Reports lag behind the sends (they come in order, and a burst takes a while):
            # wait while they keep coming; once none came for long, a person checks it.
            newest = session.scalar(
                select(func.max(Message.status_ts))
                .join(BulkRow, BulkRow.message_id == Message.id)
                .where(BulkRow.job_id == job_id, Message.status.in_(REPORTED))
            )
            quiet = now - max(sent_at, float(newest or 0))
            if quiet < settle_after * GIVE_UP_FACTOR:
                waiting += 1
            continue
        if check_delivery(session, message.id, now, grace=settle_after).verdict != "not_reported":
            continue
        if requeue_in(session, message.id) is not None:
            row.problem = RESENT
            conversations.add(message.conversation_id)
            messages.add(message.id)
    session.flush()
    if conversations:
        note_changes(session, conversations, messages)
    return waiting, _Fed(job.phone_number_id, frozenset(conversations), frozenset(messages))


def _set_state(session: Session, job_id: int, state: str, allowed: tuple[str, ...]) -> bool:
    result = session.execute(
        update(BulkJob).where(BulkJob.id == job_id, BulkJob.state.in_(allowed)).values(state=state)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def _cancel(session: Session, job_id: int) -> dict[int, set[int]]:
    if not _set_state(session, job_id, "cancelled", ("running", "paused")):
        return {}
    session.execute(
        update(BulkRow)
        .where(BulkRow.job_id == job_id, BulkRow.state == "pending")
        .values(state="cancelled", problem=CANCELLED)
    )
    queued = session.execute(
        select(BulkRow.id, Message.id, Message.conversation_id)
        .join(Message, Message.id == BulkRow.message_id)
        .where(BulkRow.job_id == job_id, Message.status == "queued")
    ).all()
    changed: dict[int, set[int]] = {}
    for row_id, message_id, conversation_id in queued:
        # Compare-and-set: the outbox sends a row only from ``queued``, so a withdrawn row
        # is never sent; one that moved on meanwhile (sending) is left to finish.
        result = session.execute(
            update(Message)
            .where(Message.id == message_id, Message.status == "queued")
            .values(status=WITHDRAWN, error_title=None, error_details=CANCELLED)
        )
        if result.rowcount:  # type: ignore[attr-defined]
            session.execute(update(BulkRow).where(BulkRow.id == row_id).values(state="cancelled"))
            changed.setdefault(conversation_id, set()).add(message_id)
    for conversation_id, message_ids in changed.items():
        note_changes(session, [conversation_id], message_ids)
    return changed


def _outcome(state: str, status: str | None) -> str:
    if state == "pending":
        return "waiting"
    if state in ("skipped", "cancelled"):
        return state
    if state == "refused":
        return "failed"
    if status in ("queued", "sending"):
        return "sending"
    if status == "accepted":
        return "sent"
    if status in SENT_STATES or status in ("failed", "uncertain"):
        return "read" if status == "played" else str(status)
    return "sending"


def _progress(session: Session, job_id: int) -> BulkProgress | None:
    job = session.get(BulkJob, job_id)
    if job is None:
        return None
    counts = {
        "waiting": 0,
        "sending": 0,
        "sent": 0,
        "failed": 0,
        "uncertain": 0,
        "skipped": 0,
        "cancelled": 0,
    }
    total = 0
    for state, status, count in session.execute(
        select(BulkRow.state, Message.status, func.count())
        .select_from(BulkRow)
        .outerjoin(Message, Message.id == BulkRow.message_id)
        .where(BulkRow.job_id == job_id)
        .group_by(BulkRow.state, Message.status)
    ):
        outcome = _outcome(str(state), status)
        if outcome in ("delivered", "read"):
            outcome = "sent"
        counts[outcome] = counts.get(outcome, 0) + int(count)
        total += int(count)
    retrying = int(
        session.scalar(
            select(func.count())
            .select_from(BulkRow)
            .join(Message, Message.id == BulkRow.message_id)
            .where(
                BulkRow.job_id == job_id,
                BulkRow.state == "queued",
                Message.status == "queued",
                Message.attempts > 0,
            )
        )
        or 0
    )
    resent = int(
        session.scalar(
            select(func.count())
            .select_from(BulkRow)
            .where(BulkRow.job_id == job_id, BulkRow.state == "queued", BulkRow.problem == RESENT)
        )
        or 0
    )
    problem: Phrase | None = None
    if job.state == "running" and retrying:
        problem = Phrase(CONTEXT, RETRYING, {"n": retrying})
    elif job.state == "running" and counts["uncertain"] and not counts["waiting"]:
        problem = Phrase(CONTEXT, CHECKING, {"n": counts["uncertain"]})
    return BulkProgress(
        job_id,
        job.state,
        total,
        template=f"{job.template_name} ({job.template_language})",
        source=job.source,
        retrying=retrying,
        resent=resent,
        problem=problem,
        **counts,
    )


def _all_progress(session: Session) -> list[BulkProgress]:
    ids = list(session.scalars(select(BulkJob.id).order_by(BulkJob.id.desc())))
    return [p for p in (_progress(session, i) for i in ids) if p is not None]


def _problem(state: str, stored: str | None, code: int | None, title: str | None) -> Phrase | None:
    if state == "skipped" and stored:
        return Phrase("Outbox", stored)
    if state == "refused" and stored:
        return Phrase("Outbox", stored)
    if state == "cancelled":
        return Phrase(CONTEXT, stored or CANCELLED)
    if code is not None:
        info = lookup(code, None)
        details = (title or "").rstrip(".") or "-"
        args = {"details": details, "status": "-", "host": ""}
        return Phrase(
            CONTEXT,
            QT_TRANSLATE_NOOP("BulkRunner", "{title} ({code}) — {advice}"),
            {
                "title": Phrase("CloudApi", info.title, args),
                "code": code,
                "advice": Phrase("CloudApi", info.advice, args),
            },
        )
    return None


def readable_number(wa_id: str) -> str:
    """``819055550108`` → ``+81 90-5555-0108`` (as given when it cannot be read)."""
    try:
        parsed = phonenumbers.parse("+" + wa_id)
    except phonenumbers.NumberParseException:
        return "+" + wa_id
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _results(session: Session, job_id: int) -> list[RowResult]:
    found: list[RowResult] = []
    for row, status, code, title, details in session.execute(
        select(
            BulkRow, Message.status, Message.error_code, Message.error_title, Message.error_details
        )
        .outerjoin(Message, Message.id == BulkRow.message_id)
        .where(BulkRow.job_id == job_id)
        .order_by(BulkRow.position, BulkRow.id)
    ):
        outcome = _outcome(row.state, status)
        problem = _problem(row.state, row.problem, code, title)
        if problem is None and outcome == "uncertain":
            problem = Phrase("Outbox", details or "")
        elif problem is None and outcome == "failed" and details:
            problem = Phrase(CONTEXT, details)
        if outcome == "cancelled" and is_withdrawn(status, details):
            problem = Phrase(CONTEXT, CANCELLED)
        if problem is None and row.state == "queued" and row.problem == RESENT:
            problem = Phrase(CONTEXT, RESENT)
        number = readable_number(row.wa_id)
        found.append(
            RowResult(row.position, row.wa_id, row.name or "", number, outcome, code, problem)
        )
    return found
