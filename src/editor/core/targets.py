"""A word-count target per article, kept in its front matter as ``word-target: 1500``.

The key is not one of the known fields: like every other unknown key it stays in
``Metadata.extra`` and in its place on a round trip; these functions only read and set it.
"""

from __future__ import annotations

import dataclasses

from .article import Metadata

WORD_TARGET_KEY = "word-target"
MAX_WORD_TARGET = 1_000_000


def word_target(meta: Metadata) -> int | None:
    """The article's target, or None when it has none (or the value is not a positive number)."""
    value = meta.extra.get(WORD_TARGET_KEY)
    if isinstance(value, bool):
        return None
    try:
        target = (
            int(str(value).strip().replace(",", "").replace("٬", "")) if value is not None else 0
        )
    except ValueError:
        return None
    return target if 0 < target <= MAX_WORD_TARGET else None


def with_word_target(meta: Metadata, target: int | None) -> Metadata:
    """A copy of ``meta`` with the target set (None or 0: removed)."""
    extra = dict(meta.extra)
    if target:
        extra[WORD_TARGET_KEY] = int(target)
    else:
        extra.pop(WORD_TARGET_KEY, None)
    return dataclasses.replace(
        meta, tags=list(meta.tags), extra=extra, key_order=list(meta.key_order)
    )


def target_progress(words: int, target: int) -> float:
    """How far along the article is: 0.0 … 1.0 and beyond."""
    return words / target if target > 0 else 0.0
