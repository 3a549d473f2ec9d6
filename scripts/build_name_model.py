"""Build the character model that tells transliterated names from Arabic words.

Two letter-trigram models, one over the Arabic dictionary's words (hunspell-ar's stems) and one
over the names in the shipped name lists that the dictionary does not know (transliterations,
mostly), give each trigram a log-likelihood ratio; ``editor.core.proofing.names`` averages it
over a word. Written to resources/proofing/name_trigrams.tsv (committed, so the app
needs none of this at run time).

    python scripts/build_name_model.py [--dic /usr/share/hunspell/ar.dic] [--evaluate]

``--evaluate`` trains on four fifths of the names and prints how the held-out fifth and
made-up typing slips in Arabic words score, to choose the thresholds in names.py.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from editor.core.proofing.names import _data_lines, core_of  # noqa: E402
from editor.core.proofing.normalize import normalize_word  # noqa: E402

DATA = ROOT / "resources" / "proofing"
ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
SMOOTHING = 0.5
# Trigrams neither model has seen: a mild lean to "name" (a slip also makes unseen trigrams).
UNSEEN = 0.5
SURFACE_WEIGHT = 20  # a word read in real text counts as much as twenty dictionary stems
KEEP_ABOVE = 0.0  # every trigram either model saw: a missing one reads as never seen


# Endings Arabic words take that the dictionary's stems lack (its affix rules add them): the
# Arabic side is given them, so an ending like ات or ون does not read as foreign.
_ENDINGS = ("ة", "ات", "ون", "ين", "ي", "ية", "يات", "ها", "هم", "ه", "ان", "كم", "نا", "وا")


def core(word: str) -> str:
    """The word without the clitics and article in front (وبالأسواق → أسواق): names and
    words are compared on what is left, since both take the same prefixes."""
    return core_of(word)


def with_endings(words: list[str], seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    out = list(words)
    for word in words:
        out.extend(word + rng.choice(_ENDINGS) for _ in range(2))
    return out


def trigrams(word: str) -> list[str]:
    padded = f"^{word}$"
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


def dictionary_words(path: Path) -> list[str]:
    words = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        word = normalize_word(line.split("/", 1)[0].strip())
        if ARABIC_WORD.match(word) and len(word) >= 2:
            words.append(word)
    return words


def name_tokens(known: set[str]) -> list[str]:
    tokens: set[str] = set()
    for name in ("names.txt", "names_cldr.txt"):
        for line in _data_lines(name):
            for token in line.split():
                token = normalize_word(token)
                if ARABIC_WORD.match(token) and len(token) >= 3 and token not in known:
                    tokens.add(token)
    return sorted(tokens)


def surface_words(known: set[str]) -> list[str]:
    """Words of real news text (scripts/data/news_sample.txt) the dictionary knows: the
    dictionary gives stems, this gives the forms articles are written in."""
    text = (ROOT / "scripts/data/news_sample.txt").read_text(encoding="utf-8")
    words = (normalize_word(w) for w in re.findall("[\u0621-\u064a\u064b-\u0652]+", text))
    return [
        w
        for w in words
        if len(w) >= 3
        and (
            w in known
            or any(
                w.startswith(p) and w[len(p) :] in known for p in ("و", "ف", "ب", "ل", "ال", "وال")
            )
        )
    ]


def train(arabic: list[str], names: list[str], surface: list[str] = ()) -> dict[str, float]:
    counts_a = Counter(g for w in with_endings([core(w) for w in arabic]) for g in trigrams(w))
    for word in surface:
        for gram in trigrams(core(word)):
            counts_a[gram] += SURFACE_WEIGHT
    counts_n = Counter(g for w in names for g in trigrams(core(w)))
    vocabulary = len(set(counts_a) | set(counts_n)) + 1
    total_a = sum(counts_a.values()) + SMOOTHING * vocabulary
    total_n = sum(counts_n.values()) + SMOOTHING * vocabulary
    ratios = {}
    for gram in set(counts_a) | set(counts_n):
        p_n = (counts_n[gram] + SMOOTHING) / total_n
        p_a = (counts_a[gram] + SMOOTHING) / total_a
        ratios[gram] = math.log(p_n / p_a)
    return ratios


def score(word: str, ratios: dict[str, float]) -> float:
    grams = trigrams(core(word))
    return sum(ratios.get(g, UNSEEN) for g in grams) / len(grams)


_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةى"


def slips(words: list[str], count: int, seed: int = 7) -> list[str]:
    """Made-up typing slips: one letter dropped, doubled, swapped with its neighbour or
    replaced."""
    rng = random.Random(seed)
    out = []
    for word in rng.sample(words, min(count, len(words))):
        i = rng.randrange(len(word))
        kind = rng.randrange(4)
        if kind == 0 and len(word) > 3:
            slip = word[:i] + word[i + 1 :]
        elif kind == 1:
            slip = word[:i] + word[i] + word[i:]
        elif kind == 2 and i < len(word) - 1:
            slip = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        else:
            slip = word[:i] + rng.choice(_LETTERS) + word[i + 1 :]
        out.append(slip)
    return out


def held_out(token: str) -> bool:
    return hashlib.sha1(token.encode()).digest()[0] % 5 == 0


def evaluate(arabic: list[str], names: list[str]) -> None:
    train_names = [n for n in names if not held_out(n)]
    test_names = [n for n in names if held_out(n)]
    ratios = train(arabic, train_names, surface_words(set(arabic)))
    real_words = [w for w in arabic if len(w) >= 4]
    typos = slips(real_words, 3000)
    name_scores = sorted(score(n, ratios) for n in test_names)
    typo_scores = sorted(score(t, ratios) for t in typos)
    print(f"held-out names: {len(test_names)}, made-up slips: {len(typos)}")
    for threshold in (-1.0, -0.6, -0.3, 0.0, 0.3, 0.6, 1.0, 1.5):
        names_above = sum(s > threshold for s in name_scores) / len(name_scores)
        typos_above = sum(s > threshold for s in typo_scores) / len(typo_scores)
        print(f"  score > {threshold:5.1f}: names {names_above:6.1%}   slips {typos_above:6.1%}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dic", type=Path, default=Path("/usr/share/hunspell/ar.dic"))
    parser.add_argument("--evaluate", action="store_true")
    args = parser.parse_args()
    arabic = dictionary_words(args.dic)
    names = name_tokens(set(arabic))
    print(f"{len(arabic)} dictionary words, {len(names)} name tokens the dictionary lacks")
    if args.evaluate:
        evaluate(arabic, names)
        return 0
    ratios = train(arabic, names, surface_words(set(arabic)))
    kept = sorted((g, r) for g, r in ratios.items() if abs(r) >= KEEP_ABOVE)
    lines = [
        "# Generated by scripts/build_name_model.py: letter trigram -> log P(name) - "
        "log P(Arabic word).",
        f"<unseen>\t{UNSEEN}",
    ]
    lines += [f"{gram}\t{ratio:.2f}" for gram, ratio in kept]
    (DATA / "name_trigrams.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(kept)} trigrams")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
