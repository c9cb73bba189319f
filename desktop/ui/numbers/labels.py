"""Meta's number and account values in the user's words (no API enum ever reaches the screen).

Unknown values (Meta adds some every year) get a neutral sentence rather than the raw code.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.services.text import QT_TRANSLATE_NOOP


def _t(source: str) -> str:
    return QCoreApplication.translate("NumberLabels", source)


def _pick(table: Mapping[str, str], value: str | None, unknown: str) -> str:
    if not value:
        return QCoreApplication.translate("NumberLabels", "Not reported yet")
    source = table.get(value.upper())
    return _t(source) if source else _t(unknown)


_QUALITY_SRC = {
    "GREEN": QT_TRANSLATE_NOOP("NumberLabels", "High"),
    "YELLOW": QT_TRANSLATE_NOOP("NumberLabels", "Medium"),
    "RED": QT_TRANSLATE_NOOP("NumberLabels", "Low"),
    "UNKNOWN": QT_TRANSLATE_NOOP("NumberLabels", "Not rated yet"),
    "NA": QT_TRANSLATE_NOOP("NumberLabels", "Not rated yet"),
}


def quality(value: str | None) -> str:
    return _pick(_QUALITY_SRC, value, QT_TRANSLATE_NOOP("NumberLabels", "Not rated yet"))


_TIER_SRC = {
    "TIER_50": QT_TRANSLATE_NOOP("NumberLabels", "50 customers a day"),
    "TIER_250": QT_TRANSLATE_NOOP("NumberLabels", "250 customers a day"),
    "TIER_1K": QT_TRANSLATE_NOOP("NumberLabels", "1,000 customers a day"),
    "TIER_2K": QT_TRANSLATE_NOOP("NumberLabels", "2,000 customers a day"),
    "TIER_10K": QT_TRANSLATE_NOOP("NumberLabels", "10,000 customers a day"),
    "TIER_100K": QT_TRANSLATE_NOOP("NumberLabels", "100,000 customers a day"),
    "TIER_UNLIMITED": QT_TRANSLATE_NOOP("NumberLabels", "Unlimited"),
    "TIER_NOT_SET": QT_TRANSLATE_NOOP("NumberLabels", "Not set until the first message"),
}


def messaging_limit(value: str | None) -> str:
    return _pick(
        _TIER_SRC, value, QT_TRANSLATE_NOOP("NumberLabels", "A limit WABA Desk does not know yet")
    )


_STATUS_SRC = {
    "CONNECTED": QT_TRANSLATE_NOOP("NumberLabels", "Connected: can send and receive"),
    "DISCONNECTED": QT_TRANSLATE_NOOP(
        "NumberLabels", "Not connected: register the number to use it"
    ),
    "PENDING": QT_TRANSLATE_NOOP("NumberLabels", "Waiting to be connected"),
    "UNVERIFIED": QT_TRANSLATE_NOOP("NumberLabels", "Not verified yet"),
    "FLAGGED": QT_TRANSLATE_NOOP(
        "NumberLabels", "Flagged for low quality: its limit may be lowered"
    ),
    "RESTRICTED": QT_TRANSLATE_NOOP(
        "NumberLabels", "Restricted: it can't start conversations for now"
    ),
    "RATE_LIMITED": QT_TRANSLATE_NOOP("NumberLabels", "Sending too fast: Meta is slowing it down"),
    "DELETED": QT_TRANSLATE_NOOP("NumberLabels", "Deleted"),
    "MIGRATED": QT_TRANSLATE_NOOP("NumberLabels", "Moved to another account"),
    "BANNED": QT_TRANSLATE_NOOP("NumberLabels", "Banned by WhatsApp"),
}


def status(value: str | None) -> str:
    return _pick(
        _STATUS_SRC,
        value,
        QT_TRANSLATE_NOOP(
            "NumberLabels", "A state WABA Desk does not know yet: open WhatsApp Manager"
        ),
    )


_NAME_SRC = {
    "APPROVED": QT_TRANSLATE_NOOP("NumberLabels", "Approved"),
    "AVAILABLE_WITHOUT_REVIEW": QT_TRANSLATE_NOOP("NumberLabels", "Usable without review"),
    "DECLINED": QT_TRANSLATE_NOOP("NumberLabels", "Declined: change the display name"),
    "EXPIRED": QT_TRANSLATE_NOOP("NumberLabels", "Expired: submit the name again"),
    "PENDING_REVIEW": QT_TRANSLATE_NOOP("NumberLabels", "Waiting for Meta's review"),
    "NONE": QT_TRANSLATE_NOOP("NumberLabels", "Not submitted"),
}


def name_status(value: str | None) -> str:
    return _pick(_NAME_SRC, value, QT_TRANSLATE_NOOP("NumberLabels", "Unknown review state"))


_CODE_SRC = {
    "VERIFIED": QT_TRANSLATE_NOOP("NumberLabels", "Verified"),
    "NOT_VERIFIED": QT_TRANSLATE_NOOP("NumberLabels", "Not verified: request a code"),
    "UNVERIFIED": QT_TRANSLATE_NOOP("NumberLabels", "Not verified: request a code"),
    "EXPIRED": QT_TRANSLATE_NOOP("NumberLabels", "Verification expired: request a new code"),
}


def code_status(value: str | None) -> str:
    return _pick(_CODE_SRC, value, QT_TRANSLATE_NOOP("NumberLabels", "Unknown verification state"))


_PLATFORM_SRC = {
    "CLOUD_API": QT_TRANSLATE_NOOP("NumberLabels", "Cloud API"),
    "ON_PREMISE": QT_TRANSLATE_NOOP(
        "NumberLabels", "On-premises API (being retired: move it to the Cloud API)"
    ),
    "NOT_APPLICABLE": QT_TRANSLATE_NOOP("NumberLabels", "Not registered"),
}


def platform(value: str | None) -> str:
    return _pick(_PLATFORM_SRC, value, QT_TRANSLATE_NOOP("NumberLabels", "Unknown platform"))


def throughput(mps: int | None, coexistence: bool | None) -> str:
    if mps is None:
        return QCoreApplication.translate("NumberLabels", "Not reported yet")
    if coexistence:
        return QCoreApplication.translate(
            "NumberLabels", "{n} messages a second (shared with the WhatsApp Business app)"
        ).format(n=mps)
    if mps >= 1000:
        return QCoreApplication.translate(
            "NumberLabels", "{n} messages a second (upgraded)"
        ).format(n=f"{mps:,}")
    return QCoreApplication.translate("NumberLabels", "{n} messages a second").format(n=mps)


def yes_no(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("NumberLabels", "Not reported yet")
    return (
        QCoreApplication.translate("NumberLabels", "Yes")
        if value
        else QCoreApplication.translate("NumberLabels", "No")
    )


_REVIEW_SRC = {
    "APPROVED": QT_TRANSLATE_NOOP("NumberLabels", "Approved"),
    "PENDING": QT_TRANSLATE_NOOP("NumberLabels", "Under review"),
    "REJECTED": QT_TRANSLATE_NOOP("NumberLabels", "Rejected: the account can't send messages"),
    "DEFERRED": QT_TRANSLATE_NOOP("NumberLabels", "Review postponed"),
    "LIMIT_REACHED": QT_TRANSLATE_NOOP("NumberLabels", "Review limit reached"),
}


def account_review(value: str | None) -> str:
    return _pick(_REVIEW_SRC, value, QT_TRANSLATE_NOOP("NumberLabels", "Unknown review state"))


_RESTRICTION_SRC = {
    "RESTRICTED_BIZ_INITIATED_MESSAGING": QT_TRANSLATE_NOOP(
        "NumberLabels",
        "It can't start conversations (templates to customers who have not written). "
        "Answering customers still works. Read the policy notice in WhatsApp Manager and "
        "fix what it names; the restriction lifts by itself when it expires.",
    ),
    "RESTRICTED_CUSTOMER_INITIATED_MESSAGING": QT_TRANSLATE_NOOP(
        "NumberLabels",
        "It can't answer customers. Read the policy notice in WhatsApp Manager and request "
        "a review if you think it is a mistake.",
    ),
    "RESTRICTED_ADD_PHONE_NUMBER_ACTION": QT_TRANSLATE_NOOP(
        "NumberLabels",
        "No new numbers can be added to this account for now. Wait until the restriction expires.",
    ),
}


def restriction(item: Mapping[str, Any]) -> str:
    text = _pick(
        _RESTRICTION_SRC,
        str(item.get("type") or ""),
        QT_TRANSLATE_NOOP(
            "NumberLabels",
            "Meta restricted this account. Open WhatsApp Manager to see what is restricted "
            "and why.",
        ),
    )
    expires = item.get("expires")
    if isinstance(expires, int) and expires > 0:
        when = datetime.fromtimestamp(expires, UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        text += " " + QCoreApplication.translate("NumberLabels", "Until {when}.").format(when=when)
    return text


_BAN_SRC = {
    "SCHEDULE_FOR_DISABLE": QT_TRANSLATE_NOOP(
        "NumberLabels",
        "WhatsApp will disable this account for policy violations. Appeal in WhatsApp "
        "Manager (Account quality) before the date, or move your customers to another channel.",
    ),
    "DISABLE": QT_TRANSLATE_NOOP(
        "NumberLabels",
        "WhatsApp disabled this account for policy violations: it can't send messages. "
        "Appeal in WhatsApp Manager (Account quality).",
    ),
}


def ban(state: str | None, date: str | None) -> str | None:
    if not state:
        return None
    text = _pick(
        _BAN_SRC,
        state,
        QT_TRANSLATE_NOOP(
            "NumberLabels", "WhatsApp changed this account's standing: see WhatsApp Manager."
        ),
    )
    if date:
        text += " " + QCoreApplication.translate("NumberLabels", "Date: {date}.").format(date=date)
    return text


def violation(value: str | None) -> str | None:
    if not value:
        return None
    return _t(
        "Meta found a policy violation on this account. Read the notice in WhatsApp "
        "Manager (Account quality), fix what it names and, if it is a mistake, request a review."
    )
