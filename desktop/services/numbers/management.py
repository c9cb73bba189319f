"""Everyday changes to a registered number: its display name, its two-step PIN, deregistering.

Meta's rules, in words before anything is sent: a new display name follows the same naming
rules as a new number and is reviewed again (after approval the number must be registered
again within 14 days); the PIN is 6 digits and can't be turned off through the API; a number
shared with the WhatsApp Business app can't be deregistered.
"""

from __future__ import annotations

import re
from typing import Protocol

from desktop.services.cloud_api import CloudApiError
from desktop.services.numbers.onboarding import OnboardingError, display_name_problems, explain
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

_C = "NumberManagement"


class ManagementApi(Protocol):
    async def change_display_name(self, phone_number_id: str, new_name: str) -> bool: ...
    async def set_two_step_pin(self, phone_number_id: str, pin: str) -> bool: ...
    async def deregister(self, phone_number_id: str) -> bool: ...


async def change_display_name(api: ManagementApi, phone_number_id: str, new_name: str) -> None:
    problems = display_name_problems(new_name)
    if problems:
        raise OnboardingError(problems[0])
    await _call(api.change_display_name(phone_number_id, new_name.strip()))


async def change_pin(api: ManagementApi, phone_number_id: str, pin: str, repeat: str) -> None:
    if not re.fullmatch(r"\d{6}", pin):
        raise OnboardingError(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP("NumberManagement", "The two-step verification PIN is 6 digits."),
            )
        )
    if pin != repeat:
        raise OnboardingError(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "NumberManagement", "The two PINs differ: type the same PIN twice."
                ),
            )
        )
    await _call(api.set_two_step_pin(phone_number_id, pin))


async def deregister(api: ManagementApi, phone_number_id: str, *, coexistence: bool) -> None:
    if coexistence:
        raise OnboardingError(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "NumberManagement",
                    "A number shared with the WhatsApp Business app can't be deregistered "
                    "here: disconnect it in the app (Settings → Business platform).",
                ),
            )
        )
    await _call(api.deregister(phone_number_id))


async def _call(awaitable: object) -> None:
    try:
        await awaitable  # type: ignore[misc]
    except CloudApiError as exc:
        raise OnboardingError(explain(exc)) from exc
