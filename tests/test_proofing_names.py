"""Proper names in news copy are not spelling errors; real slips still are, with the right fix.

The names here are those a user met as false alarms, plus names in no shipped list (the
character model and the context must recognise them), and the real errors next to them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.core.proofing import Finding, Proofreader, ProofSettings
from editor.core.proofing.names import in_lexicon, name_likeness
from editor.core.proofing.spelling import plausible_suggestion
from proofing_helpers import check, require_arabic_dictionary

NEWS = (
    "التقى الرئيس الأمريكي جو بايدن نظيره الألماني فرانك فالتر شتاينماير في برلين، وقال "
    "بايدن إن المستشارة السابقة أنغيلا ميركل كانت شريكة موثوقة. وقال الرئيس الإيراني مسعود "
    "بزشكيان إن بلاده لا تسعى إلى التصعيد، فيما هدد بنيامين نتنياهو برد قاس. وأشاد "
    "وبزشكيان بالوساطة القطرية، ودعا لماكرون إلى ضبط النفس."
)


@pytest.fixture(autouse=True)
def _dictionary() -> None:
    require_arabic_dictionary()


def _by_kind(findings: list[Finding], kind: str) -> list[str]:
    return [f.text for f in findings if f.kind == kind]


def test_names_in_news_are_not_spelling_errors() -> None:
    findings = check(NEWS)
    assert _by_kind(findings, "spelling") == []


@pytest.mark.parametrize(
    "word", ["بايدن", "نتنياهو", "شتاينماير", "ميركل", "وبزشكيان", "لماكرون", "بموسكو", "والكرملين"]
)
def test_listed_names_are_known_with_their_clitics(word: str) -> None:
    assert in_lexicon(word)


@pytest.mark.parametrize(
    "text",
    [
        "قال المتحدث باسم الحكومة فيتوريو كازاليني إن الاتفاق وشيك.",
        "وصرح وزير الخارجية الليتواني كيستوتيس بودريس للصحفيين.",
        "وفاز المهاجم النرويجي يورغن ستراند لارسن بالجائزة.",
    ],
)
def test_unlisted_names_after_a_title_are_quiet_names(text: str) -> None:
    findings = check(text)
    assert _by_kind(findings, "spelling") == []
    names = [f for f in findings if f.kind == "name"]
    assert names and all(not f.safe for f in names)


def test_a_name_in_the_articles_metadata_is_a_name_everywhere() -> None:
    text = "---\ntitle: حوار\nauthor: كوارابيتو سانديل\ntags: [سانديل]\n---\n\nقال سانديل ذلك.\n"
    findings = Proofreader(ProofSettings()).check_document(text).findings
    assert _by_kind(findings, "spelling") == []


@pytest.mark.parametrize(
    ("word", "right"),
    [
        ("المدينه", "المدينة"),
        ("الاسعار", "الأسعار"),
        ("الشديييييد", "الشديد"),
        ("فيالشوارع", "في الشوارع"),
        ("اردوغان", "أردوغان"),
        ("اذا", "إذا"),
        ("المدينةالاولى", "المدينة الأولى"),
        ("بالفرحيبيبيب", "بالفرح"),
        ("إعتبر", "اعتبر"),
    ],
)
def test_real_slips_stay_errors_with_the_right_fix_first(word: str, right: str) -> None:
    findings = check(f"وقال الرئيس {word} اليوم في المؤتمر.")
    assert all("وديه" not in s for f in findings for s in f.suggestions)
    errors = [f for f in findings if f.kind == "spelling"]
    assert [f.text for f in errors] == [word]
    assert errors[0].suggestions[0] == right


def test_suggestions_are_plausible() -> None:
    assert not plausible_suggestion("شتاينماير", "سينماتوغراف")
    assert not plausible_suggestion("نتنياهو", "نتني اهو")
    assert not plausible_suggestion("وبزشكيان", "وبز شكيان")
    assert plausible_suggestion("فيالشوارع", "في الشوارع")
    assert plausible_suggestion("المدينه", "المدينة")
    # whatever a made-up foreign-looking word is offered, it is never a rewrite or fragments
    for finding in check("زارنا أمس السيد كوفالتشيكوفسكي."):
        for suggestion in finding.suggestions:
            assert plausible_suggestion(finding.text, suggestion), suggestion


def test_the_character_model_separates_names_from_arabic_words() -> None:
    for name in ("غوتيريش", "بزشكيان", "ليفاندوفسكي"):
        assert name_likeness(name) > 0.5, name
    for word in ("الحكومة", "يحتاجونه", "والاقتصادية"):
        assert name_likeness(word) < 0, word


@pytest.mark.parametrize(
    "text",
    [
        "بدأوا العمل",
        "قرأوا الخبر",
        "في مكت**بة** المدينة",
        "قرأت *ال*كتاب",
        "سجل تمريرة حاسمة",
        "حوار سوداني سوداني",
    ],
)
def test_correct_forms_are_not_flagged(text: str) -> None:
    assert [f.text for f in check(text) if f.kind != "name"] == []


def test_a_number_with_separators_is_one_number() -> None:
    findings = check("في 2026 و2025 و2024 بلغ العدد ٢٠٬٠٠٠٬٠٠٠ شخص", "digit-style")
    assert [(f.text, f.fix) for f in findings] == [("٢٠٬٠٠٠٬٠٠٠", "20,000,000")]


@pytest.mark.parametrize(
    ("text", "rule", "wrong", "right"),
    [
        ("ليس لدينا ألا الصبر", "illa-after-negation", "ألا", "إلا"),
        ("ما هو ألا وهم", "illa-after-negation", "ألا", "إلا"),
        ("تكريم بجائزه كبرى", "ta-marbuta-as-ha", "بجائزه", "بجائزة"),
        ("زيارة رسميه طويله", "ta-marbuta-as-ha", "طويله", "طويلة"),
        ("الجمهور لايريد شيئا", "joined-la", "لايريد", "لا يريد"),
        ("اللاعب المصرى", "nisba-yaa", "المصرى", "المصري"),
    ],
)
def test_slips_the_dictionary_accepts(text: str, rule: str, wrong: str, right: str) -> None:
    [finding] = check(text, rule)
    assert (finding.text, finding.fix, finding.safe) == (wrong, right, False)


@pytest.mark.parametrize(
    "text",
    [
        "يجب ألا يتأخر",
        "ألا تعلم أن الأمر صعب؟",
        "قال إنه فيه خير",
        "بطولة لاندو نوريس",
        "المرحلة الأولى",
    ],
)
def test_what_those_rules_leave_alone(text: str) -> None:
    assert [
        f
        for f in check(text)
        if f.rule in ("illa-after-negation", "ta-marbuta-as-ha", "joined-la", "nisba-yaa")
    ] == []


def test_said_an_is_in() -> None:
    [finding] = check("وقال مارك زوكربيرغ ان الشركة ستضاعف الإنفاق", "spelling")
    assert finding.suggestions[0] == "إن"
    [finding] = check("وأكد ان الشركة ستضاعف الإنفاق", "spelling")
    assert finding.suggestions[0] == "أن"


def test_latin_comma_after_a_latin_word() -> None:
    [finding] = check("تعلمت Python ,وهي لغة سهلة", "latin-punctuation")
    assert (finding.text, finding.fix, finding.safe) == (" ,", "، ", True)


def test_cli_lists_names_only_when_asked(tmp_path: Path) -> None:
    article = tmp_path / "news.md"
    article.write_text(
        f"---\ntitle: خبر\n---\n\n{NEWS} وقال الوزير كوفالتشيكوفسكي ذلك.\n", encoding="utf-8"
    )
    command = [sys.executable, "-m", "editor.cli.main", "check", str(article)]
    plain = subprocess.run(command, capture_output=True, text=True)
    assert (plain.returncode, plain.stdout) == (0, "")
    named = subprocess.run([*command, "--names"], capture_output=True, text=True)
    assert named.returncode == 0 and "name/probable-name" in named.stdout
    report = json.loads(subprocess.run([*command, "--json"], capture_output=True, text=True).stdout)
    assert report["issues"] == [] and report["names"]


def test_slips_after_a_title_stay_errors() -> None:
    """A title before a word makes a name of a foreign-looking word, not of a slip in an
    Arabic noun with the article."""
    findings = check("وأضاف المتحدث أن الاقتصساد يعاني من التضخم.")
    assert [(f.text, f.kind, f.suggestions[0]) for f in findings] == [
        ("الاقتصساد", "spelling", "الاقتصاد")
    ]


@pytest.mark.parametrize(
    ("word", "right"),
    [
        ("استثمراتها", "استثماراتها"),  # a dropped alef put back before hunspell's guesses
        ("توقعلتها", "توقعاتها"),  # two "words" run together only as the last resort
    ],
)
def test_likelier_fixes_come_first(word: str, right: str) -> None:
    [finding] = check(f"رفعت المجموعة {word} هذا العام", "spelling")
    assert finding.suggestions[0] == right
