"""What the light preview does with a new page: import it whole, or patch one paragraph.

Qt's HTML import is most of a refresh (20–35 ms for 10,000 words here). While the writer types in
one paragraph nothing else on the page changes, so the worker thread sends only that paragraph
and the GUI thread replaces its text in the shown document (a millisecond or two). Anything else,
or a shown document that is not the one the patch was made against, means a whole import: the
worker prepares the page and the GUI thread imports it (a QTextDocument built on a worker thread
could deadlock with the window's own text layout). tests/test_preview_builder.py compares
patched documents with imported ones.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QTextCursor, QTextDocument

from ...core.export.incremental import PageParts
from .text_document import QT_STYLE, build_preview_document, confine_images

_PARAGRAPH = re.compile(r"(<p\b[^>]*>)(.*)</p>", re.DOTALL)
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
# What a paragraph may hold for its text to be replaced in place: inline markup only.
_INLINE = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "br",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "i",
        "img",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
    }
)
_MARK = "midad-block-"
_versions = itertools.count(1)


def _paragraph(html: str) -> tuple[str, str] | None:
    """The opening tag and content of a block that is one paragraph of inline markup."""
    match = _PARAGRAPH.fullmatch(html)
    if match is None or not set(_TAG.findall(match.group(2))) <= _INLINE:
        return None
    return match.group(1), match.group(2)


def marked(index: int, html: str) -> str:
    """A paragraph with an invisible anchor first, by which its block is found again."""
    paragraph = _paragraph(html)
    if paragraph is None:
        return html
    opening, content = paragraph
    return f'{opening}<a name="{_MARK}{index}"></a>{content}</p>'


@dataclass
class WholePage:
    """A page to import whole. The worker only prepares it: Qt's HTML import runs on the thread
    that first asks for ``document`` (the GUI thread), because building a QTextDocument on a
    worker thread while the window lays out text could deadlock the two (seen as rare hangs)."""

    html: str
    folder: Path | None
    font: QFont
    zoom: float
    style: str
    version: int
    marked: bool = False  # its paragraphs carry anchors that ``paragraphs`` maps
    _document: QTextDocument | None = None
    _paragraphs: dict[int, int] | None = None

    @property
    def document(self) -> QTextDocument:
        if self._document is None:
            self._document = build_preview_document(
                self.html,
                self.folder,
                self.font,
                to_gui_thread=False,
                zoom=self.zoom,
                style=self.style,
            )
        return self._document

    @property
    def paragraphs(self) -> dict[int, int]:
        """Index of a one-paragraph block → its block number in ``document``."""
        if self._paragraphs is None:
            self._paragraphs = _paragraph_blocks(self.document) if self.marked else {}
        return self._paragraphs


@dataclass
class ParagraphPatch:
    index: int | None  # which block of the page; None: the page has not changed
    html: str  # its new HTML (one paragraph)
    base: int  # the version of the page it changes
    version: int


def apply_patch(document: QTextDocument, paragraphs: dict[int, int], patch: ParagraphPatch) -> bool:
    """Replace one paragraph's text in ``document``; False if it cannot be found."""
    if patch.index is None:
        return True
    number = paragraphs.get(patch.index)
    block = document.findBlockByNumber(number) if number is not None else None
    if block is None or not block.isValid():
        return False
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    # As a whole page, so the body's style reaches the text as it does in an import.
    cursor.insertHtml(f"<html><body>{marked(patch.index, patch.html)}</body></html>")
    return True


class PreviewBuilder:
    """One per preview pane; ``update`` runs on its worker thread only."""

    def __init__(self) -> None:
        self._parts: PageParts | None = None  # the page of the last update
        self._context: tuple[str, Path | None, float, str] | None = None
        self._version = 0
        self._paragraphs: set[int] = set()  # blocks of the last whole page that can be patched

    def forget(self) -> None:
        """The next update imports the whole page (the shown one is not the last sent)."""
        self._parts = None

    def update(
        self,
        html: str,
        parts: PageParts | None,
        folder: Path | None,
        font: QFont,
        zoom: float = 1.0,
        style: str = QT_STYLE,
    ) -> WholePage | ParagraphPatch:
        if parts is None:
            self._parts = None
            return WholePage(html, folder, QFont(font), zoom, style, next(_versions))
        parts = PageParts(
            confine_images(parts.before, folder),
            [confine_images(block, folder) for block in parts.blocks],
            confine_images(parts.after, folder),
        )
        context = (font.toString(), folder, zoom, style)
        patch = self._patch(parts, context)
        self._parts, self._context = parts, context
        if patch is not None:
            return patch
        self._version = next(_versions)
        page = PageParts(
            parts.before,
            [marked(number, block) for number, block in enumerate(parts.blocks)],
            parts.after,
        ).page()
        # Which blocks a patch may replace: those that are one paragraph of inline markup
        # (the GUI thread finds their anchors once it has imported the page; a patch whose
        # block it cannot find makes the next page whole).
        self._paragraphs = {
            number for number, block in enumerate(parts.blocks) if _paragraph(block) is not None
        }
        return WholePage(page, folder, QFont(font), zoom, style, self._version, marked=True)

    def _patch(
        self, parts: PageParts, context: tuple[str, Path | None, float, str]
    ) -> ParagraphPatch | None:
        """The change from the last page as a patch (no change, or one plain paragraph's new
        text); None when the page must be imported whole."""
        last = self._parts
        if (
            last is None
            or context != self._context
            or last.before != parts.before
            or last.after != parts.after
            or len(last.blocks) != len(parts.blocks)
        ):
            return None
        changed = [
            index
            for index, (old, new) in enumerate(zip(last.blocks, parts.blocks, strict=True))
            if old is not new and old != new
        ]
        index = changed[0] if changed else None
        if index is not None:
            # The last block is left out: Qt gives it the white space before what follows it
            # (the notes section), which it would not in a patch.
            if len(changed) > 1 or index not in self._paragraphs or index == len(parts.blocks) - 1:
                return None
            old, new = _paragraph(last.blocks[index]), _paragraph(parts.blocks[index])
            if old is None or new is None or old[0] != new[0]:
                return None  # not the same kind of paragraph (direction, alignment)
        base, self._version = self._version, next(_versions)
        return ParagraphPatch(
            index, "" if index is None else parts.blocks[index], base, self._version
        )


def _paragraph_blocks(document: QTextDocument) -> dict[int, int]:
    blocks = {}
    block = document.begin()
    while block.isValid():
        first = block.begin()  # kept in a name: a temporary iterator here crashed PySide
        if not first.atEnd():
            for name in first.fragment().charFormat().anchorNames():
                if name.startswith(_MARK):
                    blocks[int(name[len(_MARK) :])] = block.blockNumber()
        block = block.next()
    return blocks
