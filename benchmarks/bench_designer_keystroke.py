"""What the designer does per keystroke, whole: lint, field labels, outlines, preview.

Since the lint list names each finding by its form label and shows a field's problems
only once it was edited, every keystroke also maps findings to their inputs. A 1,024-
character body with 10 variables (half of them without a sample, so there are findings
to place) and 10 buttons is edited one character at a time with every problem shown.
Baseline, measured in the same run: ``lint_template`` alone on the same JSON.
Target: the whole refresh within one frame (16 ms).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_designer_keystroke.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from desktop.models.db import Database
from desktop.services.events import EventHub
from desktop.services.templates import lint_template
from desktop.services.templates.submission import TemplateSubmission
from desktop.ui.templates import TemplateDesignerPage

KEYSTROKES = 200
TARGET_MS = 16.0


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/bench.sqlite3")
        db.migrate_sync()
        hub = EventHub()
        page = TemplateDesignerPage(db, TemplateSubmission(db, lambda: None, hub), hub)
        page.resize(1280, 820)
        page.show()
        editor = page.editor
        editor.name_edit.setText("big_template")
        editor.set_category("MARKETING")
        words = " ".join(f"part {{{{{n}}}}} of the offer" for n in range(1, 11))
        body = (words + " ") * 8
        editor.body_edit.setPlainText(body[:1000])
        for n in range(1, 6):
            editor.set_sample("body", str(n), f"value {n}")
        for n in range(10):
            editor.add_button_row("QUICK_REPLY", f"Choice {n}")
        editor.reveal_all()
        page.refresh()
        app.processEvents()

        whole: list[float] = []
        alone: list[float] = []
        text = editor.body_edit.toPlainText()
        for i in range(KEYSTROKES):
            text = text[:-1] if i % 2 else text + "x"
            start = time.perf_counter()
            editor.body_edit.setPlainText(text)  # emits changed → page.refresh()
            whole.append((time.perf_counter() - start) * 1000)
            graph = editor.template()
            start = time.perf_counter()
            lint_template(graph)
            alone.append((time.perf_counter() - start) * 1000)
        db.close()
    p50, p95 = statistics.median(whole), statistics.quantiles(whole, n=20)[18]
    base = statistics.median(alone)
    print(f"designer keystroke: median {p50:.2f} ms, p95 {p95:.2f} ms (target {TARGET_MS} ms)")
    print(f"baseline lint alone: median {base:.2f} ms; ratio {p50 / base:.1f}x")
    print(f"findings shown: {page.lint_model.rowCount()}")


if __name__ == "__main__":
    main()
