#!/usr/bin/env python3
"""Render web/*.src into web/*.md + web/*.errors.json.

A .src file is the article with every deliberate error written inline as
    [[wrong|fix|kind|why]]
The .md gets `wrong`; the JSON records text/occurrence/fix/kind/why, where
occurrence is the 1-based index of that match among all non-overlapping
left-to-right matches of `text` in the rendered file.  Names come from a
`<!-- names: a; b; c -->` line at the end of the .src (stripped from the .md).
This script only renders; it does not check spelling.
"""

import json
import pathlib
import re
import sys

MARK = re.compile(r"\[\[(.*?)\|(.*?)\|(spelling|typography|style)\|(.*?)\]\]", re.S)
NAMES = re.compile(r"\n?<!-- names: (.*?) -->\s*$", re.S)


def render(src: str):
    m = NAMES.search(src)
    names = [n.strip() for n in m.group(1).split(";") if n.strip()] if m else []
    if m:
        src = src[: m.start()] + "\n"
    out, errors, pos = [], [], 0
    length = 0
    for mk in MARK.finditer(src):
        chunk = src[pos : mk.start()]
        out.append(chunk)
        length += len(chunk)
        wrong, fix, kind, why = mk.groups()
        errors.append({"_at": length, "text": wrong, "fix": fix, "kind": kind, "why": why})
        out.append(wrong)
        length += len(wrong)
        pos = mk.end()
    out.append(src[pos:])
    text = "".join(out)
    for e in errors:
        at = e.pop("_at")
        occ, i = 0, 0
        while True:
            j = text.find(e["text"], i)
            if j == -1:
                raise SystemExit(f"marker {e['text']!r} not found at {at}")
            occ += 1
            if j == at:
                break
            if j > at:
                raise SystemExit(f"marker {e['text']!r} at {at} hidden by an overlapping match")
            i = j + len(e["text"])
        e_ordered = {
            "text": e["text"],
            "occurrence": occ,
            "fix": e["fix"],
            "kind": e["kind"],
            "why": e["why"],
        }
        e.clear()
        e.update(e_ordered)
    return text, errors, names


def main():
    root = pathlib.Path(__file__).resolve().parent.parent / "web"
    for src in sorted(root.glob("*.src")):
        text, errors, names = render(src.read_text(encoding="utf-8"))
        md = src.with_suffix(".md")
        md.write_text(text, encoding="utf-8")
        js = src.with_name(src.stem + ".errors.json")
        report = json.dumps({"errors": errors, "names": names}, ensure_ascii=False, indent=1)
        js.write_text(report + "\n", encoding="utf-8")
        for n in names:
            if n not in text:
                print(f"WARNING {src.name}: name {n!r} not in text", file=sys.stderr)
        print(f"{md.name}: {len(errors)} errors, {len(names)} names")


if __name__ == "__main__":
    main()
