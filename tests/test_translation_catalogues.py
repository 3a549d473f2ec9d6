"""The translation catalogues: complete, in step with the code, placeholders kept; and the
core's English messages shown in Arabic through editor/ui/core_messages.py."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtWidgets import QApplication

from conftest import REPO_ROOT as REPO
from conftest import qt_tool
from editor.core.article import load_article
from editor.core.errors import ArticleError
from editor.core.notices import Notice
from editor.core.slug import slug_problem
from editor.ui import core_messages
from editor.ui.core_messages import core_error_message, core_text
from editor.ui.i18n import install_translations, remove_translations

TS_DIR = REPO / "translations"
LANGUAGES = ("ar", "en")
PLURAL_FORMS = {"ar": 6, "en": 2}
LATIN = re.compile(r"[A-Za-z]")
ARABIC = re.compile(r"[\u0600-\u06FF]")


# -- the catalogues -----------------------------------------------------------------------------
def _messages(language: str) -> list[etree._Element]:
    return list(etree.parse(str(TS_DIR / f"midad_{language}.ts")).iter("message"))


@pytest.mark.parametrize("ts_language", LANGUAGES)
def test_catalogue_is_complete(ts_language: str) -> None:
    messages = _messages(ts_language)
    assert len(messages) > 200
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") is None, f"unfinished: {source!r}"
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == PLURAL_FORMS[ts_language] and all(forms), source
            assert all("%n" in form for form in forms[3 if ts_language == "ar" else 0 :]), source
            texts = forms
        else:
            assert translation.text, f"empty: {source!r}"
            texts = [translation.text]
        for text in texts:
            # Qt placeholders and the core's {name} placeholders survive translation.
            assert set(re.findall(r"%\d", text)) == set(re.findall(r"%\d", source)), source
            assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", source)), source
            if ts_language == "ar":  # a file name keeps its own direction in an Arabic line
                for placeholder in ("{path}", "{name}"):
                    assert placeholder not in text or f"\u2068{placeholder}\u2069" in text, text
            words = re.sub(r"\{\w+\}|%[\dn]", "", source)
            if ts_language == "ar" and LATIN.search(words):
                assert ARABIC.search(text), f"not Arabic: {text!r}"


def test_catalogues_cover_every_string_in_the_code(tmp_path: Path) -> None:
    sources = sorted(
        str(p) for folder in ("ui", "app") for p in (REPO / "src" / "editor" / folder).rglob("*.py")
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [qt_tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
    )
    in_code = {
        (m.getparent().findtext("name"), m.findtext("source"))
        for m in etree.parse(str(fresh)).iter("message")
    }
    for language in LANGUAGES:
        in_catalogue = {
            (m.getparent().findtext("name"), m.findtext("source")) for m in _messages(language)
        }
        missing = in_code - in_catalogue
        assert not missing, f"run scripts/update_translations.sh and translate: {missing}"
    contexts = {context for context, _ in in_code}
    # lupdate names a context after the object tr() is called on: only classes are valid.
    assert all(re.fullmatch(r"[A-Z]\w*|core", c) for c in contexts), contexts
    assert len(core_messages.ERROR_TEMPLATES) + len(core_messages.NOTICE_TEMPLATES) == sum(
        1 for c, _ in in_code if c == "core"
    )


# -- messages from the core ---------------------------------------------------------------------
def test_core_errors_are_shown_in_arabic(qapp: QApplication, qm_dir: Path, tmp_path: Path) -> None:
    install_translations(qapp, "ar", qm_dir)
    try:
        binary = tmp_path / "picture.md"
        binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
        for path in (tmp_path / "missing.md", tmp_path, binary):
            with pytest.raises(ArticleError) as caught:
                load_article(path)
            message = core_error_message(caught.value)
            assert ARABIC.search(message) and "“" not in message, message  # «Arabic quotes»
            assert not LATIN.search(
                message.replace(str(path), "").replace(path.name, "").replace("PNG", "")
            ), message
        assert core_text(slug_problem("x" * 300)).startswith("ينبغي")
        legacy = tmp_path / "legacy.md"
        legacy.write_bytes(
            "---\ntitle: عنوان\nstatus: later\n---\n\nنص عربي قديم\n".encode("cp1256")
        )
        warnings = load_article(legacy).warnings
        assert len(warnings) == 2
        for warning in warnings:
            assert ARABIC.search(core_text(warning).replace("عنوان", "")), warning
        assert core_text("an unknown sentence") == "an unknown sentence"
        assert core_text(Notice("an unknown sentence")) == "an unknown sentence"
    finally:
        remove_translations(qapp)


def test_every_core_message_has_an_arabic_form(qapp: QApplication, qm_dir: Path) -> None:
    install_translations(qapp, "ar", qm_dir)
    try:
        for template in (*core_messages.ERROR_TEMPLATES, *core_messages.NOTICE_TEMPLATES):
            params = {name: f"«{name}-42»" for name in re.findall(r"\{(\w+)\}", template)}
            error_message = core_error_message(ArticleError(template, **params))
            notice = core_text(Notice(template, **params))
            for shown in (
                (error_message, notice)
                if template in core_messages.NOTICE_TEMPLATES
                else (error_message,)
            ):
                assert shown != template.format(**params), shown
                if LATIN.search(re.sub(r"\{\w+\}", "", template)):
                    assert ARABIC.search(shown), shown
                assert all(value in shown for value in params.values()), shown
    finally:
        remove_translations(qapp)
