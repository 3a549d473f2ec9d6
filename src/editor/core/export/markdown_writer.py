"""The Markdown writer: the article in its canonical native form.

Front matter is written in the model's canonical field order (unknown keys kept after the known
ones), the body keeps its text; ``transform`` lets the caller apply the proofreading engine's
safe typography fixes on the way out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ..article import Article, serialize_article


def render_markdown(article: Article, transform: Callable[[str], str] | None = None) -> str:
    """Normalized front matter + body (with "\\n" newlines and one final newline)."""
    body = transform(article.body) if transform is not None else article.body
    metadata = dataclasses.replace(article.metadata, key_order=[])  # canonical order
    normalized = dataclasses.replace(
        article, metadata=metadata, body=body.strip("\n") + "\n" if body.strip() else ""
    )
    return serialize_article(normalized)
