"""Adding a WhatsApp Business Account by its id in live mode, after checking the token.

A token that "works" for one account often fails for the next one in ways Meta explains
poorly: the system user was never assigned the new WABA, or the token was generated without
one of the two permissions. Before the id is saved, :func:`check_waba_access` asks Meta:

1. ``GET /debug_token?input_token=<token>``: is the token valid, does it hold
   ``whatsapp_business_management`` and ``whatsapp_business_messaging``, and do those
   permissions reach this WABA (``granular_scopes[].target_ids``; no ids means every asset);
2. ``GET /{waba-id}?fields=id,name``: can the WABA be read (code 100 subcode 33 means it does
   not exist or was not assigned to the token's system user; 190 an invalid token; 10 / 200
   a missing permission).

Each problem is one sentence naming the permission or the asset assignment and where to fix
it (Meta Business Settings → Users → System users).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Protocol

from desktop.services.cloud_api import CloudApiError
from desktop.services.settings import AppSettings
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

_C = "AddWaba"
REQUIRED_SCOPES = ("whatsapp_business_management", "whatsapp_business_messaging")


class WabaAccessApi(Protocol):
    async def debug_token(self) -> dict[str, Any]: ...

    async def get_waba(self, waba_id: str, *, fields: Any = ...) -> dict[str, Any]: ...


@dataclass(frozen=True)
class WabaCheck:
    waba_id: str
    name: str
    problems: tuple[Phrase, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _p(source: str, **args: Any) -> Phrase:
    return Phrase(_C, source, MappingProxyType(args))


def _token_invalid() -> Phrase:
    return _p(
        QT_TRANSLATE_NOOP(
            "AddWaba",
            "The access token is not valid any more (expired or revoked). In Meta Business "
            "Settings → Users → System users, generate a new token and paste it in Settings.",
        )
    )


async def check_waba_access(api: WabaAccessApi, waba_id: str) -> WabaCheck:
    """Whether the token reaches ``waba_id`` with both WhatsApp permissions; why not."""
    waba_id = waba_id.strip()
    if not waba_id.isdigit():
        return WabaCheck(
            waba_id,
            "",
            (
                _p(
                    QT_TRANSLATE_NOOP(
                        "AddWaba",
                        "A WhatsApp Business Account id is digits only. Copy it from WhatsApp "
                        "Manager → Account tools → Business info, or from Business Settings → "
                        "Accounts → WhatsApp accounts.",
                    )
                ),
            ),
        )
    problems: list[Phrase] = []
    try:
        info = await api.debug_token()
    except CloudApiError as exc:
        if exc.code == 190:
            return WabaCheck(waba_id, "", (_token_invalid(),))
        return WabaCheck(waba_id, "", (exc.advice,))
    if info.get("is_valid") is False:
        return WabaCheck(waba_id, "", (_token_invalid(),))
    scopes = {str(s) for s in info.get("scopes") or ()}
    reach: dict[str, set[str]] = {}
    for entry in info.get("granular_scopes") or ():
        if isinstance(entry, dict) and entry.get("target_ids"):
            reach[str(entry.get("scope"))] = {str(t) for t in entry["target_ids"]}
    for scope in REQUIRED_SCOPES:
        if scope not in scopes:
            problems.append(
                _p(
                    QT_TRANSLATE_NOOP(
                        "AddWaba",
                        "The token lacks the permission {permission}. In Business Settings → "
                        "Users → System users, choose the system user, press “Generate new "
                        "token”, tick {permission} and paste the new token in Settings.",
                    ),
                    permission=scope,
                )
            )
        elif scope in reach and waba_id not in reach[scope]:
            problems.append(
                _p(
                    QT_TRANSLATE_NOOP(
                        "AddWaba",
                        "The token's {permission} permission does not reach account {waba}: "
                        "the system user was not assigned it. In Business Settings → Users → "
                        "System users → Assign assets, choose WhatsApp accounts, tick {waba} "
                        "with full control, then try again (the token stays the same).",
                    ),
                    permission=scope,
                    waba=waba_id,
                )
            )
    name = ""
    try:
        waba = await api.get_waba(waba_id, fields="id,name")
        name = str(waba.get("name") or "")
    except CloudApiError as exc:
        problems.append(_waba_error(exc, waba_id))
    unique = {p.render(): p for p in problems}  # an invalid token may be named twice
    return WabaCheck(waba_id, name, tuple(unique.values()))


def _waba_error(exc: CloudApiError, waba_id: str) -> Phrase:
    if exc.code == 190:
        return _token_invalid()
    if exc.code == 100 and exc.subcode == 33:
        return _p(
            QT_TRANSLATE_NOOP(
                "AddWaba",
                "Meta can't show account {waba} to this token: either the id is wrong, or the "
                "system user was not assigned this WhatsApp account. Check the id, then in "
                "Business Settings → Users → System users → Assign assets, give it the account "
                "with full control.",
            ),
            waba=waba_id,
        )
    if exc.code in (10, 200) or (exc.code is not None and 200 <= exc.code <= 299):
        return _p(
            QT_TRANSLATE_NOOP(
                "AddWaba",
                "Meta refused to show account {waba}: the token lacks a permission for it. "
                "Generate a new token with whatsapp_business_management and "
                "whatsapp_business_messaging ticked.",
            ),
            waba=waba_id,
        )
    return exc.advice


class WabaAdder:
    """Check, then remember the id in the settings and fetch the account."""

    def __init__(
        self,
        api: WabaAccessApi,
        settings: AppSettings,
        save: Callable[[AppSettings], None],
        sync: Callable[[], Awaitable[None]],
    ) -> None:
        self._api = api
        self._settings = settings
        self._save = save
        self._sync = sync

    def known(self, waba_id: str) -> bool:
        return waba_id.strip() in self._settings.waba_ids

    async def add(self, waba_id: str) -> WabaCheck:
        check = await check_waba_access(self._api, waba_id)
        if not check.ok:
            return check
        if check.waba_id not in self._settings.waba_ids:
            self._settings.waba_ids.append(check.waba_id)
            self._save(self._settings)
        await self._sync()
        return check
