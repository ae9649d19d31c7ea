"""One file -> one Article, or a LoadError with a one-line reason."""
from __future__ import annotations

from pathlib import Path

from tui.library.decode import LoadError, decode_text, read_bytes, read_raw_utf8
from tui.library.html import parse_html
from tui.library.markdown import FrontMatterError, parse_markdown
from tui.library.txt import parse_txt
from tui.model import Article

__all__ = ["ARTICLE_SUFFIXES", "LoadError", "load_article", "load_raw"]

ARTICLE_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def load_raw(path: Path) -> Article:
    """The whole file is the body, exactly as decoded (the `extract --raw` contract)."""
    return Article(path=str(path), title=None, published=None, text=read_raw_utf8(path), format="raw")


def load_article(path: Path) -> Article:
    data = read_bytes(path)
    if not data.strip():
        raise LoadError(path, "empty file")
    source = decode_text(path, data)
    fmt = ARTICLE_SUFFIXES.get(path.suffix.lower(), "txt")
    if fmt == "md":
        try:
            md = parse_markdown(source)
        except FrontMatterError as err:
            raise LoadError(path, str(err)) from None
        article = Article(path=str(path), title=md.title, published=md.published, text=md.text, format="md",
                          categories=md.categories, source=md.source, url=md.url, author=md.author,
                          markdown=md.markdown)
    elif fmt == "html":
        h = parse_html(source)
        article = Article(path=str(path), title=h.title, published=h.published, text=h.text, format="html",
                          source=h.source, url=h.url, author=h.author)
    else:
        t = parse_txt(source)
        article = Article(path=str(path), title=t.title, published=t.published, text=t.body, format="txt",
                          categories=t.categories, source=t.source, url=t.url, author=t.author)
    if not article.text.strip():
        raise LoadError(path, "no article text (only a header or boilerplate)")
    return article
