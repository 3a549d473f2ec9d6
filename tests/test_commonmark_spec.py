"""Midad's Markdown parse against the CommonMark 0.31.2 specification's examples.

Every example of the sections writers meet runs through the export's parse (python-markdown as
Midad configures it); "HTML blocks" and "Raw HTML" are left out (raw HTML is not what writers
type, and the export sanitizes it). tests/commonmark_spec.py says how outputs are compared.

KNOWN_FAILURES pins, with a reason, each example the parse does not follow: an example that
starts failing fails the test (a regression), and so does one that starts passing (remove it
from the list, the rate went up). bench/commonmark.py prints the rates per section.
"""

from __future__ import annotations

from collections import Counter

import pytest

from commonmark_spec import EXCLUDED_SECTIONS, examples, failures

# Why python-markdown (the engine the design names), as Midad extends it, still differs.
TABS = "tabs are expanded to spaces before parsing: a tab inside code comes out as spaces"
ENTITY_AFTER_ESCAPE = "an escaped & followed by a name and ; still shows as the entity"
RAW_HTML_BLOCK = "a lone HTML tag is wrapped in a paragraph (raw HTML blocks are not measured)"
RAW_HTML_BREAK = "a line break inside a raw HTML tag is taken for a hard break"
ENTITY = "invalid entities (&x;, &#87654321;) pass through instead of being escaped"
CODE_SPACES = "python-markdown empties lines of spaces and drops trailing spaces in code"
CODE_SPAN_FIRST = "code spans are taken before an HTML tag or autolink that starts earlier"
STRONG_EM = "***x*** nests as <strong><em> (CommonMark: <em><strong>); it looks the same"
IMAGE_IN_LINK = "a link inside a link inside an image description: the alt text is flattened"
LINK_IN_TAG = "a link's brackets win over a raw HTML tag that starts inside them"
REFERENCE_IN_REFERENCE = "a reference link inside a reference link's text: the outer one wins"
SHORTCUT_BEFORE_LABEL = "[foo][bar][baz]: a defined [foo] right before a link label still links"

KNOWN_FAILURES: dict[int, str] = {
    **dict.fromkeys([1, 2, 3], TABS),
    14: ENTITY_AFTER_ESCAPE,
    **dict.fromkeys([21, 31], RAW_HTML_BLOCK),
    **dict.fromkeys([642, 643], RAW_HTML_BREAK),
    28: ENTITY,
    **dict.fromkeys([112, 118, 129], CODE_SPACES),
    **dict.fromkeys([344, 346], CODE_SPAN_FIRST),
    **dict.fromkeys([416, 467, 468], STRONG_EM),
    520: IMAGE_IN_LINK,
    **dict.fromkeys([524, 536], LINK_IN_TAG),
    533: REFERENCE_IN_REFERENCE,
    571: SHORTCUT_BEFORE_LABEL,
}

LIST_SECTIONS = ("List items", "Lists")
OVERALL_FLOOR = 0.95
LISTS_FLOOR = 0.95

ALL = examples()
FAILING = {example.number for example in failures(ALL)}


def test_the_examples_are_the_specification_s() -> None:
    sections = Counter(example.section for example in ALL)
    assert len(ALL) == 588 and not EXCLUDED_SECTIONS & set(sections)
    assert sections["List items"] == 48 and sections["Lists"] == 26


def test_exactly_the_known_examples_fail() -> None:
    regressions = sorted(FAILING - set(KNOWN_FAILURES))
    fixed = sorted(set(KNOWN_FAILURES) - FAILING)
    assert regressions == [], "these examples passed before"
    assert fixed == [], "these now pass: remove them from KNOWN_FAILURES"


def test_pass_rates() -> None:
    overall = 1 - len(FAILING) / len(ALL)
    lists = [example for example in ALL if example.section in LIST_SECTIONS]
    listed = 1 - len([e for e in lists if e.number in FAILING]) / len(lists)
    assert overall >= OVERALL_FLOOR
    assert listed >= LISTS_FLOOR


@pytest.mark.parametrize(
    "number", [example.number for example in ALL if example.section in LIST_SECTIONS]
)
def test_every_list_example(number: int) -> None:
    assert number not in FAILING
