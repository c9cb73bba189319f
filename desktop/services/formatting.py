"""WhatsApp message markup turned into a safe rich-text fragment for Qt.

The inbox and the template preview must show a message the way the customer's phone does,
so both render through :func:`whatsapp_to_html`. WhatsApp's rules, as observed on phones
(numbered here because the code below refers to them):

- R1 a marker opens at a line start or after white space/punctuation, and closes before them;
- R2 no white space just inside the markers; R3 no empty pair, the innermost pair wins;
- R4 bold, italic, strike and inline code stay on one line (```` ``` ```` may span lines);
- R5 properly nested markers combine; R6 code (```` ``` ```` and `` ` ``) is opaque;
- R7 quote, bulleted and numbered lists start a line; R8 there is no escape character (a
  zero-width space beside a marker keeps it literal); R9 URLs, e-mail addresses and
  ``+``-prefixed phone numbers become links; R10 a template's parameter values cannot
  change the template's formatting; R11 limits count markers too; R12 a marker beside a
  CJK letter does not format; R13 monospace wraps at the bubble's width.

Every character of the input is escaped, so a message can never inject markup of its own.

The output is a sequence of ``<p>`` blocks, one per input line, understood by
``QTextDocument`` (and ``QLabel``). Quote blocks carry ``-qt-user-state`` =
:data:`QUOTE_BLOCK_STATE` so a painter can draw WhatsApp's quote bar beside them.

Also here, for the template linter and the send form: :func:`markers_touching_cjk`
(R12 warning) and :func:`neutralize_markup` (R8/R10 escaping of parameter values).
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, count, repeat
from operator import add

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
_TAGS = {"*": ("<b>", "</b>"), "_": ("<i>", "</i>"), "~": ("<s>", "</s>")}

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


@lru_cache(maxsize=4096)
def _is_space(ch: str) -> bool:
    return ch.isspace() or ch in _INVISIBLE_SPACES


@lru_cache(maxsize=4096)
def _is_boundary_char(ch: str) -> bool:
    return _is_space(ch) or unicodedata.category(ch)[0] in "PSZ"


# -- the whole text: ``` spans, then one block per line ---------------------------------------


def whatsapp_to_html(text: str, colors: MarkupColors = LIGHT_MARKUP_COLORS) -> str:
    """WhatsApp markup ``text`` as an HTML fragment of ``<p>`` blocks, one per line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    spans = _find_monospace_spans(text) if "```" in text else []
    if not spans:
        return _render_text(text, colors)
    blocks: list[str] = []
    offset = 0
    s = 0  # the first span that does not end before this line
    for line in text.split("\n"):
        end = offset + len(line)
        while s < len(spans) and spans[s][1] <= offset:
            s += 1
        if not line:
            blocks.append(_EMPTY_LINE)
        elif s < len(spans) and spans[s][0] < end:
            blocks.append(_render_line(line, _line_spans(spans, s, offset, end), colors))
        else:
            blocks.append(_render_line(line, None, colors))
        offset = end + 1
    return "".join(blocks)


def _line_spans(
    spans: list[tuple[int, int]], s: int, offset: int, end: int
) -> list[tuple[int, int, int, int]]:
    """The ``` spans meeting the line ``offset:end``, as line positions (span, content)."""
    found = []
    while s < len(spans) and spans[s][0] < end:
        start, stop = spans[s]
        found.append((start - offset, stop - offset, start + 3 - offset, stop - 3 - offset))
        s += 1
    return found


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


# A line is handled as a string in which each opaque atom (monospace, code, link) stands as
# one "<" (:data:`_ATOM`), with the atoms kept beside it by position. "<" is what an atom is
# to its neighbours: punctuation (a boundary, R1), visible (R2), no marker, and a character
# no link pattern takes in, so the patterns below treat it exactly as an atom.
_ATOM = "<"
_NO_ATOMS: dict[int, _Atom] = {}  # never written to: every change builds a new dict
_Event = tuple[int, int, str]  # (position, characters replaced, HTML written instead)
_CONTROL = "\x00-\x08\x0e-\x1b\x7f"  # ASCII control characters that are not white space
_NOT_SOLID = "\\s\u200b\ufeff\u2060"
# R1-R3 for ``* _ ~`` in one scan each: an opener is not preceded by a letter or digit and is
# followed by a visible character other than itself; a closer mirrors it. Exact for ASCII
# neighbours; a non-ASCII neighbour is then checked with _is_boundary_char.
_OPENER_RES = {
    marker: re.compile(
        rf"{re.escape(marker)}(?<![^\W_]{re.escape(marker)})(?<![{_CONTROL}]{re.escape(marker)})"
        rf"(?=[^{_NOT_SOLID}{re.escape(marker)}])"
    )
    for marker in "*_~"
}
_CLOSER_RES = {
    marker: re.compile(
        rf"{re.escape(marker)}(?<=[^{_NOT_SOLID}{re.escape(marker)}]{re.escape(marker)})"
        rf"(?![^\W_])(?![{_CONTROL}])"
    )
    for marker in "*_~"
}
# A single backtick (R6): never one of a run of several.
_CODE_OPENER_RE = re.compile(rf"`(?<![^\W_]`)(?<![{_CONTROL}`]`)(?=[^{_NOT_SOLID}`])")
_CODE_CLOSER_RE = re.compile(rf"`(?<=[^{_NOT_SOLID}`]`)(?![^\W_])(?![{_CONTROL}`])")


def _render_line(
    line: str, spans: list[tuple[int, int, int, int]] | None, colors: MarkupColors
) -> str:
    """One non-empty line as a ``<p>`` block; ``spans``: the ``` spans that meet it."""
    body_from = 0
    if line[0] in _BLOCK_STARTS and not (spans and spans[0][0] < 0):
        first = line[0]
        if first == ">":
            if _QUOTE_RE.match(line):
                body = _inline(line[2:], spans, 2, colors)
                return (
                    f'<p style="{_BLOCK_P.format(left=colors.quote_indent_px)}'
                    f' -qt-user-state:{QUOTE_BLOCK_STATE}; color:{colors.quote_text};">'
                    f"{body}</p>"
                )
        elif first in "-*":
            if _BULLET_RE.match(line):
                body = _inline(line[2:], spans, 2, colors)
                return f'<p style="{_BLOCK_P.format(left=colors.list_indent_px)}">\u2022 {body}</p>'
        elif m := _NUMBER_RE.match(line):
            body_from = m.end()
            body = _inline(line[body_from:], spans, body_from, colors)
            return (
                f'<p style="{_BLOCK_P.format(left=colors.list_indent_px)}">{m.group(1)}. {body}</p>'
            )
    return f'<p style="{_PLAIN_BLOCK_P}">{_inline(line, spans, 0, colors)}</p>'


def _inline(
    body: str, spans: list[tuple[int, int, int, int]] | None, shift: int, colors: MarkupColors
) -> str:
    """A line's body as HTML: monospace and code, links, then bold, italic and strike."""
    if spans is None:
        if not _MAY_FORMAT.search(body):
            return html.escape(body, False)  # nothing to pair or link: one escape
        s, atoms = body, _NO_ATOMS
    else:
        s, atoms = _with_monospace(body, spans, shift)
    if "`" in s:
        s, atoms = _with_inline_code(s, atoms)
    if _MAY_LINK.search(s):
        s, atoms = _with_links(s, atoms)
    tags = _pair_tags(s) if _MAY_PAIR.search(s) else []
    if atoms:
        tags.extend((p, 1, a.to_html(colors)) for p, a in atoms.items())
    elif not tags:
        return html.escape(s, False)
    tags.sort()
    parts: list[str] = []
    pos = 0
    for index, _, tag in tags:
        parts.append(html.escape(s[pos:index], False))
        parts.append(tag)
        pos = index + 1
    parts.append(html.escape(s[pos:], False))
    return "".join(parts)


# A quote, bulleted or numbered line (R7), found after a newline (the first line on its own).
_PREFIX_RE = re.compile(r"\n(?:(>)|([-*])|(\d{1,9})\.) (?=\S)")
_FIRST_PREFIX_RE = re.compile(r"(?:(>)|([-*])|(\d{1,9})\.) (?=\S)")
_HTML_SPECIAL = re.compile(r"[&<>]")


def _render_text(text: str, colors: MarkupColors) -> str:
    """A text without ``` spans, all lines at once.

    Code spans, links and the markers are each found by one scan of the whole text (a pair
    may not cross a line, R4); then every change is an event (position, characters replaced,
    HTML) and the output is the text between the events plus the events, in one pass. Block
    prefixes cannot take part in a code span, link or pair (they hold no backtick, end in a
    space and a marker before a space neither opens nor closes), so they are events too.
    """
    s, atoms = text, _NO_ATOMS
    if "`" in s:
        s, atoms = _with_inline_code(s, atoms)
    if _MAY_LINK.search(s):
        s, atoms = _with_links(s, atoms)
    events = _pair_tags(s) if _MAY_PAIR.search(s) else []
    if atoms:
        events.extend((p, 1, a.to_html(colors)) for p, a in atoms.items())
    quote, item = _block_styles(colors)
    head = _PLAIN_OPEN
    start = 0
    if s and s[0] in _BLOCK_STARTS and (m := _FIRST_PREFIX_RE.match(s)):
        start = m.end()
        head = _block_head(m.group(1), m.group(2), m.group(3), quote, item)
    if "\n" in s:
        events.extend(_prefix_events(s, quote, item))
    if not events:
        out = head + html.escape(s[start:], False) + "</p>"
    else:
        events.sort()
        where, width, tags = zip(*events, strict=True)
        starts = [start, *map(add, where, width)]
        ends = [*where, len(s)]
        chunks = list(map(s.__getitem__, map(slice, starts, ends)))
        if _HTML_SPECIAL.search(text):
            chunks = [html.escape(chunk, False) for chunk in chunks]
        parts = [head] * (2 * len(chunks))
        parts[1::2] = chunks
        parts[2::2] = tags
        parts.append("</p>")
        out = "".join(parts)
    if "\n" in text:
        out = out.replace("\n", _PLAIN_NEWLINE)
    if len(text) < 2 or "\n\n" in text or text[0] == "\n" or text[-1] == "\n":
        out = out.replace(_PLAIN_EMPTY, _EMPTY_LINE)
    return out


def _prefix_events(s: str, quote: str, item: str) -> list[_Event]:
    """Quote and list lines after the first, each as an event replacing "\n" and its prefix."""
    pieces = _PREFIX_RE.split(s)  # text, then per prefix its three groups and the text after
    if len(pieces) == 1:
        return []
    texts = pieces[::4]
    prefixes = [
        _block_head(q, b, n, quote, item)
        for q, b, n in zip(pieces[1::4], pieces[2::4], pieces[3::4], strict=True)
    ]
    widths = [
        2 if q or b else len(n) + 2
        for q, b, n in zip(pieces[1::4], pieces[2::4], pieces[3::4], strict=True)
    ]
    events = []
    pos = 0
    for text_piece, width, prefix in zip(texts, widths, prefixes, strict=False):
        pos += len(text_piece)
        events.append((pos, width + 1, "</p>" + prefix))
        pos += width + 1
    return events


def _block_head(q: str | None, b: str | None, n: str | None, quote: str, item: str) -> str:
    if q:
        return quote
    if b:
        return item + "\u2022 "
    return f"{item}{n}. "


@lru_cache(maxsize=8)
def _block_styles(colors: MarkupColors) -> tuple[str, str]:
    """The opening tags of a quote block and of a list item."""
    quote = (
        f'<p style="{_BLOCK_P.format(left=colors.quote_indent_px)}'
        f' -qt-user-state:{QUOTE_BLOCK_STATE}; color:{colors.quote_text};">'
    )
    if colors.list_indent_px:
        item = f'<p style="{_BLOCK_P.format(left=colors.list_indent_px)}">'
    else:
        item = _PLAIN_OPEN
    return quote, item


_PLAIN_OPEN = f'<p style="{_PLAIN_BLOCK_P}">'
_PLAIN_NEWLINE = "</p>" + _PLAIN_OPEN
_PLAIN_EMPTY = _PLAIN_OPEN + "</p>"


def _with_monospace(
    body: str, spans: list[tuple[int, int, int, int]], shift: int
) -> tuple[str, dict[int, _Atom]]:
    """``body`` with each run of ``` span characters (fences, content) as one atom.

    A run of fences alone (the end of a span that began on an earlier line) leaves nothing.
    Spans that touch make one run.
    """
    pieces: list[str] = []
    atoms: dict[int, _Atom] = {}
    size = 0  # length of the pieces so far
    pos = 0
    run_end = -1
    content: list[str] = []
    for start, stop, inner_start, inner_stop in spans:
        start, stop = max(start - shift, 0), min(stop - shift, len(body))
        if start >= stop:
            continue
        if start != run_end:  # a new run: close the previous one
            size = _close_run(pieces, atoms, content, size)
            pieces.append(body[pos:start])
            size += start - pos
        content.append(body[max(inner_start - shift, start) : min(inner_stop - shift, stop)])
        pos = run_end = stop
    size = _close_run(pieces, atoms, content, size)
    pieces.append(body[pos:])
    return "".join(pieces), atoms


def _close_run(pieces: list[str], atoms: dict[int, _Atom], content: list[str], size: int) -> int:
    text = "".join(content)
    content.clear()
    if not text:
        return size
    atoms[size] = _Atom("mono", text)
    pieces.append(_ATOM)
    return size + 1


def _positions(pattern: re.Pattern[str], s: str) -> list[int]:
    """Where ``pattern`` (one character wide) matches in ``s``, without a match object each.

    ``split`` cuts ``s`` at every match; a match's position is the length of the pieces
    before it plus the characters the earlier matches took, summed in C.
    """
    pieces = pattern.split(s)
    if len(pieces) == 1:
        return []
    del pieces[-1]
    return list(map(add, accumulate(map(len, pieces)), count()))


def _classes(s: str) -> str:
    """``s`` made safe for the marker patterns (same length, so positions carry over).

    The patterns take a letter or digit of any script (``\\w`` but ``_``) or an ASCII
    control character for "not a boundary" (R1), white space and the invisible spaces for
    "not visible" (R2), and anything else for punctuation or a symbol: exact unless ``s``
    holds marks or other non-ASCII characters of category C (rare), which become "a".
    """
    if s.isascii():
        return s
    odd = {ord(ch): "a" for ch in set(s) if ch >= "\x80" and _ascii_class(ch) == "?"}
    return s.translate(odd) if odd else s


@lru_cache(maxsize=4096)
def _ascii_class(ch: str) -> str:
    """How the marker patterns see ``ch``; "?" where they would be wrong (a mark, C...)."""
    if _is_space(ch):
        return " "
    if _is_boundary_char(ch):
        return "!"
    return "a" if ch.isalnum() else "?"


def _rebuild(
    s: str, atoms: dict[int, _Atom], new: list[tuple[int, int, _Atom]]
) -> tuple[str, dict[int, _Atom]]:
    """``s`` with each ``(start, stop, atom)`` of ``new`` (in order) replaced by one atom."""
    pieces: list[str] = []
    out: dict[int, _Atom] = {}
    kept = sorted(atoms) if atoms else []
    k = 0
    pos = size = 0
    for start, stop, atom in new:
        while k < len(kept) and kept[k] < start:
            if kept[k] >= pos:
                out[kept[k] - pos + size] = atoms[kept[k]]
            k += 1
        pieces.append(s[pos:start])
        size += start - pos
        out[size] = atom
        pieces.append(_ATOM)
        size += 1
        pos = stop
    for p in kept[k:]:
        if p >= pos:
            out[p - pos + size] = atoms[p]
    pieces.append(s[pos:])
    return "".join(pieces), out


def _atom_text(s: str, atoms: dict[int, _Atom], start: int, stop: int) -> str:
    if not atoms:
        return s[start:stop]
    return "".join(atoms[p].text if p in atoms else s[p] for p in range(start, stop))


def _with_inline_code(s: str, atoms: dict[int, _Atom]) -> tuple[str, dict[int, _Atom]]:
    """Single-backtick code spans become opaque atoms (R6), pairing like other markers.

    An opener takes the nearest closer at least two characters on; both lists come from one
    scan each and are walked forward once.
    """
    classes = _classes(s)
    opens = _positions(_CODE_OPENER_RE, classes)
    if not opens:
        return s, atoms
    closes = _positions(_CODE_CLOSER_RE, classes)
    if not closes:
        return s, atoms
    new: list[tuple[int, int, _Atom]] = []
    c = 0
    pos = 0
    line_end = -1
    for i in opens:
        if i < pos:
            continue
        while c < len(closes) and closes[c] < i + 2:
            c += 1
        if c == len(closes):
            break
        j = closes[c]
        if j > line_end:
            line_end = _line_end(s, i)
            if j > line_end:  # R4: the nearest closer is on a later line
                continue
        new.append((i, j + 1, _Atom("code", _atom_text(s, atoms, i + 1, j))))
        pos = j + 1
    return _rebuild(s, atoms, new) if new else (s, atoms)


def _with_links(s: str, atoms: dict[int, _Atom]) -> tuple[str, dict[int, _Atom]]:
    """URLs, e-mail addresses and phone numbers become link atoms (R9)."""
    new: list[tuple[int, int, _Atom]] = []
    for m in _LINK_RE.finditer(s):
        found = m.group(0).rstrip(_LINK_TRAILING)
        if not found:
            continue
        kind = m.lastgroup or "url"
        if kind == "url" or kind == "domain":
            href = found if found.startswith("http") else f"https://{found}"
        elif kind == "email":
            href = f"mailto:{found}"
        else:
            number = re.sub(r"\D", "", found)
            if len(number) < 7:
                continue
            href = "tel:+" + number
        start = m.start()
        new.append((start, start + len(found), _Atom("link", found, href)))
    return _rebuild(s, atoms, new) if new else (s, atoms)


def _pair_tags(s: str) -> list[_Event]:
    """Bold, italic and strike-through pairs (R1-R5) as events: (position, 1, tag).

    The leftmost opener with a closer further on takes the nearest closer; an opener inside
    a pair may only take a closer before that pair's own closer (``stack`` holds the closers
    of the pairs still open, innermost last), and the closer of a pair is not an opener. This
    is the same choice as parsing each pair's content recursively, in one pass.
    """
    classes = _classes(s)
    # Per marker, every opener with the nearest closer at least two on (or _NONE), in C.
    candidates: list[tuple[int, int, tuple[str, str]]] = []
    for marker in "*_~":
        opens = _positions(_OPENER_RES[marker], classes)
        if not opens:
            continue
        closes = _positions(_CLOSER_RES[marker], classes)
        if not closes:
            continue
        nearest = list(map(bisect_left, repeat(closes), map(add, opens, repeat(2))))
        closes.append(_NONE)
        candidates.extend(zip(opens, map(closes.__getitem__, nearest), repeat(_TAGS[marker])))
    if not candidates:
        return []
    candidates.sort()
    tags: list[_Event] = []
    stack: list[int] = []
    hi = -1  # the end of the opener's line (R4: pairs stay on one line)
    for i, close, (open_tag, close_tag) in candidates:
        if close >= hi:
            if close == _NONE:
                continue
            if i > hi:
                hi = _line_end(s, i)
                stack.clear()
                if close >= hi:
                    continue
            else:
                continue
        if stack:
            while stack and stack[-1] < i:
                stack.pop()
            if stack and (stack[-1] == i or close >= stack[-1]):
                continue
        tags.append((i, 1, open_tag))
        tags.append((close, 1, close_tag))
        stack.append(close)
    return tags


_NONE = 1 << 62  # "no closer"


def _line_end(s: str, i: int) -> int:
    end = s.find("\n", i)
    return len(s) if end < 0 else end


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
