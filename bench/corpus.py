"""Large Arabic articles for benchmarks, built by repeating the shared samples' bodies."""

from __future__ import annotations

from pathlib import Path

from editor.core.article import load_article
from editor.core.stats import count_words

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "samples"


def sample_bodies() -> list[str]:
    names = ["clean-article.md", "draft-with-errors.md"]
    return [load_article(SAMPLES / name).body.strip() for name in names]


def article_text(words: int) -> str:
    """A Markdown body of about ``words`` words made of the sample articles."""
    bodies = sample_bodies()
    parts: list[str] = []
    total = 0
    index = 0
    while total < words:
        body = bodies[index % len(bodies)]
        parts.append(body)
        total += count_words(body)
        index += 1
    return "\n\n".join(parts) + "\n"
