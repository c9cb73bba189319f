"""A customer chooses the text the inbox formats: any text must format, boundedly and linearly.

Linearity is checked by counting work, not by timing: the number of Python lines the
formatter executes for a text repeated 4k times must stay close to 4 times the count for
k repetitions (a quadratic formatter gives about 16 times).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services import formatting
from desktop.services.formatting import whatsapp_to_html

# Characters that drive the formatter's decisions, plus ordinary ones around them.
SPECIAL = "*_~`>-. \n@+:/w1aあ😀\u200b"
FORMATTER_FILE = formatting.__file__


def lines_executed(fn: Callable[[], Any]) -> int:
    """How many lines of formatting.py run during ``fn()`` (a machine-independent cost)."""
    count = 0

    def tracer(frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        if frame.f_code.co_filename != FORMATTER_FILE:
            return None
        if event == "line":
            count += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        fn()
    finally:
        sys.settrace(previous)
    return count


def growth(unit: str, small: int) -> float:
    """Work for ``unit`` × 4·small over work for ``unit`` × small (≈4 linear, ≈16 quadratic)."""
    few = lines_executed(lambda: whatsapp_to_html(unit * small))
    many = lines_executed(lambda: whatsapp_to_html(unit * (4 * small)))
    return many / max(few, 1)


def test_openers_without_closers_cost_linear_work() -> None:
    # " `a" repeated: every backtick opens and none closes; the old formatter looked for a
    # closer to the end of the line from each one (0.3 s for 4,095 characters).
    assert growth(" `a", 100) < 6


def test_backtick_runs_cost_linear_work() -> None:
    assert growth("`", 300) < 6
    assert growth("``` ", 100) < 6


def test_links_only_start_where_a_run_starts() -> None:
    # The e-mail pattern used to be tried from every letter of a long word (quadratic in the
    # regex engine, invisible to the line count): it now starts only at the start of the run
    # and its parts are bounded, so a 70-letter "local part" is not an address at all.
    assert "mailto:" not in whatsapp_to_html("a" * 70 + "@example.com")
    assert 'href="mailto:ok@example.com"' in whatsapp_to_html("mail ok@example.com now")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=SPECIAL, min_size=1, max_size=5))
def test_work_grows_linearly_for_any_repeated_pattern(unit: str) -> None:
    assert growth(unit, 40) < 6.5


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(SPECIAL) | st.characters(), max_size=600))
def test_any_text_formats_with_bounded_output(text: str) -> None:
    html = whatsapp_to_html(text)
    # Each character becomes at most one escape, one tag pair or link; each line one block.
    assert len(html) <= 120 * (len(text) + 1)
    # Nothing the customer typed becomes markup: every tag is one the formatter writes.
    tags = set(re.findall(r"</?([a-z]+)", html))
    assert tags <= {"p", "br", "b", "i", "s", "span", "a"}
