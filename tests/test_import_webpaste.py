"""Web paste / plain text cleanup: metadata found, boilerplate gone, article words untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.core.article import load_article, serialize_article
from editor.core.importing.bylines import find_byline, name_line
from editor.core.importing.dates import dateline_date, find_date
from editor.core.importing.vocabulary import load_vocabulary
from editor.core.importing.webpaste import clean_web_text

FIXTURES = Path(__file__).parent / "fixtures" / "import"
LAYOUTS = sorted(p.stem for p in FIXTURES.glob("*.txt"))


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def test_shared_web_paste_sample(samples_dir: Path) -> None:
    text = (samples_dir / "web-paste.txt").read_text(encoding="utf-8")
    result = clean_web_text(text)
    meta, body = result.article.metadata, result.article.body
    assert meta.title == "مكتبات الأحياء تفتح أبوابها ليلاً.. تجربة تستحق التعميم"
    assert meta.author == "ليلى عبد الرحمن"
    paragraphs = body.strip().split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("قررت ثلاث مكتبات عامة")
    assert paragraphs[2].endswith("مواصلات ليلية آمنة.")
    for widget in ("Share", "Comment", "Top", "Pinterest", "مشاركة", "شارك", "بريدك", "Leila"):
        assert widget not in body
    # The typography slip " ، " is the proofreader's business, not the importer's.
    assert "التكلفة الإضافية ، وهي" in body
    removed = [r.text for r in result.removed]
    assert removed == [
        "Author: Leila A",
        "Share This Post On",
        "Submit a Comment",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "Top",
        "Pin It on Pinterest",
        "Share This",
        "مشاركة",
        "شارك هذا المقال مع صديق!",
    ]
    assert all(r.reason for r in result.removed)
    assert [r.kind for r in result.removed] == [
        "duplicate",
        "share",
        "comments",
        "comment_notice",
        "navigation",
        "share",
        "share",
        "share",
        "share",
    ]
    assert [(r.line, r.kind) for r in result.moved] == [(1, "title"), (4, "author")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_site_layouts(layout: str) -> None:
    source = (FIXTURES / f"{layout}.txt").read_text(encoding="utf-8")
    result = clean_web_text(source)
    expected = (FIXTURES / f"{layout}.expected.md").read_text(encoding="utf-8")
    assert serialize_article(result.article) == expected
    removed = json.loads((FIXTURES / f"{layout}.removed.json").read_text(encoding="utf-8"))
    assert [r.text for r in result.removed] == removed


@pytest.mark.parametrize("layout", [*LAYOUTS, "shared"])
def test_nothing_vanishes_and_words_are_kept(layout: str, samples_dir: Path) -> None:
    path = samples_dir / "web-paste.txt" if layout == "shared" else FIXTURES / f"{layout}.txt"
    source = path.read_text(encoding="utf-8").replace("\u00a0", " ")
    result = clean_web_text(source)
    source_lines = [line.rstrip() for line in source.split("\n") if line.strip()]
    body_lines = [line for line in result.article.body.split("\n") if line.strip()]
    # Every body line is a source line, unchanged; every source line is accounted for.
    assert all(line in source_lines for line in body_lines)
    accounted = body_lines + [r.text for r in result.removed] + [r.text for r in result.moved]
    assert sorted(accounted) == sorted(source_lines)


def test_expected_metadata_of_layouts() -> None:
    news = clean_web_text((FIXTURES / "news-site-ar.txt").read_text(encoding="utf-8"))
    assert news.article.metadata.author == "محمد السيد"
    assert news.article.metadata.date == "2024-03-12"
    assert news.article.metadata.tags == ["اقتصاد", "لبنان", "الطاقة الشمسية"]
    # A body sentence that starts with a share word is the article, not a widget.
    assert "وشارك أكثر من 300 متطوع" in news.article.body
    gulf = clean_web_text((FIXTURES / "gulf-news-hijri.txt").read_text(encoding="utf-8"))
    assert gulf.article.metadata.author == "عبدالله العتيبي"
    assert gulf.article.metadata.date == "2024-03-17"
    portal = clean_web_text((FIXTURES / "egypt-portal-fullpage.txt").read_text(encoding="utf-8"))
    meta = portal.article.metadata
    assert (meta.category, meta.author, meta.date) == ("اقتصاد", "منى عبد العزيز", "2024-11-03")
    assert meta.subtitle.startswith("قرار متوقع")
    assert "الذهب يرتفع" not in portal.article.body  # a related link under "المزيد من …"
    mixed = clean_web_text((FIXTURES / "levant-review-mixed.txt").read_text(encoding="utf-8"))
    assert mixed.article.metadata.tags == ["books", "Beirut", "publishing"]
    assert "Amin Maalouf" in mixed.article.body and "The Levant Review إن" in mixed.article.body


def test_normalisation_keeps_paragraphs() -> None:
    text = "العنوان هنا\n\n\n\nفقرة أولى\u00a0فيها مسافة.   \n\n\n\n\nفقرة ثانية.\t\n"
    result = clean_web_text(text)
    assert result.article.metadata.title == "العنوان هنا"
    assert result.article.body == "فقرة أولى فيها مسافة.\n\nفقرة ثانية.\n"


def test_hard_wrapped_text_stays_one_paragraph() -> None:
    wrapped = (
        "عنوان المقال\n\n"
        "هذه فقرة طويلة كتبت في محرر قديم يلف الأسطر عند عرض ثابت فتنقسم\n"
        "الجملة الواحدة على عدة أسطر متتالية ولا يجوز أن تصبح كل واحدة منها\n"
        "فقرة مستقلة في المقال المستورد.\n"
    )
    body = clean_web_text(wrapped).article.body
    assert body.count("\n\n") == 0 and body.count("\n") == 3


def test_article_with_only_a_paragraph_has_no_title_and_says_so() -> None:
    text = (
        "كان صباحاً عادياً في المدينة حين وصل الخبر إلى غرفة التحرير، فتوقف الجميع عن "
        "العمل وراحوا يتابعون الشاشات بصمت طويل لم يقطعه إلا رنين الهاتف.\n"
    )
    result = clean_web_text(text)
    assert result.article.metadata.title == ""
    assert result.notes and "title" in result.notes[0]
    assert result.article.body == text


def test_markdown_from_html_keeps_its_structure() -> None:
    markdown = "# عنوان\n\nسطر أول  \nسطر ثانٍ\n\n- بند\n- بند آخر\n\nShare on Facebook\n"
    result = clean_web_text(markdown, markdown=True)
    assert result.article.metadata.title == "عنوان"
    assert result.article.body == "سطر أول  \nسطر ثانٍ\n\n- بند\n- بند آخر\n"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("نشر في 12 آذار 2024", "2024-03-12"),
        ("نُشر في: ١٢ مارس ٢٠٢٤", "2024-03-12"),
        ("الخميس 3 تشرين الثاني 2022", "2022-11-03"),
        ("Published: March 5, 2024", "2024-03-05"),
        ("Posted on 03/14/2024", "2024-03-14"),
        ("بتاريخ 14/03/2024", "2024-03-14"),
        ("2024-02-29", "2024-02-29"),
        ("السبت 5 جوان 2021 على الساعة 10:30", "2021-06-05"),
        ("آخر تحديث: 7 شتنبر 2023", "2023-09-07"),
        ("الثلاثاء 12 آذار/مارس 2024 - 10:30 ص", "2024-03-12"),
    ],
)
def test_datelines(line: str, iso: str, vocab) -> None:
    found = dateline_date(line, vocab)
    assert found is not None and found.iso == iso


def test_dates_in_sentences_are_not_datelines(vocab) -> None:
    sentence = "وفي 12 مارس 2024 افتتح الوزير المكتبة الجديدة وسط حضور كبير من الأهالي"
    assert find_date(sentence, vocab) is not None
    assert dateline_date(sentence, vocab) is None
    assert dateline_date("31 شباط 2024", vocab) is None  # no such day


def test_hijri_only_dateline_is_kept_as_written(vocab) -> None:
    result = clean_web_text("عنوان الخبر\n\nالجمعة 10 رمضان 1445 هـ\n\nنص الخبر هنا.\n")
    assert result.article.metadata.date == "الجمعة 10 رمضان 1445 هـ"
    assert dateline_date("الجمعة 10 رمضان 1445 هـ", vocab).iso is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("بقلم: سلمى الحداد", "سلمى الحداد"),
        ("بِقلم سلمى الحداد", "سلمى الحداد"),
        ("كتب أحمد علي", "أحمد علي"),
        ("كتبت - ريم محمّد", "ريم محمّد"),
        ("Author: Leila A", "Leila A"),
        ("By John Smith and Jane Doe | March 3, 2024", "John Smith and Jane Doe"),
        ("Written by Omar Haddad, Reuters", "Omar Haddad"),
        ("كتب محمد أحمد الأحد، 03 نوفمبر 2024 02:00 م", "محمد أحمد"),
        ("By Jane Doe March 12, 2024", "Jane Doe"),
    ],
)
def test_bylines(line: str, name: str, vocab) -> None:
    byline = find_byline(line, vocab)
    assert byline is not None and byline.name == name
    if any(ch.isdigit() for ch in line):
        assert byline.date_iso is not None


def test_sentences_are_not_bylines(vocab) -> None:
    assert find_byline("كتب الشاعر قصيدته في المنفى عن مدينته", vocab) is None
    assert find_byline("By the end of the year, prices doubled.", vocab) is None
    assert name_line("ليلى عبد الرحمن", vocab) == "ليلى عبد الرحمن"
    assert name_line("بيروت - سارة خليل", vocab) == "سارة خليل"
    assert name_line("في المدينة القديمة", vocab) is None


def test_widget_words_inside_sentences_are_kept() -> None:
    text = (
        "عنوان\n\nشارك أكثر من مئتي شخص في المسيرة.\n\nمشاركة واسعة\n\n"
        "Share prices rose sharply in Beirut this week, traders said.\n\n"
        "طباعة الكتب في بيروت صناعة عريقة تعود إلى القرن التاسع عشر.\n\n"
        "المزيد من التفاصيل في العدد المقبل.\n"
    )
    result = clean_web_text(text)
    assert result.removed == []
    assert result.article.body.count("\n\n") == 4


def test_user_vocabulary_extends_the_lists(isolated_user_dirs: Path) -> None:
    text = "عنوان\n\nفقرة المقال الأولى وهي طويلة بما يكفي لتكون نصاً.\n\nانضم إلى نادي القراء\n"
    assert clean_web_text(text).removed == []  # "نادي القراء" is unknown boilerplate
    folder = isolated_user_dirs / "config" / "midad"
    folder.mkdir(parents=True)
    (folder / "import-vocabulary.toml").write_text(
        '[follow]\nwords = ["نادي", "القراء"]\n', encoding="utf-8"
    )
    removed = clean_web_text(text).removed
    assert [r.text for r in removed] == ["انضم إلى نادي القراء"]


@pytest.mark.parametrize("name", ["clean-article.md", "draft-with-errors.md"])
@pytest.mark.parametrize("markdown", [True, False])
def test_real_articles_lose_nothing(samples_dir: Path, name: str, markdown: bool) -> None:
    """An article with no boilerplate comes out whole: tables, lists, short lines, typos."""
    article = load_article(samples_dir / name)
    result = clean_web_text(article.body, markdown=markdown)
    assert result.removed == []
    heading, rest = article.body.split("\n", 1)
    assert result.article.metadata.title == heading.lstrip("# ")
    assert result.article.body.split() == rest.split()


LONG = (
    "وقالت مديرة إحدى المكتبات إن الطلاب والعاملين في النهار هم الأكثر حاجة إلى مكان "
    "هادئ للقراءة بعد انتهاء دوامهم اليومي الطويل."
)


def test_byline_words_inside_the_article_stay_in_it() -> None:
    text = (
        f"تقرير البنك الدولي يحذر\n\n{LONG}\n\nكتب الرئيس رسالة إلى البرلمان\n\n"
        f"{LONG}\n\nكتب: سلمى الحداد\n"
    )
    result = clean_web_text(text)
    assert result.article.metadata.title == "تقرير البنك الدولي يحذر"
    assert "كتب الرئيس رسالة إلى البرلمان" in result.article.body
    assert result.article.metadata.author == "سلمى الحداد"


def test_tag_and_category_labels_need_tag_like_items() -> None:
    text = (
        f"العنوان\n\n{LONG}\n\nمواضيع\nالمكتبات العامة في المدن الصغيرة\n\n"
        "Section 3: The plan is ready for the council to vote on.\n\n"
        "كلمات مفتاحية\nمكتبات، ثقافة\n"
    )
    result = clean_web_text(text)
    assert "مواضيع\n\nالمكتبات العامة في المدن الصغيرة" in result.article.body
    assert "Section 3: The plan" in result.article.body
    assert result.article.metadata.tags == ["مكتبات", "ثقافة"]
    assert result.article.metadata.category == ""


def test_code_blocks_and_table_rows_are_never_boilerplate() -> None:
    markdown = (
        "# عنوان\n\n| Share | 12 |\n| --- | --- |\n| Top | 3 |\n\n"
        "```\nShare This\nTop\n```\n\nShare This\n"
    )
    result = clean_web_text(markdown, markdown=True)
    assert [r.text for r in result.removed] == ["Share This"]
    assert result.article.body == (
        "| Share | 12 |\n| --- | --- |\n| Top | 3 |\n\n```\nShare This\nTop\n```\n"
    )


def test_paragraph_per_line_text_keeps_its_paragraphs() -> None:
    text = "العنوان\n\nفقرة أولى قصيرة.\nفقرة ثانية قصيرة.\nفقرة ثالثة قصيرة.\n"
    body = clean_web_text(text).article.body
    assert body == "فقرة أولى قصيرة.\n\nفقرة ثانية قصيرة.\n\nفقرة ثالثة قصيرة.\n"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("مصدر الصورة، Getty Images", "media_credit"),
        ("حمّل تطبيقنا على أندرويد وآيفون", "apps"),
        ("Download the app on Google Play", "apps"),
        ("منذ 3 ساعات", "timestamps"),
        ("5 min read", "timestamps"),
        ("قراءة 4 دقائق", "timestamps"),
        ("للمزيد اضغط هنا", "navigation"),
        ("Advertisement - Scroll to continue", "ads"),
    ],
)
def test_more_widget_kinds(line: str, kind: str) -> None:
    text = f"العنوان\n\n{LONG}\n\n{line}\n\n{LONG}\n"
    removed = clean_web_text(text).removed
    assert [(r.text, r.kind) for r in removed] == [(line, kind)]


def test_sentences_with_time_words_stay() -> None:
    text = (
        f"العنوان\n\n{LONG}\n\nمنذ ثلاث ساعات والمتطوعون يرتبون الرفوف.\n\n"
        "حمّل المزارعون محاصيلهم على الشاحنات قبل الفجر.\n"
    )
    assert clean_web_text(text).removed == []


def test_signature_after_the_last_paragraph_is_the_author() -> None:
    text = f"في مديح البطء\n\n{LONG}\n\n{LONG}\n\nسلمى الحداد\n\nShare This\n"
    result = clean_web_text(text)
    assert result.article.metadata.author == "سلمى الحداد"
    assert "سلمى" not in result.article.body
    # Not when a byline was already found, and not for a short line elsewhere.
    text = f"العنوان\n\nبقلم: ريم علي\n\n{LONG}\n\nسلمى الحداد\n"
    result = clean_web_text(text)
    assert result.article.metadata.author == "ريم علي"
    assert "سلمى الحداد" in result.article.body


def test_headline_like_short_lines_are_not_names(vocab) -> None:
    assert name_line("الطقس اليوم", vocab) is None
    assert name_line("عبدالله العتيبي", vocab) == "عبدالله العتيبي"
