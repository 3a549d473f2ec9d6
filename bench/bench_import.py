"""How fast the importer is: web-paste cleanup, HTML conversion, DOCX reading, refusing a bomb.

Run: PYTHONPATH=src python bench/bench_import.py   (prints figures; asserts nothing)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import docx  # noqa: E402

from docx_samples import build_article_docx, rewrite_part, write_bomb  # noqa: E402
from editor.core.importing.docx_reader import read_docx  # noqa: E402
from editor.core.importing.html_to_markdown import html_to_markdown  # noqa: E402
from editor.core.importing.webpaste import clean_web_text  # noqa: E402
from editor.core.importing.zip_guard import DocxError  # noqa: E402


def measure(label: str, action: Callable[[], object], repeat: int = 5) -> None:
    """Median wall and CPU time (the machine is shared: CPU time is the steadier figure)."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    print(
        f"{label:<44} cpu {statistics.median(cpus) * 1000:8.1f} ms   "
        f"wall {statistics.median(walls) * 1000:8.1f} ms   ({repeat} runs)"
    )


def main() -> None:
    sample = (ROOT.parent / "shared" / "samples" / "web-paste.txt").read_text(encoding="utf-8")
    fixtures = [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests" / "fixtures" / "import").glob("*.txt"))
    ]
    big = "\n\n".join([*fixtures, sample] * 40)  # about 1,300 lines of mixed pastes
    print(
        f"web paste sample: {len(sample.splitlines())} lines; big paste: "
        f"{len(big.splitlines())} lines, {len(big) // 1024} KB"
    )
    measure("clean_web_text(web-paste.txt)", lambda: clean_web_text(sample), 20)
    measure("clean_web_text(big paste)", lambda: clean_web_text(big))
    html = "".join(
        f"<h2>عنوان {i}</h2><p>فقرة <b>عريضة</b> و<a href='https://e.com/{i}'>رابط"
        f"</a> {'نص ' * 80}</p><ul><li>بند</li><li>بند</li></ul>"
        for i in range(500)
    )
    print(f"HTML: {len(html) // 1024} KB")
    measure("html_to_markdown(500 sections)", lambda: html_to_markdown(html))
    with tempfile.TemporaryDirectory() as folder:
        path = build_article_docx(Path(folder) / "a.docx")
        measure("read_docx(test article)", lambda: read_docx(path), 10)
        long_doc = docx.Document()
        for number in range(2000):
            paragraph = long_doc.add_paragraph(f"فقرة رقم {number} ")
            paragraph.add_run("بخط عريض").bold = True
            paragraph.add_run(" ونص عادي يكمل الجملة حتى نهايتها." * 4)
        long_path = Path(folder) / "long.docx"
        long_doc.save(long_path)
        print(f"long DOCX: 2,000 paragraphs, {long_path.stat().st_size // 1024} KB")
        measure("read_docx(2,000 paragraphs)", lambda: read_docx(long_path), 3)
        bomb = Path(folder) / "bomb.docx"
        rewrite_part(path, bomb, "word/document.xml", lambda h: write_bomb(h, 300))
        with zipfile.ZipFile(bomb) as archive:
            declared = archive.getinfo("word/document.xml").file_size
        print(
            f"zip bomb: {bomb.stat().st_size // 1024} KB on disk, "
            f"{declared // (1024 * 1024)} MB declared"
        )

        def refuse() -> None:
            try:
                read_docx(bomb)
            except DocxError:
                return
            raise AssertionError("the bomb was not refused")

        measure("read_docx(zip bomb) → refused", refuse, 10)


if __name__ == "__main__":
    main()
