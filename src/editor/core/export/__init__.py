"""Exports: one document tree, two writers walking it, and the Markdown writer.

    Article ─(document.build_document)→ ExportDocument ─┬→ html_writer.render_html  (page, fragment)
      body: Markdown → python-markdown → nh3 → lxml      └→ docx_writer.render_docx  (bytes)
    Article ──────────────────────────────────────────────→ markdown_writer.render_markdown
                                                            (the article itself, normalized)
    service.export_article writes any of them atomically; `midad export` is its command line.
    preview.py and incremental.py make the live preview's page from the HTML writer's.

Decisions worth knowing:
- The stylesheet is an asset, resources/style/article.css (installed as the package
  editor.resources), read through editor.core.assets like every asset, so it is found in a
  source checkout, an installed wheel and the bundle alike; it is embedded in every page.
- Dates read "14 مارس 2026": Egyptian/Gulf month names, Western digits (see dates.py; Arabic-Indic
  digits on request).
- Block direction: the article's language gives the page direction; a block whose letters are
  mostly of the other direction gets an explicit dir. Unlike dir="auto" (first strong letter),
  an Arabic paragraph that opens with "Python" stays right-to-left.
- The live preview shows render_html's output itself, so preview and export cannot disagree.
"""
