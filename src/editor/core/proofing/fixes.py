"""Applying fixes: the first suggestion of chosen findings, and every safe fix of a document."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from ..article import Article, Metadata, parse_article, serialize_article
from ..frontmatter import FrontMatterError, parse_yaml_mapping, split_front_matter
from .engine import Proofreader
from .findings import Finding
from .metadata_values import CHECKED_FIELDS

MAX_PASSES = 8


@dataclass
class FixResult:
    text: str
    applied: list[Finding] = field(default_factory=list)  # offsets into the text of their pass
    passes: int = 0


def non_overlapping(findings: Iterable[Finding]) -> list[Finding]:
    chosen: list[Finding] = []
    end = -1
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if finding.start >= end and (finding.start > end or finding.end > finding.start):
            chosen.append(finding)
            end = finding.end
    return chosen


def apply_findings(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with each finding's first suggestion applied (overlapping ones are skipped)."""
    result = text
    for finding in reversed(non_overlapping(f for f in findings if f.suggestions)):
        if result[finding.start : finding.end] != finding.text:
            raise ValueError(f"finding {finding.rule} at {finding.start} does not match the text")
        result = result[: finding.start] + finding.suggestions[0] + result[finding.end :]
    return result


def _front_matter_reads(text: str) -> bool:
    split = split_front_matter(text)
    if split.yaml_text is None:
        return True
    try:
        parse_yaml_mapping(split.yaml_text)
    except FrontMatterError:
        return False
    return True


def fix_safe(text: str, proofreader: Proofreader) -> FixResult:
    """Apply every safe fix, again until none is left (a fix can reveal another: " ," → "،").

    Fixing the result again changes nothing. A fix in the front matter that would make the
    YAML unreadable is left undone.
    """
    result = FixResult(text)
    reads_before = _front_matter_reads(text)
    refused: set[tuple[str | None, str, str]] = set()
    for _ in range(MAX_PASSES):
        check = proofreader.check_document(result.text)
        safe = [f for f in check.findings if f.safe and (f.field, f.rule, f.text) not in refused]
        if not safe:
            break
        chosen = non_overlapping(safe)
        fixed = apply_findings(result.text, chosen)
        if reads_before and not _front_matter_reads(fixed):
            refused.update((f.field, f.rule, f.text) for f in chosen if f.field is not None)
            chosen = [f for f in chosen if f.field is None]
            fixed = apply_findings(result.text, chosen)
        result.text = fixed
        result.applied.extend(chosen)
        result.passes += 1
    return result


@dataclass
class ArticleFix:
    """An article after every safe fix: what ``midad fix --safe`` makes of its file."""

    body: str
    metadata: Metadata
    applied: list[Finding] = field(default_factory=list)
    passes: int = 0

    def changed_fields(self, before: Metadata) -> list[str]:
        return [
            name for name in CHECKED_FIELDS if getattr(before, name) != getattr(self.metadata, name)
        ]


def fix_article_safe(article: Article, proofreader: Proofreader) -> ArticleFix:
    """Every safe fix of an article, body and metadata, exactly as ``fix_safe`` applies them
    to the article's file text (front matter included). Only the checked metadata fields
    (title, subtitle, summary, category, tags) take values from the fixed text; every other
    field, and the key order, stay as they were."""
    text = serialize_article(article)
    result = fix_safe(text, proofreader)
    metadata = replace(
        article.metadata,
        tags=list(article.metadata.tags),
        extra=dict(article.metadata.extra),
        key_order=list(article.metadata.key_order),
    )
    if result.text == text:
        return ArticleFix(article.body, metadata, result.applied, result.passes)
    fixed = parse_article(result.text)
    if fixed.source.had_front_matter:
        for name in CHECKED_FIELDS:
            value = getattr(fixed.metadata, name)
            setattr(metadata, name, list(value) if name == "tags" else value)
    return ArticleFix(fixed.body, metadata, result.applied, result.passes)


def text_edits(old: str, new: str) -> list[tuple[int, int, str]]:
    """Small edits that turn ``old`` into ``new``: (start, end, replacement) with offsets into
    ``old``, in order and not overlapping. Lines are compared first, then each changed run of
    lines is narrowed to its differing middle, so unchanged text is never touched."""
    old_lines = [line + "\n" for line in old.split("\n")]  # as if both ended in a newline
    new_lines = [line + "\n" for line in new.split("\n")]
    starts = [0]
    for line in old_lines:
        starts.append(starts[-1] + len(line))
    edits: list[tuple[int, int, str]] = []
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            edits.append(
                _real_edit(
                    old, *_narrowed(old + "\n", starts[i1], starts[i2], "".join(new_lines[j1:j2]))
                )
            )
    return edits


def _narrowed(text: str, start: int, end: int, replacement: str) -> tuple[int, int, str]:
    piece = text[start:end]
    limit = min(len(piece), len(replacement))
    prefix = 0
    while prefix < limit and piece[prefix] == replacement[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and piece[-1 - suffix] == replacement[-1 - suffix]:
        suffix += 1
    return start + prefix, end - suffix, replacement[prefix : len(replacement) - suffix]


def _real_edit(old: str, start: int, end: int, replacement: str) -> tuple[int, int, str]:
    """An edit of ``old + "\n"`` as an edit of ``old`` (the final newline is not there)."""
    if end <= len(old):
        return start, end, replacement
    # The edit reaches the added newline, so the edited text ends in a newline too.
    if start > len(old):
        return len(old), len(old), "\n" + replacement[:-1]
    if replacement:
        return start, len(old), replacement[:-1]
    return start - 1, len(old), ""
