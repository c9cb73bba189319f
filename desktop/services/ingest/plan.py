"""Turn one webhook body into a plain list of things to store, before touching the database.

Planning is pure: a body of an unexpected shape fails here, alone, so a batch of bodies can
then be written in bulk without one odd body spoiling the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from desktop.models.wire import (
    Envelope,
    InboundMessage,
    MessagesValue,
    Metadata,
    PhoneNameValue,
    PhoneQualityValue,
    StatusUpdate,
    TemplateCategoryValue,
    TemplateQualityValue,
    TemplateStatusValue,
    WireContact,
    WireError,
)
from desktop.services.ingest.normalise import (
    lenient,
    now,
    parse_timestamp,
    timestamp_or_now,
    trusted_message,
)
from desktop.services.message_text import AMENDING_TYPES, amended_wamid, readable_text
from desktop.services.numbers.updates import ACCOUNT_FIELDS, AccountChange

PREVIEW_LIMIT = 256
#: ``status`` of an inbound message imported from a ``history`` webhook.
HISTORY_STATUS = "history"
Model = TypeVar("Model", bound=BaseModel)


class PayloadShapeError(ValueError):
    """The body is JSON but not the shape Meta documents; it is stored raw with this reason."""


@dataclass(frozen=True)
class ContactKey:
    wa_id: str | None
    user_id: str | None
    profile_name: str | None = None
    username: str | None = None


@dataclass(frozen=True)
class InboundPlan:
    phone_number_id: str
    contact: ContactKey
    wamid: str
    type: str
    text: str | None
    payload: dict[str, Any]
    context_wamid: str | None
    timestamp: int
    error_code: int | None
    error_title: str | None
    error_details: str | None
    direction: str = "in"  # "out": typed on the business's phone (echo, history)
    status: str | None = None  # of an outgoing one
    opens_window: bool = True  # the customer wrote: their 24-hour window starts now
    counts_unread: bool = True
    amends: str | None = None  # wamid of the message an edit or revoke changes
    # ("wa_id" | "user_id", new value): the customer changed their number or user id.
    identity: tuple[str, str] | None = None


@dataclass(frozen=True)
class PreferencePlan:
    """A ``user_preferences`` entry: the customer stopped or resumed marketing messages."""

    contact: ContactKey
    category: str
    value: str
    timestamp: int


@dataclass(frozen=True)
class StatusPlan:
    waba_id: str
    phone_number_id: str
    wamid: str
    status: str
    timestamp: int
    recipient_id: str | None
    errors: list[dict[str, Any]] | None
    pricing: dict[str, Any] | None
    conversation: dict[str, Any] | None
    conversation_expiration_ts: int | None = None
    callback_data: str | None = None  # the outbox's id of the send, echoed by Meta


@dataclass(frozen=True)
class TemplatePlan:
    kind: str  # "status" | "quality" | "category"
    waba_id: str
    meta_id: str | None
    name: str | None
    language: str | None
    status: str | None = None
    rejection_reason: str | None = None
    quality: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class NumberPlan:
    kind: str  # "quality" | "name"
    waba_id: str
    display_phone_number: str | None
    updates: dict[str, Any]


@dataclass
class EnvelopePlan:
    numbers: dict[str, str | None] = field(default_factory=dict)  # id -> display number
    number_wabas: dict[str, str] = field(default_factory=dict)  # id -> WABA of the entry
    inbound: list[InboundPlan] = field(default_factory=list)
    statuses: list[StatusPlan] = field(default_factory=list)
    templates: list[TemplatePlan] = field(default_factory=list)
    number_updates: list[NumberPlan] = field(default_factory=list)
    account_changes: list[AccountChange] = field(default_factory=list)  # services.numbers
    preferences: list[PreferencePlan] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        """True when the body asks for nothing to be written (besides itself)."""
        return not (
            self.numbers
            or self.inbound
            or self.statuses
            or self.templates
            or self.number_updates
            or self.account_changes
            or self.preferences
        )


def normalise_language(code: str | None) -> str | None:
    """Meta's webhooks say ``en-US`` where the API says ``en_US``."""
    return code.replace("-", "_") if code else code


def digits(value: str | None) -> str:
    return re.sub(r"\D", "", value or "")


def plan_envelope(payload: Envelope | Any, received: int | None = None) -> EnvelopePlan:
    """Everything one body asks us to store; raises :class:`PayloadShapeError`.

    Values that do not fit are dropped or replaced and named in ``plan.notes`` (see
    ``normalise``); only a body with nothing usable at its top level is refused whole.
    ``received`` (Unix seconds, default now) stands in for timestamps that are not times.
    """
    plan = EnvelopePlan()
    when = received if received is not None else now()
    try:
        if isinstance(payload, Envelope):
            envelope: Envelope | None = payload
        else:
            envelope = lenient(Envelope, payload, "body", plan.notes)
        if envelope is None:
            raise PayloadShapeError(plan.notes[-1] if plan.notes else "unexpected shape")
        for entry in envelope.entry:
            for change in entry.changes:
                _plan_change(plan, entry.id, change.field, change.value, when)
        if plan.notes and plan.is_empty():
            raise PayloadShapeError("; ".join(plan.notes))  # nothing usable: kept raw only
        return plan
    except ValidationError as exc:
        raise PayloadShapeError(_describe(exc)) from exc
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        raise PayloadShapeError(f"unexpected shape: {exc}") from exc


def _describe(exc: ValidationError) -> str:
    errors = exc.errors()
    first: dict[str, Any] = dict(errors[0]) if errors else {}
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"unexpected shape at {where or 'body'}: {first.get('msg', exc)}"


def _plan_change(
    plan: EnvelopePlan, waba_id: str, kind: str, value: dict[str, Any], received: int
) -> None:
    if kind in ACCOUNT_FIELDS:
        plan.account_changes.append(AccountChange(waba_id, kind, dict(value)))
    if kind == "messages":
        _plan_messages(plan, waba_id, value, received)
        return
    if kind == "smb_message_echoes":
        _plan_echoes(plan, waba_id, value, received)
        return
    if kind == "history":
        _plan_history(plan, waba_id, value, received)
        return
    if kind == "user_preferences":
        _plan_preferences(plan, value, received)
        return
    notes = plan.notes
    if kind == "message_template_status_update":
        status = lenient(TemplateStatusValue, value, kind, notes)
        if status is None:
            return
        plan.templates.append(
            TemplatePlan(
                "status",
                waba_id,
                status.message_template_id,
                status.message_template_name,
                normalise_language(status.message_template_language),
                status=status.event,
                rejection_reason=_rejection_text(status),
                category=status.message_template_category,
            )
        )
    elif kind == "message_template_quality_update":
        quality = lenient(TemplateQualityValue, value, kind, notes)
        if quality is None:
            return
        plan.templates.append(
            TemplatePlan(
                "quality",
                waba_id,
                quality.message_template_id,
                quality.message_template_name,
                normalise_language(quality.message_template_language),
                quality=quality.new_quality_score,
            )
        )
    elif kind == "template_category_update":
        category = lenient(TemplateCategoryValue, value, kind, notes)
        if category is None:
            return
        plan.templates.append(
            TemplatePlan(
                "category",
                waba_id,
                category.message_template_id,
                category.message_template_name,
                normalise_language(category.message_template_language),
                category=category.new_category or category.correct_category,
            )
        )
    elif kind == "phone_number_quality_update":
        quality_update = lenient(PhoneQualityValue, value, kind, notes)
        if quality_update is None:
            return
        updates: dict[str, Any] = {}
        tier = (
            quality_update.current_limit
            or quality_update.messaging_limit_tier
            or quality_update.max_daily_conversations_per_business
        )
        if tier:
            updates["messaging_limit_tier"] = tier
        if quality_update.event == "THROUGHPUT_UPGRADE":
            updates["throughput_mps"] = 1000
        if quality_update.event == "FLAGGED":
            updates["quality_rating"] = "RED"
        plan.number_updates.append(
            NumberPlan("quality", waba_id, quality_update.display_phone_number, updates)
        )
    elif kind == "phone_number_name_update":
        name = lenient(PhoneNameValue, value, kind, notes)
        if name is None:
            return
        name_updates: dict[str, Any] = {}
        if name.decision:
            name_updates["name_status"] = name.decision
            if name.decision == "APPROVED" and name.requested_verified_name:
                name_updates["verified_name"] = name.requested_verified_name
        plan.number_updates.append(
            NumberPlan("name", waba_id, name.display_phone_number, name_updates)
        )
    # Every other field (account_update, account_alerts, security, ...) is kept raw only.


def _rejection_text(status: TemplateStatusValue) -> str | None:
    if not status.reason or status.reason.upper() == "NONE":
        return None
    info = status.rejection_info or {}
    extra = " ".join(str(info[k]) for k in ("reason", "recommendation") if info.get(k))
    return f"{status.reason}: {extra}" if extra else status.reason


def _plan_messages(plan: EnvelopePlan, waba_id: str, raw: dict[str, Any], received: int) -> None:
    notes = plan.notes
    try:
        value = MessagesValue.model_validate(raw)
    except ValidationError:
        value = None
    if value is not None:
        metadata = value.metadata
        contacts = value.contacts
        errors = value.errors
        statuses: list[StatusUpdate] = value.statuses
        originals = raw.get("messages") or []
        messages: list[tuple[InboundMessage, dict[str, Any]]] = list(
            zip(value.messages, originals, strict=True)
        )
    else:  # something in it does not fit: take what does, part by part
        found = lenient(Metadata, raw.get("metadata"), "metadata", notes)
        if found is None:
            return
        metadata = found
        contacts = _each(WireContact, raw, "contacts", notes)
        errors = _each(WireError, raw, "errors", notes)
        statuses = _each(StatusUpdate, raw, "statuses", notes)
        messages = []
        originals = raw.get("messages")
        for index, original in enumerate(originals if isinstance(originals, list) else []):
            message = lenient(InboundMessage, original, f"messages[{index}]", notes)
            if message is not None:
                messages.append((message, original))
    number_id = metadata.phone_number_id
    plan.numbers.setdefault(number_id, metadata.display_phone_number)
    plan.number_wabas.setdefault(number_id, waba_id)
    for error in errors:
        notes.append(f"webhook error {error.code}: {error.title or error.message}")
    senders = _Contacts(contacts)
    for message, original in messages:
        inbound = _plan_inbound(number_id, senders, message, original, received, notes)
        if inbound is not None:
            plan.inbound.append(inbound)
    for status in statuses:
        plan.statuses.append(_plan_status(waba_id, number_id, status, received, notes))


def _each(model: type[Model], raw: dict[str, Any], name: str, notes: list[str]) -> list[Model]:
    """The elements of ``raw[name]`` that fit ``model`` (the others are noted and skipped)."""
    items = raw.get(name)
    if items is None:
        return []
    if not isinstance(items, list):
        notes.append(f"{name} is not a list; ignored")
        return []
    found = (lenient(model, item, f"{name}[{i}]", notes) for i, item in enumerate(items))
    return [item for item in found if item is not None]


class _Contacts:
    """The ``contacts`` of one change, found by user id or phone in constant time.

    A body may carry thousands of contacts and messages; scanning the list per message made
    planning quadratic (8,000 messages: minutes).
    """

    def __init__(self, contacts: list[WireContact]) -> None:
        self.only = contacts[0] if len(contacts) == 1 else None
        self.by_user: dict[str, int] = {}
        self.by_wa: dict[str, int] = {}
        for index, contact in enumerate(contacts):
            if contact.user_id:
                self.by_user.setdefault(contact.user_id, index)
            if contact.wa_id:
                self.by_wa.setdefault(contact.wa_id, index)
        self.contacts = contacts

    def sender_of(self, message: InboundMessage) -> WireContact | None:
        """The first contact naming the sender (by user id or phone), as Meta lists them."""
        found = [
            index
            for index in (
                self.by_user.get(message.from_user_id) if message.from_user_id else None,
                self.by_wa.get(message.from_) if message.from_ else None,
            )
            if index is not None
        ]
        return self.contacts[min(found)] if found else self.only


def _contact_for(contacts: _Contacts, message: InboundMessage) -> ContactKey | None:
    chosen = contacts.sender_of(message)
    wa_id = (chosen.wa_id if chosen else None) or message.from_
    user_id = (chosen.user_id if chosen else None) or message.from_user_id
    if not wa_id and not user_id:
        return None
    profile = chosen.profile if chosen else None
    return ContactKey(
        wa_id=wa_id or None,
        user_id=user_id or None,
        profile_name=profile.name if profile else None,
        username=profile.username if profile else None,
    )


def _plan_inbound(
    number_id: str,
    contacts: _Contacts,
    message: InboundMessage,
    original: dict[str, Any],
    received: int,
    notes: list[str],
) -> InboundPlan | None:
    contact = _contact_for(contacts, message)
    if contact is None:
        notes.append(f"message {message.id} names no sender (no wa_id or user_id); kept raw only")
        return None
    payload, dropped = trusted_message(original, message.type)
    if dropped:
        notes.append(f"message {message.id}: ignored {', '.join(dropped)} (unexpected type)")
    text = readable_text(message.type, payload)
    code = title = details = None
    if message.errors:
        error = message.errors[0]
        code, title, details = error.code, error.title or error.message, error.details
    amends = amended_wamid(message.type, payload)
    # A notice from WhatsApp (number changed) is not the customer writing to the business.
    writes = message.type not in ("system", *AMENDING_TYPES)
    return InboundPlan(
        phone_number_id=number_id,
        contact=contact,
        wamid=message.id,
        type=message.type,
        text=text,
        payload=payload,
        context_wamid=message.context.id if message.context else None,
        timestamp=timestamp_or_now(message.timestamp, f"message {message.id}", notes, received),
        error_code=code,
        error_title=title,
        error_details=details,
        opens_window=writes,
        counts_unread=writes,
        amends=amends,
        identity=_identity_change(message.type, payload),
    )


def _identity_change(kind: str, payload: dict[str, Any]) -> tuple[str, str] | None:
    """What a ``system`` message says the customer's phone or user id became."""
    if kind != "system":
        return None
    system = payload.get("system")
    system = system if isinstance(system, dict) else {}
    event = system.get("type")
    if event == "user_changed_number":
        new = system.get("wa_id") or system.get("new_wa_id")
        return ("wa_id", new) if isinstance(new, str) and new else None
    if event == "user_changed_user_id":
        new = system.get("user_id") or system.get("new_user_id")
        return ("user_id", new) if isinstance(new, str) and new else None
    return None


def _business_messages(
    plan: EnvelopePlan, waba_id: str, raw: dict[str, Any], name: str
) -> tuple[str, str | None, list[dict[str, Any]]] | None:
    """(number id, display number, the list ``raw[name]``) of an echoes or history change."""
    found = lenient(Metadata, raw.get("metadata"), f"{name} metadata", plan.notes)
    if found is None:
        return None
    plan.numbers.setdefault(found.phone_number_id, found.display_phone_number)
    plan.number_wabas.setdefault(found.phone_number_id, waba_id)
    items = raw.get(name)
    if not isinstance(items, list):
        plan.notes.append(f"{name} is not a list; ignored")
        items = []
    return found.phone_number_id, found.display_phone_number, items


def _business_message(
    plan: EnvelopePlan,
    number_id: str,
    original: Any,
    where: str,
    customer: ContactKey,
    received: int,
    *,
    outgoing: bool,
    status: str | None,
    quiet: bool,
) -> None:
    message = lenient(InboundMessage, original, where, plan.notes)
    if message is None:
        return
    payload, dropped = trusted_message(original, message.type)
    if dropped:
        plan.notes.append(f"{where}: ignored {', '.join(dropped)} (unexpected type)")
    writes = not outgoing and not quiet and message.type not in ("system", *AMENDING_TYPES)
    plan.inbound.append(
        InboundPlan(
            phone_number_id=number_id,
            contact=customer,
            wamid=message.id,
            type=message.type,
            text=readable_text(message.type, payload),
            payload=payload,
            context_wamid=message.context.id if message.context else None,
            timestamp=timestamp_or_now(message.timestamp, where, plan.notes, received),
            error_code=None,
            error_title=None,
            error_details=None,
            direction="out" if outgoing else "in",
            # An imported inbound message is marked so it never rings as news.
            status=status if outgoing else (HISTORY_STATUS if quiet else None),
            opens_window=writes,
            counts_unread=writes,
            amends=amended_wamid(message.type, payload),
        )
    )


def _customer_key(value: Any, user_id: Any = None) -> ContactKey | None:
    """A customer named by phone digits or a BSUID (``US.1349…``), as Meta names threads."""
    phone = value if isinstance(value, str) and value else None
    user = user_id if isinstance(user_id, str) and user_id else None
    if phone is not None and "." in phone and user is None:
        phone, user = None, phone
    if phone is None and user is None:
        return None
    return ContactKey(wa_id=phone, user_id=user)


def _plan_echoes(plan: EnvelopePlan, waba_id: str, raw: dict[str, Any], received: int) -> None:
    """Messages the business typed in the WhatsApp Business app (coexistence numbers)."""
    found = _business_messages(plan, waba_id, raw, "message_echoes")
    if found is None:
        return
    number_id, _display, echoes = found
    for index, echo in enumerate(echoes):
        where = f"message_echoes[{index}]"
        echo_dict = echo if isinstance(echo, dict) else {}
        customer = _customer_key(echo_dict.get("to"), echo_dict.get("to_user_id"))
        if customer is None:
            plan.notes.append(f"{where} names no customer (no to); kept raw only")
            continue
        _business_message(
            plan,
            number_id,
            echo,
            where,
            customer,
            received,
            outgoing=True,
            status="sent",
            quiet=False,
        )


def _plan_history(plan: EnvelopePlan, waba_id: str, raw: dict[str, Any], received: int) -> None:
    """Past chats of a coexistence number, imported quietly with their own timestamps."""
    found = _business_messages(plan, waba_id, raw, "history")
    if found is None:
        return
    number_id, display, chunks = found
    business = digits(display)
    for c, chunk in enumerate(chunks):
        chunk = chunk if isinstance(chunk, dict) else {}
        for error in chunk.get("errors") or []:
            if isinstance(error, dict):
                plan.notes.append(f"history: {error.get('code')} {error.get('title') or ''}")
        threads = chunk.get("threads")
        for t, thread in enumerate(threads if isinstance(threads, list) else []):
            thread = thread if isinstance(thread, dict) else {}
            customer = _customer_key(thread.get("id"), thread.get("user_id"))
            messages = thread.get("messages")
            if customer is None or not isinstance(messages, list):
                plan.notes.append(f"history[{c}].threads[{t}] has no customer; ignored")
                continue
            for m, original in enumerate(messages):
                sender = original.get("from") if isinstance(original, dict) else None
                outgoing = bool(business) and digits(str(sender or "")) == business
                context = original.get("history_context") if isinstance(original, dict) else None
                state = context.get("status") if isinstance(context, dict) else None
                _business_message(
                    plan,
                    number_id,
                    original,
                    f"history[{c}].threads[{t}].messages[{m}]",
                    customer,
                    received,
                    outgoing=outgoing,
                    status=state.lower() if isinstance(state, str) and state else "sent",
                    quiet=True,
                )


def _plan_preferences(plan: EnvelopePlan, raw: dict[str, Any], received: int) -> None:
    items = raw.get("user_preferences")
    if not isinstance(items, list):
        plan.notes.append("user_preferences is not a list; ignored")
        return
    for index, item in enumerate(items):
        item = item if isinstance(item, dict) else {}
        customer = _customer_key(item.get("wa_id"), item.get("user_id"))
        category, value = item.get("category"), item.get("value")
        if customer is None or not isinstance(category, str) or not isinstance(value, str):
            plan.notes.append(f"user_preferences[{index}] ignored: no customer or value")
            continue
        when = timestamp_or_now(
            item.get("timestamp"), f"user_preferences[{index}]", plan.notes, received
        )
        plan.preferences.append(PreferencePlan(customer, category, value.lower(), when))


def _plan_status(
    waba_id: str, number_id: str, status: StatusUpdate, received: int, notes: list[str]
) -> StatusPlan:
    where = f"status {status.status} of {status.id}"
    errors = (
        [e.model_dump(mode="json", exclude_none=True) for e in status.errors]
        if status.errors
        else None
    )
    expiration: int | None = None
    conversation = status.conversation
    if conversation is not None and conversation.expiration_timestamp is not None:
        expiration = parse_timestamp(conversation.expiration_timestamp)
        if expiration is None:
            notes.append(
                f"{where}: conversation expiration {conversation.expiration_timestamp!r:.40} "
                "is not a valid time; ignored"
            )
    return StatusPlan(
        waba_id=waba_id,
        phone_number_id=number_id,
        wamid=status.id,
        status=status.status,
        timestamp=timestamp_or_now(status.timestamp, where, notes, received),
        recipient_id=status.recipient_id or status.recipient_user_id,
        errors=errors,
        pricing=status.pricing.model_dump(mode="json") if status.pricing else None,
        conversation=(
            conversation.model_dump(mode="json", exclude_none=True) if conversation else None
        ),
        conversation_expiration_ts=expiration,
        callback_data=status.biz_opaque_callback_data,
    )
