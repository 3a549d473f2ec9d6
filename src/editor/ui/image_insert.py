"""Insert Image: a picture chosen (or dropped on the text) is copied into ``images/`` beside the
article by core.images.add_image, and its Markdown goes in at the cursor (or the drop point)."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from ..core.errors import ArticleError
from ..core.images import IMAGE_SUFFIXES, InsertedImage, add_image, is_image_file
from .core_messages import core_error_message
from .document_controller import DocumentController
from .editor_pane import EditorPane
from .prompts import Prompts


def dropped_images(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    return files if files and all(is_image_file(f) for f in files) else []


class ImageInserter(QObject):
    status_message = Signal(str, int)

    def __init__(
        self,
        editor: EditorPane,
        document: DocumentController,
        prompts: Prompts,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.document = document
        self.prompts = prompts
        editor.viewport().installEventFilter(self)
        editor.setAcceptDrops(True)

    def choose_image(self, folder: str) -> str:
        patterns = " ".join(f"*{suffix}" for suffix in IMAGE_SUFFIXES)
        return self.prompts.open_path(
            self.tr("Insert Image"),
            folder,
            self.tr("Pictures (%1)").replace("%1", patterns) + ";;" + self.tr("All files (*)"),
        )

    def _article_saved(self) -> Path | None:
        """The article's file; an unsaved article is saved first, if the writer agrees."""
        path = self.document.path()
        if path is not None:
            return Path(path)
        if not self.prompts.ask(
            self.tr("Save the article first"),
            self.tr(
                "Pictures are kept in an “images” folder beside the "
                "article, so it needs a file first. Save it now?"
            ),
        ):
            return None
        if not self.document.save():
            return None
        path = self.document.path()
        return Path(path) if path is not None else None

    # -- commands -------------------------------------------------------------------------
    def insert_dialog(self) -> InsertedImage | None:
        article = self._article_saved()
        if article is None:
            return None
        chosen = self.choose_image(str(article.parent))
        return self.insert_files([chosen], article) if chosen else None

    def insert_files(
        self, files: list[str], article: Path | None = None, position: int | None = None
    ) -> InsertedImage | None:
        """Copy the pictures and insert their Markdown (at ``position``, else the cursor);
        returns the last one inserted."""
        article = article or self._article_saved()
        if article is None:
            return None
        inserted: list[InsertedImage] = []
        for file in files:
            try:
                inserted.append(add_image(file, article))
            except ArticleError as exc:
                self.prompts.show_error(
                    self.tr("Cannot insert the picture"), core_error_message(exc)
                )
        if not inserted:
            return None
        editor = self.editor
        cursor = editor.textCursor()
        if position is not None:
            cursor.setPosition(position)
        markdown = "\n\n".join(image.markdown for image in inserted)
        # At the start or end of a paragraph the picture becomes a paragraph of its own; in the
        # middle of one it stays inline, where the writer put it.
        text, column = cursor.block().text(), cursor.positionInBlock()
        before, after = text[:column].strip(), text[column:].strip()
        if before and not after:
            markdown = "\n\n" + markdown
        elif after and not before:
            markdown += "\n\n"
        cursor.insertText(markdown)
        editor.setTextCursor(cursor)
        editor.setFocus()
        self.status_message.emit(
            self.tr("Picture copied to %1").replace("%1", inserted[-1].relative), 5000
        )
        return inserted[-1]

    # -- drops on the text ----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        drop = cast(QDropEvent, event)  # these three kinds are QDropEvents
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and dropped_images(drop):
            drop.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop:
            files = dropped_images(drop)
            if files:
                drop.acceptProposedAction()
                position = self.editor.cursorForPosition(drop.position().toPoint()).position()
                self.insert_files(files, position=position)
                return True
        return super().eventFilter(watched, event)
