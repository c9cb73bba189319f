"""What happens in the sandbox's world: sends, statuses, inbound messages, reviews, customers.

The HTTP layer (``server.py``) validates requests and calls in here; everything that Meta
does later (status webhooks, template review, customers reading and answering) is a
background task of :class:`Simulation`, with delays taken from its settings.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import phonenumbers

from desktop.sandbox import payloads
from desktop.sandbox.customer_phrases import ANSWERS, CAPTIONS, OPENERS
from desktop.sandbox.errors import SandboxError, webhook_error
from desktop.sandbox.media_samples import SAMPLE_MEDIA, sample_bytes
from desktop.sandbox.send_validation import BSUID_RE
from desktop.sandbox.state import (
    WINDOW_SECONDS,
    Customer,
    IdSource,
    InboundMessage,
    Media,
    OutboundMessage,
    PhoneNumber,
    SandboxWorld,
    Template,
)
from desktop.sandbox.template_review import review
from desktop.sandbox.webhook_delivery import QueuedChange, WebhookDispatcher
from desktop.services.pricing.eras import PMP_2026_10, era_on

log = logging.getLogger(__name__)

INBOUND_TYPES = (
    "text",
    "image",
    "video",
    "audio",
    "document",
    "sticker",
    "location",
    "contacts",
    "reaction",
    "interactive",
    "button",
    "order",
    "system",
    "unsupported",
    "edit",
    "revoke",
)

#: How often a simulated customer writes each type (the rest of the time: text), so a new
#: user sees every kind of message Meta sends within a session.
TYPE_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("image", 0.05),
    ("audio", 0.04),
    ("location", 0.03),
    ("reaction", 0.04),
    ("sticker", 0.03),
    ("video", 0.02),
    ("document", 0.02),
    ("contacts", 0.02),
    ("interactive", 0.04),
    ("order", 0.02),
    ("edit", 0.03),
    ("revoke", 0.02),
    ("unsupported", 0.01),
    ("system", 0.002),
    ("echo", 0.02),
    ("user_preferences", 0.01),
)


def meta_pricing_type(day: date, category: str, *, in_window: bool, allowance_left: bool) -> str:
    """``pricing.type`` of a message sent on ``day`` (UTC), as Meta bills it then:
    July 2025 - September 2026 service replies and in-window utility templates are free;
    from October 2026 both are charged, service replies after the number's monthly free
    allowance (the 1,000 our engine assumes, so reconciliation agrees)."""
    charged_era = era_on(day) == PMP_2026_10
    if category == "service":
        return "regular" if charged_era and not allowance_left else "free_customer_service"
    if category == "utility" and in_window and not charged_era:
        return "free_customer_service"
    return "regular"


@dataclass
class Timing:
    customer_interval: float
    review_delay: float
    status_delay: float
    read_delay: float


class Simulation:
    def __init__(
        self,
        world: SandboxWorld,
        ids: IdSource,
        rng: random.Random,
        dispatcher: WebhookDispatcher,
        timing: Timing,
        *,
        simulate_customers: bool,
    ) -> None:
        self.world = world
        self.ids = ids
        self.rng = rng
        self.dispatcher = dispatcher
        self.timing = timing
        self.simulate_customers = simulate_customers
        self.customers_paused = False
        self.turns_paused = 0
        self._tasks: set[asyncio.Task[Any]] = set()
        self._writer: asyncio.Task[None] | None = None
        self.base_url = ""
        # Each customer's latest text per number: what an edit or a revoke changes.
        self._last_said: dict[tuple[str, str], str] = {}

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        for template in self.world.templates.values():
            if template.status == "PENDING":
                self.schedule_review(template)
        if self.simulate_customers:
            self._writer = asyncio.get_running_loop().create_task(self._customers_write())

    async def stop(self) -> None:
        if self._writer is not None:
            self._writer.cancel()
        tasks = [*self._tasks, *([self._writer] if self._writer else [])]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("sandbox task failed", exc_info=task.exception())

    # -- webhooks ------------------------------------------------------------------------

    def post_messages_change(self, number: PhoneNumber, value: dict[str, Any]) -> None:
        self.dispatcher.enqueue(number.id, QueuedChange(number.waba_id, "messages", value))

    def post_messages_change_field(
        self, number: PhoneNumber, field: str, value: dict[str, Any]
    ) -> None:
        self.dispatcher.enqueue(number.id, QueuedChange(number.waba_id, field, value))

    def post_template_status(
        self, template: Template, event: str, reason: str, info: dict[str, str] | None
    ) -> None:
        value = payloads.template_status_value(template, event, reason, info)
        self.dispatcher.enqueue(
            f"waba:{template.waba_id}",
            QueuedChange(template.waba_id, "message_template_status_update", value),
        )

    # -- outbound ------------------------------------------------------------------------

    def record_send(
        self,
        number: PhoneNumber,
        recipient: str,
        msg_type: str,
        body: dict[str, Any],
        template: Template | None,
    ) -> OutboundMessage:
        """Accept a validated send and schedule its statuses; returns the stored message."""
        now = time.time()
        customer = self.world.find_customer(recipient)
        key = customer.user_id if customer else recipient
        # Meta leaves recipient_id empty for a customer known only by BSUID.
        recipient_id = (customer.wa_id or "") if customer is not None else recipient
        window = self.world.window_open(number.id, key, now)
        failure = None
        if template is None:
            category = "service"
            if not window:
                failure = webhook_error(
                    131047,
                    "Re-engagement message",
                    "Message failed to send because more than 24 hours have passed since the "
                    "customer last replied to this number.",
                )
            if msg_type == "reaction":
                target = str(body.get("reaction", {}).get("message_id", ""))
                if target not in self.world.inbound:
                    failure = webhook_error(
                        131009,
                        "Parameter value is not valid",
                        f"Message {target} can't be reacted to: it is unknown, too old or "
                        "itself a reaction.",
                    )
        else:
            category = template.category.lower()
        if recipient in self.world.unreachable:
            failure = webhook_error(
                131026,
                "Message undeliverable",
                "Message undeliverable: the recipient is not on WhatsApp or cannot receive "
                "this message.",
            )
        pricing_type = meta_pricing_type(
            datetime.fromtimestamp(now, UTC).date(),
            category,
            in_window=window,
            allowance_left=failure is None
            and template is None
            and self.world.take_service_allowance(number.id, now),
        )
        message = OutboundMessage(
            wamid=self.ids.wamid(number.digits),
            phone_number_id=number.id,
            customer_key=key,
            recipient_id=recipient_id,
            type=msg_type,
            body=body,
            category=category,
            pricing_type=pricing_type,
            failure=failure,
            biz_opaque_callback_data=body.get("biz_opaque_callback_data"),
            recipient_user_id=customer.user_id if customer else None,
        )
        self.world.outbound[message.wamid] = message
        self.world.last_outbound[(number.id, key)] = message.wamid
        self.spawn(self._statuses(number, message, customer))
        return message

    async def _statuses(
        self, number: PhoneNumber, message: OutboundMessage, customer: Customer | None
    ) -> None:
        await asyncio.sleep(self.timing.status_delay)
        if message.failure is not None:
            self.post_messages_change(
                number, payloads.status_value(number, message, "failed", int(time.time()))
            )
            return
        conversation_id = self.ids.hex_id()
        sent_at = int(time.time())
        conversation = {
            "id": conversation_id,
            "expiration_timestamp": str(sent_at + WINDOW_SECONDS),
            "origin": {"type": message.category},
        }
        self.post_messages_change(
            number,
            payloads.status_value(
                number, message, "sent", sent_at, conversation=conversation, with_pricing=True
            ),
        )
        if message.type == "reaction":
            return
        await asyncio.sleep(self.timing.status_delay)
        message.delivered_at = int(time.time())
        self.post_messages_change(
            number,
            payloads.status_value(
                number,
                message,
                "delivered",
                message.delivered_at,
                conversation={"id": conversation_id, "origin": {"type": message.category}},
                with_pricing=True,
            ),
        )
        if customer is None:
            return
        await asyncio.sleep(self.timing.read_delay)
        self.post_messages_change(
            number, payloads.status_value(number, message, "read", int(time.time()))
        )
        if self.simulate_customers and not self.customers_paused and self.rng.random() < 0.6:
            await asyncio.sleep(self.timing.read_delay)
            if not self.customers_paused:
                await self._answer(number, customer, message)

    async def _answer(
        self, number: PhoneNumber, customer: Customer, message: OutboundMessage
    ) -> None:
        context = {"from": number.digits, "id": message.wamid}
        interactive = message.body.get("interactive") or {}
        if message.type == "interactive" and interactive.get("type") == "button":
            button = self.rng.choice(interactive["action"]["buttons"])["reply"]
            payload = {
                "type": "button_reply",
                "button_reply": {"id": button["id"], "title": button["title"]},
                "context": context,
            }
            await self.customer_says(
                number.id, customer.user_id, type="interactive", payload=payload
            )
            return
        if message.type == "interactive" and interactive.get("type") == "list":
            rows = [r for s in interactive["action"]["sections"] for r in s.get("rows", [])]
            row = self.rng.choice(rows)
            reply = {"id": row["id"], "title": row["title"]}
            if row.get("description"):
                reply["description"] = row["description"]
            payload = {"type": "list_reply", "list_reply": reply, "context": context}
            await self.customer_says(
                number.id, customer.user_id, type="interactive", payload=payload
            )
            return
        if message.type == "template":
            template = self._template_for(number, message.body.get("template") or {})
            quick = [
                b["text"]
                for c in (template.components if template else [])
                if c.get("type") == "BUTTONS"
                for b in c.get("buttons", [])
                if b.get("type") == "QUICK_REPLY"
            ]
            if quick and self.rng.random() < 0.5:
                text = self.rng.choice(quick)
                payload = {"payload": text, "text": text, "context": context}
                await self.customer_says(
                    number.id, customer.user_id, type="button", payload=payload
                )
                return
        text = self.rng.choice(ANSWERS.get(customer.language, ANSWERS["en"]))
        await self.customer_says(number.id, customer.user_id, text)

    def _template_for(self, number: PhoneNumber, spec: dict[str, Any]) -> Template | None:
        lang = (spec.get("language") or {}).get("code")
        for template in self.world.templates.values():
            if (
                template.waba_id == number.waba_id
                and template.name == spec.get("name")
                and template.language == lang
            ):
                return template
        return None

    # -- inbound -------------------------------------------------------------------------

    def customer_for(self, sender: str, number: PhoneNumber) -> Customer:
        customer = self.world.find_customer(sender)
        if customer is not None:
            return customer
        if BSUID_RE.match(sender):
            customer = Customer(
                user_id=sender,
                name=sender,
                wa_id=None,
                home_number_id=number.id,
                country_code=sender.split(".", 1)[0],
                simulated=False,
            )
            self.world.customers[customer.user_id] = customer
            return customer
        digits = "".join(ch for ch in sender if ch.isdigit())
        if not 6 <= len(digits) <= 15:
            raise SandboxError(
                f"Unknown customer '{sender}': give a seeded wa_id or user_id, a BSUID like "
                "US.1234567890, or a full phone number with country code."
            )
        region = _region_of(digits)
        customer = Customer(
            user_id=f"{region}.{int(digits) * 7919 % 10**16:016d}",
            name=f"+{digits}",
            wa_id=digits,
            home_number_id=number.id,
            country_code=region,
            simulated=False,
        )
        self.world.customers[customer.user_id] = customer
        return customer

    def _media_content(
        self, kind: str, number: PhoneNumber, extra: dict[str, Any]
    ) -> dict[str, Any]:
        mime, filename = SAMPLE_MEDIA[kind]
        media = Media(
            id=self.ids.graph_id("9"),
            mime_type=mime,
            data=sample_bytes(kind),
            phone_number_id=number.id,
            filename=filename,
        )
        self.world.media[media.id] = media
        content: dict[str, Any] = {
            "mime_type": mime,
            "sha256": media.sha256,
            "id": media.id,
            "url": media_url(self.base_url, media.id),
        }
        if kind == "document":
            content["filename"] = filename
        if kind == "audio":
            content["voice"] = True
        if kind == "sticker":
            content["animated"] = False
        content.update(extra)
        return content

    def _default_content(
        self, msg_type: str, number: PhoneNumber, customer: Customer, text: str | None
    ) -> Any:
        lang = customer.language
        last_out = self._last_outbound(number.id, customer.user_id)
        if msg_type == "text":
            return {"body": text or self.rng.choice(OPENERS.get(lang, OPENERS["en"]))}
        if msg_type in SAMPLE_MEDIA:
            extra = {}
            if msg_type in ("image", "video", "document") and (text or msg_type == "image"):
                extra["caption"] = text or CAPTIONS.get(lang, CAPTIONS["en"])
            return self._media_content(msg_type, number, extra)
        if msg_type == "location":
            if lang == "ja":
                return {
                    "latitude": 35.681236,
                    "longitude": 139.767125,
                    "name": "東京駅",
                    "address": "東京都千代田区丸の内1丁目",
                }
            return {
                "latitude": 37.44216,
                "longitude": -122.16199,
                "name": "Philz Coffee",
                "address": "101 Forest Ave, Palo Alto, CA 94301",
            }
        if msg_type == "contacts":
            return [
                {
                    "name": {
                        "formatted_name": "Lucía Gómez",
                        "first_name": "Lucía",
                        "last_name": "Gómez",
                    },
                    "phones": [
                        {"phone": "+1 (983) 555-2319", "wa_id": "19835552319", "type": "MOBILE"},
                        {"phone": "+1 (983) 555-0100", "type": "WORK"},
                    ],
                    "emails": [{"email": "lucia@example.com", "type": "WORK"}],
                }
            ]
        if msg_type == "reaction":
            return {"message_id": last_out or "", "emoji": "👍"}
        if msg_type == "interactive":
            return self._interactive_reply(lang)
        if msg_type in ("edit", "revoke"):
            original = self._last_said.get((number.id, customer.user_id))
            if msg_type == "revoke":
                return {"original_message_id": original or ""}
            fixed = text or self.rng.choice(OPENERS.get(lang, OPENERS["en"]))
            return {
                "original_message_id": original or "",
                "message": {"type": "text", "text": {"body": fixed}},
            }
        if msg_type == "button":
            return {"payload": "Stop updates", "text": "Stop updates"}
        if msg_type == "order":
            return {
                "catalog_id": "1537209433764821",
                "text": text or "",
                "product_items": [
                    {
                        "product_retailer_id": "di9ozbzfi4",
                        "quantity": 2,
                        "item_price": 30,
                        "currency": "USD",
                    }
                ],
            }
        if msg_type == "system":
            old = customer.wa_id or ""
            new_id = self._new_number(old)
            return {
                "body": f"User {customer.name} changed from {old} to {new_id}",
                "wa_id": new_id,
                "type": "user_changed_number",
            }
        return None  # unsupported

    def _interactive_reply(self, lang: str) -> dict[str, Any]:
        """A reply to an interactive message, as each kind arrives from Meta."""
        kind = self.rng.choice(["button_reply", "list_reply", "nfm_reply", "call_permission_reply"])
        if kind == "button_reply":
            return {"type": kind, kind: {"id": "yes", "title": "はい" if lang == "ja" else "Yes"}}
        if kind == "list_reply":
            return {
                "type": kind,
                kind: {
                    "id": "priority_express",
                    "title": "Priority Mail Express",
                    "description": "Next Day to 2 Days",
                },
            }
        if kind == "nfm_reply":
            answers = {
                "flow_token": self.ids.hex_id(),
                "delivery_date": date.today().isoformat(),
                "size": self.rng.choice(["S", "M", "L"]),
                "gift_wrap": self.rng.random() < 0.5,
            }
            return {
                "type": kind,
                kind: {"response_json": json.dumps(answers), "body": "Sent", "name": "flow"},
            }
        return {
            "type": kind,
            kind: {
                "response": "accept" if self.rng.random() < 0.7 else "reject",
                "is_permanent": False,
                "expiration_timestamp": int(time.time()) + 7 * 86400,
                "response_source": "user_action",
            },
        }

    def _new_number(self, old: str) -> str:
        """A free phone number in the same country as ``old`` (for a number change)."""
        while True:
            tail = f"{self.rng.randrange(10**6):06d}"
            candidate = (old[:-6] if len(old) > 8 else "1650555") + tail
            if candidate != old and self.world.find_customer(candidate) is None:
                return candidate

    def _last_outbound(self, phone_number_id: str, key: str) -> str | None:
        return self.world.last_outbound.get((phone_number_id, key))

    async def customer_says(
        self,
        phone_number_id: str,
        sender: str,
        text: str | None = None,
        *,
        type: str = "text",
        payload: dict[str, Any] | list[Any] | None = None,
    ) -> str:
        number = self.world.numbers.get(phone_number_id)
        if number is None:
            raise SandboxError(f"Unknown phone number id '{phone_number_id}'.")
        if type not in INBOUND_TYPES:
            raise SandboxError(
                f"Unknown inbound type '{type}': use one of {', '.join(INBOUND_TYPES)}."
            )
        customer = self.customer_for(sender, number)
        top: dict[str, Any] = {}
        content: Any
        if isinstance(payload, list):
            content = payload
        else:
            extra = dict(payload or {})
            for key in ("context", "referral"):
                if key in extra:
                    top[key] = extra.pop(key)
            content = self._default_content(type, number, customer, text)
            if isinstance(content, dict):
                content.update(extra)
            elif extra:
                content = extra
        now = time.time()
        wamid = self.ids.wamid(customer.wa_id or number.digits)
        message = payloads.inbound_message(customer, wamid, int(now), type, content)
        message.update(top)
        self.world.inbound[wamid] = InboundMessage(wamid, number.id, customer.user_id, now)
        if type not in ("system", "unsupported", "edit", "revoke"):
            self.world.last_inbound[(number.id, customer.user_id)] = now
        if type == "text":
            self._last_said[(number.id, customer.user_id)] = wamid
        self.post_messages_change(number, payloads.inbound_value(number, customer, message))
        changed = isinstance(content, dict) and content.get("type") == "user_changed_number"
        if type == "system" and changed and content.get("wa_id"):
            customer.wa_id = str(content["wa_id"])  # Meta names them by the new number now
        return wamid

    def business_types_on_phone(self, number: PhoneNumber, customer: Customer, text: str) -> str:
        """The shop answered from the WhatsApp Business app (a coexistence echo)."""
        wamid = self.ids.wamid(number.digits)
        self.post_messages_change_field(
            number,
            "smb_message_echoes",
            payloads.echo_value(number, customer, wamid, int(time.time()), text),
        )
        return wamid

    def customer_chooses_marketing(
        self, number: PhoneNumber, customer: Customer, stop: bool
    ) -> None:
        """The customer stopped (or resumed) marketing messages in WhatsApp."""
        value = payloads.preferences_value(
            number, customer, "stop" if stop else "resume", int(time.time())
        )
        self.post_messages_change_field(number, "user_preferences", value)

    async def _customers_write(self) -> None:
        # The first customer writes within seconds, so a new user sees the inbox come alive.
        first = True
        while True:
            interval = self.timing.customer_interval
            delay = interval * self.rng.uniform(0.5, 1.5)
            await asyncio.sleep(min(delay, 3.0) if first else delay)
            first = False
            if self.customers_paused:
                self.turns_paused += 1  # tests see the loop ran while nobody wrote
                continue
            candidates = [c for c in self.world.customers.values() if c.simulated]
            if not candidates:
                continue
            customer = self.rng.choice(candidates)
            msg_type = self._next_type(customer)
            try:
                await self._customer_acts(customer, msg_type)
            except SandboxError as exc:  # pragma: no cover - seeded data is consistent
                log.warning("simulated customer could not write: %s", exc)

    def _next_type(self, customer: Customer) -> str:
        """Mostly text; now and then every other kind of message Meta delivers."""
        roll = self.rng.random()
        kind = "text"
        for candidate, weight in TYPE_WEIGHTS:
            if roll < weight:
                kind = candidate
                break
            roll -= weight
        key = (customer.home_number_id, customer.user_id)
        if kind == "reaction" and not self._last_outbound(*key):
            return "text"
        if kind in ("edit", "revoke") and key not in self._last_said:
            return "text"
        return kind

    async def _customer_acts(self, customer: Customer, kind: str) -> None:
        number = self.world.numbers[customer.home_number_id]
        if kind == "echo":
            text = self.rng.choice(ANSWERS.get(customer.language, ANSWERS["en"]))
            self.business_types_on_phone(number, customer, text)
            return
        if kind == "user_preferences":
            self.customer_chooses_marketing(number, customer, stop=self.rng.random() < 0.5)
            return
        await self.customer_says(customer.home_number_id, customer.user_id, type=kind)
        if kind == "revoke":
            self._last_said.pop((number.id, customer.user_id), None)

    # -- templates -----------------------------------------------------------------------

    def schedule_review(self, template: Template) -> None:
        template.review_generation += 1
        self.spawn(self._review(template, template.review_generation))

    async def _review(self, template: Template, generation: int) -> None:
        await asyncio.sleep(self.timing.review_delay)
        if template.review_generation != generation or template.id not in self.world.templates:
            return
        if template.status != "PENDING":
            return
        outcome = review(template.category, template.components)
        template.status = outcome.status
        template.rejected_reason = outcome.reason
        self.post_template_status(template, outcome.status, outcome.reason, outcome.rejection_info)


def _region_of(digits: str) -> str:
    try:
        parsed = phonenumbers.parse("+" + digits)
    except phonenumbers.NumberParseException:
        return "US"
    region = phonenumbers.region_code_for_country_code(parsed.country_code or 0)
    return region if region and region != "ZZ" else "US"


def media_url(base_url: str, media_id: str) -> str:
    return f"{base_url}/whatsapp_business/attachments/?mid={media_id}&source=getMedia"
