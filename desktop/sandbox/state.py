"""The sandbox's own world: business, WABAs, numbers, customers, templates, media, messages.

Kept in memory and owned by one :class:`SandboxServer`; everything runs on its event loop,
so no locking is needed.
"""

from __future__ import annotations

import base64
import hashlib
import random
import time
from dataclasses import dataclass, field
from typing import Any

WINDOW_SECONDS = 24 * 3600
# Free service messages per number per month from October 2026 (reported, unverified; the
# pricing engine assumes the same, see BillingSettings.service_free_monthly).
SERVICE_ALLOWANCE = 1000


@dataclass
class Business:
    id: str
    name: str


@dataclass
class Waba:
    id: str
    name: str
    business_id: str
    currency: str
    timezone_id: str
    country: str
    message_template_namespace: str
    account_review_status: str = "APPROVED"
    business_verification_status: str = "verified"
    ownership_type: str = "SELF"


@dataclass
class PhoneNumber:
    id: str
    waba_id: str
    display_phone_number: str
    verified_name: str
    is_test: bool = False
    registered: bool = True
    code_verification_status: str = "VERIFIED"
    quality_rating: str = "GREEN"
    name_status: str = "APPROVED"
    throughput_level: str = "STANDARD"
    messaging_limit: str = "TIER_2K"
    pin: str | None = "123456"
    allowed_recipients: list[str] = field(default_factory=list)
    profile: dict[str, Any] = field(default_factory=dict)
    register_calls: list[float] = field(default_factory=list)
    last_onboarded_time: str = "2025-04-01T09:00:00+0000"
    oba_status: str = "NOT_STARTED"
    oba_decided_at: float | None = None

    @property
    def digits(self) -> str:
        return "".join(ch for ch in self.display_phone_number if ch.isdigit())

    @property
    def account_mode(self) -> str:
        return "SANDBOX" if self.is_test else "LIVE"

    @property
    def platform_type(self) -> str:
        return "CLOUD_API" if self.registered else "NOT_APPLICABLE"

    @property
    def status(self) -> str:
        return "CONNECTED" if self.registered else "DISCONNECTED"


@dataclass
class Customer:
    """A simulated WhatsApp user. ``user_id`` (BSUID) is the key; ``wa_id`` may be hidden."""

    user_id: str
    name: str
    wa_id: str | None
    home_number_id: str
    language: str = "en"
    username: str | None = None
    country_code: str = "US"
    simulated: bool = True


@dataclass
class Template:
    id: str
    waba_id: str
    name: str
    language: str
    category: str
    components: list[dict[str, Any]]
    parameter_format: str = "POSITIONAL"
    status: str = "APPROVED"
    rejected_reason: str = "NONE"
    created_at: float = field(default_factory=time.time)
    review_generation: int = 0

    def as_graph(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "parameter_format": self.parameter_format,
            "components": self.components,
            "language": self.language,
            "status": self.status,
            "category": self.category,
            "id": self.id,
            "rejected_reason": self.rejected_reason,
            "quality_score": {"score": "UNKNOWN", "date": int(self.created_at)},
        }


@dataclass
class Media:
    id: str
    mime_type: str
    data: bytes
    phone_number_id: str
    filename: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class OutboundMessage:
    """A message the business sent, as far as the simulated customer is concerned."""

    wamid: str
    phone_number_id: str
    customer_key: str
    recipient_id: str  # the phone digits, or "" for a customer known only by BSUID
    type: str
    body: dict[str, Any]
    category: str  # pricing category: service, utility, marketing, authentication
    pricing_type: str  # free_customer_service | regular
    failure: dict[str, Any] | None = None
    biz_opaque_callback_data: str | None = None
    recipient_user_id: str | None = None  # the customer's BSUID
    delivered_at: int | None = None  # when its delivered status was reported (billing time)


@dataclass
class InboundMessage:
    wamid: str
    phone_number_id: str
    customer_key: str
    timestamp: float


class IdSource:
    """Numeric Graph ids and wamids, reproducible for a given seed."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def graph_id(self, prefix: str = "1") -> str:
        return f"{prefix}{self._rng.randrange(10**14, 10**15)}"

    def wamid(self, phone_digits: str) -> str:
        raw = (
            b"\x18\x0b"
            + phone_digits[-12:].encode()
            + b"\x15\x02\x00\x11\x18\x12"
            + bytes(self._rng.randrange(256) for _ in range(18))
            + b"\x00"
        )
        return "wamid.HBgL" + base64.b64encode(raw).decode().rstrip("=")

    def hex_id(self, length: int = 32) -> str:
        return "".join(self._rng.choice("0123456789abcdef") for _ in range(length))


@dataclass
class SandboxWorld:
    business: Business
    wabas: dict[str, Waba]
    numbers: dict[str, PhoneNumber]
    customers: dict[str, Customer]  # by user_id
    templates: dict[str, Template]
    media: dict[str, Media] = field(default_factory=dict)
    outbound: dict[str, OutboundMessage] = field(default_factory=dict)
    inbound: dict[str, InboundMessage] = field(default_factory=dict)
    # (phone_number_id, customer user_id) -> unix time of the customer's last message
    last_inbound: dict[tuple[str, str], float] = field(default_factory=dict)
    # (phone_number_id, customer key) -> wamid of the business's latest message to them
    last_outbound: dict[tuple[str, str], str] = field(default_factory=dict)
    # (phone_number_id, "YYYY-MM" in UTC) -> free service messages used
    service_used: dict[tuple[str, str], int] = field(default_factory=dict)
    # phone digits of people not on WhatsApp: sends to them fail by webhook with 131026
    unreachable: set[str] = field(default_factory=set)

    def find_customer(self, ident: str) -> Customer | None:
        """By BSUID, or by wa_id / phone digits."""
        if ident in self.customers:
            return self.customers[ident]
        digits = "".join(ch for ch in ident if ch.isdigit())
        for customer in self.customers.values():
            if customer.wa_id and customer.wa_id == digits:
                return customer
        return None

    def window_open(self, phone_number_id: str, customer_key: str, now: float) -> bool:
        last = self.last_inbound.get((phone_number_id, customer_key))
        return last is not None and now - last < WINDOW_SECONDS

    def take_service_allowance(self, phone_number_id: str, now: float) -> bool:
        """Use one of the number's free service messages this month; False when none is left."""
        key = (phone_number_id, time.strftime("%Y-%m", time.gmtime(now)))
        used = self.service_used.get(key, 0)
        if used >= SERVICE_ALLOWANCE:
            return False
        self.service_used[key] = used + 1
        return True

    def numbers_of(self, waba_id: str) -> list[PhoneNumber]:
        return [n for n in self.numbers.values() if n.waba_id == waba_id]
