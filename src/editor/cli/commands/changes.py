"""`midad changes FILE [--accept-all | --reject-all] [--drop-comments] [-o OUT] [--json]`:
list an article's tracked changes and comments (CriticMarkup, docs/review.md), or resolve
them, atomically."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ...core.article import encode_text
from ...core.fileio import atomic_write, read_bytes
from ...core.review import (
    COMMENT,
    FINAL,
    HIGHLIGHT,
    ORIGINAL,
    Mark,
    check_review,
    parse_review,
    resolve,
)
from ...core.textdecode import decode_bytes

NAME = "changes"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="list an article's tracked changes and comments, or accept or reject them all",
        description="List the tracked changes ({++ ++}, {-- --}, {~~ ~> ~~}) and comments "
        "({== ==}{>> <<}) in an article, with who made them and when; or accept or reject "
        "every change. Without -o the file is rewritten in place (atomically); comments stay "
        "unless --drop-comments is given.",
    )
    parser.add_argument("file", help="article (.md) or text file")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--accept-all", action="store_true", help="accept every change")
    group.add_argument("--reject-all", action="store_true", help="reject every change")
    parser.add_argument(
        "--drop-comments",
        action="store_true",
        help="with --accept-all or --reject-all: remove the comments too",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write the result here instead")
    parser.add_argument("--json", action="store_true", help="list as JSON")
    parser.set_defaults(run=run)


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _entry(text: str, mark: Mark) -> dict[str, Any]:
    line, column = _line_column(text, mark.start)
    entry: dict[str, Any] = {
        "kind": mark.kind,
        "line": line,
        "column": column,
        "start": mark.start,
        "end": mark.end,
        "author": mark.author,
        "time": mark.time,
    }
    if mark.kind == COMMENT:
        entry["comment"] = mark.new
        anchor = mark.anchor
        entry["on"] = (
            resolve(anchor.old).text
            if anchor is not None and anchor.kind == HIGHLIGHT
            else (anchor.new or anchor.old if anchor is not None else "")
        )
    else:
        entry["old"], entry["new"] = mark.old, mark.new
    return entry


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _listing(entry: dict[str, Any]) -> str:
    who = " · ".join(part for part in (entry["author"], entry["time"]) if part)
    where = f"{entry['line']}:{entry['column']}"
    if entry["kind"] == COMMENT:
        what = f"comment “{_short(entry['comment'])}”"
        if entry["on"]:
            what += f" on “{_short(entry['on'])}”"
    elif entry["kind"] == "insert":
        what = f"insert “{_short(entry['new'])}”"
    elif entry["kind"] == "delete":
        what = f"delete “{_short(entry['old'])}”"
    else:
        what = f"replace “{_short(entry['old'])}” with “{_short(entry['new'])}”"
    return f"{where}  {what}" + (f"  ({who})" if who else "")


def run(args: argparse.Namespace) -> int:
    decoded = decode_bytes(read_bytes(args.file), name=f"“{args.file}”")
    text = decoded.text
    if args.accept_all or args.reject_all:
        review = check_review(text)  # a broken mark is refused: nothing is rewritten
        mode = FINAL if args.accept_all else ORIGINAL
        result = resolve(text, mode, review=review, keep_comments=not args.drop_comments).text
        target = args.output or args.file
        if result != text or args.output:
            atomic_write(
                target,
                encode_text(result, decoded.newline, decoded.bom and decoded.encoding == "utf-8"),
            )
        count = len(review.changes)
        verb = "accepted" if args.accept_all else "rejected"
        print(
            f"{count} change{'s' if count != 1 else ''} {verb}"
            + (f"; written to {target}" if result != text or args.output else "")
        )
        return 0
    if args.output:
        print("midad: -o applies to --accept-all and --reject-all only", file=sys.stderr)
        return 2
    review = parse_review(text)
    entries = [_entry(text, mark) for mark in review.all_marks() if mark.kind != HIGHLIGHT]
    problems = [{"line": p.line, "message": str(p.message)} for p in review.problems]
    if args.json:
        print(json.dumps({"marks": entries, "problems": problems}, ensure_ascii=False, indent=2))
    else:
        for entry in entries:
            print(_listing(entry))
        for problem in review.problems:
            print(f"midad: warning: {problem.message}", file=sys.stderr)
        changes = sum(1 for e in entries if e["kind"] != COMMENT)
        comments = len(entries) - changes
        print(f"{changes} change(s), {comments} comment(s)")
    return 0
