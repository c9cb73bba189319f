"""The translator's tool: collect strings, list what is untranslated, fill it, check it.

`resources/translations/wabadesk_ja.ts` is the source of truth for Japanese: a translator
edits it in Qt Linguist (or fills it with `set`), a reviewer reads its diff. This tool never
overwrites a translation it was not given.

    python tools/translations.py update            # collect tr() strings, compile the .qm
    python tools/translations.py missing [--json]  # what still needs Japanese
    python tools/translations.py set FILE.json     # {"Context": {"English": "日本語"}}
    python tools/translations.py check             # the rules CI enforces (exit 1 on a problem)

The rules (`problems`): every entry finished; placeholders, literal braces, leading and
trailing spaces, line breaks, keyboard hints and symbol marks kept; and the glossary in
`glossary_ja.json` (one Japanese term for each English term) respected.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.update_translations import TRANSLATIONS, update

JA_TS = TRANSLATIONS / "wabadesk_ja.ts"
GLOSSARY_FILE = TRANSLATIONS / "glossary_ja.json"

Key = tuple[str, str]

# A {placeholder}, a literal {{ or }}, or a braced example such as {"type": "URL"}.
BRACES = re.compile(r"\{\{|\}\}|\{[^{}]*\}")
KEYS = re.compile(r"\b(?:(?:Shift|Ctrl|Alt|Cmd)\+)+\w+")  # keyboard hints such as Shift+Enter
MARKS = ("●", "✉", "⚙", "🛒")


@dataclass(frozen=True)
class Term:
    en: str
    ja: str
    whole: bool  # only when the whole English text is the term (a label, not a verb)
    exceptions: frozenset[str]

    def applies(self, source: str) -> bool:
        if source in self.exceptions:
            return False
        if self.whole:
            return source.strip(" .:…").casefold() == self.en.casefold()
        bare = BRACES.sub("", source)
        return re.search(r"(?<![\w-])" + re.escape(self.en) + r"(?![\w-])", bare) is not None


def glossary(path: Path = GLOSSARY_FILE) -> list[Term]:
    data = json.loads(path.read_text(encoding="utf-8"))
    exceptions: dict[str, list[str]] = data.get("exceptions", {})
    return [
        Term(
            en=entry["en"],
            ja=entry["ja"],
            whole=entry.get("match") == "whole",
            exceptions=frozenset(exceptions.get(entry["en"], ())),
        )
        for entry in data["terms"]
    ]


def messages(ts: Path = JA_TS) -> Iterator[tuple[Key, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield (name, message.findtext("source") or ""), message


def is_finished(message: ET.Element) -> bool:
    node = message.find("translation")
    if node is None or not (node.text or "").strip():
        return False
    return node.get("type") not in ("unfinished", "vanished", "obsolete")


def _edges(text: str) -> tuple[str, str]:
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]


def problems(source: str, translation: str, terms: list[Term] | None = None) -> list[str]:
    """What the translation must keep from the source but does not."""
    found = []
    if sorted(BRACES.findall(source)) != sorted(BRACES.findall(translation)):
        found.append(
            f"placeholders {sorted(BRACES.findall(source))} != "
            f"{sorted(BRACES.findall(translation))}"
        )
    if _edges(source) != _edges(translation):
        found.append("leading/trailing whitespace differs")
    if source.count("\n") != translation.count("\n"):
        found.append("line breaks differ")
    for mark in (*MARKS, *KEYS.findall(source)):
        if (mark in source) != (mark in translation):
            found.append(f"{mark!r} not kept")
    for term in terms or ():
        if term.applies(source) and term.ja not in translation:
            found.append(f"glossary: {term.en!r} is {term.ja!r}")
    return found


def check(ts: Path = JA_TS, glossary_path: Path = GLOSSARY_FILE) -> list[str]:
    """Every unfinished or inconsistent entry of the Japanese file, one line each."""
    terms = glossary(glossary_path)
    report = []
    for (context, source), message in messages(ts):
        if not is_finished(message):
            report.append(f"[{context}] {source!r}: not translated")
            continue
        text = message.findtext("translation") or ""
        report += [f"[{context}] {source!r}: {p}" for p in problems(source, text, terms)]
    return report


def missing(ts: Path = JA_TS) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for (context, source), message in messages(ts):
        if not is_finished(message):
            table.setdefault(context, {})[source] = ""
    return table


def fill(table: dict[str, dict[str, str]], ts: Path = JA_TS) -> tuple[int, list[str]]:
    """Write the given translations; return (written, refused with the reason)."""
    terms = glossary()
    tree = ET.parse(ts)
    written = 0
    refused: list[str] = []
    known: set[Key] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        given = table.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            known.add((name, source))
            if source not in given:
                continue
            text = given[source]
            wrong = problems(source, text, terms) if text.strip() else ["empty"]
            if wrong:
                refused.append(f"[{name}] {source!r}: " + "; ".join(wrong))
                continue
            node = message.find("translation")
            if node is None:
                node = ET.SubElement(message, "translation")
            node.text = text
            node.attrib.pop("type", None)
            written += 1
    refused += [
        f"[{name}] {source!r}: not in the code (run `update` first?)"
        for name, entries in table.items()
        for source in entries
        if (name, source) not in known
    ]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return written, refused


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="collect strings from desktop/ and compile the .qm files")
    show = sub.add_parser("missing", help="list entries that still need Japanese")
    show.add_argument("--json", action="store_true", help="a table to fill in and pass to set")
    put = sub.add_parser("set", help="fill translations from a JSON table, then compile")
    put.add_argument("file", type=Path)
    sub.add_parser("check", help="exit 1 when an entry is unfinished or inconsistent")
    args = parser.parse_args(argv)

    if args.command == "update":
        update()
        return 0
    if args.command == "missing":
        update(compile_qm=False)
        table = missing()
        if args.json:
            print(json.dumps(table, ensure_ascii=False, indent=2))
        else:
            for context, entries in table.items():
                for source in entries:
                    print(f"[{context}] {source!r}")
        return 0
    if args.command == "set":
        update(compile_qm=False)
        table = json.loads(args.file.read_text(encoding="utf-8"))
        written, refused = fill(table)
        update()  # lupdate keeps the file in its own layout; lrelease compiles the .qm
        print(f"{written} written, {len(refused)} refused")
        for line in refused:
            print(f"refused  {line}")
        return 1 if refused else 0
    report = check()
    for line in report:
        print(line)
    return 1 if report else 0


if __name__ == "__main__":
    raise SystemExit(main())
