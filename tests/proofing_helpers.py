"""Helpers shared by the proofreading tests."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

import pytest

from editor.core.proofing import Finding, Proofreader, ProofSettings
from editor.core.proofing.dictionary import open_arabic_dictionary
from editor.core.proofing.spelling import SpellChecker


@functools.cache
def _arabic_dictionary() -> tuple[object, str | None]:
    return open_arabic_dictionary()  # 0.35 s: opened once for the whole test run


@functools.cache
def shared_proofreader() -> Proofreader:
    """One editor-like engine (hunspell's own suggestions deferred) for tests that check many
    generated texts: its caches make each check cheap."""
    require_arabic_dictionary()
    return Proofreader(ProofSettings(hunspell_suggestions=False))


def require_arabic_dictionary() -> None:
    """Spelling tests need hunspell-ar (scripts/setup.sh installs it): fail loudly without it."""
    dictionary, reason = _arabic_dictionary()
    if dictionary is None:
        pytest.fail(f"the Arabic dictionary is required for this test: {reason}")


def check(text: str, *rules: str, **settings: object) -> list[Finding]:
    """Findings of only ``rules`` (all when none given) in a Markdown body."""
    options: dict[str, object] = dict(settings)
    if rules:
        options["only_rules"] = frozenset(rules)
    # A fresh SpellChecker (its word lists are per test) over the one open dictionary.
    spell = SpellChecker(*_arabic_dictionary())
    return (
        Proofreader(
            ProofSettings(**options),  # type: ignore[arg-type]
            spell=spell,
        )
        .check_body(text)
        .findings
    )


def apply(text: str, edits: Sequence[tuple[int, int, str]]) -> str:
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def fixes_reaching(
    occurrence: str, base: int, findings: Sequence[Finding], fix: str, first_only: bool
) -> bool:
    """Whether some of ``findings`` (inside the occurrence at ``base``), each replaced by one of
    its suggestions (only the first when ``first_only``), turn ``occurrence`` into ``fix``."""
    inside = [f for f in findings if base <= f.start and f.end <= base + len(occurrence)]
    for size in range(1, min(3, len(inside)) + 1):
        for subset in itertools.combinations(inside, size):
            spans = sorted((f.start, f.end) for f in subset)
            if any(a[1] > b[0] for a, b in itertools.pairwise(spans)):
                continue
            choices = [f.suggestions[:1] if first_only else f.suggestions for f in subset]
            for picked in itertools.product(*choices):
                edits = [
                    (f.start - base, f.end - base, s) for f, s in zip(subset, picked, strict=True)
                ]
                if apply(occurrence, edits) == fix:
                    return True
    return False
