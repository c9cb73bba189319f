"""A year of messages read for re-pricing: three columns per row, in batches.

:func:`read_timelines` runs on the DB thread. The database does the per-row work it is
good at (the kind of message, failed sends dropped) in one scan of ``message`` (the
delivery time is kept on the row: ``message.delivered_at``, migration 0027).
Python receives ``(time, conversation << 3 | kind, template)``: on a template row the
template is ``"<length of name>:<name><language>"``, one string looked
up in a dict (each column fetched costs about as much as its value). It appends two ints
per message to the WABA's :class:`~desktop.services.pricing.era_pass.Timeline`. The
customer, their country and the business number come from the conversation, looked up
once per conversation.
No ORM objects, no per-message strings kept, no time-zone lookups: a million messages fit
in well under the memory of the explained history.

The events are the ones ``history.read_history`` makes (the identical-bill tests read the
same database both ways).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import BigInteger, String, and_, case, cast, func, literal, select, text
from sqlalchemy.orm import Session, aliased

from desktop.models.entities import (
    BillingRecord,
    Contact,
    Conversation,
    Message,
    PhoneNumber,
    Template,
    Waba,
)
from desktop.services.gc_pause import no_cyclic_gc
from desktop.services.pricing.cards import normalise_category
from desktop.services.pricing.era_pass import (
    IN,
    IN_ENTRY,
    OUT_FREE_FORM,
    TEMPLATE_KINDS,
    HistoryCancelled,
    Timeline,
)
from desktop.services.pricing.eras import AUTO
from desktop.services.pricing.markets import usable_country
from desktop.services.pricing.model import BillingSettings

DELIVERED = ("delivered", "read")
BATCH = 20_000
# A template row's kind as read (its category is looked up by name), and a template not
# synced here, in a timeline while read (see _RowsToTimelines).
TEMPLATE = 7
Progress = Callable[[int, int], None]
_TIME, _WHO = itemgetter(0), itemgetter(1)  # of a row of timeline_rows


@dataclass
class TimelineRead:
    """What :func:`read_timelines` read: a timeline per WABA and what was left out."""

    timelines: dict[str, Timeline]
    names: dict[str, str] = field(default_factory=dict)
    left_out: int = 0  # unknown country or template category
    rows: int = 0


def in_period(since: int | None, until: int | None) -> list[Any]:
    """Conditions on messages sent in [since, until): found through the time index and
    returned in id order (the database would otherwise scan the year in id order)."""
    if since is None and until is None:
        return []
    inner = aliased(Message)
    ids = select(inner.id)
    if since is not None:
        ids = ids.where(inner.timestamp >= since)
    if until is not None:
        ids = ids.where(inner.timestamp < until)
    return [Message.id.in_(ids)]


def conversations_in(since: int | None, until: int | None) -> list[Any]:
    """Conditions on conversations with a message sent in [since, until)."""
    if since is None and until is None:
        return []
    inner = aliased(Message)
    ids = select(inner.conversation_id)
    if since is not None:
        ids = ids.where(inner.timestamp >= since)
    if until is not None:
        ids = ids.where(inner.timestamp < until)
    return [Conversation.id.in_(ids)]


def timeline_rows(
    since: int | None = None, until: int | None = None, *, dialect: str = "sqlite"
) -> Any:
    """The rows billing needs, in id order (see the module docstring); failed and
    undelivered sends have no time (they cost nothing and decide nothing). On SQLite a
    template row's template is its name and language as one JSON array (one extraction
    instead of three), read as the text of other databases by :func:`template_text`."""
    t, who, template = _row_columns(dialect)
    return select(t.label("t"), who, template).order_by(Message.id).where(*in_period(since, until))


def _template_name() -> Any:
    return func.coalesce(Message.payload[("template", "name")].as_string(), "")


def _row_columns(dialect: str) -> tuple[Any, Any, Any]:
    """A row's time, ``conversation << 3 | kind`` and template (see timeline_rows)."""
    out = Message.direction == "out"
    delivered_at = Message.delivered_at  # the first delivered or read status (ingest)
    fallback = case(
        (Message.status.in_(DELIVERED), func.coalesce(Message.status_ts, Message.timestamp)),
        else_=None,
    )
    t = case((out, func.coalesce(delivered_at, fallback)), else_=Message.timestamp)
    is_template = Message.type == "template"
    referral = Message.payload["referral"].as_string()
    kind = case(
        (~out, case((func.coalesce(referral, "") != "", literal(IN_ENTRY)), else_=literal(IN))),
        (is_template, literal(TEMPLATE)),  # its category is looked up by name
        else_=literal(OUT_FREE_FORM),
    )
    name = _template_name()
    language = func.coalesce(Message.payload[("template", "language", "code")].as_string(), "")
    template = cast(func.length(name), String) + literal(":") + name + language
    if dialect == "sqlite":
        template = func.json_extract(Message.payload, _NAME_PATH, _LANGUAGE_PATH)
    return (
        t,
        cast(Message.conversation_id, BigInteger) * 8 + kind,
        case((is_template, template), else_=None),
    )


_NAME_PATH = '$."template"."name"'
_LANGUAGE_PATH = '$."template"."language"."code"'
# The text of a template read on SQLite (a JSON array of name and language), worked out by
# SQLite as the three extractions did: the same cast, the same missing values.
_SQLITE_TEXT = text(
    "SELECT CAST(length(n) AS VARCHAR) || ':' || n || l FROM (SELECT"
    " coalesce(CAST(json_extract(:key, '$[0]') AS VARCHAR), '') AS n,"
    " coalesce(CAST(json_extract(:key, '$[1]') AS VARCHAR), '') AS l)"
)


def template_text(session: Session) -> Callable[[str], str]:
    """The template of a row of :func:`timeline_rows` as ``"<length of name>:<name>
    <language>"`` (once per distinct template)."""
    if session.get_bind().dialect.name != "sqlite":
        return str
    return lambda key: str(session.execute(_SQLITE_TEXT, {"key": key}).scalar_one())


def unsynced_template_rows(
    since: int | None, until: int | None, names: Iterable[str], *, dialect: str = "sqlite"
) -> Any:
    """The template rows named ``names`` as :func:`timeline_rows` reads them, with their
    message id, in id order: the few whose template is not synced here are found again
    (the year's scan does not fetch an id per row)."""
    t, who, template = _row_columns(dialect)
    return (
        select(t, who, template, Message.id)
        .where(Message.type == "template", _template_name().in_(sorted(set(names))))
        .where(*in_period(since, until))
        .order_by(Message.id)
    )


def driver_batches(session: Session, query: Any, batch: int) -> Iterator[Sequence[Any]]:
    """Rows of ``query``, ``batch`` at a time. On SQLite the driver's plain tuples:
    SQLAlchemy's Row objects cost more than reading the rows (a year: 10.6 s of CPU
    against 5.9 s)."""
    conn = session.connection()
    if conn.dialect.supports_server_side_cursors:
        # PostgreSQL: a server-side cursor in batches (SQLAlchemy holds rows it prefetched,
        # so its partitions are read, not the cursor under them).
        streamed = conn.execute(query.execution_options(yield_per=batch))
        try:
            yield from streamed.partitions(batch)
        finally:
            streamed.close()
        return
    result = conn.execute(query)
    cursor = result.cursor  # the driver's cursor: plain tuples, no Row objects
    try:
        while True:
            rows = cursor.fetchmany(batch)
            if not rows:
                return
            yield rows
    finally:
        result.close()


def count_rows(session: Session, since: int | None, until: int | None) -> int:
    query = select(func.count(Message.id))
    if since is not None:
        query = query.where(Message.timestamp >= since)
    if until is not None:
        query = query.where(Message.timestamp < until)
    return int(session.scalar(query) or 0)


def read_timelines(
    session: Session,
    *,
    since: int | None = None,
    until: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    batch: int = BATCH,
) -> TimelineRead:
    """Every WABA's timeline of [since, until) (None: unbounded); on the DB thread."""
    with no_cyclic_gc():  # a batch is 20,000 fresh tuples, kept until the next one
        return _read_timelines(session, since, until, progress, cancel, batch)


def _read_timelines(
    session: Session,
    since: int | None,
    until: int | None,
    progress: Progress | None,
    cancel: threading.Event | None,
    batch: int,
) -> TimelineRead:
    report = progress or (lambda done, total: None)
    total = count_rows(session, since, until)
    report(0, total)
    wabas = {
        wid: (name or wid, BillingSettings(era=AUTO, timezone=tz or "UTC", currency=cur or "USD"))
        for wid, name, tz, cur in session.execute(
            select(Waba.id, Waba.name, Waba.timezone, Waba.currency)
        )
    }
    read = TimelineRead({}, {wid: name for wid, (name, _st) in wabas.items()})
    waba_of: dict[str, str] = {
        number: waba or ""
        for number, waba in session.execute(select(PhoneNumber.id, PhoneNumber.waba_id))
    }

    def timeline(waba: str) -> Timeline:
        found = read.timelines.get(waba)
        if found is None:
            _name, settings = wabas.get(
                waba, (waba, BillingSettings(era=AUTO, timezone="UTC", currency="USD"))
            )
            found = read.timelines[waba] = Timeline(waba, settings)
        return found

    # conversation -> (phone, contact key, WhatsApp number, stored country); the country is
    # settled on first use (a contact stored before its country was kept has its number
    # parsed, which is slow for a shared calling code such as +1; cancel is checked per batch).
    people: dict[int, tuple[str, str, str | None, str | None]] = {}
    everyone = select(
        Conversation.id,
        Conversation.phone_number_id,
        Contact.id,
        Contact.wa_id,
        Contact.user_id,
        Contact.country,
    ).join(Contact, Conversation.contact_id == Contact.id)
    for part in driver_batches(session, everyone, batch):  # plain tuples: 50,000 a year
        for conv_id, phone, contact_id, wa_id, user_id, country in part:
            people[conv_id] = (phone, str(user_id or wa_id or contact_id), wa_id, country)
    templates: dict[tuple[str, str, str], int] = {}
    for waba_id, name, language, category in session.execute(
        select(Template.waba_id, Template.name, Template.language, Template.category)
    ):
        kind = TEMPLATE_KINDS.get(normalise_category(category or ""))
        if kind is not None:
            templates[(waba_id, name, language)] = kind
            templates.setdefault((waba_id, name, ""), kind)
    rows = _RowsToTimelines(read, people, waba_of, templates, timeline, template_text(session))
    done = 0
    dialect = session.get_bind().dialect.name
    query = timeline_rows(since, until, dialect=dialect)
    for batch_rows in driver_batches(session, query, batch):
        if cancel is not None and cancel.is_set():
            raise HistoryCancelled()
        rows.add(batch_rows)
        done += len(batch_rows)
        read.rows += len(batch_rows)
        report(done, total)
    if rows.unknown:
        _settle_unknown_templates(session, rows.unknown_ids(session, since, until, batch), read)
    return read


class _RowsToTimelines:
    """Rows of :func:`timeline_rows` appended to their WABA's timeline, a batch at a time.

    A row is ``(time, conversation << 3 | kind, template)``; the conversation
    is the timeline's party (:meth:`Timeline.set_party`), so while every conversation read
    belongs to one WABA (for most users, all the way) a batch is appended as it comes: its
    times and its ``conversation << 3 | kind`` ints by ``list.extend``, only a template row
    has its kind looked up. Once there are two WABAs, row by row. Both give the same
    timeline. A conversation's contact and bucket are settled on its first row (its country
    on first use); a template's kind once per name and language.
    """

    def __init__(
        self,
        read: TimelineRead,
        people: dict[int, tuple[str, str, str | None, str | None]],
        waba_of: dict[str, str],
        templates: dict[tuple[str, str, str], int],
        timeline: Callable[[str], Timeline],
        as_text: Callable[[str], str] = str,
    ) -> None:
        self.read = read
        self.as_text = as_text  # see template_text
        self.people = people
        self.waba_of = waba_of
        self.templates = templates
        self.timeline = timeline
        self.convs: dict[int, Timeline | None] = {}  # None: a country not known
        self.nowhere: set[int] = set()  # conversations of no known country
        # per WABA: template (see timeline_rows) -> kind, TEMPLATE when not known here
        self.kinds: dict[str, dict[str, int]] = {}
        # (timeline, position, template), in id order
        self.unknown: list[tuple[Timeline, int, str]] = []

    def conversation(self, conv_id: int) -> Timeline | None:
        phone, key, wa_id, stored = self.people.get(conv_id, ("", f"conv{conv_id}", None, None))
        country = usable_country(stored, wa_id)
        found = None
        if country:
            found = self.timeline(self.waba_of.get(phone) or "")
            found.set_party(conv_id, found.contact_index(key), found.bucket_index(phone, country))
        else:
            self.nowhere.add(conv_id)
        self.convs[conv_id] = found
        return found

    def template_kind(self, waba: str, template: str) -> int:
        """The kind of ``template`` (a row's, see :func:`template_text`) (TEMPLATE: not
        synced here)."""
        kinds = self.kinds.setdefault(waba, {})
        found = kinds.get(template)
        if found is None:
            size, _colon, rest = self.as_text(template).partition(":")
            name, language = rest[: int(size)], rest[int(size) :]
            found = (
                self.templates.get((waba, name, language))
                or self.templates.get((waba, name, ""))
                or TEMPLATE
            )
            kinds[template] = found
        return found

    def add(self, rows: Sequence[Any]) -> None:
        """One batch of rows, in id order."""
        times = list(map(_TIME, rows))
        if None in times:  # failed, undelivered: no time
            rows = [row for row in rows if row[0] is not None]
            times = list(map(_TIME, rows))
        convs = self.convs
        ids = [who >> 3 for who in map(_WHO, rows)]
        fresh = set(ids).difference(convs)
        if fresh:  # settled in the order of their first rows
            for conv_id in [c for c in dict.fromkeys(ids) if c in fresh]:
                self.conversation(conv_id)
        if len(self.read.timelines) > 1:
            self._add_rows(rows)
            return
        if self.nowhere:
            n = len(rows)
            nowhere = self.nowhere
            rows = [row for row, conv_id in zip(rows, ids, strict=True) if conv_id not in nowhere]
            times = list(map(_TIME, rows))
            self.read.left_out += n - len(rows)
        if not rows:
            return
        (line,) = self.read.timelines.values()  # the one WABA read so far
        waba, kinds = line.waba, self.kinds.setdefault(line.waba, {})
        kind_of = self.template_kind
        start = len(line.infos)
        line.times.extend(times)
        line.infos.extend([
            who if template is None
            else who ^ TEMPLATE | (kinds.get(template) or kind_of(waba, template))
            for _t, who, template in rows
        ])  # fmt: skip
        if TEMPLATE in kinds.values():  # some template is not synced here
            infos = line.infos
            for i in range(start, len(infos)):
                if infos[i] & 7 == TEMPLATE:
                    self._unknown_template(line, i, rows[i - start][2])

    def unknown_ids(
        self, session: Session, since: int | None, until: int | None, batch: int
    ) -> list[tuple[Timeline, int, int]]:
        """:attr:`unknown` with their message ids (-1: not found again): the rows of those
        templates read again and matched by conversation, time and template, in id order
        (a row changed in between, say by a status, finds no match and is left out)."""
        names: set[str] = set()
        for found in self.kinds.values():
            for template, kind in found.items():
                if kind == TEMPLATE:
                    size, _colon, rest = self.as_text(template).partition(":")
                    names.add(rest[: int(size)])
        ids: dict[tuple[int, int, str], list[int]] = {}
        dialect = session.get_bind().dialect.name
        query = unsynced_template_rows(since, until, names, dialect=dialect)
        for part in driver_batches(session, query, batch):
            for t, who, template, msg_id in part:
                ids.setdefault((who >> 3, t, template), []).append(msg_id)
        out: list[tuple[Timeline, int, int]] = []
        for line, position, template in self.unknown:
            same = ids.get((line.infos[position] >> 3, line.times[position], template))
            out.append((line, position, same.pop(0) if same else -1))
        return out

    def _add_rows(self, kept: Sequence[Any]) -> None:
        """A batch that mixes WABAs, row by row."""
        convs = self.convs
        for t, who, template in kept:
            line = convs[who >> 3]
            if line is None:
                self.read.left_out += 1
                continue
            kind = who & 7
            if template is not None:
                kind = self.template_kind(line.waba, template)
            line.times.append(t)
            line.infos.append(who ^ who & 7 | kind)
            if kind == TEMPLATE:
                self._unknown_template(line, len(line.infos) - 1, template)

    def _unknown_template(self, line: Timeline, position: int, template: str) -> None:
        """A template not synced here: billed as marketing until its record says more."""
        self.unknown.append((line, position, template))
        line.infos[position] = line.infos[position] & ~7 | TEMPLATE_KINDS["marketing"]


def _settle_unknown_templates(
    session: Session, unknown: list[tuple[Timeline, int, int]], read: TimelineRead
) -> None:
    """Templates not synced here: billed as the category Meta billed them as (its record of
    the delivered status, else read, else sent), else left out."""
    rank = {"delivered": 0, "read": 1, "sent": 2}
    meta: dict[int, tuple[int, str | None]] = {}
    ids = [msg_id for _line, _pos, msg_id in unknown]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for msg_id, status, category in session.execute(
            select(Message.id, BillingRecord.status, BillingRecord.category)
            .join(
                BillingRecord,
                and_(
                    BillingRecord.wamid == Message.wamid,
                    BillingRecord.status.in_(tuple(rank)),
                ),
            )
            .where(Message.id.in_(chunk))
        ):
            r = rank[status]
            if msg_id not in meta or r < meta[msg_id][0]:
                meta[msg_id] = (r, category)
    drop: dict[int, set[int]] = {}
    for line, pos, msg_id in unknown:
        category = meta.get(msg_id, (0, None))[1]
        kind = TEMPLATE_KINDS.get(normalise_category(category)) if category else None
        if kind is None:
            drop.setdefault(id(line), set()).add(pos)
            read.left_out += 1
        else:
            line.infos[pos] = (line.infos[pos] & ~7) | kind
    for line in read.timelines.values():
        gone = drop.get(id(line))
        if gone:
            line.times = [t for i, t in enumerate(line.times) if i not in gone]
            line.infos = [x for i, x in enumerate(line.infos) if i not in gone]
