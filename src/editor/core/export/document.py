"""The one document tree every writer walks: Markdown body → sanitized HTML elements (lxml).

Steps: a first heading that repeats the title is left out (the writers show the title
themselves), python-markdown renders the body (front matter already split off by the article
model), nh3 sanitizes the result, lxml parses it, and we post-process the tree: a direction on
blocks whose script differs from the article's, table alignment as start/end (an Arabic table
aligns to its own side), Arabic titles on footnote links, footnotes pulled out into their own
list so each writer can place them (HTML: a section; DOCX: real footnotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import lxml.html
from lxml.html import HtmlElement

from ..article import Article, Metadata
from ..bidi import LTR_LETTER_RANGES, RTL_LETTER_RANGES
from ..errors import ArticleError
from ..links import readable_url
from .gcpause import cyclic_gc_paused
from .labels import Labels, direction_for, labels_for
from .markdown_input import markdown_to_html, xml_safe
from .review_marks import restore_marks, review_body, without_placeholders
from .sanitize import sanitize_html

# Blocks whose own direction we decide; the text of nested blocks counts for the inner one too,
# which is what a reader sees.
DIRECTION_BLOCKS = (
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "dt",
    "dd",
    "blockquote",
    "figcaption",
    "caption",
    "summary",
)
_DIRECTION_BLOCKS = frozenset(DIRECTION_BLOCKS)
_LEAF_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "caption", "summary", "figcaption"}
)  # blocks that hold only inline content
_RTL_LETTERS = re.compile(f"[{RTL_LETTER_RANGES}]")
_LTR_LETTERS = re.compile(f"[{LTR_LETTER_RANGES}]")


@dataclass
class Footnote:
    number: int
    note_id: str  # the id of the note ("fn-1"); references point at "#fn-1"
    content: HtmlElement  # an <li> whose children are the note's blocks (back-link removed)
    ref_id: str  # the id of the (first) reference in the text, for the HTML back-link


@dataclass
class Heading:
    level: int
    text: str
    anchor: str


@dataclass
class ExportDocument:
    metadata: Metadata
    lang: str
    direction: str  # "rtl" or "ltr": the article's base direction
    labels: Labels
    body: HtmlElement  # a <div> whose children are the body's blocks
    footnotes: list[Footnote] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    base_dir: Path | None = None  # the article's folder: relative image paths start there


def text_direction(text: str) -> str | None:
    """ "rtl" or "ltr" by the majority of strong letters; None when there are none.

    Unlike dir="auto" (first strong letter), an Arabic paragraph that opens with a Latin name
    stays right-to-left, and its final punctuation stays on the left.
    """
    if _LTR_LETTERS.search(text) is None:  # the common case, decided by one scan
        return "rtl" if _RTL_LETTERS.search(text) else None
    rtl = len(_RTL_LETTERS.findall(text))
    ltr = len(_LTR_LETTERS.findall(text))
    if rtl == ltr == 0:
        return None
    return "rtl" if rtl >= ltr else "ltr"


# Left-to-right pieces that say nothing of a paragraph's own direction: an Arabic sentence
# around a long address or a command is still an Arabic sentence.
_ADDRESSES = re.compile(r"(?:https?://|ftp://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+")
_CODE_TAGS = frozenset({"code", "kbd", "samp", "var"})


def _prose(element: HtmlElement) -> str:
    """The element's text without code and without the text of its code children."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str) or child.tag not in _CODE_TAGS:
            parts.append(_prose(child) if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return "".join(parts)


def block_direction(element: HtmlElement) -> str | None:
    """A block's direction by its prose: strong letters outside code and web addresses decide;
    a block that is only code or an address goes by its letters as they are."""
    text = element.text_content()
    if _LTR_LETTERS.search(text) is None:
        return text_direction(text)
    prose = _ADDRESSES.sub(" ", _prose(element))
    return text_direction(prose) or text_direction(text)


# Title comparison: what differs between a title and the same heading typed in the text.
_BIDI_AND_MARKS = re.compile(
    "[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u064b-\u065f\u0670\u0640]"
)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]*>")
_MARKUP = re.compile(r"[*_`~\\]")
_SPACES = re.compile(r"\s+")
_ATX_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")
_SETEXT_UNDERLINE = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")


def comparable_text(text: str) -> str:
    """``text`` without Markdown and HTML markup, tashkeel, tatweel, bidi marks and case, with
    one space: a heading that shows the same words as the title compares equal to it."""
    text = _TAG.sub("", _LINK.sub(r"\1", text))
    text = _BIDI_AND_MARKS.sub("", _MARKUP.sub("", text))
    return _SPACES.sub(" ", text).strip().casefold()


def body_for_export(article: Article) -> str:
    """The body as the exports and the preview render it: without a first heading that repeats
    the title (the page's header shows the title; two would show it twice)."""
    body = article.body
    title = article.metadata.title
    if not title.strip():
        return body
    start = _BLANK_LINES.match(body).end()  # type: ignore[union-attr]  # always matches
    end = body.find("\n", start)
    first = body[start:] if end < 0 else body[start:end]
    heading = _ATX_HEADING.match(first)
    if heading is not None:
        text, rest = heading.group(1) or "", end
    elif end >= 0:
        after = body.find("\n", end + 1)
        underline = body[end + 1 :] if after < 0 else body[end + 1 : after]
        if not _SETEXT_UNDERLINE.match(underline) or not first.strip():
            return body
        text, rest = first, after
    else:
        return body
    if comparable_text(text) != comparable_text(title):
        return body
    return "" if rest < 0 else body[:start] + body[rest + 1 :].lstrip("\n")


class TooDeepError(ArticleError):
    """The body nests blocks (lists, quotes) deeper than the exports can follow."""


def too_deep() -> TooDeepError:
    return TooDeepError(
        "The article nests lists or quotations too deeply (thousands of levels) to be exported; "
        "flatten the deepest ones."
    )


# Notes beyond any article's need: 20,000 take some 10 s to lay out (python-markdown's inline
# pass is linear but slow per note); 100,000 would take over a minute, so they are refused at
# once with a message instead of a long silence.
MAX_NOTES = 20_000
_NOTE_DEFINITION = re.compile(r"^ {0,3}\[\^[^\]\n]+\]:", re.MULTILINE)


class TooManyNotesError(ArticleError):
    """More footnotes than an article can have (a book, or a generated file)."""


def check_note_count(body: str) -> None:
    """Refuse, quickly, a body with more footnote definitions than MAX_NOTES."""
    if body.count("[^") <= MAX_NOTES:
        return
    count = len(_NOTE_DEFINITION.findall(body))
    if count > MAX_NOTES:
        raise TooManyNotesError(
            "The article has {count} notes, more than the {limit} Midad exports; split it into "
            "several articles.",
            count=count,
            limit=MAX_NOTES,
        )


def build_document(article: Article, review: str = "final") -> ExportDocument:
    """The article's body as one sanitized tree, with its footnotes and headings. Tracked
    changes and comments (CriticMarkup, core/review.py) are shown as ``review`` says:
    "final" (every change accepted, no comment), "original" (every change rejected) or
    "marked" (ins, del, mark and comment elements; review_marks.py).
    Raises TooDeepError for a body nested deeper than Python's recursion can follow, and
    TooManyNotesError for more than MAX_NOTES notes."""
    check_note_count(article.body)
    with cyclic_gc_paused():
        try:
            return _build_document(article, review)
        except RecursionError:
            raise too_deep() from None


def _build_document(article: Article, review: str = "final") -> ExportDocument:
    labels = labels_for(article_language(article))
    body, tags = review_body(body_for_export(article), review)
    html, headings = markdown_to_html(body, labels)
    if tags:
        html = restore_marks(html, tags)
        headings = [(level, without_placeholders(text), anchor) for level, text, anchor in headings]
    return document_from_html(article, html, headings)


def article_language(article: Article) -> str:
    return (article.metadata.lang or "ar").strip() or "ar"


def document_from_html(
    article: Article, html: str, headings: list[tuple[int, str, str]]
) -> ExportDocument:
    """The document tree for ``article`` from python-markdown's rendering of (part of) its body."""
    meta = xml_safe_metadata(article.metadata)
    lang = article_language(article)
    labels = labels_for(lang)
    body = lxml.html.fragment_fromstring(sanitize_html(html) or "", create_parent="div")
    document = ExportDocument(meta, lang, direction_for(lang), labels, body)
    if article.source.path is not None:
        document.base_dir = Path(article.source.path).resolve().parent
    document.footnotes = _extract_footnotes(body, labels)
    _mark_directions(body, document.direction)
    if "text-align" in html:
        _logical_alignment(body)
    for footnote in document.footnotes:
        _mark_directions(footnote.content, document.direction)
    _mark_links(body)
    document.headings = [Heading(level, text, anchor) for level, text, anchor in headings]
    return document


def xml_safe_metadata(meta: Metadata) -> Metadata:
    """The details every writer shows, without the characters XML cannot hold (a control
    character pasted into a title or a tag): the one place exports clean them."""
    texts: dict[str, Any] = {name: xml_safe(getattr(meta, name)) for name in _TEXT_FIELDS}
    if all(texts[name] is getattr(meta, name) for name in _TEXT_FIELDS) and all(
        xml_safe(tag) is tag for tag in meta.tags
    ):
        return meta
    return replace(meta, **texts, tags=[xml_safe(tag) for tag in meta.tags])


_TEXT_FIELDS = (
    "title",
    "subtitle",
    "author",
    "date",
    "category",
    "summary",
    "slug",
    "lang",
    "status",
)


def _extract_footnotes(body: HtmlElement, labels: Labels) -> list[Footnote]:
    # python-markdown appends <div class="footnote"><hr><ol><li id="fn-N">…</li></ol></div>.
    if not len(body) or body[-1].tag != "div" or body[-1].get("class") != "footnote":
        return []
    block = body[-1]
    body.remove(block)
    notes = []
    for number, item in enumerate(block.iterfind("ol/li"), start=1):
        backrefs = item.xpath('.//a[@class="footnote-backref"]')
        ref_id = backrefs[0].get("href", "").lstrip("#") if backrefs else ""
        for backref in backrefs:
            _drop_keep_tail(backref)
        notes.append(
            Footnote(number, item.get("id") or f"fn-{number}", item, ref_id or f"fnref-{number}")
        )
    for ref in body.xpath('//a[@class="footnote-ref"]'):
        ref.set("role", "doc-noteref")
        ref.set("title", labels.footnote_ref.format(ref.text_content().strip()))
    return notes


def _drop_keep_tail(element: HtmlElement) -> None:
    """Remove an element, keeping its tail text minus the no-break space before it."""
    parent = element.getparent()
    previous = element.getprevious()
    tail = element.tail or ""
    if previous is not None:
        previous.tail = (previous.tail or "").rstrip("\u00a0 ") + tail
    elif parent is not None:
        parent.text = (parent.text or "").rstrip("\u00a0 ") + tail
    if parent is not None:
        parent.remove(element)


def _mark_directions(root: HtmlElement, inherited: str) -> None:
    """Give each block whose letters run the other way than its surroundings an explicit dir.

    Walks top-down carrying the inherited direction, so a right-to-left paragraph inside a
    left-to-right quote is marked too; the common case (same as inherited) writes nothing.
    """
    for child in root:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == "pre":
            child.set("dir", "ltr")  # code reads left to right whatever the article's language
            continue
        current = child.get("dir")
        if current not in ("rtl", "ltr"):
            current = inherited
            if tag in _DIRECTION_BLOCKS:
                direction = block_direction(child)
                if direction is not None and direction != inherited:
                    child.set("dir", direction)
                    current = direction
        if tag not in _LEAF_BLOCKS and len(child):
            _mark_directions(child, current)


# The physical side first, for readers that know no logical one (pandoc reads "left" as the
# Markdown ":--" it was); browsers take the last, logical, declaration.
LOGICAL_ALIGN = {
    "text-align:left": "text-align:left;text-align:start",
    "text-align:right": "text-align:right;text-align:end",
}


def _logical_alignment(root: HtmlElement) -> None:
    """Table columns aligned ``:--``/``--:`` align to the start/end of the cell's direction: in
    an Arabic table ``:--`` is the right-hand side, where its text begins."""
    for cell in root.iter("td", "th"):
        style = cell.get("style")
        if style:
            compact = style.replace(" ", "").rstrip(";")
            if compact in LOGICAL_ALIGN:
                cell.set("style", LOGICAL_ALIGN[compact])


def _mark_links(root: HtmlElement) -> None:
    for link in root.iter("a"):
        href = link.get("href", "")
        if href.startswith(("http:", "https:")):
            link.set("rel", "noopener noreferrer")
            readable = readable_url(href)
            if readable != href:  # the address as printed (article.css, @media print)
                link.set("data-url", readable)
