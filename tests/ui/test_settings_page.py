from __future__ import annotations

import json

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.settings import (
    AppSettings,
    MemorySecretStore,
    SecretStoreUnavailable,
    live_credentials,
    settings_path,
)
from desktop.services.text import Phrase
from desktop.ui.settings_page import SettingsPage


def test_saving_live_credentials_keeps_secrets_out_of_the_file(qtbot: QtBot) -> None:
    secrets = MemorySecretStore()
    page = SettingsPage(AppSettings(), secrets, "sandbox")
    qtbot.addWidget(page)
    page.waba_ids.setText("102290129340398, 104996122399160")
    page.token.setText("EAAG-very-secret-token")
    page.app_secret.setText("app-secret-value")
    page.verify_token.setText("verify-me")
    page.language.setCurrentIndex(page.language.findData("ja"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    stored = settings_path().read_text(encoding="utf-8")
    assert "EAAG-very-secret-token" not in stored and "app-secret-value" not in stored
    data = json.loads(stored)
    assert data["waba_ids"] == ["102290129340398", "104996122399160"]
    assert data["language"] == "ja"
    assert secrets.get("access_token") == "EAAG-very-secret-token"
    assert page.token.text() == ""  # the field does not keep showing the secret
    creds = live_credentials(AppSettings.model_validate(data), secrets)
    assert creds is not None and creds.verify_token == "verify-me"
    assert "live mode" in page.result.text()
    assert not page.restart_button.isHidden()


def test_invalid_input_is_explained_and_nothing_saved(qtbot: QtBot) -> None:
    page = SettingsPage(AppSettings(), MemorySecretStore(), "sandbox")
    qtbot.addWidget(page)
    page.waba_ids.setText("10229-abc")
    page.graph_version.setText("25")
    assert page.save() is False
    assert "digits only" in page.result.text()
    assert not settings_path().exists()


class BrokenKeyring(MemorySecretStore):
    def set(self, name: str, value: str) -> None:
        raise SecretStoreUnavailable(Phrase("Secrets", "No system keyring is available."))


def test_missing_keyring_is_reported(qtbot: QtBot) -> None:
    page = SettingsPage(AppSettings(), BrokenKeyring(), "sandbox")
    qtbot.addWidget(page)
    page.waba_ids.setText("102290129340398")
    page.token.setText("tok")
    assert page.save() is False
    assert "keyring" in page.result.text()
    assert page.token.text() == "tok"  # what the user typed is kept
    assert not settings_path().exists()
