"""Where a template stands in Meta's review, and what to change after a rejection.

The designer shows a row of steps (drafted → submitted → in review → decided) and, for a
rejected template, Meta's reason with a hint. Statuses come from the create response, the
template list and the ``message_template_status_update`` webhook.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

_CTX = "TemplateReview"

#: The steps shown for every template; ``ReviewState.step`` indexes this tuple.
STEPS: tuple[Phrase, ...] = (
    Phrase(_CTX, QT_TRANSLATE_NOOP("TemplateReview", "Draft")),
    Phrase(_CTX, QT_TRANSLATE_NOOP("TemplateReview", "Submitted")),
    Phrase(_CTX, QT_TRANSLATE_NOOP("TemplateReview", "In review")),
    Phrase(_CTX, QT_TRANSLATE_NOOP("TemplateReview", "Decided")),
)

_HINTS: dict[str, str] = {
    "INVALID_FORMAT": QT_TRANSLATE_NOOP(
        "TemplateReview",
        "Meta found a formatting problem: variables next to each other, at the very start "
        "or end of the body, or missing samples. Put words around every variable, give "
        "each one a realistic sample, then submit again.",
    ),
    "PROMOTIONAL": QT_TRANSLATE_NOOP(
        "TemplateReview",
        "The text reads like an offer but the category is UTILITY. Remove the sales "
        "wording, or create it again as a MARKETING template.",
    ),
    "INCORRECT_CATEGORY": QT_TRANSLATE_NOOP(
        "TemplateReview",
        "The category does not match the content. Choose the category that fits "
        "(MARKETING for offers, UTILITY for updates on an order or account).",
    ),
    "TAG_CONTENT_MISMATCH": QT_TRANSLATE_NOOP(
        "TemplateReview",
        "The category does not match the content. Choose the category that fits "
        "(MARKETING for offers, UTILITY for updates on an order or account).",
    ),
    "ABUSIVE_CONTENT": QT_TRANSLATE_NOOP(
        "TemplateReview",
        "Meta found abusive or threatening wording. Rewrite the text in a neutral tone "
        "and submit again.",
    ),
    "SCAM": QT_TRANSLATE_NOOP(
        "TemplateReview",
        "Meta suspects the template could mislead customers. Say plainly who you are and "
        "what the message is about, avoid asking for passwords or payment details.",
    ),
    "INVALID_URL": QT_TRANSLATE_NOOP(
        "TemplateReview",
        "A link is not allowed (shortened, redirecting or not your business's domain). "
        "Use a full https address on your own domain.",
    ),
}
_GENERIC_HINT = QT_TRANSLATE_NOOP(
    "TemplateReview",
    "Read Meta's reason, change the wording or category accordingly, and submit again; "
    "if you believe the decision is wrong, request a review in WhatsApp Manager.",
)


@dataclass(frozen=True)
class ReviewState:
    """Progress through review, for one template."""

    #: Index into :data:`STEPS` of the step reached.
    step: int
    #: ``ok`` (approved), ``waiting`` (submitted or in review), ``problem`` (rejected,
    #: paused, disabled) or ``draft``.
    tone: str
    summary: Phrase
    hint: Phrase | None = None


def review_state(status: str | None, reason: str | None = None) -> ReviewState:
    """What to show for a template in ``status`` (Meta's names; None = never submitted)."""
    status = (status or "").upper()
    reason = (reason or "").upper()
    if not status:
        return ReviewState(
            0, "draft", Phrase(_CTX, QT_TRANSLATE_NOOP("TemplateReview", "Not submitted yet."))
        )
    if status == "APPROVED":
        return ReviewState(
            3,
            "ok",
            Phrase(_CTX, QT_TRANSLATE_NOOP("TemplateReview", "Approved: you can send it now.")),
        )
    if status in ("PENDING", "IN_APPEAL", "PENDING_DELETION"):
        source = {
            "PENDING": QT_TRANSLATE_NOOP(
                "TemplateReview",
                "In review: Meta usually decides within minutes, at most 24 hours.",
            ),
            "IN_APPEAL": QT_TRANSLATE_NOOP(
                "TemplateReview", "Appeal in review: Meta looks at the decision again."
            ),
            "PENDING_DELETION": QT_TRANSLATE_NOOP(
                "TemplateReview", "Being deleted: the name can be reused after 30 days."
            ),
        }[status]
        return ReviewState(2, "waiting", Phrase(_CTX, source))
    if status == "REJECTED":
        shown = reason if reason and reason != "NONE" else "UNKNOWN"
        hint = Phrase(_CTX, _HINTS.get(reason, _GENERIC_HINT))
        return ReviewState(
            3,
            "problem",
            Phrase(
                _CTX, QT_TRANSLATE_NOOP("TemplateReview", "Rejected ({reason})."), {"reason": shown}
            ),
            hint,
        )
    if status == "PAUSED":
        return ReviewState(
            3,
            "problem",
            Phrase(
                _CTX,
                QT_TRANSLATE_NOOP("TemplateReview", "Paused by Meta after low-quality feedback."),
            ),
            Phrase(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "TemplateReview",
                    "Customers blocked or reported it. Make the message more relevant or "
                    "send it less often, then resume it in WhatsApp Manager.",
                ),
            ),
        )
    if status == "DISABLED":
        return ReviewState(
            3,
            "problem",
            Phrase(
                _CTX, QT_TRANSLATE_NOOP("TemplateReview", "Disabled after repeated low quality.")
            ),
            Phrase(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "TemplateReview",
                    "It can no longer be sent. Create a new template with different "
                    "wording, or appeal in WhatsApp Manager.",
                ),
            ),
        )
    return ReviewState(
        1,
        "waiting",
        Phrase(_CTX, QT_TRANSLATE_NOOP("TemplateReview", "Status {status}."), {"status": status}),
    )
