"""Real programs read our tracked changes and comments, and we read theirs (slow group).

- LibreOffice converts a DOCX exported with --marked to ODT: its content.xml holds the tracked
  changes (insertions, deletions with their authors and dates) and the comments.
- pandoc, with --track-changes=all, reads the insertions and deletions with their authors.
- A flat ODT with <text:tracked-changes> and a comment, written by hand here, saved as DOCX
  by LibreOffice, imports with every change, author, date and comment.
- Our DOCX resaved by LibreOffice imports with the same marks.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from editor.core.article import load_article, parse_article
from editor.core.compare import compare_texts
from editor.core.export.docx_writer import render_docx
from editor.core.importing.docx_reader import read_docx
from editor.core.review import DELETE, INSERT, SUBSTITUTE, parse_review

pytestmark = pytest.mark.slow

SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def _soffice(folder: Path, target: str, source: Path) -> Path:
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [
            *(SOFFICE, f"-env:UserInstallation={profile}", "--headless"),
            *("--convert-to", target, "--outdir", str(folder), str(source)),
        ],
        capture_output=True,
        timeout=240,
        check=True,
    )
    converted = folder / (source.stem + "." + target.split(":")[0])
    assert converted.exists(), f"LibreOffice wrote no {converted.name}"
    return converted


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> tuple[Path, str]:
    """The clean sample article as an editor changed it (compare) and commented it, exported
    to DOCX with the marks."""
    article = load_article(samples_dir / "clean-article.md")
    paragraphs = article.body.split("\n\n")
    edited = list(paragraphs)
    words = edited[1].split(" ")
    words[2] = "و" + words[2]  # a clitic
    del words[4]  # a word dropped
    words[6] = "تماما"  # a word replaced
    edited[1] = " ".join(words)
    edited.insert(2, "فقرة جديدة أضافتها المحررة لتوضيح الفكرة.")  # a paragraph inserted whole
    del edited[5]  # and one deleted whole
    body = compare_texts(article.body, "\n\n".join(edited), "سلمى المحررة", "2026-03-14T10:05:00Z")
    prose = next(p for n, p in enumerate(paragraphs) if n > 1 and not p.startswith(("#", "-")))
    first_words = " ".join(prose.split(" ")[:3])
    assert first_words in body
    body = body.replace(
        first_words,
        "{==" + first_words + '==}{>>{"author":"علي","time":"2026-03-15T09:00:00Z"}@@'
        "أين المصدر؟<<}",
        1,
    )
    text = f"---\ntitle: {article.metadata.title}\nlang: ar\n---\n\n{body}"
    folder = tmp_path_factory.mktemp("review")
    path = folder / "reviewed.docx"
    path.write_bytes(render_docx(parse_article(text), review="marked"))
    return path, body


def test_libreoffice_shows_our_revisions_and_comments(reviewed: tuple[Path, str]) -> None:
    path, body = reviewed
    odt = _soffice(path.parent / "odt", "odt", path)
    content = etree.fromstring(zipfile.ZipFile(odt).read("content.xml"))
    regions = content.findall(".//text:tracked-changes/text:changed-region", NS)
    kinds = [etree.QName(region[0]).localname for region in regions]
    assert "insertion" in kinds and "deletion" in kinds
    creators = {c.text for c in content.iterfind(".//text:changed-region//dc:creator", NS)}
    assert creators == {"سلمى المحررة"}
    dates = {d.text for d in content.iterfind(".//text:changed-region//dc:date", NS)}
    assert dates == {"2026-03-14T10:05:00"}
    deleted = "".join(
        "".join(region.itertext()) for region in regions if region[0].tag.endswith("deletion")
    )
    for change in parse_review(body).changes:
        if change.kind in (DELETE, SUBSTITUTE):
            assert change.old.strip() in deleted
    (annotation,) = content.findall(".//office:annotation", NS)
    assert annotation.findtext("dc:creator", namespaces=NS) == "علي"
    assert "".join(annotation.find("text:p", NS).itertext()) == "أين المصدر؟"
    assert content.find(".//office:annotation-end", NS) is not None  # the passage's end


def _spans(node: object, found: list[tuple[str, str, str]]) -> None:
    if isinstance(node, dict):
        if node.get("t") == "Span":
            (_id, classes, attributes), inlines = node["c"]
            for kind in ("insertion", "deletion"):
                if kind in classes:
                    text = json.dumps(inlines, ensure_ascii=False)
                    found.append((kind, dict(attributes).get("author", ""), text))
        for value in node.values():
            _spans(value, found)
    elif isinstance(node, list):
        for value in node:
            _spans(value, found)


def test_pandoc_reads_the_insertions_and_deletions_with_their_authors(
    reviewed: tuple[Path, str],
) -> None:
    pypandoc = pytest.importorskip("pypandoc")  # a dev dependency: fails loudly if missing
    path, body = reviewed
    result = subprocess.run(
        [pypandoc.get_pandoc_path(), str(path), "-f", "docx", "-t", "json", "--track-changes=all"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    found: list[tuple[str, str, str]] = []
    _spans(json.loads(result.stdout), found)
    changes = parse_review(body).changes
    insertions = [f for f in found if f[0] == "insertion"]
    deletions = [f for f in found if f[0] == "deletion"]
    assert len(insertions) == sum(c.kind in (INSERT, SUBSTITUTE) for c in changes)
    assert len(deletions) == sum(c.kind in (DELETE, SUBSTITUTE) for c in changes)
    assert {author for _, author, _ in found} == {"سلمى المحررة"}
    assert any('"و"' in text for _, _, text in insertions)  # the clitic alone


def test_pandoc_reads_the_comment_with_its_author(reviewed: tuple[Path, str]) -> None:
    pypandoc = pytest.importorskip("pypandoc")
    path, _body = reviewed
    markdown = subprocess.run(
        [pypandoc.get_pandoc_path(), str(path), "--track-changes=all", "-t", "markdown"],
        capture_output=True,
        check=True,
        timeout=120,
        text=True,
    ).stdout
    assert "[أين المصدر؟]{.comment-start" in markdown
    assert 'author="علي"' in markdown and 'date="2026-03-15T09:00:00Z"' in markdown


def test_mammoth_which_knows_no_revisions_reads_the_final_text(
    reviewed: tuple[Path, str],
) -> None:
    import mammoth

    path, body = reviewed
    with path.open("rb") as file:
        result = mammoth.convert_to_html(file)
    text = " ".join(result.value.split())
    review = parse_review(body)
    for change in review.changes:
        if change.new.strip():
            assert " ".join(change.new.split()) in text
        if change.kind == DELETE and len(change.old.strip()) > 3:
            assert " ".join(change.old.split()) not in text
    assert not [m for m in result.messages if "Comment" in m.message]  # its styles exist


FLAT_ODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph">
   <style:paragraph-properties style:writing-mode="rl-tb"/></style:style>
 </office:automatic-styles>
 <office:body><office:text>
  <text:tracked-changes text:track-changes="true">
   <text:changed-region text:id="ct1" xml:id="ct1"><text:insertion><office:change-info>
    <dc:creator>هدى المحررة</dc:creator><dc:date>2026-02-10T08:30:00</dc:date>
   </office:change-info></text:insertion></text:changed-region>
   <text:changed-region text:id="ct2" xml:id="ct2"><text:deletion><office:change-info>
    <dc:creator>كريم</dc:creator><dc:date>2026-02-11T09:45:00</dc:date>
   </office:change-info><text:p text:style-name="P1">القديمة</text:p></text:deletion>
   </text:changed-region>
  </text:tracked-changes>
  PARAGRAPH
  <text:p text:style-name="P1">فقرة بلا تعديل.</text:p>
 </office:text></office:body>
</office:document>
""".replace(
    "PARAGRAPH",
    '<text:p text:style-name="P1">أعلنت الوزارة '
    '<text:change-start text:change-id="ct1"/>الجديدة <text:change-end text:change-id="ct1"/>'
    'خطتها <text:change text:change-id="ct2"/>للعام المقبل'
    "<office:annotation><dc:creator>ليلى</dc:creator><dc:date>2026-02-12T10:00:00</dc:date>"
    "<text:p>تحقق من الرقم</text:p></office:annotation>.</text:p>",
)


def test_a_document_libreoffice_wrote_with_tracked_changes_imports_with_them(
    tmp_path: Path,
) -> None:
    source = tmp_path / "tracked.fodt"
    source.write_text(FLAT_ODT, encoding="utf-8")
    docx_path = _soffice(tmp_path, "docx:MS Word 2007 XML", source)
    result = read_docx(docx_path)
    review = parse_review(result.article.body)
    assert review.problems == []
    assert [(m.kind, m.old, m.new, m.author, m.time) for m in review.changes] == [
        (INSERT, "", "الجديدة ", "هدى المحررة", "2026-02-10T08:30:00Z"),
        (DELETE, "القديمة", "", "كريم", "2026-02-11T09:45:00Z"),
    ]
    (comment,) = review.comments
    assert (comment.new, comment.author, comment.time) == (
        "تحقق من الرقم",
        "ليلى",
        "2026-02-12T10:00:00Z",
    )
    assert any("tracked change" in note for note in result.notes)


def test_our_docx_resaved_by_libreoffice_imports_with_the_same_marks(
    reviewed: tuple[Path, str],
) -> None:
    path, body = reviewed
    resaved = _soffice(path.parent / "resaved", "docx:MS Word 2007 XML", path)
    imported = parse_review(read_docx(resaved).article.body)
    expected = parse_review(body)
    assert imported.problems == []

    def summary(marks: list) -> list[tuple[str, str, str, str, str]]:  # type: ignore[type-arg]
        return [(m.kind, m.old.strip(), m.new.strip(), m.author, m.time) for m in marks]

    assert summary(imported.changes) == summary(expected.changes)
    assert summary(imported.comments) == summary(expected.comments)
