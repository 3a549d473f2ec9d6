"""The HTML writer's page, adapted to what Qt's QTextBrowser can show.

The preview must show exactly what the export contains; QTextBrowser, a light HTML engine,
gets three things wrong with right-to-left pages: it never mirrors table columns, flips CSS
``text-align`` under RTL, and ignores ``dir`` for alignment. We fix those on a copy of the
exporter's output (reversed cells, explicit ``align`` attributes) and change nothing else.
"""

from __future__ import annotations

import lxml.html
from lxml.html import HtmlElement

from ..article import Article
from .document import text_direction
from .html_writer import render_html

_ALIGNED = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "blockquote", "dd", "dt",
            "figcaption", "div", "header", "section"}


def preview_html(article: Article, theme: str = "light") -> str:
    """The exported page, with QTextBrowser's right-to-left gaps worked around."""
    return adapt_for_qtextbrowser(render_html(article, theme=theme))


def adapt_for_qtextbrowser(page: str) -> str:
    root = lxml.html.document_fromstring(page)
    base = (root.get("dir") or "ltr").lower()
    body = root.find("body")
    if body is not None:
        _align(body, base)
    return lxml.html.tostring(root, encoding="unicode", method="html", doctype="<!DOCTYPE html>")


def _own_direction(element: HtmlElement, inherited: str) -> str:
    declared = (element.get("dir") or "").lower()
    if declared in ("rtl", "ltr"):
        return declared
    if declared == "auto":
        return text_direction(element.text_content()) or inherited
    return inherited


def _align(element: HtmlElement, inherited: str) -> None:
    direction = _own_direction(element, inherited)
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
            _align(child, direction)
