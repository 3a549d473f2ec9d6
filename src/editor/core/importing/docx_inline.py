"""The inside of a Word paragraph as inline Markdown: runs, emphasis, links, fields, notes.

Bold and italic count in both their forms: w:b/w:i and the complex-script w:bCs/w:iCs that
Arabic Word sets for right-to-left runs (w:rtl), directly or through a character style.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from lxml import etree

from ..review import attribution
from .markdown_text import HARD_BREAK, Piece, link, render_pieces

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MONOSPACE_FONTS = {
    "courier new",
    "courier",
    "consolas",
    "menlo",
    "monaco",
    "lucida console",
    "source code pro",
    "dejavu sans mono",
    "liberation mono",
    "cascadia code",
}


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_OFF = {"0", "false", "off", "none"}
_ISOLATES = "\u2066\u2067\u2068\u2069"
# Code, a link, a URL or left-to-right text between LRI and PDI, as an exporter isolates them.
_ISOLATED_CODE_OR_URL = re.compile(
    "\u2066((?:`|\\[|https?://|ftp://|www\\.)[^\u2066-\u2069\n]*"
    "|[^\u2066-\u2069\n\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]*)\u2069"
)
_SPACE_AFTER_BREAK = re.compile(r" *\n[ \t]+")
# Containers whose children are read as if they were in the paragraph itself.
_TRANSPARENT = {
    w(t) for t in ("smartTag", "customXml", "sdt", "sdtContent", "dir", "bdo", "moveTo")
}
_SKIPPED = {
    w(t)
    for t in (
        "moveFrom",
        "pPr",
        "proofErr",
        "bookmarkStart",
        "bookmarkEnd",
        "sdtPr",
        "sdtEndPr",
    )
}
# Tag names of the run loop, computed once (it runs for every run of the document).
_BR = w("br")
_INS = w("ins")
_DEL = w("del")
_DELTEXT = w("delText")
_COMMENT_START = w("commentRangeStart")
_COMMENT_END = w("commentRangeEnd")
_COMMENTREFERENCE = w("commentReference")
_CHAR = w("char")
_CR = w("cr")
_DRAWING = w("drawing")
_ENDNOTEREFERENCE = w("endnoteReference")
_FLDCHAR = w("fldChar")
_FLDCHARTYPE = w("fldCharType")
_FOOTNOTEREFERENCE = w("footnoteReference")
_INSTRTEXT = w("instrText")
_NOBREAKHYPHEN = w("noBreakHyphen")
_OBJECT = w("object")
_PICT = w("pict")
_SYM = w("sym")
_T = w("t")
_TAB = w("tab")
_TYPE = w("type")
_VML_HR = "{urn:schemas-microsoft-com:office:office}hr"


def toggle(props: etree._Element | None, *tags: str) -> bool | None:
    """The value of on/off properties (w:b, w:bCs…) in ``props``: None when none is set."""
    if props is None:
        return None
    values = []
    for tag in tags:
        element = props.find(w(tag))
        if element is not None:
            values.append(element.get(w("val"), "true").lower() not in _OFF)
    return any(values) if values else None


@dataclass
class InlineContext:
    """What inline conversion needs from the document."""

    char_style: Callable[[str], tuple[bool, bool, bool]]  # style id → (bold, italic, code)
    hyperlink: Callable[[str, str], str | None]  # (relationship id, anchor) → URL
    note_label: Callable[[str, str], str]  # ("footnote"/"endnote", id) → Markdown label
    images: list[str] = field(default_factory=list)  # alt texts of pictures left out
    # Text boxes met in the paragraph being read; the caller places their text after it.
    text_boxes: list[etree._Element] = field(default_factory=list)
    # Tracked changes and comments, as CriticMarkup (core/review.py): the document's comments
    # by id (author, date, text), the revision being read (its opening and closing marks),
    # the comment ranges open in this paragraph and the comments already placed.
    comments: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    revision: tuple[str, str] | None = None
    open_comments: list[str] = field(default_factory=list)
    placed_comments: set[str] = field(default_factory=set)
    revisions: int = 0  # how many tracked changes were read


@dataclass
class _Field:
    instruction: str = ""
    in_result: bool = False
    pieces: list[Piece] = field(default_factory=list)


def _run_format(run: etree._Element, ctx: InlineContext) -> tuple[bool, bool, bool]:
    props = run.find(w("rPr"))
    bold = toggle(props, "b", "bCs")
    italic = toggle(props, "i", "iCs")
    fonts = props.find(w("rFonts")) if props is not None else None
    code = fonts is not None and (fonts.get(w("ascii")) or "").lower() in MONOSPACE_FONTS
    style = props.find(w("rStyle")) if props is not None else None
    if style is not None:
        style_bold, style_italic, style_code = ctx.char_style(style.get(w("val"), ""))
        bold = style_bold if bold is None else bold
        italic = style_italic if italic is None else italic
        code = code or style_code
    return bool(bold), bool(italic), code


def is_vml_rule(element: etree._Element) -> bool:
    """A horizontal line drawn as a VML shape (pandoc and old Word write ``o:hr="t"``)."""
    return any(e.get(_VML_HR) == "t" for e in element.iter())


def _objects(element: etree._Element, ctx: InlineContext) -> None:
    """A picture, shape or text box in a run: note the picture, keep the text box for later."""
    if is_vml_rule(element):
        return  # no picture: the paragraph is a horizontal rule
    box = next(element.iter(w("txbxContent")), None)
    if box is not None:
        ctx.text_boxes.append(box)
        return
    descriptions = [
        e.get("descr") or e.get("title") or ""
        for e in element.iter()
        if e.get("descr") is not None or e.get("title") is not None
    ]
    ctx.images.append(next((d for d in descriptions if d), ""))


def _run_pieces(run: etree._Element, ctx: InlineContext) -> Iterator[Piece | str]:
    """Pieces of a run; field characters come out as the strings "begin"/"separate"/"end"."""
    bold, italic, code = _run_format(run, ctx)
    for child in run:
        tag = child.tag
        if tag in (_T, _DELTEXT):
            text = child.text or ""
            if text and not text.strip(_ISOLATES):
                continue  # a run of only isolate marks: how exporters keep code and URLs whole
            yield Piece(text, bold, italic, code=code)
        elif tag == _TAB:
            yield Piece("\t", bold, italic)
        elif tag in (_BR, _CR):
            if child.get(_TYPE) not in ("page", "column"):
                yield Piece(HARD_BREAK, markup=True)
        elif tag == _NOBREAKHYPHEN:
            yield Piece("\u2011", bold, italic)
        elif tag == _SYM:
            codepoint = int(child.get(_CHAR, "0"), 16)
            if codepoint and not 0xF000 <= codepoint <= 0xF0FF:  # symbol fonts: no Unicode
                yield Piece(chr(codepoint), bold, italic)
        elif tag == _FLDCHAR:
            yield child.get(_FLDCHARTYPE, "")
        elif tag == _COMMENTREFERENCE:
            yield "comment:" + child.get(w("id"), "")
        elif tag == _INSTRTEXT:
            yield "instr:" + (child.text or "")
        elif tag in (_FOOTNOTEREFERENCE, _ENDNOTEREFERENCE):
            kind = "footnote" if tag == _FOOTNOTEREFERENCE else "endnote"
            yield Piece(f"[^{ctx.note_label(kind, child.get(w('id'), ''))}]", markup=True)
        elif tag in (_DRAWING, _PICT, _OBJECT):
            _objects(child, ctx)
        elif tag == f"{{{MC}}}AlternateContent":
            # The same object twice (for new and old Word): read the first choice only.
            choice = next(iter(child), None)
            if choice is not None:
                _objects(choice, ctx)


def _field_url(instruction: str) -> str | None:
    parts = instruction.strip().split('"')
    if instruction.strip().upper().startswith("HYPERLINK") and len(parts) >= 2:
        return parts[1]
    return None


def _close_field(fld: _Field) -> list[Piece]:
    url = _field_url(fld.instruction)
    if url:
        return [Piece(link(render_pieces(fld.pieces), url), markup=True)]
    return fld.pieces


# A w:date worth keeping: LibreOffice writes "0-00-00T00:00:00Z" (or the epoch) for none.
_REAL_DATE = re.compile(r"[1-9]\d{3}-\d\d-\d\dT\d\d:\d\d.*")


def word_time(value: str | None) -> str:
    value = (value or "").strip()
    if not _REAL_DATE.fullmatch(value) or value.startswith("1970-01-01T00:00:00"):
        return ""
    return value


def comment_mark(ctx: InlineContext, comment_id: str) -> str:
    author, date, text = ctx.comments.get(comment_id, ("", "", ""))
    return "{>>" + attribution(author, word_time(date)) + text + "<<}"


# A deletion right after an insertion by the same person at the same time is a replacement,
# as Word and LibreOffice record one (and Midad writes a substitution).
_DELETION_INSERTION = re.compile(
    r"\{--((?:\{[^{}\n]*\}@@)?)((?:(?!--\}|~>|\{).)*)--\}\{\+\+\1((?:(?!\+\+\}|~~\}|\{).)*)\+\+\}",
    re.S,
)


# Two deletions (or insertions) side by side by the same author at the same time are one:
# LibreOffice splits a change where the script of its runs changes.
_ADJACENT = {
    kind: re.compile(
        rf"\{{{mark}((?:\{{[^{{}}\n]*\}}@@)?)((?:(?!{mark}\}}|\{{).)*){mark}\}}"
        rf"\{{{mark}\1((?:(?!{mark}\}}|\{{).)*){mark}\}}",
        re.S,
    )
    for kind, mark in (("delete", "--"), ("insert", r"\+\+"))
}


# A link whose whole text is a change: the change holds the link (Word puts w:ins inside
# w:hyperlink, never around it), so it joins the changes beside it.
_CHANGED_LINK = re.compile(
    r"\[\{(\+\+|--)((?:\{[^{}\n]*\}@@)?)((?:(?!\+\+\}|--\}|\{|\]).)*)(?:\+\+|--)\}\]"
    r"(\((?:[^()\s]|\([^()\s]*\))*\))"
)


def substitutions(text: str) -> str:
    """Adjacent changes of one kind, author and time joined; ``{--old--}{++new++}`` by the
    same author at the same time as ``{~~old~>new~~}``."""
    if "[{" in text:
        text = _CHANGED_LINK.sub(lambda m: f"{{{m[1]}{m[2]}[{m[3]}]{m[4]}{m[1]}}}", text)
    if "}{" not in text:
        return text
    for marks, pattern in (("--}{--", _ADJACENT["delete"]), ("++}{++", _ADJACENT["insert"])):
        while marks in text:
            joined = pattern.sub(
                lambda m: m.group(0)[:3] + m.group(1) + m.group(2) + m.group(3) + m.group(0)[-3:],
                text,
            )
            if joined == text:
                break
            text = joined
    if "--}{++" not in text:
        return text
    return _DELETION_INSERTION.sub(r"{~~\1\2~>\3~~}", text)


def inline_pieces(element: etree._Element, ctx: InlineContext, top: bool = True) -> list[Piece]:
    """Pieces of a paragraph (or any run container), fields and links resolved; tracked
    changes and comments as CriticMarkup. ``top``: ``element`` is the paragraph itself (a
    comment range still open at its end is closed there)."""
    out: list[Piece] = []
    fields: list[_Field] = []

    def target() -> list[Piece] | None:
        if fields:
            return fields[-1].pieces if fields[-1].in_result else None
        return out

    def emit(piece: Piece) -> None:
        pieces = target()
        if pieces is not None:
            pieces.append(piece)

    def markup(text: str) -> None:
        emit(Piece(text, markup=True))

    def around_revision(text: str) -> None:
        """Marks cannot nest in a revision: close it, write ``text``, open it again."""
        if ctx.revision is not None:
            markup(ctx.revision[1])
        markup(text)
        if ctx.revision is not None:
            markup(ctx.revision[0])

    def revision(child: etree._Element) -> None:
        inserted = child.tag == _INS
        opening = ("{++" if inserted else "{--") + attribution(
            child.get(w("author"), "").strip(), word_time(child.get(w("date")))
        )
        closing = "++}" if inserted else "--}"
        outer = ctx.revision
        if outer is not None:  # a deletion inside an insertion: one after the other
            markup(outer[1])
        ctx.revision = (opening, closing)
        markup(opening)
        pieces = target()
        before = len(pieces) if pieces is not None else 0
        walk(child)
        pieces = target()
        if pieces is not None and len(pieces) == before and pieces and pieces[-1].text == opening:
            pieces.pop()  # nothing in it (a paragraph mark's revision): no empty mark
        else:
            markup(closing)
            ctx.revisions += 1
        ctx.revision = outer
        if outer is not None:
            markup(outer[0])

    def close_comment(comment_id: str) -> None:
        ctx.open_comments.remove(comment_id)
        pieces = target()
        if ctx.revision is None and pieces and pieces[-1].text == "{==":
            pieces.pop()  # an empty range: a comment on a point
            markup(comment_mark(ctx, comment_id))
            return
        around_revision("==}" + comment_mark(ctx, comment_id))

    def walk(parent: etree._Element) -> None:
        for child in parent:
            if child.tag in _SKIPPED:
                continue
            if child.tag == w("r"):
                for item in _run_pieces(child, ctx):
                    if isinstance(item, Piece):
                        emit(item)
                    elif item == "begin":
                        fields.append(_Field())
                    elif item.startswith("instr:") and fields and not fields[-1].in_result:
                        fields[-1].instruction += item[6:]
                    elif item == "separate" and fields:
                        fields[-1].in_result = True
                    elif item == "end" and fields:
                        for piece in _close_field(fields.pop()):
                            emit(piece)
                    elif item.startswith("comment:"):
                        comment_id = item[8:]
                        if comment_id in ctx.comments and comment_id not in ctx.placed_comments:
                            ctx.placed_comments.add(comment_id)  # a comment on a point
                            around_revision(comment_mark(ctx, comment_id))
            elif child.tag in (_INS, _DEL):
                revision(child)
            elif child.tag == _COMMENT_START:
                comment_id = child.get(w("id"), "")
                if comment_id in ctx.comments and comment_id not in ctx.placed_comments:
                    ctx.placed_comments.add(comment_id)
                    ctx.open_comments.append(comment_id)
                    around_revision("{==")
            elif child.tag == _COMMENT_END:
                comment_id = child.get(w("id"), "")
                if comment_id in ctx.open_comments:
                    close_comment(comment_id)
            elif child.tag == w("hyperlink"):
                inner = inline_pieces(child, ctx, top=False)
                url = ctx.hyperlink(child.get(f"{{{R}}}id", ""), child.get(w("anchor"), ""))
                if url:
                    emit(Piece(link(render_pieces(inner), url), markup=True))
                else:
                    for piece in inner:
                        emit(piece)
            elif child.tag == w("fldSimple"):
                inner_field = _Field(
                    child.get(w("instr"), ""), True, inline_pieces(child, ctx, top=False)
                )
                for piece in _close_field(inner_field):
                    emit(piece)
            elif child.tag in _TRANSPARENT:
                walk(child)

    walk(element)
    while fields:  # an unterminated field: keep whatever it showed
        out.extend(fields.pop(0).pieces)
    if top:
        # A comment whose range runs on into later paragraphs ends with this one: a mark
        # never spans paragraphs in the article (its end further on is then ignored).
        for comment_id in list(ctx.open_comments):
            close_comment(comment_id)
    return out


def inline_markdown(element: etree._Element, ctx: InlineContext) -> str:
    # Spaces after a line break would indent the next line (and mean nothing in Markdown).
    text = _SPACE_AFTER_BREAK.sub(HARD_BREAK, render_pieces(inline_pieces(element, ctx)))
    text = substitutions(text)
    if "\u2066" in text:  # isolates an editor merged into the text around code, URLs…
        text = _ISOLATED_CODE_OR_URL.sub(r"\1", text)
    # A break at the very start or end of a paragraph means nothing in Markdown.
    while text.endswith(HARD_BREAK):
        text = text[: -len(HARD_BREAK)]
    while text.startswith(HARD_BREAK):
        text = text[len(HARD_BREAK) :]
    return text
