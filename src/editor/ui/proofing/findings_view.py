"""The findings list's view: entries (a finding, or a word met several times) grouped by kind,
drawn as two wrapped lines by a delegate; the proofreading panel fills and drives it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QWidget,
)

from ...core.proofing import KINDS, WORD_KINDS, Finding
from ...core.proofing.normalize import normalize_word

ROLE = Qt.ItemDataRole.UserRole  # the entry's first finding (its current occurrence)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the Entry
# Kinds whose repeated words are one entry: the same unknown word or name across the article.
GROUPED_KINDS = ("spelling", "name")


@dataclass
class Entry:
    """One row of the panel: a finding, or every occurrence of one repeated word."""

    findings: list[Finding]

    @property
    def first(self) -> Finding:
        return self.findings[0]

    @property
    def kind(self) -> str:
        return self.first.kind

    @property
    def is_word(self) -> bool:
        return self.kind in WORD_KINDS and self.first.rule != "frequent-error"

    def key(self) -> tuple[object, ...]:
        first = self.first
        if len(self.findings) > 1:
            return (first.rule, normalize_word(first.text))
        return (first.rule, first.text, first.field, first.line, first.column)

    def fixable(self) -> bool:
        return self.kind != "name" and bool(self.first.suggestions)


def group_findings(findings: list[Finding]) -> dict[str, list[Entry]]:
    """Entries per kind, in article order; repeated words of GROUPED_KINDS become one entry."""
    entries: dict[str, list[Entry]] = {kind: [] for kind in KINDS}
    words: dict[tuple[str, str], Entry] = {}
    for finding in findings:
        of_kind = entries.setdefault(finding.kind, [])
        if finding.kind in GROUPED_KINDS:
            key = (finding.rule, normalize_word(finding.text))
            entry = words.get(key)
            if entry is not None:
                entry.findings.append(finding)
                continue
            entry = words[key] = Entry([finding])
        else:
            entry = Entry([finding])
        of_kind.append(entry)
    return entries


_PADDING = 3  # above, below and between an entry's two lines
_MARGIN = 4  # before and after the text
_WRAP_CACHE = 4000


def wrap_lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (at spaces; inside a word only when
    the word alone is wider). Each line is drawn on its own, without the spaces at its ends:
    Qt would otherwise push a right-to-left line out by its trailing space."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        piece = text[line.textStart() : line.textStart() + line.textLength()].strip()
        if piece:
            lines.append(piece)
    layout.endLayout()
    return lines


class EntryDelegate(QStyledItemDelegate):
    """Draws an entry as two wrapped lines: what (and its fix), then where and why (muted).

    Nothing is elided: an entry grows as tall as its text needs at the panel's width.
    """

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        # Lines of each entry at a width: sizes are asked for often, the text rarely changes.
        self._wrapped: dict[tuple[str, int, str], list[list[str]]] = {}

    def _text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        if self.tree.rootIsDecorated():
            depth += 1
        return max(40, self.tree.viewport().width() - depth * self.tree.indentation() - 2 * _MARGIN)

    def _blocks(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> list[list[str]]:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        key = (text, width, option.font.key())
        blocks = self._wrapped.get(key)
        if blocks is None:
            if len(self._wrapped) > _WRAP_CACHE:
                self._wrapped.clear()
            blocks = [wrap_lines(part, option.font, width) for part in text.split("\n", 1)]
            self._wrapped[key] = blocks
        return blocks

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.data(ENTRY_ROLE) is None:  # a kind's heading: a little air above it
            size = super().sizeHint(option, index)
            return QSize(size.width(), size.height() + 2 * _PADDING)
        width = self._text_width(index)
        blocks = self._blocks(option, index, width)
        lines = sum(len(block) for block in blocks)
        return QSize(
            width + 2 * _MARGIN,
            lines * option.fontMetrics.lineSpacing() + (len(blocks) + 1) * _PADDING,
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.data(ENTRY_ROLE) is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        strong = option.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = (
            strong if selected else option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        )
        rect = option.rect.adjusted(_MARGIN, _PADDING, -_MARGIN, -_PADDING)
        height = option.fontMetrics.lineSpacing()
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setLayoutDirection(option.direction)
        painter.setFont(option.font)
        top = rect.top()
        for block, color in zip(
            self._blocks(option, index, rect.width()), (strong, muted), strict=False
        ):
            painter.setPen(color)
            for line in block:
                painter.drawText(QRect(rect.left(), top, rect.width(), height), align, line)
                top += height
            top += _PADDING
        painter.restore()


class FindingsTree(QTreeWidget):
    """A tree whose rows wrap to its width and grow taller when it narrows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(True)
        self.setIndentation(12)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformRowHeights(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setItemDelegate(EntryDelegate(self))

    def viewportEvent(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            self.scheduleDelayedItemsLayout()  # wrapped rows take another height
        return super().viewportEvent(event)
