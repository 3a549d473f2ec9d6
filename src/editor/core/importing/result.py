"""What an import produced: the article, and an account of everything taken out of its text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..article import Article
from ..notices import Notice


@dataclass(frozen=True)
class Removal:
    """A line of the source that is not in the article's body, and why."""

    line: int  # 1-based line number in the imported text (0 when not line-based, e.g. DOCX)
    text: str
    # Why, in English for the command line and logs: a Notice the window translates, or a
    # vocabulary category's own reason (a plain string; the window translates it by kind).
    reason: str
    # A stable key for the UI to group and translate by: a vocabulary kind ("share",
    # "comments", "copyright"…) or "title", "author", "date", "tags", "category", "subtitle",
    # "menu", "breadcrumb", "related", "duplicate", "counter", "decoration".
    kind: str = ""


@dataclass
class ImportResult:
    article: Article
    # Lines dropped as boilerplate (share widgets, comment forms, footers, …).
    removed: list[Removal] = field(default_factory=list)
    # Lines moved into the metadata (title, byline, dateline, tags), with what they gave.
    moved: list[Removal] = field(default_factory=list)
    # Anything else the user should know (skipped images, unsupported content, encoding).
    notes: list[Notice] = field(default_factory=list)

    def found(self) -> dict[str, Any]:
        """The metadata the import filled in, for reports."""
        meta = self.article.metadata
        data: dict[str, Any] = {
            "title": meta.title,
            "author": meta.author,
            "date": meta.date,
            "category": meta.category,
            "tags": list(meta.tags),
        }
        return {key: value for key, value in data.items() if value}
