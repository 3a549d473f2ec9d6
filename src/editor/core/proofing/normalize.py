"""Arabic text normalisation for dictionary lookup, and the character classes the rules share."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..arabic import TATWEEL, WORD_MARKS

TASHKEEL = "\u064b-\u0652\u0670"
ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06fa-\u06fc"
PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufefc"
ARABIC_LETTER_RE = re.compile(f"[{ARABIC_LETTERS}{PRESENTATION_FORMS}]")
WESTERN_DIGITS = "0123456789"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
TO_ARABIC_INDIC = str.maketrans(WESTERN_DIGITS, ARABIC_INDIC_DIGITS)
TO_WESTERN = str.maketrans(ARABIC_INDIC_DIGITS, WESTERN_DIGITS)

_STRIP = re.compile(f"[{TASHKEEL}{TATWEEL}]")
_PRESENTATION = re.compile(f"[{PRESENTATION_FORMS}]+")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z\u00c0-\u024f0-9\u0660-\u0669\u06f0-\u06f9_]")

ALEF_FAMILY = "اأإآ"
HAMZA_ALEFS = "أإآ"
_BARE_ALEFS = str.maketrans(HAMZA_ALEFS, "ااا")


def fold_presentation_forms(text: str) -> str:
    """Contextual glyph forms (old PDFs, some keyboards) back to plain Arabic letters."""
    if not _PRESENTATION.search(text):
        return text
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


@lru_cache(maxsize=65536)
def normalize_word(word: str) -> str:
    """The form a word is looked up in: no tashkeel, no tatweel, no presentation forms."""
    return _STRIP.sub("", fold_presentation_forms(word))


def is_checkable(word: str) -> bool:
    """Arabic words only: Latin letters or digits mean a name, code or a number, not ours."""
    return bool(ARABIC_LETTER_RE.search(word)) and not _LATIN_OR_DIGIT.search(word)


def fold_hamza(word: str) -> str:
    """Alef with hamza or madda as bare alef (relaxed alef-hamza comparisons)."""
    return word.translate(_BARE_ALEFS)


def fold_final_yaa(word: str) -> str:
    return word[:-1] + "ي" if word.endswith("ى") else word


# Letters and in-word marks, for regex character classes ([...]).
ARABIC_CHAR_CLASS = f"{ARABIC_LETTERS}{PRESENTATION_FORMS}{WORD_MARKS}"
