"""The HTTP endpoint Meta (or the sandbox) posts webhooks to, with group commit.

Each POST is checked (size, signature, JSON) on the event loop, then queued for one writer
task that stores everything queued so far in a single transaction on the DB thread. A
request is answered 200 only once its own body is committed, so an answered event survives
the app being killed; a database that refuses the write gets 503 and Meta re-delivers.
"""

from __future__ import annotations

import asyncio
import errno
import functools
import hmac
import logging
import random
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from aiohttp import web
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.orm import Session

from desktop.models.change_feed import CHANNEL, change_notices
from desktop.models.db import Database
from desktop.models.wire import Envelope
from desktop.services.events import (
    ConversationsChanged,
    EventHub,
    MessagesChanged,
    NumbersChanged,
    TemplatesChanged,
)
from desktop.services.ingest import IngestResult, apply_payloads, store_unprocessed
from desktop.services.ingest.queries import store_for
from desktop.services.ingest.split import PART_ITEMS, item_count, split_envelope
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase
from desktop.services.webhooks.body import MalformedBody, decode_body
from desktop.services.webhooks.durable import commit_durably
from desktop.services.webhooks.health import WebhookHealth
from desktop.services.webhooks.signature import looks_signed, signature_matches

log = logging.getLogger(__name__)

DEFAULT_MAX_BODY = 3_500_000  # Meta's payloads are at most 3 MB; keep a margin.
DEFAULT_MAX_BATCH = 500
# How long the writer lets a batch fill before committing it. Requests answered by one commit
# come back while the next is written; a short wait makes commits bigger and fewer, which
# costs less CPU per event (and the UI loop shares that CPU: one GIL).
DEFAULT_GATHER_SECONDS = 0.005
_CTX = "WebhookReceiver"
# PostgreSQL's "try the transaction again" errors: a deadlock between two receivers, or a
# serialization failure. The batch rolled back whole, so it is simply written again.
_RETRY_SQLSTATES = frozenset({"40P01", "40001"})
DEFAULT_RETRIES = 5
DEFAULT_RETRY_WAIT = 0.02  # seconds; the n-th retry waits up to 2**n times this, at random
# Batches written at once on a database server. A batch spends most of its time waiting for
# the server's answers, one statement after the other; a second writer fills the next batch
# and writes it meanwhile. The statements are safe to run side by side (two receivers on one
# database already do: see ingest/pg_queries.py). SQLite has one writer at a time anyway.
DEFAULT_SERVER_WRITERS = 2


class _StillContended(Exception):
    """A batch rolled back for a deadlock or serialization failure at every attempt."""


# Errors that mean "the database cannot take writes right now", not "this body is bad".
_UNAVAILABLE = (OperationalError, InterfaceError, PoolTimeoutError, _StillContended)

Secret = str | Callable[[], str]
T = TypeVar("T")


class ReceiverStartError(Exception):
    """The receiver could not listen; ``phrase`` says why and what to do."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(phrase.render())
        self.phrase = phrase


class _DatabaseRefused(Exception):
    """The batch could not be committed for a reason that a later retry may not have."""


class _PartFailed(Exception):
    """A part of a large body could not be applied; the body is then stored whole."""


@dataclass
class _Pending:
    raw: str | None  # None: a part of a larger body (see ingest/split.py)
    payload: Any
    future: asyncio.Future[IngestResult]
    notes: tuple[str, ...] = ()  # what the earlier parts of the body noted

    def answer(self, result: IngestResult) -> None:
        if not self.future.done():  # its request may have been cancelled meanwhile
            self.future.set_result(result)

    def refuse(self, reason: str) -> None:
        if not self.future.done():
            self.future.set_exception(_DatabaseRefused(reason))

    def fail_part(self, reason: str) -> None:
        if not self.future.done():
            self.future.set_exception(_PartFailed(reason))


def _apply_and_announce(session: Session, bodies: list[Any]) -> list[IngestResult]:
    """Store webhook bodies and commit; on PostgreSQL the other PCs hear of it then.

    On PostgreSQL the writes nobody reads back, the notices and the COMMIT go to the server
    together at the end (ingest/pg_queries.py); the caller's commit then has nothing left."""
    conn = session.connection()
    store = store_for(conn)
    with store.writing(conn, commit=True):
        results = apply_payloads(session, bodies)
        session.flush()  # anything the ORM still holds goes before the COMMIT
        notices = change_notices(
            session,
            {c for r in results for c in r.conversation_ids},
            {m for r in results for m in r.message_ids},
        )
        store.notify(conn, CHANNEL, notices)
    return results


def _sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a driver error, raw (ingest's own statements) or wrapped by SQLAlchemy."""
    error = exc.orig if isinstance(exc, DBAPIError) else exc
    state = getattr(error, "sqlstate", None)
    return state if isinstance(state, str) else None


def _worth_retrying(exc: BaseException) -> bool:
    """True for errors after which the same transaction, run again, may well succeed."""
    return _sqlstate(exc) in _RETRY_SQLSTATES


def _resolve(secret: Secret) -> str:
    return secret() if callable(secret) else secret


class WebhookReceiver:
    """Verifies, stores and announces webhook deliveries; see the module docstring."""

    def __init__(
        self,
        db: Database,
        hub: EventHub,
        *,
        app_secret: Secret,
        verify_token: Secret,
        max_body: int = DEFAULT_MAX_BODY,
        path: str = "/webhook",
        max_batch: int = DEFAULT_MAX_BATCH,
        gather_seconds: float = DEFAULT_GATHER_SECONDS,
        durable: bool = True,
        part_items: int = PART_ITEMS,
        retries: int = DEFAULT_RETRIES,
        retry_wait: float = DEFAULT_RETRY_WAIT,
        writers: int | None = None,
    ) -> None:
        self._db = db
        self._hub = hub
        self._app_secret = app_secret
        self._verify_token = verify_token
        self.max_body = max_body
        self.path = path
        self._max_batch = max_batch
        self._gather_seconds = gather_seconds
        # Commit with synchronous=FULL (see durable.py); False only to measure what it costs.
        self._durable = durable
        # Bodies with more messages and statuses than this are written in parts (split.py).
        self._part_items = part_items
        # A batch that lost a deadlock is written again up to this many times (then 503).
        self._retries = retries
        self._retry_wait = retry_wait
        # None: two on PostgreSQL (each on a connection of its own), one on SQLite.
        if writers is None:
            server = db.engine.dialect.name not in ("sqlite",)
            writers = DEFAULT_SERVER_WRITERS if server else 1
        self._writers = max(1, writers)
        self._pool: ThreadPoolExecutor | None = None
        self._queue: asyncio.Queue[_Pending | None] | None = None
        self._writer: asyncio.Task[None] | None = None
        self._runner: web.AppRunner | None = None
        self._url: str | None = None
        self._counts = dict.fromkeys(
            (
                "events_received",
                "events_flagged",
                "rejected_signature",
                "rejected_malformed",
                "rejected_oversize",
                "unavailable",
                "batches_committed",
                "batches_retried",
            ),
            0,
        )
        self._last_event_at: datetime | None = None
        self._last_error: str | None = None
        self._last_error_at: datetime | None = None

    # -- public API ------------------------------------------------------------------------
    @property
    def health(self) -> WebhookHealth:
        return WebhookHealth(
            url=self._url,
            listening=self._runner is not None,
            last_event_at=self._last_event_at,
            last_error=self._last_error,
            last_error_at=self._last_error_at,
            **self._counts,
        )

    @property
    def url(self) -> str | None:
        return self._url

    def make_app(self) -> web.Application:
        """An aiohttp app serving ``path``; its start-up starts the writer, cleanup drains it."""
        app = web.Application(client_max_size=self.max_body)
        app.router.add_get(self.path, self._handle_verify)
        app.router.add_post(self.path, self._handle_post)
        app.on_startup.append(self._on_startup)
        app.on_cleanup.append(self._on_cleanup)
        return app

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Listen on ``host:port`` (0 = any free port) and return the full webhook URL."""
        if self._runner is not None:
            return self._url or ""
        # Bodies are read as sent: the signature covers those bytes, and a body that claims
        # a compression is refused before anything is decompressed.
        runner = web.AppRunner(
            self.make_app(), access_log=None, shutdown_timeout=30, auto_decompress=False
        )
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
                raise ReceiverStartError(
                    Phrase(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "WebhookReceiver",
                            "Port {port} on {host} is already in use. Choose another webhook "
                            "port, or stop the program that is using it.",
                        ),
                        {"port": port, "host": host},
                    )
                ) from exc
            raise ReceiverStartError(
                Phrase(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "WebhookReceiver",
                        "Cannot listen for webhooks on {host}:{port} ({reason}). Check the "
                        "host and port in the settings.",
                    ),
                    {"port": port, "host": host, "reason": exc.strerror or str(exc)},
                )
            ) from exc
        self._runner = runner
        bound_host, bound_port = runner.addresses[0][:2]
        shown = f"[{bound_host}]" if ":" in str(bound_host) else bound_host
        self._url = f"http://{shown}:{bound_port}{self.path}"
        log.info("webhook receiver listening on %s", self._url)
        return self._url

    async def stop(self) -> None:
        """Stop listening, finish in-flight requests and drain the writer."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    # -- writer lifecycle ------------------------------------------------------------------
    async def _on_startup(self, _app: web.Application) -> None:
        self._queue = asyncio.Queue()
        if self._writers > 1:
            self._pool = ThreadPoolExecutor(self._writers, thread_name_prefix="webhook-writer")
        self._writer = asyncio.create_task(self._write_loop(), name="webhook-writer")

    async def _on_cleanup(self, _app: web.Application) -> None:
        if self._queue is not None and self._writer is not None and not self._writer.done():
            self._queue.put_nowait(None)
            await self._writer
        self._queue = None
        self._writer = None
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    async def _write_loop(self) -> None:
        """Take what is queued as one batch whenever a writer is free (``writers`` at once)."""
        assert self._queue is not None
        queue = self._queue
        stopping = False
        batch: list[_Pending] = []
        free = asyncio.Semaphore(self._writers)
        writing: dict[asyncio.Task[None], list[_Pending]] = {}

        def done(task: asyncio.Task[None]) -> None:
            writing.pop(task, None)
            free.release()

        try:
            while not stopping:
                await free.acquire()
                first = await queue.get()
                if first is None:
                    free.release()
                    break
                batch = [first]
                await self._gather(queue)
                while len(batch) < self._max_batch and not queue.empty():
                    item = queue.get_nowait()
                    if item is None:
                        stopping = True
                        break
                    batch.append(item)
                task = asyncio.create_task(self._write(batch), name="webhook-batch")
                writing[task] = batch
                task.add_done_callback(done)
                batch = []
            if writing:  # stopping: let the batches being written finish
                await asyncio.gather(*writing)
        finally:
            # Cancelled (app shutting down hard): whatever was not committed gets 503 and
            # Meta delivers it again later. Nothing answered 200 is affected.
            leftovers = list(batch)
            for task, written in list(writing.items()):
                task.cancel()
                leftovers.extend(written)
            while not queue.empty():
                item = queue.get_nowait()
                if item is not None:
                    leftovers.append(item)
            for pending in leftovers:
                pending.refuse("the receiver is shutting down")

    async def _write(self, batch: list[_Pending]) -> None:
        try:
            await self._commit(batch)
        except Exception as exc:  # never let the writer die: refuse these instead
            log.exception("webhook writer failed")
            for pending in batch:
                pending.refuse(str(exc))

    async def _gather(self, queue: asyncio.Queue[_Pending | None]) -> None:
        """Let a batch fill for a moment, so one commit serves more requests."""
        if self._gather_seconds > 0 and queue.qsize() + 1 < self._max_batch:
            await asyncio.sleep(self._gather_seconds)

    async def _commit(self, batch: list[_Pending]) -> None:
        try:
            results = await self._store(
                _apply_and_announce, [(p.raw, p.payload, p.notes) for p in batch]
            )
        except _UNAVAILABLE as exc:
            self._note_error(f"database unavailable: {exc}")
            for pending in batch:
                pending.refuse(str(exc))
            return
        except Exception:
            log.exception("webhook batch of %d failed; storing one by one", len(batch))
            results = None
        if results is None:
            outcome: list[IngestResult | None] = []
            for pending in batch:
                outcome.append(await self._commit_one(pending))
        else:
            outcome = list(results)
        done: list[IngestResult] = []
        bodies: list[IngestResult] = []
        for pending, result in zip(batch, outcome, strict=True):
            if result is None:
                continue
            pending.answer(result)
            done.append(result)
            if pending.raw is not None:
                bodies.append(result)
        self._record(bodies)
        self._announce(done)

    async def _store(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(session, *args)`` in one transaction on the DB thread, committed durably.

        A transaction the database rolled back so that it may be tried again (a deadlock
        with another receiver, a serialization failure) is run again after a short random
        wait, at most ``retries`` times; then the error goes to the caller (503).
        """
        attempt = 0
        while True:
            try:
                if self._pool is not None:  # writers side by side, a connection each
                    work = functools.partial(commit_durably, self._db.engine, fn, *args)
                    loop = asyncio.get_running_loop()
                    return await loop.run_in_executor(self._pool, work)
                if not self._durable:
                    return await self._db.run(fn, *args)
                return await self._db.run_raw(commit_durably, self._db.engine, fn, *args)
            except Exception as exc:
                if not _worth_retrying(exc):
                    raise
                if attempt >= self._retries:
                    raise _StillContended(str(exc)) from exc
                attempt += 1
                self._counts["batches_retried"] += 1
                log.info("webhook batch rolled back (%s); writing it again", _sqlstate(exc))
                await asyncio.sleep(random.uniform(0, self._retry_wait * 2**attempt))

    async def _commit_one(self, pending: _Pending) -> IngestResult | None:
        try:
            body = (pending.raw, pending.payload, pending.notes)
            return (await self._store(_apply_and_announce, [body]))[0]
        except _UNAVAILABLE as exc:
            self._note_error(f"database unavailable: {exc}")
            pending.refuse(str(exc))
            return None
        except Exception as exc:
            if pending.raw is None:
                log.exception("a part of a large webhook body could not be applied")
                pending.fail_part(str(exc))
                return None
            log.exception("webhook body could not be applied; keeping it raw")
            error = f"could not apply: {type(exc).__name__}: {exc}"
        try:
            await self._store(store_unprocessed, pending.raw, error)
        except Exception as exc:
            self._note_error(f"database refused a webhook body: {exc}")
            pending.refuse(str(exc))
            return None
        return IngestResult(processed=False, error=error)

    def _record(self, results: list[IngestResult]) -> None:
        if not results:
            return
        self._counts["batches_committed"] += 1
        self._counts["events_received"] += len(results)
        self._counts["events_flagged"] += sum(1 for r in results if r.error)
        self._last_event_at = datetime.now(UTC)
        for result in results:
            if not result.processed:
                self._note_error(result.error or "webhook body not processed")

    def _announce(self, results: list[IngestResult]) -> None:
        conversations: set[int] = set()
        messages: set[int] = set()
        wabas: set[str] = set()
        templates: set[int] = set()
        numbers: set[str] = set()
        for r in results:
            conversations |= r.conversation_ids
            messages |= r.message_ids
            wabas |= r.template_waba_ids
            templates |= r.template_ids
            numbers |= r.phone_number_ids
        events: list[Any] = []
        if messages:
            events.append(MessagesChanged(frozenset(conversations), frozenset(messages)))
        if conversations:
            events.append(ConversationsChanged(frozenset(conversations)))
        if wabas:
            events.append(TemplatesChanged(frozenset(wabas), frozenset(templates)))
        if numbers:
            events.append(NumbersChanged(frozenset(numbers)))
        for event in events:
            try:
                self._hub.publish(event)
            except Exception:
                log.exception("a subscriber failed on %s", type(event).__name__)

    def _note_error(self, text: str) -> None:
        self._last_error = text
        self._last_error_at = datetime.now(UTC)

    # -- handlers --------------------------------------------------------------------------
    async def _handle_verify(self, request: web.Request) -> web.Response:
        mode = request.query.get("hub.mode")
        token = request.query.get("hub.verify_token", "")
        challenge = request.query.get("hub.challenge", "")
        expected = _resolve(self._verify_token)
        if (
            mode == "subscribe"
            and expected
            and hmac.compare_digest(token.encode(), expected.encode())
        ):
            return web.Response(text=challenge)
        log.warning("webhook verification refused (mode=%r)", mode)
        self._note_error("verification refused: the verify token does not match")
        return web.Response(status=403, text="verify token does not match")

    async def _handle_post(self, request: web.Request) -> web.Response:
        # Everything a request can be refused for without reading its body comes first, so
        # an unsigned or oddly encoded request costs nothing (no decoding, no traceback).
        if request.content_length is not None and request.content_length > self.max_body:
            return self._too_large(request.content_length)
        header = request.headers.get("X-Hub-Signature-256")
        if not looks_signed(header):
            return self._bad_signature(request)
        encoding = request.headers.get("Content-Encoding", "identity").strip().lower()
        if encoding not in ("", "identity"):
            return self._unsupported_encoding(encoding)
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return self._too_large(None)
        if not signature_matches(_resolve(self._app_secret), body, header):
            return self._bad_signature(request)
        try:
            raw, payload = decode_body(body)
        except MalformedBody as exc:
            return self._malformed(body, exc)
        try:
            if isinstance(payload, Envelope) and item_count(payload) > self._part_items:
                await self._submit_in_parts(raw, payload)
            else:
                await self._submit(raw, payload)
        except _DatabaseRefused:
            self._counts["unavailable"] += 1
            return web.Response(status=503, text="storage unavailable, retry later")
        return web.Response(text="ok")

    async def _submit(
        self, raw: str | None, payload: Any, notes: tuple[str, ...] = ()
    ) -> IngestResult:
        """Queue one body (or part) for the writer; its result once committed."""
        assert self._queue is not None, "the writer runs while the app is up"
        future: asyncio.Future[IngestResult] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait(_Pending(raw, payload, future, notes))
        return await future

    async def _submit_in_parts(self, raw: str, envelope: Envelope) -> None:
        """A large body part by part, each its own commit; the body row with the last one."""
        parts = split_envelope(envelope, self._part_items)
        notes: list[str] = []
        try:
            for part in parts[:-1]:
                result = await self._submit(None, part)
                if result.error:
                    notes.append(result.error)
            await self._submit(raw, parts[-1], tuple(notes))
        except _PartFailed:
            await self._submit(raw, envelope)  # whole, the ordinary way (kept raw if it fails)

    def _bad_signature(self, request: web.Request) -> web.Response:
        self._counts["rejected_signature"] += 1
        self._note_error("a webhook had a bad or missing signature (check the app secret)")
        log.warning("webhook refused: bad signature from %s", request.remote)
        return web.Response(status=401, text="bad signature")

    def _unsupported_encoding(self, encoding: str) -> web.Response:
        self._counts["rejected_malformed"] += 1
        self._note_error(f"a webhook body was sent with Content-Encoding {encoding!r}")
        log.warning("webhook refused: Content-Encoding %.40r is not accepted", encoding)
        return web.Response(status=415, text="Content-Encoding not accepted")

    def _malformed(self, body: bytes, exc: Exception) -> web.Response:
        self._counts["rejected_malformed"] += 1
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        self._note_error(f"a webhook body was not valid JSON: {reason}")
        log.warning("webhook refused: malformed JSON (%s): %.200r", reason, body)
        return web.Response(status=400, text="malformed JSON")

    def _too_large(self, size: int | None) -> web.Response:
        self._counts["rejected_oversize"] += 1
        self._note_error(f"a webhook body was larger than {self.max_body} bytes")
        log.warning("webhook refused: body of %s bytes over the limit", size or "too many")
        return web.Response(status=413, text="body too large")
