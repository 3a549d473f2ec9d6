"""Folding text for matching (never for output) and the simple line measures the importer uses.

Folding makes "أقرأ أيضاً", "اقرأ ايضا" and "إقرأ أيضًا" the same key: lower case, no tashkeel or
tatweel, one alef, ya for alef maqsura, ha for ta marbuta, ASCII digits. The article's own text
is never replaced by its folded form.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..arabic import LETTER_FOLDS, WORD_CHAR, strip_word_marks

_LETTER_FOLDS = str.maketrans(
    {
        **LETTER_FOLDS,
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Extended (Persian) digits
    }
)
_TOKEN = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
# One-letter and article prefixes an Arabic word may carry: "وشارك", "بالفيسبوك", "لموقع".
_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")

SENTENCE_END = (".", "!", "?", "؟", "…", ":", "»", "”", '"', ")", "؛")


def fold(text: str) -> str:
    """Matching key of ``text``: see the module docstring."""
    text = unicodedata.normalize("NFC", text).casefold()
    return strip_word_marks(text).translate(_LETTER_FOLDS)


def fold_light(text: str) -> str:
    """Lower case without tashkeel, letters kept: "على" and the name "علي" stay different."""
    return strip_word_marks(unicodedata.normalize("NFC", text).casefold())


def tokens(text: str) -> list[str]:
    """Folded words and numbers of ``text``, punctuation dropped."""
    return _TOKEN.findall(fold(text))


@functools.lru_cache(maxsize=65536)
def clitic_variants(token: str) -> tuple[str, ...]:
    """``token`` and the forms left after removing one Arabic prefix (word stays ≥ 2 letters)."""
    variants = [token]
    for prefix in _CLITICS:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            variants.append(token[len(prefix) :])
    return tuple(variants)


def script_counts(text: str) -> tuple[int, int]:
    """(Arabic letters, Latin letters) in ``text``."""
    return len(_ARABIC_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))


def is_mostly_latin(text: str) -> bool:
    arabic, latin = script_counts(text)
    return latin > 0 and latin >= 3 * arabic


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(SENTENCE_END)


_RAW_WORD = re.compile(rf"{WORD_CHAR}+(?:[-.]{WORD_CHAR}+)*")


def rest_after_words(text: str, count: int) -> str:
    """``text`` after its first ``count`` words (as ``tokens`` counts them), as written."""
    end = 0
    for number, match in enumerate(_RAW_WORD.finditer(text), start=1):
        end = match.end()
        if number == count:
            break
    return text[end:]
