"""The sandbox's number administration: add, verify, register, name review, test recipients.

Everything an owner does with a number can be tried here without a real SIM card, including
the ways it goes wrong, with Meta's error codes:

- ``POST /{waba-id}/phone_numbers``: a number already registered on another account
  (any number whose national digits end in ``9999``) answers code 100;
- ``request_code``: asking again within :data:`CODE_RESEND_WAIT` seconds, or more than
  :data:`CODE_REQUESTS_PER_DAY` times, answers ``136024``;
- ``verify_code``: a wrong code answers ``136025``; a code older than :data:`CODE_LIFETIME`
  (or expired on demand) answers ``136025`` saying it expired;
- ``register``: a PIN that differs from the one set answers ``133005``; an unverified number
  ``133006``; more than 10 register/deregister calls in 72 h ``133016``;
- display names are reviewed after registration (``phone_number_name_update``): names with
  "WhatsApp", a web address, emoji or shouting capitals are DECLINED.

- ``official_business_account``: a blue-badge request without ``business_website_url``
  answers code 100; a test number, a number with a request under review or one refused
  less than 30 days ago answer code 100 saying why.

Control actions (``POST /_sandbox/numbers/...``) decide a badge request, drop quality,
change the portfolio's messaging limit, restrict a WABA, expire a code and manage a test
number's allowed recipients (cap 5).
"""

from __future__ import annotations

import asyncio
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.sandbox.errors import GraphError, SandboxError, invalid_parameter, missing_parameter
from desktop.sandbox.state import PhoneNumber, SandboxWorld, Waba
from desktop.sandbox.webhook_delivery import QueuedChange, WebhookDispatcher

VERIFICATION_CODE = "123456"
CODE_RESEND_WAIT = 60.0
CODE_REQUESTS_PER_DAY = 5
CODE_LIFETIME = 600.0
ALLOWED_RECIPIENTS_CAP = 5
REGISTERED_ELSEWHERE_SUFFIX = "9999"
QUALITY_RATINGS = ("GREEN", "YELLOW", "RED")
TIERS = ("TIER_250", "TIER_2K", "TIER_10K", "TIER_100K", "TIER_UNLIMITED")


@dataclass
class CodeState:
    requests: list[float] = field(default_factory=list)
    issued_at: float | None = None


def name_problem(name: str) -> str | None:
    """Why Meta's reviewer would decline ``name`` (None when it passes)."""
    if not 2 <= len(name) <= 75:
        return "The display name must be 2 to 75 characters long."
    if "whatsapp" in name.lower():
        return "The display name can't contain the word WhatsApp."
    if re.search(r"https?://|www\.|\.(com|net|org|jp|io)\b", name, re.IGNORECASE):
        return "The display name can't contain a web address."
    if any(unicodedata.category(ch) == "So" for ch in name):
        return "The display name can't contain emoji or symbols."
    letters = [ch for ch in name if ch.isalpha() and ch.isascii()]
    if len(letters) > 6 and all(ch.isupper() for ch in letters):
        return "The display name can't be written all in capitals unless it is an acronym."
    return None


class NumberAdmin:
    """Number endpoints and controls over one :class:`SandboxWorld`."""

    def __init__(
        self,
        world: SandboxWorld,
        new_id: Callable[[], str],
        dispatcher: Callable[[], WebhookDispatcher | None],
        spawn: Callable[[Any], None],
        review_delay: Callable[[], float],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.world = world
        self._new_id = new_id
        self._dispatcher = dispatcher
        self._spawn = spawn
        self._review_delay = review_delay
        self._clock = clock
        self.codes: dict[str, CodeState] = {}

    # -- Graph endpoints -------------------------------------------------------------------
    def create_number(self, waba: Waba, params: dict[str, Any]) -> dict[str, Any]:
        cc = re.sub(r"\D", "", str(params.get("cc", "")))
        national = re.sub(r"\D", "", str(params.get("phone_number", "")))
        name = str(params.get("verified_name", "")).strip()
        if not cc or not national:
            raise missing_parameter("The parameters cc and phone_number are required.")
        if not name:
            raise missing_parameter("The parameter verified_name is required.")
        if not 2 <= len(name) <= 75:
            raise invalid_parameter("Param verified_name must be 2 to 75 characters long.")
        digits = cc + national.removeprefix(cc) if national.startswith(cc) else cc + national
        for other in self.world.numbers.values():
            if other.digits == digits:
                raise GraphError(
                    100,
                    "Invalid parameter",
                    "This phone number is already added to a WhatsApp Business Account.",
                    subcode=2388001,
                )
        if national.endswith(REGISTERED_ELSEWHERE_SUFFIX):
            raise GraphError(
                100,
                "Invalid parameter",
                "This phone number is already registered to another WhatsApp Business "
                "Account or in the WhatsApp app.",
                subcode=2388002,
            )
        number = PhoneNumber(
            id=self._new_id(),
            waba_id=waba.id,
            display_phone_number=f"+{cc} {digits[len(cc) :]}",
            verified_name=name,
            registered=False,
            code_verification_status="NOT_VERIFIED",
            quality_rating="UNKNOWN",
            name_status="PENDING_REVIEW",
            messaging_limit=self._portfolio_limit(),
            pin=None,
            last_onboarded_time=time.strftime("%Y-%m-%dT%H:%M:%S+0000", time.gmtime()),
        )
        self.world.numbers[number.id] = number
        return {"id": number.id}

    def request_code(self, number: PhoneNumber, params: dict[str, Any]) -> dict[str, Any]:
        if str(params.get("code_method", "")).upper() not in ("SMS", "VOICE"):
            raise missing_parameter("The parameter code_method (SMS or VOICE) is required.")
        if not params.get("language"):
            raise missing_parameter("The parameter language is required.")
        now = self._clock()
        state = self.codes.setdefault(number.id, CodeState())
        state.requests = [t for t in state.requests if now - t < 24 * 3600]
        if state.requests and now - state.requests[-1] < CODE_RESEND_WAIT:
            wait = int(CODE_RESEND_WAIT - (now - state.requests[-1])) + 1
            raise GraphError(
                136024,
                "Request code error",
                f"Too many requests: wait {wait} seconds before asking for another code.",
            )
        if len(state.requests) >= CODE_REQUESTS_PER_DAY:
            raise GraphError(
                136024,
                "Request code error",
                "Too many code requests for this number: try again in 24 hours.",
            )
        state.requests.append(now)
        state.issued_at = now
        return {"success": True}

    def verify_code(self, number: PhoneNumber, params: dict[str, Any]) -> dict[str, Any]:
        code = re.sub(r"\D", "", str(params.get("code", "")))
        if not code:
            raise missing_parameter("The parameter code is required.")
        state = self.codes.get(number.id)
        issued = state.issued_at if state else None
        if (
            number.code_verification_status != "VERIFIED"
            and issued is not None
            and self._clock() - issued > CODE_LIFETIME
        ):
            number.code_verification_status = "EXPIRED"
            raise GraphError(
                136025, "Verify code error", "The code has expired: request a new code."
            )
        if code != VERIFICATION_CODE:
            raise GraphError(
                136025,
                "Verify code error",
                "The code is wrong. Request a new code and enter it exactly.",
            )
        number.code_verification_status = "VERIFIED"
        return {"success": True}

    def register(self, number: PhoneNumber, edge: str, params: dict[str, Any]) -> dict[str, Any]:
        now = self._clock()
        number.register_calls = [t for t in number.register_calls if now - t < 72 * 3600]
        if len(number.register_calls) >= 10:
            raise GraphError(
                133016,
                "Account register deregister rate limit exceeded",
                "More than 10 register/deregister requests in 72 hours: try again in 72 hours.",
            )
        number.register_calls.append(now)
        if edge == "deregister":
            number.registered = False
            return {"success": True}
        if number.code_verification_status != "VERIFIED":
            raise GraphError(
                133006,
                "Phone number needs to be verified before registering",
                "Request a verification code and verify the number first.",
            )
        pin = check_pin(params.get("pin"))
        if number.pin is not None and pin != number.pin:
            raise GraphError(
                133005,
                "Two step verification PIN Mismatch",
                "The PIN does not match this number's two-step verification PIN.",
            )
        number.pin = pin
        was_registered = number.registered
        number.registered = True
        if not was_registered and number.name_status == "PENDING_REVIEW":
            self._spawn(self._review_name(number))
        return {"success": True}

    def rename(self, number: PhoneNumber, new_name: str) -> None:
        number.verified_name = new_name
        number.name_status = "PENDING_REVIEW"
        if number.registered:
            self._spawn(self._review_name(number))

    async def _review_name(self, number: PhoneNumber) -> None:
        await asyncio.sleep(self._review_delay())
        if number.name_status != "PENDING_REVIEW":
            return
        problem = name_problem(number.verified_name)
        number.name_status = "DECLINED" if problem else "APPROVED"
        value: dict[str, Any] = {
            "display_phone_number": number.digits,
            "decision": "REJECTED" if problem else "APPROVED",
            "requested_verified_name": number.verified_name,
        }
        if problem:
            value["rejection_reason"] = problem
        else:
            number.quality_rating = "GREEN"
        self._post(number.waba_id, "phone_number_name_update", value)

    # -- controls (quality, limits, test recipients) ---------------------------------------
    def control(self, action: str, body: dict[str, Any]) -> dict[str, Any]:
        if action == "limit":
            return self.set_limit(str(body.get("tier", "")))
        if action == "restrict":
            return self.restrict(str(body.get("waba_id", "")), str(body.get("type", "")))
        number = self.world.numbers.get(str(body.get("phone_number_id", "")))
        if number is None:
            raise SandboxError(f"No number {body.get('phone_number_id')!r} in the sandbox.")
        if action == "quality":
            return self.set_quality(number, str(body.get("rating", "")))
        if action == "badge":
            return self.decide_badge(number, str(body.get("decision", "")))
        if action == "expire_code":
            state = self.codes.setdefault(number.id, CodeState())
            state.issued_at = self._clock() - CODE_LIFETIME - 1
            return {"success": True}
        if action == "allowed/add":
            return self.allow(number, str(body.get("wa_id", "")))
        if action == "allowed/remove":
            wa_id = re.sub(r"\D", "", str(body.get("wa_id", "")))
            if wa_id in number.allowed_recipients:
                number.allowed_recipients.remove(wa_id)
            return {"success": True, "allowed_recipients": list(number.allowed_recipients)}
        raise SandboxError(f"Unknown numbers action {action!r}.")

    def request_badge(self, number: PhoneNumber, params: dict[str, Any]) -> dict[str, Any]:
        """A blue-badge request: under review until :meth:`decide_badge`."""
        website = str(params.get("business_website_url") or "")
        if not website:
            raise GraphError(100, "The parameter business_website_url is required.")
        if not re.match(r"https?://", website):
            raise invalid_parameter("Param business_website_url must be a valid URL.")
        if number.is_test:
            raise GraphError(
                100, "Official business account status is not available for test numbers."
            )
        if number.oba_status in ("PENDING", "APPROVED"):
            raise GraphError(
                100,
                "This phone number already has an official business account request "
                f"({number.oba_status}).",
            )
        decided = number.oba_decided_at
        if number.oba_status == "REJECTED" and decided and self._clock() - decided < 30 * 86400:
            raise GraphError(100, "A rejected request can be submitted again only after 30 days.")
        number.oba_status, number.oba_decided_at = "PENDING", None
        return {"success": True}

    def decide_badge(self, number: PhoneNumber, decision: str) -> dict[str, Any]:
        """Meta's decision on demand; an approval is announced by ``account_update``."""
        decision = decision.upper()
        if decision not in ("APPROVED", "REJECTED"):
            raise SandboxError("decision must be APPROVED or REJECTED")
        if number.oba_status != "PENDING":
            raise SandboxError(f"No badge request under review for {number.id}.")
        number.oba_status, number.oba_decided_at = decision, self._clock()
        if decision == "APPROVED":
            self._post(
                number.waba_id,
                "account_update",
                {"event": "VERIFIED_ACCOUNT", "phone_number": number.digits},
            )
        return {"success": True, "oba_status": decision}

    def set_quality(self, number: PhoneNumber, rating: str) -> dict[str, Any]:
        """Move a number's quality; RED sends FLAGGED and leaving RED sends UNFLAGGED."""
        rating = rating.upper()
        if rating not in QUALITY_RATINGS:
            raise SandboxError(f"rating must be one of {', '.join(QUALITY_RATINGS)}")
        before, number.quality_rating = number.quality_rating, rating
        event = None
        if rating == "RED" and before != "RED":
            event = "FLAGGED"
        elif before == "RED" and rating != "RED":
            event = "UNFLAGGED"
        if event:
            self._post(
                number.waba_id,
                "phone_number_quality_update",
                {
                    "display_phone_number": number.digits,
                    "event": event,
                    "current_limit": number.messaging_limit,
                    "max_daily_conversations_per_business": number.messaging_limit,
                },
            )
        return {"success": True, "quality_rating": rating, "webhook": event}

    def set_limit(self, tier: str) -> dict[str, Any]:
        """The portfolio's messaging limit changes: every WABA hears it once."""
        tier = tier.upper()
        if tier not in TIERS:
            raise SandboxError(f"tier must be one of {', '.join(TIERS)}")
        for number in self.world.numbers.values():
            number.messaging_limit = tier
        for waba in self.world.wabas.values():
            self._post(
                waba.id,
                "business_capability_update",
                {
                    "max_daily_conversations_per_business": tier,
                    "max_phone_numbers_per_business": 20,
                },
            )
        return {"success": True, "tier": tier}

    def restrict(self, waba_id: str, restriction: str, days: int = 7) -> dict[str, Any]:
        """A policy restriction on a WABA, announced by ``account_update`` as Meta does."""
        if waba_id not in self.world.wabas:
            raise SandboxError(f"No WABA {waba_id!r} in the sandbox.")
        value = {
            "event": "ACCOUNT_RESTRICTION",
            "restriction_info": [
                {
                    "restriction_type": restriction or "RESTRICTED_BIZ_INITIATED_MESSAGING",
                    "expiration": int(self._clock()) + days * 86400,
                }
            ],
        }
        self._post(waba_id, "account_update", value)
        return {"success": True}

    def allow(self, number: PhoneNumber, raw: str) -> dict[str, Any]:
        wa_id = re.sub(r"\D", "", raw)
        if not number.is_test:
            raise SandboxError("Only a test number has a list of allowed recipients.")
        if not wa_id:
            raise SandboxError("Give the recipient's phone number.")
        if wa_id not in number.allowed_recipients:
            if len(number.allowed_recipients) >= ALLOWED_RECIPIENTS_CAP:
                raise SandboxError(
                    f"A test number can message at most {ALLOWED_RECIPIENTS_CAP} recipients: "
                    "remove one first."
                )
            number.allowed_recipients.append(wa_id)
        return {"success": True, "allowed_recipients": list(number.allowed_recipients)}

    # -- helpers ---------------------------------------------------------------------------
    def _portfolio_limit(self) -> str:
        limits = [n.messaging_limit for n in self.world.numbers.values() if not n.is_test]
        return max(limits, key=lambda t: TIERS.index(t) if t in TIERS else -1, default="TIER_250")

    def _post(self, waba_id: str, field_name: str, value: dict[str, Any]) -> None:
        dispatcher = self._dispatcher()
        if dispatcher is not None:
            dispatcher.enqueue(waba_id, QueuedChange(waba_id, field_name, value))


def check_pin(pin: Any) -> str:
    pin = str(pin or "")
    if not re.fullmatch(r"\d{6}", pin):
        raise invalid_parameter("Param pin must be a 6-digit number.")
    return pin
