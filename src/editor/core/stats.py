"""Word, character and paragraph counts and reading time for Arabic articles.

Counts are of what a reader sees: Markdown syntax, link targets, HTML tags and front matter are
not words, and tracked changes count as accepted (deleted text and comments are not words).
Tashkeel and tatweel belong to the word they sit in and never split it.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass

from .arabic import WORD_CHAR
from .bidi import primary_language
from .markdown_lines import CODE, DELIMITER, OUTSIDE, fence_states
from .review import final_text, has_marks

# Arabic marks that live inside words: Quranic annotation signs, harakat, superscript alef,
# small high signs, plus tatweel. Python's \w does not include combining marks.
# Decimal/thousands separators join digits (4,500 ١٢٫٥); apostrophes and hyphens join letters.
# A word starts with a letter or digit (a stray mark alone is not a word).
_WORD = re.compile(
    rf"[^\W_]{WORD_CHAR}*(?:(?:(?<=\d)[.,\u066b\u066c](?=\d)|['’\-](?=[^\W\d_])){WORD_CHAR}+)*"
)
# Lines without any of these characters have no Markdown to strip.
_MARKUP_HINT = re.compile(r"[#>*_`\[\]<|~]|^\s*(?:[-+]|\d+[.)])\s|^\s*-{3,}|https?:")

_HTML_TAG = re.compile(r"<[^>\n]+>")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]:?")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>]+>|https?://\S+")
# Any indent: a nested list's marker stands under its parent item's text (CommonMark).
_BLOCK_PREFIX = re.compile(r"^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)+")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_THEMATIC_BREAK = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3}|~~|`+)")

# Words per minute for silent reading: Arabic is read more slowly than English
# (Trauzettel-Klosinski et al., 2012, measured about 140 wpm for Arabic vs 230 for English).
READING_WPM = {"ar": 140, "default": 230}


@dataclass(frozen=True)
class TextStats:
    words: int
    characters: int  # visible text, spaces included
    characters_no_spaces: int
    paragraphs: int
    reading_minutes: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def _plain_line(line: str) -> str:
    """The reader-visible text of one Markdown line outside code blocks."""
    if not _MARKUP_HINT.search(line):
        return " ".join(line.split())  # most prose lines: nothing to strip
    if (
        (_TABLE_SEPARATOR.match(line) and "-" in line)
        or _THEMATIC_BREAK.match(line)
        or (_LINK_DEFINITION.match(line) and not line.lstrip().startswith("[^"))
    ):
        return ""
    text = _BLOCK_PREFIX.sub("", line)
    text = _FOOTNOTE_REF.sub(" ", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(" ", text)
    text = _HTML_TAG.sub(" ", text)
    text = _EMPHASIS.sub("", text)
    text = text.replace("|", " ")
    return " ".join(text.split())


def plain_lines(markdown: str) -> list[str]:
    """The reader-visible text of each Markdown line ('' for lines that show nothing).

    Code blocks are kept as text: a reader sees them, so they count.
    """
    raw = markdown.split("\n")
    return [
        "" if state == DELIMITER else line if state == CODE else _plain_line(line)
        for line, state in zip(raw, _fence_states(markdown, raw), strict=True)
    ]


def _fence_states(markdown: str, lines: list[str]) -> list[int]:
    if "```" not in markdown and "~~~" not in markdown:  # most articles: no code to find
        return [OUTSIDE] * len(lines)
    return fence_states(lines)


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def _starts_block(raw: str) -> bool:
    return bool(_BLOCK_PREFIX.match(raw)) or raw.lstrip().startswith("|")


def reading_minutes(words: int, lang: str = "ar") -> int:
    if words == 0:
        return 0
    wpm = READING_WPM.get(primary_language(lang), READING_WPM["default"])
    return max(1, math.ceil(words / wpm))


@dataclass(frozen=True)
class _LineCount:
    words: int
    characters: int
    characters_no_spaces: int
    visible: bool
    starts_block: bool  # a heading, list item, quote or table row: always a new paragraph
    heading: bool


class StatsCounter:
    """Counts article bodies, remembering each line's counts so a re-count after an edit
    only looks at the lines that changed (the status bar re-counts while the writer works)."""

    def __init__(self, limit: int = 100_000) -> None:
        self._cache: dict[tuple[str, bool], _LineCount] = {}
        self._limit = limit

    def _line(self, raw: str, in_fence: bool) -> _LineCount:
        key = (raw, in_fence)
        counted = self._cache.get(key)
        if counted is None:
            text = raw if in_fence else _plain_line(raw)
            counted = _LineCount(
                count_words(text),
                len(text),
                len(text.replace(" ", "")),
                bool(text),
                not in_fence and _starts_block(raw),
                raw.lstrip().startswith("#"),
            )
            if len(self._cache) >= self._limit:
                self._cache.clear()
            self._cache[key] = counted
        return counted

    def count(self, markdown_body: str, lang: str = "ar") -> TextStats:
        """Counts of the text as it reads with its tracked changes accepted (review.py)."""
        if has_marks(markdown_body):
            markdown_body = final_text(markdown_body)
        words = characters = no_spaces = paragraphs = 0
        in_paragraph = False
        lines = markdown_body.split("\n")
        for raw, state in zip(lines, _fence_states(markdown_body, lines), strict=True):
            if state == DELIMITER:
                in_paragraph = False
                continue
            line = self._line(raw, state == CODE)
            words += line.words
            characters += line.characters
            no_spaces += line.characters_no_spaces
            if not line.visible:
                in_paragraph = False
                continue
            if line.starts_block or not in_paragraph:
                paragraphs += 1
            in_paragraph = not line.heading
        return TextStats(words, characters, no_spaces, paragraphs, reading_minutes(words, lang))


_default_counter = StatsCounter()


def text_stats(markdown_body: str, lang: str = "ar") -> TextStats:
    """Statistics of an article body (front matter already removed)."""
    return _default_counter.count(markdown_body, lang)
