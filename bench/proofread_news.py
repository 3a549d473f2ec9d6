"""Proofreading on real newsroom text: false alarms on correct copy, precision on web copy.

Run: PYTHONPATH=src python bench/proofread_news.py [--corpus tests/corpus/news] [--list]
     [--without-names-list]

- clean/: correct agency copy full of foreign names. Prints spelling flags and probable
  names per 1,000 words (target: at most 10 spelling flags per 1,000 words).
- web/*.md with *.errors.json: web pastes with annotated real errors. Prints how many findings
  are real errors (target ≥ 80 %), how many errors were found, how often the first suggestion
  is the right fix, and whether any safe fix touches text outside the real errors.
- --without-names-list: the curated names list switched off (CLDR places and the gap words
  stay), to see what the character model and the context catch on names nobody listed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from editor.core.article import parse_article
from editor.core.proofing import (
    ERROR_KINDS,
    Finding,
    Proofreader,
    ProofSettings,
    apply_findings,
)
from editor.core.stats import count_words

ROOT = Path(__file__).resolve().parents[1]


def _without_names_list() -> None:
    from editor.core.proofing import names

    original = names._data_lines

    def lines(name: str) -> list[str]:
        return [] if name == "names.txt" else original(name)

    names._data_lines = lines  # type: ignore[assignment]
    names.lexicon_words.cache_clear()
    names.name_tokens.cache_clear()


def clean_figures(folder: Path, engine: Proofreader, show: bool) -> None:
    words = flags = names = 0
    flagged: Counter[str] = Counter()
    for path in [*sorted(folder.glob("*.md")), *sorted(folder.parent.glob("names-*.md"))]:
        text = path.read_text(encoding="utf-8")
        findings = engine.check_document(text).findings
        words += count_words(parse_article(text).body)
        spelling = [f for f in findings if f.kind == "spelling"]
        flags += len(spelling)
        names += sum(f.kind == "name" for f in findings)
        flagged.update(f"{f.rule}: {f.text} → {f.fix}" for f in spelling)
        if show:
            for f in findings:
                if f.kind != "name":
                    print(f"  {path.name}:{f.line}: {f.rule}: {f.text!r} → {f.fix!r}")
    print(
        f"clean copy: {words} words, {flags} spelling flags = "
        f"{1000 * flags / max(words, 1):.1f} per 1,000 words; probable names shown quietly: "
        f"{1000 * names / max(words, 1):.1f} per 1,000 words"
    )
    if show:
        for entry, count in flagged.most_common():
            print(f"    {count}× {entry}")


def _error_spans(text: str, errors: list[dict]) -> list[tuple[int, int, str]]:
    spans = []
    for error in errors:
        position = -1
        for _ in range(error["occurrence"]):
            position = text.find(error["text"], position + 1)
        if position < 0:
            raise SystemExit(f"annotated text not found: {error['text']!r}")
        spans.append((position, position + len(error["text"]), error["fix"]))
    return spans


def _overlaps(finding: Finding, start: int, end: int) -> bool:
    return (finding.start < end and start < finding.end) or (
        finding.start == finding.end and start <= finding.start <= end
    )


def _first_fix_right(text: str, span: tuple[int, int, str], findings: list[Finding]) -> bool:
    """Whether the first suggestions of the findings on an error give the annotated fix
    (seen with two letters of context, since a finding may cover more than the error: a
    quotation-mark pair annotated as two errors)."""
    start, end, wanted = span
    touching = [f for f in findings if f.suggestions and _overlaps(f, start, end)]
    # a finding around another one (a quotation around a misspelt word) comes later
    innermost = [
        f
        for f in touching
        if not any(g is not f and f.start <= g.start and g.end <= f.end for g in touching)
    ]
    fixed = apply_findings(text, innermost)
    return text[max(0, start - 2) : start] + wanted + text[end : end + 2] in fixed


def web_figures(folder: Path, engine: Proofreader, show: bool) -> None:
    total_findings = real_findings = errors = found = right_first = 0
    stray_safe: list[str] = []
    for path in sorted(folder.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        spans = _error_spans(
            text,
            json.loads(path.with_name(path.stem + ".errors.json").read_text(encoding="utf-8"))[
                "errors"
            ],
        )
        findings = [f for f in engine.check_document(text).findings if f.kind in ERROR_KINDS]
        total_findings += len(findings)
        for finding in findings:
            real = any(_overlaps(finding, s, e) for s, e, _ in spans)
            real_findings += real
            if show and not real:
                print(
                    f"  false alarm {path.name}:{finding.line}: {finding.rule}: "
                    f"{finding.text!r} → {finding.fix!r}"
                )
        for span in spans:
            errors += 1
            hit = any(_overlaps(f, span[0], span[1]) for f in findings)
            found += hit
            first = hit and _first_fix_right(text, span, findings)
            right_first += first
            if show and not first:
                print(
                    f"  {'missed' if not hit else 'fix not first'} {path.name}: "
                    f"{text[span[0] : span[1]]!r} → {span[2]!r}"
                )
        for finding in (f for f in findings if f.safe):
            if not any(_overlaps(finding, s, e) for s, e, _ in spans):
                stray_safe.append(f"{path.name}:{finding.line}: {finding.rule} {finding.text!r}")
    print(
        f"web copy: {total_findings} findings, {real_findings} on real errors = "
        f"{100 * real_findings / max(total_findings, 1):.0f} % precision; "
        f"{found}/{errors} errors found ({100 * found / max(errors, 1):.0f} % recall); "
        f"right fix first for {right_first}/{errors} ({100 * right_first / max(errors, 1):.0f} %)"
        f"; safe fixes outside real errors: {len(stray_safe)}"
    )
    for entry in stray_safe:
        print(f"  safe fix outside an error: {entry}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests/corpus/news")
    parser.add_argument("--list", action="store_true", help="print every flag")
    parser.add_argument("--without-names-list", action="store_true")
    args = parser.parse_args()
    if args.without_names_list:
        _without_names_list()
    engine = Proofreader(ProofSettings())
    if engine.spelling_warning:
        print(engine.spelling_warning, file=sys.stderr)
        return 2
    started = time.perf_counter()
    clean_figures(args.corpus / "clean", engine, args.list)
    web_figures(args.corpus / "web", engine, args.list)
    print(
        f"(both passes, dictionary open and lists loaded on the way: "
        f"{time.perf_counter() - started:.2f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
