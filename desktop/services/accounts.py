"""Bring WABAs, their phone numbers and templates from the Cloud API into the local DB."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Business, PhoneNumber, Template, Waba
from desktop.services.cloud_api.errors import CloudApiError
from desktop.services.events import EventHub, NumbersChanged, TemplatesChanged
from desktop.services.numbers.sync_fields import NUMBER_FIELDS, apply_synced_fields


class AccountsApi(Protocol):
    async def get_business(self, business_id: str) -> dict[str, Any]: ...
    async def list_owned_wabas(self, business_id: str) -> list[dict[str, Any]]: ...
    async def get_waba(self, waba_id: str) -> dict[str, Any]: ...
    async def list_phone_numbers(
        self, waba_id: str, *, fields: Any = None
    ) -> list[dict[str, Any]]: ...
    async def list_templates(self, waba_id: str) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class SyncResult:
    waba_ids: list[str]
    phone_number_ids: list[str]
    templates: int


async def sync_accounts(
    api: AccountsApi,
    db: Database,
    hub: EventHub,
    *,
    business_id: str = "",
    waba_ids: list[str] | None = None,
    sandbox: bool = False,
) -> SyncResult:
    """Fetch WABAs (by business or by id), numbers and templates; upsert them in one go.

    A template Meta no longer lists (deleted in WhatsApp Manager) is removed here too.
    """
    listed_at = datetime.now(UTC)
    wabas: list[dict[str, Any]] = []
    business_name = ""
    if business_id:
        wabas.extend(await api.list_owned_wabas(business_id))
        business_name = await _business_name(api, business_id)
    known = {w["id"] for w in wabas}
    for waba_id in waba_ids or []:
        if waba_id not in known:
            wabas.append(await api.get_waba(waba_id))
    numbers: dict[str, list[dict[str, Any]]] = {}
    templates: dict[str, list[dict[str, Any]]] = {}
    for waba in wabas:
        numbers[waba["id"]] = await api.list_phone_numbers(waba["id"], fields=NUMBER_FIELDS)
        templates[waba["id"]] = await api.list_templates(waba["id"])
    result = await db.run(
        _store, (business_id, business_name), wabas, numbers, templates, sandbox, listed_at
    )
    hub.publish(NumbersChanged(frozenset(result.phone_number_ids)))
    hub.publish(TemplatesChanged(frozenset(result.waba_ids)))
    return result


async def _business_name(api: AccountsApi, business_id: str) -> str:
    """The portfolio's name as Meta shows it; a token without access to it keeps the id."""
    try:
        data = await api.get_business(business_id)
    except CloudApiError:
        return ""
    name = data.get("name") if isinstance(data, dict) else None
    return name.strip() if isinstance(name, str) else ""


def _store(
    session: Session,
    business: tuple[str, str],
    wabas: list[dict[str, Any]],
    numbers: dict[str, list[dict[str, Any]]],
    templates: dict[str, list[dict[str, Any]]],
    sandbox: bool,
    listed_at: datetime,
) -> SyncResult:
    business_id, business_name = business
    if business_id:
        row = session.get(Business, business_id)
        if row is None:
            row = Business(id=business_id, name=business_name or business_id)
            session.add(row)
        elif business_name:
            row.name = business_name
        session.flush()
    number_ids: list[str] = []
    template_count = 0
    for data in wabas:
        waba = session.get(Waba, data["id"]) or Waba(id=data["id"])
        waba.business_id = business_id or waba.business_id
        waba.name = data.get("name") or waba.name or data["id"]
        waba.currency = data.get("currency") or waba.currency or "USD"
        waba.timezone = _timezone(data.get("timezone_id")) or waba.timezone or "UTC"
        waba.is_sandbox = sandbox
        session.add(waba)
        session.flush()
        for item in numbers.get(waba.id, []):
            number_ids.append(_upsert_number(session, waba.id, item))
        if waba.id in templates:
            kept = {_upsert_template(session, waba.id, item) for item in templates[waba.id]}
            template_count += len(kept)
            _forget_deleted_templates(session, waba.id, kept, listed_at)
    return SyncResult([w["id"] for w in wabas], number_ids, template_count)


def _upsert_number(session: Session, waba_id: str, data: dict[str, Any]) -> str:
    number = session.get(PhoneNumber, data["id"]) or PhoneNumber(id=data["id"])
    number.waba_id = waba_id
    number.unknown = False
    number.display_phone_number = data.get("display_phone_number") or number.display_phone_number
    for field in (
        "verified_name",
        "quality_rating",
        "messaging_limit_tier",
        "code_verification_status",
        "name_status",
        "status",
    ):
        if field in data:
            setattr(number, field, data[field])
    number.is_test_number = data.get("account_mode") == "SANDBOX" or bool(
        data.get("is_test_number")
    )
    throughput = data.get("throughput") or {}
    if isinstance(throughput, dict) and throughput.get("level") == "HIGH":
        number.throughput_mps = 1000
    elif number.throughput_mps is None:
        number.throughput_mps = 80
    number.updated_at = datetime.now(UTC)
    session.add(number)
    session.flush()
    apply_synced_fields(session, number, data)
    return number.id


def _forget_deleted_templates(
    session: Session, waba_id: str, kept: set[int], listed_at: datetime
) -> None:
    """Remove the WABA's templates that Meta no longer lists (deleted in WhatsApp Manager).

    A row stored after the list was fetched (a submission made meanwhile) is kept: the
    list could not have known it.
    """
    session.execute(
        delete(Template).where(
            Template.waba_id == waba_id,
            Template.id.not_in(kept),
            or_(Template.updated_at.is_(None), Template.updated_at < listed_at),
        )
    )


def _upsert_template(session: Session, waba_id: str, data: dict[str, Any]) -> int:
    name, language = data.get("name", ""), str(data.get("language", "")).replace("-", "_")
    template = session.scalar(
        select(Template).where(
            Template.waba_id == waba_id, Template.name == name, Template.language == language
        )
    ) or Template(waba_id=waba_id, name=name, language=language)
    template.meta_id = str(data.get("id") or template.meta_id or "") or None
    template.category = data.get("category") or template.category or "UTILITY"
    template.status = data.get("status") or template.status or "PENDING"
    template.components = data.get("components") or []
    template.parameter_format = data.get("parameter_format") or "POSITIONAL"
    if data.get("rejected_reason") and data.get("rejected_reason") != "NONE":
        template.rejection_reason = data["rejected_reason"]
    quality = data.get("quality_score")
    if isinstance(quality, dict):
        template.quality_score = quality.get("score")
    template.updated_at = datetime.now(UTC)
    session.add(template)
    session.flush()
    return template.id


_META_TZ = {"1": "America/Los_Angeles", "71": "Asia/Tokyo"}


def _timezone(value: Any) -> str | None:
    """Meta gives a numeric timezone id; an IANA name (the sandbox's) passes through."""
    if value is None:
        return None
    text = str(value)
    return _META_TZ.get(text, text if "/" in text or text == "UTC" else None)
