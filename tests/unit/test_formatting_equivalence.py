"""The rewritten formatter gives the same HTML as the one it replaced, for any text.

``formatting_reference`` is the previous implementation, kept as an oracle; the rewrite only
changed how the work is done (whole-text scans instead of one character list per line).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services import formatting
from desktop.services.formatting import (
    DARK_MARKUP_COLORS,
    LIGHT_MARKUP_COLORS,
    MarkupColors,
    whatsapp_to_html,
)
from tests.unit import formatting_reference as reference

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import bench_formatting

# Pieces that drive the formatter's decisions: markers, fences, block prefixes, link starts,
# letters of other scripts, marks, invisible spaces and HTML specials.
PIECES = [
    *"*_~`>-. \n\r\t@+:/w1aあ😀\u200b<&\"'(é\u0301\x01\uff0a\u3000\u00a0",
    "```",
    "\n```",
    "```\n",
    "http://",
    "https://x.example/a_b",
    "www.",
    "x.com",
    "+81 90 1234 5678",
    "a@b.jp",
    "- ",
    "> ",
    "1. ",
    "* ",
    "_a_",
    "*b*",
    "~c~",
    "`d`",
    "❤️",
]
CHARACTERS = [p for p in PIECES if len(p) == 1]
COLOURS = [
    LIGHT_MARKUP_COLORS,
    DARK_MARKUP_COLORS,
    MarkupColors(list_indent_px=0, quote_indent_px=0),
]


def same(text: str) -> None:
    for colours in COLOURS:
        assert whatsapp_to_html(text, colours) == reference.whatsapp_to_html(text, colours), text


def golden_sources() -> list[str]:
    """Every quoted source text of the golden tests."""
    source = (Path(__file__).parent / "test_formatting.py").read_text(encoding="utf-8")
    return [ast.literal_eval(m) for m in re.findall(r'\(\s*("(?:[^"\\\n]|\\.)*")\s*,', source)]


CORPUS = [
    "",
    "\n",
    "\n\n",
    "a\n",
    "\na",
    "- *a*\n> _b_\n1. ~c~\n\n```x\n- y\n```z",
    "```a```\n```b```\n- ```c```",
    "````a` b",
    "*a ```b\nc``` d*",
    "> ```q```\n```\n> not a quote\n```",
    "see `https://a.example` and https://b.example/`x`",
    "😀*😀*😀",
    "e\u0301*x*e\u0301 *x*",
    "٣*x*٣ ²*x*²",
    "```\ncode\n```",
    "> ```\nx\n```\n- b",
    "1. ```\nx```\n2. y",
    "``````- b\n- ``````\n- ``````x",
    "```a\n```\n" * 4,
    "x\n```a\n```\n- *b* https://c.example `d`\n> e",
    "`a` https://b.example\n```c\n- d```\n- *e*\n```\n\n```f```",
]


@pytest.mark.parametrize("text", CORPUS + golden_sources())
def test_corpus(text: str) -> None:
    same(text)


@pytest.mark.parametrize("name", sorted(bench_formatting.ADVERSARIAL))
def test_benchmark_texts(name: str) -> None:
    same(bench_formatting.ADVERSARIAL[name])
    same(bench_formatting.PLAIN)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_any_mix_of_markup(text: str) -> None:
    same(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(CHARACTERS) | st.characters(), max_size=300))
def test_any_text(text: str) -> None:
    same(text)


def test_marker_patterns_classify_every_character() -> None:
    """The patterns see every neighbour (after ``_classes``) exactly as R1/R2 do."""
    opener, closer = formatting._OPENER_RES["*"], formatting._CLOSER_RES["*"]
    wrong = []
    for cp in range(0x110000):
        ch = chr(cp)
        seen = formatting._classes(ch)
        boundary = formatting._is_boundary_char(ch)
        solid = not formatting._is_space(ch) and ch != "*"
        if (
            bool(opener.search(seen + "*x")) != boundary
            or bool(closer.search("x*" + seen)) != boundary
            or bool(opener.search(" *" + seen)) != solid
        ):
            wrong.append(hex(cp))
    assert wrong == []
