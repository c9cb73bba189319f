"""Composition root of the GUI: QApplication, the qasync loop, services and the window.

The window is shown before any service starts, so the user sees WABA Desk at once; the
database, the receiver, the sandbox and the senders then start on the loop and the pages
appear when they are ready. Closing the window stops every service before the process
ends, so no webhook answered 200 is lost.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QProcess, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop.ui.event_loop import AppEventLoop
from desktop.ui.gc_guard import UiThreadGarbageCollector
from desktop.ui.i18n import install_translators, render, resolve_language
from desktop.ui.main_window import MainWindow
from desktop.ui.theme import apply_theme
from desktop.ui.window_state import WindowStateStore

if TYPE_CHECKING:  # loaded after the first paint (tests/unit/test_startup_imports.py)
    from desktop.runtime.app_services import AppServices
    from desktop.runtime.options import StartOptions
    from desktop.services.settings import NotificationSettings
    from desktop.ui.bulk.bulk_window import BulkSendWindow
    from desktop.ui.bus import QtEventBus
    from desktop.ui.inbox.inbox_page import InboxPage
    from desktop.ui.notifications import DesktopNotifier, NotificationBackend
    from desktop.ui.numbers.numbers_page import NumbersPage, NumbersServices

log = logging.getLogger("desktop")

APP_ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "wabadesk.png"


@dataclass
class RunningApp:
    """What a started GUI consists of (the UI tests drive it)."""

    window: MainWindow
    services: AppServices
    bus: QtEventBus
    notifier: DesktopNotifier


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("WABA Desk")
    app.setOrganizationName("WABA Desk")
    app.setWindowIcon(QIcon(str(APP_ICON)))
    app.setQuitOnLastWindowClosed(False)
    return app


async def start_services_into(
    window: MainWindow,
    options: StartOptions,
    notification_backend: NotificationBackend | None = None,
) -> RunningApp:
    """Start the services and mount the pages into an already visible window.

    ``notification_backend`` shows arrivals (the system tray unless a test passes a recorder).

    Each page gets only what it uses (``InboxServices``, the designer's send services and
    account sync, the pricing page's database, the settings page's settings and secrets).
    """
    from desktop.runtime.app_services import start_app_services
    from desktop.services.agent_channels import ChannelScope
    from desktop.services.canned_replies import CannedReplies
    from desktop.services.contacts import ContactBook
    from desktop.services.emoji_catalog import RECENT_FILE, RecentEmoji
    from desktop.services.events import ErrorReported, NumberAlertsRaised
    from desktop.services.inbox import number_rows
    from desktop.services.media_send import MediaSending
    from desktop.services.pricing.message_cost import MonthSpendMeter
    from desktop.services.pricing.meta_figures import MetaFiguresSource
    from desktop.services.send_later import SendLater
    from desktop.services.settings import config_dir
    from desktop.services.templates.submission import TemplateSubmission
    from desktop.services.work import WorkDesk
    from desktop.ui.bus import QtEventBus
    from desktop.ui.desk.admin_lock import AdminLock
    from desktop.ui.desk.people import DeskPeople
    from desktop.ui.desk.prompt import DeskPrompt
    from desktop.ui.desk.switcher import DeskSwitcher
    from desktop.ui.inbox.contact_panel import ContactPanel
    from desktop.ui.inbox.inbox_page import InboxPage, InboxServices
    from desktop.ui.inbox.send_later_dialog import attach_send_later
    from desktop.ui.notifications import DesktopNotifier, TrayBackend
    from desktop.ui.numbers.numbers_page import NumbersPage
    from desktop.ui.pricing.pricing_page import PricingPage
    from desktop.ui.settings_page import SettingsPage
    from desktop.ui.status_bar import UnshownCounter
    from desktop.ui.templates.designer_page import TemplateDesignerPage

    services = await start_app_services(options)
    try:
        bus = QtEventBus(services.hub, window)
        window.task_failures = services.errors.report_task_failure
        window.status.set_mode(services.mode)
        bus.health_changed.connect(window.status.show_health)
        bus.database_reachability.connect(window.status.show_database)

        def show_error(event: ErrorReported) -> None:
            window.status.showMessage(f"{render(event.title)}: {render(event.advice)}", 30_000)

        bus.error_reported.connect(show_error)

        def show_alerts(event: NumberAlertsRaised) -> None:
            text = "  ".join(f"{render(a.title)}: {render(a.advice)}" for a in event.alerts)
            window.status.showMessage(text, 60_000)

        bus.number_alerts_raised.connect(show_alerts)
        for event in services.recent_errors:  # what went wrong before the window listened
            show_error(event)
        if services.sandbox is not None:
            sandbox = services.sandbox
            window.status.pause_customers_toggled.connect(
                lambda paused: sandbox.pause_customers() if paused else sandbox.resume_customers()
            )
        work = WorkDesk(services.db, services.hub, me=options.settings.agent_id)
        services.close_with(work.aclose)
        scope = ChannelScope(services.db, work, services.hub)  # the channels "me" sees
        services.close_with(scope.aclose)
        await scope.attach()
        arrivals = services.arrivals
        arrivals.use_scope(lambda: scope.numbers)
        scope.listeners.append(lambda: arrivals.use_scope(lambda: scope.numbers))
        canned = CannedReplies(services.db)
        inbox_services = InboxServices(
            db=services.db,
            outbox=services.outbox,
            recipients=services.recipients,
            read_receipts=services.read_receipts,
            theme=services.settings.theme,
            work=work,
            canned=canned,
            recent_emoji=RecentEmoji(config_dir() / RECENT_FILE),
            media_sending=MediaSending(
                services.db, services.outbox, services.client, services.media.root
            ),
            media_files=services.media,
            scope=scope,
        )
        inbox = InboxPage(inbox_services, bus, window)
        inbox.attach_contact_panel(
            ContactPanel(
                ContactBook(services.db, services.hub),
                resolve_language(services.settings.language),
                inbox,
                spend=MonthSpendMeter(services.db).for_contact,
            ),
            bus,
        )
        window.add_page("inbox", QCoreApplication.translate("MainWindow", "Inbox"), "✉", inbox)
        inbox.bulk_button.clicked.connect(lambda: open_bulk_send(window, services))
        attach_send_later(inbox, SendLater(services.db, services.hub, services.outbox))
        templates = TemplateDesignerPage(
            services.db,
            TemplateSubmission(services.db, lambda: services.client, services.hub),
            services.hub,
            window,
            sending=inbox_services,
            refresh_accounts=services.refresh_accounts,
            open_chat=lambda conversation_id: show_sent_chat(window, inbox, conversation_id),
            bus=bus,
        )
        window.add_page(
            "templates", QCoreApplication.translate("MainWindow", "Templates"), "▤", templates
        )
        numbers = NumbersPage(numbers_services(services), bus, window)
        numbers.notice.connect(lambda text: window.status.showMessage(text, 30_000))
        window.add_page(
            "numbers", QCoreApplication.translate("MainWindow", "Numbers"), "☎", numbers
        )
        window.add_page(
            "pricing",
            QCoreApplication.translate("MainWindow", "Pricing"),
            "¤",
            build=lambda: PricingPage(
                services.db, window, meta=MetaFiguresSource(services.db, lambda: services.client)
            ),
        )
        settings_page = SettingsPage(options.settings, options.secrets, services.mode, window)
        settings_page.restart_requested.connect(lambda: restart(window))
        settings_page.attach_work(work)
        settings_page.attach_canned_replies(canned)
        backend = notification_backend
        if backend is None:
            tray = TrayBackend(window)
            tray.show_window.connect(lambda: bring_to_front(window))
            tray.activated.connect(lambda cid: open_chat(window, inbox, cid))
            tray.account_activated.connect(lambda sid: open_account(window, numbers, sid))
            backend = tray
        prefs = options.settings.notifications
        notifier = DesktopNotifier(
            backend, window, desktop=prefs.desktop, sound=prefs.sound, parent=window
        )
        notifier.inbox_page = inbox
        bus.customer_messages_arrived.connect(notifier.on_arrivals)
        bus.unread_counts_changed.connect(notifier.on_unread)
        bus.number_alerts_raised.connect(notifier.on_number_alerts)
        notifier.unread_changed.connect(window.set_unread)
        notifier.on_unread(services.arrivals.last_counts)
        settings_page.notifications.set_problem(backend.unavailable_reason())

        def apply_notification_settings(new: NotificationSettings) -> None:
            services.arrivals.use_settings(new)
            notifier.desktop, notifier.sound = new.desktop, new.sound

        settings_page.notifications_changed.connect(apply_notification_settings)
        window.add_page(
            "settings",
            QCoreApplication.translate("MainWindow", "Settings"),
            "⚙",
            settings_page,
            bottom=True,
        )
        people = DeskPeople(work, settings_page.choose_me, window, bus)
        switcher = DeskSwitcher(people, lambda: window.show_page("settings"), window.rail)
        window.add_to_rail_foot(switcher)
        window.add_bar(DeskPrompt(people, window))
        for guarded in (settings_page, numbers):  # each lock lives as a child of its page
            AdminLock(guarded, people, switcher.showMenu)
        window.show_page("inbox")
        await work.check_me()  # the profile chosen last time may have been removed since
        await inbox.start()
        await templates.load()
        await numbers.load()
        channels = await services.db.run(number_rows)
        settings_page.notifications.set_channels([(n.id, n.label) for n in channels])
        window.status.show_health(services.snapshot())
        unshown = UnshownCounter(services.db, window.status)
        bus.messages_changed.connect(unshown.on_messages)
        unshown.start()
        ticker = QTimer(window)
        ticker.setInterval(2000)
        ticker.timeout.connect(lambda: window.status.show_health(services.snapshot()))
        ticker.start()
    except BaseException:
        await services.aclose()
        raise
    return RunningApp(window, services, bus, notifier)


def open_bulk_send(window: MainWindow, services: AppServices) -> BulkSendWindow | None:
    """The bulk-send window (one per app: reopening it shows the job it is following)."""
    from desktop.ui.bulk.bulk_window import BulkSendParts, BulkSendWindow

    runner = services.bulk
    if runner is None:
        return None
    found = window.findChild(BulkSendWindow, "bulkSendWindow")
    if isinstance(found, BulkSendWindow):
        found.show()
        found.raise_()
        return found
    theme = "dark" if services.settings.theme == "dark" else "light"
    dialog = BulkSendWindow(BulkSendParts(services.db, runner), window, theme=theme)
    dialog.show()
    dialog.start_loading()
    return dialog


def bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    if not window.isActiveWindow():
        window.raise_()
        window.activateWindow()


def open_chat(window: MainWindow, inbox: InboxPage, conversation_id: int) -> None:
    """A clicked notification: the window comes up on that conversation."""
    bring_to_front(window)
    window.show_page("inbox")
    inbox.select_conversation(conversation_id)


def open_account(window: MainWindow, numbers: NumbersPage, subject_id: str) -> None:
    """A clicked account notification: the window comes up on that number or WABA."""
    bring_to_front(window)
    window.show_page("numbers")
    numbers.select_account(subject_id)


def numbers_services(services: AppServices) -> NumbersServices:
    """The Numbers page's dependencies; the test-environment controls only in sandbox mode."""
    from desktop.runtime.sandbox_mode import SANDBOX_TOKEN
    from desktop.services.numbers.channels import Channels
    from desktop.services.numbers.onboarding import NumberOnboardingFlow
    from desktop.services.numbers.sandbox_controls import SandboxControls
    from desktop.services.templates.submission import TemplateSubmission
    from desktop.services.templates.transfer import TemplateTransfer
    from desktop.ui.numbers.numbers_page import NumbersServices

    sandbox = services.sandbox
    return NumbersServices(
        db=services.db,
        refresh_accounts=services.refresh_accounts,
        onboarding=NumberOnboardingFlow(services.client, services.db),
        sandbox_controls=SandboxControls(sandbox.base_url, SANDBOX_TOKEN) if sandbox else None,
        profiles=services.client,
        management=services.client,
        channels=Channels(services.db, services.hub),
        badges=services.client,
        photos=services.client,
        templates=TemplateTransfer(
            services.db, TemplateSubmission(services.db, lambda: services.client, services.hub)
        ),
    )


async def show_sent_chat(window: MainWindow, inbox: InboxPage, conversation_id: int) -> None:
    """Show the conversation a template was just sent to from the designer."""
    window.show_page("inbox")
    if inbox.select_conversation(conversation_id):
        return

    # a new conversation is in the list after the next reload (ours, or a newer one)
    def select_when_listed(_count: int) -> None:
        if inbox.select_conversation(conversation_id):
            inbox.conversations.reloaded.disconnect(select_when_listed)

    inbox.conversations.reloaded.connect(select_when_listed)
    await inbox.conversations.reload()


async def start_or_explain(
    window: MainWindow,
    options: StartOptions,
    quit_requested: asyncio.Event,
    restart_app: Callable[[], None],
) -> RunningApp | None:
    """Start the services; while the database cannot be used, say why and offer ways out.

    A locked database is tried again until it is free; a damaged one offers its backup or an
    export. The ``quick_check`` that runs beside start-up may still find damage: then the
    services stop and the window says so (``watch_storage``).
    """
    from desktop.models.db import DatabaseUnavailable
    from desktop.ui.database_problem import show_problem, watch_storage
    from desktop.ui.task_scope import UiTaskScope

    while not quit_requested.is_set():
        try:
            running = await start_services_into(window, options)
        except DatabaseUnavailable as exc:
            if not await show_problem(window, exc, quit_requested):
                return None
            continue
        UiTaskScope(window).spawn(
            watch_storage(running.services, window, quit_requested, restart_app),
            name="database-check",
        )
        return running
    return None


def restart(window: MainWindow) -> None:
    """Start a fresh process with the same arguments, then close this one."""
    QProcess.startDetached(sys.executable, [*sys.orig_argv[1:]])
    window.close()


async def amain(
    app: QApplication,
    window: MainWindow,
    args: argparse.Namespace,
    first_paint: _FirstPaint | None = None,
    window_state: WindowStateStore | None = None,
) -> int:
    if first_paint is not None:
        await first_paint.wait()  # the user sees the window before the services load
    from desktop.runtime.options import StartOptions
    from desktop.services.settings import KeyringSecretStore, SettingsFileError, load_settings

    quit_requested = asyncio.Event()
    window.closing.connect(quit_requested.set)
    try:
        settings = load_settings()
    except SettingsFileError as exc:
        from desktop.services.settings import AppSettings

        settings = AppSettings()
        window.status.showMessage(str(exc), 20_000)
    options = StartOptions(
        settings=settings,
        secrets=KeyringSecretStore(),
        db_url=getattr(args, "db", None),
        force_sandbox=bool(getattr(args, "sandbox", False)),
    )
    running: RunningApp | None = None
    try:
        running = await start_or_explain(window, options, quit_requested, lambda: restart(window))
        if running is not None and window_state is not None:
            window_state.restore_splitters(window)  # the panes as the user left them
            window.page_built.connect(window_state.restore_page_splitters)
    except OSError as exc:
        window.set_starting_text(
            QCoreApplication.translate(
                "MainWindow", "WABA Desk cannot start its local servers: {reason}"
            ).format(reason=exc)
        )
    except Exception as exc:  # never die at "Starting…" without a word
        log.exception("start-up failed")
        window.set_starting_text(
            QCoreApplication.translate("MainWindow", "WABA Desk cannot start: {reason}").format(
                reason=exc
            )
        )
    try:
        await quit_requested.wait()
    finally:
        if running is not None:
            await running.services.aclose()
    return 0


class _FirstPaint(QObject):
    """Notices the window's first paint, so heavy start-up work waits until the user sees it.

    With ``WABADESK_STARTUP_PROBE=1`` (start-up benchmark) it prints the moment and exits.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.painted = False
        self._probe = bool(os.environ.get("WABADESK_STARTUP_PROBE"))
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            if self._probe:
                print(f"painted {time.time():.6f}", flush=True)
                os._exit(0)
        return False

    async def wait(self, timeout: float = 1.0) -> None:
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while not self.painted and loop.time() < end:
            await asyncio.sleep(0.005)


def run_gui(args: argparse.Namespace) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    for noisy in ("httpx", "httpcore", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    app = make_application()
    collector = UiThreadGarbageCollector(app)  # noqa: F841 - lives as long as the app
    import platformdirs

    from desktop.services.ui_prefs import peek_ui_prefs

    config = Path(platformdirs.user_config_dir("wabadesk", appauthor=False))
    language_setting, theme = peek_ui_prefs(config / "settings.json")
    install_translators(app, resolve_language(getattr(args, "language", None) or language_setting))
    apply_theme(app, theme)
    window = MainWindow()
    window_state = WindowStateStore(config / "window.ini")
    window_state.restore_window(window)
    window.closing.connect(lambda: window_state.save(window))
    first_paint = _FirstPaint(window)
    window.show()
    with asyncio.Runner(loop_factory=lambda: AppEventLoop(app)) as runner:
        return runner.run(amain(app, window, args, first_paint, window_state))
