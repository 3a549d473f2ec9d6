"""Keeps the preview showing the article as it is typed, and scrolled where the cursor is."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QObject

from ...core.article import Article
from ...core.export.preview import preview_window
from ..editor_pane import EditorPane
from .engines import Preview


class PreviewSync(QObject):
    def __init__(
        self,
        editor: EditorPane,
        preview: Preview,
        article: Callable[[], Article],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.preview = preview
        self.article = article
        self.lines = (0, 0)  # the body lines the preview shows
        editor.textChanged.connect(self.schedule)
        editor.cursor_moved.connect(self._cursor_moved)

    def schedule(self) -> None:
        """Show the article again once typing pauses."""
        self.preview.schedule(self.previewed_article)

    def refresh_now(self, *_: object) -> None:
        """Show the article as soon as it is rendered (a new article was loaded)."""
        self.preview.refresh_now(self.previewed_article())

    def previewed_article(self) -> Article:
        """What the preview shows: the article, or for a long one the part around the cursor."""
        article = self.article()
        excerpt, first, last = preview_window(article.body, self.editor.textCursor().blockNumber())
        self.lines = (first, last)
        return dataclasses.replace(article, body=excerpt)

    def _cursor_moved(self, line: int, _column: int) -> None:
        first, last = self.lines
        if first <= line - 1 <= last:
            self.preview.follow((line - 1 - first) / max(1, last - first))
        else:
            self.schedule()  # moved out of the previewed part
