"""Links and images as CommonMark reads them, for python-markdown's inline pass.

- ``[text](destination "title")``: the destination is ``<…>`` (no line break, no ``<``) or a
  run without spaces whose parentheses balance; a title, in ``"…"``, ``'…'`` or ``(…)``, follows
  after white space; anything else after it means no link (the brackets stay as text).
- A link never holds another link: ``[a [b](x)](y)`` links only "b".
- ``[text][label]``: no space between the brackets; labels match ignoring case as Unicode
  folds it and runs of white space; ``[]`` is no label; the first definition of a label wins.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

import markdown
from markdown.blockprocessors import ReferenceProcessor
from markdown.extensions import Extension
from markdown.inlinepatterns import (
    IMAGE_LINK_RE,
    IMAGE_REFERENCE_RE,
    LINK_RE,
    REFERENCE_RE,
    ImageInlineProcessor,
    ImageReferenceInlineProcessor,
    LinkInlineProcessor,
    ReferenceInlineProcessor,
    ShortImageReferenceInlineProcessor,
    ShortReferenceInlineProcessor,
)
from markdown.util import INLINE_PLACEHOLDER_RE

_WHITE = " \t\n"
_SPACES = re.compile(r"\s+")
_ESCAPED_CODE = re.compile("\x02([0-9]+)\x03")
_NO_LINK: tuple[str, str | None, int, bool] = ("", None, 0, False)


_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def unescape_text(text: str) -> str:
    """Backslash escapes undone, as in a definition's destination and title."""
    return _ESCAPE.sub(r"\1", text)


def label_key(label: str) -> str:
    """A reference label as CommonMark compares them: as typed (escapes included), case-folded,
    white space collapsed."""
    return _SPACES.sub(" ", label.strip()).casefold()


def _skip_white(data: str, index: int) -> int:
    while index < len(data) and data[index] in _WHITE:
        index += 1
    return index


def parse_destination(data: str, index: int) -> tuple[str, str | None, int, bool]:
    """``(destination "title")`` at ``data[index]``: (href, title, index after, found)."""
    if index >= len(data) or data[index] != "(":
        return _NO_LINK
    position = _skip_white(data, index + 1)
    if position < len(data) and data[position] == "<":
        end = position + 1
        while end < len(data) and data[end] not in "<>\n":
            end += 1
        if end >= len(data) or data[end] != ">":
            return _NO_LINK
        href = data[position + 1 : end]
        position = end + 1
    else:
        depth = 0
        end = position
        while end < len(data):
            char = data[end]
            if char in " \t\n" or (ord(char) < 0x20 and char not in "\x02\x03"):
                break
            if char == "(":
                depth += 1
            elif char == ")":
                if depth == 0:
                    break
                depth -= 1
            end += 1
        if depth:
            return _NO_LINK
        href = data[position:end]
        position = end
    after = _skip_white(data, position)
    title = None
    if after > position and after < len(data) and data[after] in "\"'(":
        opening = data[after]
        closing = ")" if opening == "(" else opening
        end = after + 1
        while end < len(data) and data[end] != closing:
            if opening == "(" and data[end] == "(":
                return _NO_LINK
            end += 1
        if end >= len(data):
            return _NO_LINK
        title = data[after + 1 : end]
        after = _skip_white(data, end + 1)
    if after < len(data) and data[after] == ")":
        return href, title, after + 1, True
    return _NO_LINK


class _DestinationMixin(LinkInlineProcessor):
    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:
        href, title, end, found = parse_destination(data, index)
        if not found:
            return "", None, index, False
        return self.unescape(href), None if title is None else self.unescape(title), end, True


_INNERMOST_LINK = re.compile(r"(?<!!)\[[^\[\]]*\]\(")


def _holds_a_link(processor: LinkInlineProcessor, text: str) -> bool:
    if "](" not in text:
        return False
    if text.count("[") > 20:  # every bracket tried would cost the square of the length
        return any(
            parse_destination(text, match.end() - 1)[3] for match in _INNERMOST_LINK.finditer(text)
        )
    for match in re.finditer(r"(?<!!)\[", text):
        _text, index, closed = processor.getText(text, match.end())
        if closed and parse_destination(text, index)[3]:
            return True
    return False


class _Link(_DestinationMixin):
    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | None, int | None, int | None]:
        text, index, handled = self.getText(data, m.end(0))
        if not handled or _holds_a_link(self, text):
            return None, None, None  # (with a link inside, the inner link is the link)
        href, title, index, handled = self.getLink(data, index)
        if not handled:
            return None, None, None
        element = etree.Element("a")
        element.text = text
        element.set("href", href)
        if title is not None:
            element.set("title", title)
        return element, m.start(0), index


class _Image(_DestinationMixin, ImageInlineProcessor):
    pass


class _LabelMixin(ReferenceInlineProcessor):
    RE_LINK = re.compile(r"\[((?:[^\]\[\\]|\\.)*)\]", re.DOTALL)

    def evalId(self, data: str, index: int, text: str) -> tuple[str | None, int, bool]:
        m = self.RE_LINK.match(data, pos=index)
        if not m:
            return None, index, False
        label = m.group(1) if m.group(1).strip() else text
        return self.key(label), m.end(0), True

    def key(self, label: str) -> str:
        """The label's key, its escapes (stashed by the inline pass) as they were typed."""
        stash = self.md.treeprocessors["inline"].stashed_nodes  # type: ignore[attr-defined]

        def typed(match: re.Match[str]) -> str:
            value = stash.get(match.group(1))
            if isinstance(value, str):  # an escape: STX, the character's code, ETX
                return "\\" + _ESCAPED_CODE.sub(lambda code: chr(int(code.group(1))), value)
            return match.group(0)

        return label_key(INLINE_PLACEHOLDER_RE.sub(typed, label))

    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | None, int | None, int | None]:
        text, index, handled = self.getText(data, m.end(0))
        if not handled or not text.strip():
            return None, None, None
        if not isinstance(self, ImageReferenceInlineProcessor) and _holds_a_link(self, text):
            return None, None, None
        key, end, handled = self.evalId(data, index, text)
        if not handled or key is None:
            return None, None, None
        references = self.md.references
        if key not in references:
            if text.count("[") <= 20:
                return None, None, None  # a bracket inside may still start a link
            return None, m.start(0), end  # (past 20, trying each would cost the square)
        href, title = references[key]
        return self.makeTag(href, title, text), m.start(0), end


class _Reference(_LabelMixin):
    pass


class _ShortReference(_LabelMixin, ShortReferenceInlineProcessor):
    def evalId(self, data: str, index: int, text: str) -> tuple[str, int, bool]:
        if data[index : index + 1] == "(" and parse_destination(data, index)[3]:
            return "", index, False  # an inline link
        return self.key(text), index, True


class _ImageReference(_LabelMixin, ImageReferenceInlineProcessor):
    pass


class _ShortImageReference(_ShortReference, ShortImageReferenceInlineProcessor):
    pass


class _References(dict[str, tuple[str, str]]):
    """python-markdown's reference store, keyed as CommonMark compares labels; first wins."""

    def __setitem__(self, key: str, value: tuple[str, str]) -> None:
        key = label_key(key)
        if key and key not in self:
            link, title = value
            super().__setitem__(key, (unescape_text(link), title and unescape_text(title)))


class _ReferenceDefinitions(ReferenceProcessor):
    """Definitions whose label runs over lines, or whose destination is in <…>."""

    RE = re.compile(
        r"^[ ]{0,3}\[(?!\s*\])((?:[^\[\]\\]|\\.){0,999}?)\]:"
        r"[ \t]*(?:\n[ \t]*)?(<[^<>\n]*>|[^\s<]\S*)"
        r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)((\"|')((?:\\.|(?!\4)[^\\])*)\4|\(((?:\\.|[^()\\])*)\)))?"
        r"[ \t]*$",
        re.MULTILINE,
    )

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        if not self.RE.match(blocks[0]):
            return False  # a definition cannot interrupt a paragraph
        return bool(super().run(parent, blocks))


class CommonMarkLinkExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.references = _References()  # Markdown.reset() clears it
        patterns = md.inlinePatterns
        patterns.register(_Reference(REFERENCE_RE, md), "reference", 170)
        patterns.register(_Link(LINK_RE, md), "link", 160)
        patterns.register(_Image(IMAGE_LINK_RE, md), "image_link", 150)
        patterns.register(_ImageReference(IMAGE_REFERENCE_RE, md), "image_reference", 140)
        patterns.register(_ShortReference(REFERENCE_RE, md), "short_reference", 130)
        patterns.register(_ShortImageReference(IMAGE_REFERENCE_RE, md), "short_image_ref", 125)
        md.parser.blockprocessors.register(_ReferenceDefinitions(md.parser), "reference", 15)
