"""Template variables (``{{1}}``, ``{{first_name}}``) found in a template's text.

Shared by the linter (which reports bad ones), the sample renderer (which substitutes
examples) and the send-parameter builder (which counts what a send must supply).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

PlaceholderKind = Literal["positional", "named", "invalid"]

_TOKEN_RE = re.compile(r"\{\{([^{}]*)\}\}")
_POSITIONAL_RE = re.compile(r"[1-9][0-9]*")
_NAMED_RE = re.compile(r"[a-z_][a-z0-9_]*")


@dataclass(frozen=True)
class Placeholder:
    """One ``{{…}}`` in a text, with its position."""

    raw: str  # the whole token, braces included
    inner: str  # what is between the braces
    start: int
    end: int

    @property
    def kind(self) -> PlaceholderKind:
        if _POSITIONAL_RE.fullmatch(self.inner):
            return "positional"
        if _NAMED_RE.fullmatch(self.inner):
            return "named"
        return "invalid"

    @property
    def key(self) -> str:
        """``"1"`` for ``{{1}}``, ``"first_name"`` for ``{{first_name}}``."""
        return self.inner


def find_placeholders(text: str) -> list[Placeholder]:
    return [
        Placeholder(m.group(0), m.group(1), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)
    ]


def stray_braces(text: str) -> bool:
    """True when ``{{`` or ``}}`` appear outside a well-formed ``{{…}}`` token."""
    rest = _TOKEN_RE.sub("", text)
    return "{{" in rest or "}}" in rest


def variable_keys(text: str) -> list[str]:
    """Distinct valid variable keys in order of first appearance."""
    return list(_variable_keys(text))


@functools.lru_cache(maxsize=64)
def _variable_keys(text: str) -> tuple[str, ...]:
    # A designer keystroke asks about the same body a dozen times (form, samples, lint,
    # preview, field labels); parsing it once per text keeps typing within a frame.
    seen: list[str] = []
    for p in find_placeholders(text):
        if p.kind != "invalid" and p.key not in seen:
            seen.append(p.key)
    return tuple(seen)


def substitute(
    text: str,
    values: Mapping[str, str],
    transform: Callable[[str], str] | None = None,
) -> str:
    """``text`` with each valid ``{{key}}`` replaced by ``values[key]`` (kept if missing)."""

    def repl(m: re.Match[str]) -> str:
        inner = m.group(1)
        if inner in values and (_POSITIONAL_RE.fullmatch(inner) or _NAMED_RE.fullmatch(inner)):
            value = values[inner]
            return transform(value) if transform else value
        return m.group(0)

    return _TOKEN_RE.sub(repl, text)
