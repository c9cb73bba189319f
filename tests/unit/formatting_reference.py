"""The formatter as it was before it was made linear on marker-dense text: a test oracle.

Kept verbatim (only this docstring differs) so tests/unit/test_formatting_equivalence.py can
check that the rewritten desktop/services/formatting.py gives the same HTML for any text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "DARK_MARKUP_COLORS",
    "LIGHT_MARKUP_COLORS",
    "QUOTE_BLOCK_STATE",
    "MarkupColors",
    "markers_touching_cjk",
    "neutralize_markup",
    "whatsapp_to_html",
]

#: ``QTextBlock.userState()`` of a block rendered from a ``> quote`` line.
QUOTE_BLOCK_STATE = 0x5154  # "QT"

ZERO_WIDTH_SPACE = "\u200b"

# Characters that act like white space for R1/R2 (R8: a zero-width space breaks a marker).
_INVISIBLE_SPACES = frozenset("\u200b\ufeff\u2060")

_INLINE_MARKERS = {"*": "b", "_": "i", "~": "s", "`": "code"}

_BLOCK_P = "margin-top:0px; margin-bottom:0px; margin-left:{left}px; white-space:pre-wrap;"
_EMPTY_LINE = (
    '<p style="-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px;'
    ' margin-left:0px;"><br /></p>'
)

_PLAIN_BLOCK_P = _BLOCK_P.format(left=0)
_BLOCK_STARTS = frozenset(">-*0123456789")  # the first character of a quote or list line
_BULLET_RE = re.compile(r"([-*]) (?=\S)")
_NUMBER_RE = re.compile(r"(\d{1,9})\. (?=\S)")
_QUOTE_RE = re.compile(r"> (?=\S)")

# Autolinks (R9). Trailing punctuation is not part of a link: "see https://x.com." → "…x.com".
# Every alternative may start only where its run of characters starts (the lookbehinds) and
# every repetition is bounded, so a hostile line such as "a.a.a.…" or 4,000 letters costs one
# attempt per run, not one per character (that was quadratic).
_LINK_RE = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"`]{1,2048})"
    r"|(?<![A-Za-z0-9._%+-])(?P<email>[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}"
    r"(?:\.[A-Za-z0-9-]{1,63}){0,32}\.[A-Za-z]{2,24})"
    r"|(?<![\d+])(?P<phone>\+\d[\d ()-]{5,24}\d)"
    r"|(?<![\w.@/-])(?P<domain>(?:[A-Za-z0-9-]{1,63}\.){1,32}(?:com|net|org|jp|io|me|co|app|dev"
    r"|info|biz|shop|store|site|online|uk|de|fr|br|in|us|ca|au)(?:/[^\s<>\"`]{0,2048})?)(?![\w@-])"
)
# A line without any of these has no marker to pair and nothing that could become a link.
_BACKTICK_RUN_RE = re.compile(r"`{3,}")
_MAY_FORMAT = re.compile(r"[*_~`.@+:]")
_MAY_LINK = re.compile(r"[.@+:]")
_MAY_PAIR = re.compile(r"[*_~]")
_LINK_TRAILING = ".,;:!?)]}'\"*_~"


@dataclass(frozen=True)
class MarkupColors:
    """Colours of the parts of a formatted message that depend on the theme."""

    link: str = "#027eb5"
    code_background: str = "#e9edef"
    quote_text: str = "#54656f"
    list_indent_px: int = 14
    quote_indent_px: int = 10


LIGHT_MARKUP_COLORS = MarkupColors()
DARK_MARKUP_COLORS = MarkupColors(link="#53bdeb", code_background="#2a3942", quote_text="#aebac1")


# -- atoms: opaque pieces (code, monospace, links) inside a line ---------------------------


@dataclass(frozen=True)
class _Atom:
    kind: str  # "mono" | "code" | "link"
    text: str
    href: str = ""

    def to_html(self, colors: MarkupColors) -> str:
        text = html.escape(self.text, quote=False)
        if self.kind == "mono":
            return f'<span style="font-family:monospace;">{text}</span>'
        if self.kind == "code":
            return (
                f'<span style="font-family:monospace; background-color:{colors.code_background};">'
                f"{text}</span>"
            )
        href = html.escape(self.href, quote=True)
        return f'<a href="{href}" style="color:{colors.link};">{text}</a>'


_Unit = str | _Atom  # one character, or an opaque atom


@lru_cache(maxsize=4096)
def _is_space(ch: str) -> bool:
    return ch.isspace() or ch in _INVISIBLE_SPACES


@lru_cache(maxsize=4096)
def _is_boundary_char(ch: str) -> bool:
    return _is_space(ch) or unicodedata.category(ch)[0] in "PSZ"


def _is_boundary(unit: _Unit | None) -> bool:
    """R1: start/end, white space or punctuation (atoms are fenced by backticks)."""
    if unit is None or isinstance(unit, _Atom):
        return True
    return _is_boundary_char(unit)


def _is_solid(unit: _Unit | None, marker: str) -> bool:
    """R2/R3: the character inside a marker must be present, visible and not the marker."""
    if unit is None:
        return False
    if isinstance(unit, _Atom):
        return True
    return not _is_space(unit) and unit != marker


# -- the whole text: ``` spans, then one block per line ---------------------------------------


def whatsapp_to_html(text: str, colors: MarkupColors = LIGHT_MARKUP_COLORS) -> str:
    """WhatsApp markup ``text`` as an HTML fragment of ``<p>`` blocks, one per line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    mono = _find_monospace_spans(text)
    # Map every character index to "inside a ``` span" (content or fence).
    fenced = [False] * len(text)
    content = [False] * len(text)
    for start, end in mono:
        for k in range(start, end):
            fenced[k] = True
        for k in range(start + 3, end - 3):
            content[k] = True

    blocks: list[str] = []
    offset = 0
    for line in text.split("\n"):
        blocks.append(_render_line(text, offset, len(line), fenced, content, colors))
        offset += len(line) + 1
    return "".join(blocks)


def _find_monospace_spans(text: str) -> list[tuple[int, int]]:
    """``` spans as (start of opening fence, end of closing fence); R1, R4 exception, R6.

    An opener pairs with the next fence at least three characters on. Inside a run of
    backticks such a fence is in the same run (nothing between them) unless the opener is one
    of the run's last three fence positions, and a fence after the run is the first position
    of a later run: so only those are candidates, and a line of 4,000 backticks is a handful
    of steps, each moving forward.
    """
    openers: list[int] = []
    closers: list[int] = []
    for run in _BACKTICK_RUN_RE.finditer(text):
        first, last = run.start(), run.end() - 3  # fence positions first..last
        openers.extend(range(max(first, last - 2), last + 1))
        closers.append(first)
    spans: list[tuple[int, int]] = []
    n = len(text)
    k = c = 0
    while k < len(openers):
        i = openers[k]
        while c < len(closers) and closers[c] < i + 3:
            c += 1
        if c == len(closers):
            break
        close = closers[c]
        inner = text[i + 3 : close]
        if (
            (i == 0 or _is_boundary_char(text[i - 1]))
            and not inner.isspace()
            and (close + 3 >= n or _is_boundary_char(text[close + 3]))
        ):
            spans.append((i, close + 3))
            while k < len(openers) and openers[k] < close + 3:
                k += 1
        else:
            k += 1
    return spans


def _render_line(
    text: str,
    start: int,
    length: int,
    fenced: list[bool],
    content: list[bool],
    colors: MarkupColors,
) -> str:
    if length == 0:
        return _EMPTY_LINE
    line = text[start : start + length]
    left = 0
    prefix_html = ""
    body_from = 0
    state = ""
    style_extra = ""
    starts_in_code = fenced[start] and start > 0 and fenced[start - 1]
    if not starts_in_code and line[0] in _BLOCK_STARTS:
        if m := _QUOTE_RE.match(line):
            left = colors.quote_indent_px
            body_from = m.end()
            state = f" -qt-user-state:{QUOTE_BLOCK_STATE};"
            style_extra = f" color:{colors.quote_text};"
        elif m := _BULLET_RE.match(line):
            left = colors.list_indent_px
            body_from = m.end()
            prefix_html = "\u2022 "
        elif m := _NUMBER_RE.match(line):
            left = colors.list_indent_px
            body_from = m.end()
            prefix_html = html.escape(f"{m.group(1)}. ")
    style = _BLOCK_P.format(left=left) + state + style_extra if left or state else _PLAIN_BLOCK_P
    k = start + body_from
    end = start + length
    if not _MAY_FORMAT.search(text, k, end) and not (fenced[k] or fenced[end - 1]):
        # Nothing to pair and nothing to link: the common line costs one escape.
        return f'<p style="{style}">{prefix_html}{html.escape(text[k:end], False)}</p>'
    units: list[_Unit] = []
    if not any(fenced[k:end]):
        units.extend(text[k:end])
        k = end
    while k < end:
        if fenced[k]:
            j = k
            while j < end and fenced[j]:
                j += 1
            inner = "".join(text[p] for p in range(k, j) if content[p])
            if inner:
                units.append(_Atom("mono", inner))
            k = j
        else:
            units.append(text[k])
            k += 1
    # Each stage only runs when the line holds a character it acts on (checked on the raw
    # text, fences included, so the guard may let a stage run for nothing but never skips it).
    raw = text[start + body_from : end]
    if "`" in raw:
        units = _with_inline_code(units)
    if _MAY_LINK.search(raw):
        units = _with_links(units)
    if _MAY_PAIR.search(raw):
        body = _InlineParser(units, colors).render(0, len(units))
    else:
        body = _InlineParser.literal(units, colors)
    return f'<p style="{style}">{prefix_html}{body}</p>'


def _with_inline_code(units: list[_Unit]) -> list[_Unit]:
    """Single-backtick code spans become opaque atoms (R6), pairing like other markers.

    A run of several backticks (a ``` fence that did not pair) is never a code marker. An
    opener takes the nearest closer at least two units on; the closers are listed once, in
    one pass, so a line of openers with no closer costs linear time, not a rescan each.
    """
    n = len(units)
    ticks = [j for j, u in enumerate(units) if u.__class__ is str and u == "`"]
    closers = [j for j in ticks if (j + 1 == n or units[j + 1] != "`") and _closes(units, j, "`")]
    out: list[_Unit] = []
    nearest = 0  # index into closers; only moves forward, as the openers do
    i = 0
    while i < n:
        u = units[i]
        if u == "`" and (i == 0 or units[i - 1] != "`") and _opens(units, i, "`"):
            while nearest < len(closers) and closers[nearest] < i + 2:
                nearest += 1
            if nearest < len(closers):
                j = closers[nearest]
                inner = "".join(x.text if isinstance(x, _Atom) else x for x in units[i + 1 : j])
                out.append(_Atom("code", inner))
                i = j + 1
                continue
        out.append(u)
        i += 1
    return out


def _with_links(units: list[_Unit]) -> list[_Unit]:
    """URLs, e-mail addresses and phone numbers in plain runs become link atoms (R9)."""
    out: list[_Unit] = []
    run: list[str] = []

    def flush() -> None:
        if not run:
            return
        s = "".join(run)
        pos = 0
        for m in _LINK_RE.finditer(s):
            found = m.group(0).rstrip(_LINK_TRAILING)
            kind = m.lastgroup or "url"
            if kind == "phone" and len(re.sub(r"\D", "", found)) < 7:
                continue
            if m.start() < pos or not found:
                continue
            out.extend(s[pos : m.start()])
            if kind in ("url", "domain"):
                href = found if found.startswith("http") else f"https://{found}"
            elif kind == "email":
                href = f"mailto:{found}"
            else:
                href = "tel:+" + re.sub(r"\D", "", found)
            out.append(_Atom("link", found, href))
            pos = m.start() + len(found)
        out.extend(s[pos:])
        run.clear()

    for u in units:
        if isinstance(u, _Atom):
            flush()
            out.append(u)
        else:
            run.append(u)
    flush()
    return out


def _opens(units: list[_Unit], i: int, marker: str) -> bool:
    before = units[i - 1] if i > 0 else None
    after = units[i + 1] if i + 1 < len(units) else None
    return _is_boundary(before) and _is_solid(after, marker)


def _closes(units: list[_Unit], i: int, marker: str) -> bool:
    before = units[i - 1] if i > 0 else None
    after = units[i + 1] if i + 1 < len(units) else None
    return _is_solid(before, marker) and _is_boundary(after)


class _InlineParser:
    """Bold, italic and strike-through inside one line (R1-R5).

    Which positions may open or close a marker depends only on their neighbours, so it is
    computed once; the leftmost opener with a closer further on takes the nearest closer,
    its content is parsed the same way, and everything unmatched stays literal.
    """

    def __init__(self, units: list[_Unit], colors: MarkupColors) -> None:
        self.units = units
        self.colors = colors
        self.openers: list[tuple[int, str]] = []
        self.closers: dict[str, list[int]] = {m: [] for m in "*_~"}
        self.plain = not any(isinstance(u, _Atom) for u in units)
        # The same tests as _opens/_closes, written out: this loop runs for every marker.
        last = len(units) - 1
        for i, u in enumerate(units):
            if isinstance(u, _Atom) or u not in self.closers:
                continue
            before = units[i - 1] if i else None
            after = units[i + 1] if i < last else None
            if (before is None or isinstance(before, _Atom) or _is_boundary_char(before)) and (
                isinstance(after, _Atom)
                or (after is not None and after != u and not _is_space(after))
            ):
                self.openers.append((i, u))
            if (after is None or isinstance(after, _Atom) or _is_boundary_char(after)) and (
                isinstance(before, _Atom)
                or (before is not None and before != u and not _is_space(before))
            ):
                self.closers[u].append(i)

    def render(self, lo: int, hi: int) -> str:
        """Units ``lo:hi`` as HTML: pairs found in one pass over the openers, then one write.

        The same choice as parsing each pair's content recursively: an opener inside a pair
        may only take a closer before that pair's own closer (``stack`` holds the closers
        of the pairs still open, innermost last), and the closer of a pair is not an opener.
        """
        tags: list[tuple[int, str]] = []  # (unit index, tag to write instead of the marker)
        stack: list[int] = []
        k = bisect_left(self.openers, (lo, ""))
        for i, marker in self.openers[k:]:
            if i >= hi:
                break
            while stack and stack[-1] < i:
                stack.pop()
            if stack and stack[-1] == i:
                continue
            closers = self.closers[marker]
            c = bisect_left(closers, i + 2)
            if c == len(closers) or closers[c] >= (stack[-1] if stack else hi):
                continue
            close = closers[c]
            tag = _INLINE_MARKERS[marker]
            tags.append((i, f"<{tag}>"))
            tags.append((close, f"</{tag}>"))
            stack.append(close)
        tags.sort()
        parts: list[str] = []
        pos = lo
        for index, tag in tags:
            parts.append(self._literal(pos, index))
            parts.append(tag)
            pos = index + 1
        parts.append(self._literal(pos, hi))
        return "".join(parts)

    def _literal(self, lo: int, hi: int) -> str:
        if self.plain:  # no atoms: one join and one escape
            return html.escape("".join(self.units[lo:hi]), False)  # type: ignore[arg-type]
        return self.literal(self.units[lo:hi], self.colors)

    @staticmethod
    def literal(units: list[_Unit], colors: MarkupColors) -> str:
        """``units`` as they are, escaped (characters a run at a time, not one by one)."""
        out: list[str] = []
        run: list[str] = []
        for u in units:
            if isinstance(u, _Atom):
                out.append(html.escape("".join(run), False))
                run.clear()
                out.append(u.to_html(colors))
            else:
                run.append(u)
        out.append(html.escape("".join(run), False))
        return "".join(out)


# -- helpers for the linter and the send form ----------------------------------------------


def _is_cjk_letter(ch: str) -> bool:
    if not ch or unicodedata.category(ch)[0] != "L":
        return False
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH KATAKANA"))


def markers_touching_cjk(text: str) -> list[int]:
    """Indices of ``* _ ~ ` `` markers directly beside a CJK letter (R12: no formatting)."""
    found: list[int] = []
    for i, ch in enumerate(text):
        if ch not in _INLINE_MARKERS:
            continue
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if (_is_cjk_letter(before) and after and not after.isspace()) or (
            _is_cjk_letter(after) and before and not before.isspace()
        ):
            found.append(i)
    return found


def neutralize_markup(value: str) -> str:
    """``value`` with a zero-width space after every marker, so it formats nothing (R8, R10).

    Used when a parameter value is substituted into a template body: ``*50%*`` in a
    customer's name must not turn the rest of the message bold.
    """
    out: list[str] = []
    for ch in value:
        out.append(ch)
        if ch in _INLINE_MARKERS or ch == ">":
            out.append(ZERO_WIDTH_SPACE)
    return "".join(out)
