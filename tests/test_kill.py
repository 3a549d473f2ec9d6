"""The real window killed (SIGKILL) while it types and saves: nothing corrupt, nothing lost.

A few trials here; bench/soak.py runs a thousand and reports the typing lost (issue 17).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import soak


@pytest.mark.parametrize(("seed", "after"), [(11, 0.4), (12, 1.7), (13, 3.0)])
def test_a_killed_window_leaves_its_file_whole_and_its_typing_journaled(
    seed: int, after: float
) -> None:
    trial = soak.run_trial(seed, kill_after=after)
    assert trial.started and trial.problems == []
    assert trial.typed > 0
    # What survives is exactly a prefix of what was typed (checked letter by letter in soak).
    assert max(trial.saved, trial.journaled) <= trial.typed
    if after >= 3.0:  # seconds of steady typing: the journal (or a save) holds some of it
        assert max(trial.saved, trial.journaled) > 0


def test_a_big_article_killed_while_saving_is_old_or_new_never_torn() -> None:
    trial = soak.run_trial(21, big=True, kill_after=2.5)
    assert trial.started and trial.problems == []
