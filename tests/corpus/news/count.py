#!/usr/bin/env python3
"""Count words (whitespace split) in corpus files, excluding YAML front matter."""

import pathlib
import sys


def body(text):
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return text[end + 5 :]
    return text


def count(path):
    return len(body(pathlib.Path(path).read_text(encoding="utf-8")).split())


if __name__ == "__main__":
    root = pathlib.Path(__file__).parent
    paths = [pathlib.Path(p) for p in sys.argv[1:]] or sorted(
        p for p in root.rglob("*.md") if p.name != "README.md"
    )
    total = 0
    for p in paths:
        n = count(p)
        total += n
        print(f"{n:6d}  {p.relative_to(root) if p.is_absolute() else p}")
    print(f"{total:6d}  total")
