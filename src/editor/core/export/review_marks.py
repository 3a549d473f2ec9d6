"""CriticMarkup in an export: the final text (default), the original, or the changes shown.

A pre-pass on the Markdown body, before python-markdown (docs/review.md says why): "final" and
"original" are the text with every change accepted or rejected and the comments left out
(``review.resolve``). "marked" keeps the marks as private-use placeholders that Markdown
leaves alone; once the body is HTML, ``restore_marks`` turns them into

    <ins class="critic" data-author=… datetime=…>   <del class="critic" …>
    <mark class="critic" title="comment" …>        <span class="critic-comment" …>comment</span>

which the HTML page styles and the DOCX writer turns into w:ins, w:del and Word comments; a
paragraph break inside a change is an empty ``<span class="critic-break ins|del">`` at the end
of the block before it (the DOCX writer marks that paragraph's mark inserted or deleted).
A mark spanning paragraphs is closed at each line end and opened again after the next line's
block syntax (heading hashes, list bullet, quote marker), so the blocks stay what they were.
"""

from __future__ import annotations

import html
import re

from ..review import (
    COMMENT,
    DELETE,
    FINAL,
    HIGHLIGHT,
    INSERT,
    ORIGINAL,
    SUBSTITUTE,
    Mark,
    has_marks,
    parse_review,
    resolve,
)

MARKED = "marked"
REVIEW_MODES = (FINAL, MARKED, ORIGINAL)
_OPEN, _CLOSE, _POINT, _END = "\ue000", "\ue002", "\ue003", "\ue001"
_DIGIT0 = 0xE010
_PLACEHOLDER = re.compile("([\ue000\ue002\ue003])([\ue010-\ue019]+)\ue001")
_ANY_PLACEHOLDER_CHAR = re.compile("[\ue000-\ue003\ue010-\ue019]")
_TAG = re.compile(r"<[^<>]*>")
_BLOCK_PREFIX = re.compile(r"[ \t]*(?:(?:>[ \t]?)+|#{1,6}[ \t]+|(?:[-*+]|\d{1,9}[.)])[ \t]+)*")


def _number(n: int) -> str:
    return "".join(chr(_DIGIT0 + int(d)) for d in str(n))


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


class _Marked:
    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[str] = []
        self.tags: list[tuple[str, str]] = []  # (opening, closing) HTML by placeholder number

    def tag(self, opening: str, closing: str) -> int:
        self.tags.append((opening, closing))
        return len(self.tags) - 1

    def wrapped(
        self, content: str, number: int, at_line_start: bool, breaks: int | None = None
    ) -> None:
        """``content`` between the placeholders of tag ``number``, closed at each line end.
        ``breaks``: the tag marking a block's end (a paragraph break) inside the change."""
        lines = content.split("\n")
        for index, line in enumerate(lines):
            if index:
                self.out.append("\n")
            prefix = ""
            if index or at_line_start:
                prefix = _BLOCK_PREFIX.match(line).group()  # type: ignore[union-attr]
            rest = line[len(prefix) :]
            self.out.append(prefix)
            if rest:
                code = _number(number)
                self.out.append(f"{_OPEN}{code}{_END}{rest}{_CLOSE}{code}{_END}")
            # The line's end is a block's end inside the change: the block has text here
            # (or, on the first line, before the mark) and a blank line or a block follows.
            has_text = line.strip() or (not index and not at_line_start)
            if breaks is not None and index + 1 < len(lines) and has_text:
                following = lines[index + 1]
                starts_block = _BLOCK_PREFIX.match(following).group()  # type: ignore[union-attr]
                if not following.strip() or starts_block:
                    self.out.append(f"{_POINT}{_number(breaks)}{_END}")

    def block_break(self, mark: Mark, tag: str) -> int:
        """The tag of a paragraph break inserted or deleted with ``mark``."""
        attributes = self.attributes(mark, "data-date")
        attributes = attributes.replace('class="critic"', f'class="critic-break {tag}"')
        return self.tag(f"<span{attributes}></span>", "")

    def attributes(self, mark: Mark, date_name: str) -> str:
        parts = ' class="critic"'
        if mark.author:
            parts += f' data-author="{_attr(mark.author)}"'
        if mark.time:
            parts += f' {date_name}="{_attr(mark.time)}"'
        return parts

    def mark(self, mark: Mark, comment: Mark | None) -> None:
        line_start = self.text.rfind("\n", 0, mark.start) + 1
        at_line_start = not self.text[line_start : mark.start].strip()
        if mark.kind in (INSERT, DELETE, SUBSTITUTE):
            if mark.kind != INSERT:
                number = self.tag(f"<del{self.attributes(mark, 'datetime')}>", "</del>")
                breaks = self.block_break(mark, "del") if "\n" in mark.old else None
                self.wrapped(mark.old, number, at_line_start, breaks)
                at_line_start = False
            if mark.kind != DELETE:
                number = self.tag(f"<ins{self.attributes(mark, 'datetime')}>", "</ins>")
                breaks = self.block_break(mark, "ins") if "\n" in mark.new else None
                self.wrapped(mark.new, number, at_line_start, breaks)
        elif mark.kind == HIGHLIGHT:
            title = f' title="{_attr(comment.new)}"' if comment is not None else ""
            number = self.tag(f"<mark{self.attributes(mark, 'data-date')}{title}>", "</mark>")
            # Changes inside keep their own tags: placeholders nest as the marks do.
            inner = _Marked(self.text)
            inner.tags = self.tags
            position = mark.body_start
            for change in mark.inner:
                inner.out.append(self.text[position : change.start])
                inner.mark(change, None)
                position = change.end
            inner.out.append(self.text[position : mark.end - 3])
            self.wrapped("".join(inner.out), number, at_line_start)
        else:  # a comment: an aside, at its place
            attributes = self.attributes(mark, "data-date").replace(
                'class="critic"', 'class="critic-comment" role="note"'
            )
            number = self.tag(f"<span{attributes}>{html.escape(mark.new)}</span>", "")
            self.out.append(f"{_POINT}{_number(number)}{_END}")


def review_body(body: str, mode: str = FINAL) -> tuple[str, list[tuple[str, str]]]:
    """The body to render in ``mode`` and, for "marked", the tags its placeholders stand for."""
    if not has_marks(body):
        return body, []
    if mode in (FINAL, ORIGINAL):
        return resolve(body, mode).text, []
    if mode != MARKED:
        raise ValueError(mode)
    review = parse_review(body)
    marked = _Marked(body)
    position = 0
    for index, mark in enumerate(review.marks):
        marked.out.append(body[position : mark.start])
        position = mark.end
        following = review.marks[index + 1] if index + 1 < len(review.marks) else None
        comment = following if following is not None and following.anchor is mark else None
        marked.mark(mark, comment)
    marked.out.append(body[position:])
    return "".join(marked.out), marked.tags


def restore_marks(page: str, tags: list[tuple[str, str]]) -> str:
    """python-markdown's HTML with the placeholders made tags again (inside a tag, where
    Markdown put text into an attribute, they are dropped)."""
    if not tags:
        return page

    def in_tag(match: re.Match[str]) -> str:
        return _ANY_PLACEHOLDER_CHAR.sub("", match.group())

    page = _TAG.sub(in_tag, page)

    def tag(match: re.Match[str]) -> str:
        number = int("".join(str(ord(c) - _DIGIT0) for c in match.group(2)))
        if number >= len(tags):
            return ""
        opening, closing = tags[number]
        return closing if match.group(1) == _CLOSE else opening

    return _PLACEHOLDER.sub(tag, page)


def without_placeholders(text: str) -> str:
    return _ANY_PLACEHOLDER_CHAR.sub("", text)


def is_comment_mark(tag: str, classes: str) -> bool:
    return tag == "span" and "critic-comment" in classes.split()


__all__ = [
    "COMMENT",
    "MARKED",
    "REVIEW_MODES",
    "is_comment_mark",
    "restore_marks",
    "review_body",
    "without_placeholders",
]
