"""How much of CommonMark 0.31.2 Midad's Markdown parse follows, section by section.

Usage: PYTHONPATH=src .venv/bin/python bench/commonmark.py [--failures] [--section NAME]

Runs every example of the specification's sections writers meet (all but "HTML blocks" and
"Raw HTML") through the export's parse and compares structure (tests/commonmark_spec.py says
how). Prints examples passed per section and overall; --failures lists the examples that fail
(with --section, only that section's, showing the Markdown, the expected and our HTML).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from commonmark_spec import examples, passes, render


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the failing examples")
    parser.add_argument("--section", help="only this section (with --failures: show them)")
    args = parser.parse_args()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failing: list[int] = []
    for example in examples():
        if args.section and example.section != args.section:
            continue
        ok = passes(example)
        totals[example.section][0] += ok
        totals[example.section][1] += 1
        if not ok:
            failing.append(example.number)
            if args.section and args.failures:
                print(f"--- example {example.number}")
                print(repr(example.markdown))
                print("expected:", repr(example.html))
                print("ours:    ", repr(render(example.markdown)))
    width = max(len(section) for section in totals)
    passed = total = 0
    for section, (ok, count) in totals.items():
        print(f"{section:<{width}}  {ok:3d}/{count:3d}  {100 * ok / count:5.1f} %")
        passed += ok
        total += count
    lists = [totals[s] for s in ("List items", "Lists") if s in totals]
    if lists:
        ok, count = sum(t[0] for t in lists), sum(t[1] for t in lists)
        print(f"{'lists (both sections)':<{width}}  {ok:3d}/{count:3d}  {100 * ok / count:5.1f} %")
    print(f"{'overall':<{width}}  {passed:3d}/{total:3d}  {100 * passed / total:5.1f} %")
    if args.failures and not args.section:
        print("failing:", " ".join(map(str, failing)))


if __name__ == "__main__":
    main()
