"""Fix All Safe as a core function: the same fixes as `midad fix --safe`, body and details."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.cli.main import main
from editor.core.article import Article, Metadata, load_article, parse_article, serialize_article
from editor.core.proofing import Proofreader, fix_article_safe, fix_safe, text_edits
from editor.core.proofing.changes import describe_change
from proofing_helpers import require_arabic_dictionary

TITLE_ARTICLE = """---
title: هل تنجح بلدية الساحل في خطتها بعد ؟
author: كريم منصور
tags: [النقل  العام, بلديات]
summary: ملخص  الخطة ,و تفاصيلها
lang: ar
status: draft
custom: "كما هو ؟"
---

اعلن رئيس البلدية الخطة.وقال إن التنفيذ في  الربيع ، بعد الموافقة.
"""


@pytest.fixture(autouse=True)
def _dictionary() -> None:
    require_arabic_dictionary()


def _cli_fixed(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    out = tmp_path / f"cli-{path.name}"
    assert main(["fix", str(path), "--safe", "-o", str(out)]) == 0
    capsys.readouterr()
    return out.read_text("utf-8")


@pytest.mark.parametrize("name", ["draft-with-errors.md", "title-errors.md"])
def test_article_fixes_are_the_cli_fixes(
    name: str, samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if name == "title-errors.md":
        path = tmp_path / name
        path.write_text(TITLE_ARTICLE, "utf-8")
    else:
        path = samples_dir / name
    article = load_article(path)
    fixed = fix_article_safe(article, Proofreader())
    cli = parse_article(_cli_fixed(path, tmp_path, capsys))
    assert fixed.body == cli.body
    assert fixed.metadata == cli.metadata
    # The same as fix_safe over the article's own file text, front matter included.
    assert serialize_article(parse_article(serialize_article(article))) == serialize_article(
        article
    )
    again = parse_article(fix_safe(serialize_article(article), Proofreader()).text)
    assert (again.body, again.metadata) == (fixed.body, fixed.metadata)


def test_title_summary_and_tags_are_fixed_and_other_fields_kept() -> None:
    article = parse_article(TITLE_ARTICLE)
    fixed = fix_article_safe(article, Proofreader())
    assert fixed.metadata.title == "هل تنجح بلدية الساحل في خطتها بعد؟"
    assert fixed.metadata.summary == "ملخص الخطة، وتفاصيلها"
    assert fixed.metadata.tags == ["النقل العام", "بلديات"]
    assert sorted(fixed.changed_fields(article.metadata)) == ["summary", "tags", "title"]
    # Fields that are not checked keep their values, even with a "fixable" look.
    assert fixed.metadata.extra == {"custom": "كما هو ؟"}
    assert fixed.metadata.key_order == article.metadata.key_order
    assert "الخطة. وقال" in fixed.body and "في الربيع، بعد" in fixed.body
    # A second run changes nothing.
    again = fix_article_safe(Article(fixed.metadata, fixed.body), Proofreader())
    assert again.applied == []


def test_an_article_without_safe_fixes_is_returned_as_it_is() -> None:
    article = parse_article("---\ntitle: عنوان سليم\n---\n\nنص سليم.\n")
    fixed = fix_article_safe(article, Proofreader())
    assert fixed.applied == [] and fixed.body == article.body
    assert fixed.metadata == article.metadata and fixed.metadata is not article.metadata
    assert (
        fix_article_safe(parse_article("نص بلا بيانات ، هنا"), Proofreader()).metadata == Metadata()
    )


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text


@given(st.text(alphabet="اب \n،.", max_size=30), st.text(alphabet="اب \n،.", max_size=30))
def test_text_edits_turn_old_into_new(old: str, new: str) -> None:
    edits = text_edits(old, new)
    assert _apply(old, edits) == new
    position = 0
    for start, end, replacement in edits:
        assert position <= start <= end <= len(old)
        assert old[start:end] != replacement
        position = end


def test_text_edits_touch_only_what_changed() -> None:
    old = "سطر أول\nفيه  مسافتان ، هنا\nسطر أخير"
    new = "سطر أول\nفيه مسافتان، هنا\nسطر أخير"
    [(start, end, _)] = text_edits(old, new)
    assert start >= len("سطر أول\nفيه") and end <= len(old) - len(" هنا\nسطر أخير")
    assert text_edits(old, old) == []


@pytest.mark.parametrize(
    ("text", "fix", "action", "mark"),
    [
        ("  ", " ", "replace", ""),
        ("\u00a0", " ", "replace", ""),
        (" ", "", "delete", ""),
        ("\u200f", None, "invisible", ""),
        (" ،", "،", "remove-before", "،"),
        ("( ", "(", "remove-after", "("),
        (".", ". ", "add-after", "."),
        ("«", " «", "add-before", "«"),
        (" ,", ", ", "move-after", ","),
        ("a  b", "a b", "respace", "a b"),
    ],
)
def test_invisible_changes_are_described(
    text: str, fix: str | None, action: str, mark: str
) -> None:
    change = describe_change(text, fix)
    assert change is not None and (change.action, change.mark) == (action, mark)


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("المدينه", "المدينة"),
        ("فيالشوارع", "في الشوارع"),
        (" ,", "،"),
        ("?", "؟"),
        ("كلمة", None),
    ],
)
def test_visible_changes_are_shown_as_they_are(text: str, fix: str | None) -> None:
    assert describe_change(text, fix) is None
