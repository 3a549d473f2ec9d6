"""Qt widgets. Each pane is its own widget; they talk through signals."""
