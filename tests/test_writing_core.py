"""Core functions behind the writing-comfort commands: outline, word target, image insertion."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.article import Metadata, load_article, parse_article, save_article
from editor.core.errors import ArticleError
from editor.core.images import add_image
from editor.core.outline import Heading, outline, section_at
from editor.core.targets import WORD_TARGET_KEY, with_word_target, word_target

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000"
    "000049454e44ae426082"
)


# -- outline ----------------------------------------------------------------------------------
def test_outline_reads_atx_and_setext_headings() -> None:
    body = (
        "# العنوان\n\nفقرة.\n\n## قسم أول ##\n\nنص\n\nقسم ثان\n=======\n\n"
        "Section three\n---\n\n###### عميق\n"
    )
    assert outline(body) == [
        Heading(0, 1, "العنوان"),
        Heading(4, 2, "قسم أول"),
        Heading(8, 1, "قسم ثان"),
        Heading(11, 2, "Section three"),
        Heading(14, 6, "عميق"),
    ]


def test_outline_ignores_code_fences_and_non_headings() -> None:
    body = (
        "```\n# not a heading\n```\n\n~~~~\nx\n===\n~~~~\n\n#hashtag\n\n- item\n---\n\n"
        "\n---\n\n    # indented code\n\n## حقيقي\n"
    )
    assert outline(body) == [Heading(19, 2, "حقيقي")]


def test_section_at_finds_the_enclosing_heading() -> None:
    headings = [Heading(2, 1, "a"), Heading(10, 2, "b")]
    assert [section_at(headings, line) for line in (0, 2, 5, 10, 99)] == [-1, 0, 0, 1, 1]
    assert section_at([], 5) == -1


# -- word target ------------------------------------------------------------------------------
def test_word_target_round_trips_through_the_file(tmp_path: Path) -> None:
    article = parse_article("---\ntitle: عنوان\nx-custom: keep\n---\n\nنص\n")
    assert word_target(article.metadata) is None
    article.metadata = with_word_target(article.metadata, 1500)
    path = tmp_path / "a.md"
    save_article(article, path)
    text = path.read_text(encoding="utf-8")
    assert "x-custom: keep\nword-target: 1500\n" in text
    again = load_article(path)
    assert word_target(again.metadata) == 1500
    assert again.metadata.extra == {"x-custom": "keep", WORD_TARGET_KEY: 1500}
    # Saved again unchanged: the same bytes; removing it removes the key.
    save_article(again, path)
    assert path.read_text(encoding="utf-8") == text
    again.metadata = with_word_target(again.metadata, None)
    save_article(again, path)
    assert "word-target" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("value", "expected"),
    [(800, 800), ("1,200", 1200), (0, None), (-5, None), ("lots", None), (True, None)],
)
def test_word_target_reads_only_positive_numbers(value: object, expected: int | None) -> None:
    assert word_target(Metadata(extra={WORD_TARGET_KEY: value})) == expected


# -- images -----------------------------------------------------------------------------------
def test_add_image_copies_beside_the_article_with_unique_names(tmp_path: Path) -> None:
    article = tmp_path / "site" / "article.md"
    article.parent.mkdir()
    article.write_text("نص\n", encoding="utf-8")
    picture = tmp_path / "Harbour at dawn.PNG"
    picture.write_bytes(PNG)
    first = add_image(picture, article)
    assert first.relative == "images/Harbour-at-dawn.png"
    assert first.markdown == "![Harbour at dawn](images/Harbour-at-dawn.png)"
    assert first.path.read_bytes() == PNG and first.path.parent == article.parent / "images"
    second = add_image(picture, article, alt="الميناء")
    assert second.relative == "images/Harbour-at-dawn-2.png"
    assert second.markdown == "![الميناء](images/Harbour-at-dawn-2.png)"
    # A picture already in the images folder is referred to, not copied again.
    assert add_image(first.path, article).relative == first.relative
    assert sorted(p.name for p in (article.parent / "images").iterdir()) == [
        "Harbour-at-dawn-2.png",
        "Harbour-at-dawn.png",
    ]


def test_add_image_refuses_what_is_not_a_picture(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("x", encoding="utf-8")
    with pytest.raises(ArticleError, match="not a picture"):
        add_image(text, tmp_path / "a.md")
    with pytest.raises(ArticleError, match="does not exist"):
        add_image(tmp_path / "missing.png", tmp_path / "a.md")
