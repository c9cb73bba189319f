"""`wabadesk pricing simulate FILE [--json]`: bill scenario files from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli.main import CliError

EXIT_BAD_INPUT = 2


def register(subparsers: Any) -> None:
    pricing = subparsers.add_parser(
        "pricing",
        help="pricing simulator tools",
        description="What WhatsApp messaging costs under each of Meta's pricing eras.",
    )
    pricing.set_defaults(handler=lambda _args: _usage(pricing))
    sub = pricing.add_subparsers(title="pricing commands", metavar="COMMAND")
    simulate = sub.add_parser(
        "simulate",
        help="bill the events of a scenario file",
        description=(
            "Bill one scenario or a list of them (the format of pricing-examples.json). "
            "A scenario that carries its own rate_card is priced with it; otherwise the "
            "bundled rate cards in force at each event are used."
        ),
    )
    simulate.add_argument("file", type=Path, metavar="FILE", help="scenario JSON file")
    simulate.add_argument(
        "--json", action="store_true", help="print the bills as JSON instead of a table"
    )
    simulate.set_defaults(handler=_simulate)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0


def _simulate(args: argparse.Namespace) -> int:
    # Imported here so that `wabadesk` (the GUI) does not load the engine at start-up.
    from desktop.services.pricing.scenario_file import (
        ScenarioError,
        ScenarioFileError,
        bill_scenario,
        load_scenarios,
        result_json,
        shown,
    )

    try:
        scenarios = load_scenarios(args.file)
        results = [result_json(s.id, bill_scenario(s)) for s in scenarios]
    except ScenarioFileError as exc:
        raise CliError(str(exc), EXIT_BAD_INPUT) from exc
    except ScenarioError as exc:
        raise CliError(f"{shown(args.file.name, 80)}: {exc}", EXIT_BAD_INPUT) from exc
    if args.json:
        json.dump({"results": results}, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(results))
    return 0


def format_table(results: list[dict[str, Any]]) -> str:
    """A readable report: one block per scenario."""
    out: list[str] = []
    for r in results:
        currency = r["total"]["currency"]
        out.append(f"{r['id']}")
        out.append(f"  {'category':<30} {'count':>7} {'amount':>14}")
        for cat, entry in r["charges_by_category"].items():
            out.append(f"  {cat:<30} {entry['count']:>7} {entry['amount']:>10} {currency}")
        out.append(f"  {'total':<30} {'':>7} {r['total']['amount']:>10} {currency}")
        for c in r["conversations"]:
            state = f"charged {c['rate']}" if c["charged"] else "free"
            out.append(
                f"    conversation {c['category']:<22} {c['start']} .. {c['end']}  "
                f"contact {c['contact']}  {state}"
            )
        for m in r["charged_messages"]:
            if m["pricing_model"] == "PMP":
                flag = " unverified rate" if m.get("unverified") else ""
                out.append(
                    f"    message      {m['category']:<22} {m['t']}  contact {m['contact']}  "
                    f"{m['rate']} ({m['market']}){flag}"
                )
        out.append("")
    return "\n".join(out)
