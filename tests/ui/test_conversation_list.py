from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.ui.inbox.conversation_delegate import plain_preview


def test_previews_show_formatted_text_without_markers(qapp: QApplication) -> None:
    assert plain_preview("Hi *there*\nsecond line") == "Hi there second line"
    assert plain_preview("ありがとう！_地図_ を確認") == "ありがとう！地図 を確認"
    assert plain_preview("2*3*4 stays") == "2*3*4 stays"  # not a word boundary: no bold
    assert plain_preview("a < b & c") == "a < b & c"
