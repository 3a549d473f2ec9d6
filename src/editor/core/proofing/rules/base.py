"""What a rule is: an id, a kind, a message in English and Arabic, and a detector of hits."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ...arabic import WORD_CHAR
from ..markdown_mask import MASK
from ..normalize import ARABIC_CHAR_CLASS, normalize_word
from ..settings import ProofSettings

if TYPE_CHECKING:
    from ..spelling import SpellChecker

# A word as the rules see it: letters, digits and the marks that live inside words.
WORD_RE = re.compile(f"{WORD_CHAR}+")
ARABIC_CHAR = ARABIC_CHAR_CLASS
_EMPHASIS_ONLY = re.compile(r"[*_]+")


class Word:
    """A word of a block: ``start``/``end`` in the block, its text without Markdown inside.

    Emphasis can sit inside a word (``مكت**بة**``, ``*ال*كتاب``): the pieces are one word to
    the reader, so they are one word here; ``marked`` says the range holds such markers, so a
    replacement of the whole range would drop them (rules never call such a fix safe).
    """

    __slots__ = ("_end", "_start", "_text", "marked")

    def __init__(self, start: int, end: int, text: str, marked: bool = False) -> None:
        self._start, self._end, self._text, self.marked = start, end, text, marked

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def __repr__(self) -> str:
        return f"Word({self._start}, {self._end}, {self._text!r})"


def block_words(text: str, masked: str) -> list[Word]:
    """The words of a block, pieces split only by in-word emphasis markers joined."""
    words: list[Word] = []
    for match in WORD_RE.finditer(masked):
        previous = words[-1] if words else None
        if previous is not None:
            gap = masked[previous.end() : match.start()]
            if (
                gap
                and set(gap) == {MASK}
                and _EMPHASIS_ONLY.fullmatch(text[previous.end() : match.start()])
            ):
                words[-1] = Word(
                    previous.start(), match.end(), previous.group() + match.group(), True
                )
                continue
        words.append(Word(match.start(), match.end(), match.group()))
    return words


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
    # Unknown words the article itself vouches for as names: repeated in the text, or written
    # in its title, subtitle, author or tags (normalised, clitics off too).
    name_hints: frozenset[str] = frozenset()
    # Of those, the ones from the author and tags: names on their own evidence.
    metadata_names: frozenset[str] = frozenset()


@dataclass
class BlockContext:
    """One block (or metadata value) being checked: its raw text and its masked copy."""

    text: str
    masked: str
    settings: ProofSettings
    profile: DocumentProfile
    spell: SpellChecker | None = None
    is_metadata: bool = False
    # Work several rules share (e.g. the unknown words, split into errors and names).
    shared: dict[str, object] = field(default_factory=dict)

    @cached_property
    def words(self) -> list[Word]:
        return block_words(self.text, self.masked)

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
        gap = self.masked[self.words[first].end() : self.words[second].start()]
        return bool(gap) and not gap.strip(" \t\n\u00a0\u202f") and gap.count("\n") <= 1


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
