"""Starts the whole app in sandbox mode on a tmp DB, fast enough for tests."""

from __future__ import annotations

import time
import warnings
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.app import RunningApp, make_application, start_services_into
from desktop.models.entities import Conversation
from desktop.runtime.app_services import AppServices
from desktop.runtime.options import SandboxTuning, StartOptions
from desktop.services.settings import AppSettings, MemorySecretStore
from desktop.ui.inbox.inbox_page import InboxPage
from desktop.ui.main_window import MainWindow
from desktop.ui.theme import apply_theme


def fast_options(tmp_path: Path, **settings: object) -> StartOptions:
    return StartOptions(
        settings=AppSettings(**settings),  # type: ignore[arg-type]
        secrets=MemorySecretStore(),
        db_url=f"sqlite:///{tmp_path / 'app.sqlite3'}",
        force_sandbox=True,
        sandbox=SandboxTuning(
            customer_interval=3600,
            review_delay=0.2,
            status_delay=0.05,
            read_delay=0.2,
            simulate_customers=False,
        ),
        health_interval=3600,
    )


async def start_app(tmp_path: Path, **settings: object) -> RunningApp:
    app = make_application()
    apply_theme(app, str(settings.get("theme", "light")))
    window = MainWindow()
    window.resize(1200, 780)
    window.show()
    return await start_services_into(window, fast_options(tmp_path, **settings))


async def stop_app(app: RunningApp) -> None:
    from desktop.ui.task_scope import drain_tasks_under

    app.window.close()
    stuck = await drain_tasks_under(app.window)
    if stuck:  # the test's work is done; a task that would never end is named, not waited for
        warnings.warn(f"UI tasks cancelled at shutdown: {', '.join(stuck)}", stacklevel=2)
    await app.services.aclose()
    app.window.deleteLater()


def parts(app: RunningApp) -> tuple[AppServices, InboxPage]:
    """The running services (sandbox mode) and the inbox page of a started app."""
    services = app.services
    assert services.sandbox is not None
    inbox = app.window.page("inbox")
    assert isinstance(inbox, InboxPage)
    return services, inbox


async def set_last_inbound(services: AppServices, conversation_id: int, hours_ago: float) -> None:
    """Pretend the customer last wrote ``hours_ago`` hours ago (as the DB sees it)."""
    when = int(time.time() - hours_ago * 3600)

    def update_row(session: Session) -> None:
        session.execute(
            update(Conversation)
            .where(Conversation.id == conversation_id)
            .values(last_inbound_ts=when)
        )

    await services.db.run(update_row)


async def reply_and_send_a_utility_template(app: RunningApp, customer: str) -> int:
    """A customer writes to the sandbox's Tokyo number (a JPY account); we reply and send the
    ``order_confirmation`` utility template, and wait until both are delivered. Returns the
    conversation id (what the pricing tests bill)."""
    from qt_async import until
    from sqlalchemy import select

    from desktop.models.entities import Message
    from desktop.sandbox.seed import NUMBER_TOKYO

    services = app.services
    db = services.db
    await services.sandbox.customer_says(NUMBER_TOKYO, customer, "明日の予約はできますか？")

    def first_conversation(session: Session) -> int | None:
        return session.scalar(select(Conversation.id))

    await until(lambda: db.call(first_conversation) is not None, what="conversation stored")
    conversation = db.call(first_conversation)
    assert conversation is not None
    await services.outbox.send_text(conversation, "はい、18時にお待ちしています。")
    params = [{"type": "text", "text": "佐藤"}, {"type": "text", "text": "860198"}]
    await services.outbox.enqueue(
        conversation,
        "template",
        {
            "name": "order_confirmation",
            "language": {"code": "ja"},
            "components": [{"type": "body", "parameters": params}],
        },
    )

    def outbound_settled(session: Session) -> bool:
        states = list(session.scalars(select(Message.status).where(Message.direction == "out")))
        return len(states) == 2 and all(s in ("delivered", "read") for s in states)

    await until(lambda: db.call(outbound_settled), timeout=15, what="statuses stored")
    return conversation
