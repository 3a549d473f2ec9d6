"""DOCX → article: headings by style, emphasis, lists, tables, links, footnotes, and the core
properties as metadata. The file is opened through ``zip_guard`` first, so a damaged or hostile
package is refused before python-docx sees it."""

from __future__ import annotations

import datetime as _dt
import logging
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.coreprops import CoreProperties
from docx.opc.packuri import PackURI
from docx.opc.parts.coreprops import CorePropertiesPart
from lxml import etree
from markdown.extensions.toc import slugify_unicode, unique

from ..article import KNOWN_FIELDS, Article, Metadata, split_tags
from ..bidi import direction_for
from ..notices import Notice
from ..review import attribution
from .bylines import find_byline
from .dates import find_date
from .docx_inline import (
    InlineContext,
    comment_mark,
    inline_markdown,
    inline_pieces,
    is_vml_rule,
    substitutions,
    w,
    word_time,
)
from .docx_styles import Numbering, Styles, numbering_of, parse_xml
from .markdown_text import (
    HARD_BREAK,
    Piece,
    escape_inline,
    escape_line_start,
    fenced_code,
    gfm_table,
    render_pieces,
)
from .result import ImportResult, Removal
from .textfold import fold, script_counts
from .vocabulary import load_vocabulary
from .zip_guard import DocxError, read_docx_parts, repack

logger = logging.getLogger(__name__)

# python-docx's blank template carries this creation time; it is not the article's date.
_TEMPLATE_CREATED = _dt.datetime(2013, 12, 23, 23, 15, tzinfo=_dt.UTC)
_QUOTE_STYLES = ("quote", "intense quote", "block text")
_RULE = re.compile(r"\s*(?:(?:\\?\*\s*){3,}|(?:-\s*){3,}|(?:\\?_\s*){3,})")


@dataclass
class _Block:
    kind: str  # "paragraph", "heading", "item", "quote", "table", "title", "subtitle"
    text: str
    continues_list: bool = False  # an item of the list the previous item belongs to
    quoted: bool = False  # an item in a quotation (a list paragraph in a quote style)

    @property
    def in_quote(self) -> bool:
        return self.kind == "quote" or self.quoted


@dataclass
class _Converter:
    document: docx.document.Document
    styles: Styles
    numbering: Numbering
    notes: dict[str, tuple[etree._Element, Any]]  # "footnote:ID" → (note, its part's rels)
    labels: dict[str, str] = field(default_factory=dict)
    counters: dict[tuple[str, int], int] = field(default_factory=dict)
    open_lists: dict[int, str] = field(default_factory=dict)  # depth → the open list's key
    started: set[tuple[str, int]] = field(default_factory=set)  # (numId, level) items seen
    heading_ids: dict[str, str] = field(default_factory=dict)  # bookmark → heading id
    text_box_count: int = 0
    ctx: InlineContext = field(init=False)
    rels: Any = None  # the relationships of the part being read (links are resolved there)

    def __post_init__(self) -> None:
        self.ctx = InlineContext(self.styles.char_format, self._hyperlink, self._note_label)
        self.rels = self.document.part.rels

    def _hyperlink(self, rel_id: str, anchor: str) -> str | None:
        """The URL of a link: its relationship's target, or "#id" of the heading a bookmark
        link points to (the id the Markdown renderer gives that heading)."""
        if not rel_id:
            return f"#{self.heading_ids[anchor]}" if anchor in self.heading_ids else None
        rel = self.rels.get(rel_id)
        return rel.target_ref if rel is not None else None

    def collect_heading_ids(self, body: etree._Element) -> None:
        """Bookmark name → heading id, for the bookmarks that sit in headings."""
        used: set[str] = set()
        for p in body.iter(w("p")):
            ppr = p.find(w("pPr"))
            style = ppr.find(w("pStyle")) if ppr is not None else None
            if (
                self.styles.heading_level(style.get(w("val"), "") if style is not None else "")
                is None
            ):
                continue
            text = "".join(t.text or "" for t in p.iter(w("t")))
            slug = unique(slugify_unicode(text, "-") or "section", used)
            for mark in p.iter(w("bookmarkStart")):
                self.heading_ids[mark.get(w("name"), "")] = slug

    def _note_label(self, kind: str, note_id: str) -> str:
        key = f"{kind}:{note_id}"
        if key not in self.labels:
            self.labels[key] = str(len(self.labels) + 1)
        return self.labels[key]

    def _restarts(self, num_id: str, level: int) -> bool:
        """The first item of a numId that restarts this level (w:startOverride)."""
        if (num_id, level) in self.started or level not in self.numbering.restarts.get(num_id, ()):
            return False
        self.started.add((num_id, level))
        return True

    def _continues_list(self, num_id: str, depth: int, restarts: bool) -> bool:
        """Same list as the item before: deeper (a nested list starts), or the list open at
        this depth. Otherwise a new list starts and Markdown needs a blank line before it."""
        key = self.numbering.list_of(num_id)
        deeper = bool(self.open_lists) and depth > max(self.open_lists)
        same = self.open_lists.get(depth) == key and not restarts
        for level in [d for d in self.open_lists if d > depth]:
            del self.open_lists[level]
        self.open_lists[depth] = key
        return deeper or same

    def _list_marker(self, num_id: str, level: int, bullet: bool, restarts: bool) -> str:
        list_key = self.numbering.list_of(num_id)
        for key in [k for k in self.counters if k[0] == list_key and k[1] > level]:
            del self.counters[key]  # a shallower item restarts deeper numbering
        if bullet:
            return "-"
        key = (list_key, level)
        if restarts or key not in self.counters:
            self.counters[key] = self.numbering.start(num_id, level) - 1
        self.counters[key] += 1
        return f"{self.counters[key]}."

    def paragraph(self, p: etree._Element) -> _Block | None:
        ppr = p.find(w("pPr"))
        style_el = ppr.find(w("pStyle")) if ppr is not None else None
        style_id = style_el.get(w("val"), "") if style_el is not None else ""
        name = self.styles.name(style_id)
        level = self.styles.heading_level(style_id)
        outline = ppr.find(w("outlineLvl")) if ppr is not None else None
        outline_value = outline.get(w("val"), "") if outline is not None else ""
        if level is None and outline_value.isdigit() and int(outline_value) < 9:
            level = int(outline_value) + 1
        if name in ("byline", "author", "dateline"):
            return _Block("byline", render_pieces(inline_pieces(p, self.ctx)).strip())
        if name in ("title", "subtitle") or level:
            plain = [
                Piece(piece.text, italic=piece.italic, markup=piece.markup)
                for piece in inline_pieces(p, self.ctx)
            ]  # headings are bold already
            text = render_pieces(plain).replace(HARD_BREAK, " ").strip()
            if not text:
                return None
            if name in ("title", "subtitle"):
                return _Block(name, text)
            return _Block("heading", f"{'#' * min(level or 1, 6)} {text}")
        if self.styles.is_code(style_id):
            pieces = inline_pieces(p, self.ctx)
            raw = "".join(piece.text for piece in pieces).replace(HARD_BREAK, "\n")
            return _Block("code", raw)
        text = "\n".join(
            escape_line_start(line) for line in inline_markdown(p, self.ctx).split("\n")
        )
        if not text.strip():
            if (_is_rule(ppr) and p.find(f".//{w('drawing')}") is None) or any(
                is_vml_rule(pict) for pict in p.iter(w("pict"))
            ):
                return _Block("rule", "* * *")
            return None
        if _RULE.fullmatch(text):
            return _Block("rule", "* * *")  # "* * *" typed as a section break
        num = numbering_of(ppr)
        if num is None and (
            num := self.styles.numbering(style_id)
            or ((name, 0) if name.startswith(("list bullet", "list number")) else None)
        ):
            # "List Bullet 2" is the second level, though its numbering says level 0.
            suffix = name.rsplit(" ", 1)[-1]
            if name.startswith(("list bullet", "list number")) and suffix.isdigit():
                num = (num[0], int(suffix) - 1)
        if num is not None:
            num_id, depth = num
            bullet = (
                self.numbering.is_bullet(num_id, depth)
                if num_id in self.numbering.levels
                else not name.startswith("list number")
            )
            restarts = self._restarts(num_id, depth)
            marker = self._list_marker(num_id, depth, bullet, restarts)
            body = text.replace("\n", "\n" + " " * (4 * depth + len(marker) + 1))
            item = f"{' ' * 4 * depth}{marker} {body}"
            quoted = name in _QUOTE_STYLES
            if quoted:
                item = "\n".join(f"> {line}" for line in item.split("\n"))
            return _Block(
                "item",
                item,
                continues_list=self._continues_list(num_id, depth, restarts),
                quoted=quoted,
            )
        if name in _QUOTE_STYLES:
            return _Block("quote", "\n".join(f"> {line}" for line in text.split("\n")))
        return _Block("paragraph", text)

    def _cell_paragraph(self, p: etree._Element, header: bool) -> str:
        pieces = inline_pieces(p, self.ctx)
        if header:  # header cells are bold by convention; the Markdown header row says so
            pieces = [Piece(x.text, italic=x.italic, markup=x.markup, code=x.code) for x in pieces]
        return render_pieces(pieces).strip().replace(HARD_BREAK, "<br>")

    def table(self, tbl: etree._Element) -> _Block | None:
        rows: list[list[str]] = []
        aligns: list[list[str]] = []  # per row, per column: "left", "right", "center" or ""
        properties = tbl.find(w("tblPr"))
        visual = properties.find(w("bidiVisual")) if properties is not None else None
        rtl = visual is not None and visual.get(w("val"), "1").lower() not in ("0", "false")
        for tr in tbl.iter(w("tr")):
            if tr.getparent() is not tbl:
                continue  # rows of a nested table are read as text of their cell
            cells: list[str] = []
            row_aligns: list[str] = []
            for tc in tr.findall(w("tc")):
                tcpr = tc.find(w("tcPr"))
                span_el = tcpr.find(w("gridSpan")) if tcpr is not None else None
                merge = tcpr.find(w("vMerge")) if tcpr is not None else None
                span = int(span_el.get(w("val"), "1")) if span_el is not None else 1
                continued = merge is not None and merge.get(w("val")) != "restart"
                texts = (
                    []
                    if continued
                    else [self._cell_paragraph(p, header=not rows) for p in tc.iter(w("p"))]
                )
                cell = "<br>".join(t for t in texts if t.strip()).replace("|", "\\|")
                cells.extend([cell.replace("\n", " ")] + [""] * (span - 1))
                row_aligns.extend([_cell_alignment(tc, rtl) if cell.strip() else "-"] * span)
            if cells:
                rows.append(cells)
                aligns.append(row_aligns)
        if not rows:
            return None
        lines = gfm_table(rows).split("\n")
        lines[1] = "|" + "".join(f" {_DELIMITERS[a]} |" for a in _column_alignments(aligns))
        return _Block("table", "\n".join(lines))

    def blocks(self, container: etree._Element) -> list[_Block]:
        out: list[_Block] = []
        for child in container:
            if child.tag == w("p"):
                block = self.paragraph(child)
            elif child.tag == w("tbl"):
                block = self.table(child)
            elif child.tag in (w("sdt"), w("sdtContent"), w("customXml")):
                content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
                out.extend(self.blocks(content) if content is not None else [])
                continue
            else:
                continue
            if block is not None and child.tag == w("p") and block.kind in _BREAKS_TRACKED:
                block.text = _tracked_break(child, block.text)
            if block is not None:
                if block.kind != "item":
                    self.counters.clear()  # a new list after other text starts at its own 1
                    self.open_lists.clear()
                out.append(block)
            boxes, self.ctx.text_boxes = self.ctx.text_boxes, []
            for box in boxes:  # a text box's text follows the paragraph that anchors it
                self.text_box_count += 1
                out.extend(self.blocks(box))
        return out

    def footnotes(self) -> list[str]:
        """One definition per note met in the text, its blocks read as the body's are; its
        later lines are indented under the first (Markdown's continuation)."""
        lines = []
        done = 0
        while done < len(self.labels):  # grows while notes are read: a note in a note
            key, label = list(self.labels.items())[done]
            done += 1
            found = self.notes.get(key)
            if found is None:
                continue
            note, self.rels = found
            body = _join(self.blocks(note)).strip()  # lists, quotes, code as in the text
            if body:
                first, *rest = body.split("\n")
                rest = [f"    {line}" if line else "" for line in rest]
                lines.append("\n".join([f"[^{label}]: {first}", *rest]))
        self.rels = self.document.part.rels
        return lines


def _is_rule(ppr: etree._Element | None) -> bool:
    """An empty paragraph with a line under or over it: a horizontal rule, the way Word draws
    one (and Midad's exporter writes it)."""
    borders = ppr.find(w("pBdr")) if ppr is not None else None
    if borders is None:
        return False
    return any(
        (edge := borders.find(w(side))) is not None
        and edge.get(w("val"), "none") not in ("none", "nil")
        for side in ("bottom", "top")
    )


_DELIMITERS = {"": "---", "left": ":---", "right": "---:", "center": ":---:"}


def _cell_alignment(tc: etree._Element, table_rtl: bool) -> str:
    """The page side a cell's text is set to ("left", "right", "center"), or "" for none of
    its column's own. w:jc "left"/"start" is a paragraph's start side (the right one in a
    bidi paragraph), "right"/"end" its end side. "left"/"right" count as a column's alignment;
    "start"/"end" (LibreOffice writes them on every cell; Midad's exporter writes "end" for a
    Latin cell in an Arabic table) only when they put the text away from the table's start."""
    p = tc.find(w("p"))
    ppr = p.find(w("pPr")) if p is not None else None
    jc = ppr.find(w("jc")) if ppr is not None else None
    value = jc.get(w("val"), "") if jc is not None else ""
    if value == "center":
        return "center"
    if value not in ("left", "start", "right", "end"):
        return ""
    bidi = ppr.find(w("bidi")) if ppr is not None else None
    rtl = bidi is not None and bidi.get(w("val"), "1").lower() not in ("0", "false", "off")
    side = "right" if (value in ("left", "start")) == rtl else "left"
    if value in ("start", "end") and side == ("right" if table_rtl else "left"):
        return ""
    return side


def _column_alignments(aligns: list[list[str]]) -> list[str]:
    """A column's alignment is the one most of its cells have (empty cells do not count); a
    tie keeps the column's default."""
    width = max(len(row) for row in aligns)
    columns = []
    for index in range(width):
        votes = Counter(row[index] for row in aligns if index < len(row) and row[index] != "-")
        ranked = votes.most_common()
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            columns.append("")
        else:
            columns.append(ranked[0][0])
    return columns


def _merge_code(blocks: list[_Block]) -> list[_Block]:
    """Consecutive code paragraphs are one fenced code block."""
    merged: list[_Block] = []
    for block in blocks:
        if block.kind == "code" and merged and merged[-1].kind == "code":
            merged[-1] = _Block("code", merged[-1].text + "\n" + block.text)
        else:
            merged.append(block)
    for index, block in enumerate(merged):
        if block.kind == "code":
            merged[index] = _Block("fenced", fenced_code(block.text))
    return merged


# A paragraph whose mark (its break) is a tracked insertion or deletion ends with a sentinel
# holding the change's author and time; once the blocks are joined, the separator after it
# goes into a change of its own, which joins the changes around it (docx_inline.substitutions).
_BREAKS_TRACKED = frozenset({"paragraph", "heading", "item", "quote"})
_BREAK_SENTINEL = re.compile("\ue100([+-])([^\ue101]*)\ue101(\n[\n>]*)?")
_WHOLE_CHANGE = re.compile(
    r"((?:#{1,6} | *(?:[-*+]|\d{1,9}[.)]) |> )?)\{(\+\+|--)((?:\{[^{}\n]*\}@@)?)"
    r"((?:(?!\+\+\}|--\}|\{).)*)(?:\+\+|--)\}",
    re.S,
)


def _tracked_break(p: etree._Element, text: str) -> str:
    mark = p.find(f"{w('pPr')}/{w('rPr')}")
    change = None
    if mark is not None:
        change = mark.find(w("ins"))
        if change is None:
            change = mark.find(w("del"))
    if change is None:
        return text
    sign = "+" if change.tag == w("ins") else "-"
    prefix = attribution(change.get(w("author"), "").strip(), word_time(change.get(w("date"))))
    whole = _WHOLE_CHANGE.fullmatch(text)
    if whole is not None and whole.group(2) == sign * 2 and whole.group(3) == prefix:
        # The whole block was inserted (deleted): its heading or list marker too.
        text = f"{{{sign * 2}{prefix}{whole.group(1)}{whole.group(4)}{sign * 2}}}"
    return f"{text}\ue100{sign}{prefix}\ue101"


def _tracked_breaks(body: str) -> str:
    if "\ue100" not in body:
        return body

    def change(match: re.Match[str]) -> str:
        separator = match.group(3)
        if not separator:
            return ""
        mark = match.group(1) * 2
        return f"{{{mark}{match.group(2)}{separator}{mark}}}"

    return substitutions(_BREAK_SENTINEL.sub(change, body))


def _join(blocks: list[_Block]) -> str:
    blocks = _merge_code(blocks)
    parts: list[str] = []
    for index, block in enumerate(blocks):
        if index:
            previous = blocks[index - 1]
            tight = (
                block.kind == previous.kind == "item"
                and block.continues_list
                and block.quoted == previous.quoted
            )
            if tight:
                parts.append("\n")
            elif block.in_quote and previous.in_quote:
                parts.append("\n>\n")  # paragraphs (and lists) of one quotation
            else:
                parts.append("\n\n")
        parts.append(block.text)
    return "".join(parts)


def _part_blob(document: docx.document.Document, reltype: str) -> bytes | None:
    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return rel.target_part.blob
    return None


def _notes(document: docx.document.Document) -> dict[str, tuple[etree._Element, Any]]:
    notes: dict[str, tuple[etree._Element, Any]] = {}
    for kind, reltype in (("footnote", RT.FOOTNOTES), ("endnote", RT.ENDNOTES)):
        part = next(
            (
                rel.target_part
                for rel in document.part.rels.values()
                if rel.reltype == reltype and not rel.is_external
            ),
            None,
        )
        if part is not None and part.blob:
            for note in parse_xml(part.blob).iter(w(kind)):
                notes[f"{kind}:{note.get(w('id'), '')}"] = (note, part.rels)
    return notes


_CRITIC_CLOSERS = re.compile(r"(\+\+|--|~~|==|<<)\}")


def _comments(blob: bytes | None) -> dict[str, tuple[str, str, str]]:
    """The comments part: id → (author, date, text). A comment's paragraphs become lines;
    what would close a CriticMarkup mark early is broken with a space."""
    comments: dict[str, tuple[str, str, str]] = {}
    if not blob:
        return comments
    for comment in parse_xml(blob).iter(w("comment")):
        lines = []
        for p in comment.iter(w("p")):
            line = "".join(t.text or "" for t in p.iter(w("t")))
            if line.strip():
                lines.append(" ".join(line.split()))
        text = _CRITIC_CLOSERS.sub(lambda m: m.group(1) + " }", "\n".join(lines))
        comments[comment.get(w("id"), "")] = (
            comment.get(w("author"), "").strip(),
            comment.get(w("date"), "").strip(),
            text,
        )
    return comments


_PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"


def _custom_properties(blob: bytes | None, meta: Metadata) -> None:
    """Fill ``meta`` from custom document properties named like article fields ("slug",
    "status", or "midad:slug"), which an exporter writes for what core properties lack."""
    if not blob:
        return
    for prop in parse_xml(blob).iter(f"{{{_CUSTOM_NS}}}property"):
        name = prop.get("name", "").lower().removeprefix("midad:").removeprefix("midad.")
        value = "".join(prop.itertext()).strip()
        if not value or name not in KNOWN_FIELDS:
            continue
        if name == "tags":
            meta.tags = split_tags(value)
        else:
            setattr(meta, name, value)


_EMPTY_CORE = (
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties"/>'
)


def _core_properties(document: docx.document.Document, parts: dict[str, bytes]) -> CoreProperties:
    """The document's own core properties. python-docx knows the part only by the standard
    relationship type; LibreOffice writes another spelling of it (".../officedocument/2006/
    relationships/metadata/core-properties"), and python-docx then makes up its template's
    ("Word Document" as the title): read the part the package names, whatever the spelling."""
    package = document.part.package
    if any(rel.reltype == RT.CORE_PROPERTIES for rel in package.rels.values()):
        return document.core_properties
    blob = _EMPTY_CORE
    rels = parts.get("_rels/.rels")
    for rel in parse_xml(rels).iter(f"{{{_PACKAGE_RELS_NS}}}Relationship") if rels else ():
        if rel.get("Type", "").lower().endswith("/metadata/core-properties"):
            blob = parts.get(rel.get("Target", "").lstrip("/"), blob)
            break
    part = CorePropertiesPart.load(
        PackURI("/docProps/core.xml"), CT.OPC_CORE_PROPERTIES, blob, package
    )
    return part.core_properties


def _core_metadata(props: CoreProperties) -> Metadata:
    meta = Metadata()
    meta.title = (props.title or "").strip()
    author = (props.author or "").strip()
    if author and fold(author) not in load_vocabulary().generator_authors:
        meta.author = author
    meta.subtitle = (props.subject or "").strip()
    meta.category = (props.category or "").strip()
    meta.summary = (props.comments or "").strip()
    meta.tags = split_tags(props.keywords or "")
    created = props.created
    # A creation time of exactly midnight is a date someone chose (Midad's exporter writes the
    # article's date so); any other time is just when the file was made, not the article's date.
    if (
        created is not None
        and created.time() == _dt.time()
        and created.replace(tzinfo=_dt.UTC) != _TEMPLATE_CREATED
    ):
        meta.date = created.date().isoformat()
    language = (props.language or "").strip()
    if language:
        meta.lang = language.split("-")[0].lower()
    return meta


def _text_file_lines(blocks: list[_Block]) -> list[_Block]:
    """A document that is all preformatted text is a text file opened in a word processor
    (LibreOffice sets a .txt in "Preformatted Text"), not one long piece of code: each line is
    a paragraph."""
    if not blocks or any(block.kind != "code" for block in blocks):
        return blocks
    lines = [line.strip() for block in blocks for line in block.text.split("\n")]
    return [_Block("paragraph", escape_line_start(escape_inline(line))) for line in lines if line]


def _language(declared: str, blocks: list[_Block]) -> str:
    """The declared language, unless the text contradicts it: LibreOffice writes its interface
    language into dc:language ("en-US" on an all-Arabic document), and an article in the
    wrong direction is worse than a language tag set from the text. Without a declaration,
    the text decides."""
    arabic, latin = script_counts(" ".join(b.text for b in blocks))
    from_text = "ar" if arabic >= latin else "en"
    if not declared or not (arabic or latin):
        return declared or from_text
    if direction_for(declared) != direction_for(from_text):
        return from_text
    return declared


def _byline_metadata(text: str, meta: Metadata) -> None:
    """ "ليلى عبد الرحمن · ١٢ آذار ٢٠٢٤" (a Byline-style paragraph): fill what is missing."""
    parts = [part.strip() for part in re.split(r"\s+[·|•–—-]\s+", text) if part.strip()]
    vocab = load_vocabulary()
    for part in parts:
        found = find_date(part, vocab)
        if found is not None and found.iso:
            meta.date = meta.date or found.iso
        elif not meta.author:
            byline = find_byline(part, vocab)
            meta.author = byline.name if byline else part


def read_docx(path: str | os.PathLike[str]) -> ImportResult:
    """Import a Word document; raise DocxError (an ArticleError) for damaged/hostile files."""
    name = Path(path).name
    parts = read_docx_parts(path)
    try:
        document = docx.Document(repack(parts))
        converter = _Converter(
            document,
            Styles.parse(_part_blob(document, RT.STYLES)),
            Numbering.parse(_part_blob(document, RT.NUMBERING)),
            _notes(document),
        )
        converter.ctx.comments = _comments(_part_blob(document, RT.COMMENTS))
        converter.collect_heading_ids(document.element.body)
        blocks = converter.blocks(document.element.body)
        props = _core_properties(document, parts)
        meta = _core_metadata(props)
        _custom_properties(parts.get("docProps/custom.xml"), meta)
        footnotes = converter.footnotes()
    except DocxError:
        raise
    except Exception as exc:  # python-docx/lxml raise many types on malformed parts
        logger.warning("Cannot import %s: reading it failed", path, exc_info=True)
        raise DocxError(
            "“{name}” cannot be imported: it is damaged ({reason}).",
            name=name,
            reason=str(exc) or type(exc).__name__,
        ) from None
    result = ImportResult(Article(meta, ""))
    body_blocks = []
    for block in _text_file_lines(blocks):
        if block.kind == "byline":
            _byline_metadata(block.text, meta)
            result.moved.append(Removal(0, block.text, Notice("byline"), "author"))
            continue
        if block.kind in ("title", "subtitle"):
            field_name = block.kind
            if not getattr(meta, field_name) or getattr(meta, field_name) == block.text:
                setattr(meta, field_name, block.text)
                what = Notice("title") if field_name == "title" else Notice("subtitle")
                result.moved.append(Removal(0, block.text, what, field_name))
                continue
            block = _Block("heading", f"# {block.text}")
        body_blocks.append(block)
    if not meta.title:
        heading = next((b for b in body_blocks if b.kind == "heading"), None)
        if heading is not None:
            meta.title = _BREAK_SENTINEL.sub("", heading.text).lstrip("#").strip()
    meta.lang = _language(meta.lang, body_blocks)
    body = _tracked_breaks(_join(body_blocks))
    unplaced = [
        comment_id
        for comment_id in converter.ctx.comments
        if comment_id not in converter.ctx.placed_comments
    ]
    if unplaced:
        # Comments nothing in the text points to (a damaged or hand-made document): kept, as
        # comments on the article's end, and said so.
        body += "\n\n" + " ".join(comment_mark(converter.ctx, c) for c in unplaced)
        converter.ctx.placed_comments.update(unplaced)
        result.notes.append(
            Notice(
                "{count} comment(s) were attached to no text; they are kept at the article's end.",
                count=len(unplaced),
            )
        )
    if footnotes:
        body += "\n\n" + "\n\n".join(footnotes)
    result.article.body = body + "\n" if body else ""
    created = props.created
    if (
        not meta.date
        and created is not None
        and created.time() != _dt.time()
        and created.replace(tzinfo=_dt.UTC) != _TEMPLATE_CREATED
    ):
        result.notes.append(
            Notice(
                "The document was created on {date}; that is not taken as the article's date.",
                date=created.date().isoformat(),
            )
        )
    if converter.text_box_count:
        result.notes.append(
            Notice(
                "The text of {count} text box(es) was placed after the paragraph that holds it.",
                count=converter.text_box_count,
            )
        )
    review = len(converter.ctx.placed_comments), converter.ctx.revisions
    if any(review):
        result.notes.append(
            Notice(
                "{changes} tracked change(s) and {comments} comment(s) were kept as review "
                "marks; `midad changes` lists them.",
                changes=review[1],
                comments=review[0],
            )
        )
    if converter.ctx.images:
        result.notes.append(
            Notice(
                "{count} picture(s) were left out: an article holds text only.",
                count=len(converter.ctx.images),
            )
        )
    return result
