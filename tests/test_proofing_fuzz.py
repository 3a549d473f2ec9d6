"""Arbitrary text never crashes the engine; findings point at their text; fixing converges."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.proofing import fix_safe
from proofing_helpers import shared_proofreader

_ALPHABET = list("ابتثجحخدذرسشصضطظعغفقكلمنهوىيةءأإآؤئ") + list(
    " \n\u00a0\u0640\u064e\u0651،؛؟.,;?!:()[]{}«»“”\"'*_`#>|-~\\/<>0123456789٠١٢٣٤٥٦٧٨٩abcXYZ"
)
_TEXT = st.text(alphabet=_ALPHABET, max_size=160)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_TEXT, st.builds(lambda a, b: f"---\ntitle: {a}\n---\n\n{b}", _TEXT, _TEXT)))
def test_any_text_checks_and_fixes_cleanly(text: str) -> None:
    engine = shared_proofreader()
    checked = engine.check_document(text)
    for finding in checked.findings:
        assert text[finding.start : finding.end] == finding.text
        assert finding.line >= 1 and finding.column >= 1
    fixed = fix_safe(text, engine).text
    assert [f for f in engine.check_document(fixed).findings if f.safe] == []
    assert fix_safe(fixed, engine).text == fixed
