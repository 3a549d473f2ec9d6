"""Tracked changes and comments (docs/review.md): the CriticMarkup model, compare, the exports,
DOCX both ways, counts, proofreading, search and the commands."""

from __future__ import annotations

import io
import json
import random
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from lxml import etree

from editor.cli.main import main
from editor.core.article import load_article, parse_article, save_article, serialize_article
from editor.core.compare import compare_texts, tokens
from editor.core.export.document import build_document
from editor.core.export.docx_writer import render_docx
from editor.core.export.html_writer import render_html
from editor.core.importing.docx_reader import read_docx
from editor.core.proofing import Proofreader, fix_safe
from editor.core.review import (
    COMMENT,
    DELETE,
    FINAL,
    HIGHLIGHT,
    INSERT,
    ORIGINAL,
    SUBSTITUTE,
    ReviewError,
    accept,
    accept_all,
    check_review,
    final_text,
    make_mark,
    parse_review,
    reject,
    reject_all,
    resolve,
)
from editor.core.search import find_in_review
from editor.core.stats import text_stats

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CORPUS = Path(__file__).parent / "corpus" / "news" / "clean"
SALMA = {"author": "سلمى", "time": "2026-03-14T10:05:00Z"}
ALI = {"author": 'علي "الدقيق" {ع}', "time": "2026-03-15T09:00:00Z"}


def _prefix(who: dict[str, str]) -> str:
    return json.dumps(who, ensure_ascii=False, separators=(",", ":")) + "@@"


# An article an editor has worked on: every kind of mark, with and without author and time.
BODY = (
    f"ذهب الولد{{++{_prefix(SALMA)} والبنت++}} إلى **المدرسة** "
    f"{{~~{_prefix(SALMA)}صباحا~>مساء~~}}.\n"
    "\n"
    f"{{==هذه جملة {{--{_prefix(SALMA)}مهمة--}} جدا==}}{{>>{_prefix(ALI)}راجع المصدر<<}} وملاحظة"
    "{>>نقطة بلا صاحب<<}.\n"
    "\n"
    "فقرة {--كاملة--}{>>لماذا حذفت؟<<} أخيرة.\n"
)
ARTICLE = "---\ntitle: مقال مراجع\nauthor: سلمى\nlang: ar\n---\n\n" + BODY


def _summary(text: str) -> list[tuple[str, str, str, str, str, str]]:
    """Every mark as (kind, old, new, author, time, anchor kind) — what must survive."""
    return [
        (
            m.kind,
            m.old,
            m.new,
            m.author,
            m.time,
            m.anchor.kind if m.anchor is not None else "",
        )
        for m in parse_review(text).all_marks()
    ]


# ---- the model ---------------------------------------------------------------------------------


def test_every_kind_of_mark_is_read_with_its_author_time_and_offsets() -> None:
    review = parse_review(BODY)
    assert review.problems == []
    assert _summary(BODY) == [
        (INSERT, "", " والبنت", "سلمى", "2026-03-14T10:05:00Z", ""),
        (SUBSTITUTE, "صباحا", "مساء", "سلمى", "2026-03-14T10:05:00Z", ""),
        (HIGHLIGHT, f"هذه جملة {{--{_prefix(SALMA)}مهمة--}} جدا", "", "", "", ""),
        (DELETE, "مهمة", "", "سلمى", "2026-03-14T10:05:00Z", ""),
        (COMMENT, "", "راجع المصدر", ALI["author"], ALI["time"], HIGHLIGHT),
        (COMMENT, "", "نقطة بلا صاحب", "", "", ""),
        (DELETE, "كاملة", "", "", "", ""),
        (COMMENT, "", "لماذا حذفت؟", "", "", DELETE),
    ]
    for mark in review.all_marks():
        assert BODY[mark.start] == "{" and BODY[mark.end - 1] == "}"
        assert BODY[mark.end - 3 : mark.end] in ("++}", "--}", "~~}", "==}", "<<}")
    assert len(review.changes) == 4 and len(review.comments) == 3


def test_accepting_and_rejecting_everything() -> None:
    assert (
        final_text(BODY)
        == "ذهب الولد والبنت إلى **المدرسة** مساء.\n\nهذه جملة  جدا وملاحظة.\n\nفقرة  أخيرة.\n"
    )
    assert resolve(BODY, ORIGINAL).text == (
        "ذهب الولد إلى **المدرسة** صباحا.\n\nهذه جملة مهمة جدا وملاحظة.\n\nفقرة كاملة أخيرة.\n"
    )
    # The commands keep comments: a comment on an accepted insertion stays on its text.
    accepted = accept_all(BODY)
    assert parse_review(accepted).changes == []
    assert [m.new for m in parse_review(accepted).comments] == [
        "راجع المصدر",
        "نقطة بلا صاحب",
        "لماذا حذفت؟",
    ]
    rejected = reject_all(BODY)
    assert "{==كاملة==}{>>لماذا حذفت؟<<}" in rejected  # the deleted text comes back, commented
    assert accept_all(accepted, keep_comments=False) == final_text(BODY)


def test_one_mark_at_a_time() -> None:
    review = parse_review(BODY)
    insertion, substitution = review.marks[0], review.marks[1]
    once = accept(BODY, insertion.start)
    assert once.startswith("ذهب الولد والبنت إلى") and "{~~" in once
    assert reject(BODY, substitution.start).count("صباحا") == 1
    assert "مساء" not in reject(BODY, substitution.start)
    # Resolving a comment removes it and its highlight, the changes inside stay.
    comment = review.comments[0]
    resolved = accept(BODY, comment.start)
    assert "راجع المصدر" not in resolved and "{==" not in resolved
    assert f"هذه جملة {{--{_prefix(SALMA)}مهمة--}} جدا" in resolved
    with pytest.raises(ReviewError):
        accept(BODY, 1)


def test_the_view_maps_back_to_the_file() -> None:
    view = resolve(BODY, FINAL)
    at = view.text.index("والبنت")
    source = view.to_source(at)
    assert BODY[source : source + len("والبنت")] == "والبنت"
    at = view.text.index("أخيرة")
    assert BODY[view.to_source(at) :].startswith("أخيرة")


def test_any_author_name_round_trips_through_the_prefix() -> None:
    for name in ('سلمى "الدقيقة"', "a}@@b", "{ع}", "Ann O'Neil", "x~>y"):
        text = "نص " + make_mark(INSERT, new="جديد", author=name, time="2026-01-02T03:04:05Z")
        (mark,) = parse_review(text).marks
        assert (mark.author, mark.time, mark.new) == (name, "2026-01-02T03:04:05Z", "جديد")


def test_commentator_unix_seconds_and_plain_braces() -> None:
    (mark,) = parse_review('{++{"author":"A","time":1700000000}@@x++}').marks
    assert mark.time == "2023-11-14T22:13:20Z" and mark.new == "x"
    (mark,) = parse_review("{++{not json}@@x++}").marks
    assert mark.author == "" and mark.new == "{not json}@@x"  # text, kept


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("قبل {++ لا تغلق أبدا", "never closed"),
        ("قبل {++ فيها {--أخرى--} ++} بعد", "cannot be nested"),
        ("نص --} بلا بداية {", "closes no mark"),
        ("{~~بلا فاصل~~} {", "has no “~>”"),
        ("{==تعليق {==داخل==} تعليق==}", "cannot be nested"),
    ],
)
def test_bad_marks_are_reported_and_kept_as_text(text: str, words: str) -> None:
    review = parse_review(text)
    assert review.problems and words in review.problems[0].message
    assert review.problems[0].line == 1
    # Nothing is lost: every character of a broken mark is still in the final text.
    final = resolve(text, FINAL).text
    for letter in re.findall(r"\w+", text):
        assert letter in final
    with pytest.raises(ReviewError):
        check_review(text)


def test_marks_in_fenced_code_are_text() -> None:
    text = "نص\n\n```\n{++ليس تعديلا++}\n```\n\n{++تعديل++}\n"
    assert [m.new for m in parse_review(text).marks] == ["تعديل"]
    assert "{++ليس تعديلا++}" in final_text(text)


def test_an_article_with_changes_saved_and_reopened_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    article = load_article(path)
    article.metadata.subtitle = "عنوان فرعي"  # an edit elsewhere, then save
    save_article(article, path)
    again = load_article(path)
    assert again.body == BODY
    assert _summary(again.body) == _summary(BODY)
    assert serialize_article(again).endswith(BODY)


# ---- compare -----------------------------------------------------------------------------------


def _check_compare(old: str, new: str) -> str:
    out = compare_texts(old, new, "محرر", "2026-03-14T10:05:00Z")
    assert parse_review(out).problems == []
    assert accept_all(out) == new
    assert reject_all(out) == old
    return out


def test_compare_keeps_tashkeel_in_the_word_and_marks_clitics_alone() -> None:
    assert _check_compare("قرأ الكتاب", "قرأ والكتاب").endswith(
        '{++{"author":"محرر","time":"2026-03-14T10:05:00Z"}@@و++}الكتاب'
    )
    assert "{--" in _check_compare("كتابه هنا", "كتاب هنا").split("كتاب", 1)[1]
    out = _check_compare("كتب الدرس", "كَتَبَ الدرس")
    (change,) = parse_review(out).changes
    assert (change.kind, change.old, change.new) == (SUBSTITUTE, "كتب", "كَتَبَ")
    # A mark is never cut from its letter: the tokens of a vowelled word are the word.
    assert tokens("كَتَبَ، الدرسُ") == ["كَتَبَ", "،", " ", "الدرسُ"]


def test_compare_draft_with_its_safe_fixes(samples_dir: Path) -> None:
    """The proofreader's own fixes are edits we did not design this test for."""
    draft = load_article(samples_dir / "draft-with-errors.md").body
    fixed = fix_safe(draft, Proofreader()).text
    assert fixed != draft
    out = _check_compare(draft, fixed)
    assert len(parse_review(out).changes) >= 3


def _edited(text: str, seed: int) -> str:
    """A reviewer's pass: words dropped, replaced, vowelled, given a clitic; a paragraph
    added and one removed."""
    rng = random.Random(seed)
    paragraphs = text.split("\n\n")
    out = []
    for paragraph in paragraphs:
        words = paragraph.split(" ")
        for index in range(len(words)):
            roll = rng.random()
            if roll < 0.03:
                words[index] = ""
            elif roll < 0.06:
                words[index] = "و" + words[index]
            elif roll < 0.08:
                words[index] = words[index] + "َ"
            elif roll < 0.10:
                words[index] = rng.choice(["تماما", "أيضا", "(مثلا)", "2026"])
        out.append(" ".join(w for w in words if w))
        if rng.random() < 0.1:
            out.append("فقرة جديدة أضافها المحرر.")
    if len(out) > 3:
        del out[2]
    return "\n\n".join(out)


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.md"))[:5])
def test_compare_real_articles_with_a_reviewers_edits(name: str) -> None:
    body = load_article(CORPUS / name).body
    _check_compare(body, _edited(body, len(name)))


def test_compare_two_different_articles_and_code_blocks() -> None:
    first, second = sorted(CORPUS.glob("*.md"))[:2]
    _check_compare(load_article(first).body, load_article(second).body)
    old = "نص\n\n```python\nx = 1\n```\n\nبعد\n"
    out = _check_compare(old, old.replace("x = 1", "x = 2").replace("بعد", "وبعد"))
    assert "{~~" in out and "```python\nx = 1\n```\n~>```python\nx = 2" in out


# ---- exports -----------------------------------------------------------------------------------


def test_html_export_is_final_by_default_and_marked_on_request() -> None:
    article = parse_article(ARTICLE)
    final = render_html(build_document(article))
    for gone in ("{++", "++}", "{>>", "صباحا", "مهمة", "راجع المصدر", "@@", '"time"'):
        assert gone not in final
    assert "والبنت" in final and "مساء" in final
    page = render_html(build_document(article, "marked"))
    tree = etree.HTML(page.encode())
    ins = tree.xpath('//ins[@class="critic"]')
    assert [i.text for i in ins] == [" والبنت", "مساء"]
    assert ins[0].get("data-author") == "سلمى" and ins[0].get("datetime") == SALMA["time"]
    assert [d.text for d in tree.xpath('//del[@class="critic"]')] == ["صباحا", "مهمة", "كاملة"]
    (mark,) = tree.xpath('//mark[@class="critic"]')
    assert mark.get("title") == "راجع المصدر" and mark.xpath("string(.)") == "هذه جملة مهمة جدا"
    notes = tree.xpath('//span[@class="critic-comment"]')
    assert [n.text for n in notes] == ["راجع المصدر", "نقطة بلا صاحب", "لماذا حذفت؟"]
    assert notes[0].get("data-author") == ALI["author"]
    assert "@@" not in page and "{++" not in page


def test_a_change_over_a_heading_and_a_list_keeps_the_blocks() -> None:
    article = parse_article(
        "---\ntitle: ت\n---\n\nنص\n\n{++## عنوان جديد\n\n- بند أول\n- بند ثان\n++}\nنهاية\n"
    )
    body = build_document(article, "marked").body
    assert body.xpath("string(//h2/ins)") == "عنوان جديد"
    assert [li.xpath("string(ins)") for li in body.xpath("//li")] == ["بند أول", "بند ثان"]
    assert [h.text for h in build_document(article, "marked").headings] == ["عنوان جديد"]
    assert build_document(article, "original").body.xpath("//h2") == []


def _docx_parts(data: bytes) -> tuple[etree._Element, etree._Element | None]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        document = etree.fromstring(z.read("word/document.xml"))
        names = z.namelist()
        comments = (
            etree.fromstring(z.read("word/comments.xml")) if "word/comments.xml" in names else None
        )
    return document, comments


def test_marked_docx_has_word_revisions_and_comments() -> None:
    document, comments = _docx_parts(render_docx(parse_article(ARTICLE), review="marked"))
    ins = document.findall(f".//{W}ins")
    dels = document.findall(f".//{W}del")
    assert ["".join(i.itertext()) for i in ins] == [" والبنت", "مساء"]
    assert ["".join(d.itertext()) for d in dels] == ["صباحا", "مهمة", "كاملة"]
    assert ins[0].get(f"{W}author") == "سلمى" and ins[0].get(f"{W}date") == SALMA["time"]
    assert document.findall(f".//{W}del//{W}t") == []  # deleted text is w:delText
    assert comments is not None
    texts = ["".join(c.itertext()) for c in comments.findall(f"{W}comment")]
    assert texts == ["راجع المصدر", "نقطة بلا صاحب", "لماذا حذفت؟"]
    first = comments.find(f"{W}comment")
    assert first.get(f"{W}author") == ALI["author"] and first.get(f"{W}date") == ALI["time"]
    # The first comment's range holds the highlighted passage.
    body_xml = etree.tostring(document, encoding="unicode")
    passage = body_xml.split('commentRangeStart w:id="0"/>')[1].split("commentRangeEnd")[0]
    assert "هذه جملة " in passage and "مهمة" in passage and " جدا" in passage


def test_final_docx_has_no_revisions() -> None:
    document, comments = _docx_parts(render_docx(parse_article(ARTICLE)))
    assert document.findall(f".//{W}ins") == document.findall(f".//{W}del") == []
    assert comments is None
    text = "".join(document.itertext())
    assert "مساء" in text and "صباحا" not in text and "@@" not in text


def test_midad_docx_midad_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "r.docx"
    path.write_bytes(render_docx(parse_article(ARTICLE), review="marked"))
    result = read_docx(path)
    assert _summary(result.article.body) == _summary(BODY)
    assert result.article.body == BODY
    assert any("tracked change" in note for note in result.notes)


@pytest.mark.parametrize(
    "body",
    [
        "أول.{++\n\nفقرة جديدة أضافتها المحررة.++}\n\nبعد.\n",
        "قبل.\n\n{--فقرة محذوفة كلها.\n\n--}بعد.\n",
        "نص\n\n{++## عنوان جديد\n\n- بند أول\n- بند ثان\n\n++}ختام\n",
    ],
)
def test_paragraphs_inserted_or_deleted_whole_round_trip_through_docx(
    tmp_path: Path, body: str
) -> None:
    """The paragraph break is a tracked change too (the paragraph mark's w:ins/w:del), so
    rejecting an inserted paragraph in Word leaves no empty one, and the import gives the
    same text back."""
    path = tmp_path / "p.docx"
    data = render_docx(parse_article("---\ntitle: ت\n---\n\n" + body), review="marked")
    path.write_bytes(data)
    document, _ = _docx_parts(data)
    marks = document.findall(f".//{W}pPr/{W}rPr/{W}ins") + document.findall(
        f".//{W}pPr/{W}rPr/{W}del"
    )
    assert marks
    assert read_docx(path).article.body == body


def test_a_change_around_links_is_valid_word_and_round_trips(tmp_path: Path) -> None:
    """w:ins and w:del may hold runs but not a w:hyperlink: the change goes inside the link."""
    body = (
        "نص {++انظر [الرابط](https://example.com) هنا++} و{--[قديم](https://a.org)--}.\n\n"
        f"{{++{_prefix(SALMA)}[رابط فقط](https://b.org)++}}\n"
    )
    data = render_docx(parse_article("---\ntitle: ت\n---\n\n" + body), review="marked")
    document, _ = _docx_parts(data)
    for change in document.iter(f"{W}ins", f"{W}del"):
        assert change.find(f".//{W}hyperlink") is None
        assert len(change)  # no empty change left behind
    assert len(document.findall(f".//{W}hyperlink/{W}ins")) == 2
    assert len(document.findall(f".//{W}hyperlink/{W}del")) == 1
    ids = [c.get(f"{W}id") for c in document.iter(f"{W}ins", f"{W}del")]
    assert len(ids) == len(set(ids))
    path = tmp_path / "links.docx"
    path.write_bytes(data)
    assert read_docx(path).article.body == body


def test_a_marked_html_page_imports_back_with_every_mark(tmp_path: Path) -> None:
    from editor.core.importing.importer import import_file

    page = tmp_path / "m.html"
    page.write_text(render_html(build_document(parse_article(ARTICLE), "marked")), "utf-8")
    assert import_file(page).article.body == BODY
    # A deletion a web page marks with <del> (not a tracked change) stays what it was.
    plain = tmp_path / "p.html"
    plain.write_text("<p>سعر <del>100</del> 80 دولارا</p>", "utf-8")
    assert "{--" not in import_file(plain).article.body


def test_word_revisions_in_odd_places_import_without_loss(tmp_path: Path) -> None:
    """Word's own shapes: a deletion inside an insertion, a comment that starts inside an
    insertion and ends in a later paragraph, a comment with no range, an empty revision."""
    document = docx.Document()
    comments = document.comments
    first = comments.add_comment(text="تعليق طويل", author="منى")
    second = comments.add_comment(text="بلا مدى", author="منى")
    comments.add_comment(text="لا يشير إليه شيء", author="منى")  # anchored nowhere
    paragraphs = [
        '<w:r><w:t xml:space="preserve">أول </w:t></w:r>'
        '<w:ins w:id="5" w:author="A" w:date="2026-01-01T10:00:00Z">'
        '<w:r><w:t xml:space="preserve">مضاف </w:t></w:r>'
        f'<w:commentRangeStart w:id="{first.comment_id}"/>'
        '<w:del w:id="6" w:author="B" w:date="2026-01-02T10:00:00Z">'
        "<w:r><w:delText>ثم محذوف</w:delText></w:r></w:del>"
        '<w:r><w:t xml:space="preserve"> باق</w:t></w:r></w:ins>'
        '<w:ins w:id="7" w:author="A"></w:ins>',
        "<w:r><w:t>ثان</w:t></w:r>"
        f'<w:commentRangeEnd w:id="{first.comment_id}"/>'
        f'<w:r><w:commentReference w:id="{second.comment_id}"/></w:r>',
    ]
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for element in parse_xml(f"<w:p {nsdecls('w')}>{runs}</w:p>"):
            paragraph._p.append(element)
    path = tmp_path / "odd.docx"
    document.save(path)
    body = read_docx(path).article.body
    review = parse_review(body)
    assert review.problems == []
    summary = _summary(body)
    assert (INSERT, "", "مضاف ", "A", "2026-01-01T10:00:00Z", "") in summary
    assert (DELETE, "", "", "", "", "") not in summary
    assert any(k == DELETE and old == "ثم محذوف" and who == "B" for k, old, _, who, *_ in summary)
    assert [m.new for m in review.comments] == ["تعليق طويل", "بلا مدى", "لا يشير إليه شيء"]
    assert any("attached to no text" in note for note in read_docx(path).notes)
    assert "++}{++" not in body and "{++++}" not in body  # no empty marks
    assert final_text(body).split("\n\n")[0] == "أول مضاف  باق"


# ---- what reads the accepted text --------------------------------------------------------------


def test_counts_are_of_the_accepted_text() -> None:
    assert text_stats(BODY) == text_stats(final_text(BODY))
    assert text_stats(BODY).words == len(re.findall(r"\w+", final_text(BODY)))


def test_proofreading_checks_what_the_text_will_read() -> None:
    proofreader = Proofreader()
    text = "{--الولدد--} ذهب {++المدرسسة++} اليوم.\n"
    findings = proofreader.check_body(text).findings
    flagged = {text[f.start : f.end] for f in findings}
    assert "المدرسسة" in flagged
    assert not any("الولدد" in word for word in flagged)
    assert not any("{" in word or "@@" in word for word in flagged)


def test_proofreading_reads_a_change_over_several_paragraphs_whole() -> None:
    """compare writes a paragraph added or removed whole as one mark over a blank line."""
    old = "أول.\n\nقبل.\n\nفقرة محذوفةة.\n\nبعد.\n"
    new = "أول.\n\nفقرة جديدةة.\n\nقبل.\n\nبعد.\n"
    text = compare_texts(old, new, "سلمى", "2026-03-14T10:05:00Z")
    assert "\n\n" in parse_review(text).marks[0].new  # the case this test is about
    flagged = [(text[f.start : f.end], f.rule) for f in Proofreader().check_body(text).findings]
    assert flagged == [("جديدةة", "spelling")]


def test_search_finds_the_accepted_text_across_marks() -> None:
    (match,) = find_in_review(BODY, "الولد والبنت")
    assert BODY[match.start : match.end].startswith("الولد{++")
    assert BODY[match.start : match.end].endswith("والبنت")
    assert find_in_review(BODY, "صباحا") == []
    assert len(find_in_review(BODY, "صباحا", mode=ORIGINAL)) == 1


# ---- commands ----------------------------------------------------------------------------------


def test_midad_changes_lists_and_resolves(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["changes", str(path)]) == 0
    out = capsys.readouterr().out
    assert "insert “والبنت”  (سلمى · 2026-03-14T10:05:00Z)" in out
    assert "replace “صباحا” with “مساء”" in out
    assert "comment “راجع المصدر” on “هذه جملة جدا”" in out
    assert out.strip().endswith("4 change(s), 3 comment(s)")
    assert main(["changes", str(path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [m["kind"] for m in listed["marks"]][:2] == [INSERT, SUBSTITUTE]
    assert listed["marks"][0]["line"] == 7
    target = tmp_path / "accepted.md"
    assert main(["changes", str(path), "--accept-all", "--drop-comments", "-o", str(target)]) == 0
    assert load_article(target).body == final_text(BODY)
    assert path.read_text(encoding="utf-8") == ARTICLE  # -o leaves the file alone
    assert main(["changes", str(path), "--reject-all"]) == 0
    assert "{++" not in path.read_text(encoding="utf-8")


def test_midad_info_counts_the_accepted_text_and_the_marks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["review"] == {"changes": 4, "comments": 3}
    assert info["stats"]["words"] == text_stats(final_text(BODY)).words
    assert info["excerpt"].startswith("ذهب الولد والبنت إلى")
    assert main(["info", str(path)]) == 0
    assert "tracked changes: 4, comments: 3" in capsys.readouterr().out


def test_midad_changes_refuses_a_broken_mark_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.md"
    text = "---\ntitle: ت\n---\n\nنص {++ لا يغلق\n\nو{--محذوف--}\n"
    path.write_text(text, encoding="utf-8")
    assert main(["changes", str(path), "--accept-all"]) == 2
    err = capsys.readouterr().err
    assert "Line 5" in err and "never closed" in err and "Traceback" not in err
    assert path.read_text(encoding="utf-8") == text
    assert main(["changes", str(path)]) == 0
    assert "never closed" in capsys.readouterr().err


def test_midad_compare_writes_markdown_and_word(tmp_path: Path, samples_dir: Path) -> None:
    old = samples_dir / "clean-article.md"
    body = load_article(old).body
    new = tmp_path / "new.md"
    article = load_article(old)
    article.body = _edited(body, 7)
    save_article(article, new)
    out_md = tmp_path / "diff.md"
    assert main(["compare", str(old), str(new), "-o", str(out_md), "--author", "رنا"]) == 0
    compared = load_article(out_md)
    assert compared.metadata == article.metadata
    assert accept_all(compared.body) == article.body and reject_all(compared.body) == body
    assert {m.author for m in parse_review(compared.body).changes} == {"رنا"}
    out_docx = tmp_path / "diff.docx"
    assert (
        main(["compare", str(old), str(new), "-o", str(out_docx), "--time", "2026-05-01T08:00:00Z"])
        == 0
    )
    document, _ = _docx_parts(out_docx.read_bytes())
    stamps = {e.get(f"{W}date") for e in document.iter(f"{W}ins", f"{W}del")}
    assert stamps == {"2026-05-01T08:00:00Z"}
    assert main(["compare", str(old), str(new), "-o", str(tmp_path / "x.html")]) == 2
    before = new.read_bytes()
    assert main(["compare", str(old), str(new), "-o", str(new)]) == 2
    assert new.read_bytes() == before


def test_midad_export_final_and_marked(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["export", str(path), "--to", "html", "-o", str(tmp_path / "f.html")]) == 0
    assert "<del" not in (tmp_path / "f.html").read_text(encoding="utf-8")
    assert (
        main(["export", str(path), "--to", "html", "--marked", "-o", str(tmp_path / "m.html")]) == 0
    )
    assert '<del class="critic"' in (tmp_path / "m.html").read_text(encoding="utf-8")
    assert (
        main(["export", str(path), "--to", "docx", "--marked", "-o", str(tmp_path / "m.docx")]) == 0
    )
    assert b"w:ins " in zipfile.ZipFile(tmp_path / "m.docx").read("word/document.xml")
    assert main(["export", str(path), "--to", "md", "-o", str(tmp_path / "f.md")]) == 0
    assert load_article(tmp_path / "f.md").body == final_text(BODY)
    assert main(["export", str(path), "--to", "md", "--marked", "-o", str(tmp_path / "m.md")]) == 0
    assert load_article(tmp_path / "m.md").body == BODY
