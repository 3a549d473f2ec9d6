"""Pictures embedded in an imported HTML page (``data:`` addresses) saved as files.

Midad's HTML export embeds an article's pictures in the page, so the page needs nothing beside
it; imported again, each picture becomes a file in ``images/`` beside the imported page (where
the article is saved by default, as Insert Image does), named ``picture-1.png``… The same
picture twice is one file; a file already there with the same bytes is reused, never replaced.
Only PNG, JPEG, GIF and WebP are saved, recognised by their bytes, not by what the page claims.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from pathlib import Path

from ..errors import ArticleError
from ..fileio import atomic_write

FOLDER = "images"
_SUFFIXES = (
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
)


def _suffix(data: bytes) -> str | None:
    for signature, suffix in _SUFFIXES:
        if data.startswith(signature):
            return suffix
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    return None


class EmbeddedPictures:
    """Saves the embedded pictures of one imported page into ``folder``/images."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / FOLDER
        self.saved: list[Path] = []  # files written by this import
        self._by_digest: dict[str, str] = {}

    def save(self, src: str) -> str | None:
        """The relative address of the saved picture for a ``data:image/…;base64,`` ``src``;
        None when it is not such a picture (the caller keeps its description)."""
        head, _, payload = src.partition(",")
        if not head.lower().startswith("data:image/") or not head.lower().endswith(";base64"):
            return None
        try:
            data = base64.b64decode(payload, validate=False)
        except (binascii.Error, ValueError):
            return None
        suffix = _suffix(data)
        if suffix is None:
            return None
        digest = hashlib.sha256(data).hexdigest()
        if digest in self._by_digest:
            return self._by_digest[digest]
        number = 1
        while True:
            path = self.folder / f"picture-{number}{suffix}"
            if not path.exists():
                try:
                    self.folder.mkdir(parents=True, exist_ok=True)
                    atomic_write(path, data)
                except (OSError, ArticleError):
                    return None  # a folder we cannot write to: the description stays
                self.saved.append(path)
                break
            if path.is_file() and path.read_bytes() == data:
                break  # the same picture, saved by an earlier import
            number += 1
        address = f"{FOLDER}/{path.name}"
        self._by_digest[digest] = address
        return address
