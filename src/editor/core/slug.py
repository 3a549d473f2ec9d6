"""URL slugs: suggested from the title, validated when typed.

Arabic slugs are kept in Arabic (browsers show them readably; transliteration loses meaning),
tashkeel and tatweel are dropped, words are joined with hyphens.
"""

from __future__ import annotations

import re
import unicodedata

from .arabic import strip_word_marks
from .notices import Notice

_NOT_SLUG = re.compile(r"[^\w\-]+")
_HYPHENS = re.compile(r"-{2,}")
_VALID = re.compile(r"^[^\W_](?:[\w\-]*[^\W_])?$")
MAX_SLUG_LENGTH = 80


def suggest_slug(title: str) -> str:
    text = unicodedata.normalize("NFKC", title)
    text = strip_word_marks(text).lower().replace("_", " ")
    text = _NOT_SLUG.sub("-", "-".join(text.split()))
    text = _HYPHENS.sub("-", text).strip("-")
    if len(text) > MAX_SLUG_LENGTH:
        text = text[:MAX_SLUG_LENGTH].rsplit("-", 1)[0]
    return text


def slug_problem(slug: str) -> Notice | None:
    """Why ``slug`` is not a good slug, or None when it is fine (empty is fine: not set)."""
    if not slug:
        return None
    if any(ch.isspace() for ch in slug):
        return Notice("A slug cannot contain spaces; use hyphens.")
    if not _VALID.match(slug) or "--" in slug:
        return Notice(
            "A slug may hold only letters, digits and single hyphens, and starts and "
            "ends with a letter or digit."
        )
    if slug != slug.lower():
        return Notice("A slug is written in lower case.")
    if len(slug) > MAX_SLUG_LENGTH:
        return Notice("A slug should be at most {limit} characters.", limit=MAX_SLUG_LENGTH)
    return None
