"""Moving templates to another WhatsApp Business Account: export to a file, re-create there.

Templates do not move with a number (a new provider or another WABA starts empty), so the
migration checklist offers one action: write the source WABA's templates to a JSON file
(Meta's list shape, ``{"data": [...]}``, which ``templates import`` also reads), then submit
each one on the target WABA after the same lint the designer runs. Every template gets a
result in words: submitted for review, already there, left out, or refused with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import Template
from desktop.services.templates.files import export_template_file, load_templates
from desktop.services.templates.lint import lint_template
from desktop.services.templates.store import existing_names, load_template_graph, template_bodies
from desktop.services.templates.submission import Refusal, Submitted, TemplateSubmission
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

if TYPE_CHECKING:
    from desktop.models.db import Database

_C = "TemplateTransfer"
Outcome = Literal["submitted", "exists", "left_out", "lint", "refused"]
#: Statuses whose content Meta refused or retired: copying them would only be refused again.
NOT_COPIED = frozenset({"REJECTED", "DISABLED", "DELETED"})


@dataclass(frozen=True)
class TransferResult:
    name: str
    language: str
    outcome: Outcome
    words: Phrase
    more: tuple[Phrase, ...] = ()  # the lint problem or the refusal's reasons
    detail: str = ""  # Meta's own text (already in the user's language when Meta has it)

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        parts = [self.words.render(translate), *(p.render(translate) for p in self.more)]
        if self.detail:
            parts.append(self.detail)
        return " ".join(parts)


def waba_template_graphs(session: Session, waba_id: str) -> list[dict[str, Any]]:
    """The WABA's stored templates as create-template JSON, with their last known status."""
    rows = session.scalars(
        select(Template)
        .where(Template.waba_id == waba_id)
        .order_by(Template.name, Template.language)
    ).all()
    out: list[dict[str, Any]] = []
    for row in rows:
        graph = load_template_graph(session, row.id)
        if graph is not None:
            graph["status"] = row.status
            out.append(graph)
    return out


def write_export(graphs: list[dict[str, Any]], path: Path | str) -> Path:
    return export_template_file({"data": graphs}, path)


def _phrase(source: str, **args: Any) -> Phrase:
    return Phrase(_C, source, MappingProxyType(args))


def _create_graph(template: dict[str, Any]) -> dict[str, Any]:
    keep = ("name", "language", "category", "components", "parameter_format")
    return {k: template[k] for k in keep if k in template}


class TemplateTransfer:
    """Export a WABA's templates and re-create them on another, one result per template."""

    def __init__(self, db: Database, submission: TemplateSubmission) -> None:
        self._db = db
        self._submission = submission

    async def export(self, waba_id: str, path: Path | str) -> tuple[Path, int]:
        graphs = await self._db.run(waba_template_graphs, waba_id)
        return write_export(graphs, path), len(graphs)

    async def copy(
        self, source_waba: str, target_waba: str, path: Path | str
    ) -> list[TransferResult]:
        """Export ``source_waba`` to ``path``, then re-create what the file holds."""
        if source_waba == target_waba:
            raise ValueError("source and target WABA are the same")
        written, _count = await self.export(source_waba, path)
        return await self.recreate(target_waba, load_templates(written))

    async def recreate(
        self, target_waba: str, templates: list[dict[str, Any]]
    ) -> list[TransferResult]:
        results: list[TransferResult] = []
        for template in templates:
            results.append(await self._one(target_waba, template))
        return results

    async def _one(self, target_waba: str, template: dict[str, Any]) -> TransferResult:
        name = str(template.get("name") or "")
        language = str(template.get("language") or "")
        status = str(template.get("status") or "").upper()
        if status in NOT_COPIED:
            return TransferResult(
                name,
                language,
                "left_out",
                _phrase(
                    QT_TRANSLATE_NOOP(
                        "TemplateTransfer",
                        "Left out: Meta rejected or disabled it in the old account; fix it "
                        "in the designer and submit it there.",
                    )
                ),
            )
        existing = await self._db.run(existing_names, target_waba)
        if (name, language) in set(existing):
            return TransferResult(
                name,
                language,
                "exists",
                _phrase(
                    QT_TRANSLATE_NOOP(
                        "TemplateTransfer",
                        "Already in this account under the same name and language: not sent again.",
                    )
                ),
            )
        graph = _create_graph(template)
        bodies = await self._db.run(template_bodies, target_waba)
        report = lint_template(graph, existing=existing, bodies=bodies)
        if report.errors:
            return TransferResult(
                name,
                language,
                "lint",
                _phrase(
                    QT_TRANSLATE_NOOP(
                        "TemplateTransfer",
                        "Not sent: it breaks {count} of Meta's rules. Open it in the designer "
                        "to fix it. First problem:",
                    ),
                    count=len(report.errors),
                ),
                (report.errors[0].phrase,),
            )
        outcome = await self._submission.submit(target_waba, graph, None)
        if isinstance(outcome, Submitted):
            return TransferResult(
                name,
                language,
                "submitted",
                _phrase(
                    QT_TRANSLATE_NOOP(
                        "TemplateTransfer",
                        "Submitted for review ({status}); it can be sent once Meta approves it.",
                    ),
                    status=outcome.status,
                ),
            )
        assert isinstance(outcome, Refusal)
        return TransferResult(
            name,
            language,
            "refused",
            _phrase(QT_TRANSLATE_NOOP("TemplateTransfer", "Refused:")),
            outcome.phrases,
            outcome.detail or "",
        )
