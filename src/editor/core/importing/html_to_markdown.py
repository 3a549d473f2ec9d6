"""Pasted HTML → Markdown: headings, emphasis, links, lists, quotes, tables (with their column
alignment), code, footnotes; scripts, styles, forms and hidden elements dropped. Used by the
window's smart paste and by the importer for .html files. Handles what browsers, Word and
Google Docs put on the clipboard, and the footnotes of Midad's, python-markdown's and pandoc's
pages (a list of notes the text links to becomes ``[^1]`` references and definitions).
Addresses are written as people read them (``readable_url``: escaped letters decoded).
"""

from __future__ import annotations

import re
from contextvars import ContextVar

from ..links import readable_url
from ..review import attribution
from .docx_inline import substitutions
from .html_pictures import EmbeddedPictures
from .html_tree import Node, parse_html
from .markdown_text import (
    HARD_BREAK,
    Piece,
    escape_line_start,
    fenced_code,
    gfm_table,
    link,
    render_pieces,
)

_DROPPED = {
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "title",
    "svg",
    "iframe",
    "object",
    "embed",
    "canvas",
    "button",
    "input",
    "select",
    "textarea",
    "option",
    "meta",
    "link",
    "map",
    "audio",
    "video",
    "math",
}
_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "figure",
    "figcaption",
    "address",
    "center",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "hr",
    "form",
    "fieldset",
    "details",
    "summary",
    "body",
    "html",
    "#root",
}
_HEADING = re.compile(r"^h([1-6])$")
_SPACE = re.compile(r"[ \t\n\r\f\u00a0]+")
_MSO_LEVEL = re.compile(r"mso-list:\S*?level(\d)")
_SAFE_URL = re.compile(r"^(?:https?:|mailto:|tel:|#|/|\.|[^:]*$)", re.IGNORECASE)

_NOTE_CLASSES = re.compile(r"(?:^|\s)footnotes?(?:\s|$)")
_BACKLINK_TEXT = {"↩", "↩\ufe0e", "↩\ufe0f", "^", "↑"}
_ALIGN = re.compile(r"text-align:(start|end|left|right|center)")
_SIDES = {"left": "start", "right": "end"}  # as the Markdown column marks them
_LANGUAGE = re.compile(r"[\w+#.-]{1,30}")

Block = tuple[str, str]  # (kind, markdown): touching "item:<list>" blocks of one list stay tight


class _Context:
    """What one conversion knows beyond the node at hand."""

    def __init__(
        self, notes: dict[str, int], local_images: bool, embedded: EmbeddedPictures | None
    ) -> None:
        self.notes = notes  # a note's id → its number
        self.local_images = local_images  # keep relative picture addresses (a file's import)
        self.embedded = embedded  # saves data: pictures as files (a file's import)


_context: ContextVar[_Context] = ContextVar("html_to_markdown_context")


def _classes(node: Node) -> str:
    return node.attrs.get("class", "")


def _is_notes_section(node: Node) -> bool:
    role = node.attrs.get("role", "")
    return node.tag in ("section", "div", "aside", "footer", "ol") and (
        role in ("doc-endnotes", "doc-footnotes") or bool(_NOTE_CLASSES.search(_classes(node)))
    )


def _is_backlink(node: Node) -> bool:
    return (
        node.attrs.get("role") == "doc-backlink"
        or "footnote-back" in _classes(node)
        or (
            node.attrs.get("href", "").startswith("#")
            and node.text_content().strip() in _BACKLINK_TEXT
        )
    )


def _take_notes(node: Node, notes: list[Node], referenced: set[str]) -> None:
    """Move the list items of the notes sections under ``node`` into ``notes``: the sections
    whose items the text links to (another page's "footnote" box stays where it is)."""
    kept = []
    for child in node.children:
        if child.tag and _is_notes_section(child):
            items = [n for n in _walk(child) if n.tag == "li" and n.attrs.get("id")]
            if items and any(item.attrs["id"] in referenced for item in items):
                notes.extend(items)
                continue
        if child.tag:
            _take_notes(child, notes, referenced)
        kept.append(child)
    node.children[:] = kept


def _anchors(node: Node) -> set[str]:
    """The ids that links in ``node`` point at ("#fn-1" → "fn-1"), outside notes sections."""
    found = set()
    for child in node.children:
        if not child.tag or _is_notes_section(child):
            continue
        href = child.attrs.get("href", "") if child.tag == "a" else ""
        if href.startswith("#"):
            found.add(href[1:])
        found |= _anchors(child)
    return found


def _hidden(node: Node) -> bool:
    style = node.style()
    return (
        "hidden" in node.attrs
        or node.attrs.get("aria-hidden") == "true"
        or "display:none" in style
        or "visibility:hidden" in style
        or "mso-list:ignore" in style
    )


def _format(node: Node, bold: bool, italic: bool) -> tuple[bool, bool]:
    tag, style = node.tag, node.style()
    if tag in ("b", "strong"):
        bold = True
    if tag in ("i", "em", "cite", "dfn", "var"):
        italic = True
    # Google Docs wraps everything in <b style="font-weight:normal">; spans carry the real style.
    weight = re.search(r"font-weight:(\w+)", style)
    if weight:
        bold = weight.group(1) in ("bold", "bolder") or (
            weight.group(1).isdigit() and int(weight.group(1)) >= 600
        )
    if "font-style:italic" in style:
        italic = True
    elif "font-style:normal" in style:
        italic = False
    return bold, italic


def _inline(node: Node, bold: bool = False, italic: bool = False) -> list[Piece]:
    if not node.tag:
        return [Piece(_SPACE.sub(" ", node.text), bold, italic)]
    if node.tag in _DROPPED or _hidden(node):
        return []
    if node.tag == "br":
        return [Piece(HARD_BREAK, markup=True)]
    if node.tag == "img":
        src, alt = node.attrs.get("src", "").strip(), node.attrs.get("alt", "")
        context = _context.get(None)
        local = (
            context is not None
            and context.local_images
            and bool(src)
            and ":" not in src.split("/", 1)[0]
            and not src.startswith(("/", "\\", "#"))
        )
        if src.lower().startswith(("http://", "https://")) or local:
            return [Piece(f"![{alt}]({_destination(readable_url(src))})", markup=True)]
        saved = context.embedded.save(src) if context and context.embedded else None
        if saved is not None:
            return [Piece(f"![{alt}]({_destination(saved)})", markup=True)]
        return [Piece(alt, bold, italic)] if alt else []
    if node.tag == "a":
        context = _context.get(None)
        target = node.attrs.get("href", "").strip()
        if context is not None and target.startswith("#") and target[1:] in context.notes:
            return [Piece(f"[^{context.notes[target[1:]]}]", markup=True)]
        if context is not None and context.notes and _is_backlink(node):
            return []
    if node.tag in ("code", "kbd", "samp", "tt"):
        code = _SPACE.sub(" ", node.text_content())
        fence = "``" if "`" in code else "`"
        return [Piece(f"{fence}{code}{fence}", markup=True)] if code.strip() else []
    bold, italic = _format(node, bold, italic)
    pieces = [p for child in node.children for p in _inline(child, bold, italic)]
    if node.tag == "a":
        href = node.attrs.get("href", "").strip()
        text = render_pieces(pieces).replace(HARD_BREAK, " ").strip()
        if href and text and _SAFE_URL.match(href):
            return [Piece(link(text, readable_url(href)), markup=True)]
    if node.tag in _BLOCKS:  # a block inside inline content still breaks the line
        return [Piece(HARD_BREAK, markup=True), *pieces, Piece(HARD_BREAK, markup=True)]
    if node.tag in ("ins", "del", "mark", "span") and "critic" in _classes(node):
        return _review_mark(node, pieces)
    return pieces


def _review_mark(node: Node, pieces: list[Piece]) -> list[Piece]:
    """A tracked change or comment of a page exported with --marked, as CriticMarkup
    (docs/review.md)."""
    classes = _classes(node).split()
    date = node.attrs.get("datetime", "") or node.attrs.get("data-date", "")
    prefix = attribution(node.attrs.get("data-author", "").strip(), date.strip())
    if node.tag in ("ins", "del") and "critic" in classes:
        sign = "++" if node.tag == "ins" else "--"
        return [Piece("{" + sign + prefix, markup=True), *pieces, Piece(sign + "}", markup=True)]
    if node.tag == "mark" and "critic" in classes:
        return [Piece("{==", markup=True), *pieces, Piece("==}", markup=True)]
    if node.tag == "span" and "critic-comment" in classes:
        text = _SPACE.sub(" ", node.text_content()).strip()
        return [Piece("{>>" + prefix + text + "<<}", markup=True)]
    return pieces


def _paragraph_text(pieces: list[Piece], *, keep_bold: bool = True) -> str:
    if not keep_bold:
        pieces = [Piece(p.text, italic=p.italic, markup=p.markup) for p in pieces]
    text = render_pieces(pieces)
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split(HARD_BREAK)]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return HARD_BREAK.join(escape_line_start(line) for line in lines)


def _list(node: Node, ordered: bool) -> list[Block]:
    number = int(node.attrs.get("start", "1")) if node.attrs.get("start", "").isdigit() else 1
    items: list[Block] = []
    kind_of_list = f"item:{id(node)}"  # items of one list are tight; two lists are apart
    for child in node.children:
        if child.tag in _DROPPED or (child.tag and _hidden(child)):
            continue
        if child.tag in ("ul", "ol"):  # a list directly inside a list: nest it
            items.extend((kind_of_list, _indent(text)) for _, text in _blocks(child))
            continue
        if child.tag != "li":
            child = Node("li", children=[child])  # stray content in a list is an item too
            if not child.text_content().strip():
                continue
        marker = f"{number}." if ordered else "-"
        number += 1
        inner = _blocks(child) or [("paragraph", "")]
        text = f"{marker} {_indent(inner[0][1]).lstrip()}".rstrip()
        for kind, block in inner[1:]:  # nested lists stay tight, further paragraphs do not
            text += ("\n" if kind.startswith("item") else "\n\n") + _indent(block)
        items.append((kind_of_list, text))
    return items


def _indent(text: str) -> str:
    return "\n".join(("    " + line) if line.strip() else line for line in text.split("\n"))


def _table(node: Node) -> Block | None:
    rows: list[list[str]] = []
    trs = _descend(node, "tr", stop={"table"})
    stray = Node("tr", children=_outside_rows(node))
    if stray.text_content().strip():
        trs.append(stray)  # text outside any row still belongs to the table
    for tr in trs:
        cells = []
        for cell in tr.children:
            if cell.tag not in ("td", "th"):
                if not cell.text_content().strip() or cell.tag in _DROPPED:
                    continue
                cell = Node("td", children=[cell])
            text = "<br>".join(t for _, t in _blocks(cell)).replace(HARD_BREAK, "<br>")
            text = text.replace("\n", " ").replace("|", "\\|")
            span = cell.attrs.get("colspan", "1")
            cells.extend([text] + [""] * (int(span) - 1 if span.isdigit() else 0))
        if cells:
            rows.append(cells)
    if not rows:
        return None
    return ("table", gfm_table(rows, _alignment(trs[0]) if trs else None))


def _code_language(pre: Node) -> str:
    """The language a ``<pre>`` (or its ``<code>``) names: class "language-python" (python-
    markdown, pandoc's "sourceCode python", highlight.js); "" when none."""
    for node in (pre, *(child for child in pre.children if child.tag == "code")):
        names = node.attrs.get("class", "").split()
        for name in names:
            if name.startswith(("language-", "lang-")):
                language = name.split("-", 1)[1]
                return language if _LANGUAGE.fullmatch(language) else ""
        if "sourceCode" in names:  # pandoc: class="sourceCode python"
            others = [name for name in names if name != "sourceCode"]
            return others[0] if others and _LANGUAGE.fullmatch(others[0]) else ""
    return ""


def _alignment(row: Node) -> list[str]:
    """Each column's alignment from the first row's cells (style, or the old align)."""
    sides = []
    for cell in row.children:
        if cell.tag not in ("td", "th"):
            continue
        match = _ALIGN.search(cell.style())
        side = match.group(1) if match else cell.attrs.get("align", "").lower()
        side = _SIDES.get(side, side)
        span = cell.attrs.get("colspan", "1")
        count = int(span) if span.isdigit() else 1
        sides.extend([side if side in ("start", "end", "center") else ""] * count)
    return sides


def _outside_rows(node: Node) -> list[Node]:
    """Content of a table, or of its row groups, that sits outside any row."""
    found = []
    for child in node.children:
        if child.tag in ("thead", "tbody", "tfoot"):
            found.extend(_outside_rows(child))
        elif child.tag not in ("tr", "caption", "colgroup"):
            found.append(child)
    return found


def _descend(node: Node, tag: str, stop: set[str]) -> list[Node]:
    found = []
    for child in node.children:
        if child.tag == tag:
            found.append(child)
        elif child.tag and child.tag not in stop:
            found.extend(_descend(child, tag, stop))
    return found


def _word_list_item(node: Node) -> Block | None:
    """A Word clipboard paragraph styled "mso-list:l0 level2": a list item, not a paragraph."""
    level = _MSO_LEVEL.search(node.style())
    if level is None:
        return None
    ignored = next((n for n in _walk(node) if "mso-list:ignore" in n.style()), None)
    label = ignored.text_content().strip() if ignored is not None else ""
    marker = "1." if re.match(r"^\w{1,3}[.)]$", label) else "-"
    text = _paragraph_text(_inline(node))
    return ("item:word", "    " * (int(level.group(1)) - 1) + f"{marker} {text}")


def _walk(node: Node) -> list[Node]:
    return [node] + [n for child in node.children for n in _walk(child)]


def _blocks(node: Node) -> list[Block]:
    blocks: list[Block] = []
    pending: list[Piece] = []

    def flush() -> None:
        text = _paragraph_text(pending)
        if text:
            blocks.append(("paragraph", text))
        pending.clear()

    for child in node.children:
        tag = child.tag
        if tag in _DROPPED or (tag and _hidden(child)):
            continue
        if not tag or tag not in _BLOCKS:
            pending.extend(_inline(child))
            continue
        flush()
        heading = _HEADING.match(tag)
        if heading:
            text = _paragraph_text(_inline(child), keep_bold=False).replace(HARD_BREAK, " ")
            if text:
                blocks.append(("heading", "#" * int(heading.group(1)) + " " + text))
        elif tag in ("ul", "ol"):
            blocks.extend(_list(child, ordered=tag == "ol"))
        elif tag == "blockquote":
            inner = _join(_blocks(child)).strip("\n")
            if inner:
                blocks.append(
                    ("quote", "\n".join(f"> {line}".rstrip() for line in inner.split("\n")))
                )
        elif tag == "pre":
            code = child.text_content().strip("\n")
            blocks.append(("code", fenced_code(code, _code_language(child))))
        elif tag == "table":
            table = _table(child)
            if table:
                blocks.append(table)
        elif tag == "hr":
            blocks.append(("rule", "* * *"))
        elif tag == "p" and (item := _word_list_item(child)) is not None:
            blocks.append(item)
        else:
            blocks.extend(_blocks(child))
    flush()
    return blocks


def html_to_markdown(
    html: str, *, local_images: bool = False, embedded: EmbeddedPictures | None = None
) -> str:
    """Markdown for an HTML fragment or page (see the module docstring); "" when it is empty.

    Pictures with a web address are kept; with ``local_images`` (an HTML file imported from
    its folder), relative addresses too, and with ``embedded`` the pictures embedded in the
    page are saved as files; other pictures leave only their description."""
    return node_to_markdown(parse_html(html), local_images=local_images, embedded=embedded)


def node_to_markdown(
    root: Node, *, local_images: bool = False, embedded: EmbeddedPictures | None = None
) -> str:
    """Markdown for a parsed tree (its notes sections are taken out of it)."""
    notes: list[Node] = []
    _take_notes(root, notes, _anchors(root))
    numbers: dict[str, int] = {}
    for item in notes:
        numbers.setdefault(item.attrs["id"], len(numbers) + 1)
    token = _context.set(_Context(numbers, local_images, embedded))
    try:
        blocks = _blocks(root)
        definitions = [_definition(numbers[item.attrs["id"]], item) for item in notes]
    finally:
        _context.reset(token)
    text = _join(blocks)
    if "}{" in text:  # a replacement is a deletion and an insertion side by side
        text = substitutions(text)
    notes_text = "\n\n".join(d for d in definitions if d)
    if notes_text:
        text = (text + "\n" if text else "") + notes_text + "\n"
    return text


def _definition(number: int, item: Node) -> str:
    """``[^n]: first block`` and the note's further blocks indented under it."""
    body = _join(_blocks(item)).strip("\n")
    if not body:
        return ""
    first, _, rest = body.partition("\n")
    lines = [f"[^{number}]: {first}"]
    if rest:
        lines.extend(("    " + line) if line.strip() else "" for line in rest.split("\n"))
    return "\n".join(lines)


def _destination(url: str) -> str:
    if re.search(r"[\s()<>]", url):
        return "<" + url.replace("<", "%3C").replace(">", "%3E") + ">"
    return url


def _join(blocks: list[Block]) -> str:
    parts: list[str] = []
    for index, (kind, text) in enumerate(blocks):
        if index:
            tight = kind.startswith("item") and blocks[index - 1][0] == kind
            parts.append("\n" if tight else "\n\n")
        parts.append(text)
    text = "".join(parts).strip("\n")
    return text + "\n" if text else ""
