"""Typography rules about spaces: around punctuation, doubled, no-break, inside brackets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..markdown_mask import MASK
from ..normalize import ARABIC_LETTERS
from .base import ARABIC_CHAR, BlockContext, Hit, Rule
from .quotes import CLOSE, OPEN, SHAPELESS, QuoteReading, after_clitic, quote_reading

_SPACE = "[ \\t\u00a0\u202f]"
_ARABIC_PUNCT_AFTER = "،؛؟!.:"
_LATIN_TO_ARABIC = {",": "،", ";": "؛", "?": "؟"}
_PUNCTUATION = set("،؛,;.:!?؟…")

_SPACE_BEFORE = re.compile(rf"(?<=[^\s]){_SPACE}+([،؛؟:!,;?.])(?![A-Za-z0-9.])")
_MISSING_AFTER = re.compile(
    rf"(?:(?<=[{ARABIC_CHAR}][{ARABIC_CHAR}])|(?<=[\")\]»”]))"
    rf"([{_ARABIC_PUNCT_AFTER}])(?=[{ARABIC_LETTERS}«(“]|\"[{ARABIC_LETTERS}])"
)
_MISSING_AROUND_BRACKETS = re.compile(
    rf"(?P<after>(?<=[)\]»{SHAPELESS}])(?=[{ARABIC_LETTERS}]))"
    rf"|(?<=[{ARABIC_CHAR}]{{2}})(?=[(«{SHAPELESS}])"
)
# Clitics written straight onto a quote or bracket: بـ«النص» / ب«النص» / و(أ).
_CLITICS = frozenset({"ب", "ل", "ك", "و", "ف", "ال", "وال", "بال", "لل", "فال", "وب", "ول", "فب"})
_LATIN_PUNCT = re.compile(rf"(?:[{ARABIC_CHAR}][)»”]?|([0-9٠-٩])){_SPACE}*([,;?])")
_ARABIC_LETTER = re.compile(f"[{ARABIC_LETTERS}]")
_ARABIC_CHAR = re.compile(f"[{ARABIC_CHAR}]")
_ARABIC_AHEAD = re.compile(rf"{_SPACE}*[{ARABIC_LETTERS}]")
# A Latin letter, spaces, a Latin , ; ? then spaces and an Arabic letter (not a run of marks).
_AFTER_LATIN_WORD = re.compile(rf"[A-Za-z]{_SPACE}*([,;?]){_SPACE}*(?=[{ARABIC_LETTERS}])")
_DOUBLE_SPACE = re.compile(rf"(?<=\S){_SPACE}{{2,}}(?=[^\s،؛؟:!,;?.)\]}}»”])")
_NBSP = re.compile("[\u00a0\u202f]")
_AFTER_OPENING = re.compile(rf"([(\[{{«{SHAPELESS}]){_SPACE}+(?=[^\s)\]}}»{SHAPELESS}])")
_BEFORE_CLOSING = re.compile(rf"(?<=[^\s(\[{{«{SHAPELESS}]){_SPACE}+([)\]}}»{SHAPELESS}])")


def _space_before(ctx: BlockContext) -> Iterator[Hit]:
    for match in _SPACE_BEFORE.finditer(ctx.masked):
        punct = match.group(1)
        if punct == "." and ctx.masked.startswith("..", match.start(1)):
            continue  # " ..." opens a trailing-off, handled as an ellipsis
        if _AFTER_LATIN_WORD.match(ctx.masked, max(0, match.start() - 1)):
            continue  # "Python ,وهي": the latin-punctuation rule fixes mark and spaces at once
        if ctx.masked[match.start() - 1] in _PUNCTUATION:
            continue  # "، ؛": two marks apart; joining them would only make another problem
        glued = _ARABIC_LETTER.match(ctx.masked[match.end() : match.end() + 1])
        if punct in _LATIN_TO_ARABIC and _ARABIC_CHAR.match(ctx.masked[match.start() - 1]):
            punct = _LATIN_TO_ARABIC[punct]  # "ليفربول , و": the Arabic mark, in one fix
        # " ،وهذا": the space belongs after the mark, not before it
        yield Hit(match.start(), match.end(), (punct + " " if glued else punct,), True)


def _missing_after(ctx: BlockContext) -> Iterator[Hit]:
    text = ctx.masked
    for match in _MISSING_AFTER.finditer(text):
        punct = match.group(1)
        yield Hit(match.start(), match.end(), (punct + " ",), True)
    quotes = quote_reading(ctx)
    for match in _MISSING_AROUND_BRACKETS.finditer(text):
        position = match.start()
        if match.group("after") is not None:
            mark = text[position - 1]
            if mark in SHAPELESS and quotes.role(position - 1) != CLOSE:
                continue  # an opening mark before its word, or a side nobody can tell
            before = text[position - 2 : position - 1] or " "
            if mark in ")]»" and (
                after_clitic(text, position - 1)
                or (not _ARABIC_CHAR.match(before) and before not in '.!؟?…»)]"”“')
            ):
                continue  # " »كلمة", "و»كلمة": a closing mark where an opening one belongs
            # a closing mark glued to the next word; a quotation mark only when it surely closes
            yield Hit(position - 1, position, (mark + " ",), _sure_side(text, mark, quotes))
            continue
        mark = text[position]
        if mark in SHAPELESS and quotes.role(position) != OPEN:
            continue  # a closing mark between two words is the other side's business
        if mark in "(«" and not _ARABIC_CHAR.match(text[position + 1 : position + 2] or " "):
            continue  # "كلمة« ": an opening mark written where a closing one belongs
        word_start = position
        while word_start > 0 and _ARABIC_CHAR.match(text[word_start - 1]):
            word_start -= 1
        if text[word_start:position].replace("\u0640", "") not in _CLITICS:  # word glued to "("
            yield Hit(position, position + 1, (" " + mark,), _sure_side(text, mark, quotes))


def _latin_punctuation(ctx: BlockContext) -> Iterator[Hit]:
    yield from _latin_word_punctuation(ctx)
    for match in _LATIN_PUNCT.finditer(ctx.masked):
        start = match.start(2)
        if ctx.masked[start - 1] in " \t\u00a0\u202f" and _ARABIC_CHAR.match(
            ctx.masked[match.start()]
        ):
            continue  # "كلمة ,": the space-before rule puts the Arabic mark in its place
        following = ctx.masked[start + 1 : start + 2]
        if match.group(1) and not _ARABIC_AHEAD.match(ctx.masked, start + 1):
            continue  # after a number, only when Arabic text follows (not 1,000 or 3, 4)
        if following in _PUNCTUATION or ctx.masked[start - 1 : start] in _PUNCTUATION:
            continue  # part of a run of marks: the doubled-punctuation rule reports it
        if following.isdigit() or (following.isascii() and following.isalpha()):
            continue  # "،" never sits inside a number or a Latin phrase
        fix = _LATIN_TO_ARABIC[match.group(2)]
        if following and _ARABIC_LETTER.match(following):
            fix += " "
        yield Hit(start, start + 1, (fix,), True)


def _sure_side(text: str, mark: str, quotes: QuoteReading) -> bool:
    """Whether a mark's side is certain: quotation marks that pair up with no doubt, and
    guillemets or brackets only as many opening as closing in the block."""
    if mark in SHAPELESS or not quotes.sure:
        return quotes.sure
    pairs = {"«": "»", "»": "«", "(": ")", ")": "(", "[": "]", "]": "["}
    return text.count(mark) == text.count(pairs.get(mark, mark))


def _latin_word_punctuation(ctx: BlockContext) -> Iterator[Hit]:
    """A Latin word inside an Arabic sentence takes the Arabic mark after it when Arabic
    follows: "Python ,وهي" → "Python، وهي"."""
    for match in _AFTER_LATIN_WORD.finditer(ctx.masked):
        fix = _LATIN_TO_ARABIC[match.group(1)] + " "
        start = match.start() + 1
        if ctx.masked[start : match.end()] != fix:
            yield Hit(start, match.end(), (fix,), True)


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
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if not line.strip():
            yield Hit(start, start + 1, ("",), False)
            continue
        before, after = text[start - 1 : start], text[start + 1 : start + 2]
        between_letters = bool(_ARABIC_CHAR.match(before or "x")) and bool(
            _ARABIC_CHAR.match(after or "x")
        )
        # A no-break space between a number and its unit is deliberate typesetting.
        yield Hit(start, start + 1, (" ",), between_letters)


def _beside(text: str, index: int, step: int) -> str:
    """The character at ``index``, or past the Markdown (masked) around it, going ``step``."""
    while 0 <= index < len(text) and text[index] == MASK:
        index += step
    return text[index] if 0 <= index < len(text) else " "


def _inside_brackets(ctx: BlockContext) -> Iterator[Hit]:
    quotes = quote_reading(ctx)
    text = ctx.masked
    for match in _AFTER_OPENING.finditer(text):
        mark = match.group(1)
        if mark in SHAPELESS and quotes.role(match.start(1)) != OPEN:
            continue
        if _beside(text, match.start() - 1, -1).isalnum():
            continue  # "كلمة« ": glued to the word before, it is closing that word's quote
        yield Hit(match.start(), match.end(), (mark,), mark not in SHAPELESS or quotes.sure)
    for match in _BEFORE_CLOSING.finditer(ctx.masked):
        if MASK in ctx.masked[match.start() - 1 : match.start()]:
            continue
        mark = match.group(1)
        if mark in SHAPELESS and quotes.role(match.start(1)) != CLOSE:
            continue
        if _beside(text, match.end(), 1).isalnum():
            continue  # " »كلمة": glued to the word after, it is opening that word's quote
        yield Hit(match.start(), match.end(), (mark,), mark not in SHAPELESS or quotes.sure)


RULES = [
    Rule(
        "space-before-punctuation",
        "typography",
        "No space before a punctuation mark.",
        "لا مسافة قبل علامة الترقيم.",
        _space_before,
        example="المقبل ، → المقبل،",
    ),
    Rule(
        "missing-space-after-punctuation",
        "typography",
        "A space is needed after a punctuation mark (or outside a bracket or quote).",
        "تلزم مسافة بعد علامة الترقيم (أو خارج القوس وعلامة التنصيص).",
        _missing_after,
        example="الماضي.وقال → الماضي. وقال",
    ),
    Rule(
        "latin-punctuation",
        "typography",
        "Use the Arabic punctuation mark (، ؛ ؟) in Arabic text.",
        "استخدم علامة الترقيم العربية (، ؛ ؟) في النص العربي.",
        _latin_punctuation,
        example="المدينة, → المدينة،",
    ),
    Rule(
        "double-space",
        "typography",
        "More than one space between words.",
        "أكثر من مسافة بين الكلمتين.",
        _double_space,
        example="في  الربيع → في الربيع",
    ),
    Rule(
        "no-break-space",
        "typography",
        "A no-break space where an ordinary space is expected.",
        "مسافة غير منقسمة في موضع المسافة العادية.",
        _no_break_space,
    ),
    Rule(
        "space-inside-brackets",
        "typography",
        "No space just inside brackets or quotes.",
        "لا مسافة بعد القوس أو علامة التنصيص الفاتحة ولا قبل الغالقة.",
        _inside_brackets,
        example="( نحو ١٢ ) → (نحو ١٢)",
    ),
]
