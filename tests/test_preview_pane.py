"""The preview pane: documents built off the GUI thread, swapped in, kept safe."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QColor, QFont, QImage, QTextDocument

from editor.core.article import Article, Metadata, SourceInfo
from editor.ui.preview.text_document import confine_images
from editor.ui.preview.text_pane import PreviewDocument, PreviewPane, build_preview_document

IMAGE = QTextDocument.ResourceType.ImageResource


def _image(path: Path) -> None:
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))


def test_only_images_inside_the_article_folder_load(qapp, tmp_path: Path) -> None:
    folder = tmp_path / "article"
    folder.mkdir()
    _image(folder / "inside.png")
    _image(tmp_path / "outside.png")
    document = PreviewDocument(folder)
    assert document.loadResource(IMAGE, QUrl("inside.png")) is not None
    assert document.loadResource(IMAGE, QUrl("../outside.png")) is None
    assert document.loadResource(IMAGE, QUrl.fromLocalFile(str(tmp_path / "outside.png"))) is None
    assert document.loadResource(IMAGE, QUrl("https://example.com/tracker.png")) is None
    assert PreviewDocument(None).loadResource(IMAGE, QUrl("inside.png")) is None


def test_images_outside_the_article_folder_are_emptied_before_qt_sees_them(tmp_path: Path) -> None:
    folder = tmp_path / "article"
    html = (
        '<p><img alt="a" src="photo.png"><img src="../secret.png">'
        '<img src="/etc/x.png"><img src="data:image/png;base64,AAAA">'
        '<img src="https://example.com/t.png"></p>'
    )
    assert confine_images(html, folder) == (
        '<p><img alt="a" src="photo.png"><img src=""><img src="">'
        '<img src="data:image/png;base64,AAAA"><img src=""></p>'
    )
    assert 'src="photo.png"' not in confine_images(html, None)


def test_a_document_built_on_a_worker_thread_lives_on_the_gui_thread(qapp) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        document = pool.submit(
            build_preview_document, '<p dir="rtl">نص المعاينة</p>', None, QFont()
        ).result()
    assert document.thread() is QCoreApplication.instance().thread()
    assert document.toPlainText() == "نص المعاينة"


def _article(paragraphs: int, path: Path | None = None) -> Article:
    body = "\n\n".join(f"الفقرة رقم {number} من نص طويل للمعاينة." for number in range(paragraphs))
    article = Article(metadata=Metadata(title="عنوان"), body=body + "\n")
    if path is not None:
        article.source = SourceInfo(path=path)
    return article


@pytest.fixture
def pane(qtbot):  # type: ignore[no-untyped-def]
    shown = PreviewPane()
    qtbot.addWidget(shown)
    shown.resize(400, 300)
    shown.show()
    yield shown
    shown.shutdown()


def test_refresh_swaps_documents_keeps_the_scroll_and_frees_the_old_one(pane, qtbot) -> None:
    with qtbot.waitSignal(pane.refreshed, timeout=10_000):
        pane.refresh_now(_article(200))
    first = pane.document()
    assert first.parent() is pane and "الفقرة رقم 199" in first.toPlainText()
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    with qtbot.waitSignal(pane.refreshed, timeout=10_000):
        pane.refresh_now(_article(201))
    assert pane.document() is not first and "الفقرة رقم 200" in pane.toPlainText()
    assert bar.value() == kept
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert [child for child in pane.findChildren(QTextDocument) if child.parent() is pane] == [
        pane.document()
    ]


def test_a_patch_for_a_page_not_shown_brings_the_whole_page(pane, qtbot) -> None:
    with qtbot.waitSignal(pane.refreshed, timeout=10_000):
        pane.refresh_now(_article(30))
    updates: list[str] = []
    show_update = pane.show_update
    pane._requests._show = lambda update: (
        updates.append(type(update).__name__),
        show_update(update),
    )
    pane._shown_version = -1  # as if the page the next patch is made against had been dropped
    edited = _article(30)
    edited.body = edited.body.replace("الفقرة رقم 7 ", "الفقرة رقم 7 المعدلة ")
    pane.refresh_now(edited)
    qtbot.waitUntil(lambda: "المعدلة" in pane.toPlainText(), timeout=10_000)
    assert updates == ["ParagraphPatch", "WholePage"]  # the patch was refused, then re-imported
