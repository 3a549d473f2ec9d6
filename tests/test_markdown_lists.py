"""Lists as writers indent them (CommonMark): the one parse, and every consumer of it, nests
a sub-list under the text of its item (two spaces after "- ", three after "1. ")."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.article import Article, Metadata
from editor.core.enter import HARD_BREAK, LineEdit, enter_edit
from editor.core.export.document import build_document
from editor.core.export.incremental import IncrementalPreview
from editor.core.export.preview import preview_html
from editor.core.proofing.markdown_mask import MASK, mask_block, split_blocks
from editor.core.stats import plain_lines, text_stats


def _article(body: str) -> Article:
    return Article(metadata=Metadata(title="قوائم", lang="ar"), body=body)


def _shape(element) -> str:  # type: ignore[no-untyped-def]
    """The list structure of a tree: ul(li(ul(li)))…, text left out."""
    inner = "".join(_shape(child) for child in element if child.tag in ("ul", "ol", "li"))
    return f"{element.tag}({inner})" if inner else element.tag


NESTED = [
    # two spaces under "- ", as CommonMark, GitHub and editors teach
    ("- أولا\n  - ثانيا\n    - ثالثا\n- رابعا\n", "ul(li(ul(li(ul(li))))li)"),
    # three spaces under "1. "
    ("1. أول\n   1. فرعي\n   2. فرعي آخر\n2. ثان\n", "ol(li(ol(lili))li)"),
    # a bullet list under a numbered item, and four spaces still nest
    ("1. أول\n    - تحت الأول\n2. ثان\n", "ol(li(ul(li))li)"),
    # a loose list: paragraphs and a sub-list after blank lines
    ("- بند\n\n  فقرة في البند\n\n  - فرعي\n\n- بند آخر\n", "ul(li(ul(li))li)"),
    # a lazy line continues the item; two spaces under "10. " are not enough to nest
    ("10. عشرة\n  - ليس متداخلا\n", "ol(li)"),
]


@pytest.mark.parametrize(("body", "shape"), NESTED)
def test_the_export_tree_nests_lists_as_commonmark(body: str, shape: str) -> None:
    document = build_document(_article(body))
    lists = [child for child in document.body if child.tag in ("ul", "ol")]
    assert "".join(_shape(element) for element in lists).startswith(shape)


def test_nested_items_keep_their_text_and_order() -> None:
    document = build_document(_article("- أولا\n  - ثانيا\n    - ثالثا\n- رابعا\n"))
    outer = document.body[0]
    assert [li.text.strip() for li in outer.findall("li")] == ["أولا", "رابعا"]
    second = outer.find("li/ul/li")
    assert second is not None and second.text.strip() == "ثانيا"
    third = outer.find("li/ul/li/ul/li")
    assert third is not None and third.text.strip() == "ثالثا"


def test_a_tight_nested_list_has_no_paragraphs_and_a_loose_one_has() -> None:
    tight = build_document(_article("- أ\n  - ب\n- ج\n"))
    assert tight.body.findall(".//p") == []
    loose = build_document(_article("- أ\n\n- ب\n  - ج\n"))
    assert [p.text for p in loose.body.findall("ul/li/p")] == ["أ", "ب"]
    assert loose.body.find("ul/li/ul/li/p") is None  # the inner list is tight


def test_code_inside_an_item_stays_code() -> None:
    body = "1. خطوة:\n\n   ```\n   - ليست قائمة\n   ```\n\n       شيفرة مزاحة\n"
    document = build_document(_article(body))
    codes = [pre.findtext("code") for pre in document.body.iter("pre")]
    assert codes == ["- ليست قائمة\n", "شيفرة مزاحة\n"]


def test_the_preview_renders_nested_lists_as_the_export() -> None:
    body = "فقرة.\n\n- أولا\n  - ثانيا\n\n    فقرة الثاني\n- ثالثا\n\n1. واحد\n   - فرعي\n"
    article = _article(body)
    preview = IncrementalPreview()
    assert preview(article) == preview_html(article)
    edited = _article(body.replace("فرعي", "فرعي معدل"))
    assert preview(edited) == preview_html(edited)
    assert "<ul>" in preview_html(article).split("ثانيا")[0].split("أولا")[1]


def test_nested_items_are_counted_without_their_markers() -> None:
    body = "- أولا\n  - ثانيا\n    1. ثالثا\n      - رابعا\n"
    assert plain_lines(body) == ["أولا", "ثانيا", "ثالثا", "رابعا", ""]
    assert text_stats(body).words == 4


def test_nested_items_are_proofread_and_their_markers_masked() -> None:
    body = "- أولا\n  - ثانيا\n    1. ثالثا\n\n  فقرة تحت البند\n\n    فقرة أعمق\n"
    blocks = split_blocks(body)
    assert [block.code for block in blocks] == [False, False, False]
    masked = [mask_block(block.text) for block in blocks]
    assert masked[0].split("\n") == [MASK * 2 + "أولا", MASK * 4 + "ثانيا", MASK * 7 + "ثالثا"]
    assert masked[2].strip() == "فقرة أعمق"


def test_an_indented_block_after_a_paragraph_is_still_code() -> None:
    blocks = split_blocks("فقرة\n\n    شيفرة\n")
    assert [block.code for block in blocks] == [False, True]


def test_enter_continues_a_two_space_nested_item() -> None:
    line = "  - ثانيا"
    assert enter_edit(line, len(line)) == LineEdit(len(line), len(line), "\n  - ")
    ordered = "   1. فرعي"
    assert enter_edit(ordered, len(ordered)) == LineEdit(len(ordered), len(ordered), "\n   2. ")
    # Shift+Enter continues the item's text under it: at its content column
    assert enter_edit(line, len(line), shift=True).text == HARD_BREAK + "\n" + " " * 4


def test_the_preview_agrees_when_a_fence_in_an_item_ends_with_the_item() -> None:
    # Found by test_preview_incremental's generated bodies: the item's fence closes where the
    # item ends, and the second "  ```" then opens a fence running to the end of the text.
    body = "- بند\n- بند آخر\n  ```\nindented fence\n\nmore\n  ```\nindented fence\n\nmore\n"
    article = _article(body)
    assert IncrementalPreview()(article) == preview_html(article)
    codes = [pre.findtext("code") for pre in build_document(article).body.iter("pre")]
    assert codes == ["", "indented fence\n\nmore\n"]


@pytest.mark.slow
def test_chromium_indents_nested_items_from_the_right(tmp_path: Path) -> None:
    from editor.core.article import parse_article
    from editor.core.export.html_writer import render_html
    from test_export_consumers import chromium, ink_lines

    body = (
        "- أول\n  - ثان\n    - ثالث\n- رابع\n\n"  # bullets: two spaces per level
        "1. خامس\n   1. سادس\n2. سابع\n"  # numbers: three spaces
    )
    page = tmp_path / "lists.html"
    page.write_text(
        render_html(parse_article(f"---\nlang: ar\n---\n\n{body}"), theme="light"), "utf-8"
    )
    shot = tmp_path / "lists.png"
    chromium(tmp_path, "--window-size=800,900", f"--screenshot={shot}", page.as_uri())
    _width, lines = ink_lines(shot)
    assert len(lines) == 7, lines  # one line of ink per item, in the order written
    right = [line.right for line in lines]
    first, second, third, fourth, fifth, sixth, seventh = right
    # Each level starts further from the right edge; siblings line up.
    assert second < first - 10 and third < second - 10, right
    assert abs(fourth - first) <= 6 and abs(seventh - fifth) <= 6, right  # digits differ
    assert sixth < fifth - 10, right
