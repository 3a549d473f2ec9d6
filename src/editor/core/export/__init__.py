"""Exports: one document tree (``document``) and the writers that walk it (HTML, DOCX, Markdown)."""
