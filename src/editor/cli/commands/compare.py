"""`midad compare OLD NEW -o OUT.md|OUT.docx [--author NAME] [--time ISO]`: NEW with what
changed since OLD as tracked changes, word by word (core/compare.py)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as _dt
from pathlib import Path
from typing import Any

from ...core.article import load_article, save_article
from ...core.errors import ArticleError
from ...core.review import final_text, has_marks

NAME = "compare"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="show what changed between two versions of an article as tracked changes",
        description="Compare two versions of an article word by word (Arabic-aware: tashkeel "
        "stays with its word, a clitic added or removed is marked alone) and write the newer "
        "one with the differences as tracked changes: a Markdown article with CriticMarkup "
        "(.md), or a Word document with revisions (.docx). Marks already in either version "
        "are compared as their final text.",
    )
    parser.add_argument("old", help="the earlier version")
    parser.add_argument("new", help="the later version")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="OUT.md or OUT.docx")
    parser.add_argument("--author", default="", help="whom the changes are credited to")
    parser.add_argument(
        "--time",
        default=None,
        help="when they were made (ISO 8601; default: now, in UTC)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ...core.compare import compare_texts

    suffix = Path(args.output).suffix.lower()
    if suffix not in (".md", ".markdown", ".docx"):
        raise ArticleError(
            "Write the comparison to a .md or .docx file, not “{name}”.",
            name=Path(args.output).name,
        )
    for source in (args.old, args.new):
        if Path(args.output).resolve() == Path(source).resolve():
            raise ArticleError(
                "Writing the comparison to “{name}” would overwrite a version being compared; "
                "choose another file name.",
                name=Path(args.output).name,
            )
    old, new = load_article(args.old), load_article(args.new)
    time = args.time
    if time is None:
        time = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    old_body = final_text(old.body) if has_marks(old.body) else old.body
    new_body = final_text(new.body) if has_marks(new.body) else new.body
    body = compare_texts(old_body, new_body, args.author.strip(), time.strip())
    result = dataclasses.replace(new, body=body)
    if suffix == ".docx":
        from ...core.export.service import ExportOptions, export_with_report

        report = export_with_report(result, "docx", args.output, ExportOptions(review="marked"))
        print(report.path)
    else:
        print(save_article(result, args.output))
    return 0
