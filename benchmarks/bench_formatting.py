"""Format adversarial 4,095-character messages; target ≤ 3× plain text of the same length.

The inbox formats every message it shows on the UI thread, and a customer chooses the
text. A formatter that rescans to the end of the line for every marker is quadratic: a
message of `` `a`` repeated once took 0.66 s. This script formats several hostile texts
(one character short of WhatsApp's 4,096 limit) and plain prose of the same length, takes
the best of a few runs for each, and compares the worst hostile text with the prose.
Run: .venv/bin/python benchmarks/bench_formatting.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.services.formatting import whatsapp_to_html

LENGTH = 4095
REPEATS = 7
TARGET_RATIO = 3.0


def _fill(unit: str) -> str:
    return (unit * (LENGTH // len(unit) + 1))[:LENGTH]


PLAIN = _fill("Thank you for your order, we ship it tomorrow morning from Osaka. ")

ADVERSARIAL = {
    "` a repeated (openers, no closer)": _fill(" `a"),
    "`a repeated": _fill("`a"),
    "*_~` a repeated": _fill("*_~`a "),
    "* _ ~ openers": _fill(" *a _b ~c"),
    "``` fences": _fill("```a "),
    "letters, no space": "a" * LENGTH,
    "a. repeated": _fill("a."),
    "a@ repeated": _fill("a@"),
    "a.b@ repeated": _fill("a.b@"),
    "+1 repeated": _fill("+1 "),
    "www. repeated": _fill("www."),
    "nested markers": _fill("*_~a "),
    "backticks only": "`" * LENGTH,
    "``` with blank inside": _fill("``` "),
    "emoji between stars": _fill("\U0001f600*"),
    "one-word lines": _fill("a\n"),
    "bulleted bold lines": _fill("- *a*\n"),
    "``` spans over lines": _fill("```a\n"),
    "``` closed spans, one per line": _fill("```a```\n"),
}


def best_ms(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        t0 = time.process_time()
        fn()
        times.append((time.process_time() - t0) * 1000)
    return min(times)


def main() -> int:
    whatsapp_to_html(PLAIN)  # warm up (imports, regex compilation)
    plain = best_ms(lambda: whatsapp_to_html(PLAIN))
    print(f"plain text, {len(PLAIN)} chars       : {plain:8.2f} ms (baseline)")
    worst_name, worst = "", 0.0
    for name, text in ADVERSARIAL.items():
        assert len(text) == LENGTH
        ms = best_ms(lambda text=text: whatsapp_to_html(text))  # type: ignore[misc]
        print(f"{name:34}: {ms:8.2f} ms  ({ms / plain:5.2f}× plain)")
        if ms > worst:
            worst_name, worst = name, ms
    ratio = worst / plain
    print(f"worst adversarial: {worst_name!r} {worst:.2f} ms vs plain {plain:.2f} ms")
    print(f"ratio worst/plain: {ratio:.2f}× (target ≤ {TARGET_RATIO:.0f}×)")
    ok = ratio <= TARGET_RATIO
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
