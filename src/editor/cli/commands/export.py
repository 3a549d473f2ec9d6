"""`midad export FILE --to html|docx|md|pdf [-o OUT] [--fragment [--no-container]]
[--images embed|copy|link] [--keep-editor-keys] [--paper a4|letter]
[--digits western|arabic-indic] [--final | --marked]`: write the article in another format,
next to it by default, atomically; what the reader will miss (a picture not found) is a
warning. Tracked changes are accepted (--final, the default) or shown (--marked). PDF pages
are laid out by Qt (``editor.render.pdf``), imported only for a PDF: the other formats start
without Qt."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ...core.article import load_article
from ...core.export.html_writer import THEMES
from ...core.export.images import IMAGE_MODES
from ...core.export.service import (
    FORMATS,
    PAGE_DIGITS,
    PAPERS,
    ExportError,
    ExportOptions,
    PageRenderer,
    export_with_report,
    format_for_path,
)

NAME = "export"


def _looks_like_web_page(text: str) -> bool:
    # The importers are loaded only for an article without front matter (most have one).
    from ...core.importing.webpaste import looks_like_web_page

    return looks_like_web_page(text)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="export an article to HTML, Word (DOCX), normalized Markdown or PDF",
        description="Export an article to a standalone right-to-left HTML page (or an HTML "
        "fragment for a CMS), a Word document, normalized Markdown, or print-ready PDF pages. "
        "The output "
        "goes next to the article unless -o is given; an existing file is replaced "
        "only once the new one is complete.",
    )
    parser.add_argument("file", help="article (.md) or text file")
    parser.add_argument(
        "--to",
        choices=list(FORMATS),
        dest="fmt",
        help="output format (default: from the -o file's extension)",
    )
    parser.add_argument("-o", "--output", help="output file (default: next to FILE)")
    parser.add_argument(
        "--fragment",
        action="store_true",
        help="HTML only: the article's body, without page, styles or header, in a <div> "
        "that carries its language and direction",
    )
    parser.add_argument(
        "--no-container",
        dest="container",
        action="store_false",
        help="with --fragment: leave out the <div> around the body (the page that takes it must "
        "then set the article's lang and dir)",
    )
    parser.add_argument(
        "--images",
        choices=IMAGE_MODES,
        default="embed",
        help="HTML only: the article's pictures embedded in the file (default), copied beside "
        "it, or linked as written",
    )
    parser.add_argument(
        "--keep-editor-keys",
        dest="publish",
        action="store_false",
        help="Markdown only: keep the editor's own front matter keys (midad-ignore, "
        "word-target), which a published copy leaves out",
    )
    review = parser.add_mutually_exclusive_group()
    review.add_argument(
        "--final",
        dest="review",
        action="store_const",
        const="final",
        default="final",
        help="tracked changes accepted and comments left out (the default)",
    )
    review.add_argument(
        "--marked",
        dest="review",
        action="store_const",
        const="marked",
        help="tracked changes and comments shown: HTML ins/del/mark with the comments beside "
        "them, Word revisions and comments; Markdown keeps them as written",
    )
    parser.add_argument(
        "--theme",
        choices=THEMES,
        default="auto",
        help="HTML only: colour scheme (default: follow the reader's system)",
    )
    parser.add_argument(
        "--paper",
        choices=PAPERS,
        default="a4",
        help="PDF only: the paper size (default: a4)",
    )
    parser.add_argument(
        "--digits",
        choices=PAGE_DIGITS,
        default="western",
        help="PDF only: page numbers and the byline's date in Western (1 2 3, the default) or "
        "Arabic-Indic digits (١ ٢ ٣)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    fmt = args.fmt or (format_for_path(args.output) if args.output else None)
    if fmt is None:
        raise ExportError(
            "Choose the output format with --to ({choices}).", choices="|".join(FORMATS)
        )
    article = load_article(args.file)
    warnings = [f"midad: warning: {warning}" for warning in article.warnings]
    if not article.source.had_front_matter and _looks_like_web_page(article.body):
        warnings.append(
            f"midad: warning: {args.file} looks like a raw web paste (page boilerplate, no "
            f"title); `midad import {args.file}` cleans it into an article first"
        )
    options = ExportOptions(
        fragment=args.fragment,
        container=args.container,
        theme=args.theme,
        images=args.images,
        publish=args.publish,
        paper=args.paper,
        digits=args.digits,
        renderer=_pdf_renderer() if fmt == "pdf" else None,
        review=args.review,
    )
    # Refused (front matter that could not be read…): the one line of the refusal says it all.
    report = export_with_report(article, fmt, args.output, options)
    for warning in warnings:
        print(warning, file=sys.stderr)
    for notice in report.notices:
        print(f"midad: warning: {notice}", file=sys.stderr)
    print(report.path)
    return 0


def _pdf_renderer() -> PageRenderer:
    from ...render.pdf import render_pdf  # Qt's GUI classes: only for a PDF

    return render_pdf
