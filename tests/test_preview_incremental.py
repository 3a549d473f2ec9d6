"""The incremental preview renderer must return exactly what preview_html returns."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLES_DIR as SAMPLES
from editor.core.article import Article, Metadata, load_article, parse_article
from editor.core.export.html_writer import render_html
from editor.core.export.incremental import IncrementalPreview
from editor.core.export.markdown_input import independent_blocks
from editor.core.export.preview import preview_html

# Blocks chosen for what links blocks in python-markdown: footnotes (repeated, undefined, in
# lists and quotes, defined in code), repeated and explicit heading ids, lists and indented code
# across blank lines, fences of every kind, and what forces a whole render.
BLOCKS = [
    "فقرة عربية بسيطة، فيها فاصلة.",
    "English paragraph with *emphasis*, **bold** and `code`.",
    "فقرة فيها حاشية[^1] وأخرى[^ب] ثم الأولى مرة أخرى[^1].",
    "[^1]: نص الحاشية الأولى.",
    "[^ب]: حاشية ثانية\n\n    بفقرة ثانية فيها [رابط](https://example.com).",
    "[^3]: حاشية لا يشير إليها أحد.",
    "[^4]: حاشية تشير إلى [^1].",
    "نص يشير إلى الحاشية الرابعة[^4].",
    "نص يذكر [^غير_معرفة] فقط.",
    "## عنوان مكرر",
    "## عنوان مكرر {#custom}",
    "### Heading _1",
    "عنوان بخط تحته\n=============",
    "- بند\n- بند آخر",
    "1. أول\n2. ثان",
    "- بند فيه حاشية[^1]",
    "> اقتباس\n> من سطرين",
    "> اقتباس فيه حاشية[^ب]",
    "    code block\n    line two",
    "```\nشيفرة\n\n[^1]: ليس تعريفا\n```",
    "````\n```\n\nx\n````",
    "  ```\nindented fence\n\nmore",
    "```python\nunclosed fence",
    "~~~\ntilde\n~~~",
    "| أ | ب |\n|---|---|\n| 1 | 2 |",
    "---",
    "مصطلح\n: تعريفه",
    "فقرة بصفة\n{: .lead}",
    "\tسطر يبدأ بتبويب",
    "   ",
    "* نجمة\n\n    تتمة البند",
    "+ بند بعلامة الجمع",
    "فقرة طويلة\nعلى سطرين بلا فاصل",
    "نص فيه `[^1]` داخل شيفرة.",
    "<div>\nكتلة HTML\n\nفيها سطر فارغ</div>",
    "[مرجع]: https://example.com",
    "*[HTML]: Hyper Text Markup Language",
    "رابط [بالمرجع][مرجع] هنا.",
    "## عنوان فيه حاشية[^1]",
    "| [^1] | س |\n|---|---|\n| أ | ب |",
    "> - بند في اقتباس[^ب]",
    "1. بند\n\n    فقرة داخل البند[^1]",
    "[^1]: تعريف مكرر للحاشية الأولى.",
    "   [^ب]: تعريف بعد مسافات",
    "نص فيه <span>HTML</span> داخل السطر، و*مائل*[^ب] و**عريض**.",
    "*[ABC] : اختصار بمسافة",
    "- *[XYZ]: اختصار في بند",
    "*مائل*[^1] ثم **عريض**[^ب]",
    "## Heading",
    "## Heading {#heading_1}",
    "Heading\n-------",
    "- بند\n  - بند متداخل بمسافتين\n    - أعمق",
    "1. أول\n   1. فرعي بثلاث مسافات\n2. ثان",
    "- بند\n\n  فقرة تابعة للبند\n\n  - فرعي بعد سطر فارغ",
    "-\n  بند يبدأ بسطر فارغ",
    "- بند\nتتمة كسولة",
    "10) عشرة\n    - فرعي",
    "- بند فيه شيفرة:\n\n  ```\n  سطر\n\n  سطر بعد فراغ\n  ```",
    "> اقتباس\nتتمة كسولة\n\n> اقتباس ثان",
    "عنوان\nعلى سطرين\n---",
    'رابط [نص](<https://example.com/a b>) و[آخر](/x "عنوان") وسطر\\\nمكسور',
    "#وسم وليس عنوانا",
]
SEPARATORS = ["\n", "\n\n", "\n\n\n", "\n \n"]


def _article(body: str, lang: str = "ar", title: str = "") -> Article:
    return Article(metadata=Metadata(title=title, lang=lang), body=body)


@st.composite
def bodies(draw: st.DrawFn) -> str:
    blocks = draw(st.lists(st.sampled_from(BLOCKS), min_size=0, max_size=12))
    out = ""
    for block in blocks:
        out += block + draw(st.sampled_from(SEPARATORS))
    return out


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(bodies(), min_size=1, max_size=4), st.sampled_from(["ar", "en"]))
def test_equals_whole_render_across_edits(edits: list[str], lang: str) -> None:
    renderer = IncrementalPreview()
    for body in edits:  # one renderer, so later bodies reuse what earlier ones cached
        article = _article(body, lang)
        assert renderer(article) == preview_html(article)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(bodies(), min_size=1, max_size=3), st.sampled_from(["light", "auto"]))
def test_browser_pages_equal_the_export(edits: list[str], theme: str) -> None:
    renderer = IncrementalPreview(theme, for_qtextbrowser=False)
    for body in edits:
        article = _article(body)
        assert renderer(article) == render_html(article, theme=theme)


@pytest.mark.parametrize("name", ["clean-article.md", "draft-with-errors.md"])
def test_samples_render_the_same(name: str) -> None:
    article = load_article(SAMPLES / name)
    assert IncrementalPreview()(article) == preview_html(article)
    assert IncrementalPreview(for_qtextbrowser=False)(article) == render_html(
        article, theme="light"
    )


def _long_body() -> str:
    spec = importlib.util.spec_from_file_location(
        "bench_corpus", Path(__file__).resolve().parents[1] / "bench" / "corpus.py"
    )
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    return corpus.article_text(5_000)


def test_an_edit_renders_only_its_block() -> None:
    body = _long_body()
    renderer = IncrementalPreview()
    renderer(parse_article(body))
    pieces = independent_blocks(body)
    assert pieces is not None and len(pieces) > 100
    middle = body.index("\n\n", len(body) // 2)
    edited = parse_article(body[:middle] + " كلمة جديدة" + body[middle:])
    page = renderer(edited)
    assert page == preview_html(edited)
    assert "كلمة جديدة" in page
    # Every block but the edited one came from the cache (repeated headings look twice).
    assert renderer.reused >= len(pieces) - 1


def test_footnote_numbers_follow_an_edit_before_them() -> None:
    renderer = IncrementalPreview()
    before = _article("أولى[^أ].\n\nثانية[^ب].\n\n[^أ]: أ\n\n[^ب]: ب\n")
    renderer(before)
    after = _article("ثالثة[^ب] في البداية.\n\n" + before.body)
    page = renderer(after)
    assert page == preview_html(after)
    # The new first reference takes the plain id; the old one becomes the second.
    assert page.index('id="fnref-ب"') < page.index('id="fnref-أ"') < page.index('id="fnref2-ب"')


@pytest.mark.parametrize(
    "body",
    [
        "رابط [بالمرجع][م].\n\n[م]: https://example.com\n",
        "*[HTML]: Hyper Text\n\nHTML هنا.\n",
        "نص.\n\n- *[HTML]: Hyper Text\n\nHTML هنا.\n",
        "<div>\nكتلة\n\nطويلة</div>\n",
        "- بند\n\n  [م]: https://example.com\n",
    ],
)
def test_document_wide_syntax_renders_whole(body: str) -> None:
    assert independent_blocks(body) is None
    article = _article(body)
    assert IncrementalPreview()(article) == preview_html(article)


def test_blocks_split_only_where_nothing_continues() -> None:
    body = (
        "فقرة\n\n- بند\n\n- بند\n\nبعد القائمة\n\n    شيفرة\n\n\nفقرة\n\n> أ\n\n> ب\n\n"
        "```\nx\n\ny\n```\n\nآخر"
    )
    assert independent_blocks(body) == [
        "فقرة\n\n- بند\n\n- بند\n",
        "بعد القائمة\n\n    شيفرة\n\n\nفقرة\n\n> أ\n\n> ب\n",
        "```\nx\n\ny\n```\n",
        "آخر",
    ]
