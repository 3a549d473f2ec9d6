"""The smaller CommonMark rules python-markdown does otherwise: inline syntax and ATX headings.

- Emphasis follows CommonMark's flanking rules with Unicode punctuation and symbols
  (``a*"foo"*`` is no emphasis, ``*(*foo*)*`` nests); python-markdown's delimiter engine stays.
- A backslash escapes any ASCII punctuation character (python-markdown: sixteen of them), so
  ``\\$``, ``\\<`` or ``\\&`` show the character alone.
- A backslash at the end of a line is a hard line break, as two spaces are; two spaces or
  more before the line's end are one break, the spaces dropped.
- ``<scheme:...>`` is a link for any scheme (``<mailto:…>``, ``<ftp://…>``), not only http(s),
  and never when the address holds a space (then it is text).
- Code spans close with as many backticks as they open with, and keep their inner spaces but
  one on each side; raw inline HTML is a tag, comment or the like, else the text shows.
- An image's alt text is plain text (``![a *b*](x)`` → "a b").
- ``# Title`` needs the space: ``#hashtag`` and ``#5`` stay text (as the outline pane and the
  editor's highlighting already read them); up to three spaces may stand before the hashes, a
  closing run of hashes needs a space before it (``# C#`` keeps its ``#``), ``\\#`` is a hash.

Each inline pattern's name is listed in markdown_input's fast path (text without any of their
trigger characters skips the inline pass).
"""

from __future__ import annotations

import re
import string
import unicodedata
import xml.etree.ElementTree as etree

import markdown
from markdown.blockprocessors import HashHeaderProcessor
from markdown.extensions import Extension
from markdown.inlinepatterns import (
    BACKTICK_RE,
    AutolinkInlineProcessor,
    AutomailInlineProcessor,
    BacktickInlineProcessor,
    HtmlInlineProcessor,
    SubstituteTagInlineProcessor,
)
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString, code_escape

_AUTOLINK = r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>\x00-\x1f]*)>"
_AUTOMAIL = (
    r"<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
    r"(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>"
)
_BACKSLASH_BREAK = r"\\\n"
_SPACES_BREAK = r" {2,}\n"

# Raw inline HTML as CommonMark knows it: a tag, a closing tag, a comment, a processing
# instruction, a declaration or CDATA; anything else between < and > is text.
_ATTRIBUTE = r"""\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?"""
_HTML = (
    r"(<(?:[A-Za-z][A-Za-z0-9-]*(?:" + _ATTRIBUTE + r")*\s*/?"
    r"|/[A-Za-z][A-Za-z0-9-]*\s*"
    r"|!--(?:>|->|[\s\S]*?--)"
    r"|\?[\s\S]*?\?"
    r"|![A-Za-z][^>]*"
    r"|!\[CDATA\[[\s\S]*?\]\])>)"
)
_ALT_LINK = re.compile(r"!?\[([^\[\]]*)\](?:\([^()]*\)|\[[^\]]*\])")
_ALT_MARKUP = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|`+")

PATTERN_NAMES = frozenset({"backslash_break"})


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"  # CommonMark: Unicode punctuation and symbols


class _FlankingBoundary:
    """python-markdown's delimiter boundary (a ``match(data, pos)`` giving a match whose group is
    ambiguous, end or start) decided by CommonMark's flanking rules: a run next to punctuation
    opens only after white space or punctuation and closes only before them (so a*"foo"* is no
    emphasis), and "_" neither opens nor closes inside a word."""

    def __init__(self, token: str) -> None:
        self.token = token
        run = re.escape(token) + "+"
        self.groups = {
            name: re.compile(f"(?P<{name}>{run})") for name in ("ambiguous", "end", "start")
        }

    def match(self, data: str, pos: int = 0) -> re.Match[str] | None:
        token = self.token
        if pos > 0 and data[pos - 1] == token:
            return None  # not the start of the run
        end = pos
        while end < len(data) and data[end] == token:
            end += 1
        if end == pos:
            return None
        before = data[pos - 1] if pos > 0 else "\n"
        after = data[end] if end < len(data) else "\n"
        before_space, after_space = before.isspace(), after.isspace()
        before_punctuation = not before_space and _punctuation(before)
        after_punctuation = not after_space and _punctuation(after)
        left = not after_space and (not after_punctuation or before_space or before_punctuation)
        right = not before_space and (not before_punctuation or after_space or after_punctuation)
        if token == "_":
            opens = left and (not right or before_punctuation)
            closes = right and (not left or after_punctuation)
        else:
            opens, closes = left, right
        if opens and closes:
            return self.groups["ambiguous"].match(data, pos)
        if closes:
            return self.groups["end"].match(data, pos)
        if opens:
            return self.groups["start"].match(data, pos)
        return None


def _commonmark_emphasis(md: markdown.Markdown) -> None:
    processor = getattr(md, "delimiters", None)
    delimiters = getattr(processor, "delimiters", {})
    if not delimiters:
        return
    for token, delimiter in delimiters.items():
        delimiter.boundary = _FlankingBoundary(token)


class _CodeSpan(BacktickInlineProcessor):
    """Code spans: the closing run of backticks is exactly as long as the opening one; line
    breaks inside are spaces, and one space is stripped from each side when both have one."""

    def find_code_spans(self, start: int, text: str) -> tuple[int, int | None]:  # type: ignore[override]
        ticks = 0
        while start < len(text) and text[start] == "`":
            ticks += 1
            start += 1
        index = start
        while index < len(text):
            if text[index] != "`":
                index += 1
                continue
            run = index
            while index < len(text) and text[index] == "`":
                index += 1
            if index - run == ticks:
                return start, run
        return start, None

    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | str | None, int | None, int | None]:
        if m.group(1):
            return super().handleMatch(m, data)
        begin = m.start(0)
        start, end = self.find_code_spans(begin, data)
        if end is None:
            return None, begin, start  # the backticks are text
        text = data[start:end].replace("\n", " ")
        if text.startswith(" ") and text.endswith(" ") and text.strip(" "):
            text = text[1:-1]
        element = etree.Element("code")
        element.text = AtomicString(code_escape(text))
        return element, begin, end + (start - begin)


class _PlainAltText(Treeprocessor):
    """An image's alt text is plain text: its Markdown (links, emphasis, code) goes."""

    def run(self, root: etree.Element) -> None:
        for image in root.iter("img"):
            alt = image.get("alt")
            if alt and any(mark in alt for mark in "[*_`"):
                previous = None
                while previous != alt:
                    previous, alt = alt, _ALT_LINK.sub(r"\1", alt)
                image.set("alt", _ALT_MARKUP.sub("", alt))


class _AtxHeadingProcessor(HashHeaderProcessor):
    RE = re.compile(
        r"(?:^|\n) {0,3}(?P<level>#{1,6})(?:[ \t]+(?P<header>[^\n]*?))??(?:[ \t]+#+)?[ \t]*(?:\n|$)"
    )

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        match = self.RE.search(block)
        if match is None:  # test() found one
            blocks.insert(0, block)
            return
        before, after = block[: match.start()], block[match.end() :]
        if before:
            self.parser.parseBlocks(parent, [before])
        heading = etree.SubElement(parent, f"h{len(match.group('level'))}")
        heading.text = (match.group("header") or "").strip()
        if after:
            blocks.insert(0, after)


class CommonMarkInlineExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        _commonmark_emphasis(md)
        md.ESCAPED_CHARS = sorted(set(md.ESCAPED_CHARS) | set(string.punctuation))
        md.parser.blockprocessors.register(_AtxHeadingProcessor(md.parser), "hashheader", 70)
        patterns = md.inlinePatterns
        # Before the escape pattern (180), after code spans (190): "\" + newline is a break.
        patterns.register(
            SubstituteTagInlineProcessor(_BACKSLASH_BREAK, "br"), "backslash_break", 185
        )
        patterns.register(SubstituteTagInlineProcessor(_SPACES_BREAK, "br"), "linebreak", 100)
        # Before backslash escapes (CommonMark keeps a backslash in an autolink as it is).
        patterns.register(AutolinkInlineProcessor(_AUTOLINK, md), "autolink", 187)
        patterns.register(AutomailInlineProcessor(_AUTOMAIL, md), "automail", 186)
        patterns.register(_CodeSpan(BACKTICK_RE), "backtick", 190)
        patterns.register(HtmlInlineProcessor(_HTML, md), "html", 90)
        md.treeprocessors.register(_PlainAltText(md), "midad_plain_alt", 15)
