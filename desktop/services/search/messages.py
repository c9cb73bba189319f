"""Find messages by what they say, newest first, over the whole history.

Every term of three or more characters goes to the FTS5 trigram index (migration 0006), so
"delivery" and "予約を" are index lookups over a million messages. Shorter terms (Japanese
words are often two characters: 予約, 配送) have no trigram; alone they are matched with
LIKE over a bounded window of the most recent messages (``SHORT_QUERY_WINDOW``), walking
back from the newest, and the result says it is incomplete so the user can ask for the
next window. Next to a long term they only filter its index hits.

On PostgreSQL the same terms are ILIKEs answered by pg_trgm's GIN index (migration 0018).

Results are ordered by message id, which grows with arrival time, so the newest hits come
first and a page ends early instead of sorting every match. A search runs on the DB thread
that ingest also uses, so it can be cancelled mid-query (``CancelToken``: SQLite's
progress handler aborts the statement) when the user has typed on.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text as sql
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.services.search.contacts import MIN_INDEXED, fts_phrase, like_pattern
from desktop.services.search.highlight import Span, hit_spans

PAGE = 50
SHORT_QUERY_WINDOW = 50_000  # messages a one- or two-character query looks through at once
_PROGRESS_STEPS = 2_000  # SQLite VM steps between two looks at the cancel flag


class CancelToken:
    """Set from the UI thread when a newer search replaces this one."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True)
class MessageHit:
    message_id: int
    conversation_id: int
    contact_name: str
    direction: str
    type: str
    timestamp: int
    text: str
    spans: tuple[Span, ...]  # (start, length) of each hit in ``text``, in characters


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: list[MessageHit] = field(default_factory=list)
    # Pass as ``before_id`` for the next (older) page; None when nothing older can match.
    next_before: int | None = None
    # False when a short query looked only through a recent window of messages.
    complete: bool = True
    cancelled: bool = False


@dataclass(frozen=True)
class _Scope:
    number: str | None  # one number chosen
    numbers: frozenset[str] | None  # the numbers the desk sees (None: every one)


def search_terms(query: str) -> list[str]:
    return [term for term in query.split() if term]


def search_messages(
    session: Session,
    query: str,
    *,
    before_id: int | None = None,
    limit: int = PAGE,
    phone_number_id: str | None = None,
    cancel: CancelToken | None = None,
    phone_number_ids: frozenset[str] | None = None,
) -> SearchResult:
    """The newest messages (older than ``before_id``) containing every term of ``query``,
    of one number or of the numbers the desk sees (``phone_number_ids``; None: every one)."""
    scope = _Scope(phone_number_id, phone_number_ids)
    terms = search_terms(query)
    if not terms:
        return SearchResult(query)
    if cancel is not None and cancel.cancelled:
        return SearchResult(query, cancelled=True)
    conn = session.connection()
    raw = conn.connection.dbapi_connection if conn.dialect.name == "sqlite" else None
    if raw is not None and cancel is not None:
        raw.set_progress_handler(lambda: 1 if cancel.cancelled else 0, _PROGRESS_STEPS)
    try:
        long_terms = [t for t in terms if len(t) >= MIN_INDEXED]
        if long_terms and raw is not None:
            rows, next_before, complete = _indexed(
                session, terms, long_terms, before_id, limit, scope
            )
        elif long_terms and conn.dialect.name == "postgresql":
            rows, next_before, complete = _trigram(session, terms, before_id, limit, scope)
        else:
            rows, next_before, complete = _window(
                session, terms, before_id, limit, scope, conn.dialect.name != "sqlite"
            )
        hits = _hits(session, rows, terms)
    except OperationalError:
        if cancel is not None and cancel.cancelled:
            return SearchResult(query, cancelled=True)
        raise
    finally:
        if raw is not None and cancel is not None:
            raw.set_progress_handler(None, 0)
    return SearchResult(query, hits, next_before, complete)


_COLUMNS = "m.id, m.conversation_id, m.direction, m.type, m.timestamp, m.text"


def _indexed(
    session: Session,
    terms: list[str],
    long_terms: list[str],
    before_id: int | None,
    limit: int,
    scope: _Scope,
) -> tuple[list[Any], int | None, bool]:
    params: dict[str, Any] = {
        "match": " ".join(fts_phrase(t) for t in long_terms),
        "before": before_id if before_id is not None else 2**62,
        "limit": limit,
    }
    extra = _short_filters(terms, params, scope)
    rows: list[Any] = list(
        session.execute(
            sql(
                f"SELECT {_COLUMNS} FROM message_fts JOIN message AS m ON m.id = message_fts.rowid "
                f"WHERE message_fts MATCH :match AND message_fts.rowid < :before{extra} "
                "ORDER BY message_fts.rowid DESC LIMIT :limit"
            ),
            params,
        ).all()
    )
    next_before = int(rows[-1].id) if len(rows) == limit else None
    return rows, next_before, True


def _trigram(
    session: Session,
    terms: list[str],
    before_id: int | None,
    limit: int,
    scope: _Scope,
) -> tuple[list[Any], int | None, bool]:
    """PostgreSQL: every term an ILIKE, answered by the pg_trgm index (migration 0018) for
    the terms of three characters or more; the whole history is searched."""
    params: dict[str, Any] = {
        "before": before_id if before_id is not None else 2**62,
        "limit": limit,
    }
    extra = _short_filters(terms, params, scope, every_term=True, ilike=True)
    rows: list[Any] = list(
        session.execute(
            sql(
                f"SELECT {_COLUMNS} FROM message AS m WHERE m.id < :before "
                f"AND m.type <> 'reaction' AND m.text IS NOT NULL{extra} "
                "ORDER BY m.id DESC LIMIT :limit"
            ),
            params,
        ).all()
    )
    next_before = int(rows[-1].id) if len(rows) == limit else None
    return rows, next_before, True


def _window(
    session: Session,
    terms: list[str],
    before_id: int | None,
    limit: int,
    scope: _Scope,
    ilike: bool = False,
) -> tuple[list[Any], int | None, bool]:
    """LIKE over the ``SHORT_QUERY_WINDOW`` messages before ``before_id``, newest first
    (ILIKE on PostgreSQL, whose LIKE minds case where SQLite's does not)."""
    top = before_id
    if top is None:
        top = (session.execute(sql("SELECT max(id) FROM message")).scalar() or 0) + 1
    floor = max(0, top - SHORT_QUERY_WINDOW)
    params: dict[str, Any] = {"before": top, "floor": floor, "limit": limit}
    extra = _short_filters(terms, params, scope, every_term=True, ilike=ilike)
    rows: list[Any] = list(
        session.execute(
            sql(
                f"SELECT {_COLUMNS} FROM message AS m WHERE m.id < :before AND m.id >= :floor "
                f"AND m.type != 'reaction' AND m.text IS NOT NULL{extra} "
                "ORDER BY m.id DESC LIMIT :limit"
            ),
            params,
        ).all()
    )
    if len(rows) == limit:
        return rows, int(rows[-1].id), True
    # The window ran out before the page filled: older messages were not looked at.
    searched_all = floor <= 1
    return rows, None if searched_all else floor, searched_all


def _short_filters(
    terms: list[str],
    params: dict[str, Any],
    scope: _Scope,
    every_term: bool = False,
    ilike: bool = False,
) -> str:
    clauses = []
    like = "ILIKE" if ilike else "LIKE"
    for i, term in enumerate(terms):
        if every_term or len(term) < MIN_INDEXED:
            params[f"t{i}"] = like_pattern(term)
            clauses.append(f" AND m.text {like} :t{i} ESCAPE '\\'")
    if scope.number:
        params["number"] = scope.number
        clauses.append(" AND m.phone_number_id = :number")
    if scope.numbers is not None:
        names = []
        for i, number in enumerate(sorted(scope.numbers)):
            params[f"n{i}"] = number
            names.append(f":n{i}")
        clauses.append(f" AND m.phone_number_id IN ({', '.join(names)})" if names else " AND 1 = 0")
    return "".join(clauses)


def _hits(session: Session, rows: list[Any], terms: list[str]) -> list[MessageHit]:
    from desktop.services.inbox import contact_display_name_of

    names = contact_display_name_of(session, {row.conversation_id for row in rows})
    return [
        MessageHit(
            message_id=row.id,
            conversation_id=row.conversation_id,
            contact_name=names.get(row.conversation_id, "?"),
            direction=row.direction,
            type=row.type,
            timestamp=row.timestamp,
            text=row.text or "",
            spans=hit_spans(row.text or "", terms),
        )
        for row in rows
    ]
