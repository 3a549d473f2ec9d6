"""`midad export` and the export service: names, formats, atomic writes, exit codes."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from editor.cli.main import main
from editor.core.article import parse_article
from editor.core.export.markdown_writer import render_markdown


def _run(argv: list[str]) -> int:
    """main()'s exit code, also when argparse itself exits (wrong arguments)."""
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.fixture
def article_file(tmp_path: Path, samples_dir: Path) -> Path:
    target = tmp_path / "مقال.md"
    shutil.copy(samples_dir / "clean-article.md", target)
    return target


@pytest.mark.parametrize("fmt, suffix", [("html", ".html"), ("docx", ".docx")])
def test_default_output_is_next_to_the_input(
    article_file: Path, fmt: str, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(article_file), "--to", fmt]) == 0
    out = article_file.with_suffix(suffix)
    assert out.is_file() and str(out) in capsys.readouterr().out
    if fmt == "docx":
        assert "word/document.xml" in zipfile.ZipFile(out).namelist()
    else:
        assert out.read_text("utf-8").startswith("<!DOCTYPE html>")


def test_markdown_export_does_not_overwrite_the_article(article_file: Path) -> None:
    before = article_file.read_bytes()
    assert main(["export", str(article_file), "--to", "md"]) == 0
    assert article_file.read_bytes() == before
    exported = article_file.with_name("مقال.export.md").read_text("utf-8")
    assert exported.startswith("---\ntitle: الكتابة دون اتصال")
    assert exported.endswith("خمس صحف عربية.\n")


def test_format_from_output_extension_and_fragment(article_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "جزء.html"
    assert main(["export", str(article_file), "-o", str(out), "--fragment"]) == 0
    html = out.read_text("utf-8")
    assert html.startswith('<div class="midad-article" lang="ar" dir="rtl">\n<h1 ')
    assert "<html" not in html and html.endswith("</div>\n")
    bare = tmp_path / "bare.html"
    assert main(["export", str(article_file), "-o", str(bare), "--fragment", "--no-container"]) == 0
    assert bare.read_text("utf-8").startswith("<h1 ")


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "{file}"],  # no format and no -o to infer it from
        ["export", "{file}", "--to", "docx", "--fragment"],
        ["export", "{file}", "--to", "pdf", "--fragment"],  # --fragment is for HTML only
        ["export", "{missing}", "--to", "html"],
        ["export", "{file}", "--to", "html", "-o", "{file}"],  # would overwrite the article
        ["export", "{file}", "--to", "html", "-o", "{tmp}/no/such/folder/x.html"],
        ["export", "{file}", "--to", "html", "-o", "{tmp}"],
    ],
)
def test_user_errors_exit_2_and_change_nothing(
    article_file: Path, tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    argv = [
        a.format(file=article_file, missing=tmp_path / "missing.md", tmp=tmp_path) for a in argv
    ]
    assert _run(argv) == 2
    assert capsys.readouterr().err.startswith("midad: ")
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before  # no half-written output, no temporary file left behind


def test_failed_export_keeps_an_existing_output(tmp_path: Path) -> None:
    binary = tmp_path / "صورة.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    existing = tmp_path / "صورة.html"
    existing.write_text("old export", encoding="utf-8")
    assert main(["export", str(binary), "--to", "html"]) == 2
    assert existing.read_text("utf-8") == "old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["صورة.html", "صورة.md"]


def test_export_replaces_an_existing_output(article_file: Path) -> None:
    out = article_file.with_suffix(".html")
    out.write_text("old export", encoding="utf-8")
    assert main(["export", str(article_file), "--to", "html"]) == 0
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")


def test_markdown_writer_normalizes_front_matter_and_applies_transform() -> None:
    article = parse_article(
        "---\nstatus: review\nauthor: ك\ncustom: 1\ntitle: ع\n---\n\n\nنص  فيه مسافتان\n\n\n"
    )
    text = render_markdown(article)
    assert text == (
        "---\ntitle: ع\nauthor: ك\nlang: ar\nstatus: review\ncustom: 1\n---\n\nنص  فيه مسافتان\n"
    )
    fixed = render_markdown(article, transform=lambda body: body.replace("  ", " "))
    assert fixed.endswith("\n\nنص فيه مسافتان\n")
    assert parse_article(fixed).metadata.title == "ع"


def test_an_export_of_a_private_article_stays_private(tmp_path: Path, samples_dir: Path) -> None:
    """A 0600 article (unpublished, on a shared machine) exports to 0600 files, not 0644."""
    import stat

    from editor.core.article import load_article
    from editor.core.export.service import export_article

    private = tmp_path / "private.md"
    private.write_bytes((samples_dir / "clean-article.md").read_bytes())
    private.chmod(0o600)
    public = tmp_path / "public.md"
    public.write_bytes(private.read_bytes())
    public.chmod(0o644)
    for fmt in ("html", "docx", "md"):
        written = export_article(load_article(private), fmt, tmp_path / f"out-private.{fmt}")
        assert stat.S_IMODE(written.stat().st_mode) == 0o600, fmt
        normal = export_article(load_article(public), fmt, tmp_path / f"out-public.{fmt}")
        assert stat.S_IMODE(normal.stat().st_mode) & 0o044 == 0o044, fmt
