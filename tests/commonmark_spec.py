"""The CommonMark 0.31.2 specification's examples, run through Midad's Markdown parse.

Shared by tests/test_commonmark_spec.py (pass rates and the pinned known failures) and
bench/commonmark.py (pass rates per section). The examples are in
tests/fixtures/commonmark/spec.json (see the README there).

What is compared is the structure: both HTMLs are parsed (lxml) into trees of (tag, attributes,
text) where
- attributes Midad adds are dropped (ids on headings, dir, lang, rel, classes except the
  language class of fenced code, which the spec sets too),
- URLs are compared percent-decoded (the spec's renderer percent-encodes hrefs; browsers do the
  same to ours),
- runs of white space outside <pre> count as one space, and white space at the edges of blocks
  is ignored; text inside <pre> is compared exactly,
- entities and numeric references are compared as the characters they stand for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import lxml.html

from editor.core.export.labels import ENGLISH
from editor.core.export.markdown_input import markdown_to_html

SPEC = Path(__file__).resolve().parent / "fixtures" / "commonmark" / "spec.json"

# Raw HTML is not part of what writers meet (and the export sanitizes it away anyway).
EXCLUDED_SECTIONS = frozenset({"HTML blocks", "Raw HTML"})

_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "div",
        "dl",
        "dd",
        "dt",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_DROPPED_ATTRIBUTES = frozenset({"id", "dir", "lang", "rel"})
_URL_ATTRIBUTES = frozenset({"href", "src"})
_SPACE = re.compile(r"[ \t\n\r\f]+")


@dataclass(frozen=True)
class Example:
    number: int
    section: str
    markdown: str
    html: str


def examples() -> list[Example]:
    """Every example of the sections writers meet (all but raw HTML)."""
    data = json.loads(SPEC.read_text(encoding="utf-8"))
    return [
        Example(item["example"], item["section"], item["markdown"], item["html"])
        for item in data
        if item["section"] not in EXCLUDED_SECTIONS
    ]


def render(markdown_text: str) -> str:
    html, _headings = markdown_to_html(markdown_text, ENGLISH)
    return html


Node = tuple[str, tuple[tuple[str, str], ...], tuple["Node | str", ...]]


def _attributes(element: lxml.html.HtmlElement) -> tuple[tuple[str, str], ...]:
    kept = []
    for name, value in element.attrib.items():
        if name in _DROPPED_ATTRIBUTES:
            continue
        if name == "class":
            if element.tag != "code" or not value.startswith("language-"):
                continue
            value = value.split()[0]
        if name in _URL_ATTRIBUTES:
            value = unquote(value)
        kept.append((name, value))
    return tuple(sorted(kept))


def _node(element: lxml.html.HtmlElement, in_pre: bool = False) -> Node:
    in_pre = in_pre or element.tag == "pre"
    children: list[Node | str] = []

    def add_text(text: str | None) -> None:
        if not text:
            return
        if not in_pre:
            text = _SPACE.sub(" ", text)
        if children and isinstance(children[-1], str):
            children[-1] += text
        else:
            children.append(text)

    add_text(element.text)
    for child in element:
        if not isinstance(child.tag, str):  # a comment or processing instruction
            add_text(child.tail)
            continue
        children.append(_node(child, in_pre))
        add_text(child.tail)
    if not in_pre:
        children = _trim_around_blocks(children, element.tag in _BLOCK_TAGS)
    return (str(element.tag), _attributes(element), tuple(children))


def _is_block(item: Node | str) -> bool:
    return not isinstance(item, str) and item[0] in _BLOCK_TAGS


def _trim_around_blocks(children: list[Node | str], block: bool) -> list[Node | str]:
    """White space beside a block element, or at the edges of a block, is not content."""
    trimmed: list[Node | str] = []
    for index, item in enumerate(children):
        if isinstance(item, str):
            before = children[index - 1] if index else None
            after = children[index + 1] if index + 1 < len(children) else None
            if (before is None and block) or (before is not None and _is_block(before)):
                item = item.lstrip(" ")
            if (after is None and block) or (after is not None and _is_block(after)):
                item = item.rstrip(" ")
            if not item:
                continue
        trimmed.append(item)
    return trimmed


def normalize(html: str) -> Node:
    root = lxml.html.fragment_fromstring(html or "", create_parent="div")
    return _node(root)


def passes(example: Example) -> bool:
    return normalize(render(example.markdown)) == normalize(example.html)


def failures(items: Iterable[Example]) -> list[Example]:
    return [example for example in items if not passes(example)]
