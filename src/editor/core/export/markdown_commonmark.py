"""The smaller CommonMark rules python-markdown does otherwise: inline syntax and ATX headings.

- A backslash escapes any ASCII punctuation character (python-markdown: sixteen of them), so
  ``\\$``, ``\\<`` or ``\\&`` show the character alone.
- A backslash at the end of a line is a hard line break, as two spaces are; two spaces or
  more before the line's end are one break, the spaces dropped.
- ``<scheme:...>`` is a link for any scheme (``<mailto:…>``, ``<ftp://…>``), not only http(s),
  and never when the address holds a space (then it is text).
- ``# Title`` needs the space: ``#hashtag`` and ``#5`` stay text (as the outline pane and the
  editor's highlighting already read them); up to three spaces may stand before the hashes, a
  closing run of hashes needs a space before it (``# C#`` keeps its ``#``), ``\\#`` is a hash.

Each inline pattern's name is listed in markdown_input's fast path (text without any of their
trigger characters skips the inline pass).
"""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as etree

import markdown
from markdown.blockprocessors import HashHeaderProcessor
from markdown.extensions import Extension
from markdown.inlinepatterns import AutolinkInlineProcessor, SubstituteTagInlineProcessor

_AUTOLINK = r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>\x00-\x1f]*)>"
_BACKSLASH_BREAK = r"\\\n"
_SPACES_BREAK = r" {2,}\n"

PATTERN_NAMES = frozenset({"backslash_break"})


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
        md.ESCAPED_CHARS = sorted(set(md.ESCAPED_CHARS) | set(string.punctuation))
        md.parser.blockprocessors.register(_AtxHeadingProcessor(md.parser), "hashheader", 70)
        patterns = md.inlinePatterns
        # Before the escape pattern (180), after code spans (190): "\" + newline is a break.
        patterns.register(
            SubstituteTagInlineProcessor(_BACKSLASH_BREAK, "br"), "backslash_break", 185
        )
        patterns.register(SubstituteTagInlineProcessor(_SPACES_BREAK, "br"), "linebreak", 100)
        patterns.register(AutolinkInlineProcessor(_AUTOLINK, md), "autolink", 120)
