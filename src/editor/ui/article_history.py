"""One undo order for the article's text and its details (title, tags, summary…).

The text keeps its own undo stack inside its QTextDocument, where QPlainTextEdit merges typing
into steps. A details edit is kept here together with the number of text steps below it, so Undo
takes whichever came last. (QTextDocument.appendUndoItem would put details on the same stack,
but PySide does not expose QAbstractUndoItem.) Typing into a field coalesces into one step per
field, as typing in the text does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMenu

from ..core.article import Metadata
from .metadata_panel import MetadataPanel


@dataclass
class DetailsEdit:
    before: Metadata
    after: Metadata
    text_steps: int  # the text's undo steps (as QTextDocument counts them) below this edit
    # One step with the text edit just below it (e.g. Fix All Safe in the text and the title):
    # undoing it undoes that text edit too, which began at ``text_before`` steps.
    with_text: bool = False
    text_before: int = -1

    def __post_init__(self) -> None:
        if not self.with_text:
            self.text_before = self.text_steps


def changed_fields(before: Metadata, after: Metadata) -> set[str]:
    return {
        item.name
        for item in fields(Metadata)
        if getattr(before, item.name) != getattr(after, item.name)
    }


class ArticleHistory(QObject):
    details_restored = Signal()  # the panel shows other details: the article changed
    stepped = Signal(str)  # "undo" or "redo", after it is done

    def __init__(
        self,
        document: QTextDocument,
        panel: MetadataPanel,
        text_undo: Callable[[], None],
        text_redo: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._panel = panel
        self._text_undo = text_undo
        self._text_redo = text_redo
        self._done: list[DetailsEdit] = []
        self._undone: list[DetailsEdit] = []
        self._shown = panel.metadata()
        self._revision = document.revision()
        self._coalesce = False  # the next details edit may join the last one
        self._busy = False
        panel.edited.connect(self._details_edited)
        document.contentsChange.connect(self._text_changed)

    def reset(self) -> None:
        """Forget everything (a new or reopened article)."""
        self._done.clear()
        self._undone.clear()
        self._shown = self._panel.metadata()
        self._revision = self._document.revision()
        self._coalesce = False

    def can_undo(self) -> bool:
        return bool(self._done) or self._document.isUndoAvailable()

    def can_redo(self) -> bool:
        return bool(self._undone) or self._document.isRedoAvailable()

    @property
    def in_step(self) -> bool:
        """Whether an Undo or Redo is changing the article right now."""
        return self._busy

    def position(self) -> tuple[int, int]:
        """Where the history stands: (details steps done, text steps done). An undo lowers it,
        a redo raises it again."""
        return len(self._done), self._document.availableUndoSteps()

    def text_steps(self) -> int:
        return self._document.availableUndoSteps()

    def record_details(self, meta: Metadata, text_before: int | None = None) -> None:
        """Show ``meta`` as one undo step. ``text_before``: ``text_steps()`` before a text
        edit just made that belongs to the same step (one Undo takes both back)."""
        before = self._shown
        self._show_details(meta)
        steps = self._document.availableUndoSteps()
        with_text = text_before is not None and text_before != steps
        self._done.append(
            DetailsEdit(
                before,
                meta,
                steps,
                with_text,
                text_before if with_text and text_before is not None else steps,
            )
        )
        self._undone.clear()
        self._revision = self._document.revision()

    # -- recording ------------------------------------------------------------------------
    def _details_edited(self) -> None:
        if self._busy:
            return
        now = self._panel.metadata()
        if now == self._shown:
            return
        steps = self._document.availableUndoSteps()
        last = self._done[-1] if self._done else None
        if (
            self._coalesce
            and last is not None
            and last.text_steps == steps
            and changed_fields(last.before, last.after)
            == changed_fields(last.after, now)
            == changed_fields(last.before, now)
        ):
            last.after = now  # still typing in the same field
        else:
            self._done.append(DetailsEdit(self._shown, now, steps))
        self._undone.clear()
        self._shown = now
        self._coalesce = True

    def _text_changed(self, _position: int, _removed: int, _added: int) -> None:
        revision = self._document.revision()
        if self._busy or revision == self._revision:
            return  # our own undo, or only highlighting (formats, not text)
        self._revision = revision
        self._coalesce = False
        self._undone.clear()
        last = self._done[-1] if self._done else None
        if (
            last is not None
            and last.text_steps > 0
            and not last.with_text
            and last.text_steps == self._document.availableUndoSteps()
        ):
            # Typing joined the text step below the details edit: that step now ends after it.
            last.text_steps -= 1

    # -- undo and redo --------------------------------------------------------------------
    def undo(self) -> None:
        steps = self._document.availableUndoSteps()
        if self._done and self._done[-1].text_steps >= steps:
            edit = self._done.pop()
            if edit.with_text and self._document.isUndoAvailable():
                self._run_on_text(self._text_undo)
            self._show_details(edit.before)
            self._undone.append(edit)
        elif self._document.isUndoAvailable():
            self._run_on_text(self._text_undo)
        else:
            return
        self.stepped.emit("undo")

    def redo(self) -> None:
        steps = self._document.availableUndoSteps()
        if self._undone and self._undone[-1].text_before <= steps:
            edit = self._undone.pop()
            if edit.with_text and self._document.isRedoAvailable():
                self._run_on_text(self._text_redo)
            self._show_details(edit.after)
            self._done.append(edit)
        elif self._document.isRedoAvailable():
            self._run_on_text(self._text_redo)
        else:
            return
        self.stepped.emit("redo")

    def aim_menu(self, menu: QMenu, _position: int = 0) -> None:
        """Point a text context menu's Undo and Redo (Qt names them) at this history."""
        for action in menu.actions():
            name = action.objectName()
            if name in ("edit-undo", "edit-redo"):
                action.triggered.disconnect()
                undo = name == "edit-undo"
                action.triggered.connect(self.undo if undo else self.redo)
                action.setEnabled(self.can_undo() if undo else self.can_redo())

    def _run_on_text(self, action: Callable[[], None]) -> None:
        self._busy = True
        try:
            action()
        finally:
            self._busy = False
            self._revision = self._document.revision()
            self._coalesce = False

    def _show_details(self, meta: Metadata) -> None:
        self._busy = True
        try:
            self._panel.set_metadata(meta)
        finally:
            self._busy = False
        self._shown = meta
        self._coalesce = False
        self.details_restored.emit()  # the article changed (undone, redone or recorded)
