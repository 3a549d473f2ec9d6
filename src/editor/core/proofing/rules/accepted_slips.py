"""Slips the Arabic dictionary accepts by accident, each with a rule of its own.

hunspell-ar reads جائزه as جائز + the pronoun ه, لايريد as one word, المصرى as a form it knows;
in news copy those readings are rare and the slip is not. Each rule reports (never fixes on
its own) the reading a writer almost always meant.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..names import core_of, name_tokens, place_tokens
from ..wordlists import frequency_rank
from .base import BlockContext, Hit, Rule
from .lexicon import SENTENCE_END, data_text

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
        for line in data_text("ta_marbuta_words.txt").splitlines()
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
                if SENTENCE_END.search(gap):
                    break
                if normalized[back] in _NEGATIONS:
                    negated = True
                    break
        if negated:
            fix = ctx.text[words[index].start() : words[index].end()].replace("ألا", "إلا")
            yield Hit(words[index].start(), words[index].end(), (fix,), False)


RULES = [
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
]
