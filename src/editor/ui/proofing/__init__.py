"""Proofreading in the window: checks off the typing path, underlines, the panel, dictionaries."""
