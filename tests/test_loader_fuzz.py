"""Arbitrary text and bytes: the loader either loads (and round-trips) or raises ArticleError."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.article import load_article, parse_article, save_article, serialize_article
from editor.core.errors import ArticleError

ARABIC = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=20)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), ARABIC, st.text(max_size=15), st.dates()
)
KEYS = st.sampled_from(
    [
        "title",
        "subtitle",
        "author",
        "date",
        "category",
        "tags",
        "summary",
        "slug",
        "lang",
        "status",
        "x-extra",
        "weight",
        "المصدر",
    ]
)

FRONT_MATTER_LINES = st.lists(
    st.tuples(
        KEYS,
        st.one_of(
            SCALARS.map(str), ARABIC, st.lists(ARABIC, max_size=3).map(str), st.text(max_size=20)
        ),
    ),
    max_size=6,
)
BODIES = st.text(max_size=200) | ARABIC | st.sampled_from(["---\n", "---", "\n---\n", "---\nx\n"])


def _check_round_trip(path: Path) -> None:
    try:
        article = load_article(path)
    except ArticleError:
        return
    save_article(article, path.with_suffix(".saved.md"))
    again = load_article(path.with_suffix(".saved.md"))
    assert again == article
    assert serialize_article(again) == serialize_article(article)


settings_ = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@settings_
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.md"
    path.write_bytes(data)
    _check_round_trip(path)


@settings_
@given(text=st.text(max_size=400), encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_arbitrary_text(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "fuzz.md"
    path.write_bytes(text.encode(encoding, errors="surrogatepass"))
    _check_round_trip(path)


@settings_
@given(lines=FRONT_MATTER_LINES, body=BODIES, newline=st.sampled_from(["\n", "\r\n"]))
def test_front_matter_shaped_text(
    tmp_path: Path, lines: list[tuple[str, str]], body: str, newline: str
) -> None:
    text = "---\n" + "".join(f"{key}: {value}\n" for key, value in lines) + "---\n\n" + body
    path = tmp_path / "fuzz.md"
    path.write_bytes(text.replace("\n", newline).encode("utf-8", errors="surrogatepass"))
    _check_round_trip(path)


@settings_
@given(body=BODIES)
def test_parse_serialize_is_stable(body: str) -> None:
    article = parse_article(body.replace("\r", "\n"))
    once = serialize_article(article)
    assert serialize_article(parse_article(once)) == once
