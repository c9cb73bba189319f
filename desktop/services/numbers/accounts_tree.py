"""The accounts tree of the Numbers page: business portfolios → WABAs → numbers, with state.

One read on the DB thread gives the page everything it shows, as frozen dataclasses that can
cross to the UI thread; values stay Meta's own and the UI puts them into words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import Business, PhoneNumber, Waba

NO_BUSINESS = ""


@dataclass(frozen=True)
class NumberNode:
    id: str
    waba_id: str
    display_phone_number: str
    verified_name: str | None
    name_status: str | None
    code_verification_status: str | None
    status: str | None
    quality_rating: str | None
    messaging_limit_tier: str | None
    throughput_mps: int | None
    platform_type: str | None
    is_test: bool
    is_official_business_account: bool | None
    is_on_biz_app: bool | None
    is_pin_enabled: bool | None
    oba_status: str | None = None


@dataclass(frozen=True)
class WabaNode:
    id: str
    name: str
    is_sandbox: bool
    account_review_status: str | None
    ban_state: str | None
    ban_date: str | None
    violation_type: str | None
    restrictions: tuple[dict[str, Any], ...]
    numbers: tuple[NumberNode, ...] = ()


@dataclass(frozen=True)
class BusinessNode:
    id: str  # NO_BUSINESS for WABAs added by id without their portfolio
    name: str
    messaging_limit_tier: str | None
    max_phone_numbers: int | None
    wabas: tuple[WabaNode, ...] = field(default=())


def load_accounts_tree(session: Session) -> list[BusinessNode]:
    numbers: dict[str, list[NumberNode]] = {}
    for n in session.scalars(
        select(PhoneNumber)
        .where(PhoneNumber.waba_id.is_not(None))
        .order_by(PhoneNumber.display_phone_number, PhoneNumber.id)
    ):
        numbers.setdefault(n.waba_id or "", []).append(_number_node(n))
    wabas: dict[str, list[WabaNode]] = {}
    for w in session.scalars(select(Waba).order_by(Waba.name, Waba.id)):
        wabas.setdefault(w.business_id or NO_BUSINESS, []).append(
            WabaNode(
                id=w.id,
                name=w.name,
                is_sandbox=bool(w.is_sandbox),
                account_review_status=w.account_review_status,
                ban_state=w.ban_state,
                ban_date=w.ban_date,
                violation_type=w.violation_type,
                restrictions=tuple(w.restrictions or ()),
                numbers=tuple(numbers.get(w.id, ())),
            )
        )
    tree = [
        BusinessNode(
            id=b.id,
            name=b.name,
            messaging_limit_tier=b.messaging_limit_tier,
            max_phone_numbers=b.max_phone_numbers,
            wabas=tuple(wabas.pop(b.id, ())),
        )
        for b in session.scalars(select(Business).order_by(Business.name, Business.id))
    ]
    orphans = [w for group in wabas.values() for w in group]
    if orphans:
        tree.append(BusinessNode(NO_BUSINESS, "", None, None, tuple(orphans)))
    return tree


def _number_node(n: PhoneNumber) -> NumberNode:
    return NumberNode(
        id=n.id,
        waba_id=n.waba_id or "",
        display_phone_number=n.display_phone_number,
        verified_name=n.verified_name,
        name_status=n.name_status,
        code_verification_status=n.code_verification_status,
        status=n.status,
        quality_rating=n.quality_rating,
        messaging_limit_tier=n.messaging_limit_tier,
        throughput_mps=n.throughput_mps,
        platform_type=n.platform_type,
        is_test=bool(n.is_test_number),
        is_official_business_account=n.is_official_business_account,
        is_on_biz_app=n.is_on_biz_app,
        is_pin_enabled=n.is_pin_enabled,
        oba_status=n.oba_status,
    )


def all_numbers(tree: list[BusinessNode]) -> dict[str, NumberNode]:
    return {n.id: n for b in tree for w in b.wabas for n in w.numbers}
