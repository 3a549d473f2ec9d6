"""Export an article to a file: choose the writer, name the output, write it atomically.

The whole file is built in memory first; only then is it written (temporary file + rename), so
a failed export never leaves a half-written file and never touches an existing one.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path

from ..article import Article
from ..errors import ArticleError
from ..fileio import atomic_write
from .docx_writer import render_docx
from .html_writer import render_html
from .markdown_writer import render_markdown

logger = logging.getLogger(__name__)

FORMATS = {"html": ".html", "docx": ".docx", "md": ".md"}


class ExportError(ArticleError):
    """The export was not written (bad options or target); nothing was changed on disk."""


def export_bytes(
    article: Article,
    fmt: str,
    *,
    fragment: bool = False,
    theme: str = "auto",
    transform: Callable[[str], str] | None = None,
) -> bytes:
    """The exported file's bytes, in UTF-8 for the text formats."""
    if fmt not in FORMATS:
        raise ExportError(
            "Unknown export format “{fmt}”; choose one of: {choices}.",
            fmt=fmt,
            choices=", ".join(FORMATS),
        )
    if fragment and fmt != "html":
        raise ExportError("--fragment applies to HTML exports only.")
    if fmt == "html":
        return render_html(article, fragment=fragment, theme=theme).encode("utf-8")
    if fmt == "docx":
        return render_docx(article)
    return render_markdown(article, transform).encode("utf-8")


def format_for_path(path: str | os.PathLike[str]) -> str | None:
    suffix = Path(path).suffix.lower()
    aliases = {".htm": "html", ".markdown": "md"}
    return aliases.get(suffix) or next((f for f, ext in FORMATS.items() if ext == suffix), None)


def default_output_path(source: Path, fmt: str) -> Path:
    """Next to the input, same name, the format's extension; never the input itself."""
    target = source.with_suffix(FORMATS[fmt])
    if target.resolve() == source.resolve():
        target = source.with_name(f"{source.stem}.export{FORMATS[fmt]}")
    return target


def export_article(
    article: Article,
    fmt: str,
    target: str | os.PathLike[str] | None = None,
    *,
    fragment: bool = False,
    theme: str = "auto",
    transform: Callable[[str], str] | None = None,
) -> Path:
    """Export to ``target`` (default: next to the article's file). Returns the path written."""
    source = article.source.path
    if target is None:
        if source is None:
            raise ExportError("The article has no file name yet; choose where to export it.")
        target = default_output_path(source, fmt)
    target = Path(target)
    if (
        source is not None
        and fmt != "md"
        and target.exists()
        and target.resolve() == Path(source).resolve()
    ):
        raise ExportError(
            "Exporting to “{path}” would overwrite the article itself; choose another file name.",
            path=str(target),
        )
    if target.is_dir():
        raise ExportError("“{path}” is a folder; give a file name to export to.", path=str(target))
    logger.debug("Exporting %s to %s as %s", source or "an unsaved article", target, fmt)
    data = export_bytes(article, fmt, fragment=fragment, theme=theme, transform=transform)
    return atomic_write(target, data, mode=private_mode(source))


def private_mode(source: str | os.PathLike[str] | None) -> int | None:
    """The export of an article others may not read is not readable by others either: the
    source's mode when it withholds some permission from group or others, else None (the
    usual mode for a new file, kept for an existing one)."""
    if source is None:
        return None
    try:
        mode = stat.S_IMODE(os.stat(source).st_mode)
    except OSError:
        return None
    if mode & 0o044 == 0o044:
        return None  # readable by group and others: nothing to keep private
    return mode & 0o666
