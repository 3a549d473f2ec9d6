"""Find and replace, with the Arabic-aware mode editors need."""

from __future__ import annotations

import pytest

from editor.core.search import SearchError, SearchOptions, find_all, fold_arabic, replace_all

TEXT = "مؤكدا أن الأسعار لن ترتفع. الأسْعار والاسعار وإلى الى الـــخطة"


def found(text: str, query: str, **options: bool) -> list[str]:
    return [text[m.start : m.end] for m in find_all(text, query, SearchOptions(**options))]


def test_arabic_aware_ignores_hamza_tashkeel_and_tatweel() -> None:
    assert found(TEXT, "الاسعار") == ["الأسعار", "الأسْعار", "الاسعار"]
    assert found(TEXT, "إلى") == ["إلى", "الى"]
    assert found(TEXT, "الخطة") == ["الـــخطة"]
    assert found("المدينة المدينه", "المدينة") == ["المدينة", "المدينه"]


def test_exact_mode_is_exact() -> None:
    assert found(TEXT, "الاسعار", arabic_aware=False) == ["الاسعار"]
    assert found("Hello hello", "hello", arabic_aware=False) == ["Hello", "hello"]
    assert found("Hello hello", "hello", arabic_aware=False, case_sensitive=True) == ["hello"]


def test_whole_word() -> None:
    assert found("الخطة والخطط خطة", "خطة", whole_word=True) == ["خطة"]
    assert found("خطةٌ جديدة", "خطة", whole_word=True) == ["خطةٌ"]
    assert found("cat concat", "cat", whole_word=True, arabic_aware=False) == ["cat"]


def test_regex_with_groups_keeps_original_text() -> None:
    text, count = replace_all(TEXT, r"(ال)اسعار", r"\1أسعار", SearchOptions(regex=True))
    assert count == 3 and "الاسعار" not in text and text.count("الأسعار") == 3
    with pytest.raises(SearchError, match="Invalid regular expression"):
        find_all(TEXT, "(", SearchOptions(regex=True))


def test_replace_all_plain() -> None:
    text, count = replace_all("في في البيت في", "في في", "في", SearchOptions(whole_word=True))
    assert (text, count) == ("في البيت في", 1)


def test_fold_map_points_back() -> None:
    folded, positions = fold_arabic("أَحْمد")
    assert folded == "احمد" and positions == [0, 2, 4, 5, 6]


def test_folding_keeps_every_original_position() -> None:
    from editor.core.arabic import WORD_MARK_RE

    for text in ["", "ـ", "أَحْمدُ", "كتابٌ ـــ جديدٌ ُ", "abc", "َُِ", "مَرْحَبًا بِكُمْ"]:
        folded, positions = fold_arabic(text)
        kept = [index for index, ch in enumerate(text) if not WORD_MARK_RE.match(ch)]
        assert positions == [*kept, len(text)]
        assert len(folded) == len(kept)
