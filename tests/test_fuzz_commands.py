"""Every `midad` command on hostile inputs (issue 17): exit 0, 1 or 2, "midad: …" lines on
stderr (exactly one for exit 2), no traceback, no internal error, the input unchanged, no hang.

A small deterministic set (16 inputs, 160 commands) from tests/fixtures/fuzz_inputs.py, sizes
cut down; bench/fuzz.py runs the full set (hundreds of inputs, 5 MB lines). The subprocess
timeout only guards against a hang: how long a command takes is measured by the bench, never
asserted here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures"))

from fuzz_inputs import COMMANDS, FuzzInput, make_inputs, run_input

CHOSEN = [
    "md-control-footnote-U+0001",
    "md-control-footnote-U+FFFE",
    "md-control-front-matter-raw-U+0008",
    "md-deep-yaml-list-5000",
    "md-deep-ordered-list-5000",
    "md-alias-bomb-9",
    "md-huge-line-alef-10000",
    "md-footnotes-200-defined",
    "html-deep-div-5000",
    "html-charref-U+0001",
    "docx-zip-bomb",
    "docx-dotdot-path",
    "docx-duplicate-document",
    "docx-billion-laughs",
    "txt-damaged-0",
    "md-damaged-0",
]


def _inputs() -> list[FuzzInput]:
    found = {item.name: item for item in make_inputs(len(CHOSEN) + 400, seed=0, scale=0.002)}
    missing = [name for name in CHOSEN if name not in found]
    assert not missing, f"fuzz_inputs.py no longer makes {missing}"
    return [found[name] for name in CHOSEN]


INPUTS = _inputs()


@pytest.mark.parametrize("item", INPUTS, ids=[item.name for item in INPUTS])
def test_every_command_answers_hostile_input_cleanly(item: FuzzInput) -> None:
    outcomes = run_input(item, timeout=300)
    assert len(outcomes) == len(COMMANDS), [o.command for o in outcomes]
    problems = [
        f"{o.command}: {', '.join(o.problems)} (exit {o.exit}) {o.stderr.strip()[-300:]}"
        for o in outcomes
        if o.problems
    ]
    assert not problems, "\n".join(problems)
