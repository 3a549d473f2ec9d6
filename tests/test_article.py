"""The article model: reading every sample, canonical round trips, forgiving front matter."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from editor.core.article import (
    Article,
    Metadata,
    encode_article,
    load_article,
    parse_article,
    save_article,
    serialize_article,
    split_tags,
)
from editor.core.errors import ArticleError, FileAccessError, NotTextError


def test_clean_sample_round_trips_byte_identical(samples_dir: Path, tmp_path: Path) -> None:
    original = (samples_dir / "clean-article.md").read_bytes()
    article = load_article(samples_dir / "clean-article.md")
    assert encode_article(article) == original
    copy = tmp_path / "copy.md"
    save_article(article, copy)
    assert copy.read_bytes() == original


def test_clean_sample_metadata(samples_dir: Path) -> None:
    article = load_article(samples_dir / "clean-article.md")
    meta = article.metadata
    assert meta.title == "الكتابة دون اتصال، لماذا يعود الكتّاب إلى أدواتهم المحلية؟"
    assert meta.author == "سلمى الحداد"
    assert meta.tags == ["كتابة", "أدوات", "خصوصية"]
    assert meta.date == "2026-03-14" and meta.date_value().year == 2026
    assert (meta.lang, meta.status, meta.slug) == ("ar", "draft", "offline-writing")
    assert article.body.startswith("# الكتابة دون اتصال\n")
    assert article.warnings == []


def test_draft_flow_tags_are_written_as_a_block_list(samples_dir: Path) -> None:
    article = load_article(samples_dir / "draft-with-errors.md")
    assert article.metadata.tags == ["نقل", "بلديات"]
    text = serialize_article(article)
    assert "tags:\n  - نقل\n  - بلديات\n" in text
    assert "\\u" not in text  # Arabic is written as itself, never escaped
    assert parse_article(text) == article


def test_legacy_windows_1256_reads_as_arabic(samples_dir: Path) -> None:
    article = load_article(samples_dir / "legacy-windows-1256.txt")
    assert article.source.encoding == "cp1256"
    assert article.body.startswith("ملاحظات المحرر على العدد الأسبوعي")
    assert "يرجى مراجعة عناوين الصفحة الأولى" in article.body
    assert any("cp1256" in warning for warning in article.warnings)


def test_web_paste_loads_as_plain_body(samples_dir: Path) -> None:
    article = load_article(samples_dir / "web-paste.txt")
    text = (samples_dir / "web-paste.txt").read_text(encoding="utf-8")
    assert article.body == text.replace("\r\n", "\n")
    assert article.metadata == Metadata()


@pytest.mark.parametrize("name", ["random-bytes.md", "truncated.docx"])
def test_binary_files_are_refused_as_not_text(samples_dir: Path, name: str) -> None:
    with pytest.raises(NotTextError, match="not a text file"):
        load_article(samples_dir / "bad" / name)


def test_truncated_docx_message_names_what_it_is(samples_dir: Path) -> None:
    with pytest.raises(NotTextError, match="DOCX"):
        load_article(samples_dir / "bad" / "truncated.docx")


@pytest.mark.parametrize("name", ["broken-front-matter.md", "unterminated-front-matter.md"])
def test_bad_front_matter_keeps_every_character(samples_dir: Path, name: str) -> None:
    path = samples_dir / "bad" / name
    article = load_article(path)
    assert article.body == path.read_text(encoding="utf-8")
    assert len(article.warnings) == 1
    assert article.warnings[0].startswith("Line ")


def test_broken_front_matter_warning_names_the_line(samples_dir: Path) -> None:
    article = load_article(samples_dir / "bad" / "broken-front-matter.md")
    # The YAML parser notices the unclosed "[" where the next key starts.
    assert article.warnings[0].startswith(("Line 2:", "Line 3:"))


def test_broken_front_matter_survives_a_save(samples_dir: Path, tmp_path: Path) -> None:
    article = load_article(samples_dir / "bad" / "broken-front-matter.md")
    out = tmp_path / "saved.md"
    save_article(article, out)
    again = load_article(out)
    assert again.body == article.body  # the broken block is still there, verbatim


def test_unknown_keys_kept_in_order() -> None:
    text = (
        "---\nx-source: وكالة\ntitle: عنوان\nweight: 3\nseo:\n  keywords: [a, b]\n"
        "updated: 2026-01-02\nflag: no\ntime: 12:30\n---\n\nنص\n"
    )
    article = parse_article(text)
    assert list(article.metadata.extra) == ["x-source", "weight", "seo", "updated", "flag", "time"]
    # YAML 1.1 surprises are off: "no" stays text, 12:30 is not the number 750.
    assert article.metadata.extra["flag"] == "no"
    assert article.metadata.extra["time"] == "12:30"
    out = serialize_article(article)
    assert out.index("x-source") < out.index("title") < out.index("weight") < out.index("seo")
    assert parse_article(out) == article


def test_new_fields_take_their_canonical_place() -> None:
    article = parse_article("---\ntitle: ع\nstatus: review\n---\n\nنص\n")
    article.metadata.author = "كاتب"
    article.metadata.tags = ["أ", "ب"]
    out = serialize_article(article)
    keys = [
        line.split(":")[0] for line in out.split("\n") if line and not line.startswith(("-", " "))
    ]
    assert keys[:5] == ["title", "author", "tags", "lang", "status"]


def test_no_front_matter_gets_defaults() -> None:
    article = parse_article("نص فقط\n")
    assert article.body == "نص فقط\n"
    assert (article.metadata.lang, article.metadata.status) == ("ar", "draft")
    assert parse_article(serialize_article(article)) == article


def test_unknown_status_warns_but_is_kept() -> None:
    article = parse_article("---\nstatus: archived\n---\n\nنص\n")
    assert article.metadata.status == "archived"
    assert any("archived" in warning for warning in article.warnings)


def test_non_text_fields_become_text_with_a_warning() -> None:
    article = parse_article("---\ntitle: 2026\nauthor: [أ, ب]\ntags: كتابة، أدوات, سفر\n---\n\nن\n")
    assert article.metadata.title == "2026"
    assert article.metadata.author == "أ, ب"
    assert article.metadata.tags == ["كتابة", "أدوات", "سفر"]
    assert any("author" in warning for warning in article.warnings)


def test_free_text_date_is_kept_as_written() -> None:
    article = parse_article("---\ndate: ١٤ مارس ٢٠٢٦\n---\n\nن\n")
    assert article.metadata.date == "١٤ مارس ٢٠٢٦"
    assert article.metadata.date_value() is None
    assert parse_article(serialize_article(article)) == article


def test_invalid_iso_like_date_is_kept_as_text() -> None:
    article = parse_article("---\ndate: 2026-13-45\n---\n\nن\n")
    assert article.metadata.date == "2026-13-45" and article.body == "ن\n"
    assert article.metadata.date_value() is None
    assert parse_article(serialize_article(article)) == article


@pytest.mark.parametrize(
    ("bom", "codec", "label"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
    ],
)
def test_byte_order_marks(tmp_path: Path, bom: bytes, codec: str, label: str) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(bom + "---\ntitle: عنوان\n---\n\nنص عربي\n".encode(codec))
    article = load_article(path)
    assert (article.source.encoding, article.source.bom) == (label, True)
    assert article.metadata.title == "عنوان" and article.body == "نص عربي\n"
    save_article(article)
    data = path.read_bytes()
    assert data.decode("utf-8-sig").startswith("---\ntitle: عنوان")  # saves are UTF-8
    assert data.startswith(codecs.BOM_UTF8) == (label == "utf-8")


def test_crlf_files_keep_crlf(tmp_path: Path) -> None:
    path = tmp_path / "win.md"
    original = "---\r\ntitle: عنوان\r\nlang: ar\r\nstatus: draft\r\n---\r\n\r\nسطر\r\nسطر\r\n"
    path.write_bytes(original.encode("utf-8"))
    article = load_article(path)
    assert "\r" not in article.body and article.source.newline == "\r\n"
    save_article(article)
    assert path.read_bytes() == original.encode("utf-8")


def test_missing_file_and_folder_are_user_errors(tmp_path: Path) -> None:
    with pytest.raises(FileAccessError, match="does not exist"):
        load_article(tmp_path / "nope.md")
    with pytest.raises(FileAccessError, match="folder"):
        load_article(tmp_path)


def test_empty_file_is_an_empty_article(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    assert load_article(path).body == ""


def test_saving_without_a_path_is_a_user_error() -> None:
    with pytest.raises(ArticleError, match="no file name"):
        save_article(Article())


def test_split_tags_accepts_arabic_separators() -> None:
    assert split_tags("كتابة، أدوات؛ سفر , ,x") == ["كتابة", "أدوات", "سفر", "x"]


@pytest.mark.parametrize(
    ("front", "field", "value", "kind"),
    [
        ("title: المؤتمر: نتائج", "title", "المؤتمر: نتائج", "colon"),
        ("title: الساعة 10: بدء الجلسة", "title", "الساعة 10: بدء الجلسة", "colon"),
        ("author: @salma", "author", "@salma", "mark"),
        ('title: "المؤتمر" ونتائجه', "title", '"المؤتمر" ونتائجه', "mark"),
        ("title: - أولاً", "title", "- أولاً", "mark"),
        ("tags:\n\t- أ\n\t- ب", "tags", ["أ", "ب"], "tab"),
    ],
)
def test_common_front_matter_slips_are_repaired_with_a_warning(
    front: str, field: str, value: object, kind: str
) -> None:
    text = f"---\n{front}\nslug: s\n---\n\nنص.\n"
    article = parse_article(text)
    assert getattr(article.metadata, field) == value
    assert article.metadata.slug == "s" and article.body == "نص.\n"
    assert article.warnings and all(w.startswith("Line ") for w in article.warnings)
    assert {"colon": "holds a colon", "mark": "starts with", "tab": "tab"}[kind] in (
        article.warnings[0]
    )
    # Saved, the value is quoted: the file reads back without a warning.
    again = parse_article(serialize_article(article))
    assert again.metadata == article.metadata and again.warnings == []


def test_a_block_that_cannot_be_repaired_stays_text_with_the_problem_named() -> None:
    text = "---\ntitle: المؤتمر: نتائج\ntags: [أ, ب\n---\n\nنص.\n"
    article = parse_article(text)
    assert article.body == text and article.source.front_matter_unread
    assert len(article.warnings) == 1 and "could not be read" in article.warnings[0]
