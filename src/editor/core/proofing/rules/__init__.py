"""Every proofreading rule, registered in one place (the order is the order of reports)."""

from __future__ import annotations

from . import accepted_slips, house, lexicon, spacing, unknown_words, words
from .base import BlockContext, DocumentProfile, Hit, Rule


def all_rules() -> list[Rule]:
    return [
        unknown_words.SPELLING,
        *lexicon.RULES,
        *accepted_slips.RULES,
        unknown_words.NAMES,
        *spacing.RULES,
        *words.RULES,
        *house.RULES,
        *lexicon.style_rules(),
    ]


__all__ = ["BlockContext", "DocumentProfile", "Hit", "Rule", "all_rules"]
