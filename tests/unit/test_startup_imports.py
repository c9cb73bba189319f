"""The window must paint before heavy libraries load: guard what start-up imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "pydantic", "aiohttp", "httpx", "alembic", "phonenumbers")


def test_cli_and_window_modules_load_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from desktop.cli.main import build_parser\n"
        "build_parser()\n"
        "import desktop.app, desktop.ui.main_window\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
