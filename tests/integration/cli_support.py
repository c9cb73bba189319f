"""Run `wabadesk` as a user would (a subprocess of this checkout) and find free ports."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}


def wabadesk(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO_ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_webhook_server(
    db_url: str, app_secret: str, verify_token: str = "t", port: int | None = None
) -> subprocess.Popen[str]:
    """`wabadesk webhook-server` in the background (read its first line for the URL)."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop",
            "webhook-server",
            "--port",
            str(port if port is not None else free_port()),
            "--db",
            db_url,
            "--app-secret",
            app_secret,
            "--verify-token",
            verify_token,
        ],
        cwd=REPO_ROOT,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
