"""Did an ``uncertain`` send reach WhatsApp? Look for evidence before offering to send again.

A send is ``uncertain`` when its answer never came (a crash, a dropped connection). Most of
those had reached Meta (7 of 9 in kill -9 drills), so sending again blindly would often
deliver the message twice. Meta offers no way to ask about a send by our own id, but it
echoes ``biz_opaque_callback_data`` in every status webhook, and the outbox puts a
reference to the row there. Evidence is therefore a status carrying that reference: ingest
gives it to the row as it arrives (``claim_uncertain_sends``); a status that came while the
row was still ``sending`` waits as an orphan and is found here. Without evidence the user is
told plainly that WhatsApp has not reported the message, and only then is "Send again"
offered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import Message, MessageStatus
from desktop.services.ingest import adopt_orphan_statuses
from desktop.services.ingest.statuses import status_rank
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

#: Seconds after a send within which a missing report proves nothing yet.
REPORT_GRACE = 120

#: The row's advice once a check found no report (placeholder-free: the bubble translates it).
NOT_REPORTED_ADVICE = QT_TRANSLATE_NOOP(
    "Outbox",
    "WhatsApp has not reported this message, so it most likely did not arrive. Send it again "
    "if the customer still needs it; a late report would show it as delivered instead.",
)

#: A queued message taken back before it went out (a cancelled bulk send): status
#: ``withdrawn`` (``failed`` with this advice in rows older than that status). It was never
#: sent and the user chose not to send it, so it is not offered again like a failure.
WITHDRAWN = "withdrawn"
WITHDRAWN_ADVICE = QT_TRANSLATE_NOOP(
    "BulkRunner", "The bulk send was cancelled before this was sent."
)

Verdict = Literal["arrived", "not_reported", "too_early", "settled"]


@dataclass(frozen=True)
class DeliveryCheck:
    """What a check found: ``verdict`` for code, ``phrase`` for the user."""

    verdict: Verdict
    phrase: Phrase

    @property
    def may_send_again(self) -> bool:
        return self.verdict == "not_reported"


def resend_allowed(status: str | None, error_details: str | None) -> bool:
    """Whether "Send again" is offered: a failure, or an uncertain send checked in vain.

    A withdrawn message (see :data:`WITHDRAWN`) is not a failure: it is never offered.
    """
    if status == "failed":
        return error_details != WITHDRAWN_ADVICE
    return status == "uncertain" and error_details == NOT_REPORTED_ADVICE


def is_withdrawn(status: str | None, error_details: str | None) -> bool:
    """A message taken back from the outbox before it was sent (never sent, never retried)."""
    return status == WITHDRAWN or (status == "failed" and error_details == WITHDRAWN_ADVICE)


def needs_check(status: str | None, error_details: str | None) -> bool:
    """An uncertain send nobody has looked into yet: offer "Check whether it arrived"."""
    return status == "uncertain" and not resend_allowed(status, error_details)


def find_evidence(session: Session, message: Message) -> bool:
    """Attach a status that names ``message``'s reference and apply it; True if one did."""
    reference = (message.payload or {}).get("biz_opaque_callback_data")
    if message.wamid or not reference:
        return False
    wamid = session.scalar(
        select(MessageStatus.wamid)
        .where(MessageStatus.callback_data == reference, MessageStatus.orphan.is_(True))
        .limit(1)
    )
    if wamid is None:
        return False
    message.wamid = wamid
    message.error_title = message.error_details = None
    session.flush()
    adopt_orphan_statuses(session, message)
    return True


def check_delivery(
    session: Session, message_id: int, now: float, *, grace: float = REPORT_GRACE
) -> DeliveryCheck:
    """Look for evidence that row ``message_id`` arrived; record and word what was found.
    A send less than ``grace`` seconds old is too early to tell."""
    message = session.get(Message, message_id)
    if message is None or message.direction != "out":
        return DeliveryCheck(
            "settled",
            _phrase(QT_TRANSLATE_NOOP("Outbox", "This message is no longer in the outbox.")),
        )
    if message.status == "uncertain":
        find_evidence(session, message)
    if message.wamid and status_rank(message.status) > 0:
        return DeliveryCheck(
            "arrived",
            _phrase(
                QT_TRANSLATE_NOOP(
                    "Outbox",
                    "WhatsApp confirmed that this message arrived, so it will not be sent again.",
                )
            ),
        )
    if message.status != "uncertain":
        return DeliveryCheck(
            "settled",
            _phrase(QT_TRANSLATE_NOOP("Outbox", "This message is no longer waiting for a check.")),
        )
    sent_at = message.status_ts or 0
    if now - sent_at < grace:
        return DeliveryCheck(
            "too_early",
            _phrase(
                QT_TRANSLATE_NOOP(
                    "Outbox",
                    "This message was sent moments ago and WhatsApp may still report it. Check "
                    "again in two minutes before you send it again.",
                )
            ),
        )
    message.error_details = NOT_REPORTED_ADVICE
    return DeliveryCheck(
        "not_reported",
        Phrase(
            "Outbox",
            QT_TRANSLATE_NOOP(
                "Outbox",
                "WhatsApp has not reported this message in the {minutes} minutes since it was "
                "sent, so it most likely did not arrive. If WABA Desk was closed at the time, a "
                "report may still come later. Send it again only if the customer still needs it.",
            ),
            {"minutes": max(2, int((now - sent_at) // 60))},
        ),
    )


def _phrase(source: str) -> Phrase:
    return Phrase("Outbox", source)
