"""Keep translations when a string moves to another class (another lupdate context).

lupdate files each string under the class it appears in; moving code from one widget to another
would turn finished translations into new, empty entries. Run with --save before lupdate and
--fill after it: entries left unfinished get the translation their source text had before.
"""

from __future__ import annotations

import copy
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SNAPSHOT = Path(".translations-snapshot.json")


def _key(message: ET.Element) -> str:
    return json.dumps(
        [
            message.findtext("source"),
            message.findtext("comment") or "",
            message.get("numerus") == "yes",
        ]
    )


def save(files: list[Path]) -> None:
    snapshot = {}
    for path in files:
        entries = {}
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                entries[_key(message)] = ET.tostring(translation, encoding="unicode")
        snapshot[str(path)] = entries
    SNAPSHOT.write_text(json.dumps(snapshot, ensure_ascii=False), encoding="utf-8")


def fill(files: list[Path]) -> None:
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    for path in files:
        tree = ET.parse(path)
        carried = 0
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            old = snapshot.get(str(path), {}).get(_key(message))
            if translation is not None and translation.get("type") == "unfinished" and old:
                message.remove(translation)
                message.append(copy.deepcopy(ET.fromstring(old)))
                carried += 1
        if carried:
            ET.indent(tree, space="    ")
            text = ET.tostring(tree.getroot(), encoding="unicode")
            path.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                encoding="utf-8",
            )
            print(f"{path}: carried {carried} translation(s) over to their new context")
    SNAPSHOT.unlink()


if __name__ == "__main__":
    mode, *names = sys.argv[1:]
    (save if mode == "--save" else fill)([Path(name) for name in names])
