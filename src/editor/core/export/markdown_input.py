"""Markdown text → HTML text with python-markdown, configured for Arabic articles.

Two things python-markdown does differently from CommonMark, which writers expect:
a list that starts on the line right after a paragraph stays part of the paragraph there, so we
insert the blank line CommonMark does not need (outside fenced code, and only where CommonMark
would start a list: any bullet, or an ordered list starting at 1).
"""

from __future__ import annotations

import re
import threading

import markdown
from markdown.extensions import Extension
from markdown.extensions.toc import slugify_unicode, unique
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE, HTML_PLACEHOLDER_RE

from .labels import Labels

_BULLET = re.compile(r" {0,3}[-*+][ \t]+\S")
_ORDERED_ONE = re.compile(r" {0,3}0*1[.)][ \t]+\S")
_ANY_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S")
_THEMATIC_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_BLOCK_START = re.compile(r" {0,3}[>|<]")

_local = threading.local()


def _starts_list(line: str) -> bool:
    return bool(_BULLET.match(line) or _ORDERED_ONE.match(line)) and not _THEMATIC_BREAK.match(line)


def separate_lists(text: str) -> str:
    """Insert a blank line where a list interrupts a paragraph (CommonMark behaviour)."""
    out: list[str] = []
    fence: str | None = None
    previous = "blank"  # what the previous line was: blank, paragraph, list, heading, other, code
    for line in text.split("\n"):
        fence_match = _FENCE.match(line)
        if fence is not None:
            marker = fence_match.group(1) if fence_match else ""
            if marker[:1] == fence[0] and len(marker) >= len(fence):
                fence = None
            out.append(line)
            continue
        if fence_match:
            fence, previous = fence_match.group(1), "other"
        elif not line.strip():
            previous = "blank"
        elif _ANY_ITEM.match(line):
            if previous == "paragraph" and _starts_list(line):
                out.append("")
            previous = "list"  # lines after an item belong to it (lazy continuation)
        elif _HEADING.match(line):
            previous = "heading"
        elif _BLOCK_START.match(line):
            previous = "other"
        elif previous in ("blank", "heading"):
            indented = line.startswith(("    ", "\t"))
            previous = "code" if indented and previous == "blank" else "paragraph"
        elif previous == "code":
            previous = "paragraph" if not line.startswith(("    ", "\t")) else "code"
        out.append(line)
    return "\n".join(out)


_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


class _HeadingIds(Treeprocessor):
    """Unicode slug ids on headings ("ما-الذي-يحتاجه-الكاتب"), as the toc extension makes them.

    The toc extension also builds a table of contents we do not use, at a tenth of the whole
    conversion time; this does only the ids and keeps (level, text, id) for the outline.
    """

    def run(self, root):  # type: ignore[no-untyped-def]
        used: set[str] = set()
        headings: list[tuple[int, str, str]] = []
        for element in root.iter():
            level = _HEADING_TAGS.get(element.tag)
            if level is None:
                continue
            text = HTML_PLACEHOLDER_RE.sub("", "".join(element.itertext()))
            text = text.replace(AMP_SUBSTITUTE, "&").strip()
            anchor = element.get("id")
            if not anchor:
                anchor = unique(slugify_unicode(text, "-") or "section", used)
                element.set("id", anchor)
            used.add(anchor)
            headings.append((level, text, anchor))
        self.md.midad_headings = headings  # type: ignore[attr-defined]


class _HeadingIdsExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_HeadingIds(md), "midad_heading_ids", 5)


# Every inline pattern we use starts at one of these; text without them cannot match any.
_INLINE_PATTERNS = {"backtick", "escape", "reference", "link", "image_link", "image_reference",
                    "short_reference", "short_image_ref", "autolink", "automail", "linebreak",
                    "html", "entity", "em_strong", "footnote"}
_INLINE_TRIGGERS = re.compile(r"[\\`*_\[<&\x02\x03]|  \n")


def _skip_plain_text(converter: markdown.Markdown) -> None:
    """Let python-markdown's inline pass skip text with no markup character at all.

    It otherwise tries each of its 15 patterns on every text, which is 40% of the conversion
    time for Arabic prose (mostly plain). Only installed when the patterns are the ones we know
    (their triggers are above); test_export_robustness proves the output unchanged.
    """
    inline = converter.treeprocessors["inline"]
    original = getattr(inline, "_InlineProcessor__handleInline", None)
    names = {item.name for item in converter.inlinePatterns._priority}
    delimiters = getattr(converter.delimiters, "tokens", None)
    if original is None or not names <= _INLINE_PATTERNS or set(delimiters or "") - {"*", "_"}:
        return

    def handle_inline(data: str, patternIndex: int = 0) -> str:  # python-markdown's signature
        if patternIndex == 0 and not _INLINE_TRIGGERS.search(data):
            return data
        return original(data, patternIndex)

    inline._InlineProcessor__handleInline = handle_inline


def _new_converter(labels: Labels, fast: bool = True) -> markdown.Markdown:
    converter = markdown.Markdown(
        extensions=["extra", "sane_lists", _HeadingIdsExtension()],
        extension_configs={
            "extra": {"footnotes": {
                "SEPARATOR": "-",
                "BACKLINK_TITLE": labels.footnote_backlink,
                # U+FE0E asks for the text glyph, not an emoji, of the hooked arrow.
                "BACKLINK_TEXT": "&#8617;&#65038;",
            }},
        },
        output_format="html",
    )
    if fast:
        _skip_plain_text(converter)
    return converter


def markdown_to_html(body: str, labels: Labels) -> tuple[str, list[tuple[int, str, str]]]:
    """Render a Markdown body; returns the HTML and its headings as (level, text, id)."""
    cache = getattr(_local, "converters", None)
    if cache is None:
        cache = _local.converters = {}
    converter = cache.get(labels.key)
    if converter is None:
        converter = cache[labels.key] = _new_converter(labels)
    converter.reset()
    html = converter.convert(separate_lists(body))
    return html, list(getattr(converter, "midad_headings", []))
