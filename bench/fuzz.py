"""Every `midad` command on mutated inputs: what breaks, and what is slow.

Run: .venv/bin/python bench/fuzz.py --inputs 500 [--jobs 2] [--seed 0] [--scale 1.0]

The inputs (tests/fixtures/fuzz_inputs.py) are Markdown, text, HTML and DOCX files with the damage
issue 17 found: control characters in every kind of text, deep nesting, huge lines (5 MB at scale
1), YAML alias bombs, 100,000 footnotes, zip bombs and zip tricks, hostile XML, random damage.
Each input goes through every command (info, check, fix, export to html/docx/md, import) in a child
process. Printed: inputs and commands run, failures by kind (a hang, a traceback, an internal
error, an exit code other than 0/1/2, stray stderr, the input changed) with their inputs, and the
slowest commands. Exit status 1 when anything failed. Target (issue 17): no failure.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))

from fuzz_inputs import FuzzInput, Outcome, make_inputs, run_input  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=500, help="how many inputs (default 500)")
    parser.add_argument("--jobs", type=int, default=2, help="inputs run at once (default 2)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scale", type=float, default=1.0, help="size of the huge inputs")
    parser.add_argument("--timeout", type=float, default=600.0, help="hang guard per input (s)")
    args = parser.parse_args()
    items = make_inputs(args.inputs, args.seed, args.scale)
    start = time.perf_counter()

    def run(item: FuzzInput) -> tuple[FuzzInput, list[Outcome]]:
        return item, run_input(item, args.timeout)

    failures: dict[str, list[str]] = collections.defaultdict(list)
    timings: list[tuple[float, str, str]] = []
    commands = 0
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for done, (item, outcomes) in enumerate(pool.map(run, items), start=1):
            commands += len(outcomes)
            for outcome in outcomes:
                timings.append((outcome.seconds, outcome.command, item.name))
                for problem in outcome.problems:
                    first = outcome.stderr.strip().splitlines()[-1:] or [""]
                    failures[problem].append(f"{item.name} [{outcome.command}] {first[0][:160]}")
            if done % 50 == 0:
                print(f"... {done}/{len(items)} inputs", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - start
    kinds = collections.Counter(item.suffix for item in items)
    print(f"inputs: {len(items)} ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))})")
    print(f"commands run: {commands}, in {elapsed:.0f} s with {args.jobs} job(s)")
    total = sum(len(v) for v in failures.values())
    print(f"failures: {total}")
    for kind, where in sorted(failures.items()):
        print(f"  {kind}: {len(where)}")
        for line in where[:10]:
            print(f"    {line}")
    print("slowest commands:")
    for seconds, command, name in sorted(timings, reverse=True)[:8]:
        print(f"  {seconds:7.2f} s  {command}  ({name})")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
