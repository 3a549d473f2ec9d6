"""Arabic character classes shared by counting, search, slugs, import and proofreading.

One definition, so a word means the same thing to the word counter, the Arabic-aware search
and the proofreader.
"""

from __future__ import annotations

import re

TATWEEL = "\u0640"
# Marks that sit inside a word without splitting it: harakat and other combining marks,
# superscript alef, Quranic annotation signs, and tatweel (a regex character-class body).
WORD_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
WORD_MARK_RE = re.compile(f"[{WORD_MARKS}]")
# A letter or digit, or a mark inside a word.
WORD_CHAR = rf"(?:[^\W_]|[{WORD_MARKS}])"

# Letters a reader (or a careless typist) treats as one: hamza forms of alef, alef maqsura and
# yaa, ta marbuta and ha, hamza seats. For matching only, never for output.
LETTER_FOLDS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}


def strip_word_marks(text: str) -> str:
    """``text`` without tashkeel, Quranic signs and tatweel."""
    return WORD_MARK_RE.sub("", text)
