"""Store planned webhook bodies in one transaction, in bulk, idempotent by Meta's ids.

The receiver hands a whole batch of bodies to :func:`apply_payloads` so one commit covers
many HTTP requests (group commit). Reads are one query per kind of row for the whole batch
and new rows go in with executemany inserts; rare things (a new contact, an unknown number,
a template update) take the ordinary ORM path through ``desktop.services.directory``.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from desktop.models.entities import (
    Contact,
    Conversation,
    Message,
    PhoneNumber,
    Template,
    Waba,
    WebhookEvent,
    WebhookRedelivery,
    utcnow,
)
from desktop.services.directory import ensure_phone_number, upsert_contact, upsert_conversation
from desktop.services.gc_pause import no_cyclic_gc
from desktop.services.ingest import queries as q
from desktop.services.ingest.plan import (
    PREVIEW_LIMIT,
    ContactKey,
    EnvelopePlan,
    InboundPlan,
    NumberPlan,
    PayloadShapeError,
    PreferencePlan,
    StatusPlan,
    TemplatePlan,
    digits,
    plan_envelope,
)
from desktop.services.ingest.statuses import (
    MessageState,
    StatusFact,
    claim_uncertain_sends,
    first_delivery,
)
from desktop.services.numbers.updates import apply_account_change
from desktop.services.pricing.markets import stored_country

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestResult:
    """What one webhook body changed (ids for the UI's events, counts for tests and tools)."""

    processed: bool
    error: str | None = None
    conversation_ids: frozenset[int] = frozenset()
    message_ids: frozenset[int] = frozenset()
    template_ids: frozenset[int] = frozenset()
    template_waba_ids: frozenset[str] = frozenset()
    phone_number_ids: frozenset[str] = frozenset()
    new_messages: int = 0
    duplicate_messages: int = 0
    new_statuses: int = 0
    duplicate_statuses: int = 0
    orphan_statuses: int = 0
    billing_records: int = 0
    # The very same body was stored before (or earlier in this batch): only counted again.
    repeated: bool = False


@dataclass
class _Outcome:
    """Mutable twin of :class:`IngestResult` while a batch is being written."""

    plan: EnvelopePlan | None
    raw: str | None  # None: a part of a larger body, whose last part stores the body
    error: str | None = None
    digest: str | None = None
    deliveries: int = 1  # of this body in this batch
    stored_id: int | None = None  # the webhook_event row it already has
    repeat_of: _Outcome | None = None
    notes: list[str] = field(default_factory=list)
    conversation_ids: set[int] = field(default_factory=set)
    message_ids: set[int] = field(default_factory=set)
    template_ids: set[int] = field(default_factory=set)
    template_waba_ids: set[str] = field(default_factory=set)
    phone_number_ids: set[str] = field(default_factory=set)
    new_messages: int = 0
    duplicate_messages: int = 0
    new_statuses: int = 0
    duplicate_statuses: int = 0
    orphan_statuses: int = 0
    billing_records: int = 0

    def freeze(self) -> IngestResult:
        if self.repeat_of is not None:
            first = self.repeat_of.freeze()
            return IngestResult(processed=first.processed, error=first.error, repeated=True)
        notes = ([self.error] if self.error else []) + self.notes
        return IngestResult(
            processed=self.error is None,
            error="; ".join(notes) if notes else None,
            conversation_ids=frozenset(self.conversation_ids),
            message_ids=frozenset(self.message_ids),
            template_ids=frozenset(self.template_ids),
            template_waba_ids=frozenset(self.template_waba_ids),
            phone_number_ids=frozenset(self.phone_number_ids),
            new_messages=self.new_messages,
            duplicate_messages=self.duplicate_messages,
            new_statuses=self.new_statuses,
            duplicate_statuses=self.duplicate_statuses,
            orphan_statuses=self.orphan_statuses,
            billing_records=self.billing_records,
        )


def body_digest(raw: str) -> str:
    """The key a re-delivered body is recognised by (hex SHA-256 of its UTF-8 text)."""
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def apply_payload(session: Session, payload: Any, raw: str | None = None) -> IngestResult:
    """Store one webhook body (already JSON-decoded) and its effects in ``session``."""
    text = raw if raw is not None else json.dumps(payload, ensure_ascii=False)
    return apply_payloads(session, [(text, payload)])[0]


Body = tuple[str | None, Any] | tuple[str | None, Any, Sequence[str]]


def apply_payloads(session: Session, bodies: Sequence[Body]) -> list[IngestResult]:
    """Store many webhook bodies ``(raw text, decoded JSON or Envelope)`` in ``session``.

    Each body gets one ``webhook_event`` row; a body already stored (same text) only has
    its row's ``deliveries`` counted up, unless it could not be applied then, in which case
    it is applied again. A body of unexpected shape is stored raw with ``error`` set and
    changes nothing else; database errors propagate (the caller retries). A body whose raw
    text is None is a part of a larger one: its effects are written, no row is stored; the
    optional third element carries notes of the earlier parts, for the last part's row.

    The cycle collector is paused meanwhile: plans, rows and results hold no cycles, and
    its passes over everything the process holds cost more than a batch's own Python work.
    """
    with no_cyclic_gc():
        return _apply_payloads(session, bodies)


def _apply_payloads(session: Session, bodies: Sequence[Body]) -> list[IngestResult]:
    conn = session.connection()
    store = q.store_for(conn)
    outcomes = _recognise(bodies)
    planned: list[_Outcome] = []
    for outcome, body in zip(outcomes, bodies, strict=True):
        payload = body[1]
        if len(body) > 2:
            outcome.notes.extend(body[2])
        if outcome.repeat_of is not None:
            continue
        try:
            outcome.plan = plan_envelope(payload)
        except PayloadShapeError as exc:
            outcome.error = str(exc)
        planned.append(outcome)
    # The bodies stored before are found by the same look-up as the rows the batch names
    # (one round trip); a re-delivery is rare, so planning it for nothing costs little.
    digests = [o.digest for o in planned if o.digest is not None]
    found = _look_up(session, planned, digests) if planned else None
    if found is not None and found.events:
        _recognise_stored(planned, found.events)
    for outcome in planned:
        if outcome.error is not None and outcome.repeat_of is None:
            log.warning("webhook body stored unprocessed: %s", outcome.error)
    live = [o for o in planned if o.plan is not None]
    if live:
        assert found is not None
        _write_numbers(session, live, found.numbers)
        known = found.messages
        _write_inbound(session, live, known, found)
        _write_statuses(session, live, known, found)
        for outcome in live:
            assert outcome.plan is not None
            for template in outcome.plan.templates:
                _write_template(session, outcome, template)
            for number in outcome.plan.number_updates:
                _write_number_update(session, outcome, number)
            for preference in outcome.plan.preferences:
                _write_preference(session, outcome, preference)
            for account_change in outcome.plan.account_changes:
                outcome.phone_number_ids |= apply_account_change(
                    session, account_change, outcome.notes
                )
            outcome.notes.extend(outcome.plan.notes)
    results = [o.freeze() for o in outcomes]
    _store_events(conn, store, outcomes, results)
    return results


def _recognise(bodies: Sequence[Body]) -> list[_Outcome]:
    """An outcome per body; a body repeated within the batch is marked as a repeat of its
    first copy (bodies stored by earlier batches: :func:`_recognise_stored`)."""
    outcomes = [
        _Outcome(None, body[0], digest=None if body[0] is None else body_digest(body[0]))
        for body in bodies
    ]
    first: dict[str, _Outcome] = {}
    for outcome in outcomes:
        if outcome.digest is None:
            continue
        earlier = first.get(outcome.digest)
        if earlier is not None:
            earlier.deliveries += 1
            outcome.repeat_of = earlier
            continue
        first[outcome.digest] = outcome
    return outcomes


def _recognise_stored(outcomes: list[_Outcome], stored: dict[str, tuple[int, bool]]) -> None:
    """Bodies stored before keep their row; one applied then is only counted again (its
    plan is dropped), one that could not be applied then is applied now."""
    for outcome in outcomes:
        found = stored.get(outcome.digest or "")
        if found is None:
            continue
        outcome.stored_id = found[0]
        if found[1]:  # applied then: nothing to do but count it
            outcome.repeat_of = _Outcome(None, None)
            outcome.plan = None
            outcome.error = None


def _store_events(
    conn: Connection, store: q.Store, outcomes: list[_Outcome], results: list[IngestResult]
) -> None:
    now = utcnow()
    new_rows: list[dict[str, Any]] = []
    retried: list[dict[str, Any]] = []
    repeats: dict[str, int] = {}
    for outcome, result in zip(outcomes, results, strict=True):
        if outcome.raw is None or outcome.digest is None:
            continue  # a part of a larger body: its last part stores the body
        if outcome.repeat_of is not None and outcome.stored_id is None:
            continue  # a repeat within this batch: counted on the first one
        if outcome.stored_id is not None:
            repeats[outcome.digest] = outcome.deliveries
            if outcome.repeat_of is None:  # not applied before, applied now
                retried.append(
                    {
                        "b_id": outcome.stored_id,
                        "b_processed": result.processed,
                        "b_error": result.error,
                    }
                )
            continue
        new_rows.append(
            {
                "received_at": now,
                "raw": outcome.raw,
                "processed": result.processed,
                "error": result.error,
                "body_sha256": outcome.digest,
            }
        )
        if outcome.deliveries > 1:
            repeats[outcome.digest] = outcome.deliveries - 1
    if new_rows:
        store.insert_events(conn, new_rows)
    if retried:
        store.retry_events(conn, retried)
    if repeats:
        store.count_redeliveries(
            conn, [{"b_digest": d, "b_n": n, "b_at": now} for d, n in repeats.items()]
        )


def store_unprocessed(session: Session, raw: str, error: str) -> None:
    """Keep a body whose effects could not be written, so nothing answered 200 is lost."""
    digest = body_digest(raw)
    stored = session.scalars(
        select(WebhookEvent).where(WebhookEvent.body_sha256 == digest).order_by(WebhookEvent.id)
    ).first()
    if stored is None:
        session.add(WebhookEvent(raw=raw, processed=False, error=error, body_sha256=digest))
        return
    if not stored.processed:
        stored.error = error
    conn = session.connection()
    q.store_for(conn).count_redeliveries(conn, [{"b_digest": digest, "b_n": 1, "b_at": utcnow()}])


def deliveries(session: Session, event: WebhookEvent) -> int:
    """How often the body of ``event`` was delivered (1 + its repeats)."""
    if event.body_sha256 is None:
        return 1
    repeats = session.get(WebhookRedelivery, event.body_sha256)
    return 1 + (repeats.repeats if repeats is not None else 0)


# -- helpers ----------------------------------------------------------------------------------
def _plans(outcomes: Iterable[_Outcome]) -> Iterator[tuple[_Outcome, EnvelopePlan]]:
    for outcome in outcomes:
        if outcome.plan is not None:
            yield outcome, outcome.plan


def _expire_loaded(session: Session, entity: type[Any], ids: set[int]) -> None:
    """Expire ORM copies of rows just changed with Core, so later reads see the new values."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, entity) and obj.id in ids:
            session.expire(obj)


def _look_up(session: Session, outcomes: list[_Outcome], digests: list[str]) -> q.LookUp:
    """What the batch must know before it writes (one statement on PostgreSQL): its numbers,
    every message it names (inbound duplicates, status targets), its customers and their
    conversations, the statuses and bills already stored for its statuses, and which of
    its bodies (by ``digests``) were stored before."""
    numbers: dict[str, None] = {}
    wamids: dict[str, None] = {}
    users: dict[str, None] = {}
    phones: dict[str, None] = {}
    reported: dict[str, None] = {}
    priced: dict[str, None] = {}
    for _, plan in _plans(outcomes):
        numbers.update(dict.fromkeys(plan.numbers))
        for m in plan.inbound:
            wamids[m.wamid] = None
            if m.contact.user_id:
                users[m.contact.user_id] = None
            if m.contact.wa_id:
                phones[m.contact.wa_id] = None
        for st in plan.statuses:
            wamids[st.wamid] = None
            reported[st.wamid] = None
            if st.pricing is not None:
                priced[st.wamid] = None
    conn = session.connection()
    return q.store_for(conn).look_up(
        conn,
        numbers=list(numbers),
        wamids=list(wamids),
        user_ids=list(users),
        wa_ids=list(phones),
        status_wamids=list(reported),
        priced=list(priced),
        digests=digests,
    )


# -- phone numbers ----------------------------------------------------------------------------
def _write_numbers(session: Session, outcomes: list[_Outcome], found: dict[str, bool]) -> None:
    wanted: dict[str, str | None] = {}
    for _, plan in _plans(outcomes):
        for number_id, display in plan.numbers.items():
            wanted.setdefault(number_id, display)
    if not wanted:
        return
    is_unknown = {number_id: found[number_id] for number_id in wanted if number_id in found}
    created: set[str] = set()
    for number_id, display in wanted.items():
        if number_id not in is_unknown:
            ensure_phone_number(session, number_id, display)
            is_unknown[number_id] = True
            created.add(number_id)
    for outcome, plan in _plans(outcomes):
        for number_id in plan.numbers:
            if is_unknown[number_id]:
                outcome.notes.append(f"phone number {number_id} is not one of ours (flagged)")
            if number_id in created:
                outcome.phone_number_ids.add(number_id)
                _attach_to_waba(session, number_id, plan.number_wabas.get(number_id))
                created.discard(number_id)


def _attach_to_waba(session: Session, number_id: str, waba_id: str | None) -> None:
    """A new unknown number joins the WABA its webhook came from, if we know that WABA."""
    number = session.get(PhoneNumber, number_id)
    if number is not None and waba_id and session.get(Waba, waba_id) is not None:
        number.waba_id = waba_id
        session.flush()


# -- inbound messages -------------------------------------------------------------------------
def _write_inbound(
    session: Session, outcomes: list[_Outcome], known: dict[str, Any], found: q.LookUp
) -> None:
    items = [(o, m) for o, plan in _plans(outcomes) for m in plan.inbound]
    if not items:
        return
    existing = set(known)
    fresh: list[tuple[_Outcome, InboundPlan]] = []
    for outcome, message in items:
        if message.wamid in existing:
            outcome.duplicate_messages += 1
            continue
        existing.add(message.wamid)
        fresh.append((outcome, message))
    if not fresh:
        return
    contact_ids = _resolve_contacts(session, [m.contact for _, m in fresh], found.contacts)
    pairs = {(m.phone_number_id, contact_ids[m.contact]) for _, m in fresh}
    conversation_ids = _resolve_conversations(session, pairs, found)
    now = utcnow()
    rows: list[dict[str, Any]] = [
        {
            "conversation_id": conversation_ids[(m.phone_number_id, contact_ids[m.contact])],
            "phone_number_id": m.phone_number_id,
            "wamid": m.wamid,
            "direction": m.direction,
            "type": m.type,
            "text": m.text,
            "payload": m.payload,
            "context_wamid": m.context_wamid,
            "status": m.status,
            "status_ts": None,
            "timestamp": m.timestamp,
            "error_code": m.error_code,
            "error_title": m.error_title,
            "error_details": m.error_details,
            "attempts": 0,
            "next_attempt_at": None,
            "created_at": now,
        }
        for _, m in fresh
    ]
    ids = _insert_returning_ids(session, rows)
    if None in ids:  # another receiver stored some of these meanwhile: duplicates here
        for (outcome, _), message_id in zip(fresh, ids, strict=True):
            if message_id is None:
                outcome.duplicate_messages += 1
        kept = [i for i, message_id in enumerate(ids) if message_id is not None]
        fresh, rows = [fresh[i] for i in kept], [rows[i] for i in kept]
        ids = [ids[i] for i in kept]
    _bump_conversations(session, fresh, rows)
    for (outcome, _), row, message_id in zip(fresh, rows, ids, strict=True):
        assert message_id is not None
        outcome.new_messages += 1
        outcome.message_ids.add(message_id)
        outcome.conversation_ids.add(int(row["conversation_id"]))
    _point_at_amended(session, fresh, known)
    for (outcome, m), row in zip(fresh, rows, strict=True):
        if m.identity is not None:
            _change_identity(session, outcome, int(row["conversation_id"]), *m.identity)


def _point_at_amended(
    session: Session, fresh: list[tuple[_Outcome, InboundPlan]], known: dict[str, Any]
) -> None:
    """An edit or revoke changes an earlier bubble: name that message so views re-read it."""
    targets = {m.amends for _, m in fresh if m.amends}
    if not targets:
        return
    missing = [t for t in targets if t not in known]
    if missing:
        conn = session.connection()
        known.update(q.store_for(conn).messages(conn, missing))
    for outcome, m in fresh:
        target = known.get(m.amends) if m.amends else None
        if target is not None:
            outcome.message_ids.add(target.id)


def _change_identity(
    session: Session, outcome: _Outcome, conversation_id: int, field_name: str, value: str
) -> None:
    """The customer changed their number (or user id): the same contact, the same thread."""
    conversation = session.get(Conversation, conversation_id)
    contact = session.get(Contact, conversation.contact_id) if conversation else None
    if contact is None or getattr(contact, field_name) == value:
        return
    column = Contact.wa_id if field_name == "wa_id" else Contact.user_id
    holder = session.scalar(select(Contact).where(column == value))
    if holder is not None and holder.id != contact.id:
        # Someone already has it (a message from the new number came first): keep one
        # identity by moving that contact's threads onto this one when they do not clash.
        outcome.notes.append(
            f"contact {contact.id} changed {field_name} to one contact {holder.id} had; merged"
        )
        _merge_contacts(session, keep=contact, gone=holder)
    setattr(contact, field_name, value)
    session.flush()


def _merge_contacts(session: Session, keep: Contact, gone: Contact) -> None:
    mine = {
        c.phone_number_id: c
        for c in session.scalars(select(Conversation).where(Conversation.contact_id == keep.id))
    }
    for theirs in list(
        session.scalars(select(Conversation).where(Conversation.contact_id == gone.id))
    ):
        ours = mine.get(theirs.phone_number_id)
        if ours is None:
            theirs.contact_id = keep.id
            continue
        session.execute(
            update(Message)
            .where(Message.conversation_id == theirs.id)
            .values(conversation_id=ours.id)
        )
        ours.unread_count = (ours.unread_count or 0) + (theirs.unread_count or 0)
        for name in ("last_inbound_ts", "last_message_ts"):
            if (getattr(theirs, name) or 0) > (getattr(ours, name) or 0):
                setattr(ours, name, getattr(theirs, name))
        session.delete(theirs)
    session.flush()
    # The identifiers pass to the kept contact only once the other is gone: both unique,
    # and a contact without any is refused by the schema (ck_contact_has_identity).
    taken = {name: getattr(gone, name) for name in ("wa_id", "user_id")}
    session.delete(gone)
    session.flush()
    for field_name, value in taken.items():
        if getattr(keep, field_name) is None:
            setattr(keep, field_name, value)
    session.flush()


def _insert_returning_ids(session: Session, rows: list[dict[str, Any]]) -> list[int | None]:
    """Insert message rows; their new ids in the same order (None: stored meanwhile)."""
    conn = session.connection()
    return list(q.store_for(conn).insert_messages(conn, rows))


@dataclass(frozen=True)
class _ContactRow:
    id: int
    user_id: str | None
    wa_id: str | None
    profile_name: str | None
    username: str | None


def _resolve_contacts(
    session: Session, keys: list[ContactKey], known: list[Any]
) -> dict[ContactKey, int]:
    """Contact id per key: ``known`` contacts (the batch's look-up), new or changed ones via
    directory."""
    unique = list(dict.fromkeys(keys))
    by_user: dict[str, Any] = {}
    by_wa: dict[str, Any] = {}
    conn = session.connection()
    store = q.store_for(conn)

    def remember(rows: Iterable[Any]) -> None:
        for found in rows:
            if found.user_id:
                by_user[found.user_id] = found
            if found.wa_id:
                by_wa[found.wa_id] = found

    remember(known)
    new = _brand_new(unique, by_user, by_wa)
    if new:  # customers never seen: one insert for all (thousands may come in one body)
        store.insert_contacts(
            conn,
            [
                {
                    "user_id": k.user_id,
                    "wa_id": k.wa_id,
                    "country": stored_country(k.wa_id),
                    "profile_name": k.profile_name,
                    "username": k.username,
                }
                for k in new
            ],
        )
        remember(
            store.contacts(
                conn, [k.user_id for k in new if k.user_id], [k.wa_id for k in new if k.wa_id]
            )
        )
    result: dict[ContactKey, int] = {}
    # Known contacts completed by this batch (an id they lacked, a newer name), written at
    # once: a customer's first message after an import or a send names them in full.
    completed: dict[int, dict[str, Any]] = {}

    def complete() -> None:
        if completed:
            store.complete_contacts(conn, list(completed.values()))
            _expire_loaded(session, Contact, set(completed))
            completed.clear()

    for key in unique:
        row = by_user.get(key.user_id) if key.user_id else by_wa.get(key.wa_id or "")
        if row is not None and _contact_is_current(row, key):
            result[key] = row.id
            continue
        stored = _only_contact(key, by_user, by_wa)
        if stored is not None:
            snapshot = _ContactRow(
                stored.id,
                stored.user_id or key.user_id,
                stored.wa_id or key.wa_id,
                key.profile_name or stored.profile_name,
                key.username or stored.username,
            )
            # What the keys brought: the first ids (the row has them after), the last names.
            change = completed.setdefault(
                stored.id,
                dict.fromkeys(("b_user", "b_wa", "b_country", "b_name", "b_username"), None)
                | {"b_id": stored.id},
            )
            change["b_user"] = change["b_user"] or key.user_id
            if not change["b_wa"] and key.wa_id:
                change["b_wa"], change["b_country"] = key.wa_id, stored_country(key.wa_id)
            change["b_name"] = key.profile_name or change["b_name"]
            change["b_username"] = key.username or change["b_username"]
        else:  # two stored contacts for one customer, or a new one: the ordinary way
            complete()
            contact = upsert_contact(
                session,
                wa_id=key.wa_id,
                user_id=key.user_id,
                profile_name=key.profile_name,
                username=key.username,
            )
            snapshot = _ContactRow(
                contact.id, contact.user_id, contact.wa_id, contact.profile_name, contact.username
            )
        result[key] = snapshot.id
        # Later keys in this batch see what we just wrote.
        if snapshot.user_id:
            by_user[snapshot.user_id] = snapshot
        if snapshot.wa_id:
            by_wa[snapshot.wa_id] = snapshot
    complete()
    return result


def _only_contact(key: ContactKey, by_user: dict[str, Any], by_wa: dict[str, Any]) -> Any:
    """The one stored contact ``key`` names (by user id, phone or both), or None when it
    names none or two (those go through ``upsert_contact``). Completing it with the key is
    then what ``upsert_contact`` would do: ids it lacks are set, names replaced."""
    by_u = by_user.get(key.user_id) if key.user_id else None
    by_w = by_wa.get(key.wa_id) if key.wa_id else None
    if by_u is not None and by_w is not None and by_u.id != by_w.id:
        return None
    return by_u or by_w


def _brand_new(
    keys: list[ContactKey], by_user: dict[str, Any], by_wa: dict[str, Any]
) -> list[ContactKey]:
    """Keys whose ids no stored contact and no other key of the batch has (safe to insert)."""
    fresh = [
        k
        for k in keys
        if not (k.user_id and k.user_id in by_user) and not (k.wa_id and k.wa_id in by_wa)
    ]
    users = Counter(k.user_id for k in fresh if k.user_id)
    phones = Counter(k.wa_id for k in fresh if k.wa_id)
    return [
        k
        for k in fresh
        if (not k.user_id or users[k.user_id] == 1) and (not k.wa_id or phones[k.wa_id] == 1)
    ]


def _contact_is_current(row: Any, key: ContactKey) -> bool:
    """True when ``row`` already holds every id and name the key brings (nothing to write)."""
    return (
        (not key.user_id or row.user_id == key.user_id)
        and (not key.wa_id or row.wa_id == key.wa_id)
        and (not key.profile_name or row.profile_name == key.profile_name)
        and (not key.username or row.username == key.username)
    )


def _resolve_conversations(
    session: Session, pairs: set[tuple[str, int]], batch: q.LookUp
) -> dict[tuple[str, int], int]:
    conn = session.connection()
    store = q.store_for(conn)
    # The look-up holds the conversations of the contacts it found; contacts made since
    # (or found under another id) are read now.
    looked_up = {contact.id for contact in batch.contacts}
    rows = list(batch.conversations)
    others = list({contact for _, contact in pairs if contact not in looked_up})
    if others:
        rows.extend(store.conversations(conn, others))
    found = {(row.phone_number_id, row.contact_id): row.id for row in rows}
    missing = [pair for pair in pairs if pair not in found]
    if len(missing) > 1:  # one insert for all, then read their ids
        store.insert_conversations(
            conn,
            [{"phone_number_id": n, "contact_id": c, "unread_count": 0} for n, c in missing],
        )
        rows = store.conversations(conn, list({c for _, c in missing}))
        found.update({(row.phone_number_id, row.contact_id): row.id for row in rows})
    for pair in pairs:
        if pair not in found:
            found[pair] = upsert_conversation(session, pair[0], pair[1]).id
    return found


def _bump_conversations(
    session: Session, fresh: list[tuple[_Outcome, InboundPlan]], rows: list[dict[str, Any]]
) -> None:
    """Window start, latest message, preview and unread count, computed in SQL per row."""
    latest: dict[int, InboundPlan] = {}
    inbound: dict[int, int] = {}
    counts: dict[int, int] = defaultdict(int)
    for (_, m), row in zip(fresh, rows, strict=True):
        if m.amends is not None:
            continue  # an edit or revoke is no new message in the list
        cid = row["conversation_id"]
        counts[cid] += 1 if m.counts_unread else 0
        if m.opens_window:
            inbound[cid] = max(inbound.get(cid, m.timestamp), m.timestamp)
        if cid not in latest or m.timestamp >= latest[cid].timestamp:
            latest[cid] = m
    params = [
        {
            "b_id": cid,
            "b_ts": m.timestamp,
            "b_inbound": inbound.get(cid),
            "b_preview": (m.text or "")[:PREVIEW_LIMIT] or None,
            "b_type": m.type[:32],
            "b_unread": counts[cid],
        }
        for cid, m in latest.items()
    ]
    if not params:
        return
    conn = session.connection()
    q.store_for(conn).bump_conversations(conn, params)
    # ORM copies of these conversations (made by upsert_conversation) are now stale.
    _expire_loaded(session, Conversation, set(latest))


# -- statuses ---------------------------------------------------------------------------------
def _write_statuses(
    session: Session, outcomes: list[_Outcome], known: dict[str, Any], found: q.LookUp
) -> None:
    items = [(o, s) for o, plan in _plans(outcomes) for s in plan.statuses]
    if not items:
        return
    conn = session.connection()
    store = q.store_for(conn)
    seen = set(found.statuses)
    # A status naming a send we marked uncertain (no wamid: the answer never came) proves it
    # reached Meta: the row takes the wamid and then moves on like any other.
    unclaimed = [(s.wamid, s.callback_data) for _, s in items if s.wamid not in known]
    claimed = claim_uncertain_sends(conn, unclaimed)
    if claimed:
        known.update(store.messages(conn, claimed))
    billed = set(found.billing)
    status_rows: list[dict[str, Any]] = []
    billing_rows: list[dict[str, Any]] = []
    facts: dict[str, list[StatusFact]] = defaultdict(list)
    for outcome, s in items:
        key = (s.wamid, s.status)
        if key in seen:
            outcome.duplicate_statuses += 1
            continue
        seen.add(key)
        outcome.new_statuses += 1
        message = known.get(s.wamid)
        if message is None:
            outcome.orphan_statuses += 1
        else:
            facts[s.wamid].append(StatusFact(s.status, s.timestamp, s.errors))
            outcome.message_ids.add(message.id)
            outcome.conversation_ids.add(message.conversation_id)
        status_rows.append(
            {
                "message_id": message.id if message is not None else None,
                "wamid": s.wamid,
                "status": s.status,
                "timestamp": s.timestamp,
                "recipient_id": s.recipient_id,
                "phone_number_id": s.phone_number_id,
                "errors": s.errors,
                "orphan": message is None,
                "callback_data": s.callback_data,
            }
        )
        if s.pricing is not None and key not in billed:
            billed.add(key)
            billing_rows.append(_billing_row(s))
            outcome.billing_records += 1
    if status_rows:
        store.insert_statuses(conn, status_rows)
    if billing_rows:
        store.insert_billing(conn, billing_rows)
    _advance_messages(session, known, facts)


def _billing_row(s: StatusPlan) -> dict[str, Any]:
    pricing = s.pricing or {}
    conversation = s.conversation or {}
    return {
        "wamid": s.wamid,
        "status": s.status,
        "timestamp": s.timestamp,
        "waba_id": s.waba_id,
        "phone_number_id": s.phone_number_id,
        "recipient_id": s.recipient_id,
        "billable": pricing.get("billable"),
        "pricing_model": pricing.get("pricing_model"),
        "pricing_type": pricing.get("type"),
        "category": pricing.get("category"),
        "conversation_id": conversation.get("id"),
        "conversation_origin": (conversation.get("origin") or {}).get("type"),
        "conversation_expiration_ts": s.conversation_expiration_ts,
    }


def _advance_messages(
    session: Session, messages: dict[str, Any], facts: dict[str, list[StatusFact]]
) -> None:
    updates = []
    delivered = []
    for wamid, reported in facts.items():
        row = messages[wamid]
        state = MessageState(
            row.status, row.status_ts, row.error_code, row.error_title, row.error_details
        )
        state.apply(reported)
        first = first_delivery(reported)
        if first is not None:  # kept on the row even when the status does not move (late)
            delivered.append({"b_id": row.id, "b_at": first})
        if state.changed:
            updates.append(
                {
                    "b_id": row.id,
                    "b_status": state.status,
                    "b_status_ts": state.status_ts,
                    "b_code": state.error_code,
                    "b_title": state.error_title,
                    "b_details": state.error_details,
                }
            )
    if updates or delivered:
        conn = session.connection()
        q.store_for(conn).advance_messages(conn, updates, delivered)
        _expire_loaded(session, Message, {item["b_id"] for item in (*updates, *delivered)})


# -- customers' choices -----------------------------------------------------------------------
def _write_preference(session: Session, outcome: _Outcome, change: PreferencePlan) -> None:
    """The customer stopped (or resumed) marketing messages: remember it on the contact."""
    if change.category != "marketing_messages" or change.value not in ("stop", "resume"):
        outcome.notes.append(
            f"user preference {change.category}={change.value} is not one we know; kept raw"
        )
        return
    contact = upsert_contact(session, wa_id=change.contact.wa_id, user_id=change.contact.user_id)
    if contact.marketing_pref_ts is not None and contact.marketing_pref_ts > change.timestamp:
        return  # an older choice arriving late
    contact.marketing_opt_out = change.value == "stop"
    contact.marketing_pref_ts = change.timestamp
    session.flush()
    conversations = session.scalars(
        select(Conversation.id).where(Conversation.contact_id == contact.id)
    )
    outcome.conversation_ids.update(conversations)


# -- templates and numbers --------------------------------------------------------------------
def _write_template(session: Session, outcome: _Outcome, change: TemplatePlan) -> None:
    template = None
    if change.meta_id:
        template = session.scalar(select(Template).where(Template.meta_id == change.meta_id))
    if template is None and change.name and change.language:
        template = session.scalar(
            select(Template).where(
                Template.waba_id == change.waba_id,
                Template.name == change.name,
                Template.language == change.language,
            )
        )
    if template is None:
        # Only rows we hold are updated. A template missing here was deleted in the app (a
        # status sent before Meta saw the deletion must not bring it back) or never synced
        # (a sync fetches it whole; a row made from a webhook would have no body).
        what = f"{change.name} ({change.language})" if change.name else (change.meta_id or "?")
        outcome.notes.append(
            f"template {what} is not in the local list (deleted here, or not synced yet); "
            "update kept raw only"
        )
        return
    if change.meta_id and not template.meta_id:
        template.meta_id = change.meta_id
    if change.kind == "status" and change.status:
        template.status = change.status
        template.rejection_reason = change.rejection_reason
    if change.quality:
        template.quality_score = change.quality
    if change.category:
        template.category = change.category
    template.updated_at = utcnow()
    session.flush()
    outcome.template_ids.add(template.id)
    outcome.template_waba_ids.add(change.waba_id)


def _write_number_update(session: Session, outcome: _Outcome, change: NumberPlan) -> None:
    wanted = digits(change.display_phone_number)
    if not wanted:
        outcome.notes.append(f"{change.kind} update names no phone number; kept raw only")
        return
    candidates = list(session.scalars(select(PhoneNumber)))
    matches = [n for n in candidates if digits(n.display_phone_number) == wanted]
    number = next((n for n in matches if n.waba_id == change.waba_id), None) or (
        matches[0] if matches else None
    )
    if number is None:
        outcome.notes.append(
            f"phone number {change.display_phone_number} is not one of ours; kept raw only"
        )
        return
    for key, value in change.updates.items():
        setattr(number, key, value)
    if change.updates:
        number.updated_at = utcnow()
        outcome.phone_number_ids.add(number.id)
