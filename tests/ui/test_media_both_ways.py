"""Files both ways, in the running app over real HTTP to the sandbox: attach a picture and a
PDF and send them (the sandbox receives the very bytes), refuse a file Meta would refuse,
keep a file whose upload failed, open, save, copy and view what a customer sent, and play
a voice note."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from app_harness import parts
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from qt_async import until

from desktop.app import RunningApp
from desktop.runtime.app_services import AppServices
from desktop.sandbox.media_samples import sample_ogg_opus, sample_pdf, sample_png
from desktop.sandbox.seed import NUMBER_OSAKA
from desktop.sandbox.state import Media
from desktop.ui.inbox.inbox_page import InboxPage
from desktop.ui.inbox.media_viewer import ImageViewer

pytestmark = pytest.mark.asyncio

TANAKA = "819012345604"


async def open_chat(
    services: AppServices, inbox: InboxPage, text: str = "写真を送ってください"
) -> int:
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, text)
    await services.sandbox.flush_webhooks()
    await until(lambda: inbox.conversations.rowCount() == 1, what="chat listed")
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None
    await until(lambda: inbox.select_conversation(conversation_id), what="selected")
    await until(lambda: inbox.messages.conversation_id == conversation_id, what="opened")
    await until(lambda: inbox.composer.window_open, what="window open")
    return conversation_id


def received_by_sandbox(services: AppServices, kind: str) -> list[Any]:
    sandbox = services.sandbox
    assert sandbox is not None
    return [m for m in sandbox.world.outbound.values() if m.type == kind]


def row_types(inbox: InboxPage) -> list[str]:
    rows = (inbox.messages.message_row(r) for r in range(inbox.messages.rowCount()))
    return [row.type for row in rows if row is not None]


def row_of_type(inbox: InboxPage, kind: str) -> int:
    return row_types(inbox).index(kind)


async def test_attach_a_picture_and_a_pdf_and_the_customer_gets_them(
    app: RunningApp, tmp_path: Path
) -> None:
    services, inbox = parts(app)
    bar = inbox.attachments
    assert bar is not None and bar.isHidden()
    await open_chat(services, inbox)
    assert bar.attach_button.isEnabled()

    # A picture from the attach button's dialog.
    picture = tmp_path / "menu.png"
    picture.write_bytes(sample_png(64, 48))
    bar.attach_button.click()
    dialog = app.window.findChild(QFileDialog, "attachDialog")
    assert isinstance(dialog, QFileDialog)
    dialog.fileSelected.emit(str(picture))
    dialog.close()
    await until(lambda: bar.pending is not None, what="picture pending")
    assert not bar.isHidden() and bar.name.text().strip("\u2068\u2069") == "menu.png"
    bar.caption.setText("本日のメニューです")
    progress: list[int] = []
    bar.progress.valueChanged.connect(progress.append)
    bar.send_button.click()
    await until(lambda: bar.pending is None, what="picture sent")
    assert progress and max(progress) == picture.stat().st_size  # the bar reached the end
    await until(lambda: received_by_sandbox(services, "image"), what="sandbox got it")
    sent = received_by_sandbox(services, "image")[0].body["image"]
    assert sent["caption"] == "本日のメニューです"
    assert services.sandbox.world.media[sent["id"]].data == picture.read_bytes()
    await until(lambda: "image" in row_types(inbox), what="bubble shown")

    # A PDF dropped on the thread.
    pdf = tmp_path / "見積書.pdf"
    pdf.write_bytes(sample_pdf("Quote 7"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    viewport = inbox.thread_view.viewport()
    enter = QDragEnterEvent(
        QPoint(40, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()  # the thread takes files
    drop = QDropEvent(
        QPointF(40, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    await until(lambda: bar.pending is not None, what="pdf pending")
    assert bar.pending.kind == "document"
    assert inbox.composer.editor.toPlainText() == ""
    QTest.keyClick(inbox.composer.editor, Qt.Key.Key_Return)  # Enter in an empty box sends it
    await until(lambda: received_by_sandbox(services, "document"), what="sandbox got the pdf")
    document = received_by_sandbox(services, "document")[0].body["document"]
    assert document["filename"] == "見積書.pdf"
    assert services.sandbox.world.media[document["id"]].data == pdf.read_bytes()
    await until(lambda: "document" in row_types(inbox), what="document bubble")

    # A picture pasted into the reply box.
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    QGuiApplication.clipboard().setImage(image)
    paste = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(inbox.composer.editor, paste)
    await until(lambda: bar.pending is not None, what="pasted picture pending")
    assert bar.pending.kind == "image" and bar.pending.filename.endswith(".png")
    assert inbox.composer.editor.toPlainText() == ""  # the picture did not land as text
    bar.send()
    await until(lambda: len(received_by_sandbox(services, "image")) == 2, what="pasted sent")
    await until(
        lambda: all(
            inbox.messages.message_row(r).status in ("sent", "delivered", "read")
            for r in range(inbox.messages.rowCount())
            if inbox.messages.message_row(r).direction == "out"
        ),
        what="all three sent",
    )


async def test_a_file_meta_would_refuse_is_refused_before_upload(
    app: RunningApp, tmp_path: Path
) -> None:
    services, inbox = parts(app)
    bar = inbox.attachments
    assert bar is not None
    await open_chat(services, inbox)
    uploaded = len(services.sandbox.world.media)

    big = tmp_path / "holiday.jpg"
    big.write_bytes(b"\xff\xd8\xff\xe0" + bytes(5 * 1024 * 1024))
    bar.offer(big)
    await until(lambda: not inbox.notice_bar.isHidden(), what="refusal shown")
    assert "WhatsApp accepts pictures up to 5 MB" in inbox.notice.text()
    assert "holiday.jpg" in inbox.notice.text()
    assert bar.pending is None and bar.isHidden()

    tool = tmp_path / "setup.exe"
    tool.write_bytes(b"MZ" + bytes(100))
    bar.offer(tool)
    await until(lambda: "EXE" in inbox.notice.text(), what="type refused")
    assert "WhatsApp does not accept EXE files." in inbox.notice.text()
    assert bar.pending is None
    assert len(services.sandbox.world.media) == uploaded  # nothing went to Meta


async def test_a_failed_upload_keeps_the_file_to_send_again(
    app: RunningApp, tmp_path: Path
) -> None:
    services, inbox = parts(app)
    bar = inbox.attachments
    assert bar is not None
    await open_chat(services, inbox)
    sandbox = services.sandbox
    token = sandbox.access_token
    sandbox.access_token = "rotated-elsewhere"  # the app's token no longer works
    picture = tmp_path / "a.png"
    picture.write_bytes(sample_png())
    bar.offer(picture)
    await until(lambda: bar.pending is not None)
    bar.send()
    await until(lambda: not bar.problem.isHidden(), what="failure shown")
    assert bar.problem.text().startswith("The upload failed")
    assert bar.pending is not None and bar.send_button.isEnabled()
    assert not received_by_sandbox(services, "image")
    sandbox.access_token = token
    bar.send_button.click()
    await until(lambda: bar.pending is None, what="sent on the second try")
    await until(lambda: received_by_sandbox(services, "image"))


async def test_open_save_copy_and_view_what_a_customer_sent(
    app: RunningApp, tmp_path: Path
) -> None:
    services, inbox = parts(app)
    actions = inbox.media_actions
    assert actions is not None
    opened: list[Path] = []

    def open_url(url: QUrl) -> bool:  # the system viewer is the unit boundary
        opened.append(Path(url.toLocalFile()))
        return True

    actions.open_url = open_url
    await open_chat(services, inbox, "見てください")
    sandbox = services.sandbox
    await sandbox.customer_says(NUMBER_OSAKA, TANAKA, "この写真です", type="image")
    await sandbox.customer_says(NUMBER_OSAKA, TANAKA, type="document")
    await sandbox.flush_webhooks()
    await until(lambda: {"image", "document"} <= set(row_types(inbox)), what="media bubbles")
    picture_row = row_of_type(inbox, "image")
    row = inbox.messages.message_row(picture_row)
    assert row is not None
    original = sandbox.world.media[row.payload["image"]["id"]].data

    menu = inbox.thread_menu(picture_row)
    assert menu is not None
    by_name = {a.objectName(): a for a in menu.actions()}
    assert {"viewMedia", "openMedia", "saveMedia", "copyMedia"} <= set(by_name)

    by_name["openMedia"].trigger()
    await until(lambda: opened, what="opened")
    assert opened[0].suffix == ".png" and opened[0].read_bytes() == original

    QGuiApplication.clipboard().clear()
    by_name["copyMedia"].trigger()
    await until(lambda: not QGuiApplication.clipboard().image().isNull(), what="copied")
    assert QGuiApplication.clipboard().image().size().width() == 48  # the customer's picture

    by_name["saveMedia"].trigger()
    await until(lambda: app.window.findChild(QFileDialog, "saveMediaDialog"), what="asked")
    dialog = app.window.findChild(QFileDialog, "saveMediaDialog")
    assert isinstance(dialog, QFileDialog)
    target = tmp_path / "saved.png"
    dialog.fileSelected.emit(str(target))
    dialog.close()
    await until(target.exists, what="saved")
    assert target.read_bytes() == original

    # Double-click shows the picture; the zoom goes from fit to 100% and in and out.
    index = inbox.messages.index(picture_row)
    inbox.thread_view.doubleClicked.emit(index)
    await until(lambda: app.window.findChild(ImageViewer, "imageViewer"), what="viewer")
    viewer = app.window.findChild(ImageViewer, "imageViewer")
    assert isinstance(viewer, ImageViewer)
    assert viewer.fitted and viewer.zoom == 1.0  # a small picture is not blown up to fit
    viewer.in_button.click()
    assert viewer.zoom == pytest.approx(1.25) and not viewer.fitted
    assert viewer.picture.pixmap().width() == 60
    viewer.actual_button.click()
    assert viewer.zoom == 1.0
    viewer.out_button.click()
    assert viewer.zoom == pytest.approx(0.8)
    viewer.fit_button.click()
    assert viewer.fitted and viewer.zoom == 1.0
    viewer.close()

    # The PDF opens under its own name.
    document_row = row_of_type(inbox, "document")
    menu = inbox.thread_menu(document_row)
    assert menu is not None
    next(a for a in menu.actions() if a.objectName() == "openMedia").trigger()
    await until(lambda: len(opened) == 2, what="pdf opened")
    assert opened[1].name.endswith("invoice.pdf") and opened[1].read_bytes().startswith(b"%PDF")


async def test_a_voice_note_plays_and_its_position_advances(app: RunningApp) -> None:
    services, inbox = parts(app)
    await open_chat(services, inbox, "声で説明します")
    sandbox = services.sandbox
    note = sample_ogg_opus(seconds=4)
    media = Media(
        id="990000000000001", mime_type="audio/ogg", data=note, phone_number_id=NUMBER_OSAKA
    )
    sandbox.world.media[media.id] = media
    await sandbox.customer_says(
        NUMBER_OSAKA,
        TANAKA,
        type="audio",
        payload={"id": media.id, "sha256": media.sha256, "mime_type": "audio/ogg; codecs=opus"},
    )
    await sandbox.flush_webhooks()
    await until(lambda: "audio" in row_types(inbox), what="voice bubble")
    player = inbox.audio_player
    assert player.isHidden()
    inbox.thread_view.doubleClicked.emit(inbox.messages.index(row_of_type(inbox, "audio")))
    await until(lambda: not player.isHidden(), what="player shown")
    await until(lambda: player.playing, what="playing")
    await until(lambda: player.position > 0, what="position advanced")
    await until(lambda: player.slider.value() > 0, what="slider follows")
    assert player.duration == pytest.approx(4000, abs=100)
    assert player.slider.maximum() == player.duration
    assert player.time_label.text().endswith("/ 0:04")
    player.play_button.click()  # pause
    await until(lambda: not player.playing, what="paused")
    held = player.position
    assert player.play_button.text() == "▶"
    player.play_button.click()  # and on
    await until(lambda: player.playing)
    await until(lambda: player.position > held, what="advancing again")
