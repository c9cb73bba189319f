"""Send later: a message scheduled for a chosen time, waiting in the outbox until then.

The row is stored ``queued`` at once with ``not_before`` set, so it survives restarts and
goes out through the same sender as any other message (one send, ever, per row). A
free-form message needs the customer's 24-hour window open *at the scheduled time*: when
it will be closed, :func:`advise` says so and offers an approved template instead, with
what it will cost then (the pricing engine's estimate); the outbox refuses a free-form
message scheduled past the window.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.models.change_feed import note_changes
from desktop.models.db import Database
from desktop.models.entities import Contact, Conversation, Message
from desktop.services.bulk.plan import Source, Variable, template_variables
from desktop.services.events import ConversationsChanged, EventHub, MessagesChanged
from desktop.services.inbox import TemplateChoice, sendable_templates
from desktop.services.outbox import Outbox
from desktop.services.pricing.cards import RateBook
from desktop.services.pricing.send_estimate import SendEstimate, estimate_template_send
from desktop.services.templates import render_sample
from desktop.services.templates.model import MessageTemplate
from desktop.services.templates.send_params import SendValues, build_send_components
from desktop.services.window import window_closes_at, window_is_open

_CATEGORY_ORDER = {"UTILITY": 0, "MARKETING": 1}


@dataclass(frozen=True)
class ScheduleAdvice:
    """What sending at ``send_at`` allows: free-form while the window is open, else a template."""

    send_at: int
    window_open: bool  # at send_at
    closes_at: int | None  # when the window closes (None: the customer never wrote)
    template: TemplateChoice | None  # the template to use instead (when closed)
    variables: tuple[Variable, ...] = ()  # the values that template needs
    estimate: SendEstimate | None = None  # what the template will cost at send_at


@dataclass(frozen=True)
class ScheduledMessage:
    message_id: int
    send_at: float
    type: str
    text: str


def _suggest(templates: list[TemplateChoice]) -> TemplateChoice | None:
    """Prefer utility over marketing, then the fewest values to fill."""
    usable = [t for t in templates if t.category.upper() != "AUTHENTICATION"]

    def needs(choice: TemplateChoice) -> int:
        try:
            return len(template_variables(MessageTemplate.from_graph(choice.graph)))
        except ValueError:
            return 99

    usable.sort(key=lambda t: (_CATEGORY_ORDER.get(t.category.upper(), 2), needs(t), t.name))
    return usable[0] if usable else None


def advise(
    session: Session,
    conversation_id: int,
    send_at: int,
    *,
    book: RateBook | None = None,
    template: TemplateChoice | None = None,
) -> ScheduleAdvice:
    """Whether a free-form message can go at ``send_at``; if not, the template and its price.

    ``template`` is the user's own choice among the approved ones (else one is suggested).
    """
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        return ScheduleAdvice(send_at, False, None, None)
    last = conversation.last_inbound_ts
    closes = window_closes_at(last)
    if window_is_open(last, send_at):
        return ScheduleAdvice(send_at, True, closes, None)
    choice = template or _suggest(sendable_templates(session, conversation_id))
    if choice is None:
        return ScheduleAdvice(send_at, False, closes, None)
    contact = session.get(Contact, conversation.contact_id)
    estimate = estimate_template_send(
        now=send_at,
        category=choice.category,
        recipient_wa_id=contact.wa_id if contact is not None else None,
        last_inbound_ts=last,
        book=book,
    )
    variables = tuple(template_variables(MessageTemplate.from_graph(choice.graph)))
    return ScheduleAdvice(send_at, False, closes, choice, variables, estimate)


def template_message(
    choice: TemplateChoice, values: Mapping[str, str]
) -> tuple[dict[str, Any], str]:
    """The send body and readable text of ``choice`` with ``values`` (by variable key).

    Raises :class:`~desktop.services.templates.send_params.SendParamsError` when a value is
    missing or refused by Meta's rules.
    """
    tpl = MessageTemplate.from_graph(choice.graph)
    variables = template_variables(tpl)
    got = {v.key: Source(None, values.get(v.key, "")).value({}) for v in variables}
    keys = [v.key.split(":", 1)[1] for v in variables if v.key.startswith("body:")]
    texts = [got[f"body:{k}"] for k in keys]
    body: list[str] | dict[str, str] = (
        dict(zip(keys, texts, strict=True)) if tpl.is_named else texts
    )
    send_values = SendValues(
        body=body,
        header_text=got.get("header"),
        header_media={"link": got["media"]} if "media" in got else None,
        buttons={int(k.split(":", 1)[1]): v for k, v in got.items() if k.startswith("button:")},
    )
    components = build_send_components(choice.graph, send_values)
    shown = body if any(body.values() if isinstance(body, dict) else body) else None
    text = render_sample(choice.graph, shown, header_value=send_values.header_text).body
    payload = {
        "name": choice.name,
        "language": {"code": choice.language},
        "components": components,
    }
    return payload, text


def scheduled_messages(
    session: Session, conversation_id: int, now: float
) -> list[ScheduledMessage]:
    rows = session.execute(
        select(Message.id, Message.not_before, Message.type, Message.text)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction == "out",
            Message.status == "queued",
            Message.not_before > now,
        )
        .order_by(Message.not_before, Message.id)
    )
    return [
        ScheduledMessage(int(i), float(at or 0), str(kind), text or "")
        for i, at, kind, text in rows
    ]


def cancel_scheduled(session: Session, message_id: int, now: float) -> int | None:
    """Withdraw a message that has not gone yet; returns its conversation (None: too late)."""
    row = session.execute(
        select(Message.conversation_id).where(
            Message.id == message_id,
            Message.status == "queued",
            Message.not_before > now,
            Message.claimed_by.is_(None),
        )
    ).first()
    if row is None:
        return None
    result = session.execute(
        delete(Message).where(
            Message.id == message_id, Message.status == "queued", Message.claimed_by.is_(None)
        )
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        return None
    note_changes(session, [row.conversation_id], [message_id])
    return int(row.conversation_id)


class SendLater:
    """Schedule, list and withdraw messages for later, through the outbox."""

    def __init__(
        self, db: Database, hub: EventHub, outbox: Outbox, clock: Callable[[], float] = time.time
    ) -> None:
        self._db = db
        self._hub = hub
        self._outbox = outbox
        self._clock = clock

    async def advise(
        self,
        conversation_id: int,
        send_at: int,
        book: RateBook | None = None,
        template: TemplateChoice | None = None,
    ) -> ScheduleAdvice:
        return await self._db.run(advise, conversation_id, send_at, book=book, template=template)

    async def templates(self, conversation_id: int) -> list[TemplateChoice]:
        found = await self._db.run(sendable_templates, conversation_id)
        return [t for t in found if t.category.upper() != "AUTHENTICATION"]

    async def schedule_text(self, conversation_id: int, text: str, send_at: float) -> int:
        """Raises :class:`~desktop.services.outbox.OutboxRefused` when the window is closed then."""
        return await self._outbox.enqueue(
            conversation_id,
            "text",
            {"body": text, "preview_url": "http" in text},
            not_before=send_at,
        )

    async def schedule_template(
        self,
        conversation_id: int,
        choice: TemplateChoice,
        values: Mapping[str, str],
        send_at: float,
    ) -> int:
        payload, text = template_message(choice, values)
        return await self._outbox.enqueue(
            conversation_id, "template", payload, text=text or None, not_before=send_at
        )

    async def scheduled(self, conversation_id: int) -> list[ScheduledMessage]:
        return await self._db.run(scheduled_messages, conversation_id, self._clock())

    async def cancel(self, message_id: int) -> bool:
        conversation_id = await self._db.run(cancel_scheduled, message_id, self._clock())
        if conversation_id is None:
            return False
        self._hub.publish(MessagesChanged(frozenset({conversation_id}), frozenset({message_id})))
        self._hub.publish(ConversationsChanged(frozenset({conversation_id})))
        return True
