"""Exports: one document tree, three writers.

    Article ─(document.build_document)→ ExportDocument ─┬→ html_writer.render_html  (page, fragment)
      body: Markdown → python-markdown → nh3 → lxml      ├→ docx_writer.render_docx  (bytes)
                                                          └→ markdown_writer.render_markdown
    service.export_article writes any of them atomically; `midad export` is its command line.

Decisions worth knowing:
- The stylesheet is package data, editor/resources/article.css, read with importlib.resources so
  it is found in a source checkout and in an installed wheel alike (the repository's top-level
  resources/ folder is not installed with the package).
- Dates read "14 مارس 2026": Egyptian/Gulf month names, Western digits (see dates.py; Arabic-Indic
  digits on request).
- Block direction: the article's language gives the page direction; a block whose letters are
  mostly of the other direction gets an explicit dir. Unlike dir="auto" (first strong letter),
  an Arabic paragraph that opens with "Python" stays right-to-left.
- The live preview shows render_html's output itself, so preview and export cannot disagree.
"""
