"""Review progress and the hint after a rejection."""

from __future__ import annotations

import pytest

from desktop.services.templates.review import STEPS, review_state


def test_steps_follow_the_status() -> None:
    assert review_state(None).step == 0 and review_state(None).tone == "draft"
    assert review_state("PENDING").step == 2 and review_state("PENDING").tone == "waiting"
    approved = review_state("APPROVED")
    assert approved.step == len(STEPS) - 1 and approved.tone == "ok" and approved.hint is None


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        ("PROMOTIONAL", "MARKETING"),
        ("INVALID_FORMAT", "variable"),
        ("INCORRECT_CATEGORY", "category"),
        ("ABUSIVE_CONTENT", "neutral"),
        ("NONE", "WhatsApp Manager"),
        (None, "WhatsApp Manager"),
    ],
)
def test_rejection_names_the_reason_and_what_to_change(reason: str | None, words: str) -> None:
    state = review_state("REJECTED", reason)
    assert state.tone == "problem"
    shown = reason if reason and reason != "NONE" else "UNKNOWN"
    assert shown in state.summary.render()
    assert state.hint is not None and words in state.hint.render()


@pytest.mark.parametrize("status", ["PAUSED", "DISABLED"])
def test_quality_problems_have_advice(status: str) -> None:
    state = review_state(status)
    assert state.tone == "problem" and state.hint is not None


def test_unknown_status_is_shown_as_is() -> None:
    assert "LIMIT_EXCEEDED" in review_state("LIMIT_EXCEEDED").summary.render()
