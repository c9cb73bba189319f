"""Two desks changing one conversation at the same moment end in one clear state, and the
desk that lost is told what the other did (also run on PostgreSQL: tests/postgres)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from desktop.models.db import Database
from desktop.models.entities import Conversation, PhoneNumber, Waba
from desktop.services import work
from desktop.services.directory import upsert_contact, upsert_conversation

NUMBER = "106540352242922"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()
    yield database
    database.close()


def one_conversation(db: Database) -> int:
    def fill(session: object) -> int:
        session.add(Waba(id="102290129340398", name="Sakura"))  # type: ignore[attr-defined]
        session.flush()  # type: ignore[attr-defined]
        session.add(  # type: ignore[attr-defined]
            PhoneNumber(id=NUMBER, waba_id="102290129340398", display_phone_number="1")
        )
        session.flush()  # type: ignore[attr-defined]
        contact = upsert_contact(session, wa_id="819012345678", profile_name="Aiko")  # type: ignore[arg-type]
        return upsert_conversation(session, NUMBER, contact.id).id  # type: ignore[arg-type]

    return db.call(fill)


def test_the_second_of_two_assignments_is_refused_with_the_winner(db: Database) -> None:
    conversation = one_conversation(db)
    ana = db.call(work.add_agent, "Ana")
    ken = db.call(work.add_agent, "Ken")
    db.call(work.assign, conversation, ana.id, None)  # Ana's desk saw it unassigned
    with pytest.raises(work.WorkConflict) as lost:
        db.call(work.assign, conversation, ken.id, None)  # so did Ken's, a moment later
    assert (lost.value.assignee_name, lost.value.status) == ("Ana", "open")
    db.call(work.assign, conversation, ana.id, None)  # the change already made: no conflict
    db.call(work.assign, conversation, ken.id, ana.id)  # seen as it is: made
    db.call(work.assign, conversation, None)  # no expectation: made whatever it was
    with pytest.raises(work.WorkConflict) as lost:
        db.call(work.assign, conversation, ana.id, ken.id)
    assert lost.value.assignee_name is None


def test_the_second_of_two_status_changes_is_refused_with_the_state(db: Database) -> None:
    conversation = one_conversation(db)
    db.call(work.set_status, conversation, "resolved", "open")
    with pytest.raises(work.WorkConflict) as lost:
        db.call(work.set_status, conversation, "pending", "open")
    assert lost.value.status == "resolved"
    db.call(work.set_status, conversation, "resolved", "open")  # already so: no conflict
    db.call(work.set_status, conversation, "open", "resolved")


def test_desks_racing_for_one_conversation_leave_exactly_one_winner(db: Database) -> None:
    conversation = one_conversation(db)
    agents = [db.call(work.add_agent, f"Desk {i}") for i in range(4)]
    start = threading.Barrier(len(agents))
    outcome: dict[int, str] = {}

    def desk(agent: work.AgentRow) -> None:
        other = Database(db.url)  # each desk its own connection, as on its own PC
        try:
            start.wait()
            other.call(work.assign, conversation, agent.id, None)
            outcome[agent.id] = "won"
        except work.WorkConflict as conflict:
            outcome[agent.id] = f"lost to {conflict.assignee_name}"
        finally:
            other.close()

    threads = [threading.Thread(target=desk, args=(agent,)) for agent in agents]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    winners = [a for a in agents if outcome.get(a.id) == "won"]
    assert len(winners) == 1, outcome
    told = {outcome[a.id] for a in agents if a is not winners[0]}
    assert told == {f"lost to {winners[0].name}"}
    stored = db.call(lambda s: s.get(Conversation, conversation).assignee_id)
    assert stored == winners[0].id


def test_two_desks_putting_on_the_same_label_at_once_both_succeed(db: Database) -> None:
    conversation = one_conversation(db)
    label = db.call(work.add_label, "Booking")
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def desk() -> None:
        other = Database(db.url)
        try:
            start.wait()
            other.call(work.set_labelled, conversation, label.id, True)
        except BaseException as exc:  # collected for the assertion
            failures.append(exc)
        finally:
            other.close()

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    assert db.call(lambda s: work.labels_of(s, [conversation])) == {conversation: [label]}
