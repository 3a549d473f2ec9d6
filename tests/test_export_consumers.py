"""Exports checked by the programs that open them: headless Chromium and LibreOffice.

Slow (a browser and an office suite start), so marked ``slow``; CI runs them. The page images
are analysed for where the ink sits: right-to-left text is flush with the right edge of its
column, so many lines share one right edge and few share a left edge.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from editor.core.article import load_article, parse_article
from editor.core.export.docx_writer import render_docx
from editor.core.export.html_writer import render_html

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_DIACRITICS = re.compile("[\u064b-\u065f\u0670]")


@dataclass
class InkLine:
    top: int
    bottom: int
    left: int
    right: int


def ink_lines(png: Path, threshold: int = 110) -> tuple[int, list[InkLine]]:
    """The page width and each band of rows holding dark pixels (a line of text)."""
    from PySide6.QtGui import QImage  # only the image decoder; no window, no application

    image = QImage(str(png))
    assert not image.isNull(), f"cannot read {png}"
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())
    dark = bytes(0x58 if value < threshold else 0x2E for value in range(256))  # X / .
    lines: list[InkLine] = []
    current: InkLine | None = None
    for y in range(height):
        row = data[y * stride : y * stride + width].translate(dark)
        left = row.find(b"X")
        if left < 0:
            current = None
            continue
        right = row.rfind(b"X")
        if current is None:
            current = InkLine(y, y, left, right)
            lines.append(current)
        else:
            current.bottom = y
            current.left, current.right = min(current.left, left), max(current.right, right)
    return width, [line for line in lines if line.bottom - line.top >= 3]


def assert_right_aligned(png: Path) -> None:
    width, lines = ink_lines(png)
    assert len(lines) >= 8, f"too little text found on {png}"
    right_edge = max(line.right for line in lines)
    left_edge = min(line.left for line in lines)
    flush_right = sum(1 for line in lines if right_edge - line.right <= width * 0.02)
    flush_left = sum(1 for line in lines if line.left - left_edge <= width * 0.02)
    # Short lines (headings, list items, the byline) end at the right margin, not the left.
    assert flush_right >= 0.6 * len(lines), (flush_right, flush_left, len(lines))
    assert flush_right > 2 * flush_left, (flush_right, flush_left, len(lines))
    # And the ink as a whole leans to the right half of the text column.
    middle = (left_edge + right_edge) / 2
    assert sum(line.right > middle for line in lines) == len(lines)


def normalized_text(text: str) -> str:
    """Text without bidi controls and diacritics, one space, and a space after punctuation only
    (pdftotext puts the Arabic comma in a span of its own, with its space on the wrong side)."""
    text = _DIACRITICS.sub("", _BIDI_CONTROLS.sub("", text))
    text = re.sub(r"\s*([،؛.:؟])\s*", r"\1 ", text)
    return re.sub(r"\s+", " ", text)


# ---- Chromium ------------------------------------------------------------------------------


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / f"chromium-profile-{len(list(tmp_path.iterdir()))}"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


HOSTILE = """---
title: عنوان سليم
lang: ar
---

<script>document.title = "PWNED"; document.body.innerHTML = "PWNED";</script>

نص عربي <img src="missing.png" onerror="document.title='PWNED'"> فيه
[رابط](javascript:void(document.title=String.fromCharCode(80,87,78,69,68)))
و<b onmouseover="document.title='PWNED'">عريض</b>.

<iframe srcdoc="<script>parent.document.title='PWNED'</script>"></iframe>
"""


def test_chromium_runs_no_script_from_the_article(tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(render_html(parse_article(HOSTILE)), encoding="utf-8")
    dom = chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert "<title>عنوان سليم</title>" in dom
    assert "PWNED" not in dom and "عريض" in dom
    # The check itself works: the same payload in a page we did not sanitize does run.
    control = tmp_path / "control.html"
    control.write_text(
        "<html><head><title>x</title></head><body><script>"
        'document.title = "PWNED";</script></body></html>',
        encoding="utf-8",
    )
    assert "<title>PWNED</title>" in chromium(tmp_path, "--dump-dom", control.as_uri()).stdout


def test_chromium_shows_the_text_right_to_left(tmp_path: Path, samples_dir: Path) -> None:
    page = tmp_path / "article.html"
    page.write_text(
        render_html(load_article(samples_dir / "clean-article.md"), theme="light"), encoding="utf-8"
    )
    shot = tmp_path / "article.png"
    chromium(tmp_path, "--window-size=900,1800", f"--screenshot={shot}", page.as_uri())
    assert_right_aligned(shot)


def test_the_alignment_check_fails_on_left_to_right_text(tmp_path: Path) -> None:
    paragraphs = "\n\n".join(
        f"Line {n}: a short English paragraph, number {n}." + " word" * n * 3 for n in range(1, 12)
    )
    page = tmp_path / "english.html"
    page.write_text(
        render_html(
            parse_article(f"---\ntitle: English\nlang: en\n---\n\n{paragraphs}\n"), theme="light"
        ),
        encoding="utf-8",
    )
    shot = tmp_path / "english.png"
    chromium(tmp_path, "--window-size=900,1800", f"--screenshot={shot}", page.as_uri())
    with pytest.raises(AssertionError):
        assert_right_aligned(shot)


# ---- LibreOffice ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def docx_pdf(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> Path:
    folder = tmp_path_factory.mktemp("libreoffice")
    source = folder / "article.docx"
    source.write_bytes(render_docx(load_article(samples_dir / "clean-article.md")))
    profile = (folder / "profile").as_uri()  # a fresh LibreOffice profile for each run
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    pdf = folder / "article.pdf"
    assert pdf.is_file(), "LibreOffice wrote no PDF"
    return pdf


def test_libreoffice_reads_title_and_first_paragraph_in_logical_order(docx_pdf: Path) -> None:
    text = normalized_text(
        subprocess.run(
            ["pdftotext", str(docx_pdf), "-"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
    )
    # pdftotext breaks lines where a mark (shadda, tanween) sits high, so we check word order
    # phrase by phrase: reversed (visual-order) text would fail every one of them.
    title = text.find(normalized_text("الكتابة دون اتصال، لماذا يعود"))
    assert title >= 0, text[:400]
    assert "إلى أدواتهم المحلية؟" in text
    first_paragraph = text.find("لم يعد الاتصال الدائم بالإنترنت")
    assert first_paragraph > title
    for phrase in (
        "للكتابة الجيدة. فكثير من الصحفيين يكتبون مسوداتهم",
        "في القطار أو في مقهى بلا شبكة، ثم يرسلونها إلى المحرر",
        "هما السببان الأولان لهذا الاختيار.",
    ):
        assert normalized_text(phrase) in text, phrase
    assert "بالإنترنت الدائم الاتصال يعد لم" not in text


def test_libreoffice_page_is_right_aligned(docx_pdf: Path) -> None:
    prefix = docx_pdf.with_name("page")
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(docx_pdf), str(prefix)],
        capture_output=True,
        timeout=60,
        check=True,
    )
    pages = sorted(docx_pdf.parent.glob("page*.png"))
    assert pages, "pdftoppm rendered nothing"
    assert_right_aligned(pages[0])
