"""Fenced code, block quotes and setext headings as CommonMark reads them, for python-markdown.

- Fenced code follows the one fence rule of ``editor.core.markdown_lines`` (the one counting,
  proofreading and the preview's cuts use): up to three spaces before the fence, closed by a
  fence of the same character at least as long, left open it runs to the end; the opening
  fence's indentation is removed from the code; the info string's first word is the language.
  Fences inside list items and quotes are found when those are parsed (``prepare``).
- A block quote ends at a blank line (two quotes with a blank line between are two quotes) and
  takes a following line without ``>`` only as a lazy continuation of its paragraph.
- A setext heading's text may run over several lines, and its underline may be indented by up to
  three spaces and followed by spaces; a rule under a rule or a quote is no heading.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

import markdown
from markdown.blockprocessors import BlockProcessor
from markdown.preprocessors import Preprocessor

from ..markdown_lines import FENCE
from .markdown_lists import (
    ATX,
    QUOTE,
    THEMATIC_BREAK,
    FenceTracker,
    indent_of,
    interrupts_paragraph,
    lazy_line,
    marker_at,
    scan_list,
)

_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_QUOTE_LINE = re.compile(r"(?:^|\n) {0,3}>")
_SETEXT_UNDERLINE = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_REFERENCE = re.compile(r" {0,3}\[[^\]]+\]:")
_ATTRIBUTE_LANGUAGE = re.compile(r"\{[^}]*?\.([\w#.+-]+)")


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _language(info: str) -> str:
    if info.startswith("{"):  # python-markdown's {.lang} form
        match = _ATTRIBUTE_LANGUAGE.match(info)
        return match.group(1) if match else ""
    word = info.split()[0] if info.split() else ""
    return html.unescape(_ESCAPED.sub(r"\1", word))


def fence_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, line after the last) of each fenced code block outside lists and quotes:
    the blocks FencedCodePreprocessor takes (a list's or a quote's are taken when it is parsed).
    """
    spans: list[tuple[int, int]] = []
    index = 0
    previous_blank = True
    while index < len(lines):
        line = lines[index]
        starts_list = marker_at(line) is not None and (previous_blank or interrupts_paragraph(line))
        if QUOTE.match(line) or starts_list:
            end = index + 1
            if not QUOTE.match(line):
                found = scan_list(lines, index)
                end = found.end if found is not None else end
            index = end
            previous_blank = False
            continue
        match = FENCE.match(line)
        if match and not (match.group(1)[0] == "`" and "`" in line[match.end() :]):
            start = index
            tracker = FenceTracker()
            tracker.fence = match.group(1)
            index += 1
            while index < len(lines):
                tracker.feed(lines[index])
                index += 1
                if not tracker.fence:
                    break  # the closing fence
            spans.append((start, index))
            previous_blank = True
            continue
        previous_blank = not line.strip()
        index += 1
    return spans


class FencedCodePreprocessor(Preprocessor):
    """Fenced code blocks outside lists and quotes, stashed as HTML (python-markdown's way)."""

    def run(self, lines: list[str]) -> list[str]:
        if not any("```" in line or "~~~" in line for line in lines):
            return lines
        out: list[str] = []
        done = 0
        for start, end in fence_spans(lines):
            out.extend(lines[done:start])
            self._stash(
                lines[start:end], out, closed=end < len(lines) or _closes(lines, start, end)
            )
            if end < len(lines) and lines[end].strip():
                out.append("")
            done = end
        out.extend(lines[done:])
        return out

    def _stash(self, block: list[str], out: list[str], closed: bool) -> None:
        match = FENCE.match(block[0])
        assert match is not None  # fence_spans starts each span at a fence
        indent = indent_of(block[0])
        language = _language(block[0][match.end() :].strip())
        code = block[1:-1] if closed else block[1:]
        code = [line[min(indent, indent_of(line)) :] for line in code]
        if not closed:  # left open: it ends with the text, not with the blank lines after it
            while code and not code[-1].strip():
                code.pop()
        text = "".join(_escape(line) + "\n" for line in code)
        attribute = f' class="language-{_escape(language)}"' if language else ""
        placeholder = self.md.htmlStash.store(f"<pre><code{attribute}>{text}</code></pre>")
        if out and out[-1].strip():
            out.append("")  # the placeholder alone in its block: python-markdown puts it back
        out.append(placeholder)


def _closes(lines: list[str], start: int, end: int) -> bool:
    """Whether the fenced block lines[start:end], which runs to the text's end, is closed."""
    if end - start < 2:
        return False
    tracker = FenceTracker()
    tracker.fence = FENCE.match(lines[start]).group(1)  # type: ignore[union-attr]
    for line in lines[start + 1 : end]:
        tracker.feed(line)
    return not tracker.fence


def _paragraph_continues(lines: list[str]) -> bool:
    """Whether the last of these (a container's content so far) is paragraph text."""
    tracker = FenceTracker()
    paragraph = False
    for line in lines:
        stripped = line
        while QUOTE.match(stripped):  # a quote inside: its paragraph counts
            stripped = QuoteProcessor.dequote(stripped)
        if tracker.feed(stripped) or not stripped.strip():
            paragraph = False
            continue
        if ATX.match(stripped) or THEMATIC_BREAK.match(stripped):
            paragraph = False
            continue
        if indent_of(stripped) >= 4 and not paragraph:
            continue  # indented code
        paragraph = True
    return paragraph


class QuoteProcessor(BlockProcessor):
    """Block quotes; the quoted lines are parsed again as blocks."""

    def __init__(self, parser: markdown.blockparser.BlockParser, prepare: Callable[[str], str]):
        super().__init__(parser)
        self.prepare = prepare

    @staticmethod
    def dequote(line: str) -> str:
        match = QUOTE.match(line)
        if match is None:
            return line
        rest = line[match.end() :]
        return rest[1:] if rest.startswith(" ") else rest

    def test(self, parent: etree.Element, block: str) -> bool:
        return bool(_QUOTE_LINE.search(block))

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        lines = blocks.pop(0).split("\n")
        start = next(number for number, line in enumerate(lines) if QUOTE.match(line))
        if start:
            self.parser.parseBlocks(parent, ["\n".join(lines[:start])])
        quoted: list[str] = []
        index = start
        while index < len(lines):
            line = lines[index]
            if QUOTE.match(line):
                quoted.append(self.dequote(line))
            elif (
                line.strip()
                and (indent_of(line) >= 4 or not interrupts_paragraph(line))
                and _paragraph_continues(quoted)
            ):
                quoted.append(lazy_line(line))
            else:
                break
            index += 1
        if index < len(lines):
            blocks.insert(0, "\n".join(lines[index:]))
        quote = etree.SubElement(parent, "blockquote")
        self.parser.state.set("blockquote")
        try:
            self.parser.parseChunk(quote, self.prepare("\n".join(quoted)))
        finally:
            self.parser.state.reset()


class SetextHeadingProcessor(BlockProcessor):
    """A paragraph (one line or more) underlined with = (level 1) or - (level 2)."""

    def _underline(self, lines: list[str]) -> int:
        first = lines[0]
        if (
            not first.strip()
            or indent_of(first) >= 4
            or QUOTE.match(first)
            or THEMATIC_BREAK.match(first)
            or ATX.match(first)
            or FENCE.match(first)
            or _REFERENCE.match(first)
        ):
            return 0
        for number in range(1, len(lines)):
            if _SETEXT_UNDERLINE.match(lines[number]):
                return number
            if interrupts_paragraph(lines[number]):
                return 0
        return 0

    def test(self, parent: etree.Element, block: str) -> bool:
        return "\n" in block and bool(self._underline(block.split("\n")))

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        lines = blocks.pop(0).split("\n")
        underline = self._underline(lines)
        level = 1 if lines[underline].strip().startswith("=") else 2
        heading = etree.SubElement(parent, f"h{level}")
        heading.text = "\n".join(line.strip() for line in lines[:underline])
        if underline + 1 < len(lines):
            blocks.insert(0, "\n".join(lines[underline + 1 :]))


def register(md: markdown.Markdown, prepare: Callable[[str], str]) -> None:
    """Put the three in place of python-markdown's own (``prepare``: for a quote's content)."""
    hr = md.parser.blockprocessors["hr"]  # any spaces between the characters of a rule
    hr.SEARCH_RE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)  # type: ignore[attr-defined]
    md.preprocessors.register(FencedCodePreprocessor(md), "fenced_code_block", 25)
    md.parser.blockprocessors.register(QuoteProcessor(md.parser, prepare), "quote", 20)
    md.parser.blockprocessors.register(SetextHeadingProcessor(md.parser), "setextheader", 60)
