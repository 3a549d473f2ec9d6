"""What an empty window offers: a small panel in the middle of the empty editor.

New, Open, Import and Paste as New Article, as buttons that trigger the window's own actions.
It lies over the editor's viewport, hides as soon as the text has a character and comes back
when the text is empty again; the editor keeps the keyboard, so typing simply starts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from .editor_pane import EditorPane


class StartPanel(QFrame):
    def __init__(
        self, editor: EditorPane, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent or editor.viewport())
        self.setObjectName("startPanel")
        self.editor = editor
        column = QVBoxLayout(self)
        column.setSpacing(8)
        title = QLabel(self.tr("Start writing here, or:"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        self.buttons: list[QPushButton] = []
        for action in actions:
            button = QPushButton(action.text().replace("&", "").rstrip("…"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the editor keeps the keyboard
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            column.addWidget(button)
            self.buttons.append(button)
        self.adjustSize()
        editor.viewport().installEventFilter(self)
        editor.document().contentsChanged.connect(self.update_visibility)
        self.update_visibility()

    def update_visibility(self) -> None:
        empty = self.editor.document().characterCount() <= 1  # O(1): no text at all
        if empty == self.isHidden():
            self.setVisible(empty)
        if empty:
            self._center()

    def _center(self) -> None:
        area = self.editor.viewport().rect()
        size = self.sizeHint()
        self.setGeometry(
            (area.width() - size.width()) // 2,
            max(0, (area.height() - size.height()) // 3),
            size.width(),
            size.height(),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.isHidden():
            self._center()
        return False
