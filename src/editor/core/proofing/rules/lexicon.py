"""Rules driven by word lists: hunspell spelling, the frequent-error list, the style list."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from ..normalize import (
    ARABIC_CHAR_CLASS,
    fold_final_yaa,
    fold_hamza,
    is_checkable,
    normalize_word,
)
from .base import BlockContext, Hit, Rule

_BEFORE = rf"(?<![{ARABIC_CHAR_CLASS}\w])"
_AFTER = rf"(?![{ARABIC_CHAR_CLASS}\w])"
_MARKS_BETWEEN = "[\u064b-\u0652\u0670\u0640]*"
_RUN_OF_THREE = re.compile(r"(.)\1\1")
_FrequentEntry = tuple[tuple[str, ...], bool, "str | None"]  # fixes, safe, relaxed by


def _data_text(name: str) -> str:
    return resources.files(__package__.rsplit(".", 1)[0]).joinpath("data", name).read_text(
        encoding="utf-8")


def phrase_pattern(phrase: str) -> str:
    """Whole-word regex for a phrase, tolerant of tashkeel/tatweel and of several spaces."""
    words = [_MARKS_BETWEEN.join(re.escape(ch) for ch in word) + _MARKS_BETWEEN
             for word in phrase.split()]
    return _BEFORE + r"[ \t]+".join(words) + _AFTER


# ---------------------------------------------------------------------------------------------
# Frequent errors


@lru_cache(maxsize=1)
def frequent_errors() -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """(wrong, fixes, safe) entries from data/frequent_errors.tsv."""
    entries = []
    for line in _data_text("frequent_errors.tsv").splitlines():
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
def _frequent_index() -> tuple[re.Pattern[str], dict[str, _FrequentEntry]]:
    entries = frequent_errors()
    by_key = {normalize_word(" ".join(wrong.split())): (fixes, safe, _relaxation(wrong, fixes[0]))
              for wrong, fixes, safe in entries}
    ordered = sorted((wrong for wrong, _, _ in entries), key=len, reverse=True)
    return re.compile("|".join(phrase_pattern(wrong) for wrong in ordered)), by_key


def _frequent(ctx: BlockContext) -> Iterator[Hit]:
    pattern, by_key = _frequent_index()
    for match in pattern.finditer(ctx.masked):
        key = " ".join(normalize_word(match.group()).split())
        entry = by_key.get(key)
        if entry is None:
            continue
        fixes, safe, relaxed_by = entry
        if relaxed_by == "hamza" and ctx.settings.hamza_mode == "relaxed":
            continue
        if relaxed_by == "yaa" and ctx.settings.yaa_mode == "relaxed":
            continue
        yield Hit(match.start(), match.end(), fixes, safe)


# ---------------------------------------------------------------------------------------------
# Spelling (hunspell)


def _spelling(ctx: BlockContext) -> Iterator[Hit]:
    spell = ctx.spell
    if spell is None or not getattr(spell, "available", False):
        return
    settings = ctx.settings
    relaxed_hamza = settings.hamza_mode == "relaxed"
    relaxed_yaa = settings.yaa_mode == "relaxed"
    ignored = ctx.profile.ignored_words
    for word in ctx.words:
        raw = word.group()
        if raw.endswith("\u0640") or not is_checkable(raw):
            continue  # بـ / الـ written before a quote or a Latin word
        normal = normalize_word(raw)
        if len(normal) < 2 or normal in ignored:
            continue
        if not spell.is_misspelled(normal, relaxed_hamza, relaxed_yaa):
            continue
        suggestions = spell.suggestions(normal, settings.hunspell_suggestions)
        ours = spell.our_candidates(normal)
        # Three identical letters never occur in Arabic: a single squeeze is a safe fix.
        safe = bool(_RUN_OF_THREE.search(normal)) and len(ours) == 1 and " " not in ours[0]
        yield Hit(word.start(), word.end(), suggestions, safe)


# ---------------------------------------------------------------------------------------------
# Style list


def _style_detector(pattern: re.Pattern[str], fixes: tuple[str, ...]):
    def detect(ctx: BlockContext) -> Iterator[Hit]:
        for match in pattern.finditer(ctx.masked):
            suggestions = tuple(dict.fromkeys(match.expand(fix) for fix in fixes))
            yield Hit(match.start(), match.end(), suggestions, False)
    return detect


@lru_cache(maxsize=1)
def style_rules() -> tuple[Rule, ...]:
    data = json.loads(_data_text("style_rules.json"))
    rules = []
    for entry in data["rules"]:
        if "phrase" in entry:
            pattern = phrase_pattern(entry["phrase"])
            fixes = tuple(entry["fixes"])
            example = f"{entry['phrase']} → {fixes[0]}" if fixes else entry["phrase"]
        else:
            pattern = _BEFORE + entry["pattern"] + _AFTER
            fixes = tuple(entry["fixes"])
            example = entry.get("example", "")
        rules.append(Rule(entry["id"], "style", entry["message"], entry["message_ar"],
                          _style_detector(re.compile(pattern), fixes),
                          default_enabled=entry.get("enabled", True), example=example))
    return tuple(rules)


RULES = [
    Rule("spelling", "spelling", "Unknown word (not in the Arabic dictionary).",
         "كلمة غير معروفة (ليست في المعجم العربي).", _spelling,
         example="المدينه → المدينة"),
    Rule("frequent-error", "spelling", "A frequent spelling mistake.", "خطأ إملائي شائع.",
         _frequent, example="علي الرغم → على الرغم"),
]
