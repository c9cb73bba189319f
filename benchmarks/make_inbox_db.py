"""Build a year of a busy shop's inbox: 1,000,000 messages in 50,000 conversations.

The inbox benchmarks need a database of the size the design promises to handle, built with
the app's own schema: the file is created and upgraded by the app's Alembic migrations (so
indexes, the full-text index and its triggers are exactly the app's), then filled with raw
``executemany`` inserts in large transactions, because going through ingest for a million
messages would take an hour.

What is in it, deterministic for a given ``--seed``:
- 2 WABAs, 4 numbers, 6 approved templates; ~47,500 contacts (about 30% Japanese names,
  some with usernames, some BSUID-only without a phone number), 50,000 conversations (a few
  contacts write to two numbers);
- thread sizes skewed like real life (most short, a few hundred long), plus ``--big``
  threads of 10,000+ messages;
- messages spread over the last 365 days, ids ascending with time as a real database
  grows; every Cloud API type the app stores (text ~75%, media, stickers, locations,
  contacts, orders, interactive and button replies, reactions, templates, system), payloads
  in Meta's shapes (taken from the webhook fixtures), about 30% of the text Japanese;
- for outbound messages, a ``message_status`` row per status reached and a
  ``billing_record`` for each ``sent``/``delivered`` status carrying pricing, as ingest
  stores them.

Raw webhook bodies (``webhook_event``) are not generated: nothing in the inbox reads them.

    python benchmarks/make_inbox_db.py [--out /tmp/wabadesk-inbox-1m.sqlite3] [--messages N]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_OUT = Path("/tmp/wabadesk-inbox-1m.sqlite3")
FIXTURES = ROOT / "tests" / "fixtures" / "webhooks"
YEAR = 365 * 86400
CHUNK = 50_000

BUSINESS_ID = "104996615822345"
WABAS = [("102290129340398", "Cafe Sakura"), ("108427389001572", "Sakura Online Shop")]
# (phone number id, WABA id, display number, verified name)
NUMBERS = [
    ("106540352242922", WABAS[0][0], "15550783881", "Cafe Sakura Tokyo"),
    ("113254987650011", WABAS[0][0], "15550783882", "Cafe Sakura Osaka"),
    ("121212343434565", WABAS[1][0], "15550783883", "Sakura Shop"),
    ("130303456456789", WABAS[1][0], "15550783884", "Sakura Shop Support"),
]


def _words(text: str) -> list[str]:
    return text.split()


EN_FIRST = _words(
    "Sheena Marcus Priya Oliver Ana Daniel Lucía Tom Emma Noah Mia Liam Olivia Ava Sophia "
    "James Lucas Mason Ethan Logan Isabella Amelia Harper Evelyn Jack Leo Zoe Chloe Ryan "
    "Grace Nathan Aria Elena Hugo Omar Fatima Raj Wei Chen Sara Diego Carlos Julia Max"
)
EN_LAST = _words(
    "Nelson Lee Sharma Brown Souza Kim Gómez Walker Wilson Davis Johnson Martin Smith Jones "
    "Garcia Miller Rodriguez Martinez Hernandez Lopez Gonzalez Anderson Thomas Taylor Moore "
    "Jackson White Harris Clark Lewis Robinson Young Allen King Wright Scott Green Baker"
)
JA_FAMILY = _words(
    "佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 "
    "林 斎藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田"
)
JA_GIVEN = _words(
    "花子 一郎 美咲 健太 さくら 翔 由美 蓮 陽菜 結衣 大翔 悠真 葵 陽斗 凛 湊 芽依 蒼 "
    "結菜 樹 美月 颯太 心春 大和 莉子 陸 紬 朝陽 千尋 直樹 恵 裕子 誠 愛"
)

EN_OPENERS = [
    "Hi!",
    "Hello,",
    "Good morning.",
    "Thanks!",
    "Quick question:",
    "Sorry to bother you,",
    "Hey there,",
    "",
    "",
]
EN_BODIES = [
    "when will my order #{n} arrive?",
    "is the delivery still on schedule for tomorrow?",
    "can I change the delivery address to {street}?",
    "the delivery came late and the box was damaged.",
    "do you deliver to {city} on weekends?",
    "I'd like to book a table for {k} at 7pm.",
    "could you confirm my reservation for {day}?",
    "do you have the {item} in a larger size?",
    "what time do you open on {day}?",
    "I paid but did not get a receipt.",
    "can I pick it up at the store instead?",
    "the coupon code is not working at checkout.",
    "please cancel order #{n}, I ordered twice.",
    "is the {item} back in stock?",
    "how much is shipping to {city}?",
    "your staff was really kind yesterday, thank you.",
    "can I get a refund for the {item}?",
    "the tracking number shows no updates since {day}.",
    "I would like to change my appointment to {day}.",
    "do you have vegetarian options?",
    "Your order #{n} has shipped and is out for delivery today.",
    "We have received your payment, thank you!",
    "Your table for {k} is confirmed for {day}.",
    "Sorry for the wait, we are checking with the courier now.",
    "The {item} is available again, shall we keep one for you?",
    "Thanks for your message, a member of staff will reply shortly.",
]
JA_BODIES = [
    "注文番号{n}の配送状況を教えてください。",
    "明日の予約を変更できますか？",
    "{day}に{k}名で予約したいです。",
    "予約の確認をお願いします。",
    "配達が遅れているようです。",
    "{item}の在庫はありますか？",
    "営業時間を教えてください。",
    "領収書を発行してもらえますか？",
    "店舗で受け取ることはできますか？",
    "クーポンが使えませんでした。",
    "注文をキャンセルしたいです。",
    "送料はいくらですか？",
    "昨日はありがとうございました！",
    "返品の方法を教えてください。",
    "ご注文ありがとうございます。本日発送いたしました。",
    "ご予約を承りました。{day}にお待ちしております。",
    "お問い合わせありがとうございます。担当者から折り返しご連絡します。",
    "{item}は再入荷しました。お取り置きしますか？",
    "了解です",
    "はい",
    "よろしくお願いします。",
    "駐車場はありますか？",
    "席だけ予約できますか？",
    "配送先の住所を変更したいです。",
]
ITEMS_EN = ["matcha latte set", "tote bag", "gift box", "ceramic mug", "tea sampler", "apron"]
ITEMS_JA = ["抹茶ラテセット", "トートバッグ", "ギフトボックス", "マグカップ", "お茶の詰め合わせ"]
DAYS_EN = ["Monday", "Tuesday", "Friday", "Saturday", "Sunday", "the 14th", "next week"]
DAYS_JA = ["月曜日", "金曜日", "土曜日", "日曜日", "14日", "来週"]
CITIES = ["Osaka", "Kyoto", "Yokohama", "Sapporo", "Fukuoka", "Nagoya", "Kobe", "Sendai"]
STREETS = ["12 Oak Street", "4-2-1 Shibuya", "88 Market St", "3 Chome Umeda"]
EMOJI = ["👍", "❤️", "😂", "🙏", "😮", "🎉"]

TEMPLATES = [
    # name, language, category, body
    ("order_update", "en_US", "UTILITY", "Your order {n} has shipped. Track your delivery here."),
    (
        "order_update",
        "ja",
        "UTILITY",
        "ご注文{n}を発送しました。配送状況はこちらからご確認ください。",
    ),
    ("reservation_reminder", "en_US", "UTILITY", "Reminder: your reservation is on {day}."),
    ("reservation_reminder", "ja", "UTILITY", "{day}のご予約のリマインダーです。"),
    ("spring_sale", "en_US", "MARKETING", "Spring sale: 20% off everything this weekend!"),
    ("login_code", "en_US", "AUTHENTICATION", "{n} is your verification code."),
]

# Cloud API types with their share of messages (the rest of the mix is text).
SHAPES = [
    ("image", 0.05),
    ("sticker", 0.02),
    ("document", 0.015),
    ("audio", 0.015),
    ("video", 0.01),
    ("location", 0.007),
    ("contacts", 0.004),
    ("order", 0.004),
    ("interactive", 0.02),
    ("button", 0.008),
    ("reaction", 0.03),
    ("system", 0.001),
    ("unsupported", 0.001),
]
FIXTURE_FOR = {
    "image": "in_image",
    "sticker": "in_sticker",
    "document": "in_document",
    "audio": "in_audio_voice",
    "video": "in_video",
    "location": "in_location",
    "contacts": "in_contacts",
    "order": "in_order",
    "interactive": "in_interactive_list_reply",
    "button": "in_button",
    "system": "in_system",
    "unsupported": "in_unsupported",
}


@dataclass
class Contact:
    id: int
    wa_id: str | None
    user_id: str
    name: str
    username: str | None
    japanese: bool


@dataclass
class Thread:
    id: int
    number_id: str
    contact: Contact
    size: int
    first_ts: int
    last_ts: int
    last_wamids: list[str] = field(default_factory=list)
    last_message_ts: int | None = None
    last_inbound_ts: int | None = None
    preview: str | None = None
    inbound_since_reply: int = 0


def fixture_messages() -> dict[str, dict[str, Any]]:
    shapes = {}
    for kind, name in FIXTURE_FOR.items():
        body = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
        shapes[kind] = body["entry"][0]["changes"][0]["value"]["messages"][0]
    return shapes


class Generator:
    """Draws the whole inbox from one seeded random source; see the module docstring."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.rng = random.Random(args.seed)
        self.messages = args.messages
        self.conversations = args.conversations
        self.big = args.big
        self.now = args.now or int(time.time())
        self.shapes = fixture_messages()
        self.type_cut: list[tuple[float, str]] = []
        total = 0.0
        for kind, share in SHAPES:
            total += share
            self.type_cut.append((total, kind))

    # -- people ----------------------------------------------------------------------------
    def contacts(self, count: int) -> list[Contact]:
        rng = self.rng
        people = []
        used: set[str] = set()
        for i in range(count):
            # The big threads (the first contacts) alternate: Japanese first.
            japanese = i % 2 == 0 if i < self.big else rng.random() < 0.3
            while True:
                if japanese:
                    wa_id = f"8190{rng.randrange(10**8):08d}"
                    country = "JP"
                else:
                    country, prefix, width = rng.choice(
                        [
                            ("US", "1650555", 4),
                            ("US", "1415", 7),
                            ("US", "1212", 7),
                            ("GB", "447700", 6),
                            ("BR", "55119", 8),
                            ("IN", "919", 9),
                            ("SG", "659", 7),
                        ]
                    )
                    wa_id = f"{prefix}{rng.randrange(10**width):0{width}d}"
                if wa_id not in used:
                    used.add(wa_id)
                    break
            if japanese:
                name = f"{rng.choice(JA_FAMILY)} {rng.choice(JA_GIVEN)}"
            else:
                name = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
            username = None
            if rng.random() < 0.05:
                username = f"{name.split()[0].lower()}{i}" if not japanese else f"user{i}"
            bsuid_only = username is not None and rng.random() < 0.3
            people.append(
                Contact(
                    id=i + 1,
                    wa_id=None if bsuid_only else wa_id,
                    user_id=f"{country}.{13491208655302740000 + i}",
                    name=name,
                    username=username,
                    japanese=japanese,
                )
            )
        return people

    def threads(self, people: list[Contact]) -> list[Thread]:
        """Conversations with their sizes (summing to ``self.messages``) and active spans."""
        rng = self.rng
        big_sizes = [12_000 - 1_000 * k for k in range(self.big)]
        rest = self.messages - sum(big_sizes)
        small = self.conversations - len(big_sizes)
        # Pareto-ish weights: most threads a handful of messages, a few hundreds.
        weights = [rng.paretovariate(1.3) for _ in range(small)]
        scale = (rest - small) / sum(weights)
        sizes = [1 + int(w * scale) for w in weights]
        sizes = [min(s, 3_000) for s in sizes]
        shortfall = rest - sum(sizes)
        k = 0
        while shortfall > 0:  # spread the remainder (and what the cap cut) one by one
            sizes[k % small] += 1
            shortfall -= 1
            k += 1
        sizes = big_sizes + sizes
        threads = []
        home: dict[int, int] = {}  # contact id -> index of its first number
        for i, size in enumerate(sizes):
            # Most contacts have one conversation; a few thousand also write to a second
            # number (a distinct contact each: 7919 is prime to the number of contacts).
            if i < len(people):
                contact = people[i]
                slot = home[contact.id] = i % len(NUMBERS)
            else:
                contact = people[(i * 7919) % len(people)]
                slot = (home[contact.id] + 1) % len(NUMBERS)
            number_id = NUMBERS[slot][0]
            if i < len(big_sizes):
                first, last = self.now - YEAR, self.now - rng.randrange(600)
            else:
                last = self.now - int(YEAR * rng.random() ** 2)  # recent activity is common
                span = min(last - (self.now - YEAR), int(86400 * (1 + size * rng.random())))
                first = last - span
            threads.append(Thread(i + 1, number_id, contact, size, first, last))
        return threads

    # -- messages --------------------------------------------------------------------------
    def timeline(self, threads: list[Thread]) -> Iterator[tuple[int, Thread]]:
        """(timestamp, thread) of every message, oldest first (ids ascend with time)."""
        stamps: list[int] = []
        owners: list[int] = []
        rng = self.rng
        for index, thread in enumerate(threads):
            for _ in range(thread.size):
                stamps.append(rng.randint(thread.first_ts, thread.last_ts))
                owners.append(index)
        order = sorted(range(len(stamps)), key=stamps.__getitem__)
        for i in order:
            yield stamps[i], threads[owners[i]]

    def text(self, japanese: bool) -> str:
        rng = self.rng
        values = {
            "n": rng.randrange(10_000, 99_999),
            "k": rng.randrange(2, 9),
            "city": rng.choice(CITIES),
            "street": rng.choice(STREETS),
        }
        if japanese:
            values.update(item=rng.choice(ITEMS_JA), day=rng.choice(DAYS_JA))
            parts = [rng.choice(JA_BODIES) for _ in range(rng.choice((1, 1, 1, 2)))]
            return "".join(p.format(**values) for p in parts)
        values.update(item=rng.choice(ITEMS_EN), day=rng.choice(DAYS_EN))
        parts = [rng.choice(EN_BODIES) for _ in range(rng.choice((1, 1, 1, 2)))]
        text = " ".join(p.format(**values) for p in parts)
        opener = rng.choice(EN_OPENERS)
        text = f"{opener} {text}" if opener else text[0].upper() + text[1:]
        return text

    def kind(self) -> str:
        draw = self.rng.random()
        for cut, kind in self.type_cut:
            if draw < cut:
                return kind
        return "text"


@dataclass
class Rows:
    messages: list[tuple[Any, ...]] = field(default_factory=list)
    statuses: list[tuple[Any, ...]] = field(default_factory=list)
    billing: list[tuple[Any, ...]] = field(default_factory=list)


MESSAGE_SQL = (
    "INSERT INTO message (id, conversation_id, phone_number_id, wamid, direction, type, text, "
    "payload, context_wamid, status, status_ts, timestamp, error_code, error_title, "
    "error_details, attempts, next_attempt_at, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?)"
)
STATUS_SQL = (
    "INSERT INTO message_status (message_id, wamid, status, timestamp, recipient_id, "
    "phone_number_id, errors, orphan) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"
)
BILLING_SQL = (
    "INSERT INTO billing_record (wamid, status, timestamp, waba_id, phone_number_id, "
    "recipient_id, billable, pricing_model, pricing_type, category, conversation_id, "
    "conversation_origin, conversation_expiration_ts) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, 'PMP', ?, ?, NULL, NULL, NULL)"
)


class Writer:
    """Turns the timeline into rows and writes them in large transactions."""

    def __init__(self, gen: Generator, conn: sqlite3.Connection, stamp: str) -> None:
        self.gen = gen
        self.conn = conn
        self.stamp = stamp  # created_at, in the format SQLAlchemy stores
        self.waba_of = {n[0]: n[1] for n in NUMBERS}
        self.display_of = {n[0]: n[2] for n in NUMBERS}

    def message(self, mid: int, ts: int, thread: Thread, rows: Rows) -> None:
        gen, rng = self.gen, self.gen.rng
        contact = thread.contact
        japanese = contact.japanese if rng.random() < 0.9 else not contact.japanese
        kind = gen.kind()
        inbound = rng.random() < 0.55 or kind in ("sticker", "location", "order", "system")
        if kind in ("contacts", "button", "unsupported", "interactive"):
            inbound = True
        if not inbound and rng.random() < 0.08:
            kind = "template"
        wamid = f"wamid.HBgL{thread.id:08d}FQIAEhgU{mid:010d}{'IN' if inbound else 'OUT'}"
        context = None
        text: str | None
        code = title = details = None
        if kind == "text":
            text = gen.text(japanese)
            body: dict[str, Any] = {"body": text}
        elif kind == "template":
            name, language, _category, template_text = rng.choice(
                [t for t in TEMPLATES if (t[1] == "ja") == japanese] or TEMPLATES
            )
            text = template_text.format(n=rng.randrange(10_000, 99_999), day="Friday")
            body = {"name": name, "language": {"code": language}}
        elif kind == "reaction":
            target = thread.last_wamids[-1] if thread.last_wamids else wamid
            body = {"message_id": target, "emoji": rng.choice(EMOJI)}
            text = body["emoji"]
        else:
            shape = gen.shapes[kind]
            body = json.loads(json.dumps(shape.get(kind, {})))
            if kind in ("image", "video") and rng.random() < 0.5:
                body["caption"] = gen.text(japanese)
            if kind == "unsupported":
                error = shape["errors"][0]
                code, title = error["code"], error["title"]
                details = error["error_data"]["details"]
            text = _readable(kind, body)
        if inbound:
            payload: dict[str, Any] = {
                "from": contact.wa_id or "",
                "from_user_id": contact.user_id,
                "id": wamid,
                "timestamp": str(ts),
                "type": kind,
            }
            if kind != "unsupported":
                payload[kind] = body
            else:
                payload["errors"] = gen.shapes[kind]["errors"]
        else:
            payload = {"recipient_type": "individual", "type": kind, kind: body}
            if contact.wa_id:
                payload["to"] = "+" + contact.wa_id
            else:
                payload["recipient"] = contact.user_id
        if thread.last_wamids and kind != "reaction" and rng.random() < 0.03:
            context = rng.choice(thread.last_wamids)
            payload["context"] = {"message_id": context}
        status = status_ts = None
        if not inbound:
            status, status_ts = self.outbound_statuses(mid, wamid, ts, thread, kind, rows)
        rows.messages.append(
            (
                mid,
                thread.id,
                thread.number_id,
                wamid,
                "in" if inbound else "out",
                kind,
                text,
                json.dumps(payload, ensure_ascii=False),
                context,
                status,
                status_ts,
                ts,
                code,
                title,
                details,
                self.stamp,
            )
        )
        thread.last_wamids = [*thread.last_wamids[-4:], wamid]
        if kind != "reaction":
            thread.last_message_ts = ts
            thread.preview = (text or "")[:256] or None
        if inbound:
            thread.last_inbound_ts = ts
            thread.inbound_since_reply += 1
        else:
            thread.inbound_since_reply = 0

    def outbound_statuses(
        self, mid: int, wamid: str, ts: int, thread: Thread, kind: str, rows: Rows
    ) -> tuple[str, int]:
        rng = self.gen.rng
        recipient = thread.contact.wa_id or thread.contact.user_id
        if rng.random() < 0.01:
            reached = ["failed"]
        elif ts > self.gen.now - 3600 and rng.random() < 0.5:
            reached = ["sent", "delivered"]
        else:
            reached = ["sent", "delivered", "read"]
        # A template is billed by its category; replies in the service window are free.
        category = "service"
        if kind == "template":
            category = rng.choice(["utility", "utility", "marketing", "authentication"])
        pricing_type = "regular" if kind == "template" else "free_customer_service"
        billable = 1 if kind == "template" else 0
        at = ts
        for status in reached:
            at += rng.randrange(1, 30)
            errors = (
                json.dumps([{"code": 131026, "title": "Message undeliverable"}])
                if status == "failed"
                else None
            )
            rows.statuses.append((mid, wamid, status, at, recipient, thread.number_id, errors))
            if status in ("sent", "delivered"):
                rows.billing.append(
                    (
                        wamid,
                        status,
                        at,
                        self.waba_of[thread.number_id],
                        thread.number_id,
                        recipient,
                        billable,
                        pricing_type,
                        category,
                    )
                )
        return reached[-1], at

    def flush(self, rows: Rows) -> None:
        with self.conn:
            self.conn.executemany(MESSAGE_SQL, rows.messages)
            self.conn.executemany(STATUS_SQL, rows.statuses)
            self.conn.executemany(BILLING_SQL, rows.billing)


def _readable(kind: str, body: dict[str, Any]) -> str | None:
    from desktop.services.message_text import readable_text

    return readable_text(kind, {kind: body})


def write_directory(conn: sqlite3.Connection, gen: Generator, stamp: str) -> list[Thread]:
    people = gen.contacts(int(gen.conversations * 0.95))
    threads = gen.threads(people)
    with conn:
        conn.execute("INSERT INTO business (id, name) VALUES (?, ?)", (BUSINESS_ID, "Sakura"))
        conn.executemany(
            "INSERT INTO waba (id, business_id, name, currency, timezone, is_sandbox) "
            "VALUES (?, ?, ?, 'USD', 'Asia/Tokyo', 0)",
            [(w, BUSINESS_ID, name) for w, name in WABAS],
        )
        conn.executemany(
            "INSERT INTO phone_number (id, waba_id, display_phone_number, verified_name, "
            "quality_rating, is_test_number, throughput_mps, unknown, updated_at) "
            "VALUES (?, ?, ?, ?, 'GREEN', 0, 80, 0, ?)",
            [(*n, stamp) for n in NUMBERS],
        )
        template_rows = []
        for waba_id, _ in WABAS:
            for name, language, category, body in TEMPLATES:
                components = [{"type": "BODY", "text": body.replace("{n}", "{{1}}")}]
                template_rows.append(
                    (waba_id, name, language, category, json.dumps(components), stamp)
                )
        conn.executemany(
            "INSERT INTO template (waba_id, meta_id, name, language, category, status, "
            "parameter_format, components, updated_at) "
            "VALUES (?, NULL, ?, ?, ?, 'APPROVED', 'POSITIONAL', ?, ?)",
            template_rows,
        )
        conn.executemany(
            "INSERT INTO contact (id, user_id, wa_id, username, profile_name, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(c.id, c.user_id, c.wa_id, c.username, c.name, stamp) for c in people],
        )
        conn.executemany(
            "INSERT INTO conversation (id, phone_number_id, contact_id, unread_count) "
            "VALUES (?, ?, ?, 0)",
            [(t.id, t.number_id, t.contact.id) for t in threads],
        )
    return threads


def finish_conversations(conn: sqlite3.Connection, gen: Generator, threads: list[Thread]) -> None:
    rng = gen.rng
    updates = []
    for t in threads:
        recent = t.last_message_ts is not None and t.last_message_ts > gen.now - 7 * 86400
        unread = t.inbound_since_reply if recent and rng.random() < 0.5 else 0
        updates.append((t.last_inbound_ts, t.last_message_ts, t.preview, unread, t.id))
    with conn:
        conn.executemany(
            "UPDATE conversation SET last_inbound_ts = ?, last_message_ts = ?, "
            "last_message_preview = ?, unread_count = ? WHERE id = ?",
            updates,
        )


def build(args: argparse.Namespace) -> dict[str, Any]:
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from desktop.models.db import Database
    from desktop.models.entities import Message, utcnow

    out: Path = args.out
    for suffix in ("", "-wal", "-shm"):
        Path(str(out) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    db = Database(f"sqlite:///{out}")
    db.migrate_sync()  # the app's own schema, indexes and triggers
    db.close()
    dialect = sqlite_dialect.dialect()
    to_db = Message.__table__.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
    stamp = to_db(utcnow()) if to_db else str(utcnow())

    conn = sqlite3.connect(out, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")  # a half-built file is thrown away, not recovered
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.isolation_level = "DEFERRED"

    gen = Generator(args)
    threads = write_directory(conn, gen, stamp)
    writer = Writer(gen, conn, stamp)
    rows = Rows()
    mid = 0
    for mid, (ts, thread) in enumerate(gen.timeline(threads), start=1):
        writer.message(mid, ts, thread, rows)
        if len(rows.messages) >= CHUNK:
            writer.flush(rows)
            rows = Rows()
            if not args.quiet and mid % 200_000 == 0:
                print(f"  {mid:,} messages, {time.perf_counter() - started:.0f} s", flush=True)
    writer.flush(rows)
    finish_conversations(conn, gen, threads)
    with conn:  # each message's first delivery time, as ingest keeps it (migration 0027)
        conn.execute(
            "UPDATE message SET delivered_at = (SELECT min(s.timestamp) FROM message_status s "
            "WHERE s.message_id = message.id AND s.status IN ('delivered', 'read')) "
            "WHERE direction = 'out'"
        )
    conn.isolation_level = None
    conn.execute("PRAGMA journal_mode=WAL")  # as the app runs it
    counts = {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("contact", "conversation", "message", "message_status", "billing_record")
    }
    biggest = conn.execute(
        "SELECT conversation_id, count(*) AS n FROM message GROUP BY conversation_id "
        "ORDER BY n DESC LIMIT 3"
    ).fetchall()
    conn.close()
    return {
        "path": str(out),
        "seconds": round(time.perf_counter() - started, 1),
        "size_mb": round(out.stat().st_size / 1e6),
        "rows": counts,
        "biggest_threads": [{"conversation_id": c, "messages": n} for c, n in biggest],
    }


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"default {DEFAULT_OUT}")
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--conversations", type=int, default=50_000)
    parser.add_argument("--big", type=int, default=3, help="threads of 10,000+ messages")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--now", type=int, default=None, help="Unix time the year ends at")
    parser.add_argument("--quiet", action="store_true")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.messages < args.conversations + 12_000 * args.big:
        print("--messages must cover one message per conversation plus the big threads")
        return 2
    report = build(args)
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
