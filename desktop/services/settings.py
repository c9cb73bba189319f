"""User settings (a JSON file in the config folder) and secrets (the OS keyring only).

The access token, the app secret and the webhook verify token never touch SQLite, the
settings file or the logs: they live in a :class:`SecretStore`. Headless Linux machines
often have no keyring backend; :class:`KeyringSecretStore` then raises
:class:`SecretStoreUnavailable` with what to install, and the app keeps running in sandbox
mode.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Literal, Protocol

import platformdirs
from pydantic import BaseModel, Field, ValidationError, field_validator

from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

APP_SLUG = "wabadesk"
KEYRING_SERVICE = "WABA Desk"
SECRET_NAMES = ("access_token", "app_secret", "verify_token")


class NotificationSettings(BaseModel):
    """What the user chose in Settings → Notifications."""

    desktop: bool = True
    sound: bool = True
    muted_channels: list[str] = Field(default_factory=list)  # phone-number ids
    quiet_hours: bool = False
    quiet_from: int = Field(default=22, ge=0, le=23)  # local hour the quiet time starts
    quiet_until: int = Field(default=7, ge=0, le=23)  # local hour it ends

    def is_quiet(self, at: datetime) -> bool:
        if not self.quiet_hours or self.quiet_from == self.quiet_until:
            return False
        if self.quiet_from < self.quiet_until:
            return self.quiet_from <= at.hour < self.quiet_until
        return at.hour >= self.quiet_from or at.hour < self.quiet_until  # across midnight


class AppSettings(BaseModel):
    """Everything the user can set that is not a secret."""

    language: Literal["system", "en", "ja"] = "system"
    theme: Literal["light", "dark"] = "light"
    graph_version: str = "v25.0"
    base_url: str = "https://graph.facebook.com"
    business_id: str = ""
    waba_ids: list[str] = Field(default_factory=list)
    webhook_host: str = "127.0.0.1"
    webhook_port: int = Field(default=8787, ge=0, le=65535)
    public_webhook_url: str = ""
    db_url: str = ""
    notifications: NotificationSettings = Field(default_factory=NotificationSettings)
    # "Me" at the desk: the agent profile (``agent`` id) this user answers as.
    agent_id: int | None = None

    @field_validator("graph_version")
    @classmethod
    def _version_shape(cls, value: str) -> str:
        value = value.strip()
        if not value.startswith("v") or not value[1:].replace(".", "", 1).isdigit():
            raise ValueError("Graph API version looks like v25.0")
        return value

    @field_validator("waba_ids")
    @classmethod
    def _digits_only(cls, value: list[str]) -> list[str]:
        cleaned = [v.strip() for v in value if v.strip()]
        for v in cleaned:
            if not v.isdigit():
                raise ValueError(f"WABA id {v!r} must be digits only")
        return cleaned


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_SLUG, appauthor=False))


def settings_path() -> Path:
    return config_dir() / "settings.json"


class SettingsFileError(Exception):
    """The settings file exists but cannot be read; the defaults are used instead."""


def load_settings(path: Path | None = None) -> AppSettings:
    path = path or settings_path()
    if not path.exists():
        return AppSettings()
    try:
        return AppSettings.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError) as exc:
        raise SettingsFileError(
            f"Settings file {path} is unreadable ({exc.__class__.__name__}); "
            "defaults are used until you save the settings again."
        ) from exc


def save_settings(settings: AppSettings, path: Path | None = None) -> None:
    """Write atomically so a crash mid-save never leaves a half-written file."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(settings.model_dump_json(indent=2), encoding="utf-8")
    os.replace(tmp, path)


class SecretStoreUnavailable(Exception):
    """No usable keyring; ``phrase`` tells the user what to do."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(phrase.render())
        self.phrase = phrase


class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class MemorySecretStore:
    """Secrets held in memory only: tests, and sessions without a keyring."""

    def __init__(self, values: dict[str, str] | None = None) -> None:
        self._values = dict(values or {})

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        self._values[name] = value

    def delete(self, name: str) -> None:
        self._values.pop(name, None)


_NO_KEYRING = Phrase(
    "Secrets",
    QT_TRANSLATE_NOOP(
        "Secrets",
        "No system keyring is available, so live credentials cannot be stored safely. "
        "Install and unlock a keyring (GNOME Keyring, KWallet, or the Windows/macOS one) "
        "and try again; sandbox mode keeps working meanwhile.",
    ),
)


class KeyringSecretStore:
    """Secrets in the operating system's keyring (``keyring`` package)."""

    def _keyring(self):  # type: ignore[no-untyped-def]
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            raise SecretStoreUnavailable(_NO_KEYRING)
        return keyring

    def get(self, name: str) -> str | None:
        try:
            value: str | None = self._keyring().get_password(KEYRING_SERVICE, name)
        except SecretStoreUnavailable:
            return None
        except Exception as exc:  # keyring raises backend-specific errors
            raise SecretStoreUnavailable(_NO_KEYRING) from exc
        return value

    def set(self, name: str, value: str) -> None:
        kr = self._keyring()
        try:
            kr.set_password(KEYRING_SERVICE, name, value)
        except Exception as exc:
            raise SecretStoreUnavailable(_NO_KEYRING) from exc

    def delete(self, name: str) -> None:
        kr = self._keyring()
        try:
            kr.delete_password(KEYRING_SERVICE, name)
        except Exception:
            pass  # already absent


class LiveCredentials(BaseModel):
    access_token: str
    app_secret: str
    verify_token: str


def live_credentials(settings: AppSettings, secrets: SecretStore) -> LiveCredentials | None:
    """The live-mode credentials, or None when something needed is missing (→ sandbox)."""
    if not settings.waba_ids:
        return None
    values = {name: secrets.get(name) or "" for name in SECRET_NAMES}
    if not values["access_token"] or not values["app_secret"]:
        return None
    values["verify_token"] = values["verify_token"] or ""
    return LiveCredentials(**values)
