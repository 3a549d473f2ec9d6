"""Safe means safe: applying every safe fix never makes the text worse.

Texts are generated from the pieces web copy is made of (Arabic words with clitics, names,
Latin words, numbers, every kind of quotation mark used every which way, spaces, punctuation,
emphasis), and real samples are checked too. For each: a second run changes nothing, no new
finding appears, and the words and the quotation marks' attachment to them survive.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from editor.core.proofing import fix_safe
from proofing_helpers import shared_proofreader

_WORDS = [
    "قال",
    "الرئيس",
    "المدينة",
    "كلمة",
    "عبارة",
    "الحكومة",
    "بايدن",
    "ماكرون",
    "غزة",
    "المدينه",
    "الاسعار",
    "في",
    "من",
    "على",
    "إلى",
    "علي",
    "ألا",
    "الا",
    "Python",
    "API",
    "2026",
    "٢٠٢٦",
    "٢٠٬٠٠٠",
    "1,500",
    "مكت**بة**",
    "*ال*كتاب",
    "الـــخطة",
]
_CLITICS = ["", "", "", "و", "ب", "بـ", "ل", "لـ", "ف"]
_QUOTES = ['"', "“", "”", "«", "»", "„"]
_PUNCT = ["،", "؛", "؟", ".", ",", ";", "?", "!", ":", "...", "..", "(", ")"]
_SPACES = [" ", " ", " ", "  ", "", "\u00a0", "\n"]


@st.composite
def _web_text(draw: st.DrawFn) -> str:
    pieces = []
    for _ in range(draw(st.integers(3, 18))):
        kind = draw(st.integers(0, 9))
        if kind < 5:
            pieces.append(draw(st.sampled_from(_CLITICS)) + draw(st.sampled_from(_WORDS)))
        elif kind < 7:
            quote = draw(st.sampled_from(_QUOTES))
            closing = draw(st.sampled_from([quote, *_QUOTES]))
            inner = " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3)))
            pieces.append(draw(st.sampled_from(_CLITICS)) + quote + inner + closing)
        else:
            pieces.append(draw(st.sampled_from(_PUNCT)))
        pieces.append(draw(st.sampled_from(_SPACES)))
    return "".join(pieces)


def _canonical(text: str) -> str:
    """A finding's text with what a safe fix may change inside it (spaces, Latin marks)
    removed, to recognise the same finding before and after."""
    return re.sub(r"[\s\u0640]", "", text).translate(str.maketrans(",;?", "،؛؟"))


_CLITIC_QUOTE = re.compile(r"(?<!\w)([وفبلك]ـ?)[\"“”„«»](\w+)")


def _clitic_quotes(text: str) -> list[tuple[str, str]]:
    """Each clitic written onto an opening quotation mark with its word (و”كلمة”, بـ«عبارة»):
    a safe fix may restyle the mark but never pull the word away (و” كلمة”)."""
    return [
        (m.group(1).rstrip("ـ"), m.group(2).replace("ـ", "")) for m in _CLITIC_QUOTE.finditer(text)
    ]


def assert_safe_fixes_are_safe(text: str) -> None:
    engine = shared_proofreader()
    before = engine.check_document(text).findings
    fixed = fix_safe(text, engine).text
    assert fix_safe(fixed, engine).text == fixed, "a second run changed the text again"
    after = engine.check_document(fixed).findings
    known = {(f.rule, _canonical(f.text)) for f in before}
    new = [(f.rule, f.text) for f in after if (f.rule, _canonical(f.text)) not in known]
    assert new == [], f"safe fixes created findings: {new}"
    kept = _clitic_quotes(fixed)
    for pair in _clitic_quotes(text):
        assert pair in kept, f"a quotation mark was pulled off its word: {pair}"


@settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(_web_text())
@example("وقال و”كلمة” ثم بـ”كلمة” انتهى.")
@example("قال إن ”الطلاب هم الأكثر حاجة” للمكان.")
@example("تعلمت Python ,وهي لغة سهلة")
@example("قال “نعم” ثم ”لا“ وذهب ”بعيدا.")
@example('ذهب إلى "المدينة"و“عاد”')
def test_safe_fixes_on_generated_web_text(text: str) -> None:
    assert_safe_fixes_are_safe(text)


def test_safe_fixes_on_real_samples(samples_dir: Path) -> None:
    corpus = Path(__file__).parent / "corpus" / "news"
    paths = [*samples_dir.glob("*.md"), *samples_dir.glob("*.txt"), *corpus.rglob("*.md")]
    assert len(paths) >= 3
    for path in paths:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig").replace("\r\n", "\n")
        except UnicodeDecodeError:
            continue  # the Windows-1256 sample: decoding is another test's business
        assert_safe_fixes_are_safe(text)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # ” opening after a clitic: the pair is re-styled, never pulled off its word
        ("وقال و”كلمة” ثم بـ”كلمة” انتهى.", "وقال و“كلمة” ثم بـ“كلمة” انتهى."),
        ("قال “نعم”و ذهب", "قال “نعم” وذهب"),  # “ opens after a space, so its partner closes
        ("قال”نعم”و ذهب", "قال”نعم”و ذهب"),  # letters on both sides of both marks: left alone
        ("قال «نعم»وذهب", "قال «نعم» وذهب"),
        ('قال "نعم"وذهب ثم "لا" ', 'قال "نعم" وذهب ثم "لا" '),
    ],
)
def test_quotes_glued_to_words(text: str, fixed: str) -> None:
    assert fix_safe(text, shared_proofreader()).text == fixed
