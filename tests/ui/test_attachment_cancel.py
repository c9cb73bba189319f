"""Cancelling an upload keeps the file in the composer, ready to send again.

The sender here is a stand-in that waits until it is cancelled: on loopback the real upload
ends before a click could cancel it. The real upload path is in test_media_both_ways.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.sandbox.media_samples import sample_pdf
from desktop.services.media_send import Attachment
from desktop.ui.inbox.attachment_bar import AttachmentBar

pytestmark = pytest.mark.asyncio


class SlowSender:
    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.calls = 0
        self.finish = asyncio.Event()

    async def send(
        self,
        conversation_id: int,
        attachment: Attachment,
        caption: str = "",
        *,
        reply_to: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        self.calls += 1
        assert progress is not None
        progress(attachment.size // 2, attachment.size)
        self.started.set()
        await self.finish.wait()
        progress(attachment.size, attachment.size)
        return 41


async def test_cancel_keeps_the_file_and_a_second_send_goes(qtbot: QtBot, tmp_path: Path) -> None:
    sender = SlowSender()
    bar = AttachmentBar(sender)
    qtbot.addWidget(bar)
    bar.show_conversation(7)
    pdf = tmp_path / "quote.pdf"
    pdf.write_bytes(sample_pdf())
    bar.offer(pdf)
    await until(lambda: bar.pending is not None, what="pending")
    bar.caption.setText("Your quote")
    bar.send()
    await asyncio.wait_for(sender.started.wait(), 10)
    assert bar.uploading and not bar.cancel_button.isHidden()
    assert bar.progress.value() == pdf.stat().st_size // 2
    assert not bar.caption.isEnabled() and not bar.remove_button.isEnabled()
    bar.cancel_button.click()
    await until(lambda: not bar.uploading, what="cancelled")
    assert bar.pending is not None and bar.pending.filename == "quote.pdf"
    assert bar.problem.text().startswith("Upload cancelled")
    assert bar.caption.text() == "Your quote" and bar.cancel_button.isHidden()

    sent: list[int] = []
    bar.sent.connect(sent.append)
    sender.started.clear()
    bar.send_button.click()
    await asyncio.wait_for(sender.started.wait(), 10)
    sender.finish.set()
    await until(lambda: sent == [41], what="sent")
    assert bar.pending is None and bar.isHidden() and sender.calls == 2


async def test_each_conversation_keeps_its_own_file(qtbot: QtBot, tmp_path: Path) -> None:
    bar = AttachmentBar(SlowSender())
    qtbot.addWidget(bar)
    bar.show_conversation(1)
    pdf = tmp_path / "one.pdf"
    pdf.write_bytes(sample_pdf())
    bar.offer(pdf)
    await until(lambda: bar.pending is not None)
    bar.show_conversation(2)
    assert bar.pending is None and bar.isHidden()
    bar.show_conversation(1)
    assert bar.pending is not None and bar.pending.filename == "one.pdf"
    bar.remove_button.click()
    assert bar.pending is None
