"""Which quotation marks of a block open and which close.

Web copy writes “ ” " and ” interchangeably: ” opens as often as it closes (و”كلمة”,
بـ”عبارة”), and right-to-left writers mirror “ and ” on purpose. The shape of a mark says
nothing reliable, so a mark's side comes from its neighbours (a space or the start before it
and a letter after it opens) and from pairing: the marks of a block alternate open, close,
open, close. Where the two agree the reading is sure; where they disagree, or a mark stands
between two letters with no clitic before it, the block's reading is ambiguous and no rule
may change those marks, or the spaces around them, without asking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..markdown_mask import MASK
from .base import BlockContext

# Marks whose side is not given by their shape (« and » are: they always open and close).
SHAPELESS = '"“”„‟'
_OPENERS_BEFORE = set(" \t\n\u00a0\u202f([{«" + MASK)
_CLOSERS_AFTER = set(" \t\n\u00a0\u202f)]}»،؛؟!.:,;?…" + MASK)
# Clitics written straight onto an opening mark: و”كلمة”، بـ”عبارة”، لـ"الجزيرة".
_CLITIC_BEFORE = re.compile(r"(?:^|[\s(«\[{\ufffc])(?:[وفبلك]|و[بلك]|ف[بلك]|ال|بال|وال|لل)ـ?$")
_LETTER = re.compile(r"[^\W_]")

OPEN, CLOSE = "open", "close"


@dataclass(frozen=True)
class QuoteReading:
    roles: dict[int, str]  # offset of each shapeless mark → OPEN or CLOSE
    sure: bool  # every mark's side is certain

    def role(self, offset: int) -> str | None:
        return self.roles.get(offset)

    def pairs(self) -> list[tuple[int, int]]:
        """(opening offset, closing offset) of each pair, in order."""
        out, stack = [], []
        for offset in sorted(self.roles):
            if self.roles[offset] == OPEN:
                stack.append(offset)
            elif stack:
                out.append((stack.pop(), offset))
        return sorted(out)


def after_clitic(text: str, offset: int) -> bool:
    """Whether the mark at ``offset`` follows a clitic written onto it (و”، بـ«), which makes
    it an opening mark whatever its shape."""
    return bool(_CLITIC_BEFORE.search(text[max(0, offset - 5) : offset]))


def _side_by_context(text: str, offset: int) -> str | None:
    before = text[offset - 1] if offset > 0 else "\n"
    after = text[offset + 1] if offset + 1 < len(text) else "\n"
    opens = before in _OPENERS_BEFORE or after_clitic(text, offset)
    closes = after in _CLOSERS_AFTER
    if opens and not closes and (_LETTER.match(after) or after in "([«"):
        return OPEN
    if closes and not opens and (_LETTER.match(before) or before in ".!?؟…)]»"):
        return CLOSE
    return None


def read_quotes(text: str) -> QuoteReading:
    """The side of every shapeless quotation mark in ``text`` (one block)."""
    offsets = [i for i, ch in enumerate(text) if ch in SHAPELESS]
    if not offsets:
        return QuoteReading({}, True)
    by_context = [_side_by_context(text, offset) for offset in offsets]
    alternating = [OPEN if index % 2 == 0 else CLOSE for index in range(len(offsets))]
    agrees = all(
        side is None or side == expected
        for side, expected in zip(by_context, alternating, strict=True)
    )
    if len(offsets) % 2 == 0 and agrees:
        # Each pair needs one mark whose side its neighbours show; the other follows.
        sure = all(
            by_context[i] is not None or by_context[i + 1] is not None
            for i in range(0, len(offsets), 2)
        )
        return QuoteReading(dict(zip(offsets, alternating, strict=True)), sure)
    # Unbalanced or contradicting: keep what the context says, nothing is sure.
    roles = {offset: side for offset, side in zip(offsets, by_context, strict=True) if side}
    return QuoteReading(roles, False)


def quote_reading(ctx: BlockContext) -> QuoteReading:
    """The block's reading, computed once per block for every rule that needs it."""
    reading = ctx.shared.get("quotes")
    if not isinstance(reading, QuoteReading):
        reading = read_quotes(ctx.masked)
        ctx.shared["quotes"] = reading
    return reading
