"""The statements ingest runs for every batch, built once per database dialect.

At webhook rates, building a SQLAlchemy statement and rendering an ``IN (...)`` list for
every call costs more than SQLite spends answering it. These statements are built once and
take each id list as ONE bound parameter (SQLite reads it with ``json_each``, PostgreSQL as
an array, other databases fall back to an expanding ``IN``), so their compiled form is reused.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Table,
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


def _newer(col: Any, value: Any) -> Any:
    """``col`` unless ``value`` is later (NULL counts as earliest); portable SQL."""
    return case((or_(col.is_(None), col < value), value), else_=col)


BUMP_CONVERSATION = (
    update(CONVERSATIONS)
    .where(CONVERSATIONS.c.id == bindparam("b_id"))
    .values(
        last_inbound_ts=_newer(CONVERSATIONS.c.last_inbound_ts, bindparam("b_ts")),
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
        unread_count=func.coalesce(CONVERSATIONS.c.unread_count, 0) + bindparam("b_unread"),
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
INSERT_MESSAGE = insert(MESSAGES)
INSERT_MESSAGE_RETURNING = insert(MESSAGES).returning(MESSAGES.c.id, sort_by_parameter_order=True)
INSERT_STATUS = insert(STATUSES)
INSERT_BILLING = insert(BILLING)
INSERT_EVENT = insert(EVENTS)


class Lookups:
    """Batch reads by lists of ids, for one dialect."""

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


_LOOKUPS: dict[str, Lookups] = {}


def lookups(conn: Connection) -> Lookups:
    name = conn.dialect.name
    if name not in _LOOKUPS:
        _LOOKUPS[name] = Lookups(name)
    return _LOOKUPS[name]
