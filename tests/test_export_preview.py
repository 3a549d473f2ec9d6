"""The preview's adaptation of the exporter's page, and its window on long articles."""

from __future__ import annotations

from editor.core.article import parse_article
from editor.core.export.preview import adapt_for_qtextbrowser, preview_html, preview_window


def test_rtl_table_cells_are_reversed_and_blocks_aligned() -> None:
    page = preview_html(parse_article("| أ | ب |\n| --- | --- |\n| ١ | ٢ |\n\nفقرة\n"))
    assert page.index(">ب<") < page.index(">أ<")
    assert '<p align="right">فقرة</p>' in page


def test_ltr_blocks_inside_rtl_page_align_left() -> None:
    html = adapt_for_qtextbrowser('<html dir="rtl"><body><p dir="ltr">English</p></body></html>')
    assert 'align="left"' in html


def test_short_articles_are_previewed_whole() -> None:
    body = "فقرة أولى\n\nفقرة ثانية\n"
    assert preview_window(body, 1) == (body, 0, 3)


def test_long_articles_are_previewed_around_the_cursor() -> None:
    paragraphs = [f"فقرة رقم {n} " + "كلمة " * 50 for n in range(1000)]
    body = "\n\n".join(paragraphs)
    excerpt, first, last = preview_window(body, 1001, max_words=2000)
    assert "فقرة رقم 500 " in excerpt
    assert "فقرة رقم 0 " not in excerpt and "فقرة رقم 999 " not in excerpt
    assert len(excerpt.split()) < 2300
    lines = body.split("\n")
    assert (first == 0 or lines[first] == "") and (last == len(lines) - 1 or lines[last] == "")


def test_window_never_cuts_a_code_fence() -> None:
    body = "\n\n".join(["نص " * 40] * 20 + ["```\nكود\n\nكود\n```"] + ["نص " * 40] * 20)
    lines = body.split("\n")
    fence_start = lines.index("```")
    for cursor in range(len(lines)):
        excerpt, first, last = preview_window(body, cursor, max_words=200)
        assert excerpt.count("```") % 2 == 0, (cursor, first, last)
        assert not (first > fence_start and first < fence_start + 4)
