"""Lint a folder of 1,000 generated templates; target ≤ 1 s.

Prints the time to read + lint the folder and its ratio to merely reading and
json-parsing the same files (the floor any linter has to pay), both measured here.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_template_lint.py
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.services.templates import lint_template
from desktop.services.templates.files import load_template_file

COUNT = 1_000
ROUNDS = 5
TARGET_S = 1.0


def make_template(i: int) -> dict[str, Any]:
    """A realistic mix: positional/named, text/media headers, Japanese, 1-4 buttons."""
    named = i % 3 == 0
    japanese = i % 4 == 1
    if named:
        text = (
            "Hello {{first_name}}, your order {{order_id}} *has shipped* and will arrive "
            "on {{day}}. Track it any time from the link below. _Thank you_ for shopping."
        )
        example = {
            "body_text_named_params": [
                {"param_name": "first_name", "example": "Pablo"},
                {"param_name": "order_id", "example": str(860000 + i)},
                {"param_name": "day", "example": "Friday"},
            ]
        }
    elif japanese:
        text = (
            "こんにちは {{1}} 様、ご注文 {{2}} は *発送済み* です。\n- お届け予定: {{3}}\n"
            "ご不明な点は https://shop.example/help までお問い合わせください。"
        )
        example = {"body_text": [["田中", str(860000 + i), "明日"]]}
    else:
        text = (
            "Hi {{1}}, your appointment on {{2}} at {{3}} is confirmed. Reply *CHANGE* to "
            "reschedule or ~cancel~ from the app. See you soon!"
        )
        example = {"body_text": [["Ana", "May 3", "10:30"]]}
    components: list[dict[str, Any]] = []
    if i % 2:
        components.append(
            {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1n"]}}
        )
    else:
        components.append({"type": "HEADER", "format": "TEXT", "text": "Order update"})
    components.append({"type": "BODY", "text": text, "example": example})
    components.append({"type": "FOOTER", "text": "Reply STOP to opt out"})
    buttons: list[dict[str, Any]] = [
        {"type": "QUICK_REPLY", "text": f"Option {k}"} for k in range(i % 3)
    ]
    buttons.append(
        {
            "type": "URL",
            "text": "Track",
            "url": "https://shop.example/t/{{1}}",
            "example": ["https://shop.example/t/860198"],
        }
    )
    if i % 5 == 0:
        buttons.append({"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "15550051310"})
    components.append({"type": "BUTTONS", "buttons": buttons})
    template: dict[str, Any] = {
        "name": f"template_{i:04d}",
        "language": "ja" if japanese else "en_US",
        "category": "MARKETING" if i % 7 == 0 else "UTILITY",
        "components": components,
    }
    if named:
        template["parameter_format"] = "NAMED"
    return template


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(COUNT):
            path = folder / f"template_{i:04d}.json"
            path.write_text(json.dumps(make_template(i), ensure_ascii=False), encoding="utf-8")
        files = sorted(folder.glob("*.json"))

        def read_only() -> int:
            n = 0
            for path in files:
                n += len(json.loads(path.read_text(encoding="utf-8")))
            return n

        def read_and_lint() -> tuple[int, int]:
            errors = warnings = 0
            for path in files:
                report = lint_template(load_template_file(path))
                errors += len(report.errors)
                warnings += len(report.warnings)
            return errors, warnings

        read_only()
        read_and_lint()  # warm caches, imports and regexes
        base_times, lint_times = [], []
        for _ in range(ROUNDS):
            t0 = time.perf_counter()
            read_only()
            base_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            errors, warnings = read_and_lint()
            lint_times.append(time.perf_counter() - t0)

    base = statistics.median(base_times)
    lint = statistics.median(lint_times)
    print(f"templates: {COUNT} files, {errors} errors, {warnings} warnings in total")
    print(f"json-load only   : {base * 1000:8.1f} ms (median of {ROUNDS})")
    best = min(lint_times) * 1000
    print(f"load + lint      : {lint * 1000:8.1f} ms (median of {ROUNDS}; best {best:.1f} ms)")
    print(f"per template     : {lint / COUNT * 1e6:8.1f} µs")
    print(f"ratio lint/json  : {lint / base:8.1f}x")
    ok = lint <= TARGET_S
    print(f"target ≤ {TARGET_S:.0f} s    : {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
