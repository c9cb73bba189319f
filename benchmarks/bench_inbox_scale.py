"""The inbox with a year of history (issue 9): every figure of its table, each with a baseline.

Runs on the database ``make_inbox_db.py`` builds (1,000,000 messages, 50,000 conversations,
threads of 10,000+), upgraded to the app's current schema first. Figures and their baselines,
all measured in this run:

- search, EN "delivery" and JA "予約": the search service over every message, then its hits
  painted in a list; baselines: the same on an empty database, and the raw indexed query
  alone (sqlite3, no service).
- conversation list, first page: the page of ids and its rows; baselines: the raw indexed
  query, the empty database, and the old way (every id, sorted) for comparison.
- ingest with the inbox open: webhook bodies applied in group-commit batches on the single
  DB thread while the app's own conversation list model is told of every change (its
  refreshes are coalesced, a few a second); baselines: the same ingest with the inbox
  closed, and with the old list query (every id) after every batch. Runs on a copy, so
  the 1M database is left as it was.
- start-up to inbox painted, open a big thread (median over the three biggest, each opened
  once), resize with it open, RSS: the real
  app (sandbox mode, in a child process per database) on the 1M database; baselines: the
  same app on an empty database and a plain QListView of 10,000 rows in the same child.
  Start-up here is services + pages until the conversation list is painted, in-process (the
  interpreter and import time are ``bench_startup.py``'s figure).

Ends with one JSON line of the issue's figures; null marks a figure that could not be taken.

    python benchmarks/make_inbox_db.py            # once, ~1-6 minutes
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_inbox_scale.py [--db PATH]
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import argparse
import asyncio
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DB = Path("/tmp/wabadesk-inbox-1m.sqlite3")
EN, JA = "delivery", "予約"
ROUNDS = 7
OPENED_THREADS = 3  # the biggest threads (10,000+ messages each), each opened once
# The list query before issue 9: every id, a join, sorted on an expression (no index use).
OLD_LIST_SQL = (
    "SELECT conversation.id FROM conversation JOIN contact ON contact.id = conversation.contact_id "
    "ORDER BY coalesce(conversation.last_message_ts, 0) DESC, conversation.id DESC"
)


def median_ms(fn: Callable[[], Any], rounds: int = ROUNDS) -> float:
    fn()  # warm the page cache and the statement cache
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def ratio(value: float | None, base: float | None) -> str:
    if value is None or not base:
        return "n/a"
    return f"{value / base:.2f}x"


def line(label: str, value: float | None, unit: str, *baselines: tuple[str, float | None]) -> None:
    shown = "n/a" if value is None else f"{value:,.1f} {unit}"
    rest = "; ".join(
        f"{name} {'n/a' if base is None else f'{base:,.1f} {unit}'} ({ratio(value, base)})"
        for name, base in baselines
    )
    print(f"  {label}: {shown}" + (f"   vs {rest}" if rest else ""))


def empty_db(workdir: Path) -> str:
    from desktop.models.db import Database

    url = f"sqlite:///{workdir / 'empty.sqlite3'}"
    db = Database(url)
    db.migrate_sync()
    db.close()
    return url


# -- search ---------------------------------------------------------------------------------
def paint_hits(texts: list[str]) -> None:
    """Fill and paint a plain list of the hits, as a results list would."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QListView

    view = QListView()
    view.setUniformItemSizes(True)
    view.resize(400, 600)
    view.setModel(QStringListModel(texts, view))
    view.grab()
    view.deleteLater()


def search_figures(url: str, empty_url: str) -> dict[str, float]:
    from desktop.models.db import Database
    from desktop.services.search.messages import SHORT_QUERY_WINDOW, search_messages

    out: dict[str, float] = {}
    big, empty = Database(url), Database(empty_url)
    path = url.removeprefix("sqlite:///")
    raw = sqlite3.connect(path)
    top = raw.execute("SELECT max(id) FROM message").fetchone()[0]
    raw_queries = {
        EN: (
            "SELECT rowid FROM message_fts WHERE message_fts MATCH ? ORDER BY rowid DESC LIMIT 50",
            (f'"{EN}"',),
        ),
        JA: (
            "SELECT id FROM message WHERE id > ? AND text LIKE ? ORDER BY id DESC LIMIT 50",
            (top - SHORT_QUERY_WINDOW, f"%{JA}%"),
        ),
    }
    for key, query in (("en", EN), ("ja", JA)):

        def typed(db: Database = big, q: str = query) -> None:
            result = db.call(search_messages, q)
            paint_hits([hit.text for hit in result.hits])

        sql, params = raw_queries[query]
        out[f"search_{key}_ms"] = median_ms(typed)
        out[f"search_{key}_empty_ms"] = median_ms(lambda q=query: typed(empty, q))
        out[f"search_{key}_raw_ms"] = median_ms(
            lambda s=sql, p=params: raw.execute(s, p).fetchall()
        )
        out[f"search_{key}_hits"] = len(big.call(search_messages, query).hits)
    raw.close()
    big.close()
    empty.close()
    return out


# -- conversation list ----------------------------------------------------------------------
def list_figures(url: str, empty_url: str) -> dict[str, float]:
    from desktop.models.db import Database
    from desktop.services import inbox

    def first_page(session: Any) -> None:
        page = inbox.conversation_page(session)
        inbox.conversation_rows(session, page.ids)

    big, empty = Database(url), Database(empty_url)
    raw = sqlite3.connect(url.removeprefix("sqlite:///"))
    out = {
        "list_first_page_ms": median_ms(lambda: big.call(first_page)),
        "list_first_page_empty_ms": median_ms(lambda: empty.call(first_page)),
        "list_first_page_raw_ms": median_ms(
            lambda: raw.execute(
                "SELECT id FROM conversation ORDER BY last_message_ts DESC, id DESC LIMIT 200"
            ).fetchall()
        ),
        "list_old_query_ms": median_ms(lambda: raw.execute(OLD_LIST_SQL).fetchall(), rounds=3),
    }
    raw.close()
    big.close()
    empty.close()
    return out


# -- ingest with the inbox open -------------------------------------------------------------
def ingest_bodies(path: Path, n: int) -> list[tuple[str, Any]]:
    """N webhook bodies from the database's own customers: 70% messages, 30% statuses.

    Customers who already have a conversation (as in a shop a year on), writing to the
    busiest number; statuses are ``read`` for outbound messages already stored.
    """
    raw = sqlite3.connect(path)
    number, display, waba = raw.execute(
        "SELECT p.id, p.display_phone_number, p.waba_id FROM phone_number p "
        "JOIN conversation c ON c.phone_number_id = p.id GROUP BY p.id "
        "ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    customers = raw.execute(
        "SELECT k.wa_id, k.user_id, k.profile_name FROM contact k "
        "JOIN conversation c ON c.contact_id = k.id "
        "WHERE c.phone_number_id = ? AND k.wa_id IS NOT NULL ORDER BY c.id DESC LIMIT 400",
        (number,),
    ).fetchall()
    sent = raw.execute(
        "SELECT wamid FROM message WHERE phone_number_id = ? AND direction = 'out' "
        "AND status IN ('sent', 'delivered') ORDER BY id DESC LIMIT ?",
        (number, n),
    ).fetchall()
    raw.close()
    texts = ["When will my delivery arrive?", "明日の予約を変更できますか？", "Thanks!", "了解です"]
    base = int(time.time())
    bodies = []
    for i in range(n):
        wa_id, user_id, name = customers[i % len(customers)]
        metadata = {"display_phone_number": display, "phone_number_id": number}
        contact = {"profile": {"name": name}, "wa_id": wa_id, "user_id": user_id}
        value: dict[str, Any] = {"messaging_product": "whatsapp", "metadata": metadata}
        if i % 10 < 7 or not sent:
            value["contacts"] = [contact]
            value["messages"] = [
                {
                    "from": wa_id,
                    "from_user_id": user_id,
                    "id": f"wamid.BENCHSCALE{base}{i:08d}",
                    "timestamp": str(base + i),
                    "type": "text",
                    "text": {"body": texts[i % len(texts)]},
                }
            ]
        else:
            value["statuses"] = [
                {
                    "id": sent[i % len(sent)][0],
                    "status": "read",
                    "timestamp": str(base + i),
                    "recipient_id": wa_id,
                }
            ]
        envelope = {
            "object": "whatsapp_business_account",
            "entry": [{"id": waba, "changes": [{"field": "messages", "value": value}]}],
        }
        text = json.dumps(envelope, ensure_ascii=False)
        bodies.append((text, json.loads(text)))
    return bodies


async def ingest_run(url: str, bodies: list[tuple[str, Any]], inbox_mode: str) -> float:
    """Events per second stored while the inbox is ``closed``, ``open`` or ``old``.

    ``open`` is the app's own conversation list (:class:`ConversationListModel`, its first
    page read) told of every batch's changed conversations as the inbox page tells it, on
    the app's Qt event loop and the same single DB thread as ingest: its coalesced in-place
    refreshes are what competes with ingest. ``old`` re-reads the whole list (every id,
    joined and sorted) after every batch, as the list did before issue 9.
    """
    from sqlalchemy import text as sql

    from desktop.models.db import Database
    from desktop.services.ingest import apply_payloads
    from desktop.ui.inbox.conversation_model import ConversationListModel

    db = Database(url)
    batch = 64
    model: ConversationListModel | None = None
    if inbox_mode == "open":
        model = ConversationListModel(db)
        await model.reload()
    pending: list[asyncio.Task[Any]] = []
    start = time.perf_counter()
    for i in range(0, len(bodies), batch):
        results = await db.run(apply_payloads, bodies[i : i + batch])
        changed = frozenset(c for r in results for c in r.conversation_ids)
        if model is not None:
            model.note_changed(changed)
        elif inbox_mode == "old":
            pending.append(
                asyncio.ensure_future(
                    db.run(lambda session: session.execute(sql(OLD_LIST_SQL)).all())
                )
            )
        await asyncio.sleep(0)  # let the list react, as the app's loop would
    elapsed = time.perf_counter() - start
    for task in pending:
        await task
    refreshes = model.refreshes if model is not None else 0
    if model is not None:
        model.deleteLater()
    db.close()
    if inbox_mode == "open":
        print(f"    (the list refreshed {refreshes} times in {elapsed:.1f} s)")
    return len(bodies) / elapsed


def ingest_figures(url: str, workdir: Path, events: int) -> dict[str, float]:
    source = Path(url.removeprefix("sqlite:///"))
    out: dict[str, float] = {}
    bodies = ingest_bodies(source, events * 3)
    from PySide6.QtWidgets import QApplication

    from desktop.ui.event_loop import AppEventLoop

    app = QApplication.instance() or QApplication(sys.argv[:1])
    for mode, chunk in (("closed", 0), ("open", 1), ("old", 2)):
        copy = workdir / f"ingest-{mode}.sqlite3"
        shutil.copyfile(source, copy)
        part = bodies[chunk * events : (chunk + 1) * events]
        with asyncio.Runner(loop_factory=lambda: AppEventLoop(app)) as runner:
            out[f"ingest_{mode}_eps"] = runner.run(ingest_run(f"sqlite:///{copy}", part, mode))
        copy.unlink()
    return out


# -- the app, in a child process per database -----------------------------------------------
def rss_mb() -> float:
    for row in Path("/proc/self/status").read_text().splitlines():
        if row.startswith("VmRSS:"):
            return int(row.split()[1]) / 1024
    return float("nan")


async def child_ui(url: str, workdir: Path) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QObject, QStringListModel
    from PySide6.QtWidgets import QListView
    from sqlalchemy import func, select

    from desktop.app import start_services_into
    from desktop.models.entities import Conversation, Message
    from desktop.runtime.options import SandboxTuning, StartOptions
    from desktop.services.settings import AppSettings, MemorySecretStore
    from desktop.ui.inbox.inbox_page import InboxPage
    from desktop.ui.main_window import MainWindow

    class PaintWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted_at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.painted_at is None:
                self.painted_at = time.perf_counter()
            return False

    class ShownWatch(QObject):
        """When the thread first finished painting the opened conversation's messages.

        The view paints inside this filter (as Qt would right after it) so the time taken
        includes that paint; a later repaint asked for by the benchmark would time its
        own polling instead.
        """

        def __init__(self, shown: Callable[[], bool], paint: Callable[[QEvent], bool]) -> None:
            super().__init__()
            self.shown = shown
            self.paint = paint
            self.painted_at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or self.painted_at is not None:
                return False
            if not self.shown():
                return False
            self.paint(event)
            self.painted_at = time.perf_counter()
            return True

    async def until(pred: Callable[[], bool], timeout: float = 120.0) -> bool:
        end = time.perf_counter() + timeout
        while not pred():
            if time.perf_counter() > end:
                return False
            await asyncio.sleep(0.002)
        return True

    out: dict[str, Any] = {}
    window = MainWindow()
    window.resize(1024, 700)
    window.show()
    options = StartOptions(
        settings=AppSettings(),
        secrets=MemorySecretStore(),
        db_url=url,
        force_sandbox=True,
        sandbox=SandboxTuning(customer_interval=3600, simulate_customers=False),
        health_interval=3600,
    )
    # Import time is bench_startup.py's figure: the modules start-up imports lazily are
    # imported before the clock starts, so this is services + pages + the list painted.
    import_startup_modules()
    start = time.perf_counter()
    running = await start_services_into(window, options)
    inbox = running.window.page("inbox")
    assert isinstance(inbox, InboxPage)
    watch = PaintWatch()

    def listed(session: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(Conversation)) or 0)

    if await running.services.db.run(listed):  # an empty inbox paints with no rows
        await until(lambda: inbox.conversations.rowCount() > 0)
    inbox.conversation_view.viewport().installEventFilter(watch)
    inbox.conversation_view.viewport().update()
    await until(lambda: watch.painted_at is not None, 10)
    out["startup_ms"] = ((watch.painted_at or time.perf_counter()) - start) * 1000

    # The three biggest threads, each opened once (as a user would, none of them read yet):
    # the figure is the median, so one hiccup of a shared machine does not make it.
    def biggest(session: Any) -> list[tuple[int, int]]:
        rows = session.execute(
            select(Message.conversation_id, func.count())
            .group_by(Message.conversation_id)
            .order_by(func.count().desc())
            .limit(OPENED_THREADS)
        ).all()
        return [(int(row[0]), int(row[1])) for row in rows]

    threads = await running.services.db.run(biggest)
    size = min((n for _, n in threads), default=0)
    out["big_thread_messages"] = threads[0][1] if threads else 0
    out["opened_thread_messages_min"] = size
    lags: list[float] = []
    ticking = True

    async def ticker() -> None:
        while ticking:
            before = time.perf_counter()
            await asyncio.sleep(0.005)
            lags.append((time.perf_counter() - before - 0.005) * 1000)

    opening: list[int] = []

    def thread_shown() -> bool:
        return bool(opening) and (
            inbox.messages.conversation_id == opening[-1] and inbox.messages.rowCount() > 0
        )

    thread_watch = ShownWatch(thread_shown, inbox.thread_view.viewportEvent)
    inbox.thread_view.viewport().installEventFilter(thread_watch)
    tick = asyncio.get_running_loop().create_task(ticker())
    opened: list[float] = []
    for conversation_id, _count in threads:
        thread_watch.painted_at = None
        opening.append(conversation_id)
        start = time.perf_counter()
        if not inbox.select_conversation(conversation_id):
            # Not on the list's first page (the list reads pages now): opened as a search
            # hit or the customer panel opens a conversation the list does not show.
            inbox._show_conversation(conversation_id)
        await until(lambda: thread_watch.painted_at is not None, 30)
        opened.append(((thread_watch.painted_at or 0) - start) * 1000)
        await asyncio.sleep(3.0)  # what the user lives through right after opening it
    if opened:
        out["open_big_thread_ms"] = statistics.median(opened)
        out["open_big_thread_each_ms"] = [round(ms, 1) for ms in opened]
        out["open_big_thread_max_freeze_ms"] = max(lags) if lags else None
        times = []
        for width in (1000, 1024, 980, 1024, 1010):
            begin = time.perf_counter()
            window.resize(width, 700)
            inbox.thread_view.doItemsLayout()
            window.grab()
            times.append((time.perf_counter() - begin) * 1000)
        out["resize_big_thread_ms"] = statistics.median(times)
    ticking = False
    await tick
    out["rss_mb"] = rss_mb()

    # Baseline in the same process: a plain QListView of 10,000 short rows.
    plain = QListView()
    plain.resize(600, 600)
    begin = time.perf_counter()
    plain.setModel(QStringListModel([f"message {i}" for i in range(10_000)], plain))
    plain.show()
    plain.scrollToBottom()
    plain.grab()
    out["plain_listview_open_ms"] = (time.perf_counter() - begin) * 1000
    times = []
    for width in (580, 600, 560, 600, 590):
        begin = time.perf_counter()
        plain.resize(width, 600)
        plain.doItemsLayout()
        plain.grab()
        times.append((time.perf_counter() - begin) * 1000)
    out["plain_listview_resize_ms"] = statistics.median(times)
    plain.deleteLater()
    window.close()
    await running.services.aclose()
    return out


def import_startup_modules() -> None:
    """Import what ``start_services_into`` imports on its way (the sandbox, the pages)."""
    import importlib

    for name in (
        "desktop.runtime.app_services",
        "desktop.runtime.sandbox_mode",
        "desktop.services.contacts",
        "desktop.services.templates.submission",
        "desktop.services.numbers.onboarding",
        "desktop.services.numbers.sandbox_controls",
        "desktop.ui.inbox.contact_panel",
        "desktop.ui.inbox.inbox_page",
        "desktop.ui.notifications",
        "desktop.ui.numbers.numbers_page",
        "desktop.ui.pricing.pricing_page",
        "desktop.ui.settings_page",
        "desktop.ui.templates.designer_page",
    ):
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # a module renamed since: it is imported (and timed) on the way instead


def child_main(url: str, workdir: Path) -> None:
    from desktop.app import make_application
    from desktop.ui.event_loop import AppEventLoop
    from desktop.ui.theme import apply_theme

    app = make_application()
    # Dressed as the app runs (run_gui applies the theme before the window exists): the
    # style sheet decides how the window paints.
    apply_theme(app, "light")
    with asyncio.Runner(loop_factory=lambda: AppEventLoop(app)) as runner:
        result = runner.run(child_ui(url, workdir))
    print("RESULT " + json.dumps(result), flush=True)
    os._exit(0)


def run_child(url: str, workdir: Path) -> dict[str, Any]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "XDG_DATA_HOME": str(workdir),
        "XDG_CONFIG_HOME": str(workdir),
    }
    cmd = [sys.executable, __file__, "--child", url, "--workdir", str(workdir)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    for row in done.stdout.splitlines():
        if row.startswith("RESULT "):
            return dict(json.loads(row.removeprefix("RESULT ")))
    print(f"  (app child failed: {done.stderr[-800:]})")
    return {}


def mark_for_sandbox(path: Path) -> None:
    """Let the app start in sandbox mode on the generated file (it holds no one's real data).

    The generator's accounts look live, and the app refuses to mix sandbox and live data;
    the benchmark has no live credentials, so the file is declared a sandbox database.
    """
    raw = sqlite3.connect(path)
    raw.execute("INSERT OR REPLACE INTO database_fact (key, value) VALUES ('mode', 'sandbox')")
    raw.commit()
    raw.close()


# -- main -----------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--events", type=int, default=3000, help="per ingest run")
    parser.add_argument("--skip-app", action="store_true", help="no app child processes")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args.child, args.workdir)
        return 0
    if not args.db.exists():
        print(f"{args.db} does not exist: build it with benchmarks/make_inbox_db.py first")
        return 2

    from PySide6.QtWidgets import QApplication

    from desktop.models.db import Database

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    url = f"sqlite:///{args.db}"
    workdir = Path(tempfile.mkdtemp(prefix="bench-inbox-scale-"))
    started = time.perf_counter()
    db = Database(url)
    db.migrate_sync()  # the app's current schema (indexes, search) on the generated file
    db.close()
    mark_for_sandbox(args.db)
    migrate_s = time.perf_counter() - started
    empty_url = empty_db(workdir)
    raw = sqlite3.connect(args.db)
    messages = raw.execute("SELECT count(*) FROM message").fetchone()[0]
    conversations = raw.execute("SELECT count(*) FROM conversation").fetchone()[0]
    raw.close()
    print(
        f"inbox at scale: {messages:,} messages, {conversations:,} conversations "
        f"({args.db}; schema upgrade {migrate_s:.1f} s); load average {os.getloadavg()[0]:.1f}"
    )

    s = search_figures(url, empty_url)
    print("search, typed -> hits painted (median of 7):")
    for key, word in (("en", EN), ("ja", JA)):
        line(
            f"{word} ({s[f'search_{key}_hits']:.0f} hits shown)",
            s[f"search_{key}_ms"],
            "ms",
            ("empty DB", s[f"search_{key}_empty_ms"]),
            ("raw indexed query", s[f"search_{key}_raw_ms"]),
        )
    lst = list_figures(url, empty_url)
    print("conversation list, first page of ids + rows:")
    line(
        "paged",
        lst["list_first_page_ms"],
        "ms",
        ("empty DB", lst["list_first_page_empty_ms"]),
        ("raw indexed query", lst["list_first_page_raw_ms"]),
    )
    line("old query, every id joined and sorted (reference)", lst["list_old_query_ms"], "ms")

    ing = ingest_figures(url, workdir, args.events)
    print(f"ingest into the 1M DB, {args.events:,} webhook bodies per run, 64 per commit:")
    line(
        "inbox open (the app's list model, changes coalesced)",
        ing["ingest_open_eps"],
        "ev/s",
        ("inbox closed", ing["ingest_closed_eps"]),
        ("old list query per batch", ing["ingest_old_eps"]),
    )

    ui: dict[str, Any] = {}
    ui_empty: dict[str, Any] = {}
    if not args.skip_app:
        ui = run_child(url, workdir / "app-1m")
        ui_empty = run_child(empty_url, workdir / "app-empty")
        print("the app (sandbox mode) on the 1M DB:")
        line(
            "start-up to inbox painted",
            ui.get("startup_ms"),
            "ms",
            ("empty DB", ui_empty.get("startup_ms")),
        )
        line(
            f"open a big thread (the {OPENED_THREADS} biggest, "
            f"{ui.get('opened_thread_messages_min', '?')}-{ui.get('big_thread_messages', '?')} "
            "messages, each once; median), painted",
            ui.get("open_big_thread_ms"),
            "ms",
            ("plain QListView of 10,000 rows", ui.get("plain_listview_open_ms")),
        )
        line(
            "  longest UI-loop stall in the 3 s after each",
            ui.get("open_big_thread_max_freeze_ms"),
            "ms",
        )
        print(f"    (each: {ui.get('open_big_thread_each_ms')} ms)")
        line(
            "resize with it open",
            ui.get("resize_big_thread_ms"),
            "ms",
            ("plain QListView of 10,000 rows", ui.get("plain_listview_resize_ms")),
        )
        line("RSS, big thread open", ui.get("rss_mb"), "MB", ("empty DB", ui_empty.get("rss_mb")))
    shutil.rmtree(workdir, ignore_errors=True)

    def rounded(value: Any) -> Any:
        return None if value is None else round(float(value), 1)

    figures = {
        "open_big_thread_ms": rounded(ui.get("open_big_thread_ms")),
        "resize_big_thread_ms": rounded(ui.get("resize_big_thread_ms")),
        "search_en_ms": rounded(s["search_en_ms"]),
        "search_ja_ms": rounded(s["search_ja_ms"]),
        "ingest_inbox_open_eps": rounded(ing["ingest_open_eps"]),
        "startup_ms": rounded(ui.get("startup_ms")),
        "rss_mb": rounded(ui.get("rss_mb")),
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
