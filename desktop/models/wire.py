"""Pydantic models of the JSON Meta posts to our webhook.

Meta adds fields without notice, so every model keeps unknown fields (``extra="allow"``) and
only the fields ingest relies on are declared. Ids and timestamps arrive as strings in some
payloads and numbers in others; they are normalised to ``str`` here so storage sees one shape.
The per-type body of a message (``text``, ``image``, ...) stays a plain dict: it is stored as
the message payload exactly as received.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

# Meta sends ids and Unix times sometimes as JSON numbers, sometimes as strings; the models
# turn numbers into text (``coerce_numbers_to_str``), natively, without a Python validator.
IdText = str


class WireModel(BaseModel):
    """Base of every wire model: keep what we do not know, never reject it."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, coerce_numbers_to_str=True)


class WireError(WireModel):
    code: int | None = None
    title: str | None = None
    message: str | None = None
    error_data: dict[str, Any] | str | None = None
    href: str | None = None

    @property
    def details(self) -> str | None:
        if isinstance(self.error_data, dict):
            value = self.error_data.get("details")
            return value if isinstance(value, str) else None
        return self.error_data


class Metadata(WireModel):
    display_phone_number: IdText | None = None
    phone_number_id: IdText


class Profile(WireModel):
    name: str | None = None
    username: str | None = None


class WireContact(WireModel):
    wa_id: IdText | None = None
    user_id: str | None = None
    parent_user_id: str | None = None
    profile: Profile | None = None


class MessageContext(WireModel):
    id: str | None = None
    from_: IdText | None = Field(default=None, alias="from")
    forwarded: bool | None = None
    frequently_forwarded: bool | None = None


class InboundMessage(WireModel):
    """One element of ``value.messages``; the per-type body is kept in ``model_extra``."""

    id: str
    # Checked by ingest (``normalise.timestamp_or_now``): a bad time must not cost the message.
    timestamp: IdText | None = None
    type: str
    from_: IdText | None = Field(default=None, alias="from")
    from_user_id: str | None = None
    context: MessageContext | None = None
    errors: list[WireError] | None = None


class PricingInfo(WireModel):
    billable: bool | None = None
    pricing_model: str | None = None
    type: str | None = None
    category: str | None = None


class ConversationOrigin(WireModel):
    type: str | None = None


class StatusConversation(WireModel):
    id: str | None = None
    expiration_timestamp: IdText | None = None
    origin: ConversationOrigin | None = None


class StatusUpdate(WireModel):
    """One element of ``value.statuses``: what happened to a message we sent."""

    id: str
    status: str
    timestamp: IdText | None = None  # checked by ingest, like a message's
    recipient_id: IdText | None = None
    recipient_user_id: str | None = None
    conversation: StatusConversation | None = None
    pricing: PricingInfo | None = None
    errors: list[WireError] | None = None
    # our own id of the send, echoed by Meta (the outbox puts it in every message)
    biz_opaque_callback_data: str | None = None


class MessagesValue(WireModel):
    """``value`` of a ``messages`` change: inbound messages and/or statuses."""

    messaging_product: str | None = None
    metadata: Metadata
    contacts: list[WireContact] = Field(default_factory=list)
    messages: list[InboundMessage] = Field(default_factory=list)
    statuses: list[StatusUpdate] = Field(default_factory=list)
    errors: list[WireError] = Field(default_factory=list)


class TemplateStatusValue(WireModel):
    """``message_template_status_update`` (and the shared fields of its siblings)."""

    event: str | None = None
    message_template_id: IdText | None = None
    message_template_name: str | None = None
    message_template_language: str | None = None
    message_template_category: str | None = None
    reason: str | None = None
    rejection_info: dict[str, Any] | None = None


class TemplateQualityValue(WireModel):
    """``message_template_quality_update``."""

    message_template_id: IdText | None = None
    message_template_name: str | None = None
    message_template_language: str | None = None
    previous_quality_score: str | None = None
    new_quality_score: str | None = None


class TemplateCategoryValue(WireModel):
    """``template_category_update``."""

    message_template_id: IdText | None = None
    message_template_name: str | None = None
    message_template_language: str | None = None
    previous_category: str | None = None
    new_category: str | None = None
    correct_category: str | None = None


class PhoneQualityValue(WireModel):
    """``phone_number_quality_update``: Meta names the number by its display digits."""

    display_phone_number: IdText | None = None
    event: str | None = None
    current_limit: str | None = None
    max_daily_conversations_per_business: str | None = None
    messaging_limit_tier: str | None = None


class PhoneNameValue(WireModel):
    """``phone_number_name_update``: the display-name review outcome."""

    display_phone_number: IdText | None = None
    decision: str | None = None
    requested_verified_name: str | None = None
    rejection_reason: str | None = None


class Change(WireModel):
    field: str
    value: dict[str, Any] = Field(default_factory=dict)


class Entry(WireModel):
    id: IdText
    time: int | None = None
    changes: list[Change] = Field(default_factory=list)


class Envelope(WireModel):
    """The whole POST body."""

    object: str | None = None
    entry: list[Entry] = Field(default_factory=list)
