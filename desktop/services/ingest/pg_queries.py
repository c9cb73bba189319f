"""The ingest statements on PostgreSQL: one fixed statement per kind of row, fed by JSON.

Several receivers may write into one database at once (the always-on server behind a load
balancer), and each batch must cost little CPU, because the receiver, PostgreSQL and
whatever sends the webhooks share a small machine. So, on the session's own psycopg
connection and in its transaction:

* every statement has ONE text whatever the batch size: a batch's rows travel as ONE JSON
  array (read with ``json_to_recordset``), id lists as one JSON array too. SQLAlchemy's
  multi-row ``VALUES`` renders a new statement for every batch size and handles every
  parameter in Python; psycopg's array adapter does too (in text form it escapes each
  quote of a raw body in Python, which cost more than the whole insert). One ``json.dumps``
  runs in C. Inserts are prepared once per connection; look-ups are planned at each call,
  as a plan made while a table was small would scan it whole forever after;
* an insert that another receiver beat us to (the same delivery given to both) is skipped
  with ``ON CONFLICT DO NOTHING`` instead of failing the whole batch; new messages come back
  with their ids, so what was skipped is known and counted as a duplicate;
* writes whose results nobody reads (statuses, bills, the conversations' and messages'
  updates, the bodies' rows) are held back while a batch is written (:meth:`writing`) and
  sent together in one pipeline, one round trip instead of one each: the writer thread
  waits on the server once, and takes the GIL back from the web thread once. Anything
  else run on the connection meanwhile (a read, an ORM flush, the commit) sends them
  first, so every statement still runs in the order it was made;
* the receiver's batch sends its change notices (``pg_notify``) and its COMMIT in that
  same pipeline too;
* rows that two receivers may both change (a conversation's latest message and unread
  count, a message's delivery status) are locked in id order first, so two batches never
  wait on each other in a circle; the status update is also guarded in SQL, so a status
  computed from a row another receiver has since moved on never moves it backwards.

Values are stored as SQLAlchemy would store them (JSON text, ``timestamptz``, booleans), so
ORM reads see the same data.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, Engine, event
from sqlalchemy.dialects.postgresql import insert as pg_insert

from desktop.services.ingest.queries import (
    CONTACTS,
    CONVERSATIONS,
    ContactRow,
    ConversationRow,
    LookUp,
    MessageRow,
    Store,
)
from desktop.services.ingest.statuses import STATUS_RANKS

if TYPE_CHECKING:
    import psycopg


def _rank_sql(col: str) -> str:
    """``status_rank`` in SQL (statuses.py): outbox states and NULL rank 0."""
    arms = " ".join(f"WHEN '{name}' THEN {rank}" for name, rank in STATUS_RANKS.items())
    return f"(CASE {col} {arms} ELSE 0 END)"


def _listed(param: str, cast: str = "") -> str:
    """The values of a JSON array parameter, as an array (one bound value for any count)."""
    return f"ARRAY(SELECT json_array_elements_text({param}::json){cast})"


_MESSAGES = (
    "SELECT id, wamid, conversation_id, status, status_ts, error_code, error_title, "
    f"error_details FROM message WHERE wamid = ANY({_listed('%s')})"
)
_NUMBERS = f"SELECT id, unknown FROM phone_number WHERE id = ANY({_listed('%s')})"
_CONTACTS = (
    "SELECT id, user_id, wa_id, profile_name, username FROM contact "
    f"WHERE user_id = ANY({_listed('%s')}) OR wa_id = ANY({_listed('%s')})"
)
_CONVERSATIONS = (
    "SELECT id, phone_number_id, contact_id FROM conversation "
    f"WHERE contact_id = ANY({_listed('%s', '::int')})"
)
_STATUSES = f"SELECT wamid, status FROM message_status WHERE wamid = ANY({_listed('%s')})"
_BILLING = f"SELECT wamid, status FROM billing_record WHERE wamid = ANY({_listed('%s')})"
_EVENTS = (
    "SELECT body_sha256, id, processed FROM webhook_event "
    f"WHERE body_sha256 = ANY({_listed('%s')}) ORDER BY id"
)

# Everything a batch reads before it writes, in one statement and one round trip: each part
# is the look-up above, its rows as one JSON array; conversations are those of the contacts.
_LOOK_UP = (
    "WITH k AS MATERIALIZED (SELECT id, user_id, wa_id, profile_name, username FROM contact "
    f"WHERE user_id = ANY({_listed('%(users)s')}) OR wa_id = ANY({_listed('%(phones)s')})) "
    "SELECT "
    "(SELECT json_agg(json_build_array(id, unknown)) FROM phone_number "
    f"WHERE id = ANY({_listed('%(numbers)s')})), "
    "(SELECT json_agg(json_build_array(id, wamid, conversation_id, status, status_ts, "
    "error_code, error_title, error_details)) FROM message "
    f"WHERE wamid = ANY({_listed('%(wamids)s')})), "
    "(SELECT json_agg(json_build_array(id, user_id, wa_id, profile_name, username)) FROM k), "
    "(SELECT json_agg(json_build_array(id, phone_number_id, contact_id)) FROM conversation "
    "WHERE contact_id = ANY(ARRAY(SELECT id FROM k))), "
    "(SELECT json_agg(json_build_array(wamid, status)) FROM message_status "
    f"WHERE wamid = ANY({_listed('%(statuses)s')})), "
    "(SELECT json_agg(json_build_array(wamid, status)) FROM billing_record "
    f"WHERE wamid = ANY({_listed('%(priced)s')})), "
    # the bodies stored before (a re-delivery), the latest row of each last
    "(SELECT json_agg(json_build_array(body_sha256, id, processed) ORDER BY id) "
    f"FROM webhook_event WHERE body_sha256 = ANY({_listed('%(digests)s')}))"
)

# Rows travel as one JSON array of objects (a key per column) read by json_to_recordset.
_INSERT_MESSAGES = (
    "INSERT INTO message (conversation_id, phone_number_id, wamid, direction, type, text, "
    "payload, context_wamid, timestamp, error_code, error_title, error_details, attempts, "
    "created_at, status) "
    "SELECT conversation_id, phone_number_id, wamid, direction, type, text, payload, "
    "context_wamid, timestamp, error_code, error_title, error_details, attempts, created_at, "
    "status FROM json_to_recordset(%s::json) AS r(conversation_id int, phone_number_id text, "
    "wamid text, direction text, type text, text text, payload json, context_wamid text, "
    "timestamp int8, error_code int, error_title text, error_details text, attempts int, "
    "created_at timestamptz, status text) "
    "ORDER BY wamid "  # two writers never wait on each other in a circle
    "ON CONFLICT (wamid) DO NOTHING RETURNING id, wamid"
)
_INSERT_STATUSES = (
    "INSERT INTO message_status (message_id, wamid, status, timestamp, recipient_id, "
    "phone_number_id, errors, orphan, callback_data) "
    "SELECT message_id, wamid, status, timestamp, recipient_id, phone_number_id, errors, "
    "orphan, callback_data FROM json_to_recordset(%s::json) AS r(message_id int, wamid text, "
    "status text, timestamp int8, recipient_id text, phone_number_id text, errors json, "
    "orphan bool, callback_data text) "
    "ORDER BY wamid, status ON CONFLICT (wamid, status) DO NOTHING"
)
_INSERT_BILLING = (
    "INSERT INTO billing_record (wamid, status, timestamp, waba_id, phone_number_id, "
    "recipient_id, billable, pricing_model, pricing_type, category, conversation_id, "
    "conversation_origin, conversation_expiration_ts) "
    "SELECT wamid, status, timestamp, waba_id, phone_number_id, recipient_id, billable, "
    "pricing_model, pricing_type, category, conversation_id, conversation_origin, "
    "conversation_expiration_ts FROM json_to_recordset(%s::json) AS r(wamid text, "
    "status text, timestamp int8, waba_id text, phone_number_id text, recipient_id text, "
    "billable bool, pricing_model text, pricing_type text, category text, "
    "conversation_id text, conversation_origin text, conversation_expiration_ts int8) "
    "ORDER BY wamid, status ON CONFLICT (wamid, status) DO NOTHING"
)
# The bodies' rows travel as one binary array per column: a raw body goes as its bytes,
# where in JSON each of its quotes would be escaped (in C, but at a cost of its own).
_INSERT_EVENTS = (
    "INSERT INTO webhook_event (received_at, raw, processed, error, body_sha256) "
    "SELECT * FROM unnest(%b::timestamptz[], %b::text[], %b::bool[], %b::text[], %b::text[])"
)
_COUNT_REDELIVERIES = (
    "INSERT INTO webhook_redelivery (body_sha256, repeats, last_received_at) "
    "SELECT b_digest, b_n, b_at FROM json_to_recordset(%s::json) "
    "AS r(b_digest text, b_n int, b_at timestamptz) ORDER BY b_digest "
    "ON CONFLICT (body_sha256) DO UPDATE SET "
    "repeats = webhook_redelivery.repeats + excluded.repeats, "
    "last_received_at = excluded.last_received_at"
)
_LOCK_CONVERSATIONS = (
    f"SELECT id FROM conversation WHERE id = ANY({_listed('%s', '::int')}) "
    "ORDER BY id FOR NO KEY UPDATE"
)
# The rows to change are found through the primary key (``id = ANY(array)``): joined to the
# recordset directly, the planner guesses 100 rows and scans the whole table for each batch.
_BUMP_CONVERSATIONS = (
    "WITH b AS MATERIALIZED (SELECT * FROM json_to_recordset(%s::json) AS b(b_id int, "
    "b_ts int8, b_inbound int8, b_preview text, b_type text, b_unread int)) "
    "UPDATE conversation AS c SET "
    "last_inbound_ts = CASE WHEN b.b_inbound IS NOT NULL AND (c.last_inbound_ts IS NULL "
    "OR c.last_inbound_ts < b.b_inbound) THEN b.b_inbound ELSE c.last_inbound_ts END, "
    "last_message_ts = CASE WHEN c.last_message_ts IS NULL OR c.last_message_ts < b.b_ts "
    "THEN b.b_ts ELSE c.last_message_ts END, "
    "last_message_preview = CASE WHEN c.last_message_ts IS NULL "
    "OR c.last_message_ts <= b.b_ts THEN b.b_preview ELSE c.last_message_preview END, "
    "last_message_type = CASE WHEN c.last_message_ts IS NULL OR c.last_message_ts <= b.b_ts "
    "THEN b.b_type ELSE c.last_message_type END, "
    "unread_count = COALESCE(c.unread_count, 0) + b.b_unread, "
    "status = 'open' "  # the customer wrote again: resolved or pending is open again
    "FROM b WHERE c.id = ANY(ARRAY(SELECT b_id FROM b)) AND c.id = b.b_id"
)
_LOCK_CONTACTS = (
    f"SELECT id FROM contact WHERE id = ANY({_listed('%s', '::int')}) ORDER BY id FOR UPDATE"
)
_COMPLETE_CONTACTS = (
    "WITH b AS MATERIALIZED (SELECT * FROM json_to_recordset(%s::json) AS b(b_id int, "
    "b_user text, b_wa text, b_name text, b_username text, b_country text)) "
    "UPDATE contact AS c SET user_id = COALESCE(c.user_id, b.b_user), "
    "wa_id = COALESCE(c.wa_id, b.b_wa), "
    "country = CASE WHEN c.wa_id IS NULL AND b.b_wa IS NOT NULL THEN b.b_country "
    "ELSE c.country END, "
    "profile_name = COALESCE(b.b_name, c.profile_name), "
    "username = COALESCE(b.b_username, c.username) "
    "FROM b WHERE c.id = ANY(ARRAY(SELECT b_id FROM b)) AND c.id = b.b_id"
)
_LOCK_MESSAGES = (
    f"SELECT id FROM message WHERE id = ANY({_listed('%s', '::int')}) ORDER BY id FOR NO KEY UPDATE"
)
# The row may have moved on since it was read (another receiver, the outbox): a status only
# ever moves forward and ``failed`` is final, checked here against the row as it is now.
_ADVANCE_MESSAGES = (
    "WITH b AS MATERIALIZED (SELECT * FROM json_to_recordset(%s::json) AS b(b_id int, "
    "b_status text, b_status_ts int8, b_code int, b_title text, b_details text)) "
    "UPDATE message AS m SET status = b.b_status, status_ts = b.b_status_ts, "
    "error_code = b.b_code, error_title = b.b_title, error_details = b.b_details "
    "FROM b WHERE m.id = ANY(ARRAY(SELECT b_id FROM b)) AND m.id = b.b_id "
    "AND m.status IS DISTINCT FROM 'failed' "
    f"AND {_rank_sql('m.status')} < {_rank_sql('b.b_status')}"
)

# The first delivery time: a row keeps an earlier one (statuses arrive in any order).
_DELIVERED_AT = (
    "WITH b AS MATERIALIZED (SELECT * FROM json_to_recordset(%s::json) AS b(b_id int, "
    "b_at int8)) "
    "UPDATE message AS m SET delivered_at = b.b_at "
    "FROM b WHERE m.id = ANY(ARRAY(SELECT b_id FROM b)) AND m.id = b.b_id "
    "AND (m.delivered_at IS NULL OR m.delivered_at > b.b_at)"
)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_stamp)


def _stamp(value: Any) -> str:
    """Datetimes in JSON as ISO 8601 with their offset (timestamptz reads them exactly)."""
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


# Where a connection keeps the statements held back while a batch is written.
_HELD = "ingest_held_writes"
_Held = list[tuple[str, Sequence[Any] | dict[str, Any], bool]]


def _dbapi(conn: Connection) -> psycopg.Connection[Any]:
    return cast("psycopg.Connection[Any]", conn.connection.dbapi_connection)


def _send_held(conn: Connection, commit: bool = False) -> None:
    """Run the statements held back on ``conn``, in order, in one pipeline (one round trip),
    and with ``commit`` the COMMIT after them. An error surfaces here, as it would have at
    its own statement (the batch rolls back)."""
    held: _Held | None = conn.info.get(_HELD)
    if not held and not commit:
        return
    statements = list(held or ())
    if held:
        held.clear()
    dbapi = _dbapi(conn)
    with dbapi.pipeline(), dbapi.cursor() as cursor:
        for sql, params, find in statements:
            cursor.execute(sql, params, prepare=False if find else None)
        if commit:
            # The transaction ends here; the caller's commit then finds nothing to commit
            # (psycopg sends no COMMIT outside a transaction).
            cursor.execute("COMMIT")


@event.listens_for(Engine, "before_cursor_execute")
def _before_other_statement(conn: Connection, *_args: Any) -> None:
    """A statement not made by this store (an ORM flush, a notice) runs after held ones."""
    if conn.info.get(_HELD):
        _send_held(conn)


@event.listens_for(Engine, "commit")
def _before_commit(conn: Connection) -> None:
    try:
        held = conn.info.get(_HELD)
    except Exception:  # a connection already lost: nothing can be sent on it anyway
        return
    if held:
        _send_held(conn)


class PostgresStore(Store):
    """The ingest statements on the session's psycopg connection; see the module docstring."""

    def __init__(self) -> None:
        super().__init__("postgresql")

    @contextmanager
    def writing(self, conn: Connection, commit: bool = False) -> Iterator[None]:
        """Hold back writes whose results nobody reads until something else runs on
        ``conn`` or the block ends; then they go in one pipeline (see the module docstring),
        with ``commit`` followed by the COMMIT. Left by an error, what is still held is
        dropped with the transaction it was for."""
        if _HELD in conn.info:  # already inside a batch: that one sends and commits
            yield
            return
        conn.info[_HELD] = []
        try:
            yield
            _send_held(conn, commit)
        finally:
            conn.info.pop(_HELD, None)

    def notify(self, conn: Connection, channel: str, payloads: Sequence[str]) -> None:
        for payload in payloads:
            self._run(conn, "SELECT pg_notify(%s, %s)", [channel, payload], find=False)

    @staticmethod
    def _run(
        conn: Connection,
        sql: str,
        params: Sequence[Any] | dict[str, Any],
        fetch: bool = False,
        find: bool = True,
    ) -> list[Any]:
        """Execute on the session's connection; ``find``: planned at each call (see above).
        Without ``fetch``, inside :meth:`writing`, the statement is held back (sent later)."""
        held: _Held | None = conn.info.get(_HELD)
        if not fetch and held is not None:
            held.append((sql, params, find))
            return []
        if held:
            _send_held(conn)
        cursor = _dbapi(conn).cursor()
        try:
            cursor.execute(sql, params, prepare=False if find else None)
            return list(cursor.fetchall()) if fetch else []
        finally:
            cursor.close()

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
        params = {
            "users": _json(list(user_ids)),
            "phones": _json(list(wa_ids)),
            "numbers": _json(list(numbers)),
            "wamids": _json(list(wamids)),
            "statuses": _json(list(status_wamids)),
            "priced": _json(list(priced)),
            "digests": _json(list(digests)),
        }
        row = self._run(conn, _LOOK_UP, params, fetch=True)[0]
        found_numbers, messages, contacts, conversations, statuses, billing, events = (
            part or [] for part in row
        )
        return LookUp(
            numbers={r[0]: bool(r[1]) for r in found_numbers},
            messages={r[1]: MessageRow(*r) for r in messages},
            contacts=[ContactRow(*r) for r in contacts],
            conversations=[ConversationRow(*r) for r in conversations],
            statuses={(r[0], r[1]) for r in statuses},
            billing={(r[0], r[1]) for r in billing},
            events={r[0]: (int(r[1]), bool(r[2])) for r in events},
        )

    def messages(self, conn: Connection, wamids: Sequence[str]) -> dict[str, Any]:
        rows = self._run(conn, _MESSAGES, [_json(list(wamids))], fetch=True)
        return {row[1]: MessageRow(*row) for row in rows}

    def numbers(self, conn: Connection, ids: Sequence[str]) -> dict[str, bool]:
        rows = self._run(conn, _NUMBERS, [_json(list(ids))], fetch=True)
        return {row[0]: bool(row[1]) for row in rows}

    def contacts(
        self, conn: Connection, user_ids: Sequence[str], wa_ids: Sequence[str]
    ) -> list[Any]:
        params = [_json(list(user_ids)), _json(list(wa_ids))]
        return [ContactRow(*row) for row in self._run(conn, _CONTACTS, params, fetch=True)]

    def conversations(self, conn: Connection, contact_ids: Sequence[int]) -> list[Any]:
        rows = self._run(conn, _CONVERSATIONS, [_json(list(contact_ids))], fetch=True)
        return [ConversationRow(*row) for row in rows]

    def statuses(self, conn: Connection, wamids: Sequence[str]) -> set[tuple[str, str]]:
        rows = self._run(conn, _STATUSES, [_json(list(wamids))], fetch=True)
        return {(r[0], r[1]) for r in rows}

    def billing(self, conn: Connection, wamids: Sequence[str]) -> set[tuple[str, str]]:
        rows = self._run(conn, _BILLING, [_json(list(wamids))], fetch=True)
        return {(r[0], r[1]) for r in rows}

    def events_by_digest(self, conn: Connection, digests: Sequence[str]) -> dict[str, Any]:
        rows = self._run(conn, _EVENTS, [_json(list(digests))], fetch=True)
        return {digest: (event_id, bool(processed)) for digest, event_id, processed in rows}

    # -- writes (rows are dicts keyed by column name, sent as one JSON array) ---------------
    def insert_contacts(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        """New contacts; one that another writer stored meanwhile is skipped (read back).
        In key order, so two writers adding the same customers never wait in a circle."""
        rows = sorted(rows, key=lambda r: (r["wa_id"] or "", r["user_id"] or ""))
        conn.execute(pg_insert(CONTACTS).on_conflict_do_nothing(), rows)

    def complete_contacts(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        """Held back like the other writes; the rows are locked in id order first (their
        unique ids may change, hence FOR UPDATE), so two writers never wait in a circle."""
        self._run(conn, _LOCK_CONTACTS, [_json(sorted({int(r["b_id"]) for r in rows}))])
        self._run(conn, _COMPLETE_CONTACTS, [_json(rows)])

    def insert_conversations(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        rows = sorted(rows, key=lambda r: (r["phone_number_id"], r["contact_id"]))
        conn.execute(pg_insert(CONVERSATIONS).on_conflict_do_nothing(), rows)

    def insert_messages(self, conn: Connection, rows: list[dict[str, Any]]) -> list[int | None]:
        """Their ids in the given order; None where another writer stored the wamid first."""
        # Times as text before json.dumps: its fallback for other types is the slow path.
        sent = [
            {**row, "created_at": _stamp(row["created_at"])}
            if isinstance(row["created_at"], datetime)
            else row
            for row in rows
        ]
        stored = self._run(conn, _INSERT_MESSAGES, [_json(sent)], fetch=True, find=False)
        ids = {wamid: int(message_id) for message_id, wamid in stored}
        return [ids.get(row["wamid"]) for row in rows]

    def insert_statuses(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        self._run(conn, _INSERT_STATUSES, [_json(rows)], find=False)

    def insert_billing(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        # Stored as SQLAlchemy's Boolean would: any truthy value Meta sent is true.
        rows = [
            row
            if row["billable"] is None or isinstance(row["billable"], bool)
            else {**row, "billable": bool(row["billable"])}
            for row in rows
        ]
        self._run(conn, _INSERT_BILLING, [_json(rows)], find=False)

    def insert_events(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        columns = ("received_at", "raw", "processed", "error", "body_sha256")
        self._run(conn, _INSERT_EVENTS, [[row[c] for row in rows] for c in columns], find=False)

    def count_redeliveries(self, conn: Connection, params: list[dict[str, Any]]) -> None:
        self._run(conn, _COUNT_REDELIVERIES, [_json(params)], find=False)

    def bump_conversations(self, conn: Connection, params: list[dict[str, Any]]) -> None:
        self._run(conn, _LOCK_CONVERSATIONS, [_json(sorted({p["b_id"] for p in params}))])
        self._run(conn, _BUMP_CONVERSATIONS, [_json(params)])

    def advance_messages(
        self,
        conn: Connection,
        params: list[dict[str, Any]],
        delivered: Sequence[dict[str, Any]] = (),
    ) -> None:
        ids = sorted({p["b_id"] for p in params} | {d["b_id"] for d in delivered})
        self._run(conn, _LOCK_MESSAGES, [_json(ids)])  # every row at once, in id order
        if params:
            self._run(conn, _ADVANCE_MESSAGES, [_json(params)])
        if delivered:
            self._run(conn, _DELIVERED_AT, [_json(list(delivered))])
