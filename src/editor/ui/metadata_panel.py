"""The metadata side panel: a form bound to the article's front matter."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.article import STATUSES, Metadata, split_tags
from ..core.slug import slug_problem, suggest_slug
from .core_messages import core_text
from .date_field import DateField
from .editor_pane import use_paragraph_directions
from .theme import WarningLabel

SUMMARY_LIMIT = 160  # what search engines and social cards show


class MetadataPanel(QWidget):
    """Edits title, subtitle, author, date, category, tags, summary, slug and status.

    Emits ``edited`` on every user change; ``metadata()`` returns the form's values merged
    into the metadata it was given (unknown keys and key order are kept).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = Metadata()
        self._loading = False
        self.title = QLineEdit()
        self.subtitle = QLineEdit()
        self.author = QLineEdit()
        # Typed (ISO, or day/month/year, in either digit style), picked, or Today; may be empty.
        self.date = DateField()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Separate tags with commas (، or ,)"))
        self.tag_list = QLabel()
        self.tag_list.setWordWrap(True)
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(90)
        use_paragraph_directions(self.summary.document())
        self.summary_count = QLabel()
        self.slug = QLineEdit()
        self.suggest_slug_button = QPushButton(self.tr("Suggest"))
        self.suggest_slug_button.setToolTip(self.tr("Suggest a slug from the title"))
        self.slug_message = WarningLabel()
        self.status = QComboBox()
        self._status_names = {
            "draft": self.tr("Draft"),
            "review": self.tr("In review"),
            "ready": self.tr("Ready"),
            "published": self.tr("Published"),
        }
        for status in STATUSES:
            self.status.addItem(self._status_names[status], status)
        self._build_layout()
        self._connect()

    def _build_layout(self) -> None:
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # rows stay together at the top of a tall dock
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Subtitle"), self.subtitle)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow("", self.tag_list)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow("", self.summary_count)
        slug_row = QHBoxLayout()
        slug_row.addWidget(self.slug)
        slug_row.addWidget(self.suggest_slug_button)
        form.addRow(self.tr("Slug"), slug_row)
        form.addRow("", self.slug_message)
        form.addRow(self.tr("Status"), self.status)

    def _connect(self) -> None:
        for line in (self.title, self.subtitle, self.author, self.tags, self.slug):
            line.textEdited.connect(self._changed)
        self.summary.textChanged.connect(self._changed)
        self.date.edited.connect(self._changed)
        self.category.editTextChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._changed)
        self.suggest_slug_button.clicked.connect(self._suggest_slug)

    # -- binding --------------------------------------------------------------------------
    def set_metadata(self, meta: Metadata) -> None:
        self._loading = True
        try:
            self._base = dataclasses.replace(
                meta, tags=list(meta.tags), extra=dict(meta.extra), key_order=list(meta.key_order)
            )
            self.title.setText(meta.title)
            self.subtitle.setText(meta.subtitle)
            self.author.setText(meta.author)
            self.date.set_value(meta.date)
            self.category.setEditText(meta.category)
            self.tags.setText("، ".join(meta.tags))
            self.summary.setPlainText(meta.summary)
            self.slug.setText(meta.slug)
            for line in (self.title, self.subtitle, self.author, self.tags, self.slug):
                line.setCursorPosition(0)  # show the beginning of long titles, not the end
            index = self.status.findData(meta.status)
            if index < 0:  # an unknown status from the file is shown, not lost
                self.status.addItem(meta.status, meta.status)
                index = self.status.count() - 1
            self.status.setCurrentIndex(index)
        finally:
            self._loading = False
        self._refresh_derived()

    def metadata(self) -> Metadata:
        base = self._base
        date_text = self.date.value_text()
        return dataclasses.replace(
            base,
            title=self.title.text().strip(),
            subtitle=self.subtitle.text().strip(),
            author=self.author.text().strip(),
            date=date_text,
            category=self.category.currentText().strip(),
            tags=split_tags(self.tags.text()),
            summary=self.summary.toPlainText().strip(),
            slug=self.slug.text().strip(),
            status=self.status.currentData() or base.status,
            extra=dict(base.extra),
            key_order=list(base.key_order),
        )

    def set_recent_categories(self, categories: list[str]) -> None:
        current = self.category.currentText()
        self._loading = True
        try:
            self.category.clear()
            self.category.addItems(categories)
            self.category.setEditText(current)
        finally:
            self._loading = False

    def _field_widget(self, name: str) -> QLineEdit | QPlainTextEdit | None:
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "author": self.author,
            "summary": self.summary,
            "slug": self.slug,
            "tags": self.tags,
            "category": self.category.lineEdit(),
        }.get(name)

    def _tag_offset(self, tag_index: int) -> int:
        """Where tag number ``tag_index`` starts in the tags line as the form shows it."""
        tags = split_tags(self.tags.text())
        text = self.tags.text()
        position = 0
        for index, tag in enumerate(tags):
            position = text.find(tag, position)
            if index == tag_index:
                return max(position, 0)
            position += len(tag)
        return 0

    def focus_field(self, name: str, start: int, end: int, tag_index: int = 0) -> None:
        """Select ``start:end`` of a field's value (offsets into the value, or the tag)."""
        widget = self._field_widget(name)
        if widget is None:
            return
        shift = self._tag_offset(tag_index) if name == "tags" else 0
        widget.setFocus()
        if isinstance(widget, QPlainTextEdit):
            cursor = widget.textCursor()
            cursor.setPosition(start + shift)
            cursor.setPosition(end + shift, cursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
        else:
            widget.setSelection(start + shift, end - start)

    def replace_in_field(
        self, name: str, start: int, end: int, replacement: str, tag_index: int = 0
    ) -> bool:
        """Apply a proofreading fix to a field; emits ``edited`` like a user edit."""
        widget = self._field_widget(name)
        if widget is None:
            return False
        shift = self._tag_offset(tag_index) if name == "tags" else 0
        text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        fixed = text[: start + shift] + replacement + text[end + shift :]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(fixed)
        else:
            widget.setText(fixed)
        self._changed()
        return True

    # -- reactions ------------------------------------------------------------------------
    def _changed(self) -> None:
        self._refresh_derived()
        if not self._loading:
            self.edited.emit()

    def _refresh_derived(self) -> None:
        tags = split_tags(self.tags.text())
        self.tag_list.setText("  ".join(f"• {tag}" for tag in tags))
        length = len(self.summary.toPlainText().strip())
        self.summary_count.setText(
            self.tr("%n character(s)", "", length)
            + (" — " + self.tr("longer than search results show") if length > SUMMARY_LIMIT else "")
        )
        problem = slug_problem(self.slug.text().strip())
        self.slug_message.setText(core_text(problem) if problem else "")
        self.slug_message.setVisible(bool(problem))

    def _suggest_slug(self) -> None:
        slug = suggest_slug(self.title.text())
        if slug and slug != self.slug.text():
            self.slug.setText(slug)
            self._changed()
