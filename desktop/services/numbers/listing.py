"""The numbers the local database knows, as plain rows for the CLI and the Numbers page.

Values are Meta's own (``GREEN``, ``TIER_2K``, ``CONNECTED``) as last reported by a sync or
a webhook; turning them into words is the UI's job.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import PhoneNumber


@dataclass(frozen=True)
class NumberRow:
    phone_number_id: str
    waba_id: str
    display_phone_number: str
    verified_name: str | None
    quality_rating: str | None
    messaging_limit_tier: str | None
    throughput_mps: int | None
    status: str | None
    is_test: bool

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def list_numbers(session: Session) -> list[NumberRow]:
    """Every number that belongs to a WABA, by WABA then display number."""
    numbers = session.scalars(
        select(PhoneNumber)
        .where(PhoneNumber.waba_id.is_not(None))
        .order_by(PhoneNumber.waba_id, PhoneNumber.display_phone_number, PhoneNumber.id)
    )
    return [
        NumberRow(
            phone_number_id=n.id,
            waba_id=n.waba_id or "",
            display_phone_number=n.display_phone_number,
            verified_name=n.verified_name,
            quality_rating=n.quality_rating,
            messaging_limit_tier=n.messaging_limit_tier,
            throughput_mps=n.throughput_mps,
            status=n.status,
            is_test=bool(n.is_test_number),
        )
        for n in numbers
    ]
