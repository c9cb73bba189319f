"""Template languages in the user's words: "English (US)" / "英語（米国）" for ``en_US``.

Meta names a template's language by a code (``en_US``, ``pt_BR``); people choose it by its
name in their own UI language. :class:`LanguageCombo` lists the names (the code in each
item's tooltip), finds a name while it is typed, and gives back the code; a code typed
as such (or one Meta adds later) is kept as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop.services.templates.languages import LANGUAGE_NAMES

# Every language Meta takes for templates, by code (the services' list, shared with the lint).
NAMES = LANGUAGE_NAMES


def language_name(code: str) -> str:
    """The language's name in the UI language; an unknown code as it is."""
    english = NAMES.get(code)
    return QCoreApplication.translate("Languages", english) if english else code


def language_code(text: str) -> str:
    """The code for a name as :func:`language_name` shows it (any case), or a code typed as
    such; anything else is returned as typed (the template's lint then says it is unknown)."""
    typed = text.strip()
    if typed in NAMES:
        return typed
    folded = typed.casefold()
    for code in NAMES:
        if language_name(code).casefold() == folded or code.casefold() == folded:
            return code
    return typed


def sorted_codes(codes: Iterable[str] | None = None) -> list[str]:
    """``codes`` (default: every language) by their names in the UI language."""
    chosen = list(NAMES) if codes is None else list(codes)
    return sorted(chosen, key=lambda c: (language_name(c).casefold(), c))


class LanguageCombo(QComboBox):
    """An editable list of language names whose value is Meta's code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in sorted_codes():
            self.addItem(language_name(code), code)
            self.setItemData(self.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "US" finds "English (US)"
        self.setCompleter(completer)
        self.currentTextChanged.connect(lambda _t: self._show_code())
        self._show_code()

    def code(self) -> str:
        """Meta's code for what the box shows."""
        return language_code(self.currentText())

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        else:
            self.setEditText(code)
        self._show_code()

    def _show_code(self) -> None:
        code = self.code()
        self.setToolTip(
            QCoreApplication.translate(
                "Languages", "Template language (Meta's code: {code})"
            ).format(code=code)
            if code
            else ""
        )
