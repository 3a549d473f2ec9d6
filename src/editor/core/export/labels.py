"""Text that exports generate themselves (footnote titles, headings), in the article's language."""

from __future__ import annotations

from dataclasses import dataclass

from ..bidi import RTL_LANGUAGES, direction_for, primary_language

__all__ = ["Labels", "direction_for", "labels_for", "primary_language"]


@dataclass(frozen=True)
class Labels:
    key: str
    footnotes_heading: str
    footnote_backlink: str  # "{}" is the footnote number
    footnote_ref: str
    image: str


ARABIC = Labels(
    key="ar",
    footnotes_heading="الهوامش",
    footnote_backlink="العودة إلى موضع الهامش {} في النص",
    footnote_ref="الهامش {}",
    image="صورة",
)
ENGLISH = Labels(
    key="en",
    footnotes_heading="Notes",
    footnote_backlink="Back to note {} in the text",
    footnote_ref="Note {}",
    image="Image",
)


def labels_for(lang: str) -> Labels:
    # Every right-to-left article gets Arabic labels: it is an Arabic editor.
    return ARABIC if primary_language(lang) in RTL_LANGUAGES else ENGLISH
