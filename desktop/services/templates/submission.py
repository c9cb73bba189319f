"""Submitting and deleting a template: the use cases behind the designer's two buttons.

The rules live here, not in the widget: a template in review cannot be changed, the
category of an approved one is fixed, lint errors block a submission, an existing template
(same name and language, known to Meta) is edited rather than created again. Each call
returns an outcome or a :class:`Refusal` carrying the sentence to show and, where known, the
form field it is about; only this service records the result and publishes
:class:`~desktop.services.events.TemplatesChanged`.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from desktop.models.db import Database
from desktop.services.cloud_api.errors import CloudApiError
from desktop.services.events import EventHub, TemplatesChanged
from desktop.services.templates.header_sample import (
    HeaderSample,
    UploadApi,
    check_header_file,
    upload_header_sample,
)
from desktop.services.templates.lint import lint_template
from desktop.services.templates.store import (
    TemplateSummary,
    delete_local_templates,
    existing_names,
    record_submission,
    template_bodies,
    template_capacity,
)
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

_CTX = "TemplateSubmission"

#: Meta's error subcodes on template create/edit → the field they are about.
API_ERROR_FIELDS: Mapping[int, str] = {
    2388023: "name",  # name has characters Meta does not allow
    2388024: "name",  # this name already exists in this language
    2388040: "components",  # a text is over its length limit
    2388047: "components",  # header format
    2388072: "components",  # body format
    2388073: "components",  # footer format
    2494102: "components",  # the header's sample handle is not an uploaded file
}


class TemplateApi(UploadApi, Protocol):
    """The part of the Cloud API client these use cases call."""

    async def create_template(self, waba_id: str, template: Mapping[str, Any]) -> Any: ...

    async def edit_template(self, template_id: str, changes: Mapping[str, Any]) -> bool: ...

    async def delete_template(
        self, waba_id: str, name: str, *, hsm_id: str | None = None
    ) -> bool: ...


#: Returns the client, or an awaitable of it (the live client is built lazily).
ClientFactory = Callable[[], "TemplateApi | Awaitable[TemplateApi]"]


@dataclass(frozen=True)
class Refusal:
    """Why nothing was submitted or deleted: sentences to show, and the field they concern.

    ``phrases`` are translated and joined; ``detail`` is Meta's own text (already in the
    user's language when Meta has it, so never translated again). ``field`` is the lint
    path of the form field to point at, or ``None``.
    """

    phrases: tuple[Phrase, ...]
    field: str | None = None
    detail: str | None = None

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        parts = [phrase.render(translate) for phrase in self.phrases]
        if self.detail:
            parts.append(self.detail)
        return " — ".join(parts)


@dataclass(frozen=True)
class Submitted:
    """Meta took the template for review (or the edit); ``template_id`` is the local row."""

    template_id: int
    name: str
    status: str
    edited: bool


@dataclass(frozen=True)
class Deleted:
    """The template is gone at Meta and locally; ``template_ids`` are the removed rows."""

    name: str
    language: str | None  # None: every language
    template_ids: frozenset[int]


def _refusal(source: str, field: str | None = None, **args: Any) -> Refusal:
    return Refusal((Phrase(_CTX, source, args),), field)


def api_refusal(exc: CloudApiError) -> Refusal:
    """The client's error as a refusal: title, advice and Meta's own detail, and its field."""
    detail = exc.user_message or exc.details or None
    return Refusal((exc.title, exc.advice), API_ERROR_FIELDS.get(exc.subcode or 0), detail=detail)


class TemplateSubmission:
    """Submit (create or edit) and delete templates of a WABA through the Cloud API."""

    def __init__(self, db: Database, client_factory: ClientFactory, hub: EventHub) -> None:
        self._db = db
        self._client_factory = client_factory
        self._hub = hub

    async def _client(self) -> TemplateApi:
        client = self._client_factory()
        if inspect.isawaitable(client):
            return await client
        return client

    async def upload_header_sample(self, path: Path, header_format: str) -> HeaderSample:
        """Upload the sample Meta reviews for a media header; its handle, or
        :class:`HeaderSampleError` in words (the file is checked before anything is sent)."""
        check_header_file(path, header_format)  # refused before a client is even built
        return await upload_header_sample(await self._client(), path, header_format)

    async def check(
        self, waba_id: str, graph: Mapping[str, Any], editing: TemplateSummary | None
    ) -> Refusal | None:
        """Why ``graph`` cannot be submitted now (``editing``: the stored row it came from)."""
        if not waba_id:
            return _refusal(
                QT_TRANSLATE_NOOP(
                    "TemplateSubmission",
                    "Choose a WhatsApp Business Account first (connect one in Settings).",
                )
            )
        same = editing is not None and (editing.name, editing.language) == (
            graph.get("name"),
            graph.get("language"),
        )
        if same and editing is not None and editing.status in ("PENDING", "IN_APPEAL"):
            return _refusal(
                QT_TRANSLATE_NOOP(
                    "TemplateSubmission",
                    "{name} is still in review and can't be changed yet. Wait for Meta's "
                    "decision (it appears here), or save it under another name to submit now.",
                ),
                name=editing.name,
            )
        if (
            same
            and editing is not None
            and editing.status == "APPROVED"
            and editing.category != graph.get("category")
        ):
            return Refusal(
                (
                    Phrase(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "TemplateSubmission",
                            "The category of an approved template can't be changed. Set it "
                            "back to {category}, or duplicate the template and submit the copy.",
                        ),
                        {"category": editing.category},
                    ),
                ),
                "category",
                # the category is an enum: the UI names it in words through ``category``
            )
        existing = await self._db.run(existing_names, waba_id)
        bodies = await self._db.run(template_bodies, waba_id)
        if same and editing is not None:
            own = (editing.name, editing.language)
            existing = [p for p in existing if p != own]
            bodies = [b for b in bodies if (b[0], b[1]) != own]
        report = lint_template(dict(graph), existing=existing, bodies=bodies)
        if report.errors:
            first = report.errors[0]
            return _refusal(
                QT_TRANSLATE_NOOP(
                    "TemplateSubmission",
                    "Fix the {count} error(s) listed under the preview before submitting.",
                ),
                first.field or None,
                count=len(report.errors),
            )
        if not same:
            count, limit = await self._db.run(template_capacity, waba_id)
            if count >= limit:
                return _refusal(
                    QT_TRANSLATE_NOOP(
                        "TemplateSubmission",
                        "This account already has {count} templates, the most Meta allows "
                        "({limit}; 6,000 once your business is verified and a number has an "
                        "approved display name). Delete templates you no longer use, then "
                        "submit again.",
                    ),
                    count=count,
                    limit=limit,
                )
        return None

    async def submit(
        self, waba_id: str, graph: Mapping[str, Any], editing: TemplateSummary | None
    ) -> Submitted | Refusal:
        """Create the template at Meta, or edit it when it is ``editing`` under the same
        name and language; record it and tell every view."""
        refusal = await self.check(waba_id, graph, editing)
        if refusal is not None:
            return refusal
        graph = dict(graph)
        edit = (
            editing is not None
            and bool(editing.meta_id)
            and (editing.name, editing.language) == (graph["name"], graph["language"])
        )
        try:
            client = await self._client()
            if edit and editing is not None and editing.meta_id:
                await client.edit_template(editing.meta_id, {"components": graph["components"]})
                response: dict[str, Any] = {"id": editing.meta_id, "status": "PENDING"}
            else:
                response = dict(await client.create_template(waba_id, graph) or {})
        except CloudApiError as exc:
            return api_refusal(exc)
        row_id = await self._db.run(record_submission, waba_id, graph, response)
        self._hub.publish(TemplatesChanged(frozenset({waba_id}), frozenset({row_id})))
        return Submitted(row_id, str(graph["name"]), str(response.get("status") or "PENDING"), edit)

    async def delete(
        self, waba_id: str, template: TemplateSummary, *, all_languages: bool
    ) -> Deleted | Refusal:
        """Delete ``template`` at Meta (its language, or every language), then locally."""
        hsm_id = None if all_languages else template.meta_id
        if not all_languages and not hsm_id:
            return _refusal(
                QT_TRANSLATE_NOOP(
                    "TemplateSubmission",
                    "This language of {name} has no id at Meta yet. Sync, then delete it again.",
                ),
                name=template.name,
            )
        try:
            client = await self._client()
            await client.delete_template(waba_id, template.name, hsm_id=hsm_id)
        except CloudApiError as exc:
            return api_refusal(exc)
        language = None if all_languages else template.language
        ids = await self._db.run(delete_local_templates, waba_id, template.name, language)
        self._hub.publish(TemplatesChanged(frozenset({waba_id}), frozenset(ids)))
        return Deleted(template.name, language, frozenset(ids))
