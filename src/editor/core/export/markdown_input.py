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
from markdown.extensions.toc import slugify_unicode

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


def _new_converter(labels: Labels) -> markdown.Markdown:
    return markdown.Markdown(
        extensions=["extra", "toc", "sane_lists"],
        extension_configs={
            "toc": {"slugify": slugify_unicode, "permalink": False},
            "extra": {"footnotes": {
                "SEPARATOR": "-",
                "BACKLINK_TITLE": labels.footnote_backlink,
                # U+FE0E asks for the text glyph, not an emoji, of the hooked arrow.
                "BACKLINK_TEXT": "&#8617;&#65038;",
            }},
        },
        output_format="html",
    )


def markdown_to_html(body: str, labels: Labels) -> tuple[str, list[dict]]:
    """Render a Markdown body; returns the HTML and python-markdown's heading tokens."""
    cache = getattr(_local, "converters", None)
    if cache is None:
        cache = _local.converters = {}
    converter = cache.get(labels.key)
    if converter is None:
        converter = cache[labels.key] = _new_converter(labels)
    converter.reset()
    html = converter.convert(separate_lists(body))
    return html, list(getattr(converter, "toc_tokens", []))
