"""Kill the real window at random moments while it types and saves; count what was lost.

Run: .venv/bin/python bench/soak.py --trials 1000 [--jobs 2] [--big]
Each trial starts tests/fixtures/kill_child.py (a MainWindow on Qt's offscreen platform, its
own HOME and journal), lets it type (7–25 keys a second, pauses, Ctrl+S now and then) and
sends SIGKILL after a random 0.2–5 s. Then it reads the article file and the recovery journal
the way the next start would, and prints per run: trials, corrupt files, corrupt journals,
lost files, the worst and the 99th-percentile typing loss (seconds between the first keystroke
neither saved nor journaled and the kill), and how many trials lost more than 2 s.
Target (issue 17): 0 corrupt, 0 lost, no trial over 2 s.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = ROOT / "tests" / "fixtures" / "kill_child.py"
SAMPLE = ROOT.parent / "shared" / "samples" / "clean-article.md"
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
sys.path.insert(0, str(ROOT / "src"))

from kill_child import MARKER, letter  # noqa: E402

from editor.core.article import parse_article  # noqa: E402
from editor.core.errors import ArticleError  # noqa: E402
from editor.core.journal import find_orphans  # noqa: E402


@dataclass
class Trial:
    seed: int
    typed: int = 0
    saved: int = 0  # letters in the file on disk after the kill
    journaled: int = 0  # letters in the journal
    loss: float = 0.0  # seconds of typing neither saved nor journaled
    problems: list[str] = field(default_factory=list)
    leftovers: int = 0  # temporary files of an interrupted save
    started: bool = False


def _letters_after_marker(text: str) -> int | None:
    """How many letters of the typed stream follow the marker; None if they are not it."""
    body = parse_article(text).body
    if MARKER not in body:
        return 0
    after = body.split(MARKER, 1)[1].rstrip("\n")
    if any(ch != letter(i + 1) for i, ch in enumerate(after)):
        return None
    return len(after)


def run_trial(seed: int, big: bool = False, kill_after: float | None = None) -> Trial:
    rng = random.Random(seed)
    trial = Trial(seed)
    home = Path(tempfile.mkdtemp(prefix="midad-soak-"))
    try:
        article = home / "articles" / "article.md"
        article.parent.mkdir()
        original = SAMPLE.read_bytes()
        if big:  # about 2 MB: saves take long enough to be killed in the middle
            head, _, body = SAMPLE.read_text("utf-8").partition("\n---\n")
            text = head + "\n---\n" + body * max(1, 2_000_000 // max(1, len(body.encode())))
            original = text.encode("utf-8")
        article.write_bytes(original)
        env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen")
        env["XDG_STATE_HOME"] = str(home / "state")
        env["XDG_CONFIG_HOME"] = str(home / "config")
        env["XDG_DATA_HOME"] = str(home / "data")
        env["PYTHONPATH"] = str(ROOT / "src")
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(article), str(seed), str(home / "s.ini")],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        keys: dict[int, float] = {}
        saves: list[int] = []
        ready = threading.Event()

        def read() -> None:
            assert child.stdout is not None
            for line in child.stdout:
                parts = line.split()
                if parts[:1] == ["ready"]:
                    ready.set()
                elif parts[:1] == ["k"]:
                    keys[int(parts[1])] = float(parts[2])
                elif parts[:1] == ["s"]:
                    saves.append(int(parts[1]))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        if not ready.wait(60):
            child.kill()
            trial.problems.append("the window did not start")
            return trial
        trial.started = True
        time.sleep(kill_after if kill_after is not None else rng.uniform(0.2, 5.0))
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        child.wait()
        reader.join(5)
        trial.typed = max(keys, default=0)
        _judge(trial, article, original, home / "state" / "midad" / "journal", keys, killed_at)
        return trial
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _judge(
    trial: Trial,
    article: Path,
    original: bytes,
    journal_folder: Path,
    keys: dict[int, float],
    killed_at: float,
) -> None:
    data = article.read_bytes() if article.exists() else None
    if data is None:
        trial.problems.append("the article file is gone")
    elif data != original:
        try:
            count = _letters_after_marker(data.decode("utf-8"))
        except (UnicodeDecodeError, ArticleError):
            count = None
        if count is None:
            trial.problems.append("the article file is corrupt")
        else:
            trial.saved = count
    trial.leftovers = sum(1 for p in article.parent.iterdir() if p.name.endswith(".tmp"))
    entries = find_orphans(journal_folder) if journal_folder.is_dir() else []
    for entry in entries:
        try:
            count = _letters_after_marker(entry.text)
        except ArticleError:
            count = None
        if count is None:
            trial.problems.append("the journal is corrupt")
        else:
            trial.journaled = max(trial.journaled, count)
    kept = max(trial.saved, trial.journaled)
    if kept < trial.typed:
        trial.loss = max(0.0, killed_at - keys.get(kept + 1, killed_at))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--big", action="store_true", help="2 MB articles (slow saves)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.monotonic()
    with ThreadPoolExecutor(args.jobs) as pool:
        trials = list(
            pool.map(lambda n: run_trial(args.seed * 100_000 + n, args.big), range(args.trials))
        )
    losses = sorted(t.loss for t in trials)
    problems = [f"seed {t.seed}: {p}" for t in trials for p in t.problems]
    print(
        f"trials {len(trials)} ({'2 MB' if args.big else 'sample-size'} articles, "
        f"{args.jobs} at a time, {time.monotonic() - started:.0f} s)"
    )
    print(
        f"keys typed {sum(t.typed for t in trials)}, saves seen in files "
        f"{sum(1 for t in trials if t.saved)}"
    )
    print(
        f"corrupt files {sum('corrupt' in p and 'file' in p for p in problems)}, "
        f"corrupt journals {sum('journal is corrupt' in p for p in problems)}, "
        f"lost files {sum('gone' in p for p in problems)}, "
        f"not started {sum(not t.started for t in trials)}"
    )
    p99 = losses[min(len(losses) - 1, int(len(losses) * 0.99))] if losses else 0.0
    print(
        f"typing loss: worst {losses[-1] if losses else 0:.2f} s, p99 {p99:.2f} s, "
        f"over 2 s in {sum(loss > 2 for loss in losses)} trials"
    )
    print(f"temporary files left by a killed save: {sum(t.leftovers for t in trials)}")
    for line in problems[:20]:
        print("  " + line)


if __name__ == "__main__":
    main()
