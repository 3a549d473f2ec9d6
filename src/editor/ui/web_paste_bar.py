"""After a paste that looks like a web page: a bar above the editor offering the clean-up.

The paste goes in as usual (nothing is held up or asked); the bar then offers to clean the
pasted text where it lies (one undo step), or to turn it into a new article instead.
Detection is the import's own judgement (core ``looks_like_web_page``), run once per paste.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ..core.importing.webpaste import looks_like_web_page
from .editor_pane import EditorPane


class WebPasteBar(QFrame):
    def __init__(
        self,
        editor: EditorPane,
        paste_as_new_article: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("webPasteBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.editor = editor
        self._paste_as_new_article = paste_as_new_article
        self._range: QTextCursor | None = None  # the pasted text, kept up to date by Qt
        self._source = ("", "")
        self._revision = -1  # the document's revision right after the paste
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        self.message = QLabel(self.tr("This looks like a web page: clean it up?"))
        self.message.setWordWrap(True)
        self.clean_button = QPushButton(self.tr("Clean Up"))
        self.clean_button.setToolTip(
            self.tr(
                "Remove the page's menus, share buttons, comment "
                "forms and footer from the pasted text"
            )
        )
        self.article_button = QPushButton(self.tr("Paste as New Article"))
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Keep the paste as it is"))
        self.close_button.setAutoRaise(True)
        row.addWidget(self.message, 1)
        row.addWidget(self.clean_button)
        row.addWidget(self.article_button)
        row.addWidget(self.close_button)
        self.clean_button.clicked.connect(self.clean_up)
        self.article_button.clicked.connect(self.as_new_article)
        self.close_button.clicked.connect(self.dismiss)
        editor.pasted.connect(self._pasted)
        self.hide()

    def _pasted(self, start: int, end: int, text: str, html: str) -> None:
        if end <= start or not looks_like_web_page(text, html or None):
            self.dismiss()
            return
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._range, self._source = cursor, (text, html)
        self._revision = self.editor.document().revision()
        self.show()

    def pasted_text(self) -> str:
        """The pasted text as it now stands in the editor ("" when the bar has none)."""
        if self._range is None:
            return ""
        return self._range.selectedText().replace("\u2029", "\n")

    def clean_up(self) -> None:
        """Replace the pasted text with its cleaned version, as one undo step."""
        if self._range is None or not self._range.hasSelection():
            self.dismiss()
            return
        from ..core.importing.importer import clean_paste  # with python-docx: loaded when used

        text = self.pasted_text()
        cleaned = (
            clean_paste(text, None)
            if self._changed_since_paste()
            else clean_paste(*self._source_for_cleaning())
        )
        self._range.insertText(cleaned)
        self.editor.setTextCursor(self._range)
        self.dismiss()

    def as_new_article(self) -> None:
        """Take the paste back out of this article and make a new article of it."""
        if self._range is not None and self._range.hasSelection():
            if not self._changed_since_paste() and self.editor.shared_history:
                self.editor.undo_requested.emit()  # back to exactly what was (saved state too)
            else:
                self._range.removeSelectedText()
        self.dismiss()
        self._paste_as_new_article()

    def dismiss(self) -> None:
        self._range = None
        self._source = ("", "")
        self.hide()

    def _changed_since_paste(self) -> bool:
        return self.editor.document().revision() != self._revision

    def _source_for_cleaning(self) -> tuple[str, str | None]:
        text, html = self._source
        return (self.pasted_text(), None) if not html else (text, html)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            self.editor.setFocus()
        else:
            super().keyPressEvent(event)
