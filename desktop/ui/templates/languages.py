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

from desktop.services.text import QT_TRANSLATE_NOOP

#: Every language Meta takes for templates, by code: the English name, translated on use.
NAMES: dict[str, str] = {
    "af": QT_TRANSLATE_NOOP("Languages", "Afrikaans"),
    "sq": QT_TRANSLATE_NOOP("Languages", "Albanian"),
    "ar": QT_TRANSLATE_NOOP("Languages", "Arabic"),
    "ar_EG": QT_TRANSLATE_NOOP("Languages", "Arabic (Egypt)"),
    "ar_AE": QT_TRANSLATE_NOOP("Languages", "Arabic (UAE)"),
    "ar_LB": QT_TRANSLATE_NOOP("Languages", "Arabic (Lebanon)"),
    "ar_MA": QT_TRANSLATE_NOOP("Languages", "Arabic (Morocco)"),
    "ar_QA": QT_TRANSLATE_NOOP("Languages", "Arabic (Qatar)"),
    "ar_SA": QT_TRANSLATE_NOOP("Languages", "Arabic (Saudi Arabia)"),
    "az": QT_TRANSLATE_NOOP("Languages", "Azerbaijani"),
    "bn": QT_TRANSLATE_NOOP("Languages", "Bengali"),
    "bg": QT_TRANSLATE_NOOP("Languages", "Bulgarian"),
    "ca": QT_TRANSLATE_NOOP("Languages", "Catalan"),
    "zh_CN": QT_TRANSLATE_NOOP("Languages", "Chinese (Simplified)"),
    "zh_HK": QT_TRANSLATE_NOOP("Languages", "Chinese (Hong Kong)"),
    "zh_TW": QT_TRANSLATE_NOOP("Languages", "Chinese (Traditional)"),
    "hr": QT_TRANSLATE_NOOP("Languages", "Croatian"),
    "cs": QT_TRANSLATE_NOOP("Languages", "Czech"),
    "da": QT_TRANSLATE_NOOP("Languages", "Danish"),
    "nl": QT_TRANSLATE_NOOP("Languages", "Dutch"),
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "en_GB": QT_TRANSLATE_NOOP("Languages", "English (UK)"),
    "en_US": QT_TRANSLATE_NOOP("Languages", "English (US)"),
    "en_AU": QT_TRANSLATE_NOOP("Languages", "English (Australia)"),
    "en_CA": QT_TRANSLATE_NOOP("Languages", "English (Canada)"),
    "en_IN": QT_TRANSLATE_NOOP("Languages", "English (India)"),
    "et": QT_TRANSLATE_NOOP("Languages", "Estonian"),
    "fil": QT_TRANSLATE_NOOP("Languages", "Filipino"),
    "fi": QT_TRANSLATE_NOOP("Languages", "Finnish"),
    "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "fr_CA": QT_TRANSLATE_NOOP("Languages", "French (Canada)"),
    "fr_BE": QT_TRANSLATE_NOOP("Languages", "French (Belgium)"),
    "ka": QT_TRANSLATE_NOOP("Languages", "Georgian"),
    "de": QT_TRANSLATE_NOOP("Languages", "German"),
    "el": QT_TRANSLATE_NOOP("Languages", "Greek"),
    "gu": QT_TRANSLATE_NOOP("Languages", "Gujarati"),
    "ha": QT_TRANSLATE_NOOP("Languages", "Hausa"),
    "he": QT_TRANSLATE_NOOP("Languages", "Hebrew"),
    "hi": QT_TRANSLATE_NOOP("Languages", "Hindi"),
    "hu": QT_TRANSLATE_NOOP("Languages", "Hungarian"),
    "id": QT_TRANSLATE_NOOP("Languages", "Indonesian"),
    "ga": QT_TRANSLATE_NOOP("Languages", "Irish"),
    "it": QT_TRANSLATE_NOOP("Languages", "Italian"),
    "ja": QT_TRANSLATE_NOOP("Languages", "Japanese"),
    "kn": QT_TRANSLATE_NOOP("Languages", "Kannada"),
    "kk": QT_TRANSLATE_NOOP("Languages", "Kazakh"),
    "rw_RW": QT_TRANSLATE_NOOP("Languages", "Kinyarwanda"),
    "ko": QT_TRANSLATE_NOOP("Languages", "Korean"),
    "ky_KG": QT_TRANSLATE_NOOP("Languages", "Kyrgyz"),
    "lo": QT_TRANSLATE_NOOP("Languages", "Lao"),
    "lv": QT_TRANSLATE_NOOP("Languages", "Latvian"),
    "lt": QT_TRANSLATE_NOOP("Languages", "Lithuanian"),
    "mk": QT_TRANSLATE_NOOP("Languages", "Macedonian"),
    "ms": QT_TRANSLATE_NOOP("Languages", "Malay"),
    "ml": QT_TRANSLATE_NOOP("Languages", "Malayalam"),
    "mr": QT_TRANSLATE_NOOP("Languages", "Marathi"),
    "nb": QT_TRANSLATE_NOOP("Languages", "Norwegian"),
    "fa": QT_TRANSLATE_NOOP("Languages", "Persian"),
    "pl": QT_TRANSLATE_NOOP("Languages", "Polish"),
    "pt_BR": QT_TRANSLATE_NOOP("Languages", "Portuguese (Brazil)"),
    "pt_PT": QT_TRANSLATE_NOOP("Languages", "Portuguese (Portugal)"),
    "pa": QT_TRANSLATE_NOOP("Languages", "Punjabi"),
    "ro": QT_TRANSLATE_NOOP("Languages", "Romanian"),
    "ru": QT_TRANSLATE_NOOP("Languages", "Russian"),
    "sr": QT_TRANSLATE_NOOP("Languages", "Serbian"),
    "sk": QT_TRANSLATE_NOOP("Languages", "Slovak"),
    "sl": QT_TRANSLATE_NOOP("Languages", "Slovenian"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"),
    "es_AR": QT_TRANSLATE_NOOP("Languages", "Spanish (Argentina)"),
    "es_ES": QT_TRANSLATE_NOOP("Languages", "Spanish (Spain)"),
    "es_MX": QT_TRANSLATE_NOOP("Languages", "Spanish (Mexico)"),
    "es_CL": QT_TRANSLATE_NOOP("Languages", "Spanish (Chile)"),
    "es_CO": QT_TRANSLATE_NOOP("Languages", "Spanish (Colombia)"),
    "es_PE": QT_TRANSLATE_NOOP("Languages", "Spanish (Peru)"),
    "es_VE": QT_TRANSLATE_NOOP("Languages", "Spanish (Venezuela)"),
    "sw": QT_TRANSLATE_NOOP("Languages", "Swahili"),
    "sv": QT_TRANSLATE_NOOP("Languages", "Swedish"),
    "ta": QT_TRANSLATE_NOOP("Languages", "Tamil"),
    "te": QT_TRANSLATE_NOOP("Languages", "Telugu"),
    "th": QT_TRANSLATE_NOOP("Languages", "Thai"),
    "tr": QT_TRANSLATE_NOOP("Languages", "Turkish"),
    "uk": QT_TRANSLATE_NOOP("Languages", "Ukrainian"),
    "ur": QT_TRANSLATE_NOOP("Languages", "Urdu"),
    "uz": QT_TRANSLATE_NOOP("Languages", "Uzbek"),
    "vi": QT_TRANSLATE_NOOP("Languages", "Vietnamese"),
    "zu": QT_TRANSLATE_NOOP("Languages", "Zulu"),
}


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
