"""Our PDF pages read by poppler, as editors' PDF readers and print shops do: pdftotext finds the
text in logical order, pdffonts the embedded Arabic fonts, pdftoppm renders a right-aligned page,
every page of a long article has its number, pdfinfo shows the metadata.

Slow (each tool is a process), so marked ``slow``; the page images are analysed like those of
LibreOffice and Chromium (test_export_consumers.py)."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest

from editor.core.article import load_article, parse_article
from editor.core.export.service import ExportOptions, export_bytes
from editor.render.pdf import render_pdf
from test_export_consumers import assert_right_aligned, normalized_text
from test_export_pdf import _long_article

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _application(qapp):  # type: ignore[no-untyped-def]
    """The tests' QApplication exists before the renderer would start a QGuiApplication of its
    own (as the command line does), which no widget test after these could use."""
    return qapp


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout


def _text(pdf: Path, *options: str) -> str:
    """pdftotext's text with the Arabic presentation forms folded back to letters (NFKC), as
    readers' search does."""
    return normalized_text(
        unicodedata.normalize("NFKC", _run("pdftotext", *options, str(pdf), "-"))
    )


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> Path:
    pdf = tmp_path_factory.mktemp("pdf") / "article.pdf"
    article = load_article(samples_dir / "clean-article.md")
    pdf.write_bytes(export_bytes(article, "pdf", options=ExportOptions(renderer=render_pdf)))
    return pdf


def test_pdftotext_reads_title_and_first_paragraph_in_logical_order(sample_pdf: Path) -> None:
    text = _text(sample_pdf)
    title = text.find(normalized_text("الكتابة دون اتصال، لماذا يعود"))
    assert title >= 0, text[:400]
    assert "إلى أدواتهم المحلية؟" in text
    first_paragraph = text.find("لم يعد الاتصال الدائم بالإنترنت")
    assert first_paragraph > title
    for phrase in (
        "للكتابة الجيدة. فكثير من الصحفيين يكتبون مسوداتهم",
        "هما السببان الأولان لهذا الاختيار.",
        "داخل الجملة الواحدة.",
    ):
        assert normalized_text(phrase) in text, phrase
    assert "بالإنترنت الدائم الاتصال يعد لم" not in text


def test_pdffonts_shows_the_arabic_fonts_embedded(sample_pdf: Path) -> None:
    rows = _run("pdffonts", str(sample_pdf)).splitlines()[2:]
    embedded = {row.split()[0]: row.split()[-5] for row in rows}
    assert embedded.get("NotoSansArabic-Regular") == "yes", rows
    assert embedded.get("NotoSansArabic-Bold") == "yes", rows  # headings
    assert all(flag == "yes" for flag in embedded.values()), rows


def test_page_one_is_right_aligned(sample_pdf: Path) -> None:
    prefix = sample_pdf.with_name("page")
    _run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(sample_pdf), str(prefix))
    pages = sorted(sample_pdf.parent.glob("page*.png"))
    assert pages, "pdftoppm rendered nothing"
    assert_right_aligned(pages[0])


def test_pdfinfo_shows_the_metadata(sample_pdf: Path) -> None:
    info = dict(
        line.split(":", 1) for line in _run("pdfinfo", str(sample_pdf)).splitlines() if ":" in line
    )
    info = {key: value.strip() for key, value in info.items()}
    assert info["Title"] == "الكتابة دون اتصال، لماذا يعود الكتّاب إلى أدواتهم المحلية؟"
    assert info["Author"] == "سلمى الحداد"
    assert info["Subject"].startswith("لماذا يفضّل صحفيون ومحررون")
    assert info["Keywords"] == "كتابة, أدوات, خصوصية"
    assert info["Creator"].startswith("Midad ")
    assert info["Page size"].endswith("(A4)")
    assert int(info["Pages"]) >= 2
    xmp = _run("pdfinfo", "-meta", str(sample_pdf))  # the XMP packet: the same, and the language
    assert "<dc:language><rdf:Bag><rdf:li>ar</rdf:li></rdf:Bag></dc:language>" in xmp
    assert "<rdf:li>سلمى الحداد</rdf:li>" in xmp and "<rdf:li>خصوصية</rdf:li>" in xmp


def test_the_footnote_mark_and_its_note_lead_to_each_other(sample_pdf: Path) -> None:
    """Both ends of the note's links are named places of the PDF (a link to a name that is not
    there goes nowhere)."""
    dests = _run("pdfinfo", "-dests", str(sample_pdf))
    names = {line.rsplit('"', 2)[1] for line in dests.splitlines() if line.endswith('"')}
    assert {"fn-1", "fnref-1"} <= names, dests
    pdf = sample_pdf.read_bytes()
    for name in ("fn-1", "fnref-1"):  # and a link leads to each
        assert b"/Dest (\xfe\xff" + name.encode("utf-16-be") + b")" in pdf, name


@pytest.mark.parametrize(
    ("digits", "numerals"), [("western", "0123456789"), ("arabic-indic", "٠١٢٣٤٥٦٧٨٩")]
)
def test_every_page_of_a_long_article_has_its_number(
    tmp_path: Path, digits: str, numerals: str
) -> None:
    pdf = tmp_path / "long.pdf"
    article = parse_article(_long_article(90))
    options = ExportOptions(renderer=render_pdf, digits=digits)
    pdf.write_bytes(export_bytes(article, "pdf", options=options))
    pages = int(
        next(
            line for line in _run("pdfinfo", str(pdf)).splitlines() if line.startswith("Pages")
        ).split()[-1]
    )
    assert pages >= 4
    for page in range(1, pages + 1):
        lines = [
            line.strip("\u200e\u200f\u202a\u202b\u202c\f ")
            for line in _run(
                "pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"
            ).splitlines()
        ]
        number = "".join(numerals[int(d)] for d in str(page))
        assert number in lines, (page, lines[-5:])
        if page > 1:  # the running header: the title
            assert any("مقال طويل للطباعة" in unicodedata.normalize("NFKC", line) for line in lines)
