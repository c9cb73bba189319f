"""Templates in the local database, for the designer's list and its submit step.

Reads run on the DB thread through ``Database.run``; every function here takes the
session as its first argument. Drafts are not stored here (they live in the designer or
in exported files): a row exists only once Meta (or the sandbox) knows the template.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.models.entities import PhoneNumber, Template, Waba
from desktop.services.templates.fetched import editable_template


@dataclass(frozen=True)
class WabaChoice:
    id: str
    name: str


@dataclass(frozen=True)
class TemplateSummary:
    """One row of the designer's template list."""

    id: int
    waba_id: str
    meta_id: str | None
    name: str
    language: str
    category: str
    status: str
    rejection_reason: str | None
    quality_score: str | None
    updated_at: datetime | None = None


def list_wabas(session: Session) -> list[WabaChoice]:
    rows = session.scalars(select(Waba).order_by(Waba.name, Waba.id))
    return [WabaChoice(w.id, w.name or w.id) for w in rows]


def list_template_summaries(session: Session, waba_id: str) -> list[TemplateSummary]:
    rows = session.scalars(
        select(Template)
        .where(Template.waba_id == waba_id)
        .order_by(Template.name, Template.language)
    )
    return [
        TemplateSummary(
            t.id,
            t.waba_id,
            t.meta_id,
            t.name,
            t.language,
            t.category,
            t.status,
            t.rejection_reason,
            t.quality_score,
            t.updated_at,
        )
        for t in rows
    ]


def load_template_graph(session: Session, template_id: int) -> dict[str, Any] | None:
    """The stored template as create-template JSON (what the designer edits)."""
    t = session.get(Template, template_id)
    if t is None:
        return None
    graph: dict[str, Any] = {
        "name": t.name,
        "language": t.language,
        "category": t.category,
        "components": list(t.components or []),
    }
    if t.parameter_format and t.parameter_format != "POSITIONAL":
        graph["parameter_format"] = t.parameter_format
    return editable_template(graph)


def existing_names(session: Session, waba_id: str) -> list[tuple[str, str]]:
    rows = session.execute(
        select(Template.name, Template.language).where(Template.waba_id == waba_id)
    )
    return [(name, language) for name, language in rows]


#: Templates a WABA may hold: 250 for an unverified business portfolio; 6,000 once the
#: portfolio is verified and a number has an approved display name (Meta's error 2388019).
TEMPLATE_LIMIT_UNVERIFIED = 250
TEMPLATE_LIMIT_VERIFIED = 6000


def template_bodies(session: Session, waba_id: str) -> list[tuple[str, str, str]]:
    """(name, language, body text) of the WABA's templates, for the same-body check."""
    out: list[tuple[str, str, str]] = []
    rows = session.execute(
        select(Template.name, Template.language, Template.components).where(
            Template.waba_id == waba_id
        )
    )
    for name, language, components in rows:
        for comp in components or []:
            if isinstance(comp, dict) and str(comp.get("type", "")).upper() == "BODY":
                text = comp.get("text")
                if isinstance(text, str) and text.strip():
                    out.append((name, language, text))
    return out


def template_capacity(session: Session, waba_id: str) -> tuple[int, int]:
    """How many templates the WABA holds, and how many Meta lets it hold.

    The app cannot see the portfolio's verification; an approved display name on one of
    the WABA's numbers is taken as the sign of the higher limit.
    """
    count = session.scalar(
        select(func.count()).select_from(Template).where(Template.waba_id == waba_id)
    )
    approved_name = session.scalar(
        select(func.count())
        .select_from(PhoneNumber)
        .where(PhoneNumber.waba_id == waba_id, PhoneNumber.name_status == "APPROVED")
    )
    limit = TEMPLATE_LIMIT_VERIFIED if approved_name else TEMPLATE_LIMIT_UNVERIFIED
    return int(count or 0), limit


def record_submission(
    session: Session, waba_id: str, graph: dict[str, Any], response: dict[str, Any]
) -> int:
    """Store a template Meta accepted for review (create response ``{id, status, category}``)."""
    name = str(graph.get("name") or "")
    language = str(graph.get("language") or "").replace("-", "_")
    template = session.scalar(
        select(Template).where(
            Template.waba_id == waba_id, Template.name == name, Template.language == language
        )
    ) or Template(waba_id=waba_id, name=name, language=language)
    if response.get("id"):
        template.meta_id = str(response["id"])
    template.category = str(response.get("category") or graph.get("category") or "UTILITY")
    template.status = str(response.get("status") or template.status or "PENDING")
    template.components = list(graph.get("components") or [])
    template.parameter_format = str(graph.get("parameter_format") or "POSITIONAL")
    template.rejection_reason = None
    template.updated_at = datetime.now(UTC)
    session.add(template)
    session.flush()
    return template.id


def filter_summaries(
    rows: list[TemplateSummary],
    search: str = "",
    status: str = "",
    shown: Callable[[TemplateSummary], str] | None = None,
) -> list[TemplateSummary]:
    """Rows whose name, language or category contains ``search`` and whose status is ``status``.

    Search ignores case; an empty ``status`` keeps every status. ``shown`` gives the words a
    row is shown with (the language's and category's names in the UI language), which
    ``search`` finds too.
    """
    needle = search.strip().casefold()
    out = []
    for row in rows:
        if status and row.status.upper() != status.upper():
            continue
        haystack = f"{row.name} {row.language} {row.category}"
        if shown is not None:
            haystack += " " + shown(row)
        haystack = haystack.casefold()
        if needle and needle not in haystack:
            continue
        out.append(row)
    return out


def languages_of(rows: list[TemplateSummary], name: str) -> list[str]:
    """The languages a template name exists in."""
    return sorted({r.language for r in rows if r.name == name})


def delete_local_templates(
    session: Session, waba_id: str, name: str, language: str | None = None
) -> list[int]:
    """Forget a deleted template (one language, or all); returns the removed row ids."""
    query = select(Template.id).where(Template.waba_id == waba_id, Template.name == name)
    if language:
        query = query.where(Template.language == language)
    ids = list(session.scalars(query))
    if ids:
        session.execute(delete(Template).where(Template.id.in_(ids)))
    return ids
