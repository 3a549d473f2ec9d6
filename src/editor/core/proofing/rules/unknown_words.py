"""Words the dictionary does not know: each is a misspelling (rule "spelling") or a probable
proper name (rule "probable-name", kind "name"); the split is made once per block and both
rules report from it. How a name is recognised: ``names.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..names import (
    CUED_SCORE,
    NAME_SCORE,
    clitic_bases,
    core_of,
    has_title_cue,
    is_particle,
    name_likeness,
    name_tokens,
)
from .base import BlockContext, Hit, Rule
from .lexicon import SENTENCE_END

_RUN_OF_THREE = re.compile(r"(.)\1\1")

# ---------------------------------------------------------------------------------------------
# Spelling (hunspell)


@dataclass(frozen=True)
class _Unknown:
    index: int  # in ctx.words
    normal: str
    name: bool  # a probable proper name rather than a misspelling


def _unknown_words(ctx: BlockContext) -> list[_Unknown]:
    """The block's words the dictionary does not know, each judged a name or a misspelling.

    A word with a typical slip's fix (hamza, ة/ه, ى/ي, a letter held down, two words run
    together) is a misspelling. Otherwise it is a probable name when it looks like a
    transliteration, or looks somewhat like one and the context says name: a title or a verb
    of saying before it, a name beside it, the article's metadata, repetition.
    """
    cached = ctx.shared.get("unknown")
    if cached is not None:
        return cached  # type: ignore[return-value]
    spell = ctx.spell
    found: list[_Unknown] = []
    if spell is not None and spell.available:
        settings, profile = ctx.settings, ctx.profile
        relaxed_hamza = settings.hamza_mode == "relaxed"
        relaxed_yaa = settings.yaa_mode == "relaxed"
        for index, word in enumerate(ctx.words):
            normal = spell.misspelled_form(word.group(), relaxed_hamza, relaxed_yaa)
            if normal is not None and normal not in profile.ignored_words:
                found.append(_Unknown(index, normal, False))
        unknown_at = {entry.index for entry in found}
        found = [replace(entry, name=_probable_name(ctx, entry, unknown_at)) for entry in found]
    ctx.shared["unknown"] = found
    return found


def _probable_name(ctx: BlockContext, entry: _Unknown, unknown_at: set[int]) -> bool:
    spell = ctx.spell
    assert spell is not None
    normal, index = entry.normal, entry.index
    likeness = name_likeness(normal)
    # ة written for ه is no evidence of a slip: ة → ه mostly finds word + pronoun
    # (بابنوسة → بابنوسه), the real slip goes the other way.
    slips = [
        slip
        for slip in spell.slip_candidates(normal)
        if not (normal.endswith("ة") and slip.endswith("ه"))
    ]
    # A slip's fix that is itself a name (اردوغان → أردوغان) makes a misspelt name, unless it
    # is only آ for أ, two ways of writing the same foreign sound (آرني / أرني); a fix that is
    # an ordinary word is a coincidence when the word looks foreign.
    named = [slip for slip in slips if slip in name_tokens()]
    if named and not all(_madda_for_hamza(normal, slip) for slip in named):
        return False
    if slips and likeness <= NAME_SCORE and not named:
        return False
    splits = spell.split_candidates(normal)
    if splits and (likeness <= CUED_SCORE or (likeness <= NAME_SCORE and " ال" in splits[0])):
        return False  # فيالشوارع: two words run together (ما ونتن is a name's chance split)
    profile = ctx.profile
    if any(base in profile.metadata_names for base in clitic_bases(normal)[:3]):
        return True
    if likeness > NAME_SCORE:
        return True
    words = ctx.normalized
    if core_of(normal) != normal and likeness <= 0 and not normal.endswith("ي"):
        # with the article in front it is an Arabic noun unless it looks foreign, or ends
        # like a family name (المثلوثي): a title before الاقتصساد does not make it a name
        return False
    if likeness <= CUED_SCORE:
        # Only a listed name beside it (a first name before a surname: ماركوس تساهكنا) makes
        # a name of a word that looks Arabic.
        return any(
            0 <= n < len(words)
            and words[n] in name_tokens()
            and ctx.only_spaces_between(min(index, n), max(index, n))
            for n in (index - 1, index + 1)
        )
    if any(base in profile.name_hints for base in clitic_bases(normal)[:3]):
        return True
    if has_title_cue(words[max(0, index - 3) : index]):
        return True
    for neighbour in (index - 1, index + 1):
        if not 0 <= neighbour < len(words) or not ctx.only_spaces_between(
            min(index, neighbour), max(index, neighbour)
        ):
            continue
        other = words[neighbour]
        if neighbour in unknown_at or is_particle(other) or other in name_tokens():
            return True
    return False


def _madda_for_hamza(word: str, other: str) -> bool:
    return len(word) == len(other) and {word[0], other[0]} == {"آ", "أ"} and word[1:] == other[1:]


def _spelling(ctx: BlockContext) -> Iterator[Hit]:
    spell = ctx.spell
    settings = ctx.settings
    for entry in _unknown_words(ctx):
        if entry.name:
            continue
        assert spell is not None
        word = ctx.words[entry.index]
        normal = entry.normal
        suggestions = _in_context(
            spell.suggestions(normal, settings.hunspell_suggestions),
            _words_before(ctx, entry.index, 4),
        )
        ours = spell.our_candidates(normal)
        # Three identical letters never occur in Arabic: a single squeeze is a safe fix.
        safe = (
            bool(_RUN_OF_THREE.search(normal))
            and len(ours) == 1
            and " " not in ours[0]
            and not word.marked
        )
        yield Hit(word.start(), word.end(), suggestions, safe)


# After a verb of saying, إن opens the reported words: قال ان → قال إن (elsewhere أن).
_SAYING = frozenset(
    f"{c}{w}"
    for c in ("", "و", "ف")
    for w in ("قال", "قالت", "قالوا", "يقول", "تقول", "يقولون", "قائلا", "قائلة", "أقول", "نقول")
)


def _words_before(ctx: BlockContext, index: int, count: int) -> list[str]:
    """Up to ``count`` normalised words before words[index], within its sentence."""
    out: list[str] = []
    for back in range(index - 1, max(-1, index - count - 1), -1):
        gap = ctx.masked[ctx.words[back].end() : ctx.words[back + 1].start()]
        if SENTENCE_END.search(gap) or "،" in gap or "," in gap:
            break
        out.append(ctx.normalized[back])
    return out


def _in_context(suggestions: tuple[str, ...], before: list[str]) -> tuple[str, ...]:
    if any(word in _SAYING for word in before) and len(suggestions) > 1:
        said = [
            s
            for s in suggestions
            if s.endswith(("إن", "إنه", "إنها", "إنهم")) and s.replace("إن", "أن", 1) in suggestions
        ]
        return tuple(dict.fromkeys([*said, *suggestions]))
    return suggestions


def _probable_names(ctx: BlockContext) -> Iterator[Hit]:
    spell = ctx.spell
    for entry in _unknown_words(ctx):
        if entry.name:
            assert spell is not None
            word = ctx.words[entry.index]
            yield Hit(word.start(), word.end(), spell.name_suggestions(entry.normal), False)


SPELLING = Rule(
    "spelling",
    "spelling",
    "Unknown word (not in the Arabic dictionary).",
    "كلمة غير معروفة (ليست في المعجم العربي).",
    _spelling,
    example="المدينه → المدينة",
)

NAMES = Rule(
    "probable-name",
    "name",
    "Probably a proper name the dictionary does not know; check how it is written.",
    "على الأرجح اسم علم لا يعرفه المعجم؛ تحقق من كتابته.",
    _probable_names,
    example="شتاينماير",
)
