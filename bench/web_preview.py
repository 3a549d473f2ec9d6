"""The optional Qt WebEngine preview: refresh time on a 10,000-word article (issue 6).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/web_preview.py   (needs the webengine extra)
A refresh is the incremental render (worker thread in the app) plus Chromium taking the page:
the first one loads it whole; later ones replace the <article> in place, timed until Chromium
has laid it out (it parses and lays out in its own process; the GUI thread only hands it over).
"""

from __future__ import annotations

import statistics
import sys
import time

from editor.ui.preview.engines import prepare_webengine

if not prepare_webengine():
    sys.exit("bench/web_preview.py: Qt WebEngine is not installed (pip install -e '.[webengine]')")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def main() -> None:
    app = QApplication(sys.argv[:1])
    import corpus  # bench/corpus.py: this script's folder is on the import path
    from editor.core.article import parse_article
    from editor.ui.preview.web_pane import WebPreviewPane

    pane = WebPreviewPane()
    pane.resize(600, 800)
    pane.show()
    body = corpus.article_text(10_000)
    middle = body.index("\n\n", len(body) // 2)

    def refresh(article) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
        loop = QEventLoop()
        pane.refreshed.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        start = time.perf_counter()
        html = pane.renderer(article)
        rendered = time.perf_counter()
        pane.show_page((html, None))
        shown = time.perf_counter()
        loop.exec()
        pane.refreshed.disconnect(loop.quit)
        return (
            (rendered - start) * 1000,
            (shown - rendered) * 1000,
            (time.perf_counter() - start) * 1000,
        )

    first = refresh(parse_article(body))  # Chromium loads the page; the renderer fills its cache
    print(f"web preview first page, 10,000 words: {first[2]:.1f} ms until loaded")
    rounds = [
        refresh(parse_article(body[:middle] + " كلمة" * n + body[middle:])) for n in range(1, 8)
    ]
    render, hand_over, total = (statistics.median(values) for values in zip(*rounds, strict=True))
    print(
        f"web preview refresh, 10,000 words, one paragraph edited: {total:.1f} ms median until "
        f"shown = render {render:.1f} ms (worker thread) + setHtml {hand_over:.1f} ms "
        f"(GUI thread) + Chromium {total - render - hand_over:.1f} ms (its own process, "
        "article replaced in place)"
    )
    pane.shutdown()
    app.quit()


if __name__ == "__main__":
    main()
