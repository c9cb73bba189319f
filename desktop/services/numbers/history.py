"""Quality and limit history per number, kept locally from every sync and webhook.

Meta shows only today's quality rating; owners ask "when did it turn yellow?". Each reading
is stored, except an unchanged one taken within :data:`SAME_READING_GAP` of the previous,
so a restart every hour does not fill the table with identical points.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import NumberQualityPoint, PhoneNumber, utcnow

SAME_READING_GAP = timedelta(hours=6)
# Worse is larger: a move to a larger rank is a drop the user is told about.
QUALITY_RANK = {"GREEN": 0, "YELLOW": 1, "RED": 2}


@dataclass(frozen=True)
class QualityReading:
    recorded_at: datetime
    quality_rating: str | None
    messaging_limit_tier: str | None
    source: str
    event: str | None


def is_drop(before: str | None, after: str | None) -> bool:
    """True when quality moved to a worse known rating (GREEN → YELLOW → RED)."""
    if before not in QUALITY_RANK or after not in QUALITY_RANK:
        return False
    return QUALITY_RANK[after] > QUALITY_RANK[before]


def record_reading(
    session: Session, number: PhoneNumber, source: str, event: str | None = None
) -> bool:
    """Store the number's current quality and limit as a point; False if it was a repeat."""
    last = session.scalars(
        select(NumberQualityPoint)
        .where(NumberQualityPoint.phone_number_id == number.id)
        .order_by(NumberQualityPoint.recorded_at.desc(), NumberQualityPoint.id.desc())
        .limit(1)
    ).first()
    now = utcnow()
    if (
        last is not None
        and event is None
        and last.quality_rating == number.quality_rating
        and last.messaging_limit_tier == number.messaging_limit_tier
        and now - _aware(last.recorded_at) < SAME_READING_GAP
    ):
        return False
    session.add(
        NumberQualityPoint(
            phone_number_id=number.id,
            recorded_at=now,
            quality_rating=number.quality_rating,
            messaging_limit_tier=number.messaging_limit_tier,
            source=source,
            event=event,
        )
    )
    return True


def quality_history(
    session: Session, phone_number_id: str, limit: int = 500
) -> list[QualityReading]:
    """The latest ``limit`` readings of one number, oldest first."""
    rows = session.scalars(
        select(NumberQualityPoint)
        .where(NumberQualityPoint.phone_number_id == phone_number_id)
        .order_by(NumberQualityPoint.recorded_at.desc(), NumberQualityPoint.id.desc())
        .limit(limit)
    ).all()
    return [
        QualityReading(
            _aware(r.recorded_at), r.quality_rating, r.messaging_limit_tier, r.source, r.event
        )
        for r in reversed(rows)
    ]


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
