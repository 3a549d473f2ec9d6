"""The article's pictures in an exported HTML file: embedded, copied beside it, or linked.

An article refers to its pictures relative to its own file (``![…](images/chart.png)``); the
exported page is often written elsewhere, where that address finds nothing. So, by default, a
picture is embedded in the page as a ``data:`` URI (one self-contained file); ``copy`` copies it
beside the output under the same relative path (for a CMS that takes the page and its folder),
``link`` keeps the address as written. Web addresses and site paths (``/media/x.png``) are never
touched. A picture that is not where the article says is reported (a Notice) and its address
kept, so the reader's browser shows its description.
"""

from __future__ import annotations

import base64
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote

from lxml.html import HtmlElement

from ..notices import Notice
from .document import ExportDocument

IMAGE_MODES = ("embed", "copy", "link")
_MIME = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
    ".bmp": "image/bmp",
    ".avif": "image/avif",
}
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


@dataclass
class PlacedImages:
    """What ``place_images`` did: the files to copy (source → destination) and its notices."""

    copies: list[tuple[Path, Path]] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    def copy_files(self) -> None:
        for source, destination in self.copies:
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)


def _local_path(src: str) -> str | None:
    """The file path a relative ``src`` names, or None for web addresses and site paths."""
    src = src.strip()
    if not src or src.startswith(("/", "\\", "#")) or ":" in src.split("/", 1)[0]:
        return None
    return unquote(src.split("#", 1)[0].split("?", 1)[0])


def _mime(path: Path, data: bytes) -> str | None:
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return _MIME.get(path.suffix.lower())


def _images(document: ExportDocument) -> list[HtmlElement]:
    found = list(document.body.iter("img"))
    for note in document.footnotes:
        found.extend(note.content.iter("img"))
    return found


def place_images(document: ExportDocument, mode: str, target: Path | None) -> PlacedImages:
    """Rewrite the pictures of ``document`` for a page written to ``target`` (see the module
    docstring); the copies are only planned: call ``copy_files`` before writing the page."""
    if mode not in IMAGE_MODES:
        raise ValueError(f"mode must be one of {IMAGE_MODES}, not {mode!r}")
    placed = PlacedImages()
    planned: dict[Path, str] = {}
    for img in _images(document):
        src = img.get("src", "")
        relative = _local_path(src)
        if relative is None:
            continue
        path = document.base_dir / relative if document.base_dir is not None else None
        if path is None or not path.is_file():
            placed.notices.append(
                Notice(
                    "The picture “{src}” was not found beside the article; the page shows its "
                    "description in its place.",
                    src=relative,
                )
            )
            continue
        if mode == "embed":
            data = path.read_bytes()
            mime = _mime(path, data)
            if mime is None:
                placed.notices.append(
                    Notice(
                        "“{src}” is not a picture a browser shows; its address was kept.",
                        src=relative,
                    )
                )
                continue
            img.set("src", f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}")
        elif mode == "copy" and target is not None:
            img.set("src", _copy_plan(path, src, relative, target.parent, placed, planned))
    return placed


def _copy_plan(
    path: Path,
    src: str,
    relative: str,
    folder: Path,
    placed: PlacedImages,
    planned: dict[Path, str],
) -> str:
    """Where the copy of ``path`` goes beside the output, and the address that finds it there."""
    source = path.resolve()
    if source in planned:
        return planned[source]
    if (folder / relative).resolve() == source:  # the address finds it from there already
        planned[source] = src
        return src
    parts = PurePosixPath(relative.replace("\\", "/")).parts
    address = src  # the same relative path beside the output: the address stays as written
    if ".." in parts or not parts:
        parts = ("images", path.name)  # outside the article's folder: into images/ beside it
        address = quote("/".join(parts))
    destination = folder.joinpath(*parts)
    if not (destination.exists() and os.path.samefile(destination, source)):
        placed.copies.append((source, destination))
    planned[source] = address
    return address
