"""Typography rules about words and marks: repeats, tatweel, doubled punctuation, detached و."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..normalize import ARABIC_LETTERS, TATWEEL
from ..wordlists import FUNCTION_WORDS
from .base import BlockContext, Hit, Rule, Word

# Repetition that is Arabic style, not a slip: "لا لا", "رويداً رويداً", "شيئاً شيئاً".
_ALLOWED_REPEATS = frozenset({"لا", "كلا", "نعم", "بلى", "جدا"})
_ARABIC_LETTER = re.compile(f"[{ARABIC_LETTERS}]")
_TATWEEL_RUN = re.compile(f"{TATWEEL}+")
# Prefixes written with a tatweel before a quote, a Latin word or a number: بـ«», لـ Python.
_TATWEEL_PREFIXES = frozenset({"ب", "ل", "ك", "و", "ف", "ال", "وال", "بال", "لل", "فال", "كال"})
_PUNCT_RUN = re.compile(r"[،؛,;.:!?؟…]{2,}")
_DETACHED_WAW = re.compile(rf"(?<![^\s\ufffc(«“\"])و[ \t]+(?=[{ARABIC_LETTERS}])")
_STRENGTH = "؟?!.…:؛;،,"  # when marks pile up, the strongest one stays
_ARABIC_MARKS = {"?": "؟", ";": "؛", ",": "،"}


def _repeated_words(ctx: BlockContext) -> Iterator[Hit]:
    words, normalized = ctx.words, ctx.normalized
    for index, (a, b) in enumerate(itertools.pairwise(normalized)):
        if a != b and a.casefold() != b.casefold():
            continue
        first, second = words[index], words[index + 1]
        if (
            a in _ALLOWED_REPEATS
            or not ctx.only_spaces_between(index, index + 1)
            or any(ch.isdigit() for ch in a)
        ):
            continue
        if "\u064b" in first.group() or (a.endswith("ا") and len(a) >= 4):
            continue  # accusative repeated for manner: خطوةً خطوةً، رويدا رويدا
        if a.endswith(("ي", "ية")) and len(a) >= 5:
            continue  # a relative adjective doubled on purpose: حوار سوداني سوداني
        safe = a in FUNCTION_WORDS and not (first.marked or second.marked)
        yield Hit(first.start(), second.end(), (ctx.text[first.start() : first.end()],), safe)


def _tatweel_word_hits(ctx: BlockContext, word: Word) -> Iterator[Hit]:
    text = word.group()
    runs = list(_TATWEEL_RUN.finditer(text))
    if not runs:
        return
    last = runs[-1]
    if last.end() == len(text) and len(runs) == 1:
        head = text[: last.start()]
        if head in _TATWEEL_PREFIXES:
            return  # بـ before a quote, a Latin word or a number is the standard way to write it
        if head.lstrip("0123456789٠١٢٣٤٥٦٧٨٩") == "ه":
            return  # هـ: the Hijri year abbreviation (١٤٤٧هـ)
    inside = all(run.start() > 0 and run.end() < len(text) for run in runs)
    fixed = _TATWEEL_RUN.sub("", ctx.text[word.start() : word.end()])
    if fixed and _ARABIC_LETTER.search(fixed):
        yield Hit(word.start(), word.end(), (fixed,), inside and not word.marked)


def _tatweel(ctx: BlockContext) -> Iterator[Hit]:
    if TATWEEL not in ctx.masked:
        return
    for word in ctx.words:
        if not _ARABIC_LETTER.search(word.group()):
            continue
        yield from _tatweel_word_hits(ctx, word)


def _tatweel_dash(ctx: BlockContext) -> Iterator[Hit]:
    if TATWEEL not in ctx.masked:
        return
    for word in ctx.words:
        if not _ARABIC_LETTER.search(word.group()) and TATWEEL in word.group():
            yield Hit(word.start(), word.end(), ("—", "–"), False)


def _doubled_punctuation(ctx: BlockContext) -> Iterator[Hit]:
    for match in _PUNCT_RUN.finditer(ctx.masked):
        run = match.group()
        dots = run.strip("؟?!")
        if run == "..." or (set(run) <= {"?", "!", "؟"} and len(run) == 2 and len(set(run)) == 2):
            continue  # an ellipsis, or ؟! (a surprised question)
        if dots in ("...", "…") and len(run) - len(dots) == 1:
            continue  # an ellipsis then ؟ or ! ("إلى متى...؟")
        if set(run) == {"."}:
            yield Hit(match.start(), match.end(), ("...", "."), False)
            continue
        strongest = min(run, key=_STRENGTH.index)
        if _ARABIC_LETTER.match(ctx.masked[match.start() - 1 : match.start()] or "x"):
            strongest = _ARABIC_MARKS.get(strongest, strongest)
        safe = (len(set(run)) == 1 and strongest in "،؛") or (
            strongest == "." and set(run) <= {".", "،", ","}
        )
        yield Hit(match.start(), match.end(), (strongest,), safe)


def _detached_waw(ctx: BlockContext) -> Iterator[Hit]:
    for match in _DETACHED_WAW.finditer(ctx.masked):
        yield Hit(match.start(), match.end(), ("و",), True)


RULES = [
    Rule(
        "repeated-word",
        "typography",
        "The same word twice in a row.",
        "الكلمة نفسها مكررة مرتين متتاليتين.",
        _repeated_words,
        example="في في → في",
    ),
    Rule(
        "tatweel-in-word",
        "typography",
        "Tatweel (kashida) inside a word.",
        "تطويل (كشيدة) داخل الكلمة.",
        _tatweel,
        example="الـــخطة → الخطة",
    ),
    Rule(
        "tatweel-as-dash",
        "typography",
        "Tatweel used as a dash; use a real dash.",
        "استُخدم التطويل شَرطةً؛ استخدم الشَّرطة.",
        _tatweel_dash,
        example="ــ → —",
    ),
    Rule(
        "doubled-punctuation",
        "typography",
        "Punctuation marks doubled.",
        "علامات ترقيم مكررة.",
        _doubled_punctuation,
        example="،. → .",
    ),
    Rule(
        "detached-waw",
        "typography",
        "The conjunction و is written joined to the next word.",
        "واو العطف تُكتب متصلة بما بعدها.",
        _detached_waw,
        example="و قال → وقال",
    ),
]
