"""`midad info FILE [--json]`: metadata, encoding, counts, reading time, tracked changes and
warnings."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ...core.article import Article, load_article
from ...core.review import final_text, parse_review
from ...core.stats import plain_lines, text_stats

EXCERPT_LENGTH = 100

NAME = "info"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="show an article's metadata, encoding and counts",
        description="Show an article's metadata, encoding, word and "
        "character counts, reading time and warnings.",
    )
    parser.add_argument("file", help="article (.md) or text file")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(run=run)


def article_info(article: Article) -> dict[str, Any]:
    stats = text_stats(article.body, article.metadata.lang)  # of the text as accepted
    review = parse_review(article.body)
    return {
        "file": str(article.source.path) if article.source.path else None,
        "encoding": article.source.encoding,
        "bom": article.source.bom,
        "newline": {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}[article.source.newline],
        "metadata": article.metadata.to_dict(),
        "stats": stats.as_dict(),
        "excerpt": excerpt(final_text(article.body)),
        "review": {"changes": len(review.changes), "comments": len(review.comments)},
        "warnings": list(article.warnings) + [str(p.message) for p in review.problems],
    }


def excerpt(body: str) -> str:
    """The first visible line of the body, shortened: proof that the text decoded correctly."""
    first = next((line for line in plain_lines(body) if line), "")
    return first if len(first) <= EXCERPT_LENGTH else first[:EXCERPT_LENGTH].rstrip() + "…"


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return "، ".join(str(item) for item in value)
    return str(value)


def run(args: argparse.Namespace) -> int:
    info = article_info(load_article(args.file))
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2, default=str))
        return 0
    print(f"file: {info['file']}")
    print(
        f"encoding: {info['encoding']}{' (BOM)' if info['bom'] else ''}, "
        f"newlines: {info['newline']}"
    )
    for key, value in info["metadata"].items():
        if value not in ("", [], None):
            print(f"{key}: {_plain(value)}")
    stats = info["stats"]
    print(f"words: {stats['words']}")
    print(f"characters: {stats['characters']} ({stats['characters_no_spaces']} without spaces)")
    print(f"paragraphs: {stats['paragraphs']}")
    print(f"reading time: {stats['reading_minutes']} min")
    print(f"begins: {info['excerpt']}")
    if info["review"]["changes"] or info["review"]["comments"]:
        print(
            f"tracked changes: {info['review']['changes']}, comments: "
            f"{info['review']['comments']} (`midad changes` lists them; counts are of the "
            "text with the changes accepted)"
        )
    for warning in info["warnings"]:
        print(f"warning: {warning}")
    return 0
