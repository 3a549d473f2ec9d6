"""`midad import FILE [-o OUT.md] [--force]`: a web paste, text file, HTML page or DOCX becomes
a clean Markdown article; prints what went into the metadata and everything that was removed.

Where it writes: by default FILE's name with ``.md`` beside it (``NAME.imported.md`` when FILE
is itself a ``.md``). An existing file there is never replaced unless ``--force`` is given;
``-o OUT`` names the output and replaces OUT if it exists (the user asked for that file);
``-o -`` prints the article to stdout and the report to stderr. The input is never overwritten.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from ...core.article import save_article, serialize_article
from ...core.errors import ArticleError
from ...core.importing.importer import import_file
from ...core.importing.result import ImportResult, Removal

NAME = "import"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="turn a web paste, text file, HTML page or DOCX into a clean article",
        description="Import a web paste or plain text (any encoding, e.g. Windows-1256 or "
        "UTF-16), an HTML page or a Word document (.docx) as a Markdown article "
        "with front matter. Title, byline, date and tags go into the metadata; site "
        "boilerplate is removed and every removed line is listed.",
        epilog="By default the article is written beside FILE with the .md extension, and an "
        "existing file is not replaced unless --force is given. -o names the output "
        "(replacing it if it exists); -o - prints the article on stdout.",
    )
    parser.add_argument("file", help="the file to import (.txt, .html, .docx, …)")
    parser.add_argument(
        "-o", "--output", metavar="OUT.md", help="where to write the article ('-' for stdout)"
    )
    parser.add_argument(
        "--force", action="store_true", help="replace an existing file at the default output path"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the report as JSON (found, moved, removed, notes)",
    )
    parser.set_defaults(run=run)


def default_output(source: Path) -> Path:
    if source.suffix.lower() == ".md":
        return source.with_name(source.stem + ".imported.md")
    return source.with_suffix(".md")


def _target(args: argparse.Namespace, source: Path) -> Path | None:
    if args.output == "-":
        return None
    target = Path(args.output) if args.output else default_output(source)
    if target.resolve() == source.resolve():
        raise ArticleError(
            "The article would overwrite the imported file “{path}”; choose another name with -o.",
            path=str(source),
        )
    if target.exists() and not args.output and not args.force:
        raise ArticleError(
            "“{path}” already exists; use --force to replace it, or -o to choose another name.",
            path=str(target),
        )
    return target


def print_report(result: ImportResult, out: TextIO) -> None:
    for key, value in result.found().items():
        shown = "، ".join(value) if isinstance(value, list) else value
        print(f"{key}: {shown}", file=out)
    if result.moved:
        print(f"moved to metadata ({len(result.moved)}):", file=out)
        for item in result.moved:
            where = f"line {item.line}: " if item.line else ""
            print(f"  {where}“{item.text}” → {item.reason}", file=out)
    print(f"removed ({len(result.removed)}):", file=out)
    for item in result.removed:
        where = f"line {item.line}: " if item.line else ""
        print(f"  {where}“{item.text}” — {item.reason}", file=out)
    for note in result.notes:
        print(f"note: {note}", file=out)


def report_json(result: ImportResult, output: Path | None) -> str:
    def lines(items: list[Removal]) -> list[dict[str, Any]]:
        return [{"line": r.line, "text": r.text, "reason": r.reason, "kind": r.kind} for r in items]

    return json.dumps(
        {
            "output": str(output) if output else None,
            "found": result.found(),
            "moved": lines(result.moved),
            "removed": lines(result.removed),
            "notes": list(result.notes),
        },
        ensure_ascii=False,
        indent=2,
    )


def run(args: argparse.Namespace) -> int:
    source = Path(args.file)
    target = _target(args, source)
    result = import_file(source)
    if target is None:
        sys.stdout.write(serialize_article(result.article))
        if args.json:
            print(report_json(result, None), file=sys.stderr)
        else:
            print_report(result, sys.stderr)
        return 0
    written = save_article(result.article, target)
    if args.json:
        print(report_json(result, written))
        return 0
    print(f"imported: {source} → {written}")
    print_report(result, sys.stdout)
    return 0
