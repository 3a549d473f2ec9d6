"""Inline syntax as CommonMark writes it, for python-markdown's inline pass.

- A backslash escapes any ASCII punctuation character (python-markdown: sixteen of them), so
  ``\\$``, ``\\<`` or ``\\&`` show the character alone.
- A backslash at the end of a line is a hard line break, as two spaces are; two spaces or
  more before the line's end are one break, the spaces dropped.
- ``<scheme:...>`` is a link for any scheme (``<mailto:…>``, ``<ftp://…>``), not only http(s),
  and never when the address holds a space (then it is text).

Each pattern's name is listed in markdown_input's fast path (text without any of their
trigger characters skips the inline pass).
"""

from __future__ import annotations

import string

import markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import AutolinkInlineProcessor, SubstituteTagInlineProcessor

_AUTOLINK = r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>\x00-\x1f]*)>"
_BACKSLASH_BREAK = r"\\\n"
_SPACES_BREAK = r" {2,}\n"

PATTERN_NAMES = frozenset({"backslash_break"})


class CommonMarkInlineExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.ESCAPED_CHARS = sorted(set(md.ESCAPED_CHARS) | set(string.punctuation))
        patterns = md.inlinePatterns
        # Before the escape pattern (180), after code spans (190): "\" + newline is a break.
        patterns.register(
            SubstituteTagInlineProcessor(_BACKSLASH_BREAK, "br"), "backslash_break", 185
        )
        patterns.register(SubstituteTagInlineProcessor(_SPACES_BREAK, "br"), "linebreak", 100)
        patterns.register(AutolinkInlineProcessor(_AUTOLINK, md), "autolink", 120)
