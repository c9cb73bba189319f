"""Read side of the inbox: ids for the item models, and rows fetched by id when shown.

The item models hold ids only and ask for the rows they need (Anki's and qutebrowser's
pattern), so a list of 100,000 conversations costs one id query, not 100,000 widgets.
Rows are frozen dataclasses: ORM objects never leave the DB thread.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import (
    Select,
    Text,
    and_,
    func,
    literal_column,
    or_,
    select,
    tuple_,
    type_coerce,
    update,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from desktop.models.change_feed import note_changes
from desktop.models.entities import (
    AMENDING_SQL,
    REACTION_SQL,
    Agent,
    Contact,
    Conversation,
    ConversationLabel,
    Message,
    PhoneNumber,
    Template,
    Waba,
)
from desktop.services.contacts import display_name
from desktop.services.conversation_marks import channels_by_number, failed_last_sends
from desktop.services.message_text import (
    AMENDING_TYPES,
    KNOWN_TYPES,
    amended_wamid,
    as_dict,
    as_text,
    as_timestamp,
)
from desktop.services.pricing.message_cost import (
    MessageCost,
    safe_message_costs,
    shared_rate_book,
)
from desktop.services.search.contacts import contact_matches
from desktop.services.window import WINDOW_SECONDS, window_closes_at
from desktop.services.work import LabelRow, labels_of


@dataclass(frozen=True)
class ConversationRow:
    id: int
    phone_number_id: str
    number_label: str
    waba_name: str | None
    contact_name: str
    contact_wa_id: str | None
    contact_user_id: str | None
    username: str | None
    last_message_ts: int | None
    last_message_preview: str | None
    unread_count: int
    window_closes_at: int | None
    last_message_type: str | None = None
    marketing_opt_out: bool = False
    # The desk's work on it: "open" | "pending" | "resolved", who answers it, its labels.
    status: str = "open"
    assignee_id: int | None = None
    assignee_name: str | None = None
    assignee_colour: str | None = None
    labels: tuple[LabelRow, ...] = ()
    # The latest message came from the customer: it is our turn to answer.
    waiting_for_us: bool = False
    # The channel (our number's name and colour, as set on the Numbers page) it is on.
    channel_name: str = ""
    channel_colour: str = ""
    # Our latest send in it failed (the list marks the row).
    last_send_failed: bool = False


@dataclass(frozen=True)
class MessageRow:
    id: int
    conversation_id: int
    wamid: str | None
    direction: str
    type: str
    text: str | None
    payload: dict[str, Any]
    status: str | None
    timestamp: int
    context_wamid: str | None
    quoted_text: str | None
    reaction: str | None  # the latest reaction emoji another party put on this message
    error_code: int | None
    error_title: str | None
    error_details: str | None
    # For a template message: its stored definition (Graph API JSON), to draw it exactly.
    template: dict[str, Any] | None = None
    # The customer (or the business on its phone) edited it: the newest text, and the
    # texts it had before, oldest first (shown on demand).
    edited_text: str | None = None
    earlier_texts: tuple[str, ...] = ()
    # Deleted for everyone by its sender; ``text`` still holds what it said.
    revoked: bool = False
    # What an outbound message cost (Meta's ``pricing``, else the engine's estimate).
    cost: MessageCost | None = None


@dataclass(frozen=True)
class ConversationFilter:
    text: str = ""
    phone_number_id: str | None = None
    unread_only: bool = False
    # Only conversations whose 24-hour window is open and closes within this many seconds
    # of ``now`` (the "answer these first" list).
    closing_within: int | None = None
    now: float | None = None
    # A conversation listed whether it matches or not: the one open in the thread, so a
    # filter (say "Unread", once it is read) never pulls it out from under the user.
    keep_id: int | None = None
    # Work views: these statuses only (none: any), the agent's or nobody's, one label, and
    # "waiting for us" (the latest message is the customer's).
    statuses: tuple[str, ...] = ()
    assignee_id: int | None = None
    unassigned_only: bool = False
    label_id: int | None = None
    waiting_only: bool = False
    # The channels the person at the desk sees (their numbers; None: every channel). Unlike
    # the other conditions this one holds for the kept conversation too.
    phone_number_ids: frozenset[str] | None = None


PAGE_SIZE = 200


@dataclass(frozen=True)
class PageKey:
    """Where a conversation sorts: newest activity first, then the higher id."""

    last_message_ts: int | None
    id: int


@dataclass(frozen=True)
class ConversationPage:
    ids: list[int]
    # The key to pass as ``after`` for the next page; None when this was the last one.
    next_after: PageKey | None
    # Where each of ``ids`` sorts (to place rows that change later without a new query).
    keys: dict[int, PageKey] = field(default_factory=dict)


def _filtered(flt: ConversationFilter, dialect: str, *columns: Any) -> Select[Any]:
    """Conversations matching ``flt`` (contacts are read only when there is text to match)."""
    columns = columns or (Conversation.id, Conversation.last_message_ts)
    query = select(*columns).select_from(Conversation)
    conditions = _conditions(flt, dialect)
    return query.where(and_(*conditions)) if conditions else query


def _sort_key(key: PageKey) -> tuple[int, int, int]:
    """Where a key sorts in the list: newest activity first, undated last, higher id first."""
    if key.last_message_ts is None:
        return (1, 0, -key.id)
    return (0, -key.last_message_ts, -key.id)


def _kept(session: Session, flt: ConversationFilter) -> PageKey | None:
    """The kept conversation's key when ``flt`` alone would leave it out (else None).

    The kept row is merged in Python rather than OR-ed into the query, so the query keeps
    its index (an ``OR id = ?`` made SQLite read the table for every row).
    """
    if flt.keep_id is None or not _conditions(flt, _dialect(session)):
        return None
    matches = session.execute(
        _filtered(flt, _dialect(session)).where(Conversation.id == flt.keep_id)
    ).first()
    if matches is not None:
        return None
    kept = select(Conversation.id, Conversation.last_message_ts).where(
        Conversation.id == flt.keep_id
    )
    if flt.phone_number_ids is not None:
        kept = kept.where(_number_column(_dialect(session)).in_(sorted(flt.phone_number_ids)))
    row = session.execute(kept).first()
    return PageKey(row.last_message_ts, row.id) if row is not None else None


def _number_column(dialect: str) -> Any:
    if dialect == "sqlite":
        # "+column": SQLite then reads the list's covering index in order instead of
        # the (number, contact) unique index plus every row of the table (3x slower).
        return literal_column("+conversation.phone_number_id")
    return Conversation.phone_number_id


def _conditions(flt: ConversationFilter, dialect: str) -> list[Any]:
    conditions: list[Any] = []
    if flt.phone_number_id:
        conditions.append(_number_column(dialect) == flt.phone_number_id)
    if flt.phone_number_ids is not None:
        conditions.append(_number_column(dialect).in_(sorted(flt.phone_number_ids)))
    if flt.unread_only:
        conditions.append(Conversation.unread_count > 0)
    if flt.closing_within is not None:
        now = flt.now if flt.now is not None else time.time()
        opened_after = now - WINDOW_SECONDS  # still open
        opened_before = now - WINDOW_SECONDS + flt.closing_within  # closes soon
        conditions.append(Conversation.last_inbound_ts > opened_after)
        conditions.append(Conversation.last_inbound_ts <= opened_before)
    if flt.statuses:
        conditions.append(Conversation.status.in_(flt.statuses))
    if flt.assignee_id is not None:
        conditions.append(Conversation.assignee_id == flt.assignee_id)
    if flt.unassigned_only:
        conditions.append(Conversation.assignee_id.is_(None))
    if flt.label_id is not None:
        conditions.append(
            Conversation.id.in_(
                select(ConversationLabel.conversation_id).where(
                    ConversationLabel.label_id == flt.label_id
                )
            )
        )
    if flt.waiting_only:
        conditions.append(_waiting_for_us())
    if flt.text.strip():
        # Name, username or number in any format (messages have their own search). Matching
        # contacts are found first, so the list is still read in index order with no join.
        matches = contact_matches(flt.text, dialect)
        conditions.append(Conversation.contact_id.in_(select(Contact.id).where(matches)))
    return conditions


def _waiting_for_us() -> Any:
    """The latest message is the customer's (ingest moves both stamps to an inbound one)."""
    return and_(
        Conversation.last_inbound_ts.is_not(None),
        Conversation.last_inbound_ts >= Conversation.last_message_ts,
    )


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _newest_first(query: Select[Any]) -> Select[Any]:
    # Plain columns, in the order of ix_conversation_recent, so the index serves the sort
    # (a coalesce() here made SQLite sort all 50,000 rows on every keystroke).
    return query.order_by(Conversation.last_message_ts.desc().nulls_last(), Conversation.id.desc())


def conversation_page(
    session: Session,
    flt: ConversationFilter | None = None,
    *,
    after: PageKey | None = None,
    limit: int = PAGE_SIZE,
) -> ConversationPage:
    """One page of conversation ids, newest first, starting after ``after`` (keyset paging).

    Keyset rather than OFFSET: a page costs the same at row 40,000 as at row 0, and a
    conversation that moves to the top between two fetches is neither skipped nor repeated.
    """
    base = _filtered(flt or ConversationFilter(), _dialect(session))
    ts, cid = Conversation.last_message_ts, Conversation.id
    rows: list[Any] = []
    if after is None or after.last_message_ts is not None:
        dated = base.where(ts.is_not(None))
        if after is not None:
            dated = dated.where(tuple_(ts, cid) < tuple_(after.last_message_ts, after.id))
        rows = list(session.execute(_newest_first(dated).limit(limit + 1)))
    if len(rows) <= limit:  # then conversations without any message yet, by id
        undated = base.where(ts.is_(None))
        if after is not None and after.last_message_ts is None:
            undated = undated.where(cid < after.id)
        rows += session.execute(undated.order_by(cid.desc()).limit(limit + 1 - len(rows))).all()
    keys = [PageKey(row.last_message_ts, row.id) for row in rows]
    kept = _kept(session, flt) if flt is not None else None
    # The kept one belongs to this page if it sorts after ``after`` and before the next page.
    if (
        kept is not None
        and (after is None or _sort_key(kept) > _sort_key(after))
        and (len(keys) <= limit or _sort_key(kept) < _sort_key(keys[limit]))
    ):
        keys = sorted([*keys, kept], key=_sort_key)
    more = len(keys) > limit
    keys = keys[:limit]
    last = keys[-1] if keys else None
    return ConversationPage(
        ids=[key.id for key in keys],
        next_after=last if more and last else None,
        keys={key.id: key for key in keys},
    )


def conversation_page_rows(
    session: Session, flt: ConversationFilter, after: PageKey | None, limit: int = PAGE_SIZE
) -> tuple[ConversationPage, dict[int, ConversationRow]]:
    """A page of the list and its rows, in one visit to the DB thread."""
    page = conversation_page(session, flt, after=after, limit=limit)
    return page, conversation_rows(session, page.ids)


def conversation_changes(
    session: Session, flt: ConversationFilter, ids: Iterable[int]
) -> tuple[dict[int, PageKey], dict[int, ConversationRow]]:
    """Where each of ``ids`` sorts now (those still matching ``flt``) and their rows."""
    keys = conversation_keys(session, ids, flt)
    return keys, conversation_rows(session, list(keys))


def conversation_ids(
    session: Session, flt: ConversationFilter | None = None, limit: int | None = None
) -> list[int]:
    """Conversation ids newest first: all of them, or the first ``limit``."""
    if limit is not None:
        return conversation_page(session, flt, limit=limit).ids
    flt = flt or ConversationFilter()
    query = _newest_first(_filtered(flt, _dialect(session)))
    rows = [PageKey(row.last_message_ts, row.id) for row in session.execute(query)]
    kept = _kept(session, flt)
    if kept is not None:
        rows = sorted([*rows, kept], key=_sort_key)
    return [row.id for row in rows]


def conversation_count(session: Session, flt: ConversationFilter | None = None) -> int:
    flt = flt or ConversationFilter()
    query = _filtered(flt, _dialect(session), func.count())
    return int(session.scalar(query) or 0) + (1 if _kept(session, flt) is not None else 0)


def conversation_keys(
    session: Session, ids: Iterable[int], flt: ConversationFilter | None = None
) -> dict[int, PageKey]:
    """Where each of ``ids`` sorts now, for those still matching ``flt``.

    What an item model needs to move rows in place after ingest changed them, instead of
    re-reading the whole list.
    """
    ids = list(ids)
    if not ids:
        return {}
    flt = flt or ConversationFilter()
    query = _filtered(flt, _dialect(session)).where(Conversation.id.in_(ids))
    keys = {row.id: PageKey(row.last_message_ts, row.id) for row in session.execute(query)}
    kept = _kept(session, flt) if flt.keep_id in ids else None
    if kept is not None:
        keys[kept.id] = kept
    return keys


def conversation_rank(session: Session, key: PageKey, flt: ConversationFilter | None = None) -> int:
    """How many matching conversations sort before ``key`` (its row in the full list)."""
    ts, cid = Conversation.last_message_ts, Conversation.id
    base = _filtered(flt or ConversationFilter(), _dialect(session), func.count())
    if key.last_message_ts is None:
        before = or_(ts.is_not(None), and_(ts.is_(None), cid > key.id))
    else:
        before = and_(ts.is_not(None), tuple_(ts, cid) > tuple_(key.last_message_ts, key.id))
    kept = _kept(session, flt) if flt is not None else None
    extra = 1 if kept is not None and _sort_key(kept) < _sort_key(key) else 0
    return int(session.scalar(base.where(before)) or 0) + extra


def conversation_rows(session: Session, ids: Iterable[int]) -> dict[int, ConversationRow]:
    """The list rows of ``ids``, read as plain columns (no ORM objects: ingest shares the DB)."""
    ids = list(ids)
    if not ids:
        return {}
    query = (
        select(
            Conversation.id,
            Conversation.phone_number_id,
            Conversation.last_message_ts,
            Conversation.last_inbound_ts,
            Conversation.last_message_preview,
            Conversation.last_message_type,
            Conversation.unread_count,
            Conversation.status,
            Contact.local_name,
            Contact.profile_name,
            Contact.username,
            Contact.wa_id,
            Contact.user_id,
            Contact.marketing_opt_out,
            PhoneNumber.verified_name,
            PhoneNumber.display_phone_number,
            Waba.name.label("waba_name"),
            Agent.id.label("agent_id"),
            Agent.name.label("agent_name"),
            Agent.colour.label("agent_colour"),
        )
        .join(Contact, Contact.id == Conversation.contact_id)
        .join(PhoneNumber, PhoneNumber.id == Conversation.phone_number_id)
        .outerjoin(Waba, Waba.id == PhoneNumber.waba_id)
        .outerjoin(Agent, Agent.id == Conversation.assignee_id)
        .where(Conversation.id.in_(ids))
    )
    labelled = labels_of(session, ids)
    channels = channels_by_number(session)
    failed = failed_last_sends(session, ids)
    rows: dict[int, ConversationRow] = {}
    for row in session.execute(query):
        channel = channels.get(row.phone_number_id)
        # Stored stamps are not trusted to be numbers (rows may be damaged or edited).
        inbound, latest = as_timestamp(row.last_inbound_ts), as_timestamp(row.last_message_ts)
        label = number_label(row)
        rows[row.id] = ConversationRow(
            id=row.id,
            phone_number_id=row.phone_number_id,
            number_label=label,
            waba_name=row.waba_name,
            contact_name=display_name(row),
            contact_wa_id=row.wa_id,
            contact_user_id=row.user_id,
            username=(row.username or "").strip().lstrip("@") or None,  # shown with one @
            last_message_ts=row.last_message_ts,
            last_message_preview=row.last_message_preview,
            unread_count=row.unread_count,
            window_closes_at=window_closes_at(inbound),
            last_message_type=row.last_message_type,
            marketing_opt_out=bool(row.marketing_opt_out),
            status=row.status if isinstance(row.status, str) and row.status else "open",
            assignee_id=row.agent_id,
            assignee_name=row.agent_name,
            assignee_colour=row.agent_colour,
            labels=tuple(labelled.get(row.id, ())),
            waiting_for_us=inbound is not None and (latest is None or inbound >= latest),
            channel_name=channel.name if channel else label,
            channel_colour=channel.colour if channel else "",
            last_send_failed=row.id in failed,
        )
    return rows


class LabelledNumber(Protocol):
    """What naming a number reads: a :class:`PhoneNumber`, or a row of those columns."""

    @property
    def verified_name(self) -> str | None: ...
    @property
    def display_phone_number(self) -> str: ...


def number_label(number: LabelledNumber) -> str:
    return number.verified_name or number.display_phone_number


def contact_display_name(contact: Contact) -> str:
    return display_name(contact)


def contact_display_name_of(session: Session, conversation_ids: Iterable[int]) -> dict[int, str]:
    """The contact's display name of each conversation (for search results)."""
    ids = list(conversation_ids)
    if not ids:
        return {}
    query = (
        select(Conversation.id, Contact)
        .join(Contact, Contact.id == Conversation.contact_id)
        .where(Conversation.id.in_(ids))
    )
    return {cid: contact_display_name(contact) for cid, contact in session.execute(query)}


def message_ids(session: Session, conversation_id: int) -> list[int]:
    """Messages of a thread in display order; reactions are folded into their target."""
    return list(
        session.scalars(
            select(Message.id)
            .where(
                Message.conversation_id == conversation_id,
                Message.type.not_in(("reaction", *AMENDING_TYPES)),
            )
            .order_by(Message.timestamp, Message.id)
        )
    )


THREAD_PAGE = 200
REACTION_SLACK = 3600  # seconds a reaction's time may precede its target's (clock skew)


@dataclass(frozen=True)
class MessageKey:
    """Where a message sorts in its thread: by time, then by id.

    ``timestamp`` is the stored value as it is (normally whole seconds; a damaged row may
    hold a float or text), so it sorts here as SQLite sorts it and goes back into queries.
    """

    timestamp: Any
    id: int

    def order(self) -> tuple[int, Any, int]:
        """A Python sort key agreeing with SQLite's ORDER BY timestamp, id."""
        value = self.timestamp
        if value is None:
            rank = 0
        elif isinstance(value, int | float):
            rank = 1
        elif isinstance(value, str):
            rank = 2
        else:
            rank, value = 3, bytes(value)
        return rank, value, self.id


@dataclass(frozen=True)
class ThreadPage:
    """A run of consecutive messages of one thread, oldest first, and what lies beyond it."""

    keys: list[MessageKey]
    rows: dict[int, MessageRow]
    has_older: bool  # messages before the first key exist
    has_newer: bool  # messages after the last key exist

    @property
    def ids(self) -> list[int]:
        return [key.id for key in self.keys]


def _thread_keys(
    session: Session,
    conversation_id: int,
    *,
    before: MessageKey | None = None,
    after: MessageKey | None = None,
    inclusive: bool = False,
    limit: int,
) -> tuple[list[MessageKey], bool]:
    """Up to ``limit`` keys next to ``before`` (older) or ``after`` (newer), oldest first.

    Read on ix_message_conversation_ts (conversation_id, timestamp, id): the range is on
    ``timestamp`` and the id only breaks ties, so a page costs the same anywhere in a
    thread of any length. Also says whether more lie beyond the page.
    """
    ts, mid = Message.timestamp, Message.id
    query = select(ts, mid).where(Message.conversation_id == conversation_id)
    query = query.where(Message.type.not_in(("reaction", *AMENDING_TYPES)))
    if after is not None:
        tie = mid >= after.id if inclusive else mid > after.id
        query = query.where(ts >= after.timestamp, or_(ts > after.timestamp, tie))
        query = query.order_by(ts, mid)
    else:
        if before is not None:
            tie = mid <= before.id if inclusive else mid < before.id
            query = query.where(ts <= before.timestamp, or_(ts < before.timestamp, tie))
        query = query.order_by(ts.desc(), mid.desc())
    found = [MessageKey(t, int(i)) for t, i in session.execute(query.limit(limit + 1))]
    more = len(found) > limit
    found = found[:limit]
    if after is None:
        found.reverse()
    return found, more


def _page(
    session: Session, keys: list[MessageKey], has_older: bool, has_newer: bool, rows: bool
) -> ThreadPage:
    read = message_rows(session, [key.id for key in keys]) if rows else {}
    return ThreadPage(keys, read, has_older, has_newer)


def thread_latest(
    session: Session, conversation_id: int, limit: int = THREAD_PAGE, *, rows: bool = True
) -> ThreadPage:
    """The newest ``limit`` messages of a thread (what opening it shows)."""
    keys, older = _thread_keys(session, conversation_id, limit=limit)
    return _page(session, keys, older, False, rows)


def thread_before(
    session: Session,
    conversation_id: int,
    before: MessageKey,
    limit: int = THREAD_PAGE,
    *,
    rows: bool = True,
) -> ThreadPage:
    """The ``limit`` messages just older than ``before`` (scrolling up)."""
    keys, older = _thread_keys(session, conversation_id, before=before, limit=limit)
    return _page(session, keys, older, True, rows)


def thread_after(
    session: Session,
    conversation_id: int,
    after: MessageKey,
    limit: int = THREAD_PAGE,
    *,
    rows: bool = True,
) -> ThreadPage:
    """The ``limit`` messages just newer than ``after`` (scrolling down, or new arrivals)."""
    keys, newer = _thread_keys(session, conversation_id, after=after, limit=limit)
    return _page(session, keys, True, newer, rows)


def thread_around(
    session: Session,
    conversation_id: int,
    message_id: int,
    limit: int = THREAD_PAGE,
    *,
    rows: bool = True,
) -> ThreadPage:
    """A page with ``message_id`` in its middle (opening a search hit); latest if it is gone."""
    found = session.execute(
        select(Message.timestamp, Message.conversation_id, Message.type).where(
            Message.id == message_id
        )
    ).first()
    if (
        found is None
        or found.conversation_id != conversation_id
        or found.type in ("reaction", *AMENDING_TYPES)
    ):
        return thread_latest(session, conversation_id, limit, rows=rows)
    key = MessageKey(found.timestamp, message_id)
    older, has_older = _thread_keys(session, conversation_id, before=key, limit=limit // 2)
    newer, has_newer = _thread_keys(
        session, conversation_id, after=key, inclusive=True, limit=limit - len(older)
    )
    return _page(session, older + newer, has_older, has_newer, rows)


@dataclass(frozen=True)
class ThreadChanges:
    """What a set of changed message ids means for one open thread."""

    new: list[MessageKey]  # the thread's bubbles among them (reactions are not bubbles)
    reacted: set[int]  # messages of the thread a reaction among them is on


def thread_changes(session: Session, conversation_id: int, ids: Iterable[int]) -> ThreadChanges:
    """Sort changed ``ids`` into the thread's bubbles and the messages their reactions are on."""
    ids = list(ids)
    if not ids:
        return ThreadChanges([], set())
    # The payload as text, decoded here: a row whose JSON is damaged is no reaction to follow.
    raw_payload = type_coerce(Message.payload, Text)
    query = select(Message.id, Message.timestamp, Message.type, raw_payload).where(
        Message.id.in_(ids), Message.conversation_id == conversation_id
    )
    new: list[MessageKey] = []
    targets: set[str] = set()
    for mid, ts, kind, payload in session.execute(query):
        if kind != "reaction" and kind not in AMENDING_TYPES:
            new.append(MessageKey(ts, int(mid)))
            continue
        try:
            decoded = json.loads(payload) if isinstance(payload, str | bytes) else None
        except ValueError:
            decoded = None
        if kind in AMENDING_TYPES:  # an edit or revoke redraws the message it changes
            target = amended_wamid(kind, as_dict(decoded))
        else:
            target = as_dict(as_dict(decoded).get("reaction")).get("message_id")
        if isinstance(target, str) and target:
            targets.add(target)
    reacted: set[int] = set()
    if targets:
        reacted = {
            int(mid)
            for mid in session.scalars(
                select(Message.id).where(
                    Message.wamid.in_(targets), Message.conversation_id == conversation_id
                )
            )
        }
    new.sort(key=MessageKey.order)
    return ThreadChanges(new, reacted)


def message_rows(session: Session, ids: Iterable[int]) -> dict[int, MessageRow]:
    ids = list(ids)
    if not ids:
        return {}
    messages = list(session.scalars(select(Message).where(Message.id.in_(ids))))
    wamids = {m.wamid for m in messages if m.wamid}
    contexts = {m.context_wamid for m in messages if m.context_wamid}
    quoted = (
        {
            wamid: text
            for wamid, text in session.execute(
                select(Message.wamid, Message.text).where(Message.wamid.in_(contexts))
            )
        }
        if contexts
        else {}
    )
    reactions: dict[str, str] = {}
    if wamids:
        # A reaction comes after the message it is on: only reactions from the oldest of
        # these messages on are read (an hour's slack for clocks), on the thread's index.
        # (A damaged row's time may be text: then every reaction of the thread is read.)
        times = [m.timestamp for m in messages]
        numeric = all(isinstance(t, int | float) and not isinstance(t, bool) for t in times)
        conversation_ids_ = {m.conversation_id for m in messages}
        query = select(Message.payload).where(
            Message.conversation_id.in_(conversation_ids_), sql_text(REACTION_SQL)
        )
        if numeric:
            query = query.where(Message.timestamp >= min(times) - REACTION_SLACK)
        for payload in session.scalars(query.order_by(Message.timestamp, Message.id)):
            reaction = as_dict(as_dict(payload).get("reaction"))
            target = reaction.get("message_id")
            if isinstance(target, str) and target in wamids:
                emoji = as_text(reaction.get("emoji"))
                if emoji:
                    reactions[target] = emoji
                else:
                    reactions.pop(target, None)
    templates = _templates_for(session, [m for m in messages if m.type == "template"])
    amendments = _amendments(session, messages, wamids)
    costs = safe_message_costs(session, messages, shared_rate_book())
    return {
        m.id: MessageRow(
            id=m.id,
            conversation_id=m.conversation_id,
            wamid=m.wamid,
            direction=m.direction,
            type=m.type,
            text=m.text,
            payload=dict(as_dict(m.payload)),
            status=m.status,
            timestamp=m.timestamp,
            context_wamid=m.context_wamid,
            quoted_text=quoted.get(m.context_wamid) if m.context_wamid else None,
            reaction=reactions.get(m.wamid) if m.wamid else None,
            error_code=m.error_code,
            error_title=m.error_title,
            error_details=m.error_details,
            template=templates.get(m.id),
            cost=costs.get(m.id),
            **(amendments.get(m.wamid, {}) if m.wamid else {}),
        )
        for m in messages
    }


def _amendments(
    session: Session, messages: list[Message], wamids: set[str]
) -> dict[str, dict[str, Any]]:
    """Edits and revokes of ``messages``, as MessageRow fields by the wamid they change."""
    if not wamids:
        return {}
    conversation_ids_ = {m.conversation_id for m in messages}
    texts = {m.wamid: m.text for m in messages if m.wamid}
    edits: dict[str, list[str]] = {}
    revoked: set[str] = set()
    query = select(Message.type, Message.payload, Message.text).where(
        sql_text(AMENDING_SQL), Message.conversation_id.in_(conversation_ids_)
    )
    for kind, payload, text in session.execute(query.order_by(Message.timestamp, Message.id)):
        target = amended_wamid(kind, as_dict(payload))
        if target not in wamids:
            continue
        if kind == "revoke":
            revoked.add(target)
        else:
            edits.setdefault(target, []).append(as_text(text))
    found: dict[str, dict[str, Any]] = {}
    for wamid, versions in edits.items():
        earlier = [as_text(texts.get(wamid)), *versions[:-1]]
        found[wamid] = {"edited_text": versions[-1], "earlier_texts": tuple(earlier)}
    for wamid in revoked:
        found.setdefault(wamid, {})["revoked"] = True
    return found


def _templates_for(session: Session, messages: list[Message]) -> dict[int, dict[str, Any]]:
    """The stored template definition of each template message, by message id.

    One query per distinct (number, name, language): a page of a thread that sent the same
    template a hundred times reads it once.
    """
    found: dict[int, dict[str, Any]] = {}
    graphs: dict[tuple[str, str, str], dict[str, Any] | None] = {}
    for message in messages:
        # Stored payloads are not trusted to have the shape we sent (rows may be edited).
        sent = as_dict(as_dict(message.payload).get("template"))
        name = sent.get("name")
        language = as_dict(sent.get("language")).get("code")
        if not isinstance(name, str) or not isinstance(language, str) or not name or not language:
            continue
        which = (message.phone_number_id, name, language)
        if which not in graphs:
            template = session.scalar(
                select(Template)
                .join(PhoneNumber, PhoneNumber.waba_id == Template.waba_id)
                .where(
                    PhoneNumber.id == message.phone_number_id,
                    Template.name == name,
                    Template.language == language,
                )
            )
            graphs[which] = template_graph(template) if template is not None else None
        graph = graphs[which]
        if graph is not None:
            found[message.id] = graph
    return found


def template_graph(template: Template) -> dict[str, Any]:
    return {
        "name": template.name,
        "language": template.language,
        "category": template.category,
        "parameter_format": template.parameter_format,
        "components": list(template.components or []),
    }


@dataclass(frozen=True)
class TemplateChoice:
    id: int
    name: str
    language: str
    category: str
    graph: dict[str, Any]


def sendable_templates(session: Session, conversation_id: int) -> list[TemplateChoice]:
    """APPROVED templates of the WABA that owns the conversation's number."""
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        return []
    number = session.get(PhoneNumber, conversation.phone_number_id)
    if number is None or number.waba_id is None:
        return []
    rows = session.scalars(
        select(Template)
        .where(Template.waba_id == number.waba_id, Template.status == "APPROVED")
        .order_by(Template.name, Template.language)
    )
    return [TemplateChoice(t.id, t.name, t.language, t.category, template_graph(t)) for t in rows]


def conversation_for_message(session: Session, message_id: int) -> int | None:
    return session.scalar(select(Message.conversation_id).where(Message.id == message_id))


def unread_number(stored: object) -> int:
    """A stored unread count as a number: anything that is not one (text, NULL) counts as 0."""
    if isinstance(stored, int):
        return stored
    if isinstance(stored, float):
        return int(stored) if math.isfinite(stored) else 0
    if isinstance(stored, str):
        try:
            return int(stored.strip())
        except ValueError:
            return 0
    return 0


def mark_read(session: Session, conversation_id: int) -> tuple[str, str] | None:
    """Clear the unread count; returns (phone_number_id, last inbound wamid) to tell Meta."""
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        return None
    had_unread = unread_number(conversation.unread_count) > 0
    session.execute(
        update(Conversation).where(Conversation.id == conversation_id).values(unread_count=0)
    )
    if not had_unread:
        return None
    note_changes(session, [conversation_id])  # the other PCs' badges clear too
    wamid = session.scalar(
        select(Message.wamid)
        .where(Message.conversation_id == conversation_id, Message.direction == "in")
        .order_by(Message.timestamp.desc(), Message.id.desc())
        .limit(1)
    )
    return (conversation.phone_number_id, wamid) if wamid else None


@dataclass(frozen=True)
class NumberRow:
    id: str
    label: str
    display_phone_number: str
    waba_id: str | None
    is_test_number: bool


def number_rows(session: Session) -> list[NumberRow]:
    return [
        NumberRow(
            id=n.id,
            label=n.verified_name or n.display_phone_number,
            display_phone_number=n.display_phone_number,
            waba_id=n.waba_id,
            is_test_number=n.is_test_number,
        )
        for n in session.scalars(select(PhoneNumber).order_by(PhoneNumber.display_phone_number))
    ]


def stored_payload_text(session: Session, message_id: int) -> str | None:
    """The message's payload exactly as stored (raw JSON text), whatever its shape.

    For "copy as received" on a message the inbox could not read or show: read without the
    ORM's JSON decoding, which is what may have failed.
    """
    raw = (
        session.connection()
        .exec_driver_sql("SELECT payload FROM message WHERE id = ?", (message_id,))
        .scalar()
    )
    if raw is None:
        return None
    if isinstance(raw, bytes):
        return raw.decode("utf-8", "replace")
    return str(raw)


def unshown_message_count(session: Session, message_ids: Iterable[int] | None = None) -> int:
    """Messages of a type WABA Desk cannot show yet: all of them, or among ``message_ids``."""
    query = select(func.count()).select_from(Message).where(Message.type.not_in(KNOWN_TYPES))
    if message_ids is not None:
        ids = list(message_ids)
        if not ids:
            return 0
        query = query.where(Message.id.in_(ids))
    return int(session.scalar(query) or 0)


def unshown_count_and_watermark(session: Session) -> tuple[int, int]:
    """The newest message id and how many messages cannot be shown, read together."""
    newest = int(session.scalar(select(func.max(Message.id))) or 0)
    return newest, unshown_message_count(session)
