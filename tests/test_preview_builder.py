"""A patched preview document must equal the document Qt imports from the same page."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QTextDocument

from conftest import SAMPLES_DIR as SAMPLES
from editor.core.article import Article, load_article
from editor.core.export.incremental import IncrementalPreview, PageParts
from editor.ui.preview.text_builder import (
    ParagraphPatch,
    PreviewBuilder,
    WholePage,
    apply_patch,
    marked,
)
from editor.ui.preview.text_document import build_preview_document, confine_images

INSERTS = [
    " كلمة",
    " **عريض**",
    " *مائل*",
    " `شيفرة`",
    " [رابط](https://example.com)",
    " 123",
    "، ثم",
    " Python",
    " a *b* c",
    "\\*",
    " <span>س</span>",
    "[^1]",
    " ~~",
    " ![صورة](../خارج.png)",
    " Latin words make this paragraph read left to right",
]


def _imported(html: str, parts: PageParts | None) -> str:
    """What a whole import gives: of the marked parts, or of the page rendered whole."""
    if parts is not None:
        html = PageParts(
            parts.before,
            [
                marked(index, confine_images(block, None))
                for index, block in enumerate(parts.blocks)
            ],
            parts.after,
        ).page()
    return build_preview_document(html, None, QFont()).toHtml()


def _paragraph_ends(body: str) -> list[int]:
    """Ends of the plain paragraphs' first lines (where typing goes)."""
    ends, offset = [], 0
    for line in body.split("\n"):
        if line and line[0] not in "#->|`[*1234567890 \t":
            ends.append(offset + len(line))
        offset += len(line) + 1
    return ends


class Shown:
    """What the pane does with updates, without a widget."""

    def __init__(self) -> None:
        self.document: QTextDocument | None = None
        self.paragraphs: dict[int, int] = {}
        self.version = 0
        self.patched = 0

    def show(self, update: WholePage | ParagraphPatch) -> None:
        if isinstance(update, WholePage):
            self.document, self.paragraphs, self.version = (
                update.document,
                update.paragraphs,
                update.version,
            )
        else:
            assert update.base == self.version
            assert apply_patch(self.document, self.paragraphs, update)
            self.version = update.version
            self.patched += update.index is not None


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.tuples(st.integers(0, 50), st.sampled_from(INSERTS)), min_size=1, max_size=6))
def test_patched_documents_equal_imported_ones(qapp, edits: list[tuple[int, str]]) -> None:
    article = load_article(SAMPLES / "clean-article.md")
    renderer, builder, shown = IncrementalPreview(), PreviewBuilder(), Shown()
    shown.show(builder.update(renderer(article), renderer.last_parts, None, QFont()))
    for paragraph, text in edits:
        ends = _paragraph_ends(article.body)
        at = ends[paragraph % len(ends)]
        article = Article(article.metadata, article.body[:at] + text + article.body[at:])
        html = renderer(article)
        shown.show(builder.update(html, renderer.last_parts, None, QFont()))
        assert shown.document.toHtml() == _imported(html, renderer.last_parts)


def test_typing_in_a_paragraph_patches_and_other_edits_import(qapp) -> None:
    article = load_article(SAMPLES / "clean-article.md")
    renderer, builder, shown = IncrementalPreview(), PreviewBuilder(), Shown()
    first = builder.update(renderer(article), renderer.last_parts, None, QFont())
    assert isinstance(first, WholePage)
    shown.show(first)
    at = _paragraph_ends(article.body)[0]
    article = Article(article.metadata, article.body[:at] + " كلمة" + article.body[at:])
    patch = builder.update(renderer(article), renderer.last_parts, None, QFont())
    assert isinstance(patch, ParagraphPatch) and patch.index is not None
    shown.show(patch)
    assert "كلمة" in shown.document.toPlainText()
    article = Article(article.metadata, article.body + "\n\nفقرة جديدة في آخر المقال.\n")
    whole = builder.update(renderer(article), renderer.last_parts, None, QFont())
    assert isinstance(whole, WholePage)
    assert "فقرة جديدة في آخر المقال" in whole.document.toPlainText()
    builder.forget()  # the pane missed an update: the next one comes whole
    assert isinstance(
        builder.update(renderer(article), renderer.last_parts, None, QFont()), WholePage
    )
