"""`midad export FILE --to html|docx|md [-o OUT] [--fragment]`: write the article in another
format, next to it by default, atomically."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ...core.article import load_article
from ...core.export.html_writer import THEMES
from ...core.export.service import FORMATS, ExportError, export_article, format_for_path
from ...core.importing.webpaste import looks_like_web_page

NAME = "export"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="export an article to HTML, Word (DOCX) or normalized Markdown",
        description="Export an article to a standalone right-to-left HTML page (or an HTML "
        "fragment for a CMS), a Word document, or normalized Markdown. The output "
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
        help="HTML only: the article's body, without page, styles or header",
    )
    parser.add_argument(
        "--theme",
        choices=THEMES,
        default="auto",
        help="HTML only: colour scheme (default: follow the reader's system)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    fmt = args.fmt or (format_for_path(args.output) if args.output else None)
    if fmt is None:
        raise ExportError(
            "Choose the output format with --to ({choices}).", choices="|".join(FORMATS)
        )
    article = load_article(args.file)
    for warning in article.warnings:
        print(f"midad: warning: {warning}", file=sys.stderr)
    if not article.source.had_front_matter and looks_like_web_page(article.body):
        print(
            f"midad: warning: {args.file} looks like a raw web paste (page boilerplate, no "
            f"title); `midad import {args.file}` cleans it into an article first",
            file=sys.stderr,
        )
    written = export_article(article, fmt, args.output, fragment=args.fragment, theme=args.theme)
    print(written)
    return 0
