"""Submitting and deleting templates as use cases: rules, create vs edit, events, refusals."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from tpl_samples import NAMED_UTILITY, POSITIONAL_MARKETING

from desktop.models.db import Database
from desktop.models.entities import Template, Waba
from desktop.services.cloud_api.errors import from_error_body
from desktop.services.events import Event, EventHub, TemplatesChanged
from desktop.services.templates.store import TemplateSummary, list_template_summaries
from desktop.services.templates.submission import (
    Deleted,
    Refusal,
    Submitted,
    TemplateSubmission,
)


class FakeApi:
    def __init__(self, fail: Exception | None = None) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.fail = fail

    async def create_template(self, waba_id: str, template: Any) -> dict[str, Any]:
        if self.fail:
            raise self.fail
        self.calls.append(("create", (waba_id, copy.deepcopy(dict(template)))))
        return {"id": "9001", "status": "PENDING", "category": template["category"]}

    async def edit_template(self, template_id: str, changes: Any) -> bool:
        if self.fail:
            raise self.fail
        self.calls.append(("edit", (template_id, copy.deepcopy(dict(changes)))))
        return True

    async def delete_template(self, waba_id: str, name: str, *, hsm_id: str | None = None) -> bool:
        if self.fail:
            raise self.fail
        self.calls.append(("delete", (waba_id, name, hsm_id)))
        return True


def meta_error(code: int, subcode: int, message: str) -> Exception:
    error = from_error_body(
        {
            "error": {
                "message": message,
                "type": "OAuthException",
                "code": code,
                "error_subcode": subcode,
                "error_user_msg": "Meta's own words",
                "fbtrace_id": "t",
            }
        },
        http_status=400,
        host="graph.facebook.com",
        secret=None,
    )
    assert error is not None
    return error


def components(name: str) -> list[dict[str, Any]]:
    """NAMED_UTILITY's components; another template gets a body of its own."""
    comps = copy.deepcopy(NAMED_UTILITY["components"])
    if name != "order_confirmation":
        body = next(c for c in comps if c["type"] == "BODY")
        body["text"] = f"{body['text']} ({name})"
    return comps


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()

    def seed(session: Any) -> None:
        session.add(Waba(id="waba-1", name="Cafe Tokyo"))
        for name, status in (("order_confirmation", "APPROVED"), ("in_review", "PENDING")):
            session.add(
                Template(
                    waba_id="waba-1",
                    meta_id=f"id-{name}",
                    name=name,
                    language="en_US",
                    category="UTILITY",
                    status=status,
                    parameter_format="NAMED",
                    components=components(name),
                )
            )

    database.call(seed)
    yield database
    database.close()


def stored(db: Database, name: str) -> TemplateSummary:
    return next(r for r in db.call(list_template_summaries, "waba-1") if r.name == name)


def setup(db: Database, api: FakeApi) -> tuple[TemplateSubmission, list[Event]]:
    hub = EventHub()
    seen: list[Event] = []
    hub.subscribe(seen.append)
    return TemplateSubmission(db, lambda: api, hub), seen


def graph_of(name: str, source: dict[str, Any] = NAMED_UTILITY) -> dict[str, Any]:
    graph = copy.deepcopy(source)
    graph["name"] = name
    return graph


@pytest.mark.asyncio
async def test_a_new_template_is_created_recorded_and_announced(db: Database) -> None:
    api = FakeApi()
    use_case, seen = setup(db, api)
    outcome = await use_case.submit("waba-1", graph_of("summer_sale", POSITIONAL_MARKETING), None)
    assert isinstance(outcome, Submitted) and not outcome.edited
    assert [kind for kind, _ in api.calls] == ["create"]
    assert stored(db, "summer_sale").status == "PENDING"
    assert seen == [TemplatesChanged(frozenset({"waba-1"}), frozenset({outcome.template_id}))]


@pytest.mark.asyncio
async def test_the_open_approved_template_is_edited_not_created(db: Database) -> None:
    api = FakeApi()
    use_case, _ = setup(db, api)
    editing = stored(db, "order_confirmation")
    graph = graph_of("order_confirmation")
    graph["components"][2]["text"] = "Reply STOP to unsubscribe"
    outcome = await use_case.submit("waba-1", graph, editing)
    assert isinstance(outcome, Submitted) and outcome.edited
    assert api.calls[0][0] == "edit" and api.calls[0][1][0] == "id-order_confirmation"


@pytest.mark.asyncio
async def test_rules_refuse_before_calling_meta(db: Database) -> None:
    api = FakeApi()
    use_case, seen = setup(db, api)
    # in review: cannot change
    refusal = await use_case.submit("waba-1", graph_of("in_review"), stored(db, "in_review"))
    assert isinstance(refusal, Refusal) and "still in review" in refusal.render()
    # approved: the category is fixed, and the refusal points at it
    graph = graph_of("order_confirmation")
    graph["category"] = "MARKETING"
    refusal = await use_case.submit("waba-1", graph, stored(db, "order_confirmation"))
    assert isinstance(refusal, Refusal) and refusal.field == "category"
    # a new template under a taken name and language: a lint error
    refusal = await use_case.submit("waba-1", graph_of("order_confirmation"), None)
    assert isinstance(refusal, Refusal) and refusal.field == "name"
    # no account
    refusal = await use_case.submit("", graph_of("fresh_name"), None)
    assert isinstance(refusal, Refusal) and "WhatsApp Business Account" in refusal.render()
    assert api.calls == [] and seen == []


@pytest.mark.asyncio
async def test_metas_error_becomes_a_refusal_at_its_field(db: Database) -> None:
    api = FakeApi(fail=meta_error(100, 2388024, "Content in this language already exists"))
    use_case, seen = setup(db, api)
    refusal = await use_case.submit("waba-1", graph_of("brand_new", POSITIONAL_MARKETING), None)
    assert isinstance(refusal, Refusal)
    assert refusal.field == "name"
    assert "Meta's own words" in refusal.render()
    assert seen == []


@pytest.mark.asyncio
async def test_other_exceptions_are_not_swallowed(db: Database) -> None:
    use_case, _ = setup(db, FakeApi(fail=RuntimeError("a bug")))
    with pytest.raises(RuntimeError):
        await use_case.submit("waba-1", graph_of("brand_new", POSITIONAL_MARKETING), None)


@pytest.mark.asyncio
async def test_delete_one_language_or_all(db: Database) -> None:
    api = FakeApi()
    use_case, seen = setup(db, api)
    target = stored(db, "order_confirmation")
    outcome = await use_case.delete("waba-1", target, all_languages=False)
    assert isinstance(outcome, Deleted) and outcome.language == "en_US"
    assert api.calls == [("delete", ("waba-1", "order_confirmation", "id-order_confirmation"))]
    assert outcome.template_ids == {target.id}
    assert [r.name for r in db.call(list_template_summaries, "waba-1")] == ["in_review"]
    assert seen == [TemplatesChanged(frozenset({"waba-1"}), frozenset({target.id}))]


@pytest.mark.asyncio
async def test_delete_refused_by_meta_keeps_the_row(db: Database) -> None:
    api = FakeApi(fail=meta_error(100, 0, "Invalid parameter"))
    use_case, seen = setup(db, api)
    outcome = await use_case.delete("waba-1", stored(db, "in_review"), all_languages=True)
    assert isinstance(outcome, Refusal)
    assert len(db.call(list_template_summaries, "waba-1")) == 2 and seen == []


@pytest.mark.asyncio
async def test_the_same_body_as_another_template_is_refused(db: Database) -> None:
    api = FakeApi()
    use_case, _ = setup(db, api)
    graph = graph_of("order_confirmation_copy")  # same body as order_confirmation, en_US
    refusal = await use_case.submit("waba-1", graph, None)
    assert isinstance(refusal, Refusal) and refusal.field == "components[1].text"
    assert api.calls == []
    # the template itself, edited with its own body unchanged, is not its own twin
    outcome = await use_case.submit(
        "waba-1", graph_of("order_confirmation"), stored(db, "order_confirmation")
    )
    assert isinstance(outcome, Submitted)


@pytest.mark.asyncio
async def test_a_full_account_is_refused_with_the_limit(db: Database) -> None:
    def fill(session: Any) -> None:
        for n in range(250 - 2):
            session.add(
                Template(
                    waba_id="waba-1",
                    name=f"t{n}",
                    language="en_US",
                    category="UTILITY",
                    status="APPROVED",
                    components=[{"type": "BODY", "text": f"Text {n}."}],
                )
            )

    db.call(fill)
    api = FakeApi()
    use_case, _ = setup(db, api)
    refusal = await use_case.submit("waba-1", graph_of("one_more", POSITIONAL_MARKETING), None)
    assert isinstance(refusal, Refusal) and "250" in refusal.render()
    assert api.calls == []
    # editing one that exists adds nothing, so it is still allowed
    graph = graph_of("order_confirmation")
    graph["components"][2]["text"] = "Reply STOP to unsubscribe"
    assert isinstance(
        await use_case.submit("waba-1", graph, stored(db, "order_confirmation")), Submitted
    )
