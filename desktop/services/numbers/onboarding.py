"""Add a number step by step: create it on a WABA, request a code, verify it, register it.

Each step is stored (``number_onboarding``) before and after its API call, so the flow
resumes where it stopped after a restart. Meta's errors become sentences that say what
happened and what to do; the CLI prints them in English, the UI in the user's language.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import NumberOnboarding, utcnow
from desktop.services.cloud_api import CloudApiError
from desktop.services.numbers.click_to_chat import InvalidPhoneNumber, e164, parse_number
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

CODE_RESEND_WAIT = 60.0
STEPS = ("new", "created", "code_requested", "verified", "registered")
_C = "NumberOnboarding"


class OnboardingApi(Protocol):
    async def add_phone_number(
        self, waba_id: str, cc: str, phone_number: str, verified_name: str
    ) -> str: ...
    async def request_code(
        self, phone_number_id: str, *, code_method: str = "SMS", language: str = "en_US"
    ) -> bool: ...
    async def verify_code(self, phone_number_id: str, code: str) -> bool: ...
    async def register(self, phone_number_id: str, pin: str) -> bool: ...


class OnboardingError(Exception):
    """A step failed; ``phrase`` says what happened and what to do next."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(phrase.render())
        self.phrase = phrase


@dataclass(frozen=True)
class Onboarding:
    id: int
    waba_id: str
    e164: str
    display_name: str
    phone_number_id: str | None
    step: str
    code_method: str | None
    code_requested_at: float | None

    def seconds_until_resend(self, now: float) -> int:
        if self.code_requested_at is None:
            return 0
        return max(0, int(self.code_requested_at + CODE_RESEND_WAIT - now + 0.999))


def split_number(text: str, default_region: str | None = None) -> tuple[str, str, str]:
    """``(e164, country code, national digits)``; raises InvalidPhoneNumber in words.

    A number written without its country code is read as one of ``default_region``.
    """
    number = parse_number(text, default_region)
    return e164(number), str(number.country_code), str(number.national_number)


def display_name_problems(name: str) -> list[Phrase]:
    """Meta's display-name rules that ``name`` breaks, checked before anything is submitted."""
    problems: list[Phrase] = []
    stripped = name.strip()
    if not 2 <= len(stripped) <= 75:
        problems.append(
            Phrase(_C, QT_TRANSLATE_NOOP("NumberOnboarding", "Use 2 to 75 characters."))
        )
    if "whatsapp" in stripped.lower():
        problems.append(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "NumberOnboarding", "Leave out the word WhatsApp: Meta rejects it in names."
                ),
            )
        )
    if re.search(r"https?://|www\.|\.(com|net|org|jp|io)\b", stripped, re.IGNORECASE):
        problems.append(
            Phrase(_C, QT_TRANSLATE_NOOP("NumberOnboarding", "Leave out web addresses."))
        )
    if any(unicodedata.category(ch) == "So" for ch in stripped):
        problems.append(
            Phrase(_C, QT_TRANSLATE_NOOP("NumberOnboarding", "Leave out emoji and symbols."))
        )
    letters = [ch for ch in stripped if ch.isalpha() and ch.isascii()]
    if len(letters) > 6 and all(ch.isupper() for ch in letters):
        problems.append(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "NumberOnboarding",
                    "Don't write it all in capitals (only acronyms may be).",
                ),
            )
        )
    return problems


def _snapshot(row: NumberOnboarding) -> Onboarding:
    return Onboarding(
        row.id,
        row.waba_id,
        row.e164,
        row.display_name,
        row.phone_number_id,
        row.step,
        row.code_method,
        row.code_requested_at,
    )


def pending_onboarding(session: Session) -> Onboarding | None:
    """The latest unfinished flow, to resume it."""
    row = session.scalars(
        select(NumberOnboarding)
        .where(NumberOnboarding.step != "registered")
        .order_by(NumberOnboarding.id.desc())
        .limit(1)
    ).first()
    return _snapshot(row) if row else None


def _save(session: Session, onboarding_id: int, **changes: object) -> Onboarding:
    row = session.get(NumberOnboarding, onboarding_id)
    if row is None:
        raise OnboardingError(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "NumberOnboarding", "This add-number flow was removed: start again."
                ),
            )
        )
    for key, value in changes.items():
        setattr(row, key, value)
    row.updated_at = utcnow()
    session.flush()
    return _snapshot(row)


def _begin(session: Session, waba_id: str, number: str, name: str) -> Onboarding:
    row = NumberOnboarding(waba_id=waba_id, e164=number, display_name=name, step="new")
    session.add(row)
    session.flush()
    return _snapshot(row)


def _abandon(session: Session, onboarding_id: int) -> None:
    row = session.get(NumberOnboarding, onboarding_id)
    if row is not None:
        session.delete(row)


class NumberOnboardingFlow:
    """The use case behind the add-number wizard (and its tests)."""

    def __init__(self, api: OnboardingApi, db: Database, clock: object = time.time) -> None:
        self._api = api
        self._db = db
        self._clock = clock

    def _now(self) -> float:
        return float(self._clock())  # type: ignore[operator]

    async def pending(self) -> Onboarding | None:
        return await self._db.run(pending_onboarding)

    async def abandon(self, flow: Onboarding) -> None:
        await self._db.run(_abandon, flow.id)

    async def start(self, waba_id: str, number_text: str, display_name: str) -> Onboarding:
        """Check the number and the name, then add the number to the WABA."""
        try:
            number, cc, national = split_number(number_text)
        except InvalidPhoneNumber as exc:
            raise OnboardingError(exc.phrase) from exc
        problems = display_name_problems(display_name)
        if problems:
            raise OnboardingError(problems[0])
        flow = await self._db.run(_begin, waba_id, number, display_name.strip())
        return await self.create(flow, cc, national)

    async def create(self, flow: Onboarding, cc: str = "", national: str = "") -> Onboarding:
        if not cc:
            _, cc, national = split_number(flow.e164)
        try:
            number_id = await self._api.add_phone_number(
                flow.waba_id, cc, national, flow.display_name
            )
        except CloudApiError as exc:
            raise OnboardingError(explain(exc)) from exc
        return await self._db.run(_save, flow.id, phone_number_id=number_id, step="created")

    async def request_code(
        self, flow: Onboarding, method: str, language: str = "en_US"
    ) -> Onboarding:
        wait = flow.seconds_until_resend(self._now())
        if wait:
            raise OnboardingError(
                Phrase(
                    _C,
                    QT_TRANSLATE_NOOP(
                        "NumberOnboarding",
                        "A code was sent a moment ago: wait {seconds} seconds before asking "
                        "for another one.",
                    ),
                    {"seconds": wait},
                )
            )
        assert flow.phone_number_id is not None
        try:
            await self._api.request_code(
                flow.phone_number_id, code_method=method.upper(), language=language
            )
        except CloudApiError as exc:
            raise OnboardingError(explain(exc)) from exc
        return await self._db.run(
            _save,
            flow.id,
            step="code_requested",
            code_method=method.upper(),
            code_requested_at=self._now(),
        )

    async def verify(self, flow: Onboarding, code: str) -> Onboarding:
        digits = re.sub(r"\D", "", code)
        if len(digits) != 6:
            raise OnboardingError(
                Phrase(
                    _C,
                    QT_TRANSLATE_NOOP(
                        "NumberOnboarding", "The code has 6 digits: type all of them."
                    ),
                )
            )
        assert flow.phone_number_id is not None
        try:
            await self._api.verify_code(flow.phone_number_id, digits)
        except CloudApiError as exc:
            raise OnboardingError(explain(exc)) from exc
        return await self._db.run(_save, flow.id, step="verified")

    async def register(self, flow: Onboarding, pin: str, repeat: str) -> Onboarding:
        if not re.fullmatch(r"\d{6}", pin):
            raise OnboardingError(
                Phrase(
                    _C,
                    QT_TRANSLATE_NOOP(
                        "NumberOnboarding", "The two-step verification PIN is 6 digits."
                    ),
                )
            )
        if pin != repeat:
            raise OnboardingError(
                Phrase(
                    _C,
                    QT_TRANSLATE_NOOP(
                        "NumberOnboarding", "The two PINs differ: type the same PIN twice."
                    ),
                )
            )
        assert flow.phone_number_id is not None
        try:
            await self._api.register(flow.phone_number_id, pin)
        except CloudApiError as exc:
            raise OnboardingError(explain(exc)) from exc
        return await self._db.run(_save, flow.id, step="registered")


def explain(exc: CloudApiError) -> Phrase:
    """Meta's add-number errors in words, with what to do; others keep the client's advice."""
    details = (exc.details or exc.message or "").lower()
    code = exc.code
    source: str | None = None
    if code == 136024:
        source = QT_TRANSLATE_NOOP(
            "NumberOnboarding",
            "Too many code requests for this number: wait before asking again (Meta "
            "allows only a few a day), then request the code once.",
        )
    elif code == 136025 and "expired" in details:
        source = QT_TRANSLATE_NOOP(
            "NumberOnboarding", "The code has expired: request a new code and enter it soon."
        )
    elif code == 136025:
        source = QT_TRANSLATE_NOOP(
            "NumberOnboarding",
            "The code is wrong: check the SMS or call and type the 6 digits again, or "
            "request a new code.",
        )
    elif code == 133005:
        source = QT_TRANSLATE_NOOP(
            "NumberOnboarding",
            "The PIN does not match this number's two-step verification PIN. Type the PIN "
            "set before; if nobody remembers it, reset it from WhatsApp Manager (Phone "
            "numbers → Settings → Two-step verification), then register again.",
        )
    elif code == 133006:
        source = QT_TRANSLATE_NOOP(
            "NumberOnboarding", "Verify the number with a code first, then register it."
        )
    elif code == 133016:
        source = QT_TRANSLATE_NOOP(
            "NumberOnboarding",
            "This number was registered or deregistered more than 10 times in 72 hours: "
            "Meta blocks it for 72 hours. Try again after that.",
        )
    elif code == 100 and "already" in details:
        source = QT_TRANSLATE_NOOP(
            "NumberOnboarding",
            "This number is already in use on another WhatsApp Business Account or in the "
            "WhatsApp app. Delete it there first (or migrate it from the other provider), "
            "then add it again.",
        )
    if source is None:
        return exc.advice
    return Phrase(_C, source)
