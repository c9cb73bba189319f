"""The statements ingest runs for every batch, built once per database dialect.

At webhook rates, building a SQLAlchemy statement and rendering an ``IN (...)`` list for
every call costs more than SQLite spends answering it. These statements are built once and
take each id list as ONE bound parameter (SQLite reads it with ``json_each``, PostgreSQL as
an array, other databases fall back to an expanding ``IN``), so their compiled form is reused.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    Connection,
    Table,
    and_,
    any_,
    bindparam,
    case,
    column,
    func,
    insert,
    or_,
    select,
    text,
    update,
)

from desktop.models.entities import (
    BillingRecord,
    Contact,
    Conversation,
    Message,
    MessageStatus,
    PhoneNumber,
    WebhookEvent,
    WebhookRedelivery,
)


def _table(entity: type[Any]) -> Table:
    return cast(Table, entity.__table__)


NUMBERS = _table(PhoneNumber)
CONTACTS = _table(Contact)
CONVERSATIONS = _table(Conversation)
MESSAGES = _table(Message)
STATUSES = _table(MessageStatus)
BILLING = _table(BillingRecord)
EVENTS = _table(WebhookEvent)
REDELIVERIES = _table(WebhookRedelivery)


def _newer(col: Any, value: Any) -> Any:
    """``col`` unless ``value`` is later (NULL counts as earliest); portable SQL."""
    return case((or_(col.is_(None), col < value), value), else_=col)


BUMP_CONVERSATION = (
    update(CONVERSATIONS)
    .where(CONVERSATIONS.c.id == bindparam("b_id"))
    .values(
        # b_inbound is NULL when nothing in the batch was the customer writing.
        last_inbound_ts=_newer(CONVERSATIONS.c.last_inbound_ts, bindparam("b_inbound")),
        last_message_ts=_newer(CONVERSATIONS.c.last_message_ts, bindparam("b_ts")),
        # Every SET expression reads the row as it was, so this compares the old timestamp.
        last_message_preview=case(
            (
                or_(
                    CONVERSATIONS.c.last_message_ts.is_(None),
                    CONVERSATIONS.c.last_message_ts <= bindparam("b_ts"),
                ),
                bindparam("b_preview"),
            ),
            else_=CONVERSATIONS.c.last_message_preview,
        ),
        last_message_type=case(
            (
                or_(
                    CONVERSATIONS.c.last_message_ts.is_(None),
                    CONVERSATIONS.c.last_message_ts <= bindparam("b_ts"),
                ),
                bindparam("b_type"),
            ),
            else_=CONVERSATIONS.c.last_message_type,
        ),
        unread_count=func.coalesce(CONVERSATIONS.c.unread_count, 0) + bindparam("b_unread"),
        status="open",  # the customer wrote again: a resolved or pending chat is open again
    )
)
ADVANCE_MESSAGE = (
    update(MESSAGES)
    .where(MESSAGES.c.id == bindparam("b_id"))
    .values(
        status=bindparam("b_status"),
        status_ts=bindparam("b_status_ts"),
        error_code=bindparam("b_code"),
        error_title=bindparam("b_title"),
        error_details=bindparam("b_details"),
    )
)
DELIVERED_AT = (
    update(MESSAGES)
    .where(
        MESSAGES.c.id == bindparam("b_id"),
        or_(MESSAGES.c.delivered_at.is_(None), MESSAGES.c.delivered_at > bindparam("b_at")),
    )
    .values(delivered_at=bindparam("b_at"))
)
INSERT_MESSAGE = insert(MESSAGES)
INSERT_MESSAGE_RETURNING = insert(MESSAGES).returning(MESSAGES.c.id, sort_by_parameter_order=True)
INSERT_STATUS = insert(STATUSES)
INSERT_BILLING = insert(BILLING)
INSERT_EVENT = insert(EVENTS)
INSERT_CONTACT = insert(CONTACTS)
# A known contact completed with what a batch brought (see Store.complete_contacts).
COMPLETE_CONTACT = (
    update(CONTACTS)
    .where(CONTACTS.c.id == bindparam("b_id"))
    .values(
        user_id=func.coalesce(CONTACTS.c.user_id, bindparam("b_user")),
        wa_id=func.coalesce(CONTACTS.c.wa_id, bindparam("b_wa")),
        country=case(
            (
                and_(CONTACTS.c.wa_id.is_(None), bindparam("b_wa").is_not(None)),
                bindparam("b_country"),
            ),
            else_=CONTACTS.c.country,
        ),
        profile_name=func.coalesce(bindparam("b_name"), CONTACTS.c.profile_name),
        username=func.coalesce(bindparam("b_username"), CONTACTS.c.username),
    )
)
INSERT_CONVERSATION = insert(CONVERSATIONS)
RETRY_EVENT = (
    update(EVENTS)
    .where(EVENTS.c.id == bindparam("b_id"))
    .values(processed=bindparam("b_processed"), error=bindparam("b_error"))
)


@dataclass
class LookUp:
    """What a batch must know before it writes, read at once (:meth:`Store.look_up`)."""

    numbers: dict[str, bool]  # phone number id -> unknown
    messages: dict[str, Any]  # wamid -> MessageRow
    contacts: list[Any]  # ContactRow of every contact the batch names
    conversations: list[Any]  # ConversationRow of those contacts
    statuses: set[tuple[str, str]]  # (wamid, status) stored
    billing: set[tuple[str, str]]  # (wamid, status) billed
    # body digest -> (id, processed) of the webhook_event row stored for it (the latest)
    events: dict[str, tuple[int, bool]] = field(default_factory=dict)


class Store:
    """Batch reads by lists of ids and batch writes, through SQLAlchemy Core (any database)."""

    @contextmanager
    def writing(self, conn: Connection, commit: bool = False) -> Iterator[None]:
        """A batch's writes; a store may hold back those whose results nobody reads and send
        them together, and with ``commit`` the commit too (PostgreSQL: see pg_queries.py).
        Here each is sent when it is made, and the caller's commit commits."""
        yield

    def notify(self, conn: Connection, channel: str, payloads: Sequence[str]) -> None:
        """``NOTIFY channel, payload`` for each payload, heard when the transaction commits."""
        for payload in payloads:
            conn.execute(text("SELECT pg_notify(:c, :p)"), {"c": channel, "p": payload})

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        # SQLite and PostgreSQL take any list length; others get chunks of expanding IN.
        self.chunk = 1_000_000 if dialect in ("sqlite", "postgresql") else 400
        m = MESSAGES.c
        self._messages = select(
            m.id,
            m.wamid,
            m.conversation_id,
            m.status,
            m.status_ts,
            m.error_code,
            m.error_title,
            m.error_details,
        ).where(self._one_of(m.wamid, "ids"))
        self._numbers = select(NUMBERS.c.id, NUMBERS.c.unknown).where(
            self._one_of(NUMBERS.c.id, "ids")
        )
        c = CONTACTS.c
        self._contacts = select(c.id, c.user_id, c.wa_id, c.profile_name, c.username).where(
            or_(self._one_of(c.user_id, "users"), self._one_of(c.wa_id, "phones"))
        )
        v = CONVERSATIONS.c
        self._conversations = select(v.id, v.phone_number_id, v.contact_id).where(
            self._one_of(v.contact_id, "ids")
        )
        self._statuses = select(STATUSES.c.wamid, STATUSES.c.status).where(
            self._one_of(STATUSES.c.wamid, "ids")
        )
        self._billing = select(BILLING.c.wamid, BILLING.c.status).where(
            self._one_of(BILLING.c.wamid, "ids")
        )
        self._redeliveries = select(REDELIVERIES.c.body_sha256).where(
            self._one_of(REDELIVERIES.c.body_sha256, "ids")
        )
        self._events = (
            select(EVENTS.c.body_sha256, EVENTS.c.id, EVENTS.c.processed)
            .where(self._one_of(EVENTS.c.body_sha256, "ids"))
            .order_by(EVENTS.c.id)
        )

    def _one_of(self, col: Any, name: str) -> Any:
        if self.dialect == "sqlite":
            values = text(f"SELECT value FROM json_each(:{name})").columns(column("value"))
            return col.in_(values)
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import ARRAY

            return col == any_(bindparam(name, type_=ARRAY(col.type)))
        return col.in_(bindparam(name, expanding=True))

    def _param(self, values: Sequence[Any]) -> Any:
        return json.dumps(list(values)) if self.dialect == "sqlite" else list(values)

    def _chunks(self, values: Sequence[Any]) -> list[Sequence[Any]]:
        return [values[i : i + self.chunk] for i in range(0, len(values), self.chunk)]

    def _rows(self, conn: Connection, statement: Any, values: Sequence[Any]) -> list[Any]:
        rows: list[Any] = []
        for chunk in self._chunks(values):
            rows.extend(conn.execute(statement, {"ids": self._param(chunk)}))
        return rows

    # -- reads -----------------------------------------------------------------------------
    def look_up(
        self,
        conn: Connection,
        *,
        numbers: Sequence[str],
        wamids: Sequence[str],
        user_ids: Sequence[str],
        wa_ids: Sequence[str],
        status_wamids: Sequence[str],
        priced: Sequence[str],
        digests: Sequence[str] = (),
    ) -> LookUp:
        """Everything a batch reads before it writes; one statement where the store can."""
        contacts = self.contacts(conn, user_ids, wa_ids) if user_ids or wa_ids else []
        return LookUp(
            numbers=self.numbers(conn, numbers) if numbers else {},
            messages=self.messages(conn, wamids) if wamids else {},
            contacts=contacts,
            conversations=self.conversations(conn, [c.id for c in contacts]) if contacts else [],
            statuses=self.statuses(conn, status_wamids) if status_wamids else set(),
            billing=self.billing(conn, priced) if priced else set(),
            events=self.events_by_digest(conn, digests) if digests else {},
        )

    def messages(self, conn: Connection, wamids: Sequence[str]) -> dict[str, Any]:
        return {row.wamid: row for row in self._rows(conn, self._messages, wamids)}

    def numbers(self, conn: Connection, ids: Sequence[str]) -> dict[str, bool]:
        return {row.id: bool(row.unknown) for row in self._rows(conn, self._numbers, ids)}

    def contacts(
        self, conn: Connection, user_ids: Sequence[str], wa_ids: Sequence[str]
    ) -> list[Any]:
        rows: list[Any] = []
        size = self.chunk // 2
        for start in range(0, max(len(user_ids), len(wa_ids)), size):
            params = {
                "users": self._param(user_ids[start : start + size]),
                "phones": self._param(wa_ids[start : start + size]),
            }
            rows.extend(conn.execute(self._contacts, params))
        return rows

    def conversations(self, conn: Connection, contact_ids: Sequence[int]) -> list[Any]:
        return self._rows(conn, self._conversations, contact_ids)

    def statuses(self, conn: Connection, wamids: Sequence[str]) -> set[tuple[str, str]]:
        return {(r.wamid, r.status) for r in self._rows(conn, self._statuses, wamids)}

    def billing(self, conn: Connection, wamids: Sequence[str]) -> set[tuple[str, str]]:
        return {(r.wamid, r.status) for r in self._rows(conn, self._billing, wamids)}

    def events_by_digest(self, conn: Connection, digests: Sequence[str]) -> dict[str, Any]:
        """``digest -> (webhook_event id, processed)`` of bodies already stored."""
        return {
            r.body_sha256: (r.id, bool(r.processed))
            for r in self._rows(conn, self._events, digests)
        }

    # -- writes (rows are dicts keyed by column name) --------------------------------------
    def insert_messages(self, conn: Connection, rows: list[dict[str, Any]]) -> Sequence[int | None]:
        """Insert message rows; their new ids in the same order (None: another writer stored
        that wamid meanwhile, which only a store that skips such rows reports)."""
        if conn.dialect.insert_executemany_returning_sort_by_parameter_order:
            return [int(i) for i in conn.execute(INSERT_MESSAGE_RETURNING, rows).scalars()]
        conn.execute(INSERT_MESSAGE, rows)
        found = self.messages(conn, [r["wamid"] for r in rows])
        return [int(found[r["wamid"]].id) for r in rows]

    def insert_statuses(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        conn.execute(INSERT_STATUS, rows)

    def insert_contacts(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        """New contacts (``created_at`` gets its default); rare, so the same on every database."""
        conn.execute(INSERT_CONTACT, rows)

    def complete_contacts(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        """Known contacts completed with what a batch brought, in id order: each row's
        ``b_user`` and ``b_wa`` are set where it has none (``b_country`` with the number),
        ``b_name`` and ``b_username`` replace its names where given (as upsert_contact)."""
        conn.execute(COMPLETE_CONTACT, sorted(rows, key=lambda r: int(r["b_id"])))

    def insert_conversations(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        conn.execute(INSERT_CONVERSATION, rows)

    def insert_billing(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        conn.execute(INSERT_BILLING, rows)

    def insert_events(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        conn.execute(INSERT_EVENT, rows)

    def count_redeliveries(self, conn: Connection, params: list[dict[str, Any]]) -> None:
        """Add ``b_n`` repeats (at ``b_at``) to the count of body ``b_digest``."""
        table = REDELIVERIES.c
        known = {
            row.body_sha256
            for row in self._rows(
                conn,
                self._redeliveries,
                [p["b_digest"] for p in params],
            )
        }
        fresh = [p for p in params if p["b_digest"] not in known]
        again = [p for p in params if p["b_digest"] in known]
        if fresh:
            conn.execute(
                insert(REDELIVERIES),
                [
                    {
                        "body_sha256": p["b_digest"],
                        "repeats": p["b_n"],
                        "last_received_at": p["b_at"],
                    }
                    for p in fresh
                ],
            )
        if again:
            conn.execute(
                update(REDELIVERIES)
                .where(table.body_sha256 == bindparam("b_digest"))
                .values(
                    repeats=table.repeats + bindparam("b_n"), last_received_at=bindparam("b_at")
                ),
                again,
            )

    def retry_events(self, conn: Connection, params: list[dict[str, Any]]) -> None:
        conn.execute(RETRY_EVENT, params)

    def bump_conversations(self, conn: Connection, params: list[dict[str, Any]]) -> None:
        conn.execute(BUMP_CONVERSATION, params)

    def advance_messages(
        self,
        conn: Connection,
        params: list[dict[str, Any]],
        delivered: Sequence[dict[str, Any]] = (),
    ) -> None:
        """Statuses moved forward (``params``) and first delivery times (``delivered``:
        ``b_id``, ``b_at``; a row keeps an earlier one)."""
        if params:
            conn.execute(ADVANCE_MESSAGE, params)
        if delivered:
            conn.execute(DELIVERED_AT, list(delivered))


class MessageRow(NamedTuple):
    id: int
    wamid: str
    conversation_id: int
    status: str | None
    status_ts: int | None
    error_code: int | None
    error_title: str | None
    error_details: str | None


class ContactRow(NamedTuple):
    id: int
    user_id: str | None
    wa_id: str | None
    profile_name: str | None
    username: str | None


class ConversationRow(NamedTuple):
    id: int
    phone_number_id: str
    contact_id: int


class SqliteStore(Store):
    """The same statements on the session's own sqlite3 connection, in its transaction.

    SQLAlchemy's per-statement and per-row work costs several times what SQLite spends on
    these small statements, and the webhook writer shares the interpreter with the UI loop.
    Values are converted exactly as SQLAlchemy would store them (JSON text, its datetime
    format, 0/1 booleans), so ORM reads see the same data.
    """

    _MESSAGE_COLUMNS = (
        "conversation_id",
        "phone_number_id",
        "wamid",
        "direction",
        "type",
        "text",
        "payload",
        "context_wamid",
        "timestamp",
        "error_code",
        "error_title",
        "error_details",
        "attempts",
        "created_at",
        "status",  # of an outgoing echo or imported message; inbound ones have none
    )
    _STATUS_COLUMNS = (
        "message_id",
        "wamid",
        "status",
        "timestamp",
        "recipient_id",
        "phone_number_id",
        "errors",
        "orphan",
        "callback_data",
    )
    _BILLING_COLUMNS = (
        "wamid",
        "status",
        "timestamp",
        "waba_id",
        "phone_number_id",
        "recipient_id",
        "billable",
        "pricing_model",
        "pricing_type",
        "category",
        "conversation_id",
        "conversation_origin",
        "conversation_expiration_ts",
    )
    _EVENT_COLUMNS = ("received_at", "raw", "processed", "error", "body_sha256")

    def __init__(self, dialect: Any) -> None:
        super().__init__("sqlite")
        datetime_type = MESSAGES.c.created_at.type.dialect_impl(dialect)
        self._datetime = datetime_type.bind_processor(dialect) or (lambda v: v)

    @staticmethod
    def _cursor(conn: Connection) -> Any:
        return conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]

    def _select(self, conn: Connection, sql: str, *params: Any) -> list[Any]:
        cursor = self._cursor(conn)
        try:
            return cursor.execute(sql, params).fetchall()
        finally:
            cursor.close()

    def _many(self, conn: Connection, sql: str, rows: list[Any]) -> None:
        cursor = self._cursor(conn)
        try:
            cursor.executemany(sql, rows)
        finally:
            cursor.close()

    @staticmethod
    def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
        marks = ", ".join("?" * len(columns))
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"

    @staticmethod
    def _json(value: Any) -> str | None:
        return None if value is None else json.dumps(value)

    # -- reads -----------------------------------------------------------------------------
    def messages(self, conn: Connection, wamids: Sequence[str]) -> dict[str, Any]:
        rows = self._select(
            conn,
            "SELECT id, wamid, conversation_id, status, status_ts, error_code, error_title, "
            "error_details FROM message WHERE wamid IN (SELECT value FROM json_each(?))",
            json.dumps(list(wamids)),
        )
        return {row[1]: MessageRow(*row) for row in rows}

    def numbers(self, conn: Connection, ids: Sequence[str]) -> dict[str, bool]:
        rows = self._select(
            conn,
            "SELECT id, unknown FROM phone_number WHERE id IN (SELECT value FROM json_each(?))",
            json.dumps(list(ids)),
        )
        return {row[0]: bool(row[1]) for row in rows}

    def contacts(
        self, conn: Connection, user_ids: Sequence[str], wa_ids: Sequence[str]
    ) -> list[Any]:
        rows = self._select(
            conn,
            "SELECT id, user_id, wa_id, profile_name, username FROM contact "
            "WHERE user_id IN (SELECT value FROM json_each(?)) "
            "OR wa_id IN (SELECT value FROM json_each(?))",
            json.dumps(list(user_ids)),
            json.dumps(list(wa_ids)),
        )
        return [ContactRow(*row) for row in rows]

    def conversations(self, conn: Connection, contact_ids: Sequence[int]) -> list[Any]:
        rows = self._select(
            conn,
            "SELECT id, phone_number_id, contact_id FROM conversation "
            "WHERE contact_id IN (SELECT value FROM json_each(?))",
            json.dumps(list(contact_ids)),
        )
        return [ConversationRow(*row) for row in rows]

    def statuses(self, conn: Connection, wamids: Sequence[str]) -> set[tuple[str, str]]:
        rows = self._select(
            conn,
            "SELECT wamid, status FROM message_status "
            "WHERE wamid IN (SELECT value FROM json_each(?))",
            json.dumps(list(wamids)),
        )
        return {(row[0], row[1]) for row in rows}

    def billing(self, conn: Connection, wamids: Sequence[str]) -> set[tuple[str, str]]:
        rows = self._select(
            conn,
            "SELECT wamid, status FROM billing_record "
            "WHERE wamid IN (SELECT value FROM json_each(?))",
            json.dumps(list(wamids)),
        )
        return {(row[0], row[1]) for row in rows}

    # -- writes ----------------------------------------------------------------------------
    def insert_messages(self, conn: Connection, rows: list[dict[str, Any]]) -> Sequence[int | None]:
        values = []
        for row in rows:
            item = [row[c] for c in self._MESSAGE_COLUMNS]
            item[6] = self._json(item[6])
            item[13] = self._datetime(item[13])
            values.append(item)
        self._many(conn, self._insert_sql("message", self._MESSAGE_COLUMNS), values)
        found = self.messages(conn, [r["wamid"] for r in rows])
        return [int(found[r["wamid"]].id) for r in rows]

    def insert_statuses(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        values = []
        for row in rows:
            item = [row[c] for c in self._STATUS_COLUMNS]
            item[6] = self._json(item[6])
            item[7] = int(bool(item[7]))
            values.append(item)
        self._many(conn, self._insert_sql("message_status", self._STATUS_COLUMNS), values)

    def insert_billing(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        values = []
        for row in rows:
            item = [row[c] for c in self._BILLING_COLUMNS]
            item[6] = None if item[6] is None else int(bool(item[6]))
            values.append(item)
        self._many(conn, self._insert_sql("billing_record", self._BILLING_COLUMNS), values)

    def insert_events(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        values = [
            (
                self._datetime(r["received_at"]),
                r["raw"],
                int(bool(r["processed"])),
                r["error"],
                r["body_sha256"],
            )
            for r in rows
        ]
        self._many(conn, self._insert_sql("webhook_event", self._EVENT_COLUMNS), values)

    def events_by_digest(self, conn: Connection, digests: Sequence[str]) -> dict[str, Any]:
        rows = self._select(
            conn,
            "SELECT body_sha256, id, processed FROM webhook_event "
            "WHERE body_sha256 IN (SELECT value FROM json_each(?)) ORDER BY id",
            json.dumps(list(digests)),
        )
        return {row[0]: (row[1], bool(row[2])) for row in rows}

    def count_redeliveries(self, conn: Connection, params: list[dict[str, Any]]) -> None:
        self._many(
            conn,
            "INSERT INTO webhook_redelivery (body_sha256, repeats, last_received_at) "
            "VALUES (:b_digest, :b_n, :b_at) ON CONFLICT (body_sha256) DO UPDATE SET "
            "repeats = repeats + excluded.repeats, last_received_at = excluded.last_received_at",
            [dict(p, b_at=self._datetime(p["b_at"])) for p in params],
        )

    def retry_events(self, conn: Connection, params: list[dict[str, Any]]) -> None:
        self._many(
            conn,
            "UPDATE webhook_event SET processed = :b_processed, error = :b_error WHERE id = :b_id",
            [dict(p, b_processed=int(bool(p["b_processed"]))) for p in params],
        )

    def bump_conversations(self, conn: Connection, params: list[dict[str, Any]]) -> None:
        self._many(
            conn,
            "UPDATE conversation SET "
            "last_inbound_ts = CASE WHEN :b_inbound IS NOT NULL AND (last_inbound_ts IS NULL "
            "OR last_inbound_ts < :b_inbound) THEN :b_inbound ELSE last_inbound_ts END, "
            "last_message_ts = CASE WHEN last_message_ts IS NULL OR last_message_ts < :b_ts "
            "THEN :b_ts ELSE last_message_ts END, "
            "last_message_preview = CASE WHEN last_message_ts IS NULL "
            "OR last_message_ts <= :b_ts THEN :b_preview ELSE last_message_preview END, "
            "last_message_type = CASE WHEN last_message_ts IS NULL "
            "OR last_message_ts <= :b_ts THEN :b_type ELSE last_message_type END, "
            "unread_count = COALESCE(unread_count, 0) + :b_unread, "
            "status = 'open' "  # the customer wrote again: resolved or pending is open again
            "WHERE id = :b_id",
            params,
        )

    def advance_messages(
        self,
        conn: Connection,
        params: list[dict[str, Any]],
        delivered: Sequence[dict[str, Any]] = (),
    ) -> None:
        if params:
            self._many(
                conn,
                "UPDATE message SET status = :b_status, status_ts = :b_status_ts, "
                "error_code = :b_code, error_title = :b_title, error_details = :b_details "
                "WHERE id = :b_id",
                params,
            )
        if delivered:
            self._many(conn, _DELIVERED_AT_SQL, list(delivered))


_DELIVERED_AT_SQL = (
    "UPDATE message SET delivered_at = :b_at "
    "WHERE id = :b_id AND (delivered_at IS NULL OR delivered_at > :b_at)"
)

_STORES: dict[str, Store] = {}


def store_for(conn: Connection) -> Store:
    """The store for this connection's database (SQLite and PostgreSQL get fast paths)."""
    name, driver = conn.dialect.name, conn.dialect.driver
    key = f"{name}+{driver}"
    if key not in _STORES:
        if name == "sqlite":
            _STORES[key] = SqliteStore(conn.dialect)
        elif name == "postgresql" and driver == "psycopg":
            from desktop.services.ingest.pg_queries import PostgresStore

            _STORES[key] = PostgresStore()
        else:
            _STORES[key] = Store(name)
    return _STORES[key]
