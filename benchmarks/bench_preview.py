"""Re-render the template preview per keystroke; target ≤ 16 ms (one frame at 60 Hz).

A 1,024-character body with 10 variables and 10 buttons is edited one character at a
time; each keystroke runs what the designer runs: render the sample (substitute the
examples), build the BubbleSpec, hand it to the BubblePreview and repaint it
synchronously. The baseline, measured in the same run, sets the same body text on a
QLabel (rich text, word wrap) and repaints it.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_preview.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.services.templates import render_sample
from desktop.ui.chat import BubblePreview, spec_from_sample

KEYSTROKES = 300
TARGET_MS = 16.0
WIDTH = 380


def make_body() -> str:
    parts = [
        "Hello {{1}}, *thank you* for your order {{2}} placed on {{3}}.\n",
        "> Your items ship from {{4}} and arrive by _{{5}}_.\n",
        "- Total: {{6}}\n- Payment: {{7}}\n- Points earned: {{8}}\n",
        "Questions? Write to {{9}} or visit https://shop.example/help — ",
        "code `{{10}}` gives ~10%~ 15% off your next order. ",
    ]
    text = "".join(parts)
    filler = "We hope you enjoy your purchase and look forward to serving you again. "
    while len(text) + len(filler) < 1024:
        text += filler
    return (text + "ご利用ありがとうございました。" * 10)[:1024]


def make_template(body: str) -> dict[str, Any]:
    return {
        "name": "bench_preview",
        "language": "en_US",
        "category": "MARKETING",
        "components": [
            {
                "type": "HEADER",
                "format": "TEXT",
                "text": "Your order {{1}}",
                "example": {"header_text": ["860198"]},
            },
            {
                "type": "BODY",
                "text": body,
                "example": {"body_text": [[f"value{i}" for i in range(1, 11)]]},
            },
            {"type": "FOOTER", "text": "Reply STOP to opt out"},
            {
                "type": "BUTTONS",
                "buttons": [{"type": "QUICK_REPLY", "text": f"Option {i}"} for i in range(10)],
            },
        ],
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    app = QApplication.instance() or QApplication([])
    body = make_body()
    assert len(body) == 1024 and body.count("{{") == 10

    preview = BubblePreview()
    preview.resize(WIDTH, 900)
    preview.show()
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.resize(WIDTH, 900)
    label.show()
    app.processEvents()

    def keystroke_preview(text: str) -> None:
        sample = render_sample(make_template(text))
        preview.setSpec(spec_from_sample(sample, time="9:41", status="read"))
        preview.resize(WIDTH, preview.heightForWidth(WIDTH))
        preview.repaint()

    def keystroke_label(text: str) -> None:
        label.setText(text)
        label.repaint()

    # Typing: each keystroke edits the last characters of the body (it stays 1,024 long).
    letters = "abcdefghijklmnopqrstuvwxyz"
    texts = [
        body[:-1] + letters[i % 26] if i % 2 else body[:-2] + letters[i % 26] + "."
        for i in range(KEYSTROKES)
    ]
    for text in texts[:20]:  # warm up fonts and caches
        keystroke_preview(text)
        keystroke_label(text)

    preview_ms: list[float] = []
    label_ms: list[float] = []
    for text in texts:
        t0 = time.perf_counter()
        keystroke_label(text)
        label_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        keystroke_preview(text)
        preview_ms.append((time.perf_counter() - t0) * 1000)

    preview.grab().save("/tmp/bench_preview.png")
    mean_p, mean_l = statistics.mean(preview_ms), statistics.mean(label_ms)
    p95 = percentile(preview_ms, 0.95)
    print(f"body {len(body)} chars, 10 variables, 10 buttons, {KEYSTROKES} keystrokes")
    print(
        f"preview per keystroke : mean {mean_p:6.2f} ms  p95 {p95:6.2f} ms  "
        f"max {max(preview_ms):6.2f} ms"
    )
    print(
        f"QLabel.setText        : mean {mean_l:6.2f} ms  p95 {percentile(label_ms, 0.95):6.2f} ms  "
        f"max {max(label_ms):6.2f} ms"
    )
    print(f"ratio preview/QLabel  : {mean_p / mean_l:6.2f}x (mean)")
    ok = p95 <= TARGET_MS
    print(f"target p95 ≤ {TARGET_MS:.0f} ms    : {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
