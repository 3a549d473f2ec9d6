"""Applying fixes: the first suggestion of chosen findings, and every safe fix of a document."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..frontmatter import FrontMatterError, parse_yaml_mapping, split_front_matter
from .engine import Proofreader
from .findings import Finding

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
        if result[finding.start:finding.end] != finding.text:
            raise ValueError(f"finding {finding.rule} at {finding.start} does not match the text")
        result = result[:finding.start] + finding.suggestions[0] + result[finding.end:]
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
