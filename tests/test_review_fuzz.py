"""Tracked-change marks in any arrangement, well-formed or not (docs/review.md): reading never
fails, nothing outside a mark is lost, the views and every export are built, and what the
exports hold never keeps a placeholder."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.article import parse_article
from editor.core.export.document import build_document
from editor.core.export.docx_writer import render_docx
from editor.core.export.html_writer import render_html
from editor.core.importing.docx_reader import read_docx
from editor.core.review import (
    FINAL,
    ORIGINAL,
    accept,
    accept_all,
    attribution,
    parse_review,
    reject,
    reject_all,
    resolve,
)

PIECES = st.sampled_from(
    [
        "{++",
        "++}",
        "{--",
        "--}",
        "{~~",
        "~>",
        "~~}",
        "{==",
        "==}",
        "{>>",
        "<<}",
        '{"author":"سلمى","time":"2026-03-14T10:05:00Z"}@@',
        "{x}@@",
        "نص",
        "كلمة",
        " ",
        "\n",
        "\n\n",
        "## ",
        "- ",
        "> ",
        "**",
        "{",
        "}",
        "```\n",
        "[^1]",
        "[رابط](https://example.com)",
    ]
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)
fuzz = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fuzz
@given(TEXTS)
def test_marks_in_any_arrangement(text: str) -> None:
    review = parse_review(text)
    for mark in review.all_marks():
        assert text[mark.start] == "{" and text[mark.end - 1] == "}"
    # Outside every mark, the text is in both views as it is.
    covered = [(m.start, m.end) for m in review.marks]
    position = 0
    outside = []
    for start, end in covered:
        outside.append(text[position:start])
        position = end
    outside.append(text[position:])
    final, original = resolve(text, FINAL), resolve(text, ORIGINAL)
    for piece in outside:
        assert piece in final.text and piece in original.text
    for offset in range(0, len(final.text) + 1, 7):
        assert 0 <= final.to_source(offset) <= len(text)
    if not review.problems:
        assert parse_review(accept_all(text)).changes == []
        assert parse_review(reject_all(text)).changes == []
        for mark in review.all_marks():
            accept(text, mark.start)
            reject(text, mark.start)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_every_export_of_any_arrangement(text: str) -> None:
    article = parse_article("---\ntitle: ت\n---\n\n" + text)
    for mode in ("final", "original", "marked"):
        page = render_html(build_document(article, mode))
        assert not any("\ue000" <= c <= "\ue019" for c in page)
    data = render_docx(article, review="marked")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        document = package.read("word/document.xml").decode("utf-8")
    assert not any("\ue000" <= c <= "\ue019" for c in document)


WORDS = st.sampled_from(
    ["الكتاب", "جديد", "في", "المدينة", "كَتَبَ", "Python", "2026", "،", ".", "[رابط](https://a.org)"]
)
AUTHORS = st.sampled_from(["", "سلمى", "Ann O'Neil", 'علي "الدقيق"'])


@st.composite
def reviewed_paragraph(draw: st.DrawFn) -> str:
    """A paragraph of words, some inside a well-formed mark with or without an author."""
    out = []
    for _ in range(draw(st.integers(1, 8))):
        words = " ".join(draw(st.lists(WORDS, min_size=1, max_size=3)))
        kind = draw(st.sampled_from(["", "", "insert", "delete", "substitute", "comment"]))
        author = draw(AUTHORS)
        prefix = make_mark_prefix(author)
        if kind == "insert":
            out.append(f"{{++{prefix}{words}++}}")
        elif kind == "delete":
            out.append(f"{{--{prefix}{words}--}}")
        elif kind == "substitute":
            out.append(f"{{~~{prefix}{words}~>{draw(WORDS)}~~}}")
        elif kind == "comment":
            out.append(f"{{=={words}==}}{{>>{prefix}ملاحظة {draw(WORDS)}<<}}")
        else:
            out.append(words)
    return " ".join(out)


def make_mark_prefix(author: str) -> str:
    return attribution(author, "2026-03-14T10:05:00Z" if author else "")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(reviewed_paragraph(), min_size=1, max_size=3))
def test_midad_docx_midad_keeps_every_mark(
    tmp_path_factory: pytest.TempPathFactory, paragraphs: list[str]
) -> None:
    body = "\n\n".join(paragraphs) + "\n"
    path = tmp_path_factory.mktemp("fuzz") / "r.docx"
    path.write_bytes(render_docx(parse_article("---\ntitle: ت\n---\n\n" + body), review="marked"))
    back = read_docx(path).article.body

    def summary(text: str) -> list[tuple[str, str, str, str, str]]:
        return [
            (m.kind, " ".join(m.old.split()), " ".join(m.new.split()), m.author, m.time)
            for m in parse_review(text).all_marks()
        ]

    assert summary(back) == summary(body)
    assert " ".join(accept_all(back).split()) == " ".join(accept_all(body).split())
    assert " ".join(reject_all(back).split()) == " ".join(reject_all(body).split())
