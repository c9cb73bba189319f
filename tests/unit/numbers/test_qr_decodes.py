"""A QR code written by WABA Desk scans back to exactly the click-to-chat link."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services.numbers.click_to_chat import chat_link, save_qr
from tests.qr_decode import decode_file


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_qr_file_decodes_to_the_link(qapp: QApplication, tmp_path: Path, suffix: str) -> None:
    link = chat_link("+81 90-1234-5678", "予約したいです 🙏 (2 people)")
    path = tmp_path / f"chat{suffix}"
    save_qr(link.url, path, colour="#075E54")
    assert decode_file(path) == [link.url]
