"""The emoji the composer's picker offers, searchable in English and Japanese, and the
ones this desk used recently (first in the picker).

Names come from the ``emoji`` package (Unicode CLDR short names, with Japanese ones): fully
qualified emoji only, without skin-tone variants, up to an Emoji version the bundled colour
font draws. Recently used ones are kept in a small JSON file beside the settings.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

MAX_VERSION = 14.0  # newer emoji may be missing from the system's colour font (tofu)
MAX_RECENT = 24
RECENT_FILE = "recent_emoji.json"


@dataclass(frozen=True)
class EmojiEntry:
    char: str
    name: str  # English, readable ("grinning face")
    name_ja: str  # Japanese, readable ("にっこり笑う"), "" when the package has none
    aliases: tuple[str, ...] = ()

    def matches(self, words: list[str]) -> bool:
        hay = " ".join((self.name, self.name_ja, *self.aliases)).casefold()
        return all(word in hay for word in words)


def _readable(name: object) -> str:
    if not isinstance(name, str):
        return ""
    return name.strip(":").replace("_", " ")


@lru_cache(maxsize=1)
def emoji_catalog() -> tuple[EmojiEntry, ...]:
    """Every emoji the picker offers, in the package's (Unicode's) order."""
    try:
        import emoji
        from emoji import unicode_codes
    except ImportError:  # the picker still works: it offers nothing to search
        log.warning("the emoji package is missing; the emoji picker is empty")
        return ()
    try:
        unicode_codes.load_from_json("ja")
    except Exception:
        log.warning("Japanese emoji names not loaded", exc_info=True)
    qualified = emoji.STATUS["fully_qualified"]
    entries = []
    for char, data in emoji.EMOJI_DATA.items():
        if data.get("status") != qualified or float(data.get("E", 99)) > MAX_VERSION:
            continue
        name = _readable(data.get("en"))
        if not name or "skin tone" in name:
            continue
        aliases = tuple(_readable(a) for a in data.get("alias", ()) if a)
        entries.append(EmojiEntry(char, name, _readable(data.get("ja")), aliases))
    return tuple(sorted(entries, key=_picker_order))


# Faces and people first (as phone keyboards do), then the rest in code point order.
_FIRST_BLOCKS = ((0x1F600, 0x1F64F), (0x1F910, 0x1F97F), (0x1F440, 0x1F4FF))


def _picker_order(entry: EmojiEntry) -> tuple[int, int]:
    first = ord(entry.char[0])
    for rank, (low, high) in enumerate(_FIRST_BLOCKS):
        if low <= first <= high:
            return rank, first
    return len(_FIRST_BLOCKS), first


def search_emoji(query: str, catalog: tuple[EmojiEntry, ...] | None = None) -> list[EmojiEntry]:
    """Emoji whose English or Japanese name holds every word of ``query``; names that
    start with the query come first. An empty query gives the whole catalogue."""
    entries = emoji_catalog() if catalog is None else catalog
    words = query.casefold().split()
    if not words:
        return list(entries)
    found = [e for e in entries if e.matches(words)]
    first = words[0]
    return sorted(
        found,
        key=lambda e: not (e.name.casefold().startswith(first) or e.name_ja.startswith(first)),
    )


def push_recent(recent: list[str], char: str, limit: int = MAX_RECENT) -> list[str]:
    """``recent`` with ``char`` moved to the front (most recent first), at most ``limit``."""
    return [char, *(c for c in recent if c != char)][:limit]


class RecentEmoji:
    """The desk's recently used emoji, most recent first, kept in ``path`` (JSON list;
    None: for this session only)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.items: list[str] = self._read()

    def _read(self) -> list[str]:
        if self.path is None:
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(data, list):
            return []
        return [c for c in data if isinstance(c, str) and 0 < len(c) <= 16][:MAX_RECENT]

    def use(self, char: str) -> None:
        """``char`` was inserted: it goes first; the file is rewritten (a failure is logged,
        the list still works for this session)."""
        self.items = push_recent(self.items, char)
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.items, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            log.warning("recent emoji not saved to %s", self.path, exc_info=True)
