"""The official-business-account (blue badge) request: its state, and asking for it.

Meta reports the request as ``official_business_account.oba_status`` on the number
(``NOT_STARTED``, ``PENDING``, ``UNDER_REVIEW``, ``APPROVED``, ``REJECTED``: the set seen in
SDKs, not a documented enum) and takes a request as ``POST /{phone-number-id}/
official_business_account`` with the business's website and links that show it is notable.
After a refusal Meta accepts a new request only 30 days later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal, Protocol

from desktop.services.cloud_api import CloudApiError
from desktop.services.numbers.onboarding import OnboardingError, explain
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

_C = "OfficialBadge"
RequestState = Literal["not_requested", "pending", "approved", "rejected"]
MAX_LINKS = 5
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*\.[^\s]+", re.IGNORECASE)


class BadgeApi(Protocol):
    async def request_official_business_account(
        self, phone_number_id: str, request: dict[str, Any]
    ) -> bool: ...


def request_state(oba_status: str | None, is_official: bool | None = None) -> RequestState:
    """Meta's ``oba_status`` as one of four states the checklist shows."""
    status = (oba_status or "").upper()
    if status == "APPROVED" or (is_official and not status):
        return "approved"
    if status in ("PENDING", "UNDER_REVIEW", "IN_REVIEW"):
        return "pending"
    if status in ("REJECTED", "DECLINED"):
        return "rejected"
    return "not_requested"


@dataclass(frozen=True)
class BadgeRequest:
    business_website_url: str
    supporting_links: tuple[str, ...]
    primary_country_of_operation: str = ""
    primary_language: str = ""
    parent_business_or_brand: str = ""
    additional_supporting_information: str = ""

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "business_website_url": self.business_website_url.strip(),
            "supporting_links": [link.strip() for link in self.supporting_links if link.strip()],
        }
        for key in (
            "primary_country_of_operation",
            "primary_language",
            "parent_business_or_brand",
            "additional_supporting_information",
        ):
            value = str(getattr(self, key)).strip()
            if value:
                body[key] = value
        return body


def request_problems(request: BadgeRequest) -> list[Phrase]:
    problems: list[Phrase] = []
    if not _URL.fullmatch(request.business_website_url.strip()):
        problems.append(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "OfficialBadge",
                    "Give the business's website with http:// or https://, "
                    "e.g. https://sakura-cafe.example.",
                ),
            )
        )
    links = [link.strip() for link in request.supporting_links if link.strip()]
    if not links:
        problems.append(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "OfficialBadge",
                    "Add at least one link that shows the business is well known: a news "
                    "article or another public page about it (not an advertisement).",
                ),
            )
        )
    elif len(links) > MAX_LINKS:
        problems.append(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP("OfficialBadge", "Give at most {max} links; keep the best."),
                MappingProxyType({"max": MAX_LINKS}),
            )
        )
    bad = [link for link in links if not _URL.fullmatch(link)]
    if bad:
        problems.append(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "OfficialBadge", "This is not a web address starting with https://: {link}"
                ),
                MappingProxyType({"link": bad[0]}),
            )
        )
    return problems


async def request_badge(
    api: BadgeApi, phone_number_id: str, request: BadgeRequest, state: RequestState
) -> None:
    """Ask Meta for the badge; refused here when it can't be asked for now."""
    if state == "approved":
        raise OnboardingError(
            Phrase(_C, QT_TRANSLATE_NOOP("OfficialBadge", "This number has the badge already."))
        )
    if state == "pending":
        raise OnboardingError(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "OfficialBadge",
                    "A request for this number is being reviewed: wait for Meta's answer.",
                ),
            )
        )
    problems = request_problems(request)
    if problems:
        raise OnboardingError(problems[0])
    try:
        await api.request_official_business_account(phone_number_id, request.body())
    except CloudApiError as exc:
        raise OnboardingError(_explain(exc)) from exc


def _explain(exc: CloudApiError) -> Phrase:
    details = (exc.details or exc.message or "").lower()
    if "30 days" in details:
        return Phrase(
            _C,
            QT_TRANSLATE_NOOP(
                "OfficialBadge",
                "Meta refused this number's last request less than 30 days ago: ask again "
                "after 30 days, with stronger links about the business.",
            ),
        )
    if "test" in details:
        return Phrase(
            _C,
            QT_TRANSLATE_NOOP(
                "OfficialBadge",
                "Test numbers can't get the badge: request it for a real number.",
            ),
        )
    return explain(exc)
