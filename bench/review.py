"""Compare speed: two 10,000-word versions of an article → tracked changes (target < 1 s).

Usage: PYTHONPATH=src .venv/bin/python bench/review.py [--repeat N] [--words N]

The old version is the news corpus (tests/corpus/news/clean) repeated to the length; the new
one is a reviewer's pass over it (about one word in ten dropped, replaced, vowelled or given a
clitic, paragraphs added and removed). Prints milliseconds (median and best) for
compare_texts, for parsing the result and for accepting all of it, the number of changes, and
the target.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from editor.core.article import load_article
from editor.core.compare import compare_texts
from editor.core.review import accept_all, parse_review
from editor.core.stats import count_words

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "news" / "clean"
TARGET_MS = 1000


def old_text(words: int) -> str:
    bodies = [load_article(path).body for path in sorted(CORPUS.glob("*.md"))]
    out: list[str] = []
    total = 0
    while total < words:
        for body in bodies:
            out.append(body)
            total += count_words(body)
            if total >= words:
                break
    return "\n\n".join(out)


def edited(text: str, seed: int = 1) -> str:
    rng = random.Random(seed)
    paragraphs = []
    for paragraph in text.split("\n\n"):
        if rng.random() < 0.03:
            continue  # a paragraph removed
        words = paragraph.split(" ")
        for index, word in enumerate(words):
            roll = rng.random()
            if roll < 0.025:
                words[index] = ""
            elif roll < 0.05:
                words[index] = "و" + word
            elif roll < 0.075:
                words[index] = word + "َ"
            elif roll < 0.1:
                words[index] = rng.choice(["تماما", "أيضا", "مثلا"])
        paragraphs.append(" ".join(w for w in words if w))
        if rng.random() < 0.03:
            paragraphs.append("فقرة جديدة أضافها المحرر في أثناء المراجعة.")
    return "\n\n".join(paragraphs)


def timed(function, repeat: int) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--words", type=int, default=10_000)
    args = parser.parse_args()
    old = old_text(args.words)
    new = edited(old)
    print(f"old {count_words(old)} words, new {count_words(new)} words")
    median, best, result = timed(
        lambda: compare_texts(old, new, "bench", "2026-01-01T00:00:00Z"), args.repeat
    )
    marked = str(result)
    verdict = "ok" if median < TARGET_MS else "OVER"
    print(f"compare_texts   median {median:7.1f} ms  best {best:7.1f} ms", end="  ")
    print(f"target < {TARGET_MS} ms  {verdict}")
    median, best, review = timed(lambda: parse_review(marked), args.repeat)
    changes = len(review.changes)  # type: ignore[attr-defined]
    print(f"parse_review    median {median:7.1f} ms  best {best:7.1f} ms  ({changes} changes)")
    median, best, accepted = timed(lambda: accept_all(marked), args.repeat)
    same = accepted == new
    print(f"accept_all      median {median:7.1f} ms  best {best:7.1f} ms  (equals new: {same})")
    # The worst case: every paragraph rewritten (the token comparison has the most to do).
    rewritten = "\n\n".join(p[::-1] for p in old.split("\n\n"))
    median, best, _ = timed(lambda: compare_texts(old, rewritten), max(1, args.repeat // 2))
    print(f"every paragraph rewritten: median {median:7.1f} ms  best {best:7.1f} ms")


if __name__ == "__main__":
    main()
