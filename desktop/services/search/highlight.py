"""Where the searched terms occur in a text, for drawing the hit highlighted.

Spans are (start, length) in Python characters (code points). Qt counts UTF-16 units, so a
widget converts them (``utf16_spans``) before formatting a text with emoji in it.
"""

from __future__ import annotations

import re

Span = tuple[int, int]


def hit_spans(text: str, terms: list[str]) -> tuple[Span, ...]:
    """Every case-insensitive occurrence of any term, merged, in text order."""
    found: list[Span] = []
    for term in terms:
        if term:
            found += [(m.start(), m.end()) for m in re.finditer(re.escape(term), text, re.I)]
    merged: list[list[int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end - start) for start, end in merged)


def snippet(text: str, spans: tuple[Span, ...], width: int = 120) -> tuple[str, tuple[Span, ...]]:
    """At most ``width`` characters around the first hit (… marks a cut), spans moved along."""
    flat = " ".join(text.split())
    if flat != text:  # line breaks and runs of spaces would shift the spans: find them again
        return snippet(flat, _respan(text, flat, spans), width)
    if len(text) <= width:
        return text, spans
    first = spans[0][0] if spans else 0
    start = max(0, min(first - width // 4, len(text) - width))
    end = start + width
    cut = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    moved = tuple(
        (s - start + len(prefix), min(length, end - s)) for s, length in spans if start <= s < end
    )
    return prefix + cut + suffix, moved


def _respan(original: str, flat: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    terms = {original[s : s + n] for s, n in spans}
    return hit_spans(flat, sorted(terms))


def utf16_spans(text: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """The same spans counted in UTF-16 code units (what QString and QTextLayout use)."""

    def units(upto: int) -> int:
        return len(text[:upto].encode("utf-16-le")) // 2

    return tuple((units(s), units(s + n) - units(s)) for s, n in spans)
