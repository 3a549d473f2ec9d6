"""The DOCX writer: walks the export tree and builds a Word document that reads right to left
in Word and LibreOffice (see docx_xml for the XML python-docx lacks, docx_styles for styles)."""

from __future__ import annotations

import datetime as _dt
import io
import logging
import re
from urllib.parse import unquote

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml.ns import qn
from docx.shared import Emu, Pt
from lxml import etree
from lxml.html import HtmlElement

from ..article import Article
from ..bidi import LTR_LETTER_RANGES
from ..notices import Notice
from . import docx_xml as x
from .dates import byline_date
from .document import ExportDocument, build_document
from .docx_styles import DocxOptions, apply_styles
from .gcpause import cyclic_gc_paused

logger = logging.getLogger(__name__)

_HEADINGS = {f"h{n}": f"Heading{n}" for n in range(1, 7)}
_FORMAT_TAGS: dict[str, dict[str, bool | str]] = {
    "strong": {"bold": True},
    "b": {"bold": True},
    "em": {"italic": True},
    "i": {"italic": True},
    "cite": {"italic": True},
    "dfn": {"italic": True},
    "var": {"italic": True},
    "del": {"strike": True},
    "s": {"strike": True},
    "u": {"underline": True},
    "ins": {"underline": True},
    "sup": {"vert": "superscript"},
    "sub": {"vert": "subscript"},
    "code": {"code": True, "style": "VerbatimChar"},
    "kbd": {"code": True, "style": "VerbatimChar"},
    "samp": {"code": True, "style": "VerbatimChar"},
}
_BLOCK_TAGS = frozenset(
    {
        "p",
        "ul",
        "ol",
        "li",
        "blockquote",
        "pre",
        "table",
        "hr",
        "div",
        "dl",
        "dt",
        "dd",
        "details",
        "summary",
        "figure",
        "figcaption",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "nav",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
    }
)
_SPACES = re.compile(r"\s+")
_LTR_LETTER = re.compile(f"[{LTR_LETTER_RANGES}]")
_TEXT_WIDTH = 11906 - 2 * 1418  # A4 minus margins, in twentieths of a point


def render_docx(
    article: Article | ExportDocument,
    options: DocxOptions | None = None,
    review: str = "final",
    notices: list[Notice] | None = None,
) -> bytes:
    """The article as a .docx file's bytes. Its tracked changes and comments (CriticMarkup)
    are resolved (``review`` "final" or "original") or, "marked", written as Word revisions
    (w:ins, w:del with author and date) and comments. What the document could not hold whole
    (a detail too long for its property) is appended to ``notices``."""
    with cyclic_gc_paused():
        if isinstance(article, ExportDocument):
            document = article
        else:
            document = build_document(article, review)
        builder = _DocxBuilder(document, options or DocxOptions())
        data = builder.build()
        if notices is not None:
            notices.extend(builder.notices)
        return data


# Word's limit for a document property (python-docx refuses a longer one).
PROPERTY_LIMIT = 255


class _DocxBuilder:
    def __init__(self, document: ExportDocument, options: DocxOptions) -> None:
        self.document = document
        self.notices: list[Notice] = []
        self.rtl = document.direction == "rtl"
        self.doc = docx.Document()
        apply_styles(self.doc, document.lang, self.rtl, options)
        self.numbering = self.doc.part.numbering_part.element
        self.next_num_id = 1000
        self.abstract_ids: dict[bool, int] = {}
        self.note_ids = {note.note_id: note.number for note in document.footnotes}
        self.footnotes = x.footnotes_root() if document.footnotes else None
        # Relationships (links, pictures) belong to the part whose XML uses them: the document
        # part for the body, the footnotes part for the notes (Word-style readers look there).
        self.part: Part = self.doc.part
        self.link_ids: dict[tuple[str, str], str] = {}
        # Word bookmark names: ASCII, at most 40 characters; links "#id" to headings use them.
        self.bookmarks = {
            h.anchor: f"_h{n}" for n, h in enumerate(document.headings, 1) if h.anchor
        }
        self.revision_id = 10_000  # w:id of tracked changes, apart from bookmarks' and notes'
        # Comment elements already written. The elements themselves, not their id(): lxml
        # makes a new proxy object on each access, and a freed one's id is used again.
        self.comments_done: list[HtmlElement] = []

    # ---- top level -------------------------------------------------------------------------

    def build(self) -> bytes:
        # Blocks are built in a plain lxml tree and moved in at the end: elements made inside
        # python-docx's tree go through its custom class lookup, which is several times slower.
        draft = x.root("body")
        self._header(draft)
        self._blocks(self.document.body, draft, style="", ind=None)
        section = self.doc.element.body[-1]  # w:sectPr stays last
        for block in list(draft.parse()):
            section.addprevious(block)
        if self.footnotes is not None:
            # XmlPart only serialises the element: a plain lxml one does (no oxml class needed).
            part = XmlPart(
                PackURI("/word/footnotes.xml"),
                CT.WML_FOOTNOTES,
                None,  # type: ignore[arg-type]  # set below, once the notes are built
                self.doc.part.package,
            )
            self.doc.part.relate_to(part, RT.FOOTNOTES)
            self.part = part
            for note in self.document.footnotes:
                container = x.footnote(self.footnotes, note.number)
                self._blocks(note.content, container, style="FootnoteText", ind=None)
                first = next((c for c in container.children if isinstance(c, x.Node)), None)
                if first is None:
                    first = x.paragraph(container, "FootnoteText", bidi=self.rtl)
                x.footnote_mark(first, self.rtl)
            part._element = self.footnotes.parse()  # type: ignore[assignment]
            self.part = self.doc.part
        if self.comments_done:
            self._comment_styles()
        self._properties()
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    def _header(self, body: x.Node) -> None:
        meta = self.document.metadata
        if meta.title.strip():
            self._text_paragraph(body, "Title", meta.title.strip())
        if meta.subtitle.strip():
            self._text_paragraph(body, "Subtitle", meta.subtitle.strip())
        shown_date, _iso = byline_date(meta, arabic=self.document.labels.key == "ar")
        byline = [part for part in (meta.author.strip(), shown_date) if part]
        if byline:
            self._text_paragraph(body, "Byline", " · ".join(byline))

    def _text_paragraph(self, parent: x.Node, style: str, text: str) -> None:
        p = x.paragraph(parent, style, bidi=self.rtl)
        self._text(p, text, x.PLAIN, self.rtl)

    def _property(self, name: str, value: str) -> str:
        """``value`` cut to what a Word document property holds, with a notice when it was."""
        if len(value) <= PROPERTY_LIMIT:
            return value
        self.notices.append(
            Notice(
                "The “{field}” detail is longer than the {limit} characters a Word document "
                "property holds; the document's properties keep its beginning only.",
                field=name,
                limit=PROPERTY_LIMIT,
            )
        )
        return value[: PROPERTY_LIMIT - 1].rstrip() + "…"

    def _properties(self) -> None:
        meta = self.document.metadata
        props = self.doc.core_properties
        props.title = self._property("title", meta.title.strip())
        props.author = self._property("author", meta.author.strip())
        props.last_modified_by = props.author
        props.subject = self._property("subtitle", meta.subtitle.strip())
        props.comments = self._property("summary", meta.summary.strip())
        props.keywords = self._property("tags", ", ".join(meta.tags))
        props.category = self._property("category", meta.category.strip())
        props.language = self._property("lang", self.document.lang)
        props.revision = 1
        date = meta.date_value()
        now = _dt.datetime.now(_dt.UTC).replace(microsecond=0, tzinfo=None)
        props.created = _dt.datetime.combine(date, _dt.time()) if date else now
        props.modified = now
        # What no core property holds (and the tags again: LibreOffice rewrites the keywords
        # separated by spaces), as custom properties the importer reads back.
        custom = {
            f"midad:{name}": value
            for name, value in (
                ("slug", meta.slug.strip()),
                ("status", meta.status.strip()),
                ("tags", ", ".join(meta.tags)),
            )
            if value
        }
        if custom:
            part = Part(
                PackURI("/docProps/custom.xml"),
                CT.OFC_CUSTOM_PROPERTIES,
                x.custom_properties(custom),
                self.doc.part.package,
            )
            self.doc.part.package.relate_to(part, RT.CUSTOM_PROPERTIES)

    # ---- blocks ------------------------------------------------------------------------------

    def _direction(self, element: HtmlElement) -> bool:
        node: HtmlElement | None = element
        while node is not None:
            if node.get("dir") in ("rtl", "ltr"):
                return node.get("dir") == "rtl"
            node = node.getparent()
        return self.rtl

    def _blocks(self, container: HtmlElement, target: x.Node, style: str, ind: int | None) -> None:
        """Write the block children of ``container``; loose inline content becomes a paragraph."""
        loose: list[HtmlElement | str] = []
        if container.text and container.text.strip():
            loose.append(container.text)
        for child in container:
            if not isinstance(child.tag, str):
                pass  # a comment
            elif child.tag in _BLOCK_TAGS:
                self._flush(loose, container, target, style, ind)
                self._block(child, target, style, ind)
            else:
                loose.append(child)
            if child.tail and child.tail.strip():
                loose.append(child.tail)
        self._flush(loose, container, target, style, ind)

    def _flush(
        self,
        loose: list[HtmlElement | str],
        container: HtmlElement,
        target: x.Node,
        style: str,
        ind: int | None,
    ) -> None:
        if not loose:
            return
        rtl = self._direction(container)
        p = x.paragraph(target, style, bidi=rtl, ind_start=ind)
        for item in loose:
            if isinstance(item, str):
                self._text(p, item, x.PLAIN, rtl)
            else:
                self._inline_element(item, p, x.PLAIN, rtl)  # its tail was queued apart
        loose.clear()

    def _block(self, element: HtmlElement, target: x.Node, style: str, ind: int | None) -> None:
        tag = element.tag
        if tag in _HEADINGS:
            p = self._paragraph(element, target, _HEADINGS[tag], keep_next=True)
            name = self.bookmarks.get(element.get("id", ""))
            if name:
                x.bookmark(p, name, int(name[2:]))
        elif tag in ("p", "dt", "summary", "figcaption"):
            fmt = x.PLAIN.with_(bold=True) if tag == "dt" else x.PLAIN
            self._paragraph(element, target, style, ind=ind, fmt=fmt)
        elif tag in ("ul", "ol"):
            self._list(element, target, depth=0, style=style)
        elif tag == "blockquote":
            self._blocks(element, target, "Quote", ind)
        elif tag == "dd":
            self._blocks(element, target, style, (ind or 0) + 567)
        elif tag == "pre":
            self._code_block(element, target)
        elif tag == "table":
            self._table(element, target)
        elif tag == "hr":
            x.horizontal_rule(target, self.rtl)
        else:  # div, section, li outside a list, details, figure…: their children
            self._blocks(element, target, style, ind)

    def _paragraph(
        self,
        element: HtmlElement,
        target: x.Node,
        style: str,
        *,
        ind: int | None = None,
        keep_next: bool = False,
        fmt: x.RunFormat = x.PLAIN,
        num: tuple[int, int] | None = None,
    ) -> x.Node:
        rtl = self._direction(element)
        p = x.paragraph(target, style, bidi=rtl, ind_start=ind, keep_next=keep_next, num=num)
        self._inline_content(element, p, fmt, rtl)
        return p

    def _code_block(self, element: HtmlElement, target: x.Node) -> None:
        lines = element.text_content().rstrip("\n").split("\n")
        for line in lines:
            p = x.paragraph(target, "SourceCode", bidi=False)
            if line:
                x.run(p, line, rtl=False)

    # ---- lists -------------------------------------------------------------------------------

    def _list(self, element: HtmlElement, target: x.Node, depth: int, style: str) -> None:
        ordered = element.tag == "ol"
        if ordered not in self.abstract_ids:
            self.abstract_ids[ordered] = 900 + len(self.abstract_ids)
            x.abstract_list(self.numbering, self.abstract_ids[ordered], ordered)
        num_id = self.next_num_id
        self.next_num_id += 1
        start = int(element.get("start", "1")) if ordered else None
        level = min(depth, 8)
        x.list_instance(
            self.numbering,
            num_id,
            self.abstract_ids[ordered],
            start if start is None or start >= 0 else 1,
            level,
        )
        item_style = style or "ListParagraph"
        for item in element.iterchildren("li"):
            self._list_item(item, target, (num_id, level), depth, item_style)

    def _list_item(
        self, item: HtmlElement, target: x.Node, num: tuple[int, int], depth: int, style: str
    ) -> None:
        rtl = self._direction(item)
        # In a quotation the list sits inside the quotation's indent (the numbering's own
        # indent would replace it and put the items out of the quote).
        base = x.QUOTE_INDENT if style == "Quote" else 0
        indent = base + 720 * (depth + 1)
        p: x.Node | None
        if base:
            p = x.paragraph(target, style, bidi=rtl, num=num, ind_start=indent, hanging=360)
        else:
            p = x.paragraph(target, style, bidi=rtl, num=num)
        if item.text and item.text.strip():
            self._text(p, item.text, x.PLAIN, rtl)
        for child in item:
            if isinstance(child.tag, str) and child.tag in ("ul", "ol"):
                self._list(child, target, depth + 1, style if style != "ListParagraph" else "")
                p = None
            elif isinstance(child.tag, str) and child.tag in _BLOCK_TAGS:
                if child.tag == "p" and p is not None and not p.has_content():
                    self._inline_content(child, p, x.PLAIN, self._direction(child))
                else:
                    self._block(child, target, style, indent)
                p = None
            else:
                if p is None:
                    p = x.paragraph(target, style, bidi=rtl, ind_start=indent)
                if isinstance(child.tag, str):
                    self._inline_element(child, p, x.PLAIN, rtl)
            if child.tail and child.tail.strip():
                if p is None:
                    p = x.paragraph(target, style, bidi=rtl, ind_start=indent)
                self._text(p, child.tail, x.PLAIN, rtl)

    # ---- tables ------------------------------------------------------------------------------

    def _table(self, element: HtmlElement, target: x.Node) -> None:
        rows = element.xpath("./thead/tr|./tbody/tr|./tr|./tfoot/tr")
        if not rows:
            return
        columns = (
            max(
                sum(int(c.get("colspan", "1") or 1) for c in r.iterchildren("td", "th"))
                for r in rows
            )
            or 1
        )
        width = _TEXT_WIDTH // columns
        table_rtl = self._direction(element)
        tbl = x.table(target, [width] * columns, bidi=table_rtl)
        for row in rows:
            header = row.getparent().tag == "thead"
            tr = x.table_row(tbl, header)
            for cell in row.iterchildren("td", "th"):
                span = max(1, int(cell.get("colspan", "1") or 1))
                tc = x.table_cell(tr, width * span, span)
                rtl = self._direction(cell)
                p = x.paragraph(tc, "", bidi=rtl, jc=_cell_jc(cell, rtl, table_rtl))
                fmt = x.PLAIN.with_(bold=True) if cell.tag == "th" or header else x.PLAIN
                self._inline_content(cell, p, fmt, rtl)
            if not tr.children:
                x.paragraph(x.table_cell(tr, width), "", bidi=self.rtl)
        # Word needs a paragraph between two adjacent tables; harmless otherwise.
        x.paragraph(target, "", bidi=self.rtl)

    # ---- inline ------------------------------------------------------------------------------

    def _inline_content(self, element: HtmlElement, p: x.Node, fmt: x.RunFormat, rtl: bool) -> None:
        if element.text:
            self._text(p, element.text, fmt, rtl, first=True)
        for child in element:
            if isinstance(child.tag, str):
                self._inline_element(child, p, fmt, rtl)
            if child.tail:
                self._text(p, child.tail, fmt, rtl)
        _trim_trailing_space(p)

    def _inline_element(self, element: HtmlElement, p: x.Node, fmt: x.RunFormat, rtl: bool) -> None:
        tag = str(element.tag)  # an element's: the caller skips comments
        if tag == "br":
            x.line_break(p)
        elif tag == "img":
            if not self._picture(element, p):
                alt = element.get("alt", "").strip()
                label = self.document.labels.image
                self._text(p, f"[{label}: {alt}]" if alt else f"[{label}]", fmt, rtl)
        elif tag == "sup" and len(element) and element[0].get("class") == "footnote-ref":
            href = element[0].get("href", "").lstrip("#")
            if href in self.note_ids and self.footnotes is not None:
                x.footnote_reference(p, self.note_ids[href], rtl)
        elif tag == "a" and element.get("href", "").startswith(
            ("http:", "https:", "mailto:", "tel:")
        ):
            link = x.hyperlink(p, self._link_id(element.get("href", "")))
            self._inline_content(element, link, fmt.with_(style="Hyperlink"), rtl)
        elif (
            tag == "a"
            and element.get("href", "")[1:] in self.bookmarks
            and element.get("href", "").startswith("#")
        ):
            link = x.internal_link(p, self.bookmarks[element.get("href", "")[1:]])
            self._inline_content(element, link, fmt.with_(style="Hyperlink"), rtl)
        elif tag in ("ins", "del") and "critic" in element.get("class", "").split():
            self._revision(element, p, fmt, rtl)
        elif tag == "mark" and "critic" in element.get("class", "").split():
            self._commented(element, p, fmt, rtl)
        elif tag == "span" and "critic-break" in element.get("class", "").split():
            # The paragraph's mark (its break) was inserted or deleted with a change.
            if p.open.startswith("<w:p>") and "<w:rPr>" not in p.open:
                self.revision_id += 1
                p.open = p.open.replace(
                    "</w:pPr>",
                    x.paragraph_mark_revision(
                        "del" in element.get("class", "").split(),
                        self.revision_id,
                        element.get("data-author", ""),
                        element.get("data-date", ""),
                    )
                    + "</w:pPr>",
                    1,
                )
        elif tag == "span" and "critic-comment" in element.get("class", "").split():
            if not any(done is element for done in self.comments_done):  # a point comment
                comment_id = self._comment(element, rtl)
                x.comment_range_start(p, comment_id)
                x.comment_range_end(p, comment_id, rtl)
        elif tag in _BLOCK_TAGS:  # a block where only inline content fits (e.g. in a cell)
            self._inline_content(element, p, fmt, rtl)
        else:
            changes = _FORMAT_TAGS.get(tag)
            self._inline_content(element, p, fmt.with_(**changes) if changes else fmt, rtl)

    # ---- tracked changes and comments (review_marks.py makes the elements) -------------------

    def _revision(self, element: HtmlElement, p: x.Node, fmt: x.RunFormat, rtl: bool) -> None:
        self.revision_id += 1
        node = x.revision(
            p,
            element.tag == "del",
            self.revision_id,
            element.get("data-author", ""),
            element.get("datetime", ""),
        )
        if element.text:
            self._text(node, element.text, fmt, rtl)
        for child in element:
            if isinstance(child.tag, str):
                self._inline_element(child, node, fmt, rtl)
            if child.tail:
                self._text(node, child.tail, fmt, rtl)

    def _commented(self, element: HtmlElement, p: x.Node, fmt: x.RunFormat, rtl: bool) -> None:
        """A highlighted passage: the range of the comment that follows it, if any."""
        following = element.getnext()
        if (
            following is None
            or following.tag != "span"
            or "critic-comment" not in following.get("class", "").split()
            or (element.tail or "").strip()
        ):
            self._inline_content_keep(element, p, fmt, rtl)
            return
        comment_id = self._comment(following, rtl)
        x.comment_range_start(p, comment_id)
        self._inline_content_keep(element, p, fmt, rtl)
        x.comment_range_end(p, comment_id, rtl)

    def _inline_content_keep(
        self, element: HtmlElement, p: x.Node, fmt: x.RunFormat, rtl: bool
    ) -> None:
        if element.text:
            self._text(p, element.text, fmt, rtl)
        for child in element:
            if isinstance(child.tag, str):
                self._inline_element(child, p, fmt, rtl)
            if child.tail:
                self._text(p, child.tail, fmt, rtl)

    def _comment_styles(self) -> None:
        """Word's own styles for comments (the blank template lacks them): "annotation text"
        (CommentText) and "annotation reference" (CommentReference)."""
        styles = self.doc.styles
        for name, style_id, kind, size in (
            ("annotation text", "CommentText", WD_STYLE_TYPE.PARAGRAPH, 10),
            ("annotation reference", "CommentReference", WD_STYLE_TYPE.CHARACTER, 8),
        ):
            if any(style.style_id == style_id for style in styles):
                continue
            style = styles.add_style(name, kind)
            style.element.set(qn("w:styleId"), style_id)
            style.element.attrib.pop(qn("w:customStyle"), None)  # Word's built-in one
            style.font.size = Pt(size)
            style.element.get_or_add_rPr()  # the complex-script size follows the Latin one
            rpr = style.element.rPr
            x.set_in_order(rpr, "szCs", x.RPR_ORDER, val=str(size * 2))
            if kind == WD_STYLE_TYPE.PARAGRAPH:
                style.base_style = styles["Normal"]

    def _comment(self, element: HtmlElement, rtl: bool) -> int:
        """Add the comment ``element`` holds to the comments part (python-docx's API); its
        id."""
        self.comments_done.append(element)
        author = element.get("data-author", "")
        comment = self.doc.comments.add_comment(
            text=element.text_content(), author=author, initials=_initials(author)
        )
        stamp = x.word_date(element.get("data-date", ""))
        elm = comment._comment_elm  # python-docx sets the date to now; ours is the mark's
        if stamp:
            elm.set(qn("w:date"), stamp)
        else:
            elm.attrib.pop(qn("w:date"), None)
        x.comment_direction(elm, rtl)
        return comment.comment_id

    def _picture(self, element: HtmlElement, p: x.Node) -> bool:
        """Embed an image given by a path relative to the article's folder.

        Remote images are never fetched, and absolute paths or file: URLs are not followed:
        exporting an article someone sent must not pack files from this computer into it.
        """
        src = unquote(element.get("src", "").strip())
        if not src or ":" in src or src.startswith(("/", "\\")) or self.document.base_dir is None:
            return False
        path = self.document.base_dir / src
        try:
            inline = self.doc.part.new_pic_inline(str(path), None, None)
        except Exception as exc:  # missing, unreadable or not an image: python-docx raises many
            logger.info("Image %s left out of the DOCX: %r", path, exc)
            return False
        extent = inline.extent
        if extent.cx > _TEXT_WIDTH * 635:  # EMU per twip: shrink to the text width
            extent.cy = Emu(extent.cy * _TEXT_WIDTH * 635 // extent.cx)
            extent.cx = Emu(_TEXT_WIDTH * 635)
            inline.graphic.graphicData.pic.spPr.cx = extent.cx
            inline.graphic.graphicData.pic.spPr.cy = extent.cy
        inline.docPr.set("descr", element.get("alt", ""))
        if self.part is not self.doc.part:  # a picture in a footnote: related from its part
            blip = inline.graphic.graphicData.pic.blipFill.blip
            image_part = self.doc.part.related_parts[blip.embed]
            blip.set(qn("r:embed"), self.part.relate_to(image_part, RT.IMAGE))
        x.drawing(p, etree.tostring(inline, encoding="unicode"))
        return True

    def _link_id(self, url: str) -> str:
        # python-docx's relate_to looks for an equal relationship linearly: cache by URL.
        key = (str(self.part.partname), url)
        if key not in self.link_ids:
            self.link_ids[key] = self.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return self.link_ids[key]

    def _text(self, p: x.Node, text: str, fmt: x.RunFormat, rtl: bool, first: bool = False) -> None:
        text = _SPACES.sub(" ", text)
        if first or not p.has_content():
            text = text.lstrip()
        if not text:
            return
        if fmt.code:
            if rtl and _LTR_LETTER.search(text):
                x.isolated_run(p, text, fmt)
            else:
                x.run(p, text, fmt, rtl=False)
            return
        position = 0
        if rtl and ("://" in text or "www." in text):
            for start, end in x.urls(text):
                self._script_runs(p, text[position:start], fmt, rtl)
                x.isolated_run(p, text[start:end], fmt)
                position = end
        self._script_runs(p, text[position:], fmt, rtl)

    def _script_runs(self, p: x.Node, text: str, fmt: x.RunFormat, rtl: bool) -> None:
        for piece, piece_rtl in x.script_runs(text, rtl):
            if rtl and not piece_rtl and piece.endswith(("+", "#")):
                x.isolated_run(p, piece, fmt)  # C++, C#
            else:
                x.run(p, piece, fmt, rtl=piece_rtl)


_TEXT_ALIGN = re.compile(r"text-align\s*:\s*(left|right|center)")


def _cell_jc(cell: HtmlElement, rtl: bool, table_rtl: bool) -> str:
    """A cell's w:jc: its column's alignment (left and right are the page's sides, as in
    Markdown and HTML; in a bidi paragraph Word and LibreOffice read w:jc "left" as the start
    side, the right one, so the value is swapped). A column without one is set to the table's
    start side: "end" for a cell written the other way (a Latin cell in a right-to-left table
    stays with its column), which tells an importer it is no alignment of the column's."""
    found = _TEXT_ALIGN.search(cell.get("style", ""))
    align = found.group(1) if found else cell.get("align", "")
    if align == "center":
        return "center"
    if align not in ("left", "right"):
        return "" if rtl == table_rtl else "end"
    if rtl:
        return "left" if align == "right" else "right"
    return align


def _initials(author: str) -> str:
    return "".join(word[0] for word in author.split()[:3])


def _trim_trailing_space(p: x.Node) -> None:
    last = p.children[-1] if p.children else None
    if isinstance(last, x.Run) and last.text != last.text.rstrip():
        last.text = last.text.rstrip()
        if not last.text:
            p.children.pop()
