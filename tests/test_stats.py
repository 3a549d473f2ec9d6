"""Counts for Arabic text: Markdown syntax is not words, tashkeel never splits a word."""

from __future__ import annotations

from pathlib import Path

from editor.core.article import load_article
from editor.core.stats import count_words, plain_lines, reading_minutes, text_stats


def test_tashkeel_and_tatweel_stay_inside_words() -> None:
    assert count_words("كَتَبَ الطَّالِبُ الدَّرْسَ") == 3
    assert count_words("كتب الطالب الدرس") == 3
    assert count_words("الـــخطة الكاملة") == 2


def test_numbers_and_mixed_script() -> None:
    assert count_words("زار 4,500 شخص و١٢٫٥ بالمئة Markdown") == 6
    assert count_words("well-known it's e-mail") == 3
    assert count_words("— ، . « » ؟") == 0


def test_markdown_syntax_is_not_counted() -> None:
    body = (
        "# عنوان المقال\n\n"
        "نص **غامق** و*مائل* مع [رابط طويل](https://example.org/a/b/c) و`رمز`.\n\n"
        "- بند أول\n- بند ثان\n\n"
        "| عمود | قيمة |\n| --- | --- |\n| أ | ١ |\n\n"
        '<span class="x">كلمة</span>\n\n'
        "نص مع حاشية[^1].\n\n[^1]: الحاشية هنا.\n"
    )
    lines = [line for line in plain_lines(body) if line]
    assert "https" not in " ".join(lines) and "span" not in " ".join(lines)
    assert "example" not in " ".join(lines) and "---" not in " ".join(lines)
    stats = text_stats(body)
    # عنوان المقال (2) + نص غامق ومائل مع رابط طويل ورمز (7) + بند أول بند ثان (4)
    # + عمود قيمة أ ١ (4) + كلمة (1) + نص مع حاشية (3) + الحاشية هنا (2)
    assert stats.words == 23
    # heading, paragraph, 2 list items, 2 table rows, html line, paragraph, footnote
    assert stats.paragraphs == 9


def test_reading_time() -> None:
    assert reading_minutes(0) == 0
    assert reading_minutes(1) == 1
    assert reading_minutes(1400, "ar") == 10
    assert reading_minutes(1400, "en") < reading_minutes(1400, "ar")
    assert reading_minutes(1400, "ar_EG") == reading_minutes(1400, " AR-eg ") == 10


def test_clean_sample_counts(samples_dir: Path) -> None:
    article = load_article(samples_dir / "clean-article.md")
    stats = text_stats(article.body)
    assert 180 <= stats.words <= 210  # front matter not counted (it alone has ~40 words)
    assert stats.characters > stats.characters_no_spaces > 0
    assert stats.reading_minutes == 2


def test_cached_counts_match_fresh_counts_after_edits() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from editor.core.stats import StatsCounter

    lines = st.sampled_from(
        [
            "# عنوان",
            "نص **غامق** هنا",
            "- بند",
            "```",
            "كود داخل",
            "",
            "| أ | ب |",
            "| --- | --- |",
            "[^1]: حاشية",
            "English *word*",
            "كَتَبَ الطالبُ",
            "> اقتباس",
        ]
    )
    warm = StatsCounter()

    @settings(max_examples=200, deadline=None)
    @given(st.lists(lines, max_size=30))
    def check(chosen: list[str]) -> None:
        body = "\n".join(chosen)
        assert warm.count(body) == StatsCounter().count(body)

    check()


def test_a_fence_closes_only_at_its_own_kind_and_length() -> None:
    from editor.core.markdown_lines import CODE, DELIMITER, OUTSIDE, fence_states

    lines = ["~~~", "```", "~~~", "", "````", "```", "````python", "````", "# عنوان"]
    assert fence_states(lines) == [
        DELIMITER,
        CODE,
        DELIMITER,
        OUTSIDE,
        DELIMITER,
        CODE,
        CODE,
        DELIMITER,
        OUTSIDE,
    ]
    # After the code, Markdown is Markdown again: the heading's mark and the bold are not words.
    assert plain_lines("~~~\n```\n~~~\n\n# عنوان\n\nفقرة **غامقة**")[4:] == [
        "عنوان",
        "",
        "فقرة غامقة",
    ]
