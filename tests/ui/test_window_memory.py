"""The window opens where it was left, panes as wide as dragged; shortcuts work and are listed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.shortcuts_sheet import ShortcutsSheet
from desktop.ui.window_state import WindowStateStore, splitters_by_key


def window_with_pages(qtbot: QtBot) -> tuple[MainWindow, QSplitter]:
    window = MainWindow()
    qtbot.addWidget(window)
    inbox = QWidget()
    splitter = QSplitter(inbox)
    splitter.addWidget(QLabel("list"))
    splitter.addWidget(QLabel("thread"))
    splitter.resize(1000, 400)
    window.add_page("inbox", "Inbox", "✉", inbox)
    window.add_page("pricing", "Pricing", "¤", QLabel("pricing"))
    window.add_page("settings", "Settings", "⚙", QLabel("settings"), bottom=True)
    return window, splitter


def test_geometry_and_splitters_come_back_after_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    store = WindowStateStore(tmp_path / "cfg" / "window.ini")
    window, splitter = window_with_pages(qtbot)
    assert not store.restore_window(window)  # first start: nothing saved yet
    window.resize(1111, 733)
    window.show()
    splitter.setSizes([620, 380])
    wanted = splitter.sizes()
    assert [key for key, _ in splitters_by_key(window)] == ["inboxPage/0"]
    store.save(window)

    again, other = window_with_pages(qtbot)
    assert store.restore_window(again)
    assert again.height() == 733  # (the offscreen test screen is narrower than the window)
    assert store.restore_splitters(again) == 1
    assert other.sizes() == wanted


def test_a_damaged_state_file_is_ignored(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "window.ini"
    path.write_bytes(b"\x00\xff[window]\ngeometry=@ByteArray(\x01garbage")
    window, _ = window_with_pages(qtbot)
    store = WindowStateStore(path)
    assert not store.restore_window(window)
    assert store.restore_splitters(window) == 0
    store.save(window)  # and closing still works


def test_ctrl_digits_switch_pages_in_rail_order_and_f1_lists_the_shortcuts(qtbot: QtBot) -> None:
    window, _ = window_with_pages(qtbot)
    keys = {shortcut.key().toString(): shortcut for shortcut in window.findChildren(QShortcut)}
    assert {"Ctrl+1", "Ctrl+2", "Ctrl+3", "F1", "Ctrl+/"} <= keys.keys()
    assert window.rail_order() == ["inbox", "pricing", "settings"]
    keys["Ctrl+2"].activated.emit()
    assert window.stack.currentWidget() is window.page("pricing")
    keys["Ctrl+3"].activated.emit()
    assert window.stack.currentWidget() is window.page("settings")
    keys["Ctrl+5"].activated.emit()  # no fifth page here: nothing changes
    assert window.stack.currentWidget() is window.page("settings")

    sheet = window.show_shortcuts()
    assert isinstance(sheet, ShortcutsSheet)
    table = sheet.findChild(QTableWidget)
    assert table is not None
    actions = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert actions[:3] == ["Go to Inbox", "Go to Pricing", "Go to Settings"]
    assert "Show this list of shortcuts" in actions
    sheet.close()


def test_a_page_built_on_first_use_is_made_once_and_gets_its_panes_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = WindowStateStore(tmp_path / "window.ini")
    built: list[QSplitter] = []

    def pricing_page() -> QWidget:
        page = QWidget()
        splitter = QSplitter(page)
        splitter.addWidget(QLabel("chart"))
        splitter.addWidget(QLabel("table"))
        splitter.resize(900, 300)
        built.append(splitter)
        return page

    def window_with_lazy_page() -> MainWindow:
        window, _ = window_with_pages(qtbot)
        window.add_page("history", "History", "¤", build=pricing_page)
        window.page_built.connect(store.restore_page_splitters)
        return window

    window = window_with_lazy_page()
    assert built == []  # nothing built at start-up
    assert window.rail_order() == ["inbox", "pricing", "history", "settings"]
    window.show_page("history")
    assert len(built) == 1 and window.stack.currentWidget() is window.page("history")
    assert window.page("history").objectName() == "historyPage"  # type: ignore[union-attr]
    assert window.page("history").isAncestorOf(built[0])  # type: ignore[union-attr]
    built[0].setSizes([700, 200])
    wanted = built[0].sizes()
    store.save(window)

    again = window_with_lazy_page()
    assert again.page("history") is not None  # asking for it builds it
    assert len(built) == 2 and built[1].sizes() == wanted
    again.show_page("history")
    assert len(built) == 2  # once
