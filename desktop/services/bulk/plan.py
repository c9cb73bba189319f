"""Check every row of a bulk send before anything is sent, and price the whole job.

Pure checks on the DB thread: each recipient's number is parsed with ``phonenumbers`` (any
common format; a number without ``+`` is read in the sending number's country), each
template variable must get a value, a number given twice is sent once (to its first row),
and a contact who stopped marketing messages is skipped for a MARKETING template. Every
problem is a :class:`Phrase`, shown next to its row in the user's language.

The cost is the pricing engine's estimate per recipient (``send_estimate``), summed; the
messaging-limit figure compares the portfolio's tier with the unique customers reached by
templates in the last 24 hours plus the new ones of this job.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import phonenumbers
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models.entities import (
    Business,
    Contact,
    Conversation,
    ConversationLabel,
    Message,
    PhoneNumber,
    Template,
    Waba,
)
from desktop.services.bulk.csv_import import CsvTable
from desktop.services.inbox import TemplateChoice, contact_display_name, template_graph
from desktop.services.numbers.click_to_chat import region_of
from desktop.services.pricing.cards import RateBook
from desktop.services.pricing.send_estimate import SendEstimate, estimate_template_send
from desktop.services.templates import render_sample
from desktop.services.templates.model import MessageTemplate
from desktop.services.templates.send_params import (
    SendParamsError,
    SendValues,
    build_send_components,
)
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase
from desktop.services.window import window_is_open

CONTEXT = "BulkPlan"
DAY = 24 * 3600
_MEDIA = ("IMAGE", "VIDEO", "DOCUMENT", "GIF")
# Contact fields a variable can take when recipients come from the inbox (not a CSV).
FIELD_NAME = "name"
FIELD_FIRST_NAME = "first_name"
FIELD_NUMBER = "number"
CONTACT_FIELDS = (FIELD_NAME, FIELD_FIRST_NAME, FIELD_NUMBER)
TIER_LIMITS = {
    "TIER_50": 50,
    "TIER_250": 250,
    "TIER_1K": 1_000,
    "TIER_2K": 2_000,
    "TIER_10K": 10_000,
    "TIER_100K": 100_000,
    "TIER_UNLIMITED": None,
}


def _phrase(source: str, **args: Any) -> Phrase:
    return Phrase(CONTEXT, source, args)


# -- the template's variables ---------------------------------------------------------------
@dataclass(frozen=True)
class Variable:
    """A value the template needs.

    ``key`` is ``header``, ``media`` (a header's media link), ``body:<k>`` or ``button:<i>``.
    """

    key: str
    label: str  # what the form shows: {{1}}, {{first_name}}, or a described field
    label_phrase: Phrase | None = None  # when the label is a sentence to translate


def template_variables(template: MessageTemplate) -> list[Variable]:
    """The values a send of ``template`` needs, in the order the form lists them."""
    found: list[Variable] = []
    header = template.header
    if header is not None:
        fmt = (header.format or "TEXT").upper()
        if fmt == "TEXT" and header.variables:
            phrase = _phrase(QT_TRANSLATE_NOOP("BulkPlan", "Header value"))
            found.append(Variable("header", phrase.source, phrase))
        elif fmt in _MEDIA:
            phrase = _phrase(
                QT_TRANSLATE_NOOP("BulkPlan", "Header {kind} link (https)"), kind=fmt.lower()
            )
            found.append(Variable("media", phrase.render(), phrase))
    body = template.body
    for key in body.variables if body is not None else []:
        found.append(Variable(f"body:{key}", "{{" + key + "}}"))
    for index, button in enumerate(template.buttons):
        kind = button.type.upper()
        if kind == "URL" and button.url_variables:
            phrase = _phrase(
                QT_TRANSLATE_NOOP("BulkPlan", "“{label}” link ending"), label=button.text or ""
            )
            found.append(Variable(f"button:{index}", phrase.render(), phrase))
        elif kind == "COPY_CODE":
            phrase = _phrase(QT_TRANSLATE_NOOP("BulkPlan", "Offer code"))
            found.append(Variable(f"button:{index}", phrase.source, phrase))
    return found


@dataclass(frozen=True)
class Source:
    """Where a variable's value comes from: a column (CSV column or contact field), or text."""

    column: str | None = None
    text: str = ""

    def value(self, cells: Mapping[str, str]) -> str:
        return cells.get(self.column, "") if self.column is not None else self.text


def guess_mapping(variables: Sequence[Variable], columns: Sequence[str]) -> dict[str, Source]:
    """A first mapping: a column named like the variable, else the columns in order."""
    mapping: dict[str, Source] = {}
    by_name = {c.casefold(): c for c in columns}
    free = list(columns)
    for variable in variables:
        name = variable.key.split(":", 1)[-1].casefold()
        column = by_name.get(name)
        if column is not None:
            mapping[variable.key] = Source(column)
            if column in free:
                free.remove(column)
    for variable in variables:
        if variable.key not in mapping and free:
            mapping[variable.key] = Source(free.pop(0))
    return mapping


def bulk_templates(session: Session, phone_number_id: str) -> list[TemplateChoice]:
    """The number's account's APPROVED templates a bulk send may use (not one-time codes)."""
    number = session.get(PhoneNumber, phone_number_id)
    if number is None or number.waba_id is None:
        return []
    rows = session.scalars(
        select(Template)
        .where(
            Template.waba_id == number.waba_id,
            Template.status == "APPROVED",
            func.upper(Template.category) != "AUTHENTICATION",
        )
        .order_by(Template.name, Template.language)
    )
    return [TemplateChoice(t.id, t.name, t.language, t.category, template_graph(t)) for t in rows]


# -- recipients -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Recipient:
    position: int  # the CSV line, or the place in the list
    number: str  # as given
    name: str
    cells: Mapping[str, str]
    problem: Phrase | None = None  # the CSV line itself could not be read


def recipients_from_csv(
    table: CsvTable, number_column: str, name_column: str | None
) -> list[Recipient]:
    return [
        Recipient(
            row.line,
            row.cells.get(number_column, ""),
            row.cells.get(name_column, "") if name_column else "",
            row.cells,
            row.problem,
        )
        for row in table.rows
    ]


def recipients_from_inbox(
    session: Session, phone_number_id: str, label_id: int | None
) -> list[Recipient]:
    """The contacts of this number's conversations (with ``label_id`` when given)."""
    query = (
        select(Contact)
        .join(Conversation, Conversation.contact_id == Contact.id)
        .where(Conversation.phone_number_id == phone_number_id)
        .order_by(Conversation.id)
    )
    if label_id is not None:
        query = query.join(
            ConversationLabel, ConversationLabel.conversation_id == Conversation.id
        ).where(ConversationLabel.label_id == label_id)
    found: list[Recipient] = []
    for place, contact in enumerate(session.scalars(query), start=1):
        name = contact_display_name(contact) if (contact.local_name or contact.profile_name) else ""
        number = "+" + contact.wa_id if contact.wa_id else ""
        cells = {
            FIELD_NAME: name,
            FIELD_FIRST_NAME: name.split()[0] if name.split() else "",
            FIELD_NUMBER: number,
        }
        problem = None
        if not contact.wa_id:
            problem = _phrase(
                QT_TRANSLATE_NOOP(
                    "BulkPlan",
                    "Known only by username ({username}): a bulk send needs a phone number.",
                ),
                username=contact.username or contact.user_id or "",
            )
        found.append(Recipient(place, number, name, cells, problem))
    return found


# -- the check --------------------------------------------------------------------------------
@dataclass(frozen=True)
class RowCheck:
    position: int
    number: str  # as given
    wa_id: str | None  # digits with country code, when the number is valid
    name: str
    problems: tuple[Phrase, ...]
    opted_out: bool
    components: list[dict[str, Any]] = field(default_factory=list)
    text: str = ""  # the rendered body
    body_values: list[str] | dict[str, str] | None = None
    header_value: str | None = None
    estimate: SendEstimate | None = None

    @property
    def sendable(self) -> bool:
        return not self.problems and not self.opted_out


@dataclass(frozen=True)
class CostTotal:
    amounts: dict[str, Decimal]  # currency → total
    charged: int
    free: int
    unknown: int  # rows whose cost cannot be estimated (unknown market, no card)


@dataclass(frozen=True)
class TierUse:
    """The messaging limit this job uses: unique customers reached outside their window."""

    tier: str | None  # Meta's name, e.g. TIER_2K (None: not known)
    limit: int | None  # None: unlimited or not known
    used_24h: int  # unique customers reached by templates in the last 24 hours
    new_in_job: int  # this job's recipients outside their window, not among those

    @property
    def over(self) -> bool:
        return self.limit is not None and self.used_24h + self.new_in_job > self.limit


@dataclass(frozen=True)
class BulkPlan:
    phone_number_id: str
    template: TemplateChoice
    source: str
    rows: list[RowCheck]
    cost: CostTotal
    tier: TierUse

    @property
    def sendable(self) -> list[RowCheck]:
        return [r for r in self.rows if r.sendable]

    @property
    def with_problems(self) -> list[RowCheck]:
        return [r for r in self.rows if r.problems]

    @property
    def opted_out(self) -> list[RowCheck]:
        return [r for r in self.rows if r.opted_out and not r.problems]


def parse_number(text: str, default_region: str | None) -> str | None:
    """``+81 90-1234-5601``, ``090 1234 5601`` (in Japan), ``0081…`` → ``819012345601``."""
    raw = text.strip()
    if not raw:
        return None
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    try:
        parsed = phonenumbers.parse(raw, None if raw.startswith("+") else default_region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return f"{parsed.country_code}{parsed.national_number}"


def _values(
    template: MessageTemplate,
    variables: Sequence[Variable],
    mapping: Mapping[str, Source],
    cells: Mapping[str, str],
) -> tuple[SendValues, list[str] | dict[str, str], list[Phrase]]:
    missing: list[Phrase] = []
    got: dict[str, str] = {}
    for variable in variables:
        source = mapping.get(variable.key)
        value = source.value(cells).strip() if source is not None else ""
        got[variable.key] = value
        if value:
            continue
        shown = variable.label_phrase.render() if variable.label_phrase else variable.label
        if source is not None and source.column is not None:
            missing.append(
                _phrase(
                    QT_TRANSLATE_NOOP("BulkPlan", "No value for {variable}: “{column}” is empty."),
                    variable=shown,
                    column=source.column,
                )
            )
        else:
            missing.append(
                _phrase(QT_TRANSLATE_NOOP("BulkPlan", "No value for {variable}."), variable=shown)
            )
    keys = [v.key.split(":", 1)[1] for v in variables if v.key.startswith("body:")]
    texts = [got[f"body:{k}"] for k in keys]
    body: list[str] | dict[str, str] = (
        dict(zip(keys, texts, strict=True)) if template.is_named else texts
    )
    values = SendValues(
        body=body,
        header_text=got.get("header"),
        header_media={"link": got["media"]} if "media" in got else None,
        buttons={int(k.split(":", 1)[1]): v for k, v in got.items() if k.startswith("button:")},
    )
    return values, body, missing


def _chunks(items: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def check_rows(
    session: Session,
    phone_number_id: str,
    template: TemplateChoice,
    recipients: Sequence[Recipient],
    mapping: Mapping[str, Source],
    *,
    now: int,
    book: RateBook | None,
    source: str = "",
) -> BulkPlan:
    """Every row checked, priced and counted against the messaging limit."""
    number = session.get(PhoneNumber, phone_number_id)
    own_digits = "".join(
        ch for ch in (number.display_phone_number if number else "") if ch.isdigit()
    )
    region = region_of(own_digits) if own_digits else None
    tpl = MessageTemplate.from_graph(template.graph)
    variables = template_variables(tpl)
    marketing = template.category.upper() == "MARKETING"

    parsed = [parse_number(r.number, region) for r in recipients]
    wa_ids = sorted({w for w in parsed if w})
    contacts: dict[str, tuple[int, bool]] = {}  # wa_id → (contact id, opted out)
    for chunk in _chunks(wa_ids):
        for cid, wa_id, opt_out in session.execute(
            select(Contact.id, Contact.wa_id, Contact.marketing_opt_out).where(
                Contact.wa_id.in_(chunk)
            )
        ):
            contacts[str(wa_id)] = (int(cid), bool(opt_out))
    inbound: dict[int, int | None] = {}
    ids = [c for c, _ in contacts.values()]
    for start in range(0, len(ids), 500):
        for cid, last in session.execute(
            select(Conversation.contact_id, Conversation.last_inbound_ts).where(
                Conversation.phone_number_id == phone_number_id,
                Conversation.contact_id.in_(ids[start : start + 500]),
            )
        ):
            inbound[int(cid)] = last if isinstance(last, int) else None

    first_row: dict[str, int] = {}
    estimates: dict[tuple[str, bool], SendEstimate | None] = {}
    rows: list[RowCheck] = []
    for recipient, wa_id in zip(recipients, parsed, strict=True):
        problems: list[Phrase] = []
        if recipient.problem is not None:
            problems.append(recipient.problem)
        if not recipient.number.strip():
            problems.append(_phrase(QT_TRANSLATE_NOOP("BulkPlan", "No phone number.")))
        elif wa_id is None:
            problems.append(
                _phrase(
                    QT_TRANSLATE_NOOP(
                        "BulkPlan",
                        "“{number}” is not a valid phone number. Write it with the country "
                        "code, for example +81 90 1234 5678.",
                    ),
                    number=recipient.number.strip()[:40],
                )
            )
        elif wa_id == own_digits:
            problems.append(
                _phrase(QT_TRANSLATE_NOOP("BulkPlan", "This is the sending number itself."))
            )
        elif wa_id in first_row:
            problems.append(
                _phrase(
                    QT_TRANSLATE_NOOP(
                        "BulkPlan", "Same number as row {row}: it is sent once, to that row."
                    ),
                    row=first_row[wa_id],
                )
            )
        if wa_id and wa_id not in first_row:
            first_row[wa_id] = recipient.position
        values, body, missing = _values(tpl, variables, mapping, recipient.cells)
        problems += missing
        components: list[dict[str, Any]] = []
        if not missing:
            try:
                components = build_send_components(template.graph, values)
            except SendParamsError as exc:
                problems += [p.phrase for p in exc.problems if p.phrase is not None]
        shown_body = body if any(body.values() if isinstance(body, dict) else body) else None
        text = render_sample(template.graph, shown_body, header_value=values.header_text).body
        contact = contacts.get(wa_id or "")
        opted_out = bool(marketing and contact is not None and contact[1])
        estimate = None
        if wa_id and not problems and not opted_out:
            last = inbound.get(contact[0]) if contact is not None else None
            open_now = window_is_open(last, now)
            key = (wa_id[:4] if not open_now else wa_id, open_now)
            if key not in estimates:
                estimates[key] = estimate_template_send(
                    now=now,
                    category=template.category,
                    recipient_wa_id=wa_id,
                    last_inbound_ts=last,
                    book=book,
                )
            estimate = estimates[key]
        rows.append(
            RowCheck(
                recipient.position,
                recipient.number,
                wa_id,
                recipient.name,
                tuple(problems),
                opted_out,
                components,
                text,
                shown_body,
                values.header_text,
                estimate,
            )
        )
    sendable = [r for r in rows if r.sendable]
    return BulkPlan(
        phone_number_id,
        template,
        source,
        rows,
        _total(sendable),
        _tier_use(session, number, sendable, contacts, inbound, now),
    )


def _total(rows: Sequence[RowCheck]) -> CostTotal:
    amounts: dict[str, Decimal] = {}
    charged = free = unknown = 0
    for row in rows:
        estimate = row.estimate
        if estimate is None:
            unknown += 1
        elif estimate.charged:
            charged += 1
            amounts[estimate.currency] = (
                amounts.get(estimate.currency, Decimal(0)) + estimate.amount
            )
        else:
            free += 1
    return CostTotal(amounts, charged, free, unknown)


def _tier_use(
    session: Session,
    number: PhoneNumber | None,
    rows: Sequence[RowCheck],
    contacts: Mapping[str, tuple[int, bool]],
    inbound: Mapping[int, int | None],
    now: int,
) -> TierUse:
    if number is None:
        return TierUse(None, None, 0, len(rows))
    business_tier = None
    numbers = [number.id]
    if number.waba_id is not None:
        waba = session.get(Waba, number.waba_id)
        if waba is not None and waba.business_id is not None:
            business = session.get(Business, waba.business_id)
            business_tier = business.messaging_limit_tier if business is not None else None
            # since October 2025 the limit is the portfolio's, shared by all its numbers
            numbers = list(
                session.scalars(
                    select(PhoneNumber.id)
                    .join(Waba, Waba.id == PhoneNumber.waba_id)
                    .where(Waba.business_id == waba.business_id)
                )
            )
    tier = business_tier or number.messaging_limit_tier
    reached = set(
        session.scalars(
            select(func.distinct(Conversation.contact_id))
            .join(Message, Message.conversation_id == Conversation.id)
            .where(
                Message.direction == "out",
                Message.type == "template",
                Message.phone_number_id.in_(numbers),
                Message.timestamp >= now - DAY,
                Message.status != "failed",
            )
        )
    )
    new = 0
    for row in rows:
        contact = contacts.get(row.wa_id or "")
        if contact is not None and (
            contact[0] in reached or window_is_open(inbound.get(contact[0]), now)
        ):
            continue
        new += 1
    limit = TIER_LIMITS.get(tier or "")
    return TierUse(tier, limit, len(reached), new)
