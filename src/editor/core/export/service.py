"""Export an article to a file: choose the writer, name the output, write it atomically.

The whole file is built in memory first; only then is it written (temporary file + rename), so
a failed export never leaves a half-written file and never touches an existing one. The window
and ``midad export`` both go through ``export_with_report``: an article whose text still opens
with a front matter block that could not be read is refused (publishing the YAML as text is
never right); an HTML page gets its pictures embedded, copied beside it or linked
(``images.py``), and what the reader would miss (a picture not found) comes back as notices.

PDF pages are laid out by a renderer outside core (Qt's text engine, ``editor.render.pdf``): the
caller passes it in ``ExportOptions.renderer``; without one a PDF export is refused.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..article import KNOWN_FIELDS, Article, Metadata, metadata_from_mapping
from ..errors import ArticleError, UnexpectedError, bugs_as_errors
from ..fileio import atomic_write
from ..frontmatter import FrontMatterError, repair_yaml_mapping, split_front_matter
from ..notices import Notice
from ..review import has_marks, resolve
from .document import ExportDocument, build_document, too_deep
from .images import IMAGE_MODES, PlacedImages, place_images
from .review_marks import MARKED, REVIEW_MODES

logger = logging.getLogger(__name__)

FORMATS = {"html": ".html", "docx": ".docx", "md": ".md", "pdf": ".pdf"}
PAPERS = ("a4", "letter")
PAGE_DIGITS = ("western", "arabic-indic")
# The first line of a front matter block (a "key:" entry), as opposed to a thematic break.
_FRONT_MATTER_ENTRY = re.compile(r"[^\s#:-][^:\n]*:(?:[ \t]|$)")


class ExportError(ArticleError):
    """The export was not written (bad options or target); nothing was changed on disk."""


PageRenderer = Callable[[ExportDocument, "ExportOptions"], bytes]
"""Lays out an export document as PDF pages with the given options (paper, digits)."""


@dataclass(frozen=True)
class ExportOptions:
    fragment: bool = False  # HTML: the body only, for a CMS
    container: bool = True  # HTML fragment: inside a <div> with the article's lang and dir
    theme: str = "auto"  # HTML page: auto, light or dark
    images: str = "embed"  # HTML: embed, copy (beside the output) or link (as written)
    publish: bool = True  # Markdown: leave out the editor's own keys (ignore list, word target)
    transform: Callable[[str], str] | None = None  # Markdown: applied to the body
    paper: str = "a4"  # PDF: a4 or letter
    digits: str = "western"  # PDF: page numbers (and the byline's date) western or arabic-indic
    renderer: PageRenderer | None = None  # PDF: lays the pages out (editor.render.pdf)
    # Tracked changes and comments (docs/review.md): "final" (accepted, no comment), "marked"
    # (shown: HTML ins/del/mark, DOCX revisions and comments; Markdown keeps them) or
    # "original" (rejected).
    review: str = "final"


@dataclass
class ExportReport:
    path: Path
    notices: list[Notice] = field(default_factory=list)


def export_bytes(
    article: Article,
    fmt: str,
    *,
    fragment: bool = False,
    theme: str = "auto",
    transform: Callable[[str], str] | None = None,
    options: ExportOptions | None = None,
    target: Path | None = None,
    placed: PlacedImages | None = None,
) -> bytes:
    """The exported file's bytes, in UTF-8 for the text formats. ``options`` (when given)
    replaces the three keywords before it; ``target`` is where the file will be written (the
    pictures copied beside it go in ``placed``)."""
    if options is None:
        options = ExportOptions(fragment=fragment, theme=theme, transform=transform)
    if fmt not in FORMATS:
        raise ExportError(
            "Unknown export format “{fmt}”; choose one of: {choices}.",
            fmt=fmt,
            choices=", ".join(FORMATS),
        )
    if options.fragment and fmt != "html":
        raise ExportError("--fragment applies to HTML exports only.")
    if options.images not in IMAGE_MODES:
        raise ExportError(
            "Unknown way to export pictures “{mode}”; choose one of: {choices}.",
            mode=options.images,
            choices=", ".join(IMAGE_MODES),
        )
    if options.review not in REVIEW_MODES:
        raise ExportError(
            "Unknown way to export tracked changes “{mode}”; choose one of: {choices}.",
            mode=options.review,
            choices=", ".join(REVIEW_MODES),
        )
    if fmt == "pdf":
        return pdf_bytes(article, options, target, placed)
    article = publishable_article(article)
    try:
        return _render(article, fmt, options, target, placed)
    except RecursionError:  # the writers walk the tree recursively too
        raise too_deep() from None


def _render(
    article: Article,
    fmt: str,
    options: ExportOptions,
    target: Path | None,
    placed: PlacedImages | None,
) -> bytes:
    # Each writer is imported when it is used: `midad export --to html` never loads
    # python-docx (a third of the command's start-up).
    if fmt == "html":
        from .html_writer import render_html

        document = build_document(article, options.review)
        images = place_images(document, options.images, target)
        if placed is not None:
            placed.copies.extend(images.copies)
            placed.notices.extend(images.notices)
        html = render_html(
            document, fragment=options.fragment, container=options.container, theme=options.theme
        )
        return html.encode("utf-8")
    if fmt == "docx":
        from .docx_writer import render_docx

        notices = placed.notices if placed is not None else None
        return render_docx(article, review=options.review, notices=notices)
    if options.review != MARKED and has_marks(article.body):
        article = dataclasses.replace(article, body=resolve(article.body, options.review).text)
    from .markdown_writer import render_markdown

    return render_markdown(article, options.transform, publish=options.publish).encode("utf-8")


def _check_page_options(options: ExportOptions) -> None:
    if options.paper not in PAPERS:
        raise ExportError(
            "Unknown paper size “{paper}”; choose one of: {choices}.",
            paper=options.paper,
            choices=", ".join(PAPERS),
        )
    if options.digits not in PAGE_DIGITS:
        raise ExportError(
            "Unknown digits “{digits}”; choose one of: {choices}.",
            digits=options.digits,
            choices=", ".join(PAGE_DIGITS),
        )


def pdf_bytes(
    article: Article,
    options: ExportOptions,
    target: Path | None = None,
    placed: PlacedImages | None = None,
) -> bytes:
    """The article as PDF pages, laid out by ``options.renderer`` (what the pages miss, a
    picture not found, goes to ``placed``'s notices)."""
    renderer = options.renderer
    if renderer is None:
        raise ExportError("PDF pages need Qt's page renderer, which this program did not load.")
    _check_page_options(options)
    document, notices = printable_document(article, target, options.review)
    if placed is not None:
        placed.notices.extend(notices)
    return renderer(document, options)


def printable_document(
    article: Article, target: Path | None = None, review: str = "final"
) -> tuple[ExportDocument, list[Notice]]:
    """The document that PDF pages and prints are made of, and what they will miss: the
    pictures stay where the article names them; one that is not found is a notice, and the
    pages show its description in its place. Refused like every export when the text opens
    with front matter that could not be read. Tracked changes as ``review`` says (final by
    default)."""
    document = build_document(publishable_article(article), review)
    return document, place_images(document, "link", target).notices


def publishable_article(article: Article) -> Article:
    """``article``, refused when its text opens with front matter: the file's own block that
    could not be read (the article model keeps it as text, for the writer to correct), or a
    second block naming article fields.

    The one exception: an article with no details of its own whose text opens with a block that
    now reads (the writer corrected it in the editor) is exported with that block's details.
    A rule followed by a line with a colon ("ملاحظة: …") is text, not front matter.
    """
    body = article.body
    if not body.startswith("---") or _FRONT_MATTER_ENTRY.match(body, body.find("\n") + 1) is None:
        return article
    unread = article.source.front_matter_unread
    split = split_front_matter(body)
    if split.yaml_text is None:
        if not unread:
            return article
        raise ExportError(
            "Line 1: the article's text opens a front matter block with “---” that is never "
            "closed; close it with a “---” line, or remove it, before exporting."
        )
    try:
        mapping, _repairs = repair_yaml_mapping(split.yaml_text)
    except FrontMatterError as exc:
        if not unread:
            return article
        raise ExportError(
            "Line {line}: the front matter could not be read ({problem}); correct it before "
            "exporting, so that it is not published as the article's text.",
            line=exc.line,
            problem=exc.problem,
        ) from None
    if not unread and not any(key in KNOWN_FIELDS for key in mapping):
        return article
    if article.metadata != Metadata():
        raise ExportError(
            "The article's text opens with a second front matter block; move what it holds "
            "into the article's details and remove it before exporting."
        )
    metadata = metadata_from_mapping(mapping, [])
    return dataclasses.replace(article, metadata=metadata, body=split.body)


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
    """Export to ``target`` (default: next to the article's file). Returns the path written;
    its notices are logged (``export_with_report`` returns them)."""
    options = ExportOptions(fragment=fragment, theme=theme, transform=transform)
    report = export_with_report(article, fmt, target, options)
    for notice in report.notices:
        logger.warning("Export of %s: %s", report.path.name, notice)
    return report.path


def export_with_report(
    article: Article,
    fmt: str,
    target: str | os.PathLike[str] | None = None,
    options: ExportOptions | None = None,
) -> ExportReport:
    """Export to ``target`` (default: next to the article's file): the path written and what
    the reader of the export will miss (pictures not found), as notices. Raises ArticleError,
    whatever goes wrong (an unexpected problem is logged and raised as UnexpectedError)."""
    with bugs_as_errors(
        logger,
        f"Export to {target} as {fmt}",
        lambda problem: UnexpectedError(
            "The export failed because of a problem in Midad ({problem}); the log file has "
            "the details.",
            problem=problem,
        ),
    ):
        return _export_with_report(article, fmt, target, options)


def _export_with_report(
    article: Article,
    fmt: str,
    target: str | os.PathLike[str] | None,
    options: ExportOptions | None,
) -> ExportReport:
    options = options or ExportOptions()
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
    placed = PlacedImages()
    data = export_bytes(article, fmt, options=options, target=target, placed=placed)
    try:
        placed.copy_files()
    except OSError as exc:
        raise ExportError(
            "The picture “{name}” could not be copied beside the export: {reason}.",
            name=Path(exc.filename).name if exc.filename else "",
            reason=exc.strerror or str(exc),
        ) from None
    return ExportReport(atomic_write(target, data, mode=private_mode(source)), placed.notices)


def private_mode(source: str | os.PathLike[str] | None) -> int | None:
    """The export of an article others may not read is not readable by others either: the
    source's mode when it withholds read permission from group or others, else None (the
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
