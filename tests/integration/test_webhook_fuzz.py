"""Property: any signed JSON body gets 2xx or 4xx, is stored whole or not at all, and renders.

Bodies are Meta's documented shapes (the fixtures) with a few values replaced by hostile ones
(wrong types, times no calendar can show, numbers beyond 64 bits, lone surrogates, nulls) or
removed, plus arbitrary JSON. They go over real HTTP to the receiver, which runs on its own
event loop in a thread; every message row a body stored is then turned into a chat bubble by
the inbox's own spec builder.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.models.db import Database
from desktop.models.entities import Message, WebhookEvent
from desktop.services.events import EventHub
from desktop.services.inbox import message_rows
from desktop.services.webhooks import WebhookReceiver, sign
from tests.integration.webhook_support import FIXTURES, SECRET

NAMES = sorted(p.stem for p in FIXTURES.glob("*.json"))
_ids = itertools.count()

# Values that broke a reader once: times no calendar can show, ids and texts of the wrong type.
KNOWN_BAD = st.sampled_from(
    [
        "1000000000000",
        1000000000000,
        "99999999999999999999999",
        2**63 + 1,
        "abc",
        "-1",
        "",
        "\ud800",
        "<img src=x>",
        7,
        {"x": 1},
        ["a"],
        True,
    ]
)
HOSTILE = st.one_of(
    KNOWN_BAD,
    st.none(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
)
ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=12,
)


class Receiver:
    """The receiver on its own loop in a thread, so a synchronous test can post to it."""

    def __init__(self, db: Database) -> None:
        self.loop = asyncio.new_event_loop()
        self.receiver = WebhookReceiver(
            db, EventHub(), app_secret=SECRET, verify_token="t", part_items=3, durable=False
        )
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.url = self._run(self.receiver.start("127.0.0.1", 0))

    def _run(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(60)

    def close(self) -> None:
        self._run(self.receiver.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Receiver]]:
    path = Path(tmp_path_factory.mktemp("fuzz")) / "fuzz.sqlite3"
    db = Database(f"sqlite:///{path}")
    db.migrate_sync()
    receiver = Receiver(db)
    try:
        yield db, receiver
    finally:
        receiver.close()
        db.close()


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*prefix, index)
            yield from paths(value, (*prefix, index))


def value_at(node: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        node = node[step]
    return node


def fresh_ids(payload: Any) -> None:
    """Give every message a new id, so each example stores (and renders) new rows."""
    for entry in payload.get("entry", []):
        for change in entry.get("changes", []):
            for message in change.get("value", {}).get("messages", []):
                message["id"] = f"wamid.FUZZ{next(_ids)}"


def load(name: str) -> Any:
    return json.loads((FIXTURES / f"{name}.json").read_text("utf-8"))


def everything_at_once() -> dict[str, Any]:
    """One body holding a message of every fixture type and every fixture status."""
    payload = load("in_text")
    value = payload["entry"][0]["changes"][0]["value"]
    value["messages"], value["statuses"], value["contacts"] = [], [], []
    for name in NAMES:
        other = load(name)["entry"][0]["changes"][0]["value"]
        value["messages"].extend(other.get("messages", []))
        value["statuses"].extend(other.get("statuses", []))
        value["contacts"].extend(other.get("contacts", []))
    return payload


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return json.dumps(draw(ANY_JSON)).encode()
    payload = load(draw(st.sampled_from(NAMES))) if kind < 4 else everything_at_once()
    fresh_ids(payload)
    where = list(paths(payload))
    inside = [p for p in where if "messages" in p or "statuses" in p]
    leaves = [p for p in inside if not isinstance(value_at(payload, p), dict | list)]
    # One value inside messages and statuses (where the values readers rely on live), a
    # couple anywhere, or about one in five inside: replaced by a hostile one or removed.
    mode = draw(st.sampled_from(["one", "one", "few", "sweep"]))
    if mode == "one" and leaves:
        chosen = [draw(st.sampled_from(leaves))]
    elif mode == "sweep":
        chosen = [p for p in inside if draw(st.integers(0, 4)) == 0]
    else:
        chosen = [draw(st.sampled_from(where)) for _ in range(draw(st.integers(1, 2)))]
    for path in chosen:
        parent: Any = payload
        for step in path[:-1]:
            reachable = (isinstance(parent, dict) and step in parent) or (
                isinstance(parent, list) and isinstance(step, int) and step < len(parent)
            )
            if not reachable:
                break
            parent = parent[step]
        else:
            last = path[-1]
            in_dict = isinstance(parent, dict) and last in parent
            in_list = isinstance(parent, list) and isinstance(last, int) and last < len(parent)
            if in_dict or in_list:
                if draw(st.integers(0, 5)) == 0:
                    del parent[last]
                else:
                    parent[last] = draw(HOSTILE)
    return json.dumps(payload).encode()  # lone surrogates leave as "\ud800" escapes


def hostile(name: str, *changes: tuple[tuple[Any, ...], Any]) -> bytes:
    """A fixture with values replaced inside its first message or status (issue 7's cases)."""
    payload = load(name)
    fresh_ids(payload)
    value = payload["entry"][0]["changes"][0]["value"]
    for path, new in changes:
        parent = value_at(value, path[:-1])
        parent[path[-1]] = new
    return json.dumps(payload).encode()


ISSUE_CASES = [
    hostile("in_text", (("messages", 0, "timestamp"), "1000000000000")),
    hostile("in_text", (("messages", 0, "timestamp"), 2**63 + 1)),
    hostile("in_text", (("messages", 0, "text", "body"), "half \ud800")),
    hostile("in_location", (("messages", 0, "location", "name"), {"x": 1})),
    hostile("in_order", (("messages", 0, "order", "product_items"), 3)),
    hostile(
        "in_interactive_button_reply",
        (("messages", 0, "interactive", "type"), "button"),
        (("messages", 0, "interactive", "header"), "a string"),
    ),
    hostile(
        "status_sent",
        (("statuses", 0, "timestamp"), "99999999999999999999999"),
        (("statuses", 0, "conversation", "expiration_timestamp"), "abc"),
    ),
]


def counts(db: Database) -> tuple[int, int, int]:
    def read(s: Any) -> tuple[int, int, int]:
        events = s.scalar(select(func.count()).select_from(WebhookEvent))
        messages = s.scalar(select(func.count()).select_from(Message))
        last = s.scalar(select(func.max(Message.id))) or 0
        return int(events), int(messages), int(last)

    return db.call(read)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=bodies())
@example(body=ISSUE_CASES[0])
@example(body=ISSUE_CASES[1])
@example(body=ISSUE_CASES[2])
@example(body=ISSUE_CASES[3])
@example(body=ISSUE_CASES[4])
@example(body=ISSUE_CASES[5])
@example(body=ISSUE_CASES[6])
def test_any_signed_body_is_answered_stored_whole_and_renders(
    qapp: Any, stack: tuple[Database, Receiver], body: bytes
) -> None:
    from desktop.ui.inbox.bubble_specs import spec_for_message

    db, receiver = stack
    events_before, _, last_before = counts(db)
    response = httpx.post(
        receiver.url, content=body, headers={"X-Hub-Signature-256": sign(SECRET, body)}, timeout=60
    )
    assert response.status_code < 500, response.text
    events_after, _, _ = counts(db)
    if response.status_code >= 400:
        assert events_after == events_before  # refused: nothing of it is stored
        return
    assert response.status_code == 200
    assert events_after in (events_before, events_before + 1)  # new, or a repeat counted
    new_ids = db.call(lambda s: list(s.scalars(select(Message.id).where(Message.id > last_before))))
    for row in db.call(message_rows, new_ids).values():
        for theme in ("light", "dark"):
            spec = spec_for_message(row, theme)
            assert isinstance(spec.body, str)
