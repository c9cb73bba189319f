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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.services.formatting import whatsapp_to_html

LENGTH = 4095
REPEATS = 60
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


def best_times(texts: dict[str, str]) -> dict[str, float]:
    """The best of REPEATS runs per text, in ms. The texts take turns within each round, so
    a busy moment on a shared machine slows all of them alike instead of one."""
    best = dict.fromkeys(texts, float("inf"))
    for _ in range(REPEATS):
        for name, text in texts.items():
            t0 = time.process_time()
            whatsapp_to_html(text)
            best[name] = min(best[name], (time.process_time() - t0) * 1000)
    return best


def main() -> int:
    whatsapp_to_html(PLAIN)  # warm up (imports, regex compilation)
    for text in ADVERSARIAL.values():
        assert len(text) == LENGTH
        whatsapp_to_html(text)
    times = best_times({"plain": PLAIN, **ADVERSARIAL})
    plain = times.pop("plain")
    print(f"plain text, {len(PLAIN)} chars       : {plain:8.2f} ms (baseline)")
    for name, ms in times.items():
        print(f"{name:34}: {ms:8.2f} ms  ({ms / plain:5.2f}× plain)")
    worst_name = max(times, key=times.__getitem__)
    worst = times[worst_name]
    ratio = worst / plain
    print(f"worst adversarial: {worst_name!r} {worst:.2f} ms vs plain {plain:.2f} ms")
    print(f"ratio worst/plain: {ratio:.2f}× (target ≤ {TARGET_RATIO:.0f}×)")
    ok = ratio <= TARGET_RATIO
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
