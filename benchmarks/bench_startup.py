"""Start-up: process start → main window painted, against a bare PySide6 window.

Both are measured in fresh processes of the same Python, alternating, several rounds; the
figure is the median. Target: WABA Desk at most 2x the bare window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = int(os.environ.get("ROUNDS", "7"))

BARE = """
import os, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
class P(QObject):
    def eventFilter(self, w, e):
        if e.type() == QEvent.Type.Paint:
            print(f"painted {time.time():.6f}", flush=True); os._exit(0)
        return False
app = QApplication([])
w = QMainWindow(); w.resize(1200, 780)
p = P(); w.installEventFilter(p); w.show(); app.exec()
"""


def measure(cmd: list[str], env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no paint reported: {out.stderr[-500:]}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONPATH": str(ROOT),
            "XDG_DATA_HOME": tmp,
            "XDG_CONFIG_HOME": tmp,
            "WABADESK_STARTUP_PROBE": "1",
        }
        bare: list[float] = []
        app: list[float] = []
        measure([sys.executable, "-c", BARE], env)  # warm the OS file cache for both
        measure([sys.executable, "-m", "desktop", "--sandbox"], env)
        for _ in range(ROUNDS):
            bare.append(measure([sys.executable, "-c", BARE], env))
            app.append(measure([sys.executable, "-m", "desktop", "--sandbox"], env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window painted: median {b * 1000:.0f} ms over {ROUNDS} runs")
    print(f"WABA Desk main window painted: median {a * 1000:.0f} ms over {ROUNDS} runs")
    print(f"ratio WABA Desk / bare window: {a / b:.2f}x (target <= 2.00x)")


if __name__ == "__main__":
    main()
