"""A git merge driver for Qt Linguist files: the union of both sides' messages.

Two branches that each add strings touch neighbouring lines of the same .ts file, which a
line merge reports as a conflict although nothing contradicts. This driver keeps every
message of either side; where both sides have the same (context, source), a finished
translation beats an unfinished one and otherwise ours wins. lupdate re-sorts the file on
the next `make translations`. Enable it once per clone:

    git config merge.qt-ts.name "Qt Linguist union"
    git config merge.qt-ts.driver "python3 tools/merge_ts.py %O %A %B"

(`.gitattributes` maps *.ts to it; the compiled .qm files are rebuilt, never merged.)
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

Key = tuple[str, str]


def _finished(message: ET.Element) -> bool:
    node = message.find("translation")
    if node is None or not (node.text or "").strip():
        return False
    return node.get("type") not in ("unfinished", "vanished", "obsolete")


def _messages(root: ET.Element) -> dict[str, dict[str, ET.Element]]:
    contexts: dict[str, dict[str, ET.Element]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        table = contexts.setdefault(name, {})
        for message in context.iter("message"):
            table[message.findtext("source") or ""] = message
    return contexts


def merge(ours_path: str, theirs_path: str) -> None:
    ours_tree = ET.parse(ours_path)
    ours = _messages(ours_tree.getroot())
    theirs = _messages(ET.parse(theirs_path).getroot())
    for name, table in theirs.items():
        mine = ours.setdefault(name, {})
        for source, message in table.items():
            current = mine.get(source)
            if current is None or (_finished(message) and not _finished(current)):
                mine[source] = message
    root = ours_tree.getroot()
    for context in list(root.iter("context")):
        root.remove(context)
    for name in sorted(ours):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in ours[name].values():
            context.append(message)
    ET.indent(ours_tree, space="    ")
    ours_tree.write(ours_path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    _base, ours_file, theirs_file = sys.argv[1:4]
    merge(ours_file, theirs_file)
