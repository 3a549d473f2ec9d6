"""A small, forgiving HTML tree built with the standard library's parser.

Clipboard HTML is rarely well formed (unclosed <p> and <li>, Word's conditional comments), so
the builder closes elements the way browsers do for the cases that matter to Markdown.
Nothing is fetched and no entity beyond HTML's own is expanded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

MAX_DEPTH = 100
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
    "param",
}
# An open element of the key's kind is closed when one of these starts (like browsers do).
_CLOSED_BY = {
    "p": {
        "p",
        "div",
        "ul",
        "ol",
        "table",
        "blockquote",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "section",
        "article",
        "figure",
        "dl",
    },
    "li": {"li"},
    "dt": {"dt", "dd"},
    "dd": {"dt", "dd"},
    "tr": {"tr"},
    "td": {"td", "th", "tr"},
    "th": {"td", "th", "tr"},
    "option": {"option"},
}
# Closing stops at these: a <li> inside a nested <ul> does not close the outer <li>.
_SCOPE = {"ul", "ol", "table", "blockquote", "div", "td", "th", "li", "dl"}


@dataclass
class Node:
    tag: str  # "" for a text node
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    text: str = ""

    def style(self) -> str:
        return self.attrs.get("style", "").replace(" ", "").lower()

    def text_content(self) -> str:
        if not self.tag:
            return self.text
        return "".join(child.text_content() for child in self.children)


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.stack = [self.root]

    def _close_implied(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[index].tag
            if tag in _CLOSED_BY.get(open_tag, ()):
                del self.stack[index:]
                return
            if open_tag in _SCOPE:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if len(self.stack) >= MAX_DEPTH and tag not in VOID:
            # Past MAX_DEPTH elements are ignored and their text goes to the deepest one kept:
            # no text is lost, and hostile nesting cannot exhaust the converter's recursion.
            return
        self._close_implied(tag)
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(Node("", text=data))


def parse_html(html: str) -> Node:
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root
