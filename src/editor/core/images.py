"""Putting a picture into an article: a copy in ``images/`` beside it, and its Markdown."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleError

IMAGE_FOLDER = "images"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp")
_UNSAFE = re.compile(r"[\s()\[\]<>\"'#?%]+")


@dataclass(frozen=True)
class InsertedImage:
    path: Path  # the copy, inside the article's images folder
    relative: str  # how the article refers to it: "images/name.png"
    markdown: str  # "![alt](images/name.png)"


def is_image_file(path: str | os.PathLike[str]) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def _safe_name(name: str) -> str:
    """A file name that needs no escaping in a Markdown link (spaces, brackets → "-")."""
    stem, suffix = os.path.splitext(name)
    stem = _UNSAFE.sub("-", stem).strip("-.") or "image"
    return stem + suffix.lower()


def _unique(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix = os.path.splitext(name)
    number = 2
    while target.exists():
        target = folder / f"{stem}-{number}{suffix}"
        number += 1
    return target


def alt_text(name: str) -> str:
    """A first alt text from the file name: "harbour-at-dawn.jpg" → "harbour at dawn"."""
    return re.sub(r"[-_]+", " ", os.path.splitext(name)[0]).strip()


def add_image(
    image: str | os.PathLike[str], article_path: str | os.PathLike[str], alt: str | None = None
) -> InsertedImage:
    """Copy ``image`` into the ``images`` folder beside the article (a new, unique name if the
    name is taken, unless it is that very file) and return its Markdown. Raises ArticleError."""
    source = Path(image)
    if not source.is_file():
        raise ArticleError("“{path}” does not exist.", path=str(source))
    if not is_image_file(source):
        raise ArticleError(
            "“{name}” is not a picture (PNG, JPEG, GIF, WebP, SVG or BMP).", name=source.name
        )
    folder = Path(article_path).parent / IMAGE_FOLDER
    name = _safe_name(source.name)
    existing = folder / name
    if existing.exists() and existing.resolve() == source.resolve():
        target = existing  # already in the article's images folder
    else:
        try:
            folder.mkdir(exist_ok=True)
            target = _unique(folder, name)
            shutil.copy2(source, target)
        except OSError as exc:
            raise ArticleError(
                "“{name}” could not be copied into “{folder}”: {reason}.",
                name=source.name,
                folder=str(folder),
                reason=exc.strerror or str(exc),
            ) from None
    relative = f"{IMAGE_FOLDER}/{target.name}"
    text = alt_text(source.name) if alt is None else alt
    text = text.replace("[", "(").replace("]", ")")
    return InsertedImage(target, relative, f"![{text}]({relative})")
