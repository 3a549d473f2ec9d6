"""What a window needs to know about the file behind an open article, without Qt."""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from .article import Article, parse_article
from .slug import suggest_slug

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fingerprint:
    """Identifies one version of a file on disk, to notice changes made by other programs."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> Fingerprint | None:
        try:
            stat = os.stat(path)
            digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError as exc:
            logger.debug("Cannot fingerprint %s: %s", path, exc)
            return None
        return cls(stat.st_size, stat.st_mtime_ns, digest)

    def same_content(self, other: Fingerprint | None) -> bool:
        return other is not None and other.digest == self.digest


def article_from_editor(base: Article, body: str) -> Article:
    """The article as it stands in the window: the panel's metadata and the editor's body."""
    return Article(
        metadata=base.metadata, body=body, source=base.source, warnings=list(base.warnings)
    )


def recovered_article(text: str, path: Path | None) -> Article:
    """An article rebuilt from a crash-recovery journal, pointing at its original file."""
    article = parse_article(text)
    article.source.path = path
    return article


def suggested_save_path(
    article: Article, imported_from: Path | None, home: Path, untitled: str = "article"
) -> Path:
    """Where Save As proposes to save: the article's own file; for an imported article, the
    imported file's folder under a name from the slug, else the title, else the imported file's
    name; for a new article, ``home``."""
    if article.source.path is not None:
        return Path(article.source.path)
    folder = imported_from.parent if imported_from is not None else home
    meta = article.metadata
    stem = (
        meta.slug
        or suggest_slug(meta.title)
        or (imported_from.stem if imported_from is not None else "")
        or untitled
    )
    return folder / (stem + ".md")
