"""Proofreading speed: cold start, full check of a 10,000-word article, one-paragraph re-check.

Run: PYTHONPATH=src python bench/proofread.py [--words N]
The article is built from the shared samples by shuffling their sentences into new paragraphs,
so no two paragraphs are identical (the block cache cannot make the full check look faster).
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

T0 = time.perf_counter()
from editor.core.proofing import Proofreader, ProofSettings  # noqa: E402
from editor.core.stats import count_words  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - T0
SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
_SENTENCE_END = re.compile(r"(?<=[.؟!،])\s+")


def build_article(target_words: int, seed: int = 7) -> str:
    sentences = []
    for name in ("clean-article.md", "draft-with-errors.md", "web-paste.txt"):
        text = (SAMPLES / name).read_text("utf-8").split("\n---\n", 1)[-1]
        for line in text.split("\n"):
            if line.strip() and not line.lstrip().startswith(("#", "|", "-", "[", ">", "1.")):
                sentences.extend(s for s in _SENTENCE_END.split(line.strip()) if s)
    rng = random.Random(seed)
    paragraphs, words = [], 0
    while words < target_words:
        paragraph = " ".join(rng.choice(sentences) for _ in range(rng.randint(3, 6)))
        paragraphs.append(paragraph)
        words += count_words(paragraph)
    return "---\ntitle: مقال طويل للقياس\n---\n\n" + "\n\n".join(paragraphs) + "\n"


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=10_000)
    args = parser.parse_args()
    text = build_article(args.words)
    body = text.split("\n---\n\n", 1)[1]
    words = count_words(body)

    cold, proofreader = timed(lambda: (p := Proofreader(), p.check_document("نص قصير."))[0])
    distinct = len(set(re.findall(r"[^\W\d_]+", body)))
    print(f"article: {words} words, {len(text)} characters, {distinct} distinct words")
    print(
        f"cold start: import {IMPORT_SECONDS * 1000:.0f} ms + engine and dictionary "
        f"{cold * 1000:.0f} ms = {(IMPORT_SECONDS + cold) * 1000:.0f} ms"
    )

    first, checked = timed(proofreader.check_document, text)
    unknown = len({f.text for f in checked.findings if f.rule == "spelling"})
    print(
        f"full check, first time (hunspell suggestions for {unknown} "
        f"unknown words included): {first * 1000:.0f} ms, {words / first:,.0f} words/s, "
        f"{len(checked.findings)} findings"
    )

    # Warm: dictionary loaded and words looked up before, but every block checked again.
    warm_runs = []
    for _ in range(5):
        proofreader.forget_cache(masks=True)
        warm_runs.append(timed(proofreader.check_document, text)[0])
    warm = statistics.median(warm_runs)
    print(
        f"full check, warm (median of 5): {warm * 1000:.0f} ms, {words / warm:,.0f} words/s "
        f"(targets < 500 ms, >= 20,000 words/s)"
    )
    unchanged = statistics.median(timed(proofreader.check_document, text)[0] for _ in range(5))
    print(f"full check, nothing changed (block cache): {unchanged * 1000:.1f} ms")

    # A real article has thousands of distinct words, the samples a few hundred: time the
    # first lookup of many distinct forms (clitic variants of the sample words).
    forms = sorted(
        {
            prefix + w
            for w in set(re.findall(r"[\u0621-\u064a]{3,}", body))
            for prefix in ("", "و", "ف")
        }
    )
    vocabulary = " ".join(forms)
    fresh = Proofreader(ProofSettings(hunspell_suggestions=False))
    fresh.check_document("نص.")
    lookups, found = timed(fresh.check_body, vocabulary)
    unknown = sum(f.rule == "spelling" for f in found.findings)
    print(
        f"first look-up of {len(forms)} distinct word forms ({unknown} unknown, our "
        f"suggestions only): {lookups * 1000:.0f} ms, {len(forms) / lookups:,.0f} words/s"
    )

    # Re-check after an edit: the editor calls check_block on the changed paragraph.
    profile = checked.profile
    paragraphs = body.split("\n\n")
    block_times, body_times = [], []
    rng = random.Random(3)
    for round_number in range(30):
        index = rng.randrange(len(paragraphs))
        edited = paragraphs[index] + f" وأضاف المحرر جملة رقم {round_number} للتجربة."
        block_times.append(timed(proofreader.check_block, edited, profile)[0])
        new_body = "\n\n".join([*paragraphs[:index], edited + " ", *paragraphs[index + 1 :]])
        body_times.append(timed(proofreader.check_body, new_body)[0])
    sizes = statistics.mean(count_words(p) for p in paragraphs)
    print(
        f"re-check of one edited paragraph (~{sizes:.0f} words, median of 30): "
        f"{statistics.median(block_times) * 1000:.2f} ms (target < 5 ms); "
        f"whole body with only that block re-checked: "
        f"{statistics.median(body_times) * 1000:.1f} ms"
    )
    # Memory on a fresh engine (tracemalloc slows Python down, so it is not on while timing).
    tracemalloc.start()
    Proofreader(spell=proofreader.spell).check_document(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak memory: {peak / 1024 / 1024:.1f} MB Python allocations during a full check "
        f"(fresh engine); {rss:.0f} MB process peak RSS (hunspell-ar dictionary included)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
