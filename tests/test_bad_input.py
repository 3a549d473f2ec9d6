"""Bad input found by fuzzing (issue 17), each case pinned: it is refused with one clear line,
cleaned, or it works. And the boundary: export, import and open turn a bug into one of ours."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from editor.cli.main import main
from editor.core.article import load_article, parse_article
from editor.core.errors import ArticleError, UnexpectedError
from editor.core.export.service import export_with_report
from editor.core.frontmatter import MAX_EXPANDED_NODES, FrontMatterError, parse_yaml_mapping
from editor.core.importing.importer import import_file
from editor.core.proofing.engine import MAX_HITS_PER_RULE, Proofreader
from editor.core.proofing.settings import ProofSettings


def _alias_bomb(levels: int = 9) -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    previous = "a"
    for name in "bcdefghijk"[: levels - 1]:
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
        previous = name
    return "\n".join(lines) + "\ntitle: x"


# -- front matter ------------------------------------------------------------------------------
def test_an_alias_bomb_is_refused_at_once() -> None:
    with pytest.raises(FrontMatterError) as caught:
        parse_yaml_mapping(_alias_bomb())
    assert "aliases" in caught.value.problem and f"{MAX_EXPANDED_NODES:,}" in caught.value.problem


def test_a_few_aliases_still_read() -> None:
    data = parse_yaml_mapping('a: &name "سلمى"\nauthor: *name\ntags: [*name, *name]')
    assert data["author"] == "سلمى" and data["tags"] == ["سلمى", "سلمى"]


def test_a_long_list_of_its_own_is_no_alias_bomb() -> None:
    tags = [f"وسم{n}" for n in range(MAX_EXPANDED_NODES + 2_500)]
    assert parse_yaml_mapping("tags: [" + ", ".join(tags) + "]")["tags"] == tags


@pytest.mark.parametrize("opening, closing", [("[", "]"), ("{a: ", "}")])
def test_front_matter_nested_thousands_deep_is_a_warning_not_a_crash(
    opening: str, closing: str
) -> None:
    article = parse_article(f"---\ntitle: {opening * 5000}{closing * 5000}\n---\n\nنص\n")
    assert article.source.front_matter_unread
    assert any("nested too deeply" in warning for warning in article.warnings)


def test_yaml_problems_are_told_on_one_line() -> None:
    article = parse_article("---\ntitle: a\x01b\n---\n\nنص\n")
    (warning,) = article.warnings
    assert "\n" not in warning and "x0001" in warning


@pytest.mark.parametrize("command", [["info", "--json"], ["check", "--json"], ["info"]])
def test_every_command_answers_for_bad_front_matter(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    for text in (f"---\n{_alias_bomb()}\n---\n\nنص\n", "---\ntitle: " + "[" * 5000 + "\n---\n"):
        path = tmp_path / "a.md"
        path.write_text(text, encoding="utf-8")
        assert main([*command[:1], str(path), *command[1:]]) in (0, 1)
        out = capsys.readouterr().out
        if "--json" in command:
            assert out.lstrip().startswith("{")


# -- export ------------------------------------------------------------------------------------
@pytest.mark.parametrize("marker", ["1. ", "- ", "> "])
@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_thousands_of_nested_blocks_are_refused_with_a_clear_error(
    tmp_path: Path, marker: str, fmt: str
) -> None:
    article = parse_article(marker * 5000 + "نص\n")
    with pytest.raises(ArticleError) as caught:
        export_with_report(article, fmt, tmp_path / f"out.{fmt}")
    assert "too deeply" in str(caught.value) and not isinstance(caught.value, UnexpectedError)
    assert not (tmp_path / f"out.{fmt}").exists()


def test_markdown_export_of_deep_nesting_works(tmp_path: Path) -> None:
    article = parse_article("1. " * 5000 + "نص\n")
    assert export_with_report(article, "md", tmp_path / "out.md").path.exists()


def test_a_long_detail_is_a_notice_of_the_docx_export(tmp_path: Path) -> None:
    article = parse_article("نص\n")
    article.metadata.summary = "ملخص " * 100
    report = export_with_report(article, "docx", tmp_path / "out.docx")
    assert [notice.params["field"] for notice in report.notices] == ["summary"]  # type: ignore[attr-defined]


# -- huge lines --------------------------------------------------------------------------------
def _proofreader() -> Proofreader:
    return Proofreader(ProofSettings())


def test_a_pasted_run_of_one_letter_is_one_unknown_word_without_suggestions() -> None:
    checked = _proofreader().check_document("ا" * 200_000 + "\n")
    spelling = [f for f in checked.findings if f.kind == "spelling"]
    assert len(spelling) == 1 and spelling[0].suggestions == ()


def test_a_rule_stops_at_its_limit_in_one_paragraph_and_says_so() -> None:
    checked = _proofreader().check_document("كلمة " * (MAX_HITS_PER_RULE + 500) + "\n")
    repeated = [f for f in checked.findings if f.rule == "repeated-word"]
    assert len(repeated) == MAX_HITS_PER_RULE
    (notice,) = [w for w in checked.warnings if "repeated-word" in w]
    assert notice.startswith("Line 1:") and f"{MAX_HITS_PER_RULE:,}" in notice


def test_the_limit_is_per_paragraph() -> None:
    paragraph = "كلمة " * 600
    checked = _proofreader().check_document(f"{paragraph}\n\n{paragraph}\n")
    assert len([f for f in checked.findings if f.rule == "repeated-word"]) == 2 * 599
    assert not [w for w in checked.warnings if "repeated-word" in w]


def test_a_summary_with_a_huge_repetition_is_checked_with_the_notice() -> None:
    text = "---\ntitle: t\nsummary: " + "كلمة " * (MAX_HITS_PER_RULE + 10) + "\n---\n\nنص\n"
    checked = _proofreader().check_document(text)
    assert any(w.startswith("Line 3:") for w in checked.warnings)


def test_an_e_mail_address_is_still_masked() -> None:
    from editor.core.proofing.markdown_mask import MASK, mask_block

    masked = mask_block("راسلوا a.b+c@x-y.org الآن")
    assert "a.b+c@x-y.org" not in masked and masked.count(MASK) == len("a.b+c@x-y.org")


# -- the boundary ------------------------------------------------------------------------------
def _broken(*args: object, **kwargs: object) -> object:
    raise ValueError("a bug\nover two lines")


def test_a_bug_in_an_export_is_an_unexpected_error_and_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("editor.core.export.html_writer.render_html", _broken)
    with caplog.at_level(logging.ERROR), pytest.raises(UnexpectedError) as caught:
        export_with_report(parse_article("نص\n"), "html", tmp_path / "out.html")
    assert "ValueError: a bug over two lines" in str(caught.value)
    assert "\n" not in str(caught.value) and isinstance(caught.value, ArticleError)
    assert any(record.exc_info for record in caplog.records)
    assert not (tmp_path / "out.html").exists()


def test_a_bug_in_an_import_or_an_open_is_an_unexpected_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("نص\n", encoding="utf-8")
    monkeypatch.setattr("editor.core.importing.importer.clean_web_text", _broken)
    with pytest.raises(UnexpectedError, match="import failed"):
        import_file(path)
    monkeypatch.setattr("editor.core.article.parse_article", _broken)
    with pytest.raises(UnexpectedError, match="could not be opened"):
        load_article(path)


def test_the_command_line_tells_a_bug_on_one_line_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.md"
    path.write_text("نص\n", encoding="utf-8")
    monkeypatch.setattr("editor.core.export.docx_writer.render_docx", _broken)
    assert main(["export", str(path), "--to", "docx"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("midad: The export failed")
    assert "Traceback" not in err


def test_the_window_shows_a_bug_of_an_export_and_goes_on(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("editor.core.export.html_writer.render_html", _broken)
    assert window.import_export.export_to("html", tmp_path / "out.html") is None
    assert window.prompts.errors and "ValueError" in window.prompts.errors[-1]
    assert window.isVisible()


def test_a_control_character_in_a_quoted_value_is_refused_not_quoted_forever() -> None:
    # The repair of a value starting with a quote quoted it again at every pass (growing
    # without end: `midad info` ran out of memory).
    article = parse_article('---\ntitle: "مؤتمر\x01: نتائج"\n---\n\nنص\n')
    assert article.source.front_matter_unread
    (warning,) = article.warnings
    assert "x0001" in warning


def test_safe_fixes_in_a_huge_summary_stay_safe_without_rereading_the_block() -> None:
    # Each safe fix in the front matter was checked by reading the whole block twice: a 240 kB
    # summary with 20,000 of them ran for more than five minutes.
    text = "---\ntitle: t\nsummary: " + "كلمة ، " * 1200 + "\n---\n\nنص\n"
    checked = _proofreader().check_document(text)
    safe = [f for f in checked.findings if f.field == "summary" and f.safe]
    assert len(safe) == MAX_HITS_PER_RULE


def test_a_fix_that_would_change_the_front_matter_is_still_not_safe() -> None:
    checked = _proofreader().check_document("---\ntitle: كلمة:كلمة\n---\n\nنص\n")
    colon = [f for f in checked.findings if f.field == "title" and f.fix and ": " in f.fix]
    assert colon and not any(f.safe for f in colon)


def test_a_hundred_thousand_notes_are_refused_at_once(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """100,000 footnotes took over two minutes to export; more notes than any article has
    are refused with one line instead (20,000 still export)."""
    from editor.core.export.document import MAX_NOTES

    n = 100_000
    body = " ".join(f"جملة[^{i}]" for i in range(1, n + 1))
    body += "\n\n" + "\n".join(f"[^{i}]: حاشية {i}" for i in range(1, n + 1))
    path = tmp_path / "notes.md"
    path.write_text("---\ntitle: حواش\n---\n\n" + body + "\n", encoding="utf-8")
    for fmt in ("html", "docx"):
        assert main(["export", str(path), "--to", fmt]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and f"{n} notes" in err and str(MAX_NOTES) in err
    assert main(["export", str(path), "--to", "md"]) == 0  # no layout: written as it is
