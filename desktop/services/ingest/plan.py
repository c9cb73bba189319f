"""Turn one webhook body into a plain list of things to store, before touching the database.

Planning is pure: a body of an unexpected shape fails here, alone, so a batch of bodies can
then be written in bulk without one odd body spoiling the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from desktop.models.wire import (
    Envelope,
    InboundMessage,
    MessagesValue,
    PhoneNameValue,
    PhoneQualityValue,
    StatusUpdate,
    TemplateCategoryValue,
    TemplateQualityValue,
    TemplateStatusValue,
    WireContact,
)
from desktop.services.message_text import readable_text
from desktop.services.numbers.updates import ACCOUNT_FIELDS, AccountChange

PREVIEW_LIMIT = 256


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
    notes: list[str] = field(default_factory=list)


def normalise_language(code: str | None) -> str | None:
    """Meta's webhooks say ``en-US`` where the API says ``en_US``."""
    return code.replace("-", "_") if code else code


def digits(value: str | None) -> str:
    return re.sub(r"\D", "", value or "")


def plan_envelope(payload: Envelope | Any) -> EnvelopePlan:
    """Everything one body asks us to store; raises :class:`PayloadShapeError`."""
    try:
        envelope = payload if isinstance(payload, Envelope) else Envelope.model_validate(payload)
        plan = EnvelopePlan()
        for entry in envelope.entry:
            for change in entry.changes:
                _plan_change(plan, entry.id, change.field, change.value)
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


def _plan_change(plan: EnvelopePlan, waba_id: str, kind: str, value: dict[str, Any]) -> None:
    if kind in ACCOUNT_FIELDS:
        plan.account_changes.append(AccountChange(waba_id, kind, dict(value)))
    if kind == "messages":
        _plan_messages(plan, waba_id, MessagesValue.model_validate(value), value)
    elif kind == "message_template_status_update":
        status = TemplateStatusValue.model_validate(value)
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
        quality = TemplateQualityValue.model_validate(value)
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
        category = TemplateCategoryValue.model_validate(value)
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
        quality_update = PhoneQualityValue.model_validate(value)
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
        name = PhoneNameValue.model_validate(value)
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


def _plan_messages(
    plan: EnvelopePlan, waba_id: str, value: MessagesValue, raw: dict[str, Any]
) -> None:
    number_id = value.metadata.phone_number_id
    plan.numbers.setdefault(number_id, value.metadata.display_phone_number)
    plan.number_wabas.setdefault(number_id, waba_id)
    for error in value.errors:
        plan.notes.append(f"webhook error {error.code}: {error.title or error.message}")
    for message, original in zip(value.messages, raw.get("messages") or [], strict=True):
        plan.inbound.append(_plan_inbound(number_id, value.contacts, message, original))
    for status in value.statuses:
        plan.statuses.append(_plan_status(waba_id, number_id, status))


def _contact_for(contacts: list[WireContact], message: InboundMessage) -> ContactKey:
    chosen: WireContact | None = None
    for contact in contacts:
        if (message.from_user_id and contact.user_id == message.from_user_id) or (
            message.from_ and contact.wa_id == message.from_
        ):
            chosen = contact
            break
    if chosen is None and len(contacts) == 1:
        chosen = contacts[0]
    wa_id = (chosen.wa_id if chosen else None) or message.from_
    user_id = (chosen.user_id if chosen else None) or message.from_user_id
    if not wa_id and not user_id:
        raise PayloadShapeError(f"message {message.id} names no sender (no wa_id or user_id)")
    profile = chosen.profile if chosen else None
    return ContactKey(
        wa_id=wa_id or None,
        user_id=user_id or None,
        profile_name=profile.name if profile else None,
        username=profile.username if profile else None,
    )


def _plan_inbound(
    number_id: str, contacts: list[WireContact], message: InboundMessage, payload: dict[str, Any]
) -> InboundPlan:
    text = readable_text(message.type, payload)
    code = title = details = None
    if message.errors:
        error = message.errors[0]
        code, title, details = error.code, error.title or error.message, error.details
    return InboundPlan(
        phone_number_id=number_id,
        contact=_contact_for(contacts, message),
        wamid=message.id,
        type=message.type,
        text=text,
        payload=payload,
        context_wamid=message.context.id if message.context else None,
        timestamp=int(message.timestamp),
        error_code=code,
        error_title=title,
        error_details=details,
    )


def _plan_status(waba_id: str, number_id: str, status: StatusUpdate) -> StatusPlan:
    errors = (
        [e.model_dump(mode="json", exclude_none=True) for e in status.errors]
        if status.errors
        else None
    )
    return StatusPlan(
        waba_id=waba_id,
        phone_number_id=number_id,
        wamid=status.id,
        status=status.status,
        timestamp=int(status.timestamp),
        recipient_id=status.recipient_id or status.recipient_user_id,
        errors=errors,
        pricing=status.pricing.model_dump(mode="json") if status.pricing else None,
        conversation=(
            status.conversation.model_dump(mode="json", exclude_none=True)
            if status.conversation
            else None
        ),
    )
