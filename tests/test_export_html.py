"""The Markdown → tree → HTML pipeline: lists, Arabic ids and labels, directions, sanitizing."""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

import pytest

from editor.core.article import load_article, parse_article
from editor.core.export.dates import format_date
from editor.core.export.document import build_document, text_direction
from editor.core.export.html_writer import render_html
from editor.core.export.markdown_input import separate_lists

GOLDEN_DIR = Path(__file__).parent / "golden"
# Lines that legitimately change between releases; the golden comparison skips them.
VOLATILE = re.compile(r'<meta name="generator"')


def _html(body: str, front: str = "title: ت\n") -> str:
    return render_html(parse_article(f"---\n{front}---\n\n{body}"), fragment=True, container=False)


def test_golden_html_of_the_clean_sample(samples_dir: Path) -> None:
    """Regenerate after an intended change with
    MIDAD_REGEN_GOLDEN=1 pytest tests/test_export_html.py -k golden
    and review the diff of tests/golden/clean-article.html before committing it."""
    html = render_html(load_article(samples_dir / "clean-article.md"))
    golden = GOLDEN_DIR / "clean-article.html"
    if os.environ.get("MIDAD_REGEN_GOLDEN"):
        golden.write_text(html, encoding="utf-8")
    expected = [ln for ln in golden.read_text("utf-8").splitlines() if not VOLATILE.search(ln)]
    actual = [ln for ln in html.splitlines() if not VOLATILE.search(ln)]
    if actual != expected:
        diff = "\n".join(difflib.unified_diff(expected, actual, "golden", "now", lineterm=""))
        pytest.fail(f"exported HTML differs from {golden.name}:\n{diff}")


def test_page_head_and_header_come_from_metadata(samples_dir: Path) -> None:
    html = render_html(load_article(samples_dir / "clean-article.md"))
    assert html.startswith("<!DOCTYPE html>\n")
    assert '<html lang="ar" dir="rtl">' in html
    assert '<meta charset="utf-8">' in html
    assert "<title>الكتابة دون اتصال، لماذا يعود الكتّاب إلى أدواتهم المحلية؟</title>" in html
    assert '<meta name="author" content="سلمى الحداد">' in html
    assert '<meta name="keywords" content="كتابة, أدوات, خصوصية">' in html
    assert '<meta name="date" content="2026-03-14">' in html
    assert '<meta name="description" content="لماذا يفضّل' in html
    assert '<time datetime="2026-03-14">14 مارس 2026</time>' in html
    assert '<p class="article-subtitle">جولة في أسباب العودة' in html
    assert "font-family" in html and "@media print" in html and "prefers-color-scheme: dark" in html
    assert "<link" not in html and "@import" not in html and "<script" not in html


def test_language_from_metadata_sets_lang_and_direction() -> None:
    article = parse_article("---\ntitle: Notes\nlang: en\n---\n\nSome text[^1].\n\n[^1]: A note.\n")
    html = render_html(article)
    assert '<html lang="en" dir="ltr">' in html
    assert "Back to note 1 in the text" in html
    assert '<h2 class="footnotes-title">Notes</h2>' in html


def test_fragment_is_the_body_only() -> None:
    html = _html("# عنوان\n\nنص.\n", "title: عنوان المقال\nauthor: كاتب\n")
    assert html.startswith('<h1 id="عنوان">عنوان</h1>')
    assert "<html" not in html and "<style" not in html and "article-header" not in html


@pytest.mark.parametrize(
    ("lang", "direction"), [("ar", "rtl"), ("en", "ltr"), ("fa", "rtl"), ("ur", "rtl")]
)
def test_fragment_carries_the_articles_language_and_direction(lang: str, direction: str) -> None:
    article = parse_article(f"---\ntitle: ع\nlang: {lang}\n---\n\nنص[^1].\n\n[^1]: حاشية.\n")
    html = render_html(article, fragment=True)
    opening = f'<div class="midad-article" lang="{lang}" dir="{direction}">\n'
    assert html.startswith(opening) and html.endswith("</section>\n</div>\n")
    # Without the container: the same content, nothing around it.
    assert html == opening + render_html(article, fragment=True, container=False) + "</div>\n"


def test_themes() -> None:
    article = parse_article("نص\n")
    assert 'data-theme="dark"' in render_html(article, theme="dark")
    assert 'data-theme="light"' in render_html(article, theme="light")
    assert "data-theme=" not in render_html(article).split("<style>")[0]
    with pytest.raises(ValueError):
        render_html(article, theme="sepia")


def test_arabic_dates() -> None:
    import datetime as dt

    assert format_date(dt.date(2026, 3, 14)) == "14 مارس 2026"
    assert format_date(dt.date(2026, 3, 14), digits="arabic-indic") == "١٤ مارس ٢٠٢٦"
    assert format_date(dt.date(2026, 12, 1), arabic=False) == "1 December 2026"


@pytest.mark.parametrize(
    "body",
    [
        "العناصر الآتية:\n- الأول\n- الثاني\n",
        "العناصر الآتية:\n* الأول\n* الثاني\n",
        "الخطوات:\n1. الأولى\n2. الثانية\n",
    ],
)
def test_list_right_after_a_paragraph_is_a_list(body: str) -> None:
    html = _html(body)
    assert re.search(r"<p>[^<]*:</p>\s*<(ul|ol)>\s*<li>الأول", html), html
    assert html.count("<li>") == 2


def test_only_commonmark_list_starts_interrupt_a_paragraph() -> None:
    # "2." cannot interrupt a paragraph in CommonMark (a year or a number in running text).
    assert "<ol" not in _html("وصلنا إلى عام\n2. وفيه حدث الكثير\n")
    # A thematic break is not a list; code fences are left alone.
    assert separate_lists("نص\n```\nx\n- y\n```\n") == "نص\n```\nx\n- y\n```\n"
    # Items of a list that continue lazily are not split into a loose list.
    html = _html("- أول\nتكملة\n- ثان\n")
    assert html.count("<ul>") == 1 and "<p>" not in html


def test_list_after_a_heading_and_paragraph() -> None:
    html = _html("## قائمة\nمقدمة\n- بند\n")
    assert "<ul>\n<li>بند</li>\n</ul>" in html


def test_heading_ids_are_arabic_slugs() -> None:
    html = _html("## ما الذي يحتاجه الكاتب؟\n")
    assert '<h2 id="ما-الذي-يحتاجه-الكاتب">' in html


def test_footnotes_have_arabic_titles_and_a_back_link() -> None:
    html = _html("نص[^a].\n\n[^a]: حاشية.\n")
    assert 'title="الهامش 1"' in html
    assert 'title="العودة إلى موضع الهامش 1 في النص"' in html
    assert '<h2 class="footnotes-title">الهوامش</h2>' in html
    assert 'href="#fnref-a"' in html and '<li id="fn-a">' in html


def test_block_direction_follows_the_majority_of_letters() -> None:
    assert text_direction("Python لغة برمجة سهلة التعلم.") == "rtl"
    assert text_direction("The quick brown fox — ثعلب.") == "ltr"
    assert text_direction("123 456") is None
    html = _html("Python لغة برمجة.\n\nThis paragraph is English.\n\n```\ncode\n```\n")
    assert "<p>Python لغة برمجة.</p>" in html  # inherits the page's rtl
    assert '<p dir="ltr">This paragraph is English.</p>' in html
    assert '<pre dir="ltr">' in html


def test_document_tree_is_shared() -> None:
    document = build_document(parse_article("# أ\n\nب[^1]\n\n[^1]: ج\n"))
    assert [child.tag for child in document.body] == ["h1", "p"]
    assert [note.number for note in document.footnotes] == [1]
    assert document.headings[0].text == "أ"
    assert render_html(document, fragment=True) == render_html(
        parse_article("# أ\n\nب[^1]\n\n[^1]: ج\n"), fragment=True
    )


# ---- sanitizing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, forbidden",
    [
        ("<script>document.title='x'</script>\n\nنص", "<script"),
        ("<script>document.title='x'</script>\n\nنص", "document.title"),
        ('<img src="x.png" onerror="alert(1)">', "onerror"),
        ("[رابط](javascript:alert(1))", "javascript:"),
        ('<a href="JaVaScRiPt:alert(1)">رابط</a>', "alert"),
        ('<iframe src="https://evil.example/"></iframe>', "<iframe"),
        ('<iframe src="https://evil.example/"></iframe>', "evil.example"),
        ('<p onclick="steal()">نص</p>', "onclick"),
        ("<style>body{display:none}</style>", "display:none"),
        ('<object data="x.swf"></object>', "<object"),
        ('<form action="https://x.example"><input name="a"></form>', "<input"),
        ('<a href="data:text/html,<script>alert(1)</script>">x</a>', "data:"),
    ],
)
def test_raw_html_is_sanitized(body: str, forbidden: str) -> None:
    html = _html(body).lower()
    assert forbidden.lower() not in html


def test_safe_raw_html_survives() -> None:
    html = _html(
        'نص <mark>مهم</mark> و<abbr title="منظمة">م.</abbr>\n\n<img src="a.png" alt="صورة">'
    )
    assert "<mark>مهم</mark>" in html and '<abbr title="منظمة">' in html
    assert '<img src="a.png" alt="صورة">' in html


def test_table_alignment_is_kept_and_nothing_remote_is_added() -> None:
    html = _html("| أ | ب | ج |\n|:--|--:|:-:|\n| 1 | 2 | 3 |\n")
    # Logical sides: ":--" is where the cell's text starts (the right in an Arabic table).
    # The physical side first for readers that know no logical one (pandoc): browsers take
    # the last declaration.
    assert html.count('style="text-align:left;text-align:start"') == 2
    assert html.count('style="text-align:right;text-align:end"') == 2
    assert html.count('style="text-align:center"') == 2 and "http" not in html


def test_direction_is_marked_against_the_inherited_one() -> None:
    html = render_html(
        parse_article(
            "---\nlang: en\n---\n\n> A quote in English.\n>\n> ثم فقرة عربية داخل الاقتباس.\n\n"
            "- English item\n- بند عربي\n"
        ),
        fragment=True,
    )
    # The quote is mostly Arabic, so it is right-to-left and its English paragraph says ltr.
    assert (
        '<blockquote dir="rtl">\n<p dir="ltr">A quote in English.</p>\n<p>ثم فقرة عربية'
    ) in html
    assert '<li dir="rtl">بند عربي</li>' in html and "<li>English item</li>" in html


def test_addresses_and_code_do_not_turn_an_arabic_paragraph_around() -> None:
    """A short Arabic sentence around a long web address or a command is still Arabic (the
    address's Latin letters outnumbered the Arabic ones and made the paragraph left-to-right)."""
    body = (
        "راجع https://example.org/reports/annual/economy/summary-and-tables?year=2026 الآن.\n\n"
        "نفّذ `git commit --amend --no-edit --reset-author` ثم أرسل.\n\n"
        "The committee met on Sunday to review the budget of the new year.\n\n"
        "https://example.org/only/an/address\n"
    )
    document = build_document(parse_article("---\nlang: ar\n---\n\n" + body))
    paragraphs = document.body.findall(".//p")
    assert [p.get("dir") for p in paragraphs] == [None, None, "ltr", "ltr"]
