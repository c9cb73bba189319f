"""The number fields a sync reads beyond the basics, and the history point it leaves.

``services.accounts`` fetches and upserts; this module knows what Meta's extra number fields
mean for WABA Desk (the portfolio's messaging limit, coexistence throughput, badges).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.models.entities import PhoneNumber
from desktop.services.numbers.history import record_reading

NUMBER_FIELDS = (
    "id,display_phone_number,verified_name,quality_rating,"
    "whatsapp_business_manager_messaging_limit,code_verification_status,name_status,status,"
    "throughput,account_mode,platform_type,is_official_business_account,is_on_biz_app,"
    "is_pin_enabled,official_business_account"
)
COEXISTENCE_MPS = 20
HIGH_MPS = 1000


def apply_synced_fields(session: Session, number: PhoneNumber, data: dict[str, Any]) -> None:
    """Copy the extra fields of a Graph phone-number object and record a history point."""
    limit = data.get("whatsapp_business_manager_messaging_limit")
    if isinstance(limit, str) and limit:
        number.messaging_limit_tier = limit
    for field in ("platform_type",):
        if field in data:
            setattr(number, field, data[field])
    for field in ("is_official_business_account", "is_on_biz_app", "is_pin_enabled"):
        if field in data:
            setattr(number, field, bool(data[field]))
    oba = data.get("official_business_account")
    if isinstance(oba, dict) and isinstance(oba.get("oba_status"), str):
        number.oba_status = oba["oba_status"]
    elif number.is_official_business_account and not number.oba_status:
        number.oba_status = "APPROVED"
    throughput = data.get("throughput") or {}
    high = isinstance(throughput, dict) and throughput.get("level") == "HIGH"
    if number.is_on_biz_app and not high:
        number.throughput_mps = COEXISTENCE_MPS
    session.flush()
    record_reading(session, number, "sync")


def is_high_throughput(mps: int | None) -> bool:
    return (mps or 0) >= HIGH_MPS
