"""Each typography and style rule on small texts: what it flags, what it must leave alone."""

from __future__ import annotations

import pytest

from editor.core.proofing.rules import all_rules
from proofing_helpers import check


def flagged(text: str, rule: str, **settings: object) -> list[tuple[str, tuple[str, ...], bool]]:
    return [(f.text, f.suggestions, f.safe) for f in check(text, rule, **settings)]


def test_rule_ids_are_unique_and_kinds_known() -> None:
    rules = all_rules()
    assert len({r.id for r in rules}) == len(rules)
    assert {r.kind for r in rules} == {"spelling", "typography", "style", "name"}
    assert sum(r.kind == "style" for r in rules) >= 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال المدير ، ثم غادر", [(" ،", ("،",), True)]),
        ("هل يأتي ؟", [(" ؟", ("؟",), True)]),
        ("عام 2026 .", [(" .", (".",), True)]),
        ("وقال : نعم", [(" :", (":",), True)]),
    ],
)
def test_space_before_punctuation(text: str, expected: list) -> None:
    assert flagged(text, "space-before-punctuation") == expected


@pytest.mark.parametrize(
    "text",
    [
        "قال المدير، ثم غادر",
        "وتوقف ...",
        "النسخة .NET الجديدة",
        "`a ,b` كود",
        "انظر [الرابط](http://x.org/a ,b)",
    ],
)
def test_space_before_punctuation_negatives(text: str) -> None:
    assert flagged(text, "space-before-punctuation") == []


def test_missing_space_after_punctuation() -> None:
    assert flagged("الماضي.وقال", "missing-space-after-punctuation") == [(".", (". ",), True)]
    assert flagged("قال،ثم", "missing-space-after-punctuation") == [("،", ("، ",), True)]
    # abbreviations after one letter, decimals, URLs and code are left alone
    for text in ("د.محمد", "٣.٥ مليون", "موقع example.org هنا", "`الماضي.وقال`"):
        assert flagged(text, "missing-space-after-punctuation") == [], text


def test_latin_punctuation() -> None:
    assert flagged("في المدينه, أن", "latin-punctuation") == [(",", ("،",), True)]
    assert flagged("بالمرفأ; ثم", "latin-punctuation") == [(";", ("؛",), True)]
    assert flagged("هذه المرة?", "latin-punctuation") == [("?", ("؟",), True)]
    assert flagged("قال,ثم", "latin-punctuation") == [(",", ("، ",), True)]
    assert flagged("في عام 2026, قال", "latin-punctuation") == [(",", ("،",), True)]
    assert flagged("الأعداد 3, 4 و5", "latin-punctuation") == []
    for text in ("Markdown, Python", "العدد 1,000", "هل تستخدم `a, b`؟", "رابط https://x.org/?a=ب"):
        assert flagged(text, "latin-punctuation") == [], text


def test_double_space_and_markdown_hard_break() -> None:
    assert flagged("في  الربيع", "double-space") == [("  ", (" ",), True)]
    assert flagged("سطر أول  \nسطر ثان", "double-space") == []  # hard line break
    assert flagged("| عمود  |  قيمة |\n| --- | --- |\n| أ  | ب |", "double-space") == []
    assert flagged("```\nكود  فيه  مسافات\n```", "double-space") == []


def test_no_break_space() -> None:
    assert flagged("كلمة\u00a0أخرى", "no-break-space") == [("\u00a0", (" ",), True)]
    # between a number and its unit it is deliberate: reported, never fixed automatically
    assert flagged("10\u00a0كم", "no-break-space") == [("\u00a0", (" ",), False)]


def test_space_inside_brackets_and_quotes() -> None:
    assert [f[0] for f in flagged("( نحو ١٢ مليون دولار )", "space-inside-brackets")] == [
        "( ",
        " )",
    ]
    assert flagged("قالت: « نعم »", "space-inside-brackets") == [
        ("« ", ("«",), True),
        (" »", ("»",), True),
    ]
    assert flagged("(نحو ١٢) و«نعم» و[رابط](http://x.org)", "space-inside-brackets") == []


def test_repeated_word() -> None:
    assert flagged("على الركاب في في المرحلة", "repeated-word") == [("في في", ("في",), True)]
    assert flagged("على الركاب في\nفي المرحلة", "repeated-word") == [("في\nفي", ("في",), True)]
    # a repeated content word is reported but not fixed without asking
    assert flagged("المدينة المدينة", "repeated-word") == [("المدينة المدينة", ("المدينة",), False)]
    for text in ("رويداً رويداً", "لا لا", "شيئا شيئا", "في **في**", "١٠ ١٠", "في، في"):
        assert flagged(text, "repeated-word") == [], text


def test_tatweel_in_word_but_not_after_prefix() -> None:
    assert flagged("الـــخطة الكاملة", "tatweel-in-word") == [("الـــخطة", ("الخطة",), True)]
    for text in (
        "مشار إليها بـ«النص»",
        "يعمل بـ Python",
        "الـ GPS",
        "لـ 2026 مرة",
        "عام ١٤٤٧هـ",
        "سنة 1447 هـ",
    ):
        assert flagged(text, "tatweel-in-word") == [], text


def test_tatweel_as_dash() -> None:
    assert flagged("النتيجة ــ كما قال ــ جيدة", "tatweel-as-dash") == [
        ("ــ", ("—", "–"), False),
        ("ــ", ("—", "–"), False),
    ]
    assert flagged("الـــخطة", "tatweel-as-dash") == []


def test_doubled_punctuation_with_ellipsis() -> None:
    assert flagged("انتهى،. ثم", "doubled-punctuation") == [("،.", (".",), True)]
    assert flagged("أولاً،، ثانياً", "doubled-punctuation") == [("،،", ("،",), True)]
    assert flagged("ليلاً.. تجربة", "doubled-punctuation") == [("..", ("...", "."), False)]
    for text in ("وهكذا...", "حقاً؟!", "إلى متى...؟", "١. البند"):
        assert flagged(text, "doubled-punctuation") == [], text


def test_detached_waw() -> None:
    assert flagged("قال و أضاف", "detached-waw") == [("و ", ("و",), True)]
    for text in ("قال وأضاف", "البنود أ، ب، و", "تستخدم و Python"):
        assert flagged(text, "detached-waw") == [], text


def test_quote_style_follows_the_article() -> None:
    text = 'قال «نعم» ثم قال "لا أعرف".'
    assert flagged(text, "quote-style") == [('"لا أعرف"', ("«لا أعرف»",), True)]
    # an article with only straight quotes, or only curly ones, is consistent
    assert flagged('قال "نعم" ثم "لا"', "quote-style") == []
    assert flagged("قال “نعم” ثم “لا”", "quote-style") == []
    # a house style in the settings wins
    assert flagged('قال "نعم"', "quote-style", quote_style="guillemets") == [
        ('"نعم"', ("«نعم»",), True)
    ]
    assert flagged('قال «نعم» و`"code"`', "quote-style") == []


def test_digit_style_consistency() -> None:
    text = "في عام ٢٠٢٦ أنفقت ١٢ مليوناً، وفي 2025 أقل."
    assert flagged(text, "digit-style") == [("2025", ("٢٠٢٥",), False)]
    # Latin context keeps Western digits; list numbers are Markdown syntax
    assert flagged("في ٢٠٢٦ صدر Windows 11 و MP3 و٣ نسخ", "digit-style") == []
    assert flagged("1. البند ٢٠٢٦\n2. البند ٣", "digit-style") == []
    assert flagged("في 2026 و٣", "digit-style", digit_style="western") == [("٣", ("3",), False)]
    assert flagged("في 2026 و٣", "digit-style", digit_style="any") == []


@pytest.mark.parametrize(
    ("text", "rule", "fix"),
    [
        ("سوف لن يحضر", "style-sawfa-lan", "لن"),
        ("سوف لا يحضر", "style-sawfa-la", "لن"),
        ("كما وأن الخطة", "style-kama-wa-anna", "كما أن"),
        ("أكد على أهمية", "style-akkada-ala", "أكد"),
        ("في نفس الوقت", "style-nafs-before-noun", "الوقت نفسه"),
        ("كافة المواطنين", "style-kaffat-before-noun", "المواطنين كافة"),
        ("الغير مسؤول", "style-al-ghayr", "غير المسؤول"),
        ("لعب دورا كبيرا", "style-laiba-dawran", "أدى دورا"),
        ("على ضوء ذلك", "style-ala-daw", "في ضوء"),
        ("عملوا سويا", "style-sawiyyan", "معاً"),
        ("هيك صار", "style-dialect-hek", "هكذا"),
    ],
)
def test_style_rules(text: str, rule: str, fix: str) -> None:
    findings = check(text, rule)
    assert len(findings) == 1 and findings[0].kind == "style" and not findings[0].safe
    assert findings[0].suggestions[0] == fix


def test_style_rules_whole_words_and_switchable() -> None:
    assert check("سوفلن", "style-sawfa-lan") == []
    assert check("تم افتتاح الجسر", "style-tamma-masdar") != []  # off by default, on by name
    assert [f for f in check("تم افتتاح الجسر") if f.rule == "style-tamma-masdar"] == []
    assert [
        f
        for f in check("سوف لن يحضر", disabled_rules=frozenset({"style-sawfa-lan"}))
        if f.rule == "style-sawfa-lan"
    ] == []


@pytest.mark.parametrize(
    "text",
    [
        "```\nقال ، ثم  غادر\n```",
        "    قال ، ثم  غادر",
        "انظر `قال ، ثم` هنا",
        '<span title="قال ، ثم">نص</span>',
        "انظر https://example.org/قال_،_ثم هنا",
        '[نص](https://example.org/a?b=1,c=2 "عنوان ، هنا")',
        "نص[^ملاحظة،١]\n\n[^ملاحظة،١]: حاشية",
        "[المرجع]: https://example.org/x,y",
        "<pre>قال ، ثم  غادر</pre>",
        "نص <code>قال ، ثم</code> هنا",
    ],
)
def test_markdown_syntax_and_code_are_never_flagged(text: str) -> None:
    rules = [r.id for r in all_rules() if r.kind != "spelling"]
    assert check(text, *rules) == [], text


def test_quote_style_message_names_the_house_marks() -> None:
    [finding] = check('قال “نعم” ثم "لا"', "quote-style")
    assert finding.suggestions == ("“لا”",) and "“ ”" in finding.message


def test_missing_space_outside_brackets_and_quotes() -> None:
    assert flagged("قال(نحو ١٢) ثم", "missing-space-after-punctuation") == [("(", (" (",), True)]
    assert flagged("«نعم»قال", "missing-space-after-punctuation") == [("»", ("» ",), True)]
    for text in ("مشار إليها بـ«النص» هنا", "يعمل ب«النص»", "البند و(أ) هنا", "(نحو ١٢) ثم"):
        assert flagged(text, "missing-space-after-punctuation") == [], text


def test_space_before_a_mark_glued_to_the_next_word_moves_after_it() -> None:
    assert flagged("الاجتماعية ،وهذا", "space-before-punctuation") == [(" ،", ("، ",), True)]


def test_missing_space_after_a_mark_next_to_quotes() -> None:
    assert flagged('قال "نحن هنا".كما', "missing-space-after-punctuation") == [(".", (". ",), True)]
    assert flagged('المصدر:"رويترز"', "missing-space-after-punctuation") == [(":", (": ",), True)]


def test_a_run_of_latin_marks_is_one_finding_with_the_arabic_mark() -> None:
    text = "هل سينجح المشروع??"
    assert flagged(text, "latin-punctuation") == []
    assert flagged(text, "doubled-punctuation") == [("??", ("؟",), False)]


def test_settings_round_trip_and_survive_a_damaged_file() -> None:
    from editor.core.proofing import ProofSettings

    settings = ProofSettings(
        hamza_mode="relaxed",
        digit_style="arabic-indic",
        disabled_rules=frozenset({"style-sawfa-lan"}),
    )
    assert ProofSettings.from_dict(settings.as_dict()) == settings
    damaged = {
        "hamza_mode": "sometimes",
        "quote_style": 3,
        "spelling": "yes",
        "what": 1,
        "disabled_rules": ["double-space"],
        "yaa_mode": "relaxed",
    }
    loaded = ProofSettings.from_dict(damaged)
    assert loaded == ProofSettings(disabled_rules=frozenset({"double-space"}), yaa_mode="relaxed")
    with pytest.raises(ValueError, match="hamza_mode"):
        ProofSettings(hamza_mode="sometimes")
