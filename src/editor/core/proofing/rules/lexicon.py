"""Rules driven by word lists: hunspell spelling, the frequent-error list, the style list."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from ..names import (
    CUED_SCORE,
    NAME_SCORE,
    clitic_bases,
    core_of,
    has_title_cue,
    is_particle,
    name_likeness,
    name_tokens,
    place_tokens,
)
from ..normalize import (
    ARABIC_CHAR_CLASS,
    TASHKEEL,
    TATWEEL,
    fold_final_yaa,
    fold_hamza,
    normalize_word,
)
from ..wordlists import frequency_rank
from .base import BlockContext, Hit, Rule

_BEFORE = rf"(?<![{ARABIC_CHAR_CLASS}\w])"
_AFTER = rf"(?![{ARABIC_CHAR_CLASS}\w])"
_MARKS_BETWEEN = f"[{TASHKEEL}{TATWEEL}]*"  # what normalize_word strips
_RUN_OF_THREE = re.compile(r"(.)\1\1")
# (normalised words, fixes, safe, which relaxed mode excuses it)
_FrequentEntry = tuple[tuple[str, ...], tuple[str, ...], bool, "str | None"]


def _data_text(name: str) -> str:
    return (
        resources.files(__package__.rsplit(".", 1)[0])
        .joinpath("data", name)
        .read_text(encoding="utf-8")
    )


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
# ة written ه where the dictionary accepts the ه form as word + pronoun

_SHORT_CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك", "")
# Nisba adjectives take the pronoun almost never; these words end in يه by right.
_YEH_HEH_WORDS = frozenset(
    (
        "فيه",
        "عليه",
        "إليه",
        "لديه",
        "يديه",
        "عينيه",
        "أبيه",
        "أخيه",
        "ذويه",
        "فيها",
        "كفيه",
        "شفتيه",
        "جنبيه",
        "طرفيه",
        "والديه",
    )
)


@lru_cache(maxsize=1)
def _ta_marbuta_words() -> frozenset[str]:
    return frozenset(
        line.strip()
        for line in _data_text("ta_marbuta_words.txt").splitlines()
        if line.strip() and not line.startswith("#")
    )


def _ta_marbuta(ctx: BlockContext) -> Iterator[Hit]:
    spell = ctx.spell
    if spell is None or not spell.available or "ه" not in ctx.plain:
        return
    listed = _ta_marbuta_words()
    words, normalized = ctx.words, ctx.normalized
    for index, (word, normal) in enumerate(zip(words, normalized, strict=True)):
        if not normal.endswith("ه") or len(normal) < 4 or word.marked:
            continue
        if not spell.known(normal) or normal in name_tokens():
            continue  # unknown words are the spelling rule's; أندريه is a name
        previous = normalized[index - 1] if index else ""
        for clitic in _SHORT_CLITICS:
            base = normal[len(clitic) :]
            if not normal.startswith(clitic) or len(base) < 3:
                continue
            right = base[:-1] + "ة"
            if base.startswith("ال"):
                # the article and a pronoun never meet: الجمركيه can only be الجمركية
                suspect = len(base) >= 5 and spell.known(clitic + right)
            else:
                # a relative adjective after a feminine noun: قوة عسكريه
                nisba = (
                    base.endswith("يه")
                    and len(base) >= 7
                    and base not in _YEH_HEH_WORDS
                    and previous.endswith("ة")
                )
                suspect = right in listed or (nisba and spell.known(right))
            if suspect:
                written = ctx.text[word.start() : word.end()]
                cut = written.rfind("ه")
                yield Hit(
                    word.start(), word.end(), (written[:cut] + "ة" + written[cut + 1 :],), False
                )
                break


# ---------------------------------------------------------------------------------------------
# Words the dictionary accepts by accident: لا run into its verb (لايريد), a relative
# adjective ending in ى (المصرى)


def _joined_la(ctx: BlockContext) -> Iterator[Hit]:
    spell = ctx.spell
    if spell is None or not spell.available or "لا" not in ctx.plain:
        return
    for word, normal in zip(ctx.words, ctx.normalized, strict=True):
        for clitic in ("", "و", "ف"):
            rest = normal[len(clitic) + 2 :]
            if (
                normal.startswith(clitic + "لا")
                and len(rest) >= 4
                and rest[0] in "يتن"
                and spell.known(rest)
                and not word.marked
                and normal not in name_tokens()
            ):
                written = ctx.text[word.start() : word.end()]
                cut = written.index("لا") + 2
                yield Hit(word.start(), word.end(), (written[:cut] + " " + written[cut:],), False)
                break


def _nisba_yaa(ctx: BlockContext) -> Iterator[Hit]:
    spell = ctx.spell
    if spell is None or not spell.available or "ى" not in ctx.plain:
        return
    places = place_tokens()
    for word, normal in zip(ctx.words, ctx.normalized, strict=True):
        if not normal.endswith("ى") or len(normal) < 5 or word.marked:
            continue
        stem = core_of(normal)[:-1]
        # المصرى ← مصر, السنغالى ← السنغال, النيجيرى ← نيجيريا, الكينى ← كينيا
        forms = (stem, "ال" + stem, stem + "ا", stem + "يا", stem[:-1] + "يا")
        if (
            frequency_rank(normal) > 100_000
            and any(form in places for form in forms)
            and spell.known(normal[:-1] + "ي")
        ):
            written = ctx.text[word.start() : word.end()]
            cut = written.rfind("ى")
            yield Hit(word.start(), word.end(), (written[:cut] + "ي" + written[cut + 1 :],), False)


# ---------------------------------------------------------------------------------------------
# إلا written ألا

# Negations that إلا completes (ما ... إلا، ليس ... إلا، لم ... إلا), with و/ف in front.
_NEGATIONS = frozenset(
    f"{c}{w}"
    for c in ("", "و", "ف")
    for w in ("ما", "لا", "لم", "لن", "ليس", "ليست", "لست", "لسنا", "ليسوا", "ليسا", "لستم", "إن")
)
_ILLA_WINDOW = 8  # words back to the negation, within the sentence
_SENTENCE_END = re.compile(r"[.!?؟؛:\n]")
# After the exception particle comes a noun (ال...) or a pronoun; after ألا (أن + لا) a verb.
_PRONOUNS = frozenset(("هو", "هي", "هم", "هن", "هما", "أنا", "نحن", "أنت", "أنتم", "أنتما"))


def _illa(ctx: BlockContext) -> Iterator[Hit]:
    if "ألا" not in ctx.plain:
        return
    words, normalized = ctx.words, ctx.normalized
    for index, word in enumerate(normalized):
        if word not in ("ألا", "وألا") or index + 1 >= len(words):
            continue
        following = normalized[index + 1]
        # ألا before an imperfect verb is أن + لا (يجب ألا يتأخر): only a noun or a pronoun
        # after it makes the exception particle.
        noun_after = (
            following.startswith(("ال", "بال", "لل"))
            or following in _PRONOUNS
            or not following.startswith(("ي", "ت", "ن", "أ", "س"))
        )
        if not noun_after and following not in ("أن", "أنه", "أنها"):
            continue
        if following.startswith("أن"):
            negated = True  # ألا أن: "however" is always إلا أن
        else:
            negated = False
            for back in range(index - 1, max(-1, index - _ILLA_WINDOW - 1), -1):
                gap = ctx.masked[words[back].end() : words[back + 1].start()]
                if _SENTENCE_END.search(gap):
                    break
                if normalized[back] in _NEGATIONS:
                    negated = True
                    break
        if negated:
            fix = ctx.text[words[index].start() : words[index].end()].replace("ألا", "إلا")
            yield Hit(words[index].start(), words[index].end(), (fix,), False)


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
        if _SENTENCE_END.search(gap) or "،" in gap or "," in gap:
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
    data = json.loads(_data_text("style_rules.json"))
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
        "spelling",
        "spelling",
        "Unknown word (not in the Arabic dictionary).",
        "كلمة غير معروفة (ليست في المعجم العربي).",
        _spelling,
        example="المدينه → المدينة",
    ),
    Rule(
        "frequent-error",
        "spelling",
        "A frequent spelling mistake.",
        "خطأ إملائي شائع.",
        _frequent,
        example="علي الرغم → على الرغم",
    ),
    Rule(
        "ta-marbuta-as-ha",
        "spelling",
        "Probably ة (ta marbuta) written as ه.",
        "على الأرجح تاء مربوطة (ة) كُتبت هاءً (ه).",
        _ta_marbuta,
        example="تكريم بجائزه كبرى → بجائزة",
    ),
    Rule(
        "joined-la",
        "spelling",
        "لا is written apart from the verb after it.",
        "تُكتب «لا» منفصلة عن الفعل بعدها.",
        _joined_la,
        example="لايريد → لا يريد",
    ),
    Rule(
        "nisba-yaa",
        "spelling",
        "A relative adjective ends in ي, not ى.",
        "الاسم المنسوب ينتهي بالياء (ي) لا بالألف المقصورة (ى).",
        _nisba_yaa,
        example="المصرى → المصري",
    ),
    Rule(
        "illa-after-negation",
        "spelling",
        "The exception particle is written إلا (with hamza under the alef) after a negation.",
        "أداة الاستثناء تُكتب «إلا» (بهمزة تحت الألف) بعد النفي.",
        _illa,
        example="ليس لدينا ألا الصبر → إلا",
    ),
    Rule(
        "probable-name",
        "name",
        "Probably a proper name the dictionary does not know; check how it is written.",
        "على الأرجح اسم علم لا يعرفه المعجم؛ تحقق من كتابته.",
        _probable_names,
        example="شتاينماير",
    ),
]
