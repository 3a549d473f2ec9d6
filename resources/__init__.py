"""Midad's assets: the data package ``editor.resources`` (``pyproject.toml`` maps it onto this
folder). No code lives here; read the files with ``editor.core.assets`` (see README.md)."""
