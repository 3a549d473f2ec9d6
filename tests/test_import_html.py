"""Pasted HTML → Markdown (the core of the window's smart paste)."""

from __future__ import annotations

import markdown
import pytest

from editor.core.importing.html_to_markdown import html_to_markdown


def test_headings_emphasis_links_and_breaks() -> None:
    html = (
        "<h1>عنوان <b>المقال</b></h1><p>نص <strong>عريض </strong>و<em>مائل</em> مع "
        '<a href="https://example.com/a b">رابط</a>.<br>سطر&nbsp;ثانٍ</p>'
        "<h3>فرعي</h3>"
    )
    assert html_to_markdown(html) == (
        "# عنوان المقال\n\n"
        "نص **عريض** و*مائل* مع [رابط](<https://example.com/a b>).  \nسطر ثانٍ\n\n"
        "### فرعي\n"
    )


def test_scripts_styles_forms_and_hidden_content_are_dropped() -> None:
    html = (
        "<html><head><title>t</title><style>p{color:red}</style></head><body>"
        "<script>document.write('x')</script><noscript>enable js</noscript>"
        "<p>المقال</p><div hidden>مخفي</div><p style='display: none'>مخفي</p>"
        "<form><input value='q'><button>ابحث</button></form>"
        "<p><a href='javascript:alert(1)'>اضغط</a></p></body></html>"
    )
    assert html_to_markdown(html) == "المقال\n\nاضغط\n"


def test_lists_nested_and_ordered() -> None:
    html = (
        "<ul><li>أول<li>ثانٍ<ul><li>فرعي</li></ul></li></ul>"
        "<ol start='3'><li>ثالث</li><li>رابع</li></ol>"
    )
    assert html_to_markdown(html) == "- أول\n- ثانٍ\n    - فرعي\n\n3. ثالث\n4. رابع\n"


def test_blockquote_table_code_and_rule() -> None:
    html = (
        "<blockquote><p>قال:</p><p>«نعم».</p></blockquote>"
        "<table><thead><tr><th>المدينة</th><th colspan='2'>الزوار</th></tr></thead>"
        "<tbody><tr><td>بيروت | الحمرا</td><td>10<br>20</td><td>30</td></tr></tbody></table>"
        "<pre>x = 1\n  y = 2</pre><hr>"
    )
    assert html_to_markdown(html) == (
        "> قال:\n>\n> «نعم».\n\n"
        "| المدينة | الزوار |  |\n| --- | --- | --- |\n| بيروت \\| الحمرا | 10<br>20 | 30 |\n\n"
        "```\nx = 1\n  y = 2\n```\n\n* * *\n"
    )


def test_text_that_looks_like_markup_is_escaped() -> None:
    html = "<p># ليس عنواناً</p><p>2. ليس بنداً و a*b و [x]</p>"
    assert html_to_markdown(html) == "\\# ليس عنواناً\n\n2\\. ليس بنداً و a\\*b و \\[x\\]\n"


def test_google_docs_and_word_clipboard() -> None:
    gdocs = (
        '<b style="font-weight:normal;" id="docs-internal-guid-1"><p>'
        '<span style="font-weight:700">عريض</span> <span style="font-style:italic">مائل'
        "</span> عادي</p></b>"
    )
    assert html_to_markdown(gdocs) == "**عريض** *مائل* عادي\n"
    word = (
        "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'>"
        "<![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp; </span></span>"
        "<![endif]>البند الأول<o:p></o:p></p>"
        "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'>"
        "<span style='mso-list:Ignore'>·</span>البند الثاني</p><p class=MsoNormal>بعد</p>"
    )
    assert html_to_markdown(word) == "- البند الأول\n- البند الثاني\n\nبعد\n"


def test_images_keep_web_sources_only() -> None:
    html = (
        '<p><img src="https://example.com/a.png" alt="صورة"> '
        '<img src="data:image/png;base64,AAAA" alt="مضمّنة"></p>'
    )
    assert html_to_markdown(html) == "![صورة](https://example.com/a.png) مضمّنة\n"


@pytest.mark.parametrize("html", ["", "   ", "<p></p>", "<script>x</script>"])
def test_empty_input(html: str) -> None:
    assert html_to_markdown(html) == ""


def test_output_renders_back_to_the_same_structure() -> None:
    html = (
        "<h2>عنوان</h2><p>فقرة <b>عريضة</b> و<a href='https://e.com'>رابط</a>.</p>"
        "<ul><li>أ</li><li>ب</li></ul><blockquote><p>اقتباس</p></blockquote>"
    )
    rendered = markdown.markdown(html_to_markdown(html))
    assert rendered == (
        "<h2>عنوان</h2>\n<p>فقرة <strong>عريضة</strong> و"
        '<a href="https://e.com">رابط</a>.</p>\n<ul>\n<li>أ</li>\n<li>ب</li>\n'
        "</ul>\n<blockquote>\n<p>اقتباس</p>\n</blockquote>"
    )


def test_malformed_html_does_not_lose_text() -> None:
    html = "<div><p>أول<p>ثانٍ</span><b>عريض<i>مائل</b> بعد</div></em>ذيل"
    result = html_to_markdown(html)
    for word in ("أول", "ثانٍ", "عريض", "مائل", "بعد", "ذيل"):
        assert word in result


@pytest.mark.parametrize(
    "opening",
    [
        "<div>",
        "<b>",
        "<ul><li>",
        "<ol>",
        "<blockquote>",
        "<table><tr><td>",
        "<table><tbody>",
        "<span>",
    ],
)
def test_hostile_nesting_keeps_the_text(opening: str) -> None:
    result = html_to_markdown(opening * 3000 + "النص العميق")
    assert "النص العميق" in result


def test_stray_text_in_lists_and_tables_is_kept() -> None:
    html = "<ul>نص حر<li>بند</li></ul><table>قبل<tr><td>أ</td>وسط</tr></table>"
    assert html_to_markdown(html) == ("- نص حر\n- بند\n\n| أ | وسط |\n| --- | --- |\n| قبل |  |\n")


def test_code_that_holds_a_fence_is_never_cleaned_as_page_furniture() -> None:
    from editor.core.importing.webpaste import clean_web_text

    html = (
        "<h1>عنوان المقال</h1><p>مقدمة طويلة بما يكفي لتكون فقرة من فقرات المقال.</p>"
        "<pre>print(1)\n```\nشارك على فيسبوك\n```</pre>"
        "<p>خاتمة المقال بعد الشيفرة، وهي فقرة عادية أيضا.</p>"
    )
    result = clean_web_text(html_to_markdown(html), markdown=True)
    assert "شارك على فيسبوك" in result.article.body


def test_code_fences_are_longer_than_any_backtick_run_in_the_code() -> None:
    markdown_text = html_to_markdown("<pre>a\n````\nb\n```\n</pre>")
    assert markdown_text.startswith("`````\n") and markdown_text.rstrip().endswith("\n`````")
    rendered = markdown.markdown(markdown_text, extensions=["fenced_code"])
    assert "````\nb\n```" in rendered  # the whole code, one block


# ---- footnotes, alignment, code languages, addresses (issue 16) -----------------------------


def test_python_markdown_footnotes_become_notes() -> None:
    html = markdown.markdown(
        "نص[^a] وآخر[^b].\n\n[^a]: حاشية [برابط](https://x.org/a).\n\n"
        "    فقرة ثانية.\n\n[^b]: الثانية.\n",
        extensions=["footnotes"],
    )
    assert html_to_markdown(html) == (
        "نص[^1] وآخر[^2].\n\n"
        "[^1]: حاشية [برابط](https://x.org/a).\n\n    فقرة ثانية.\n\n"
        "[^2]: الثانية.\n"
    )


def test_pandoc_style_footnotes_become_notes() -> None:
    html = (
        '<p>نص<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref">'
        "<sup>1</sup></a>.</p>"
        '<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes">'
        '<hr /><ol><li id="fn1"><p>الحاشية.<a href="#fnref1" class="footnote-back" '
        'role="doc-backlink">↩︎</a></p></li></ol></section>'
    )
    assert html_to_markdown(html) == "نص[^1].\n\n[^1]: الحاشية.\n"


def test_a_link_to_an_anchor_that_is_no_note_stays_a_link() -> None:
    html = '<p><a href="#intro">المقدمة</a></p><ol><li id="x">بند</li></ol>'
    assert html_to_markdown(html) == "[المقدمة](#intro)\n\n1. بند\n"


def test_table_alignment_is_kept() -> None:
    html = (
        '<table><tr><th style="text-align:start">أ</th><th style="text-align: right;">ب</th>'
        '<th align="center">ج</th><th>د</th></tr><tr><td>1</td><td>2</td><td>3</td><td>4</td>'
        "</tr></table>"
    )
    assert (
        html_to_markdown(html)
        == "| أ | ب | ج | د |\n| :-- | --: | :-: | --- |\n| 1 | 2 | 3 | 4 |\n"
    )


@pytest.mark.parametrize(
    "html",
    [
        '<pre><code class="language-python">x = 1</code></pre>',
        '<pre class="sourceCode python"><code class="sourceCode python">x = 1</code></pre>',
    ],
)
def test_code_keeps_its_language(html: str) -> None:
    assert html_to_markdown(html) == "```python\nx = 1\n```\n"


def test_escaped_addresses_are_decoded_where_safe() -> None:
    html = (
        '<p><a href="https://ar.wikipedia.org/wiki/%D9%85%D8%AF%D8%A7%D8%AF">مداد</a> '
        '<a href="https://x.org/a%20b%E2%80%AE">س</a></p>'
    )
    assert html_to_markdown(html) == (
        "[مداد](https://ar.wikipedia.org/wiki/مداد) [س](https://x.org/a%20b%E2%80%AE)\n"
    )


def test_relative_pictures_are_kept_for_a_file_only() -> None:
    html = (
        '<p><img src="images/chart.png" alt="رسم"><img src="data:image/png;base64,AA" alt="م"></p>'
    )
    assert html_to_markdown(html) == "رسمم\n"
    assert html_to_markdown(html, local_images=True) == "![رسم](images/chart.png)م\n"


def test_a_notes_box_the_text_does_not_link_to_stays_where_it_is() -> None:
    html = (
        '<p>نص.</p><div class="footnote"><ol><li id="n1">ملاحظة المحرر.</li></ol></div>'
        "<p>بعدها.</p>"
    )
    assert html_to_markdown(html) == "نص.\n\n1. ملاحظة المحرر.\n\nبعدها.\n"
