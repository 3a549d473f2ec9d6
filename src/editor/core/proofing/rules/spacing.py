"""Typography rules about spaces: around punctuation, doubled, no-break, inside brackets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..markdown_mask import MASK
from ..normalize import ARABIC_LETTERS
from .base import ARABIC_CHAR, BlockContext, Hit, Rule

_SPACE = "[ \\t\u00a0\u202f]"
_ARABIC_PUNCT_AFTER = "،؛؟!.:"
_LATIN_TO_ARABIC = {",": "،", ";": "؛", "?": "؟"}
_PUNCTUATION = set("،؛,;.:!?؟…")

_SPACE_BEFORE = re.compile(rf"(?<=[^\s]){_SPACE}+([،؛؟:!,;?.])(?![A-Za-z0-9.])")
_MISSING_AFTER = re.compile(rf"(?:(?<=[{ARABIC_CHAR}][{ARABIC_CHAR}])|(?<=[\")\]»”]))"
                            rf"([{_ARABIC_PUNCT_AFTER}])(?=[{ARABIC_LETTERS}«(“]|\"[{ARABIC_LETTERS}])")
_MISSING_AROUND_BRACKETS = re.compile(
    rf"(?<=[)\]»”])(?=[{ARABIC_LETTERS}])|(?<=[{ARABIC_CHAR}]{{2}})(?=[(«“])")
# Clitics written straight onto a quote or bracket: بـ«النص» / ب«النص» / و(أ).
_CLITICS = frozenset({"ب", "ل", "ك", "و", "ف", "ال", "وال", "بال", "لل", "فال", "وب", "ول", "فب"})
_LATIN_PUNCT = re.compile(rf"(?:[{ARABIC_CHAR}][)»”]?|([0-9٠-٩])){_SPACE}*([,;?])")
_ARABIC_LETTER = re.compile(f"[{ARABIC_LETTERS}]")
_ARABIC_CHAR = re.compile(f"[{ARABIC_CHAR}]")
_ARABIC_AHEAD = re.compile(rf"{_SPACE}*[{ARABIC_LETTERS}]")
_DOUBLE_SPACE = re.compile(rf"(?<=\S){_SPACE}{{2,}}(?=[^\s،؛؟:!,;?.)\]}}»”])")
_NBSP = re.compile("[\u00a0\u202f]")
_AFTER_OPENING = re.compile(rf"([(\[{{«“]){_SPACE}+(?=[^\s)\]}}»”])")
_BEFORE_CLOSING = re.compile(rf"(?<=[^\s(\[{{«“]){_SPACE}+([)\]}}»”])")


def _space_before(ctx: BlockContext) -> Iterator[Hit]:
    for match in _SPACE_BEFORE.finditer(ctx.masked):
        punct = match.group(1)
        if punct == "." and ctx.masked.startswith("..", match.start(1)):
            continue  # " ..." opens a trailing-off, handled as an ellipsis
        glued = _ARABIC_LETTER.match(ctx.masked[match.end():match.end() + 1])
        # " ،وهذا": the space belongs after the mark, not before it
        yield Hit(match.start(), match.end(), (punct + " " if glued else punct,), True)


def _missing_after(ctx: BlockContext) -> Iterator[Hit]:
    text = ctx.masked
    for match in _MISSING_AFTER.finditer(text):
        punct = match.group(1)
        yield Hit(match.start(), match.end(), (punct + " ",), True)
    for match in _MISSING_AROUND_BRACKETS.finditer(text):
        position = match.start()
        if text[position - 1] in ")]»”":  # a closing mark glued to the next word
            yield Hit(position - 1, position, (text[position - 1] + " ",), True)
            continue
        word_start = position
        while word_start > 0 and _ARABIC_CHAR.match(text[word_start - 1]):
            word_start -= 1
        if text[word_start:position].replace("\u0640", "") not in _CLITICS:  # word glued to "("
            yield Hit(position, position + 1, (" " + text[position],), True)


def _latin_punctuation(ctx: BlockContext) -> Iterator[Hit]:
    for match in _LATIN_PUNCT.finditer(ctx.masked):
        start = match.start(2)
        following = ctx.masked[start + 1:start + 2]
        if match.group(1) and not _ARABIC_AHEAD.match(ctx.masked, start + 1):
            continue  # after a number, only when Arabic text follows (not 1,000 or 3, 4)
        if following in _PUNCTUATION or ctx.masked[start - 1:start] in _PUNCTUATION:
            continue  # part of a run of marks: the doubled-punctuation rule reports it
        if following.isdigit() or (following.isascii() and following.isalpha()):
            continue  # "،" never sits inside a number or a Latin phrase
        fix = _LATIN_TO_ARABIC[match.group(2)]
        if following and _ARABIC_LETTER.match(following):
            fix += " "
        yield Hit(start, start + 1, (fix,), True)


def _double_space(ctx: BlockContext) -> Iterator[Hit]:
    for match in _DOUBLE_SPACE.finditer(ctx.masked):
        yield Hit(match.start(), match.end(), (" ",), True)


def _no_break_space(ctx: BlockContext) -> Iterator[Hit]:
    text = ctx.masked
    for match in _NBSP.finditer(text):
        start = match.start()
        if start > 0 and text[start - 1] in " \t\u00a0\u202f":
            continue  # part of a run of spaces: the double-space rule reports it
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if not line.strip():
            yield Hit(start, start + 1, ("",), False)
            continue
        before, after = text[start - 1:start], text[start + 1:start + 2]
        between_letters = bool(_ARABIC_CHAR.match(before or "x")) and bool(
            _ARABIC_CHAR.match(after or "x"))
        # A no-break space between a number and its unit is deliberate typesetting.
        yield Hit(start, start + 1, (" ",), between_letters)


def _inside_brackets(ctx: BlockContext) -> Iterator[Hit]:
    for match in _AFTER_OPENING.finditer(ctx.masked):
        yield Hit(match.start(), match.end(), (match.group(1),), True)
    for match in _BEFORE_CLOSING.finditer(ctx.masked):
        if MASK in ctx.masked[match.start() - 1:match.start()]:
            continue
        yield Hit(match.start(), match.end(), (match.group(1),), True)


RULES = [
    Rule("space-before-punctuation", "typography", "No space before a punctuation mark.",
         "لا مسافة قبل علامة الترقيم.", _space_before, example="المقبل ، → المقبل،"),
    Rule("missing-space-after-punctuation", "typography",
         "A space is needed after a punctuation mark (or outside a bracket or quote).",
         "تلزم مسافة بعد علامة الترقيم (أو خارج القوس وعلامة التنصيص).",
         _missing_after, example="الماضي.وقال → الماضي. وقال"),
    Rule("latin-punctuation", "typography",
         "Use the Arabic punctuation mark (، ؛ ؟) in Arabic text.",
         "استخدم علامة الترقيم العربية (، ؛ ؟) في النص العربي.", _latin_punctuation,
         example="المدينة, → المدينة،"),
    Rule("double-space", "typography", "More than one space between words.",
         "أكثر من مسافة بين الكلمتين.", _double_space, example="في  الربيع → في الربيع"),
    Rule("no-break-space", "typography", "A no-break space where an ordinary space is expected.",
         "مسافة غير منقسمة في موضع المسافة العادية.", _no_break_space),
    Rule("space-inside-brackets", "typography", "No space just inside brackets or quotes.",
         "لا مسافة بعد القوس أو علامة التنصيص الفاتحة ولا قبل الغالقة.", _inside_brackets,
         example="( نحو ١٢ ) → (نحو ١٢)"),
]
