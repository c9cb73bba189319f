"""Translatable phrases produced below the UI.

Services cannot call Qt's ``tr()``, yet what they report (lint problems, API advice) must
reach the user in their language. A service returns a :class:`Phrase`: the Qt translation
context, the English source (marked with ``QT_TRANSLATE_NOOP`` so ``lupdate`` collects it)
and the values for its ``{placeholders}``. The UI translates the source, then formats it;
the CLI prints the English text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` without translating it now."""
    del context
    return source


@dataclass(frozen=True)
class Phrase:
    """An English sentence with named placeholders, translatable later by the UI."""

    context: str
    source: str
    args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The sentence in the language ``translate`` gives (English without one)."""
        text = translate(self.context, self.source) if translate else self.source
        # a phrase inside a phrase is said in the same language
        args = {
            k: v.render(translate) if isinstance(v, Phrase) else v for k, v in self.args.items()
        }
        try:
            return text.format(**args)
        except (KeyError, IndexError, ValueError):
            return self.source.format(**args)

    def __str__(self) -> str:
        return self.render()
