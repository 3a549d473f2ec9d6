"""Application start-up: the Qt application object, the main window, crash recovery."""
