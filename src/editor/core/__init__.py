"""Midad's core: article model, file I/O, proofreading, export and import. No Qt here."""
