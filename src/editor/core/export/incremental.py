"""The live preview's page, re-rendering only the blocks that changed since the last one.

``IncrementalPreview()(article)`` returns exactly ``preview_html(article)``, the exported page
adapted for QTextBrowser, but python-markdown (most of the cost: ~45 ms for 10,000 words) runs only
on blocks it has not seen. What links blocks is handled here: footnote numbers and back-links are
rendered once for the whole document from the references' order, and heading ids stay unique by
re-rendering a block whose ids were taken earlier. A body whose blocks cannot be rendered apart
(reference links, abbreviations, raw HTML blocks, footnotes referenced outside plain paragraphs)
is rendered whole. tests/test_preview_incremental.py compares the two on generated bodies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml.html import HtmlElement

from ..article import Article
from ..review import final_text
from .document import (
    ExportDocument,
    Heading,
    article_language,
    body_for_export,
    document_from_html,
)
from .html_writer import THEMES, body_html, footnotes_html, page_html, render_html
from .labels import direction_for, labels_for
from .markdown_input import (
    FOOTNOTE_PLACEHOLDER,
    independent_blocks,
    render_footnotes,
    render_piece,
)
from .preview import adapt_for_qtextbrowser, align_for_qtextbrowser, preview_html

_MARKER = "\ue000midad-content\ue000"
_REFERENCE = re.compile(r"<sup\b.*?</sup>", re.DOTALL)
_REFERENCE_PLACEHOLDER = re.compile(re.escape(FOOTNOTE_PLACEHOLDER))
_NOTE_DEFINITION = re.compile(r"^ {0,3}\[\^([^\]]*)\]:", re.MULTILINE)
# Blocks between a footnote reference and the top: a reference elsewhere than in a top-level
# paragraph is numbered out of document order by python-markdown (lists, quotes and tables come
# after all paragraphs), which only a whole render reproduces.
_CONTAINERS = frozenset(
    {
        "li",
        "ul",
        "ol",
        "blockquote",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "div",
        "section",
        "details",
        "summary",
        "figure",
        "figcaption",
        "pre",
    }
)


@dataclass(frozen=True)
class PageParts:
    before: str  # the page up to its first block
    blocks: list[str]  # the HTML of each independent block, in order
    after: str  # from the end of the last block to the end of the page

    def page(self) -> str:
        return self.before + "\n".join(self.blocks) + self.after


# The numbered footnote references in order, the notes section, and headings inside notes.
_Notes = tuple[list[str], str, list[tuple[int, str, str]]]


@dataclass
class _Piece:
    html: str  # as in the final page; footnote references are FOOTNOTE_PLACEHOLDER
    headings: list[tuple[int, str, str]]
    footnote_refs: list[str]
    footnotes: list[tuple[str, str]]
    in_order: bool  # every footnote reference sits in a top-level paragraph


class IncrementalPreview:
    """A preview renderer that remembers each block's HTML between calls (one thread only)."""

    def __init__(self, theme: str = "light", for_qtextbrowser: bool = True) -> None:
        """Pages as ``preview_html`` makes them, or with ``for_qtextbrowser`` False exactly as
        ``render_html`` exports them (for a browser engine)."""
        if theme not in THEMES:
            raise ValueError(f"theme must be one of {THEMES}, not {theme!r}")
        self.theme = theme
        self.for_qtextbrowser = for_qtextbrowser
        self._cache: dict[tuple[str, str, frozenset[str], frozenset[str] | None], _Piece] = {}
        self._previous = self._cache  # the cache of the call before
        self._notes_guess: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
        self._notes: tuple[object, _Notes | None] = (None, None)
        # The last page in parts, for a consumer that updates only what changed (None when
        # the last page was rendered whole).
        self.last_parts: PageParts | None = None
        self.reused = 0  # blocks taken from the cache by the last call (for tests and benches)

    def __call__(self, article: Article) -> str:
        self.last_parts = None
        self._previous, self._cache = self._cache, {}
        body = final_text(body_for_export(article))  # as the export: changes accepted
        texts = independent_blocks(body)
        page = None if texts is None else self._render(article, body, texts)
        self._previous = {}
        if page is not None:
            return page
        if self.for_qtextbrowser:
            return preview_html(article, self.theme)
        return render_html(article, theme=self.theme)

    def _render(self, article: Article, body: str, texts: list[str]) -> str | None:
        lang = article_language(article)
        guess = frozenset(_NOTE_DEFINITION.findall(body))
        # The guess misses a note defined in a list item, or takes one in code; then the notes
        # python-markdown found last time with the same guess are the better one.
        defined = self._notes_guess[1] if guess == self._notes_guess[0] else guess
        pieces = self._pieces(article, lang, texts, defined)
        found = frozenset(note for piece in pieces for note, _text in piece.footnotes)
        if found != defined:
            pieces = self._pieces(article, lang, texts, found)
        self._notes_guess = (guess, found)
        if not all(piece.in_order for piece in pieces):
            return None
        blocks = [piece.html for piece in pieces if piece.html]
        headings = [heading for piece in pieces for heading in piece.headings]
        refs = [ref for piece in pieces for ref in piece.footnote_refs]
        notes: dict[str, str] = {}
        for piece in pieces:
            notes.update(piece.footnotes)  # a later definition wins, in the first one's place
        section = ""
        if notes:
            key = (
                lang,
                tuple(refs),
                tuple(notes.items()),
                frozenset(anchor for *_rest, anchor in headings),
            )
            if self._notes[0] != key:  # typing in the text leaves notes and references alone
                self._notes = (key, self._footnotes(article, refs, notes, headings))
            rendered = self._notes[1]
            if rendered is None:
                return None
            references, section, note_headings = rendered
            numbered = iter(references)
            blocks = [
                _REFERENCE_PLACEHOLDER.sub(lambda _match: next(numbered), block)
                if "midad-fn-placeholder" in block
                else block
                for block in blocks
            ]
            headings += note_headings
        before, after = self._frame(article, headings)
        self.last_parts = PageParts(before, blocks, "\n" + section + after)
        return self.last_parts.page()

    def _pieces(
        self, article: Article, lang: str, texts: list[str], defined: frozenset[str]
    ) -> list[_Piece]:
        self.reused = 0
        used: set[str] = set()
        pieces = []
        for text in texts:
            seed: frozenset[str] | None = None
            while True:
                key = (lang, text, defined, seed)
                piece = self._cache.get(key) or self._previous.get(key)
                if piece is None:
                    piece = self._render_piece(article, lang, text, defined, seed)
                else:
                    self.reused += 1
                self._cache[key] = piece
                anchors = [anchor for _level, _text, anchor in piece.headings]
                if seed is not None or not used.intersection(anchors):
                    break
                seed = frozenset(used)  # its ids were taken earlier: number them on from there
            used.update(anchors)
            pieces.append(piece)
        return pieces

    def _render_piece(
        self,
        article: Article,
        lang: str,
        text: str,
        defined: frozenset[str],
        seed: frozenset[str] | None,
    ) -> _Piece:
        rendered = render_piece(text, labels_for(lang), defined, seed or frozenset())
        document = document_from_html(article, rendered.html, rendered.headings)
        in_order = all(
            _in_top_level_paragraph(sup, document.body)
            for sup in document.body.iterfind('.//sup[@class="midad-fn-placeholder"]')
        )
        return _Piece(
            self._finish(body_html(document).strip(), document.direction),
            rendered.headings,
            rendered.footnote_refs,
            rendered.footnotes,
            in_order,
        )

    def _footnotes(
        self,
        article: Article,
        refs: list[str],
        notes: dict[str, str],
        headings: list[tuple[int, str, str]],
    ) -> _Notes | None:
        """The numbered references, in order, and the notes section; None if they disagree."""
        lang = article_language(article)
        html, note_headings = render_footnotes(
            refs,
            list(notes.items()),
            labels_for(lang),
            frozenset(anchor for *_rest, anchor in headings),
        )
        document = document_from_html(article, html, note_headings)
        references = _REFERENCE.findall(
            self._finish(body_html(document).strip(), document.direction)
        )
        if len(references) != len(refs):
            return None
        section = self._finish(footnotes_html(document), document.direction)
        return references, section, note_headings

    def _frame(self, article: Article, headings: list[tuple[int, str, str]]) -> tuple[str, str]:
        """The page before and after its content (header, head, stylesheet)."""
        lang = article_language(article)
        document = ExportDocument(
            article.metadata,
            lang,
            direction_for(lang),
            labels_for(lang),
            lxml.html.fragment_fromstring("<div></div>"),
            headings=[Heading(*heading) for heading in headings[:1]],
        )
        frame = page_html(document, _MARKER, self.theme, "latin")
        if self.for_qtextbrowser:
            frame = adapt_for_qtextbrowser(frame)
        before, after = frame.split(_MARKER)
        return before, after

    def _finish(self, html: str, direction: str) -> str:
        return _for_qtextbrowser(html, direction) if self.for_qtextbrowser else html


def _for_qtextbrowser(html: str, direction: str) -> str:
    """Blocks of the page's <article> as QTextBrowser gets them (see preview.py)."""
    root = lxml.html.document_fromstring(
        f'<html dir="{direction}"><body><article>{html}</article></body></html>'
    )
    article = root.find("body/article")
    assert article is not None  # the wrapper above has it
    align_for_qtextbrowser(article, direction)
    return (article.text or "") + "".join(
        lxml.html.tostring(child, encoding="unicode", method="html", with_tail=True)
        for child in article
    )


def _in_top_level_paragraph(element: HtmlElement, root: HtmlElement) -> bool:
    parent = element.getparent()
    while parent is not None and parent.getparent() is not root:
        if parent.tag in _CONTAINERS:
            return False
        parent = parent.getparent()
    return parent is not None and parent.tag == "p"
