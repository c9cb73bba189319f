"""`wabadesk sandbox` as a process: help, serving, and one-line errors."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO_ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "sandbox", *args],
        cwd=REPO_ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_help_lists_the_options() -> None:
    result = run("--help")
    assert result.returncode == 0
    for option in ("--port", "--webhook-url", "--app-secret"):
        assert option in result.stdout


def test_port_in_use_is_one_line_and_exit_1() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run(
            "--port", str(port), "--webhook-url", "http://127.0.0.1:1/x", "--app-secret", "s"
        )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "already in use" in lines[0] and str(port) in lines[0]
    assert "Traceback" not in result.stderr


def test_bad_webhook_url_is_refused() -> None:
    result = run("--port", "0", "--webhook-url", "not a url", "--app-secret", "s")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "--webhook-url" in result.stderr


def test_serves_the_graph_api_until_terminated() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop",
            "sandbox",
            "--port",
            str(port),
            "--webhook-url",
            "http://127.0.0.1:9/hook",
            "--app-secret",
            "s",
            "--no-customers",
        ],
        cwd=REPO_ROOT,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        banner = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}" in banner
        resp = httpx.get(
            f"http://127.0.0.1:{port}/v25.0/_sandbox_missing",
            headers={"Authorization": "Bearer sandbox-token"},
        )
        assert resp.json()["error"]["code"] == 100
        state = httpx.get(
            f"http://127.0.0.1:{port}/_sandbox/state",
            headers={"Authorization": "Bearer sandbox-token"},
        ).json()
        assert state["customers_paused"] is True
    finally:
        proc.terminate()
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)  # reads what is left and closes the pipes
    assert proc.returncode == 0
