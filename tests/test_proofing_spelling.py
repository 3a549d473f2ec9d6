"""Arabic spelling: normalisation, our suggestions before hunspell's, modes, the user's lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.article import parse_article, serialize_article
from editor.core.proofing import (
    PersonalDictionary,
    Proofreader,
    ProofSettings,
    ignore_in_article,
    personal_dictionary_path,
)
from editor.core.proofing import dictionary as dictionary_module
from editor.core.proofing.normalize import is_checkable, normalize_word
from editor.core.proofing.spelling import SpellChecker
from proofing_helpers import check, require_arabic_dictionary


@pytest.fixture(autouse=True)
def _dictionary() -> None:
    require_arabic_dictionary()


def spelling(text: str, **settings: object) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in check(text, "spelling", "frequent-error", **settings)]


def test_normalisation_strips_tashkeel_tatweel_and_presentation_forms() -> None:
    assert normalize_word("المَدِينَةُ") == "المدينة"
    assert normalize_word("مؤمّن") == "مؤمن"
    assert normalize_word("الـــخطة") == "الخطة"
    assert normalize_word("ﻣﺪﻳﻨﺔ") == "مدينة"
    assert normalize_word("عَلَّمَ\u0670") == "علم"
    assert not is_checkable("Python") and not is_checkable("و2026") and not is_checkable("COVID١٩")
    assert is_checkable("المدينة")


def test_correct_words_with_tashkeel_or_presentation_forms_are_not_flagged() -> None:
    assert spelling("ذهبتُ إلى المدينةِ الكبيرةِ، والتمويلُ مؤمّنٌ بالكامل.") == []
    assert spelling("ﻣﺪﻳﻨﺔ كبيرة") == []


def test_latin_words_digits_and_markdown_are_not_sent_to_the_dictionary() -> None:
    assert spelling("كتب بلغة Python عام 2026 كود `المدينه` ورابط https://x.org/المدينه") == []


@pytest.mark.parametrize(
    ("word", "first"),
    [
        ("المدينه", "المدينة"),
        ("الاسعار", "الأسعار"),
        ("الشديييييد", "الشديد"),
        ("فيالشوارع", "في الشوارع"),
        ("الذى", "الذي"),
    ],
)
def test_our_suggestion_comes_first(word: str, first: str) -> None:
    found = spelling(f"قرأت {word} اليوم")
    assert len(found) == 1 and found[0][0] == word
    assert found[0][1][0] == first
    assert len(set(found[0][1])) == len(found[0][1])  # no duplicates


def test_squeezed_repeat_is_a_safe_fix_but_a_guess_is_not() -> None:
    by_word = {f.text: f.safe for f in check("الازدحام الشديييييد في المدينه", "spelling")}
    assert by_word == {"الشديييييد": True, "المدينه": False}


def test_verb_with_object_pronoun_is_known_but_not_a_noun_with_ha() -> None:
    assert spelling("ما يحتاجه الكاتب وما يحتاجونه") == []
    assert [w for w, _ in spelling("في المدينه")] == ["المدينه"]


def test_frequent_error_list_beats_hunspell() -> None:
    assert spelling("ذهب الى السوق علي الرغم من المطر") == [
        ("الى", ("إلى",)),
        ("علي الرغم", ("على الرغم",)),
    ]
    assert spelling("اسمه علي وهو هنا") == []  # the name علي alone is fine


def test_relaxed_hamza_mode() -> None:
    assert [w for w, _ in spelling("ارتفعت الاسعار")] == ["الاسعار"]
    assert spelling("ارتفعت الاسعار", hamza_mode="relaxed") == []
    assert spelling("اعلن المدير", hamza_mode="relaxed") == []


def test_relaxed_yaa_mode() -> None:
    assert [w for w, _ in spelling("الذى قال")] == ["الذى"]
    assert spelling("الذى قال علي الرغم", yaa_mode="relaxed") == []
    # relaxed yaa does not excuse a missing hamza
    assert [w for w, _ in spelling("الاسعار", yaa_mode="relaxed")] == ["الاسعار"]


def test_personal_dictionary_is_a_plain_file_in_the_user_data_dir(isolated_user_dirs: Path) -> None:
    path = personal_dictionary_path()
    assert str(path).startswith(str(isolated_user_dirs))
    proofreader = Proofreader(ProofSettings(only_rules=frozenset({"spelling", "probable-name"})))
    text = "زار بلخيري المدينة"
    assert [f.text for f in proofreader.check_body(text).findings] == ["بلخيري"]
    assert proofreader.add_to_dictionary("بلخيري") is True
    assert proofreader.add_to_dictionary("بلخيري") is False
    assert proofreader.check_body(text).findings == []
    assert path.read_text("utf-8") == "بلخيري\n"
    # a fresh engine reads it back; removing it brings the finding back
    fresh = Proofreader(ProofSettings(only_rules=frozenset({"spelling", "probable-name"})))
    assert fresh.check_body(text).findings == []
    assert PersonalDictionary().remove("بلخيري") is True
    assert path.read_text("utf-8") == ""


def test_article_ignore_list_round_trips_and_is_honoured() -> None:
    article = parse_article("---\ntitle: زيارة\n---\n\nزار بلخيري المدينة.\n")
    assert ignore_in_article(article, "بلخيري") is True
    assert ignore_in_article(article, "بلخيري") is False
    text = serialize_article(article)
    assert "midad-ignore:" in text
    again = parse_article(text)
    assert again.metadata.extra["midad-ignore"] == ["بلخيري"]
    assert serialize_article(again) == text
    proofreader = Proofreader(ProofSettings(only_rules=frozenset({"spelling", "probable-name"})))
    assert proofreader.check_document(text).findings == []
    assert [
        f.text for f in proofreader.check_document(text.replace("midad-ignore", "x-other")).findings
    ] == ["بلخيري"]


def test_metadata_values_are_checked_with_their_field_and_file_offsets() -> None:
    text = (
        "---\ntitle: خطة المدينه الجديدة\ntags: [نقل, الاسعار]\nsummary: >\n"
        "  زيارة  قصيرة\nauthor: المدينه\n---\n\nنص سليم.\n"
    )
    findings = Proofreader().check_document(text).findings
    got = [(f.field, f.rule, f.text, text[f.start : f.end], f.line) for f in findings]
    assert got == [
        ("title", "spelling", "المدينه", "المدينه", 2),
        ("tags", "spelling", "الاسعار", "الاسعار", 3),
        ("summary", "double-space", "  ", "  ", 5),
    ]


def test_bundled_dictionary_folder_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "dictionaries"
    (folder / "hunspell").mkdir(parents=True)
    (folder / "hunspell" / "ar.aff").write_text("SET UTF-8\n", "utf-8")
    (folder / "hunspell" / "ar.dic").write_text("1\nكلمةخاصة\n", "utf-8")
    monkeypatch.setenv("MIDAD_DICTIONARY_DIR", str(folder))
    monkeypatch.setenv("ENCHANT_CONFIG_DIR", str(tmp_path / "restored-after-test"))
    dictionary, reason = dictionary_module.open_arabic_dictionary()
    assert reason is None
    assert dictionary.check("كلمةخاصة") and not dictionary.check("المدينة")


def test_without_a_dictionary_the_rules_still_run_and_it_is_said_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dictionary_module, "LANGUAGE_TAGS", ("xx_NOWHERE",))
    dictionary, reason = dictionary_module.open_arabic_dictionary()
    assert dictionary is None and "no Arabic dictionary" in reason
    proofreader = Proofreader(spell=SpellChecker(None, reason, load=False))
    checked = proofreader.check_document("قال المدينه ، ثم")
    assert checked.warnings == [reason]
    assert [(f.rule, f.text) for f in checked.findings] == [("space-before-punctuation", " ،")]


def test_deferred_hunspell_suggestions_are_fetched_on_demand() -> None:
    proofreader = Proofreader(
        ProofSettings(only_rules=frozenset({"spelling"}), hunspell_suggestions=False)
    )
    [finding] = proofreader.check_body("قرأت المدينه").findings
    assert finding.suggestions == ("المدينة",)  # ours only: cheap enough to compute while typing
    full = proofreader.full_suggestions(finding)
    assert full[0] == "المدينة" and len(full) > 1


def test_check_article_for_the_editor() -> None:
    article = parse_article(
        "---\ntitle: خطة المدينه\ntags: [نقل, الاسعار]\n"
        "midad-ignore: [بلخيري]\n---\n\nزار بلخيري المدينه ، أمس.\n"
    )
    checked = Proofreader().check_article(article)
    assert [(f.rule, article.body[f.start : f.end], f.line, f.column) for f in checked.body] == [
        ("spelling", "المدينه", 1, 12),
        ("space-before-punctuation", " ،", 1, 19),
    ]
    assert [(f.field, f.text, f.start, f.extra) for f in checked.metadata] == [
        ("title", "المدينه", 4, {}),
        ("tags", "الاسعار", 0, {"tag_index": 1}),
    ]


def test_frequent_hamza_errors_hunspell_accepts() -> None:
    found = check("قال امس إن اكثر الناس", "frequent-error")
    assert [(f.text, f.suggestions, f.safe) for f in found] == [
        ("امس", ("أمس",), True),
        ("اكثر", ("أكثر",), True),
    ]
    # ambiguous ones are offered, never applied without asking
    [finding] = check("وقال انه سيحضر", "frequent-error")
    assert finding.suggestions == ("أنه", "إنه") and not finding.safe
    assert check("قال امس", "frequent-error", hamza_mode="relaxed") == []


def test_metadata_text_is_not_read_as_markdown_blocks() -> None:
    # "1." starting a title is the title's own number, not a list marker: it is checked
    text = "---\ntitle: 1. الخطة ، الجديدة\n---\n\nفي عام ٢٠٢٦ وبعد ٣ أشهر.\n"
    findings = Proofreader(ProofSettings(spelling=False)).check_document(text).findings
    assert [(f.field, f.rule, f.text) for f in findings] == [
        ("title", "digit-style", "1"),
        ("title", "space-before-punctuation", " ،"),
    ]
