"""Bulk send in the app (sandbox mode, real HTTP): CSV in, rows checked, sent, followed.

Set ``WABADESK_SCREENSHOTS=folder`` to keep the PNGs of the window at 1024×700 (light and
dark, English and Japanese) for a look by eye.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from app_harness import parts, start_app, stop_app
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.app import open_bulk_send
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.ui.bulk.bulk_window import BulkSendWindow
from desktop.ui.i18n import install_translators

ROWS = 20
FAILING = 8

CASES = [("en", "light"), ("ja", "dark")]
if os.environ.get("WABADESK_SCREENSHOTS"):
    CASES = [("en", "light"), ("en", "dark"), ("ja", "light"), ("ja", "dark")]


def number(i: int) -> str:
    return f"8190555501{i:02d}"


def write_csv(folder: Path) -> Path:
    lines = ["phone,name,order"]
    lines += [f"+81 90-5555-01{i:02d},Guest {i},A{i:03d}" for i in range(1, ROWS + 1)]
    lines += ["12345,Short number,B001", "+81 90-5555-0101,Twice,B002", "+81 90-5555-0199,,B003"]
    path = folder / "guests.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


async def open_window(app: object, tmp_path: Path) -> BulkSendWindow:
    _services, inbox = parts(app)  # type: ignore[arg-type]
    inbox.bulk_button.click()
    window = app.window.findChild(BulkSendWindow, "bulkSendWindow")  # type: ignore[attr-defined]
    assert isinstance(window, BulkSendWindow)
    await until(lambda: window.ready, what="numbers and templates listed")
    assert await window.choose_number(NUMBER_TOKYO)
    assert window.template_list.count() > 0
    assert await window.import_csv(write_csv(tmp_path))
    assert window.choose_template("order_confirmation", "en_US")
    return window


def no_sideways_scroll(widget: QWidget) -> None:
    from PySide6.QtWidgets import QAbstractScrollArea

    for area in widget.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.objectName() not in ("bulkRows", "bulkResults"):
            assert not area.horizontalScrollBar().isVisible(), area.objectName()


@pytest.mark.asyncio
async def test_a_csv_is_checked_row_by_row_then_sent_with_one_failure(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = await start_app(tmp_path)
    try:
        services, _inbox = parts(app)
        assert services.sandbox is not None
        services.sandbox.world.unreachable.add(number(FAILING))
        window = await open_window(app, tmp_path)
        mapping = window.mapping()
        assert (mapping["body:1"].column, mapping["body:2"].column) == ("name", "order")
        plan = await window.check()
        assert plan is not None and len(plan.sendable) == ROWS
        assert window.pages.currentWidget() is window.check_page
        model = window.rows_model
        checks = [model.text(r, 3) for r in range(model.rowCount())]
        assert "is not a valid phone number" in checks[0]
        assert "Same number as row 2" in checks[1]
        assert "No value for {{1}}" in checks[2]
        assert window.send_button.text() == f"Send to {ROWS} recipients"
        assert "Estimated cost" in window.cost.text() and "Messaging limit" in window.tier.text()
        assert all(p.isVisible() for p in window.previews)
        job = await window.send()
        assert job is not None and window.pages.currentWidget() is window.progress_view
        view = window.progress_view
        await until(
            lambda: (
                view.progress is not None
                and view.progress.state == "done"
                and view.progress.failed == 1
                and view.progress.sent == ROWS - 1
            ),
            timeout=180,  # loaded CI: an interrupted send waits up to 120 s for its report
            what="the job to finish",
        )
        results = view.results_model

        def failed_rows() -> list[int]:
            return [r for r in range(results.rowCount()) if results.text(r, 3) == "Failed"]

        await until(failed_rows, timeout=30, what="the failure listed")  # results follow counts
        failed = failed_rows()
        assert [results.text(r, 1) for r in failed] == ["+81 90-5555-0108"]
        assert "(131026)" in results.text(failed[0], 4)
        counts: dict[str, int] = {}
        for message in services.sandbox.world.outbound.values():
            counts[message.recipient_id] = counts.get(message.recipient_id, 0) + 1
        assert sorted(counts) == sorted(number(i) for i in range(1, ROWS + 1))
        assert set(counts.values()) == {1}
        # the window opened again follows the same job
        window.close()
        assert open_bulk_send(app.window, services) is window
    finally:
        await stop_app(app)


@pytest.mark.asyncio
@pytest.mark.parametrize(("language", "theme"), CASES)
async def test_bulk_window_fits_1024_by_700(
    qtbot: QtBot, tmp_path: Path, language: str, theme: str
) -> None:
    qt_app = QCoreApplication.instance()
    assert qt_app is not None
    install_translators(qt_app, language)
    app = await start_app(tmp_path, theme=theme)
    keep = os.environ.get("WABADESK_SCREENSHOTS")
    folder = Path(keep) if keep else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    try:
        services, _inbox = parts(app)
        assert services.sandbox is not None
        services.sandbox.world.unreachable.add(number(FAILING))
        window = await open_window(app, tmp_path)
        window.resize(1024, 700)

        async def shot(name: str) -> None:
            await asyncio.sleep(0.2)  # let the layouts settle
            assert window.grab().save(str(folder / f"bulk_{name}_{language}_{theme}.png"))
            no_sideways_scroll(window)

        await shot("setup")
        assert await window.check() is not None
        await shot("check")
        assert await window.send() is not None
        view = window.progress_view
        await until(
            lambda: (
                view.progress is not None
                and view.progress.state == "done"
                and view.results_model.rowCount() == ROWS
            ),
            timeout=180,  # loaded CI: an interrupted send waits up to 120 s for its report
            what="the job to finish",
        )
        await shot("progress")
    finally:
        install_translators(qt_app, "en")
        await stop_app(app)
