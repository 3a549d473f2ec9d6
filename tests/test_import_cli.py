"""`midad import` and the file-level importer: formats, encodings, output rules, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pytest

from editor.cli.main import main
from editor.core.article import load_article
from editor.core.errors import ArticleError
from editor.core.importing.importer import import_file, paste_as_article

LEGACY_TITLE = "ملاحظات المحرر على العدد الأسبوعي"
ARABIC = "عنوان المقال\n\nقررت البلدية تمديد ساعات عمل المكتبات حتى منتصف الليل.\n"


def test_windows_1256_sample_imports_as_arabic(samples_dir: Path) -> None:
    result = import_file(samples_dir / "legacy-windows-1256.txt")
    assert result.article.metadata.title == LEGACY_TITLE
    assert "يرجى مراجعة عناوين الصفحة الأولى" in result.article.body
    assert result.notes == [
        "The file was read as Windows-1256 (Arabic); the article is saved as UTF-8."
    ]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "cp1256"])
def test_encodings(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARABIC.replace("\n", "\r\n").encode(codec))
    result = import_file(path)
    assert result.article.metadata.title == "عنوان المقال"
    assert result.article.body == ARABIC.split("\n\n", 1)[1]


def test_cli_writes_article_beside_the_input_and_reports(
    tmp_path: Path, samples_dir: Path, capsys: pytest.CaptureFixture
) -> None:
    source = tmp_path / "web-paste.txt"
    shutil.copy(samples_dir / "web-paste.txt", source)
    assert main(["import", str(source)]) == 0
    out = capsys.readouterr().out
    assert "title: مكتبات الأحياء تفتح أبوابها ليلاً.. تجربة تستحق التعميم" in out
    assert "author: ليلى عبد الرحمن" in out
    assert "removed (9):" in out and "“Pin It on Pinterest” — share/print/email widget" in out
    article = load_article(tmp_path / "web-paste.md")
    assert article.metadata.author == "ليلى عبد الرحمن"
    assert "Pinterest" not in article.body
    # A second run does not replace the article the first one wrote (it may have been edited).
    (tmp_path / "web-paste.md").write_text("edited", encoding="utf-8")
    assert main(["import", str(source)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert (tmp_path / "web-paste.md").read_text(encoding="utf-8") == "edited"
    assert main(["import", str(source), "--force"]) == 0
    assert load_article(tmp_path / "web-paste.md").metadata.title


def test_cli_output_option_and_stdout(
    tmp_path: Path, samples_dir: Path, capsys: pytest.CaptureFixture
) -> None:
    target = tmp_path / "out" / "notes.md"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    source = samples_dir / "legacy-windows-1256.txt"
    assert main(["import", str(source), "-o", str(target)]) == 0  # -o names it: replaced
    assert load_article(target).metadata.title == LEGACY_TITLE
    capsys.readouterr()
    assert main(["import", str(source), "-o", "-"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("---\ntitle: " + LEGACY_TITLE)
    assert "Windows-1256" in captured.err


def test_cli_never_overwrites_its_input(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = tmp_path / "a.md"
    source.write_text(ARABIC, encoding="utf-8")
    assert main(["import", str(source), "-o", str(source)]) == 2
    assert "overwrite the imported file" in capsys.readouterr().err
    assert main(["import", str(source)]) == 0
    assert (tmp_path / "a.imported.md").exists()


@pytest.mark.parametrize("name", ["truncated.docx", "random-bytes.md"])
def test_cli_refuses_bad_files_with_exit_2(
    samples_dir: Path, tmp_path: Path, name: str, capsys: pytest.CaptureFixture
) -> None:
    assert main(["import", str(samples_dir / "bad" / name), "-o", str(tmp_path / "x.md")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("midad: ") and "Traceback" not in err
    assert not (tmp_path / "x.md").exists()


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["import", str(tmp_path / "nope.txt")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_docx_and_html_files(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "من وورد"
    document.add_paragraph("نص.")
    document.save(tmp_path / "w.docx")
    assert import_file(tmp_path / "w.docx").article.metadata.title == "من وورد"
    misnamed = tmp_path / "w.bin"
    shutil.copy(tmp_path / "w.docx", misnamed)
    assert import_file(misnamed).article.body == "نص.\n"
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><h1>عنوان الصفحة</h1><p>الفقرة <b>الأولى</b>.</p>"
        "<p>Share on Facebook</p></body></html>",
        encoding="utf-8",
    )
    result = import_file(page)
    assert result.article.metadata.title == "عنوان الصفحة"
    assert result.article.body == "الفقرة **الأولى**.\n"
    assert [(r.line, r.text) for r in result.removed] == [(0, "Share on Facebook")]


def test_untitled_text_takes_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "مسودة.txt"
    path.write_text(
        "كان صباحاً عادياً في المدينة حين وصل الخبر إلى غرفة التحرير، فتوقف "
        "الجميع عن العمل وراحوا يتابعون الشاشات بصمت طويل.\n",
        encoding="utf-8",
    )
    result = import_file(path)
    assert result.article.metadata.title == "مسودة"
    assert any("file name" in note for note in result.notes)


def test_old_word_documents_are_named(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(ArticleError, match="old Microsoft Office document"):
        import_file(path)


def test_paste_as_article_prefers_html() -> None:
    result = paste_as_article("عنوان\n\nنص", "<h2>عنوان</h2><p>نص <i>مائل</i>.</p>")
    assert result.article.metadata.title == "عنوان"
    assert result.article.body == "نص *مائل*.\n"
    assert paste_as_article("عنوان\n\nنص.", None).article.body == "نص.\n"


def test_midad_article_keeps_its_metadata(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(
        "---\ntitle: عنواني\ntags: [أ, ب]\nslug: my-draft\n---\n\n"
        "فقرة المقال الأولى وهي طويلة بما يكفي لتكون نصاً حقيقياً.\n\n"
        "Share This\n",
        encoding="utf-8",
    )
    result = import_file(path)
    meta = result.article.metadata
    assert (meta.title, meta.tags, meta.slug) == ("عنواني", ["أ", "ب"], "my-draft")
    assert [(r.line, r.text) for r in result.removed] == [(9, "Share This")]
    assert "فقرة المقال الأولى" in result.article.body


def test_broken_user_vocabulary_is_a_clear_error(tmp_path: Path, isolated_user_dirs: Path) -> None:
    folder = isolated_user_dirs / "config" / "midad"
    folder.mkdir(parents=True)
    (folder / "import-vocabulary.toml").write_text("[share\nwords = 1", encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text(ARABIC, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"import vocabulary .* could not be read"):
        import_file(path)


def test_garbled_arabic_is_restored(tmp_path: Path) -> None:
    title = "مكتبات الأحياء تفتح أبوابها ليلاً"
    paragraph = "قررت ثلاث مكتبات عامة أن تمدد ساعات عملها حتى منتصف الليل."
    garbled_1256 = title.encode("utf-8").decode("cp1256")  # "ظ…ظƒطھط¨ط§طھ …"
    garbled_1252 = paragraph.encode("utf-8").decode("latin-1")  # "Ù…ÙƒØªØ¨Ø§Øª …"
    path = tmp_path / "old.txt"
    path.write_text(
        f"{garbled_1256}\n\n{garbled_1252}\n\nظهر الطالب في الظلام.\n", encoding="utf-8"
    )
    result = import_file(path)
    assert result.article.metadata.title == title
    assert result.article.body == f"{paragraph}\n\nظهر الطالب في الظلام.\n"
    assert result.notes == [
        "2 garbled line(s) (Arabic UTF-8 once read with a wrong code "
        "page, like “ط§ظ„”) were restored."
    ]
    pasted = paste_as_article(None, f"<p>{garbled_1256}</p>")
    assert pasted.article.metadata.title == title and pasted.notes


def test_cli_json_report(tmp_path: Path, samples_dir: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "a.md"
    assert main(["import", str(samples_dir / "web-paste.txt"), "-o", str(target), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["output"] == str(target.resolve())
    assert report["found"]["author"] == "ليلى عبد الرحمن"
    assert report["removed"][1] == {
        "line": 16,
        "text": "Share This Post On",
        "reason": "share/print/email widget",
        "kind": "share",
    }
    assert [m["kind"] for m in report["moved"]] == ["title", "author"]
