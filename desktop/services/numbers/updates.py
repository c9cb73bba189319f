"""What webhooks about numbers and accounts change, applied inside ingest's transaction.

``desktop.services.ingest`` plans every body; the fields named in :data:`ACCOUNT_FIELDS` are
handed here as :class:`AccountChange` and applied after ingest's own number updates, in the
same session, so a number's quality, limit and restrictions move with the body's commit.

Shapes (Meta's webhook reference):

- ``account_update``: ``event`` with ``ban_info`` (``waba_ban_state``, ``waba_ban_date``),
  ``violation_info`` (``violation_type``) or ``restriction_info`` (``[{restriction_type,
  expiration}]``); sometimes ``phone_number``.
- ``account_review_update``: ``decision`` (APPROVED, REJECTED, PENDING, DEFERRED).
- ``business_capability_update``: ``max_daily_conversations_per_business`` (a tier such as
  ``TIER_10K``, or a number), older ``max_daily_conversation_per_phone`` (a number) and
  ``max_phone_numbers_per_business``. The limit belongs to the business portfolio.
- ``phone_number_quality_update``: ingest already stores the tier and throughput; here it
  becomes a history point, and ``UNFLAGGED`` lifts a RED rating to "unknown until next sync".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import Business, PhoneNumber, Waba, utcnow
from desktop.services.numbers.history import record_reading

ACCOUNT_FIELDS = frozenset(
    {
        "account_update",
        "account_review_update",
        "business_capability_update",
        "phone_number_quality_update",
    }
)
# Numeric limits of older webhook versions, as the tier names Meta uses today.
TIER_BY_COUNT = {
    50: "TIER_50",
    250: "TIER_250",
    1000: "TIER_1K",
    2000: "TIER_2K",
    10000: "TIER_10K",
    100000: "TIER_100K",
    -1: "TIER_UNLIMITED",
}
ENDED_BAN_STATES = {"REINSTATE", "COMPLETE"}
# ``account_update`` naming the number that was granted the blue badge. Seen in SDKs and
# older references, not in Meta's current event list (unverified): a refusal arrives by no
# webhook at all, so a sync (``official_business_account.oba_status``) stays the source.
OBA_GRANTED_EVENT = "VERIFIED_ACCOUNT"


@dataclass(frozen=True)
class AccountChange:
    waba_id: str
    field: str
    value: dict[str, Any]


def apply_account_change(session: Session, change: AccountChange, notes: list[str]) -> set[str]:
    """Store what ``change`` says; returns the ids of the numbers whose state moved."""
    handler = _HANDLERS.get(change.field)
    if handler is None:
        return set()
    return handler(session, change, notes)


def tier_of(value: Any) -> str | None:
    if isinstance(value, str) and value.upper().startswith("TIER_"):
        return value.upper()
    try:
        return TIER_BY_COUNT.get(int(value))
    except (TypeError, ValueError):
        return None


def _numbers_of_waba(session: Session, waba_id: str) -> list[PhoneNumber]:
    return list(session.scalars(select(PhoneNumber).where(PhoneNumber.waba_id == waba_id)))


def _number_by_display(session: Session, waba_id: str, display: Any) -> PhoneNumber | None:
    wanted = "".join(ch for ch in str(display or "") if ch.isdigit())
    if not wanted:
        return None
    matches = [
        n
        for n in session.scalars(select(PhoneNumber))
        if "".join(ch for ch in n.display_phone_number if ch.isdigit()) == wanted
    ]
    return next((n for n in matches if n.waba_id == waba_id), matches[0] if matches else None)


def _account_update(session: Session, change: AccountChange, notes: list[str]) -> set[str]:
    value = change.value
    waba = session.get(Waba, change.waba_id)
    if waba is None:
        notes.append(f"account update for WABA {change.waba_id}, which is not ours; kept raw")
        return set()
    event = str(value.get("event") or "")
    ban = value.get("ban_info") or {}
    if isinstance(ban, dict) and ban.get("waba_ban_state"):
        state = str(ban["waba_ban_state"])
        waba.ban_state = None if state in ENDED_BAN_STATES else state
        waba.ban_date = str(ban.get("waba_ban_date") or "") or None
    violation = value.get("violation_info") or {}
    if isinstance(violation, dict) and violation.get("violation_type"):
        waba.violation_type = str(violation["violation_type"])
    restrictions = value.get("restriction_info")
    if isinstance(restrictions, list):
        waba.restrictions = [
            {"type": str(r.get("restriction_type") or ""), "expires": _int(r.get("expiration"))}
            for r in restrictions
            if isinstance(r, dict)
        ]
    if event in ("ACCOUNT_RECONNECTED", "REINSTATED"):
        waba.restrictions, waba.ban_state = [], None
    numbers = _numbers_of_waba(session, waba.id)
    named = _number_by_display(session, waba.id, value.get("phone_number"))
    if named is not None and event == "ACCOUNT_OFFBOARDED":
        named.status = "DISCONNECTED"
    if named is not None and event == OBA_GRANTED_EVENT:
        named.oba_status, named.is_official_business_account = "APPROVED", True
    touched = [named] if named is not None else numbers
    for number in touched:
        number.updated_at = utcnow()
    return {n.id for n in numbers}


def _account_review(session: Session, change: AccountChange, notes: list[str]) -> set[str]:
    waba = session.get(Waba, change.waba_id)
    decision = change.value.get("decision")
    if waba is None or not decision:
        notes.append("account review update names no WABA of ours; kept raw")
        return set()
    waba.account_review_status = str(decision)
    return {n.id for n in _numbers_of_waba(session, waba.id)}


def _capability(session: Session, change: AccountChange, notes: list[str]) -> set[str]:
    value = change.value
    waba = session.get(Waba, change.waba_id)
    if waba is None:
        notes.append(f"capability update for WABA {change.waba_id}, which is not ours; kept raw")
        return set()
    tier = tier_of(value.get("max_daily_conversations_per_business")) or tier_of(
        value.get("max_daily_conversation_per_phone")
    )
    business = session.get(Business, waba.business_id) if waba.business_id else None
    if business is not None:
        if tier:
            business.messaging_limit_tier = tier
        if value.get("max_phone_numbers_per_business") is not None:
            business.max_phone_numbers = _int(value["max_phone_numbers_per_business"])
    wabas = [w.id for w in business.wabas] if business is not None else [waba.id]
    changed: set[str] = set()
    for waba_id in wabas:
        for number in _numbers_of_waba(session, waba_id):
            changed.add(number.id)
            if tier and number.messaging_limit_tier != tier:
                number.messaging_limit_tier = tier
                number.updated_at = utcnow()
                record_reading(session, number, "webhook", "LIMIT_CHANGE")
    return changed


def _quality(session: Session, change: AccountChange, notes: list[str]) -> set[str]:
    number = _number_by_display(session, change.waba_id, change.value.get("display_phone_number"))
    if number is None:
        return set()  # ingest already noted the unknown number
    event = str(change.value.get("event") or "") or None
    if event == "UNFLAGGED" and number.quality_rating == "RED":
        number.quality_rating = "UNKNOWN"
    session.flush()
    record_reading(session, number, "webhook", event)
    return {number.id}


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


_HANDLERS = {
    "account_update": _account_update,
    "account_review_update": _account_review,
    "business_capability_update": _capability,
    "phone_number_quality_update": _quality,
}
