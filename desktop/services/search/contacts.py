"""What a user types in the inbox's search box, as conditions on contacts.

Names and usernames match as substrings (a username is stored as Meta sends it; ``@`` typed
or not finds it either way). Numbers match whatever the format: ``+1 650-555-1243``,
``16505551243`` and ``650 555 1243`` are reduced to digits and found inside ``wa_id``
(Meta's digits with the country code), and a national number written with its trunk ``0``
(``090-1234-5601`` in Japan) also matches without that ``0``.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Integer, column, or_
from sqlalchemy import text as sql

from desktop.models.entities import Contact

_PHONE_LIKE = re.compile(r"[\d\s()+\-./]+")
MIN_DIGITS = 3
MIN_INDEXED = 3  # the trigram tokenizer finds substrings of three characters or more


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's wildcards in the text escaped (use with ``escape="\\\\"``)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def phone_digits(text: str) -> list[str]:
    """The digit strings to look for in ``wa_id`` if ``text`` reads as (part of) a number."""
    text = text.strip()
    if not _PHONE_LIKE.fullmatch(text):
        return []
    digits = re.sub(r"\D", "", text)
    if len(digits) < MIN_DIGITS:
        return []
    found = [digits]
    if digits.startswith("0") and not text.startswith("+") and len(digits) > MIN_DIGITS + 1:
        found.append(digits.lstrip("0"))  # national format: trunk prefix before the number
    return found


def fts_phrase(term: str) -> str:
    """One term as an FTS5 string (quoted, so its characters are never query syntax)."""
    return '"' + term.replace('"', '""') + '"'


def contact_matches(text: str, dialect: str = "sqlite") -> Any:
    """A WHERE condition on ``Contact`` for a search text (empty text matches nothing).

    On SQLite, three characters or more go through the trigram index (migration 0006);
    shorter names (佐藤) are a LIKE over the contacts, which SQLite folds for ASCII itself.
    """
    text = text.strip()
    bare = text.lstrip("@") or text
    if not text:
        return Contact.id.is_(None)
    numbers = phone_digits(text)
    if dialect == "sqlite" and len(bare) >= MIN_INDEXED:
        match = " OR ".join(
            [f"{{profile_name username}} : {fts_phrase(bare)}"]
            + [f"wa_id : {fts_phrase(digits)}" for digits in numbers]
        )
        indexed = sql("SELECT rowid FROM contact_fts WHERE contact_fts MATCH :contact_match")
        return Contact.id.in_(
            indexed.bindparams(contact_match=match).columns(column("rowid", Integer))
        )

    def like(col: Any, value: str) -> Any:
        pattern = like_pattern(value)
        return (
            col.like(pattern, escape="\\")
            if dialect == "sqlite"
            else col.ilike(pattern, escape="\\")
        )

    conditions = [like(Contact.profile_name, text), like(Contact.username, bare)]
    conditions += [Contact.wa_id.like(f"%{digits}%") for digits in numbers]
    return or_(*conditions)
