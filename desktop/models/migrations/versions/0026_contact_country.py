"""contact.country: the country pricing bills a customer's number as, kept with the number

Revision ID: 0026_contact_country
Revises: 0025_status_delivery_index
Create Date: 2026-12-03 16:00:00

History re-prices a year by each customer's country; telling it from a number that shares
its calling code (+1, +44, +7) means parsing the number with ``phonenumbers`` (a year of
50,000 customers: about 1.5 s of the re-price, 0.6 s of opening this month). Ingest now
keeps the country with the number; this revision fills it for the contacts already stored,
each number parsed once. The lookup is a frozen copy of
``desktop.services.pricing.markets.country_for_number`` (migrations never import the
services); a number no country uses stays NULL, and readers parse what is NULL.
"""

from __future__ import annotations

from collections import defaultdict

import phonenumbers
import sqlalchemy as sa
from alembic import op
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

revision = "0026_contact_country"
down_revision = "0025_status_delivery_index"
branch_labels = None
depends_on = None

CHUNK = 500


def country_of(wa_id: str) -> str | None:
    """The ISO country of ``wa_id`` as pricing tells it (None: no country uses it)."""
    text = wa_id.strip()
    digits = text[1:] if text.startswith("+") else text
    if digits.isdigit():
        for length in (1, 2, 3):
            regions = COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:length]))
            if regions is not None:
                if len(regions) == 1 and regions[0] != "001" and len(digits) > length + 3:
                    return str(regions[0])
                break
    try:
        parsed = phonenumbers.parse("+" + digits if not text.startswith("+") else text, None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(parsed)
    if not region or region == "001":
        region = phonenumbers.region_code_for_country_code(parsed.country_code or 0)
    if not region or region in ("ZZ", "001"):
        return None
    return str(region)


def upgrade() -> None:
    op.add_column("contact", sa.Column("country", sa.String(length=2), nullable=True))
    conn = op.get_bind()
    contact = sa.table("contact", sa.column("id", sa.Integer), sa.column("wa_id", sa.String))
    ids_by_country: dict[str, list[int]] = defaultdict(list)
    for contact_id, wa_id in conn.execute(
        sa.select(contact.c.id, contact.c.wa_id).where(contact.c.wa_id.is_not(None))
    ):
        if not isinstance(wa_id, str):  # a damaged file may hold bytes: left to the readers
            continue
        country = country_of(wa_id)
        if country is not None:
            ids_by_country[country].append(contact_id)
    for country, ids in sorted(ids_by_country.items()):
        for start in range(0, len(ids), CHUNK):
            conn.execute(
                sa.text("UPDATE contact SET country = :country WHERE id IN :ids").bindparams(
                    sa.bindparam("ids", expanding=True)
                ),
                {"country": country, "ids": ids[start : start + CHUNK]},
            )


def downgrade() -> None:
    op.execute("ALTER TABLE contact DROP COLUMN country")
