"""The stored state of WABA Desk: accounts, numbers, contacts, conversations and messages.

Meta's ids are kept as TEXT (they arrive as ints in some payloads and strings in others).
Times that Meta gives are stored as Unix seconds, exactly as received, so billing and the
24-hour window are computed on Meta's clock; local bookkeeping times are UTC datetimes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base


def utcnow() -> datetime:
    return datetime.now(UTC)


class Business(Base):
    """A Meta Business portfolio: owns WABAs."""

    __tablename__ = "business"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    # Since October 2025 the messaging limit belongs to the portfolio, shared by its numbers.
    messaging_limit_tier: Mapped[str | None] = mapped_column(String(32))
    max_phone_numbers: Mapped[int | None] = mapped_column(Integer)

    wabas: Mapped[list[Waba]] = relationship(back_populates="business")


class Waba(Base):
    """A WhatsApp Business Account: owns phone numbers and templates."""

    __tablename__ = "waba"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    business_id: Mapped[str | None] = mapped_column(ForeignKey("business.id"))
    name: Mapped[str] = mapped_column(String(256))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    # IANA zone of the WABA: monthly free tiers and limits reset on its calendar.
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    is_sandbox: Mapped[bool] = mapped_column(Boolean, default=False)
    account_review_status: Mapped[str | None] = mapped_column(String(32))
    # From ``account_update``: Meta's ban state and date, the last policy violation, and the
    # restrictions in force ([{"type": ..., "expires": unix seconds or None}]).
    ban_state: Mapped[str | None] = mapped_column(String(48))
    ban_date: Mapped[str | None] = mapped_column(String(32))
    violation_type: Mapped[str | None] = mapped_column(String(96))
    restrictions: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)

    business: Mapped[Business | None] = relationship(back_populates="wabas")
    phone_numbers: Mapped[list[PhoneNumber]] = relationship(back_populates="waba")


class PhoneNumber(Base):
    """A registered sender (Meta's phone-number id is the key, not the display number)."""

    __tablename__ = "phone_number"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    waba_id: Mapped[str | None] = mapped_column(ForeignKey("waba.id"))
    display_phone_number: Mapped[str] = mapped_column(String(32))
    verified_name: Mapped[str | None] = mapped_column(String(256))
    quality_rating: Mapped[str | None] = mapped_column(String(16))
    messaging_limit_tier: Mapped[str | None] = mapped_column(String(32))
    code_verification_status: Mapped[str | None] = mapped_column(String(32))
    name_status: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(32))
    is_test_number: Mapped[bool] = mapped_column(Boolean, default=False)
    # Messages per second the outbox may send from this number (Meta's default is 80).
    throughput_mps: Mapped[int] = mapped_column(Integer, default=80)
    # Set when a webhook named a number no account of ours owns: stored, flagged, never dropped.
    unknown: Mapped[bool] = mapped_column(Boolean, default=False)
    platform_type: Mapped[str | None] = mapped_column(String(32))
    is_official_business_account: Mapped[bool | None] = mapped_column(Boolean)
    # Shared with the WhatsApp Business app (coexistence): 20 msg/s, onboarded by a provider.
    is_on_biz_app: Mapped[bool | None] = mapped_column(Boolean)
    is_pin_enabled: Mapped[bool | None] = mapped_column(Boolean)
    # the blue-badge request as Meta reports it (official_business_account.oba_status)
    oba_status: Mapped[str | None] = mapped_column(String(24))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    waba: Mapped[Waba | None] = relationship(back_populates="phone_numbers")
    profile: Mapped[BusinessProfile | None] = relationship(back_populates="phone_number")


class NumberQualityPoint(Base):
    """One reading of a number's quality and limit: no Meta screen keeps this history."""

    __tablename__ = "number_quality_point"
    __table_args__ = (Index("ix_number_quality_point_number_at", "phone_number_id", "recorded_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phone_number_id: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    quality_rating: Mapped[str | None] = mapped_column(String(16))
    messaging_limit_tier: Mapped[str | None] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(16))  # "sync" | "webhook"
    event: Mapped[str | None] = mapped_column(String(48))


class Channel(Base):
    """A channel of the inbox: a name and a colour the desk chose for one of our numbers.

    ``phone_number_id`` is the number it uses now; every number it ever used is a
    :class:`ChannelNumber`, so conversations of a replaced number stay under the channel.
    A number without a row here is a channel named after itself.
    """

    __tablename__ = "channel"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    colour: Mapped[str] = mapped_column(String(7))  # "#rrggbb"
    phone_number_id: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ChannelNumber(Base):
    """A number that belongs (or belonged) to a channel; a number is in one channel at most."""

    __tablename__ = "channel_number"

    phone_number_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channel.id"), index=True)
    attached_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # set when the channel moved on to another number
    replaced_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class NumberOnboarding(Base):
    """An add-number flow in progress, so it resumes where it stopped after a restart."""

    __tablename__ = "number_onboarding"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    waba_id: Mapped[str] = mapped_column(String(64))
    e164: Mapped[str] = mapped_column(String(32))
    display_name: Mapped[str] = mapped_column(String(256))
    phone_number_id: Mapped[str | None] = mapped_column(String(64))
    # "created" | "code_requested" | "verified" | "registered"
    step: Mapped[str] = mapped_column(String(24), default="new")
    code_method: Mapped[str | None] = mapped_column(String(8))
    code_requested_at: Mapped[float | None] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class BusinessProfile(Base):
    """What customers see about a number in WhatsApp."""

    __tablename__ = "business_profile"

    phone_number_id: Mapped[str] = mapped_column(ForeignKey("phone_number.id"), primary_key=True)
    about: Mapped[str | None] = mapped_column(String(139))
    address: Mapped[str | None] = mapped_column(String(256))
    description: Mapped[str | None] = mapped_column(String(512))
    email: Mapped[str | None] = mapped_column(String(128))
    vertical: Mapped[str | None] = mapped_column(String(32))
    websites: Mapped[list[str]] = mapped_column(JSON, default=list)
    profile_picture_url: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    phone_number: Mapped[PhoneNumber] = relationship(back_populates="profile")


class Contact(Base):
    """A customer.

    Keyed on the business-scoped user id (BSUID) when Meta sends one; ``wa_id`` (the phone
    digits) is an alias, and since 2026 a user with a username may arrive without it.
    """

    __tablename__ = "contact"
    __table_args__ = (
        CheckConstraint("user_id IS NOT NULL OR wa_id IS NOT NULL", name="has_identity"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Meta's BSUIDs run up to 256 characters (PostgreSQL enforces the length; SQLite does not).
    user_id: Mapped[str | None] = mapped_column(String(256), unique=True)
    wa_id: Mapped[str | None] = mapped_column(String(32), unique=True)
    # The ISO country pricing bills ``wa_id`` as (markets.country_for_number), kept when the
    # number is stored so a year's history is not parsed again; None: read it from wa_id.
    country: Mapped[str | None] = mapped_column(String(2))
    username: Mapped[str | None] = mapped_column(String(64))
    profile_name: Mapped[str | None] = mapped_column(String(256))
    # The desk's own name for the customer (shown instead of the profile name) and notes.
    local_name: Mapped[str | None] = mapped_column(String(256))
    notes: Mapped[str | None] = mapped_column(Text)
    # The customer's last ``user_preferences`` choice about marketing messages (None: never
    # said) and Meta's time of it; a marketing template to an opted-out contact is refused.
    marketing_opt_out: Mapped[bool | None] = mapped_column(Boolean)
    marketing_pref_ts: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Conversation(Base):
    """One thread per business phone number and contact."""

    __tablename__ = "conversation"
    __table_args__ = (
        UniqueConstraint("phone_number_id", "contact_id"),
        # The inbox list's order (newest first, keyset-paged) and ingest's lookup by contact.
        # The list's order, covering every column a view filters on: a view's page is read
        # in index order and its count from the index alone, never from the table's rows.
        Index(
            "ix_conversation_recent",
            "last_message_ts",
            "id",
            "status",
            "assignee_id",
            "unread_count",
            "last_inbound_ts",
            "phone_number_id",
        ),
        Index("ix_conversation_contact_id", "contact_id"),
        # unread chats per channel (tray, rail, notifications): the few unread rows only
        Index(
            "ix_conversation_unread",
            "phone_number_id",
            "unread_count",
            sqlite_where=sql_text("unread_count > 0"),
            postgresql_where=sql_text("unread_count > 0"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phone_number_id: Mapped[str] = mapped_column(ForeignKey("phone_number.id"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"))
    # Meta's timestamp of the customer's latest message: the 24-hour window runs from it.
    last_inbound_ts: Mapped[int | None] = mapped_column(BigInteger)
    last_message_ts: Mapped[int | None] = mapped_column(BigInteger)
    last_message_preview: Mapped[str | None] = mapped_column(String(256))
    # The Cloud API type of that message: the list shows a word and icon for it.
    last_message_type: Mapped[str | None] = mapped_column(String(32))
    unread_count: Mapped[int] = mapped_column(Integer, default=0)
    # The desk's own work state: "open" | "pending" | "resolved"; a customer's new message
    # reopens it. The agent answering it (an ``agent`` id; none is "unassigned").
    status: Mapped[str] = mapped_column(String(16), default="open", server_default="open")
    assignee_id: Mapped[int | None] = mapped_column(Integer)

    contact: Mapped[Contact] = relationship()
    phone_number: Mapped[PhoneNumber] = relationship()


class Agent(Base):
    """A person at the desk: conversations are assigned to one; the profiles are shared by
    every PC on the database."""

    __tablename__ = "agent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    colour: Mapped[str] = mapped_column(String(9))  # "#rrggbb", the avatar's colour
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # May change Settings and Numbers (while no profile is admin, everyone may).
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Sees every channel, also ones added later; else only those in ``agent_channel``.
    sees_all_channels: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class AgentChannel(Base):
    """A channel an agent sees (by the number it uses; its former numbers come with it)
    when the agent does not see them all."""

    __tablename__ = "agent_channel"

    agent_id: Mapped[int] = mapped_column(ForeignKey("agent.id"), primary_key=True)
    phone_number_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class Label(Base):
    """A coloured word the desk puts on conversations ("booking", "complaint")."""

    __tablename__ = "label"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    colour: Mapped[str] = mapped_column(String(9))  # "#rrggbb"


class ConversationLabel(Base):
    """A label on a conversation (the per-label view reads the label's index)."""

    __tablename__ = "conversation_label"
    __table_args__ = (Index("ix_conversation_label_label", "label_id", "conversation_id"),)

    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id"), primary_key=True)
    label_id: Mapped[int] = mapped_column(ForeignKey("label.id"), primary_key=True)


class MessageAgent(Base):
    """Which agent at the desk sent an outbound message (shown in its message info)."""

    __tablename__ = "message_agent"

    message_id: Mapped[int] = mapped_column(ForeignKey("message.id"), primary_key=True)
    agent_id: Mapped[int] = mapped_column(Integer)


# The partial indexes' conditions, also written as literals in the queries that use them
# (a bound parameter does not match a partial index in PostgreSQL's generic plans).
REACTION_SQL = "type = 'reaction'"
AMENDING_SQL = "type IN ('edit', 'revoke')"


class Message(Base):
    """An inbound or outbound message.

    Outbound rows are the outbox: a send is stored ``queued`` before any network call, moves to
    ``sending`` while the call is in flight and to ``accepted`` once Meta returns its wamid;
    ``sent``/``delivered``/``read``/``failed`` then arrive by webhook. A row found ``sending``
    after its sender crashed may have reached Meta, so it becomes ``uncertain`` and is never
    re-sent automatically.
    """

    __tablename__ = "message"
    __table_args__ = (
        Index("ix_message_conversation_ts", "conversation_id", "timestamp", "id"),
        Index("ix_message_outbox", "direction", "status", "phone_number_id"),
        # a number's sends in a time range (this month's free service replies used), read
        # from the index alone: not a walk through the year's outbound messages
        Index(
            "ix_message_sent_by_number",
            "phone_number_id",
            "timestamp",
            "type",
            "status",
            "direction",
            sqlite_where=sql_text("direction = 'out'"),
            postgresql_where=sql_text("direction = 'out'"),
        ),
        # number and id changes (the contact panel), without reading whole threads
        Index(
            "ix_message_system",
            "conversation_id",
            "timestamp",
            sqlite_where=sql_text("type = 'system'"),
            postgresql_where=sql_text("type = 'system'"),
        ),
        # a thread page's reactions, edits and deletions, without reading the rest of it
        Index(
            "ix_message_reaction",
            "conversation_id",
            "timestamp",
            sqlite_where=sql_text(REACTION_SQL),
            postgresql_where=sql_text(REACTION_SQL),
        ),
        Index(
            "ix_message_amending",
            "conversation_id",
            "timestamp",
            sqlite_where=sql_text(AMENDING_SQL),
            postgresql_where=sql_text(AMENDING_SQL),
        ),
        # Pricing history: this month's messages without reading the year.
        Index("ix_message_timestamp", "timestamp"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id"))
    phone_number_id: Mapped[str] = mapped_column(String(64))
    wamid: Mapped[str | None] = mapped_column(String(160), unique=True)
    direction: Mapped[str] = mapped_column(String(3))  # "in" | "out"
    type: Mapped[str] = mapped_column(String(32))  # the Cloud API message type
    # The text a person reads (body, caption, button title, emoji, location name).
    text: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    context_wamid: Mapped[str | None] = mapped_column(String(160))
    status: Mapped[str | None] = mapped_column(String(16))
    status_ts: Mapped[int | None] = mapped_column(BigInteger)
    # The earliest ``delivered`` or ``read`` status Meta reported (what pricing bills an
    # outbound message at): kept by ingest as statuses arrive, in any order (migration 0027).
    delivered_at: Mapped[int | None] = mapped_column(BigInteger)
    # Meta's Unix seconds (inbound) or the local send time (outbound).
    timestamp: Mapped[int] = mapped_column(BigInteger)
    error_code: Mapped[int | None] = mapped_column(Integer)
    error_title: Mapped[str | None] = mapped_column(Text)
    error_details: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[float | None] = mapped_column()
    # The outbox worker (app instance) that holds this row, and when it last said it is alive:
    # several PCs on one database each send only the rows they claimed (see services.outbox).
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[float | None] = mapped_column()
    # A scheduled send ("send later"): the outbox leaves the row queued until this Unix time.
    not_before: Mapped[float | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class MessageStatus(Base):
    """Every status Meta reported for an outbound message, once per (wamid, status).

    ``message_id`` is empty for a status about a message we never sent: such a row is kept
    and flagged (``orphan``), never dropped.
    """

    __tablename__ = "message_status"
    __table_args__ = (
        UniqueConstraint("wamid", "status"),
        # by message, and a message's delivery time (pricing) from the index alone
        Index("ix_message_status_delivery", "message_id", "status", "timestamp"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("message.id"))
    wamid: Mapped[str] = mapped_column(String(160))
    status: Mapped[str] = mapped_column(String(16))
    timestamp: Mapped[int] = mapped_column(BigInteger)
    recipient_id: Mapped[str | None] = mapped_column(String(256))  # a phone or a BSUID
    phone_number_id: Mapped[str | None] = mapped_column(String(64))
    errors: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    orphan: Mapped[bool] = mapped_column(Boolean, default=False)
    # ``biz_opaque_callback_data`` as Meta echoed it: which outbox row the status is about
    callback_data: Mapped[str | None] = mapped_column(String(512), index=True)


class BillingRecord(Base):
    """The ``pricing`` (and ``conversation``) object a status webhook carried."""

    __tablename__ = "billing_record"
    __table_args__ = (
        UniqueConstraint("wamid", "status"),
        Index("ix_billing_record_ts", "timestamp"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    wamid: Mapped[str] = mapped_column(String(160))
    status: Mapped[str] = mapped_column(String(16))
    timestamp: Mapped[int] = mapped_column(BigInteger)
    waba_id: Mapped[str | None] = mapped_column(String(64))
    phone_number_id: Mapped[str | None] = mapped_column(String(64))
    recipient_id: Mapped[str | None] = mapped_column(String(256))  # a phone or a BSUID
    billable: Mapped[bool | None] = mapped_column(Boolean)
    pricing_model: Mapped[str | None] = mapped_column(String(8))
    pricing_type: Mapped[str | None] = mapped_column(String(32))
    category: Mapped[str | None] = mapped_column(String(40))
    conversation_id: Mapped[str | None] = mapped_column(String(96))
    conversation_origin: Mapped[str | None] = mapped_column(String(40))
    conversation_expiration_ts: Mapped[int | None] = mapped_column(BigInteger)


class Template(Base):
    """A message template in one language (Meta keeps one id per language)."""

    __tablename__ = "template"
    __table_args__ = (UniqueConstraint("waba_id", "name", "language"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    waba_id: Mapped[str] = mapped_column(String(64), index=True)
    meta_id: Mapped[str | None] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(512))
    language: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    parameter_format: Mapped[str] = mapped_column(String(16), default="POSITIONAL")
    components: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    quality_score: Mapped[str | None] = mapped_column(String(16))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WebhookEvent(Base):
    """Every authenticated webhook body, raw, as received: persisted before we answer 200.

    A body delivered again (Meta retries until it gets a 200) is kept once: ``body_sha256``
    finds it and :class:`WebhookRedelivery` counts the repeats.
    """

    __tablename__ = "webhook_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    raw: Mapped[str] = mapped_column(Text)
    processed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Why the body could not be applied, or what was odd about it (unknown number...).
    error: Mapped[str | None] = mapped_column(Text)
    # SHA-256 (hex) of the body's UTF-8 text; empty on rows stored before it was kept.
    body_sha256: Mapped[str | None] = mapped_column(String(64), index=True)


class WebhookRedelivery(Base):
    """How often a stored body came again, and when last.

    A table of its own, not a column of ``webhook_event``: SQLite rewrites a whole row on
    update, so counting in the body's row would write megabytes for every repeat.
    """

    __tablename__ = "webhook_redelivery"

    body_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    repeats: Mapped[int] = mapped_column(Integer, default=0)
    last_received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DatabaseFact(Base):
    """Facts about the database itself, one row per key.

    ``mode`` says whose data it holds (``sandbox`` or ``live``), written at first use, so
    the sandbox's demo accounts and simulated customers never land in a real inbox.
    """

    __tablename__ = "database_fact"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CannedReply(Base):
    """A text the desk reuses, typed as ``/shortcut`` in the composer (shared by every PC)."""

    __tablename__ = "canned_reply"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shortcut: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(128), default="")
    # May hold {contact.first_name}, {agent.name}, {channel.name}: filled in at insertion.
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class BulkJob(Base):
    """A bulk send of one approved template to many recipients, from one of our numbers.

    ``state``: ``running`` (rows are handed to the outbox), ``paused``, ``cancelled`` or
    ``done``; a job ``running`` when the app stops resumes at the next start.
    """

    __tablename__ = "bulk_job"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phone_number_id: Mapped[str] = mapped_column(String(64))
    template_name: Mapped[str] = mapped_column(String(512))
    template_language: Mapped[str] = mapped_column(String(16))
    template_category: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(256))  # the CSV's file name or the label
    state: Mapped[str] = mapped_column(String(16), default="running")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class BulkRow(Base):
    """One recipient of a bulk job and the outbox row it became (at most one, ever).

    ``state``: ``pending`` (not handed over yet), ``queued`` (``message_id`` set, in the same
    transaction as the outbox row was written, so a restart never queues it twice),
    ``skipped`` (opted out of marketing), ``refused`` (the outbox refused it) or
    ``cancelled``.
    """

    __tablename__ = "bulk_row"
    __table_args__ = (
        UniqueConstraint("job_id", "wa_id"),
        Index("ix_bulk_row_job_state", "job_id", "state", "position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("bulk_job.id"))
    position: Mapped[int] = mapped_column(Integer)  # the row's line in the CSV, or its place
    wa_id: Mapped[str] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(String(256))
    components: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    text: Mapped[str | None] = mapped_column(Text)  # the rendered body, as the chat shows it
    state: Mapped[str] = mapped_column(String(16), default="pending")
    message_id: Mapped[int | None] = mapped_column(ForeignKey("message.id"), unique=True)
    problem: Mapped[str | None] = mapped_column(Text)  # English source, translated when shown


class PricingMonth(Base):
    """One closed month of one WABA, billed under the rules of each day and under every
    era (``bills``: ``{era: [currency, [line, ...]]}``), so History bills only what is new.

    ``basis`` fingerprints what the bill was made with (rate cards, the WABA's zone and
    currency, template categories); a row with another basis is billed again.
    """

    __tablename__ = "pricing_month"

    waba_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # "YYYY-MM", local
    basis: Mapped[str] = mapped_column(String(64))
    bills: Mapped[str] = mapped_column(Text)
    left_out: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PricingWatermark(Base):
    """The newest message, status and billing record the kept months have seen: anything
    newer that belongs to a kept month (a late delivery status, Meta's late ``pricing``
    record) drops that month and every later one, and they are billed again."""

    __tablename__ = "pricing_watermark"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    message_id: Mapped[int] = mapped_column(BigInteger, default=0)
    status_id: Mapped[int] = mapped_column(BigInteger, default=0)
    record_id: Mapped[int] = mapped_column(BigInteger, default=0)
