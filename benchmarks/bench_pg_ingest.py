"""Webhook ingest into PostgreSQL over real HTTP: one receiver, two, and PC → PC meanwhile.

Each receiver is ``wabadesk webhook-server --db postgresql+psycopg://…``, a process of its
own, as on the always-on server. A sender process fires N signed, realistic webhook bodies
(inbound messages from a few hundred customers, and statuses with pricing for messages we
sent; ``--per-post`` events in each body, as Meta batches them) over loopback on 64
kept-alive HTTP/1.1 connections, spread over the receivers (a load balancer). Its requests
are built and signed before the clock starts and it parses only status lines, so it spends
little of the shared CPU; it is the same sender for the baseline and for every run.

Printed, all measured in this run:

* baseline: the same POSTs against one receiver process that verifies and parses but
  stores nothing (the HTTP path's ceiling on this machine);
* one receiver storing into PostgreSQL: events/s, and the ratio to the baseline;
* two receivers on the same database: events/s, and the ratio to one receiver;
* PC → PC latency (p50/p99) of a message stored by one PC and heard by another through
  ``LISTEN/NOTIFY``, while the single receiver ingests, against the same-PC figure.

Every run checks that each event answered 200 is stored. The load average is printed
before and after (the machine is shared), and so is the CPU each part spent per event
(receiver processes, the PostgreSQL server's processes, the sender): on a shared machine
events/s follows what else runs, CPU per event less so (Linux only; PostgreSQL's figure
needs its data folder, ``WABADESK_PG_DIR`` as ``.ci/postgres start`` prints). Targets
(issue 13): >= 2,000 events/s with one receiver; two receivers faster than one; PC → PC
p99 <= 1 s while ingest runs.

    python benchmarks/bench_pg_ingest.py [--events 20000] [--per-post 1]

Needs PostgreSQL: ``WABADESK_TEST_PG_URL`` (as ``.ci/postgres start`` prints), else it
starts one with ``.ci/postgres`` and stops it at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import multiprocessing as mp
import os
import re
import secrets
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_pg_live import measure, percentile  # noqa: E402
from bench_webhook_ingest import CUSTOMERS, WABA_ID, make_bodies, seed  # noqa: E402
from sqlalchemy import create_engine, func, select  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

SECRET = "bench-secret"
TOKEN = "bench-token"


def batched_bodies(n_events: int, per_post: int) -> list[bytes]:
    """``n_events`` events in bodies of ``per_post`` each (one entry, several changes)."""
    singles = [json.loads(b) for b in make_bodies(n_events)]
    bodies = []
    for start in range(0, n_events, per_post):
        group = singles[start : start + per_post]
        changes = [c for body in group for c in body["entry"][0]["changes"]]
        envelope = {
            "object": "whatsapp_business_account",
            "entry": [{"id": WABA_ID, "changes": changes}],
        }
        bodies.append(json.dumps(envelope, ensure_ascii=False).encode())
    return bodies


# -- the sender (its own process) ---------------------------------------------------------------
def _request(url: str, body: bytes) -> bytes:
    """The whole HTTP/1.1 POST of ``body`` to ``url``, signed as Meta signs it."""
    found = re.match(r"http://([^/:]+):(\d+)(/.*)", url)
    assert found, url
    host, port, path = found.groups()
    signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
        f"Content-Type: application/json\r\nX-Hub-Signature-256: {signature}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


class _Connection(asyncio.Protocol):
    """One kept-alive HTTP/1.1 connection that posts requests one after the other."""

    def __init__(self, next_request: Any, codes: dict[int, int], done: asyncio.Future[None]):
        self.next_request, self.codes, self.done = next_request, codes, done
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.send()

    def send(self) -> None:
        assert self.transport is not None
        request = self.next_request()
        if request is None:
            self.transport.close()
            if not self.done.done():
                self.done.set_result(None)
            return
        self.transport.write(request)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            status = int(head.split(" ", 2)[1])
            self.codes[status] = self.codes.get(status, 0) + 1
            self.send()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self.done.set_exception(exc or ConnectionError("closed by the receiver"))


def sender_main(urls: list[str], bodies: list[bytes], concurrency: int, out: Any) -> None:
    """``concurrency`` kept-alive connections spread over ``urls`` (a load balancer), each
    posting the next of ``bodies`` as soon as its last one is answered. Requests are built
    and signed before the clock starts, so the figure is the receivers', not the sender's."""
    targets = [urls[c % len(urls)] for c in range(concurrency)]
    requests = {url: [_request(url, body) for body in bodies] for url in set(targets)}

    async def run() -> tuple[float, dict[int, int], float]:
        loop = asyncio.get_running_loop()
        codes: dict[int, int] = {}
        counter = iter(range(len(bodies)))
        start, cpu = time.perf_counter(), time.process_time()
        waits = []
        for url in targets:
            found = re.match(r"http://([^/:]+):(\d+)", url)
            assert found
            done: asyncio.Future[None] = loop.create_future()
            prepared = requests[url]

            def next_request(prepared: list[bytes] = prepared) -> bytes | None:
                i = next(counter, None)
                return None if i is None else prepared[i]

            await loop.create_connection(
                lambda n=next_request, d=done: _Connection(n, codes, d),
                found.group(1),
                int(found.group(2)),
            )
            waits.append(done)
        await asyncio.wait_for(asyncio.gather(*waits), 600)
        return time.perf_counter() - start, codes, time.process_time() - cpu

    out.send(asyncio.run(run()))
    out.close()


# -- CPU spent per event ------------------------------------------------------------------------
def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a live process and of its children it has reaped."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def server_cpu(pg_dir: str | None) -> float | None:
    """CPU seconds of the PostgreSQL server in ``pg_dir`` (postmaster and its backends)."""
    if not pg_dir or not Path("/proc").is_dir():
        return None
    try:
        postmaster = int((Path(pg_dir) / "data" / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    total = process_cpu(postmaster)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == postmaster:  # a backend or helper; its own time only
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


class CpuMeter:
    """CPU per event of the receivers, the PostgreSQL server and the sender, over one burst.

    The sender's is what it spent while the clock ran (it builds its requests before)."""

    def __init__(self, pids: list[int], pg_dir: str | None) -> None:
        self.pids, self.pg_dir = pids, pg_dir
        self.receivers = sum(process_cpu(p) for p in pids)
        self.server = server_cpu(pg_dir)

    def report(self, events: int, sender: float) -> str:
        receivers = sum(process_cpu(p) for p in self.pids) - self.receivers
        server = server_cpu(self.pg_dir)
        pg = (
            ""
            if server is None or self.server is None
            else (f", PostgreSQL {(server - self.server) / events * 1e6:.0f} µs")
        )
        return (
            f"CPU per event: receiver(s) {receivers / events * 1e6:.0f} µs{pg}, "
            f"sender {sender / events * 1e6:.0f} µs"
        )


def fire(
    urls: list[str], bodies: list[bytes], concurrency: int
) -> tuple[float, dict[int, int], float]:
    """Seconds the burst took, the answers' status codes, and the sender's CPU seconds."""
    ctx = mp.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=sender_main, args=(urls, bodies, concurrency, send))
    process.start()
    send.close()
    result: tuple[float, dict[int, int], float] = receive.recv()
    process.join()
    return result


# -- receivers (processes of their own) ---------------------------------------------------------
def baseline_main(port: int, ready: Any) -> None:
    """A receiver that verifies and parses every POST and stores nothing."""
    from desktop.models.db import Database
    from desktop.services.events import EventHub
    from desktop.services.ingest import IngestResult
    from desktop.services.webhooks import WebhookReceiver

    async def serve() -> None:
        db = Database("sqlite://")
        receiver = WebhookReceiver(db, EventHub(), app_secret=SECRET, verify_token=TOKEN)

        async def answer_only(batch: list[Any]) -> None:
            for pending in batch:
                pending.future.set_result(IngestResult(processed=True))

        receiver._commit = answer_only  # type: ignore[method-assign]
        ready.send(await receiver.start("127.0.0.1", port))
        await asyncio.Event().wait()

    asyncio.run(serve())


class Receivers:
    """``count`` ``wabadesk webhook-server`` processes on ``url``."""

    def __init__(self, url: str, count: int) -> None:
        self.processes: list[subprocess.Popen[str]] = []
        self.urls: list[str] = []
        for _ in range(count):
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "desktop",
                    "webhook-server",
                    "--db",
                    url,
                    "--port",
                    "0",
                    "--app-secret",
                    SECRET,
                    "--verify-token",
                    TOKEN,
                ],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            assert process.stdout is not None
            line = process.stdout.readline()
            found = re.search(r"(http://\S+)", line)
            if not found:
                raise RuntimeError(f"receiver did not start: {line!r}")
            self.processes.append(process)
            self.urls.append(found.group(1))

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            process.wait(30)


def stored_events(url: str) -> int:
    from desktop.models.db import Database
    from desktop.models.entities import WebhookEvent

    db = Database(url)
    try:
        return int(db.call(lambda s: s.scalar(select(func.count()).select_from(WebhookEvent))))
    finally:
        db.close()


def fresh_database(server: str, admin: Any) -> str:
    from desktop.models.db import Database

    name = f"bench_ingest_{secrets.token_hex(4)}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    db = Database(url)
    db.migrate_sync()
    seed(db)
    db.close()
    return url


def store_run(
    url: str, count: int, bodies: list[bytes], events: int, concurrency: int, pg_dir: str | None
) -> tuple[float, dict[int, int]]:
    receivers = Receivers(url, count)
    try:
        meter = CpuMeter([p.pid for p in receivers.processes], pg_dir)
        elapsed, codes, sender = fire(receivers.urls, bodies, concurrency)
        cpu = meter.report(events, sender)
    finally:
        receivers.stop()
    stored = stored_events(url)
    ok = codes.get(200, 0) == len(bodies)
    # each body is one webhook_event row (its events are in message / message_status)
    print(
        f"    {count} receiver(s): {len(bodies)} POSTs in {elapsed:.2f} s, codes {codes}, "
        f"bodies stored {stored} ({'every 200 stored' if ok and stored == len(bodies) else 'LOST'})"
    )
    print(f"      {cpu}; load average {os.getloadavg()[0]:.2f}")
    return events / elapsed, codes


def live_while_ingesting(
    url: str, bodies: list[bytes], concurrency: int, samples: int
) -> tuple[list[float], list[float], float]:
    """PC → PC latency sampled while one receiver ingests ``bodies``."""
    from desktop.models.db import Database
    from desktop.models.entities import Conversation

    db = Database(url)
    conversation = db.call(lambda s: s.scalar(select(func.min(Conversation.id))))
    db.close()
    receivers = Receivers(url, 1)
    result: dict[str, Any] = {}

    def load() -> None:
        result["fire"] = fire(receivers.urls, bodies, concurrency)

    thread = threading.Thread(target=load)
    try:
        thread.start()
        time.sleep(1.0)  # ingest under way
        local, remote = asyncio.run(measure(url, conversation, samples))
        thread.join()
    finally:
        receivers.stop()
    elapsed, _codes, _sender = result["fire"]
    return local, remote, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--per-post", type=int, default=1, help="events in each webhook body")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--samples", type=int, default=200, help="PC to PC latency samples")
    args = parser.parse_args()
    server = os.environ.get("WABADESK_TEST_PG_URL")
    env: dict[str, str] = {}
    if not server:
        out = subprocess.run(
            ["bash", str(ROOT / ".ci" / "postgres"), "start"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        env = dict(
            line.removeprefix("export ").split("=", 1) for line in out.splitlines() if "=" in line
        )
        server = env["WABADESK_TEST_PG_URL"]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    made: list[str] = []
    n, per_post = args.events, max(1, args.per_post)
    bodies = batched_bodies(n, per_post)
    print(
        f"PostgreSQL ingest over HTTP: {n} events in {len(bodies)} signed POSTs "
        f"({per_post} per POST), {args.concurrency} in flight, {CUSTOMERS} customers, "
        f"{os.cpu_count()} CPUs; load average before: {os.getloadavg()[0]:.2f}"
    )
    try:
        ctx = mp.get_context("spawn")
        receive, send = ctx.Pipe(duplex=False)
        base = ctx.Process(target=baseline_main, args=(0, send), daemon=True)
        base.start()
        base_url = receive.recv()
        assert base.pid is not None
        meter = CpuMeter([base.pid], None)
        base_elapsed, base_codes, base_sender = fire([base_url], bodies, args.concurrency)
        base_cpu = meter.report(n, base_sender)
        base.terminate()
        base.join()
        base_rate = n / base_elapsed
        print(f"  baseline, verify + parse, nothing stored: {base_rate:8.0f} events/s {base_codes}")
        print(f"      {base_cpu}; load average {os.getloadavg()[0]:.2f}")

        pg_dir = env.get("WABADESK_PG_DIR") or os.environ.get("WABADESK_PG_DIR")
        made.append(fresh_database(server, admin))
        one, _ = store_run(made[-1], 1, bodies, n, args.concurrency, pg_dir)
        made.append(fresh_database(server, admin))
        two, _ = store_run(made[-1], 2, bodies, n, args.concurrency, pg_dir)
        print(
            f"  one receiver into PostgreSQL:  {one:8.0f} events/s "
            f"(ratio to baseline {one / base_rate:.2f})"
        )
        print(
            f"  two receivers, same database:  {two:8.0f} events/s (ratio to one {two / one:.2f})"
        )

        made.append(fresh_database(server, admin))
        local, remote, _elapsed = live_while_ingesting(
            made[-1], bodies, args.concurrency, args.samples
        )

        def ms(values: list[float], q: float) -> str:
            return f"{percentile(values, q) * 1000:.1f} ms"

        print(
            f"  PC to PC while one receiver ingests: p50 {ms(remote, 0.5)}  "
            f"p99 {ms(remote, 0.99)}  (baseline, same PC: p50 {ms(local, 0.5)}  "
            f"p99 {ms(local, 0.99)})"
        )
        print(
            f"  targets: >= 2,000 events/s with one receiver: {'PASS' if one >= 2000 else 'FAIL'}; "
            f"two faster than one: {'PASS' if two > one else 'FAIL'}; "
            f"PC to PC p99 <= 1 s: {'PASS' if percentile(remote, 0.99) <= 1 else 'FAIL'}"
        )
        after = os.getloadavg()
        print(f"  load average after: {after[0]:.2f} (1 min), {after[1]:.2f} (5 min)")
    finally:
        with admin.connect() as conn:
            for url in made:
                name = make_url(url).database
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
        if env:
            subprocess.run(
                ["bash", str(ROOT / ".ci" / "postgres"), "stop"],
                env={**os.environ, **env},
                check=False,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
