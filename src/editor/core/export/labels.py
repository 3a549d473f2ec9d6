"""Text that exports generate themselves (footnote titles, headings), in the article's language."""

from __future__ import annotations

from dataclasses import dataclass


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

RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur",
                           "yi"})


def primary_language(lang: str) -> str:
    return (lang or "ar").strip().replace("_", "-").split("-")[0].lower() or "ar"


def labels_for(lang: str) -> Labels:
    # Every right-to-left article gets Arabic labels: it is an Arabic editor.
    return ARABIC if primary_language(lang) in RTL_LANGUAGES else ENGLISH


def direction_for(lang: str) -> str:
    return "rtl" if primary_language(lang) in RTL_LANGUAGES else "ltr"
