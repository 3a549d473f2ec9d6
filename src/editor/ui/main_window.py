"""The main window: assembles panes and owns the actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPlainTextEdit

from ..core.article import Article, load_article
from ..core.errors import ArticleError


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.article = Article()
        self.editor = QPlainTextEdit(self)
        option = self.editor.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.editor.document().setDefaultTextOption(option)
        self.editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setCentralWidget(self.editor)
        self.resize(1000, 700)
        self._update_title()

    def open_path(self, path: str) -> bool:
        try:
            article = load_article(path)
        except ArticleError as exc:
            QMessageBox.warning(self, self.tr("Cannot open file"), str(exc))
            return False
        self.article = article
        self.editor.setPlainText(article.body)
        self._update_title()
        return True

    def _update_title(self) -> None:
        path = self.article.source.path
        name = Path(path).name if path else self.tr("Untitled")
        self.setWindowTitle(f"{name} — {self.tr('Midad')}")
