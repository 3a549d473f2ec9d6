"""Markdown text → HTML text with python-markdown, configured for Arabic articles.

python-markdown is extended to read Markdown as CommonMark does, as writers expect: lists
(``markdown_lists``), fenced code, quotes and setext headings (``markdown_blocks``), links
(``markdown_links``), inline syntax and ATX headings (``markdown_commonmark``);
tests/test_commonmark_spec.py measures it against the specification's examples. One more
difference is handled here: a list that starts on the line right after a paragraph stays part
of the paragraph in python-markdown, so we insert the blank line CommonMark does not need
(outside fenced code, and only where CommonMark would start a list: any bullet, or an ordered
list starting at 1).
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as etree
from dataclasses import dataclass

import markdown
from markdown.extensions import Extension
from markdown.extensions.abbr import AbbrExtension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.def_list import DefListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.footnotes import FootnoteExtension, FootnoteInlineProcessor
from markdown.extensions.md_in_html import MarkdownInHtmlExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import slugify_unicode, unique
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE, HTML_PLACEHOLDER_RE

from ..markdown_lines import OUTSIDE, fence_states
from .labels import Labels
from .markdown_blocks import fence_spans
from .markdown_commonmark import PATTERN_NAMES, CommonMarkInlineExtension
from .markdown_links import CommonMarkLinkExtension
from .markdown_lists import CommonMarkListExtension

_BULLET = re.compile(r" {0,3}[-*+][ \t]+\S")
_ORDERED_ONE = re.compile(r" {0,3}0*1[.)][ \t]+\S")
_ANY_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S")
_THEMATIC_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_BLOCK_START = re.compile(r" {0,3}[>|<]")

_local = threading.local()


def _starts_list(line: str) -> bool:
    return bool(_BULLET.match(line) or _ORDERED_ONE.match(line)) and not _THEMATIC_BREAK.match(line)


def separate_lists(text: str) -> str:
    """Insert a blank line where a list interrupts a paragraph (CommonMark behaviour)."""
    out: list[str] = []
    previous = "blank"  # what the previous line was: blank, paragraph, list, heading, other, code
    lines = text.split("\n")
    for line, state in zip(lines, fence_states(lines), strict=True):
        if state != OUTSIDE:
            previous = "other"
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

    def run(self, root: etree.Element) -> None:
        used: set[str] = set(getattr(self.md, "midad_used_ids", ()))
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
_INLINE_PATTERNS = {
    "backtick",
    "escape",
    "reference",
    "link",
    "image_link",
    "image_reference",
    "short_reference",
    "short_image_ref",
    "autolink",
    "automail",
    "linebreak",
    "html",
    "entity",
    "em_strong",
    "footnote",
} | PATTERN_NAMES
_INLINE_TRIGGERS = re.compile(r"[\\`*_\[<&\x02\x03]|  \n")


def _skip_plain_text(converter: markdown.Markdown) -> None:
    """Let python-markdown's inline pass skip text with no markup character at all.

    It otherwise tries each of its 15 patterns on every text, which is 40% of the conversion
    time for Arabic prose (mostly plain). Only installed when the patterns are the ones we know
    (their triggers are above); test_export_robustness proves the output unchanged.
    """
    inline = converter.treeprocessors["inline"]
    original = getattr(inline, "_InlineProcessor__handleInline", None)
    # Registry keeps its names private (and the stubs omit them); python-markdown 3.x has them.
    names = {item.name for item in converter.inlinePatterns._priority}  # type: ignore[attr-defined]
    delimiters = getattr(converter.delimiters, "tokens", None)
    if original is None or not names <= _INLINE_PATTERNS or set(delimiters or "") - {"*", "_"}:
        return

    def handle_inline(data: str, patternIndex: int = 0) -> str:  # python-markdown's signature
        if patternIndex == 0 and not _INLINE_TRIGGERS.search(data):
            return data
        return original(data, patternIndex)

    inline._InlineProcessor__handleInline = handle_inline  # type: ignore[attr-defined]  # private


def _new_converter(labels: Labels, fast: bool = True) -> markdown.Markdown:
    # What "extra" registers, in its order, as instances: named by string, each would be
    # looked up among the installed entry points (importlib.metadata reading every
    # distribution's metadata, ~30 ms of each command's start-up).
    converter = markdown.Markdown(
        extensions=[
            FencedCodeExtension(),
            FootnoteExtension(
                SEPARATOR="-",
                BACKLINK_TITLE=labels.footnote_backlink,
                # U+FE0E asks for the text glyph, not an emoji, of the hooked arrow.
                BACKLINK_TEXT="&#8617;&#65038;",
            ),
            AttrListExtension(),
            DefListExtension(),
            TableExtension(),
            AbbrExtension(),
            MarkdownInHtmlExtension(),
            CommonMarkListExtension(separate_lists),
            CommonMarkInlineExtension(),
            CommonMarkLinkExtension(),
            _HeadingIdsExtension(),
        ],
        output_format="html",
    )
    if fast:
        _skip_plain_text(converter)
    references = _FootnoteReferences(r"\[\^([^\]]*)\]", _footnote_store(converter))
    converter.inlinePatterns.register(references, "footnote", 175)
    return converter


class _FootnoteReferences(FootnoteInlineProcessor):
    """python-markdown's footnote references, numbered in constant time: its own looks each one
    up in a list of every note (100,000 notes took minutes to export; now about a second)."""

    def __init__(self, pattern: str, footnotes: FootnoteExtension) -> None:
        super().__init__(pattern, footnotes)
        self._for: tuple[object, object] | None = None
        self._referenced: set[str] = set()
        self._numbers: dict[str, int] = {}

    def handleMatch(  # type: ignore[override]  # python-markdown's signature
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | str | None, int | None, int | None]:
        store = self.footnotes
        if (
            self._for is None
            or self._for[0] is not store.footnotes
            or self._for[1] is not store.footnote_order
        ):  # a new document (reset)
            self._for = (store.footnotes, store.footnote_order)
            self._referenced = set(store.footnote_order)
            self._numbers = {}
        note = m.group(1)
        if note in store.footnotes and not store.getConfig("USE_DEFINITION_ORDER"):
            return super().handleMatch(m, data)  # never so configured here; kept correct
        if note not in store.footnotes:
            return None, None, None
        if note not in self._referenced:
            self._referenced.add(note)
            store.footnote_order.append(note)
        if len(self._numbers) != len(store.footnotes):
            self._numbers = {key: number for number, key in enumerate(store.footnotes, start=1)}
        sup = etree.Element("sup")
        link = etree.SubElement(sup, "a")
        sup.set("id", store.makeFootnoteRefId(note, found=True))
        link.set("href", "#" + store.makeFootnoteId(note))
        link.set("class", "footnote-ref")
        link.text = store.getConfig("SUPERSCRIPT_TEXT").format(self._numbers[note])
        return sup, m.start(0), m.end(0)


def markdown_to_html(body: str, labels: Labels) -> tuple[str, list[tuple[int, str, str]]]:
    """Render a Markdown body; returns the HTML and its headings as (level, text, id)."""
    converter = _converter(labels)
    html = converter.convert(separate_lists(_without_controls(body)))
    return html, list(getattr(converter, "midad_headings", []))


# Characters no XML document may hold: C0 controls (Word's manual line break, \x0b, is pasted
# with text), lone surrogates and the noncharacters U+FFFE and U+FFFF. In the body \x02 and \x03
# are left to python-markdown, which reserves them (bodies holding them are rendered whole, and
# its output never holds them). A space keeps the lines, and so the preview's cuts, as they are.
_CONTROLS = re.compile("[\x00\x01\x04-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _without_controls(text: str) -> str:
    return _CONTROLS.sub(" ", text) if _CONTROLS.search(text) else text


def xml_safe(text: str) -> str:
    """``text`` with every character XML cannot hold made a space: what every export writes of
    the article's details (titles, tags, summaries) goes through here once."""
    return _XML_INVALID.sub(" ", text) if _XML_INVALID.search(text) else text


# -- rendering a long body piece by piece (the live preview) --------------------------------------
#
# python-markdown renders top-level blocks independently, except for what is defined once and used
# anywhere: reference links, abbreviations, raw HTML blocks (they may span blank lines), footnotes
# and heading ids. A body using the first three is rendered whole; footnotes and heading ids are
# handled by the caller (editor.core.export.incremental) with the hooks below.

# Reference-link definitions and abbreviations (anywhere: a list item or quote may hold them),
# python-markdown's footnote placeholder, and characters its own normalization removes.
_REFERENCE_DEFINITION = re.compile(r"\[(?!\^)[^\[\]\n]*\]:|\*\[[^\n]*?\] ?:")
_WHOLE_DOCUMENT_TEXT = ("///Footnotes Go Here///", "\x02", "\x03", "\r")
# A line that may continue the block before a blank line: indented (list item or code), a quote,
# a list item, a definition, an attribute list; or a footnote definition, whose following lines
# python-markdown hands back as a block that may join the list before.
_CONTINUES = re.compile(r"[ \t>:{]| {0,3}(?:[*+-]|\d+[.)])(?:[ \t]|$)|\[\^")
# A definition-list line: a block holding one joins a definition list just before it.
_DEFINITION = re.compile(r"[ \t]{0,3}:[ \t]")
FOOTNOTE_PLACEHOLDER = '<sup class="midad-fn-placeholder">0</sup>'


def independent_blocks(body: str) -> list[str] | None:
    """The body cut at blank lines into pieces that render alone exactly as they do together.

    None when the body uses syntax defined in one place and used in another (reference links,
    abbreviations) or raw HTML blocks: those bodies are rendered whole.
    """
    if _REFERENCE_DEFINITION.search(body) or any(text in body for text in _WHOLE_DOCUMENT_TEXT):
        return None
    lines = body.split("\n")
    has_fences = "```" in body or "~~~" in body
    fenced = (
        [state != OUTSIDE for state in fence_states(lines)] if has_fences else [False] * len(lines)
    )
    if has_fences:  # and the fences python-markdown takes, which may run on out of a list
        for start, end in fence_spans(lines):
            fenced[start:end] = [True] * (end - start)
    pieces = []
    start = 0
    last_text = ""  # the last non-blank line before the current one
    blank_before = False
    definitions = False  # the block before holds a definition list
    for number, line in enumerate(lines):
        # python-markdown empties lines of spaces, but only after a newline: not the first one.
        if not line.strip(" \t") and (number or not line):
            blank_before = True
            continue
        if line[:4].lstrip(" ").startswith("<"):
            return None  # a raw HTML block may run across blank lines
        if blank_before and not fenced[number - 1] and not _CONTINUES.match(line):
            # A new top-level block (a continuation, or a note, which leaves nothing between
            # the blocks around it, keeps a definition list open for the next block).
            if number > start and not definitions and not last_text.startswith((" ", "\t")):
                pieces.append("\n".join(lines[start:number]))
                start = number
            definitions = False
        definitions = definitions or (":" in line[:5] and bool(_DEFINITION.match(line)))
        last_text = line
        blank_before = False
    pieces.append("\n".join(lines[start:]))
    return pieces


class _PlaceholderFootnotes(InlineProcessor):
    """A footnote reference as a placeholder: its number depends on the whole document."""

    # InlineProcessor's handleMatch differs from its base Pattern's (the stubs ignore it too).
    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | None, int | None, int | None]:
        if m.group(1) not in self.md.midad_defined:  # type: ignore[attr-defined]
            return None, None, None
        self.md.midad_refs.append(m.group(1))  # type: ignore[attr-defined]
        sup = etree.Element("sup")
        sup.set("class", "midad-fn-placeholder")
        sup.text = "0"
        return sup, m.start(0), m.end(0)


def _new_piece_converter(labels: Labels) -> markdown.Markdown:
    converter = _new_converter(labels)
    for name in ("footnote", "footnote-reorder", "footnote-duplicate"):
        if name in converter.treeprocessors:
            converter.treeprocessors.deregister(name)
    converter.inlinePatterns.register(
        _PlaceholderFootnotes(r"\[\^([^\]]*)\]", converter), "footnote", 175
    )
    return converter


def _converter(labels: Labels, kind: str = "whole") -> markdown.Markdown:
    cache = getattr(_local, "converters", None)
    if cache is None:
        cache = _local.converters = {}
    converter: markdown.Markdown | None = cache.get((labels.key, kind))
    if converter is None:
        make = _new_piece_converter if kind == "piece" else _new_converter
        converter = cache[(labels.key, kind)] = make(labels)
    converter.reset()
    # An empty text returns before the tree processors run: no headings from the last one.
    converter.midad_headings = []  # type: ignore[attr-defined]
    return converter


def _footnote_store(converter: markdown.Markdown) -> FootnoteExtension:
    return next(ext for ext in converter.registeredExtensions if isinstance(ext, FootnoteExtension))


@dataclass
class RenderedPiece:
    html: str  # footnote references are FOOTNOTE_PLACEHOLDER
    headings: list[tuple[int, str, str]]
    footnote_refs: list[str]  # the ids of the footnote references, in order
    footnotes: list[tuple[str, str]]  # (id, Markdown text) of the notes defined here


def render_piece(
    text: str, labels: Labels, defined: frozenset[str], used_ids: frozenset[str] = frozenset()
) -> RenderedPiece:
    """One of ``independent_blocks``: ``defined`` are the document's footnote ids, ``used_ids``
    the heading ids taken before this piece."""
    converter = _converter(labels, "piece")
    converter.midad_defined = defined  # type: ignore[attr-defined]
    converter.midad_refs = []  # type: ignore[attr-defined]
    converter.midad_used_ids = used_ids  # type: ignore[attr-defined]
    html = converter.convert(separate_lists(_without_controls(text)))
    return RenderedPiece(
        html,
        list(getattr(converter, "midad_headings", [])),
        converter.midad_refs,  # type: ignore[attr-defined]
        list(_footnote_store(converter).footnotes.items()),
    )


def render_footnotes(
    refs: list[str], footnotes: list[tuple[str, str]], labels: Labels, used_ids: frozenset[str]
) -> tuple[str, list[tuple[int, str, str]]]:
    """A stand-in paragraph holding the references in order, then the notes, as python-markdown
    renders them for the whole document (numbers, back-links, repeated references)."""
    converter = _converter(labels)
    converter.midad_used_ids = used_ids  # type: ignore[attr-defined]
    store = _footnote_store(converter)
    for note_id, text in footnotes:
        store.setFootnote(note_id, text)
    try:
        html = converter.convert("x " + " ".join(f"[^{note_id}]" for note_id in refs))
    finally:
        converter.midad_used_ids = frozenset()  # type: ignore[attr-defined]
    return html, list(getattr(converter, "midad_headings", []))
