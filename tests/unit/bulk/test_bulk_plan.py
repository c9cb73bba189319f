"""Every row of a bulk send is checked before anything is sent, and the job is priced."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.models.db import Database
from desktop.models.entities import (
    Business,
    Contact,
    Conversation,
    Message,
    PhoneNumber,
    Waba,
)
from desktop.services.bulk.csv_import import read_csv
from desktop.services.bulk.plan import (
    BulkPlan,
    Source,
    check_rows,
    guess_mapping,
    parse_number,
    recipients_from_csv,
    template_variables,
)
from desktop.services.inbox import TemplateChoice
from desktop.services.pricing.cards import load_rate_book
from desktop.services.templates.model import MessageTemplate

NUMBER = "106540352242922"
NOW = int(time.time())


def template(category: str = "UTILITY") -> TemplateChoice:
    graph = {
        "name": "order_confirmation",
        "language": "en_US",
        "category": category,
        "parameter_format": "POSITIONAL",
        "components": [
            {"type": "BODY", "text": "Hi {{1}}, your order {{2}} ships today."},
        ],
    }
    return TemplateChoice(1, "order_confirmation", "en_US", category, graph)


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'plan.sqlite3'}")
    database.migrate_sync()

    def seed(s):  # type: ignore[no-untyped-def]
        s.add(Business(id="b1", name="Cafe", messaging_limit_tier="TIER_250"))
        s.add(Waba(id="w1", business_id="b1", name="Cafe"))
        s.add(PhoneNumber(id=NUMBER, waba_id="w1", display_phone_number="+81 3-1234-5678"))
        s.add(Contact(id=1, wa_id="819012345601", marketing_opt_out=True, profile_name="Hanako"))
        s.add(Contact(id=2, wa_id="819012345602", profile_name="Ichiro"))
        s.flush()
        s.add(Conversation(id=1, phone_number_id=NUMBER, contact_id=1))
        s.add(Conversation(id=2, phone_number_id=NUMBER, contact_id=2, last_inbound_ts=NOW - 60))
        s.flush()
        # one customer already reached by a template in the last 24 hours
        s.add(Contact(id=3, wa_id="819012345603"))
        s.flush()
        s.add(Conversation(id=3, phone_number_id=NUMBER, contact_id=3))
        s.flush()
        s.add(
            Message(
                conversation_id=3,
                phone_number_id=NUMBER,
                direction="out",
                type="template",
                status="delivered",
                timestamp=NOW - 3600,
            )
        )

    database.call(seed)
    yield database
    database.close()


def plan_for(db: Database, csv: str, category: str = "UTILITY") -> BulkPlan:
    table = read_csv(csv.encode())
    recipients = recipients_from_csv(table, table.number_column or "", table.name_column)
    mapping = {"body:1": Source("name"), "body:2": Source("order")}
    return db.call(
        check_rows,
        NUMBER,
        template(category),
        recipients,
        mapping,
        now=NOW,
        book=load_rate_book(),
        source="customers.csv",
    )


def problems(plan: BulkPlan) -> dict[int, list[str]]:
    return {r.position: [p.render() for p in r.problems] for r in plan.rows if r.problems}


def test_numbers_in_any_common_format_are_read_in_the_senders_country() -> None:
    assert parse_number("+81 90-1234-5601", "JP") == "819012345601"
    assert parse_number("090-1234-5601", "JP") == "819012345601"
    assert parse_number("0081 90 1234 5601", None) == "819012345601"
    assert parse_number("(650) 555-1234", "US") == "16505551234"
    assert parse_number("+1 650 555 1234", "JP") == "16505551234"
    assert parse_number("12345", "JP") is None
    assert parse_number("call me", "JP") is None
    assert parse_number("+81 00 0000 0000", "JP") is None


def test_each_rows_problem_is_listed_in_words(db: Database) -> None:
    plan = plan_for(
        db,
        "phone,name,order\n"
        "090-1234-5602,Ichiro,A1\n"  # 2: fine (window open)
        "not-a-number,Bad,A2\n"  # 3: bad number
        "+81 90 1234 5604,,A3\n"  # 4: missing variable
        "+819012345602,Ichiro again,A4\n"  # 5: duplicate of row 2
        "+81 3-1234-5678,Us,A5\n"  # 6: our own number
        "+16505551234,Ann,A6\n"  # 7: fine
        "+16505551235,Tab,A\tB\n",  # 8: a tab Meta refuses in a parameter
    )
    found = problems(plan)
    assert set(found) == {3, 4, 5, 6, 8}
    assert "“not-a-number” is not a valid phone number" in found[3][0]
    assert found[4] == ["No value for {{1}}: “name” is empty."]
    assert found[5] == ["Same number as row 2: it is sent once, to that row."]
    assert found[6] == ["This is the sending number itself."]
    assert "tab" in found[8][0].lower()
    assert [r.position for r in plan.sendable] == [2, 7]
    row = plan.sendable[0]
    assert row.wa_id == "819012345602" and row.text == "Hi Ichiro, your order A1 ships today."
    assert row.components == [
        {
            "type": "body",
            "parameters": [{"type": "text", "text": "Ichiro"}, {"type": "text", "text": "A1"}],
        }
    ]


def test_opted_out_contacts_are_skipped_for_marketing_only(db: Database) -> None:
    csv = "phone,name,order\n+819012345601,Hanako,A1\n+819012345602,Ichiro,A2\n"
    marketing = plan_for(db, csv, "MARKETING")
    assert [r.position for r in marketing.opted_out] == [2]
    assert [r.position for r in marketing.sendable] == [3]
    utility = plan_for(db, csv, "UTILITY")
    assert utility.opted_out == [] and len(utility.sendable) == 2


def test_cost_is_the_engines_estimate_summed_and_the_tier_counts_new_people(
    db: Database,
) -> None:
    plan = plan_for(
        db,
        "phone,name,order\n"
        "+819012345602,Ichiro,A1\n"  # window open
        "+819012345603,Misaki,A2\n"  # reached in the last 24 h already
        "+819012345604,Kenta,A3\n"
        "+819012345605,Sakura,A4\n",
        "MARKETING",
    )
    estimates = [r.estimate for r in plan.sendable]
    assert all(e is not None for e in estimates)
    charged = [e for e in estimates if e is not None and e.charged]
    assert plan.cost.charged == len(charged) and plan.cost.unknown == 0
    assert plan.cost.amounts == {charged[0].currency: sum(e.amount for e in charged)}
    assert (plan.tier.tier, plan.tier.limit, plan.tier.used_24h) == ("TIER_250", 250, 1)
    assert plan.tier.new_in_job == 2 and not plan.tier.over


def test_variables_and_a_first_mapping_come_from_the_template_and_columns() -> None:
    tpl = MessageTemplate.from_graph(
        {
            "name": "x",
            "language": "en",
            "parameter_format": "NAMED",
            "components": [
                {"type": "HEADER", "format": "IMAGE"},
                {"type": "BODY", "text": "Hi {{first_name}}, code {{code}}"},
                {
                    "type": "BUTTONS",
                    "buttons": [{"type": "URL", "text": "Track", "url": "https://x.com/{{1}}"}],
                },
            ],
        }
    )
    variables = template_variables(tpl)
    assert [v.key for v in variables] == ["media", "body:first_name", "body:code", "button:0"]
    mapping = guess_mapping(variables, ["phone", "code", "first_name", "link", "img"])
    assert mapping["body:first_name"] == Source("first_name")
    assert mapping["body:code"] == Source("code")
    assert mapping["media"] == Source("phone")  # the user corrects a guess in the form
