"""The HTML writer's page, adapted to what Qt's QTextBrowser can show.

The preview must show exactly what the export contains; QTextBrowser, a light HTML engine,
gets four things wrong with right-to-left pages: it never mirrors table columns, flips CSS
``text-align`` under RTL, knows no ``start``/``end`` alignment, and ignores ``dir`` for
alignment. We fix those on a copy of the exporter's output (reversed cells, explicit ``align``
attributes) and change nothing else.
"""

from __future__ import annotations

import lxml.html
from lxml.html import HtmlElement

from ..article import Article
from ..markdown_lines import OUTSIDE, fence_states
from .document import LOGICAL_ALIGN, text_direction
from .html_writer import render_html

_ALIGNED = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "td",
    "th",
    "blockquote",
    "dd",
    "dt",
    "figcaption",
    "div",
    "header",
    "section",
}


def preview_html(article: Article, theme: str = "light") -> str:
    """The exported page, with QTextBrowser's right-to-left gaps worked around."""
    return adapt_for_qtextbrowser(render_html(article, theme=theme))


def adapt_for_qtextbrowser(page: str) -> str:
    root = lxml.html.document_fromstring(page)
    base = (root.get("dir") or "ltr").lower()
    body = root.find("body")
    if body is not None:
        align_for_qtextbrowser(body, base)
    return lxml.html.tostring(root, encoding="unicode", method="html", doctype="<!DOCTYPE html>")


def _own_direction(element: HtmlElement, inherited: str) -> str:
    declared = (element.get("dir") or "").lower()
    if declared in ("rtl", "ltr"):
        return declared
    if declared == "auto":
        return text_direction(element.text_content()) or inherited
    return inherited


_LOGICAL = {
    LOGICAL_ALIGN["text-align:left"]: ("right", "left"),  # start: right in a right-to-left cell
    LOGICAL_ALIGN["text-align:right"]: ("left", "right"),  # end
}


def align_for_qtextbrowser(element: HtmlElement, inherited: str) -> None:
    direction = _own_direction(element, inherited)
    logical = _LOGICAL.get(element.get("style") or "")
    if logical is not None:  # QTextBrowser knows no start/end: the side for this direction
        del element.attrib["style"]
        element.set("align", logical[0] if direction == "rtl" else logical[1])
    if element.tag in _ALIGNED and element.get("align") is None:
        element.set("align", "right" if direction == "rtl" else "left")
    if element.tag == "tr" and direction == "rtl":
        cells = list(element)
        for cell in cells:
            element.remove(cell)
        for cell in reversed(cells):
            element.append(cell)
    for child in element:
        if isinstance(child.tag, str):
            align_for_qtextbrowser(child, direction)


# QTextBrowser lays out the whole page on the GUI thread; past this many words the preview
# shows the part of the article around the cursor instead of all of it.
PREVIEW_WORD_LIMIT = 12_000


def preview_window(
    body: str, line: int, max_words: int = PREVIEW_WORD_LIMIT
) -> tuple[str, int, int]:
    """The Markdown around ``line`` (0-based) with at most about ``max_words`` words.

    Returns the excerpt and its first and last line numbers. The excerpt starts and ends at
    blank lines outside code fences, so no block is cut in half. Short bodies come back whole.
    """
    lines = body.split("\n")
    if len(body.split()) <= max_words:
        return body, 0, len(lines) - 1
    boundaries = _block_boundaries(lines)
    line = min(max(line, 0), len(lines) - 1)
    budget = max_words // 2
    first = line
    while first > 0 and budget > 0:
        first -= 1
        budget -= len(lines[first].split())
    budget += max_words // 2
    last = line
    while last < len(lines) - 1 and budget > 0:
        last += 1
        budget -= len(lines[last].split())
    while first > 0 and first not in boundaries:
        first -= 1
    while last < len(lines) - 1 and last not in boundaries:
        last += 1
    return "\n".join(lines[first : last + 1]), first, last


def _block_boundaries(lines: list[str]) -> set[int]:
    """Blank lines outside fenced code: places where a block can safely be cut."""
    return {
        number
        for number, (text, state) in enumerate(zip(lines, fence_states(lines), strict=True))
        if state == OUTSIDE and not text.strip()
    }
