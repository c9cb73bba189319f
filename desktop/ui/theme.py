"""The app's look: a WhatsApp-like palette in light and dark, as one style sheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

LIGHT = {
    "window": "#f0f2f5",
    "panel": "#ffffff",
    "text": "#111b21",
    "muted": "#667781",
    "rail": "#202c33",
    "rail_text": "#d1d7db",
    "accent": "#00a884",
    "border": "#e9edef",
    "thread": "#efeae2",
    "notice": "#fff3c4",
    "error": "#ea0038",
    "warning": "#a86b00",
    "ok": "#008069",
    "scroll_handle": "#c4c9cc",
    "scroll_handle_hover": "#a3aaae",
}
DARK = {
    "window": "#111b21",
    "panel": "#1f2c34",
    "text": "#e9edef",
    "muted": "#8696a0",
    "rail": "#0b141a",
    "rail_text": "#aebac1",
    "accent": "#00a884",
    "border": "#2a3942",
    "thread": "#0b141a",
    "notice": "#3b3420",
    "error": "#f15c6d",
    "warning": "#e2a33a",
    "ok": "#25d366",
    "scroll_handle": "#3b4a54",
    "scroll_handle_hover": "#556873",
}


def theme_colors(theme: str | None = None) -> dict[str, str]:
    """The colours of ``theme``, or of the theme applied to the running app.

    Widgets that colour text themselves (an error line, a status dot) ask here instead of
    hard-coding a colour that is right in only one of the themes.
    """
    if theme is None:
        app = QApplication.instance()
        theme = str(app.property("wabadeskTheme") or "light") if app is not None else "light"
    return dict(DARK if theme == "dark" else LIGHT)


def apply_theme(app: QApplication, theme: str) -> None:
    c = DARK if theme == "dark" else LIGHT
    app.setProperty("wabadeskTheme", "dark" if theme == "dark" else "light")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(c["window"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(c["panel"]))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(c["border"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Button, QColor(c["panel"]))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(c["muted"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(c["accent"]))
    palette.setColor(QPalette.ColorRole.Mid, QColor(c["border"]))
    app.setPalette(palette)
    app.setStyleSheet(
        f"""
        QMainWindow, QWidget#page {{ background: {c["window"]}; }}
        QWidget#navRail {{ background: {c["rail"]}; }}
        QToolButton#navButton {{ color: {c["rail_text"]}; border: none; padding: 10px 4px;
            border-radius: 8px; font-size: 11px; }}
        QToolButton#navButton:checked {{ background: {c["accent"]}; color: white; }}
        QToolButton#navButton:hover:!checked {{ background: rgba(255,255,255,0.08); }}
        QListView#conversationList {{ background: {c["panel"]}; border: none; }}
        QListView#thread {{ background: {c["thread"]}; border: none; }}
        QPushButton#newMessagesPill {{ background: {c["accent"]}; color: white; border: none;
            border-radius: 13px; padding: 5px 14px; font-weight: 600; }}
        QWidget#threadHeader {{ background: {c["panel"]}; border-bottom: 1px solid {c["border"]}; }}
        QLabel#threadTitle {{ font-size: 15px; font-weight: 600; }}
        QLabel#threadSubtitle, QLabel#placeholder, QLabel#counter {{ color: {c["muted"]}; }}
        QLabel#counter[over="true"] {{ color: {c["error"]}; font-weight: 600; }}
        QWidget#composer {{ background: {c["panel"]}; border-top: 1px solid {c["border"]}; }}
        QLabel#windowLabel {{ color: {c["muted"]}; font-size: 11px; }}
        QLabel#windowLabel[state="closed"] {{ background: {c["notice"]}; color: {c["text"]};
            padding: 6px; border-radius: 6px; }}
        QLabel#notice {{ background: {c["notice"]}; padding: 8px; }}
        QToolButton#deskSwitcher {{ background: transparent; border: none; border-radius: 8px; }}
        QToolButton#deskSwitcher:hover {{ background: rgba(255,255,255,0.08); }}
        QToolButton#deskSwitcher::menu-indicator {{ image: none; width: 0px; }}
        QFrame#deskPrompt {{ background: {c["notice"]}; border-bottom: 1px solid {c["border"]}; }}
        QLabel#deskQuestion {{ font-weight: 600; }}
        QPushButton#sendButton {{ background: {c["accent"]}; color: white; border: none;
            border-radius: 6px; padding: 8px 18px; font-weight: 600; }}
        QPushButton#sendButton:disabled {{ background: {c["border"]}; color: {c["muted"]}; }}
        QPushButton#templateButton[primary="true"] {{ background: {c["accent"]}; color: white;
            border: none; border-radius: 6px; padding: 8px 18px; font-weight: 600; }}
        QToolButton#assignButton, QToolButton#labelsButton {{ padding-right: 14px; }}
        QPlainTextEdit#composerEditor:disabled {{ background: {c["window"]};
            color: {c["muted"]}; border: 1px dashed {c["muted"]}; }}
        QLabel#modeBadge {{ padding: 1px 8px; border-radius: 8px; color: white;
            background: #8b5cf6; font-weight: 600; }}
        QLabel#modeBadge[mode="live"] {{ background: {c["accent"]}; }}
        QLabel[ok="true"] {{ color: {c["accent"]}; }}
        QLabel[ok="false"] {{ color: {c["error"]}; }}
        QLabel#pageTitle {{ font-size: 18px; font-weight: 600; }}
        QLabel#hint {{ color: {c["muted"]}; }}
        QLabel#errorText {{ color: {c["error"]}; }}
        QLineEdit, QComboBox, QPlainTextEdit, QSpinBox {{ padding: 4px; }}
        """
        + scroll_bars(c)
    )


def scroll_bars(c: dict[str, str]) -> str:
    """Flat, thin scroll bars: a rounded handle on the panel, no arrows and no groove.

    The style's own bars fill their groove with a gradient on every paint, which cost about
    a sixth of repainting the inbox on a resize.
    """
    return f"""        QScrollBar:vertical {{ background: transparent; width: 12px; margin: 0; }}
        QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 0; }}
        QScrollBar::handle {{ background: {c["scroll_handle"]}; border-radius: 4px; margin: 2px; }}
        QScrollBar::handle:hover, QScrollBar::handle:pressed {{
            background: {c["scroll_handle_hover"]}; }}
        QScrollBar::handle:vertical {{ min-height: 32px; }}
        QScrollBar::handle:horizontal {{ min-width: 32px; }}
        QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
        QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
        """
