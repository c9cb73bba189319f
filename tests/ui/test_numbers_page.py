"""The Numbers page in the running app: the accounts tree in words, live quality updates with
a notice, and a click-to-chat QR code that scans back to the link."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from app_harness import start_app, stop_app
from qt_async import until

from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TOKYO
from desktop.ui.numbers.numbers_page import ID_ROLE, NumbersPage
from tests.qr_decode import decode_image

pytestmark = pytest.mark.asyncio

API_VALUE = re.compile(r"\b(GREEN|YELLOW|RED|TIER_\w+|CONNECTED|CLOUD_API|APPROVED|VERIFIED)\b")


def shot(widget, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = Path(os.environ.get("WABADESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / name))


def tree_ids(page: NumbersPage) -> list[list[str]]:
    model = page.model
    out = []
    for b in range(model.rowCount()):
        b_index = model.index(b, 0)
        for w in range(model.rowCount(b_index)):
            w_index = model.index(w, 0, b_index)
            out.append(
                [model.index(n, 0, w_index).data(ID_ROLE) for n in range(model.rowCount(w_index))]
            )
    return out


async def test_tree_details_live_quality_drop_and_qr(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = await start_app(tmp_path)
    try:
        page = app.window.page("numbers")
        assert isinstance(page, NumbersPage)
        app.window.show_page("numbers")
        await until(lambda: page.model.rowCount() == 1, what="accounts tree")
        numbers = sorted(n for group in tree_ids(page) for n in group)
        assert len(tree_ids(page)) == 2 and len(numbers) == 3

        page.select_number(NUMBER_TOKYO)
        assert page.fields["quality"].text() == "High"
        assert page.fields["limit"].text().startswith("10,000 customers a day")
        assert page.fields["status"].text().startswith("Connected")
        shown = [label.text() for label in page.fields.values()] + [page.account_text.text()]
        assert not [t for t in shown if API_VALUE.search(t)], shown

        notices: list[str] = []
        page.notice.connect(notices.append)
        sandbox = app.services.sandbox
        assert sandbox is not None
        sandbox.numbers_admin.set_quality(sandbox.world.numbers[NUMBER_TOKYO], "RED")
        await sandbox.flush_webhooks()
        await until(lambda: page.fields["quality"].text() == "Low", what="live quality update")
        assert any("dropped" in n and "Low" in n for n in notices), notices
        await until(lambda: page.chart.rated_count == 2, what="history with the drop")
        shot(app.window, "numbers_tree_en_light.png", tmp_path)

        # The QR the panel shows scans back to exactly the link it shows.
        page.tabs.setCurrentWidget(page.click_to_chat)
        page.click_to_chat.text.setPlainText("予約 2 名 🙏")
        link = page.click_to_chat.link.text()
        assert link.startswith("https://wa.me/81345670001?text=")
        assert decode_image(page.click_to_chat.qr.pixmap().toImage()) == [link]
        saved = tmp_path / "qr.svg"
        page.click_to_chat.save_to(saved)
        assert saved.read_text().count("#075e54") >= 1
        assert "#075E54" in page.click_to_chat.snippet.toPlainText()
        shot(app.window, "numbers_click_to_chat_en_light.png", tmp_path)

        page.select_number(NUMBER_OSAKA)
        assert page.click_to_chat.link.text().startswith("https://wa.me/81678900002")
    finally:
        await stop_app(app)
