"""The article on pages: PDF export, printing and print preview, with Qt's text engine.

The pages hold what the HTML export holds (``core/export/document.py`` builds both): the title,
subtitle, byline and date, the body, and the notes at the end (``الهوامش``), each note mark a
link to its note and each note a link back (Qt writes both as PDF links to named places). Qt's
``QTextDocument`` lays them out right to left, shaping Arabic with HarfBuzz, with table columns
mirrored as in the light preview (``core/export/preview.py``); we paint each page ourselves to
add the running header (the title, from page 2) and the page number, in Western or Arabic-Indic
digits, draw the bar beside each quotation, and move a heading that would end a page to the
top of the next.

The typeface is the shipped Noto Sans Arabic, embedded in the PDF. Amiri, the other shipped
face, prints more beautifully but cannot be read back: Qt's PDF writer maps a glyph to text
only when the font's character map reaches it, and Amiri's joined forms come from its
substitution rules alone, so ``pdftotext``, search and copy would lose most of its letters.
Noto Sans Arabic maps its joined forms to the Arabic presentation forms, which every reader
folds back to letters.

Why not Qt WebEngine's ``printToPdf``: it is an optional extra (installers leave it out), takes
close to a second to start and about 4 s for 10,000 words (0.4 s here), and writes no title,
author, subject, keywords or language; ``QTextDocument`` is always there and gives us every page
to paint.
Chromium follows the stylesheet itself (``break-after: avoid``, ``@page`` boxes), which we
imitate here by painting: the quotation's bar, the running header and the page numbers. Notes
go at the end, under their heading: neither engine puts them at the foot of their page.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import lxml.html
from lxml.html import HtmlElement
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
    qVersion,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImageReader,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from .. import __version__
from ..core.export.dates import to_arabic_indic
from ..core.export.document import ExportDocument
from ..core.export.html_writer import body_html, footnotes_html, header_html, theme_colors
from ..core.export.pdf_info import PdfInfo, with_document_info, xmp_packet
from ..core.export.preview import align_for_qtextbrowser

if TYPE_CHECKING:
    from ..core.export.service import ExportOptions

RESOLUTION = 600  # dots per inch of the PDF's coordinates (text is vector: only precision)
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
# Millimetres: the text's margins, and where the running header and the page number sit.
SIDE_MARGIN = 22.0
TOP_MARGIN = 24.0
BOTTOM_MARGIN = 24.0
HEADER_LINE = 14.0  # from the top of the page to the running header's rule
FOOTER_LINE = 12.0  # from the bottom of the page to the page number's baseline
TEXT_FAMILY = "Noto Sans Arabic"
HEADING_FAMILY = "Noto Sans Arabic"
TEXT_POINTS = 11.5
_CSS_PIXELS_PER_MM = 96 / 25.4  # Qt's rich text counts lengths in pixels of 1/96 inch


def print_style(scale: float = 1.0) -> str:
    """Qt's rich text stylesheet for pages: the export's light colours, black ink, font sizes in
    points. Qt scales a block's top and bottom margins from pixels of 1/96 inch to the device,
    but not its side margins: ``scale`` (device dots per 1/96 inch) sizes those."""
    c = theme_colors("light")

    def px(value: float) -> str:
        return f"{value * scale:.0f}px"

    return f"""
body {{ font-family: '{TEXT_FAMILY}'; font-size: {TEXT_POINTS}pt; color: #000000; }}
p {{ margin-top: 0; margin-bottom: 9px; }}
li {{ margin-bottom: 3px; }}
ul, ol {{ margin-top: 0; margin-bottom: 9px; }}
h1, h2, h3, h4, h5, h6 {{ font-family: '{HEADING_FAMILY}'; color: #000000;
  margin-top: 20px; margin-bottom: 8px; }}
h1 {{ font-size: 19pt; }}
h2 {{ font-size: 16pt; }}
h3 {{ font-size: 14pt; }}
h4, h5, h6 {{ font-size: 12.5pt; }}
.article-title {{ font-size: 24pt; margin-top: 0; }}
.article-subtitle {{ font-size: 14pt; color: {c["muted"]}; margin-bottom: 6px; }}
.article-byline {{ font-size: 11pt; color: {c["muted"]}; }}
a {{ color: {c["accent"]}; text-decoration: none; }}
blockquote {{ color: {c["muted"]}; margin-left: {px(28)}; margin-right: {px(28)};
  margin-top: 12px; margin-bottom: 12px; }}
code, pre {{ font-family: 'DejaVu Sans Mono', 'Noto Sans Mono', monospace; font-size: 9.5pt; }}
pre {{ background-color: {c["code-bg"]}; margin-top: 6px; margin-bottom: 12px; }}
th {{ background-color: {c["code-bg"]}; font-weight: bold; }}
table {{ border-collapse: collapse; margin-top: 8px; margin-bottom: 12px; }}
ins {{ color: #1a7f37; text-decoration: underline; }}
del {{ color: #b42318; text-decoration: line-through; }}
mark {{ background-color: #fff1a8; }}
.critic-comment {{ color: {c["muted"]}; font-size: 9pt; background-color: {c["code-bg"]}; }}
.footnotes-title {{ font-size: 13pt; }}
.footnotes {{ font-size: 11pt; }}
"""


_application: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one for the command line. Pages need no screen:
    on Linux the command line lays them out on Qt's offscreen platform (unless QT_QPA_PLATFORM
    says otherwise), so a missing or stale DISPLAY never matters and every run lays out alike."""
    global _application
    from ..ui.fonts import load_bundled_fonts

    application = QGuiApplication.instance()
    if application is None:
        if sys.platform not in ("darwin", "win32") and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _application = QGuiApplication([sys.argv[0] if sys.argv else "midad"])
        application = _application
    if not isinstance(application, QGuiApplication):
        raise RuntimeError("PDF pages need a QGuiApplication, not a QCoreApplication")
    load_bundled_fonts()
    return application


def page_number(number: int, digits: str) -> str:
    return to_arabic_indic(str(number)) if digits == "arabic-indic" else str(number)


def document_title(document: ExportDocument) -> str:
    title = document.metadata.title.strip()
    return title or (document.headings[0].text if document.headings else "")


def page_html(
    document: ExportDocument, digits: str, text_width_px: float, text_height_px: float = 0
) -> str:
    """The export's header, body and notes, adapted to Qt's rich text: cells mirrored and sides
    made explicit for right-to-left blocks, tables ruled across the page, pictures sized to the
    text's width and addressed by their full path (a missing one gives way to its description)."""
    content = (
        header_html(document, "arabic-indic" if digits == "arabic-indic" else "latin")
        + body_html(document)
        + footnotes_html(document)
    )
    root = lxml.html.fragment_fromstring(content, create_parent="div")
    root.set("dir", document.direction)
    align_for_qtextbrowser(root, document.direction)
    for cell in root.iter("td", "th"):
        if (cell.get("style") or "").replace(" ", "").startswith("text-align:center"):
            cell.set("align", "center")  # kept by Qt; its CSS alignment is not
    for table in root.iter("table"):
        table.set("width", "100%")
        table.set("border", "1")
        table.set("cellspacing", "0")
        table.set("cellpadding", "5")
        table.set("style", f"border-color: {theme_colors('light')['rule']};")
    _link_targets_on_blocks(root)
    for header in root.find_class("article-header"):
        header.addnext(lxml.html.Element("hr"))  # the rule under the header, as on the web page
    for separator in root.find_class("separator"):
        separator.text = "  ·  "
    for comment in root.find_class("critic-comment"):  # marked proofs: a comment apart
        author = comment.getprevious()
        who = author.get("data-author", "") if author is not None else ""
        comment.text = f" ⟦{who + ': ' if who else ''}{comment.text or ''}⟧ "
    for image in list(root.iter("img")):
        _place_image(image, document.base_dir, text_width_px, text_height_px)
    return (
        f'<html lang="{document.lang}" dir="{document.direction}"><body>'
        + lxml.html.tostring(root, encoding="unicode", method="html")
        + "</body></html>"
    )


_BLOCKS = ("p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")


def _link_targets_on_blocks(root: HtmlElement) -> None:
    """Qt's PDF writer makes link targets of blocks' ids only, not of a mark inside a paragraph
    (the footnote mark, where its note's back-link leads): the back-link leads to the block
    that holds the mark instead."""
    moved: dict[str, str] = {}
    for mark in root.xpath("//sup[@id] | //span[@id]"):
        block = next((a for a in mark.iterancestors() if a.tag in _BLOCKS), None)
        if block is None:
            continue
        if block.get("id") is None:
            block.set("id", mark.get("id"))
        moved[mark.get("id")] = block.get("id")
    for link in root.iter("a"):
        href = link.get("href", "")
        if href.startswith("#") and href[1:] in moved:
            link.set("href", "#" + moved[href[1:]])


def _place_image(
    image: HtmlElement, folder: Path | None, max_width: float, max_height: float = 0
) -> None:
    src = image.get("src", "")
    url = QUrl(src)
    path: Path | None = None
    if folder is not None and url.scheme() in ("", "file") and src and not src.startswith("/"):
        path = folder / (url.toLocalFile() or url.path())
    size = QImageReader(str(path)).size() if path is not None and path.is_file() else None
    if path is None or size is None or not size.isValid():
        # A picture the pages cannot show (not found, or on the web): its description instead.
        alt = image.get("alt", "").strip()
        replacement = lxml.html.Element("span")
        replacement.text = f"[{alt}]" if alt else ""
        replacement.tail = image.tail
        parent = image.getparent()
        if parent is not None:
            parent.replace(image, replacement)
        return
    width, height = float(size.width()), float(size.height())
    if width > max_width:
        width, height = max_width, height * max_width / width
    if 0 < max_height < height:  # a picture taller than the page would be cut at its foot
        width, height = width * max_height / height, max_height
    image.set("src", QUrl.fromLocalFile(str(path.resolve())).toString())
    image.set("width", str(round(width)))
    image.set("height", str(round(height)))


@dataclass(frozen=True)
class PageFrame:
    """Where things go on a page, in the device's units."""

    width: float
    height: float
    side: float
    header_line: float
    footer_line: float


class ArticlePages:
    """An export document laid out on the pages of ``device`` (a QPdfWriter or a QPrinter)."""

    def __init__(
        self, document: ExportDocument, device: QPagedPaintDevice, digits: str = "western"
    ) -> None:
        ensure_gui_application()
        self.document = document
        self.digits = digits
        self.title = document_title(document)
        self.right_to_left = document.direction == "rtl"
        # Our own margins, from the paper's edge: a printer's page is the whole sheet too, as
        # in the PDF (what a printer cannot reach is far inside the margins).
        set_full_page = getattr(device, "setFullPage", None)
        if set_full_page is not None:
            set_full_page(True)
        device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        per_mm = device.logicalDpiY() / 25.4
        self.frame = PageFrame(
            float(device.width()),
            float(device.height()),
            SIDE_MARGIN * per_mm,
            HEADER_LINE * per_mm,
            float(device.height()) - FOOTER_LINE * per_mm,
        )
        self.device = device
        self.text = QTextDocument()
        self.text.setUndoRedoEnabled(False)
        self.text.documentLayout().setPaintDevice(device)
        font = QFont(TEXT_FAMILY)
        font.setPointSizeF(TEXT_POINTS)
        self.text.setDefaultFont(font)
        option = QTextOption()
        direction = (
            Qt.LayoutDirection.RightToLeft if self.right_to_left else Qt.LayoutDirection.LeftToRight
        )
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.setDefaultTextOption(option)
        scale = device.logicalDpiY() / 96
        self.text.setDefaultStyleSheet(print_style(scale))
        page_width_mm = device.width() / per_mm
        text_width_px = (page_width_mm - 2 * SIDE_MARGIN) * _CSS_PIXELS_PER_MM
        page_height_mm = device.height() / per_mm
        text_height_px = (page_height_mm - TOP_MARGIN - BOTTOM_MARGIN) * _CSS_PIXELS_PER_MM * 0.9
        self.text.setHtml(page_html(document, digits, text_width_px, text_height_px))
        code_left_to_right(self.text)
        self.text.setPageSize(self.frame_size())
        root = self.text.rootFrame().frameFormat()
        root.setLeftMargin(SIDE_MARGIN * _CSS_PIXELS_PER_MM)
        root.setRightMargin(SIDE_MARGIN * _CSS_PIXELS_PER_MM)
        root.setTopMargin(TOP_MARGIN * _CSS_PIXELS_PER_MM)
        root.setBottomMargin(BOTTOM_MARGIN * _CSS_PIXELS_PER_MM)
        self.text.rootFrame().setFrameFormat(root)
        self.moved_headings = keep_headings_with_next(self.text, self.frame.height)
        self.quote_bars = quote_bars(self.text, self.frame, self.right_to_left, per_mm)

    def frame_size(self) -> QSizeF:
        return QSizeF(self.frame.width, self.frame.height)

    def page_count(self) -> int:
        return self.text.pageCount()

    def paint(self, painter: QPainter, index: int) -> None:
        """Page ``index`` (from 0) with its running header and number, at the painter's origin."""
        height = self.frame.height
        painter.save()
        painter.translate(0, -index * height)
        view = QRectF(0, index * height, self.frame.width, height)
        painter.setClipRect(view)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = view
        context.palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
        self.text.documentLayout().draw(painter, context)
        painter.restore()
        self._paint_furniture(painter, index)

    def _paint_furniture(self, painter: QPainter, index: int) -> None:
        frame = self.frame
        colors = theme_colors("light")
        painter.save()
        for bar in self.quote_bars.get(index, ()):
            painter.fillRect(bar, QColor(colors["quote-bar"]))
        painter.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.right_to_left else Qt.LayoutDirection.LeftToRight
        )
        font = QFont(HEADING_FAMILY)
        font.setPointSizeF(8.5)
        painter.setFont(font)
        metrics = QFontMetricsF(font, painter.device())
        painter.setPen(QColor(colors["muted"]))
        width = frame.width - 2 * frame.side
        if index > 0 and self.title:
            title = metrics.elidedText(
                self.title,
                Qt.TextElideMode.ElideLeft if self.right_to_left else Qt.TextElideMode.ElideRight,
                width,
            )
            box = QRectF(
                frame.side,
                frame.header_line - metrics.height() * 1.4,
                width,
                metrics.height() * 1.2,
            )
            side = Qt.AlignmentFlag.AlignRight if self.right_to_left else Qt.AlignmentFlag.AlignLeft
            side |= Qt.AlignmentFlag.AlignAbsolute  # the page's right, whatever the direction
            painter.drawText(box, int(side | Qt.AlignmentFlag.AlignBottom), title)
            pen = QPen(QColor(colors["rule"]))
            pen.setWidthF(painter.device().logicalDpiY() / 200)
            painter.setPen(pen)
            painter.drawLine(
                QPointF(frame.side, frame.header_line),
                QPointF(frame.width - frame.side, frame.header_line),
            )
            painter.setPen(QColor(colors["muted"]))
        number = page_number(index + 1, self.digits)
        box = QRectF(frame.side, frame.footer_line - metrics.ascent(), width, metrics.height())
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), number
        )
        painter.restore()

    def print_pages(self, painter: QPainter, first: int = 1, last: int = 0) -> int:
        """Paint pages ``first``..``last`` (from 1; 0 = to the end) on the painter's device,
        one after another; returns how many were painted."""
        count = self.page_count()
        last = count if last <= 0 else min(last, count)
        painted = 0
        for number in range(max(1, first), last + 1):
            if painted:
                self.device.newPage()
            self.paint(painter, number - 1)
            painted += 1
        return painted


def quote_bars(
    text: QTextDocument, frame: PageFrame, right_to_left: bool, per_mm: float
) -> dict[int, list[QRectF]]:
    """The bar beside each quotation (the web page's ``border-inline-start``, which Qt's rich
    text cannot draw), as rectangles on each page (from 0), in the page's coordinates."""
    layout = text.documentLayout()
    width = 0.8 * per_mm
    bars: dict[int, list[QRectF]] = {}
    block = text.begin()
    while block.isValid():
        form = block.blockFormat()
        lines = block.layout()
        if form.intProperty(QTextFormat.Property.BlockQuoteLevel) > 0 and lines.lineCount():
            margin = form.rightMargin() if right_to_left else form.leftMargin()  # device units
            if right_to_left:
                x = frame.width - frame.side - margin + margin * 0.35
            else:
                x = frame.side + margin - margin * 0.35 - width
            top = layout.blockBoundingRect(block).top()
            for number in range(lines.lineCount()):
                line = lines.lineAt(number).rect()
                page = int((top + line.top()) // frame.height)
                offset = page * frame.height
                bar = QRectF(x, top + line.top() - offset, width, line.height())
                previous = bars.setdefault(page, [])
                if previous and abs(previous[-1].bottom() - bar.top()) < line.height():
                    previous[-1] = previous[-1].united(bar)  # one bar down the quotation
                else:
                    previous.append(bar)
        block = block.next()
    return bars


def code_left_to_right(text: QTextDocument) -> None:
    """Code blocks read left to right and are flush left in a right-to-left article too (Qt
    takes the direction from ``<pre dir="ltr">`` but the side from the page around it): its
    lines are the blocks that never wrap."""
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
    block = text.begin()
    while block.isValid():
        form = block.blockFormat()
        if form.nonBreakableLines() and form.alignment() != left:
            form.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            form.setAlignment(left)
            QTextCursor(block).setBlockFormat(form)
        block = block.next()


def keep_headings_with_next(text: QTextDocument, page_height: float, limit: int = 500) -> int:
    """Move each heading that would end a page (its text on one page, what follows it on the
    next) to the top of the next page. Returns how many were moved."""
    layout = text.documentLayout()
    text.pageCount()  # lay the whole document out: Qt otherwise lays out as far as asked
    moved = 0
    block = text.begin()
    while block.isValid() and moved < limit:
        if block.blockFormat().headingLevel() > 0 and not block.blockFormat().pageBreakPolicy():
            following = block.next()
            while following.isValid() and following.length() <= 1:
                following = following.next()  # an empty block draws nothing
            if following.isValid():
                top = _line_top(layout, block)
                heading_page = int(top // page_height)
                next_page = int(_line_top(layout, following) // page_height)
                # Only from the lower part of a page: a heading near the top that is followed
                # by something taller than the rest of the page (a picture, a table) stays.
                low = top - heading_page * page_height > page_height / 3
                if next_page > heading_page and low:
                    change = QTextBlockFormat()
                    change.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).mergeBlockFormat(change)
                    text.pageCount()  # and again, from the moved heading on
                    moved += 1
        block = block.next()
    return moved


def _line_top(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> float:
    """Where the block's first line starts, in the document (a line Qt moved to the next page
    starts there, even when the block's margin stayed on the page before)."""
    rect = layout.blockBoundingRect(block)
    lines = block.layout()
    if lines is None or lines.lineCount() == 0:
        return rect.top()
    return rect.top() + lines.lineAt(0).rect().top()


def pdf_info(document: ExportDocument) -> PdfInfo:
    meta = document.metadata
    return PdfInfo(
        title=document_title(document),
        author=meta.author.strip(),
        subject=meta.summary.strip(),
        keywords=", ".join(tag.strip() for tag in meta.tags if tag.strip()),
        creator=f"Midad {__version__}",
        producer=f"Qt {qVersion()}",
        lang=document.lang,
        right_to_left=document.direction == "rtl",
        tags=tuple(tag.strip() for tag in meta.tags if tag.strip()),
    )


def render_pdf_bytes(document: ExportDocument, paper: str = "a4", digits: str = "western") -> bytes:
    """The article's pages as a PDF file."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAPER_SIZES[paper]))
    info = pdf_info(document)
    writer.setTitle(info.title)
    writer.setAuthor(info.author)
    writer.setCreator(info.creator)
    writer.setDocumentXmpMetadata(QByteArray(xmp_packet(info)))
    pages = ArticlePages(document, writer, digits)
    painter = QPainter(writer)
    try:
        pages.print_pages(painter)
    finally:
        painter.end()
    buffer.close()
    return with_document_info(bytes(buffer.data().data()), info)


def render_pdf(document: ExportDocument, options: ExportOptions) -> bytes:
    """The renderer ``core.export.service`` calls (``ExportOptions.renderer``)."""
    return render_pdf_bytes(document, options.paper, options.digits)
