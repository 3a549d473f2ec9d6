"""The Markdown writer: the article in its canonical native form.

Front matter is written in the model's canonical field order (unknown keys kept after the known
ones, except the editor's own: the article's ignore list and word target are Midad's working
notes, not the article's, and a published copy leaves them out; Midad's own saving keeps them),
the body keeps its text; ``transform`` lets the caller apply the proofreading engine's safe
typography fixes on the way out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ..article import Article, serialize_article
from ..targets import WORD_TARGET_KEY

# Front matter keys only the editor reads; "midad-…" keys (the ignore list, midad-ignore) are
# the editor's by name.
EDITOR_KEYS = frozenset({WORD_TARGET_KEY})


def is_editor_key(key: object) -> bool:
    return isinstance(key, str) and (key in EDITOR_KEYS or key.startswith("midad-"))


def render_markdown(
    article: Article, transform: Callable[[str], str] | None = None, *, publish: bool = True
) -> str:
    """Normalized front matter + body (with "\\n" newlines and one final newline); with
    ``publish`` (the default) without the editor's own keys."""
    body = transform(article.body) if transform is not None else article.body
    extra = article.metadata.extra
    if publish:
        extra = {key: value for key, value in extra.items() if not is_editor_key(key)}
    metadata = dataclasses.replace(article.metadata, extra=extra, key_order=[])  # canonical
    normalized = dataclasses.replace(
        article, metadata=metadata, body=body.strip("\n") + "\n" if body.strip() else ""
    )
    return serialize_article(normalized)
