"""Word, character and paragraph counts and reading time for Arabic articles.

Counts are of what a reader sees: Markdown syntax, link targets, HTML tags and front matter are
not words. Tashkeel and tatweel belong to the word they sit in and never split it.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass

# Arabic marks that live inside words: Quranic annotation signs, harakat, superscript alef,
# small high signs, plus tatweel. Python's \w does not include combining marks.
_WORD_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
_WORD_CHAR = rf"(?:[^\W_]|[{_WORD_MARKS}])"
# Decimal/thousands separators join digits (4,500 ١٢٫٥); apostrophes and hyphens join letters.
_WORD = re.compile(
    rf"{_WORD_CHAR}+(?:(?:(?<=\d)[.,\u066b\u066c](?=\d)|['’\-](?=[^\W\d_])){_WORD_CHAR}+)*"
)
_HAS_LETTER_OR_DIGIT = re.compile(r"[^\W_]")

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HTML_TAG = re.compile(r"<[^>\n]+>")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]:?")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>]+>|https?://\S+")
_BLOCK_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)+")
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


def plain_lines(markdown: str) -> list[str]:
    """The reader-visible text of each Markdown line ('' for lines that show nothing).

    Code blocks are kept as text: a reader sees them, so they count.
    """
    lines = []
    in_fence = False
    for line in markdown.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
            lines.append("")
            continue
        if in_fence:
            lines.append(line)
            continue
        if (_TABLE_SEPARATOR.match(line) and "-" in line) or _THEMATIC_BREAK.match(line) \
                or (_LINK_DEFINITION.match(line) and not line.lstrip().startswith("[^")):
            lines.append("")
            continue
        text = _BLOCK_PREFIX.sub("", line)
        text = _FOOTNOTE_REF.sub(" ", text)
        text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
        text = _REF_LINK.sub(r"\1", text)
        text = _AUTOLINK.sub(" ", text)
        text = _HTML_TAG.sub(" ", text)
        text = _EMPHASIS.sub("", text)
        text = text.replace("|", " ")
        lines.append(" ".join(text.split()))
    return lines


def count_words(text: str) -> int:
    return sum(1 for match in _WORD.finditer(text) if _HAS_LETTER_OR_DIGIT.search(match.group()))


def _count_paragraphs(markdown: str, lines: list[str]) -> int:
    """Paragraphs as a word processor counts them: each heading, list item or table row is one."""
    count = 0
    in_paragraph = False
    for raw, text in zip(markdown.split("\n"), lines, strict=True):
        if not text:
            in_paragraph = False
            continue
        starts_block = bool(_BLOCK_PREFIX.match(raw)) or raw.lstrip().startswith("|")
        if starts_block or not in_paragraph:
            count += 1
        in_paragraph = not raw.lstrip().startswith("#")
    return count


def reading_minutes(words: int, lang: str = "ar") -> int:
    if words == 0:
        return 0
    wpm = READING_WPM.get(lang.split("-")[0].lower(), READING_WPM["default"])
    return max(1, math.ceil(words / wpm))


def text_stats(markdown_body: str, lang: str = "ar") -> TextStats:
    """Statistics of an article body (front matter already removed)."""
    lines = plain_lines(markdown_body)
    visible = "\n".join(line for line in lines if line)
    words = count_words(visible)
    characters = sum(len(line) for line in lines)
    no_spaces = sum(len(line.replace(" ", "")) for line in lines)
    return TextStats(words, characters, no_spaces, _count_paragraphs(markdown_body, lines),
                     reading_minutes(words, lang))
