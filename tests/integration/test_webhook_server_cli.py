"""`wabadesk webhook-server` as a user runs it: help, errors, a real signed POST, SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
from cli_support import free_port, start_webhook_server, wabadesk
from sqlalchemy import select

from desktop.models.db import Database
from desktop.models.entities import Message, WebhookEvent
from desktop.services.webhooks import sign

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "webhooks"
ENV = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}


def test_help_lists_the_exact_flags() -> None:
    result = wabadesk("webhook-server", "--help")
    assert result.returncode == 0
    for flag in ("--port", "--db", "--app-secret", "--verify-token"):
        assert flag in result.stdout
    assert "webhook-server" in wabadesk("--help").stdout


def test_missing_secret_is_a_one_line_error(tmp_path: Path) -> None:
    env_free = {k: v for k, v in ENV.items() if not k.startswith("WABADESK_")}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "webhook-server", "--port", "0", "--verify-token", "t"],
        cwd=REPO_ROOT,
        env=env_free,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--app-secret" in result.stderr


def test_port_in_use_is_a_one_line_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = wabadesk(
            "webhook-server",
            "--port",
            str(port),
            "--db",
            f"sqlite:///{tmp_path / 'cli.sqlite3'}",
            "--app-secret",
            "s",
            "--verify-token",
            "t",
        )
    assert result.returncode == 1
    assert "already in use" in result.stderr and "Traceback" not in result.stderr


def test_runs_headless_stores_a_signed_post_and_stops_on_sigterm(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    port = free_port()
    process = start_webhook_server(db_url, "cli-secret", "cli-token", port)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("Listening for webhooks on "), line
        url = line.rsplit(" ", 1)[1].strip()
        assert url == f"http://127.0.0.1:{port}/webhook"
        body = (FIXTURES / "in_text.json").read_bytes()
        handshake = httpx.get(
            url,
            params={
                "hub.mode": "subscribe",
                "hub.verify_token": "cli-token",
                "hub.challenge": "42",
            },
        )
        assert (handshake.status_code, handshake.text) == (200, "42")
        response = httpx.post(
            url, content=body, headers={"X-Hub-Signature-256": sign("cli-secret", body)}
        )
        assert response.status_code == 200
        rejected = httpx.post(url, content=body, headers={"X-Hub-Signature-256": "sha256=00"})
        assert rejected.status_code == 401
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "1 webhooks stored" in err
    db = Database(db_url)
    texts = db.call(lambda s: list(s.scalars(select(Message.text))))
    events = db.call(lambda s: list(s.scalars(select(WebhookEvent.processed))))
    db.close()
    assert texts == ["Does it come in another color?"] and events == [True]


def test_killed_during_a_burst_loses_nothing_answered(tmp_path: Path) -> None:
    """SIGKILL mid-burst: every body answered 200 is in the database afterwards."""
    import json
    import threading
    from concurrent.futures import ThreadPoolExecutor

    db_url = f"sqlite:///{tmp_path / 'kill.sqlite3'}"
    port = free_port()
    process = start_webhook_server(db_url, "kill-secret", "t", port)
    assert process.stdout is not None
    url = process.stdout.readline().rsplit(" ", 1)[1].strip()
    template = json.loads((FIXTURES / "in_text.json").read_text(encoding="utf-8"))
    answered: list[str] = []
    lock = threading.Lock()
    killed = threading.Event()

    client = httpx.Client(timeout=10, limits=httpx.Limits(max_connections=16))

    def post(n: int) -> None:
        if killed.is_set():
            return
        payload = json.loads(json.dumps(template))
        message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
        message["id"] = f"wamid.KILL{n:05d}"
        body = json.dumps(payload).encode()
        try:
            response = client.post(
                url, content=body, headers={"X-Hub-Signature-256": sign("kill-secret", body)}
            )
        except httpx.HTTPError:
            return
        if response.status_code == 200:
            with lock:
                answered.append(message["id"])
                if len(answered) == 150:
                    process.kill()
                    killed.set()

    with client, ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(post, range(600)))
    process.kill()
    process.communicate(timeout=30)
    assert killed.is_set() and len(answered) >= 150
    db = Database(db_url)
    stored = set(db.call(lambda s: list(s.scalars(select(Message.wamid)))))
    db.close()
    assert set(answered) <= stored
