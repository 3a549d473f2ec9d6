"""What a rule is: an id, a kind, a message in English and Arabic, and a detector of hits."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ...arabic import WORD_CHAR
from ..normalize import ARABIC_CHAR_CLASS, normalize_word
from ..settings import ProofSettings

if TYPE_CHECKING:
    from ..spelling import SpellChecker

# A word as the rules see it: letters, digits and the marks that live inside words.
WORD_RE = re.compile(f"{WORD_CHAR}+")
ARABIC_CHAR = ARABIC_CHAR_CLASS


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    suggestions: tuple[str, ...] = ()
    safe: bool = False
    # Per-hit messages for rules whose text depends on what was found (None: the rule's own).
    message: str | None = None
    message_ar: str | None = None


@dataclass(frozen=True)
class DocumentProfile:
    """Article-wide facts some rules compare a block against (digit and quote style)."""

    digit_style: str | None = None  # "western" / "arabic-indic" majority, None if no numbers/tie
    quote_style: str | None = None  # "guillemets" / "curly" when the article uses them
    ignored_words: frozenset[str] = frozenset()


@dataclass
class BlockContext:
    """One block (or metadata value) being checked: its raw text and its masked copy."""

    text: str
    masked: str
    settings: ProofSettings
    profile: DocumentProfile
    spell: SpellChecker | None = None
    is_metadata: bool = False

    @cached_property
    def words(self) -> list[re.Match[str]]:
        return list(WORD_RE.finditer(self.masked))

    @cached_property
    def plain(self) -> str:
        """The masked text without tashkeel and tatweel (offsets differ: for pre-checks only)."""
        return normalize_word(self.masked)

    @cached_property
    def normalized(self) -> list[str]:
        """``normalize_word`` of each of ``words``."""
        return [normalize_word(word.group()) for word in self.words]

    def only_spaces_between(self, first: int, second: int) -> bool:
        """Whether words[first] and words[second] are separated by white space only (a soft
        line break included: a word repeated across a line end is the classic missed one)."""
        gap = self.masked[self.words[first].end():self.words[second].start()]
        return bool(gap) and not gap.strip(" \t\n") and gap.count("\n") <= 1


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    message: str
    message_ar: str
    detect: Callable[[BlockContext], Iterable[Hit]]
    default_enabled: bool = True
    # For --list-rules: an example of what it flags, "wrong → right".
    example: str = ""
