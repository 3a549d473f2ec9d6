"""An article page that describes itself: Midad's own HTML export, read back as the article.

Midad's standalone page keeps the details where a page keeps them: ``<html lang>``, ``<meta>``
(author, description → summary, keywords → tags, date, Open Graph's article:section →
category) and the header above the text (title,
subtitle, byline with its ``<time>``). Such a page is not a web paste to clean up: its header
becomes the details, never body text, and the rest of the ``<article>`` is the body (its
footnotes become ``[^1]`` notes again, see html_to_markdown.py).
"""

from __future__ import annotations

from ..article import Article, Metadata, split_tags
from .html_pictures import EmbeddedPictures
from .html_to_markdown import node_to_markdown
from .html_tree import Node, parse_html


def _walk(node: Node) -> list[Node]:
    found = [node]
    for child in node.children:
        if child.tag:
            found.extend(_walk(child))
    return found


def _has_class(node: Node, name: str) -> bool:
    return name in node.attrs.get("class", "").split()


def _text(node: Node | None) -> str:
    return " ".join(node.text_content().split()) if node is not None else ""


def read_article_page(
    html: str, *, local_images: bool = False, embedded: EmbeddedPictures | None = None
) -> Article | None:
    """The article of a page written by Midad's exporter (an ``<article>`` whose first child is
    its ``article-header``, or a ``generator`` meta naming Midad); None for any other page."""
    root = parse_html(html)
    nodes = _walk(root)
    meta: dict[str, str] = {}
    for node in nodes:
        name = node.attrs.get("name") or node.attrs.get("property")
        if node.tag == "meta" and name:
            meta.setdefault(name.strip().lower(), node.attrs.get("content", ""))
    article = next((n for n in nodes if n.tag == "article"), None)
    header = (
        next((n for n in article.children if n.tag == "header"), None)
        if article is not None
        else None
    )
    is_ours = meta.get("generator", "").startswith("Midad") or (
        header is not None and _has_class(header, "article-header")
    )
    if article is None or not is_ours:
        return None
    in_header = _walk(header) if header is not None else []
    title = next((n for n in in_header if _has_class(n, "article-title")), None)
    subtitle = next((n for n in in_header if _has_class(n, "article-subtitle")), None)
    author = next((n for n in in_header if _has_class(n, "article-author")), None)
    time = next((n for n in in_header if n.tag == "time"), None)
    page_title = next((n for n in nodes if n.tag == "title"), None)
    html_node = next((n for n in nodes if n.tag == "html"), None)
    metadata = Metadata(
        title=_text(title) or _text(page_title),
        subtitle=_text(subtitle),
        author=meta.get("author", "").strip() or _text(author),
        date=meta.get("date", "").strip() or (time.attrs.get("datetime", "") if time else ""),
        tags=split_tags(meta.get("keywords", "")),
        summary=meta.get("description", "").strip(),
        category=meta.get("article:section", "").strip(),
        lang=(html_node.attrs.get("lang", "") if html_node else "").strip() or "ar",
    )
    if header is not None:
        article.children.remove(header)
    body = node_to_markdown(article, local_images=local_images, embedded=embedded)
    return Article(metadata=metadata, body=body)
