"""What every draft shares: its problems, said per field, and the message it becomes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Protocol

from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

CONTEXT = "RichMessages"


@dataclass(frozen=True)
class Problem:
    """One broken limit: ``field`` names the form's field (``"body"``, ``"button:1"``,
    ``"row:0:2:title"``…), ``phrase`` says what is wrong in words."""

    field: str
    phrase: Phrase


class Draft(Protocol):
    @property
    def message_type(self) -> str:
        """The Cloud API message type the draft becomes (``interactive``, ``location``…)."""
        ...

    def problems(self) -> list[Problem]: ...

    def content(self) -> Any: ...


def phrase(source: str, **args: Any) -> Phrase:
    return Phrase(CONTEXT, source, MappingProxyType(dict(args)))


def length(text: str) -> int:
    """Characters as WhatsApp counts them (one per letter, kana, kanji or emoji)."""
    return len(text)


# The sentences a length check says; {what} is the field's name in words.
TOO_LONG = QT_TRANSLATE_NOOP(
    "RichMessages", "{what} is {length} characters long; WhatsApp allows {limit}."
)
REQUIRED = QT_TRANSLATE_NOOP("RichMessages", "{what} is required.")


def check_text(
    found: list[Problem],
    field: str,
    what: Phrase,
    text: str,
    limit: int,
    *,
    required: bool,
) -> None:
    """Add a problem when ``text`` is missing (and required) or longer than ``limit``."""
    size = length(text.strip())
    if size == 0:
        if required:
            found.append(Problem(field, phrase(REQUIRED, what=what)))
        return
    if size > limit:
        found.append(Problem(field, phrase(TOO_LONG, what=what, length=size, limit=limit)))


def problems_by_field(problems: list[Problem]) -> Mapping[str, list[Phrase]]:
    out: dict[str, list[Phrase]] = {}
    for problem in problems:
        out.setdefault(problem.field, []).append(problem.phrase)
    return out
