"""Rules driven by word lists: the frequent-error list and the style list (and where their data
is read; the dictionary's own rules are in unknown_words.py and accepted_slips.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from ...assets import asset_text
from ..normalize import (
    ARABIC_CHAR_CLASS,
    TASHKEEL,
    TATWEEL,
    fold_final_yaa,
    fold_hamza,
    normalize_word,
)
from .base import BlockContext, Hit, Rule

_BEFORE = rf"(?<![{ARABIC_CHAR_CLASS}\w])"
_AFTER = rf"(?![{ARABIC_CHAR_CLASS}\w])"
_MARKS_BETWEEN = f"[{TASHKEEL}{TATWEEL}]*"  # what normalize_word strips
SENTENCE_END = re.compile(r"[.!?؟؛:\n]")  # what ends a sentence, for rules that look back
# (normalised words, fixes, safe, which relaxed mode excuses it)
_FrequentEntry = tuple[tuple[str, ...], tuple[str, ...], bool, "str | None"]


def data_text(name: str) -> str:
    """A proofreading data file's text (resources/proofing/)."""
    return asset_text(f"proofing/{name}")


def phrase_pattern(phrase: str) -> str:
    """Whole-word regex for a phrase, tolerant of tashkeel/tatweel and of several spaces."""
    words = [
        _MARKS_BETWEEN.join(re.escape(ch) for ch in word) + _MARKS_BETWEEN
        for word in phrase.split()
    ]
    return _BEFORE + r"[ \t]+".join(words) + _AFTER


# ---------------------------------------------------------------------------------------------
# Frequent errors


@lru_cache(maxsize=1)
def frequent_errors() -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """(wrong, fixes, safe) entries from resources/proofing/frequent_errors.tsv."""
    entries = []
    for line in data_text("frequent_errors.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        wrong, *fixes = [part.strip() for part in line.split("\t") if part.strip()]
        safe = not wrong.startswith("!")
        entries.append((wrong.lstrip("!"), tuple(fixes), safe))
    return tuple(entries)


def _relaxation(wrong: str, right: str) -> str | None:
    """Which relaxed spelling mode tolerates this entry ("hamza", "yaa"), if any."""
    if fold_hamza(wrong) == fold_hamza(right):
        return "hamza"
    if [fold_final_yaa(w) for w in wrong.split()] == [fold_final_yaa(w) for w in right.split()]:
        return "yaa"
    return None


@lru_cache(maxsize=1)
def _frequent_index() -> dict[str, list[_FrequentEntry]]:
    """Entries by their first (normalised) word, longest phrase first."""
    index: dict[str, list[_FrequentEntry]] = {}
    for wrong, fixes, safe in frequent_errors():
        words = tuple(normalize_word(word) for word in wrong.split())
        index.setdefault(words[0], []).append((words, fixes, safe, _relaxation(wrong, fixes[0])))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def _frequent(ctx: BlockContext) -> Iterator[Hit]:
    index = _frequent_index()
    normalized, words = ctx.normalized, ctx.words
    position = 0
    while position < len(words):
        for phrase, fixes, safe, relaxed_by in index.get(normalized[position], ()):
            last = position + len(phrase) - 1
            if tuple(normalized[position : last + 1]) != phrase or not all(
                ctx.only_spaces_between(i, i + 1) for i in range(position, last)
            ):
                continue
            if ctx.settings.hamza_mode == "relaxed" and relaxed_by == "hamza":
                break
            if ctx.settings.yaa_mode == "relaxed" and relaxed_by == "yaa":
                break
            marked = any(word.marked for word in words[position : last + 1])
            yield Hit(words[position].start(), words[last].end(), fixes, safe and not marked)
            position = last
            break
        position += 1


# ---------------------------------------------------------------------------------------------
# Style list


def _style_detector(
    pattern: re.Pattern[str], fixes: tuple[str, ...], triggers: tuple[str, ...]
) -> Callable[[BlockContext], Iterator[Hit]]:
    def detect(ctx: BlockContext) -> Iterator[Hit]:
        if not any(trigger in ctx.plain for trigger in triggers):
            return
        for match in pattern.finditer(ctx.masked):
            suggestions = tuple(dict.fromkeys(match.expand(fix) for fix in fixes))
            yield Hit(match.start(), match.end(), suggestions, False)

    return detect


@lru_cache(maxsize=1)
def style_rules() -> tuple[Rule, ...]:
    data = json.loads(data_text("style_rules.json"))
    rules = []
    for entry in data["rules"]:
        if "phrase" in entry:
            pattern = phrase_pattern(entry["phrase"])
            fixes = tuple(entry["fixes"])
            example = f"{entry['phrase']} → {fixes[0]}" if fixes else entry["phrase"]
            triggers = (normalize_word(entry["phrase"].split()[0]),)
        else:
            pattern = _BEFORE + entry["pattern"] + _AFTER
            fixes = tuple(entry["fixes"])
            example = entry.get("example", "")
            triggers = tuple(entry["triggers"])
        rules.append(
            Rule(
                entry["id"],
                "style",
                entry["message"],
                entry["message_ar"],
                _style_detector(re.compile(pattern), fixes, triggers),
                default_enabled=entry.get("enabled", True),
                example=example,
            )
        )
    return tuple(rules)


RULES = [
    Rule(
        "frequent-error",
        "spelling",
        "A frequent spelling mistake.",
        "خطأ إملائي شائع.",
        _frequent,
        example="علي الرغم → على الرغم",
    ),
]
