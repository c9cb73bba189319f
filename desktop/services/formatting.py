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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, count, repeat
from operator import add, eq, itemgetter, sub
from typing import NamedTuple

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


class _Atom(NamedTuple):
    kind: str  # "mono" | "code" | "link"
    text: str  # never holds a newline
    href: str = ""


def _atoms_html(atoms: Iterable[_Atom], colors: MarkupColors) -> list[str]:
    """Each atom's HTML; the texts are escaped together, as one string."""
    atoms = list(atoms)
    texts = html.escape("\n".join(map(itemgetter(1), atoms)), False).split("\n")
    kinds = list(map(itemgetter(0), atoms))
    opening = {
        "mono": '<span style="font-family:monospace;">',
        "code": (
            f'<span style="font-family:monospace; background-color:{colors.code_background};">'
        ),
    }
    if "link" not in kinds:
        return list(map(add, map(add, map(opening.__getitem__, kinds), texts), repeat("</span>")))
    out = []
    for atom, text in zip(atoms, texts, strict=True):
        if atom.kind == "link":
            href = html.escape(atom.href, quote=True)
            out.append(f'<a href="{href}" style="color:{colors.link};">{text}</a>')
        else:
            out.append(f"{opening[atom.kind]}{text}</span>")
    return out


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
    return _render_text(text, spans, colors)


def _find_monospace_spans(text: str) -> list[tuple[int, int]]:
    """``` spans as (start of opening fence, end of closing fence); R1, R4 exception, R6."""
    return list(map(re.Match.span, _FENCE_SPAN_RE.finditer(_classes(text))))


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
# Openers of any of a set of markers (named by the markers, in "*_~" order), one search.
# When the string stops at a region's end, a closer just before it is still found (the end
# lets it close, as the newline or the enclosing pair's marker there would), and an opener
# just before it is not (it could not pair inside the region anyway).
_MARKER_OF_GROUP = {"b": "*", "i": "_", "s": "~"}
_GROUP_OF_MARKER = {marker: group for group, marker in _MARKER_OF_GROUP.items()}
_OPENERS = {
    markers: re.compile(
        "|".join(f"(?P<{_GROUP_OF_MARKER[m]}>{_OPENER_RES[m].pattern})" for m in markers)
    )
    for markers in ("*_~", "*_", "*~", "_~", "*", "_", "~")
}
# A single backtick (R6): never one of a run of several.
_CODE_OPENER_RE = re.compile(rf"`(?<![^\W_]`)(?<![{_CONTROL}`]`)(?=[^{_NOT_SOLID}`])")
_CODE_CLOSER_RE = re.compile(rf"`(?<=[^{_NOT_SOLID}`]`)(?![^\W_])(?![{_CONTROL}`])")
# A ``` span (R1, R4 exception, R6): an opening fence after a boundary, and only one of its
# run's last three fence positions; then the content, which holds no run of three backticks
# and is not only white space; then the next run's first fence, before a boundary. Each
# candidate opener scans only to the next run, so the whole text is one linear pass.
_FENCE_SPAN_RE = re.compile(
    rf"(?<![^\W_])(?<![{_CONTROL}])```(?!```)(?!\s++```)"
    r"(?:[^`]++|`{1,2}+(?!`))*+"
    rf"```(?![^\W_])(?![{_CONTROL}])"
)


# A quote, bulleted or numbered line (R7), found after a newline (the first line on its own).
_PREFIX_RE = re.compile(r"\n(?:(>)|([-*])|(\d{1,9})\.) (?=\S)")
_FIRST_PREFIX_RE = re.compile(r"(?:(>)|([-*])|(\d{1,9})\.) (?=\S)")
_HTML_SPECIAL = re.compile(r"[&<>]")
_NEWLINE_RE = re.compile("\n")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_BLANK_SLOTS = [[""] * width for width in range(16)]  # the widest prefix is "\n" + "9…9. "


def _render_text(text: str, spans: list[tuple[int, int]], colors: MarkupColors) -> str:
    """The whole text, all lines at once.

    ``` spans, code spans, links and the markers are each found by scans of the whole text
    (a pair may not cross a line, R4); each becomes an atom or a tag written over its
    characters, and the output is joined once. Block prefixes cannot take part in a code
    span, link or pair (they hold no backtick, end in a space and a marker before a space
    neither opens nor closes), so the prefixes of later lines are replaced in the output;
    with ``` spans they are found in the text as written instead, since a span that leaves
    nothing on a line must not make or unmake a list item.
    """
    if spans:
        s, atoms, mono = _with_monospace(text, spans)
    else:
        s, atoms, mono = text, _NO_ATOMS, None
    if "`" in s:
        s, atoms = _with_inline_code(s, atoms)
    if _MAY_LINK.search(s):
        s, atoms = _with_links(s, atoms)
    where, tags = _pair_tags(s) if _MAY_PAIR.search(s) else ([], [])
    if atoms:
        where.extend(atoms)
        tags.extend(_atoms_html(atoms.values(), colors))
    quote, item = _block_styles(colors)
    head = _PLAIN_OPEN
    start = 0
    if text and text[0] in _BLOCK_STARTS and (m := _FIRST_PREFIX_RE.match(text)):
        start = m.end()
        head = _block_head(m.group(1), m.group(2), m.group(3), quote, item)
    # Without ``` spans, the later lines' prefixes are replaced in the output (below).
    prefixes = _prefix_events(text, quote, item) if mono and "\n" in text else []
    if prefixes:
        prefixes = mono.outside_spans(prefixes)  # type: ignore[union-attr]
    kept = mono.emptied if mono else []
    if (prefixes or kept) and s is not text:
        # Atoms moved the positions, not the lines: place each on its line in ``s``.
        text_lines = _positions(_NEWLINE_RE, text)
        s_lines = _positions(_NEWLINE_RE, s)
        prefixes = [(s_lines[bisect_left(text_lines, p)], w, t) for p, w, t in prefixes]
        kept = [s_lines[line - 1] + 1 if line else 0 for line in kept]
    if not (where or prefixes or kept):
        out = head + html.escape(s[start:], False)
    else:
        # One slot per character (escaped), each change written over its own characters:
        # a tag or atom over one, a block prefix over the newline and the prefix.
        chars = list(map(_ESCAPES.get, s, s)) if _HTML_SPECIAL.search(s) else list(s)
        chars.append("")
        list(map(chars.__setitem__, where, tags))
        for pos, width, tag in prefixes:
            chars[pos : pos + width] = _BLANK_SLOTS[width]
            chars[pos] = tag
        for pos in kept:
            chars[pos] = _KEEP_EMPTY + chars[pos]
        if start:
            chars[:start] = _BLANK_SLOTS[start]
        out = head + "".join(chars)
    if "\n" in text:
        if not mono:
            out = _with_line_prefixes(out, quote, item)
        out = out.replace("\n", _PLAIN_NEWLINE)
    out += "</p>"
    if len(text) < 2 or "\n\n" in text or text[0] == "\n" or text[-1] == "\n":
        out = out.replace(_PLAIN_EMPTY, _EMPTY_LINE)
    if mono and mono.emptied:
        out = out.replace(_KEEP_EMPTY, "")
    return out


# Marks a line that only held ``` fences: it stays an empty paragraph, not a blank line.
# Text is always escaped, so no message can contain this comment.
_KEEP_EMPTY = "<!--kept-->"


@dataclass(frozen=True)
class _Monospace:
    """What the ``` spans did to the lines of a text."""

    spans: list[tuple[int, int]]
    emptied: list[int]  # the lines that held only fences

    def outside_spans(self, events: list[_Event]) -> list[_Event]:
        """The block prefixes of lines that do not begin inside a ``` span (R6)."""
        starts = [a for a, _ in self.spans]
        kept = []
        for event in events:
            line = event[0] + 1
            k = bisect_left(starts, line) - 1
            if k < 0 or self.spans[k][1] <= line:
                kept.append(event)
        return kept


def _one_atom_each(
    text: str, spans: list[tuple[int, int]]
) -> tuple[str, dict[int, _Atom], _Monospace] | None:
    """The usual case, done for all spans at once: each span on one line, none touching the
    next and none empty, so each becomes one atom. ``None`` otherwise."""
    starts = list(map(itemgetter(0), spans))
    stops = list(map(itemgetter(1), spans))
    if (
        max(map(text.find, repeat("\n"), starts, stops)) >= 0
        or any(map(eq, starts[1:], stops))
        or 6 in map(sub, stops, starts)
    ):
        return None
    gaps = list(map(text.__getitem__, map(slice, [0, *stops], [*starts, len(text)])))
    where = map(add, accumulate(map(len, gaps[:-1])), count())
    contents = map(
        text.__getitem__, map(slice, map(add, starts, repeat(3)), map(sub, stops, repeat(3)))
    )
    atoms = dict(zip(where, map(_Atom, repeat("mono"), contents), strict=False))
    return _ATOM.join(gaps), atoms, _Monospace([], [])


def _with_monospace(
    text: str, spans: list[tuple[int, int]]
) -> tuple[str, dict[int, _Atom], _Monospace]:
    """``text`` with each run of ``` span characters on a line (fences, content) as one atom.

    A span is cut at each line it crosses. A run of fences alone (the end of a span that
    began on an earlier line) leaves nothing; spans that touch make one run.
    """
    if simple := _one_atom_each(text, spans):
        return simple
    starts: list[int] = []
    stops: list[int] = []
    contents: list[list[str]] = []
    find = text.find
    for a, b in spans:
        inner_a, inner_b = a + 3, b - 3
        seg = a
        while seg < b:
            nl = find("\n", seg, b)
            end = b if nl < 0 else nl
            if seg < end:
                content = text[max(seg, inner_a) : min(end, inner_b)]
                if stops and stops[-1] == seg:
                    stops[-1] = end
                    contents[-1].append(content)
                else:
                    starts.append(seg)
                    stops.append(end)
                    contents.append([content])
            seg = end + 1
    pieces: list[str] = []
    atoms: dict[int, _Atom] = {}
    emptied: list[int] = []
    n = len(text)
    pos = size = 0
    for start, stop, parts in zip(starts, stops, contents, strict=True):
        pieces.append(text[pos:start])
        size += start - pos
        content = "".join(parts)
        if content:
            atoms[size] = _Atom("mono", content)
            pieces.append(_ATOM)
            size += 1
        elif (start == 0 or text[start - 1] == "\n") and (stop == n or text[stop] == "\n"):
            emptied.append(size)
        pos = stop
    pieces.append(text[pos:])
    s = "".join(pieces)
    if emptied:
        emptied = list(map(bisect_left, repeat(_positions(_NEWLINE_RE, s)), emptied))
    return s, atoms, _Monospace(spans, emptied)


# A quote, bulleted or numbered line after the first (R7), as it reads in the output: text is
# escaped there and changes only replace visible characters, so the same lines match.
_QUOTE_LINE_RE = re.compile(r"\n&gt; (?=\S)")
_BULLET_LINE_RE = re.compile(r"\n[-*] (?=\S)")
_NUMBER_LINE_RE = re.compile(r"\n(\d{1,9})\. (?=\S)")


def _with_line_prefixes(out: str, quote: str, item: str) -> str:
    """``out`` with each quote or list line's newline and prefix turned into its block."""
    if "\n&gt; " in out:
        out = _QUOTE_LINE_RE.sub(_literal("</p>" + quote), out)
    if "- " in out or "* " in out:
        out = _BULLET_LINE_RE.sub(_literal("</p>" + item + "\u2022 "), out)
    if ". " in out:
        out = _NUMBER_LINE_RE.sub(_literal("</p>" + item) + r"\1. ", out)
    return out


def _literal(html_text: str) -> str:
    """``html_text`` as a replacement template that inserts it as it is."""
    return html_text.replace("\\", "\\\\")


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
    closes = _positions(_CODE_CLOSER_RE, classes)
    if not closes:
        return s, atoms
    opens = _positions(_CODE_OPENER_RE, classes[: closes[-1]])  # only these can pair
    if not opens:
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


def _pair_tags(s: str) -> tuple[list[int], list[str]]:
    """Bold, italic and strike-through pairs (R1-R5): the markers' positions and tags.

    Within a region (a line, or the inside of a pair) the leftmost opener takes the nearest
    closer of its marker in the region, and the inside of that pair is a region of its own
    that ends at its closer (R5: pairs nest properly; the closer of a pair is not an
    opener). This is the same choice as parsing each pair's content recursively.

    Every step is a pattern search in C. It stays linear: when an opener finds no closer in
    its region, no later opener of that marker can, so the marker is no longer looked for
    there (``live``); inside a pair its own marker cannot pair either; and regions nest at
    most three deep, one per marker.
    """
    present = "".join(marker for marker in "*_~" if marker in s)
    where: list[int] = []
    tags: list[str] = []
    if not present:
        return where, tags
    classes = _classes(s)
    if len(present) == 1:
        return _single_marker_pairs(s, classes, present)
    size = len(s)
    pos = 0
    while pos < size and (opener := _OPENERS[present].search(classes, pos)):
        line_end = _line_end(s, opener.start())
        regions: list[tuple[int, int, str]] = []  # (from, to, markers still live) to do
        stop, live = line_end, present
        while opener or regions:
            if opener is None:
                start, stop, live = regions.pop()
                opener = _OPENERS[live].search(classes, start, stop)
                continue
            i = opener.start()
            marker = _MARKER_OF_GROUP[opener.lastgroup or ""]
            closer = _CLOSER_RES[marker].search(classes, i + 2, stop)
            if closer is None:
                live = live.replace(marker, "")
                start = i + 1
            else:
                close = closer.start()
                where += (i, close)
                tags += _TAGS[marker]
                # Go inside the pair first, then on after it; a region of fewer than three
                # characters holds no pair.
                if close - i > 3 and (inside := live.replace(marker, "")):
                    if stop - close > 3:
                        regions.append((close + 1, stop, live))
                    start, stop, live = i + 1, close, inside
                elif stop - close > 3:
                    start = close + 1
                else:
                    live = ""
            opener = _OPENERS[live].search(classes, start, stop) if live else None
        pos = line_end + 1
    return where, tags


def _single_marker_pairs(s: str, classes: str, marker: str) -> tuple[list[int], list[str]]:
    """:func:`_pair_tags` when the text holds one of the markers: pairs cannot nest, so
    each opener after the last pair takes its nearest closer on its line, and when it has
    none no later opener on that line can pair either."""
    open_at = _OPENER_RES[marker].search
    close_at = _CLOSER_RES[marker].search
    where: list[int] = []
    size = len(s)
    pos = 0
    line_end = -1
    while pos < size and (opener := open_at(classes, pos)):
        i = opener.start()
        if i > line_end:
            line_end = _line_end(s, i)
        if closer := close_at(classes, i + 2, line_end):
            close = closer.start()
            where += (i, close)
            pos = close + 1
        else:
            pos = line_end + 1
    return where, [*_TAGS[marker]] * (len(where) // 2)


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
