"""A number's business profile: what customers see, checked against Meta's limits as typed.

Limits (Cloud API reference): about 1–139 characters, address ≤256, description ≤512 (the
OpenAPI schema says 256; Meta's own field text and SDKs say 512, and Meta's answer wins), a
valid email ≤128, at most two websites starting with http:// or https:// (≤256 each) and a
vertical from Meta's list. Only changed fields are sent.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from desktop.services.cloud_api import CloudApiError
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

LIMITS = {"about": 139, "address": 256, "description": 512, "email": 128, "website": 256}
MAX_WEBSITES = 2
VERTICALS = (
    "OTHER",
    "AUTO",
    "BEAUTY",
    "APPAREL",
    "EDU",
    "ENTERTAIN",
    "EVENT_PLAN",
    "FINANCE",
    "GROCERY",
    "GOVT",
    "HOTEL",
    "HEALTH",
    "NONPROFIT",
    "PROF_SERVICES",
    "RETAIL",
    "TRAVEL",
    "RESTAURANT",
    "ALCOHOL",
    "ONLINE_GAMBLING",
    "PHYSICAL_GAMBLING",
    "OTC_DRUGS",
)
_C = "BusinessProfile"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class ProfileApi(Protocol):
    async def get_business_profile(self, phone_number_id: str) -> dict[str, Any]: ...
    async def update_business_profile(self, phone_number_id: str, **fields: Any) -> bool: ...


class ProfileError(Exception):
    def __init__(self, phrase: Phrase) -> None:
        super().__init__(phrase.render())
        self.phrase = phrase


@dataclass(frozen=True)
class ProfileDraft:
    about: str = ""
    address: str = ""
    description: str = ""
    email: str = ""
    websites: tuple[str, ...] = field(default=())
    vertical: str = ""
    profile_picture_url: str = ""

    @classmethod
    def from_graph(cls, data: dict[str, Any]) -> ProfileDraft:
        sites = data.get("websites") or []
        vertical = str(data.get("vertical") or "")  # UNDEFINED, NOT_A_BIZ: not chosen yet
        return cls(
            about=str(data.get("about") or ""),
            address=str(data.get("address") or ""),
            description=str(data.get("description") or ""),
            email=str(data.get("email") or ""),
            websites=tuple(str(s) for s in sites if s)[:MAX_WEBSITES],
            vertical=vertical if vertical in VERTICALS else "",
            profile_picture_url=str(data.get("profile_picture_url") or ""),
        )

    def changes_from(self, before: ProfileDraft) -> dict[str, Any]:
        now, then = asdict(self), asdict(before)
        out: dict[str, Any] = {}
        for key in ("about", "address", "description", "email", "vertical"):
            if now[key] != then[key]:
                out[key] = now[key]
        if self.websites != before.websites:
            out["websites"] = list(self.websites)
        return out


def profile_problems(draft: ProfileDraft) -> dict[str, Phrase]:
    """Field → what is wrong with it, in words (empty when Meta would accept the draft)."""
    problems: dict[str, Phrase] = {}
    if not draft.about.strip():
        problems["about"] = Phrase(
            _C, QT_TRANSLATE_NOOP("BusinessProfile", "Write a short about text (required).")
        )
    for key in ("about", "address", "description", "email"):
        value = getattr(draft, key)
        if len(value) > LIMITS[key]:
            problems[key] = Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "BusinessProfile", "{count} characters: shorten it to {limit} at most."
                ),
                {"count": len(value), "limit": LIMITS[key]},
            )
    if draft.email and "email" not in problems and not _EMAIL.fullmatch(draft.email):
        problems["email"] = Phrase(
            _C,
            QT_TRANSLATE_NOOP(
                "BusinessProfile", "This is not an email address: write it like name@example.com."
            ),
        )
    for index, site in enumerate(draft.websites):
        key = f"website{index + 1}"
        if not site.startswith(("http://", "https://")):
            problems[key] = Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "BusinessProfile", "Start the address with https:// (or http://)."
                ),
            )
        elif len(site) > LIMITS["website"]:
            problems[key] = Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "BusinessProfile", "Web addresses can be 256 characters at most."
                ),
            )
    if draft.vertical and draft.vertical not in VERTICALS:
        problems["vertical"] = Phrase(
            _C, QT_TRANSLATE_NOOP("BusinessProfile", "Choose a category from the list.")
        )
    return problems


async def load_profile(api: ProfileApi, phone_number_id: str) -> ProfileDraft:
    try:
        return ProfileDraft.from_graph(await api.get_business_profile(phone_number_id))
    except CloudApiError as exc:
        raise ProfileError(exc.advice) from exc


async def save_profile(
    api: ProfileApi, phone_number_id: str, draft: ProfileDraft, before: ProfileDraft
) -> ProfileDraft:
    """Send the changed fields after checking them; returns the draft now in force."""
    problems = profile_problems(draft)
    if problems:
        raise ProfileError(next(iter(problems.values())))
    changes = draft.changes_from(before)
    if not changes:
        return draft
    try:
        await api.update_business_profile(phone_number_id, **changes)
    except CloudApiError as exc:
        raise ProfileError(exc.advice) from exc
    return draft
